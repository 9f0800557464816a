'use strict';
// gen.js: party member education & training (党员教育培训) statistics workbooks, clean and planted.
// usage: NODE_PATH=/work/main/node_modules node gen.js [set ...]   (sets: cases probe hunt1 hunt2 hunt3 hunt4)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');
const OUT = __dirname;

// ---------- rng ----------
function mulberry(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
class R {
  constructor(seed) { this.f = mulberry(seed); }
  u(a, b) { return a + (b - a) * this.f(); }
  int(a, b) { return Math.floor(this.u(a, b + 1)); }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  chance(p) { return this.f() < p; }
  shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  sample(a, k) { return this.shuffle(a).slice(0, k); }
  wpick(pairs) { const s = pairs.reduce((a, p) => a + p[1], 0); let x = this.f() * s; for (const p of pairs) { x -= p[1]; if (x < 0) return p[0]; } return pairs[pairs.length - 1][0]; }
}
const rnd = (x, d) => { const p = 10 ** d; return Number((Math.round(x * p + (x >= 0 ? 1e-7 : -1e-7)) / p).toFixed(d)); };
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;
function parseA(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return { r: +m[2], c }; }

// ---------- vocabulary ----------
const ATOMS = ['classes', 'online', 'offline', 'members', 'trained', 'mobile', 'hours', 'sec', 'dev'];
const MEAS = {
  classes: { names: ['培训班期数', '举办培训班期数', '培训班（期）', '办班期数', '培训班次', '举办培训班'], units: ['期', '个', '期'] },
  pt: { names: ['培训人次', '参训人次', '培训党员人次', '培训总人次'], units: ['人次'] },
  online: { names: ['线上', '线上培训', '网络培训', '线上学习'], units: ['人次'] },
  offline: { names: ['线下', '线下培训', '集中培训', '面授培训'], units: ['人次'] },
  members: { names: ['党员总数', '党员人数', '党员数', '年末党员总数'], units: ['名', '人'] },
  trained: { names: ['参训党员数', '参训党员人数', '参加培训党员数', '参训党员'], units: ['名', '人'] },
  mobile: { names: ['流动党员参训人数', '流动党员参训', '流动党员'], units: ['人', '名'] },
  rate: { names: ['参训率', '党员参训率', '培训覆盖率', '参训率'], units: ['%'], rate: { num: 'trained', den: 'members', k: 100 } },
  hours: { names: ['学时总数', '培训总学时', '累计学时', '总学时'], units: ['学时'] },
  avgH: { names: ['人均学时', '党员人均学时', '人均培训学时'], units: ['学时'], rate: { num: 'hours', den: 'members', k: 1 } },
  sec: { names: ['书记培训人次', '党组织书记培训', '基层党组织书记培训', '书记培训'], units: ['人次'] },
  dev: { names: ['发展对象培训人数', '发展对象培训', '培训发展对象'], units: ['人', '名'] },
  onshare: { names: ['线上占比', '线上培训占比'], units: ['%'], rate: { num: 'online', den: 'pt', k: 100 } },
};
const isRate = (m) => !!MEAS[m].rate;
const PLAB = {
  cur: ['本年', '{Y}年', '本期', '本年度'], prev: ['上年', '{Y1}年', '上年同期', '去年'],
  diff: ['增减', '增减数', '比上年增减', '增减（±）'], gr: ['增长（%）', '增长率（%）', '同比增长（%）', '增幅（%）', '增长%'],
  month: ['本月', '当月', '本月数'], prevcum: ['上月累计', '截至上月累计', '上月末累计'], cum: ['本年累计', '累计', '1-{M}月累计', '年度累计'],
  lastcum: ['上年同期累计', '上年同期', '去年同期'],
};
const CITIES = {
  兰州市: ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'],
  洛阳市: ['老城区', '西工区', '瀍河回族区', '涧西区', '偃师区', '孟津区', '洛龙区', '新安县', '栾川县', '嵩县', '汝阳县', '宜阳县', '洛宁县', '伊川县'],
  赣州市: ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '龙南市', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市'],
  绵阳市: ['涪城区', '游仙区', '安州区', '三台县', '盐亭县', '梓潼县', '北川羌族自治县', '平武县', '江油市'],
  宜昌市: ['西陵区', '伍家岗区', '点军区', '猇亭区', '夷陵区', '远安县', '兴山县', '秭归县', '长阳土家族自治县', '五峰土家族自治县', '宜都市', '当阳市', '枝江市'],
  临沂市: ['兰山区', '罗庄区', '河东区', '沂南县', '郯城县', '沂水县', '兰陵县', '费县', '平邑县', '莒南县', '蒙阴县', '临沭县'],
};
const PROVS = {
  甘肃省: ['兰州市', '嘉峪关市', '金昌市', '白银市', '天水市', '武威市', '张掖市', '平凉市', '酒泉市', '庆阳市', '定西市', '陇南市', '临夏州', '甘南州'],
  江西省: ['南昌市', '景德镇市', '萍乡市', '九江市', '新余市', '鹰潭市', '赣州市', '吉安市', '宜春市', '抚州市', '上饶市'],
  宁夏回族自治区: ['银川市', '石嘴山市', '吴忠市', '固原市', '中卫市'],
};
const COUNTIES = ['永登县', '榆中县', '信丰县', '三台县', '夷陵区', '沂水县', '宁都县', '江油市', '伊川县', '秭归县'];
const TOWN_A = ['城关', '东关', '西关', '南街', '北街', '新华', '河口', '石门', '柳树', '马家', '李家', '黄坪', '石桥', '龙泉', '青山', '白沙', '金川', '双河', '桃园', '杨柳', '高峰', '红旗', '永安', '太平', '大河', '三合', '清水', '梨园', '古城', '新店'];
const VIL_A = ['红星', '团结', '胜利', '光明', '幸福', '和平', '前进', '新民', '东风', '向阳', '建设', '民主', '兴隆', '富强', '永红', '联合', '长青', '福山', '白杨', '洪家', '王庄', '张湾', '刘河', '陈岭', '赵坪', '孙堡', '周营', '吴店', '郑台', '冯沟', '褚家', '卫岗', '蒋庄', '沈河', '韩集', '杨林', '朱坝', '秦川', '尤家', '许岭', '何庄', '吕堡', '施家', '孔村', '曹岗', '严河', '华山', '金岭', '魏庄', '陶湾', '姜坪', '戚家', '谢河', '邹庄', '喻岭', '柏树', '水口', '窦家', '章台', '云岭', '苏庄', '潘河', '葛岭', '奚家', '范庄', '彭湾', '郎坪', '鲁家', '韦岭', '昌河', '马坊', '苗圃', '凤凰', '花园', '方山', '俞家', '任庄', '袁河', '柳湾', '酆岭'];
const FIELDS = [['机关', 2500], ['事业单位', 3500], ['企业', 3000], ['农村', 9000], ['社区', 2200], ['学校', 1800], ['非公企业', 1200], ['社会组织', 300]];
const OF_FIELDS = { 企业: '国有企业', 事业单位: '公立医院', 学校: '高等学校', 农村: '脱贫村' };

// ---------- data ----------
function genAtoms(r, s, sparse) {
  const members = Math.max(3, Math.round(s * r.u(0.55, 1.6)));
  const trained = Math.round(members * r.u(0.78, 0.995));
  const pt = Math.round(trained * r.u(1.2, 3.2));
  let online = Math.round(pt * r.u(0.2, 0.7));
  const a = {
    classes: Math.max(1, Math.round(members / r.u(25, 110))), online, offline: pt - online, members, trained,
    mobile: Math.round(trained * r.u(0.005, 0.05)), hours: Math.round(trained * r.u(26, 64)),
    sec: Math.round(members / r.u(12, 45)), dev: Math.round(members * r.u(0.008, 0.035)),
  };
  if (sparse) {
    if (r.chance(0.35)) { a.offline += a.online; a.online = 0; }
    if (r.chance(0.4)) a.mobile = 0;
    if (r.chance(0.3)) a.dev = 0;
    if (r.chance(0.2)) a.sec = 0;
  }
  return a;
}
function perturb(r, a) {
  const members = Math.max(3, Math.round(a.members * r.u(0.95, 1.04)));
  const trained = Math.min(members, Math.round(a.trained * r.u(0.86, 1.07)));
  const b = {
    classes: Math.max(a.classes ? 1 : 0, Math.round(a.classes * r.u(0.75, 1.25))),
    online: Math.round(a.online * r.u(0.55, 1.2)), offline: Math.round(a.offline * r.u(0.8, 1.3)), members, trained,
    mobile: Math.min(trained, Math.round(a.mobile * r.u(0.6, 1.4))), hours: Math.round(a.hours * r.u(0.8, 1.15)),
    sec: Math.round(a.sec * r.u(0.7, 1.3)), dev: Math.round(a.dev * r.u(0.7, 1.35)),
  };
  return b;
}
const addAtoms = (xs) => { const o = {}; for (const k of ATOMS) o[k] = xs.reduce((s, x) => s + x[k], 0); return o; };
const scaleAtoms = (a, f) => { const o = {}; for (const k of ATOMS) o[k] = Math.round(a[k] * f); return o; };
function splitInt(v, ws, cap) {
  const s = ws.reduce((a, b) => a + b, 0);
  const raw = ws.map((w) => (v * w) / s);
  const out = raw.map((x, i) => Math.min(Math.floor(x), cap ? cap[i] : Infinity));
  let rest = v - out.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]).map((x) => x[1]);
  let guard = 0;
  while (rest > 0 && guard++ < 100000) for (const i of order) { if (rest <= 0) break; if (!cap || out[i] < cap[i]) { out[i]++; rest--; } }
  return out;
}
function splitAtoms(r, a, ws) {
  const n = ws.length; const out = ws.map(() => ({}));
  const jitter = () => ws.map((w) => w * r.u(0.85, 1.15));
  const tr = splitInt(a.trained, jitter()); const sl = splitInt(a.members - a.trained, jitter());
  const mob = splitInt(a.mobile, tr.map((t) => t + 0.001), tr);
  for (let i = 0; i < n; i++) { out[i].trained = tr[i]; out[i].members = tr[i] + sl[i]; out[i].mobile = mob[i]; }
  for (const k of ['classes', 'online', 'offline', 'hours', 'sec', 'dev']) { const p = splitInt(a[k], jitter()); for (let i = 0; i < n; i++) out[i][k] = p[i]; }
  return out;
}

// Book: units, periods, data
class Book {
  constructor(r, o) {
    this.r = r; this.o = o; this.units = new Map(); this.sheets = []; this.placements = []; this.tblSeq = 0;
    this.pdef = {}; // p -> {kind:'base'|'sum'|'diff'|'gr', parts|a,b}
    this.data = new Map(); // unit -> p -> atoms (base and sum periods)
    this.rateD = o.rateD; this.avgD = o.avgD; this.grD = o.grD; this.pct = o.pct; this.avgBase = o.avgBase;
  }
  unit(id, name, type, extra = {}) { const u = { id, name, type, parts: [], ...extra }; this.units.set(id, u); return u; }
  atoms(u, p) {
    const pd = this.pdef[p];
    let m = this.data.get(u); if (!m) { m = {}; this.data.set(u, m); }
    if (m[p]) return m[p];
    if (pd.kind === 'sum') m[p] = addAtoms(pd.parts.map((q) => this.atoms(u, q)));
    return m[p];
  }
  count(u, m, p) { const a = this.atoms(u, p); return m === 'pt' ? a.online + a.offline : a[m]; }
  rateInfo(m) { const ri = { ...MEAS[m].rate }; if (m === 'avgH') ri.den = this.avgBase; return ri; }
  decOf(m) { return m === 'avgH' ? this.avgD : this.rateD; }
  rateVal(u, m, p) {
    const ri = this.rateInfo(m); const n = this.count(u, ri.num, p), d = this.count(u, ri.den, p);
    if (!d) return '—';
    if (this.pct && ri.k === 100) return rnd(n / d, this.rateD + 2);
    return rnd((n / d) * ri.k, this.decOf(m));
  }
  val(u, m, p) {
    const pd = this.pdef[p];
    if (pd.kind === 'diff') {
      if (isRate(m)) { const a = this.val(u, m, pd.a), b = this.val(u, m, pd.b); if (typeof a !== 'number' || typeof b !== 'number') return '—'; return rnd(a - b, this.pct && this.rateInfo(m).k === 100 ? this.rateD + 2 : this.decOf(m)); }
      return this.count(u, m, pd.a) - this.count(u, m, pd.b);
    }
    if (pd.kind === 'gr') {
      const a = this.val(u, m, pd.a), b = this.val(u, m, pd.b);
      if (typeof a !== 'number' || typeof b !== 'number' || !b) return '—';
      return rnd((a / b - 1) * 100, this.grD);
    }
    return isRate(m) ? this.rateVal(u, m, p) : this.count(u, m, p);
  }
}

// ---------- sheets ----------
class Sheet {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.widths = {}; }
  put(r, c, v, st = {}) { this.cells[A(r, c)] = { v, ...st }; }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
}

// Table writer. cols: [{t:'label'|'seq'|'munit'|'data', head:[...], key?}], rows: [{label, seq, munit, key, style}]
function writeTable(bk, sh, top, left, cols, rows, fixed, st) {
  const tbl = ++bk.tblSeq;
  const depth = Math.max(...cols.map((c) => c.head.length));
  cols.forEach((c, i) => {
    const col = left + i; const h = c.head;
    for (let l = 0; l < h.length; l++) {
      const prev = i > 0 ? cols[i - 1].head : null;
      const same = prev && l < h.length - 1 && prev.length > l + 1 && prev.slice(0, l + 1).join('|') === h.slice(0, l + 1).join('|');
      if (!same) sh.put(top + l, col, h[l], { bold: true, center: true, border: true });
      else sh.put(top + l, col, null, { border: true });
      if (l === h.length - 1 && l < depth - 1) { sh.merge(top + l, col, top + depth - 1, col); for (let q = l + 1; q < depth; q++) sh.put(top + q, col, null, { border: true }); }
      if (l < h.length - 1 && !same) {
        let j = i; while (j + 1 < cols.length && cols[j + 1].head.length > l + 1 && cols[j + 1].head.slice(0, l + 1).join('|') === h.slice(0, l + 1).join('|')) j++;
        if (j > i) sh.merge(top + l, col, top + l, left + j);
      }
    }
  });
  let r0 = top + depth;
  if (st.unitRow) { // a row of units under the header
    cols.forEach((c, i) => {
      let v = '';
      if (c.t === 'data') { const m = (c.key && c.key.m) || (fixed && fixed.m); const p = (c.key && c.key.p) || (fixed && fixed.p); const pk = p ? bk.pdef[p].kind : 'base'; v = pk === 'gr' ? '%' : pk === 'diff' && isRate(m) ? '百分点' : m ? bk.munits[m] : ''; }
      else if (c.t === 'label') v = st.unitRowLabel;
      sh.put(r0, left + i, v, { center: true, border: true });
    });
    r0++;
  }
  if (st.lanci) { // 栏次 row: 甲 乙 1 2 3 ...
    let k = 1; const labs = ['甲', '乙', '丙'];
    let li = 0;
    cols.forEach((c, i) => { sh.put(r0, left + i, c.t === 'data' ? k++ : labs[li++] || '', { center: true, border: true, lanci: true }); });
    r0++;
  }
  rows.forEach((row, ri) => {
    const rr = r0 + ri;
    cols.forEach((c, i) => {
      const col = left + i;
      if (c.t === 'label') sh.put(rr, col, row.label, { border: true, bold: row.bold, indent: row.indent });
      else if (c.t === 'seq') sh.put(rr, col, row.seq ?? null, { border: true, center: true });
      else if (c.t === 'munit') sh.put(rr, col, row.munit ?? null, { border: true, center: true });
      else {
        if (!row.key) { sh.put(rr, col, null, { border: true }); return; }
        const key = { ...fixed, ...c.key, ...row.key };
        if (row.blankCols && row.blankCols.includes(key.m)) { sh.put(rr, col, row.blankFill ?? null, { border: true }); return; }
        let v = bk.val(key.u, key.m, key.p);
        const pk = bk.pdef[key.p].kind;
        const rateLike = isRate(key.m);
        if (pk === 'gr' && rateLike && !bk.o.rateGr) { sh.put(rr, col, bk.o.rateGrFill, { border: true, center: true }); return; }
        let fmt;
        if (pk === 'gr') fmt = bk.grD === 1 ? '0.0' : '0.00';
        else if (rateLike) fmt = bk.pct && bk.rateInfo(key.m).k === 100 ? (bk.rateD === 1 ? '0.0%' : '0.00%') : bk.decOf(key.m) === 1 ? '0.0' : '0.00';
        else fmt = bk.o.thousands ? '#,##0' : '0';
        const unitT = bk.units.get(key.u).type;
        const isZero = v === 0 && !rateLike && pk !== 'diff' && pk !== 'gr';
        if (isZero && unitT !== 'total') v = bk.o.zero;
        else if (v === 0 && (pk === 'diff' || pk === 'gr') && bk.o.zeroDiff !== undefined) v = bk.o.zeroDiff;
        sh.put(rr, col, v, { border: true, fmt, num: typeof v === 'number' });
        if (typeof v === 'number' || v === '—' || v === null || v === '-' || v === 0) bk.placements.push({ ...key, sheet: sh.name, addr: A(rr, col), tbl, r: rr, c: col });
      }
    });
  });
  return { tbl, bottom: r0 + rows.length - 1, right: left + cols.length - 1, top };
}

function chromeTop(bk, sh, r, top, width, title, o = {}) {
  let row = top;
  if (o.fubiao) { sh.put(row, 1, o.fubiao, { bold: true }); row++; }
  sh.put(row, 1, title, { bold: true, center: true, title: true }); sh.merge(row, 1, row, width); row++;
  if (o.sub) { sh.put(row, 1, o.sub, { center: true }); sh.merge(row, 1, row, width); row++; }
  if (o.meta) {
    const style = r.int(0, 2);
    if (style === 0) { sh.put(row, 1, `填报单位：${o.filler}`); sh.put(row, width, o.unitLine, { right: true }); }
    else if (style === 1) sh.put(row, width, o.unitLine, { right: true });
    else { sh.put(row, 1, `填报单位（盖章）：${o.filler}`); sh.merge(row, 1, row, Math.max(1, Math.floor(width / 2))); if (width > 2) sh.put(row, width, o.unitLine, { right: true }); }
    row++;
  }
  return row;
}
function chromeBottom(bk, sh, r, row, width, notes) {
  for (const n of notes) { sh.put(row, 1, n, { wrap: true }); if (width > 3 && r.chance(0.5)) sh.merge(row, 1, row, width); row++; }
  return row;
}

// ---------- unit trees ----------
function regionTree(bk, r, o) {
  const kind = o.level; let totName, leaves = [], groups = null, ofs = [];
  const sparse = o.sparse;
  const mk = (id, name, s, type = 'leaf') => { const u = bk.unit(id, name, type); u.scale = s; return u; };
  if (kind === 'province') {
    const pv = r.pick(Object.keys(PROVS)); bk.org = pv; bk.filler = `中共${pv}委组织部`;
    totName = r.pick(['全省', '全省合计', '合计', '总计']);
    const cities = PROVS[pv].map((c, i) => mk('L' + i, c, r.u(30000, 130000)));
    if (o.groups) {
      const zs = ['省直机关工委', '省国资委党委', '省委教育工委', '省卫生健康委党组'].slice(0, r.int(2, 4)).map((n, i) => mk('Z' + i, n, r.u(5000, 30000)));
      groups = [{ id: 'G1', name: r.pick(['省直', '省直单位', '省直部门']), subName: '省直小计', kids: zs }, { id: 'G2', name: r.pick(['市州', '各市州', '市（州）']), subName: '市州小计', kids: cities }];
    } else leaves = cities;
  } else if (kind === 'city') {
    const ct = o.city || r.pick(Object.keys(CITIES)); bk.org = ct; bk.filler = `中共${ct}委组织部`;
    totName = r.pick(['全市', '全市合计', '合计', '总计', '全市总计']);
    let cs = CITIES[ct]; if (o.n && o.n < cs.length) cs = cs.slice(0, o.n);
    const counties = cs.map((c, i) => mk('L' + i, c, r.u(4000, 28000)));
    if (o.groups) {
      const zs = ['市直机关工委', '市国资委党委', '市委教育工委', '市卫健委党委', '市公安局党委', '市委两新工委'].slice(0, r.int(2, 6)).map((n, i) => mk('Z' + i, n, r.u(600, 6000)));
      groups = [{ id: 'G1', name: r.pick(['市直', '市直单位', '市直部门']), subName: r.pick(['市直小计', '小计']), kids: zs }, { id: 'G2', name: r.pick(['县区', '县（市、区）', '各县区']), subName: r.pick(['县区小计', '小计']), kids: counties }];
    } else leaves = counties;
  } else if (kind === 'county') {
    const co = r.pick(COUNTIES); bk.org = co; bk.filler = `中共${co}委组织部`;
    totName = r.pick(['全县', '合计', '全县合计', '总计']);
    const n = o.n || r.int(8, 18);
    const towns = r.sample(TOWN_A, Math.min(n, TOWN_A.length)).map((t, i) => mk('L' + i, t + r.wpick([['镇', 6], ['乡', 3], ['街道', 2]]), r.u(250, 2600)));
    if (o.groups) {
      const zs = ['县直机关工委', '县教育局党委', '县卫健局党委', '县国资办党委', '县公安局党委'].slice(0, r.int(2, 5)).map((n2, i) => mk('Z' + i, n2, r.u(100, 900)));
      groups = [{ id: 'G1', name: r.pick(['县直', '县直单位', '县直部门']), subName: r.pick(['县直小计', '小计']), kids: zs }, { id: 'G2', name: r.pick(['乡镇（街道）', '乡镇', '各乡镇']), subName: r.pick(['乡镇小计', '小计']), kids: towns }];
    } else leaves = towns;
  } else if (kind === 'village') {
    const t = r.pick(TOWN_A) + '镇'; bk.org = t; bk.filler = `中共${t}委员会`;
    totName = r.pick(['合计', '全镇合计', '总计']);
    const n = o.n || r.int(30, 70);
    leaves = r.sample(VIL_A, Math.min(n, VIL_A.length)).map((v, i) => mk('L' + i, v + r.pick(['村党支部', '村党总支', '村', '社区党支部'].slice(0, 3)), r.u(12, 120)));
  } else if (kind === 'field') {
    const org = r.pick([...Object.keys(CITIES), ...COUNTIES]); bk.org = org; bk.filler = `中共${org}委组织部`;
    totName = r.pick(['合计', '总计', '全市合计', '全部']);
    if (org.endsWith('县') || org.endsWith('区')) totName = totName.replace('全市', '全县');
    const fs2 = FIELDS.filter((f) => !o.n || r.chance(0.85));
    leaves = fs2.map(([f, s], i) => { const u = mk('L' + i, f, s * r.u(0.5, 2.5)); return u; });
    for (const u of leaves) if (OF_FIELDS[u.name] && r.chance(o.ofP ?? 0.6)) { const of = bk.unit('O' + u.id, OF_FIELDS[u.name], 'of'); of.parent = u.id; of.f = r.u(0.2, 0.7); ofs.push(of); u.of = of.id; }
  }
  const T = bk.unit('T', totName, 'total');
  if (groups) {
    for (const g of groups) { const gu = bk.unit(g.id, g.name, 'sub'); gu.subName = g.subName; gu.parts = [g.kids.map((k) => k.id)]; g.u = gu; }
    T.parts = [groups.map((g) => g.id)];
  } else T.parts = [leaves.map((l) => l.id)];
  // data for leaves
  const all = groups ? groups.flatMap((g) => g.kids) : leaves;
  for (const u of all) genUnitData(bk, r, u, sparse);
  computeTree(bk, 'T');
  for (const of of ofs) { const d = {}; for (const p of bk.baseP) d[p] = scaleAtoms(bk.atoms(of.parent, p), of.f * r.u(0.9, 1.1)); bk.data.set(of.id, d); }
  return { T, groups, leaves: all, ofs };
}
function genUnitData(bk, r, u, sparse) {
  const d = {};
  const sp = sparse && r.chance(0.4);
  if (bk.mode === 'year') { d.cur = genAtoms(r, u.scale, sp); d.prev = perturb(r, d.cur); if (sp && d.cur.online === 0 && r.chance(0.6)) { d.prev.offline += d.prev.online; d.prev.online = 0; } }
  else if (bk.mode === 'month') { const M = bk.month; d.month = genAtoms(r, u.scale / 11, sp); d.prevcum = genAtoms(r, (u.scale * (M - 1)) / 11, sp); if (M === 1) for (const k of ATOMS) d.prevcum[k] = 0; d.lastcum = perturb(r, addAtoms([d.month, d.prevcum])); }
  else if (bk.mode === 'months') { for (let k = 1; k <= bk.K; k++) d['m' + k] = genAtoms(r, u.scale / 11, sp && r.chance(0.5)); }
  bk.data.set(u.id, d);
}
function computeTree(bk, id) {
  const u = bk.units.get(id);
  if (!u.parts.length || !u.parts[0].length) return;
  for (const k of u.parts[0]) computeTree(bk, k);
  const d = {};
  for (const p of bk.baseP) d[p] = addAtoms(u.parts[0].map((k) => bk.atoms(k, p)));
  bk.data.set(id, d);
}
function setupPeriods(bk, mode, r) {
  bk.mode = mode;
  if (mode === 'year') { bk.baseP = ['cur', 'prev']; bk.pdef = { cur: { kind: 'base' }, prev: { kind: 'base' }, diff: { kind: 'diff', a: 'cur', b: 'prev' }, gr: { kind: 'gr', a: 'cur', b: 'prev' } }; }
  else if (mode === 'month') { bk.month = r.int(2, 12); bk.baseP = ['month', 'prevcum', 'lastcum']; bk.pdef = { month: { kind: 'base' }, prevcum: { kind: 'base' }, lastcum: { kind: 'base' }, cum: { kind: 'sum', parts: ['prevcum', 'month'] }, diff: { kind: 'diff', a: 'cum', b: 'lastcum' }, gr: { kind: 'gr', a: 'cum', b: 'lastcum' } }; }
  else { bk.K = r.int(2, 5); bk.baseP = []; for (let k = 1; k <= bk.K; k++) { bk.baseP.push('m' + k); bk.pdef['m' + k] = { kind: 'base' }; bk.pdef['c' + k] = { kind: 'sum', parts: k === 1 ? ['m1'] : ['c' + (k - 1), 'm' + k] }; } }
}
function plabel(bk, r, p) {
  const base = p.replace(/\d+$/, '');
  let s = r.pick(PLAB[base] || PLAB[p]);
  return s.replace('{Y}', bk.year).replace('{Y1}', bk.year - 1).replace('{M}', bk.month || '');
}

// ---------- layouts ----------
function mname(bk, m) { return bk.names[m]; }
const EXTRA = {
  classes: ['培训班数', '举办各类培训班', '办班数', '培训期数'], pt: ['培训人次数', '参学人次', '党员参训人次', '教育培训人次'], online: ['线上参训', '网络学习', '远程教育'],
  offline: ['线下参训', '集中轮训', '现场培训'], members: ['党员总人数', '党员数量', '期末党员数'], trained: ['参训党员', '培训党员数', '已参训党员数'],
  mobile: ['流动党员培训', '流动党员参训数'], rate: ['参训比例', '党员培训覆盖率', '培训率'], hours: ['总学时数', '学时合计', '培训学时'], avgH: ['人均学时数', '平均学时'],
  sec: ['书记轮训', '党组织书记轮训人次', '支部书记培训'], dev: ['发展对象培训数', '入党积极分子和发展对象培训'], onshare: ['线上参训占比', '网络培训占比'],
};
function pickNames(bk, r) {
  bk.names = {}; bk.munits = {};
  for (const m of Object.keys(MEAS)) { bk.names[m] = r.pick(bk.huntNames ? [...MEAS[m].names, ...EXTRA[m]] : MEAS[m].names); bk.munits[m] = r.pick(MEAS[m].units); }
  if (bk.avgBase === 'trained' && r.chance(0.5)) bk.names.avgH = '参训党员人均学时';
}
function paren(bk, u) { return bk.o.halfParen ? `(${u})` : `（${u}）`; }
function withUnit(bk, m, on) { if (!on) return bk.names[m]; const u = bk.munits[m]; return bk.names[m] + paren(bk, u); }
function rateHead(bk, m) { return isRate(m) && bk.munits[m] === '%' ? bk.names[m] + paren(bk, '%') : bk.names[m]; }

// row list for units (display), with subtotal styles
function unitRows(bk, r, tree, o) {
  const rows = []; const T = tree.T;
  const seqStyle = o.seq;
  let n = 0;
  const ind = r.pick(['  ', '    ', '　', '　　']); const ofp = r.pick(['  其中：', '其中：', '　其中：']);
  const leafRow = (u, indent) => {
    rows.push({ label: (indent ? ind : '') + u.name, key: { u: u.id }, seq: seqStyle ? ++n : null, indent });
    if (u.of) { const of = bk.units.get(u.of); rows.push({ label: ofp + of.name, key: { u: of.id }, seq: null, indent: true }); }
  };
  const totRow = () => rows.push({ label: T.name, key: { u: 'T' }, bold: true, seq: seqStyle ? r.pick([null, '']) : null });
  const top = o.totalTop;
  if (top) totRow();
  if (tree.groups) {
    const style = o.subStyle; // 'head' or 'after'
    const cn = ['一、', '二、', '三、'];
    tree.groups.forEach((g, gi) => {
      if (style === 'head') {
        rows.push({ label: (o.cnum ? cn[gi] : '') + g.name, key: { u: g.id }, bold: true, seq: null });
        const slip = bk.o.indentSlip ? r.int(0, g.kids.length - 1) : -1;
        g.kids.forEach((k, ki) => leafRow(k, ki !== slip));
      } else if (style === 'bare') {
        rows.push({ label: (o.cnum ? cn[gi] : '') + g.name, key: null, bold: true, seq: null });
        const gi2 = r.chance(0.5); for (const k of g.kids) leafRow(k, gi2);
        rows.push({ label: g.u.subName, key: { u: g.id }, bold: true, seq: null });
      } else {
        for (const k of g.kids) leafRow(k, false);
        rows.push({ label: g.u.subName, key: { u: g.id }, bold: true, seq: null });
      }
    });
  } else for (const k of tree.leaves) leafRow(k, false);
  if (!top) totRow();
  return rows;
}

function measureCols(bk, r, ms, o) {
  // ms: list of measure keys; builds cols for single period tables
  const cols = []; const unitIn = o.unitInHead;
  const grp = o.groupHeads ? {
    classes: r.pick(['培训班', '办班情况', '培训情况']), pt: '参训情况', online: '参训情况', offline: '参训情况', members: '党员参训', trained: '党员参训', mobile: '党员参训', rate: '党员参训',
    hours: '学时', avgH: '学时', sec: '重点对象培训', dev: '重点对象培训', onshare: '参训情况',
  } : null;
  if (grp) { grp.pt = grp.online = grp.offline = grp.onshare = r.pick(['培训人次', '参训情况', '培训规模']); grp.members = grp.trained = grp.mobile = grp.rate = r.pick(['党员参训', '参训党员', '党员覆盖']); grp.hours = grp.avgH = r.pick(['学时', '培训学时', '学时情况']); }
  const ofStyle = o.ofStyle; // 'flat' | 'merge'
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]; let h;
    const nm = isRate(m) ? rateHead(bk, m) : withUnit(bk, m, unitIn);
    if (m === 'online' || m === 'offline' || (m === 'mobile' && ms[i - 1] === 'trained')) {
      const first = m === 'online' || m === 'mobile';
      if (ofStyle === 'merge' && !grp) h = ['其中', nm];
      else h = [(first ? r.pick(['其中：', '其中:']) : '') + nm];
    } else h = [nm];
    if (grp) {
      const g = grp[m];
      const sameG = ms.filter((x) => grp[x] === g).length > 1;
      if (sameG) h = [g, ...h];
    }
    cols.push({ t: 'data', key: { m }, head: h });
  }
  // normalize: if some heads longer, fine
  return cols;
}

function chooseMeasures(r, kind) {
  if (kind === 'key') return r.pick([['sec', 'dev', 'mobile'], ['classes', 'sec', 'dev'], ['classes', 'pt', 'sec', 'dev', 'mobile'], ['sec', 'dev']]);
  const sets = [
    ['classes', 'pt', 'online', 'offline', 'members', 'trained', 'rate'],
    ['classes', 'pt', 'online', 'offline', 'members', 'trained', 'rate', 'hours', 'avgH'],
    ['members', 'trained', 'rate', 'pt', 'hours', 'avgH'],
    ['classes', 'pt', 'members', 'trained', 'mobile', 'rate'],
    ['pt', 'online', 'offline', 'onshare', 'trained', 'members', 'rate'],
    ['classes', 'pt', 'online', 'offline', 'sec', 'dev', 'mobile'],
    ['members', 'trained', 'rate', 'hours', 'avgH'],
    ['classes', 'pt', 'online', 'members', 'trained', 'rate', 'avgH', 'hours'],
    ['classes', 'pt', 'online', 'offline', 'members', 'trained', 'mobile', 'rate', 'hours', 'avgH', 'sec', 'dev'],
  ];
  return r.pick(sets);
}
function monthMeasures(r) { return r.pick([['classes', 'pt'], ['classes', 'pt', 'online', 'offline'], ['pt', 'online', 'offline'], ['classes', 'pt', 'online'], ['classes', 'pt', 'hours'], ['pt', 'online', 'onshare'], ['classes', 'pt', 'sec', 'dev']]); }

function bookOpts(r, hunt) {
  return {
    rateD: r.wpick([[1, 3], [2, 2]]), avgD: r.wpick([[1, 2], [2, 2]]), grD: r.wpick([[1, 2], [2, 2]]),
    pct: r.chance(hunt ? 0.12 : 0.08), avgBase: r.wpick([['members', 3], ['trained', 2]]),
    zero: r.pick([0, null, '—', '-', 0]), thousands: r.chance(0.25), rateGr: r.chance(0.35), rateGrFill: r.pick([null, '—', '-']),
    formulas: false, zeroDiff: r.chance(0.2) ? '—' : undefined,
  };
}

const NOTES = (bk, r) => {
  const out = [];
  const k = r.int(0, 3);
  const pool = [
    r.pick(['注：1.参训率=参训党员数÷党员总数×100%；2.“—”表示无此项或数据为零。', '注：①参训率=参训党员数/党员总数×100%；②空白表示无此项。']),
    '注：培训人次含线上、线下培训，同一党员参加多次培训的按实际次数统计。',
    `说明：人均学时=学时总数÷${bk.avgBase === 'members' ? '党员总数' : '参训党员数'}。`,
    `数据来源：党员教育培训信息管理系统，统计截至${bk.year}年${bk.month || 12}月${bk.month ? 28 : 31}日。`,
    `填表人：${r.pick(['张', '李', '王', '刘', '陈'])}${r.pick(['某某', '晓', '明'])}    审核人：${r.pick(['赵', '孙', '周'])}${r.pick(['某', '强', '华'])}    填表日期：${bk.year + (bk.month ? 0 : 1)}年${bk.month ? bk.month + 1 > 12 ? 12 : bk.month + 1 : 1}月${r.int(3, 20)}日`,
  ];
  for (const i of r.sample([0, 1, 2, 3, 4], k)) out.push(pool[i]);
  return out;
};
function titleOf(bk, r, what) {
  const t = bk.mode === 'year' ? `${bk.year}年` : `${bk.year}年${bk.month ? bk.month + '月' : '1-' + bk.K + '月'}`;
  return r.pick([`${bk.org}${t}党员教育培训情况统计表`, `${t}${bk.org}党员教育培训工作统计表`, `${bk.org}党员教育培训${what || '情况'}统计表（${t}）`, `${bk.org}${t}党员教育培训${what || '情况'}汇总表`]);
}
function unitLineOf(bk, ms) {
  const us = []; for (const m of ms) { const u = isRate(m) ? '%' : bk.munits[m]; if (!us.includes(u)) us.push(u); }
  return '单位：' + us.join('、');
}

// Layout: units as rows, measures (x periods) as columns
function shuffleMs(r, ms) {
  // keep online/offline right after pt and mobile after trained; shuffle the rest as blocks
  const blocks = []; for (const m of ms) { if ((m === 'online' || m === 'offline' || m === 'onshare') && ms.includes('pt')) continue; if (m === 'mobile' && ms.includes('trained')) continue; const b = [m]; if (m === 'pt') for (const x of ['online', 'offline', 'onshare']) if (ms.includes(x)) b.push(x); if (m === 'trained' && ms.includes('mobile')) b.push('mobile'); blocks.push(b); }
  return r.shuffle(blocks).flat();
}
function layUnitRows(bk, r, sh, o) {
  (bk.feat = bk.feat || []).push([o.ps.length > 1 ? o.orient : '1p', o.ps.join('/'), o.tree.groups ? 'sub:' + o.subStyle : 'flat', o.unitRow ? 'unitRow' : '', o.lanci ? 'lanci' : '', o.groupHeads ? 'gh' : ''].filter(Boolean).join(','));
  const tree = o.tree; const ms = bk.o.shuffle ? shuffleMs(r, o.ms) : o.ms; const ps = o.ps;
  const rows = unitRows(bk, r, tree, { seq: o.seq, totalTop: o.totalTop, subStyle: o.subStyle, cnum: o.cnum });
  const lead = [];
  if (o.seq) lead.push({ t: 'seq', head: [r.pick(['序号', '序 号', '编号'])] });
  lead.push({ t: 'label', head: [o.labelHead] });
  let cols;
  if (ps.length === 1) cols = measureCols(bk, r, ms, o);
  else {
    cols = [];
    const plabs = {}; for (const p of ps) plabs[p] = plabel(bk, r, p);
    const pOK = (m, p) => !(isRate(m) && bk.pdef[p].kind === 'gr' && !bk.o.rateGr) && !(isRate(m) && bk.pdef[p].kind === 'sum' && bk.pdef[p].parts.length > 1 && false);
    if (o.orient === 'mp') { for (const m of ms) for (const p of ps) if (pOK(m, p) && !(o.skip && o.skip(m, p))) cols.push({ t: 'data', key: { m, p }, head: [isRate(m) ? rateHead(bk, m) : withUnit(bk, m, o.unitInHead), isRate(m) && bk.pdef[p].kind === 'diff' ? r.pick(['增减（百分点）', '增减', '±百分点']) : plabs[p]] }); }
    else { for (const p of ps) for (const m of ms) if (pOK(m, p) && !(o.skip && o.skip(m, p))) cols.push({ t: 'data', key: { m, p }, head: [plabs[p], isRate(m) ? rateHead(bk, m) : withUnit(bk, m, o.unitInHead)] }); }
  }
  const all = [...lead, ...cols];
  const width = o.left - 1 + all.length;
  let top = o.top;
  if (o.chrome !== false) top = chromeTop(bk, sh, r, o.top, width, o.title, { fubiao: o.fubiao, sub: o.sub, meta: o.meta, filler: bk.filler, unitLine: unitLineOf(bk, ms) });
  const t = writeTable(bk, sh, top, o.left, all, rows, ps.length === 1 ? { p: ps[0] } : {}, { lanci: o.lanci, unitRow: o.unitRow, unitRowLabel: o.unitRowLabel });
  let bottom = t.bottom + 1;
  if (o.notes) bottom = chromeBottom(bk, sh, r, bottom, width, o.notes);
  return { ...t, bottom };
}

// Layout: measures as rows; columns are periods (single unit) or units (single period)
function measureRows(bk, r, ms, o) {
  const rows = []; let n = 0; const cn = '一二三四五六七八九十'.split('');
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]; let label = bk.names[m];
    let indent = false;
    if (m === 'online' || (m === 'mobile' && ms[i - 1] === 'trained')) { label = r.pick(['  其中：', '其中：', '　　其中：']) + label; indent = true; }
    else if (m === 'offline') { label = r.pick(['        ', '　　　　', '      ']) + label; indent = true; }
    if (isRate(m) && o.rateUnitInLabel) label += '（%）';
    rows.push({ label, key: { m }, seq: o.seq ? (indent ? null : o.seq === 'cn' ? cn[n++] : ++n) : null, munit: bk.munits[m], indent });
  }
  return rows;
}
function layMeasureRows(bk, r, sh, o) {
  const ms = o.ms; const rows = measureRows(bk, r, ms, o);
  const lead = [];
  if (o.seq) lead.push({ t: 'seq', head: ['序号'] });
  lead.push({ t: 'label', head: [r.pick(['指标', '指标名称', '项目', '统计指标'])] });
  if (o.munitCol) lead.push({ t: 'munit', head: [r.pick(['单位', '计量单位', '单 位'])] });
  let cols = [];
  if (o.byPeriod) {
    for (const p of o.ps) { let h = plabel(bk, r, p); if (o.periodTop) h = [o.periodTop, h]; else h = [h]; cols.push({ t: 'data', key: { p }, head: h }); }
  } else {
    for (const u of o.units) cols.push({ t: 'data', key: { u: u.id }, head: o.unitHeads ? o.unitHeads(u) : [u.name] });
  }
  const all = [...lead, ...cols];
  const width = o.left - 1 + all.length;
  let top = o.top;
  if (o.chrome !== false) top = chromeTop(bk, sh, r, o.top, width, o.title, { fubiao: o.fubiao, sub: o.sub, meta: o.meta && !o.munitCol, filler: bk.filler, unitLine: unitLineOf(bk, ms) });
  const t = writeTable(bk, sh, top, o.left, all, rows, o.fixed, { lanci: o.lanci });
  let bottom = t.bottom + 1;
  if (o.notes) bottom = chromeBottom(bk, sh, r, bottom, width, o.notes);
  return { ...t, bottom };
}

// ---------- book generators ----------
function baseBook(seed, hunt) {
  const r = new R(seed);
  const bk = new Book(r, bookOpts(r, hunt));
  if (hunt && hunt.indentSlip) bk.o.indentSlip = true;
  if (hunt && hunt.names) { bk.huntNames = true; bk.o.halfParen = r.chance(0.3); bk.o.shuffle = r.chance(0.5); }
  bk.year = r.pick([2022, 2023, 2024, 2024, 2025]);
  return { r, bk };
}
function commonO(r, bk) {
  return {
    seq: r.chance(0.4), totalTop: r.chance(0.55), subStyle: r.pick(['head', 'after', 'bare']), cnum: r.chance(0.5), groupHeads: r.chance(0.3), ofStyle: r.pick(['flat', 'merge']),
    unitInHead: r.chance(0.4), meta: r.chance(0.7), lanci: r.chance(0.12), unitRow: bk.huntNames && r.chance(0.3), unitRowLabel: r.pick(['', '单位', '计量单位']), left: r.chance(0.12) ? 2 : 1, top: 1,
  };
}
const LAYOUTS = {
  region(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'year', r); pickNames(bk, r);
    const level = hunt && hunt.level ? hunt.level : r.wpick([['city', 4], ['county', 3], ['province', 2], ['village', hunt ? 1 : 0.3]]);
    const tree = regionTree(bk, r, { level, groups: level !== 'village' && r.chance(hunt && hunt.names ? 0.6 : 0.35), sparse: r.chance(0.4), n: hunt && hunt.tiny ? r.int(2, 3) : undefined });
    const ms = chooseMeasures(r, r.chance(0.15) ? 'key' : 'main');
    const sh = new Sheet(r.pick(['Sheet1', '党员教育培训', '表1', `${bk.year}年`, '培训情况', '统计表'])); bk.sheets.push(sh);
    const o = commonO(r, bk);
    layUnitRows(bk, r, sh, { ...o, tree, ms, ps: ['cur'], labelHead: labelHeadFor(r, level), title: titleOf(bk, r), sub: r.chance(0.3) ? `（${bk.year}年度）` : null, fubiao: r.chance(0.2) ? `附表${r.int(1, 5)}` : null, notes: NOTES(bk, r) });
    return bk;
  },
  field(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'year', r); pickNames(bk, r);
    const tree = regionTree(bk, r, { level: 'field', sparse: false, ofP: hunt ? 0.8 : 0.6 });
    const ms = chooseMeasures(r, 'main');
    const sh = new Sheet(r.pick(['分领域', '按领域统计', 'Sheet1', '表2'])); bk.sheets.push(sh);
    const o = commonO(r, bk);
    layUnitRows(bk, r, sh, { ...o, tree, ms, ps: ['cur'], labelHead: r.pick(['领域', '系统（领域）', '类别', '单位类别']), title: titleOf(bk, r, '分领域'), notes: NOTES(bk, r) });
    return bk;
  },
  yoy(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'year', r); pickNames(bk, r);
    const level = r.wpick([['city', 4], ['county', 3], ['province', 2], ['field', 2]]);
    const tree = regionTree(bk, r, { level, groups: level !== 'field' && r.chance(0.25), sparse: r.chance(0.3) });
    const ms = r.pick([['pt', 'trained', 'rate'], ['classes', 'pt'], ['members', 'trained', 'rate'], ['classes', 'members', 'trained', 'rate'], ['pt', 'online', 'offline'], ['pt', 'hours', 'avgH'], ['trained', 'members', 'rate', 'avgH', 'hours']]);
    const ps = r.pick([['cur', 'prev', 'diff', 'gr'], ['cur', 'prev', 'gr'], ['cur', 'prev', 'diff'], ['prev', 'cur', 'diff', 'gr'], ['cur', 'prev', 'gr']]);
    const sh = new Sheet(r.pick(['同比', '与上年对比', 'Sheet1', '增减情况'])); bk.sheets.push(sh);
    const o = commonO(r, bk);
    const skip = r.chance(0.5) ? (m, p) => (m === 'members' && (p === 'diff' || p === 'gr')) : null;
    layUnitRows(bk, r, sh, { ...o, tree, ms, ps, orient: hunt && hunt.pm ? r.pick(['mp', 'pm', 'pm']) : r.pick(['mp', 'mp', 'pm']), skip, labelHead: labelHeadFor(r, level), title: titleOf(bk, r, '同比'), notes: NOTES(bk, r) });
    return bk;
  },
  indicators(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'year', r); pickNames(bk, r);
    const level = r.pick(['city', 'county', 'province']);
    regionTree(bk, r, { level, sparse: false });
    const ms = r.pick([
      ['classes', 'pt', 'online', 'offline', 'members', 'trained', 'rate', 'hours', 'avgH', 'sec', 'dev', 'mobile'],
      ['classes', 'pt', 'online', 'offline', 'trained', 'mobile', 'members', 'rate', 'hours', 'avgH'],
      ['members', 'trained', 'rate', 'classes', 'pt', 'online', 'offline', 'sec', 'dev'],
      ['classes', 'pt', 'online', 'offline', 'onshare', 'members', 'trained', 'rate'],
      ['pt', 'online', 'offline', 'hours', 'avgH', 'members', 'trained', 'mobile', 'rate'],
    ]);
    const ps = r.pick([['cur', 'prev', 'diff', 'gr'], ['cur', 'prev', 'diff', 'gr'], ['cur', 'prev', 'gr'], ['prev', 'cur', 'diff', 'gr']]);
    const sh = new Sheet(r.pick(['主要指标', '汇总', 'Sheet1', '综合表'])); bk.sheets.push(sh);
    const o = commonO(r, bk);
    layMeasureRows(bk, r, sh, { ...o, ms, ps, byPeriod: true, fixed: { u: 'T' }, munitCol: r.chance(0.75), seq: r.pick([false, 'num', 'cn']), rateUnitInLabel: r.chance(0.3), title: titleOf(bk, r, '主要指标'), notes: NOTES(bk, r) });
    return bk;
  },
  regioncols(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'year', r); pickNames(bk, r);
    const level = r.pick(['city', 'county', 'field']);
    const grp = level !== 'field' && r.chance(hunt && hunt.colGroups ? 0.7 : 0.15);
    const tree = regionTree(bk, r, { level, groups: grp, n: level === 'county' ? r.int(5, 10) : level === 'city' ? r.int(4, 9) : undefined, sparse: r.chance(0.3), ofP: 0 });
    const ms = r.pick([['classes', 'pt', 'online', 'offline', 'members', 'trained', 'rate'], ['members', 'trained', 'rate', 'hours', 'avgH'], ['classes', 'pt', 'online', 'offline', 'sec', 'dev'], ['pt', 'online', 'offline', 'onshare', 'trained', 'members', 'rate', 'mobile']]);
    let units = r.chance(0.6) ? [tree.T, ...tree.leaves] : [...tree.leaves, tree.T];
    let unitHeads = null;
    if (tree.groups) {
      const after = r.chance(0.5); units = [tree.T];
      for (const g of tree.groups) { if (!after) units.push(g.u); units.push(...g.kids); if (after) units.push(g.u); }
      const gOf = new Map(); for (const g of tree.groups) { gOf.set(g.id, g); for (const k of g.kids) gOf.set(k.id, g); }
      unitHeads = (u) => (u.id === 'T' ? [u.name] : gOf.get(u.id).id === u.id ? [u.name, r.pick(['小计', '小计'])] : [gOf.get(u.id).name, u.name]);
      if (r.chance(0.5)) unitHeads = (u) => (u.id === 'T' ? [u.name] : [u.type === 'sub' ? u.subName : u.name]);
    }
    const sh = new Sheet(r.pick(['分地区', '各地情况', 'Sheet1', '表3'])); bk.sheets.push(sh);
    const o = commonO(r, bk);
    layMeasureRows(bk, r, sh, { ...o, ms, units, unitHeads, byPeriod: false, fixed: { p: 'cur' }, munitCol: r.chance(0.5), seq: r.pick([false, 'num']), rateUnitInLabel: r.chance(0.4), title: titleOf(bk, r), notes: NOTES(bk, r) });
    return bk;
  },
  monthly(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'month', r); pickNames(bk, r);
    const level = r.pick(['city', 'county', 'county', 'field']);
    const tree = regionTree(bk, r, { level, groups: level !== 'field' && r.chance(0.2), sparse: r.chance(0.3), ofP: 0.4 });
    const ms = monthMeasures(r);
    const ps = r.pick([['month', 'cum'], ['prevcum', 'month', 'cum'], ['month', 'prevcum', 'cum'], ['month', 'cum', 'lastcum', 'gr'], ['prevcum', 'month', 'cum', 'lastcum', 'diff', 'gr'], ['month', 'cum', 'lastcum', 'diff']]);
    const sh = new Sheet(r.pick([`${bk.month}月`, `${bk.year}年${bk.month}月`, '月报', 'Sheet1'])); bk.sheets.push(sh);
    const o = commonO(r, bk);
    layUnitRows(bk, r, sh, { ...o, tree, ms, ps, orient: hunt && hunt.pm ? r.pick(['mp', 'pm', 'pm']) : r.pick(['mp', 'pm']), labelHead: labelHeadFor(r, level), title: titleOf(bk, r, '月报'), notes: NOTES(bk, r) });
    return bk;
  },
  monthind(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'month', r); pickNames(bk, r);
    regionTree(bk, r, { level: r.pick(['city', 'county']), sparse: false });
    const ms = r.pick([['classes', 'pt', 'online', 'offline', 'onshare', 'hours', 'sec', 'dev'], ['classes', 'pt', 'online', 'offline', 'sec', 'dev'], ['pt', 'online', 'offline', 'hours']]);
    const ps = r.pick([['month', 'prevcum', 'cum', 'lastcum', 'diff', 'gr'], ['month', 'cum', 'lastcum', 'gr'], ['prevcum', 'month', 'cum', 'lastcum', 'gr'], ['month', 'cum', 'lastcum', 'diff', 'gr']]);
    const sh = new Sheet(r.pick(['月报', `${bk.month}月`, '主要指标'])); bk.sheets.push(sh);
    const o = commonO(r, bk);
    layMeasureRows(bk, r, sh, { ...o, ms, ps, byPeriod: true, fixed: { u: 'T' }, munitCol: r.chance(0.7), seq: r.pick([false, 'num']), title: titleOf(bk, r, '月报'), notes: NOTES(bk, r) });
    return bk;
  },
  months(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'months', r); pickNames(bk, r);
    const level = r.pick(['city', 'county']);
    const tree = regionTree(bk, r, { level, n: r.int(5, 10), sparse: r.chance(0.3) });
    const ms = r.pick([['classes', 'pt'], ['pt', 'online', 'offline'], ['classes', 'pt', 'online']]);
    const o = commonO(r, bk);
    const namer = r.pick([(k) => `${k}月`, (k) => `${bk.year}年${k}月`, (k) => `${k}月份`]);
    const lab = { m: r.pick(['本月', '当月']), c: r.pick(['本年累计', '累计', '1-{k}月累计']) };
    for (let k = 1; k <= bk.K; k++) {
      const sh = new Sheet(namer(k)); bk.sheets.push(sh);
      bk.month = k;
      const rows = unitRows(bk, r, tree, { seq: o.seq, totalTop: o.totalTop });
      const cols = [{ t: 'label', head: [labelHeadFor(r, level)] }];
      for (const m of ms) for (const p of ['m' + k, 'c' + k]) cols.push({ t: 'data', key: { m, p }, head: [withUnit(bk, m, o.unitInHead), p[0] === 'm' ? lab.m : lab.c.replace('{k}', k)] });
      const top = chromeTop(bk, sh, r, 1, cols.length, `${bk.org}${bk.year}年${k}月党员教育培训情况统计表`, { meta: o.meta, filler: bk.filler, unitLine: unitLineOf(bk, ms) });
      writeTable(bk, sh, top, 1, cols, rows, {}, {});
    }
    bk.month = null;
    return bk;
  },
  stacked(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'year', r); pickNames(bk, r);
    const level = r.pick(['city', 'county']);
    const tree = regionTree(bk, r, { level, n: r.int(4, 10), sparse: r.chance(0.3) });
    // second partition: fields
    const fs2 = r.sample(FIELDS, r.int(4, 7));
    const fids = fs2.map(([f], i) => { const u = bk.unit('F' + i, f, 'leaf'); return u.id; });
    const ws = fs2.map(([, s]) => s * r.u(0.6, 1.6));
    for (const id of fids) bk.data.set(id, {});
    for (const p of bk.baseP) { const parts = splitAtoms(r, bk.atoms('T', p), ws); fids.forEach((id, i) => { bk.data.get(id)[p] = parts[i]; }); }
    bk.units.get('T').parts.push(fids);
    const ftree = { T: bk.units.get('T'), leaves: fids.map((id) => bk.units.get(id)) };
    const ms = r.pick([['classes', 'pt', 'members', 'trained', 'rate'], ['pt', 'online', 'offline', 'trained'], ['members', 'trained', 'rate', 'hours', 'avgH'], ['classes', 'pt', 'online', 'offline']]);
    const sh = new Sheet(r.pick(['Sheet1', '汇总', '统计表'])); bk.sheets.push(sh);
    const o = commonO(r, bk); o.left = 1; o.lanci = false;
    const title = titleOf(bk, r);
    const t1 = layUnitRows(bk, r, sh, { ...o, tree, ms, ps: ['cur'], labelHead: labelHeadFor(r, level), title, notes: [] , fubiao: null});
    let row = t1.bottom + r.int(1, 2);
    sh.put(row, 1, r.pick(['二、分领域情况', '表二：按领域统计', '（二）按领域分']), { bold: true }); row++;
    const o2 = { ...o, totalTop: r.chance(0.5) ? o.totalTop : !o.totalTop };
    const t2 = layUnitRows(bk, r, sh, { ...o2, tree: ftree, ms, ps: ['cur'], labelHead: r.pick(['领域', '类别']), chrome: false, top: row, notes: NOTES(bk, r) });
    return bk;
  },
  side(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'year', r); pickNames(bk, r);
    const level = r.pick(['city', 'county', 'field']);
    const tree = regionTree(bk, r, { level, groups: level !== 'field' && r.chance(0.3), sparse: r.chance(0.3) });
    const ms = r.pick([['classes', 'pt', 'online', 'offline'], ['members', 'trained', 'rate'], ['pt', 'trained', 'members', 'rate'], ['classes', 'pt', 'hours']]);
    const sh = new Sheet(r.pick(['对比', 'Sheet1', '两年对比'])); bk.sheets.push(sh);
    const o = commonO(r, bk); o.seq = false; o.lanci = false; o.unitRow = false; o.groupHeads = false; o.left = 1;
    const width = 2 * (ms.length + 1) + 1;
    let top = chromeTop(bk, sh, r, 1, width, titleOf(bk, r, '对比'), { meta: o.meta, filler: bk.filler, unitLine: unitLineOf(bk, ms) });
    const lab = [r.pick([`${bk.year}年`, '本年度', '本年']), r.pick([`${bk.year - 1}年`, '上年度', '上年'])];
    const rowsOrder = r.chance(0.5);
    sh.put(top, 1, lab[0], { bold: true }); sh.put(top, ms.length + 3, lab[1], { bold: true });
    const ps = rowsOrder ? ['cur', 'prev'] : ['cur', 'prev'];
    const t1 = layUnitRows(bk, r, sh, { ...o, tree, ms, ps: [ps[0]], labelHead: labelHeadFor(r, level), chrome: false, top: top + 1, left: 1 });
    const t2 = layUnitRows(bk, r, sh, { ...o, tree, ms, ps: [ps[1]], labelHead: labelHeadFor(r, level), chrome: false, top: top + 1, left: ms.length + 3 });
    chromeBottom(bk, sh, r, Math.max(t1.bottom, t2.bottom) + 1, width, NOTES(bk, r));
    return bk;
  },
  summary(seed, hunt) {
    const { r, bk } = baseBook(seed, hunt); setupPeriods(bk, 'year', r); pickNames(bk, r);
    const level = r.pick(['city', 'county', 'province']);
    const tree = regionTree(bk, r, { level, groups: r.chance(0.3), sparse: r.chance(0.3) });
    const o = commonO(r, bk);
    const ms1 = ['classes', 'pt', 'online', 'offline', 'members', 'trained', 'rate', 'hours', 'avgH'];
    const sh1 = new Sheet(r.pick(['汇总', '总表', '主要指标'])); bk.sheets.push(sh1);
    layMeasureRows(bk, r, sh1, { ...o, ms: ms1, ps: ['cur', 'prev', 'diff', 'gr'], byPeriod: true, fixed: { u: 'T' }, munitCol: true, seq: false, title: titleOf(bk, r, '汇总'), notes: [] });
    const sh2 = new Sheet(r.pick(['分地区', '分县区', '明细'])); bk.sheets.push(sh2);
    const ms2 = r.pick([['classes', 'pt', 'online', 'offline', 'members', 'trained', 'rate'], ['pt', 'members', 'trained', 'rate', 'hours', 'avgH']]);
    layUnitRows(bk, r, sh2, { ...o, lanci: false, tree, ms: ms2, ps: ['cur'], labelHead: labelHeadFor(r, level), title: titleOf(bk, r, '分地区'), notes: NOTES(bk, r) });
    if (r.chance(0.4)) { const sh0 = new Sheet('填报说明'); sh0.put(1, 1, '填报说明', { bold: true }); sh0.put(2, 1, '1.本表由各县（市、区）委组织部填报，统计时间为1月1日至12月31日。'); sh0.put(3, 1, '2.培训人次按实际参训次数统计，线上培训以学习平台记录为准。'); sh0.put(4, 1, `3.请于${bk.year + 1}年1月15日前报送。`); bk.sheets.unshift(sh0); }
    return bk;
  },
};
function labelHeadFor(r, level) {
  return r.pick({ province: ['市（州）', '地区', '单位', '市州'], city: ['县（市、区）', '单位', '地区', '县区', '单位名称'], county: ['乡镇（街道）', '单位', '乡镇', '单位名称'], village: ['党组织名称', '村（社区）', '单位'], field: ['领域', '系统（领域）', '类别'] }[level]);
}

// ---------- relations ----------
function tolOf(bk, m, pk) {
  if (pk === 'gr') return 0.5 * 10 ** -bk.grD + 1e-6;
  if (isRate(m)) { const d = bk.pct && bk.rateInfo(m).k === 100 ? bk.rateD + 2 : bk.decOf(m); return 0.5 * 10 ** -d + 1e-7; }
  return 0.001;
}
function genRels(bk) {
  const rels = []; const idx = new Map(); const K = (u, m, p) => `${u}|${m}|${p}`;
  for (const P of bk.placements) { const k = K(P.u, P.m, P.p); if (!idx.has(k)) idx.set(k, []); idx.get(k).push(P); }
  const inT = (u, m, p, P) => (idx.get(K(u, m, p)) || []).find((x) => x.tbl === P.tbl);
  const anyW = (u, m, p, P) => { const L = idx.get(K(u, m, p)) || []; return L.find((x) => x.tbl === P.tbl) || L.find((x) => x.sheet === P.sheet) || L[0]; };
  const ref = (X, P) => (X.sheet === P.sheet ? X.addr : `${X.sheet}!${X.addr}`);
  const add = (P, rel) => { rel.sheet = P.sheet; rel.anchor = P.addr; rels.push(rel); };
  for (const P of bk.placements) {
    const { u, m, p } = P; const pd = bk.pdef[p]; const unit = bk.units.get(u);
    const cnt = !isRate(m);
    // a) unit sums
    if (cnt && pd.kind !== 'gr') for (const part of unit.parts) {
      const xs = part.map((k) => inT(k, m, p, P));
      if (part.length && xs.every(Boolean)) add(P, { t: 'sum', total: P.addr, parts: xs.map((x) => x.addr), tol: tolOf(bk, m, pd.kind) });
    }
    // b) 其中 units
    if (cnt && unit.type === 'of' && pd.kind !== 'gr' && pd.kind !== 'diff') { const w = inT(unit.parent, m, p, P); if (w) add(P, { t: 'le', whole: w.addr, parts: [P.addr], tol: 0.001 }); }
    // c) measure structure
    if (m === 'pt' && pd.kind !== 'gr') {
      const on = inT(u, 'online', p, P), off = inT(u, 'offline', p, P);
      if (on && off) add(P, { t: 'sum', total: P.addr, parts: [on.addr, off.addr], tol: 0.001 });
      else if (on && pd.kind !== 'diff') add(P, { t: 'le', whole: P.addr, parts: [on.addr], tol: 0.001 });
    }
    if (pd.kind === 'base' || pd.kind === 'sum') {
      if (m === 'members') { const t = inT(u, 'trained', p, P); if (t) add(P, { t: 'le', whole: P.addr, parts: [t.addr], tol: 0.001 }); }
      if (m === 'trained') { const t = inT(u, 'mobile', p, P); if (t) add(P, { t: 'le', whole: P.addr, parts: [t.addr], tol: 0.001 }); }
    }
    // d) rates
    if (!cnt && (pd.kind === 'base' || pd.kind === 'sum')) {
      const ri = bk.rateInfo(m); const n = inT(u, ri.num, p, P), d = inT(u, ri.den, p, P);
      if (n && d) add(P, { t: 'rate', cell: P.addr, num: n.addr, den: d.addr, k: bk.pct && ri.k === 100 ? 1 : ri.k, tol: tolOf(bk, m, 'base') });
    }
    // e) diff / gr
    if (pd.kind === 'diff' || pd.kind === 'gr') {
      const a = inT(u, m, pd.a, P), b = inT(u, m, pd.b, P);
      if (a && b && typeof bk.val(u, m, p) === 'number') add(P, pd.kind === 'diff' ? { t: 'pp', cell: P.addr, cur: a.addr, prev: b.addr, tol: tolOf(bk, m, 'diff') } : { t: 'growth', cell: P.addr, cur: a.addr, prev: b.addr, tol: tolOf(bk, m, 'gr') });
    }
    // f) running (may cross sheets)
    if (cnt && pd.kind === 'sum') {
      const xs = pd.parts.map((q) => anyW(u, m, q, P));
      if (xs.every(Boolean)) add(P, { t: 'sum', total: P.addr, parts: xs.map((x) => ref(x, P)), tol: 0.001, running: true });
      else if (pd.parts.length > 1) for (const q of pd.parts) { const x = inT(u, m, q, P); if (x && bk.pdef[q].kind === 'base') add(P, { t: 'le', whole: P.addr, parts: [x.addr], tol: 0.001 }); }
    }
    // g) repeated figures in other tables
    const L = idx.get(K(u, m, p));
    if (L.length > 1 && L[0] !== P && L[0].tbl !== P.tbl) add(P, { t: 'sum', total: P.addr, parts: [ref(L[0], P)], tol: tolOf(bk, m, pd.kind) });
  }
  return rels;
}

// ---------- plants ----------
function digitsSwap(r, v, dec) {
  const s = typeof v === 'number' ? v.toFixed(dec) : String(v);
  const pos = [];
  for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0') && !(s[0] === '-' && i === 1 && s[2] === '0')) pos.push(i);
  // also swap across the decimal point (87.6 -> 86.7)
  const dp = s.indexOf('.');
  if (dp > 0 && dp + 1 < s.length && s[dp - 1] !== s[dp + 1] && !(dp === 1 && s[dp + 1] === '0' && false)) pos.push(-dp);
  if (!pos.length) return null;
  const i = r.pick(pos);
  let t;
  if (i < 0) { const d = -i; t = s.slice(0, d - 1) + s[d + 1] + '.' + s[d - 1] + s.slice(d + 2); }
  else t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  return Number(t);
}
function digitLost(r, v, dec) {
  const s = typeof v === 'number' ? v.toFixed(dec) : String(v);
  const pos = []; for (let i = 0; i < s.length; i++) if (/\d/.test(s[i])) pos.push(i);
  if (pos.length < 2) return null;
  const i = r.pick(pos); const t = s.slice(0, i) + s.slice(i + 1);
  const n = Number(t); return Number.isFinite(n) && t !== '' && !/^-?\.$/.test(t) ? n : null;
}
function digitTypo(r, v, dec) {
  const s = typeof v === 'number' ? v.toFixed(dec) : String(v);
  const pos = []; for (let i = 0; i < s.length; i++) if (/\d/.test(s[i])) pos.push(i);
  const i = r.pick(pos); let d = +s[i] + r.pick([1, -1]); if (d < 0) d = 1; if (d > 9) d = 8;
  if (i === 0 && d === 0) d = +s[i] + 1;
  return Number(s.slice(0, i) + d + s.slice(i + 1));
}
function slipsFor(bk, r, P, kind) {
  const v = bk.val(P.u, P.m, P.p); if (typeof v !== 'number') return [];
  const pd = bk.pdef[P.p]; const unit = bk.units.get(P.u);
  const dec = pd.kind === 'gr' ? bk.grD : isRate(P.m) ? (bk.pct && bk.rateInfo(P.m).k === 100 ? bk.rateD + 2 : bk.decOf(P.m)) : 0;
  const out = [];
  const push = (how, now) => { if (now !== null && Number.isFinite(now) && now !== v && !(dec === 0 && !Number.isInteger(now))) out.push({ how, now: dec ? rnd(now, dec) : now }); };
  push('digits swapped', digitsSwap(r, v, dec));
  if (Math.abs(v) >= 10) push('digit lost', digitLost(r, v, dec));
  if (kind === 'total') {
    const kids = (unit.parts[0] || []).map((k) => bk.val(k, P.m, P.p)).filter((x) => typeof x === 'number' && x > 0);
    if (kids.length) push('stale: one row left out', v - r.pick(kids));
    if (pd.kind === 'base' && bk.pdef.prev && P.p === 'cur') push('stale: last year\'s figure', bk.val(P.u, P.m, 'prev'));
    push('typo', digitTypo(r, v, dec));
  } else if (kind === 'part') {
    if (P.p === 'cur' && bk.pdef.prev) push('stale: last year\'s figure', bk.val(P.u, P.m, 'prev'));
    push('typo', digitTypo(r, v, dec));
  } else if (kind === 'rate') {
    const ri = bk.rateInfo(P.m); const k = bk.pct && ri.k === 100 ? 0.01 : 1;
    const n = bk.count(P.u, ri.num, P.p), d = bk.count(P.u, ri.den, P.p);
    if (P.m === 'rate') { const pt = bk.count(P.u, 'pt', P.p); if (pt) push('wrong base: 参训党员数÷培训人次', (n / pt) * 100 * k); if (bk.pdef.prev && P.p === 'cur') { const dp = bk.count(P.u, 'members', 'prev'); if (dp && n / dp <= 1) push('wrong base: 上年党员总数', (n / dp) * 100 * k); } }
    if (P.m === 'avgH') { const other = ri.den === 'members' ? 'trained' : 'members'; const dd = bk.count(P.u, other, P.p); if (dd) push('wrong base: ' + other, n / dd); const pt = bk.count(P.u, 'pt', P.p); if (pt) push('wrong base: 培训人次', n / pt); }
    if (P.m === 'onshare') { push('wrong base: 线上÷线下', bk.count(P.u, 'offline', P.p) ? (n / bk.count(P.u, 'offline', P.p)) * 100 * k : null); push('complement: 线下占比', (bk.count(P.u, 'offline', P.p) / d) * 100 * k); }
    if (unit.type === 'total' || unit.type === 'sub') { const kids = (unit.parts[0] || []).map((q) => bk.val(q, P.m, P.p)).filter((x) => typeof x === 'number'); if (kids.length > 1) push('mean of row rates', kids.reduce((a, b) => a + b, 0) / kids.length); }
    if (P.p === 'cur' && bk.pdef.prev) push('stale: last year\'s rate', bk.val(P.u, P.m, 'prev'));
  } else if (kind === 'change') {
    if (pd.kind === 'gr') {
      const a = bk.val(P.u, P.m, pd.a), b = bk.val(P.u, P.m, pd.b);
      if (a) push('wrong base: ÷本年', ((a - b) / a) * 100);
      push('index instead of growth', (a / b) * 100);
      push('sign flipped', -v);
    } else { push('sign flipped', -v); push('typo', digitTypo(r, v, dec)); }
  } else if (kind === 'running') {
    for (const q of pd.parts) if (bk.pdef[q].kind !== 'base' || q.startsWith('prevcum') || q.startsWith('c')) push('stale: previous cumulative', bk.val(P.u, P.m, q));
    push('stale: last month\'s', bk.val(P.u, P.m, pd.parts[0]));
    push('typo', digitTypo(r, v, dec));
  }
  return r.shuffle(out);
}
function kindOf(bk, P, relsAt) {
  const pd = bk.pdef[P.p]; const unit = bk.units.get(P.u);
  if (pd.kind === 'diff' || pd.kind === 'gr') return 'change';
  if (pd.kind === 'sum' && relsAt.some((x) => x.running && x.anchor === P.addr && x.sheet === P.sheet)) return 'running';
  if (isRate(P.m)) return 'rate';
  if (relsAt.some((x) => x.t === 'sum' && !x.running && x.total === P.addr && x.sheet === P.sheet && x.anchor === P.addr && x.parts.length > 1)) return 'total';
  if (unit.type === 'total' || unit.type === 'sub') return 'total';
  return 'part';
}
function relHits(rel, sheet, addr) {
  return relCells(rel).some((c) => (c.includes('!') ? c === `${sheet}!${addr}` : rel.sheet === sheet && c === addr));
}
function makeGetter(bk, overrides) {
  return (sheetOf) => (a) => {
    let s = sheetOf, ad = a; const i = a.lastIndexOf('!'); if (i > 0) { s = a.slice(0, i); ad = a.slice(i + 1); }
    const key = `${s}!${ad}`; if (overrides && key in overrides) return overrides[key];
    const sh = bk.sheets.find((x) => x.name === s); const c = sh && sh.cells[ad]; return c ? c.v : null;
  };
}
function plant(bk, r, rels, wantKind) {
  const get = makeGetter(bk);
  const cands = [];
  for (const P of bk.placements) {
    const v = bk.val(P.u, P.m, P.p); if (typeof v !== 'number') continue;
    const cell = bk.sheets.find((s) => s.name === P.sheet).cells[P.addr]; if (typeof cell.v !== 'number') continue;
    const at = rels.filter((x) => relHits(x, P.sheet, P.addr)); if (!at.length) continue;
    cands.push({ P, kind: kindOf(bk, P, at), at });
  }
  const order = [wantKind, ...r.shuffle(['total', 'part', 'rate', 'change', 'running'].filter((k) => k !== wantKind))];
  for (const k of order) {
    const cs = r.shuffle(cands.filter((c) => c.kind === k));
    for (const c of cs.slice(0, 12)) {
      for (const s of slipsFor(bk, r, c.P, k)) {
        const ov = { [`${c.P.sheet}!${c.P.addr}`]: s.now };
        const g = makeGetter(bk, ov);
        if (c.at.some((rel) => { const e = evalRel(rel, g(rel.sheet)); return e !== null && e > 1e-9; })) {
          return { sheet: c.P.sheet, cell: c.P.addr, was: bk.sheets.find((x) => x.name === c.P.sheet).cells[c.P.addr].v, now: s.now, kind: k, how: s.how };
        }
      }
    }
  }
  return null;
}

// ---------- formulas (clean books only) ----------
function addFormulas(bk, rels, r) {
  for (const rel of rels) {
    if (rel.t !== 'sum' || rel.running || rel.parts.some((p) => p.includes('!')) || rel.parts.length < 2) continue;
    const sh = bk.sheets.find((s) => s.name === rel.sheet); const c = sh.cells[rel.total];
    if (!c || typeof c.v !== 'number' || !c.v || c.formula) continue;
    if (!r.chance(0.7)) continue;
    const allNum = rel.parts.every((p) => sh.cells[p] && typeof sh.cells[p].v === 'number');
    const ps = rel.parts.map(parseA);
    const sameCol = ps.every((p) => p.c === ps[0].c) && ps.every((p, i) => i === 0 || p.r === ps[i - 1].r + 1);
    const sameRow = ps.every((p) => p.r === ps[0].r) && ps.every((p, i) => i === 0 || p.c === ps[i - 1].c + 1);
    if (!(sameCol || sameRow) && !allNum) continue;
    c.formula = sameCol || sameRow ? `SUM(${rel.parts[0]}:${rel.parts[rel.parts.length - 1]})` : rel.parts.join('+');
  }
  for (const rel of rels) {
    if (rel.t !== 'rate') continue;
    const sh = bk.sheets.find((s) => s.name === rel.sheet); const c = sh.cells[rel.cell];
    if (!c || typeof c.v !== 'number' || !c.v || c.formula || !r.chance(0.5)) continue;
    if (![rel.num, rel.den].every((p) => sh.cells[p] && typeof sh.cells[p].v === 'number')) continue;
    const d = (c.fmt || '0.0').includes('.') ? (c.fmt.split('.')[1].replace('%', '').length) + (c.fmt.includes('%') ? 2 : 0) : 0;
    c.formula = `ROUND(${rel.num}/${rel.den}${rel.k !== 1 ? '*' + rel.k : ''},${d})`;
  }
}

// ---------- writing ----------
async function writeBook(bk, file, overrides) {
  const wb = new ExcelJS.Workbook(); wb.creator = 'Microsoft Office User';
  const thin = { style: 'thin' };
  for (const sh of bk.sheets) {
    const ws = wb.addWorksheet(sh.name);
    let maxC = 1;
    for (const [a, c] of Object.entries(sh.cells)) {
      const cell = ws.getCell(a);
      const key = `${sh.name}!${a}`;
      let v = overrides && key in overrides ? overrides[key] : c.v;
      if (c.formula && !(overrides && key in overrides)) cell.value = { formula: c.formula, result: v };
      else if (bk.o.textNums && typeof v === 'number' && c.num && !(c.fmt || '').includes('%') && bk.r2.chance(0.08)) cell.value = String(v);
      else cell.value = v === undefined ? null : v;
      if (c.fmt && typeof v === 'number') cell.numFmt = c.fmt;
      if (c.bold) cell.font = { bold: true, size: c.title ? 16 : 11, name: c.title ? '方正小标宋简体' : '宋体' };
      else cell.font = { name: '宋体', size: 11 };
      if (c.center) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      else if (c.right) cell.alignment = { horizontal: 'right' };
      else if (c.wrap) cell.alignment = { wrapText: false };
      if (c.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      maxC = Math.max(maxC, parseA(a).c);
    }
    for (const m of sh.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    for (let c = 1; c <= maxC; c++) ws.getColumn(c).width = c === 1 ? 16 : 11;
  }
  await wb.xlsx.writeFile(file);
}

// ---------- sets ----------
const LAYOUT_W = [['region', 25], ['field', 10], ['yoy', 15], ['indicators', 12], ['regioncols', 10], ['monthly', 9], ['months', 5], ['monthind', 5], ['stacked', 5], ['summary', 6], ['side', 4]];
function makeBook(seed, layout, hunt) {
  const bk = LAYOUTS[layout](seed, hunt);
  bk.layout = layout;
  bk.r2 = new R(seed * 7 + 1);
  return bk;
}
function checkClean(bk, rels) {
  const get = makeGetter(bk);
  for (const rel of rels) { const e = evalRel(rel, get(rel.sheet)); if (e !== null && e > 1e-9) return rel; }
  return null;
}
async function genSet(name, spec) {
  const dir = path.join(OUT, name); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(OUT, 'rel'), { recursive: true });
  const manifest = [], relOut = [];
  const r = new R(spec.seed);
  let n = 0; const fname = () => `${spec.prefix}${String(++n).padStart(3, '0')}.xlsx`;
  const kinds = ['total', 'part', 'rate', 'change', 'running'];
  let kindI = 0;
  const emit = async (bk, rels, p) => {
    const file = fname();
    const ov = p ? { [`${p.sheet}!${p.cell}`]: p.now } : null;
    if (p) { const sh = bk.sheets.find((s) => s.name === p.sheet); if (sh.cells[p.cell].formula) throw new Error('plant on formula'); }
    await writeBook(bk, path.join(dir, file), ov);
    manifest.push({ file, layout: bk.layout, feat: (bk.feat || []).join(';') + (bk.o.pct ? ';pct' : '') + (bk.o.textNums ? ';textNums' : '') + (bk.o.indentSlip ? ';indentSlip' : ''), plants: p ? [{ sheet: p.sheet, cell: p.cell, was: p.was, now: p.now, kind: p.kind, how: p.how }] : [] });
    relOut.push({ file, relations: rels.map(({ anchor, running, ...x }) => x) });
  };
  const KL = { running: [['months', 2], ['monthly', 2], ['monthind', 1]], change: [['yoy', 3], ['indicators', 2], ['monthind', 1], ['summary', 1], ['monthly', 1]], rate: [['region', 3], ['yoy', 1], ['indicators', 1], ['regioncols', 1], ['field', 1], ['summary', 1], ['stacked', 1]], total: LAYOUT_W, part: LAYOUT_W };
  for (let b = 0; b < spec.books; b++) {
    const twins = spec.twins(r, b);
    const wants = []; for (let t = 0; t < twins.planted; t++) wants.push(kinds[kindI++ % kinds.length]);
    let bk, rels, layout, plants;
    for (let attempt = 0; attempt < 40; attempt++) {
      layout = spec.layout ? spec.layout(r, b) : r.wpick(wants.length ? KL[wants[0]] : LAYOUT_W);
      const seed = spec.seed * 100000 + b * 100 + attempt;
      bk = makeBook(seed, layout, spec.hunt ? spec.hunt(r, b) : null);
      if (spec.textNums && r.chance(spec.textNums)) bk.o.textNums = true;
      rels = genRels(bk);
      const bad = checkClean(bk, rels);
      if (bad) throw new Error(`${name} book ${b} (${layout}) not clean: ${JSON.stringify(bad)}`);
      plants = wants.map((k, t) => plant(bk, new R(seed * 31 + t), rels, k));
      if (plants.every((p, t) => p && p.kind === wants[t]) && new Set(plants.map((p) => p.sheet + p.cell)).size === plants.length) break;
      if (attempt === 39) console.error(`${name} book ${b}: could not plant ${wants}`);
    }
    if (twins.clean) {
      if (spec.formulas && !twins.planted && r.chance(spec.formulas)) addFormulas(bk, rels, r);
      await emit(bk, rels, null);
    }
    for (const p of plants) if (p) await emit(bk, rels, p);
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(OUT, 'rel', name + '.json'), JSON.stringify(relOut));
  const pk = {}; for (const m of manifest) for (const p of m.plants) pk[p.kind] = (pk[p.kind] || 0) + 1;
  console.log(`${name}: ${manifest.length} books, ${manifest.filter((m) => !m.plants.length).length} clean, plants ${JSON.stringify(pk)}`);
}

const HUNT = {
  hunt1: { // header spellings, units in header / unit row, column orders, subtotal styles, period-over-measure headers
    layout: (r) => r.wpick([['region', 4], ['yoy', 6], ['field', 1], ['monthly', 5], ['monthind', 2], ['indicators', 3], ['regioncols', 2], ['side', 1]]),
    hunt: (r) => ({ names: true, pm: true, colGroups: true }),
  },
  hunt2: { // tiny and long tables, sparse rows, a member row typed without its indent
    layout: (r) => r.wpick([['region', 6], ['regioncols', 2], ['months', 1], ['field', 1], ['yoy', 1]]),
    hunt: (r) => ({ indentSlip: r.chance(0.4), ...r.wpick([[{ level: 'village' }, 3], [{ tiny: true, level: r.pick(['city', 'county']) }, 3], [{ level: 'county' }, 2], [{ level: 'province' }, 1]]) }),
  },
  hunt3: { // stacked, side-by-side, multi-sheet, summary+detail
    layout: (r) => r.wpick([['stacked', 4], ['summary', 3], ['months', 2], ['monthind', 2], ['regioncols', 2], ['side', 3]]),
    hunt: () => ({ colGroups: true }),
  },
  hunt4: { // everything, with formulas, numbers stored as text, percent formats
    layout: (r) => r.wpick(LAYOUT_W),
    hunt: (r) => ({ names: r.chance(0.5), pm: true }),
  },
};
async function main() {
  const want = process.argv.slice(2);
  const sets = want.length ? want : ['cases', 'probe'];
  for (const s of sets) {
    if (s === 'cases') await genSet('cases', { seed: 101, prefix: 'c', books: 20, twins: (r, b) => ({ clean: true, planted: b < 5 ? 2 : 1 }) });
    else if (s === 'probe') await genSet('probe', { seed: 202, prefix: 'p', books: 100, twins: (r, b) => (b % 2 === 0 ? { clean: true, planted: 0 } : { clean: false, planted: 1 }) });
    else if (HUNT[s]) { const h = HUNT[s]; const seed = 300 + Number(s.slice(4)); await genSet(s, { seed, prefix: 'h', books: 120, layout: h.layout, hunt: h.hunt, formulas: s === 'hunt4' ? 0.3 : 0.1, textNums: s === 'hunt4' ? 0.1 : 0, twins: () => ({ clean: true, planted: 0 }) }); }
  }
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
module.exports = { evalRel };
