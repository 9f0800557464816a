/**
 * `statlint rules new`: a rule author starts from a file that already loads, changes nothing they would notice, and
 * whose new rule's examples pass `statlint rules test`; then one edit makes it check their sheet.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from './helpers/run-cli';

let dir: string;
let cwd: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-rules-new-'));
  cwd = process.cwd();
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

test('rules new writes my.rules.json, which loads and whose examples pass rules test', async () => {
  const created = await run('rules', 'new');
  expect(created.err).toBe('');
  expect(created.code).toBe(0);
  expect(created.out).toBe(
    '已写入 my.rules.json。下一步：编辑它，然后运行\n  statlint rules test my.rules.json\n  statlint check 表.xlsx --rules my.rules.json\n',
  );
  const skeleton = JSON.parse(readFileSync('my.rules.json', 'utf8')) as {
    $schema: string;
    description: string;
    rules: { description: string }[];
  };
  // The editor finds the bundled schema from wherever the file is written.
  expect(JSON.parse(readFileSync(join(dir, skeleton.$schema), 'utf8'))).toMatchObject({ title: 'statlint rule file' });
  expect(skeleton.rules.every((r) => r.description.length > 0)).toBe(true);
  const tested = await run('rules', 'test', 'my.rules.json');
  expect(tested.err).toBe('');
  expect(tested.out.split('\n')).toEqual([
    'ok   joint-covered-at-least-twice-organisations 正确示例 #1',
    'ok   joint-covered-at-least-twice-organisations 错误示例 #1',
    'ok   covered-not-above-enterprises 正确示例 #1',
    'ok   covered-not-above-enterprises 错误示例 #1',
    '2 条规则，4 个示例：4 个通过，0 个未通过',
    '',
  ]);
  expect(tested.code).toBe(0);
});

test('the skeleton, filled in with one spelling, checks a sheet with its new rule and the bundled ones', async () => {
  await run('rules', 'new', 'mine.json', '--lang', 'en');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('覆盖').addRows([
    ['地区', '企业户数（家）', '覆盖企业数（家）'],
    ['甲县', 200, 250],
  ]);
  await wb.xlsx.writeFile(join(dir, 'coverage.xlsx'));
  const before = await run('check', 'coverage.xlsx', '--rules', 'mine.json', '--format', 'json');
  expect(before.err).toBe('');
  type Report = { files: { findings: { ruleId: string }[] }[] };
  expect((JSON.parse(before.out) as Report).files[0].findings.map((f) => f.ruleId)).toEqual([]);
  writeFileSync('mine.json', readFileSync('mine.json', 'utf8').replace('"非公企业户数"', '"企业户数"'));
  const after = await run('check', 'coverage.xlsx', '--rules', 'mine.json', '--format', 'json', '--lang', 'en');
  expect(after.err).toBe('');
  expect(after.code).toBe(1);
  expect((JSON.parse(after.out) as Report).files[0].findings.map((f) => f.ruleId)).toContain(
    'covered-not-above-enterprises',
  );
});

test('rules new never overwrites a file', async () => {
  writeFileSync('mine.json', '{"rules": []}');
  const { code, err } = await run('rules', 'new', 'mine.json');
  expect(code).toBe(2);
  expect(err).toBe('statlint: mine.json 已存在，未改动；请换一个文件名\n');
  expect(readFileSync('mine.json', 'utf8')).toBe('{"rules": []}');
});

test('crosscheck asks a seed case of every bundled rule, not of a rule author’s own', async () => {
  await run('rules', 'new');
  const { code, out } = await run('crosscheck', '--rules', 'my.rules.json');
  expect(out).not.toContain('covered-not-above-enterprises');
  expect(out).toMatch(/seed cases: .*; 0 failed/);
  expect(code).toBe(0);
});
