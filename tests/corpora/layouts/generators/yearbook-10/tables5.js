'use strict';
const { rng, rd, N, T, P, growth, sum } = require('./lib');
const S = '\u3000';
const tables = [];

// T43 水资源 variant: units in each header, no unit row (diagnostic for t29)
tables.push(() => {
  const R = rng(143);
  const cs = ['东部片区', '西部片区', '南部片区', '北部片区', '中部片区', '沿江片区'];
  const d = cs.map((n) => { const pr = R.real(30, 160); const sw = pr * R.real(0.22, 0.48); const gw = pr * R.real(0.08, 0.16); const dup = gw * R.real(0.55, 0.85); return { n, pr, sw, gw, dup }; });
  const t = { n: '全市' }; for (const k of ['pr', 'sw', 'gw', 'dup']) t[k] = sum(d.map((x) => x[k]));
  const line = (x, pl) => { const tot = x.sw + x.gw - x.dup; return [x.n, N(x.pr, 2), N(x.sw, 2), N(x.gw, 2), N(x.dup, 2), N(tot, 2), pl ? P(N(tot / x.pr, 2)) : N(tot / x.pr, 2)]; };
  const rows = [
    ['2024年各片区水资源量'],
    ['分区', '年降水量（亿立方米）', '地表水资源量（亿立方米）', '地下水资源量（亿立方米）', '重复计算量（亿立方米）', '水资源总量（亿立方米）', '产水系数'],
    ...d.map((x) => line(x)), line(t, true),
  ];
  return { file: 't43_水资源_单位在表头', sheets: [{ name: '水资源', rows }], plantWhat: '全市 产水系数' };
});

// T44 公报 主要农产品产量: 单位 column, complete 其中 breakdowns of mixed units
tables.push(() => {
  const R = rng(144);
  const L = [];
  const add = (n, u, c, g, pl) => L.push([n, u, c, g, pl]);
  const xia = 121.37, qiu = 268.82; add('粮食', '万吨', xia + qiu, growth(xia + qiu, xia / 1.012 + qiu / 1.024));
  add(S + '其中：夏粮', '万吨', xia, 1.2); add(S + S + S + '秋粮', '万吨', qiu, 2.4);
  add('油料', '万吨', 41.06, -3.1); add('蔬菜及食用菌', '万吨', 612.4, 3.8); add('水果', '万吨', 188.7, 5.2);
  const mt = [['猪肉', 52.31, 4.1, -2.2], ['牛肉', 6.12, 3.3, 5.6], ['羊肉', 3.44, 2.1, 1.9], ['禽肉', 19.86, 6.2, 7.4]];
  const M = sum(mt.map((x) => x[1])), Mp = sum(mt.map((x) => x[1] / (1 + x[3] / 100)));
  add('肉类总产量', '万吨', M, growth(M, Mp), true);
  mt.forEach(([n, v, , g], i) => add(S + (i ? S + S + S : '其中：') + n, '万吨', v, g));
  add('禽蛋产量', '万吨', 27.9, 1.6); add('牛奶产量', '万吨', 14.2, -4.3);
  add('生猪年末存栏', '万头', 403.5, -3.9); add('生猪出栏', '万头', 655.2, -1.8);
  const rows = [['表2  2024年主要农产品产量'], ['产品名称', '单位', '产量', '比上年增长（%）']];
  L.forEach(([n, u, c, g, pl]) => rows.push([n, u, pl ? P(N(c, 2)) : N(c, 2), N(g, 1)]));
  return { file: 't44_公报_农产品产量', sheets: [{ name: '农产品', rows }], plantWhat: '肉类总产量' };
});

// T45 quarterly cumulative as ROWS: 一季度, 上半年, 前三季度, 全年 (全年 is not a sum of rows above)
tables.push(() => {
  const R = rng(145);
  const q = [812.3, 905.6, 934.2, 1021.7], qp = q.map((v) => v / (1 + R.real(3.5, 6.5) / 100));
  const p1 = [41.2, 88.6, 140.3, 62.5].map((v) => v * 1.0), s = q.map((v, i) => v * [0.43, 0.45, 0.44, 0.42][i]);
  const cum = (a, k) => sum(a.slice(0, k + 1));
  const names = ['一季度', '上半年', '前三季度', '全年'];
  const rows = [['2024年分季度地区生产总值（累计）'], ['时间', '地区生产总值（亿元）', '累计增长（%）', '第一产业（亿元）', '第二产业（亿元）', '第三产业（亿元）']];
  names.forEach((n, k) => { const g = cum(q, k), a = cum(p1, k), b = cum(s, k), c = g - a - b; rows.push([n, k === 2 ? P(N(g, 2)) : N(g, 2), N(growth(g, cum(qp, k)), 1), N(a, 2), N(b, 2), N(c, 2)]); });
  rows.push(['注：季度数据为累计值。']);
  return { file: 't45_季度累计行_全年', sheets: [{ name: '季度GDP', rows }], plantWhat: '前三季度 GDP' };
});

// T46 monthly with 本月 and 1-本月累计, 全年 row at bottom = sum of months
tables.push(() => {
  const R = rng(146);
  const m = Array.from({ length: 12 }, () => R.real(38, 61)), mp = m.map((v) => v / (1 + R.real(-4, 14) / 100));
  const rows = [['2024年各月社会消费品零售总额'], ['', '', '', '', '单位：亿元、%'], ['月份', '本月', '同比增长', '1-本月累计', '累计同比增长']];
  let c = 0, cp = 0;
  m.forEach((v, i) => { c += v; cp += mp[i]; rows.push([`${i + 1}月`, N(v, 2), N(growth(v, mp[i]), 1), i === 7 ? P(N(c, 2)) : N(c, 2), N(growth(c, cp), 1)]); });
  rows.push(['全年', N(c, 2), N(growth(c, cp), 1), N(c, 2), N(growth(c, cp), 1)]);
  return { file: 't46_月度_本月累计', sheets: [{ name: '月度', rows }], plantWhat: '1-8月 累计' };
});

// T47 税收 by 行业 with negative (退税) and '…' growth where last year is zero
tables.push(() => {
  const R = rng(147);
  const inds = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '其他行业'];
  const d = inds.map((n, i) => { let v = R.real(1200, 98000); if (i === 0) v = -R.real(300, 900); const p = i === 8 ? 0 : v / (1 + R.real(-25, 30) / 100); return { n, v, p }; });
  const tot = sum(d.map((x) => x.v)), tp = sum(d.map((x) => x.p));
  const line = (n, v, p, pl) => [n, pl ? P(N(v, 0)) : N(v, 0), N(p, 0), p === 0 ? '…' : (p < 0 ? '—' : N(growth(v, p), 1))];
  const rows = [['2024年分行业税收收入'], ['', '', '', '单位：万元'], ['行业', '本年累计', '上年同期', '增减（%）'], line('合计', tot, tp, true), ...d.map((x) => line(x.n, x.v, x.p))];
  rows.push(['注：农、林、牧、渔业为净退税；“…”表示上年同期无数据，无法计算增减。']);
  return { file: 't47_税收分行业_负数', sheets: [{ name: '税收', rows }], plantWhat: '合计 本年累计' };
});

// T48 社会保险 heterogeneous rows, no total, with 其中 columns
tables.push(() => {
  const R = rng(148);
  const L = [['城镇职工基本养老保险', 221.37, 0.71], ['城乡居民基本养老保险', 388.05, 0.0], ['职工基本医疗保险', 198.6, 0.74], ['城乡居民基本医疗保险', 611.2, 0.0], ['失业保险', 101.33, 1.0], ['工伤保险', 120.48, 1.0], ['生育保险', 109.7, 1.0]];
  const rows = [['2024年末社会保险参保情况'], ['险种', '参保人数（万人）', '其中：在职职工', '比上年末增加（万人）', '基金收入（亿元）', '基金支出（亿元）', '当年结余（亿元）']];
  L.forEach(([n, p, k], i) => { const inc = R.real(80, 420), out = inc * R.real(0.78, 1.08); rows.push([n, i === 0 ? P(N(p, 2)) : N(p, 2), k ? N(p * k, 2) : '—', N(p * R.real(-0.02, 0.05), 2), N(inc, 2), N(out, 2), N(inc - out, 2)]); });
  return { file: 't48_社会保险_结余', sheets: [{ name: '社保', rows }], plantWhat: '城镇职工养老 参保人数 (no relation; expect miss)' };
});

// T49 GBK CSV: 各县区 旅游... no: 各县区 规上工业增加值增速 only rates + 企业数 counts with 全市 at bottom
tables.push(() => {
  const R = rng(149);
  const cs = ['河口市', '临江县', '安平县', '石桥县', '青山县', '东湖区', '西湖区', '高新区', '白水县'];
  const d = cs.map((n) => { const k = R.int(40, 380), kp = k - R.int(-8, 30), gr = R.real(-6, 14); return { n, k, kp, gr }; });
  const t = { n: '全市', k: sum(d.map((x) => x.k)), kp: sum(d.map((x) => x.kp)), gr: 6.3 };
  const line = (x, pl) => [x.n, pl ? P(x.k) : x.k, x.kp, x.k - x.kp, N(x.gr, 1)];
  const rows = [['2024年各县（市、区）规模以上工业企业数及增加值增速'], ['地区', '规上工业企业数（个）', '上年规上工业企业数（个）', '净增（个）', '规上工业增加值增长（%）'], ...d.map((x) => line(x)), line(t, true)];
  return { file: 't49_规上企业净增_GBK', csv: 'gbk', sheets: [{ name: 'csv', rows }], plantWhat: '全市 企业数' };
});

module.exports = tables;
