// Generator for round 73B: post & telecom statistics workbooks. node gen.js
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(7303);
const rf = (a, b) => a + R() * (b - a);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function rd(x, d) { const m = Math.pow(10, d); return Math.round(x * m + (x >= 0 ? 1e-7 : -1e-7)) / m; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const fmt = (d, thou) => d ? (thou ? '#,##0.' : '0.') + '0'.repeat(d) : (thou ? '#,##0' : '0');

const PLACES = [
  { name: '南昌市', tot: '全市', level: 'city', subs: ['东湖区', '西湖区', '青云谱区', '青山湖区', '新建区', '红谷滩区', '南昌县', '安义县', '进贤县'] },
  { name: '赣州市', tot: '全市', level: 'city', subs: ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '龙南市', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市'] },
  { name: '株洲市', tot: '全市', level: 'city', subs: ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '醴陵市', '攸县', '茶陵县', '炎陵县'] },
  { name: '湖南省', tot: '全省', level: 'prov', subs: ['长沙市', '株洲市', '湘潭市', '衡阳市', '邵阳市', '岳阳市', '常德市', '张家界市', '益阳市', '郴州市', '永州市', '怀化市', '娄底市', '湘西自治州'] },
  { name: '江西省', tot: '全省', level: 'prov', subs: ['南昌市', '景德镇市', '萍乡市', '九江市', '新余市', '鹰潭市', '赣州市', '吉安市', '宜春市', '抚州市', '上饶市'] },
  { name: '宁乡市', tot: '全市', level: 'county', subs: ['玉潭街道', '白马桥街道', '城郊街道', '历经铺街道', '飞跃街道', '夏铎铺镇', '双江口镇', '灰汤镇', '煤炭坝镇', '道林镇', '花明楼镇', '东湖塘镇'] },
  { name: '九江市', tot: '合计', level: 'city', subs: ['濂溪区', '浔阳区', '柴桑区', '武宁县', '修水县', '永修县', '德安县', '都昌县', '湖口县', '彭泽县', '瑞昌市', '共青城市', '庐山市'] },
];

class Book {
  constructor() { this.wb = new ExcelJS.Workbook(); this.rels = []; this.cells = {}; }
}
class SW {
  constructor(book, name) { this.book = book; this.name = name; this.ws = book.wb.addWorksheet(name); }
  a(r, c) { return colL(c) + r; }
  put(r, c, v, o = {}) {
    const cell = this.ws.getCell(r, c); cell.value = v;
    if (typeof v === 'number') { const d = o.dec || 0; cell.numFmt = fmt(d, o.thou); this.book.cells[this.name + '!' + this.a(r, c)] = { v, dec: d, role: o.role || 'val' }; }
    if (o.indent) cell.alignment = { indent: o.indent };
    if (o.center) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (o.bold) cell.font = { bold: true };
    return this.a(r, c);
  }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); }
  rel(o) { o.sheet = this.name; this.book.rels.push(o); }
  title(r, text, ncol) { this.put(r, 1, text, { center: true, bold: true }); this.merge(r, 1, r, ncol); }
}

// ---------- data ----------
function regionData(level, isSub) {
  let pop;
  if (level === 'prov') pop = rf(120, 900); else if (level === 'city') pop = rf(15, 130); else pop = rf(2, 15);
  const d = { pop };
  d.mob = pop * rf(0.92, 1.38); d.gd = pop * rf(0.05, 0.22); d.gdc = d.gd * rf(0.5, 0.85); d.kd = pop * rf(0.26, 0.48);
  d.mob5g = d.mob * rf(0.3, 0.62); d.kdr = d.kd * rf(0.18, 0.5);
  d.yz = pop * rf(0.03, 0.09); d.dx = pop * rf(0.06, 0.16);
  d.kdyw = pop * rf(8, 90); d.kdsr = d.kdyw * rf(0.0008, 0.0013); d.hj = pop * rf(0.3, 2.2); d.jz = pop * rf(8, 26);
  d.ywsr = d.yz * rf(0.7, 0.95); d.dxsr = d.dx * rf(0.35, 0.6);
  return d;
}
// keys: definition
const K = {
  yd: { l: '邮电业务总量', en: 'Turnover of Post & Telecom', u: 'money' },
  yz: { l: '邮政业务总量', en: 'Postal Services', u: 'money' },
  dx: { l: '电信业务总量', en: 'Telecom Services', u: 'money' },
  kdyw: { l: '快递业务量', en: 'Express Delivery', u: '万件', d: 2 },
  kdsr: { l: '快递业务收入', en: 'Express Revenue', u: 'money' },
  hj: { l: '函件', en: 'Letters', u: '万件', d: 2 },
  gd: { l: '固定电话用户', en: 'Fixed-line Subscribers', u: '万户', d: 2 },
  gdc: { l: '城市', en: 'Urban', u: '万户', d: 2 },
  gdr: { l: '农村', en: 'Rural', u: '万户', d: 2 },
  mob: { l: '移动电话用户', en: 'Mobile Subscribers', u: '万户', d: 2 },
  mob5g: { l: '5G移动电话用户', en: '5G Subscribers', u: '万户', d: 2 },
  kd: { l: '互联网宽带接入用户', en: 'Broadband Subscribers', u: '万户', d: 2 },
  kdr: { l: '农村宽带接入用户', en: 'Rural Broadband', u: '万户', d: 2 },
  jz: { l: '5G基站数', en: '5G Base Stations', u: '个', d: 0 },
  pop: { l: '年末常住人口', en: 'Resident Population', u: '万人', d: 2 },
  dhpj: { l: '电话普及率', en: 'Telephone Penetration', u: '部/百人', d: 1, rate: true },
  ydpj: { l: '移动电话普及率', en: 'Mobile Penetration', u: '部/百人', d: 1, rate: true },
  wm: { l: '网民数', en: 'Internet Users', u: '万人', d: 2 },
  hlpj: { l: '互联网普及率', en: 'Internet Penetration', u: '%', d: 1, rate: true },
};
// round a record of raw values into published values; derived: yd, gdr, rates
function publish(raw, dec) {
  const p = {};
  for (const k of ['yz', 'dx', 'kdsr', 'kdyw', 'hj', 'gd', 'gdc', 'mob', 'mob5g', 'kd', 'kdr', 'jz', 'pop']) if (raw[k] !== undefined) p[k] = rd(raw[k] * (dec.scale[k] || 1), dec[k]);
  p.yd = rd(p.yz + p.dx, dec.yz); p.gdr = rd(p.gd - p.gdc, dec.gd);
  if (p.mob5g > p.mob) p.mob5g = rd(p.mob * 0.5, dec.mob);
  if (p.kdr > p.kd) p.kdr = rd(p.kd * 0.3, dec.kd);
  return p;
}
function addRates(p, rdec) { p.dhpj = rd((p.gd + p.mob) / p.pop * 100, rdec); p.ydpj = rd(p.mob / p.pop * 100, rdec); }
function sumRecs(recs, dec) {
  const t = {};
  for (const k of ['yz', 'dx', 'yd', 'kdsr', 'kdyw', 'hj', 'gd', 'gdc', 'gdr', 'mob', 'mob5g', 'kd', 'kdr', 'jz', 'pop']) {
    const dk = { yd: dec.yz, gdr: dec.gd }[k] ?? dec[k];
    t[k] = rd(recs.reduce((s, r) => s + (r[k] || 0), 0), dk);
  }
  return t;
}
function mkDec(level) {
  const money = level === 'county' ? { u: '万元', d: 0, s: 10000 } : pick([{ u: '亿元', d: 2, s: 1 }, { u: '万元', d: 0, s: 10000 }, { u: '亿元', d: 2, s: 1 }]);
  const ud = level === 'prov' ? pick([1, 2]) : 2;
  const dec = { yz: money.d, dx: money.d, kdsr: money.d, kdyw: pick([2, 1]), hj: 2, gd: ud, gdc: ud, mob: ud, mob5g: ud, kd: ud, kdr: ud, jz: 0, pop: 2, scale: { yz: money.s, dx: money.s, kdsr: money.s } };
  dec.moneyU = money.u; dec.rate = chance(0.85) ? 1 : 2;
  return dec;
}
function decOf(k, dec) { if (k === 'yd') return dec.yz; if (k === 'gdr') return dec.gd; if (K[k].rate) return dec.rate; return dec[k]; }
function unitOf(k, dec) { return K[k].u === 'money' ? dec.moneyU : K[k].u; }

// ---------- relation helpers for a record laid out in cells ----------
// addrOf(key) -> address or null. registers within-record relations
function recordRels(sw, addrOf, opts = {}) {
  const A = (k) => addrOf(k);
  if (A('yd') && A('yz') && A('dx')) sw.rel({ t: 'sum', total: A('yd'), parts: [A('yz'), A('dx')] });
  if (A('gd') && A('gdc') && A('gdr')) sw.rel({ t: 'sum', total: A('gd'), parts: [A('gdc'), A('gdr')] });
  else if (A('gd') && A('gdc')) sw.rel({ t: 'le', part: A('gdc'), whole: A('gd') });
  if (A('mob') && A('mob5g')) sw.rel({ t: 'le', part: A('mob5g'), whole: A('mob') });
  if (A('kd') && A('kdr')) sw.rel({ t: 'le', part: A('kdr'), whole: A('kd') });
  if (A('pop') && A('dhpj') && A('gd') && A('mob')) sw.rel({ t: 'rate', out: A('dhpj'), num: [A('gd'), A('mob')], den: A('pop'), k: 100, dec: opts.rdec });
  if (A('pop') && A('ydpj') && A('mob')) sw.rel({ t: 'rate', out: A('ydpj'), num: [A('mob')], den: A('pop'), k: 100, dec: opts.rdec });
}

const NOTES = ['注：电话普及率、移动电话普及率按年末常住人口计算。', '资料来源：市通信发展管理办公室、市邮政管理局。', '注：邮电业务总量按2020年不变单价计算。', '资料来源：省通信管理局、省邮政管理局。', '注：本表快递业务量不含邮政集团包裹业务。', '注：“—”表示无该项数据，“…”表示数据不详。'];

// ---------- A. region table (regions as rows) ----------
function gRegion(book, sname, ctx, opt = {}) {
  const { place, year } = ctx; const dec = ctx.dec;
  const colsets = [['yd', 'yz', 'dx', 'gd', 'mob', 'kd'], ['gd', 'gdc', 'gdr', 'mob', 'kd', 'jz'], ['pop', 'gd', 'mob', 'dhpj', 'ydpj'], ['yd', 'yz', 'dx', 'kdyw', 'kdsr', 'hj'], ['mob', 'mob5g', 'kd', 'kdr', 'jz'], ['yz', 'dx', 'yd', 'gd', 'mob', 'pop', 'ydpj']];
  const cols = opt.cols || pick(colsets);
  const regs = ctx.regs;
  const sw = new SW(book, sname);
  const bil = chance(0.3), grouped = chance(0.5), totTop = chance(0.65);
  const ncol = cols.length + 1;
  let r = 1;
  sw.title(r++, opt.title || `${year}年${place.level === 'prov' ? '各市（州）' : '各县（市、区）'}邮电通信主要指标`, ncol);
  if (chance(0.5)) sw.title(r++, `Main Indicators of Post and Telecommunications by Region (${year})`, ncol);
  const unitsInHeader = chance(0.6);
    const h1 = r;
  // header
  sw.put(h1, 1, bil ? '地区\nRegion' : '地区', { center: true });
  const groups = { yd: '业务总量', yz: '业务总量', dx: '业务总量', gd: '固定电话用户', gdc: '固定电话用户', gdr: '固定电话用户' };
  let hrows = 1;
  if (grouped && cols.some((k) => groups[k])) {
    hrows = 2; let c = 2;
    while (c <= ncol) {
      const k = cols[c - 2], g = groups[k];
      if (g) {
        let e = c; while (e + 1 <= ncol && groups[cols[e - 1]] === g) e++;
        const gl = g === '业务总量' ? `业务总量（${dec.moneyU}）` : g === '固定电话用户' && cols.includes('gdc') ? '固定电话用户（万户）' : g;
        if (e > c) {
          sw.put(h1, c, gl, { center: true }); sw.merge(h1, c, h1, e);
          for (let j = c; j <= e; j++) { const kk = cols[j - 2]; sw.put(h1 + 1, j, kk === 'gd' ? '合计' : kk === 'gdc' ? '城市' : kk === 'gdr' ? '农村' : K[kk].l, { center: true }); }
          c = e + 1; continue;
        }
      }
      sw.put(h1, c, K[k].l + (unitsInHeader ? `（${unitOf(k, dec)}）` : ''), { center: true }); sw.merge(h1, c, h1 + 1, c); c++;
    }
    sw.merge(h1, 1, h1 + 1, 1);
  } else {
    cols.forEach((k, i) => sw.put(h1, i + 2, (k === 'gdc' ? '其中：城市' : k === 'gdr' ? '农村' : K[k].l) + (unitsInHeader ? `（${unitOf(k, dec)}）` : '') + (bil ? '\n' + K[k].en : ''), { center: true }));
  }
  r = h1 + hrows;
  if (!unitsInHeader) { sw.put(r, 1, '计量单位'); cols.forEach((k, i) => sw.put(r, i + 2, unitOf(k, dec), { center: true })); r++; }
  if (bil && hrows === 2) { sw.put(r, 1, 'Region'); cols.forEach((k, i) => sw.put(r, i + 2, K[k].en)); r++; }
  const addr = {}; // region index -> key -> addr ; 'T' for total
  const dist = regs.map((g, i) => (/区$/.test(g.name) ? i : -1)).filter((i) => i >= 0);
  const useSub = place.level === 'city' && dist.length >= 2 && dist.length < regs.length && chance(0.6);
  let rowOrder = totTop ? ['T', ...regs.map((_, i) => i)] : [...regs.map((_, i) => i), 'T'];
  const subRec = useSub ? sumRecs(dist.map((i) => regs[i].p), dec) : null; if (subRec) addRates(subRec, dec.rate);
  if (useSub) { const rest = regs.map((_, i) => i).filter((i) => !dist.includes(i)); rowOrder = ['T', 'S', ...dist, ...rest]; }
  const dashCol = chance(0.2) && cols.includes('jz') ? 'jz' : null; const dashRow = ri(0, regs.length - 1);
  for (const idx of rowOrder) {
    const rec = idx === 'T' ? ctx.tot : idx === 'S' ? subRec : regs[idx].p;
    const label = idx === 'T' ? (bil ? `${place.tot} Total` : place.tot) : idx === 'S' ? pick(['市区', '市辖区', '#市区']) : useSub && dist.includes(idx) ? '　' + regs[idx].name : regs[idx].name;
    sw.put(r, 1, label, idx === 'T' ? { bold: true } : { indent: 1 });
    addr[idx] = {};
    cols.forEach((k, i) => {
      let v = rec[k];
      if (idx !== 'T' && k === dashCol && i >= 0 && idx === dashRow && rec[k] === 0) v = '—';
      addr[idx][k] = sw.put(r, i + 2, v, { dec: decOf(k, dec), thou: dec.moneyU === '万元' && K[k].u === 'money' });
    });
    r++;
  }
  // relations
  for (const idx of Object.keys(addr)) recordRels(sw, (k) => addr[idx][k] || null, { rdec: dec.rate });
  for (const k of cols) if (!K[k].rate) sw.rel({ t: 'sum', total: addr.T[k], parts: regs.map((_, i) => addr[i][k]) });
  if (useSub) for (const k of cols) if (!K[k].rate) sw.rel({ t: 'sum', total: addr.S[k], parts: dist.map((i) => addr[i][k]) });
  r++;
  const nn = ri(0, 2); for (let i = 0; i < nn; i++) sw.put(r++, 1, NOTES[ri(0, NOTES.length - 1)]);
  sw.ws.getColumn(1).width = 14;
  return sw;
}

// ---------- B. indicator table, years as columns (or rows) ----------
function yearSeries(level, dec, years, n) {
  // returns array of published records for the place as a whole
  const base = regionData(level === 'county' ? 'city' : level === 'city' ? 'prov' : 'prov');
  if (level === 'prov') for (const k in base) base[k] *= rf(3, 8);
  const out = [];
  let cur = { ...base };
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      cur = { ...cur };
      cur.pop *= rf(0.995, 1.008); cur.gd *= rf(0.9, 0.98); cur.gdc = cur.gd * rf(0.55, 0.85); cur.mob *= rf(1.01, 1.06); cur.kd *= rf(1.03, 1.1);
      cur.mob5g = cur.mob * Math.min(0.7, 0.08 + 0.15 * i); cur.kdr = cur.kd * rf(0.2, 0.45);
      cur.yz *= rf(1.04, 1.22); cur.dx *= rf(1.05, 1.25); cur.kdyw *= rf(1.08, 1.35); cur.kdsr = cur.kdyw * rf(0.0008, 0.0012); cur.hj *= rf(0.8, 0.97); cur.jz *= rf(1.4, 2.5);
    }
    const p = publish(cur, dec); addRates(p, dec.rate);
    if (years[i] < 2020) { p.mob5g = '—'; p.jz = '—'; }
    out.push(p);
  }
  return out;
}
const IND_ROWS = [
  ['yd', 0], ['yz', 1], ['dx', 1], ['kdyw', 0], ['kdsr', 0], ['hj', 0], ['gd', 0], ['gdc', 1], ['gdr', 1], ['mob', 0], ['mob5g', 1], ['kd', 0], ['kdr', 1], ['jz', 0], ['pop', 0], ['dhpj', 0], ['ydpj', 0],
];
function rowLabel(k, ind, style, first) {
  const base = k === 'gdc' ? '城市' : k === 'gdr' ? '农村' : k === 'mob5g' ? '5G移动电话用户' : k === 'kdr' ? '农村宽带接入用户' : K[k].l;
  if (!ind) return base;
  if (style === 'hash') return '#' + base;
  if (style === 'qz') return (first ? '其中：' : '　　　') + base;
  return '　　' + base;
}
function pickRows(withPop) {
  let rows = IND_ROWS.filter(() => true);
  if (!withPop) rows = rows.filter(([k]) => k !== 'pop');
  // drop some optional rows randomly
  const drop = new Set(); for (const k of ['kdsr', 'hj', 'kdr', 'mob5g', 'jz', 'kdyw']) if (chance(0.3)) drop.add(k);
  if (chance(0.3)) { drop.add('gdc'); drop.add('gdr'); }
  if (chance(0.2)) { drop.add('yz'); drop.add('dx'); }
  if (!withPop && chance(0.3)) { drop.add('dhpj'); drop.add('ydpj'); }
  return rows.filter(([k]) => !drop.has(k));
}
function gYears(book, sname, ctx) {
  const { place } = ctx; const dec = ctx.dec;
  const n = ri(3, 6); const Y = ctx.year; const years = Array.from({ length: n }, (_, i) => Y - n + 1 + i);
  const ser = yearSeries(place.level, dec, years, n);
  const withPop = chance(0.6); const rows = pickRows(withPop); const style = pick(['hash', 'qz', 'sp']);
  const pctFmt = chance(0.4);
  if (withPop && chance(0.6)) {
    rows.push(['wm', 0], ['hlpj', 0]);
    ser.forEach((p) => { p.wm = rd(p.pop * rf(0.62, 0.82), 2); p.hlpj = pctFmt ? rd(p.wm / p.pop, 3) : rd(p.wm / p.pop * 100, 1); });
  }
  const sw = new SW(book, sname); const bil = chance(0.25);
  const transposed = chance(0.3);
  const addGrowth = !transposed && chance(0.5);
  let r = 1;
  if (!transposed) {
    const ncol = 2 + n + (addGrowth ? 1 : 0);
    sw.title(r++, `${place.name}邮电通信业主要指标（${years[0]}—${Y}年）`, ncol);
    sw.put(h(r), 1, bil ? '指标\nIndicator' : '指标', { center: true }); sw.put(r, 2, bil ? '计量单位\nUnit' : '计量单位', { center: true });
    const yStr = chance(0.6); years.forEach((y, i) => sw.put(r, 3 + i, yStr ? `${y}年` : y, { center: true }));
    if (addGrowth) sw.put(r, 3 + n, `${Y}年比上年增长（%）`, { center: true });
    r++;
    const cell = {}; // year index -> key -> addr
    years.forEach((_, i) => (cell[i] = {}));
    const gcell = {};
    let firstInd = true;
    for (const [k, ind] of rows) {
      sw.put(r, 1, rowLabel(k, ind, style, firstInd) + (bil ? ' ' + K[k].en : ''), ind && style === 'sp' ? { indent: 2 } : {});
      firstInd = ind ? false : true;
      sw.put(r, 2, unitOf(k, dec), { center: true });
      years.forEach((_, i) => { cell[i][k] = sw.put(r, 3 + i, ser[i][k], { dec: decOf(k, dec) }); });
      if (addGrowth) {
        const a = ser[n - 1][k], b = ser[n - 2][k];
        if (K[k].rate || typeof b !== 'number' || typeof a !== 'number') sw.put(r, 3 + n, '—');
        else { gcell[k] = sw.put(r, 3 + n, rd((a / b - 1) * 100, 1), { dec: 1 }); sw.rel({ t: 'growth', out: gcell[k], cur: cell[n - 1][k], prev: cell[n - 2][k], dec: 1 }); }
      }
      r++;
    }
    years.forEach((_, i) => recordRels(sw, (k) => (typeof ser[i][k] === 'number' ? cell[i][k] : null) || null, { rdec: dec.rate }));
    if (ser[0].wm !== undefined) years.forEach((_, i) => { sw.rel({ t: 'rate', out: cell[i].hlpj, num: [cell[i].wm], den: cell[i].pop, k: pctFmt ? 1 : 100, dec: pctFmt ? 3 : 1 }); if (pctFmt) sw.ws.getCell(cell[i].hlpj).numFmt = '0.0%'; });
  } else {
    const keys = rows.map(([k]) => k);
    const ncol = 1 + keys.length;
    sw.title(r++, `${place.name}历年邮电通信主要指标`, ncol);
    sw.put(r, 1, '年份', { center: true }); sw.merge(r, 1, r + 1, 1);
    keys.forEach((k, i) => { sw.put(r, 2 + i, rowLabel(k, rows[i][1], 'qz', !rows[i - 1] || !rows[i - 1][1]).trim() + (bil ? '\n' + K[k].en : ''), { center: true }); sw.put(r + 1, 2 + i, `（${unitOf(k, dec)}）`, { center: true }); });
    r += 2;
    years.forEach((y, i) => {
      sw.put(r, 1, `${y}年`);
      const cell = {};
      keys.forEach((k, j) => { cell[k] = sw.put(r, 2 + j, ser[i][k], { dec: decOf(k, dec) }); });
      recordRels(sw, (k) => (typeof ser[i][k] === 'number' ? cell[k] : null) || null, { rdec: dec.rate });
      if (cell.wm) { sw.rel({ t: 'rate', out: cell.hlpj, num: [cell.wm], den: cell.pop, k: pctFmt ? 1 : 100, dec: pctFmt ? 3 : 1 }); if (pctFmt) sw.ws.getCell(cell.hlpj).numFmt = '0.0%'; }
      r++;
    });
  }
  r++;
  if (chance(0.6)) sw.put(r++, 1, pick(NOTES));
  if (chance(0.4)) sw.put(r++, 1, '资料来源：' + pick(['中国电信、中国移动、中国联通分公司，市邮政管理局', '省通信管理局', '市邮政分公司、市通信管理办公室']));
  sw.ws.getColumn(1).width = 26;
  return sw;
}
function h(r) { return r; }

// ---------- C. two-year comparison ----------
function gTwoYear(book, sname, ctx) {
  const { place } = ctx; const dec = ctx.dec; const Y = ctx.year;
  const ser = yearSeries(place.level, dec, [Y - 1, Y], 2);
  const withPop = chance(0.6); const rows = pickRows(withPop); const style = pick(['hash', 'qz', 'sp']);
  const sw = new SW(book, sname); const bil = chance(0.3);
  const order = chance(0.6) ? [1, 0] : [0, 1]; // 1 = current year
  const withDiff = chance(0.45), withGrowth = !withDiff || chance(0.7);
  const lab = chance(0.3) ? { 1: '本年', 0: '上年' } : { 1: `${Y}年`, 0: `${Y - 1}年` };
  const ncol = 4 + (withDiff ? 1 : 0) + (withGrowth ? 1 : 0);
  let r = 1;
  sw.title(r++, `${Y}年${place.name}邮电通信业主要指标`, ncol);
  if (chance(0.4)) { sw.put(r, ncol, '（单位见计量单位栏）'); r++; }
  const hr = r;
  sw.put(r, 1, bil ? '指标\nIndicator' : '指标', { center: true }); sw.put(r, 2, bil ? '计量单位\nUnit' : '计量单位', { center: true });
  let c = 3; const cc = {};
  for (const o of order) { cc[o] = c; sw.put(r, c++, lab[o] + (bil ? `\n${o ? Y : Y - 1}` : ''), { center: true }); }
  if (withDiff) { cc.d = c; sw.put(r, c++, bil ? '增减\nChange' : '增减', { center: true }); }
  if (withGrowth) { cc.g = c; sw.put(r, c++, bil ? '增长（%）\nGrowth (%)' : pick(['增长（%）', '比上年增长（%）', '增速（%）']), { center: true }); }
  r++;
  const cell = { 0: {}, 1: {} };
  let firstInd = true;
  for (const [k, ind] of rows) {
    sw.put(r, 1, rowLabel(k, ind, style, firstInd), ind && style === 'sp' ? { indent: 2 } : {});
    firstInd = ind ? false : true;
    sw.put(r, 2, unitOf(k, dec), { center: true });
    for (const o of [0, 1]) cell[o][k] = sw.put(r, cc[o], ser[o][k], { dec: decOf(k, dec) });
    const a = ser[1][k], b = ser[0][k]; const dk = decOf(k, dec);
    if (withDiff) {
      if (typeof a === 'number' && typeof b === 'number') { const ad = sw.put(r, cc.d, rd(a - b, dk), { dec: dk }); sw.rel({ t: 'diff', out: ad, cur: cell[1][k], prev: cell[0][k], dec: dk }); }
      else sw.put(r, cc.d, '—');
    }
    if (withGrowth) {
      if (K[k].rate || typeof a !== 'number' || typeof b !== 'number' || b === 0) sw.put(r, cc.g, '—');
      else { const ag = sw.put(r, cc.g, rd((a / b - 1) * 100, 1), { dec: 1 }); sw.rel({ t: 'growth', out: ag, cur: cell[1][k], prev: cell[0][k], dec: 1 }); }
    }
    r++;
  }
  for (const o of [0, 1]) recordRels(sw, (k) => (typeof ser[o][k] === 'number' ? cell[o][k] : null) || null, { rdec: dec.rate });
  r++;
  if (chance(0.6)) sw.put(r++, 1, pick(NOTES));
  sw.ws.getColumn(1).width = 26;
  return sw;
}

// ---------- D. structure / share table ----------
function gShare(book, sname, ctx) {
  const { place } = ctx; const Y = ctx.year; const sw = new SW(book, sname);
  const kind = pick(['express', 'telecom', 'express']);
  let items; // [label, indentLevel, children idx]
  const scale = place.level === 'prov' ? 30 : place.level === 'city' ? 4 : 0.5;
  let unit, d;
  if (kind === 'express') {
    unit = '万件'; d = pick([2, 1]);
    const prev = [rf(0.1, 0.25), rf(0.7, 0.85), rf(0.003, 0.02)].map((x) => x * scale * 10000 * rf(0.9, 1.1));
    const cur = prev.map((x) => x * rf(1.05, 1.35));
    items = { title: `${Y}年${place.name}快递业务量构成`, unit, head: '项目', tot: '快递业务量', parts: ['同城', '异地', '国际及港澳台'], prev, cur, nest: null };
  } else {
    unit = '亿元'; d = 2;
    const prevL = [rf(3, 5), rf(10, 14), rf(8, 14), rf(25, 40), rf(5, 9)].map((x) => x * scale);
    const cur = prevL.map((x) => x * rf(0.9, 1.2));
    items = { title: `${Y}年${place.name}电信业务收入构成`, unit, head: '业务', tot: '电信业务收入', parts: ['固定语音业务', '固定数据及互联网业务', '移动语音业务', '移动数据及互联网业务', '其他业务'], prev: prevL, cur, nest: [['固定通信业务收入', [0, 1]], ['移动通信业务收入', [2, 3]]] };
  }
  const P = items.prev.map((x) => rd(x, d)), C = items.cur.map((x) => rd(x, d));
  const nested = items.nest && chance(0.6);
  const twoShares = chance(0.4); const shareDiff = twoShares && chance(0.6);
  const cols = ['lab', 'p', 'c', 'g', ...(twoShares ? ['sp', 'sc'] : ['sc']), ...(shareDiff ? ['sd'] : [])];
  let r = 1; sw.title(r++, items.title, cols.length);
  sw.put(r, cols.length, `单位：${unit}`); r++;
  const ci = Object.fromEntries(cols.map((k, i) => [k, i + 1]));
  const mh = twoShares;
  if (mh) {
    sw.put(r, 1, items.head, { center: true }); sw.merge(r, 1, r + 1, 1);
    sw.put(r, ci.p, `${Y - 1}年`, { center: true }); sw.merge(r, ci.p, r + 1, ci.p);
    sw.put(r, ci.c, `${Y}年`, { center: true }); sw.merge(r, ci.c, r + 1, ci.c);
    sw.put(r, ci.g, '增长（%）', { center: true }); sw.merge(r, ci.g, r + 1, ci.g);
    sw.put(r, ci.sp, '比重（%）', { center: true }); sw.merge(r, ci.sp, r, ci.sc);
    sw.put(r + 1, ci.sp, `${Y - 1}年`, { center: true }); sw.put(r + 1, ci.sc, `${Y}年`, { center: true });
    if (shareDiff) { sw.put(r, ci.sd, '比重增减（百分点）', { center: true }); sw.merge(r, ci.sd, r + 1, ci.sd); }
    r += 2;
  } else {
    sw.put(r, 1, items.head); sw.put(r, ci.p, `${Y - 1}年`); sw.put(r, ci.c, `${Y}年`); sw.put(r, ci.g, '增长（%）'); sw.put(r, ci.sc, '比重（%）'); r++;
  }
  // rows: total, (nested groups), parts
  const rowsSpec = [];
  const TP = rd(P.reduce((a, b) => a + b, 0), d), TC = rd(C.reduce((a, b) => a + b, 0), d);
  rowsSpec.push({ label: items.tot + (chance(0.5) ? '合计' : ''), p: TP, c: TC, id: 'T' });
  if (nested) {
    items.nest.forEach(([gl, idxs], gi) => {
      rowsSpec.push({ label: gl, p: rd(idxs.reduce((s, i) => s + P[i], 0), d), c: rd(idxs.reduce((s, i) => s + C[i], 0), d), id: 'G' + gi, ind: 1 });
      idxs.forEach((i) => rowsSpec.push({ label: items.parts[i], p: P[i], c: C[i], id: 'P' + i, ind: 2, g: 'G' + gi }));
    });
    const rest = items.parts.map((_, i) => i).filter((i) => !items.nest.some(([, ix]) => ix.includes(i)));
    rest.forEach((i) => rowsSpec.push({ label: items.parts[i], p: P[i], c: C[i], id: 'P' + i, ind: 1 }));
  } else items.parts.forEach((l, i) => rowsSpec.push({ label: (i === 0 ? '其中：' : '　　　') + l, p: P[i], c: C[i], id: 'P' + i, ind: 1 }));
  const A = {};
  for (const s of rowsSpec) {
    sw.put(r, 1, s.label, s.ind ? { indent: s.ind } : { bold: true });
    A[s.id] = { p: sw.put(r, ci.p, s.p, { dec: d }), c: sw.put(r, ci.c, s.c, { dec: d }) };
    A[s.id].g = sw.put(r, ci.g, rd((s.c / s.p - 1) * 100, 1), { dec: 1 });
    sw.rel({ t: 'growth', out: A[s.id].g, cur: A[s.id].c, prev: A[s.id].p, dec: 1 });
    const shc = rd(s.c / TC * 100, 1), shp = rd(s.p / TP * 100, 1);
    A[s.id].sc = sw.put(r, ci.sc, s.id === 'T' ? 100 : shc, { dec: 1 });
    sw.rel({ t: 'share', out: A[s.id].sc, part: A[s.id].c, total: A.T.c, dec: 1 });
    if (twoShares) { A[s.id].sp = sw.put(r, ci.sp, s.id === 'T' ? 100 : shp, { dec: 1 }); sw.rel({ t: 'share', out: A[s.id].sp, part: A[s.id].p, total: A.T.p, dec: 1 }); }
    if (shareDiff) { A[s.id].sd = sw.put(r, ci.sd, s.id === 'T' ? 0 : rd(shc - shp, 1), { dec: 1 }); sw.rel({ t: 'diff', out: A[s.id].sd, cur: A[s.id].sc, prev: A[s.id].sp, dec: 1 }); }
    r++;
  }
  const leaf = rowsSpec.filter((s) => s.id.startsWith('P')); const top = rowsSpec.filter((s) => s.id.startsWith('G') || (s.id.startsWith('P') && !s.g));
  for (const y of ['p', 'c']) {
    sw.rel({ t: 'sum', total: A.T[y], parts: (nested ? top : leaf).map((s) => A[s.id][y]) });
    if (nested) for (const g of rowsSpec.filter((s) => s.id.startsWith('G'))) sw.rel({ t: 'sum', total: A[g.id][y], parts: leaf.filter((s) => s.g === g.id).map((s) => A[s.id][y]) });
  }
  r++; if (chance(0.5)) sw.put(r++, 1, '注：比重按各项占合计的百分比计算，因四舍五入，分项比重之和可能不等于100。');
  sw.ws.getColumn(1).width = 24;
  return sw;
}

// ---------- E. regions as columns (sideways) ----------
function gSideways(book, sname, ctx) {
  const { place, year } = ctx; const dec = ctx.dec; const regs = ctx.regs;
  const keys = pick([['yd', 'yz', 'dx', 'gd', 'gdc', 'gdr', 'mob', 'kd', 'pop', 'dhpj', 'ydpj'], ['yd', 'yz', 'dx', 'kdyw', 'gd', 'mob', 'kd', 'jz'], ['gd', 'gdc', 'gdr', 'mob', 'mob5g', 'kd', 'pop', 'ydpj']]);
  const sw = new SW(book, sname); const ncol = 2 + 1 + regs.length;
  let r = 1; sw.title(r++, `${year}年分县（市、区）邮电通信情况`, ncol);
  sw.put(r, 1, '指标', { center: true }); sw.put(r, 2, '计量单位', { center: true }); sw.put(r, 3, place.tot, { center: true });
  regs.forEach((g, i) => sw.put(r, 4 + i, g.name, { center: true })); r++;
  const addr = { T: {} }; regs.forEach((_, i) => (addr[i] = {}));
  let first = true;
  for (const k of keys) {
    const ind = ['yz', 'dx', 'gdc', 'gdr', 'mob5g'].includes(k);
    sw.put(r, 1, rowLabel(k, ind, 'qz', first)); first = !ind; sw.put(r, 2, unitOf(k, dec));
    addr.T[k] = sw.put(r, 3, ctx.tot[k], { dec: decOf(k, dec) });
    regs.forEach((g, i) => (addr[i][k] = sw.put(r, 4 + i, g.p[k], { dec: decOf(k, dec) })));
    if (!K[k].rate) sw.rel({ t: 'sum', total: addr.T[k], parts: regs.map((_, i) => addr[i][k]) });
    r++;
  }
  for (const idx of Object.keys(addr)) recordRels(sw, (k) => addr[idx][k] || null, { rdec: dec.rate });
  r++; if (chance(0.5)) sw.put(r++, 1, pick(NOTES));
  return sw;
}

// ---------- F. continued table (rows split; total in first part) ----------
function gContinued(book, sname, ctx) {
  const { place, year } = ctx; const dec = ctx.dec; const regs = ctx.regs;
  const cols = pick([['yd', 'yz', 'dx', 'kdyw', 'gd', 'mob', 'kd'], ['gd', 'mob', 'kd', 'jz', 'pop', 'dhpj'], ['yz', 'kdyw', 'kdsr', 'hj']]);
  const same = chance(0.5);
  const sw1 = new SW(book, sname); const sw2 = same ? sw1 : new SW(book, sname + '（续）');
  const k1 = Math.ceil(regs.length / 2);
  const ncol = cols.length + 1;
  const addr = {};
  function header(sw, r, cont) {
    if (cont) { sw.put(r, 1, `续表`, { bold: true }); r++; }
    else { sw.title(r++, `${year}年${place.level === 'prov' ? '各市州' : '各县市区'}邮电通信业务`, ncol); sw.put(r++, ncol, chance(0.5) ? '' : `单位：见表头`); }
    sw.put(r, 1, '地区', { center: true }); cols.forEach((k, i) => sw.put(r, i + 2, `${K[k].l}\n（${unitOf(k, dec)}）`, { center: true }));
    return r + 1;
  }
  let r = header(sw1, 1, false);
  sw1.put(r, 1, place.tot, { bold: true }); addr.T = {}; cols.forEach((k, i) => (addr.T[k] = sw1.put(r, i + 2, ctx.tot[k], { dec: decOf(k, dec) }))); r++;
  const put = (sw, i) => { sw.put(r, 1, regs[i].name, { indent: 1 }); addr[i] = {}; cols.forEach((k, j) => (addr[i][k] = (sw === sw1 ? '' : sw.name + '!') + sw.put(r, j + 2, regs[i].p[k], { dec: decOf(k, dec) }))); r++; };
  for (let i = 0; i < k1; i++) put(sw1, i);
  if (same) { r += 2; } else r = 1;
  r = header(sw2, r, true);
  for (let i = k1; i < regs.length; i++) put(sw2, i);
  for (const k of cols) if (!K[k].rate) sw1.rel({ t: 'sum', total: addr.T[k], parts: regs.map((_, i) => addr[i][k]) });
  for (const idx of Object.keys(addr)) {
    // within-record relations: addresses may carry sheet prefix; register on sw1 (prefix makes them absolute)
    recordRels(sw1, (k) => addr[idx][k] || null, { rdec: dec.rate });
  }
  r++; sw2.put(r++, 1, pick(NOTES));
  return sw1;
}

// ---------- H. regions with two years, growth, share ----------
function gRegionGrowth(book, sname, ctx) {
  const { place, year } = ctx; const dec = ctx.dec; const regs = ctx.regs;
  const k = pick(['kdyw', 'kdsr', 'mob', 'kd', 'jz', 'yd']); const dk = decOf(k, dec);
  const sw = new SW(book, sname); const order = chance(0.5) ? ['c', 'p'] : ['p', 'c'];
  const withShare = chance(0.7), withDiff = chance(0.3);
  const cols = [...order, 'g', ...(withDiff ? ['d'] : []), ...(withShare ? ['s'] : [])];
  const ncol = cols.length + 1; let r = 1;
  sw.title(r++, `${year}年各地${K[k].l}`, ncol); sw.put(r, ncol, `单位：${unitOf(k, dec)}`); r++;
  sw.put(r, 1, '地区', { center: true }); sw.merge(r, 1, r + 1, 1);
  sw.put(r, 2, K[k].l, { center: true }); sw.merge(r, 2, r, ncol);
  const L = { c: `${year}年`, p: `${year - 1}年`, g: '增长（%）', d: '增减', s: '比重（%）' };
  cols.forEach((c, i) => sw.put(r + 1, i + 2, L[c], { center: true })); r += 2;
  const cur = regs.map((g) => g.p[k]); const prev = cur.map((v) => rd(v / rf(0.95, 1.45), dk));
  const TC = ctx.tot[k], TP = rd(prev.reduce((a, b) => a + b, 0), dk);
  const A = {};
  const rows = [['T', place.tot, TC, TP], ...regs.map((g, i) => [i, g.name, cur[i], prev[i]])];
  for (const [id, name, c, p] of rows) {
    sw.put(r, 1, name, id === 'T' ? { bold: true } : { indent: 1 }); A[id] = {};
    cols.forEach((cc, j) => {
      const v = cc === 'c' ? c : cc === 'p' ? p : cc === 'g' ? rd((c / p - 1) * 100, 1) : cc === 'd' ? rd(c - p, dk) : id === 'T' ? 100 : rd(c / TC * 100, 1);
      A[id][cc] = sw.put(r, j + 2, v, { dec: cc === 'g' || cc === 's' ? 1 : dk, thou: dk === 0 && v > 9999 });
    });
    sw.rel({ t: 'growth', out: A[id].g, cur: A[id].c, prev: A[id].p, dec: 1 });
    if (withDiff) sw.rel({ t: 'diff', out: A[id].d, cur: A[id].c, prev: A[id].p, dec: dk });
    if (withShare) sw.rel({ t: 'share', out: A[id].s, part: A[id].c, total: A.T.c, dec: 1 });
    r++;
  }
  for (const cc of ['c', 'p', ...(withDiff ? ['d'] : [])]) sw.rel({ t: 'sum', total: A.T[cc], parts: regs.map((_, i) => A[i][cc]) });
  r++; if (chance(0.5)) sw.put(r++, 1, '注：比重为各地占' + place.tot + '的百分比。');
  return sw;
}

// ---------- G. bulletin: absolute + growth (previous year not shown) ----------
function gBulletin(book, sname, ctx) {
  const { place } = ctx; const dec = ctx.dec; const Y = ctx.year;
  const ser = yearSeries(place.level, dec, [Y - 1, Y], 2);
  const rows = pickRows(false).filter(([k]) => !K[k].rate);
  const sw = new SW(book, sname); let r = 1;
  sw.title(r++, `${Y}年${place.name}国民经济和社会发展统计公报：邮电通信`, 4);
  sw.put(r, 1, '指标'); sw.put(r, 2, '单位'); sw.put(r, 3, '绝对数'); sw.put(r, 4, '比上年增长（%）'); r++;
  const cell = {}; let first = true;
  for (const [k, ind] of rows) {
    sw.put(r, 1, rowLabel(k, ind, 'hash', first)); first = !ind; sw.put(r, 2, unitOf(k, dec));
    cell[k] = sw.put(r, 3, ser[1][k], { dec: decOf(k, dec) });
    const a = ser[1][k], b = ser[0][k];
    sw.put(r, 4, typeof a === 'number' && typeof b === 'number' ? rd((a / b - 1) * 100, 1) : '—', { dec: 1, role: 'free' });
    r++;
  }
  recordRels(sw, (k) => (typeof ser[1][k] === 'number' ? cell[k] : null) || null, { rdec: dec.rate });
  r++; sw.put(r++, 1, '注：增长速度按可比口径计算。');
  return sw;
}

function regionsFor(place, dec, n) {
  const subs = place.subs.slice(0, n || place.subs.length);
  const regs = subs.map((name) => { const raw = regionData(place.level === 'prov' ? 'prov' : place.level === 'county' ? 'county' : 'city'); const p = publish(raw, dec); return { name, p }; });
  if (place.level === 'prov') regs.forEach((g) => { for (const k of ['yz', 'dx', 'kdsr']) g.p[k] = rd(g.p[k] * 1, dec[k]); });
  const tot = sumRecs(regs.map((g) => g.p), dec);
  regs.forEach((g) => addRates(g.p, dec.rate)); addRates(tot, dec.rate);
  return { regs, tot };
}

// ---------- planting ----------
function plant(book) {
  const rels = book.rels.filter((x) => x.t !== 'le' || chance(0.5));
  const rel = pick(rels.length ? rels : book.rels);
  const roleCells = (x) => x.t === 'sum' ? [{ a: x.total, kind: 'total' }, ...x.parts.map((a) => ({ a, kind: 'part' }))] : x.t === 'le' ? [{ a: x.part, kind: 'exceed', whole: x.whole }] : x.t === 'rate' ? [{ a: x.out, kind: 'rate' }] : x.t === 'growth' ? [{ a: x.out, kind: 'growth' }] : x.t === 'share' ? [{ a: x.out, kind: 'share' }] : [{ a: x.out, kind: 'diff' }];
  const c = pick(roleCells(rel));
  const full = c.a.includes('!') ? c.a : rel.sheet + '!' + c.a;
  const info = book.cells[full];
  if (!info || typeof info.v !== 'number') return null;
  const [sn, ad] = full.split('!');
  const old = info.v, d = info.dec, u = Math.pow(10, -d);
  let nv;
  if (c.kind === 'part' || c.kind === 'total') {
    const mode = pick(['pct', 'pct', 'swap', 'exceedq']);
    if (mode === 'swap') { const s = String(old); const ds = s.replace('.', ''); const i = ri(0, Math.max(0, ds.length - 2)); if (ds.length >= 2 && ds[i] !== ds[i + 1]) { const arr = ds.split(''); [arr[i], arr[i + 1]] = [arr[i + 1], arr[i]]; const t = arr.join(''); nv = Number(s.includes('.') ? t.slice(0, s.indexOf('.')) + '.' + t.slice(s.indexOf('.')) : t); } }
    if (nv === undefined) nv = rd(old * (chance(0.5) ? rf(1.04, 1.3) : rf(0.7, 0.96)), d);
    if (Math.abs(nv - old) < 2 * u) nv = rd(old + 5 * u, d);
  } else if (c.kind === 'exceed') {
    const w = book.cells[c.whole.includes('!') ? c.whole : rel.sheet + '!' + c.whole].v; nv = rd(w * rf(1.05, 1.3) + u, d);
  } else if (c.kind === 'rate') nv = rd(old + (chance(0.5) ? 1 : -1) * rf(0.8, 6), d);
  else if (c.kind === 'growth') nv = Math.abs(old) > 1.5 && chance(0.3) ? -old : rd(old + (chance(0.5) ? 1 : -1) * rf(1.5, 7), 1);
  else if (c.kind === 'share') nv = rd(old + (chance(0.5) ? 1 : -1) * rf(1.2, 5), 1);
  else nv = rd(old + (chance(0.5) ? 1 : -1) * Math.max(rf(2, 8) * Math.abs(old) / 10, 3 * u), d);
  if (nv === old || (nv < 0 && c.kind !== 'growth' && c.kind !== 'diff')) return null;
  book.wb.getWorksheet(sn).getCell(ad).value = nv;
  book.cells[full].v = nv;
  return { sheet: sn, cell: ad, note: `${c.kind} in ${rel.t} relation: ${old} -> ${nv}` };
}

async function makeBook(file, planted) {
  const book = new Book();
  const place = pick(PLACES); const year = ri(2019, 2024); const dec = mkDec(place.level);
  const n = place.subs.length > 12 && chance(0.4) ? undefined : undefined;
  const { regs, tot } = regionsFor(place, dec, n);
  const ctx = { place, year, dec, regs, tot };
  const gens = [gRegion, gYears, gTwoYear, gShare, gSideways, gContinued, gBulletin, gRegion, gTwoYear, gYears, gRegionGrowth, gRegionGrowth];
  const ns = pick([1, 1, 2, 2, 3]);
  if (chance(0.15)) { const sw = new SW(book, '说明'); sw.put(1, 1, '本章资料主要反映全市邮政、电信业发展情况。'); sw.put(2, 1, '邮电业务总量自2020年起按2020年不变单价计算。'); }
  let t = ri(1, 8);
  const used = new Set();
  for (let i = 0; i < ns; i++) {
    let g = pick(gens); while (used.has(g) && used.size < 6) g = pick(gens); used.add(g);
    const name = pick([`表${t}`, `9-${t}`, `表${t}-1`]); t++;
    if (book.wb.getWorksheet(name)) continue;
    g(book, name, ctx);
  }
  if (!book.rels.length) gRegion(book, `表${t}`, ctx);
  let p = null;
  if (planted) { for (let k = 0; k < 20 && !p; k++) p = plant(book); if (!p) throw new Error('plant failed ' + file); }
  await book.wb.xlsx.writeFile(file);
  return { p, rels: book.rels };
}

(async () => {
  const dir = __dirname;
  for (const [sub, pre, N, seed] of [['cases', 'c', 46, 7303], ['probe', 'p', 100, 9917]]) {
    R = mulberry32(seed);
    const man = [], relsAll = {};
    for (let i = 1; i <= N; i++) {
      const f = `${sub}/${pre}${String(i).padStart(3, '0')}.xlsx`;
      const planted = i % 2 === 0;
      const { p, rels } = await makeBook(path.join(dir, f), planted);
      man.push(p ? { file: f, planted: { sheet: p.sheet, cell: p.cell }, note: p.note } : { file: f, planted: null });
      relsAll[f] = rels;
    }
    fs.writeFileSync(path.join(dir, sub === 'cases' ? 'manifest.json' : 'probe/manifest.json'), JSON.stringify(man, null, 1));
    fs.writeFileSync(path.join(dir, sub === 'cases' ? 'relations.json' : 'probe/relations.json'), JSON.stringify(relsAll));
  }
})();
