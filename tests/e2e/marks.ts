import type { Finding } from '../../src/core/report';
import { MARK_STYLES, markFormula, type MarkStyle } from '../../src/office/highlight';
import { cellsOf } from '../sim-excel/address';
import type { ConditionalFormatModel, SimSheet } from '../sim-excel/model';

/**
 * The test's oracle for highlights: which cells the findings should mark and in which style, and which cells the
 * add-in's conditional formats in the simulated host actually mark.
 */

/** Strongest first: a cell in several findings shows the strongest style. */
export const STYLE_ORDER: MarkStyle[] = ['error:suspect', 'error:related', 'warning:suspect', 'warning:related'];

/** sheet!cell → the style the findings call for; info findings are not highlighted. */
export function expectedMarks(findings: readonly Finding[]): Map<string, MarkStyle> {
  const marks = new Map<string, MarkStyle>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    for (const cell of f.cells) {
      const key = `${f.sheet}!${cell.address}`;
      const style: MarkStyle = `${f.severity}:${cell.suspect ? 'suspect' : 'related'}`;
      const previous = marks.get(key);
      if (!previous || STYLE_ORDER.indexOf(style) < STYLE_ORDER.indexOf(previous)) marks.set(key, style);
    }
  }
  return marks;
}

/** The style a conditional format of the add-in shows; its look must be exactly that style's (one-line error). */
function styleOf(sheet: string, cf: ConditionalFormatModel): MarkStyle {
  const style = STYLE_ORDER.find((s) => markFormula(s) === cf.formula);
  if (cf.type !== 'Custom' || !style)
    throw new Error(`${sheet}: conditional format ${cf.id} is not a mark: ${cf.type} ${cf.formula}`);
  const look = MARK_STYLES[style];
  const side = { style: look.borderStyle, color: look.border };
  const want = {
    fill: look.fill,
    ...(look.font ? { fontColor: look.font, bold: true } : {}),
    borders: { EdgeTop: side, EdgeBottom: side, EdgeLeft: side, EdgeRight: side },
  };
  if (JSON.stringify(cf.style) !== JSON.stringify(want)) {
    throw new Error(
      `${sheet}: mark ${cf.id} (${style}) looks like ${JSON.stringify(cf.style)}, not ${JSON.stringify(want)}`,
    );
  }
  return style;
}

/** sheet!cell → style of the add-in's marks (every conditional format not in `userFormatIds`); a cell marked twice is an error. */
export function actualMarks(
  sheets: readonly Pick<SimSheet, 'name' | 'conditionalFormats'>[],
  userFormatIds: ReadonlySet<string>,
): Map<string, MarkStyle> {
  const marks = new Map<string, MarkStyle>();
  for (const sheet of sheets) {
    for (const cf of sheet.conditionalFormats) {
      if (userFormatIds.has(cf.id)) continue;
      const style = styleOf(sheet.name, cf);
      for (const address of cellsOf(cf.ranges)) {
        const key = `${sheet.name}!${address}`;
        if (marks.has(key)) throw new Error(`${key} carries two of the add-in's conditional formats`);
        marks.set(key, style);
      }
    }
  }
  return marks;
}
