import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellAt, sheetSnapshotSchema, type WorkbookSnapshot } from '../src/core/snapshot';
import { problemLine } from '../src/readers/problem-lines';
import { readWorkbookFile } from '../src/node/read-workbook';
import { readXlsx } from '../src/readers/read-xlsx';
import { shiftFormula } from '../src/readers/shared-formula';
import { XmlSyntaxError, XmlTokenizer, type XmlAttributes, type XmlHandler } from '../src/readers/xml-tokenizer';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-read-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeWorkbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * Reads with both readers and checks that they agree; returns the lean reading. The lean reader runs twice: with
 * Node's zlib (as the CLI does) and with fflate alone (as in a browser).
 */
async function readAndCrossCheck(path: string): Promise<WorkbookSnapshot> {
  const lean = await readWorkbookFile(path);
  const reference = await readWorkbookFile(path, { reader: 'exceljs' });
  expect(lean.problems.filter((p) => p.fatal)).toEqual([]);
  expect(lean).toEqual(reference);
  expect(readXlsx(new Uint8Array(readFileSync(path)), path)).toEqual(lean);
  for (const sheet of lean.sheets) expect(() => sheetSnapshotSchema.parse(sheet)).not.toThrow();
  return lean;
}

/** Replaces parts of a package written by exceljs, to produce XML exceljs itself never writes. */
function patchPackage(path: string, target: string, parts: Record<string, string>): string {
  const files = unzipSync(readFileSync(path));
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  writeFileSync(target, zipSync(files));
  return target;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('lean reader on workbooks written by exceljs (cross-checked against the exceljs reader)', () => {
  test('a coverage table with a merged two-row header, numbers, numeric text and rate formats', async () => {
    const path = await writeWorkbook('coverage.xlsx', (wb) => {
      const ws = wb.addWorksheet('覆盖情况');
      ws.getCell('A1').value = '全县非公有制企业党的组织覆盖情况统计表';
      ws.mergeCells('A1:H1');
      ws.getCell('A2').value = '单位：家、个、%';
      ws.getRow(3).values = [
        '地区',
        '企业数（家）',
        '单独建立党组织',
        null,
        null,
        null,
        '联合党组织',
        null,
        '党的组织\n覆盖率（%）',
      ];
      ws.getRow(4).values = [null, null, '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数'];
      ws.mergeCells('A3:A4');
      ws.mergeCells('B3:B4');
      ws.mergeCells('C3:F3');
      ws.mergeCells('G3:H3');
      ws.mergeCells('I3:I4');
      ws.getRow(5).values = ['城关街道', 311, 182, 20, 7, 155, 30, 89, 0.871];
      ws.getRow(6).values = ['东城街道', '2,431', '３６', 1, 2, 33, '12', '40', '87.1%'];
      ws.getCell('I5').numFmt = '0.0%';
      ws.getCell('B5').numFmt = '#,##0"家"';
      ws.getCell('C5').numFmt = '0.00';
      ws.getRow(7).values = ['合计', { formula: 'SUM(B5:B6)', result: 2742 }, { formula: 'SUM(C5:C6)', result: 218 }];
      ws.getCell('A8').value = '注：覆盖率=（单独建立+联合覆盖）÷企业数×100';
    });
    const wb = await readAndCrossCheck(path);
    const sheet = wb.sheets[0];
    expect(sheet.name).toBe('覆盖情况');
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 7 },
        { top: 2, left: 2, bottom: 2, right: 5 },
        { top: 2, left: 6, bottom: 2, right: 7 },
        { top: 2, left: 8, bottom: 3, right: 8 },
      ]),
    );
    expect(sheet.merges).toHaveLength(6);
    expect(cellAt(sheet, 2, 8)).toMatchObject({ value: '党的组织\n覆盖率（%）' });
    expect(cellAt(sheet, 2, 3)).toBeNull(); // covered by the C3:F3 merge
    expect(cellAt(sheet, 4, 1)).toEqual({ value: 311, text: '311家', numFmt: '#,##0"家"' });
    expect(cellAt(sheet, 4, 2)).toEqual({ value: 182, text: '182.00', numFmt: '0.00' });
    expect(cellAt(sheet, 4, 8)).toEqual({ value: 0.871, text: '87.1%', numFmt: '0.0%' });
    expect(cellAt(sheet, 5, 1)).toEqual({ value: '2,431', text: '2,431', numFmt: 'General' });
    expect(cellAt(sheet, 5, 2)?.value).toBe('３６');
    expect(cellAt(sheet, 5, 8)?.value).toBe('87.1%');
    expect(cellAt(sheet, 6, 1)).toEqual({
      value: 2742,
      text: '2742',
      numFmt: 'General',
      formula: 'SUM(B5:B6)',
    });
    expect(sheet.rows).toHaveLength(8);
  });

  test('formulas with and without cached results, shared formulas, errors and booleans', async () => {
    const path = await writeWorkbook('formulas.xlsx', (wb) => {
      const ws = wb.addWorksheet('公式');
      ws.getCell('A1').value = 10;
      ws.getCell('B1').value = 0;
      ws.getCell('C1').value = { formula: 'A1/B1', result: { error: '#DIV/0!' } };
      ws.getCell('D1').value = { formula: 'A1*3' }; // never calculated: no <v>
      ws.getCell('E1').value = { error: '#N/A' };
      ws.getCell('F1').value = true;
      ws.getCell('G1').value = { formula: '"共"&A1&"家"', result: '共10家' };
      // exceljs writes a shared formula from shareType/ref, which its type declarations omit.
      ws.getCell('A2').value = {
        formula: "SUM($A$1:A1)+'其他 表'!B1",
        result: 10,
        shareType: 'shared',
        ref: 'A2:C3',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = { sharedFormula: 'A2', result: 0 };
      ws.getCell('A3').value = { sharedFormula: 'A2', result: 20 };
      ws.getCell('C3').value = { sharedFormula: 'A2', result: 30 };
      wb.addWorksheet('其他 表').getCell('B1').value = 0;
    });
    const sheet = (await readAndCrossCheck(path)).sheets[0];
    expect(cellAt(sheet, 0, 2)).toEqual({
      value: { error: '#DIV/0!' },
      text: '#DIV/0!',
      numFmt: 'General',
      formula: 'A1/B1',
    });
    expect(cellAt(sheet, 0, 3)).toEqual({ value: null, text: '', numFmt: 'General', formula: 'A1*3' });
    expect(cellAt(sheet, 0, 4)?.value).toEqual({ error: '#N/A' });
    expect(cellAt(sheet, 0, 5)).toMatchObject({ value: true, text: 'TRUE' });
    expect(cellAt(sheet, 0, 6)).toMatchObject({ value: '共10家', formula: '"共"&A1&"家"' });
    expect(cellAt(sheet, 1, 1)?.formula).toBe("SUM($A$1:B1)+'其他 表'!C1");
    expect(cellAt(sheet, 2, 0)?.formula).toBe("SUM($A$1:A2)+'其他 表'!B2");
    expect(cellAt(sheet, 2, 2)?.formula).toBe("SUM($A$1:C2)+'其他 表'!D2");
  });

  test('rich text in shared strings and inline strings from the streaming writer', async () => {
    const shared = await writeWorkbook('rich.xlsx', (wb) => {
      const ws = wb.addWorksheet('富文本');
      ws.getCell('A1').value = { richText: [{ text: '联合', font: { bold: true } }, { text: '党组织' }] };
      ws.getCell('A2').value = 'R&D <研发> "中心"';
    });
    const sharedRead = await readAndCrossCheck(shared);
    expect(cellAt(sharedRead.sheets[0], 0, 0)?.value).toBe('联合党组织');
    expect(cellAt(sharedRead.sheets[0], 1, 0)?.value).toBe('R&D <研发> "中心"');

    const inline = join(dir, 'inline.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: inline, useSharedStrings: false });
    const ws = writer.addWorksheet('行内');
    ws.getCell('A1').value = { richText: [{ text: '覆盖', font: { italic: true } }, { text: '企业数' }] };
    ws.getCell('B1').value = '党支部';
    ws.getCell('C1').value = 155;
    ws.getRow(1).commit();
    await writer.commit();
    const xml = strFromU8(unzipSync(readFileSync(inline))['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('t="inlineStr"');
    const inlineRead = await readAndCrossCheck(inline);
    expect(inlineRead.sheets[0].rows[0].map((c) => c?.value)).toEqual(['覆盖企业数', '党支部', 155]);
  });

  test('dates keep their serial number and show through their format', async () => {
    const path = await writeWorkbook('dates.xlsx', (wb) => {
      const ws = wb.addWorksheet('日期');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 5, 30));
      ws.getCell('A2').value = new Date(Date.UTC(2024, 5, 30));
      ws.getCell('A2').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('A3').value = new Date(Date.UTC(2024, 5, 30, 14, 45, 10));
      ws.getCell('A3').numFmt = 'yyyy-mm-dd hh:mm';
    });
    const sheet = (await readAndCrossCheck(path)).sheets[0];
    expect(cellAt(sheet, 0, 0)).toMatchObject({ value: 45473, numFmt: 'mm-dd-yy' });
    expect(cellAt(sheet, 1, 0)).toMatchObject({ value: 45473, numFmt: 'yyyy"年"m"月"d"日"' });
    expect(cellAt(sheet, 2, 0)?.value).toBeCloseTo(45473 + (14 * 3600 + 45 * 60 + 10) / 86400, 9);
  });

  test('sheets come in workbook order; hidden sheets are read and noted', async () => {
    const path = await writeWorkbook('hidden.xlsx', (wb) => {
      wb.addWorksheet('城关').getCell('A1').value = 1;
      wb.addWorksheet('底稿', { state: 'hidden' }).getCell('A1').value = 2;
      wb.addWorksheet('参数', { state: 'veryHidden' }).getCell('A1').value = 3;
    });
    const wb = await readAndCrossCheck(path);
    expect(wb.sheets.map((s) => s.name)).toEqual(['城关', '底稿', '参数']);
    expect(wb.problems.map(problemLine)).toEqual([
      `${path}: sheet "底稿": hidden sheet; checked anyway`,
      `${path}: sheet "参数": very hidden sheet; checked anyway`,
    ]);
  });
});

describe('lean reader on XML that exceljs does not write', () => {
  test('prefixed elements, cells without r, inline strings, ISO dates, phonetic runs, escapes and entities', async () => {
    const base = await writeWorkbook('base.xlsx', (wb) => {
      wb.addWorksheet('手写').getCell('A1').value = '占位';
    });
    const sheetXml = `<?xml version="1.0" encoding="UTF-8"?>
<!-- written by hand -->
<x:worksheet xmlns:x="${MAIN_NS}"><x:dimension ref="A1:XFD1048576"/><x:sheetData>
<x:row r="2"><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v> 42 </x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t xml:space="preserve">全 </x:t></x:r><x:r><x:t>县</x:t></x:r></x:is></x:c></x:row>
<x:row><x:c r="A3" t="d"><x:v>2024-06-30T12:00:00</x:v></x:c><x:c r="C3" t="str"><x:f>A1&amp;"&#x4E2D;"</x:f><x:v>a&lt;b&#20013;</x:v></x:c><x:c r="D3" t="b"><x:v>0</x:v></x:c><x:c r="E3" s="1"><x:v>0.5</x:v></x:c></x:row>
<x:row r="5"><x:c r="B5" t="s"><x:v>1</x:v></x:c><x:c r="C5"><x:v>abc</x:v></x:c><x:c r="D5"><x:v><![CDATA[7]]></x:v></x:c></x:row>
</x:sheetData><x:mergeCells><x:mergeCell ref="C5:B4"/></x:mergeCells></x:worksheet>`;
    const stringsXml = `<sst xmlns="${MAIN_NS}"><si><r><t>合</t></r><r><t>计</t></r><rPh sb="0" eb="2"><t>ゴウケイ</t></rPh></si><si><t>第一行_x000D_
第二行_x005F_x0041_</t></si></sst>`;
    const stylesXml = `<styleSheet xmlns="${MAIN_NS}"><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellStyleXfs><xf numFmtId="10"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs><dxfs><dxf><numFmt numFmtId="165" formatCode="0.000"/></dxf></dxfs></styleSheet>`;
    const path = patchPackage(base, join(dir, 'handwritten.xlsx'), {
      'xl/worksheets/sheet1.xml': sheetXml,
      'xl/sharedStrings.xml': stringsXml,
      'xl/styles.xml': stylesXml,
    });
    const wb = await readWorkbookFile(path);
    const sheet = wb.sheets[0];
    expect(sheet.rows[0]).toEqual([]);
    expect(sheet.rows[1].map((c) => c?.value)).toEqual(['合计', 42, '全 县']);
    expect(cellAt(sheet, 2, 0)?.value).toBe(45473.5);
    expect(cellAt(sheet, 2, 1)).toBeNull();
    expect(cellAt(sheet, 2, 2)).toEqual({
      value: 'a<b中',
      text: 'a<b中',
      numFmt: 'General',
      formula: 'A1&"中"',
    });
    expect(cellAt(sheet, 2, 3)).toMatchObject({ value: false, text: 'FALSE' });
    expect(cellAt(sheet, 2, 4)).toEqual({ value: 0.5, text: '50.0%', numFmt: '0.0%' });
    expect(sheet.rows[3]).toEqual([]);
    expect(cellAt(sheet, 4, 1)?.value).toBe('第一行\r\n第二行_x0041_');
    expect(cellAt(sheet, 4, 2)?.value).toBe('abc');
    expect(cellAt(sheet, 4, 3)?.value).toBe(7);
    expect(sheet.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
    expect(wb.problems.map(problemLine)).toEqual([
      `${path}: sheet "手写": cell C5: number cell holds "abc"; read as text`,
    ]);
  });

  test('a sheet whose XML is broken is skipped with a note; the other sheets are read', async () => {
    const base = await writeWorkbook('two-sheets.xlsx', (wb) => {
      wb.addWorksheet('好').getCell('A1').value = 1;
      wb.addWorksheet('坏').getCell('A1').value = 2;
    });
    const path = patchPackage(base, join(dir, 'broken-sheet.xlsx'), {
      'xl/worksheets/sheet2.xml': `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>2</v></row></sheetData></worksheet>`,
    });
    const wb = await readWorkbookFile(path);
    expect(wb.sheets.map((s) => s.name)).toEqual(['好']);
    expect(wb.problems.map(problemLine)).toEqual([
      `${path}: sheet "坏": cannot be read (xl/worksheets/sheet2.xml: </row> closes <c>); skipped`,
    ]);
    expect(wb.problems[0].fatal).toBeUndefined();
  });

  test('a cell referenced past the grid is skipped with a note, not allocated', async () => {
    const base = await writeWorkbook('past-grid-base.xlsx', (wb) => {
      wb.addWorksheet('表').getCell('A1').value = 1;
    });
    const path = patchPackage(base, join(dir, 'past-grid.xlsx'), {
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B999999999"><v>2</v></c><c r="XFE1"><v>3</v></c></row></sheetData></worksheet>`,
    });
    const wb = await readWorkbookFile(path);
    expect(wb.sheets[0].rows).toEqual([[{ value: 1, text: '1', numFmt: 'General' }]]);
    expect(wb.problems.map(problemLine)).toEqual([
      `${path}: sheet "表": a cell at row 999999999, column 2 lies outside Excel's grid; skipped`,
      `${path}: sheet "表": a cell at row 1, column 16385 lies outside Excel's grid; skipped`,
    ]);
  });

  test('a chart sheet is skipped with a note', async () => {
    const base = await writeWorkbook('chart-base.xlsx', (wb) => {
      wb.addWorksheet('数据').getCell('A1').value = 1;
    });
    const files = unzipSync(readFileSync(base));
    const workbookXml = strFromU8(files['xl/workbook.xml']).replace(
      '</sheets>',
      '<sheet name="图表1" sheetId="9" r:id="rIdChart"/></sheets>',
    );
    const relsXml = strFromU8(files['xl/_rels/workbook.xml.rels']).replace(
      '</Relationships>',
      '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    const path = patchPackage(base, join(dir, 'chart.xlsx'), {
      'xl/workbook.xml': workbookXml,
      'xl/_rels/workbook.xml.rels': relsXml,
      'xl/chartsheets/sheet1.xml': `<chartsheet xmlns="${MAIN_NS}"/>`,
    });
    const wb = await readWorkbookFile(path);
    expect(wb.sheets.map((s) => s.name)).toEqual(['数据']);
    expect(wb.problems.map(problemLine)).toEqual([`${path}: sheet "图表1": chart sheet; skipped (no cells to check)`]);
  });

  test('readXlsx works on bytes alone and names the file it is given', async () => {
    const path = await writeWorkbook('bytes.xlsx', (wb) => {
      wb.addWorksheet('表').getCell('B2').value = 5;
    });
    const wb = readXlsx(new Uint8Array(readFileSync(path)), '县报表.xlsx');
    expect(wb.file).toBe('县报表.xlsx');
    expect(wb.sheets[0].rows).toEqual([[], [null, { value: 5, text: '5', numFmt: 'General' }]]);
  });
});

/** Records tokenizer events as strings, to compare a whole document with the same document cut into pieces. */
class Recorder implements XmlHandler {
  wantText = true;
  readonly events: string[] = [];
  open(name: string, attrs: XmlAttributes): void {
    this.events.push(`<${name} id=${attrs.get('id') ?? ''} r=${attrs.get('r') ?? ''}>`);
  }
  close(name: string): void {
    this.events.push(`</${name}>`);
  }
  text(text: string): void {
    const last = this.events.length - 1;
    if (this.events[last]?.startsWith('text:')) this.events[last] += text;
    else this.events.push(`text:${text}`);
  }
}

describe('streaming XML tokenizer', () => {
  const doc = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "boom">]><a xmlns:r="urn:r" r:id='1&amp;2' r="3"><!-- c --><b>x &lt; y &#x4E2D;&#20013;&x;</b><c/><d><![CDATA[<raw>]]></d></a>`;

  function tokenize(chunks: string[]): string[] {
    const recorder = new Recorder();
    const tokenizer = new XmlTokenizer(recorder);
    for (const chunk of chunks) tokenizer.write(chunk);
    tokenizer.end();
    return recorder.events;
  }

  test('reports local names, decoded attributes and text, and never expands DTD entities', () => {
    expect(tokenize([doc])).toEqual([
      '<a id=1&2 r=3>',
      '<b id= r=>',
      'text:x < y 中中&x;',
      '</b>',
      '<c id= r=>',
      '</c>',
      '<d id= r=>',
      'text:<raw>',
      '</d>',
      '</a>',
    ]);
  });

  test('gives the same events whatever the chunk boundaries', () => {
    const whole = tokenize([doc]);
    for (let cut = 1; cut < doc.length; cut++) expect(tokenize([doc.slice(0, cut), doc.slice(cut)])).toEqual(whole);
  });

  test('rejects documents that are not well formed', () => {
    expect(() => tokenize(['<a><b></a>'])).toThrow(new XmlSyntaxError('</a> closes <b>'));
    expect(() => tokenize(['<a><b>'])).toThrow(XmlSyntaxError);
    expect(() => tokenize(['<a x=1/>'])).toThrow('attribute x of <a> is not quoted');
    expect(() => tokenize(['<a/><b/>'])).toThrow('a second root element <b>');
    expect(() => tokenize([''])).toThrow('no root element');
  });
});

describe('shared formulas', () => {
  test.each([
    ['A1+B1', 1, 0, 'A2+B2'],
    ['SUM($A$1:A1)', 2, 1, 'SUM($A$1:B3)'],
    ['$A1+A$1', 1, 1, '$A2+B$1'],
    ['LOG10(A1)&"A1"', 1, 0, 'LOG10(A2)&"A1"'],
    ["'Q1 表'!C3+Sheet2!C3", 0, 2, "'Q1 表'!E3+Sheet2!E3"],
    ['Table1[[#This Row],[A1]]+A1', 1, 0, 'Table1[[#This Row],[A1]]+A2'],
    ['A1-1E+5', 0, -1, '#REF!-1E+5'],
  ])('%s moved by (%i, %i) reads %s', (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});
