import { formatCsv } from '../reports/csv';
import type { Lexicon } from '../core/lexicon';
import type { Lang, SheetReport } from '../core/report';
import type { SheetSnapshot } from '../core/snapshot';
import { formatHtml } from '../reports/html';

/**
 * The reports the pane exports, written by the same formatters as the command line's so the two never differ.
 * One place for every format.
 */
export interface ReportFile {
  fileName: string;
  mime: string;
  text: string;
}

type Formatter = (
  workbook: string,
  reports: SheetReport[],
  lang: Lang,
  snapshots: SheetSnapshot[],
  lexicon: Lexicon,
) => ReportFile;

export const REPORT_FORMATS = {
  csv: (workbook, reports, lang) => ({
    fileName: 'statlint.csv',
    mime: 'text/csv;charset=utf-8',
    text: formatCsv([{ file: workbook, sheets: reports, problems: [] }], lang),
  }),
  // The self-contained page the command line writes with --format html: each sheet drawn with its suspect cells.
  html: (workbook, reports, lang, snapshots, lexicon) => ({
    fileName: 'statlint.html',
    mime: 'text/html;charset=utf-8',
    text: formatHtml({ files: [{ file: workbook, sheets: reports, problems: [], snapshots }], lexicon }, lang),
  }),
} satisfies Record<string, Formatter>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

interface SavingNavigator {
  msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean;
}

/** Offers `file` for download: an <a download> where the engine has it, IE11's msSaveOrOpenBlob otherwise. */
export function offerDownload(doc: Document, file: ReportFile): void {
  const blob = new Blob([file.text], { type: file.mime });
  const legacy = (doc.defaultView?.navigator as SavingNavigator | undefined)?.msSaveOrOpenBlob;
  if (legacy) {
    legacy.call(doc.defaultView?.navigator, blob, file.fileName);
    return;
  }
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  doc.body.removeChild(link);
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
