import { ruleFailureLine } from '../reports/summary';
import { checkAcrossTables } from '../core/cross-table';
import { withFindingsBetween } from '../core/cross-table/as-sheet';
import { checkSheet, type CheckOptions } from '../core/linter';
import { continuedByName } from '../core/continuation';
import type { Lang, SheetReport } from '../core/report';
import { formatRuleProblem, loadRuleSet, type RuleFailure, type RuleProblem, type RuleSet } from '../core/rules';
import type { SheetSnapshot } from '../core/snapshot';
import type { SheetInfo, WorkbookHost } from '../office/excel-host';
import { byId, h } from './dom';
import { errorText } from './errors';
import { renderExplanation } from './explain';
import { offerDownload, REPORT_FORMATS, type ReportFormat } from './export';
import { t, type StringKey } from './locale';
import { renderSheet } from './results';
import { isEmptySheet, statusOfReport, type SheetStatus } from './sheet-status';

export interface RuleFile {
  name: string;
  text: string;
}

export interface PaneOptions {
  document: Document;
  host: WorkbookHost;
  lang: Lang;
  bundledRules: RuleFile[];
  /** rules/vocabulary.json: the words every rule set, the bundled one or a user's file, reads sheets by. */
  bundledVocabulary: RuleFile;
  /** Quiet time after the last edit of a checked sheet before it is checked again. */
  recheckDelayMs?: number;
}

interface LoadedRules {
  name: string;
  ruleSet: RuleSet;
  problems: RuleProblem[];
  failures: RuleFailure[];
}

/** Everything known about one sheet of the last check; its status is worded from it in the current language. */
interface SheetResult {
  sheet: string;
  /** The sheet after it in the workbook, when all are checked: a continuation (表4-5续) says its totals go on there. */
  next?: string;
  /** The sheet before it, when all are checked: of which it may be the continuation. */
  previous?: string;
  snapshot?: SheetSnapshot;
  /** The sheet's own checks; `report` adds the findings between it and the workbook's other sheets checked. */
  own?: SheetReport;
  report?: SheetReport;
  /** Why it was not checked: hidden and not asked for, the user cancelled, or reading failed. */
  skipped?: 'hidden' | 'cancelled';
  readError?: unknown;
  /** Excel refused the marks (a protected sheet): the findings are still listed. */
  markError?: unknown;
}

/** Reads a File as UTF-8 text with FileReader: Blob.text() is missing from Trident and EdgeHTML. */
function fileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error(file.name));
    };
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * The task pane's behaviour over a WorkbookHost: no Office.js here, so the same code runs against Excel and
 * against the simulated host of the browser tests. Checking and marking are separate steps, so a sheet whose marks
 * Excel refuses keeps its findings.
 */
export class TaskPane {
  private lang: Lang;
  private readonly bundled: LoadedRules;
  /** The bundled rules with the user's rule file as a layer on top: a broken file never replaces them. */
  private layered: LoadedRules | undefined;
  private results: SheetResult[] = [];
  /** Operations queued or running; the buttons are aria-disabled while it is above zero. */
  private pending = 0;
  /** Operations run one after the other: a live re-check never interleaves with a button's check. */
  private queue: Promise<void> = Promise.resolve();
  private readonly recheckTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private stopRequested = false;

  constructor(private readonly options: PaneOptions) {
    this.lang = options.lang;
    this.bundled = { name: 'bundled', ...loadRuleSet(options.bundledRules, options.bundledVocabulary) };
  }

  private get doc(): Document {
    return this.options.document;
  }

  private get host(): WorkbookHost {
    return this.options.host;
  }

  private get rules(): LoadedRules {
    return this.checked('rules-from-file') && this.layered ? this.layered : this.bundled;
  }

  private checked(id: string): boolean {
    return byId(this.doc, id, HTMLInputElement).checked;
  }

  async start(): Promise<void> {
    this.applyLanguage();
    const langSelect = byId(this.doc, 'lang', HTMLSelectElement);
    langSelect.value = this.lang;
    langSelect.addEventListener('change', () => {
      this.lang = langSelect.value === 'en' ? 'en' : 'zh-CN';
      this.applyLanguage();
      this.enqueue(() => this.reword());
    });
    this.onButton('check-sheet', async () => {
      const name = await this.host.activeSheet();
      await this.checkSheets([{ name, hidden: false }], await this.sheetInfos());
    });
    this.onButton('check-all', async () => this.checkSheets(await this.sheetInfos()));
    this.onButton('clear', async () => {
      const removed = await this.host.clearMarks();
      this.setStatus(t(this.lang, 'cleared', { count: removed }));
    });
    this.onButton('export-html', () => {
      this.exportReport('html');
      return Promise.resolve();
    });
    this.onButton('export-csv', () => {
      this.exportReport('csv');
      return Promise.resolve();
    });
    // Cancel bypasses the queue: it has to act while a check runs.
    byId(this.doc, 'cancel').addEventListener('click', () => {
      this.stopRequested = true;
    });
    // Settings open and close with a button (Trident and EdgeHTML have no <details>).
    for (const toggle of this.doc.querySelectorAll<HTMLElement>('.toggle[aria-controls]')) {
      toggle.addEventListener('click', () => {
        const body = byId(this.doc, toggle.getAttribute('aria-controls') ?? '');
        body.hidden = !body.hidden;
        toggle.setAttribute('aria-expanded', String(!body.hidden));
      });
    }
    for (const id of ['rules-bundled', 'rules-from-file'])
      byId(this.doc, id).addEventListener('change', () => {
        this.renderRules();
      });
    const fileInput = byId(this.doc, 'rules-file', HTMLInputElement);
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) this.enqueue(() => this.loadRuleFile(file));
    });
    await this.host.onSheetChanged((sheet) => {
      this.scheduleRecheck(sheet);
    });
  }

  private async sheetInfos(): Promise<SheetInfo[]> {
    if (this.host.sheetInfos) return this.host.sheetInfos();
    return (await this.host.listSheets()).map((name) => ({ name, hidden: false }));
  }

  /** A pane button: ignored while an operation runs (it is aria-disabled then), otherwise queued. */
  private onButton(id: string, operation: () => Promise<void>): void {
    byId(this.doc, id).addEventListener('click', () => {
      if (this.pending === 0 && byId(this.doc, id).getAttribute('aria-disabled') !== 'true') this.enqueue(operation);
    });
  }

  /** Runs `operation` after the ones before it; a failure is shown in the user's language, never thrown at the browser. */
  private enqueue(operation: () => Promise<void>): void {
    this.setPending(1);
    this.queue = this.queue.then(async () => {
      this.showError(undefined);
      try {
        await operation();
      } catch (error) {
        this.setStatus('');
        this.showError(t(this.lang, 'failed', { message: errorText(this.lang, error) }));
      } finally {
        byId(this.doc, 'progress').hidden = true;
        this.setPending(-1);
      }
    });
  }

  /** The user's file goes on top of the bundled rules, as `--rules` does on the command line. */
  private async loadRuleFile(file: File): Promise<void> {
    const text = await fileText(file);
    this.layered = {
      name: file.name,
      ...loadRuleSet([...this.options.bundledRules, { name: file.name, text }], this.options.bundledVocabulary),
    };
    byId(this.doc, 'rules-file-name').textContent = file.name;
    byId(this.doc, 'rules-from-file', HTMLInputElement).checked = true;
    this.renderRules();
  }

  /**
   * Reads, checks and marks each sheet, showing each as it is done; hidden sheets only when asked for. `order` is
   * the workbook's sheets in their order: a sheet checked alone still knows that the next one continues its table.
   */
  private async checkSheets(sheets: SheetInfo[], order: SheetInfo[] = sheets): Promise<void> {
    const includeHidden = this.checked('include-hidden');
    this.stopRequested = false;
    this.results = [];
    byId(this.doc, 'findings').replaceChildren();
    byId(this.doc, 'cancel').hidden = false;
    this.setProgress(0);
    try {
      for (const [index, info] of sheets.entries()) {
        const at = order.findIndex((s) => s.name === info.name);
        const result: SheetResult = {
          sheet: info.name,
          next: at < 0 ? undefined : order[at + 1]?.name,
          previous: at < 1 ? undefined : order[at - 1]?.name,
        };
        if (this.stopping()) result.skipped = 'cancelled';
        else if (info.hidden && !includeHidden) result.skipped = 'hidden';
        else await this.checkOne(result, index, sheets.length);
        this.results.push(result);
        this.renderSheetResult(result);
        this.renderSummary();
        this.setProgress((index + 1) / sheets.length);
      }
    } finally {
      byId(this.doc, 'cancel').hidden = true;
    }
    if (!this.stopping()) await this.checkBetweenSheets();
    this.renderExplanations();
    const done = this.results.filter((r) => r.report).length;
    this.setStatus(this.stopping() ? t(this.lang, 'cancelled', { done, total: sheets.length }) : t(this.lang, 'done'));
  }

  /** Set by the cancel button while a check runs (a method, so that the compiler does not assume it unchanged). */
  private stopping(): boolean {
    return this.stopRequested;
  }

  private async checkOne(result: SheetResult, index: number, count: number): Promise<void> {
    const name = result.sheet;
    const where = t(this.lang, 'sheetProgress', { index: index + 1, total: count });
    try {
      result.snapshot = await this.host.readSheet(
        name,
        (p) => {
          this.setStatus(`${where} · ${t(this.lang, 'reading', { sheet: name, done: p.rowsRead, total: p.rowCount })}`);
          this.setProgress((index + (p.rowCount === 0 ? 1 : p.rowsRead / p.rowCount)) / count);
        },
        () => this.stopRequested,
      );
    } catch (error) {
      if (this.stopping()) result.skipped = 'cancelled';
      else result.readError = error;
      return;
    }
    this.setStatus(`${where} · ${t(this.lang, 'checking', { sheet: name })}`);
    await this.checkAndMark(result);
  }

  private checkOptions(result: SheetResult): CheckOptions {
    const { lexicon } = this.rules.ruleSet;
    return {
      lang: this.lang,
      continued: result.next !== undefined && continuedByName(result.sheet, result.next, lexicon),
      continues: result.previous !== undefined && continuedByName(result.previous, result.sheet, lexicon),
    };
  }

  /** Checking first, marking second: Excel refusing the marks never drops the report. */
  private async checkAndMark(result: SheetResult): Promise<void> {
    if (!result.snapshot) return;
    result.own = await checkSheet(result.snapshot, this.rules.ruleSet, this.checkOptions(result));
    result.report = result.own;
    await this.mark(result);
  }

  /**
   * The checks between the sheets of this workbook checked so far (a summary sheet against its ledger, one figure
   * stated in two sheets), added to each sheet's findings and marks. Run after every check, so that they follow the
   * figures; the sheets' own checks are not repeated.
   */
  private async checkBetweenSheets(): Promise<void> {
    const checked = this.results.filter((r) => r.snapshot && r.own);
    const { crossTable, measures, lexicon } = this.rules.ruleSet;
    const cross =
      checked.length < 2 || !crossTable?.length
        ? []
        : checkAcrossTables(
            // One workbook, unnamed: messages name its sheets only (`[汇总] B5`).
            [
              {
                file: '',
                sheets: checked.map((r) => r.snapshot as SheetSnapshot),
                reports: checked.map((r) => r.own as SheetReport),
              },
            ],
            crossTable,
            measures,
            lexicon,
            this.lang,
          ).findings;
    for (const result of checked) {
      const before = result.report;
      result.report = withFindingsBetween(result.own as SheetReport, '', cross, this.lang);
      // Unchanged when no finding between sheets reads this one, then or now: its marks stand.
      if (result.report === before) continue;
      await this.mark(result);
      this.renderSheetResult(result);
    }
    this.renderSummary();
  }

  private async mark(result: SheetResult): Promise<void> {
    if (!result.snapshot || !result.report) return;
    result.markError = undefined;
    if (isEmptySheet(result.snapshot)) return;
    try {
      // A note per suspect cell, in the card's words, when asked for (Clear removes them with the marks).
      const notes = this.checked('notes')
        ? result.report.cellFixes.map((fix) => ({ address: fix.address, text: fix.message }))
        : [];
      await this.host.markFindings(result.sheet, result.report.findings, notes);
    } catch (error) {
      result.markError = error;
    }
  }

  private statusOf(result: SheetResult): SheetStatus {
    const lang = this.lang;
    if (result.skipped === 'hidden') return { kind: 'skipped', detail: t(lang, 'skippedHidden') };
    if (result.skipped === 'cancelled') return { kind: 'notChecked', detail: t(lang, 'notCheckedCancelled') };
    if (!result.snapshot || !result.report)
      return { kind: 'notChecked', detail: t(lang, 'notCheckedRead', { message: errorText(lang, result.readError) }) };
    const markError = result.markError === undefined ? undefined : errorText(lang, result.markError);
    return statusOfReport(result.snapshot, result.report, this.rules.ruleSet, lang, markError);
  }

  /** New language: the core words its findings in it, from the snapshots already read (no Excel round trip). */
  private async reword(): Promise<void> {
    for (const result of this.results) {
      if (!result.snapshot || !result.own) continue;
      result.own = await checkSheet(result.snapshot, this.rules.ruleSet, this.checkOptions(result));
      result.report = result.own;
    }
    await this.checkBetweenSheets();
    this.renderResults();
  }

  /** Live re-check (off unless the user turns it on): only sheets already checked, 800 ms after the last edit. */
  private scheduleRecheck(sheet: string): void {
    const result = this.results.find((r) => r.sheet === sheet && r.own);
    if (!this.checked('live') || !result) return;
    clearTimeout(this.recheckTimers.get(sheet));
    this.recheckTimers.set(
      sheet,
      setTimeout(() => {
        this.recheckTimers.delete(sheet);
        this.enqueue(async () => {
          result.snapshot = await this.host.readSheet(sheet);
          await this.checkAndMark(result);
          this.renderSheetResult(result);
          // Renders the summary, and each sheet whose findings between sheets changed.
          await this.checkBetweenSheets();
          this.setStatus(t(this.lang, 'rechecked', { sheet }));
        });
      }, this.options.recheckDelayMs ?? 800),
    );
  }

  private exportReport(format: ReportFormat): void {
    const checked = this.results.filter((r) => r.report && r.snapshot);
    const reports = checked.map((r) => r.report as SheetReport);
    const snapshots = checked.map((r) => r.snapshot as SheetSnapshot);
    offerDownload(
      this.doc,
      REPORT_FORMATS[format](t(this.lang, 'thisWorkbook'), reports, this.lang, snapshots, this.rules.ruleSet.lexicon),
    );
  }

  private applyLanguage(): void {
    this.doc.documentElement.lang = this.lang;
    this.doc.title = t(this.lang, 'title');
    for (const element of this.doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
      element.textContent = t(this.lang, element.dataset.i18n as StringKey);
    }
    for (const element of this.doc.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
      element.setAttribute('aria-label', t(this.lang, element.dataset.i18nLabel as StringKey));
    }
    if (!this.layered) byId(this.doc, 'rules-file-name').textContent = t(this.lang, 'rulesFileNone');
    this.renderRules();
    this.renderResults();
  }

  private setPending(change: number): void {
    this.pending += change;
    const busy = String(this.pending > 0);
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    for (const id of ['check-sheet', 'check-all', 'clear']) byId(this.doc, id).setAttribute('aria-disabled', busy);
    const nothingToExport = String(this.pending > 0 || !this.results.some((r) => r.report));
    for (const id of ['export-html', 'export-csv']) byId(this.doc, id).setAttribute('aria-disabled', nothingToExport);
    this.doc.body.setAttribute('aria-busy', busy);
  }

  /** Shows the progress bar (hidden again when the operation ends) at `fraction` of the work. */
  private setProgress(fraction: number): void {
    const percent = String(Math.round(Math.min(1, Math.max(0, fraction)) * 100));
    const progress = byId(this.doc, 'progress');
    progress.hidden = false;
    progress.setAttribute('aria-valuenow', percent);
    progress.querySelector<HTMLElement>('.progress-bar')?.style.setProperty('width', `${percent}%`);
  }

  private setStatus(text: string): void {
    byId(this.doc, 'status').textContent = text;
  }

  private showError(text: string | undefined): void {
    const error = byId(this.doc, 'error');
    error.textContent = text ?? '';
    error.hidden = text === undefined;
  }

  /** The rule status in the settings, and, where the user is looking, a warning when the rule file did not load. */
  private renderRules(): void {
    const lang = this.lang;
    const usingFile = this.checked('rules-from-file');
    const loaded = usingFile ? this.layered : this.bundled;
    const bundledCount = this.bundled.ruleSet.rules.length;
    const failures = usingFile && this.layered ? this.layered.failures : [];
    byId(this.doc, 'rules-status').textContent = !loaded
      ? t(lang, 'rulesNoFile')
      : loaded === this.bundled
        ? t(lang, 'rulesBundledCount', { count: bundledCount })
        : t(lang, 'rulesLayered', { count: bundledCount, file: loaded.name });
    const alert = byId(this.doc, 'rules-alert');
    alert.replaceChildren(
      ...failures.map((f) =>
        h('p', {}, t(lang, 'rulesKeptBundled', { failure: ruleFailureLine(f, lang), count: bundledCount })),
      ),
    );
    alert.hidden = failures.length === 0;
    const problems = loaded?.problems ?? [];
    byId(this.doc, 'rule-problems').replaceChildren(...problems.map((p) => h('li', {}, formatRuleProblem(p))));
    byId(this.doc, 'rule-problems-box').hidden = problems.length === 0;
  }

  private goTo = (sheet: string, addresses: string[]): void => {
    this.enqueue(() => this.host.selectCells(sheet, addresses));
  };

  private renderSheetResult(result: SheetResult): void {
    const section = renderSheet(this.lang, result.sheet, this.statusOf(result), result.report, this.goTo);
    const findings = byId(this.doc, 'findings');
    const old = Array.prototype.filter.call(
      findings.children,
      (e: Element) => e.getAttribute('data-sheet') === result.sheet,
    )[0] as Element | undefined;
    if (old) findings.replaceChild(section, old);
    else findings.appendChild(section);
  }

  private renderSummary(): void {
    const summary = byId(this.doc, 'summary');
    if (this.results.length === 0) {
      summary.replaceChildren(h('p', { class: 'muted first-run' }, t(this.lang, 'firstRun')));
      return;
    }
    const reports = this.results.flatMap((r) => (r.report ? [r.report] : []));
    const findings = reports.flatMap((r) => r.findings);
    const kinds = this.results.map((r) => this.statusOf(r).kind);
    const item = (key: StringKey, value: number, kind: string) =>
      h(
        'div',
        { class: `summary-item ${kind}` },
        h('dt', {}, t(this.lang, key)),
        h('dd', { 'data-count': kind }, value),
      );
    summary.replaceChildren(
      h(
        'dl',
        { class: 'summary-list' },
        item(
          'summaryCells',
          reports.reduce((n, r) => n + r.cellFixes.length, 0),
          'cells',
        ),
        item('summaryErrors', findings.filter((f) => f.severity === 'error').length, 'errors'),
        item('summaryWarnings', findings.filter((f) => f.severity === 'warning').length, 'warnings'),
        item('summarySheets', kinds.filter((k) => k === 'checked' || k === 'unmarked').length, 'sheets'),
        item('summaryNotChecked', kinds.filter((k) => k === 'notChecked').length, 'not-checked'),
      ),
    );
  }

  private renderExplanations(): void {
    byId(this.doc, 'explain').replaceChildren(
      ...this.results.flatMap((r) => (r.report ? [renderExplanation(this.lang, r.report.explanation)] : [])),
    );
  }

  private renderResults(): void {
    this.renderSummary();
    byId(this.doc, 'findings').replaceChildren();
    for (const result of this.results) this.renderSheetResult(result);
    this.renderExplanations();
  }
}
