import type { FileResult } from '../node/check-files';

/** True when the file, or one of its worksheets, could not be read: its checks are incomplete. */
export function partlyUnread(result: FileResult): boolean {
  return result.problems.some((p) => p.fatal || p.unreadSheet !== undefined);
}

/** Findings per severity across files. */
export function countBySeverity(results: FileResult[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const s of r.sheets) for (const f of s.findings) counts[f.severity] += 1;
  return counts;
}
