import type { FileResult } from '../../node/check-files';
import { problemLine } from '../../readers/read-problems';
import { countBySeverity } from '../summary';

/** One JSON document: `{"files":[{"file","sheets":[…],"findings":[…]}],"summary":{…}}`. */
export function formatJson(results: FileResult[]): string {
  return (
    JSON.stringify(
      {
        files: results.map((r) => ({
          file: r.file,
          problems: r.problems.map(problemLine),
          sheets: r.sheets.map((s) => ({ name: s.sheet, findings: s.findings.length, problems: s.problems.map(problemLine) })),
          findings: r.sheets.flatMap((s) => s.findings),
        })),
        summary: { files: results.length, sheets: results.reduce((n, r) => n + r.sheets.length, 0), ...countBySeverity(results) },
      },
      null,
      2,
    ) + '\n'
  );
}
