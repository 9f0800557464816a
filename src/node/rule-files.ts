import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRuleSet, type RuleFailure, type RuleProblem, type RuleSet } from '../core/rules';
import { limits } from '../core/limits';
import { errorMessage, sizeText } from '../readers/read-problems';
import { FileTooLarge, NotRegularFile, readRegularFile } from './regular-file';

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
    let inFolder: string[] | undefined;
    try {
      inFolder = statSync(path).isDirectory() ? ruleFilesIn(path) : undefined;
    } catch (e) {
      problems.push({ file: path, path: '$', message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such rule file or folder' : `cannot be read (${errorMessage(e)})` });
      failures.push({ file: path });
      continue;
    }
    for (const file of inFolder ?? [path]) {
      if (seen.has(resolve(file))) continue;
      seen.add(resolve(file));
      try {
        files.push({ name: file, text: readRegularFile(file, limits.ruleFileBytes).toString('utf8') });
      } catch (e) {
        const message =
          e instanceof NotRegularFile ? `${e.message}; skipped` : e instanceof FileTooLarge ? `larger than ${sizeText(e.limit)} (limit ruleFileBytes); skipped` : `cannot be read (${errorMessage(e)})`;
        problems.push({ file, path: '$', message });
        failures.push({ file });
      }
    }
  }
  const loaded = loadRuleSet(files);
  return { ruleSet: loaded.ruleSet, problems: [...problems, ...loaded.problems], failures: [...failures, ...loaded.failures] };
}
