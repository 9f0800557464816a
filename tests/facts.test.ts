import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNumber } from '../src/core/figure';
import { readFigureText } from '../src/core/number';
import { lexicon } from './helpers/lexicon';
import {
  completenessProblems,
  factsFileSchema,
  factValueOf,
  relationFactIds,
  relationsFileSchema,
  scanFigures,
  seedLinkProblems,
  seedSchemaFiles,
  type Exclusion,
  type Fact,
} from '../src/evidence/seeds';

const SEEDS = join(__dirname, '..', 'seeds');
const ARTICLE_FILES = readdirSync(join(SEEDS, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const articles = new Map(ARTICLE_FILES.map((f) => [f, readFileSync(join(SEEDS, 'articles', f), 'utf8')]));
const readSeed = (name: string): unknown => JSON.parse(readFileSync(join(SEEDS, name), 'utf8'));

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

const factsParse = factsFileSchema.safeParse(readSeed('facts.json'));
const relationsParse = relationsFileSchema.safeParse(readSeed('relations.json'));
const facts: Fact[] = factsParse.success ? factsParse.data.facts : [];
const relations = relationsParse.success ? relationsParse.data.relations : [];
const factById = new Map(facts.map((f) => [f.id, f]));

/** Why a figure in an article is not a statistic. Every exclusion names one; Chinese-numeral figures are never scanned. */
const REASONS = {
  date: 'a calendar date (月, 日), not a count',
  time: 'a time of day (时, 分, 点), not a count',
  year: 'a year or a range of years, naming a period',
  duration: 'a time span in a narrative (小时, 天, 年来): sheets hold no such figure, so no time span is recorded',
  threshold: 'a bound in the definition of a category (50人以上, 35岁以下, 不足3人), not a count of it',
  name: 'digits inside a name (12345 hotline, building no. 12, the “1+3+8” mechanism)',
  quota:
    'a per-cadre requirement of the “三个一” action (serve 1 enterprise, at least once a month, invite 1 person): a norm, not a count',
} as const;

function excluded(articleNumber: string, locator: string, reason: keyof typeof REASONS): Exclusion {
  const article = ARTICLE_FILES.find((f) => f.startsWith(`${articleNumber}_`));
  if (!article) throw new Error(`no article ${articleNumber}`);
  return { article, locator, reason: `${reason}: ${REASONS[reason]}` };
}

/** The figures of the five articles that are not statistics, each matched by its verbatim context. */
const EXCLUSIONS: Exclusion[] = [
  excluded('000', '6 月 29 日', 'date'),
  excluded('000', '7月1日', 'date'),
  excluded('000', '35 岁以下', 'threshold'),
  excluded('000', '用\n时9个多小时', 'duration'),
  excluded('000', '17 时 30 分', 'time'),
  excluded('000', '进行 14天', 'duration'),
  excluded('000', '7 月 4 日', 'date'),
  excluded('000', '实行 24 小时不', 'duration'),
  excluded('000', '2021 年新年第一天', 'year'),
  excluded('000', '2021 年 1 月 2 日', 'date'),
  excluded('000', '清晨4时\n30 分', 'time'),
  excluded('000', '直至 14 时', 'time'),
  excluded('000', '今年 3 月 17 日', 'date'),
  excluded('000', '已经是 18\n日的凌晨 2 点多', 'date'),
  excluded('000', '时已是6点多', 'time'),
  excluded('000', '19日夜间', 'date'),
  excluded('000', '当晚 22 时', 'time'),
  excluded('000', '直至20日5时', 'date'),
  excluded('000', '工作中。3\n年来', 'duration'),
  excluded('000', '的800多天里', 'duration'),
  excluded('000', '2021 年，沈阳市委', 'year'),
  excluded('001', '于2020年4月', 'date'),
  excluded('001', '职工50人以上', 'threshold'),
  excluded('001', '4月28日', 'date'),
  excluded('001', '2020年以来', 'year'),
  excluded('001', '从2020年开始', 'year'),
  excluded('001', '党员不足3人', 'threshold'),
  excluded('001', '2020年共发展', 'year'),
  excluded('001', '4月25日', 'date'),
  excluded('001', '12号楼', 'name'),
  excluded('001', '建成了2000年', 'year'),
  excluded('002', '“1+3+8”', 'name'),
  excluded('002', '一对一服务1家规上', 'quota'),
  excluded('002', '联系服务企业1次', 'quota'),
  excluded('002', '至少邀请1名', 'quota'),
  excluded('002', '12345平台', 'name'),
  excluded('003', '6月以來', 'date'),
  excluded('003', '12345熱線', 'name'),
  excluded('003', '截至6月25日', 'date'),
  excluded('004', '(2025–2027年)', 'year'),
  excluded('004', '方案2025年度', 'year'),
  excluded('004', '12345政务服务', 'name'),
];

describe('seed files', () => {
  test('facts.json and relations.json match their schemas', () => {
    expect(issues(factsParse)).toEqual([]);
    expect(issues(relationsParse)).toEqual([]);
    expect(facts.length).toBeGreaterThan(0);
    expect(relations.length).toBeGreaterThan(0);
  });

  test('the schemas reject a fact filed under another article, naming the JSON path', () => {
    const fact = facts[0];
    const moved = { facts: [{ ...fact, article: ARTICLE_FILES.find((f) => f !== fact.article) }] };
    expect(issues(factsFileSchema.safeParse(moved))).toEqual([
      expect.stringMatching(/^facts\.0\.id: the id must start with a\d{3}/),
    ]);
    const relation = relations[0];
    const both = { relations: [{ ...relation, missing: [Object.keys(relation.facts)[0]] }] };
    expect(issues(relationsFileSchema.safeParse(both))).toEqual([
      expect.stringMatching(/^relations\.0\.missing\.0: \w+ is both stated and missing$/),
    ]);
  });

  test('every fact is in an article, with its locator and each repeat there exactly once', () => {
    for (const fact of facts) {
      const text = articles.get(fact.article) ?? '';
      for (const locator of [fact.locator, ...(fact.repeats ?? [])]) {
        expect({ fact: fact.id, locator, occurrences: text.split(locator).length - 1 }).toEqual({
          fact: fact.id,
          locator,
          occurrences: 1,
        });
      }
    }
  });

  test('every written figure is copied from its locator (layout spaces and line breaks removed)', () => {
    const notCopied = facts
      .filter((f) => !f.locator.replace(/\s+/g, '').includes(f.written))
      .map((f) => `${f.id}: ${f.written}`);
    expect(notCopied).toEqual([]);
  });

  test('every fact’s value and unit are what readFigureText reads from its written figure', () => {
    const disagreements = facts.flatMap((fact) => {
      const figure = readFigureText(fact.written, lexicon);
      if (!isNumber(figure)) return [`${fact.id}: readFigureText reads "${fact.written}" as ${figure.kind}`];
      const read = { value: factValueOf(figure), unit: figure.percent ? '%' : figure.unit };
      const stated = { value: fact.value, unit: fact.unit };
      return JSON.stringify(read) === JSON.stringify(stated)
        ? []
        : [`${fact.id}: ${JSON.stringify(stated)} but readFigureText gives ${JSON.stringify(read)}`];
    });
    expect(disagreements).toEqual([]);
  });

  test('sameAs links and relation operands point at existing facts, both ways', () => {
    expect(seedLinkProblems(facts, relations)).toEqual([]);
  });

  test('seedLinkProblems reports a one-sided sameAs and a relation naming a missing fact', () => {
    const linked = facts.find((f) => f.sameAs !== undefined) as Fact;
    const oneSided = facts.map((f) => (f.id === linked.sameAs?.[0] ? { ...f, sameAs: undefined } : f));
    expect(seedLinkProblems(oneSided, [])).toEqual([
      `facts: ${linked.id}.sameAs names ${linked.sameAs?.[0]}, but not the other way round`,
    ]);
    const dangling = { ...relations[0], facts: { whole: 'a000-no-such-fact' } };
    expect(seedLinkProblems(facts, [dangling])).toEqual([
      `relations: ${relations[0].id} names a000-no-such-fact, which is not a fact`,
    ]);
  });

  test('rates are percentages, repeated figures share a unit, and sameAs figures agree', () => {
    const rateMeasures = ['coverageRate', 'declineRate', 'growthRate', 'closureRate', 'shareRate'] as const;
    for (const relation of relations) {
      for (const measure of rateMeasures) {
        const id = relation.facts[measure];
        if (id)
          expect({ relation: relation.id, measure, unit: factById.get(id)?.unit }).toEqual({
            relation: relation.id,
            measure,
            unit: '%',
          });
      }
      if (relation.kind === 'repeat') {
        const units = relationFactIds(relation).map((id) => factById.get(id)?.unit);
        expect({ relation: relation.id, units: new Set(units).size }).toEqual({ relation: relation.id, units: 1 });
      }
    }
    for (const fact of facts) {
      for (const other of fact.sameAs ?? []) {
        expect({ pair: [fact.id, other], value: factById.get(other)?.value }).toEqual({
          pair: [fact.id, other],
          value: fact.value,
        });
      }
    }
  });

  test('the committed JSON Schemas are what npm run schemas writes', () => {
    for (const [name, json] of Object.entries(seedSchemaFiles())) {
      expect({ name, json: readFileSync(join(SEEDS, name), 'utf8') }).toEqual({ name, json });
    }
    expect(readSeed('facts.json')).toMatchObject({ $schema: './facts.schema.json' });
    expect(readSeed('relations.json')).toMatchObject({ $schema: './relations.schema.json' });
  });
});

describe('figure scanner', () => {
  test('reads figures across layout spaces and line breaks, with 余/多, 万/亿 and %', () => {
    expect(scanFigures('补助\n3000 多万元。其中 1000 万元').map((f) => f.core)).toEqual(['3000多万', '1000万']);
    expect(scanFigures('发展的 20\n余件难题，15万余公里，1.39 亿元，87.1%').map((f) => f.core)).toEqual([
      '20余',
      '15万余',
      '1.39亿',
      '87.1%',
    ]);
    expect(scanFigures('全形３６家，８７．１％，2,431户，1.9萬名').map((f) => f.core)).toEqual([
      '36',
      '87.1%',
      '2,431',
      '1.9萬',
    ]);
  });

  test('gives the span of each figure in the text', () => {
    const text = '共有160名区县、370户企业';
    expect(scanFigures(text).map((f) => text.slice(f.start, f.end))).toEqual(['160', '370']);
  });

  test('leaves Chinese-numeral figures out of scope', () => {
    expect(scanFigures('拥有万余人的国企，第九次全体会议，两天内完成')).toEqual([]);
  });
});

describe('completeness: every figure in the articles is a fact or a listed exclusion', () => {
  test('the facts and the exclusions account for every scanned figure, and every fact is found by the scanner', () => {
    expect(completenessProblems(articles, facts, EXCLUSIONS)).toEqual([]);
  });

  test('every exclusion names one of the reasons', () => {
    for (const exclusion of EXCLUSIONS) expect(Object.keys(REASONS)).toContain(exclusion.reason.split(':')[0]);
  });

  test('deleting any one fact is reported at its first mention', () => {
    for (const fact of facts) {
      const text = articles.get(fact.article) ?? '';
      const at = text.indexOf(fact.locator);
      const figure = scanFigures(text).find(
        (f) => f.start >= at && f.end <= at + fact.locator.length && f.core === scanFigures(fact.written)[0].core,
      );
      const problems = completenessProblems(
        articles,
        facts.filter((f) => f !== fact),
        EXCLUSIONS,
      );
      expect({
        fact: fact.id,
        reported: problems.some((p) => p.startsWith(`${fact.article}: figure ${figure?.core} at ${figure?.start} `)),
      }).toEqual({
        fact: fact.id,
        reported: true,
      });
    }
  });

  test('dropping any one exclusion is reported', () => {
    for (const exclusion of EXCLUSIONS) {
      const problems = completenessProblems(
        articles,
        facts,
        EXCLUSIONS.filter((e) => e !== exclusion),
      );
      expect({
        exclusion: exclusion.locator,
        reported: problems.some((p) => p.includes('has no fact and no exclusion')),
      }).toEqual({
        exclusion: exclusion.locator,
        reported: true,
      });
    }
  });

  test('a fact whose written figure is not at its locator is reported', () => {
    const fact = facts.find((f) => f.id === 'a000-nonpublic-coverage-rate') as Fact;
    const wrong = { ...fact, written: '78.1%' };
    expect(
      completenessProblems(
        articles,
        facts.map((f) => (f === fact ? wrong : f)),
        EXCLUSIONS,
      ),
    ).toEqual([
      `${fact.article}: fact ${fact.id}: the scanner finds no 78.1% in "${fact.locator}"`,
      expect.stringMatching(
        new RegExp(`^${fact.article}: figure 87\\.1% at \\d+ \\(.*\\) has no fact and no exclusion$`),
      ),
    ]);
  });

  test('a stale exclusion and a locator that is not unique are reported', () => {
    const stale = { ...EXCLUSIONS[0], locator: '8 月 1 日' };
    expect(completenessProblems(articles, facts, [...EXCLUSIONS, stale])).toEqual([
      `${stale.article}: exclusion "8 月 1 日" covers no figure in the article`,
    ]);
    const fact = facts[0];
    const vague = { ...fact, locator: fact.written.replace(/\D+$/, '') };
    expect(
      completenessProblems(
        articles,
        facts.map((f) => (f === fact ? vague : f)),
        EXCLUSIONS,
      ),
    ).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${fact.article}: fact ${fact.id}: locator "${vague.locator}" occurs [2-9]\\d* times \\(once expected\\)$`,
        ),
      ),
    );
  });
});
