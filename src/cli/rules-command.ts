import { basename, relative, resolve, sep } from 'node:path';
import { runRuleExamples } from '../core/rule-examples';
import type { RuleSet } from '../core/rules';
import { BUNDLED_RULES_DIR } from '../node/rule-files';

/** Whether a rule file is one of the given files or lies in one of the given folders. */
function within(file: string, paths: string[]): boolean {
  const f = resolve(file);
  return paths.some((p) => f === resolve(p) || f.startsWith(resolve(p) + sep));
}

/** A layer as a rule author names it: `bundled (coverage.rules.json)`, or the file as given. */
function layerName(file: string): string {
  return within(file, [BUNDLED_RULES_DIR]) ? `bundled (${relative(BUNDLED_RULES_DIR, file) || basename(file)})` : file;
}

/** `statlint rules list`: every rule with its severity and layer, and the layers that changed or switched it off. */
export function formatRulesList(ruleSet: RuleSet): string {
  const active = new Map(ruleSet.rules.map((r) => [r.id, r]));
  const ids = [...ruleSet.origin.keys()].filter((k) => k.startsWith('rule:')).map((k) => k.slice('rule:'.length));
  const width = Math.max(...ids.map((id) => id.length), 2);
  const lines = ids.map((id) => {
    const changed = ruleSet.changedBy.get(id);
    return `${id.padEnd(width)}  ${(active.get(id)?.severity ?? 'off').padEnd(7)}  ${layerName(ruleSet.origin.get('rule:' + id) ?? '')}${changed ? `; changed by ${changed.join(', ')}` : ''}`;
  });
  return [...lines, `${active.size} active rules, ${ids.length - active.size} switched off`].join('\n') + '\n';
}

/**
 * `statlint rules test [RULE_FILE...]`: runs the examples of the rules those files define or change (all active rules
 * when none is given), one line per example, then a summary. Returns whether all passed.
 */
export async function runRulesTest(ruleSet: RuleSet, files: string[], out: NodeJS.WritableStream): Promise<boolean> {
  const ids = ruleSet.rules
    .filter((r) => files.length === 0 || within(ruleSet.origin.get('rule:' + r.id) ?? '', files) || (ruleSet.changedBy.get(r.id) ?? []).some((f) => within(f, files)))
    .map((r) => r.id);
  const results = await runRuleExamples(ruleSet, ids);
  for (const r of results) out.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.ruleId} ${r.index > 0 ? `${r.kind} #${r.index}` : `(no ${r.kind} example)`}${r.detail ? `: ${r.detail}` : ''}\n`);
  const failed = results.filter((r) => !r.ok).length;
  out.write(`${ids.length} rules, ${results.length} examples: ${results.length - failed} passed, ${failed} failed\n`);
  return failed === 0 && ids.length > 0;
}
