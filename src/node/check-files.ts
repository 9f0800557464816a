import { basename } from 'node:path';
import { applyAccepted, applyAcceptedAcross, type AcceptedEntry } from '../core/accepted';
import { checkAcrossTables, crossPhrase, type CrossTableReport, type WorkbookInput } from '../core/cross-table';
import { checkSheet } from '../core/linter';
import { spanOf } from '../core/continuation';
import type { FileResult, Lang, SheetReport } from '../core/report';
import type { RuleSet } from '../core/rules';
import type { ReadProblem, SheetSnapshot } from '../core/snapshot';
import { fatalProblem, readMessages, unreadableMessage } from '../readers/read-problems';
import { acceptedPathFor, readAccepted } from './accepted-file';
import { findInputFiles, readWorkbookFile } from './read-workbook';

export interface CheckFilesOptions {
  ruleSet: RuleSet;
  lang: Lang;
  reader?: 'lean' | 'exceljs';
  /** Explained findings from this file instead of the one beside each workbook. */
  accepted?: string;
  /** Cells kept across files for the checks between tables (default RETAINED_CELLS). */
  retainedCells?: number;
  /** Called before each file is read, for a progress line. */
  onFile?: (file: string, index: number, count: number) => void;
}

/**
 * Sheets are kept after checking (for the checks between tables and the HTML report) up to this many cells in all;
 * beyond it they are let go as before, so that a huge folder costs no more memory than it used to.
 */
export const RETAINED_CELLS = 5_000_000;

const cellCount = (sheets: SheetSnapshot[]) =>
  sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r?.length ?? 0), 0), 0);

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
  let retained = 0;
  const explanations: AcceptedEntry[] = [];
  for (const [index, file] of files.entries()) {
    options.onFile?.(file, index, files.length);
    const sheets: SheetReport[] = [];
    const problems: ReadProblem[] = [];
    let snapshots: SheetSnapshot[] = [];
    try {
      const workbook = await readWorkbookFile(file, { reader: options.reader });
      for (const p of workbook.problems) problems.push(p); // a spread of 1,000,000 cell notes overflows the stack
      snapshots = workbook.sheets;
      for (const [i, sheet] of workbook.sheets.entries()) {
        try {
          const span = spanOf(workbook.sheets, i, options.ruleSet.lexicon);
          sheets.push(await checkSheet(sheet, options.ruleSet, { lang: options.lang, ...span }));
        } catch {
          // A sheet that trips the checker (a stack overflow on a pathological layout) costs that sheet only.
          problems.push({ file, sheet: sheet.name, message: readMessages.checkFailed, unreadSheet: 'checkFailed' });
        }
      }
    } catch (e) {
      problems.push(fatalProblem(file, unreadableMessage(e)));
    }
    try {
      const entries = readAccepted(options.accepted ?? acceptedPathFor(file));
      applyAccepted(basename(file), sheets, entries);
      explanations.push(...entries);
    } catch (e) {
      problems.push({ file, message: (e as Error).message });
    }
    retained = retained < 0 ? retained : retained + cellCount(snapshots);
    if (retained > (options.retainedCells ?? RETAINED_CELLS)) {
      retained = -1;
      for (const r of results) r.snapshots = undefined;
      workbooks.length = 0;
    }
    results.push({ file, sheets, problems, ...(retained >= 0 ? { snapshots } : {}) });
    if (retained >= 0)
      workbooks.push({
        file,
        sheets: snapshots.filter((s) => sheets.some((r) => r.sheet === s.name)),
        reports: sheets,
      });
  }
  if (retained < 0) {
    const skipped = crossPhrase(options.lang, 'tooLarge', { n: options.retainedCells ?? RETAINED_CELLS });
    return { results, problems, crossTable: { findings: [], notes: [skipped], skipped } };
  }
  const crossTable = checkAcrossTables(
    workbooks,
    options.ruleSet.crossTable ?? [],
    options.ruleSet.measures,
    options.ruleSet.lexicon,
    options.lang,
  );
  applyAcceptedAcross(crossTable, explanations);
  return { results, problems, crossTable };
}
