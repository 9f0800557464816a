import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sheetSnapshotSchema, type SheetSnapshot } from '../src/core/snapshot';
import { parseCsv, sniffSeparator } from '../src/readers/read-csv';
import { problemLine } from '../src/readers/problem-lines';
import { readWorkbookFile } from '../src/node/read-workbook';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-read-csv-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The cells as text; for a CSV the value is that same string. */
function values(sheet: SheetSnapshot): (string | null)[][] {
  for (const row of sheet.rows) for (const cell of row) if (cell) expect(cell.value).toBe(cell.text);
  return sheet.rows.map((row) => row.map((cell) => (cell === null ? null : cell.text)));
}

async function readOneSheet(path: string): Promise<SheetSnapshot> {
  const wb = await readWorkbookFile(path);
  expect(wb.problems).toEqual([]);
  expect(wb.sheets).toHaveLength(1);
  expect(() => sheetSnapshotSchema.parse(wb.sheets[0])).not.toThrow();
  return wb.sheets[0];
}

const TABLE = '地区,企业数（家）,覆盖率（%）\r\n城关街道,"2,431",87.1%\r\n东城街道,３６,\r\n合计,2467,—\r\n';

describe('encodings', () => {
  test('UTF-8 without BOM: one sheet named after the file, values exactly as typed', async () => {
    const sheet = await readOneSheet(file('覆盖情况.csv', TABLE));
    expect(sheet.name).toBe('覆盖情况');
    expect(sheet.merges).toEqual([]);
    expect(values(sheet)).toEqual([
      ['地区', '企业数（家）', '覆盖率（%）'],
      ['城关街道', '2,431', '87.1%'],
      ['东城街道', '３６'],
      ['合计', '2467', '—'],
    ]);
    expect(sheet.rows[1][1]).toEqual({ value: '2,431', text: '2,431', numFmt: 'General' });
  });

  test('UTF-8 with BOM reads the same', async () => {
    const withBom = await readOneSheet(file('bom.csv', '\ufeff' + TABLE));
    expect(values(withBom)).toEqual(values(await readOneSheet(file('plain.csv', TABLE))));
    expect(withBom.rows[0][0]?.value).toBe('地区');
  });

  test('UTF-16 with BOM (Excel "Unicode text", tab-separated)', async () => {
    const text = '\ufeff地区\t企业数\r\n合计\t311\r\n';
    const sheet = await readOneSheet(file('unicode.txt', Buffer.from(text, 'utf16le')));
    expect(values(sheet)).toEqual([
      ['地区', '企业数'],
      ['合计', '311'],
    ]);
  });

  test('GBK, the ANSI code page of Chinese Windows', async () => {
    // 地区 = B5D8 C7F8, 企业数 = C6F3 D2B5 CAFD, 合计 = BACF BCC6; digits and commas are ASCII.
    const gbk = new Uint8Array([
      0xb5, 0xd8, 0xc7, 0xf8, 0x2c, 0xc6, 0xf3, 0xd2, 0xb5, 0xca, 0xfd, 0x0d, 0x0a, 0xba, 0xcf, 0xbc, 0xc6, 0x2c, 0x33,
      0x31, 0x31, 0x0d, 0x0a,
    ]);
    const sheet = await readOneSheet(file('gbk.csv', gbk));
    expect(values(sheet)).toEqual([
      ['地区', '企业数'],
      ['合计', '311'],
    ]);
  });
});

describe('RFC 4180 quoting', () => {
  test('quoted fields hold separators, doubled quotes and line breaks', async () => {
    const text = '说明,数值\n"党的组织\n覆盖率（%）","87.1"\n"他说""好""",x\n"a,b",\n';
    const sheet = await readOneSheet(file('quoted.csv', text));
    expect(values(sheet)).toEqual([['说明', '数值'], ['党的组织\n覆盖率（%）', '87.1'], ['他说"好"', 'x'], ['a,b']]);
  });

  test('CR, LF and CRLF line ends; a blank line keeps its row', () => {
    expect(parseCsv('a,b\rc,d\n\ne,f\r\n', ',')).toEqual([['a', 'b'], ['c', 'd'], [''], ['e', 'f']]);
    expect(parseCsv('a,b,', ',')).toEqual([['a', 'b', '']]);
  });

  test('a quote left open is read to the end and noted with its line', async () => {
    const path = file('open-quote.csv', '地区,说明\n城关,"未完\n合计,311\n');
    const wb = await readWorkbookFile(path);
    expect(values(wb.sheets[0])).toEqual([
      ['地区', '说明'],
      ['城关', '未完\n合计,311\n'],
    ]);
    expect(wb.problems.map(problemLine)).toEqual([
      `${path}: sheet "open-quote": line 2: a quoted field is not closed; read to the end of the file`,
    ]);
  });
});

describe('separator', () => {
  test.each([
    ['a,b,c\n1,2,3\n', ','],
    ['地区\t企业数\n城关\t"2,431"\n东城\t1,200\n', '\t'],
    ['地区;企业数;覆盖率\n城关;2,5;87,1\n', ';'],
    ['只有一列\n第二行\n', ','],
  ])('%j is split on %j', (text, separator) => {
    expect(sniffSeparator(text)).toBe(separator);
  });

  test('a semicolon file reads with its separator', async () => {
    const sheet = await readOneSheet(file('semicolon.csv', '地区;企业数\n城关;"311;2"\n'));
    expect(values(sheet)).toEqual([
      ['地区', '企业数'],
      ['城关', '311;2'],
    ]);
  });
});

describe('bounds', () => {
  test('a CSV larger than the byte bound, or with more cells than the cell bound, is not read', async () => {
    const path = file('big.csv', 'a,b\n'.repeat(600));
    expect((await readWorkbookFile(path, { maxInflatedBytes: 1024 })).problems.map(problemLine)).toEqual([
      `${path}: is larger than 1 KiB (limit fileBytes); not read`,
    ]);
    expect((await readWorkbookFile(path, { maxCells: 1000 })).problems.map(problemLine)).toEqual([
      `${path}: sheet "big": has more than 1,000 cells (limit cells); not read`,
    ]);
  });
});
