import { namesPeriod, type InferenceWordClass, type Lexicon } from '../lexicon';

/**
 * Header words that choose among relations the figures allow equally well: the vocabulary's `inference` lists, with
 * its total, subtotal, rate-ending and share words (see Lexicon.inferenceWords).
 */
export type WordClass = InferenceWordClass;

/** A per cent or per mille sign in a header or label: its figures are rates, or a rate's base in per cent. */
export const PER_CENT_SIGN = /[%\uff05\u2030]/;

export function hasWord(text: string, kind: WordClass, lexicon: Lexicon): boolean {
  return lexicon.inferenceWords[kind].test(lowerCased(text));
}

/**
 * The stock a header or label names, if one: an opening word wins, for 上年底 is last year's closing stock and 期初结余
 * opens a period though 结余 closes one.
 */
export function stockWord(text: string, lexicon: Lexicon): 'opening' | 'closing' | undefined {
  if (hasWord(text, 'opening', lexicon)) return 'opening';
  return hasWord(text, 'closing', lexicon) ? 'closing' : undefined;
}

/** The flow a header names: into a stock (本年增加), out of it (转出), both (增减), or none. */
export function flowWord(text: string, lexicon: Lexicon): 'increase' | 'decrease' | 'both' | undefined {
  const [up, down] = [hasWord(text, 'increase', lexicon), hasWord(text, 'decrease', lexicon)];
  return up && down ? 'both' : up ? 'increase' : down ? 'decrease' : undefined;
}

/**
 * The text in lower case, as it is where no character has a lower case: Chinese labels, asked of each row of a
 * 50,000-row ledger several times, are not copied (lower-casing a text of two-byte characters copies it).
 */
function lowerCased(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII but for A–Z; CJK punctuation, kana and ideographs; full-width forms but for Ａ–Ｚ.
    const caseless =
      c < 0x41 ||
      (c > 0x5a && c < 0x80) ||
      (c >= 0x3000 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef && !(c >= 0xff21 && c <= 0xff3a));
    if (!caseless) return text.toLowerCase();
  }
  return text;
}

/** Whether a header's last part names a period or a change (本期, 上年同期, 2024年, 增减): one time of its subject. */
export function namesTime(leaf: string, lexicon: Lexicon): boolean {
  return namesPeriod(leaf, lexicon) || hasWord(leaf, 'change', lexicon);
}
