const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const XR = (x, d) => { const y = Number((x * 10 ** d).toPrecision(15)); return Math.sign(y) * Math.round(Math.abs(y)) / 10 ** d; };
const rate = (a, b, d = 1) => b ? { v: XR(a / b * 100, d), d } : '—';
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 60 年初 | 年末 | 增（减） with unit row 单位：个, neutral title
for (const v of [0, 1]) book(`60${v ? 'b' : ''}_社会组织党组织数（年末统计）.xlsx`, wb => {
  const ws = wb.addWorksheet('年报');
  const names = pick(COUNTIES, 8);
  const data = names.map(() => { const s = ri(10, 90); return { s, e: Math.max(0, s + ri(-7, 9)) }; });
  const T = addc(data, ['s', 'e']);
  const line = (n, d) => [n, d.e, d.s, d.e - d.s];
  const rows = [line('全市', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '2025年社会组织党组织统计（年报）', unit: '单位：个', head: [['县区', '年末数', '年初数', v ? '比年初增（减）' : '增（减）']], rows });
  return mk('年报', t.r0, 2, 'count');
});

// 62 净增（名） with negatives
for (const v of [0, 1]) book(`62${v ? 'b' : ''}_两新党员队伍进出情况.xlsx`, wb => {
  const ws = wb.addWorksheet('进出');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const a = ri(0, 20), b = ri(0, 25), c = ri(0, 10), d = ri(0, 5); return { a, b, c, d, n: a + b - c - d }; });
  const T = addc(data, ['a', 'b', 'c', 'd', 'n']);
  const line = (nm, d) => [nm, d.a, d.b, d.c, d.d, d.n];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '2025年两新组织党员队伍进出情况', head: [['乡镇', '发展党员（名）', '转入（名）', '转出（名）', '出党及死亡（名）', v ? '净增（名）' : '净增加（名）']], rows });
  return mk('进出', t.r0 + rows.length - 1, 3, 'count');
});

// 66 党员 as “1.9万名” text at province level (article style)
for (const v of [0, 1]) book(`66${v ? 'b' : ''}_全省新兴领域党建概况（万名文本）.xlsx`, wb => {
  const ws = wb.addWorksheet('概况');
  const names = pick(CITIES, 8);
  const data = names.map(() => ({ pm: ri(15000, 40000), org: ri(1500, 6000), ins: ri(500, 3000) }));
  const T = addc(data, ['pm', 'org', 'ins']);
  const w = x => R(x / 10000, 1).toFixed(1) + '万名';
  const line = (n, d) => [n, d.org + '个', w(d.pm), d.ins + '名'];
  const rows = [line('全省', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '全省新兴领域党建基本情况', head: [['市', '党组织', '党员', '党建工作指导员']], rows });
  return mk('概况', t.r0, 4, 'count');
});

// 68 党费: 应交 | 实交 | 超（欠）交 (元, 2 decimals) | 收缴率
for (const v of [0, 1]) book(`68${v ? 'b' : ''}_两新党组织党费收缴情况.xlsx`, wb => {
  const ws = wb.addWorksheet('党费');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const a = ri(200000, 3000000); const b = a + ri(-Math.round(a * 0.05), Math.round(a * 0.02)); return { a, b }; }); // in fen
  const T = addc(data, ['a', 'b']);
  const yuan = f => F(f / 100, 2);
  const line = (n, d) => [n, yuan(d.a), yuan(d.b), yuan(d.b - d.a), rate(d.b, d.a, 1)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '两新组织党组织党费收缴情况', head: [['乡镇', '应交党费（元）', '实交党费（元）', v ? '超（欠）交（元）' : '多交（少交）（元）', '收缴率（%）']], rows });
  return mk('党费', t.r0 + rows.length - 1, 3, 'rate', 2);
});

// 69 same as 50 but neutral title (no 增减 in title)
for (const v of [0, 1]) book(`69${v ? 'b' : ''}_两新组织党组织和党员年度统计.xlsx`, wb => {
  const ws = wb.addWorksheet(v ? 'Sheet1' : '年度统计');
  const names = pick(TOWNS, 9);
  const data = names.map(() => { const o0 = ri(10, 80), p0 = ri(50, 600); return { o0, o1: Math.max(0, o0 + ri(-6, 8)), p0, p1: Math.max(0, p0 + ri(-40, 60)) }; });
  const T = addc(data, ['o0', 'o1', 'p0', 'p1']);
  const line = (n, d) => [n, d.o0, d.o1, d.o1 - d.o0, d.p0, d.p1, d.p1 - d.p0];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '两新组织党组织和党员年度统计表', head: [['乡镇（街道）', '党组织数', '', '', '党员数', '', ''], ['', '年初（个）', '年末（个）', '增（减）（个）', '年初（名）', '年末（名）', '增（减）（名）']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7]], rows });
  return mk(ws.name, t.r0 + rows.length - 1, 4, 'count');
});
