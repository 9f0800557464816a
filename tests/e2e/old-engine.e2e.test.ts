import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildTaskPane } from './build';
import { serveStatic, type StaticServer } from './server';

/**
 * The built pane where it cannot work must say so instead of showing dead buttons: office.js missing or never
 * ready, or an engine older than IE11. And IE11 itself (Office 2016/2019) must not be turned away.
 */

const REPO = join(__dirname, '..', '..');
const OUTPUT = join(REPO, 'tests', 'output');
const CHROMIUM = '/usr/bin/chromium';
const IE10 = 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)';
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const NO_OFFICE_ZH = '无法加载 Office 组件（office.js）';
const OLD_ENGINE_ZH = '此版本 Office 使用的浏览器内核过旧，无法运行本加载项';

const describeBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`old-engine.e2e: skipped: needs ${CHROMIUM}`);

/** office.js that loads but whose onReady never fires, as when the host never answers. */
const NEVER_READY_OFFICE = 'window.Office = { onReady: function () { return new Promise(function () {}); } };';
/** office.js of a host that is ready but is not Excel, enough for the pane to start. */
const READY_OFFICE =
  'window.Office = { HostType: { Excel: "Excel" }, context: { displayLanguage: "zh-CN" }, ' +
  'onReady: function (cb) { var info = { host: "Word" }; setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); } };';

describeBrowser('task pane where it cannot run', () => {
  let tmp: string;
  let browser: BrowserContext;
  const servers: Record<'none' | 'neverReady' | 'ready', StaticServer> = {} as never;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'statlint-old-engine-'));
    await mkdir(OUTPUT, { recursive: true });
    const paneDir = join(tmp, 'pane');
    await buildTaskPane(paneDir);
    await writeFile(join(tmp, 'never-ready.js'), NEVER_READY_OFFICE);
    await writeFile(join(tmp, 'ready.js'), READY_OFFICE);
    servers.none = await serveStatic(paneDir);
    servers.neverReady = await serveStatic(paneDir, { '/office.js': join(tmp, 'never-ready.js') });
    servers.ready = await serveStatic(paneDir, { '/office.js': join(tmp, 'ready.js') });
    browser = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      viewport: { width: 420, height: 800 },
      locale: 'zh-CN',
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(Object.values(servers).map((s) => s.close()));
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** A page with the browser's user agent (and navigator.language) replaced, as the engine itself reports it. */
  async function newPage(userAgent?: string, language = 'zh-CN'): Promise<Page> {
    const page = await browser.newPage();
    if (userAgent) {
      const cdp = await browser.newCDPSession(page);
      await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: language });
    }
    await page.addInitScript((lang) => Object.defineProperty(navigator, 'language', { get: () => lang }), language);
    return page;
  }

  /** The blocking message once shown: its reason, its text, and whether the pane's controls are still visible. */
  async function blocker(page: Page): Promise<{ reason: string | null; text: string; controlsVisible: boolean }> {
    await page.waitForSelector('#blocker', { state: 'visible' });
    return {
      reason: await page.getAttribute('#blocker', 'data-reason'),
      text: (await page.textContent('#blocker')) ?? '',
      controlsVisible: await page.isVisible('#check-all'),
    };
  }

  it('says office.js could not be loaded when the Office global is missing', async () => {
    const page = await newPage();
    try {
      await page.goto(`${servers.none.url}taskpane.html`);
      const shown = await blocker(page);
      expect(shown.reason).toBe('noOffice');
      expect(shown.text).toContain(NO_OFFICE_ZH);
      expect(shown.text).toContain('请检查网络或联系管理员');
      expect(shown.controlsVisible).toBe(false);
      await page.screenshot({ path: join(OUTPUT, 'taskpane-no-office.png') });
    } finally {
      await page.close();
    }
  });

  it('says the same, in English for an English browser, when Office.onReady never fires within 10 s', async () => {
    const page = await newPage(undefined, 'en-US');
    try {
      await page.clock.install();
      await page.goto(`${servers.neverReady.url}taskpane.html`);
      await page.waitForLoadState('domcontentloaded');
      expect(await page.isVisible('#blocker')).toBe(false);
      await page.clock.fastForward(9_000);
      expect(await page.isVisible('#blocker')).toBe(false);
      await page.clock.fastForward(1_500);
      const shown = await blocker(page);
      expect(shown.reason).toBe('noOffice');
      expect(shown.text).toContain('Could not load the Office component (office.js)');
    } finally {
      await page.close();
    }
  });

  it('says the engine is too old in an IE10 webview (document mode 10, as Compatibility View forces)', async () => {
    const page = await newPage(IE10);
    try {
      await page.goto(`${servers.ready.url}taskpane.html`);
      expect(await page.evaluate(() => navigator.userAgent)).toBe(IE10);
      const shown = await blocker(page);
      expect(shown.reason).toBe('oldEngine');
      expect(shown.text).toContain(OLD_ENGINE_ZH);
      expect(shown.controlsVisible).toBe(false);
      await page.screenshot({ path: join(OUTPUT, 'taskpane-old-engine.png') });
    } finally {
      await page.close();
    }
  });

  it('lets IE11 (Trident/7.0, Office 2016/2019) through: the bundle is ES5 with polyfills', async () => {
    const page = await newPage(IE11);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${servers.ready.url}taskpane.html`);
      expect(await page.evaluate(() => navigator.userAgent)).toBe(IE11);
      // The pane ran: Office ready, and it says the host is not Excel.
      await page.waitForSelector('#error', { state: 'visible' });
      expect(await page.textContent('#error')).toBe('请在 Excel 中打开此加载项。');
      expect(await page.isVisible('#blocker')).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
