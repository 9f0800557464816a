import type { Severity, SheetReport } from '../report';
import type { SheetSnapshot } from '../snapshot';

/** One workbook as the cross-table checks see it: its sheets and what the per-sheet checks found in them. */
export interface WorkbookInput {
  file: string;
  sheets: SheetSnapshot[];
  reports: SheetReport[];
}

/** A cell a cross-table finding reads, in whichever workbook it lies. */
export interface CrossCell {
  file: string;
  sheet: string;
  address: string;
  value: string | number | boolean | null;
  /** True for the cell that also disagrees with its own table's arithmetic (or a summary cell its ledger contradicts). */
  suspect: boolean;
  /** For a suspect: the figure the other table implies for it. */
  likely?: string;
}

/** A relation between two tables that their figures break. */
export interface CrossFinding {
  ruleId: string;
  severity: Severity;
  region: string;
  measure: string;
  cells: CrossCell[];
  message: string;
  expected: string;
  actual: string;
  /** Set when a reviewer explained it (核实) and its cells still hold the values they had then. */
  accepted?: { reason: string; at: string };
}

/** What the cross-table checks found, and how they paired tables (for `statlint explain`). */
export interface CrossTableReport {
  /** The open findings. */
  findings: CrossFinding[];
  /** Findings a reviewer explained, their cells unchanged since: shown, never counted as open. */
  explained?: CrossFinding[];
  /** One plain sentence per pairing made or refused, in the chosen language. */
  notes: string[];
  /** Why tables were not compared at all (the input was too large to keep); reports say so rather than imply an all-clear. */
  skipped?: string;
}
