// round 10 gen1: very wide 基本情况表, 组织类型, 党员流动, formulas/subtotals, 园区 rows
'use strict';
const L = require('./lib');
const { addr, sum, rate, colName } = L;
const colSums = (rows, from, to) => { const t = []; for (let c = from; c <= to; c++) t.push(sum(rows.map((x) => Number(x[c]) || 0))); return t; };

// ---------- w01: very wide 基本情况统计表 with 3-row header
function wideRow(r, emp) {
  const e = r.int(30, 420), gs = r.frac(e, 0.1, 0.3), gx = r.frac(e, 0.05, 0.2), staff = e * r.int(18, 60);
  const dj = r.frac(e, 0.25, 0.45), lh = r.frac(e, 0.15, 0.35), cov = dj + lh;
  const dw = r.int(0, 2), zz = r.int(0, Math.max(0, Math.floor(dj / 8))), zb = dj - dw - zz, lz = Math.max(1, Math.floor(lh / r.int(3, 6)));
  const orgs = dw + zz + zb + lz, noMem = r.frac(e - cov, 0.3, 0.7);
  const pm = dj * r.int(5, 14) + lh * r.int(1, 2), f = r.frac(pm, 0.25, 0.4), y = r.frac(pm, 0.2, 0.35), dz = r.frac(pm, 0.5, 0.8), fz = r.frac(pm, 0.02, 0.06);
  const zd = r.frac(e - dj, 0.2, 0.4), zd2 = r.frac(orgs, 0.5, 1.0), act = orgs * r.int(8, 12), online = r.frac(act, 0.1, 0.3), good = r.frac(orgs, 0.2, 0.5);
  return { e, gs, gx, staff, dj, lh, cov, dw, zz, zb, lz, orgs, noMem, pm, f, y, dz, fz, zd, zd2, act, online, good };
}
function wideLine(x) {
  return [x.e, x.gs, x.gx, x.staff, x.cov, x.dj, x.lh, rate(x.cov, x.e), x.orgs, x.dw, x.zz, x.zb, x.lz, x.noMem, x.pm, x.f, x.y, x.dz, x.fz, L.ratio(x.pm, x.staff, 2), x.zd, x.zd2, x.act, x.online, x.good, rate(x.good, x.orgs)];
}
const WK = ['e', 'gs', 'gx', 'staff', 'cov', 'dj', 'lh', 'dw', 'zz', 'zb', 'lz', 'orgs', 'noMem', 'pm', 'f', 'y', 'dz', 'fz', 'zd', 'zd2', 'act', 'online', 'good'];
async function w01(variant) {
  const r = L.rng(1001 + variant); const b = new L.Book(); const s = b.sheet(variant ? '基本情况' : 'Sheet1');
  s.row([variant ? '全市非公有制企业党建工作基本情况统计表' : '非公有制企业党建工作基本情况统计表']); s.merge('A1:AC1');
  s.row([variant ? '填报单位：中共松岭市委组织部' : '填报单位：中共青溪县委非公经济组织工委', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, '截至2025年6月30日']);
  const h1 = s.row(['序号', variant ? '县（市、区）' : '乡镇（街道）', '企业情况', null, null, null, '党组织情况', null, null, null, null, null, null, null, null, null, '党员情况', null, null, null, null, null, '工作开展情况', null, null, null, null, null, '备注']);
  const h2 = s.row([null, null, '企业总数（家）', '其中', null, '从业人员（人）', '已建立党组织企业（家）', null, null, '党组织覆盖率（%）', '党组织数（个）', null, null, null, null, '无党员企业（家）', '党员总数（名）', '其中', null, null, null, '党员占从业人员比例（%）', '选派党建工作指导员（名）', '建立党群服务阵地（个）', '开展主题党日（次）', '其中：线上开展', '年度考评“好”等次党组织（个）', '“好”等次占比（%）', null]);
  const h3 = s.row([null, null, null, '规模以上企业', '高新技术企业', null, '小计', '单独建立', '联合建立', null, '合计', '党委', '党总支', '党支部', '联合党支部', null, null, '女党员', '35岁及以下', '大专及以上', '流动党员', null, null, null, null, null, null, null, null]);
  for (const c of ['A', 'B', 'C', 'F', 'J', 'P', 'Q', 'V', 'W', 'X', 'Y', 'Z', 'AA', 'AB', 'AC']) s.merge(`${c}${h2 === h1 + 1 && ['A', 'B', 'AC'].includes(c) ? h1 : h2}:${c}${h3}`);
  s.merge(`C${h1}:F${h1}`); s.merge(`G${h1}:P${h1}`); s.merge(`Q${h1}:V${h1}`); s.merge(`W${h1}:AB${h1}`);
  s.merge(`D${h2}:E${h2}`); s.merge(`G${h2}:I${h2}`); s.merge(`K${h2}:O${h2}`); s.merge(`R${h2}:U${h2}`);
  const regs = variant ? L.names(10).counties.slice(0, 10) : L.names(11).towns.slice(0, 13);
  const raw = regs.map((t) => ({ t, x: wideRow(r) }));
  const T = {}; for (const k of WK) T[k] = sum(raw.map((o) => o.x[k]));
  let tr, rows;
  if (variant) { tr = s.row([null, '全市', ...wideLine(T), null], { bold: true }); rows = raw.map((o, i) => s.row([i + 1, o.t, ...wideLine(o.x), i === 3 ? '含新设立经开区' : null])); }
  else { rows = raw.map((o, i) => s.row([i + 1, o.t, ...wideLine(o.x), i === 5 ? '2家企业注销' : null])); tr = s.row(['合计', null, ...wideLine(T), null], { bold: true }); s.merge(`A${tr}:B${tr}`); }
  s.row(['注：1.覆盖率=已建立党组织企业数÷企业总数×100%；2.联合党支部覆盖企业数计入“联合建立”。']);
  s.row(['填报人：李晓燕', null, null, null, null, '联系电话：0738-5213467', null, null, null, null, '审核人：周国平']);
  s.table(h1, Math.max(tr, rows[rows.length - 1]));
  const plant = variant ? { sheet: s.name, cell: addr(17, rows[4]), kind: 'count', what: '党员总数 in a county row (breaks 全市 sum and 党员占比)' }
    : { sheet: s.name, cell: addr(10, rows[7]), kind: 'rate', sign: 1, what: '党组织覆盖率 in a town row +5' };
  await L.emit(variant ? 'w01b_基本情况宽表_全市在上' : 'w01a_基本情况宽表_29列三层表头', b, plant);
}

// ---------- w02: 党组织 by 组织类型
async function w02a() {
  const r = L.rng(1021); const b = new L.Book(); const s = b.sheet('组织类型');
  s.row(['非公有制企业党组织设置情况统计表']); s.merge('A1:K1');
  s.row(['单位：个、家、%']);
  const h1 = s.row(['乡镇（街道）', '企业数', '党组织数', '按组织类型分', null, null, null, '覆盖企业数', '其中：联合党支部覆盖企业数', '党组织覆盖率（%）', '平均每个联合党支部覆盖企业数']);
  const h2 = s.row([null, null, null, '党委', '党总支', '党支部', '联合党支部', null, null, null, null]);
  for (const c of ['A', 'B', 'C', 'H', 'I', 'J', 'K']) s.merge(`${c}${h1}:${c}${h2}`); s.merge(`D${h1}:G${h1}`);
  const towns = L.names(12).towns.slice(0, 12);
  const raw = towns.map((t) => { const e = r.int(25, 300), dw = r.int(0, 3), zz = r.int(0, 5), zb = r.frac(e, 0.1, 0.3), lz = r.int(1, 8), lc = lz * r.int(2, 6); return [t, e, dw + zz + zb + lz, dw, zz, zb, lz, dw + zz + zb + lc, lc]; });
  const line = (x) => [...x, rate(x[7], x[1]), L.ratio(x[8], x[6], 1, 1)];
  const rows = raw.map((x) => s.row(line(x)));
  const T = colSums(raw, 1, 8);
  const tr = s.row(line(['合计', ...T]), { bold: true });
  s.row(['说明：覆盖企业数=单独建立党组织的企业数+联合党支部覆盖企业数。']);
  s.table(h1, tr);
  await L.emit('w02a_组织类型_党委党总支党支部联合', b, { sheet: s.name, cell: addr(6, rows[3]), kind: 'count', what: '党支部 in a town row (党组织数 ≠ sum of types)' });
}
async function w02b() {
  // types as rows, 合计 first, 其中 rows
  const r = L.rng(1022); const b = new L.Book(); const s = b.sheet('按类型');
  s.row(['全县两新组织党组织按组织类型统计表']); s.merge('A1:G1');
  s.row(['截至2025.6.30', null, null, null, null, '单位：个、家、名']);
  const h = s.row(['组织类型', '党组织数', '覆盖企业（社会组织）数', '党员数', '其中：正式党员', '其中：预备党员', '书记由出资人担任的']);
  const mk = (n, joint) => { const cov = joint ? n * r.int(2, 5) + r.int(0, n) : n; const pm = n * (joint ? r.int(4, 8) : r.int(6, 30)); const yb = r.frac(pm, 0.03, 0.08); return [n, cov, pm, pm - yb, yb, r.frac(n, 0.1, 0.3)]; };
  const types = [['党委', mk(r.int(8, 15))], ['党总支', mk(r.int(12, 30))], ['党支部', mk(r.int(300, 520))], ['联合党支部', mk(r.int(40, 90), true)]];
  const sub = [['　其中：行业联合党支部', null], ['　　　　区域联合党支部', null]];
  const lz = types[3][1]; const a = Math.floor(lz[0] * 0.4); const p1 = [a, Math.floor(lz[1] * 0.45), Math.floor(lz[2] * 0.4)];
  const p1full = [...p1, p1[2] - Math.floor(lz[4] * 0.4), Math.floor(lz[4] * 0.4), Math.floor(lz[5] * 0.4)];
  const p2full = lz.map((v, i) => v - p1full[i]);
  sub[0][1] = p1full; sub[1][1] = p2full;
  const T = [0, 1, 2, 3, 4, 5].map((i) => sum(types.map((x) => x[1][i])));
  const tr = s.row(['合计', ...T], { bold: true });
  const rows = types.map(([t, v]) => s.row([t, ...v]));
  const srows = sub.map(([t, v]) => s.row([t, ...v]));
  s.row(['注：联合党支部覆盖企业数不少于2家。']);
  s.table(h, srows[1]);
  await L.emit('w02b_组织类型为行_合计在上_其中行', b, { sheet: s.name, cell: addr(4, rows[2]), kind: 'count', what: '党员数 of 党支部 row (合计 ≠ sum; 正式+预备 ≠ 党员数)' });
}

// ---------- w03: 党员 flows
async function w03(variant) {
  const r = L.rng(1031 + variant); const b = new L.Book(); const s = b.sheet(variant === 2 ? '党员变动' : '党员增减变化');
  s.row([variant === 1 ? '社会组织党员队伍变化情况统计表' : '非公有制企业党员队伍变化情况统计表']); s.merge('A1:J1');
  s.row(['统计时段：2024年1月1日—2024年12月31日', null, null, null, null, null, null, null, '单位：名、%']);
  const h1 = s.row(['序号', variant === 1 ? '行业' : '乡镇（街道）', '年初党员数', '本年增加', null, '本年减少', null, '年末党员数', '比年初增减', '增长率（%）']);
  const h2 = s.row([null, null, null, '发展党员', '组织关系转入', '组织关系转出', '死亡', null, null, null]);
  for (const c of ['A', 'B', 'C', 'H', 'I', 'J']) s.merge(`${c}${h1}:${c}${h2}`); s.merge(`D${h1}:E${h1}`); s.merge(`F${h1}:G${h1}`);
  const regs = variant === 1 ? ['教育', '卫生健康', '文化', '体育', '科技', '社会服务', '行业协会商会', '其他'] : L.names(13 + variant).towns.slice(0, 11);
  const raw = regs.map((t) => { const a = r.int(60, 900), d = r.frac(a, 0.02, 0.06), i = r.frac(a, 0.03, 0.12), o = r.frac(a, 0.02, 0.1), dd = r.int(0, 3); return { t, a, d, i, o, dd, e: a + d + i - o - dd }; });
  const line = (x) => [x.a, x.d, x.i, x.o, x.dd, x.e, x.e - x.a, L.growth(x.e, x.a, variant === 2 ? 2 : 1)];
  const T = { a: 0, d: 0, i: 0, o: 0, dd: 0, e: 0 }; for (const k of Object.keys(T)) T[k] = sum(raw.map((x) => x[k]));
  const rows = raw.map((x, i) => s.row([i + 1, x.t, ...line(x)]));
  const tr = s.row([null, variant === 1 ? '合计' : '全县', ...line(T)], { bold: true });
  s.row(['注：年末党员数=年初党员数+发展党员+转入−转出−死亡。']);
  s.table(h1, tr);
  const plants = [
    { sheet: s.name, cell: addr(8, rows[2]), kind: 'count', what: '年末党员数 in a row (flow identity, 比年初增减, 增长率)' },
    { sheet: s.name, cell: addr(4, rows[5]), kind: 'count', what: '发展党员 in a row (flow identity + total)' },
    { sheet: s.name, cell: addr(10, rows[1]), kind: 'rate', sign: 1, what: '增长率 +5' },
  ];
  const nm = ['w03a_党员流动_年初发展转入转出死亡', 'w03b_社会组织党员流动_按行业', 'w03c_党员流动_两位小数'][variant];
  await L.emit(nm, b, plants[variant], variant === 2 ? { csv: true } : {});
}

// ---------- w04: formulas with 片区 subtotals and SUBTOTAL grand total
async function w04(variant) {
  const r = L.rng(1041 + variant); const b = new L.Book(); const s = b.sheet('覆盖情况');
  s.row(['各片区非公有制企业党组织覆盖情况统计表']); s.merge('A1:G1');
  s.row(['单位：家、%']);
  const h = s.row(['片区', '乡镇（街道）', '企业数', '已建立党组织企业数', '其中：单独建立', '覆盖率（%）', '无党员企业数']);
  const groups = [['东片', 4], ['西片', 3], ['南片', 5], ['北片', 3]];
  const towns = L.names(16 + variant).towns;
  let ti = 0; const subRows = []; const memberRows = []; let firstData = null; let plantRow = null;
  const fR = (row) => ({ f: `ROUND(D${row}/C${row}*100,1)`, v: null });
  for (const [g, n] of groups) {
    const mem = []; for (let k = 0; k < n; k++) { const e = r.int(30, 260), c = r.frac(e, 0.45, 0.85), sd = r.frac(c, 0.5, 0.8), nm = r.frac(e - c, 0.3, 0.6); mem.push([towns[ti++], e, c, sd, nm]); }
    const tot = [2, 3, 4, 5].map((i) => sum(mem.map((x) => x[i - 1])));
    let startRow, endRow;
    const writeMembers = () => { const rs = mem.map((x, k) => { const rr = s.rows.length + 1; const row = s.row([k === 0 && variant !== 1 ? g : null, x[0], x[1], x[2], x[3], { f: `ROUND(D${rr}/C${rr}*100,1)`, v: rate(x[2], x[1]) }, x[4]]); return row; }); memberRows.push(...rs); if (firstData === null) firstData = rs[0]; return rs; };
    if (variant === 1) {
      // subtotal row first within each group
      const sr = s.rows.length + 1; const rs0 = sr + 1, rs1 = sr + n;
      s.row([g, '小计', { f: `SUM(C${rs0}:C${rs1})`, v: tot[0] }, { f: `SUM(D${rs0}:D${rs1})`, v: tot[1] }, { f: `SUM(E${rs0}:E${rs1})`, v: tot[2] }, { f: `ROUND(D${sr}/C${sr}*100,1)`, v: rate(tot[1], tot[0]) }, { f: `SUM(G${rs0}:G${rs1})`, v: tot[3] }], { bold: true });
      subRows.push(sr); if (firstData === null) firstData = sr; const rs = writeMembers(); s.merge(`A${sr}:A${rs[rs.length - 1]}`);
    } else {
      const rs = writeMembers(); startRow = rs[0]; endRow = rs[rs.length - 1];
      const f = variant === 2 ? 'SUBTOTAL(9,' : 'SUM(';
      const sr = s.row([null, `${g}小计`, { f: `${f}C${startRow}:C${endRow})`, v: tot[0] }, { f: `${f}D${startRow}:D${endRow})`, v: tot[1] }, { f: `${f}E${startRow}:E${endRow})`, v: tot[2] }, { f: `ROUND(D${endRow + 1}/C${endRow + 1}*100,1)`, v: rate(tot[1], tot[0]) }, { f: `${f}G${startRow}:G${endRow})`, v: tot[3] }], { bold: true, grey: true });
      s.merge(`A${startRow}:A${endRow}`); subRows.push(sr);
    }
  }
  const all = memberRows.map((rr) => s.rows[rr - 1]);
  const T = [2, 3, 4, 6].map((c) => sum(all.map((x) => x[c])));
  const gr = s.rows.length + 1; const lastRow = s.rows.length;
  const ranges = []; { let st = null; for (const m of memberRows) { if (st && m === st[1] + 1) st[1] = m; else { st = [m, m]; ranges.push(st); } } }
  const gf = (c) => variant === 2 ? `SUBTOTAL(9,${c}${firstData}:${c}${lastRow})` : variant === 1 ? subRows.map((x) => c + x).join('+') : `SUM(${ranges.map(([a, z]) => `${c}${a}:${c}${z}`).join(',')})`;
  s.row(['全县', null, { f: gf('C'), v: T[0] }, { f: gf('D'), v: T[1] }, { f: gf('E'), v: T[2] }, { f: `ROUND(D${gr}/C${gr}*100,1)`, v: rate(T[1], T[0]) }, { f: gf('G'), v: T[3] }], { bold: true });
  s.merge(`A${gr}:B${gr}`);
  s.table(h, gr);
  const plants = [
    { sheet: s.name, cell: addr(3, memberRows[5]), kind: 'count', what: '企业数 in a town (typed over formula result? no: member value) breaks 小计/rate' },
    { sheet: s.name, cell: addr(7, memberRows[9]), kind: 'count', what: '无党员企业数 in a town (片区小计 first layout)' },
    { sheet: s.name, cell: addr(4, subRows[2]), kind: 'count', what: '已建立党组织企业数 in a 片区小计 cached result' },
  ];
  const nm = ['w04a_片区小计SUM_全县SUM多区域', 'w04b_小计在组首_全县等于小计相加', 'w04c_片区小计SUBTOTAL'][variant];
  await L.emit(nm, b, plants[variant]);
}

// ---------- w05: 开发区/园区 red rows counted in total; 其中：园区 row not counted again
async function w05(variant) {
  const r = L.rng(1051 + variant); const b = new L.Book(); const s = b.sheet(variant ? '汇总' : '非公党建');
  s.row([variant ? '全区“两新”组织党组织覆盖情况汇总表' : '全县非公有制企业党组织覆盖情况统计表']); s.merge('A1:H1');
  s.row(['截至2025年6月底', null, null, null, null, null, '单位：家、%']);
  const h = s.row(['序号', '单位', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数', '党建工作指导员数', '备注']);
  const towns = L.names(20 + variant).towns.slice(0, 9);
  const mk = (lo, hi) => { const e = r.int(lo, hi), c = r.frac(e, 0.4, 0.85); return [e, c, rate(c, e), c * r.int(5, 12), r.frac(e - c, 0.2, 0.5)]; };
  const raw = towns.map((t) => [t, ...mk(20, 220)]);
  const parks = variant ? [['高新技术产业开发区', ...mk(200, 500)], ['临港物流园区', ...mk(60, 150)], ['文创产业园', ...mk(30, 90)]] : [['经济开发区', ...mk(150, 420)], ['工业园区', ...mk(80, 200)]];
  const rows = raw.map((x, i) => s.row([i + 1, ...x, null]));
  const prows = parks.map((x, i) => s.row([raw.length + i + 1, ...x, i === 0 ? '由开发区党工委直管' : null], { red: true }));
  const all = [...raw, ...parks]; const T = colSums(all, 1, 5);
  const tr = s.row([null, variant ? '全区合计' : '合计', T[0], T[1], rate(T[1], T[0]), T[3], T[4], null], { bold: true });
  const inParks = colSums(parks, 1, 5);
  const yr = s.row([null, variant ? '其中：园区合计' : '其中：开发区（园区）', inParks[0], inParks[1], rate(inParks[1], inParks[0]), inParks[3], inParks[4], '已含在合计中'], { red: true });
  s.row(['注：红色字体为开发区、园区数据，已计入合计。']);
  s.table(h, yr);
  const plants = [
    { sheet: s.name, cell: addr(3, prows[0]), kind: 'count', what: '企业数 of 经济开发区 red row (breaks 合计, 其中 row and its rate)' },
    { sheet: s.name, cell: addr(4, yr), kind: 'count', what: '已建立党组织企业数 in 其中：园区合计 row' },
  ];
  await L.emit(variant ? 'w05b_园区红字三行_其中园区合计' : 'w05a_开发区红字行_其中开发区行', b, plants[variant]);
}

(async () => {
  await w01(0); await w01(1); await w02a(); await w02b();
  await w03(0); await w03(1); await w03(2);
  await w04(0); await w04(1); await w04(2);
  await w05(0); await w05(1);
  L.saveManifest('gen1');
})().catch((e) => { console.error(e); process.exit(1); });
