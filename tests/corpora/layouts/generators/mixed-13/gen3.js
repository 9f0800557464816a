// Round 13, batch 3: coincidences that inference may latch onto, worst-case legit rounding, extra rows under the total.
const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, thou, fmtd, save, put, title, towns, districts, counties } = C;

async function main() {
  // P25 sparse small counts: 新建/撤销/升格 党组织 by town (many zeros)
  await save('p25_sparse_small_counts.xlsx', async wb => {
    const ws = wb.addWorksheet('调整');
    title(ws, '2025年基层党组织设置调整情况', '单位：个', 7);
    put(ws, 3, [['乡镇', '年初党组织数', '新建', '撤销', '升格', '降格', '年末党组织数']]);
    const fixed = [[0, 0, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 0], [2, 1, 1, 0], [0, 0, 0, 1], [1, 0, 1, 1], [0, 1, 1, 0], [3, 0, 0, 0], [0, 2, 0, 1], [1, 1, 1, 1]];
    const rows = towns.map((t, i) => { const s = ri(20, 60); const [n, c, u, d] = fixed[i]; return [t, s, n, c, u, d, s + n - c]; });
    const T = ['合计', ...[1, 2, 3, 4, 5, 6].map(j => colsum(rows, j))];
    put(ws, 4, [...rows, T]);
    put(ws, 17, [['注：升格、降格不改变党组织个数。']]);
  });

  // P26 书记 vacancy: 村数 = 书记数 except one vacancy
  await save('p26_secretary_vacancy.xlsx', async wb => {
    const ws = wb.addWorksheet('书记配备');
    title(ws, '村党组织书记配备情况', null, 5);
    put(ws, 2, [['乡镇', '行政村（个）', '村党组织书记（名）', '其中：“一肩挑”（名）', '其中：女书记（名）']]);
    const rows = towns.slice(0, 10).map((t, i) => { const v = ri(8, 25); const s = i === 6 ? v - 1 : v; return [t, v, s, ri(s * 0.7, s), ri(0, 4)]; });
    const T = ['全县', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    let rr = put(ws, 3, [T, ...rows]);
    put(ws, rr, [['注：黄山乡1个村书记岗位空缺，由乡党委选派干部代理。']]);
  });

  // P26b 国有企业 coverage 100% except one
  await save('p26b_soe_full_coverage.xlsx', async wb => {
    const ws = wb.addWorksheet('国企');
    title(ws, '国有企业党组织覆盖情况', null, 5);
    put(ws, 2, [['县（市、区）', '国有企业数（户）', '已建党组织（户）', '覆盖率（%）', '党员（名）']]);
    const rows = [...districts, ...counties].map((p, i) => { const n = ri(10, 60); return [p, n, i === 5 ? n - 2 : n, ri(100, 2000)]; });
    const T = ['全市', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    put(ws, 3, [T, ...rows].map(x => [x[0], x[1], x[2], pct(x[2], x[1]), x[3]]), [null, null, null, '0.0', null]);
  });

  // Y24 rows under the total: 上年同期, 同比增减, 增长(%)
  await save('y24_rows_under_total.xlsx', async wb => {
    const ws = wb.addWorksheet('用电');
    title(ws, '2025年各乡镇全社会用电量', '单位：万千瓦时', 5);
    put(ws, 3, [['乡镇', '全社会用电量', '工业用电', '居民生活用电', '其他用电']]);
    const rows = towns.slice(0, 8).map(t => { const a = ri(2000, 30000), b = ri(1000, 8000), c = ri(300, 3000); return [t, a + b + c, a, b, c]; });
    const T = ['合计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    const L = ['上年同期', ...[1, 2, 3].map(j => Math.round(T[j + 1] * rf(0.9, 1.05)))];
    L.splice(1, 0, L[1] + L[2] + L[3]);
    const D = ['同比增减', ...[1, 2, 3, 4].map(j => T[j] - L[j])];
    const G = ['增长（%）', ...[1, 2, 3, 4].map(j => pct(T[j] - L[j], L[j]))];
    put(ws, 4, [...rows, T, L, D, G]);
    for (let j = 2; j <= 5; j++) ws.getCell(4 + rows.length + 3, j).numFmt = '0.0';
  });

  // Y25 合计 followed by 平均 row
  await save('y25_total_then_average.xlsx', async wb => {
    const ws = wb.addWorksheet('村集体');
    title(ws, '各乡镇村级集体经济收入', null, 5);
    put(ws, 2, [['乡镇', '村数（个）', '集体经济收入（万元）', '村均收入（万元）', '收入50万元以上村（个）']]);
    const raw = towns.slice(0, 9).map(t => { const v = ri(8, 25); return [t, v, rf(v * 20, v * 60)]; });
    const V = colsum(raw, 1), S = sum(raw.map(x => x[2]));
    const rows = raw.map(x => [x[0], x[1], r(x[2], 2), r(x[2] / x[1], 2), ri(1, x[1] / 2)]);
    const T = ['合计', V, r(S, 2), r(S / V, 2), colsum(rows, 4)];
    const A = ['乡镇平均', r(V / 9, 1), r(S / 9, 2), r(S / V, 2), r(colsum(rows, 4) / 9, 1)];
    put(ws, 3, [...rows, T, A], [null, '0', '0.00', '0.00', '0']);
    ws.getCell(13, 2).numFmt = '0.0'; ws.getCell(13, 5).numFmt = '0.0';
  });

  // P27 非公 and 规上 coverage side by side
  await save('p27_all_and_above_scale.xlsx', async wb => {
    const ws = wb.addWorksheet('规上覆盖');
    title(ws, '非公有制企业及规模以上企业党组织覆盖情况', null, 7);
    put(ws, 2, [['乡镇（街道）', '非公企业数', '已建党组织', '覆盖率（%）', '其中：规上企业数', '规上企业已建党组织', '规上企业覆盖率（%）']]);
    const rows = towns.slice(0, 9).map(t => { const n = ri(60, 400), g = ri(10, 50), gb = ri(g * 0.7, g); return [t, n, gb + ri(5, 40), g, gb]; });
    const T = ['合计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 3, [T, ...rows].map(x => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], x[4], pct(x[4], x[3])]), [null, null, null, '0.0', null, null, '0.0']);
  });

  // Y26 worst-case legit rounding: 万人 2 decimals, 12 members all rounding down
  await save('y26_worst_rounding.xlsx', async wb => {
    const ws = wb.addWorksheet('常住人口');
    title(ws, '各乡镇常住人口', '单位：万人', 4);
    put(ws, 3, [['乡镇', '常住人口', '城镇人口', '乡村人口']]);
    const raw = towns.map(t => { const u = ri(100, 900) / 100 + 0.00449, v = ri(100, 900) / 100 + 0.00449; return [t, u + v, u, v]; });
    const T = ['全县', ...[1, 2, 3].map(j => sum(raw.map(x => x[j])))];
    put(ws, 4, [T, ...raw].map(x => [x[0], r(x[1], 2), r(x[2], 2), r(x[3], 2)]), [null, '0.00', '0.00', '0.00']);
  });

  // Y27 small 亿元 values with growth computed from unrounded
  await save('y27_small_values_growth.xlsx', async wb => {
    const ws = wb.addWorksheet('出口');
    title(ws, '主要商品出口额', '单位：亿元', 4);
    put(ws, 3, [['商品', '2024年', '2025年', '增长（%）']]);
    const raw = [['机电产品', 12.3456, 13.9012], ['纺织纱线', 0.1449, 0.1551], ['服装', 0.0851, 0.0749], ['农产品', 0.4049, 0.4451], ['钢材', 0.0149, 0.0251], ['化工产品', 2.2222, 2.0011]];
    const T = ['出口总额', sum(raw.map(x => x[1])), sum(raw.map(x => x[2]))];
    put(ws, 4, [T, ...raw].map(x => [x[0], r(x[1], 2), r(x[2], 2), r((x[2] / x[1] - 1) * 100, 1)]), [null, '0.00', '0.00', '0.0']);
  });

  // Y28 本月 | 本年累计 | 上年同期累计 | 累计增长
  await save('y28_month_cumulative.xlsx', async wb => {
    const ws = wb.addWorksheet('11月');
    title(ws, '2025年11月主要经济指标', null, 6);
    put(ws, 2, [['指标', '计量单位', '本月', '1-11月累计', '上年同期累计', '累计增长（%）']]);
    const items = [['规上工业总产值', '亿元', 2], ['社会消费品零售总额', '亿元', 2], ['一般公共预算收入', '万元', 0], ['税收收入', '万元', 0], ['新登记市场主体', '户', 0], ['城镇新增就业', '人', 0]];
    const rows = items.map(([n, u, d]) => { const m = d ? rf(5, 60) : ri(500, 9000); const c = m * rf(9, 12); const l = c * rf(0.9, 1.1); return [n, u, r(m, d), r(c, d), r(l, d), r((c / l - 1) * 100, 1)]; });
    put(ws, 3, rows);
  });

  // P28 平均每个党支部党员数
  await save('p28_members_per_branch.xlsx', async wb => {
    const ws = wb.addWorksheet('支部规模');
    title(ws, '党支部规模情况', null, 6);
    put(ws, 2, [['领域', '党支部（个）', '党员（名）', '平均每个支部党员（名）', '50名以上党员的支部（个）', '3名以下党员的支部（个）']]);
    const secs = ['机关', '事业单位', '国有企业', '非公有制企业', '社会组织', '农村', '城市社区'];
    const rows = secs.map(s => { const b = ri(40, 600); return [s, b, Math.round(b * rf(6, 30)), ri(0, b / 20), ri(0, b / 10)]; });
    const T = ['合计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 3, [T, ...rows].map(x => [x[0], x[1], x[2], r(x[2] / x[1], 1), x[3], x[4]]), [null, null, null, '0.0', null, null]);
  });

  // P29 正式 + 预备 = 党员; 预备 share; 其中 女 of all; with bilingual-free but 续表 style split? (single sheet) + 序号 Chinese numerals
  await save('p29_formal_probationary.xlsx', async wb => {
    const ws = wb.addWorksheet('党员');
    title(ws, '各基层党委党员情况', '单位：名', 7);
    put(ws, 3, [['序号', '基层党委', '党员', '正式党员', '预备党员', '预备党员占比（%）', '其中：女']]);
    const names = ['城关镇党委', '石桥镇党委', '龙泉镇党委', '白沙镇党委', '县直机关工委', '县教育工委', '县卫健局党委', '县公安局党委'];
    const rows = names.map(n => { const f = ri(400, 3000), p = ri(5, 60); return [n, f + p, f, p, Math.round((f + p) * rf(0.25, 0.45))]; });
    const T = ['合计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    const cn = ['一', '二', '三', '四', '五', '六', '七', '八'];
    put(ws, 4, [[null, ...T], ...rows.map((x, i) => [cn[i], ...x])].map(x => [x[0], x[1], x[2], x[3], x[4], pct(x[4], x[2], 2), x[5]]), [null, null, null, null, null, '0.00', null]);
  });

  // P30 党组织 counts where most rows have no 党总支 (columns coincide: 合计 = 党委 + 党支部 on most rows), header with 其中
  await save('p30_mostly_zero_zongzhi.xlsx', async wb => {
    const ws = wb.addWorksheet('社区');
    title(ws, '城市社区党组织设置情况', null, 6);
    put(ws, 2, [['街道', '社区（个）', '社区党组织（个）', '党委', '党总支', '党支部']]);
    const names = ['城东街道', '城西街道', '城南街道', '城北街道', '江滨街道', '新城街道', '开发区街道'];
    const rows = names.map((n, i) => { const c = ri(5, 15); const w = ri(1, Math.min(3, c)); const z = i === 3 ? 2 : 0; const b = c - w - z; return [n, c, c, w, z, b]; });
    const T = ['合计', ...[1, 2, 3, 4, 5].map(j => colsum(rows, j))];
    put(ws, 3, [T, ...rows].map(x => x.map((v, j) => (j === 4 && v === 0) ? '-' : v)));
  });
}
main().catch(e => { console.error(e); process.exit(1); });
