import { checkSheet } from '../core/linter';
import type { Finding, Lang } from '../core/report';
import type { RuleSet } from '../core/rules';
import type { Rule } from '../core/rule-schema';
import { type Cell, type SheetSnapshot } from '../core/snapshot';

/**
 * Cross-checks every rule against the seed articles' figures through the same engine as `statlint check`: each
 * seed relation becomes a small sheet whose headers are the rule's own header spellings and whose cells are the
 * figures as the articles write them (`87.1%`, `1.2万名`), and the verdict is whether the rule finds it inconsistent.
 */
export type Verdict = 'consistent' | 'inconsistent' | 'not-checkable';

/** The part of a seed fact the cross-check reads. */
export interface SeedFact {
  id: string;
  article: string;
  written: string;
  /** Where the figure is from and what it counts, for the row label and the headers of parts. */
  place: string;
  counts: string;
}

/** The part of a seed relation the cross-check reads: operands by measure id (or whole/parts/total/part/base/shareRate). */
export interface SeedRelation {
  id: string;
  rule: string;
  facts: Record<string, string | string[]>;
  expected: Verdict;
  missing?: string[];
  note?: string;
}

export interface CrosscheckCase {
  relation: SeedRelation;
  verdict: Verdict;
  /** For inconsistent: the rule's message and figures; for not-checkable: what is missing. */
  detail: string;
  finding?: Finding;
  agrees: boolean;
}

export interface CrosscheckReport {
  cases: CrosscheckCase[];
  /** Rules in the rule set that no seed relation exercises. */
  rulesWithoutCase: string[];
  /** Relations naming a rule that does not exist. */
  unknownRules: string[];
}

const LABEL_HEADER = '项目';

function textCell(row: number, col: number, text: string): Cell {
  return { value: text, text, numFmt: 'General' };
}

/** A table: header row, then rows of [label, ...figures as written]. */
function tableOf(headers: string[], rows: [string, ...string[]][]): SheetSnapshot {
  const grid = [[LABEL_HEADER, ...headers], ...rows];
  return {
    name: 'seed',
    rows: grid.map((cells, r) => cells.map((text, c) => (text === '' ? null : textCell(r, c, text)))),
    merges: [],
  };
}

function firstAlias(ruleSet: RuleSet, measureId: string): string {
  return ruleSet.measures.get(measureId)?.aliases[0] ?? measureId;
}

/** Builds the sheet a seed relation stands for, or says which operand is missing. */
function seedSheet(
  rule: Rule,
  relation: SeedRelation,
  ruleSet: RuleSet,
  factOf: (id: string) => SeedFact | undefined,
): SheetSnapshot | { missing: string[] } {
  const one = (key: string) => {
    const id = relation.facts[key];
    return typeof id === 'string' ? factOf(id)?.written : undefined;
  };
  const partFacts = (Array.isArray(relation.facts.parts) ? relation.facts.parts : [])
    .map(factOf)
    .filter((f): f is SeedFact => f !== undefined);
  const many = (key: string) => (key === 'parts' ? partFacts.map((f) => f.written) : []);
  const firstId = Object.values(relation.facts).flat()[0];
  const label = (firstId && factOf(firstId)?.place) || '报道数字';
  const table = (headers: string[], rows: [string, ...string[]][]) =>
    tableOf(
      headers,
      rows.map(([l, ...cells]) => [l === '报道数字' ? label : l, ...cells]),
    );
  const r = rule.relation;
  // A kind that reads measures (ratio, equals, atLeast, range, or a kind added later) is a one-row table of them.
  const module = ruleSet.relations.moduleOf(r);
  const measures = [...new Set(module.measures(r))];
  if (measures.length > 0) {
    const present = measures.filter((m) => one(m) !== undefined);
    const missing = measures.filter((m) => one(m) === undefined);
    if (module.anyMeasure ? present.length === 0 : missing.length > 0)
      return { missing: module.anyMeasure ? measures : missing };
    return table(
      present.map((m) => firstAlias(ruleSet, m)),
      [['报道数字', ...present.map((m) => one(m) as string)]],
    );
  }
  switch (r.kind) {
    case 'wholeNumber': {
      const value = one('count');
      return value === undefined ? { missing: ['count'] } : table(['数量（个）'], [['报道数字', value]]);
    }
    case 'totalRow':
    case 'parts': {
      let whole = one('whole') ?? one('total');
      let parts = many('parts');
      let partNames = partFacts.map((f) => f.counts);
      // Shares of one whole (25.4 %, 33.7 %, 47.8 % of 205 members) are parts of 100 %: compared as plain numbers.
      if (whole === undefined && parts.length > 0 && parts.every((p) => p.trim().endsWith('%'))) {
        whole = '100';
        parts = parts.map((p) => p.trim().replace(/%$/, ''));
        partNames = partNames.map((n) => n.replace(/(占比|比例|比重)$/, ''));
      }
      if (whole === undefined || parts.length === 0) return { missing: whole === undefined ? ['whole'] : ['parts'] };
      if (r.kind === 'totalRow')
        return table(['数量（个）'], [['合计', whole], ...parts.map((p, i): [string, string] => [`分项${i + 1}`, p])]);
      const wholeName =
        factOf(String(relation.facts.whole ?? relation.facts.total ?? relation.facts.base))?.counts ?? '总数';
      // Parts keep what they count as headers, made unique; a complete breakdown (省级, 市级, 县级) keeps its own names.
      const names =
        r.completeSets.find((set) => set.length === parts.length) ??
        partNames.map((n, i) => (partNames.indexOf(n) === i ? n : `${n}（${i + 1}）`));
      return table([wholeName, ...names.map((n, i) => (i === 0 ? `其中：${n}` : n))], [['报道数字', whole, ...parts]]);
    }
    case 'share': {
      const part = one('part');
      const base = one('base');
      const rate = one('shareRate');
      if (part === undefined || base === undefined || rate === undefined)
        return { missing: ['part', 'base', 'shareRate'].filter((k) => one(k) === undefined) };
      const template = r.templates[0].replace('{base}', '基数');
      return table(['数量', '基数', template], [['报道数字', part, base, rate]]);
    }
    case 'totalRowRate':
      return { missing: ['region rows'] };
    default:
      return { missing: [`a seed sheet for relation kind ${r.kind}`] };
  }
}

export async function crosscheck(
  facts: SeedFact[],
  relations: SeedRelation[],
  ruleSet: RuleSet,
  lang: Lang,
): Promise<CrosscheckReport> {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const factOf = (id: string) => byId.get(id);
  const cases: CrosscheckCase[] = [];
  const unknownRules: string[] = [];
  for (const relation of relations) {
    const rule = ruleSet.rules.find((r) => r.id === relation.rule);
    if (!rule) {
      unknownRules.push(`${relation.id} → ${relation.rule}`);
      continue;
    }
    const sheet = seedSheet(rule, relation, ruleSet, factOf);
    let verdict: Verdict;
    let detail: string;
    let finding: Finding | undefined;
    if ('missing' in sheet) {
      verdict = 'not-checkable';
      detail = `missing: ${[...new Set([...(relation.missing ?? []), ...sheet.missing])].join(', ')}`;
    } else {
      const report = await checkSheet(sheet, ruleSet, { lang });
      finding = report.findings.find((f) => f.ruleId === rule.id);
      const applied = report.explanation.rulesApplied.some((a) => a.ruleId === rule.id);
      if (finding) {
        verdict = 'inconsistent';
        detail = finding.message;
      } else if (applied) {
        verdict = 'consistent';
        detail = '';
      } else {
        verdict = 'not-checkable';
        detail = report.explanation.rulesNotApplied.find((n) => n.ruleId === rule.id)?.reason ?? '';
      }
    }
    cases.push({ relation, verdict, detail, finding, agrees: verdict === relation.expected });
  }
  const exercised = new Set(relations.map((r) => r.rule));
  return { cases, rulesWithoutCase: ruleSet.rules.map((r) => r.id).filter((id) => !exercised.has(id)), unknownRules };
}
