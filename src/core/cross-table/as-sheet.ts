import { cellFixes, type CellEvidence, type CellFix, type SuspectCell } from '../cell-fixes';
import type { Finding, Lang } from '../report';
import { sheetPlace } from './prepared';
import type { CrossCell, CrossFinding } from './types';

/**
 * A finding between tables as a finding of one sheet: its cells there, its message naming the others. `marked`
 * overrides which of them are starred (an annotated copy marks every cell of a finding that blames neither side).
 */
export function asSheetFinding(f: CrossFinding, file: string, sheet: string, marked?: Set<string>): Finding {
  const cells = f.cells
    .filter((c) => c.file === file && c.sheet === sheet)
    .map(({ address, value, suspect }) => ({ address, value, suspect: marked ? marked.has(address) : suspect }));
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    sheet,
    cells,
    message: f.message,
    expected: f.expected,
    actual: f.actual,
  };
}

const here = (c: CrossCell, file: string, sheet: string) => c.file === file && c.sheet === sheet;

/** Decimals a figure is written with (`86.7` → 1). */
const decimalsOf = (text: string) => (/\.(\d+)$/.exec(text)?.[1] ?? '').length;

/**
 * The cells of one sheet that findings between tables ask a reviewer to check, as the sheet's own checks would list
 * them: the blamed cell, leading with the other table's figure (and a digit slip, when it is one); when a finding
 * blames neither table, every cell it reads there, saying the figure cannot be inferred.
 */
export function crossSheetFindings(
  file: string,
  sheet: string,
  cross: CrossFinding[],
  lang: Lang,
): { findings: Finding[]; cellFixes: CellFix[] } {
  const findings: Finding[] = [];
  const suspects = new Map<string, SuspectCell>();
  for (const f of cross.filter((x) => x.cells.some((c) => here(c, file, sheet)))) {
    const blames = f.cells.some((c) => c.suspect);
    const marked = f.cells.filter((c) => here(c, file, sheet) && (c.suspect || !blames));
    findings.push(asSheetFinding(f, file, sheet, new Set(marked.map((c) => c.address))));
    for (const c of marked) {
      const typed = typeof c.value === 'number' ? c.value : Number(c.value);
      const cell = suspects.get(c.address) ?? {
        address: c.address,
        ...(Number.isFinite(typed) ? { typed } : {}),
        decimals: decimalsOf(c.likely ?? String(c.value)),
        percent: false,
        kind: 'unknown',
        evidence: [],
      };
      const evidence: CellEvidence = {
        ruleId: f.ruleId,
        title: f.ruleId,
        ...(c.likely !== undefined ? { implied: Number(c.likely) } : {}),
        exact: true,
        others: f.cells.filter((o) => o !== c).map((o) => `${sheetPlace(o.file, o.sheet)} ${o.address}`),
      };
      cell.evidence.push(evidence);
      suspects.set(c.address, cell);
    }
  }
  return { findings, cellFixes: cellFixes([...suspects.values()], lang) };
}

/**
 * A sheet's own findings and cells to check with those of the findings between tables that read its cells (the
 * other table's figure leads where both name a cell): an annotated copy's sheet, a sheet in the task pane.
 */
export function withFindingsBetween<T extends { sheet: string; findings: Finding[]; cellFixes: CellFix[] }>(
  own: T,
  file: string,
  cross: CrossFinding[],
  lang: Lang,
): T {
  const between = crossSheetFindings(file, own.sheet, cross, lang);
  if (between.findings.length === 0) return own;
  const addresses = new Set(own.cellFixes.map((f) => f.address));
  return {
    ...own,
    findings: [...own.findings, ...between.findings],
    cellFixes: [...own.cellFixes, ...between.cellFixes.filter((f) => !addresses.has(f.address))],
  };
}
