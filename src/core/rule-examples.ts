import { checkSheet } from './linter';
import type { ExampleTable } from './rule-schema';
import type { RuleSet } from './rules';
import { a1, parseA1, type Cell, type Merge, type SheetSnapshot } from './snapshot';

/** One rule example's outcome, for `statlint rules test`. */
export interface ExampleResult {
  ruleId: string;
  kind: 'valid' | 'invalid';
  /** 1-based, as a rule author counts the examples in the file. */
  index: number;
  ok: boolean;
  /** Why it failed, in English (rule-author tooling, like the schema messages). */
  detail?: string;
}

function mergeOf(range: string): Merge {
  const [from, to] = range.split(':').map(parseA1);
  if (!from || !to) throw new Error(`not an A1 range: ${range}`);
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

/** An example table as a sheet snapshot, the way an adapter reads a typed sheet (General format, text as typed). */
export function exampleSheet(example: ExampleTable): SheetSnapshot {
  const rows = example.rows.map((cells, r) =>
    cells.map((value, c): Cell | null => (value === null || value === '' ? null : { address: a1(r, c), value, text: String(value), numFmt: 'General' })),
  );
  return { name: 'example', rows, merges: example.merges.map(mergeOf) };
}

/**
 * Runs every example of the given rules against the FULL rule set, as a real sheet would be: a valid table must be one
 * the rule applies to and finds nothing on; an invalid one must give a finding whose suspect cells are its `blame`.
 */
export async function runRuleExamples(ruleSet: RuleSet, ruleIds: string[]): Promise<ExampleResult[]> {
  const results: ExampleResult[] = [];
  for (const rule of ruleSet.rules.filter((r) => ruleIds.includes(r.id))) {
    for (const [i, example] of (rule.examples?.valid ?? []).entries()) {
      const report = await checkSheet(exampleSheet(example), ruleSet, { lang: 'en' });
      const notApplied = report.explanation.rulesNotApplied.find((r) => r.ruleId === rule.id)?.reason;
      const found = report.findings.filter((f) => f.ruleId === rule.id).map((f) => f.message);
      const applied = report.explanation.rulesApplied.some((r) => r.ruleId === rule.id);
      const detail = notApplied ? `the rule did not apply: ${notApplied}` : !applied ? 'the rule did not apply' : found.length > 0 ? `unexpected finding: ${found[0]}` : undefined;
      results.push({ ruleId: rule.id, kind: 'valid', index: i + 1, ok: !detail, detail });
    }
    for (const [i, example] of (rule.examples?.invalid ?? []).entries()) {
      const report = await checkSheet(exampleSheet(example), ruleSet, { lang: 'en' });
      const findings = report.findings.filter((f) => f.ruleId === rule.id);
      const suspects = [...new Set(findings.flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address)))].sort();
      const blame = [...example.blame].sort();
      const detail =
        findings.length === 0
          ? `no finding (${report.explanation.rulesNotApplied.find((r) => r.ruleId === rule.id)?.reason ?? 'the rule applied and found nothing'})`
          : suspects.join(' ') !== blame.join(' ')
            ? `blamed ${suspects.join(' ') || 'no cell'}, the example expects ${blame.join(' ')}`
            : undefined;
      results.push({ ruleId: rule.id, kind: 'invalid', index: i + 1, ok: !detail, detail });
    }
    if ((rule.examples?.valid.length ?? 0) === 0 || (rule.examples?.invalid.length ?? 0) === 0) {
      results.push({ ruleId: rule.id, kind: (rule.examples?.valid.length ?? 0) === 0 ? 'valid' : 'invalid', index: 0, ok: false, detail: 'the rule needs at least one valid and one invalid example' });
    }
  }
  return results;
}
