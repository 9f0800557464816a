import { aliasKey, matchScore } from '../binding';
import { compactText, normaliseHeader } from '../header';
import { fill } from '../messages';
import type { Lexicon } from '../lexicon';
import { readFigure } from '../number';
import type { Lang } from '../report';
import { crossPhrase, figureText } from './phrases';
import { baseName, sheetPlace, type PreparedSheet } from './prepared';
import { columnKind, figuresAgree, headersKind, type UnitKind } from './finding';
import { categoryColumns, ledgerPairs, type Ledger, type LedgerPair } from './ledger-pairs';
import { systematic, yearsOf } from './region-total';
import { labelOf, title, yearsIn } from './region';
import type { CrossTableRule, LedgerRelation } from './schema';
import type { CrossFinding } from './types';

type LedgerRule = CrossTableRule & { relation: LedgerRelation };

function columnOf(ledger: Ledger, spellings: string[], lexicon: Lexicon): number {
  const keys = new Set(spellings.map((s) => normaliseHeader(s, lexicon).text));
  return ledger.headers.findIndex((h) => keys.has(h));
}

/** What one summary column should hold per ledger row: 1 for a counted row, the row's figure for a sum. */
interface Measure {
  col: number;
  name: string;
  /** The count of all the ledger's rows (企业数): the ledger lists the summary's enterprises where it agrees. */
  everyRow?: boolean;
  /** Which ledger rows give the figure: those of a region (`regionIs` worded), or all rows for the total row. */
  describe: (region?: string) => string;
  value: (row: number) => number | undefined;
}

/**
 * A summary sheet's counts per region = the ledger's rows for that region (all rows, or rows whose category column
 * holds one of the listed values), and columns headed like a numeric ledger column = that column's sum.
 */
export function checkLedgers(
  rule: LedgerRule,
  books: PreparedSheet[][],
  lang: Lang,
): { findings: CrossFinding[]; notes: string[] } {
  const findings: CrossFinding[] = [];
  const notes: string[] = [];
  const { relation } = rule;
  // The sheets of one summary's regions (高桥镇, 西河乡 …) are one ledger in parts: a measure most of them disagree with
  // is told once, across them all (see systematic).
  const groups: LedgerPair[][] = [];
  for (const pair of ledgerPairs(relation, books, lang, notes)) {
    const last = groups.at(-1)?.[0];
    if (pair.bySheetName && last?.bySheetName && last.summary === pair.summary) groups[groups.length - 1].push(pair);
    else groups.push([pair]);
  }
  for (const group of groups) {
    const tallies = new Map<string, Tally>();
    for (const pair of group) compareLedger(rule, pair, lang, tallies, notes);
    const { summary } = group[0];
    const found: CrossFinding[] = [];
    let otherPopulation = false;
    for (const [measure, { compared, mine, everyRow }] of tallies) {
      if (systematic(compared, mine.length)) {
        const file = baseName(summary.file);
        notes.push(
          crossPhrase(lang, 'systematic', { file, sheet: summary.sheet.name, measure, n: mine.length, of: compared }),
        );
        otherPopulation ||= everyRow;
      } else found.push(...mine);
    }
    // A ledger of other enterprises than the summary's (only those with a party organisation: its rows disagree with
    // 企业数 in most regions) is compared in no measure: its 党员人数 agreeing in some regions is chance.
    if (!otherPopulation) findings.push(...found);
  }
  return { findings, notes };
}

/** One measure's comparisons over a ledger (or the sheets of one): how many, and the disagreements. */
interface Tally {
  compared: number;
  mine: CrossFinding[];
  everyRow: boolean;
}

function compareLedger(rule: LedgerRule, pair: LedgerPair, lang: Lang, tallies: Map<string, Tally>, notes: string[]) {
  const { relation } = rule;
  const { summary, ledgerSheet, ledger, owner, strays, labels, bySheetName } = pair;
  const ledgerPlace =
    ledgerSheet.file === summary.file
      ? `[${ledgerSheet.sheet.name}]`
      : sheetPlace(ledgerSheet.file, ledgerSheet.sheet.name);
  const where = { file: baseName(summary.file), summary: summary.sheet.name, ledger: ledgerPlace };
  const regionRows = summary.layout.regionRows;
  const measures = ledgerMeasures(relation, summary, ledgerSheet, ledgerPlace, ledger, lang);
  if (measures.length === 0) {
    notes.push(crossPhrase(lang, 'ledgerNoMeasures', where));
    return;
  }
  const headerText = ledgerSheet.sheet.rows[ledger.headerRow]?.[ledger.regionCol]?.text.trim() ?? '';
  // A ledger of half the summary's regions or fewer (one county's, beside the city's table) is of those alone.
  const listed = new Set(owner.values());
  const partial = [...listed].filter((i) => i >= 0).length * 2 <= regionRows.length;
  const total = partial ? undefined : summary.layout.totalRows.find((t) => t.kind === 'total');
  // A region with no ledger row while some ledger rows name no region of the summary (太平镇 in the summary, 太平乡
  // in the ledger, renamed): its rows may be those, so it is not compared.
  const unlisted = (i: number) => !listed.has(i) && (partial || strays.size > 0);
  const targets = [
    ...regionRows.flatMap((row, i) => (unlisted(i) ? [] : [{ row, label: labels[i], index: i }])),
    ...(total ? [{ row: total.row, label: labelOf(summary.sheet, summary.layout, total.row), index: -2 }] : []),
  ];
  for (const m of measures) {
    const tally = tallies.get(m.name) ?? { compared: 0, mine: [], everyRow: false };
    tallies.set(m.name, tally);
    tally.everyRow ||= m.everyRow === true;
    for (const t of targets) {
      const stated = summary.model.number(t.row, m.col);
      if (!stated) continue;
      tally.compared += 1;
      const counted = ledger.rows
        .filter((r) => t.index === -2 || owner.get(r) === t.index)
        .reduce((sum, r) => sum + (m.value(r) ?? 0), 0);
      const decimals = summary.model.decimalsAt(t.row, m.col);
      if (figuresAgree(stated.value, counted, decimals)) continue;
      const address = summary.addressOf(t.row, m.col);
      // A sheet of the region's own is all of it: its rows need no naming.
      const region =
        t.index === -2 || bySheetName
          ? undefined
          : crossPhrase(lang, 'regionIs', { header: headerText, region: t.label });
      const hereValue = figureText(stated.value, decimals);
      const thereValue = figureText(counted, decimals);
      tally.mine.push({
        ruleId: rule.id,
        severity: rule.severity,
        region: t.label,
        measure: m.name,
        cells: [
          {
            file: summary.file,
            sheet: summary.sheet.name,
            address,
            value: summary.model.shown(t.row, m.col),
            suspect: true,
            likely: thereValue,
          },
        ],
        message: fill(rule.message[lang], {
          region: t.label,
          measure: m.name,
          here: `[${summary.sheet.name}] ${address}`,
          hereValue,
          there: m.describe(region),
          thereValue,
          difference: figureText(Math.abs(stated.value - counted), decimals),
          note: crossPhrase(lang, 'ledgerBlame'),
        }),
        expected: thereValue,
        actual: hereValue,
      });
    }
  }
  const measureList = measures.map((m) => m.name).join(crossPhrase(lang, 'listSeparator'));
  if (bySheetName)
    notes.push(
      crossPhrase(lang, 'ledgerSheetMatched', {
        ...where,
        region: labels[owner.values().next().value ?? 0] ?? '',
        measures: measureList,
      }),
    );
  else
    notes.push(
      crossPhrase(lang, 'ledgerMatched', {
        ...where,
        header: headerText,
        n: new Set(owner.values()).size - (strays.size > 0 ? 1 : 0),
        measures: measureList,
      }),
    );
  if (strays.size > 0)
    notes.push(
      crossPhrase(lang, 'ledgerUnmatched', {
        ...where,
        n: [...owner.values()].filter((i) => i < 0).length,
        labels: [...strays].join(crossPhrase(lang, 'listSeparator')),
      }),
    );
}

/** The kind of unit a ledger lists: by its headers, else by its title or file name (云龙县社会组织台账). */
function ledgerKind(s: PreparedSheet): 'enterprises' | 'organisations' | undefined {
  const { lexicon } = s.model;
  return headersKind(s) ?? lexicon.kindOf(title(s.sheet, s.layout, lexicon) ?? baseName(s.file));
}

/** The summary columns the rule's counts fill, then (with `sums`) those headed like a numeric ledger column. */
function ledgerMeasures(
  relation: LedgerRelation,
  summary: PreparedSheet,
  ledgerSheet: PreparedSheet,
  place: string,
  ledger: Ledger,
  lang: Lang,
): Measure[] {
  const { sheet } = ledgerSheet;
  const measures: Measure[] = [];
  const used = new Set<number>();
  // A ledger of social organisations counts none of a summary's enterprise columns (and the other way round).
  const kind = ledgerKind(ledgerSheet);
  for (const c of summary.layout.columns) {
    const other = columnKind(summary, c.col);
    if (kind !== undefined && other !== undefined && other !== kind) used.add(c.col);
  }
  // A summary of two years (2023年 | 2024年 blocks) compares with a ledger only the block of the ledger's year: none,
  // where the ledger states no year.
  const { lexicon: summaryLexicon } = summary.model;
  const columnYears = new Map(
    summary.layout.columns.map((c) => [c.col, yearsIn(c.headerPath.join(' '), summaryLexicon)]),
  );
  if (new Set([...columnYears.values()].flatMap((years) => [...years])).size >= 2) {
    const ledgerYears = yearsOf(ledgerSheet);
    for (const [col, years] of columnYears)
      if (years.size > 0 && ![...years].some((y) => ledgerYears.has(y))) used.add(col);
  }
  const cellText = (r: number, c: number) => compactText(sheet.rows[r]?.[c]?.text ?? '');
  // A summary counting both kinds in columns of their own (企业数 | 社会组织数) takes each from the ledger rows of its
  // kind, where a category column (类别) tells them apart.
  const split = splitByKind(summary, ledgerSheet, ledger);
  const placeOf = (col: number) => split?.place(col, place, lang) ?? place;
  for (const count of relation.counts) {
    const { lexicon } = summary.model;
    const keys = count.summary.map((s) => aliasKey(s, lexicon));
    const column = summary.layout.columns.find(
      (c) => !used.has(c.col) && keys.some((k) => matchScore(k, c, lexicon) > 0),
    );
    if (!column) continue;
    const name = column.header;
    if (!count.column) {
      measures.push({
        col: column.col,
        name,
        describe: (region) =>
          region
            ? crossPhrase(lang, 'ledgerRows', { sheet: placeOf(column.col), region })
            : crossPhrase(lang, 'ledgerAllRows', { sheet: placeOf(column.col) }),
        value: () => 1,
        everyRow: true,
      });
    } else {
      const col = columnOf(ledger, count.column, lexicon);
      if (col < 0) continue;
      const values = new Set((count.values ?? []).map(compactText));
      // The values are spellings of one answer (是, 已建立): the message names the first.
      const shownValues = count.values?.[0] ? `“${count.values[0]}”` : '';
      const header = (sheet.rows[ledger.headerRow]?.[col]?.text ?? '').trim();
      measures.push({
        col: column.col,
        name,
        describe: (region) =>
          region
            ? crossPhrase(lang, 'ledgerRowsWhere', {
                sheet: placeOf(column.col),
                region,
                column: header,
                values: shownValues,
              })
            : crossPhrase(lang, 'ledgerAllRowsWhere', {
                sheet: placeOf(column.col),
                column: header,
                values: shownValues,
              }),
        value: (r) => (values.has(cellText(r, col)) ? 1 : 0),
      });
    }
    used.add(column.col);
  }
  if (relation.sums) measures.push(...sumMeasures(summary, ledgerSheet, placeOf, ledger, lang, used));
  return split ? measures.map(split.restrict) : measures;
}

/** The summary columns headed like a numeric ledger column: that column's sum. */
function sumMeasures(
  summary: PreparedSheet,
  { sheet }: PreparedSheet,
  placeOf: (col: number) => string,
  ledger: Ledger,
  lang: Lang,
  used: Set<number>,
): Measure[] {
  const measures: Measure[] = [];
  for (const column of summary.layout.columns) {
    if (used.has(column.col) || column.isRate) continue;
    const col = ledger.headers.findIndex((h, i) => i !== ledger.regionCol && h === column.header);
    if (col < 0) continue;
    const figure = (r: number) => {
      const cell = sheet.rows[r]?.[col];
      const f = cell ? readFigure(cell, summary.model.lexicon) : undefined;
      return f?.kind === 'number' && !f.approximate ? f.value : undefined;
    };
    // A column of text (names, categories) is not summed; a numeric one is, blanks counting as nothing.
    if (ledger.rows.filter((r) => figure(r) !== undefined).length * 2 < ledger.rows.length) continue;
    const header = (sheet.rows[ledger.headerRow]?.[col]?.text ?? '').trim();
    measures.push({
      col: column.col,
      name: column.header,
      describe: (region) =>
        region
          ? crossPhrase(lang, 'ledgerSum', { sheet: placeOf(column.col), region, column: header })
          : crossPhrase(lang, 'ledgerAllSum', { sheet: placeOf(column.col), column: header }),
      value: figure,
    });
  }
  return measures;
}

/**
 * Where a summary has columns of both kinds and the ledger a column of categories each of one kind (非公企业,
 * 社会组织, 民办非企业单位): each kind's columns count or sum only its rows, and say so.
 */
function splitByKind(summary: PreparedSheet, ledgerSheet: PreparedSheet, ledger: Ledger) {
  const { lexicon } = summary.model;
  const columnKinds = new Map(summary.layout.columns.map((c) => [c.col, lexicon.kindOf(c.header)]));
  if (new Set([...columnKinds.values()].filter((k) => k !== undefined)).size < 2) return undefined;
  const { sheet } = ledgerSheet;
  for (const { col, rows } of categoryColumns(sheet, ledger)) {
    const rowKind = new Map<number, UnitKind>();
    for (const [value, list] of rows) {
      const kind = lexicon.kindOf(value);
      if (kind) for (const r of list) rowKind.set(r, kind);
    }
    if (rowKind.size !== ledger.rows.length) continue;
    const header = (sheet.rows[ledger.headerRow]?.[col]?.text ?? '').trim();
    return {
      place: (c: number, sheetPlace: string, lang: Lang) => {
        const kind = columnKinds.get(c);
        if (!kind) return undefined;
        return crossPhrase(lang, 'ledgerOfKind', { sheet: sheetPlace, column: header, kind: crossPhrase(lang, kind) });
      },
      restrict: (m: Measure): Measure => {
        const kind = columnKinds.get(m.col);
        return kind ? { ...m, value: (r) => (rowKind.get(r) === kind ? m.value(r) : 0) } : m;
      },
    };
  }
  return undefined;
}
