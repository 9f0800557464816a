import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookBytes, extensionOf } from '../src/readers/read-workbook-bytes';
import { readWorkbookFile } from '../src/node/read-workbook';

/**
 * readWorkbookBytes is what the standalone page calls on a dropped file: no file system, no node:zlib (fflate
 * inflates). It must read every sample exactly as the command line's file reader does.
 */

const SEEDS = join(__dirname, '..', 'seeds', 'sheets');
const SAMPLES = readdirSync(SEEDS)
  .filter((f) => /\.(xlsx|csv)$/.test(f))
  .sort();

describe('readWorkbookBytes', () => {
  it.each(SAMPLES)('reads %s with fflate as the file reader does with zlib', async (name) => {
    const path = join(SEEDS, name);
    const fromFile = await readWorkbookFile(path);
    const fromBytes = readWorkbookBytes(new Uint8Array(readFileSync(path)), name);
    expect(fromBytes.sheets.length).toBeGreaterThan(0);
    expect(fromBytes.sheets).toEqual(fromFile.sheets);
    expect(fromBytes.problems).toEqual(fromFile.problems.map((p) => ({ ...p, file: name })));
  });

  it('dispatches by signature first, then by the extension of a bare file name', () => {
    const zipBytes = new Uint8Array(readFileSync(join(SEEDS, 'liaoning-coverage.xlsx')));
    // A workbook renamed .csv is still read as a workbook: the zip signature decides.
    expect(readWorkbookBytes(zipBytes, '表.CSV').sheets.length).toBeGreaterThan(0);
    const text = new TextEncoder().encode('地区,企业数\n甲,3\n');
    expect(readWorkbookBytes(text, '县表.xlsx').problems[0]).toMatchObject({
      fatal: true,
      message: 'not an Excel workbook (not a zip archive)',
    });
    expect(readWorkbookBytes(text, 'a.xls').problems[0].message).toMatch(/legacy \.xls/);
    expect(readWorkbookBytes(text, 'notes').problems[0].message).toBe('not a workbook or CSV');
    expect(readWorkbookBytes(new Uint8Array(0), 'x.xlsx').problems[0].message).toBe('is empty; not read');
    expect(readWorkbookBytes(text, 'x.csv', { maxInflatedBytes: 4 }).problems[0].message).toMatch(/larger than 4 B/);
    expect(readWorkbookBytes(text, 'x.csv').sheets[0].name).toBe('x');
  });

  it('takes the extension from the last part of a path with either separator', () => {
    expect(extensionOf('C:\\县\\表.XLSX')).toBe('.xlsx');
    expect(extensionOf('/tmp/a.b/表')).toBe('');
    expect(extensionOf('.csv')).toBe('');
  });
});
