import type { FileResult } from '../node/check-files';

/** Findings per severity across files. */
export function countBySeverity(results: FileResult[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const s of r.sheets) for (const f of s.findings) counts[f.severity] += 1;
  return counts;
}

/** Suspect cells across files: the cells a user has to look at. */
export function countCellFixes(results: FileResult[]): number {
  return results.reduce((n, r) => n + r.sheets.reduce((m, s) => m + s.cellFixes.length, 0), 0);
}

export function countFindings(results: FileResult[]): number {
  return results.reduce((n, r) => n + r.sheets.reduce((m, s) => m + s.findings.length, 0), 0);
}
