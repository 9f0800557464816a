// Generator for round45a: output values, indices and growth at comparable prices
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes files/ (clean and planted twins) and manifest.json under the folder given (default /tmp/round45a); the
// corpus keeps the clean files that statlint checks. Round 45 (output-value-and-index tables), by an outside tester.
const ROOT = process.argv[2] || '/tmp/round45a';
const OUT = path.join(ROOT, 'files');
fs.mkdirSync(OUT, { recursive: true });

// round half up in decimal
function r(x, d = 1) { const f = Math.pow(10, d); return Math.round((x + Math.sign(x) * 1e-9) * f) / f; }
const sum = a => a.reduce((s, v) => s + v, 0);
function gr(cur, prev) { return r((cur / prev - 1) * 100, 1); }
function shares(parts, total, d = 1) { return parts.map(p => r(p / total * 100, d)); }
function colL(n) { let s = ''; n++; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
// weighted avg growth (weights = prev period values)
function wavg(gs, ws) { return sum(gs.map((g, i) => g * ws[i])) / sum(ws); }

// sheet spec: {name,title,unit,headers:[[..],..],rows:[[label,...]],notes:[..],fmt:[...per col]}
// layout: row1 title, row2 unit, row3.. headers, then data, then notes
function dataRow(sheet, i) { return 2 + (sheet.unit ? 1 : 0) + sheet.headers.length + i + 1 - 1; }
function addr(sheet, i, c) { return `${sheet.name}!${colL(c)}${3 + (sheet.unit ? 0 : -1) + sheet.headers.length + i}`; }

async function write(spec, file) {
  const wb = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    const ncol = Math.max(...s.headers.map(h => h.length), ...s.rows.map(x => x.length));
    ws.addRow([s.title]);
    if (ncol > 1) ws.mergeCells(1, 1, 1, ncol);
    if (s.unit) ws.addRow([s.unit]);
    for (const h of s.headers) ws.addRow(h);
    for (const row of s.rows) {
      const er = ws.addRow(row);
      row.forEach((v, c) => { if (typeof v === 'number' && s.fmt && s.fmt[c]) er.getCell(c + 1).numFmt = s.fmt[c]; });
    }
    for (const n of (s.notes || [])) ws.addRow([n]);
    ws.getColumn(1).width = 28;
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}

const specs = {}; // name -> spec
const planted = []; // [clean, newname, fn(spec)->addr]

// ---------- 1. 农林牧渔业总产值 by 行业 (现价 + 指数 + 可比价增长 + 构成)
{
  const names = ['农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动'];
  const cur = [386542, 24318, 215877, 48562, 31207];
  const prev = [371205, 23950, 228436, 46011, 29318];
  const real = [4.2, 2.1, 3.6, 4.8, 6.3];
  const T = sum(cur), TP = sum(prev);
  const tr = r(wavg(real, prev), 1);
  const sh = shares(cur, T);
  const rows = [['农林牧渔业总产值', T, TP, r(100 + tr, 1), tr, 100.0]];
  names.forEach((n, i) => rows.push(['  ' + n, cur[i], prev[i], r(100 + real[i], 1), real[i], sh[i]]));
  specs['agri_output_by_sector'] = { sheets: [{ name: 'Sheet1', title: '农林牧渔业总产值', unit: '单位：万元',
    headers: [['指标', '2023年', '2022年', '指数(上年=100)', '比上年增长(%)', '构成(%)']], rows,
    fmt: [null, '0', '0', '0.0', '0.0', '0.0'], notes: ['注：总产值按当年价格计算，增长速度按可比价格计算。'] }] };
  planted.push(['agri_output_by_sector', 'p_agri_total', s => { s.sheets[0].rows[0][1] += 1000; return addr(s.sheets[0], 0, 1); }]);
}

// ---------- 2. 农林牧渔业总产值 by 乡镇 (columns)
{
  const towns = ['城关镇', '石桥镇', '河口镇', '龙泉乡', '白云乡', '新安镇', '柳林乡', '东湖镇'];
  const data = [
    [18234, 1203, 9876, 2341, 1562], [25412, 2108, 14320, 1876, 1987], [21987, 987, 11876, 6543, 1432],
    [15632, 3214, 8765, 432, 987], [12876, 4321, 6543, 210, 765], [28765, 1543, 16543, 3210, 2109],
    [13456, 2876, 7654, 321, 654], [19876, 876, 8765, 8765, 1321]];
  const realG = [3.8, 4.1, 4.5, 2.9, 3.2, 4.7, 2.6, 5.1];
  const tot = data.map(sum);
  const colT = [0, 1, 2, 3, 4].map(j => sum(data.map(d => d[j])));
  const prevTot = tot.map((t, i) => t / (1 + realG[i] / 100));
  const allG = r(wavg(realG, prevTot), 1);
  const rows = [['全县', sum(tot), ...colT, allG]];
  towns.forEach((t, i) => rows.push([t, tot[i], ...data[i], realG[i]]));
  specs['agri_output_by_town'] = { sheets: [{ name: '分乡镇', title: '2023年各乡镇农林牧渔业总产值', unit: '单位：万元',
    headers: [['乡镇', '农林牧渔业总产值', '农业', '林业', '牧业', '渔业', '农林牧渔服务业', '总产值比上年增长(%)']], rows,
    fmt: [null, '0', '0', '0', '0', '0', '0', '0.0'], notes: ['注：产值按当年价格计算，增长速度按可比价格计算。'] }] };
  planted.push(['agri_output_by_town', 'p_town_rowsum', s => { s.sheets[0].rows[4][3] = 4123; return addr(s.sheets[0], 4, 3); }]);
}

// ---------- 3. 规上工业增加值 by month
{
  const months = [null, 45.62, 48.31, 52.17, 50.84, 53.92, 51.27, 54.63, 55.81, 57.42, 58.96, 60.13];
  // 1-2月 reported combined
  const realM = [null, 6.8, 7.2, 5.9, 6.4, 7.1, 6.6, 5.8, 6.2, 7.0, 6.9, 7.4];
  const realC = [null, 6.8, 7.0, 6.6, 6.5, 6.6, 6.6, 6.5, 6.4, 6.5, 6.6, 6.7];
  const rows = []; let c = 0;
  const labels = ['', '1-2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
  for (let m = 1; m <= 11; m++) { c = r(c + months[m], 2); rows.push([labels[m], months[m], c, realM[m], realC[m]]); }
  specs['industry_va_monthly'] = { sheets: [{ name: '工业增加值', title: '2023年规模以上工业增加值分月情况', unit: '单位：亿元',
    headers: [['月份', '本月', '1-本月累计', '本月比上年同月增长(%)', '累计比上年同期增长(%)']], rows,
    fmt: [null, '0.00', '0.00', '0.0', '0.0'], notes: ['注：绝对额按现价计算，增长速度按可比价格计算。'] }] };
  planted.push(['industry_va_monthly', 'p_ind_cum', s => { s.sheets[0].rows[5][2] = r(s.sheets[0].rows[5][2] + 3.00, 2); return addr(s.sheets[0], 5, 2); }]);
}

// ---------- 4. 地区生产总值 by 产业 (现价, 指数, 构成)
{
  const p1 = 186.43, ind = 512.87, con = 98.62, p3parts = [112.35, 38.76, 29.84, 86.51, 74.32, 201.46];
  const p3names = ['批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '金融业', '房地产业', '其他服务业'];
  const p2 = r(ind + con, 2), p3 = r(sum(p3parts), 2), G = r(p1 + p2 + p3, 2);
  const idx = { p1: 103.9, ind: 106.8, con: 102.1, p3: [106.2, 107.9, 109.3, 104.8, 98.6, 105.7] };
  const w = (v, i) => v / (i / 100);
  const p2i = r(100 + wavg([idx.ind - 100, idx.con - 100], [w(ind, idx.ind), w(con, idx.con)]), 1);
  const p3i = r(100 + wavg(idx.p3.map(x => x - 100), p3parts.map((v, i) => w(v, idx.p3[i]))), 1);
  const Gi = r(100 + wavg([idx.p1 - 100, p2i - 100, p3i - 100], [w(p1, idx.p1), w(p2, p2i), w(p3, p3i)]), 1);
  const sh = shares([p1, p2, ind, con, p3], G);
  const rows = [['地区生产总值', G, Gi, 100.0],
    ['第一产业', p1, idx.p1, sh[0]], ['第二产业', p2, p2i, sh[1]], ['  其中：工业', ind, idx.ind, sh[2]], ['        建筑业', con, idx.con, sh[3]],
    ['第三产业', p3, p3i, sh[4]]];
  p3names.forEach((n, i) => rows.push(['  ' + n, p3parts[i], idx.p3[i], r(p3parts[i] / G * 100, 1)]));
  specs['gdp_by_industry'] = { sheets: [{ name: 'GDP', title: '2023年地区生产总值', unit: '单位：亿元',
    headers: [['指标', '现价', '指数(上年=100)', '构成(%)']], rows, fmt: [null, '0.00', '0.0', '0.0'],
    notes: ['注：地区生产总值按当年价格计算，指数按不变价格计算。'] }] };
  planted.push(['gdp_by_industry', 'p_gdp_part_gt_whole', s => { s.sheets[0].rows[3][1] = 623.45; return addr(s.sheets[0], 3, 1); }]);
  planted.push(['gdp_by_industry', 'p_gdp_share', s => { s.sheets[0].rows[1][3] = r(s.sheets[0].rows[1][3] + 4.0, 1); return addr(s.sheets[0], 1, 3); }]);
}

// ---------- 5. CPI by category (上年=100, weighted 总指数)
{
  const cats = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通和通信', '教育文化和娱乐', '医疗保健', '其他用品和服务'];
  const w = [29.5, 6.8, 22.4, 5.9, 12.7, 10.3, 9.1, 3.3];
  const y = [99.2, 101.3, 100.1, 100.4, 97.8, 102.1, 101.2, 102.9];
  const m = [99.6, 100.2, 100.0, 99.8, 100.3, 100.1, 100.0, 100.4];
  const Y = r(wavg(y, w), 1), M = r(wavg(m, w), 1);
  const rows = [['居民消费价格总指数', Y, M]];
  cats.forEach((c, i) => rows.push(['  ' + c, y[i], m[i]]));
  rows.splice(2, 0, ['    其中：粮食', 100.8, 100.1], ['          猪肉', 86.4, 98.2], ['          鲜菜', 97.3, 101.6]);
  specs['cpi_by_category'] = { sheets: [{ name: 'CPI', title: '2023年12月居民消费价格分类指数', unit: null,
    headers: [['项目', '上年同月=100', '上月=100']], rows, fmt: [null, '0.0', '0.0'] }] };
  planted.push(['cpi_by_category', 'p_cpi_total_out_of_range', s => { s.sheets[0].rows[0][1] = 108.6; return addr(s.sheets[0], 0, 1); }]);
}

// ---------- 6. GDP time series (现价 + 指数 上年=100)
{
  const yrs = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
  const p1 = [142.31, 145.86, 149.22, 158.64, 170.35, 176.92, 181.27, 186.43];
  const p2 = [421.56, 452.38, 487.15, 512.73, 508.96, 566.41, 592.08, 611.49];
  const p3 = [312.47, 348.92, 389.16, 426.35, 438.71, 481.26, 503.84, 543.24];
  const gi = [107.6, 107.2, 106.9, 106.4, 102.8, 108.1, 104.2, 105.5];
  const i1 = [103.6, 103.9, 103.4, 103.1, 103.0, 106.8, 104.1, 103.9];
  const rows = yrs.map((yy, k) => [String(yy), r(p1[k] + p2[k] + p3[k], 2), p1[k], p2[k], p3[k], gi[k], i1[k]]);
  specs['gdp_series'] = { sheets: [{ name: '历年GDP', title: '地区生产总值(2016-2023年)', unit: '单位：亿元',
    headers: [['年份', '地区生产总值', '第一产业', '第二产业', '第三产业', '地区生产总值指数(上年=100)', '第一产业指数(上年=100)']], rows,
    fmt: [null, '0.00', '0.00', '0.00', '0.00', '0.0', '0.0'], notes: ['注：绝对数按当年价格计算，指数按可比价格计算。'] }] };
  planted.push(['gdp_series', 'p_gdp_series_sum', s => { s.sheets[0].rows[5][3] = 586.41; return addr(s.sheets[0], 5, 3); }]);
}

// ---------- 7. 企业单位数 by 行业 (nominal growth)
{
  const names = ['采矿业', '制造业', '电力、热力、燃气及水生产和供应业'];
  const c22 = [12, 318, 21], c23 = [11, 347, 23];
  const sub = [['  其中：农副食品加工业', 46, 52], ['        纺织业', 38, 35], ['        非金属矿物制品业', 54, 61], ['        通用设备制造业', 29, 34]];
  const rows = [['规模以上工业企业', sum(c22), sum(c23), gr(sum(c23), sum(c22))]];
  names.forEach((n, i) => { rows.push([n, c22[i], c23[i], gr(c23[i], c22[i])]); if (i === 1) sub.forEach(x => rows.push([x[0], x[1], x[2], gr(x[2], x[1])])); });
  specs['enterprise_counts'] = { sheets: [{ name: '企业数', title: '规模以上工业企业单位数', unit: '单位：个',
    headers: [['行业', '2022年', '2023年', '增长(%)']], rows, fmt: [null, '0', '0', '0.0'] }] };
  planted.push(['enterprise_counts', 'p_ent_growth', s => { s.sheets[0].rows[1][3] = 8.3; return addr(s.sheets[0], 1, 3); }]);
}

// ---------- 8. Population by 乡镇 (nominal growth, 男+女)
{
  const towns = ['城关镇', '石桥镇', '河口镇', '龙泉乡', '白云乡', '新安镇', '柳林乡', '东湖镇'];
  const male = [42318, 21876, 19654, 12432, 9876, 25431, 10987, 17654];
  const female = [41207, 20543, 18765, 11876, 9321, 24108, 10342, 16987];
  const prev = [82976, 42781, 38812, 24587, 19402, 49783, 21563, 34721];
  const tot = male.map((m, i) => m + female[i]);
  const rows = [['全县', sum(tot), sum(male), sum(female), sum(prev), gr(sum(tot), sum(prev))]];
  towns.forEach((t, i) => rows.push([t, tot[i], male[i], female[i], prev[i], gr(tot[i], prev[i])]));
  specs['population_by_town'] = { sheets: [{ name: '人口', title: '2023年末各乡镇户籍人口', unit: '单位：人',
    headers: [['乡镇', '2023年末', '', '', '2022年末', '比上年增长(%)'], ['', '合计', '男', '女', '合计', '']], rows,
    fmt: [null, '0', '0', '0', '0', '0.00'] }] };
  // note: growth rounded to 1 decimal but shown with 2-decimal format? keep values 1-decimal
  specs['population_by_town'].sheets[0].fmt[5] = '0.0';
  planted.push(['population_by_town', 'p_pop_male', s => { s.sheets[0].rows[3][2] = 20654; return addr(s.sheets[0], 3, 2); }]);
}

// ---------- 9. 主要农产品产量 (nominal growth)
{
  const items = [['粮食', 'xx'], ['  谷物', 'x'], ['    稻谷', 0], ['    小麦', 0], ['    玉米', 0], ['  豆类', 0], ['  薯类', 0], ['油料', 0], ['蔬菜', 0], ['水果', 0]];
  const v22 = { 稻谷: 186532, 小麦: 98765, 玉米: 143210, 豆类: 12876, 薯类: 23451, 油料: 31287, 蔬菜: 412365, 水果: 98734 };
  const v23 = { 稻谷: 189874, 小麦: 97632, 玉米: 149876, 豆类: 13542, 薯类: 22987, 油料: 32154, 蔬菜: 428761, 水果: 104328 };
  const g22 = v22.稻谷 + v22.小麦 + v22.玉米, g23 = v23.稻谷 + v23.小麦 + v23.玉米;
  const f22 = g22 + v22.豆类 + v22.薯类, f23 = g23 + v23.豆类 + v23.薯类;
  const rows = [['粮食', f23, f22, gr(f23, f22)], ['  谷物', g23, g22, gr(g23, g22)]];
  for (const k of ['稻谷', '小麦', '玉米']) rows.push(['    ' + k, v23[k], v22[k], gr(v23[k], v22[k])]);
  for (const k of ['豆类', '薯类', '油料', '蔬菜', '水果']) rows.push([(k === '豆类' || k === '薯类' ? '  ' : '') + k, v23[k], v22[k], gr(v23[k], v22[k])]);
  specs['crop_output'] = { sheets: [{ name: '农产品产量', title: '主要农产品产量', unit: '单位：吨',
    headers: [['品种', '2023年', '2022年', '2023年比2022年增长(%)']], rows, fmt: [null, '0', '0', '0.0'] }] };
  planted.push(['crop_output', 'p_crop_growth', s => { s.sheets[0].rows[4][3] = 2.7; return addr(s.sheets[0], 4, 3); }]);
}

// ---------- 10. 规上工业总产值 by 轻重/所有制 (现价, 可比价增长)
{
  const cur = { 轻工业: 312.46, 重工业: 587.91, 国有控股企业: 198.34, 股份制企业: 486.27, 外商及港澳台商投资企业: 87.65, 其他: 128.11 };
  const real = { 轻工业: 5.4, 重工业: 7.3, 国有控股企业: 4.1, 股份制企业: 7.8, 外商及港澳台商投资企业: 3.2, 其他: 6.9 };
  const prevN = { 轻工业: 301.22, 重工业: 552.10, 国有控股企业: 193.5, 股份制企业: 449.8, 外商及港澳台商投资企业: 86.3, 其他: 123.7 };
  const T = r(cur.轻工业 + cur.重工业, 2);
  const tr = r(wavg([real.轻工业, real.重工业], [prevN.轻工业, prevN.重工业]), 1);
  const rows = [['规模以上工业总产值', T, tr], ['按轻重工业分', null, null], ['  轻工业', cur.轻工业, real.轻工业], ['  重工业', cur.重工业, real.重工业], ['按经济类型分', null, null]];
  for (const k of ['国有控股企业', '股份制企业', '外商及港澳台商投资企业', '其他']) rows.push(['  ' + k, cur[k], real[k]]);
  specs['industry_output_by_type'] = { sheets: [{ name: '工业总产值', title: '2023年规模以上工业总产值', unit: '单位：亿元',
    headers: [['指标', '总产值(当年价)', '比上年增长(%)']], rows, fmt: [null, '0.00', '0.0'],
    notes: ['注：总产值按当年价格计算，增长速度按可比价格计算。'] }] };
  // fix: economic-type parts should add to total for consistency? the note says overlapping. Make them add anyway minus overlap? keep consistent: adjust 其他
  const s0 = specs['industry_output_by_type'].sheets[0];
  planted.push(['industry_output_by_type', 'p_ind_type_light', s => { s.sheets[0].rows[2][1] = 412.46; return addr(s.sheets[0], 2, 1); }]);
}

// ---------- 11. 居民人均可支配收入 (名义增长 nominal computed, 实际增长 real)
{
  const rows = [];
  const d = [['全体居民', 31245, 29587, 4.3], ['  城镇居民', 42876, 41032, 3.6], ['  农村居民', 19874, 18521, 6.5]];
  d.forEach(x => rows.push([x[0], x[1], x[2], gr(x[1], x[2]), x[3]]));
  specs['income_per_capita'] = { sheets: [{ name: '收入', title: '居民人均可支配收入', unit: '单位：元',
    headers: [['指标', '2023年', '2022年', '名义增长(%)', '实际增长(%)']], rows, fmt: [null, '0', '0', '0.0', '0.0'],
    notes: ['注：实际增长扣除价格因素。'] }] };
  planted.push(['income_per_capita', 'p_income_nominal', s => { s.sheets[0].rows[2][3] = 8.3; return addr(s.sheets[0], 2, 3); }]);
}

// ---------- 12. CPI month detail with 上年同月, 上月, 1-12月累计 (上年同期=100)
{
  const cats = ['食品', '  粮食', '  食用油', '  畜肉类', '  水产品', '  蛋类', '  鲜菜', '  鲜果', '烟酒', '服装', '水电燃料', '交通工具燃料', '通信工具', '中药', '西药'];
  const a = [98.7, 100.6, 97.9, 88.2, 101.3, 98.4, 102.7, 104.1, 100.9, 101.2, 100.3, 94.6, 97.1, 102.8, 100.2];
  const b = [99.8, 100.0, 99.6, 98.9, 100.4, 100.8, 101.9, 100.7, 100.1, 100.3, 100.0, 98.7, 99.5, 100.2, 100.0];
  const c = [99.9, 100.9, 98.6, 85.3, 101.7, 99.1, 98.2, 103.6, 101.1, 101.0, 100.4, 97.2, 96.8, 103.4, 100.5];
  const rows = [['居民消费价格总指数', 100.2, 99.9, 100.3]];
  cats.forEach((k, i) => rows.push(['  ' + k, a[i], b[i], c[i]]));
  specs['cpi_month_detail'] = { sheets: [{ name: '价格指数', title: '2023年12月居民消费价格主要类别指数', unit: null,
    headers: [['项目', '上年同月=100', '上月=100', '1-12月(上年同期=100)']], rows, fmt: [null, '0.0', '0.0', '0.0'] }] };
}

// ---------- 13. 农业产值 detail with 其中
{
  const parts = { 谷物及其他作物: 142365, 蔬菜园艺作物: 118762, 水果坚果茶饮料和香料作物: 87654, 中药材: 21876, 其他农业: 15885 };
  const sub = { 稻谷: 68754, 小麦: 21543, 玉米: 38765 }; // 其中 of 谷物
  const T = sum(Object.values(parts));
  const prev = { 谷物及其他作物: 139876, 蔬菜园艺作物: 112340, 水果坚果茶饮料和香料作物: 84521, 中药材: 19876, 其他农业: 14592 };
  const real = { 谷物及其他作物: 2.1, 蔬菜园艺作物: 5.3, 水果坚果茶饮料和香料作物: 4.6, 中药材: 9.8, 其他农业: 3.4 };
  const TP = sum(Object.values(prev));
  const tr = r(wavg(Object.values(real), Object.values(prev)), 1);
  const rows = [['农业产值', T, TP, tr]];
  for (const k of Object.keys(parts)) {
    rows.push(['  ' + k, parts[k], prev[k], real[k]]);
    if (k === '谷物及其他作物') { rows.push(['    其中：稻谷', sub.稻谷, 67321, 1.6], ['          小麦', sub.小麦, 22108, -1.2], ['          玉米', sub.玉米, 37209, 3.1]); }
  }
  specs['agri_crop_value'] = { sheets: [{ name: '农业产值', title: '农业产值构成', unit: '单位：万元',
    headers: [['项目', '2023年', '2022年', '2023年比上年增长(%)']], rows, fmt: [null, '0', '0', '0.0'],
    notes: ['注：产值按当年价格计算，增长速度按可比价格计算。'] }] };
  planted.push(['agri_crop_value', 'p_crop_value_sub', s => { s.sheets[0].rows[2][1] = 152754; return addr(s.sheets[0], 2, 1); }]);
}

// ---------- 14. 三次产业构成 by year (shares sum 100)
{
  const yrs = [2018, 2019, 2020, 2021, 2022, 2023];
  const p = [[149.22, 487.15, 389.16], [158.64, 512.73, 426.35], [170.35, 508.96, 438.71], [176.92, 566.41, 481.26], [181.27, 592.08, 503.84], [186.43, 611.49, 543.24]];
  const rows = p.map((x, k) => { const T = sum(x); const s = shares(x, T); return [String(yrs[k]), 100.0, ...s]; });
  specs['structure_by_year'] = { sheets: [{ name: '构成', title: '三次产业构成', unit: '单位：%',
    headers: [['年份', '地区生产总值', '第一产业', '第二产业', '第三产业']], rows, fmt: [null, '0.0', '0.0', '0.0', '0.0'],
    notes: ['注：按当年价格计算。'] }] };
  planted.push(['structure_by_year', 'p_structure', s => { s.sheets[0].rows[3][3] = 49.6; return addr(s.sheets[0], 3, 3); }]);
}

// ---------- 15. GDP by county (现价, 增长 comparable)
{
  const cs = ['城区', '临江县', '青山县', '平原县', '南湖县', '北岭县'];
  const v = [412.36, 198.76, 176.54, 143.28, 201.97, 108.24];
  const g = [5.8, 5.1, 6.2, 4.3, 6.7, 3.9];
  const T = r(sum(v), 2);
  const tg = r(wavg(g, v.map((x, i) => x / (1 + g[i] / 100))), 1);
  const rows = [['全市', T, tg], ...cs.map((c, i) => [c, v[i], g[i]])];
  specs['gdp_by_county'] = { sheets: [{ name: '分县区', title: '2023年各县(区)地区生产总值', unit: '单位：亿元',
    headers: [['县(区)', '地区生产总值', '比上年增长(%)']], rows, fmt: [null, '0.00', '0.0'],
    notes: ['注：增长速度按可比价格计算。'] }] };
}

// ---------- 16. 社会消费品零售总额 monthly (nominal growth of cumulative? use comparable caliber note -> treat as given)
{
  const m = [null, 86.54, 41.32, 42.87, 44.65, 45.98, 43.21, 44.76, 47.32, 49.87, 48.65, 53.21];
  const mp = [null, 81.26, 38.74, 40.12, 41.23, 43.05, 40.98, 42.31, 44.56, 46.98, 45.87, 50.12];
  const labels = ['', '1-2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
  const rows = []; let c = 0, cp = 0;
  for (let k = 1; k <= 11; k++) { c = r(c + m[k], 2); cp = r(cp + mp[k], 2); rows.push([labels[k], m[k], c, gr(m[k], mp[k]), gr(c, cp)]); }
  specs['retail_monthly'] = { sheets: [{ name: '社零', title: '2023年社会消费品零售总额', unit: '单位：亿元',
    headers: [['月份', '本月', '1-本月累计', '本月比上年同月增长(%)', '累计比上年同期增长(%)']], rows,
    fmt: [null, '0.00', '0.00', '0.0', '0.0'] }] };
  planted.push(['retail_monthly', 'p_retail_month', s => { s.sheets[0].rows[7][1] = 57.32; return addr(s.sheets[0], 7, 1); }]);
}

// ---------- 17. 肉类产量 (nominal)
{
  const k = ['猪肉', '牛肉', '羊肉', '禽肉', '其他肉类'];
  const a = [28765, 3421, 2187, 9876, 432], b = [27654, 3298, 2243, 9321, 418];
  const rows = [['肉类总产量', sum(a), sum(b), gr(sum(a), sum(b))], ...k.map((x, i) => ['  ' + x, a[i], b[i], gr(a[i], b[i])]),
    ['禽蛋产量', 12876, 12543, gr(12876, 12543)], ['牛奶产量', 8765, 8321, gr(8765, 8321)], ['水产品产量', 23451, 22876, gr(23451, 22876)]];
  specs['meat_output'] = { sheets: [{ name: '畜产品', title: '主要畜产品和水产品产量', unit: '单位：吨',
    headers: [['指标', '2023年', '2022年', '比上年增长(%)']], rows, fmt: [null, '0', '0', '0.0'] }] };
  planted.push(['meat_output', 'p_meat_total', s => { s.sheets[0].rows[0][1] = 45681; return addr(s.sheets[0], 0, 1); }]);
}

// ---------- 18. 农林牧渔业增加值 two years + 指数 + 构成 (two sheets)
{
  const k = ['农业', '林业', '牧业', '渔业', '农林牧渔服务业'];
  const va = [98.76, 8.43, 52.31, 14.27, 12.66];
  const va22 = [95.21, 8.12, 55.87, 13.64, 11.98];
  const idx = [104.3, 102.6, 103.1, 104.9, 106.5];
  const T = r(sum(va), 2), T22 = r(sum(va22), 2);
  const Ti = r(100 + wavg(idx.map(x => x - 100), va22), 1);
  const sh = shares(va, T), sh22 = shares(va22, T22);
  const rows = [['农林牧渔业增加值', T, T22, Ti, 100.0, 100.0], ...k.map((x, i) => ['  ' + x, va[i], va22[i], idx[i], sh[i], sh22[i]])];
  specs['agri_va_two_years'] = { sheets: [{ name: '增加值', title: '农林牧渔业增加值', unit: '单位：亿元',
    headers: [['指标', '2023年', '2022年', '2023年指数(上年=100)', '2023年构成(%)', '2022年构成(%)']], rows,
    fmt: [null, '0.00', '0.00', '0.0', '0.0', '0.0'], notes: ['注：增加值按当年价格计算，指数按可比价格计算。'] },
  { name: '说明', title: '指标解释', unit: null, headers: [['农林牧渔业增加值指农林牧渔业生产活动的最终成果。']], rows: [] }] };
  planted.push(['agri_va_two_years', 'p_va_index', s => { s.sheets[0].rows[0][3] = 112.8; return addr(s.sheets[0], 0, 3); }]);
}

// ---------- 19. chained price index (上年=100 and 2015=100)
{
  const yrs = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
  const chain = [101.4, 102.0, 101.6, 102.1, 102.9, 102.5, 100.9, 102.0, 100.2];
  const rows = []; let fb = 100;
  yrs.forEach((y, i) => { if (i > 0) fb = fb * chain[i] / 100; rows.push([String(y), chain[i], r(fb, 1)]); });
  specs['cpi_chain_series'] = { sheets: [{ name: '历年指数', title: '居民消费价格指数(2015-2023年)', unit: null,
    headers: [['年份', '上年=100', '2015年=100']], rows, fmt: [null, '0.0', '0.0'] }] };
}

// ---------- 20. 固定资产投资 by 产业 (nominal growth of shown figures? use pct only with note)
{
  const k = ['第一产业', '第二产业', '  其中：工业', '第三产业', '  其中：房地产开发'];
  const rows = [['固定资产投资', 12.6], ['第一产业', 18.3], ['第二产业', 15.2], ['  其中：工业', 16.8], ['第三产业', 9.4], ['  其中：房地产开发', -7.9],
    ['民间投资', 3.2], ['基础设施投资', 11.7]];
  specs['fai_growth'] = { sheets: [{ name: '投资', title: '2023年固定资产投资增长情况', unit: '单位：%',
    headers: [['指标', '比上年增长']], rows, fmt: [null, '0.0'], notes: ['注：项目计划总投资500万元及以上。'] }] };
}

// ---------- 21. 规上工业主要指标 by 行业 (营业收入/利润 nominal; 增加值 real)
{
  const k = ['农副食品加工业', '纺织业', '非金属矿物制品业', '通用设备制造业', '电气机械和器材制造业', '电力、热力生产和供应业'];
  const n = [52, 35, 61, 34, 28, 9];
  const rev = [86.54, 42.31, 98.76, 54.32, 76.21, 61.87], rev22 = [81.23, 44.87, 103.21, 49.65, 68.43, 58.74];
  const prof = [5.43, 1.87, 6.54, 3.98, 5.21, 4.32], prof22 = [4.98, 2.21, 7.65, 3.54, 4.43, 3.87];
  const vag = [6.3, -2.4, 3.1, 9.8, 12.4, 5.6];
  const rows = [['合计', sum(n), r(sum(rev), 2), gr(r(sum(rev), 2), r(sum(rev22), 2)), r(sum(prof), 2), gr(r(sum(prof), 2), r(sum(prof22), 2)), 5.9],
    ...k.map((x, i) => [x, n[i], rev[i], gr(rev[i], rev22[i]), prof[i], gr(prof[i], prof22[i]), vag[i]])];
  specs['industry_by_sector'] = { sheets: [{ name: '分行业', title: '2023年规模以上工业分行业主要经济指标', unit: '金额单位：亿元',
    headers: [['行业', '企业单位数(个)', '营业收入', '营业收入比上年增长(%)', '利润总额', '利润总额比上年增长(%)', '增加值比上年增长(%)']], rows,
    fmt: [null, '0', '0.00', '0.0', '0.00', '0.0', '0.0'], notes: ['注：增加值增长速度按可比价格计算。'] }] };
  planted.push(['industry_by_sector', 'p_ind_revenue', s => { s.sheets[0].rows[3][2] = 89.76; return addr(s.sheets[0], 3, 2); }]);
}

// ---------- 22. 林业/渔业产值 with 其中 and index only
{
  const fi = r(100 + wavg([5.2, -2.4, 8.3], [41236 / 1.052, 3421 / 0.976, 3905 / 1.083]), 1);
  const rows = [['渔业产值', 48562, fi], ['  海水养殖', 0, null], ['  淡水养殖', 41236, 105.2], ['  淡水捕捞', 3421, 97.6], ['  水产苗种', 3905, 108.3]];
  rows[1] = ['  海水养殖', 0, null];
  rows.splice(1, 1);
  specs['fishery_output'] = { sheets: [{ name: '渔业', title: '2023年渔业产值', unit: '单位：万元',
    headers: [['指标', '产值(当年价)', '指数(上年=100，可比价)']], rows, fmt: [null, '0', '0.0'] }] };
  planted.push(['fishery_output', 'p_fish_total', s => { s.sheets[0].rows[0][1] = 49562; return addr(s.sheets[0], 0, 1); }]);
}


// ---------- 23-26. variants: comparable-price growth declared in header / unit row / 不变价 wording / bare 指数
{
  const base = specs['agri_output_by_sector'].sheets[0];
  const a = JSON.parse(JSON.stringify(base));
  a.headers = [['指标', '2023年', '2022年', '指数(上年=100)', '比上年增长(%，可比价)', '构成(%)']]; a.notes = [];
  specs['agri_sector_header_note'] = { sheets: [a] };
  const b = JSON.parse(JSON.stringify(base));
  b.unit = '单位：万元；增长速度按可比价格计算'; b.notes = [];
  specs['agri_sector_unit_note'] = { sheets: [b] };
  const c = JSON.parse(JSON.stringify(base));
  c.notes = ['注：1.总产值按当年价格计算。', '2.指数和增长速度按不变价格计算。'];
  specs['agri_sector_invariant_note'] = { sheets: [c] };
  // bare index, no note: GDP two years current price + 指数(上年=100)
  const k = ['地区生产总值', '第一产业', '第二产业', '第三产业'];
  const v23 = [1341.16, 186.43, 611.49, 543.24], v22 = [1277.19, 181.27, 592.08, 503.84];
  const ix = [105.5, 103.9, 106.0, 105.3];
  const rows = k.map((n, i) => [n, v23[i], v22[i], ix[i]]);
  specs['gdp_two_years_index'] = { sheets: [{ name: 'Sheet1', title: '地区生产总值', unit: '单位：亿元',
    headers: [['指标', '2023年', '2022年', '2023年为2022年的%(指数)']], rows, fmt: [null, '0.00', '0.00', '0.0'] }] };
  // 比上年增减(%) with real growth in a county GDP table: columns 2023, 2022, 增长 under title that states 可比价
  const rows2 = k.map((n, i) => [n, v23[i], v22[i], r(ix[i] - 100, 1)]);
  specs['gdp_two_years_title_note'] = { sheets: [{ name: 'Sheet1', title: '地区生产总值（增长速度按可比价格计算）', unit: '单位：亿元',
    headers: [['指标', '2023年', '2022年', '比上年增长(%)']], rows: rows2, fmt: [null, '0.00', '0.00', '0.0'] }] };
}

(async () => {
  const manifest = {};
  for (const [k, s] of Object.entries(specs)) { await write(s, k + '.xlsx'); manifest[k + '.xlsx'] = { planted: null }; }
  for (const [src, name, fn] of planted) {
    const s = JSON.parse(JSON.stringify(specs[src]));
    const a = fn(s);
    await write(s, name + '.xlsx');
    manifest[name + '.xlsx'] = { planted: a, from: src + '.xlsx' };
  }
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(Object.keys(specs).length, 'clean', planted.length, 'planted');
})();
