import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { readLayout } from '../src/core/layout';
import { formatRuleProblem, loadRuleSet } from '../src/core/rules';
import { vocabularySchema } from '../src/core/vocabulary';
import { bundledVocabularyFile } from '../src/node/rule-files';
import { lexicon } from './helpers/lexicon';
import { sheetFromRows } from './helpers/sheet';

const CORE = join(__dirname, '..', 'src', 'core');
const HAN = /\p{Script=Han}/u;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const LITERAL_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
]);

/** The literals and names of a TypeScript file, with their lines: its code without the comments. */
function codeTokens(text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const tokens: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (LITERAL_KINDS.has(node.kind))
      tokens.push({
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
        text: node.getText(source),
      });
    node.forEachChild(visit);
  };
  visit(source);
  return tokens;
}

describe('the core holds no Chinese words in code', () => {
  test('no Han character in src/core/**/*.ts outside comments', () => {
    const offending = tsFiles(CORE).flatMap((file) =>
      codeTokens(readFileSync(file, 'utf8'))
        .filter((t) => HAN.test(t.text))
        .map((t) => `${file.slice(CORE.length + 1)}:${t.line}: ${t.text.slice(0, 60)}`),
    );
    expect(offending).toEqual([]);
  });

  test('the scan sees Chinese in strings, templates and regular expressions, and not in comments', () => {
    const sample = "// 合计\nconst a = '合计';\nconst b = `${a}全国`;\nconst c = /小计$/;\n/* 其中 */ const d = x / 2;";
    expect(
      codeTokens(sample)
        .filter((t) => HAN.test(t.text))
        .map((t) => t.line),
    ).toEqual([2, 3, 4]);
  });
});

describe('message phrases per language', () => {
  const read = (file: string) => JSON.parse(readFileSync(join(CORE, file), 'utf8')) as Record<string, string>;
  // The core's phrases, the cross-table checks' own and the inferred relations' own.
  const pairs = [
    ['messages', read('messages.zh-CN.json'), read('messages.en.json')],
    ['cross-table/phrases', read('cross-table/phrases.zh-CN.json'), read('cross-table/phrases.en.json')],
    ['inference/phrases', read('inference/phrases.zh-CN.json'), read('inference/phrases.en.json')],
  ] as const;
  const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();

  test.each(pairs)('%s: zh-CN and en have the same keys', (_, zh, en) => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(pairs)('%s: each phrase has the same placeholders in both languages', (_, zh, en) => {
    const differing = Object.keys(en).filter(
      (key) => placeholders(en[key]).join() !== placeholders(zh[key] ?? '').join(),
    );
    expect(differing).toEqual([]);
  });

  // The rule author's messages and the rule tester's phrases (rule-file-messages.*.json) keep the same parity.
  test.each(['problems', 'words', 'examples'])(
    'rule-file %s: the same keys and placeholders in zh-CN and en',
    (section) => {
      const table = (lang: string) =>
        (
          JSON.parse(readFileSync(join(CORE, `rule-file-messages.${lang}.json`), 'utf8')) as Record<
            string,
            Record<string, string>
          >
        )[section];
      const [zhTable, enTable] = [table('zh-CN'), table('en')];
      expect(Object.keys(zhTable).sort()).toEqual(Object.keys(enTable).sort());
      expect(
        Object.keys(enTable).filter((key) => placeholders(enTable[key]).join() !== placeholders(zhTable[key]).join()),
      ).toEqual([]);
    },
  );

  test.each(pairs)('%s: Chinese notes are Chinese: no English sentence in any zh-CN phrase', (_, zh) => {
    expect(Object.entries(zh).filter(([, text]) => /[A-Za-z]{3,}/.test(text.replace(/\{\w+\}/g, '')))).toEqual([]);
  });

  test('explain notes follow the language: a Chinese reading has no English layout words', () => {
    const sheet = sheetFromRows('表', [['地区', '企业数(家)'], ['合计', 3], ['甲', 1], ['乙', 2], ['注：示例']]);
    const notes = readLayout(sheet, lexicon, 'zh-CN').notes.join('\n');
    expect(notes).toContain('合计行：第 2 行（合计，在上），合计 第 3–4 行');
    expect(notes).not.toMatch(/\b(row|rows|column|total|header|note)\b/);
    expect(readLayout(sheet, lexicon, 'en').notes).toContain('total row 2 (合计, top) over rows 3–4');
  });
});

describe('rules/vocabulary.json', () => {
  test('is valid against the vocabulary schema and loads without problems', () => {
    const file = bundledVocabularyFile();
    expect(vocabularySchema.safeParse((JSON.parse(file.text) as { vocabulary: unknown }).vocabulary).success).toBe(
      true,
    );
    expect(loadRuleSet([], file).problems).toEqual([]);
  });

  test.each([
    ['合  计'],
    ['全 国[5]'],
    ['总计  Total'],
    ['Total'],
    ['全镇合计'],
    ['共计'],
    ['本县合计'],
    ['全乡'],
    ['全市'],
    ['總計'],
  ])('a row labelled %j is a total row over the regions below it', (label) => {
    const sheet = sheetFromRows('表', [
      ['地区', '学校数(所)'],
      [label, 3],
      ['甲', 1],
      ['乙', 2],
    ]);
    const layout = readLayout(sheet, lexicon);
    expect(layout.totalRows).toEqual([{ row: 1, label: label.trim(), kind: 'total', members: [2, 3] }]);
  });

  test.each([['全国人口'], ['本县'], ['合计数据说明'], ['Totally']])(
    'a row labelled %j is a region, not a total',
    (label) => {
      const sheet = sheetFromRows('表', [
        ['地区', '学校数(所)'],
        [label, 3],
        ['甲', 1],
      ]);
      expect(readLayout(sheet, lexicon).totalRows).toEqual([]);
    },
  );

  test('a rule file layer adds words, and an unknown word list is a rule-file problem', () => {
    const layer = {
      name: 'mine.json',
      text: JSON.stringify({ vocabulary: { totals: { words: ['全村汇总'] }, units: { count: ['间'] } } }),
    };
    const { ruleSet, problems } = loadRuleSet([layer], bundledVocabularyFile());
    expect(problems).toEqual([]);
    expect(ruleSet.vocabulary.totals.words).toContain('全村汇总');
    expect(ruleSet.vocabulary.totals.words).toContain('合计');
    expect(ruleSet.lexicon.unitOf('间')).toEqual({ kind: 'count', scale: 0, base: '间' });
    const bad = loadRuleSet(
      [{ name: 'bad.json', text: JSON.stringify({ vocabulary: { totalWords: ['x'] } }) }],
      bundledVocabularyFile(),
    );
    expect(bad.problems.map((p) => `${p.path}: ${formatRuleProblem(p, 'en')}`)).toEqual([
      '$.vocabulary.totalWords: bad.json, line 1, column 16: unknown field "totalWords"',
    ]);
  });
});
