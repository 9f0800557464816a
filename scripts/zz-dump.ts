import { join, resolve } from 'node:path';
import { checkSheet } from '../src/core/linter';
import { readAggreCol } from './aggrecol';
import { readRuleSet } from '../src/node/rule-files';
import { a1 } from '../src/core/snapshot';
const REPO = '/work/wt-a';
async function main() {
  const { ruleSet } = readRuleSet([join(REPO, 'rules')], join(REPO, 'rules', 'vocabulary.json'));
  const tables = readAggreCol(join(REPO, 'tests', 'corpora', 'aggrecol', 'dataset.jl.gz'));
  const only = process.argv[2];
  for (const [i, table] of tables.entries()) {
    if (only && !only.split(',').includes(String(i))) continue;
    const report = await checkSheet(table.sheet, ruleSet, { lang: 'en' });
    const errs = report.findings.filter((f) => f.severity === 'error');
    if (errs.length === 0) continue;
    console.log(`=== ${table.name} format=${table.format} rows=${table.sheet.rows.length}`);
    for (const f of errs) {
      console.log(` FINDING ${f.ruleId}: ${f.cells.map((c) => c.address + (c.suspect ? '*' : '') + '=' + c.value).join(' ')}`);
      console.log(`   ${f.message}`);
      const cells = new Set(f.cells.map((c) => c.address));
      const anns = table.aggregations.filter((a) => cells.has(a1(...a.aggregator_index)));
      for (const a of anns) console.log(`   ANN ${a.operator} ${a1(...a.aggregator_index)} <- ${a.aggregatee_indices.map((x) => a1(...x)).join(',')}`);
      if (anns.length === 0) console.log('   ANN none on finding cells');
    }
    if (only) {
      for (const [r, row] of table.sheet.rows.entries()) console.log(String(r + 1).padStart(3), row.map((c) => (c ? c.text : '')).join(' | '));
    }
  }
}
if (!process.env.RELS) void main();
import { inferSheet } from '../src/core/inference/infer';
export async function rels(i: number) {
  const { ruleSet } = readRuleSet([join(REPO, 'rules')], join(REPO, 'rules', 'vocabulary.json'));
  const t = readAggreCol(join(REPO, 'tests', 'corpora', 'aggrecol', 'dataset.jl.gz'))[i];
  const inf = inferSheet(t.sheet, ruleSet.lexicon);
  for (const r of inf.relations) console.log(r.axis, r.kind, r.target, r.members.join(','), r.scale, 'support', r.support.length, 'breaks', r.breaks.map((b) => `${b.pos}:${b.expected}/${b.actual}`).join(' '), 'unexpl', r.unexplained);
}
if (process.env.RELS) void rels(Number(process.env.RELS));
import { viewOf } from '../src/core/inference/grid';
import { verdictAt } from '../src/core/inference/relations';
export function verd(i: number, target: number, a: number, b: number, kind: 'change' | 'ratio', scale: number) {
  const { ruleSet } = readRuleSet([join(REPO, 'rules')], join(REPO, 'rules', 'vocabulary.json'));
  const t = readAggreCol(join(REPO, 'tests', 'corpora', 'aggrecol', 'dataset.jl.gz'))[i];
  const inf = inferSheet(t.sheet, ruleSet.lexicon);
  const v = viewOf(inf.grid, 'column');
  for (let pos = 0; pos < v.positions; pos++) console.log(pos, JSON.stringify(verdictAt(v, { kind, target, members: [a, b], scale }, pos)));
}
if (process.env.VERD) { const [i, t, a, b, k, s] = process.env.VERD.split(','); verd(+i, +t, +a, +b, k as 'change', +s); }
