import type { Lexicon } from '../lexicon';
import type { ConditionProperties, TopLevelCondition } from 'json-rules-engine';
import type { MeasureCandidates } from '../binding';
import type { HeaderColumn } from '../layout-types';
import type { Lang } from '../report';
import type { Measure, Rule } from '../rule-schema';
import type { SheetModel } from '../sheet-model';
import type { HeldChecks } from './held-checks';
import type { SheetStructures } from './structures';

/** A cell by 0-based row and column. */
export interface CellRef {
  row: number;
  col: number;
}

/** `row:col`, a cell's key in implied-value maps. */
export type CellKey = string;
export const cellKey = (ref: CellRef): CellKey => `${ref.row}:${ref.col}`;

/** One row (or one total) on which a relation does not hold. */
export interface Violation {
  row: number;
  cells: CellRef[];
  /** Placeholders for the rule's message template (the names the relation kind declares). */
  vars: Record<string, string>;
  expected: string;
  actual: string;
  tolerance?: number;
  /**
   * For equalities and ratios: the value each cell would need, the others unchanged, for the relation to hold. The
   * localiser uses it to tell whether one cell can explain several failures at once (the same value for each).
   */
  implied?: Map<CellKey, number>;
  /** True for sums and equalities, where single-cell repairs add up: several wrong parts can explain one total. */
  linear?: boolean;
}

/** Measure id → the column it was bound to. */
export type Binding = Map<string, HeaderColumn>;

/** What evaluating one rule on one sheet gives: evaluated once, it serves the findings and the localiser alike. */
export interface Outcome {
  applies: boolean;
  /** Why it does not apply (in the report's language), when the relation itself found nothing to check. */
  reason?: string;
  binding: Binding;
  /** One binding per column group when the rule was checked in each group (binding is then the first). */
  groupBindings?: Binding[];
  /** Where a header matched several columns, which one was used and why. */
  bindingNotes: string[];
  violations: Violation[];
  /** The checks that held, so the localiser can weigh cells without evaluating the rule again. */
  held: HeldChecks;
}

/** A ratio rule that applies, with its chosen binding: what the total-row rate check recomputes on total rows. */
export interface AppliedRatio {
  rule: Rule;
  relation: Extract<Rule['relation'], { kind: 'ratio' }>;
  binding: Binding;
}

export interface EvaluationContext {
  model: SheetModel;
  candidates: Map<string, MeasureCandidates>;
  measures: Map<string, Measure>;
  lang: Lang;
  /** The rule set's vocabulary, compiled. */
  lexicon: Lexicon;
  /** Facts about the sheet's structure computed once and shared by every relation (see structures.ts). */
  structures: SheetStructures;
}

/** What a relation's module is given: its relation, the rule, the sheet. */
export interface RelationInput<R> {
  relation: R;
  rule: Rule;
  ctx: EvaluationContext;
  /** The ratio rules that apply on this sheet (only modules that declare `needsAppliedRatios` read it). */
  appliedRatios: AppliedRatio[];
}

/**
 * One relation kind. The engine's conditions come from `measures` (each must be bound, unless `anyMeasure`) and
 * `structures` (each must be in the sheet); `evaluate` then checks every row, returning the violations with the
 * value each cell would need (`implied`, from operands.ts) for the localiser and the cell fixes.
 */
export interface RelationModule<R> {
  /** Measure ids the relation reads. */
  measures(relation: R): string[];
  /** Measure ids it names without needing them bound (a share's bases), checked when the rule file loads. */
  references?(relation: R): string[];
  /** True when one bound measure is enough (a range over several measures); otherwise every one must be bound. */
  anyMeasure?: boolean;
  /** Structures of the sheet the relation needs (see SheetStructures.present). */
  structures?: readonly StructureName[];
  /** True when the relation recomputes the ratio rules that apply (the total-row rate). */
  needsAppliedRatios?: boolean;
  /** The placeholders its violations fill; a rule message using another one is an error when the file loads. */
  placeholders: readonly string[];
  evaluate(input: RelationInput<R>): Outcome;
  /** The bounds the relation sets on its measures' values, for the cell fixes (no value offered outside them). */
  bounds?(relation: R): { measures: string[]; min: number; max: number };
}

/** Structures the layout found, as the engine's `structures` fact lists them. */
export type StructureName = 'table' | 'totalRows' | 'breakdowns' | 'countColumns';

/** A json-rules-engine condition, as the engine and rule files write them. */
export type EngineCondition = ConditionProperties | TopLevelCondition;

/** Placeholders every relation fills (`note` is empty unless the relation has something to add). */
export const COMMON_PLACEHOLDERS = ['row', 'expected', 'actual', 'note'] as const;
