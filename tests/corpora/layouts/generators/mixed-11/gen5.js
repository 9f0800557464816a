// Wide monthly tables: 1-12月 + 全年.
'use strict';
const L = require('./lib');
const { ExcelJS, rng, rd, pct, growth, sum, TOWNS } = L;
const G = 'gen5';
const M = Array.from({ length: 12 }, (_, i) => (i + 1) + '月');
(async () => {
  // 23. 用电量 by category x month, 全年 = sum (万千瓦时, 1 decimal from precise)
  {
    const r = rng(501);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('分月用电');
    ws.getCell('A1').value = '2024年全县分月分类用电量'; ws.mergeCells('A1:N1'); ws.getCell('N2').value = '单位：万千瓦时';
    ['项目', ...M, '全年'].forEach((h, j) => { ws.getCell(3, j + 1).value = h; });
    const cats = ['第一产业', '第二产业', '　其中：工业', '第三产业', '城乡居民生活'];
    const base = [80, 5200, 4900, 1800, 2100];
    const v = cats.map((c, i) => M.map((_, m) => i === 2 ? null : base[i] * r.real(0.8, 1.25)));
    v[2] = v[1].map((x) => x * r.real(0.9, 0.96));
    const tot = M.map((_, m) => v[0][m] + v[1][m] + v[3][m] + v[4][m]);
    const rowsP = [tot, ...v];
    const rows = rowsP.map((arr, i) => [i === 0 ? '全社会用电量' : cats[i - 1], ...arr.map((x) => rd(x, 1)), rd(sum(arr), 1)]);
    L.writeRows(ws, rows, 4); L.fmtRange(ws, 4, 9, 2, 14, '0.0');
    ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 3 }];
    await L.save(wb, '23_分月用电量_全年合计.xlsx', { sheet: '分月用电', cell: 'G7', planted: (x) => rd(x * 1.07, 1), what: '第三产业 6月 +7% (全年 and 全社会 column sum)' }, G);
  }
  // 24. 党员月报: stock rows (月末党员数: 全年 = 12月) and flow rows (全年 = sum), 月末 = 上月末 + 发展 + 转入 - 转出 - 死亡
  {
    const r = rng(502);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('党员月报');
    ws.getCell('A1').value = '城关镇党委2024年党员数量变化月报汇总'; ws.mergeCells('A1:N1'); ws.getCell('N2').value = '单位：名';
    ['指标', ...M, '全年'].forEach((h, j) => { ws.getCell(3, j + 1).value = h; });
    let stock = 2347; const S = [], D = [], I = [], O = [], X = [];
    for (let m = 0; m < 12; m++) { const d = m === 5 || m === 11 ? r.int(10, 25) : r.int(0, 4); const i = r.int(2, 12), o = r.int(1, 10), x = r.int(0, 4); stock += d + i - o - x; S.push(stock); D.push(d); I.push(i); O.push(o); X.push(x); }
    const rows = [['月末党员数', ...S, S[11]], ['本月发展党员', ...D, sum(D)], ['本月组织关系转入', ...I, sum(I)], ['本月组织关系转出', ...O, sum(O)], ['本月死亡党员', ...X, sum(X)], ['月末正式党员数', ...S.map((s, k) => s - 20 - (k >= 5 ? D[5] : 0) - (k >= 11 ? D[11] : 0) + (k >= 10 ? 18 : 0)), null]];
    rows[5][13] = rows[5][12];
    L.writeRows(ws, rows, 4);
    ws.getCell('A11').value = '注：上年末党员数2347名；全年栏中月末数为12月末数，其余为1-12月累计。';
    await L.save(wb, '24_党员月报_存量流量全年.xlsx', { sheet: '党员月报', cell: 'F5', planted: (x) => x + 8, what: '5月 发展党员 +8 (全年 sum; 月末 balance)' }, G);
  }
  // 25. towns x months, new market entities, 合计 row, 全年 column
  {
    const r = rng(503);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('新增市场主体');
    ws.getCell('A1').value = '2024年各乡镇分月新增市场主体户数'; ws.mergeCells('A1:N1'); ws.getCell('N2').value = '单位：户';
    ['乡镇（街道）', ...M, '全年'].forEach((h, j) => { ws.getCell(3, j + 1).value = h; });
    const rows = TOWNS.map((t) => { const a = M.map(() => r.int(5, 120)); return [t, ...a, sum(a)]; });
    const tot = ['合计', ...Array.from({ length: 13 }, (_, j) => sum(rows.map((x) => x[j + 1])))];
    L.writeRows(ws, [tot, ...rows], 4);
    await L.save(wb, '25_乡镇分月新增市场主体.xlsx', { sheet: '新增市场主体', cell: 'H8', planted: (x) => x + 9, what: '一个乡镇 7月 +9 (全年, 合计)' }, G);
  }
  // 26. months as rows: 本月 | 1-本月累计 | 上年同期累计 | 累计增长(%)
  {
    const r = rng(504);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('月度');
    ws.getCell('A1').value = '2024年社会消费品零售总额月度进度'; ws.mergeCells('A1:E1'); ws.getCell('E2').value = '单位：万元';
    ['月份', '本月', '1-本月累计', '上年同期累计', '累计增长（%）'].forEach((h, j) => { ws.getCell(3, j + 1).value = h; });
    let c = 0, p = 0; const rows = [];
    for (let m = 0; m < 12; m++) { const a = r.real(38000, 52000); const b = a / r.real(1.02, 1.09); c += a; p += b; rows.push([M[m], rd(a, 1), rd(c, 1), rd(p, 1), growth(c, p, 1)]); }
    L.writeRows(ws, rows, 4); L.fmtRange(ws, 4, 15, 2, 5, '0.0');
    await L.save(wb, '26_月度累计进度.xlsx', { sheet: '月度', cell: 'D10', planted: (x) => rd(x * 1.07, 1), what: '7月 上年同期累计 +7% (growth)' }, G);
  }
  // 27. CSV UTF-8 BOM: monthly by town 来访, 全年
  {
    const r = rng(505);
    const rows = [['2024年各乡镇信访受理及办结情况'], ['乡镇', ...M.map((m) => m + '受理'), '全年受理', '全年办结', '办结率（%）']];
    const data = TOWNS.slice(0, 10).map((t) => { const a = M.map(() => r.int(0, 25)); const s = sum(a); const d = s - r.int(0, Math.min(4, s)); return [t, ...a, s, d, pct(d, s).toFixed(1)]; });
    const tot = ['合计', ...Array.from({ length: 14 }, (_, j) => sum(data.map((x) => x[j + 1])))]; tot.push(pct(tot[14], tot[13]).toFixed(1));
    rows.push(...data, tot);
    L.saveCsv(rows, '27_信访分月_utf8bom.csv', 'utf8bom', { r: 4, c: 14, planted: data[2][14] - 3 < 0 ? 0 : data[2][14] - 3 + 10, what: '全年办结 +7 (办结率, > 受理?)' }, G);
  }
})();
