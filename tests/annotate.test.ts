import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateWorkbook } from '../src/annotate/annotate';
import { checkSheet } from '../src/core/linter';
import type { SheetReport } from '../src/core/report';
import { readWorkbookBytes } from '../src/readers/read-workbook-bytes';
import { BUNDLED_RULES_DIR, readRuleSet } from '../src/node/rule-files';
import { annotationsOf, differencesFromOriginal } from './helpers/annotated';

const SEEDS = join(__dirname, '..', 'seeds', 'sheets');
const PLANTED = ['liaoning-coverage-planted.xlsx', 'liaoning-hotline-planted.xlsx', 'liaoning-no-member-planted.xlsx', 'shenyang-key-enterprises-planted.xlsx'];
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
    for (const r of reports) for (const fix of r.cellFixes) expect(found.notes.get(`${r.sheet}!${fix.address}`)).toContain(fix.message);
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
    const changed = Object.keys(before).filter((p) => Buffer.compare(Buffer.from(before[p]), Buffer.from(after[p] ?? new Uint8Array())) !== 0);
    expect(changed.filter((p) => !p.startsWith('xl/worksheets/')).sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
    // The sheets with suspect cells (and their relationships, where they had some), nothing else.
    const marked = reports.filter((r) => r.cellFixes.length > 0).length;
    expect(changed.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toHaveLength(marked);
    expect(Object.keys(before).length).toBeGreaterThan(changed.length + 3);
  });
});
