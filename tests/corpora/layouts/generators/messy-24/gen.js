// Generator for round24-messy: clean/ and planted/ workbooks + manifest.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
let seed = 24024;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
const r1 = (x) => Math.round(x * 10 + 1e-9) / 10;

const TOWNS = ['城关镇', '河口镇', '新集镇', '柳林镇', '高桥乡', '石门镇', '龙泉街道', '东城街道', '白沙乡', '清水镇', '马坊镇', '双河乡', '枣林镇', '太平乡', '黄岗镇', '杨集镇', '王庄乡', '桃源街道', '北关街道', '青山镇'];
const INDUSTRIES = ['制造业', '建筑业', '批发和零售业', '住宿和餐饮业', '信息技术服务业', '其他行业'];

function town(name, zeroy) {
  const c = zeroy && rnd() < 0.5 ? 0 : ri(0, 3), g = zeroy && rnd() < 0.5 ? 0 : ri(0, 4), b = ri(4, 45);
  const j = zeroy && rnd() < 0.4 ? 0 : ri(0, 5), jc = j * ri(2, 5);
  const own = c + g + b, cov = own + jc, E = cov + ri(8, 160);
  const S = ri(6, 70), Scov = ri(1, S), Sj = ri(0, 2);
  const members = own * ri(3, 9) + jc * ri(1, 3);
  const Elast = Math.max(cov, E + ri(-20, 25));
  return { name, c, g, b, own, j, jc, cov, E, S, Scov, members, Elast };
}
function sumT(name, arr) {
  const o = { name };
  for (const k of ['c', 'g', 'b', 'own', 'j', 'jc', 'cov', 'E', 'S', 'Scov', 'members', 'Elast']) o[k] = arr.reduce((s, t) => s + t[k], 0);
  return o;
}
// ---------- number styles ----------
const FW = '０１２３４５６７８９';
function fmtCount(n, st, none) {
  if (n === 0 && none !== undefined) return none;
  switch (st) {
    case 'num': return n;
    case 'text': return String(n);
    case 'comma': return n >= 1000 ? n.toLocaleString('en-US') : String(n);
    case 'fw': return String(n).split('').map((d) => FW[+d]).join('');
    case 'space': return ' ' + n + ' ';
    case 'dec0': return n.toFixed(1);
    case 'paren': return n < 0 ? '(' + (-n) + ')' : String(n);
    default: return n;
  }
}
function fmtRate(x, st) {
  switch (st) {
    case 'num': return r1(x);
    case 'text': return r1(x).toFixed(1);
    case 'pct': return r1(x).toFixed(1) + '%';
    case 'frac': return { v: Math.round(x * 10) / 1000, numFmt: '0.0%' };
    case 'int': return Math.round(x);
    default: return r1(x);
  }
}
function mixStyle(base) { return base === 'mix' ? pick(['num', 'text', 'comma', 'space', 'num', 'fw']) : base; }

// ---------- column sets ----------
// a column: {h: header (string or [top, sub]), f: (t)=>value, kind:'count'|'rate'}
const COL = {
  E: (h = '企业数') => ({ h, key: 'E', kind: 'count' }),
  cov: (h = '已建立党组织企业数') => ({ h, key: 'cov', kind: 'count' }),
  rate: (h = '覆盖率（%）') => ({ h, kind: 'rate', num: 'cov', den: 'E' }),
  c: (h = '党委') => ({ h, key: 'c', kind: 'count' }),
  g: (h = '党总支') => ({ h, key: 'g', kind: 'count' }),
  b: (h = '党支部') => ({ h, key: 'b', kind: 'count' }),
  own: (h = '党组织数') => ({ h, key: 'own', kind: 'count' }),
  j: (h = '联合党组织数') => ({ h, key: 'j', kind: 'count' }),
  jc: (h = '联合党组织覆盖企业数') => ({ h, key: 'jc', kind: 'count' }),
  m: (h = '党员数') => ({ h, key: 'members', kind: 'count' }),
  S: (h = '社会组织数') => ({ h, key: 'S', kind: 'count' }),
  Scov: (h = '已建立党组织的社会组织数') => ({ h, key: 'Scov', kind: 'count' }),
  Srate: (h = '覆盖率（%）') => ({ h, kind: 'rate', num: 'Scov', den: 'S' }),
  Elast: (h = '上年末企业数') => ({ h, key: 'Elast', kind: 'count' }),
  dE: (h = '比上年末增减') => ({ h, kind: 'diff', a: 'E', b: 'Elast' }),
};

// Build a table block as AOA rows. Returns {rows, merges, meta:[{r,c,kind,style,n}]} with r relative to block start.
function table(o) {
  const rows = [], merges = [], meta = [];
  const cols = o.cols;
  const lead = o.seq ? ['序号', o.labelHeader || '乡镇'] : [o.labelHeader || '乡镇'];
  const two = cols.some((c) => Array.isArray(c.h));
  if (two) {
    const top = [...lead], sub = lead.map(() => null);
    let i = lead.length;
    for (const c of cols) { if (Array.isArray(c.h)) { top.push(c.h[0]); sub.push(c.h[1]); } else { top.push(c.h); sub.push(null); } i++; }
    // merge top groups
    for (let k = 0; k < top.length; k++) {
      if (sub[k] === null) { merges.push([0, k, 1, k]); continue; }
      let e = k; while (e + 1 < top.length && sub[e + 1] !== null && top[e + 1] === top[k]) e++;
      if (e > k) { merges.push([0, k, 0, e]); for (let z = k + 1; z <= e; z++) top[z] = null; }
      k = e;
    }
    rows.push(top, sub);
  } else rows.push([...lead, ...cols.map((c) => c.h)]);
  if (o.colNumbers) rows.push([...(o.seq ? ['甲', '乙'] : ['甲']), ...cols.map((_, k) => k + 1)]);
  const emit = (t, label, isTotal, seqv) => {
    const r = rows.length; const row = o.seq ? [isTotal ? null : seqv, label] : [label];
    if (o.seq && isTotal && o.mergeTotalLabel) { row[0] = label; row[1] = null; merges.push([r, 0, r, 1]); }
    cols.forEach((c, k) => {
      const cc = row.length; let st, v;
      if (c.kind === 'count') { st = mixStyle(o.style || 'num'); v = fmtCount(t[c.key], st, o.none); meta.push({ r, c: cc, kind: 'count', style: st, n: t[c.key], isTotal, col: c.key }); }
      else if (c.kind === 'rate') {
        const den = t[c.den];
        if (den === 0) { v = o.none || '—'; }
        else { st = o.rateStyle || 'num'; v = fmtRate(t[c.num] / den * 100, st); meta.push({ r, c: cc, kind: 'rate', style: st, n: t[c.num] / den * 100, isTotal, col: 'rate:' + c.num }); }
      } else if (c.kind === 'diff') { const d = t[c.a] - t[c.b]; st = o.diffStyle || 'num'; v = fmtCount(d, st); meta.push({ r, c: cc, kind: 'diff', style: st, n: d, isTotal, col: 'diff' }); }
      row.push(v);
    });
    rows.push(row);
  };
  const total = o.total; const tl = o.totalLabel || '合计';
  if (o.totalPos === 'top') emit(total, tl, true);
  let seqn = 1;
  for (const item of o.items) {
    if (item.sub) { emit(item.t, item.label, true); continue; }
    emit(item, o.numbered ? `${seqn}.${item.name}` : item.name, false, seqn); seqn++;
  }
  if (o.totalPos !== 'top') emit(total, tl, true);
  return { rows, merges, meta };
}

// place blocks on a sheet
function sheetOf(name, blocks, extra = {}) {
  const rows = [], merges = [], meta = [];
  for (const b of blocks) {
    if (typeof b === 'string' || Array.isArray(b)) { rows.push(Array.isArray(b) ? b : [b]); if (extra.mergeTitle && typeof b === 'string' && rows.length === 1) merges.push([0, 0, 0, extra.mergeTitle]); continue; }
    if (b.blank) { for (let i = 0; i < b.blank; i++) rows.push([]); continue; }
    const off = rows.length;
    rows.push(...b.rows);
    merges.push(...b.merges.map(([a, c, d, e]) => [a + off, c, d + off, e]));
    meta.push(...b.meta.map((m) => ({ ...m, r: m.r + off })));
  }
  return { name, rows, merges, meta, ...extra };
}
const A1 = (r, c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s + (r + 1); };

async function writeXlsx(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof v === 'object') {
        if (v.f) cell.value = { formula: v.f, result: v.v }; else cell.value = v.v;
        if (v.numFmt) cell.numFmt = v.numFmt;
      } else cell.value = v;
    }));
    for (const [a, b, c, d] of s.merges) ws.mergeCells(a + 1, b + 1, c + 1, d + 1);
    for (const h of s.hidden || []) ws.getColumn(h + 1).hidden = true;
  }
  await wb.xlsx.writeFile(file);
}
function writeCsv(file, s, o = {}) {
  const sep = o.sep || ',';
  const q = (v) => { if (v === null || v === undefined) return ''; if (typeof v === 'object') v = v.v; v = String(v); return /[",;\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; };
  const width = Math.max(...s.rows.map((r) => r.length)) + (o.trail || 0);
  const lines = s.rows.map((r) => { const a = []; for (let i = 0; i < (o.trail ? width : r.length); i++) a.push(q(r[i])); return a.join(sep); });
  fs.writeFileSync(file, (o.bom ? '\ufeff' : '') + lines.join(o.crlf ? '\r\n' : '\n') + '\n');
}

// ---------- file specs ----------
const specs = [];
function towns(n, zeroy) { const a = [...TOWNS].sort(() => rnd() - 0.5).slice(0, n); return a.map((x) => town(x, zeroy)); }
const NONES = ['—', '-', '/', '无', ''];

// helper: standard enterprise table opts
function entCols(variant) {
  switch (variant) {
    case 0: return [COL.E(), COL.cov(), COL.rate(), COL.m()];
    case 1: return [COL.E('非公企业数（家）'), COL.cov('覆盖企业数（家）'), COL.rate('党组织覆盖率（%）'), COL.own(['单独建立党组织', '小计']), COL.c(['单独建立党组织', '党委']), COL.g(['单独建立党组织', '党总支']), COL.b(['单独建立党组织', '党支部']), COL.j(['联合党组织', '个数']), COL.jc(['联合党组织', '覆盖企业数'])];
    case 2: return [COL.E(), COL.cov(), COL.c(), COL.g(), COL.b(), COL.jc('联合覆盖企业数'), COL.rate('覆盖率')];
    case 3: return [COL.E('企业数（个）'), COL.cov('建立党组织企业数（个）'), COL.rate('覆盖率（%）'), COL.own('党组织数（个）'), COL.c('其中：党委'), COL.g('党总支'), COL.b('党支部'), COL.m('党员数（名）')];
    case 4: return [COL.E(), COL.cov(), COL.rate(), COL.j('联合党组织'), COL.jc('联合党组织覆盖企业数'), COL.m('党员人数')];
    case 5: return [COL.Elast('上年末企业数'), COL.E('本年企业数'), COL.dE('比上年末增减'), COL.cov(), COL.rate()];
    case 6: return [COL.E('非公有制企业数'), COL.cov('已建立党组织的企业'), COL.rate('党组织覆盖率'), COL.c('党委'), COL.g('党总支'), COL.b('党支部'), COL.own('党组织数'), COL.m('党员数')];
  }
}
function socCols(v) {
  return v ? [COL.S('社会组织数（个）'), COL.Scov('建立党组织的社会组织数'), COL.Srate('覆盖率（%）'), COL.m('党员数')]
    : [COL.S(), COL.Scov(), COL.Srate()];
}

// 1) single-table xlsx variants
const STYLES = ['num', 'text', 'comma', 'fw', 'space', 'mix', 'num', 'mix'];
const RSTY = ['num', 'text', 'pct', 'frac', 'num', 'text'];
const TLAB = ['合计', '合 计', '总  计', '全县', '合计', '全县合计'];
for (let i = 0; i < 14; i++) {
  const ts = towns(ri(5, 11), i % 3 === 0);
  const tot = sumT('', ts);
  const o = { cols: entCols(i % 7), items: ts, total: tot, totalPos: i % 4 === 1 ? 'top' : 'bottom', totalLabel: TLAB[i % 6], style: STYLES[i % 8], rateStyle: RSTY[i % 6], seq: i % 3 === 1, mergeTotalLabel: i % 6 === 1, numbered: i % 5 === 2, none: i % 3 === 0 ? NONES[i % 5] : undefined, diffStyle: 'paren', colNumbers: i === 9 };
  const blocks = [];
  if (i % 2 === 0) blocks.push(`${pick(['XX县', '本县'])}非公有制企业党建工作情况统计表`);
  if (i % 3 !== 2) blocks.push(i % 2 ? ['填报单位：县委组织部', null, null, '单位：个、名、%'] : '单位：个');
  blocks.push(table(o));
  if (i % 2 === 1) blocks.push({ blank: 1 }, '填表说明：1.覆盖率=已建立党组织企业数÷企业数×100%；2.数据截至当月底。');
  if (i % 4 === 3) blocks.push(['填表人：张三', null, '审核人：李四', null, '填报日期：2024年6月30日']);
  specs.push({ file: `ent_${String(i + 1).padStart(2, '0')}.xlsx`, sheets: [sheetOf('Sheet1', blocks)] });
}

// 2) CSV variants
for (let i = 0; i < 8; i++) {
  const ts = towns(ri(4, 9), i % 2 === 0);
  const tot = sumT('', ts);
  const o = { cols: i % 2 ? socCols(i % 4 === 1) : entCols([0, 2, 4, 5][(i / 2 | 0) % 4]), items: ts, total: tot, totalPos: i % 3 === 0 ? 'top' : 'bottom', totalLabel: TLAB[(i + 2) % 6], style: ['text', 'comma', 'space', 'mix'][i % 4], rateStyle: ['num', 'pct', 'text'][i % 3], none: i % 2 === 0 ? NONES[(i / 2) % 5] : undefined, diffStyle: 'paren', labelHeader: i % 3 === 2 ? '单位' : '乡镇' };
  const blocks = [];
  if (i % 2 === 0) blocks.push(i % 4 === 0 ? '2024年上半年非公企业党组织覆盖情况统计表' : '社会组织党建工作统计表');
  if (i % 3 !== 1) blocks.push('单位：个');
  blocks.push(table(o));
  if (i % 4 === 2) blocks.push({ blank: 1 }, '备注：数据来源于各乡镇上报');
  specs.push({ file: `csv_${String(i + 1).padStart(2, '0')}.csv`, csv: { bom: i % 2 === 0, trail: i % 3 === 0 ? 2 : 0, crlf: i % 4 === 1 }, sheets: [sheetOf('csv', blocks)] });
}

// 3) stacked tables: enterprise + blank + social org, with 填表说明
for (let i = 0; i < 6; i++) {
  const ts = towns(ri(5, 8), i % 2 === 1);
  const tot = sumT('', ts);
  const blocks = [`${pick(['2024年', '2023年度'])}非公有制企业和社会组织党建工作统计表`, '单位：个、名'];
  blocks.push('一、非公有制企业');
  blocks.push(table({ cols: entCols([0, 3, 4, 6, 1, 2][i]), items: ts, total: tot, totalPos: i % 2 ? 'top' : 'bottom', totalLabel: TLAB[i], style: ['num', 'mix', 'text', 'num', 'comma', 'num'][i], rateStyle: RSTY[i], none: i % 2 ? '—' : undefined }));
  blocks.push({ blank: ri(1, 3) });
  blocks.push('二、社会组织');
  blocks.push(table({ cols: socCols(i % 2), items: ts, total: tot, totalPos: i % 2 ? 'top' : 'bottom', totalLabel: TLAB[i], style: ['num', 'mix', 'text', 'num', 'comma', 'num'][i], rateStyle: RSTY[(i + 1) % 6] }));
  blocks.push({ blank: 1 }, '填表说明：', '1.覆盖率=已建立党组织的数量÷总数×100%，保留一位小数；', '2.党组织数=党委+党总支+党支部；', '3.无数据的填“—”。');
  blocks.push(['填表人：', null, '王五', null, '审核人：', null, '赵六']);
  specs.push({ file: `stack_${i + 1}.xlsx`, sheets: [sheetOf(i % 2 ? '党建统计' : 'Sheet1', blocks)] });
}

// 4) hidden helper columns with formulas (cached values correct)
for (let i = 0; i < 4; i++) {
  const ts = towns(ri(5, 8));
  const tot = sumT('', ts);
  const tb = table({ cols: [COL.E(), COL.cov(), COL.rate(), COL.c(), COL.g(), COL.b(), COL.own('党组织数')], items: ts, total: tot, totalPos: 'bottom', totalLabel: '合计', style: 'num', rateStyle: 'num' });
  const first = 1, last = ts.length; // data rows in block 1..n (header row 0)
  // turn total and rate cells into formulas; add hidden helper col (I) with =IFERROR(C/B,0)
  tb.rows.forEach((row, r) => {
    if (r === 0) { row[8] = i % 2 ? '辅助列' : '校验'; return; }
    const R = r + 1 + 1; // +1 for title row placed above
    if (r <= last) {
      row[3] = { f: `ROUND(C${R}/B${R}*100,1)`, v: row[3] };
      row[7] = { f: `SUM(E${R}:G${R})`, v: row[7] };
      row[8] = { f: `IFERROR(C${R}/B${R},0)`, v: ts[r - 1].cov / ts[r - 1].E };
    } else {
      for (let c = 1; c <= 7; c++) if (c !== 3) { const L = String.fromCharCode(65 + c); row[c] = { f: `SUM(${L}${first + 2}:${L}${last + 2})`, v: row[c] }; }
      row[3] = { f: `ROUND(C${R}/B${R}*100,1)`, v: row[3] };
      row[8] = { f: `IFERROR(C${R}/B${R},0)`, v: tot.cov / tot.E };
    }
  });
  tb.meta.forEach((m) => { if (m.isTotal || m.kind === 'rate' || m.c === 7) m.formula = true; });
  const extra = i >= 2 ? [{ blank: 1 }, '注：I列为辅助计算列，打印时隐藏。'] : [];
  specs.push({ file: `formula_${i + 1}.xlsx`, sheets: [sheetOf('Sheet1', ['非公企业党组织建设情况', tb, ...extra], { hidden: [8] })] });
}

// 5) monthly sheets 1月 2月 (+说明 sheet)
for (let i = 0; i < 4; i++) {
  const ts = towns(ri(5, 8), i % 2 === 0);
  const sheets = [];
  for (const mon of ['1月', '2月']) {
    const tsm = ts.map((t) => { const u = { ...t }; if (mon === '2月') { const add = ri(0, 3); u.b += add; u.own += add; u.cov += add; u.E += ri(add, add + 5); u.members += add * 4; u.S += ri(0, 2); } return u; });
    const tot = sumT('', tsm);
    sheets.push(sheetOf(mon, [`${mon}份非公企业党建工作月报表`, '单位：个', table({ cols: entCols([0, 3, 6, 2][i]), items: tsm, total: tot, totalPos: i === 1 ? 'top' : 'bottom', totalLabel: ['合计', '全县', '合 计', '总计'][i], style: ['num', 'text', 'mix', 'comma'][i], rateStyle: ['num', 'pct', 'text', 'num'][i], none: i % 2 === 0 ? '/' : undefined, seq: i === 2 })]));
  }
  if (i % 2 === 0) sheets.push(sheetOf('说明', ['填报说明', '1.本表按月报送，每月5日前报县委组织部。', '2.覆盖率保留一位小数。', '3.党组织数=党委+党总支+党支部。']));
  specs.push({ file: `monthly_${i + 1}.xlsx`, sheets });
}

// 6) 汇总 = sum of township sheets (each township sheet lists industries)
for (let i = 0; i < 4; i++) {
  const tn = [...TOWNS].sort(() => rnd() - 0.5).slice(0, ri(3, 5));
  const sheets = [], tTot = [];
  const cols = [[COL.E(), COL.cov(), COL.rate(), COL.m()], [COL.E(), COL.cov(), COL.c(), COL.g(), COL.b(), COL.jc('联合覆盖企业数'), COL.rate('覆盖率')], [COL.E('企业数'), COL.cov('覆盖企业数'), COL.rate('覆盖率（%）'), COL.own('党组织数'), COL.c('其中：党委'), COL.g('党总支'), COL.b('党支部')], [COL.E(), COL.cov(), COL.rate(), COL.j('联合党组织'), COL.jc('联合党组织覆盖企业数')]][i];
  for (const name of tn) {
    const inds = INDUSTRIES.slice(0, ri(4, 6)).map((x) => town(x, true));
    const tot = sumT(name, inds);
    tTot.push(tot);
    sheets.push(sheetOf(name, [`${name}非公企业党建情况`, table({ cols, items: inds, total: tot, totalPos: 'bottom', totalLabel: '合计', labelHeader: '行业', style: i === 3 ? 'text' : 'num', rateStyle: 'num', none: i === 1 ? '—' : undefined })]));
  }
  const g = sumT('', tTot);
  sheets.unshift(sheetOf('汇总', ['全县非公企业党建情况汇总表', table({ cols, items: tTot, total: g, totalPos: i % 2 ? 'top' : 'bottom', totalLabel: i % 2 ? '全县' : '合计', style: i === 3 ? 'text' : 'num', rateStyle: 'num', none: i === 1 ? '—' : undefined })]));
  specs.push({ file: `summary_${i + 1}.xlsx`, sheets });
}

// 7) 片区 subtotals, numbered rows, 全县 top
for (let i = 0; i < 6; i++) {
  const g1 = towns(3), g2 = towns(ri(2, 4)), g3 = i % 2 ? towns(2) : [];
  const groups = [['东片区', g1], ['西片区', g2], ...(g3.length ? [['南片区', g3]] : [])];
  const items = [];
  const subs = [];
  const subFirst = i % 3 === 0;
  for (const [gn, arr] of groups) {
    const s = sumT(gn, arr); subs.push(s);
    if (subFirst) items.push({ sub: true, t: s, label: `${gn}小计` });
    items.push(...arr);
    if (!subFirst) items.push({ sub: true, t: s, label: i % 2 ? '小计' : `${gn}小计` });
  }
  const tot = sumT('', subs);
  const cols = [entCols(0), entCols(3), [...socCols(1)], entCols(6), entCols(4), entCols(2)][i];
  const tb = table({ cols, items, total: tot, totalPos: i < 3 ? 'top' : 'bottom', totalLabel: i < 3 ? '全县' : '全县合计', numbered: i % 2 === 0, style: ['num', 'text', 'mix', 'num', 'comma', 'num'][i], rateStyle: RSTY[i], seq: i === 5 });
  specs.push({ file: `subtot_${i + 1}.xlsx`, sheets: [sheetOf('Sheet1', ['各片区非公企业和社会组织党建情况统计表', '单位：个、%', tb])] });
}

// 8) copied from web: spaces, full-width, 'dec0' counts, blank rows inside, trailing empty columns
for (let i = 0; i < 4; i++) {
  const ts = towns(ri(5, 8), true);
  const tot = sumT('', ts);
  const tb = table({ cols: [entCols(0), socCols(0), entCols(4), entCols(3)][i], items: ts, total: tot, totalPos: 'bottom', totalLabel: ['合  计', '总计', '合计：', '合 计'][i], style: ['space', 'dec0', 'fw', 'mix'][i], rateStyle: ['pct', 'text', 'pct', 'num'][i], none: ['—', '-', '无', ''][i] });
  // trailing empty string columns (copied from web), and a blank row before total
  tb.rows.forEach((r) => { r.push(i % 2 ? '' : ' '); });
  if (i >= 2) { const last = tb.rows.pop(); tb.rows.push([]); tb.rows.push(last); tb.meta.forEach((m) => { if (m.r === tb.rows.length - 2) m.r++; }); }
  specs.push({ file: `web_${i + 1}.xlsx`, sheets: [sheetOf('Sheet1', [i % 2 ? '社会组织党建情况' : '非公企业党建情况（来源：网站公开数据）', tb])] });
}


// 9) hard cases
const iconv = require('iconv-lite');
{
  // h1: rate shown but no covered column; coverage includes joint (党委+党总支+党支部 only shown)
  const ts = towns(6); const tot = sumT('', ts);
  specs.push({ file: 'hard_01_rate_incl_joint.xlsx', sheets: [sheetOf('Sheet1', ['非公企业党组织情况', table({ cols: [COL.E(), COL.c(), COL.g(), COL.b(), COL.rate('覆盖率（%）')], items: ts, total: tot, totalLabel: '合计' }), { blank: 1 }, '注：覆盖率含联合党组织覆盖的企业。'])] });
}
{
  // h2: 其中：经济开发区 row below total (part of 全县, not added)
  const ts = towns(6); const tot = sumT('', ts);
  const tb = table({ cols: entCols(0), items: ts, total: tot, totalPos: 'top', totalLabel: '全县' });
  const kf = town('x'); kf.E = Math.min(kf.E, tot.E - 1); kf.cov = Math.min(kf.cov, kf.E); kf.members = Math.min(kf.members, tot.members);
  tb.rows.splice(2, 0, ['其中：经济开发区', kf.E, kf.cov, r1(kf.cov / kf.E * 100), kf.members]);
  specs.push({ file: 'hard_02_ofwhich_zone.xlsx', sheets: [sheetOf('Sheet1', ['非公企业党组织覆盖情况', tb])] });
}
{
  // h3: two years with 增减（百分点） computed from unrounded rates
  const ts = towns(7); const rows = [['乡镇', '2023年企业数', '2023年覆盖企业数', '2023年覆盖率（%）', '2024年企业数', '2024年覆盖企业数', '2024年覆盖率（%）', '覆盖率增减（百分点）']];
  const all = ts.map((t) => { const E0 = t.E - ri(0, 10), c0 = Math.max(0, t.cov - ri(0, 8)); return [t.name, E0, c0, t.E, t.cov]; });
  const tot = ['合计', 0, 0, 0, 0]; all.forEach((a) => { for (let k = 1; k < 5; k++) tot[k] += a[k]; });
  for (const a of [...all, tot]) { const r0 = a[2] / a[1] * 100, r2 = a[4] / a[3] * 100; rows.push([a[0], a[1], a[2], r1(r0), a[3], a[4], r1(r2), r1(r2 - r0)]); }
  specs.push({ file: 'hard_03_two_years_pp.xlsx', sheets: [{ name: 'Sheet1', rows, merges: [], meta: [] }] });
}
{
  // h4: GBK-encoded CSV exported from WPS (ANSI), title + 单位 line
  const ts = towns(5); const tot = sumT('', ts);
  const s = sheetOf('x', ['非公企业党建情况统计表', '单位：个', table({ cols: entCols(0), items: ts, total: tot, totalLabel: '合计', style: 'comma' })]);
  const tmp = require('path').join(__dirname, '.tmp.csv'); writeCsv(tmp, s, { crlf: true });
  specs.push({ file: 'hard_04_gbk.csv', raw: iconv.encode(fs.readFileSync(tmp, 'utf8'), 'gbk'), sheets: [s] });
}
{
  // h5: full-width percent and digits in rate, '％'
  const ts = towns(6); const tot = sumT('', ts);
  const tb = table({ cols: entCols(0), items: ts, total: tot, totalLabel: '合计', style: 'fw' });
  tb.rows.forEach((r, i) => { if (i > 0 && typeof r[3] === 'number') r[3] = r[3].toFixed(1).split('').map((d) => d === '.' ? '．' : FW[+d]).join('') + '％'; });
  specs.push({ file: 'hard_05_fullwidth_pct.xlsx', sheets: [sheetOf('Sheet1', ['党组织覆盖情况', tb])] });
}
{
  // h6: change row under total: 比上年增减 with parentheses negatives
  const ts = towns(6); const tot = sumT('', ts);
  const tb = table({ cols: [COL.E(), COL.cov(), COL.own('党组织数'), COL.m()], items: ts, total: tot, totalLabel: '合计' });
  const last = { E: tot.E - ri(-15, 30), cov: tot.cov - ri(-5, 12), own: tot.own - ri(-3, 9), members: tot.members - ri(-20, 40) };
  tb.rows.push(['上年同期', last.E, last.cov, last.own, last.members]);
  tb.rows.push(['比上年增减', ...['E', 'cov', 'own', 'members'].map((k) => fmtCount(tot[k] - last[k], 'paren'))]);
  specs.push({ file: 'hard_06_change_row.xlsx', sheets: [sheetOf('Sheet1', ['非公企业党建情况', tb])] });
}
{
  // h7: 汇总 sheet + township sheets where one township sheet has an extra column inserted
  const tn = TOWNS.slice(0, 3); const sheets = [], tt = [];
  tn.forEach((name, k) => {
    const inds = INDUSTRIES.slice(0, 4).map((x) => town(x)); const t = sumT(name, inds); tt.push(t);
    const cols = k === 1 ? [COL.E(), COL.m('党员数'), COL.cov(), COL.rate()] : [COL.E(), COL.cov(), COL.rate()];
    sheets.push(sheetOf(name, [table({ cols, items: inds, total: t, totalLabel: '合计', labelHeader: '行业' })]));
  });
  sheets.unshift(sheetOf('汇总', [table({ cols: [COL.E(), COL.cov(), COL.rate()], items: tt, total: sumT('', tt), totalLabel: '合计' })]));
  specs.push({ file: 'hard_07_summary_extra_col.xlsx', sheets });
}
{
  // h8: integer rates (rounded to whole %) and 100 for full coverage; zero-denominator social org row with '/'
  const ts = towns(6); ts[1].Scov = ts[1].S; ts[2].S = 0; ts[2].Scov = 0; const tot = sumT('', ts);
  specs.push({ file: 'hard_08_int_rate_zero_den.xlsx', sheets: [sheetOf('Sheet1', ['社会组织党建情况', table({ cols: socCols(0), items: ts, total: tot, totalLabel: '合计', rateStyle: 'int', none: '/' })])] });
}
{
  // h9: 党员数 with 其中 columns: 女党员, 35岁及以下
  const ts = towns(6); ts.forEach((t) => { t.w = ri(0, t.members); t.y = ri(0, t.members); }); const tot = sumT('', ts); tot.w = ts.reduce((s, t) => s + t.w, 0); tot.y = ts.reduce((s, t) => s + t.y, 0);
  specs.push({ file: 'hard_09_members_ofwhich.xlsx', sheets: [sheetOf('Sheet1', ['非公企业党员情况', table({ cols: [COL.E(), COL.m('党员数'), { h: '其中：女党员', key: 'w', kind: 'count' }, { h: '35岁及以下', key: 'y', kind: 'count' }], items: ts, total: tot, totalLabel: '合计' })])] });
}
{
  // h10: counts with unit suffix copied from web ("123家"), 约-free
  const ts = towns(5); const tot = sumT('', ts);
  const tb = table({ cols: entCols(0), items: ts, total: tot, totalLabel: '合计' });
  tb.rows.forEach((r, i) => { if (i > 0) { r[1] = r[1] + '家'; r[2] = r[2] + '家'; r[4] = r[4] + '名'; } });
  specs.push({ file: 'hard_10_unit_suffix.xlsx', sheets: [sheetOf('Sheet1', ['网站公布数据', tb])] });
}
{
  // h11: enterprise + social org side by side under two-level header, joint orgs in soc too
  const ts = towns(6); const tot = sumT('', ts);
  const cols = [COL.E(['非公有制企业', '总数']), COL.cov(['非公有制企业', '已建党组织']), COL.rate(['非公有制企业', '覆盖率（%）']), COL.S(['社会组织', '总数']), COL.Scov(['社会组织', '已建党组织']), COL.Srate(['社会组织', '覆盖率（%）'])];
  specs.push({ file: 'hard_11_side_by_side.xlsx', sheets: [sheetOf('Sheet1', ['非公企业和社会组织党组织覆盖情况', '单位：个', table({ cols, items: ts, total: tot, totalLabel: '合计' })])] });
}
{
  // h12: hidden helper column with last month's figures (not part of the table) + 排名 column
  const ts = towns(7); const tot = sumT('', ts);
  const tb = table({ cols: entCols(0), items: ts, total: tot, totalLabel: '合计' });
  const order = ts.map((t, i) => [t.cov / t.E, i]).sort((a, b) => b[0] - a[0]).map((x) => x[1]);
  tb.rows.forEach((r, i) => { if (i === 0) { r[5] = '覆盖率排名'; r[6] = '上月企业数'; return; } const ti = i - 1; if (ti < ts.length) { r[5] = order.indexOf(ti) + 1; r[6] = ts[ti].E - ri(0, 4); } else { r[5] = null; r[6] = { f: `SUM(G2:G${ts.length + 1})`, v: tb.rows.slice(1, ts.length + 1).reduce((s, x) => s + x[6], 0) }; } });
  specs.push({ file: 'hard_12_rank_hidden.xlsx', sheets: [sheetOf('Sheet1', [tb], { hidden: [6] })] });
}
// ---------- planting ----------
function replan(m, delta) {
  if (m.kind === 'rate') { const nx = m.n + delta; return { v: fmtRate(nx, m.style), old: fmtRate(m.n, m.style) }; }
  const nx = m.n + delta; return { v: fmtCount(nx, m.style === 'paren' ? 'paren' : m.style), old: fmtCount(m.n, m.style) };
}
async function main() {
  for (const d of ['clean', 'planted']) { fs.rmSync(path.join(OUT, d), { recursive: true, force: true }); fs.mkdirSync(path.join(OUT, d)); }
  const manifest = [];
  let k = 0;
  for (const s of specs) {
    const f = path.join(OUT, 'clean', s.file);
    if (s.raw) fs.writeFileSync(f, s.raw); else if (s.csv) writeCsv(f, s.sheets[0], s.csv); else await writeXlsx(f, s.sheets);
    k++;
    if (!s.raw && !s.file.startsWith('hard_') && manifest.length < 32 && rnd() < 0.8) {
      // choose a plantable cell
      const sh = pick(s.sheets.filter((x) => x.meta.length));
      const cands = sh.meta.filter((m) => !m.formula && typeof m.n === 'number' && (m.kind !== 'count' || m.n >= 3));
      if (!cands.length) continue;
      const m = pick(cands);
      let delta, what;
      if (m.kind === 'rate') { delta = pick([2.3, -3.1, 5.0, -1.8]); what = `rate changed ${m.isTotal ? '(total row)' : ''}`; if (m.n + delta > 100 || m.n + delta < 0) delta = -delta; }
      else if (m.kind === 'diff') { delta = pick([3, -4]); what = 'change column altered'; }
      else { delta = pick([1, 10, -2, 100, 9]); if (m.n + delta < 0) delta = 1; what = `${m.col} ${m.isTotal ? 'total/subtotal row' : 'row'} count ${delta > 0 ? '+' : ''}${delta}`; }
      const nv = replan(m, delta);
      const copy = JSON.parse(JSON.stringify(s.sheets));
      const csh = copy.find((x) => x.name === sh.name);
      const old = csh.rows[m.r][m.c];
      csh.rows[m.r][m.c] = nv.v;
      const pf = path.join(OUT, 'planted', s.file);
      if (s.csv) writeCsv(pf, csh, s.csv); else await writeXlsx(pf, copy);
      manifest.push({ file: s.file, sheet: s.csv ? path.basename(s.file, '.csv') : sh.name, cell: A1(m.r, m.c), old: typeof old === 'object' && old ? old.v : old, new: typeof nv.v === 'object' ? nv.v.v : nv.v, what, column: m.col });
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', specs.length, 'planted', manifest.length);
}
main();
