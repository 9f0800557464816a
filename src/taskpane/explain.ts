import type { Lang, SheetExplanation } from '../core/report';
import { h } from './dom';
import { t, type StringKey } from './locale';

function section(lang: Lang, key: StringKey, items: (string | Node)[]): HTMLElement {
  return h(
    'section',
    { class: 'explain-part' },
    h('h4', {}, t(lang, key)),
    items.length === 0
      ? h('p', { class: 'muted' }, t(lang, 'none'))
      : h(
          'ul',
          {},
          items.map((item) => h('li', {}, item)),
        ),
  );
}

function columnsTable(lang: Lang, columns: SheetExplanation['columns']): HTMLElement {
  if (columns.length === 0) return section(lang, 'explainColumns', []);
  return h(
    'section',
    { class: 'explain-part' },
    h('h4', {}, t(lang, 'explainColumns')),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          (['explainColumn', 'explainHeader', 'explainUnit', 'explainMeasure'] as const).map((key) =>
            h('th', { scope: 'col' }, t(lang, key)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        columns.map((c) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, c.letter),
            h('td', {}, c.header),
            h('td', {}, c.unit ?? ''),
            h('td', {}, c.measure ?? ''),
          ),
        ),
      ),
    ),
  );
}

/** One sheet's explanation: how its layout was read (headers → measures, totals, 其中 parts) and which rules ran. */
export function renderExplanation(lang: Lang, explanation: SheetExplanation): HTMLElement {
  const facts: string[] = [
    `${t(lang, 'explainHeaderRows')}: ${explanation.headerRows.length > 0 ? explanation.headerRows.join(', ') : t(lang, 'none')}`,
    `${t(lang, 'explainLabelColumn')}: ${explanation.labelColumn ?? t(lang, 'none')}`,
  ];
  return h(
    'details',
    { class: 'explain-sheet', 'data-sheet': explanation.sheet },
    h('summary', {}, explanation.sheet),
    section(lang, 'explainNotes', [...facts, ...explanation.notes]),
    columnsTable(lang, explanation.columns),
    section(
      lang,
      'explainTotals',
      explanation.totalRows.map((r) => t(lang, 'explainTotalRow', { row: r.row, label: r.label, members: r.members })),
    ),
    section(
      lang,
      'explainParts',
      explanation.parts.map((p) => t(lang, 'explainPart', p)),
    ),
    section(
      lang,
      'explainApplied',
      explanation.rulesApplied.map((r) => `${r.title} (${r.ruleId})`),
    ),
    section(
      lang,
      'explainNotApplied',
      explanation.rulesNotApplied.map((r) => `${r.title} (${r.ruleId}): ${r.reason}`),
    ),
  );
}
