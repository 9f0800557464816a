/// <reference types="office-js" />

/**
 * Notes at the suspect cells (ExcelApi 1.18's worksheet.notes; Excel's older "comments" are threaded conversations
 * shown to every co-author, so they are not used). Each note's text starts with a signature, by which Clear finds
 * the add-in's notes again — also after the workbook was saved and reopened — and leaves the user's own notes alone.
 */

export const NOTE_SIGNATURE = '[statlint] ';

export interface CellNote {
  /** A1 address on the sheet, one cell. */
  address: string;
  text: string;
}

/** True when a note's content is one of the add-in's. */
export function isOwnNote(content: unknown): boolean {
  return typeof content === 'string' && content.startsWith(NOTE_SIGNATURE);
}

/**
 * Queues the deletion of the add-in's notes on `sheets`: one round trip to read the notes' content; the deletes wait
 * for the caller's next sync. Returns how many are queued.
 */
export async function queueNoteDeletion(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
): Promise<number> {
  const collections = sheets.map((sheet) => sheet.notes.load('items/content'));
  await context.sync();
  const own = collections.flatMap((c) => c.items.filter((note) => isOwnNote(note.content)));
  for (const note of own) note.delete();
  return own.length;
}

/** Queues one note per cell, its text signed. Nothing is sent: the caller syncs. */
export function queueNotes(sheet: Excel.Worksheet, notes: readonly CellNote[]): number {
  for (const note of notes) sheet.notes.add(note.address, NOTE_SIGNATURE + note.text);
  return notes.length;
}
