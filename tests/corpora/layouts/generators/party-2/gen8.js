const ExcelJS = require('exceljs');
const { rnd, rate, r } = require('./lib.js');
(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['各县区非公企业党建主要指标同比情况']); ws.mergeCells('A1:E1');
  ws.addRow(['县区', '指标', '企业数（家）', '党组织数（个）', '党员数（名）']);
  for (const c of ['安平县', '临河区', '青山区', '永宁县']) {
    const e1 = rnd(300, 900), m1 = rnd(800, 3000), o1 = rnd(50, 200); const e0 = e1 - rnd(10, 60), m0 = m1 - rnd(20, 200), o0 = o1 - rnd(1, 15);
    ws.addRow([c, '本期', e1, o1, m1]); ws.addRow([c, '上年同期', e0, o0, m0]);
    const g = ws.addRow([c, '同比增长（%）', rate(e1 - e0, e0), rate(o1 - o0, o0), rate(m1 - m0, m0)]);
    [3, 4, 5].forEach(i => g.getCell(i).numFmt = '0.0');
  }
  await wb.xlsx.writeFile(require('path').join(__dirname, '../../party-2/s52_growth_rows_county_repeated.xlsx'));
  // s53: growth rows but single label column "安平县本期" style
  const wb2 = new ExcelJS.Workbook(); const w2 = wb2.addWorksheet('Sheet1');
  w2.addRow(['全县非公企业党建主要指标年度对比']); w2.mergeCells('A1:D1');
  w2.addRow(['项目', '企业数', '党组织数', '党员数']);
  const e1 = 1862, o1 = 412, m1 = 5230, e0 = 1711, o0 = 389, m0 = 4987;
  w2.addRow(['2023年', e0, o0, m0]); w2.addRow(['2024年', e1, o1, m1]);
  w2.addRow(['增加数', e1 - e0, o1 - o0, m1 - m0]);
  const g = w2.addRow(['增长率（%）', rate(e1 - e0, e0), rate(o1 - o0, o0), rate(m1 - m0, m0)]); [2, 3, 4].forEach(i => g.getCell(i).numFmt = '0.0');
  await wb2.xlsx.writeFile(require('path').join(__dirname, '../../party-2/s53_year_rows_growth.xlsx'));
})();
