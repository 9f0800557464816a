/**
 * Rule layers, as a rule author uses them from the command line: the bundled rules always load (unless
 * --no-default-rules), and each --rules file adds spellings, rules, or changes and switches off bundled rules.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from './helpers/run-cli';

interface JsonReport {
  files: { findings: { ruleId: string; severity: string; message: string }[] }[];
  summary: Record<string, unknown>;
}

let dir: string;
let cwd: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-layers-'));
  cwd = process.cwd();
  // Relative --rules paths resolve from where the command runs; the bundled rules are found from the module.
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

const writeRules = (name: string, content: unknown) =>
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
const spelling = { measures: [{ id: 'enterprises', aliases: ['企业户数'] }] };
const findings = (out: string) => (JSON.parse(out) as JsonReport).files[0].findings;

test('without a layer the unknown spelling 企业户数 leaves the coverage rate unchecked', async () => {
  const { code, out } = await run('check', 'coverage.xlsx', '--format', 'json');
  expect(code).toBe(0);
  expect(findings(out).map((f) => f.ruleId)).not.toContain('coverage-rate');
});

test('a layer adding one spelling, loaded with --rules alone, lets the bundled rules check that sheet', async () => {
  writeRules('mine.json', spelling);
  const { code, out, err } = await run(
    'check',
    'coverage.xlsx',
    '--rules',
    'mine.json',
    '--format',
    'json',
    '--lang',
    'en',
  );
  expect(err).toBe('');
  expect(code).toBe(1);
  expect(findings(out)).toEqual([
    expect.objectContaining({
      ruleId: 'coverage-rate',
      severity: 'error',
      message: '甲县: coverage rate should be 50.0% (100 ÷ 200), the sheet says 60%',
    }),
  ]);
});

test('explain names the layer a header spelling and a rule came from, and leaves the bundled ones unnamed', async () => {
  writeRules('mine.json', spelling);
  const rangeRule = {
    id: 'few-enterprises',
    title: { 'zh-CN': '企业数不超过 1000', en: 'At most 1000 enterprises' },
    message: { 'zh-CN': '{row}：{result}为 {actual}', en: '{row}: {result} is {actual}' },
    severity: 'warning',
    relation: { kind: 'range', measures: ['enterprises'], min: 0, max: 1000 },
  };
  writeRules('extra.json', { rules: [rangeRule] });
  for (const [lang, from] of [
    ['zh-CN', (f: string) => `（来自 ${f}）`],
    ['en', (f: string) => ` (from ${f})`],
  ] as const) {
    const { code, out } = await run(
      'explain',
      'coverage.xlsx',
      '--rules',
      'mine.json',
      '--rules',
      'extra.json',
      '--lang',
      lang,
    );
    expect(code).toBe(1); // 甲县's coverage rate, now checked, is wrong
    const lines = out.split('\n');
    expect(lines.find((l) => l.includes('企业户数 [家] →'))).toMatch(
      new RegExp(`\\(enterprises\\)${from('mine.json').replace(/[()]/g, '\\$&')}$`),
    );
    expect(lines.find((l) => l.includes('few-enterprises'))).toContain(from('extra.json'));
    expect(lines.find((l) => l.includes('覆盖企业数 [家] →'))).not.toMatch(/来自|from/);
    expect(lines.find((l) => l.includes('✓ coverage-rate'))).not.toMatch(/来自|from/);
  }
});

test('a layer gives a bundled rule a when condition by id: only the rows meeting it are checked', async () => {
  // 甲县 (200 enterprises) has a wrong coverage rate; checked only where 企业数 > 300, it is left out.
  const when = { fact: 'enterprises', operator: 'greaterThan', value: 300 };
  writeRules('mine.json', { ...spelling, rules: [{ id: 'coverage-rate', when }] });
  const { code, out } = await run('check', 'coverage.xlsx', '--rules', 'mine.json', '--format', 'json');
  expect(code).toBe(0);
  expect(findings(out).map((f) => f.ruleId)).not.toContain('coverage-rate');
  writeRules('typo.json', { ...spelling, rules: [{ id: 'coverage-rate', when: { ...when, fact: 'enterprise' } }] });
  const typo = await run('check', 'coverage.xlsx', '--rules', 'typo.json');
  expect(typo.code).toBe(2);
  expect(typo.err).toContain('未知的指标 id "enterprise"，是否指 "enterprises"？');
});

test('a layer changing one rule to a warning changes that finding, and exit status follows', async () => {
  writeRules('mine.json', { ...spelling, rules: [{ id: 'coverage-rate', severity: 'warning' }] });
  const { code, out } = await run('check', 'coverage.xlsx', '--rules', 'mine.json', '--format', 'json');
  expect(code).toBe(0);
  expect(findings(out).map((f) => [f.ruleId, f.severity])).toEqual([['coverage-rate', 'warning']]);
});

test('a layer can reword a bundled rule’s message and switch a rule off with "off": true', async () => {
  const message = { 'zh-CN': '{row}：覆盖率不对', en: '{row}: coverage rate is off' };
  writeRules('reword.json', { ...spelling, rules: [{ id: 'coverage-rate', message }] });
  expect(
    findings(
      (await run('check', 'coverage.xlsx', '--rules', 'reword.json', '--format', 'json', '--lang', 'en')).out,
    ).map((f) => f.message),
  ).toEqual(['甲县: coverage rate is off']);
  writeRules('off.json', { rules: [{ id: 'coverage-rate', off: true }] });
  const { code, out } = await run(
    'check',
    'coverage.xlsx',
    '--rules',
    'reword.json',
    '--rules',
    'off.json',
    '--format',
    'json',
  );
  expect(code).toBe(0);
  expect(findings(out)).toEqual([]);
});

test('--no-default-rules loads only the given layers', async () => {
  writeRules('own.json', {
    measures: [
      { id: 'firms', name: { 'zh-CN': '企业户数', en: 'firms' }, kind: 'count', aliases: ['企业户数'] },
      { id: 'covered', name: { 'zh-CN': '覆盖企业数', en: 'covered' }, kind: 'count', aliases: ['覆盖企业数'] },
    ],
    rules: [
      {
        id: 'covered-within-firms',
        title: { 'zh-CN': '覆盖不超过总数', en: 'covered ≤ firms' },
        message: { 'zh-CN': '{row}：{left}少于{right}', en: '{row}: {left} below {right}' },
        severity: 'error',
        relation: { kind: 'atLeast', left: 'covered', right: 'firms' },
        source: { article: '004_7985bc3b78522f19.txt', figure: '覆盖企业10850家' },
      },
    ],
  });
  const { out } = await run('check', 'coverage.xlsx', '--rules', 'own.json', '--no-default-rules', '--format', 'json');
  expect(new Set(findings(out).map((f) => f.ruleId))).toEqual(new Set(['covered-within-firms']));
});

test('an override naming a field a layer cannot change is named with file, line and column, and the rule', async () => {
  writeRules('mine.json', { rules: [{ id: 'coverage-rate', unless: ['enterprises'] }] });
  const { code, err } = await run('check', 'coverage.xlsx', '--rules', 'mine.json');
  expect(code).toBe(2);
  expect(err).toContain(
    'statlint: mine.json 第 1 行第 33 列：规则 "coverage-rate"（覆盖率与覆盖企业数、企业数一致）已在 ',
  );
  expect(err).toContain('后加的规则文件只能修改 severity、tolerance、message、title、when，不能修改 unless');
});

describe('never an all-clear over missing rules', () => {
  const clean = join(__dirname, '..', 'seeds', 'sheets', 'liaoning-coverage.xlsx');

  test('a rule file that is not JSON: said first and in the summary, exit 2, no all-clear wording', async () => {
    writeRules('mine.json', '{"rules": [');
    const { code, out } = await run('check', clean, '--rules', 'mine.json');
    expect(code).toBe(2);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('! 规则文件 mine.json 未能加载，其中的规则未参与核对');
    expect(lines.slice(-2)).toEqual([
      '汇总: 1 个文件, 2 个工作表, 0 个错误, 0 个警告, 0 条提示, 部分规则未能加载，未参与核对',
      '! 规则文件 mine.json 未能加载，其中的规则未参与核对',
    ]);
    expect(out).not.toContain('未发现不一致');
  });

  test('a rule file failing its schema names how many rules and which; JSON says so first and in the summary', async () => {
    writeRules('mine.json', { rules: [{ id: 'my-rule', severity: 'fatal' }, { id: 'other-rule' }] });
    const text = await run('check', clean, '--rules', 'mine.json');
    expect(text.code).toBe(2);
    expect(text.out.split('\n')[0]).toBe('! 规则文件 mine.json 未能加载，以下 2 条规则未参与核对：my-rule、other-rule');
    expect(text.out).not.toContain('未发现不一致');
    const json = await run('check', clean, '--rules', 'mine.json', '--format', 'json', '--lang', 'en');
    expect(json.code).toBe(2);
    expect(Object.keys(JSON.parse(json.out) as object)[0]).toBe('ruleFailures');
    // Each failed file carries its problems, worded as on stderr: where, which rule, what to write.
    expect((JSON.parse(json.out) as { ruleFailures: { problems: string[] }[] }).ruleFailures[0].problems).toEqual([
      'mine.json, line 1, column 38: rule "my-rule": severity is "fatal"; expected one of error, warning, info',
    ]);
    expect((JSON.parse(json.out) as JsonReport).summary).toMatchObject({
      rulesComplete: false,
      rulesNotLoaded: 2,
      ruleFailures: [
        'rule file mine.json could not be loaded; the following 2 rules were not checked: my-rule, other-rule',
      ],
    });
    expect(json.out).not.toMatch(/no inconsistencies/);
  });

  test('one bad rule in a good file: that rule is named as not checked, the others load', async () => {
    writeRules('mine.json', {
      ...spelling,
      rules: [
        { id: 'coverage-rate', severity: 'warning' },
        { id: 'brand-new-rule', severity: 'error' },
      ],
    });
    const { code, out } = await run('check', 'coverage.xlsx', '--rules', 'mine.json', '--lang', 'en');
    expect(code).toBe(2);
    expect(out.split('\n')[0]).toBe(
      '! rule file mine.json: 1 rules could not be loaded and were not checked: brand-new-rule',
    );
    expect(out).toContain('warning 甲县: coverage rate should be 50.0%');
  });

  test('a sheet no rule applied to is reported as not checked, with the reason, never as clean', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('水果').addRows([
      ['品种', '产量', '价格'],
      ['苹果', 12.5, 3.2],
      ['梨', 8.25, 2.9],
    ]);
    await wb.xlsx.writeFile(join(dir, 'fruit.xlsx'));
    // Nothing at all was checked: exit 2, so that a script does not take the run for a clean one.
    const { code, out, err } = await run('check', 'fruit.xlsx');
    expect(code).toBe(2);
    expect(err).toBe(
      'statlint: 没有一个工作表得到核对（没有规则适用）；用 statlint explain 查看表头如何识别，或在规则文件中添加表头写法（见 README）\n',
    );
    expect(out).toContain('  [水果] 未核对: 没有表头对应已知指标');
    expect(out).toContain('1 个工作表未核对');
    expect(out).not.toContain('未发现不一致');
    const json = JSON.parse((await run('check', 'fruit.xlsx', 'coverage.xlsx', '--format', 'json')).out) as {
      files: { sheets: { checked: boolean }[] }[];
      summary: unknown;
    };
    expect(json.files.map((f) => f.sheets[0].checked)).toEqual([false, true]);
    expect(json.summary).toMatchObject({ sheets: 2, sheetsNotChecked: 1 });
    // Beside a checked sheet, the exit status follows the findings; the unchecked file is listed, not folded as clean.
    const both = await run('check', 'fruit.xlsx', 'coverage.xlsx');
    expect(both.code).toBe(0);
    expect(both.err).toBe('');
    expect(both.out).toContain('1 个工作表未核对');
  });

  // Population by sex: no rule names its measures, but every region's Total is its Men and Women.
  const writePopulation = async (name: string, planted: boolean) => {
    const wb = new ExcelJS.Workbook();
    const rows: (string | number)[][] = [['Region', 'Total', 'Men', 'Women']];
    for (let i = 0; i < 8; i++) {
      const men = 1200 + i * 37;
      const women = 1300 + i * 53;
      rows.push([`Region ${i + 1}`, men + women + (planted && i === 5 ? 100 : 0), men, women]);
    }
    wb.addWorksheet('Population').addRows(rows);
    await wb.xlsx.writeFile(join(dir, name));
  };

  test('a sheet no rule applied to but its own figures checked is checked: its findings set the exit status', async () => {
    await writePopulation('population.xlsx', false);
    await writePopulation('population-planted.xlsx', true);
    const planted = await run('check', 'population-planted.xlsx', '--lang', 'en');
    expect(planted.code).toBe(1);
    expect(planted.err).toBe('');
    expect(planted.out).toContain(
      'the other 7 rows satisfy Total = Men + Women; this row does not (2950 by it, 3050 shown)',
    );
    expect(planted.out).not.toContain('not checked');
    const clean = await run('check', 'population.xlsx');
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('未发现不一致');
    expect(clean.out).not.toContain('未核对');
    const json = JSON.parse((await run('check', 'population.xlsx', '--format', 'json')).out) as {
      files: { sheets: { checked: boolean }[] }[];
    };
    expect(json.files[0].sheets[0].checked).toBe(true);
  });

  test('a path that names no file: exit 2, and no all-clear over nothing', async () => {
    const { code, out, err } = await run('check', 'nowhere.xlsx');
    expect(code).toBe(2);
    expect(err).toBe('statlint: nowhere.xlsx: 文件或文件夹不存在\n');
    expect(out).not.toContain('未发现不一致');
  });

  test('CSV: a sheet no rule applied to has a row saying so, and a broken rule file has rows naming it and each problem', async () => {
    writeRules('mine.json', '{\n  "rules": [\n    { "id": "coverage-rate", "severity": "Error" }\n  ]\n}\n');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('水果').addRows([
      ['品种', '产量', '价格'],
      ['苹果', 12.5, 3.2],
    ]);
    await wb.xlsx.writeFile(join(dir, 'fruit.xlsx'));
    const { code, out } = await run('check', 'fruit.xlsx', '--rules', 'mine.json', '--format', 'csv');
    expect(code).toBe(2);
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out.slice(1).split('\r\n')).toEqual([
      '文件,工作表,单元格,规则,严重程度,说明,应为,实为',
      'mine.json,,,,错误,规则文件 mine.json 未能加载，以下 1 条规则未参与核对：coverage-rate,,',
      'mine.json,,第 3 行第 42 列,coverage-rate,错误,"规则 ""coverage-rate""（覆盖率与覆盖企业数、企业数一致）的 severity 为 ""Error""，应为 error、warning、info 之一（大小写有别，应为 ""error""）",,',
      'fruit.xlsx,水果,,,提示,未核对：没有表头对应已知指标（可在规则文件中添加表头写法，见 README）,,',
      '',
    ]);
    expect(out).not.toMatch(/未发现不一致/);
  });
});

describe('the command line', () => {
  test('--help prints the usage, --version the package version, both exit 0', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage:\n {2}statlint check FILE_OR_DIR\.\.\./);
    expect(help.out).toContain('--no-default-rules');
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(await run('--version')).toEqual({ code: 0, out: `statlint ${version}\n`, err: '' });
    expect((await run('check', 'x.xlsx', '-h')).code).toBe(0);
  });

  test.each([
    [['lint', 'coverage.xlsx'], 'unknown command "lint"'],
    [['crosscheck', 'coverage.xlsx'], 'crosscheck takes no files (got "coverage.xlsx")'],
    [['check', 'coverage.xlsx', '--strict'], 'unknown option "--strict"'],
    [['check', 'coverage.xlsx', '--rules'], '--rules needs a value'],
    [['rules', 'lint'], 'unknown rules command "lint" (list, test, new or suggest)'],
    [[], 'no command given'],
  ])('%j is an error with the usage, exit 2', async (args, message) => {
    const { code, out, err } = await run(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`statlint: ${message}\n${(await run('--help')).out}`);
  });
});

describe('statlint rules', () => {
  const table = (enterprises: number, covered: number) => ({
    rows: [
      ['地区', '企业数（家）', '覆盖企业数（家）'],
      ['甲县', enterprises, covered],
    ],
  });
  const ownRule = (blame: string[]) => ({
    rules: [
      {
        id: 'covered-within-enterprises',
        title: { 'zh-CN': '覆盖企业数不大于企业数', en: 'Enterprises covered ≤ enterprises' },
        message: { 'zh-CN': '{row}：{right}多于{left}', en: '{row}: {right} exceeds {left}' },
        severity: 'error',
        relation: { kind: 'atLeast', left: 'enterprises', right: 'coveredEnterprises' },
        source: { article: '004_7985bc3b78522f19.txt', figure: '纳入台账管理的非公有制企业共47414家，覆盖企业10850家' },
        examples: { valid: [table(10, 5)], invalid: [{ ...table(5, 10), blame }] },
      },
    ],
  });

  test('rules list names each rule’s severity and layer, and the layer that changed or switched it off', async () => {
    writeRules('mine.json', {
      rules: [
        { id: 'coverage-rate', severity: 'warning' },
        { id: 'own-organisations-sum', off: true },
      ],
    });
    const { code, out } = await run('rules', 'list', '--rules', 'mine.json');
    expect(code).toBe(0);
    expect(out).toMatch(/^coverage-rate +warning +bundled \(coverage\.rules\.json\); changed by mine\.json$/m);
    expect(out).toMatch(/^own-organisations-sum +off +bundled \(coverage\.rules\.json\); changed by mine\.json$/m);
    expect(out).toMatch(/^\d+ active rules, 1 switched off$/m);
  });

  test('rules test FILE runs that file’s examples, one line each, exit 0 when all pass', async () => {
    writeRules('mine.json', ownRule(['B2']));
    const { code, out } = await run('rules', 'test', 'mine.json', '--lang', 'en');
    expect(out.trim().split('\n')).toEqual([
      'ok   covered-within-enterprises valid #1',
      'ok   covered-within-enterprises invalid #1',
      '1 rules, 2 examples: 2 passed, 0 failed',
    ]);
    expect(code).toBe(0);
  });

  test('a failing example is named with what the rule did, its table and the cells, exit 1', async () => {
    writeRules('mine.json', ownRule(['A2']));
    const { code, out } = await run('rules', 'test', 'mine.json');
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      'ok   covered-within-enterprises 正确示例 #1',
      'FAIL covered-within-enterprises 错误示例 #1：标为疑似出错的是 B2，示例要求 A2',
      '         A       B             C',
      '      1  地区    企业数（家）  覆盖企业数（家）',
      '      2  [甲县]  5*            10',
      '      [ ] 为示例要求标出的单元格，* 为规则标出的单元格',
      '1 条规则，2 个示例：1 个通过，1 个未通过',
      '',
    ]);
    const en = await run('rules', 'test', 'mine.json', '--lang', 'en');
    expect(en.out).toContain('FAIL covered-within-enterprises invalid #1: blamed B2, the example expects A2\n');
    expect(en.out).toMatch(/2 examples: 1 passed, 1 failed\n$/);
  });

  test('rules test with no file runs every active rule’s examples, all passing', async () => {
    const { code, out } = await run('rules', 'test');
    expect(out).toMatch(/^(\d+) 条规则，(\d+) 个示例：\2 个通过，0 个未通过\n$/m);
    expect(code).toBe(0);
  });
});
