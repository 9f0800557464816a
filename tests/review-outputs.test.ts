/** What a reviewer sends back and keeps: one report per workbook (--output-dir), and explained findings (statlint accept). */
import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptedFileSchema } from '../src/core/accepted';
import { runCli as run } from './helpers/run-cli';
import { writeTwoLevelFolder } from './fixtures/two-levels';

const HOTLINE = join(__dirname, '..', 'seeds', 'sheets', 'liaoning-hotline-planted.xlsx');

describe('--output-dir: one report per input workbook', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'statlint-outdir-'));
    mkdirSync(join(dir, 'in'));
    await writeTwoLevelFolder(join(dir, 'in'), [{ county: '皇姑区', col: 1, by: -50 }]);
  });

  test('each county gets its own report with its findings and the differences between tables that name its cells', async () => {
    const out = join(dir, 'out');
    const { code, out: stdout } = await run('check', join(dir, 'in'), '--output-dir', out);
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(
      ['北镇.txt', '和平区.txt', '沈河区2024年报.txt', '沈阳市汇总.txt', '表2-皇姑.txt', '说明附表.txt'].sort(),
    );
    const huanggu = readFileSync(join(out, '表2-皇姑.txt'), 'utf8');
    expect(huanggu).toContain(
      '皇姑区企业数：沈阳市汇总.xlsx [覆盖情况] B4 为 580，该地区本表合计 表2-皇姑.xlsx [覆盖情况] B7 为 630',
    );
    expect(huanggu).toMatch(/^汇总: 1 个文件/m);
    // Another county's report says nothing of 皇姑区.
    expect(readFileSync(join(out, '沈河区2024年报.txt'), 'utf8')).not.toContain('皇姑');
    // The terminal still gets the summary over all files.
    expect(stdout).toMatch(/^汇总: 6 个文件/m);
  });

  test('the format follows --format, and file names are made safe', async () => {
    const input = join(dir, 'odd');
    mkdirSync(join(input, 'sub'), { recursive: true });
    for (const name of ['con.xlsx', 'a:b?.xlsx', 'sub/a:b?.xlsx']) copyFileSync(HOTLINE, join(input, name));
    // A folder walk skips dot files; named on the command line, one is checked, and its report is not hidden.
    copyFileSync(HOTLINE, join(dir, '.hidden.xlsx'));
    const out = join(dir, 'odd-out');
    const { code } = await run('check', input, join(dir, '.hidden.xlsx'), '--output-dir', out, '--format', 'html');
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['_con.html', 'a_b_-2.html', 'a_b_.html', 'hidden.html'].sort());
    expect(readFileSync(join(out, 'a_b_.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  test('a report or folder that cannot be written is named, with why in plain words', async () => {
    const file = join(dir, '一个文件.txt');
    writeFileSync(file, '');
    const folder = await run('check', HOTLINE, '--output-dir', join(file, '报告'));
    expect(folder.code).toBe(2);
    expect(folder.err).toContain(`statlint: ${join(file, '报告')}：无法写出（路径中有一段是文件而不是文件夹）`);
    const report = await run('check', HOTLINE, '--output', dir, '--lang', 'en');
    expect(report.code).toBe(2);
    expect(report.err).toContain(`statlint: ${dir} cannot be written (a folder of that name is in the way)`);
    expect(report.err).not.toMatch(/EISDIR|ENOTDIR/);
  });

  test('--output and --output-dir together are refused', async () => {
    const { code, err } = await run('check', HOTLINE, '--output', join(dir, 'x.txt'), '--output-dir', join(dir, 'y'));
    expect(code).toBe(2);
    expect(err).toContain('--output and --output-dir cannot be used together');
  });
});

describe('statlint accept: an explained finding (核实)', () => {
  async function setD6(path: string, value: number): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.worksheets[0].getCell('D6').value = value;
    await wb.xlsx.writeFile(path);
  }

  test('stays explained on a re-run while its cells keep their values, and is open again when one changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-accept-'));
    const book = join(dir, '热线.xlsx');
    copyFileSync(HOTLINE, book);
    expect((await run('check', book)).code).toBe(1);

    const accepted = await run('accept', book, 'D6', '--reason', '网站渠道含转办件，已电话核实');
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('已核实 1 条涉及 D6 的发现');
    const stored = acceptedFileSchema.parse(JSON.parse(readFileSync(`${book}.statlint-accepted.json`, 'utf8')));
    expect(stored.entries[0]).toMatchObject({
      workbook: '热线.xlsx',
      sheet: '12345热线',
      ruleId: 'closure-rate',
      reason: '网站渠道含转办件，已电话核实',
    });
    expect(stored.entries[0].cells.map((c) => c.address).sort()).toEqual(['B6', 'C6', 'D6']);

    const again = await run('check', book);
    expect(again.code).toBe(0);
    expect(again.out).toContain('D6     已核实：网站渠道含转办件，已电话核实 — ');
    expect(again.out).not.toContain('需核对的单元格');
    const json = JSON.parse((await run('check', book, '--format', 'json')).out) as {
      summary: { error: number; accepted: number; cellsToFix: number };
    };
    expect(json.summary).toMatchObject({ error: 0, accepted: 1, cellsToFix: 0 });

    // The county corrects the rate to another wrong figure: the finding is open again.
    await setD6(book, 0.95);
    const changed = await run('check', book);
    expect(changed.code).toBe(1);
    expect(changed.out).not.toContain('已核实');
    expect(changed.out).toContain('需核对的单元格');
  });

  test('--accepted FILE keeps the explanations elsewhere; without it the finding is open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-accept-'));
    const book = join(dir, '热线.xlsx');
    copyFileSync(HOTLINE, book);
    const store = join(dir, 'reviewed.json');
    expect((await run('accept', book, '12345热线!D6', '--reason', '已核实', '--accepted', store)).code).toBe(0);
    expect(existsSync(`${book}.statlint-accepted.json`)).toBe(false);
    expect((await run('check', book, '--accepted', store)).code).toBe(0);
    expect((await run('check', book)).code).toBe(1);
  });

  test('a cell in no finding, or no reason, is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-accept-'));
    const book = join(dir, '热线.xlsx');
    copyFileSync(HOTLINE, book);
    const none = await run('accept', book, 'A1', '--reason', 'x');
    expect(none.code).toBe(2);
    expect(none.err).toContain('A1 不在任何发现中');
    expect((await run('accept', book, 'D6')).code).toBe(2);
    expect(existsSync(`${book}.statlint-accepted.json`)).toBe(false);
  });
});

describe('statlint accept on a finding between tables', () => {
  test('the city row that disagrees with a county: explained on re-runs, open again when the cell changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-accept-cross-'));
    await writeTwoLevelFolder(dir, [{ county: '皇姑区', col: 1, by: -50 }]);
    const city = join(dir, '沈阳市汇总.xlsx');
    type Doc = { crossTable: { cells: { address: string }[]; accepted?: { reason: string } }[] };
    const before = JSON.parse((await run('check', dir, '--format', 'json')).out) as Doc;
    // 皇姑区's 企业数 (B4) and the rate the city recomputed from it (E4).
    expect(before.crossTable.filter((f) => f.accepted)).toEqual([]);
    expect(before.crossTable).toHaveLength(2);

    // The county workbook is read from the city table's folder, so the finding between them is there to accept.
    const accepted = await run('accept', city, '覆盖情况!B4', '--reason', '皇姑区含开发区企业，已核实');
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('已核实 1 条涉及 覆盖情况!B4 的发现');
    const stored = acceptedFileSchema.parse(JSON.parse(readFileSync(`${city}.statlint-accepted.json`, 'utf8')));
    expect(stored.entries[0].cells.map((c) => `${c.workbook}!${c.address}`).sort()).toEqual([
      '沈阳市汇总.xlsx!B4',
      '表2-皇姑.xlsx!B7',
    ]);

    const again = await run('check', dir);
    expect(again.out).toContain(
      '已核实：皇姑区含开发区企业，已核实 — 皇姑区企业数：沈阳市汇总.xlsx [覆盖情况] B4 为 580',
    );
    expect(again.out).toMatch(/^汇总: .*, 表间 1 处不一致$/m);
    const doc = JSON.parse((await run('check', dir, '--format', 'json')).out) as Doc & {
      summary: { crossTableFindings: number; crossTableExplained: number };
    };
    expect(doc.summary).toMatchObject({ crossTableFindings: 1, crossTableExplained: 1 });

    // The county corrects its own total instead: the cells no longer hold what was explained, so it is open again.
    const county = join(dir, '表2-皇姑.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(county);
    wb.worksheets[0].getCell('B7').value = 600;
    await wb.xlsx.writeFile(county);
    const changed = JSON.parse((await run('check', dir, '--format', 'json')).out) as Doc;
    expect(changed.crossTable.some((f) => f.cells.some((c) => c.address === 'B4') && !f.accepted)).toBe(true);
    expect(changed.crossTable.filter((f) => f.accepted)).toEqual([]);
  });
});
