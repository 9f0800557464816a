const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const XR = (x, d) => { const y = Number((x * 10 ** d).toPrecision(15)); return Math.sign(y) * Math.round(Math.abs(y)) / 10 ** d; };
const rate = (a, b, d = 1) => b ? { v: XR(a / b * 100, d), d } : '—';
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 50 年初 | 年末 | 增（减）（个） for 党组织 and 党员
for (const v of [0, 1]) book(`50${v ? 'b' : ''}_两新党组织和党员增减（增（减）栏）.xlsx`, wb => {
  const ws = wb.addWorksheet('增减');
  const names = pick(TOWNS, 9);
  const data = names.map(() => { const o0 = ri(10, 80), p0 = ri(50, 600); return { o0, o1: Math.max(0, o0 + ri(-6, 8)), p0, p1: Math.max(0, p0 + ri(-40, 60)) }; });
  const T = addc(data, ['o0', 'o1', 'p0', 'p1']);
  const line = (n, d) => [n, d.o0, d.o1, d.o1 - d.o0, d.p0, d.p1, d.p1 - d.p0];
  const rows = names.map((n, i) => line(n, data[i])); if (v) rows.unshift(line('全县', T)); else rows.push(line('合计', T));
  const t = table(ws, { title: '两新组织党组织和党员数量增减情况', head: [['乡镇（街道）', '党组织数', '', '', '党员数', '', ''], ['', '年初（个）', '年末（个）', '增（减）（个）', '年初（名）', '年末（名）', '增（减）（名）']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7]], rows });
  return mk('增减', t.r0 + (v ? 0 : rows.length - 1), 4, 'count');
});

// 51 目标 | 完成 | 完成数与目标差
for (const v of [0, 1]) book(`51${v ? 'b' : ''}_选派指导员目标完成差额.xlsx`, wb => {
  const ws = wb.addWorksheet('指导员');
  const names = pick(COUNTIES, 8);
  const data = names.map(() => { const g = ri(10, 60); return { g, d: Math.max(0, g + ri(-8, 6)) }; });
  const T = addc(data, ['g', 'd']);
  const line = (n, d) => [n, d.g, d.d, d.d - d.g, rate(d.d, d.g)];
  const rows = [line('全市', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '党建工作指导员选派任务完成情况', head: [['县区', '选派目标（名）', '已选派（名）', v ? '与目标差（名）' : '完成数与目标差（名）', '完成率（%）']], rows, notes: ['注：差额为负表示未完成。'] });
  return mk('指导员', t.r0, 3, 'count');
});

// 52 province 党员 with mixed numeric and “万” text cells
for (const v of [0, 1]) book(`52${v ? 'b' : ''}_全省两新党员（大市以万计）.xlsx`, wb => {
  const ws = wb.addWorksheet('党员');
  const names = pick(CITIES, 12);
  const data = names.map((_, i) => ({ pm: i < 4 ? ri(12000, 60000) : ri(2000, 9999), org: ri(200, 4000) }));
  const T = addc(data, ['pm', 'org']);
  const wv = x => x >= 10000 ? (R(x / 10000, 1)).toFixed(1) + '万' : x;
  const line = (n, d) => [n, d.org, wv(d.pm)];
  const rows = [...names.map((n, i) => line(n, data[i])), line('全省', T)];
  const t = table(ws, { title: '全省新兴领域党组织和党员', head: [['市', '党组织（个）', '党员（名）']], rows, notes: ['注：党员数1万名以上的按万名计，保留一位小数。'] });
  return mk('党员', t.r0 + rows.length - 1, 2, 'count');
});

// 53 助企纾困 loans as text with 万元 / 亿元
for (const v of [0, 1]) book(`53${v ? 'b' : ''}_党建引领助企纾困红星贷.xlsx`, wb => {
  const ws = wb.addWorksheet('红星贷');
  const names = pick(COUNTIES, 7);
  const data = names.map(() => ({ e: ri(2, 15), amt: ri(3000, 40000) * 1000 }));  // yuan, multiples of 1000 -> exact 0.1万
  const T = addc(data, ['e', 'amt']);
  const money = x => x >= 1e8 ? (R(x / 1e8, 2)).toFixed(2) + '亿元' : (x / 1e4).toFixed(1).replace(/\.0$/, '') + '万元';
  const line = (n, d) => [n, d.e, money(d.amt)];
  const rows = [line('合计', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '“红星贷”发放情况', head: [['县区', '获贷企业（户）', '贷款金额']], rows });
  return mk('红星贷', t.r0, 2, 'count');
});

// 54 诉求办理: 受理 | 办结 | 办结率, numbers in 万件 for province
for (const v of [0, 1]) book(`54${v ? 'b' : ''}_企业诉求办理情况.xlsx`, wb => {
  const ws = wb.addWorksheet('诉求');
  const names = pick(CITIES, 10);
  const data = names.map(() => { const r = ri(800, 6000); return { r, c: ri(Math.round(r * 0.85), r) }; });
  const T = addc(data, ['r', 'c']);
  const line = (n, d) => v ? [n, F(d.r / 1e4, 2), F(d.c / 1e4, 2), rate(d.c, d.r)] : [n, d.r, d.c, rate(d.c, d.r)];
  const rows = [line('全省', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '企业诉求受理办结情况', head: [['市', v ? '受理诉求（万件）' : '受理诉求（件）', v ? '办结（万件）' : '办结（件）', '办结率（%）']], rows, notes: v ? ['注：办结率按件数计算。'] : [] });
  return mk('诉求', t.r0 + 2, 4, 'rate', 1);
});

// 57 乡镇合计 + 县直 = 全县总计 (two totals at bottom)
for (const v of [0, 1]) book(`57${v ? 'b' : ''}_乡镇合计与县直单位.xlsx`, wb => {
  const ws = wb.addWorksheet('统计');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const e = ri(20, 200), b = ri(Math.round(e * 0.3), Math.round(e * 0.8)); return { e, b, pm: ri(b, b * 5) }; });
  const S = addc(data, ['e', 'b', 'pm']); const X = (() => { const e = ri(10, 60), b = ri(5, e); return { e, b, pm: ri(b, b * 4) }; })();
  const T = addc([S, X], ['e', 'b', 'pm']);
  const line = (n, d) => [n, d.e, d.b, rate(d.b, d.e), d.pm];
  const rows = [...names.map((n, i) => line(n, data[i])), line('乡镇合计', S), line(v ? '县直管企业' : '县直单位', X), line('全县总计', T)];
  const t = table(ws, { title: '非公企业党建统计表', head: [['单位', '企业数', '已建党组织企业数', '覆盖率（%）', '党员数']], rows });
  return mk('统计', t.r0 + rows.length - 1, 3, 'count');
});

// 58 units in a second header row
for (const v of [0, 1]) book(`58${v ? 'b' : ''}_社会组织党建（单位在第二表头行）.xlsx`, wb => {
  const ws = wb.addWorksheet('社会组织');
  const names = pick(COUNTIES, 8);
  const data = names.map(() => { const n = ri(20, 200), b = ri(Math.round(n * 0.3), n); return { n, b, pm: ri(b, b * 4), ins: ri(1, 20) }; });
  const T = addc(data, ['n', 'b', 'pm', 'ins']);
  const line = (nm, d) => [nm, d.n, d.b, rate(d.b, d.n), d.pm, d.ins];
  const rows = [line('合计', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '社会组织党建工作情况', head: [['县区', '社会组织数', '已建党组织数', '覆盖率', '党员数', '党建工作指导员'], ['', '（个）', '（个）', '（%）', '（名）', '（名）']], merges: [[0, 1, 1, 1]], rows });
  return mk('社会组织', t.r0, 2, 'count');
});

// 59 rates with 0 decimals
for (const v of [0, 1]) book(`59${v ? 'b' : ''}_覆盖率取整.xlsx`, wb => {
  const ws = wb.addWorksheet('覆盖');
  const names = pick(TOWNS, 9);
  const data = names.map(() => { const e = ri(10, 150); return { e, b: ri(Math.round(e * 0.3), e) }; });
  const T = addc(data, ['e', 'b']);
  const line = (n, d) => [n, d.e, d.b, rate(d.b, d.e, 0)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '非公企业党组织覆盖情况', head: [['乡镇', '企业数（家）', '已覆盖（家）', '覆盖率（%）']], rows });
  return mk('覆盖', t.r0 + rows.length - 1, 4, 'rate', 0);
});
