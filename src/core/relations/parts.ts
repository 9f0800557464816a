import type { NumberFigure } from '../figure';
import type { Lexicon } from '../lexicon';
import { noteTexts } from '../layout-cells';
import { phrase } from '../messages';
import type { Relation } from '../rule-schema';
import { floatSlack, roundForDisplay, roundingSlack } from '../tolerance';
import { HeldChecks } from './held-checks';
import { decimalsOf, figureText, sameNumber } from './operands';
import { notApplicable } from './row-relation';
import { completenessTest } from './structures';
import { COMMON_PLACEHOLDERS, type CellRef, type RelationModule, type Violation } from './types';

type Parts = Extract<Relation, { kind: 'parts' }>;

/**
 * Whether the parts' names cut across each other: attributes of two kinds (sex, age, education: 女党员 | 35岁及以下), or
 * one beside a part naming none (其中：女性 | 研究人员: a woman is a researcher or not).
 */
function crossCutting(names: string[], lexicon: Lexicon): boolean {
  const kinds = names.map((name) => lexicon.attributeKindOf(name));
  const named = kinds.filter((kind) => kind !== undefined);
  return new Set(named).size >= 2 || (named.length > 0 && named.length < kinds.length);
}

/**
 * 其中 parts: each within its whole, together within it, or (a complete breakdown) summing to it. The sum-within
 * check skips the breakdowns the rule set checks as complete (SheetStructures.checkedAsComplete), so one sum is
 * never reported twice, and the columns whose sum passes their whole on two rows or more, a fifth of the rows at least,
 * or the rows whose sum passes it so in the columns: such parts overlap (其中：女党员 | 35岁及以下 | 大专及以上, attributes
 * of one member that pass their whole only where enough members have several; 其中：欧盟 | 德国), as the figures show.
 * Parts that name attributes of two kinds (the vocabulary's attributeKinds), or one and a part naming none, overlap by
 * their words: no sum is checked.
 */
export const parts: RelationModule<Parts> = {
  measures: () => [],
  structures: ['breakdowns'],
  placeholders: [...COMMON_PLACEHOLDERS, 'result', 'left', 'right', 'bound', 'formula'],
  evaluate({ relation, ctx }) {
    const { model, structures } = ctx;
    const only = model.onlyRows;
    const breakdowns = structures.breakdowns().filter((b) => !only || only.has(b.whole.row));
    if (breakdowns.length === 0) return notApplicable(phrase(ctx.lang, 'noPartGroups'));
    // A note saying the parts overlap (机电产品与高新技术产品有交叉) has answered what the sum-within check would ask.
    if (
      relation.check === 'sumWithinWhole' &&
      noteTexts(model.sheet, model.layout).some((t) => ctx.lexicon.overlappingPartsNote.test(t))
    )
      return notApplicable(phrase(ctx.lang, 'partsOverlapByNote'));
    const isComplete =
      relation.check === 'sumEqualsWhole' ? completenessTest([relation], ctx.lexicon) : structures.checkedAsComplete;
    const held = new HeldChecks();
    const violations: Violation[] = [];
    // Per group of part columns: the rows its sum was checked on, and the violations it gave.
    const sums = new Map<string, { checked: number; violations: Violation[] }>();
    let anyComplete = false;
    for (const check of breakdowns) {
      const whole = model.number(check.whole.row, check.whole.col);
      if (!whole) continue;
      const figures = check.parts.map((p) => ({ ref: p, f: model.number(p.row, p.col) }));
      // A part is at most its whole only where nothing is negative: a loss of −2.39 is made of 2.36 profit and more loss.
      // Nor where the column goes below zero elsewhere: the parts not listed may be losses (利润总额 of a sector).
      const signed =
        whole.value < 0 ||
        figures.some((p) => p.f !== undefined && p.f.value < 0) ||
        [check.whole, ...check.parts].some((ref) => model.goesNegative(ref.col));
      if (signed && relation.check !== 'sumEqualsWhole') continue;
      const decimals = Math.max(decimalsOf(whole), ...figures.map((p) => (p.f ? decimalsOf(p.f) : 0)));
      const wholeColumn = model.headerColumn(check.whole.col);
      const rounded = wholeColumn !== undefined && structures.columnIsRounded(wholeColumn, decimals, check.whole.row);
      // Rounded figures: each figure, whole and parts, may be half a unit of its last digit off the exact value.
      const slackOf = (fs: NumberFigure[]) =>
        rounded ? roundingSlack([decimalsOf(whole), ...fs.map(decimalsOf)]) : decimals === 0 ? 0 : 10 ** -decimals / 2;
      const report = (cells: CellRef[], expected: string, actualValue: number, partText: string, formula: string) =>
        violations.push({
          row: check.whole.row,
          cells,
          expected,
          actual: roundForDisplay(actualValue, decimals),
          vars: {
            row: check.label,
            result: check.wholeName,
            left: partText,
            right: check.wholeName,
            expected,
            bound: roundForDisplay(whole.value, decimals),
            actual: roundForDisplay(actualValue, decimals),
            formula,
          },
        });
      if (relation.check === 'eachWithinWhole') {
        figures.forEach(({ ref, f }, i) => {
          if (!f) return;
          const cells = [ref, check.whole];
          // A part within its whole holds for any larger whole: it confirms neither figure (see suspect.ts).
          if (f.value <= whole.value + slackOf([f]) + floatSlack(whole.value)) return;
          report(
            cells,
            `≤ ${roundForDisplay(whole.value, decimals)}`,
            f.value,
            check.partNames[i],
            `${roundForDisplay(f.value, decimals)} > ${roundForDisplay(whole.value, decimals)}`,
          );
        });
        continue;
      }
      // A `#` part after another is of the one above it (经济责任审计 | #党政主要领导干部经济责任审计): in no sum beside it.
      const ofAbove = (i: number) =>
        relation.check === 'sumWithinWhole' && i > 0 && ctx.lexicon.partMarker.test(check.partNames[i]);
      const present = figures.filter((p, i) => p.f && !ofAbove(i));
      if (present.length < 2) continue;
      // Parts that cut across each other overlap: their sum may pass the whole, and no sum check applies.
      if (relation.check === 'sumWithinWhole' && crossCutting(check.partNames, ctx.lexicon)) continue;
      const complete = isComplete(check.partNames);
      if (relation.check === 'sumEqualsWhole' ? !complete : complete) continue;
      anyComplete ||= complete;
      // One group of parts: the same 其中 columns on every row, or the same 其中 rows in every column (欧洲 | 其中：欧盟 |
      // 德国, in 进出口, 出口 and 进口 alike). Kept for the sum-within check only, which alone is excused for overlapping
      // parts.
      let group: { checked: number; violations: Violation[] } | undefined;
      if (relation.check === 'sumWithinWhole') {
        const inRow = check.parts.every((p) => p.row === check.whole.row);
        const key = inRow
          ? check.parts.map((p) => p.col).join()
          : [check.whole.row, ...check.parts.map((p) => p.row)].join();
        group = sums.get(key) ?? { checked: 0, violations: [] };
        sums.set(key, group);
        group.checked++;
      }
      let sum = present.reduce((s, p) => s + (p.f?.value ?? 0), 0);
      const cells = [check.whole, ...present.map((p) => p.ref)];
      const slack = slackOf(present.map((p) => p.f as NumberFigure)) + floatSlack(whole.value);
      // The parts after the first adding up to it are its own breakdown (其中：已建立党组织的 | 单独组建 | 联合组建, typed
      // deeper): within the whole as it is.
      const first = present[0].f?.value ?? 0;
      if (relation.check === 'sumWithinWhole' && present.length >= 3 && sameNumber(sum - first, first, decimals))
        sum = first;
      const holds =
        relation.check === 'sumEqualsWhole'
          ? rounded
            ? Math.abs(sum - whole.value) <= slack
            : sameNumber(sum, whole.value, decimals)
          : sum <= whole.value + slack;
      if (holds) {
        if (relation.check === 'sumEqualsWhole') held.cells(cells);
        continue;
      }
      const formula = present.map((p) => figureText(p.f as NumberFigure)).join(' + ');
      report(
        cells,
        (relation.check === 'sumWithinWhole' ? '≤ ' : '') + roundForDisplay(whole.value, decimals),
        sum,
        check.partNames.join(phrase(ctx.lang, 'listSeparator')),
        formula,
      );
      group?.violations.push(violations[violations.length - 1]);
    }
    const overlapping = new Set(
      [...sums.values()]
        .filter((g) => g.violations.length >= 2 && g.violations.length * 5 >= g.checked)
        .flatMap((g) => g.violations),
    );
    if (relation.check === 'sumEqualsWhole' && !anyComplete) {
      return notApplicable(
        phrase(ctx.lang, 'noCompleteBreakdown', { sets: relation.completeSets.map((s) => s.join('+')).join('; ') }),
      );
    }
    const kept = violations.filter((v) => !overlapping.has(v));
    return { applies: true, binding: new Map(), bindingNotes: [], violations: kept, held };
  },
};
