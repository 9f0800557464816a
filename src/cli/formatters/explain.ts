import type { Lang } from '../../core/report';
import type { RuleFailure } from '../../core/rules';
import type { FileResult } from '../../node/check-files';
import { printable, problemLine } from '../../readers/read-problems';
import { ruleFailureLine } from '../summary';

/** How each sheet was read: what a rule author looks at when a rule does not fire. */
export function formatExplain(results: FileResult[], lang: Lang = 'zh-CN', failures: RuleFailure[] = []): string {
  const out: string[] = failures.map((f) => `! ${ruleFailureLine(f, lang)}`);
  for (const result of results) {
    out.push(result.file);
    for (const problem of result.problems) out.push(`  ! ${problemLine({ ...problem, file: undefined })}`);
    for (const { explanation: e, problems } of result.sheets) {
      out.push(`  sheet "${e.sheet}"`);
      for (const problem of problems) out.push(`    ! ${problemLine({ ...problem, file: undefined })}`);
      out.push(`    header rows: ${e.headerRows.join(', ') || '-'}; label column: ${e.labelColumn ?? '-'}`);
      out.push('    columns:');
      for (const c of e.columns) out.push(`      ${c.letter.padEnd(3)} ${c.header}${c.unit ? ` [${c.unit}]` : ''} → ${c.measure ?? '(no measure)'}`);
      out.push(`    total rows: ${e.totalRows.map((t) => `${t.row} ${t.label} (sum of ${t.members} rows)`).join('; ') || '-'}`);
      out.push(`    其中 parts: ${e.parts.map((p) => `${p.part} of ${p.whole}`).join('; ') || '-'}`);
      for (const note of e.notes) out.push(`    note: ${note}`);
      out.push('    rules applied:');
      for (const r of e.rulesApplied) out.push(`      ✓ ${r.ruleId}  ${r.title}`);
      out.push('    rules not applied:');
      for (const r of e.rulesNotApplied) out.push(`      - ${r.ruleId}  ${r.reason}`);
      out.push('    inferred from the figures:');
      for (const r of e.inferred ?? []) out.push(`      ${r.breaks > 0 ? '!' : '✓'} ${r.ruleId}  ${r.formula}  (${r.across}s: ${r.support} hold, ${r.breaks} fail)`);
    }
    out.push('');
  }
  return out.map(printable).join('\n');
}
