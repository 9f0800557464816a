import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellsOf } from './sim-excel/address';
import { simWorkbookFromFile } from './sim-excel/from-xlsx';
import { defaultHostOptions, sheetId, type SimCell, type SimHostOptions, type SimWorkbook } from './sim-excel/model';
import { createSimOffice, type SimOffice } from './sim-excel/office';

/** A cell as Office reports it: text is the value as typed unless given. */
function cell(value: string | number | boolean, extra: Partial<SimCell> = {}): SimCell {
  return { value, text: String(value), numberFormat: 'General', ...extra };
}

function workbook(sheets: Record<string, (SimCell | null)[][]>, options: Partial<SimHostOptions> = {}): SimWorkbook {
  const list = Object.entries(sheets).map(([name, rows], i) => ({
    id: sheetId(i),
    name,
    visibility: 'Visible' as const,
    rows,
    merges: [] as string[],
    conditionalFormats: [],
  }));
  return { sheets: list, activeSheet: list[0].name, options: { ...defaultHostOptions, ...options } };
}

/** 统计 sheet: B2:D4 used, a formula in D4, a merged title B2:D2. */
function statsWorkbook(options: Partial<SimHostOptions> = {}): SimWorkbook {
  const wb = workbook(
    {
      统计: [
        [],
        [null, cell('覆盖情况'), null, null],
        [
          null,
          cell('沈阳市'),
          cell(10461, { text: '10,461', numberFormat: '#,##0' }),
          cell(0.488, { text: '48.8%', numberFormat: '0.0%' }),
        ],
        [null, cell('合计'), cell(10461), cell('#DIV/0!', { formula: '=C4/0', error: true })],
      ],
      空表: [],
    },
    options,
  );
  wb.sheets[0].merges = ['B2:D2'];
  return wb;
}

function errorCode(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e ? String(e.code) : undefined;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}

describe('simulated Excel: loading and syncing', () => {
  let sim: SimOffice;
  beforeEach(() => {
    sim = createSimOffice(statsWorkbook());
  });

  it("throws PropertyNotLoaded, with Office's message, before load + sync, and gives the values after", async () => {
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('统计').getRange('B3:D4').load('values, text');
      let thrown: unknown;
      try {
        void range.values;
      } catch (e) {
        thrown = e;
      }
      expect(errorCode(thrown)).toBe('PropertyNotLoaded');
      expect((thrown as Error).message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      await context.sync();
      expect(range.values).toEqual([
        ['沈阳市', 10461, 0.488],
        ['合计', 10461, '#DIV/0!'],
      ]);
      expect(range.text).toEqual([
        ['沈阳市', '10,461', '48.8%'],
        ['合计', '10461', '#DIV/0!'],
      ]);
      // Loaded: values and text only.
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
    });
  });

  it('accepts load as a string, an array, a select object and a property tree', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('统计');
      const a = sheet.getRange('D3:D4').load(['formulas', 'valueTypes']);
      const b = sheet.getRange('C3').load({ select: 'numberFormat, address' });
      const c = sheet.getRange('B3').load({ rowIndex: true, format: { fill: { color: true } } });
      const d = sheet.getRange('B3').load('format/font/bold');
      await context.sync();
      expect(a.formulas).toEqual([[0.488], ['=C4/0']]);
      expect(a.valueTypes).toEqual([['Double'], ['Error']]);
      expect(b.numberFormat).toEqual([['#,##0']]);
      expect(b.address).toBe('统计!C3');
      expect(c.rowIndex).toBe(2);
      expect(c.format.fill.color).toBe('#FFFFFF');
      expect(d.format.font.bold).toBe(false);
    });
  });

  it('reports values as they were at the sync that loaded them', async () => {
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('统计').getRange('C3').load('values');
      await context.sync();
      sim.inspector.editCell('统计', 'C3', cell(999));
      expect(range.values).toEqual([[10461]]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[999]]);
    });
  });

  it('counts every context.sync call, and round trips only for syncs with queued work', async () => {
    await sim.Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.load('items/name');
      await context.sync();
      await context.sync();
    });
    expect(sim.inspector.counters()).toMatchObject({ syncCount: 3, roundTrips: 1, runCount: 1 });
    // Excel.run sends what is still queued when the batch ends, without a sync call from the add-in.
    await sim.Excel.run((context) => {
      context.workbook.worksheets.getItem('统计').activate();
      return Promise.resolve();
    });
    expect(sim.inspector.counters()).toMatchObject({ syncCount: 3, roundTrips: 2, runCount: 2 });
  });

  it('requires the batch to return a promise', async () => {
    const run = sim.Excel.run as (batch: (context: unknown) => unknown) => Promise<unknown>;
    expect(errorCode(await rejection(run(() => undefined)))).toBe('RunMustReturnPromise');
  });

  it('rejects the sync for a sheet that does not exist, and gives a null object for ...OrNullObject', async () => {
    const error = await rejection(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('没有').load('name');
        await context.sync();
      }),
    );
    expect(errorCode(error)).toBe('ItemNotFound');
    await sim.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('没有').load('name');
      const empty = context.workbook.worksheets.getItem('空表').getUsedRangeOrNullObject(true).load('address');
      const used = context.workbook.worksheets.getItem('统计').getUsedRangeOrNullObject().load('address');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      expect(empty.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe('统计!B2:D4');
    });
  });

  it('starts the used range at the first used cell; valuesOnly leaves out formatted empty cells', async () => {
    const wb = statsWorkbook();
    wb.sheets[0].rows[6] = [null, null, null, null, null, cell('', { text: '', format: { fill: '#FFFF00' } })];
    sim = createSimOffice(wb);
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('统计');
      const all = sheet.getUsedRange().load('address, rowIndex, columnIndex, rowCount, columnCount');
      const values = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect(all.address).toBe('统计!B2:F7');
      expect([all.rowIndex, all.columnIndex, all.rowCount, all.columnCount]).toEqual([1, 1, 6, 5]);
      expect(values.address).toBe('统计!B2:D4');
    });
  });

  it('derives ranges by indexes, cells, offsets, resizing and rows', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('统计');
      const block = sheet.getRangeByIndexes(2, 1, 2, 3);
      const ranges = [
        block.load('address'),
        block.getCell(1, 2).load('address'),
        block.getOffsetRange(1, 1).load('address'),
        block.getResizedRange(-1, 2).load('address'),
        block.getRow(1).load('address'),
        sheet.getRange('A:B').load('address'),
      ];
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        '统计!B3:D4',
        '统计!D4',
        '统计!C4:E5',
        '统计!B3:F3',
        '统计!B4:D4',
        '统计!A:B',
      ]);
    });
    const error = await rejection(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('统计').getRange('B3').getOffsetRange(-5, 0).load('address');
        await context.sync();
      }),
    );
    expect(errorCode(error)).toBe('InvalidArgument');
  });

  it('gives the merged areas of a range, or a null object when it has none', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('统计');
      const merged = sheet.getRange('A1:F9').getMergedAreasOrNullObject().load('address, areaCount');
      const areas = sheet.getRange('A1:F9').getMergedAreasOrNullObject().areas.load('items/address');
      const none = sheet.getRange('B3:D4').getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect(merged.address).toBe('统计!B2:D2');
      expect(merged.areaCount).toBe(1);
      expect(areas.items.map((a) => a.address)).toEqual(['统计!B2:D2']);
      expect(none.isNullObject).toBe(true);
      // Merged cells other than the top left one are empty.
      const title = sheet.getRange('B2:D2').load('values');
      await context.sync();
      expect(title.values).toEqual([['覆盖情况', '', '']]);
    });
  });

  it('fails to list more than 512 merged areas, as Excel documents', async () => {
    const wb = statsWorkbook();
    wb.sheets[0].merges = Array.from({ length: 513 }, (_, i) => `F${i + 1}:G${i + 1}`);
    sim = createSimOffice(wb);
    const error = await rejection(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('统计').getRange('A1:H600').getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    );
    expect(errorCode(error)).toBe('GeneralException');
  });

  it('fails calls the host version lacks with ApiNotFound, and says so through isSetSupported', async () => {
    sim = createSimOffice(statsWorkbook({ requirementSets: { ExcelApi: '1.8' } }));
    expect(sim.Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(sim.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(sim.Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    const error = await rejection(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('统计').getRanges('B3, C4').load('address');
        await context.sync();
      }),
    );
    expect(errorCode(error)).toBe('ApiNotFound');
  });

  it('refuses a sync whose response would pass the payload limit', async () => {
    sim = createSimOffice(statsWorkbook({ payloadLimit: 50 }));
    const error = await rejection(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('统计').getRange('A1:Z20').load('values, text');
        await context.sync();
      }),
    );
    expect(errorCode(error)).toBe('RequestPayloadSizeLimitExceeded');
  });

  it('counts the payload in UTF-8 bytes, as Excel on the web does: Chinese text weighs three bytes a character', async () => {
    const load = () =>
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('统计').getRange('B2:B3').load('text');
        await context.sync();
      });
    sim = createSimOffice(statsWorkbook({ payloadLimit: 1_000_000 }));
    await load();
    const { largestPayload } = sim.inspector.counters();
    const text = await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('统计').getRange('B2:B3').load('text');
      await context.sync();
      return range.text;
    });
    expect(largestPayload).toBe(Buffer.byteLength(JSON.stringify(text), 'utf8'));
    expect(largestPayload).toBeGreaterThan(JSON.stringify(text).length);
    // A limit between the character count and the byte count refuses the read, and counts the refusal.
    sim = createSimOffice(statsWorkbook({ payloadLimit: largestPayload - 1 }));
    expect(errorCode(await rejection(load()))).toBe('RequestPayloadSizeLimitExceeded');
    expect(sim.inspector.counters().payloadRefusals).toBe(1);
  });

  it('refuses conditional formats on a protected sheet (AccessDenied) and still lets it be read', async () => {
    const workbook = statsWorkbook();
    workbook.sheets[0].protected = true;
    sim = createSimOffice(workbook);
    const values = await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('统计').getRange('A1:B2').load('values');
      await context.sync();
      return range.values;
    });
    expect(values.length).toBe(2);
    const error = await rejection(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('统计').getRange('B3').conditionalFormats.add('Custom');
        await context.sync();
      }),
    );
    expect(errorCode(error)).toBe('AccessDenied');
    expect(sim.inspector.conditionalFormats('统计')).toEqual([]);
  });

  it('invalidates the proxies of a finished Excel.run', async () => {
    const range = await sim.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('统计').getRange('B3');
      await context.sync();
      return r;
    });
    range.load('values');
    expect(errorCode(await rejection(range.context.sync()))).toBe('InvalidObjectPath');
  });
});

describe('simulated Excel: areas, selection, events', () => {
  let sim: SimOffice;
  beforeEach(() => {
    sim = createSimOffice(statsWorkbook());
  });

  it('reads getRanges areas and selects them, activating their sheet', async () => {
    sim.inspector.activateSheet('空表');
    await sim.Excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem('统计')
        .getRanges('C3:C4, D4')
        .load('address, areaCount, cellCount');
      const items = areas.areas.load('address');
      areas.select();
      await context.sync();
      expect(areas.address).toBe('统计!C3:C4, 统计!D4');
      expect(areas.areaCount).toBe(2);
      expect(areas.cellCount).toBe(3);
      expect(items.items.map((r) => r.address)).toEqual(['统计!C3:C4', '统计!D4']);
    });
    expect(sim.inspector.selection()).toEqual({ sheet: '统计', address: 'C3:C4,D4' });
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('统计').getRange('B3').select();
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(selected.address).toBe('统计!B3');
      expect(active.name).toBe('统计');
    });
  });

  it('delivers worksheet change events until the handler is removed', async () => {
    const seen: unknown[] = [];
    const registration = await sim.Excel.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add((event) => {
        seen.push([event.worksheetId, event.address, event.source]);
        return Promise.resolve();
      });
      await context.sync();
      return result;
    });
    sim.inspector.editCell('统计', 'C3', cell(1));
    await sim.inspector.whenIdle();
    expect(seen).toEqual([[sheetId(0), 'C3', 'Local']]);
    registration.remove();
    await registration.context.sync();
    sim.inspector.editCell('统计', 'C3', cell(2));
    await sim.inspector.whenIdle();
    expect(seen).toHaveLength(1);
  });

  it('raises onActivated for the sheet that becomes active', async () => {
    const activated: unknown[] = [];
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('空表').onActivated.add((event) => {
        activated.push(event.worksheetId);
        return Promise.resolve();
      });
      await context.sync();
    });
    sim.inspector.activateSheet('空表');
    sim.inspector.activateSheet('统计');
    await sim.inspector.whenIdle();
    expect(activated).toEqual([sheetId(1)]);
  });
});

describe('simulated Excel: conditional formats', () => {
  let sim: SimOffice;
  beforeEach(() => {
    const wb = statsWorkbook();
    wb.sheets[0].conditionalFormats = [
      {
        id: '{USER}',
        type: 'CellValue',
        ranges: ['C3:C4'],
        priority: 0,
        stopIfTrue: false,
        style: { fontColor: '#9C0006' },
        source: { operator: 'greaterThan' },
      },
    ];
    sim = createSimOffice(wb);
  });

  it("adds a custom format on top of the user's, stores its rule and style, and deletes only it", async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('统计');
      const cf = sheet.getRanges('C3:C4, D4').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=TRUE';
      cf.custom.format.fill.color = '#F4A6AC';
      cf.custom.format.font.color = '#750B1C';
      cf.custom.format.font.bold = true;
      cf.custom.format.borders.top.style = 'Continuous';
      cf.custom.format.borders.getItem('EdgeBottom').color = '#C50F1F';
      await context.sync();
    });
    const [added, user] = sim.inspector.conditionalFormats('统计');
    expect(added).toEqual({
      id: expect.any(String) as string,
      type: 'Custom',
      ranges: ['C3:C4', 'D4'],
      priority: 0,
      stopIfTrue: false,
      formula: '=TRUE',
      style: {
        fill: '#F4A6AC',
        fontColor: '#750B1C',
        bold: true,
        borders: { EdgeTop: { style: 'Continuous' }, EdgeBottom: { style: 'Continuous', color: '#C50F1F' } },
      },
    });
    expect(cellsOf(added.ranges)).toEqual(['C3', 'C4', 'D4']);
    expect(user).toMatchObject({ id: '{USER}', priority: 1 });

    await sim.Excel.run(async (context) => {
      const formats = context.workbook.worksheets
        .getItem('统计')
        .getRange()
        .conditionalFormats.load('items/type, items/id');
      const count = context.workbook.worksheets.getItem('统计').getRange('D4').conditionalFormats.getCount();
      await context.sync();
      expect(formats.items.map((f) => f.type)).toEqual(['Custom', 'CellValue']);
      expect(count.value).toBe(1);
      const rule = formats.items[0].custom.rule.load('formula');
      await context.sync();
      expect(rule.formula).toBe('=TRUE');
      formats.items[0].delete();
      await context.sync();
    });
    expect(sim.inspector.conditionalFormats('统计')).toEqual([
      {
        id: '{USER}',
        type: 'CellValue',
        ranges: ['C3:C4'],
        priority: 0,
        stopIfTrue: false,
        style: { fontColor: '#9C0006' },
        source: { operator: 'greaterThan' },
      },
    ]);
  });

  it('gives ClientResult values only after sync, and reads custom parts of a non-custom format as an error', async () => {
    await sim.Excel.run(async (context) => {
      const count = context.workbook.worksheets.getItem('统计').getRange().conditionalFormats.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }) as Error);
      await context.sync();
      expect(count.value).toBe(1);
    });
    const error = await rejection(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem('统计')
          .getRange()
          .conditionalFormats.getItemAt(0)
          .custom.rule.load('formula');
        await context.sync();
      }),
    );
    expect(errorCode(error)).toBe('InvalidOperation');
  });

  it("clearAll takes the range out of every format (the user's too)", async () => {
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('统计').getRange('C4').conditionalFormats.clearAll();
      await context.sync();
    });
    expect(sim.inspector.conditionalFormats('统计')[0].ranges).toEqual(['C3']);
  });

  it("records a change to a cell's own format, so a test can catch an add-in that paints cells", async () => {
    const before = sim.inspector.workbook().sheets[0].rows[2][2];
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('统计').getRange('C3').format.fill.color = '#FF0000';
      await context.sync();
    });
    const after = sim.inspector.workbook().sheets[0].rows[2][2];
    expect(before?.format).toBeUndefined();
    expect(after?.format).toEqual({ fill: '#FF0000' });
  });
});

describe('simulated Excel: workbook from an .xlsx file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sim-excel-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads values, displayed text, formulas, merges, the cells' own formats and the user's conditional formats", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('覆盖');
    ws.mergeCells('A1:C1');
    ws.getCell('A1').value = '统计表';
    ws.getCell('A2').value = '沈阳市';
    ws.getCell('B2').value = 10461;
    ws.getCell('B2').numFmt = '#,##0';
    ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('C2').value = { formula: 'B2/20000', result: 0.52305 };
    ws.getCell('C2').numFmt = '0.0%';
    ws.getCell('C2').font = { bold: true, color: { argb: 'FF0000FF' } };
    ws.getCell('C2').border = { bottom: { style: 'medium', color: { argb: 'FFFF0000' } } };
    ws.getCell('C3').value = { error: '#DIV/0!' };
    ws.getCell('A4').border = { top: { style: 'dotted' } };
    ws.addConditionalFormatting({
      ref: 'B2:B3',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['B2>100'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
        },
      ],
    });
    const path = join(dir, 'book.xlsx');
    await wb.xlsx.writeFile(path);

    const model = await simWorkbookFromFile(path);
    const [sheet] = model.sheets;
    expect(sheet.name).toBe('覆盖');
    expect(sheet.merges).toEqual(['A1:C1']);
    expect(sheet.rows[1][1]).toEqual({
      value: 10461,
      text: '10,461',
      numberFormat: '#,##0',
      format: { fill: '#FFFF00' },
    });
    expect(sheet.rows[1][2]).toEqual({
      value: 0.52305,
      text: '52.3%',
      numberFormat: '0.0%',
      formula: '=B2/20000',
      format: {
        fontColor: '#0000FF',
        bold: true,
        borders: { EdgeBottom: { style: 'Continuous', weight: 'Medium', color: '#FF0000' } },
      },
    });
    expect(sheet.rows[2][2]).toMatchObject({ value: '#DIV/0!', text: '#DIV/0!', error: true });
    expect(sheet.rows[3][0]).toEqual({
      value: '',
      text: '',
      numberFormat: 'General',
      format: { borders: { EdgeTop: { style: 'Dot', weight: 'Thin' } } },
    });
    expect(sheet.conditionalFormats).toEqual([
      {
        id: expect.any(String) as string,
        type: 'Custom',
        ranges: ['B2:B3'],
        priority: 0,
        stopIfTrue: false,
        formula: '=B2>100',
        style: { fill: '#FFC7CE' },
      },
    ]);

    // And the host serves it as Office.js would.
    const sim = createSimOffice(model);
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('覆盖').getRange('A1:C3').load('values, text, formulas');
      await context.sync();
      expect(range.values).toEqual([
        ['统计表', '', ''],
        ['沈阳市', 10461, 0.52305],
        ['', '', '#DIV/0!'],
      ]);
      expect(range.text[1]).toEqual(['沈阳市', '10,461', '52.3%']);
      expect(range.formulas[1][2]).toBe('=B2/20000');
    });
  });

  it('names the file in a one-line error when it cannot be read', async () => {
    const path = join(dir, 'missing.xlsx');
    await expect(simWorkbookFromFile(path)).rejects.toThrow(path);
  });
});
