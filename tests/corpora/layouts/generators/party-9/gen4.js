// round 10 gen4: mixes — wide 社会组织 with formulas, per-type 覆盖企业数, flows with 性别, IF formulas, 楼宇, 新就业群体, 工作覆盖
'use strict';
const L = require('./lib');
const { addr, sum, rate, ratio, colName } = L;
const colSums = (rows, from, to) => { const t = []; for (let c = from; c <= to; c++) t.push(sum(rows.map((x) => Number(x[c]) || 0))); return t; };

async function u01() {
  // wide 社会组织 basic table, SUM formulas in total row, rate formulas
  const r = L.rng(4011); const b = new L.Book(); const s = b.sheet('社会组织基本情况');
  s.row(['社会组织党建工作基本情况统计表']); s.merge('A1:T1');
  s.row(['填报单位：', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, '2025年上半年']);
  const h1 = s.row(['县（市、区）', '社会组织情况', null, null, null, null, '党组织情况', null, null, null, null, null, '党员情况', null, null, '工作开展情况', null, null, null, null]);
  const h2 = s.row([null, '社会组织总数', '社会团体', '社会服务机构', '基金会', '从业人员（人）', '已建立党组织的社会组织', null, null, '覆盖率（%）', '党组织数', '其中：联合党组织', '党员数', '其中：35岁及以下', '党员占从业人员比例（%）', '党建指导员（名）', '开展活动（次）', '党建工作经费（万元）', '其中：上级划拨（万元）', '备注']);
  const h3 = s.row([null, null, null, null, null, null, '合计', '单独建立', '联合建立', null, null, null, null, null, null, null, null, null, null, null]);
  for (const c of ['A', 'T']) s.merge(`${c}${h1}:${c}${h3}`);
  for (const c of ['B', 'C', 'D', 'E', 'F', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S']) s.merge(`${c}${h2}:${c}${h3}`);
  s.merge(`B${h1}:F${h1}`); s.merge(`G${h1}:L${h1}`); s.merge(`M${h1}:O${h1}`); s.merge(`P${h1}:S${h1}`); s.merge(`G${h2}:I${h2}`);
  const cs = L.names(1).counties.slice(0, 9);
  const first = h3 + 1;
  const raw = cs.map((t) => { const a = r.int(40, 300), bb = r.int(60, 500), c = r.int(0, 8), n = a + bb + c, st = n * r.int(6, 25), dj = r.frac(n, 0.05, 0.15), lh = r.frac(n, 0.15, 0.35), lz = Math.max(1, Math.floor(lh / r.int(3, 6))), pm = dj * r.int(4, 9) + lh, y = r.frac(pm, 0.2, 0.4), fund = r.int(50, 900) * 10; return [t, n, a, bb, c, st, dj + lh, dj, lh, null, dj + lz, lz, pm, y, null, r.frac(n - dj - lh, 0.2, 0.5), (dj + lz) * r.int(4, 10), fund / 100, Math.floor(fund * 0.6) / 100, null]; });
  const rows = raw.map((x, i) => { const rr = first + i; x[9] = { f: `ROUND(G${rr}/B${rr}*100,1)`, v: rate(x[6], x[1]) }; x[14] = { f: `ROUND(M${rr}/F${rr}*100,2)`, v: ratio(x[12], x[5], 2) }; return s.row(x); });
  const last = rows[rows.length - 1]; const tr = last + 1;
  const tot = [s.rows.length ? '全市' : ''];
  for (let c = 2; c <= 20; c++) {
    if (c === 10) tot.push({ f: `ROUND(G${tr}/B${tr}*100,1)`, v: rate(sum(raw.map((x) => x[6])), sum(raw.map((x) => x[1]))) });
    else if (c === 15) tot.push({ f: `ROUND(M${tr}/F${tr}*100,2)`, v: ratio(sum(raw.map((x) => x[12])), sum(raw.map((x) => x[5])), 2) });
    else if (c === 20) tot.push(null);
    else { const v = sum(raw.map((x) => x[c - 1])); tot.push({ f: `SUM(${colName(c)}${first}:${colName(c)}${last})`, v: c >= 18 ? Math.round(v * 100) / 100 : v }); }
  }
  s.row(tot, { bold: true });
  for (let rr = first; rr <= tr; rr++) { s.fmt(addr(18, rr), '0.00'); s.fmt(addr(19, rr), '0.00'); }
  s.table(h1, tr);
  await L.emit('u01_社会组织宽表_三层表头_公式合计', b, { sheet: s.name, cell: addr(3, rows[2]), kind: 'count', what: '社会团体 in a county (总数 ≠ 三类之和; 全市 SUM cached)' });
}

async function u02() {
  // per-type 个数 / 覆盖企业数 pairs
  const r = L.rng(4021); const b = new L.Book(); const s = b.sheet('党组织设置');
  s.row(['非公有制企业党组织设置及覆盖情况']); s.merge('A1:N1');
  const h1 = s.row(['乡镇（街道）', '企业数', '党组织合计', null, '党委', null, '党总支', null, '党支部', null, '联合党支部', null, '覆盖率（%）', '每个联合党支部平均覆盖企业数']);
  const h2 = s.row([null, null, '个数', '覆盖企业数', '个数', '覆盖企业数', '个数', '覆盖企业数', '个数', '覆盖企业数', '个数', '覆盖企业数', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`M${h1}:M${h2}`); s.merge(`N${h1}:N${h2}`); for (const c of [3, 5, 7, 9, 11]) s.merge(`${colName(c)}${h1}:${colName(c + 1)}${h1}`);
  const towns = L.names(2).towns.slice(0, 11);
  const raw = towns.map((t) => { const e = r.int(40, 320), a = r.int(0, 2), bb = r.int(0, 4), c = r.frac(e, 0.08, 0.25), d = r.int(1, 9), dc = d * 2 + r.int(0, d * 3); return [t, e, a + bb + c + d, a + bb + c + dc, a, a, bb, bb, c, c, d, dc]; });
  const line = (x) => [...x, rate(x[3], x[1]), ratio(x[11], x[10], 1, 1)];
  const rows = raw.map((x) => s.row(line(x)));
  const T = colSums(raw, 1, 11);
  const tr = s.row(line(['合计', ...T]), { bold: true });
  s.table(h1, tr);
  await L.emit('u02_按类型个数与覆盖企业数成对', b, { sheet: s.name, cell: addr(12, rows[4]), kind: 'count', what: '联合党支部覆盖企业数 +' });
}

async function u03() {
  // flows with 停止党籍/出党 and 年末 by 性别
  const r = L.rng(4031); const b = new L.Book(); const s = b.sheet('党员变化');
  s.row(['两新组织党员增减变化及结构情况']); s.merge('A1:L1');
  const h1 = s.row(['县（市、区）', '上年末党员数', '本年增加', null, null, '本年减少', null, null, null, '本年末党员数', '按性别分', null]);
  const h2 = s.row([null, null, '小计', '发展', '转入', '小计', '转出', '出党', '死亡', null, '男', '女']);
  for (const c of ['A', 'B', 'J']) s.merge(`${c}${h1}:${c}${h2}`); s.merge(`C${h1}:E${h1}`); s.merge(`F${h1}:I${h1}`); s.merge(`K${h1}:L${h1}`);
  const cs = L.names(3).counties.slice(0, 10);
  const raw = cs.map((t) => { const a = r.int(400, 5000), d = r.frac(a, 0.02, 0.05), i = r.frac(a, 0.04, 0.1), o = r.frac(a, 0.03, 0.09), c = r.int(0, 3), dd = r.int(0, 8), e = a + d + i - o - c - dd, f = r.frac(e, 0.28, 0.42); return [t, a, d + i, d, i, o + c + dd, o, c, dd, e, e - f, f]; });
  const T = colSums(raw, 1, 11);
  const tr = s.row(['全市', ...T], { bold: true });
  const rows = raw.map((x) => s.row(x));
  s.table(h1, rows[rows.length - 1]);
  await L.emit('u03_党员增减_小计_出党_性别', b, { sheet: s.name, cell: addr(7, rows[6]), kind: 'count', what: '转出 + (breaks 减少小计, 年末 identity, 全市)' });
}

async function u04() {
  // IF formulas returning "—" for zero enterprises; SUBTOTAL subtotals and grand total
  const r = L.rng(4041); const b = new L.Book(); const s = b.sheet('统计');
  s.row(['各乡镇非公企业党组织覆盖情况（公式版）']); s.merge('A1:F1');
  const h = s.row(['片区/乡镇', '企业数', '已建党组织企业数', '覆盖率（%）', '无党员企业数', '党员数']);
  const towns = L.names(4).towns;
  const groups = [['城区片', 4], ['山区片', 4], ['湖区片', 3]];
  let ti = 0; const mrows = []; const subs = []; const first = h + 1;
  for (const [g, n] of groups) {
    const start = s.rows.length + 1; const mem = [];
    for (let k = 0; k < n; k++) { const zero = g === '山区片' && k === 2; const e = zero ? 0 : r.int(5, 150), c = zero ? 0 : r.frac(e, 0.3, 0.8), nm = zero ? 0 : r.frac(e - c, 0.2, 0.6), pm = c * r.int(3, 9); mem.push([e, c, nm, pm]); const rr = s.rows.length + 1; mrows.push(s.row(['　' + towns[ti++], e, c, { f: `IF(B${rr}=0,"—",ROUND(C${rr}/B${rr}*100,1))`, v: e ? rate(c, e) : '—' }, nm, pm])); }
    const end = s.rows.length; const sr = end + 1; const t = [0, 1, 2, 3].map((i) => sum(mem.map((x) => x[i])));
    subs.push(s.row([`${g}小计`, { f: `SUBTOTAL(9,B${start}:B${end})`, v: t[0] }, { f: `SUBTOTAL(9,C${start}:C${end})`, v: t[1] }, { f: `IF(B${sr}=0,"—",ROUND(C${sr}/B${sr}*100,1))`, v: rate(t[1], t[0]) }, { f: `SUBTOTAL(9,E${start}:E${end})`, v: t[2] }, { f: `SUBTOTAL(9,F${start}:F${end})`, v: t[3] }], { bold: true }));
  }
  const last = s.rows.length; const gr = last + 1;
  const all = mrows.map((rr) => s.rows[rr - 1]);
  const T = [1, 2, 4, 5].map((c) => sum(all.map((x) => x[c])));
  s.row(['全县', { f: `SUBTOTAL(9,B${first}:B${last})`, v: T[0] }, { f: `SUBTOTAL(9,C${first}:C${last})`, v: T[1] }, { f: `IF(B${gr}=0,"—",ROUND(C${gr}/B${gr}*100,1))`, v: rate(T[1], T[0]) }, { f: `SUBTOTAL(9,E${first}:E${last})`, v: T[2] }, { f: `SUBTOTAL(9,F${first}:F${last})`, v: T[3] }], { bold: true });
  s.table(h, gr);
  await L.emit('u04_IF公式短横线_SUBTOTAL小计与全县', b, { sheet: s.name, cell: addr(3, mrows[7]), kind: 'count', what: '已建党组织企业数 in a town (IF/SUBTOTAL layout)' });
}

async function u05() {
  // 社会组织 table: 开发区 rows red after towns; 其中 row directly after 合计 at top
  const r = L.rng(4051); const b = new L.Book(); const s = b.sheet('社会组织');
  s.row(['社会组织党组织覆盖情况统计表']); s.merge('A1:F1');
  const h = s.row(['乡镇（街道、园区）', '社会组织数', '已建党组织数', '覆盖率（%）', '党员数', '备注']);
  const towns = L.names(5).towns.slice(0, 8);
  const mk = (lo, hi) => { const o = r.int(lo, hi), c = r.frac(o, 0.2, 0.7); return [o, c, rate(c, o), c * r.int(3, 8)]; };
  const raw = towns.map((t) => [t, ...mk(5, 40)]);
  const parks = [['高新区', ...mk(10, 30)], ['综合保税区', ...mk(2, 8)]];
  const T = colSums([...raw, ...parks], 1, 4); const P = colSums(parks, 1, 4);
  const tr = s.row(['合计', T[0], T[1], rate(T[1], T[0]), T[3], '含园区'], { bold: true });
  const yr = s.row(['其中：园区', P[0], P[1], rate(P[1], P[0]), P[3], null], { red: true });
  const rows = raw.map((x) => s.row([...x, null]));
  const prows = parks.map((x) => s.row([...x, '园区'], { red: true }));
  s.table(h, prows[1]);
  await L.emit('u05_社会组织_合计在上_其中园区在合计下_园区红字在末', b, { sheet: s.name, cell: addr(2, prows[1]), kind: 'count', what: '社会组织数 of 综合保税区 red row' });
}

async function u06() {
  // 登记机关 as rows (省级/市级/县级) × 类型 columns, with 其中：已脱钩行业协会商会
  const r = L.rng(4061); const b = new L.Book(); const s = b.sheet('登记机关');
  s.row(['社会组织按登记机关统计表']); s.merge('A1:I1');
  const h1 = s.row(['登记机关', '社会组织数', '按类型分', null, null, '其中：行业协会商会', '其中：已脱钩', '已建立党组织数', '覆盖率（%）']);
  const h2 = s.row([null, null, '社会团体', '社会服务机构', '基金会', null, null, null, null]);
  for (const c of ['A', 'B', 'F', 'G', 'H', 'I']) s.merge(`${c}${h1}:${c}${h2}`); s.merge(`C${h1}:E${h1}`);
  const levels = ['省级登记', '市级登记', '县级登记'];
  const raw = levels.map((t, i) => { const a = r.int(20, 300) * (i + 1), bb = r.int(40, 500) * (i + 1), c = i === 2 ? 0 : r.int(2, 20), n = a + bb + c, hx = r.frac(a, 0.2, 0.4), tg = r.frac(hx, 0.7, 0.98), cv = r.frac(n, 0.2, 0.5); return [t, n, a, bb, c, hx, tg, cv]; });
  const line = (x) => [...x, rate(x[7], x[1])];
  const T = colSums(raw, 1, 7);
  const tr = s.row(line(['合计', ...T]), { bold: true });
  const rows = raw.map((x) => s.row(line(x)));
  s.row(['注：省级、市级登记的指住所在本县的社会组织。']);
  s.table(h1, rows[2]);
  await L.emit('u06_登记机关为行_类型为列_脱钩其中', b, { sheet: s.name, cell: addr(7, rows[0]), kind: 'count', what: '已脱钩 in 省级 row +' });
}

async function u07() {
  // csv: text rates with %, blanks, '—', 乡镇 with zero enterprises
  const r = L.rng(4071); const b = new L.Book(); const s = b.sheet('u07');
  s.row(['乡镇非公企业党组织覆盖情况']);
  s.row(['乡镇', '企业数', '已建立党组织企业数', '覆盖率', '选派指导员数', '备注']);
  const towns = L.names(6).towns.slice(0, 10);
  const raw = towns.map((t, i) => { if (i === 4) return [t, 0, 0, '—', 0, '无企业']; const e = r.int(3, 90), c = r.frac(e, 0.2, 0.8); return [t, e, c, rate(c, e).toFixed(1) + '%', r.frac(e - c, 0.2, 0.6), i === 1 ? '新增3家' : '']; });
  const rows = raw.map((x) => s.row(x.map((v, k) => (k >= 1 && k !== 3 && v === 0 ? '' : v))));
  const T = colSums(raw, 1, 4);
  const tr = s.row(['合计', T[0], T[1], rate(T[1], T[0]).toFixed(1) + '%', T[3], '']);
  await L.emit('u07_csv_文本百分比_空白_短横线', b, { sheet: s.name, cell: addr(2, rows[6]), kind: 'count', what: '企业数 +' }, { csv: true });
}

async function u08() {
  // 新就业群体: 快递/外卖/网约车/货车司机, 0.0% fractions, 完成率 >100
  const r = L.rng(4081); const b = new L.Book(); const s = b.sheet('新就业群体');
  s.row(['新就业群体党建工作情况统计表']); s.merge('A1:J1');
  const h = s.row(['群体', '从业人员（人）', '党员（名）', '其中：亮明身份', '亮身份率', '党员占比', '建立党组织（个）', '年度目标（个）', '完成率', '联系电话']);
  const groups = ['快递员', '外卖送餐员', '网约车司机', '货车司机', '网络主播'];
  const raw = groups.map((t) => { const st = r.int(800, 9000), pm = r.frac(st, 0.01, 0.05), ld = r.frac(pm, 0.6, 0.95), o = r.int(2, 15), g = Math.max(1, Math.floor(o * (0.7 + r() * 0.5))); return [t, st, pm, ld, o, g]; });
  const line = (x, phone) => [x[0], x[1], x[2], x[3], { v: ratio(x[3], x[2], 3, 1), z: '0.0%' }, { v: ratio(x[2], x[1], 4, 1), z: '0.00%' }, x[4], x[5], { v: ratio(x[4], x[5], 3, 1), z: '0.0%' }, phone];
  const rows = raw.map((x, i) => s.row(line(x, `0731-8${r.int(1000000, 9999999)}`)));
  const T = colSums(raw, 1, 5);
  const tr = s.row(line(['合计', ...T], null), { bold: true });
  s.table(h, tr);
  await L.emit('u08_新就业群体_百分比格式_完成率超100', b, { sheet: s.name, cell: addr(9, rows[1]), kind: 'rate', sign: 1, what: '完成率 (0.0% fraction) +5 points' });
}

async function u09() {
  // 商务楼宇 ledger-ish: 楼宇名称, 地址, 入驻企业, 已建党组织企业, 覆盖率, 楼宇党组织类型, 书记, 电话; 合计
  const r = L.rng(4091); const b = new L.Book(); const s = b.sheet('商务楼宇');
  s.row(['商务楼宇党建工作情况一览表']); s.merge('A1:J1');
  s.row(['填报单位：芙蓉区委两新工委', null, null, null, null, null, null, '截至2025.6.30']);
  const h = s.row(['序号', '楼宇名称', '地址', '入驻企业数', '其中：非公企业', '已建党组织企业数', '覆盖率（%）', '楼宇党组织形式', '党组织书记', '联系电话']);
  const bl = ['国际金融中心', '万达广场写字楼', '中天大厦', '汇金国际', '湘江财富中心', '星城科技园A座', '新时代广场', '芙蓉商务中心'];
  const raw = bl.map((t, i) => { const n = r.int(30, 260), f = n - r.int(0, 8), c = r.frac(f, 0.1, 0.45); return [i + 1, t, `芙蓉中路${r.int(1, 3)}段${r.int(10, 600)}号`, n, f, c, rate(c, n), r.pick(['楼宇党委', '楼宇联合党支部', '楼宇党总支']), '王' + '某', `138${r.int(10000000, 99999999)}`]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 3, 5);
  const tr = s.row(['', '合计', `${bl.length}栋`, T[0], T[1], T[2], rate(T[2], T[0]), null, null, null], { bold: true });
  s.table(h, tr);
  await L.emit('u09_商务楼宇一览表_地址电话', b, { sheet: s.name, cell: addr(6, rows[2]), kind: 'count', what: '已建党组织企业数 in a building +' });
}

async function u10() {
  // 组织覆盖 + 工作覆盖 blocks
  const r = L.rng(4101); const b = new L.Book(); const s = b.sheet('两个覆盖');
  s.row(['非公有制企业党的组织和工作覆盖情况']); s.merge('A1:H1');
  const h1 = s.row(['县（市、区）', '企业数', '党的组织覆盖', null, '党的工作覆盖', null, '两个覆盖均未实现企业数', '备注']);
  const h2 = s.row([null, null, '覆盖企业数', '覆盖率（%）', '覆盖企业数', '覆盖率（%）', null, null]);
  for (const c of ['A', 'B', 'G', 'H']) s.merge(`${c}${h1}:${c}${h2}`); s.merge(`C${h1}:D${h1}`); s.merge(`E${h1}:F${h1}`);
  const cs = L.names(7).counties.slice(0, 10);
  const raw = cs.map((t) => { const e = r.int(300, 3000), o = r.frac(e, 0.4, 0.7), w = o + r.frac(e - o, 0.5, 0.95); return [t, e, o, rate(o, e), w, rate(w, e), e - w, null]; });
  const T = colSums(raw, 1, 6);
  const rows = raw.map((x) => s.row(x));
  const tr = s.row(['全市', T[0], T[1], rate(T[1], T[0]), T[3], rate(T[3], T[0]), T[5], null], { bold: true });
  s.row(['注：党的工作覆盖包含党的组织覆盖。']);
  s.table(h1, tr);
  await L.emit('u10_组织覆盖与工作覆盖', b, { sheet: s.name, cell: addr(6, rows[3]), kind: 'rate', sign: -1, what: '工作覆盖率 −5' });
}

(async () => {
  await u01(); await u02(); await u03(); await u04(); await u05(); await u06(); await u07(); await u08(); await u09(); await u10();
  L.saveManifest('gen4');
})().catch((e) => { console.error(e); process.exit(1); });
