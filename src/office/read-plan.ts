/**
 * How many rows of a used range to read per `context.sync()`. Excel on the web refuses a response over 5 MB and a
 * read of more than 5,000,000 cells; one chunk loads four arrays (values, text, numberFormat, formulas), so the
 * budget is set by the estimated payload first and by the cell count second, both well under those limits.
 */
export interface ReadBudget {
  /** Most cells one chunk may cover. */
  maxCells: number;
  /** Most bytes one chunk's response may be estimated at. */
  maxBytes: number;
  /** Estimated response bytes per cell for the four arrays together (JSON, CJK text as UTF-8). */
  bytesPerCell: number;
}

/** 4 arrays × ~32 bytes a cell, 4 MB: 31,250 cells a chunk, so a 30-column sheet reads 1,041 rows per round trip. */
export const DEFAULT_READ_BUDGET: ReadBudget = { maxCells: 200_000, maxBytes: 4_000_000, bytesPerCell: 128 };

/** Rows per chunk for a range `columnCount` wide: floor(budget / columns), at least one row. */
export function chunkRowCount(columnCount: number, budget: ReadBudget = DEFAULT_READ_BUDGET): number {
  const cells = Math.min(budget.maxCells, Math.floor(budget.maxBytes / budget.bytesPerCell));
  return Math.max(1, Math.floor(cells / Math.max(1, columnCount)));
}

export interface RowChunk {
  /** Row offset inside the used range (0-based). */
  rowOffset: number;
  rowCount: number;
}

/** Splits `rowCount` rows of a `columnCount`-wide range into consecutive chunks of at most chunkRowCount rows. */
export function planChunks(
  rowCount: number,
  columnCount: number,
  budget: ReadBudget = DEFAULT_READ_BUDGET,
): RowChunk[] {
  const size = chunkRowCount(columnCount, budget);
  const chunks: RowChunk[] = [];
  for (let rowOffset = 0; rowOffset < rowCount; rowOffset += size) {
    chunks.push({ rowOffset, rowCount: Math.min(size, rowCount - rowOffset) });
  }
  return chunks;
}

/**
 * UTF-8 length of `text`: Excel on the web's 5 MB limit counts bytes, and a Chinese character is three of them (a
 * character count under-reads a sheet of Chinese text threefold). Surrogate pairs (4 bytes) count 2 + 2.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/** Bytes of a loaded chunk's arrays as they travel (JSON, UTF-8). */
export function payloadBytes(arrays: readonly unknown[]): number {
  let bytes = 0;
  for (const array of arrays) bytes += utf8Length(JSON.stringify(array));
  return bytes;
}

/**
 * Rows for the next chunk once one chunk's bytes are known: as many rows of that size as fit in `maxBytes`, within
 * the cell limit, at least one. Rows later in a sheet are assumed to weigh what the rows read so far weighed.
 */
export function rowsForMeasuredBytes(
  bytesPerRow: number,
  columnCount: number,
  budget: ReadBudget = DEFAULT_READ_BUDGET,
): number {
  const byCells = Math.floor(budget.maxCells / Math.max(1, columnCount));
  const byBytes = bytesPerRow > 0 ? Math.floor(budget.maxBytes / bytesPerRow) : byCells;
  return Math.max(1, Math.min(byCells, byBytes));
}

/** True for Office's refusal of a response over its size limit (RequestPayloadSizeLimitExceeded). */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'RequestPayloadSizeLimitExceeded' || /payload size/i.test(error instanceof Error ? error.message : '')
  );
}
