/** Hostile and broken inputs through the command line: whatever the file holds, one plain message and an honest exit code. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main';
import { fixedText } from '../src/core/format';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.out.push(c));
  err.on('data', (c: Buffer) => chunks.err.push(c));
  const code = await main(args, out as unknown as NodeJS.WriteStream, err as unknown as NodeJS.WriteStream);
  return { code, out: Buffer.concat(chunks.out).toString('utf8'), err: Buffer.concat(chunks.err).toString('utf8') };
}

describe('display rounding of extreme figures', () => {
  test('a total row whose member is typed with 151 decimals: the finding is reported, exit 1, no stack trace', async () => {
    const tiny = `0.${'0'.repeat(150)}1`;
    const path = file('tiny.csv', `地区,企业数,覆盖企业数\n城关,4009,${tiny}\n东城,100,50\n合计,4109,2159\n`);
    const { code, out, err } = await run('check', path);
    expect(code).toBe(1);
    expect(err).not.toMatch(/RangeError|toFixed|\n\s+at /);
    // The sum is shown with the 151 places the member was typed with (50 + 1e-151 is 50 in floating point).
    expect(out).toContain(`合计：覆盖企业数应为 50.${'0'.repeat(151)}（C2 + C3），表中为 2159.${'0'.repeat(151)}`);
  });

  test('fixedText writes any finite number with any count of places', () => {
    expect(fixedText(1.25, 1)).toBe((1.25).toFixed(1));
    expect(fixedText(1e-150, 151)).toBe(`0.${'0'.repeat(149)}10`);
    expect(fixedText(-2159, 102)).toBe(`-2159.${'0'.repeat(102)}`);
    expect(fixedText(1.5e25, 101)).toBe(`15000000000000000000000000.${'0'.repeat(101)}`);
  });
});
