import { limits } from './limits';

/**
 * Bounds on a rule file checked before JSON.parse and zod see it, without recursion: a file nested 20,000 levels
 * deep or an operand a thousand sums deep would overflow the stack of any recursive walk (the key check, zod's
 * lazy operand schema), so depth is measured here with counters and an explicit stack.
 */

/** The offset where arrays and objects nest deeper than `limit` (strings skipped), or undefined. */
export function overNested(text: string, limit: number = limits.ruleNesting): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \ */) i++;
    } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++depth > limit) return i;
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) depth--;
  }
  return undefined;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The path to the first `__proto__`, `constructor` or `prototype` key (JSON.parse keeps `__proto__` as an own key). */
export function findForbiddenKey(value: unknown): PropertyKey[] | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (v === null || typeof v !== 'object') continue;
    const keys = Object.keys(v);
    for (const key of keys) if (FORBIDDEN.has(key)) return [...path, key];
    // Reversed, so that the first key's subtree is searched first, as a reader would look.
    for (let k = keys.length - 1; k >= 0; k--)
      stack.push({
        value: (v as Record<string, unknown>)[keys[k]],
        path: [...path, Array.isArray(v) ? Number(keys[k]) : keys[k]],
      });
  }
  return undefined;
}

/** How deep sums and differences nest in an operand (a measure id is 0, `{"sum": [a, b]}` 1). */
function operandDepth(operand: unknown): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: operand, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    deepest = Math.max(deepest, depth);
    if (node === null || typeof node !== 'object') continue;
    const inner =
      (node as { sum?: unknown; difference?: unknown }).sum ?? (node as { difference?: unknown }).difference;
    if (Array.isArray(inner)) for (const child of inner) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

const OPERANDS = ['numerator', 'denominator', 'left', 'right'];
const count = (n: number) => n.toLocaleString('en-US');

/** The first operand nested too deep or measure with too many aliases in a parsed rule file: where, and the problem. */
export function ruleFileLimitProblem(
  json: unknown,
): { path: (string | number)[]; code: 'limitAliases' | 'limitOperand'; vars: Record<string, string> } | undefined {
  const file = json as { measures?: unknown; rules?: unknown } | null;
  if (file === null || typeof file !== 'object') return undefined;
  if (Array.isArray(file.measures)) {
    for (const [i, measure] of file.measures.entries()) {
      const aliases = (measure as { aliases?: unknown } | null)?.aliases;
      if (Array.isArray(aliases) && aliases.length > limits.aliasesPerMeasure) {
        return {
          path: ['measures', i, 'aliases'],
          code: 'limitAliases',
          vars: { n: count(aliases.length), limit: count(limits.aliasesPerMeasure) },
        };
      }
    }
  }
  if (Array.isArray(file.rules)) {
    for (const [i, rule] of file.rules.entries()) {
      const relation = (rule as { relation?: unknown } | null)?.relation;
      if (relation === null || typeof relation !== 'object') continue;
      for (const key of OPERANDS) {
        const depth = operandDepth((relation as Record<string, unknown>)[key]);
        if (depth > limits.operandDepth)
          return {
            path: ['rules', i, 'relation', key],
            code: 'limitOperand',
            vars: { depth: count(depth), limit: String(limits.operandDepth) },
          };
      }
    }
  }
  return undefined;
}
