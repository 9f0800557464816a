import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../src/core/linter';
import { loadRuleSet } from '../src/core/rules';
import { ExcelWorkbookHost, type OfficeApi } from '../src/office/excel-host';
import { bundledVocabularyFile } from '../src/node/rule-files';
import { writeCaseBook, type CaseSheet } from './helpers/case-book';
import { simWorkbookFromFile } from './sim-excel/from-xlsx';
import { createSimOffice, type SimOffice } from './sim-excel/office';

/**
 * The add-in reads Excel's indent (issue 9, case 2) through the simulated host: districts indented under their city
 * are its members, so the province total sums the cities only. Before ExcelApi 1.9 (no getCellProperties) the indent
 * is not read.
 */

const SHEET: CaseSheet = {
  name: '缩进',
  rows: [
    ['地区', '企业数（家）', '覆盖企业数（家）', '党组织覆盖率（%）'],
    ['全省', 600, 420, 70.0],
    ['甲市', 350, 245, 70.0],
    [{ v: '甲一区', indent: 1 }, 200, 150, 75.0],
    [{ v: '甲二区', indent: 1 }, 150, 95, 63.3],
    ['乙市', 250, 175, 70.0],
    [{ v: '乙一区', indent: 2 }, 250, 175, 70.0],
  ],
  plant: { address: 'B4', value: 210 },
};

function officeApiOf(sim: SimOffice): OfficeApi {
  return {
    run: (batch) => sim.Excel.run(batch as never),
    isSetSupported: (name, version) => sim.Office.context.requirements.isSetSupported(name, version),
  };
}

function ruleSet() {
  const dir = join(__dirname, '..', 'rules');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.rules.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return loadRuleSet(files, bundledVocabularyFile()).ruleSet;
}

async function readInExcel(planted: boolean, excelApi: string) {
  const book = await simWorkbookFromFile(await writeCaseBook('缩进-加载项', [SHEET], planted), {
    requirementSets: { ExcelApi: excelApi },
  });
  return new ExcelWorkbookHost(officeApiOf(createSimOffice(book))).readSheet(SHEET.name);
}

const errorSuspects = async (planted: boolean, excelApi: string) =>
  (await checkSheet(await readInExcel(planted, excelApi), ruleSet(), { lang: 'zh-CN' })).findings
    .filter((f) => f.severity === 'error')
    .flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address));

describe('Excel indent through the add-in', () => {
  test('the label cells carry their indent level, the other cells none', async () => {
    const sheet = await readInExcel(false, '1.17');
    expect(sheet.rows.map((row) => row[0]?.indent)).toEqual([undefined, undefined, undefined, 1, 1, undefined, 2]);
    expect(sheet.rows.flat().filter((c) => c?.indent !== undefined)).toHaveLength(3);
  });

  test('the clean sheet has no error finding, and the planted district is the only suspect', async () => {
    expect(await errorSuspects(false, '1.17')).toEqual([]);
    expect([...new Set(await errorSuspects(true, '1.17'))]).toEqual(['B4']);
  });

  test('before ExcelApi 1.9 the indent is not read (and the nesting with it)', async () => {
    const sheet = await readInExcel(false, '1.8');
    expect(sheet.rows.flat().some((c) => c?.indent !== undefined)).toBe(false);
  });
});
