// node gen.js SET NBOOKS SEED [plantFraction]  -> /tmp/round106a/SET/*.xlsx, manifest.json, rel/<SET>__<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');
const VB = process.env.VAR === 'b';
const [, , SET, NB = '30', SEED = '1', PF = '0.5'] = process.argv;
let seed = (Number(SEED) * 7919 + 17) >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const round = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; };
const colL = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const CITIES = ['江州市', '临川市', '安阳市', '云岭市', '青州市', '南平市'];
const COUNTIES = ['城关区', '东湖区', '西山区', '南城县', '北川县', '青山县', '桃源县', '临河县', '安平县', '永宁县', '高新区', '经开区', '龙泉市', '清水县'];
const TOWNS = ['城关街道', '东门街道', '西门街道', '北关街道', '新华街道', '和平街道', '解放路街道', '人民路街道', '河东镇', '河西镇', '柳林镇', '石桥镇', '白沙镇', '马集镇', '黄庄乡', '杨村乡', '双河镇', '大坪镇', '长岭乡', '新店镇', '青龙镇', '红旗街道', '花园街道', '金山镇'];
const TYPES = { ent: ['私营企业', '外商投资企业', '港澳台商投资企业', '个体工商户', '其他非公企业'], org: ['社会团体', '民办非企业单位', '基金会'] };

// ---------- column templates: each col {key, h:[path], t, ...}
function colsMember(byType) {
  const c = [];
  if (chance(0.6)) c.push({ key: 'org', h: ['党组织数（个）'], t: 'base', gen: (s) => Math.max(1, Math.round(s / ri(15, 40))) });
  const grp = pick(['党员数（名）', '党员人数', '党员总数']);
  if (!byType && chance(0.7)) {
    c.push({ key: 'pm', h: [grp, pick(['合计', '小计', '计'])], t: 'sum', parts: ['pe', 'po'] });
    c.push({ key: 'pe', h: [grp, pick(['企业', '非公企业', '非公有制企业'])], t: 'base', gen: (s) => Math.round(s * (0.45 + rnd() * 0.35)) });
    c.push({ key: 'po', h: [grp, '社会组织'], t: 'base', gen: (s) => Math.round(s * (0.1 + rnd() * 0.3)) });
  } else c.push({ key: 'pm', h: [grp], t: 'base', gen: (s) => Math.round(s * (0.6 + rnd() * 0.6)) });
  const qz = [['flow', '流动党员', 0.05, 0.25], ['lost', '失联党员', 0, 0.03], ['yb', '预备党员', 0.02, 0.08], ['young', '35岁及以下', 0.2, 0.45], ['woman', '女党员', 0.25, 0.5]];
  const chosen = qz.filter(() => chance(0.6)); if (!chosen.length) chosen.push(qz[0]);
  const style = pick(['group', 'prefix']);
  chosen.forEach(([k, n, a, b], i) => c.push({ key: k, h: style === 'group' ? ['其中', n] : [i === 0 ? '其中：' + n : n], t: 'base', le: 'pm', gen: (s, row) => Math.floor(row.pm * (a + rnd() * (b - a))) }));
  if (chance(0.4)) c.push({ key: 'shr', h: [pick(['占全市比重（%）', '占比（%）', '党员占比(%)'])], t: 'share', of: 'pm', dec: pick([1, 2]) });
  if (chance(0.4)) {
    c.push({ key: 'pmPrev', h: ['上年党员数'], t: 'base', gen: (s, row) => Math.round(row.pm / (0.9 + rnd() * 0.25)) });
    c.push({ key: 'gr', h: [pick(['比上年增长（%）', '比上年增减（%）', '增幅(%)'])], t: 'growth', cur: 'pm', prev: 'pmPrev', dec: pick([1, 2]) });
  }
  return c;
}
function colsTrain() {
  const c = [];
  c.push({ key: 'pm', h: ['党员数'], t: 'base', gen: (s) => Math.round(s * (0.6 + rnd() * 0.6)) });
  c.push({ key: 'tp', h: ['参训党员数'], t: 'base', gen: (s, row) => Math.floor(row.pm * (0.7 + rnd() * 0.29)) });
  const dec = pick([1, 2]);
  c.push({ key: 'tr', h: [pick(['参训率（%）', '参训率(%)', '党员参训率'])], t: 'rate', num: 'tp', den: 'pm', k: 100, dec });
  if (chance(0.7)) {
    c.push({ key: 'rc', h: [pick(['参加学习培训人次', '培训人次'])], t: 'base', gen: (s, row) => Math.round(row.tp * (1.5 + rnd() * 3)) });
    if (chance(0.5)) c.push({ key: 'avgc', h: ['人均参训次数'], t: 'rate', num: 'rc', den: 'pm', k: 1, dec: 1 });
  }
  if (chance(0.6)) {
    c.push({ key: 'trPrev', h: ['上年参训率（%）'], t: 'given', dec, gen: (row) => round(Math.min(99.9, row.tr - 6 + rnd() * 10), dec) });
    c.push({ key: 'pp', h: [pick(['增减（百分点）', '比上年增减(百分点)', '提高（百分点）'])], t: 'pp', cur: 'tr', prev: 'trPrev', dec });
  }
  if (chance(0.4)) {
    c.push({ key: 'ztd', h: ['主题党日', '开展次数'], t: 'base', gen: (s) => ri(3, 12) * Math.max(1, Math.round(s / 40)) });
    c.push({ key: 'ztp', h: ['主题党日', '参加人次'], t: 'base', gen: (s, row) => Math.round(row.pm * (2 + rnd() * 6)) });
  }
  return c;
}
function colsFee() {
  const c = [];
  if (chance(0.5)) c.push({ key: 'pm', h: ['党员数（名）'], t: 'base', gen: (s) => Math.round(s * (0.6 + rnd() * 0.6)) });
  const u = pick(['（万元）', '', '(万元)']);
  c.push({ key: 'due', h: ['应缴党费' + u], t: 'base', scale: 100, gen: (s) => Math.round(s * (3 + rnd() * 8)) }); // cents of 万元 = 100元
  c.push({ key: 'paid', h: ['实缴党费' + u], t: 'base', scale: 100, gen: (s, row) => chance(0.25) ? row.due : Math.floor(row.due * (0.85 + rnd() * 0.15)) });
  c.push({ key: 'fr', h: [pick(['收缴率（%）', '收缴率(%)', '党费收缴率（%）'])], t: 'rate', num: 'paid', den: 'due', k: 100, dec: pick([1, 2]) });
  if (chance(0.6)) {
    c.push({ key: 'paidPrev', h: ['上年实缴' + u], t: 'base', scale: 100, gen: (s, row) => Math.round(row.paid / (0.85 + rnd() * 0.35)) });
    c.push({ key: 'fg', h: [pick(['比上年增长（%）', '同比增长(%)', '比上年增减（%）'])], t: 'growth', cur: 'paid', prev: 'paidPrev', dec: pick([1, 2]) });
  }
  return c;
}
function colsScore() {
  const c = [];
  c.push({ key: 'pm', h: ['参评党员数'], t: 'base', gen: (s) => Math.round(s * (0.6 + rnd() * 0.5)) });
  c.push({ key: 'avg', h: [pick(['平均积分', '党员积分平均分', '人均积分（分）'])], t: 'avg', w: 'pm', dec: 1 });
  c.push({ key: 'ex', h: ['积分等次', '优秀'], t: 'base', gen: (s, row) => Math.floor(row.pm * (0.15 + rnd() * 0.25)) });
  c.push({ key: 'ok', h: ['积分等次', '合格'], t: 'base', gen: (s, row) => row.pm - row.ex - row.bad - row.no });
  c.push({ key: 'bad', h: ['积分等次', '基本合格'], t: 'base', gen: (s, row) => Math.floor(row.pm * rnd() * 0.05) });
  c.push({ key: 'no', h: ['积分等次', '不合格'], t: 'base', gen: (s, row) => Math.floor(row.pm * rnd() * 0.015) });
  c.push({ key: 'exr', h: ['优秀率（%）'], t: 'rate', num: 'ex', den: 'pm', k: 100, dec: 1 });
  return c;
}
function colsQuarter() {
  const what = pick(['主题党日开展次数', '支部党员大会召开次数', '党课开展次数', '支委会召开次数']);
  const c = []; const q = ['一季度', '二季度', '三季度', '四季度'];
  const nq = ri(2, 4);
  const running = chance(0.5);
  for (let i = 0; i < nq; i++) {
    c.push({ key: 'q' + i, h: [what, q[i], '本季'].slice(running ? 0 : 0, running ? 3 : 2), t: 'base', gen: (s) => Math.max(0, Math.round(s / 30 * (2 + rnd() * 2))) });
    if (running) c.push({ key: 'c' + i, h: [what, q[i], '累计'], t: i === 0 ? 'sum' : 'run', parts: i === 0 ? ['q0'] : ['c' + (i - 1), 'q' + i] });
  }
  if (!running) c.push({ key: 'qs', h: [what, nq === 4 ? '全年合计' : '累计'], t: 'sum', parts: [...Array(nq).keys()].map((i) => 'q' + i) });
  return c;
}
// ---------- row templates
function rowsRegions(city, mode) {
  const rows = []; const nC = ri(3, 7); const cs = [...COUNTIES].sort(() => rnd() - 0.5).slice(0, nC);
  const totLabel = pick(['合计', '总计', '全市', city.replace('市', '') + '合计']);
  const tot = { label: totLabel, kind: 'total', children: [] };
  if (mode === 'county') {
    for (const [i, c] of cs.entries()) { const r = { label: c, kind: 'leaf', s: ri(80, 2500) }; tot.children.push(r); rows.push(r); }
    return { tot, rows, totTop: chance(0.6) };
  }
  const subStyle = pick(['self', 'after', 'before']);
  const num = chance(0.4); const indent = pick(['', '  ', '　　']);
  const towns = [...TOWNS].sort(() => rnd() - 0.5); let ti = 0;
  for (const [i, c] of cs.slice(0, ri(2, 4)).entries()) {
    const nm = num ? CN[i] + '、' + c : c;
    const sub = { label: subStyle === 'self' ? nm : (subStyle === 'before' ? c + '小计' : '小计'), county: c, kind: 'sub', children: [] };
    const kids = []; for (let j = 0; j < ri(2, 5); j++) { const t = towns[ti++ % towns.length]; const r = { label: (num ? `${indent}${j + 1}.` : indent) + t, town: t, county: c, kind: 'leaf', s: ri(20, 600) }; kids.push(r); sub.children.push(r); }
    tot.children.push(sub);
    if (subStyle === 'self') rows.push(sub, ...kids);
    else if (subStyle === 'before') rows.push(sub, ...kids);
    else rows.push({ label: nm, kind: 'head', county: c }, ...kids, sub);
  }
  return { tot, rows, totTop: subStyle === 'after' ? chance(0.3) : chance(0.7) };
}
function rowsTypes() {
  const rows = []; const tot = { label: pick(['合计', '总计']), kind: 'total', children: [] }; const numSt = ri(0, 2);
  for (const [i, [k, nm]] of [['ent', '非公有制企业'], ['org', '社会组织']].entries()) {
    const sub = { label: CN[i] + '、' + nm, kind: 'sub', children: [] }; tot.children.push(sub); rows.push(sub);
    if (chance(0.6)) { const q = { label: pick(['  其中：', '其中：', '    其中：']) + (k === 'ent' ? '规模以上企业' : '行业协会商会'), kind: 'qz', parent: sub, f: 0.2 + rnd() * 0.4 }; rows.push(q); }
    const lv = TYPES[k].slice(0, ri(2, TYPES[k].length));
    lv.forEach((t, j) => { const r = { label: `${[['（' + CN[j] + '）', '  ' + (j + 1) + '.', '  '][numSt]]}${t}`, kind: 'leaf', s: ri(50, 3000) }; sub.children.push(r); rows.push(r); });
  }
  return { tot, rows, totTop: true };
}
function rowsMonths() {
  const n = ri(6, 12); const rows = [];
  for (let m = 1; m <= n; m++) rows.push({ label: m + '月', kind: 'leaf', s: ri(200, 900) });
  return { tot: null, rows, totTop: false, months: true };
}

// ---------- compute values
function compute(cols, R) {
  const all = R.tot ? [R.tot, ...R.rows.filter((r) => r.kind !== 'head')] : R.rows;
  const byKey = Object.fromEntries(cols.map((c) => [c.key, c]));
  const genLeaf = (r) => {
    r.v = {};
    // generation order: base columns in an order satisfying dependencies (score template needs bad/no before ok)
    const order = cols.filter((c) => c.t === 'base');
    const deferred = order.filter((c) => c.key === 'ok');
    for (const c of [...order.filter((c) => c.key !== 'ok'), ...deferred]) { r.v[c.key] = c.gen(r.s, r.v); for (const sc of cols) if (sc.t === 'sum' && sc.parts.every((p) => p in r.v)) r.v[sc.key] = sc.parts.reduce((a, p) => a + r.v[p], 0); }
    r.avgRaw = 60 + rnd() * 38;
  };
  const leaves = all.filter((r) => r.kind === 'leaf'); leaves.forEach(genLeaf);
  const agg = (r) => { if (r.kind === 'leaf') return; r.v = {}; r.children.forEach(agg); for (const c of cols) if (c.t === 'base') r.v[c.key] = r.children.reduce((a, ch) => a + ch.v[c.key], 0); const w = r.children.reduce((a, ch) => a + (ch.v.pm || 0), 0); r.avgRaw = w ? r.children.reduce((a, ch) => a + ch.avgRaw * (ch.v.pm || 0), 0) / w : 0; };
  if (R.tot) agg(R.tot);
  for (const r of all) if (r.kind === 'qz') { r.v = {}; for (const c of cols) if (c.t === 'base') r.v[c.key] = Math.floor(r.parent.v[c.key] * r.f); if ('ok' in r.v) r.v.ok = r.v.pm - r.v.ex - r.v.bad - r.v.no; r.avgRaw = r.parent.avgRaw + 1; }
  // running across month rows: add cumulative columns
  for (const r of all) {
    const d = (k) => r.v[k] / (byKey[k].scale || 1);
    for (const c of cols) {
      if (c.t === 'sum' || c.t === 'run') r.v[c.key] = c.parts.reduce((a, p) => a + r.v[p], 0);
    }
    for (const c of cols) {
      const disp = (k) => (byKey[k].t === 'base' || byKey[k].t === 'sum') ? d(k) : r.v[k];
      if (c.t === 'rate') r.v[c.key] = disp(c.den) ? round(disp(c.num) / disp(c.den) * c.k, c.dec) : null;
      if (c.t === 'share') r.v[c.key] = null; // later
      if (c.t === 'given') r.v[c.key] = r.v[byKey.pp.cur] == null ? null : c.gen(r.v);
      if (c.t === 'growth') r.v[c.key] = disp(c.prev) ? round((disp(c.cur) / disp(c.prev) - 1) * 100, c.dec) : null;
      if (c.t === 'avg') r.v[c.key] = r.v[c.w] ? round(r.avgRaw, c.dec) : null;
    }
    for (const c of cols) if (c.t === 'pp') r.v[c.key] = r.v[c.cur] == null || r.v[c.prev] == null ? null : round(r.v[c.cur] - r.v[c.prev], c.dec);
  }
  for (const c of cols) if (c.t === 'share' && R.tot) for (const r of all) r.v[c.key] = R.tot.v[c.of] ? round(r.v[c.of] / R.tot.v[c.of] * 100, c.dec) : null;
  // scale base/sum to display
  for (const r of all) for (const c of cols) if ((c.t === 'base' || c.t === 'sum' || c.t === 'run') && c.scale) r.v[c.key] = round(r.v[c.key] / c.scale, 2);
  return all;
}

// ---------- sheet writer
function writeSheet(wb, name, title, unitLine, cols, R, opt) {
  const ws = wb.addWorksheet(name);
  const all = compute(cols, R);
  for (const c of cols) c.frac = (c.t === 'rate' && c.k === 100 || c.t === 'share') && !cols.some((p) => p.t === 'pp' && p.cur === c.key);
  const rels = []; const cellKind = {};
  const tol = (d) => 0.5 * Math.pow(10, -d) + 1e-6;
  let order = R.tot ? (R.totTop ? [R.tot, ...R.rows] : [...R.rows, R.tot]) : R.rows;
  if (R.months) {
    // months sheet: running cumulative across rows for each 本月 column
    const base = cols.filter((c) => c.t === 'base');
    const nc = [];
    for (const c of base) { nc.push({ ...c, h: [c.h[0], '本月'] }); nc.push({ key: c.key + '_cum', h: [c.h[0], '累计'], t: 'cum', of: c.key }); }
    cols = nc;
    let acc = {};
    for (const r of order) for (const c of base) { acc[c.key] = (acc[c.key] || 0) + r.v[c.key]; r.v[c.key + '_cum'] = acc[c.key]; }
  }
  let row = 1;
  if (opt.two && !R.rows.some((r) => r.town)) opt.two = false;
  if (opt.two) order = order.filter((r) => r.kind !== 'head');
  const labCols = (opt.seq ? 2 : 1) + (opt.two ? 1 : 0);
  const nCols = labCols + cols.length;
  const depth = Math.max(...cols.map((c) => c.h.length));
  const transposed = opt.transposed;
  const lastCol = transposed ? 2 + order.length : nCols;
  ws.getCell(row, 1).value = title; ws.mergeCells(row, 1, row, lastCol); row++;
  if (unitLine) { if (opt.unitRight) { ws.getCell(row, 1).value = opt.filler || null; ws.getCell(row, lastCol).value = unitLine; } else ws.getCell(row, 1).value = unitLine; row++; }
  const addr = {}; // addr[rowIdx][key]
  const zero = opt.zero;
  const put = (r, c, col, v) => {
    const cell = ws.getCell(r, c);
    if (v === null || v === undefined) { cell.value = opt.nullDash ? '—' : null; return; }
    const dec = col.dec != null ? col.dec : (col.scale || col.money ? 2 : 0);
    if (v === 0 && zero !== '0' && (col.t === 'base')) { cell.value = zero === '—' ? '—' : null; return; }
    if (opt.pctFrac && col.frac) { cell.value = round(v / 100, dec + 2); cell.numFmt = dec === 1 ? '0.0%' : '0.00%'; return; }
    if (opt.textNums && chance(opt.textNums)) cell.value = dec ? v.toFixed(dec) : String(v);
    else { cell.value = v; if (dec) cell.numFmt = dec === 1 ? '0.0' : '0.00'; }
  };
  if (!transposed) {
    const h0 = row;
    if (opt.seq) { ws.getCell(h0, 1).value = '序号'; if (depth > 1) ws.mergeCells(h0, 1, h0 + depth - 1, 1); }
    const lc = labCols; ws.getCell(h0, lc).value = opt.two ? '乡镇（街道）' : opt.labHead; if (depth > 1) ws.mergeCells(h0, lc, h0 + depth - 1, lc);
    if (opt.two) { ws.getCell(h0, lc - 1).value = '县（市、区）'; if (depth > 1) ws.mergeCells(h0, lc - 1, h0 + depth - 1, lc - 1); }
    // headers with merges
    for (let lvl = 0; lvl < depth; lvl++) {
      let i = 0;
      while (i < cols.length) {
        const c = cols[i]; const cc = labCols + 1 + i;
        if (c.h.length <= lvl) { i++; continue; }
        let j = i; const pre = c.h.slice(0, lvl + 1).join('|');
        if (lvl < c.h.length - 1) while (j + 1 < cols.length && cols[j + 1].h.length > lvl + 1 && cols[j + 1].h.slice(0, lvl + 1).join('|') === pre) j++;
        ws.getCell(h0 + lvl, cc).value = c.h[lvl];
        const bottom = lvl === c.h.length - 1 ? h0 + depth - 1 : h0 + lvl;
        if (j > i || bottom > h0 + lvl) ws.mergeCells(h0 + lvl, cc, bottom, labCols + 1 + j);
        i = j + 1;
      }
    }
    row = h0 + depth;
    if (opt.colNums) { if (opt.seq) ws.getCell(row, 1).value = '甲'; if (opt.two) ws.getCell(row, labCols - 1).value = opt.seq ? '乙' : '甲'; ws.getCell(row, labCols).value = opt.two ? (opt.seq ? '丙' : '乙') : (opt.seq ? '乙' : '甲'); cols.forEach((c, i) => { ws.getCell(row, labCols + 1 + i).value = i + 1; }); row++; }
    let seqN = 0;
    for (const r of order) {
      if (opt.seq && r.kind !== 'total') ws.getCell(row, 1).value = ++seqN;
      if (!opt.two) ws.getCell(row, labCols).value = r.label;
      else {
        if (r.kind === 'total') { ws.getCell(row, labCols - 1).value = r.label; ws.mergeCells(row, labCols - 1, row, labCols); }
        else {
          ws.getCell(row, labCols).value = r.kind === 'sub' ? '小计' : r.town;
          const prev = order[order.indexOf(r) - 1];
          if (!prev || prev.county !== r.county) { ws.getCell(row, labCols - 1).value = r.county; const n = order.filter((x) => x.county === r.county).length; if (n > 1) ws.mergeCells(row, labCols - 1, row + n - 1, labCols - 1); }
        }
      }
      if (r.kind !== 'head') { addr[all.indexOf(r)] = {}; cols.forEach((c, i) => { const a = colL(labCols + 1 + i) + row; addr[all.indexOf(r)][c.key] = a; put(row, labCols + 1 + i, c, r.v[c.key]); }); }
      row++;
    }
  } else {
    // indicators as rows, regions as columns
    const h0 = row;
    ws.getCell(h0, 1).value = '指标'; ws.getCell(h0, 2).value = '计量单位';
    order.forEach((r, j) => { ws.getCell(h0, 3 + j).value = r.label.trim(); });
    row++;
    cols.forEach((c) => {
      let lab = c.h.join('');
      const gi = cols.filter((x) => x.h.length > 1 && x.h[0] === c.h[0]);
      if (c.h.length > 1) {
        if (/^(合计|小计|计)$/.test(c.h[1])) lab = c.h[0];
        else if (c.h[0] === '其中' || gi[0].t === 'sum') lab = (gi.filter((x) => !/^(合计|小计|计)$/.test(x.h[1]))[0] === c ? '  其中：' : '        ') + c.h[1];
        else lab = c.h[0] + '：' + c.h[1];
      }
      const unit = (/\%|率|增长|比重|占比/.test(lab) && !/百分点/.test(lab)) ? '%' : /百分点/.test(lab) ? '百分点' : c.scale ? '万元' : /次数/.test(lab) ? '次' : /人次/.test(lab) ? '人次' : c.t === 'avg' ? '分' : /组织数/.test(lab) ? '个' : '名';
      ws.getCell(row, 1).value = lab.replace(/（%）|\(%\)|（万元）|\(万元\)|（个）|（名）/g, ''); ws.getCell(row, 2).value = unit;
      order.forEach((r, j) => { if (r.kind === 'head') return; const k = all.indexOf(r); addr[k] = addr[k] || {}; addr[k][c.key] = colL(3 + j) + row; put(row, 3 + j, c, r.v[c.key]); });
      row++;
    });
  }
  // notes
  if (opt.notes) { row++; for (const n of opt.notes) { ws.getCell(row, 1).value = n; row++; } }
  ws.getColumn(labCols).width = 18;
  // relations
  const A = (r, k) => addr[all.indexOf(r)][k];
  const additive = cols.filter((c) => c.t === 'base' || c.t === 'sum' || c.t === 'run' || c.t === 'cum');
  const decOf = (c) => (c.scale ? 2 : 0);
  for (const r of all) {
    if (r.kind === 'head' || !addr[all.indexOf(r)]) continue;
    if (r.children) for (const c of additive) if (c.t !== 'cum') rels.push({ t: 'sum', total: A(r, c.key), parts: r.children.map((ch) => A(ch, c.key)), tol: 1e-6 + (c.scale ? 0.0051 * 0 : 0), kind: r.kind === 'total' ? 'total' : 'subtotal' });
    if (r.kind === 'qz') for (const c of additive) rels.push({ t: 'le', whole: A(r.parent, c.key), parts: [A(r, c.key)], tol: 1e-6, kind: 'part' });
    for (const c of cols) {
      if (c.t === 'sum' || c.t === 'run') rels.push({ t: 'sum', total: A(r, c.key), parts: c.parts.map((p) => A(r, p)), tol: 1e-6, kind: c.t === 'run' ? 'running' : 'total' });
      if (c.le) rels.push({ t: 'le', whole: A(r, c.le), parts: [A(r, c.key)], tol: 1e-6, kind: 'part' });
      const fk = opt.pctFrac && c.frac ? 0.01 : 1;
      if (c.t === 'rate' && r.v[c.key] != null) rels.push({ t: 'rate', cell: A(r, c.key), num: A(r, c.num), den: A(r, c.den), k: c.k * fk, tol: tol(c.dec) * fk, kind: 'rate' });
      if (c.t === 'share' && r.v[c.key] != null) rels.push({ t: 'rate', cell: A(r, c.key), num: A(r, c.of), den: A(R.tot, c.of), k: 100 * fk, tol: tol(c.dec) * fk, kind: 'share' });
      if (c.t === 'growth' && r.v[c.key] != null) rels.push({ t: 'growth', cell: A(r, c.key), cur: A(r, c.cur), prev: A(r, c.prev), tol: tol(c.dec), kind: 'growth' });
      if (c.t === 'pp' && r.v[c.key] != null) rels.push({ t: 'pp', cell: A(r, c.key), cur: A(r, c.cur), prev: A(r, c.prev), tol: tol(c.dec) + 1e-6, kind: 'pp' });
    }
  }
  if (R.months) {
    const rs = order;
    for (const c of cols) if (c.t === 'cum') rs.forEach((r, i) => { if (i > 0) rels.push({ t: 'sum', total: A(r, c.key), parts: [A(rs[i - 1], c.key), A(r, c.of)], tol: 1e-6, kind: 'running' }); });
  }
  // leaf cells (for 'part' plants): base cells in leaf rows that are parts of a sum
  const leafCells = [];
  for (const r of all) if (r.kind === 'leaf' && addr[all.indexOf(r)] && R.tot) for (const c of cols) if (c.t === 'base') leafCells.push(A(r, c.key));
  return { ws, rels: rels.map((x) => ({ ...x, sheet: name })), leafCells, cols, transposed };
}

function makeBook(i) {
  const wb = new ExcelJS.Workbook();
  const city = pick(CITIES); const year = ri(2021, 2024);
  const nSheets = ri(1, 3); const allRels = []; const sheets = [];
  const used = new Set();
  for (let s = 0; s < nSheets; s++) {
    let tpl = pick(['member', 'member', 'train', 'train', 'fee', 'fee', 'score', 'quarter', 'months', 'types']);
    while (used.has(tpl)) tpl = pick(['member', 'train', 'fee', 'score', 'quarter', 'months', 'types']);
    used.add(tpl);
    let cols, R, title, unit, sname;
    const mode = pick(['county', 'town', 'town']);
    const labHead = mode === 'county' ? pick(['县（市、区）', '地区', '单位', '县区']) : pick(['县区/乡镇（街道）', '单位', '地区', '乡镇（街道）']);
    if (tpl === 'member') { cols = colsMember(false); R = rowsRegions(city, mode); title = `${city}两新组织党员基本情况统计表（${year}年底）`; sname = pick(['党员基本情况', '表1', '党员数']); }
    if (tpl === 'types') { cols = colsMember(true); R = rowsTypes(); title = `${city}非公有制企业和社会组织党员情况（按类型）`; sname = pick(['按类型', '表2 分类型']); }
    if (tpl === 'train') { cols = colsTrain(); R = rowsRegions(city, mode); title = `${year}年${city}两新组织党员教育培训情况`; sname = pick(['教育培训', '学习培训', '表3']); }
    if (tpl === 'fee') { cols = colsFee(); R = rowsRegions(city, mode); title = `${year}年度两新组织党费收缴情况统计表`; sname = pick(['党费收缴', '党费']); }
    if (tpl === 'score') { cols = colsScore(); R = rowsRegions(city, mode); title = `${year}年两新组织党员积分管理情况`; sname = pick(['积分管理', '党员积分']); }
    if (tpl === 'quarter') { cols = colsQuarter(); R = rowsRegions(city, mode); title = `${year}年两新组织“三会一课”落实情况（分季度）`; sname = pick(['三会一课', '组织生活']); }
    if (tpl === 'months') {
      cols = [{ key: 'm1', h: ['支部党员大会（次）'], t: 'base', gen: (s) => Math.round(s / 12 * (0.6 + rnd() * 0.8)) }, { key: 'm2', h: ['支委会（次）'], t: 'base', gen: (s) => Math.round(s / 8 * (0.6 + rnd() * 0.8)) }, { key: 'm3', h: ['党课（次）'], t: 'base', gen: (s) => Math.round(s / 25 * (0.6 + rnd() * 0.8)) }, { key: 'm4', h: ['主题党日（次）'], t: 'base', gen: (s) => Math.round(s / 10 * (0.6 + rnd() * 0.8)) }].filter((c, j) => j === 0 || chance(0.7));
      R = rowsMonths(); title = `${year}年${city}两新组织“三会一课”召开情况（按月）`; sname = pick(['月度', '按月统计']);
    }
    const transposed = !['months', 'types', 'quarter'].includes(tpl) && mode === 'county' && chance(VB ? 0.8 : 0.45);
    const hasPct = cols.some((c) => c.t === 'rate' || c.t === 'share' || c.t === 'growth');
    const unitLine = chance(0.75) ? (cols.some((c) => c.scale) && !cols[0].h[0].includes('万元') ? '单位：万元、%' : pick(['单位：名、个' + (hasPct ? '、%' : ''), '计量单位：人' + (hasPct ? '、%' : ''), '单位：人、次'])) : null;
    const notes = chance(0.6) ? [pick(['注：参训率=参训党员数/党员数×100%。', '注：1.本表统计范围为全市非公有制企业和社会组织；2.党员数含预备党员。', '说明：数据截至' + year + '年12月31日。']), pick(['填报人：王丽    审核人：张伟    填报日期：' + (year + 1) + '年1月10日', '填报单位（盖章）：' + city + '委两新工委', '联系电话：0791-86123456'])] : null;
    const opt = { seq: !transposed && chance(0.3), labHead: tpl === 'months' ? '月份' : tpl === 'types' ? '类别' : labHead, transposed, colNums: !transposed && chance(0.2), nullDash: chance(0.5), zero: pick(['0', '0', '—', '']), textNums: chance(VB ? 0.5 : 0.2) ? pick([0.1, 1]) : 0, notes, two: chance(VB ? 0.5 : 0.2), pctFrac: chance(VB ? 0.4 : 0.15), unitRight: chance(0.5), filler: chance(0.5) ? '填报单位：' + city + '委组织部' : null };
    const res = writeSheet(wb, sname, title, unitLine, cols, R, opt);
    sheets.push({ name: sname, ...res }); allRels.push(...res.rels);
  }
  return { wb, rels: allRels, sheets };
}

// ---------- planting
function plant(book, kind) {
  const cand = [];
  for (const r of book.rels) {
    if (kind === 'total' && r.t === 'sum' && r.kind === 'total') cand.push([r, r.total]);
    if (kind === 'subtotal' && r.t === 'sum' && r.kind === 'subtotal') cand.push([r, r.total]);
    if (kind === 'running' && r.kind === 'running') cand.push([r, r.total]);
    if (kind === 'part' && r.t === 'sum' && r.kind !== 'running') for (const p of r.parts) cand.push([r, p]);
    if (kind === 'part' && r.t === 'le') cand.push([r, r.parts[0]]);
    if (['rate', 'share', 'growth', 'pp'].includes(kind) && r.kind === kind) cand.push([r, r.cell]);
  }
  if (!cand.length) return null;
  const [rel, a] = pick(cand);
  const ws = book.wb.getWorksheet(rel.sheet); const cell = ws.getCell(a);
  const was = cell.value; const isText = typeof was === 'string';
  const w = Number(String(was).replace(/,/g, ''));
  if (!Number.isFinite(w) || was === null || was === '—' || was === '') return null;
  let now;
  const dec = isText ? ((String(was).split('.')[1] || '').length) : (cell.numFmt === '0.00' ? 2 : cell.numFmt === '0.0' ? 1 : 0);
  if (String(cell.numFmt || '').includes('%')) now = round(w + pick([-1, 1]) * (0.03 + rnd() * 0.06), 4);
  else if (['rate', 'share'].includes(kind)) now = round(w + pick([-1, 1]) * (3 + rnd() * 6), dec);
  else if (kind === 'growth') now = round(w + pick([-1, 1]) * (4 + rnd() * 8), dec);
  else if (kind === 'pp') now = round(w + pick([-1, 1]) * (1.5 + rnd() * 3), dec);
  else { const f = pick([-1, 1]) * (0.05 + rnd() * 0.25); now = round(w * (1 + f), dec); if (Math.abs(now - w) < 2) now = round(w + pick([-1, 1]) * ri(2, 5), dec); if (now < 0) now = round(w + ri(2, 5), dec); }
  if (kind === 'share' && now < 0) now = round(w + 4, dec);
  cell.value = isText ? now.toFixed(dec) : now;
  // check: some relation involving the cell breaks clearly
  const get = (x) => ws.getCell(x).value;
  const broke = book.rels.filter((r) => r.sheet === rel.sheet && relCells(r).includes(a)).some((r) => { const e = evalRel(r, get); return e != null && e > 0.5; });
  if (!broke) { cell.value = was; return null; }
  return { sheet: rel.sheet, cell: a, was, now: cell.value, kind };
}

(async () => {
  const dir = path.join(__dirname, SET); fs.mkdirSync(dir, { recursive: true }); fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(dir)) fs.unlinkSync(path.join(dir, f));
  const manifest = [];
  const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  for (let i = 0; i < Number(NB); i++) {
    const file = `${SET}_${String(i + 1).padStart(3, '0')}.xlsx`;
    let book = makeBook(i); const plants = [];
    if (i % 2 === 1 && rnd() < Number(PF) * 2) {
      let p = null; let k = kinds[Math.floor(i / 2) % kinds.length];
      for (let tries = 0; tries < 30 && !p; tries++) { p = plant(book, k); if (!p) { if (tries > 3) k = pick(kinds); if (tries % 4 === 3) book = makeBook(i); } }
      if (p) plants.push(p);
    }
    await book.wb.xlsx.writeFile(path.join(dir, file));
    fs.writeFileSync(path.join(__dirname, 'rel', `${SET}__${file}.json`), JSON.stringify(book.rels));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, manifest.length, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
})();
