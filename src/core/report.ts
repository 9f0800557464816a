import type { CellFix } from './cell-fixes';
import type { ReadProblem, SheetSnapshot } from './snapshot';

export type Lang = 'zh-CN' | 'en';
export type Severity = 'error' | 'warning' | 'info';

/** A cell a finding reads; suspects are the cells the localiser blames (listed first). */
export interface FindingCell {
  address: string;
  value: string | number | boolean | null;
  suspect: boolean;
}

/** One relation that a sheet's figures break. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  cells: FindingCell[];
  /** In the chosen language: what was expected and what was found. */
  message: string;
  expected?: string;
  actual?: string;
  tolerance?: number;
  /** Set when a reviewer explained the finding (核实) and its cells still hold the values they had then. */
  accepted?: { reason: string; at: string };
}

/** How a sheet was read and which rules applied: what `statlint explain` and the task pane's explain view show. */
export interface SheetExplanation {
  sheet: string;
  notes: string[];
  headerRows: number[];
  labelColumn?: string;
  /** `layer`: the rule file the matching header spelling came from. */
  columns: { letter: string; header: string; unit?: string; measure?: string; binding?: string; layer?: string }[];
  totalRows: { row: number; label: string; members: number }[];
  parts: { part: string; whole: string }[];
  /** `layer`: the rule file that defined the rule. */
  rulesApplied: { ruleId: string; title: string; layer?: string }[];
  rulesNotApplied: { ruleId: string; title: string; reason: string; layer?: string }[];
  /** Relations the sheet's own figures confirm (src/core/inference), with the rows or columns they hold on. */
  inferred?: InferredExplanation[];
}

export interface InferredExplanation {
  ruleId: string;
  formula: string;
  /** Rows (for a column relation) or columns (for a total row) where it holds, and where it fails. */
  support: number;
  breaks: number;
  /** What it is checked across: 'row' for a relation between columns, 'column' for a total row. */
  across: 'row' | 'column';
}

export interface SheetReport {
  sheet: string;
  findings: Finding[];
  /** One entry per suspect cell: the likely correct value, or why none can be inferred. */
  cellFixes: CellFix[];
  explanation: SheetExplanation;
  problems: ReadProblem[];
}

/** What checking one file gives: every sheet's report, and what could not be read. */
export interface FileResult {
  file: string;
  sheets: SheetReport[];
  problems: ReadProblem[];
  /** The sheets as read, for reports that show them (HTML). */
  snapshots?: SheetSnapshot[];
}
