import { basename, dirname, resolve } from 'node:path';
import { acceptFinding } from '../core/accepted';
import type { RuleSet } from '../core/rules';
import { acceptedPathFor, writeAccepted } from '../node/accepted-file';
import { checkFiles } from '../node/check-files';
import { notWritten } from '../node/write-problems';
import { printable, problemText } from '../readers/problem-lines';
import type { CliOptions } from './main';

const words = {
  'zh-CN': {
    badCell: (cell: string) => `“${cell}”不是单元格地址（应如 B12 或 汇总!B12）`,
    none: (cell: string) => `${cell} 不在任何发现中，无需核实`,
    done: (n: number, cell: string, path: string) =>
      `已核实 ${n} 条涉及 ${cell} 的发现，记录于 ${path}；单元格数值改变后将重新列为待核对`,
  },
  en: {
    badCell: (cell: string) => `"${cell}" is not a cell address (such as B12 or 汇总!B12)`,
    none: (cell: string) => `${cell} is in no finding; nothing to explain`,
    done: (n: number, cell: string, path: string) =>
      `${n} finding${n === 1 ? '' : 's'} on ${cell} marked explained, kept in ${path}; they come back when the cells' values change`,
  },
} as const;

/**
 * `statlint accept WORKBOOK CELL --reason "…" [FILE_OR_DIR...]`: checks the workbook with the other tables (its folder
 * when none are named), and records every finding that reads the cell, within or between tables, as explained, with
 * the values of the cells it reads, beside the workbook (or in --accepted FILE).
 */
export async function runAccept(
  options: CliOptions,
  ruleSet: RuleSet,
  out: NodeJS.WriteStream,
  err: NodeJS.WriteStream,
): Promise<number> {
  const w = words[options.lang];
  const [workbook, cellArg] = options.paths;
  const m = /^(?:(.+)!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(cellArg.trim());
  if (!m) {
    err.write(`statlint: ${printable(w.badCell(cellArg))}\n`);
    return 2;
  }
  const sheet = m[1]?.replace(/^'(.*)'$/, '$1');
  const address = `${m[2].toUpperCase()}${m[3]}`;
  // Findings between tables need the other tables: those named after the cell, else the workbook's folder.
  const others = options.paths.slice(2);
  const { results, problems, crossTable } = await checkFiles(
    others.length > 0 ? [workbook, ...others] : [dirname(workbook)],
    {
      ruleSet,
      lang: options.lang,
      reader: options.reader,
      accepted: options.accepted,
    },
  );
  const result = results.find((r) => resolve(r.file) === resolve(workbook));
  const fatal = [
    ...problems.filter((p) => p.file !== undefined && resolve(p.file) === resolve(workbook)),
    ...(result?.problems ?? []),
  ].filter((p) => p.fatal || !result);
  if (!result || fatal.length > 0) {
    for (const p of fatal) err.write(`statlint: ${problemText(p, options.lang)}\n`);
    if (!result && fatal.length === 0) err.write(`statlint: ${printable(`${workbook}: ${w.none(cellArg)}`)}\n`);
    return 2;
  }
  const now = new Date();
  const name = basename(result.file);
  const within = result.sheets.flatMap((s) =>
    s.sheet === sheet || sheet === undefined
      ? s.findings
          .filter((f) => f.cells.some((c) => c.address === address))
          .map((f) => acceptFinding(name, s.sheet, f, options.reason as string, now))
      : [],
  );
  const between = [...crossTable.findings, ...(crossTable.explained ?? [])].flatMap((f) => {
    const cell = f.cells.find(
      (c) =>
        resolve(c.file) === resolve(result.file) && c.address === address && (sheet === undefined || c.sheet === sheet),
    );
    return cell ? [acceptFinding(name, cell.sheet, f, options.reason as string, now)] : [];
  });
  const found = [...within, ...between];
  if (found.length === 0) {
    err.write(`statlint: ${printable(`${result.file}: ${w.none(cellArg)}`)}\n`);
    return 2;
  }
  const path = options.accepted ?? acceptedPathFor(result.file);
  try {
    writeAccepted(path, found);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ? notWritten(path, e, options.lang) : (e as Error).message;
    err.write(`statlint: ${printable(why)}\n`);
    return 2;
  }
  out.write(`${printable(w.done(found.length, cellArg, path))}\n`);
  return 0;
}
