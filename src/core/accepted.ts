import { z } from 'zod';
import type { CrossFinding, CrossTableReport } from './cross-table/types';
import type { Finding, SheetReport } from './report';

/**
 * Explained findings (核实): a reviewer accepts a finding with a reason, and it stays explained while the cells it
 * reads keep the values they had; when one changes the finding is open again.
 */
export const acceptedEntrySchema = z
  .object({
    /** The workbook's file name (without folders), so one explicit file can serve several workbooks. */
    workbook: z.string().min(1),
    sheet: z.string(),
    ruleId: z.string().min(1),
    cells: z
      .array(
        z
          .object({
            address: z.string().regex(/^[A-Z]{1,3}\d+$/),
            value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
            /** For a finding between tables: the cell's workbook and sheet (absent: the entry's own). */
            workbook: z.string().min(1).optional(),
            sheet: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
    reason: z.string().min(1),
    acceptedAt: z.string(),
  })
  .strict();

export const acceptedFileSchema = z
  .object({ statlintAccepted: z.literal(1), entries: z.array(acceptedEntrySchema) })
  .strict();

export type AcceptedEntry = z.infer<typeof acceptedEntrySchema>;
export type AcceptedFile = z.infer<typeof acceptedFileSchema>;

/** The same relation on the same cells: rule, sheet and the set of addresses it reads. */
function sameFinding(entry: AcceptedEntry, sheet: string, finding: Finding): boolean {
  const addresses = (cells: { address: string }[]) =>
    cells
      .map((c) => c.address)
      .sort()
      .join(',');
  return (
    entry.sheet === sheet && entry.ruleId === finding.ruleId && addresses(entry.cells) === addresses(finding.cells)
  );
}

const fileName = (file: string) => file.replace(/^.*[\\/]/, '');

/** True while every cell the entry recorded still holds the value it held when accepted. */
function unchanged(entry: AcceptedEntry, finding: Finding): boolean {
  return entry.cells.every((c) => finding.cells.some((f) => f.address === c.address && f.value === c.value));
}

/**
 * An entry recording the finding as explained, with the values of the cells it reads; for a finding between tables
 * (kept with the workbook whose cell was named) each cell's workbook and sheet too, as it may read another workbook.
 */
export function acceptFinding(
  workbook: string,
  sheet: string,
  finding: Finding | CrossFinding,
  reason: string,
  at: Date,
): AcceptedEntry {
  return {
    workbook,
    sheet,
    ruleId: finding.ruleId,
    cells: finding.cells.map((c) =>
      'file' in c
        ? { address: c.address, value: c.value, workbook: fileName(c.file), sheet: c.sheet }
        : { address: c.address, value: c.value },
    ),
    reason,
    acceptedAt: at.toISOString(),
  };
}

/**
 * Marks the findings an entry explains (cells unchanged) as accepted, and drops from the cells to fix a suspect
 * whose every finding is explained. Returns the entries whose cells changed: those findings are open again.
 */
export function applyAccepted(
  workbook: string,
  sheets: SheetReport[],
  entries: AcceptedEntry[],
): { applied: number; changed: AcceptedEntry[] } {
  const mine = entries.filter((e) => e.workbook === workbook);
  const changed: AcceptedEntry[] = [];
  let applied = 0;
  for (const entry of mine) {
    const sheet = sheets.find((s) => s.sheet === entry.sheet);
    const finding = sheet?.findings.find((f) => sameFinding(entry, entry.sheet, f));
    if (!sheet || !finding) continue;
    if (!unchanged(entry, finding)) {
      changed.push(entry);
      continue;
    }
    finding.accepted = { reason: entry.reason, at: entry.acceptedAt };
    applied += 1;
  }
  for (const sheet of sheets) {
    const open = new Set(
      sheet.findings.filter((f) => !f.accepted).flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address)),
    );
    const explained = new Set(sheet.findings.filter((f) => f.accepted).flatMap((f) => f.cells.map((c) => c.address)));
    sheet.cellFixes = sheet.cellFixes.filter((fix) => open.has(fix.address) || !explained.has(fix.address));
  }
  return { applied, changed };
}

/**
 * Moves the findings between tables that an entry explains, with every cell still holding its recorded value, from
 * `findings` to `explained`: they are shown as explained and not counted as open. A changed cell leaves one open.
 */
export function applyAcceptedAcross(report: CrossTableReport, entries: AcceptedEntry[]): void {
  const where = (workbook: string, sheet: string, address: string) => `${workbook}\u0000${sheet}\u0000${address}`;
  const recorded = (e: AcceptedEntry) =>
    new Map(e.cells.map((c) => [where(c.workbook ?? e.workbook, c.sheet ?? e.sheet, c.address), c.value]));
  const open: CrossFinding[] = [];
  for (const finding of report.findings) {
    const cells = finding.cells.map((c) => [where(fileName(c.file), c.sheet, c.address), c.value] as const);
    const entry = entries.find((e) => {
      const values = recorded(e);
      return (
        e.ruleId === finding.ruleId &&
        values.size === cells.length &&
        cells.every(([key, value]) => values.has(key) && values.get(key) === value)
      );
    });
    if (entry) {
      finding.accepted = { reason: entry.reason, at: entry.acceptedAt };
      (report.explained ??= []).push(finding);
    } else open.push(finding);
  }
  report.findings = open;
}
