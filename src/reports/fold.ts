import type { Finding, Lang } from '../core/report';

/**
 * A sheet where every row fails one relation gives as many findings as rows: the text report shows the first few
 * of each rule and folds the rest into one line (how many, which rows), so that 50,000 failures read as one group.
 * JSON and CSV list every finding.
 */
export const SHOWN_PER_RULE = 10;
export const SHOWN_CELL_FIXES = 50;

const words = {
  'zh-CN': {
    findings: (n: number, rule: string, rows: string) =>
      `… 同一规则（${rule}）另有 ${n} 条发现，在 ${rows}；--format json 或 csv 列出全部`,
    rows: (first: string, last: string) => (first === last ? first : `${first} 至 ${last}`),
    fixes: (n: number) => `… 另有 ${n} 个单元格需核对；--format json 或 csv 列出全部`,
  },
  en: {
    findings: (n: number, rule: string, rows: string) =>
      `… ${n} more findings of the same rule (${rule}), in ${rows}; --format json or csv lists them all`,
    rows: (first: string, last: string) => (first === last ? first : `${first} to ${last}`),
    fixes: (n: number) => `… ${n} more cells to check; --format json or csv lists them all`,
  },
} as const;

/** A sheet's findings in order, each rule's past SHOWN_PER_RULE folded into one line after that rule's last shown one. */
export function foldFindings(findings: Finding[], lang: Lang): (Finding | string)[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const out: (Finding | string)[] = [];
  const seen = new Map<string, number>();
  for (const f of findings) {
    const k = (seen.get(f.ruleId) ?? 0) + 1;
    seen.set(f.ruleId, k);
    if (k <= SHOWN_PER_RULE) out.push(f);
    const all = byRule.get(f.ruleId) as Finding[];
    if (k === SHOWN_PER_RULE && all.length > SHOWN_PER_RULE) {
      const rest = all.slice(SHOWN_PER_RULE);
      const at = (x: Finding) => x.cells[0]?.address ?? '';
      out.push(words[lang].findings(rest.length, f.ruleId, words[lang].rows(at(rest[0]), at(rest[rest.length - 1]))));
    }
  }
  return out;
}

/** The cell-fix lines of a file, the ones past SHOWN_CELL_FIXES folded into one. */
export function foldCellFixes(lines: string[], lang: Lang): string[] {
  if (lines.length <= SHOWN_CELL_FIXES) return lines;
  return [...lines.slice(0, SHOWN_CELL_FIXES), `    ${words[lang].fixes(lines.length - SHOWN_CELL_FIXES)}`];
}
