import type { Lang } from './report';
import en from './messages.en.json';
import zhCN from './messages.zh-CN.json';

/**
 * The core's own phrases, per language, as data (messages.zh-CN.json, messages.en.json: the same keys and the same
 * placeholders, which a test checks). Rule titles and finding messages come from the rule files.
 */
const phrases: Record<Lang, Record<PhraseKey, string>> = { 'zh-CN': zhCN, en };

export type PhraseKey = keyof typeof en;

/** Fills `{name}` placeholders; unknown names are left as written so a rule author sees the typo. */
export function fill(template: string, vars: Record<string, string>): string {
  // A message is one line: a header typed over two (面积（公顷）⏎Area (hectare)) is named on one.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? vars[name].replace(/\s*[\r\n]+\s*/g, ' ') : whole,
  );
}

export function phrase(lang: Lang, key: PhraseKey, vars: Record<string, string | number> = {}): string {
  return fill(phrases[lang][key], Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)])));
}
