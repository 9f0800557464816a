import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../src/core/linter';
import type { Finding } from '../../src/core/report';
import { loadRuleSet } from '../../src/core/rules';
import { bundledVocabularyFile } from '../../src/node/rule-files';
import type { Cell, Merge, SheetSnapshot } from '../../src/core/snapshot';
import { CellBudget, CellTexts, SheetBuilder } from '../../src/readers/sheet-builder';
import { ExcelWorkbookHost, type OfficeApi } from '../../src/office/excel-host';
import { planChunks } from '../../src/office/read-plan';
import { renderTable } from '../fixtures/build';
import type { TableSpec } from '../fixtures/spec';
import { PROVINCE_COVERAGE } from '../fixtures/tables';
import { sheetFromRows } from '../helpers/sheet';
import { simWorkbookFromSnapshot } from '../sim-excel/from-xlsx';
import type { SimWorkbook } from '../sim-excel/model';
import { createSimOffice, type SimOffice } from '../sim-excel/office';
import { actualMarks, expectedMarks } from './marks';

/**
 * The Office.js adapter against the simulated host on a 50,000-row sheet: reading costs one `context.sync` per chunk
 * of the adapter's read plan (plus one for the used range), and highlighting a bounded number whatever the number of
 * findings. The sync counts are printed; nothing here is timed.
 */

const REGIONS = 50_000;
/** Every PLANT_EVERY-th region has a wrong covered-enterprises figure. */
const PLANT_EVERY = 100;

/** The province coverage table with 50,000 regions (consistent by construction) and a plant every 100 rows. */
function bigTable(): TableSpec {
  const regions: [string, ...number[]][] = Array.from({ length: REGIONS }, (_, i) => [
    `区域${i + 1}`,
    1000 + (i % 97),
    300 + (i % 13),
    50 + (i % 7),
    120 + (i % 11),
  ]);
  const plants = regions
    .filter((_, i) => i % PLANT_EVERY === 7)
    .map(([label]) => ({
      row: label,
      col: 'covered',
      value: 1,
      rule: 'covered-equals-own-plus-joint' as const,
      note: 'planted',
    }));
  return { ...PROVINCE_COVERAGE, regions, cellStyles: [], reported: [], plants };
}

/** The sheet as the Node readers build snapshots (same text formatting), without writing a file. */
function snapshotOf(table: TableSpec): SheetSnapshot {
  const rendered = renderTable(table, true);
  const builder = new SheetBuilder(rendered.name, new CellBudget(Number.MAX_SAFE_INTEGER), new CellTexts());
  rendered.rows.forEach((cells, row) =>
    cells.forEach((cell, col) => {
      if (!cell) return;
      const { value, numFmt } = cell;
      if (typeof value === 'object') builder.add(row, col, value.result, numFmt, value.formula);
      else builder.add(row, col, value, numFmt);
    }),
  );
  for (const merge of rendered.merges) builder.merge(merge);
  return builder.build();
}

function officeApiOf(sim: SimOffice): OfficeApi {
  return {
    run: (batch) => sim.Excel.run(batch as never),
    isSetSupported: (name, version) => sim.Office.context.requirements.isSetSupported(name, version),
  };
}

/** A row without its trailing empty cells: readers may or may not pad a row to the used range's width. */
function trimmed(cells: (Cell | null)[] | undefined): (Cell | null)[] {
  let end = cells?.length ?? 0;
  while (end > 0 && !cells?.[end - 1]) end--;
  return cells?.slice(0, end) ?? [];
}

/** Row by row as JSON (a deep comparison of 350,000 cells is slow), showing the first row that differs. */
function expectSameRows(actual: (Cell | null)[][], expected: (Cell | null)[][]): void {
  const length = Math.max(actual.length, expected.length);
  for (let r = 0; r < length; r++) {
    const [a, e] = [trimmed(actual[r]), trimmed(expected[r])];
    if (JSON.stringify(a) !== JSON.stringify(e)) expect({ row: r + 1, cells: a }).toEqual({ row: r + 1, cells: e });
  }
}

const mergeKeys = (merges: Merge[]) => merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();

describe('Office adapter on a 50,000-row sheet in the simulated host', () => {
  let sheet: SheetSnapshot;
  let findings: Finding[];

  beforeAll(async () => {
    sheet = snapshotOf(bigTable());
    const dir = join(__dirname, '..', '..', 'rules');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.rules.json'))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    findings = (await checkSheet(sheet, loadRuleSet(files, bundledVocabularyFile()).ruleSet, { lang: 'zh-CN' }))
      .findings;
  }, 120_000);

  function workbook(excelApi: string): SimWorkbook {
    return simWorkbookFromSnapshot(
      { file: 'generated', sheets: [sheet], problems: [] },
      { requirementSets: { ExcelApi: excelApi } },
    );
  }

  it('has many findings to mark', () => {
    expect(findings.length).toBeGreaterThanOrEqual(REGIONS / PLANT_EVERY);
  });

  it.each(['1.17', '1.7'])('ExcelApi %s: one sync per chunk to read, a bounded number to mark', async (excelApi) => {
    const sim = createSimOffice(workbook(excelApi));
    const host = new ExcelWorkbookHost(officeApiOf(sim));
    const state = sim.host.sheetByKey(sheet.name);
    const used = state && sim.host.usedRect(state, true);
    if (!used) throw new Error('the generated sheet has no used range');
    const chunks = planChunks(used.bottom - used.top + 1, used.right - used.left + 1).length;

    const read = await host.readSheet(sheet.name);
    const reading = sim.inspector.counters();
    expectSameRows(read.rows, sheet.rows);
    // Merged areas come with the chunks where ExcelApi 1.13 has them.
    expect(mergeKeys(read.merges)).toEqual(excelApi === '1.17' ? mergeKeys(sheet.merges) : []);
    // One sync for the used range's extent, then one per chunk: the first chunk as planned, the later ones sized by
    // the bytes really read (fewer than the estimate's plan for figures), each response under the limit.
    expect(reading.syncCount).toBeLessThanOrEqual(1 + chunks);
    expect(reading.payloadRefusals).toBe(0);
    expect(reading.largestPayload).toBeLessThanOrEqual(5_000_000);

    const few = findings.slice(0, 3);
    const syncsToMark = async (list: Finding[]) => {
      sim.inspector.resetCounters();
      const formats = await host.markFindings(sheet.name, list);
      const { syncCount, roundTrips } = sim.inspector.counters();
      const marked = [{ name: sheet.name, conditionalFormats: sim.inspector.conditionalFormats(sheet.name) }];
      expect(Object.fromEntries(actualMarks(marked, new Set()))).toEqual(Object.fromEntries(expectedMarks(list)));
      return { syncCount, roundTrips, formats };
    };
    const syncsToClear = async () => {
      sim.inspector.resetCounters();
      await host.clearMarks();
      expect(sim.inspector.conditionalFormats(sheet.name)).toEqual([]);
      return sim.inspector.counters().syncCount;
    };
    const markFewFresh = await syncsToMark(few);
    const clearFew = await syncsToClear();
    const markAllFresh = await syncsToMark(findings);
    const replaceAllByFew = await syncsToMark(few);
    const replaceFewByAll = await syncsToMark(findings);
    const clearAll = await syncsToClear();

    expect(markAllFresh.syncCount).toBe(markFewFresh.syncCount);
    expect(replaceFewByAll.syncCount).toBe(replaceAllByFew.syncCount);
    // Replacing marks: the old marks' types, their rule formulas, then the deletes and adds together.
    expect(replaceFewByAll.syncCount).toBeLessThanOrEqual(3);
    expect(clearAll).toBe(clearFew);
    console.log(
      `ExcelApi ${excelApi}, ${read.rows.length} rows × ${used.right - used.left + 1} columns, ${findings.length} findings: ` +
        `read ${reading.syncCount} syncs (the estimate planned ${chunks} chunks + 1), largest response ${reading.largestPayload} bytes, ${reading.roundTrips} round trips; ` +
        `mark ${few.length} findings (${markFewFresh.formats} conditional formats) or ${findings.length} findings ` +
        `(${markAllFresh.formats} conditional formats): ${markAllFresh.syncCount} syncs on a clean sheet, ` +
        `${replaceFewByAll.syncCount} syncs replacing marks (${replaceFewByAll.roundTrips} round trips); clear ${clearAll} syncs`,
    );
  });

  it('reads a sheet of more merged areas than Excel lists (512) with one more sync, leaving merges to the layout reader', async () => {
    const rows = 600;
    const merged = sheetFromRows(
      '合并',
      Array.from({ length: rows }, (_, r) => [`第${r + 1}行`, undefined, r]),
      Array.from({ length: rows }, (_, r) => ({ top: r, left: 0, bottom: r, right: 1 })),
    );
    const sim = createSimOffice(simWorkbookFromSnapshot({ file: 'generated', sheets: [merged], problems: [] }));
    const read = await new ExcelWorkbookHost(officeApiOf(sim)).readSheet('合并');
    expectSameRows(read.rows, merged.rows);
    expect(read.merges).toEqual([]);
    // The used range, the chunk that failed on its merged areas, the same chunk again without them.
    expect(planChunks(rows, 3)).toHaveLength(1);
    expect(sim.inspector.counters().syncCount).toBe(3);
  });
});
