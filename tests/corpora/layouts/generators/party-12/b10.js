const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const XR = (x, d) => { const y = Number((x * 10 ** d).toPrecision(15)); return Math.sign(y) * Math.round(Math.abs(y)) / 10 ** d; };
const rate = (a, b, d = 1) => b ? { v: XR(a / b * 100, d), d } : '—';
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 92 regions, 合计, 上年同期, 同比增（减） rows (monthly report)
for (const v of [0, 1]) book(`92${v ? 'b' : ''}_发展党员月报（上年同期行）.xlsx`, wb => {
  const ws = wb.addWorksheet('月报');
  const names = pick(TOWNS, 8);
  const data = names.map(() => ({ a: ri(0, 30), b: ri(0, 15), c: ri(0, 8) }));
  const T = addc(data, ['a', 'b', 'c']); const L = { a: T.a + ri(-10, 25), b: T.b + ri(-5, 12), c: T.c + ri(-4, 6) };
  const line = (n, d) => [n, d.a, d.b, d.c];
  const rows = [...names.map((n, i) => line(n, data[i])), line('合计', T), line('上年同期', L), [v ? '增（减）' : '同比增（减）', T.a - L.a, T.b - L.b, T.c - L.c]];
  const t = table(ws, { title: '两新组织发展党员工作进度（截至6月底）', unit: '单位：名', head: [['乡镇', '递交入党申请书', '确定积极分子', '发展党员']], rows });
  return mk('月报', t.r0 + names.length, 2, 'count');
});

// 94 transposed: rows 2024年 / 2025年 / 增（减）, counties as columns with 全市
for (const v of [0, 1]) book(`94${v ? 'b' : ''}_各县区党组织数两年对比（县区为列）.xlsx`, wb => {
  const ws = wb.addWorksheet('对比');
  const names = pick(COUNTIES, 7);
  const a = names.map(() => ri(30, 300)); const b = a.map(x => Math.max(0, x + ri(-15, 25)));
  const A = [sum(a), ...a], B = [sum(b), ...b];
  const rows = [['2024年', ...A], ['2025年', ...B], [v ? '增（减）' : '比上年增（减）', ...B.map((x, i) => x - A[i])]];
  const t = table(ws, { title: '各县区两新组织党组织数', unit: '单位：个', head: [['年份', '全市', ...names]], rows });
  return mk('对比', t.r0 + 1, 2, 'count');
});
