/**
 * A rule author's typing mistakes, as a statistician makes them in a text editor with a Chinese input method: each
 * gets one Chinese line naming the file, line and column, the rule by id and title, and the fix, the command exits 2
 * and the report never reads as an all-clear. Run through the statlint command on a real workbook.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatRuleProblem, loadRuleSet } from '../src/core/rules';
import { bundledVocabularyFile } from '../src/node/rule-files';
import { runCli as run } from './helpers/run-cli';

let dir: string;
let cwd: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-rule-errors-'));
  cwd = process.cwd();
  process.chdir(dir);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('覆盖').addRows([
    ['地区', '企业户数（家）', '覆盖企业数（家）', '党组织覆盖率（%）'],
    ['甲县', 200, 100, 60.0],
    ['乙县', 400, 300, 75.0],
  ]);
  await wb.xlsx.writeFile(join(dir, 'coverage.xlsx'));
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

/** A layer as a rule author types it: one spelling, one severity change, one new rule. */
const LAYER = `{
  "measures": [
    { "id": "enterprises", "aliases": ["企业户数"] }
  ],
  "rules": [
    { "id": "coverage-rate", "severity": "warning" },
    {
      "id": "covered-within-enterprises",
      "title": { "zh-CN": "覆盖企业数不超过企业数", "en": "Covered enterprises within enterprises" },
      "message": { "zh-CN": "{row}：{left}多于{right}", "en": "{row}: {left} exceeds {right}" },
      "severity": "error",
      "relation": { "kind": "atLeast", "left": "enterprises", "right": "coveredEnterprises" }
    }
  ]
}
`;

/** The layer with one edit: `from` (which must occur once) replaced by `to`. */
function mistake(from: string, to: string): string {
  expect(LAYER.split(from)).toHaveLength(2);
  return LAYER.replace(from, to);
}

async function checkWith(text: string, ...extra: string[]) {
  writeFileSync(join(dir, 'mine.json'), text);
  return run('check', 'coverage.xlsx', '--rules', 'mine.json', ...extra);
}

test('the layer as written loads: the spelling, the severity change and the new rule all take effect', async () => {
  const { code, out, err } = await checkWith(LAYER, '--format', 'json');
  expect(err).toBe('');
  expect(code).toBe(0);
  const findings = (JSON.parse(out) as { files: { findings: { ruleId: string; severity: string }[] }[] }).files[0]
    .findings;
  expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['coverage-rate', 'warning']]);
});

/** Exit 2, exactly this one line on stderr, the rule file named first in the report, no all-clear wording. */
async function expectRefused(text: string, line: string, notLoaded: RegExp) {
  const { code, out, err } = await checkWith(text);
  expect(err).toBe(`statlint: mine.json ${line}\n`);
  expect(code).toBe(2);
  expect(out.split('\n')[0]).toMatch(notLoaded);
  expect(out).not.toMatch(/未发现不一致|未发现问题/);
}

const WHOLE_FILE = /^! 规则文件 mine\.json 未能加载/;
/** Even when a slip makes the file not JSON, the rules left out are named (from the text with the slip repaired). */
const BOTH_RULES =
  /^! 规则文件 mine\.json 未能加载，以下 2 条规则未参与核对：coverage-rate、covered-within-enterprises$/;

test.each([
  [
    'a misspelt measure id in a spelling entry',
    mistake('"id": "enterprises"', '"id": "enterprizes"'),
    '第 3 行第 13 列：未知的指标 id "enterprizes"，是否指 "enterprises"？（只写 id 和 aliases 是给已有指标添加表头写法；新指标还要写 name 和 kind）',
    WHOLE_FILE,
  ],
  [
    'a misspelt measure id in a relation',
    mistake('"right": "coveredEnterprises"', '"right": "coverdEnterprises"'),
    '第 12 行第 72 列：规则 "covered-within-enterprises"（覆盖企业数不超过企业数）的 relation.right 用到未知的指标 id "coverdEnterprises"，是否指 "coveredEnterprises"？',
    /^! 规则文件 mine\.json 中 1 条规则未能加载，未参与核对：covered-within-enterprises$/,
  ],
  [
    'a severity written with a capital letter',
    mistake('"severity": "warning"', '"severity": "Warning"'),
    '第 6 行第 42 列：规则 "coverage-rate"（覆盖率与覆盖企业数、企业数一致）的 severity 为 "Warning"，应为 error、warning、info 之一（大小写有别，应为 "warning"）',
    WHOLE_FILE,
  ],
  [
    'a new rule without its message',
    mistake('      "message": { "zh-CN": "{row}：{left}多于{right}", "en": "{row}: {left} exceeds {right}" },\n', ''),
    '第 7 行第 5 列：规则 "covered-within-enterprises"（覆盖企业数不超过企业数）缺少 message 字段：发现问题时显示的说明，如 {"zh-CN": "{row}：…", "en": "…"}',
    /^! 规则文件 mine\.json 中 1 条规则未能加载/,
  ],
  [
    'a comma after the last item',
    mistake('"coveredEnterprises" }\n', '"coveredEnterprises" },\n'),
    '第 12 行第 94 列：最后一项后面多了逗号“,”，JSON 不允许，请删去这个逗号',
    BOTH_RULES,
  ],
  [
    'a full-width comma typed with the Chinese input method',
    mistake('"severity": "warning" },', '"severity": "warning" }，'),
    '第 6 行第 53 列：有全角逗号“，”，JSON 只接受半角逗号“,”（请切换到英文标点后重新输入）',
    BOTH_RULES,
  ],
  [
    'full-width quotes',
    mistake('"severity": "warning"', '“severity”: "warning"'),
    '第 6 行第 30 列：有全角引号““”，JSON 只接受半角引号“"”（请切换到英文标点后重新输入）',
    WHOLE_FILE,
  ],
  [
    'a placeholder written in Chinese',
    mistake('"zh-CN": "{row}：{left}多于{right}"', '"zh-CN": "{行}：{left}多于{right}"'),
    '第 10 行第 29 列：规则 "covered-within-enterprises"（覆盖企业数不超过企业数）的 message 中的占位符 {行} 无法识别（这类规则可用 {row} {expected} {actual} {note} {left} {right} {formula} {bound} {difference}），是否指 "{row}"？',
    /^! 规则文件 mine\.json 中 1 条规则未能加载/,
  ],
])('%s: one Chinese line naming the place, the rule and the fix', async (_name, text, line, notLoaded) => {
  await expectRefused(text, line, notLoaded);
});

test('a byte order mark (Notepad saves one) is accepted silently', async () => {
  const { code, err } = await checkWith('\uFEFF' + LAYER);
  expect(err).toBe('');
  expect(code).toBe(0);
});

test('a rule file saved as UTF-16 (Notepad’s “Unicode”) is read', async () => {
  writeFileSync(join(dir, 'mine.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LAYER, 'utf16le')]));
  const { code, err } = await run('check', 'coverage.xlsx', '--rules', 'mine.json');
  expect(err).toBe('');
  expect(code).toBe(0);
});

test('with --lang en the same problems are in English', async () => {
  const { err } = await checkWith(mistake('"severity": "warning" },', '"severity": "warning" }，'), '--lang', 'en');
  expect(err).toBe(
    'statlint: mine.json, line 6, column 53: full-width comma "，": JSON accepts only the half-width comma "," (switch to English punctuation and retype it)\n',
  );
  const second = await checkWith(mistake('"severity": "warning"', '"severity": "Warning"'), '--lang', 'en');
  expect(second.err).toBe(
    'statlint: mine.json, line 6, column 42: rule "coverage-rate" (Coverage rate agrees with enterprises covered and enterprises): severity is "Warning"; expected one of error, warning, info (letter case matters: "warning")\n',
  );
});

test('a misspelt rule id in an override suggests the bundled rule', async () => {
  const { code, err } = await checkWith(mistake('"id": "coverage-rate"', '"id": "coverage-rat"'));
  expect(code).toBe(2);
  expect(err).toBe(
    'statlint: mine.json 第 6 行第 13 列：规则 "coverage-rat"：更早的规则文件中没有这条规则，无法修改，是否指 "coverage-rate"？；新规则需要 title、message、severity 和 relation\n',
  );
});

test('an unknown field suggests the one meant, and a zod message never reaches the author', async () => {
  const { err } = await checkWith(mistake('"severity": "error"', '"severty": "error"'));
  expect(err).toContain(
    '第 11 行第 7 列：规则 "covered-within-enterprises"（覆盖企业数不超过企业数）的 字段 "severty" 无法识别，是否指 "severity"？',
  );
  expect(err).not.toMatch(/Invalid input|expected .*, received|\$\.rules/);
});

describe('other slips, each with its own hint at its own place (the loader itself, as the task pane uses it)', () => {
  const problemOf = (text: string, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    loadRuleSet([{ name: 'mine.json', text }], bundledVocabularyFile()).problems.map((p) => formatRuleProblem(p, lang));
  test.each([
    [
      'a comment',
      '{\n  // 我的规则\n  "rules": []\n}',
      'mine.json 第 2 行第 3 列：JSON 不能写注释（// 或 /* */），说明文字可写在 "description" 字段里',
    ],
    [
      'single quotes',
      "{\n  'rules': []\n}",
      'mine.json 第 2 行第 3 列：用了单引号“\'”，JSON 的文本和字段名只能用半角双引号“"”',
    ],
    ['a missing comma', '{\n  "measures": []\n  "rules": []\n}', 'mine.json 第 3 行第 3 列：前一项后面缺少逗号“,”'],
    ['an empty file', '', 'mine.json 第 1 行第 1 列：文件是空的；规则文件应为 JSON，如 {"rules": []}'],
    [
      'a quote not closed',
      '{\n  "rules: []\n}',
      'mine.json 第 2 行第 3 列：这个引号“"”没有配对，文本要在同一行内以半角双引号结束',
    ],
    [
      'a file cut short',
      '{\n  "rules": [\n',
      'mine.json 第 3 行第 1 列：文件意外结束，应为一个值（数字、"文本"、true、false、null、[…] 或 {…}）（是否少了右括号 } 或 ]？）',
    ],
    [
      'a full-width colon',
      '{\n  "rules"： []\n}',
      'mine.json 第 2 行第 10 列：有全角冒号“：”，JSON 只接受半角冒号“:”（请切换到英文标点后重新输入）',
    ],
    ['a list where an object belongs', '{ "rules": {} }', 'mine.json 第 1 行第 12 列：rules 应为列表 […]'],
  ])('%s', (_name, text, line) => {
    expect(problemOf(text)).toEqual([line]);
  });
  test('a measure kind misspelt, a relation kind unknown', () => {
    const text = JSON.stringify({
      measures: [{ id: 'partyMembers', name: { 'zh-CN': '党员数', en: 'members' }, kind: 'cout', aliases: ['党员数'] }],
      rules: [],
    });
    expect(problemOf(text)).toEqual([
      'mine.json 第 1 行第 80 列：指标 "partyMembers"（党员数）的 kind 为 "cout"，应为 count、rate、amount 之一，是否指 "count"？',
    ]);
    const rule = {
      id: 'r',
      title: { 'zh-CN': '甲', en: 'a' },
      message: { 'zh-CN': '{row}', en: '{row}' },
      severity: 'error',
      relation: { kind: 'ration' },
    };
    expect(problemOf(JSON.stringify({ rules: [rule] }), 'en')).toEqual([
      'mine.json, line 1, column 131: rule "r" (a): relation.kind is "ration"; expected one of ratio, equals, atLeast, range, wholeNumber, totalRow, totalRowRate, parts, share, periodChange (did you mean "ratio"?)',
    ]);
  });
});

describe('a rule of one’s own in one language', () => {
  const rule = (title: unknown, message: unknown) => ({
    rules: [
      {
        id: '覆盖不超过企业',
        title,
        message,
        severity: 'error',
        relation: { kind: 'atLeast', left: 'enterprises', right: 'coveredEnterprises' },
      },
    ],
  });
  test('title and message in Chinese only, or as plain text, load; English reports show the Chinese', async () => {
    for (const [title, message] of [
      [{ 'zh-CN': '覆盖企业数不超过企业数' }, { 'zh-CN': '{row}：{right}多于{left}' }],
      ['覆盖企业数不超过企业数', '{row}：{right}多于{left}'],
    ]) {
      const { ruleSet, problems } = loadRuleSet(
        [
          {
            name: 'mine.json',
            text: JSON.stringify({
              measures: [
                { id: 'enterprises', name: { 'zh-CN': '企业数' }, kind: 'count', aliases: ['企业数'] },
                { id: 'coveredEnterprises', name: '覆盖企业数', kind: 'count', aliases: ['覆盖企业数'] },
              ],
              ...rule(title, message),
            }),
          },
        ],
        bundledVocabularyFile(),
      );
      expect(problems).toEqual([]);
      expect(ruleSet.rules[0]).toMatchObject({
        title: { 'zh-CN': '覆盖企业数不超过企业数', en: '覆盖企业数不超过企业数' },
        message: { en: '{row}：{right}多于{left}' },
      });
    }
    writeFileSync(
      join(dir, 'mine.json'),
      JSON.stringify(rule({ 'zh-CN': '覆盖企业数不超过企业数' }, '{row}：{right}多于{left}')),
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('覆盖').addRows([
      ['地区', '企业数（家）', '覆盖企业数（家）'],
      ['甲县', 200, 250],
    ]);
    await wb.xlsx.writeFile(join(dir, 'over.xlsx'));
    const { code, out, err } = await run(
      'check',
      'over.xlsx',
      '--rules',
      'mine.json',
      '--format',
      'json',
      '--lang',
      'en',
    );
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(
      (JSON.parse(out) as { files: { findings: { ruleId: string; message: string }[] }[] }).files[0].findings,
    ).toContainEqual(
      expect.objectContaining({ ruleId: '覆盖不超过企业', message: '甲县：enterprises covered多于enterprises' }),
    );
  });
  test('a title with no language, or of the wrong type, says what to write', () => {
    const problems = (title: unknown) =>
      loadRuleSet(
        [{ name: 'mine.json', text: JSON.stringify(rule(title, '{row}')) }],
        bundledVocabularyFile(),
      ).problems.map((p) => formatRuleProblem(p));
    expect(problems({})).toEqual([
      'mine.json 第 1 行第 35 列：规则 "覆盖不超过企业"的 title 至少要写一种语言，如 {"zh-CN": "…"}，或直接写 "…"',
    ]);
    expect(problems(5)).toEqual([
      'mine.json 第 1 行第 35 列：规则 "覆盖不超过企业"的 title 应为文本（用半角双引号括起）',
    ]);
  });
});
