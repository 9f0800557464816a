import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { continuedHeader, continuedTitle, writeContinuedBook } from '../fixtures/continued';
import { annotationsOf, differencesFromOriginal } from '../helpers/annotated';
import { runCli } from '../helpers/run-cli';
import { buildTaskPane } from './build';
import { serveStatic, type StaticServer } from './server';

/**
 * The standalone page (dist/page.html) in headless Chromium, opened from file:// as a user would from a shared
 * folder: each sample workbook chosen or dropped gives the same sheets and suspect cells as `statlint check
 * --format json`, the annotated copy it offers keeps every original value, and no request leaves the page.
 */

const REPO = join(__dirname, '..', '..');
const OUTPUT = join(REPO, 'tests', 'output');
const SEEDS = join(REPO, 'seeds', 'sheets');
const CHROMIUM = '/usr/bin/chromium';
const SYSTEM_PACKAGES = ['chromium', 'fonts-noto-cjk'];

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script shared with npm's pretest
const systemDeps = require('../../scripts/ensure-system-deps.js') as {
  ensureDebianPackages: (pkgs: string[]) => string[];
  isInstalled: (pkg: string) => boolean;
};

function browserUnavailable(): string | undefined {
  if (process.getuid?.() === 0) {
    systemDeps.ensureDebianPackages(SYSTEM_PACKAGES);
    return undefined;
  }
  const missing = SYSTEM_PACKAGES.filter((p) => !systemDeps.isInstalled(p));
  return missing.length === 0 && existsSync(CHROMIUM) ? undefined : `needs ${missing.join(', ') || CHROMIUM}`;
}

const unavailable = browserUnavailable();
if (unavailable) console.warn(`page.e2e: skipped: ${unavailable}`);
const describeBrowser = unavailable ? describe.skip : describe;

const SAMPLES = readdirSync(SEEDS)
  .filter((f) => /\.(xlsx|csv)$/.test(f))
  .sort();

interface CliFile {
  sheets: { name: string; checked: boolean }[];
  cellFixes: { sheet: string; address: string; message: string }[];
  findings: { sheet: string; message: string }[];
}

async function cliReport(file: string, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<CliFile> {
  const { out } = await runCli('check', file, '--format', 'json', '--lang', lang);
  return (JSON.parse(out) as { files: CliFile[] }).files[0];
}

interface Shown {
  statuses: { sheet: string; status: string }[];
  fixes: { sheet: string; cell: string; message: string }[];
  marked: { sheet: string; cell: string }[];
  relations: string[];
}

async function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const all = (selector: string) => Array.prototype.slice.call(document.querySelectorAll(selector)) as HTMLElement[];
    return {
      statuses: all('.statuses li').map((li) => ({ sheet: li.dataset.sheet ?? '', status: li.dataset.status ?? '' })),
      fixes: all('li.fix').map((li) => ({
        sheet: li.dataset.sheet ?? '',
        cell: li.dataset.cell ?? '',
        message: li.querySelector('.fix-message')?.textContent ?? '',
      })),
      marked: all('td.suspect').map((td) => ({
        sheet: (td.closest('section') as HTMLElement).dataset.sheet ?? '',
        cell: td.dataset.address ?? '',
      })),
      relations: all('li.fix .relations li').map((li) => li.textContent ?? ''),
    };
  });
}

/** Waits for the page to show a result for `name`: its summary line names the file. */
async function waitForResult(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (file) => (document.querySelector('.summary .headline')?.textContent ?? '').indexOf(file) === 0,
    name,
    { timeout: 60_000 },
  );
}

describeBrowser('standalone page', () => {
  let tmp: string;
  let browser: BrowserContext;
  let page: Page;
  let pageUrl: string;
  const requests: string[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'statlint-page-'));
    await mkdir(OUTPUT, { recursive: true });
    await buildTaskPane(join(tmp, 'dist'));
    browser = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    page = await browser.newPage();
    page.on('request', (r) => {
      if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url());
    });
    pageUrl = pathToFileURL(join(tmp, 'dist', 'page.html')).href;
    await page.goto(pageUrl);
    await page.waitForSelector('body[data-ready="true"]');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it.each(SAMPLES)(
    '%s chosen with the file picker: the same sheets and suspect cells as the command line',
    async (name) => {
      const path = join(SEEDS, name);
      await page.setInputFiles('#file', path);
      await waitForResult(page, name);
      const cli = await cliReport(path);
      const seen = await shown(page);
      expect(seen.statuses.map((s) => s.sheet)).toEqual(cli.sheets.map((s) => s.name));
      // A sheet the command line calls not checked is not checked (or skipped, without figures) here.
      expect(seen.statuses.map((s) => s.status !== 'checked')).toEqual(cli.sheets.map((s) => !s.checked));
      expect(seen.fixes).toEqual(cli.cellFixes.map((c) => ({ sheet: c.sheet, cell: c.address, message: c.message })));
      expect(seen.marked.sort((a, b) => (a.sheet + a.cell).localeCompare(b.sheet + b.cell))).toEqual(
        cli.cellFixes
          .map((c) => ({ sheet: c.sheet, cell: c.address }))
          .sort((a, b) => (a.sheet + a.cell).localeCompare(b.sheet + b.cell)),
      );
      for (const f of cli.findings) expect(seen.relations).toContain(f.message);
      const headline = await page.textContent('.summary .headline');
      expect(headline).toBe(
        cli.cellFixes.length > 0
          ? `${name}：需核对 ${cli.cellFixes.length} 个单元格（${cli.findings.length} 条发现）`
          : `${name}：已核对的工作表中未发现不一致`,
      );
      if (name === 'liaoning-coverage-planted.xlsx')
        await page.screenshot({ path: join(OUTPUT, 'page-zh-1280.png'), fullPage: true });
    },
    90_000,
  );

  it('takes a workbook dropped on it, and its annotated copy keeps every original value', async () => {
    const name = 'shenyang-key-enterprises-planted.xlsx';
    const bytes = readFileSync(join(SEEDS, name));
    await page.evaluate(
      ({ base64, file }) => {
        const raw = atob(base64);
        const data = new Uint8Array(raw.length);
        for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], file));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { base64: bytes.toString('base64'), file: name },
    );
    await waitForResult(page, name);
    const cli = await cliReport(join(SEEDS, name));
    expect((await shown(page)).fixes.map((f) => f.cell)).toEqual(cli.cellFixes.map((c) => c.address));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('shenyang-key-enterprises-planted-标注.xlsx');
    const copyPath = join(tmp, download.suggestedFilename());
    await download.saveAs(copyPath);
    const copy = new Uint8Array(readFileSync(copyPath));
    const original = new Uint8Array(bytes);
    expect(await differencesFromOriginal(original, copy)).toEqual([]);
    const found = await annotationsOf(original, copy);
    expect([...found.fills.keys()].sort()).toEqual(cli.cellFixes.map((c) => `${c.sheet}!${c.address}`).sort());
    expect([...found.notes.keys()].sort()).toEqual(cli.cellFixes.map((c) => `${c.sheet}!${c.address}`).sort());
    expect(found.results.map((r) => r.values[4])).toEqual(cli.findings.map((f) => f.message));
  }, 90_000);

  it('calls a sheet whose figures it could not read as a table not checked, and an empty one skipped', async () => {
    // Before, both were "skipped: no table of figures to check", and the figures under the title went unmentioned.
    const path = join(tmp, 'unread.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('无表头').addRows([['年末常住人口'], ['年末常住人口', 10002227], ['其中：城镇人口', 8512336]]);
    wb.addWorksheet('空表');
    await wb.xlsx.writeFile(path);
    await page.setInputFiles('#file', path);
    await waitForResult(page, 'unread.xlsx');
    const cli = await cliReport(path);
    expect(cli.sheets.map((s) => s.checked)).toEqual([false, false]);
    expect((await shown(page)).statuses).toEqual([
      { sheet: '无表头', status: 'notChecked' },
      { sheet: '空表', status: 'skipped' },
    ]);
  }, 90_000);

  it('knows a 续表 sheet whose 总计 covers the sheet before it, as the command line does', async () => {
    // The page once passed the sheets only whether the next one continued them: the 续表's 总计 was checked against
    // its own rows and called wrong.
    const path = join(tmp, 'continues.xlsx');
    await writeContinuedBook(path, ['表4-5', '续表'], [continuedTitle, '续表'], continuedHeader, true);
    await page.setInputFiles('#file', path);
    await waitForResult(page, 'continues.xlsx');
    expect((await cliReport(path)).cellFixes).toEqual([]);
    const seen = await shown(page);
    expect(seen.fixes).toEqual([]);
    expect(seen.statuses).toEqual([
      { sheet: '表4-5', status: 'checked' },
      { sheet: '续表', status: 'checked' },
    ]);
  }, 90_000);

  it('switches to English and words the findings as --lang en does', async () => {
    const name = 'liaoning-hotline-planted.xlsx';
    await page.setInputFiles('#file', join(SEEDS, name));
    await waitForResult(page, name);
    await page.click('#lang');
    await page.waitForFunction(
      () =>
        document.documentElement.lang === 'en' &&
        /cells to check/.test(document.querySelector('.summary .headline')?.textContent ?? ''),
    );
    const cli = await cliReport(join(SEEDS, name), 'en');
    expect((await shown(page)).fixes.map((f) => f.message)).toEqual(cli.cellFixes.map((c) => c.message));
    expect(await page.textContent('label[for="file"]')).toBe('Choose a file…');
    await page.click('#lang');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  }, 90_000);

  it('served from a web server works the same, and no request ever left the page', async () => {
    const server: StaticServer = await serveStatic(join(tmp, 'dist'));
    try {
      const served = await browser.newPage();
      await served.goto(`${server.url}page.html`);
      await served.waitForSelector('body[data-ready="true"]');
      await served.setInputFiles('#file', join(SEEDS, 'liaoning-coverage-planted.xlsx'));
      await waitForResult(served, 'liaoning-coverage-planted.xlsx');
      const cli = await cliReport(join(SEEDS, 'liaoning-coverage-planted.xlsx'));
      expect((await shown(served)).fixes.length).toBe(cli.cellFixes.length);
      await served.close();
    } finally {
      await server.close();
    }
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
  }, 90_000);
});
