// round 10 gen2: 社会组织 by 登记机关/行业, 脱钩, rate formats (0.0%, text %, 3 decimals, 完成率>100)
'use strict';
const L = require('./lib');
const { addr, sum, rate, ratio } = L;
const colSums = (rows, from, to) => { const t = []; for (let c = from; c <= to; c++) t.push(sum(rows.map((x) => Number(x[c]) || 0))); return t; };

async function s01() {
  // rows 行业, columns 登记机关 省级/市级/县级, covered split 单独/联合
  const r = L.rng(2011); const b = new L.Book(); const s = b.sheet('按行业');
  s.row(['全市社会组织党建工作情况统计表（按行业分）']); s.merge('A1:K1');
  s.row(['填报单位：市委社会工作部', null, null, null, null, null, null, null, '单位：个、名、%']);
  const h1 = s.row(['行业', '社会组织数', '按登记机关分', null, null, '已建立党组织的社会组织', null, null, '覆盖率（%）', '党员数', '无党员社会组织数']);
  const h2 = s.row([null, null, '省级', '市级', '县级', '小计', '单独建立', '联合建立', null, null, null]);
  for (const c of ['A', 'B', 'I', 'J', 'K']) s.merge(`${c}${h1}:${c}${h2}`); s.merge(`C${h1}:E${h1}`); s.merge(`F${h1}:H${h1}`);
  const inds = ['教育', '卫生健康', '文化', '体育', '科技', '民政（社会服务）', '农业农村', '商贸流通', '其他'];
  const raw = inds.map((t) => { const p = r.int(0, 6), c = r.int(10, 80), x = r.int(30, 300), n = p + c + x, dj = r.frac(n, 0.05, 0.2), lh = r.frac(n - dj, 0.2, 0.5); return [t, n, p, c, x, dj + lh, dj, lh, rate(dj + lh, n), dj * r.int(4, 9) + lh, r.frac(n - dj - lh, 0.3, 0.7)]; });
  const T = colSums(raw, 1, 10); T[7] = rate(T[4], T[0]);
  const tr = s.row(['合计', ...T], { bold: true });
  const rows = raw.map((x) => s.row(x));
  s.row(['注：按业务主管单位所属行业统计；省级、市级登记的社会组织按住所地计入本市。']);
  s.table(h1, rows[rows.length - 1]);
  await L.emit('s01_社会组织按行业_登记机关省市县', b, { sheet: s.name, cell: addr(4, rows[2]), kind: 'count', what: '市级登记 in 文化 row (社会组织数 ≠ 省+市+县)' });
}

async function s02() {
  // 行业协会商会 脱钩 / 未脱钩 by county
  const r = L.rng(2021); const b = new L.Book(); const s = b.sheet('行业协会商会');
  s.row(['行业协会商会党建工作情况统计表']); s.merge('A1:J1');
  s.row(['单位：个、%', null, null, null, null, null, null, null, '2025年6月']);
  const h1 = s.row(['县（市、区）', '行业协会商会总数', '已脱钩', '未脱钩', '已建立党组织数', '其中：已脱钩行业协会商会建立党组织数', '党组织覆盖率（%）', '已脱钩行业协会商会党组织覆盖率（%）', '纳入行业党委管理数', '选派党建工作指导员数']);
  const cs = L.names(22).counties.slice(0, 8);
  const raw = cs.map((t) => { const td = r.int(10, 60), nd = r.int(0, 12), n = td + nd, dc = r.frac(td, 0.3, 0.8), nc = r.frac(nd, 0, 0.7), cov = dc + nc; return [t, n, td, nd, cov, dc, rate(cov, n), rate(dc, td), r.frac(n, 0.3, 0.8), r.frac(n - cov, 0.3, 0.8)]; });
  const T = colSums(raw, 1, 9);
  const line = (t, x) => [t, x[0], x[1], x[2], x[3], x[4], rate(x[3], x[0]), rate(x[4], x[1]), x[7], x[8]];
  const rows = raw.map((x) => s.row(x));
  const tr = s.row(line('全市', T), { bold: true });
  s.row(['说明：已脱钩指按照《行业协会商会与行政机关脱钩总体方案》完成脱钩的。']);
  s.table(h1, tr);
  await L.emit('s02_行业协会商会_脱钩未脱钩', b, { sheet: s.name, cell: addr(8, rows[4]), kind: 'rate', sign: -1, what: '已脱钩覆盖率 −5' });
}

async function s03(variant) {
  // rates as fractions with 0.0% format
  const r = L.rng(2031 + variant); const b = new L.Book(); const s = b.sheet('覆盖率');
  s.row(['两新组织党组织覆盖情况（比率格式）']); s.merge('A1:I1');
  const h1 = s.row(['乡镇', '非公有制企业', null, null, '社会组织', null, null, '两新组织', null]);
  const h2 = s.row([null, '企业数', '建立党组织数', '覆盖率', '社会组织数', '建立党组织数', '覆盖率', '党组织数合计', '总体覆盖率']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:D${h1}`); s.merge(`E${h1}:G${h1}`); s.merge(`H${h1}:I${h1}`);
  const towns = L.names(23 + variant).towns.slice(0, 10);
  const z = variant ? '0.00%' : '0.0%';
  const fr = (a, n) => { if (n === 0) return null; return { v: ratio(a, n, variant ? 4 : 3, 1), z }; };
  const mk = (t, e, ec, o, oc) => [t, e, ec, fr(ec, e), o, oc, fr(oc, o), ec + oc, fr(ec + oc, e + o)];
  const raw = towns.map((t) => { const e = r.int(20, 240), ec = r.frac(e, 0.4, 0.9), o = r.int(3, 25), oc = r.frac(o, 0.2, 0.8); return [t, e, ec, o, oc]; });
  const rows = raw.map((x) => s.row(mk(...x)));
  const T = colSums(raw, 1, 4);
  const tr = s.row(mk('合计', ...T), { bold: true });
  s.table(h1, tr);
  const pl = variant ? { sheet: s.name, cell: addr(6, rows[6]), kind: 'count', what: '社会组织建立党组织数 +' } : { sheet: s.name, cell: addr(4, rows[3]), kind: 'rate', sign: 1, what: '企业覆盖率 (0.0% format) +5 points' };
  await L.emit(variant ? 's03b_比率格式_0.00%' : 's03a_比率格式_0.0%', b, pl);
}

async function s04(variant) {
  // rates typed as text '85.3%'
  const r = L.rng(2041 + variant); const b = new L.Book(); const s = b.sheet('Sheet1');
  s.row(['非公有制企业党建工作情况统计表']); s.merge('A1:G1');
  s.row(['单位：家']);
  const h = s.row(['序号', '街道（乡镇）', '企业总数', '已建党组织企业数', '党组织覆盖率', '有党员企业数', '有党员企业占比']);
  const towns = L.names(25 + variant).towns.slice(0, 11);
  const pct = (a, n) => rate(a, n).toFixed(1) + '%';
  const raw = towns.map((t) => { const e = r.int(30, 400), c = r.frac(e, 0.35, 0.8), m = c + r.frac(e - c, 0.2, 0.6); return [t, e, c, m]; });
  const rows = raw.map((x, i) => s.row([i + 1, x[0], x[1], x[2], pct(x[2], x[1]), x[3], pct(x[3], x[1])]));
  const T = colSums(raw, 1, 3);
  const tr = s.row(['', '合计', T[0], T[1], pct(T[1], T[0]), T[2], pct(T[2], T[0])], { bold: true });
  s.table(h, tr);
  await L.emit(variant ? 's04b_文本百分比_csv' : 's04a_文本百分比', b, variant ? { sheet: s.name, cell: addr(6, rows[7]), kind: 'count', what: '有党员企业数 +' } : { sheet: s.name, cell: addr(5, rows[2]), kind: 'rate', sign: -1, what: "text rate '..%' −5" }, variant ? { csv: true } : {});
}

async function s05() {
  // rates with 3 decimals (provincial report style)
  const r = L.rng(2051); const b = new L.Book(); const s = b.sheet('全省');
  s.row(['全省非公有制企业党组织覆盖情况']); s.merge('A1:H1');
  s.row(['单位：户、%（保留三位小数）']);
  const h = s.row(['市（州）', '非公有制企业数', '单独建立党组织企业数', '联合建立党组织覆盖企业数', '党组织覆盖企业数', '党组织覆盖率', '规模以上企业数', '规模以上企业覆盖率']);
  const cs = L.names(26).cities.slice(0, 8);
  const raw = cs.map((t) => { const e = r.int(3000, 42000), dj = r.frac(e, 0.15, 0.3), lh = r.frac(e, 0.2, 0.4), g = r.frac(e, 0.05, 0.12), gc = r.frac(g, 0.7, 0.95); return [t, e, dj, lh, g, gc]; });
  const line = (t, x) => [t, x[0], x[1], x[2], x[1] + x[2], rate(x[1] + x[2], x[0], 3), x[3], rate(x[4], x[3], 3)];
  const T = colSums(raw, 1, 5);
  const tr = s.row(line('全省', T), { bold: true });
  const rows = raw.map((x) => s.row(line(x[0], x.slice(1))));
  s.row(['注：规模以上企业覆盖率=已建党组织的规模以上企业数÷规模以上企业数。']);
  for (let rr = tr; rr <= rows[rows.length - 1]; rr++) { s.fmt(addr(6, rr), '0.000'); s.fmt(addr(8, rr), '0.000'); }
  s.table(h, rows[rows.length - 1]);
  await L.emit('s05_三位小数覆盖率_全省', b, { sheet: s.name, cell: addr(4, rows[5]), kind: 'count', what: '联合建立覆盖企业数 + (breaks 覆盖企业数 = 单独+联合, 覆盖率, 全省)' });
}

async function s06(variant) {
  // 完成率 over 100: 目标任务 vs 完成数
  const r = L.rng(2061 + variant); const b = new L.Book(); const s = b.sheet('任务完成');
  s.row([variant ? '新业态新就业群体党建工作任务推进情况' : '2025年非公企业“两个覆盖”攻坚任务完成情况表']); s.merge('A1:J1');
  s.row(['截至2025年9月30日', null, null, null, null, null, null, null, '单位：个、%']);
  const h1 = s.row(['县（区）', '新建党组织', null, null, '选派党建工作指导员', null, null, '发展党员', null, null]);
  const h2 = s.row([null, '目标任务', '已完成', '完成率（%）', '目标任务', '已完成', '完成率（%）', '目标任务', '已完成', '完成率（%）']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:D${h1}`); s.merge(`E${h1}:G${h1}`); s.merge(`H${h1}:J${h1}`);
  const cs = L.names(27 + variant).counties.slice(0, 9);
  const raw = cs.map((t) => { const a = r.int(8, 40), b1 = Math.floor(a * (0.6 + r() * 0.7)), c = r.int(10, 60), d = Math.floor(c * (0.7 + r() * 0.6)), e = r.int(20, 90), f = Math.floor(e * (0.5 + r() * 0.9)); return [t, a, b1, c, d, e, f]; });
  const line = (t, x) => [t, x[0], x[1], rate(x[1], x[0]), x[2], x[3], rate(x[3], x[2]), x[4], x[5], rate(x[5], x[4])];
  const rows = raw.map((x) => s.row(line(x[0], x.slice(1))));
  const T = colSums(raw, 1, 6);
  const tr = s.row(line('全市', T), { bold: true });
  s.row(['注：完成率超过100%的为超额完成。']);
  s.table(h1, tr);
  // choose a plant on a row whose rate is over 100 for variant 0
  let pr = rows.findIndex((_, i) => raw[i][2] > raw[i][1]); if (pr < 0) pr = 2;
  await L.emit(variant ? 's06b_完成率超100_新业态' : 's06a_完成率超100_两个覆盖', b, variant ? { sheet: s.name, cell: addr(9, rows[3]), kind: 'count', what: '发展党员已完成 +' } : { sheet: s.name, cell: addr(4, rows[pr]), kind: 'rate', sign: 1, what: '完成率 (>100) +5' });
}

async function s07() {
  // 类型 × 登记机关 matrix, two blocks (数量 / 已建党组织), 合计 column first in each block
  const r = L.rng(2071); const b = new L.Book(); const s = b.sheet('类型与登记机关');
  s.row(['社会组织数量及党组织建立情况（按类型、登记机关）']); s.merge('A1:K1');
  const h1 = s.row(['类型', '社会组织数', null, null, null, '已建立党组织数', null, null, null, '覆盖率（%）']);
  const h2 = s.row([null, '合计', '省级', '市级', '县级', '合计', '省级', '市级', '县级', null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:E${h1}`); s.merge(`F${h1}:I${h1}`); s.merge(`J${h1}:J${h2}`);
  const types = ['社会团体', '社会服务机构（民办非企业单位）', '基金会'];
  const raw = types.map((t, i) => { const p = r.int(0, 20), c = r.int(i === 2 ? 0 : 40, i === 2 ? 8 : 200), x = i === 2 ? 0 : r.int(100, 900); const pc = r.frac(p, 0.3, 0.9), cc = r.frac(c, 0.2, 0.6), xc = r.frac(x, 0.1, 0.4); return [t, p + c + x, p, c, x, pc + cc + xc, pc, cc, xc]; });
  const line = (x) => [...x, rate(x[5], x[1])];
  const T = colSums(raw, 1, 8);
  const rows = raw.map((x) => s.row(line(x)));
  const tr = s.row(line(['总计', ...T]), { bold: true });
  s.table(h1, tr);
  await L.emit('s07_类型乘登记机关_两块合计列', b, { sheet: s.name, cell: addr(8, rows[1]), kind: 'count', what: '已建党组织 市级 in 社会服务机构 row' });
}

async function s08() {
  // shares of 党组织 types in total with 2 decimals, rows = counties, 占比 columns after each count
  const r = L.rng(2081); const b = new L.Book(); const s = b.sheet('组织形式占比');
  s.row(['非公企业党组织组织形式结构统计表']); s.merge('A1:J1');
  s.row(['单位：个、%']);
  const h1 = s.row(['县（市、区）', '党组织总数', '党委', null, '党总支', null, '党支部', null, '联合党支部', null]);
  const h2 = s.row([null, null, '个数', '占比', '个数', '占比', '个数', '占比', '个数', '占比']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); for (const c of ['C', 'E', 'G', 'I']) s.merge(`${c}${h1}:${String.fromCharCode(c.charCodeAt(0) + 1)}${h1}`);
  const cs = L.names(29).counties.slice(0, 9);
  const raw = cs.map((t) => { const a = r.int(1, 12), bb = r.int(3, 25), c = r.int(80, 600), d = r.int(10, 90); return [t, a, bb, c, d]; });
  const line = (t, x) => { const n = sum(x); return [t, n, x[0], rate(x[0], n, 2), x[1], rate(x[1], n, 2), x[2], rate(x[2], n, 2), x[3], rate(x[3], n, 2)]; };
  const T = colSums(raw, 1, 4);
  const tr = s.row(line('全市', T), { bold: true });
  const rows = raw.map((x) => s.row(line(x[0], x.slice(1))));
  s.table(h1, rows[rows.length - 1]);
  await L.emit('s08_组织形式占比_两位小数', b, { sheet: s.name, cell: addr(8, rows[4]), kind: 'rate', sign: -1, what: '党支部占比 −5' });
}

(async () => {
  await s01(); await s02(); await s03(0); await s03(1); await s04(0); await s04(1); await s05(); await s06(0); await s06(1); await s07(); await s08();
  L.saveManifest('gen2');
})().catch((e) => { console.error(e); process.exit(1); });
