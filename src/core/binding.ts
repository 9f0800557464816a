import { normaliseHeader, splitOfWhich } from './header';
import { flowWord } from './inference/words';
import type { HeaderColumn, SheetLayout } from './layout-types';
import type { Lexicon } from './lexicon';
import type { Measure } from './rule-schema';

/** A header spelling → comparable text: the same normalisation the header reader applies, 其中 prefix dropped. */
export function aliasKey(alias: string, lexicon: Lexicon): string {
  return alias
    .split('/')
    .map((part) => splitOfWhich(normaliseHeader(part, lexicon).text, lexicon).text)
    .join('/');
}

function columnSegments(column: HeaderColumn, lexicon: Lexicon): string[] {
  return column.headerPath.map((part) => splitOfWhich(part, lexicon).text);
}

/**
 * A header composed of a period and a subject (`2020年初无党员企业数` → 年初 + 无党员企业数, `2026年底…` → 年底 + …):
 * the period binds it as that period's figure whatever the year, so next year's form still binds.
 */
export function periodOf(segment: string, lexicon: Lexicon): { period: string; subject: string } | undefined {
  const m = lexicon.periodHeader.exec(segment);
  return m ? { period: m[1], subject: m[2] } : undefined;
}

/**
 * How well a spelling matches a column: 3 the whole header path, 2 the end of the path (a "/" spelling), 1 the last
 * header only, or its period when it is composed (period + subject) and no rate. A column goes to the measure whose
 * spelling matches it best, so `联合党组织/覆盖企业数` binds to the joint measure, not to the plain `覆盖企业数`.
 */
export function matchScore(aliasText: string, column: HeaderColumn, lexicon: Lexicon): number {
  const segments = columnSegments(column, lexicon);
  const path = segments.join('/');
  if (path === aliasText) return 3;
  if (aliasText.includes('/')) return path.endsWith('/' + aliasText) ? 2 : 0;
  const last = segments[segments.length - 1] ?? '';
  if (last === aliasText) return 1;
  // A rate of a period is not the period's figure: 上年同期增长（%） is last year's growth, not the 上年 count; nor is what
  // flowed in or out in it (本期新增, 本期减少: inference.increaseWords, decreaseWords), not the period's stock.
  const composed = column.isRate ? undefined : periodOf(last, lexicon);
  return composed?.period === aliasText && flowWord(composed.subject, lexicon) === undefined ? 1 : 0;
}

/** The spelling of a measure that matches a column best (explain names the layer it came from), if any. */
export function matchedSpelling(measure: Measure, column: HeaderColumn, lexicon: Lexicon): string | undefined {
  let best: { alias: string; score: number } | undefined;
  for (const alias of measure.aliases) {
    const score = matchScore(aliasKey(alias, lexicon), column, lexicon);
    if (score > (best?.score ?? 0)) best = { alias, score };
  }
  return best?.alias;
}

export interface MeasureCandidates {
  measure: Measure;
  /** Columns this measure could bind to, best first. */
  columns: HeaderColumn[];
}

/**
 * For every measure, the columns its spellings match best. A column matched more strongly by another measure is
 * left to that measure; equally strong matches stay candidates and the rule evaluation picks the binding that most
 * rows agree with.
 */
export function findCandidates(
  layout: SheetLayout,
  measures: Iterable<Measure>,
  lexicon: Lexicon,
): Map<string, MeasureCandidates> {
  const keyed = [...measures].map((measure) => ({
    measure,
    keys: measure.aliases.map((alias) => aliasKey(alias, lexicon)),
  }));
  const best = new Map<number, number>();
  const changes = changeColumns(layout, lexicon);
  const scores = keyed.map(({ measure, keys }) => {
    const byColumn = new Map<number, number>();
    for (const column of layout.columns) {
      if (changes.has(column.col)) continue;
      const score = Math.max(0, ...keys.map((k) => matchScore(k, column, lexicon)));
      if (score > 0) {
        byColumn.set(column.col, score);
        best.set(column.col, Math.max(best.get(column.col) ?? 0, score));
      }
    }
    return { measure, byColumn };
  });
  const result = new Map<string, MeasureCandidates>();
  for (const { measure, byColumn } of scores) {
    const kept = layout.columns.filter((c) => byColumn.has(c.col) && byColumn.get(c.col) === best.get(c.col));
    const top = Math.max(0, ...kept.map((c) => byColumn.get(c.col) ?? 0));
    const columns = kept.filter((c) => byColumn.get(c.col) === top);
    if (columns.length > 0) result.set(measure.id, { measure, columns });
  }
  return result;
}

/**
 * Columns of a change's group that repeat the headers of the figures they change (本月末 / 企业数 beside 较上月增减 /
 * 企业数, 本年新增 / 覆盖企业数), and the other columns of such a group (覆盖率（百分点） beside them, the rate named
 * short): they hold changes, not the figures, and bind no measure. A change's group over its periods alone
 * (经营主体净增数量 / 上年同期 | 本年) still binds them. On a sheet of changes, every column.
 */
function changeColumns(layout: SheetLayout, lexicon: Lexicon): Set<number> {
  if (layout.changesOnly) return new Set(layout.columns.map((c) => c.col));
  const underChange = (c: HeaderColumn) => c.headerPath.slice(0, -1).some((parent) => lexicon.signed.test(parent));
  const leaf = (c: HeaderColumn) => c.headerPath[c.headerPath.length - 1];
  const group = (c: HeaderColumn) => c.headerPath.slice(0, -1).join('/');
  const figures = new Set(layout.columns.filter((c) => !underChange(c)).map(leaf));
  const repeating = layout.columns.filter((c) => underChange(c) && figures.has(leaf(c)));
  const groups = new Set(repeating.map(group));
  return new Set(layout.columns.filter((c) => underChange(c) && groups.has(group(c))).map((c) => c.col));
}
