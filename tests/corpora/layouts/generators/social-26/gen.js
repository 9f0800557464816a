const { rnd, U, R, G, S, split, P, writeBook } = require('./lib');
const fs = require('fs');
const T = [];
const add = (file, sheets) => T.push({ file, sheets });
const COUNTIES = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'];
const COUNTIES2 = ['新城区', '碑林区', '莲湖区', '灞桥区', '未央区', '雁塔区', '阎良区', '临潼区', '长安区', '高陵区', '鄠邑区', '蓝田县', '周至县'];
const I = '\u3000';

// 1 城乡居民人均可支配收入及构成
{
  const grp = [['全体居民', 1], ['城镇居民', 1.32], ['农村居民', 0.52]];
  const names = ['人均可支配收入', I + '工资性收入', I + '经营净收入', I + '财产净收入', I + '转移净收入'];
  const cols = grp.map(([g, k]) => {
    const shares = [0.57 + U(-.05, .05), 0.16 + U(-.03, .03) * (k < 1 ? -3 : 1), 0.09 + U(-.02, .02), 0];
    if (k < 1) { shares[0] = 0.42 + U(-.03, .03); shares[1] = 0.33 + U(-.03, .03); shares[2] = 0.025 + U(0, .01); }
    shares[3] = 1 - shares[0] - shares[1] - shares[2];
    const tot = 41000 * k * U(.95, 1.05);
    const cur = shares.map(s => tot * s);
    const prev = cur.map(x => x / U(1.03, 1.09));
    return { cur, prev };
  });
  const body = names.map((n, i) => {
    const row = [n];
    cols.forEach(({ cur, prev }, gi) => {
      const c = i === 0 ? S(cur) : cur[i - 1], p = i === 0 ? S(prev) : prev[i - 1];
      row.push(i === 0 && gi === 1 ? P(R(c)) : R(c), R(p), G(c, p));
    });
    return row;
  });
  add('01_居民收入构成.xlsx', [{ name: '表1', title: '城乡居民人均可支配收入及构成', unit: '单位：元、%', head: [['指标', '全体居民', null, null, '城镇居民', null, null, '农村居民', null, null], [null, '2023年', '2022年', '增长', '2023年', '2022年', '增长', '2023年', '2022年', '增长']], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6], [0, 7, 0, 9]], body, dec: [null, 0, 0, 1, 0, 0, 1, 0, 0, 1], notes: ['注：增长速度按可比口径计算。'] }]);
}

// 2 人均消费支出八大类
{
  const cats = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品和服务'];
  const w = [0.295, 0.062, 0.235, 0.058, 0.132, 0.108, 0.085, 0.025].map(x => x * U(.9, 1.1));
  const tot = 27130 * U(.97, 1.03); const ws = S(w);
  const cur = w.map(x => tot * x / ws); const prev = cur.map(x => x / U(0.96, 1.14));
  const body = [['人均消费支出', R(S(cur)), R(S(prev)), G(S(cur), S(prev)), 100.0]];
  cats.forEach((c, i) => body.push([I + c, R(cur[i]), R(prev[i]), i === 4 ? P(G(cur[i], prev[i])) : G(cur[i], prev[i]), R(cur[i] / S(cur) * 100, 1)]));
  add('02_人均消费支出.xlsx', [{ name: '消费支出', title: '全体居民人均消费支出及构成', unit: '单位：元、%', head: [['指标', '2023年', '2022年', '比上年增长', '构成']], body, dec: [null, 0, 0, 1, 1], indentMode: 'align' }]);
}

// 3 农村居民收入细项
{
  const wage = 9120 * U(.9, 1.1), agri = 2810 * U(.9, 1.1), mu = 910 * U(.8, 1.2), lin = 120 * U(.8, 1.2), yu = 85 * U(.8, 1.2);
  const sec = 310 * U(.8, 1.2), ter = 1650 * U(.9, 1.1), prop = 520 * U(.8, 1.2), pen = 2100 * U(.9, 1.1), otht = 1400 * U(.8, 1.2);
  const cur = { wage, agri, mu, lin, yu, sec, ter, prop, pen, otht };
  const prev = {}; for (const k in cur) prev[k] = cur[k] / U(0.97, 1.12);
  const d = (o) => { const first = o.agri + o.mu + o.lin + o.yu; const bus = first + o.sec + o.ter; const tr = o.pen + o.otht; return { tot: o.wage + bus + o.prop + tr, wage: o.wage, bus, first, agri: o.agri, lin: o.lin, mu: o.mu, yu: o.yu, sec: o.sec, ter: o.ter, prop: o.prop, tr, pen: o.pen }; };
  const c = d(cur), p = d(prev);
  const rows = [['可支配收入', 'tot'], ['一、工资性收入', 'wage'], ['二、经营净收入', 'bus'], [I + '1.第一产业净收入', 'first'], [I + I + '农业', 'agri'], [I + I + '林业', 'lin'], [I + I + '牧业', 'mu'], [I + I + '渔业', 'yu'], [I + '2.第二产业净收入', 'sec'], [I + '3.第三产业净收入', 'ter'], ['三、财产净收入', 'prop'], ['四、转移净收入', 'tr'], [I + '其中：养老金或离退休金', 'pen']];
  const body = rows.map(([n, k]) => [n, R(p[k]), k === 'bus' ? P(R(c[k])) : R(c[k]), G(c[k], p[k])]);
  add('03_农村居民收入来源.xlsx', [{ name: 'Sheet1', title: '农村常住居民人均可支配收入来源', unit: '单位：元', unitPos: 'right', head: [['项目', '2022年', '2023年', '2023年比2022年增长（%）']], body, dec: [null, 0, 0, 1], notes: ['资料来源：国家统计局XX调查总队。'] }]);
}

// 4 养老保险参保 by county (total top, 序号)
{
  const rows = COUNTIES.map(c => { const zz = R(U(30000, 260000)); const lt = R(zz * U(.25, .45)); const jm = R(U(40000, 300000)); const dy = R(jm * U(.2, .35)); return [c, zz + lt, zz, lt, jm, dy]; });
  const tot = [0, 1, 2, 3, 4].map(j => S(rows.map(r => r[j + 1])));
  const body = [[null, '全市', P(tot[0]), tot[1], tot[2], tot[3], tot[4]]];
  rows.forEach((r, i) => body.push([i + 1, ...r]));
  add('04_养老保险参保分县.xlsx', [{ name: '养老保险', title: '2023年各县区基本养老保险参保情况', unit: '单位：人', head: [['序号', '县区', '城镇职工基本养老保险参保人数', null, null, '城乡居民基本养老保险参保人数', null], [null, null, '合计', '在职职工', '离退休人员', '合计', '其中：实际领取待遇人数']], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 6]], body }]);
}

// 5 医疗保险 by county, total bottom, 万人 rounded to 2 dec
{
  const raw = COUNTIES2.map(c => { const zg = U(2, 60), jm = U(5, 70); return [c, zg, jm]; });
  const body = raw.map(([c, zg, jm], i) => [c, i === 3 ? P(R(zg + jm, 2)) : R(zg + jm, 2), R(zg, 2), R(jm, 2), R(zg / U(.55, .75) * .7, 2)]);
  const T0 = S(raw.map(r => r[1] + r[2])), T1 = S(raw.map(r => r[1])), T2 = S(raw.map(r => r[2]));
  body.push(['合计', R(T0, 2), R(T1, 2), R(T2, 2), R(S(body.map(r => r[4])), 2)]);
  add('05_医疗保险参保.xlsx', [{ name: '医保', title: '2023年末各区县基本医疗保险参保人数', unit: '单位：万人', head: [['区县', '基本医疗保险参保人数', '职工基本医疗保险', '城乡居民基本医疗保险', '其中：在职职工']], body: body.map(r => [r[0], r[1], r[2], r[3]]).map((r, i) => r), dec: [null, 2, 2, 2] }]);
}

// 6 社会保险参保 time series + growth row
{
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const bases = [185, 312, 560, 121, 143, 118];
  const ser = bases.map(b => { let v = b * U(.9, 1.1); const out = []; for (const y of yrs) { out.push(v); v *= U(0.99, 1.07); } return out; });
  const body = yrs.map((y, i) => [y + '年', ...ser.map(s => R(s[i], 2))]);
  body.push(['2023年比上年增长（%）', ...ser.map((s, j) => j === 3 ? P(G(R(s[4], 2), R(s[3], 2))) : G(R(s[4], 2), R(s[3], 2)))]);
  add('06_社会保险参保历年.xlsx', [{ name: '参保', title: '历年社会保险参保人数', unit: '单位：万人', head: [['年份', '城镇职工基本养老保险', '城乡居民基本养老保险', '基本医疗保险', '失业保险', '工伤保险', '生育保险']], body, dec: [null, 2, 2, 2, 2, 2, 2] }]);
}

// 7 社会保险基金收支 with negative 当年结余
{
  const names = ['企业职工基本养老保险', '城乡居民基本养老保险', '职工基本医疗保险', '城乡居民基本医疗保险', '失业保险', '工伤保险'];
  const rows = names.map((n, i) => { const inc = U(20000, 900000); const zj = inc * U(.55, .85); const cz = i === 4 ? 0 : inc * U(.05, .2); const exp = inc * (i === 0 ? U(1.02, 1.08) : U(.8, .98)); const acc = inc * U(.5, 2.5); return [n, inc, zj, cz, exp, inc - exp, acc]; });
  const tot = [1, 2, 3, 4, 5, 6].map(j => S(rows.map(r => r[j])));
  const body = [['合计', R(tot[0]), R(tot[1]), R(tot[2]), P(R(tot[3])), R(tot[4]), R(tot[5])]];
  rows.forEach(r => body.push([I + r[0], R(r[1]), R(r[2]), r[3] === 0 ? '-' : R(r[3]), R(r[4]), R(r[5]), R(r[6])]));
  add('07_社保基金收支.xlsx', [{ name: '基金', title: '2023年社会保险基金收支情况', unit: '单位：万元', head: [['项目', '基金收入', null, null, '基金支出', '当年结余', '年末累计结余'], [null, '合计', '其中：征缴收入', '财政补贴收入', null, null, null]], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 1, 4], [0, 5, 1, 5], [0, 6, 1, 6]], body }]);
}

// 8 最低生活保障 by county, with 保障标准 averages
{
  const rows = COUNTIES.map(c => { const ch = R(U(300, 4000)), cr = R(ch * U(1.5, 2.1)), cz = cr * U(700, 900) * 12 / 10000; const nh = R(U(2000, 9000)), nr = R(nh * U(1.6, 2.4)), nz = nr * U(450, 560) * 12 / 10000; return [c, ch, cr, cz, R(U(760, 820)), nh, nr, nz, R(U(560, 620))]; });
  const tot = [1, 2, 3, 5, 6, 7].map(j => S(rows.map(r => r[j])));
  const avgc = R(S(rows.map(r => r[4] * r[2])) / tot[1]), avgn = R(S(rows.map(r => r[8] * r[6])) / tot[4]);
  const body = [['全市', R(tot[0]), R(tot[1]), R(tot[2], 1), avgc, R(tot[3]), P(R(tot[4])), R(tot[5], 1), avgn]];
  rows.forEach(r => body.push([r[0], R(r[1]), R(r[2]), R(r[3], 1), r[4], R(r[5]), R(r[6]), R(r[7], 1), r[8]]));
  add('08_最低生活保障.xlsx', [{ name: '低保', title: '2023年城乡最低生活保障情况', head: [['地区', '城市最低生活保障', null, null, null, '农村最低生活保障', null, null, null], [null, '户数（户）', '人数（人）', '支出（万元）', '平均保障标准（元/人·月）', '户数（户）', '人数（人）', '支出（万元）', '平均保障标准（元/人·年）']], merges: [[0, 0, 1, 0], [0, 1, 0, 4], [0, 5, 0, 8]], body: body.map(r => { r[8] = typeof r[8] === 'number' ? r[8] * 12 : r[8]; return r; }), dec: [null, 0, 0, 1, 0, 0, 0, 1, 0] }]);
}

// 9 建筑业总产值 by registration type
{
  const kids = ['国有企业', '集体企业', '股份合作企业', '有限责任公司', '股份有限公司', '私营企业', '其他企业'];
  const k = kids.map(n => { const v = U(5e4, 3e6) * (n === '私营企业' || n === '有限责任公司' ? 3 : 1); return { n, num: R(U(5, 400)), cur: v, prev: v / U(.9, 1.18), emp: R(v / U(30, 60)) }; });
  const gi = { n: '港澳台商投资企业', num: 4, cur: U(1e4, 8e4), emp: 0 }; gi.prev = gi.cur / U(.8, 1.3); gi.emp = R(gi.cur / 40);
  const wz = { n: '外商投资企业', num: 3, cur: U(1e4, 8e4), emp: 0 }; wz.prev = wz.cur / U(.8, 1.3); wz.emp = R(wz.cur / 45);
  const gyd = { n: '其中：国有独资公司', num: R(k[3].num * .15), cur: k[3].cur * .22, prev: k[3].prev * .2, emp: R(k[3].emp * .25) };
  const agg = (arr, n) => ({ n, num: S(arr.map(x => x.num)), cur: S(arr.map(x => x.cur)), prev: S(arr.map(x => x.prev)), emp: S(arr.map(x => x.emp)) });
  const nz = agg(k, '内资企业'); const all = agg([nz, gi, wz], '总计');
  const line = (o, ind, pl) => [ind + o.n, o.num, pl ? P(R(o.cur)) : R(o.cur), R(o.prev), G(o.cur, o.prev), o.emp];
  const body = [line(all, ''), line(nz, '', true)];
  k.forEach((o, i) => { body.push(line(o, I)); if (i === 3) body.push(line(gyd, I + I)); });
  body.push(line(gi, ''), line(wz, ''));
  add('09_建筑业总产值登记注册类型.xlsx', [{ name: '建筑业', title: '按登记注册类型分建筑业企业主要指标', unit: '单位：个、万元、%、人', unitPos: 'left', head: [['登记注册类型', '企业单位数', '建筑业总产值', null, null, '从业人员'], [null, null, '2023年', '2022年', '增长', null]], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 1, 5]], body, dec: [null, 0, 0, 0, 1, 0] }]);
}

// 10 建筑业主要指标 (mixed units)
{
  const q = (a, b) => { const c = U(a, b); return [c, c / U(.92, 1.15)]; };
  const [n, n0] = [R(U(800, 1500)), 0]; const n0v = R(n / U(.95, 1.1));
  const [emp, emp0] = q(2e5, 4e5);
  const [a1, a10] = q(1e7, 2e7), [a2, a20] = q(1e6, 2e6), [a3, a30] = q(3e5, 9e5);
  const tot = a1 + a2 + a3, tot0 = a10 + a20 + a30;
  const [sg, sg0] = q(8000, 15000), [xk, xk0] = [sg * U(.2, .35), sg0 * U(.2, .35)], [jg, jg0] = q(2000, 4000);
  const lp = tot * 1e4 / emp, lp0 = tot0 * 1e4 / emp0;
  const [ht, ht0] = q(3e7, 5e7); const xq = ht * U(.4, .5), xq0 = ht0 * U(.4, .5);
  const row = (name, u, c, p, d, pl) => [name, u, pl ? P(R(c, d)) : R(c, d), R(p, d), G(c, p)];
  const body = [['企业单位数', '个', n, n0v, G(n, n0v)], row('从业人员', '人', emp, emp0, 0), row('建筑业总产值', '万元', tot, tot0, 0, true), row(I + '建筑工程产值', '万元', a1, a10, 0), row(I + '安装工程产值', '万元', a2, a20, 0), row(I + '其他产值', '万元', a3, a30, 0),
  row('房屋建筑施工面积', '万平方米', sg, sg0, 1), row(I + '其中：新开工面积', '万平方米', xk, xk0, 1), row('房屋建筑竣工面积', '万平方米', jg, jg0, 1), row('按建筑业总产值计算的劳动生产率', '元/人', lp, lp0, 0), row('签订合同额', '万元', ht, ht0, 0), row(I + '其中：本年新签合同额', '万元', xq, xq0, 0)];
  add('10_建筑业主要指标.xlsx', [{ name: '主要指标', title: '资质等级以上建筑业企业主要指标', head: [['指标', '计量单位', '2023年', '2022年', '比上年增长（%）']], body, dec: [null, null, null, null, 1] }]);
}

// 11 房地产开发投资 by 用途 with 比重
{
  const z = U(300, 700), z90 = z * U(.3, .45), bg = U(8, 30), sy = U(20, 60), qt = U(60, 150);
  const cur = [z + bg + sy + qt, z, z90, bg, sy, qt]; const prev = [0, z / U(.85, 1.1), z90 / U(.8, 1.2), bg / U(.6, 1.3), sy / U(.7, 1.2), qt / U(.8, 1.2)]; prev[0] = prev[1] + prev[3] + prev[4] + prev[5];
  const names = ['房地产开发投资', I + '其中：住宅', I + I + '其中：90平方米及以下', I + '办公楼', I + '商业营业用房', I + '其他'];
  const body = names.map((n, i) => [n, i === 0 ? P(R(cur[i], 2)) : R(cur[i], 2), R(prev[i], 2), G(cur[i], prev[i]), R(cur[i] / cur[0] * 100, 1)]);
  add('11_房地产开发投资用途.xlsx', [{ name: '投资', title: '房地产开发投资完成情况', unit: '单位：亿元、%', head: [['指标', '2023年', '2022年', '比上年增长', '比重']], body, dec: [null, 2, 2, 1, 1], notes: ['注：房地产开发投资按工程用途分。'] }]);
}

// 12 商品房销售
{
  const names = ['商品房', I + '住宅', I + '办公楼', I + '商业营业用房', I + '其他'];
  const a = [U(400, 900), U(5, 25), U(20, 60), U(30, 80)]; const a0 = a.map(x => x / U(.7, 1.2));
  const pr = [U(9000, 14000), U(10000, 16000), U(9000, 15000), U(3000, 5000)];
  const m = a.map((x, i) => x * pr[i] / 1e4); const m0 = a0.map((x, i) => x * pr[i] * U(.95, 1.05) / 1e4);
  const A = [S(a), ...a], A0 = [S(a0), ...a0], M = [S(m), ...m], M0 = [S(m0), ...m0];
  const body = names.map((n, i) => [n, R(A[i], 2), G(A[i], A0[i]), R(M[i], 2), i === 1 ? P(G(M[i], M0[i])) : G(M[i], M0[i])]);
  add('12_商品房销售.xlsx', [{ name: '销售', title: '2023年商品房销售情况', head: [['指标', '销售面积', null, '销售额', null], [null, '绝对数（万平方米）', '比上年增长（%）', '绝对数（亿元）', '比上年增长（%）']], merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4]], body, dec: [null, 2, 1, 2, 1] }]);
}

// 13 房地产投资 by county, growth only, dashes
{
  const rows = COUNTIES2.map((c, i) => { const inv = U(5e4, 1.5e6); const zz = inv * U(.55, .85); return [c, inv, i === 6 ? '—' : R(U(-30, 25), 1), zz, i === 6 ? '—' : R(U(-35, 30), 1)]; });
  const T = S(rows.map(r => r[1])), Z = S(rows.map(r => r[3]));
  const body = [['全市', P(R(T)), R(U(-8, 5), 1), R(Z), R(U(-10, 6), 1)], ...rows.map(r => [r[0], R(r[1]), r[2], R(r[3]), r[4]])];
  add('13_房地产投资分区县.xlsx', [{ name: '分区县', title: '各区县房地产开发投资', unit: '单位：万元、%', head: [['区县', '房地产开发投资', '增速', '其中：住宅', '增速']], body, dec: [null, 0, 1, 0, 1] }]);
}

// 14 资金来源
{
  const gn = U(100, 300), yh = gn * U(.75, .9), wz = U(0.1, 2), zc = U(300, 600), dj = U(200, 400), aj = U(100, 250), qt0 = U(20, 60);
  const qt = dj + aj + qt0; const tot = gn + wz + zc + qt;
  const cur = [tot, gn, yh, wz, zc, qt, dj, aj];
  const gr = [null, U(-25, 5), U(-25, 5), U(-60, 40), U(-15, 8), U(-20, 5), U(-20, 5), U(-25, 0)];
  const prev = cur.map((c, i) => i ? c / (1 + gr[i] / 100) : 0); prev[0] = prev[1] + prev[3] + prev[4] + prev[5];
  const names = ['本年实际到位资金', I + '国内贷款', I + I + '其中：银行贷款', I + '利用外资', I + '自筹资金', I + '其他资金来源', I + I + '其中：定金及预收款', I + I + I + I + '个人按揭贷款'];
  const body = names.map((n, i) => [n, i === 5 ? P(R(cur[i], 2)) : R(cur[i], 2), G(cur[i], prev[i])]);
  add('14_房地产资金来源.xlsx', [{ name: '资金', title: '房地产开发企业本年实际到位资金', unit: '单位：亿元', head: [['指标', '2023年', '比上年增长（%）']], body, dec: [null, 2, 1] }]);
}

// 15 能源消费量 by industry, years as columns
{
  const yrs = ['2019', '2020', '2021', '2022', '2023'];
  const base = { ny: 90, gy: 4200, zz: 0, jz: 110, jt: 520, pf: 230, qt: 310, sh: 780 };
  const ser = {}; for (const k in base) { let v = base[k] * U(.8, 1.2); ser[k] = yrs.map(() => (v *= U(.96, 1.07))); }
  ser.zz = ser.gy.map(x => x * U(.78, .86));
  const tot = yrs.map((_, i) => ser.ny[i] + ser.gy[i] + ser.jz[i] + ser.jt[i] + ser.pf[i] + ser.qt[i] + ser.sh[i]);
  const rows = [['能源消费总量', tot], [I + '农、林、牧、渔业', ser.ny], [I + '工业', ser.gy], [I + I + '其中：制造业', ser.zz], [I + '建筑业', ser.jz], [I + '交通运输、仓储和邮政业', ser.jt], [I + '批发和零售业、住宿和餐饮业', ser.pf], [I + '其他行业', ser.qt], [I + '居民生活', ser.sh]];
  const body = rows.map(([n, s], i) => [n, ...s.map((v, j) => (i === 0 && j === 3) ? P(R(v, 2)) : R(v, 2))]);
  add('15_能源消费分行业.xlsx', [{ name: '能源消费', title: '分行业能源消费量', unit: '单位：万吨标准煤', head: [['行业', ...yrs.map(y => y + '年')]], body, dec: [null, 2, 2, 2, 2, 2] }]);
}

// 16 规上工业能源品种 (mixed units)
{
  const it = [['综合能源消费量', '万吨标准煤', 3200], ['原煤', '万吨', 2100], ['洗精煤', '万吨', 410], ['焦炭', '万吨', 380], ['天然气', '亿立方米', 21.3], ['电力', '亿千瓦时', 410], ['汽油', '万吨', 3.2], ['柴油', '万吨', 11.5], ['热力', '万百万千焦', 5600]];
  const body = it.map(([n, u, b], i) => { const c = b * U(.8, 1.2), p = c / U(.9, 1.12); const d = b < 50 ? 2 : 1; return [n, u, R(c, d), R(p, d), i === 5 ? P(G(c, p)) : G(c, p)]; });
  add('16_规上工业能源品种.xlsx', [{ name: '品种', title: '规模以上工业主要能源品种消费量', head: [['能源品种', '计量单位', '2023年', '2022年', '增长（%）']], body, notes: ['注：综合能源消费量按等价值计算。'] }]);
}

// 17 单位GDP能耗 with signed 降低率
{
  const yrs = [2018, 2019, 2020, 2021, 2022, 2023];
  let g = U(3000, 5000), e = U(1500, 2500); const rows = [];
  yrs.forEach((y, i) => { if (i) { g *= (y === 2020 ? U(1.01, 1.03) : U(1.05, 1.08)); e *= (y === 2020 ? U(1.04, 1.06) : U(1.01, 1.045)); } rows.push([y, g, e, e / g]); });
  const body = rows.map((r, i) => [r[0] + '年', R(r[1], 1), R(r[2], 1), R(r[3], 4), i ? (i === 4 ? P(R((1 - r[3] / rows[i - 1][3]) * 100, 2)) : R((1 - r[3] / rows[i - 1][3]) * 100, 2)) : '—']);
  add('17_单位GDP能耗.xlsx', [{ name: '能耗', title: '单位地区生产总值能耗', head: [['年份', '地区生产总值（亿元，2015年价）', '能源消费总量（万吨标准煤）', '单位地区生产总值能耗（吨标准煤/万元）', '单位地区生产总值能耗降低率（%）']], body, dec: [null, 1, 1, 4, 2], notes: ['注：降低率为正表示能耗下降，负数表示上升。'] }]);
}

// 18 空气质量 by county (全市 not sum)
{
  const rows = COUNTIES.map((c, i) => { const days = 365; const good = R(U(250, 330)); return [c, days, good, i === 2 ? P(R(good / days * 100, 1)) : R(good / days * 100, 1), R(U(28, 48)), R(U(-6, 3))]; });
  const g = R(S(rows.map(r => r[2])) / rows.length);
  const body = [['全市', 365, g, R(g / 365 * 100, 1), R(S(rows.map(r => r[4])) / rows.length), R(U(-3, 1))], ...rows];
  add('18_空气质量分县区.xlsx', [{ name: '空气', title: '2023年各县区环境空气质量状况', head: [['县区', '有效监测天数（天）', '优良天数（天）', '优良天数比例（%）', 'PM2.5平均浓度（微克/立方米）', 'PM2.5浓度同比变化（微克/立方米）']], body, dec: [null, 0, 0, 1, 0, 0] }]);
}

// 19 污水处理率 by county
{
  const rows = COUNTIES2.slice(0, 9).map(c => { const pf = U(1500, 18000); const cl = pf * U(.93, .995); return [c, pf, cl]; });
  const PF = S(rows.map(r => r[1])), CL = S(rows.map(r => r[2]));
  const body = [['全市', R(PF, 1), R(CL, 1), P(R(CL / PF * 100, 2))], ...rows.map(r => [I + r[0], R(r[1], 1), R(r[2], 1), R(r[2] / r[1] * 100, 2)])];
  add('19_污水处理.xlsx', [{ name: '污水', title: '城市污水排放与处理', unit: '单位：万立方米、%', head: [['地区', '污水排放量', '污水处理量', '污水处理率']], body, dec: [null, 1, 1, 2] }]);
}

// 20 全社会用电量
{
  const d = { p1: U(2e4, 5e4), gy: U(4e5, 8e5), jz: U(1e4, 3e4), p3: U(1.5e5, 3e5), cz: U(1e5, 2e5), xc: U(5e4, 1e5) };
  const p = {}; for (const k in d) p[k] = d[k] / U(.95, 1.12);
  const f = o => { const p2 = o.gy + o.jz, jm = o.cz + o.xc; return [o.p1 + p2 + o.p3 + jm, o.p1, p2, o.gy, o.p3, jm, o.cz, o.xc]; };
  const c = f(d), q = f(p);
  const names = ['全社会用电量', I + '第一产业', I + '第二产业', I + I + '其中：工业', I + '第三产业', I + '城乡居民生活用电', I + I + '城镇居民', I + I + '乡村居民'];
  const body = names.map((n, i) => [n, i === 2 ? P(R(c[i])) : R(c[i]), R(q[i]), G(c[i], q[i])]);
  add('20_全社会用电量.xlsx', [{ name: '用电', title: '全社会用电情况', unit: '单位：万千瓦时', head: [['指标', '2023年', '2022年', '增长（%）']], body, dec: [null, 0, 0, 1], indentMode: 'align' }]);
}

// 21 城乡消费支出 with 恩格尔系数
{
  const cats = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品和服务'];
  const mk = (tot) => { const w = [0.3, 0.065, 0.23, 0.06, 0.13, 0.105, 0.085, 0.025].map(x => x * U(.85, 1.15)); const s = S(w); return w.map(x => tot * x / s); };
  const uc = mk(U(30000, 36000)), up = uc.map(x => x / U(.96, 1.12)), rc = mk(U(15000, 19000)), rp = rc.map(x => x / U(.97, 1.14));
  const row = (n, a, b, c2, d2, pl) => [n, R(a), R(b), G(a, b), pl ? P(R(c2)) : R(c2), R(d2), G(c2, d2)];
  const body = [row('人均消费支出', S(uc), S(up), S(rc), S(rp), true), ...cats.map((c, i) => row(I + c, uc[i], up[i], rc[i], rp[i])),
  ['恩格尔系数（%）', R(uc[0] / S(uc) * 100, 1), R(up[0] / S(up) * 100, 1), '—', R(rc[0] / S(rc) * 100, 1), R(rp[0] / S(rp) * 100, 1), '—']];
  add('21_城乡居民消费支出.xlsx', [{ name: '城乡消费', title: '城乡居民人均消费支出', unit: '单位：元', head: [['项目', '城镇居民', null, null, '农村居民', null, null], [null, '2023年', '2022年', '增长（%）', '2023年', '2022年', '增长（%）']], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]], body, dec: [null, 0, 0, 1, 0, 0, 1] }]);
}

// 22 收入 by county (全市 = weighted avg) -- no plant
{
  const rows = COUNTIES2.map(c => { const u = U(38000, 52000), r = U(14000, 21000), pu = U(.3, .95); return [c, u * pu + r * (1 - pu), R(U(4, 7.5), 1), u, R(U(3.5, 6.5), 1), r, R(U(6, 9), 1), pu]; });
  const U0 = U(44000, 47000), R0 = U(17000, 18500), pu = U(.7, .8);
  const body = [['全市', R(U0 * pu + R0 * (1 - pu)), 5.6, R(U0), 4.8, R(R0), 7.2], ...rows.map(r => [r[0], R(r[1]), r[2], R(r[3]), r[4], R(r[5]), r[6]])];
  add('22_分区县居民收入.xlsx', [{ name: '分区县', title: '2023年各区县居民人均可支配收入', head: [['区县', '全体居民', null, '城镇居民', null, '农村居民', null], [null, '绝对额（元）', '增长（%）', '绝对额（元）', '增长（%）', '绝对额（元）', '增长（%）']], merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 0, 6]], body, dec: [null, 0, 1, 0, 1, 0, 1] }]);
}

// 23 平均工资 by industry (合计 = weighted avg)
{
  const inds = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '教育', '卫生和社会工作', '文化、体育和娱乐业', '公共管理、社会保障和社会组织'];
  const d = inds.map(n => { const w = U(60000, 190000), e = U(5000, 90000); return [n, w, w / U(1.0, 1.1), e, e * U(.95, 1.05)]; });
  const W = S(d.map(x => x[1] * x[3])) / S(d.map(x => x[3])), W0 = S(d.map(x => x[2] * x[4])) / S(d.map(x => x[4]));
  const body = [['合计', R(W), R(W0), P(G(R(W), R(W0)))], ...d.map(x => [I + x[0], R(x[1]), R(x[2]), G(R(x[1]), R(x[2]))])];
  add('23_平均工资分行业.xlsx', [{ name: '平均工资', title: '城镇非私营单位就业人员平均工资', unit: '单位：元', head: [['行业', '2023年', '2022年', '增长（%）']], body, dec: [null, 0, 0, 1] }]);
}

// 24 住宅平均价格 by county
{
  const rows = COUNTIES2.slice(0, 10).map(c => { const a = U(20, 200), p = U(8000, 22000); return [c, a, a * p / 1e4]; });
  const A = S(rows.map(r => r[1])), M = S(rows.map(r => r[2]));
  const body = [['全市', R(A, 2), R(M, 2), P(R(M / A * 1e4))], ...rows.map(r => [r[0], R(r[1], 2), R(r[2], 2), R(r[2] / r[1] * 1e4)])];
  add('24_商品住宅均价.xlsx', [{ name: '均价', title: '各区县商品住宅销售情况', head: [['区县', '销售面积（万平方米）', '销售额（亿元）', '平均销售价格（元/平方米）']], body, dec: [null, 2, 2, 0] }]);
}

// 25 主要污染物排放 time series
{
  const yrs = [2021, 2022, 2023];
  const s = (b) => yrs.map(() => b * U(.8, 1.2));
  const so2 = { gy: s(9000), sh: s(1500), jz: s(30) }; const nox = { gy: s(14000), sh: s(1200), yd: s(21000), jz: s(50) };
  const sum = o => yrs.map((_, i) => S(Object.values(o).map(a => a[i])));
  const rows = [['二氧化硫排放量', sum(so2)], [I + '工业源', so2.gy], [I + '生活源', so2.sh], [I + '集中式污染治理设施', so2.jz], ['氮氧化物排放量', sum(nox), 2], [I + '工业源', nox.gy], [I + '生活源', nox.sh], [I + '移动源', nox.yd], [I + '集中式污染治理设施', nox.jz]];
  const body = rows.map(([n, a, pl]) => [n, '吨', ...a.map((v, i) => pl === i ? P(R(v)) : R(v))]);
  add('25_主要污染物排放.xlsx', [{ name: '排放', title: '废气中主要污染物排放情况', head: [['指标', '计量单位', ...yrs.map(y => y + '年')]], body, dec: [null, null, 0, 0, 0] }]);
}

// 26 城市环境 rates time series (no relations)
{
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const ser = [[31.2, 0.4], [40.1, 0.5], [13.2, 0.3], [99.1, 0.2], [95.4, 0.6], [78.5, 2]].map(([b, st]) => { let v = b; return yrs.map(() => R(Math.min(100, v += U(-st / 2, st)), b > 50 ? 1 : 2)); });
  const names = [['森林覆盖率', '%'], ['建成区绿化覆盖率', '%'], ['人均公园绿地面积', '平方米'], ['生活垃圾无害化处理率', '%'], ['城市污水处理率', '%'], ['空气质量优良天数比例', '%']];
  const body = names.map(([n, u], i) => [n, u, ...ser[i]]);
  add('26_城市环境指标.xlsx', [{ name: '环境', title: '城市环境主要指标', head: [['指标', '单位', ...yrs.map(String)]], body }]);
}

// 27 住房公积金
{
  const jc = U(80, 160), tq = jc * U(.6, .8), dk = jc * U(.4, .7), ye0 = jc * U(3.5, 5), ye = ye0 + jc - tq;
  const jc0 = jc / U(1.02, 1.12), tq0 = tq / U(.9, 1.15), dk0 = dk / U(.8, 1.2), ye00 = ye0 - jc0 + tq0;
  const body = [['缴存额', P(R(jc, 2)), R(jc0, 2), G(jc, jc0)], ['提取额', R(tq, 2), R(tq0, 2), G(tq, tq0)], ['发放个人住房贷款', R(dk, 2), R(dk0, 2), G(dk, dk0)], ['年末缴存余额', R(ye, 2), R(ye0, 2), G(ye, ye0)], ['个人住房贷款率（%）', R(U(80, 95), 1), R(U(80, 95), 1), '—']];
  body[0][3] = body[0][3]; // plant on 缴存额 value
  add('27_住房公积金.xlsx', [{ name: '公积金', title: '住房公积金归集使用情况', unit: '单位：亿元', head: [['指标', '2023年', '2022年', '增长（%）']], body, dec: [null, 2, 2, 1] }]);
}

// 28 能源平衡简表 with negative rows
{
  const types = ['原煤', '原油', '天然气', '电力及其他'];
  const prod = [U(2000, 3000), U(100, 300), U(50, 150), U(300, 600)], dr = [U(800, 1500), U(200, 500), U(300, 600), U(100, 300)], dc = [-U(500, 1200), -U(20, 80), -U(10, 40), -U(100, 200)], kc = [U(-40, 30), U(-5, 5), 0, 0];
  const ks = types.map((_, i) => prod[i] + dr[i] + dc[i] + kc[i]);
  const rows = [['一次能源生产量', prod], ['外省（区、市）调入量', dr], ['本省（区、市）调出量（-）', dc], ['库存增（-）、减（+）量', kc], ['可供本地区消费的能源量', ks]];
  const body = rows.map(([n, a], i) => [n, i === 0 ? P(R(S(a), 2)) : R(S(a), 2), ...a.map(v => R(v, 2))]);
  add('28_能源平衡简表.xlsx', [{ name: '平衡表', title: '能源平衡表（标准量）', unit: '单位：万吨标准煤', head: [['项目', '合计', ...types]], body, dec: [null, 2, 2, 2, 2, 2] }]);
}

// 29 收入五等份 with negative 经营净收入
{
  const g = ['低收入户', '中等偏下户', '中等收入户', '中等偏上户', '高收入户'];
  const body = g.map((n, i) => { const k = [0.35, 0.7, 1, 1.4, 2.5][i]; const w = 7000 * k * U(.9, 1.1), b = i === 0 ? -U(200, 600) : 3000 * k * U(.8, 1.2), p = i === 0 ? -U(10, 60) : 300 * k * U(.7, 1.3), t = 3500 * U(.8, 1.2); return [n, i === 2 ? P(R(w + b + p + t)) : R(w + b + p + t), R(w), R(b), R(p), R(t)]; });
  add('29_农村收入五等份.xlsx', [{ name: '五等份', title: '农村居民按收入五等份分组的人均可支配收入', unit: '单位：元', head: [['组别', '可支配收入', '工资性收入', '经营净收入', '财产净收入', '转移净收入']], body, dec: [null, 0, 0, 0, 0, 0], notes: ['注：低收入户经营净收入为负，主要受种养殖业亏损影响。'] }]);
}

// 30 建筑业 by 资质等级
{
  const lv = ['特级', '一级', '二级', '三级', '其他'];
  const d = lv.map((n, i) => { const k = [3, 6, 4, 2, .5][i]; const num = R([8, 90, 420, 610, 230][i] * U(.8, 1.2)); const emp = R(num * U(100, 600) / (i + 1)); const cz = emp * U(30, 60); const ht = cz * U(1.8, 2.6); return [n, num, emp, cz, ht, ht * U(.35, .55), cz / U(200, 400)]; });
  const tot = [1, 2, 3, 4, 5, 6].map(j => S(d.map(r => r[j])));
  const f = (r, pl) => [r[0], r[1], pl ? P(R(r[2])) : R(r[2]), R(r[3]), R(r[4]), R(r[5]), R(r[6], 1)];
  const body = [f(['总计', ...tot], true), ...d.map(r => f(r))];
  add('30_建筑业资质等级.xlsx', [{ name: '资质', title: '按资质等级分建筑业企业主要指标', head: [['资质等级', '企业单位数（个）', '从业人员（人）', '建筑业总产值（万元）', '签订合同额（万元）', '其中：本年新签合同额', '房屋建筑施工面积（万平方米）']], body, dec: [null, 0, 0, 0, 0, 0, 1] }]);
}

// 31 房屋建筑面积 by 用途 (total bottom)
{
  const uses = ['住宅', '厂房及建筑物', '办公用房', '批发和零售用房', '住宿和餐饮用房', '科研、教育和医疗用房', '文化、体育和娱乐用房', '其他'];
  const d = uses.map((n, i) => { const s = (i === 0 ? U(3000, 6000) : U(50, 1200)); return [n, s, s * U(.15, .35), s * U(.2, .4), s * U(.2, .4) * U(2000, 3500) / 10]; });
  const tot = [1, 2, 3, 4].map(j => S(d.map(r => r[j])));
  const f = (r, pl) => [r[0], R(r[1], 2), R(r[2], 2), pl ? P(R(r[3], 2)) : R(r[3], 2), R(r[4])];
  const body = [...d.map(r => f(r)), f(['合计', ...tot], true)];
  add('31_房屋建筑面积用途.xlsx', [{ name: '用途', title: '建筑业企业房屋建筑面积（按用途分）', head: [['用途', '施工面积（万平方米）', '其中：新开工面积', '竣工面积（万平方米）', '竣工价值（万元）']], body, dec: [null, 2, 2, 2, 0] }]);
}

// 32 工业固体废物
{
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const body = yrs.map((y, i) => { const cs = U(1500, 2500), ly = cs * U(.55, .8), cz = cs * U(.1, .25), zc = cs - ly - cz + U(-20, 20); return [y, R(cs, 1), R(ly, 1), R(cz, 1), R(Math.max(0, zc), 1), i === 3 ? P(R(ly / cs * 100, 2)) : R(ly / cs * 100, 2)]; });
  add('32_工业固体废物.xlsx', [{ name: '固废', title: '一般工业固体废物产生及利用情况', unit: '单位：万吨、%', head: [['年份', '产生量', '综合利用量', '处置量', '贮存量', '综合利用率']], body, dec: [0, 1, 1, 1, 1, 2] }]);
}

// 33 养老服务机构 by county (每千名老人床位)
{
  const rows = COUNTIES.map(c => { const n = R(U(5, 60)), bed = R(n * U(60, 180)), sy = R(bed * U(.3, .7)), old = U(3, 25); return [c, n, bed, sy, R(bed / old / 10, 1)]; });
  const T = [1, 2, 3].map(j => S(rows.map(r => r[j])));
  const body = [['全市', T[0], P(T[1]), T[2], R(U(28, 36), 1)], ...rows];
  add('33_养老服务机构.xlsx', [{ name: '养老机构', title: '各县区养老服务机构情况', head: [['县区', '机构数（个）', '床位数（张）', '年末收留抚养人数（人）', '每千名老年人拥有养老床位（张）']], body, dec: [null, 0, 0, 0, 1] }]);
}

// 34 居民收入 time series with nominal & real growth and 城乡收入比
{
  const yrs = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
  let u = U(28000, 32000), r = U(11000, 13000); const rows = [];
  yrs.forEach((y, i) => { const pu = u, pr = r; if (i) { u *= U(1.03, 1.09); r *= U(1.05, 1.1); } rows.push([y, u, pu, r, pr]); });
  const body = rows.map(([y, u, pu, r, pr], i) => { const nu = i ? G(u, pu) : '—', nr = i ? G(r, pr) : '—'; const cpi = U(0.8, 2.5); return [y, R(u), i === 5 ? P(nu) : nu, i ? R((u / pu / (1 + cpi / 100) - 1) * 100, 1) : '—', R(r), nr, i ? R((r / pr / (1 + cpi / 100) - 1) * 100, 1) : '—', R(u / r, 2)]; });
  add('34_居民收入历年.xlsx', [{ name: '历年', title: '历年城乡居民人均可支配收入', head: [['年份', '城镇居民人均可支配收入', null, null, '农村居民人均可支配收入', null, null, '城乡居民收入比（农村居民=1）'], [null, '绝对数（元）', '名义增长（%）', '实际增长（%）', '绝对数（元）', '名义增长（%）', '实际增长（%）', null]], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6], [0, 7, 1, 7]], body, dec: [0, 0, 1, 1, 0, 1, 1, 2] }]);
}

// 35 two-sheet bulletin: 失业保险 + 工伤保险 by county, totals with 其中 农民工
{
  const mk = (nm, k) => { const rows = COUNTIES.map(c => { const t = R(U(5000, 80000) * k), nm2 = R(t * U(.1, .35)); return [c, t, nm2, R(t * U(.9, 1.05))]; }); const tot = [1, 2, 3].map(j => S(rows.map(r => r[j]))); return [['全市', R(tot[0]), R(tot[1]), R(tot[2]), G(tot[0], tot[2])], ...rows.map(r => [r[0], R(r[1]), R(r[2]), R(r[3]), G(r[1], r[3])])]; };
  const a = mk('失业', 1), b = mk('工伤', 1.3);
  b[0][4] = P(b[0][4]);
  const head = [['县区', '年末参保人数', '其中：农民工', '上年末参保人数', '增长（%）']];
  add('35_失业工伤保险.xlsx', [{ name: '失业保险', title: '2023年失业保险参保情况', unit: '单位：人', head, body: a, dec: [null, 0, 0, 0, 1] }, { name: '工伤保险', title: '2023年工伤保险参保情况', unit: '单位：人', head, body: b, dec: [null, 0, 0, 0, 1] }]);
}

module.exports = T;
