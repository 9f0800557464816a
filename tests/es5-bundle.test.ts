import { parse } from 'acorn';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTaskPane } from './e2e/build';

/**
 * Excel 2016/2019 on Windows (the manifest's ExcelApi 1.7) run add-ins in Trident (IE11) or EdgeHTML: one ES2015+
 * token in the bundle and the page is blank. The production build must therefore parse as ES5, every file of it.
 */

/** The first non-ES5 syntax in `source` as `file:line:column: message`, or undefined. */
function firstNonEs5(file: string, source: string): string | undefined {
  try {
    parse(source, { ecmaVersion: 5, sourceType: 'script', locations: true });
    return undefined;
  } catch (e) {
    const at = (e as { loc?: { line: number; column: number }; pos?: number }).loc;
    const pos = (e as { pos?: number }).pos ?? 0;
    return `${file}:${at?.line}:${(at?.column ?? 0) + 1}: ${(e as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 40), pos + 40))}`;
  }
}

describe('task pane bundle', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'statlint-es5-'));
    await buildTaskPane(dir);
  }, 300_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is ES5 in every script, dependencies and webpack runtime included', async () => {
    const scripts = (await readdir(dir)).filter((f) => f.endsWith('.js')).sort();
    expect(scripts).toContain('taskpane.js');
    expect(scripts).toContain('page.js'); // the standalone page (src/page)
    const problems: string[] = [];
    for (const file of scripts) {
      const problem = firstNonEs5(file, await readFile(join(dir, file), 'utf8'));
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
  });

  it.each(['taskpane.html', 'page.html'])('is ES5 in the inline scripts of %s', async (page) => {
    const html = await readFile(join(dir, page), 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.map((code, i) => firstNonEs5(`${page} inline script ${i + 1}`, code)).filter(Boolean)).toEqual([]);
  });

  it('calls the APIs IE11 lacks only with their polyfills bundled', async () => {
    const js = await readFile(join(dir, 'taskpane.js'), 'utf8');
    // core-js registers each polyfill under its name; the pane's and zod's calls are there in the minified code.
    for (const used of ['hasOwn', 'replaceAll', 'fromEntries', 'flatMap', 'replaceChildren'])
      expect(js).toContain(used);
    expect(js).toContain('core-js');
  });

  it('builds no regular expression IE11 cannot compile (named groups, lookbehind) from a string', async () => {
    const js = await readFile(join(dir, 'taskpane.js'), 'utf8');
    // core-js's own probe for named-group support ("(?<a>b)", inside a try) is the one allowed.
    const found = (js.match(/\(\?<[=!a-zA-Z][^)]*\)/g) ?? []).filter((group) => group !== '(?<a>b)');
    expect(found).toEqual([]);
  });
});
