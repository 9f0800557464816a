import { checkSheet } from '../core/linter';
import type { Finding, Lang, Severity, SheetReport } from '../core/report';
import { formatRuleProblem, loadRuleSet, type RuleProblem, type RuleSet } from '../core/rules';
import type { SheetSnapshot } from '../core/snapshot';
import type { WorkbookHost } from '../office/excel-host';
import { byId, h } from './dom';
import { renderExplanation } from './explain';
import { SEVERITY_KEYS, t, type StringKey } from './locale';

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
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The task pane's behaviour over a WorkbookHost: no Office.js here, so the same code runs against Excel and
 * against the simulated host of the browser tests.
 */
export class TaskPane {
  private lang: Lang;
  private readonly bundled: LoadedRules;
  private fileRules: LoadedRules | undefined;
  /** Snapshots of the checked sheets, kept so that a language switch rewords findings without reading again. */
  private readonly snapshots = new Map<string, SheetSnapshot>();
  private reports: SheetReport[] = [];
  /** Operations queued or running; the buttons are aria-disabled while it is above zero. */
  private pending = 0;
  /** Operations run one after the other: a live re-check never interleaves with a button's check. */
  private queue: Promise<void> = Promise.resolve();
  private readonly recheckTimers = new Map<string, ReturnType<typeof setTimeout>>();

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

  private get ruleSet(): RuleSet {
    return this.usingFile() && this.fileRules ? this.fileRules.ruleSet : this.bundled.ruleSet;
  }

  private usingFile(): boolean {
    return byId(this.doc, 'rules-from-file', HTMLInputElement).checked;
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
    this.onButton('check-sheet', async () => this.checkSheets([await this.host.activeSheet()]));
    this.onButton('check-all', async () => this.checkSheets(await this.host.listSheets()));
    this.onButton('clear', async () => {
      const removed = await this.host.clearMarks();
      this.setStatus(t(this.lang, 'cleared', { count: removed }));
    });
    for (const id of ['rules-bundled', 'rules-from-file']) {
      byId(this.doc, id).addEventListener('change', () => {
        this.renderRules();
      });
    }
    const fileInput = byId(this.doc, 'rules-file', HTMLInputElement);
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) this.enqueue(() => this.loadRuleFile(file));
    });
    await this.host.onSheetChanged((sheet) => {
      this.scheduleRecheck(sheet);
    });
  }

  /** A pane button: ignored while an operation runs (it is aria-disabled then), otherwise queued. */
  private onButton(id: string, operation: () => Promise<void>): void {
    byId(this.doc, id).addEventListener('click', () => {
      if (this.pending === 0) this.enqueue(operation);
    });
  }

  /** Runs `operation` after the ones before it; a failure is shown, never thrown at the browser. */
  private enqueue(operation: () => Promise<void>): void {
    this.setPending(1);
    this.queue = this.queue.then(async () => {
      this.showError(undefined);
      try {
        await operation();
      } catch (error) {
        this.setStatus('');
        this.showError(t(this.lang, 'failed', { message: errorMessage(error) }));
      } finally {
        byId(this.doc, 'progress').hidden = true;
        this.setPending(-1);
      }
    });
  }

  private async loadRuleFile(file: File): Promise<void> {
    this.fileRules = { name: file.name, ...loadRuleSet([{ name: file.name, text: await file.text() }], this.options.bundledVocabulary) };
    byId(this.doc, 'rules-from-file', HTMLInputElement).checked = true;
    this.renderRules();
  }

  /** Reads, checks and marks each sheet; a sheet that fails is named in the error line and the others go on. */
  private async checkSheets(names: string[]): Promise<void> {
    const reports: SheetReport[] = [];
    const failures: string[] = [];
    this.setProgress(0);
    for (const [index, name] of names.entries()) {
      try {
        const snapshot = await this.host.readSheet(name, (p) => {
          this.setStatus(t(this.lang, 'reading', { sheet: name, done: p.rowsRead, total: p.rowCount }));
          this.setProgress((index + (p.rowCount === 0 ? 1 : p.rowsRead / p.rowCount)) / names.length);
        });
        this.snapshots.set(name, snapshot);
        this.setStatus(t(this.lang, 'checking', { sheet: name }));
        reports.push(await this.checkAndMark(snapshot));
      } catch (error) {
        failures.push(`${name}: ${errorMessage(error)}`);
      }
      this.setProgress((index + 1) / names.length);
    }
    this.reports = reports;
    this.renderResults();
    this.setStatus(t(this.lang, 'done'));
    if (failures.length > 0) this.showError(t(this.lang, 'failed', { message: failures.join('; ') }));
  }

  private async checkAndMark(snapshot: SheetSnapshot): Promise<SheetReport> {
    const report = await checkSheet(snapshot, this.ruleSet, { lang: this.lang });
    await this.host.markFindings(snapshot.name, report.findings);
    return report;
  }

  /** New language: the core words its findings in it, from the snapshots already read (no Excel round trip). */
  private async reword(): Promise<void> {
    const reports: SheetReport[] = [];
    for (const report of this.reports) {
      const snapshot = this.snapshots.get(report.sheet);
      reports.push(snapshot ? await checkSheet(snapshot, this.ruleSet, { lang: this.lang }) : report);
    }
    this.reports = reports;
    this.renderResults();
  }

  /** Live re-check: only sheets already checked, 800 ms after the last edit. */
  private scheduleRecheck(sheet: string): void {
    if (!byId(this.doc, 'live', HTMLInputElement).checked || !this.reports.some((r) => r.sheet === sheet)) return;
    clearTimeout(this.recheckTimers.get(sheet));
    this.recheckTimers.set(
      sheet,
      setTimeout(() => {
        this.recheckTimers.delete(sheet);
        this.enqueue(async () => {
          const snapshot = await this.host.readSheet(sheet);
          this.snapshots.set(sheet, snapshot);
          const report = await this.checkAndMark(snapshot);
          this.reports = this.reports.map((r) => (r.sheet === sheet ? report : r));
          this.renderResults();
          this.setStatus(t(this.lang, 'rechecked', { sheet }));
        });
      }, this.options.recheckDelayMs ?? 800),
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
    this.renderRules();
    this.renderResults();
  }

  private setPending(change: number): void {
    this.pending += change;
    const busy = String(this.pending > 0);
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    for (const id of ['check-sheet', 'check-all', 'clear']) byId(this.doc, id).setAttribute('aria-disabled', busy);
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

  private renderRules(): void {
    const loaded = this.usingFile() ? this.fileRules : this.bundled;
    byId(this.doc, 'rules-status').textContent = !loaded
      ? t(this.lang, 'rulesNoFile')
      : loaded === this.bundled
        ? t(this.lang, 'rulesBundledCount', { count: loaded.ruleSet.rules.length })
        : t(this.lang, 'rulesFileCount', { file: loaded.name, count: loaded.ruleSet.rules.length });
    const problems = loaded?.problems ?? [];
    byId(this.doc, 'rule-problems').replaceChildren(...problems.map((p) => h('li', {}, formatRuleProblem(p))));
    byId(this.doc, 'rule-problems-box').hidden = problems.length === 0;
  }

  private renderResults(): void {
    const findings = this.reports.flatMap((r) => r.findings);
    const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
    const summary = byId(this.doc, 'summary');
    if (this.reports.length === 0) {
      summary.replaceChildren(h('p', { class: 'muted' }, t(this.lang, 'notChecked')));
    } else {
      const item = (key: StringKey, value: number, kind: string) =>
        h('div', { class: `summary-item ${kind}` }, h('dt', {}, t(this.lang, key)), h('dd', { 'data-count': kind }, value));
      summary.replaceChildren(
        h(
          'dl',
          { class: 'summary-list' },
          item('summaryErrors', count('error'), 'errors'),
          item('summaryWarnings', count('warning'), 'warnings'),
          item('summarySheets', this.reports.length, 'sheets'),
        ),
      );
    }
    byId(this.doc, 'findings').replaceChildren(...this.reports.map((report) => this.renderSheetFindings(report)));
    byId(this.doc, 'explain').replaceChildren(...this.reports.map((report) => renderExplanation(this.lang, report.explanation)));
  }

  private renderSheetFindings(report: SheetReport): HTMLElement {
    const groups = SEVERITIES.map((severity) => ({ severity, findings: report.findings.filter((f) => f.severity === severity) })).filter(
      (g) => g.findings.length > 0,
    );
    return h(
      'section',
      { class: 'sheet-findings', 'data-sheet': report.sheet },
      h('h3', { class: 'ms-font-m' }, report.sheet),
      report.problems.length > 0 &&
        h(
          'div',
          { class: 'read-problems' },
          h('h4', {}, t(this.lang, 'readProblems')),
          h('ul', {}, report.problems.map((p) => h('li', {}, [p.cell, p.message].filter(Boolean).join(': ')))),
        ),
      groups.length === 0 && h('p', { class: 'muted' }, t(this.lang, 'noFindings')),
      groups.map((g) => [
        h('h4', { class: `severity severity-${g.severity}` }, `${t(this.lang, SEVERITY_KEYS[g.severity])} (${g.findings.length})`),
        h('ul', { class: 'finding-list' }, g.findings.map((f) => h('li', {}, this.renderFinding(f)))),
      ]),
    );
  }

  private renderFinding(finding: Finding): HTMLElement {
    const button = h(
      'button',
      {
        type: 'button',
        class: `finding finding-${finding.severity}`,
        'data-finding': '',
        'data-rule': finding.ruleId,
        'data-sheet': finding.sheet,
        'data-severity': finding.severity,
        'data-cells': finding.cells.map((c) => c.address).join(','),
      },
      h('span', { class: 'finding-message' }, finding.message),
      h(
        'span',
        { class: 'finding-cells' },
        `${t(this.lang, 'cells')}: `,
        finding.cells.map((c, i) => [
          i > 0 && ', ',
          c.suspect
            ? h('strong', { class: 'cell suspect', 'data-suspect': '' }, c.address, h('span', { class: 'suspect-tag' }, t(this.lang, 'suspect')))
            : h('span', { class: 'cell' }, c.address),
        ]),
      ),
    );
    // A button already answers Enter and Space with a click, so the keyboard and the mouse share this path.
    button.addEventListener('click', () => {
      this.enqueue(() => this.host.selectCells(finding.sheet, finding.cells.map((c) => c.address)));
    });
    return button;
  }
}
