/**
 * Header and label text as typed in a sheet → the form rules match on. Statisticians type the same header many
 * ways (`党的组织\n覆盖率（%）`, `党的组织覆盖率(%)`, `党的组织 覆盖率`), so every comparison goes through here.
 */

import { normaliseWidth } from './number';

const WHITESPACE_RE = /\s+/g;

/** Half-width, with every space and line break removed: `合 计` → `合计`, `党的组织\n覆盖率（%）` → `党的组织覆盖率(%)`. */
export function compactText(raw: string): string {
  return normaliseWidth(raw).replace(WHITESPACE_RE, '');
}

/** A bracketed unit at the end of a header: `(%)`, `(名)`, `(万元)`, also `(单位:家)`. */
const UNIT_SUFFIX_RE = /\((?:单位:)?(%|‰|[万亿]?元|万?(?:人次|户次|名|家|个|户|件|人|次|项|条|所|处))\)$/;

/** Normalised header text and the unit its bracketed suffix states. */
export function normaliseHeader(raw: string): { text: string; unit?: string } {
  const text = compactText(raw);
  const m = UNIT_SUFFIX_RE.exec(text);
  if (!m) return { text };
  return { text: text.slice(0, m.index), unit: m[1] };
}

const OF_WHICH_RE = /^其中[:,、]?/;

/** `其中：X`, `其中:X`, `其中X` → { ofWhich: true, text: 'X' }; anything else is returned unchanged. */
export function splitOfWhich(text: string): { ofWhich: boolean; text: string } {
  const compact = compactText(text);
  const m = OF_WHICH_RE.exec(compact);
  return m ? { ofWhich: true, text: compact.slice(m[0].length) } : { ofWhich: false, text };
}
