import { fill } from './messages';
import type { Lang } from './report';
import en from './rule-file-messages.en.json';
import zhCN from './rule-file-messages.zh-CN.json';

/**
 * Rule-file problems in the rule author's words: the one table of their messages in Chinese and English (JSON
 * syntax, schema, layers, placeholders), and how a problem is shown — file, line and column, the rule by id and
 * title, what is wrong and what to write instead. A statistician reads these, so no JSON paths and no zod wording.
 */

// The tables are data, one file per language (the same keys in both, which a test checks).
const messages: Record<Lang, Record<RuleProblemCode, string>> = { 'zh-CN': zhCN.problems, en: en.problems };

export type RuleProblemCode = keyof (typeof en)['problems'];

/** Words filled into the messages, in both languages. */
const words: Record<Lang, Record<WordKey, string>> = { 'zh-CN': zhCN.words, en: en.words };

export type WordKey = keyof (typeof en)['words'];

/**
 * A variable of a message: text as is, a word from the table, words given in both languages (why the system could
 * not read a file), or a list joined the language's way.
 */
export type ProblemVar =
  | string
  | { word: WordKey }
  | { words: Record<Lang, string> }
  | { list: string[] }
  | { problem: RuleProblemCode; vars: Record<string, ProblemVar> };

/** Who the problem is about: a rule or a measure of the file, by id (and title or name) or by position. */
export interface ProblemSubject {
  kind: 'rule' | 'measure';
  index: number;
  id?: string;
  title?: Partial<Record<Lang, string>>;
}

/** A rule-file problem: the file, where in it, about which rule, and what is wrong. */
export interface RuleProblem {
  file: string;
  /** The JSON path (`$.rules[2].severity`), for tools; people get `line` and `column`. */
  path: string;
  line?: number;
  column?: number;
  subject?: ProblemSubject;
  code: RuleProblemCode;
  vars: Record<string, ProblemVar>;
}

function varText(v: ProblemVar, lang: Lang): string {
  if (typeof v === 'string') return v;
  if ('word' in v) return words[lang][v.word];
  if ('words' in v) return v.words[lang];
  if ('list' in v) return v.list.join(words[lang].sep);
  return problemText(v.problem, v.vars, lang);
}

function subjectText(s: ProblemSubject | undefined, lang: Lang): string {
  if (!s) return '';
  const w = words[lang];
  const title = s.title?.[lang] ?? s.title?.[lang === 'en' ? 'zh-CN' : 'en'];
  if (s.id === undefined)
    return fill(w.subjectByIndex, {
      n: String(s.index + 1),
      counted: s.kind === 'rule' ? w.ruleCounted : w.measureCounted,
    });
  return fill(w.subjectById, {
    noun: s.kind === 'rule' ? w.ruleNoun : w.measureNoun,
    id: s.id,
    title: title ? fill(w.subjectTitle, { title }) : '',
  });
}

function problemText(
  code: RuleProblemCode,
  vars: Record<string, ProblemVar>,
  lang: Lang,
  subject?: ProblemSubject,
): string {
  const who = subjectText(subject, lang);
  const filled: Record<string, string> = {
    subject: who && fill(words[lang].subjectLead, { who }),
    subjectOf: who && fill(words[lang].subjectOfLead, { who }),
  };
  for (const [k, v] of Object.entries(vars)) filled[k] = varText(v, lang);
  return fill(messages[lang][code], filled);
}

/** Where in its file a problem is: `第 3 行第 15 列` / `line 3, column 15`, or '' for the file as a whole. */
export function ruleProblemPlace(p: RuleProblem, lang: Lang): string {
  if (p.line === undefined) return '';
  return fill(words[lang].place, { line: String(p.line), column: String(p.column) });
}

/** What is wrong and how to fix it, without the file and place. */
export function ruleProblemText(p: RuleProblem, lang: Lang = 'zh-CN'): string {
  return problemText(p.code, p.vars, lang, p.subject);
}

/** One line: `mine.json 第 3 行第 15 列：规则 "coverage-rate"（…）缺少 message 字段`, or in English with --lang en. */
export function formatRuleProblem(p: RuleProblem, lang: Lang = 'zh-CN'): string {
  const place = ruleProblemPlace(p, lang);
  const where = place === '' ? '' : lang === 'en' ? `, ${place}` : ` ${place}`;
  return `${p.file}${where}${lang === 'en' ? ': ' : '：'}${ruleProblemText(p, lang)}`;
}

/** Levenshtein distance with adjacent swaps counted once, for "did you mean". */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known word nearest to a misspelt one (case aside first), if near enough to be a typo (a third of it, at most 3 edits). */
export function nearest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance =
      candidate.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && best !== word && bestDistance <= Math.min(3, Math.max(1, Math.floor(word.length / 3)))
    ? best
    : undefined;
}

/** `，是否指 "covered"？` when a known word is near, else the fallback (or nothing). */
export function suggestion(word: string, known: Iterable<string>, fallback?: ProblemVar): ProblemVar {
  const near = nearest(word, known);
  if (near === undefined) return fallback ?? '';
  return { problem: near.toLowerCase() === word.toLowerCase() ? 'caseHint' : 'didYouMean', vars: { suggestion: near } };
}

/** A gloss of a field a rule author is told is missing, when the table has one. */
export function fieldGloss(field: string): ProblemVar {
  return field in words.en &&
    ['title', 'message', 'severity', 'relation', 'kind', 'name', 'aliases', 'id'].includes(field)
    ? { word: field as WordKey }
    : '';
}

/** Names of full-width punctuation, for the hint. */
export function fullWidthName(ch: string): WordKey {
  if (ch === '，') return 'comma';
  if (ch === '：') return 'colonName';
  if ('“”‘’'.includes(ch)) return 'quoteName';
  if ('【】［］'.includes(ch)) return 'bracket';
  if ('｛｝'.includes(ch)) return 'brace';
  return 'space';
}
