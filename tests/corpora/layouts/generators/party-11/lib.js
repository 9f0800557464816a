// Shared helpers for the round-15 party-building sheet generator.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
let iconv = null;
try { iconv = require('iconv-lite'); } catch (e) { iconv = null; }

const OUT = path.join(__dirname, 'clean');

// deterministic RNG
function rng(seed) {
  let a = seed >>> 0;
  const f = () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  return f;
}
// round half up on the decimal value (avoid binary artefacts)
function r(x, d = 1) { const m = Math.pow(10, d); return Math.round(x * m + Math.sign(x) * 1e-7) / m; }
const pct = (a, b, d = 1) => (b ? r((a / b) * 100, d) : null);
const growth = (cur, last, d = 1) => (last ? r((cur / last - 1) * 100, d) : null);
const sum = (a) => a.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0);
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (row, col) => colL(col) + row;

const COUNTIES = ['铁西区', '和平区', '沈河区', '皇姑区', '大东区', '浑南区', '于洪区', '沈北新区', '苏家屯区', '辽中区', '康平县', '法库县', '新民市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '铁岭市', '朝阳市', '盘锦市', '葫芦岛市'];
const TOWNS = ['兴华街道', '霁虹街道', '凌空街道', '启工街道', '笃工街道', '工人村街道', '七路街道', '贵和街道', '昆明湖街道', '彰驿站镇', '高花镇', '翟家街道'];
const PARKS = ['经济技术开发区', '高新技术产业开发区', '综合保税区', '现代服务业集聚区', '临空经济区', '中德产业园'];
const BUILDINGS = ['华润大厦', '恒隆广场', '财富中心', '嘉里中心', '金廊大厦', '方圆大厦', '科技大厦', '国际商会大厦'];
const INDUSTRIES = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '租赁和商务服务业', '科学研究和技术服务业', '其他行业'];

// Sheet builder: rows as arrays (1-based placement from row/col offsets), merges, formats
class Sheet {
  constructor(wb, name) { this.ws = wb.addWorksheet(name); this.name = name; this.cursor = 1; this.plants = []; }
  set(row, col, v, fmt) {
    const c = this.ws.getCell(row, col);
    c.value = v === undefined ? null : v;
    if (fmt) c.numFmt = fmt;
    return c;
  }
  row(vals, opts = {}) { // write a row at cursor, return row number
    const rr = opts.at || this.cursor; const c0 = opts.col || 1;
    vals.forEach((v, i) => { if (v !== undefined) this.set(rr, c0 + i, v, opts.fmt && opts.fmt[i]); });
    if (!opts.at) this.cursor = rr + 1;
    return rr;
  }
  merge(r1, c1, r2, c2) { this.ws.mergeCells(r1, c1, r2, c2); }
  title(text, width) { const rr = this.row([text]); if (width > 1) this.merge(rr, 1, rr, width); this.ws.getCell(rr, 1).font = { bold: true, size: 14 }; this.ws.getCell(rr, 1).alignment = { horizontal: 'center' }; return rr; }
  line(text, width) { const rr = this.row([text]); if (width > 1) this.merge(rr, 1, rr, width); return rr; }
  plant(row, col, kind) { this.plants.push({ sheet: this.name, cell: addr(row, col), kind }); }
  widths(ws) { ws.forEach((w, i) => { this.ws.getColumn(i + 1).width = w; }); }
}

// Header helper: spec is array of levels; each level an array of [text, span] or null (merged from above)
// Simpler: give explicit grid (rows of cells, null = covered) + list of merges.
function header(sh, grid, merges) {
  const r0 = sh.cursor;
  grid.forEach((vals, i) => { vals.forEach((v, j) => { if (v !== null && v !== undefined) sh.set(r0 + i, j + 1, v); }); });
  merges.forEach(([a, b, c, d]) => sh.merge(r0 + a, b + 1, r0 + c, d + 1));
  for (let i = 0; i < grid.length; i++) for (let j = 0; j < grid[i].length; j++) { const c = sh.ws.getCell(r0 + i, j + 1); c.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' }; c.font = { bold: true }; }
  sh.cursor = r0 + grid.length;
  return r0;
}
// auto merges for a 2-row header: top = [[text, span]...] where span>1 means parent, bottom children list
function hdr2(sh, spec) { // spec: array of either 'text' (spans 2 rows) or [parent, [children]]
  const top = [], bot = [], merges = []; let col = 0;
  for (const s of spec) {
    if (typeof s === 'string') { top.push(s); bot.push(null); merges.push([0, col, 1, col]); col++; }
    else { const [p, ch] = s; top.push(p); for (let k = 1; k < ch.length; k++) top.push(null); ch.forEach((x) => bot.push(x)); if (ch.length > 1) merges.push([0, col, 0, col + ch.length - 1]); col += ch.length; }
  }
  return header(sh, [top, bot], merges);
}
// 3-row header: spec items: 'text' | [parent, [ 'child' | [child, [grandchildren]] ]]
function hdr3(sh, spec) {
  const g = [[], [], []], merges = []; let col = 0;
  for (const s of spec) {
    if (typeof s === 'string') { g[0][col] = s; merges.push([0, col, 2, col]); col++; continue; }
    const [p, ch] = s; const start = col;
    g[0][col] = p;
    for (const c of ch) {
      if (typeof c === 'string') { g[1][col] = c; merges.push([1, col, 2, col]); col++; }
      else { const [cp, gc] = c; g[1][col] = cp; if (gc.length > 1) merges.push([1, col, 1, col + gc.length - 1]); gc.forEach((x) => { g[2][col] = x; col++; }); }
    }
    if (col - start > 1) merges.push([0, start, 0, col - 1]);
  }
  const width = col; for (const row of g) for (let i = 0; i < width; i++) if (row[i] === undefined) row[i] = null;
  return header(sh, g, merges);
}

async function saveXlsx(wb, file) { await wb.xlsx.writeFile(path.join(OUT, file)); }
function csvCell(v) { if (v === null || v === undefined) return ''; const s = String(v); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function saveCsv(rows, file, enc = 'utf8') {
  const text = rows.map((rw) => rw.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const p = path.join(OUT, file);
  if (enc === 'gbk' && iconv) fs.writeFileSync(p, iconv.encode(text, 'gbk'));
  else fs.writeFileSync(p, (enc === 'bom' ? '\ufeff' : '') + text, 'utf8');
}
function signoff(sh, width, who = {}) {
  sh.cursor++;
  const rr = sh.row([`填报单位：${who.unit || '中共沈阳市铁西区委组织部'}`]);
  sh.set(rr, Math.max(3, Math.floor(width / 2)), `填报人：${who.by || '王丽'}`);
  if (width >= 5) sh.set(rr, width - 1, `审核人：${who.check || '李强'}`);
  sh.row([`填报日期：${who.date || '2025年7月8日'}`]);
}

// split a whole into n non-negative parts roughly by weights
function split(total, n, R, minEach = 0) {
  const w = Array.from({ length: n }, () => 0.3 + R());
  const ws = sum(w); const parts = w.map((x) => Math.max(minEach, Math.floor((total * x) / ws)));
  let diff = total - sum(parts); let i = 0;
  while (diff !== 0 && i < 10000) { const k = i % n; if (diff > 0) { parts[k]++; diff--; } else if (parts[k] > minEach) { parts[k]--; diff++; } i++; }
  return parts;
}

// a region's coverage figures, consistent: covered = own + jointCovered, own = 党委+党总支+党支部
function coverage(R, big = 1) {
  const ent = R.int(60, 500) * big;
  const own = R.int(Math.floor(ent * 0.12), Math.floor(ent * 0.3));
  const wei = R.int(0, Math.max(1, Math.floor(own * 0.06)));
  const zong = R.int(0, Math.max(1, Math.floor(own * 0.08)));
  const zhi = own - wei - zong;
  const joint = R.int(Math.max(1, Math.floor(ent * 0.04)), Math.max(2, Math.floor(ent * 0.1)));
  const jc = Math.min(ent - own, joint * R.int(2, 6));
  const covered = own + jc;
  const inst = R.int(Math.floor((ent - covered) * 0.5), ent - covered); // 派驻指导员覆盖
  const members = R.int(ent, ent * 3);
  const withMembers = Math.min(ent, covered + R.int(0, Math.floor((ent - covered) * 0.5)));
  return { ent, own, wei, zong, zhi, joint, jc, covered, inst, members, withMembers, noMembers: ent - withMembers };
}
function addCov(list) { const o = {}; for (const k of Object.keys(list[0])) o[k] = sum(list.map((x) => x[k])); return o; }

module.exports = { ExcelJS, rng, r, pct, growth, sum, colL, addr, COUNTIES, CITIES, TOWNS, PARKS, BUILDINGS, INDUSTRIES, Sheet, header, hdr2, hdr3, saveXlsx, saveCsv, signoff, split, coverage, addCov, iconv, OUT };
