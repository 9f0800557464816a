const ExcelJS = require('exceljs'); const fs = require('fs'), path = require('path');
const [, , SET, SEEDS, NS, PFS, VARS] = process.argv; const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VARS || 0);
let s = SEED >>> 0; const rnd = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1)); const pick = (a) => a[Math.floor(rnd() * a.length)]; const ch = (p) => rnd() < p;
const r = (v, d) => { const m = 10 ** d; return Math.round(v * m + 1e-9 * Math.sign(v)) / m; };
const colL = (c) => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const OUT = path.join('/tmp/round123a', SET); fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync('/tmp/round123a/rel', { recursive: true });
const PROV = ['浙江省', '江苏省', '广东省', '四川省', '山东省', '湖北省'];
const CITIES = [['杭州市', ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区']], ['宁波市', ['海曙区', '江北区', '北仑区', '鄞州区']], ['温州市', ['鹿城区', '龙湾区', '瓯海区']], ['嘉兴市', ['南湖区', '秀洲区', '海宁市', '桐乡市']], ['金华市', ['婺城区', '金东区', '义乌市']], ['台州市', ['椒江区', '黄岩区', '路桥区']]];
const TYPES = ['电商平台', '网约车平台', '外卖平台', '直播平台', '物流快递平台', '其他新业态'];
// table: {cols:[{path:[..], unit, dec}], rows:[{label, ind, hash, v:[]}], rels:[], notes}
function regionBase(nc) { // leaf units -> rows with structure
  const lvl3 = ch(0.5); const rows = []; const groups = [];
  if (lvl3) { const cs = CITIES.slice(0, ri(3, 5)); for (const [c, ds] of cs) { const g = { label: c, kids: [{ label: '市本级' }, ...ds.slice(0, ri(2, ds.length)).map((d) => ({ label: d }))] }; groups.push(g); } return { top: pick(['全省', '全省合计', '总计']), groups, lvl3 }; }
  const [c, ds] = pick(CITIES); return { top: pick(['全市', '合计', '全市合计']), groups: ds.map((d) => ({ label: d })), lvl3, city: c };
}
function leafVals(mk) { return mk(); }
function T1() { // region table
  const rb = regionBase(); const feats = { cover: ch(0.7), mem: ch(0.8), flow: ch(0.6), act: ch(0.5), org: ch(0.7), sep: ch(0.6), guide: ch(0.4), fund: ch(0.35), share: ch(0.3) };
  const cols = []; const C = {}; const add = (k, p, unit, dec = 0) => { C[k] = cols.length; cols.push({ path: p, unit, dec }); };
  add('ent', ['平台企业数'], '个'); if (feats.cover) { add('cov', ['已建党组织企业数'], '个'); if (ch(0.25)) { C.rate = cols.length; cols.push({ path: ['党组织覆盖率'], dec: 3, pctFmt: true }); } else add('rate', ['党组织覆盖率'], '%', 1); }
  add('emp', ['从业人员', '合计'], '人'); if (feats.mem) { add('mem', ['从业人员', '其中：党员'], '人'); if (feats.flow) add('flow', ['从业人员', '其中：流动党员'], '人'); if (feats.act) add('act', ['从业人员', '入党积极分子'], '人'); if (feats.share) add('msh', ['党员占从业人员比重'], '‰', 1); }
  if (feats.org) { add('org', ['党组织数', '合计'], '个'); add('dw', ['党组织数', '党委'], '个'); add('dzz', ['党组织数', '党总支'], '个'); add('dzb', ['党组织数', '党支部'], '个'); if (feats.sep) { add('dj', ['党组织数', '单独建'], '个'); add('lh', ['党组织数', '联合建'], '个'); } }
  if (feats.guide) add('gd', ['党建指导员'], '名'); if (feats.fund) add('fund', ['党建工作经费'], '万元', 1);
  const mk = () => { const o = {}; o.ent = ri(3, 400); o.cov = ri(Math.floor(o.ent * 0.3), o.ent); o.emp = ri(200, 60000); o.mem = ri(Math.floor(o.emp * 0.01), Math.floor(o.emp * 0.09)); o.flow = ri(0, Math.floor(o.mem * 0.4)); o.act = ri(0, Math.floor(o.mem * 0.3)); o.dw = ri(0, 3); o.dzz = ri(0, 6); o.dzb = ri(1, 40); o.org = o.dw + o.dzz + o.dzb; o.dj = ri(0, o.org); o.lh = o.org - o.dj; o.gd = ri(1, 60); o.fund = ri(50, 30000) / 100; if (ch(0.08)) { o.dw = 0; o.org = o.dzz + o.dzb; o.dj = Math.min(o.dj, o.org); o.lh = o.org - o.dj; } return o; };
  const add2 = (a, b) => { const o = {}; for (const k in a) o[k] = a[k] + b[k]; return o; };
  const rows = []; const rels = []; const addKeys = ['ent', 'cov', 'emp', 'mem', 'flow', 'act', 'org', 'dw', 'dzz', 'dzb', 'dj', 'lh', 'gd', 'fund'];
  const leaf = (label, ind) => { const o = mk(); rows.push({ label, ind, o }); return rows.length - 1; };
  const totalTop = VARIANT ? ch(0.3) : ch(0.75);
  let topIdx; if (totalTop) { rows.push({ label: rb.top, ind: 0 }); topIdx = 0; }
  const groupIdx = [];
  for (const g of rb.groups) {
    if (g.kids) { const gi = rows.length; rows.push({ label: g.label, ind: 1 }); const ks = g.kids.map((k) => leaf(k.label, 2)); groupIdx.push(gi); rows[gi].kids = ks; }
    else groupIdx.push(leaf(g.label, 1));
  }
  if (!totalTop) { rows.push({ label: rb.top, ind: 0 }); topIdx = rows.length - 1; }
  rows[topIdx].kids = groupIdx;
  const fill = (i) => { const rw = rows[i]; if (rw.o) return rw.o; let o = null; for (const k of rw.kids) { const v = fill(k); o = o ? add2(o, v) : { ...v }; } rw.o = o; return o; };
  fill(topIdx);
  const hashRows = [];
  if (rb.lvl3 && ch(0.5)) { const gi = groupIdx[0]; const kid = rows[rows[gi].kids[1]]; const o = {}; for (const k of addKeys) o[k] = k === 'fund' ? r(kid.o.fund * 0.5, 1) : Math.floor(kid.o[k] * (0.3 + rnd() * 0.5)); o.org = o.dw + o.dzz + o.dzb; o.dj = Math.min(kid.o.dj, o.org); o.lh = o.org - o.dj; o.ent = Math.max(1, o.ent); o.cov = Math.min(o.cov, o.ent); o.mem = Math.min(o.mem, o.emp); o.flow = Math.min(o.flow, o.mem); const pos = rows.indexOf(kid) + 1; rows.splice(pos, 0, { label: pick(['#', '其中：']) + pick(['高新区', '经济开发区', '数字经济园']), ind: 3, o, hashOf: kid }); hashRows.push(pos);
    for (const rw of rows) if (rw.kids) rw.kids = rw.kids.map((j) => j >= pos ? j + 1 : j); if (topIdx >= pos) topIdx++; for (let q = 0; q < groupIdx.length; q++) if (groupIdx[q] >= pos) groupIdx[q]++; }
  for (const rw of rows) { const o = rw.o; o.rate = o.ent ? (cols[C.rate] && cols[C.rate].pctFmt ? r(o.cov / o.ent, 3) : r(o.cov / o.ent * 100, 1)) : 0; o.msh = o.emp ? r(o.mem / o.emp * 1000, 1) : 0; rw.v = cols.map(() => null); }
  // money: leaves rounded to 1 dec; totals rounded from exact
  for (const rw of rows) for (const k in C) { let v = rw.o[k]; if (k === 'fund') v = r(v, 1); rw.v[C[k]] = v; }
  for (let i = 0; i < rows.length; i++) { const rw = rows[i]; if (rw.kids) for (const k in C) if (addKeys.includes(k)) rels.push({ type: 'sum', total: [i, C[k]], parts: rw.kids.map((j) => [j, C[k]]), tol: k === 'fund' ? 0.05 * (rw.kids.length + 1) + 0.001 : 0.5 });
    if (rw.hashOf) { const w = rows.indexOf(rw.hashOf); for (const k in C) if (addKeys.includes(k) && k !== 'fund') rels.push({ type: 'le', part: [i, C[k]], whole: [w, C[k]] }); }
    if (C.cov != null) { rels.push({ type: 'le', part: [i, C.cov], whole: [i, C.ent] }); rels.push(cols[C.rate].pctFmt ? { type: 'rate', cell: [i, C.rate], num: [i, C.cov], den: [i, C.ent], k: 1, tol: 0.00051 } : { type: 'rate', cell: [i, C.rate], num: [i, C.cov], den: [i, C.ent], k: 100, tol: 0.051 }); }
    if (C.mem != null) { rels.push({ type: 'le', part: [i, C.mem], whole: [i, C.emp] }); if (C.flow != null) rels.push({ type: 'le', part: [i, C.flow], whole: [i, C.mem] }); if (C.msh != null) rels.push({ type: 'rate', cell: [i, C.msh], num: [i, C.mem], den: [i, C.emp], k: 1000, tol: 0.051 }); }
    if (C.org != null) { rels.push({ type: 'sum', total: [i, C.org], parts: [[i, C.dw], [i, C.dzz], [i, C.dzb]], tol: 0.5 }); if (C.dj != null) rels.push({ type: 'sum', total: [i, C.org], parts: [[i, C.dj], [i, C.lh]], tol: 0.5 }); }
  }
  const place = rb.lvl3 ? pick(PROV) : rb.city; const yr = ri(2019, 2024);
  return { name: pick(['平台企业党建', '分地区', '表1', '互联网企业党建情况']), title: `${place}${yr}年互联网平台企业党建工作情况${pick(['统计表', '', '（分地区）'])}`, labelHead: pick(['地区', '地 区', '单位', '县（市、区）']), cols, rows, rels, notes: ch(0.5) ? ['注：党组织覆盖率=已建党组织企业数/平台企业数×100%。'] : [] };
}
function T2() { // types rows, two periods
  const cols = [], C = {}; const add = (k, p, unit, dec = 0) => { C[k] = cols.length; cols.push({ path: p, unit, dec }); };
  const ind = pick([['平台企业数', '个'], ['党组织数', '个'], ['党员数', '人'], ['从业人员数', '人']]);
  const pts = ch(0.5); add('prev', [ind[0], '上年末'], ind[1]); add('cur', [ind[0], '本年末'], ind[1]); if (ch(0.7)) add('net', [ind[0], '净增'], ind[1]); add('g', [ind[0], '增长'], '%', 1);
  if (pts) { add('sp', ['占比', '上年末'], '%', 1); add('sc', ['占比', '本年末'], '%', 1); add('pp', ['占比', '增减'], '百分点', 1); }
  const types = TYPES.slice(0, ri(4, 6)); const rows = []; const rels = []; const totalTop = VARIANT ? ch(0.4) : ch(0.7);
  const base = ind[1] === '人' ? 5000 : 200;
  const lv = types.map((t) => { const p = ri(Math.floor(base * 0.1), base); return { label: t, prev: p, cur: Math.max(1, p + ri(-Math.floor(p * 0.2), Math.floor(p * 0.5))) }; });
  const sub = ch(0.6) ? { label: pick(['其中：直播电商', '其中：跨境电商']), prev: 0, cur: 0 } : null; if (sub) { sub.prev = ri(0, lv[0].prev); sub.cur = ri(0, lv[0].cur); }
  const tot = { label: pick(['合计', '总计', '全部平台企业']), prev: lv.reduce((a, b) => a + b.prev, 0), cur: lv.reduce((a, b) => a + b.cur, 0) };
  const list = []; if (totalTop) list.push(tot); lv.forEach((x, i) => { list.push(x); if (i === 0 && sub) list.push({ ...sub, ind: 2, isSub: true }); }); if (!totalTop) list.push(tot);
  let grp = null; if (!sub && lv.length >= 4 && ch(0.5)) { const a = lv[1], b = lv[2]; grp = { label: pick(['生活服务类小计', '出行及生活服务类']), prev: a.prev + b.prev, cur: a.cur + b.cur, ind: 1 }; a.ind = 2; b.ind = 2; list.splice(list.indexOf(a), 0, grp); }
  const ti = list.indexOf(tot);
  for (const x of list) { const v = cols.map(() => null); v[C.prev] = x.prev; v[C.cur] = x.cur; if (C.net != null) v[C.net] = x.cur - x.prev; v[C.g] = x.prev ? r((x.cur / x.prev - 1) * 100, 1) : null; if (pts) { v[C.sp] = r(x.prev / tot.prev * 100, 1); v[C.sc] = r(x.cur / tot.cur * 100, 1); v[C.pp] = r(v[C.sc] - v[C.sp], 1); } rows.push({ label: x.label, ind: x === tot ? 0 : (x.ind || 1), v }); }
  const ti2 = list.indexOf(tot); const leafI = list.map((x, i) => i).filter((i) => i !== ti2 && !list[i].isSub && list[i] !== grp);
  if (grp) { const gi = list.indexOf(grp); for (const k of ['prev', 'cur', 'net']) if (C[k] != null) rels.push({ type: 'sum', total: [gi, C[k]], parts: [[gi + 1, C[k]], [gi + 2, C[k]]], tol: 0.5 }); }
  for (const k of ['prev', 'cur', 'net']) if (C[k] != null) rels.push({ type: 'sum', total: [ti, C[k]], parts: leafI.map((i) => [i, C[k]]), tol: 0.5 });
  rows.forEach((rw, i) => { if (C.net != null) rels.push({ type: 'diff', cell: [i, C.net], a: [i, C.cur], b: [i, C.prev], tol: 0.5 }); if (rw.v[C.g] != null) rels.push({ type: 'growth', cell: [i, C.g], cur: [i, C.cur], prev: [i, C.prev], tol: 0.051 }); if (pts) { rels.push({ type: 'rate', cell: [i, C.sp], num: [i, C.prev], den: [ti, C.prev], k: 100, tol: 0.051 }); rels.push({ type: 'rate', cell: [i, C.sc], num: [i, C.cur], den: [ti, C.cur], k: 100, tol: 0.051 }); rels.push({ type: 'diff', cell: [i, C.pp], a: [i, C.sc], b: [i, C.sp], tol: 0.051 }); } if (list[i].isSub) for (const k of ['prev', 'cur']) rels.push({ type: 'le', part: [i, C[k]], whole: [i - 1, C[k]] }); });
  return { name: pick(['分类型', '表2', '按平台类型']), title: `${pick(PROV)}新业态${ind[0]}变动情况（按平台类型分）`, labelHead: pick(['平台类型', '类 型', '项目']), cols, rows, rels, notes: ch(0.4) ? ['注：净增=本年末数-上年末数。', '资料来源：省委两新工委。'] : [] };
}
function T3() { // monthly
  const M = ri(2, 11); const cols = [], C = {}; const add = (k, p, unit, dec = 0) => { C[k] = cols.length; cols.push({ path: p, unit, dec }); };
  const ind = pick([['新建党组织', '个'], ['发展党员', '人'], ['新增党建指导员', '名'], ['接转流动党员', '人']]);
  add('m', ['本月'], ind[1]); add('cum', [`1-${M}月累计`], ind[1]); add('pcum', ['上年同期累计'], ind[1]); add('g', ['同比增长'], '%', 1);
  const [c, ds] = pick(CITIES); const units = ch(0.5) ? ds : TYPES.slice(0, 5); const rows = [], rels = [];
  const lv = units.map((u) => { const m = ri(0, 30); const cum = m + ri(0, 30 * (M - 1)); const p = ri(Math.max(1, Math.floor(cum * 0.6)), Math.floor(cum * 1.4) + 2); return { label: u, m, cum, p }; });
  const tot = { label: pick(['全市', '合计', '总计']), m: 0, cum: 0, p: 0 }; for (const x of lv) { tot.m += x.m; tot.cum += x.cum; tot.p += x.p; }
  const top = ch(0.7); const list = top ? [tot, ...lv] : [...lv, tot]; const ti = list.indexOf(tot);
  list.forEach((x, i) => { const v = [x.m, x.cum, x.p, x.p ? r((x.cum / x.p - 1) * 100, 1) : null]; if (ch(0.06) && x !== tot) v[0] = String(v[0]); rows.push({ label: x.label, ind: x === tot ? 0 : 1, v }); if (v[3] != null) rels.push({ type: 'growth', cell: [i, C.g], cur: [i, C.cum], prev: [i, C.pcum], tol: 0.051 }); rels.push({ type: 'le', part: [i, C.m], whole: [i, C.cum] }); });
  const li = list.map((x, i) => i).filter((i) => i !== ti); for (const k of ['m', 'cum', 'pcum']) rels.push({ type: 'sum', total: [ti, C[k]], parts: li.map((i) => [i, C[k]]), tol: 0.5 });
  return { name: pick([`${M}月`, '月报', `${M}月报`]), title: `${c}${ri(2020, 2025)}年${M}月新业态${ind[0]}情况月报`, labelHead: pick(['单位', '地区', '类别']), cols, rows, rels, notes: ch(0.5) ? [`注：累计数为1-${M}月数据。`] : [] };
}
function T4() { // years as rows
  const y0 = ri(2014, 2018), ny = ri(4, 7); const cols = [], C = {}; const add = (k, p, unit, dec = 0) => { C[k] = cols.length; cols.push({ path: p, unit, dec }); };
  add('ent', ['平台企业数'], '个'); add('cov', ['已建党组织企业'], '个'); add('rate', ['覆盖率'], '%', 1); add('pp', ['覆盖率比上年增减'], '百分点', 1); add('mem', ['党员数'], '人'); add('g', ['党员数比上年增长'], '%', 1);
  const rows = [], rels = []; let ent = ri(50, 500), mem = ri(300, 5000);
  for (let i = 0; i < ny; i++) { if (i) { ent += ri(-5, Math.floor(ent * 0.3)); mem += ri(-20, Math.floor(mem * 0.25)); } const cov = ri(Math.floor(ent * (0.3 + i * 0.08 > 1 ? 0.9 : 0.3 + i * 0.08)), ent); const v = cols.map(() => null); v[C.ent] = ent; v[C.cov] = cov; v[C.rate] = r(cov / ent * 100, 1); v[C.mem] = mem; if (i) { v[C.pp] = r(v[C.rate] - rows[i - 1].v[C.rate], 1); v[C.g] = r((mem / rows[i - 1].v[C.mem] - 1) * 100, 1); } else if (ch(0.5)) { v[C.pp] = '—'; v[C.g] = '—'; } rows.push({ label: `${y0 + i}${pick(['年', ''])}`, ind: 0, v }); }
  rows.forEach((rw, i) => { rels.push({ type: 'le', part: [i, C.cov], whole: [i, C.ent] }); rels.push({ type: 'rate', cell: [i, C.rate], num: [i, C.cov], den: [i, C.ent], k: 100, tol: 0.051 }); if (i) { rels.push({ type: 'diff', cell: [i, C.pp], a: [i, C.rate], b: [i - 1, C.rate], tol: 0.051 }); rels.push({ type: 'growth', cell: [i, C.g], cur: [i, C.mem], prev: [i - 1, C.mem], tol: 0.051 }); } });
  return { name: pick(['历年', '表3', '年度']), title: `${pick(PROV)}历年互联网企业党建主要指标`, labelHead: pick(['年份', '年 份', '指标']), cols, rows, rels, notes: [] };
}
function T5() { // indicators as rows, 计量单位 col, two periods
  const cols = [{ path: ['上年末'], dec: 0 }, { path: ['本年末'], dec: 0 }, { path: ['增减'], dec: 0 }, { path: ['增长(%)'], dec: 1, nounit: true }];
  const rows = [], rels = []; const put = (label, unit, prev, cur, ind = 0, hash = false, isRate = false) => { const v = [prev, cur, isRate ? r(cur - prev, 1) : cur - prev, isRate ? null : (prev ? r((cur / prev - 1) * 100, 1) : null)]; rows.push({ label: (hash ? '#' : '') + label, unit, ind, v, isRate }); return rows.length - 1; };
  const tp = TYPES.slice(0, 5).map((t) => { const p = ri(5, 300); return [t, p, p + ri(-3, Math.floor(p * 0.4))]; });
  const entP = tp.reduce((a, b) => a + b[1], 0), entC = tp.reduce((a, b) => a + b[2], 0);
  const covP = ri(Math.floor(entP * 0.4), entP), covC = ri(Math.floor(entC * 0.5), entC);
  const e = put('平台企业数', '个', entP, entC); const full = ch(0.6); const sub = full ? tp : tp.slice(0, ri(2, 3));
  const si = sub.map(([t, p, c]) => put(full ? t.replace('平台', '类') : '其中：' + t, '个', p, c, 2, !full && ch(0.5)));
  const cv = put('已建党组织企业数', '个', covP, covC); const rt = put('党组织覆盖率', '%', r(covP / entP * 100, 1), r(covC / entC * 100, 1), 0, false, true);
  const orgP = ri(20, 400), orgC = orgP + ri(-5, 60); const dwP = ri(1, 10), dwC = dwP + ri(0, 3); const dzzP = ri(1, 30), dzzC = dzzP + ri(0, 6);
  const og = put('党组织数', '个', orgP + dwP + dzzP, orgC + dwC + dzzC); const o1 = put('党委', '个', dwP, dwC, 2, ch(0.3)); const o2 = put('党总支', '个', dzzP, dzzC, 2); const o3 = put('党支部', '个', orgP, orgC, 2);
  const memP = ri(500, 9000), memC = memP + ri(-50, 2000); const flP = ri(0, Math.floor(memP / 3)), flC = ri(0, Math.floor(memC / 3));
  const mm = put('党员数', '人', memP, memC); const fl = put('其中：流动党员', '人', flP, flC, 2);
  const rels2 = rels;
  for (let i = 0; i < rows.length; i++) { rels2.push(rows[i].isRate ? { type: 'diff', cell: [i, 2], a: [i, 1], b: [i, 0], tol: 0.051 } : { type: 'diff', cell: [i, 2], a: [i, 1], b: [i, 0], tol: 0.5 }); if (rows[i].v[3] != null) rels2.push({ type: 'growth', cell: [i, 3], cur: [i, 1], prev: [i, 0], tol: 0.051 }); }
  for (const c of [0, 1, 2]) { if (full) rels2.push({ type: 'sum', total: [e, c], parts: si.map((i) => [i, c]), tol: 0.5 }); else if (c < 2) si.forEach((i) => rels2.push({ type: 'le', part: [i, c], whole: [e, c] })); rels2.push({ type: 'sum', total: [og, c], parts: [[o1, c], [o2, c], [o3, c]], tol: 0.5 }); }
  for (const c of [0, 1]) { rels2.push({ type: 'le', part: [cv, c], whole: [e, c] }); rels2.push({ type: 'le', part: [fl, c], whole: [mm, c] }); rels2.push({ type: 'rate', cell: [rt, c], num: [cv, c], den: [e, c], k: 100, tol: 0.051 }); }
  // row-wise dec for rate row
  return { name: pick(['主要指标', '表4', '综合']), title: `${pick(CITIES)[0]}新业态党建主要指标（${ri(2021, 2025)}年）`, labelHead: '指标', unitCol: true, cols, rows, rels: rels2, notes: ['注：增减栏中覆盖率为百分点。'] };
}
function T6() {
  const y1 = ri(2020, 2025), ny = ri(3, 5); const ys = Array.from({ length: ny }, (_, i) => y1 - ny + 1 + i);
  const cols = ys.map((y) => ({ path: [pick([`${y}年`, `${y}`])], dec: 0 })); cols.push({ path: [`${ys[ny - 1]}年比上年增长(%)`], dec: 1, nounit: true });
  const rows = [], rels = []; const ser = (a, g) => { const o = [a]; for (let i = 1; i < ny; i++) o.push(Math.max(1, o[i - 1] + ri(-Math.floor(o[i - 1] * 0.05), Math.floor(o[i - 1] * g)))); return o; };
  const tys = TYPES.slice(0, 4).map((t) => [t, ser(ri(10, 200), 0.3)]); const tot = ys.map((_, i) => tys.reduce((a, b) => a + b[1][i], 0));
  const put = (label, unit, v, ind) => { const g = r((v[ny - 1] / v[ny - 2] - 1) * 100, 1); rows.push({ label, unit, ind, v: [...v, g] }); const i = rows.length - 1; rels.push({ type: 'growth', cell: [i, ny], cur: [i, ny - 1], prev: [i, ny - 2], tol: 0.051 }); return i; };
  const ti = put('平台企业数', '个', tot, 0); const pi = tys.map(([t, v]) => put(pick(['', '  ']) + t, '个', v, 1));
  for (let c = 0; c < ny; c++) rels.push({ type: 'sum', total: [ti, c], parts: pi.map((i) => [i, c]), tol: 0.5 });
  const mem = ser(ri(300, 3000), 0.2); const mi = put('党员数', '人', mem, 0); const fl = mem.map((m) => ri(0, Math.floor(m / 3))); const fi = put('其中：流动党员', '人', fl, 1);
  for (let c = 0; c < ny; c++) rels.push({ type: 'le', part: [fi, c], whole: [mi, c] });
  return { name: pick(['发展趋势', '表5', '历年对比']), title: `${pick(CITIES)[0]}平台经济党建发展情况（${ys[0]}—${ys[ny - 1]}年）`, labelHead: '指标', unitCol: ch(0.6), cols, rows, rels, notes: ch(0.5) ? ['注：表中数据为年末数。'] : [] };
}
const TEMPL = [T1, T2, T3, T4, T5, T6];
function writeSheet(wb, t, taken) {
  let name = t.name; let k = 2; while (taken.has(name)) name = t.name + k++; taken.add(name); t.sheetName = name;
  const ws = wb.addWorksheet(name); let row = 1; const lc = t.unitCol ? 2 : 1; const ncol = lc + t.cols.length;
  ws.getCell(row, 1).value = t.title; ws.mergeCells(row, 1, row, ncol); ws.getCell(row, 1).alignment = { horizontal: 'center' }; row++;
  const unitMode = t.unitCol ? 'none' : pick(['header', 'header', 'row', 'line']);
  if (unitMode === 'line' || ch(0.3)) { ws.getCell(row, ncol).value = unitMode === 'line' ? '单位：个、人、%' : `填报日期：${ri(2021, 2025)}年${ri(1, 12)}月`; row++; }
  const depth = Math.max(...t.cols.map((c) => c.path.length)); const h0 = row;
  const punit = (u) => u === '%' ? pick(['(%)', '（%）']) : `（${u}）`;
  const heads = t.cols.map((c) => { const p = [...c.path]; if (unitMode === 'header' && c.unit) p[p.length - 1] += punit(c.unit); return p; });
  ws.getCell(h0, 1).value = t.labelHead; if (t.unitCol) ws.getCell(h0, 2).value = '计量单位';
  for (let j = 0; j < t.cols.length; j++) { const p = heads[j]; for (let d = 0; d < depth; d++) { const txt = d < p.length ? p[d] : null; if (txt != null) ws.getCell(h0 + d, lc + 1 + j).value = txt; } }
  for (let c = 1; c <= lc; c++) if (depth > 1) ws.mergeCells(h0, c, h0 + depth - 1, c);
  for (let j = 0; j < t.cols.length; j++) { if (heads[j].length < depth) ws.mergeCells(h0 + heads[j].length - 1, lc + 1 + j, h0 + depth - 1, lc + 1 + j); }
  for (let j = 0; j < t.cols.length;) { let e = j; while (depth > 1 && heads[j].length > 1 && e + 1 < t.cols.length && heads[e + 1].length > 1 && heads[e + 1][0] === heads[j][0]) e++; if (e > j) ws.mergeCells(h0, lc + 1 + j, h0, lc + 1 + e); j = e + 1; }
  row = h0 + depth;
  if (unitMode === 'row') { ws.getCell(row, 1).value = ch(0.5) ? '计量单位' : null; t.cols.forEach((c, j) => { ws.getCell(row, lc + 1 + j).value = c.unit || ''; }); row++; }
  if (ch(0.25)) { ws.getCell(row, 1).value = '甲'; t.cols.forEach((c, j) => { ws.getCell(row, lc + 1 + j).value = j + 1; }); row++; }
  const r0 = row; const useXlIndent = VARIANT ? ch(0.7) : ch(0.3);
  t.rows.forEach((rw, i) => { const R = r0 + i; const lab = ws.getCell(R, 1); if (useXlIndent) { lab.value = rw.label; if (rw.ind) lab.alignment = { indent: rw.ind }; } else lab.value = '  '.repeat(rw.ind) + rw.label;
    if (t.unitCol) ws.getCell(R, 2).value = rw.unit;
    rw.v.forEach((v, j) => { const cell = ws.getCell(R, lc + 1 + j); const dec = rw.isRate ? 1 : t.cols[j].dec; if (v === null) { cell.value = ch(0.5) ? '—' : null; return; } if (typeof v === 'string') { cell.value = v; return; } if (v === 0 && ch(0.2) && dec === 0) { cell.value = pick(['—', '-']); return; } if (t.cols[j].pctFmt) { cell.value = v; cell.numFmt = '0.0%'; return; } if (ch(VARIANT ? 0.05 : 0.02)) { cell.value = v.toFixed(dec); return; } cell.value = v; cell.numFmt = dec ? '0.' + '0'.repeat(dec) : '0'; }); });
  let nr = r0 + t.rows.length; for (const n of t.notes) { ws.getCell(nr, 1).value = n; nr++; }
  const A = ([i, j]) => colL(lc + j) + (r0 + i);
  const mapRel = (x) => { const o = {}; for (const k in x) { const v = x[k]; if (Array.isArray(v) && typeof v[0] === 'number') o[k] = A(v); else if (Array.isArray(v)) o[k] = v.map(A); else o[k] = v; } return o; };
  return { sheet: name, ws, rels: t.rels.map(mapRel).map((x) => (x.type === 'le' && (x.tol = 0), x)) };
}
const cellsOf = (x) => [x.total, x.parts, x.part, x.whole, x.cell, x.num, x.den, x.cur, x.prev, x.a, x.b].flat().filter(Boolean);
const num = (v) => { if (v && typeof v === 'object' && 'result' in v) v = v.result; if (typeof v === 'number') return v; if (v == null || v === '' || v === '—' || v === '-') return 0; const n = parseFloat(String(v)); return isNaN(n) ? 0 : n; };
(async () => {
  const manifest = [];
  for (let b = 0; b < N; b++) {
    const wb = new ExcelJS.Workbook(); const nsh = ri(1, 4); const taken = new Set(); const sheets = [];
    for (let k = 0; k < nsh; k++) sheets.push(writeSheet(wb, pick(TEMPL)(), taken));
    const file = `${SET}_${SEED}_${String(b).padStart(3, '0')}.xlsx`; const plants = [];
    if (b % 2 === 1 && rnd() < PF * 2) {
      for (let tries = 0; tries < 50; tries++) {
        const sh = pick(sheets); const cand = sh.rels; if (!cand.length) continue; const rel = pick(cand);
        let cell; if (rel.type === 'sum') cell = ch(0.5) ? rel.total : pick(rel.parts); else if (rel.type === 'le') cell = rel.part; else cell = rel.cell;
        const uses = sh.rels.filter((x) => cellsOf(x).includes(cell)).length; if (uses > 1 && tries < 40) continue;
        const c = sh.ws.getCell(cell); const was = num(c.value); if (typeof c.value !== 'number') continue;
        let now; const dec = c.numFmt && c.numFmt.includes('.') ? 1 : 0; if (c.numFmt === '0.0%') { now = r(was + pick([-1, 1]) * ri(5, 40) / 1000, 3); c.value = now; plants.push({ sheet: sh.sheet, cell, was, now, kind: 'rate', rel }); break; }
        if (rel.type === 'le') { const w = num(sh.ws.getCell(rel.whole).value); now = w + Math.max(2, Math.round(w * 0.1) + ri(1, 5)); }
        else if (dec) { now = r(was + pick([-1, 1]) * Math.max(ri(3, 40) / 10 + 0.3, 3 * rel.tol + 0.2), 1); }
        else { const d = Math.max(2, Math.ceil(3 * (rel.tol || 0.5)) + 1, Math.round(Math.abs(was) * (0.03 + rnd() * 0.1))) ; now = was + (was - d >= 0 && ch(0.5) ? -d : d); }
        c.value = now; plants.push({ sheet: sh.sheet, cell, was, now, kind: rel.type === 'sum' ? (cell === rel.total ? 'total' : 'part') : rel.type === 'le' ? 'part-above-whole' : rel.type, rel }); break;
      }
    }
    await wb.xlsx.writeFile(path.join(OUT, file));
    fs.writeFileSync(path.join('/tmp/round123a/rel', file + '.json'), JSON.stringify({ set: SET, sheets: sheets.map((x) => ({ sheet: x.sheet, rels: x.rels })) }, null, 1));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
})();
