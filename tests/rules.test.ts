import { checkSheet } from '../src/core/linter';
import type { ExampleTable } from '../src/core/rule-schema';
import { mergeOf, type SheetSnapshot } from '../src/core/snapshot';
import { readRuleSet } from '../src/node/rule-files';
import { sheetFromRows } from './helpers/sheet';

/**
 * Every bundled rule's examples (rules/*.rules.json), run like ESLint's RuleTester but against the FULL rule set,
 * as a real sheet would be: a valid table must be one the rule applies to and finds nothing on; an invalid table
 * must give at least one finding of the rule, whose suspect cells are exactly the example's `blame`.
 */

// A bundled file with problems would drop its rules silently here; tests/rule-files.test.ts asserts there are none.
const { ruleSet } = readRuleSet();

function sheetOf(example: ExampleTable): SheetSnapshot {
  return sheetFromRows('示例', example.rows, example.merges.map(mergeOf));
}

test('every rule has at least one valid and one invalid example', () => {
  const lacking = ruleSet.rules
    .filter((rule) => (rule.examples?.valid.length ?? 0) === 0 || (rule.examples?.invalid.length ?? 0) === 0)
    .map((rule) => rule.id);
  expect(lacking).toEqual([]);
});

const valid = ruleSet.rules.flatMap((rule) =>
  (rule.examples?.valid ?? []).map((example, i) => ({ name: `${rule.id} valid #${i + 1}`, ruleId: rule.id, example })),
);
const invalid = ruleSet.rules.flatMap((rule) =>
  (rule.examples?.invalid ?? []).map((example, i) => ({
    name: `${rule.id} invalid #${i + 1}`,
    ruleId: rule.id,
    example,
  })),
);

test.each(valid)('$name', async ({ ruleId, example }) => {
  const report = await checkSheet(sheetOf(example), ruleSet, { lang: 'en' });
  // The reason a rule did not apply is the most useful thing to see when a valid example fails.
  expect(report.explanation.rulesNotApplied.find((r) => r.ruleId === ruleId)?.reason).toBeUndefined();
  expect(report.explanation.rulesApplied.map((r) => r.ruleId)).toContain(ruleId);
  expect(report.findings.filter((f) => f.ruleId === ruleId).map((f) => f.message)).toEqual([]);
});

test.each(invalid)('$name', async ({ ruleId, example }) => {
  const report = await checkSheet(sheetOf(example), ruleSet, { lang: 'en' });
  const findings = report.findings.filter((f) => f.ruleId === ruleId);
  expect(findings.map((f) => f.message)).not.toEqual([]);
  const suspects = new Set(findings.flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address)));
  expect([...suspects].sort()).toEqual([...example.blame].sort());
});
