import { checkSheet } from './linter';
import { fill } from './messages';
import type { Lang } from './report';
import type { ExampleTable } from './rule-schema';
import type { RuleSet } from './rules';
import { mergeOf, type Cell, type SheetSnapshot } from './snapshot';
import en from './rule-file-messages.en.json';
import zhCN from './rule-file-messages.zh-CN.json';

/** One rule example's outcome, for `statlint rules test`. */
export interface ExampleResult {
  ruleId: string;
  kind: 'valid' | 'invalid';
  /** 1-based, as a rule author counts the examples in the file. */
  index: number;
  ok: boolean;
  /** Why it failed, in the chosen language. */
  detail?: string;
  /** The example's table and, for an invalid one, the cells it expects blamed and those the rule blamed. */
  example?: ExampleTable;
  expected?: string[];
  blamed?: string[];
}

// The tester's phrases are data, beside the rule-file problems' (rule-file-messages.*.json).
const PHRASES: Record<Lang, (typeof en)['examples']> = { 'zh-CN': zhCN.examples, en: en.examples };

/** An example table as a sheet snapshot, the way an adapter reads a typed sheet (General format, text as typed). */
export function exampleSheet(example: ExampleTable): SheetSnapshot {
  const rows = example.rows.map((cells) =>
    cells.map((value): Cell | null =>
      value === null || value === '' ? null : { value, text: String(value), numFmt: 'General' },
    ),
  );
  return { name: 'example', rows, merges: example.merges.map(mergeOf) };
}

/**
 * Runs every example of the given rules against the FULL rule set, as a real sheet would be: a valid table must be one
 * the rule applies to and finds nothing on; an invalid one must give a finding whose suspect cells are its `blame`.
 */
export async function runRuleExamples(
  ruleSet: RuleSet,
  ruleIds: string[],
  lang: Lang = 'en',
): Promise<ExampleResult[]> {
  const say = (key: keyof (typeof PHRASES)['en'], vars: Record<string, string> = {}) => fill(PHRASES[lang][key], vars);
  const results: ExampleResult[] = [];
  for (const rule of ruleSet.rules.filter((r) => ruleIds.includes(r.id))) {
    for (const [i, example] of (rule.examples?.valid ?? []).entries()) {
      const report = await checkSheet(exampleSheet(example), ruleSet, { lang });
      const notApplied = report.explanation.rulesNotApplied.find((r) => r.ruleId === rule.id)?.reason;
      const found = report.findings.filter((f) => f.ruleId === rule.id).map((f) => f.message);
      const applied = report.explanation.rulesApplied.some((r) => r.ruleId === rule.id);
      const detail = notApplied
        ? say('notApplied', { reason: notApplied })
        : !applied
          ? say('notAppliedBare')
          : found.length > 0
            ? say('unexpected', { finding: found[0] })
            : undefined;
      results.push({ ruleId: rule.id, kind: 'valid', index: i + 1, ok: !detail, detail, example });
    }
    for (const [i, example] of (rule.examples?.invalid ?? []).entries()) {
      const report = await checkSheet(exampleSheet(example), ruleSet, { lang });
      const findings = report.findings.filter((f) => f.ruleId === rule.id);
      const suspects = [
        ...new Set(findings.flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address))),
      ].sort();
      const blame = [...example.blame].sort();
      const detail =
        findings.length === 0
          ? say('noFinding', {
              reason:
                report.explanation.rulesNotApplied.find((r) => r.ruleId === rule.id)?.reason ?? say('foundNothing'),
            })
          : suspects.join(' ') !== blame.join(' ')
            ? say('wrongBlame', { blamed: suspects.join(' ') || say('noCell'), expected: blame.join(' ') })
            : undefined;
      results.push({
        ruleId: rule.id,
        kind: 'invalid',
        index: i + 1,
        ok: !detail,
        detail,
        example,
        expected: blame,
        blamed: suspects,
      });
    }
    if ((rule.examples?.valid.length ?? 0) === 0 || (rule.examples?.invalid.length ?? 0) === 0) {
      results.push({
        ruleId: rule.id,
        kind: (rule.examples?.valid.length ?? 0) === 0 ? 'valid' : 'invalid',
        index: 0,
        ok: false,
        detail: say('needsExamples'),
      });
    }
  }
  return results;
}
