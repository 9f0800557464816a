const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const XR = (x, d) => { const y = Number((x * 10 ** d).toPrecision(15)); return Math.sign(y) * Math.round(Math.abs(y)) / 10 ** d; };
const rate = (a, b, d = 1) => b ? { v: XR(a / b * 100, d), d } : '—';
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 70 province: 企业数 / 覆盖企业数 typed as “万” text (2 decimals), rate from exact counts
for (const v of [0, 1]) book(`70${v ? 'b' : ''}_全省非公企业覆盖（万家文本）.xlsx`, wb => {
  const ws = wb.addWorksheet('全省');
  const names = pick(CITIES, 10);
  const data = names.map(() => { const e = ri(12000, 90000); return { e, b: ri(Math.round(e * 0.4), Math.round(e * 0.7)) }; });
  const T = addc(data, ['e', 'b']);
  const w = x => R(x / 10000, 2).toFixed(2) + '万';
  const line = (n, d) => [n, w(d.e), w(d.b), rate(d.b, d.e)];
  const rows = [line('全省', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '全省非公有制企业党组织覆盖情况', head: [['市', '企业数（家）', '覆盖企业数（家）', '覆盖率（%）']], rows, notes: ['注：企业数按万家计，覆盖率按实际户数计算。'] });
  return mk('全省', t.r0 + 2, 4, 'rate', 1);
});

// 71 上年 | 本年 | 增（减） | 增长（%） for party members, neutral title
for (const v of [0, 1]) book(`71${v ? 'b' : ''}_两新组织党员数（上年本年）.xlsx`, wb => {
  const ws = wb.addWorksheet('党员');
  const names = pick(COUNTIES, 8);
  const a = names.map(() => ri(500, 4000)); const b = a.map(x => x + ri(-Math.round(x * 0.1), Math.round(x * 0.2)));
  const A = sum(a), B = sum(b);
  const line = (n, x, y) => [n, x, y, y - x, { v: XR((y - x) / x * 100, 1), d: 1 }];
  const rows = [line('全市', A, B), ...names.map((n, i) => line(n, a[i], b[i]))];
  const t = table(ws, { title: '两新组织党员数', unit: '单位：名、%', head: [['县区', '上年', '本年', v ? '本年增（减）' : '增（减）', '增长（%）']], rows });
  return mk('党员', t.r0, 4, 'count');
});

// 72 发展党员计划: 计划 | 完成 | 超（欠） per quarter block
for (const v of [0, 1]) book(`72${v ? 'b' : ''}_两新组织发展党员计划执行.xlsx`, wb => {
  const ws = wb.addWorksheet('计划');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const p = ri(3, 20); return { p, d: Math.max(0, p + ri(-4, 3)) }; });
  const T = addc(data, ['p', 'd']);
  const line = (n, x) => [n, x.p, x.d, x.d - x.p, rate(x.d, x.p)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '2025年两新组织发展党员计划执行情况', unit: '单位：名、%', head: [['乡镇', '计划数', '完成数', v ? '超（欠）' : '超（欠）计划', '完成率']], rows });
  return mk('计划', t.r0 + rows.length - 1, 2, 'count');
});
