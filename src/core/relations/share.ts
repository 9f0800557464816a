import { aliasKey, type MeasureCandidates } from '../binding';
import type { HeaderColumn } from '../layout-types';
import type { Lexicon } from '../lexicon';
import { phrase } from '../messages';
import type { Relation } from '../rule-schema';
import { HeldChecks } from './held-checks';
import { RATIO_PLACEHOLDERS, ratioCheck, ratioColumns, type RatioSpec } from './ratio-check';
import { notApplicable } from './row-relation';
import { leafText, slotText, templatesOf } from './structures';
import { COMMON_PLACEHOLDERS, type RelationModule, type Violation } from './types';

type Share = Extract<Relation, { kind: 'share' }>;

/**
 * A share naming its part (`无党员企业占比`): the nearest count column before it whose header starts with the part
 * (无党员企业数), over the nearest column of the first base measure the sheet has.
 */
function partShare(
  relation: Share,
  column: HeaderColumn,
  partName: string,
  columns: HeaderColumn[],
  candidates: Map<string, MeasureCandidates>,
  lexicon: Lexicon,
): { share: HeaderColumn; part?: HeaderColumn; base?: HeaderColumn; partName: string } {
  const before = columns.filter((c) => c.col < column.col && !c.isRate).reverse();
  const part = before.find((c) => leafText(c, lexicon).startsWith(partName));
  const baseColumns = relation.bases.flatMap((id) => candidates.get(id)?.columns ?? []);
  const base = before.find((c) => c !== part && baseColumns.includes(c));
  return { share: column, part, base, partName };
}

/** The share columns of a sheet: each with its part column and its base column (missing when not found). */
function shareColumns(
  relation: Share,
  columns: HeaderColumn[],
  candidates: Map<string, MeasureCandidates>,
  lexicon: Lexicon,
): { share: HeaderColumn; part?: HeaderColumn; base?: HeaderColumn; baseName?: string; partName?: string }[] {
  const templates = templatesOf(relation.templates, '{base}', lexicon);
  const partTemplates = templatesOf(relation.partTemplates, '{part}', lexicon);
  const plain = new Set(relation.plainHeaders.map((alias) => aliasKey(alias, lexicon)));
  const found = [];
  for (const column of columns) {
    if (!column.isRate) continue;
    const leaf = leafText(column, lexicon);
    const part = [...columns].reverse().find((c) => c.col < column.col && !c.isRate);
    const baseName = slotText(leaf, templates);
    const partName = baseName === undefined ? slotText(leaf, partTemplates) : undefined;
    if (baseName !== undefined) {
      const base = columns.find(
        (c) => c !== part && (leafText(c, lexicon) === baseName || c.headerPath.join('/') === baseName),
      );
      found.push({ share: column, part, base, baseName });
    } else if (partName !== undefined) {
      found.push(partShare(relation, column, partName, columns, candidates, lexicon));
    } else if (plain.has(leaf) && part?.partOf !== undefined) {
      found.push({ share: column, part, base: columns.find((c) => c.col === part.partOf) });
    }
  }
  return found;
}

/**
 * `占{base}比例` columns = the count before them ÷ the column named {base} (or the part's whole for plain 占比) × 100;
 * `{part}占比` columns = the column named {part} ÷ the sheet's base × 100.
 */
export const share: RelationModule<Share> = {
  measures: () => [],
  references: (relation) => relation.bases,
  placeholders: [...COMMON_PLACEHOLDERS, ...RATIO_PLACEHOLDERS],
  evaluate({ relation, rule, ctx }) {
    const found = shareColumns(relation, ctx.model.layout.columns, ctx.candidates, ctx.lexicon);
    if (found.length === 0) return notApplicable(phrase(ctx.lang, 'noShareColumns'));
    const held = new HeldChecks();
    const reasons: string[] = [];
    const violations: Violation[] = [];
    let checked = false;
    for (const { share: column, part, base, baseName, partName } of found) {
      // A share of a base it names (占{base}比重) takes the count before it as its part: a guess.
      const guessed = baseName !== undefined;
      if (!base && guessed) reasons.push(`${column.letter}: ${phrase(ctx.lang, 'noBase', { base: baseName })}`);
      if (!part && partName !== undefined)
        reasons.push(`${column.letter}: ${phrase(ctx.lang, 'noSharePart', { part: partName })}`);
      if (!base || !part) continue;
      const spec: RatioSpec = {
        resultCol: column.col,
        resultName: column.rawHeader,
        numerator: { col: part.col, name: part.rawHeader },
        denominator: { col: base.col, name: base.rawHeader },
        scale: 100,
        tolerance: rule.tolerance,
      };
      // Kept apart until the share is kept: a guess refused confirms no cell either.
      const columnHeld = new HeldChecks();
      const markHeld = columnHeld.perRow(ratioColumns(spec));
      let agreeing = 0;
      const failed: Violation[] = [];
      for (const row of ctx.model.rowsToCheck) {
        const violation = ratioCheck(spec, ctx.model, row, (r) => {
          agreeing++;
          markHeld(r);
        });
        if (violation) failed.push(violation);
      }
      // The count before a 占{base}比重 or plain 占比 column is only a guess at its part, and the sheet's base only a
      // guess at a {part}占比's: where most rows disagree, the share is of something else (each row's 能源消费总量 over
      // the 总计 row's; 党员占比 each row's 党员 over the 合计 row's, not over its 企业数; 其中：党员数 | 其中流动党员数 |
      // 占比% the 党员's), and reporting every row would be that guess.
      if (failed.length > agreeing) {
        const rows = String(agreeing + failed.length);
        reasons.push(phrase(ctx.lang, 'shareGuessDisagrees', { col: column.letter, agree: String(agreeing), rows }));
        continue;
      }
      checked = true;
      held.merge(columnHeld);
      violations.push(...failed);
    }
    // A share whose count or base is not in the sheet is not checked: explain must not list the rule as applied.
    if (!checked) return notApplicable(reasons.join('; '));
    return { applies: true, binding: new Map(), bindingNotes: reasons, violations, held };
  },
};
