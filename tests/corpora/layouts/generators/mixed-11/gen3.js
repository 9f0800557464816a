// Excel features: frozen panes, filters, hidden helper formula columns, error values, conditional number formats, percent forms.
'use strict';
const L = require('./lib');
const { ExcelJS, rng, rd, growth, pct, sum, TOWNS } = L;
const G = 'gen3';

function covRows(r, names, opt = {}) {
  return names.map((t) => { const n = opt.zeroAt === t ? 0 : r.int(opt.lo || 12, opt.hi || 160); const k = Math.round(n * r.real(0.35, 0.92)); return { t, n, k }; });
}
(async () => {
  // 11. frozen panes, autofilter, hidden helper column =ROUND(D/C*100,1), displayed rate constant
  {
    const r = rng(301);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('非公企业党建');
    ws.getCell('A1').value = '2024年非公有制企业党组织覆盖情况'; ws.mergeCells('A1:F1');
    ws.getCell('A2').value = '填报单位：凤凰县委组织部'; ws.getCell('F2').value = '单位：家、%';
    ['序号', '乡镇（街道）', '企业数', '已建党组织企业数', '覆盖率', '校验'].forEach((h, j) => { ws.getCell(3, j + 1).value = h; });
    const rows = covRows(r, TOWNS);
    rows.forEach((x, i) => {
      const rr = 4 + i;
      ws.getCell(rr, 1).value = i + 1; ws.getCell(rr, 2).value = x.t; ws.getCell(rr, 3).value = x.n; ws.getCell(rr, 4).value = x.k;
      ws.getCell(rr, 5).value = pct(x.k, x.n, 1); ws.getCell(rr, 5).numFmt = '0.0';
      ws.getCell(rr, 6).value = { formula: `ROUND(D${rr}/C${rr}*100,1)`, result: pct(x.k, x.n, 1) };
    });
    const tr = 4 + rows.length, N = sum(rows.map((x) => x.n)), K = sum(rows.map((x) => x.k));
    ws.getCell(tr, 2).value = '合计'; ws.getCell(tr, 3).value = { formula: `SUM(C4:C${tr - 1})`, result: N }; ws.getCell(tr, 4).value = { formula: `SUM(D4:D${tr - 1})`, result: K };
    ws.getCell(tr, 5).value = pct(K, N, 1); ws.getCell(tr, 5).numFmt = '0.0';
    ws.getCell(tr, 6).value = { formula: `ROUND(D${tr}/C${tr}*100,1)`, result: pct(K, N, 1) };
    ws.getColumn(6).hidden = true;
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 3 }];
    ws.autoFilter = 'A3:F' + (tr - 1);
    L.border(ws, 3, tr, 1, 6);
    await L.save(wb, '11_冻结筛选隐藏校验列.xlsx', { sheet: '非公企业党建', cell: 'E7', planted: (v) => rd(v + 5, 1), what: '覆盖率 typed +5 (hidden helper still right)' }, G);
  }
  // 12. error values: growth formula -> #DIV/0! where base 0; VLOOKUP #N/A for one town, total #N/A
  {
    const r = rng(302);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('新建党组织');
    ws.getCell('A1').value = '各乡镇新建党组织及党员情况（公式表）'; ws.mergeCells('A1:G1');
    ['乡镇', '上年新建党组织数', '本年新建党组织数', '增长（%）', '党员数', '其中：流动党员', '流动党员占比（%）'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const towns = TOWNS.slice(0, 10);
    const data = towns.map((t, i) => { const a = i === 3 ? 0 : r.int(2, 15); const b = i === 3 ? r.int(1, 4) : r.int(1, 18); const p = r.int(120, 900); const f = Math.round(p * r.real(0.03, 0.15)); return { t, a, b, p, f, na: i === 6 }; });
    data.forEach((x, i) => {
      const rr = 3 + i;
      ws.getCell(rr, 1).value = x.t; ws.getCell(rr, 2).value = x.a; ws.getCell(rr, 3).value = x.b;
      ws.getCell(rr, 4).value = { formula: `ROUND((C${rr}-B${rr})/B${rr}*100,1)`, result: x.a === 0 ? { error: '#DIV/0!' } : growth(x.b, x.a, 1) }; ws.getCell(rr, 4).numFmt = '0.0';
      ws.getCell(rr, 5).value = x.na ? { formula: `VLOOKUP(A${rr},党员底数!A:B,2,0)`, result: { error: '#N/A' } } : x.p;
      ws.getCell(rr, 6).value = x.f;
      ws.getCell(rr, 7).value = { formula: `ROUND(F${rr}/E${rr}*100,1)`, result: x.na ? { error: '#N/A' } : pct(x.f, x.p, 1) }; ws.getCell(rr, 7).numFmt = '0.0';
    });
    const tr = 3 + data.length; const A = sum(data.map((x) => x.a)), B = sum(data.map((x) => x.b)), F = sum(data.map((x) => x.f));
    ws.getCell(tr, 1).value = '合计';
    ws.getCell(tr, 2).value = { formula: `SUM(B3:B${tr - 1})`, result: A }; ws.getCell(tr, 3).value = { formula: `SUM(C3:C${tr - 1})`, result: B };
    ws.getCell(tr, 4).value = { formula: `ROUND((C${tr}-B${tr})/B${tr}*100,1)`, result: growth(B, A, 1) }; ws.getCell(tr, 4).numFmt = '0.0';
    ws.getCell(tr, 5).value = { formula: `SUM(E3:E${tr - 1})`, result: { error: '#N/A' } };
    ws.getCell(tr, 6).value = { formula: `SUM(F3:F${tr - 1})`, result: F };
    ws.getCell(tr, 7).value = { formula: `ROUND(F${tr}/E${tr}*100,1)`, result: { error: '#N/A' } };
    L.border(ws, 2, tr, 1, 7);
    await L.save(wb, '12_错误值DIV0与NA.xlsx', { sheet: '新建党组织', cell: 'C5', planted: (v) => v + 8, what: '本年新建 +8 (growth cached, 合计 cached)' }, G);
  }
  // 13. conditional number format [>=10000]0.0,"万";0 and [>=10000]0!.0,"万";0 on 元 amounts
  {
    const r = rng(303);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('党费收缴');
    ws.getCell('A1').value = '2024年各基层党委党费收缴情况'; ws.mergeCells('A1:F1'); ws.getCell('F2').value = '单位：元';
    ['党委名称', '党员数', '应缴党费', '实缴党费', '收缴率（%）', '上缴上级党费'].forEach((h, j) => { ws.getCell(3, j + 1).value = h; });
    const names = TOWNS.map((t) => t + '党委');
    const rows = names.map((n) => { const p = r.int(150, 1200); const due = p * r.int(60, 420) + r.int(0, 99) / 100 * 0; const paid = Math.round(due * r.real(0.93, 1)); return [n, p, due, paid, rd(paid / due * 100, 1), Math.round(paid * 0.4)]; });
    const tot = ['合计', ...[1, 2, 3].map((j) => sum(rows.map((x) => x[j])))]; tot.push(rd(tot[3] / tot[2] * 100, 1)); tot.push(sum(rows.map((x) => x[5])));
    L.writeRows(ws, [...rows, tot], 4);
    const last = 4 + rows.length;
    L.fmtRange(ws, 4, last, 3, 3, '[>=10000]0.0,"万";0');
    L.fmtRange(ws, 4, last, 4, 4, '[>=10000]0!.0,"万";0');
    L.fmtRange(ws, 4, last, 6, 6, '[>=10000]0!.0,"万";#,##0');
    L.fmtRange(ws, 4, last, 5, 5, '0.0');
    L.border(ws, 3, last, 1, 6);
    await L.save(wb, '13_条件数字格式万.xlsx', { sheet: '党费收缴', cell: 'D8', planted: (v) => Math.round(v * 1.07), what: '实缴党费 +7% (收缴率 row, 合计 sum)' }, G);
  }
  // 14. percentages typed as "85.30%" text
  {
    const r = rng(304);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = '各乡镇“两新”组织党建覆盖率（系统导出）'; ws.mergeCells('A1:E1');
    ['乡镇名称', '社会组织数', '已建党组织的社会组织数', '覆盖率', '备注'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const rows = covRows(r, TOWNS.slice(0, 9), { lo: 5, hi: 60 }).map((x) => [x.t, x.n, x.k, (x.k / x.n * 100).toFixed(2) + '%', null]);
    const N = sum(rows.map((x) => x[1])), K = sum(rows.map((x) => x[2]));
    L.writeRows(ws, [...rows, ['合计', N, K, (K / N * 100).toFixed(2) + '%', null]], 3);
    await L.save(wb, '14_百分比文本85.30%.xlsx', { sheet: 'Sheet1', cell: 'D6', planted: (v) => (parseFloat(v) + 5).toFixed(2) + '%', what: '覆盖率 text +5 points' }, G);
  }
  // 15. percentages as 0.853 with 0.0% format
  {
    const r = rng(305);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('覆盖率');
    ws.getCell('A1').value = '各乡镇非公企业党组织覆盖率'; ws.mergeCells('A1:D1');
    ['乡镇', '企业数', '已建党组织企业数', '覆盖率'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const rows = covRows(r, TOWNS.slice(2, 12));
    const N = sum(rows.map((x) => x.n)), K = sum(rows.map((x) => x.k));
    L.writeRows(ws, [['全县', N, K, rd(K / N, 3)], ...rows.map((x) => [x.t, x.n, x.k, rd(x.k / x.n, 3)])], 3);
    L.fmtRange(ws, 3, 3 + rows.length, 4, 4, '0.0%');
    await L.save(wb, '15_百分比小数0.0%格式.xlsx', { sheet: '覆盖率', cell: 'D8', planted: (v) => rd(v + 0.05, 3), what: '覆盖率 +5 points (0.05)' }, G);
  }
  // 16. 85.3 in column headed (%), plus 比上年增减（百分点）
  {
    const r = rng(306);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('覆盖率');
    ws.getCell('A1').value = '各乡镇非公企业党组织覆盖率变化'; ws.mergeCells('A1:G1');
    ['乡镇', '上年企业数', '上年已建', '上年覆盖率（%）', '本年企业数', '本年已建', '本年覆盖率（%）', '覆盖率比上年增减（百分点）'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const rows = TOWNS.slice(0, 10).map((t) => { const n = r.int(20, 150), k = Math.round(n * r.real(0.4, 0.85)); const n2 = n + r.int(-3, 12), k2 = Math.min(n2, k + r.int(0, 10)); return [t, n, k, pct(k, n), n2, k2, pct(k2, n2), rd(pct(k2, n2) - pct(k, n), 1)]; });
    const s = (j) => sum(rows.map((x) => x[j]));
    const tot = ['合计', s(1), s(2), pct(s(2), s(1)), s(4), s(5), pct(s(5), s(4))]; tot.push(rd(tot[6] - tot[3], 1));
    L.writeRows(ws, [...rows, tot], 3);
    L.fmtRange(ws, 3, 3 + rows.length, 4, 4, '0.0'); L.fmtRange(ws, 3, 3 + rows.length, 7, 8, '0.0');
    await L.save(wb, '16_百分号列头数值.xlsx', { sheet: '覆盖率', cell: 'G5', planted: (v) => rd(v + 5, 1), what: '本年覆盖率 +5' }, G);
  }
  // 17. text numbers: thousands separators, trailing spaces, full-width digits, quotePrefix
  {
    const r = rng(307);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('导入数据');
    ws.getCell('A1').value = '各乡镇市场主体发展情况（从登记系统导入）'; ws.mergeCells('A1:F1');
    ['乡镇', '市场主体总数', '企业', '个体工商户', '农民专业合作社', '注册资本（万元）'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const fw = (s) => String(s).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d));
    const th = (n) => n.toLocaleString('en-US');
    const rows = TOWNS.slice(0, 10).map((t, i) => { const e = r.int(300, 3000), g = r.int(1500, 9000), c = r.int(20, 120); const cap = r.int(20000, 400000); return [t, e + g + c, e, g, c, cap]; });
    const s = (j) => sum(rows.map((x) => x[j]));
    const tot = ['合计', s(1), s(2), s(3), s(4), s(5)];
    const styled = rows.map((x, i) => x.map((v, j) => {
      if (j === 0) return v;
      const k = (i + j) % 5;
      if (k === 0) return th(v);           // "12,345"
      if (k === 1) return String(v) + '  '; // trailing spaces
      if (k === 2) return fw(v);           // full-width
      if (k === 3) return { v: String(v), qp: true }; // leading apostrophe (text)
      return v;
    }));
    L.writeRows(ws, [...styled, tot.map((v, j) => j ? th(v) : v)], 3);
    for (let rr = 3; rr < 3 + rows.length; rr++) for (let c = 2; c <= 6; c++) { const cell = ws.getCell(rr, c); if (typeof cell.value === 'string' && (rr + c) % 5 === 3) { cell.numFmt = '@'; } }
    await L.save(wb, '17_文本数字千分位全角空格.xlsx', { sheet: '导入数据', cell: 'D6', planted: (v) => { const n = Number(String(v).replace(/[,\s]/g, '').replace(/[０-９]/g, (d) => d.charCodeAt(0) - 0xff10)); return typeof v === 'number' ? n + 9 : String(n + 9); }, what: '个体工商户 +9 (text cell)' }, G);
  }
  // 18. CSV UTF-8 with leading apostrophes and thousands separators in quotes
  {
    const r = rng(308);
    const rows = [['乡镇', '户数', '人口数', '其中：男', '其中：女', '户均人口']];
    const data = TOWNS.slice(0, 11).map((t) => { const h = r.int(3000, 12000); const m = Math.round(h * r.real(1.4, 1.7)), f = Math.round(h * r.real(1.35, 1.65)); return [t, h, m + f, m, f]; });
    const s = (j) => sum(data.map((x) => x[j]));
    for (const [i, x] of data.entries()) rows.push([x[0], "'" + x[1], i % 2 ? x[2].toLocaleString('en-US') : "'" + x[2], x[3], x[4], rd(x[2] / x[1], 2).toFixed(2)]);
    rows.push(['合计', "'" + s(1), s(2).toLocaleString('en-US'), s(3), s(4), rd(s(2) / s(1), 2).toFixed(2)]);
    L.saveCsv(rows, '18_撇号千分位_utf8.csv', 'utf8', { r: 5, c: 3, planted: data[4][3] + 9, what: '其中：男 +9 (男+女≠人口数, 合计)' }, G);
  }
})();
