const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, save, put, title, towns, districts, counties } = C;
const regions = [...districts, ...counties];
async function main() {
  for (const [fn, hdr, unit] of [['p18f_binianchu.xlsx', '比年初', '户'], ['p18g_yushangnian.xlsx', '与上年相比', '个'], ['p18h_huanbi.xlsx', '比上月', '人']]) {
    await save(fn, async wb => {
      const ws = wb.addWorksheet('变化');
      title(ws, '各区县市场主体（党建联系）变化情况', '单位：' + unit, 4);
      put(ws, 3, [['地区', '本期', '上期', hdr]]);
      const rows = regions.map(n => { const b = ri(900, 4000); const a = b + ri(-60, 90); return [n, a, b, a - b]; });
      rows[2][1] = rows[2][2] - 41; rows[2][3] = -41;
      const T = ['全市', ...[1, 2, 3].map(j => colsum(rows, j))];
      put(ws, 4, [T, ...rows]);
    });
  }
  // P19 period blocks each with 其中 columns, plus 增减 column
  await save('p19_period_blocks_qizhong.xlsx', async wb => {
    const ws = wb.addWorksheet('两年对比');
    title(ws, '各区县党员及女党员两年对比', '单位：名', 8);
    put(ws, 3, [['地区', '2023年', null, null, '2024年', null, null, '党员增减'], [null, '党员数', '其中：女', '其中：少数民族', '党员数', '其中：女', '其中：少数民族', null]]);
    ws.mergeCells('A3:A4'); ws.mergeCells('B3:D3'); ws.mergeCells('E3:G3'); ws.mergeCells('H3:H4');
    const rows = regions.map(n => { const a = ri(9000, 40000); const b = a + ri(-200, 600); return [n, a, Math.round(a * rf(0.25, 0.4)), Math.round(a * rf(0.01, 0.06)), b, Math.round(b * rf(0.25, 0.4)), Math.round(b * rf(0.01, 0.06)), b - a]; });
    const T = ['全市', ...[1, 2, 3, 4, 5, 6, 7].map(j => colsum(rows, j))];
    put(ws, 5, [T, ...rows]);
  });
  // Y20 county table with overlapping 其中：市辖区 / 县 summary rows after 全市
  await save('y20_qizhong_shixiaqu_rows.xlsx', async wb => {
    const ws = wb.addWorksheet('分区县');
    title(ws, '表3-1 各区县年末户籍人口和出生、死亡人口（2024年）', '单位：人', 6);
    put(ws, 3, [['地区', '年末户籍人口', '出生人口', '死亡人口', '自然增长人数', '出生率（‰）']]);
    const rows = regions.map(n => { const p = ri(200000, 900000); const b = Math.round(p * rf(0.005, 0.01)); const d = Math.round(p * rf(0.006, 0.01)); return [n, p, b, d, b - d]; });
    const sub = (n, rs) => [n, ...[1, 2, 3, 4].map(j => colsum(rs, j))];
    const T = sub('全市', rows), A = sub('  市辖区', rows.slice(0, 4)), B = sub('  县', rows.slice(4));
    const f = x => [...x, r(x[2] / x[1] * 1000, 2)];
    put(ws, 4, [f(T), ['其中：'], f(A), f(B), ...rows.map(f)], [null, '0', '0', '0', '0', '0.00']);
  });
  // P20 发展党员 累计 column (1-N月累计) with 上年同期 and 增减, months as rows with 合计? no total row
  await save('p20_member_ratio_per_100.xlsx', async wb => {
    const ws = wb.addWorksheet('党员密度');
    title(ws, '各乡镇党员占人口比重', '', 5);
    put(ws, 3, [['乡镇', '户籍人口（人）', '党员数（名）', '党员占户籍人口比重（%）', '每百户党员数（名）']]);
    const rows = towns.map(t => { const p = ri(12000, 60000); const h = Math.round(p / rf(2.6, 3.3)); return [t, p, Math.round(p * rf(0.03, 0.07)), h]; });
    const T = ['全县', ...[1, 2, 3].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [x[0], x[1], x[2], pct(x[2], x[1], 2), r(x[2] / x[3] * 100, 1)]), [null, '0', '0', '0.00', '0.0']);
  });
}
main().catch(e => { console.error(e); process.exit(1); });
