import { checkSheet } from '../core/linter';
import type { Lang, SheetReport } from '../core/report';
import type { RuleSet } from '../core/rules';
import type { ReadProblem } from '../core/snapshot';
import { fatalProblem, readMessages, unreadableMessage } from '../readers/read-problems';
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
    const sheets: SheetReport[] = [];
    const problems: ReadProblem[] = [];
    try {
      const workbook = await readWorkbookFile(file, { reader: options.reader });
      for (const p of workbook.problems) problems.push(p); // a spread of 1,000,000 cell notes overflows the stack
      for (const sheet of workbook.sheets) {
        try {
          sheets.push(await checkSheet(sheet, options.ruleSet, { lang: options.lang }));
        } catch {
          // A sheet that trips the checker (a stack overflow on a pathological layout) costs that sheet only.
          problems.push({ file, sheet: sheet.name, message: readMessages.checkFailed, unreadSheet: 'checkFailed' });
        }
      }
    } catch (e) {
      problems.push(fatalProblem(file, unreadableMessage(e)));
    }
    results.push({ file, sheets, problems });
  }
  return { results, problems };
}
