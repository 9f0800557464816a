/**
 * `npm run bench:accuracy`: how many findings the core gives on 31 real published tables (tests/corpora/real-cn),
 * how many of its errors are the genuine discrepancies of KNOWN.md (known.json) and how many are false alarms; then,
 * per table, one total-row figure raised by 10 % in memory: is the change found, and is the changed cell blamed?
 * Prints figures; asserts nothing (tests/real-tables.test.ts does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readLayout } from '../src/core/layout';
import { checkSheet } from '../src/core/linter';
import type { Finding } from '../src/core/report';
import type { Lexicon } from '../src/core/lexicon';
import type { RuleSet } from '../src/core/rules';
import { a1, type SheetSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/node/read-workbook';
import { readRuleSet } from '../src/node/rule-files';

const REPO = resolve(__dirname, '..', '..');
const CORPUS = join(REPO, 'tests', 'corpora', 'real-cn');

interface KnownDiscrepancy {
  table: string;
  cells: string[];
  suspect: string[];
}

const known = (JSON.parse(readFileSync(join(CORPUS, 'known.json'), 'utf8')) as { discrepancies: KnownDiscrepancy[] }).discrepancies;

/** The known discrepancy a finding reports, if any: every cell of the entry is among the finding's cells. */
function knownFor(table: string, finding: Finding): KnownDiscrepancy | undefined {
  const cells = new Set(finding.cells.map((c) => c.address));
  return known.find((k) => k.table === table && k.cells.every((c) => cells.has(c)));
}

/** A copy of the sheet with one total-row figure raised by 10 % (at least one unit of its last shown digit). */
function plant(sheet: SheetSnapshot, lexicon: Lexicon): { sheet: SheetSnapshot; address: string } | undefined {
  const layout = readLayout(sheet, lexicon);
  const total = layout.totalRows.find((t) => t.members.length > 0);
  if (!total) return undefined;
  for (const column of layout.columns) {
    const cell = sheet.rows[total.row]?.[column.col];
    if (column.isRate || !cell || typeof cell.value !== 'number' || cell.value <= 0) continue;
    const decimals = (cell.text.split('.')[1] ?? '').replace(/\D/g, '').length;
    const unit = 10 ** -decimals;
    const value = Number((cell.value + Math.max(unit, Math.round((cell.value * 0.1) / unit) * unit)).toFixed(decimals));
    const rows = sheet.rows.map((r) => [...r]);
    rows[total.row][column.col] = { ...cell, value, text: value.toFixed(decimals) };
    return { sheet: { ...sheet, rows }, address: a1(total.row, column.col) };
  }
  return undefined;
}

async function main(): Promise<void> {
  const { ruleSet, problems: ruleProblems } = readRuleSet([join(REPO, 'rules')], join(REPO, 'rules', 'vocabulary.json'));
  if (ruleProblems.length > 0) throw new Error(`rule problems: ${JSON.stringify(ruleProblems)}`);
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.xlsx')).sort();
  let errors = 0;
  let warnings = 0;
  let falseAlarms = 0;
  const foundKnown = new Set<KnownDiscrepancy>();
  let planted = 0;
  let plantedFound = 0;
  let plantedLocalised = 0;
  const check = (sheet: SheetSnapshot, rules: RuleSet) => checkSheet(sheet, rules, { lang: 'en' });
  console.log('table        errors  known  false  warnings  planted');
  for (const file of files) {
    const table = file.replace(/\.xlsx$/, '');
    const workbook = await readWorkbookFile(join(CORPUS, file));
    let tableErrors = 0;
    let tableKnown = 0;
    let tableWarnings = 0;
    let plantText = 'no total row read';
    for (const sheet of workbook.sheets) {
      const report = await check(sheet, ruleSet);
      for (const finding of report.findings) {
        if (finding.severity === 'warning') tableWarnings++;
        if (finding.severity !== 'error') continue;
        tableErrors++;
        const k = knownFor(table, finding);
        if (k) {
          tableKnown++;
          foundKnown.add(k);
        }
      }
      const changed = plant(sheet, ruleSet.lexicon);
      if (!changed) continue;
      planted++;
      const after = await check(changed.sheet, ruleSet);
      const hits = after.findings.filter((f) => f.severity === 'error' && f.cells.some((c) => c.address === changed.address));
      const localised = hits.some((f) => f.cells.some((c) => c.address === changed.address && c.suspect));
      if (hits.length > 0) plantedFound++;
      if (localised) plantedLocalised++;
      plantText = `${changed.address} ${hits.length > 0 ? 'found' : 'MISSED'}${localised ? ', suspect' : hits.length > 0 ? ', not blamed' : ''}`;
    }
    errors += tableErrors;
    warnings += tableWarnings;
    falseAlarms += tableErrors - tableKnown;
    console.log(`${table.padEnd(12)} ${String(tableErrors).padStart(6)} ${String(tableKnown).padStart(6)} ${String(tableErrors - tableKnown).padStart(6)} ${String(tableWarnings).padStart(9)}  ${plantText}`);
  }
  console.log('');
  console.log(`tables: ${files.length}`);
  console.log(`error findings: ${errors} (warnings: ${warnings})`);
  console.log(`false alarms (errors that are not a known discrepancy): ${falseAlarms}`);
  console.log(`known discrepancies found: ${foundKnown.size}/${known.length}`);
  console.log(`planted changes (+10% on one total-row figure): ${planted} planted of ${files.length} tables, ${plantedFound} found, ${plantedLocalised} with the changed cell as suspect`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
