import type { Lexicon } from '../lexicon';
import type { Lang } from '../report';
import type { Measure } from '../rule-schema';
import { checkLedgers } from './ledger';
import { prepare } from './prepared';
import { checkRegionTotals } from './region-total';
import type { CrossTableRule } from './schema';
import type { CrossTableReport, WorkbookInput } from './types';

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
  for (const rule of rules) {
    const { findings, notes } =
      rule.relation.kind === 'regionTotal'
        ? checkRegionTotals({ ...rule, relation: rule.relation }, books, lang)
        : checkLedgers({ ...rule, relation: rule.relation }, books, lang);
    report.findings.push(...findings);
    report.notes.push(...notes);
  }
  return report;
}
