import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * IE11 drops a declaration whose value uses var(): without a literal declaration of the same property before it, the
 * pane would lose that colour there (white text on white buttons). Every var() must have its fallback.
 */
describe('task pane styles', () => {
  const css = readFileSync(join(__dirname, '..', 'src', 'taskpane', 'taskpane.css'), 'utf8');
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const values = new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));

  it('defines the custom properties it uses', () => {
    expect(values.size).toBeGreaterThan(5);
    const used = [...css.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]);
    expect(used.filter((name) => !values.has(name))).toEqual([]);
  });

  it('precedes every var() declaration by the same property with the literal value', () => {
    const lines = css.split('\n');
    const missing = lines.flatMap((line, i) => {
      const m = /^\s+([\w-]+):\s*(.*var\(--[\w-]+\).*);/.exec(line);
      if (!m) return [];
      const literal = m[2].replace(/var\((--[\w-]+)\)/g, (_all, name: string) => values.get(name) ?? '?');
      return lines[i - 1].trim() === `${m[1]}: ${literal};` ? [] : [`line ${i + 1}: ${line.trim()}`];
    });
    expect(missing).toEqual([]);
  });
});
