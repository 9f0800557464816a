import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateSheet } from '../src/core/evaluation';
import { inferredConfirmations } from '../src/core/inference/findings';
import { inferSheet } from '../src/core/inference/infer';
import { readNumberGrid, viewOf, type GridView } from '../src/core/inference/grid';
import { verdictAt } from '../src/core/inference/relations';
import { blankCounter, sharedRunVerdicts } from '../src/core/inference/run-sums';
import type { Candidate } from '../src/core/inference/search-context';
import { checkSheet } from '../src/core/linter';
import { a1, type SheetSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/node/read-workbook';
import { BUNDLED_RULES_DIR, readRuleSet } from '../src/node/rule-files';

/**
 * Long sheets take shortcuts that must not change what is found (run-sums.ts, the figures shared between the declared
 * rules and inference, inferredConfirmations): each shortcut is compared with the plain computation on real workbooks
 * written by exceljs and read by the lean reader, and a planted figure in a 300-row ledger is still blamed.
 */

const dir = mkdtempSync(join(tmpdir(), 'statlint-long-runs-'));
const { ruleSet } = readRuleSet([BUNDLED_RULES_DIR]);
const { lexicon } = ruleSet;
const REGIONS = 300;

/** Deterministic figures (a linear congruential generator). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

type Row = (string | number | null)[];

/** A ledger of regions with two parts and their sum, a total row under them; some first parts left blank. */
function ledgerRows(): Row[] {
  const next = random(3);
  const rows: Row[] = [['Region', 'Staff', 'Volunteers', 'People']];
  const totals = [0, 0, 0];
  for (let i = 0; i < REGIONS; i++) {
    const staff = i % 37 === 5 ? null : 10 + Math.floor(next() * 90);
    const volunteers = 5 + Math.floor(next() * 40);
    const figures = [staff ?? 0, volunteers, (staff ?? 0) + volunteers];
    figures.forEach((v, k) => (totals[k] += v));
    rows.push([`Region ${i + 1}`, staff, volunteers, figures[2]]);
  }
  rows.push(['Total', ...totals]);
  return rows;
}

async function readSheet(name: string, rows: Row[], formats: Record<string, string> = {}): Promise<SheetSnapshot> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Ledger');
  for (const values of rows) ws.addRow(values);
  for (const [address, numFmt] of Object.entries(formats)) ws.getCell(address).numFmt = numFmt;
  const file = join(dir, name);
  await book.xlsx.writeFile(file);
  const wb = await readWorkbookFile(file);
  return wb.sheets[0];
}

/** A total row's sums as a walk proposes them: the rows above it, at several lengths, with blanks skipped or zero. */
function totalRowCandidates(view: GridView, total: number): Candidate[] {
  const run = (length: number) => Array.from({ length }, (_, i) => total - 1 - i);
  return [REGIONS, REGIONS - 1, REGIONS - 40, 70].flatMap((length) => [
    { kind: 'sum' as const, target: total, members: run(length), scale: 1 },
    { kind: 'sum' as const, target: total, members: run(length), scale: 1, blanksAsZero: true },
  ]);
}

describe('a total row over a long run of rows', () => {
  it('gets from the shared running sums the verdicts verdictAt gives, at every column, blanks included', async () => {
    const sheet = await readSheet('ledger.xlsx', ledgerRows());
    const view = viewOf(readNumberGrid(sheet, lexicon), 'row');
    const candidates = totalRowCandidates(view, REGIONS + 1);
    const shared = sharedRunVerdicts(view, candidates);
    expect(shared.size).toBe(candidates.length);
    const statuses = new Set<string>();
    for (const c of candidates) {
      for (let pos = 0; pos < view.positions; pos++) {
        const verdict = (shared.get(c) as (pos: number) => unknown)(pos);
        expect(verdict).toEqual(verdictAt(view, c, pos));
        statuses.add(`${verdictAt(view, c, pos).status}`);
      }
    }
    // The comparison covers holding, broken and skipped positions (the blank staff figures skip their column).
    expect([...statuses].sort()).toEqual(['break', 'hold', 'skip']);
  });

  it('counts the blank parts of a long run as a filter over its rows does', async () => {
    const sheet = await readSheet('ledger-blanks.xlsx', ledgerRows());
    const view = viewOf(readNumberGrid(sheet, lexicon), 'row');
    for (const c of totalRowCandidates(view, REGIONS + 1)) {
      const counted = blankCounter(view, c.members);
      for (let pos = 0; pos < view.positions; pos++)
        expect(counted(pos)).toBe(c.members.filter((m) => Number.isNaN(view.value(m, pos))).length);
    }
    expect(blankCounter(view, [REGIONS, REGIONS - 2])(1)).toBe(0);
  });

  // Within the total row's rounding slack (± 0.5 a row), so the row's own sum is what reports it.
  it('blames a planted region figure, and counts confirmations as every supported cell of every relation would', async () => {
    const rows = ledgerRows();
    rows[120] = [...rows[120].slice(0, 3), (rows[120][3] as number) + 9];
    const sheet = await readSheet('ledger-planted.xlsx', rows);
    const report = await checkSheet(sheet, ruleSet, { lang: 'en' });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toContain('inferred/sum');
    for (const f of errors) expect(f.cells.filter((c) => c.suspect).map((c) => c.address)).toEqual(['D121']);

    const inference = inferSheet(sheet, lexicon);
    const cells = new Set(['C121', 'D121', 'B121', `C${REGIONS + 2}`, 'B7', 'A1', 'Z9']);
    const expected = new Map<string, number>();
    for (const r of inference.relations) {
      for (const pos of r.support) {
        for (const line of [r.target, ...r.members]) {
          const address = r.axis === 'column' ? a1(pos, line) : a1(line, pos);
          if (cells.has(address)) expected.set(address, (expected.get(address) ?? 0) + 1);
        }
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(inferredConfirmations(inference, cells)).toEqual(expected);
  });

  // Within ± 0.5 a row the sums of all but the first few of 8,000 rows match the total too; the total is the sum of all
  // of them, exactly, so a wrong total is found and blamed itself, not the first units.
  it('reads a total row over 8,000 whole counts as the sum of every one, and blames it when it is wrong', async () => {
    const units = 8000;
    const next = random(11);
    const rows: Row[] = [['Unit', 'Enterprises', 'Covered', 'Members', 'Organisations']];
    const totals = [0, 0, 0, 0];
    for (let i = 0; i < units; i++) {
      const figures = [
        20 + Math.floor(next() * 300),
        1 + Math.floor(next() * 20),
        3 + Math.floor(next() * 90),
        1 + Math.floor(next() * 5),
      ];
      figures.forEach((v, k) => (totals[k] += v));
      rows.push([`Unit ${i + 1}`, ...figures]);
    }
    rows.push(['Total', ...totals]);
    const clean = await readSheet('units-clean.xlsx', rows);
    const total = inferSheet(clean, lexicon).relations.find((r) => r.axis === 'row' && r.target === units + 1);
    expect(total?.members).toHaveLength(units);

    rows[units + 1] = ['Total', totals[0] + 5000, ...totals.slice(1)];
    const report = await checkSheet(await readSheet('units-planted.xlsx', rows), ruleSet, { lang: 'en' });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(f.cells.filter((c) => c.suspect).map((c) => c.address)).toEqual([`B${units + 2}`]);
  });
});

describe('a ledger whose every row fails', () => {
  // Neighbouring rows of small counts add up within their rounding by chance at two or three columns: such a sum, kept
  // (three rows in a long ledger: see accepted) or refused (two rows: see nearRelation), must not take the blame from
  // the stated figure of each row's own failed equality.
  it('blames each row its stated figure, not a part a chance sum of neighbouring rows reads', async () => {
    const next = random(7);
    const rows: Row[] = [['地区', '党委', '党总支', '党支部', '单独建立党组织']];
    for (let i = 0; i < 10_000; i++) {
      const parts = [Math.floor(next() * 5), Math.floor(next() * 8), Math.floor(next() * 200)];
      rows.push([`企业${i + 1}`, ...parts, parts[0] + parts[1] + parts[2] + 1]);
    }
    const report = await checkSheet(await readSheet('every-row-fails.xlsx', rows), ruleSet, { lang: 'zh-CN' });
    const suspects = report.findings.flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address));
    expect(suspects).toHaveLength(10_000);
    expect(suspects.filter((address) => !address.startsWith('E'))).toEqual([]);
  }, 60_000);
});

describe('the figures inference shares with the declared rules', () => {
  it('make the same grid as reading every cell afresh: percentages, units, text figures, flags, approximations', async () => {
    const rows: Row[] = [
      ['地区', '企业数（家）', '党组织数（个）', '覆盖率（%）', '备注'],
      ['和平区', 120, '35个', 0.292, '约300'],
      ['沈河区', '１２０', '36', 0.3, '12*'],
      ['皇姑区', 98.5, null, '45.5%', '—'],
      ['合计', 338.5, 71, 0.21, '3,5'],
    ];
    const sheet = await readSheet('shared-figures.xlsx', rows, { D2: '0.0%', D3: '0.0%', D5: '0.0%', B4: '0.00' });
    const { ctx } = await evaluateSheet(sheet, ruleSet, 'zh-CN');
    // The declared rules have read the columns of `sheet`; a copy of it is a snapshot none has read yet.
    expect(ctx.model.column(3)).toBe(ctx.model.column(3));
    const shared = readNumberGrid(sheet, lexicon);
    const afresh = readNumberGrid({ ...sheet }, lexicon);
    expect(shared).toEqual(afresh);
    // The grid holds the percentages (in points), the typed text figures and the flagged one, not the approximation.
    const at = (row: number, col: number) => afresh.values[col * afresh.rows + row];
    expect([at(1, 3), at(2, 1), at(1, 2), at(3, 3), at(2, 4)]).toEqual([29.2, 120, 35, 45.5, 12]);
    expect(at(1, 4)).toBeNaN();
    expect(afresh.percent[3 * afresh.rows + 1]).toBe(1);
  });
});
