/**
 * Never an impossible suggested value: on the samples, the real tables and the fixtures between tables, every cell
 * to check either leads with a value a cell of its kind can hold, or says that the figure cannot be inferred.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from './helpers/run-cli';
import { writeLedgerWorkbook, writeTwoLevelFolder } from './fixtures/two-levels';
import { writeSameMeasureFolder } from './fixtures/same-measure';

interface Fix {
  sheet: string;
  address: string;
  typed?: number;
  value?: number;
  shown?: string;
  message: string;
}

async function fixesIn(path: string): Promise<Fix[]> {
  const { out } = await run('check', path, '--format', 'json');
  return (JSON.parse(out) as { files: { cellFixes: Fix[] }[] }).files.flatMap((f) => f.cellFixes);
}

describe('every cell to check leads with a possible value, or with none', () => {
  let folders: Record<string, string>;
  beforeAll(async () => {
    const twoLevels = mkdtempSync(join(tmpdir(), 'statlint-possible-two-'));
    await writeTwoLevelFolder(twoLevels, [{ county: '皇姑区', col: 1, by: -50 }], { county: '和平区', col: 2, by: 5 });
    await writeLedgerWorkbook(join(twoLevels, '和平区台账.xlsx'), { street: '南市街道', col: 2, by: 1 });
    const same = mkdtempSync(join(tmpdir(), 'statlint-possible-same-'));
    await writeSameMeasureFolder(same);
    folders = {
      samples: join(__dirname, '..', 'seeds', 'sheets'),
      realTables: join(__dirname, 'corpora', 'real-cn'),
      twoLevels,
      same,
    };
  });

  test.each(['samples', 'realTables', 'twoLevels', 'same'])('%s', async (name) => {
    const fixes = await fixesIn(folders[name]);
    if (name === 'samples' || name === 'twoLevels') expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) {
      if (fix.value === undefined) {
        expect(fix.message.startsWith(`${fix.address} 的正确数值无法推断`)).toBe(true);
        continue;
      }
      expect(fix.message.startsWith(`${fix.address} 可能应为 ${fix.shown}`)).toBe(true);
      // Counts and rates in these tables are never negative; a rate shown in per cent stays within 0–100.
      expect(fix.value).toBeGreaterThanOrEqual(0);
      if (fix.shown?.endsWith('%')) expect(fix.value).toBeLessThanOrEqual(100);
      // A whole figure typed where a whole figure belongs is never offered a fraction.
      if (fix.typed !== undefined && Number.isInteger(fix.typed) && !fix.shown?.includes('.'))
        expect(Number.isInteger(fix.value)).toBe(true);
    }
  });
});
