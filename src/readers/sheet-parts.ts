import type { ReadProblem } from '../core/snapshot';
import { UnreadableFile, readMessages } from './read-problems';
import { relationshipKind, resolveTarget, type Relationship, type SheetEntry } from './xlsx-parts';

/**
 * The sheets workbook.xml lists, each resolved through the workbook's relationships to its worksheet part or
 * noted as not read (a chart sheet, a macro sheet, a part missing from the package). Shared by the lean reader and
 * the exceljs preflight, which must say the same: exceljs drops such sheets without a word.
 */

export interface WorksheetPart {
  entry: SheetEntry;
  /** The worksheet's part in the package (`xl/worksheets/sheet1.xml`). */
  path: string;
}

const NON_WORKSHEETS: Record<string, string> = {
  dialogsheet: 'dialog',
  xlMacrosheet: 'macro',
  xlIntlMacrosheet: 'macro',
};

/**
 * The worksheet parts to read and the notes on the other sheets. A workbook without any worksheet (only chart
 * sheets) has nothing to check: UnreadableFile, so that it is never reported as free of inconsistencies.
 */
export function worksheetParts(
  file: string,
  sheets: SheetEntry[],
  rels: Map<string, Relationship>,
  workbookPath: string,
  has: (path: string) => boolean,
): { parts: WorksheetPart[]; problems: ReadProblem[] } {
  const parts: WorksheetPart[] = [];
  const problems: ReadProblem[] = [];
  let worksheets = 0;
  for (const entry of sheets) {
    const sheet = entry.name;
    const rel = entry.relationshipId === undefined ? undefined : rels.get(entry.relationshipId);
    // Without the workbook's relationships a sheet is taken for a worksheet, whose part is then missing.
    const kind = rel ? relationshipKind(rel.type) : 'worksheet';
    if (kind === 'chartsheet') {
      problems.push({ file, sheet, message: readMessages.chartSheet });
      continue;
    }
    if (kind !== 'worksheet') {
      problems.push({ file, sheet, message: readMessages.otherSheet(NON_WORKSHEETS[kind] ?? kind) });
      continue;
    }
    worksheets += 1;
    const path = rel && resolveTarget(workbookPath, rel.target);
    if (path === undefined || !has(path)) {
      problems.push({ file, sheet, message: readMessages.missingSheetPart, unreadSheet: 'missing' });
      continue;
    }
    if (entry.state !== 'visible') problems.push({ file, sheet, message: readMessages.hiddenSheet(entry.state) });
    parts.push({ entry, path });
  }
  if (worksheets === 0) throw new UnreadableFile(readMessages.noWorksheet);
  return { parts, problems };
}
