import { writeFileSync } from 'node:fs';
import type { Lang } from '../core/report';
import { formatRuleProblem } from '../core/rules';
import { checkFiles, type FileResult } from '../node/check-files';
import { problemLine } from '../readers/read-problems';
import { readRuleSet } from '../node/rule-files';
import { runCrosscheck } from './crosscheck';
import { formatCsv } from './formatters/csv';
import { formatExplain } from './formatters/explain';
import { formatJson } from './formatters/json';
import { formatText } from './formatters/text';

const USAGE = `usage:
  statlint check FILE_OR_DIR... [--rules PATH]... [--format text|json|csv] [--output FILE] [--lang zh-CN|en] [--reader lean|exceljs]
  statlint explain FILE_OR_DIR... [--rules PATH]... [--lang zh-CN|en] [--output FILE]
  statlint crosscheck [--rules PATH]... [--lang zh-CN|en]

exit status: 0 no error-severity finding; 1 error findings; 2 a file or rule file could not be read`;

export interface CliOptions {
  command: string;
  paths: string[];
  rules: string[];
  format: 'text' | 'json' | 'csv';
  /** Where the report goes instead of standard output. */
  output?: string;
  lang: Lang;
  reader: 'lean' | 'exceljs';
}

/** Parses the command line; throws a one-line message for anything it does not understand. */
export function parseArgs(argv: string[]): CliOptions {
  const [command, ...rest] = argv;
  if (!command || !['check', 'explain', 'crosscheck'].includes(command)) throw new Error(command ? `unknown command "${command}"` : 'no command given');
  const options: CliOptions = { command, paths: [], rules: [], format: 'text', lang: 'zh-CN', reader: 'lean' };
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--rules') options.rules.push(value());
    else if (flag === '--format') options.format = oneOf(flag, value(), ['text', 'json', 'csv'] as const);
    else if (flag === '--output') options.output = value();
    else if (flag === '--lang') options.lang = oneOf(flag, value(), ['zh-CN', 'en'] as const);
    else if (flag === '--reader') options.reader = oneOf(flag, value(), ['lean', 'exceljs'] as const);
    else if (flag.startsWith('-')) throw new Error(`unknown option "${flag}"`);
    else options.paths.push(arg);
  }
  if (command !== 'crosscheck' && options.paths.length === 0) throw new Error(`${command} needs at least one file or folder`);
  return options;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

/** A one-line progress indicator on a terminal, only when there are several files. */
function progress(stream: NodeJS.WriteStream): ((file: string, index: number, count: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (file, index, count) => {
    if (count < 5) return;
    stream.write(`\r\x1b[K[${index + 1}/${count}] ${file}`);
    if (index + 1 === count) stream.write('\r\x1b[K');
  };
}

function exitCode(results: FileResult[], unreadable: boolean): number {
  if (unreadable || results.some((r) => r.problems.some((p) => p.fatal))) return 2;
  return results.some((r) => r.sheets.some((s) => s.findings.some((f) => f.severity === 'error'))) ? 1 : 0;
}

function formatReport(results: FileResult[], options: CliOptions): string {
  if (options.format === 'json') return formatJson(results);
  if (options.format === 'csv') return formatCsv(results, options.lang);
  return formatText(results, options.lang);
}

export async function main(argv: string[], out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    err.write(`statlint: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { ruleSet, problems: ruleProblems } = readRuleSet(options.rules.length > 0 ? options.rules : undefined);
  for (const p of ruleProblems) err.write(`statlint: ${formatRuleProblem(p)}\n`);
  if (options.command === 'crosscheck') {
    const code = await runCrosscheck(ruleSet, options.lang, out, err);
    return ruleProblems.length > 0 ? 2 : code;
  }
  const { results, problems } = await checkFiles(options.paths, { ruleSet, lang: options.lang, reader: options.reader, onFile: progress(err) });
  for (const p of problems) err.write(`statlint: ${problemLine(p)}\n`);
  for (const r of results) for (const p of r.problems.filter((p) => p.fatal)) err.write(`statlint: ${problemLine(p)}\n`);
  const report = options.command === 'explain' ? formatExplain(results) : formatReport(results, options);
  if (options.output === undefined) out.write(report);
  else {
    try {
      writeFileSync(options.output, report, 'utf8');
    } catch (e) {
      err.write(`statlint: ${options.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
  }
  return exitCode(results, ruleProblems.length > 0 || problems.length > 0);
}
