/** What a reviewer reads: one entry per cell to fix (with the value the sheet implies), CSV, and the multi-file summary. */
import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField } from '../src/reports/csv';
import { displayWidth } from '../src/reports/display-width';
import { cellFixes, typoBetween, type SuspectCell } from '../src/core/cell-fixes';
import { decodeCsvText, parseCsv } from '../src/readers/read-csv';
import { plantedFileSchema } from './fixtures/spec';
import { runCli as run } from './helpers/run-cli';

const SAMPLES = join(__dirname, '..', 'seeds', 'sheets');
const planted = plantedFileSchema.parse(JSON.parse(readFileSync(join(SAMPLES, 'planted.json'), 'utf8')));

interface Fix {
  sheet: string;
  address: string;
  value?: number;
  shown?: string;
  typo?: string;
  disagreeing: string[];
  message: string;
}

async function fixesOf(
  path: string,
  lang = 'zh-CN',
): Promise<{ fixes: Fix[]; summary: { cellsToFix: number; findings: number } }> {
  const { out } = await run('check', path, '--format', 'json', '--lang', lang);
  const doc = JSON.parse(out) as { files: { cellFixes: Fix[] }[]; summary: { cellsToFix: number; findings: number } };
  return { fixes: doc.files.flatMap((f) => f.cellFixes), summary: doc.summary };
}

/** The figure a planted cell held before it was spoiled, in the units the checker reads (percent points). */
function original(was: unknown): number | undefined {
  if (typeof was === 'string') return Number.parseFloat(was);
  // The samples' only figures below 1 are rates stored as fractions (0.423 shown as 42.3%), read in percent points.
  return typeof was === 'number' && Math.abs(was) < 1 ? was * 100 : (was as number);
}

describe('cell fixes: one entry per suspect cell, leading with the value it should probably hold', () => {
  const files = [...new Set(planted.map((p) => p.file))];
  test.each(files)('%s: every planted cell gets one entry with its original figure', async (file) => {
    const { fixes, summary } = await fixesOf(join(SAMPLES, file));
    const cells = [...new Map(planted.filter((p) => p.file === file).map((p) => [`${p.sheet}!${p.cell}`, p])).values()];
    expect(fixes.map((f) => `${f.sheet}!${f.address}`).sort()).toEqual(cells.map((p) => `${p.sheet}!${p.cell}`).sort());
    expect(summary.cellsToFix).toBe(cells.length);
    for (const p of cells) {
      const fix = fixes.find((f) => f.sheet === p.sheet && f.address === p.cell) as Fix;
      expect(fix.message.startsWith(`${p.cell} 可能应为 `)).toBe(true);
      expect(fix.value).toBeCloseTo(original(p.was) as number, 6);
    }
  });

  test('digit slips are named: swapped digits, a changed digit, a misplaced decimal point', async () => {
    const coverage = (await fixesOf(join(SAMPLES, 'liaoning-coverage-planted.xlsx'))).fixes;
    expect(coverage.find((f) => f.address === 'G9')?.message).toBe(
      'G9 可能应为 52.6（疑为相邻数字颠倒）：涉及 1 条关系（覆盖率与覆盖企业数、企业数一致）',
    );
    expect(coverage.find((f) => f.address === 'F8')?.typo).toBe('digit');
    const hotline = (await fixesOf(join(SAMPLES, 'liaoning-hotline-planted.xlsx'))).fixes;
    expect(hotline[0].message).toMatch(/^D6 可能应为 92\.7%（疑为相邻数字颠倒）/);
    const shenyang = (await fixesOf(join(SAMPLES, 'shenyang-key-enterprises-planted.xlsx'), 'en')).fixes;
    expect(shenyang.find((f) => f.address === 'J12')?.message).toMatch(
      /^J12 should probably be 86\.7 \(decimal point misplaced\?\): 2 relations involved/,
    );
    // A count typed as 2.5 or 7 for 4 is no digit slip worth naming.
    const b14 = shenyang.find((f) => f.address === 'B14');
    expect(b14?.value).toBe(2);
    expect(b14?.message).toMatch(/^B14 should probably be 2: /);
    expect(shenyang.find((f) => f.address === 'H13')?.typo).toBeUndefined();
  });

  test('an impossible implied value is never offered: the entry names the cells that disagree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-fixes-'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('热线').addRows([
      ['地区', '受理件数（件）', '办结件数（件）', '办结率（%）'],
      ['甲', 100, 150, 95.0],
      ['乙', 200, 180, 90.0],
      ['丙', 300, 270, 90.0],
      ['合计', 600, 600, 100.0],
    ]);
    const path = join(dir, 'impossible.xlsx');
    await wb.xlsx.writeFile(path);
    const { fixes } = await fixesOf(path);
    // 150 ÷ 100 implies a closure rate of 150%, outside [0, 100].
    expect(fixes).toEqual([
      expect.objectContaining({
        address: 'D2',
        disagreeing: ['C2', 'B2'],
        message: 'D2 的正确数值无法推断（与 C2、B2 不一致）：涉及 1 条关系（办结率与受理、办结件数一致）',
      }),
    ]);
    expect(fixes[0].value).toBeUndefined();
  });

  test('the text report lists the cells to check before the findings, and counts them in the summary', async () => {
    const { out } = await run('check', join(SAMPLES, 'liaoning-coverage-planted.xlsx'));
    const lines = out.split('\n');
    expect(lines[1]).toBe('  需核对的单元格:');
    expect(lines[2]).toMatch(/^ {4}\[非公企业党组织覆盖\] F8 可能应为 4319（疑为一位数字输错）：涉及 3 条关系/);
    expect(lines.findIndex((l) => l.includes('可能应为'))).toBeLessThan(
      lines.findIndex((l) => l.includes('(coverage-rate)')),
    );
    expect(out).toContain('需核对 4 个单元格（9 条发现，1 个文件）');
  });
});

describe('cell fixes, the pure core', () => {
  const count = (evidence: SuspectCell['evidence']): SuspectCell => ({
    address: 'C5',
    typed: 120,
    decimals: 0,
    percent: false,
    kind: 'count',
    evidence,
  });
  const rate = (evidence: SuspectCell['evidence']): SuspectCell => ({
    address: 'F15',
    typed: 9.68,
    decimals: 2,
    percent: false,
    kind: 'rate',
    evidence,
  });
  test('relations that imply different values, as many for each: no value, the disagreeing cells listed (at most six)', () => {
    const others = ['C3', 'C4', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11'];
    const [fix] = cellFixes(
      [
        count([
          { ruleId: 'a', title: '甲', implied: 100, exact: true, others: others.slice(0, 4) },
          { ruleId: 'b', title: '乙', implied: 90, exact: true, others: others.slice(4) },
        ]),
      ],
      'zh-CN',
    );
    expect(fix.value).toBeUndefined();
    expect(fix.message).toBe(
      'C5 的正确数值无法推断（与 C3、C4、C6、C7、C8、C9 等 8 个单元格不一致）：涉及 2 条关系（甲；乙）',
    );
  });
  test('a sum decides over a ratio; a negative or fractional count is never offered', () => {
    expect(
      cellFixes(
        [
          count([
            { ruleId: 'r', title: 'r', implied: 118.6, exact: false, others: [] },
            { ruleId: 's', title: 's', implied: 102, exact: true, others: [] },
          ]),
        ],
        'en',
      )[0].value,
    ).toBe(102);
    expect(
      cellFixes([count([{ ruleId: 's', title: 's', implied: -3, exact: true, others: ['C9'] }])], 'en')[0].message,
    ).toBe('C5: the correct figure cannot be inferred (it disagrees with C9): 1 relation involved (s)');
    expect(
      cellFixes([count([{ ruleId: 's', title: 's', implied: 7.5, exact: true, others: [] }])], 'en')[0].value,
    ).toBeUndefined();
  });
  test("the findings' relations decide over relations refused as findings, however many; these only where those imply nothing", () => {
    const near = (implied: number) => ({ ruleId: 'n', title: 'n', implied, exact: false, near: true, others: [] });
    const reported = { ruleId: 'r', title: 'r', implied: 7.68, exact: false, others: [] };
    expect(cellFixes([rate([reported, near(1.92), near(1.92)])], 'en')[0].value).toBe(7.68);
    expect(cellFixes([rate([{ ruleId: 'r', title: 'r', exact: false, others: [] }, near(1.92)])], 'en')[0].value).toBe(
      1.92,
    );
  });
  test.each([
    [3596, 3569, 0, 'swap'],
    [162, 16.2, 1, 'decimal'],
    [4519, 4319, 0, 'digit'],
    [359, 3569, 0, 'dropped'],
    [35669, 3569, 0, 'added'],
  ])('%d typed for %d: %s', (typed, implied, decimals, typo) => {
    expect(typoBetween(typed, implied, decimals)?.typo).toBe(typo);
  });
  test('no slip is named when the figures are unrelated', () => {
    expect(typoBetween(462, 126, 0)).toBeUndefined();
  });
});

describe('--format csv and --output', () => {
  test('one row per finding, UTF-8 with a BOM, quoted per RFC 4180, written to the --output file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-csv-'));
    const csvPath = join(dir, '报告.csv');
    const { code, out } = await run('check', SAMPLES, '--format', 'csv', '--output', csvPath);
    expect(code).toBe(1);
    expect(out).toBe('');
    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(decodeCsvText(bytes), ',');
    expect(rows[0]).toEqual(['文件', '工作表', '单元格', '规则', '严重程度', '说明', '应为', '实为']);
    const json = JSON.parse((await run('check', SAMPLES, '--format', 'json')).out) as { summary: { findings: number } };
    expect(rows).toHaveLength(1 + json.summary.findings);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    expect(rows).toContainEqual([
      join(SAMPLES, 'liaoning-coverage-planted.xlsx'),
      '非公企业党组织覆盖',
      'G9* F9 B9',
      'coverage-rate',
      '错误',
      '鞍山市：党组织覆盖率应为 52.6%（2109 ÷ 4009），表中为 56.2%',
      '52.6%',
      '56.2%',
    ]);
  });

  test('English messages hold commas and are quoted; quotes inside a field are doubled', async () => {
    const { out } = await run(
      'check',
      join(SAMPLES, 'liaoning-hotline-planted.xlsx'),
      '--format',
      'csv',
      '--lang',
      'en',
    );
    expect(out.split('\r\n')[1]).toContain(
      '"12345网站: closure rate should be 92.7% (2702 ÷ 2914), the sheet says 97.2%"',
    );
    expect(parseCsv(out.slice(1), ',')[1][5]).toBe(
      '12345网站: closure rate should be 92.7% (2702 ÷ 2914), the sheet says 97.2%',
    );
    expect(csvField('say "总计", then')).toBe('"say ""总计"", then"');
  });

  test('--output to a folder that does not exist: one line naming it, exit 2', async () => {
    const target = join(tmpdir(), 'statlint-no-such-dir', 'x', 'report.txt');
    const { code, err } = await run('check', join(SAMPLES, 'liaoning-hotline.xlsx'), '--output', target);
    expect(code).toBe(2);
    expect(err).toBe(`statlint: ${target}：无法写出（所在文件夹不存在）\n`);
    expect(existsSync(target)).toBe(false);
  });
});

describe('the summary across many files', () => {
  test('displayWidth counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('辽宁省（抽查）.xlsx')).toBe(5 * 2 + 2 * 2 + 5);
    expect(displayWidth('ｘ１')).toBe(4);
  });

  test('most errors first, clean files folded into one line, columns aligned with Chinese file names, all in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-summary-'));
    const copies: [string, string][] = [
      ['liaoning-hotline-planted.xlsx', '辽宁省12345热线（抽查）.xlsx'],
      ['liaoning-no-member-planted.xlsx', 'no-member.xlsx'],
      ['shenyang-key-enterprises-planted.xlsx', '沈阳市重点企业.xlsx'],
      ['liaoning-coverage.xlsx', '覆盖情况.xlsx'],
      ['liaoning-hotline.xlsx', 'hotline.xlsx'],
    ];
    for (const [from, to] of copies) copyFileSync(join(SAMPLES, from), join(dir, to));
    const { out } = await run('check', dir);
    const lines = out.trimEnd().split('\n');
    const table = lines.slice(lines.indexOf('*为疑似出错的单元格') + 1);
    expect(table).toHaveLength(5);
    expect(table[0].split(/\s+/).filter(Boolean)).toEqual(['文件', '工作表', '错误', '警告', '提示']);
    expect(table.slice(1, 4).map((l) => l.trim().split(/\s+/)[0])).toEqual([
      join(dir, 'no-member.xlsx'),
      join(dir, '沈阳市重点企业.xlsx'),
      join(dir, '辽宁省12345热线（抽查）.xlsx'),
    ]);
    expect(table.slice(1, 4).map((l) => Number(l.trim().split(/\s+/)[2]))).toEqual([9, 7, 1]);
    // Right-aligned counts: every row ends at the same display column as the heading row.
    expect(new Set(table.slice(0, 4).map(displayWidth)).size).toBe(1);
    // The sheet counts end under the end of their heading, whatever the file names' widths.
    const sheetsEnd = (l: string) => {
      const m = / +\d+(?= +\d+ +\d+ +\d+$)/.exec(l) as RegExpExecArray;
      return displayWidth(l.slice(0, m.index + m[0].length));
    };
    expect(table.slice(1, 4).map(sheetsEnd)).toEqual(
      Array(3).fill(displayWidth(table[0].slice(0, table[0].indexOf('工作表') + 3))),
    );
    expect(new Set(table.slice(1, 4).map((l) => l.trim().split(/\s+/)[0].length)).size).toBe(3);
    expect(table[4]).toBe('  另有 2 个文件未发现不一致');
    expect(out).not.toMatch(/\b(error|warning|errors|warnings|notes|sheets)\b/);
    expect(out).toMatch(/^ {4}D6 {5}错误 /m);
  });
});
