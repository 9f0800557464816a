const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const XR = (x, d) => { const y = Number((x * 10 ** d).toPrecision(15)); return Math.sign(y) * Math.round(Math.abs(y)) / 10 ** d; };
const rate = (a, b, d = 1) => b ? { v: XR(a / b * 100, d), d } : '—';
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 44 signed difference columns with different headers
const SIGNED = ['比年初增（+）减（－）', '差额（个）', '净增减'];
SIGNED.forEach((h, v) => book(`44${'abc'[v]}_党组织数比年初变化（${['增减符号', '差额', '净增减'][v]}）.xlsx`, wb => {
  const ws = wb.addWorksheet('变化');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const s = ri(10, 90); return { s, e: Math.max(0, s + ri(-8, 10)) }; });
  const T = addc(data, ['s', 'e']);
  const line = (n, d) => [n, d.s, d.e, d.e - d.s];
  const rows = [line('合计', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '非公企业党组织数量变化', unit: '单位：个', head: [['乡镇', '年初数', '年末数', h]], rows });
  return mk('变化', t.r0, 4, 'count');
}));

// 45 党建经费 in 万元 with 1 decimal, each figure rounded from yuan
for (const v of [0, 1]) book(`45${v ? 'b' : ''}_两新党建工作经费（万元）.xlsx`, wb => {
  const ws = wb.addWorksheet('经费');
  const names = pick(COUNTIES, 9);
  const data = names.map(() => { const a = ri(50000, 900000), b = ri(20000, 400000); return { a, b, t: a + b }; });
  const T = addc(data, ['a', 'b', 't']);
  const wy = x => F(x / 10000, v ? 2 : 1);
  const line = (n, d) => [n, wy(d.t), wy(d.a), wy(d.b)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '两新组织党建工作经费保障情况', unit: '单位：万元', head: [['县区', '经费合计', '财政专项拨款', '党费返还及其他']], rows });
  return mk('经费', t.r0 + rows.length - 1, 2, 'rate', v ? 2 : 1);
});

// 46 党员 in 万名 numeric (1 decimal), counts of orgs exact
for (const v of [0, 1]) book(`46${v ? 'b' : ''}_全省新兴领域党员（万名数值）.xlsx`, wb => {
  const ws = wb.addWorksheet('全省');
  const names = pick(CITIES, 14);
  const data = names.map(() => ({ pm: ri(3000, 50000), org: ri(300, 5000) }));
  const T = addc(data, ['pm', 'org']);
  const line = (n, d) => [n, d.org, F(d.pm / 10000, 1)];
  const rows = [line('全省', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '全省新兴领域党组织和党员数', head: [['市', '党组织（个）', '党员（万名）']], rows });
  return mk('全省', t.r0, 2, 'count');
});

// 47 企业数 | 其中：规上 | 从业人员 | 党员 — columns after the 其中 column are not parts
for (const v of [0, 1]) book(`47${v ? 'b' : ''}_乡镇非公企业基本情况（其中后接人数）.xlsx`, wb => {
  const ws = wb.addWorksheet('基本情况');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const e = ri(20, 200), g = ri(2, Math.round(e * 0.2)), w = ri(e * 8, e * 40), p = ri(e, e * 3), b = ri(Math.round(e * 0.2), Math.round(e * 0.6)); return { e, g, w, p, b }; });
  const T = addc(data, ['e', 'g', 'w', 'p', 'b']);
  const line = (n, d) => v ? [n, d.e, d.g, d.b, d.w, d.p] : [n, d.e, d.g, d.w, d.p, d.b];
  const rows = [line('合计', T), ...names.map((n, i) => line(n, data[i]))];
  const head = v ? ['乡镇', '企业数（家）', '其中：规模以上企业（家）', '已建党组织企业（家）', '从业人员（人）', '党员（名）'] : ['乡镇', '企业数（家）', '其中：规上企业（家）', '从业人员（人）', '党员（名）', '已建党组织企业（家）'];
  const t = table(ws, { title: '各乡镇非公企业及党建基本情况', head: [head], rows });
  return mk('基本情况', t.r0, 2, 'count');
});

// 48 1-3月 | 4-6月 | 1-6月 (cumulative column)
for (const v of [0, 1]) book(`48${v ? 'b' : ''}_社会组织新建党组织（分季累计）.xlsx`, wb => {
  const ws = wb.addWorksheet('分季');
  const names = pick(COUNTIES, 8); const nq = v ? 3 : 2;
  const data = names.map(() => Array.from({ length: nq }, () => ri(0, 9)));
  const labs = ['1-3月', '4-6月', '7-9月'].slice(0, nq);
  const line = (n, a) => [n, ...a, sum(a)];
  const tot = data[0].map((_, j) => sum(data.map(d => d[j])));
  const rows = [line('全市', tot), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '社会组织新建党组织情况', unit: '单位：个', head: [['县区', ...labs, v ? '1-9月累计' : '1-6月累计']], rows });
  return mk('分季', t.r0 + 3, nq + 2, 'count');
});

// 49 growth with zero base ('—'), 增减（个百分点）
for (const v of [0, 1]) book(`49${v ? 'b' : ''}_社会组织党建同比（含新设区）.xlsx`, wb => {
  const ws = wb.addWorksheet('同比');
  const names = pick(COUNTIES, 8);
  const a = names.map((_, i) => { if (i === 3) return { n: 0, b: 0 }; const n = ri(10, 120); return { n, b: ri(Math.round(n * 0.3), n) }; });
  const b = a.map((x, i) => { const n = i === 3 ? ri(3, 12) : x.n + ri(-3, 15); return { n, b: Math.min(n, Math.max(0, x.b + ri(-2, 10))) }; });
  const A = addc(a, ['n', 'b']), B = addc(b, ['n', 'b']);
  const line = (nm, x, y) => { const r0 = x.n ? XR(x.b / x.n * 100, 1) : null, r1 = XR(y.b / y.n * 100, 1); return [nm, x.n, y.n, x.n ? { v: XR((y.n - x.n) / x.n * 100, 1), d: 1 } : '—', r0 == null ? '—' : F(r0, 1), F(r1, 1), r0 == null ? '—' : F(r1 - r0, 1)]; };
  const rows = [line('全市', A, B), ...names.map((n, i) => line(n, a[i], b[i]))];
  const t = table(ws, { title: '社会组织数量及党组织覆盖率同比', head: [['县区', '社会组织数', '', '', '党组织覆盖率（%）', '', ''], ['', '上年', '本年', '增长（%）', '上年', '本年', '增减（个百分点）']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7]], rows });
  return mk('同比', t.r0, 4, 'rate', 1);
});
