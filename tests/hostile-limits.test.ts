/**
 * Every limit of src/core/limits.ts, hit by a generated input that is small on disk and grows at run time: the
 * message names the limit in the user's words, the exit status is honest, and a good file in the same run is still
 * checked. Cases that would take the machine's memory or minutes if a limit regressed run in a child process with a
 * small heap and a time limit.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatText } from '../src/reports/text';
import { limits } from '../src/core/limits';
import type { FileResult } from '../src/core/report';
import { findInputFiles } from '../src/node/read-workbook';
import { sizeText } from '../src/readers/read-problems';
import { compileCli, runChildCli } from './helpers/child-cli';
import { runCli as run } from './helpers/run-cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Checked with the bundled rules: the total row is 10 more than its regions (B4), an error finding. */
const GOOD_CSV = '地区,企业数,覆盖企业数\n城关,4009,2109\n东城,100,50\n合计,4119,2159\n';
const GOOD_FINDING = '合计：企业数应为 4109（B2 + B3），表中为 4119';

/** A folder holding `good.csv` and the hostile file; returns both paths. */
function withGood(name: string, bytes: Uint8Array | string): { folder: string; bad: string; good: string } {
  const folder = mkdtempSync(join(dir, 'case-'));
  const bad = join(folder, name);
  writeFileSync(bad, bytes);
  const good = join(folder, 'good.csv');
  writeFileSync(good, GOOD_CSV);
  return { folder, bad, good };
}

/** A real one-sheet workbook from exceljs, as parts, with the sheet's XML changed by `edit`. */
async function workbook(
  edit: (sheetXml: string) => string,
  build?: (ws: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  if (build) build(ws);
  else {
    ws.getRow(1).values = ['地区', '企业数'];
    ws.getRow(2).values = ['城关', 311];
  }
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  parts['xl/worksheets/sheet1.xml'] = strToU8(edit(strFromU8(parts['xl/worksheets/sheet1.xml'])));
  return zipSync(parts, { level: 9 });
}

/** Merged ranges written after the sheet data, where Excel puts them. */
function withMerges(refs: string[]): (xml: string) => string {
  const merges = `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
  return (xml) => xml.replace(/<mergeCells[^]*?<\/mergeCells>/, '').replace('</sheetData>', `</sheetData>${merges}`);
}

describe('limits in the child process (small heap, time limit)', () => {
  let root: string;
  beforeAll(() => {
    root = compileCli();
  }, 240_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('2,000 tall merges (A3:A1048576 and on) in a few KB: read in seconds with the lean reader; exceljs is not handed them', async () => {
    const tall = Array.from({ length: 2000 }, (_, k) => `A${3 + k}:A1048576`);
    const bytes = await workbook(withMerges(tall));
    expect(bytes.length).toBeLessThan(40_000);
    const { folder, good } = withGood('tall.xlsx', bytes);
    const lean = runChildCli(root, ['check', folder], 384, 60_000);
    expect(lean.timedOut).toBe(false);
    expect(lean.code).toBe(1); // the good file's error; the tall merges cost nothing
    expect(lean.out).toContain(GOOD_FINDING);
    expect(lean.err).toBe('');
    const exceljs = runChildCli(root, ['check', folder, '--reader', 'exceljs'], 384, 60_000);
    expect(exceljs.timedOut).toBe(false);
    expect(exceljs.code).toBe(2);
    expect(exceljs.err).toContain('tall.xlsx: 单元格超过 5,000,000 个（上限 cells），未读取');
    expect(exceljs.out).toContain(GOOD_FINDING);
    expect(exceljs.out).toContain(good);
  }, 180_000);

  test('a folder tree 1,500 levels deep is walked in seconds (each folder known by device and inode, not by its real path)', () => {
    const top = mkdtempSync(join(dir, 'deeper-'));
    let folder = top;
    for (let k = 0; k < 1500; k++) folder = join(folder, 'd');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'good.csv'), GOOD_CSV);
    writeFileSync(join(top, 'good.csv'), GOOD_CSV);
    // Resolving each folder's real path took minutes here; the time limit leaves room for a busy machine.
    const { code, out, err, timedOut } = runChildCli(root, ['check', top], 256, 60_000);
    expect(timedOut).toBe(false);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out.split(GOOD_FINDING)).toHaveLength(3); // the deepest file and the top one
    expect(out).toContain(join(folder, 'good.csv'));
  }, 120_000);

  test('more merged ranges than mergesPerSheet: that sheet is not read, exit 2', async () => {
    const many = Array.from({ length: limits.mergesPerSheet + 1 }, (_, k) => `C${3 + k}:D${3 + k}`);
    const { folder } = withGood('merges.xlsx', await workbook(withMerges(many)));
    for (const reader of ['lean', 'exceljs']) {
      const { code, out, err, timedOut } = runChildCli(root, ['check', folder, '--reader', reader], 384, 60_000);
      expect(timedOut).toBe(false);
      expect(code).toBe(2);
      expect(err).toMatch(/merges\.xlsx: (工作表 "Sheet1": )?合并区域超过 10,000 个（上限 mergesPerSheet），未读取/);
      expect(out).toContain(GOOD_FINDING);
    }
  }, 180_000);

  test('a 20,000-character number format over 60,000 cells is read as General within 256 MiB of heap, noted once', async () => {
    // Each cell would show 20,000 characters of it: 1.2 GB of text for the sheet. Rows are written without `r`
    // (each follows the one before), so that the sheet XML compresses to little.
    const code = `0.0"${'x'.repeat(19_995)}"`;
    let rows =
      '<row><c t="inlineStr"><is><t>地区</t></is></c><c t="inlineStr"><is><t>企业数</t></is></c><c t="inlineStr"><is><t>覆盖企业数</t></is></c></row>';
    for (let r = 0; r < 20_000; r++)
      rows += `<row><c s="1" t="inlineStr"><is><t>企业</t></is></c><c s="1"><v>${r + 10}</v></c><c s="1"><v>${r}</v></c></row>`;
    const bytes = await workbook(
      (xml) => xml.replace(/<sheetData>[^]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows}</sheetData>`),
      (ws) => {
        ws.getCell('A1').value = 1;
        ws.getCell('A1').numFmt = code;
      },
    );
    expect(bytes.length).toBeLessThan(200_000);
    const { folder } = withGood('format.xlsx', bytes);
    const { code: status, out, err, timedOut } = runChildCli(root, ['check', folder], 256, 90_000);
    expect(timedOut).toBe(false);
    expect(err).toBe('');
    expect(status).toBe(1);
    expect(
      out.split('有数字格式长 20,000 个字符，超过 255（上限 formatCodeChars），其单元格按常规格式显示'),
    ).toHaveLength(2);
    expect(out).toContain(GOOD_FINDING);
  }, 180_000);

  test('50,000 rows that each fail one equality: seconds, not minutes, and the findings grouped', () => {
    const rows = ['地区,党委,党总支,党支部,单独建立党组织'];
    for (let i = 0; i < 50_000; i++)
      rows.push(`企业${i + 1},${i % 5},${i % 7},${(i % 50) + 1},${(i % 5) + (i % 7) + (i % 50) + 2}`);
    const { folder } = withGood('every-row.csv', `${rows.join('\n')}\n`);
    // The quadratic localiser took over three minutes here; the bound leaves room for a busy machine.
    const { code, out, ms, timedOut } = runChildCli(root, ['check', folder], 512, 90_000);
    expect(timedOut).toBe(false);
    expect(code).toBe(1);
    expect(out).toContain(
      '… 同一规则（own-organisations-sum）另有 49990 条发现，在 E12 至 E50001；--format json 或 csv 列出全部',
    );
    expect(out).toContain('… 另有 49950 个单元格需核对');
    expect(out).toContain('需核对 50001 个单元格（50001 条发现，2 个文件）');
    expect(out).toContain(GOOD_FINDING);
    expect(ms).toBeLessThan(90_000);
  }, 180_000);
});

test("the README's table of limits names every limit of limits.ts, each with its value", () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('### Limits'), readme.indexOf('\n###', readme.indexOf('### Limits') + 1));
  const rows = [...table.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim()]);
  expect(rows.map(([name]) => name)).toEqual(Object.keys(limits));
  for (const [name, value] of rows) {
    const limit = limits[name as keyof typeof limits];
    const shown = name.endsWith('Bytes') ? sizeText(limit) : limit.toLocaleString('en-US');
    expect(`${name}: ${value}`).toMatch(new RegExp(`^${name}: ${shown} `));
  }
});

describe('workbook and CSV limits', () => {
  test('a ledger of 130,000 rows within every limit is checked, its total row too (no list spread as arguments)', async () => {
    // Math.max(...figures) or splice(0, n, ...rows) over this many rows overflows the call stack.
    const rows = Array.from({ length: 130_000 }, (_, i) => [`单位${i + 1}`, 10 + (i % 37), 5 + (i % 5)]);
    const sums = [1, 2].map((c) => rows.reduce((s, r) => s + Number(r[c]), 0));
    const csv = ['单位,企业数,覆盖企业数', `合计,${sums[0] + 1},${sums[1]}`, ...rows.map((r) => r.join(','))].join(
      '\n',
    );
    const { folder } = withGood('ledger.csv', csv);
    const { code, out } = await run('check', folder, '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toContain(`合计: 企业数 should be ${sums[0]} (SUM(B3:B130002)); the sheet says ${sums[0] + 1}`);
    expect(out).not.toContain('not read');
    // The finding names 130,001 cells; its text line lists 24 and every suspect, then how many more. None is the
    // suspect: the total is tied to its row's other figures, and nothing tells one of 130,000 rows from another.
    const cellsLine = out.split('\n').find((l) => l.trim().startsWith('cells: ') && l.includes('B130002'));
    expect(cellsLine).toBeUndefined();
    expect(out).toMatch(/cells: B2 B3 B4 .* … and 129977 more\n/);
  }, 120_000);

  test('a bad date cell costs that cell: its raw value with a note, the rest of the sheet checked', async () => {
    const bytes = await workbook(
      (xml) => xml,
      (ws) => {
        ws.getRow(1).values = ['地区', '企业数', '日期'];
        ws.getRow(2).values = ['城关', 4009, 1e20];
        ws.getRow(2).getCell(3).numFmt = 'yyyy-mm-dd';
        ws.getRow(3).values = ['东城', 100];
        ws.getRow(4).values = ['合计', 4119];
      },
    );
    const { folder } = withGood('date.xlsx', bytes);
    const { code, out } = await run('check', folder);
    expect(code).toBe(1);
    expect(out).toContain('工作表 "Sheet1": 单元格 C2: 无法按其数字格式显示，按原值 100000000000000000000 读取');
    expect(out.split(GOOD_FINDING)).toHaveLength(3); // the workbook's own total row, and the good file's
  });

  test('past cellNotesPerSheet notes on single cells, the rest are counted in one line; the exit status is unchanged', async () => {
    const dates = limits.cellNotesPerSheet + 50;
    const bytes = await workbook(
      (xml) => xml,
      (ws) => {
        ws.getRow(1).values = ['地区', '日期'];
        for (let r = 2; r < dates + 2; r++) {
          ws.getRow(r).values = [`企业${r}`, 1e20 + r * 1e6];
          ws.getRow(r).getCell(2).numFmt = 'yyyy-mm-dd';
        }
      },
    );
    const { folder } = withGood('notes.xlsx', bytes);
    const { code, out, err } = await run('check', folder);
    expect(code).toBe(1); // the good file's error: notes are not failures to read
    expect(err).toBe('');
    expect(out.match(/无法按其数字格式显示/g)).toHaveLength(limits.cellNotesPerSheet);
    expect(out).toContain('工作表 "Sheet1": 另有 50 条单元格说明未列出（上限 cellNotesPerSheet）');
    expect(out).toContain(GOOD_FINDING);
    const en = await run('check', folder, '--lang', 'en');
    expect(en.out).toContain('sheet "Sheet1": 50 more cell notes not listed (limit cellNotesPerSheet)');
  });

  test("a CSV line longer than csvLineChars, or wider than Excel's columns: not read, exit 2, the rest checked", async () => {
    const folder = mkdtempSync(join(dir, 'csv-'));
    writeFileSync(join(folder, 'long.csv'), `地区,${'9'.repeat(limits.csvLineChars)}\n城关,1\n`);
    writeFileSync(join(folder, 'wide.csv'), `地区${',1'.repeat(limits.columns)}\n`);
    writeFileSync(join(folder, 'good.csv'), GOOD_CSV);
    const { code, out, err } = await run('check', folder);
    expect(code).toBe(2);
    expect(err).toContain(`long.csv: 工作表 "long": 第 1 行超过 1,048,576 个字符（上限 csvLineChars），未读取`);
    expect(err).toContain(`wide.csv: 工作表 "wide": 列数超过 16,384（上限 columns），未读取`);
    expect(out).toContain(GOOD_FINDING);
    const en = await run('check', join(folder, 'wide.csv'), '--lang', 'en');
    expect(en.err).toContain('wide.csv: sheet "wide": has more than 16,384 columns (limit columns); not read');
  });

  test('an archive claiming more entries than zipEntries is refused before its directory is read, by both readers', async () => {
    const bytes = Buffer.from(await workbook((xml) => xml));
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(0xffff, eocd + 8);
    bytes.writeUInt16LE(0xffff, eocd + 10);
    const { folder, bad } = withGood('entries.xlsx', bytes);
    for (const reader of ['lean', 'exceljs']) {
      const { code, out, err } = await run('check', folder, '--reader', reader);
      expect(code).toBe(2);
      expect(err).toContain(`${bad}: 压缩包中的条目超过 10,000 个（上限 zipEntries），未读取`);
      expect(out).toContain(GOOD_FINDING);
    }
  });

  test('a file larger than fileBytes is refused by its size, without reading it (a sparse file here)', async () => {
    const { folder, bad } = withGood('huge.xlsx', '');
    const fd = openSync(bad, 'r+');
    ftruncateSync(fd, limits.fileBytes + 1);
    closeSync(fd);
    const { code, out, err } = await run('check', folder);
    expect(code).toBe(2);
    expect(err).toContain(`${bad}: 文件大于 200 MiB（上限 fileBytes），未读取`);
    expect(out).toContain(GOOD_FINDING);
  });
});

describe('rule-file limits', () => {
  const csv = (): string => {
    const path = join(mkdtempSync(join(dir, 'rules-')), 'good.csv');
    writeFileSync(path, GOOD_CSV);
    return path;
  };
  const rule = (relation: unknown) =>
    JSON.stringify({
      measures: [],
      rules: [
        {
          id: 'deep',
          title: { 'zh-CN': '深', en: 'deep' },
          message: { 'zh-CN': '{row}', en: '{row}' },
          severity: 'error',
          relation,
          examples: { valid: [], invalid: [] },
        },
      ],
    });
  const nestedSum = (depth: number): unknown => {
    let operand: unknown = 'enterprises';
    for (let k = 0; k < depth; k++) operand = { sum: [operand, 'enterprises'] };
    return operand;
  };

  test.each([
    [
      '20,000 levels of nested arrays',
      () => '['.repeat(20_000) + ']'.repeat(20_000),
      '第 1 行第 33 列：嵌套超过 32 层（限制 ruleNesting），文件未读取',
    ],
    [
      'an operand 1,000 sums deep',
      () => rule({ kind: 'equals', left: nestedSum(1000), right: 'enterprises' }),
      '嵌套超过 32 层（限制 ruleNesting），文件未读取',
    ],
    [
      'an operand 9 sums deep',
      () => rule({ kind: 'equals', left: nestedSum(9), right: 'enterprises' }),
      '规则 "deep"（深）的 relation.left 中求和、求差嵌套 9 层，最多 8 层（限制 operandDepth）',
    ],
    [
      'a measure with 1,001 aliases',
      () =>
        JSON.stringify({
          measures: [{ id: 'enterprises', aliases: Array.from({ length: 1001 }, (_, k) => `企业户数${k}`) }],
          rules: [],
        }),
      '指标 "enterprises"的 aliases 共 1,001 个表头写法，一个指标最多 1,000 个（限制 aliasesPerMeasure）',
    ],
    [
      'a measure with 200,000 aliases (past the file size first)',
      () =>
        JSON.stringify({
          measures: [{ id: 'enterprises', aliases: Array.from({ length: 200_000 }, (_, k) => `企业户数${k}`) }],
          rules: [],
        }),
      '大于 1 MiB（限制 ruleFileBytes），已跳过',
    ],
  ])(
    '%s: that file is not loaded, named with its limit, exit 2; the bundled rules still check',
    async (_what, text, words) => {
      const path = join(mkdtempSync(join(dir, 'rule-')), 'mine.rules.json');
      writeFileSync(path, text());
      const { code, out, err } = await run('check', csv(), '--rules', path);
      expect(code).toBe(2);
      expect(err).toContain(`statlint: ${path}`);
      expect(err).toContain(words);
      expect(err).not.toMatch(/Maximum call stack|RangeError|\n\s+at /);
      expect(out).toContain(GOOD_FINDING);
    },
  );

  test('--rules /dev/zero is a device, not read', async () => {
    const { code, err, out } = await run('check', csv(), '--rules', '/dev/zero');
    expect(code).toBe(2);
    expect(err).toContain('statlint: /dev/zero：是设备文件，不是普通文件，已跳过');
    expect(out).toContain(GOOD_FINDING);
  });
});

describe('names, encodings and many files', () => {
  test('a file whose name is not UTF-8 is shown escaped and still read', async () => {
    const folder = mkdtempSync(join(dir, 'names-'));
    const gbkName = Buffer.concat([Buffer.from(folder + '/'), Buffer.from([0xb1, 0xed]), Buffer.from('.csv')]); // 表 in GBK
    writeFileSync(gbkName, GOOD_CSV);
    const { code, out, err } = await run('check', folder);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toContain(`${folder}/\\xb1\\xed.csv`);
    expect(out).toContain(GOOD_FINDING);
  });

  test('a UTF-16 CSV without a byte order mark is read as UTF-16, little- and big-endian', async () => {
    const folder = mkdtempSync(join(dir, 'utf16-'));
    const le = Buffer.from(GOOD_CSV, 'utf16le');
    writeFileSync(join(folder, 'le.csv'), le);
    writeFileSync(join(folder, 'be.csv'), Buffer.from(le).swap16());
    const { code, out } = await run('check', folder);
    expect(code).toBe(1);
    expect(out.split(GOOD_FINDING)).toHaveLength(3);
  });

  test('an .xlsb workbook is named as such; the good file is still checked', async () => {
    const { bad, good } = withGood('binary.xlsb', zipSync({ 'xl/workbook.bin': new Uint8Array([1, 2, 3]) }));
    const { code, out, err } = await run('check', bad, good);
    expect(code).toBe(2);
    expect(err).toBe(`statlint: ${bad}: 二进制工作簿 .xlsb 暂不支持；请在 Excel 中打开并另存为 .xlsx\n`);
    expect(out).toContain(GOOD_FINDING);
  });

  test('read problems are worded in Chinese by default, details included, and in English with --lang en', async () => {
    const whole = await workbook((xml) => xml);
    const { bad } = withGood('cut.xlsx', whole.subarray(0, whole.length - 30)); // the zip directory cut off
    const zh = await run('check', bad);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`statlint: ${bad}: 工作簿已损坏或不完整（缺少 zip 目录，文件不完整），未读取\n`);
    expect(zh.out).not.toContain('未发现不一致');
    const en = await run('check', bad, '--lang', 'en');
    expect(en.err).toBe(
      `statlint: ${bad}: is a damaged or truncated workbook (the zip directory is missing, the file is cut short); not read\n`,
    );
  });

  test('a folder tree 300 levels deep is walked without recursion', async () => {
    const top = mkdtempSync(join(dir, 'deep-'));
    let folder = top;
    for (let k = 0; k < 300; k++) folder = join(folder, 'd');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'good.csv'), GOOD_CSV);
    const { code, out } = await run('check', top);
    expect(code).toBe(1);
    expect(out).toContain(GOOD_FINDING);
  });

  test('past filesPerRun files the walk stops with a note naming the limit', () => {
    const folder = mkdtempSync(join(dir, 'many-'));
    for (let k = 0; k <= limits.filesPerRun; k++) writeFileSync(join(folder, `${String(k).padStart(6, '0')}.csv`), '');
    const { files, problems } = findInputFiles([folder]);
    expect(files).toHaveLength(limits.filesPerRun);
    expect(files[files.length - 1]).toBe(join(folder, '049999.csv'));
    expect(problems).toEqual([
      {
        file: join(folder, '050000.csv'),
        message: 'more than 50,000 files (limit filesPerRun); the rest were not checked',
        fatal: true,
      },
    ]);
    // A file named on the command line and found again in its folder is one file, counted once.
    const twice = findInputFiles([join(folder, '000000.csv'), folder]);
    expect(twice.files).toHaveLength(limits.filesPerRun);
    expect(twice.files.slice(-2)).toEqual([join(folder, '049998.csv'), join(folder, '049999.csv')]);
    expect(twice.problems.map((p) => p.file)).toEqual([join(folder, '050000.csv')]);
  }, 120_000);

  test('the text report of 150,000 files with findings: one line each, no stack overflow (a spread of their rows overflowed)', () => {
    const finding = {
      ruleId: 'r',
      severity: 'error' as const,
      sheet: 'S',
      cells: [{ address: 'B2', value: '1', suspect: true }],
      message: 'm',
      expected: '1',
      actual: '2',
    };
    const results: FileResult[] = Array.from({ length: 150_000 }, (_, k) => ({
      file: `f${k}.csv`,
      problems: [],
      sheets: [
        {
          sheet: 'S',
          findings: [finding],
          cellFixes: [],
          problems: [],
          explanation: {
            sheet: 'S',
            notes: [],
            headerRows: [],
            columns: [],
            totalRows: [],
            parts: [],
            rulesApplied: [{ ruleId: 'r', title: 'r' }],
            rulesNotApplied: [],
          },
        },
      ],
    }));
    const text = formatText(results, 'zh-CN');
    expect(text).toContain('汇总: 150000 个文件, 150000 个工作表, 150000 个错误');
    expect(text).toMatch(/\n {2}f149999\.csv +1 +1 +0 +0\n/);
  });
});
