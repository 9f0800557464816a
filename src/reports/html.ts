import type { CrossFinding, CrossTableReport } from '../core/cross-table';
import { asSheetFinding } from '../core/cross-table/as-sheet';
import { compactText } from '../core/header';
import { namesRegion, type Lexicon } from '../core/lexicon';
import type { Finding, Lang, Severity, SheetReport } from '../core/report';
import { parseA1, type ReadProblem, type SheetSnapshot } from '../core/snapshot';
import { esc, sheetTable } from './html-sheet';
import { wasChecked } from './summary';
import { REPORT_CSS } from './html-style';

/** One checked workbook, as the command line or the task pane has it. */
export interface HtmlFile {
  file: string;
  sheets: SheetReport[];
  problems: ReadProblem[];
  /** The sheets as read; a sheet without one is listed with its findings but not drawn. */
  snapshots?: SheetSnapshot[];
}

export interface HtmlReportInput {
  files: HtmlFile[];
  crossTable?: CrossTableReport;
  /** Rule files that did not load, one line each, already worded: the report is then no all-clear. */
  ruleFailures?: string[];
  /** The rule set's vocabulary: which row labels name regions, for the summary by region. */
  lexicon: Lexicon;
  /** Titles of the rules between tables, by id, in the report's language. */
  crossRuleTitles?: Record<string, string>;
}

const words = {
  'zh-CN': {
    title: '统计表核对报告',
    lede: 'statlint 生成；只读核对，原文件未作任何修改。悬停单元格可见相关发现。',
    files: '文件',
    sheets: '工作表',
    cellsToFix: '需核对单元格',
    open: '待核对发现',
    between: '表间不一致',
    accepted: '已核实',
    byFile: '按文件',
    byRule: '按规则',
    byRegion: '按地区',
    crossTable: '表间审核',
    rule: '规则',
    region: '地区',
    count: '发现',
    columns: ['文件', '工作表', '错误', '警告', '提示', '表间', '已核实'],
    clean: (n: number) => `另有 ${n} 个文件未发现不一致`,
    fixes: '需核对的单元格',
    likely: '可能应为',
    skipped: (n: number) => `（省略 ${n} 行）`,
    cells: '单元格',
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    explained: (r: string) => `已核实：${r}`,
    sheetsClean: '未发现不一致的工作表',
    notChecked: '未核对（没有适用的规则）',
    none: '未发现不一致',
    noRulesAllClear: '部分规则未能加载，本报告不能视为全部通过',
  },
  en: {
    title: 'Statistics check report',
    lede: 'Made by statlint; files were only read, never changed. Hover a cell to see its findings.',
    files: 'files',
    sheets: 'sheets',
    cellsToFix: 'cells to check',
    open: 'open findings',
    between: 'between tables',
    accepted: 'explained',
    byFile: 'By file',
    byRule: 'By rule',
    byRegion: 'By region',
    crossTable: 'Between tables',
    rule: 'rule',
    region: 'region',
    count: 'findings',
    columns: ['file', 'sheets', 'errors', 'warnings', 'notes', 'between', 'explained'],
    clean: (n: number) => `${n} more file${n === 1 ? '' : 's'} with no inconsistencies found`,
    fixes: 'Cells to check',
    likely: 'probably',
    skipped: (n: number) => `(${n} rows not shown)`,
    cells: 'cells',
    severity: { error: 'error', warning: 'warning', info: 'note' } as Record<Severity, string>,
    explained: (r: string) => `explained: ${r}`,
    sheetsClean: 'Sheets with no inconsistencies',
    notChecked: 'not checked (no rule applies)',
    none: 'no inconsistencies found',
    noRulesAllClear: 'some rules did not load: this report is no all-clear',
  },
} as const;

type Words = (typeof words)[Lang];

const baseName = (file: string) => file.replace(/^.*[\\/]/, '');

function counts(file: HtmlFile, cross: CrossFinding[] = []): Record<Severity | 'accepted' | 'between', number> {
  const c = { error: 0, warning: 0, info: 0, accepted: 0, between: crossOf(file, cross).length };
  for (const s of file.sheets) for (const f of s.findings) c[f.accepted ? 'accepted' : f.severity] += 1;
  return c;
}

/** The findings between tables that read a cell of this file. */
function crossOf(file: HtmlFile, cross: CrossFinding[]): CrossFinding[] {
  return cross.filter((f) => f.cells.some((c) => c.file === file.file));
}

/** The label of the row a finding is about (its first cell's row, in the sheet's label column). */
function labelOf(f: Finding, sheet: SheetReport, snapshot: SheetSnapshot | undefined): string {
  const label = sheet.explanation.labelColumn ? parseA1(`${sheet.explanation.labelColumn}1`)?.col : undefined;
  const row = parseA1(f.cells[0]?.address ?? '')?.row;
  return (label !== undefined && row !== undefined ? snapshot?.rows[row]?.[label]?.text.trim() : undefined) ?? '';
}

function tally(entries: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const e of entries) m.set(e, (m.get(e) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function listTable(head: string[], rows: string[][], numeric: number[] = []): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const tr = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ` class="n${i === 2 && c !== '0' ? ' err' : ''}"` : ''}>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="list"><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

function summaries(input: HtmlReportInput, w: Words): string {
  const withCounts = input.files.map((f) => ({ f, c: counts(f, input.crossTable?.findings) }));
  const listed = withCounts
    .filter(({ f, c }) => c.error + c.warning + c.info + c.accepted + c.between > 0 || f.problems.length > 0)
    .sort(
      (a, b) => b.c.error + b.c.between - (a.c.error + a.c.between) || b.c.warning - a.c.warning || b.c.info - a.c.info,
    );
  const clean = withCounts.filter((x) => !listed.includes(x));
  const fileRows = listed.map(({ f, c }) => [
    baseName(f.file),
    String(f.sheets.length),
    String(c.error),
    String(c.warning),
    String(c.info),
    String(c.between),
    String(c.accepted),
  ]);
  const folded =
    clean.length > 0
      ? `<details class="clean"><summary>${esc(w.clean(clean.length))}</summary><ul>${clean.map(({ f }) => `<li>${esc(baseName(f.file))}</li>`).join('')}</ul></details>`
      : '';
  const titles = new Map([
    ...input.files.flatMap((f) =>
      f.sheets.flatMap((s) => s.explanation.rulesApplied.map((r) => [r.ruleId, r.title] as const)),
    ),
    ...Object.entries(input.crossRuleTitles ?? {}),
  ]);
  const open = input.files.flatMap((f) =>
    f.sheets.flatMap((s) =>
      s.findings.filter((x) => !x.accepted).map((x) => ({ x, s, snap: f.snapshots?.find((n) => n.name === s.sheet) })),
    ),
  );
  const cross = input.crossTable?.findings ?? [];
  const byRule = tally([...open.map(({ x }) => x.ruleId), ...cross.map((x) => x.ruleId)]).map(([id, n]) => [
    titles.get(id) ? `${titles.get(id)} (${id})` : id,
    String(n),
  ]);
  // Only labels that name a place: a total row, an enterprise type or a sheet name is no region.
  const labels = [...open.map(({ x, s, snap }) => labelOf(x, s, snap)), ...cross.map((x) => x.region)];
  const byRegion = tally(labels.filter((l) => namesRegion(compactText(l), input.lexicon))).map(([r, n]) => [
    r,
    String(n),
  ]);
  return `<div class="cols">
<div><h2>${esc(w.byFile)}</h2>${listed.length > 0 ? listTable([...w.columns], fileRows, [1, 2, 3, 4, 5, 6]) : ''}${folded}</div>
<div><h2>${esc(w.byRule)}</h2>${byRule.length > 0 ? listTable([w.rule, w.count], byRule, [1]) : `<p>${esc(w.none)}</p>`}</div>
<div><h2>${esc(w.byRegion)}</h2>${byRegion.length > 0 ? listTable([w.region, w.count], byRegion, [1]) : `<p>${esc(w.none)}</p>`}</div>
</div>`;
}

/** A finding's tag: its severity, or that a reviewer explained it and why. */
function tag(f: Finding | CrossFinding, w: Words): string {
  return f.accepted
    ? `<span class="tag accepted">${esc(w.explained(f.accepted.reason))}</span>`
    : `<span class="tag ${f.severity}">${esc(w.severity[f.severity])}</span>`;
}

function findingItem(f: Finding, w: Words): string {
  const cells = f.cells.map((c) => `${c.address}${c.suspect ? '*' : ''}`).join(' ');
  return `<li${f.accepted ? ' class="accepted"' : ''}>${tag(f, w)}${esc(f.message)} <code>${esc(f.ruleId)}</code><div class="cells">${esc(w.cells)}: ${esc(cells)}</div></li>`;
}

function crossItem(f: CrossFinding, w: Words): string {
  const cells = f.cells.map((c) => `${baseName(c.file)} [${c.sheet}] ${c.address}${c.suspect ? '*' : ''}`).join(' ↔ ');
  return `<li${f.accepted ? ' class="accepted"' : ''}>${tag(f, w)}${esc(f.message)} <code>${esc(f.ruleId)}</code><div class="cells">${esc(w.cells)}: ${esc(cells)}</div></li>`;
}

function fileSection(file: HtmlFile, cross: CrossFinding[], w: Words): string {
  const parts = [`<section class="file"><h2>${esc(baseName(file.file))}</h2>`];
  for (const p of file.problems)
    parts.push(`<p class="alert">${esc(p.sheet ? `[${p.sheet}] ${p.message}` : p.message)}</p>`);
  const fixes = file.sheets.flatMap((s) => s.cellFixes.map((fix) => `<li>[${esc(s.sheet)}] ${esc(fix.message)}</li>`));
  if (fixes.length > 0) parts.push(`<h3>${esc(w.fixes)}</h3><ul class="fixes">${fixes.join('')}</ul>`);
  const quiet: string[] = [];
  for (const sheet of file.sheets) {
    const between = crossOf(file, cross)
      .filter((f) => f.cells.some((c) => c.sheet === sheet.sheet))
      .map((f) => asSheetFinding(f, file.file, sheet.sheet));
    const findings = [...sheet.findings, ...between];
    if (findings.length === 0) {
      quiet.push(`<li>[${esc(sheet.sheet)}] ${esc(wasChecked(sheet) ? w.none : w.notChecked)}</li>`);
      continue;
    }
    const snapshot = file.snapshots?.find((s) => s.name === sheet.sheet);
    // A cell blamed between tables shows the figure the other table implies.
    const implied = new Map(
      crossOf(file, cross).flatMap((f) =>
        f.cells
          .filter((c) => c.file === file.file && c.sheet === sheet.sheet && c.likely !== undefined)
          .map((c) => [c.address, c.likely as string] as const),
      ),
    );
    const table = snapshot
      ? sheetTable(snapshot, findings, sheet.cellFixes, { likely: w.likely, skipped: w.skipped }, implied)
      : '<div></div>';
    parts.push(
      `<h3>[${esc(sheet.sheet)}]</h3><div class="sheet">${table}<ol class="findings">${findings.map((f) => findingItem(f, w)).join('')}</ol></div>`,
    );
  }
  if (quiet.length > 0)
    parts.push(
      `<details class="clean"><summary>${esc(w.sheetsClean)} (${quiet.length})</summary><ul>${quiet.join('')}</ul></details>`,
    );
  parts.push('</section>');
  return parts.join('\n');
}

/** Files with something to show, in the summary's order: most errors (within and between tables) first. */
function sections(files: HtmlFile[], cross: CrossFinding[]): HtmlFile[] {
  const weight = (f: HtmlFile) => {
    const c = counts(f, cross);
    return c.error + c.between;
  };
  return files
    .filter((f) => f.problems.length > 0 || crossOf(f, cross).length > 0 || f.sheets.some((s) => s.findings.length > 0))
    .sort((a, b) => weight(b) - weight(a));
}

/**
 * One self-contained HTML page (inline CSS, no script, a Content-Security-Policy that forbids any request):
 * totals, summaries by file, rule and region, findings between tables, then each workbook with findings, its sheets
 * drawn with the suspect cells marked and their findings beside. Host-free, so the task pane can export it too.
 */
export function formatHtml(input: HtmlReportInput, lang: Lang): string {
  const w = words[lang];
  const all = input.files.map((f) => counts(f));
  const sum = (k: Severity | 'accepted') => all.reduce((n, c) => n + c[k], 0);
  const cross = input.crossTable?.findings ?? [];
  const explainedCross = input.crossTable?.explained ?? [];
  const cellsToFix = input.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.cellFixes.length, 0), 0);
  const box = (label: string, n: number, bad = false) =>
    `<div${bad && n > 0 ? ' class="bad"' : ''}><b>${n}</b>${esc(label)}</div>`;
  const body = [
    `<h1>${esc(w.title)}</h1><p class="lede">${esc(w.lede)}</p>`,
    ...(input.ruleFailures ?? []).map((f) => `<p class="alert">${esc(f)}</p>`),
    ...((input.ruleFailures?.length ?? 0) > 0 ? [`<p class="alert">${esc(w.noRulesAllClear)}</p>`] : []),
    ...(input.crossTable?.skipped ? [`<p class="alert">${esc(input.crossTable.skipped)}</p>`] : []),
    `<div class="totals">${box(w.files, input.files.length)}${box(
      w.sheets,
      input.files.reduce((n, f) => n + f.sheets.length, 0),
    )}${box(w.cellsToFix, cellsToFix, true)}${box(w.open, sum('error') + sum('warning') + sum('info'), true)}${box(w.between, cross.length, true)}${box(w.accepted, sum('accepted') + explainedCross.length)}</div>`,
    summaries(input, w),
    cross.length + explainedCross.length > 0
      ? `<h2>${esc(w.crossTable)}</h2><ol class="findings">${[...cross, ...explainedCross].map((f) => crossItem(f, w)).join('')}</ol>`
      : '',
    ...sections(input.files, cross).map((f) => fileSection(f, cross, w)),
  ];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
