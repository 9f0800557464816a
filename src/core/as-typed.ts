import type { SheetReport } from './report';
import { a1, parseA1 } from './snapshot';

/**
 * The report of a sheet read rearranged (turned: transpose.ts; blocks restacked: side-by-side.ts), every address
 * naming the cell as typed, also in messages: a range (`SUM(B5:B14)`) becomes the ranges its cells were typed in
 * (`SUM(B5:B10, D4:D7)`).
 */
export function reportAsTyped(report: SheetReport, back: (address: string) => string, note: string): SheetReport {
  const inText = (text: string) =>
    text.replace(/\b([A-Z]{1,3}[1-9]\d*)(?::([A-Z]{1,3}[1-9]\d*))?\b/g, (found, from: string, to?: string) =>
      to === undefined ? back(from) : (rangesAsTyped(from, to, back) ?? found),
    );
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      message: inText(f.message),
      cells: f.cells.map((c) => ({ ...c, address: back(c.address) })),
    })),
    cellFixes: report.cellFixes.map((fix) => ({
      ...fix,
      address: back(fix.address),
      disagreeing: fix.disagreeing.map(back),
      message: inText(fix.message),
    })),
    explanation: { ...report.explanation, notes: [note, ...report.explanation.notes] },
  };
}

/** The cells of a range as read, mapped one by one, as runs down a column or along a row: `B5:B10, D4:D7`. */
function rangesAsTyped(from: string, to: string, back: (address: string) => string): string | undefined {
  const [start, end] = [parseA1(from), parseA1(to)];
  if (!start || !end || (start.row !== end.row && start.col !== end.col)) return undefined;
  const runs: { first: string; last: string; at: { row: number; col: number } }[] = [];
  for (let row = start.row; row <= end.row; row++)
    for (let col = start.col; col <= end.col; col++) {
      const address = back(a1(row, col));
      const at = parseA1(address);
      const run = runs[runs.length - 1];
      const next =
        run &&
        at &&
        ((run.at.col === at.col && run.at.row + 1 === at.row) || (run.at.row === at.row && run.at.col + 1 === at.col));
      if (next && at) Object.assign(run, { last: address, at });
      else if (at) runs.push({ first: address, last: address, at });
    }
  return runs.map((r) => (r.first === r.last ? r.first : `${r.first}:${r.last}`)).join(', ');
}
