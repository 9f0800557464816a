import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

/**
 * Clean and planted twins of a fixture workbook (issue 9's numbered cases): the same sheets written twice by exceljs,
 * the planted twin with one cell changed per sheet, both checked through the CLI as a user would.
 */

export type Row = (string | number | null)[];

export interface TwinSheet {
  name: string;
  rows: Row[];
  /** Merged ranges (`B1:D1`), as a header with parent cells over column groups is typed. */
  merges?: string[];
  /** The cell the planted twin changes, and its planted value. */
  plant: { address: string; value: number };
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  sheet: string;
  message: string;
  cells: { address: string; suspect: boolean }[];
}

export async function writeTwin(dir: string, name: string, sheets: TwinSheet[], planted: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row) => ws.addRow(row));
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    if (planted) ws.getCell(sheet.plant.address).value = sheet.plant.value;
  }
  const path = join(dir, `${name}${planted ? '-planted' : ''}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function findingsOf(path: string, ...options: string[]): Promise<JsonFinding[]> {
  const { out } = await runCli('check', path, '--format', 'json', ...options);
  return (JSON.parse(out) as { files: { findings: JsonFinding[] }[] }).files.flatMap((f) => f.findings);
}

/** The suspect cells of a sheet's error findings, each once. */
export const errorSuspects = (list: JsonFinding[], sheet: string): string[] => [
  ...new Set(
    list
      .filter((f) => f.sheet === sheet && f.severity === 'error')
      .flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address)),
  ),
];

export const errorsOf = (list: JsonFinding[]): string[] =>
  list.filter((f) => f.severity === 'error').map((f) => `${f.sheet}: ${f.ruleId} ${f.message}`);

/** Writes both twins into a fresh folder and checks them. */
export async function checkTwins(
  name: string,
  sheets: TwinSheet[],
): Promise<{ dir: string; clean: JsonFinding[]; planted: JsonFinding[] }> {
  const dir = mkdtempSync(join(tmpdir(), `statlint-${name}-`));
  const clean = await findingsOf(await writeTwin(dir, name, sheets, false));
  const planted = await findingsOf(await writeTwin(dir, name, sheets, true));
  return { dir, clean, planted };
}
