/** The command line as a user runs it: real files, real rule files, exit codes and output formats. */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from './helpers/run-cli';

const ROOT = join(__dirname, '..');
const SAMPLES = join(ROOT, 'seeds', 'sheets');

const digest = (dir: string) =>
  readdirSync(dir).map(
    (f) =>
      `${f}:${createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex')}`,
  );

describe('statlint check', () => {
  test('on the bundled samples: findings in Chinese, a summary across files, exit 1, inputs untouched', async () => {
    const before = digest(SAMPLES);
    const { code, out } = await run('check', SAMPLES);
    expect(code).toBe(1);
    expect(out).toContain('鞍山市：党组织覆盖率应为 52.6%（2109 ÷ 4009），表中为 56.2%');
    expect(out).toMatch(/汇总: 10 个文件, 16 个工作表, \d+ 个错误/);
    expect(digest(SAMPLES)).toEqual(before);
  });

  test('--format json gives one document with files, sheets and findings; --lang en words them in English', async () => {
    const { code, out } = await run(
      'check',
      join(SAMPLES, 'liaoning-hotline-planted.xlsx'),
      '--format',
      'json',
      '--lang',
      'en',
    );
    expect(code).toBe(1);
    const doc = JSON.parse(out) as {
      files: {
        file: string;
        sheets: { name: string }[];
        findings: { ruleId: string; message: string; cells: { address: string; suspect: boolean }[] }[];
      }[];
    };
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0].sheets.map((s) => s.name)).toEqual(['12345热线']);
    expect(doc.files[0].findings).toHaveLength(1);
    const [finding] = doc.files[0].findings;
    expect(finding.ruleId).toBe('closure-rate');
    expect(finding.message).toBe('12345网站: closure rate should be 92.7% (2702 ÷ 2914), the sheet says 97.2%');
    expect(finding.cells.filter((c) => c.suspect).map((c) => c.address)).toEqual(['D6']);
  });

  test('a clean workbook exits 0', async () => {
    const { code, out } = await run('check', join(SAMPLES, 'liaoning-coverage.xlsx'), '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('no inconsistencies found');
  });

  test('a file that cannot be read gives one line naming it, exit 2, and the other files are still checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-cli-'));
    writeFileSync(join(dir, 'broken.xlsx'), 'this is not a workbook');
    copyFileSync(join(SAMPLES, 'liaoning-hotline-planted.xlsx'), join(dir, 'hotline.xlsx'));
    const { code, out, err } = await run('check', dir, '--format', 'json');
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toEqual([
      `statlint: ${join(dir, 'broken.xlsx')}: 不是 Excel 工作簿（不是 zip 压缩包）`,
    ]);
    const doc = JSON.parse(out) as { files: { file: string; findings: unknown[] }[] };
    expect(doc.files.find((f) => f.file.endsWith('hotline.xlsx'))?.findings).toHaveLength(1);
  });

  test('a bad rule file is named with its line and column, exit 2, and the bundled rules still check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-rules-'));
    writeFileSync(join(dir, 'extra.rules.json'), JSON.stringify({ rules: [{ id: 'x', severity: 'fatal' }] }));
    const { code, err, out } = await run(
      'check',
      join(SAMPLES, 'liaoning-hotline-planted.xlsx'),
      '--rules',
      join(ROOT, 'rules'),
      '--rules',
      join(dir, 'extra.rules.json'),
    );
    expect(code).toBe(2);
    expect(err).toContain(
      `statlint: ${join(dir, 'extra.rules.json')} 第 1 行第 32 列：规则 "x"的 severity 为 "fatal"，应为 error、warning、info 之一`,
    );
    expect(out).toContain('12345网站');
  });

  test('unknown options and missing arguments give the usage and exit 2', async () => {
    expect((await run('check')).code).toBe(2);
    const { code, err } = await run('check', SAMPLES, '--colour');
    expect(code).toBe(2);
    expect(err).toContain('unknown option "--colour"');
    expect(err).toContain('usage:');
  });
});

describe('statlint explain', () => {
  test('shows header paths, the measure each is bound to, total rows, 其中 parts and why rules did not apply', async () => {
    const { code, out } = await run('explain', join(SAMPLES, 'shenyang-key-enterprises.xlsx'), '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('联合党组织/个数 → joint party organisations (jointOrganisations)');
    expect(out).toMatch(/total rows: \d+ 合计 \(sum of 13 rows\)/);
    expect(out).toMatch(/其中 parts: D of C/);
    expect(out).toContain('✓ coverage-rate-branches-plus-joint');
    expect(out).toMatch(/- coverage-rate {2}no column for “enterprises covered”/);
  });
});

describe('statlint crosscheck', () => {
  test('every rule has a seed case, every verdict is the recorded one, and the inconsistent article figures are named', async () => {
    const { code, out } = await run('crosscheck');
    expect(code).toBe(0);
    expect(out).not.toContain('FAIL');
    expect(out).toContain(
      'r000-coverage-own-organisations: 沈阳市：党组织覆盖率应为 58.5%（(20 + 7 + 155) ÷ 311），表中为 87.1%',
    );
    expect(out).toMatch(/\d+ seed cases: \d+ consistent, 2 inconsistent, \d+ not checkable; 0 failed/);
  });
});

test('the installed bin runs the same command line (lib/ built by npm ci)', () => {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'bin', 'statlint.js'), 'check', join(SAMPLES, 'liaoning-no-member.xlsx')],
    { encoding: 'utf8' },
  );
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('未发现不一致');
});

test('an empty sheet and a sheet of text only are named with a note, and the rest of the workbook is checked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'statlint-odd-'));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('空表');
  wb.addWorksheet('说明').getCell('A1').value = '本表由各县填报，无数据。';
  const data = wb.addWorksheet('数据');
  data.addRows([
    ['地区', '受理件数（件）', '办结件数（件）', '办结率（%）'],
    ['甲', 100, 90, 95.0],
  ]);
  await wb.xlsx.writeFile(join(dir, 'odd.xlsx'));
  const { code, out } = await run('check', join(dir, 'odd.xlsx'), '--lang', 'en');
  expect(code).toBe(1);
  expect(out).toContain('  ! sheet "空表": empty; nothing to check');
  expect(out).toContain('  ! sheet "说明": text only, no rows of figures; nothing to check');
  expect(out).toContain('甲: closure rate should be 90.0% (90 ÷ 100), the sheet says 95%');
});

test('a sheet whose figures have no header is not checked, and no report says it was', async () => {
  // Figures right under the title: before, the JSON said checked: true, counted no sheet as not checked, and the text
  // report ended with an all-clear, while the exit status (2 when no sheet is checked) said nothing had been.
  const dir = mkdtempSync(join(tmpdir(), 'statlint-unread-'));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('人口').addRows([['年末常住人口'], ['年末常住人口', 10002227], ['其中：城镇人口', 8512336]]);
  wb.addWorksheet('数据').addRows([
    ['地区', '受理件数（件）', '办结件数（件）', '办结率（%）'],
    ['甲', 100, 90, 90.0],
    ['乙', 50, 40, 80.0],
  ]);
  await wb.xlsx.writeFile(join(dir, 'unread.xlsx'));
  const json = await run('check', join(dir, 'unread.xlsx'), '--format', 'json');
  const report = JSON.parse(json.out) as {
    summary: { sheetsNotChecked: number };
    files: { sheets: { name: string; checked: boolean }[] }[];
  };
  expect(report.files[0].sheets.map((s) => `${s.name} ${s.checked}`)).toEqual(['人口 false', '数据 true']);
  expect(report.summary.sheetsNotChecked).toBe(1);
  const { code, out } = await run('check', join(dir, 'unread.xlsx'), '--lang', 'en');
  expect(code).toBe(0);
  expect(out).toContain('1 sheets not checked');
  expect(out.trimEnd().split('\n').pop()).toBe('no inconsistencies found in the 1 sheets checked');
});
