/**
 * `npm run bench:accuracy`: how many findings the core gives on 31 real published tables (tests/corpora/real-cn),
 * how many of its errors are the genuine discrepancies of KNOWN.md (known.json) and how many are false alarms; then,
 * per table, one total-row figure raised by 10 % in memory: is the change found, and is the changed cell blamed?
 * Then the same on the 385 annotated tables of AggreCol (tests/corpora/aggrecol): error findings on the tables as they
 * are, against the genuine discrepancies of its known.json (SHOW_ALARMS=1 lists every finding), and one annotated
 * aggregate per table, drawn at random with a fixed seed, raised by 10 %: found, and blamed? SHOW_MISSES=1 says why each
 * change was missed, and which cells were blamed where it was found but not blamed; SHOW_UNCHECKED=1 lists the layouts'
 * sheets not checked at all.
 * Prints figures; asserts nothing (tests/real-tables.test.ts does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readLayout } from '../src/core/layout';
import { spanOf } from '../src/core/continuation';
import { checkSheet } from '../src/core/linter';
import type { Finding } from '../src/core/report';
import type { Lexicon } from '../src/core/lexicon';
import type { RuleSet } from '../src/core/rules';
import { a1, type SheetSnapshot } from '../src/core/snapshot';
import { wasChecked } from '../src/reports/summary';
import { readWorkbookFile } from '../src/node/read-workbook';
import { aggreColCell, readAggreCol, readAggreColNumber, type AggreColTable, type Aggregation } from './aggrecol';
import { readRuleSet } from '../src/node/rule-files';
import { whyMissed } from './aggrecol-misses';

const REPO = resolve(__dirname, '..', '..');
const CORPUS = join(REPO, 'tests', 'corpora', 'real-cn');

interface KnownDiscrepancy {
  table: string;
  cells: string[];
  suspect: string[];
}

const known = (JSON.parse(readFileSync(join(CORPUS, 'known.json'), 'utf8')) as { discrepancies: KnownDiscrepancy[] })
  .discrepancies;

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
  const { ruleSet, problems: ruleProblems } = readRuleSet(
    [join(REPO, 'rules')],
    join(REPO, 'rules', 'vocabulary.json'),
  );
  if (ruleProblems.length > 0) throw new Error(`rule problems: ${JSON.stringify(ruleProblems)}`);
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
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
      const hits = after.findings.filter(
        (f) => f.severity === 'error' && f.cells.some((c) => c.address === changed.address),
      );
      const localised = hits.some((f) => f.cells.some((c) => c.address === changed.address && c.suspect));
      if (hits.length > 0) plantedFound++;
      if (localised) plantedLocalised++;
      plantText = `${changed.address} ${hits.length > 0 ? 'found' : 'MISSED'}${localised ? ', suspect' : hits.length > 0 ? ', not blamed' : ''}`;
    }
    errors += tableErrors;
    warnings += tableWarnings;
    falseAlarms += tableErrors - tableKnown;
    console.log(
      `${table.padEnd(12)} ${String(tableErrors).padStart(6)} ${String(tableKnown).padStart(6)} ${String(tableErrors - tableKnown).padStart(6)} ${String(tableWarnings).padStart(9)}  ${plantText}`,
    );
  }
  console.log('');
  console.log(`tables: ${files.length}`);
  console.log(`error findings: ${errors} (warnings: ${warnings})`);
  console.log(`false alarms (errors that are not a known discrepancy): ${falseAlarms}`);
  console.log(`known discrepancies found: ${foundKnown.size}/${known.length}`);
  console.log(
    `planted changes (+10% on one total-row figure): ${planted} planted of ${files.length} tables, ${plantedFound} found, ${plantedLocalised} with the changed cell as suspect`,
  );
  await layouts(ruleSet);
  await aggreCol(ruleSet);
}

/**
 * The clean sheets of published layouts (tests/corpora/layouts): findings on them as they are (every one a false
 * alarm), how many are checked at all, and the same +10 % change of a total-row figure as above.
 */
async function layouts(ruleSet: RuleSet): Promise<void> {
  const root = join(REPO, 'tests', 'corpora', 'layouts');
  const files = readdirSync(root)
    .filter((dir) => dir !== 'generators' && !dir.includes('.'))
    .flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => /\.(xlsx|csv)$/.test(f))
        .map((f) => join(dir, f)),
    );
  let sheets = 0;
  let checked = 0;
  let planted = 0;
  let found = 0;
  let blamed = 0;
  const alarms: string[] = [];
  const misses: string[] = [];
  const unblamed: string[] = [];
  const unchecked: string[] = [];
  for (const file of files.sort()) {
    const book = (await readWorkbookFile(join(root, file))).sheets;
    for (const [i, sheet] of book.entries()) {
      sheets++;
      const options = { lang: 'en' as const, ...spanOf(book, i, ruleSet.lexicon) };
      const report = await checkSheet(sheet, ruleSet, options);
      if (wasChecked(report)) checked++;
      else unchecked.push(`  ${file} [${sheet.name}] not checked`);
      for (const f of report.findings)
        if (f.severity !== 'info') alarms.push(`  ${file} [${sheet.name}] ${f.severity} ${f.ruleId} ${f.message}`);
      const changed = plant(sheet, ruleSet.lexicon);
      if (!changed) continue;
      planted++;
      const after = await checkSheet(changed.sheet, ruleSet, options);
      const hits = after.findings.filter(
        (f) => f.severity === 'error' && f.cells.some((c) => c.address === changed.address),
      );
      if (hits.length > 0) found++;
      else misses.push(`  ${file} [${sheet.name}] ${changed.address}`);
      if (hits.some((f) => f.cells.some((c) => c.address === changed.address && c.suspect))) blamed++;
      else if (hits.length > 0) {
        const suspects = [
          ...new Set(after.findings.flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address))),
        ];
        unblamed.push(`  ${file} [${sheet.name}] ${changed.address}: found, suspect ${suspects.join(' ') || 'none'}`);
      }
    }
  }
  console.log('');
  console.log(`Clean layouts (tests/corpora/layouts): ${files.length} files, ${sheets} sheets, ${checked} checked`);
  console.log(`error and warning findings (each a false alarm): ${alarms.length}`);
  for (const line of alarms) console.log(line);
  console.log(`planted changes (+10% on one total-row figure): ${planted} planted, ${found} found, ${blamed} blamed`);
  if (process.env.SHOW_MISSES) for (const line of [...misses, ...unblamed]) console.log(line);
  if (process.env.SHOW_UNCHECKED) for (const line of unchecked) console.log(line);
}

/** A small seeded generator (mulberry32), so every run plants the same cells. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of the table with one annotated aggregate (drawn at random) raised by 10 %, at least one shown unit. */
function plantAggregate(
  table: AggreColTable,
  seed: number,
): { sheet: SheetSnapshot; address: string; aggregation: Aggregation } | undefined {
  const draw = random(seed);
  const start = Math.floor(draw() * table.aggregations.length);
  for (let k = 0; k < table.aggregations.length; k++) {
    const aggregation = table.aggregations[(start + k) % table.aggregations.length];
    const [row, col] = aggregation.aggregator_index;
    const cell = table.sheet.rows[row]?.[col];
    const n = cell ? readAggreColNumber(cell.text, table.format) : undefined;
    if (!n || n.value === 0) continue;
    const unit = 10 ** -n.decimals;
    const value = n.value + Math.sign(n.value) * Math.max(unit, Math.round(Math.abs(n.value * 0.1) / unit) * unit);
    const text = value.toFixed(n.decimals) + (n.percent ? '%' : '');
    const rows = table.sheet.rows.map((r) => [...r]);
    rows[row][col] = aggreColCell(row, col, text, 'None Point');
    return { sheet: { ...table.sheet, rows }, address: a1(row, col), aggregation };
  }
  return undefined;
}

/** AggreCol's genuine discrepancies (tests/corpora/aggrecol/known.json): a table and the first cell of its finding. */
interface AggreColKnown {
  table: string;
  cell: string;
  reason: string;
}

async function aggreCol(ruleSet: RuleSet): Promise<void> {
  const folder = join(REPO, 'tests', 'corpora', 'aggrecol');
  const tables = readAggreCol(join(folder, 'dataset.jl.gz'));
  const knownHere = (JSON.parse(readFileSync(join(folder, 'known.json'), 'utf8')) as { discrepancies: AggreColKnown[] })
    .discrepancies;
  const foundKnown = new Set<AggreColKnown>();
  let beyond = 0;
  let errors = 0;
  let tablesWithErrors = 0;
  let planted = 0;
  let found = 0;
  let localised = 0;
  const byOperator = new Map<string, { planted: number; found: number; localised: number }>();
  const alarms: string[] = [];
  const misses: string[] = [];
  const unblamed: string[] = [];
  for (const [i, table] of tables.entries()) {
    const report = await checkSheet(table.sheet, ruleSet, { lang: 'en' });
    const tableErrors = report.findings.filter((f) => f.severity === 'error');
    errors += tableErrors.length;
    if (tableErrors.length > 0) tablesWithErrors++;
    for (const finding of tableErrors) {
      const cell = finding.cells[0]?.address;
      const k = knownHere.find((d) => d.table === table.name && d.cell === cell);
      if (k) foundKnown.add(k);
      else beyond++;
      if (!k || process.env.SHOW_ALARMS)
        alarms.push(`  ${k ? 'known ' : 'BEYOND'} ${table.name} ${cell}: ${finding.message}`);
    }
    const changed = plantAggregate(table, i + 1);
    if (!changed) continue;
    planted++;
    const after = await checkSheet(changed.sheet, ruleSet, { lang: 'en' });
    const hits = after.findings.filter(
      (f) => f.severity === 'error' && f.cells.some((c) => c.address === changed.address),
    );
    const blamed = hits.some((f) => f.cells.some((c) => c.address === changed.address && c.suspect));
    const { operator } = changed.aggregation;
    const op = byOperator.get(operator) ?? { planted: 0, found: 0, localised: 0 };
    byOperator.set(operator, op);
    op.planted++;
    if (hits.length > 0) {
      found++;
      op.found++;
    } else if (process.env.SHOW_MISSES)
      misses.push(
        `  ${table.name}: ${operator} ${changed.address}: ${whyMissed(table.sheet, changed.sheet, changed.aggregation, ruleSet.lexicon)}`,
      );
    if (blamed) {
      localised++;
      op.localised++;
    } else if (hits.length > 0 && process.env.SHOW_MISSES) {
      const suspects = hits.flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address));
      unblamed.push(`  ${table.name}: ${operator} ${changed.address}: found, suspect ${suspects.join(' ') || 'none'}`);
    }
  }
  const pct = (n: number, d: number) => `${d === 0 ? 0 : ((100 * n) / d).toFixed(1)} %`;
  console.log('');
  console.log(`AggreCol (tests/corpora/aggrecol): ${tables.length} tables`);
  console.log(`error findings on the tables as they are: ${errors} (on ${tablesWithErrors} tables)`);
  console.log(`known discrepancies found: ${foundKnown.size}/${knownHere.length}`);
  console.log(`error findings beyond the known discrepancies: ${beyond}`);
  // SHOW_ALARMS=1 lists every finding; otherwise only those beyond the known discrepancies, at most 20.
  for (const line of process.env.SHOW_ALARMS ? alarms : alarms.slice(0, 20)) console.log(line);
  console.log(
    `planted changes (+10% on one annotated aggregate): ${planted} planted, ${found} found (${pct(found, planted)}), ${localised} with the changed cell as suspect (${pct(localised, planted)})`,
  );
  for (const [operator, op] of byOperator)
    console.log(
      `  ${operator.padEnd(15)} ${op.planted} planted, ${op.found} found (${pct(op.found, op.planted)}), ${op.localised} localised (${pct(op.localised, op.planted)})`,
    );
  if (process.env.SHOW_MISSES) {
    for (const line of misses) console.log(line);
    const reasons = new Map<string, number>();
    for (const line of misses) {
      const reason = line.slice(line.lastIndexOf(': ') + 2);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    for (const [reason, n] of [...reasons].sort((x, y) => y[1] - x[1]))
      console.log(`${String(n).padStart(5)}  ${reason}`);
    for (const line of unblamed) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
