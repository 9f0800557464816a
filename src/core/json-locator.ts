/**
 * A small JSON scanner that remembers where every key and value starts, so that a rule-file problem found on the
 * parsed value (a JSON path such as rules[0].severity) can be shown at its line and column, and that names the first
 * character that does not fit when the text is not JSON, with what a rule author most likely meant (a full-width
 * comma typed with a Chinese input method, a comma after the last item, single quotes, a comment).
 */

export type JsonPath = readonly (string | number)[];

/** Where a member's key and its value start (character offsets). */
export interface JsonSpot {
  key?: number;
  value: number;
}

/** Why the text is not JSON: a problem code for the message table, the offset it points at and its variables. */
export interface JsonSyntaxProblem {
  code:
    | 'jsonEmpty'
    | 'jsonEnd'
    | 'jsonUnexpected'
    | 'jsonFullWidth'
    | 'jsonTrailingComma'
    | 'jsonSingleQuote'
    | 'jsonComment'
    | 'jsonMissingComma'
    | 'jsonUnclosedString';
  offset: number;
  vars: Record<string, string>;
}

export type JsonScan = { ok: true; spots: Map<string, JsonSpot> } | { ok: false; problem: JsonSyntaxProblem };

/** Full-width punctuation a Chinese input method types in place of JSON's own, with the character meant. */
const FULL_WIDTH: Record<string, string> = {
  '，': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '‘': '"',
  '’': '"',
  '【': '[',
  '】': ']',
  '［': '[',
  '］': ']',
  '｛': '{',
  '｝': '}',
  '　': ' ',
};

/** The map key of a JSON path. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export function scanJson(text: string): JsonScan {
  const spots = new Map<string, JsonSpot>();
  let i = 0;
  let lastComma = -1;
  // The problem is kept here, not on an Error subclass: compiled to ES5 (the task pane), instanceof on one fails.
  let problem: JsonSyntaxProblem | undefined;
  const stop = (code: JsonSyntaxProblem['code'], vars: Record<string, string> = {}, offset = i): never => {
    problem = { code, offset, vars };
    throw new Error(code);
  };
  /** The character at i does not fit: the most specific reason a rule author would understand. */
  const unexpected = (expected: string): never => {
    if (i >= text.length) return stop(text.trim() === '' ? 'jsonEmpty' : 'jsonEnd', { expected });
    const ch = text[i];
    if (FULL_WIDTH[ch]) return stop('jsonFullWidth', { char: ch, ascii: FULL_WIDTH[ch] });
    if (ch === "'") return stop('jsonSingleQuote');
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return stop('jsonComment');
    if ((ch === '}' || ch === ']') && lastComma >= 0 && text.slice(lastComma + 1, i).trim() === '')
      return stop('jsonTrailingComma', {}, lastComma);
    if (ch === '"' && (expected === 'commaOrBrace' || expected === 'commaOrBracket')) return stop('jsonMissingComma');
    return stop('jsonUnexpected', { found: ch, expected });
  };
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i += 1;
  };
  const string = (): string => {
    if (text[i] !== '"') unexpected('quote');
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') stop('jsonUnclosedString', {}, start);
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) stop('jsonUnclosedString', {}, start);
    i += 1;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return stop('jsonUnexpected', { found: text.slice(start, i), expected: 'value' }, start);
    }
  };
  const value = (path: (string | number)[], key?: number): void => {
    space();
    spots.set(pathKey(path), { key, value: i });
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      space();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        space();
        const keyAt = i;
        const name = string();
        space();
        if (text[i] !== ':') unexpected('colon');
        i += 1;
        value([...path, name], keyAt);
        space();
        if (text[i] === ',') lastComma = i++;
        else if (text[i] === '}') return void (i += 1);
        else unexpected('commaOrBrace');
      }
    } else if (ch === '[') {
      i += 1;
      space();
      if (text[i] === ']') return void (i += 1);
      for (let n = 0; ; n += 1) {
        value([...path, n]);
        space();
        if (text[i] === ',') lastComma = i++;
        else if (text[i] === ']') return void (i += 1);
        else unexpected('commaOrBracket');
      }
    } else if (ch === '"') string();
    else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) unexpected('value');
      else i += m[0].length;
    }
  };
  try {
    value([]);
    space();
    if (i < text.length) unexpected('end');
    return { ok: true, spots };
  } catch (e) {
    if (problem) return { ok: false, problem };
    throw e;
  }
}

/** The spot of a path, or of its nearest ancestor that is in the text (a missing field points at its object). */
export function spotOf(spots: Map<string, JsonSpot>, path: JsonPath): JsonSpot | undefined {
  for (let n = path.length; n >= 0; n -= 1) {
    const spot = spots.get(pathKey(path.slice(0, n)));
    if (spot) return spot;
  }
  return undefined;
}
