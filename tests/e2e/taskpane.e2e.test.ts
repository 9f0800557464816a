import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CellFix } from '../../src/core/cell-fixes';
import { checkAcrossTables } from '../../src/core/cross-table';
import { withFindingsBetween } from '../../src/core/cross-table/as-sheet';
import { checkSheet } from '../../src/core/linter';
import type { Finding, SheetReport } from '../../src/core/report';
import type { RuleSet } from '../../src/core/rules';
import { formatCellText } from '../../src/core/format';
import { a1, parseA1, type SheetSnapshot } from '../../src/core/snapshot';
import { plantedFileSchema } from '../fixtures/spec';
import { writeContinuedBook } from '../fixtures/continued';
import { writeLedgerWorkbook } from '../fixtures/two-levels';
import { simWorkbookFromFile } from '../sim-excel/from-xlsx';
import type { ConditionalFormatModel, SimWorkbook } from '../sim-excel/model';
import type { SimInspector } from '../sim-excel/office';
import { t } from '../../src/taskpane/locale';
import { actualMarks, expectedMarks } from './marks';
import {
  browserUnavailable,
  bundledRuleSet,
  counters,
  OUTPUT,
  paneError,
  readBook,
  SEEDS,
  shownCards,
  simWorkbook,
  startPaneBrowser,
  waitIdle as paneIdle,
  type PaneBrowser,
  type ShownCard,
} from './pane-browser';

/**
 * The built task pane in headless Chromium over the simulated Excel host: for every sample workbook, "Check all
 * sheets" must show one card per suspect cell with exactly the core's cell fixes in Node and every finding the core
 * gives, highlight exactly their cells with conditional formats only, take the cursor to the suspect cell when a card
 * is clicked, and leave every cell as it was after "Clear".
 */

const unavailable = browserUnavailable();
if (unavailable) console.warn(`taskpane.e2e: skipped: ${unavailable}`);
const describeBrowser = unavailable ? describe.skip : describe;

const SAMPLES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

/** What the core finds in Node, sheet by sheet. */
async function nodeReports(sheets: SheetSnapshot[], ruleSet: RuleSet): Promise<SheetReport[]> {
  const reports: SheetReport[] = [];
  for (const sheet of sheets) reports.push(await checkSheet(sheet, ruleSet, { lang: 'zh-CN' }));
  return reports;
}

const byPlace = (a: ShownCard, b: ShownCard) =>
  a.sheet.localeCompare(b.sheet) || a.address.localeCompare(b.address) || a.message.localeCompare(b.message);

/** The cards the pane should show for the cell fixes (sorted, as the pane puts errors before warnings). */
function expectedCards(reports: SheetReport[]): ShownCard[] {
  return reports
    .flatMap((r) => r.cellFixes.map((fix: CellFix) => ({ sheet: r.sheet, address: fix.address, message: fix.message })))
    .sort(byPlace);
}

/** Every finding the pane shows, as sheet|message: in a card's relations, or as a card of its own. */
async function shownFindingMessages(page: Page): Promise<string[]> {
  const listed = await page.$$eval('[data-finding]', (elements) =>
    elements.map((e) => `${e.getAttribute('data-sheet')}|${e.querySelector('.finding-message')?.textContent ?? ''}`),
  );
  const alone = await page.$$eval('[data-card]:not([data-address])', (elements) =>
    elements.map((e) => `${e.getAttribute('data-sheet')}|${e.querySelector('[data-fix]')?.textContent ?? ''}`),
  );
  return [...new Set([...listed, ...alone])].sort();
}

const findingMessages = (findings: Finding[]) => [...new Set(findings.map((f) => `${f.sheet}|${f.message}`))].sort();

/** The user's conditional formats, priority aside (the add-in's go on top while they are shown). */
function userFormats(
  workbook: SimWorkbook,
  ids: Set<string>,
): Record<string, Omit<ConditionalFormatModel, 'priority'>[]> {
  return Object.fromEntries(
    workbook.sheets.map((s) => [
      s.name,
      s.conditionalFormats.filter((cf) => ids.has(cf.id)).map(({ priority: _p, ...rest }) => rest),
    ]),
  );
}

/** Every cell (value, text, number format, formula, own format) and merge as in the original, reported by address. */
function expectSameCells(actual: SimWorkbook, original: SimWorkbook): void {
  expect(actual.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
  original.sheets.forEach((sheet, i) => {
    const now = actual.sheets[i];
    expect(now.merges).toEqual(sheet.merges);
    const rows = Math.max(sheet.rows.length, now.rows.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(sheet.rows[r]?.length ?? 0, now.rows[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const where = `${sheet.name}!${a1(r, c)}`;
        expect({ where, cell: now.rows[r]?.[c] ?? null }).toEqual({ where, cell: sheet.rows[r]?.[c] ?? null });
      }
    }
  });
}

async function waitIdle(page: Page): Promise<void> {
  await paneIdle(page);
  expect(await paneError(page)).toBe('');
}

/** A planted sample with the user's own fills, fonts, borders and two conditional formats on cells the add-in marks. */
async function writeUserFormatsFixture(dir: string): Promise<string> {
  const source = 'liaoning-coverage-planted.xlsx';
  const planted = plantedFileSchema
    .parse(JSON.parse(readFileSync(join(SEEDS, 'planted.json'), 'utf8')))
    .filter((p) => p.file === source);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(SEEDS, source));
  for (const { sheet, suspect } of planted) {
    const cell = workbook.getWorksheet(sheet)?.getCell(suspect);
    if (!cell) throw new Error(`${source}: no sheet ${sheet}`);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    cell.font = { bold: true, color: { argb: 'FF0070C0' } };
    cell.border = { bottom: { style: 'double', color: { argb: 'FF00B050' } } };
  }
  const [first, second] = workbook.worksheets;
  first.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  first.addConditionalFormatting({
    ref: 'B6:G19',
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: ['B6>5000'],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
      },
    ],
  });
  second.addConditionalFormatting({
    ref: 'B5:B20',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        priority: 1,
        formulae: ['40'],
        style: { font: { italic: true, color: { argb: 'FF9C0006' } } },
      },
    ],
  });
  const path = join(dir, 'user-formats.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describeBrowser('task pane in Chromium over the simulated Excel host', () => {
  let pane: PaneBrowser;
  let tmp: string;
  let ruleSet: RuleSet;
  let fixturePath: string;
  let screenshotTaken = false;

  beforeAll(async () => {
    pane = await startPaneBrowser('pane-samples');
    tmp = await mkdtemp(join(tmpdir(), 'statlint-e2e-'));
    ruleSet = bundledRuleSet();
    fixturePath = await writeUserFormatsFixture(tmp);
  }, 300_000);

  afterAll(async () => {
    await pane?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const openPane = (workbook: SimWorkbook) => pane.openPane(workbook);

  /** Opens the pane over `path`, checks all sheets, and verifies findings, marks, selection and clearing. */
  async function checkWorkbook(path: string, excelApi: '1.17' | '1.7' = '1.17'): Promise<void> {
    const original = await simWorkbookFromFile(path, { requirementSets: { ExcelApi: excelApi } });
    const reports = await nodeReports((await readBook(path)).sheets, ruleSet);
    const expected = reports.flatMap((r) => r.findings);
    const userIds = new Set(original.sheets.flatMap((s) => s.conditionalFormats.map((cf) => cf.id)));
    const { page, errors } = await openPane(original);
    try {
      await page.evaluate(() => (window.__SIM__ as SimInspector).resetCounters());
      await page.click('#check-all');
      await waitIdle(page);
      const checked = await counters(page);

      // One card per suspect cell with the core's cell fix in Node, and every finding of the core.
      expect((await shownCards(page)).filter((c) => c.address !== '').sort(byPlace)).toEqual(expectedCards(reports));
      expect(await shownFindingMessages(page)).toEqual(findingMessages(expected));

      // Marks on exactly the findings' cells, in their style; nothing else changed.
      const marked = await simWorkbook(page);
      expect(Object.fromEntries(actualMarks(marked.sheets, userIds))).toEqual(
        Object.fromEntries(expectedMarks(expected)),
      );
      expect(userFormats(marked, userIds)).toEqual(userFormats(original, userIds));
      expectSameCells(marked, original);

      if (!screenshotTaken && expected.length > 0) {
        await page.screenshot({ path: join(OUTPUT, 'taskpane-zh.png'), fullPage: true });
        screenshotTaken = true;
      }

      // Clicking a card (on another sheet than the active one, where there is one) puts the cursor on its suspect
      // cell there, at every API level: the suspect alone, never the block around the relation's cells.
      const cards = (await shownCards(page)).filter((c) => c.address !== '');
      if (cards.length > 0) {
        const active = (await page.evaluate(() => (window.__SIM__ as SimInspector).selection())).sheet;
        const index = Math.max(
          0,
          cards.findIndex((c) => c.sheet !== active),
        );
        await page.locator('[data-card][data-address] .card-main').nth(index).click();
        await waitIdle(page);
        expect(await page.evaluate(() => (window.__SIM__ as SimInspector).selection())).toEqual({
          sheet: cards[index].sheet,
          address: cards[index].address,
        });
      }

      await page.click('#clear');
      await waitIdle(page);
      const cleared = await simWorkbook(page);
      expectSameCells(cleared, original);
      expect(cleared.sheets.map((s) => s.conditionalFormats)).toEqual(original.sheets.map((s) => s.conditionalFormats));
      const total = await counters(page);
      console.log(
        `${basename(path)} (ExcelApi ${excelApi}): ${expected.length} findings; check all: ${checked.runCount} runs, ` +
          `${checked.syncCount} syncs, ${checked.roundTrips} round trips; whole session: ${total.syncCount} syncs, ${total.roundTrips} round trips`,
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }

  it('has sample workbooks to check', () => {
    expect(SAMPLES.length).toBeGreaterThan(0);
  });

  it.each(SAMPLES)('checks, marks, selects and clears %s', async (file) => {
    await checkWorkbook(join(SEEDS, file));
  });

  it("keeps the user's own fills, fonts, borders and conditional formats", async () => {
    const model = await simWorkbookFromFile(fixturePath);
    // The fixture really carries them, so the comparisons of checkWorkbook cover them.
    expect(model.sheets.flatMap((s) => s.conditionalFormats).map((cf) => cf.type)).toEqual(['Custom', 'CellValue']);
    expect(model.sheets[0].rows[0][0]?.format).toMatchObject({ fill: '#DDEBF7' });
    await checkWorkbook(fixturePath);
  });

  it("works at ExcelApi 1.7, the manifest's minimum: a conditional format per block, the cursor on the suspect cell", async () => {
    await checkWorkbook(join(SEEDS, 'liaoning-coverage-planted.xlsx'), '1.7');
  });

  it('checks a checked sheet again when the user edits it, and marks the new findings', async () => {
    const file = 'liaoning-coverage-planted.xlsx';
    const path = join(SEEDS, file);
    const plant = plantedFileSchema
      .parse(JSON.parse(readFileSync(join(SEEDS, 'planted.json'), 'utf8')))
      .find((p) => p.file === file && typeof p.was === 'number');
    if (!plant || typeof plant.was !== 'number') throw new Error(`${file}: no plant of a typed number`);
    const original = await simWorkbookFromFile(path);
    const at = parseA1(plant.cell);
    const typed = at && original.sheets.find((s) => s.name === plant.sheet)?.rows[at.row]?.[at.col];
    if (!at || !typed || typed.formula !== undefined)
      throw new Error(`${file}: ${plant.sheet}!${plant.cell} is not a typed number`);

    // The user types the clean value back in: the core's findings in Node for the edited sheet.
    const book = await readBook(path);
    const edited = { ...typed, value: plant.was, text: formatCellText(plant.was, typed.numberFormat) };
    const sheets = book.sheets.map((sheet) => {
      if (sheet.name !== plant.sheet) return sheet;
      const rows = sheet.rows.map((cells) => [...cells]);
      const cell = rows[at.row][at.col];
      if (!cell) throw new Error(`${file}: ${plant.cell} is empty in Node`);
      rows[at.row][at.col] = { ...cell, value: edited.value, text: edited.text };
      return { ...sheet, rows };
    });
    const before = (await nodeReports(book.sheets, ruleSet)).flatMap((r) => r.findings);
    const after = (await nodeReports(sheets, ruleSet)).flatMap((r) => r.findings);
    expect(after).not.toEqual(before);

    const { page, errors } = await openPane(original);
    try {
      // Live re-check is off unless the user turns it on (it clears Excel's undo stack before ExcelApi 1.19).
      expect(await page.isChecked('#live')).toBe(false);
      await page.click('#settings-toggle');
      await page.check('#live');
      await page.click('#check-all');
      await waitIdle(page);
      expect(await shownFindingMessages(page)).toEqual(findingMessages(before));
      await page.evaluate(
        ({ sheet, address, cell }) => (window.__SIM__ as SimInspector).editCell(sheet, address, cell),
        {
          sheet: plant.sheet,
          address: plant.cell,
          cell: edited,
        },
      );
      await page.waitForFunction(
        (status) => document.getElementById('status')?.textContent === status,
        t('zh-CN', 'rechecked', { sheet: plant.sheet }),
      );
      await waitIdle(page);
      expect(await shownFindingMessages(page)).toEqual(findingMessages(after));
      const marked = await simWorkbook(page);
      expect(Object.fromEntries(actualMarks(marked.sheets, new Set()))).toEqual(
        Object.fromEntries(expectedMarks(after)),
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('checks the sheets of one workbook against each other: a 汇总 sheet against its 台账 ledger', async () => {
    // The summary agrees with itself; only the ledger shows that 南市街道 has 9 enterprises with an organisation, not 10.
    const path = join(tmp, 'ledger.xlsx');
    await writeLedgerWorkbook(path, { street: '南市街道', col: 2, by: 1 });
    const sheets = (await readBook(path)).sheets;
    const own = await nodeReports(sheets, ruleSet);
    expect(own.flatMap((r) => r.findings)).toEqual([]);
    const { crossTable = [], measures, lexicon } = ruleSet;
    const cross = checkAcrossTables([{ file: '', sheets, reports: own }], crossTable, measures, lexicon, 'zh-CN');
    const reports = own.map((r) => withFindingsBetween(r, '', cross.findings, 'zh-CN'));
    const expected = reports.flatMap((r) => r.findings);
    const { page, errors } = await openPane(await simWorkbookFromFile(path));
    try {
      await page.click('#check-all');
      await waitIdle(page);
      expect(await shownFindingMessages(page)).toEqual(findingMessages(expected));
      expect(await shownFindingMessages(page)).toContain(
        '汇总|南市街道建立党组织企业数：[汇总] C3 为 10，[台账] 中“所属地区”为“南市街道”且“是否建立党组织”为“是”的行共 9；台账逐户登记，疑为汇总表有误',
      );
      expect((await shownCards(page)).filter((c) => c.address !== '').sort(byPlace)).toEqual(expectedCards(reports));
      const marked = await simWorkbook(page);
      expect(Object.fromEntries(actualMarks(marked.sheets, new Set()))).toEqual(
        Object.fromEntries(expectedMarks(expected)),
      );
      // One sheet checked alone has no other to be compared with: its own findings only, and its marks follow.
      await page.evaluate(() => (window.__SIM__ as SimInspector).activateSheet('汇总'));
      await page.click('#check-sheet');
      await waitIdle(page);
      expect(await shownFindingMessages(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('knows a table continued on the next sheet, whether all sheets or the first alone are checked', async () => {
    // 表4-5's 总计 covers the rows of 表4-5续 too: checked against its own rows alone it would be a false alarm.
    const path = join(tmp, 'continued.xlsx');
    await writeContinuedBook(path, ['表4-5', '表4-5续']);
    const { page, errors } = await openPane(await simWorkbookFromFile(path));
    try {
      await page.click('#check-all');
      await waitIdle(page);
      expect(await shownFindingMessages(page)).toEqual([]);
      await page.evaluate(() => (window.__SIM__ as SimInspector).activateSheet('表4-5'));
      await page.click('#check-sheet');
      await waitIdle(page);
      expect(await shownFindingMessages(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('renders the Chinese pane (screenshot in tests/output/taskpane-zh.png)', () => {
    expect(screenshotTaken).toBe(true);
    expect(existsSync(join(OUTPUT, 'taskpane-zh.png'))).toBe(true);
  });
});
