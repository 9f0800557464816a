import { fill } from '../messages';
import type { Lang } from '../report';
import en from './phrases.en.json';
import zhCN from './phrases.zh-CN.json';

/**
 * The cross-table checks' own phrases, per language, as data (phrases.zh-CN.json, phrases.en.json: the same keys and
 * the same placeholders, which a test checks): how tables were paired, and who is blamed (rule messages come from rule
 * files).
 */
const phrases: Record<Lang, Record<CrossPhrase, string>> = { 'zh-CN': zhCN, en };

export type CrossPhrase = keyof typeof en;

export function crossPhrase(lang: Lang, key: CrossPhrase, vars: Record<string, string | number> = {}): string {
  return fill(phrases[lang][key], Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)])));
}

/** A figure as a finding states it: at most the decimals either cell shows, no float noise. */
export function figureText(value: number, decimals: number): string {
  return String(Number(value.toFixed(Math.max(0, Math.min(decimals, 10)))));
}
