const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUTD = process.env.OUT || __dirname;
let seed = Number(process.env.SEED || 20020);
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function rate(n, d, dec = 1) { if (!d) return 0; const f = Math.pow(10, dec); return Math.round(n * 100 * f / d) / f; }
function frac(n, d, dec = 2) { if (!d) return 0; const f = Math.pow(10, dec); return Math.round(n * f / d) / f; }
const TOWNS = ['城关镇','新华街道','东城街道','西城街道','龙泉镇','石桥镇','白沙乡','黄庄镇','马村乡','青山镇','河口镇','柳林乡','桃园街道','金山镇','杨集镇','高坪乡','大营镇','南关街道'];
const COUNTIES = ['长安区','临川县','凤翔县','永宁县','宜阳区','安平县','清河县','武城县','平原县','夏津县','高新区','经开区'];
function pick(arr, k) { const a = arr.slice(); const out = []; while (out.length < k) out.push(a.splice(ri(0, a.length - 1), 1)[0]); return out; }
function split(T, k) { // split T into k nonneg parts
  const w = Array.from({ length: k }, () => 0.2 + rnd()); const s = w.reduce((a, b) => a + b, 0);
  const p = w.map(x => Math.floor(T * x / s)); p[0] += T - p.reduce((a, b) => a + b, 0); return p; }
function ent(scale = 1) {
  const N = ri(30, 400) * scale; const E = Math.floor(N * (0.3 + rnd() * 0.4));
  const S = Math.floor(E * (0.4 + rnd() * 0.4)); const Lent = Math.min(N - S, ri(3, 40) * scale);
  const Lorg = Math.max(1, Math.floor(Lent / ri(2, 5))); const B = S + Lent;
  const M = ri(2, 8) * S + ri(1, 3) * Lent + ri(0, 30); const W = Math.floor((N - B) * (0.3 + rnd() * 0.5));
  const G = ri(2, 30) * scale;
  return { N, E, S, Lent, Lorg, B, O: S + Lorg, M, W, G };
}
function sumObj(list) { const o = {}; for (const x of list) for (const k in x) if (typeof x[k] === 'number') o[k] = (o[k] || 0) + x[k]; return o; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const files = [];
let CAND = [];
function grid(ws, r0, rows, c0 = 1) {
  rows.forEach((row, i) => { if (!row) return; row.forEach((s, j) => {
    if (s === null || s === undefined) return;
    const cell = ws.getCell(r0 + i, c0 + j);
    if (typeof s === 'object' && !(s instanceof Date) && ('v' in s || 'f' in s)) {
      cell.value = s.f ? { formula: s.f, result: s.v } : s.v; if (s.fmt) cell.numFmt = s.fmt;
      if (s.k) CAND.push({ sheet: ws.name, cell: colL(c0 + j) + (r0 + i), k: s.k });
    } else cell.value = s;
  }); });
  return r0 + rows.length;
}
// cols: [{h, f, t:'c'|'r', fmt}] ; items [{name, d, tot}]
function body(items, cols, labFn) {
  return items.map(it => [...(labFn ? labFn(it) : [it.name]), ...cols.map(c => { const v = c.f(it.d, it); if (v === undefined) return null;
    return { v, fmt: c.fmt, k: c.t ? (it.tot ? (c.t === 'c' ? 't' : 'rt') : c.t) : undefined }; })]);
}
function title(ws, text, n, r = 1) { ws.getCell(r, 1).value = text; ws.mergeCells(r, 1, r, n); }
async function save(wb, name) { await wb.xlsx.writeFile(path.join(OUTD, "clean", name)); files.push({ name, cand: CAND }); CAND = []; }
const builders = []; const B = f => builders.push(f);
const W = () => new ExcelJS.Workbook();
const T = (list) => ({ name: '合计', d: sumObj(list.map(x => x.d)), tot: true });

// 01 党员学历
B(async () => { const wb = W(); const ws = wb.addWorksheet('党员学历');
  const it = pick(TOWNS, 8).map(n => { const M = ri(40, 600); const [a, b, c, d] = split(M, 4); return { name: n, d: { M, a, b, c, d } }; });
  const cols = [{ f: d => d.M, t: 'c' }, { f: d => d.a, t: 'c' }, { f: d => d.b, t: 'c' }, { f: d => d.c, t: 'c' }, { f: d => d.d, t: 'c' }];
  title(ws, '非公有制企业党员学历结构统计表', 6);
  grid(ws, 2, [['乡镇', '党员总数', '研究生', '大学本科', '大学专科', '中专及以下'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r01_edu.xlsx'); });
// 02 党员年龄 by enterprise type, with 占比 of each
B(async () => { const wb = W(); const ws = wb.addWorksheet('年龄结构');
  const it = ['国有控股', '私营企业', '外商投资', '港澳台投资', '股份合作'].map(n => { const M = ri(30, 900); const p = split(M, 4); return { name: n, d: { M, p } }; });
  it.push({ name: '合计', d: { M: it.reduce((a, x) => a + x.d.M, 0), p: [0, 1, 2, 3].map(k => it.reduce((a, x) => a + x.d.p[k], 0)) }, tot: true });
  const cols = [{ f: d => d.M, t: 'c' }]; for (let k = 0; k < 4; k++) { cols.push({ f: d => d.p[k], t: 'c' }); cols.push({ f: d => rate(d.p[k], d.M, 1), t: 'r', fmt: '0.0' }); }
  grid(ws, 1, [['企业类型', '党员总数', '35岁及以下', null, '36至45岁', null, '46至55岁', null, '56岁及以上', null],
    [null, null, '人数', '占比(%)', '人数', '占比(%)', '人数', '占比(%)', '人数', '占比(%)'], ...body(it, cols)]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:B2'); ['C1:D1', 'E1:F1', 'G1:H1', 'I1:J1'].forEach(m => ws.mergeCells(m));
  await save(wb, 'r02_age_share.xlsx'); });
// 03 性别 女党员占比 2 decimals, 少数民族
B(async () => { const wb = W(); const ws = wb.addWorksheet('Sheet1');
  const it = pick(COUNTIES, 7).map(n => { const M = ri(100, 3000); const F = Math.floor(M * (0.2 + rnd() * 0.3)); const Mi = ri(0, 40); return { name: n, d: { M, F, Mi, Ma: M - F } }; });
  const cols = [{ f: d => d.M, t: 'c' }, { f: d => d.Ma, t: 'c' }, { f: d => d.F, t: 'c' }, { f: d => rate(d.F, d.M, 2), t: 'r', fmt: '0.00' }, { f: d => d.Mi, t: 'c' }];
  title(ws, '全市非公企业党员性别民族情况表', 6);
  grid(ws, 2, [['县区', '党员总数', '男', '女', '女党员占比(%)', '少数民族党员'], ...body([T(it), ...it], cols)]);
  await save(wb, 'r03_gender.xlsx'); });
// 04 流动党员 / 组织关系在本单位
B(async () => { const wb = W(); const ws = wb.addWorksheet('党员分布');
  const it = pick(TOWNS, 9).map(n => { const a = ri(20, 400), b = ri(0, 150); const c = Math.floor(b * rnd()); return { name: n, d: { M: a + b, a, b, c } }; });
  const cols = [{ f: d => d.M, t: 'c' }, { f: d => d.a, t: 'c' }, { f: d => d.b, t: 'c' }, { f: d => d.c, t: 'c' }, { f: d => rate(d.a, d.M, 1), t: 'r', fmt: '0.0' }];
  grid(ws, 1, [['乡镇（街道）', '党员总数', '组织关系在本单位党员', '组织关系不在本单位党员（流动党员）', '其中：已纳入流动党员党组织管理', '组织关系转入率(%)'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r04_flow_members.xlsx'); });
// 05 党组织书记情况
B(async () => { const wb = W(); const ws = wb.addWorksheet('书记情况');
  const it = pick(TOWNS, 8).map(n => { const O = ri(5, 80); const zz = ri(0, Math.floor(O / 4)); const jr = O - zz; const cz = Math.floor(jr * rnd() * 0.6); const gl = Math.floor((jr - cz) * rnd()); return { name: n, d: { O, zz, jr, cz, gl } }; });
  const cols = [{ f: d => d.O, t: 'c' }, { f: d => d.zz, t: 'c' }, { f: d => d.jr, t: 'c' }, { f: d => d.cz, t: 'c' }, { f: d => d.gl, t: 'c' }, { f: d => rate(d.cz, d.O, 1), t: 'r', fmt: '0.0' }];
  title(ws, '非公企业党组织书记情况统计表', 7);
  grid(ws, 2, [['乡镇', '党组织书记数', '专职', '兼职', null, null, '出资人担任书记比例(%)'], [null, null, null, '小计', '其中：出资人（主要经营管理者）担任', '其中：企业管理层担任', null]]);
  // restructure: 兼职 小计 then 其中 two
  const rows = body([...it, T(it)], cols);
  grid(ws, 4, rows);
  ws.mergeCells('A2:A3'); ws.mergeCells('B2:B3'); ws.mergeCells('C2:C3'); ws.mergeCells('D2:F2'); ws.mergeCells('G2:G3');
  await save(wb, 'r05_secretaries.xlsx'); });
// 06 党建指导员 by 来源
B(async () => { const wb = W(); const ws = wb.addWorksheet('指导员');
  const it = pick(COUNTIES, 6).map(n => { const p = [ri(5, 60), ri(0, 30), ri(0, 40), ri(0, 20)]; const G = p.reduce((a, b) => a + b, 0); const cov = G * ri(2, 6); return { name: n, d: { G, p, cov } }; });
  it.push({ name: '合计', d: { G: it.reduce((a, x) => a + x.d.G, 0), p: [0, 1, 2, 3].map(k => it.reduce((a, x) => a + x.d.p[k], 0)), cov: it.reduce((a, x) => a + x.d.cov, 0) }, tot: true });
  const cols = [{ f: d => d.G, t: 'c' }, ...[0, 1, 2, 3].map(k => ({ f: d => d.p[k], t: 'c' })), { f: d => d.cov, t: 'c' }];
  grid(ws, 1, [['党建工作指导员选派情况表'], ['单位：名、家'], ['县区', '选派党建指导员总数', '按来源分', null, null, null, '联系服务企业数'], [null, null, '机关干部', '退休干部', '社区(村)干部', '其他', null], ...body(it, cols)]);
  ws.mergeCells('A1:G1'); ws.mergeCells('C3:F3'); ws.mergeCells('A3:A4'); ws.mergeCells('B3:B4'); ws.mergeCells('G3:G4');
  await save(wb, 'r06_instructors.xlsx'); });
// 07 楼宇/园区/商圈 rows with own 其中
B(async () => { const wb = W(); const ws = wb.addWorksheet('集聚区');
  const mk = () => { const N = ri(20, 500); const B = Math.floor(N * (0.2 + rnd() * 0.5)); return { N, B, M: B * ri(2, 6) }; };
  const lou = [mk(), mk()], yuan = [mk(), mk()], sq = [mk(), mk()];
  const grp = (name, arr, subs) => [{ name, d: sumObj(arr) }, ...arr.map((d, k) => ({ name: (k === 0 ? '其中：' : '　　　') + subs[k], d }))];
  const all = sumObj([...lou, ...yuan, ...sq]);
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }];
  grid(ws, 1, [['类别', '入驻企业数', '已建党组织企业数', '覆盖率(%)', '党员数'],
    ...body([{ name: '合计', d: all, tot: true }, ...grp('商务楼宇', lou, ['亿元楼宇', '一般楼宇']), ...grp('产业园区', yuan, ['国家级园区', '省级园区']), ...grp('商圈市场', sq, ['步行街商圈', '专业市场'])], cols)]);
  await save(wb, 'r07_clusters.xlsx'); });
// 08 规上/规下 blocks stacked with section headings then 总计
B(async () => { const wb = W(); const ws = wb.addWorksheet('规上规下');
  const towns = pick(TOWNS, 5); const up = towns.map(n => ({ name: n, d: ent() })); const dn = towns.map(n => ({ name: n, d: ent(2) }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }];
  let r = grid(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数'], ['一、规模以上企业']]);
  r = grid(ws, r, body([...up, { name: '小计', d: sumObj(up.map(x => x.d)), tot: true }], cols));
  r = grid(ws, r, [['二、规模以下企业']]);
  r = grid(ws, r, body([...dn, { name: '小计', d: sumObj(dn.map(x => x.d)), tot: true }], cols));
  grid(ws, r, body([{ name: '总计', d: sumObj([...up, ...dn].map(x => x.d)), tot: true }], cols));
  await save(wb, 'r08_scale_blocks.xlsx'); });
// 09 50人以上企业 应建未建
B(async () => { const wb = W(); const ws = wb.addWorksheet('50人以上');
  const it = pick(TOWNS, 8).map(n => { const N = ri(10, 120); const E = Math.floor(N * (0.3 + rnd() * 0.5)); const Bt = E - ri(0, Math.min(5, E)); return { name: n, d: { N, E, Bt, U: E - Bt } }; });
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.E, t: 'c' }, { f: d => d.Bt, t: 'c' }, { f: d => d.U, t: 'c' }, { f: d => rate(d.Bt, d.E, 1), t: 'r', fmt: '0.0' }];
  grid(ws, 1, [['50人以上非公企业党组织组建情况'], ['乡镇', '50人以上企业数', '有3名以上正式党员企业数（应建）', '已建立党组织企业数', '应建未建企业数', '应建已建率(%)'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r09_50plus.xlsx'); });
// 10 三年行动 targets 完成率 >100
B(async () => { const wb = W(); const ws = wb.addWorksheet('三年行动');
  const it = pick(COUNTIES, 7).map(n => { const tg = ri(10, 80); const dn = Math.floor(tg * (0.6 + rnd() * 0.8)); return { name: n, d: { tg, dn } }; });
  const cols = [{ f: d => d.tg, t: 'c' }, { f: d => d.dn, t: 'c' }, { f: d => rate(d.dn, d.tg, 1), t: 'r', fmt: '0.0' }];
  grid(ws, 1, [['“两新”组织党建三年行动计划推进情况表'], ['县区', '三年目标新建党组织数', '累计完成数', '完成率(%)'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r10_three_year.xlsx'); });
// 11 年度 plan vs actual 差额
B(async () => { const wb = W(); const ws = wb.addWorksheet('计划完成');
  const it = pick(TOWNS, 8).map(n => { const p = ri(2, 30), a = ri(0, 35); return { name: n, d: { p, a, df: a - p } }; });
  const cols = [{ f: d => d.p, t: 'c' }, { f: d => d.a, t: 'c' }, { f: d => d.df, t: 'c' }, { f: d => rate(d.a, d.p, 0), t: 'r', fmt: '0' }];
  grid(ws, 1, [['乡镇', '年度计划新建党组织数', '实际新建数', '差额', '完成率(%)'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r11_plan_actual.xlsx'); });
// 12 覆盖率 two decimals + 单独/联合
B(async () => { const wb = W(); const ws = wb.addWorksheet('覆盖');
  const it = pick(TOWNS, 10).map(n => ({ name: n, d: ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => d.S, t: 'c' }, { f: d => d.Lent, t: 'c' }, { f: d => rate(d.B, d.N, 2), t: 'r', fmt: '0.00' }];
  grid(ws, 1, [['乡镇', '非公企业数', '党组织覆盖企业数', '单独建立党组织企业数', '联合建立党组织覆盖企业数', '党组织覆盖率(%)'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r12_rate_2dec.xlsx'); });
// 13 覆盖率 as 0.xx fractions
B(async () => { const wb = W(); const ws = wb.addWorksheet('覆盖率');
  const it = pick(COUNTIES, 8).map(n => ({ name: n, d: ent(3) }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => frac(d.B, d.N, 2), t: 'r', fmt: '0.00' }];
  grid(ws, 1, [['县区', '企业总数', '已建立党组织企业数', '覆盖率'], ...body([T(it), ...it], cols)]);
  await save(wb, 'r13_rate_fraction.xlsx'); });
// 14 quarterly cumulative sheets
B(async () => { const wb = W();
  const towns = pick(TOWNS, 6); const q = towns.map(() => [ri(0, 5), ri(0, 5), ri(0, 5), ri(0, 5)]); const base = towns.map(() => ent());
  ['一季度', '上半年', '前三季度', '全年'].forEach((nm, k) => { const ws = wb.addWorksheet(nm);
    const it = towns.map((n, i) => { const nw = q[i].slice(0, k + 1).reduce((a, b) => a + b, 0); const d = { N: base[i].N + nw * 2, B: base[i].B + nw, nw }; return { name: n, d }; });
    const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => d.nw, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }];
    grid(ws, 1, [[`2025年${nm}非公企业党建工作进度表`], ['乡镇', '企业数', '已建党组织企业数', '本年累计新建党组织数', '覆盖率(%)'], ...body([...it, T(it)], cols)]); });
  await save(wb, 'r14_quarters_cum.xlsx'); });
// 15 sheet per town + 汇总 with SUM formulas
B(async () => { const wb = W(); const towns = pick(TOWNS, 4); const cats = ['制造业', '批发零售', '建筑业', '服务业'];
  const data = towns.map(() => cats.map(() => { const e = ent(); return { N: e.N, B: e.B, M: e.M }; }));
  towns.forEach((t, i) => { const ws = wb.addWorksheet(t);
    const it = cats.map((c, j) => ({ name: c, d: data[i][j] }));
    grid(ws, 1, [['行业', '企业数', '已建党组织企业数', '党员数'], ...body([...it, T(it)], [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => d.M, t: 'c' }])]); });
  const ws = wb.addWorksheet('汇总');
  const rows = [['行业', '企业数', '已建党组织企业数', '党员数']];
  cats.forEach((c, j) => rows.push([c, ...['N', 'B', 'M'].map((k, m) => ({ f: towns.map(t => `'${t}'!${colL(m + 2)}${j + 2}`).join('+'), v: towns.reduce((a, _, i) => a + data[i][j][k], 0), k: 'c' }))]));
  rows.push(['合计', ...['N', 'B', 'M'].map((k, m) => ({ f: `SUM(${colL(m + 2)}2:${colL(m + 2)}5)`, v: data.reduce((a, tt) => a + tt.reduce((b, x) => b + x[k], 0), 0), k: 't' }))]);
  grid(ws, 1, rows);
  await save(wb, 'r15_town_sheets_sum.xlsx'); });
// 16 社会组织 type x 登记管理机关
B(async () => { const wb = W(); const ws = wb.addWorksheet('社会组织');
  const types = ['社会团体', '民办非企业单位', '基金会']; const lv = ['省级', '市级', '县级'];
  const m = types.map((t, i) => lv.map(() => i === 2 ? ri(0, 6) : ri(10, 300)));
  const rows = types.map((t, i) => [t, { v: m[i].reduce((a, b) => a + b, 0), k: 'c' }, ...m[i].map(v => ({ v, k: 'c' }))]);
  rows.push(['合计', { v: m.flat().reduce((a, b) => a + b, 0), k: 't' }, ...lv.map((_, j) => ({ v: m.reduce((a, r) => a + r[j], 0), k: 't' }))]);
  grid(ws, 1, [['社会组织登记情况（按登记管理机关）'], ['类型', '合计', '登记管理机关', null, null], [null, null, '省级', '市级', '县级'], ...rows]);
  ws.mergeCells('A1:E1'); ws.mergeCells('C2:E2'); ws.mergeCells('A2:A3'); ws.mergeCells('B2:B3');
  await save(wb, 'r16_social_type_level.xlsx'); });
// 17 行业协会商会
B(async () => { const wb = W(); const ws = wb.addWorksheet('协会商会');
  const nm = ['市工商业联合会', '市建筑业协会', '市餐饮行业协会', '市物流协会', '温州商会', '福建商会', '市软件行业协会', '市家具协会'];
  const it = nm.map(n => { const mem = ri(20, 400); const mb = Math.floor(mem * rnd() * 0.4); const pm = ri(0, 12); return { name: n, d: { mem, mb, pm, org: pm >= 3 ? '已建' : '未建' } }; });
  const rows = it.map((x, i) => [i + 1, x.name, { v: x.d.mem, k: 'c' }, { v: x.d.mb, k: 'c' }, { v: rate(x.d.mb, x.d.mem, 1), fmt: '0.0', k: 'r' }, { v: x.d.pm, k: 'c' }, x.d.org]);
  grid(ws, 1, [['序号', '协会商会名称', '会员企业数', '其中已建党组织会员企业数', '会员企业覆盖率(%)', '专职工作人员中党员数', '党组织建立情况'], ...rows]);
  await save(wb, 'r17_associations.xlsx'); });
// 18 rates "-" where base 0 + rows with no enterprises
B(async () => { const wb = W(); const ws = wb.addWorksheet('覆盖');
  const it = pick(TOWNS, 9).map((n, i) => ({ name: n, d: i % 4 === 2 ? { N: 0, B: 0, M: 0 } : ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => d.N ? rate(d.B, d.N, 1) : '-', t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }];
  grid(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r18_dash_zero.xlsx'); });
// 19 rate 0 where base 0, 社会组织
B(async () => { const wb = W(); const ws = wb.addWorksheet('社会组织覆盖');
  const it = pick(TOWNS, 8).map((n, i) => { const N = i % 3 === 1 ? 0 : ri(3, 60); const Bt = Math.floor(N * rnd() * 0.6); return { name: n, d: { N, Bt, M: Bt * ri(3, 8) } }; });
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.Bt, t: 'c' }, { f: d => rate(d.Bt, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }];
  grid(ws, 1, [['乡镇', '社会组织数', '已建立党组织的社会组织数', '党组织覆盖率(%)', '党员数'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r19_zero_rate_zero_base.xlsx'); });
// 20 rate blank where base 0 + 无企业 rows all blank
B(async () => { const wb = W(); const ws = wb.addWorksheet('统计');
  const it = pick(TOWNS, 8).map((n, i) => ({ name: n, d: i % 3 === 0 ? { N: 0, B: 0, E: 0 } : ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.E, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => d.N ? rate(d.B, d.N, 1) : undefined, t: 'r', fmt: '0.0' }];
  grid(ws, 1, [['乡镇', '企业数', '应建党组织企业数', '已建党组织企业数', '覆盖率(%)'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r20_blank_rate.xlsx'); });
// 21 说明 sheet first
B(async () => { const wb = W(); const s = wb.addWorksheet('说明');
  grid(s, 1, [['填表说明'], ['1. 本表统计范围为辖区内正常经营的非公有制企业，统计截至2025年6月30日。'], ['2. 覆盖率=已建立党组织企业数÷企业数×100%，保留1位小数。'], ['3. 应建企业指有3名以上正式党员的企业，共涉及12个乡镇。'], ['4. 表中数据单位：家、名。']]);
  const ws = wb.addWorksheet('数据'); const it = pick(TOWNS, 12).map(n => ({ name: n, d: ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.E, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }];
  grid(ws, 1, [['乡镇', '企业数', '应建党组织企业数', '已建党组织企业数', '覆盖率(%)', '党员数'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r21_notes_sheet.xlsx'); });
// 22 填报人 日期 at bottom
B(async () => { const wb = W(); const ws = wb.addWorksheet('Sheet1');
  const it = pick(TOWNS, 7).map(n => ({ name: n, d: ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => d.O, t: 'c' }, { f: d => d.M, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }];
  let r = grid(ws, 1, [['永宁县非公企业党建工作统计表'], ['填报单位：永宁县委组织部', null, null, null, '2025年12月'], ['乡镇', '企业数', '已建党组织企业数', '党组织数', '党员数', '覆盖率(%)'], ...body([...it, T(it)], cols)]);
  grid(ws, r + 1, [['填报人：李明', null, '审核人：王芳', null, '联系电话：0371-6123456'], ['填报日期：2025年12月31日']]);
  await save(wb, 'r22_filer_footer.xlsx'); });
// 23 区划代码 column
B(async () => { const wb = W(); const ws = wb.addWorksheet('覆盖情况');
  const it = pick(TOWNS, 8).map((n, i) => ({ name: n, code: String(410102001 + i * 3), d: ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }, { f: d => d.G, t: 'c' }];
  const tot = T(it); tot.code = '410102000';
  grid(ws, 1, [['区划代码', '乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数', '党建指导员数'], ...body([tot, ...it], cols, x => [x.code, x.name])]);
  await save(wb, 'r23_region_code.xlsx'); });
// 24 numeric region code + 序号
B(async () => { const wb = W(); const ws = wb.addWorksheet('表1');
  const it = pick(COUNTIES, 7).map((n, i) => ({ name: n, code: 370102 + i * 2, i: i + 1, d: ent(2) }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => d.M, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }];
  const tot = T(it); tot.code = null; tot.i = null;
  grid(ws, 1, [['序号', '区划代码', '县区', '企业数', '已建党组织企业数', '党员数', '覆盖率(%)'], ...body([...it, tot], cols, x => [x.i, x.code, x.name])]);
  await save(wb, 'r24_numeric_code.xlsx'); });
// 25 two-level headers: 党组织数(合计/党委/党总支/党支部) 党员(合计/男/女)
B(async () => { const wb = W(); const ws = wb.addWorksheet('组织与党员');
  const it = pick(TOWNS, 8).map(n => { const w = ri(0, 3), z = ri(0, 8), b = ri(5, 60); const M = ri(50, 700); const F = Math.floor(M * rnd() * 0.45); return { name: n, d: { O: w + z + b, w, z, b, M, Ma: M - F, F } }; });
  const cols = ['O', 'w', 'z', 'b', 'M', 'Ma', 'F'].map(k => ({ f: d => d[k], t: 'c' }));
  grid(ws, 1, [['乡镇', '党组织数', null, null, null, '党员数', null, null], [null, '合计', '党委', '党总支', '党支部', '合计', '男', '女'], ...body([T(it), ...it], cols)]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:E1'); ws.mergeCells('F1:H1');
  await save(wb, 'r25_two_level.xlsx'); });
// 26 transposed: indicators rows, towns columns, 合计 column first
B(async () => { const wb = W(); const ws = wb.addWorksheet('转置');
  const towns = pick(TOWNS, 6); const ds = towns.map(() => ent()); const tot = sumObj(ds);
  const all = [tot, ...ds];
  const ind = [['企业数', d => d.N, 'c'], ['已建党组织企业数', d => d.B, 'c'], ['覆盖率(%)', d => rate(d.B, d.N, 1), 'r'], ['党员数', d => d.M, 'c'], ['党组织数', d => d.O, 'c']];
  grid(ws, 1, [['指标', '合计', ...towns], ...ind.map(([h, f, t]) => [h, ...all.map((d, i) => ({ v: f(d), fmt: t === 'r' ? '0.0' : undefined, k: i === 0 ? (t === 'c' ? 't' : 'rt') : t }))])]);
  await save(wb, 'r26_transposed.xlsx'); });
// 27 合计 / 其中 城区 / 农村 with detail towns
B(async () => { const wb = W(); const ws = wb.addWorksheet('城乡');
  const urb = pick(TOWNS.filter(t => t.includes('街道')), 3).map(n => ({ name: n, d: ent() })); const rur = pick(TOWNS.filter(t => !t.includes('街道')), 4).map(n => ({ name: n, d: ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }];
  grid(ws, 1, [['地区', '企业数', '已建党组织企业数', '覆盖率(%)'], ...body([T([...urb, ...rur]), { name: '其中：街道', d: sumObj(urb.map(x => x.d)) }, { name: '　　　乡镇', d: sumObj(rur.map(x => x.d)) }, ...urb, ...rur], cols)]);
  await save(wb, 'r27_urban_rural.xlsx'); });
// 28 社会组织 党的工作覆盖 (组织覆盖+工作覆盖)
B(async () => { const wb = W(); const ws = wb.addWorksheet('两个覆盖');
  const it = pick(COUNTIES, 7).map(n => { const N = ri(50, 600); const Bt = Math.floor(N * (0.1 + rnd() * 0.3)); const Wk = Math.floor((N - Bt) * (0.3 + rnd() * 0.6)); return { name: n, d: { N, Bt, Wk, C: Bt + Wk } }; });
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.Bt, t: 'c' }, { f: d => rate(d.Bt, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.Wk, t: 'c' }, { f: d => d.C, t: 'c' }, { f: d => rate(d.C, d.N, 1), t: 'r', fmt: '0.0' }];
  grid(ws, 1, [['县区', '社会组织数', '党的组织覆盖数', '组织覆盖率(%)', '通过选派指导员等实现工作覆盖数', '党的工作覆盖总数', '党的工作覆盖率(%)'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r28_social_two_cover.xlsx'); });
// 29 民办非企业 by field
B(async () => { const wb = W(); const ws = wb.addWorksheet('民非');
  const it = ['教育类', '卫生健康类', '养老服务类', '文化体育类', '科技服务类', '其他'].map(n => { const N = ri(5, 300); const Bt = Math.floor(N * rnd() * 0.5); const Pm = Bt + ri(0, 20); return { name: n, d: { N, Bt, Pm, M: Bt * ri(3, 9) + ri(0, 20) } }; });
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.Pm, t: 'c' }, { f: d => d.Bt, t: 'c' }, { f: d => rate(d.Bt, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }];
  grid(ws, 1, [['民办非企业单位党建情况统计表'], ['行业领域', '单位数', '有党员的单位数', '已建党组织单位数', '覆盖率(%)', '党员数'], ...body([T(it), ...it], cols)]);
  await save(wb, 'r29_minfei_fields.xlsx'); });
// 30 基金会 small with 100 rates
B(async () => { const wb = W(); const ws = wb.addWorksheet('基金会');
  const it = pick(COUNTIES, 6).map(n => { const N = ri(1, 5); const Bt = ri(Math.max(0, N - 2), N); return { name: n, d: { N, Bt } }; });
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.Bt, t: 'c' }, { f: d => rate(d.Bt, d.N, 1), t: 'r', fmt: '0.0' }];
  grid(ws, 1, [['县区', '基金会数', '已建党组织数', '覆盖率(%)'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r30_foundations.xlsx'); });
// 31 发展党员 funnel
B(async () => { const wb = W(); const ws = wb.addWorksheet('发展党员');
  const it = pick(TOWNS, 8).map(n => { const a = ri(10, 120); const b = Math.floor(a * (0.4 + rnd() * 0.4)); const c = Math.floor(b * (0.3 + rnd() * 0.5)); const d = Math.floor(c * (0.5 + rnd() * 0.5)); return { name: n, d: { a, b, c, d } }; });
  const cols = ['a', 'b', 'c', 'd'].map(k => ({ f: d => d[k], t: 'c' }));
  grid(ws, 1, [['乡镇', '递交入党申请书人数', '入党积极分子', '发展对象', '新发展党员'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r31_recruit_funnel.xlsx'); });
// 32 percent numFmt fractions
B(async () => { const wb = W(); const ws = wb.addWorksheet('覆盖率');
  const it = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.E, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => d.S, t: 'c' }, { f: d => frac(d.B, d.N, 4), t: 'r', fmt: '0.00%' }, { f: d => frac(d.S, d.E, 4), t: 'r', fmt: '0.00%' }];
  grid(ws, 1, [['乡镇', '企业数', '应建企业数', '已建党组织企业数', '其中单独建立党组织企业数', '党组织覆盖率', '应建单独组建率'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r32_percent_fmt.xlsx'); });
// 33 year comparison 增减 增长率
B(async () => { const wb = W(); const ws = wb.addWorksheet('同比');
  const it = pick(COUNTIES, 7).map(n => { const a = ri(10, 300), b = a + ri(-10, 40); return { name: n, d: { a, b, df: b - a } }; });
  const cols = [{ f: d => d.a, t: 'c' }, { f: d => d.b, t: 'c' }, { f: d => d.df, t: 'c' }, { f: d => rate(d.df, d.a, 1), t: 'r', fmt: '0.0' }];
  grid(ws, 1, [['县区', '2024年党组织数', '2025年党组织数', '增减数', '增长率(%)'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r33_yoy.xlsx'); });
// 34 党员 by 岗位
B(async () => { const wb = W(); const ws = wb.addWorksheet('岗位分布');
  const it = pick(TOWNS, 7).map(n => { const M = ri(30, 500); const p = split(M, 4); return { name: n, d: { M, p } }; });
  it.push({ name: '总计', d: { M: it.reduce((a, x) => a + x.d.M, 0), p: [0, 1, 2, 3].map(k => it.reduce((a, x) => a + x.d.p[k], 0)) }, tot: true });
  grid(ws, 1, [['乡镇', '党员数', '出资人', '企业管理人员', '专业技术人员', '生产经营一线职工'], ...body(it, [{ f: d => d.M, t: 'c' }, ...[0, 1, 2, 3].map(k => ({ f: d => d.p[k], t: 'c' }))])]);
  await save(wb, 'r34_member_posts.xlsx'); });
// 35 出资人 党员
B(async () => { const wb = W(); const ws = wb.addWorksheet('出资人');
  const it = pick(TOWNS, 9).map(n => { const N = ri(30, 300); const P = Math.floor(N * rnd() * 0.2); const S = Math.floor(P * rnd()); return { name: n, d: { N, P, S } }; });
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.P, t: 'c' }, { f: d => rate(d.P, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.S, t: 'c' }];
  grid(ws, 1, [['乡镇', '企业出资人数', '其中党员出资人数', '党员出资人占比(%)', '党员出资人担任党组织书记数'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r35_investors.xlsx'); });
// 36 群团组织
B(async () => { const wb = W(); const ws = wb.addWorksheet('群团组织');
  const it = pick(TOWNS, 8).map(n => { const Bt = ri(5, 80); const g = ri(Math.floor(Bt / 2), Bt + 10), y = ri(0, Bt), f = ri(0, Bt); return { name: n, d: { Bt, g, y, f } }; });
  const cols = [{ f: d => d.Bt, t: 'c' }, { f: d => d.g, t: 'c' }, { f: d => d.y, t: 'c' }, { f: d => d.f, t: 'c' }];
  grid(ws, 1, [['乡镇', '已建党组织企业数', '建立工会企业数', '建立共青团组织企业数', '建立妇联组织企业数'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r36_mass_orgs.xlsx'); });
// 37 rates as text "85.3%"
B(async () => { const wb = W(); const ws = wb.addWorksheet('Sheet1');
  const it = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => rate(d.B, d.N, 1).toFixed(1) + '%', t: 'r' }, { f: d => d.M, t: 'c' }];
  grid(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率', '党员数'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r37_text_percent.xlsx'); });
// 38 商圈市场 商户/个体户
B(async () => { const wb = W(); const ws = wb.addWorksheet('商圈市场');
  const nm = ['中心商圈', '东方建材市场', '农贸批发市场', '小商品城', '汽配城', '夜市街区'];
  const it = nm.map(n => { const sh = ri(80, 900); const gt = Math.floor(sh * (0.5 + rnd() * 0.4)); const pm = ri(0, 30); return { name: n, d: { sh, gt, pm, og: pm >= 3 ? 1 : 0 } }; });
  const cols = [{ f: d => d.sh, t: 'c' }, { f: d => d.gt, t: 'c' }, { f: d => d.pm, t: 'c' }, { f: d => d.og, t: 'c' }];
  grid(ws, 1, [['商圈市场名称', '入驻商户数', '其中个体工商户', '党员经营户数', '党组织数'], ...body([...it, T(it)], cols)]);
  await save(wb, 'r38_markets.xlsx'); });
// 39 two sheets + 两新汇总
B(async () => { const wb = W(); const cs = pick(COUNTIES, 5);
  const a = cs.map(n => ({ name: n, d: ent(2) })); const s = cs.map(n => { const N = ri(30, 300), Bt = Math.floor(N * rnd() * 0.5); return { name: n, d: { N, B: Bt, M: Bt * ri(3, 7) } }; });
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }];
  const hdr = (w) => ['县区', w + '数', '已建党组织' + w + '数', '覆盖率(%)', '党员数'];
  grid(wb.addWorksheet('非公企业'), 1, [hdr('企业'), ...body([...a, T(a)], cols)]);
  grid(wb.addWorksheet('社会组织'), 1, [hdr('社会组织'), ...body([...s, T(s)], cols)]);
  const both = cs.map((n, i) => ({ name: n, d: sumObj([a[i].d, s[i].d]) }));
  grid(wb.addWorksheet('两新组织汇总'), 1, [['县区', '两新组织数', '已建党组织数', '覆盖率(%)', '党员数'], ...body([...both, T(both)], cols)]);
  await save(wb, 'r39_two_new_summary.xlsx'); });
// 40 monthly new orgs + cumulative
B(async () => { const wb = W(); const ws = wb.addWorksheet('月报');
  let cum = ri(100, 300); const rows = []; let sn = 0;
  for (let m = 1; m <= 12; m++) { const n = ri(0, 9); cum += n; sn += n; rows.push([m + '月', { v: n, k: 'c' }, { v: cum, k: 'c' }]); }
  grid(ws, 1, [['月份', '当月新建党组织数', '累计党组织数'], ...rows, ['全年', { v: sn, k: 't' }, { v: cum, k: 't' }]]);
  await save(wb, 'r40_monthly_cum.xlsx'); });
// 41 大型/中型/小型/微型 rows with 其中
B(async () => { const wb = W(); const ws = wb.addWorksheet('规模');
  const sz = ['大型企业', '中型企业', '小型企业', '微型企业'].map(n => ({ name: n, d: ent() }));
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => d.O, t: 'c' }, { f: d => d.M, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }];
  const all = T(sz); all.name = '非公企业合计';
  grid(ws, 1, [['企业规模', '企业数', '已建党组织企业数', '党组织数', '党员数', '覆盖率(%)'], ...body([all, ...sz.map((x, i) => ({ ...x, name: (i === 0 ? '其中：' : '') + x.name }))], cols)]);
  await save(wb, 'r41_size_rows.xlsx'); });
// 42 党建经费 万元 and 人均
B(async () => { const wb = W(); const ws = wb.addWorksheet('经费');
  const it = pick(TOWNS, 7).map(n => { const M = ri(50, 600); const a = ri(5, 80) + ri(0, 99) / 100; const b = ri(2, 40) + ri(0, 99) / 100; return { name: n, d: { M, a: Math.round(a * 100), b: Math.round(b * 100) } }; });
  const tot = T(it);
  const cols = [{ f: d => d.M, t: 'c' }, { f: d => (d.a + d.b) / 100, t: 'c', fmt: '0.00' }, { f: d => d.a / 100, t: 'c', fmt: '0.00' }, { f: d => d.b / 100, t: 'c', fmt: '0.00' }];
  grid(ws, 1, [['党建工作经费保障情况'], ['单位：万元、名'], ['乡镇', '党员数', '党建工作经费合计', '企业管理费列支', '党费返还及财政补助'], ...body([...it, tot], cols)]);
  await save(wb, 'r42_funds.xlsx'); });
// 43 市->县 with 小计 per county and 全市合计
B(async () => { const wb = W(); const ws = wb.addWorksheet('全市');
  const cs = pick(COUNTIES, 3); let items = []; const subs = [];
  for (const c of cs) { const ts = pick(TOWNS, 3).map(n => ({ name: ['', n], d: ent() })); const st = { name: [c, '小计'], d: sumObj(ts.map(x => x.d)), tot: true }; subs.push(st); items.push(...ts, st); }
  items.push({ name: ['全市合计', null], d: sumObj(subs.map(x => x.d)), tot: true });
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }];
  grid(ws, 1, [['县区', '乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数'], ...body(items, cols, x => x.name)]);
  await save(wb, 'r43_county_subtotals.xlsx'); });
// 44 key-value 单位 form with 其中 lines and 区划代码 header
B(async () => { const wb = W(); const ws = wb.addWorksheet('基本情况');
  const d = ent(5); const F = Math.floor(d.M * 0.3); const y = Math.floor(d.M * 0.25);
  grid(ws, 1, [['指标', '计量单位', '数值'], ['非公有制企业数', '家', { v: d.N, k: 'c' }], ['其中：应建立党组织企业数', '家', { v: d.E, k: 'c' }], ['已建立党组织企业数', '家', { v: d.B, k: 'c' }], ['其中：单独建立', '家', { v: d.S, k: 'c' }], ['　　　联合建立', '家', { v: d.Lent, k: 'c' }], ['党组织覆盖率', '%', { v: rate(d.B, d.N, 1), fmt: '0.0', k: 'r' }], ['党员总数', '名', { v: d.M, k: 'c' }], ['其中：女党员', '名', { v: F, k: 'c' }], ['　　　35岁及以下', '名', { v: y, k: 'c' }], ['党建指导员', '名', { v: d.G, k: 'c' }]]);
  await save(wb, 'r44_keyvalue.xlsx'); });
// 45 side-by-side 2024 | 2025 blocks
B(async () => { const wb = W(); const ws = wb.addWorksheet('两年对比');
  const towns = pick(TOWNS, 7); const a = towns.map(n => ({ name: n, d: ent() })); const b = a.map(x => ({ name: x.name, d: (() => { const N = x.d.N + ri(-5, 30); return { N, B: Math.min(N, x.d.B + ri(0, 12)) }; })() }));
  const rows = [...a.map((x, i) => [x.name, x.d, b[i].d]), ['合计', sumObj(a.map(x => x.d)), sumObj(b.map(x => x.d)), true]].map(([n, p, q, t]) => [n, ...[p, q].flatMap(d => [{ v: d.N, k: t ? 't' : 'c' }, { v: d.B, k: t ? 't' : 'c' }, { v: rate(d.B, d.N, 1), fmt: '0.0', k: t ? 'rt' : 'r' }])]);
  grid(ws, 1, [['乡镇', '2024年', null, null, '2025年', null, null], [null, '企业数', '已建党组织企业数', '覆盖率(%)', '企业数', '已建党组织企业数', '覆盖率(%)'], ...rows]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:D1'); ws.mergeCells('E1:G1');
  await save(wb, 'r45_side_years.xlsx'); });
// 46 党组织类型 with 联合支部 within 党支部
B(async () => { const wb = W(); const ws = wb.addWorksheet('党组织类型');
  const it = pick(COUNTIES, 6).map(n => { const w = ri(0, 10), z = ri(0, 20), b = ri(20, 200); const l = Math.floor(b * rnd() * 0.4); return { name: n, d: { O: w + z + b, w, z, b, l } }; });
  grid(ws, 1, [['县区', '党组织总数', '党委', '党总支', '党支部', '其中：联合党支部'], ...body([...it, T(it)], ['O', 'w', 'z', 'b', 'l'].map(k => ({ f: d => d[k], t: 'c' })))]);
  await save(wb, 'r46_org_types.xlsx'); });
// 47 二级 社会组织 with 行业协会商会 as 其中 of 社会团体
B(async () => { const wb = W(); const ws = wb.addWorksheet('社会组织党建');
  const mk = () => { const N = ri(10, 300); const Bt = Math.floor(N * rnd() * 0.5); return { N, B: Bt, M: Bt * ri(3, 6) + ri(0, 9) }; };
  const st = mk(); const hx = { N: Math.floor(st.N / 3), B: Math.floor(st.B / 3), M: Math.floor(st.M / 3) }; const mf = mk(), jj = { N: ri(1, 6), B: 1, M: ri(3, 8) };
  const cols = [{ f: d => d.N, t: 'c' }, { f: d => d.B, t: 'c' }, { f: d => rate(d.B, d.N, 1), t: 'r', fmt: '0.0' }, { f: d => d.M, t: 'c' }];
  grid(ws, 1, [['类别', '社会组织数', '已建党组织数', '覆盖率(%)', '党员数'], ...body([{ name: '社会组织合计', d: sumObj([st, mf, jj]), tot: true }, { name: '一、社会团体', d: st }, { name: '　其中：行业协会商会', d: hx }, { name: '二、民办非企业单位', d: mf }, { name: '三、基金会', d: jj }], cols)]);
  await save(wb, 'r47_social_numbered.xlsx'); });
// 48 商圈市场 fixed figures (found by seed sweep): 其中 column followed by non-part columns
B(async () => { const wb = W(); const ws = wb.addWorksheet('商圈市场');
  const raw = [['中心商圈',294,163,23,1],['东方建材市场',274,155,22,1],['农贸批发市场',640,332,14,1],['小商品城',317,253,10,1],['汽配城',632,391,17,1],['夜市街区',105,86,21,1]];
  const it = raw.map(r => ({ name: r[0], d: { sh: r[1], gt: r[2], pm: r[3], og: r[4] } }));
  grid(ws, 1, [['商圈市场名称', '入驻商户数', '其中个体工商户', '党员经营户数', '党组织数'], ...body([...it, T(it)], ['sh', 'gt', 'pm', 'og'].map(k => ({ f: d => d[k], t: 'c' })))]);
  await save(wb, 'r48_markets_fixed.xlsx'); });
(async () => {
  for (const d of ['clean', 'planted']) { fs.rmSync(path.join(OUTD, d), { recursive: true, force: true }); fs.mkdirSync(path.join(OUTD, d), { recursive: true }); }
  for (const b of builders) await b();
  const manifest = []; const chosen = Array.from({ length: 20 }, (_, k) => files[Math.floor(k * files.length / 20)]);
  let n = 0;
  for (const f of chosen) {
    const want = ['t', 'r', 'c', 'typo'][n % 4]; n++;
    let pool = f.cand.filter(c => want === 'typo' ? c.k === 'c' : c.k === want); if (!pool.length) pool = f.cand.filter(c => c.k === 'c' || c.k === 't');
    const c = pool[ri(0, pool.length - 1)];
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUTD, "clean", f.name));
    const cell = wb.getWorksheet(c.sheet).getCell(c.cell); const orig = cell.value;
    const isF = orig && typeof orig === 'object' && 'formula' in orig; const v = isF ? orig.result : orig;
    let pv;
    if (typeof v === 'string') { const m = v.match(/^([\d.]+)(.*)$/); pv = (Number(m[1]) + 8.3).toFixed(1) + m[2]; }
    else if (c.k === 'r' || c.k === 'rt') pv = (cell.numFmt || '').includes('%') ? Math.round((v + 0.083) * 10000) / 10000 : (v < 1.5 && v > 0 && !Number.isInteger(v) ? Math.round((v + 0.08) * 100) / 100 : Math.round((v + 8.3) * 10) / 10);
    else if (want === 'typo') { const s = String(v); pv = s.length >= 2 ? Number(s[1] + s[0] + s.slice(2)) : v + 5; if (pv === v) pv = v + 10; }
    else pv = Math.max(v + 3, Math.round(v * 1.1));
    cell.value = isF ? { formula: orig.formula, result: pv } : pv;
    await wb.xlsx.writeFile(path.join(OUTD, "planted", f.name));
    manifest.push({ file: f.name, sheet: c.sheet, cell: c.cell, original: v, planted: pv, kind: c.k });
  }
  fs.writeFileSync(path.join(OUTD, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', files.length, 'planted', manifest.length);
})();
