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
  for (const rule of rules) {
    const { findings, notes } = run(rule, books, lang);
    // Two rules reading the same cells (an upper row labelled like the region's own total row) report once.
    report.findings.push(...findings.filter((f) => !seen.has(cellsKey(f)) && seen.add(cellsKey(f))));
    report.notes.push(...notes);
  }
  return report;
}

function run(
  rule: CrossTableRule,
  books: PreparedSheet[][],
  lang: Lang,
): { findings: CrossFinding[]; notes: string[] } {
  const { relation } = rule;
  if (relation.kind === 'regionTotal') return checkRegionTotals({ ...rule, relation }, books, lang);
  if (relation.kind === 'ledger') return checkLedgers({ ...rule, relation }, books, lang);
  return checkSameMeasures({ ...rule, relation }, books, lang);
}

function cellsKey(f: CrossFinding): string {
  return f.cells
    .map((c) => `${c.file}\u0000${c.sheet}\u0000${c.address}`)
    .sort()
    .join('\n');
}
