import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { checkSheet } from '../../src/core/linter';
import type { Finding, Severity } from '../../src/core/report';
import { loadRuleSet, type RuleSet } from '../../src/core/rules';
import { bundledVocabularyFile } from '../../src/node/rule-files';
import { formatCellText } from '../../src/core/format';
import { a1, parseA1, type SheetSnapshot, type WorkbookSnapshot } from '../../src/core/snapshot';
import { readWorkbookFile } from '../../src/node/read-workbook';
import { plantedFileSchema } from '../fixtures/spec';
import { formatArea } from '../sim-excel/address';
import { simWorkbookFromFile } from '../sim-excel/from-xlsx';
import type { ConditionalFormatModel, SimWorkbook } from '../sim-excel/model';
import type { HostCounters } from '../sim-excel/host';
import type { SimInspector } from '../sim-excel/office';
import { buildSimOffice, buildTaskPane } from './build';
import { t } from '../../src/taskpane/locale';
import { actualMarks, expectedMarks } from './marks';
import { serveStatic, type StaticServer } from './server';

/**
 * The built task pane in headless Chromium over the simulated Excel host: for every sample workbook, "Check all
 * sheets" must list exactly the findings the core gives in Node, highlight exactly their cells with conditional
 * formats only, select a finding's cells when it is clicked, and leave every cell as it was after "Clear".
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

/** Why the browser test cannot run here, or undefined. As root a missing package is installed (or the suite fails). */
function browserUnavailable(): string | undefined {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    systemDeps.ensureDebianPackages(SYSTEM_PACKAGES);
    return undefined;
  }
  const missing = SYSTEM_PACKAGES.filter((p) => !systemDeps.isInstalled(p));
  if (missing.length === 0 && existsSync(CHROMIUM)) return undefined;
  return `needs ${missing.join(', ') || CHROMIUM}, and installing needs root: sudo apt-get install -y ${missing.join(' ') || 'chromium'}`;
}

const unavailable = browserUnavailable();
if (unavailable) console.warn(`taskpane.e2e: skipped: ${unavailable}`);
const describeBrowser = unavailable ? describe.skip : describe;

const SAMPLES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

declare global {
  interface Window {
    __SIM_WORKBOOK__?: unknown;
    __SIM__?: SimInspector;
  }
}

interface ShownFinding {
  rule: string;
  sheet: string;
  severity: string;
  cells: string;
  message: string;
}

function bundledRuleSet(): RuleSet {
  const dir = join(REPO, 'rules');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.rules.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const { ruleSet, problems } = loadRuleSet(files, bundledVocabularyFile());
  if (problems.length > 0) throw new Error(`bundled rules have problems: ${JSON.stringify(problems)}`);
  return ruleSet;
}

async function readBook(path: string): Promise<WorkbookSnapshot> {
  const book = await readWorkbookFile(path);
  const fatal = book.problems.find((p) => p.fatal);
  if (fatal) throw new Error(`${path}: ${fatal.message}`);
  return book;
}

/** What the core finds in Node, in the order the pane lists it (per sheet, errors then warnings then notes). */
async function nodeFindings(sheets: SheetSnapshot[], ruleSet: RuleSet): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const sheet of sheets) {
    const report = await checkSheet(sheet, ruleSet, { lang: 'zh-CN' });
    for (const severity of SEVERITIES) findings.push(...report.findings.filter((f) => f.severity === severity));
  }
  return findings;
}

/** A finding as the pane's list item should carry it. */
function asShown(f: Finding): ShownFinding {
  return { rule: f.ruleId, sheet: f.sheet, severity: f.severity, cells: f.cells.map((c) => c.address).join(','), message: f.message };
}

/** The user's conditional formats, priority aside (the add-in's go on top while they are shown). */
function userFormats(workbook: SimWorkbook, ids: Set<string>): Record<string, Omit<ConditionalFormatModel, 'priority'>[]> {
  return Object.fromEntries(
    workbook.sheets.map((s) => [s.name, s.conditionalFormats.filter((cf) => ids.has(cf.id)).map(({ priority: _p, ...rest }) => rest)]),
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

/** The smallest block holding the cells, as Excel writes it. */
function boundingArea(addresses: string[]): string {
  const cells = addresses.map((a) => {
    const at = parseA1(a);
    if (!at) throw new Error(`not an A1 address: ${a}`);
    return at;
  });
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  return formatArea({ top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...cols), right: Math.max(...cols) });
}

async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.getAttribute('aria-busy') === 'false');
  await page.evaluate(() => window.__SIM__?.whenIdle());
  const error = await page.$eval('#error', (e) => ((e as HTMLElement).hidden ? '' : (e.textContent ?? '')));
  expect(error).toBe('');
}

async function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.$$eval('[data-finding]', (elements) =>
    elements.map((e) => {
      const d = (e as HTMLElement).dataset;
      return {
        rule: d.rule ?? '',
        sheet: d.sheet ?? '',
        severity: d.severity ?? '',
        cells: d.cells ?? '',
        message: e.querySelector('.finding-message')?.textContent ?? '',
      };
    }),
  );
}

function simWorkbook(page: Page): Promise<SimWorkbook> {
  return page.evaluate(() => (window.__SIM__ as SimInspector).workbook());
}

function counters(page: Page): Promise<HostCounters> {
  return page.evaluate(() => (window.__SIM__ as SimInspector).counters());
}

/** A planted sample with the user's own fills, fonts, borders and two conditional formats on cells the add-in marks. */
async function writeUserFormatsFixture(dir: string): Promise<string> {
  const source = 'liaoning-coverage-planted.xlsx';
  const planted = plantedFileSchema.parse(JSON.parse(readFileSync(join(SEEDS, 'planted.json'), 'utf8'))).filter((p) => p.file === source);
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
    rules: [{ type: 'expression', priority: 1, formulae: ['B6>5000'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } } }],
  });
  second.addConditionalFormatting({
    ref: 'B5:B20',
    rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['40'], style: { font: { italic: true, color: { argb: 'FF9C0006' } } } }],
  });
  const path = join(dir, 'user-formats.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describeBrowser('task pane in Chromium over the simulated Excel host', () => {
  let tmp: string;
  let server: StaticServer;
  let browser: BrowserContext;
  let ruleSet: RuleSet;
  let fixturePath: string;
  let screenshotTaken = false;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'statlint-e2e-'));
    await mkdir(OUTPUT, { recursive: true });
    const paneDir = join(OUTPUT, 'pane');
    const [, simOffice] = await Promise.all([buildTaskPane(paneDir), buildSimOffice(OUTPUT)]);
    server = await serveStatic(paneDir, { '/office.js': simOffice });
    browser = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 420, height: 1000 },
      locale: 'zh-CN',
    });
    ruleSet = bundledRuleSet();
    fixturePath = await writeUserFormatsFixture(tmp);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** A new page of the pane over `workbook`, started; `errors` collects the page's errors and failed requests. */
  async function openPane(workbook: SimWorkbook): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    // The browser's own favicon request aside, every file the pane asks for must be there.
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.addInitScript((model) => {
      window.__SIM_WORKBOOK__ = model;
    }, workbook);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('#summary > *');
    return { page, errors };
  }

  /** Opens the pane over `path`, checks all sheets, and verifies findings, marks, selection and clearing. */
  async function checkWorkbook(path: string, excelApi: '1.17' | '1.7' = '1.17'): Promise<void> {
    const original = await simWorkbookFromFile(path, { requirementSets: { ExcelApi: excelApi } });
    const expected = await nodeFindings((await readBook(path)).sheets, ruleSet);
    const userIds = new Set(original.sheets.flatMap((s) => s.conditionalFormats.map((cf) => cf.id)));
    const { page, errors } = await openPane(original);
    try {
      await page.evaluate(() => (window.__SIM__ as SimInspector).resetCounters());
      await page.click('#check-all');
      await waitIdle(page);
      const checked = await counters(page);

      // The findings, as the core gives them in Node.
      expect(await shownFindings(page)).toEqual(expected.map(asShown));

      // Marks on exactly the findings' cells, in their style; nothing else changed.
      const marked = await simWorkbook(page);
      expect(Object.fromEntries(actualMarks(marked.sheets, userIds))).toEqual(Object.fromEntries(expectedMarks(expected)));
      expect(userFormats(marked, userIds)).toEqual(userFormats(original, userIds));
      expectSameCells(marked, original);

      if (!screenshotTaken && expected.length > 0) {
        await page.screenshot({ path: join(OUTPUT, 'taskpane-zh.png'), fullPage: true });
        screenshotTaken = true;
      }

      // Clicking a finding (on another sheet than the active one, where there is one) selects its cells there.
      const shown = await shownFindings(page);
      if (shown.length > 0) {
        const active = (await page.evaluate(() => (window.__SIM__ as SimInspector).selection())).sheet;
        const index = Math.max(0, shown.findIndex((f) => f.sheet !== active));
        await page.locator('[data-finding]').nth(index).click();
        await waitIdle(page);
        // Several areas need ExcelApi 1.9 (getRanges); before it the add-in selects the block around them.
        const cells = shown[index].cells;
        expect(await page.evaluate(() => (window.__SIM__ as SimInspector).selection())).toEqual({
          sheet: shown[index].sheet,
          address: excelApi === '1.17' ? cells : boundingArea(cells.split(',')),
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

  it('keeps the user\'s own fills, fonts, borders and conditional formats', async () => {
    const model = await simWorkbookFromFile(fixturePath);
    // The fixture really carries them, so the comparisons of checkWorkbook cover them.
    expect(model.sheets.flatMap((s) => s.conditionalFormats).map((cf) => cf.type)).toEqual(['Custom', 'CellValue']);
    expect(model.sheets[0].rows[0][0]?.format).toMatchObject({ fill: '#DDEBF7' });
    await checkWorkbook(fixturePath);
  });

  it("works at ExcelApi 1.7, the manifest's minimum: a conditional format per block, the block around a finding selected", async () => {
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
    if (!at || !typed || typed.formula !== undefined) throw new Error(`${file}: ${plant.sheet}!${plant.cell} is not a typed number`);

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
    const before = await nodeFindings(book.sheets, ruleSet);
    const after = await nodeFindings(sheets, ruleSet);
    expect(after).not.toEqual(before);

    const { page, errors } = await openPane(original);
    try {
      await page.click('#check-all');
      await waitIdle(page);
      expect(await shownFindings(page)).toEqual(before.map(asShown));
      await page.evaluate(({ sheet, address, cell }) => (window.__SIM__ as SimInspector).editCell(sheet, address, cell), {
        sheet: plant.sheet,
        address: plant.cell,
        cell: edited,
      });
      await page.waitForFunction((status) => document.getElementById('status')?.textContent === status, t('zh-CN', 'rechecked', { sheet: plant.sheet }));
      await waitIdle(page);
      expect(await shownFindings(page)).toEqual(after.map(asShown));
      const marked = await simWorkbook(page);
      expect(Object.fromEntries(actualMarks(marked.sheets, new Set()))).toEqual(Object.fromEntries(expectedMarks(after)));
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
