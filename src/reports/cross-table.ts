import type { CrossCell, CrossTableReport } from '../core/cross-table';
import type { Lang } from '../core/report';

const words = {
  'zh-CN': {
    heading: '表间审核',
    cells: '单元格',
    explain: '表间对应',
    count: (n: number) => `表间 ${n} 处不一致`,
    severity: { error: '错误', warning: '警告', info: '提示' },
    explained: (reason: string) => `已核实：${reason} —`,
  },
  en: {
    heading: 'Between tables',
    cells: 'cells',
    explain: 'Tables paired',
    count: (n: number) => `${n} inconsistencies between tables`,
    severity: { error: 'error', warning: 'warning', info: 'note' },
    explained: (reason: string) => `explained: ${reason} —`,
  },
} as const;

/** A cell of another file, as a cross-table finding names it: `file [sheet] B4*`. */
export function crossCellText(c: CrossCell): string {
  return `${c.file.replace(/^.*[\\/]/, '')} [${c.sheet}] ${c.address}${c.suspect ? '*' : ''}`;
}

/** The text report's section for findings between tables, the explained ones last; nothing when there are none. */
export function crossTableLines(cross: CrossTableReport | undefined, lang: Lang): string[] {
  const all = [...(cross?.findings ?? []), ...(cross?.explained ?? [])];
  if (all.length === 0) return [];
  const w = words[lang];
  const out = [`${w.heading}:`];
  for (const f of all) {
    out.push(`  ${f.accepted ? w.explained(f.accepted.reason) : w.severity[f.severity]} ${f.message}  (${f.ruleId})`);
    out.push(`       ${w.cells}: ${f.cells.map(crossCellText).join('  ')}`);
  }
  out.push('');
  return out;
}

/**
 * The summary line's count of findings between tables, beside the counts within them: on a line of its own, after
 * "0 个错误", reviewers read the run as clean.
 */
export function crossTableCount(cross: CrossTableReport | undefined, lang: Lang): string[] {
  return cross && cross.findings.length > 0 ? [words[lang].count(cross.findings.length)] : [];
}

/** Why tables were not compared, when they were not. */
export function crossTableSkipped(cross: CrossTableReport | undefined): string[] {
  return cross?.skipped ? [`! ${cross.skipped}`] : [];
}

/** `statlint explain`: which workbook was paired with which row, and which were not and why. */
export function crossTableExplain(cross: CrossTableReport | undefined, lang: Lang): string[] {
  if (!cross || cross.notes.length === 0) return [];
  return [`${words[lang].explain}:`, ...cross.notes.map((n) => `  ${n}`), ''];
}
