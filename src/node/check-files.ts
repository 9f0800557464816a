import { checkSheet } from '../core/linter';
import type { Lang, SheetReport } from '../core/report';
import type { RuleSet } from '../core/rules';
import type { ReadProblem } from '../core/snapshot';
import { findInputFiles, readWorkbookFile } from './read-workbook';

/** What checking one file gives: every sheet's report, and what could not be read. */
export interface FileResult {
  file: string;
  sheets: SheetReport[];
  problems: ReadProblem[];
}

export interface CheckFilesOptions {
  ruleSet: RuleSet;
  lang: Lang;
  reader?: 'lean' | 'exceljs';
  /** Called before each file is read, for a progress line. */
  onFile?: (file: string, index: number, count: number) => void;
}

/** Finds the workbooks under the given paths and checks every sheet of each; a bad file never stops the rest. */
export async function checkFiles(paths: string[], options: CheckFilesOptions): Promise<{ results: FileResult[]; problems: ReadProblem[] }> {
  const { files, problems } = findInputFiles(paths);
  const results: FileResult[] = [];
  for (const [index, file] of files.entries()) {
    options.onFile?.(file, index, files.length);
    const workbook = await readWorkbookFile(file, { reader: options.reader });
    const sheets: SheetReport[] = [];
    for (const sheet of workbook.sheets) sheets.push(await checkSheet(sheet, options.ruleSet, { lang: options.lang }));
    results.push({ file, sheets, problems: workbook.problems });
  }
  return { results, problems };
}
