import { annotateWorkbook } from '../annotate/annotate';
import { checkSheet } from '../core/linter';
import { spanOf } from '../core/continuation';
import type { Lang, SheetReport } from '../core/report';
import type { RuleSet } from '../core/rules';
import type { WorkbookSnapshot } from '../core/snapshot';
import { isCsvName, readWorkbookBytes } from '../readers/read-workbook-bytes';
import { errorMessage } from '../readers/read-problems';
import { byId, h } from '../taskpane/dom';
import { say, type PageString } from './page-locale';
import { sheetSection, sheetStatus, statusLine, unreadStatus } from './sheet-view';

/**
 * The standalone page: a workbook chosen or dropped is read and checked here, in the browser (readWorkbookBytes,
 * the same core and rules as the command line), shown sheet by sheet, and offered back as the annotated copy.
 * Nothing leaves the page: the file is read with FileReader and the copy is a Blob URL.
 */

interface Checked {
  name: string;
  bytes: Uint8Array;
  workbook: WorkbookSnapshot;
  reports: SheetReport[];
}

/** Lets the browser paint between sheets, so a big workbook shows progress instead of a frozen page. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function readFile(file: File): Promise<Uint8Array> {
  // FileReader rather than File.arrayBuffer(): older engines (EdgeHTML, 360's compatibility modes) lack the latter.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

export class StandalonePage {
  private checked: Checked | undefined;
  private downloadUrl: string | undefined;
  /** Each run's number: a second file dropped while the first is being checked wins. */
  private run = 0;

  constructor(
    private readonly doc: Document,
    private readonly ruleSet: RuleSet,
    private lang: Lang,
  ) {}

  start(): void {
    const input = byId(this.doc, 'file', HTMLInputElement);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.open(file);
      input.value = '';
    });
    const zone = this.doc.body;
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('dragging');
      const file = e.dataTransfer?.files[0];
      if (file) void this.open(file);
    });
    byId(this.doc, 'lang').addEventListener('click', () => void this.switchLang());
    this.showTexts();
  }

  private showTexts(): void {
    this.doc.documentElement.lang = this.lang;
    Array.prototype.forEach.call(this.doc.querySelectorAll('[data-text]'), (el: HTMLElement) => {
      el.textContent = say(this.lang, el.getAttribute('data-text') as PageString);
    });
    this.doc.title = say(this.lang, 'title');
  }

  private setStatus(text: string, kind: 'busy' | 'error' | '' = ''): void {
    const line = byId(this.doc, 'progress');
    line.textContent = text;
    line.className = kind;
    line.hidden = text === '';
  }

  async open(file: File): Promise<void> {
    const run = ++this.run;
    this.setStatus(say(this.lang, 'reading', { file: file.name }), 'busy');
    byId(this.doc, 'results').replaceChildren();
    try {
      const bytes = await readFile(file);
      const workbook = readWorkbookBytes(bytes, file.name);
      const reports = await this.check(workbook, run);
      if (reports === undefined) return;
      this.checked = { name: file.name, bytes, workbook, reports };
      this.show();
    } catch (e) {
      if (run === this.run) this.setStatus(say(this.lang, 'failed', { message: errorMessage(e) }), 'error');
    }
  }

  /** Every sheet through the core, one at a time; undefined when a newer file took over. */
  private async check(workbook: WorkbookSnapshot, run: number): Promise<SheetReport[] | undefined> {
    const reports: SheetReport[] = [];
    for (const [i, sheet] of workbook.sheets.entries()) {
      this.setStatus(say(this.lang, 'checking', { file: workbook.file, sheet: sheet.name }), 'busy');
      await nextFrame();
      if (run !== this.run) return undefined;
      const span = spanOf(workbook.sheets, i, this.ruleSet.lexicon);
      reports.push(await checkSheet(sheet, this.ruleSet, { lang: this.lang, ...span }));
    }
    return run === this.run ? reports : undefined;
  }

  private async switchLang(): Promise<void> {
    this.lang = this.lang === 'zh-CN' ? 'en' : 'zh-CN';
    this.showTexts();
    const checked = this.checked;
    if (!checked) return;
    // Findings are worded when checked: check again in the other language.
    const run = ++this.run;
    const reports = await this.check(checked.workbook, run);
    if (reports === undefined) return;
    checked.reports = reports;
    this.show();
  }

  private show(): void {
    const checked = this.checked;
    if (!checked) return;
    const { name, workbook, reports } = checked;
    const lang = this.lang;
    const fatal = workbook.problems.find((p) => p.fatal);
    const results = byId(this.doc, 'results');
    if (fatal) {
      this.setStatus(say(lang, 'fatal', { file: name, message: fatal.message }), 'error');
      results.replaceChildren(h('p', { class: 'help' }, say(lang, 'help')));
      return;
    }
    this.setStatus('');
    const cells = reports.reduce((n, r) => n + r.cellFixes.length, 0);
    const findings = reports.reduce((n, r) => n + r.findings.length, 0);
    const statusOf = (k: number) => sheetStatus(workbook.sheets[k], reports[k], lang);
    const anyChecked = reports.some((_, k) => statusOf(k).kind === 'checked');
    const headline =
      cells > 0
        ? say(lang, 'summary', { file: name, cells, findings })
        : say(lang, anyChecked ? 'summaryClean' : 'summaryNothing', { file: name });
    const statuses = [
      ...reports.map((r, k) => statusLine(r.sheet, statusOf(k), lang)),
      ...workbook.problems
        .filter((p) => p.sheet !== undefined && !workbook.sheets.some((s) => s.name === p.sheet))
        .map((p) => statusLine(p.sheet as string, unreadStatus(p, lang), lang)),
    ];
    results.replaceChildren(
      h(
        'div',
        { class: `summary ${cells > 0 ? 'has-findings' : 'clean'}` },
        h('p', { class: 'headline' }, headline),
        this.downloadBlock(cells > 0),
      ),
      h('ul', { class: 'statuses' }, statuses),
      ...workbook.sheets.map((sheet, k) => sheetSection(sheet, reports[k], lang)),
    );
  }

  /** The annotated copy's link, made when asked for (the copy is built in memory, never sent anywhere). */
  private downloadBlock(hasFindings: boolean): HTMLElement | null {
    const checked = this.checked;
    if (!checked || !hasFindings) return null;
    if (isCsvName(checked.name)) return h('p', { class: 'note' }, say(this.lang, 'csvNoCopy'));
    const button = h('button', { type: 'button', id: 'download', class: 'primary' }, say(this.lang, 'download'));
    button.addEventListener('click', () => this.download());
    return h('div', { class: 'download' }, button, h('p', { class: 'note' }, say(this.lang, 'downloadNote')));
  }

  private download(): void {
    const checked = this.checked;
    if (!checked) return;
    const { bytes } = annotateWorkbook(checked.bytes, checked.reports, this.lang);
    const stem = checked.name.replace(/\.[^.]*$/, '');
    const extension = /\.xlsm$/i.test(checked.name) ? '.xlsm' : '.xlsx';
    const fileName = `${stem}${this.lang === 'en' ? '-annotated' : '-标注'}${extension}`;
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const legacySave = (navigator as Navigator & { msSaveOrOpenBlob?: (blob: Blob, name: string) => void })
      .msSaveOrOpenBlob;
    if (legacySave) {
      legacySave.call(navigator, blob, fileName);
      return;
    }
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = URL.createObjectURL(blob);
    const link = h('a', { href: this.downloadUrl, download: fileName, hidden: 'hidden' });
    this.doc.body.append(link);
    link.click();
    this.doc.body.removeChild(link);
  }
}
