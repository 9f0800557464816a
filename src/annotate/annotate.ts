import type { Lang, Severity } from '../core/report';
import { WorkbookHandler, relationshipKind, resolveTarget } from '../readers/xlsx-parts';
import {
  authorXml,
  commentsPart,
  idBlocks,
  maxShapeId,
  moreComments,
  moreShapes,
  vmlDrawingPart,
  type Note,
} from './notes';
import { EditablePackage } from './package';
import { RESULTS_SHEET, resultsSheetXml, type SheetFindings } from './results-sheet';
import { cellStyles, insertLegacyDrawing, legacyDrawingId, restyleCells, rootPrefix } from './sheet-xml';
import { MINIMAL_STYLES, addSuspectStyles } from './styles';
import { appendChildren, elementsIn, escapeXml, findElement } from './xml-edit';

/**
 * The annotated copy of a workbook (host-free: the command line's --annotate and the standalone page's download):
 * the original package with each suspect cell filled (a copy of its own style plus a fill), a note on it carrying
 * what is wrong, and a sheet `核对结果` listing every finding with a link to its cell. Only the parts those need
 * change (styles, the sheets with suspects, their relationships, the workbook's sheet list, content types); every
 * other part is copied byte for byte, and no value, formula or number format is touched.
 */

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Finding messages quoted in one note, after the cell's own line. */
const NOTE_FINDINGS = 3;

export interface AnnotatedWorkbook {
  bytes: Uint8Array;
  /** Suspect cells filled and noted. */
  cells: number;
  /** The name the results sheet got (`核对结果`, or `核对结果 (2)` when the workbook had one). */
  resultsSheet: string;
}

interface Suspect extends Note {
  severity: Severity;
}

/** One entry per suspect cell: its worst severity, and a note leading with the likely value. */
function suspectsOf(report: SheetFindings, lang: Lang): Suspect[] {
  return report.cellFixes.map((fix) => {
    const findings = report.findings.filter((f) => f.cells.some((c) => c.suspect && c.address === fix.address));
    const severity = findings.map((f) => f.severity).sort((a, b) => RANK[a] - RANK[b])[0] ?? 'error';
    const lines = findings.slice(0, NOTE_FINDINGS).map((f) => `• ${f.message}`);
    if (findings.length > NOTE_FINDINGS)
      lines.push(
        lang === 'en' ? `… ${findings.length - NOTE_FINDINGS} more` : `…另有 ${findings.length - NOTE_FINDINGS} 条`,
      );
    return { address: fix.address, severity, text: [fix.message, ...lines].join('\n') };
  });
}

function uniqueSheetName(taken: string[], wanted: string): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

/** Adds the notes to a sheet: into its existing comments and drawing when it has them, else new parts. */
function addNotes(
  pkg: EditablePackage,
  sheetPath: string,
  sheetXml: string,
  notes: Note[],
  nextBlock: () => number,
): string {
  const rels = pkg.relationships(sheetPath);
  const commentsRel = [...rels.values()].find((r) => relationshipKind(r.type) === 'comments' && !r.external);
  const drawingId = legacyDrawingId(sheetXml);
  const drawingRel = drawingId === undefined ? undefined : rels.get(drawingId);
  let xml = sheetXml;
  let fresh = notes;
  if (commentsRel) {
    // The cells that have a note of their own keep it; the finding is in the results sheet.
    const path = resolveTarget(sheetPath, commentsRel.target);
    let comments = pkg.text(path);
    const noted = new Set([...comments.matchAll(/\bref="([A-Z]+\d+)"/g)].map((m) => m[1]));
    fresh = notes.filter((n) => !noted.has(n.address));
    const authors = findElement(comments, 'authors');
    const authorId = authors ? elementsIn(comments.slice(authors.tagEnd, authors.contentEnd), 'author').length : 0;
    comments = appendChildren(comments, 'authors', authorXml(authors?.prefix ?? '')) ?? comments;
    pkg.write(path, appendChildren(comments, 'commentList', moreComments(fresh, authorId)) as string);
  } else {
    const path = pkg.freshPath('xl/comments', '.xml');
    pkg.write(path, commentsPart(notes));
    pkg.declareContentType(path, TYPES.comments);
    pkg.addRelationship(sheetPath, 'comments', path);
  }
  if (drawingRel) {
    const path = resolveTarget(sheetPath, drawingRel.target);
    const vml = pkg.text(path);
    const first = Math.max(maxShapeId(vml), (idBlocks(vml)[0] ?? 1) * 1024) + 1;
    pkg.write(path, vml.replace(/<\/xml>\s*$/, `${moreShapes(fresh, first)}</xml>`));
  } else {
    const path = pkg.freshPath('xl/drawings/vmlDrawing', '.vml');
    pkg.write(path, vmlDrawingPart(fresh, nextBlock()));
    pkg.declareContentType(path, TYPES.vml, true);
    const id = pkg.addRelationship(sheetPath, 'vmlDrawing', path);
    xml = insertLegacyDrawing(xml, id, pkg.relationshipNamespace(sheetPath), rootPrefix(xml));
  }
  return xml;
}

/** The annotated copy of `original` (the bytes of an .xlsx/.xlsm) for the given sheets' findings. */
export function annotateWorkbook(
  original: Uint8Array,
  reports: SheetFindings[],
  lang: Lang = 'zh-CN',
): AnnotatedWorkbook {
  const pkg = new EditablePackage(original);
  const workbookPath = pkg.mainPart();
  const workbookXml = pkg.text(workbookPath);
  const sheets = pkg.parse(workbookPath, new WorkbookHandler()).sheets;
  const workbookRels = pkg.relationships(workbookPath);
  const pathOf = (name: string) => {
    const rel = workbookRels.get(sheets.find((s) => s.name === name)?.relationshipId ?? '');
    return rel && relationshipKind(rel.type) === 'worksheet' ? resolveTarget(workbookPath, rel.target) : undefined;
  };
  const withFindings = reports.filter((r) => r.findings.length > 0);

  // Styles first: every suspect cell's own style, copied once per severity.
  const marked = withFindings
    .map((report) => ({ report, path: pathOf(report.sheet), suspects: suspectsOf(report, lang) }))
    .filter((m): m is typeof m & { path: string } => m.path !== undefined && pkg.has(m.path) && m.suspects.length > 0);
  const sheetXml = new Map(marked.map((m) => [m.path, pkg.text(m.path)]));
  const styleOf = new Map(
    marked.map((m) => [m.path, cellStyles(sheetXml.get(m.path) as string, new Set(m.suspects.map((s) => s.address)))]),
  );
  const stylesRel = [...workbookRels.values()].find((r) => relationshipKind(r.type) === 'styles' && !r.external);
  const stylesFile = stylesRel ? resolveTarget(workbookPath, stylesRel.target) : 'xl/styles.xml';
  const styles = addSuspectStyles(
    pkg.has(stylesFile) ? pkg.text(stylesFile) : MINIMAL_STYLES,
    marked.flatMap((m) =>
      m.suspects.flatMap((s) =>
        styleOf.get(m.path)?.has(s.address)
          ? [{ xf: styleOf.get(m.path)?.get(s.address) as number, severity: s.severity }]
          : [],
      ),
    ),
  );
  if (!pkg.has(stylesFile)) {
    pkg.declareContentType(stylesFile, TYPES.styles);
    pkg.addRelationship(workbookPath, 'styles', stylesFile);
  }
  pkg.write(stylesFile, styles.xml);

  let block = Math.max(
    0,
    ...pkg
      .paths()
      .filter((p) => p.toLowerCase().endsWith('.vml'))
      .flatMap((p) => idBlocks(pkg.text(p))),
  );
  let cells = 0;
  for (const m of marked) {
    const own = styleOf.get(m.path) as Map<string, number>;
    const filled = new Map(
      m.suspects
        .filter((s) => own.has(s.address))
        .map((s) => [s.address, styles.styleFor(own.get(s.address) as number, s.severity)]),
    );
    cells += m.suspects.length;
    const xml = restyleCells(sheetXml.get(m.path) as string, filled);
    pkg.write(
      m.path,
      addNotes(pkg, m.path, xml, m.suspects, () => ++block),
    );
  }

  // The results sheet goes last, so that no sheet index the workbook refers to (defined names, the active tab) moves.
  const resultsSheet = uniqueSheetName(
    sheets.map((s) => s.name),
    RESULTS_SHEET[lang],
  );
  const resultsPath = pkg.freshPath('xl/worksheets/sheet', '.xml');
  // Transitional or strict, as the workbook itself.
  const mainNs = /\sxmlns(?::[\w.-]+)?="([^"]*spreadsheetml\/(?:2006\/)?main)"/.exec(workbookXml)?.[1] ?? MAIN_NS;
  pkg.write(resultsPath, resultsSheetXml(withFindings, lang, mainNs));
  pkg.declareContentType(resultsPath, TYPES.worksheet);
  const rId = pkg.addRelationship(workbookPath, 'worksheet', resultsPath);
  const sheetsElement = findElement(workbookXml, 'sheets');
  const sheetIds = elementsIn(workbookXml, 'sheet').map((s) => Number(/\bsheetId="(\d+)"/.exec(s)?.[1] ?? 0));
  const entry = `<${sheetsElement?.prefix ?? ''}sheet name="${escapeXml(resultsSheet)}" sheetId="${Math.max(0, ...sheetIds) + 1}" xmlns:r="${pkg.relationshipNamespace(workbookPath)}" r:id="${rId}"/>`;
  pkg.write(workbookPath, appendChildren(workbookXml, 'sheets', entry) as string);
  return { bytes: pkg.save(), cells, resultsSheet };
}
