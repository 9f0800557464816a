import type { Lexicon } from '../lexicon';
import type { Lang } from '../report';
import type { Measure } from '../rule-schema';
import { checkLedgers } from './ledger';
import { prepare } from './prepared';
import { checkRegionTotals } from './region-total';
import type { CrossTableRule } from './schema';
import type { PreparedSheet } from './prepared';
import { checkSameMeasures } from './same-measure';
import type { CrossFinding, CrossTableReport, WorkbookInput } from './types';

export type { CrossCell, CrossFinding, CrossTableReport, WorkbookInput } from './types';
export type { CrossTableRule } from './schema';
export { crossPhrase } from './phrases';

/**
 * Checks between tables (表间审核), host-independent: the command line passes every workbook of a folder, the add-in
 * could pass the sheets of one workbook. Each rule of the rule files' `crossTable` section runs over all of them.
 */
export function checkAcrossTables(
  workbooks: WorkbookInput[],
  rules: CrossTableRule[],
  measures: Map<string, Measure>,
  lexicon: Lexicon,
  lang: Lang,
): CrossTableReport {
  const report: CrossTableReport = { findings: [], notes: [] };
  if (rules.length === 0 || workbooks.length === 0) return report;
  const books = prepare(workbooks, measures, lexicon, lang);
  const seen = new Set<string>();
  const unseen = (f: CrossFinding) => !seen.has(cellsKey(f)) && seen.add(cellsKey(f));
  const withinBooks: CrossFinding[] = [];
  for (const rule of rules) {
    const { findings, notes, within } = run(rule, books, lang);
    // Two rules reading the same cells (an upper row labelled like the region's own total row) report once.
    append(report.findings, findings.filter(unseen));
    append(withinBooks, within);
    append(report.notes, notes);
  }
  // Between the sheets of one workbook last: a cell another check reports already (a 汇总 row against its town's
  // ledger sheet, counted row by row) is not reported again against the sheet's 合计.
  const reported = new Set(report.findings.map((f) => cellsKey({ cells: f.cells.slice(0, 1) })));
  append(
    report.findings,
    withinBooks.filter((f) => !reported.has(cellsKey({ cells: f.cells.slice(0, 1) })) && unseen(f)),
  );
  return report;
}

/**
 * Appends in place, item by item: a folder of a few hundred workbooks gives a note for every pair of them (over
 * 100,000), more than a call's arguments may be.
 */
function append<T>(list: T[], items: T[]): void {
  for (const item of items) list.push(item);
}

function run(
  rule: CrossTableRule,
  books: PreparedSheet[][],
  lang: Lang,
): { findings: CrossFinding[]; notes: string[]; within: CrossFinding[] } {
  const { relation } = rule;
  if (relation.kind === 'regionTotal') {
    const regionTotal = { ...rule, relation };
    const found = { ...checkRegionTotals(regionTotal, books, lang), within: [] as CrossFinding[] };
    // Within a workbook too: a 汇总 sheet's row for each town against the town's own sheet (官庄乡 | 新华街道 …), each
    // sheet standing for a workbook of its own.
    for (const book of books) {
      if (book.length < 3) continue;
      const within = checkRegionTotals(
        regionTotal,
        book.map((sheet) => [sheet]),
        lang,
        true,
      );
      append(found.within, within.findings);
      append(found.notes, within.notes);
    }
    return found;
  }
  if (relation.kind === 'ledger') return { ...checkLedgers({ ...rule, relation }, books, lang), within: [] };
  return { ...checkSameMeasures({ ...rule, relation }, books, lang), within: [] };
}

function cellsKey(f: Pick<CrossFinding, 'cells'>): string {
  return f.cells
    .map((c) => `${c.file}\u0000${c.sheet}\u0000${c.address}`)
    .sort()
    .join('\n');
}
