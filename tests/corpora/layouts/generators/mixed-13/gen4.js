// Round 13, batch 4: non-additive columns with unusual wording; partially overlapping 其中 attributes.
const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, save, put, title, towns, districts, counties } = C;

async function main() {
  // Y29 air quality: 全市 row is the city's own figure (average of stations), not a sum
  await save('y29_air_quality.xlsx', async wb => {
    const ws = wb.addWorksheet('空气');
    title(ws, '2025年各县（市、区）环境空气质量', null, 5);
    put(ws, 2, [['地区', 'PM2.5浓度（微克/立方米）', 'PM10浓度（微克/立方米）', '优良天数（天）', '优良天数比例（%）']]);
    const rows = [...districts, ...counties].map(p => { const g = ri(290, 350); return [p, ri(22, 40), ri(40, 70), g, pct(g, 365)]; });
    const n = rows.length;
    const T = ['全市', Math.round(colsum(rows, 1) / n), Math.round(colsum(rows, 2) / n), Math.round(colsum(rows, 3) / n)];
    T.push(pct(T[3], 365));
    put(ws, 3, [T, ...rows], [null, null, null, null, '0.0']);
  });

  // Y31 校均规模 = 学生 / 学校
  await save('y31_school_avg_size.xlsx', async wb => {
    const ws = wb.addWorksheet('小学');
    title(ws, '各县区小学基本情况', null, 5);
    put(ws, 2, [['地区', '学校（所）', '在校生（人）', '校均规模（人）', '班额（人/班）']]);
    const rows = [...districts, ...counties].map(p => { const s = ri(15, 80), st = ri(8000, 50000), cl = Math.round(st / rf(38, 48)); return [p, s, st, cl]; });
    const T = ['全市', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    put(ws, 3, [T, ...rows].map(x => [x[0], x[1], x[2], Math.round(x[2] / x[1]), r(x[2] / x[3], 1)]), [null, null, null, null, '0.0']);
  });

  // P31 发展党员 with overlapping 其中 attributes (overlap visible only in a few rows)
  await save('p31_fazhan_overlap_partial.xlsx', async wb => {
    const ws = wb.addWorksheet('发展党员');
    title(ws, '2025年发展党员情况', '单位：名', 5);
    put(ws, 3, [['基层党委', '发展党员', '其中：女', '其中：35岁及以下']]);
    const names = ['城关镇党委', '石桥镇党委', '龙泉镇党委', '白沙镇党委', '清水镇党委', '县直机关工委', '县教育工委', '县两新工委'];
    // 女 + 35岁以下 exceeds the whole only where young women are many (rows 1 and 6)
    const rows = names.map((n, i) => { const d = ri(12, 40); const f = Math.round(d * (i === 1 || i === 6 ? 0.55 : 0.35)); const y = Math.round(d * (i === 1 || i === 6 ? 0.7 : 0.5)); return [n, d, f, y]; });
    const T = ['全县', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    put(ws, 4, [T, ...rows]);
  });

  // P32 村均党员 / 企均党员
  await save('p32_village_avg_members.xlsx', async wb => {
    const ws = wb.addWorksheet('农村党员');
    title(ws, '各乡镇农村党员情况', null, 5);
    put(ws, 2, [['乡镇', '行政村（个）', '农村党员（名）', '村均党员（名）', '60岁以上党员（名）']]);
    const rows = towns.slice(0, 10).map(t => { const v = ri(8, 25), m = ri(v * 25, v * 60); return [t, v, m, ri(m * 0.3, m * 0.5)]; });
    const T = ['全县', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    put(ws, 3, [T, ...rows].map(x => [x[0], x[1], x[2], r(x[2] / x[1], 1), x[3]]), [null, null, null, '0.0', null]);
  });

  // P33 社会组织 社均从业人员 + 党员; 企均 in 非公 sheet
  await save('p33_enterprise_avg.xlsx', async wb => {
    const ws = wb.addWorksheet('非公党员');
    title(ws, '非公企业党员分布', null, 5);
    put(ws, 2, [['园区', '建立党组织企业（户）', '企业党员（名）', '企均党员（名）', '从业人员（人）']]);
    const parks = ['江州经开区', '江州高新区', '青山工业园', '云溪工业园', '丰乐产业园', '安平物流园'];
    const rows = parks.map(p => { const e = ri(10, 120); return [p, e, ri(e * 3, e * 15), ri(e * 50, e * 400)]; });
    const T = ['合计', ...[1, 2, 3].map(j => colsum(rows, j))];
    put(ws, 3, [T, ...rows].map(x => [x[0], x[1], x[2], r(x[2] / x[1], 1), x[3]]), [null, null, null, '0.0', null]);
  });
}
main().catch(e => { console.error(e); process.exit(1); });
