import { basename, relative, resolve, sep } from 'node:path';
import { runRuleExamples, type ExampleResult } from '../core/rule-examples';
import type { Lang } from '../core/report';
import { a1 } from '../core/snapshot';
import { printable } from '../readers/problem-lines';
import { displayWidth, padEndWidth } from '../reports/display-width';
import type { RuleSet } from '../core/rules';
import { BUNDLED_RULES_DIR } from '../node/rule-files';

/** Whether a rule file is one of the given files or lies in one of the given folders. */
function within(file: string, paths: string[]): boolean {
  const f = resolve(file);
  return paths.some((p) => f === resolve(p) || f.startsWith(resolve(p) + sep));
}

/** A layer as a rule author names it: `bundled (coverage.rules.json)`, or the file as given. */
function layerName(file: string): string {
  return within(file, [BUNDLED_RULES_DIR]) ? `bundled (${relative(BUNDLED_RULES_DIR, file) || basename(file)})` : file;
}

/** `statlint rules list`: every rule with its severity and layer, and the layers that changed or switched it off. */
export function formatRulesList(ruleSet: RuleSet): string {
  const active = new Map(ruleSet.rules.map((r) => [r.id, r]));
  const ids = [...ruleSet.origin.keys()].filter((k) => k.startsWith('rule:')).map((k) => k.slice('rule:'.length));
  const width = Math.max(...ids.map((id) => id.length), 2);
  const lines = ids.map((id) => {
    const changed = ruleSet.changedBy.get(id);
    return `${id.padEnd(width)}  ${(active.get(id)?.severity ?? 'off').padEnd(7)}  ${layerName(ruleSet.origin.get('rule:' + id) ?? '')}${changed ? `; changed by ${changed.join(', ')}` : ''}`;
  });
  return [...lines, `${active.size} active rules, ${ids.length - active.size} switched off`].join('\n') + '\n';
}

const WORDS = {
  'zh-CN': {
    summary: (rules: number, examples: number, passed: number, failed: number) =>
      `${rules} 条规则，${examples} 个示例：${passed} 个通过，${failed} 个未通过`,
    legend: '[ ] 为示例要求标出的单元格，* 为规则标出的单元格',
    valid: '正确示例',
    invalid: '错误示例',
  },
  en: {
    summary: (rules: number, examples: number, passed: number, failed: number) =>
      `${rules} rules, ${examples} examples: ${passed} passed, ${failed} failed`,
    legend: '[ ] cells the example expects blamed, * cells the rule blamed',
    valid: 'valid',
    invalid: 'invalid',
  },
};

/** A failed example's table as a grid with column letters and row numbers, its expected and blamed cells marked. */
function exampleGrid(r: ExampleResult, lang: Lang): string[] {
  if (!r.example) return [];
  const expected = new Set(r.expected ?? []);
  const blamed = new Set(r.blamed ?? []);
  const columns = Math.max(...r.example.rows.map((row) => row.length));
  const grid = [
    ['', ...Array.from({ length: columns }, (_, c) => a1(0, c).replace(/\d+$/, ''))],
    ...r.example.rows.map((row, i) => [
      String(i + 1),
      ...Array.from({ length: columns }, (_, c) => {
        const address = a1(i, c);
        const text = row[c] === null || row[c] === undefined ? '' : String(row[c]);
        const marked = text + (blamed.has(address) ? '*' : '');
        return expected.has(address) ? `[${marked}]` : marked;
      }),
    ]),
  ];
  const widths = grid[0].map((_, c) => Math.max(...grid.map((row) => displayWidth(row[c]))));
  const lines = grid.map((row) => `      ${row.map((cell, c) => padEndWidth(cell, widths[c])).join('  ')}`.trimEnd());
  return r.kind === 'invalid' ? [...lines, `      ${WORDS[lang].legend}`] : lines;
}

/**
 * `statlint rules test [RULE_FILE...]`: runs the examples of the rules those files define or change (all active rules
 * when none is given), one line per example — a failed one with its table and cells — then a summary. Returns whether
 * all passed.
 */
export async function runRulesTest(
  ruleSet: RuleSet,
  files: string[],
  out: NodeJS.WritableStream,
  lang: Lang = 'zh-CN',
): Promise<boolean> {
  const ids = ruleSet.rules
    .filter(
      (r) =>
        files.length === 0 ||
        within(ruleSet.origin.get('rule:' + r.id) ?? '', files) ||
        (ruleSet.changedBy.get(r.id) ?? []).some((f) => within(f, files)),
    )
    .map((r) => r.id);
  const results = await runRuleExamples(ruleSet, ids, lang);
  for (const r of results) {
    const kind = WORDS[lang][r.kind];
    out.write(
      `${r.ok ? 'ok  ' : 'FAIL'} ${r.ruleId} ${r.index > 0 ? `${kind} #${r.index}` : ''}${r.detail ? `${r.index > 0 ? (lang === 'en' ? ': ' : '：') : ''}${r.detail}` : ''}\n`.replace(
        / \n$/,
        '\n',
      ),
    );
    if (!r.ok)
      out.write(
        exampleGrid(r, lang)
          .map((line) => `${printable(line)}\n`)
          .join(''),
      );
  }
  const failed = results.filter((r) => !r.ok).length;
  out.write(`${WORDS[lang].summary(ids.length, results.length, results.length - failed, failed)}\n`);
  return failed === 0 && ids.length > 0;
}
