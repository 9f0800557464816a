// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// Civil affairs / social assistance workbooks with recorded relations and optional plants.
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const [, , SET, SEEDS, NS, PFS, VS] = process.argv;
const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VS || 0);
const ROOT = '/tmp/round121a';
let s = SEED >>> 0 || 1;
const rnd = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const rd = (v, d) => { const f = 10 ** d; return Math.round((v + Math.sign(v) * 1e-9) * f) / f; };
const colL = (c) => { let x = ''; while (c > 0) { const m = (c - 1) % 26; x = String.fromCharCode(65 + m) + x; c = Math.floor((c - 1) / 26); } return x; };
const A = (r, c) => colL(c) + r;
const half = (d) => 0.5 * 10 ** -d;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };

const CITIES = ['青川市', '临江市', '云岭市', '北湖市', '南屏市', '安平市', '东阳市', '长宁市'];
const COUNTIES = ['城关区', '东城区', '西城区', '南山区', '北塘区', '高新区', '经开区', '清河县', '石门县', '柳林县', '平安县', '永和县', '双溪县', '龙泉县', '桃源县', '新丰县', '白水县', '凤鸣县'];
const TOWNS_ST = ['东关街道', '西关街道', '南街街道', '北园街道', '新华街道', '人民路街道'];
const TOWNS_TW = ['柳河镇', '石桥镇', '大营镇', '王庄镇', '河口乡', '青山乡', '杨树乡', '李村镇', '马坊镇', '双井乡'];
const YEAR = () => ri(2019, 2024);

class SB {
  constructor(ws) { this.ws = ws; this.vals = {}; this.rels = []; this.row = 1; }
  // put value; v number -> numeric (with fmt), opts.text => typed as text, dash => shows dash (value 0)
  put(r, c, v, o = {}) {
    const cell = this.ws.getCell(r, c);
    if (typeof v === 'number') {
      this.vals[A(r, c)] = v;
      if (o.dash && v === 0) { cell.value = o.dash; this.vals[A(r, c)] = 0; }
      else if (o.text) cell.value = o.d != null ? v.toFixed(o.d) : String(v);
      else { cell.value = v; if (o.d != null) cell.numFmt = o.d === 0 ? (o.thou ? '#,##0' : '0') : '0.' + '0'.repeat(o.d); }
    } else cell.value = v;
    if (o.indent) cell.alignment = { indent: o.indent };
    return A(r, c);
  }
  title(text, ncol) { this.ws.getCell(this.row, 1).value = text; if (ncol > 1) this.ws.mergeCells(this.row, 1, this.row, ncol); this.ws.getCell(this.row, 1).alignment = { horizontal: 'center' }; this.row++; }
  line(text, col = 1) { this.ws.getCell(this.row, col).value = text; this.row++; }
  merge(r1, c1, r2, c2, text) { this.ws.getCell(r1, c1).value = text; if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); }
  sum(total, parts, tol) { this.rels.push({ type: 'sum', total, parts, tol }); }
  le(part, whole) { this.rels.push({ type: 'le', part, whole, tol: 0 }); }
  rate(cell, num, den, k, tol) { this.rels.push({ type: 'rate', cell, num, den, k, tol }); }
  growth(cell, cur, prev, tol) { this.rels.push({ type: 'growth', cell, cur, prev, tol }); }
  diff(cell, a, b, tol) { this.rels.push({ type: 'diff', cell, a, b, tol }); }
}
const sumTol = (d, n, exactTotal) => (exactTotal ? half(d) * (n + 1) : half(d) * 0.2) + 1e-9;
const unitTxt = (u) => pick([`（${u}）`, `(${u})`]);
const grow = (cur, prev) => rd((cur / prev - 1) * 100, 1);
const dashS = () => pick(['—', '-', '－']);

// pick regions
function regions(n) { return shuffle(COUNTIES).slice(0, n); }

// ---------- Layout A: 城乡低保 by county ----------
function layoutA(sb, y, city) {
  const n = ri(4, 9), regs = regions(n);
  const unitsInHeader = chance(0.5), totTop = VARIANT ? chance(0.3) : chance(0.7), md = pick([1, 2]);
  const exactMoney = chance(0.5);
  const cols = ['保障户数', '保障人数', '其中：女性', '其中：老年人', '其中：残疾人', '保障标准', '支出资金'];
  const units = ['户', '人', '人', '人', '人', '元/人·月', '万元'];
  const nc = cols.length + 1;
  sb.title(`${y}年${city}城乡最低生活保障情况`, nc);
  if (!unitsInHeader) sb.line('单位：户、人、元/人·月、万元', nc - 1 > 3 ? nc - 1 : 1);
  const h = sb.row;
  const two = chance(0.5);
  if (two) {
    sb.merge(h, 1, h + 1, 1, '地  区');
    sb.merge(h, 2, h, 6, '保障对象');
    sb.ws.getCell(h + 1, 2).value = '户数' + (unitsInHeader ? unitTxt('户') : '');
    sb.ws.getCell(h + 1, 3).value = '人数' + (unitsInHeader ? unitTxt('人') : '');
    sb.ws.getCell(h + 1, 4).value = '#女性';
    sb.ws.getCell(h + 1, 5).value = '#老年人';
    sb.ws.getCell(h + 1, 6).value = '#残疾人';
    sb.merge(h, 7, h + 1, 7, '保障标准' + (unitsInHeader ? unitTxt('元/人·月') : ''));
    sb.merge(h, 8, h + 1, 8, '支出资金' + (unitsInHeader ? unitTxt('万元') : ''));
    sb.row = h + 2;
  } else {
    sb.put(h, 1, '地区');
    cols.forEach((t, i) => sb.put(h, i + 2, t + (unitsInHeader ? unitTxt(units[i]) : '')));
    sb.row = h + 1;
  }
  const data = regs.map(() => {
    const hh = ri(800, 12000), pp = Math.round(hh * (1.3 + rnd() * 0.8));
    const f = Math.round(pp * (0.4 + rnd() * 0.15)), o = Math.round(pp * (0.2 + rnd() * 0.3)), dis = Math.round(pp * (0.05 + rnd() * 0.15));
    const std = ri(560, 980); const mEx = pp * std * 12 * (0.35 + rnd() * 0.3) / 10000;
    return [hh, pp, f, o, dis, std, mEx];
  });
  const tot = [0, 1, 2, 3, 4].map((j) => data.reduce((a, r) => a + r[j], 0));
  const mParts = data.map((r) => rd(r[6], md));
  const mTot = exactMoney ? rd(data.reduce((a, r) => a + r[6], 0), md) : rd(mParts.reduce((a, b) => a + b, 0), md);
  const avgStd = Math.round(data.reduce((a, r) => a + r[5] * r[1], 0) / tot[1]);
  const totName = pick(['全市', '合计', '总计', '全市合计']);
  const rows = data.map((r, i) => [regs[i], ...r.slice(0, 6), mParts[i]]);
  const totRow = [totName, ...tot, avgStd, mTot];
  const order = totTop ? [totRow, ...rows] : [...rows, totRow];
  const start = sb.row, addr = {};
  const textCell = chance(0.4) ? [ri(0, n - 1), ri(0, 4)] : null;
  order.forEach((r, i) => {
    const rr = start + i; const isT = r === totRow;
    sb.put(rr, 1, (!isT && chance(0.3) ? '  ' : '') + r[0]);
    for (let j = 1; j <= 7; j++) {
      const isText = !isT && textCell && r === rows[textCell[0]] && j - 1 === textCell[1];
      addr[(isT ? 'T' : rows.indexOf(r)) + ':' + j] = sb.put(rr, j + 1, r[j], { d: j === 7 ? md : 0, text: isText });
    }
  });
  sb.row = start + order.length;
  for (let j = 1; j <= 7; j++) {
    if (j === 6) continue;
    const parts = rows.map((_, i) => addr[i + ':' + j]);
    sb.sum(addr['T:' + j], parts, j === 7 ? sumTol(md, n, exactMoney) : 0.5);
  }
  for (const k of ['T', ...rows.map((_, i) => i)]) for (const j of [3, 4, 5]) sb.le(addr[k + ':' + j], addr[k + ':' + 2]);
  if (chance(0.6)) { sb.row++; sb.line(`注：${totName}保障标准为按保障人数加权的平均标准。`); }
}

// ---------- Layout B: 临时救助 by quarter ----------
function layoutB(sb, y, city) {
  const n = ri(3, 8), regs = regions(n), md = pick([1, 2]);
  const cum = VARIANT ? chance(0.6) : chance(0.3);
  const Q = ['一季度', '二季度', '三季度', '四季度'];
  const totTop = chance(0.5), totName = pick(['全市', '合计', '全市合计']);
  const data = regs.map(() => Q.map(() => { const p = ri(0, 900); return [p, p * (800 + rnd() * 1500) / 10000]; }));
  // zero some
  data.forEach((r) => { if (chance(0.15)) r[ri(0, 3)] = [0, 0]; });
  if (!cum) {
    const nc = 1 + 10;
    sb.title(`${y}年${city}临时救助情况（分季度）`, nc);
    sb.line('单位：人次、万元', nc - 1);
    const h = sb.row;
    sb.merge(h, 1, h + 1, 1, '地区');
    [...Q, '全年'].forEach((q, i) => { sb.merge(h, 2 + 2 * i, h, 3 + 2 * i, q); sb.ws.getCell(h + 1, 2 + 2 * i).value = '救助人次'; sb.ws.getCell(h + 1, 3 + 2 * i).value = '救助金额'; });
    sb.row = h + 2;
    const rowsV = data.map((r, i) => {
      const cnt = r.map((x) => x[0]), mon = r.map((x) => rd(x[1], md));
      const yc = cnt.reduce((a, b) => a + b, 0), ym = rd(mon.reduce((a, b) => a + b, 0), md);
      return { name: regs[i], v: [cnt[0], mon[0], cnt[1], mon[1], cnt[2], mon[2], cnt[3], mon[3], yc, ym] };
    });
    const tv = Array.from({ length: 10 }, (_, j) => (j % 2 ? rd(rowsV.reduce((a, r) => a + r.v[j], 0), md) : rowsV.reduce((a, r) => a + r.v[j], 0)));
    const all = totTop ? [{ name: totName, v: tv, t: 1 }, ...rowsV] : [...rowsV, { name: totName, v: tv, t: 1 }];
    const st = sb.row, ad = [];
    const dash = chance(0.5) ? dashS() : null;
    all.forEach((r, i) => { sb.put(st + i, 1, r.name); ad.push(r.v.map((v, j) => sb.put(st + i, j + 2, v, { d: j % 2 ? md : 0, dash: r.t ? null : dash }))); });
    sb.row = st + all.length;
    const ti = totTop ? 0 : all.length - 1, pi = all.map((_, i) => i).filter((i) => i !== ti);
    for (let j = 0; j < 10; j++) sb.sum(ad[ti][j], pi.map((i) => ad[i][j]), j % 2 ? sumTol(md, 0, false) : 0.5);
    all.forEach((_, i) => { sb.sum(ad[i][8], [0, 2, 4, 6].map((j) => ad[i][j]), 0.5); sb.sum(ad[i][9], [1, 3, 5, 7].map((j) => ad[i][j]), sumTol(md, 0, false)); });
  } else {
    // 本季 / 累计 columns (人次 only) + 累计金额
    const nc = 1 + 8;
    sb.title(`${city}${y}年临时救助人次（本季及累计）`, nc);
    if (chance(0.5)) sb.line('计量单位：人次', nc - 1);
    const h = sb.row;
    sb.merge(h, 1, h + 1, 1, '县（市、区）');
    Q.forEach((q, i) => { sb.merge(h, 2 + 2 * i, h, 3 + 2 * i, q); sb.ws.getCell(h + 1, 2 + 2 * i).value = '本季'; sb.ws.getCell(h + 1, 3 + 2 * i).value = i === 0 ? '累计' : `1-${i + 1}季度累计`; });
    sb.row = h + 2;
    const rowsV = data.map((r, i) => { const v = []; let c = 0; r.forEach((x) => { c += x[0]; v.push(x[0], c); }); return { name: regs[i], v }; });
    const tv = Array.from({ length: 8 }, (_, j) => rowsV.reduce((a, r) => a + r.v[j], 0));
    const all = totTop ? [{ name: totName, v: tv }, ...rowsV] : [...rowsV, { name: totName, v: tv }];
    const st = sb.row, ad = [];
    all.forEach((r, i) => { sb.put(st + i, 1, r.name); ad.push(r.v.map((v, j) => sb.put(st + i, j + 2, v, { d: 0 }))); });
    sb.row = st + all.length;
    const ti = totTop ? 0 : all.length - 1, pi = all.map((_, i) => i).filter((i) => i !== ti);
    for (let j = 0; j < 8; j++) sb.sum(ad[ti][j], pi.map((i) => ad[i][j]), 0.5);
    all.forEach((_, i) => { for (let q = 1; q < 4; q++) sb.sum(ad[i][2 * q + 1], [ad[i][2 * q - 1], ad[i][2 * q]], 0.5); sb.sum(ad[i][1], [ad[i][0]], 0.5); });
    if (chance(0.5)) { sb.row++; sb.line('注：累计数为年初至本季度末累计。'); }
  }
}

// ---------- Layout C: two periods, 同比 ----------
function layoutC(sb, y, city) {
  const n = ri(4, 9), regs = regions(n);
  const inds = shuffle([['城乡低保人数', '人'], ['特困供养人数', '人'], ['临时救助人次', '人次'], ['低保户数', '户']]).slice(0, ri(2, 3));
  const q = pick(['一季度', '1-2季度', '1-3季度', '全年']);
  const mode = VARIANT ? pick(['pct', 'abs', 'both']) : pick(['pct', 'pct', 'abs']);
  const per = mode === 'both' ? 4 : 3;
  const nc = 1 + inds.length * per;
  sb.title(`${city}${y}年${q}社会救助主要指标`, nc);
  const h = sb.row;
  sb.merge(h, 1, h + 1, 1, '地区');
  inds.forEach(([nm, u], k) => {
    const c0 = 2 + k * per;
    sb.merge(h, c0, h, c0 + per - 1, `${nm}（${u}）`);
    const subs = ['本期', '上年同期', ...(mode === 'abs' ? ['同比增减'] : mode === 'pct' ? ['同比增长(%)'] : ['增减', '增长(%)'])];
    subs.forEach((t, i) => { sb.ws.getCell(h + 1, c0 + i).value = t; });
  });
  sb.row = h + 2;
  const data = regs.map(() => inds.map(() => { const p = ri(300, 30000); return [Math.round(p * (0.8 + rnd() * 0.35)), p]; }));
  const totTop = VARIANT ? chance(0.4) : chance(0.7), totName = pick(['全市', '合计', '总计']);
  const tot = inds.map((_, k) => [0, 1].map((j) => data.reduce((a, r) => a + r[k][j], 0)));
  const all = totTop ? [[totName, tot], ...data.map((d, i) => [regs[i], d])] : [...data.map((d, i) => [regs[i], d]), [totName, tot]];
  const st = sb.row, ad = [];
  all.forEach(([nm, d], i) => {
    const r = st + i; sb.put(r, 1, nm); const rowA = [];
    d.forEach(([cur, prev], k) => {
      const c0 = 2 + k * per;
      const a1 = sb.put(r, c0, cur, { d: 0 }), a2 = sb.put(r, c0 + 1, prev, { d: 0 });
      const x = { cur: a1, prev: a2 };
      if (mode === 'abs') { x.dif = sb.put(r, c0 + 2, cur - prev, { d: 0 }); sb.diff(x.dif, a1, a2, 0.5); }
      else if (mode === 'pct') { x.g = sb.put(r, c0 + 2, grow(cur, prev), { d: 1 }); sb.growth(x.g, a1, a2, half(1) + 1e-9); }
      else { x.dif = sb.put(r, c0 + 2, cur - prev, { d: 0 }); sb.diff(x.dif, a1, a2, 0.5); x.g = sb.put(r, c0 + 3, grow(cur, prev), { d: 1 }); sb.growth(x.g, a1, a2, half(1) + 1e-9); }
      rowA.push(x);
    });
    ad.push(rowA);
  });
  sb.row = st + all.length;
  const ti = totTop ? 0 : all.length - 1, pi = all.map((_, i) => i).filter((i) => i !== ti);
  inds.forEach((_, k) => { for (const key of ['cur', 'prev', 'dif']) if (ad[ti][k][key]) sb.sum(ad[ti][k][key], pi.map((i) => ad[i][k][key]), 0.5); });
  if (chance(0.5)) { sb.row++; sb.line('注：上年同期数据按现行口径调整。'); }
}

// ---------- Layout D: 养老机构与床位 ----------
function layoutD(sb, y, city) {
  const n = ri(4, 9), regs = regions(n);
  const permil = true, shareD = pick([1, 2]);
  const oldUnit = pick(['人', '万人']);
  const nc = 7;
  sb.title(`${y}年末${city}养老服务机构和床位情况`, nc);
  if (chance(0.5)) sb.line(`单位：个、张、${oldUnit}`, 5);
  const h = sb.row;
  const hdr = ['地区', '养老机构（个）', '床位数（张）', '其中：护理型床位（张）', `60岁及以上老年人口（${oldUnit}）`, '每千名老年人拥有床位数（张）', '护理型床位占比(%)'];
  if (chance(0.5)) { hdr.forEach((t, i) => sb.put(h, i + 1, t)); sb.row = h + 1; }
  else {
    sb.merge(h, 1, h + 1, 1, '地区'); sb.merge(h, 2, h, 4, '养老机构及床位');
    sb.ws.getCell(h + 1, 2).value = '机构数（个）'; sb.ws.getCell(h + 1, 3).value = '床位数（张）'; sb.ws.getCell(h + 1, 4).value = '#护理型床位';
    sb.merge(h, 5, h + 1, 5, hdr[4]); sb.merge(h, 6, h, 7, '主要比率');
    sb.ws.getCell(h + 1, 6).value = '每千名老年人床位数（张）'; sb.ws.getCell(h + 1, 7).value = '护理型床位占比（%）';
    sb.row = h + 2;
  }
  const od = oldUnit === '万人' ? 2 : 0;
  const data = regs.map(() => { const old = oldUnit === '万人' ? rd(ri(30000, 250000) / 10000, 2) : ri(30000, 250000); const oldP = oldUnit === '万人' ? Math.round(old * 10000) : old; const beds = Math.round(oldP * (0.02 + rnd() * 0.025)); return [ri(5, 80), beds, Math.round(beds * (0.3 + rnd() * 0.4)), old]; });
  const tot = [0, 1, 2].map((j) => data.reduce((a, r) => a + r[j], 0)); tot.push(rd(data.reduce((a, r) => a + r[3], 0), od));
  const totTop = chance(0.6), totName = pick(['全市', '合计', '全市合计']);
  const all = totTop ? [[totName, tot], ...data.map((d, i) => [regs[i], d])] : [...data.map((d, i) => [regs[i], d]), [totName, tot]];
  const st = sb.row, ad = [];
  all.forEach(([nm, d], i) => {
    const r = st + i; sb.put(r, 1, nm);
    const a = d.map((v, j) => sb.put(r, j + 2, v, { d: j === 3 ? od : 0 }));
    const oldP = d[3] * (oldUnit === '万人' ? 10000 : 1);
    a.push(sb.put(r, 6, rd(d[1] / oldP * 1000, 1), { d: 1 }));
    a.push(sb.put(r, 7, rd(d[2] / d[1] * 100, shareD), { d: shareD }));
    sb.rate(a[4], a[1], a[3], oldUnit === '万人' ? 0.1 : 1000, half(1) + (oldUnit === '万人' ? d[1] / oldP * 1000 * 0.005 / d[3] : 0) + 1e-9);
    sb.rate(a[5], a[2], a[1], 100, half(shareD) + 1e-9);
    sb.le(a[2], a[1]);
    ad.push(a);
  });
  sb.row = st + all.length;
  const ti = totTop ? 0 : all.length - 1, pi = all.map((_, i) => i).filter((i) => i !== ti);
  for (let j = 0; j < 4; j++) sb.sum(ad[ti][j], pi.map((i) => ad[i][j]), j === 3 && od ? sumTol(od, 0, false) : 0.5);
  sb.row++; if (chance(0.6)) sb.line('注：每千名老年人拥有床位数=床位数/60岁及以上老年人口×1000。');
}

// ---------- Layout E: years as rows ----------
function layoutE(sb, y, city) {
  const ny = ri(4, 7), y0 = y - ny + 1;
  const nc = 7;
  sb.title(`${city}城乡低保对象人数（${y0}-${y}年）`, nc);
  const un = chance(0.5);
  if (un) sb.line('单位：人', nc);
  const h = sb.row;
  const hdr = ['年份', '城乡低保对象合计', '城市低保', '农村低保', '农村占比(%)', '合计比上年增长(%)', '城市低保标准（元/人·月）'];
  const twoRow = chance(0.5);
  if (twoRow) {
    sb.merge(h, 1, h + 1, 1, '年份'); sb.merge(h, 2, h, 4, '低保对象人数' + (un ? '' : '（人）'));
    sb.ws.getCell(h + 1, 2).value = '合计'; sb.ws.getCell(h + 1, 3).value = '城市'; sb.ws.getCell(h + 1, 4).value = '农村';
    for (let c = 5; c <= 7; c++) sb.merge(h, c, h + 1, c, hdr[c - 1]);
    sb.row = h + 2;
  } else { hdr.forEach((t, i) => sb.put(h, i + 1, t)); sb.row = h + 1; }
  let u = ri(5000, 40000), rr = ri(10000, 90000), std = ri(450, 700);
  const st = sb.row; let prevT = null, prevA = null;
  for (let i = 0; i < ny; i++) {
    const r = st + i; sb.put(r, 1, chance(0.5) ? `${y0 + i}年` : y0 + i);
    const t = u + rr;
    const aT = sb.put(r, 2, t, { d: 0 }), aU = sb.put(r, 3, u, { d: 0 }), aR = sb.put(r, 4, rr, { d: 0 });
    sb.sum(aT, [aU, aR], 0.5); sb.le(aU, aT);
    const aS = sb.put(r, 5, rd(rr / t * 100, 1), { d: 1 }); sb.rate(aS, aR, aT, 100, half(1) + 1e-9);
    if (prevT == null) sb.put(r, 6, dashS()); else { const g = sb.put(r, 6, grow(t, prevT), { d: 1 }); sb.growth(g, aT, prevA, half(1) + 1e-9); }
    sb.put(r, 7, std, { d: 0 });
    prevT = t; prevA = aT;
    u = Math.round(u * (0.85 + rnd() * 0.2)); rr = Math.round(rr * (0.85 + rnd() * 0.2)); std += ri(20, 60);
  }
  sb.row = st + ny + 1;
  if (chance(0.5)) sb.line('资料来源：市民政局。');
}

// ---------- Layout F: 社会救助支出 by item, # rows, shares, points ----------
function layoutF(sb, y, city) {
  const md = pick([1, 2]);
  const unit = pick(['万元', '万元', '亿元']); const d = unit === '亿元' ? 2 : md;
  const sc = unit === '亿元' ? 1e-4 : 1;
  const items = [
    ['城市低保', 1], ['农村低保', 1], ['集中供养', 2], ['分散供养', 2], ['临时救助', 0], ['其他', 0]];
  const ex = (lo, hi) => (lo + rnd() * (hi - lo)) * sc;
  const cur = { 城市低保: ex(2000, 9000), 农村低保: ex(5000, 20000), 集中供养: ex(500, 3000), 分散供养: ex(800, 5000), 临时救助: ex(300, 2500), 其他: ex(100, 1500) };
  const prev = {}; for (const k in cur) prev[k] = cur[k] * (0.8 + rnd() * 0.35);
  const R = (o) => { const x = {}; for (const k in o) x[k] = rd(o[k], d); x.城乡低保 = rd(x.城市低保 + x.农村低保, d); x.特困人员供养 = rd(x.集中供养 + x.分散供养, d); x.合计 = rd(x.城乡低保 + x.特困人员供养 + x.临时救助 + x.其他, d); return x; };
  const C = R(cur), P = R(prev);
  const withPts = VARIANT ? chance(0.7) : chance(0.5);
  const nc = withPts ? 7 : 5;
  sb.title(`${city}${y}年社会救助资金支出情况`, nc);
  sb.line(`单位：${unit}`, nc);
  const h = sb.row;
  const hd = ['项  目', `${y}年`, `${y - 1}年`, '增长(%)', '占比(%)'];
  if (withPts) hd.push(`${y - 1}年占比(%)`, '占比增减(百分点)');
  hd.forEach((t, i) => sb.put(h, i + 1, t)); sb.row = h + 1;
  const ind = chance(0.5);
  const L = [['社会救助支出合计', '合计', 0], ['城乡低保', '城乡低保', 1], ['#城市低保', '城市低保', 2], ['#农村低保', '农村低保', 2], ['特困人员供养', '特困人员供养', 1], ['其中：集中供养', '集中供养', 2], ['分散供养', '分散供养', 2], ['临时救助', '临时救助', 1], ['其他', '其他', 1]];
  const ad = {}; const st = sb.row;
  const shD = 1;
  L.forEach(([lab, k, lv], i) => {
    const r = st + i;
    sb.put(r, 1, ind ? lab : ' '.repeat(lv * 2) + lab, ind && lv ? { indent: lv } : {});
    const a = { c: sb.put(r, 2, C[k], { d }), p: sb.put(r, 3, P[k], { d }) };
    a.g = sb.put(r, 4, grow(C[k], P[k]), { d: 1 }); sb.growth(a.g, a.c, a.p, half(1) + 1e-9);
    const shc = rd(C[k] / C.合计 * 100, shD), shp = rd(P[k] / P.合计 * 100, shD);
    if (k === '合计') { a.s = sb.put(r, 5, 100, { d: shD }); }
    else { a.s = sb.put(r, 5, shc, { d: shD }); }
    if (withPts) { a.sp = sb.put(r, 6, k === '合计' ? 100 : shp, { d: shD }); const pd = sb.put(r, 7, rd(a.s && (k === '合计' ? 0 : shc - shp), shD), { d: shD }); a.pd = pd; }
    ad[k] = a;
  });
  sb.row = st + L.length;
  for (const key of ['c', 'p']) {
    const tt = sumTol(d, 2, false);
    sb.sum(ad.合计[key], ['城乡低保', '特困人员供养', '临时救助', '其他'].map((k) => ad[k][key]), tt);
    sb.sum(ad.城乡低保[key], [ad.城市低保[key], ad.农村低保[key]], tt);
    sb.sum(ad.特困人员供养[key], [ad.集中供养[key], ad.分散供养[key]], tt);
  }
  for (const [, k] of L) if (k !== '合计') {
    const rt = half(shD) + 1e-9 + (C[k] / C.合计 * 100) * (half(d) / Math.min(C[k], C.合计) * 2);
    sb.rate(ad[k].s, ad[k].c, ad.合计.c, 100, rt);
    if (withPts) { sb.rate(ad[k].sp, ad[k].p, ad.合计.p, 100, half(shD) + 1e-9 + (P[k] / P.合计 * 100) * (half(d) / Math.min(P[k], P.合计) * 2)); sb.diff(ad[k].pd, ad[k].s, ad[k].sp, half(shD) + 1e-9); }
  }
  sb.row++; sb.line('注：“#”为其中项。');
}

// ---------- Layout G: 特困人员 by town with subtotals ----------
function layoutG(sb, y, city) {
  const county = pick(COUNTIES.filter((c) => c.endsWith('县')));
  const st1 = shuffle(TOWNS_ST).slice(0, ri(2, 4)), tw = shuffle(TOWNS_TW).slice(0, ri(3, 7));
  const md = pick([1, 2]);
  const nc = 6;
  sb.title(`${county}${y}年特困人员供养情况（按乡镇/街道）`, nc);
  const h = sb.row;
  sb.merge(h, 1, h + 1, 1, '乡镇（街道）'); sb.merge(h, 2, h, 5, '特困人员（人）');
  ['合计', '集中供养', '分散供养', '其中：生活不能自理'].forEach((t, i) => { sb.ws.getCell(h + 1, 2 + i).value = t; });
  sb.merge(h, 6, h + 1, 6, '供养金支出（万元）');
  sb.row = h + 2;
  const mk = () => { const c = chance(0.2) ? 0 : ri(3, 120), dd = ri(10, 400); const t = c + dd; return [t, c, dd, Math.round(t * (0.1 + rnd() * 0.3)), t * (1.1 + rnd() * 0.6) * 12 * 500 / 10000]; };
  const A1 = st1.map(mk), B1 = tw.map(mk);
  const agg = (arr) => [0, 1, 2, 3].map((j) => arr.reduce((a, r) => a + r[j], 0)).concat([null]);
  const sA = agg(A1), sB = agg(B1);
  const mA = A1.map((r) => rd(r[4], md)), mB = B1.map((r) => rd(r[4], md));
  sA[4] = rd(mA.reduce((a, b) => a + b, 0), md); sB[4] = rd(mB.reduce((a, b) => a + b, 0), md);
  const T = [0, 1, 2, 3].map((j) => sA[j] + sB[j]).concat([rd(sA[4] + sB[4], md)]);
  A1.forEach((r, i) => { r[4] = mA[i]; }); B1.forEach((r, i) => { r[4] = mB[i]; });
  const useInd = VARIANT ? chance(0.7) : chance(0.4);
  const dash = chance(0.6) ? dashS() : null;
  const rows = [['全县', T, 0], ['街道小计', sA, 0], ...st1.map((n, i) => [n, A1[i], 1]), ['乡镇小计', sB, 0], ...tw.map((n, i) => [n, B1[i], 1])];
  const ad = []; let r = sb.row;
  rows.forEach(([nm, v, lv]) => {
    sb.put(r, 1, useInd ? nm : (lv ? '    ' : '') + nm, useInd && lv ? { indent: 1 } : {});
    const a = v.map((x, j) => sb.put(r, 2 + j, x, { d: j === 4 ? md : 0, dash: j === 1 ? dash : null }));
    sb.sum(a[0], [a[1], a[2]], 0.5); sb.le(a[3], a[0]);
    ad.push(a); r++;
  });
  sb.row = r;
  const iA = 1, iB = 2 + st1.length;
  const aIdx = st1.map((_, i) => 2 + i), bIdx = tw.map((_, i) => iB + 1 + i);
  for (let j = 0; j < 5; j++) {
    const t = j === 4 ? sumTol(md, 0, false) : 0.5;
    sb.sum(ad[0][j], [ad[iA][j], ad[iB][j]], t);
    sb.sum(ad[iA][j], aIdx.map((i) => ad[i][j]), t);
    sb.sum(ad[iB][j], bIdx.map((i) => ad[i][j]), t);
  }
  if (chance(0.6)) { sb.row++; sb.line('注：“—”表示无集中供养对象。'); }
}

// ---------- Layout H: indicator list with 计量单位 column ----------
function layoutH(sb, y, city) {
  const twoP = VARIANT ? chance(0.3) : chance(0.5);
  const pp = ri(20000, 90000), ppP = Math.round(pp * (0.85 + rnd() * 0.25));
  const mkq = (p) => { const f = Math.round(p * (0.4 + rnd() * 0.15)), o = Math.round(p * (0.2 + rnd() * 0.3)), dd = Math.round(p * (0.05 + rnd() * 0.1)); const c = ri(300, 2500), ds = ri(1000, 6000); const old = ri(80000, 400000); const beds = Math.round(old * (0.02 + rnd() * 0.02)); return { pp: p, f, o, dd, c, ds, tk: c + ds, ls: ri(2000, 20000), inst: ri(20, 150), beds, old }; };
  const cur = mkq(pp), prv = mkq(ppP);
  const rows = [['城乡低保对象', '人', 'pp', 0], ['其中：女性', '人', 'f', 1], ['老年人', '人', 'o', 1], ['残疾人', '人', 'dd', 1], ['特困人员', '人', 'tk', 0], ['集中供养', '人', 'c', 1], ['分散供养', '人', 'ds', 1], ['临时救助', '人次', 'ls', 0], ['养老机构', '个', 'inst', 0], ['养老床位', '张', 'beds', 0], ['60岁及以上老年人口', '人', 'old', 0], ['每千名老年人拥有床位数', '张', 'rate', 0]];
  const nc = twoP ? 5 : 3;
  sb.title(`${city}${y}年民政事业主要指标`, nc);
  const h = sb.row;
  const hd = ['指  标', '计量单位', `${y}年`]; if (twoP) hd.push(`${y - 1}年`, '比上年增长(%)');
  hd.forEach((t, i) => sb.put(h, i + 1, t)); sb.row = h + 1;
  const ad = {}; let r = sb.row;
  const ind = chance(0.5);
  for (const [lab, u, k, lv] of rows) {
    sb.put(r, 1, ind ? lab : (lv ? '  ' : '') + lab, ind && lv ? { indent: 1 } : {}); sb.put(r, 2, u);
    const vC = k === 'rate' ? rd(cur.beds / cur.old * 1000, 1) : cur[k], vP = k === 'rate' ? rd(prv.beds / prv.old * 1000, 1) : prv[k];
    const a = { c: sb.put(r, 3, vC, { d: k === 'rate' ? 1 : 0, text: k === 'ls' && chance(0.3) }) };
    if (twoP) {
      a.p = sb.put(r, 4, vP, { d: k === 'rate' ? 1 : 0 });
      if (k !== 'rate') { a.g = sb.put(r, 5, grow(vC, vP), { d: 1 }); sb.growth(a.g, a.c, a.p, half(1) + 1e-9); }
      else sb.put(r, 5, '—');
    }
    ad[k] = a; r++;
  }
  sb.row = r;
  for (const key of twoP ? ['c', 'p'] : ['c']) {
    for (const k of ['f', 'o', 'dd']) sb.le(ad[k][key], ad.pp[key]);
    sb.sum(ad.tk[key], [ad.c[key], ad.ds[key]], 0.5);
    sb.rate(ad.rate[key], ad.beds[key], ad.old[key], 1000, half(1) + 1e-9);
  }
  if (chance(0.5)) { sb.row++; sb.line('注：养老床位含社区养老服务设施床位。'); }
}

// ---------- Layout I: years as columns, ‰ ----------
function layoutI(sb, y, city) {
  const ny = ri(3, 5), y0 = y - ny + 1, nc = 2 + ny + 1;
  sb.title(`${city}城乡低保主要指标（${y0}—${y}年）`, nc);
  const h = sb.row;
  ['指标', '计量单位'].forEach((t, i) => sb.put(h, i + 1, t));
  for (let i = 0; i < ny; i++) sb.put(h, 3 + i, VARIANT ? `${y0 + i}年` : y0 + i);
  sb.put(h, 3 + ny, `${y}年比上年增长(%)`); sb.row = h + 1;
  const r0 = sb.row;
  ['低保对象合计', '  城市低保对象', '  农村低保对象', '年末户籍人口', '低保人口占户籍人口比重'].forEach((t, i) => sb.put(r0 + i, 1, t));
  ['人', '人', '人', '万人', '‰'].forEach((t, i) => sb.put(r0 + i, 2, t));
  let u = ri(5000, 40000), rr = ri(10000, 90000), pop = ri(600000, 3000000);
  const ad = [];
  for (let i = 0; i < ny; i++) {
    const c = 3 + i, popW = rd(pop / 10000, 2);
    const a = [sb.put(r0, c, u + rr, { d: 0 }), sb.put(r0 + 1, c, u, { d: 0 }), sb.put(r0 + 2, c, rr, { d: 0 }), sb.put(r0 + 3, c, popW, { d: 2 })];
    a.push(sb.put(r0 + 4, c, rd((u + rr) / (popW * 10000) * 1000, 2), { d: 2 }));
    sb.sum(a[0], [a[1], a[2]], 0.5); sb.rate(a[4], a[0], a[3], 0.1, half(2) + 1e-9);
    ad.push({ a, v: [u + rr, u, rr, popW] });
    u = Math.round(u * (0.85 + rnd() * 0.2)); rr = Math.round(rr * (0.85 + rnd() * 0.2)); pop = Math.round(pop * (0.99 + rnd() * 0.02));
  }
  const L = ad[ny - 1], P = ad[ny - 2];
  for (let j = 0; j < 4; j++) { const g = sb.put(r0 + j, 3 + ny, grow(L.v[j], P.v[j]), { d: 1 }); sb.growth(g, L.a[j], P.a[j], half(1) + 1e-9); }
  sb.put(r0 + 4, 3 + ny, '—');
  sb.row = r0 + 6; if (chance(0.6)) sb.line('注：比重按年末户籍人口计算，单位为‰。');
}

// ---------- Layout J: three header rows + unit row ----------
function layoutJ(sb, y, city) {
  const n = ri(4, 8), regs = regions(n), md = pick([1, 2]);
  const nc = 7;
  sb.title(`${y}年${city}特困人员救助供养情况`, nc);
  const h = sb.row;
  sb.merge(h, 1, h + 3, 1, '地区'); sb.merge(h, 2, h, 7, '特困人员救助供养');
  const grp = VARIANT ? ['合计', '集中供养', '分散供养'] : ['集中供养', '分散供养', '合计'];
  grp.forEach((g, i) => { sb.merge(h + 1, 2 + 2 * i, h + 1, 3 + 2 * i, g); sb.ws.getCell(h + 2, 2 + 2 * i).value = '供养人数'; sb.ws.getCell(h + 2, 3 + 2 * i).value = '供养资金'; sb.ws.getCell(h + 3, 2 + 2 * i).value = '人'; sb.ws.getCell(h + 3, 3 + 2 * i).value = '万元'; });
  sb.row = h + 4;
  const data = regs.map(() => { const c = ri(20, 600), d = ri(100, 2500); return { 集中供养: [c, rd(c * (1.5 + rnd()) * 12 * 600 / 10000, md)], 分散供养: [d, rd(d * (1 + rnd()) * 12 * 500 / 10000, md)] }; });
  data.forEach((x) => { x.合计 = [x.集中供养[0] + x.分散供养[0], rd(x.集中供养[1] + x.分散供养[1], md)]; });
  const tot = {}; for (const g of grp) tot[g] = [data.reduce((a, x) => a + x[g][0], 0), rd(data.reduce((a, x) => a + x[g][1], 0), md)];
  const totName = pick(['全市', '合计', '总计']);
  const all = [...data.map((x, i) => [regs[i], x]), [totName, tot]];
  const st = sb.row, ad = [];
  all.forEach(([nm, x], i) => {
    sb.put(st + i, 1, nm); const a = {};
    grp.forEach((g, k) => { a[g] = [sb.put(st + i, 2 + 2 * k, x[g][0], { d: 0 }), sb.put(st + i, 3 + 2 * k, x[g][1], { d: md })]; });
    for (const j of [0, 1]) sb.sum(a.合计[j], [a.集中供养[j], a.分散供养[j]], j ? sumTol(md, 0, false) : 0.5);
    ad.push(a);
  });
  sb.row = st + all.length;
  const ti = all.length - 1;
  for (const g of grp) for (const j of [0, 1]) sb.sum(ad[ti][g][j], ad.slice(0, ti).map((a) => a[g][j]), j ? sumTol(md, 0, false) : 0.5);
}

// ---------- Layout K: quarterly stock (季末) + flow (当季 / 全年累计) ----------
function layoutK(sb, y, city) {
  const n = ri(4, 8), regs = regions(n), md = pick([1, 2]);
  const Q = ['一季度', '二季度', '三季度', '四季度'];
  const nc = 1 + 4 + 5;
  sb.title(`${city}${y}年分季度农村低保情况`, nc);
  const h = sb.row;
  sb.merge(h, 1, h + 1, 1, '地区'); sb.merge(h, 2, h, 5, '季末保障人数（人）'); sb.merge(h, 6, h, 10, '保障资金支出（万元）');
  Q.forEach((q, i) => { sb.ws.getCell(h + 1, 2 + i).value = q; sb.ws.getCell(h + 1, 6 + i).value = q; });
  sb.ws.getCell(h + 1, 10).value = pick(['全年累计', '全年', '1-4季度累计']);
  sb.row = h + 2;
  const data = regs.map(() => { let p = ri(2000, 30000); const st = [], mo = []; for (let q = 0; q < 4; q++) { st.push(p); mo.push(rd(p * ri(450, 700) * 3 / 10000, md)); p = Math.round(p * (0.95 + rnd() * 0.08)); } mo.push(rd(mo.reduce((a, b) => a + b, 0), md)); return [...st, ...mo]; });
  const tot = Array.from({ length: 9 }, (_, j) => (j < 4 ? data.reduce((a, r) => a + r[j], 0) : rd(data.reduce((a, r) => a + r[j], 0), md)));
  const totName = pick(['全市', '合计']); const totTop = chance(0.5);
  const all = totTop ? [[totName, tot], ...data.map((d, i) => [regs[i], d])] : [...data.map((d, i) => [regs[i], d]), [totName, tot]];
  const st = sb.row, ad = [];
  all.forEach(([nm, d], i) => { sb.put(st + i, 1, nm); const a = d.map((v, j) => sb.put(st + i, 2 + j, v, { d: j < 4 ? 0 : md })); sb.sum(a[8], a.slice(4, 8), sumTol(md, 0, false)); ad.push(a); });
  sb.row = st + all.length;
  const ti = totTop ? 0 : all.length - 1, pi = all.map((_, i) => i).filter((i) => i !== ti);
  for (let j = 0; j < 9; j++) sb.sum(ad[ti][j], pi.map((i) => ad[i][j]), j < 4 ? 0.5 : sumTol(md, 0, false));
  sb.row++; sb.line('注：保障人数为季末时点数，资金为当季支出数。');
}

// ---------- Layout L: each region as a block of rows 本期 / 上年同期 / 同比±% ----------
function layoutL(sb, y, city) {
  const n = ri(3, 6), regs = regions(n);
  const q = pick(['1-2季度', '1-3季度', '全年', '一季度']);
  const cols = [['低保人数', '人'], ['特困人员', '人'], ['临时救助', '人次']];
  const nc = 2 + cols.length;
  sb.title(`${city}${y}年${q}社会救助对象分地区情况`, nc);
  const h = sb.row;
  sb.put(h, 1, '地区'); sb.put(h, 2, '项目'); cols.forEach(([c, u], i) => sb.put(h, 3 + i, `${c}（${u}）`)); sb.row = h + 1;
  const data = regs.map(() => cols.map(() => { const p = ri(200, 20000); return [Math.round(p * (0.8 + rnd() * 0.35)), p]; }));
  const tot = cols.map((_, k) => [0, 1].map((j) => data.reduce((a, r) => a + r[k][j], 0)));
  const all = [[pick(['全市', '合计']), tot], ...data.map((d, i) => [regs[i], d])];
  const labs = VARIANT ? ['本期', '上年同期', '同比±%'] : ['本年累计', '上年同期', '增长(%)'];
  let r = sb.row; const ad = [];
  all.forEach(([nm, d]) => {
    sb.merge(r, 1, r + 2, 1, nm); labs.forEach((l, i) => sb.put(r + i, 2, l));
    const a = d.map(([cur, prev], k) => { const c = sb.put(r, 3 + k, cur, { d: 0 }), p = sb.put(r + 1, 3 + k, prev, { d: 0 }); const g = sb.put(r + 2, 3 + k, grow(cur, prev), { d: 1 }); sb.growth(g, c, p, half(1) + 1e-9); return [c, p]; });
    ad.push(a); r += 3;
  });
  sb.row = r;
  cols.forEach((_, k) => { for (const j of [0, 1]) sb.sum(ad[0][k][j], ad.slice(1).map((a) => a[k][j]), 0.5); });
}

const LAYOUTS = { A: layoutA, B: layoutB, C: layoutC, D: layoutD, E: layoutE, F: layoutF, G: layoutG, H: layoutH, I: layoutI, J: layoutJ, K: layoutK, L: layoutL };
const SHEETNAMES = { A: ['城乡低保', '低保', '表1'], B: ['临时救助', '表2'], C: ['同比', '主要指标'], D: ['养老服务', '养老机构'], E: ['历年低保', '低保对象'], F: ['救助支出', '资金'], G: ['特困供养', '分乡镇'], H: ['主要指标', '民政指标'], I: ['历年指标', '低保比重'], J: ['特困救助', '表3'], K: ['分季度', '农村低保'], L: ['分地区', '救助对象'] };

// plant one change
function plant(sheets) {
  const cands = [];
  for (const sh of sheets) {
    const cnt = {};
    const cellsOf = (rel) => [rel.total, ...(rel.parts || []), rel.part, rel.whole, rel.cell, rel.num, rel.den, rel.cur, rel.prev, rel.a, rel.b].filter(Boolean);
    sh.sb.rels.forEach((rel) => new Set(cellsOf(rel)).forEach((c) => { cnt[c] = (cnt[c] || 0) + 1; }));
    sh.sb.rels.forEach((rel) => {
      const roles = rel.type === 'sum' ? [['total', rel.total], ...rel.parts.map((p) => ['part', p])] : rel.type === 'le' ? [['le', rel.part]] : rel.type === 'rate' ? [['rate', rel.cell]] : rel.type === 'growth' ? [['growth', rel.cell]] : [['points', rel.cell]];
      for (const [kind, c] of roles) if (cnt[c] === 1 && typeof sh.sb.vals[c] === 'number' && !(rel.type === 'sum' && rel.parts.length === 1) && typeof sh.sb.ws.getCell(c).value === 'number') cands.push({ sh, rel, kind, c });
    });
  }
  if (!cands.length) return null;
  const kinds = [...new Set(cands.map((x) => x.kind))];
  const k = pick(kinds); const x = pick(cands.filter((y) => y.kind === k));
  const cell = x.sh.sb.ws.getCell(x.c); const was = x.sh.sb.vals[x.c];
  const fmt = cell.numFmt || '0'; const d = /\.(0+)/.test(fmt) ? fmt.match(/\.(0+)/)[1].length : 0;
  let now;
  if (k === 'le') { const whole = x.sh.sb.vals[x.rel.whole]; now = whole + Math.max(3, Math.round(whole * (0.03 + rnd() * 0.1))); }
  else {
    const tol = x.rel.tol;
    let delta = Math.max(4 * tol + 10 ** -d, Math.abs(was) * (0.02 + rnd() * 0.08), 10 ** -d * 2);
    if (k === 'rate' || k === 'growth' || k === 'points') delta = Math.max(4 * tol + 10 ** -d, 0.3 + rnd() * 3);
    now = rd(was + (chance(0.5) || was - delta < 0 ? delta : -delta), d);
    if (d === 0) now = Math.round(now);
  }
  cell.value = now; x.sh.sb.vals[x.c] = now;
  return { sheet: x.sh.name, cell: x.c, was, now, kind: k, rel: x.rel };
}

(async () => {
  const dir = path.join(ROOT, SET); fs.mkdirSync(dir, { recursive: true }); fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
  const manifest = [];
  for (let b = 0; b < N; b++) {
    const wb = new ExcelJS.Workbook();
    const ns = ri(1, 4); const keys = shuffle(Object.keys(LAYOUTS)).slice(0, ns);
    const y = YEAR(), city = pick(CITIES);
    const sheets = []; const used = new Set();
    keys.forEach((k, i) => {
      let name = pick(SHEETNAMES[k]); if (chance(0.2)) name = 'Sheet' + (i + 1); if (used.has(name)) name = name + (i + 1); used.add(name);
      const ws = wb.addWorksheet(name); const sb = new SB(ws);
      LAYOUTS[k](sb, y, city); ws.getColumn(1).width = 22; for (let c = 2; c <= 12; c++) ws.getColumn(c).width = 13;
      sheets.push({ name, sb, layout: k });
    });
    const doPlant = b < Math.round(N * PF) ? true : false;
    const file = `${SET}-${String(b + 1).padStart(3, '0')}-${keys.join('')}.xlsx`;
    const plants = [];
    if (doPlant) { const p = plant(sheets); if (p) plants.push(p); else { b--; continue; } }
    await wb.xlsx.writeFile(path.join(dir, file));
    fs.writeFileSync(path.join(ROOT, 'rel', `${SET}__${file}.json`), JSON.stringify({ file, set: SET, sheets: sheets.map((s) => ({ sheet: s.name, layout: s.layout, relations: s.sb.rels })) }, null, 1));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${SET}: ${N} books, ${manifest.filter((m) => m.plants.length).length} planted`);
})();
