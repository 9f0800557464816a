// round 21 party-building generator: NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
let iconv = null; try { iconv = require('iconv-lite'); } catch (e) {}
const OUT = __dirname;
let seed = Number(process.env.SEED || 21021);
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function rh(x, dec = 1) { const f = Math.pow(10, dec); const s = x < 0 ? -1 : 1; return s * Math.round(Math.abs(x) * f + 1e-9) / f; } // half-up (away from zero)
function pct(n, d, dec = 1) { return d ? rh(n * 100 / d, dec) : 0; }
const TOWNS = ['城关镇','新华街道','东城街道','西城街道','龙泉镇','石桥镇','白沙乡','黄庄镇','马村乡','青山镇','河口镇','柳林乡','桃园街道','金山镇','杨集镇','高坪乡','大营镇','南关街道','北郊镇','双河镇'];
const COUNTIES = ['长安区','临川县','凤翔县','永宁县','宜阳区','安平县','清河县','武城县','平原县','夏津县','高新区','经开区','东港区','西湖区'];
const CITIES = ['江城市','云州市','宁远市','安阳市','东平市','青原市','北川市','南岭市','临海市','定边市','望江市','白云市','兴隆市','泰和市'];
const INDUSTRY = ['A 农、林、牧、渔业','B 采矿业','C 制造业','D 电力、热力、燃气及水生产和供应业','E 建筑业','F 批发和零售业','G 交通运输、仓储和邮政业','H 住宿和餐饮业','I 信息传输、软件和信息技术服务业','J 金融业','K 房地产业','L 租赁和商务服务业','M 科学研究和技术服务业','N 水利、环境和公共设施管理业','O 居民服务、修理和其他服务业','P 教育','Q 卫生和社会工作','R 文化、体育和娱乐业','S 公共管理、社会保障和社会组织','T 国际组织'];
function pick(arr, k) { const a = arr.slice(); const o = []; while (o.length < k) o.push(a.splice(ri(0, a.length - 1), 1)[0]); return o; }
function split(T, k) { const w = Array.from({ length: k }, () => 0.2 + rnd()); const s = w.reduce((a, b) => a + b, 0); const p = w.map(x => Math.floor(T * x / s)); p[0] += T - p.reduce((a, b) => a + b, 0); return p; }
function sum(a) { return a.reduce((x, y) => x + y, 0); }
function sumK(list, keys) { const o = {}; for (const k of keys) o[k] = sum(list.map(x => x[k])); return o; }
function ent(scale = 1) { const N = ri(30, 400) * scale; const S = Math.floor(N * (0.15 + rnd() * 0.35)); const L = Math.min(N - S, ri(2, 30) * scale); const B = S + L; const Lo = Math.max(1, Math.floor(L / ri(2, 4)));
  const wz = ri(0, Math.floor(S / 5)), zz = ri(0, Math.floor((S - wz) / 4)); const M = ri(3, 8) * S + ri(1, 3) * L + ri(0, 40); const W = Math.floor((N - B) * (0.3 + rnd() * 0.5));
  return { N, S, L, B, Lo, wz, zz, zb: S - wz - zz, M, W, U: N - B }; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function put(ws, r0, rows, c0 = 1) { rows.forEach((row, i) => { if (!row) return; row.forEach((v, j) => { if (v === null || v === undefined) return; const cell = ws.getCell(r0 + i, c0 + j);
  if (v && typeof v === 'object' && !(v instanceof Date) && ('v' in v || 'f' in v)) { cell.value = v.f ? { formula: v.f, result: v.v } : v.v; if (v.fmt) cell.numFmt = v.fmt; } else cell.value = v; }); }); return r0 + rows.length; }
function title(ws, text, n, r = 1) { ws.getCell(r, 1).value = text; ws.mergeCells(r, 1, r, n); }
const W = () => new ExcelJS.Workbook();
const manifest = []; const builders = []; const B = f => builders.push(f);
// plant: {sheet, cell, new, kind}
async function save(wb, name, plant) {
  await wb.xlsx.writeFile(path.join(OUT, 'clean', name));
  if (plant) { const ws = wb.getWorksheet(plant.sheet); const c = ws.getCell(plant.cell); const old = (c.value && typeof c.value === 'object' && 'result' in c.value) ? c.value.result : c.value;
    const nv = typeof plant.new === 'function' ? plant.new(old) : plant.new; c.value = nv; await wb.xlsx.writeFile(path.join(OUT, 'planted', name));
    manifest.push({ file: name, sheet: plant.sheet, cell: plant.cell, old, new: nv, kind: plant.kind }); }
}
function csvWrite(name, rows, enc, plant) {
  const txt = r => r.map(x => x === null || x === undefined ? '' : (/[,"\n]/.test(String(x)) ? '"' + String(x).replace(/"/g, '""') + '"' : String(x))).join(',');
  const w = (rs, dir) => { const s = rs.map(txt).join('\r\n') + '\r\n'; const buf = enc === 'gbk' ? iconv.encode(s, 'gbk') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]); fs.writeFileSync(path.join(OUT, dir, name), buf); };
  w(rows, 'clean');
  if (plant) { const rs = rows.map(r => r.slice()); const m = plant.cell.match(/^([A-Z]+)(\d+)$/); const c = m[1].charCodeAt(0) - 64, r = +m[2]; const old = rs[r - 1][c - 1]; const nv = typeof plant.new === 'function' ? plant.new(old) : plant.new; rs[r - 1][c - 1] = nv; w(rs, 'planted');
    manifest.push({ file: name, sheet: plant.sheet || path.basename(name, '.csv'), cell: plant.cell, old, new: nv, kind: plant.kind }); }
}
// ---------- helpers for tables ----------
const P1 = '0.0', P2 = '0.00';
function rows(items, fns) { return items.map(it => [it.name, ...fns.map(f => f(it.d, it))]); }
function rateOr(n, d, dec = 1, dash = '—') { return d ? pct(n, d, dec) : dash; }
// k01 考核评分 with 平均分 row
B(async () => { const wb = W(); const ws = wb.addWorksheet('考核评分');
  const maxs = [30, 25, 20, 25]; const units = pick(TOWNS, 12);
  const it = units.map(n => { const s = maxs.map(m => rh(m * (0.6 + rnd() * 0.4), 1)); const add = ri(0, 4) * 0.5; const tot = rh(sum(s) + add, 1); return { n, s, add, tot }; });
  const sorted = it.map(x => x.tot).sort((a, b) => b - a); it.forEach(x => { x.rank = sorted.indexOf(x.tot) + 1; x.lv = x.tot >= 90 ? '优秀' : x.tot >= 80 ? '良好' : '一般'; });
  title(ws, '2024年度非公企业党建工作考核评分汇总表', 10);
  put(ws, 2, [['序号', '单位', '组织建设（30分）', '党员教育管理（25分）', '阵地建设（20分）', '作用发挥（25分）', '加分项', '总分', '排名', '等次']]);
  put(ws, 3, it.map((x, i) => [i + 1, x.n, ...x.s.map(v => ({ v, fmt: P1 })), x.add, { v: x.tot, fmt: P1 }, x.rank, x.lv]));
  const avg = k => rh(sum(it.map(k)) / it.length, 1);
  put(ws, 15, [[null, '平均分', ...[0, 1, 2, 3].map(k => ({ v: avg(x => x.s[k]), fmt: P1 })), avg(x => x.add), { v: avg(x => x.tot), fmt: P1 }, null, null]]);
  await save(wb, 'k01_score_avg.xlsx', { sheet: '考核评分', cell: 'H6', new: o => rh(o + 3, 1), kind: 'score total != sum of items' }); });
// k02 weighted score, two units side by side
B(async () => { const wb = W(); const ws = wb.addWorksheet('加权得分');
  const ind = ['党组织覆盖', '书记队伍建设', '党员发展', '组织生活', '阵地建设', '经费保障', '作用发挥', '群团建设'];
  const wts = split(100, 8).map(x => x); const us = pick(COUNTIES, 3);
  const sc = us.map(() => ind.map(() => ri(60, 100)));
  const wsc = sc.map(s => s.map((v, i) => rh(v * wts[i] / 100, 2)));
  put(ws, 1, [['考核指标', '权重（%）', ...us.flatMap(u => [u, null])], [null, null, ...us.flatMap(() => ['得分', '加权得分'])]]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:B2'); us.forEach((u, k) => ws.mergeCells(1, 3 + 2 * k, 1, 4 + 2 * k));
  put(ws, 3, ind.map((n, i) => [n, wts[i], ...us.flatMap((u, k) => [sc[k][i], { v: wsc[k][i], fmt: P2 }])]));
  put(ws, 11, [['合计', 100, ...us.flatMap((u, k) => [null, { v: rh(sum(wsc[k]), 2), fmt: P2 }])]]);
  await save(wb, 'k02_weighted.xlsx', { sheet: '加权得分', cell: 'F11', new: o => rh(o + 2, 2), kind: 'weighted total' }); });
// k03 组织生活 per quarter with 全年, 全县合计
B(async () => { const wb = W(); const ws = wb.addWorksheet('组织生活');
  const t = pick(TOWNS, 9); const it = t.map(n => { const br = ri(5, 40); const a = [0, 1, 2, 3].map(() => br * ri(1, 2) + ri(0, 5)); const b = [0, 1, 2, 3].map(() => br + ri(0, 4)); return { n, br, a, b }; });
  title(ws, '非公企业党支部组织生活开展情况统计表', 12);
  put(ws, 2, [['乡镇', '党支部数（个）', '支部党员大会（次）', null, null, null, null, '党课（次）', null, null, null, null], [null, null, '一季度', '二季度', '三季度', '四季度', '全年', '一季度', '二季度', '三季度', '四季度', '全年']]);
  ws.mergeCells('A2:A3'); ws.mergeCells('B2:B3'); ws.mergeCells('C2:G2'); ws.mergeCells('H2:L2');
  const line = (n, br, a, b) => [n, br, ...a, sum(a), ...b, sum(b)];
  put(ws, 4, it.map(x => line(x.n, x.br, x.a, x.b)));
  put(ws, 13, [line('全县合计', sum(it.map(x => x.br)), [0, 1, 2, 3].map(k => sum(it.map(x => x.a[k]))), [0, 1, 2, 3].map(k => sum(it.map(x => x.b[k]))))]);
  await save(wb, 'k03_quarters.xlsx', { sheet: '组织生活', cell: 'G6', new: o => o + 4, kind: '全年 != sum of quarters' }); });
// k04 书记 profile: shares only, each block sums to 100 +-0.1
B(async () => { const wb = W(); const ws = wb.addWorksheet('书记结构');
  const cs = pick(COUNTIES, 8); const it = cs.map(n => { const N = ri(30, 400); return { n, N, age: split(N, 4), edu: split(N, 4) }; });
  const tot = { n: '全市', N: sum(it.map(x => x.N)), age: [0, 1, 2, 3].map(k => sum(it.map(x => x.age[k]))), edu: [0, 1, 2, 3].map(k => sum(it.map(x => x.edu[k]))) };
  title(ws, '非公企业党组织书记年龄、学历结构（%）', 10);
  put(ws, 2, [['县（市、区）', '书记人数（名）', '年龄结构（%）', null, null, null, '学历结构（%）', null, null, null], [null, null, '35岁及以下', '36—45岁', '46—55岁', '56岁及以上', '研究生', '大学本科', '大学专科', '高中及以下']]);
  ws.mergeCells('A2:A3'); ws.mergeCells('B2:B3'); ws.mergeCells('C2:F2'); ws.mergeCells('G2:J2');
  const line = x => [x.n, x.N, ...x.age.map(v => ({ v: pct(v, x.N), fmt: P1 })), ...x.edu.map(v => ({ v: pct(v, x.N), fmt: P1 }))];
  put(ws, 4, [line(tot), ...it.map(line)]);
  await save(wb, 'k04_sec_shares.xlsx', { sheet: '书记结构', cell: 'D7', new: o => rh(o + 6, 1), kind: 'share block sums to 106' }); });
// k05 按行业 20 门类 + 合计 at top
B(async () => { const wb = W(); const ws = wb.addWorksheet('按行业');
  const it = INDUSTRY.map((n, i) => { if (i === 19) return { n, N: 0, Bt: 0, w: 0, z: 0, b: 0, M: 0 }; const N = i === 2 ? ri(800, 1500) : ri(3, 300); const Bt = Math.floor(N * (0.1 + rnd() * 0.5)); const w = ri(0, Math.floor(Bt / 10)), z = ri(0, Math.floor(Bt / 8)); return { n, N, Bt, w, z, b: Bt - w - z + ri(0, 3), M: Bt * ri(3, 9) }; });
  const T = { n: '合计', ...sumK(it, ['N', 'Bt', 'w', 'z', 'b', 'M']) };
  const line = x => [x.n, x.N, x.Bt, x.N ? { v: pct(x.Bt, x.N), fmt: P1 } : '—', x.w + x.z + x.b, x.w, x.z, x.b, x.M];
  title(ws, '非公有制企业党组织按行业分布情况', 9);
  put(ws, 2, [['单位：家、个、名、%'], ['行业门类', '企业数', '已建立党组织企业数', '覆盖率（%）', '党组织数', '其中：党委', '党总支', '党支部', '党员数'], line(T), ...it.map(line)]);
  await save(wb, 'k05_industry.xlsx', { sheet: '按行业', cell: 'C7', new: o => o + 37, kind: 'industry covered count (C 制造业)' }); });
// k06 reporting system export ledger
B(async () => { const wb = W(); const ws = wb.addWorksheet('导出数据');
  const hdr = ['序号', '单位名称', '统一社会信用代码', '组织机构代码', '所在乡镇', '联系电话', '成立日期', '职工人数', '党员人数', '是否建立党组织', '党组织类型', '党组织成立日期', '数据更新时间'];
  put(ws, 1, [hdr]); const t = pick(TOWNS, 6); const A = '0123456789ABCDEFGHJKLMNPQRTUWXY'; let E = 0, Mm = 0;
  const lines = []; for (let i = 0; i < 28; i++) { const org = Array.from({ length: 9 }, () => A[ri(0, 9 + (rnd() < .2 ? 20 : 0))]).join(''); const code = '91' + String(370100 + ri(1, 99) * 1).padStart(6, '0') + org + A[ri(0, 30)];
    const emp = ri(8, 900), mem = rnd() < 0.3 ? 0 : ri(1, Math.min(80, emp)); const has = mem >= 3 ? '是' : '否'; E += emp; Mm += mem;
    lines.push([i + 1, t[i % 6] + ['科技', '机械', '食品', '建材', '物流', '纺织', '电子'][i % 7] + '有限公司' + (i + 1), code, org, t[i % 6], rnd() < 0.5 ? 13000000000 + ri(0, 999999999) : '0531-8' + ri(1000000, 9999999), new Date(Date.UTC(ri(1995, 2022), ri(0, 11), ri(1, 28))), emp, mem, has, has === '是' ? (mem >= 50 ? '党委' : '党支部') : '', has === '是' ? new Date(Date.UTC(ri(2015, 2024), ri(0, 11), ri(1, 28))) : '', '2025-01-0' + ri(1, 9) + ' 10:' + ri(10, 59)]); }
  put(ws, 2, lines); put(ws, 30, [['合计', null, null, null, null, null, null, E, Mm]]);
  ws.getColumn(7).numFmt = 'yyyy-mm-dd'; ws.getColumn(12).numFmt = 'yyyy-mm-dd';
  await save(wb, 'k06_export.xlsx', { sheet: '导出数据', cell: 'I30', new: o => o + 10, kind: 'ledger total members' }); });
// k07 town sheets each with 合计 + 汇总
B(async () => { const wb = W(); const t = pick(TOWNS, 4); const hs = ['行业', '企业数', '已建立党组织企业数', '覆盖率（%）', '党员数'];
  const sumWs = wb.addWorksheet('汇总'); const tots = [];
  for (const n of t) { const ws = wb.addWorksheet(n); const it = ['制造业', '建筑业', '批发和零售业', '住宿和餐饮业', '其他'].map(k => { const e = ent(); return { n: k, N: e.N, Bt: e.B, M: e.M }; });
    const T = { n: '合计', ...sumK(it, ['N', 'Bt', 'M']) }; tots.push({ ...T, n });
    const line = x => [x.n, x.N, x.Bt, { v: pct(x.Bt, x.N), fmt: P1 }, x.M]; put(ws, 1, [[n + '非公企业党建情况'], hs, ...it.map(line), line(T)]); ws.mergeCells('A1:E1'); }
  const T = { n: '全镇（街）合计', ...sumK(tots, ['N', 'Bt', 'M']) }; const line = x => [x.n, x.N, x.Bt, { v: pct(x.Bt, x.N), fmt: P1 }, x.M];
  put(sumWs, 1, [['各乡镇（街道）汇总'], ['乡镇（街道）', ...hs.slice(1)], ...tots.map(line), line(T)]); sumWs.mergeCells('A1:E1');
  await save(wb, 'k07_town_sheets.xlsx', { sheet: '汇总', cell: 'B4', new: o => o + 25, kind: 'summary sheet town count' }); });
// k08 stacked enterprise/social org under one header
B(async () => { const wb = W(); const ws = wb.addWorksheet('两新组织');
  const t = pick(TOWNS, 5); const mk = sc => t.map(n => { const N = ri(10, 300) * sc; const Bt = Math.floor(N * (0.2 + rnd() * 0.5)); return { n, N, Bt, M: Bt * ri(2, 7), W: Math.floor((N - Bt) * rnd()) }; });
  const e = mk(1), s = mk(1); const K = ['N', 'Bt', 'M', 'W']; const se = { n: '小计', ...sumK(e, K) }, ss = { n: '小计', ...sumK(s, K) }, all = { n: '两新组织合计', ...sumK([se, ss], K) };
  const line = x => [x.n, x.N, x.Bt, { v: pct(x.Bt, x.N), fmt: P1 }, x.M, x.W];
  put(ws, 1, [['乡镇（街道）', '单位数（个）', '已建立党组织单位数', '党组织覆盖率（%）', '党员数（名）', '无党员单位数'], ['一、非公有制企业'], ...e.map(line), line(se), ['二、社会组织'], ...s.map(line), line(ss), line(all)]);
  await save(wb, 'k08_stacked.xlsx', { sheet: '两新组织', cell: 'D15', new: o => rh(o + 4.2, 1), kind: 'subtotal rate' }); });
// k09 应建 已建 未建 建立率, 全区 on top
B(async () => { const wb = W(); const ws = wb.addWorksheet('应建尽建');
  const it = pick(TOWNS, 10).map(n => { const Y = ri(3, 60); const Y1 = Y - ri(0, Math.min(6, Y)); return { n, Y, Y1, U: Y - Y1 }; }); const T = { n: '全区', ...sumK(it, ['Y', 'Y1', 'U']) };
  const line = x => [x.n, x.Y, x.Y1, x.U, { v: pct(x.Y1, x.Y), fmt: P1 }];
  put(ws, 1, [['规模以上企业党组织应建尽建情况'], ['乡镇（街道）', '应建', '已建', '未建', '建立率（%）'], line(T), ...it.map(line)]); ws.mergeCells('A1:E1');
  await save(wb, 'k09_yingjian.xlsx', { sheet: '应建尽建', cell: 'D7', new: o => o + 2, kind: '未建 != 应建-已建' }); });
// k10 较上年增减 and 增长率 negative
B(async () => { const wb = W(); const ws = wb.addWorksheet('增减');
  const it = pick(COUNTIES, 8).map(n => { const a = ri(100, 2000), b = Math.max(10, a + ri(-300, 300)); const c = Math.floor(a * (0.2 + rnd() * 0.4)), d = Math.max(0, c + ri(-40, 60)); return { n, a, b, c, d }; });
  const T = { n: '合计', ...sumK(it, ['a', 'b', 'c', 'd']) };
  const line = x => [x.n, x.a, x.b, x.b - x.a, { v: pct(x.b - x.a, x.a), fmt: P1 }, x.c, x.d, x.d - x.c, { v: pct(x.d - x.c, x.c), fmt: P1 }];
  put(ws, 1, [['县（市、区）', '非公企业数', null, null, null, '已建立党组织企业数', null, null, null], [null, '2023年', '2024年', '较上年增减', '增长率（%）', '2023年', '2024年', '较上年增减', '增长率（%）'], ...it.map(line), line(T)]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:E1'); ws.mergeCells('F1:I1');
  await save(wb, 'k10_change.xlsx', { sheet: '增减', cell: 'E5', new: o => -o || 5.5, kind: 'growth rate sign' }); });
// k11 overlapping 其中 columns
B(async () => { const wb = W(); const ws = wb.addWorksheet('党员构成');
  const it = pick(COUNTIES, 9).map(n => { const M = ri(200, 3000); return { n, M, f: Math.floor(M * (0.25 + rnd() * 0.2)), mz: Math.floor(M * rnd() * 0.08), y: Math.floor(M * (0.3 + rnd() * 0.3)), ed: Math.floor(M * (0.4 + rnd() * 0.4)), fl: Math.floor(M * rnd() * 0.15) }; });
  const K = ['M', 'f', 'mz', 'y', 'ed', 'fl']; const T = { n: '合计', ...sumK(it, K) }; const line = x => [x.n, ...K.map(k => x[k])];
  title(ws, '非公企业党员基本情况', 7);
  put(ws, 2, [['县区', '党员总数', '其中：女党员', '少数民族党员', '35岁及以下党员', '大专及以上学历党员', '流动党员'], ...it.map(line), line(T)]);
  await save(wb, 'k11_overlap.xlsx', { sheet: '党员构成', cell: 'C5', new: o => o + 3000, kind: '其中 女 > 党员总数' }); });
// k12 rates stored as fraction with % format
B(async () => { const wb = W(); const ws = wb.addWorksheet('覆盖率');
  const it = pick(TOWNS, 9).map(n => ({ n, ...ent() })); const K = ['N', 'B', 'M', 'W']; const T = { n: '合计', ...sumK(it, K) };
  const fr = (a, b) => ({ v: rh(a / b, 3), fmt: '0.0%' });
  const line = x => [x.n, x.N, x.B, fr(x.B, x.N), x.M, x.W, fr(x.W, x.N)];
  put(ws, 1, [['乡镇', '非公企业数', '已建立党组织企业数', '党组织覆盖率', '党员数', '无党员企业数', '无党员企业占比'], ...it.map(line), line(T)]);
  await save(wb, 'k12_fraction.xlsx', { sheet: '覆盖率', cell: 'D4', new: o => rh(o + 0.1, 3), kind: 'fraction rate off 10 points' }); });
// k13 N/A, —, /, 无
B(async () => { const wb = W(); const ws = wb.addWorksheet('社会组织');
  const it = pick(TOWNS, 10).map((n, i) => { const st = ri(0, 30), mf = ri(0, 40), jj = rnd() < 0.7 ? 0 : ri(1, 3); const N = st + mf + jj; const Bt = Math.floor(N * rnd() * 0.4); return { n, st, mf, jj, N, Bt, M: Bt ? Bt * ri(2, 5) : 0 }; });
  it[3].st = 0; it[3].mf = 0; it[3].jj = 0; it[3].N = 0; it[3].Bt = 0; it[3].M = 0;
  const T = { n: '合计', ...sumK(it, ['N', 'st', 'mf', 'jj', 'Bt', 'M']) };
  const z = (v, s) => v === 0 ? s : v;
  const line = (x, i) => [x.n, z(x.N, '—'), z(x.st, '/'), z(x.mf, '/'), z(x.jj, '—'), z(x.Bt, '无'), x.N ? { v: pct(x.Bt, x.N), fmt: P1 } : 'N/A', z(x.M, '无')];
  put(ws, 1, [['乡镇', '社会组织总数', '社会团体', '民办非企业单位', '基金会', '已建立党组织数', '覆盖率（%）', '党员数'], ...it.map(line), line(T)]);
  await save(wb, 'k13_na_cells.xlsx', { sheet: '社会组织', cell: 'B12', new: o => o + 9, kind: 'total with dashes' }); });
// k14 merged region names across 类别 column
B(async () => { const wb = W(); const ws = wb.addWorksheet('分类');
  const t = pick(COUNTIES, 5); const K = ['N', 'Bt', 'M']; const blocks = t.map(n => { const e = ent(), s = { N: ri(10, 150) }; s.Bt = Math.floor(s.N * rnd() * 0.5); s.M = s.Bt * ri(2, 5); const E = { N: e.N, Bt: e.B, M: e.M }; return { n, rs: [E, s, sumK([E, s], K)] }; });
  const tot = { n: '全县合计', rs: [0, 1, 2].map(k => sumK(blocks.map(b => b.rs[k]), K)) };
  put(ws, 1, [['地区', '类别', '单位数', '已建立党组织', '覆盖率（%）', '党员数']]); let r = 2;
  for (const b of [...blocks, tot]) { b.rs.forEach((x, k) => put(ws, r + k, [[k === 0 ? b.n : null, ['非公企业', '社会组织', '小计'][k], x.N, x.Bt, { v: pct(x.Bt, x.N), fmt: P1 }, x.M]])); ws.mergeCells(r, 1, r + 2, 1); r += 3; }
  await save(wb, 'k14_merged_cat.xlsx', { sheet: '分类', cell: 'F7', new: o => o + 20, kind: 'region 小计 members' }); });
// k15 total label variants (4 files)
for (const [fn, lab, top] of [['k15a_label_zongji.xlsx', '总  计', false], ['k15b_label_ge.xlsx', '合计（个）', true], ['k15c_label_quanqu.xlsx', '全区', false], ['k15d_label_quanxian.xlsx', '全县合计', true]]) B(async () => {
  const wb = W(); const ws = wb.addWorksheet('Sheet1'); const it = pick(TOWNS, 7).map(n => ({ n, ...ent() })); const K = ['N', 'S', 'L', 'Lo', 'B', 'M']; const T = { n: lab, ...sumK(it, K) };
  const line = x => [x.n, x.N, x.S, x.Lo, x.L, x.B, { v: pct(x.B, x.N), fmt: P1 }, x.M];
  title(ws, '非公有制企业党组织覆盖情况统计表', 8); put(ws, 2, [['截至2024年12月底'], ['乡镇（街道）', '企业数', '单独建立党组织企业数', '联合党组织个数', '联合党组织覆盖企业数', '党组织覆盖企业数', '覆盖率（%）', '党员数']]);
  put(ws, 4, top ? [line(T), ...it.map(line)] : [...it.map(line), line(T)]);
  await save(wb, fn, fn.startsWith('k15a') ? { sheet: 'Sheet1', cell: 'B11', new: o => o + 15, kind: '总  计 count' } : fn.startsWith('k15b') ? { sheet: 'Sheet1', cell: 'F6', new: o => o + 10, kind: 'covered != single + joint' } : undefined); });
// k16 其中：园区 rows inside list
B(async () => { const wb = W(); const ws = wb.addWorksheet('园区');
  const t = pick(TOWNS, 6); const it = t.map(n => ({ n, ...ent() })); const kf = ent(3); const p1 = { N: Math.floor(kf.N * 0.4), B: Math.floor(kf.B * 0.5), M: Math.floor(kf.M * 0.45) }, p2 = { N: Math.floor(kf.N * 0.2), B: Math.floor(kf.B * 0.2), M: Math.floor(kf.M * 0.2) };
  const K = ['N', 'B', 'M']; const T = { n: '合计', ...sumK([...it, kf], K) }; const line = x => [x.n, x.N, x.B, { v: pct(x.B, x.N), fmt: P1 }, x.M];
  put(ws, 1, [['区域', '企业数', '已建立党组织企业数', '覆盖率（%）', '党员数'], ...it.slice(0, 3).map(line), line({ n: '经济开发区', ...kf }), line({ n: '其中：智能制造产业园', ...p1 }), line({ n: '　　　现代物流园', ...p2 }), ...it.slice(3).map(line), line(T)]);
  await save(wb, 'k16_yuanqu.xlsx', { sheet: '园区', cell: 'B6', new: o => o + kf.N, kind: '其中 row larger than its parent' }); });
// k17 hidden helper column
B(async () => { const wb = W(); const ws = wb.addWorksheet('覆盖'); const it = pick(TOWNS, 8).map(n => ({ n, ...ent() })); const K = ['N', 'B', 'M']; const T = { n: '合计', ...sumK(it, K) };
  const line = x => [x.n, x.N, x.B, x.B / x.N, { v: pct(x.B, x.N), fmt: P1 }, x.M];
  put(ws, 1, [['乡镇', '企业数', '已建立党组织企业数', '辅助列', '覆盖率（%）', '党员数'], ...it.map(line), line(T)]); ws.getColumn(4).hidden = true;
  await save(wb, 'k17_hidden_col.xlsx', { sheet: '覆盖', cell: 'C10', new: o => o + 12, kind: 'total covered' }); });
// k18 备注 column
B(async () => { const wb = W(); const ws = wb.addWorksheet('统计'); const it = pick(TOWNS, 8).map(n => ({ n, ...ent() })); const K = ['N', 'S', 'L', 'B', 'M']; const T = { n: '合计', ...sumK(it, K) };
  const notes = x => [`含联合党组织${x.Lo}个，覆盖${x.L}家企业`, `2024年新建${ri(1, 5)}个`, '—', `${ri(2, 9)}家企业停产`, ''][ri(0, 4)];
  const line = x => [x.n, x.N, x.S, x.L, x.B, { v: pct(x.B, x.N), fmt: P1 }, x.M, x.n === '合计' ? '' : notes(x)];
  put(ws, 1, [['乡镇', '企业数', '单独建立覆盖企业数', '联合建立覆盖企业数', '覆盖企业数', '覆盖率（%）', '党员数', '备注'], ...it.map(line), line(T)]);
  await save(wb, 'k18_remark.xlsx', { sheet: '统计', cell: 'B5', new: o => o + 30, kind: 'region count vs total' }); });
// k19 province in 万 (independently rounded)
B(async () => { const wb = W(); const ws = wb.addWorksheet('全省'); const it = CITIES.slice(0, 12).map(n => { const N = ri(8000, 90000); const Bt = Math.floor(N * (0.15 + rnd() * 0.2)); return { n, N, Bt, M: Bt * ri(4, 9) + ri(0, 999) }; });
  const T = { n: '全省', ...sumK(it, ['N', 'Bt', 'M']) }; const w = v => ({ v: rh(v / 10000, 2), fmt: P2 });
  const line = x => [x.n, w(x.N), w(x.Bt), { v: pct(x.Bt, x.N), fmt: P1 }, w(x.M)];
  title(ws, '全省非公有制企业党建基本情况', 5); put(ws, 2, [['单位：万户、万名、%'], ['市', '非公企业（万户）', '已建立党组织企业（万户）', '覆盖率（%）', '党员（万名）'], line(T), ...it.map(line)]);
  await save(wb, 'k19_wan_prov.xlsx', { sheet: '全省', cell: 'B8', new: o => rh(o * 1.5, 2), kind: 'city count in 万' }); });
// k20 年初 + 增 - 减 = 年末
B(async () => { const wb = W(); const ws = wb.addWorksheet('党员变动'); const it = pick(TOWNS, 9).map(n => { const a = ri(100, 1500); const d = ri(0, 30), ti = ri(0, 40), to = ri(0, 35), de = ri(0, 6), ch = ri(0, 2); return { n, a, d, ti, to, de, ch, e: a + d + ti - to - de - ch }; });
  const K = ['a', 'd', 'ti', 'to', 'de', 'ch', 'e']; const T = { n: '合计', ...sumK(it, K) }; const line = x => [x.n, ...K.map(k => x[k])];
  put(ws, 1, [['乡镇', '年初党员数', '本年增加', null, '本年减少', null, null, '年末党员数'], [null, null, '发展党员', '组织关系转入', '组织关系转出', '死亡', '出党', null], ...it.map(line), line(T)]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:B2'); ws.mergeCells('C1:D1'); ws.mergeCells('E1:G1'); ws.mergeCells('H1:H2');
  await save(wb, 'k20_balance.xlsx', { sheet: '党员变动', cell: 'H5', new: o => o + 5, kind: '年末 != 年初+增-减' }); });
// k21 党费
B(async () => { const wb = W(); const ws = wb.addWorksheet('党费'); const it = pick(TOWNS, 8).map(n => { const M = ri(50, 900); const due = rh(M * (100 + rnd() * 400), 2); const paid = rh(due * (0.9 + rnd() * 0.1), 2); return { n, M, due, paid }; });
  const T = { n: '合计', M: sum(it.map(x => x.M)), due: rh(sum(it.map(x => x.due)), 2), paid: rh(sum(it.map(x => x.paid)), 2) };
  const line = x => [x.n, x.M, { v: x.due, fmt: '#,##0.00' }, { v: x.paid, fmt: '#,##0.00' }, { v: pct(x.paid, x.due), fmt: P1 }, { v: rh(x.paid / x.M, 2), fmt: P2 }];
  put(ws, 1, [['乡镇', '党员数（名）', '应交党费（元）', '实交党费（元）', '收缴率（%）', '人均交纳（元）'], ...it.map(line), line(T)]);
  await save(wb, 'k21_dues.xlsx', { sheet: '党费', cell: 'E4', new: o => rh(o - 8, 1), kind: '收缴率' }); });
// k22 活动场所
B(async () => { const wb = W(); const ws = wb.addWorksheet('活动场所'); const it = pick(TOWNS, 8).map(n => { const O = ri(5, 60); const H = O - ri(0, 5); const V = Math.max(1, Math.floor(H * (0.5 + rnd() * 0.4))); const ind = ri(0, V), sh = V - ind; const A = ri(30, 150) * V; return { n, O, H, V, ind, sh, A }; });
  const K = ['O', 'H', 'V', 'ind', 'sh', 'A']; const T = { n: '合计', ...sumK(it, K) };
  const line = x => [x.n, x.O, x.H, x.V, x.ind, x.sh, x.A, { v: rh(x.A / x.V, 1), fmt: P1 }];
  put(ws, 1, [['乡镇', '党组织数', '有活动场所的党组织数', '活动场所（个）', '其中：独立场所', '共享场所', '总面积（平方米）', '平均面积（平方米）'], ...it.map(line), line(T)]);
  await save(wb, 'k22_venues.xlsx', { sheet: '活动场所', cell: 'E3', new: o => o + 80, kind: '其中 独立 > 场所' }); });
// k23 群团组织
B(async () => { const wb = W(); const ws = wb.addWorksheet('群团'); const it = pick(TOWNS, 9).map(n => { const N = ri(30, 400); return { n, N, g: Math.floor(N * (0.3 + rnd() * 0.5)), t: Math.floor(N * rnd() * 0.3), f: Math.floor(N * rnd() * 0.25) }; });
  const K = ['N', 'g', 't', 'f']; const T = { n: '合计', ...sumK(it, K) }; const line = x => [x.n, x.N, x.g, { v: pct(x.g, x.N), fmt: P1 }, x.t, { v: pct(x.t, x.N), fmt: P1 }, x.f, { v: pct(x.f, x.N), fmt: P1 }];
  put(ws, 1, [['乡镇', '非公企业数', '工会', null, '共青团', null, '妇联', null], [null, null, '已建企业数', '建立率（%）', '已建企业数', '建立率（%）', '已建企业数', '建立率（%）'], ...it.map(line), line(T)]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:B2'); ws.mergeCells('C1:D1'); ws.mergeCells('E1:F1'); ws.mergeCells('G1:H1');
  await save(wb, 'k23_mass_orgs.xlsx', { sheet: '群团', cell: 'F6', new: o => rh(o + 7.3, 1), kind: '团 建立率' }); });
// k24 社会组织 types two-row header
B(async () => { const wb = W(); const ws = wb.addWorksheet('社会组织'); const mk = (a, b) => { const N = ri(a, b); const Bt = Math.floor(N * rnd() * 0.5); return { N, Bt }; };
  const it = pick(COUNTIES, 7).map(n => { const st = mk(20, 200), mf = mk(30, 300), jj = mk(0, 6); return { n, st, mf, jj, all: { N: st.N + mf.N + jj.N, Bt: st.Bt + mf.Bt + jj.Bt } }; });
  const tk = k => ({ N: sum(it.map(x => x[k].N)), Bt: sum(it.map(x => x[k].Bt)) }); const T = { n: '合计', all: tk('all'), st: tk('st'), mf: tk('mf'), jj: tk('jj') };
  const c3 = o => [o.N, o.Bt, o.N ? { v: pct(o.Bt, o.N), fmt: P1 } : '—']; const line = x => [x.n, ...c3(x.all), ...c3(x.st), ...c3(x.mf), ...c3(x.jj)];
  put(ws, 1, [['县区', '社会组织合计', null, null, '社会团体', null, null, '民办非企业单位（社会服务机构）', null, null, '基金会', null, null], [null, ...[0, 1, 2, 3].flatMap(() => ['数量', '已建党组织', '覆盖率（%）'])], line(T), ...it.map(line)]);
  ws.mergeCells('A1:A2'); ['B1:D1', 'E1:G1', 'H1:J1', 'K1:M1'].forEach(m => ws.mergeCells(m));
  await save(wb, 'k24_social_types.xlsx', { sheet: '社会组织', cell: 'B5', new: o => o + 40, kind: 'type total != sum of types' }); });
// k25 党组织 levels + 其中：联合党支部
B(async () => { const wb = W(); const ws = wb.addWorksheet('党组织'); const it = pick(TOWNS, 8).map(n => { const w = ri(0, 4), z = ri(0, 8), b = ri(5, 80); const lb = ri(0, Math.floor(b / 3)); return { n, O: w + z + b, w, z, b, lb, cov: b - lb + w + z + lb * ri(2, 5) }; });
  const K = ['O', 'w', 'z', 'b', 'lb', 'cov']; const T = { n: '合计（个）', ...sumK(it, K) }; const line = x => [x.n, ...K.map(k => x[k])];
  put(ws, 1, [['乡镇（街道）', '党组织总数', '党委', '党总支', '党支部', '其中：联合党支部', '覆盖企业数'], line(T), ...it.map(line)]);
  await save(wb, 'k25_levels.xlsx', { sheet: '党组织', cell: 'F5', new: o => o + 90, kind: '联合党支部 > 党支部' }); });
// k26 指导员 with per-capita
B(async () => { const wb = W(); const ws = wb.addWorksheet('指导员'); const it = pick(COUNTIES, 8).map(n => { const G = ri(10, 80); const j = ri(0, G), t = ri(0, G - j); const C = G * ri(2, 6) + ri(0, 9); return { n, G, j, t, C }; });
  const K = ['G', 'j', 't', 'C']; const T = { n: '合计', ...sumK(it, K) }; const line = x => [x.n, x.G, x.j, x.t, x.C, { v: rh(x.C / x.G, 1), fmt: P1 }];
  put(ws, 1, [['县区', '党建指导员（名）', '其中：机关干部', '退休干部', '联系企业数（家）', '人均联系企业数（家）'], ...it.map(line), line(T)]);
  await save(wb, 'k26_instructors.xlsx', { sheet: '指导员', cell: 'F4', new: o => rh(o + 1.5, 1), kind: '人均 ratio' }); });
// k27 rank table, no total
B(async () => { const wb = W(); const ws = wb.addWorksheet('排名'); const it = pick(COUNTIES, 10).map(n => { const N = ri(100, 1500); const Bt = Math.floor(N * (0.2 + rnd() * 0.6)); return { n, N, Bt, r: pct(Bt, N), last: 0 }; });
  const s = it.map(x => x.r).sort((a, b) => b - a); it.forEach(x => x.rank = s.indexOf(x.r) + 1); const lr = pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10); it.forEach((x, i) => x.last = lr[i]);
  const line = x => [x.n, x.N, x.Bt, { v: x.r, fmt: P1 }, x.rank, x.last, x.last - x.rank];
  put(ws, 1, [['县（市、区）', '非公企业数', '已建立党组织企业数', '覆盖率（%）', '本年排名', '上年排名', '位次变化'], ...it.map(line)]);
  await save(wb, 'k27_rank.xlsx', { sheet: '排名', cell: 'D5', new: o => rh(o + 9.9, 1), kind: 'rate in ranked table' }); });
// k28 csv UTF-8 BOM coverage
B(async () => { const it = pick(TOWNS, 8).map(n => ({ n, ...ent() })); const K = ['N', 'S', 'L', 'B', 'M']; const T = { n: '合计', ...sumK(it, K) };
  const line = x => [x.n, x.N, x.S, x.L, x.B, pct(x.B, x.N).toFixed(1), x.M];
  csvWrite('k28_bom.csv', [['乡镇', '非公企业数', '单独建立党组织覆盖企业数', '联合党组织覆盖企业数', '党组织覆盖企业数', '党组织覆盖率(%)', '党员数'], ...it.map(line), line(T)], 'utf8', { cell: 'E5', new: o => o + 15, kind: 'covered != single + joint' }); });
// k29 csv GBK social orgs with 其中
B(async () => { const it = pick(TOWNS, 9).map(n => { const N = ri(10, 120); const st = ri(0, N); const Bt = Math.floor(N * rnd() * 0.4); return { n, N, st, mf: N - st, Bt, W: N - Bt - ri(0, Math.floor((N - Bt) / 3)) }; });
  const K = ['N', 'st', 'mf', 'Bt', 'W']; const T = { n: '全镇合计', ...sumK(it, K) }; const line = x => [x.n, x.N, x.st, x.mf, x.Bt, pct(x.Bt, x.N).toFixed(1), x.W];
  csvWrite('k29_gbk.csv', [['社会组织党建情况统计表'], ['单位：个、%'], ['村（社区）', '社会组织数', '其中：社会团体', '民办非企业单位', '已建立党组织数', '覆盖率（%）', '无党员社会组织数'], ...it.map(line), line(T)], 'gbk', { cell: 'C6', new: o => o + 200, kind: '其中 > whole' }); });
// k30 csv scores UTF-8 BOM
B(async () => { const it = pick(COUNTIES, 9).map(n => { const s = [ri(20, 30), ri(15, 25), ri(12, 20), ri(15, 25)]; return { n, s, t: sum(s) }; }); const so = it.map(x => x.t).sort((a, b) => b - a);
  csvWrite('k30_scores.csv', [['序号', '县区', '组织覆盖', '队伍建设', '阵地保障', '作用发挥', '总分', '排名'], ...it.map((x, i) => [i + 1, x.n, ...x.s, x.t, so.indexOf(x.t) + 1])], 'utf8'); });
// k31 百分点
B(async () => { const wb = W(); const ws = wb.addWorksheet('覆盖率变化'); const it = pick(COUNTIES, 9).map(n => { const a = ri(200, 2000), ab = Math.floor(a * (0.2 + rnd() * 0.5)); const b = a + ri(-200, 300), bb = Math.max(0, Math.min(b, ab + ri(-60, 120))); return { n, a, ab, b, bb }; });
  const T = { n: '全市', ...sumK(it, ['a', 'ab', 'b', 'bb']) }; const line = x => { const r1 = pct(x.ab, x.a), r2 = pct(x.bb, x.b); return [x.n, x.a, x.ab, { v: r1, fmt: P1 }, x.b, x.bb, { v: r2, fmt: P1 }, { v: rh(r2 - r1, 1), fmt: P1 }]; };
  put(ws, 1, [['县区', '2023年', null, null, '2024年', null, null, '覆盖率提高（百分点）'], [null, '企业数', '已建立党组织企业数', '覆盖率（%）', '企业数', '已建立党组织企业数', '覆盖率（%）', null], ...it.map(line), line(T)]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:D1'); ws.mergeCells('E1:G1'); ws.mergeCells('H1:H2');
  await save(wb, 'k31_ppoint.xlsx', { sheet: '覆盖率变化', cell: 'H6', new: o => rh(o + 3, 1), kind: '百分点 != r2-r1' }); });
// k32 stock flow 年初/新增/撤销/年末 for two sectors
B(async () => { const wb = W(); const ws = wb.addWorksheet('党组织增减'); const mk = () => { const a = ri(10, 200), x = ri(0, 30), y = ri(0, Math.min(a, 15)); return [a, x, y, a + x - y]; };
  const it = pick(TOWNS, 8).map(n => ({ n, e: mk(), s: mk() })); const T = { n: '合计', e: [0, 1, 2, 3].map(k => sum(it.map(x => x.e[k]))), s: [0, 1, 2, 3].map(k => sum(it.map(x => x.s[k]))) };
  const line = x => [x.n, ...x.e, ...x.s];
  put(ws, 1, [['乡镇', '非公企业党组织', null, null, null, '社会组织党组织', null, null, null], [null, '年初数', '本年新增', '本年撤销', '年末数', '年初数', '本年新增', '本年撤销', '年末数'], ...it.map(line), line(T)]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:E1'); ws.mergeCells('F1:I1');
  await save(wb, 'k32_stock_flow.xlsx', { sheet: '党组织增减', cell: 'E4', new: o => o + 6, kind: '年末 != 年初+新增-撤销' }); });
// k33 date row, footer with 填报人/电话/日期
B(async () => { const wb = W(); const ws = wb.addWorksheet('报表'); const it = pick(TOWNS, 7).map(n => ({ n, ...ent() })); const K = ['N', 'B', 'M', 'W']; const T = { n: '合计', ...sumK(it, K) };
  const line = x => [x.n, x.N, x.B, { v: pct(x.B, x.N), fmt: P1 }, x.M, x.W];
  title(ws, '非公企业党建工作季度统计表', 6); ws.getCell('A2').value = '填报单位：某县委组织部'; ws.getCell('E2').value = new Date(Date.UTC(2024, 11, 31)); ws.getCell('E2').numFmt = '"截至"yyyy"年"m"月"d"日"';
  put(ws, 3, [['乡镇', '企业数', '已建立党组织企业数', '覆盖率（%）', '党员数', '无党员企业数'], ...it.map(line), line(T)]);
  put(ws, 13, [['填报人：张某', null, '联系电话：', 13912345678, '填报日期：', new Date(Date.UTC(2025, 0, 6))], ['审核人：李某', null, '办公电话：', '0531-86123456']]); ws.getCell('F13').numFmt = 'yyyy-mm-dd';
  await save(wb, 'k33_footer.xlsx', { sheet: '报表', cell: 'E11', new: o => o - 20, kind: 'total members' }); });
// k34 measures as rows with 其中 rows, 合计 first column
B(async () => { const wb = W(); const ws = wb.addWorksheet('分项'); const t = pick(TOWNS, 6); const d = t.map(() => { const e = ent(); return { ...e, G: Math.floor(e.N * rnd() * 0.3) }; });
  const all = sumK(d, ['N', 'G', 'B', 'S', 'L', 'M', 'W']); const ms = [['企业总数', x => x.N], ['其中：规模以上企业', x => x.G], ['已建立党组织企业数', x => x.B], ['其中：单独建立', x => x.S], ['　　　联合建立', x => x.L], ['党组织覆盖率（%）', x => ({ v: pct(x.B, x.N), fmt: P1 })], ['党员数', x => x.M], ['无党员企业数', x => x.W]];
  put(ws, 1, [['指标', '合计', ...t], ...ms.map(([l, f]) => [l, f(all), ...d.map(f)])]);
  await save(wb, 'k34_measure_rows.xlsx', { sheet: '分项', cell: 'D5', new: o => o + 400, kind: '其中 单独 > 已建' }); });
// k35 two tables side by side separated by blank column
B(async () => { const wb = W(); const ws = wb.addWorksheet('两新'); const t = pick(TOWNS, 7); const e = t.map(n => ({ n, ...ent() })); const s = t.map(n => { const N = ri(5, 90), Bt = Math.floor(N * rnd() * 0.5); return { n, N, B: Bt, M: Bt * ri(2, 6) }; });
  const K = ['N', 'B', 'M']; const Te = { n: '合计', ...sumK(e, K) }, Ts = { n: '合计', ...sumK(s, K) }; const line = x => [x.n, x.N, x.B, { v: pct(x.B, x.N), fmt: P1 }, x.M];
  put(ws, 1, [['非公有制企业'], ['乡镇', '企业数', '已建立党组织企业数', '覆盖率（%）', '党员数'], ...e.map(line), line(Te)]); ws.mergeCells('A1:E1');
  put(ws, 1, [['社会组织'], ['乡镇', '社会组织数', '已建立党组织社会组织数', '覆盖率（%）', '党员数'], ...s.map(line), line(Ts)], 7); ws.mergeCells('G1:K1');
  await save(wb, 'k35_side_by_side.xlsx', { sheet: '两新', cell: 'H10', new: o => o + 11, kind: 'right table total' }); });
// k36 本年新增
B(async () => { const wb = W(); const ws = wb.addWorksheet('新增'); const it = pick(COUNTIES, 8).map(n => { const N = ri(300, 3000), nw = ri(20, 300), nb = ri(0, Math.floor(nw / 5)); const O = ri(nb, nb + 30); const s = ri(0, O); return { n, N, nw, nb, O, s, l: O - s }; });
  const K = ['N', 'nw', 'nb', 'O', 's', 'l']; const T = { n: '合计', ...sumK(it, K) }; const line = x => [x.n, ...K.map(k => x[k])];
  put(ws, 1, [['县区', '年末非公企业数', '其中：本年新注册企业', '本年新注册企业中已建立党组织的', '本年新建党组织数', '其中：单独建立', '联合建立'], ...it.map(line), line(T)]);
  await save(wb, 'k36_new_this_year.xlsx', { sheet: '新增', cell: 'F3', new: o => o + 60, kind: '单独 > 新建' }); });
// k37 无党员企业 下降
B(async () => { const wb = W(); const ws = wb.addWorksheet('无党员企业'); const it = pick(COUNTIES, 9).map(n => { const a = ri(200, 3000), b = Math.floor(a * (0.4 + rnd() * 0.55)); return { n, a, b }; });
  const T = { n: '合计', ...sumK(it, ['a', 'b']) }; const line = x => [x.n, x.a, x.b, x.a - x.b, { v: pct(x.a - x.b, x.a), fmt: P1 }];
  put(ws, 1, [['县（市、区）', '2023年底无党员企业数', '2024年底无党员企业数', '减少数', '下降（%）'], ...it.map(line), line(T)]);
  await save(wb, 'k37_no_member.xlsx', { sheet: '无党员企业', cell: 'E7', new: o => rh(o + 5, 1), kind: 'decline rate' }); });
// k38 联合党组织
B(async () => { const wb = W(); const ws = wb.addWorksheet('联合党组织'); const it = pick(COUNTIES, 8).map(n => { const L = ri(3, 60); const C = L * 2 + ri(0, L * 4); const x = ri(0, L); return { n, L, C, x }; });
  const T = { n: '合计', ...sumK(it, ['L', 'C', 'x']) }; const line = x => [x.n, x.L, x.x, x.C, { v: rh(x.C / x.L, 1), fmt: P1 }];
  put(ws, 1, [['县区', '联合党组织数（个）', '其中：跨行业联合', '联合党组织覆盖企业数（家）', '平均每个联合党组织覆盖企业数']], 1); put(ws, 2, [...it.map(line), line(T)]);
  await save(wb, 'k38_joint.xlsx', { sheet: '联合党组织', cell: 'D5', new: o => 3, kind: 'joint covers < 2x orgs' }); });
// k39 规上 / 规下 columns
B(async () => { const wb = W(); const ws = wb.addWorksheet('规上规下'); const it = pick(TOWNS, 8).map(n => { const N = ri(100, 800), G = ri(10, Math.floor(N / 3)); const gb = Math.floor(G * (0.5 + rnd() * 0.5)), xb = Math.floor((N - G) * rnd() * 0.3); return { n, N, G, gb, X: N - G, xb, Bt: gb + xb }; });
  const K = ['N', 'Bt', 'G', 'gb', 'X', 'xb']; const T = { n: '合计', ...sumK(it, K) };
  const line = x => [x.n, x.N, x.Bt, { v: pct(x.Bt, x.N), fmt: P1 }, x.G, x.gb, { v: pct(x.gb, x.G), fmt: P1 }, x.X, x.xb, { v: pct(x.xb, x.X), fmt: P1 }];
  put(ws, 1, [['乡镇', '全部企业', null, null, '规模以上企业', null, null, '规模以下企业', null, null], [null, '企业数', '已建', '覆盖率（%）', '企业数', '已建', '覆盖率（%）', '企业数', '已建', '覆盖率（%）'], ...it.map(line), line(T)]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:D1'); ws.mergeCells('E1:G1'); ws.mergeCells('H1:J1');
  await save(wb, 'k39_scale_cols.xlsx', { sheet: '规上规下', cell: 'F6', new: o => o + 300, kind: '规上已建 > 规上企业' }); });
// k40 党费 in 万元 province, totals from exact
B(async () => { const wb = W(); const ws = wb.addWorksheet('党费'); const it = CITIES.slice(0, 10).map(n => { const M = ri(5000, 60000); const Y = M * ri(150, 600) + ri(0, 9999); return { n, M, Y }; });
  const T = { n: '全省', ...sumK(it, ['M', 'Y']) }; const line = x => [x.n, x.M, { v: rh(x.Y / 10000, 2), fmt: P2 }, { v: rh(x.Y / x.M, 1), fmt: P1 }];
  put(ws, 1, [['市', '党员数（名）', '党费收缴（万元）', '人均交纳（元）'], line(T), ...it.map(line)]);
  await save(wb, 'k40_dues_wan.xlsx', { sheet: '党费', cell: 'C5', new: o => rh(o + 100, 2), kind: '万元 city figure' }); });
// k41 months + 合计 column
B(async () => { const wb = W(); const ws = wb.addWorksheet('发展党员'); const it = pick(TOWNS, 8).map(n => ({ n, m: Array.from({ length: 12 }, () => ri(0, 6)) }));
  const T = { n: '合计', m: Array.from({ length: 12 }, (_, k) => sum(it.map(x => x.m[k]))) }; const line = x => [x.n, ...x.m, sum(x.m)];
  put(ws, 1, [['乡镇', ...Array.from({ length: 12 }, (_, k) => `${k + 1}月`), '合计'], ...it.map(line), line(T)]);
  await save(wb, 'k41_months.xlsx', { sheet: '发展党员', cell: 'N4', new: o => o + 3, kind: 'row total of months' }); });
// k42 three-level header
B(async () => { const wb = W(); const ws = wb.addWorksheet('党组织'); const it = pick(COUNTIES, 7).map(n => { const e = [ri(0, 5), ri(0, 9), ri(10, 90)], eL = ri(1, 15), s = [ri(0, 2), ri(0, 4), ri(3, 40)], sL = ri(0, 8); return { n, e, eL, s, sL }; });
  const line = x => { const es = sum(x.e), ss = sum(x.s); return [x.n, es + x.eL + ss + x.sL, es + x.eL, es, ...x.e, x.eL, ss + x.sL, ss, ...x.s, x.sL]; };
  const rowsD = it.map(line); const T = ['合计', ...rowsD[0].slice(1).map((_, k) => sum(rowsD.map(r => r[k + 1])))];
  put(ws, 1, [['县区', '党组织总数', '非公企业党组织', null, null, null, null, null, '社会组织党组织', null, null, null, null, null],
    [null, null, '小计', '单独建立', null, null, null, '联合建立', '小计', '单独建立', null, null, null, '联合建立'],
    [null, null, null, '小计', '党委', '党总支', '党支部', null, null, '小计', '党委', '党总支', '党支部', null], T, ...rowsD]);
  ['A1:A3', 'B1:B3', 'C1:H1', 'I1:N1', 'C2:C3', 'D2:G2', 'H2:H3', 'I2:I3', 'J2:M2', 'N2:N3'].forEach(m => ws.mergeCells(m));
  await save(wb, 'k42_header3.xlsx', { sheet: '党组织', cell: 'G6', new: o => o + 7, kind: '党支部 breaks 单独建立 小计' }); });
// k43 year sheets
B(async () => { const wb = W(); let base = pick(TOWNS, 7).map(n => ({ n, ...ent() }));
  for (const y of ['2022年', '2023年', '2024年']) { const ws = wb.addWorksheet(y); base = base.map(x => { const N = x.N + ri(-10, 40); const S = Math.min(N - x.L, x.S + ri(0, 10)); return { ...x, N, S, B: S + x.L }; });
    const K = ['N', 'S', 'L', 'B', 'M']; const T = { n: '合计', ...sumK(base, K) }; const line = x => [x.n, x.N, x.S, x.L, x.B, { v: pct(x.B, x.N), fmt: P1 }, x.M];
    put(ws, 1, [[y + '非公企业党组织覆盖情况'], ['乡镇', '企业数', '单独建立党组织企业数', '联合建立党组织覆盖企业数', '党组织覆盖企业数', '覆盖率（%）', '党员数'], ...base.map(line), line(T)]); ws.mergeCells('A1:G1'); }
  await save(wb, 'k43_year_sheets.xlsx', { sheet: '2023年', cell: 'C5', new: o => o + 9, kind: 'covered != own + joint in one year sheet' }); });
// k44 党务工作者 with 合计 column first
B(async () => { const wb = W(); const ws = wb.addWorksheet('党务工作者'); const it = pick(TOWNS, 8).map(n => { const zz = ri(0, 12), jz = ri(5, 90); const nv = ri(0, Math.floor((zz + jz) * 0.6)); return { n, T: zz + jz, zz, jz, nv }; });
  const K = ['T', 'zz', 'jz', 'nv']; const T = { n: '合计', ...sumK(it, K) }; const line = x => [x.n, x.T, x.zz, x.jz, x.nv, { v: pct(x.zz, x.T), fmt: P1 }];
  put(ws, 1, [['乡镇', '党务工作者合计', '专职', '兼职', '其中：女性', '专职占比（%）'], ...it.map(line), line(T)]);
  await save(wb, 'k44_staff.xlsx', { sheet: '党务工作者', cell: 'C4', new: o => o + 4, kind: '专职 + 兼职 != 合计' }); });
// k45 星级评定
B(async () => { const wb = W(); const ws = wb.addWorksheet('星级'); const it = pick(TOWNS, 9).map(n => { const s = split(ri(10, 90), 5); return { n, s, N: sum(s) }; });
  const T = { n: '合计', s: [0, 1, 2, 3, 4].map(k => sum(it.map(x => x.s[k]))) }; T.N = sum(T.s); const line = x => [x.n, x.N, ...x.s, { v: pct(x.s[0] + x.s[1], x.N), fmt: P1 }];
  put(ws, 1, [['乡镇（街道）', '参评党组织数', '五星级', '四星级', '三星级', '二星级', '一星级', '四星级以上占比（%）'], ...it.map(line), line(T)]);
  await save(wb, 'k45_stars.xlsx', { sheet: '星级', cell: 'H5', new: o => rh(o + 6, 1), kind: 'share of 4-5 stars' }); });
// k46 two partitions side by side (性别, 民族)
B(async () => { const wb = W(); const ws = wb.addWorksheet('党员'); const it = pick(COUNTIES, 8).map(n => { const M = ri(200, 3000); const f = Math.floor(M * (0.2 + rnd() * 0.3)); const mz = Math.floor(M * rnd() * 0.1); return { n, M, m: M - f, f, h: M - mz, mz }; });
  const K = ['M', 'm', 'f', 'h', 'mz']; const T = { n: '合计', ...sumK(it, K) }; const line = x => [x.n, ...K.map(k => x[k])];
  put(ws, 1, [['县区', '党员总数', '按性别分', null, '按民族分', null], [null, null, '男', '女', '汉族', '少数民族'], ...it.map(line), line(T)]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:B2'); ws.mergeCells('C1:D1'); ws.mergeCells('E1:F1');
  await save(wb, 'k46_two_partitions.xlsx', { sheet: '党员', cell: 'D6', new: o => o + 25, kind: '男+女 != total' }); });
// k47 age and education partitions, counts
B(async () => { const wb = W(); const ws = wb.addWorksheet('书记'); const it = pick(COUNTIES, 8).map(n => { const N = ri(20, 300); return { n, N, a: split(N, 4), e: split(N, 3) }; });
  const T = { n: '全市', N: sum(it.map(x => x.N)), a: [0, 1, 2, 3].map(k => sum(it.map(x => x.a[k]))), e: [0, 1, 2].map(k => sum(it.map(x => x.e[k]))) }; const line = x => [x.n, x.N, ...x.a, ...x.e];
  put(ws, 1, [['党组织书记基本情况'], ['县区', '书记总数', '年龄', null, null, null, '学历', null, null], [null, null, '35岁及以下', '36至45岁', '46至55岁', '56岁及以上', '大专以下', '大专', '本科及以上'], line(T), ...it.map(line)]);
  ws.mergeCells('A1:I1'); ws.mergeCells('A2:A3'); ws.mergeCells('B2:B3'); ws.mergeCells('C2:F2'); ws.mergeCells('G2:I2');
  await save(wb, 'k47_age_edu.xlsx', { sheet: '书记', cell: 'H6', new: o => o + 12, kind: 'education partition != total' }); });
// k48 CAGR with numeric year headers
B(async () => { const wb = W(); const ws = wb.addWorksheet('三年'); const it = pick(COUNTIES, 8).map(n => { const a = ri(20, 300); const b = a + ri(-10, 60), c = b + ri(-10, 80); return { n, a, b, c }; });
  const T = { n: '合计', ...sumK(it, ['a', 'b', 'c']) }; const line = x => [x.n, x.a, x.b, x.c, { v: pct(x.c - x.a, x.a), fmt: P1 }, { v: rh((Math.sqrt(x.c / x.a) - 1) * 100, 1), fmt: P1 }];
  put(ws, 1, [['非公企业党组织数'], ['县区', 2022, 2023, 2024, '2024年比2022年增长（%）', '年均增长（%）'], ...it.map(line), line(T)]); ws.mergeCells('A1:F1');
  await save(wb, 'k48_cagr.xlsx', { sheet: '三年', cell: 'E5', new: o => rh(o + 10, 1), kind: 'simple growth over 2 years' }); });
// k49 per-branch averages
B(async () => { const wb = W(); const ws = wb.addWorksheet('组织生活'); const it = pick(TOWNS, 8).map(n => { const b = ri(5, 50); return { n, b, d: b * 4 + ri(0, 20), w: b * 12 + ri(0, 40), k: b * 4 + ri(0, 10) }; });
  const K = ['b', 'd', 'w', 'k']; const T = { n: '合计', ...sumK(it, K) }; const line = x => [x.n, x.b, x.d, x.w, x.k, { v: rh(x.d / x.b, 1), fmt: P1 }, { v: rh(x.w / x.b, 1), fmt: P1 }];
  put(ws, 1, [['乡镇', '党支部数', '支部党员大会（次）', '支委会（次）', '党课（次）', '平均每支部党员大会（次）', '平均每支部支委会（次）'], ...it.map(line), line(T)]);
  await save(wb, 'k49_per_branch.xlsx', { sheet: '组织生活', cell: 'F6', new: o => rh(o + 2, 1), kind: 'average per branch' }); });
// k50 groups with blank separators and 小计, 总  计
B(async () => { const wb = W(); const ws = wb.addWorksheet('分片'); const gs = [['城区街道', 4], ['北部乡镇', 4], ['南部乡镇', 3]]; const t = pick(TOWNS, 11); let i = 0; const K = ['N', 'B', 'M']; const line = x => [x.n, x.N, x.B, { v: pct(x.B, x.N), fmt: P1 }, x.M];
  const rowsOut = [['乡镇（街道）', '企业数', '已建立党组织企业数', '覆盖率（%）', '党员数']]; const subs = [];
  for (const [g, k] of gs) { rowsOut.push([g]); const it = t.slice(i, i + k).map(n => ({ n, ...ent() })); i += k; const S = { n: '小计', ...sumK(it, K) }; subs.push(S); rowsOut.push(...it.map(line), line(S), null); }
  rowsOut.push(line({ n: '总  计', ...sumK(subs, K) })); put(ws, 1, rowsOut);
  await save(wb, 'k50_groups_blank.xlsx', { sheet: '分片', cell: 'B7', new: o => o + 30, kind: 'group 小计' }); });
// k51 indented hierarchy, city rows are subtotals, 全省 on top
B(async () => { const wb = W(); const ws = wb.addWorksheet('分市'); const K = ['N', 'B', 'M']; const line = x => [x.n, x.N, x.B, { v: pct(x.B, x.N), fmt: P1 }, x.M]; const out = []; const cs = [];
  for (const c of CITIES.slice(0, 4)) { const ds = pick(COUNTIES, 3).map(n => ({ n: '　　' + n, ...ent(3) })); const S = { n: c, ...sumK(ds, K) }; cs.push(S); out.push(line(S), ...ds.map(line)); }
  put(ws, 1, [['地区', '非公企业数', '已建立党组织企业数', '覆盖率（%）', '党员数'], line({ n: '全省', ...sumK(cs, K) }), ...out]);
  await save(wb, 'k51_indent.xlsx', { sheet: '分市', cell: 'B4', new: o => o + 100, kind: 'district under city' }); });
// k52 合计 merged across 序号 and name columns
B(async () => { const wb = W(); const ws = wb.addWorksheet('统计表'); const it = pick(TOWNS, 8).map(n => ({ n, ...ent() })); const K = ['N', 'B', 'M', 'W']; const T = sumK(it, K);
  const line = (x, i) => [i + 1, x.n, x.N, x.B, { v: pct(x.B, x.N), fmt: P1 }, x.M, x.W];
  put(ws, 1, [['序号', '乡镇（街道）', '企业数', '已建立党组织企业数', '覆盖率（%）', '党员数', '无党员企业数'], ...it.map(line), ['合计', null, T.N, T.B, { v: pct(T.B, T.N), fmt: P1 }, T.M, T.W]]); ws.mergeCells('A10:B10');
  await save(wb, 'k52_merged_total.xlsx', { sheet: '统计表', cell: 'F10', new: o => o + 50, kind: 'total members' }); });
// k53 vertical shares whose rounded parts sum 99.9/100.1, 合计 100.0
B(async () => { const wb = W(); const ws = wb.addWorksheet('学历'); let p, N; for (;;) { N = ri(200, 900); p = split(N, 5); const s = rh(sum(p.map(v => pct(v, N))), 1); if (s !== 100) break; }
  const cats = ['研究生', '大学本科', '大学专科', '中专（高中）', '初中及以下'];
  put(ws, 1, [['非公企业党员学历结构'], ['学历', '人数（名）', '占比（%）'], ...cats.map((c, k) => [c, p[k], { v: pct(p[k], N), fmt: P1 }]), ['合计', N, { v: 100, fmt: P1 }]]); ws.mergeCells('A1:C1');
  await save(wb, 'k53_shares_100.xlsx', { sheet: '学历', cell: 'B4', new: o => o + 20, kind: 'count vs total' }); });
// k54 quarter-end stocks (no sum) + 全年净增
B(async () => { const wb = W(); const ws = wb.addWorksheet('季末'); const it = pick(TOWNS, 8).map(n => { const a = ri(10, 120); let v = a; const q = [0, 1, 2, 3].map(() => (v = v + ri(-2, 6))); return { n, a, q }; });
  const T = { n: '合计', a: sum(it.map(x => x.a)), q: [0, 1, 2, 3].map(k => sum(it.map(x => x.q[k]))) }; const line = x => [x.n, x.a, ...x.q, x.q[3] - x.a];
  put(ws, 1, [['乡镇', '上年末党组织数', '一季度末', '二季度末', '三季度末', '四季度末', '全年净增']], 1); put(ws, 2, [...it.map(line), line(T)]);
  await save(wb, 'k54_quarter_stock.xlsx', { sheet: '季末', cell: 'G4', new: o => o + 5, kind: '净增 != Q4 - 上年末' }); });
// k55 流动党员
B(async () => { const wb = W(); const ws = wb.addWorksheet('流动党员'); const it = pick(COUNTIES, 8).map(n => { const o = ri(20, 400), oc = o - ri(0, Math.floor(o / 10)), i = ri(10, 300), im = i - ri(0, Math.floor(i / 8)); return { n, o, oc, i, im }; });
  const K = ['o', 'oc', 'i', 'im']; const T = { n: '合计', ...sumK(it, K) }; const line = x => [x.n, x.o, x.oc, { v: pct(x.oc, x.o), fmt: P1 }, x.i, x.im, { v: pct(x.im, x.i), fmt: P1 }];
  put(ws, 1, [['县区', '流出党员数', '其中：已取得联系', '联系率（%）', '流入党员数', '其中：已纳入管理', '纳管率（%）'], ...it.map(line), line(T)]);
  await save(wb, 'k55_flow.xlsx', { sheet: '流动党员', cell: 'F7', new: o => o + 400, kind: '其中 纳管 > 流入' }); });
// k56 funds 合计 first column then sources, 万元 with 2 decimals
B(async () => { const wb = W(); const ws = wb.addWorksheet('经费'); const it = pick(COUNTIES, 8).map(n => { const a = ri(100, 5000), b = ri(50, 2000), c = ri(0, 3000); return { n, a, b, c }; });
  const K = ['a', 'b', 'c']; const T = { n: '合计', ...sumK(it, K) }; const w = v => ({ v: rh(v / 100, 2), fmt: P2 }); const line = x => [x.n, w(x.a + x.b + x.c), w(x.a), w(x.b), w(x.c)];
  put(ws, 1, [['党建工作经费保障情况（万元）'], ['县区', '经费合计', '财政专项', '党费返还', '企业管理费列支'], ...it.map(line), line(T)]); ws.mergeCells('A1:E1');
  await save(wb, 'k56_funds.xlsx', { sheet: '经费', cell: 'B5', new: o => rh(o + 10, 2), kind: 'fund total != sources' }); });
// k57 social org by 登记层级 with 其中：行业协会商会 rows
B(async () => { const wb = W(); const ws = wb.addWorksheet('社会组织'); const mk = () => { const N = ri(20, 300), Bt = Math.floor(N * rnd() * 0.5); return { N, Bt, M: Bt * ri(2, 6) }; };
  const st = mk(); const hx = { N: Math.floor(st.N * 0.4), Bt: Math.floor(st.Bt * 0.5), M: Math.floor(st.M * 0.5) }; const mf = mk(), jj = { N: ri(1, 9), Bt: 0, M: 0 }; jj.Bt = ri(0, jj.N); jj.M = jj.Bt * 3;
  const K = ['N', 'Bt', 'M']; const T = sumK([st, mf, jj], K); const line = (n, x) => [n, x.N, x.Bt, { v: pct(x.Bt, x.N), fmt: P1 }, x.M];
  put(ws, 1, [['类别', '数量（个）', '已建立党组织（个）', '覆盖率（%）', '党员（名）'], line('总计', T), line('一、社会团体', st), line('　其中：行业协会商会', hx), line('二、民办非企业单位', mf), line('三、基金会', jj)]);
  await save(wb, 'k57_social_category_rows.xlsx', { sheet: '社会组织', cell: 'B4', new: o => st.N + 30, kind: '其中 row > parent' }); });
// k58 csv GBK two-row-ish simple with 全区 and 注 lines
B(async () => { const it = pick(TOWNS, 8).map(n => ({ n, ...ent() })); const K = ['N', 'B', 'W']; const T = { n: '全区', ...sumK(it, K) }; const line = x => [x.n, x.N, x.B, pct(x.B, x.N).toFixed(1), x.W, pct(x.W, x.N).toFixed(1)];
  csvWrite('k58_gbk_notes.csv', [['乡镇街道', '企业数', '已建立党组织企业数', '覆盖率（%）', '无党员企业数', '无党员企业占比（%）'], line(T), ...it.map(line), [], ['注：1.企业数以市场监管部门登记为准；2.覆盖率=已建立党组织企业数÷企业数×100。'], ['填报人：王某  联系电话：0531-86000000']], 'gbk', { cell: 'B4', new: o => o + 17, kind: 'town count vs 全区' }); });
// k59 rates as text with % and 百分点 text
B(async () => { const wb = W(); const ws = wb.addWorksheet('覆盖率'); const it = pick(COUNTIES, 7).map(n => { const a = ri(200, 900), ab = Math.floor(a * (0.3 + rnd() * 0.4)), b = a + ri(-40, 80), bb = Math.max(0, Math.min(b, ab + ri(-20, 60))); return { n, a, ab, b, bb }; });
  const line = x => { const r1 = pct(x.ab, x.a), r2 = pct(x.bb, x.b); const d = rh(r2 - r1, 1); return [x.n, x.ab, x.bb, r1.toFixed(1) + '%', r2.toFixed(1) + '%', (d >= 0 ? '提高' : '下降') + Math.abs(d).toFixed(1) + '个百分点', x.a, x.b]; };
  put(ws, 1, [['县区', '上年已建立党组织企业数', '本年已建立党组织企业数', '上年覆盖率', '本年覆盖率', '变化情况', '上年企业数', '本年企业数'], ...it.map(line)]);
  await save(wb, 'k59_text_pct.xlsx', { sheet: '覆盖率', cell: 'E3', new: o => (parseFloat(o) + 8).toFixed(1) + '%', kind: 'text rate' }); });
// k60 score sheet with 权重 row on top and 综合得分
B(async () => { const wb = W(); const ws = wb.addWorksheet('综合评价'); const w = [30, 30, 20, 20]; const it = pick(COUNTIES, 9).map(n => { const s = w.map(() => ri(60, 100)); return { n, s, t: rh(sum(s.map((v, k) => v * w[k] / 100)), 1) }; });
  const so = it.map(x => x.t).sort((a, b) => b - a);
  put(ws, 1, [['县区', '覆盖率得分', '组织生活得分', '党员发展得分', '作用发挥得分', '综合得分', '名次'], ['权重（%）', ...w, 100, null], ...it.map(x => [x.n, ...x.s, { v: x.t, fmt: P1 }, so.indexOf(x.t) + 1])]);
  await save(wb, 'k60_weights_row.xlsx', { sheet: '综合评价', cell: 'F5', new: o => rh(o + 5, 1), kind: 'weighted composite' }); });
// k61 enterprise ledger with 统一社会信用代码 numeric-looking and 合计 of 党员 (recognised headers)
B(async () => { const wb = W(); const ws = wb.addWorksheet('台账'); const lines = []; let Mm = 0, Ee = 0;
  for (let i = 0; i < 15; i++) { const e = ri(10, 500), m = ri(0, 40); Ee += e; Mm += m; lines.push([i + 1, '企业' + String.fromCharCode(65 + i) + '有限公司', '9137' + String(ri(1e13, 9e13)), ['城关镇', '龙泉镇', '石桥镇'][i % 3], e, m, m >= 3 ? '单独建立' : m > 0 ? '联合建立' : '未建立', m >= 3 ? 1 : 0]); }
  put(ws, 1, [['序号', '企业名称', '统一社会信用代码', '所在乡镇', '职工人数', '党员数', '党组织组建方式', '是否单独建立党组织（1是0否）'], ...lines, ['合计', null, null, null, Ee, Mm, null, sum(lines.map(l => l[7]))]]);
  await save(wb, 'k61_ledger.xlsx', { sheet: '台账', cell: 'F17', new: o => o + 8, kind: 'ledger total' }); });
// k62 social orgs by town with 其中：园区 row and a town with no social orgs ('—')
B(async () => { const wb = W(); const ws = wb.addWorksheet('社会组织'); const t = pick(TOWNS, 5); const it = t.map(n => { const N = ri(10, 120), Bt = Math.floor(N * (0.1 + rnd() * 0.4)); return { n, N, Bt, M: Bt * ri(2, 5) }; });
  const z = { n: '高坪乡', N: 6, Bt: 0, M: 0 }; const sub = { n: '其中：创业园', N: Math.floor(it[1].N / 2), Bt: Math.floor(it[1].Bt / 2), M: Math.floor(it[1].M / 2) };
  const K = ['N', 'Bt', 'M']; const T = { n: '全乡镇合计', ...sumK([...it, z], K) }; const d = v => v === 0 ? '—' : v;
  const line = x => [x.n, x.N, d(x.Bt), x.N ? { v: pct(x.Bt, x.N), fmt: P1 } : '—', d(x.M)];
  put(ws, 1, [['乡镇', '社会组织数', '已建立党组织数', '覆盖率（%）', '党员数'], line(T), line(it[0]), line(it[1]), line(sub), ...it.slice(2).map(line), line(z)]);
  await save(wb, 'k62_qizhong_zero_region.xlsx'); });
(async () => { for (const b of builders) await b(); fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1)); console.log('built', builders.length, 'planted', manifest.length); })();
