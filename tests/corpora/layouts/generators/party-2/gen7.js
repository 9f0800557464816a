const ExcelJS = require('exceljs');
const { rnd, rate, r } = require('./lib.js');
async function w(file, title, header, rows, fmts) {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
  ws.addRow([title]); ws.mergeCells(1, 1, 1, header.length); ws.addRow(header);
  rows.forEach((x, i) => { const rr = ws.addRow(x); (fmts[i] || []).forEach(([c, f]) => rr.getCell(c).numFmt = f); });
  await wb.xlsx.writeFile(require('path').join(__dirname, '../../party-2', file));
}
(async () => {
// s49: 比上年增减 row, rate change in points
{ const rows = [], f = [];
  for (const c of ['安平县', '饶阳县', '武强县', '深州市']) { const e1 = rnd(300, 900), c1 = rnd(Math.floor(e1 * .5), Math.floor(e1 * .8)), e0 = e1 - rnd(10, 60), c0 = c1 - rnd(5, 40);
    rows.push([c, '2024年', e1, c1, rate(c1, e1)], [null, '2023年', e0, c0, rate(c0, e0)], [null, '比上年增减', e1 - e0, c1 - c0, r(rate(c1, e1) - rate(c0, e0), 1)]); f.push([[5, '0.0']], [[5, '0.0']], [[5, '0.0']]); }
  await w('s49_year_rows_change.xlsx', '衡水市部分县市非公企业党组织覆盖情况对比表', ['县（市）', '年份', '非公企业数', '覆盖企业数', '党组织覆盖率（%）'], rows, f); }
// s50: single area, rows 上年同期/本期/增减/增长（%）
{ const e1 = 4862, c1 = 3127, m1 = 11240, e0 = 4597, c0 = 2911, m0 = 10562;
  const rows = [['上年同期', e0, c0, rate(c0, e0), m0], ['本期', e1, c1, rate(c1, e1), m1], ['增减', e1 - e0, c1 - c0, r(rate(c1, e1) - rate(c0, e0), 1), m1 - m0], ['增长（%）', rate(e1 - e0, e0), rate(c1 - c0, c0), null, rate(m1 - m0, m0)]];
  await w('s50_single_area_period_rows.xlsx', '永宁县非公有制企业党建工作主要指标', ['项目', '非公企业数', '覆盖企业数', '党组织覆盖率（%）', '党员数'], rows, [[[4, '0.0']], [[4, '0.0']], [[4, '0.0']], [[2, '0.0'], [3, '0.0'], [5, '0.0']]]); }
// s51: county rows, total row, plus a final "比上年增减" row below total
{ const names = ['城关镇', '北山镇', '柳泉镇', '桥头镇', '白沙镇'];
  const rows = names.map(t => { const e = rnd(60, 250), c = rnd(Math.floor(e * .4), Math.floor(e * .8)); return [t, e, c, rate(c, e)]; });
  const E = rows.reduce((s, x) => s + x[1], 0), C = rows.reduce((s, x) => s + x[2], 0); rows.push(['合计', E, C, rate(C, E)]);
  const E0 = E - 37, C0 = C - 52; rows.push(['上年合计', E0, C0, rate(C0, E0)]); rows.push(['比上年增减', E - E0, C - C0, r(rate(C, E) - rate(C0, E0), 1)]);
  await w('s51_total_then_lastyear_rows.xlsx', '石桥县非公企业党组织覆盖情况', ['乡镇', '企业数', '覆盖企业数', '覆盖率（%）'], rows, rows.map(() => [[4, '0.0']])); }
})();
