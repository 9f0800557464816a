/**
 * The checker on the clean sheets of published layouts that nobody who wrote statlint wrote (tests/corpora/layouts,
 * see its README): every figure is consistent, so any error or warning is a false alarm. Each layout fixed in issue 9
 * (a 单位 column, blocks side by side, one row per period, a `#城镇` row under 全市, two 其中 breakdowns of one whole,
 * a header `指标 | 2024年末` …) raised one here before.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spanOf } from '../src/core/continuation';
import { checkSheet } from '../src/core/linter';
import { readWorkbookFile } from '../src/node/read-workbook';
import { readRuleSet } from '../src/node/rule-files';
import { wasChecked } from '../src/reports/summary';

const { ruleSet } = readRuleSet();
const CORPUS = join(__dirname, 'corpora', 'layouts');
const files = readdirSync(CORPUS)
  .filter((dir) => dir !== 'generators' && !dir.includes('.'))
  .flatMap((dir) =>
    readdirSync(join(CORPUS, dir))
      .filter((f) => /\.(xlsx|csv)$/.test(f))
      .sort()
      .map((f) => join(dir, f)),
  );

describe('clean sheets of published layouts', () => {
  let alarms: string[] = [];
  let unread: string[] = [];
  const checked: boolean[] = [];

  beforeAll(async () => {
    alarms = [];
    unread = [];
    for (const file of files) {
      const workbook = await readWorkbookFile(join(CORPUS, file));
      unread.push(...workbook.problems.filter((p) => p.fatal).map((p) => `${file}: ${p.message}`));
      for (const [i, sheet] of workbook.sheets.entries()) {
        const report = await checkSheet(sheet, ruleSet, { lang: 'en', ...spanOf(workbook.sheets, i, ruleSet.lexicon) });
        checked.push(wasChecked(report));
        for (const f of report.findings)
          if (f.severity !== 'info') alarms.push(`${file} [${sheet.name}] ${f.ruleId} ${f.cells[0]?.address ?? ''}`);
      }
    }
  }, 600_000);

  test('every file is read', () => {
    expect(files.length).toBe(5949);
    expect(unread).toEqual([]);
  });

  test('no sheet raises an error or a warning', () => {
    expect(alarms).toEqual([]);
  });

  test('nine sheets in ten are checked (a checker that reads nothing would raise nothing)', () => {
    expect(checked.filter(Boolean).length * 10).toBeGreaterThanOrEqual(checked.length * 9);
  });
});
