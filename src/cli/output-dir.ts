import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { CrossFinding, CrossTableReport } from '../core/cross-table';
import type { FileResult, Lang } from '../core/report';
import { notWritten } from '../node/write-problems';
import { printable } from '../readers/problem-lines';

const EXTENSIONS = { text: '.txt', json: '.json', csv: '.csv', html: '.html' } as const;

/** Names Windows refuses whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A report's file name from its workbook's: path separators, characters Windows forbids, control characters and
 * leading dots replaced, kept under 100 characters, never a reserved device name; a repeated name gets `-2`, `-3`.
 */
export function reportFileName(input: string, extension: string, taken: Set<string>): string {
  let stem = basename(input, extname(input))
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 100);
  if (!stem || RESERVED.test(stem)) stem = `_${stem}`;
  let name = `${stem}${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * One report per input workbook in `dir` (the per-county files a reviewer sends back): each holds that workbook's
 * findings and the findings between tables that name one of its cells. False when the folder or a file cannot be written.
 */
export function writePerWorkbook(
  results: FileResult[],
  cross: CrossTableReport,
  dir: string,
  format: (one: FileResult[], cross: CrossTableReport) => string,
  err: NodeJS.WriteStream,
  lang: Lang,
  extension: string = EXTENSIONS.text,
): boolean {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    err.write(`statlint: ${notWritten(printable(dir), e, lang)}\n`);
    return false;
  }
  const taken = new Set<string>();
  for (const result of results) {
    const names = (f: CrossFinding) => f.cells.some((c) => c.file === result.file);
    const mine: CrossTableReport = {
      findings: cross.findings.filter(names),
      explained: cross.explained?.filter(names),
      notes: [],
    };
    const path = join(dir, reportFileName(result.file, extension, taken));
    try {
      writeFileSync(path, format([result], mine), 'utf8');
    } catch (e) {
      err.write(`statlint: ${notWritten(printable(path), e, lang)}\n`);
      return false;
    }
  }
  return true;
}

export function extensionFor(format: keyof typeof EXTENSIONS): string {
  return EXTENSIONS[format];
}
