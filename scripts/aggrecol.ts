/**
 * The AggreCol validation set (tests/corpora/aggrecol) as sheet snapshots: each table's cell texts read as numbers the
 * way its number format writes them, and its annotated aggregations, for `npm run bench:accuracy`.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Cell, type SheetSnapshot } from '../src/core/snapshot';

export interface Aggregation {
  operator: 'Sum' | 'Average' | 'Division' | 'RelativeChange';
  aggregator_index: [number, number];
  aggregatee_indices: [number, number][];
}

export interface AggreColTable {
  name: string;
  /** How the table writes numbers: `Comma Point` (1,234.5), `Space Comma` (1 234,5) … */
  format: string;
  sheet: SheetSnapshot;
  aggregations: Aggregation[];
}

interface RawRecord {
  file_name: string;
  table_id: string;
  number_format: string;
  table_array: string[][];
  aggregation_annotations: Aggregation[];
}

/** A cell text as a number, with the thousands and decimal marks its table's number format names. */
export function readAggreColNumber(
  text: string,
  format: string,
): { value: number; decimals: number; percent: boolean } | undefined {
  let t = text.trim();
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1).trim();
  const [thousands, decimal] = format.split(' ');
  if (thousands === 'Space') t = t.replace(/[\s\u00a0\u202f]/g, '');
  if (thousands === 'Comma') t = t.replace(/,/g, '');
  if (decimal === 'Comma') t = t.replace(',', '.');
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  const decimals = (t.split('.')[1] ?? '').length;
  return { value: Number(t), decimals, percent };
}

/** The cell a host would give for this text: a number with a number format showing its decimals, or the text. */
export function aggreColCell(row: number, col: number, text: string, format: string): Cell | null {
  if (text.trim() === '') return null;
  const n = readAggreColNumber(text, format);
  if (!n) return { value: text, text, numFmt: 'General' };
  const digits = n.decimals > 0 ? `0.${'0'.repeat(n.decimals)}` : '0';
  return n.percent
    ? { value: Number((n.value / 100).toPrecision(15)), text, numFmt: `${digits}%` }
    : { value: n.value, text, numFmt: digits };
}

export function readAggreCol(file: string): AggreColTable[] {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
  return lines.map((line, i) => {
    const record = JSON.parse(line) as RawRecord;
    const rows = record.table_array.map((cells, r) =>
      cells.map((text, c) => aggreColCell(r, c, text ?? '', record.number_format)),
    );
    return {
      name: `${String(i).padStart(3, '0')} ${record.file_name || record.table_id}`,
      format: record.number_format,
      sheet: { name: record.table_id || `table ${i}`, rows, merges: [] },
      aggregations: record.aggregation_annotations,
    };
  });
}
