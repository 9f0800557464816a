import { existsSync, mkdirSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { annotateWorkbook } from '../annotate/annotate';
import type { CrossFinding } from '../core/cross-table';
import { withFindingsBetween } from '../core/cross-table/as-sheet';
import type { FileResult, Lang } from '../core/report';
import { printable } from '../readers/problem-lines';
import { readRegularFile } from './regular-file';
import { writeProblem } from './write-problems';

/**
 * `statlint check … --annotate OUT_DIR`: for each workbook with findings, its annotated copy in OUT_DIR under the
 * same name (`(2)` added when two inputs share one). The input is read again, read-only; a copy whose path would be
 * an input file's own (OUT_DIR the input's folder, or a link to it) is refused, so an original is never written.
 */

const WORDS = {
  'zh-CN': {
    written: (copy: string, cells: number) => `已写出标注副本 ${copy}（${cells} 个单元格已标色并加批注）`,
    csv: (file: string) => `${file}：CSV 文件不能加批注和底色，未写标注副本`,
    own: (file: string) => `${file}：标注副本会覆盖原文件，已拒绝；请为 --annotate 指定另一个文件夹`,
    failed: (file: string, why: string) => `${file}：未能写出标注副本（${why}）`,
    folder: (dir: string, why: string) => `--annotate ${dir}：无法创建文件夹（${why}）`,
  },
  en: {
    written: (copy: string, cells: number) => `annotated copy written: ${copy} (${cells} cells filled and noted)`,
    csv: (file: string) => `${file}: a CSV file cannot carry notes or fills; no annotated copy written`,
    own: (file: string) =>
      `${file}: the annotated copy would overwrite the original; refused (give --annotate another folder)`,
    failed: (file: string, why: string) => `${file}: the annotated copy could not be written (${why})`,
    folder: (dir: string, why: string) => `--annotate ${dir}: the folder cannot be created (${why})`,
  },
} as const;

/** The path as the file system resolves it (following links), or as given when it does not exist yet. */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Writes the annotated copies; returns one line per workbook for the user and whether every copy was written. */
export function writeAnnotatedCopies(
  results: FileResult[],
  outDir: string,
  lang: Lang,
  cross: CrossFinding[] = [],
): { lines: string[]; ok: boolean } {
  const w = WORDS[lang];
  const withFindings = results.filter(
    (r) => r.sheets.some((s) => s.findings.length > 0) || cross.some((f) => f.cells.some((c) => c.file === r.file)),
  );
  if (withFindings.length === 0) return { lines: [], ok: true };
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    return { lines: [w.folder(printable(outDir), writeProblem(e, lang))], ok: false };
  }
  const inputs = new Set(results.map((r) => realOrResolved(r.file)));
  const used = new Set<string>();
  const lines: string[] = [];
  let ok = true;
  for (const result of withFindings) {
    const file = printable(result.file);
    const extension = extname(result.file).toLowerCase();
    if (extension === '.csv' || extension === '.txt') {
      lines.push(w.csv(file));
      continue;
    }
    const stem = basename(result.file, extname(result.file));
    let target = join(outDir, `${stem}${extension}`);
    for (let n = 2; used.has(target.toLowerCase()); n++) target = join(outDir, `${stem} (${n})${extension}`);
    used.add(target.toLowerCase());
    if (inputs.has(realOrResolved(target))) {
      lines.push(w.own(file));
      ok = false;
      continue;
    }
    const partial = `${target}.${process.pid}.tmp`;
    try {
      const annotated = annotateWorkbook(
        new Uint8Array(readRegularFile(result.file)),
        result.sheets.map((s) => withFindingsBetween(s, result.file, cross, lang)),
        lang,
      );
      // Written beside and renamed, so that an interrupted run leaves no half-written workbook under the real name.
      writeFileSync(partial, annotated.bytes, { flag: 'wx' });
      renameSync(partial, target);
      lines.push(w.written(printable(target), annotated.cells));
    } catch (e) {
      if (existsSync(partial)) unlinkSync(partial);
      lines.push(w.failed(file, writeProblem(e, lang)));
      ok = false;
    }
  }
  return { lines, ok };
}
