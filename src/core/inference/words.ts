import type { InferenceWordClass, Lexicon } from '../lexicon';

/**
 * Header words that choose among relations the figures allow equally well: the vocabulary's `inference` lists, with
 * its total, subtotal, rate-ending and share words (see Lexicon.inferenceWords).
 */
export type WordClass = InferenceWordClass;

export function hasWord(text: string, kind: WordClass, lexicon: Lexicon): boolean {
  return lexicon.inferenceWords[kind].test(text.toLowerCase());
}
