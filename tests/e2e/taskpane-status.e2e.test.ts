import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatCsv } from '../../src/reports/csv';
import { checkSheet } from '../../src/core/linter';
import type { SheetReport } from '../../src/core/report';
import type { RuleSet } from '../../src/core/rules';
import { DEFAULT_READ_BUDGET } from '../../src/office/read-plan';
import { simWorkbookFromFile } from '../sim-excel/from-xlsx';
import type { SimWorkbook } from '../sim-excel/model';
import type { SimInspector } from '../sim-excel/office';
import { actualMarks } from './marks';
import {
  browserUnavailable,
  bundledRuleSet,
  counters,
  OUTPUT,
  paneError,
  readBook,
  SEEDS,
  shownCards,
  shownSheets,
  simWorkbook,
  startPaneBrowser,
  waitIdle,
  type PaneBrowser,
  type ShownCard,
} from './pane-browser';

/**
 * The pane never gives a false all-clear and copes with big workbooks, in Chromium over the simulated host, on
 * workbooks written by exceljs: a broken rule file keeps the bundled rules; a protected sheet lists its findings as
 * 无法标色; unrecognised, empty, cover and hidden sheets say why they were not checked; a 50,000-row total renders
 * without listing its column; chunks are sized in UTF-8 bytes and a refused chunk is read again smaller.
 */

const unavailable = browserUnavailable();
if (unavailable) console.warn(`taskpane-status.e2e: skipped: ${unavailable}`);
const describeBrowser = unavailable ? describe.skip : describe;

const COVERAGE = join(SEEDS, 'liaoning-coverage-planted.xlsx');
const HEADERS = ['市', '纳入台账管理的非公有制企业数（家）', '单独建立党组织（个）'];

/** A count table of `regions` rows and a 合计 row at the bottom whose first count is `off` more than the sum. */
function addCountTable(workbook: ExcelJS.Workbook, name: string, regions: number, off: number, note?: string): void {
  const ws = workbook.addWorksheet(name);
  ws.addRow(note ? [...HEADERS, '备注'] : HEADERS);
  let enterprises = 0;
  let own = 0;
  for (let i = 0; i < regions; i++) {
    const row = [`区域${i + 1}`, 1000 + (i % 97), 300 + (i % 13)];
    enterprises += row[1] as number;
    own += row[2] as number;
    ws.addRow(note ? [...row, note] : row);
  }
  ws.addRow(['合计', enterprises + off, own]);
}

async function writeBook(path: string, build: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await build(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** A planted sample with a cover, an empty sheet and an unrecognised one added, one sheet protected, one hidden. */
async function writeStatusesBook(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(SEEDS, 'liaoning-no-member-planted.xlsx'));
  const [protectedSheet, hiddenSheet] = workbook.worksheets;
  await protectedSheet.protect('', {});
  hiddenSheet.state = 'hidden';
  const cover = workbook.addWorksheet('封面');
  cover.getCell('A1').value = '两新组织党建工作统计报表';
  cover.getCell('A3').value = '填报单位：某县委组织部';
  workbook.addWorksheet('空表');
  const other = workbook.addWorksheet('其他表');
  for (const row of [
    ['项目', '甲类', '乙类'],
    ['一', 12, 30],
    ['二', 5, 8],
    ['三', 7, 9],
  ])
    other.addRow(row);
  // No rule names 人口 by sex, but each town's 合计 is its 男 and 女: its own figures check it.
  const population = workbook.addWorksheet('人口');
  population.addRow(['镇', '合计', '男', '女']);
  for (let i = 0; i < 8; i++) population.addRow([`镇${i + 1}`, 2500 + i * 90, 1200 + i * 37, 1300 + i * 53]);
  const path = join(dir, 'statuses.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

async function nodeReports(path: string, ruleSet: RuleSet): Promise<SheetReport[]> {
  const reports: SheetReport[] = [];
  for (const sheet of (await readBook(path)).sheets) reports.push(await checkSheet(sheet, ruleSet, { lang: 'zh-CN' }));
  return reports;
}

const byPlace = (a: ShownCard, b: ShownCard) => a.sheet.localeCompare(b.sheet) || a.address.localeCompare(b.address);
const cardsOf = (reports: SheetReport[]) =>
  reports
    .flatMap((r) => r.cellFixes.map((f) => ({ sheet: r.sheet, address: f.address, message: f.message })))
    .sort(byPlace);

async function checkAll(page: Page): Promise<void> {
  await page.click('#check-all');
  await waitIdle(page);
}

describeBrowser('task pane: sheet statuses, rule files, protection and big sheets', () => {
  let pane: PaneBrowser;
  let ruleSet: RuleSet;
  let statusesPath: string;
  let bigPath: string;
  let chinesePath: string;

  beforeAll(async () => {
    pane = await startPaneBrowser('pane-status');
    ruleSet = bundledRuleSet();
    statusesPath = await writeStatusesBook(pane.tmp);
    bigPath = await writeBook(join(pane.tmp, 'big.xlsx'), (wb) => {
      addCountTable(wb, '小表', 5, 3);
      addCountTable(wb, '大表', 50_000, 1);
      addCountTable(wb, '附表', 5, 2);
    });
    // 3,000 rows with a 200-character Chinese note: about 1.9 MB of JSON in characters, 5.7 MB in UTF-8 bytes.
    chinesePath = await writeBook(join(pane.tmp, 'chinese.xlsx'), (wb) =>
      addCountTable(wb, '长备注', 3000, 4, '备注'.repeat(100)),
    );
  }, 600_000);

  afterAll(async () => {
    await pane?.close();
  });

  it('keeps the bundled rules when a rule file is broken, and says so where the user looks', async () => {
    const expected = cardsOf(await nodeReports(COVERAGE, ruleSet));
    expect(expected.length).toBeGreaterThan(0);
    const { page, errors } = await pane.openPane(await simWorkbookFromFile(COVERAGE));
    try {
      await page.click('#settings-toggle');
      await page.setInputFiles('#rules-file', {
        name: 'mine.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{ "rules": [ { "id": "x", '),
      });
      await page.waitForSelector('#rules-alert:not([hidden])');
      const alert = await page.textContent('#rules-alert');
      expect(alert).toContain('规则文件 mine.json 未能加载');
      expect(alert).toContain(`内置规则 ${ruleSet.rules.length} 条仍在使用`);
      expect(await page.isChecked('#rules-from-file')).toBe(true);
      await checkAll(page);
      expect((await shownCards(page)).sort(byPlace)).toEqual(expected);
      expect(await page.textContent('body')).not.toContain('未发现');
      expect(await paneError(page)).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('gives every sheet a status: 无法标色 with its findings on a protected sheet, 未核对 and 跳过 with the reason', async () => {
    const model = await simWorkbookFromFile(statusesPath);
    const [protectedName, hiddenName] = model.sheets.map((s) => s.name);
    expect(model.sheets[0].protected).toBe(true);
    expect(model.sheets[1].visibility).toBe('Hidden');
    const reports = await nodeReports(statusesPath, ruleSet);
    const { page, errors } = await pane.openPane(model, 350);
    try {
      await checkAll(page);
      const sheets = await shownSheets(page);
      const status = (name: string) => sheets.find((s) => s.sheet === name);
      expect(sheets.map((s) => s.sheet)).toEqual(model.sheets.map((s) => s.name));
      expect(status(protectedName)).toMatchObject({ status: 'unmarked', badge: '无法标色' });
      expect(status(protectedName)?.note).toContain('工作表受保护');
      expect(status(protectedName)?.detail).toMatch(/^已核对：.*列.*个可疑单元格$/);
      expect(status(hiddenName)).toMatchObject({ status: 'skipped', badge: '跳过' });
      expect(status(hiddenName)?.detail).toContain('隐藏');
      expect(status('封面')).toMatchObject({ status: 'skipped', badge: '跳过', detail: '没有数字（封面或说明页）' });
      expect(status('空表')).toMatchObject({ status: 'skipped', badge: '跳过', detail: '空表' });
      expect(status('其他表')).toMatchObject({ status: 'notChecked', badge: '未核对' });
      expect(status('其他表')?.detail).toContain('没有表头对应已知指标');
      expect(status('人口')).toMatchObject({ status: 'checked', badge: '已核对' });
      expect(status('人口')?.detail).toMatch(/^已核对：表中数字自身印证的关系 \d+ 条，未发现不一致$/);
      // Nothing unchecked reads as clean.
      expect(
        sheets
          .filter((s) => s.status !== 'checked')
          .map((s) => s.detail + s.note)
          .join(),
      ).not.toContain('未发现');

      // The protected sheet's findings are listed though Excel refused its marks; no sheet carries a mark it should not.
      const protectedCards = cardsOf(reports.filter((r) => r.sheet === protectedName));
      expect(protectedCards.length).toBeGreaterThan(0);
      expect((await shownCards(page)).sort(byPlace)).toEqual(protectedCards);
      expect(await paneError(page)).toBe('');
      const marks = [...actualMarks((await simWorkbook(page)).sheets, new Set()).keys()];
      expect(marks).toEqual([]);
      await page.screenshot({ path: join(OUTPUT, 'taskpane-350-statuses.png'), fullPage: true });

      // Asked for, the hidden sheet is checked too.
      await page.click('#settings-toggle');
      await page.check('#include-hidden');
      await checkAll(page);
      expect((await shownSheets(page)).find((s) => s.sheet === hiddenName)?.status).toBe('checked');
      expect((await shownCards(page)).sort(byPlace)).toEqual(
        cardsOf(reports.filter((r) => r.sheet === protectedName || r.sheet === hiddenName)),
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('renders a 50,000-row total-row finding without listing the column, and shows sheets as they are done', async () => {
    const reports = await nodeReports(bigPath, ruleSet);
    const big = reports.find((r) => r.sheet === '大表');
    const longest = Math.max(...(big?.findings ?? []).map((f) => f.cells.length));
    expect(longest).toBeGreaterThan(50_000);
    const { page, errors } = await pane.openPane(await simWorkbookFromFile(bigPath), 350);
    try {
      // The first sheet's result is on screen while the big one is still being read: the pane's busy mark is read as the
      // first sheet's section is added, not after (a fast check of the big sheet could end in between).
      await page.evaluate(() => {
        const shown = () => document.querySelector('section.sheet-findings[data-sheet="小表"]') !== null;
        (window as unknown as { busyWhenFirstShown: Promise<string | null> }).busyWhenFirstShown = new Promise(
          (resolve) => {
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              resolve(document.body.getAttribute('aria-busy'));
            });
            observer.observe(document.body, { childList: true, subtree: true });
          },
        );
      });
      await page.click('#check-all');
      const busyWhenFirstShown = await page.evaluate(
        () => (window as unknown as { busyWhenFirstShown: Promise<string | null> }).busyWhenFirstShown,
      );
      expect(busyWhenFirstShown).toBe('true');
      await waitIdle(page);
      expect((await shownCards(page)).sort(byPlace)).toEqual(cardsOf(reports));
      await page.click('[data-sheet="大表"] .toggle');
      const listed = await page.$$eval('[data-sheet="大表"] .cell', (cells) => cells.length);
      expect(listed).toBeGreaterThan(0);
      expect(listed).toBeLessThanOrEqual(8 * (big?.findings.length ?? 0));
      expect(await page.textContent('[data-sheet="大表"]')).toContain(`等共 ${longest} 个单元格`);
      expect(await page.evaluate(() => document.body.scrollHeight)).toBeLessThan(5000);
      await page.screenshot({ path: join(OUTPUT, 'taskpane-350-50000-rows.png'), fullPage: true });
      expect(await paneError(page)).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('stops at the cancel button, naming the sheets left unchecked', async () => {
    const { page, errors } = await pane.openPane(await simWorkbookFromFile(bigPath));
    try {
      // Cancelled from inside the page as the first sheet's card arrives: a busy machine could otherwise let the pane
      // finish every sheet before the test's click reached it. Dispatched, not clicked by position: the pane's layout
      // moves while sheets arrive.
      await page.evaluate(() => {
        const findings = document.getElementById('findings') as HTMLElement;
        new MutationObserver((_, observer) => {
          if (!findings.querySelector('section.sheet-findings[data-sheet="小表"]')) return;
          observer.disconnect();
          document.getElementById('cancel')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        }).observe(findings, { childList: true, subtree: true });
      });
      await page.click('#check-all');
      await waitIdle(page);
      expect(await page.textContent('#status')).toMatch(/^已取消：已核对 [12]\/3 个工作表$/);
      expect((await shownSheets(page)).find((s) => s.sheet === '附表')).toMatchObject({
        status: 'notChecked',
        badge: '未核对',
        detail: '已取消',
      });
      expect(await page.isHidden('#cancel')).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('sizes chunks by UTF-8 bytes and reads a chunk Excel refuses for its size again at half the rows', async () => {
    const model = await simWorkbookFromFile(chinesePath);
    const reports = await nodeReports(chinesePath, ruleSet);
    const rows = model.sheets[0].rows;
    // What one read of the whole sheet carries: values, text, number formats and formulas (a constant's formula is its value).
    const grid = (pick: (cell: (typeof rows)[number][number]) => unknown) => rows.map((r) => r.map(pick));
    const json = JSON.stringify([
      grid((c) => c?.value ?? ''),
      grid((c) => c?.text ?? ''),
      grid((c) => c?.numberFormat ?? 'General'),
      grid((c) => c?.formula ?? c?.value ?? ''),
    ]);
    // Under the limit counted in characters, over it in bytes: the old character budget would have been refused.
    expect(json.length).toBeLessThan(model.options.payloadLimit);
    expect(Buffer.byteLength(json, 'utf8')).toBeGreaterThan(model.options.payloadLimit);
    const { page, errors } = await pane.openPane(model);
    try {
      await page.evaluate(() => (window.__SIM__ as SimInspector).resetCounters());
      await checkAll(page);
      const used = await counters(page);
      // The first chunk, sized by an estimate, is refused once; every chunk after is sized by the bytes read so far.
      expect(used.payloadRefusals).toBe(1);
      expect(used.largestPayload).toBeLessThanOrEqual(model.options.payloadLimit);
      expect(used.largestPayload).toBeGreaterThan(DEFAULT_READ_BUDGET.maxBytes / 2);
      expect((await shownCards(page)).sort(byPlace)).toEqual(cardsOf(reports));
      expect((await shownSheets(page))[0].status).toBe('checked');
      console.log(
        `3,000 rows of Chinese notes: ${used.syncCount} syncs, ${used.payloadRefusals} refused, largest response ${used.largestPayload} bytes`,
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('exports the findings as the command line writes its CSV', async () => {
    const reports = await nodeReports(COVERAGE, ruleSet);
    const { page, errors } = await pane.openPane(await simWorkbookFromFile(COVERAGE));
    try {
      expect(await page.getAttribute('#export-csv', 'aria-disabled')).toBe('true');
      await checkAll(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
      expect(download.suggestedFilename()).toBe('statlint.csv');
      const saved = join(pane.tmp, 'export.csv');
      await download.saveAs(saved);
      expect(readFileSync(saved, 'utf8')).toBe(
        formatCsv([{ file: '当前工作簿', sheets: reports, problems: [] }], 'zh-CN'),
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('exports the findings as the command line writes its HTML report, every sheet drawn', async () => {
    const reports = await nodeReports(COVERAGE, ruleSet);
    const { page, errors } = await pane.openPane(await simWorkbookFromFile(COVERAGE));
    try {
      await checkAll(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
      expect(download.suggestedFilename()).toBe('statlint.html');
      const saved = join(pane.tmp, 'export.html');
      await download.saveAs(saved);
      const html = readFileSync(saved, 'utf8');
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      // Every suspect cell the core names is in the report with the sentence the command line prints for it.
      const fixes = reports.flatMap((r) => r.cellFixes);
      expect(fixes.length).toBeGreaterThan(0);
      for (const fix of fixes) expect(html).toContain(fix.address);
      expect(html).toContain('当前工作簿');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('puts a signed note at each suspect cell where ExcelApi 1.18 has notes, and Clear removes only those', async () => {
    const reports = await nodeReports(COVERAGE, ruleSet);
    const model = await simWorkbookFromFile(COVERAGE, { requirementSets: { ExcelApi: '1.18' } });
    const own = { address: 'A1', content: '我的批注' };
    model.sheets[0].notes = [own];
    const { page, errors } = await pane.openPane(model);
    try {
      await page.click('#settings-toggle');
      await page.check('#notes');
      await checkAll(page);
      const notes = (await simWorkbook(page)).sheets.map((s) => ({
        sheet: s.name,
        notes: [...(s.notes ?? [])].sort((a, b) => a.address.localeCompare(b.address)),
      }));
      const expected = model.sheets.map((s) => {
        const report = reports.find((r) => r.sheet === s.name);
        const added = (report?.cellFixes ?? []).map((fix) => ({
          address: fix.address,
          content: `[statlint] ${fix.message}`,
        }));
        return {
          sheet: s.name,
          notes: [...(s.notes ?? []), ...added].sort((a, b) => a.address.localeCompare(b.address)),
        };
      });
      expect(expected.flatMap((s) => s.notes).length).toBeGreaterThan(1);
      expect(notes).toEqual(expected);
      await page.click('#clear');
      await waitIdle(page);
      expect((await simWorkbook(page)).sheets.map((s) => s.notes ?? [])).toEqual(
        model.sheets.map((s) => s.notes ?? []),
      );
      expect(await paneError(page)).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('re-checks on edits only when asked, and leaves marks that did not change alone', async () => {
    const model: SimWorkbook = await simWorkbookFromFile(COVERAGE);
    const sheet = model.sheets[0].name;
    const title = { value: '改过的标题', text: '改过的标题', numberFormat: 'General' };
    const formatIds = async () => (await simWorkbook(page)).sheets.map((s) => s.conditionalFormats.map((cf) => cf.id));
    const { page, errors } = await pane.openPane(model, 350);
    try {
      await checkAll(page);
      // The first screen at 350 px: the first card is above the fold.
      const first = await page.locator('[data-card]').first().boundingBox();
      expect(first && first.y).toBeLessThan(600);
      await page.screenshot({ path: join(OUTPUT, 'taskpane-350-zh-first-screen.png') });
      await page.screenshot({ path: join(OUTPUT, 'taskpane-350-zh.png'), fullPage: true });

      const marked = await formatIds();
      await page.evaluate(({ s, cell }) => (window.__SIM__ as SimInspector).editCell(s, 'A1', cell), {
        s: sheet,
        cell: title,
      });
      await page.waitForTimeout(1500);
      await waitIdle(page);
      expect(await page.textContent('#status')).toBe('检查完成');

      await page.click('#settings-toggle');
      await page.check('#live');
      await page.evaluate(({ s, cell }) => (window.__SIM__ as SimInspector).editCell(s, 'A1', cell), {
        s: sheet,
        cell: { ...title, value: '再改', text: '再改' },
      });
      await page.waitForFunction(
        (s) => document.getElementById('status')?.textContent === `“${s}”已修改，已重新检查`,
        sheet,
      );
      await waitIdle(page);
      // Same findings, so the same conditional formats: nothing rewritten, Excel's undo stack kept.
      expect(await formatIds()).toEqual(marked);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
