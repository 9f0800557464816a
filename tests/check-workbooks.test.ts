/**
 * The checker on realistic workbooks: every sample in seeds/sheets and every test fixture, clean and planted. A clean
 * workbook gets no error-severity finding; a planted twin gets exactly the findings its documentation lists, each
 * blaming the planted cell.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkFiles } from '../src/node/check-files';
import { readRuleSet } from '../src/node/rule-files';
import { FIXTURES, writeFixture, type FixtureName, type PlantedEntry } from './fixtures/build';
import { plantedFileSchema } from './fixtures/spec';

const { ruleSet } = readRuleSet();
const SAMPLES_DIR = join(__dirname, '..', 'seeds', 'sheets');
const planted = plantedFileSchema.parse(JSON.parse(readFileSync(join(SAMPLES_DIR, 'planted.json'), 'utf8')));

type Key = string;
const key = (file: string, sheet: string, rule: string, suspects: string) =>
  `${file} | ${sheet} | ${rule} | ${suspects}`;

async function findingKeys(path: string): Promise<{ keys: Key[]; errors: number }> {
  const { results } = await checkFiles([path], { ruleSet, lang: 'zh-CN' });
  const keys: Key[] = [];
  let errors = 0;
  for (const r of results) {
    expect(r.problems.filter((p) => p.fatal)).toEqual([]);
    for (const sheet of r.sheets) {
      for (const f of sheet.findings) {
        if (f.severity === 'error') errors += 1;
        keys.push(
          key(
            basename(r.file),
            f.sheet,
            f.ruleId,
            f.cells
              .filter((c) => c.suspect)
              .map((c) => c.address)
              .join(','),
          ),
        );
      }
    }
  }
  return { keys: [...new Set(keys)].sort(), errors };
}

const expectedKeys = (entries: PlantedEntry[]) =>
  [...new Set(entries.map((p) => key(p.file, p.sheet, p.rule, p.suspect)))].sort();

describe('sample workbooks in seeds/sheets', () => {
  const twins = [...new Set(planted.map((p) => p.file))];
  test.each(twins)('%s reports exactly its planted errors, blaming the planted cells', async (file) => {
    const { keys } = await findingKeys(join(SAMPLES_DIR, file));
    expect(keys).toEqual(expectedKeys(planted.filter((p) => p.file === file)));
  });
  test.each(twins.map((f) => f.replace('-planted', '')))('%s (clean) has no finding', async (file) => {
    const { keys } = await findingKeys(join(SAMPLES_DIR, file));
    expect(keys).toEqual([]);
  });
  test('every rule is exercised by some planted error in the samples or fixtures', () => {
    const fixtureRules = Object.values(FIXTURES).flatMap((spec) =>
      spec.tables.flatMap((t) => (t.plants ?? []).flatMap((p) => [p.rule, ...(p.alsoBreaks ?? []).map((b) => b.rule)])),
    );
    const covered = new Set([...planted.map((p) => p.rule), ...fixtureRules]);
    // Rules no realistic table here plants: each is exercised by its own examples (tests/rules.test.ts) and seed cases.
    const notPlanted: Record<string, string> = {
      'repeated-figure-agrees':
        'compares a figure stated in two places (上报数 vs 核实数), a review sheet, not a county table',
      'covered-equals-branches-plus-joint':
        'the same relation as covered-equals-own-plus-joint, for sheets without a 小计 column',
      'enterprises-at-least-covered': 'planted in the issue 9 case 8 twins (tests/case-composed-headers.test.ts)',
      'period-change': 'planted in the issue 9 case 5 twins with two period blocks (tests/case-blocks.test.ts)',
      'closing-balance':
        'planted in the movement tables of rounds 37 and 38 (tests/case-round-37.test.ts, tests/case-round-38.test.ts)',
    };
    const uncovered = ruleSet.rules.map((r) => r.id).filter((id) => !covered.has(id) && !(id in notPlanted));
    expect(uncovered).toEqual([]);
  });
});

describe('test fixtures (variants the samples lack)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'statlint-fixtures-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const names = Object.keys(FIXTURES) as FixtureName[];
  test.each(names)('%s: clean has no error finding, planted reports its plants', async (name) => {
    const clean = await writeFixture(join(dir, 'clean'), name, 'clean');
    expect((await findingKeys(clean.path)).errors).toBe(0);
    const twin = await writeFixture(join(dir, 'planted'), name, 'planted');
    expect((await findingKeys(twin.path)).keys).toEqual(expectedKeys(twin.planted));
  });
});

test('planted.json and the fixtures name only rules that exist', () => {
  const ids = new Set(ruleSet.rules.map((r) => r.id));
  const fixtureRules = Object.values(FIXTURES).flatMap((spec) =>
    spec.tables.flatMap((t) => (t.plants ?? []).flatMap((p) => [p.rule, ...(p.alsoBreaks ?? []).map((b) => b.rule)])),
  );
  expect([...planted.map((p) => p.rule), ...fixtureRules].filter((id) => !ids.has(id))).toEqual([]);
});
