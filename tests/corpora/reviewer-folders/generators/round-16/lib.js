// Shared helpers for round-16 generators: seeded random data, consistent models, exceljs writers.
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');
const fs = require('fs');
const path = require('path');

let seed = 16016;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function pick(arr) { return arr[Math.floor(rnd() * arr.length)]; }
function setSeed(s) { seed = s; }
function r1(x) { return Math.round(x * 10) / 10; }
function r2(x) { return Math.round(x * 100) / 100; }
function rate(num, den, d = 1) { if (!den) return 0; const f = Math.pow(10, d); return Math.round(num * 100 * f / den) / f; }

const TOWN_POOL = ['城关镇', '龙泉镇', '河口镇', '石桥镇', '马坊乡', '青龙乡', '东关街道', '西城街道', '新华街道', '桃源镇', '柳林镇', '黄土岭乡',
  '双河镇', '高桥镇', '古城镇', '官庄乡', '杨柳镇', '清水镇', '白鹤镇', '凤凰街道', '长乐镇', '太平乡', '永安镇', '金山街道', '南关街道',
  '三岔镇', '大营镇', '小河乡', '花园街道', '北门街道', '盘龙镇', '沙坪镇', '梅溪乡', '安仁镇', '乐平镇', '红旗街道', '南湖街道', '枫林镇'];
function towns(k) { const p = TOWN_POOL.slice(); const out = []; while (out.length < k) { const i = Math.floor(rnd() * p.length); out.push(p.splice(i, 1)[0]); } return out; }

// ---- models: additive keys + derived keys ----
const MODELS = {
  ent: { // 非公企业党组织覆盖
    add: ['n', 'own', 'dw', 'dzz', 'dzb', 'jo', 'jc', 'mem', 'nomem', 'zdy'],
    derive(r) { r.cov = r.own + r.jc; r.rate = rate(r.cov, r.n); r.rate2 = rate(r.cov, r.n, 2); r.owntot = r.own; return r; },
    gen(scale = 1) {
      const n = Math.round(ri(60, 260) * scale); const own = Math.floor(n * (0.12 + rnd() * 0.2));
      const dw = ri(0, Math.max(1, Math.floor(own / 15))); const dzz = ri(0, Math.max(1, Math.floor(own / 8))); const dzb = own - dw - dzz;
      const jo = ri(1, Math.max(2, Math.floor(n / 40))); let jo2 = jo; const jc = Math.min(n - own, jo * ri(2, 5)); if (jc < 2 * jo) jo2 = Math.floor(jc / 2);
      const mem = own * ri(6, 14) + jc * ri(1, 2); const nomem = Math.floor((n - own - jc) * (0.3 + rnd() * 0.4)); const zdy = ri(3, 20);
      return this.derive({ n, own, dw, dzz, dzb, jo: jo2, jc, mem, nomem, zdy });
    },
  },
  soc: { // 社会组织: 社会团体 + 民办非企业单位 + 基金会
    add: ['n', 'st', 'mf', 'jj', 'own', 'jo', 'jc', 'mem'],
    derive(r) { r.cov = r.own + r.jc; r.rate = rate(r.cov, r.n); return r; },
    gen(scale = 1) {
      const st = Math.round(ri(20, 90) * scale), mf = Math.round(ri(15, 80) * scale), jj = ri(0, 4); const n = st + mf + jj;
      const own = Math.floor(n * (0.08 + rnd() * 0.12)); let jo = ri(1, 6); const jc = Math.min(n - own, jo * ri(2, 6)); if (jc < 2 * jo) jo = Math.floor(jc / 2); const mem = own * ri(4, 9) + jc;
      return this.derive({ n, st, mf, jj, own, jo, jc, mem });
    },
  },
  help: { // 助企纾困
    add: ['bb', 'zf', 'sj', 'jj'],
    derive(r) { r.rate = rate(r.jj, r.sj); return r; },
    gen(scale = 1) { const bb = Math.round(ri(8, 40) * scale); const zf = bb * ri(3, 9); const sj = Math.round(ri(20, 160) * scale); const jj = sj - ri(0, Math.floor(sj / 6)); return this.derive({ bb, zf, sj, jj }); },
  },
  nomem: { // 无党员企业清零
    add: ['b', 'a'],
    derive(r) { r.d = r.b - r.a; r.rate = rate(r.d, r.b); return r; },
    gen(scale = 1) { const b = Math.round(ri(80, 400) * scale); const a = b - ri(Math.floor(b / 5), Math.floor(b * 0.7)); return this.derive({ b, a }); },
  },
  dev: { // 党员发展
    add: ['m0', 'nd', 'nf', 'ti', 'to'],
    derive(r) { r.m1 = r.m0 + r.nd + r.ti - r.to; r.share = rate(r.nf, r.nd); r.sharem0 = rate(r.nd, r.m0); return r; },
    gen(scale = 1) { const m0 = Math.round(ri(300, 1600) * scale); const nd = Math.round(ri(10, 60) * scale); const nf = ri(Math.floor(nd / 3), nd); const ti = ri(5, 40); const to = ri(2, 30); return this.derive({ m0, nd, nf, ti, to }); },
  },
};
function sumRows(rows, model) { const m = MODELS[model]; const t = {}; for (const k of m.add) t[k] = rows.reduce((s, r) => s + (r[k] || 0), 0); return m.derive(t); }
function genRows(labels, model, scale) { return labels.map(l => Object.assign({ label: l }, MODELS[model].gen(scale))); }

// ---- column letters ----
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
const FW = '０１２３４５６７８９';
function fullwidth(v) { return String(v).replace(/[0-9]/g, d => FW[+d]).replace('.', '．'); }
function thou(v) { return v >= 1000 ? v.toLocaleString('en-US') : v; }

// Cell value by format.
function cellVal(v, fmt, ctx) {
  if (v === null || v === undefined) return null;
  switch (fmt) {
    case 'thou': return thou(v);
    case 'fw': return fullwidth(v);
    case 'dash0': return v === 0 ? '—' : v;
    case 'pcttext': return v.toFixed(1) + '%';
    case 'pcttext2': return v.toFixed(2) + '%';
    default: return v;
  }
}

const thin = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/* writeTable(ws, spec) -> loc
 spec: {title, sub:[strings], labelHeader, seqCol:bool, cols:[{h:string|[parent,child], k, fmt, num, den, d}],
        rows:[{label,...}], total:{label, pos:'top'|'bottom', data}, notes:[..], startRow}
 rate columns: fmt 'rate' (number d decimals), 'pcttext', 'pctfrac' (fraction + percent format), 'formula' (ROUND formula) */
function writeTable(ws, spec) {
  const cols = spec.cols; const seq = !!spec.seqCol; const first = seq ? 2 : 1; const ncol = first + cols.length;
  let r = spec.startRow || 1;
  if (spec.title) { ws.getCell(r, 1).value = spec.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).font = { bold: true, size: 14 }; ws.getCell(r, 1).alignment = { horizontal: 'center' }; r++; }
  for (const s of spec.sub || []) { ws.getCell(r, 1).value = s; r++; }
  const two = cols.some(c => Array.isArray(c.h));
  const hr = r;
  if (seq) { ws.getCell(hr, 1).value = '序号'; if (two) ws.mergeCells(hr, 1, hr + 1, 1); }
  ws.getCell(hr, first).value = spec.labelHeader || '单位';
  if (two) ws.mergeCells(hr, first, hr + 1, first);
  let i = 0;
  while (i < cols.length) {
    const c = cols[i]; const cc = first + 1 + i;
    if (Array.isArray(c.h)) {
      let j = i; while (j + 1 < cols.length && Array.isArray(cols[j + 1].h) && cols[j + 1].h[0] === c.h[0]) j++;
      ws.getCell(hr, cc).value = c.h[0]; if (j > i) ws.mergeCells(hr, cc, hr, first + 1 + j);
      for (let k = i; k <= j; k++) ws.getCell(hr + 1, first + 1 + k).value = cols[k].h[1];
      i = j + 1;
    } else { ws.getCell(hr, cc).value = c.h; if (two) ws.mergeCells(hr, cc, hr + 1, cc); i++; }
  }
  for (let c = 1; c <= ncol; c++) { ws.getCell(hr, c).font = { bold: true }; ws.getCell(hr, c).alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' }; if (two) ws.getCell(hr + 1, c).alignment = { wrapText: true, horizontal: 'center' }; }
  r = hr + (two ? 2 : 1);
  const loc = { rowOf: {}, colOf: {}, sheet: ws.name };
  cols.forEach((c, idx) => { loc.colOf[c.k] = colL(first + 1 + idx); });
  let body = spec.rows.slice();
  const tot = spec.total ? Object.assign({ label: spec.total.label || '合计' }, spec.total.data) : null;
  const order = [];
  if (tot && spec.total.pos === 'top') order.push(tot);
  order.push(...body);
  if (tot && spec.total.pos !== 'top') order.push(tot);
  let n = 0;
  for (const row of order) {
    if (seq) ws.getCell(r, 1).value = row === tot ? '' : ++n;
    ws.getCell(r, first).value = row.display || row.label;
    loc.rowOf[row.label] = r;
    cols.forEach((c, idx) => {
      const cell = ws.getCell(r, first + 1 + idx); const v = row[c.k];
      if (v === undefined || v === null) { cell.value = c.blank === undefined ? null : c.blank; }
      else if (c.fmt === 'pctfrac') { cell.value = Math.round(v * 10) / 1000; cell.numFmt = c.d === 2 ? '0.00%' : '0.0%'; }
      else if (c.fmt === 'formula') {
        const a = loc.colOf[c.num] + r, b = loc.colOf[c.den] + r;
        cell.value = { formula: `IF(${b}=0,0,ROUND(${a}/${b}*100,${c.d || 1}))`, result: v }; cell.numFmt = c.d === 2 ? '0.00' : '0.0';
      } else if (c.fmt === 'rate' || c.fmt === undefined && /rate|share/.test(c.k)) { cell.value = v; cell.numFmt = (c.d === 2 ? '0.00' : '0.0'); }
      else cell.value = cellVal(v, c.fmt);
      cell.border = thin;
    });
    ws.getCell(r, first).border = thin;
    r++;
  }
  for (const nt of spec.notes || []) { ws.getCell(r, 1).value = nt; r++; }
  ws.getColumn(first).width = 16;
  loc.cell = (label, key) => { if (!(label in loc.rowOf)) throw new Error('no row ' + label); if (!(key in loc.colOf)) throw new Error('no col ' + key); return loc.colOf[key] + loc.rowOf[label]; };
  loc.lastRow = r - 1;
  return loc;
}

// Ledger: rows are objects; cols [{h,k}]
function writeLedger(ws, spec) {
  let r = 1;
  if (spec.title) { ws.getCell(r, 1).value = spec.title; ws.mergeCells(r, 1, r, spec.cols.length); ws.getCell(r, 1).font = { bold: true, size: 14 }; r++; }
  for (const s of spec.sub || []) { ws.getCell(r, 1).value = s; r++; }
  spec.cols.forEach((c, i) => { ws.getCell(r, i + 1).value = c.h; ws.getCell(r, i + 1).font = { bold: true }; });
  r++;
  const loc = { rowOf: [], colOf: {}, sheet: ws.name };
  spec.cols.forEach((c, i) => { loc.colOf[c.k] = colL(i + 1); });
  spec.rows.forEach((row, idx) => {
    spec.cols.forEach((c, i) => { const v = c.k === 'seq' ? idx + 1 : row[c.k]; ws.getCell(r, i + 1).value = v === undefined ? null : v; });
    loc.rowOf.push(r); r++;
  });
  for (const nt of spec.notes || []) { ws.getCell(r, 1).value = nt; r++; }
  loc.cell = (i, key) => loc.colOf[key] + loc.rowOf[i];
  return loc;
}

// ---- ledger generation ----
const NAME_A = ['鑫', '华', '宏', '兴', '盛', '达', '信', '恒', '通', '利', '源', '泰', '丰', '嘉', '瑞', '安', '康', '德', '金', '永', '博', '远', '昌', '佳', '辉', '润', '晟', '卓', '越', '顺'];
const NAME_B = ['机械', '纺织', '建材', '食品', '物流', '电子', '化工', '农业科技', '商贸', '医药', '包装', '汽配', '光电', '建筑', '服装', '新能源', '餐饮', '家具', '印务', '环保'];
const NAME_C = ['有限公司', '有限责任公司', '股份有限公司'];
let entSeq = 0;
function entName(prefix) { entSeq++; return prefix + pick(NAME_A) + pick(NAME_A) + pick(NAME_B) + pick(NAME_C); }
// enterprises of one town; returns list
function genLedger(countyShort, townList, perTown = [6, 16], kind = 'ent') {
  const out = [];
  for (const t of townList) {
    const k = ri(perTown[0], perTown[1]);
    const jointNames = [t.replace(/(镇|乡|街道)$/, '') + '非公企业联合党支部', t.replace(/(镇|乡|街道)$/, '') + '商会联合党支部'];
    const tn = t.replace(/(镇|乡|街道)$/, '');
    for (let i = 0; i < k; i++) {
      const x = rnd(); const e = { town: t, name: kind === 'ent' ? entName(countyShort + tn) : countyShort + tn + pick(['商会', '行业协会', '养老服务中心', '培训学校', '志愿者协会', '幼儿园', '文化促进会']) + (i + 1 > 1 ? '（' + (i + 1) + '）' : '') };
      e.emp = ri(12, 480);
      if (x < 0.3) { e.yn = '是'; e.mode = '单独'; e.mem = ri(3, 25); e.otype = e.mem >= 50 ? '党委' : (e.mem >= 20 && rnd() < 0.5 ? '党总支' : '党支部'); e.org = e.name.replace(/(有限责任公司|股份有限公司|有限公司)$/, '') + e.otype; }
      else if (x < 0.55) { e.yn = '是'; e.mode = '联合'; e.mem = ri(0, 2); e.otype = ''; e.org = pick(jointNames); }
      else { e.yn = '否'; e.mode = ''; e.mem = ri(0, 2); e.otype = ''; e.org = ''; }
      if (kind === 'soc') e.stype = pick(['社会团体', '民办非企业单位', '社会团体', '民办非企业单位']);
      out.push(e);
    }
    const mine = out.filter(e => e.town === t && e.mode === '联合');
    if (mine.length === 1) { const e = mine[0]; e.yn = '否'; e.mode = ''; e.org = ''; }
    else if (mine.length >= 2) { const used = {}; mine.forEach(e => used[e.org] = (used[e.org] || 0) + 1); for (const e of mine) if (used[e.org] === 1) { used[e.org]--; e.org = jointNames.find(n => used[n] >= 1) || jointNames[0]; used[e.org] = (used[e.org] || 0) + 1; } }
  }
  return out;
}
function summarizeLedger(list, label) {
  const r = { label, n: list.length, own: 0, dw: 0, dzz: 0, dzb: 0, jc: 0, mem: 0, nomem: 0, zdy: 0, st: 0, mf: 0, jj: 0 };
  const joint = new Set();
  for (const e of list) {
    if (e.mode === '单独') { r.own++; if (e.otype === '党委') r.dw++; else if (e.otype === '党总支') r.dzz++; else r.dzb++; }
    if (e.mode === '联合') { r.jc++; joint.add(e.town + '|' + e.org); }
    r.mem += e.mem; if (e.mem === 0) r.nomem++;
    if (e.stype === '社会团体') r.st++; if (e.stype === '民办非企业单位') r.mf++;
  }
  r.jo = joint.size;
  return MODELS.ent.derive(r);
}
function summarizeByTown(list, townList) { return townList.map(t => summarizeLedger(list.filter(e => e.town === t), t)); }

// ---- files ----
async function saveWb(wb, file) { fs.mkdirSync(path.dirname(file), { recursive: true }); await wb.xlsx.writeFile(file); }
function newWb() { const wb = new ExcelJS.Workbook(); wb.creator = 'Administrator'; return wb; }
function writeCsv(file, lines, enc = 'gbk') {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const txt = lines.map(l => l.map(v => v === null || v === undefined ? '' : String(v)).join(',')).join('\r\n') + '\r\n';
  fs.writeFileSync(file, enc === 'gbk' ? iconv.encode(txt, 'gbk') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(txt, 'utf8')]));
}

module.exports = { ExcelJS, iconv, rnd, ri, pick, setSeed, r1, r2, rate, towns, MODELS, sumRows, genRows, colL, writeTable, writeLedger, genLedger, summarizeLedger, summarizeByTown, saveWb, newWb, writeCsv, fullwidth, thou };
