import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseFindings, writeCaseBook, type CaseFinding, type CaseSheet } from './case-book';

/**
 * Clean and planted twins of a fixture workbook (issue 9's numbered cases) checked in one folder, for cases that
 * look at both twins' findings together; the workbooks are written as case-book.ts writes them.
 */

export type TwinSheet = CaseSheet;
export type JsonFinding = CaseFinding;
export { errorSuspects } from './case-book';

export const errorsOf = (list: JsonFinding[]): string[] =>
  list.filter((f) => f.severity === 'error').map((f) => `${f.sheet}: ${f.ruleId} ${f.message}`);

/** Writes both twins into a fresh folder and checks them. */
export async function checkTwins(
  name: string,
  sheets: TwinSheet[],
): Promise<{ dir: string; clean: JsonFinding[]; planted: JsonFinding[] }> {
  const dir = mkdtempSync(join(tmpdir(), `statlint-${name}-`));
  const clean = await caseFindings(await writeCaseBook(name, sheets, false, dir));
  const planted = await caseFindings(await writeCaseBook(name, sheets, true, dir));
  return { dir, clean, planted };
}
