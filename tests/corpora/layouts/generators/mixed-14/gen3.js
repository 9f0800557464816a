const C = require('./common.js');
const fs = require('fs'); const path = require('path');
const { ri, rf, r, pct, sum, colsum, save, put, title, towns, districts, counties, OUT } = C;
const regions = [...districts, ...counties];
async function main() {
  // Y11 CPI indices (上年=100) — weighted average total, not sum
  await save('y11_cpi_index.xlsx', async wb => {
    const ws = wb.addWorksheet('价格指数');
    title(ws, '表7-1 居民消费价格分类指数（上年=100）', '', 4);
    put(ws, 3, [['类别', '全市', '城市', '农村']]);
    const cats = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
    const w = [0.29, 0.07, 0.22, 0.06, 0.12, 0.11, 0.09, 0.04];
    const rows = cats.map(c => { const u = r(rf(97.5, 103.5), 1), v = r(u + rf(-0.8, 0.8), 1); return [c, r(u * 0.7 + v * 0.3, 1), u, v]; });
    const tot = ['居民消费价格总指数', ...[1, 2, 3].map(j => r(sum(rows.map((x, k) => x[j] * w[k])), 1))];
    put(ws, 4, [tot, ...rows], [null, '0.0', '0.0', '0.0']);
  });
  // Y12 抚养比
  await save('y12_dependency_ratio.xlsx', async wb => {
    const ws = wb.addWorksheet('年龄构成');
    title(ws, '表2-6 各区县常住人口年龄构成和抚养比', '', 9);
    put(ws, 3, [['地区', '常住人口（人）', '0—14岁', '15—64岁', '65岁及以上', '65岁及以上占比（%）', '总抚养比（%）', '少儿抚养比（%）', '老年抚养比（%）']]);
    const rows = regions.map(n => { const a = ri(20000, 120000), b = ri(100000, 600000), c = ri(20000, 150000); return [n, a + b + c, a, b, c]; });
    const T = ['全市', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [...x, pct(x[4], x[1], 2), pct(x[2] + x[4], x[3], 2), pct(x[2], x[3], 2), pct(x[4], x[3], 2)]), [null, '0', '0', '0', '0', '0.00', '0.00', '0.00', '0.00']);
  });
  // Y13 CSV trade by country with 占比 and 同比, 其中 overlapping region group
  {
    const countries = ['美国', '日本', '韩国', '德国', '越南', '马来西亚', '泰国', '印度', '俄罗斯', '巴西', '澳大利亚', '英国'];
    const rows = countries.map(c => { const v = ri(2000, 90000); const p = Math.round(v / rf(0.8, 1.3)); return [c, v, p]; });
    const other = ['其他国家和地区', ri(20000, 80000), ri(20000, 80000)];
    const all = [...rows, other];
    const T = ['合计', colsum(all, 1), colsum(all, 2)];
    const asean = ['其中：东盟', ...[1, 2].map(j => sum(rows.filter(x => ['越南', '马来西亚', '泰国'].includes(x[0])).map(x => x[j])) + (j === 1 ? 12345 : 11000))];
    const brt = ['其中：“一带一路”沿线国家', Math.round(T[1] * 0.45), Math.round(T[2] * 0.43)];
    const f = x => [x[0], x[1], x[2], pct(x[1], T[1], 1), pct(x[1] - x[2], x[2], 1)];
    const lines = ['表11-3 2024年对主要国家和地区出口情况,,,,', '单位：万美元,,,,', '国家和地区,2024年,2023年,占出口总额比重（%）,比上年增长（%）'];
    [f(T), f(asean), f(brt), ...all.map(f)].forEach(x => lines.push([x[0], x[1], x[2], x[3].toFixed(1), x[4].toFixed(1)].map(v => /[,"]/.test(String(v)) ? '"' + v + '"' : v).join(',')));
    fs.writeFileSync(path.join(OUT, 'y13_export_country.csv'), '\ufeff' + lines.join('\r\n') + '\r\n');
    console.log('wrote csv');
  }
  // Y14 城镇居民收入构成, years as columns, with 构成 block
  await save('y14_urban_income_structure.xlsx', async wb => {
    const ws = wb.addWorksheet('收入构成');
    title(ws, '表6-2 城镇居民人均可支配收入及构成', '单位：元', 6);
    const ys = [2020, 2021, 2022, 2023, 2024];
    put(ws, 3, [['指标', ...ys.map(y => y + '年')]]);
    const parts = ['工资性收入', '经营净收入', '财产净收入', '转移净收入'];
    const base = [26000, 5200, 4300, 8200];
    const P = parts.map((p, k) => { let v = base[k]; return [p, ...ys.map(() => { v *= rf(1.02, 1.08); return Math.round(v); })]; });
    const T = ['人均可支配收入', ...ys.map((_, j) => sum(P.map(x => x[j + 1])))];
    let rr = put(ws, 4, [T, ...P.map(x => ['  ' + x[0], ...x.slice(1)])]);
    rr = put(ws, rr, [['构成（%）']]);
    rr = put(ws, rr, P.map(x => ['  ' + x[0], ...x.slice(1).map((v, j) => pct(v, T[j + 1], 1))]));
    rr = put(ws, rr, [['比上年增长（%）']]);
    put(ws, rr, [T, ...P].map(x => ['  ' + x[0], null, ...x.slice(2).map((v, j) => pct(v - x[j + 1], x[j + 1], 1))]));
  });
  // Y15 户数 户均人口 性别比 by 乡镇
  await save('y15_households.xlsx', async wb => {
    const ws = wb.addWorksheet('户籍');
    title(ws, '表2-3 各乡镇户数、人口和性别比', '', 7);
    put(ws, 3, [['乡镇', '户数（户）', '户籍人口（人）', '男', '女', '性别比（女=100）', '平均每户人口（人）']]);
    const rows = towns.map(t => { const h = ri(5000, 22000); const m = Math.round(h * rf(1.3, 1.7)); const f = Math.round(m * rf(0.92, 1.04)); return [t, h, m + f, m, f]; });
    const T = ['全县', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [...x, r(x[3] / x[4] * 100, 2), r(x[2] / x[1], 2)]), [null, '0', '0', '0', '0', '0.00', '0.00']);
  });
  // Y16 Excel percent-formatted cells
  await save('y16_percent_numfmt.xlsx', async wb => {
    const ws = wb.addWorksheet('完成情况');
    title(ws, '表5-4 各区县固定资产投资完成情况', '单位：万元', 6);
    put(ws, 3, [['地区', '年度计划', '实际完成', '完成计划', '上年完成', '比上年增长']]);
    const rows = regions.map(n => { const p = ri(200000, 1800000); const a = Math.round(p * rf(0.8, 1.25)); const l = Math.round(a * rf(0.85, 1.2)); return [n, p, a, l]; });
    const T = ['全市', ...[1, 2, 3].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [x[0], x[1], x[2], r(x[2] / x[1], 3), x[3], r((x[2] - x[3]) / x[3], 3)]), [null, '#,##0', '#,##0', '0.0%', '#,##0', '0.0%']);
  });
}
main().catch(e => { console.error(e); process.exit(1); });
