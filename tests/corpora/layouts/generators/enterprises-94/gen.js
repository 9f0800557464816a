// Generates non-public-enterprise party-building workbooks (非公有制企业党建统计) for statlint testing.
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

// ---------------- rng ----------------
let R;
function seedRng(seed) {
  let a = seed >>> 0;
  R = () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const uf = (a, b) => a + R() * (b - a);
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const wpick = (pairs) => { const s = pairs.reduce((a, p) => a + p[1], 0); let u = R() * s; for (const p of pairs) { u -= p[1]; if (u <= 0) return p[0]; } return pairs[pairs.length - 1][0]; };
const shuffle = (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const binom = (n, p) => { let k = 0; for (let i = 0; i < n; i++) if (R() < p) k++; return k; };
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }

// ---------------- reference data ----------------
const MENLEI = [
  ['A', '农、林、牧、渔业', 0.03, [['01', '农业'], ['03', '畜牧业']]],
  ['B', '采矿业', 0.01, [['10', '非金属矿采选业']]],
  ['C', '制造业', 0.30, [['13', '农副食品加工业'], ['14', '食品制造业'], ['17', '纺织业'], ['18', '纺织服装、服饰业'], ['26', '化学原料和化学制品制造业'], ['30', '非金属矿物制品业'], ['33', '金属制品业'], ['34', '通用设备制造业'], ['38', '电气机械和器材制造业'], ['39', '计算机、通信和其他电子设备制造业']]],
  ['D', '电力、热力、燃气及水生产和供应业', 0.01, [['44', '电力、热力生产和供应业']]],
  ['E', '建筑业', 0.09, [['47', '房屋建筑业'], ['48', '土木工程建筑业'], ['49', '建筑安装业'], ['50', '建筑装饰、装修和其他建筑业']]],
  ['F', '批发和零售业', 0.24, [['51', '批发业'], ['52', '零售业']]],
  ['G', '交通运输、仓储和邮政业', 0.05, [['54', '道路运输业'], ['59', '装卸搬运和仓储业']]],
  ['H', '住宿和餐饮业', 0.05, [['61', '住宿业'], ['62', '餐饮业']]],
  ['I', '信息传输、软件和信息技术服务业', 0.05, [['63', '电信、广播电视和卫星传输服务'], ['64', '互联网和相关服务'], ['65', '软件和信息技术服务业']]],
  ['K', '房地产业', 0.04, [['70', '房地产业']]],
  ['L', '租赁和商务服务业', 0.06, [['71', '租赁业'], ['72', '商务服务业']]],
  ['M', '科学研究和技术服务业', 0.03, [['73', '研究和试验发展'], ['74', '专业技术服务业'], ['75', '科技推广和应用服务业']]],
  ['O', '居民服务、修理和其他服务业', 0.03, [['80', '居民服务业'], ['81', '机动车、电子产品和日用产品修理业']]],
  ['R', '文化、体育和娱乐业', 0.02, [['86', '新闻和出版业'], ['88', '文化艺术业']]],
];
const GROUPS13 = [['131', '谷物磨制'], ['132', '饲料加工'], ['135', '屠宰及肉类加工'], ['139', '其他农副食品加工']];
const COUNTIES = ['临川', '安平', '青阳', '清河', '永宁', '丰乐', '崇德', '兴化', '宁远', '阜平', '龙门', '石泉', '东台', '泗阳', '汤阴', '建平', '宜丰', '南漳', '武宁', '修水'];
const CITIES = ['江州', '东阳', '临州', '泰平', '宣城', '南康', '云阳', '景州', '西陵', '明州'];
const TOWNS = ['城关镇', '新桥镇', '白沙镇', '石门乡', '河口镇', '龙泉街道', '东城街道', '西湖乡', '马集镇', '杨庄镇', '高桥镇', '柳林乡', '三河镇', '永安镇', '双溪乡', '青山镇', '黄土岭乡', '南关街道', '沙河镇', '古城镇', '太平乡', '长岭镇'];
const PARKS = ['经济开发区', '高新技术产业开发区', '工业园区', '现代物流园区', '现代农业产业园'];
const SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕红梅玉兰国庆文斌丹凤晓东春花卫东丽华红军德明荣亮晨阳建军永红'.split('');
const ZIHAO = ['宏达', '鑫源', '恒泰', '华兴', '金鼎', '盛世', '永辉', '瑞丰', '天成', '联创', '博远', '兴隆', '鸿运', '顺达', '嘉禾', '新锐', '中科', '润泽', '德胜', '正邦', '佳美', '海川', '安居', '广源', '同力', '卓越', '汇通', '亿丰', '长青', '明珠', '远航', '凯旋', '晨光', '东方', '锦程', '通达', '利民', '百川', '富华', '万达'];
const IND_SUFFIX = { A: ['农业开发', '生态农业', '养殖'], B: ['矿业', '石材'], C: ['机械制造', '食品', '纺织', '服饰', '化工', '建材', '五金制品', '电气', '电子科技', '精密机械', '新材料'], D: ['能源', '热力'], E: ['建设工程', '建筑安装', '装饰工程', '路桥工程'], F: ['商贸', '贸易', '超市', '医药连锁', '建材销售'], G: ['物流', '运输', '仓储'], H: ['酒店管理', '餐饮管理', '宾馆'], I: ['信息技术', '网络科技', '软件', '数据科技'], K: ['房地产开发', '置业', '物业服务'], L: ['商务咨询', '人力资源', '租赁', '广告'], M: ['检测技术', '工程设计', '科技服务'], O: ['家政服务', '汽车维修', '洗涤服务'], R: ['文化传媒', '体育发展', '影视'] };
const UCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(region) {
  const body = [];
  for (let i = 0; i < 8; i++) body.push(chance(0.85) ? String(ri(0, 9)) : pick('ABCDEFGHJKLMNPQRTUWXY'.split('')));
  const ow = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0; for (let i = 0; i < 8; i++) { const ch = body[i]; const v = /[0-9]/.test(ch) ? +ch : ch.charCodeAt(0) - 55; s += v * ow[i]; }
  let c9 = 11 - (s % 11); const c9s = c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9);
  const pre = '9' + pick(['1', '1', '1', '2']) + region + body.join('') + c9s;
  let t = 0; for (let i = 0; i < 17; i++) t += UCC_CHARS.indexOf(pre[i]) * UCC_W[i];
  const ck = (31 - (t % 31)) % 31;
  return pre + UCC_CHARS[ck];
}
const personName = () => pick(SURN.split('')) + pick(GIVEN) + (chance(0.6) ? pick(GIVEN) : '');

// ---------------- population ----------------
function makePop(B) {
  const N = B.N;
  const menlei = B.menlei; // subset of MENLEI
  const units = B.towns.map((t) => [t, uf(0.5, 1.5)]);
  const tw = units.reduce((a, u) => a + u[1], 0);
  for (const p of B.parks) units.push([p, (ri(25, 90) / N) * tw / Math.max(0.2, 1 - B.parks.length * 60 / N)]);
  const recs = [];
  const total = Math.round(N * uf(1.03, 1.07));
  for (let i = 0; i < total; i++) {
    const m = wpick(menlei.map((x) => [x, x[2]]));
    const dv = wpick(m[3].map((d, j) => [d, j === 0 ? 2 : 1]));
    const x = { ml: m[0], mlName: m[1], div: dv[0], divName: dv[1], grp: null, town: wpick(units) };
    if (dv[0] === '13') x.grp = pick(GROUPS13)[0];
    x.isPark = B.parks.includes(x.town);
    x.own = wpick([['私营', 0.86], ['港澳台', 0.025], ['外商', 0.03], ['个体', 0.06], ['其他', 0.025]]);
    x.llc = x.own === '私营' && chance(0.75);
    const u = R();
    let emp = u < 0.55 ? ri(1, 9) : u < 0.87 ? ri(10, 49) : u < 0.97 ? ri(50, 299) : ri(300, 1800);
    if (x.isPark && emp < 10 && chance(0.6)) emp = ri(10, 120);
    let mem;
    if (emp < 10) mem = chance(0.14) ? ri(1, Math.min(3, emp)) : 0;
    else if (emp < 50) mem = chance(0.45) ? Math.max(1, Math.round(emp * uf(0.02, 0.12))) : 0;
    else mem = chance(0.85) ? Math.max(1, Math.round(emp * uf(0.015, 0.07))) : 0;
    mem = Math.min(mem, emp);
    const fem = binom(mem, uf(0.3, 0.45)), young = binom(mem, uf(0.25, 0.45));
    let org;
    if (mem >= 3) org = chance(0.92) ? '单独' : chance(0.6) ? '联合' : '无';
    else if (mem >= 1) org = chance(0.6) ? '联合' : chance(0.25) ? '挂靠' : '无';
    else org = chance(0.22) ? '联合' : chance(0.06) ? '挂靠' : '无';
    const gs = emp >= 50 ? chance(0.85) : emp >= 10 ? chance(0.15) : chance(0.01);
    const inv = chance(mem > 0 ? 0.16 : 0.01);
    const guide = org !== '单独' && chance(0.12) ? 1 : 0;
    const cur = { emp, mem, fem, young, org, gs, inv, guide };
    // previous year
    let prev = null;
    const isNew = chance(0.08);
    if (!isNew) {
      let pemp = Math.max(1, Math.round(emp * uf(0.88, 1.06)));
      const [lo, hi] = emp >= 50 ? [50, 1e9] : emp >= 10 ? [10, 49] : [1, 9];
      pemp = Math.min(hi, Math.max(lo, pemp));
      let pmem = mem > 0 ? Math.max(0, mem - ri(-1, 2)) : chance(0.03) ? 1 : 0;
      pmem = Math.min(pmem, pemp);
      let porg = org;
      if (org === '单独' && chance(0.12)) porg = pmem >= 3 ? '联合' : '无';
      else if (org === '联合' && chance(0.1)) porg = '无';
      else if (org === '无' && chance(0.02)) porg = '联合';
      if (porg === '单独' && pmem < 3) porg = '联合';
      prev = { emp: pemp, mem: pmem, fem: Math.min(fem, pmem), young: Math.min(young, pmem), org: porg, gs, inv: inv && pmem > 0, guide: guide && chance(0.7) ? 1 : 0 };
    }
    x.c = cur; x.p = prev;
    recs.push(x);
  }
  // closed during the year: exist in prev only (last ~5%)
  const nClosed = total - N;
  for (let i = 0; i < nClosed; i++) { const x = recs[i]; if (!x.p) x.p = { ...x.c }; x.c = null; }
  // names
  for (const x of recs) {
    const suf = pick(IND_SUFFIX[x.ml] || ['实业']);
    const form = x.own === '个体' ? pick(['经营部', '店', '加工厂', '商行']) : x.own === '外商' ? pick(['有限公司', '（中国）有限公司']) : pick(['有限公司', '有限公司', '有限责任公司', '股份有限公司']);
    x.name = (chance(0.7) ? B.place : '') + pick(ZIHAO) + (x.own === '个体' ? '' : suf) + form;
    x.code = creditCode(B.region);
    x.sec = personName();
  }
  return recs;
}

function agg(recs, yr) {
  const a = { ent: 0, ge3: 0, org: 0, dan: 0, lian: 0, gua: 0, mem: 0, fem: 0, young: 0, emp: 0, inv: 0, guide: 0, gs: 0 };
  for (const x of recs) {
    const s = x[yr]; if (!s) continue;
    a.ent++; if (s.mem >= 3) a.ge3++;
    if (s.org !== '无') { a.org++; a[{ 单独: 'dan', 联合: 'lian', 挂靠: 'gua' }[s.org]]++; }
    a.mem += s.mem; a.fem += s.fem; a.young += s.young; a.emp += s.emp;
    if (s.inv) a.inv++; a.guide += s.guide; if (s.gs) a.gs++;
  }
  return a;
}

// ---------------- table layout ----------------
// kinds: int, w2 (万人 2dp), r (rate), text
function rateTol(B) { return 0.5 * Math.pow(10, -B.st.dec) + 1e-9; }

function layoutTable(T, B) {
  const st = B.st;
  const cells = new Map(); const merges = []; const addr = new Map();
  const lab = T.labelCols; const ncol = lab.length + T.cols.length;
  let r = 1;
  const put = (row, col, v, o = {}) => { cells.set(colL(col) + row, { v, ...o }); return colL(col) + row; };
  put(r, 1, T.title, { title: true }); merges.push([r, 1, r, ncol]); r++;
  if (T.subtitle) { put(r, 1, T.subtitle, { center: true }); merges.push([r, 1, r, ncol]); r++; }
  for (const [L, Rt] of T.info || []) { put(r, 1, L); if (Rt) put(r, ncol, Rt, { right: true }); r++; }
  const D = Math.max(...T.cols.map((c) => c.path.length));
  const h0 = r;
  lab.forEach((lc, i) => { put(h0, i + 1, lc.header, { head: true }); if (D > 1) merges.push([h0, i + 1, h0 + D - 1, i + 1]); });
  for (let L = 0; L < D; L++) {
    let j = 0;
    while (j < T.cols.length) {
      const c = T.cols[j]; const col = lab.length + j + 1;
      if (L >= c.path.length) { j++; continue; }
      if (L === c.path.length - 1) { put(h0 + L, col, c.path[L], { head: true }); if (L < D - 1) merges.push([h0 + L, col, h0 + D - 1, col]); j++; continue; }
      const pre = c.path.slice(0, L + 1).join('\u0001');
      let k = j;
      while (k + 1 < T.cols.length && T.cols[k + 1].path.length > L + 1 && T.cols[k + 1].path.slice(0, L + 1).join('\u0001') === pre) k++;
      put(h0 + L, col, c.path[L], { head: true }); if (k > j) merges.push([h0 + L, col, h0 + L, lab.length + k + 1]);
      for (let q = j + 1; q <= k; q++) put(h0 + L, lab.length + q + 1, null, { head: true });
      j = k + 1;
    }
  }
  r = h0 + D;
  const headEnd = r - 1;
  if (T.colNumRow) {
    lab.forEach((lc, i) => put(r, i + 1, '甲乙丙丁'[i], { head: true }));
    T.cols.forEach((c, j) => put(r, lab.length + j + 1, j + 1, { head: true, fmt: '0' }));
    r++;
  }
  const dataStart = r;
  for (const row of T.rows) {
    lab.forEach((lc, i) => { const v = row.cells[lc.key]; put(r, i + 1, v === undefined ? null : v, { text: true, bold: row.bold }); });
    T.cols.forEach((c, j) => {
      const v = row.vals ? row.vals[c.key] : undefined;
      const a = put(r, lab.length + j + 1, v === undefined ? null : v, { fmt: (row.fmt && row.fmt[c.key]) || (row.fmtAll && c.kind !== 'r' ? row.fmtAll : c.fmt), bold: row.bold, num: true });
      if (row.vals && v !== undefined) addr.set(row.key + '|' + c.key, a);
    });
    r++;
  }
  const dataEnd = r - 1;
  for (const n of T.notes || []) { put(r, 1, n); merges.push([r, 1, r, ncol]); r++; }
  if (T.footer) { put(r, 1, T.footer); r++; }
  const rels = (T.rels || []).map((x) => {
    const o = { ...x };
    for (const f of ['total', 'whole', 'cell', 'num', 'den', 'cur', 'prev', 'end', 'start']) if (o[f] !== undefined) { const a = addr.get(o[f]); if (!a) throw new Error(`${T.name}: missing key ${o[f]}`); o[f] = a; }
    if (o.parts) o.parts = o.parts.map((k) => { const a = addr.get(k); if (!a) throw new Error(`${T.name}: missing key ${k}`); return a; });
    return o;
  });
  return { name: T.name, cells, merges, rels, ncol, headStart: h0, headEnd, dataStart, dataEnd, widths: T.widths || lab.map((l) => l.width || 10).concat(T.cols.map((c) => c.width || 11)), ledger: !!T.ledger };
}

// ---------------- display helpers ----------------
function dispInt(B, v) { return v === 0 ? B.st.zero : v; }
function dispRate(B, v, dec) { if (v === null || v === undefined || !Number.isFinite(v)) return B.st.undef; return B.st.rawRates ? v : rnd(v, dec === undefined ? B.st.dec : dec); }
const FMT = (B, kind) => kind === 'int' ? B.st.intFmt : kind === 'w2' ? '0.00' : kind === 'r' ? (B.st.dec === 1 ? '0.0' : '0.00') : undefined;

// ---------------- generic tree table ----------------
// spec: {name,title,subtitle,recs, groups:[{title, nodes}], cols:[{key,m,yr,kind,path,base?}], labelCols, totalLabel, codeOf}
// node: {key,label,code,filter,kids,complete,kidStyle}
function treeTable(B, spec) {
  const st = B.st;
  const rows = []; const rels = [];
  const yrs = [...new Set(spec.cols.map((c) => c.yr).filter(Boolean))];
  const aggOf = (recs) => Object.fromEntries(yrs.map((y) => [y, agg(recs, y)]));
  const total = { key: 'T', label: spec.totalLabel, recs: spec.recs, depth: 0, bold: true };
  total.a = aggOf(total.recs);
  const flat = [];
  const walk = (nodes, depth, parentRecs, parentKey) => {
    nodes.forEach((n, i) => {
      n.recs = parentRecs.filter(n.filter); n.a = aggOf(n.recs); n.depth = depth; n.idx = i;
      flat.push(n);
      if (n.kids) walk(n.kids, depth + 1, n.recs, n.key);
    });
  };
  const allTop = [];
  spec.groups.forEach((g) => { g.nodes.forEach((n) => allTop.push(n)); });
  for (const g of spec.groups) walk(g.nodes, 1, spec.recs);
  // values per node
  const rateOf = (a, m) => {
    if (m === 'cov') return a.ent ? (a.org / a.ent) * 100 : null;
    if (m === 'share') return a.emp ? (a.mem / a.emp) * 100 : null;
    if (m === 'ge3r') return a.ent ? (a.ge3 / a.ent) * 100 : null;
    throw new Error(m);
  };
  const valsOf = (n) => {
    const v = {};
    for (const c of spec.cols) {
      const a = n.a[c.yr];
      if (c.kind === 'int' && !c.derive) v[c.key] = dispInt(B, a[c.m]);
      else if (c.kind === 'w2' && !c.derive) v[c.key] = a[c.m] === 0 ? B.st.zero : rnd(a[c.m] / 10000, 2);
      else if (c.derive === 'rate') v[c.key] = dispRate(B, rateOf(a, c.m));
      else if (c.derive === 'pshare') { const t = total.a[c.yr][c.m]; v[c.key] = dispRate(B, t ? (a[c.m] / t) * 100 : null); if (n === total) v[c.key] = B.st.dec === 1 && chance(0.5) ? 100 : 100; }
      else if (c.derive === 'diff') v[c.key] = dispInt(B, n.a[c.cy][c.m] - n.a[c.py][c.m]);
      else if (c.derive === 'growth') { const p = n.a[c.py][c.m]; v[c.key] = p ? dispRate(B, (n.a[c.cy][c.m] / p - 1) * 100) : B.st.undef; }
      else if (c.derive === 'pp') { const rc = rateOf(n.a[c.cy], c.m), rp = rateOf(n.a[c.py], c.m); v[c.key] = rc === null || rp === null ? B.st.undef : rnd(B.st.ppFromShown ? rnd(rc, B.st.dec) - rnd(rp, B.st.dec) : rc - rp, B.st.dec); }
      else throw new Error('col ' + c.key);
    }
    return v;
  };
  total.vals = valsOf(total);
  for (const n of flat) n.vals = valsOf(n);
  // labels
  const FW = '\u3000';
  const labelOf = (n, parent) => {
    if (n.depth === 1) return n.label;
    const ind = FW.repeat(2 * (n.depth - 1));
    if ((parent && parent.kidStyle === 'plain')) return FW.repeat(n.depth - 1) + n.label;
    return n.idx === 0 ? ind + '其中：' + n.label : ind + (B.st.qzAlign ? FW.repeat(3) : '') + n.label;
  };
  const parentOf = new Map();
  for (const n of flat) if (n.kids) for (const k of n.kids) parentOf.set(k, n);
  const hasSeq = spec.labelCols.some((l) => l.key === 'seq');
  let seq = 0;
  const mkRow = (n, isTotal) => {
    const cells = { label: isTotal ? n.label : labelOf(n, parentOf.get(n)), code: n.code };
    if (hasSeq) cells.seq = isTotal ? (B.st.totalSeq || null) : n.depth === 1 ? ++seq : null;
    return { key: n.key, cells, vals: n.vals, bold: isTotal };
  };
  const body = [];
  for (const g of spec.groups) {
    if (g.title) body.push({ key: 'sec' + body.length, cells: { label: g.title }, vals: null });
    const emit = (nodes) => { for (const n of nodes) { body.push(mkRow(n)); if (n.kids) emit(n.kids); } };
    emit(g.nodes);
  }
  const totalRow = mkRow(total, true);
  if (B.st.totalFirst) rows.push(totalRow, ...body); else rows.push(...body, totalRow);
  // ----- relations -----
  const K = (n, c) => n.key + '|' + c;
  const has = (n, c) => n.vals[c] !== undefined && n.vals[c] !== null && n.vals[c] !== B.st.undef || (n.vals[c] === B.st.undef && typeof B.st.undef === 'number');
  const additive = spec.cols.filter((c) => (c.kind === 'int' && (!c.derive || c.derive === 'diff')) || (c.kind === 'w2' && !c.derive));
  const tolFor = (c, nparts) => c.kind === 'w2' ? 0.005 * (nparts + 1) + 1e-9 : 1e-9;
  for (const c of additive) {
    for (const g of spec.groups) rels.push({ t: 'sum', total: K(total, c.key), parts: g.nodes.map((n) => K(n, c.key)), tol: tolFor(c, g.nodes.length) });
    for (const n of flat) if (n.kids && n.kids.length) rels.push(n.complete ? { t: 'sum', total: K(n, c.key), parts: n.kids.map((k) => K(k, c.key)), tol: tolFor(c, n.kids.length) } : { t: 'le', whole: K(n, c.key), parts: n.kids.map((k) => K(k, c.key)), tol: tolFor(c, n.kids.length) });
  }
  const byYr = (yr, m, derive) => spec.cols.find((c) => c.yr === yr && c.m === m && (derive ? c.derive === derive : !c.derive));
  for (const n of [total, ...flat]) {
    for (const yr of yrs) {
      const a = n.a[yr];
      const cc = (m) => byYr(yr, m);
      // org = dan+lian+gua
      if (cc('org')) {
        const parts = ['dan', 'lian', 'gua'].filter((m) => cc(m));
        if (parts.length === 3) rels.push({ t: 'sum', total: K(n, cc('org').key), parts: parts.map((m) => K(n, cc(m).key)), tol: 1e-9 });
        else if (parts.length) rels.push({ t: 'le', whole: K(n, cc('org').key), parts: parts.map((m) => K(n, cc(m).key)), tol: 1e-9 });
      }
      if (cc('ent')) for (const m of ['org', 'ge3', 'gs', 'inv']) if (cc(m)) rels.push({ t: 'le', whole: K(n, cc('ent').key), parts: [K(n, cc(m).key)], tol: 1e-9 });
      if (cc('mem')) for (const m of ['fem', 'young']) if (cc(m)) rels.push({ t: 'le', whole: K(n, cc('mem').key), parts: [K(n, cc(m).key)], tol: 1e-9 });
      const cov = byYr(yr, 'cov', 'rate');
      if (cov && a.ent && cc('org') && cc('ent')) rels.push({ t: 'rate', cell: K(n, cov.key), num: K(n, cc('org').key), den: K(n, cc('ent').key), k: 100, tol: rateTol(B) });
      const sh = byYr(yr, 'share', 'rate');
      if (sh && a.emp && cc('mem') && cc('emp')) {
        if (cc('emp').kind === 'w2') {
          const w = rnd(a.emp / 10000, 2); const r = (a.mem / a.emp) * 100;
          if (w > 0) rels.push({ t: 'rate', cell: K(n, sh.key), num: K(n, cc('mem').key), den: K(n, cc('emp').key), k: 0.01, tol: rateTol(B) + Math.abs(r - (a.mem / w) * 0.01) + 1e-6 });
        } else rels.push({ t: 'rate', cell: K(n, sh.key), num: K(n, cc('mem').key), den: K(n, cc('emp').key), k: 100, tol: rateTol(B) });
      }
      for (const c of spec.cols.filter((c) => c.derive === 'pshare' && c.yr === yr)) {
        const base = byYr(yr, c.m);
        if (n !== total && base && total.a[yr][c.m]) rels.push({ t: 'rate', cell: K(n, c.key), num: K(n, base.key), den: K(total, base.key), k: 100, tol: rateTol(B) });
      }
    }
    for (const c of spec.cols.filter((c) => c.derive === 'diff')) {
      const cur = byYr(c.cy, c.m), prv = byYr(c.py, c.m);
      if (cur && prv) rels.push({ t: 'sum', total: K(n, cur.key), parts: [K(n, prv.key), K(n, c.key)], tol: 1e-9 });
    }
    for (const c of spec.cols.filter((c) => c.derive === 'growth')) {
      const cur = byYr(c.cy, c.m), prv = byYr(c.py, c.m);
      if (cur && prv && n.a[c.py][c.m]) rels.push({ t: 'growth', cell: K(n, c.key), cur: K(n, cur.key), prev: K(n, prv.key), tol: rateTol(B) });
    }
    for (const c of spec.cols.filter((c) => c.derive === 'pp')) {
      const cur = byYr(c.cy, c.m, 'rate'), prv = byYr(c.py, c.m, 'rate');
      if (cur && prv && rateOf(n.a[c.cy], c.m) !== null && rateOf(n.a[c.py], c.m) !== null) rels.push({ t: 'pp', cell: K(n, c.key), cur: K(n, cur.key), prev: K(n, prv.key), tol: B.st.ppFromShown ? 0.5 * Math.pow(10, -B.st.dec) + 1e-6 : 1.5 * Math.pow(10, -B.st.dec) + 1e-6 });
    }
  }
  // share column sums to 100
  for (const c of spec.cols.filter((c) => c.derive === 'pshare')) for (const g of spec.groups) if (total.a[c.yr][c.m]) rels.push({ t: 'sum', total: K(total, c.key), parts: g.nodes.map((n) => K(n, c.key)), tol: g.nodes.length * 0.5 * Math.pow(10, -B.st.dec) + 1e-9 });
  return { rows, rels };
}

// ---------------- column builders ----------------
const UNIT_EMP = (B) => (B.st.empWan ? '从业人员（万人）' : '从业人员（人）');
function metricCols(B, want, yr, prefix) {
  const pick = (arr) => { B.lbl = B.lbl || {}; const k = arr.join('|'); if (!(k in B.lbl)) B.lbl[k] = arr[Math.floor(R() * arr.length)]; return B.lbl[k]; };
  // want: list of metric names; returns cols with paths (prefix prepended)
  const P = (p) => (prefix ? [prefix, ...p] : p);
  const cols = [];
  const orgSplit = ['dan', 'lian', 'gua'].filter((m) => want.includes(m));
  const memSplit = ['fem', 'young'].filter((m) => want.includes(m));
  for (const m of want) {
    const k = (yr || '') + m;
    if (m === 'ent') cols.push({ key: k, m, yr, kind: 'int', path: P([pick(['企业总数（个）', '非公企业数（个）', '企业数'])]) });
    if (m === 'gs') cols.push({ key: k, m, yr, kind: 'int', path: P(['其中：规模以上企业']) });
    if (m === 'ge3') cols.push({ key: k, m, yr, kind: 'int', path: P([pick(['有3名以上正式党员的企业数', '有3名以上正式党员企业'])]) });
    if (m === 'org') cols.push({ key: k, m, yr, kind: 'int', path: P(orgSplit.length ? [pick(['建立党组织企业数', '已建党组织企业数']), pick(['小计', '合计'])] : [pick(['建立党组织企业数', '已建党组织企业数'])]) });
    if (['dan', 'lian', 'gua'].includes(m)) { const par = cols.find((c) => c.m === 'org' && c.yr === yr); cols.push({ key: k, m, yr, kind: 'int', path: P([par ? par.path[par.path.length - 2] : '建立党组织企业数', { dan: '单独建立', lian: '联合建立', gua: '挂靠建立' }[m]]) }); }
    if (m === 'cov') cols.push({ key: k, m, yr, kind: 'r', derive: 'rate', path: P([pick(['党组织覆盖率（%）', '覆盖率（%）', '党组织覆盖率%'])]) });
    if (m === 'mem') cols.push({ key: k, m, yr, kind: 'int', path: P(memSplit.length ? ['党员总数（名）', '合计'] : [pick(['党员总数（名）', '党员数（名）', '党员人数'])]) });
    if (m === 'fem') cols.push({ key: k, m, yr, kind: 'int', path: P(['党员总数（名）', '其中：女']) });
    if (m === 'young') cols.push({ key: k, m, yr, kind: 'int', path: P(['党员总数（名）', '35岁及以下']) });
    if (m === 'emp') cols.push({ key: k, m, yr, kind: B.st.empWan ? 'w2' : 'int', path: P([UNIT_EMP(B)]) });
    if (m === 'share') cols.push({ key: k, m, yr, kind: 'r', derive: 'rate', path: P(['党员占从业人员比重（%）']) });
    if (m === 'inv') cols.push({ key: k, m, yr, kind: 'int', path: P(['出资人（主要负责人）是党员的企业数']) });
    if (m === 'guide') cols.push({ key: k, m, yr, kind: 'int', path: P(['选派党建指导员（名）']) });
    if (m === 'entShare') cols.push({ key: k, m: 'ent', yr, kind: 'r', derive: 'pshare', path: P([pick(['占比（%）', '占企业总数比重（%）', '企业数占比（%）'])]) });
    if (m === 'memShare') cols.push({ key: k, m: 'mem', yr, kind: 'r', derive: 'pshare', path: P([pick(['党员占比（%）', '占党员总数比重（%）', '党员数占比（%）'])]) });
  }
  return cols;
}
function finishCols(B, cols) { for (const c of cols) { c.fmt = FMT(B, c.kind); c.width = c.kind === 'int' ? 10 : 9; } return cols; }

function header(B, what) {
  const info = [];
  const unit = pick(['单位：个、名、%', '单位：个，名，%', '计量单位：个、名']);
  if (B.st.infoStyle === 0) info.push([`填报单位：${B.orgName}`, unit]);
  else if (B.st.infoStyle === 1) { info.push([`填报单位（盖章）：${B.orgName}`, null]); info.push([`填报日期：${B.year + 1}年1月${ri(5, 20)}日`, unit]); }
  else info.push([null, unit]);
  return info;
}
function footer(B) {
  return pick([`填表人：${personName()}　　　审核人：${personName()}　　　联系电话：0${ri(500, 899)}-${ri(2000000, 8999999)}`, `单位负责人：${personName()}　　审核人：${personName()}　　填表人：${personName()}　　报出日期：${B.year + 1}年1月${ri(5, 25)}日`, null]);
}
const covNote = '党组织覆盖率=建立党组织企业数÷企业总数×100%';

function labelCols(B, labelHeader, withCode) {
  const l = [];
  if (B.st.seq) l.push({ key: 'seq', header: '序号', width: 6 });
  if (withCode) l.push({ key: 'code', header: pick(['行业代码', '代码', '国民经济行业代码']), width: 8 });
  l.push({ key: 'label', header: labelHeader, width: 30 });
  return l;
}

// ---------------- sheets ----------------
function shIndustry(B) {
  const yr = 'c';
  const want = ['ent'];
  if (chance(0.6)) want.push('ge3');
  want.push('org'); if (chance(0.7)) want.push('dan', 'lian', 'gua');
  want.push('cov', 'mem'); if (chance(0.6)) want.push('fem'); if (chance(0.5)) want.push('young');
  if (chance(0.6)) want.push('emp', 'share');
  if (chance(0.4)) want.push('inv');
  const cols = finishCols(B, metricCols(B, want, yr));
  const withCode = chance(0.75);
  const present = B.menlei.filter((m) => B.recs.some((x) => x.c && x.ml === m[0]));
  let lumpOther = chance(0.35) && present.length > 6;
  const shown = lumpOther ? present.filter((m) => m[2] >= 0.04) : present;
  const shownCodes = new Set(shown.map((m) => m[0]));
  const nodes = shown.map((m) => {
    const n = { key: 'm' + m[0], label: m[1], code: withCode ? m[0] : undefined, filter: (x) => x.ml === m[0] };
    if (m[0] === 'C' && chance(0.8)) {
      const divs = shuffle(m[3]).slice(0, ri(2, 4)).sort((a, b) => +a[0] - +b[0]);
      if (!divs.find((d) => d[0] === '13') && chance(0.5)) divs.unshift(m[3][0]);
      n.kids = divs.map((d) => { const k = { key: 'd' + d[0], label: d[1], code: withCode ? d[0] : undefined, filter: (x) => x.div === d[0] }; if (d[0] === '13' && chance(0.6)) { const gs = GROUPS13.slice(0, ri(1, 3)); k.kids = gs.map((g) => ({ key: 'g' + g[0], label: g[1], code: withCode ? g[0] : undefined, filter: (x) => x.grp === g[0] })); } return k; });
      n.complete = false;
    } else if ((m[0] === 'F' || m[0] === 'I' || m[0] === 'E') && chance(0.6)) {
      const full = chance(0.5);
      const divs = full ? m[3] : m[3].slice(m[0] === 'I' ? 2 : 0, m[0] === 'I' ? 3 : 1);
      n.kids = divs.map((d) => ({ key: 'd' + d[0], label: d[1], code: withCode ? d[0] : undefined, filter: (x) => x.div === d[0] }));
      n.complete = full && divs.length > 1;
    }
    return n;
  });
  if (lumpOther) nodes.push({ key: 'other', label: pick(['其他行业', '其他']), code: withCode ? pick([null, '—']) : undefined, filter: (x) => !shownCodes.has(x.ml) });
  const spec = { recs: B.recs.filter((x) => x.c), groups: [{ nodes }], cols, labelCols: labelCols(B, pick(['行业', '行业类别', '国民经济行业']), withCode), totalLabel: pick(['合计', '总计', B.scope + '合计', B.scope]) };
  const { rows, rels } = treeTable(B, spec);
  const notes = [];
  if (chance(0.8)) notes.push(`注：1.${covNote}；2.行业分类按《国民经济行业分类》（GB/T 4754—2017）${want.includes('share') ? '；3.党员占从业人员比重=党员总数÷从业人员数×100%' : ''}。`);
  return layoutTable({ name: B.sheetName('industry'), title: `${B.placeFull}非公有制企业党建工作情况统计表（按行业分）`, subtitle: chance(0.6) ? `（截至${B.year}年12月31日）` : null, info: header(B), labelCols: spec.labelCols, cols, rows, rels, notes, footer: footer(B), colNumRow: B.st.colNumRow && chance(0.5) }, B);
}

function shSize(B) {
  const ms = ['ent', 'org', 'cov', 'mem'];
  if (chance(0.3)) ms.splice(1, 0, 'ge3');
  const ys = [B.year - 1, B.year];
  const yl = (y) => pick([`${y}年`, `${y}年末`]);
  const prevL = yl(ys[0]), curL = yl(ys[1]);
  const cols = [...metricCols(B, ms, 'p', prevL), ...metricCols(B, ms, 'c', curL)];
  // fix ent header labels to be same for both years
  const chg = pick(['比上年增减', '增减情况', '与上年比较']);
  cols.push({ key: 'dEnt', m: 'ent', derive: 'diff', cy: 'c', py: 'p', kind: 'int', path: [chg, '企业数（个）'] });
  cols.push({ key: 'dOrg', m: 'org', derive: 'diff', cy: 'c', py: 'p', kind: 'int', path: [chg, '建立党组织（个）'] });
  cols.push({ key: 'ppCov', m: 'cov', derive: 'pp', cy: 'c', py: 'p', kind: 'r', path: [chg, '覆盖率（百分点）'] });
  if (chance(0.6)) cols.push({ key: 'gMem', m: 'mem', derive: 'growth', cy: 'c', py: 'p', kind: 'r', path: [chg, '党员增长（%）'] });
  else cols.push({ key: 'dMem', m: 'mem', derive: 'diff', cy: 'c', py: 'p', kind: 'int', path: [chg, '党员（名）'] });
  if (chance(0.4)) cols.push({ key: 'gEnt', m: 'ent', derive: 'growth', cy: 'c', py: 'p', kind: 'r', path: [chg, '企业数增长（%）'] });
  finishCols(B, cols);
  // per-year gs / bands: filter on that year's state -> need per-year filters; nodes filter by either year state
  // use union of recs and filter: x in band for year state -> we implement band nodes via per-year attribute check in agg: simpler: use record classification by current year, prev year uses the same grouping (enterprises keep their band)
  const band = (x) => { const s = x.c || x.p; return s.emp >= 50 ? 3 : s.emp >= 10 ? 2 : 1; };
  const gsOf = (x) => (x.c || x.p).gs;
  const g1 = { title: chance(0.7) ? pick(['按规模分：', '一、按企业规模分']) : null, nodes: [{ key: 'gsY', label: pick(['规模以上企业', '规模以上']), filter: (x) => gsOf(x) }, { key: 'gsN', label: pick(['规模以下企业', '规模以下']), filter: (x) => !gsOf(x) }] };
  const g2 = { title: chance(0.7) ? pick(['按从业人员规模分：', '二、按从业人员分']) : null, nodes: [{ key: 'b3', label: pick(['从业人员50人以上', '50人及以上']), filter: (x) => band(x) === 3 }, { key: 'b2', label: pick(['10—49人', '从业人员10-49人']), filter: (x) => band(x) === 2 }, { key: 'b1', label: pick(['10人以下', '从业人员10人以下']), filter: (x) => band(x) === 1 }] };
  const groups = chance(0.25) ? [g2] : [g1, g2];
  const lc = labelCols(B, pick(['项目', '企业规模', '类别']), false);
  const spec = { recs: B.recs, groups, cols, labelCols: lc, totalLabel: pick(['合计', '总计', B.scope + '合计']) };
  const { rows, rels } = treeTable(B, spec);
  const notes = [];
  if (chance(0.7)) notes.push(`注：${covNote}；“比上年增减”中覆盖率为百分点${chance(0.5) ? '；企业规模按当年统计口径划分' : ''}。`);
  if (B.st.undef === '/' && chance(0.5)) notes.push('“/”表示无可比数据。');
  return layoutTable({ name: B.sheetName('size'), title: `${B.placeFull}${ys[0]}—${ys[1]}年非公有制企业党组织覆盖情况（按规模分）`, info: header(B), labelCols: lc, cols, rows, rels, notes, footer: footer(B), colNumRow: B.st.colNumRow && chance(0.4) }, B);
}

function shOwnership(B) {
  const want = ['ent', 'entShare', 'org'];
  if (chance(0.5)) want.push('dan', 'lian', 'gua');
  want.push('cov', 'mem'); if (chance(0.5)) want.push('memShare'); if (chance(0.5)) want.push('inv');
  const cols = finishCols(B, metricCols(B, want, 'c'));
  const indiv = B.kind === 'amr' ? '规模较大的个体工商户' : '个体工商户';
  const nodes = [
    { key: 'pv', label: '私营企业', filter: (x) => x.own === '私营', kids: chance(0.6) ? [{ key: 'llc', label: '私营有限责任公司', filter: (x) => x.llc }] : null },
    { key: 'hmt', label: '港澳台商投资企业', filter: (x) => x.own === '港澳台' },
    { key: 'fdi', label: '外商投资企业', filter: (x) => x.own === '外商' },
    { key: 'oth', label: pick(['其他', '其他非公有制企业']), filter: (x) => x.own === '个体' || x.own === '其他', kids: [{ key: 'ind', label: indiv, filter: (x) => x.own === '个体' }] },
  ];
  if (chance(0.4)) [nodes[1], nodes[2]] = [nodes[2], nodes[1]];
  const lc = labelCols(B, pick(['登记注册类型', '企业类型', '注册类型']), false);
  const spec = { recs: B.recs.filter((x) => x.c), groups: [{ nodes }], cols, labelCols: lc, totalLabel: pick(['合计', '总计', B.scope + '合计']) };
  const { rows, rels } = treeTable(B, spec);
  return layoutTable({ name: B.sheetName('own'), title: `${B.placeFull}非公有制企业党建情况（按登记注册类型分）`, subtitle: chance(0.4) ? `${B.year}年度` : null, info: header(B), labelCols: lc, cols, rows, rels, notes: chance(0.6) ? [`注：占比为各类型企业数占企业总数的比重，因四舍五入，分项之和可能不等于100%。`] : [], footer: footer(B) }, B);
}

function shTown(B) {
  const want = ['ent'];
  if (chance(0.6)) want.push('gs');
  want.push('org'); if (chance(0.5)) want.push('dan', 'lian'); if (want.includes('dan') && chance(0.5)) want.push('gua');
  want.push('cov', 'mem');
  if (chance(0.6)) want.push('inv');
  if (chance(0.7)) want.push('guide');
  const cols = finishCols(B, metricCols(B, want, 'c'));
  const townNodes = B.towns.map((t) => ({ key: 't' + t, label: t, filter: (x) => x.town === t }));
  const parkNodes = B.parks.map((p) => ({ key: 'pk' + p, label: p, filter: (x) => x.town === p }));
  let groups;
  if (B.parks.length && chance(0.6)) {
    groups = [{ nodes: [{ key: 'subT', label: pick(['乡镇（街道）小计', '乡镇小计', '一、乡镇（街道）']), filter: (x) => !x.isPark, kids: townNodes, complete: true, kidStyle: 'plain' }, { key: 'subP', label: pick(['园区小计', '二、园区']), filter: (x) => x.isPark, kids: parkNodes, complete: true, kidStyle: 'plain' }] }];
  } else groups = [{ nodes: [...townNodes, ...parkNodes] }];
  const lc = labelCols(B, pick(['乡镇（街道）、园区', '单位', '乡镇（园区）']), false);
  const spec = { recs: B.recs.filter((x) => x.c), groups, cols, labelCols: lc, totalLabel: pick([B.scope + '合计', '合计', '总计', B.scope]) };
  const { rows, rels } = treeTable(B, spec);
  const notes = [];
  if (chance(0.5)) notes.push(`注：开发区、园区内企业单独统计，不重复计入所在乡镇。`);
  return layoutTable({ name: B.sheetName('town'), title: `${B.placeFull}各乡镇（街道）、园区非公有制企业党建工作统计表`, info: header(B), labelCols: lc, cols, rows, rels, notes, footer: footer(B), colNumRow: B.st.colNumRow && chance(0.5) }, B);
}

// ledger of enterprises and its summary
function ledgerScope(B) {
  const cur = B.recs.filter((x) => x.c);
  for (const p of shuffle(B.parks)) { const l = cur.filter((x) => x.town === p); if (l.length >= 12 && l.length <= 110) return { title: `${B.place}${p}`, list: l, scopeLabel: p }; }
  const gs = cur.filter((x) => x.c.gs);
  if (gs.length >= 12 && gs.length <= 140) return { title: `${B.placeFull}规模以上`, list: gs, scopeLabel: '规上' };
  for (const t of shuffle(B.towns)) { const l = cur.filter((x) => x.town === t && x.c.emp >= 20); if (l.length >= 10 && l.length <= 110) return { title: `${B.place}${t}从业人员20人以上`, list: l, scopeLabel: t }; }
  const big = cur.filter((x) => x.c.emp >= 100).slice(0, 120);
  return { title: `${B.placeFull}从业人员100人以上`, list: big, scopeLabel: '百人以上' };
}
function shLedger(B, scope) {
  const st = B.st; const list = scope.list.slice().sort((a, b) => (a.town < b.town ? -1 : a.town > b.town ? 1 : 0));
  const hasFem = chance(0.5), hasInv = chance(0.5), hasTown = !scope.scopeLabel || scope.scopeLabel === '规上' || scope.scopeLabel === '百人以上' || chance(0.3);
  const totalRow = chance(0.75) ? (chance(0.7) ? 'bottom' : 'top') : null;
  const lc = [{ key: 'seq', header: '序号', width: 6 }, { key: 'name', header: '企业名称', width: 34 }, { key: 'code', header: '统一社会信用代码', width: 22 }, { key: 'ind', header: pick(['所属行业', '行业']), width: 20 }];
  if (hasTown) lc.push({ key: 'town', header: '所在乡镇（园区）', width: 14 });
  const cols = [{ key: 'emp', kind: 'int', path: ['从业人员（人）'] }, { key: 'mem', kind: 'int', path: [hasFem ? '党员数（名）' : '党员数（名）', ...(hasFem ? ['合计'] : [])] }];
  if (hasFem) cols.push({ key: 'fem', kind: 'int', path: ['党员数（名）', '其中：女'] });
  const textCols = [{ key: 'isOrg', header: '是否建立党组织' }, { key: 'form', header: '组织形式' }, { key: 'sec', header: '党组织书记' }];
  if (hasInv) textCols.push({ key: 'inv', header: '出资人是否党员' });
  for (const c of cols) { c.fmt = '0'; c.width = 10; }
  for (const t of textCols) cols.push({ key: t.key, kind: 'text', path: [t.header], width: 12 });
  const FORM = { 单独: pick(['单独组建', '单独建立']), 联合: pick(['联合组建', '联合建立']), 挂靠: pick(['挂靠', '挂靠建立']) };
  const rows = [];
  const memV = (v) => (v === 0 && st.ledgerZeroDash ? '-' : v);
  list.forEach((x, i) => {
    const s = x.c;
    const cells = { seq: i + 1, name: x.name, code: x.code, ind: x.mlName, town: x.town };
    const vals = { emp: s.emp, mem: memV(s.mem), isOrg: s.org === '无' ? '否' : '是', form: s.org === '无' ? pick(['—', '', '/']) || null : FORM[s.org], sec: s.org === '单独' ? x.sec : s.org === '无' ? null : pick([null, '（联合党组织）' + x.sec]) };
    if (hasFem) vals.fem = memV(s.fem);
    if (hasInv) vals.inv = s.inv ? '是' : '否';
    rows.push({ key: 'e' + i, cells, vals });
  });
  const rels = [];
  const numCols = cols.filter((c) => c.kind === 'int');
  if (totalRow) {
    const tv = {}; for (const c of numCols) tv[c.key] = list.reduce((a, x) => a + x.c[c.key], 0);
    const tr = { key: 'T', cells: { seq: null, name: `合计（${list.length}家）` }, vals: tv, bold: true };
    if (chance(0.5)) tr.cells = { seq: '合计', name: `${list.length}家` };
    if (totalRow === 'top') rows.unshift(tr); else rows.push(tr);
    for (const c of numCols) rels.push({ t: 'sum', total: 'T|' + c.key, parts: list.map((_, i) => 'e' + i + '|' + c.key), tol: 1e-9 });
  }
  list.forEach((x, i) => { rels.push({ t: 'le', whole: `e${i}|emp`, parts: [`e${i}|mem`], tol: 1e-9 }); if (hasFem) rels.push({ t: 'le', whole: `e${i}|mem`, parts: [`e${i}|fem`], tol: 1e-9 }); });
  const T = layoutTable({ name: B.sheetName('ledger'), title: `${scope.title}非公有制企业党建工作台账`, subtitle: null, info: [[`填报单位：${B.orgName}`, `统计时间：${B.year}年12月`]], labelCols: lc, cols, rows, rels, notes: chance(0.5) ? ['注：统一社会信用代码以市场监管部门登记信息为准；“组织形式”填单独组建、联合组建或挂靠。'] : [], footer: footer(B), ledger: true }, B);
  T.textCells = true;
  return T;
}
function shLedgerSummary(B, scope) {
  const recs = scope.list;
  const byForm = chance(0.6);
  let groups, want;
  if (byForm) {
    want = ['ent', 'entShare', 'emp', 'mem']; if (chance(0.5)) want.push('fem'); if (chance(0.4)) want.push('inv');
    groups = [{ nodes: [['dan', '单独建立', '单独'], ['lian', '联合建立', '联合'], ['gua', '挂靠建立', '挂靠'], ['none', '未建立党组织', '无']].map(([k, l, f]) => ({ key: k, label: l, filter: (x) => x.c.org === f })) }];
  } else {
    want = ['ent', 'org', 'cov', 'mem', 'emp']; if (chance(0.5)) want.push('share');
    const mls = [...new Set(recs.map((x) => x.ml))].sort();
    groups = [{ nodes: mls.map((m) => ({ key: 'm' + m, label: MENLEI.find((z) => z[0] === m)[1], filter: (x) => x.ml === m })) }];
  }
  const saveWan = B.st.empWan; B.st.empWan = false; // ledger summary in persons
  const cols = finishCols(B, metricCols(B, want, 'c'));
  const lc = labelCols(B, byForm ? '组织形式' : '行业', false);
  const spec = { recs, groups, cols, labelCols: lc, totalLabel: pick(['合计', '总计']) };
  const { rows, rels } = treeTable(B, spec);
  B.st.empWan = saveWan;
  return layoutTable({ name: B.sheetName('ledsum'), title: `${scope.title}非公有制企业党建台账汇总表`, info: header(B), labelCols: lc, cols, rows, rels, notes: [pick(['注：本表根据企业台账汇总。', '注：数据来源于企业党建工作台账。'])], footer: null }, B);
}

function shTrend(B) {
  const Y = B.year; const years = [Y - 4, Y - 3, Y - 2, Y - 1, Y];
  const ac = agg(B.recs, 'c'), ap = agg(B.recs, 'p');
  const ser = { ent: [ap.ent, ac.ent], org: [ap.org, ac.org], mem: [ap.mem, ac.mem] };
  for (let i = 0; i < 3; i++) {
    const e = Math.round(ser.ent[0] / uf(1.02, 1.12)); let o = Math.round(ser.org[0] / uf(1.0, 1.15)); if (o > e) o = Math.round(e * 0.9);
    const m = Math.round(ser.mem[0] / uf(1.01, 1.1));
    ser.ent.unshift(e); ser.org.unshift(o); ser.mem.unshift(m);
  }
  const dec = B.st.dec;
  const cov = years.map((_, i) => (ser.org[i] / ser.ent[i]) * 100);
  const cagr = (s) => (Math.pow(s[4] / s[0], 1 / 4) - 1) * 100;
  const transposed = chance(0.4);
  const ind = [['ent', pick(['非公企业总数（个）', '非公有制企业数（个）'])], ['org', '建立党组织企业数（个）'], ['cov', '党组织覆盖率（%）'], ['mem', '党员总数（名）']];
  const rels = []; let rows, cols, lc;
  const rv = (m, i) => (m === 'cov' ? dispRate(B, cov[i]) : ser[m][i]);
  const ppTol = 0.5 * Math.pow(10, -dec) + 1e-6;
  const ppVal = B.st.rawRates ? rnd(cov[4] - cov[0], dec) : rnd(rnd(cov[4], dec) - rnd(cov[0], dec), dec);
  if (!transposed) {
    lc = labelCols(B, '指标', false);
    cols = years.map((y) => ({ key: 'y' + y, kind: 'int', path: [`${y}年`], fmt: B.st.intFmt, width: 10 }));
    cols.push({ key: 'cg', kind: 'r', path: [pick(['年均增长（%）', `${years[0]}—${Y}年年均增长（%）`])], fmt: FMT(B, 'r'), width: 12 });
    rows = ind.map(([m, l], j) => {
      const vals = {}; years.forEach((y, i) => (vals['y' + y] = rv(m, i)));
      vals.cg = m === 'cov' ? ppVal : dispRate(B, cagr(ser[m]));
      return { key: m, cells: { label: l, seq: j + 1 }, vals, fmt: m === 'cov' ? Object.fromEntries(years.map((y) => ['y' + y, FMT(B, 'r')])) : null };
    });
    years.forEach((y) => rels.push({ t: 'rate', cell: `cov|y${y}`, num: `org|y${y}`, den: `ent|y${y}`, k: 100, tol: rateTol(B) }));
    for (const m of ['ent', 'org', 'mem']) rels.push({ t: 'cagr', cell: `${m}|cg`, end: `${m}|y${Y}`, start: `${m}|y${years[0]}`, n: 4, tol: rateTol(B) });
    rels.push({ t: 'pp', cell: 'cov|cg', cur: `cov|y${Y}`, prev: `cov|y${years[0]}`, tol: ppTol });
    for (const y of years) rels.push({ t: 'le', whole: `ent|y${y}`, parts: [`org|y${y}`], tol: 1e-9 });
  } else {
    lc = [{ key: 'label', header: '年份', width: 14 }];
    cols = ind.map(([m, l]) => ({ key: m, kind: m === 'cov' ? 'r' : 'int', path: [l], fmt: m === 'cov' ? FMT(B, 'r') : B.st.intFmt, width: 12 }));
    rows = years.map((y, i) => ({ key: 'y' + y, cells: { label: `${y}年` }, vals: Object.fromEntries(ind.map(([m]) => [m, rv(m, i)])) }));
    rows.push({ key: 'cg', cells: { label: pick(['年均增长（%）', '年均增速（%）']) }, vals: { ent: dispRate(B, cagr(ser.ent)), org: dispRate(B, cagr(ser.org)), cov: ppVal, mem: dispRate(B, cagr(ser.mem)) } });
    years.forEach((y) => rels.push({ t: 'rate', cell: `y${y}|cov`, num: `y${y}|org`, den: `y${y}|ent`, k: 100, tol: rateTol(B) }));
    for (const m of ['ent', 'org', 'mem']) rels.push({ t: 'cagr', cell: `cg|${m}`, end: `y${Y}|${m}`, start: `y${years[0]}|${m}`, n: 4, tol: rateTol(B) });
    rels.push({ t: 'pp', cell: 'cg|cov', cur: `y${Y}|cov`, prev: `y${years[0]}|cov`, tol: ppTol });
  }
  const notes = [`注：覆盖率一行“${transposed ? '年均增长' : '年均增长'}”栏为${years[0]}—${Y}年提高的百分点。`];
  return layoutTable({ name: B.sheetName('trend'), title: `${B.placeFull}${years[0]}—${Y}年非公有制企业党建主要指标`, info: [[null, '单位：个、名、%']], labelCols: lc, cols, rows, rels, notes, footer: null }, B);
}

function shOverview(B) {
  const ac = agg(B.recs, 'c'), ap = agg(B.recs, 'p');
  const Y = B.year;
  const ind = [['ent', '非公有制企业总数', '个'], ['gs', '　　其中：规模以上企业', '个'], ['ge3', '有3名以上正式党员的企业', '个'], ['org', '建立党组织的企业', '个'], ['dan', '　　其中：单独建立', '个'], ['lian', '　　　　　联合建立', '个'], ['gua', '　　　　　挂靠建立', '个'], ['cov', '党组织覆盖率', '%'], ['mem', '党员总数', '名'], ['fem', '　　其中：女党员', '名'], ['young', '　　　　　35岁及以下党员', '名'], ['emp', '从业人员', B.st.empWan ? '万人' : '人'], ['share', '党员占从业人员比重', '%'], ['inv', '出资人（主要负责人）是党员的企业', '个'], ['guide', '选派党建指导员', '名']];
  const drop = new Set(); if (chance(0.4)) drop.add('ge3'); if (chance(0.4)) { drop.add('emp'); drop.add('share'); } if (chance(0.4)) drop.add('guide'); if (chance(0.3)) drop.add('young'); if (chance(0.3)) drop.add('gs');
  const items = ind.filter((x) => !drop.has(x[0]));
  const withUnit = chance(0.6);
  const lc = [...(B.st.seq ? [{ key: 'seq', header: '序号', width: 6 }] : []), { key: 'label', header: '指标名称', width: 34 }, ...(withUnit ? [{ key: 'unit', header: '计量单位', width: 8 }] : [])];
  const [pl, cl] = pick([[`${Y - 1}年`, `${Y}年`], ['上年', '本年'], [`${Y - 1}年末`, `${Y}年末`]]);
  const gcol = chance(0.7);
  const cols = [{ key: 'p', path: [pl] }, { key: 'c', path: [cl] }, { key: 'd', path: [pick(['增减', '比上年增减'])] }, ...(gcol ? [{ key: 'g', path: ['增长（%）'] }] : [])];
  for (const c of cols) { c.fmt = undefined; c.width = 11; }
  const val = (a, m) => m === 'cov' ? (a.ent ? (a.org / a.ent) * 100 : null) : m === 'share' ? (a.emp ? (a.mem / a.emp) * 100 : null) : a[m];
  let seq = 0;
  const rows = items.map(([m, l, u]) => {
    const isRate = m === 'cov' || m === 'share';
    const cells = { label: l, unit: u, seq: l.startsWith('　') ? null : ++seq };
    let vals;
    if (isRate) {
      const rp = val(ap, m), rc = val(ac, m);
      vals = { p: dispRate(B, rp), c: dispRate(B, rc), d: rnd(B.st.ppFromShown ? rnd(rc, B.st.dec) - rnd(rp, B.st.dec) : rc - rp, B.st.dec) };
      if (gcol) vals.g = B.st.undef === null ? null : '—';
    } else if (m === 'emp' && B.st.empWan) {
      vals = { p: rnd(ap.emp / 1e4, 2), c: rnd(ac.emp / 1e4, 2) }; vals.d = rnd(vals.c - vals.p, 2);
      if (gcol) vals.g = dispRate(B, (ac.emp / ap.emp - 1) * 100);
    } else {
      vals = { p: dispInt(B, ap[m]), c: dispInt(B, ac[m]), d: ac[m] - ap[m] };
      if (vals.d === 0) vals.d = B.st.zero;
      if (gcol) vals.g = ap[m] ? dispRate(B, (ac[m] / ap[m] - 1) * 100) : B.st.undef;
    }
    const fr = isRate ? FMT(B, 'r') : m === 'emp' && B.st.empWan ? '0.00' : B.st.intFmt;
    return { key: m, cells, vals, fmt: { p: fr, c: fr, d: fr, g: FMT(B, 'r') } };
  });
  const have = new Set(items.map((x) => x[0]));
  const rels = [];
  for (const m of have) {
    if (m === 'cov' || m === 'share') continue;
    if (m === 'emp' && B.st.empWan) { rels.push({ t: 'sum', total: 'emp|c', parts: ['emp|p', 'emp|d'], tol: 0.0001 }); if (gcol) rels.push({ t: 'growth', cell: 'emp|g', cur: 'emp|c', prev: 'emp|p', tol: rateTol(B) + Math.abs((ac.emp / ap.emp - 1) * 100 - (rnd(ac.emp / 1e4, 2) / rnd(ap.emp / 1e4, 2) - 1) * 100) + 1e-6 }); continue; }
    rels.push({ t: 'sum', total: `${m}|c`, parts: [`${m}|p`, `${m}|d`], tol: 1e-9 });
    if (gcol && ap[m]) rels.push({ t: 'growth', cell: `${m}|g`, cur: `${m}|c`, prev: `${m}|p`, tol: rateTol(B) });
  }
  for (const y of ['p', 'c']) {
    const a = y === 'c' ? ac : ap;
    if (have.has('dan') && have.has('lian') && have.has('gua')) rels.push({ t: 'sum', total: `org|${y}`, parts: [`dan|${y}`, `lian|${y}`, `gua|${y}`], tol: 1e-9 });
    for (const m of ['gs', 'ge3', 'org', 'inv']) if (have.has(m)) rels.push({ t: 'le', whole: `ent|${y}`, parts: [`${m}|${y}`], tol: 1e-9 });
    for (const m of ['fem', 'young']) if (have.has(m)) rels.push({ t: 'le', whole: `mem|${y}`, parts: [`${m}|${y}`], tol: 1e-9 });
    rels.push({ t: 'rate', cell: `cov|${y}`, num: `org|${y}`, den: `ent|${y}`, k: 100, tol: rateTol(B) });
    if (have.has('share')) {
      if (B.st.empWan) { const w = rnd(a.emp / 1e4, 2); rels.push({ t: 'rate', cell: `share|${y}`, num: `mem|${y}`, den: `emp|${y}`, k: 0.01, tol: rateTol(B) + Math.abs((a.mem / a.emp) * 100 - (a.mem / w) * 0.01) + 1e-6 }); }
      else rels.push({ t: 'rate', cell: `share|${y}`, num: `mem|${y}`, den: `emp|${y}`, k: 100, tol: rateTol(B) });
    }
  }
  if (have.has('dan') && have.has('lian') && have.has('gua')) rels.push({ t: 'sum', total: 'org|d', parts: ['dan|d', 'lian|d', 'gua|d'], tol: 1e-9 });
  const ppTol = B.st.ppFromShown ? 0.5 * Math.pow(10, -B.st.dec) + 1e-6 : 1.5 * Math.pow(10, -B.st.dec) + 1e-6;
  rels.push({ t: 'pp', cell: 'cov|d', cur: 'cov|c', prev: 'cov|p', tol: ppTol });
  if (have.has('share')) rels.push({ t: 'pp', cell: 'share|d', cur: 'share|c', prev: 'share|p', tol: ppTol });
  const T = layoutTable({ name: B.sheetName('overview'), title: `${B.placeFull}${Y}年非公有制企业党建工作基本情况`, subtitle: chance(0.5) ? `（${B.orgName}）` : null, info: B.st.infoStyle === 2 ? [] : [[`填报单位：${B.orgName}`, `填报日期：${Y + 1}年1月${ri(3, 28)}日`]], labelCols: lc, cols, rows, rels, notes: [`注：党组织覆盖率、党员占从业人员比重两行“增减”栏为百分点。`], footer: footer(B), colNumRow: B.st.colNumRow && chance(0.5) }, B);
  return T;
}

function shMarket(B) {
  const ac = agg(B.recs.filter((x) => x.own === '私营'), 'c'), ap = agg(B.recs.filter((x) => x.own === '私营'), 'p');
  const af = agg(B.recs.filter((x) => x.own === '外商'), 'c'), afp = agg(B.recs.filter((x) => x.own === '外商'), 'p');
  const ah = agg(B.recs.filter((x) => x.own === '港澳台'), 'c'), ahp = agg(B.recs.filter((x) => x.own === '港澳台'), 'p');
  const otherC = ri(40, 300), otherP = otherC - ri(-10, 15);
  const entC = ac.ent + af.ent + ah.ent + otherC, entP = ap.ent + afp.ent + ahp.ent + otherP;
  const indC = Math.round(entC * uf(3, 8)), indP = Math.round(indC / uf(0.97, 1.12));
  const coC = ri(200, 1500), coP = coC + ri(-60, 40);
  const D = { tot: [entP + indP + coP, entC + indC + coC], ent: [entP, entC], pv: [ap.ent, ac.ent], fdi: [afp.ent, af.ent], hmt: [ahp.ent, ah.ent], ind: [indP, indC], co: [coP, coC] };
  const items = [['tot', '市场主体总量'], ['ent', '企业'], ['pv', '　　其中：私营企业'], ['fdi', '　　　　　外商投资企业'], ['hmt', '　　　　　港澳台商投资企业'], ['ind', '个体工商户'], ['co', '农民专业合作社']];
  const lc = labelCols(B, '类别', false);
  const cols = [{ key: 'p', path: [pick([`${B.year - 1}年末`, '上年末'])] }, { key: 'c', path: [pick([`${B.year}年末`, '本年末'])] }, { key: 'd', path: [pick(['比上年增减', '增减'])] }, { key: 'g', path: ['增长（%）'] }];
  cols.forEach((c) => { c.fmt = c.key === 'g' ? FMT(B, 'r') : B.st.intFmt; c.width = 12; });
  let seq = 0;
  const rows = items.map(([k, l]) => ({ key: k, cells: { label: l, seq: l.startsWith('　') ? null : ++seq }, vals: { p: D[k][0], c: D[k][1], d: D[k][1] - D[k][0] === 0 ? B.st.zero : D[k][1] - D[k][0], g: D[k][0] ? dispRate(B, (D[k][1] / D[k][0] - 1) * 100) : B.st.undef } }));
  const rels = [];
  for (const y of ['p', 'c', 'd']) { rels.push({ t: 'sum', total: `tot|${y}`, parts: [`ent|${y}`, `ind|${y}`, `co|${y}`], tol: 1e-9 }); if (y !== 'd') rels.push({ t: 'le', whole: `ent|${y}`, parts: [`pv|${y}`, `fdi|${y}`, `hmt|${y}`], tol: 1e-9 }); }
  for (const [k] of items) { rels.push({ t: 'sum', total: `${k}|c`, parts: [`${k}|p`, `${k}|d`], tol: 1e-9 }); if (D[k][0]) rels.push({ t: 'growth', cell: `${k}|g`, cur: `${k}|c`, prev: `${k}|p`, tol: rateTol(B) }); }
  return layoutTable({ name: B.sheetName('market'), title: `${B.placeFull}${B.year}年市场主体发展情况`, info: [[`填报单位：${B.orgName}`, '单位：户、%']], labelCols: lc, cols, rows, rels, notes: ['注：企业数含国有、集体等内资企业；私营企业、外商投资企业和港澳台商投资企业为其中数。'], footer: footer(B) }, B);
}

// ---------------- book ----------------
function makeBook(idx, setName) {
  const kind = chance(0.2) ? 'amr' : 'org';
  const isCity = chance(0.3);
  const place = (isCity ? pick(CITIES) + '市' : pick(COUNTIES) + '县');
  const B = { kind, place, placeFull: place, scope: isCity ? '全市' : '全县', year: chance(0.8) ? 2024 : 2023, region: String(ri(320000, 429999)).replace(/^(\d{4})\d\d$/, (m, a) => a + String(ri(21, 29))) };
  B.orgName = kind === 'amr' ? `${place}市场监督管理局` : pick([`中共${place}委组织部`, `中共${place}委两新工委`, `${place}非公有制经济组织党委`, `中共${place}委非公有制经济组织和社会组织工作委员会`]);
  B.N = isCity ? ri(1200, 3200) : ri(350, 1600);
  const mustMl = ['C', 'E', 'F', 'I'];
  B.menlei = MENLEI.filter((m) => mustMl.includes(m[0]) || chance(0.7));
  B.towns = shuffle(TOWNS).slice(0, ri(6, 13));
  B.parks = shuffle(PARKS).slice(0, ri(0, 2) + (chance(0.7) ? 1 : 0)).slice(0, 3);
  B.st = {
    zero: pick(['-', 0, 0, null, '—']), undef: pick(['—', '/', null, '-']), dec: chance(0.75) ? 1 : 2, rawRates: chance(0.12), totalFirst: chance(0.7), seq: chance(0.6),
    colNumRow: chance(0.3), empWan: chance(0.35), ppFromShown: chance(0.6), qzAlign: chance(0.5), intFmt: pick(['0', '#,##0', 'General']), infoStyle: ri(0, 2), totalSeq: pick([null, null, '合计']), ledgerZeroDash: chance(0.3),
  };
  if (B.st.rawRates) B.st.ppFromShown = false;
  const names = {
    overview: ['基本情况', '总表', '表1 基本情况'], industry: ['按行业', '分行业', '表2 行业分布'], size: ['按规模', '分规模', '规模情况'], own: ['登记注册类型', '按注册类型', '分类型'],
    town: ['乡镇园区', '分乡镇', '各乡镇'], ledger: ['企业台账', '台账', '规上企业台账'], ledsum: ['台账汇总', '汇总', '台账统计'], trend: ['历年情况', '五年对比', '趋势'], market: ['市场主体', '市场主体情况'],
  };
  const used = new Set();
  B.sheetName = (k) => { let n = pick(names[k]); if (used.has(n)) n = n + '2'; used.add(n); return n; };
  B.recs = makePop(B);
  const sheets = [];
  let types;
  if (kind === 'amr') types = ['market', ...shuffle(['own', 'size', 'ledger', 'industry']).slice(0, ri(2, 3))];
  else { types = shuffle(['overview', 'industry', 'size', 'own', 'town', 'ledger', 'trend']).slice(0, ri(3, 5)); }
  const order = ['market', 'overview', 'industry', 'size', 'own', 'town', 'trend', 'ledger'];
  types.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const t of types) {
    if (t === 'market') sheets.push(shMarket(B));
    if (t === 'overview') sheets.push(shOverview(B));
    if (t === 'industry') sheets.push(shIndustry(B));
    if (t === 'size') sheets.push(shSize(B));
    if (t === 'own') sheets.push(shOwnership(B));
    if (t === 'town') sheets.push(shTown(B));
    if (t === 'trend') sheets.push(shTrend(B));
    if (t === 'ledger') { const sc = ledgerScope(B); if (chance(0.5)) { sheets.push(shLedgerSummary(B, sc)); sheets.push(shLedger(B, sc)); } else { sheets.push(shLedger(B, sc)); sheets.push(shLedgerSummary(B, sc)); } }
  }
  return { B, sheets };
}

// ---------------- plants ----------------
function getv(sh, a) { const c = sh.cells.get(a); return c ? c.v : null; }
function relExcess(sh, r, override) { return evalRel(r, (a) => (override && override.has(a) ? override.get(a) : getv(sh, a))); }
function decOf(v) { const s = String(v); const i = s.indexOf('.'); return i < 0 ? 0 : s.length - i - 1; }
function marginFor(sh, r) {
  if (r.t === 'sum' || r.t === 'le') { const cells = relCells(r).map((a) => getv(sh, a)); return cells.some((v) => typeof v === 'number' && !Number.isInteger(v)) ? 0.05 : 0.9; }
  return 0.4;
}
function mutate(v, role, sh, rel) {
  const isInt = Number.isInteger(v);
  const d = isInt ? 0 : Math.min(2, Math.max(1, decOf(v)));
  const opts = [];
  if (isInt) {
    opts.push(['delta', () => v + pick([-1, 1]) * pick([1, 2, 3, 5, 8, 10, 20, ri(2, 40)])]);
    const s = String(v);
    if (s.length >= 2) opts.push(['swap', () => { const i = ri(0, s.length - 2); if (s[i] === s[i + 1]) return null; return +(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); }]);
    if (v >= 10) opts.push(['digit', () => { const i = ri(0, s.length - 1); const nd = (+s[i] + ri(1, 8)) % 10; if (i === 0 && nd === 0) return null; return +(s.slice(0, i) + nd + s.slice(i + 1)); }]);
    if (role === 'le') opts.push(['exceed', () => { const w = getv(sh, rel.whole); return typeof w === 'number' ? w + ri(1, 12) : null; }]);
  } else {
    const f = Math.pow(10, d);
    opts.push(['delta', () => rnd(v + pick([-1, 1]) * uf(0.6, 9), d)]);
    const s = v.toFixed(d);
    opts.push(['swap', () => { const digits = s.replace('.', ''); if (digits.length < 2) return null; const i = ri(0, digits.length - 2); if (digits[i] === digits[i + 1]) return null; const nd = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2); const ip = s.indexOf('.'); return +(nd.slice(0, ip) + '.' + nd.slice(ip)); }]);
    opts.push(['digit', () => rnd(v + pick([-1, 1]) * pick([1, 2, 3, 10]) * (d ? 1 : 1), d)]);
  }
  const [name, fn] = pick(opts);
  const nv = fn();
  if (nv === null || !Number.isFinite(nv) || nv === v || (nv < 0 && v >= 0)) return null;
  return { kind: name, nv };
}
function tryPlant(sheets, avoid) {
  const cand = [];
  sheets.forEach((sh, si) => {
    const roles = new Map();
    for (const r of sh.rels) {
      const put = (a, role) => { if (!roles.has(a)) roles.set(a, { role, rel: r }); };
      if (r.t === 'rate') put(r.cell, 'rate'); if (r.t === 'growth') put(r.cell, 'growth'); if (r.t === 'pp') put(r.cell, 'pp'); if (r.t === 'cagr') put(r.cell, 'cagr');
      if (r.t === 'sum') { put(r.total, 'total'); r.parts.forEach((p) => put(p, 'part')); }
      if (r.t === 'le') r.parts.forEach((p) => put(p, 'le'));
    }
    for (const [a, o] of roles) { const v = getv(sh, a); if (typeof v === 'number' && v !== 0 && v !== 100 && !avoid.has(sh.name + '!' + a)) cand.push({ si, a, ...o }); }
  });
  if (!cand.length) return null;
  // pick role first for variety
  const roles = [...new Set(cand.map((c) => (sheets[c.si].ledger ? 'ledger' : c.role)))];
  const role = pick(roles);
  const cs = cand.filter((c) => (sheets[c.si].ledger ? 'ledger' : c.role) === role);
  for (let tries = 0; tries < 40; tries++) {
    const c = pick(cs); const sh = sheets[c.si]; const v = getv(sh, c.a);
    const m = mutate(v, c.role, sh, c.rel); if (!m) continue;
    const ov = new Map([[c.a, m.nv]]);
    const rs = sh.rels.filter((r) => relCells(r).includes(c.a));
    const ok = rs.some((r) => { const e = relExcess(sh, r, ov); return e !== null && e > marginFor(sh, r); });
    if (!ok) continue;
    return { si: c.si, a: c.a, was: v, now: m.nv, kind: role + '/' + m.kind, rels: rs };
  }
  return null;
}

// ---------------- write ----------------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'statistics';
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const thin = { style: 'thin' };
    for (const [a, c] of sh.cells) {
      const cell = ws.getCell(a);
      cell.value = c.v === undefined ? null : c.v;
      const row = +a.replace(/^[A-Z]+/, '');
      if (c.title) { cell.font = { name: '黑体', size: 16, bold: true }; cell.alignment = { horizontal: 'center', vertical: 'middle' }; continue; }
      cell.font = { name: '宋体', size: c.head ? 10 : 10, bold: !!(c.head || c.bold) };
      if (c.head) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      else if (c.center) cell.alignment = { horizontal: 'center' };
      else if (c.right) cell.alignment = { horizontal: 'right' };
      else if (c.num) cell.alignment = { horizontal: typeof c.v === 'string' ? 'center' : 'right' };
      if (c.fmt && typeof c.v === 'number' && c.fmt !== 'General') cell.numFmt = c.fmt;
      if (row >= sh.headStart && row <= sh.dataEnd && (c.head || c.num || c.text || c.v === null)) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
    ws.views = [{ state: 'frozen', ySplit: sh.headEnd, xSplit: 0 }];
  }
  await wb.xlsx.writeFile(file);
}

async function genSet(setName, n, prefix, seedBase) {
  const dir = path.join(__dirname, setName); fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  const manifest = []; const relOut = {};
  for (let i = 1; i <= n; i++) {
    seedRng(seedBase + i * 7919);
    const file = `${prefix}${String(i).padStart(3, '0')}.xlsx`;
    const { B, sheets } = makeBook(i, setName);
    const clean = chance(0.33);
    const dbg = !clean;
    const plants = [];
    if (!clean) {
      const np = chance(0.35) ? 2 : 1;
      const avoid = new Set();
      for (let k = 0; k < np; k++) {
        const p = tryPlant(sheets, avoid); if (!p) break;
        const sh = sheets[p.si];
        sh.cells.get(p.a).v = p.now;
        plants.push({ sheet: sh.name, cell: p.a, was: p.was, now: p.now, kind: p.kind });
        for (const r of p.rels) for (const a of relCells(r)) avoid.add(sh.name + '!' + a);
        // also avoid all cells of relations touching those cells
        for (const r of sh.rels) if (relCells(r).some((a) => avoid.has(sh.name + '!' + a))) for (const a of relCells(r)) avoid.add(sh.name + '!' + a);
      }
    }
    if (dbg && !plants.length) console.log('no plant', file);
    manifest.push({ file, clean: plants.length === 0, plants });
    relOut[file] = { sheets: sheets.map((s) => ({ name: s.name, rels: s.rels })) };
    await writeBook(path.join(dir, file), sheets);
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'rel', setName + '.json'), JSON.stringify(relOut));
  const np = manifest.reduce((a, m) => a + m.plants.length, 0);
  console.log(setName, 'books', n, 'clean', manifest.filter((m) => m.clean).length, 'plants', np);
}

(async () => {
  await genSet('cases', 45, 'c', 94001);
  await genSet('probe', 100, 'p', 94777);
})();
