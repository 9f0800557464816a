import type { Operand } from '../rule-schema';
import { columnLetters } from '../snapshot';
import type { SheetInference } from './infer';
import type { InferredRelation } from './relations';
import { INFERENCE_PHRASES as PHRASES } from './phrases';

/**
 * `statlint rules suggest FILE`: the relations a sheet's figures confirm, as a rule file a rule author can adopt (valid
 * against rules/schema.json). Columns become measures named by their headers; relations between columns become
 * equals and ratio rules. Total rows need no rule of their own (the bundled total-row-sum checks every total row);
 * means have no rule kind yet and are left out, with a note in the description.
 */

interface SuggestedMeasure {
  id: string;
  name: { 'zh-CN': string; en: string };
  kind: 'count' | 'rate' | 'amount';
  aliases: string[];
}

interface SuggestedRule {
  id: string;
  title: { 'zh-CN': string; en: string };
  message: { 'zh-CN': string; en: string };
  severity: 'error';
  relation: Record<string, unknown>;
}

export interface SuggestedRuleFile {
  $schema: string;
  description: string;
  measures: SuggestedMeasure[];
  rules: SuggestedRule[];
}

// The bundled rules' wording for equalities and ratios, so adopted rules read like the others.
const EQUALS_MESSAGE = { 'zh-CN': PHRASES['zh-CN'].suggestEqualsMessage, en: PHRASES.en.suggestEqualsMessage };
const RATIO_MESSAGE = { 'zh-CN': PHRASES['zh-CN'].suggestRatioMessage, en: PHRASES.en.suggestRatioMessage };

export function suggestRuleFile(
  sheetName: string,
  inference: SheetInference,
  formula: (r: InferredRelation) => string,
): SuggestedRuleFile {
  const measures = new Map<number, SuggestedMeasure>();
  const { grid } = inference;
  const wholeNumbers = (col: number) => {
    for (let row = 0; row < grid.rows; row++) {
      const v = grid.values[col * grid.rows + row];
      if (!Number.isNaN(v) && !Number.isInteger(v)) return false;
    }
    return true;
  };
  const measure = (col: number, rate: boolean): string => {
    let m = measures.get(col);
    if (!m) {
      const header = inference.columnLabels[col];
      m = {
        id: `column${columnLetters(col)}`,
        name: { 'zh-CN': header, en: header },
        kind: rate ? 'rate' : wholeNumbers(col) ? 'count' : 'amount',
        aliases: [header],
      };
      measures.set(col, m);
    }
    return m.id;
  };
  const rules: SuggestedRule[] = [];
  const left: string[] = [];
  for (const r of inference.relations) {
    const lines = [r.target, ...r.members];
    if (r.axis !== 'column' || lines.some((l) => !inference.columnLabels[l])) continue;
    if (r.kind === 'average') {
      left.push(formula(r));
      continue;
    }
    const rate = r.kind === 'ratio' || r.kind === 'change';
    const target = measure(r.target, rate);
    const ids = r.members.map((m) => measure(m, false));
    const title = formula(r);
    let relation: Record<string, unknown>;
    if (r.kind === 'sum') relation = { kind: 'equals', left: target, right: sumOperand(r, ids) };
    else if (r.kind === 'difference')
      relation = { kind: 'equals', left: target, right: { difference: [ids[0], ids[1]] } satisfies Operand };
    else if (r.kind === 'ratio')
      relation = { kind: 'ratio', result: target, numerator: ids[0], denominator: ids[1], scale: r.scale };
    else {
      // A decline (a change at a scale below zero) is the earlier less the later.
      const [from, to] = r.scale < 0 ? [ids[0], ids[1]] : [ids[1], ids[0]];
      relation = {
        kind: 'ratio',
        result: target,
        numerator: { difference: [from, to] } satisfies Operand,
        denominator: ids[0],
        scale: Math.abs(r.scale),
      };
    }
    rules.push({
      id: `${r.kind}-of-column-${columnLetters(r.target).toLowerCase()}`,
      title: { 'zh-CN': title, en: title },
      message: r.kind === 'sum' || r.kind === 'difference' ? EQUALS_MESSAGE : RATIO_MESSAGE,
      severity: 'error',
      relation,
    });
  }
  const notes = left.length > 0 ? ` Means found but not expressible as rules yet: ${left.join('; ')}.` : '';
  return {
    $schema: './schema.json',
    description: `Relations that hold on every row of sheet "${sheetName}", inferred by statlint rules suggest; check each before adopting it.${notes}`,
    measures: [...measures.values()],
    rules,
  };
}

/** A sum's right side: its members, less those it subtracts (a balance a note states) where there are any. */
function sumOperand(r: InferredRelation, ids: string[]): Operand {
  const minus = r.minus ?? [];
  if (minus.length === 0) return { sum: ids };
  const side = (part: string[]): Operand => (part.length === 1 ? part[0] : { sum: part });
  const [added, subtracted] = [false, true].map((sign) => ids.filter((_, i) => minus.includes(r.members[i]) === sign));
  return { difference: [side(added), side(subtracted)] };
}
