import { basename } from 'node:path';
import { applyAccepted } from '../core/accepted';
import { checkAcrossTables, type CrossTableReport, type WorkbookInput } from '../core/cross-table';
import { checkSheet } from '../core/linter';
import type { Lang, SheetReport } from '../core/report';
import type { RuleSet } from '../core/rules';
import type { ReadProblem, SheetSnapshot } from '../core/snapshot';
import { fatalProblem, readMessages, unreadableMessage } from '../readers/read-problems';
import { acceptedPathFor, readAccepted } from './accepted-file';
import { findInputFiles, readWorkbookFile } from './read-workbook';

/** What checking one file gives: every sheet's report, and what could not be read. */
export interface FileResult {
  file: string;
  sheets: SheetReport[];
  problems: ReadProblem[];
  /** The sheets as read, for reports that show them (HTML). */
  snapshots?: SheetSnapshot[];
}

export interface CheckFilesOptions {
  ruleSet: RuleSet;
  lang: Lang;
  reader?: 'lean' | 'exceljs';
  /** Explained findings from this file instead of the one beside each workbook. */
  accepted?: string;
  /** Called before each file is read, for a progress line. */
  onFile?: (file: string, index: number, count: number) => void;
}

/**
 * Finds the workbooks under the given paths and checks every sheet of each (a bad file never stops the rest), then
 * the relations between tables over all of them, and marks the findings a reviewer explained.
 */
export async function checkFiles(
  paths: string[],
  options: CheckFilesOptions,
): Promise<{ results: FileResult[]; problems: ReadProblem[]; crossTable: CrossTableReport }> {
  const { files, problems } = findInputFiles(paths);
  const results: FileResult[] = [];
  const workbooks: WorkbookInput[] = [];
  for (const [index, file] of files.entries()) {
    options.onFile?.(file, index, files.length);
    const sheets: SheetReport[] = [];
    const problems: ReadProblem[] = [];
    let snapshots: SheetSnapshot[] = [];
    try {
      const workbook = await readWorkbookFile(file, { reader: options.reader });
      problems.push(...workbook.problems);
      snapshots = workbook.sheets;
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
    try {
      applyAccepted(basename(file), sheets, readAccepted(options.accepted ?? acceptedPathFor(file)));
    } catch (e) {
      problems.push({ file, message: (e as Error).message });
    }
    results.push({ file, sheets, problems, snapshots });
    workbooks.push({ file, sheets: snapshots.filter((s) => sheets.some((r) => r.sheet === s.name)), reports: sheets });
  }
  const crossTable = checkAcrossTables(workbooks, options.ruleSet.crossTable ?? [], options.ruleSet.measures, options.lang);
  return { results, problems, crossTable };
}
