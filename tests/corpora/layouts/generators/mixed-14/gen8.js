const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, save, put, title, towns, districts, counties } = C;
const regions = [...districts, ...counties];
async function main() {
  await save('y21_nonadditive_cols.xlsx', async wb => {
    const ws = wb.addWorksheet('住房');
    title(ws, '表8-6 各区县人口密度与居民住房情况（2024年）', '', 8);
    put(ws, 3, [['地区', '土地面积（平方公里）', '常住人口（人）', '人口密度（人/平方公里）', '住户（户）', '住房建筑面积（平方米）', '户均住房面积（平方米）', '商品房销售均价（元/平方米）']]);
    const rows = regions.map(n => { const a = ri(80, 2400); const p = ri(150000, 900000); const h = Math.round(p / rf(2.5, 3.2)); const s = Math.round(h * rf(85, 130)); const sold = ri(200000, 1200000); const val = Math.round(sold * rf(6000, 16000)); return [n, a, p, h, s, sold, val]; });
    const T = ['全市', ...[1, 2, 3, 4, 5, 6].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [x[0], x[1], x[2], Math.round(x[2] / x[1]), x[3], x[4], r(x[4] / x[3], 1), Math.round(x[6] / x[5])]), [null, '0', '0', '0', '0', '0', '0.0', '0']);
  });
  await save('p21_median_age_dangling.xlsx', async wb => {
    const ws = wb.addWorksheet('党龄');
    title(ws, '各支部党员党龄情况', '', 5);
    put(ws, 3, [['支部', '党员（名）', '党龄10年以上（名）', '党龄中位数（年）', '每名党员联系群众（户）']]);
    const med = a => { const b = [...a].sort((x, y) => x - y); const m = b.length >> 1; return b.length % 2 ? b[m] : (b[m - 1] + b[m]) / 2; };
    const all = [];
    const rows = towns.slice(0, 9).map(t => { const n = 2 * ri(7, 30) + 1; const yrs = Array.from({ length: n }, () => ri(1, 45)); all.push(...yrs); const hh = n * ri(3, 8); return [t + '党支部', n, yrs.filter(y => y > 10).length, med(yrs), hh]; });
    const T = ['合计', colsum(rows, 1), colsum(rows, 2), med(all), colsum(rows, 4)];
    put(ws, 4, [T, ...rows].map(x => [x[0], x[1], x[2], x[3], r(x[4] / x[1], 1)]), [null, '0', '0', '0', '0.0']);
  });
}
main().catch(e => { console.error(e); process.exit(1); });
