/**
 * Header words that choose among relations the figures allow equally well. Kept here, in one place, so they can move
 * to rules/vocabulary.json with the rest of the vocabulary.
 */
export const INFERENCE_WORDS = {
  /** A line so labelled is a total (or subtotal) of others. */
  total: ['合计', '总计', '总数', '共计', '小计', '全市', '全省', '全县', '全区', '全国', '全镇', 'total', 'all ', 'sum'],
  /** A line so labelled is a rate, share or ratio. */
  rate: ['率', '比例', '占比', '比重', '密度', '%', '‰', 'rate', 'ratio', 'share', 'percent', 'per ', 'density'],
  /** A line so labelled is a change between two periods. */
  change: ['增长', '增幅', '降幅', '增减', '比上年', 'change', 'growth', 'increase'],
  /** A line so labelled is a difference of two others, and may be negative. */
  difference: ['净', '增减', '差', 'net', 'balance', 'difference'],
  /** A line so labelled is a mean. */
  average: ['平均', '人均', 'average', 'mean'],
} as const;

export type WordClass = keyof typeof INFERENCE_WORDS;

export function hasWord(text: string, kind: WordClass): boolean {
  const lower = text.toLowerCase();
  return INFERENCE_WORDS[kind].some((w) => lower.includes(w));
}
