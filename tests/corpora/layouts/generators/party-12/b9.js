const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const XR = (x, d) => { const y = Number((x * 10 ** d).toPrecision(15)); return Math.sign(y) * Math.round(Math.abs(y)) / 10 ** d; };
const rate = (a, b, d = 1) => b ? { v: XR(a / b * 100, d), d } : '—';
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 90 indicators as columns, periods as rows: 上年末 / 本年末 / 增（减） / 增长（%）
for (const v of [0, 1]) book(`90${v ? 'b' : ''}_全县两新党建指标（时期为行）.xlsx`, wb => {
  const ws = wb.addWorksheet('指标');
  const a = { e: ri(800, 3000), s: ri(100, 500), o: ri(150, 600), p: ri(1500, 6000) };
  const b = { e: a.e + ri(-80, 150), s: a.s + ri(-30, 20), o: a.o + ri(-25, 40), p: a.p + ri(-200, 300) };
  const K = ['e', 's', 'o', 'p'];
  const rows = [['上年末', ...K.map(k => a[k])], ['本年末', ...K.map(k => b[k])], [v ? '增（减）' : '比上年增（减）', ...K.map(k => b[k] - a[k])], ['增长（%）', ...K.map(k => ({ v: XR((b[k] - a[k]) / a[k] * 100, 1), d: 1 }))]];
  const t = table(ws, { title: '全县两新组织党建主要指标', head: [['项目', '非公企业数（家）', '社会组织数（个）', '党组织数（个）', '党员数（名）']], rows });
  return mk('指标', t.r0 + 2, 2, 'count');
});

// 91 增减 typed as signed text “+12” / “-3”
for (const v of [0, 1]) book(`91${v ? 'b' : ''}_覆盖企业增减（带正负号文本）.xlsx`, wb => {
  const ws = wb.addWorksheet('增减');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const s = ri(20, 200); return { s, e: Math.max(0, s + ri(-12, 20)) }; });
  const T = addc(data, ['s', 'e']);
  const sg = x => x > 0 ? '+' + x : String(x);
  const line = (n, d) => [n, d.s, d.e, sg(d.e - d.s)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '非公企业党组织覆盖企业数', unit: '单位：家', head: [['乡镇', '年初', '年末', v ? '增减（±）' : '增减']], rows });
  return mk('增减', t.r0 + rows.length - 1, 2, 'count');
});

// 95 无党员企业 年初 | 年末 | 减少（家） | 下降（%） where some rose (negative 减少)
for (const v of [0, 1]) book(`95${v ? 'b' : ''}_无党员企业减少情况.xlsx`, wb => {
  const ws = wb.addWorksheet('无党员');
  const names = pick(COUNTIES, 8);
  const data = names.map((_, i) => { const s = ri(100, 900); return { s, e: i === 2 ? s + ri(3, 20) : ri(Math.round(s * 0.4), s) }; });
  const T = addc(data, ['s', 'e']);
  const line = (n, d) => [n, d.s, d.e, d.s - d.e, { v: XR((d.s - d.e) / d.s * 100, 1), d: 1 }];
  const rows = [line('全市', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '无党员非公企业数量变化', head: [['县区', '年初无党员企业（家）', '年末无党员企业（家）', '减少（家）', '下降（%）']], rows, notes: ['注：减少为负数表示增加。'] });
  return mk('无党员', t.r0, 4, 'count');
});
