'use strict';
// Generates cases/ and probe/ workbooks on 规模以上工业 (industrial enterprises above designated size),
// their manifests and rel/<set>.json.   NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

// ---------------------------------------------------------------- rng
let R;
function seedRng(a) { R = function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function gauss() { let u = 0, v = 0; while (!u) u = R(); while (!v) v = R(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); }
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function roundTo(x, d) { const f = Math.pow(10, d); const v = Math.round(Math.abs(x) * f + 1e-9) / f; if (v === 0) return 0; return x < 0 ? -v : v; }

// ---------------------------------------------------------------- classification
const SEC = {
  B: { name: '采矿业', en: 'Mining' },
  C: { name: '制造业', en: 'Manufacturing' },
  D: { name: '电力、热力、燃气及水生产和供应业', en: 'Production and Supply of Electricity, Heat, Gas and Water' },
};
const DIVS = [
  ['B', '06', '煤炭开采和洗选业', 'Mining and Washing of Coal'],
  ['B', '07', '石油和天然气开采业', 'Extraction of Petroleum and Natural Gas'],
  ['B', '08', '黑色金属矿采选业', 'Mining and Processing of Ferrous Metal Ores'],
  ['B', '09', '有色金属矿采选业', 'Mining and Processing of Non-Ferrous Metal Ores'],
  ['B', '10', '非金属矿采选业', 'Mining and Processing of Non-metal Ores'],
  ['B', '11', '开采专业及辅助性活动', 'Professional and Support Activities for Mining'],
  ['C', '13', '农副食品加工业', 'Processing of Food from Agricultural Products'],
  ['C', '14', '食品制造业', 'Manufacture of Foods'],
  ['C', '15', '酒、饮料和精制茶制造业', 'Manufacture of Liquor, Beverages and Refined Tea'],
  ['C', '16', '烟草制品业', 'Manufacture of Tobacco'],
  ['C', '17', '纺织业', 'Manufacture of Textile'],
  ['C', '18', '纺织服装、服饰业', 'Manufacture of Textile Wearing Apparel and Accessories'],
  ['C', '19', '皮革、毛皮、羽毛及其制品和制鞋业', 'Manufacture of Leather, Fur, Feather and Related Products and Footwear'],
  ['C', '20', '木材加工和木、竹、藤、棕、草制品业', 'Processing of Timber, Manufacture of Wood, Bamboo, Rattan, Palm and Straw Products'],
  ['C', '21', '家具制造业', 'Manufacture of Furniture'],
  ['C', '22', '造纸和纸制品业', 'Manufacture of Paper and Paper Products'],
  ['C', '23', '印刷和记录媒介复制业', 'Printing and Reproduction of Recording Media'],
  ['C', '24', '文教、工美、体育和娱乐用品制造业', 'Manufacture of Articles for Culture, Education, Arts and Crafts, Sport and Entertainment Activities'],
  ['C', '25', '石油、煤炭及其他燃料加工业', 'Processing of Petroleum, Coal and Other Fuels'],
  ['C', '26', '化学原料和化学制品制造业', 'Manufacture of Raw Chemical Materials and Chemical Products'],
  ['C', '27', '医药制造业', 'Manufacture of Medicines'],
  ['C', '28', '化学纤维制造业', 'Manufacture of Chemical Fibers'],
  ['C', '29', '橡胶和塑料制品业', 'Manufacture of Rubber and Plastics Products'],
  ['C', '30', '非金属矿物制品业', 'Manufacture of Non-metallic Mineral Products'],
  ['C', '31', '黑色金属冶炼和压延加工业', 'Smelting and Pressing of Ferrous Metals'],
  ['C', '32', '有色金属冶炼和压延加工业', 'Smelting and Pressing of Non-ferrous Metals'],
  ['C', '33', '金属制品业', 'Manufacture of Metal Products'],
  ['C', '34', '通用设备制造业', 'Manufacture of General Purpose Machinery'],
  ['C', '35', '专用设备制造业', 'Manufacture of Special Purpose Machinery'],
  ['C', '36', '汽车制造业', 'Manufacture of Automobiles'],
  ['C', '37', '铁路、船舶、航空航天和其他运输设备制造业', 'Manufacture of Railway, Ship, Aerospace and Other Transport Equipment'],
  ['C', '38', '电气机械和器材制造业', 'Manufacture of Electrical Machinery and Apparatus'],
  ['C', '39', '计算机、通信和其他电子设备制造业', 'Manufacture of Computers, Communication and Other Electronic Equipment'],
  ['C', '40', '仪器仪表制造业', 'Manufacture of Measuring Instruments and Machinery'],
  ['C', '41', '其他制造业', 'Other Manufactures'],
  ['C', '42', '废弃资源综合利用业', 'Utilization of Waste Resources'],
  ['C', '43', '金属制品、机械和设备修理业', 'Repair Service of Metal Products, Machinery and Equipment'],
  ['D', '44', '电力、热力生产和供应业', 'Production and Supply of Electric Power and Heat Power'],
  ['D', '45', '燃气生产和供应业', 'Production and Supply of Gas'],
  ['D', '46', '水的生产和供应业', 'Production and Supply of Water'],
].map(([sec, code, name, en]) => ({ sec, code, name, en }));
const LIGHT = new Set(['13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '41']);
const CITY_POOL = ['江州市', '临川市', '安平市', '云溪市', '泰和市', '宁江市', '青原市', '石城市', '广阳市', '永宁市', '南陵市', '北川市', '定远市', '兴安市'];
const DIST_POOL = ['城关区', '新城区', '东湖区', '西山区', '北塘区', '南岸区', '高新区', '河西区'];
const COUNTY_POOL = ['平安县', '永丰县', '长乐县', '青阳县', '宁远县', '富川县', '河口县', '石门县', '白水县', '龙泉县', '瑞安市', '永安市', '东阳市', '清河县'];

// ---------------------------------------------------------------- enterprises
function makeCity(year) {
  const name = pick(CITY_POOL);
  const districts = shuffle(DIST_POOL.filter((d) => d !== '高新区')).slice(0, ri(2, 4));
  const counties = shuffle(COUNTY_POOL.slice()).slice(0, ri(3, 7));
  const areas = [...districts.map((n) => ({ name: n, dist: true, w: 0.5 + R() })), ...counties.map((n) => ({ name: n, dist: false, w: 0.3 + R() }))];
  const bDivs = shuffle(DIVS.filter((d) => d.sec === 'B')).slice(0, ri(2, 5));
  const cDivs = shuffle(DIVS.filter((d) => d.sec === 'C')).slice(0, ri(17, 31));
  const dDivs = DIVS.filter((d) => d.sec === 'D');
  const present = [...bDivs, ...cDivs, ...dDivs];
  const N = ri(380, 2400);
  const dp = {};
  for (const d of present) {
    dp[d.code] = {
      w: Math.exp(gauss() * 0.8) * (d.sec === 'C' ? 1 : d.sec === 'B' ? 0.9 : 0.6),
      margin: (d.code === '06' && chance(0.4)) ? -0.03 : 0.055 + gauss() * 0.035,
      marginP: 0, growth: 0.05 + gauss() * 0.09,
      scale: Math.exp(gauss() * 0.5) * (['31', '32', '25', '44', '36'].includes(d.code) ? 2.5 : 1),
    };
    dp[d.code].marginP = dp[d.code].margin + gauss() * 0.03;
  }
  const tiny = new Set(shuffle(present.filter((d) => d.sec !== 'D').map((d) => d.code)).slice(0, ri(1, 3)));
  const W = present.reduce((a, d) => a + dp[d.code].w, 0);
  const counts = {};
  for (const d of present) counts[d.code] = tiny.has(d.code) ? ri(1, 2) : Math.max(3, Math.round((N * dp[d.code].w) / W));
  const aw = areas.reduce((a, x) => a + x.w, 0);
  const pickArea = () => { let u = R() * aw; for (const a of areas) { u -= a.w; if (u <= 0) return a; } return areas[areas.length - 1]; };
  const ents = [];
  for (const d of present) {
    const p = dp[d.code];
    for (let k = 0; k < counts[d.code]; k++) {
      const rev = 2000 + Math.exp(Math.log(8000) + gauss() * 1.05) * p.scale;
      const m = p.margin + gauss() * 0.05 + (chance(0.03) ? -0.2 : 0);
      const profit = rev * m;
      const cost = rev * (0.74 + R() * 0.2);
      const emp = Math.max(8, Math.round(rev / (50 + R() * 150)));
      const assets = rev * (0.5 + R() * 1.3);
      const liab = assets * (0.25 + R() * 0.5);
      const existed = chance(0.91);
      const g = Math.max(-0.5, p.growth + gauss() * 0.15);
      const rev_p = existed ? rev / (1 + g) : 0;
      const profit_p = existed ? rev_p * (p.marginP + gauss() * 0.05) : 0;
      const assets_p = existed ? assets / (1 + 0.05 + gauss() * 0.07) : 0;
      const liab_p = existed ? assets_p * (0.25 + R() * 0.5) : 0;
      const area = pickArea();
      const foreign = chance(0.08), state = !foreign && chance(0.07);
      const e = {
        div: d.code, sec: d.sec, area: area.name, dist: area.dist, devzone: area.dist && chance(0.4),
        foreign, state, stock: !foreign && chance(state ? 0.85 : 0.72), private: !foreign && !state && chance(0.74),
        ht: ['27', '39', '40'].includes(d.code) || (['26', '35', '37', '38'].includes(d.code) && chance(0.25)),
        equip: ['33', '34', '35', '36', '37', '38', '39', '40'].includes(d.code), light: LIGHT.has(d.code),
        n: 1, loss: profit < 0 ? 1 : 0, rev, cost, profit, lossAmt: profit < 0 ? -profit : 0, assets, liab, emp,
        n_p: existed ? 1 : 0, loss_p: existed && profit_p < 0 ? 1 : 0, rev_p, cost_p: rev_p * (0.74 + R() * 0.2), profit_p,
        lossAmt_p: profit_p < 0 ? -profit_p : 0, assets_p, liab_p, emp_p: existed ? Math.max(8, Math.round(emp / (1 + g * 0.3))) : 0,
      };
      e.size = e.emp >= 1000 && rev >= 40000 ? 'L' : e.emp >= 300 && rev >= 2000 ? 'M' : e.emp >= 20 ? 'S' : 'X';
      ents.push(e);
    }
  }
  return { name, year, districts, counties, areas, present, tiny, ents };
}
const FIELDS = ['n', 'loss', 'rev', 'cost', 'profit', 'lossAmt', 'assets', 'liab', 'emp'];
function agg(list) {
  const a = {};
  for (const f of FIELDS) { a[f] = 0; a[f + '_p'] = 0; }
  for (const e of list) for (const f of FIELDS) { a[f] += e[f]; a[f + '_p'] += e[f + '_p']; }
  a.count = list.length;
  return a;
}

// ---------------------------------------------------------------- metrics
const RATES = { lossRate: ['loss', 'n'], debtRatio: ['liab', 'assets'], margin: ['profit', 'rev'], costRate: ['cost', 'rev'] };
const NAMES = { n: '企业单位数', loss: '亏损企业', rev: '营业收入', cost: '营业成本', profit: '利润总额', lossAmt: '亏损企业亏损额', assets: '资产总计', liab: '负债合计', emp: '平均用工人数', lossRate: '亏损面', debtRatio: '资产负债率', margin: '营业收入利润率', costRate: '每百元营业收入中的成本' };
const EN = { n: 'Number of Enterprises', loss: 'Loss-making Enterprises', rev: 'Operating Revenue', cost: 'Operating Costs', profit: 'Total Profits', lossAmt: 'Losses of Loss-making Enterprises', assets: 'Total Assets', liab: 'Total Liabilities', emp: 'Average Employment', lossRate: 'Share of Loss-making Enterprises', debtRatio: 'Asset-liability Ratio', margin: 'Profit Margin of Operating Revenue', costRate: 'Cost per 100 Yuan of Revenue' };
function mkind(m) {
  if (m.startsWith('g:')) return 'growth';
  if (m.startsWith('pp:')) return 'pp';
  const b = m.replace(/_p$/, '');
  if (RATES[b]) return 'rate';
  if (b === 'n' || b === 'loss') return 'cnt';
  if (b === 'emp') return 'emp';
  return 'amt';
}
const isSigned = (m) => m.replace(/_p$/, '') === 'profit';
function exactOf(a, m) {
  if (m.startsWith('g:')) { const b = m.slice(2); const p = exactOf(a, b + '_p'), c = exactOf(a, b); if (!(p > 0)) return null; return (c / p - 1) * 100; }
  if (m.startsWith('pp:')) { const b = m.slice(3); const x = exactOf(a, b), y = exactOf(a, b + '_p'); if (x == null || y == null) return null; return x - y; }
  const suf = m.endsWith('_p') ? '_p' : '', b = m.replace(/_p$/, '');
  if (RATES[b]) { const [nu, de] = RATES[b]; const d = a[de + suf]; if (!(d > 0)) return null; return (a[nu + suf] / d) * 100; }
  return a[m];
}
// display: unit = {amt:{scale,dec}, emp:{scale,dec}, rateDec}
function decOf(m, U) { const k = mkind(m); return k === 'cnt' ? 0 : k === 'amt' ? U.amt.dec : k === 'emp' ? U.emp.dec : k === 'growth' ? 1 : U.rateDec; }
function dispOf(a, m, U) {
  const x = exactOf(a, m), k = mkind(m);
  if (x == null) return k === 'growth' ? '—' : '-';
  const sc = k === 'amt' ? U.amt.scale : k === 'emp' ? U.emp.scale : 1;
  return roundTo(x / sc, decOf(m, U));
}
const half = (dec) => 0.5 * Math.pow(10, -dec);
function propRate(nv, nh, dv, dh, k) {
  let m = 0;
  for (const x of [nv - nh, nv + nh]) for (const y of [dv - dh, dv + dh]) { if (y <= 0) return Infinity; m = Math.max(m, Math.abs(x / y - nv / dv) * k); }
  return m;
}

// ---------------------------------------------------------------- logical tables
// A logical table: rows [{name, code, en, level, heading, withheld, absent, qz, partitions, isTotal}], cols [{m, top, sub, flat, topEn, subEn}],
// disp[i][j], kind[i][j], dec[i][j], rels (logical: cells as [i,j]).
function unitText(U) { return U.amt.name; }
function periodLabels(P) {
  return P.monthly
    ? { cur: `1-${P.month}月`, prev: '上年同期', growth: pick(['同比增长（%）', '增长（%）', '比上年同期增长（%）']), curEn: `Jan.-${['', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'][P.month]}`, prevEn: 'Same Period Last Year' }
    : { cur: pick(['本年', `${P.year}年`]), prev: pick(['上年', `${P.year - 1}年`]), growth: pick(['比上年增长（%）', '增长（%）', '增速（%）']), curEn: String(P.year), prevEn: String(P.year - 1) };
}
function colDefs(ms, U, L, o) {
  // ms: list of metric ids; builds header texts
  const amtU = o.unitLine ? '' : `（${U.amt.name}）`;
  const empU = `（${U.emp.name}）`;
  const rateU = '（%）';
  return ms.map((m) => {
    const k = mkind(m), b = m.replace(/^(g:|pp:)/, '').replace(/_p$/, '');
    const isPrev = m.endsWith('_p') && !m.startsWith('g:');
    let top = NAMES[b], sub = null, unitTop = k === 'amt' ? amtU : k === 'emp' ? empU : k === 'cnt' ? '（个）' : b === 'costRate' ? '（元）' : rateU;
    if (b === 'loss' && !o.periodCols) top = '其中：亏损企业';
    if (o.periodCols && (k !== 'rate' || o.ratePeriods)) {
      sub = k === 'growth' ? L.growth : k === 'pp' ? '增减（百分点）' : isPrev ? L.prev : L.cur;
    }
    const subU = (k === 'growth' || k === 'pp') ? '' : '';
    const flat = sub ? (k === 'growth' ? `${top}${L.growth}` : k === 'pp' ? `${top}增减（百分点）` : isPrev ? `${L.prev}${top}${unitTop}` : `${L.cur}${top}${unitTop}`) : `${top}${unitTop}`;
    return { m, top: top + (k === 'growth' || k === 'pp' ? (o.unitLine ? '' : unitTop.replace('（%）', '')) : unitTop), sub: sub ? sub + subU : null, flat, topEn: EN[b], subEn: sub ? (k === 'growth' ? 'Growth (%)' : k === 'pp' ? 'Change (percentage points)' : isPrev ? L.prevEn : L.curEn) : null, groupKey: b };
  });
}
function fixGroupTops(cols) {
  // within a group of consecutive columns of the same base metric, give every column the group's top text
  for (let j = 0; j < cols.length; j++) {
    if (!cols[j].sub) continue;
    let k = j;
    while (k + 1 < cols.length && cols[k + 1].groupKey === cols[j].groupKey && cols[k + 1].sub) k++;
    const base = cols.slice(j, k + 1).find((c) => ['amt', 'emp', 'cnt', 'rate'].includes(mkind(c.m))) || cols[j];
    for (let t = j; t <= k; t++) cols[t].top = base.top;
    j = k;
  }
  return cols;
}

function fillEntityTable(T, U, o) {
  const { rows, cols } = T;
  T.disp = []; T.kind = []; T.dec = []; T.exact = [];
  rows.forEach((r, i) => {
    T.disp[i] = []; T.kind[i] = []; T.dec[i] = [];
    if (!r.heading) r.a = agg(r.list);
    cols.forEach((c, j) => {
      T.kind[i][j] = mkind(c.m); T.dec[i][j] = decOf(c.m, U);
      if (r.heading) T.disp[i][j] = null;
      else if (r.withheld) T.disp[i][j] = '…';
      else if (r.absent) T.disp[i][j] = '-';
      else {
        let v = dispOf(r.a, c.m, U);
        if (o.comparable && T.kind[i][j] === 'growth' && typeof v === 'number') v = roundTo(v + (chance(0.5) ? 1 : -1) * (0.4 + R() * 3.5), 1);
        T.disp[i][j] = v;
      }
    });
  });
  // relations
  const rels = [];
  const colOf = (m) => cols.findIndex((c) => c.m === m);
  const isNum = (i, j) => typeof T.disp[i][j] === 'number';
  const hOf = (i, j) => (isNum(i, j) ? half(T.dec[i][j]) : 0);
  rows.forEach((r, i) => {
    if (r.heading || r.withheld || r.absent) return;
    for (const p of r.partitions || []) {
      const parts = p.children.filter((c) => !rows[c].heading);
      const withheld = parts.some((c) => rows[c].withheld);
      cols.forEach((c, j) => {
        const k = T.kind[i][j];
        if (!['cnt', 'amt', 'emp'].includes(k) || !isNum(i, j)) return;
        if (p.mode === 'sum' && !withheld) {
          const tol = parts.reduce((s, q) => s + hOf(q, j), 0) + 1e-6;
          rels.push({ t: 'sum', total: [i, j], parts: parts.map((q) => [q, j]), tol });
        } else if (!isSigned(c.m)) {
          const shown = parts.filter((q) => isNum(q, j));
          const tol = shown.reduce((s, q) => s + hOf(q, j), 0) + 1e-6;
          rels.push({ t: 'le', whole: [i, j], parts: shown.map((q) => [q, j]), tol });
        }
      });
    }
    // row-level
    for (const [a, b] of [['loss', 'n'], ['loss_p', 'n_p']]) {
      const ja = colOf(a), jb = colOf(b);
      if (ja >= 0 && jb >= 0 && isNum(i, ja) && isNum(i, jb)) rels.push({ t: 'le', whole: [i, jb], parts: [[i, ja]], tol: 0 });
    }
    cols.forEach((c, j) => {
      const k = T.kind[i][j];
      if (!isNum(i, j)) return;
      if (k === 'rate') {
        const suf = c.m.endsWith('_p') ? '_p' : '';
        const [nu, de] = RATES[c.m.replace(/_p$/, '')];
        const jn = colOf(nu + suf), jd = colOf(de + suf);
        if (jn < 0 || jd < 0 || !isNum(i, jn) || !isNum(i, jd)) return;
        const pr = propRate(T.disp[i][jn], hOf(i, jn), T.disp[i][jd], hOf(i, jd), 100);
        if (!Number.isFinite(pr)) return;
        rels.push({ t: 'rate', cell: [i, j], num: [i, jn], den: [i, jd], k: 100, tol: half(T.dec[i][j]) + pr + 1e-6 });
      } else if (k === 'growth' && !o.comparable) {
        const b = c.m.slice(2), jc = colOf(b), jp = colOf(b + '_p');
        if (jc < 0 || jp < 0 || !isNum(i, jc) || !isNum(i, jp)) return;
        const pr = propRate(T.disp[i][jc], hOf(i, jc), T.disp[i][jp], hOf(i, jp), 100);
        if (!Number.isFinite(pr)) return;
        rels.push({ t: 'growth', cell: [i, j], cur: [i, jc], prev: [i, jp], tol: half(1) + pr + 1e-6 });
      } else if (k === 'pp') {
        const b = c.m.slice(3), jc = colOf(b), jp = colOf(b + '_p');
        if (jc < 0 || jp < 0 || !isNum(i, jc) || !isNum(i, jp)) return;
        rels.push({ t: 'pp', cell: [i, j], cur: [i, jc], prev: [i, jp], tol: half(T.dec[i][j]) + hOf(i, jc) + hOf(i, jp) + 1e-6 });
      }
    });
  });
  T.rels = rels;
  T.isTotal = rows.map((r) => !!(r.partitions && r.partitions.some((p) => p.mode === 'sum')));
  return T;
}

function nameLabel(r, o) {
  if (r.heading) return r.name;
  let s = r.name;
  if (o.codeMode === 'label' && r.code) s = o.codeSep === 'none' ? `${r.code}${r.name}` : `${r.code} ${r.name}`;
  if (o.bilingual === 'inline' && r.en) s = `${s}\n${r.en}`;
  if (o.indentMode === 'spaces') s = '　'.repeat(Math.max(0, r.level - (o.indentBase || 0))) + s;
  return s;
}
function labelSetup(T, o, headZh, headEn) {
  // decides label columns: code col, name col, English col
  const heads = [], get = [];
  const nameHead = { zh: headZh, en: headEn };
  if (o.codeMode === 'col' && o.codeFirst) { heads.push({ zh: '代码', en: 'Code' }); get.push((r) => r.code || ''); }
  heads.push(nameHead); get.push((r) => nameLabel(r, o));
  if (o.codeMode === 'col' && !o.codeFirst) { heads.push({ zh: '代码', en: 'Code' }); get.push((r) => r.code || ''); }
  if (o.bilingual === 'col') { heads.push({ zh: '', en: headEn }); get.push((r) => (r.heading ? r.en || '' : r.en || '')); }
  T.labelHeads = heads;
  T.labelRows = T.rows.map((r) => get.map((g) => g(r)));
  T.indent = T.rows.map((r) => (o.indentMode === 'align' ? Math.max(0, r.level - (o.indentBase || 0)) : 0));
}

// ------------------------------------ industry
function industryTable(city, P, U, o) {
  const ents = city.ents;
  const rows = [];
  const tot = { name: o.totalName, en: 'Total', level: 0, list: ents, partitions: [{ children: [], mode: 'sum' }] };
  rows.push(tot);
  const qz = [];
  if (o.qz) {
    qz.push({ name: '其中：高技术制造业', en: 'Of which: High-tech Manufacturing', level: 1, list: ents.filter((e) => e.ht), qz: true });
    if (chance(0.6)) qz.push({ name: o.qzPos === 'top' ? '　　　装备制造业' : '装备制造业', en: 'Equipment Manufacturing', level: 1, list: ents.filter((e) => e.equip), qz: true });
  }
  if (o.qz && o.qzPos !== 'top' && (o.forceQzBlank !== undefined ? o.forceQzBlank : chance(0.5)) && qz.length) { qz[0].blankBefore = true; o.qzBlank = true; }
  const pushQz = () => { for (const q of qz) { rows.push(q); tot.partitions.push({ children: [rows.length - 1], mode: 'le' }); } };
  if (o.qz && o.qzPos === 'top') pushQz();
  const present = new Set(city.present.map((d) => d.code));
  let anyWithheld = false;
  for (const s of ['B', 'C', 'D']) {
    const sr = { name: SEC[s].name, en: SEC[s].en, code: s, level: 1, list: ents.filter((e) => e.sec === s), partitions: [{ children: [], mode: 'sum' }], blankBefore: o.blankBetween };
    rows.push(sr); tot.partitions[0].children.push(rows.length - 1);
    for (const d of DIVS.filter((d) => d.sec === s && (o.allDivs || present.has(d.code)))) {
      const list = ents.filter((e) => e.div === d.code);
      const r = { name: d.name, en: d.en, code: d.code, level: 2, list, absent: list.length === 0, withheld: o.withhold && city.tiny.has(d.code) };
      if (r.withheld) anyWithheld = true;
      rows.push(r); sr.partitions[0].children.push(rows.length - 1);
    }
  }
  if (o.qz && o.qzPos !== 'top') pushQz();
  return { rows, anyWithheld };
}
function groupsTable(city, P, U, o) {
  const ents = city.ents;
  const rows = [];
  const tot = { name: o.totalName, en: 'Total', level: 0, list: ents, partitions: [] };
  rows.push(tot);
  const heading = (zh, en) => { if (o.headings) rows.push({ name: zh, en, heading: true, level: 0 }); };
  const lv = o.headings ? 1 : 1;
  // registration types: overlapping 其中 items
  heading('按登记注册类型分', 'By Status of Registration');
  const reg = [
    ['国有控股企业', 'State-holding Enterprises', (e) => e.state],
    ['股份制企业', 'Shareholding Enterprises', (e) => e.stock],
    ['外商及港澳台商投资企业', 'Foreign, Hong Kong, Macao and Taiwan Funded Enterprises', (e) => e.foreign],
    ['私营企业', 'Private Enterprises', (e) => e.private],
  ];
  // label patterns as bureaus print them: NBS style (其中 on 国有控股/股份制/私营, 外商 aligned under 股份制) or plain under a heading
  const regStyle = o.regStyle || (o.headings ? pick(['nbs', 'plain', 'plain']) : 'nbs');
  reg.forEach(([zh, en, f], k) => {
    const label = regStyle === 'nbs' ? (k === 2 ? '　　　' + zh : '其中：' + zh) : zh;
    rows.push({ name: label, en, level: lv, list: ents.filter(f), qz: true });
    tot.partitions.push({ children: [rows.length - 1], mode: 'le' });
  });
  heading('按企业规模分', 'By Size of Enterprise');
  const sizeStyle = o.sizeStyle || (o.dropMicro ? pick(['lm-sx', 'qz-lm']) : 'all');
  if (sizeStyle === 'all') {
    const sp = { children: [], mode: 'sum' };
    for (const [k, zh, en] of [['L', '大型企业', 'Large'], ['M', '中型企业', 'Medium-sized'], ['S', '小型企业', 'Small'], ['X', '微型企业', 'Micro']]) {
      rows.push({ name: zh, en, level: lv, list: ents.filter((e) => e.size === k) }); sp.children.push(rows.length - 1);
    }
    tot.partitions.push(sp);
  } else if (sizeStyle === 'lm-sx') {
    const sp = { children: [], mode: 'sum' };
    rows.push({ name: '大中型企业', en: 'Large and Medium-sized', level: lv, list: ents.filter((e) => e.size === 'L' || e.size === 'M') }); sp.children.push(rows.length - 1);
    rows.push({ name: '小微企业', en: 'Small and Micro', level: lv, list: ents.filter((e) => e.size === 'S' || e.size === 'X') }); sp.children.push(rows.length - 1);
    tot.partitions.push(sp);
  } else {
    rows.push({ name: '其中：大中型企业', en: 'Of which: Large and Medium-sized', level: lv, list: ents.filter((e) => e.size === 'L' || e.size === 'M'), qz: true });
    tot.partitions.push({ children: [rows.length - 1], mode: 'le' });
  }
  if (o.lightHeavy) {
    heading('按轻重工业分', 'By Light and Heavy Industry');
    const lp = { children: [], mode: 'sum' };
    rows.push({ name: '轻工业', en: 'Light Industry', level: lv, list: ents.filter((e) => e.light) }); lp.children.push(rows.length - 1);
    rows.push({ name: '重工业', en: 'Heavy Industry', level: lv, list: ents.filter((e) => !e.light) }); lp.children.push(rows.length - 1);
    tot.partitions.push(lp);
  }
  if (o.sections) {
    heading('按三大门类分', 'By Sector');
    const pp = { children: [], mode: 'sum' };
    for (const s of ['B', 'C', 'D']) { rows.push({ name: SEC[s].name, en: SEC[s].en, level: lv, list: ents.filter((e) => e.sec === s) }); pp.children.push(rows.length - 1); }
    tot.partitions.push(pp);
  }
  // sum partitions first so the total row counts as a total
  tot.partitions.sort((a, b) => (a.mode === 'sum' ? 0 : 1) - (b.mode === 'sum' ? 0 : 1));
  return { rows, anyWithheld: false };
}
function countyTable(city, P, U, o) {
  const ents = city.ents;
  const rows = [];
  const tot = { name: o.totalName, en: 'Total', level: 0, list: ents, partitions: [{ children: [], mode: 'sum' }] };
  rows.push(tot);
  let devRow = null;
  if (o.devzone && o.devPos === 'top') { devRow = { name: `其中：${pick(['经济技术开发区', '高新技术产业开发区', '工业园区'])}`, en: 'Of which: Development Zone', level: 1, list: ents.filter((e) => e.devzone), qz: true }; rows.push(devRow); tot.partitions.push({ children: [rows.length - 1], mode: 'le' }); }
  if (o.urbanGroup) {
    const ur = { name: '市区', en: 'Urban Districts', level: 1, list: ents.filter((e) => e.dist), partitions: [{ children: [], mode: 'sum' }] };
    rows.push(ur); tot.partitions[0].children.push(rows.length - 1);
    for (const d of city.districts) { rows.push({ name: d, level: 2, list: ents.filter((e) => e.area === d) }); ur.partitions[0].children.push(rows.length - 1); }
  } else {
    for (const d of city.districts) { rows.push({ name: d, level: 1, list: ents.filter((e) => e.area === d) }); tot.partitions[0].children.push(rows.length - 1); }
  }
  for (const c of city.counties) { rows.push({ name: c, level: 1, list: ents.filter((e) => e.area === c) }); tot.partitions[0].children.push(rows.length - 1); }
  if (o.devzone && o.devPos !== 'top') { devRow = { name: `其中：${pick(['经济技术开发区', '高新技术产业开发区', '工业园区'])}`, en: 'Of which: Development Zone', level: 1, list: ents.filter((e) => e.devzone), qz: true }; rows.push(devRow); tot.partitions.push({ children: [rows.length - 1], mode: 'le' }); }
  return { rows, anyWithheld: false };
}

const COLSETS = {
  main: () => {
    let ms = ['n', 'loss', 'lossRate', 'rev', 'cost', 'profit', 'lossAmt', 'assets', 'liab', 'debtRatio', 'emp'];
    if (chance(0.4)) ms.push('margin');
    if (chance(0.3)) ms = ms.filter((m) => m !== 'cost');
    if (chance(0.3)) ms = ms.filter((m) => m !== 'lossAmt');
    if (chance(0.25)) ms = ms.filter((m) => m !== 'emp');
    if (chance(0.2)) ms = ms.filter((m) => !['assets', 'liab', 'debtRatio'].includes(m));
    if (chance(0.15)) ms = ms.filter((m) => m !== 'loss'); // rate shown without its count
    return ms;
  },
  growth: () => {
    const ms = [];
    if (chance(0.5)) ms.push('n', 'n_p', 'g:n');
    ms.push('rev', 'rev_p', 'g:rev');
    if (chance(0.4)) ms.push('cost', 'cost_p', 'g:cost');
    ms.push('profit', 'profit_p', 'g:profit');
    if (chance(0.4)) ms.push('lossAmt', 'lossAmt_p', 'g:lossAmt');
    if (chance(0.3)) ms.push('emp', 'emp_p', 'g:emp');
    return ms;
  },
  monthly: () => {
    const ms = ['n'];
    if (chance(0.5)) ms.push('loss');
    ms.push('rev', 'g:rev', 'profit', 'g:profit');
    if (chance(0.4)) ms.push('margin');
    if (chance(0.3)) ms.push('emp', 'g:emp');
    return ms;
  },
  loss: () => ['n', 'n_p', 'loss', 'loss_p', 'lossRate', 'lossRate_p', 'pp:lossRate', 'lossAmt', 'lossAmt_p', 'g:lossAmt'],
  finance: () => ['assets', 'assets_p', 'g:assets', 'liab', 'liab_p', 'g:liab', 'debtRatio', 'debtRatio_p', 'pp:debtRatio'],
};

// ------------------------------------ vertical indicator table (rows = indicators)
function verticalTable(city, P, U, o) {
  const a = agg(city.ents);
  const L = periodLabels(P);
  let ms = ['n', 'loss', 'lossRate', 'rev', 'cost', 'profit', 'lossAmt', 'assets', 'liab', 'debtRatio', 'margin', 'costRate', 'emp'];
  ms = ms.filter((m) => !(chance(0.15) && !['n', 'rev', 'profit'].includes(m)));
  const unitOf = (m) => { const k = mkind(m); return k === 'amt' ? U.amt.name : k === 'emp' ? U.emp.name : k === 'cnt' ? '个' : m === 'costRate' ? '元' : '%'; };
  const rows = ms.map((m) => ({ m, name: (m === 'loss' ? '其中：亏损企业' : NAMES[m]) + (o.unitCol ? '' : `（${unitOf(m)}）`), en: EN[m], level: m === 'loss' ? 1 : 0, unit: unitOf(m) }));
  const cols = [{ c: 'cur', top: L.cur, topEn: L.curEn }, { c: 'prev', top: L.prev, topEn: L.prevEn }, { c: 'g', top: o.ppInGrowth ? L.growth : L.growth, topEn: 'Growth (%)' }];
  const T = { rows, cols, disp: [], kind: [], dec: [], rels: [] };
  rows.forEach((r, i) => {
    const k = mkind(r.m);
    T.disp[i] = []; T.kind[i] = []; T.dec[i] = [];
    const d = decOf(r.m, U);
    T.disp[i][0] = dispOf(a, r.m, U); T.kind[i][0] = k; T.dec[i][0] = d;
    T.disp[i][1] = dispOf(a, r.m + '_p', U); T.kind[i][1] = k; T.dec[i][1] = d;
    if (k === 'rate') {
      T.kind[i][2] = 'pp'; T.dec[i][2] = U.rateDec;
      T.disp[i][2] = o.ppInGrowth ? dispOf(a, 'pp:' + r.m, U) : '—';
    } else { T.kind[i][2] = 'growth'; T.dec[i][2] = 1; T.disp[i][2] = dispOf(a, 'g:' + r.m, U); }
  });
  const rowOf = (m) => rows.findIndex((r) => r.m === m);
  const isNum = (i, j) => typeof T.disp[i][j] === 'number';
  const hOf = (i, j) => (isNum(i, j) ? half(T.dec[i][j]) : 0);
  rows.forEach((r, i) => {
    const k = mkind(r.m);
    if (k === 'rate') {
      const [nu, de] = RATES[r.m]; const iN = rowOf(nu), iD = rowOf(de);
      for (const j of [0, 1]) if (iN >= 0 && iD >= 0 && isNum(i, j)) {
        const pr = propRate(T.disp[iN][j], hOf(iN, j), T.disp[iD][j], hOf(iD, j), 100);
        if (Number.isFinite(pr)) T.rels.push({ t: 'rate', cell: [i, j], num: [iN, j], den: [iD, j], k: 100, tol: half(T.dec[i][j]) + pr + 1e-6 });
      }
      if (o.ppInGrowth && isNum(i, 2)) T.rels.push({ t: 'pp', cell: [i, 2], cur: [i, 0], prev: [i, 1], tol: half(T.dec[i][2]) + hOf(i, 0) + hOf(i, 1) + 1e-6 });
    } else if (isNum(i, 2)) {
      const pr = propRate(T.disp[i][0], hOf(i, 0), T.disp[i][1], hOf(i, 1), 100);
      if (Number.isFinite(pr)) T.rels.push({ t: 'growth', cell: [i, 2], cur: [i, 0], prev: [i, 1], tol: 0.05 + pr + 1e-6 });
    }
  });
  const iL = rowOf('loss'), iN = rowOf('n');
  if (iL >= 0 && iN >= 0) for (const j of [0, 1]) T.rels.push({ t: 'le', whole: [iN, j], parts: [[iL, j]], tol: 0 });
  T.isTotal = rows.map(() => false);
  T.labelHeads = o.unitCol ? [{ zh: '指标', en: 'Item' }, { zh: '计量单位', en: 'Unit' }] : [{ zh: pick(['指标', '指标名称', '项目']), en: 'Item' }];
  if (o.bilingual === 'col') T.labelHeads.push({ zh: '', en: '' });
  T.labelRows = rows.map((r) => { const l = [o.bilingual === 'inline' ? `${r.name}\n${r.en}` : (r.level ? '　' : '') + r.name]; if (o.unitCol) l.push(r.unit); if (o.bilingual === 'col') l.push(r.en); return l; });
  T.indent = rows.map(() => 0);
  T.cols = cols.map((c) => ({ top: c.top, sub: null, flat: c.top, topEn: c.topEn }));
  return T;
}

// ------------------------------------ multi-year series (rows = years)
function seriesTable(city, P, U, o) {
  const Y = P.year, years = [];
  let a = agg(city.ents);
  let cur = { ...a };
  const list = [cur];
  for (let k = 1; k < 5; k++) {
    const g = 0.04 + gauss() * 0.07, mg = 0.05 + gauss() * 0.02;
    const p = { ...cur };
    p.n = Math.round(cur.n / (1 + 0.03 + gauss() * 0.04)); p.loss = Math.round(p.n * (0.1 + R() * 0.12));
    p.rev = cur.rev / (1 + g); p.profit = p.rev * mg; p.assets = cur.assets / (1 + 0.05 + gauss() * 0.04); p.liab = p.assets * (0.45 + R() * 0.2);
    p.emp = Math.round(cur.emp / (1 + gauss() * 0.03));
    list.push(p); cur = p;
  }
  list.reverse();
  const ms = ['n', 'loss', 'lossRate', 'rev', 'g:rev', 'profit', 'margin', 'assets', 'liab', 'debtRatio', 'emp'].filter((m) => !(chance(0.2) && !['rev', 'g:rev', 'n'].includes(m)));
  const rows = list.map((x, k) => ({ name: o.yearAsNumber ? Y - 4 + k : `${Y - 4 + k}年`, a: x, level: 0 }));
  const T = { rows, disp: [], kind: [], dec: [], rels: [] };
  T.cols = ms.map((m) => {
    const k = mkind(m), b = m.replace(/^g:/, '');
    const u = k === 'amt' ? `（${U.amt.name}）` : k === 'emp' ? `（${U.emp.name}）` : k === 'cnt' ? '（个）' : '（%）';
    const t = k === 'growth' ? `${NAMES[b]}比上年增长（%）` : (b === 'loss' ? '其中：亏损企业' : NAMES[b]) + u;
    return { m, top: t, sub: null, flat: t, topEn: k === 'growth' ? EN[b] + ' Growth (%)' : EN[b] };
  });
  // previous-year growth of first row: from an unshown year
  rows.forEach((r, i) => {
    T.disp[i] = []; T.kind[i] = []; T.dec[i] = [];
    ms.forEach((m, j) => {
      const k = mkind(m);
      T.kind[i][j] = k; T.dec[i][j] = decOf(m, U);
      if (k === 'growth') {
        const b = m.slice(2);
        const prev = i > 0 ? rows[i - 1].a[b] : r.a[b] / (1 + 0.05 + gauss() * 0.05);
        T.disp[i][j] = roundTo((r.a[b] / prev - 1) * 100, 1);
      } else T.disp[i][j] = dispOf(r.a, m, U);
    });
  });
  const colOf = (m) => ms.indexOf(m);
  const hOf = (i, j) => half(T.dec[i][j]);
  rows.forEach((r, i) => {
    ms.forEach((m, j) => {
      const k = mkind(m);
      if (k === 'rate') {
        const [nu, de] = RATES[m]; const jn = colOf(nu), jd = colOf(de);
        if (jn < 0 || jd < 0) return;
        const pr = propRate(T.disp[i][jn], hOf(i, jn), T.disp[i][jd], hOf(i, jd), 100);
        T.rels.push({ t: 'rate', cell: [i, j], num: [i, jn], den: [i, jd], k: 100, tol: half(T.dec[i][j]) + pr + 1e-6 });
      } else if (k === 'growth' && i > 0) {
        const jc = colOf(m.slice(2)); if (jc < 0) return;
        const pr = propRate(T.disp[i][jc], hOf(i, jc), T.disp[i - 1][jc], hOf(i - 1, jc), 100);
        T.rels.push({ t: 'growth', cell: [i, j], cur: [i, jc], prev: [i - 1, jc], tol: 0.05 + pr + 1e-6 });
      }
    });
    const jl = colOf('loss'), jn = colOf('n');
    if (jl >= 0 && jn >= 0) T.rels.push({ t: 'le', whole: [i, jn], parts: [[i, jl]], tol: 0 });
  });
  T.isTotal = rows.map(() => false);
  T.labelHeads = [{ zh: '年份', en: 'Year' }];
  T.labelRows = rows.map((r) => [r.name]);
  T.indent = rows.map(() => 0);
  return T;
}

// ---------------------------------------------------------------- rendering
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const AD = (r, c) => colL(c) + r;
function fmtText(v, dec, thousands) {
  const s = Math.abs(v).toFixed(dec);
  let [ip, fp] = s.split('.');
  if (thousands) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (v < 0 ? '-' : '') + ip + (fp ? '.' + fp : '');
}
// renders the rows rowSel and columns colSel of table T; returns {loc, end}
function render(ws, T, o, r0, c0, rowSel, colSel, meta, sheetName, cont) {
  const nl = T.labelHeads.length, W = nl + colSel.length;
  let r = r0;
  const title = cont ? (o.contTitle === 'plain' ? '续表' : `${T.title}（续表）`) : T.title;
  ws.getCell(r, c0).value = title; ws.getCell(r, c0).font = { bold: true, size: 13 }; ws.getCell(r, c0).alignment = { horizontal: 'center' };
  if (o.mergeTitle) ws.mergeCells(r, c0, r, c0 + W - 1);
  r++;
  if (T.titleEn && !cont) { ws.getCell(r, c0).value = T.titleEn; if (o.mergeTitle) ws.mergeCells(r, c0, r, c0 + W - 1); ws.getCell(r, c0).alignment = { horizontal: 'center' }; r++; }
  if (T.unitLine) { const c = o.unitRight ? c0 + W - 1 : c0; ws.getCell(r, c).value = T.unitLine; ws.getCell(r, c).alignment = { horizontal: o.unitRight ? 'right' : 'left' }; r++; }
  const cols = colSel.map((j) => T.cols[j]);
  const two = o.headerMode === 'two' && cols.some((c) => c.sub);
  const en = (t, e) => (o.bilingual && e ? (t ? `${t}\n${e}` : e) : t);
  T.labelHeads.forEach((h, k) => {
    ws.getCell(r, c0 + k).value = en(h.zh, h.en);
    if (two) ws.mergeCells(r, c0 + k, r + 1, c0 + k);
  });
  if (two) {
    for (let j = 0; j < cols.length; j++) {
      const c = c0 + nl + j;
      if (!cols[j].sub) { ws.getCell(r, c).value = en(cols[j].top, cols[j].topEn); ws.mergeCells(r, c, r + 1, c); continue; }
      let k = j;
      while (k + 1 < cols.length && cols[k + 1].sub && cols[k + 1].top === cols[j].top) k++;
      ws.getCell(r, c).value = en(cols[j].top, cols[j].topEn);
      if (k > j) ws.mergeCells(r, c, r, c0 + nl + k);
      for (let t = j; t <= k; t++) ws.getCell(r + 1, c0 + nl + t).value = en(cols[t].sub, cols[t].subEn);
      j = k;
    }
    r += 2;
  } else {
    cols.forEach((c, j) => { ws.getCell(r, c0 + nl + j).value = en(o.headerMode === 'two' ? c.flat : c.flat, c.topEn); });
    r++;
  }
  for (let c = c0; c < c0 + W; c++) for (let rr = r0 + 1; rr < r; rr++) { const cell = ws.getCell(rr, c); cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  if (o.colNumbers) {
    T.labelHeads.forEach((h, k) => { ws.getCell(r, c0 + k).value = '甲乙丙丁'[k]; });
    cols.forEach((c, j) => { ws.getCell(r, c0 + nl + j).value = j + 1; });
    r++;
  }
  const loc = new Map();
  rowSel.forEach((i, n) => {
    const row = T.rows[i];
    if (row.blankBefore && n > 0) r++;
    T.labelRows[i].forEach((v, k) => {
      const cell = ws.getCell(r, c0 + k);
      cell.value = v;
      if (k === T.labelRows[i].length - 1 || typeof v === 'string') cell.alignment = { horizontal: 'left', indent: T.indent[i] || 0, wrapText: o.bilingual === 'inline' };
    });
    colSel.forEach((j, n2) => {
      const cell = ws.getCell(r, c0 + nl + n2);
      const v = T.disp[i][j];
      const a = AD(r, c0 + nl + n2);
      loc.set(i + ',' + j, a);
      if (v === null || v === undefined) return;
      if (typeof v === 'number') {
        const dec = T.dec[i][j];
        if (o.textNumbers) { cell.value = fmtText(v, dec, o.thousands); cell.alignment = { horizontal: 'right' }; }
        else { cell.value = v; cell.numFmt = (o.thousands ? '#,##0' : '0') + (dec ? '.' + '0'.repeat(dec) : ''); }
        meta.set(a, { kind: T.kind[i][j], dec, total: T.isTotal[i], signed: isSigned((T.cols[j] && T.cols[j].m) || (T.rows[i].m) || ''), text: !!o.textNumbers, thousands: !!o.thousands });
      } else { cell.value = v; cell.alignment = { horizontal: 'center' }; }
    });
    r++;
  });
  if (!cont || o.notesOnCont) {
    if (T.notes && T.notes.length) { if (o.blankBeforeNotes) r++; for (const nline of T.notes) { ws.getCell(r, c0).value = nline; r++; } }
  }
  ws.getColumn(c0).width = 30;
  for (let c = c0 + 1; c < c0 + W; c++) ws.getColumn(c).width = 12;
  return { loc, end: r };
}

// ---------------------------------------------------------------- book assembly
function makeUnits(probe, kind) {
  const amt = kind === 'county' && chance(0.6) ? { name: '万元', scale: 1, dec: chance(0.7) ? 0 : 1 }
    : chance(probe ? 0.2 : 0.1) ? { name: '亿元', scale: 1e4, dec: 1 } : chance(0.15) ? { name: '万元', scale: 1, dec: 0 } : { name: '亿元', scale: 1e4, dec: 2 };
  const emp = chance(0.6) ? { name: '人', scale: 1, dec: 0 } : { name: '万人', scale: 1e4, dec: 2 };
  return { amt, emp, rateDec: chance(0.8) ? 1 : 2 };
}
function layoutOpts(probe, kind) {
  const o = {
    headerMode: chance(0.65) ? 'two' : 'flat', mergeTitle: chance(0.8), unitRight: chance(0.6),
    codeMode: kind === 'industry' ? pick(['col', 'label', 'label', probe ? 'none' : 'col']) : 'none', codeFirst: chance(0.5), codeSep: chance(0.3) ? 'none' : 'space',
    indentMode: pick(['spaces', 'align', 'spaces', probe ? 'none' : 'align']),
    bilingual: probe ? (chance(0.25) ? pick(['col', 'inline']) : null) : (chance(0.08) ? 'col' : null),
    colNumbers: probe && chance(0.18), textNumbers: probe && chance(0.07), thousands: chance(0.3),
    blankBetween: chance(probe ? 0.25 : 0.1), blankBeforeNotes: chance(0.5), contTitle: pick(['plain', 'full']), notesOnCont: chance(0.5),
    r0: probe && chance(0.35) ? ri(2, 4) : 1, c0: probe && chance(0.3) ? 2 : 1,
  };
  return o;
}
function titleFor(kind, city, P, o) {
  const per = P.monthly ? `${P.year}年1-${P.month}月` : `${P.year}年`;
  const pre = pick(['', '', `表${ri(1, 9)} `, `${ri(3, 12)}-${ri(1, 20)} `, `附表${ri(1, 4)}　`]);
  const scope = pick([city.name, '全市', '']);
  const t = {
    industry: `${per}${scope}规模以上工业企业主要经济指标（按行业分）`,
    groups: `${per}${scope}规模以上工业企业主要经济指标（按登记注册类型和规模分）`,
    county: `${per}各县（市、区）规模以上工业企业主要经济指标`,
    vertical: `${per}${scope}规模以上工业企业主要财务指标`,
    series: `${scope}规模以上工业企业主要指标（${P.year - 4}—${P.year}年）`,
  }[kind];
  const en = {
    industry: 'Main Indicators of Industrial Enterprises above Designated Size by Industry',
    groups: 'Main Indicators of Industrial Enterprises above Designated Size by Status of Registration and Size',
    county: 'Main Indicators of Industrial Enterprises above Designated Size by County',
    vertical: 'Main Financial Indicators of Industrial Enterprises above Designated Size',
    series: 'Main Indicators of Industrial Enterprises above Designated Size',
  }[kind];
  return { t: pre + t, en };
}

function buildTable(kind, city, P, probe, forced) {
  const U = makeUnits(probe, kind);
  const o = { ...layoutOpts(probe, kind), ...(forced || {}) };
  const L = periodLabels(P);
  let T;
  const notes = [];
  if (kind === 'vertical') {
    o.unitCol = chance(0.5); o.ppInGrowth = chance(0.6);
    T = verticalTable(city, P, U, o);
    if (o.ppInGrowth) notes.push(pick(['注：亏损面、资产负债率、营业收入利润率、每百元营业收入中的成本的增长栏为增减百分点（元）。', '注：比率指标的“增长”为比上年同期增减百分点。']));
    if (T.disp.some((r) => r[2] === '—')) notes.push('“—”表示不适用。');
  } else if (kind === 'series') {
    o.yearAsNumber = probe && chance(0.4);
    T = seriesTable(city, P, U, o);
    if (!o.yearAsNumber && chance(0.5)) notes.push('注：' + T.rows[0].name + '增长速度按上年数据计算。');
  } else {
    let colset = forced && forced.colset;
    if (!colset) colset = kind === 'county' ? pick(['main', 'monthly', 'growth', 'growth']) : pick(P.monthly ? ['monthly', 'growth', 'main', 'loss', 'growth'] : ['main', 'growth', 'main', 'loss', 'finance']);
    o.periodCols = ['growth', 'monthly', 'loss', 'finance'].includes(colset);
    o.ratePeriods = ['loss', 'finance'].includes(colset);
    o.unitLine = chance(0.45);
    o.totalName = kind === 'county' ? pick(['全市', '全市合计', '合计']) : pick(['总计', '合计', '全市', '规模以上工业', '全部规模以上工业']);
    o.withhold = kind === 'industry' && (forced && 'withhold' in forced ? forced.withhold : chance(probe ? 0.35 : 0.3));
    o.allDivs = kind === 'industry' && probe && chance(0.3);
    o.qz = kind === 'industry' && (forced && 'qz' in forced ? forced.qz : chance(probe ? 0.4 : 0.15)); o.qzPos = chance(0.5) ? 'top' : 'end';
    o.headings = chance(0.6); o.dropMicro = chance(0.3); o.lightHeavy = chance(0.6); o.sections = chance(0.4);
    o.urbanGroup = chance(0.5); o.devzone = chance(probe ? 0.5 : 0.3); o.devPos = chance(0.5) ? 'top' : 'end';
    if (forced) Object.assign(o, forced);
    const built = kind === 'industry' ? industryTable(city, P, U, o) : kind === 'groups' ? groupsTable(city, P, U, o) : countyTable(city, P, U, o);
    const ms = COLSETS[colset]();
    T = { rows: built.rows, cols: fixGroupTops(colDefs(ms, U, L, o)) };
    if (o.unitLine) T.unitLine = pick([`单位：${U.amt.name}`, `计量单位：${U.amt.name}`, `单位：${U.amt.name}、个、%`]) + (o.bilingual ? `  Unit: ${U.amt.name === '亿元' ? '100 million yuan' : '10 000 yuan'}` : '');
    fillEntityTable(T, U, o);
    labelSetup(T, o, kind === 'industry' ? pick(['行业', '行业名称', '项目', '指标']) : kind === 'county' ? pick(['地区', '县（市、区）', '单位']) : pick(['项目', '分组', '指标']), kind === 'industry' ? 'Industry' : kind === 'county' ? 'Region' : 'Item');
    if (built.anyWithheld) notes.push(pick(['注：因涉及企业商业秘密，部分行业数据未单独列出（以“…”表示），故各行业数据之和不等于门类合计。', '注：“…”表示该行业企业数较少，数据不宜公布，门类数据包含未公布行业。']));
    if (T.disp.some((r) => r.includes('—'))) notes.push(pick(['“—”表示上年同期亏损或基数为零，增速无意义。', '注：“—”表示上年为负值，不计算增速。']));
    if (o.comparable) notes.push(pick(['注：本表增长速度按可比口径计算，与按本表所列绝对数直接计算的结果存在差异。', '说明：根据统计执法检查、统计调查范围变动等因素，按可比口径计算增速，上年数为上年公布数。']));
    if (kind === 'groups') notes.push(pick(['注：国有控股企业、股份制企业、外商及港澳台商投资企业、私营企业等分组之间有交叉，合计不等于总计。', '注：按登记注册类型分组存在交叉。']));
    if (kind === 'county' && o.devzone) notes.push('注：开发区数据已包含在所在区数据中。');
    if (o.allDivs && T.disp.some((r) => r[0] === '-')) notes.push('“-”表示无该行业企业。');
    T.o = o;
  }
  if (chance(0.5)) notes.push('由于四舍五入的原因，部分合计数与分项之和略有出入。');
  if (chance(0.3)) notes.push(pick(['资料来源：市统计局。', '数据来源：规模以上工业企业财务统计快报。']));
  const tt = titleFor(kind, city, P, o);
  T.title = tt.t; T.titleEn = o.bilingual ? tt.en : null;
  T.notes = notes; T.o = o; T.kindName = kind;
  return T;
}

// plant helpers (values in display units)
function digitSwap(v, dec) {
  const s = Math.abs(v).toFixed(dec).split('');
  const pos = s.map((ch, k) => k).filter((k) => s[k] !== '.');
  const pairs = [];
  for (let t = 0; t + 1 < pos.length; t++) { const a = pos[t], b = pos[t + 1]; if (s[a] !== s[b] && !(a === 0 && s[b] === '0')) pairs.push([a, b]); }
  if (!pairs.length) return null;
  const [a, b] = pick(pairs); [s[a], s[b]] = [s[b], s[a]];
  const x = Number(s.join('')); return v < 0 ? -x : x;
}
function lostDigit(v, dec) {
  const s = Math.abs(v).toFixed(dec);
  const [ip, fp] = s.split('.');
  if (ip.length < 3) return null;
  const k = ri(1, ip.length - 1);
  const x = Number(ip.slice(0, k) + ip.slice(k + 1) + (fp ? '.' + fp : ''));
  return v < 0 ? -x : x;
}
function plantValue(type, v, m) {
  const dec = m.dec;
  switch (type) {
    case 'digit-swap': return digitSwap(v, dec);
    case 'lost-digit': return lostDigit(v, dec);
    case 'wrong-sign': return Math.abs(v) >= (m.kind === 'growth' ? 1 : Math.pow(10, -dec) * 5) ? -v : null;
    case 'rate-off': { const d = pick([1, 2, 3, 0.9, 1.5, 5]) * (chance(0.5) ? 1 : -1); const x = roundTo(v + d, dec); return (m.kind === 'rate' && x < 0) ? null : x; }
    case 'total-off': {
      const rel = 0.006 + R() * 0.04; let d = Math.abs(v) * rel;
      const p = Math.pow(10, Math.floor(Math.log10(Math.max(d, Math.pow(10, -dec))))); d = Math.max(Math.round(d / p) * p, Math.pow(10, -dec) * 3);
      return roundTo(v + (chance(0.5) ? d : -d), dec);
    }
  }
  return null;
}
function typesFor(m) {
  if (m.kind === 'rate' || m.kind === 'pp') return ['rate-off', 'rate-off', 'digit-swap'];
  if (m.kind === 'growth') return ['rate-off', 'wrong-sign', 'digit-swap'];
  const t = ['digit-swap', 'digit-swap', 'lost-digit'];
  if (m.total) t.push('total-off', 'total-off', 'total-off');
  if (m.signed) t.push('wrong-sign', 'wrong-sign');
  return t;
}

const CONT_NAMES = [['表1', '表1续'], ['Sheet1', 'Sheet2'], ['分行业', '分行业（续）'], ['3-5', '3-5续表']];
async function makeBook(setName, idx, clean, probe, special) {
  const wb = new ExcelJS.Workbook();
  const year = ri(2019, 2024);
  const P = { year, monthly: chance(0.45), month: ri(2, 11) };
  if (P.monthly && P.month === 12) P.month = 11;
  const city = makeCity(year);
  // choose tables
  let kinds;
  const allK = probe ? ['industry', 'industry', 'industry', 'groups', 'groups', 'county', 'county', 'vertical', 'series'] : ['industry', 'industry', 'industry', 'groups', 'county', 'vertical'];
  const nt = chance(probe ? 0.4 : 0.3) ? 2 : 1;
  kinds = [pick(allK)];
  if (nt === 2) { let k2 = pick(allK); if (k2 === kinds[0]) k2 = pick(allK); kinds.push(k2); }
  if (special && special.kinds) kinds = special.kinds;
  const sheetRels = {}; // sheetName -> rels (with addresses)
  const metas = {};   // sheetName -> Map addr -> meta
  const features = [];
  const sheetsUsed = [];
  const twoInOne = probe && kinds.length === 2 && chance(0.35);
  let shared = null;
  for (let t = 0; t < kinds.length; t++) {
    const kind = kinds[t];
    const T = buildTable(kind, city, P, probe, special && special.forced && special.forced[t]);
    features.push(kind + (T.o.withhold && kind === 'industry' ? '+withheld' : '') + (T.o.qz && kind === 'industry' ? '+qz-' + T.o.qzPos + (T.o.qzBlank ? '-blank' : '') : '') + (kind === 'industry' ? '+code-' + T.o.codeMode + '+indent-' + T.o.indentMode : '') + (T.o.comparable ? '+comparable' : '') + (T.o.bilingual ? '+bi-' + T.o.bilingual : '') + (T.o.colNumbers ? '+colnum' : '') + (T.o.textNumbers ? '+text' : '') + '+' + T.o.headerMode);
    const allRows = T.rows.map((_, i) => i), allCols = T.cols.map((_, j) => j);
    let cont = null;
    if (!twoInOne && kind === 'industry' && T.rows.length > 22 && chance(probe ? 0.3 : 0.2)) cont = 'rows';
    else if (!twoInOne && probe && T.cols.length >= 8 && kind !== 'vertical' && chance(0.2)) cont = 'cols';
    if (special && special.cont) cont = special.cont;
    const names = t === 0 ? pick(CONT_NAMES) : [`表${t + 1}`, `表${t + 1}续`];
    const pieces = [];
    if (cont === 'rows') { const k = Math.floor(T.rows.length * (0.45 + R() * 0.15)); pieces.push([names[0], allRows.slice(0, k), allCols, false], [names[1], allRows.slice(k), allCols, true]); features.push('cont-rows'); }
    else if (cont === 'cols') { const k = Math.ceil(T.cols.length / 2); pieces.push([names[0], allRows, allCols.slice(0, k), false], [names[1], allRows, allCols.slice(k), true]); features.push('cont-cols'); }
    else pieces.push([names[0], allRows, allCols, false]);
    const locAll = new Map(); // logical -> {sheet, addr}
    for (const [sn, rs, cs, isCont] of pieces) {
      let ws, r0 = T.o.r0, c0 = T.o.c0;
      if (twoInOne && t === 1) { ws = shared.ws; r0 = shared.end + 2; c0 = shared.c0; }
      else { ws = wb.addWorksheet(sn); sheetsUsed.push(sn); }
      if (!metas[ws.name]) metas[ws.name] = new Map();
      const res = render(ws, T, T.o, r0, c0, rs, cs, metas[ws.name], ws.name, isCont);
      for (const [k, a] of res.loc) locAll.set(k, { sheet: ws.name, addr: a });
      if (twoInOne && t === 0) shared = { ws, end: res.end, c0 };
    }
    if (twoInOne && t === 1) features.push('two-in-one-sheet');
    // map relations
    for (const rel of T.rels) {
      const cells = [];
      const mapped = {};
      let ok = true, sheet = null;
      const mp = (ij) => { const l = locAll.get(ij[0] + ',' + ij[1]); if (!l) { ok = false; return null; } if (sheet && sheet !== l.sheet) ok = false; sheet = l.sheet; return l.addr; };
      for (const [key, val] of Object.entries(rel)) {
        if (key === 'parts') mapped.parts = val.map(mp);
        else if (Array.isArray(val)) mapped[key] = mp(val);
        else mapped[key] = val;
      }
      if (!ok) continue;
      mapped.tol = Math.round(mapped.tol * 1e9) / 1e9 + 1e-9;
      (sheetRels[sheet] = sheetRels[sheet] || []).push(mapped);
    }
  }
  // clean check
  const getter = (sn) => (a) => { const v = wb.getWorksheet(sn).getCell(a).value; return v && typeof v === 'object' && 'result' in v ? v.result : v; };
  for (const [sn, rels] of Object.entries(sheetRels)) for (const rel of rels) {
    const e = evalRel(rel, getter(sn));
    if (e !== null && e > 0) throw new Error(`clean relation broken ${setName}/${idx} ${sn} ${JSON.stringify(rel)} ${e}`);
  }
  // plants
  const plants = [];
  if (!clean) {
    const np = chance(0.35) ? 2 : 1;
    const candSheets = Object.keys(sheetRels).filter((s) => sheetRels[s].length);
    let tries = 0;
    while (plants.length < np && tries++ < 400) {
      const sn = pick(candSheets);
      const rels = sheetRels[sn];
      const cells = [...new Set(rels.flatMap(relCells))].filter((a) => metas[sn].has(a) && !plants.some((p) => p.sheet === sn && p.cell === a));
      if (!cells.length) continue;
      // prefer not to plant in the same row/col relation as another plant
      const a = pick(cells), m = metas[sn].get(a);
      const ws = wb.getWorksheet(sn);
      const cell = ws.getCell(a);
      const was = cell.value;
      const v = typeof was === 'number' ? was : Number(String(was).replace(/,/g, ''));
      if (!Number.isFinite(v) || v === 0) continue;
      const type = pick(typesFor(m));
      const nv = plantValue(type, v, m);
      if (nv === null || !Number.isFinite(nv) || nv === v) continue;
      const now = m.text ? fmtText(nv, m.dec, m.thousands) : nv;
      cell.value = now;
      const g = getter(sn);
      const mine = rels.filter((rel) => relCells(rel).includes(a));
      const breaks = mine.filter((rel) => { const e = evalRel(rel, g); return e !== null && e > Math.max(rel.tol, 1e-6); });
      // the other plants must still break something too
      const othersOk = plants.every((p) => sheetRels[p.sheet].filter((rel) => relCells(rel).includes(p.cell)).some((rel) => { const e = evalRel(rel, getter(p.sheet)); return e !== null && e > 0; }));
      if (!breaks.length || !othersOk) { cell.value = was; continue; }
      plants.push({ sheet: sn, cell: a, was, now, type, kind: m.kind });
    }
    if (!plants.length) throw new Error('no plant ' + setName + idx);
  }
  const file = `${probe ? 'p' : 'c'}${String(idx).padStart(3, '0')}.xlsx`;
  await wb.xlsx.writeFile(path.join(__dirname, setName, file));
  const relOut = { sheets: Object.entries(sheetRels).map(([name, rels]) => ({ name, rels })) };
  return { entry: { file, clean, plants, features: features.join(' '), trap: special && special.trap }, rel: relOut };
}

async function genSet(setName, n, probe, seedBase) {
  const dir = path.join(__dirname, setName);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const manifest = [], rels = {};
  for (let i = 1; i <= n; i++) {
    seedRng(seedBase + i * 7919);
    const clean = i % 2 === 1;
    let special = null;
    if (probe && [11, 37, 73].includes(i)) special = { kinds: ['industry'], forced: [{ colset: 'growth', comparable: true }], trap: 'comparable-growth' };
    // deliberate layout traps (otherwise random)
    const SPECIAL = {
      5: { kinds: ['industry'], forced: [{ qz: true, qzPos: 'end', forceQzBlank: false, codeMode: 'col' }], trap: 'qz-at-end' },
      15: { kinds: ['industry'], forced: [{ qz: true, qzPos: 'end', forceQzBlank: false, codeMode: 'none', indentMode: 'spaces' }], trap: 'qz-at-end' },
      25: { kinds: ['industry'], forced: [{ codeMode: 'none', indentMode: 'none', allDivs: true, withhold: false, qz: false }], trap: 'no-code-no-indent' },
      35: { kinds: ['industry'], forced: [{ codeMode: 'none', indentMode: 'none', withhold: true, qz: true, qzPos: 'top' }], trap: 'no-code-no-indent' },
      45: { kinds: ['groups'], forced: [{ totalName: '总计', headings: true, regStyle: 'plain', sizeStyle: 'qz-lm', lightHeavy: false, sections: false }], trap: 'overlap-plain' },
      55: { kinds: ['groups'], forced: [{ headings: true, regStyle: 'plain', sizeStyle: 'all', lightHeavy: true }], trap: 'overlap-plain' },
      65: { kinds: ['groups'], forced: [{ headings: false, regStyle: 'nbs', sizeStyle: 'lm-sx', lightHeavy: false, sections: true }], trap: 'overlap-nbs' },
      75: { kinds: ['county'], forced: [{ devzone: true, devPos: 'end', urbanGroup: true }], trap: 'devzone' },
      85: { kinds: ['industry'], forced: [{ qz: true, qzPos: 'end', forceQzBlank: false, codeMode: 'label', withhold: true }], trap: 'qz-at-end' },
      2: { kinds: ['groups'], forced: [{ totalName: '合计', headings: true, regStyle: 'plain', sizeStyle: 'qz-lm', lightHeavy: false, sections: false }], trap: 'overlap-plain' },
      12: { kinds: ['industry'], forced: [{ qz: true, qzPos: 'end', forceQzBlank: false, codeMode: 'none', indentMode: 'align' }], trap: 'qz-at-end' },
    };
    if (probe && SPECIAL[i]) special = SPECIAL[i];
    const { entry, rel } = await makeBook(setName, i, clean, probe, special);
    manifest.push(entry); rels[entry.file] = rel;
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'rel', setName + '.json'), JSON.stringify(rels));
  console.log(setName, manifest.length, 'books,', manifest.filter((m) => m.clean).length, 'clean,', manifest.reduce((s, m) => s + m.plants.length, 0), 'plants');
}
(async () => {
  await genSet('cases', 45, false, 91000);
  await genSet('probe', 100, true, 95000);
})().catch((e) => { console.error(e); process.exit(1); });
