import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorFindings } from './helpers/case-book';

/**
 * Sums the sheet's own figures confirm although their parts are not a plain run of filled lines next to the total
 * (src/core/inference/sum-evidence.ts, walks.ts, typed-precision.ts, and the rounding base of grid.ts): real
 * workbooks written by exceljs and checked by the statlint command. Each clean table raises no error; its twin with
 * one total changed by about 10 % is reported with the changed cell as the suspect.
 */

const dir = mkdtempSync(join(tmpdir(), 'statlint-inference-sums-'));

type Row = (string | number | null)[];

async function workbook(name: string, rows: Row[], numFmt?: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Table');
  for (const values of rows) {
    const row = sheet.addRow(values);
    if (numFmt)
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = numFmt;
      });
  }
  const file = join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** The rows with the cell at (row, col) set to a new value. */
function planted(rows: Row[], row: number, col: number, value: number): Row[] {
  return rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r));
}

const errors = errorFindings;

/** Every error names the changed cell as its suspect, and at least one is an inferred sum. */
async function expectBlamed(file: string, address: string): Promise<void> {
  const list = await errors(file);
  expect(list.map((f) => f.ruleId)).toContain('inferred/sum');
  for (const f of list) expect(f.cells.filter((c) => c.suspect).map((c) => c.address)).toEqual([address]);
}

const YEARS = ['Item', 2019, 2020, 2021, 2022, 2023, 2024];

describe('a sum with a part that is blank where it is nothing', () => {
  // Exceptional items only in 2024: the total is operating profit + share of joint ventures + exceptional items, the
  // blanks being nothing. Read with the blanks skipped, total = the first two parts would break in 2024.
  const rows: Row[] = [
    YEARS,
    ['Operating profit', 128, 139, 108, 91, 119, 652],
    ['Share of joint ventures', 4, 9, 7, 10, 7, 12],
    ['Exceptional items', null, null, null, null, null, 64],
    ['Total profit', 132, 148, 115, 101, 126, 728],
  ];

  it('raises nothing on the table as published', async () => {
    expect(await errors(await workbook('blank-part.xlsx', rows))).toEqual([]);
  });

  it('blames a total changed in a year without exceptional items', async () => {
    await expectBlamed(await workbook('blank-part-planted.xlsx', planted(rows, 4, 3, 127)), 'D5');
  });
});

describe('a total set apart from its parts by a blank row', () => {
  const rows: Row[] = [
    ['Sales', 'Q1', 'Q2', 'Q3', 'Q4'],
    ['Unit linked', 67448, 40576, 71794, 40746],
    ['Mutual funds', 21672, 13213, 27856, 10580],
    ['Life assurance', 928, 931, 895, 902],
    ['Direct sales', 1919, 1877, 3203, 3150],
    ['Businesses', 339, 351, 308, 317],
    [null, null, null, null, null],
    ['Total sales', 92306, 56948, 104056, 55695],
  ];

  it('raises nothing on the table as published', async () => {
    expect(await errors(await workbook('gap.xlsx', rows))).toEqual([]);
  });

  it('blames the changed total', async () => {
    await expectBlamed(await workbook('gap-planted.xlsx', planted(rows, 7, 2, 62643)), 'C8');
  });
});

describe('a table of counts rounded at random to a multiple of 5', () => {
  // Each figure rounded on its own: a total may differ from the sum of its rounded parts by a few fives. The year in
  // the header and the mistyped total are no multiples of 5; the rounding is still read.
  const rows: Row[] = [
    ['Religion', 'Canada', 'N.L.', 'P.E.I.', 'N.S.', 'N.B.'],
    [null, 2001, null, null, null, null],
    ['Total population', 29639035, 508080, 133385, 897570, 719710],
    ['Catholic', 12936905, 187440, 63265, 328700, 386050],
    ['Protestant', 8654850, 303195, 57080, 438150, 263075],
    ['Orthodox', 479620, 365, 245, 3580, 635],
    ['Other religions', 2667570, 4215, 3850, 20735, 12285],
    ['No religious affiliation', 4900090, 12865, 8950, 106405, 57665],
  ];

  it('raises nothing on the table as published, although its totals are five or ten off their parts', async () => {
    expect(await errors(await workbook('rounded.xlsx', rows))).toEqual([]);
  });

  it('blames a total typed wrong, though it is no multiple of 5', async () => {
    await expectBlamed(await workbook('rounded-planted.xlsx', planted(rows, 2, 2, 558888)), 'C3');
  });
});

describe('amounts typed to the tenth under a format of five decimals', () => {
  // 73.3 − 13.2 = 60.1, published as 60.0: each amount was rounded to the tenth before it was typed.
  const rows: Row[] = [
    YEARS,
    ['Profit before taxation', 106.6, 107.4, 80.4, 73.3, 95.3, 148.2],
    ['Taxation', -22.1, -21, -14.7, -13.2, -17.6, -27.7],
    ['Profit after taxation', 84.5, 86.4, 65.7, 60, 77.7, 120.5],
    ['Earnings per share', 0.45, 0.47, 0.36, 0.33, 0.42, 0.66],
  ];

  it('raises nothing on the table as published', async () => {
    expect(await errors(await workbook('typed.xlsx', rows, '0.00000'))).toEqual([]);
  });

  it('blames a total changed by more than its rounding', async () => {
    await expectBlamed(await workbook('typed-planted.xlsx', planted(rows, 3, 2, 95), '0.00000'), 'C4');
  });
});

describe('a row that says it is the mean of the rows above it', () => {
  const scores = [
    ['Adams', 78, 85, 62, 90, 71],
    ['Baker', 88, 79, 95, 84, 66],
    ['Clark', 92, 70, 81, 77, 89],
    ['Davis', 65, 91, 74, 68, 80],
    ['Evans', 81, 77, 88, 93, 75],
    ['Frank', 73, 86, 69, 79, 94],
  ];
  const mean = (col: number) =>
    Math.round((scores.reduce((s, r) => s + Number(r[col]), 0) / scores.length) * 100) / 100;
  const rows: Row[] = [
    ['Student', 'Quiz 1', 'Quiz 2', 'Quiz 3', 'Midterm', 'Final'],
    ...scores,
    ['Class average', ...[1, 2, 3, 4, 5].map(mean)],
  ];

  it('raises nothing on the sheet as kept', async () => {
    expect(await errors(await workbook('mean-row.xlsx', rows))).toEqual([]);
  });

  it('blames a mean changed by a tenth of itself', async () => {
    const list = await errors(await workbook('mean-row-planted.xlsx', planted(rows, 7, 3, 86.67)));
    expect(list.map((f) => f.ruleId)).toEqual(['inferred/average']);
    expect(list[0].cells.filter((c) => c.suspect).map((c) => c.address)).toEqual(['D8']);
  });
});
