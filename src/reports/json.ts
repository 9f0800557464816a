import type { FileResult, Lang } from '../core/report';
import type { CrossTableReport } from '../core/cross-table';
import { formatRuleProblem, type RuleFailure, type RuleProblem } from '../core/rules';
import { problemLine } from '../readers/problem-lines';
import {
  countBySeverity,
  countCellFixes,
  countFindings,
  notCheckedReason,
  ruleFailureLine,
  rulesNotLoaded,
  wasChecked,
} from './summary';

/**
 * One JSON document: `{"ruleFailures":[…],"files":[{"file","sheets":[…],"cellFixes":[…],"findings":[…]}],"summary":{…}}`. Rule files
 * that did not load come first and again in the summary (`rulesNotLoaded`: a count, or null when unknown); a sheet no
 * rule applied to has `"checked": false` and the reason.
 */
export function formatJson(
  results: FileResult[],
  lang: Lang = 'zh-CN',
  failures: RuleFailure[] = [],
  cross?: CrossTableReport,
  ruleProblems: RuleProblem[] = [],
): string {
  // Each failed rule file with its problems, worded as on stderr (file, line and column, rule, the fix).
  const ruleFailures = failures.map((f) => ({
    file: f.file,
    rules: f.ruleIds ?? null,
    message: ruleFailureLine(f, lang),
    problems: ruleProblems.filter((p) => p.file === f.file).map((p) => formatRuleProblem(p, lang)),
  }));
  const files = results.map((r) => ({
    file: r.file,
    problems: r.problems.map(problemLine),
    sheets: r.sheets.map((s) => {
      const reason = notCheckedReason(s, lang);
      return {
        name: s.sheet,
        // A sheet the reader could not read as a table (no header above its figures) was not checked either.
        checked: wasChecked(s),
        ...(reason ? { notChecked: reason } : {}),
        findings: s.findings.length,
        problems: s.problems.map(problemLine),
      };
    }),
    cellFixes: r.sheets.flatMap((s) => s.cellFixes.map((fix) => ({ sheet: s.sheet, ...fix }))),
    findings: r.sheets.flatMap((s) => s.findings),
  }));
  const summary = {
    files: results.length,
    sheets: results.reduce((n, r) => n + r.sheets.length, 0),
    cellsToFix: countCellFixes(results),
    findings: countFindings(results),
    sheetsNotChecked: files.reduce((n, f) => n + f.sheets.filter((s) => !s.checked).length, 0),
    ...countBySeverity(results),
    accepted: results.reduce(
      (n, r) => n + r.sheets.reduce((m, s) => m + s.findings.filter((f) => f.accepted).length, 0),
      0,
    ),
    crossTableFindings: cross?.findings.length ?? 0,
    crossTableExplained: cross?.explained?.length ?? 0,
    ...(cross?.skipped ? { crossTableSkipped: cross.skipped } : {}),
    rulesComplete: failures.length === 0,
    ...(failures.length > 0
      ? { rulesNotLoaded: rulesNotLoaded(failures) ?? null, ruleFailures: ruleFailures.map((f) => f.message) }
      : {}),
  };
  return (
    JSON.stringify(
      {
        ...(failures.length > 0 ? { ruleFailures } : {}),
        files,
        crossTable: [...(cross?.findings ?? []), ...(cross?.explained ?? [])],
        summary,
      },
      null,
      2,
    ) + '\n'
  );
}
