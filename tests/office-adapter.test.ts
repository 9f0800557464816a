/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';
import { officeApiOverMock } from './helpers/office-mock';

// office-addin-mock reads only the OfficeApp enum from office-addin-manifest, whose other modules are ES modules
// jest cannot require: hand it that one self-contained file.
jest.mock('office-addin-manifest', () => jest.requireActual<object>('office-addin-manifest/lib/officeApp'));
import { ExcelWorkbookHost, type OfficeApi, type ReadProgress } from '../src/office/excel-host';
import { chunkCells, mergesFromAddress } from '../src/office/range-cells';
import {
  chunkRowCount,
  DEFAULT_READ_BUDGET,
  isPayloadTooLarge,
  payloadBytes,
  planChunks,
  rowsForMeasuredBytes,
  utf8Length,
  type ReadBudget,
} from '../src/office/read-plan';
import { simWorkbookFromSnapshot } from './sim-excel/from-xlsx';
import { createSimOffice } from './sim-excel/office';
import { sheetFromRows } from './helpers/sheet';
import { a1 } from '../src/core/snapshot';

/** The parts of office-addin-mock's untyped context these tests reach into. */
interface MockContext {
  sync: () => Promise<void>;
  workbook: { worksheets: { sheet: MockSheet } };
}
interface MockSheet {
  usedRange: { isNullObject: boolean };
  chunks: Record<string, { merged: { isNullObject: boolean }; getMergedAreasOrNullObject: () => unknown }>;
}
const mockSheet = (mock: OfficeMockObject): MockSheet => (mock.context as MockContext).workbook.worksheets.sheet;

/** A chunk as Excel would answer `getRangeByIndexes(...).load('values,text,numberFormat,formulas')`. */
interface ChunkData {
  values: unknown[][];
  text: string[][];
  numberFormat: string[][];
  formulas: unknown[][];
  /** RangeAreas address of the chunk's merged areas; null when it has none (a null object). */
  merged: string | null;
  /** Excel's indent level of each cell (getCellProperties); 0 throughout when absent. */
  indents?: number[][];
}

interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * A workbook with one sheet whose used range is `used` and whose chunks answer by index key. office-addin-mock
 * returns an error string (not an exception) for a property read before load + sync, so every assertion on the
 * snapshot also checks that the adapter loaded what it reads.
 */
function mockWorkbook(used: UsedRange | null, chunks: Record<string, ChunkData>, supported: string[]) {
  const calls = {
    ranges: [] as string[],
    mergedAreas: 0,
    cellProperties: 0,
    syncs: 0,
    usedValuesOnly: [] as unknown[],
  };
  const chunkMocks = Object.fromEntries(
    Object.entries(chunks).map(([key, c]) => [
      key,
      {
        values: c.values,
        text: c.text,
        numberFormat: c.numberFormat,
        formulas: c.formulas,
        merged: { address: c.merged ?? '' },
        getMergedAreasOrNullObject() {
          calls.mergedAreas++;
          return this.merged;
        },
        getCellProperties() {
          calls.cellProperties++;
          const level = (r: number, col: number) => c.indents?.[r]?.[col] ?? 0;
          return { value: c.values.map((row, r) => row.map((_, col) => ({ format: { indentLevel: level(r, col) } }))) };
        },
      },
    ]),
  );
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            usedRange: used ?? { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 },
            chunks: chunkMocks,
            getUsedRangeOrNullObject(valuesOnly: boolean) {
              calls.usedValuesOnly.push(valuesOnly);
              return this.usedRange;
            },
            getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
              const key = `${row},${col},${rows},${cols}`;
              calls.ranges.push(key);
              if (!this.chunks[key]) throw new Error(`unexpected range ${key}`);
              return this.chunks[key];
            },
          },
          getItem(name: string) {
            if (name !== 'Sheet1') throw new Error(`no sheet ${name}`);
            return this.sheet;
          },
        },
      },
    },
  });
  // isNullObject is set by Excel on sync, not loaded; the mock takes it as a plain field.
  const sheet = mockSheet(mock);
  sheet.usedRange.isNullObject = used === null;
  for (const [key, c] of Object.entries(chunks)) sheet.chunks[key].merged.isNullObject = c.merged === null;
  const office = officeApiOverMock(mock, supported, calls);
  return { mock, office, calls };
}

/** Budget of 6 cells a chunk: a 3-column range reads 2 rows per round trip. */
const SMALL_BUDGET: ReadBudget = { maxCells: 6, maxBytes: 1_000_000, bytesPerCell: 1 };

/** Used range B3:D7 (rows 3–7, columns B–D), read in chunks of 2, 2 and 1 rows. */
const USED: UsedRange = { rowIndex: 2, columnIndex: 1, rowCount: 5, columnCount: 3 };
const CHUNKS: Record<string, ChunkData> = {
  '2,1,2,3': {
    values: [
      ['地区', '企业数', '覆盖率'],
      ['甲县', 120, 0.875],
    ],
    text: [
      ['地区', '企业数', '覆盖率'],
      ['甲县', '120', '87.5%'],
    ],
    numberFormat: [
      ['General', 'General', 'General'],
      ['General', '0', '0.0%'],
    ],
    formulas: [
      ['地区', '企业数', '覆盖率'],
      ['甲县', 120, 0.875],
    ],
    merged: 'Sheet1!B3:B4, Sheet1!C3:D3',
  },
  '4,1,2,3': {
    values: [
      ['乙县', '', '#DIV/0!'],
      ['', true, 0.5],
    ],
    text: [
      ['乙县', '', '#DIV/0!'],
      ['', 'TRUE', '50.0%'],
    ],
    numberFormat: [
      ['General', 'General', '0.0%'],
      ['General', 'General', '0.0%'],
    ],
    formulas: [
      ['乙县', '', '=C6/0'],
      ['', true, '=C7/2'],
    ],
    // Excel reports a merge crossing into this chunk again: read once.
    merged: 'Sheet1!B3:B4',
    indents: [
      [1, 0, 0],
      [2, 0, 0],
    ],
  },
  '6,1,1,3': {
    values: [['合计', 120, '']],
    text: [['合计', '120', '']],
    numberFormat: [['General', '#,##0', 'General']],
    formulas: [['合计', '=SUM(C4:C6)', '=""']],
    merged: null,
  },
};

describe('chunk sizing', () => {
  it('reads floor(budget / columns) rows per chunk, the budget set by the estimated payload', () => {
    const cells = Math.floor(DEFAULT_READ_BUDGET.maxBytes / DEFAULT_READ_BUDGET.bytesPerCell);
    expect(cells).toBeLessThanOrEqual(DEFAULT_READ_BUDGET.maxCells);
    expect(chunkRowCount(30)).toBe(Math.floor(cells / 30));
    expect(chunkRowCount(30)).toBe(1041);
    expect(chunkRowCount(16384)).toBe(1);
  });

  it('takes the cell limit when it is the smaller one, and never fewer than one row', () => {
    expect(chunkRowCount(7, { maxCells: 1000, maxBytes: 1e12, bytesPerCell: 100 })).toBe(142);
    expect(chunkRowCount(5000, { maxCells: 1000, maxBytes: 1e12, bytesPerCell: 100 })).toBe(1);
    expect(chunkRowCount(0)).toBeGreaterThan(0);
  });

  it('keeps every chunk under 5 MB and 5,000,000 cells and covers each row once', () => {
    for (const [rows, cols] of [
      [2500, 30],
      [1_048_576, 16],
      [1, 16384],
      [100_000, 200],
    ]) {
      const chunks = planChunks(rows, cols);
      expect(chunks.reduce((n, c) => n + c.rowCount, 0)).toBe(rows);
      chunks.forEach((c, i) => {
        expect(c.rowOffset).toBe(i === 0 ? 0 : chunks[i - 1].rowOffset + chunks[i - 1].rowCount);
        expect(c.rowCount * cols * DEFAULT_READ_BUDGET.bytesPerCell).toBeLessThanOrEqual(5_000_000);
        expect(c.rowCount * cols).toBeLessThanOrEqual(5_000_000);
      });
    }
    expect(planChunks(2500, 30).map((c) => c.rowCount)).toEqual([1041, 1041, 418]);
    expect(planChunks(0, 30)).toEqual([]);
  });
});

describe('chunks sized in bytes', () => {
  it('counts UTF-8 bytes, not characters: a Chinese character is three, an emoji four', () => {
    expect(utf8Length('合计')).toBe(6);
    expect(utf8Length('a1,')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('备注'.repeat(100))).toBe(Buffer.byteLength('备注'.repeat(100), 'utf8'));
    expect(payloadBytes([[['区域一', 12]], [['区域一', '12']]])).toBe(
      Buffer.byteLength('[["区域一",12]][["区域一","12"]]', 'utf8'),
    );
  });

  it('sizes the next chunk by the bytes a row really weighed, within the cell limit, at least one row', () => {
    expect(rowsForMeasuredBytes(2000, 4)).toBe(Math.floor(DEFAULT_READ_BUDGET.maxBytes / 2000));
    expect(rowsForMeasuredBytes(10, 4)).toBe(DEFAULT_READ_BUDGET.maxCells / 4);
    expect(rowsForMeasuredBytes(10_000_000, 4)).toBe(1);
  });

  it('recognises the payload refusal of Office by its code', () => {
    expect(isPayloadTooLarge({ code: 'RequestPayloadSizeLimitExceeded', message: '' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'GeneralException' })).toBe(false);
    expect(isPayloadTooLarge(new Error('The request payload size has exceeded the limit.'))).toBe(true);
  });

  it('reads a chunk Excel refuses for its size again at half the rows, then sizes chunks by the bytes read', async () => {
    const note = '说明'.repeat(50);
    const sheet = sheetFromRows('长文本', [
      ['地区', '数量', '备注'],
      ...Array.from({ length: 400 }, (_, i) => [`区域${i + 1}`, i, note]),
    ]);
    const sim = createSimOffice(
      simWorkbookFromSnapshot({ file: 'generated', sheets: [sheet], problems: [] }, { payloadLimit: 230_000 }),
    );
    const office: OfficeApi = { run: (batch) => sim.Excel.run(batch as never), isSetSupported: () => true };
    // A budget whose estimate reads all 400 rows at once (values, texts, formats, formulas and each cell's indent):
    // over the 230 KB limit, which half of them stay within.
    const host = new ExcelWorkbookHost(office, { maxCells: 200_000, maxBytes: 150_000, bytesPerCell: 100 });
    const progress: number[] = [];
    const read = await host.readSheet('长文本', (p) => progress.push(p.rowsRead));
    expect(read.rows.map((r) => r[2]?.text ?? null).filter((t) => t === note)).toHaveLength(400);
    const { payloadRefusals, largestPayload } = sim.inspector.counters();
    expect(payloadRefusals).toBe(1);
    expect(largestPayload).toBeLessThanOrEqual(230_000);
    // 401 rows: half of them after the refusal, then chunks of what 150 KB holds at the measured weight.
    expect(progress[0]).toBe(201);
    expect(progress[progress.length - 1]).toBe(401);
  });
});

describe('range cells', () => {
  it('parses merged-area addresses, quoted sheet names with commas included', () => {
    expect(mergesFromAddress("Sheet1!A1:C1, 'a,b''s'!B2:B4,Sheet1!$D$5:$E$6")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 4, left: 3, bottom: 5, right: 4 },
    ]);
    expect(mergesFromAddress('')).toEqual([]);
  });

  it('keeps a formula that returns "" as a cell and drops a plain empty cell', () => {
    const rows = chunkCells({
      values: [['', '']],
      text: [['', '']],
      numberFormat: [['General', '']],
      formulas: [['', '=""']],
    });
    expect(rows).toEqual([[null, { value: '', text: '', numFmt: 'General', formula: '""' }]]);
  });
});

describe('ExcelWorkbookHost.readSheet', () => {
  it('reads the used range in chunks, one sync each, into the core snapshot at the sheet rows and columns', async () => {
    const { office, calls } = mockWorkbook(USED, CHUNKS, ['1.7', '1.9', '1.13']);
    const progress: ReadProgress[] = [];
    const snapshot = await new ExcelWorkbookHost(office, SMALL_BUDGET).readSheet('Sheet1', (p) => progress.push(p));

    expect(calls.usedValuesOnly).toEqual([true]);
    expect(calls.ranges).toEqual(['2,1,2,3', '4,1,2,3', '6,1,1,3']);
    expect(calls.syncs).toBe(4); // the used range, then one per chunk (merged areas ride along)
    expect(calls.mergedAreas).toBe(3);
    expect(calls.cellProperties).toBe(3); // each chunk's indents in the same sync
    expect(progress.map((p) => p.rowsRead)).toEqual([2, 4, 5]);
    expect(progress.every((p) => p.rowCount === 5 && p.sheet === 'Sheet1')).toBe(true);

    expect(snapshot.name).toBe('Sheet1');
    expect(snapshot.rows).toHaveLength(7);
    expect(snapshot.rows[0]).toEqual([]);
    expect(snapshot.rows[1]).toEqual([]);
    expect(snapshot.rows[2][0]).toBeNull();
    expect(snapshot.rows[2][1]).toEqual({ value: '地区', text: '地区', numFmt: 'General' });
    expect(snapshot.rows[3][3]).toEqual({ value: 0.875, text: '87.5%', numFmt: '0.0%' });
    expect(snapshot.rows[3][2]).toEqual({ value: 120, text: '120', numFmt: '0' });
    expect(snapshot.rows[4][2]).toBeNull();
    expect(snapshot.rows[4][3]).toEqual({
      value: { error: '#DIV/0!' },
      text: '#DIV/0!',
      numFmt: '0.0%',
      formula: 'C6/0',
    });
    expect(snapshot.rows[5][1]).toBeNull();
    expect(snapshot.rows[5][2]).toEqual({ value: true, text: 'TRUE', numFmt: 'General' });
    expect(snapshot.rows[6][2]).toEqual({
      value: 120,
      text: '120',
      numFmt: '#,##0',
      formula: 'SUM(C4:C6)',
    });
    expect(snapshot.rows[6][3]).toEqual({ value: '', text: '', numFmt: 'General', formula: '""' });
    expect(snapshot.rows.flat().filter((c) => c !== null)).toHaveLength(13); // 15 cells, C5 and B6 empty
    // B5's indent is kept; the one Excel reports for the empty B6 makes no cell.
    const indented = snapshot.rows.flatMap((row, r) =>
      row.flatMap((c, col) => (c?.indent ? [[a1(r, col), c.indent]] : [])),
    );
    expect(indented).toEqual([['B5', 1]]);

    expect(snapshot.merges).toEqual([
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 3 },
    ]);
  });

  it('leaves merges to the layout reader where ExcelApi 1.13 is missing', async () => {
    const { office, calls } = mockWorkbook(USED, CHUNKS, ['1.7', '1.9']);
    const snapshot = await new ExcelWorkbookHost(office, SMALL_BUDGET).readSheet('Sheet1');
    expect(calls.mergedAreas).toBe(0);
    expect(calls.syncs).toBe(4);
    expect(snapshot.merges).toEqual([]);
    expect(snapshot.rows[6][2]?.formula).toBe('SUM(C4:C6)');
  });

  it('reads a chunk again without merged areas when Excel refuses them (over 512 merges)', async () => {
    const { mock, office, calls } = mockWorkbook(USED, CHUNKS, ['1.13']);
    let refuse = false;
    for (const key of Object.keys(CHUNKS)) {
      const chunk = mockSheet(mock).chunks[key];
      const merged = chunk.merged;
      chunk.getMergedAreasOrNullObject = () => {
        calls.mergedAreas++;
        refuse = true;
        return merged;
      };
    }
    const context = mock.context as MockContext;
    const counted = context.sync;
    context.sync = async () => {
      if (refuse) {
        refuse = false;
        calls.syncs++;
        throw new Error('GeneralException');
      }
      await counted();
    };
    const snapshot = await new ExcelWorkbookHost(office, SMALL_BUDGET).readSheet('Sheet1');
    expect(calls.mergedAreas).toBe(1); // given up after the first refusal
    expect(calls.syncs).toBe(5);
    expect(snapshot.merges).toEqual([]);
    expect(snapshot.rows[3][3]?.value).toBe(0.875);
  });

  it('returns an empty snapshot for an empty sheet after one sync', async () => {
    const { office, calls } = mockWorkbook(null, {}, ['1.13']);
    const snapshot = await new ExcelWorkbookHost(office).readSheet('Sheet1');
    expect(snapshot).toEqual({ name: 'Sheet1', rows: [], merges: [] });
    expect(calls.syncs).toBe(1);
    expect(calls.ranges).toEqual([]);
  });
});

describe('ExcelWorkbookHost.selectCells', () => {
  function selectionMock(supported: string[]) {
    const selected: string[] = [];
    const activated: string[] = [];
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem(name: string) {
              return {
                activate: () => activated.push(name),
                getRanges: (address: string) => ({ select: () => selected.push(`areas:${address}`) }),
                getRange: (address: string) => ({ select: () => selected.push(`range:${address}`) }),
              };
            },
          },
        },
      },
    });
    const office: OfficeApi = {
      run: (batch) => batch(mock.context as Excel.RequestContext),
      isSetSupported: (_name, version) => supported.includes(version),
    };
    return { host: new ExcelWorkbookHost(office), selected, activated };
  }

  it('activates the sheet and selects exactly the cells where ExcelApi 1.9 has getRanges', async () => {
    const { host, selected, activated } = selectionMock(['1.9']);
    await host.selectCells('表一', ['C5', 'C9', 'E5']);
    expect(activated).toEqual(['表一']);
    expect(selected).toEqual(['areas:C5,C9,E5']);
  });

  it('selects the bounding range without ExcelApi 1.9', async () => {
    const { host, selected } = selectionMock(['1.7']);
    await host.selectCells('表一', ['C5', 'C9', 'E5']);
    expect(selected).toEqual(['range:C5:E9']);
  });
});
