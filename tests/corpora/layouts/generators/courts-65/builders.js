// Round 65a of issue 9, by an outside helper: writes clean and planted books to /tmp/round65a; the corpus keeps the
// clean ones (tests/corpora/layouts/courts-65, copied from its cases folder).
const L = require('./lib');
const { Tab, rnd, rate, chg, FW, INT, DEC, headers, unitRow, notes, sumArr } = L;

// ---------- A: court cases by type ----------
function courtType(R, o = {}) {
  const city = o.city || R.pick(L.CITIES), year = o.year || R.int(2020, 2023);
  const d = R.pick([1, 1, 2]);
  const cs = R.pick(['A', 'B', 'C', 'D', 'B']);
  const rateLabel = R.pick(['结案率（%）', '结案率(%)', '结案率\n（%）']);
  const totalFirst = R.bool(0.75);
  const totLabel = R.pick(['合计', '总计', '全部案件', '合　计']);
  const unitsInHeader = R.bool(0.4);
  const u = (s) => (unitsInHeader ? s + '（件）' : s);
  const types = [['刑事案件', 300, 2500], ['民事案件', 5000, 30000], ['行政案件', 100, 900], ['执行案件', 3000, 20000]];
  if (R.bool(0.3)) types.push(['国家赔偿案件', 0, 12]);
  if (R.bool(0.3)) types.push(['其他案件', 50, 600]);
  const gen = (lo, hi) => { const nw = R.int(lo, hi); const old = Math.floor(nw * (0.03 + R.f() * 0.2)); const rec = old + nw; const pend = Math.floor(rec * (0.02 + R.f() * 0.15)); return { old, nw, rec, closed: rec - pend, pend }; };
  const subOf = (p) => { const old = Math.floor(p.old * (0.1 + R.f() * 0.4)); const nw = Math.floor(p.nw * (0.1 + R.f() * 0.4)); const rec = old + nw; const closed = p.closed; const lo = Math.max(0, rec - closed), hi = Math.min(p.pend, rec); const pend = R.int(lo, hi); return { old, nw, rec, closed: rec - pend, pend }; };
  const subShare = (p, f) => { const old = Math.floor(p.old * f * (0.8 + 0.4 * R.f())); const nw = Math.floor(p.nw * f * (0.8 + 0.4 * R.f())); const rec = old + nw; const pend = Math.min(rec, Math.floor(rec * p.pend / p.rec * (0.8 + 0.3 * R.f()))); return { old, nw, rec, closed: rec - pend, pend }; };
  const rows = [];
  for (const [n, lo, hi] of types) {
    const x = gen(lo, hi); rows.push({ label: n, x, main: true });
    if (n === '民事案件') { const subs = R.sample(['婚姻家庭纠纷', '合同纠纷', '劳动争议', '侵权责任纠纷', '物权纠纷'], R.int(0, 3)); const shares = subs.map(() => 0.05 + R.f() * 0.25); subs.forEach((s, i) => rows.push({ label: (i === 0 ? FW + '其中：' : FW + FW + FW) + s, x: subShare(x, shares[i]), sub: true })); }
    if (n === '刑事案件' && R.bool(0.3)) rows.push({ label: FW + '其中：危险驾驶', x: subOf(x), sub: true });
  }
  const mains = rows.filter((r) => r.main);
  const tot = {}; for (const k of ['old', 'nw', 'rec', 'closed', 'pend']) tot[k] = sumArr(mains.map((r) => r.x[k]));
  const total = { label: totLabel, x: tot, total: true };
  const all = totalFirst ? [total, ...rows] : [...rows, total];
  // column sets
  const colsets = { A: ['old', 'nw', 'rec', 'closed', 'pend', 'rate'], B: ['rec', 'old', 'nw', 'closed', 'pend', 'rate'], C: ['rec', 'closed', 'pend', 'rate'], D: ['rec', 'closed', 'rate'] };
  const cols = colsets[cs];
  const names = { old: u('旧存'), nw: u('新收'), rec: u('收案'), closed: u('结案'), pend: u('未结'), rate: rateLabel };
  const T = new Tab(cols.length + 1);
  T.title(R.pick([`${city}${year}年法院收结案情况`, `表${R.int(3, 12)}-${R.int(1, 9)}  全市法院案件收结情况（${year}年）`, `${year}年${city}各类案件收结案统计`]));
  if (!unitsInHeader) unitRow(T, R, '单位：件');
  let spec;
  if (cs === 'B' && R.bool(0.7)) spec = ['案件类型', ['收案', [u('合计'), u('其中：旧存'), u('新收')]], names.closed, names.pend, names.rate];
  else spec = ['案件类型', ...cols.map((c) => names[c])];
  headers(T, spec, Array.isArray(spec[1]));
  const fi = INT(R);
  const pos = {};
  for (const row of all) {
    const vals = cols.map((c) => (c === 'rate' ? rate(row.x.closed, row.x.rec, d) : row.x[c]));
    const r = T.add([row.label, ...vals], [null, ...cols.map((c) => (c === 'rate' ? DEC(d) : fi))]);
    row.r = r;
    const P = (k) => [r, 1 + cols.indexOf(k)];
    if (cols.includes('old')) T.sum(P('rec'), [P('old'), P('nw')]);
    if (cols.includes('pend')) T.diff(P('pend'), P('rec'), P('closed'));
    T.rate(P('rate'), P('closed'), P('rec'), d);
    cols.forEach((k) => { if (k !== 'rate') T.plant(r, 1 + cols.indexOf(k), row.total ? 'total' : 'part'); });
    if (row.x.rec) T.plant(r, 1 + cols.indexOf('rate'), 'rate', d);
  }
  for (let ci = 0; ci < cols.length; ci++) if (cols[ci] !== 'rate') T.sum([total.r, ci + 1], mains.map((m) => [m.r, ci + 1]));
  notes(T, R, ['注：结案率＝结案数÷收案数×100%；收案数＝旧存数＋新收数。', '资料来源：市中级人民法院。']);
  return { name: R.pick(['法院收结案', '表1', '收结案情况', '审判执行']), T };
}

// ---------- B: by court with change rates ----------
function courtByCourt(R, o = {}) {
  const city = o.city || R.pick(L.CITIES), year = o.year || R.int(2020, 2023);
  const d = R.pick([1, 1, 2]);
  const courts = R.sample(L.COUNTIES.filter((c) => c !== '高新区'), R.int(4, 8)).map((c) => c + '人民法院');
  const withSub = R.bool(0.5);
  const rail = R.bool(0.25);
  const mode = R.pick(['chgOnly', 'both', 'both']);
  const gen = (lo, hi) => { const rec = R.int(lo, hi); const prec = Math.round(rec * (0.75 + R.f() * 0.5)); const closed = rec - Math.floor(rec * (0.02 + R.f() * 0.12)); const pclosed = prec - Math.floor(prec * (0.02 + R.f() * 0.12)); return { rec, prec, closed, pclosed }; };
  const items = [];
  const mid = { label: `${city.replace('市', '')}市中级人民法院`, x: gen(3000, 9000) };
  const basics = courts.map((c) => ({ label: c, x: gen(4000, 30000) }));
  const add = (arr) => { const x = {}; for (const k of ['rec', 'prec', 'closed', 'pclosed']) x[k] = sumArr(arr.map((a) => a.x[k])); return x; };
  let railRow = null; if (rail) { railRow = { label: `${city.replace('市', '')}铁路运输法院`, x: gen(300, 1500) }; if (R.bool(0.5)) { railRow.x.prec = 0; railRow.x.pclosed = 0; railRow.newCourt = true; } }
  const indent = R.pick([FW, FW + FW]);
  let order, total, sub = null;
  if (withSub) {
    sub = { label: R.pick(['基层法院小计', '基层法院', '各基层法院']), x: add(basics), sub: true };
    const tops = [mid, sub]; if (railRow) tops.push(railRow);
    total = { label: R.pick(['全市', '全市法院', '合计']), x: add(tops), total: true, parts: tops };
    basics.forEach((b) => { b.label = indent + b.label; });
    order = [total, mid, sub, ...basics]; if (railRow) order.push(railRow);
    sub.parts = basics;
  } else {
    const tops = [mid, ...basics]; if (railRow) tops.push(railRow);
    total = { label: R.pick(['合计', '全市合计', '总计']), x: add(tops), total: true, parts: tops };
    order = R.bool(0.6) ? [total, ...tops] : [...tops, total];
  }
  let spec, cols;
  if (mode === 'chgOnly') {
    cols = ['rec', 'recC', 'closed', 'closedC', 'rate'];
    spec = ['法院', ['收案', ['件数', '比上年增减（%）']], ['结案', ['件数', '比上年增减（%）']], '结案率（%）'];
  } else {
    cols = ['rec', 'prec', 'recC', 'closed', 'pclosed', 'closedC', 'rate', 'prate', 'ratePP'];
    spec = ['单位', ['收案（件）', [`${year}年`, `${year - 1}年`, '增减（%）']], ['结案（件）', [`${year}年`, `${year - 1}年`, '增减（%）']], ['结案率（%）', [`${year}年`, `${year - 1}年`, '增减（百分点）']]];
    if (R.bool(0.3)) { cols = cols.slice(0, 6); spec = spec.slice(0, 3); }
  }
  const T = new Tab(cols.length + 1);
  T.title(`${city}各级法院${year}年收结案情况`);
  if (R.bool(0.5)) unitRow(T, R, R.pick(['单位：件、%', '计量单位：件']));
  headers(T, spec, true);
  const fi = INT(R);
  for (const row of order) {
    const x = row.x;
    const cur = rate(x.closed, x.rec, d), prv = rate(x.pclosed, x.prec, d);
    const V = { rec: x.rec, prec: x.prec || '—', recC: chg(x.rec, x.prec, d), closed: x.closed, pclosed: x.pclosed || '—', closedC: chg(x.closed, x.pclosed, d), rate: cur, prate: prv, ratePP: typeof prv === 'number' ? rnd(cur - prv, d) : '—' };
    const r = T.add([row.label, ...cols.map((c) => V[c])], [null, ...cols.map((c) => (['rec', 'prec', 'closed', 'pclosed'].includes(c) ? fi : DEC(d)))]);
    row.r = r;
    const P = (k) => [r, 1 + cols.indexOf(k)];
    if (cols.includes('prec')) { T.chg(P('recC'), P('rec'), P('prec'), d); T.chg(P('closedC'), P('closed'), P('pclosed'), d); }
    T.rate(P('rate'), P('closed'), P('rec'), d);
    if (cols.includes('prate')) { T.rate(P('prate'), P('pclosed'), P('prec'), d); T.diff(P('ratePP'), P('rate'), P('prate'), d); }
    for (const c of cols) {
      const ci = 1 + cols.indexOf(c);
      if (['rec', 'prec', 'closed', 'pclosed'].includes(c)) { if (typeof V[c] === 'number') T.plant(r, ci, row.total || row.sub ? 'total' : 'part'); }
      else if (c === 'rate' || c === 'prate') { if (typeof V[c] === 'number') T.plant(r, ci, 'rate', d); }
      else if ((c === 'recC' || c === 'closedC') && cols.includes('prec') && typeof V[c] === 'number') T.plant(r, ci, 'change', d);
    }
  }
  for (const grp of [total, sub].filter(Boolean)) cols.forEach((c, i) => { if (['rec', 'prec', 'closed', 'pclosed'].includes(c)) T.sum([grp.r, i + 1], grp.parts.map((p) => [p.r, i + 1])); });
  notes(T, R, ['注：' + (railRow && railRow.newCourt ? `${railRow.label}于${year}年设立，无上年数据。` : '增减幅度按未四舍五入数据计算。'), '结案率＝结案数÷收案数×100%。']);
  return { name: R.pick(['分法院', '表2', '各法院收结案']), T };
}

// ---------- C: transposed (courts as columns) ----------
function courtTransposed(R, o = {}) {
  const city = o.city || R.pick(L.CITIES), year = o.year || R.int(2020, 2023);
  const d = R.pick([1, 2]);
  const names = ['中级法院', ...R.sample(L.COUNTIES, R.int(3, 6)).map((c) => c + (R.bool(0.5) ? '法院' : '人民法院'))];
  const totFirst = R.bool(0.7);
  const xs = names.map(() => { const nw = R.int(2000, 20000); const old = Math.floor(nw * 0.1 * R.f() + 50); const rec = old + nw; const closed = rec - Math.floor(rec * (0.03 + 0.1 * R.f())); const judges = R.int(20, 120); return { nw, old, rec, closed, pend: rec - closed, judges }; });
  const tot = {}; for (const k of ['nw', 'old', 'rec', 'closed', 'pend', 'judges']) tot[k] = sumArr(xs.map((x) => x[k]));
  const colsX = totFirst ? [tot, ...xs] : [...xs, tot];
  const colN = totFirst ? ['全市', ...names] : [...names, '合计'];
  const inds = [['收案（件）', 'rec'], [FW + '其中：新收', 'nw'], ['结案（件）', 'closed'], ['未结（件）', 'pend'], ['结案率（%）', 'rate'], ['员额法官（人）', 'judges'], ['人均结案（件）', 'per']];
  if (R.bool(0.4)) inds.splice(1, 1);
  const T = new Tab(colN.length + 1);
  T.title(`${year}年${city}法院审判执行主要指标`);
  T.add(['指标', ...colN]);
  const fi = INT(R); const rowOf = {};
  for (const [lab, k] of inds) {
    const vals = colsX.map((x) => (k === 'rate' ? rate(x.closed, x.rec, d) : k === 'per' ? rnd(x.closed / x.judges, 1) : x[k]));
    const r = T.add([lab, ...vals], [null, ...vals.map(() => (k === 'rate' ? DEC(d) : k === 'per' ? '0.0' : fi))]);
    rowOf[k] = r;
  }
  const ti = totFirst ? 1 : colN.length;
  const others = colsX.map((_, i) => i + 1).filter((c) => c !== ti);
  for (const [, k] of inds) {
    if (k === 'rate' || k === 'per') continue;
    T.sum([rowOf[k], ti], others.map((c) => [rowOf[k], c]));
    colsX.forEach((_, i) => T.plant(rowOf[k], i + 1, i + 1 === ti ? 'total' : 'part'));
  }
  colsX.forEach((_, i) => {
    const c = i + 1; T.rate([rowOf.rate, c], [rowOf.closed, c], [rowOf.rec, c], d); T.diff([rowOf.pend, c], [rowOf.rec, c], [rowOf.closed, c]);
    if (rowOf.nw !== undefined) T.le([rowOf.nw, c], [rowOf.rec, c]);
    T.plant(rowOf.rate, c, 'rate', d);
  });
  notes(T, R, ['注：人均结案＝结案数÷员额法官人数。']);
  return { name: R.pick(['主要指标', '表3', '分院指标']), T };
}

// ---------- D: people's mediation by county ----------
function mediationCounty(R, o = {}) {
  const city = o.city || R.pick(L.CITIES), year = o.year || R.int(2020, 2023);
  const d = R.pick([1, 1, 2]);
  const cs = R.sample(L.COUNTIES, R.int(5, 9));
  const withFull = R.bool(0.5), withMoney = R.bool(0.5), totFirst = R.bool(0.7);
  const rows = cs.map((c) => { const com = R.int(80, 400); const med = com * R.int(3, 7); const full = Math.floor(med * (0.05 + 0.1 * R.f())); const disp = R.int(1500, 9000); const succ = disp - Math.floor(disp * (0.01 + 0.05 * R.f())); const money = R.int(1000, 90000); return { label: c, x: { com, med, full, disp, succ, money } }; });
  const tx = {}; for (const k of ['com', 'med', 'full', 'disp', 'succ', 'money']) tx[k] = sumArr(rows.map((r) => r.x[k]));
  const total = { label: R.pick(['全市', '合计', '全市合计']), x: tx, total: true };
  const order = totFirst ? [total, ...rows] : [...rows, total];
  if (R.bool(0.5)) rows.forEach((r) => { r.label = FW + r.label; });
  const cols = ['com', 'med', ...(withFull ? ['full'] : []), 'disp', 'succ', 'rate', ...(withMoney ? ['money'] : [])];
  const nm = { com: '人民调解委员会（个）', med: '人民调解员（人）', full: '其中：专职调解员（人）', disp: '调解纠纷（件）', succ: '调解成功（件）', rate: '调解成功率（%）', money: '涉及金额（万元）' };
  const T = new Tab(cols.length + 1);
  T.title(R.pick([`${city}${year}年人民调解工作情况`, `各县（市、区）人民调解情况（${year}年）`]));
  if (R.bool(0.6)) { const sp = ['地区', ['组织队伍', cols.filter((c) => ['com', 'med', 'full'].includes(c)).map((c) => nm[c])], ['纠纷调解', cols.filter((c) => !['com', 'med', 'full'].includes(c)).map((c) => nm[c])]]; headers(T, sp, true); }
  else T.add(['地区', ...cols.map((c) => nm[c])]);
  const fi = INT(R);
  for (const row of order) {
    const x = row.x;
    const V = { ...x, money: x.money / 10, rate: rate(x.succ, x.disp, d) };
    const r = T.add([row.label, ...cols.map((c) => V[c])], [null, ...cols.map((c) => (c === 'rate' ? DEC(d) : c === 'money' ? '#,##0.0' : fi))]);
    row.r = r; const P = (k) => [r, 1 + cols.indexOf(k)];
    T.rate(P('rate'), P('succ'), P('disp'), d); if (withFull) T.le(P('full'), P('med'));
    cols.forEach((c, i) => { if (c === 'rate') T.plant(r, i + 1, 'rate', d); else T.plant(r, i + 1, row.total ? 'total' : 'part', c === 'money' ? 1 : 0); });
  }
  cols.forEach((c, i) => { if (c !== 'rate') T.sum([total.r, i + 1], rows.map((x) => [x.r, i + 1])); });
  notes(T, R, ['注：调解成功率＝调解成功件数÷调解纠纷件数×100%。', '资料来源：市司法局。']);
  // money sums exact in tenths: fix floating
  return { name: R.pick(['人民调解', '表4', '调解分地区']), T };
}

// ---------- D2: mediation by dispute type, with 占比 ----------
function mediationType(R, o = {}) {
  const year = o.year || R.int(2020, 2023);
  const d = R.pick([1, 2]);
  const types = R.sample(['婚姻家庭纠纷', '邻里纠纷', '房屋宅基地纠纷', '合同纠纷', '生产经营纠纷', '损害赔偿纠纷', '山林土地纠纷', '劳动争议纠纷', '征地拆迁纠纷', '医疗纠纷', '道路交通事故纠纷'], R.int(6, 10));
  types.push('其他纠纷');
  const rows = types.map((t) => { const disp = R.int(200, 6000); const succ = disp - Math.floor(disp * (0.005 + 0.05 * R.f())); return { label: t, disp, succ }; });
  const tot = { label: R.pick(['合计', '总计']), disp: sumArr(rows.map((r) => r.disp)), succ: sumArr(rows.map((r) => r.succ)), total: true };
  const share = R.bool(0.6);
  const cols = ['disp', ...(share ? ['share'] : []), 'succ', 'rate'];
  const nm = { disp: '调解纠纷数（件）', share: '占比（%）', succ: '调解成功数（件）', rate: '成功率（%）' };
  const T = new Tab(cols.length + 1);
  T.title(`${year}年人民调解纠纷分类情况`);
  T.add(['纠纷类型', ...cols.map((c) => nm[c])]);
  const order = R.bool(0.8) ? [tot, ...rows] : [...rows, tot];
  const fi = INT(R);
  for (const row of order) {
    const V = { disp: row.disp, succ: row.succ, rate: rate(row.succ, row.disp, d), share: rate(row.disp, tot.disp, 1) };
    const r = T.add([row.label, ...cols.map((c) => V[c])], [null, ...cols.map((c) => (c === 'rate' ? DEC(d) : c === 'share' ? '0.0' : fi))]);
    row.r = r; const P = (k) => [r, 1 + cols.indexOf(k)];
    T.rate(P('rate'), P('succ'), P('disp'), d);
    cols.forEach((c, i) => { if (c === 'rate') T.plant(r, i + 1, 'rate', d); else if (c !== 'share') T.plant(r, i + 1, row.total ? 'total' : 'part'); });
  }
  ['disp', 'succ'].forEach((c) => T.sum([tot.r, 1 + cols.indexOf(c)], rows.map((x) => [x.r, 1 + cols.indexOf(c)])));
  if (share) rows.forEach((x) => T.rate([x.r, 1 + cols.indexOf('share')], [x.r, 1 + cols.indexOf('disp')], [tot.r, 1 + cols.indexOf('disp')], 1));
  notes(T, R, ['注：占比为各类纠纷占调解纠纷总数的比重，因四舍五入，分项之和与合计可能略有出入。']);
  return { name: R.pick(['纠纷类型', '表5', '调解分类型']), T };
}

// ---------- E: petitions by channel ----------
function petitionChannel(R, o = {}) {
  const city = o.city || R.pick(L.CITIES), year = o.year || R.int(2020, 2023);
  const d = R.pick([1, 1, 2]);
  const ch = ['来信', '来访', '网上信访']; if (R.bool(0.5)) ch.push('电话信访');
  const mk = () => { const c = R.int(800, 12000); const p = Math.round(c * (0.7 + 0.6 * R.f())); return [c, p]; };
  const rows = ch.map((c) => { const [jc, pj] = mk(); const rc = Math.round(jc * (1 + 0.6 * R.f())); const pr = Math.round(pj * (1 + 0.6 * R.f())); return { label: c, x: { jc, pj, rc, pr } }; });
  const rows2 = []; const visits = rows.find((r) => r.label === '来访');
  for (const r of rows) { rows2.push(r); if (r === visits && R.bool(0.6)) { const x = visits.x; const s = { label: FW + '其中：集体访', x: { jc: Math.floor(x.jc * 0.1 * R.f() + 5), pj: Math.floor(x.pj * 0.1 * R.f() + 5) }, sub: true }; s.x.rc = Math.min(x.rc, s.x.jc * R.int(5, 12)); s.x.pr = Math.min(x.pr, s.x.pj * R.int(5, 12)); rows2.push(s); } }
  const tx = {}; for (const k of ['jc', 'pj', 'rc', 'pr']) tx[k] = sumArr(rows.map((r) => r.x[k]));
  const total = { label: R.pick(['合计', '信访总量', '总计']), x: tx, total: true };
  const order = R.bool(0.75) ? [total, ...rows2] : [...rows2, total];
  const absCol = R.bool(0.3);
  const grp = (n) => [n, [`${year}年`, `${year - 1}年`, ...(absCol ? ['增减数'] : []), '比上年增减（%）']];
  const cols = ['jc', 'pj', ...(absCol ? ['jA'] : []), 'jC', 'rc', 'pr', ...(absCol ? ['rA'] : []), 'rC'];
  const T = new Tab(cols.length + 1);
  T.title(`${city}${year}年信访情况统计`);
  headers(T, ['项目', grp('件次'), grp('人次')], true);
  const fi = INT(R);
  for (const row of order) {
    const x = row.x;
    const V = { ...x, jA: x.jc - x.pj, rA: x.rc - x.pr, jC: chg(x.jc, x.pj, d), rC: chg(x.rc, x.pr, d) };
    const r = T.add([row.label, ...cols.map((c) => V[c])], [null, ...cols.map((c) => (c.endsWith('C') ? DEC(d) : fi))]);
    row.r = r; const P = (k) => [r, 1 + cols.indexOf(k)];
    T.chg(P('jC'), P('jc'), P('pj'), d); T.chg(P('rC'), P('rc'), P('pr'), d);
    if (absCol) { T.diff(P('jA'), P('jc'), P('pj')); T.diff(P('rA'), P('rc'), P('pr')); }
    cols.forEach((c, i) => { if (c.endsWith('C')) T.plant(r, i + 1, 'change', d); else if (!c.endsWith('A')) T.plant(r, i + 1, row.total ? 'total' : 'part'); });
  }
  ['jc', 'pj', 'rc', 'pr'].forEach((c) => T.sum([total.r, 1 + cols.indexOf(c)], rows.map((x) => [x.r, 1 + cols.indexOf(c)])));
  notes(T, R, ['注：网上信访含国家信访信息系统、手机信访等渠道。', '资料来源：市信访局。']);
  return { name: R.pick(['信访', '表6', '信访渠道']), T };
}

// ---------- E2: petitions by county (single period + change) ----------
function petitionCounty(R, o = {}) {
  const year = o.year || R.int(2020, 2023);
  const d = 1;
  const cs = R.sample(L.COUNTIES, R.int(5, 10));
  const rows = cs.map((c) => { const cur = R.int(300, 5000); const prev = Math.round(cur * (0.6 + 0.8 * R.f())); const visit = Math.floor(cur * (0.2 + 0.3 * R.f())); const pv = Math.floor(prev * (0.2 + 0.3 * R.f())); return { label: c, x: { cur, prev, visit, pv } }; });
  if (R.bool(0.3)) rows.push({ label: '市直部门', x: { cur: R.int(100, 800), prev: 0, visit: R.int(10, 90), pv: 0 }, dash: true });
  const tx = {}; for (const k of ['cur', 'prev', 'visit', 'pv']) tx[k] = sumArr(rows.map((r) => r.x[k]));
  const total = { label: '全市', x: tx, total: true };
  const order = [total, ...rows];
  const cols = ['cur', 'prev', 'chg', 'visit', 'pv', 'vchg'];
  const T = new Tab(cols.length + 1);
  T.title(`${year}年各县（市、区）信访总量`);
  unitRow(T, R, '单位：件次，%');
  headers(T, ['地区', ['信访总量', ['本年', '上年', '增减']], ['其中：来访', ['本年', '上年', '增减']]], true);
  const fi = INT(R);
  for (const row of order) {
    const x = row.x;
    const V = { cur: x.cur, prev: x.prev || '—', chg: chg(x.cur, x.prev, d), visit: x.visit, pv: x.pv || '—', vchg: chg(x.visit, x.pv, d) };
    const r = T.add([row.label, ...cols.map((c) => V[c])], [null, ...cols.map((c) => (c.includes('chg') ? '0.0' : fi))]);
    row.r = r; const P = (k) => [r, 1 + cols.indexOf(k)];
    T.chg(P('chg'), P('cur'), P('prev'), d); T.chg(P('vchg'), P('visit'), P('pv'), d); T.le(P('visit'), P('cur'));
    cols.forEach((c, i) => { if (typeof V[c] !== 'number') return; if (c.includes('chg')) T.plant(r, i + 1, 'change', d); else T.plant(r, i + 1, row.total ? 'total' : 'part'); });
  }
  ['cur', 'prev', 'visit', 'pv'].forEach((c) => T.sum([total.r, 1 + cols.indexOf(c)], rows.map((x) => [x.r, 1 + cols.indexOf(c)])));
  notes(T, R, ['注：增减为比上年增减百分比。' + (rows.some((r) => r.dash) ? '市直部门自本年起单独统计，上年数据计入各地。' : '')]);
  return { name: R.pick(['信访分地区', '表7']), T };
}

// ---------- F: lawyers by county ----------
function lawyers(R, o = {}) {
  const city = o.city || R.pick(L.CITIES), year = o.year || R.int(2020, 2023);
  const cs = R.sample(L.COUNTIES, R.int(5, 9));
  const exact = R.bool(0.6);
  const rows = cs.map((c) => { const part = R.int(3, 40), ind = R.int(0, 10), st = R.int(0, 2); const firms = part + ind + st + (exact ? 0 : R.int(0, 2)); const ft = R.int(20, 600), pt = R.int(0, 20), gov = R.int(0, 40), corp = R.int(0, 30); const law = ft + pt + gov + corp + (exact ? 0 : R.int(0, 10)); return { label: c, x: { firms, part, ind, st, law, ft, pt, gov, corp } }; });
  const tx = {}; for (const k of Object.keys(rows[0].x)) tx[k] = sumArr(rows.map((r) => r.x[k]));
  const total = { label: R.pick(['全市', '合计']), x: tx, total: true };
  const order = R.bool(0.7) ? [total, ...rows] : [...rows, total];
  const fcols = R.bool(0.5) ? ['firms', 'part', 'ind', 'st'] : ['firms', 'part', 'ind'];
  const lcols = R.bool(0.5) ? ['law', 'ft', 'pt', 'gov', 'corp'] : ['law', 'ft', 'gov'];
  const cols = [...fcols, ...lcols];
  const nm = { firms: '合计', part: '其中：合伙所', ind: '个人所', st: '国资所', law: '合计', ft: '其中：专职律师', pt: '兼职律师', gov: '公职律师', corp: '公司律师' };
  const T = new Tab(cols.length + 1);
  T.title(`${city}律师队伍情况（${year}年末）`);
  headers(T, ['地区', ['律师事务所（个）', fcols.map((c) => nm[c])], ['律师（人）', lcols.map((c) => nm[c])]], true);
  const fi = INT(R);
  for (const row of order) {
    const r = T.add([row.label, ...cols.map((c) => row.x[c])], [null, ...cols.map(() => fi)]);
    row.r = r; const P = (k) => [r, 1 + cols.indexOf(k)];
    fcols.slice(1).forEach((c) => T.le(P(c), P('firms'))); lcols.slice(1).forEach((c) => T.le(P(c), P('law')));
    if (exact && fcols.length === 4) T.sum(P('firms'), fcols.slice(1).map(P));
    if (exact && lcols.length === 5) T.sum(P('law'), lcols.slice(1).map(P));
    cols.forEach((c, i) => T.plant(r, i + 1, row.total || c === 'firms' || c === 'law' ? 'total' : 'part'));
  }
  cols.forEach((c, i) => T.sum([total.r, i + 1], rows.map((x) => [x.r, i + 1])));
  notes(T, R, ['资料来源：市司法局、市律师协会。']);
  return { name: R.pick(['律师', '表8', '律师队伍']), T };
}

// ---------- G: legal aid by type, two periods ----------
function legalAid(R, o = {}) {
  const year = o.year || R.int(2020, 2023);
  const d = R.pick([1, 2]);
  const mk = (lo, hi) => { const c = R.int(lo, hi); const p = Math.round(c * (0.7 + 0.6 * R.f())); const people = c + R.int(0, Math.floor(c * 0.3)); return { c, p, people }; };
  const main = [['刑事法律援助', 500, 3000, '其中：未成年人案件'], ['民事法律援助', 1500, 8000, '其中：农民工讨薪'], ['行政法律援助', 10, 120, null]];
  if (R.bool(0.4)) main.push(['其他', 20, 200, null]);
  const rows = [];
  for (const [n, lo, hi, sub] of main) { const x = mk(lo, hi); const row = { label: n, x, main: true }; rows.push(row); if (sub && R.bool(0.7)) { const s = { c: Math.floor(x.c * (0.05 + 0.3 * R.f())), p: Math.floor(x.p * (0.05 + 0.3 * R.f())) }; s.people = Math.min(x.people, s.c + R.int(0, 20)); rows.push({ label: FW + sub, x: s, sub: true }); } }
  const mains = rows.filter((r) => r.main);
  const tx = { c: sumArr(mains.map((r) => r.x.c)), p: sumArr(mains.map((r) => r.x.p)), people: sumArr(mains.map((r) => r.x.people)) };
  const total = { label: R.pick(['合计', '法律援助案件总数']), x: tx, total: true };
  const order = [total, ...rows];
  const cols = ['c', 'p', 'chg', 'people'];
  const T = new Tab(5);
  T.title(`${year}年法律援助案件情况`);
  T.add(['案件类别', `${year}年（件）`, `${year - 1}年（件）`, '比上年增减（%）', '受援人数（人）']);
  const fi = INT(R);
  for (const row of order) {
    const x = row.x;
    const r = T.add([row.label, x.c, x.p, chg(x.c, x.p, d), x.people], [null, fi, fi, DEC(d), fi]);
    row.r = r;
    T.chg([r, 3], [r, 1], [r, 2], d);
    T.plant(r, 1, row.total ? 'total' : 'part'); T.plant(r, 2, row.total ? 'total' : 'part'); T.plant(r, 3, 'change', d); T.plant(r, 4, row.total ? 'total' : 'part');
  }
  [1, 2, 4].forEach((c) => T.sum([total.r, c], mains.map((m) => [m.r, c])));
  rows.forEach((row, i) => { if (row.sub) { const p = rows.slice(0, i).reverse().find((q) => q.main); [1, 2, 4].forEach((c) => T.le([row.r, c], [p.r, c])); } });
  notes(T, R, ['注：法律援助案件含刑事辩护、代理等。']);
  return { name: R.pick(['法律援助', '表9']), T };
}

// ---------- H: quarterly ----------
function quarterly(R, o = {}) {
  const year = o.year || R.int(2020, 2023);
  const d = R.pick([1, 2]);
  const q = [0, 1, 2, 3].map(() => { const rec = R.int(3000, 12000); const closed = rec - R.int(-300, Math.floor(rec * 0.15)); return { rec, closed }; });
  const layout = R.pick(['cum', 'plain']);
  let colDefs;
  if (layout === 'cum') colDefs = [['一季度', [0]], ['二季度', [1]], ['1-2季度累计', [0, 1]], ['三季度', [2]], ['1-3季度累计', [0, 1, 2]], ['四季度', [3]], ['全年', [0, 1, 2, 3]]];
  else colDefs = [['一季度', [0]], ['二季度', [1]], ['三季度', [2]], ['四季度', [3]], ['全年合计', [0, 1, 2, 3]]];
  const agg = (ix) => ({ rec: sumArr(ix.map((i) => q[i].rec)), closed: sumArr(ix.map((i) => q[i].closed)) });
  const xs = colDefs.map(([, ix]) => agg(ix));
  const T = new Tab(colDefs.length + 1);
  T.title(`${year}年分季度法院收结案情况`);
  T.add(['指标', ...colDefs.map((c) => c[0])]);
  const fi = INT(R);
  const rRec = T.add(['收案（件）', ...xs.map((x) => x.rec)], [null, ...xs.map(() => fi)]);
  const rCl = T.add(['结案（件）', ...xs.map((x) => x.closed)], [null, ...xs.map(() => fi)]);
  const rRate = T.add(['结收比（%）', ...xs.map((x) => rate(x.closed, x.rec, d))], [null, ...xs.map(() => DEC(d))]);
  colDefs.forEach(([, ix], i) => {
    const c = i + 1;
    T.rate([rRate, c], [rCl, c], [rRec, c], d); T.plant(rRate, c, 'rate', d);
    if (ix.length > 1) {
      const parts = colDefs.map((cd, j) => (cd[1].length === 1 && ix.includes(cd[1][0]) ? j + 1 : null)).filter(Boolean);
      for (const r of [rRec, rCl]) { T.sum([r, c], parts.map((p) => [r, p])); T.plant(r, c, 'total'); }
    } else for (const r of [rRec, rCl]) T.plant(r, c, 'part');
  });
  notes(T, R, ['注：结收比＝结案数÷收案数×100%，本表收案不含旧存。']);
  return { name: R.pick(['分季度', '季度']), T };
}

// ---------- H2: quarterly report, 本季 / 1-本季累计 / 上年同期 ----------
function quarterReport(R, o = {}) {
  const year = o.year || R.int(2020, 2023); const qn = R.int(2, 4); const d = 1;
  const ind = [['信访总量（件次）', 2000, 9000], ['其中：来信', 300, 1500], ['来访', 500, 3000], ['网上信访', 800, 5000], ['矛盾纠纷排查（件）', 3000, 12000], ['调处化解（件）', 0, 0]];
  const T = new Tab(5);
  T.title(`${year}年第${'一二三四'[qn - 1]}季度政法综治主要数据`);
  T.add(['指标', '本季', '1-本季累计', '上年同期累计', '同比增减（%）']);
  const data = {};
  const mk = (lo, hi) => { const q = R.int(lo, hi); const cum = q + R.int(lo, hi) * (qn - 1); const prev = Math.round(cum * (0.7 + 0.6 * R.f())); return { q, cum, prev }; };
  const parts = ['其中：来信', '来访', '网上信访'].map((k) => { const [, lo, hi] = ind.find((x) => x[0] === k); return (data[k] = mk(lo, hi)); });
  data['信访总量（件次）'] = { q: sumArr(parts.map((p) => p.q)), cum: sumArr(parts.map((p) => p.cum)), prev: sumArr(parts.map((p) => p.prev)) };
  const pc = data['矛盾纠纷排查（件）'] = mk(3000, 12000);
  data['调处化解（件）'] = { q: pc.q - R.int(10, 200), cum: pc.cum - R.int(50, 400), prev: pc.prev - R.int(50, 400) };
  const rows = {};
  for (const [n] of ind) { const x = data[n]; const lab = n.startsWith('其中') || ['来访', '网上信访'].includes(n) ? FW + (n === '其中：来信' ? n : FW + FW + n) : n; rows[n] = T.add([lab, x.q, x.cum, x.prev, chg(x.cum, x.prev, d)], [null, '#,##0', '#,##0', '#,##0', '0.0']); T.chg([rows[n], 4], [rows[n], 2], [rows[n], 3], d); T.plant(rows[n], 4, 'change', d); }
  const rr = T.add(['化解率（%）', rate(data['调处化解（件）'].q, pc.q, d), rate(data['调处化解（件）'].cum, pc.cum, d), rate(data['调处化解（件）'].prev, pc.prev, d), '—'], [null, '0.0', '0.0', '0.0']);
  [1, 2, 3].forEach((c) => { T.rate([rr, c], [rows['调处化解（件）'], c], [rows['矛盾纠纷排查（件）'], c], d); T.plant(rr, c, 'rate', d); T.sum([rows['信访总量（件次）'], c], ['其中：来信', '来访', '网上信访'].map((k) => [rows[k], c])); T.plant(rows['信访总量（件次）'], c, 'total'); T.plant(rows['来访'], c, 'part'); });
  notes(T, R, ['注：化解率＝调处化解件数÷矛盾纠纷排查件数×100%。']);
  return { name: '季报', T };
}

// ---------- I: procuratorate by county ----------
function procuratorate(R, o = {}) {
  const city = o.city || R.pick(L.CITIES), year = o.year || R.int(2020, 2023);
  const d = R.pick([1, 2]);
  const cs = R.sample(L.COUNTIES, R.int(4, 8)).map((c) => c + '人民检察院');
  const units = [{ label: '市人民检察院', x: null }, ...cs.map((c) => ({ label: FW + c }))];
  units.forEach((u) => { const acc = R.int(100, 1500); const no = Math.floor(acc * (0.05 + 0.3 * R.f())); const pros = R.int(200, 2500); const nopros = Math.floor(pros * (0.05 + 0.25 * R.f())); u.x = { acc, ok: acc - no, no, pros, nopros }; });
  const tx = {}; for (const k of ['acc', 'ok', 'no', 'pros', 'nopros']) tx[k] = sumArr(units.map((u) => u.x[k]));
  const total = { label: '全市检察机关', x: tx, total: true };
  const cols = ['acc', 'ok', 'no', 'noRate', 'pros', 'nopros'];
  const T = new Tab(cols.length + 1);
  T.title(`${city}检察机关${year}年办案情况`);
  unitRow(T, R, '单位：人');
  headers(T, ['单位', ['审查逮捕', ['受理', '批准逮捕', '不批准逮捕', '不捕率（%）']], ['审查起诉', ['提起公诉', '不起诉']]], true);
  const fi = INT(R);
  for (const u of [total, ...units]) {
    const x = u.x;
    const r = T.add([u.label, x.acc, x.ok, x.no, rate(x.no, x.acc, d), x.pros, x.nopros], [null, fi, fi, fi, DEC(d), fi, fi]);
    u.r = r;
    T.sum([r, 1], [[r, 2], [r, 3]]); T.rate([r, 4], [r, 3], [r, 1], d); T.plant(r, 4, 'rate', d);
    [1, 2, 3, 5, 6].forEach((c) => T.plant(r, c, u.total || c === 1 ? 'total' : 'part'));
  }
  [1, 2, 3, 5, 6].forEach((c) => T.sum([total.r, c], units.map((u) => [u.r, c])));
  notes(T, R, ['注：不捕率＝不批准逮捕人数÷受理审查逮捕人数×100%。']);
  return { name: R.pick(['检察', '表10', '检察办案']), T };
}

// ---------- K: county political-legal committee summary (mixed units) ----------
function plcSummary(R, o = {}) {
  const year = o.year || R.int(2020, 2023);
  const county = R.pick(L.COUNTIES);
  const T = new Tab(5);
  T.title(`${county}${year}年平安建设主要指标`);
  T.add(['指标', `${year}年`, `${year - 1}年`, '增减', '增减幅度（%）']);
  const mk = (lo, hi) => { const c = R.int(lo, hi); return [c, Math.max(1, Math.round(c * (0.6 + 0.8 * R.f())))]; };
  const add = (lab, c, p, fmt = '#,##0') => { const r = T.add([lab, c, p, c - p, chg(c, p, 1)], [null, fmt, fmt, fmt, '0.0']); T.diff([r, 3], [r, 1], [r, 2]); T.chg([r, 4], [r, 1], [r, 2], 1); T.plant(r, 4, 'change', 1); T.plant(r, 1, 'part'); return r; };
  const [c1, p1] = mk(800, 3000); add('刑事案件立案（起）', c1, p1);
  const [c2, p2] = [Math.floor(c1 * 0.03) + 1, Math.floor(p1 * 0.03) + 2]; const r2 = add(FW + '其中：八类严重暴力犯罪', c2, p2); T.le([r2, 1], [r2 - 1, 1]);
  const [c3, p3] = mk(2000, 8000); add('治安案件查处（起）', c3, p3);
  const [c4, p4] = mk(1000, 6000); const r4 = add('矛盾纠纷排查（件）', c4, p4);
  const c5 = c4 - R.int(5, 80), p5 = p4 - R.int(5, 80); const r5 = add('调处化解（件）', c5, p5);
  const rc = rate(c5, c4, 1), rp = rate(p5, p4, 1);
  const r6 = T.add(['化解率（%）', rc, rp, rnd(rc - rp, 1), '—'], [null, '0.0', '0.0', '0.0']);
  T.rate([r6, 1], [r5, 1], [r4, 1], 1); T.rate([r6, 2], [r5, 2], [r4, 2], 1); T.diff([r6, 3], [r6, 1], [r6, 2], 1); T.plant(r6, 1, 'rate', 1);
  const [c7, p7] = mk(100, 900); add('信访总量（件次）', c7, p7);
  if (R.bool(0.5)) T.add(['命案（起）', 0, 1, -1, -100], [null, '0', '0', '0', '0.0']);
  notes(T, R, ['注：增减幅度为比上年增减百分比；化解率增减为百分点。']);
  return { name: R.pick(['平安建设', '主要指标']), T };
}

module.exports = { courtType, courtByCourt, courtTransposed, mediationCounty, mediationType, petitionChannel, petitionCounty, lawyers, legalAid, quarterly, quarterReport, procuratorate, plcSummary };
