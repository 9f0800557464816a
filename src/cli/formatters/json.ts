import type { FileResult } from '../../node/check-files';
import { problemLine } from '../../readers/read-problems';
import { countBySeverity, countCellFixes, countFindings } from '../summary';

/** One JSON document: `{"files":[{"file","sheets":[…],"findings":[…]}],"summary":{…}}`. */
export function formatJson(results: FileResult[]): string {
  return (
    JSON.stringify(
      {
        files: results.map((r) => ({
          file: r.file,
          problems: r.problems.map(problemLine),
          sheets: r.sheets.map((s) => ({ name: s.sheet, findings: s.findings.length, problems: s.problems.map(problemLine) })),
          cellFixes: r.sheets.flatMap((s) => s.cellFixes.map((fix) => ({ sheet: s.sheet, ...fix }))),
          findings: r.sheets.flatMap((s) => s.findings),
        })),
        summary: { files: results.length, sheets: results.reduce((n, r) => n + r.sheets.length, 0), cellsToFix: countCellFixes(results), findings: countFindings(results), ...countBySeverity(results) },
      },
      null,
      2,
    ) + '\n'
  );
}
