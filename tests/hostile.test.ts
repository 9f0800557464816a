/** Hostile and broken inputs through the command line: whatever the file holds, one plain message and an honest exit code. */
import ExcelJS from 'exceljs';
import { inflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { fixedText } from '../src/core/format';
import { BUNDLED_RULES_DIR } from '../src/node/rule-files';
import { fatalProblem, unreadableMessage } from '../src/readers/read-problems';
import { problemLine, problemText } from '../src/readers/problem-lines';
import { runCli as run } from './helpers/run-cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('display rounding of extreme figures', () => {
  test('a total row whose member is typed with 151 decimals: the finding is reported, exit 1, no stack trace', async () => {
    const tiny = `0.${'0'.repeat(150)}1`;
    const path = file('tiny.csv', `地区,企业数,覆盖企业数\n城关,4009,${tiny}\n东城,100,50\n合计,4109,2159\n`);
    const { code, out, err } = await run('check', path);
    expect(code).toBe(1);
    expect(err).not.toMatch(/RangeError|toFixed|\n\s+at /);
    // The sum is shown with the 151 places the member was typed with (50 + 1e-151 is 50 in floating point).
    expect(out).toContain(`合计：覆盖企业数应为 50.${'0'.repeat(151)}（C2 + C3），表中为 2159.${'0'.repeat(151)}`);
  });

  test('an .xlsx cell holding 1e-150 in a failing sum: the finding is reported, exit 1; a good file in the run checked', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getRow(1).values = ['地区', '企业数', '覆盖企业数'];
    ws.getRow(2).values = ['城关', 4009, 1e-150];
    ws.getRow(3).values = ['东城', 100, 50];
    ws.getRow(4).values = ['合计', 4109, 2159];
    const path = file('tiny.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    const good = file('tiny-good.csv', GOOD_CSV);
    const { code, out, err } = await run('check', path, good);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toMatch(/合计：覆盖企业数应为 50\.0{150}（C2 \+ C3），表中为 2159\.0{150} /);
    expect(out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119');
  });

  test('fixedText writes any finite number with any count of places', () => {
    expect(fixedText(1.25, 1)).toBe((1.25).toFixed(1));
    expect(fixedText(1e-150, 151)).toBe(`0.${'0'.repeat(149)}10`);
    expect(fixedText(-2159, 102)).toBe(`-2159.${'0'.repeat(102)}`);
    expect(fixedText(1.5e25, 101)).toBe(`15000000000000000000000000.${'0'.repeat(101)}`);
  });
});

const GOOD_CSV = '地区,企业数,覆盖企业数\n城关,4009,2109\n东城,100,50\n合计,4119,2159\n';

/** A real one-sheet workbook written by exceljs, as its parts. */
async function workbookParts(sheetName = 'Sheet1'): Promise<Record<string, Uint8Array>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.getRow(1).values = ['地区', '企业数'];
  ws.getRow(2).values = ['城关', 311];
  return unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** The parts zipped without compression, so that a byte of the sheet can be changed in place behind its checksum. */
function storedZip(parts: Record<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { level: 0 }]])));
}

/**
 * The stored zip with `change` applied to both headers of one entry (its local header and its directory entry),
 * given the offsets of the general-purpose flags and of the compression method in that header.
 */
function patchedEntry(
  zip: Uint8Array,
  name: string,
  change: (bytes: Buffer, flags: number, method: number) => void,
): Uint8Array {
  const bytes = Buffer.from(zip);
  const wanted = Buffer.from(name);
  for (let at = bytes.indexOf(wanted); at >= 0; at = bytes.indexOf(wanted, at + 1)) {
    if (bytes.readUInt32LE(at - 30) === 0x04034b50) change(bytes, at - 30 + 6, at - 30 + 8);
    else if (bytes.readUInt32LE(at - 46) === 0x02014b50) change(bytes, at - 46 + 8, at - 46 + 10);
  }
  return new Uint8Array(bytes);
}

const SHEET_PART = 'xl/worksheets/sheet1.xml';

async function encryptionFlag(): Promise<Uint8Array> {
  return patchedEntry(storedZip(await workbookParts()), SHEET_PART, (b, flags) => b.writeUInt16LE(1, flags));
}

async function unknownMethod(): Promise<Uint8Array> {
  return patchedEntry(storedZip(await workbookParts()), SHEET_PART, (b, _flags, method) => b.writeUInt16LE(99, method));
}

/** Stored XML marked deflated: the inflater meets markup where it expects deflate blocks. */
async function notDeflate(): Promise<Uint8Array> {
  return patchedEntry(storedZip(await workbookParts()), SHEET_PART, (b, _flags, method) => b.writeUInt16LE(8, method));
}

async function checksumFailing(): Promise<Uint8Array> {
  const bytes = Buffer.from(storedZip(await workbookParts()));
  const at = bytes.indexOf('<v>311</v>');
  expect(at).toBeGreaterThan(0);
  bytes[at + 3] = '9'.charCodeAt(0);
  return new Uint8Array(bytes);
}

async function brokenXml(): Promise<Uint8Array> {
  const parts = await workbookParts();
  parts['xl/worksheets/sheet1.xml'] = strToU8(
    strFromU8(parts['xl/worksheets/sheet1.xml']).replace('</sheetData>', '</sheetDat>'),
  );
  return zipSync(parts);
}

async function missingSheetPart(): Promise<Uint8Array> {
  const parts = await workbookParts();
  delete parts['xl/worksheets/sheet1.xml'];
  return zipSync(parts);
}

async function missingWorkbookRels(): Promise<Uint8Array> {
  const parts = await workbookParts();
  delete parts['xl/_rels/workbook.xml.rels'];
  return zipSync(parts);
}

/** The one worksheet turned into a chart sheet: nothing in the workbook to check. */
async function chartOnly(): Promise<Uint8Array> {
  const parts = await workbookParts();
  delete parts['xl/worksheets/sheet1.xml'];
  const chartsheet = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet';
  parts['xl/chartsheets/sheet1.xml'] = strToU8(
    '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
  );
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace(/Type="[^"]*\/worksheet" Target="[^"]*"/, `Type="${chartsheet}" Target="chartsheets/sheet1.xml"`),
  );
  expect(strFromU8(parts['xl/_rels/workbook.xml.rels'])).toContain(chartsheet);
  return zipSync(parts);
}

describe('a workbook whose sheets could not be read', () => {
  const cases: [string, () => Promise<Uint8Array>, string][] = [
    ['fails its checksum', checksumFailing, '的数据已损坏（压缩数据校验失败），未能读取'],
    ['has broken XML', brokenXml, '的数据已损坏（XML 格式错误），未能读取'],
    ['has lost its XML part', missingSheetPart, '的数据缺失（工作簿中没有它的 XML 部件），未能读取'],
    ['has lost the workbook relationships', missingWorkbookRels, '的数据缺失（工作簿中没有它的 XML 部件），未能读取'],
    ['is flagged encrypted', encryptionFlag, '的数据已损坏（无法解压），未能读取'],
    ['uses an unknown compression method', unknownMethod, '的数据已损坏（无法解压），未能读取'],
    ['cannot be inflated', notDeflate, '的数据已损坏（无法解压），未能读取'],
  ];
  test.each(cases)(
    'a sheet that %s: exit 2, one line naming file and sheet, no false all-clear; a good file still checked',
    async (_what, build, zh) => {
      const folder = mkdtempSync(join(dir, 'unread-'));
      const bad = join(folder, 'bad.xlsx');
      writeFileSync(bad, await build());
      writeFileSync(join(folder, 'good.csv'), '地区,企业数,覆盖企业数\n城关,4009,2109\n东城,100,50\n合计,4119,2159\n');
      const { code, out, err } = await run('check', folder);
      expect(code).toBe(2);
      expect(err).toBe(`statlint: ${bad}: 工作表 "Sheet1" ${zh}\n`);
      expect(out).not.toContain('未发现不一致');
      expect(out).toContain('1 个文件未能完整读取');
      expect(out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119');

      const alone = await run('check', bad);
      expect(alone.code).toBe(2);
      expect(alone.out).not.toContain('未发现不一致');
      const en = await run('check', bad, '--lang', 'en');
      expect(en.code).toBe(2);
      expect(en.err).toMatch(
        new RegExp(`^statlint: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: sheet "Sheet1": [^\n]+\n$`),
      );
      expect(en.out).not.toContain('no inconsistencies found');
    },
  );

  // exceljs drops such a sheet without a word; the preflight notes it as the lean reader does.
  test.each([
    ['has lost its XML part', missingSheetPart, '的数据缺失（工作簿中没有它的 XML 部件），未能读取'],
    ['has lost the workbook relationships', missingWorkbookRels, '的数据缺失（工作簿中没有它的 XML 部件），未能读取'],
  ])('with --reader exceljs, a sheet that %s: exit 2 and the same line', async (_what, build, zh) => {
    const folder = mkdtempSync(join(dir, 'exceljs-'));
    const bad = join(folder, 'bad.xlsx');
    writeFileSync(bad, await build());
    writeFileSync(join(folder, 'good.csv'), GOOD_CSV);
    const { code, out, err } = await run('check', folder, '--reader', 'exceljs');
    expect(code).toBe(2);
    expect(err).toBe(`statlint: ${bad}: 工作表 "Sheet1" ${zh}\n`);
    expect(out).not.toContain('未发现不一致');
    expect(out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119');
  });

  test.each(['lean', 'exceljs'])(
    'a workbook whose workbook.xml is broken: not read, its part named in words, exit 2 (--reader %s)',
    async (reader) => {
      const parts = await workbookParts();
      parts['xl/workbook.xml'] = strToU8(strFromU8(parts['xl/workbook.xml']).replace('</sheets>', '</sheet>'));
      const folder = mkdtempSync(join(dir, 'book-'));
      const bad = join(folder, 'bad.xlsx');
      writeFileSync(bad, zipSync(parts));
      writeFileSync(join(folder, 'good.csv'), GOOD_CSV);
      const { code, out, err } = await run('check', folder, '--reader', reader);
      expect(code).toBe(2);
      expect(err).toBe(`statlint: ${bad}: 工作簿已损坏（xl/workbook.xml 的 XML 格式错误），未读取\n`);
      expect(out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119');
      const en = await run('check', bad, '--reader', reader, '--lang', 'en');
      expect(en.err).toMatch(/^statlint: [^\n]+: is a damaged workbook \(xl\/workbook\.xml: [^\n]+\); not read\n$/);
    },
  );

  test.each(['lean', 'exceljs'])(
    'a workbook of chart sheets only has nothing to check: not read, exit 2 (--reader %s)',
    async (reader) => {
      const folder = mkdtempSync(join(dir, 'chart-'));
      const bad = join(folder, 'chart.xlsx');
      writeFileSync(bad, await chartOnly());
      writeFileSync(join(folder, 'good.csv'), GOOD_CSV);
      const { code, out, err } = await run('check', folder, '--reader', reader);
      expect(code).toBe(2);
      expect(err).toBe(`statlint: ${bad}: 没有普通工作表，只有图表等没有可核对单元格的工作表，未读取\n`);
      expect(out).not.toContain('未发现不一致');
      expect(out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119');
      const en = await run('check', bad, '--reader', reader, '--lang', 'en');
      expect(en.code).toBe(2);
      expect(en.err).toBe(
        `statlint: ${bad}: has no worksheet, only chart or other sheets with no cells to check; not read\n`,
      );
    },
  );
});

function fifo(path: string): string {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

/** A folder readdir refuses: mode 000, or for root (who may read anything) a /proc folder the kernel guards. */
function unreadableFolderLink(parent: string): string | undefined {
  const locked = join(parent, 'locked');
  mkdirSync(locked, { mode: 0o000 });
  try {
    readdirSync(locked);
  } catch {
    return locked;
  }
  rmSync(locked, { recursive: true });
  for (const guarded of ['/proc/1/map_files', '/proc/1/fdinfo']) {
    try {
      readdirSync(guarded);
    } catch {
      symlinkSync(guarded, locked);
      return locked;
    }
  }
  return undefined;
}

describe('the file system', () => {
  test('--rules naming a FIFO, or a rules folder holding one, does not block: it is skipped with a note, exit 2', async () => {
    const folder = mkdtempSync(join(dir, 'rules-'));
    for (const name of readdirSync(BUNDLED_RULES_DIR)) copyFileSync(join(BUNDLED_RULES_DIR, name), join(folder, name));
    const inFolder = fifo(join(folder, 'extra.rules.json'));
    const named = fifo(join(dir, 'named.rules.json'));
    const csv = file('rules-fifo.csv', GOOD_CSV);
    const { code, out, err } = await run('check', csv, '--rules', folder, '--rules', named);
    expect(code).toBe(2);
    expect(err).toContain(`statlint: ${inFolder}：是命名管道（FIFO），不是普通文件，已跳过`);
    expect(err).toContain(`statlint: ${named}：是命名管道（FIFO），不是普通文件，已跳过`);
    expect(out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119'); // the regular rule files still check
  });

  test('a FIFO, a symbolic link loop and an unreadable subfolder are each named, a link back up the tree searched once; the walk goes on', async () => {
    const root = mkdtempSync(join(dir, 'walk-'));
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'z'));
    writeFileSync(join(root, 'z', 'good.csv'), GOOD_CSV);
    const pipe = fifo(join(root, 'a', 'pipe.csv'));
    symlinkSync('loop.csv', join(root, 'a', 'loop.csv'));
    symlinkSync('..', join(root, 'a', 'up'));
    const locked = unreadableFolderLink(join(root, 'a'));
    const { code, out, err } = await run('check', root);
    expect(code).toBe(2);
    const lines = err.trim().split('\n');
    expect(lines).toContain(`statlint: ${pipe}: 是命名管道（FIFO），不是普通文件，已跳过`);
    expect(lines).toContain(`statlint: ${join(root, 'a', 'loop.csv')}: 是循环的符号链接，已跳过`);
    expect(err).not.toContain(join(root, 'a', 'up'));
    expect(out.split(join(root, 'z', 'good.csv')).length).toBe(3); // once with its findings, once in the summary
    if (locked !== undefined)
      expect(lines.filter((l) => l.startsWith(`statlint: ${locked}: 文件夹无法读取（`))).toHaveLength(1);
    expect(out).toContain(join(root, 'z', 'good.csv'));
    expect(out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119');
  });

  test('a symbolic link loop and a name the command line garbled (not UTF-8), named as such; the good file checked', async () => {
    const folder = mkdtempSync(join(dir, 'named-'));
    const loop = join(folder, 'loop.csv');
    symlinkSync('loop.csv', loop);
    const good = join(folder, 'good.csv');
    writeFileSync(good, GOOD_CSV);
    // What Node makes of the bytes b1 ed (表 in GBK) in an argument: each replaced by U+FFFD.
    const garbled = join(folder, '\ufffd\ufffd.csv');
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), Buffer.from([0xb1, 0xed]), Buffer.from('.csv')]), GOOD_CSV);
    const zh = await run('check', loop, garbled, good);
    expect(zh.code).toBe(2);
    expect(zh.err.trim().split('\n')).toEqual([
      `statlint: ${loop}: 是循环的符号链接，已跳过`,
      `statlint: ${garbled}: 文件或文件夹不存在：其名称含有非 UTF-8 字节，经命令行传入后已失真；请改为指定它所在的文件夹`,
    ]);
    expect(zh.out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119');
    const en = await run('check', loop, garbled, good, '--lang', 'en');
    expect(en.err).toContain(`statlint: ${loop}: is a symbolic link loop; skipped\n`);
    expect(en.err).toContain(`statlint: ${garbled}: no such file or folder: its name holds bytes that are not UTF-8`);
    const rules = await run('check', good, '--rules', loop);
    expect(rules.code).toBe(2);
    expect(rules.err).toContain(`statlint: ${loop}：无法读取（符号链接循环）`);
    expect(rules.out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119');
    expect((await run('check', good, '--rules', loop, '--lang', 'en')).err).toContain(
      `statlint: ${loop}: cannot be read (a symbolic link loop)`,
    );
  });

  test('a FIFO named on the command line is refused without opening it', async () => {
    const pipe = fifo(join(dir, 'direct.xlsx'));
    const { code, err } = await run('check', pipe);
    expect(code).toBe(2);
    expect(err).toBe(`statlint: ${pipe}: 是命名管道（FIFO），不是普通文件，未读取\n`);
    expect((await run('check', pipe, '--lang', 'en')).err).toBe(
      `statlint: ${pipe}: is a FIFO (named pipe), not a regular file; not read\n`,
    );
  });
});

describe('control characters in names', () => {
  test('a file and sheet name with a terminal escape and newlines is written escaped, in every line of every output', async () => {
    const folder = mkdtempSync(join(dir, 'names-'));
    const evil = 'evil\x1b[31m\nred\u202e';
    writeFileSync(join(folder, `${evil}.csv`), GOOD_CSV);
    writeFileSync(join(folder, `${evil}.xlsx`), await checksumFailing());
    const shown = 'evil\\x1b[31m\\nred\\u202e';
    for (const args of [[], ['--lang', 'en']]) {
      const { code, out, err } = await run('check', folder, ...args);
      expect(code).toBe(2);
      // eslint-disable-next-line no-control-regex -- control characters are what the output must not hold
      expect(`${out}${err}`).not.toMatch(/[\x00-\x09\x0b-\x1f\u202e]/);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain(`statlint: ${join(folder, `${shown}.xlsx`)}: `);
      expect(out).toContain(`  [${shown}]`);
      expect(out).toContain(`  ${join(folder, `${shown}.csv`)}`);
    }
    const explained = await run('explain', folder);
    // eslint-disable-next-line no-control-regex -- control characters are what the output must not hold
    expect(explained.out).not.toMatch(/[\x00-\x09\x0b-\x1f\u202e]/);
    expect(explained.out).toContain(`sheet "${shown}"`);
  });
});

describe('JavaScript error texts never reach the user', () => {
  const caught = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error('did not throw');
  };

  test('a stack overflow or a read of undefined becomes a plain message', () => {
    const deep = (n: number): number => deep(n + 1) + 1;
    const overflow = caught(() => deep(0));
    const undefinedRead = caught(() => (JSON.parse('{}') as { a: { b: number } }).a.b);
    for (const e of [overflow, undefinedRead]) {
      expect(unreadableMessage(e)).toBe(
        'cannot be read: its contents made statlint fail (please report this file); not read',
      );
      expect(problemLine(fatalProblem('/data/报表.xlsx', unreadableMessage(e)))).toBe(
        '/data/报表.xlsx: cannot be read: its contents made statlint fail (please report this file); not read',
      );
    }
  });

  test("a library's or the system's error is said in words of both languages, never in its own text", () => {
    const missing = caught(() => readdirSync(join(dir, 'no-such-folder')));
    const corrupt = caught(() => inflateRawSync(Buffer.alloc(64, 0xff)));
    const cut = caught(() => inflateSync(Buffer.from(deflateRawSync(Buffer.from('地区,企业数')).subarray(0, 4))));
    // What exceljs's XML parser (sax) and zip library (JSZip) throw, which have no code.
    const sax = new Error('Unexpected close tag\nLine: 0\nColumn: 120\nChar: >');
    const jszip = new Error('Bug : uncompressed data size mismatch');
    const cases: [unknown, string, string][] = [
      [missing, 'it no longer exists', '已不存在'],
      [corrupt, 'its compressed data is corrupt', '压缩数据已损坏'],
      [cut, 'its compressed data ends too soon', '压缩数据不完整'],
      [sax, 'its XML is malformed', 'XML 格式错误'],
      [jszip, 'the zip archive is damaged', '压缩包已损坏'],
      [new Error('something else'), 'its contents could not be understood', '内容无法识别'],
    ];
    for (const [e, en, zh] of cases) {
      const problem = fatalProblem('/data/报表.xlsx', unreadableMessage(e));
      expect(problemText(problem, 'en')).toBe(`/data/报表.xlsx: cannot be read (${en}); not read`);
      expect(problemText(problem, 'zh-CN')).toBe(`/data/报表.xlsx: 无法读取（${zh}），未读取`);
    }
  });

  test('a workbook whose shared strings cannot be inflated: its reason in words on stderr, exit 2, the good file checked', async () => {
    // The shared strings entry marked deflated while its bytes are stored XML: zlib cannot inflate them.
    const bytes = patchedEntry(storedZip(await workbookParts()), 'xl/sharedStrings.xml', (b, _flags, method) =>
      b.writeUInt16LE(8, method),
    );
    const folder = mkdtempSync(join(dir, 'inflate-'));
    const bad = join(folder, 'bad.xlsx');
    writeFileSync(bad, bytes);
    writeFileSync(join(folder, 'good.csv'), GOOD_CSV);
    for (const reader of ['lean', 'exceljs']) {
      const { code, out, err } = await run('check', folder, '--reader', reader);
      expect(code).toBe(2);
      expect(err).toMatch(
        new RegExp(
          `^statlint: ${escaped(bad)}: 工作簿已损坏(或不完整)?（xl/sharedStrings\\.xml 无法解压（压缩数据(已损坏|不完整)）），未读取\n$`,
        ),
      );
      expect(out).toContain('合计：企业数应为 4109（B2 + B3），表中为 4119');
      const en = await run('check', bad, '--reader', reader, '--lang', 'en');
      expect(en.err).toMatch(
        /xl\/sharedStrings\.xml cannot be unpacked: its compressed data (is corrupt|ends too soon)\)/,
      );
    }
  });
});

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
