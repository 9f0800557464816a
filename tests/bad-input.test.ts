import ExcelJS from 'exceljs';
import { Deflate, deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { problemLine, problemText } from '../src/readers/problem-lines';
import { findInputFiles, readWorkbookFile, type ReadWorkbookOptions } from '../src/node/read-workbook';
import { readXlsx } from '../src/readers/read-xlsx';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-bad-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const oneSheet = (wb: ExcelJS.Workbook): void => {
  const ws = wb.addWorksheet('表1');
  ws.getRow(1).values = ['地区', '企业数'];
  ws.getRow(2).values = ['城关', 311];
};

/** Reads the file and returns its problem lines, checking that reading left the file exactly as it was. */
async function problemsOf(path: string, options?: ReadWorkbookOptions): Promise<string[]> {
  const before = { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
  const wb = await readWorkbookFile(path, options);
  expect(readFileSync(path).equals(before.bytes)).toBe(true);
  expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
  return wb.problems.map(problemLine);
}

// ------------------------------------------------------------------ a minimal zip writer

interface RawEntry {
  name: string;
  /** Stored bytes: deflated when method is 8. */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The uncompressed size written in the headers, which a zip bomb can make lie. */
  declaredSize: number;
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** A zip archive written byte by byte, so that the tests control every declared size. */
function zipOf(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const common = [
      ...u16(20),
      ...u16(0x800),
      ...u16(e.method),
      ...u16(0),
      ...u16(0),
      ...u32(e.crc),
      ...u32(e.data.length),
      ...u32(e.declaredSize),
      ...u16(name.length),
      ...u16(0),
    ];
    const local = new Uint8Array([...u32(0x04034b50), ...common, ...name]);
    central.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...common,
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...name,
    );
    parts.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(central.length),
    ...u32(offset),
    ...u16(0),
  ];
  parts.push(new Uint8Array(central), new Uint8Array(end));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function deflatedEntry(name: string, content: Uint8Array): RawEntry {
  return { name, data: deflateSync(content), method: 8, crc: crc32(content), declaredSize: content.length };
}

/** The parts of a real workbook as entries, with some replaced. */
async function workbookEntries(replace: Record<string, RawEntry>): Promise<RawEntry[]> {
  const parts = unzipSync(await workbookBytes(oneSheet));
  return Object.entries(parts).map(([name, content]) => replace[name] ?? deflatedEntry(name, content));
}

// ------------------------------------------------------------------ a minimal compound file (OLE2 / CFB)

/**
 * A valid compound file of three 512-byte sectors: the header, one FAT sector and one directory sector holding
 * the root entry and up to three empty streams. Excel wraps a password-protected .xlsx in such a file (streams
 * EncryptionInfo and EncryptedPackage); a legacy .xls has a Workbook stream.
 */
function compoundFile(streams: string[]): Uint8Array {
  const b = new Uint8Array(512 * 3);
  const view = new DataView(b.buffer);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true); // minor version
  view.setUint16(0x1a, 3, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let k = 0; k < 109; k++) view.setUint32(0x4c + 4 * k, k === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  for (let k = 0; k < 128; k++) view.setUint32(fat + 4 * k, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true); // sector 0 is the FAT
  view.setUint32(fat + 4, 0xfffffffe, true); // sector 1 (directory) ends its chain
  const entry = (index: number, name: string, type: number, child: number, right: number): void => {
    const o = 1024 + 128 * index;
    for (let c = 0; c < name.length; c++) view.setUint16(o + 2 * c, name.charCodeAt(c), true);
    view.setUint16(o + 0x40, (name.length + 1) * 2, true);
    b[o + 0x42] = type;
    b[o + 0x43] = 1; // black
    view.setUint32(o + 0x44, 0xffffffff, true); // left sibling
    view.setUint32(o + 0x48, right, true);
    view.setUint32(o + 0x4c, child, true);
    view.setUint32(o + 0x74, 0xfffffffe, true); // start sector: empty stream
  };
  entry(0, 'Root Entry', 5, streams.length > 0 ? 1 : 0xffffffff, 0xffffffff);
  streams.forEach((name, k) => entry(k + 1, name, 2, 0xffffffff, k + 1 < streams.length ? k + 2 : 0xffffffff));
  return b;
}

// ------------------------------------------------------------------ tests

describe('files that are not workbooks', () => {
  test('a text file renamed .xlsx', async () => {
    const path = file('report.xlsx', '地区,企业数\n城关,311\n');
    expect(await problemsOf(path)).toEqual([`${path}: not an Excel workbook (not a zip archive)`]);
  });

  test('a zip archive without xl/workbook.xml', async () => {
    const path = file('archive.xlsx', zipSync({ 'readme.txt': strToU8('hello') }));
    expect(await problemsOf(path)).toEqual([`${path}: not an Excel workbook (no xl/workbook.xml)`]);
    expect(await problemsOf(path, { reader: 'exceljs' })).toEqual([
      `${path}: not an Excel workbook (no xl/workbook.xml)`,
    ]);
  });

  test('a binary .xlsb workbook', async () => {
    const path = file('binary.xlsb', zipSync({ 'xl/workbook.bin': new Uint8Array([1, 2, 3]) }));
    expect(await problemsOf(path)).toEqual([
      `${path}: is a binary .xlsb workbook, not yet supported; open it in Excel and save as .xlsx`,
    ]);
  });

  test('an empty file, an unknown type, a folder and a missing path', async () => {
    const empty = file('empty.xlsx', '');
    expect(await problemsOf(empty)).toEqual([`${empty}: is empty; not read`]);
    const pdf = file('report.pdf', '%PDF-1.4');
    expect(await problemsOf(pdf)).toEqual([`${pdf}: not a workbook or CSV`]);
    expect((await readWorkbookFile(dir)).problems.map(problemLine)).toEqual([`${dir}: is a folder, not a file`]);
    const missing = join(dir, 'nowhere.xlsx');
    expect((await readWorkbookFile(missing)).problems.map(problemLine)).toEqual([`${missing}: no such file or folder`]);
  });

  test('every such problem is fatal and no sheet is returned', async () => {
    const wb = await readWorkbookFile(file('fatal.xlsx', 'not a zip'));
    expect(wb.sheets).toEqual([]);
    expect(wb.problems).toEqual([
      { file: join(dir, 'fatal.xlsx'), message: 'not an Excel workbook (not a zip archive)', fatal: true },
    ]);
  });
});

describe('damaged workbooks', () => {
  test('a truncated zip', async () => {
    const bytes = await workbookBytes(oneSheet);
    const path = file('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await problemsOf(path)).toEqual([
      `${path}: is a damaged or truncated workbook (the zip directory is missing, the file is cut short); not read`,
    ]);
    expect(await problemsOf(path, { reader: 'exceljs' })).toEqual([
      `${path}: is a damaged or truncated workbook (the zip directory is missing, the file is cut short); not read`,
    ]);
  });

  test('a corrupt sheet entry: the sheet is skipped, the workbook still read', async () => {
    // 0xFF starts a deflate block of the reserved type 3: the data cannot be inflated.
    const garbage: RawEntry = {
      name: 'xl/worksheets/sheet1.xml',
      data: new Uint8Array(64).fill(0xff),
      method: 8,
      crc: 0,
      declaredSize: 1000,
    };
    const bytes = zipOf(await workbookEntries({ 'xl/worksheets/sheet1.xml': garbage }));
    const path = file('corrupt-sheet.xlsx', bytes);
    const expected = [
      `${path}: sheet "表1": cannot be read (xl/worksheets/sheet1.xml cannot be unpacked: its compressed data is corrupt); skipped`,
    ];
    expect(await problemsOf(path)).toEqual(expected);
    expect(readXlsx(bytes, path).problems.map(problemLine)).toEqual(expected); // fflate instead of Node's zlib
  });

  test('a corrupt shared strings entry: the workbook cannot be read', async () => {
    const garbage: RawEntry = {
      name: 'xl/sharedStrings.xml',
      data: new Uint8Array(64).fill(0xff),
      method: 8,
      crc: 0,
      declaredSize: 1000,
    };
    const path = file('corrupt-strings.xlsx', zipOf(await workbookEntries({ 'xl/sharedStrings.xml': garbage })));
    expect(await problemsOf(path)).toEqual([
      `${path}: is a damaged workbook (xl/sharedStrings.xml cannot be unpacked: its compressed data is corrupt); not read`,
    ]);
    expect((await readWorkbookFile(path)).problems.map((p) => problemText(p, 'zh-CN'))).toEqual([
      `${path}: 工作簿已损坏（xl/sharedStrings.xml 无法解压（压缩数据已损坏）），未读取`,
    ]);
  });

  test('a changed byte that leaves the XML well formed is caught by the checksum', async () => {
    const parts = unzipSync(await workbookBytes(oneSheet));
    const sheet = parts['xl/worksheets/sheet1.xml'];
    const changed = strToU8(strFromU8(sheet).replace('<v>311</v>', '<v>911</v>'));
    const stored: RawEntry = {
      name: 'xl/worksheets/sheet1.xml',
      data: changed,
      method: 0,
      crc: crc32(sheet),
      declaredSize: changed.length,
    };
    const path = file('checksum.xlsx', zipOf(await workbookEntries({ 'xl/worksheets/sheet1.xml': stored })));
    expect(await problemsOf(path)).toEqual([
      `${path}: sheet "表1": cannot be read (xl/worksheets/sheet1.xml fails its checksum); skipped`,
    ]);
  });
});

describe('workbooks Excel wraps in a compound file', () => {
  test('a password-protected workbook', async () => {
    const path = file('protected.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    expect(await problemsOf(path)).toEqual([
      `${path}: is password-protected; remove the password in Excel and save again`,
    ]);
  });

  test('a legacy .xls workbook, also when renamed .xlsx', async () => {
    const xls = file('old.xls', compoundFile(['Workbook']));
    expect(await problemsOf(xls)).toEqual([`${xls}: is a legacy .xls workbook; open it in Excel and save as .xlsx`]);
    const renamed = file('old-renamed.xlsx', compoundFile(['Workbook', 'SummaryInformation']));
    expect(await problemsOf(renamed)).toEqual([
      `${renamed}: is a legacy .xls workbook; open it in Excel and save as .xlsx`,
    ]);
  });

  test('a compound file that is not a workbook, and an .xls that is not even one', async () => {
    const doc = file('letter.xlsx', compoundFile(['WordDocument']));
    expect(await problemsOf(doc)).toEqual([
      `${doc}: not an Excel workbook (an OLE compound file without a workbook stream)`,
    ]);
    const html = file('web-export.xls', '<html><table><tr><td>1</td></tr></table></html>');
    expect(await problemsOf(html)).toEqual([`${html}: is a legacy .xls workbook; open it in Excel and save as .xlsx`]);
  });
});

describe('workbooks that read fine however odd', () => {
  test('an empty sheet and a text-only sheet', async () => {
    const path = file(
      'odd.xlsx',
      await workbookBytes((wb) => {
        wb.addWorksheet('空表');
        wb.addWorksheet('说明').getCell('A1').value = '本表由各县填报，无数据。';
      }),
    );
    expect(await problemsOf(path)).toEqual([]);
    const wb = await readWorkbookFile(path);
    expect(wb.sheets.map((s) => [s.name, s.rows])).toEqual([
      ['空表', []],
      ['说明', [[{ value: '本表由各县填报，无数据。', text: '本表由各县填报，无数据。', numFmt: 'General' }]]],
    ]);
  });

  test('a sheet claiming the whole grid as its used range costs only its cells', async () => {
    const parts = unzipSync(
      await workbookBytes((wb) => {
        const ws = wb.addWorksheet('表1');
        ws.getCell('A1').value = '合计';
        ws.getCell('B2').value = 1;
        ws.getCell('C3').value = 2;
      }),
    );
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']).replace(
      /<dimension ref="[^"]*"\/>/,
      '<dimension ref="A1:XFD1048576"/>',
    );
    expect(xml).toContain('A1:XFD1048576');
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml);
    const path = file('huge-range.xlsx', zipSync(parts));
    expect(await problemsOf(path)).toEqual([]);
    const { rows } = (await readWorkbookFile(path)).sheets[0];
    expect(rows.map((r) => r.length)).toEqual([1, 2, 3]);
  });
});

describe('bounds', () => {
  /**
   * 300 MiB of zeros deflated without holding them: one MiB of zeros is deflated by fflate's streaming Deflate
   * up to a sync flush, and that block repeated. Back-references of a repeat reach only zeros, so the stream
   * is valid and inflates to 300 MiB, from about 300 KiB.
   */
  function zerosDeflated(mebibytes: number): Uint8Array {
    const pieces: Uint8Array[] = [];
    const deflate = new Deflate({ level: 1 }, (chunk) => pieces.push(chunk));
    deflate.push(new Uint8Array(2 ** 20));
    deflate.flush(true);
    const block = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of pieces) {
      block.set(p, at);
      at += p.length;
    }
    const out = new Uint8Array(block.length * mebibytes + 2);
    for (let k = 0; k < mebibytes; k++) out.set(block, k * block.length);
    out.set([0x03, 0x00], block.length * mebibytes); // an empty final block
    return out;
  }

  let bomb: Uint8Array;
  beforeAll(() => {
    bomb = zerosDeflated(300);
  });

  // One part past limits.partInflatedBytes (100 MiB) costs that sheet; exceljs, which reads all or nothing, the file.
  test('a zip bomb that declares its size is refused before inflating', async () => {
    const entry: RawEntry = {
      name: 'xl/worksheets/sheet1.xml',
      data: bomb,
      method: 8,
      crc: 0,
      declaredSize: 300 * 2 ** 20,
    };
    const path = file('bomb-declared.xlsx', zipOf(await workbookEntries({ 'xl/worksheets/sheet1.xml': entry })));
    expect(await problemsOf(path)).toEqual([
      `${path}: sheet "表1": xl/worksheets/sheet1.xml inflates beyond 100 MiB (limit partInflatedBytes); not read`,
    ]);
    expect(await problemsOf(path, { reader: 'exceljs' })).toEqual([
      `${path}: xl/worksheets/sheet1.xml inflates beyond 100 MiB (limit partInflatedBytes); not read`,
    ]);
  });

  test('a zip bomb that declares a small size is stopped while inflating', async () => {
    const entry: RawEntry = { name: 'xl/worksheets/sheet1.xml', data: bomb, method: 8, crc: 0, declaredSize: 1000 };
    const bytes = zipOf(await workbookEntries({ 'xl/worksheets/sheet1.xml': entry }));
    const path = file('bomb-lying.xlsx', bytes);
    const partLine = `${path}: sheet "表1": xl/worksheets/sheet1.xml inflates beyond 100 MiB (limit partInflatedBytes); not read`;
    expect(await problemsOf(path)).toEqual([partLine]);
    expect(await problemsOf(path, { reader: 'exceljs' })).toEqual([
      `${path}: xl/worksheets/sheet1.xml inflates beyond 100 MiB (limit partInflatedBytes); not read`,
    ]);
    // fflate's stream, counted piece by piece, as in a browser.
    expect(readXlsx(bytes, path).problems.map(problemLine)).toEqual([partLine]);
    // Below the part limit, the bound on all parts together still holds.
    expect(await problemsOf(path, { maxInflatedBytes: 50 * 2 ** 20 })).toEqual([
      `${path}: archive inflates beyond 50 MiB (limit inflatedBytes); not read`,
    ]);
  });

  test('the inflation and cell bounds are options', async () => {
    const path = file(
      'many-cells.xlsx',
      await workbookBytes((wb) => {
        const ws = wb.addWorksheet('表1');
        for (let r = 1; r <= 20; r++) ws.getRow(r).values = [`第${r}街道`, r, r * 2];
      }),
    );
    expect(await problemsOf(path, { maxCells: 50 })).toEqual([
      `${path}: sheet "表1": has more than 50 cells (limit cells); not read`,
    ]);
    expect(await problemsOf(path, { maxCells: 50, reader: 'exceljs' })).toEqual([
      `${path}: sheet "表1": has more than 50 cells (limit cells); not read`,
    ]);
    expect(await problemsOf(path, { maxCells: 60 })).toEqual([]);
    expect(await problemsOf(path, { maxInflatedBytes: 4096 })).toEqual([
      `${path}: archive inflates beyond 4 KiB (limit inflatedBytes); not read`,
    ]);
  });
});

describe('finding input files', () => {
  test('folders are searched in name order for workbooks and CSV; lock files and hidden files are skipped', () => {
    const root = join(dir, 'inputs');
    mkdirSync(join(root, 'b县'), { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    for (const name of [
      'b县/2.xlsx',
      'b县/1.csv',
      'a.xlsm',
      'c.xls',
      '~$a.xlsm',
      '.hidden.xlsx',
      'notes.txt',
      '.git/x.xlsx',
    ])
      writeFileSync(join(root, name), '');
    symlinkSync(root, join(root, 'loop'));
    const explicit = join(dir, 'named.txt');
    writeFileSync(explicit, '');
    const missing = join(dir, 'missing');
    expect(findInputFiles([root, explicit, missing])).toEqual({
      files: [
        join(root, 'a.xlsm'),
        join(root, 'b县', '1.csv'),
        join(root, 'b县', '2.xlsx'),
        join(root, 'c.xls'),
        explicit,
      ],
      problems: [{ file: missing, message: 'no such file or folder', fatal: true }],
    });
  });

  test('a folder without any workbook is noted', () => {
    const empty = join(dir, 'nothing-here');
    mkdirSync(empty);
    expect(findInputFiles([empty]).problems.map(problemLine)).toEqual([
      `${empty}: no .xlsx, .xlsm, .csv or .xls files in this folder`,
    ]);
  });
});
