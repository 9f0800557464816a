const { ExcelJS, U, I, r, sum, addSheet, setSeed } = require('./lib');
const fs = require('fs');
const D = ['城区', '经开区', '东山县', '西河县', '南岭县', '北川县', '青龙县', '白水县'];
const T = ['城关镇', '河口镇', '青山乡', '柳林镇', '石桥镇', '白马乡', '新街镇', '龙泉镇', '高桥乡', '双河镇', '永安镇', '红星乡'];
const Y = 2023;
const tables = [];
function add(file, fn) { tables.push({ file, fn }); }
const pct = (a, b, d = 1) => r(a / b * 100, d);

// 1 户籍与常住人口, 城镇化率; total top
add('01_户籍常住人口.xlsx', () => {
  const rows = D.map(n => { const cz = U(18, 95); const hj = cz * U(0.9, 1.25); const ur = cz * U(0.38, 0.92); return [n, hj, cz, ur]; });
  const t = ['全市', sum(rows.map(x => x[1])), sum(rows.map(x => x[2])), sum(rows.map(x => x[3]))];
  const all = [t, ...rows].map(x => [x[0], r(x[1], 2), r(x[2], 2), r(x[3], 2), pct(x[3], x[2], 2)]);
  return { sheets: [{ name: '人口', title: `${Y}年各县（区）户籍人口与常住人口`, unit: '单位：万人、%', header: [['地  区', '户籍人口', '常住人口', '城镇人口', '城镇化率']], rows: all, notes: ['注：常住人口为年末数，城镇化率=城镇人口/常住人口。'] }], plant: { s: 0, ri: 0, ci: 2, f: 1.07, d: 2 } };
});

// 2 出生率 死亡率 自然增长率, 年平均人口, negative
add('02_出生死亡自然增长.xlsx', () => {
  const rows = D.map(n => { const p = U(150000, 900000); const b = Math.round(p * U(0.0045, 0.0095)); const dd = Math.round(p * U(0.006, 0.0095)); return [n, p, b, dd]; });
  const t = ['全市', sum(rows.map(x => x[1])), sum(rows.map(x => x[2])), sum(rows.map(x => x[3]))];
  const all = [t, ...rows].map(x => { const br = x[2] / x[1] * 1000, dr = x[3] / x[1] * 1000; return [x[0], Math.round(x[1]), x[2], x[3], r(br, 2), r(dr, 2), r(br - dr, 2)]; });
  return { sheets: [{ name: 'Sheet1', title: `${Y}年分县区人口自然变动情况`, header: [['县  区', '年平均人口（人）', '出生人口（人）', '死亡人口（人）', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）']], rows: all }], plant: { s: 0, ri: 3, ci: 4, f: 1.12, d: 2 } };
});

// 3 户籍人口变动; total bottom 合计; 净迁移 negative
add('03_户籍人口变动.xlsx', () => {
  const rows = D.map(n => { const p0 = I(120000, 850000); const b = Math.round(p0 * U(0.005, 0.009)); const dd = Math.round(p0 * U(0.006, 0.009)); const mi = Math.round(p0 * U(0.004, 0.02)); const mo = Math.round(p0 * U(0.006, 0.02)); return [n, p0, b, dd, mi, mo, mi - mo, p0 + b - dd + mi - mo]; });
  const t = ['合计', ...[1, 2, 3, 4, 5, 6, 7].map(j => sum(rows.map(x => x[j])))];
  return { sheets: [{ name: '户籍变动', title: `${Y}年户籍人口变动情况`, unit: '单位：人', header: [['地区', '年初户籍人口', '出生', '死亡', '迁入', '迁出', '净迁移', '年末户籍人口']], rows: [...rows, t], notes: ['注：净迁移=迁入-迁出；负数表示净迁出。'] }], plant: { s: 0, ri: 8, ci: 4, f: 1.09, d: 0 } };
});

// 4 三次产业就业人员 及构成, year series, two-level header
add('04_三次产业就业.xlsx', () => {
  let a = U(120, 135), b = U(95, 110), c = U(140, 150);
  const rows = [];
  for (let y = 2015; y <= Y; y++) { a *= U(0.95, 0.99); b *= U(0.98, 1.02); c *= U(1.01, 1.04); const tt = a + b + c; rows.push([String(y), r(tt, 2), r(a, 2), r(b, 2), r(c, 2), pct(a, tt), pct(b, tt), pct(c, tt)]); }
  return { sheets: [{ name: '就业', title: '历年就业人员及构成', header: [['年份', '就业人员（万人）', null, null, null, '构成（%）', null, null], ['^', '合计', '第一产业', '第二产业', '第三产业', '第一产业', '第二产业', '第三产业']], rows, notes: ['注：构成按未修约数计算，分项之和可能不等于100。'] }], plant: { s: 0, ri: 5, ci: 1, f: 1.06, d: 2 } };
});

// 5 平均工资 by industry 本年/上年/增长
const IND = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '教育', '卫生和社会工作', '文化、体育和娱乐业', '公共管理、社会保障和社会组织'];
add('05_分行业平均工资.xlsx', () => {
  const emp = IND.map(() => U(800, 42000));
  const w0 = IND.map(() => U(48000, 160000));
  const w1 = w0.map(w => w * U(0.97, 1.11));
  const E0 = emp.map(e => e * U(0.95, 1.05));
  const t0 = sum(w0.map((w, i) => w * E0[i])) / sum(E0), t1 = sum(w1.map((w, i) => w * emp[i])) / sum(emp);
  const mk = (n, a, b) => [n, Math.round(a), Math.round(b), r((a / b - 1) * 100, 1)];
  return { sheets: [{ name: '平均工资', title: `${Y}年城镇非私营单位就业人员分行业平均工资`, unit: '单位：元、%', header: [['行    业', `${Y}年`, `${Y - 1}年`, '比上年增长']], rows: [mk('合计', t1, t0), ...IND.map((n, i) => mk(n, w1[i], w0[i]))] }], plant: { s: 0, ri: 9, ci: 3, f: 1.15, d: 1 } };
});

// 6 按登记注册类型 就业人员, 工资总额, 平均工资; 其中 rows
add('06_登记注册类型工资.xlsx', () => {
  const mk = (n, e, w) => [n, e, w * e];
  const g = mk('国有单位', I(60000, 80000), U(95000, 110000)), c = mk('城镇集体单位', I(2000, 4000), U(60000, 75000));
  const subs = [['  有限责任公司', I(40000, 60000), U(70000, 90000)], ['  股份有限公司', I(10000, 20000), U(80000, 110000)], ['  港澳台商投资单位', I(3000, 6000), U(70000, 95000)], ['  外商投资单位', I(2000, 5000), U(90000, 120000)], ['  其他', I(1500, 3000), U(50000, 70000)]].map(x => mk(...x));
  const o = ['其他单位', sum(subs.map(x => x[1])), sum(subs.map(x => x[2]))];
  const tot = ['总计', g[1] + c[1] + o[1], g[2] + c[2] + o[2]];
  const all = [tot, g, c, o, ['  其中：', null, null], ...subs];
  const rows = all.map(x => x[1] === null ? [x[0]] : [x[0], Math.round(x[1]), r(x[2] / 1e4, 1), Math.round(x[2] / x[1])]);
  return { sheets: [{ name: '按注册类型', title: '城镇非私营单位就业人员和工资（按登记注册类型分）', header: [['项  目', '年末就业人员（人）', '工资总额（万元）', '平均工资（元）']], rows }], plant: { s: 0, ri: 3, ci: 1, f: 0.9, d: 0 } };
});

// 7 城镇登记失业 year series
add('07_城镇登记失业.xlsx', () => {
  const rows = [];
  for (let y = 2016; y <= Y; y++) { const lf = U(95, 105) * 1e4; const u = lf * U(0.026, 0.036); rows.push([`${y}年`, Math.round(u), r(u / lf * 100, 2), Math.round(U(6000, 11000)), Math.round(U(2000, 4000))]); }
  return { sheets: [{ name: 'Sheet1', title: '城镇登记失业与就业情况', header: [['年  份', '城镇登记失业人数（人）', '城镇登记失业率（%）', '城镇新增就业（人）', '失业人员再就业（人）']], rows, notes: ['注：城镇登记失业率=城镇登记失业人数/(城镇从业人员+城镇登记失业人数)。'] }], plant: null };
});

// 8 非公企业党组织建设 by 乡镇
function partyTown(title, plant, totalTop, withSeq) {
  return () => {
    const rows = T.map(n => { const e = I(15, 180); const b = Math.min(e, Math.round(e * U(0.55, 0.95))); const s1 = Math.round(b * U(0.2, 0.6)); const pm = I(40, 600); const f = Math.round(pm * U(0.2, 0.42)); const y = Math.round(pm * U(0.2, 0.5)); return [n, e, b, s1, b - s1, pm, f, y]; });
    const t = ['全县', ...[1, 2, 3, 4, 5, 6, 7].map(j => sum(rows.map(x => x[j])))];
    const fmt = x => [x[0], x[1], x[2], x[3], x[4], pct(x[2], x[1], 1), x[5], x[6], x[7]];
    let all = totalTop ? [t, ...rows].map(fmt) : [...rows, t].map(fmt);
    let header = [['乡镇', '非公有制企业数（个）', '已建立党组织企业数', '', '', '党组织覆盖率（%）', '党员数（名）', '', ''], ['^', '^', '小计', '单独建立', '联合建立', '^', '合计', '其中：女党员', '35岁及以下']];
    header = [['乡镇', '非公有制企业数（个）', '已建立党组织企业数（个）', null, null, '党组织覆盖率（%）', '党员数（名）', null, null], ['^', '^', '小计', '单独建立', '联合建立', '^', '合计', '其中：女党员', '35岁及以下']];
    if (withSeq) { header = header.map((h, i) => [i === 0 ? '序号' : '^', ...h]); all = all.map((x, i) => [totalTop ? (i === 0 ? '' : i) : (i === all.length - 1 ? '' : i + 1), ...x]); }
    return { sheets: [{ name: '非公党建', title, unit: '统计时间：' + Y + '年12月31日', unitAlign: 'left', header, rows: all, notes: ['注：覆盖率=已建立党组织企业数/非公有制企业数×100%。', '填报单位：县委组织部'] }], plant };
  };
}
add('08_非公企业党建_乡镇.xlsx', partyTown('全县非公有制企业党组织建设情况统计表', { s: 0, ri: 0, ci: 2, f: 1.1, d: 0 }, true, false));
add('09_非公企业党建_序号.xlsx', partyTown('非公有制企业党组织覆盖情况', { s: 0, ri: 12, ci: 6, f: 1.08, d: 1 }, false, true));

// 10 社会组织党组织覆盖 by type, two-level 本年/上年
add('10_社会组织党建.xlsx', () => {
  const ty = ['社会团体', '  其中：行业协会商会', '民办非企业单位', '基金会'];
  const cur = [], prev = [];
  const base = [[I(300, 420), U(0.5, 0.7)], [I(60, 110), U(0.6, 0.9)], [I(380, 520), U(0.55, 0.8)], [I(6, 14), U(0.3, 0.7)]];
  base.forEach(([n, c]) => { cur.push([n, Math.round(n * c)]); const n0 = Math.round(n * U(0.9, 0.99)); prev.push([n0, Math.round(n0 * c * U(0.85, 0.97))]); });
  const sumIdx = [0, 2, 3];
  const tc = [sum(sumIdx.map(i => cur[i][0])), sum(sumIdx.map(i => cur[i][1]))], tp = [sum(sumIdx.map(i => prev[i][0])), sum(sumIdx.map(i => prev[i][1]))];
  const mk = (n, c, p) => [n, c[0], c[1], pct(c[1], c[0]), p[0], p[1], pct(p[1], p[0]), r(pct(c[1], c[0], 6) - pct(p[1], p[0], 6), 1)];
  const rows = [mk('合计', tc, tp), ...ty.map((n, i) => mk(n, cur[i], prev[i]))];
  return { sheets: [{ name: '社会组织', title: '社会组织党组织覆盖情况', header: [['类  别', `${Y}年`, null, null, `${Y - 1}年`, null, null, '覆盖率增减（百分点）'], ['^', '社会组织数（个）', '已建党组织（个）', '覆盖率（%）', '社会组织数（个）', '已建党组织（个）', '覆盖率（%）', '^']], rows }], plant: { s: 0, ri: 0, ci: 3, f: 0.88, d: 1 } };
});

// 11 人口年龄构成, vertical indicators
add('11_年龄构成.xlsx', () => {
  const tot = U(2800000, 3400000); const a = tot * U(0.14, 0.19), c = tot * U(0.13, 0.17), b = tot - a - c; const c80 = c * U(0.15, 0.24);
  const rows = [['总人口', Math.round(tot), 100.0], ['0-14岁', Math.round(a), pct(a, tot, 2)], ['15-64岁', Math.round(b), pct(b, tot, 2)], ['65岁及以上', Math.round(c), pct(c, tot, 2)], ['  其中：80岁及以上', Math.round(c80), pct(c80, tot, 2)]];
  const rows2 = [['总抚养比', r((a + c) / b * 100, 2)], ['少儿抚养比', r(a / b * 100, 2)], ['老年抚养比', r(c / b * 100, 2)]];
  return { sheets: [{ name: '年龄构成', title: '常住人口年龄构成', header: [['年龄组', '人口数（人）', '比重（%）']], rows, notes: ['资料来源：人口抽样调查推算。'] }, { name: '抚养比', title: '人口抚养比', unit: '单位：%', header: [['指标', '数值']], rows: rows2, notes: ['注：抚养比=非劳动年龄人口/劳动年龄人口×100。'] }], plant: { s: 0, ri: 3, ci: 2, f: 1.09, d: 2 } };
});

// 12 性别 by district, 性别比
add('12_分性别人口.xlsx', () => {
  const rows = D.map(n => { const m = U(80000, 450000), f = m * U(0.94, 1.02); return [n, m + f, m, f]; });
  const t = ['全市', ...[1, 2, 3].map(j => sum(rows.map(x => x[j])))];
  const all = [t, ...rows].map(x => [x[0], Math.round(x[1]), Math.round(x[2]), Math.round(x[3]), r(x[2] / x[3] * 100, 2)]);
  // fix total = male+female after rounding of each
  all.forEach(x => x[1] = x[2] + x[3]);
  all[0][2] = sum(all.slice(1).map(x => x[2])); all[0][3] = sum(all.slice(1).map(x => x[3])); all[0][1] = all[0][2] + all[0][3];
  return { sheets: [{ name: '性别', title: '各县（区）户籍人口性别构成', header: [['地区', '总人口（人）', '男（人）', '女（人）', '性别比（女=100）']], rows: all }], plant: { s: 0, ri: 0, ci: 4, f: 1.06, d: 2 } };
});

// 13 年末户籍人口 year series with 城镇/乡村 and 增长率
add('13_历年户籍人口.xlsx', () => {
  let t = U(300, 340), u = t * U(0.35, 0.4); const rows = []; let prev = null;
  for (let y = 2014; y <= Y; y++) { t *= U(0.994, 1.008); u = Math.min(t * 0.7, u * U(1.01, 1.035)); const tr = r(t, 2), ur = r(u, 2), rr = r(t - u, 2); rows.push([y, r(t, 2), ur, r(t - u, 2), prev === null ? '—' : r((t / prev - 1) * 100, 2), pct(u, t, 2)]); prev = t; }
  return { sheets: [{ name: '历年人口', title: '历年年末户籍人口', unit: '单位：万人', header: [['年份', '年末户籍人口', '城镇人口', '乡村人口', '比上年增长（%）', '城镇人口比重（%）']], rows }], plant: { s: 0, ri: 6, ci: 4, f: 1.2, d: 2 } };
});

// 14 就业 by district 本年/上年/增减
add('14_分县区就业_增减.xlsx', () => {
  const names = ['新增就业', '失业再就业', '困难人员就业'];
  const rows = D.map(n => { const v = []; names.forEach(() => { const c = I(300, 9000), p = Math.round(c * U(0.85, 1.15)); v.push(c, p, c - p); }); return [n, ...v]; });
  const t = ['合计', ...rows[0].slice(1).map((_, j) => sum(rows.map(x => x[j + 1])))];
  const header = [['县区', '城镇新增就业（人）', null, null, '失业人员再就业（人）', null, null, '就业困难人员实现就业（人）', null, null], ['^', '本年', '上年', '增减', '本年', '上年', '增减', '本年', '上年', '增减']];
  return { sheets: [{ name: '就业', title: `${Y}年各县区就业工作情况`, header, rows: [t, ...rows] }], plant: { s: 0, ri: 0, ci: 4, f: 0.93, d: 0 } };
});

// 15 工资总额 by industry 本年 上年 增长% with 万元 and 亿元?
add('15_分行业工资总额.xlsx', () => {
  const a = IND.map(() => U(3000, 380000)); const b = a.map(x => x / U(0.96, 1.14));
  const mk = (n, x, y) => [n, r(x, 0), r(y, 0), r((x / y - 1) * 100, 1)];
  const rows = [mk('合  计', sum(a), sum(b)), ...IND.map((n, i) => mk(n, a[i], b[i]))];
  return { sheets: [{ name: '工资总额', title: '城镇非私营单位分行业就业人员工资总额', unit: '单位：万元', header: [['行  业', '本年', '上年', '增长（%）']], rows }], plant: { s: 0, ri: 0, ci: 1, f: 1.05, d: 0 } };
});

// 16 按登记注册类型 年末人数 其中女性 (columns)
add('16_单位就业人员_女性.xlsx', () => {
  const names = ['国有单位', '城镇集体单位', '股份合作单位', '联营单位', '有限责任公司', '股份有限公司', '私营企业', '港澳台商投资单位', '外商投资单位'];
  const rows = names.map(n => { const e = I(300, 90000), f = Math.round(e * U(0.3, 0.55)); return [n, e, f, pct(f, e, 1)]; });
  const tot = ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))]; tot.push(pct(tot[2], tot[1], 1));
  return { sheets: [{ name: 'Sheet1', title: '城镇单位年末就业人员（按登记注册类型分）', unit: '单位：人', header: [['登记注册类型', '年末就业人员', '其中：女性', '女性占比（%）']], rows: [tot, ...rows] }], plant: { s: 0, ri: 0, ci: 2, f: 1.1, d: 0 } };
});

// 17 户数 人口 户均
add('17_户数与户均人口.xlsx', () => {
  const rows = T.slice(0, 10).map(n => { const h = I(4000, 26000), p = Math.round(h * U(2.4, 3.3)); return [n, h, p]; });
  const t = ['全县', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))];
  const all = [t, ...rows].map(x => [x[0], x[1], x[2], r(x[2] / x[1], 2)]);
  return { sheets: [{ name: '户数', title: '各乡镇户数和户籍人口', header: [['乡（镇）', '户数（户）', '户籍人口（人）', '户均人口（人/户）']], rows: all }], plant: { s: 0, ri: 0, ci: 3, f: 1.12, d: 2 } };
});

// 18 党组织数 by type: 党委 党总支 党支部
add('18_基层党组织数.xlsx', () => {
  const cats = ['机关', '事业单位', '企业', '  其中：非公有制企业', '社会组织', '农村', '城市社区'];
  const rows = cats.map(n => { const a = I(0, 12), b = I(2, 40), c = I(20, 420); return [n, a, b, c]; });
  rows[3] = [cats[3], I(0, Math.min(3, rows[2][1])), I(0, rows[2][2]), I(5, rows[2][3])];
  const idx = [0, 1, 2, 4, 5, 6];
  const all = rows.map(x => [x[0], x[1] + x[2] + x[3], x[1], x[2], x[3]]);
  const t = ['合计', ...[1, 2, 3, 4].map(j => sum(idx.map(i => all[i][j])))];
  return { sheets: [{ name: '党组织', title: '基层党组织基本情况', unit: '单位：个', header: [['类别', '基层党组织数', '党委', '党总支', '党支部']], rows: [t, ...all] }], plant: { s: 0, ri: 0, ci: 4, f: 1.07, d: 0 } };
});

// 19 非公企业 by 规模 with coverage and 组建方式 (two sheets)
add('19_非公企业党建_规模.xlsx', () => {
  const cats = ['规模以上企业', '规模以下企业', '  其中：小微企业', '个体工商户'];
  const v = cats.map(() => { const n = I(40, 2600), b = Math.round(n * U(0.05, 0.9)); return [n, b]; });
  v[2] = [Math.round(v[1][0] * U(0.6, 0.9)), 0]; v[2][1] = Math.round(v[2][0] * U(0.1, 0.4)); if (v[2][1] > v[1][1]) v[1][1] = v[2][1] + 20;
  const idx = [0, 1, 3]; const t = [sum(idx.map(i => v[i][0])), sum(idx.map(i => v[i][1]))];
  const rows = [['总计', ...t, pct(t[1], t[0], 2)], ...cats.map((n, i) => [n, ...v[i], pct(v[i][1], v[i][0], 2)])];
  const sep = v.map(x => Math.round(x[1] * U(0.1, 0.5))); sep[2] = Math.round(sep[1] * v[2][1] / v[1][1]);
  const rows2 = [['总计', t[1], sum(idx.map(i => sep[i])), t[1] - sum(idx.map(i => sep[i]))], ...cats.map((n, i) => [n, v[i][1], sep[i], v[i][1] - sep[i]])];
  return { sheets: [{ name: '覆盖', title: '非公有制经济组织党组织覆盖情况（按规模分）', header: [['类型', '单位数（个）', '已建党组织（个）', '覆盖率（%）']], rows }, { name: '组建方式', title: '党组织组建方式', unit: '单位：个', header: [['类型', '已建党组织单位数', '单独组建', '联合组建']], rows: rows2 }], plant: { s: 1, ri: 0, ci: 2, f: 1.15, d: 0 } };
});

// 20 私营单位平均工资 增长元 和 %
add('20_私营单位平均工资.xlsx', () => {
  const ind = IND.slice(0, 12); const e = ind.map(() => U(500, 30000)); const w1 = ind.map(() => U(38000, 90000)); const w0 = w1.map(x => x / U(0.98, 1.1));
  const t1 = sum(w1.map((w, i) => w * e[i])) / sum(e), t0 = sum(w0.map((w, i) => w * e[i] * U(0.95, 1.05))) / sum(e);
  const mk = (n, a, b) => { const A = Math.round(a), B = Math.round(b); return [n, A, B, A - B, r((a / b - 1) * 100, 1)]; };
  return { sheets: [{ name: '私营', title: '城镇私营单位就业人员平均工资', header: [['行业', `${Y}年（元）`, `${Y - 1}年（元）`, '增减额（元）', '增长率（%）']], rows: [mk('全市', t1, t0), ...ind.map((n, i) => mk(n, w1[i], w0[i]))] }], plant: { s: 0, ri: 4, ci: 3, f: 1.15, d: 0 } };
});

// 21 迁入迁出 by reason, 净迁移 negative
add('21_迁移原因.xlsx', () => {
  const rs = ['务工经商', '工作调动', '学习培训', '随迁家属', '婚姻嫁娶', '拆迁搬家', '其他'];
  const rows = rs.map(n => { const i = I(300, 9000), o = I(300, 9000); return [n, i, o, i - o]; });
  const t = ['总计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2])), sum(rows.map(x => x[3]))];
  return { sheets: [{ name: 'Sheet1', title: '户籍人口迁移情况（按迁移原因分）', unit: '单位：人', header: [['迁移原因', '迁入', '迁出', '净迁入']], rows: [t, ...rows], notes: ['注：“净迁入”为负数表示净迁出。'] }], plant: { s: 0, ri: 0, ci: 3, f: 1.2, d: 0 } };
});

// 22 分行业就业人员 其中 女性 2 sheets
add('22_分行业就业人员.xlsx', () => {
  const e = IND.map(() => I(400, 60000)); const f = e.map(x => Math.round(x * U(0.2, 0.65)));
  const rows = [['合计', sum(e), sum(f), pct(sum(f), sum(e), 1)], ...IND.map((n, i) => [n, e[i], f[i], pct(f[i], e[i], 1)])];
  return { sheets: [{ name: '分行业', title: '城镇非私营单位分行业年末就业人员', header: [['行业', '年末人数（人）', '其中：女性（人）', '女性比重（%）']], rows }], plant: { s: 0, ri: 0, ci: 1, f: 1.05, d: 0 } };
});

// 23 公报式 主要人口指标 (指标/单位/数值/比重)
add('23_公报人口指标.xlsx', () => {
  const tot = U(3000000, 3600000); const urb = tot * U(0.55, 0.66); const m = tot * U(0.505, 0.515);
  const a0 = tot * U(0.15, 0.2), a60 = tot * U(0.18, 0.24), a65 = a60 * U(0.68, 0.78), a1 = tot - a0 - a60;
  const w = v => r(v / 1e4, 2);
  const rows = [['年末常住人口', '万人', w(tot), 100.0], ['  其中：城镇', '万人', w(urb), pct(urb, tot, 2)], ['        乡村', '万人', w(tot - urb), pct(tot - urb, tot, 2)], ['  其中：男性', '万人', w(m), pct(m, tot, 2)], ['        女性', '万人', w(tot - m), pct(tot - m, tot, 2)], ['  其中：0-15岁', '万人', w(a0), pct(a0, tot, 2)], ['        16-59岁', '万人', w(a1), pct(a1, tot, 2)], ['        60岁及以上', '万人', w(a60), pct(a60, tot, 2)], ['          其中：65岁及以上', '万人', w(a65), pct(a65, tot, 2)]];
  return { sheets: [{ name: '表1', title: `表1  ${Y}年末常住人口数及其构成`, header: [['指  标', '单位', '年末数', '比重（%）']], rows }], plant: { s: 0, ri: 0, ci: 2, f: 1.06, d: 2 } };
});

// 24 人口密度
add('24_人口密度.xlsx', () => {
  const rows = D.map(n => { const a = U(300, 2800), p = U(15, 95); return [n, a, p]; });
  const t = ['全市', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))];
  const all = [t, ...rows].map(x => [x[0], r(x[1], 1), r(x[2], 2), Math.round(x[2] * 1e4 / x[1])]);
  return { sheets: [{ name: '密度', title: '各县区土地面积与人口密度', header: [['地区', '土地面积（平方公里）', '常住人口（万人）', '人口密度（人/平方公里）']], rows: all }], plant: { s: 0, ri: 0, ci: 3, f: 0.9, d: 0 } };
});

// 25 党员 by 乡镇 with 其中 columns, 本年发展
add('25_党员队伍_乡镇.xlsx', () => {
  const rows = T.map(n => { const p = I(300, 2600); return [n, p, Math.round(p * U(0.18, 0.35)), Math.round(p * U(0.0, 0.06)), Math.round(p * U(0.12, 0.3)), Math.round(p * U(0.2, 0.5)), I(4, 40)]; });
  const t = ['合计', ...[1, 2, 3, 4, 5, 6].map(j => sum(rows.map(x => x[j])))];
  const header = [['单位', '党员总数', '其中', null, null, null, '本年发展党员'], ['^', '^', '女党员', '少数民族党员', '35岁及以下', '大专及以上学历', '^']];
  return { sheets: [{ name: '党员', title: '各乡镇党员队伍基本情况', unit: '单位：名', header, rows: [...rows, t] }], plant: { s: 0, ri: 12, ci: 1, f: 0.92, d: 0 } };
});

// 26 两新组织 本年/上年 coverage with 增减 (pp)
add('26_两新组织覆盖.xlsx', () => {
  const mk = (n, a, b, a0, b0) => [n, a, b, pct(b, a, 1), a0, b0, pct(b0, a0, 1), r(pct(b, a, 6) - pct(b0, a0, 6), 1)];
  const q = () => { const a = I(200, 1800), b = Math.round(a * U(0.3, 0.85)), a0 = Math.round(a * U(0.88, 1.02)), b0 = Math.round(a0 * (b / a) * U(0.8, 1.02)); return [a, b, a0, b0]; };
  const x = q(), y = q();
  const t = x.map((v, i) => v + y[i]);
  const rows = [mk('“两新”组织合计', ...t), mk('非公有制企业', ...x), mk('社会组织', ...y)];
  return { sheets: [{ name: '两新', title: '“两新”组织党的组织覆盖情况', header: [['类别', '本年', null, null, '上年', null, null, '覆盖率增减'], ['^', '总数（个）', '已建（个）', '覆盖率（%）', '总数（个）', '已建（个）', '覆盖率（%）', '（百分点）']], rows }], plant: { s: 0, ri: 1, ci: 3, f: 1.08, d: 1 } };
});

// 27 失业 by district 本年 上年 增减 增幅%
add('27_分县区失业.xlsx', () => {
  const rows = D.map(n => { const a = I(800, 6000), b = Math.round(a * U(0.85, 1.15)); return [n, a, b, a - b, r((a / b - 1) * 100, 1)]; });
  const A = sum(rows.map(x => x[1])), B = sum(rows.map(x => x[2]));
  return { sheets: [{ name: '失业', title: '各县区城镇登记失业人员', unit: '单位：人、%', header: [['县区', '本年末', '上年末', '增减', '增幅']], rows: [['全市', A, B, A - B, r((A / B - 1) * 100, 1)], ...rows] }], plant: { s: 0, ri: 0, ci: 4, f: 1.2, d: 1 } };
});

// 28 自然变动 year series (negative growth later)
add('28_历年人口自然变动.xlsx', () => {
  const rows = []; let p = U(3200000, 3400000);
  for (let y = 2012; y <= Y; y++) { const br = U(14, 9) - (y - 2012) * U(0.35, 0.55); const dr = U(6.5, 8.0) + (y - 2012) * 0.08; const b = Math.round(p * br / 1000), d = Math.round(p * dr / 1000); rows.push([y, b, d, b - d, r(b / p * 1000, 2), r(d / p * 1000, 2), r((b - d) / p * 1000, 2)]); p += b - d + I(-8000, 4000); }
  return { sheets: [{ name: 'Sheet1', title: '历年人口自然变动情况', header: [['年份', '出生人口（人）', '死亡人口（人）', '自然增长人口（人）', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）']], rows, notes: ['注：比率按年平均人口计算。'] }], plant: { s: 0, ri: 8, ci: 3, f: 1.18, d: 0 } };
});

// 29 农村劳动力转移就业
add('29_农村劳动力转移.xlsx', () => {
  const rows = T.slice(0, 10).map(n => { const l = I(6000, 32000), t = Math.round(l * U(0.4, 0.75)), out = Math.round(t * U(0.4, 0.8)), prov = Math.round(out * U(0.3, 0.7)); return [n, l, t, t - out, out, prov]; });
  const tot = ['全县', ...[1, 2, 3, 4, 5].map(j => sum(rows.map(x => x[j])))];
  const all = [tot, ...rows].map(x => [...x, pct(x[2], x[1], 1)]);
  const header = [['乡镇', '农村劳动力（人）', '转移就业（人）', null, null, null, '转移就业率（%）'], ['^', '^', '合计', '县内', '县外', '其中：省外', '^']];
  return { sheets: [{ name: '转移就业', title: '农村劳动力转移就业情况', header, rows: all }], plant: { s: 0, ri: 0, ci: 4, f: 1.1, d: 0 } };
});

// 30 各县区在岗职工平均工资 位次
add('30_县区平均工资位次.xlsx', () => {
  const v = D.map(n => { const a = U(78000, 125000), b = a / U(0.99, 1.1); return [n, a, b]; });
  const ranked = [...v].sort((x, y) => y[1] - x[1]).map(x => x[0]);
  const e = D.map(() => U(10000, 90000)); const A = sum(v.map((x, i) => x[1] * e[i])) / sum(e), B = sum(v.map((x, i) => x[2] * e[i] * 0.98)) / sum(e) / 0.98;
  const rows = [['全市', Math.round(A), Math.round(B), r((A / B - 1) * 100, 1), '—'], ...v.map(x => [x[0], Math.round(x[1]), Math.round(x[2]), r((x[1] / x[2] - 1) * 100, 1), ranked.indexOf(x[0]) + 1])];
  return { sheets: [{ name: 'Sheet1', title: '各县区城镇非私营单位在岗职工平均工资', header: [['县区', '本年（元）', '上年（元）', '增长（%）', '位次']], rows }], plant: { s: 0, ri: 5, ci: 3, f: 1.2, d: 1 } };
});

// 31 非公企业党建 by 行业
add('31_非公企业党建_行业.xlsx', () => {
  const ind = ['制造业', '建筑业', '批发和零售业', '交通运输业', '住宿和餐饮业', '信息技术服务业', '房地产业', '其他'];
  const rows = ind.map(n => { const e = I(20, 600), b = Math.round(e * U(0.2, 0.9)), pm = I(50, 1500), s = Math.round(b * U(0.3, 0.7)); return [n, e, b, pct(b, e, 1), s, b - s, pm]; });
  const t = ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))]; t.push(pct(t[2], t[1], 1), sum(rows.map(x => x[4])), sum(rows.map(x => x[5])), sum(rows.map(x => x[6])));
  return { sheets: [{ name: '按行业', title: '非公有制企业党组织情况（按行业分）', header: [['行业', '企业数（个）', '建立党组织企业（个）', '覆盖率（%）', '单独建立（个）', '联合建立（个）', '党员（名）']], rows: [t, ...rows] }], plant: null };
});

// 32 受教育程度 (parts don't sum to total)
add('32_受教育程度.xlsx', () => {
  const rows = D.map(n => { const p = I(150000, 900000); return [n, p, Math.round(p * U(0.1, 0.28)), Math.round(p * U(0.12, 0.18)), Math.round(p * U(0.3, 0.38)), Math.round(p * U(0.18, 0.26))]; });
  const t = ['全市', ...[1, 2, 3, 4, 5].map(j => sum(rows.map(x => x[j])))];
  return { sheets: [{ name: '教育', title: '各县区常住人口受教育程度', unit: '单位：人', header: [['地区', '常住人口', '大学（大专及以上）', '高中（含中专）', '初中', '小学']], rows: [t, ...rows], notes: ['注：受教育程度人口不含未上过学及3岁以下人口。'] }], plant: { s: 0, ri: 0, ci: 3, f: 1.07, d: 0 } };
});

// 33 城乡常住人口 本年 上年 增减 (万人, rounding)
add('33_常住人口增减.xlsx', () => {
  const rows = D.map(n => { const a = U(15, 95), b = a * U(0.985, 1.012); return [n, a, b]; });
  const A = sum(rows.map(x => x[1])), B = sum(rows.map(x => x[2]));
  const mk = (n, a, b) => [n, r(a, 2), r(b, 2), r(a - b, 2), r((a / b - 1) * 100, 2)];
  return { sheets: [{ name: '常住人口', title: '各县区年末常住人口变动', unit: '单位：万人', header: [['地区', `${Y}年末`, `${Y - 1}年末`, '增减', '增长（%）']], rows: [mk('全市', A, B), ...rows.map(x => mk(...x))] }], plant: { s: 0, ri: 4, ci: 3, f: 1.15, d: 2 } };
});

// 34 劳动力资源 vertical 其中 structure
add('34_劳动力资源.xlsx', () => {
  const lr = U(210, 240), emp = lr * U(0.8, 0.86), e1 = emp * U(0.25, 0.35), e2 = emp * U(0.25, 0.32), e3 = emp - e1 - e2, ue = U(2.5, 4.2), stu = U(8, 12), oth = lr - emp - ue - stu;
  const w = x => r(x, 2);
  const rows = [['劳动力资源总数', w(lr)], ['  就业人员', w(emp)], ['    第一产业', w(e1)], ['    第二产业', w(e2)], ['    第三产业', w(e3)], ['  城镇登记失业人员', w(ue)], ['  在校学生', w(stu)], ['  其他', w(oth)]];
  return { sheets: [{ name: '劳动力', title: '劳动力资源及利用情况', unit: '单位：万人', header: [['项目', `${Y}年`]], rows }], plant: { s: 0, ri: 1, ci: 1, f: 1.08, d: 2 } };
});

// 35 社区 社会组织 党员 by 街道, with blanks/dashes
add('35_社会组织党员_街道.xlsx', () => {
  const st = ['东街街道', '西街街道', '南关街道', '北关街道', '新城街道', '滨河街道'];
  const rows = st.map((n, i) => { const o = I(10, 90), b = i === 4 ? 0 : Math.round(o * U(0.2, 0.6)), pm = i === 4 ? 0 : I(10, 260); return [n, o, b, pm, i === 4 ? '—' : pct(b, o, 1)]; });
  const t = ['全区', sum(rows.map(x => x[1])), sum(rows.map(x => x[2])), sum(rows.map(x => x[3]))]; t.push(pct(t[2], t[1], 1));
  return { sheets: [{ name: '社会组织', title: '各街道社会组织党建情况', header: [['街道', '社会组织数（个）', '建立党组织数（个）', '党员数（名）', '覆盖率（%）']], rows: [t, ...rows].map(x => x.map(v => v === 0 ? '—' : v)), notes: ['注：“—”表示无此项或数据为零。'] }], plant: { s: 0, ri: 0, ci: 2, f: 1.1, d: 0 } };
});


// 36 出生率 based on 年平均人口 (not shown); 年末人口 shown
add('36_出生率_年末人口.xlsx', () => {
  const rows = D.map(n => { const p0 = U(150000, 900000), p1 = p0 * U(0.985, 1.01); const avg = (p0 + p1) / 2; const b = Math.round(avg * U(0.0045, 0.0095)), d = Math.round(avg * U(0.006, 0.009)); return [n, p1, b, d, avg]; });
  const t = ['全市', ...[1, 2, 3, 4].map(j => sum(rows.map(x => x[j])))];
  const all = [t, ...rows].map(x => [x[0], Math.round(x[1]), x[2], x[3], r(x[2] / x[4] * 1000, 2), r(x[3] / x[4] * 1000, 2), r((x[2] - x[3]) / x[4] * 1000, 2)]);
  return { sheets: [{ name: 'Sheet1', title: `${Y}年各县区人口出生、死亡情况`, header: [['县区', '年末常住人口（人）', '出生人口（人）', '死亡人口（人）', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）']], rows: all, notes: ['注：出生率、死亡率、自然增长率按年平均人口计算。'] }], plant: { s: 0, ri: 0, ci: 4, f: 1.1, d: 2 } };
});

// 37 非公党组织 单独/联合 with 联合覆盖企业数
add('37_非公党组织_联合覆盖.xlsx', () => {
  const rows = T.slice(0, 9).map(n => { const e = I(30, 260); const s = Math.round(e * U(0.1, 0.3)); const j = I(2, 9); const jc = Math.min(e - s, j * I(2, 6) + I(0, 3)); return [n, e, s + jc, r((s + jc) / e * 100, 1), s + j, s, j, jc]; });
  const t = ['全县', ...[1, 2].map(k => sum(rows.map(x => x[k])))]; t.push(r(t[2] / t[1] * 100, 1)); [4, 5, 6, 7].forEach(k => t.push(sum(rows.map(x => x[k]))));
  const header = [['乡镇', '非公有制企业数（个）', '覆盖企业数（个）', '党组织覆盖率（%）', '党组织数（个）', null, null, '联合党组织覆盖企业数（个）'], ['^', '^', '^', '^', '合计', '单独建立', '联合建立', '^']];
  return { sheets: [{ name: '联合覆盖', title: '非公有制企业党组织组建情况', header, rows: [t, ...rows], notes: ['注：覆盖企业数=单独建立党组织企业数+联合党组织覆盖企业数。'] }], plant: { s: 0, ri: 0, ci: 2, f: 1.08, d: 0 } };
});

// 38 户籍变动 with 自然增长/机械增长 and 其他变动 not shown
add('38_户籍变动_口径调整.xlsx', () => {
  const rows = D.map(n => { const p0 = I(120000, 850000); const b = Math.round(p0 * U(0.005, 0.009)), d = Math.round(p0 * U(0.006, 0.009)), mi = Math.round(p0 * U(0.004, 0.02)), mo = Math.round(p0 * U(0.006, 0.02)); const oth = I(-900, 200); return [n, p0, b - d, mi - mo, p0 + b - d + mi - mo + oth]; });
  const t = ['全市', ...[1, 2, 3, 4].map(k => sum(rows.map(x => x[k])))];
  return { sheets: [{ name: '变动', title: '户籍人口增减变动', unit: '单位：人', header: [['地区', '年初户籍人口', '自然增长', '机械增长', '年末户籍人口']], rows: [t, ...rows], notes: ['注：年末户籍人口含户口整顿等其他变动，故不等于年初人口加自然增长和机械增长。'] }], plant: { s: 0, ri: 0, ci: 4, f: 1.06, d: 0 } };
});

// 39 平均工资 名义/实际增长 + 指数
add('39_平均工资_实际增长.xlsx', () => {
  const cpi = 1.021;
  const rows = [];
  for (let y = 2016; y <= Y; y++) rows.push(y);
  let w = U(52000, 60000); const out = rows.map((y, i) => { const g = U(1.04, 1.1); const prev = w; w *= g; return [`${y}年`, Math.round(w), r((g - 1) * 100, 1), r(g * 100, 1), r((g / (cpi + (i % 3) * 0.004) - 1) * 100, 1)]; });
  return { sheets: [{ name: '工资', title: '历年城镇非私营单位就业人员平均工资', header: [['年份', '平均工资（元）', '比上年增长（%）', '指数（上年=100）', '扣除价格因素实际增长（%）']], rows: out }], plant: { s: 0, ri: 4, ci: 2, f: 1.2, d: 1 } };
});

// 40 党员 vertical 其中 overlapping
add('40_党员构成_纵向.xlsx', () => {
  const p = I(18000, 26000); const f = Math.round(p * U(0.25, 0.33)), mz = Math.round(p * U(0.02, 0.06)), y35 = Math.round(p * U(0.22, 0.3)), col = Math.round(p * U(0.45, 0.55)), old = Math.round(p * U(0.25, 0.35));
  const rows = [['党员总数', p, 100.0], ['  其中：女党员', f, pct(f, p, 1)], ['        少数民族党员', mz, pct(mz, p, 1)], ['        35岁及以下', y35, pct(y35, p, 1)], ['        61岁及以上', old, pct(old, p, 1)], ['        大专及以上学历', col, pct(col, p, 1)]];
  return { sheets: [{ name: '党员', title: '全县党员队伍构成', header: [['项目', '人数（名）', '占党员总数比例（%）']], rows }], plant: { s: 0, ri: 1, ci: 2, f: 1.15, d: 1 } };
});

// 41 户籍人口 with 常住人口城镇化率 (denominator 常住 not shown)
add('41_户籍人口_常住城镇化率.xlsx', () => {
  const rows = D.map(n => { const cz = U(18, 95), hj = cz * U(0.9, 1.3), ur = cz * U(0.38, 0.9), hur = hj * U(0.25, 0.6); return [n, hj, hur, cz, ur]; });
  const t = ['全市', ...[1, 2, 3, 4].map(k => sum(rows.map(x => x[k])))];
  const all = [t, ...rows].map(x => [x[0], r(x[1], 2), r(x[2], 2), pct(x[2], x[1], 2), pct(x[4], x[3], 2)]);
  return { sheets: [{ name: '城镇化', title: '各县区户籍人口与城镇化率', unit: '单位：万人、%', header: [['地区', '户籍人口', '其中：城镇户籍人口', '户籍人口城镇化率', '常住人口城镇化率']], rows: all }], plant: { s: 0, ri: 2, ci: 3, f: 1.1, d: 2 } };
});

// 42 工资总额 stored unrounded with numFmt; growth comparable-basis
add('42_工资总额_未修约存储.xlsx', () => {
  const a = IND.slice(0, 10).map(() => U(3000, 380000)); const b = a.map(x => x / U(0.96, 1.14));
  const rows = [['合计', sum(a), sum(b), (sum(a) / sum(b) - 1) * 100], ...IND.slice(0, 10).map((n, i) => [n, a[i], b[i], (a[i] / b[i] - 1) * 100])];
  return { sheets: [{ name: '工资总额', title: '分行业工资总额', unit: '单位：万元', header: [['行业', '本年', '上年', '增长（%）']], rows, fmt: { 1: '0', 2: '0', 3: '0.0' } }], plant: { s: 0, ri: 0, ci: 1, f: 1.07, d: 2 } };
});

module.exports = { tables };

if (require.main === module) (async () => {
  const manifest = [];
  let k = 0;
  for (const t of tables) {
    setSeed(1000 + 77 * (k++));
    const spec = t.fn();
    const build = async (dir, plant) => {
      const wb = new ExcelJS.Workbook();
      let info = null;
      spec.sheets.forEach((s, si) => {
        let sp = s;
        if (plant && plant.s === si) {
          const rows = s.rows.map(x => x.slice()); const orig = rows[plant.ri][plant.ci];
          let nv = r(orig * plant.f, plant.d); if (nv === orig) nv = r(orig * (plant.f > 1 ? plant.f + 0.05 : plant.f - 0.05), plant.d);
          rows[plant.ri][plant.ci] = nv; sp = { ...s, rows };
          const res = addSheet(wb, sp); info = { sheet: s.name, cell: res.cellOf(plant.ri, plant.ci), original: orig, planted: nv };
        } else addSheet(wb, sp);
      });
      await wb.xlsx.writeFile(`${dir}/${t.file}`);
      return info;
    };
    await build('clean', null);
    if (spec.plant) { const info = await build('planted', spec.plant); manifest.push({ file: t.file, ...info }); }
  }
  fs.writeFileSync('manifest.json', JSON.stringify(manifest, null, 1));
  console.log(tables.length, 'tables,', manifest.length, 'planted');
})();
