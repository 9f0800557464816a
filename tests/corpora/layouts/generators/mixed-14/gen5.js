const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, save, put, title, towns, districts, counties } = C;
const regions = [...districts, ...counties];
async function main() {
  // P13b same as p13 but 其中 column directly after 实际发展
  await save('p13b_plan_overdone_conventional.xlsx', async wb => {
    const ws = wb.addWorksheet('计划完成');
    title(ws, '2024年发展党员计划执行情况', '单位：名', 6);
    put(ws, 3, [['单位', '下达计划', '实际发展', '其中：一线工人', '完成率（%）', '超（+）欠（-）计划']]);
    const rows = [...regions, '市直机关工委', '市国资委党委'].map(u => { const p = ri(40, 400); const a = p + ri(-12, 20); return [u, p, a, Math.round(a * rf(0.05, 0.3))]; });
    const T = ['合计', ...[1, 2, 3].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [...x, pct(x[2], x[1], 1), x[2] - x[1]]), [null, '0', '0', '0', '0.0', '+0;-0;0']);
  });
  // P17 quarters then 全年 LAST column, plus 占全年比重 row at bottom
  await save('p17_quarter_total_last_col.xlsx', async wb => {
    const ws = wb.addWorksheet('分季度');
    title(ws, '各单位接收预备党员分季度情况', '单位：名', 6);
    put(ws, 3, [['单位', '第一季度', '第二季度', '第三季度', '第四季度', '全年']]);
    const rows = regions.map(u => { const q = [ri(0, 30), ri(10, 80), ri(0, 25), ri(20, 140)]; return [u, ...q, sum(q)]; });
    const T = ['合计', ...[1, 2, 3, 4, 5].map(j => colsum(rows, j))];
    put(ws, 4, [...rows, T, ['各季度占全年比重（%）', ...[1, 2, 3, 4].map(j => pct(T[j], T[5], 1)), 100]], [null, '0', '0', '0', '0', '0']);
    for (let j = 2; j <= 6; j++) ws.getCell(4 + rows.length + 1, j).numFmt = '0.0';
  });
  // Y18 社零 亿元 with partition 城镇/乡村 and overlapping 限额以上
  await save('y18_retail_sales.xlsx', async wb => {
    const ws = wb.addWorksheet('社零');
    title(ws, '表13-1 社会消费品零售总额', '单位：亿元', 4);
    put(ws, 3, [['指标', '2024年', '2023年', '比上年增长（%）']]);
    const urb = [ri(8000000, 9000000)], rur = [ri(1200000, 1600000)];
    const mk = () => { const a = ri(3000000, 9000000); return [a, Math.round(a / rf(1.02, 1.09))]; };
    const U = mk(), R = mk().map(v => Math.round(v / 4)), Q = mk().map(v => Math.round(v * 0.6));
    const cat = mk(), good = [U[0] + R[0] - cat[0], U[1] + R[1] - cat[1]];
    const T = [U[0] + R[0], U[1] + R[1]]; // 万元
    const f = (n, x) => [n, r(x[0] / 1e4, 2), r(x[1] / 1e4, 2), pct(x[0] - x[1], x[1], 1)];
    put(ws, 4, [f('社会消费品零售总额', T), ['按经营单位所在地分'], f('  城镇', U), f('  乡村', R), ['按消费类型分'], f('  餐饮收入', [T[0] - Math.max(good[0], 0) > 0 ? Math.round(T[0] * 0.11) : 0, Math.round(T[1] * 0.105)]), f('  商品零售', [T[0] - Math.round(T[0] * 0.11), T[1] - Math.round(T[1] * 0.105)]), f('其中：限额以上单位消费品零售额', [Math.min(Q[0], T[0]), Math.min(Q[1], T[1])])], [null, '0.00', '0.00', '0.0']);
  });
  // Y19 county revenue: 一般公共预算收入 | 税收收入 | 非税收入 | 税收占比
  await save('y19_fiscal_by_county.xlsx', async wb => {
    const ws = wb.addWorksheet('分县财政');
    title(ws, '表9-5 各区县一般公共预算收支（2024年）', '单位：万元', 7);
    put(ws, 3, [['地区', '一般公共预算收入', '税收收入', '非税收入', '税收收入占比（%）', '一般公共预算支出', '财政自给率（%）']]);
    const rows = regions.map(n => { const t = ri(50000, 900000), nt = ri(20000, 300000); const e = Math.round((t + nt) * rf(1.2, 3.5)); return [n, t + nt, t, nt, e]; });
    const T = ['全市', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [x[0], x[1], x[2], x[3], pct(x[2], x[1], 1), x[4], pct(x[1], x[4], 1)]), [null, '0', '0', '0', '0.0', '0', '0.0']);
  });
}
main().catch(e => { console.error(e); process.exit(1); });
