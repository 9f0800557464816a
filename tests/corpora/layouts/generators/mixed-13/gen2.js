// Round 13, batch 2: harder details (stored unrounded values, formulas, decimal %, weighted averages, years as labels...)
const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, thou, fmtd, save, put, title, towns, districts, counties } = C;

async function main() {
  // Y16 time series with numeric year labels, 增长 and a 十四五 total row
  await save('y16_year_series.xlsx', async wb => {
    const ws = wb.addWorksheet('历年');
    title(ws, '历年全社会固定资产投资', '单位：亿元', 5);
    put(ws, 3, [['年份', '固定资产投资', '其中：民间投资', '民间投资占比（%）', '比上年增长（%）']]);
    const raw = []; let v = rf(300, 400);
    for (let y = 2019; y <= 2025; y++) { v = v * rf(0.95, 1.12); raw.push([y, v, v * rf(0.45, 0.6)]); }
    const rows = raw.map((x, i) => [x[0], r(x[1], 2), r(x[2], 2), r(x[2] / x[1] * 100, 1), i === 0 ? null : r((x[1] / raw[i - 1][1] - 1) * 100, 1)]);
    const sub = raw.filter(x => x[0] >= 2021);
    const S = sum(sub.map(x => x[1])), P = sum(sub.map(x => x[2]));
    rows.push(['“十四五”时期累计', r(S, 2), r(P, 2), r(P / S * 100, 1), null]);
    put(ws, 4, rows, [null, '0.00', '0.00', '0.0', '0.0']);
  });

  // Y17 stored unrounded values with display format 0.00 (typical working spreadsheet)
  await save('y17_unrounded_stored.xlsx', async wb => {
    const ws = wb.addWorksheet('农业');
    title(ws, '各县区农林牧渔业总产值', '单位：亿元', 6);
    put(ws, 3, [['地区', '总产值', '农业', '林业', '牧业', '渔业']]);
    const raw = [...districts, ...counties].map(p => [p, rf(1, 40), rf(0.1, 5), rf(1, 20), rf(0.2, 8)]);
    const all = ['全市', ...[1, 2, 3, 4].map(j => sum(raw.map(x => x[j])))];
    put(ws, 4, [all, ...raw].map(x => [x[0], x[1] + x[2] + x[3] + x[4], x[1], x[2], x[3], x[4]]), [null, '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  // Y18 formulas with cached results
  await save('y18_formulas.xlsx', async wb => {
    const ws = wb.addWorksheet('旅游');
    title(ws, '各景区接待游客及旅游收入', null, 5);
    put(ws, 2, [['景区', '接待游客（万人次）', '旅游收入（万元）', '人均消费（元）', '游客占比（%）']]);
    const names = ['青山风景区', '云溪古镇', '白沙湖湿地公园', '龙泉寺', '桃源村'];
    const raw = names.map(n => [n, ri(50, 900) / 10, ri(2000, 90000)]);
    const T = r(sum(raw.map(x => x[1])), 1), M = sum(raw.map(x => x[2]));
    raw.forEach((x, i) => {
      const rr = 4 + i;
      ws.getCell(rr, 1).value = x[0];
      ws.getCell(rr, 2).value = x[1]; ws.getCell(rr, 2).numFmt = '0.0';
      ws.getCell(rr, 3).value = x[2];
      ws.getCell(rr, 4).value = { formula: `ROUND(C${rr}/B${rr},0)`, result: Math.round(x[2] / x[1]) };
      ws.getCell(rr, 5).value = { formula: `ROUND(B${rr}/B$3*100,1)`, result: r(x[1] / T * 100, 1) }; ws.getCell(rr, 5).numFmt = '0.0';
    });
    ws.getCell(3, 1).value = '合计';
    ws.getCell(3, 2).value = { formula: 'SUM(B4:B8)', result: T }; ws.getCell(3, 2).numFmt = '0.0';
    ws.getCell(3, 3).value = { formula: 'SUM(C4:C8)', result: M };
    ws.getCell(3, 4).value = { formula: 'ROUND(C3/B3,0)', result: Math.round(M / T) };
    ws.getCell(3, 5).value = 100; ws.getCell(3, 5).numFmt = '0.0';
  });

  // Y19 per-mille rates and 户均人口
  await save('y19_permille_household.xlsx', async wb => {
    const ws = wb.addWorksheet('人口变动');
    title(ws, '各乡镇人口变动情况', null, 8);
    put(ws, 2, [['乡镇', '户数（户）', '年末人口（人）', '户均人口（人）', '出生人数（人）', '出生率（‰）', '死亡人数（人）', '自然增长率（‰）']]);
    const rows = towns.slice(0, 9).map(t => { const h = ri(5000, 20000), p = Math.round(h * rf(2.6, 3.4)); return [t, h, p, ri(p * 0.005, p * 0.01), ri(p * 0.005, p * 0.009)]; });
    const T = ['全镇合计', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3), colsum(rows, 4)];
    put(ws, 3, [...rows, T].map(x => [x[0], x[1], x[2], r(x[2] / x[1], 2), x[3], r(x[3] / x[2] * 1000, 2), x[4], r((x[3] - x[4]) / x[2] * 1000, 2)]), [null, null, null, '0.00', null, '0.00', null, '0.00']);
  });

  // Y20 profits with negative base: 扭亏 / 由盈转亏 text in 增幅, '-' when base 0
  await save('y20_profit_turnaround.xlsx', async wb => {
    const ws = wb.addWorksheet('国企');
    title(ws, '市属国有企业利润完成情况', '单位：万元', 5);
    put(ws, 3, [['企业', '上年同期', '本期', '同比增减', '增幅（%）']]);
    const rows = [['城投集团', -2350, 1280], ['交投集团', 5600, 7120], ['水务集团', 3200, -640], ['文旅集团', 0, 210], ['国资运营公司', 8800, 7950], ['粮食储备公司', 410, 455]];
    const T = ['合计', colsum(rows, 1), colsum(rows, 2)];
    const ext = x => { const d = x[2] - x[1]; let g; if (x[1] === 0) g = '-'; else if (x[1] < 0 && x[2] > 0) g = '扭亏为盈'; else if (x[1] > 0 && x[2] < 0) g = '由盈转亏'; else g = pct(d, x[1]); return [x[0], x[1], x[2], d, g]; };
    put(ws, 4, [T, ...rows].map(ext), [null, null, null, null, '0.0']);
  });

  // Y21 quarters + 全年 on the right, 男|女|合计 style total last column
  await save('y21_quarters_total_right.xlsx', async wb => {
    const ws = wb.addWorksheet('季度');
    title(ws, '2025年分季度规模以上工业增加值', '单位：亿元', 6);
    put(ws, 3, [['行业', '一季度', '二季度', '三季度', '四季度', '全年']]);
    const inds = ['采矿业', '制造业', '电力、热力、燃气及水生产和供应业'];
    const raw = inds.map(n => [n, rf(5, 60), rf(5, 60), rf(5, 60), rf(5, 60)]);
    const all = ['规模以上工业', ...[1, 2, 3, 4].map(j => sum(raw.map(x => x[j])))];
    put(ws, 4, [all, ...raw].map(x => [x[0], r(x[1], 2), r(x[2], 2), r(x[3], 2), r(x[4], 2), r(x[1] + x[2] + x[3] + x[4], 2)]), [null, '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  // Y22 sheet-level 单位：万元 plus columns in 人 and %
  await save('y22_mixed_units_sheetunit.xlsx', async wb => {
    const ws = wb.addWorksheet('文化');
    title(ws, '文化及相关产业法人单位情况', '单位：万元', 6);
    put(ws, 3, [['类别', '法人单位数（个）', '从业人员（人）', '营业收入', '增加值', '增加值率（%）']]);
    const cats = ['新闻信息服务', '内容创作生产', '创意设计服务', '文化传播渠道', '文化投资运营', '文化娱乐休闲服务', '文化辅助生产和中介服务', '文化装备生产', '文化消费终端生产'];
    const rows = cats.map(c => { const rev = ri(5000, 400000); return [c, ri(10, 300), ri(200, 9000), rev, Math.round(rev * rf(0.2, 0.4))]; });
    const T = ['总计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [...x, pct(x[4], x[3])]), [null, null, null, null, null, '0.0']);
  });

  // Y23 Chinese numeral 序号 with (1)(2) sub-items, 占比 of total
  await save('y23_cn_numeral_seq.xlsx', async wb => {
    const ws = wb.addWorksheet('支出');
    title(ws, '2025年一般公共预算支出', '单位：万元', 5);
    put(ws, 3, [['序号', '项目', '预算数', '决算数', '完成预算（%）']]);
    const lines = [];
    const mk = () => { const b = ri(10000, 200000); return [b, Math.round(b * rf(0.85, 1.1))]; };
    const edu = [['（1）', '普通教育', ...mk()], ['（2）', '职业教育', ...mk()], ['（3）', '教育费附加安排的支出', ...mk()]];
    const eduT = ['一', '教育支出', colsum(edu, 2), colsum(edu, 3)];
    const soc = [['（1）', '养老保险', ...mk()], ['（2）', '就业补助', ...mk()], ['（3）', '抚恤', ...mk()], ['（4）', '最低生活保障', ...mk()]];
    const socT = ['二', '社会保障和就业支出', colsum(soc, 2), colsum(soc, 3)];
    const hea = ['三', '卫生健康支出', ...mk()], agr = ['四', '农林水支出', ...mk()];
    const tops = [eduT, socT, hea, agr];
    const all = [null, '支出合计', colsum(tops, 2), colsum(tops, 3)];
    for (const x of [all, eduT, ...edu, socT, ...soc, hea, agr]) lines.push([...x, pct(x[3], x[2])]);
    put(ws, 4, lines, [null, null, null, null, '0.0']);
  });

  // ---------- party ----------
  // P17 decimal fractions formatted as percent (0.0%) — rates stored unrounded
  await save('p17_decimal_percent_fmt.xlsx', async wb => {
    const ws = wb.addWorksheet('覆盖');
    title(ws, '各乡镇非公企业党的工作覆盖情况', null, 6);
    put(ws, 2, [['乡镇', '非公企业数', '党的组织覆盖数', '组织覆盖率', '党的工作覆盖数', '工作覆盖率']]);
    const rows = towns.slice(0, 10).map(t => { const n = ri(40, 300), o = ri(n * 0.2, n * 0.5); return [t, n, o, ri(o, n)]; });
    const T = ['全县', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    put(ws, 3, [T, ...rows].map(x => [x[0], x[1], x[2], x[2] / x[1], x[3], x[3] / x[1]]), [null, null, null, '0.0%', null, '0.0%']);
  });

  // P18 村党组织书记: weighted average age in total row, 一肩挑 ratio
  await save('p18_shuji_avg_age.xlsx', async wb => {
    const ws = wb.addWorksheet('村书记');
    title(ws, '村党组织书记队伍基本情况', null, 8);
    put(ws, 2, [['乡镇', '村数（个）', '书记人数（名）', '“一肩挑”（名）', '“一肩挑”比例（%）', '平均年龄（岁）', '大专及以上（名）', '大专及以上占比（%）']]);
    const rows = towns.slice(0, 9).map(t => { const v = ri(8, 30); const ages = Array.from({ length: v }, () => ri(28, 58)); return [t, v, v, ri(v * 0.7, v), sum(ages), ri(v * 0.3, v * 0.8)]; });
    const T = ['全县', ...[1, 2, 3, 4, 5].map(j => colsum(rows, j))];
    put(ws, 3, [T, ...rows].map(x => [x[0], x[1], x[2], x[3], pct(x[3], x[2]), r(x[4] / x[2], 1), x[5], pct(x[5], x[2])]), [null, null, null, null, '0.0', '0.0', null, '0.0']);
  });

  // P19 换届: 应换届 = 已换届 + 未按期, 换届率
  await save('p19_huanjie.xlsx', async wb => {
    const ws = wb.addWorksheet('换届');
    title(ws, '基层党组织按期换届情况', '单位：个、%', 6);
    put(ws, 3, [['党组织类别', '应换届数', '已按期换届', '按期换届率', '未按期换届', '其中：已整改']]);
    const cats = ['党委', '党总支', '党支部', '  其中：村党组织', '  社区党组织', '  非公企业党组织', '  社会组织党组织'];
    const mk = () => { const a = ri(20, 500), b = ri(a * 0.85, a); const u = a - b; return [a, b, u, ri(0, u)]; };
    const party = mk(), zongzhi = mk();
    const subs = [mk(), mk(), mk(), mk()];
    const zb = [...[0, 1, 2, 3].map(j => colsum(subs, j) + ri(10, 80) * (j === 0 ? 1 : 0))];
    // 党支部 includes other 支部 not listed: add those exactly
    const other = (() => { const a = zb[0] - colsum(subs, 0); const b = ri(a * 0.85, a); const u = a - b; return [a, b, u, ri(0, u)]; })();
    const zhibu = [0, 1, 2, 3].map(j => colsum(subs, j) + other[j]);
    const all = [0, 1, 2, 3].map(j => party[j] + zongzhi[j] + zhibu[j]);
    const lines = [['合计', ...all], ['党委', ...party], ['党总支', ...zongzhi], ['党支部', ...zhibu], ['  其中：村党组织', ...subs[0]], ['        社区党组织', ...subs[1]], ['        非公企业党组织', ...subs[2]], ['        社会组织党组织', ...subs[3]]];
    put(ws, 4, lines.map(x => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], x[4]]), [null, null, null, '0.0', null, null]);
  });

  // P20 覆盖率 两年 + 提高（百分点）
  await save('p20_pct_points.xlsx', async wb => {
    const ws = wb.addWorksheet('两个覆盖对比');
    title(ws, '社会组织党组织覆盖率变化情况', null, 8);
    put(ws, 2, [
      ['县（市、区）', '2024年', null, null, '2025年', null, null, '覆盖率提高（百分点）'],
      [null, '社会组织数', '已建党组织', '覆盖率（%）', '社会组织数', '已建党组织', '覆盖率（%）', null],
    ]);
    ws.mergeCells('A2:A3'); ws.mergeCells('B2:D2'); ws.mergeCells('E2:G2'); ws.mergeCells('H2:H3');
    const rows = [...districts, ...counties].map(p => { const a = ri(100, 500), b = ri(a * 0.2, a * 0.5), c = a + ri(-20, 40), d = Math.min(c, b + ri(0, 30)); return [p, a, b, c, d]; });
    const T = ['全市', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => { const p1 = pct(x[2], x[1]), p2 = pct(x[4], x[3]); return [x[0], x[1], x[2], p1, x[3], x[4], p2, r(p2 - p1, 1)]; }), [null, null, null, '0.0', null, null, '0.0', '0.0']);
  });

  // P21 党员 two column partitions (学历 and 性别) each summing to total, total column last
  await save('p21_two_partitions_cols.xlsx', async wb => {
    const ws = wb.addWorksheet('党员构成');
    title(ws, '各党（工）委党员构成情况', '单位：名', 9);
    put(ws, 3, [
      ['党（工）委', '按性别分', null, '按学历分', null, null, null, '党员总数'],
      [null, '男', '女', '研究生', '大学本科', '大学专科', '中专及以下', null],
    ]);
    ws.mergeCells('A3:A4'); ws.mergeCells('B3:C3'); ws.mergeCells('D3:G3'); ws.mergeCells('H3:H4');
    const names = ['市直机关工委', '市教育工委', '市卫健工委', '市国资委党委', '市非公经济组织和社会组织综合党委'];
    const rows = names.map(n => { const t = ri(1000, 9000); const f = Math.round(t * rf(0.3, 0.6)); const a = Math.round(t * rf(0.05, 0.2)), b = Math.round(t * rf(0.3, 0.5)), c = Math.round(t * rf(0.1, 0.2)); return [n, t - f, f, a, b, c, t - a - b - c, t]; });
    const T = ['合计', ...[1, 2, 3, 4, 5, 6, 7].map(j => colsum(rows, j))];
    put(ws, 5, [...rows, T]);
  });

  // P22 发展党员 plan with a 0 plan row -> 完成率 '—', and 超额 >100%
  await save('p22_plan_zero.xlsx', async wb => {
    const ws = wb.addWorksheet('发展计划');
    title(ws, '2025年发展党员计划执行情况', null, 5);
    put(ws, 2, [['基层党委', '年度计划（名）', '实际发展（名）', '完成率（%）', '比上年增减（名）']]);
    const names = ['城关镇党委', '石桥镇党委', '龙泉镇党委', '县直机关工委', '县两新工委', '县教育工委', '县公安局党委'];
    const rows = names.map((n, i) => { const p = i === 5 ? 0 : ri(6, 40); const d = i === 5 ? 3 : p + ri(-4, 6); return [n, p, d, ri(-8, 8)]; });
    const T = ['全县', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    put(ws, 3, [T, ...rows].map(x => [x[0], x[1], x[2], x[1] === 0 ? '—' : pct(x[2], x[1]), x[3]]), [null, null, null, '0.0', null]);
  });

  // P23 流动党员 with 城市 columns + 其中 row below the total (市外 / 省外 split), 序号, CSV
  {
    const fs = require('fs');
    const rows = towns.slice(0, 8).map(t => { const a = ri(20, 200), b = ri(10, 150); return [t, a + b, a, b, ri(0, a + b)]; });
    const T = ['合计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    const lines = ['流动党员管理情况统计表,,,,,', '单位：名,,,,,', '序号,乡镇,外出流动党员,其中：省内流动,其中：省外流动,已纳入流动党员党组织管理'];
    rows.forEach((x, i) => lines.push([i + 1, ...x].join(',')));
    lines.push(['', ...T].join(','));
    fs.writeFileSync(require('path').join(C.OUT, 'p23_liudong_csv.csv'), '\ufeff' + lines.join('\r\n') + '\r\n');
    console.log('wrote p23_liudong_csv.csv');
  }

  // P24 党组织书记 培训: 应训 | 已训 | 参训率, rows 市直/县直 + counties; values as text with thousands sep and '-' zero
  await save('p24_training_text.xlsx', async wb => {
    const ws = wb.addWorksheet('培训');
    title(ws, '基层党组织书记轮训情况', null, 6);
    put(ws, 2, [['单位', '应训人数', '已训人数', '参训率（%）', '其中：线上培训', '其中：脱产培训']]);
    const names = ['市直单位', '省直驻市单位', ...counties];
    const rows = names.map((n, i) => { const a = ri(300, 3000), b = ri(a * 0.85, a); const on = i === 1 ? 0 : ri(0, b * 0.5); return [n, a, b, on, ri(0, b - on)]; });
    const T = ['全市', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 3, [T, ...rows].map(x => [x[0], thou(x[1]), thou(x[2]), fmtd(pct(x[2], x[1]), 1), x[3] === 0 ? '-' : thou(x[3]), x[4] === 0 ? '-' : thou(x[4])]));
  });
}
main().catch(e => { console.error(e); process.exit(1); });
