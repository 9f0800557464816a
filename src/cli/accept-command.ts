import { basename } from 'node:path';
import { acceptFinding } from '../core/accepted';
import type { RuleSet } from '../core/rules';
import { acceptedPathFor, writeAccepted } from '../node/accepted-file';
import { checkFiles } from '../node/check-files';
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
 * `statlint accept WORKBOOK CELL --reason "…"`: checks the workbook, and records every finding that reads the cell
 * as explained, with the values of the cells it reads, beside the workbook (or in --accepted FILE).
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
  const { results, problems } = await checkFiles([workbook], {
    ruleSet,
    lang: options.lang,
    reader: options.reader,
    accepted: options.accepted,
  });
  const result = results[0];
  const fatal = [...problems, ...(result?.problems ?? [])].filter((p) => p.fatal || !result);
  if (!result || fatal.length > 0) {
    for (const p of fatal) err.write(`statlint: ${problemText(p, options.lang)}\n`);
    return 2;
  }
  const found = result.sheets.flatMap((s) =>
    s.sheet === sheet || sheet === undefined
      ? s.findings.filter((f) => f.cells.some((c) => c.address === address)).map((f) => ({ sheet: s.sheet, f }))
      : [],
  );
  if (found.length === 0) {
    err.write(`statlint: ${printable(`${result.file}: ${w.none(cellArg)}`)}\n`);
    return 2;
  }
  const path = options.accepted ?? acceptedPathFor(result.file);
  const now = new Date();
  try {
    writeAccepted(
      path,
      found.map(({ sheet: s, f }) => acceptFinding(basename(result.file), s, f, options.reason as string, now)),
    );
  } catch (e) {
    err.write(
      `statlint: ${printable((e as NodeJS.ErrnoException).code ? `${path}: ${(e as NodeJS.ErrnoException).code}` : (e as Error).message)}\n`,
    );
    return 2;
  }
  out.write(`${printable(w.done(found.length, cellArg, path))}\n`);
  return 0;
}
