import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ruleFileJsonSchema } from '../src/core/rule-schema';
import { formatRuleProblem } from '../src/core/rules';
import { BUNDLED_RULES_DIR, readRuleSet } from '../src/node/rule-files';

/**
 * A rule author's mistakes: each bad file, written to disk beside the bundled rules, gives one clear line naming the
 * file, the JSON path and what was expected, and the bundled rule files still load.
 */

const bundled = readRuleSet();
const bundledRuleIds = bundled.ruleSet.rules.map((r) => r.id);

/** A rule that reads bundled measures, valid as it stands: each case below breaks one thing in it. */
const goodRule = {
  id: 'covered-not-above-enterprises',
  title: { 'zh-CN': '覆盖企业数不大于企业数', en: 'Enterprises covered ≤ enterprises' },
  message: { 'zh-CN': '{row}：{left}多于{right}', en: '{row}: {left} exceeds {right}' },
  severity: 'error',
  relation: { kind: 'atLeast', left: 'enterprises', right: 'coveredEnterprises' },
  source: { article: '004_7985bc3b78522f19.txt', figure: '纳入台账管理的非公有制企业共47414家，覆盖企业10850家' },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-rule-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the files (objects as JSON, strings as typed) and loads them after the bundled rules. */
function loadWithBundled(files: Record<string, unknown>): {
  ruleIds: string[];
  problems: string[];
  paths: Record<string, string>;
} {
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  const { ruleSet, problems } = readRuleSet([BUNDLED_RULES_DIR, ...Object.values(paths)]);
  return { ruleIds: ruleSet.rules.map((r) => r.id), problems: problems.map((p) => formatRuleProblem(p, 'en')), paths };
}

test('the bundled rule files load without problems', () => {
  expect(bundled.problems.map((p) => formatRuleProblem(p, 'en'))).toEqual([]);
  expect(bundledRuleIds.length).toBeGreaterThan(0);
});

test('a good extra file with $schema loads beside the bundled rules', () => {
  const { ruleIds, problems } = loadWithBundled({
    'extra.rules.json': { $schema: './schema.json', rules: [goodRule] },
  });
  expect(problems).toEqual([]);
  expect(ruleIds).toEqual([...bundledRuleIds, goodRule.id]);
});

describe('a bad rule file is named with its line, column and what was expected; the bundled files still load', () => {
  const expectOneProblem = (
    result: ReturnType<typeof loadWithBundled>,
    file: string,
    where: string,
    expected: RegExp,
  ) => {
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(new RegExp(`^${literal(result.paths[file])}, ${literal(where)}: `));
    expect(result.problems[0]).toMatch(expected);
    expect(result.problems[0]).not.toMatch(/\n/);
    expect(result.ruleIds).toEqual(expect.arrayContaining(bundledRuleIds));
  };

  test('JSON syntax error reported by position (trailing comma): line and column', () => {
    const result = loadWithBundled({ 'bad.rules.json': '{\n  "rules": [],\n}\n' });
    expectOneProblem(result, 'bad.rules.json', 'line 2, column 14', /comma "," after the last item.*delete this comma/);
  });

  test('JSON syntax error reported by token (stray brace): line and column', () => {
    const result = loadWithBundled({ 'bad.rules.json': '{\n  "measures": [],\n  "rules": [\n  }\n' });
    expectOneProblem(result, 'bad.rules.json', 'line 4, column 3', /"}" does not fit JSON here; expected a value/);
  });

  test('unknown field: the path ends at the misspelt key', () => {
    const result = loadWithBundled({ 'bad.rules.json': { rules: [{ ...goodRule, severty: 'error' }] } });
    expectOneProblem(
      result,
      'bad.rules.json',
      'line 23, column 7',
      /rule "covered-not-above-enterprises" \(Enterprises covered ≤ enterprises\): unknown field "severty" \(did you mean "severity"\?\)$/,
    );
  });

  test('wrong enum value: the allowed values are listed', () => {
    const result = loadWithBundled({ 'bad.rules.json': { rules: [{ ...goodRule, severity: 'fatal' }] } });
    expectOneProblem(
      result,
      'bad.rules.json',
      'line 13, column 19',
      /severity is "fatal"; expected one of error, warning, info$/,
    );
    expect(result.ruleIds).not.toContain(goodRule.id);
  });

  test('a __proto__ key is refused (JSON.parse keeps it as an own key)', () => {
    const text = `{"rules": [{"__proto__": {"severity": "info"}, ${JSON.stringify(goodRule).slice(1)}]}`;
    const result = loadWithBundled({ 'bad.rules.json': text });
    expectOneProblem(result, 'bad.rules.json', 'line 1, column 13', /"__proto__" is not allowed/);
    expect(result.ruleIds).not.toContain(goodRule.id);
  });

  test('a constructor key is refused', () => {
    const result = loadWithBundled({
      'bad.rules.json': { rules: [{ ...goodRule, relation: { ...goodRule.relation, constructor: 'x' } }] },
    });
    expectOneProblem(result, 'bad.rules.json', 'line 18, column 9', /"constructor" is not allowed/);
  });

  test('a rule reading an undeclared measure', () => {
    const result = loadWithBundled({
      'bad.rules.json': { rules: [{ ...goodRule, relation: { ...goodRule.relation, right: 'foundedEnterprises' } }] },
    });
    expectOneProblem(
      result,
      'bad.rules.json',
      'line 17, column 18',
      /relation.right uses an unknown measure id "foundedEnterprises" \(declare a new measure under "measures"\)$/,
    );
    expect(result.ruleIds).not.toContain(goodRule.id);
  });

  test('a rule id defined in two files names the other file', () => {
    const result = loadWithBundled({
      'first.rules.json': { rules: [goodRule] },
      'second.rules.json': { rules: [goodRule] },
    });
    expectOneProblem(
      result,
      'second.rules.json',
      'line 4, column 13',
      new RegExp(`"${goodRule.id}" .*: already defined in ${literal(result.paths['first.rules.json'])};`),
    );
    expect(result.ruleIds.filter((id) => id === goodRule.id)).toHaveLength(1);
  });

  test('a rule id that a bundled file defines names the bundled file', () => {
    const result = loadWithBundled({ 'bad.rules.json': { rules: [{ ...goodRule, id: 'coverage-rate' }] } });
    expectOneProblem(
      result,
      'bad.rules.json',
      'line 4, column 13',
      /already defined in the bundled rule file coverage\.rules\.json;/,
    );
  });

  test('a measure id declared twice names the other file', () => {
    const measure = {
      id: 'enterprises',
      name: { 'zh-CN': '企业数', en: 'enterprises' },
      kind: 'count',
      aliases: ['企业数'],
    };
    const result = loadWithBundled({ 'bad.rules.json': { measures: [measure] } });
    expectOneProblem(
      result,
      'bad.rules.json',
      'line 4, column 13',
      /"enterprises" \(enterprises\): already declared in the bundled rule file coverage\.rules\.json;/,
    );
  });
});

test('every bundled rule cites a seed article that exists (a user rule needs none)', () => {
  const articles = new Set(readdirSync(join(__dirname, '..', 'seeds', 'articles')));
  const cited = bundled.ruleSet.rules.map((r) => ({
    id: r.id,
    article: r.source && articles.has(r.source.article) ? 'found' : r.source?.article,
  }));
  expect(cited).toEqual(bundled.ruleSet.rules.map((r) => ({ id: r.id, article: 'found' })));
});

test('rules/schema.json is the schema generated from the zod rule-file schema (npm run schemas regenerates it)', () => {
  const committed: unknown = JSON.parse(readFileSync(join(BUNDLED_RULES_DIR, 'schema.json'), 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(ruleFileJsonSchema())));
});

test('every bundled rule file points editors at rules/schema.json', () => {
  const files = readdirSync(BUNDLED_RULES_DIR).filter((name) => name.endsWith('.rules.json'));
  expect(files.length).toBeGreaterThan(0);
  for (const name of files)
    expect({
      name,
      $schema: (JSON.parse(readFileSync(join(BUNDLED_RULES_DIR, name), 'utf8')) as { $schema?: string }).$schema,
    }).toEqual({ name, $schema: './schema.json' });
});

test('no code under src/ uses eval or new Function', () => {
  const offenders: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.[cm]?[jt]sx?$/.test(name)) {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (/\beval\s*\(|\bnew\s+Function\b/.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
          });
      }
    }
  };
  walk(join(__dirname, '..', 'src'));
  expect(offenders).toEqual([]);
});

/** A regular expression matching `text` literally (file paths contain dots and, on Windows, backslashes). */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
