import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { join, resolve, sep } from 'node:path';
import { crosscheck, type CrosscheckReport } from '../evidence/crosscheck';
import type { Lang } from '../core/report';
import type { RuleSet } from '../core/rules';
import { factsFileSchema, relationsFileSchema } from '../evidence/seeds';
import { BUNDLED_RULES_DIR } from '../node/rule-files';

/** seeds/ at the package root, beside rules/. */
export const SEEDS_DIR = resolve(__dirname, '..', '..', 'seeds');

/** A seed file, or an error of one line naming the file and the JSON path of its first problem. */
function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
}

/** The cross-check table, rule by rule, with each seed case's verdict and figures. */
export function formatCrosscheck(report: CrosscheckReport): string {
  const out: string[] = [];
  const byRule = new Map<string, CrosscheckReport['cases']>();
  for (const c of report.cases) byRule.set(c.relation.rule, [...(byRule.get(c.relation.rule) ?? []), c]);
  for (const [rule, cases] of byRule) {
    out.push(`${rule}`);
    for (const c of cases) {
      const mark = c.agrees ? 'ok  ' : 'FAIL';
      const figures = c.finding
        ? ` stated ${c.finding.actual}, recomputed ${c.finding.expected}${c.finding.tolerance !== undefined ? `, tolerance ±${c.finding.tolerance}` : ''}`
        : '';
      out.push(
        `  ${mark} ${c.relation.id.padEnd(44)} ${c.verdict.padEnd(14)}${c.agrees ? '' : ` (recorded: ${c.relation.expected})`}${figures}`,
      );
      if (c.detail) out.push(`         ${c.detail}`);
      if (c.relation.note) out.push(`         ${c.relation.note}`);
    }
  }
  for (const rule of report.rulesWithoutCase) out.push(`FAIL ${rule}: no seed case in seeds/relations.json`);
  for (const unknown of report.unknownRules) out.push(`FAIL ${unknown}: no such rule`);
  const counts = { consistent: 0, inconsistent: 0, 'not-checkable': 0 };
  for (const c of report.cases) counts[c.verdict] += 1;
  const failed =
    report.cases.filter((c) => !c.agrees).length + report.rulesWithoutCase.length + report.unknownRules.length;
  out.push('');
  out.push(
    `${report.cases.length} seed cases: ${counts.consistent} consistent, ${counts.inconsistent} inconsistent, ${counts['not-checkable']} not checkable; ${failed} failed`,
  );
  const inconsistent = report.cases.filter((c) => c.verdict === 'inconsistent');
  if (inconsistent.length > 0) {
    out.push('Inconsistent figures in the articles:');
    for (const c of inconsistent) out.push(`  ${c.relation.id}: ${c.detail}`);
  }
  return out.join('\n') + '\n';
}

/** `statlint crosscheck`: exit 0 when every rule has a seed case and every verdict is the recorded one. */
export async function runCrosscheck(
  ruleSet: RuleSet,
  lang: Lang,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  let report: CrosscheckReport;
  try {
    const facts = readJson(join(SEEDS_DIR, 'facts.json'), factsFileSchema).facts;
    const relations = readJson(join(SEEDS_DIR, 'relations.json'), relationsFileSchema).relations;
    report = await crosscheck(facts, relations, ruleSet, lang);
    // Every bundled rule needs a seed case; a rule author's own rules need none.
    const bundled = (id: string) => (ruleSet.origin.get('rule:' + id) ?? '').startsWith(BUNDLED_RULES_DIR + sep);
    report = { ...report, rulesWithoutCase: report.rulesWithoutCase.filter(bundled) };
  } catch (e) {
    err.write(`statlint: seeds: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  out.write(formatCrosscheck(report));
  return report.cases.every((c) => c.agrees) && report.rulesWithoutCase.length === 0 && report.unknownRules.length === 0
    ? 0
    : 1;
}
