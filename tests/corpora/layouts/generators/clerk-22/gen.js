// Round 22 generator: workbooks as town/county clerks type them (party-building 两新 + county statistics).
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
let seed = 2222;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { a = Math.ceil(a); b = Math.floor(b); if (b < a) b = a; return Math.floor(a + rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(x, d) { const m = Math.pow(10, d); return Math.round(x * m + (x >= 0 ? 1e-7 : -1e-7)) / m; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function fx(v, d) { return r(v, d).toFixed(d); }
const N = (v, d) => ({ v: r(v, d), f: d === 0 ? '0' : '0.' + '0'.repeat(d) });          // number with format
const TS = v => String(v) + '  ';                                                          // number typed as text with trailing spaces
const PS = (v, d = 1) => fx(v, d) + '%';                                                   // "85.3%"
const DZ = v => (v === 0 ? '-' : v);                                                       // 0 typed as "-"
const SUMF = (col, r1, r2, val) => ({ formula: `SUM(${col}${r1}:${col}${r2})`, result: val });
const TOWNS = ['城关镇', '河口镇', '石桥乡', '柳林镇', '马坊乡', '桃源镇', '杨庄乡', '双河镇', '龙泉镇', '白沙乡'];
const VIL = ['东村', '西村', '南庄村', '北岗村', '王家庄村', '李家湾村', '前进村', '红旗村', '新民村', '大屯村', '小河村', '沙坪村', '梨园村', '张庄村', '高桥村'];
function pick(arr, n) { const a = arr.slice(); const o = []; while (o.length < n && a.length) o.push(a.splice(ri(0, a.length - 1), 1)[0]); return o; }
const tables = [];
function T(file, build, plant) { tables.push({ file, build, plant }); }
function addr(r0, c0) { let s = '', c = c0 + 1; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s + (r0 + 1); }
const colL = c0 => addr(0, c0).replace(/\d+/, '');

// ---------- party building: coverage of 非公企业 by town ----------
// o: {totalLabel, totalTop, seq, blank, nl, rate:'num'|'pct'|'frac', text, remark, instr, sort, formula, hidden, freeze, dash, towns, sheet, title2}
function coverage(o = {}) {
  const towns = o.towns || TOWNS.slice(0, 8);
  const d = towns.map(n => {
    const ent = ri(12, 160), own = ri(1, ent * 0.35), jc = ri(0, (ent - own) * 0.6), jo = jc >= 2 ? ri(1, jc / 2) : 0;
    const jc2 = jo === 0 ? 0 : jc; const pm = ri(own * 3, own * 8 + jc2 * 2 + 5);
    return { n, ent, own, jo, jc: jc2, cov: own + jc2, pm };
  });
  if (o.dash) { d[2].jo = 0; d[2].jc = 0; d[2].cov = d[2].own; }
  const tot = { n: o.totalLabel || '合 计', ent: sum(d.map(x => x.ent)), own: sum(d.map(x => x.own)), jo: sum(d.map(x => x.jo)), jc: sum(d.map(x => x.jc)), cov: sum(d.map(x => x.cov)), pm: sum(d.map(x => x.pm)) };
  [...d, tot].forEach(x => { x.rate = x.cov / x.ent * 100; });
  if (o.sort) d.sort((a, b) => r(b.rate, 1) - r(a.rate, 1) || a.n.localeCompare(b.n));
  const U = o.nl ? (a, u) => `${a}\n（${u}）` : (a, u) => `${a}（${u}）`;
  const head = [];
  if (o.seq) head.push('序号');
  head.push(o.labelHead || '乡镇');
  if (o.blank) head.push('');
  const numCols = [U('非公企业数', '家'), U('单独组建党组织企业数', '家'), U('联合党组织数', '个'), U('联合党组织覆盖企业数', '家'), U('党组织覆盖企业数', '家'), o.nl ? '党组织\n覆盖率（%）' : '党组织覆盖率（%）', U('党员数', '名')];
  head.push(...numCols);
  if (o.sort) head.push('排名');
  if (o.remark) head.push('备注');
  const off = head.length - numCols.length - (o.sort ? 1 : 0) - (o.remark ? 1 : 0);
  const W = head.length;
  const rows = [[o.title || '全县非公有制企业党组织覆盖情况统计表']];
  if (o.title2) rows.push([o.title2]);
  rows.push(['填报单位：（盖章）', '', '', '', '', '截至2025年6月30日']);
  rows.push(head);
  if (o.instr) rows.push(['填报说明：覆盖企业数=单独组建+联合覆盖；覆盖率=覆盖企业数÷企业数×100%，保留一位小数。']);
  const rateCell = v => o.rate === 'pct' ? PS(v) : o.rate === 'frac' ? { v: r(v, 1) / 100, f: '0.0%' } : N(v, 1);
  const numCell = v => o.text ? TS(v) : o.dash ? DZ(v) : v;
  const first = rows.length + (o.totalTop ? 1 : 0) + 1; // 1-based first data row
  const line = (x, i, isTot) => {
    const row = [];
    if (o.seq) row.push(isTot ? '' : i + 1);
    row.push(x.n); if (o.blank) row.push('');
    let vals = [x.ent, x.own, x.jo, x.jc, x.cov];
    if (isTot && o.formula) vals = vals.map((v, k) => SUMF(colL(off + k), first, first + d.length - 1, v));
    else vals = vals.map(numCell);
    row.push(...vals, rateCell(x.rate), isTot && o.formula ? SUMF(colL(off + 6), first, first + d.length - 1, x.pm) : numCell(x.pm));
    if (o.sort) row.push(isTot ? '' : i + 1);
    if (o.remark) row.push(isTot ? '' : (i === 1 ? '新成立2家联合党支部' : i === 4 ? '含2家个体工商户' : i === 6 ? '1家企业注销' : ''));
    return row;
  };
  if (o.totalTop) rows.push(line(tot, -1, true));
  d.forEach((x, i) => rows.push(line(x, i, false)));
  if (!o.totalTop) rows.push(line(tot, -1, true));
  rows.push(['填报人：张丽', '', '审核人：王强', '', '', '联系电话：0391-5321876']);
  const merges = [`A1:${colL(W - 1)}1`];
  const hidden = o.hidden ? [first + 2] : [];
  return [{ name: o.sheet || 'Sheet1', rows, merges, hidden, freeze: o.freeze ? rows.indexOf(head) + 1 : 0 }];
}
T('01_覆盖_合计在下_序号.xlsx', () => coverage({ seq: true }), [0, '柳林镇', 2, '+3']);
T('02_覆盖_总计在上.xlsx', () => coverage({ totalTop: true, totalLabel: '总 计' }), [0, '石桥乡', 5, '+4']);
T('03_覆盖_空列.xlsx', () => coverage({ seq: true, blank: true, totalLabel: '全镇' }), [0, '河口镇', 8, 'x1.2']);
T('04_覆盖_换行单位.xlsx', () => coverage({ nl: true, totalLabel: '全乡合计' }), [0, '马坊乡', 1, '+9']);
T('05_覆盖_百分号文本.xlsx', () => coverage({ rate: 'pct', seq: true }), [0, '桃源镇', 7, 'x1.15']);
T('06_覆盖_文本尾空格.xlsx', () => coverage({ text: true, totalLabel: '合计' }));
T('07_覆盖_备注.xlsx', () => coverage({ remark: true, seq: true, nl: true }), [0, '城关镇', 6, '+5']);
T('08_覆盖_填报说明行.xlsx', () => coverage({ instr: true, totalLabel: '总计' }));
T('09_覆盖_排名.xlsx', () => coverage({ sort: true, seq: true, totalTop: true, totalLabel: '全县' }), [0, 3, 6, '+4']);
T('10_覆盖_SUM公式.xlsx', () => coverage({ formula: true, seq: true }), [0, '杨庄乡', 2, '+6']);
T('11_覆盖_隐藏行冻结.xlsx', () => coverage({ hidden: true, freeze: true, seq: true, totalLabel: '合  计' }));
T('12_覆盖_横杠零.xlsx', () => coverage({ dash: true, totalLabel: '全乡合计' }), [0, '双河镇', 5, '+4']);
T('13_覆盖_百分比格式.xlsx', () => coverage({ rate: 'frac', blank: true, nl: true, totalLabel: '全 镇' }));
T('14_覆盖_全组合.xlsx', () => coverage({ seq: true, blank: true, nl: true, rate: 'pct', remark: true, instr: true, sort: true, freeze: true, totalLabel: '合 计', title2: '（2025年上半年）' }), [0, 5, 4, '+3']);

// ---------- 社会组织 党建 by town, 其中 columns, "0.0" zero rates ----------
function socorg(o = {}) {
  const towns = o.towns || TOWNS.slice(0, 7);
  const d = towns.map((n, i) => {
    const st = ri(2, 25), mf = ri(1, 30), tot = st + mf + (o.partial ? ri(0, 3) : 0);
    const po = i === 3 ? 0 : ri(0, tot * 0.5); const pm = po === 0 ? ri(0, 3) : ri(po * 3, po * 7);
    const ins = ri(1, 4);
    return { n, tot, st, mf, po, pm, ins };
  });
  const T0 = { n: o.totalLabel || '合计', tot: sum(d.map(x => x.tot)), st: sum(d.map(x => x.st)), mf: sum(d.map(x => x.mf)), po: sum(d.map(x => x.po)), pm: sum(d.map(x => x.pm)), ins: sum(d.map(x => x.ins)) };
  const rows = [[o.title || '社会组织党建工作情况统计表'], ['单位：个、名、%']];
  const h = ['序号', '乡镇（街道）', o.nl ? '社会组织\n总数' : '社会组织总数', '其中：社会团体', '民办非企业单位', '已建党组织的社会组织数', '党组织覆盖率（%）', '党员数（名）', '党建指导员（名）', '备注'];
  rows.push(h);
  const rate = x => { const v = x.po / x.tot * 100; return o.zero === 'text' && x.po === 0 ? '0.0' : o.zero === 'dash' && x.po === 0 ? '-' : N(v, 1); };
  const line = (x, i) => [i < 0 ? '' : i + 1, x.n, x.tot, x.st, x.mf, o.zero === 'dash' ? DZ(x.po) : x.po, rate(x), x.pm, x.ins, i === 2 ? '含1家基金会' : i === 5 ? '新成立' : ''];
  if (o.totalTop) rows.push(line(T0, -1));
  d.forEach((x, i) => rows.push(line(x, i)));
  if (!o.totalTop) rows.push(line(T0, -1));
  if (o.partial) rows.push(['注：社会组织总数含基金会等其他类型，故大于社会团体与民办非企业单位之和。']);
  return [{ name: o.sheet || '社会组织', rows, merges: ['A1:J1'] }];
}
T('15_社会组织_其中列.xlsx', () => socorg({ zero: 'text' }), [0, '河口镇', 3, 'x3']);
T('16_社会组织_其中非完全.xlsx', () => socorg({ partial: true, zero: 'dash', totalTop: true, totalLabel: '全县合计' }), [0, '柳林镇', 2, '+3']);
T('17_社会组织_换行.xlsx', () => socorg({ nl: true, totalLabel: '总 计', towns: TOWNS.slice(2, 10) }));

// ---------- 党员 by town + 发展党员 second table at bottom ----------
function members(o = {}) {
  const towns = TOWNS.slice(0, o.n || 8);
  const d = towns.map(n => { const org = ri(15, 60), pm = ri(org * 12, org * 30); return { n, org, pm, f: ri(pm * 0.2, pm * 0.35), y: ri(pm * 0.08, pm * 0.2), c: ri(pm * 0.15, pm * 0.45), old: ri(pm * 0.25, pm * 0.4) }; });
  const t = { n: o.totalLabel || '合计' }; ['org', 'pm', 'f', 'y', 'c', 'old'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['各乡镇党员基本情况统计表'], ['乡镇', '基层党组织数（个）', '党员总数（名）', '其中：女党员', '35岁及以下', '大专及以上学历', '60岁以上', '女党员占比（%）']];
  const line = x => [x.n, x.org, x.pm, x.f, x.y, x.c, x.old, o.pct ? PS(x.f / x.pm * 100) : N(x.f / x.pm * 100, 1)];
  d.forEach(x => rows.push(line(x))); rows.push(line(t));
  rows.push([]); rows.push([]);
  // second small table
  rows.push(['二、2025年发展党员情况']);
  rows.push(['乡镇', '入党申请人（名）', '入党积极分子（名）', '发展对象（名）', '发展党员（名）', '其中：35岁及以下', '其中：农民']);
  const e = towns.map(n => { const ap = ri(20, 80), ac = ri(ap * 0.5, ap * 0.9), ob = ri(ac * 0.3, ac * 0.6), dv = ri(ob * 0.6, ob); return { n, ap, ac, ob, dv, yy: ri(dv * 0.4, dv * 0.9), fa: ri(0, dv * 0.4) }; });
  const et = { n: '合计' }; ['ap', 'ac', 'ob', 'dv', 'yy', 'fa'].forEach(k => et[k] = sum(e.map(x => x[k])));
  e.forEach(x => rows.push([x.n, x.ap, x.ac, x.ob, x.dv, x.yy, x.fa])); rows.push([et.n, et.ap, et.ac, et.ob, et.dv, et.yy, et.fa]);
  rows.push(['注：发展党员数为1-6月累计。']);
  return [{ name: '党员情况', rows, merges: ['A1:H1'] }];
}
T('18_党员_下方第二表.xlsx', () => members(), [0, '石桥乡', 3, '+5']);
T('19_党员_百分号_全镇.xlsx', () => members({ pct: true, totalLabel: '全县', n: 6 }));

// ---------- villages grouped under towns, town subtotal row = town name only ----------
function villages(o = {}) {
  const towns = TOWNS.slice(0, o.nt || 4);
  const rows = [[o.title || '各村（社区）党员及两新组织情况'], ['单位名称', '户籍人口（人）', '党员数（名）', '其中：女', '非公企业数（家）', '已建党组织企业数（家）', '覆盖率（%）']];
  const groups = towns.map(t => { const vs = pick(VIL, ri(3, 6)).map(v => { const pop = ri(800, 4500), pm = ri(20, 120), ent = ri(0, 12), own = ent ? ri(0, ent) : 0; return { n: v, pop, pm, f: ri(pm * 0.15, pm * 0.35), ent, own }; }); const s = { n: t }; ['pop', 'pm', 'f', 'ent', 'own'].forEach(k => s[k] = sum(vs.map(x => x[k]))); return { s, vs }; });
  const tot = { n: o.totalLabel || '全县合计' }; ['pop', 'pm', 'f', 'ent', 'own'].forEach(k => tot[k] = sum(groups.map(g => g.s[k])));
  const rate = x => x.ent ? N(x.own / x.ent * 100, 1) : '-';
  const ind = o.indent ? '  ' : '';
  const line = (x, pre) => [pre + x.n, x.pop, x.pm, x.f, x.ent, x.own, rate(x)];
  if (o.totalTop) rows.push(line(tot, ''));
  groups.forEach(g => { rows.push(line(g.s, '')); g.vs.forEach(v => rows.push(line(v, ind))); });
  if (!o.totalTop) rows.push(line(tot, ''));
  return [{ name: '分村', rows }];
}
T('20_分村_镇名小计.xlsx', () => villages(), [0, 1, 2, '+7']);
T('21_分村_缩进_总计在上.xlsx', () => villages({ indent: true, totalTop: true, totalLabel: '全县' }));
T('22_分村_五镇.xlsx', () => villages({ nt: 5, indent: true }));

// ---------- single town: villages with 全镇 total (a town clerk's sheet) ----------
function townVillages(o = {}) {
  const vs = pick(VIL, o.nv || 9).map(v => { const hh = ri(300, 1200), pop = ri(hh * 2.6, hh * 3.6), m = ri(pop * 0.49, pop * 0.53); return { n: v, hh, pop, m, f: pop - m, b: ri(5, 40), dth: ri(5, 35) }; });
  const t = { n: o.totalLabel || '全镇' }; ['hh', 'pop', 'm', 'f', 'b', 'dth'].forEach(k => t[k] = sum(vs.map(x => x[k])));
  const rows = [['河口镇2025年人口变动情况表'], ['单位：户、人、‰'], ['序号', '村（居）', '户数', '总人口', '男', '女', '出生人数', '死亡人数', '出生率', '死亡率', '自然增长率']];
  const line = (x, i) => [i < 0 ? '' : i + 1, x.n, o.text ? TS(x.hh) : x.hh, x.pop, x.m, x.f, x.b, x.dth, N(x.b / x.pop * 1000, 2), N(x.dth / x.pop * 1000, 2), N((x.b - x.dth) / x.pop * 1000, 2)];
  if (o.totalTop) rows.push(line(t, -1));
  vs.forEach((x, i) => rows.push(line(x, i)));
  if (!o.totalTop) rows.push(line(t, -1));
  rows.push(['说明：出生率、死亡率、自然增长率均以年末总人口计算。']);
  return [{ name: '人口变动', rows, merges: ['A1:K1'] }];
}
T('23_人口_村_全镇.xlsx', () => townVillages(), [0, 3, 5, '+9']);
T('24_人口_村_全镇在上文本.xlsx', () => townVillages({ totalTop: true, text: true, totalLabel: '全镇合计' }), [0, 5, 10, '+0.5']);

// ---------- quarter sheets + 全年 ----------
function quarters(o = {}) {
  const towns = TOWNS.slice(0, 7);
  const q = [0, 1, 2, 3].map(() => towns.map(() => { const dv = ri(0, 12); return { dv, yy: ri(0, dv), ent: ri(0, dv), ap: ri(dv, dv + 25) }; }));
  const sheets = [];
  const mk = (name, data, title) => {
    const rows = [[title], ['乡镇', '入党申请人（名）', '发展党员（名）', '其中：35岁及以下', '其中：非公企业和社会组织', '35岁及以下占比（%）']];
    const t = { ap: sum(data.map(x => x.ap)), dv: sum(data.map(x => x.dv)), yy: sum(data.map(x => x.yy)), ent: sum(data.map(x => x.ent)) };
    const line = (n, x) => [n, x.ap, o.dash ? DZ(x.dv) : x.dv, o.dash ? DZ(x.yy) : x.yy, o.dash ? DZ(x.ent) : x.ent, x.dv ? N(x.yy / x.dv * 100, 1) : (o.dash ? '-' : '0.0')];
    if (o.totalTop) rows.push(line(o.totalLabel || '合计', t));
    data.forEach((x, i) => rows.push(line(towns[i], x)));
    if (!o.totalTop) rows.push(line(o.totalLabel || '合计', t));
    sheets.push({ name, rows });
  };
  const qn = ['一季度', '二季度', '三季度', '四季度'];
  q.forEach((data, k) => mk(qn[k], data, `2025年${qn[k]}发展党员情况`));
  const yr = towns.map((_, i) => { const o2 = {}; ['dv', 'yy', 'ent', 'ap'].forEach(k => o2[k] = sum(q.map(d => d[i][k]))); return o2; });
  mk('全年', yr, '2025年全年发展党员情况');
  return o.yearFirst ? [sheets[4], ...sheets.slice(0, 4)] : sheets;
}
T('25_季度_全年.xlsx', () => quarters(), [1, '柳林镇', 3, '+3']);
T('26_季度_横杠_合计在上.xlsx', () => quarters({ dash: true, totalTop: true, totalLabel: '全县', yearFirst: true }));

// ---------- transposed: indicators as rows, towns as columns ----------
function transposed(o = {}) {
  const towns = TOWNS.slice(0, o.nt || 6);
  const d = towns.map(() => { const ent = ri(20, 150), own = ri(2, ent * 0.3), jc = ri(0, (ent - own) * 0.5), so = ri(3, 25), sp = ri(0, so * 0.6); return { ent, own, jc, cov: own + jc, so, sp, ins: ri(2, 9), pm: ri(own * 4, own * 9 + 10) }; });
  const t = {}; Object.keys(d[0]).forEach(k => t[k] = sum(d.map(x => x[k])));
  const all = o.totalFirst ? [t, ...d] : [...d, t];
  const names = o.totalFirst ? [o.totalLabel || '全县', ...towns] : [...towns, o.totalLabel || '全县'];
  const rows = [['两新组织党建工作情况（按乡镇）'], ['指标', '单位', ...names]];
  const rr = (lab, u, f) => rows.push([lab, u, ...all.map(f)]);
  rr('非公企业数', '家', x => x.ent);
  rr('其中：单独组建党组织', '家', x => x.own);
  rr('      联合组建覆盖', '家', x => x.jc);
  rr('党组织覆盖企业数', '家', x => x.cov);
  rr('党组织覆盖率', '%', x => o.pct ? PS(x.cov / x.ent * 100) : N(x.cov / x.ent * 100, 1));
  rr('社会组织数', '个', x => x.so);
  rr('其中：已建党组织', '个', x => x.sp);
  rr('党建指导员', '名', x => x.ins);
  rr('两新组织党员数', '名', x => x.pm);
  return [{ name: '按乡镇', rows }];
}
T('27_横表_乡镇为列.xlsx', () => transposed(), [0, '党组织覆盖企业数', 4, '+6']);
T('28_横表_全县在前.xlsx', () => transposed({ totalFirst: true, pct: true, nt: 8 }), [0, '两新组织党员数', 5, '+11']);

// ---------- YoY: 上年同期 | 本期 | 增减 | 增长% ----------
function yoy(o = {}) {
  const towns = TOWNS.slice(0, o.nt || 8);
  const d = towns.map(n => { const a = ri(20, 300), b = Math.max(1, a + ri(-25, 40)); return { n, a, b }; });
  const t = { n: o.totalLabel || '合计', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)) };
  const item = o.item || '非公企业数（家）';
  const rows = [[o.title || '各乡镇非公企业及党组织变动情况'], ['乡镇', item, '', '', ''], ['', '上年同期', '本期', '增减', '增长%']];
  const line = x => [x.n, o.text ? TS(x.a) : x.a, o.text ? TS(x.b) : x.b, x.b - x.a, o.pct ? PS((x.b - x.a) / x.a * 100) : N((x.b - x.a) / x.a * 100, 1)];
  if (o.totalTop) rows.push(line(t));
  d.forEach(x => rows.push(line(x)));
  if (!o.totalTop) rows.push(line(t));
  return [{ name: o.sheet || '同比', rows, merges: ['A2:A3', 'B2:E2'] }];
}
T('29_同比_四列.xlsx', () => yoy(), [0, '桃源镇', 2, '+5']);
T('30_同比_文本百分号.xlsx', () => yoy({ text: true, pct: true, totalTop: true, totalLabel: '全县' }), [0, '城关镇', 3, '+4']);
T('31_同比_党员.xlsx', () => yoy({ item: '两新组织党员（名）', nt: 10, totalLabel: '总 计' }));

// two-block YoY (two measures, each with 上年同期/本期/增减/增长%)
T('32_同比_两块.xlsx', () => {
  const towns = TOWNS.slice(0, 7);
  const d = towns.map(n => { const a = ri(20, 200), b = a + ri(-10, 30), c = ri(2, 40), e = c + ri(-3, 8); return { n, a, b, c, e: Math.max(1, e) }; });
  const t = { n: '合计' }; ['a', 'b', 'c', 'e'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['两新组织同比变动'], ['乡镇', '非公企业（家）', '', '', '', '社会组织（个）', '', '', ''], ['', '上年同期', '本期', '增减', '增长%', '上年同期', '本期', '增减', '增长%']];
  [...d, t].forEach(x => rows.push([x.n, x.a, x.b, x.b - x.a, N((x.b - x.a) / x.a * 100, 1), x.c, x.e, x.e - x.c, N((x.e - x.c) / x.c * 100, 1)]));
  return [{ name: '同比', rows, merges: ['A2:A3', 'B2:E2', 'F2:I2'] }];
}, [0, '石桥乡', 6, '+3']);

// ---------- 万元 rounded money: 党建经费 ----------
function funds(o = {}) {
  const towns = TOWNS.slice(0, o.nt || 9);
  const d = towns.map(n => { const a = rf(1.5, 30), b = rf(0.5, 12), c = rf(0.2, 6); return { n, a, b, c, t: a + b + c }; });
  const t = { n: o.totalLabel || '合计' }; ['a', 'b', 'c', 't'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const dd = o.dec === undefined ? 1 : o.dec;
  const rows = [['两新组织党建工作经费保障情况'], ['单位：万元'], ['乡镇', '经费合计', '其中：财政拨付', '党费返还', '企业列支', '备注']];
  const c = v => (o.text ? fx(v, dd) + ' ' : N(v, dd));
  [...d, t].forEach((x, i) => rows.push([x.n, c(x.t), c(x.a), c(x.b), c(x.c), i === 3 ? '含上年结转' : '']));
  rows.push(['注：各项按万元保留' + (dd ? '一位小数' : '整数') + '，合计数与分项之和因四舍五入略有出入。']);
  return [{ name: '经费', rows }];
}
T('33_经费_万元一位.xlsx', () => funds(), [0, '龙泉镇', 1, 'x1.3']);
T('34_经费_万元整数.xlsx', () => funds({ dec: 0, totalLabel: '全县合计' }));
T('35_经费_万元文本.xlsx', () => funds({ text: true, nt: 7 }));

// ---------- 党建指导员 ----------
function instructors(o = {}) {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const ins = ri(2, 12), ent = ri(ins * 2, ins * 8), so = ri(0, ins * 3); return { n, ins, cad: ri(0, ins), ent, so }; });
  const t = { n: o.totalLabel || '合计' }; ['ins', 'cad', 'ent', 'so'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['党建工作指导员选派情况'], ['序号', '乡镇', '', '选派指导员\n（名）', '其中：机关干部\n（名）', '联系非公企业\n（家）', '联系社会组织\n（个）', '人均联系企业数\n（家）']];
  const line = (x, i) => [i < 0 ? '' : i + 1, x.n, '', x.ins, x.cad, x.ent, x.so, N(x.ent / x.ins, 1)];
  d.forEach((x, i) => rows.push(line(x, i))); rows.push(line(t, -1));
  return [{ name: '指导员', rows }];
}
T('36_指导员_空列.xlsx', () => instructors(), [0, '双河镇', 4, 'x4']);
T('37_指导员_总计.xlsx', () => instructors({ totalLabel: '总  计' }));

// ---------- 党组织类型 党委/党总支/党支部 + 联合 ----------
function orgTypes(o = {}) {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const pw = ri(0, 2), zz = ri(0, 4), zb = ri(3, 30), jo = ri(0, 6), jc = jo ? ri(jo * 2, jo * 5) : 0, ent = ri(pw + zz + zb + jc + 5, pw + zz + zb + jc + 80); return { n, ent, pw, zz, zb, own: pw + zz + zb, jo, jc }; });
  const t = { n: o.totalLabel || '合计' }; ['ent', 'pw', 'zz', 'zb', 'own', 'jo', 'jc'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['非公企业党组织组建情况'], ['单位：家、个、%'],
    ['乡镇', '企业数', '单独建立党组织', '', '', '', '联合党组织', '', '覆盖率'],
    ['', '', '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数', '']];
  const line = x => [x.n, x.ent, x.own, o.dash ? DZ(x.pw) : x.pw, o.dash ? DZ(x.zz) : x.zz, x.zb, o.dash ? DZ(x.jo) : x.jo, o.dash ? DZ(x.jc) : x.jc, N((x.own + x.jc) / x.ent * 100, 1)];
  if (o.totalTop) rows.push(line(t));
  d.forEach(x => rows.push(line(x)));
  if (!o.totalTop) rows.push(line(t));
  return [{ name: '组建', rows, merges: ['A3:A4', 'B3:B4', 'C3:F3', 'G3:H3', 'I3:I4'] }];
}
T('38_组建_党委总支支部.xlsx', () => orgTypes(), [0, '河口镇', 5, '+2']);
T('39_组建_横杠_总计在上.xlsx', () => orgTypes({ dash: true, totalTop: true, totalLabel: '全县总计' }), [0, '桃源镇', 7, '+3']);

// ---------- 片区小计 + 总计 ----------
function districts(o = {}) {
  const groups = [['城区片', TOWNS.slice(0, 3)], ['东部片', TOWNS.slice(3, 6)], ['西部片', TOWNS.slice(6, 10)]];
  const rows = [['各片区非公企业党建情况'], ['片区', '乡镇', '企业数（家）', '有党员企业数（家）', '无党员企业数（家）', '党员数（名）']];
  const gs = groups.map(([g, ts]) => { const vs = ts.map(n => { const ent = ri(20, 150), wm = ri(3, ent * 0.5); return { n, ent, wm, nm: ent - wm, pm: ri(wm * 2, wm * 6) }; }); const s = {}; ['ent', 'wm', 'nm', 'pm'].forEach(k => s[k] = sum(vs.map(x => x[k]))); return { g, vs, s }; });
  const t = {}; ['ent', 'wm', 'nm', 'pm'].forEach(k => t[k] = sum(gs.map(g => g.s[k])));
  const L = (a, b, x) => [a, b, x.ent, x.wm, x.nm, x.pm];
  gs.forEach(g => { g.vs.forEach((v, i) => rows.push(L(i === 0 ? g.g : '', v.n, v))); rows.push(L('', o.subLabel || '小计', g.s)); });
  rows.push(L(o.totalLabel || '总计', '', t));
  return [{ name: '片区', rows }];
}
T('40_片区_小计总计.xlsx', () => districts(), [0, '马坊乡', 4, '+5']);
T('41_片区_小计合并.xlsx', () => districts({ subLabel: '小 计', totalLabel: '合  计' }));

// ---------- 无党员企业 decline ----------
T('42_无党员企业_降幅.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const a = ri(10, 120), b = ri(a * 0.3, a * 0.9); return { n, a, b }; });
  const t = { n: '全县', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)) };
  const rows = [['无党员企业“清零”进展'], ['乡镇', '年初无党员企业数（家）', '目前无党员企业数（家）', '减少（家）', '降幅（%）']];
  [t, ...d].forEach(x => rows.push([x.n, x.a, x.b, x.a - x.b, N((x.a - x.b) / x.a * 100, 1)]));
  return [{ name: '清零', rows }];
}, [0, '马坊乡', 2, '+4']);

// ---------- general county statistics ----------
// 人口 by town
function population(o = {}) {
  const towns = TOWNS.slice(0, o.nt || 10);
  const d = towns.map(n => { const hh = ri(3000, 15000), pop = ri(hh * 2.7, hh * 3.5), m = ri(pop * 0.49, pop * 0.53), u = ri(pop * 0.08, pop * 0.6); return { n, hh, pop, m, f: pop - m, u, b: ri(pop * 0.005, pop * 0.011), dth: ri(pop * 0.005, pop * 0.009) }; });
  const t = { n: o.totalLabel || '全县' }; ['hh', 'pop', 'm', 'f', 'u', 'b', 'dth'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['2025年末分乡镇户籍人口'], ['乡镇', '户数\n（户）', '总人口\n（人）', '男', '女', '其中：城镇人口', '性别比\n（女=100）', '出生人数（人）', '死亡人数（人）', '自然增长人数（人）']];
  const line = x => [x.n, x.hh, x.pop, x.m, x.f, x.u, N(x.m / x.f * 100, 2), x.b, x.dth, x.b - x.dth];
  if (o.totalTop) rows.push(line(t));
  d.forEach(x => rows.push(line(x)));
  if (!o.totalTop) rows.push(line(t));
  return [{ name: '人口', rows, hidden: o.hidden ? [4] : [] }];
}
T('43_人口_分乡镇.xlsx', () => population({ totalTop: true }), [0, '白沙乡', 3, '+20']);
T('44_人口_隐藏行_合计在下.xlsx', () => population({ hidden: true, totalLabel: '全县合计', nt: 9 }));

// 农业: 粮食 by town
function grain(o = {}) {
  const towns = TOWNS.slice(0, o.nt || 9);
  const d = towns.map(n => { const wa = ri(5000, 40000), ca = ri(3000, 30000), oa = ri(0, 4000); const wy = rf(380, 520), cy = rf(450, 620), oy = rf(150, 300); return { n, wa, ca, oa, a: wa + ca + oa, wp: Math.round(wa * wy / 1000), cp: Math.round(ca * cy / 1000), op: Math.round(oa * oy / 1000) }; });
  d.forEach(x => x.p = x.wp + x.cp + x.op);
  const t = { n: o.totalLabel || '合计' }; ['wa', 'ca', 'oa', 'a', 'wp', 'cp', 'op', 'p'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['各乡镇粮食生产情况'], ['乡镇', '播种面积（亩）', '', '', '', '总产量（吨）', '', '', '', '单产（公斤/亩）'], ['', '合计', '小麦', '玉米', '其他', '合计', '小麦', '玉米', '其他', '']];
  const line = x => [x.n, x.a, x.wa, x.ca, DZ(x.oa), x.p, x.wp, x.cp, DZ(x.op), N(x.p * 1000 / x.a, 1)];
  d.forEach(x => rows.push(line(x))); rows.push(line(t));
  if (o.blankZero) rows[4][4] = '-';
  return [{ name: '粮食', rows, merges: ['A2:A3', 'B2:E2', 'F2:I2', 'J2:J3'], freeze: 3 }];
}
T('45_粮食_分乡镇.xlsx', () => grain(), [0, '杨庄乡', 7, '+50']);
T('46_粮食_全县合计.xlsx', () => grain({ totalLabel: '全县合计', nt: 6 }));

// 农业 万元/吨 rounded: 生猪 by quarter sheets
function hogs() {
  const towns = TOWNS.slice(0, 6);
  const q = [0, 1, 2, 3].map(() => towns.map(() => ({ out: ri(800, 6000), w: rf(110, 125) })));
  const sheets = [];
  const mk = (name, data) => {
    const rows = [[name + '生猪生产情况'], ['乡镇', '出栏（头）', '猪肉产量（吨）', '头均产肉（公斤）']];
    const dd = data.map((x, i) => ({ n: towns[i], out: x.out, meat: x.meat !== undefined ? x.meat : r(x.out * x.w / 1000, 1) }));
    const t = { n: '合计', out: sum(dd.map(x => x.out)), meat: r(sum(dd.map(x => x.meat)), 1) };
    [...dd, t].forEach(x => rows.push([x.n, x.out, N(x.meat, 1), N(x.meat * 1000 / x.out, 1)]));
    sheets.push({ name, rows, data: dd });
  };
  ['一季度', '二季度', '三季度', '四季度'].forEach((n, k) => mk(n, q[k]));
  mk('全年', towns.map((_, i) => ({ out: sum(q.map((qq, k) => qq[i].out)), meat: r(sum(sheets.map(s => s.data[i].meat)), 1) })));
  return sheets;
}
T('47_生猪_季度全年.xlsx', hogs, [4, '柳林镇', 1, '+300']);

// 教育 by town
function education(o = {}) {
  const towns = TOWNS.slice(0, 9);
  const d = towns.map(n => { const sc = ri(3, 14), cls = ri(sc * 6, sc * 18), st = ri(cls * 30, cls * 45), te = ri(st / 19, st / 12); return { n, sc, cls, st, g: ri(st * 0.45, st * 0.49), lb: ri(st * 0.05, st * 0.3), te }; });
  const t = { n: o.totalLabel || '合计' }; ['sc', 'cls', 'st', 'g', 'lb', 'te'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['2025年秋季各乡镇小学基本情况'], ['乡镇', '学校数\n（所）', '班级数\n（个）', '在校学生\n（人）', '其中：女生', '其中：留守儿童', '专任教师\n（人）', '生师比', '班额\n（人/班）']];
  const line = x => [x.n, x.sc, x.cls, o.text ? TS(x.st) : x.st, x.g, x.lb, x.te, o.ratioStr ? fx(x.st / x.te, 1) + ':1' : N(x.st / x.te, 1), N(x.st / x.cls, 1)];
  if (o.totalTop) rows.push(line(t));
  d.forEach(x => rows.push(line(x)));
  if (!o.totalTop) rows.push(line(t));
  return [{ name: '小学', rows }];
}
T('48_教育_小学.xlsx', () => education(), [0, '马坊乡', 6, 'x1.25']);
T('49_教育_比例文本_总计在上.xlsx', () => education({ ratioStr: true, totalTop: true, totalLabel: '全县', text: true }));

// 教育 transposed: 学段 rows, towns columns
T('50_教育_横表.xlsx', () => {
  const towns = TOWNS.slice(0, 6);
  const stages = ['幼儿园', '小学', '初中'];
  const data = towns.map(() => stages.map(() => { const st = ri(300, 4000); return { sc: ri(2, 12), st, te: ri(st / 18, st / 10) }; }));
  const rows = [['各乡镇分学段学校及学生'], ['项目', '全县', ...towns]];
  const row = (lab, f) => { const vals = towns.map((_, i) => f(i)); rows.push([lab, sum(vals), ...vals]); };
  row('学校数（所）', i => sum(data[i].map(x => x.sc)));
  stages.forEach((s, k) => row('  ' + s, i => data[i][k].sc));
  row('在校学生（人）', i => sum(data[i].map(x => x.st)));
  stages.forEach((s, k) => row('  ' + s, i => data[i][k].st));
  row('专任教师（人）', i => sum(data[i].map(x => x.te)));
  stages.forEach((s, k) => row('  ' + s, i => data[i][k].te));
  return [{ name: '分学段', rows }];
}, [0, '在校学生（人）', 3, '+40']);

// 卫生 by town
function health(o = {}) {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const pop = ri(15000, 60000), beds = ri(20, 120), ht = ri(beds * 0.8, beds * 1.6), doc = ri(ht * 0.3, ht * 0.45), nur = ri(ht * 0.3, ht * 0.45); return { n, pop, vc: ri(8, 30), beds, ht, doc, nur, out: ri(20000, 120000) }; });
  const t = { n: o.totalLabel || '合计' }; ['pop', 'vc', 'beds', 'ht', 'doc', 'nur', 'out'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['乡镇卫生院及村卫生室情况'], ['乡镇', '常住人口（人）', '村卫生室（个）', '卫生院床位（张）', '卫生技术人员（人）', '其中：执业（助理）医师', '注册护士', '诊疗人次（人次）', '每千人口床位（张）', '每千人口卫技人员（人）']];
  const line = x => [x.n, x.pop, x.vc, x.beds, x.ht, x.doc, x.nur, o.wan ? N(x.out / 1e4, 2) : x.out, N(x.beds / x.pop * 1000, 2), N(x.ht / x.pop * 1000, 2)];
  d.forEach(x => rows.push(line(x))); rows.push(line(t));
  if (o.wan) rows[1][7] = '诊疗人次（万人次）';
  return [{ name: '卫生', rows }];
}
T('51_卫生_乡镇.xlsx', () => health(), [0, '城关镇', 5, '+60']);
T('52_卫生_万人次.xlsx', () => health({ wan: true, totalLabel: '全县' }));

// 卫生 YoY with 上年同期 | 本期 | 增减 | 增长%, indicators as rows
T('53_卫生_同比指标行.xlsx', () => {
  const items = [['诊疗人次', '人次'], ['  其中：门急诊人次', '人次'], ['入院人数', '人'], ['出院人数', '人'], ['住院手术', '例'], ['家庭医生签约人数', '人']];
  const rows = [['县域医疗服务量（1-9月）'], ['指标', '单位', '上年同期', '本期', '增减', '增长%']];
  const a0 = ri(400000, 700000), b0 = Math.round(a0 * rf(0.95, 1.12));
  const vals = [[a0, b0], [ri(a0 * 0.8, a0 * 0.9), ri(b0 * 0.8, b0 * 0.9)]];
  for (let i = 2; i < items.length; i++) { const a = ri(5000, 90000); vals.push([a, Math.round(a * rf(0.9, 1.15))]); }
  items.forEach((it, i) => { const [a, b] = vals[i]; rows.push([it[0], it[1], a, b, b - a, N((b - a) / a * 100, 1)]); });
  return [{ name: '医疗服务', rows }];
}, [0, '入院人数', 3, '+900']);

// 民政 by town: 低保 特困
function welfare(o = {}) {
  const towns = TOWNS.slice(0, 10);
  const d = towns.map(n => { const hh = ri(80, 600), p = ri(hh * 1.3, hh * 2.2), tk = ri(10, 80), amt = (p * rf(330, 420) + tk * rf(600, 800)) * 12 / 1e4; return { n, hh, p, tk, amt, tmp: ri(5, 80) }; });
  const t = { n: o.totalLabel || '合计' }; ['hh', 'p', 'tk', 'amt', 'tmp'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['2025年城乡低保及特困供养情况'], ['单位：户、人、万元、人次'], ['乡镇', '低保户数', '低保人数', '特困供养人数', '发放资金', '临时救助', '户均人数', '备注']];
  const line = (x, i) => [x.n, x.hh, x.p, x.tk, o.text ? fx(x.amt, 2) + ' ' : N(x.amt, 2), x.tmp, N(x.p / x.hh, 2), i === 2 ? '含城市低保12户' : i === 7 ? '年中调标' : ''];
  if (o.totalTop) rows.push(line(t, -1));
  d.forEach((x, i) => rows.push(line(x, i)));
  if (!o.totalTop) rows.push(line(t, -1));
  return [{ name: '民政', rows }];
}
T('54_民政_低保.xlsx', () => welfare(), [0, '石桥乡', 2, '+30']);
T('55_民政_文本万元_合计在上.xlsx', () => welfare({ text: true, totalTop: true, totalLabel: '全县总计' }));

// 民政 quarter: 临时救助 by quarter columns + 全年
T('56_临时救助_季度列.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const q = [0, 1, 2, 3].map(() => ri(0, 30)); return { n, q, y: sum(q) }; });
  const t = { n: '合 计', q: [0, 1, 2, 3].map(k => sum(d.map(x => x.q[k]))) }; t.y = sum(t.q);
  const rows = [['临时救助人次（分季度）'], ['乡镇', '一季度', '二季度', '三季度', '四季度', '全年']];
  [...d, t].forEach(x => rows.push([x.n, ...x.q.map(DZ), x.y]));
  return [{ name: '临时救助', rows }];
}, [0, '柳林镇', 5, '+4']);

// ---------- more clerk variants of the coverage sheet ----------
T('57_覆盖_社会组织覆盖.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const so = ri(5, 40), own = ri(0, so * 0.3), jo = ri(0, 3), jc = jo ? ri(jo * 2, Math.max(jo * 2, (so - own) * 0.6)) : 0; return { n, so, own, jo, jc: Math.min(jc, so - own) }; });
  d.forEach(x => { if (x.jo && x.jc < 2 * x.jo) { x.jo = 0; x.jc = 0; } x.cov = x.own + x.jc; });
  const t = { n: '全县' }; ['so', 'own', 'jo', 'jc', 'cov'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['社会组织党组织覆盖情况'], ['乡镇', '社会组织数（个）', '单独建立党组织（个）', '联合党组织', '', '党组织覆盖社会组织数（个）', '覆盖率（%）'], ['', '', '', '个数', '覆盖社会组织数', '', '']];
  [...d, t].forEach(x => rows.push([x.n, x.so, DZ(x.own), DZ(x.jo), DZ(x.jc), x.cov, x.cov ? N(x.cov / x.so * 100, 1) : '0.0']));
  return [{ name: '社会组织覆盖', rows, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:G3'] }];
}, [0, '桃源镇', 5, '+2']);

// 规上/规下 enterprises with 其中 rows under the total (row-wise 其中)
T('58_企业分类_其中行.xlsx', () => {
  const cats = ['规模以上工业企业', '限额以上商贸企业', '建筑业企业', '房地产开发企业', '规模以上服务业企业', '其他非公企业'];
  const d = cats.map(n => { const ent = ri(10, 200), own = ri(1, ent * 0.5), jc = ri(0, (ent - own) * 0.5); return { n, ent, own, jc, cov: own + jc }; });
  const t = { n: '非公企业合计' }; ['ent', 'own', 'jc', 'cov'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const hi = { n: '其中：高新技术企业' }; hi.ent = ri(5, d[0].ent); hi.own = ri(1, Math.min(hi.ent, t.own) * 0.6); hi.jc = ri(0, (hi.ent - hi.own) * 0.4); hi.cov = hi.own + hi.jc;
  const rows = [['按企业类型分党组织覆盖'], ['企业类型', '企业数（家）', '单独组建（家）', '联合覆盖（家）', '覆盖企业数（家）', '覆盖率（%）']];
  [t, ...d, hi].forEach(x => rows.push([x.n, x.ent, x.own, x.jc, x.cov, N(x.cov / x.ent * 100, 1)]));
  return [{ name: '分类型', rows }];
}, [0, '建筑业企业', 4, '+3']);

// per-town sheets + 汇总 sheet (common for a clerk collecting from towns)
T('59_各镇分表_汇总.xlsx', () => {
  const towns = TOWNS.slice(0, 4);
  const sheets = [];
  const summ = [];
  towns.forEach(tn => {
    const vs = pick(VIL, ri(4, 7)).map(v => { const pm = ri(15, 90); return { n: v, pm, f: ri(pm * 0.15, pm * 0.3), dv: ri(0, 4) }; });
    const s = { n: '全镇', pm: sum(vs.map(x => x.pm)), f: sum(vs.map(x => x.f)), dv: sum(vs.map(x => x.dv)) };
    const rows = [[tn + '党员统计'], ['村', '党员数', '其中女党员', '当年发展党员', '女党员占比%']];
    [...vs, s].forEach(x => rows.push([x.n, x.pm, x.f, DZ(x.dv), N(x.f / x.pm * 100, 1)]));
    sheets.push({ name: tn, rows }); summ.push({ ...s, n: tn });
  });
  const t = { n: '全县', pm: sum(summ.map(x => x.pm)), f: sum(summ.map(x => x.f)), dv: sum(summ.map(x => x.dv)) };
  const rows = [['汇总'], ['乡镇', '党员数', '其中女党员', '当年发展党员', '女党员占比%']];
  [...summ, t].forEach(x => rows.push([x.n, x.pm, x.f, x.dv, N(x.f / x.pm * 100, 1)]));
  return [{ name: '汇总', rows }, ...sheets];
}, [0, '河口镇', 2, '+6']);

// 台账 ledger: one row per enterprise, with a 合计 row counting
T('60_台账_逐企业.xlsx', () => {
  const rows = [['非公企业党建台账（城关镇）'], ['序号', '企业名称', '所属村（社区）', '职工人数（人）', '党员数（名）', '组建方式', '党组织名称', '建立时间']];
  const names = ['宏达机械有限公司', '绿源农业科技有限公司', '恒通物流有限公司', '金穗面粉有限公司', '鑫源建材有限公司', '华康医药连锁店', '顺发汽车修理厂', '佳美服饰有限公司', '丰泽食品有限公司', '瑞丰纸业有限公司', '万家福超市', '天成电子有限公司'];
  let se = 0, sp = 0;
  names.forEach((n, i) => { const e = ri(8, 400), p = ri(0, Math.min(e, 25)); se += e; sp += p; const way = p >= 3 ? '单独组建' : p > 0 ? '联合组建' : '选派指导员'; rows.push([i + 1, n, pick(VIL, 1)[0], e, DZ(p), way, p >= 3 ? n.replace(/有限公司|店|厂|超市/, '') + '党支部' : p > 0 ? '城关镇非公企业联合党支部' : '', p > 0 ? `20${ri(15, 24)}.${ri(1, 12)}` : '']); });
  rows.push(['', '合计', '', se, sp, '', '', '']);
  return [{ name: '台账', rows }];
}, [0, '合计', 3, '+10']);

// 合计 row first, typed numbers that include text "家" units in cells
T('61_覆盖_带单位文本.xlsx', () => {
  const towns = TOWNS.slice(0, 6);
  const d = towns.map(n => { const ent = ri(20, 120), own = ri(2, ent * 0.3), jc = ri(0, (ent - own) * 0.4); return { n, ent, own, jc, cov: own + jc }; });
  const t = { n: '全县' }; ['ent', 'own', 'jc', 'cov'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['非公企业党组织覆盖'], ['乡镇', '企业数', '单独组建企业数', '联合覆盖企业数', '覆盖企业数', '覆盖率']];
  [t, ...d].forEach(x => rows.push([x.n, x.ent + '家', x.own + '家', x.jc + '家', x.cov + '家', PS(x.cov / x.ent * 100)]));
  return [{ name: 'Sheet1', rows }];
}, [0, '柳林镇', 4, '+3']);

// header with 序号 and 单位 in column C, figures from D
T('62_序号_单位列.xlsx', () => {
  const items = ['非公企业数', '  其中：已建党组织', '社会组织数', '  其中：已建党组织', '两新组织党员数', '党建指导员数', '本年发展党员', '  其中：两新组织'];
  const towns = TOWNS.slice(0, 5);
  const v = towns.map(() => { const a = ri(30, 200), b = ri(3, a * 0.4), c = ri(5, 30), dd = ri(0, c * 0.5), pm = ri(80, 600), ins = ri(3, 12), dv = ri(10, 40), dv2 = ri(0, dv * 0.5); return [a, b, c, dd, pm, ins, dv, dv2]; });
  const rows = [['乡镇两新组织党建基本情况表'], ['序号', '指标名称', '计量单位', '合计', ...towns]];
  const units = ['家', '家', '个', '个', '名', '名', '名', '名'];
  items.forEach((it, k) => rows.push([k + 1, it, units[k], sum(v.map(x => x[k])), ...v.map(x => x[k])]));
  return [{ name: '基本情况', rows }];
}, [0, '两新组织党员数', 5, '+8']);

// 党员 age groups: sum across columns = total; shares per row
T('63_党员年龄结构.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const a = [ri(20, 120), ri(50, 200), ri(60, 250), ri(80, 300), ri(100, 400)]; return { n, a, t: sum(a) }; });
  const t = { n: '全县', a: [0, 1, 2, 3, 4].map(k => sum(d.map(x => x.a[k]))) }; t.t = sum(t.a);
  const rows = [['党员年龄结构'], ['乡镇', '党员总数', '30岁及以下', '31-40岁', '41-50岁', '51-60岁', '61岁及以上', '60岁以上占比（%）']];
  [...d, t].forEach(x => rows.push([x.n, x.t, ...x.a, N(x.a[4] / x.t * 100, 1)]));
  return [{ name: '年龄', rows }];
}, [0, '双河镇', 3, '+15']);

// 党员 education with 小计 at top labelled by 全县 and towns in 排名 order by 党员数
T('64_党员学历_排序.xlsx', () => {
  const towns = TOWNS.slice(0, 9);
  const d = towns.map(n => { const a = [ri(10, 80), ri(40, 200), ri(100, 300), ri(100, 400)]; return { n, a, t: sum(a) }; }).sort((x, y) => y.t - x.t);
  const t = { n: '全县', a: [0, 1, 2, 3].map(k => sum(d.map(x => x.a[k]))) }; t.t = sum(t.a);
  const rows = [['党员学历结构（按党员数排序）'], ['排名', '乡镇', '党员数', '研究生', '大学本科', '大学专科', '高中及以下', '大专以上占比（%）']];
  rows.push(['', t.n, t.t, ...t.a, N((t.a[0] + t.a[1] + t.a[2]) / t.t * 100, 1)]);
  d.forEach((x, i) => rows.push([i + 1, x.n, x.t, ...x.a, N((x.a[0] + x.a[1] + x.a[2]) / x.t * 100, 1)]));
  return [{ name: '学历', rows }];
}, [0, 4, 4, '+9']);

// 农业 机械 with 千瓦 rounded and 万元
T('65_农机_万千瓦.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const kw = rf(1.2, 6.5), tr = ri(100, 900), hv = ri(10, 120), sub = rf(20, 150); return { n, kw, tr, hv, sub }; });
  const t = { n: '全县', kw: sum(d.map(x => x.kw)), tr: sum(d.map(x => x.tr)), hv: sum(d.map(x => x.hv)), sub: sum(d.map(x => x.sub)) };
  const rows = [['农业机械拥有量'], ['乡镇', '农机总动力（万千瓦）', '拖拉机（台）', '联合收割机（台）', '购机补贴（万元）']];
  [...d, t].forEach(x => rows.push([x.n, N(x.kw, 2), x.tr, x.hv, N(x.sub, 1)]));
  return [{ name: '农机', rows }];
}, [0, '马坊乡', 2, '+60']);

// 教育: 高考 / 学前 enrolment rate
T('66_学前毛入园率.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const age = ri(400, 2500), enr = ri(age * 0.85, age * 1.02); return { n, age, enr, pub: ri(enr * 0.4, enr * 0.8) }; });
  const t = { n: '合计', age: sum(d.map(x => x.age)), enr: sum(d.map(x => x.enr)), pub: sum(d.map(x => x.pub)) };
  const rows = [['学前教育入园情况'], ['乡镇', '3-5岁适龄儿童（人）', '在园幼儿（人）', '其中：公办园在园', '毛入园率（%）', '公办园在园占比（%）']];
  [...d, t].forEach(x => rows.push([x.n, x.age, x.enr, x.pub, N(x.enr / x.age * 100, 1), N(x.pub / x.enr * 100, 1)]));
  return [{ name: '学前', rows }];
}, [0, '杨庄乡', 3, 'x1.5']);

// 卫生: 两癌筛查 with 应检/实检/检查率 per quarter sheet
T('67_两癌筛查_季度.xlsx', () => {
  const towns = TOWNS.slice(0, 6);
  const sheets = [];
  const yr = towns.map(() => ({ a: 0, b: 0 }));
  ['一季度', '二季度', '三季度', '四季度'].forEach(q => {
    const rows = [['两癌筛查进度（' + q + '）'], ['乡镇', '任务数（人）', '完成数（人）', '完成率（%）']];
    const d = towns.map((n, i) => { const a = ri(200, 600), b = ri(a * 0.7, a); yr[i].a += a; yr[i].b += b; return { n, a, b }; });
    const t = { n: '合计', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)) };
    [...d, t].forEach(x => rows.push([x.n, x.a, x.b, N(x.b / x.a * 100, 1)]));
    sheets.push({ name: q, rows });
  });
  const rows = [['两癌筛查进度（全年）'], ['乡镇', '任务数（人）', '完成数（人）', '完成率（%）']];
  const t = { a: sum(yr.map(x => x.a)), b: sum(yr.map(x => x.b)) };
  yr.forEach((x, i) => rows.push([towns[i], x.a, x.b, N(x.b / x.a * 100, 1)])); rows.push(['合计', t.a, t.b, N(t.b / t.a * 100, 1)]);
  sheets.push({ name: '全年', rows });
  return sheets;
}, [2, '河口镇', 2, '+25']);

// 民政: 村委会换届 with 女性占比 and 书记主任一肩挑
T('68_村两委_一肩挑.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const v = ri(8, 25), mem = ri(v * 4, v * 6); return { n, v, one: ri(v * 0.7, v), mem, f: ri(mem * 0.2, mem * 0.35), y: ri(mem * 0.1, mem * 0.3) }; });
  const t = { n: '全县' }; ['v', 'one', 'mem', 'f', 'y'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['村“两委”班子成员情况'], ['乡镇', '行政村（个）', '书记主任“一肩挑”（个）', '“一肩挑”比例（%）', '两委成员（名）', '其中：女性', '35岁以下', '女性占比（%）']];
  [...d, t].forEach(x => rows.push([x.n, x.v, x.one, N(x.one / x.v * 100, 1), x.mem, x.f, x.y, N(x.f / x.mem * 100, 1)]));
  return [{ name: '两委', rows }];
}, [0, '桃源镇', 2, '+4']);

// 人口 with 万人 rounded per cell, 全县 total rounded from exact
T('69_人口_万人.xlsx', () => {
  const towns = TOWNS.slice(0, 10);
  const d = towns.map(n => { const p = ri(15000, 90000), u = ri(p * 0.1, p * 0.6); return { n, p, u }; });
  const t = { n: '全县', p: sum(d.map(x => x.p)), u: sum(d.map(x => x.u)) };
  const rows = [['常住人口及城镇化率'], ['乡镇', '常住人口（万人）', '城镇人口（万人）', '城镇化率（%）']];
  [t, ...d].forEach(x => rows.push([x.n, N(x.p / 1e4, 2), N(x.u / 1e4, 2), N(x.u / x.p * 100, 1)]));
  return [{ name: '城镇化', rows }];
}, [0, '杨庄乡', 2, '+0.5']);

// 发展党员 by category with 其中 rows and shares of total
T('70_发展党员_分类占比.xlsx', () => {
  const tot = ri(300, 600);
  const parts = [ri(tot * 0.3, tot * 0.45), ri(tot * 0.1, tot * 0.2), ri(tot * 0.05, tot * 0.12)];
  const rest = tot - sum(parts);
  const young = ri(tot * 0.5, tot * 0.8), fem = ri(tot * 0.3, tot * 0.45), hi = ri(tot * 0.4, tot * 0.7);
  const rows = [['2025年发展党员结构'], ['项目', '人数（名）', '占发展党员总数（%）'], ['发展党员总数', tot, N(100, 1)],
    ['  农牧渔民', parts[0], N(parts[0] / tot * 100, 1)], ['  工人', parts[1], N(parts[1] / tot * 100, 1)], ['  非公企业和社会组织从业人员', parts[2], N(parts[2] / tot * 100, 1)], ['  其他', rest, N(rest / tot * 100, 1)],
    ['其中：35岁及以下', young, N(young / tot * 100, 1)], ['      女性', fem, N(fem / tot * 100, 1)], ['      大专及以上', hi, N(hi / tot * 100, 1)]];
  return [{ name: '发展党员', rows }];
}, [0, '  工人', 1, '+20']);

// 两新 instructor 排名 with ties and 平均 row
T('71_指导员_平均行.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => ({ n, ins: ri(3, 10), vis: ri(20, 120), prob: ri(5, 40), sol: 0 }));
  d.forEach(x => x.sol = ri(x.prob * 0.6, x.prob));
  const t = { n: '合计' }; ['ins', 'vis', 'prob', 'sol'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['党建指导员履职情况'], ['乡镇', '指导员（名）', '走访企业（次）', '收集问题（个）', '解决问题（个）', '解决率（%）']];
  [...d, t].forEach(x => rows.push([x.n, x.ins, x.vis, x.prob, x.sol, N(x.sol / x.prob * 100, 1)]));
  rows.push(['平均', N(t.ins / 8, 1), N(t.vis / 8, 1), N(t.prob / 8, 1), N(t.sol / 8, 1), N(t.sol / t.prob * 100, 1)]);
  return [{ name: '履职', rows }];
}, [0, '城关镇', 4, '+6']);


// ---------- extra clerk layouts ----------
// 合计 label typed in the 序号 column and merged across A:B
T('72_合计跨序号列合并.xlsx', () => {
  const sh = coverage({ seq: true, totalLabel: '合计' })[0];
  const ti = sh.rows.findIndex(rw => rw[1] === '合计'); sh.rows[ti][0] = '合计'; sh.rows[ti][1] = '';
  sh.merges.push(`A${ti + 1}:B${ti + 1}`);
  return [sh];
}, [0, '河口镇', 3, '+5']);
// units on their own row under the header: （家）（个）（%）
T('73_单位行在表头下.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const ent = ri(20, 150), own = ri(2, ent * 0.3), jc = ri(0, (ent - own) * 0.5); return { n, ent, own, jc, cov: own + jc, pm: ri(own * 3, own * 8 + 5) }; });
  const t = { n: '合计' }; ['ent', 'own', 'jc', 'cov', 'pm'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['非公企业党组织覆盖情况'], ['乡镇', '企业数', '单独组建', '联合覆盖', '覆盖企业数', '覆盖率', '党员数'], ['', '（家）', '（家）', '（家）', '（家）', '（%）', '（名）']];
  [...d, t].forEach(x => rows.push([x.n, x.ent, x.own, x.jc, x.cov, N(x.cov / x.ent * 100, 1), x.pm]));
  return [{ name: 'Sheet1', rows }];
}, [0, '马坊乡', 4, '+4']);
// 增长% where last year is 0 typed as "-", counts 0 typed as "0.0"
T('74_同比_上年为零.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map((n, i) => { const a = i === 2 ? 0 : ri(1, 20), b = ri(0, 25); return { n, a, b }; });
  const t = { n: '合计', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)) };
  const rows = [['两新组织发展党员同比'], ['乡镇', '上年同期（名）', '本期（名）', '增减（名）', '增长（%）']];
  [...d, t].forEach(x => rows.push([x.n, x.a === 0 ? '0.0' : x.a, x.b === 0 ? '0.0' : x.b, x.b - x.a, x.a ? N((x.b - x.a) / x.a * 100, 1) : '-']));
  return [{ name: '同比', rows }];
}, [0, '柳林镇', 2, '+3']);
// total row rate typed as "85.3%" string, town rows as numbers; 合计 at top, 备注 text in a number column
T('75_合计行文本百分号.xlsx', () => {
  const towns = TOWNS.slice(0, 7);
  const d = towns.map(n => { const ent = ri(20, 150), cov = ri(ent * 0.3, ent * 0.9); return { n, ent, cov }; });
  const t = { n: '全县', ent: sum(d.map(x => x.ent)), cov: sum(d.map(x => x.cov)) };
  const rows = [['党组织覆盖率'], ['乡镇', '非公企业数（家）', '党组织覆盖企业数（家）', '党组织覆盖率（%）', '备注']];
  rows.push([t.n, t.ent, t.cov, PS(t.cov / t.ent * 100), '']);
  d.forEach((x, i) => rows.push([x.n, x.ent, x.cov, N(x.cov / x.ent * 100, 1), i === 3 ? '含2家个体' : '']));
  return [{ name: 'Sheet1', rows }];
});
// blank spacer row between header and data, and between data and 合计
T('76_空行分隔.xlsx', () => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(n => { const so = ri(5, 40), po = ri(0, so * 0.5); return { n, so, po, pm: ri(po * 3, po * 6 + 2) }; });
  const t = { n: '合 计' }; ['so', 'po', 'pm'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = [['社会组织党组织覆盖'], ['乡镇', '社会组织数（个）', '已建党组织（个）', '覆盖率（%）', '党员数（名）'], []];
  d.forEach(x => rows.push([x.n, x.so, DZ(x.po), N(x.po / x.so * 100, 1), x.pm]));
  rows.push([]); rows.push([t.n, t.so, t.po, N(t.po / t.so * 100, 1), t.pm]);
  return [{ name: 'Sheet1', rows }];
}, [0, '石桥乡', 4, '+6']);

// ---------- writing ----------
async function write(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name, sh.freeze ? { views: [{ state: 'frozen', ySplit: sh.freeze }] } : {});
    sh.rows.forEach((row, i) => row.forEach((v, j) => {
      if (v === '' || v === undefined || v === null) return;
      const cell = ws.getCell(i + 1, j + 1);
      if (v && typeof v === 'object') {
        if (v.formula) cell.value = { formula: v.formula, result: v.result };
        else { cell.value = v.v; if (v.f) cell.numFmt = v.f; }
      } else cell.value = v;
      if (typeof v === 'string' && v.includes('\n')) cell.alignment = { wrapText: true };
    }));
    (sh.merges || []).forEach(m => ws.mergeCells(m));
    (sh.hidden || []).forEach(rr => { ws.getRow(rr).hidden = true; });
    ws.getColumn(1).width = 16; ws.getColumn(2).width = 16;
  }
  await wb.xlsx.writeFile(file);
}

function findRow(rows, key) {
  if (typeof key === 'number') { // key-th data row: index counted after the header (first row whose col0/1 is a town/village name)
    const idx = rows.map((rw, i) => i).filter(i => rows[i].some((c, j) => j < 3 && typeof c === 'string' && (TOWNS.includes(c.trim()) || VIL.includes(c.trim()))));
    return idx[key];
  }
  return rows.findIndex(rw => rw.slice(0, 3).some(c => c === key || (typeof c === 'string' && c.trim() === key.trim() && key.trim() !== '')));
}
function valOf(c) { if (c && typeof c === 'object') return c.formula ? c.result : c.v; return c; }
function mutate(cell, mode) {
  const isObj = cell && typeof cell === 'object';
  const orig = valOf(cell);
  let num, kind = 'num', dec = 0, suffix = '';
  if (typeof orig === 'string') {
    const m = orig.match(/^\s*(-?[\d,]+(?:\.(\d+))?)(.*)$/);
    num = Number(m[1].replace(/,/g, '')); dec = (m[2] || '').length; suffix = m[3]; kind = 'text';
  } else { num = orig; dec = isObj && cell.f ? ((cell.f.split('.')[1] || '').replace(/%/, '').length) : (String(orig).split('.')[1] || '').length; if (isObj && cell.f && cell.f.includes('%')) dec += 2; }
  let nv;
  if (mode[0] === '+') nv = r(num + Number(mode.slice(1)), dec);
  else nv = r(num * Number(mode.slice(1)), dec);
  if (nv === num) nv = r(num + (dec ? 1 : 3), dec);
  let out;
  if (kind === 'text') out = nv.toFixed(dec) + suffix; else if (isObj) out = cell.formula ? { formula: cell.formula, result: nv } : { v: nv, f: cell.f }; else out = nv;
  return { orig, out, planted: valOf(out) };
}

(async () => {
  for (const d of ['clean', 'planted']) { fs.rmSync(path.join(OUT, d), { recursive: true, force: true }); fs.mkdirSync(path.join(OUT, d)); }
  const manifest = [];
  for (const t of tables) {
    const s0 = seed;
    const sheets = t.build();
    await write(path.join(OUT, 'clean', t.file), sheets);
    if (!t.plant) continue;
    const [si, key, col, mode] = t.plant; const sh = sheets[si];
    const ri0 = findRow(sh.rows, key);
    if (ri0 === undefined || ri0 < 0) { console.error('plant row not found', t.file, key); continue; }
    const cell = sh.rows[ri0][col];
    if (cell === '-' || cell === '' || cell === undefined) { console.error('plant cell empty', t.file, key, col, cell); continue; }
    const m = mutate(cell, mode);
    const copy = sheets.map(s => ({ ...s, rows: s.rows.map(rw => rw.slice()) }));
    copy[si].rows[ri0][col] = m.out;
    await write(path.join(OUT, 'planted', t.file), copy);
    manifest.push({ file: t.file, sheet: sh.name, cell: addr(ri0, col), label: String(sh.rows[ri0].slice(0, 3).filter(Boolean).join('|')), old: m.orig, new: m.planted, mode });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', tables.length, 'planted', manifest.length);
})();
