// 两新组织合计 tables, social organisations by type, 行业党委 / 新就业群体
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;
const colSums = (rows, from, to) => { const t = []; for (let c = from; c <= to; c++) t.push(sum(rows.map((x) => x[c]))); return t; };

async function p01() {
  // 两新组织合计 = 非公企业 + 社会组织 per row; 合计 block first; 全县 bottom
  const r = L.rng(901); const b = new L.Book(); const s = b.sheet('两新组织覆盖');
  s.row(['全县“两新”组织党组织覆盖情况统计表']); s.merge('A1:K1');
  s.row(['单位：个、%', null, null, null, null, null, null, null, null, '截至2024年12月31日']);
  const h1 = s.row(['序号', '乡镇（街道）', '两新组织合计', null, null, '非公有制企业', null, null, '社会组织', null, null]);
  const h2 = s.row([null, null, '总数', '已建立党组织', '覆盖率（%）', '企业数', '已建立党组织', '覆盖率（%）', '社会组织数', '已建立党组织', '覆盖率（%）']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:E${h1}`); s.merge(`F${h1}:H${h1}`); s.merge(`I${h1}:K${h1}`);
  const towns = L.names(1).towns.slice(0, 11);
  const raw = towns.map((t) => { const e = r.int(40, 380), ec = r.frac(e, 0.55, 0.9), o = r.int(6, 45), oc = r.frac(o, 0.3, 0.8); return { t, e, ec, o, oc }; });
  const mk = (x) => [x.e + x.o, x.ec + x.oc, rate(x.ec + x.oc, x.e + x.o), x.e, x.ec, rate(x.ec, x.e), x.o, x.oc, rate(x.oc, x.o)];
  const rows = raw.map((x, i) => s.row([i + 1, x.t, ...mk(x)]));
  const T = { e: sum(raw.map((x) => x.e)), ec: sum(raw.map((x) => x.ec)), o: sum(raw.map((x) => x.o)), oc: sum(raw.map((x) => x.oc)) };
  const tr = s.row([null, '全县', ...mk(T)], { bold: true }); s.merge(`A${tr}:B${tr}`); s.set(`A${tr}`, '全县'); s.set(`B${tr}`, null);
  s.row(['填报人：王芳', null, null, null, '审核人：刘建国', null, null, null, '填报日期：2025年1月8日']);
  s.table(h1, tr);
  await L.emit('p01_两新合计_合计块在前_全县在底', b, { sheet: s.name, cell: addr(9, rows[4]), kind: 'count', what: '社会组织数 in a town row (breaks 两新合计 and 社会组织覆盖率)' });
}

async function p02() {
  // 合计 block at the right, 全市 first, rates 2 decimals
  const r = L.rng(902); const b = new L.Book(); const s = b.sheet('Sheet1');
  s.row(['全市两新组织党的组织覆盖情况']); s.merge('A1:J1');
  s.row(['单位：家、%']);
  const h1 = s.row(['县（市、区）', '非公有制企业', null, null, '社会组织', null, null, '两新组织合计', null, null]);
  const h2 = s.row([null, '总数', '建立党组织企业数', '覆盖率', '总数', '建立党组织社会组织数', '覆盖率', '总数', '建立党组织数', '覆盖率']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:D${h1}`); s.merge(`E${h1}:G${h1}`); s.merge(`H${h1}:J${h1}`);
  const cs = L.names(2).counties.slice(0, 9);
  const raw = cs.map((t) => { const e = r.int(300, 2600), ec = r.frac(e, 0.5, 0.85), o = r.int(60, 400), oc = r.frac(o, 0.4, 0.9); return { t, e, ec, o, oc }; });
  const mk = (x) => [x.e, x.ec, rate(x.ec, x.e, 2), x.o, x.oc, rate(x.oc, x.o, 2), x.e + x.o, x.ec + x.oc, rate(x.ec + x.oc, x.e + x.o, 2)];
  const T = { e: sum(raw.map((x) => x.e)), ec: sum(raw.map((x) => x.ec)), o: sum(raw.map((x) => x.o)), oc: sum(raw.map((x) => x.oc)) };
  const tr = s.row(['全市', ...mk(T)], { bold: true });
  const rows = raw.map((x) => s.row([x.t, ...mk(x)]));
  s.row(['注：两新组织合计=非公有制企业+社会组织。']);
  s.table(h1, rows[rows.length - 1]);
  await L.emit('p02_两新合计_合计块在右_两位小数', b, { sheet: s.name, cell: addr(10, rows[2]), kind: 'rate', sign: -1, what: '两新合计 覆盖率 in a county row −5' });
}

async function p03() {
  // social organisations by type as rows, 其中：行业协会商会 under 社会团体
  const r = L.rng(903); const b = new L.Book(); const s = b.sheet('社会组织分类型');
  s.row(['社会组织党建工作情况统计表（按类型）']); s.merge('A1:I1');
  s.row(['填报单位：云澜市社会组织综合党委', null, null, null, null, null, '单位：个、名、%']);
  const h1 = s.row(['类  型', '社会组织数', '已建立党组织的社会组织', null, null, '党组织覆盖率（%）', '党员数', '无党员社会组织数', '选派党建指导员数']);
  const h2 = s.row([null, null, '小计', '单独建立', '联合建立', null, null, null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:E${h1}`); for (const c of ['F', 'G', 'H', 'I']) s.merge(`${c}${h1}:${c}${h2}`);
  const mkT = (n) => { const sg = r.frac(n, 0.2, 0.45), jt = r.frac(n - sg, 0.2, 0.5); const nm = r.frac(n - sg - jt, 0.4, 0.9); return { n, sg, jt, pm: sg * r.int(4, 9) + jt * r.int(1, 2), nm, gd: r.frac(n - sg - jt, 0.2, 0.5) }; };
  const st = mkT(r.int(600, 900)); const hx = mkT(r.int(120, 200)); hx.n = Math.min(hx.n, st.n - 100); hx.sg = Math.min(hx.sg, st.sg - 10); hx.jt = Math.min(hx.jt, st.jt - 10); hx.nm = Math.min(hx.nm, st.nm - 5, hx.n - hx.sg - hx.jt); hx.pm = Math.min(hx.pm, st.pm - 50); hx.gd = Math.min(hx.gd, st.gd - 3, hx.n - hx.sg - hx.jt);
  const ms = mkT(r.int(900, 1400)); const jj = mkT(r.int(20, 45));
  const line = (x) => [x.n, x.sg + x.jt, x.sg, x.jt, rate(x.sg + x.jt, x.n), x.pm, x.nm, x.gd];
  const T = {}; for (const k of ['n', 'sg', 'jt', 'pm', 'nm', 'gd']) T[k] = st[k] + ms[k] + jj[k];
  const tr = s.row(['合计', ...line(T)], { bold: true });
  const r1 = s.row(['社会团体', ...line(st)]);
  const r2 = s.row(['　其中：行业协会商会', ...line(hx)]);
  const r3 = s.row(['民办非企业单位（社会服务机构）', ...line(ms)]);
  const r4 = s.row(['基金会', ...line(jj)]);
  s.row(['说明：合计=社会团体+民办非企业单位（社会服务机构）+基金会，行业协会商会已含在社会团体中。']);
  s.table(h1, r4);
  await L.emit('p03_社会组织按类型行_其中行业协会商会', b, { sheet: s.name, cell: addr(7, r4), kind: 'count', what: '基金会 党员数 (合计 no longer sums)' });
}

async function p04() {
  // social organisations by type as columns per county, plus 已脱钩行业协会商会 block with its own 覆盖率
  const r = L.rng(904); const b = new L.Book(); const s = b.sheet('社会组织');
  s.row(['各县（市、区）社会组织及脱钩行业协会商会党建情况']); s.merge('A1:K1');
  const h1 = s.row(['地区', '社会组织', null, null, null, null, null, null, '已脱钩行业协会商会', null, null]);
  const h2 = s.row([null, '总数', '社会团体', '其中：行业协会商会', '社会服务机构', '基金会', '已建立党组织', '覆盖率（%）', '数量', '已建立党组织', '覆盖率（%）']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:H${h1}`); s.merge(`I${h1}:K${h1}`);
  const cs = L.names(4).counties.slice(0, 10);
  const raw = cs.map((t) => { const st = r.int(80, 260), hx = r.frac(st, 0.2, 0.4), ms = r.int(100, 420), jj = r.int(0, 8); const n = st + ms + jj; const cov = r.frac(n, 0.35, 0.7); const tg = r.frac(hx, 0.6, 0.95); const tgc = r.frac(tg, 0.5, 0.9); return [t, n, st, hx, ms, jj, cov, rate(cov, n), tg, tgc, rate(tgc, tg)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 10);
  const tr = s.row(['合计', T[0], T[1], T[2], T[3], T[4], T[5], rate(T[5], T[0]), T[7], T[8], rate(T[8], T[7])], { bold: true });
  s.table(h1, tr);
  await L.emit('p04_社会组织类型列_脱钩块覆盖率', b, { sheet: s.name, cell: addr(5, rows[6]), kind: 'count', what: '社会服务机构 in a county row (总数 no longer type sum)' });
}

async function p05() {
  // 律师行业党委: county rows, 党员律师 split by where membership is held, 党员占比
  const r = L.rng(905); const b = new L.Book(); const s = b.sheet('律师行业');
  s.row(['全市律师行业党建工作情况统计表']); s.merge('A1:K1');
  s.row(['填报单位：市律师行业党委', null, null, null, null, null, null, null, '单位：个、名、%']);
  const h = s.row(['县（市、区）', '律师事务所数', '已建立党组织的律所数', '其中：单独建立', '联合建立', '党组织覆盖率（%）', '执业律师数', '党员律师数', '其中：组织关系在所内', '组织关系不在所内（流动党员）', '党员律师占比（%）']);
  const cs = L.names(5).counties.slice(0, 8);
  const raw = cs.map((t) => { const n = r.int(12, 70), sg = r.frac(n, 0.15, 0.3), jt = r.frac(n - sg, 0.3, 0.7); const law = n * r.int(5, 14); const pm = r.frac(law, 0.18, 0.32); const inn = r.frac(pm, 0.55, 0.85); return [t, n, sg + jt, sg, jt, rate(sg + jt, n), law, pm, inn, pm - inn, rate(pm, law)]; });
  const T = colSums(raw, 1, 10);
  const tr = s.row(['全市', T[0], T[1], T[2], T[3], rate(T[1], T[0]), T[5], T[6], T[7], T[8], rate(T[6], T[5])], { bold: true });
  const rows = raw.map((x) => s.row(x));
  s.table(h, rows[rows.length - 1]);
  await L.emit('p05_律师行业党委_流动党员_党员占比', b, { sheet: s.name, cell: addr(11, rows[3]), kind: 'rate', sign: 1, what: '党员律师占比 +5 in a county row' });
}

async function p06() {
  // 行业党委 forms: sectors as rows, org types, 流动党员
  const r = L.rng(906); const b = new L.Book(); const s = b.sheet('行业党委');
  s.row(['行业党委（行业党组织）管理覆盖情况表']); s.merge('A1:L1');
  s.row(['单位：个、名、%']);
  const h1 = s.row(['行业', '单位数', '从业人员数', '党员数', '其中：流动党员', '已建立党组织的单位数', '覆盖率（%）', '党组织数', null, null, null, '备注']);
  const h2 = s.row([null, null, null, null, null, null, null, '合计', '党委', '党总支', '党支部', null]);
  for (const c of 'ABCDEFG') s.merge(`${c}${h1}:${c}${h2}`); s.merge(`H${h1}:K${h1}`); s.merge(`L${h1}:L${h2}`);
  const secs = ['律师事务所', '会计师事务所', '税务师事务所', '资产评估机构', '互联网企业', '快递物流企业', '外卖配送站点', '网约车平台企业'];
  const raw = secs.map((t) => { const n = r.int(15, 260), w = n * r.int(8, 40), pm = r.frac(w, 0.03, 0.12), fl = r.frac(pm, 0.1, 0.45), cov = r.frac(n, 0.3, 0.8); const wei = r.int(0, 2), zz = r.int(0, 4), zb = r.int(Math.max(1, Math.floor(cov / 3)), cov); return [t, n, w, pm, fl, cov, rate(cov, n), wei + zz + zb, wei, zz, zb, null]; });
  raw[6][11] = '以站点为单位统计';
  const T = colSums(raw, 1, 10);
  const tr = s.row(['合计', T[0], T[1], T[2], T[3], T[4], rate(T[4], T[0]), T[6], T[7], T[8], T[9], null], { bold: true });
  const rows = raw.map((x) => s.row(x));
  s.table(h1, rows[rows.length - 1]);
  await L.emit('p06_行业党委_行业行_党组织类型_流动党员', b, { sheet: s.name, cell: addr(11, rows[2]), kind: 'count', what: '党支部 in a sector row (合计 of 党组织数 breaks)' });
}

async function p07() {
  // 新就业群体
  const r = L.rng(907); const b = new L.Book(); const s = b.sheet('新就业群体');
  s.row(['新就业群体党建工作情况统计表']); s.merge('A1:I1');
  s.row(['截至2025年3月底', null, null, null, null, null, null, null, '单位：名、个、%']);
  const h = s.row(['群体类别', '从业人员数', '党员数', '党员占比（%）', '其中：流动党员', '已纳入组织管理党员', '纳入管理率（%）', '建立党组织数', '“暖蜂驿站”数']);
  const grp = ['快递员', '外卖送餐员', '网约车驾驶员', '货车司机', '网络主播', '其他'];
  const raw = grp.map((t) => { const w = r.int(800, 12000), pm = r.frac(w, 0.008, 0.03), fl = r.frac(pm, 0.2, 0.6), inc = r.frac(pm, 0.7, 0.98); return [t, w, pm, rate(pm, w, 2), fl, inc, rate(inc, pm), r.int(1, 25), r.int(0, 40)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 8);
  const tr = s.row(['合计', T[0], T[1], rate(T[1], T[0], 2), T[3], T[4], rate(T[4], T[1]), T[6], T[7]], { bold: true });
  s.row(['注：党员占比=党员数÷从业人员数×100%；纳入管理率=已纳入组织管理党员÷党员数×100%。']);
  s.table(h, tr);
  await L.emit('p07_新就业群体_党员占比_纳入率', b, { sheet: s.name, cell: addr(7, rows[1]), kind: 'rate', sign: -1, what: '纳入管理率 −5 in 外卖送餐员 row' });
}

async function p08() {
  // 外卖骑手 by district with platform breakdown and station coverage
  const r = L.rng(908); const b = new L.Book(); const s = b.sheet('骑手');
  s.row(['外卖骑手群体党建情况（分区）']); s.merge('A1:J1');
  const h1 = s.row(['区', '骑手总数', '按平台分', null, null, '党员骑手', '党员骑手占比（%）', '配送站点数', '建立党组织的站点数', '站点党组织覆盖率（%）']);
  const h2 = s.row([null, null, '美团', '饿了么', '其他平台', null, null, null, null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:E${h1}`); for (const c of 'FGHIJ') s.merge(`${c}${h1}:${c}${h2}`);
  const cs = L.names(8).counties.slice(0, 7).map((x) => x.replace(/县$/, '区'));
  const raw = cs.map((t) => { const p = [r.int(400, 2500), r.int(300, 1800), r.int(20, 300)]; const n = sum(p); const pm = r.frac(n, 0.01, 0.03); const st = r.int(10, 60); const sc = r.frac(st, 0.3, 0.8); return [t, n, ...p, pm, rate(pm, n, 2), st, sc, rate(sc, st)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 9);
  const tr = s.row(['全市合计', T[0], T[1], T[2], T[3], T[4], rate(T[4], T[0], 2), T[6], T[7], rate(T[7], T[6])], { bold: true });
  s.table(h1, tr);
  await L.emit('p08_外卖骑手_平台分列_站点覆盖率', b, { sheet: s.name, cell: addr(3, rows[3]), kind: 'count', what: '美团 riders in a district row' });
}

async function p09() {
  // 互联网企业, coverage as text with % and 2 decimals
  const r = L.rng(909); const b = new L.Book(); const s = b.sheet('互联网企业');
  s.row(['互联网企业党建工作统计表']); s.merge('A1:H1');
  const h = s.row(['县（市、区）', '互联网企业数', '其中：规模以上', '建立党组织的企业数', '党组织覆盖率', '从业人员数', '党员数', '党组织书记由高管担任的企业数']);
  const cs = L.names(9).counties.slice(0, 9);
  const raw = cs.map((t) => { const n = r.int(20, 300), gs = r.frac(n, 0.1, 0.3), c = r.frac(n, 0.2, 0.6), w = n * r.int(15, 80), pm = r.frac(w, 0.04, 0.1), gg = r.frac(c, 0.3, 0.7); return [t, n, gs, c, rate(c, n, 2).toFixed(2) + '%', w, pm, gg]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 7);
  const tr = s.row(['合计', T[0], T[1], T[2], rate(T[2], T[0], 2).toFixed(2) + '%', T[4], T[5], T[6]], { bold: true });
  s.table(h, tr);
  await L.emit('p09_互联网企业_覆盖率百分号文本', b, { sheet: s.name, cell: addr(5, rows[5]), kind: 'rate', sign: 1, what: '覆盖率 text +5 points' });
}

async function p10() {
  // CSV: 两新 combined at town level, total at top
  const r = L.rng(910); const b = new L.Book(); const s = b.sheet('p10');
  s.row(['乡镇', '非公企业数', '非公企业已建党组织数', '非公企业覆盖率(%)', '社会组织数', '社会组织已建党组织数', '社会组织覆盖率(%)', '两新组织总数', '两新组织已建党组织数', '两新组织覆盖率(%)']);
  const towns = L.names(10).towns.slice(0, 12);
  const raw = towns.map((t) => { const e = r.int(30, 300), ec = r.frac(e, 0.4, 0.9), o = r.int(3, 40), oc = r.frac(o, 0.2, 0.8); return [t, e, ec, rate(ec, e), o, oc, rate(oc, o), e + o, ec + oc, rate(ec + oc, e + o)]; });
  const T = colSums(raw, 1, 9);
  s.row(['合计', T[0], T[1], rate(T[1], T[0]), T[3], T[4], rate(T[4], T[3]), T[6], T[7], rate(T[7], T[6])]);
  raw.forEach((x) => s.row(x));
  await L.emit('p10_两新合计_乡镇_合计在上', b, { sheet: 'p10', cell: addr(8, 8), kind: 'count', what: '两新组织总数 in a town row (≠ 非公+社会组织)' }, { csv: true });
}

(async () => { for (const f of [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10]) await f(); L.saveManifest('gen1'); })();
