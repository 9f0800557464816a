import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

/**
 * Issue 9's case workbooks: each sheet is written by exceljs twice, clean and with one planted figure, and the CLI
 * checks both for real. A cell may carry Excel's indent or a number format besides its value.
 */

export type CaseValue = string | number | null;
export type CaseCell = CaseValue | { v: CaseValue; indent?: number; numFmt?: string };
export type CaseRow = CaseCell[];

/** A figure shown with so many decimals, as its number format shows it (a rate 6 shown as 6.0). */
export const shownTo = (v: number, decimals: number): CaseCell => ({ v, numFmt: `0.${'0'.repeat(decimals)}` });

export interface CaseSheet {
  name: string;
  rows: CaseRow[];
  /** Merged ranges (`B1:D1`), as a header with parent cells over column groups is typed. */
  merges?: string[];
  /** The cell the planted twin changes, and its planted value. */
  plant: { address: string; value: number };
}

export interface CaseFinding {
  ruleId: string;
  severity: string;
  sheet: string;
  message: string;
  cells: { address: string; suspect: boolean }[];
}

/** Writes one workbook of the sheets (clean, or each with its plant) into a folder (a fresh one) and returns its path. */
export async function writeCaseBook(
  name: string,
  sheets: CaseSheet[],
  planted: boolean,
  dir = mkdtempSync(join(tmpdir(), 'statlint-case-')),
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        const target = ws.getCell(r + 1, c + 1);
        if (typeof cell !== 'object') {
          target.value = cell;
          return;
        }
        target.value = cell.v;
        if (cell.indent !== undefined) target.alignment = { indent: cell.indent };
        if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
      }),
    );
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    if (planted) ws.getCell(sheet.plant.address).value = sheet.plant.value;
  }
  const path = join(dir, `${name}${planted ? '-planted' : ''}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Every finding of a `statlint check --format json` run on the file. */
export async function caseFindings(path: string, ...options: string[]): Promise<CaseFinding[]> {
  const { out } = await runCli('check', path, '--format', 'json', ...options);
  return (JSON.parse(out) as { files: { findings: CaseFinding[] }[] }).files.flatMap((f) => f.findings);
}

/** The error findings of a check of the file, in English. */
export async function errorFindings(path: string): Promise<CaseFinding[]> {
  return (await caseFindings(path, '--lang', 'en')).filter((f) => f.severity === 'error');
}

export const errorsOn = (list: CaseFinding[], sheet: string): CaseFinding[] =>
  list.filter((f) => f.sheet === sheet && f.severity === 'error');

/** The findings that ask the user to look (errors and warnings), not the notes. */
const alarmsOn = (list: CaseFinding[], sheet: string): CaseFinding[] =>
  list.filter((f) => f.sheet === sheet && (f.severity === 'error' || f.severity === 'warning'));

/** The cells the error findings of one sheet mark as suspect, each once. */
export const errorSuspects = (list: CaseFinding[], sheet: string): string[] => [
  ...new Set(errorsOn(list, sheet).flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address))),
];

/**
 * The two assertions every case makes: the clean book has no error or warning finding on any sheet, and on the planted book
 * each sheet's error suspects are exactly its planted cell. Both books are checked with the given options.
 */
export function describeCaseBook(name: string, sheets: CaseSheet[], ...options: string[]): void {
  let clean: CaseFinding[] = [];
  let planted: CaseFinding[] = [];
  beforeAll(async () => {
    clean = await caseFindings(await writeCaseBook(name, sheets, false), ...options);
    planted = await caseFindings(await writeCaseBook(name, sheets, true), ...options);
  }, 60_000);

  for (const sheet of sheets) {
    test(`${sheet.name}: the clean sheet has no error or warning finding`, () => {
      expect(alarmsOn(clean, sheet.name)).toEqual([]);
    });
    test(`${sheet.name}: the plant in ${sheet.plant.address} is found and is the suspect`, () => {
      expect(errorSuspects(planted, sheet.name)).toEqual([sheet.plant.address]);
    });
  }
}
