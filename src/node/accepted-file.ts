import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { acceptedFileSchema, type AcceptedEntry } from '../core/accepted';

/** Where a workbook's explained findings are kept unless --accepted names a file: beside it. */
export function acceptedPathFor(workbook: string): string {
  return `${workbook}.statlint-accepted.json`;
}

/** The entries of an accepted-findings file; none when it does not exist. Throws a one-line message when it is not valid. */
export function readAccepted(path: string): AcceptedEntry[] {
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
  const parsed = acceptedFileSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`${path}: ${parsed.error.issues[0].path.join('.') || '$'}: ${parsed.error.issues[0].message}`);
  return parsed.data.entries;
}

/** Adds entries (replacing any for the same finding) and writes the file. */
export function writeAccepted(path: string, added: AcceptedEntry[]): void {
  const key = (e: AcceptedEntry) =>
    [
      e.workbook,
      e.sheet,
      e.ruleId,
      e.cells
        .map((c) => c.address)
        .sort()
        .join(','),
    ].join('\u0000');
  const replaced = new Set(added.map(key));
  const entries = [...readAccepted(path).filter((e) => !replaced.has(key(e))), ...added];
  writeFileSync(path, JSON.stringify({ statlintAccepted: 1, entries }, null, 2) + '\n', 'utf8');
}
