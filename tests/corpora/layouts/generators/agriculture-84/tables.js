// table builders for agriculture/rural statistics workbooks
const { rd } = require('./lib');

const FW = '\u3000';
function lab(sh, r, text, level, ind) {
  if (ind === 'align') return sh.put(r, 1, text, { indent: level * 2 });
  if (ind === 'none') return sh.put(r, 1, text);
  return sh.put(r, 1, FW.repeat(level) + text);
}
function putV(sh, r, c, v, dp, o = {}) {
  if (v === null || v === undefined) return o.dash === undefined ? sh.put(r, c, '—', { h: 'right' }) : sh.put(r, c, o.dash, { h: 'right' });
  return sh.num(r, c, v, dp, o);
}
function growth(cur, prev, dp = 1) { return rd((cur / prev - 1) * 100, dp); }
function hdr(sh, r, c, text, o = {}) { return sh.put(r, c, text, Object.assign({ hdr: true, bold: true }, o)); }

// ---------------- generic indicator table -----------------
// items: {id,label,level,unit,dp,cur,prev,sumOf:[ids],partOf:id,ratio:{num,den,k},noGrowth,shareOf:id, sep}
// spec: {title,row,unitCol,unitLine,years:[y0,y1],gHead,gdp,growthFrom:'true'|'disp',share:{head,of,dp},note,dash,ind,order:'old-new'|'new-old'}
function indTable(book, sh, R, spec) {
  let r = spec.row || 1;
  const items = spec.items;
  const byId = {}; items.forEach((it) => { byId[it.id] = it; });
  const gdp = spec.gdp === undefined ? 1 : spec.gdp;
  // columns
  const cols = [];
  let c = 2;
  const uc = spec.unitCol ? c++ : null;
  const yrs = spec.years;
  const newFirst = spec.order === 'new-old';
  const cPrev = yrs ? (newFirst ? c + 1 : c) : null;
  const cCur = yrs ? (newFirst ? c : c + 1) : c;
  c += yrs ? 2 : 1;
  const cG = yrs && !spec.noGrowthCol ? c++ : null;
  const cS = spec.share ? c++ : null;
  const ncol = c - 1;
  if (spec.title) { sh.title(r, spec.title, ncol); r++; }
  if (spec.unitLine) { sh.put(r, ncol, spec.unitLine, { h: 'right' }); r++; }
  const hr = r;
  hdr(sh, r, 1, spec.firstHead || '指标');
  if (uc) hdr(sh, r, uc, '单位');
  if (yrs) { hdr(sh, r, cPrev, yrs[0] + '年'); hdr(sh, r, cCur, yrs[1] + '年'); } else hdr(sh, r, cCur, spec.valHead || '数值');
  if (cG) hdr(sh, r, cG, spec.gHead || '比上年增长(%)');
  if (cS) hdr(sh, r, cS, spec.share.head || '构成(%)');
  r++;
  // display values
  const disp = (it, v) => (v === null || v === undefined ? null : rd(v, it.dp));
  for (const it of items) {
    it.row = r;
    if (it.header) { lab(sh, r, it.label, it.level || 0, spec.ind); r++; continue; }
    const label = spec.unitInLabel && it.unit ? `${it.label}（${it.unit}）` : it.label;
    lab(sh, r, label, it.level || 0, spec.ind);
    if (uc) sh.put(r, uc, it.unit || '', { h: 'center' });
    const o = { sep: it.sep, asText: spec.asText, dash: spec.dash };
    if (yrs) putV(sh, r, cPrev, it.prev, it.dp, o);
    putV(sh, r, cCur, it.cur, it.dp, o);
    if (cG) {
      if (it.noGrowth || it.prev === null || it.cur === null || it.prev === undefined) putV(sh, r, cG, null, gdp, o);
      else if (it.pp) {
        it.g = rd(disp(it, it.cur) - disp(it, it.prev), gdp);
        sh.num(r, cG, it.g, gdp, { asText: spec.asText });
        book.rel({ t: 'diff', y: sh.ref(r, cG), cur: sh.ref(r, cCur), prev: sh.ref(r, cPrev) });
      } else if (it.gGiven !== undefined) {
        sh.num(r, cG, it.gGiven, gdp, { asText: spec.asText });
      } else {
        const base = spec.growthFrom === 'true' ? [it.cur, it.prev] : [disp(it, it.cur), disp(it, it.prev)];
        it.g = growth(base[0], base[1], gdp);
        sh.num(r, cG, it.g, gdp, { asText: spec.asText });
        book.rel({ t: 'growth', y: sh.ref(r, cG), cur: sh.ref(r, cCur), prev: sh.ref(r, cPrev) });
        book.cand('growth', sh, r, cG);
      }
    }
    if (cS) {
      if (it.shareOf !== undefined && it.cur !== null) {
        const base = byId[it.shareOf];
        const s = it.id === it.shareOf ? 100 : rd((it.cur / base.cur) * 100, spec.share.dp);
        sh.num(r, cS, s, spec.share.dp, { asText: spec.asText });
        if (it.id !== it.shareOf) { book.rel({ t: 'ratio', y: sh.ref(r, cS), num: [sh.ref(r, cCur)], den: [null], denId: it.shareOf, k: 100 }); book.cand('share', sh, r, cS); }
      } else sh.put(r, cS, null);
    }
    r++;
  }
  // relations among rows
  const cref = (it, col) => sh.ref(it.row, col);
  for (const rel of book.rels) if (rel.denId !== undefined && rel.den[0] === null) { rel.den = [cref(byId[rel.denId], cCur)]; delete rel.denId; }
  const valCols = yrs ? [cPrev, cCur] : [cCur];
  for (const it of items) {
    if (it.sumOf) {
      for (const col of valCols) book.rel({ t: 'sum', y: cref(it, col), x: it.sumOf.map((id) => cref(byId[id], col)) });
      book.cand('total', sh, it.row, cCur);
      for (const id of it.sumOf) if (!byId[id].sumOf && !byId[id].ratio) book.cand('part', sh, byId[id].row, cCur, { also: yrs && cG ? 'growth' : null });
    }
    if (it.partsOf) for (const col of valCols) book.rel({ t: 'le', y: cref(it, col), x: it.partsOf.map((id) => cref(byId[id], col)) });
    if (it.ratio) {
      for (const col of valCols) book.rel({ t: 'ratio', y: cref(it, col), num: [cref(byId[it.ratio.num], col)], den: [cref(byId[it.ratio.den], col)], k: it.ratio.k });
      book.cand('ratio', sh, it.row, cCur);
    }
  }
  if (cS) {
    const shares = items.filter((it) => it.shareGroup).map((it) => sh.ref(it.row, cS));
    if (shares.length) book.rel({ t: 'sumc', c: 100, x: shares });
  }
  if (spec.note) { sh.put(r, 1, spec.note); r++; }
  return { next: r + 1, cCur, cPrev };
}

// ---------------- crop sown area / output / yield table -----------------
const CROPS = {
  稻谷: [430, 620], 小麦: [320, 470], 玉米: [380, 580], 其他谷物: [180, 300], 豆类: [110, 210], 薯类: [240, 380],
  油料: [140, 240], 棉花: [70, 115], 糖料: [3800, 5600], 蔬菜: [1800, 3900], 瓜果: [1400, 3200], 中草药材: [150, 400], 烟叶: [120, 170],
};
function cropData(R, region, scale = 1) {
  const a = {};
  const big = (x, y) => Math.round(R.int(x, y) * scale);
  if (region === 'south') { a.稻谷 = big(180000, 520000); a.小麦 = R.chance(0.5) ? null : big(3000, 30000); a.玉米 = big(20000, 90000); }
  else { a.稻谷 = R.chance(0.5) ? null : big(2000, 25000); a.小麦 = big(200000, 500000); a.玉米 = big(150000, 450000); }
  a.其他谷物 = big(1500, 12000); a.豆类 = big(8000, 60000); a.薯类 = big(10000, 50000);
  a.油料 = big(20000, 90000); a.棉花 = R.chance(0.5) ? null : big(2000, 20000); a.糖料 = R.chance(0.6) ? null : big(1000, 15000);
  a.蔬菜 = big(40000, 160000); a.瓜果 = big(8000, 40000); a.中草药材 = big(2000, 15000); a.烟叶 = R.chance(0.6) ? null : big(2000, 12000);
  const o = {};
  for (const k of Object.keys(a)) o[k] = a[k] === null ? null : Math.round((a[k] * R.int(CROPS[k][0], CROPS[k][1])) / 1000);
  return { a, o };
}
const sumN = (arr) => { const v = arr.filter((x) => x !== null && x !== undefined); return v.length ? v.reduce((s, x) => s + x, 0) : null; };

// opt: areaU('亩','万亩','公顷','千公顷'), outU('吨','万吨'), yU('公斤/亩','公斤/公顷'), ydp, unitStyle('line','header'), grainLevels, econFull, withGrowth, region
function cropTable(book, sh, R, opt) {
  let r = opt.row || 1;
  const ha = opt.areaU === '公顷' || opt.areaU === '千公顷';
  const aF = { 亩: 1, 万亩: 1e4, 公顷: 1, 千公顷: 1e3 }[opt.areaU];
  const oF = { 吨: 1, 万吨: 1e4 }[opt.outU];
  const adp = aF > 1 ? 2 : 0, odp = oF > 1 ? 2 : 0;
  const ydp = opt.ydp || 0;
  const k = (1000 * oF) / aF / (ha && opt.yU === '公斤/亩' ? 15 : 1);
  const mk = () => {
    const d = cropData(R, opt.region, opt.scale || 1);
    if (ha) for (const x of Object.keys(d.a)) if (d.a[x] !== null) d.a[x] = Math.round(d.a[x] / 15);
    return d;
  };
  const cur = mk();
  let prev = null;
  if (opt.withGrowth) {
    prev = { a: {}, o: {} };
    for (const x of Object.keys(cur.a)) {
      if (cur.a[x] === null) { prev.a[x] = null; prev.o[x] = null; continue; }
      prev.a[x] = Math.round(cur.a[x] / (1 + R.float(-0.08, 0.1)));
      prev.o[x] = Math.round(cur.o[x] / (1 + R.float(-0.1, 0.14)));
    }
  }
  const grainP = opt.grainLevels ? [['谷物', ['稻谷', '小麦', '玉米', '其他谷物']], '豆类', '薯类'] : ['稻谷', '小麦', '玉米', '其他谷物', '豆类', '薯类'];
  const econFull = ['油料', '棉花', '糖料', '蔬菜', '瓜果', '中草药材', '烟叶'].filter((x) => cur.a[x] !== null);
  const econList = opt.econFull ? econFull : ['油料', '蔬菜'];
  const other = Math.round(cur.a.蔬菜 * R.float(0.05, 0.2));
  const otherPrev = prev ? Math.round(other / (1 + R.float(-0.05, 0.05))) : null;
  // build rows: {label, level, a, o, y?, prevA, prevO, sumOf, partsOf, noOut}
  const rows = [];
  const add = (x) => { x.id = rows.length; rows.push(x); return x; };
  const tot = add({ label: '农作物总播种面积', level: 0, noOut: true });
  const grain = add({ label: opt.numbered ? '一、粮食作物' : '粮食作物', level: opt.numbered ? 0 : 1 });
  const gl = opt.numbered ? 1 : 2;
  const grainKids = [];
  for (const g of grainP) {
    if (Array.isArray(g)) {
      const sub = add({ label: opt.numbered ? '（一）谷物' : '谷物', level: gl });
      grainKids.push(sub);
      sub.sumOf = [];
      g[1].forEach((n, i) => { const x = add({ label: n, level: gl + 1, crop: n }); sub.sumOf.push(x); });
    } else {
      const num = opt.numbered && opt.grainLevels ? (g === '豆类' ? '（二）' : '（三）') : '';
      grainKids.push(add({ label: num + g, level: gl + (opt.grainLevels ? 0 : 1), crop: g }));
    }
  }
  grain.sumOf = grainKids;
  const econ = add({ label: opt.numbered ? '二、经济作物' : '经济作物', level: opt.numbered ? 0 : 1, noOut: true });
  const eks = econList.map((n, i) => add({ label: (!opt.econFull && i === 0 ? '其中：' : opt.econFull ? '' : '　　　') + n, level: (opt.numbered ? 1 : 2), crop: n }));
  if (opt.econFull) econ.sumOf = eks; else econ.partsOf = eks;
  const oth = add({ label: opt.numbered ? '三、其他农作物' : '其他农作物', level: opt.numbered ? 0 : 1, noOut: true, a: other, prevA: otherPrev });
  tot.sumOf = [grain, econ, oth];
  // values bottom-up
  const val = (x) => {
    if (x.crop) { x.a = cur.a[x.crop]; x.o = cur.o[x.crop]; if (prev) { x.prevA = prev.a[x.crop]; x.prevO = prev.o[x.crop]; } }
    else if (x.sumOf || x.partsOf) {
      (x.sumOf || x.partsOf).forEach(val);
      if (x.sumOf) {
        x.a = sumN(x.sumOf.map((y) => y.a)); if (!x.noOut) x.o = sumN(x.sumOf.map((y) => y.o));
        if (prev) { x.prevA = sumN(x.sumOf.map((y) => y.prevA)); if (!x.noOut) x.prevO = sumN(x.sumOf.map((y) => y.prevO)); }
      }
    }
  };
  // econ partial: econ total = all econ crops
  val(tot);
  if (!opt.econFull) {
    econ.a = sumN(econFull.map((n) => cur.a[n]));
    if (prev) econ.prevA = sumN(econFull.map((n) => prev.a[n]));
    tot.a = grain.a + econ.a + oth.a; if (prev) tot.prevA = grain.prevA + econ.prevA + oth.prevA;
  }
  // layout
  const colsSpec = [];
  const uA = opt.unitStyle === 'header' ? `（${opt.areaU}）` : '';
  const uO = opt.unitStyle === 'header' ? `（${opt.outU}）` : '';
  const uY = opt.unitStyle === 'header' || opt.unitStyle === 'line' ? `（${opt.yU}）` : '';
  let c = 2;
  const ps = opt.withGrowth && opt.prevShown;
  const cA0 = ps ? c++ : null; const cA = c++; const cAG = opt.withGrowth ? c++ : null;
  const cO0 = ps ? c++ : null; const cO = c++; const cOG = opt.withGrowth ? c++ : null;
  const cY = c++;
  const ncol = c - 1;
  if (opt.title) { sh.title(r, opt.title, ncol); r++; }
  if (opt.unitStyle === 'line') { sh.put(r, ncol, `单位：${opt.areaU}、${opt.outU}`, { h: 'right' }); r++; }
  if (opt.withGrowth) {
    hdr(sh, r, 1, '指标'); sh.merge(r, 1, r + 1, 1);
    hdr(sh, r, cA0 || cA, '播种面积' + uA); sh.merge(r, cA0 || cA, r, cAG);
    hdr(sh, r, cO0 || cO, '总产量' + uO); sh.merge(r, cO0 || cO, r, cOG);
    hdr(sh, r, cY, (opt.yLabel || '单产') + uY); sh.merge(r, cY, r + 1, cY);
    if (ps) { hdr(sh, r + 1, cA0, (opt.year - 1) + '年'); hdr(sh, r + 1, cO0, (opt.year - 1) + '年'); }
    hdr(sh, r + 1, cA, opt.year + '年'); hdr(sh, r + 1, cAG, ps ? '增长(%)' : '比上年增长(%)');
    hdr(sh, r + 1, cO, opt.year + '年'); hdr(sh, r + 1, cOG, ps ? '增长(%)' : '比上年增长(%)');
    r += 2;
  } else {
    hdr(sh, r, 1, '指标'); hdr(sh, r, cA, '播种面积' + uA); hdr(sh, r, cO, '总产量' + uO); hdr(sh, r, cY, (opt.yLabel || '单产') + uY);
    r++;
  }
  const dA = (v) => (v === null || v === undefined ? null : rd(v / aF, adp));
  const dO = (v) => (v === null || v === undefined ? null : rd(v / oF, odp));
  const dash = opt.dash;
  for (const x of rows) {
    x.row = r;
    lab(sh, r, x.label, x.level, opt.ind);
    putV(sh, r, cA, dA(x.a), adp, { dash, sep: opt.sep });
    if (cA0) putV(sh, r, cA0, dA(x.prevA), adp, { dash, sep: opt.sep });
    if (cAG) {
      if (x.a === null || x.prevA === null || x.prevA === undefined) putV(sh, r, cAG, null, 1, { dash });
      else {
        sh.num(r, cAG, opt.growthFrom === 'disp' ? growth(dA(x.a), dA(x.prevA)) : growth(x.a, x.prevA), 1); x.gA = true;
        if (ps) { book.rel({ t: 'growth', y: sh.ref(r, cAG), cur: sh.ref(r, cA), prev: sh.ref(r, cA0) }); book.cand('growth', sh, r, cAG); }
      }
    }
    if (x.noOut || x.o === null || x.o === undefined) {
      if (cO0) putV(sh, r, cO0, null, 0, { dash });
      putV(sh, r, cO, null, 0, { dash }); if (cOG) putV(sh, r, cOG, null, 0, { dash }); putV(sh, r, cY, null, 0, { dash });
    } else {
      if (cO0) putV(sh, r, cO0, dO(x.prevO), odp, { dash, sep: opt.sep });
      putV(sh, r, cO, dO(x.o), odp, { dash, sep: opt.sep });
      if (cOG) {
        sh.num(r, cOG, opt.growthFrom === 'disp' ? growth(dO(x.o), dO(x.prevO)) : growth(x.o, x.prevO), 1); x.gO = true;
        if (ps) { book.rel({ t: 'growth', y: sh.ref(r, cOG), cur: sh.ref(r, cO), prev: sh.ref(r, cO0) }); book.cand('growth', sh, r, cOG); }
      }
      const yv = (x.o * 1000) / x.a / (ha && opt.yU === '公斤/亩' ? 15 : 1);
      sh.num(r, cY, yv, ydp);
      book.rel({ t: 'ratio', y: sh.ref(r, cY), num: [sh.ref(r, cO)], den: [sh.ref(r, cA)], k });
      book.cand('ratio', sh, r, cY);
    }
    r++;
  }
  // relations
  const prevRows = []; // hidden previous-year values are not in the table; growth relations cannot be checked from table alone
  for (const x of rows) {
    if (x.sumOf && ps) {
      book.rel({ t: 'sum', y: sh.ref(x.row, cA0), x: x.sumOf.map((y) => sh.ref(y.row, cA0)) });
      if (!x.noOut) book.rel({ t: 'sum', y: sh.ref(x.row, cO0), x: x.sumOf.map((y) => sh.ref(y.row, cO0)) });
    }
    if (x.partsOf && ps) book.rel({ t: 'le', y: sh.ref(x.row, cA0), x: x.partsOf.map((y) => sh.ref(y.row, cA0)) });
    if (x.sumOf) {
      book.rel({ t: 'sum', y: sh.ref(x.row, cA), x: x.sumOf.map((y) => sh.ref(y.row, cA)) });
      book.cand('total', sh, x.row, cA);
      if (!x.noOut) { book.rel({ t: 'sum', y: sh.ref(x.row, cO), x: x.sumOf.map((y) => sh.ref(y.row, cO)) }); book.cand('total2', sh, x.row, cO); }
      if (!x.noOut) for (const y of x.sumOf) if (y.crop) book.cand('part', sh, y.row, cO, { also: 'ratio' });
    }
    if (x.partsOf) book.rel({ t: 'le', y: sh.ref(x.row, cA), x: x.partsOf.map((y) => sh.ref(y.row, cA)) });
  }
  if (opt.note) { sh.put(r, 1, opt.note); r++; }
  return { next: r + 1, grain, rows, cA, cO, cY, cA0, cO0 };
}

// ---------------- per-town table -----------------
// cols: [{h1,h2,dp,kind:'sum'|'avg'|'ratio'|'growth'|'share', vals:[per town], w, num, den, k, k0, cur, prev, sep}]
// spec: {title,row,towns,totalLabel,totalPos,firstHead,unitLine,groups:[{label,members:[i]}],rowSums,rowLe,note,dash,transpose}
function townTable(book, sh, R, spec) {
  let r = spec.row || 1;
  const cols = spec.cols;
  const n = spec.towns.length;
  const ncol = cols.length + 1;
  cols.forEach((c, i) => { c.c = i + 2; });
  // row units
  const units = [];
  const all = spec.towns.map((_, i) => i);
  const T = { label: spec.totalLabel || '全县合计', members: all, agg: true, bold: true };
  const groups = (spec.groups || []).map((g) => ({ label: g.label, members: g.members, agg: true }));
  T.kids = groups.length ? groups : all.map((i) => ({ i }));
  const townUnits = all.map((i) => ({ i, label: spec.towns[i] }));
  groups.forEach((g) => { g.kids = g.members.map((i) => townUnits[i]); });
  const grouped = new Set(groups.flatMap((g) => g.members));
  const loose = townUnits.filter((u) => !grouped.has(u.i));
  T.kids = groups.length ? [...groups, ...loose] : townUnits;
  const subset = spec.subset ? { label: spec.subset.label, members: spec.subset.members, agg: true, subset: true } : null;
  if (subset) subset.kids = subset.members.map((i) => townUnits[i]);
  if (spec.totalPos !== 'bottom') { units.push(T); if (subset) units.push(subset); }
  if (groups.length) { for (const g of groups) { if (spec.groupPos !== 'bottom') units.push(g); units.push(...g.kids); if (spec.groupPos === 'bottom') units.push(g); } units.push(...loose); }
  else units.push(...townUnits);
  if (spec.totalPos === 'bottom') { units.push(T); if (subset) units.push(subset); }
  // values
  const valOf = (c, u) => {
    if (u.v && u.v[c.c] !== undefined) return u.v[c.c];
    let v;
    if (!u.agg) {
      if (c.kind === 'sum' || c.kind === 'avg') v = c.vals[u.i];
    } else if (c.kind === 'sum') v = sumN(u.members.map((i) => c.vals[i]));
    else if (c.kind === 'avg') { const wv = c.wv || cols[c.w].vals; let s = 0, ws = 0; u.members.forEach((i) => { s += c.vals[i] * wv[i]; ws += wv[i]; }); v = s / ws; }
    if (c.kind === 'ratio') { const a = valOf(cols[c.num], u), b = valOf(cols[c.den], u); v = a === null || b === null || a === undefined || !b ? null : (a / b) * c.k0; }
    if (c.kind === 'share') { const a = valOf(cols[c.num], u), b = valOf(cols[c.den], u); v = a === null || !b ? null : (a / b) * 100; }
    if (c.kind === 'shareT') { const a = valOf(cols[c.num], u), b = valOf(cols[c.num], T); v = u === T ? 100 : a === null ? null : (a / b) * 100; }
    if (c.kind === 'growth') {
      const cu = cols[c.cur], pv = cols[c.prev];
      const a = valOf(cu, u), b = valOf(pv, u);
      v = a === null || b === null || a === undefined || b === undefined ? null : growth(c.fromTrue ? a : rd(a, cu.dp), c.fromTrue ? b : rd(b, pv.dp), c.dp);
    }
    u.v = u.v || {}; u.v[c.c] = v === undefined ? null : v;
    return u.v[c.c];
  };
  for (const u of units) for (const c of cols) valOf(c, u);
  if (spec.title) { sh.title(r, spec.title, ncol); r++; }
  if (spec.unitLine) { sh.put(r, ncol, spec.unitLine, { h: 'right' }); r++; }
  const twoLevel = cols.some((c) => c.h2);
  hdr(sh, r, 1, spec.firstHead || '乡镇');
  if (twoLevel) {
    sh.merge(r, 1, r + 1, 1);
    let i = 0;
    while (i < cols.length) {
      const c = cols[i];
      if (!c.h2) { hdr(sh, r, c.c, c.h1); sh.merge(r, c.c, r + 1, c.c); i++; continue; }
      let j = i; while (j + 1 < cols.length && cols[j + 1].h1 === c.h1 && cols[j + 1].h2) j++;
      hdr(sh, r, c.c, c.h1); if (j > i) sh.merge(r, c.c, r, cols[j].c);
      for (let q = i; q <= j; q++) hdr(sh, r + 1, cols[q].c, cols[q].h2);
      i = j + 1;
    }
    r += 2;
  } else { cols.forEach((c) => hdr(sh, r, c.c, c.h1)); r++; }
  for (const u of units) {
    u.row = r;
    sh.put(r, 1, u.agg ? u.label : (spec.townIndent && grouped.has(u.i) ? '\u3000\u3000' : '') + u.label, u.bold ? { bold: true } : {});
    for (const c of cols) putV(sh, r, c.c, u.v[c.c], c.dp, { dash: spec.dash, sep: c.sep, asText: spec.asText });
    r++;
  }
  // relations
  for (const c of cols) {
    for (const u of units) {
      const y = sh.ref(u.row, c.c);
      if (c.kind === 'sum' && u.agg) {
        book.rel({ t: 'sum', y, x: u.kids.map((k) => sh.ref(k.row, c.c)) });
        book.cand(u === T ? 'total' : 'subtotal', sh, u.row, c.c);
      }
      if ((c.kind === 'ratio' || c.kind === 'share') && u.v[c.c] !== null) {
        book.rel({ t: 'ratio', y, num: [sh.ref(u.row, cols[c.num].c)], den: [sh.ref(u.row, cols[c.den].c)], k: c.kind === 'share' ? 100 : c.k });
        book.cand('ratio', sh, u.row, c.c);
      }
      if (c.kind === 'shareT' && u !== T && !u.agg && u.v[c.c] !== null) {
        book.rel({ t: 'ratio', y, num: [sh.ref(u.row, cols[c.num].c)], den: [sh.ref(T.row, cols[c.num].c)], k: 100 });
        book.cand('share', sh, u.row, c.c);
      }
      if (c.kind === 'growth' && u.v[c.c] !== null) {
        book.rel({ t: 'growth', y, cur: sh.ref(u.row, cols[c.cur].c), prev: sh.ref(u.row, cols[c.prev].c) });
        book.cand('growth', sh, u.row, c.c);
      }
    }
  }
  for (const c of cols) if (c.kind === 'shareT') book.rel({ t: 'sumc', c: 100, x: units.filter((u) => !u.agg).map((u) => sh.ref(u.row, c.c)) });
  for (const rs of spec.rowSums || []) for (const u of units) {
    book.rel({ t: 'sum', y: sh.ref(u.row, cols[rs.y].c), x: rs.x.map((q) => sh.ref(u.row, cols[q].c)) });
    if (!u.agg) { for (const q of rs.x) if (u.v[cols[q].c] !== null) book.cand('cross', sh, u.row, cols[q].c); book.cand('rowtotal', sh, u.row, cols[rs.y].c); }
  }
  for (const rs of spec.rowLe || []) for (const u of units) {
    book.rel({ t: 'le', y: sh.ref(u.row, cols[rs.y].c), x: rs.x.map((q) => sh.ref(u.row, cols[q].c)) });
    if (!u.agg) for (const q of rs.x) book.cand('sub', sh, u.row, cols[q].c, { whole: cols[rs.y].c });
  }
  if (spec.note) { sh.put(r, 1, spec.note); r++; }
  return { next: r + 1, units, cols, T };
}

module.exports = { indTable, cropTable, townTable, cropData, sumN, growth, lab, putV, hdr, CROPS };
