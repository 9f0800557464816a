import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateWorkbook } from '../src/annotate/annotate';
import { checkSheet } from '../src/core/linter';
import type { SheetReport } from '../src/core/report';
import { readWorkbookBytes } from '../src/readers/read-workbook-bytes';
import { BUNDLED_RULES_DIR, readRuleSet } from '../src/node/rule-files';
import { annotationsOf, differencesFromOriginal, internalLinks, loadWorkbook } from './helpers/annotated';

const SEEDS = join(__dirname, '..', 'seeds', 'sheets');
const PLANTED = [
  'liaoning-coverage-planted.xlsx',
  'liaoning-hotline-planted.xlsx',
  'liaoning-no-member-planted.xlsx',
  'shenyang-key-enterprises-planted.xlsx',
];
const { ruleSet } = readRuleSet([BUNDLED_RULES_DIR]);

async function reportsOf(bytes: Uint8Array, name: string): Promise<SheetReport[]> {
  const workbook = readWorkbookBytes(bytes, name);
  return Promise.all(workbook.sheets.map((s) => checkSheet(s, ruleSet, { lang: 'zh-CN' })));
}

describe('annotateWorkbook', () => {
  it.each(PLANTED)('%s: fills and notes every suspect cell, lists every finding, keeps every value', async (name) => {
    const original = new Uint8Array(readFileSync(join(SEEDS, name)));
    const reports = await reportsOf(original, name);
    const { bytes, cells } = annotateWorkbook(original, reports, 'zh-CN');
    const suspects = reports.flatMap((r) => r.cellFixes.map((f) => `${r.sheet}!${f.address}`));
    expect(suspects.length).toBeGreaterThan(0);
    expect(cells).toBe(suspects.length);
    expect(await differencesFromOriginal(original, bytes)).toEqual([]);
    const found = await annotationsOf(original, bytes);
    expect([...found.fills.keys()].sort()).toEqual([...suspects].sort());
    expect([...found.notes.keys()].sort()).toEqual([...suspects].sort());
    for (const r of reports)
      for (const fix of r.cellFixes) expect(found.notes.get(`${r.sheet}!${fix.address}`)).toContain(fix.message);
    const findings = reports.flatMap((r) => r.findings);
    expect(found.results).toHaveLength(findings.length);
    expect(found.sheetNames).toEqual([...reports.map((r) => r.sheet), '核对结果']);
    findings.forEach((f, k) => {
      const suspect = f.cells.find((c) => c.suspect) ?? f.cells[0];
      expect(found.results[k].values.slice(0, 2)).toEqual([f.sheet, suspect.address]);
      expect(found.results[k].values[4]).toBe(f.message);
      expect(found.results[k].link).toBe(`'${f.sheet}'!${suspect.address}`);
    });
    // The annotated copy reads back to the same figures, and checks to the same findings.
    const again = await reportsOf(bytes, name);
    expect(again.filter((r) => r.sheet !== '核对结果').map((r) => r.findings)).toEqual(reports.map((r) => r.findings));
  });

  it('copies every part it had no reason to change byte for byte', async () => {
    const name = PLANTED[0];
    const original = new Uint8Array(readFileSync(join(SEEDS, name)));
    const reports = await reportsOf(original, name);
    const { bytes } = annotateWorkbook(original, reports, 'zh-CN');
    const before = unzipSync(original);
    const after = unzipSync(bytes);
    const changed = Object.keys(before).filter(
      (p) => Buffer.compare(Buffer.from(before[p]), Buffer.from(after[p] ?? new Uint8Array())) !== 0,
    );
    expect(changed.filter((p) => !p.startsWith('xl/worksheets/')).sort()).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
    ]);
    // The sheets with suspect cells (and their relationships, where they had some), nothing else.
    const marked = reports.filter((r) => r.cellFixes.length > 0).length;
    expect(changed.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toHaveLength(marked);
    expect(Object.keys(before).length).toBeGreaterThan(changed.length + 3);
  });
});

describe('annotateWorkbook on a sheet that already has notes, a table and a frozen pane', () => {
  async function coverageWorkbook(notes = true): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Bob's 表");
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.addRows([
      ['地区', '企业数', '覆盖企业数', '党组织覆盖率（%）'],
      ['甲', 100, 90, 95.0],
      ['乙', 200, 100, 50.0],
    ]);
    sheet.getCell('D2').numFmt = '0.0';
    sheet.getCell('D3').numFmt = '0.0';
    if (notes) {
      sheet.getCell('A2').note = '县里的说明';
      sheet.getCell('D2').note = '已核实';
    }
    sheet.addTable({ name: 'T1', ref: 'F1', columns: [{ name: 'x' }], rows: [[1]] });
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('keeps the notes there were, adds its own beside them, and writes well-formed parts', async () => {
    const original = await coverageWorkbook();
    const reports = await reportsOf(original, 'notes.xlsx');
    expect(reports[0].cellFixes.map((f) => f.address)).toEqual(['D2']);
    // A second suspect, to see a new note join the existing comments part.
    const withB3 = [
      {
        ...reports[0],
        cellFixes: [...reports[0].cellFixes, { ...reports[0].cellFixes[0], address: 'B3', message: 'B3 测试' }],
      },
    ];
    const { bytes } = annotateWorkbook(original, withB3, 'zh-CN');
    expect(await differencesFromOriginal(original, bytes)).toEqual([]);
    const copy = await loadWorkbook(bytes);
    const sheet = copy.getWorksheet("Bob's 表");
    const text = (address: string) => JSON.stringify(sheet?.getCell(address).note);
    expect(text('A2')).toContain('县里的说明');
    expect(text('D2')).toContain('已核实'); // a note of the user's is never replaced
    expect(text('B3')).toContain('B3 测试');
    expect(internalLinks(bytes, '核对结果').get('B2')).toBe("'Bob''s 表'!D2");
    const parts = unzipSync(bytes);
    const xml = Object.keys(parts).filter((p) => /\.(xml|rels|vml)$/.test(p));
    for (const p of xml) expect(execFileSync('xmllint', ['--noout', '-'], { input: parts[p] }).toString()).toBe('');
    expect(strFromU8(parts['xl/worksheets/sheet1.xml']).match(/<legacyDrawing\b/g)).toHaveLength(1);
  });

  it('puts a new note drawing where the schema wants it: before the table parts', async () => {
    const original = await coverageWorkbook(false);
    const { bytes } = annotateWorkbook(original, await reportsOf(original, 'plain.xlsx'), 'zh-CN');
    const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    expect(sheetXml.indexOf('<legacyDrawing')).toBeGreaterThan(sheetXml.indexOf('</sheetData>'));
    expect(sheetXml.indexOf('<legacyDrawing')).toBeLessThan(sheetXml.indexOf('<tableParts'));
    expect(JSON.stringify((await loadWorkbook(bytes)).getWorksheet("Bob's 表")?.getCell('D2').note)).toContain(
      'D2 可能应为 90',
    );
  });
});
