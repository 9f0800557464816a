/**
 * Rule layers, as a rule author uses them from the command line: the bundled rules always load (unless
 * --no-default-rules), and each --rules file adds spellings, rules, or changes and switches off bundled rules.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.out.push(c));
  err.on('data', (c: Buffer) => chunks.err.push(c));
  const code = await main(args, out as unknown as NodeJS.WriteStream, err as unknown as NodeJS.WriteStream);
  return { code, out: Buffer.concat(chunks.out).toString('utf8'), err: Buffer.concat(chunks.err).toString('utf8') };
}

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

const writeRules = (name: string, content: unknown) => writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
const spelling = { measures: [{ id: 'enterprises', aliases: ['企业户数'] }] };
const findings = (out: string) => (JSON.parse(out) as JsonReport).files[0].findings;

test('without a layer the unknown spelling 企业户数 leaves the coverage rate unchecked', async () => {
  const { code, out } = await run('check', 'coverage.xlsx', '--format', 'json');
  expect(code).toBe(0);
  expect(findings(out).map((f) => f.ruleId)).not.toContain('coverage-rate');
});

test('a layer adding one spelling, loaded with --rules alone, lets the bundled rules check that sheet', async () => {
  writeRules('mine.json', spelling);
  const { code, out, err } = await run('check', 'coverage.xlsx', '--rules', 'mine.json', '--format', 'json', '--lang', 'en');
  expect(err).toBe('');
  expect(code).toBe(1);
  expect(findings(out)).toEqual([expect.objectContaining({ ruleId: 'coverage-rate', severity: 'error', message: '甲县: coverage rate should be 50.0% (100 ÷ 200), the sheet says 60%' })]);
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
  expect(findings((await run('check', 'coverage.xlsx', '--rules', 'reword.json', '--format', 'json', '--lang', 'en')).out).map((f) => f.message)).toEqual(['甲县: coverage rate is off']);
  writeRules('off.json', { rules: [{ id: 'coverage-rate', off: true }] });
  const { code, out } = await run('check', 'coverage.xlsx', '--rules', 'reword.json', '--rules', 'off.json', '--format', 'json');
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

test('an override naming a field a layer cannot change is named with file and JSON path', async () => {
  writeRules('mine.json', { rules: [{ id: 'coverage-rate', unless: ['enterprises'] }] });
  const { code, err } = await run('check', 'coverage.xlsx', '--rules', 'mine.json');
  expect(code).toBe(2);
  expect(err).toContain('statlint: mine.json: $.rules[0].unless: rule "coverage-rate" is defined in');
});
