import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { limits } from '../core/limits';
import { loadRuleSet, type RuleFailure, type RuleFileText, type RuleProblem, type RuleSet } from '../core/rules';
import type { WordKey } from '../core/rule-file-messages';
import { damageWords } from '../readers/damage-words';
import { errorMessage, sizeText } from '../readers/read-problems';
import { FileTooLarge, NotRegularFile, readRegularFile } from './regular-file';

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

/** fileKind's words, for the message table. */
const KIND_WORDS: Record<string, WordKey> = {
  folder: 'folder',
  'FIFO (named pipe)': 'fifo',
  socket: 'socket',
  device: 'device',
  'special file': 'specialFile',
};

/** A rule file's text: UTF-8, or UTF-16 when it starts with that byte order mark (Notepad's "Unicode"). */
function ruleFileText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

/**
 * Reads rule files and folders as layers, in order (default: the bundled rules alone); relative paths resolve from
 * the current directory. A file named twice (the bundled folder given again with --rules) loads once. Unreadable
 * files become problems and failures. The vocabulary (default: the bundled one) always loads first.
 */
export function readRuleSet(
  paths: string[] = [BUNDLED_RULES_DIR],
  vocabulary = BUNDLED_VOCABULARY,
): { ruleSet: RuleSet; problems: RuleProblem[]; failures: RuleFailure[] } {
  const files: { name: string; text: string }[] = [];
  const problems: RuleProblem[] = [];
  const failures: RuleFailure[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    let inFolder: string[] | undefined;
    try {
      inFolder = statSync(path).isDirectory() ? ruleFilesIn(path) : undefined;
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push({
        file: path,
        path: '$',
        code: missing ? 'notFound' : 'unreadable',
        vars: missing ? {} : { reason: { words: damageWords(e) } },
      });
      failures.push({ file: path });
      continue;
    }
    for (const file of inFolder ?? [path]) {
      if (seen.has(resolve(file))) continue;
      seen.add(resolve(file));
      try {
        files.push({ name: file, text: ruleFileText(readRegularFile(file, limits.ruleFileBytes)) });
      } catch (e) {
        problems.push({
          file,
          path: '$',
          ...(e instanceof NotRegularFile
            ? { code: 'notRegular', vars: { kind: { word: KIND_WORDS[e.kind] ?? 'specialFile' } } }
            : e instanceof FileTooLarge
              ? { code: 'limitFileSize', vars: { size: sizeText(e.limit) } }
              : { code: 'unreadable', vars: { reason: { words: damageWords(e) } } }),
        });
        failures.push({ file });
      }
    }
  }
  const loaded = loadRuleSet(files, bundledVocabularyFile(vocabulary));
  return {
    ruleSet: loaded.ruleSet,
    problems: [...problems, ...loaded.problems.map(namingBundled)],
    failures: [...failures, ...loaded.failures],
  };
}

/** A rule author never saw the installed package's folder: a bundled file is named as such, by its file name. */
function namingBundled(p: RuleProblem): RuleProblem {
  const other = p.vars.other;
  if (typeof other !== 'string' || !other.startsWith(BUNDLED_RULES_DIR + sep)) return p;
  return {
    ...p,
    vars: { ...p.vars, other: { problem: 'bundledFile', vars: { name: relative(BUNDLED_RULES_DIR, other) } } },
  };
}
