/**
 * The HTML report a reviewer opens or prints: written by the CLI from real workbooks, opened in headless Chromium,
 * with a screenshot in Chinese (tests/output/html-report-zh.png) and no request leaving the file.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runCli as run } from './helpers/run-cli';
import { writeLedgerWorkbook, writeTwoLevelFolder } from './fixtures/two-levels';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(__dirname, 'output');
const describeBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`html-report: skipped: needs ${CHROMIUM}`);

const HOSTILE_SHEET = '<i>表 & "甲"';
const HOSTILE_TEXT = '<img src="http://example.invalid/x.png" onerror="window.pwned=1">';

/** County workbooks and a city table, a 汇总/台账 workbook, a planted sample, and a workbook whose names are HTML. */
async function writeFolder(dir: string): Promise<void> {
  await writeTwoLevelFolder(
    dir,
    [
      { county: '皇姑区', col: 1, by: -50 },
      { county: '北镇市', col: 3, by: 12 },
    ],
    { county: '和平区', col: 2, by: 5 },
  );
  await writeLedgerWorkbook(join(dir, '和平区台账.xlsx'), { street: '南市街道', col: 2, by: 1 });
  copyFileSync(
    join(__dirname, '..', 'seeds', 'sheets', 'liaoning-hotline-planted.xlsx'),
    join(dir, 'liaoning-hotline-planted.xlsx'),
  );
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(HOSTILE_SHEET).addRows([
    ['地区', '企业数（家）', '覆盖企业数（家）', '党组织覆盖率（%）'],
    [HOSTILE_TEXT, 100, 80, 90.0],
    ['乙', 200, 150, 75.0],
  ]);
  await wb.xlsx.writeFile(join(dir, 'names.xlsx'));
}

describeBrowser('HTML report in Chromium', () => {
  let dir: string;
  let browser: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  let html: string;
  let pageUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'statlint-html-'));
    const input = join(dir, 'in');
    mkdirSync(input);
    await writeFolder(input);
    const report = join(dir, 'report.html');
    const { code, err } = await run('check', input, '--format', 'html', '--output', report);
    expect(err).toBe('');
    expect(code).toBe(1);
    html = readFileSync(report, 'utf8');
    pageUrl = pathToFileURL(report).href;
    mkdirSync(OUTPUT, { recursive: true });
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pageUrl);
    await page.screenshot({ path: join(OUTPUT, 'html-report-zh.png'), fullPage: true });
    // Close-ups at full resolution: the summaries, and the first workbook's sheet with its findings beside.
    await page.screenshot({ path: join(OUTPUT, 'html-report-zh-top.png') });
    await page
      .locator('section.file')
      .first()
      .screenshot({ path: join(OUTPUT, 'html-report-zh-sheet.png') });
    await page
      .locator('section.file:has(h2:text-is("和平区台账.xlsx"))')
      .screenshot({ path: join(OUTPUT, 'html-report-zh-ledger.png') });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the page makes no request beyond its own file, and runs no script from the input', async () => {
    expect(requests).toEqual([pageUrl]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<i>表');
    // The escaped names still read as typed.
    expect(await page.locator('h3', { hasText: HOSTILE_SHEET }).count()).toBe(1);
    expect(await page.locator('table.grid td', { hasText: HOSTILE_TEXT }).count()).toBe(1);
  });

  test('summaries by file (most errors first, clean files folded), by rule and by region', async () => {
    const files = await page.locator('h2:has-text("按文件") + table tbody tr td:first-child').allTextContents();
    // The city table disagrees with its counties five times; a county with a difference between tables is not "clean".
    expect(files[0]).toBe('沈阳市汇总.xlsx');
    expect(files).toContain('北镇.xlsx');
    expect(files).not.toContain('沈河区2024年报.xlsx');
    expect(await page.locator('details.clean summary', { hasText: /^另有 \d+ 个文件未发现不一致$/ }).count()).toBe(1);
    const rules = await page.locator('h2:has-text("按规则") + table').innerText();
    // Rules between tables are named by their titles too, in the page's language.
    expect(rules).toContain('上级表中各地区的数与该地区本表合计一致 (region-row-equals-region-total)');
    expect(rules).toContain('summary-equals-ledger');
    const regions = await page.locator('h2:has-text("按地区") + table').innerText();
    expect(regions).toMatch(/皇姑区\s+2/);
    // Only places: not the total row, nor a sheet or a row label that names none.
    expect(regions).not.toMatch(/合计|names|覆盖情况|汇总|img/);
  });

  test('each sheet with findings is drawn with its suspect cells marked, the likely value shown and the findings beside', async () => {
    const suspect = page.locator('section.file:has(h2:text-is("liaoning-hotline-planted.xlsx")) td.suspect');
    expect(await suspect.count()).toBeGreaterThan(0);
    expect(await suspect.first().innerText()).toMatch(/可能应为 92\.7%/);
    expect(await suspect.first().getAttribute('data-cell')).toBe('D6');
    const beside = page
      .locator('section.file:has(h2:text-is("liaoning-hotline-planted.xlsx")) .sheet ol.findings li')
      .first();
    expect(await beside.innerText()).toContain('D6*');
    const cross = await page.locator('h2:text-is("表间审核") + ol.findings').innerText();
    expect(cross).toContain('沈阳市汇总.xlsx [覆盖情况] B4 ↔ 表2-皇姑.xlsx [覆盖情况] B7');
    expect(cross).toContain('[汇总] C3 为 10');
    // A summary cell its ledger contradicts shows the ledger's figure as its likely value.
    expect(
      await page.locator('section.file:has(h2:text-is("和平区台账.xlsx")) td.suspect[data-cell="C3"]').innerText(),
    ).toMatch(/10\s*可能应为 9/);
    expect(
      await page.locator('section.file:has(h2:text-is("和平区.xlsx")) td.suspect[data-cell="C6"]').innerText(),
    ).toMatch(/342\s*可能应为 337/);
  });

  test('a print stylesheet stacks each sheet above its findings and starts each file on a new page', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.sheet')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe('block');
    expect(
      await page
        .locator('section.file')
        .first()
        .evaluate((el) => getComputedStyle(el).breakBefore),
    ).toBe('page');
    await page.emulateMedia({ media: 'screen' });
  });

  test('--lang en words the page in English', async () => {
    const report = join(dir, 'report-en.html');
    await run('check', join(dir, 'in'), '--format', 'html', '--output', report, '--lang', 'en');
    const text = readFileSync(report, 'utf8');
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('Between tables');
    expect(text).not.toContain('按文件');
  });
});
