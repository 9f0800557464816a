import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { annotationsOf, differencesFromOriginal } from './helpers/annotated';
import { runCli } from './helpers/run-cli';
import { writeTwoLevelFolder } from './fixtures/two-levels';

/** `statlint check … --annotate OUT_DIR` on copies of the samples, compared with the JSON report of the same run. */

const SEEDS = join(__dirname, '..', 'seeds', 'sheets');

interface JsonReport {
  files: {
    file: string;
    cellFixes: { sheet: string; address: string; message: string }[];
    findings: { sheet: string; message: string; cells: { address: string; suspect: boolean }[] }[];
  }[];
}

const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );

describe('statlint check --annotate', () => {
  let work: string;
  let inputs: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'statlint-annotate-'));
    inputs = join(work, '县表');
    cpSync(SEEDS, inputs, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes a copy of each workbook with findings, cell for cell the original plus fills, notes and 核对结果', async () => {
    const before = hashes(inputs);
    const out = join(work, '标注', '副本'); // created, parents too
    const { code, out: stdout, err } = await runCli('check', inputs, '--annotate', out, '--format', 'json');
    expect(code).toBe(1);
    expect(hashes(inputs)).toEqual(before);
    const report = JSON.parse(stdout) as JsonReport;
    const flagged = report.files.filter((f) => f.findings.length > 0);
    const workbooks = flagged.filter((f) => f.file.endsWith('.xlsx'));
    expect(workbooks.length).toBe(4);
    expect(readdirSync(out).sort()).toEqual(workbooks.map((f) => basename(f.file)).sort());
    for (const f of workbooks) {
      const copy = new Uint8Array(readFileSync(join(out, basename(f.file))));
      expect(err).toContain(
        `已写出标注副本 ${join(out, basename(f.file))}（${f.cellFixes.length} 个单元格已标色并加批注）`,
      );
      const original = new Uint8Array(readFileSync(f.file));
      expect(await differencesFromOriginal(original, copy)).toEqual([]);
      const found = await annotationsOf(original, copy);
      const suspects = f.cellFixes.map((c) => `${c.sheet}!${c.address}`).sort();
      expect([...found.fills.keys()].sort()).toEqual(suspects);
      expect(new Set(found.fills.values())).toEqual(new Set(['FFFFC7CE'])); // every planted finding is an error
      expect([...found.notes.keys()].sort()).toEqual(suspects);
      for (const c of f.cellFixes) expect(found.notes.get(`${c.sheet}!${c.address}`)).toContain(c.message);
      expect(found.results.map((r) => [r.values[0], r.values[4], r.link])).toEqual(
        f.findings.map((x) => {
          const cell = (x.cells.find((c) => c.suspect) ?? x.cells[0]).address;
          return [x.sheet, x.message, `'${x.sheet}'!${cell}`];
        }),
      );
      // Each link names a sheet the copy has.
      for (const r of found.results)
        expect(found.sheetNames).toContain(/^'(.*)'!/.exec(r.link ?? '')?.[1]?.replace(/''/g, "'"));
    }
    // The CSV with findings gets a note instead of a copy; clean workbooks get nothing.
    expect(err).toContain('xigang-market-entities-planted.csv：CSV 文件不能加批注和底色，未写标注副本');
  }, 60_000);

  it('refuses to write a copy over its own original', async () => {
    const before = hashes(inputs);
    const file = join(inputs, 'liaoning-hotline-planted.xlsx');
    const { code, err } = await runCli('check', file, '--annotate', inputs, '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toContain(`${file}: the annotated copy would overwrite the original; refused`);
    expect(hashes(inputs)).toEqual(before);
    expect(existsSync(join(inputs, 'liaoning-hotline-planted (2).xlsx'))).toBe(false);
  });

  it('says in plain words why a folder or copy could not be written, and writes the others', async () => {
    const file = join(work, '一个文件');
    writeFileSync(file, '');
    const folder = await runCli('check', inputs, '--annotate', join(file, '副本'));
    expect(folder.code).toBe(2);
    expect(folder.err).toContain(`--annotate ${join(file, '副本')}：无法创建文件夹（路径中有一段是文件而不是文件夹）`);
    // A folder where one copy would go: that copy fails (and leaves no partial file), the others are written.
    const out = join(work, '挡路');
    mkdirSync(join(out, 'liaoning-hotline-planted.xlsx'), { recursive: true });
    const copies = await runCli('check', inputs, '--annotate', out, '--lang', 'en');
    expect(copies.code).toBe(2);
    expect(copies.err).toContain(
      `${join(inputs, 'liaoning-hotline-planted.xlsx')}: the annotated copy could not be written (a folder of that name is in the way)`,
    );
    expect(copies.err).not.toMatch(/EISDIR|\.tmp/);
    expect(readdirSync(out).sort()).toEqual([
      'liaoning-coverage-planted.xlsx',
      'liaoning-hotline-planted.xlsx',
      'liaoning-no-member-planted.xlsx',
      'shenyang-key-enterprises-planted.xlsx',
    ]);
  });

  it('is an option of check only', async () => {
    const { code, err } = await runCli('explain', inputs, '--annotate', join(work, 'x'));
    expect(code).toBe(2);
    expect(err).toContain('--annotate goes with check, not explain');
  });
});

describe('statlint check --annotate with findings between tables', () => {
  it('marks the cells a finding between tables asks to check, in each workbook it reads, and keeps the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-annotate-cross-'));
    const inputs = join(dir, 'in');
    const out = join(dir, 'out');
    mkdirSync(inputs);
    // The city's 皇姑区 企业数 50 lower (neither table blamed), 和平区's own total 覆盖企业数 5 off (its C6 blamed).
    await writeTwoLevelFolder(inputs, [{ county: '皇姑区', col: 1, by: -50 }], { county: '和平区', col: 2, by: 5 });
    const before = hashes(inputs);
    const { code } = await runCli('check', inputs, '--annotate', out);
    expect(code).toBe(1);
    expect(hashes(inputs)).toEqual(before);
    const copy = async (name: string) => {
      const original = new Uint8Array(readFileSync(join(inputs, name)));
      const annotated = new Uint8Array(readFileSync(join(out, name)));
      expect(await differencesFromOriginal(original, annotated)).toEqual([]);
      return annotationsOf(original, annotated);
    };
    // The city table is consistent in itself: only the findings between tables mark it, on both cells of each.
    const city = await copy('沈阳市汇总.xlsx');
    expect([...city.fills.keys()].sort()).toEqual(['覆盖情况!B4', '覆盖情况!E3', '覆盖情况!E4']);
    expect(city.notes.get('覆盖情况!B4')).toContain('B4 的正确数值无法推断（与 表2-皇姑.xlsx [覆盖情况] B7 不一致）');
    expect(city.results.map((r) => r.values[4])).toContain(
      '皇姑区企业数：沈阳市汇总.xlsx [覆盖情况] B4 为 580，该地区本表合计 表2-皇姑.xlsx [覆盖情况] B7 为 630，相差 50；两处数字在各自表内都未被指为疑点，请核实哪一方有误',
    );
    const huanggu = await copy('表2-皇姑.xlsx');
    expect([...huanggu.fills.keys()].sort()).toEqual(['覆盖情况!B7', '覆盖情况!E7']);
    // 和平区's C6 breaks its own sum and disagrees with the city: one note, leading with the likely value.
    const heping = await copy('和平区.xlsx');
    expect(heping.fills.has('覆盖情况!C6')).toBe(true);
    expect(heping.notes.get('覆盖情况!C6')).toMatch(/^statlint:\nC6 可能应为 337：/);
    expect(heping.notes.get('覆盖情况!C6')).toContain('和平区覆盖企业数：沈阳市汇总.xlsx [覆盖情况] C3 为 337');
    expect(existsSync(join(out, '沈河区2024年报.xlsx'))).toBe(false);
  }, 60_000);
});
