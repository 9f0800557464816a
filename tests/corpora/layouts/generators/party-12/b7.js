const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const XR = (x, d) => { const y = Number((x * 10 ** d).toPrecision(15)); return Math.sign(y) * Math.round(Math.abs(y)) / 10 ** d; };
const rate = (a, b, d = 1) => b ? { v: XR(a / b * 100, d), d } : '—';
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 77 period headers as real Excel dates
for (const v of [0, 1]) book(`77${v ? 'b' : ''}_覆盖企业数（日期表头）.xlsx`, wb => {
  const ws = wb.addWorksheet('对比');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const a = ri(20, 200); return { a, b: a + ri(0, 30) }; });
  const T = addc(data, ['a', 'b']);
  put(ws, 1, 1, '非公企业党组织覆盖企业数变化'); ws.mergeCells(1, 1, 1, 4);
  put(ws, 2, 1, '乡镇'); ws.getCell(2, 2).value = new Date(Date.UTC(2024, 11, 31)); ws.getCell(2, 3).value = new Date(Date.UTC(2025, 5, 30)); ws.getCell(2, 2).numFmt = ws.getCell(2, 3).numFmt = v ? 'yyyy"年"m"月"d"日"' : 'yyyy-mm-dd'; put(ws, 2, 4, '增加（家）');
  const rows = [...names.map((n, i) => [n, data[i].a, data[i].b, data[i].b - data[i].a]), ['合计', T.a, T.b, T.b - T.a]];
  rows.forEach((r, i) => r.forEach((x, j) => put(ws, 3 + i, j + 1, x)));
  return mk('对比', 3 + rows.length - 1, 3, 'count');
});

// 79 序号 column with total label merged across A:B
for (const v of [0, 1]) book(`79${v ? 'b' : ''}_合计跨序号列合并.xlsx`, wb => {
  const ws = wb.addWorksheet('表2');
  const names = pick(COUNTIES, 8);
  const data = names.map(() => { const e = ri(50, 600), b = ri(Math.round(e * 0.3), Math.round(e * 0.8)); const own = ri(Math.round(b * 0.5), b); return { e, b, own, jn: b - own }; });
  const T = addc(data, ['e', 'b', 'own', 'jn']);
  const line = (i, n, d) => [i, n, d.e, d.b, d.own, d.jn, rate(d.b, d.e)];
  const rows = names.map((n, i) => line(i + 1, n, data[i])); const tl = line('合计', '', T);
  if (v) rows.unshift(tl); else rows.push(tl);
  const t = table(ws, { title: '非公有制企业党组织覆盖情况', head: [['序号', '县（市、区）', '企业数', '覆盖企业数', '单独组建', '联合组建', '覆盖率（%）']], rows });
  const tr = t.r0 + (v ? 0 : rows.length - 1); ws.mergeCells(tr, 1, tr, 2);
  return mk('表2', tr, 3, 'count');
});

// 80 long layout: county (merged over 2 rows) × 类别 (非公企业 / 社会组织), total pair on top; variant with 小计 row per county
for (const v of [0, 1]) book(`80${v ? 'b' : ''}_两新组织分县区分类别（长表）.xlsx`, wb => {
  const ws = wb.addWorksheet('长表');
  const names = pick(COUNTIES, 6);
  const blk = (lo, hi) => { const n = ri(lo, hi), b = ri(Math.round(n * 0.3), n); return { n, b, pm: ri(b, b * 4 + 2) }; };
  const data = names.map(() => [blk(100, 800), blk(10, 120)]);
  const TE = addc(data.map(d => d[0]), ['n', 'b', 'pm']), TS = addc(data.map(d => d[1]), ['n', 'b', 'pm']);
  const cats = ['非公有制企业', '社会组织'];
  const line = (a, c, d) => [a, c, d.n, d.b, rate(d.b, d.n), d.pm];
  const rows = []; const merges = [];
  const push = (label, pair) => { const start = rows.length; if (v) rows.push(line(label, '小计', addc(pair, ['n', 'b', 'pm']))); rows.push(line(v ? '' : label, cats[0], pair[0]), line('', cats[1], pair[1])); merges.push([start, rows.length - 1]); };
  push('全市', [TE, TS]); names.forEach((n, i) => push(n, data[i]));
  const t = table(ws, { title: '两新组织党组织覆盖情况（分县区、分类别）', head: [['县区', '类别', '单位数', '已建党组织', '覆盖率（%）', '党员数']], rows });
  for (const [a, b] of merges) ws.mergeCells(t.r0 + a, 1, t.r0 + b, 1);
  return mk('长表', t.r0, 3, 'count');
});

// 75 rate typed 0 where base is 0 (no '—')
for (const v of [0, 1]) book(`75${v ? 'b' : ''}_新设园区覆盖率填零.xlsx`, wb => {
  const ws = wb.addWorksheet('园区');
  const names = ['经济开发区', '高新技术产业园区', '临港物流园', '数字经济产业园', '文旅创意园'];
  const data = names.map((_, i) => { if (i === names.length - 1) return { e: 0, b: 0 }; const e = ri(10, 120); return { e, b: ri(Math.round(e * 0.3), e) }; });
  const T = addc(data, ['e', 'b']);
  const line = (n, d) => [n, d.e, d.b, d.e ? rate(d.b, d.e) : { v: 0, d: 1 }];
  const rows = [line('合计', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '园区非公企业党组织覆盖情况', head: [['园区', '入驻企业数（家）', '已建党组织企业（家）', '覆盖率（%）']], rows, notes: ['注：文旅创意园为2025年新设园区，尚无入驻企业。'] });
  return mk('园区', t.r0, 3, 'count');
});
