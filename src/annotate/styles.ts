import type { Severity } from '../core/report';
import { appendChildren, elementsIn, findElement, withAttribute } from './xml-edit';

/**
 * The fills of the annotated copy: for each cell style a suspect cell uses, a copy of that style (its `xf`) with a
 * solid fill added, so the cell keeps its number format, font, border and alignment. Only `fills` and `cellXfs`
 * grow; every index the workbook already uses keeps its meaning.
 */

/** Excel's own "light red fill" and "yellow fill" of its conditional-format presets: readable with any font colour. */
export const SUSPECT_FILLS: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

const fillXml = (prefix: string, argb: string) =>
  `<${prefix}fill><${prefix}patternFill patternType="solid"><${prefix}fgColor rgb="${argb}"/><${prefix}bgColor indexed="64"/></${prefix}patternFill></${prefix}fill>`;

/** The two fills every stylesheet must start with (Excel reserves fillId 0 and 1). */
const RESERVED_FILLS = (p: string) => [
  `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
  `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
];

/** A stylesheet for a package that has none: one font, the reserved fills, one border, one cell style. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2">' +
  RESERVED_FILLS('').join('') +
  '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export interface SuspectStyles {
  xml: string;
  /** The new style index for a cell whose style was `xf`, marked with the fill of `severity`. */
  styleFor(xf: number, severity: Severity): number;
}

/** Adds the fills and the filled copies of the styles `wanted` asks for (`xf` indexes and severities). */
export function addSuspectStyles(stylesXml: string, wanted: { xf: number; severity: Severity }[]): SuspectStyles {
  const fills = findElement(stylesXml, 'fills');
  const xfs = findElement(stylesXml, 'cellXfs');
  if (!fills || !xfs) throw new Error('styles.xml has no fills or cellXfs');
  const prefix = fills.prefix;
  const existingFills = fills.selfClosing ? [] : elementsIn(stylesXml.slice(fills.tagEnd, fills.contentEnd), 'fill');
  const padding = RESERVED_FILLS(prefix).slice(existingFills.length);
  const severities = [...new Set(wanted.map((w) => w.severity))];
  const fillIds = new Map(severities.map((s, k) => [s, existingFills.length + padding.length + k]));
  let xml = appendChildren(
    stylesXml,
    'fills',
    padding.join('') + severities.map((s) => fillXml(prefix, SUSPECT_FILLS[s])).join(''),
    existingFills.length + padding.length + severities.length,
  ) as string;

  const cellXfs = findElement(xml, 'cellXfs');
  const existing =
    cellXfs && !cellXfs.selfClosing ? elementsIn(xml.slice(cellXfs.tagEnd, cellXfs.contentEnd), 'xf') : [];
  const added = new Map<string, number>();
  const copies: string[] = [];
  for (const { xf, severity } of wanted) {
    const key = `${xf}:${severity}`;
    if (added.has(key)) continue;
    // A style index beyond the list is Excel's default style, as the reader takes it.
    const original =
      existing[xf] ?? existing[0] ?? `<${xfs.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
    const tag = /^<[^>]*?(?=\/?>)/.exec(original)?.[0] ?? '';
    const nameEnd = tag.search(/[\s]/) < 0 ? tag.length : tag.search(/[\s]/);
    const attributes = withAttribute(
      withAttribute(tag.slice(nameEnd), 'fillId', String(fillIds.get(severity))),
      'applyFill',
      '1',
    );
    copies.push(tag.slice(0, nameEnd) + attributes + original.slice(tag.length));
    added.set(key, existing.length + copies.length - 1);
  }
  xml = appendChildren(xml, 'cellXfs', copies.join(''), existing.length + copies.length) as string;
  return {
    xml,
    styleFor: (xf, severity) => {
      const index = added.get(`${xf}:${severity}`);
      if (index === undefined) throw new Error(`no filled style for ${xf}:${severity}`);
      return index;
    },
  };
}
