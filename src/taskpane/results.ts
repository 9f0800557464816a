import type { CellFix } from '../core/cell-fixes';
import type { Finding, Lang, Severity, SheetReport } from '../core/report';
import { h } from './dom';
import { SEVERITY_KEYS, t } from './locale';
import { STATUS_KEYS, type SheetStatus } from './sheet-status';

/**
 * The findings as the statistician reads them: per sheet its status, then one card per suspect cell leading with
 * the likely correct value (the command line's wording), its relations behind a toggle. A relation lists the cells
 * that matter (suspects first, then the first few others), never a whole column.
 */

/** Cells listed (and selected) per relation: a total row's 50,000 members are counted, not listed. */
export const MAX_CELLS_SHOWN = 8;

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export type GoTo = (sheet: string, addresses: string[]) => void;

interface Card {
  fix?: CellFix;
  findings: Finding[];
  severity: Severity;
}

function strongest(findings: readonly Finding[]): Severity {
  return SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'info';
}

/** One card per suspect cell (in the report's order), then one per finding that blames no cell. */
export function cardsOf(report: SheetReport): Card[] {
  const blames = (f: Finding, address: string) => f.cells.some((c) => c.suspect && c.address === address);
  const cards: Card[] = report.cellFixes.map((fix) => {
    const findings = report.findings.filter((f) => blames(f, fix.address));
    return { fix, findings, severity: strongest(findings) };
  });
  const fixed = new Set(report.cellFixes.map((f) => f.address));
  for (const f of report.findings) {
    if (!f.cells.some((c) => c.suspect && fixed.has(c.address))) cards.push({ findings: [f], severity: f.severity });
  }
  return cards.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** The cells of a finding worth naming: suspects first (the core orders them so), then others, MAX_CELLS_SHOWN at most. */
export function cellsThatMatter(finding: Finding): string[] {
  return finding.cells.slice(0, MAX_CELLS_SHOWN).map((c) => c.address);
}

function renderRelation(lang: Lang, finding: Finding, goTo: GoTo): HTMLElement {
  const shown = finding.cells.slice(0, MAX_CELLS_SHOWN);
  const button = h(
    'button',
    {
      type: 'button',
      class: `finding finding-${finding.severity}`,
      'data-finding': '',
      'data-rule': finding.ruleId,
      'data-sheet': finding.sheet,
      'data-severity': finding.severity,
      'data-suspects': finding.cells
        .filter((c) => c.suspect)
        .map((c) => c.address)
        .join(','),
      'data-cell-count': String(finding.cells.length),
    },
    h('span', { class: 'finding-message' }, finding.message),
    h(
      'span',
      { class: 'finding-cells' },
      `${t(lang, 'cells')}: `,
      shown.map((c, i) => [
        i > 0 && ', ',
        c.suspect
          ? h(
              'strong',
              { class: 'cell suspect', 'data-suspect': '' },
              c.address,
              h('span', { class: 'suspect-tag' }, t(lang, 'suspect')),
            )
          : h('span', { class: 'cell' }, c.address),
      ]),
      finding.cells.length > shown.length && ` ${t(lang, 'moreCells', { count: finding.cells.length })}`,
    ),
  );
  button.addEventListener('click', () => {
    goTo(finding.sheet, cellsThatMatter(finding));
  });
  return h('li', {}, button);
}

/** A toggle instead of <details>, which Trident and EdgeHTML lack. */
function toggled(label: string, body: HTMLElement): HTMLElement[] {
  const toggle = h('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false' }, label);
  body.hidden = true;
  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.setAttribute('aria-expanded', String(!body.hidden));
  });
  return [toggle, body];
}

function renderCard(lang: Lang, sheet: string, card: Card, goTo: GoTo): HTMLElement {
  const lead = card.fix ? card.fix.message : card.findings[0].message;
  const target = card.fix ? [card.fix.address] : cellsThatMatter(card.findings[0]);
  const main = h(
    'button',
    { type: 'button', class: 'card-main', 'data-goto': target.join(',') },
    h('span', { class: `card-severity severity-${card.severity}` }, t(lang, SEVERITY_KEYS[card.severity])),
    h('span', { class: 'card-fix', 'data-fix': '' }, lead),
  );
  // The cursor goes to the suspect cell itself, not to the block around the relation's cells.
  main.addEventListener('click', () => {
    goTo(sheet, target);
  });
  return h(
    'article',
    {
      class: `card card-${card.severity}`,
      'data-card': '',
      'data-sheet': sheet,
      'data-address': card.fix?.address,
      'data-severity': card.severity,
    },
    main,
    card.fix &&
      toggled(
        t(lang, 'relations', { count: card.findings.length }),
        h(
          'ul',
          { class: 'finding-list' },
          card.findings.map((f) => renderRelation(lang, f, goTo)),
        ),
      ),
  );
}

/** A sheet's section: its name, its status (never "no problems" unless it was checked), its cards. */
export function renderSheet(
  lang: Lang,
  sheet: string,
  status: SheetStatus,
  report: SheetReport | undefined,
  goTo: GoTo,
): HTMLElement {
  return h(
    'section',
    { class: 'sheet-findings', 'data-sheet': sheet, 'data-status': status.kind },
    h(
      'h3',
      { class: 'sheet-heading' },
      h('span', { class: 'sheet-name' }, sheet),
      h(
        'span',
        { class: `status-badge status-${status.kind}`, 'data-status-badge': '' },
        t(lang, STATUS_KEYS[status.kind]),
      ),
    ),
    h('p', { class: 'sheet-status', 'data-status-detail': '' }, status.detail),
    status.note !== undefined && h('p', { class: 'sheet-note', role: 'note' }, status.note),
    report &&
      (status.kind === 'checked' || status.kind === 'unmarked') &&
      report.problems.length > 0 &&
      h(
        'div',
        { class: 'read-problems' },
        h('h4', {}, t(lang, 'readProblems')),
        h(
          'ul',
          {},
          report.problems.map((p) => h('li', {}, [p.cell, p.message].filter(Boolean).join(': '))),
        ),
      ),
    report && cardsOf(report).map((card) => renderCard(lang, sheet, card, goTo)),
  );
}
