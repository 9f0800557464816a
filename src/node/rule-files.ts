import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRuleSet, type RuleFailure, type RuleProblem, type RuleSet } from '../core/rules';

/** The rule files shipped with statlint (`rules/` at the package root, beside src/ and lib/). */
export const BUNDLED_RULES_DIR = resolve(__dirname, '..', '..', 'rules');

/** Rule files are `*.rules.json`; `schema.json` beside them is the editors' schema, not a rule file. */
function ruleFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.rules.json'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads rule files and folders as layers, in order (default: the bundled rules alone); relative paths resolve from
 * the current directory. A file named twice (the bundled folder given again with --rules) loads once. Unreadable
 * files become problems and failures.
 */
export function readRuleSet(paths: string[] = [BUNDLED_RULES_DIR]): { ruleSet: RuleSet; problems: RuleProblem[]; failures: RuleFailure[] } {
  const files: { name: string; text: string }[] = [];
  const problems: RuleProblem[] = [];
  const failures: RuleFailure[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    try {
      for (const file of statSync(path).isDirectory() ? ruleFilesIn(path) : [path]) {
        if (seen.has(resolve(file))) continue;
        seen.add(resolve(file));
        files.push({ name: file, text: readFileSync(file, 'utf8') });
      }
    } catch (e) {
      problems.push({ file: path, path: '$', message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such rule file or folder' : `cannot be read (${(e as Error).message})` });
      failures.push({ file: path });
    }
  }
  const loaded = loadRuleSet(files);
  return { ruleSet: loaded.ruleSet, problems: [...problems, ...loaded.problems], failures: [...failures, ...loaded.failures] };
}
