import ExcelJS from 'exceljs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeSeedSheets } from '../scripts/samples';
import { a1 } from '../src/core/snapshot';
import {
  FIXTURES,
  SAMPLES,
  fileName,
  tableLayout,
  writeFixture,
  writeWorkbook,
  type FixtureName,
} from './fixtures/build';
import {
  plantedFileSchema,
  type PlantedEntry,
  type StoredValue,
  type TableSpec,
  type WorkbookSpec,
} from './fixtures/spec';

const SEEDS = join(__dirname, '..', 'seeds', 'sheets');

// ------------------------------------------------------------------ reading the files back (no builder code)

interface ReadCell {
  value: StoredValue;
  numFmt: string;
}
/** Sheet name → A1 address → cell; empty cells and the covered cells of merges are absent. */
type Book = Map<string, Map<string, ReadCell>>;

function storedValue(value: ExcelJS.CellValue, where: string): StoredValue {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (
    value &&
    typeof value === 'object' &&
    'formula' in value &&
    typeof value.formula === 'string' &&
    typeof value.result === 'number'
  ) {
    return { formula: value.formula, result: value.result };
  }
  throw new Error(`${where}: unexpected cell value ${JSON.stringify(value)}`);
}

async function readXlsx(path: string): Promise<{ book: Book; merges: Map<string, string[]> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const book: Book = new Map();
  const merges = new Map<string, string[]>();
  workbook.eachSheet((worksheet) => {
    const cells = new Map<string, ReadCell>();
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        cells.set(cell.address, {
          value: storedValue(cell.value, `${path} ${cell.address}`),
          numFmt: cell.numFmt ?? 'General',
        });
      }),
    );
    book.set(worksheet.name, cells);
    merges.set(worksheet.name, [...worksheet.model.merges].sort());
  });
  return { book, merges };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else field += ch;
  }
  return rows;
}

async function readCsvRows(path: string): Promise<string[][]> {
  const bytes = await readFile(path);
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return parseCsv(new TextDecoder(utf8Bom ? 'utf-8' : 'gbk').decode(bytes));
}

/** A CSV's one sheet is named after the file. */
async function readBook(path: string): Promise<Book> {
  if (!path.endsWith('.csv')) return (await readXlsx(path)).book;
  const cells = new Map<string, ReadCell>();
  (await readCsvRows(path)).forEach((row, r) =>
    row.forEach((text, c) => {
      if (text !== '') cells.set(a1(r, c), { value: text, numFmt: 'General' });
    }),
  );
  return new Map([[basename(path, '.csv'), cells]]);
}

// ------------------------------------------------------------------ the figures a cell shows, computed here

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** The number a cell shows and its decimals (null: an exact count, no rounding shown). */
function shown(cell: ReadCell | undefined, where: string): { value: number; decimals: number | null } {
  if (!cell) throw new Error(`${where}: empty`);
  const raw = cell.value;
  if (typeof raw === 'string') {
    const text = raw
      .replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10))
      .replace(/,/g, '')
      .replace(/%$/, '');
    const value = Number(text);
    if (!Number.isFinite(value) || text === '') throw new Error(`${where}: not a number: ${raw}`);
    return { value, decimals: text.includes('.') ? text.split('.')[1].length : null };
  }
  const value = typeof raw === 'number' ? raw : raw.result;
  const format = /^0(?:\.(0+))?(%?)$/.exec(cell.numFmt);
  if (!format) return { value, decimals: null };
  return { value: format[2] ? value * 100 : value, decimals: format[1]?.length ?? 0 };
}

function round(value: number, decimals: number): number {
  return Math.round(Number((value * 10 ** decimals).toPrecision(12))) / 10 ** decimals;
}

/** Every way a clean table could fail to add up; empty when consistent. */
function inconsistencies(cells: Map<string, ReadCell>, table: TableSpec): string[] {
  const layout = tableLayout(table);
  const problems: string[] = [];
  const labels = [table.total.label, ...table.regions.map(([label]) => label)];
  const at = (label: string, key: string) =>
    shown(cells.get(layout.address(label, key)), `${table.sheet} ${label}/${key}`);
  const exact = (label: string, key: string): number => at(label, key).value;

  for (const column of table.columns) {
    if (column.rate) continue;
    const regionSum = table.regions.reduce((sum, [label]) => sum + exact(label, column.key), 0);
    if (Math.abs(regionSum - exact(table.total.label, column.key)) > 1e-9) {
      problems.push(
        `${column.key}: regions add up to ${regionSum}, total shows ${exact(table.total.label, column.key)}`,
      );
    }
    for (const label of labels) {
      const value = exact(label, column.key);
      if (value < 0 || (!column.amount && !Number.isInteger(value)))
        problems.push(`${label}/${column.key}: count ${value}`);
    }
  }

  for (const label of labels) {
    for (const column of table.columns) {
      const d = column.derive;
      if (!d) continue;
      const sum = (keys: string[]): number => keys.reduce((s, key) => s + exact(label, key), 0);
      if (d.kind === 'sum') {
        if (sum(d.parts) !== exact(label, column.key))
          problems.push(`${label}/${column.key}: parts add up to ${sum(d.parts)}`);
        continue;
      }
      const expected =
        d.kind === 'ratio'
          ? (100 * sum(d.part)) / exact(label, d.base)
          : d.kind === 'decline'
            ? (100 * (exact(label, d.from) - exact(label, d.to))) / exact(label, d.from)
            : (100 * (exact(label, d.to) - exact(label, d.from))) / exact(label, d.from);
      const { value, decimals } = at(label, column.key);
      if (decimals === null) problems.push(`${label}/${column.key}: a rate without shown decimals`);
      else if (round(value, decimals) !== round(expected, decimals)) {
        problems.push(`${label}/${column.key}: shows ${value}, counts give ${expected.toFixed(4)}`);
      }
      if (d.kind !== 'growth' && (value < 0 || value > 100))
        problems.push(`${label}/${column.key}: rate ${value} outside 0–100`);
    }
    for (const { col, factor, of } of table.atLeast ?? []) {
      if (exact(label, col) < factor * exact(label, of)) problems.push(`${label}: ${col} < ${factor} × ${of}`);
    }
  }

  for (const figure of table.reported) {
    const { value, decimals } = at(figure.row, figure.col);
    const shownValue = decimals === null ? value : round(value, decimals);
    if (shownValue !== figure.value)
      problems.push(`${figure.row}/${figure.col}: shows ${shownValue}, the article says ${figure.value}`);
  }
  return problems;
}

/** The addresses whose values differ between two sheets. */
function differingCells(clean: Map<string, ReadCell>, twin: Map<string, ReadCell>): string[] {
  const addresses = new Set([...clean.keys(), ...twin.keys()]);
  return [...addresses]
    .filter((address) => JSON.stringify(clean.get(address)?.value) !== JSON.stringify(twin.get(address)?.value))
    .sort();
}

/** Checks that the twin differs from the clean file in exactly the documented cells, with the documented values. */
async function expectPlantedAsDocumented(dir: string, spec: WorkbookSpec, entries: PlantedEntry[]): Promise<void> {
  const clean = await readBook(join(dir, fileName(spec, 'clean')));
  const twin = await readBook(join(dir, fileName(spec, 'planted')));
  const twinSheetName = (name: string): string => (spec.format === 'csv' ? `${name}-planted` : name);
  expect([...twin.keys()]).toEqual([...clean.keys()].map(twinSheetName));
  for (const [sheet, cleanCells] of clean) {
    const twinCells = twin.get(twinSheetName(sheet))!;
    const documented = entries.filter((e) => e.file === fileName(spec, 'planted') && e.sheet === twinSheetName(sheet));
    expect(differingCells(cleanCells, twinCells)).toEqual([...new Set(documented.map((e) => e.cell))].sort());
    for (const entry of documented) {
      expect({ cell: entry.cell, value: cleanCells.get(entry.cell)?.value }).toEqual({
        cell: entry.cell,
        value: entry.was,
      });
      expect({ cell: entry.cell, value: twinCells.get(entry.cell)?.value }).toEqual({
        cell: entry.cell,
        value: entry.planted,
      });
      expect(entry.suspect).toBe(entry.cell);
    }
  }
}

// ------------------------------------------------------------------ tests

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'statlint-samples-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('committed samples', () => {
  test('regenerating them gives the same cell values, formats, merges and files', async () => {
    const regenerated = join(tmp, 'regenerated');
    await writeSeedSheets(regenerated);
    const committedFiles = (await readdir(SEEDS)).sort();
    expect((await readdir(regenerated)).sort()).toEqual(committedFiles);
    for (const file of committedFiles) {
      if (file.endsWith('.xlsx')) {
        expect({ file, ...(await readXlsx(join(regenerated, file))) }).toEqual({
          file,
          ...(await readXlsx(join(SEEDS, file))),
        });
      } else {
        // Text files compare as text, so a failure shows the differing lines; the GBK CSV compares byte for byte.
        const encoding = /\.(md|json)$/.test(file) ? 'utf8' : 'base64';
        expect({ file, text: (await readFile(join(regenerated, file))).toString(encoding) }).toEqual({
          file,
          text: (await readFile(join(SEEDS, file))).toString(encoding),
        });
      }
    }
  });

  test.each(SAMPLES.map((spec) => [spec.name, spec] as const))(
    '%s: every total adds up and every rate agrees with its counts',
    async (_, spec) => {
      const book = await readBook(join(SEEDS, fileName(spec, 'clean')));
      for (const table of spec.tables) {
        const cells = book.get(spec.format === 'csv' ? spec.name : table.sheet);
        expect(cells).toBeDefined();
        expect({ sheet: table.sheet, problems: inconsistencies(cells!, table) }).toEqual({
          sheet: table.sheet,
          problems: [],
        });
      }
    },
  );

  test('the check above catches a wrong count in a planted twin', async () => {
    const spec = SAMPLES[0];
    const book = await readBook(join(SEEDS, fileName(spec, 'planted')));
    expect(inconsistencies(book.get(spec.tables[0].sheet)!, spec.tables[0])).toContain(
      'covered: regions add up to 23316, total shows 23116',
    );
  });

  test('planted.json lists valid entries, and each twin differs from its clean file exactly there', async () => {
    const entries = plantedFileSchema.parse(JSON.parse(await readFile(join(SEEDS, 'planted.json'), 'utf8')));
    expect(entries.length).toBeGreaterThan(0);
    for (const spec of SAMPLES) await expectPlantedAsDocumented(SEEDS, spec, entries);
    const documentedFiles = new Set(entries.map((e) => e.file));
    expect([...documentedFiles].sort()).toEqual(SAMPLES.map((spec) => fileName(spec, 'planted')).sort());
  });

  test('the CSV sample is GBK: it does not decode as UTF-8', async () => {
    const spec = SAMPLES.find((s) => s.format === 'csv')!;
    const bytes = await readFile(join(SEEDS, fileName(spec, 'clean')));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect((await readCsvRows(join(SEEDS, fileName(spec, 'clean'))))[0][0]).toBe(spec.tables[0].title);
  });
});

describe('fixtures', () => {
  const names = Object.keys(FIXTURES) as FixtureName[];

  test.each(names)('%s: the clean variant adds up and the planted variant differs as documented', async (name) => {
    const dir = join(tmp, 'fixtures', name);
    const { path } = await writeFixture(dir, name, 'clean');
    const { planted } = await writeFixture(dir, name, 'planted');
    const spec = FIXTURES[name];
    const book = await readBook(path);
    for (const table of spec.tables) {
      const cells = book.get(spec.format === 'csv' ? spec.name : table.sheet)!;
      expect({ name, problems: inconsistencies(cells, table) }).toEqual({ name, problems: [] });
    }
    expect(planted.length).toBeGreaterThan(0);
    await expectPlantedAsDocumented(dir, spec, planted);
  });

  /** The region and total labels in column A, top to bottom. */
  async function bodyLabels(name: FixtureName): Promise<string[]> {
    const { path } = await writeFixture(join(tmp, 'labels'), name);
    const table = FIXTURES[name].tables[0];
    const known = new Set([table.total.label, ...table.regions.map(([label]) => label)]);
    const cells = (await readBook(path)).get(table.sheet)!;
    return [...cells.entries()].flatMap(([address, { value }]) =>
      /^A\d+$/.test(address) && typeof value === 'string' && known.has(value) ? [value] : [],
    );
  }

  test('total row below the regions, and above them', async () => {
    expect((await bodyLabels('coverage-total-at-bottom')).at(-1)).toBe('全省');
    expect((await bodyLabels('shenyang-total-at-top'))[0]).toBe('合计');
  });

  test('counts typed as text: thousands separators and full-width digits', async () => {
    const thousands = [
      ...(await readBook((await writeFixture(join(tmp, 'text'), 'coverage-text-numbers')).path)).values(),
    ][0];
    expect(thousands.get('B6')).toEqual({ value: '47,414', numFmt: '@' });
    expect(thousands.get('C7')).toEqual({ value: '2,656', numFmt: '@' });
    const fullWidth = [
      ...(await readBook((await writeFixture(join(tmp, 'text'), 'contact-points-full-width')).path)).values(),
    ][0];
    expect(fullWidth.get('B5')).toEqual({ value: '５７９', numFmt: '@' });
  });

  test('CSV with a two-row header has no merges: the parent stands over its first child only', async () => {
    const { path } = await writeFixture(join(tmp, 'csv'), 'coverage-csv');
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await readCsvRows(path);
    expect(rows[3]).toEqual([
      '市',
      '纳入台账管理的非公有制企业数（家）',
      '单独建立党组织（个）',
      '联合党组织',
      '',
      '覆盖企业数（家）',
      '党的组织\n覆盖率（%）',
    ]);
    expect(rows[4]).toEqual(['', '', '', '个数', '覆盖企业数', '', '']);
    expect(rows[6].slice(0, 2)).toEqual(['沈阳市', '10,461']);
  });

  test('a GBK CSV of a fixture table round-trips through the GBK decoder', async () => {
    const spec: WorkbookSpec = { ...FIXTURES['coverage-csv'], name: 'coverage-gbk', encoding: 'gbk' };
    const rows = await readCsvRows(await writeWorkbook(join(tmp, 'gbk'), spec, 'clean'));
    expect(rows).toEqual(await readCsvRows((await writeFixture(join(tmp, 'gbk-utf8'), 'coverage-csv')).path));
  });
});
