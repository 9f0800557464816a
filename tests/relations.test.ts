/**
 * Relation kinds as modules and json-rules-engine deciding which rules apply: a kind added from a fixture module, rules
 * restricted to rows by `when` conditions, `unless` as a `not` condition, explain giving the engine's reason for each
 * rule that did not apply, and message placeholders checked when a rule file loads. Every sheet is a real .xlsx
 * written by exceljs and read by the command's own reader.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFiles } from '../src/node/check-files';
import { BUNDLED_RULES_DIR, bundledVocabularyFile } from '../src/node/rule-files';
import { ratio } from '../src/core/relations/ratio';
import { builtInRelations, extendRegistry, type BuiltInModules } from '../src/core/relations/registry';
import type { RelationInput } from '../src/core/relations/types';
import { checkSheet } from '../src/core/linter';
import { formatRuleProblem, loadRuleSet } from '../src/core/rules';
import { readWorkbookBytes } from '../src/readers/read-workbook-bytes';
import { relationSchema, type Relation } from '../src/core/rule-schema';
import { perUnitCapExtension } from './fixtures/relation-kind';
import { runCli } from './helpers/run-cli';

let dir: string;
let cwd: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-relations-'));
  cwd = process.cwd();
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

async function writeXlsx(name: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表1').addRows(rows);
  await wb.xlsx.writeFile(join(dir, name));
  return join(dir, name);
}

const source = { article: '004_7985bc3b78522f19.txt', figure: '测试用规则' };
const rangeRule = (id: string, measure: string, max: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: { 'zh-CN': `${measure} 不超过 ${max}`, en: `${measure} at most ${max}` },
  message: {
    'zh-CN': '{row}：{result}为 {actual}，应在 {expected}',
    en: '{row}: {result} is {actual}, expected {expected}',
  },
  severity: 'error',
  relation: { kind: 'range', measures: [measure], min: 0, max },
  source,
  ...extra,
});
const writeRules = (rules: unknown[]) => {
  writeFileSync(join(dir, 'mine.json'), JSON.stringify({ rules }));
  return 'mine.json';
};

interface JsonReport {
  files: { findings: { ruleId: string; cells: { address: string; suspect: boolean }[]; message: string }[] }[];
}
async function findingsOf(file: string, rules: unknown[], ruleId: string) {
  const { out, err } = await runCli('check', file, '--rules', writeRules(rules), '--format', 'json');
  expect(err).toBe(''); // the sheet was checked and the rule file loaded
  return (JSON.parse(out) as JsonReport).files[0].findings.filter((f) => f.ruleId === ruleId);
}

const bundledFiles = () =>
  readdirSync(BUNDLED_RULES_DIR)
    .filter((n) => n.endsWith('.rules.json'))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(BUNDLED_RULES_DIR, n), 'utf8') }));

describe('a relation kind added as a module', () => {
  const capRule = {
    id: 'joint-covers-at-most-three',
    title: { 'zh-CN': '每个联合党组织覆盖不超过 3 家企业', en: 'Each joint organisation covers at most 3 enterprises' },
    message: {
      'zh-CN': '{row}：每个联合党组织覆盖 {actual} 家企业，应 {expected}',
      en: '{row}: {actual} enterprises per joint organisation, expected {expected}',
    },
    severity: 'warning',
    relation: { kind: 'perUnitCap', measure: 'jointCoveredEnterprises', per: 'jointOrganisations', max: 3 },
    source,
  };
  const file = { name: 'cap.rules.json', text: JSON.stringify({ rules: [capRule] }) };

  test('is parsed by its zod branch and checked by its module on a real workbook', async () => {
    const path = await writeXlsx('joint.xlsx', [
      ['地区', '联合党组织数（个）', '联合党组织覆盖企业数（家）'],
      ['甲县', 10, 25],
      ['乙县', 5, 20],
    ]);
    const { ruleSet, problems } = loadRuleSet([...bundledFiles(), file], bundledVocabularyFile(), {
      relations: extendRegistry([perUnitCapExtension]),
    });
    expect(problems).toEqual([]);
    const { results } = await checkFiles([path], { ruleSet, lang: 'zh-CN' });
    const findings = results[0].sheets[0].findings.filter((f) => f.ruleId === 'joint-covers-at-most-three');
    expect(findings.map((f) => f.message)).toEqual(['乙县：每个联合党组织覆盖 4.00 家企业，应 ≤ 3']);
    expect(findings[0].cells.map((c) => c.address).sort()).toEqual(['B3', 'C3']);
    expect(results[0].sheets[0].explanation.rulesApplied.map((r) => r.ruleId)).toContain('joint-covers-at-most-three');
  });

  test('is unknown to a rule set loaded without it', () => {
    const { ruleSet, failures } = loadRuleSet([...bundledFiles(), file], bundledVocabularyFile());
    expect(ruleSet.rules.map((r) => r.id)).not.toContain('joint-covers-at-most-three');
    expect(failures).toContainEqual(
      expect.objectContaining({ file: 'cap.rules.json', ruleIds: ['joint-covers-at-most-three'] }),
    );
  });

  test('the registry has a module for every kind of the zod union, and one missing does not compile', () => {
    expect([...builtInRelations.kinds].sort()).toEqual(relationSchema.options.map((o) => o.shape.kind.value).sort());
    // @ts-expect-error -- a registry without a module for each kind of the rule schema is a type error
    const incomplete: BuiltInModules = { ratio };
    expect(Object.keys(incomplete)).toEqual(['ratio']);
  });
});

describe('row conditions (when) and unless, decided by the rules engine', () => {
  const coverage = [
    ['地区', '企业数（家）', '覆盖企业数（家）', '党组织覆盖率（%）'],
    ['甲县', 0, 0, 0],
    ['乙县', 100, 30, 30.0],
    ['丙县', 200, 180, 90.0],
  ];
  const enterprisesAboveZero = { fact: 'enterprises', operator: 'greaterThan', value: 0 };

  test('when on a row value: only rows where 企业数 > 0 are checked', async () => {
    const path = await writeXlsx('coverage.xlsx', coverage);
    const withWhen = await findingsOf(
      path,
      [
        rangeRule('coverage-at-least-half', 'coverageRate', 100, {
          relation: { kind: 'range', measures: ['coverageRate'], min: 50, max: 100 },
          when: enterprisesAboveZero,
        }),
      ],
      'coverage-at-least-half',
    );
    expect(withWhen.map((f) => f.cells.map((c) => c.address))).toEqual([['D3']]);
    const without = await findingsOf(
      path,
      [
        rangeRule('coverage-at-least-half', 'coverageRate', 100, {
          relation: { kind: 'range', measures: ['coverageRate'], min: 50, max: 100 },
        }),
      ],
      'coverage-at-least-half',
    );
    expect(without.map((f) => f.cells.map((c) => c.address))).toEqual([['D2'], ['D3']]);
  });

  test('when on the row kind, directly and through not/any: region rows only, the total row left out', async () => {
    const path = await writeXlsx('regions.xlsx', [
      ['地区', '企业数（家）'],
      ['甲县', 800],
      ['乙县', 700],
      ['合计', 1500],
    ]);
    const regionsOnly = { fact: 'rowKind', operator: 'equal', value: 'region' };
    const notATotal = {
      not: {
        any: [
          { fact: 'rowKind', operator: 'equal', value: 'total' },
          { fact: 'rowKind', operator: 'equal', value: 'subtotal' },
        ],
      },
    };
    expect(
      await findingsOf(path, [rangeRule('at-most-1000', 'enterprises', 1000, { when: regionsOnly })], 'at-most-1000'),
    ).toEqual([]);
    expect(
      await findingsOf(path, [rangeRule('at-most-1000', 'enterprises', 1000, { when: notATotal })], 'at-most-1000'),
    ).toEqual([]);
    const all = await findingsOf(path, [rangeRule('at-most-1000', 'enterprises', 1000)], 'at-most-1000');
    expect(all.map((f) => f.message)).toEqual(['合计：企业数为 1500，应在 0–1000']);
  });

  test('unless is a not condition: a sheet with the named measure leaves the rule out, one without is checked', async () => {
    const rules = [rangeRule('at-most-1000', 'enterprises', 1000, { unless: ['coveredEnterprises'] })];
    const withCovered = await writeXlsx('with.xlsx', [
      ['地区', '企业数（家）', '覆盖企业数（家）'],
      ['甲县', 1800, 900],
    ]);
    const withoutCovered = await writeXlsx('without.xlsx', [
      ['地区', '企业数（家）'],
      ['甲县', 1800],
    ]);
    expect(await findingsOf(withCovered, rules, 'at-most-1000')).toEqual([]);
    expect((await findingsOf(withoutCovered, rules, 'at-most-1000')).map((f) => f.cells[0].address)).toEqual(['B2']);
  });
});

describe('explain gives the engine’s reason for each rule that did not apply', () => {
  const rules = [
    rangeRule('big-regions', 'enterprises', 100000, {
      when: { fact: 'enterprises', operator: 'greaterThan', value: 10000 },
    }),
    rangeRule('without-covered', 'enterprises', 1000, { unless: ['coveredEnterprises'] }),
  ];
  // The reason, without the layer a user's rule came from (`（来自 mine.json）`, checked in rule-layers.test.ts).
  const reasons = (out: string) =>
    new Map(
      [...out.matchAll(/^ {6}- (\S+) {2}(.*)$/gm)].map((m) => [
        m[1],
        m[2].replace(/（来自 [^）]*）$| \(from [^)]*\)$/, ''),
      ]),
    );

  test.each([
    [
      'zh-CN',
      '没有满足适用条件的行（企业数 > 10000）',
      '表中有“覆盖企业数”列，由更具体的规则检查',
      '表中没有合计行',
      '表中没有“办结率”列',
    ],
    [
      'en',
      'no row meets the rule’s condition (enterprises > 10000)',
      'the sheet has a “enterprises covered” column; a more specific rule checks it',
      'the sheet has no total row',
      'no column for “closure rate”',
    ],
  ])('in %s', async (lang, when, unless, noTotal, noColumn) => {
    const path = await writeXlsx('coverage.xlsx', [
      ['地区', '企业数（家）', '覆盖企业数（家）', '党组织覆盖率（%）'],
      ['甲县', 100, 60, 60.0],
    ]);
    const { out, code } = await runCli('explain', path, '--rules', writeRules(rules), '--lang', lang);
    expect(code).toBe(0);
    const byRule = reasons(out);
    expect(byRule.get('big-regions')).toBe(when);
    expect(byRule.get('without-covered')).toBe(unless);
    expect(byRule.get('total-row-sum')).toBe(noTotal);
    expect(byRule.get('total-row-rate')).toBe(noTotal);
    expect(byRule.get('closure-rate')).toContain(noColumn);
    // Every rule left out says why.
    expect(byRule.size).toBeGreaterThan(10);
    for (const reason of byRule.values()) expect(reason.trim()).not.toBe('');
  });
});

describe('message placeholders are checked when a rule file loads', () => {
  const badMessage = { 'zh-CN': '{行}：{result}为 {actual}', en: '{row}: {result} is {actual}' };

  test('an unknown placeholder in a new rule is an error naming the rule, the placeholder and the path, in both languages', async () => {
    const { ruleSet, problems } = loadRuleSet(
      [
        ...bundledFiles(),
        {
          name: 'mine.json',
          text: JSON.stringify({ rules: [rangeRule('my-range', 'enterprises', 10, { message: badMessage })] }),
        },
      ],
      bundledVocabularyFile(),
    );
    expect(ruleSet.rules.map((r) => r.id)).not.toContain('my-range');
    expect(problems.map((p) => p.path)).toEqual(['$.rules[0].message["zh-CN"]']);
    expect(formatRuleProblem(problems[0], 'zh-CN')).toContain('规则 "my-range"');
    expect(formatRuleProblem(problems[0], 'zh-CN')).toContain(
      '占位符 {行} 无法识别（这类规则可用 {row} {expected} {actual} {note} {result}）',
    );
    expect(formatRuleProblem(problems[0], 'en')).toContain(
      'unknown placeholder {行} in message (this kind of rule can use {row} {expected} {actual} {note} {result})',
    );
    const path = await writeXlsx('t.xlsx', [
      ['地区', '企业数（家）'],
      ['甲县', 5],
    ]);
    const { code, err } = await runCli(
      'check',
      path,
      '--rules',
      writeRules([rangeRule('my-range', 'enterprises', 10, { message: badMessage })]),
    );
    expect(code).toBe(2);
    expect(err).toContain('规则 "my-range"');
    expect(err).toContain('占位符 {行} 无法识别');
  });

  test('a layer changing a bundled rule’s message to an unknown placeholder is rejected and the bundled message kept', () => {
    const { ruleSet, problems } = loadRuleSet(
      [
        ...bundledFiles(),
        {
          name: 'mine.json',
          text: JSON.stringify({
            rules: [{ id: 'coverage-rate', message: { 'zh-CN': '{行} 覆盖率不对', en: '{row}' } }],
          }),
        },
      ],
      bundledVocabularyFile(),
    );
    expect(problems.map((p) => p.path)).toEqual(['$.rules[0].message["zh-CN"]']);
    expect(ruleSet.rules.find((r) => r.id === 'coverage-rate')?.message['zh-CN']).not.toContain('{行}');
  });
});

test('one evaluation serves findings and localisation: each rule’s relation is evaluated once per sheet', async () => {
  const path = await writeXlsx('coverage.xlsx', [
    ['地区', '企业数（家）', '覆盖企业数（家）', '党组织覆盖率（%）'],
    ['甲县', 200, 100, 60.0],
    ['乙县', 400, 300, 75.0],
    ['合计', 600, 400, 66.7],
  ]);
  const spy = jest.spyOn(ratio, 'evaluate');
  try {
    const { ruleSet } = loadRuleSet(bundledFiles(), bundledVocabularyFile());
    const { results } = await checkFiles([path], { ruleSet, lang: 'zh-CN' });
    expect(results[0].sheets[0].findings.map((f) => f.ruleId)).toContain('coverage-rate');
    const evaluated = spy.mock.calls.map(([input]) => (input as RelationInput<Relation>).rule.id);
    expect(evaluated).toEqual(['coverage-rate']);
  } finally {
    spy.mockRestore();
  }
});

test('the sum-within check leaves complete breakdowns to the complete-breakdown rule, and checks them once that rule is off', async () => {
  const path = await writeXlsx('points.xlsx', [
    ['市', '联系点（个）', '其中：省级（个）', '市级（个）', '县级（个）'],
    ['沈阳市', 300, 18, 60, 222],
    ['大连市', 279, 12, 57, 220],
  ]);
  const rowsOf = (findings: { message: string }[]) => findings.map((f) => f.message.split('：')[0]);
  expect(rowsOf(await findingsOf(path, [], 'parts-sum-to-whole'))).toEqual(['大连市']);
  expect(await findingsOf(path, [], 'parts-sum-within-whole')).toEqual([]);
  expect(rowsOf(await findingsOf(path, [{ id: 'parts-sum-to-whole', off: true }], 'parts-sum-within-whole'))).toEqual([
    '大连市',
  ]);
});

describe('one engine per rule set', () => {
  // json-rules-engine keeps its run status on the engine: a sheet that finishes first used to stop the rules of a
  // sheet still running (the total-row rate rule, which runs last, went missing when sheets were checked together).
  test('sheets checked at the same time get the findings they get one at a time', async () => {
    const name = 'liaoning-no-member-planted.xlsx';
    const workbook = readWorkbookBytes(
      new Uint8Array(readFileSync(join(__dirname, '..', 'seeds', 'sheets', name))),
      name,
    );
    const { ruleSet } = loadRuleSet(bundledFiles(), bundledVocabularyFile());
    const sheets = [...workbook.sheets, { name: '空表', rows: [], merges: [] }];
    const alone: string[][] = [];
    for (const sheet of sheets)
      alone.push((await checkSheet(sheet, ruleSet, { lang: 'zh-CN' })).findings.map((f) => f.ruleId));
    const together = (await Promise.all(sheets.map((sheet) => checkSheet(sheet, ruleSet, { lang: 'zh-CN' })))).map(
      (r) => r.findings.map((f) => f.ruleId),
    );
    expect(alone[0]).toContain('total-row-rate');
    expect(together).toEqual(alone);
  });
});
