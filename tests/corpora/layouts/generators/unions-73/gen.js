// node gen.js OUTDIR COUNT SEED PREFIX
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const { evalRel, rnd, mapRel, relCells } = require('./rel.js');
const [outDir, countS, seedS, prefix] = process.argv.slice(2);
const COUNT = +countS, SEED = +seedS;
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const R = mulberry32(SEED);
const U = (a, b) => a + (b - a) * R();
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const S = (xs) => xs.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0);
const rate = (a, b, d = 1) => (b > 0) ? rnd(a / b * 100, d) : '—';
const growth = (cur, prev, d = 1) => prev > 0 ? rnd((cur / prev - 1) * 100, d) : '—';
const dash = (v) => v === 0 ? pick(['—', '—', '', 0]) : v;
const COUNTIES = ['城关区', '东城区', '西城区', '高新区', '经开区', '南湖区', '秀洲区', '嘉善县', '平湖市', '海宁市', '桐乡市', '海盐县', '越城区', '柯桥区', '上虞区', '诸暨市', '嵊州市', '新昌县', '婺城区', '金东区', '兰溪市', '义乌市', '东阳市', '永康市', '武义县', '浦江县', '磐安县', '雨湖区', '岳塘区', '湘潭县', '湘乡市', '韶山市'];
const TOWNS = ['城东街道', '城西街道', '城南街道', '城北街道', '新城街道', '开发区', '临江镇', '长安镇', '永安镇', '青山镇', '白沙镇', '柳溪乡', '石门镇', '双河镇'];
let YEAR, CITY, QTR, POOL = [];
const take = (k) => POOL.splice(0, k);

// ---- union by county ----
function countyUnit() {
  const E = ri(40, 900), Sx = chance(0.15) ? 0 : ri(3, 160);
  const O = E + Sx, cover = O + ri(0, Math.round(O * 0.8));
  const shouldB = cover + ri(Math.round(cover * 0.03), Math.round(cover * 0.4));
  const W = ri(cover * 12, cover * 90), M = Math.round(W * U(0.8, 0.97)), N = Math.round(M * U(0.15, 0.55));
  return { E, S: Sx, O, cover, shouldB, W, M, N };
}
function unionRegion(names, totLabel, rowsData, ctx) {
  names = names || take(ri(4, 9));
  const data = rowsData || names.map(() => countyUnit());
  const split = chance(0.6), withJh = chance(0.5), withCover = chance(0.7), withN = chance(0.8), withRate = chance(0.85);
  const G1 = '工会组织数（个）';
  const cols = [{ h: pick(['县（市、区）', '地区', '单位', '区县']) }];
  const F = [];
  const add = (key, h, g, fmt) => { cols.push({ h, g, fmt }); F.push(key); };
  if (split) { add('O', '合计', G1); add('E', '非公有制企业', G1); add('S', '社会组织', G1); } else add('O', G1);
  if (withCover) add('cover', pick(['覆盖单位数（个）', '覆盖非公企业和社会组织数（个）']));
  if (withJh) { add('shouldB', '应建会单位数（个）', '建会情况'); add('cover2', '已建会单位数（个）', '建会情况'); add('jh', '建会率（%）', '建会情况', '0.0'); }
  add('W', '职工人数（人）'); 
  if (withN) { add('M', '合计', '会员人数（人）'); add('N', '其中：农民工会员', '会员人数（人）'); } else add('M', '会员人数（人）');
  if (withRate) add('rt', '入会率（%）', null, '0.0');
  const ix = (k) => 1 + F.indexOf(k);
  const mk = (label, d) => [label, ...F.map((k) => k === 'cover2' ? d.cover : k === 'jh' ? rate(d.cover, d.shouldB) : k === 'rt' ? rate(d.M, d.W) : k === 'S' ? dash(d.S) : d[k])];
  const tot = {}; for (const k of ['E', 'S', 'O', 'cover', 'shouldB', 'W', 'M', 'N']) tot[k] = S(data.map((d) => d[k]));
  const body = [], totFirst = chance(0.75);
  if (totFirst) body.push({ vals: mk(totLabel, tot), total: true });
  const st = body.length;
  const ind = totFirst && chance(0.5) ? 1 : 0; data.forEach((d, i) => body.push({ vals: mk(names[i], d), indent: ind }));
  if (!totFirst) body.push({ vals: mk(totLabel, tot), total: true });
  const ti = totFirst ? 0 : body.length - 1, leaf = data.map((_, i) => st + i);
  const rels = [];
  let ellipsis = false;
  if (withN && chance(0.12)) { const r = pick(leaf); body[r].vals[ix('N')] = '…'; ellipsis = true; }
  F.forEach((k, j) => { if (!['jh', 'rt'].includes(k)) rels.push({ t: 'sum', tot: [ti, j + 1], parts: leaf.map((r) => [r, j + 1]) }); });
  body.forEach((b, r) => {
    if (split) rels.push({ t: 'sum', tot: [r, ix('O')], parts: [[r, ix('E')], [r, ix('S')]] });
    if (withCover) rels.push({ t: 'le', part: [r, ix('O')], whole: [r, ix('cover')] });
    if (withJh) { rels.push({ t: 'rate', out: [r, ix('jh')], num: [r, ix('cover2')], den: [r, ix('shouldB')], k: 100, d: 1 }); rels.push({ t: 'le', part: [r, ix('cover2')], whole: [r, ix('shouldB')] }); }
    rels.push({ t: 'le', part: [r, ix('M')], whole: [r, ix('W')] });
    if (withN) rels.push({ t: 'le', part: [r, ix('N')], whole: [r, ix('M')] });
    if (withRate) rels.push({ t: 'rate', out: [r, ix('rt')], num: [r, ix('M')], den: [r, ix('W')], k: 100, d: 1 });
  });
  const notes = [];
  if (withRate) notes.push(pick(['注：入会率＝会员人数÷职工人数×100%。', '注：1.入会率为会员人数占职工人数的比重；2.数据截至' + YEAR + '年12月31日。']));
  if (ellipsis) notes.push('“…”表示数据暂缺，合计数含暂缺单位数据。');
  if (withJh && chance(0.5)) notes.push('建会率＝已建会单位数÷应建会单位数×100%（应建会单位指职工25人以上的非公有制企业和社会组织）。');
  return { title: `${ctx || CITY}非公有制企业和社会组织工会组建情况（${YEAR}年）`, cols, body, rels, notes, tot };
}

// ---- union by unit kind (one county) ----
function kindRow() { const units = ri(30, 2500), built = Math.round(units * U(0.55, 0.98)), W = ri(built * 10, built * 80), M = Math.round(W * U(0.78, 0.97)), N = Math.round(M * U(0.1, 0.6)); return { units, built, W, M, N }; }
const part = (d, f) => { const units = Math.max(1, Math.round(d.units * f)), built = Math.min(units, Math.round(d.built * f)), W = Math.round(d.W * f), M = Math.min(W, Math.round(d.M * f)), N = Math.min(M, Math.round(d.N * f)); return { units, built, W, M, N }; };
function unionByKind(place) {
  const E = kindRow(), So = kindRow(); So.N = Math.round(So.M * U(0, 0.15));
  const T = {}; for (const k of Object.keys(E)) T[k] = E[k] + So[k];
  const big = part(E, U(0.1, 0.35));
  const law = part(So, U(0.05, 0.2)), acc = part(So, U(0.03, 0.15));
  const rows = [[pick(['合计', '总计']), T, 0], ['非公有制企业', E, 0], [pick(['其中：规模以上企业', '其中：规上企业']), big, 1], ['社会组织', So, 0], ['其中：律师事务所', law, 1]];
  const twoQ = chance(0.6); if (twoQ) rows.push(['　　　会计师事务所', acc, 2]);
  const withN = chance(0.7), withJ = chance(0.8);
  const cols = [{ h: pick(['单位类别', '项目', '类别']) }];
  const F = [];
  const add = (k, h, g, fmt) => { cols.push({ h, g, fmt }); F.push(k); };
  add('units', '单位数（个）', withJ ? '建会情况' : null); add('built', '已建会单位数（个）', withJ ? '建会情况' : null); if (withJ) add('jh', '建会率（%）', '建会情况', '0.0');
  add('W', '职工人数（人）', '会员发展情况'); add('M', '会员人数（人）', '会员发展情况'); if (withN) add('N', '其中：农民工会员（人）', '会员发展情况'); add('rt', '入会率（%）', '会员发展情况', '0.0');
  const ix = (k) => 1 + F.indexOf(k);
  const body = rows.map(([l, d, ind]) => ({ vals: [l, ...F.map((k) => k === 'jh' ? rate(d.built, d.units) : k === 'rt' ? rate(d.M, d.W) : k === 'N' && d.N === 0 ? '—' : d[k])], indent: ind }));
  const rels = [];
  F.forEach((k, j) => {
    if (['jh', 'rt'].includes(k)) return;
    const c = j + 1;
    rels.push({ t: 'sum', tot: [0, c], parts: [[1, c], [3, c]] });
    rels.push({ t: 'le', part: [2, c], whole: [1, c] });
    rels.push({ t: 'le', part: [4, c], whole: [3, c] });
    if (twoQ) rels.push({ t: 'le', part: [5, c], whole: [3, c] });
  });
  body.forEach((_, r) => {
    if (withJ) rels.push({ t: 'rate', out: [r, ix('jh')], num: [r, ix('built')], den: [r, ix('units')], k: 100, d: 1 });
    rels.push({ t: 'rate', out: [r, ix('rt')], num: [r, ix('M')], den: [r, ix('W')], k: 100, d: 1 });
    rels.push({ t: 'le', part: [r, ix('built')], whole: [r, ix('units')] }); rels.push({ t: 'le', part: [r, ix('M')], whole: [r, ix('W')] });
    if (withN) rels.push({ t: 'le', part: [r, ix('N')], whole: [r, ix('M')] });
  });
  const notes = chance(0.6) ? ['填报说明：1.单位数指辖区内职工25人以上的非公有制企业和社会组织；2.建会率＝已建会单位数÷单位数×100%；3.入会率＝会员人数÷职工人数×100%。'] : [];
  return { title: `${place}非公有制企业和社会组织建会入会情况（${YEAR}年）`, cols, body, rels, notes, T };
}

// ---- quarterly (indicator rows) ----
function quarterly(place) {
  const mk = (base) => { const q = ri(0, Math.round(base * 0.06)), y = QTR === 1 ? q : q + ri(0, Math.round(base * 0.12)), dec = ri(0, Math.round(base * 0.03)); return { q, y, e: base + y - dec, prev: base, dec }; };
  const un1 = mk(ri(250, 4000)), un2 = mk(ri(30, 900)); const un = {}; for (const k of ['q', 'y', 'e', 'prev', 'dec']) un[k] = un1[k] + un2[k]; delete un1.prev; delete un1.dec; delete un2.prev; delete un2.dec;
  const mem = mk(ri(20000, 400000)); const mn = { q: Math.round(mem.q * U(0.2, 0.5)), y: 0, e: Math.round(mem.e * U(0.2, 0.5)) };  mn.y = Math.max(mn.q, Math.round(mem.y * U(0.2, 0.5)));
  const ty = mk(ri(50, 900)), tm = mk(ri(1000, 20000)), fy = mk(ri(40, 700));
  const withPrev = chance(0.4);
  const rows = [['工会组织数', '个', un, 0], [pick(['其中：非公有制企业', '其中：非公企业']), un1, 1], ['　　　社会组织', un2, 1], ['工会会员数', '人', mem, 0], ['其中：农民工会员', '人', mn, 1], ['团组织数', '个', ty, 0], ['团员数', '人', tm, 0], ['妇女组织数', '个', fy, 0]].map((x) => x.length === 4 ? x : [x[0], '个', x[1], x[2]]);
  const cols = [{ h: '指标名称' }, { h: '计量单位' }];
  if (withPrev) cols.push({ h: '上年末数' });
  cols.push({ h: '本季新增' }, { h: '本年累计新增' });
  if (withPrev) cols.push({ h: '本年减少' });
  cols.push({ h: '期末数' });
  const body = [], rels = [];
  rows.forEach(([l, u, d, ind]) => {
    const v = [l, u]; if (withPrev) v.push(d.prev ?? '…'); v.push(d.q, d.y); if (withPrev) v.push(d.dec ?? '…'); v.push(d.e);
    body.push({ vals: v, indent: ind });
  });
  const c0 = withPrev ? 3 : 2, cq = c0, cy = c0 + 1, ce = cols.length - 1;
  body.forEach((b, r) => {
    rels.push({ t: 'le', part: [r, cq], whole: [r, cy] });
    if (withPrev && rows[r][2].dec != null && rows[r][2].prev != null) rels.push({ t: 'lin', tot: [r, ce], plus: [[r, 2], [r, cy]], minus: [[r, cy + 1]] });
  });
  for (const c of [cq, cy, ce]) { rels.push({ t: 'sum', tot: [0, c], parts: [[1, c], [2, c]] }); rels.push({ t: 'le', part: [4, c], whole: [3, c] }); }
  // fix rows 1,2 and 4 cells not defined for prev/dec
  if (withPrev) for (const r of [1, 2, 4]) { body[r].vals[2] = '…'; body[r].vals[cy + 1] = '…'; }
  const qn = ['一', '二', '三', '四'][QTR - 1];
  return { title: `${place}群团组织建设情况季报（${YEAR}年第${qn}季度）`, cols, body, rels, notes: chance(0.5) ? ['注：本年累计新增为1月1日至本季末新增数；期末数为本季末实有数。'] : [], quarter: true };
}

// ---- quarterly by county with column groups ----
function quarterlyCounty() {
  const names = take(ri(4, 7));
  const d = names.map(() => { const e1 = ri(50, 900), q1 = ri(0, 30), y1 = QTR === 1 ? q1 : q1 + ri(0, 60); const e2 = ri(3000, 90000), q2 = ri(0, 2000), y2 = QTR === 1 ? q2 : q2 + ri(0, 5000); return [q1, y1, e1, q2, y2, e2]; });
  const tot = [0, 1, 2, 3, 4, 5].map((k) => S(d.map((x) => x[k])));
  const cols = [{ h: '县（市、区）' }]; for (const g of ['工会组织（个）', '工会会员（人）']) for (const h of ['本季新增', '本年累计', '期末数']) cols.push({ h, g });
  const body = [{ vals: [pick(['全市', '合计']), ...tot], total: true }, ...d.map((x, i) => ({ vals: [names[i], ...x.map((v) => v === 0 ? pick([0, '—']) : v)] }))];
  const rels = [];
  for (let c = 1; c <= 6; c++) rels.push({ t: 'sum', tot: [0, c], parts: d.map((_, i) => [i + 1, c]) });
  body.forEach((_, r) => { rels.push({ t: 'le', part: [r, 1], whole: [r, 2] }); rels.push({ t: 'le', part: [r, 4], whole: [r, 5] }); });
  return { title: `${CITY}新建工会组织和发展会员情况（${YEAR}年${QTR}季度）`, cols, body, rels, notes: [] };
}

// ---- two periods ----
function twoPeriod(place) {
  const y1 = YEAR - 1, y2 = YEAR;
  const g = (a) => Math.round(a * U(0.9, 1.2));
  const E1 = ri(200, 5000), S1 = ri(20, 600), E2 = g(E1), S2 = g(S1);
  const W1 = ri(50000, 900000), W2 = g(W1), M1 = Math.round(W1 * U(0.8, 0.93)), M2 = Math.min(W2, Math.round(W2 * U(0.8, 0.95)));
  const N1 = Math.round(M1 * U(0.2, 0.5)), N2 = Math.round(M2 * U(0.2, 0.5));
  const T1 = ri(100, 2000), T2 = g(T1), TM1 = ri(2000, 40000), TM2 = g(TM1), FW1 = ri(80, 1500), FW2 = g(FW1), NW1 = Math.round(W1 * U(0.3, 0.5)), NW2 = Math.round(W2 * U(0.3, 0.5));
  const diffHead = pick(['增减', '增减（±）', '比上年增减']), withUnit = chance(0.6);
  const cols = [{ h: '指标' }]; if (withUnit) cols.push({ h: '单位' }); const o = cols.length;
  cols.push({ h: `${y1}年` }, { h: `${y2}年` }, { h: diffHead }, { h: '增长（%）', fmt: '0.0' });
  const body = [], rels = [];
  const row = (l, u, a, b, ind) => { const v = [l]; if (withUnit) v.push(u); v.push(a, b, b - a, growth(b, a)); body.push({ vals: v, indent: ind }); const r = body.length - 1; rels.push({ t: 'diff', out: [r, o + 2], a: [r, o + 1], b: [r, o] }); rels.push({ t: 'chg', out: [r, o + 3], cur: [r, o + 1], prev: [r, o], d: 1 }); return r; };
  const rO = row(withUnit ? '工会组织数' : '工会组织数（个）', '个', E1 + S1, E2 + S2, 0), rE = row('其中：非公有制企业', '个', E1, E2, 1), rS = row('　　　社会组织', '个', S1, S2, 1);
  for (let c = o; c <= o + 2; c++) rels.push({ t: 'sum', tot: [rO, c], parts: [[rE, c], [rS, c]] });
  const rW = row(withUnit ? '职工人数' : '职工人数（人）', '人', W1, W2, 0), rM = row(withUnit ? '会员人数' : '会员人数（人）', '人', M1, M2, 0), rN = row('其中：农民工会员', '人', N1, N2, 1);
  for (const c of [o, o + 1]) { rels.push({ t: 'le', part: [rM, c], whole: [rW, c] }); rels.push({ t: 'le', part: [rN, c], whole: [rM, c] }); }
  if (chance(0.7)) {
    const a = rate(M1, W1), b = rate(M2, W2); const v = [withUnit ? '入会率' : '入会率（%）']; if (withUnit) v.push('%'); v.push(a, b, rnd(b - a, 1), '—'); body.push({ vals: v, fmt: '0.0' }); const r = body.length - 1;
    rels.push({ t: 'rate', out: [r, o], num: [rM, o], den: [rW, o], k: 100, d: 1 }); rels.push({ t: 'rate', out: [r, o + 1], num: [rM, o + 1], den: [rW, o + 1], k: 100, d: 1 }); rels.push({ t: 'diff', out: [r, o + 2], a: [r, o + 1], b: [r, o] });
  }
  if (chance(0.8)) { row(withUnit ? '团组织数' : '团组织数（个）', '个', T1, T2, 0); const rt = row(withUnit ? '团员数' : '团员数（人）', '人', TM1, TM2, 0); }
  if (chance(0.8)) { row(withUnit ? '妇女组织数' : '妇女组织数（个）', '个', FW1, FW2, 0); const rf = row(withUnit ? '女职工人数' : '女职工人数（人）', '人', NW1, NW2, 0); for (const c of [o, o + 1]) rels.push({ t: 'le', part: [rf, c], whole: [rW, c] }); }
  const notes = body.some((b) => /入会率/.test(b.vals[0])) ? ['注：入会率增减栏为百分点。'] : [];
  return { title: `${place}非公有制企业和社会组织群团组织建设情况（${y2}年与${y1}年比较）`, cols, body, rels, notes };
}

// ---- tuan/fulian by county ----
function tuanFu() {
  const names = chance(0.5) ? take(ri(4, 6)) : shuffle(TOWNS).slice(0, ri(4, 10));
  const d = names.map(() => { const te = ri(5, 300), ts = chance(0.2) ? 0 : ri(1, 80), Y = ri(2000, 60000), TM = Math.round(Y * U(0.05, 0.3)), W = Math.round(Y / U(0.35, 0.6)), FW = ri(5, 300), NW = Math.round(W * U(0.3, 0.55)); return { te, ts, t: te + ts, TM, Y, FW, NW, W }; });
  const tot = {}; for (const k of Object.keys(d[0])) tot[k] = S(d.map((x) => x[k]));
  const withW = chance(0.7);
  const cols = [{ h: pick(['县（市、区）', '乡镇（街道）', '地区']) }, { h: '合计', g: '团组织数（个）' }, { h: '非公有制企业', g: '团组织数（个）' }, { h: '社会组织', g: '团组织数（个）' }, { h: '团员数（人）' }, { h: '35岁以下青年职工（人）' }, { h: '团员占青年职工比重（%）', fmt: '0.0' }, { h: '妇女组织数（个）' }, { h: '女职工人数（人）' }];
  if (withW) cols.push({ h: '职工人数（人）' }, { h: '女职工占比（%）', fmt: '0.0' });
  const mk = (l, x) => { const v = [l, x.t, x.te, dash(x.ts), x.TM, x.Y, rate(x.TM, x.Y), x.FW, x.NW]; if (withW) v.push(x.W, rate(x.NW, x.W)); return v; };
  const tl = pick(['全市', '合计', '全县']); const IND = chance(0.3) ? 1 : 0;
  const body = [{ vals: mk(tl, tot), total: true }, ...d.map((x, i) => ({ vals: mk(names[i], x), indent: IND }))];
  const rels = [];
  const sc = [1, 2, 3, 4, 5, 7, 8]; if (withW) sc.push(9);
  for (const c of sc) rels.push({ t: 'sum', tot: [0, c], parts: d.map((_, i) => [i + 1, c]) });
  body.forEach((_, r) => { rels.push({ t: 'sum', tot: [r, 1], parts: [[r, 2], [r, 3]] }); rels.push({ t: 'rate', out: [r, 6], num: [r, 4], den: [r, 5], k: 100, d: 1 }); rels.push({ t: 'le', part: [r, 4], whole: [r, 5] }); if (withW) { rels.push({ t: 'rate', out: [r, 10], num: [r, 8], den: [r, 9], k: 100, d: 1 }); rels.push({ t: 'le', part: [r, 8], whole: [r, 9] }); } });
  return { title: `非公有制企业和社会组织团组织、妇女组织建设情况（${YEAR}年底）`, cols, body, rels, notes: chance(0.5) ? ['注：青年职工指35周岁以下职工。', '资料来源：团市委、市妇联。'] : [] };
}

// ---- sideways: indicators x counties ----
function sideways() {
  const names = take(ri(3, 7));
  const d = names.map(() => countyUnit());
  const tot = {}; for (const k of Object.keys(d[0])) tot[k] = S(d.map((x) => x[k]));
  const all = [tot, ...d];
  const cols = [{ h: '指标' }, { h: pick(['全市', '合计']) }, ...names.map((n) => ({ h: n }))];
  const rows = [['工会组织数（个）', 'O', 0], ['其中：非公有制企业', 'E', 1], ['　　　社会组织', 'S', 1], ['职工人数（人）', 'W', 0], ['会员人数（人）', 'M', 0], ['其中：农民工会员', 'N', 1], ['入会率（%）', 'rt', 0]];
  const body = rows.map(([l, k, ind]) => ({ vals: [l, ...all.map((x) => k === 'rt' ? rate(x.M, x.W) : k === 'S' ? dash(x[k]) : x[k])], indent: ind, fmt: k === 'rt' ? '0.0' : null }));
  const rels = [];
  for (let r = 0; r < 6; r++) rels.push({ t: 'sum', tot: [r, 1], parts: names.map((_, i) => [r, i + 2]) });
  for (let c = 1; c < cols.length; c++) { rels.push({ t: 'sum', tot: [0, c], parts: [[1, c], [2, c]] }); rels.push({ t: 'le', part: [4, c], whole: [3, c] }); rels.push({ t: 'le', part: [5, c], whole: [4, c] }); rels.push({ t: 'rate', out: [6, c], num: [4, c], den: [3, c], k: 100, d: 1 }); }
  return { title: `${CITY}分县（市、区）非公有制企业和社会组织工会工作主要指标（${YEAR}年）`, cols, body, rels, notes: ['注：入会率＝会员人数÷职工人数×100%。'] };
}

// ---------- layout ----------
const colL = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
function layout(ws, t, opt) {
  const addr = {}, w = t.cols.length; let row = 1;
  if (opt.formNo) { ws.getCell(row, w).value = opt.formNo; ws.getCell(row, w).alignment = { horizontal: 'right' }; row++; }
  ws.getCell(row, 1).value = t.title; ws.getCell(row, 1).font = { bold: true, size: 14 }; ws.getCell(row, 1).alignment = { horizontal: 'center' };
  if (w > 1) ws.mergeCells(row, 1, row, w); row++;
  if (opt.filler) { ws.getCell(row, 1).value = opt.filler; if (opt.unitRow) { ws.getCell(row, w).value = opt.unitRow; ws.getCell(row, w).alignment = { horizontal: 'right' }; } row++; }
  else if (opt.unitRow) { ws.getCell(row, w).value = opt.unitRow; ws.getCell(row, w).alignment = { horizontal: 'right' }; row++; }
  const hasG = t.cols.some((c) => c.g); const h0 = row;
  t.cols.forEach((cd, j) => {
    if (hasG && cd.g) { ws.getCell(row, j + 1).value = cd.g; ws.getCell(row + 1, j + 1).value = cd.h; }
    else { ws.getCell(row, j + 1).value = cd.h; if (hasG) ws.mergeCells(row, j + 1, row + 1, j + 1); }
  });
  if (hasG) { let j = 0; while (j < w) { const g = t.cols[j].g; if (g) { let k = j; while (k + 1 < w && t.cols[k + 1].g === g) k++; if (k > j) ws.mergeCells(row, j + 1, row, k + 1); j = k + 1; } else j++; } }
  row += hasG ? 2 : 1;
  for (let r = h0; r < row; r++) for (let j = 1; j <= w; j++) { const cl = ws.getCell(r, j); cl.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; cl.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }; }
  if (opt.colNums) { t.cols.forEach((c, j) => { ws.getCell(row, j + 1).value = j === 0 ? '甲' : j; }); row++; }
  t.body.forEach((b, r) => {
    t.cols.forEach((cd, c) => {
      let v = b.vals[c]; const cell = ws.getCell(row, c + 1);
      if (c === 0) {
        if (b.indent && opt.indentMode === 'space' && !/^[　\s]/.test(v)) v = '　'.repeat(b.indent) + v;
        cell.value = v; if (b.indent && opt.indentMode === 'align') cell.alignment = { indent: b.indent };
      } else {
        cell.value = v === '' ? null : v;
        const fmt = cd.fmt || b.fmt;
        if (typeof v === 'number') cell.numFmt = fmt || (opt.thousands ? '#,##0' : '0');
        if (typeof v === 'string') cell.alignment = { horizontal: 'right' };
      }
      addr[`${r},${c}`] = colL(c) + row;
    });
    row++;
  });
  for (const n of t.notes) { ws.getCell(row, 1).value = n; row++; }
  if (opt.footer) { ws.getCell(row, 1).value = opt.footer; row++; }
  ws.getColumn(1).width = 24; for (let j = 2; j <= w; j++) ws.getColumn(j).width = 13;
  return addr;
}

function getVal(t, rc) { return t.body[rc[0]].vals[rc[1]]; }
function mutate(t, rel, rc) {
  const v = getVal(t, rc);
  const isRate = (rel.t === 'rate' || rel.t === 'chg') && rc === rel.out;
  if (rel.t === 'le' && rc === rel.part && chance(0.6)) { const w = getVal(t, rel.whole); if (typeof w === 'number') return w + Math.max(1, Math.round(w * U(0.05, 0.4))); }
  if (isRate) { let nv = rnd(v + (chance(0.5) ? 1 : -1) * U(0.8, Math.max(1.5, Math.abs(v) * 0.3)), 1); if (rel.t === 'rate' && nv <= 0) nv = rnd(v * 1.3 + 0.5, 1); return nv; }
  if (!Number.isInteger(v)) return rnd(v + pick([-1, 1]) * U(0.5, 3), 1);
  const m = R();
  if (m < 0.3) return v + (chance(0.5) ? 1 : -1) * ri(1, 9) * (chance(0.5) ? 1 : 10);
  if (m < 0.5) { const s = String(v); if (s.length >= 3) { const i = ri(0, s.length - 2); if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) return +(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); } }
  return Math.max(1, Math.round(v * (chance(0.5) ? U(1.08, 1.6) : U(0.45, 0.92))));
}

const FILLERS = (pl) => pick([`填报单位：${pl}总工会（盖章）　　　　填报日期：${YEAR + 1}年1月${ri(5, 25)}日`, `填报单位：${pl}两新工委　　　填报日期：${YEAR}年${QTR * 3 + 1 > 12 ? 12 : QTR * 3 + 1}月${ri(1, 15)}日`, `填报单位（盖章）：${pl}妇联`]);
(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const manifest = [];
  for (let i = 1; i <= COUNT; i++) {
    YEAR = pick([2021, 2022, 2023, 2024]); CITY = pick(['嘉兴市', '绍兴市', '金华市', '湘潭市', '台州市', '衢州市']); QTR = ri(1, 4); POOL = shuffle(COUNTIES);
    const mode = pick(['multi', 'mixed', 'mixed', 'single']);
    const tables = [];
    if (mode === 'multi') {
      const names = take(ri(3, 6));
      const per = names.map((n) => { const t = unionByKind(n); t.kind = 'bykind'; t.sheet = n; return t; });
      const data = per.map((t) => { const T = t.T; const cover = T.built, shouldB = T.units; const E = Math.round(T.built * U(0.6, 0.9)); return { E, S: T.built - E, O: T.built, cover: T.built, shouldB, W: T.W, M: T.M, N: T.N }; });
      const sum = unionRegion(names, pick(['全市', '合计']), data); sum.kind = 'region'; sum.sheet = pick(['汇总', '全市汇总', '总表']);
      tables.push(sum, ...per);
    } else {
      const kinds = mode === 'single' ? [pick(['region', 'bykind', 'quarterly', 'qcounty', 'two', 'tuanfu', 'side'])] : shuffle(['region', 'bykind', 'quarterly', 'qcounty', 'two', 'tuanfu', 'side']).slice(0, ri(2, 4)); if (kinds.includes('region') && kinds.includes('side')) kinds.splice(kinds.indexOf('side'), 1);
      kinds.forEach((k, j) => {
        const place = take(1)[0];
        const t = k === 'region' ? unionRegion(null, pick(['全市', '合计', '全市合计', '总计']), null) : k === 'bykind' ? unionByKind(place) : k === 'quarterly' ? quarterly(place) : k === 'qcounty' ? quarterlyCounty() : k === 'two' ? twoPeriod(place) : k === 'tuanfu' ? tuanFu() : sideways();
        t.kind = k; t.place = ['bykind', 'quarterly', 'two'].includes(k) ? place : CITY; t.sheet = pick([`表${j + 1}`, `表${j + 1}`, { region: '分县区', bykind: '分类别', quarterly: '季报', qcounty: '季报分县', two: '两年对比', tuanfu: '团妇组织', side: '主要指标' }[k]]);
        tables.push(t);
      });
      const seen = {}; tables.forEach((t) => { if (seen[t.sheet]) t.sheet += '_' + tables.indexOf(t); seen[t.sheet] = 1; });
    }
    const planted = chance(0.5);
    let target = null;
    if (planted) {
      for (let tries = 0; tries < 300 && !target; tries++) {
        const ti = ri(0, tables.length - 1), t = tables[ti];
        const rel = pick(t.rels); const cells = relCells(rel); const rc = pick(cells); const v = getVal(t, rc);
        if (typeof v !== 'number' || v === 0) continue;
        if (cells.some((x) => getVal(t, x) === '…')) continue;
        const nv = mutate(t, rel, rc);
        if (nv === v || !(nv > 0)) continue;
        t.body[rc[0]].vals[rc[1]] = nv;
        if (evalRel(mapRel(rel, (x) => getVal(t, x))) === false) target = { ti, rc, old: v, nv, rel: rel.t };
        else t.body[rc[0]].vals[rc[1]] = v;
      }
    }
    const wb = new ExcelJS.Workbook(); const meta = { sheets: [] }; let plantInfo = null;
    tables.forEach((t, ti) => {
      const ws = wb.addWorksheet(t.sheet);
      const opt = { unitRow: chance(0.35) ? pick(['单位：个、人、%', '计量单位：个、人', '单位：个，人']) : null, filler: chance(0.4) ? FILLERS(tables.length > 1 && COUNTIES.includes(t.sheet) ? t.sheet : (t.place || CITY)) : null, formNo: chance(0.25) ? pick(['表号：QT-01', '附表' + (ti + 1), '制表机关：市总工会']) : null, indentMode: pick(['space', 'space', 'align', 'none']), thousands: chance(0.3), colNums: chance(0.12), footer: chance(0.35) ? pick([`单位负责人：　　　统计负责人：　　　填表人：　　　联系电话：0573-8${ri(1000000, 9999999)}`, `报出日期：${YEAR + 1}年1月${ri(5, 20)}日`]) : null };
      if (t.cols[1].h === '计量单位' || t.cols[1].h === '单位') opt.colNums = false;
      const addr = layout(ws, t, opt);
      const A = (rc) => addr[`${rc[0]},${rc[1]}`];
      meta.sheets.push({ name: t.sheet, kind: t.kind, rels: t.rels.map((rel) => mapRel(rel, A)) });
      if (target && target.ti === ti) plantInfo = { sheet: t.sheet, cell: A(target.rc), note: `${t.kind} ${t.body[target.rc[0]].vals[0]} / ${t.cols[target.rc[1]].g || ''}${t.cols[target.rc[1]].h} (${target.rel}): ${target.old} -> ${target.nv}` };
    });
    const file = `${outDir}/${prefix}${String(i).padStart(3, '0')}.xlsx`;
    await wb.xlsx.writeFile(file);
    fs.writeFileSync(file.replace(/\.xlsx$/, '.meta.json'), JSON.stringify(meta));
    manifest.push(plantInfo ? { file, planted: { sheet: plantInfo.sheet, cell: plantInfo.cell }, note: plantInfo.note } : { file, planted: null });
  }
  fs.writeFileSync(outDir === 'cases' ? 'manifest.json' : `${outDir}/manifest.json`, JSON.stringify(manifest, null, 1));
})();
