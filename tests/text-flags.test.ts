import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli';

/**
 * Text in number cells (issue 9, case 9): `228S`, `7.8S`, `1,24` are reported on the cell itself, in plain
 * words, and the figure they plainly hold is what the relations check — the total is never blamed for them.
 */

const dir = mkdtempSync(join(tmpdir(), 'statlint-flags-'));

/** A coverage sheet whose figures all agree; `typed` replaces some cells with the text a typist entered. */
async function coverage(name: string, typed: Record<string, string> = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表1');
  sheet.addRow(['地区', '企业数（家）', '覆盖企业数（家）', '覆盖率（%）']);
  sheet.addRow(['甲区', 120, 96, 80.0]);
  sheet.addRow(['乙区', 200, 150, 75.0]);
  sheet.addRow(['丙区', 228, 171, 75.0]);
  sheet.addRow(['丁区', 80, 62, 77.5]);
  sheet.addRow(['合计', 628, 479, 76.3]);
  for (let row = 2; row <= 6; row++) sheet.getCell(`D${row}`).numFmt = '0.0';
  for (const [address, text] of Object.entries(typed)) sheet.getCell(address).value = text;
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  cells: { address: string; suspect: boolean }[];
}

async function findings(file: string, lang = 'zh-CN'): Promise<JsonFinding[]> {
  const { out } = await runCli('check', file, '--format', 'json', '--lang', lang);
  return (JSON.parse(out) as { files: { findings: JsonFinding[] }[] }).files.flatMap((f) => f.findings);
}

describe('text in number cells', () => {
  it('finds nothing on the clean sheet', async () => {
    expect(await findings(await coverage('clean.xlsx'))).toEqual([]);
  });

  it('reports a letter after a count on that cell and checks the total with the count it holds', async () => {
    const list = await findings(await coverage('letter.xlsx', { B4: '228S' }));
    expect(list).toEqual([
      {
        ruleId: 'text-in-number',
        severity: 'warning',
        sheet: '表1',
        cells: [{ address: 'B4', value: '228S', suspect: true }],
        message: '丙区：数字中含字母 S（228S），按 228 参与核对；请确认该标注的含义',
      },
    ]);
    const [english] = await findings(await coverage('letter.xlsx', { B4: '228S' }), 'en');
    expect(english.message).toBe(
      '丙区: the number has the letter S in it (228S); checked as 228; confirm what the mark means',
    );
  });

  it('says nothing of an asterisk a note under the table explains, and still asks of one no note explains', async () => {
    // Round 19's party c71: 159* beside 注：*含代管的园区企业12家.
    const marked = { B4: '228*' };
    const noted = await coverage('noted-star.xlsx', { ...marked, A8: '注：*含代管的园区企业12家。' });
    expect(await findings(noted)).toEqual([]);
    const unexplained = await findings(await coverage('star.xlsx', marked));
    expect(unexplained.map((f) => [f.ruleId, f.cells[0].address])).toEqual([['text-in-number', 'B4']]);
  });

  it('reports a flagged rate and a decimal comma, each on its own cell; full-width digits are read without a word', async () => {
    const list = await findings(await coverage('mixed.xlsx', { D3: '75.0T', D5: '77,5', D2: '８０．０' }));
    expect(list.filter((f) => f.severity === 'error')).toEqual([]);
    expect(list.map((f) => [f.cells.map((c) => `${c.address}${c.suspect ? '*' : ''}`).join(' '), f.message])).toEqual([
      ['D3*', '乙区：数字中含字母 T（75.0T），按 75 参与核对；请确认该标注的含义'],
      ['D5*', '丁区：小数点写成了逗号（77,5），按 77.5 参与核对'],
    ]);
  });

  // A series as yearbooks print it: the years typed as numbers right over the figures, the provisional one marked.
  it('reads a footnote mark on a year over the figures as part of the header, not as a flagged figure', async () => {
    const series = async (name: string, total2024: number) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('历年');
      sheet.addRow(['地区', '企业数（家）']);
      sheet.addRow([null, 2022, 2023, '2024*']);
      sheet.addRow(['甲区', 120, 126, 131]);
      sheet.addRow(['乙区', 200, 214, 220]);
      sheet.addRow(['丙区', 228, 240, 251]);
      sheet.addRow(['合计', 548, 580, total2024]);
      sheet.mergeCells('A1:A2');
      sheet.mergeCells('B1:D1');
      const file = join(dir, name);
      await workbook.xlsx.writeFile(file);
      return file;
    };
    expect(await findings(await series('series.xlsx', 602))).toEqual([]);
    const planted = await findings(await series('series-planted.xlsx', 612));
    expect(planted.map((f) => [f.ruleId, f.cells.filter((c) => c.suspect).map((c) => c.address)])).toEqual([
      ['total-row-sum', ['D6']],
    ]);
  });

  // A ledger's fund codes: among whole numbers `31,36` is two codes, not 31.36.
  it('reads no decimal comma in a column of whole numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['单位名称', '经费代码', '金额（元）']);
    sheet.addRow(['甲公司', 23, 115000]);
    sheet.addRow(['乙公司', '31,36', 213000]);
    sheet.addRow(['丙公司', 39, 66900]);
    const file = join(dir, 'codes.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(await findings(file)).toEqual([]);
  });

  // Round 18's reviewer folder 24: a ledger's 统一社会信用代码, 17 digits and a check character X, is a code, not a
  // figure flagged X (before: a warning on every such code, 数字中含字母 X).
  it('reads no flag in a column of codes', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['企业名称', '统一社会信用代码', '党员人数（名）']);
    sheet.addRow(['甲公司', '91431100187733511X', 5]);
    sheet.addRow(['乙公司', '914311001877335020', 3]);
    sheet.addRow(['丙公司', '91431100187733539X', 7]);
    const file = join(dir, 'credit-codes.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(await findings(file)).toEqual([]);
  });

  it('still finds a flagged figure that is wrong, and blames it rather than the total', async () => {
    // 丁区 62 of 80 is 77.5 %, typed 7.8S.
    const list = await findings(await coverage('wrong.xlsx', { D5: '7.8S' }));
    const errors = list.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cells.filter((c) => c.suspect).map((c) => c.address))).toEqual([['D5']]);
    expect(list.filter((f) => f.ruleId === 'text-in-number').map((f) => f.cells[0].address)).toEqual(['D5']);
  });
});
