import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileResult, Lang } from '../core/report';
import { formatRuleProblem, type RuleFailure, type RuleProblem } from '../core/rules';
import { writeAnnotatedCopies } from '../node/annotate-files';
import { checkFiles } from '../node/check-files';
import { printable, problemText } from '../readers/problem-lines';
import type { RuleSet } from '../core/rules';
import { BUNDLED_RULES_DIR, readRuleSet } from '../node/rule-files';
import { notWritten } from '../node/write-problems';
import type { CrossTableReport } from '../core/cross-table';
import { formatHtml } from '../reports/html';
import { runAccept } from './accept-command';
import { runCrosscheck } from './crosscheck';
import { extensionFor, writePerWorkbook } from './output-dir';
import { nothingChecked, partlyUnread, ruleFailureLine } from '../reports/summary';
import { formatCsv } from '../reports/csv';
import { formatExplain } from './explain';
import { formatJson } from '../reports/json';
import { formatText } from '../reports/text';
import { formatRulesList, runRulesTest } from './rules-command';
import { DEFAULT_RULE_FILE, writeRuleSkeleton } from './rule-skeleton';
import { runRulesSuggest } from './suggest-command';

const USAGE = `usage:
  statlint check FILE_OR_DIR... [--rules PATH]... [--no-default-rules] [--format text|json|csv|html] [--output FILE] [--annotate OUT_DIR] [--accepted FILE] [--lang zh-CN|en] [--reader lean|exceljs]
  statlint check FILE_OR_DIR... --output-dir DIR [--format text|json|csv|html]     (one report per workbook)
  statlint accept WORKBOOK CELL [FILE_OR_DIR...] --reason TEXT [--accepted FILE]  (CELL: B12 or 汇总!B12)
  statlint explain FILE_OR_DIR... [--rules PATH]... [--no-default-rules] [--lang zh-CN|en] [--output FILE]
  statlint crosscheck [--rules PATH]... [--no-default-rules] [--lang zh-CN|en]
  statlint rules list [--rules PATH]... [--no-default-rules]
  statlint rules test [RULE_FILE...] [--rules PATH]... [--no-default-rules] [--lang zh-CN|en]
  statlint rules new [RULE_FILE] [--lang zh-CN|en]
  statlint rules suggest FILE [--lang zh-CN|en]
  statlint --help | --version

The bundled rules always load; each --rules file or folder adds a layer on top (see README, "Writing rules").
exit status: 0 no open error-severity finding (explained ones excepted); 1 error findings, within or between tables (rules test: a failing example); 2 a file or rule file
could not be read, no sheet at all could be checked, or the command line was not understood`;

/** package.json at the package root, beside src/ and lib/. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
    .version;
}

export interface CliOptions {
  command: string;
  paths: string[];
  rules: string[];
  /** false with --no-default-rules: only the --rules layers load. */
  defaultRules: boolean;
  format: 'text' | 'json' | 'csv' | 'html';
  /** Where the report goes instead of standard output. */
  output?: string;
  /** Where the annotated copies of workbooks with findings go. */
  annotate?: string;
  /** One report per input workbook, in this folder. */
  outputDir?: string;
  /** Explained findings from this file instead of the one beside each workbook. */
  accepted?: string;
  /** accept: why the finding is explained. */
  reason?: string;
  lang: Lang;
  reader: 'lean' | 'exceljs';
}

/** Parses the command line; throws a one-line message for anything it does not understand. */
export function parseArgs(argv: string[]): CliOptions {
  // --help and --version win wherever they stand, as in most command-line tools.
  if (argv.some((a) => a === '--help' || a === '-h')) return { ...defaults, command: 'help' };
  if (argv.some((a) => a === '--version' || a === '-V')) return { ...defaults, command: 'version' };
  const [first, ...afterFirst] = argv;
  if (!first) throw new Error('no command given');
  let command = first;
  let rest = afterFirst;
  if (first === 'rules') {
    if (!afterFirst[0] || !['list', 'test', 'new', 'suggest'].includes(afterFirst[0]))
      throw new Error(
        afterFirst[0]
          ? `unknown rules command "${afterFirst[0]}" (list, test, new or suggest)`
          : 'rules needs list, test, new or suggest',
      );
    command = `rules ${afterFirst[0]}`;
    rest = afterFirst.slice(1);
  } else if (!['check', 'explain', 'crosscheck', 'accept'].includes(first))
    throw new Error(`unknown command "${first}"`);
  const options: CliOptions = { ...defaults, command, paths: [], rules: [] };
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--rules') options.rules.push(value());
    else if (flag === '--no-default-rules') options.defaultRules = false;
    else if (flag === '--format') options.format = oneOf(flag, value(), ['text', 'json', 'csv', 'html'] as const);
    else if (flag === '--output') options.output = value();
    else if (flag === '--annotate') options.annotate = value();
    else if (flag === '--output-dir') options.outputDir = value();
    else if (flag === '--accepted') options.accepted = value();
    else if (flag === '--reason') options.reason = value();
    else if (flag === '--lang') options.lang = oneOf(flag, value(), ['zh-CN', 'en'] as const);
    else if (flag === '--reader') options.reader = oneOf(flag, value(), ['lean', 'exceljs'] as const);
    else if (flag.startsWith('-')) throw new Error(`unknown option "${flag}"`);
    else options.paths.push(arg);
  }
  if ((command === 'crosscheck' || command === 'rules list') && options.paths.length > 0)
    throw new Error(`${command} takes no files (got "${options.paths[0]}")`);
  if (command === 'rules new' && options.paths.length > 1)
    throw new Error(`rules new takes one file name (got "${options.paths[1]}")`);
  if (command === 'rules suggest' && options.paths.length !== 1)
    throw new Error('rules suggest needs exactly one file');
  if ((command === 'check' || command === 'explain') && options.paths.length === 0)
    throw new Error(`${command} needs at least one file or folder`);
  if (options.annotate !== undefined && command !== 'check')
    throw new Error(`--annotate goes with check, not ${command}`);
  if (command === 'accept' && options.paths.length < 2)
    throw new Error('accept needs a workbook and a cell (B12 or 汇总!B12)');
  if (command === 'accept' && !options.reason?.trim()) throw new Error('accept needs --reason "…"');
  if (options.output !== undefined && options.outputDir !== undefined)
    throw new Error('--output and --output-dir cannot be used together');
  return options;
}

const defaults: CliOptions = {
  command: '',
  paths: [],
  rules: [],
  defaultRules: true,
  format: 'text',
  lang: 'zh-CN',
  reader: 'lean',
};

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

const NOTHING_CHECKED = {
  'zh-CN':
    '没有一个工作表得到核对（没有规则适用）；用 statlint explain 查看表头如何识别，或在规则文件中添加表头写法（见 README）',
  en: 'no sheet was checked (no rule applied); see how the headers were read with statlint explain, or add header spellings in a rule file (see README)',
};

/** A one-line progress indicator on a terminal, only when there are several files. */
function progress(stream: NodeJS.WriteStream): ((file: string, index: number, count: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (file, index, count) => {
    if (count < 5) return;
    stream.write(`\r\x1b[K[${index + 1}/${count}] ${printable(file)}`);
    if (index + 1 === count) stream.write('\r\x1b[K');
  };
}

/**
 * 2 when something could not be read, or when no sheet at all was checked (no rule applied anywhere: a folder of some
 * other statistics, or headers spelt in a way no rule file knows) — a script must not take that run for a clean one;
 * otherwise 1 with open error findings (within or between tables), else 0. Sheets left unchecked beside checked ones
 * are listed in the report.
 */
function exitCode(results: FileResult[], unreadable: boolean, cross: CrossTableReport): number {
  if (unreadable || results.some(partlyUnread) || nothingChecked(results)) return 2;
  if (cross.findings.some((f) => f.severity === 'error')) return 1;
  return results.some((r) => r.sheets.some((s) => s.findings.some((f) => f.severity === 'error' && !f.accepted)))
    ? 1
    : 0;
}

function formatReport(
  results: FileResult[],
  options: CliOptions,
  failures: RuleFailure[],
  ruleProblems: RuleProblem[],
  cross: CrossTableReport,
  { lexicon, crossTable: crossRules = [] }: RuleSet,
): string {
  if (options.format === 'json') return formatJson(results, options.lang, failures, cross, ruleProblems);
  if (options.format === 'csv') return formatCsv(results, options.lang, cross, failures, ruleProblems);
  if (options.format === 'html')
    return formatHtml(
      {
        files: results,
        crossTable: cross,
        ruleFailures: failures.map((f) => ruleFailureLine(f, options.lang)),
        lexicon,
        crossRuleTitles: Object.fromEntries(crossRules.map((r) => [r.id, r.title[options.lang]])),
      },
      options.lang,
    );
  return formatText(results, options.lang, failures, cross);
}

function write(path: string, text: string, err: NodeJS.WriteStream, lang: Lang): boolean {
  try {
    writeFileSync(path, text, 'utf8');
    return true;
  } catch (e) {
    err.write(`statlint: ${notWritten(printable(path), e, lang)}\n`);
    return false;
  }
}

export async function main(
  argv: string[],
  out: NodeJS.WriteStream = process.stdout,
  err: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  try {
    return await run(argv, out, err);
  } catch {
    // Every file's failure is caught where it is read or checked; this is the last guard, never a stack trace.
    err.write(
      `statlint: ${argv.some((a) => a === 'en' || a === '--lang=en') ? 'failed inside statlint; please report the command and its files' : 'statlint 内部出错，未能完成；请报告此命令及其文件'}\n`,
    );
    return 2;
  }
}

async function run(argv: string[], out: NodeJS.WriteStream, err: NodeJS.WriteStream): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    err.write(`statlint: ${printable((e as Error).message)}\n${USAGE}\n`);
    return 2;
  }
  if (options.command === 'help' || options.command === 'version') {
    out.write(options.command === 'help' ? `${USAGE}\n` : `statlint ${packageVersion()}\n`);
    return 0;
  }
  if (options.command === 'rules new')
    return writeRuleSkeleton(options.paths[0] ?? DEFAULT_RULE_FILE, options.lang, out, err);
  // `rules test FILE…` tests those files, loaded as the top layers.
  const layers = [
    ...(options.defaultRules ? [BUNDLED_RULES_DIR] : []),
    ...options.rules,
    ...(options.command === 'rules test' ? options.paths : []),
  ];
  const { ruleSet, problems: ruleProblems, failures } = readRuleSet(layers);
  if (options.command === 'rules suggest')
    return runRulesSuggest(options.paths[0], ruleSet.lexicon, options.lang, out, err);
  for (const p of ruleProblems) err.write(`statlint: ${printable(formatRuleProblem(p, options.lang))}\n`);
  if (options.command === 'rules list' || options.command === 'rules test') {
    for (const f of failures) out.write(`! ${ruleFailureLine(f, options.lang)}\n`);
    if (options.command === 'rules list') out.write(formatRulesList(ruleSet));
    const passed = options.command === 'rules list' || (await runRulesTest(ruleSet, options.paths, out, options.lang));
    return ruleProblems.length > 0 ? 2 : passed ? 0 : 1;
  }
  if (options.command === 'crosscheck') {
    for (const f of failures) out.write(`! ${ruleFailureLine(f, options.lang)}\n`);
    const code = await runCrosscheck(ruleSet, options.lang, out, err);
    return ruleProblems.length > 0 ? 2 : code;
  }
  if (options.command === 'accept') return runAccept(options, ruleSet, out, err);
  const { results, problems, crossTable } = await checkFiles(options.paths, {
    ruleSet,
    lang: options.lang,
    reader: options.reader,
    accepted: options.accepted,
    onFile: progress(err),
  });
  for (const p of problems) err.write(`statlint: ${problemText(p, options.lang)}\n`);
  for (const r of results)
    for (const p of r.problems.filter((p) => p.fatal || p.unreadSheet))
      err.write(`statlint: ${problemText(p, options.lang)}\n`);
  if (options.command === 'check' && nothingChecked(results)) err.write(`statlint: ${NOTHING_CHECKED[options.lang]}\n`);
  if (options.outputDir !== undefined && options.command === 'check') {
    const written = writePerWorkbook(
      results,
      crossTable,
      options.outputDir,
      (one, cross) => formatReport(one, options, failures, ruleProblems, cross, ruleSet),
      err,
      options.lang,
      extensionFor(options.format),
    );
    if (!written) return 2;
    out.write(formatText(results, options.lang, failures, crossTable));
  } else {
    const report =
      options.command === 'explain'
        ? formatExplain(results, options.lang, failures, crossTable)
        : formatReport(results, options, failures, ruleProblems, crossTable, ruleSet);
    if (options.output === undefined) out.write(report);
    else if (!write(options.output, report, err, options.lang)) return 2;
  }
  let annotated = true;
  if (options.annotate !== undefined) {
    const { lines, ok } = writeAnnotatedCopies(results, options.annotate, options.lang, crossTable.findings);
    for (const line of lines) err.write(`statlint: ${line}\n`);
    annotated = ok;
  }
  return exitCode(results, ruleProblems.length > 0 || problems.length > 0 || !annotated, crossTable);
}
