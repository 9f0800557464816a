import {
  describeCaseBook,
  errorFindings,
  errorsOn,
  errorSuspects,
  writeCaseBook,
  type CaseRow,
  type CaseSheet,
} from './helpers/case-book';
import { runCli } from './helpers/run-cli';

/**
 * Relations the sheet's own figures confirm whose parts are not the lines right next to the total, breaks they show
 * although each figure alone is within rounding, and which line of a relation is its target (src/core/inference:
 * walks.ts, pairs.ts, acceptance.ts, exact-counts.ts, explained.ts, search.ts). Each sheet is shaped after a published table of AggreCol (tests/corpora/aggrecol,
 * named per sheet) that `npm run bench:accuracy` missed a planted change in; each is checked clean and with one
 * planted figure, which must be the only suspect.
 */

/** Twenty counties' bankruptcies by share capital: whole counts, a dash for none, the first column their total. */
function countiesByCapital(): CaseRow[] {
  const rows: CaseRow[] = [['County', 'Total', 'Under 50 000', '51 000-100 000', '101 000-250 000', 'Over 250 000']];
  for (let i = 0; i < 20; i++) {
    const parts = [i % 3 === 0 ? 1 : 0, 10 + ((i * 7) % 23), 3 + ((i * 5) % 11), 2 + ((i * 3) % 7)];
    rows.push([`County ${i + 1}`, parts.reduce((a, b) => a + b, 0), ...parts.map((p) => (p === 0 ? '-' : p))]);
  }
  return rows;
}

/**
 * A five-year statement of forty rows: revenue and cost lines with their totals, gross profit, and its share of the
 * revenues ten rows further up, as fractions to five decimals.
 */
function statementWithMargin(): CaseRow[] {
  const years = [0, 1, 2, 3, 4];
  const line = (seed: number) => years.map((y) => 1000 + ((seed * 7919 + y * 104729) % 9000));
  const total = (lines: number[][]) => years.map((y) => lines.reduce((s, l) => s + l[y], 0));
  const revenues = Array.from({ length: 12 }, (_, i) => line(i + 1));
  const costs = Array.from({ length: 12 }, (_, i) => line(i + 40).map((v) => Math.round(v / 3)));
  const revenue = total(revenues);
  const cost = total(costs);
  const gross = years.map((y) => revenue[y] - cost[y]);
  const rows: CaseRow[] = [['Results', 1999, 2000, 2001, 2002, 2003]];
  revenues.forEach((l, i) => rows.push([`Revenue line ${i + 1}`, ...l]));
  rows.push(['Total revenues', ...revenue]);
  costs.forEach((l, i) => rows.push([`Cost line ${i + 1}`, ...l]));
  rows.push(['Total cost of sales', ...cost], ['Gross profit', ...gross]);
  rows.push(['Gross margin', ...years.map((y) => Math.round((gross[y] / revenue[y]) * 1e5) / 1e5)]);
  for (let i = 0; i < 10; i++) rows.push([`Employees, unit ${i + 1}`, ...line(i + 80).map((v) => v % 97)]);
  return rows;
}

/**
 * Trade by year, 1990–2004, and a closing row of each column's percent change over the fifteen years, a column of
 * shares (per cent) included: the change of a share is computed like any other.
 */
function tradeByYear(): CaseRow[] {
  const years = Array.from({ length: 15 }, (_, k) => k);
  const rows = years.map((k) => {
    const exports = 400 + 37 * k + ((k * 13) % 11);
    const imports = 489 + 52 * k + ((k * 7) % 9);
    const total = exports + imports;
    const nafta = Math.round(total * (0.26 + 0.004 * k));
    return [1990 + k, total, exports, imports, nafta, Math.round((nafta / total) * 1000) / 10];
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  const change = [1, 2, 3, 4, 5].map((i) => Math.round(((last[i] - first[i]) / first[i]) * 1000) / 10);
  return [
    ['Year', 'Total trade', 'Exports', 'Imports', 'Trade with NAFTA partners', 'NAFTA share (%)'],
    ...rows,
    ['Percent change, 1990–2004', ...change],
  ];
}

/** A 合计 row over a hundred units' counts of enterprises and covered enterprises. */
function hundredUnits(): CaseRow[] {
  const rows = Array.from({ length: 100 }, (_, i) => [`单位${i + 1}`, 10 + (i % 37), 5 + (i % 5)]);
  const total = [1, 2].map((c) => rows.reduce((s, r) => s + Number(r[c]), 0));
  return [['单位', '企业数', '覆盖企业数'], ['合计', ...total], ...rows];
}

/**
 * Grades given by six schools set a blank row apart, and their TOTAL row under the last: each grade's count and its
 * share of all the school's grades (a fraction to five decimals).
 */
function gradesBySchool(): CaseRow[] {
  const schools = ['Engineering', 'Education', 'Journalism', 'Arts and sciences', 'Music', 'Speech'];
  const counts = schools.map((_, i) => [1088, 452, 423, 550, 300].map((n, g) => Math.round(n / (i + 1)) + g * 7 + i));
  const rows: CaseRow[] = [['School', 'Grades given', 'A', 'A %', 'B', 'B %', 'C', 'C %', 'D', 'D %', 'F', 'F %']];
  // Grades given include pass/fail grades not listed: no column is the sum of the others.
  const line = (label: string, grades: number[], passFail: number): CaseRow => {
    const given = grades.reduce((x, y) => x + y, passFail);
    return [label, given, ...grades.flatMap((n) => [n, Math.round((n / given) * 1e5) / 1e5])];
  };
  schools.forEach((school, i) => rows.push(...(i > 0 ? [[null]] : []), line(school, counts[i], 17 + 3 * i)));
  const totals = [0, 1, 2, 3, 4].map((g) => counts.reduce((sum, c) => sum + c[g], 0));
  rows.push(
    line(
      'TOTAL',
      totals,
      schools.reduce((sum, _, i) => sum + 17 + 3 * i, 0),
    ),
  );
  return rows;
}

/** Twenty students' grades: how many, their grade points, and the average grade (points over grades, to two decimals). */
function averageGrades(): CaseRow[] {
  const rows: CaseRow[] = [['Student', 'Number of grades', 'Grade points', 'Average grade']];
  for (let i = 0; i < 20; i++) {
    const grades = 30 + ((i * 3) % 11);
    const points = Math.round(grades * (2 + ((i * 7) % 20) / 10) * 10) / 10;
    rows.push([`Student ${i + 1}`, grades, points, Math.round((points / grades) * 100) / 100]);
  }
  return rows;
}

/**
 * Five exams' marks of 43 students, some of whom sat only the first three (blanks after), and an `Average =` row under
 * them: each exam's mean over those who sat it, to five decimals.
 */
function classMarks(): CaseRow[] {
  const rows: CaseRow[] = [['Student #', 'Exam 1', 'Exam 2', 'Exam 3', 'Exam 4', 'Exam 5']];
  for (let i = 0; i < 43; i++) {
    const marks = [1, 2, 3, 4, 5].map((e) => 40 + ((i * 17 + e * 29) % 61));
    rows.push([
      `100-${String(i).padStart(2, '0')}-${200 + i * 37}`,
      ...marks.map((m, e) => (i % 9 === 4 && e >= 3 ? null : m)),
    ]);
  }
  const mean = (e: number) => {
    const sat = rows.slice(1).flatMap((r) => {
      const m = r[e];
      return typeof m === 'number' ? [m] : [];
    });
    return Math.round((sat.reduce((a, b) => a + b, 0) / sat.length) * 1e5) / 1e5;
  };
  rows.push(['Average =', ...[1, 2, 3, 4, 5].map(mean)]);
  return rows;
}

const marks = classMarks();

/** 03PFM journal books: five blocks of InTech, Directory and their Total, each under the header rows it repeats. */
function statementBlocks(): CaseRow[] {
  const blocks: [string, number[], number[]][] = [
    ['REVENUE', [1917, 1583, 1981, -398, 3349], [566, 500, 536, -36, 577]],
    ['EXPENSES', [1498, 1454, 1511, -57, 2369], [383, 303, 399, -96, 456]],
    ['DIRECT CONTRIBUTION', [419, 129, 470, -341, 980], [183, 197, 137, 60, 121]],
    ['INDIRECT EXPENSES', [467, 329, 374, -45, 526], [63, 30, 65, -35, 91]],
    ['SURPLUS', [-48, -200, 96, -296, 454], [120, 167, 72, 95, 30]],
  ];
  const rows: CaseRow[] = [['Publications Department Financial Update'], ['03PFM Through August 2003']];
  for (const [title, inTech, directory] of blocks) {
    rows.push(
      [null, 'Year to Date'],
      [null, 'Last Year', 'This Year', 'This Year', 'Actual vs.', 'Total Year'],
      [null, 'Actual', 'Actual', 'Budget', 'Budget Var.', 'Budget'],
      [title],
      ['InTech', ...inTech],
      ['Directory', ...directory],
      ['     Total', ...inTech.map((v, i) => v + directory[i])],
      [null],
      [null],
    );
  }
  return rows;
}

/** A share of a count as published: a fraction to five decimals, or per cent to one. */
const shareCell = (part: number, whole: number, percent = false) =>
  percent
    ? { v: Math.round((part / whole) * 1000) / 10, numFmt: '0.0' }
    : { v: Math.round((part / whole) * 1e5) / 1e5, numFmt: '0.00000' };

/**
 * Pupils by census tract (p36): PK-12's Total, Public, % Public, Private and % Private, then each level's Total, Public
 * and Private under a parent of its own. PK-12's Total is the sum of the levels' Totals, its Public of their Publics.
 * In the tract of row 12 no pupil goes to a public school, so % Public holds whatever the Total says.
 */
function pupilsByTract(): CaseRow[] {
  const levels = ['Nursery School, Preschool', 'Kindergarten', 'Grades 1 to 4', 'Grades 5 to 8', 'Grades 9 to 12'];
  const rows: CaseRow[] = [
    ['Census Tract', 'PK-12', null, null, null, null, ...levels.flatMap((l) => [l, null, null])],
    [
      null,
      'Total',
      'Public',
      '% Public',
      'Private',
      '% Private',
      ...levels.flatMap(() => ['Total', 'Public', 'Private']),
    ],
  ];
  const percent = (part: number, whole: number) => ({ v: Math.round((part / whole) * 1e7) / 1e5, numFmt: '0.00000' });
  for (let t = 0; t < 16; t++) {
    const publics = levels.map((_, l) => (t === 9 ? 0 : 5 + ((t * 31 + l * 17) % 60)));
    const privates = levels.map((_, l) => ((t * 7 + l * 11) % 9) + (t === 9 ? 2 : 0));
    const [pub, priv] = [publics, privates].map((v) => v.reduce((a, b) => a + b, 0));
    rows.push([
      `2001${String(t + 1).padStart(2, '0')}`,
      pub + priv,
      pub,
      percent(pub, pub + priv),
      priv,
      percent(priv, pub + priv),
      ...levels.flatMap((_, l) => [publics[l] + privates[l], publics[l], privates[l]]),
    ]);
  }
  return rows;
}

const sheets: CaseSheet[] = [
  {
    // A city's districts: population, GDP, GDP per head and each district's share of the city's GDP. The 全市 row sums
    // population, GDP and the shares (to 100), never GDP per head; a district's wrong GDP breaks the sum, its share and
    // its GDP per head, and is blamed alone.
    name: '人均与比重',
    rows: [
      ['2025年各区县地区生产总值'],
      ['区县', '常住人口（万人）', '地区生产总值（亿元）', '人均地区生产总值（元）', '占全市比重（%）'],
      ...[
        ['全市', 334.96, 3427.5],
        ['城关区', 88.35, 1120.5],
        ['东坝区', 45.12, 402.3],
        ['西河县', 63.4, 305.9],
        ['南山区', 97.26, 1388.1],
        ['北岭县', 40.83, 210.7],
      ].map(([district, people, gdp]) => [
        district,
        { v: people, numFmt: '0.00' },
        { v: gdp, numFmt: '0.0' },
        Math.round((Number(gdp) / Number(people)) * 10000),
        shareCell(Number(gdp), 3427.5, true),
      ]),
    ],
    plant: { address: 'C5', value: 442.5 },
  },
  {
    // A county's enterprises by district with each district's share of the total (构成) and its coverage rate. The
    // shares add up to the 合计's 100 %, and each is its count over the 合计's count: a district's wrong share breaks
    // both, and is blamed rather than the 100 % it no longer adds up to. The coverage rate is each row's own, never
    // summed.
    name: '构成',
    rows: [
      ['2025年各区县非公有制企业党组织覆盖情况'],
      ['区县', '企业数（家）', '构成（%）', '建立党组织企业数（家）', '覆盖率（%）'],
      ...[
        ['合计', 1610, 1166],
        ['城关区', 412, 318],
        ['东坝区', 236, 171],
        ['西河县', 158, 97],
        ['南山区', 305, 244],
        ['北岭县', 129, 80],
        ['石桥区', 274, 205],
        ['柳林县', 96, 51],
      ].map(([county, enterprises, covered]) => [
        county,
        enterprises,
        shareCell(Number(enterprises), 1610, true),
        covered,
        shareCell(Number(covered), Number(enterprises), true),
      ]),
    ],
    plant: { address: 'C6', value: 12.8 },
  },
  {
    // C10090: apprenticeship students by region. The Whole country is Mainland Finland plus Åland at three columns, a
    // pair of rows a long table holds to more unless the line says it is a total, as `Whole country` does (data:
    // rules/vocabulary.json): a wrong national figure leaves two columns and is found.
    name: 'Whole country',
    rows: [
      ['New students, students and qualifications in apprenticeship training by region in 2008'],
      ['Region of the organiser of apprenticeship training', 'Apprenticeship training'],
      [null, 'New students', 'Students', 'Completers of a qualification'],
      ['Whole country', 28013, 70037, 12193],
      ['Mainland Finland', 27967, 69873, 12148],
      ['Uusimaa', 10056, 25220, 4279],
      ['Itä-Uusimaa', 639, 1558, 270],
      ['Varsinais-Suomi', 2459, 5672, 766],
      ['Satakunta', 879, 2412, 567],
      ['Kanta-Häme', 749, 1817, 400],
      ['Pirkanmaa', 2077, 5298, 944],
      ['Päijät-Häme', 846, 2668, 392],
      ['Kymenlaakso', 595, 1508, 247],
      ['South Karelia', 347, 1058, 212],
      ['Etelä-Savo', 487, 1413, 296],
      ['Pohjois-Savo', 846, 2036, 454],
      ['North Karelia', 486, 1350, 304],
      ['Central Finland', 1090, 2753, 596],
      ['South Ostrobothnia', 2806, 5681, 613],
      ['Ostrobothnia', 656, 1572, 442],
      ['Central Ostrobothnia', 261, 701, 138],
      ['North Ostrobothnia', 1518, 4106, 621],
      ['Kainuu', 271, 749, 157],
      ['Lapland', 899, 2301, 450],
      ['Åland', 46, 164, 45],
      ['Åland', 46, 164, 45],
    ],
    plant: { address: 'B4', value: 30814 },
  },
  {
    // Comp Sci Grades (its figures): a student's points earned and possible per quiz, lab and paper, with each block's
    // Total. The quizzes' Total sums two columns, one of them over an extra credit of 0 possible points: a named total
    // exact over seven quizzes of 100 and one of 80 is no accident, and a wrong total earned is found beside it.
    name: 'A total over a zero',
    rows: [
      ['QUIZZES', 'Earned Pts', 'Possible Pts'],
      ...[85, 97, 77, 95, 94, 89, 68, 90].map((earned, i) => [`Quiz ${i + 1}`, earned, i === 6 ? 80 : 100]),
      ['Quiz 9'],
      ['Extra Credit', 20, 0],
      ['Total', 715, 780],
      ['Average', null, { v: (715 / 780) * 100, numFmt: '0.00000' }],
      ['LABS', 'Earned Pts', 'Possible Pts'],
      ...[
        [18.5, 20],
        [20, 20],
        [15, 15],
        [10, 10],
        [0, 0],
        [20, 20],
        [15, 15],
        [0, 0],
        [19, 20],
        [14, 15],
        [20, 20],
      ].map(([earned, possible], i) => [`Lab ${i + 1}`, earned, possible]),
      ['Lab 12'],
      ['Lab 13'],
      ['Total', 151.5, 155],
      ['Average', null, { v: (151.5 / 155) * 100, numFmt: '0.00000' }],
    ],
    plant: { address: 'B12', value: 787 },
  },
  {
    // C10026: average spending per household by category in two cities. Its header says average, whose figures a total
    // row of regions does not sum; here the rows are parts of one household's spending, and the row sums that hold at
    // St. John's hold at Charlottetown too, closer than their smallest item: a wrong Total expenditure there is found.
    name: 'Averages that add up',
    rows: [
      ['Average household expenditures, by selected metropolitan area'],
      ["(St. John's, Charlottetown-Summerside)"],
      [null, 2008],
      [null, "St. John's", null, 'Charlottetown-Summerside'],
      [
        null,
        'Average expenditure per household $',
        'Households reporting expenditures %',
        'Average expenditure per household $',
        'Households reporting expenditures %',
      ],
      ['Total expenditure', 70318, 100, 62965, 100],
      ['Total current consumption', 50257, 100, 46166, 100],
      ['  Food', 7087, 100, 6957, 100],
      ['  Shelter', 12029, 100, 12491, 100],
      ['  Household operation', 3499, 100, 3714, 100],
      ['  Household furnishings and equipment', 2318, 95.8, 1648, 93.7],
      ['  Clothing', 3127, 99.8, 2362, 99.8],
      ['  Transportation', 10430, 98.6, 8672, 99.6],
      ['  Health care', 1789, 98.2, 1990, 100],
      ['  Personal care', 1247, 100, 1044, 100],
      ['  Recreation', 4523, 97.9, 3384, 97.7],
      ['  Reading materials and other printed matter', 269, 71.8, 269, 75.4],
      ['  Education', 1124, 34.7, 1150, 34.3],
      ['  Tobacco products and alcoholic beverages', 1612, 88, 1488, 84],
      ['  Games of chance (net amount)', 283, 80.5, 213, 74.5],
      ['  Miscellaneous', 919, 91.3, 784, 86],
      ['Personal income taxes', 14235, 91.3, 10941, 94.2],
      ['Personal insurance payments and pension contributions', 4742, 84.3, 3884, 84.9],
      ['Gifts of money and contributions', 1085, 85.6, 1974, 88.2],
    ],
    plant: { address: 'D6', value: 69262 },
  },
  {
    // 03PFM journal books (its figures): a department's revenue, expenses, direct contribution, indirect expenses and
    // surplus, each a block of its own under its own header, with the same lines. Each line's revenue is its expenses
    // plus its contribution, lines named alike two and three blocks down: a wrong InTech revenue breaks that and its
    // block's Total, and is blamed, not the Total.
    name: 'Blocks named alike',
    rows: statementBlocks(),
    plant: { address: 'B8', value: 2109 },
  },
  {
    // p36: PK-12's Total over each level's Total, five groups of three columns apart. Their labels differ by their
    // parents (PK-12/Total, Kindergarten/Total); the lowest part names them alike. In a tract with no public pupils, a
    // wrong Total breaks only Private = Total − Public and % Private besides that sum, and without it Private, in both,
    // was blamed.
    name: 'Totals under parents',
    rows: pupilsByTract(),
    merges: ['B1:F1', 'G1:I1', 'J1:L1', 'M1:O1', 'P1:R1', 'S1:U1'],
    plant: { address: 'B12', value: 33 },
  },
  {
    // English financial (its figures): spending by item in two years, each beside its share of the year's total. The
    // header says per cent, as a rate's does, but each share is its amount over the total: a total row sums the shares
    // as it sums the amounts, and a wrong 100 % is found and blamed.
    name: 'Share of the total',
    rows: [
      ['Financial (In 000s)', '1999/00', '% of Total', '2000/01', '% of Total'],
      ...[
        ['Salaries', 36848.1, 37521.6],
        ['Benefits', 8668.2, 8516.6],
        ['Operating expenses', 5855.2, 6434.3],
        ['Equipment', 333, 539.8],
      ].map(([item, before, after]) => [
        item,
        before,
        shareCell(Number(before), 51704.5),
        after,
        shareCell(Number(after), 53012.3),
      ]),
      ['TOTAL', 51704.5, { v: 1, numFmt: '0.00000' }, 53012.3, { v: 1, numFmt: '0.00000' }],
    ],
    plant: { address: 'E6', value: 1.1 },
  },
  {
    // Every 2020 figure within 100 (万人, to two decimals), some 2025 ones beyond it: a change of two periods' figures,
    // not a figure over a share in per cent, though the figures alone could be read either way.
    name: 'Growth past a hundred',
    rows: [
      ['区县', '2020年常住人口（万人）', '2025年常住人口（万人）', '增长（%）'],
      ...[
        ['城关区', 88.35, 112.48],
        ['东坝区', 45.12, 52.07],
        ['西河县', 63.4, 60.18],
        ['南山区', 97.26, 131.05],
        ['北岭县', 40.83, 47.66],
        ['石桥区', 72.19, 85.34],
        ['柳林县', 58.77, 58.02],
        ['青山区', 91.64, 104.29],
        ['白水县', 36.25, 44.81],
        ['新集区', 79.58, 93.12],
      ].map(([county, before, after]) => [
        county,
        { v: before, numFmt: '0.00' },
        { v: after, numFmt: '0.00' },
        { v: Math.round((Number(after) / Number(before) - 1) * 1000) / 10, numFmt: '0.0' },
      ]),
    ],
    plant: { address: 'D5', value: 38.9 },
  },
  {
    // C10115: pupils by county, those at private schools, and their share in per cent; the title stands over Total,
    // so both columns' headers say per cent: the share is what the table computed, not Total = Private ÷ share.
    name: 'Share in per cent',
    rows: [
      [null, 'Pupils by ownership and county. School year 2000/01. Per cent'],
      ['County', 'Total', 'Of which private', 'Percentage'],
      ...[
        ['Østfold', 31406, 633],
        ['Akershus', 65952, 1363],
        ['Oslo', 49750, 2177],
        ['Hedmark', 23246, 376],
        ['Oppland', 22520, 230],
        ['Buskerud', 30431, 318],
        ['Vestfold', 28568, 752],
        ['Telemark', 21430, 187],
        ['Aust-Agder', 14005, 89],
        ['Vest-Agder', 22418, 376],
      ].map(([county, total, privateSchools]) => [
        county,
        total,
        privateSchools,
        shareCell(Number(privateSchools), Number(total), true),
      ]),
    ],
    plant: { address: 'D5', value: 4.8 },
  },
  {
    // g16fremsc02: pupils by district, those eligible for free and reduced meals, and the eligible share as a fraction,
    // its word three header rows up: the share is what the table computed, not Enrollment = Eligible ÷ share.
    name: 'Share of a count',
    rows: [
      ['District', 'Grades 1-6', 'Grades 1-6', 'Grades 1-6', 'Grades 1-6', 'Grades 1-6'],
      [null, 'BEDS', 'Free', 'Reduced', 'Total', 'Percent'],
      [null, 'Enrollment', 'Eligible', 'Eligible', 'Free &', 'Free &'],
      [null, null, null, null, 'Reduced', 'Reduced'],
      [null, null, null, null, 'Eligible', 'Eligible'],
      ...[
        ['ADAIR-CASEY', 156, 33, 26],
        ['ADEL-DESOTO-MINBURN', 637, 69, 42],
        ['AGWSR', 345, 93, 33],
        ['A-H-S-T', 286, 59, 38],
        ['AKRON WESTFIELD', 291, 43, 27],
        ['ALBERT CITY-TRUESDALE', 98, 21, 9],
        ['ALBIA', 612, 171, 64],
        ['ALBURNETT', 253, 17, 12],
        ['ALDEN', 171, 36, 18],
        ['ALGONA', 752, 139, 61],
        ['ALLAMAKEE', 566, 148, 71],
        ['ALTA', 214, 38, 25],
      ].map(([district, enrolled, free, reduced]) => {
        const eligible = Number(free) + Number(reduced);
        return [district, enrolled, free, reduced, eligible, shareCell(eligible, Number(enrolled))];
      }),
    ],
    plant: { address: 'F13', value: 0.4 },
  },
  {
    // allstudents: pupils tested and passing by grade, the share passing as a fraction, and All Grades their total:
    // Number tested is the base of the share (passing ÷ share gives it back), not a figure derived from the others.
    name: 'Base of a share',
    rows: [
      [null, 'Number tested', 'Number passing', 'Percent passing'],
      ...[
        ['Grade 3', 240485, 135334],
        ['Grade 4', 245712, 128741],
        ['Grade 5', 241920, 135309],
        ['Grade 6', 249708, 133367],
        ['Grade 7', 248055, 131541],
        ['Grade 8', 250316, 117405],
        ['Grade 10', 201396, 100813],
        ['All Grades', 1677592, 882510],
      ].map(([grade, tested, passing]) => [grade, tested, passing, shareCell(Number(passing), Number(tested))]),
    ],
    plant: { address: 'B9', value: 1845351 },
  },
  {
    // C10024: institutions by enrolment size, each row a distribution adding up to 100 in All (`#` rounds to zero).
    name: 'Percentage distribution',
    rows: [
      [
        'Control and type of institution',
        'All',
        'Under 200',
        '200–499',
        '500–999',
        '1,000–2,499',
        '2,500–4,999',
        '5,000–9,999',
        '10,000–19,999',
        '20,000–29,999',
        '30,000 or more',
      ],
      ['Total', 100, 12, 14, 15, 21, 15, 12, 7, 3, 1],
      ['2-year public', 100, 1, 4, 7, 23, 26, 23, 12, 4, 1],
      ['4-year public', 100, '#', 2, 4, 15, 17, 23, 21, 12, 6],
      ['Private not-for-profit', 100, 15, 13, 17, 29, 15, 6, 3, 1, '#'],
      ['Private for-profit', 100, 15, 29, 26, 18, 9, 2, 1, 1, '#'],
      ['Public 2-year, city', 100, '#', 1, 3, 8, 23, 31, 23, 9, 3],
      ['Public 2-year, suburban', 100, 1, 2, 1, 9, 17, 42, 22, 6, 2],
      ['Public 2-year, town', 100, 2, 6, 13, 39, 27, 10, 1, 0, 0],
      ['Public 2-year, rural', 100, 2, 6, 8, 33, 31, 15, 5, 0, 0],
      ['Public 4-year, city', 100, 1, 3, 2, 9, 9, 21, 27, 18, 10],
      ['Public 4-year, suburban', 100, 0, 0, 6, 13, 20, 24, 20, 10, 7],
      ['Public 4-year, town', 100, 0, 1, 2, 17, 28, 29, 18, 6, 0],
      ['Public 4-year, rural', 100, 2, 3, 10, 43, 21, 18, 0, 2, 2],
      ['Private 4-year, city', 100, 16, 16, 15, 25, 16, 7, 4, 1, 1],
      ['Private 4-year, suburban', 100, 18, 11, 12, 29, 19, 9, 2, '#', 0],
      ['Private 4-year, town', 100, 7, 7, 26, 47, 9, 3, 1, 0, 0],
      ['Private 4-year, rural', 100, 18, 16, 27, 26, 9, 2, 2, 1, 0],
    ],
    plant: { address: 'B6', value: 110 },
  },
  {
    // C10047: trade in billions, each year's total its four gateways' within their rounding, 1999's three off where
    // the others are two at most: that is the rounding, not a second failure beside the planted total.
    name: 'Rounding at its widest',
    rows: [
      ['Year', 'Total trade', 'Land', 'Water', 'Air', 'Other and unknown'],
      ...[
        [889, 204, 434, 201, 50],
        [910, 210, 435, 209, 56],
        [981, 232, 463, 226, 60],
        [1046, 258, 477, 255, 56],
        [1176, 312, 517, 293, 54],
        [1328, 338, 573, 355, 62],
        [1420, 377, 591, 382, 70],
        [1559, 426, 626, 433, 76],
        [1594, 452, 614, 442, 86],
        [1720, 501, 632, 496, 92],
        [2000, 576, 740, 593, 91],
        [1870, 547, 718, 519, 86],
        [1854, 541, 729, 498, 89],
        [1982, 563, 811, 523, 86],
        [2288, 634, 959, 599, 97],
        [2579, 698, 1122, 652, 107],
        [2891, 760, 1279, 731, 121],
        [3119, 797, 1399, 781, 142],
        [3401, 830, 1624, 806, 141],
      ].map((figures, k) => [1990 + k, ...figures]),
    ],
    plant: { address: 'B15', value: 2180 },
  },
  {
    // C10006: Both sexes is the sum of Males and Females in three months, a change column beside them.
    name: 'Both sexes',
    rows: [
      ['Sex', '2010/02 1000 persons', '2010/01 1000 persons', '2009/02 1000 persons', 'Change (%)'],
      ['Both sexes', 373, 357, 368, 1.4],
      ['Males', 132, 127, 118, 12.3],
      ['Females', 241, 230, 250, -3.7],
    ],
    plant: { address: 'C2', value: 393 },
  },
  {
    // Inventories.xls: a Total row over four quarters, exact in units; its dollars are held to the same rows.
    name: 'Named total',
    rows: [
      ['Quarter', 'Units', 'Unit cost', 'Dollars'],
      [1, 100, 11, 1100],
      [2, 150, 12, 1800],
      [3, 150, 13, 1950],
      [4, 100, 14, 1400],
      ['Total', 500, null, 6250],
    ],
    plant: { address: 'D6', value: 6875 },
  },
  {
    // C10005: a Total column over five vessel types, in a table of two rows.
    name: 'Total column',
    rows: [
      [null, 'Container', 'Tanker', 'Dry bulk', 'General', 'Other', 'Total'],
      ['Calls', 2549, 1443, 274, 105, 597, 4968],
      ['Capacity (deadweight tons, thousands)', 127359, 77897, 10788, 1577, 14805, 232426],
    ],
    plant: { address: 'G3', value: 255669 },
  },
  {
    // C10053: the Total row is two rows' sum in three columns of persons, beside columns of per cents.
    name: 'Two-row total',
    rows: [
      ['Education', 'Population, total', '%', 'Men, total', '%', 'Women, total', '%'],
      ['Total', 4435152, 100, 2156478, 100, 2278674, 100],
      ['Basic education or less', 1531994, 34.5, 752984, 34.9, 779010, 34.2],
      ['With educational qualifications', 2903158, 65.5, 1403494, 65.1, 1499664, 65.8],
    ],
    plant: { address: 'F2', value: 2506541 },
  },
  {
    // FYR_2003_Prod: each year's total is its four quarters, the two years' columns interleaved; a row of column
    // widths (all 4) stands above the header.
    name: 'Interleaved years',
    rows: [
      [null, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
      [null],
      [
        'in millions',
        'FY 2003',
        'FY 2002',
        'Q1 2003',
        'Q1 2002',
        'Q2 2003',
        'Q2 2002',
        'Q3 2003',
        'Q3 2002',
        'Q4 2003',
        'Q4 2002',
      ],
      ['Sales', 24864, 20877, 5721, 4742, 6203, 5193, 6210, 5373, 6730, 5569],
      ['Cost of goods sold', -5894, -4994, -1363, -1199, -1423, -1229, -1500, -1306, -1608, -1260],
      ['Gross profit', 18970, 15883, 4358, 3543, 4780, 3964, 4710, 4067, 5122, 4309],
      ['Marketing & sales', -7854, -6737, -1833, -1529, -1995, -1755, -1850, -1696, -2176, -1757],
      ['Research & development', -3756, -2843, -843, -631, -943, -672, -878, -730, -1092, -810],
      ['Operating income', 5889, 5092, 1351, 1086, 1463, 1332, 1469, 1320, 1606, 1354],
    ],
    plant: { address: 'C8', value: 3127 },
  },
  {
    // C10034: the Males row is the sum of every province's Males row, three rows apart.
    name: 'Namesakes',
    rows: [
      ['Body mass index', 2003, 2005, 2007, 2008],
      ['Canada', 1406386, 1461745, 1419068, 1475004],
      ['Males', 797364, 811476, 796092, 817922],
      ['Females', 609022, 650269, 622976, 657082],
      ['Newfoundland and Labrador', 239766, 247225, 238457, 240811],
      ['  Males', 135287, 136409, 124313, 128418],
      ['  Females', 104479, 110816, 114144, 112393],
      ['Prince Edward Island', 60870, 60827, 59941, 60371],
      ['  Males', 36160, 33075, 34144, 33220],
      ['  Females', 24710, 27752, 25797, 27151],
      ['Nova Scotia', 386137, 404485, 397420, 440386],
      ['  Males', 222045, 227228, 217474, 225344],
      ['  Females', 164092, 177257, 179946, 215042],
      ['New Brunswick', 719613, 749208, 723250, 733436],
      ['  Males', 403872, 414764, 420161, 430940],
      ['  Females', 315741, 334444, 303089, 302496],
    ],
    plant: { address: 'C3', value: 892624 },
  },
  {
    // CF_BS.xls: a cash-flow statement sets every line apart by a blank row.
    name: 'Statement',
    rows: [
      ['Cash flows', 2001, 2002, 2003, 2004, 2005],
      ['Net income', -69462, -3561, 47968, 68536, 114539],
      [null],
      ['Issuance of long-term note', 40000, 12000, 8000, 5000, 3000],
      [null],
      ['Net increase in cash', -29462, 8439, 55968, 73536, 117539],
      [null],
      ['Cash at beginning of year', 40000, 10538, 18977, 74945, 148481],
      [null],
      ['Cash at end of year', 10538, 18977, 74945, 148481, 266020],
    ],
    plant: { address: 'D10', value: 82440 },
  },
  {
    // C10195: Assets are the lines under them, Loans counted once: the sum of its two kinds is not added again.
    name: 'Assets',
    rows: [
      ['Balance sheet', 2005, 2006, 2007, 2008, 2009],
      ['Assets', 337753, 363979, 381916, 385447, 421281],
      ['Cash and deposits', 5717, 5948, 6664, 8785, 8005],
      ['Accounts receivable', 19353, 19801, 20271, 22782, 22066],
      ['Investments with affiliates', 43578, 55380, 59693, 58851, 84659],
      ['Portfolio investments', 208852, 224426, 238330, 232940, 243039],
      ['Loans', 45198, 46214, 47358, 48941, 48739],
      ['  Mortgage', 39778, 40141, 40650, 41949, 41200],
      ['  Non-mortgage', 5420, 6073, 6708, 6992, 7539],
      ['Net capital assets', 7933, 8316, 9524, 10099, 11285],
      ['Other assets', 7122, 3894, 76, 3049, 3488],
    ],
    plant: { address: 'E2', value: 424000 },
  },
  {
    // 5_Year_Summary3.xls: `Gross profit %`, gross profit over total revenues far up a statement longer than the pairs
    // tried near each line; its first figure is the wrong one.
    name: 'Far ratio',
    rows: statementWithMargin(),
    plant: { address: 'B29', value: 0.9 },
  },
  {
    // C10079: the percent change of every column over the years, the column of shares too.
    name: 'Change of shares',
    rows: tradeByYear(),
    plant: { address: 'F17', value: 40 },
  },
  {
    // A total one over its hundred units: the sum of all but the last unit is within ± 50 of it (whole figures read as
    // rounded), and must not be taken as the total's relation, which would blame the last unit instead of the total.
    name: 'Hundred units',
    rows: hundredUnits(),
    plant: { address: 'B2', value: 2658 },
  },
  {
    // C10011: whole counts that add up exactly in every other row; a county total two over its parts is no rounding.
    name: 'Exact counts',
    rows: countiesByCapital(),
    plant: { address: 'B14', value: 39 },
  },
  {
    // C10001 (its figures): the balance of all goods is the exports less the imports beside it, and the sum of the
    // groups' balances; a wrong balance breaks both, and is blamed rather than the exports.
    name: 'Balances',
    rows: [
      [
        null,
        'ICT goods totally',
        null,
        null,
        'Audio and video',
        null,
        null,
        'Computers',
        null,
        null,
        'Components',
        null,
        null,
      ],
      [
        null,
        ...['ICT', 'Audio', 'Computers', 'Components', 'Telecoms', 'Other'].flatMap(() => [
          'Exports',
          'Imports',
          'Balance',
        ]),
      ],
      [
        2008, 18080, 39219, -21139, 693, 7712, -7019, 1899, 12878, -10979, 3942, 3905, 37, 5255, 9284, -4029, 6292,
        5439, 853,
      ],
      [
        2007, 15341, 39945, -24604, 691, 7998, -7307, 1799, 13378, -11579, 2801, 4189, -1388, 4543, 9353, -4810, 5507,
        5027, 480,
      ],
      [
        2006, 14123, 39942, -25819, 714, 7438, -6724, 2046, 15306, -13260, 2583, 4140, -1557, 4573, 8301, -3728, 4208,
        4756, -548,
      ],
      [
        2005, 12118, 34807, -22689, 709, 6159, -5450, 1594, 14495, -12901, 1948, 3350, -1402, 4395, 7254, -2859, 3471,
        3549, -78,
      ],
      [
        2004, 11347, 34000, -22653, 635, 5319, -4684, 1613, 14121, -12508, 1613, 3409, -1796, 4378, 7826, -3448, 3107,
        3324, -217,
      ],
      [
        2003, 10577, 28124, -17547, 545, 4515, -3970, 1850, 11968, -10118, 1726, 2665, -939, 3451, 6139, -2688, 3005,
        2837, 168,
      ],
      [
        2002, 10827, 27891, -17064, 539, 4221, -3682, 2106, 12284, -10178, 1780, 2662, -882, 3289, 5852, -2563, 3114,
        2871, 243,
      ],
    ],
    plant: { address: 'D5', value: -28400 },
  },
  {
    // C10114 (its figures): the Total row sums the fields below it, one of them a row of dashes (none in any year); each
    // year's total is its men and women. A wrong count of men in the Total row breaks both, and is blamed.
    name: 'Row of dashes',
    rows: [
      ['Field of education', '1997/98', null, null, '2006/07', null, null, '2007/08'],
      [null, 'Total', 'Men', 'Women', 'Total', 'Men', 'Women', 'Total', 'Men', 'Women'],
      ['Total', 626, 426, 200, 980, 566, 414, 1231, 679, 552],
      ['Humanities and arts', 52, 31, 21, 112, 52, 60, 124, 59, 65],
      ['Teacher training and pedagogy', 4, 1, 3, 20, 6, 14, 9, 4, 5],
      ['Social sciences and law', 75, 42, 33, 100, 53, 47, 157, 72, 85],
      ['Business and administration', 27, 19, 8, 26, 13, 13, 23, 15, 8],
      ['Natural sciences, vocational and technical subjects', 295, 219, 76, 445, 319, 126, 542, 359, 183],
      ['Health, welfare and sport', 128, 83, 45, 246, 110, 136, 333, 145, 188],
      ['Primary industries', 45, 31, 14, 27, 10, 17, 31, 18, 13],
      ['Transport and communications, safety and security', '-', '-', '-', '-', '-', '-', '-', '-', '-'],
      ['Unspecified field of education', '-', '-', '-', 4, 3, 1, 12, 7, 5],
    ],
    plant: { address: 'I3', value: 747 },
  },
  {
    // V33_t34.xls: the TOTAL row sums schools set a blank row apart; a wrong count in it breaks that sum and its share
    // beside it, and is blamed rather than the share.
    name: 'Spaced rows',
    rows: gradesBySchool(),
    plant: { address: 'G13', value: 1000 },
  },
  {
    // C10035 (its figures, rounded to hundreds): this quarter is last year's quarter plus the change, which two rows'
    // rounding breaks by a hundred; a province's wrong figure this quarter breaks that and its total row, and is blamed.
    name: 'Change beside rounding',
    rows: [
      [null, '2009/IV', '2009/III', '2009/II', '2009/I', '2008/IV', 'Change', 'Change (%)'],
      ['Total', 9100, 12400, 24100, 26700, 10400, -1300, -12],
      ['Uusimaa', 3600, 4600, 6700, 10500, 1700, 1900, 114],
      ['Southern Finland', 1800, 1400, 3500, 2700, 1500, 300, 17],
      ['Western Finland', 2100, 3000, 8600, 9600, 3700, -1700, -45],
      ['Eastern Finland', 700, 1600, 1900, 2200, 900, -300, -27],
      ['Oulu+Lapland', 1000, 1700, 3400, 1700, 2500, -1500, -59],
    ],
    plant: { address: 'B5', value: 2310 },
  },
  {
    // COB Grade Data.xls: the grades, points and average grade of a row are one ratio, read either way; the line whose
    // header says it is an average is its target, and a wrong average is blamed, not the number of grades.
    name: 'Average grade',
    rows: averageGrades(),
    plant: { address: 'D8', value: 2.42 },
  },
  {
    // C10013 (its figures): three states' Total is their exports plus their imports; with the header's word, three rows
    // are enough, and a wrong total in one of them breaks the sum the other two still hold.
    name: 'Total of two columns',
    rows: [
      ['Rank', 'State', 'Total', 'Exports', 'Imports'],
      [1, 'Michigan', 24266, 3992, 20274],
      [2, 'Illinois', 8259, 4669, 3590],
      [3, 'Texas', 7001, 4635, 2366],
    ],
    plant: { address: 'C4', value: 7701 },
  },
  {
    // CH112_post_grades.xls: the Average row is each exam's mean over the students who sat it (a spreadsheet's
    // AVERAGE skips blanks), over more rows than a mean between columns is looked for; a wrong mean of an exam some
    // students missed is found and blamed.
    name: 'Mean over blanks',
    rows: marks,
    plant: { address: 'E45', value: Math.round((marks[44][4] as number) * 1.1 * 1e5) / 1e5 },
  },
  {
    // C10052 (its figures, rounded to hundreds): this quarter is last year's quarter plus the change, the total row
    // off by a hundred of rounding; a province's figure off the hundreds (1 430) was not rounded, and its gap of 130 is
    // a wrong figure, not rounding: found and blamed.
    name: 'Off the base',
    rows: [
      [null, '2009/IV', '2009/III', '2009/II', '2009/I', '2008/IV', 'Change', 'Change (%)'],
      ['Total', 4100, 7700, 7900, 9900, 4400, -200, -5],
      ['Uusimaa', 1500, 3700, 2600, 3600, 800, 700, 86],
      ['Southern Finland (excl. Uusimaa)', 1300, 1100, 1100, 1200, 500, 800, 177],
      ['Western Finland', 900, 1500, 2500, 3200, 1300, -400, -33],
      ['Eastern Finland', 100, 800, 700, 1400, 300, -200, -60],
      ['Oulu+Lapland', 300, 600, 1000, 500, 1400, -1100, -77],
    ],
    plant: { address: 'B4', value: 1430 },
  },
  {
    // financial_data_2000.xls (its figures): a statement of earnings over three years, whose Gross Margin is the
    // expenses plus the operating income below it. A result line of a statement says it is a total as `Total` does,
    // so three years are enough, and a wrong gross margin in one year is found and blamed.
    name: 'Statement results',
    rows: [
      ['Years ended June 30,', 1999, 1998, 1997],
      ['Net Sales', 38125, 37154, 35764],
      ['Cost of Products Sold', 21206, 21064, 20316],
      ['Gross Margin', 16919, 16090, 15448],
      [null, null, null, null],
      ['Marketing, Research, Admin. Expenses', 10666, 10035, 9960],
      ['Operating Income', 6253, 6055, 5488],
      [null, null, null, null],
      ['Interest Expense', 650, 548, 457],
      ['Income Taxes', 2075, 1928, 1834],
    ],
    plant: { address: 'C4', value: 17699 },
  },
  {
    // C10070 (its figures): farm cash receipts of two quarters and the percent change between them; Payments is the
    // sum of its four programmes in both quarters, too few columns to report as a relation of its own. A wrong
    // Payments figure of 2008 breaks the change and that sum: the figure is blamed, not the change computed from it.
    name: 'A period of a change',
    rows: [
      [null, '3rd quarter 2008 $ thousands', '3rd quarter 2009 $ thousands', '% change'],
      ['Oats', 194970, 123498, -36.7],
      ['Barley', 190211, 184295, -3.1],
      ['All rye', 11300, 7904, -30.1],
      ['Flaxseed', 73912, 35550, -51.9],
      ['Canola', 1279923, 1174736, -8.2],
      ['Corn for grain', 296665, 201453, -32.1],
      ['Soybeans', 111701, 87145, -22.0],
      ['Dry peas', 291577, 120610, -58.6],
      ['Payments', 847791, 932792, 10.0],
      ['Net Income stabilization account', 2793, 0, -100.0],
      ['Crop insurance', 201653, 281838, 39.8],
      ['Provincial stabilization', 286154, 381569, 33.3],
      ['Other programs', 357191, 269385, -24.6],
    ],
    plant: { address: 'B10', value: 932570 },
  },
];

const earningsPerShare: CaseSheet = {
  // Q201FIN (its figures): a quarter's and a half-year's results of two years, with earnings per share to five
  // decimals, net income over the weighted shares. Four columns are what a ratio needs; one of them broken leaves
  // three, which figures this precise could not match by chance: a wrong basic EPS is found.
  name: 'Earnings per share',
  rows: [
    ['Quarterly results (in thousands, except per share data)'],
    [null, 'Three months 2000', 'Three months 1999', 'Six months 2000', 'Six months 1999'],
    ['Total revenues', 81687, 62484, 151175, 115836],
    ['Total costs and expenses', 82030, 61334, 158190, 120166],
    ['Income (loss) from operations', -343, 1150, -7015, -4330],
    ['Net income (loss)', -2635, 1329, -6320, -1741],
    [
      'Diluted earnings (loss) per share',
      ...[-0.08858, 0.04464, -0.21429, -0.06248].map((v) => ({ v, numFmt: '0.00000' })),
    ],
    ['Weighted average shares outstanding - diluted', 29747, 29774, 29493, 27863],
    [
      'Basic earnings (loss) per share',
      ...[-0.08858, 0.04759, -0.21429, -0.06248].map((v) => ({ v, numFmt: '0.00000' })),
    ],
    ['Weighted average shares outstanding - basic', 29747, 27925, 29493, 27863],
  ],
  plant: { address: 'C9', value: 0.05235 },
};

describe('relations whose parts are not next to the total (inference walks)', () => {
  describeCaseBook('inference-walks', sheets, '--lang', 'en');

  // Basic EPS = net income ÷ basic shares fails at one column: the shares are in no other relation, so they are as
  // suspect as the EPS; net income, which the diluted EPS confirms, is not.
  it('finds a wrong EPS among three precise columns, blaming it and not the net income', async () => {
    const clean = await errorFindings(await writeCaseBook('eps', [earningsPerShare], false));
    expect(errorsOn(clean, earningsPerShare.name)).toEqual([]);
    const planted = await errorFindings(await writeCaseBook('eps', [earningsPerShare], true));
    expect(errorSuspects(planted, earningsPerShare.name)).toEqual(['C9', 'C10']);
  });

  // The sum of Payments' programmes fails too, though too few columns make it a relation of its own: it gives the
  // payment exactly, where the change rate gives it only to the rate's rounding.
  it('names the figure a refused sum gives for a cell it helped blame', async () => {
    const sheet = sheets.find((s) => s.name === 'A period of a change') as CaseSheet;
    const path = await writeCaseBook('period-of-a-change', [sheet], true);
    const { out } = await runCli('check', path, '--format', 'json', '--lang', 'en');
    const fixes = (
      JSON.parse(out) as { files: { cellFixes: { address: string; value?: number; rules: string[] }[] }[] }
    ).files[0].cellFixes;
    expect(fixes).toEqual([
      expect.objectContaining({ address: 'B10', value: 847791, rules: ['inferred/change', 'inferred/sum'] }),
    ]);
  });
});
