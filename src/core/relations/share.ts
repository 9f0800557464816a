import { aliasKey } from '../binding';
import type { HeaderColumn } from '../layout-types';
import type { Lexicon } from '../lexicon';
import { phrase } from '../messages';
import type { Relation } from '../rule-schema';
import { HeldChecks } from './held-checks';
import { RATIO_PLACEHOLDERS, ratioCheck, ratioColumns, type RatioSpec } from './ratio-check';
import { notApplicable } from './row-relation';
import { leafText } from './structures';
import { COMMON_PLACEHOLDERS, type RelationModule, type Violation } from './types';

type Share = Extract<Relation, { kind: 'share' }>;

/** The share columns of a sheet: each with the count before it and its base column (missing when not found). */
function shareColumns(
  relation: Share,
  columns: HeaderColumn[],
  lexicon: Lexicon,
): { share: HeaderColumn; part?: HeaderColumn; base?: HeaderColumn; baseName?: string }[] {
  const templates = relation.templates.map((t) => {
    const [before, after] = aliasKey(t.replace('{base}', '\u0000'), lexicon).split('\u0000');
    return { before, after };
  });
  const plain = new Set(relation.plainHeaders.map((alias) => aliasKey(alias, lexicon)));
  const found = [];
  for (const column of columns) {
    if (!column.isRate) continue;
    const leaf = leafText(column, lexicon);
    const part = [...columns].reverse().find((c) => c.col < column.col && !c.isRate);
    const template = templates.find(
      (t) => leaf.length > t.before.length + t.after.length && leaf.startsWith(t.before) && leaf.endsWith(t.after),
    );
    if (template) {
      const baseName = leaf.slice(template.before.length, leaf.length - template.after.length);
      const base = columns.find(
        (c) => c !== part && (leafText(c, lexicon) === baseName || c.headerPath.join('/') === baseName),
      );
      found.push({ share: column, part, base, baseName });
    } else if (plain.has(leaf) && part?.partOf !== undefined) {
      found.push({ share: column, part, base: columns.find((c) => c.col === part.partOf) });
    }
  }
  return found;
}

/** `占{base}比例` columns = the count before them ÷ the column named {base} (or the part's whole for plain 占比) × 100. */
export const share: RelationModule<Share> = {
  measures: () => [],
  placeholders: [...COMMON_PLACEHOLDERS, ...RATIO_PLACEHOLDERS],
  evaluate({ relation, rule, ctx }) {
    const found = shareColumns(relation, ctx.model.layout.columns, ctx.lexicon);
    if (found.length === 0) return notApplicable(phrase(ctx.lang, 'noShareColumns'));
    const held = new HeldChecks();
    const reasons: string[] = [];
    const violations: Violation[] = [];
    for (const { share: column, part, base, baseName } of found) {
      if (!base && baseName !== undefined)
        reasons.push(`${column.letter}: ${phrase(ctx.lang, 'noBase', { base: baseName })}`);
      if (!base || !part) continue;
      const spec: RatioSpec = {
        resultCol: column.col,
        resultName: column.rawHeader,
        numerator: { col: part.col, name: part.rawHeader },
        denominator: { col: base.col, name: base.rawHeader },
        scale: 100,
        tolerance: rule.tolerance,
      };
      const onHeld = held.perRow(ratioColumns(spec));
      for (const row of ctx.model.rowsToCheck) {
        const violation = ratioCheck(spec, ctx.model, row, onHeld);
        if (violation) violations.push(violation);
      }
    }
    return { applies: true, binding: new Map(), bindingNotes: reasons, violations, held };
  },
};
