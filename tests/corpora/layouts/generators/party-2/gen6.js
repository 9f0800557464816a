const ExcelJS = require('exceljs');
const { rnd, rate } = require('./lib.js');
(async () => {
  for (const variant of ['a', 'b']) {
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['各县区非公企业党建主要指标同比情况']); ws.mergeCells('A1:E1');
    ws.addRow(['县区', '指标', '企业数（家）', '党组织数（个）', '党员数（名）']);
    for (const c of ['安平县', '临河区', '青山区', '永宁县']) {
      const e1 = rnd(300, 900), m1 = rnd(800, 3000), o1 = rnd(50, 200); const e0 = e1 - rnd(10, 60), m0 = m1 - rnd(20, 200), o0 = o1 - rnd(1, 15);
      ws.addRow([c, '本期', e1, o1, m1]); ws.addRow([null, '上年同期', e0, o0, m0]);
      if (variant === 'b') ws.addRow([null, '增减', e1 - e0, o1 - o0, m1 - m0]);
      const g = ws.addRow([null, '同比增长（%）', rate(e1 - e0, e0), rate(o1 - o0, o0), rate(m1 - m0, m0)]);
      [3, 4, 5].forEach(i => g.getCell(i).numFmt = '0.0');
    }
    await wb.xlsx.writeFile(`${require('path').join(__dirname, '../../party-2')}/s48${variant}_growth_rows_fmt.xlsx`);
  }
})();
