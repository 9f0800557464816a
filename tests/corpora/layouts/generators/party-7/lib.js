// Shared helpers for round-7 party-building sheet generators.
// Usage: const L = require('./lib'); run with NODE_PATH=/work/main/node_modules
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const CLEAN = path.join(__dirname, '../../party-7');
const ROOT = fs.mkdtempSync(path.join(require('os').tmpdir(), 'party-7-planted-'));
const PLANTED = path.join(ROOT, 'planted');
const MANI = path.join(ROOT, 'manifests');
for (const d of [CLEAN, PLANTED, MANI]) fs.mkdirSync(d, { recursive: true });

// ---------- deterministic random ----------
function rng(seed) {
  let a = seed >>> 0;
  const f = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.shuffle = (arr) => {
    const a2 = arr.slice();
    for (let i = a2.length - 1; i > 0; i--) {
      const j = Math.floor(f() * (i + 1));
      [a2[i], a2[j]] = [a2[j], a2[i]];
    }
    return a2;
  };
  // split n into k non-negative integer parts, proportional to random weights
  f.split = (n, k, minEach = 0) => {
    const w = Array.from({ length: k }, () => 0.2 + f());
    const base = minEach * k;
    if (base > n) throw new Error('split: n too small');
    const rest = n - base;
    const sw = w.reduce((s, x) => s + x, 0);
    const parts = w.map((x) => Math.floor((rest * x) / sw));
    let left = rest - parts.reduce((s, x) => s + x, 0);
    let i = 0;
    while (left > 0) { parts[i % k]++; left--; i++; }
    return parts.map((p) => p + minEach);
  };
  return f;
}

// ---------- exact arithmetic ----------
const sum = (arr) => arr.reduce((s, x) => s + x, 0);
// num/den*mult rounded half up to d decimals, using integer arithmetic
function ratio(num, den, d = 1, mult = 100) {
  if (den === 0) return null;
  const scale = 10 ** d;
  // value*scale = num*mult*scale/den ; half up
  const n = num * mult * scale;
  const q = Math.floor((2 * n + den) / (2 * den));
  return q / scale;
}
const rate = (num, den, d = 1) => ratio(num, den, d, 100);
const permille = (num, den, d = 1) => ratio(num, den, d, 1000);
// growth % = (cur - prev)/prev*100, half up away from zero for negatives
function growth(cur, prev, d = 1) {
  if (prev === 0) return null;
  const diff = cur - prev;
  const r = ratio(Math.abs(diff), prev, d, 100);
  return diff < 0 ? -r : r;
}
function avg(num, den, d = 1) { return ratio(num, den, d, 1); }

// ---------- names ----------
const COUNTIES = ['青山县', '柳河县', '石门县', '桐溪县', '凤台县', '龙泉县', '白沙县', '清水县', '云岭县', '东湖区', '西林区', '南屏区',
  '北坪区', '松阳县', '梅江县', '枫桥县', '安澜县', '兴隆县', '丰源县', '宁远县', '瑞溪县', '长亭区', '金河区', '玉屏县', '鹤峰县',
  '望江县', '临泉县', '永和县', '泰宁县', '乐平区', '康定区', '阳川县', '岳池县', '双溪县', '红岩区', '黛山县', '沙坪区', '荷塘区'];
const CITIES = ['江州市', '临川市', '云澜市', '峰城市', '河阳市', '南陵市', '北溪市', '宁州市', '泽原市', '嘉禾市', '沧浪市', '青州市'];
const TOWNS = ['城关镇', '河口镇', '新桥镇', '石桥镇', '黄田镇', '李家镇', '马坪乡', '杨柳乡', '东关街道', '西关街道', '南门街道',
  '北门街道', '高岭镇', '白鹤镇', '沙河镇', '太平乡', '永安镇', '龙井乡', '双河镇', '古塘镇', '花园街道', '兴业街道', '长乐镇',
  '大坪乡', '桃源镇', '麻溪镇', '柏树乡', '青龙镇', '岭下镇', '樟树镇', '梧桐街道', '滨江街道'];
const CO_A = ['华', '宏', '鑫', '恒', '瑞', '嘉', '博', '天', '中', '远', '信', '诚', '佳', '盛', '汇', '德', '明', '泰', '丰', '源'];
const CO_B = ['达', '通', '利', '兴', '昌', '安', '润', '祥', '源', '宇', '科', '锦', '联', '成', '和', '海', '光', '新', '辉', '邦'];
const CO_C = ['机械制造有限公司', '电子科技有限公司', '纺织有限公司', '建材有限公司', '物流有限公司', '食品有限公司', '商贸有限公司',
  '新材料股份有限公司', '信息技术有限公司', '建筑工程有限公司', '医药有限公司', '汽车配件有限公司', '包装有限公司', '农业开发有限公司'];
function companyNames(r, n, prefix = '') {
  const seen = new Set();
  const out = [];
  while (out.length < n) {
    const nm = prefix + r.pick(CO_A) + r.pick(CO_B) + r.pick(CO_C);
    if (!seen.has(nm)) { seen.add(nm); out.push(nm); }
  }
  return out;
}
function take(r, arr, n) { return r.shuffle(arr).slice(0, n); }


// disjoint name pools per workbook id (so that no two workbooks share a place name)
const SY1 = '青柳石桐凤龙白清云松梅枫安兴丰宁瑞长金玉鹤望临永泰乐康阳岳双红黛沙荷碧翠'.split('');
const SY2 = '山河门溪台泉沙水岭阳江桥澜隆源远川亭城屏峰平宁和定池岩坪塘湖林浦口冈'.split('');
function combos(seed) {
  const all = [];
  for (const a of SY1) for (const b2 of SY2) if (a !== b2) all.push(a + b2);
  return rng(seed).shuffle(all);
}
const P_COUNTY = combos(7001), P_CITY = combos(7002), P_TOWN = combos(7003);
function names(id) {
  const cs = (id < 48 ? P_COUNTY.slice(id * 25, id * 25 + 25) : P_CITY.slice(900 + (id - 48) * 25, 925 + (id - 48) * 25)).map((x, i) => x + (i % 4 === 3 ? '区' : '县'));
  const ci = P_CITY.slice(id * 12, id * 12 + 12).map((x) => x + '市');
  const tw = (id <= 40 ? P_TOWN.slice(id * 30, id * 30 + 30) : P_CITY.slice(600 + (id - 41) * 30, 600 + (id - 40) * 30)).map((x, i) => x + (i % 5 === 4 ? '街道' : i % 7 === 5 ? '乡' : '镇'));
  return { counties: cs, cities: ci, towns: tw };
}

// ---------- workbook spec ----------
function colName(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(c, r) { return colName(c) + r; }
function parseAddr(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  let c = 0; for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { c, r: +m[2] };
}

class Sheet {
  constructor(name, opts = {}) {
    this.name = name; this.rows = []; this.merges = []; this.opts = opts; this.fmts = {}; this.bold = new Set();
    this.indent = {}; this.tableStart = null; this.tableEnd = null;
  }
  // append row; returns its 1-based row number. values: number|string|null|Date|{v,z}
  row(values, o = {}) {
    this.rows.push(values);
    const r = this.rows.length;
    if (o.bold) this.bold.add(r);
    return r;
  }
  merge(range) { this.merges.push(range); }
  fmt(a, z) { this.fmts[a] = z; }
  colFmt(c, fromRow, toRow, z) { for (let r = fromRow; r <= toRow; r++) this.fmts[addr(c, r)] = z; }
  get(a) { const { c, r } = parseAddr(a); return (this.rows[r - 1] || [])[c - 1]; }
  set(a, v) { const { c, r } = parseAddr(a); while (this.rows.length < r) this.rows.push([]); this.rows[r - 1][c - 1] = v; }
  table(from, to) { this.tableStart = from; this.tableEnd = to; }
}
class Book {
  constructor() { this.sheets = []; }
  sheet(name, opts) { const s = new Sheet(name, opts); this.sheets.push(s); return s; }
  clone() {
    const b = new Book();
    for (const s of this.sheets) {
      const t = b.sheet(s.name, s.opts);
      t.rows = s.rows.map((r) => r.slice()); t.merges = s.merges.slice(); t.fmts = { ...s.fmts }; t.bold = new Set(s.bold);
      t.tableStart = s.tableStart; t.tableEnd = s.tableEnd;
    }
    return b;
  }
}

const thin = { style: 'thin', color: { argb: 'FF000000' } };
async function writeXlsx(book, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'county org dept';
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((vals, i) => {
      const r = i + 1;
      (vals || []).forEach((v, j) => {
        if (v === undefined) return;
        const cell = ws.getCell(r, j + 1);
        let val = v;
        if (v && typeof v === 'object' && !(v instanceof Date) && ('v' in v || 'f' in v)) {
          if ('f' in v) val = { formula: v.f, result: v.v }; else val = v.v;
          if (v.z) cell.numFmt = v.z;
        }
        cell.value = val;
        if (s.tableStart && r >= s.tableStart && r <= s.tableEnd) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
        if (s.bold.has(r)) cell.font = { bold: true };
      });
    });
    for (const [a, z] of Object.entries(s.fmts)) ws.getCell(a).numFmt = z;
    for (const m of s.merges) ws.mergeCells(m);
    if (s.opts && s.opts.widths) s.opts.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    if (s.tableStart && s.tableEnd) {
      // borders for cells inside merged table header that are empty
      const maxC = Math.max(...s.rows.slice(s.tableStart - 1, s.tableEnd).map((r) => (r ? r.length : 0)));
      for (let r = s.tableStart; r <= s.tableEnd; r++) for (let c = 1; c <= maxC; c++) {
        const cell = ws.getCell(r, c);
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      }
    }
  }
  await wb.xlsx.writeFile(file);
}

function cellText(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'v' in v) {
    if (v.z && typeof v.v === 'number') {
      const m = /0\.(0+)/.exec(v.z); return m ? v.v.toFixed(m[1].length) : String(v.v);
    }
    return String(v.v);
  }
  return String(v);
}
function writeCsv(book, file) {
  const s = book.sheets[0];
  const lines = s.rows.map((r) => (r || []).map((v) => {
    let t = cellText(v);
    if (/[",\n]/.test(t)) t = '"' + t.replace(/"/g, '""') + '"';
    return t;
  }).join(','));
  fs.writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');
}

// ---------- planting ----------
function decimalsOf(v, z) {
  if (z) { const m = /0\.(0+)/.exec(z); return m ? m[1].length : 0; }
  const s = String(v); const i = s.indexOf('.'); return i < 0 ? 0 : s.length - i - 1;
}
function plantValue(orig, how) {
  let v = orig, z = null, wrapped = false;
  if (orig && typeof orig === 'object' && 'v' in orig) { v = orig.v; z = orig.z; wrapped = true; }
  let text = null;
  if (typeof v === 'string') { text = v; v = Number(v.replace(/,/g, '').replace(/%$/, '')); }
  if (typeof v !== 'number' || Number.isNaN(v)) throw new Error('cannot plant non-number ' + JSON.stringify(orig));
  const d = decimalsOf(text !== null ? text.replace(/%$/, '') : v, z);
  let nv;
  if (how === 'plus7') nv = v + 7;
  else {
    const f = how === 'pct10' ? 1.1 : 1.07;
    const sc = 10 ** d;
    nv = Math.round(v * f * sc) / sc;
    if (nv === v) nv = v + (d ? 1 / sc : 1) * 7;
  }
  nv = Math.round(nv * 10 ** d) / 10 ** d;
  let out = nv;
  if (text !== null) {
    let t = nv.toFixed(d);
    if (/,/.test(text)) t = Number(t).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
    if (/%$/.test(text)) t += '%';
    out = t;
  }
  if (wrapped) return { newCell: { ...orig, v: out, f: undefined }, nv: out, ov: text !== null ? text : v };
  return { newCell: out, nv: out, ov: text !== null ? text : v };
}

const manifest = [];
async function emit(base, book, plant, opts = {}) {
  const ext = opts.csv ? '.csv' : '.xlsx';
  const cf = path.join(CLEAN, base + ext);
  const pf = path.join(PLANTED, base + ext);
  if (opts.csv) writeCsv(book, cf); else await writeXlsx(book, cf);
  if (plant) {
    const pb = book.clone();
    const s = pb.sheets.find((x) => x.name === plant.sheet) || pb.sheets[0];
    const orig = s.get(plant.cell);
    const { newCell, nv, ov } = plantValue(orig, plant.how || 'pct7');
    if (newCell && typeof newCell === 'object') delete newCell.f;
    s.set(plant.cell, newCell);
    if (opts.csv) writeCsv(pb, pf); else await writeXlsx(pb, pf);
    manifest.push({ file: base + ext, sheet: opts.csv ? base : s.name, cell: plant.cell, original: ov, new: nv, kind: plant.kind, note: plant.note || '' });
  }
}
function saveManifest(genName) {
  fs.writeFileSync(path.join(MANI, genName + '.json'), JSON.stringify(manifest, null, 1));
}

module.exports = {
  ROOT, rng, sum, ratio, rate, permille, growth, avg, COUNTIES, CITIES, TOWNS, companyNames, take,
  colName, addr, parseAddr, names, Book, emit, saveManifest, writeXlsx, writeCsv,
};
