/**
 * `npm run bench`: how long reading (and checking) takes on a 50,000-row coverage table and on 100 county
 * workbooks, beside the floor (unzip + one regex pass over the cells) and the exceljs reader. Times are medians
 * of BENCH_RUNS runs (default 5) after one warm-up run, in a child process per case; peak RSS is that of a
 * fresh child process doing one run, so that it is the case's own. Prints figures; asserts nothing. A third
 * table fails one equality in every one of its 50,000 rows: the localiser's worst case (BENCH_ONLY=failing runs
 * only that one; BENCH_ONLY=sheet only the 50,000-row coverage table).
 * BENCH_DIR=<folder> keeps the generated workbooks there.
 */
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SheetSnapshot } from '../src/core/snapshot';
import { checkSheet } from '../src/core/linter';
import { readWorkbookFile } from '../src/node/read-workbook';
import { readRuleSet } from '../src/node/rule-files';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const BIG_ROWS = 50_000;
const COUNTIES = 100;
const COUNTY_ROWS = 20;
const REPO = resolve(__dirname, '..', '..');

// ---------------------------------------------------------------- fixtures

/** Deterministic figures (a linear congruential generator), so every run measures the same workbook. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface RegionFigures {
  enterprises: number;
  committees: number;
  generalBranches: number;
  branches: number;
  jointOrganisations: number;
  jointCovered: number;
}

function regionFigures(next: () => number): RegionFigures {
  const enterprises = 20 + Math.floor(next() * 480);
  const committees = Math.floor(next() * 5);
  const generalBranches = Math.floor(next() * 8);
  const branches = Math.floor(next() * enterprises * 0.4);
  const room = enterprises - committees - generalBranches - branches;
  // Consistent figures, as a clean sheet's: each joint organisation covers at least two enterprises.
  const jointOrganisations = Math.min(Math.floor(next() * 10), Math.floor(room / 2));
  const jointCovered = Math.min(room, jointOrganisations * (2 + Math.floor(next() * 6)));
  return { enterprises, committees, generalBranches, branches, jointOrganisations, jointCovered };
}

/** The coverage table as statisticians lay it out: title, unit row, merged two-row header, regions, total, note. */
function addCoverageSheet(wb: ExcelJS.Workbook, title: string, regionNames: string[], seed: number): void {
  const ws = wb.addWorksheet('党组织覆盖');
  ws.getCell('A1').value = title;
  ws.mergeCells('A1:J1');
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
    '覆盖企业数',
    '党的组织覆盖率（%）',
  ];
  ws.getRow(4).values = [null, null, '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数'];
  for (const range of ['A3:A4', 'B3:B4', 'C3:F3', 'G3:H3', 'I3:I4', 'J3:J4']) ws.mergeCells(range);
  const next = random(seed);
  const first = 5;
  regionNames.forEach((name, i) => {
    const f = regionFigures(next);
    const own = f.committees + f.generalBranches + f.branches;
    const covered = own + f.jointCovered;
    const row = ws.getRow(first + i);
    row.values = [
      name,
      f.enterprises,
      own,
      f.committees,
      f.generalBranches,
      f.branches,
      f.jointOrganisations,
      f.jointCovered,
      covered,
      Math.round((covered / f.enterprises) * 1000) / 10,
    ];
    row.getCell(10).numFmt = '0.0';
  });
  const last = first + regionNames.length - 1;
  const total = ws.getRow(last + 1);
  total.getCell(1).value = '合计';
  for (let col = 2; col <= 9; col++) {
    const letter = String.fromCharCode(64 + col);
    let sum = 0;
    for (let r = first; r <= last; r++) sum += ws.getRow(r).getCell(col).value as number;
    total.getCell(col).value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: sum };
  }
  const enterprises = (total.getCell(2).value as { result: number }).result;
  const covered = (total.getCell(9).value as { result: number }).result;
  total.getCell(10).value = {
    formula: `ROUND(I${last + 1}/B${last + 1}*100,1)`,
    result: Math.round((covered / enterprises) * 1000) / 10,
  };
  total.getCell(10).numFmt = '0.0';
  ws.getCell(`A${last + 2}`).value =
    '注：覆盖企业数=单独建立党组织的企业数+联合党组织覆盖企业数；覆盖率=覆盖企业数÷企业数×100。';
}

/**
 * The localiser's worst case: every row's 单独建立党组织 is one more than 党委 + 党总支 + 党支部, so every row fails
 * one equality and its stated figure, the subject, is the cell to blame.
 */
function addAllFailingSheet(wb: ExcelJS.Workbook, rows: number): void {
  const ws = wb.addWorksheet('单独建立党组织');
  ws.getRow(1).values = ['地区', '党委', '党总支', '党支部', '单独建立党组织'];
  const next = random(7);
  for (let i = 0; i < rows; i++) {
    const [committees, generalBranches, branches] = [
      Math.floor(next() * 5),
      Math.floor(next() * 8),
      Math.floor(next() * 200),
    ];
    ws.getRow(i + 2).values = [
      `企业${i + 1}`,
      committees,
      generalBranches,
      branches,
      committees + generalBranches + branches + 1,
    ];
  }
}

async function writeFixtures(dir: string): Promise<{ big: string; failing: string; counties: string[] }> {
  // Required here only: the child processes that measure reading must not load exceljs unless they use it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  mkdirSync(dir, { recursive: true });
  const big = join(dir, 'city-50k.xlsx');
  const bigBook = new Workbook();
  addCoverageSheet(
    bigBook,
    '全市非公有制企业党的组织覆盖情况统计表',
    Array.from({ length: BIG_ROWS }, (_, i) => `企业${i + 1}`),
    1,
  );
  await bigBook.xlsx.writeFile(big);
  const failing = join(dir, 'city-50k-every-row-fails.xlsx');
  const failingBook = new Workbook();
  addAllFailingSheet(failingBook, BIG_ROWS);
  await failingBook.xlsx.writeFile(failing);
  const counties: string[] = [];
  for (let k = 0; k < COUNTIES; k++) {
    const path = join(dir, `county-${String(k + 1).padStart(3, '0')}.xlsx`);
    const wb = new Workbook();
    addCoverageSheet(
      wb,
      `第${k + 1}县非公有制企业党的组织覆盖情况统计表`,
      Array.from({ length: COUNTY_ROWS }, (_, i) => `第${i + 1}街道`),
      k + 2,
    );
    await wb.xlsx.writeFile(path);
    counties.push(path);
  }
  return { big, failing, counties };
}

// ---------------------------------------------------------------- cases (run in a child process)

type CaseName = 'floor' | 'lean' | 'exceljs' | 'check';

interface Checker {
  check(sheet: SheetSnapshot): Promise<unknown>;
}

function loadChecker(): Checker {
  const { ruleSet, problems: ruleProblems } = readRuleSet(
    [join(REPO, 'rules')],
    join(REPO, 'rules', 'vocabulary.json'),
  );
  if (ruleProblems.length > 0) throw new Error(`rule problems: ${JSON.stringify(ruleProblems)}`);
  return { check: (sheet) => checkSheet(sheet, ruleSet, { lang: 'zh-CN' }) };
}

const CELL = /<c r="([A-Z]+)(\d+)"[^>]*>(?:<f>[^<]*<\/f>)?(?:<v>([^<]*)<\/v>)?/g;

/** The least any reader must do: unzip the sheets and visit every cell once. */
function floor(path: string): number {
  const parts = unzipSync(readFileSync(path), {
    filter: (f) => f.name.startsWith('xl/worksheets/') && f.name.endsWith('.xml'),
  });
  let cells = 0;
  for (const bytes of Object.values(parts)) {
    const xml = new TextDecoder().decode(bytes);
    CELL.lastIndex = 0;
    while (CELL.exec(xml) !== null) cells++;
  }
  return cells;
}

/** What the last check found, so that the all-failing case can show it reported every row (grouped or not). */
let lastFindings = 0;

async function runOnce(name: CaseName, files: string[], checker: Checker | undefined): Promise<void> {
  for (const file of files) {
    if (name === 'floor') {
      floor(file);
      continue;
    }
    const wb = await readWorkbookFile(file, { reader: name === 'exceljs' ? 'exceljs' : 'lean' });
    if (wb.problems.some((p) => p.fatal)) throw new Error(`${file}: ${wb.problems[0].message}`);
    if (checker)
      for (const sheet of wb.sheets)
        lastFindings = ((await checker.check(sheet)) as { findings: unknown[] }).findings.length;
  }
}

/** `time`: a warm-up, then RUNS timed runs; `memory`: one run for its peak RSS; `once`: one run, timed, with its peak RSS. */
type Mode = 'time' | 'memory' | 'once';

interface CaseResult {
  times?: number[];
  maxRssKiB?: number;
  findings?: number;
  /** CPU time of the one run (user + system), which a busy shared machine inflates less than the wall time. */
  cpuMs?: number;
}

async function child(name: CaseName, mode: Mode, files: string[]): Promise<CaseResult> {
  const checker = name === 'check' ? loadChecker() : undefined;
  if (mode !== 'time') {
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    await runOnce(name, files, checker);
    const used = process.cpuUsage(cpu);
    return {
      times: [performance.now() - start],
      maxRssKiB: process.resourceUsage().maxRSS,
      findings: lastFindings,
      cpuMs: (used.user + used.system) / 1000,
    };
  }
  await runOnce(name, files, checker); // warm-up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await runOnce(name, files, checker);
    times.push(performance.now() - start);
  }
  return { times };
}

function runChild(name: CaseName, mode: Mode, files: string[]): Promise<CaseResult> {
  return new Promise((resolvePromise, reject) => {
    const proc = fork(__filename, ['--case', name, mode, ...files], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: CaseResult | undefined;
    proc.on('message', (message) => (result = message as CaseResult));
    proc.on('error', reject);
    proc.on('exit', (code) =>
      result ? resolvePromise(result) : reject(new Error(`bench case ${name} exited with ${code}`)),
    );
  });
}

async function measure(name: CaseName, files: string[]): Promise<CaseResult> {
  const timed = await runChild(name, 'time', files);
  const memory = await runChild(name, 'memory', files);
  return { ...timed, maxRssKiB: memory.maxRssKiB, findings: memory.findings };
}

// ---------------------------------------------------------------- report

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function line(label: string, result: CaseResult, floorMs: number | undefined, target: string): string {
  const ms = median(result.times ?? []);
  const ratio = floorMs === undefined ? '' : `${(ms / floorMs).toFixed(1)}× floor`;
  const rss = `${((result.maxRssKiB ?? 0) / 1024).toFixed(0)} MiB peak RSS`; // maxRSS is in KiB on Linux and macOS
  return `  ${label.padEnd(30)} ${ms.toFixed(0).padStart(7)} ms  ${ratio.padStart(11)}  ${rss.padStart(18)}   ${target}`;
}

async function report(title: string, files: string[], targets: { lean: string; check: string }): Promise<void> {
  const floorResult = await measure('floor', files);
  const floorMs = median(floorResult.times ?? []);
  console.log(title);
  console.log(line('floor (unzip + regex over <c>)', floorResult, undefined, ''));
  console.log(line('lean reader → snapshots', await measure('lean', files), floorMs, targets.lean));
  console.log(line('exceljs reader → snapshots', await measure('exceljs', files), floorMs, ''));
  console.log(line('read + check (lean)', await measure('check', files), floorMs, targets.check));
}

/** The localiser's worst case: every row fails, so every row's cells are candidates for blame. */
async function reportAllFailing(failing: string): Promise<void> {
  console.log(`${BIG_ROWS.toLocaleString('en-US')}-row coverage table, every row failing one equality`);
  // One run in a fresh process (no warm-up): the case is about minutes against seconds, not milliseconds.
  const checked = await runChild('check', 'once', [failing]);
  console.log(line('read + check (lean), one run', checked, undefined, 'target: seconds, not minutes'));
  console.log(`  ${checked.findings ?? 0} findings reported; ${((checked.cpuMs ?? 0) / 1000).toFixed(1)} s of CPU`);
}

async function main(): Promise<void> {
  const keep = process.env.BENCH_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'statlint-bench-'));
  try {
    const { big, failing, counties } = await writeFixtures(dir);
    // BENCH_ONLY=failing measures the all-failing sheet alone (a before/after of the localiser without the rest).
    if (process.env.BENCH_ONLY === 'failing') return await reportAllFailing(failing);
    const bigXml = unzipSync(readFileSync(big), { filter: (f) => f.name === 'xl/worksheets/sheet1.xml' })[
      'xl/worksheets/sheet1.xml'
    ].length;
    console.log(
      `statlint bench — node ${process.version}, median of ${RUNS} runs after a warm-up, each case in its own process`,
    );
    console.log(
      `50,000-row sheet: ${(statSync(big).size / 2 ** 20).toFixed(1)} MiB file, ${(bigXml / 2 ** 20).toFixed(1)} MiB sheet XML`,
    );
    await report(`${BIG_ROWS.toLocaleString('en-US')}-row coverage table`, [big], {
      lean: 'target ≤ 2–3× floor',
      check: 'target ≤ 1 s, ≤ 4× floor, < 300 MiB',
    });
    if (process.env.BENCH_ONLY === 'sheet') return;
    await reportAllFailing(failing);
    await report(`${COUNTIES} county workbooks of ${COUNTY_ROWS} rows`, counties, { lean: '', check: 'target ≤ 3 s' });
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--case') {
  child(process.argv[3] as CaseName, process.argv[4] as Mode, process.argv.slice(5))
    .then((result) => process.send?.(result, () => process.disconnect?.()))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
} else {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
