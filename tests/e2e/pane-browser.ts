import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadRuleSet, type RuleSet } from '../../src/core/rules';
import { bundledVocabularyFile } from '../../src/node/rule-files';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readWorkbookFile } from '../../src/node/read-workbook';
import type { HostCounters } from '../sim-excel/host';
import type { SimWorkbook } from '../sim-excel/model';
import type { SimInspector } from '../sim-excel/office';
import { buildSimOffice, buildTaskPane } from './build';
import { serveStatic, type StaticServer } from './server';

/** The built task pane in headless Chromium over the simulated Excel host: what every pane browser test shares. */

export const REPO = join(__dirname, '..', '..');
export const OUTPUT = join(REPO, 'tests', 'output');
export const SEEDS = join(REPO, 'seeds', 'sheets');
const CHROMIUM = '/usr/bin/chromium';
const SYSTEM_PACKAGES = ['chromium', 'fonts-noto-cjk'];

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script shared with npm's pretest
const systemDeps = require('../../scripts/ensure-system-deps.js') as {
  ensureDebianPackages: (pkgs: string[]) => string[];
  isInstalled: (pkg: string) => boolean;
};

/** Why the browser test cannot run here, or undefined. As root a missing package is installed (or the suite fails). */
export function browserUnavailable(): string | undefined {
  if (process.getuid?.() === 0) {
    systemDeps.ensureDebianPackages(SYSTEM_PACKAGES);
    return undefined;
  }
  const missing = SYSTEM_PACKAGES.filter((p) => !systemDeps.isInstalled(p));
  if (missing.length === 0 && existsSync(CHROMIUM)) return undefined;
  return `needs ${missing.join(', ') || CHROMIUM}, and installing needs root: sudo apt-get install -y ${missing.join(' ') || 'chromium'}`;
}

declare global {
  interface Window {
    __SIM_WORKBOOK__?: unknown;
    __SIM__?: SimInspector;
  }
}

export function bundledRuleSet(): RuleSet {
  const dir = join(REPO, 'rules');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.rules.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const { ruleSet, problems } = loadRuleSet(files, bundledVocabularyFile());
  if (problems.length > 0) throw new Error(`bundled rules have problems: ${JSON.stringify(problems)}`);
  return ruleSet;
}

export async function readBook(path: string): Promise<WorkbookSnapshot> {
  const book = await readWorkbookFile(path);
  const fatal = book.problems.find((p) => p.fatal);
  if (fatal) throw new Error(`${path}: ${fatal.message}`);
  return book;
}

export interface PaneBrowser {
  tmp: string;
  /** A new page of the pane over `workbook`, started; `errors` collects the page's errors and failed requests. */
  openPane(workbook: SimWorkbook, width?: number): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Builds the pane and the simulated office.js into tests/output/`name`, serves them and starts Chromium. */
export async function startPaneBrowser(name: string): Promise<PaneBrowser> {
  const tmp = await mkdtemp(join(tmpdir(), `statlint-${name}-`));
  const outDir = join(OUTPUT, name);
  await mkdir(outDir, { recursive: true });
  const paneDir = join(outDir, 'pane');
  const [, simOffice] = await Promise.all([buildTaskPane(paneDir), buildSimOffice(outDir)]);
  const server: StaticServer = await serveStatic(paneDir, { '/office.js': simOffice });
  const browser: BrowserContext = await chromium.launchPersistentContext(join(tmp, 'profile'), {
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
    acceptDownloads: true,
  });
  return {
    tmp,
    async openPane(workbook, width) {
      const page = await browser.newPage();
      if (width) await page.setViewportSize({ width, height: 900 });
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
    },
    async close() {
      await browser.close();
      await server.close();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/** Waits until the pane is idle and the simulated host's event handlers have run. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.getAttribute('aria-busy') === 'false');
  await page.evaluate(() => window.__SIM__?.whenIdle());
}

/** The pane's error line ('' when hidden). */
export function paneError(page: Page): Promise<string> {
  return page.$eval('#error', (e) => ((e as HTMLElement).hidden ? '' : (e.textContent ?? '')));
}

export function simWorkbook(page: Page): Promise<SimWorkbook> {
  return page.evaluate(() => (window.__SIM__ as SimInspector).workbook());
}

export function counters(page: Page): Promise<HostCounters> {
  return page.evaluate(() => (window.__SIM__ as SimInspector).counters());
}

export interface ShownCard {
  sheet: string;
  address: string;
  message: string;
}

/** The cards as the pane shows them: sheet, suspect cell and the lead sentence. */
export function shownCards(page: Page): Promise<ShownCard[]> {
  return page.$$eval('[data-card]', (elements) =>
    elements.map((e) => ({
      sheet: e.getAttribute('data-sheet') ?? '',
      address: e.getAttribute('data-address') ?? '',
      message: e.querySelector('[data-fix]')?.textContent ?? '',
    })),
  );
}

export interface SheetShown {
  sheet: string;
  status: string;
  badge: string;
  detail: string;
  note: string;
}

/** Each sheet's section: its status kind, badge text, detail and note. */
export function shownSheets(page: Page): Promise<SheetShown[]> {
  return page.$$eval('section.sheet-findings', (sections) =>
    sections.map((s) => ({
      sheet: s.getAttribute('data-sheet') ?? '',
      status: s.getAttribute('data-status') ?? '',
      badge: s.querySelector('[data-status-badge]')?.textContent ?? '',
      detail: s.querySelector('[data-status-detail]')?.textContent ?? '',
      note: s.querySelector('.sheet-note')?.textContent ?? '',
    })),
  );
}
