import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRuleSet, type RuleFailure, type RuleFileText, type RuleProblem, type RuleSet } from '../core/rules';
import { errorMessage } from '../readers/read-problems';
import { NotRegularFile, readRegularFile } from './regular-file';

/** The rule files shipped with statlint (`rules/` at the package root, beside src/ and lib/). */
export const BUNDLED_RULES_DIR = resolve(__dirname, '..', '..', 'rules');

/** The words every rule set reads sheets by, loaded also with --no-default-rules (rule files add to them). */
export const BUNDLED_VOCABULARY = join(BUNDLED_RULES_DIR, 'vocabulary.json');

/** The vocabulary file as loadRuleSet takes it (an unreadable file's text fails to parse, and is reported). */
export function bundledVocabularyFile(path = BUNDLED_VOCABULARY): RuleFileText {
  try {
    return { name: path, text: readRegularFile(path).toString('utf8') };
  } catch (e) {
    return { name: path, text: `cannot be read (${errorMessage(e)})` };
  }
}

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
 * files become problems and failures. The vocabulary (default: the bundled one) always loads first.
 */
export function readRuleSet(paths: string[] = [BUNDLED_RULES_DIR], vocabulary = BUNDLED_VOCABULARY): { ruleSet: RuleSet; problems: RuleProblem[]; failures: RuleFailure[] } {
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
        files.push({ name: file, text: readRegularFile(file).toString('utf8') });
      } catch (e) {
        const message = e instanceof NotRegularFile ? `${e.message}; skipped` : `cannot be read (${errorMessage(e)})`;
        problems.push({ file, path: '$', message });
        failures.push({ file });
      }
    }
  }
  const loaded = loadRuleSet(files, bundledVocabularyFile(vocabulary));
  return { ruleSet: loaded.ruleSet, problems: [...problems, ...loaded.problems], failures: [...failures, ...loaded.failures] };
}
