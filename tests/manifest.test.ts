import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..');
const manifestPath = path.join(root, 'manifest.xml');
const manifest = fs.readFileSync(manifestPath, 'utf8');

/** Runs `npm run validate`'s script (xmllint against the bundled XSDs) on a manifest file. */
function validate(file: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'validate-manifest.js'), file], {
    encoding: 'utf8',
  });
  return { status: r.status, output: r.stdout + r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statlint-manifest-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function brokenCopy(name: string, change: (xml: string) => string): string {
  const changed = change(manifest);
  expect(changed).not.toBe(manifest);
  const file = path.join(dir, name);
  fs.writeFileSync(file, changed);
  return file;
}

const NS = '{http://schemas.microsoft.com/office/appforoffice/1.1}';

describe('manifest.xml', () => {
  it('validates against the Office add-in manifest schema', () => {
    const r = validate(manifestPath);
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('fails, naming the element, when <Id> is removed', () => {
    const r = validate(brokenCopy('missing-id.xml', (xml) => xml.replace(/\s*<Id>[^<]*<\/Id>/, '')));
    expect(r.status).toBe(3);
    expect(r.output).toContain(`Element '${NS}Version': This element is not expected. Expected is ( ${NS}Id )`);
  });

  it('fails on an invalid Locale', () => {
    const r = validate(
      brokenCopy('bad-locale.xml', (xml) => xml.replace('<Override Locale="en-US"', '<Override Locale="en_US"')),
    );
    expect(r.status).toBe(3);
    expect(r.output).toContain(`Element '${NS}Override', attribute 'Locale'`);
    expect(r.output).toContain("The value 'en_US' is not accepted");
  });

  // What the schema does not check: references between the manifest's own parts and the files it names.
  it('defines every resource id it uses', () => {
    const used = new Set([...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined].filter((id) => !used.has(id))).toEqual([]);
  });

  it('points at icons in assets/ of the declared size, and at the built task pane', () => {
    const icons = [
      ...[...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x\1" DefaultValue="([^"]+)"/g)].map((m) => ({
        size: Number(m[1]),
        url: m[2],
      })),
      { size: 32, url: /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? '' },
      { size: 64, url: /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? '' },
    ];
    expect(icons.map((i) => i.size).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    for (const { size, url } of icons) {
      const png = fs.readFileSync(path.join(root, new URL(url).pathname));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    const pages = [...manifest.matchAll(/(?:SourceLocation|bt:Url id="Taskpane\.Url") DefaultValue="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(pages).toEqual(['https://localhost:3000/taskpane.html', 'https://localhost:3000/taskpane.html']);
    expect(fs.existsSync(path.join(root, 'src', 'taskpane', 'taskpane.html'))).toBe(true);
  });
});
