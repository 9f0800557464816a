// monthly progress (本月新增/累计/任务数/完成率), forms with 编码/序号/说明/审核人, ratings, 登记层级
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;
const colSums = (rows, from, to) => { const t = []; for (let c = from; c <= to; c++) t.push(sum(rows.map((x) => x[c]))); return t; };

async function p31() {
  // county rows: 年度任务数, 上月累计, 本月新增, 累计完成, 完成率 (may exceed 100)
  const r = L.rng(931); const b = new L.Book(); const s = b.sheet('10月进度');
  s.row(['2024年新建非公企业党组织攻坚行动进度表（10月）']); s.merge('A1:G1');
  s.row(['单位：个、%', null, null, null, null, '截至10月31日']);
  const h = s.row(['县（市、区）', '年度任务数', '上月累计完成', '本月新增', '累计完成', '完成率（%）', '排名']);
  const cs = L.names(31).counties.slice(0, 10);
  const raw = cs.map((t) => { const task = r.int(20, 120), prev = r.frac(task, 0.5, 1.05), m = r.int(0, 15), c = prev + m; return [t, task, prev, m, c, rate(c, task)]; });
  const order = raw.map((x, i) => [x[5], i]).sort((a, c) => c[0] - a[0]); order.forEach(([, i], k) => { raw[i][6] = k + 1; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 4);
  const tr = s.row(['全市', ...T, rate(T[3], T[0]), null], { bold: true });
  s.table(h, tr);
  await L.emit('p31_月度进度_任务数_本月累计_完成率超百', b, { sheet: s.name, cell: addr(5, rows[3]), kind: 'count', what: '累计完成 (≠ 上月累计+本月新增, 完成率 breaks)' });
}

async function p32() {
  // months as rows with running totals; 全年合计 for 本月 columns only
  const r = L.rng(932); const b = new L.Book(); const s = b.sheet('月度');
  s.row(['2024年逐月新建党组织和发展党员情况']); s.merge('A1:E1');
  const h = s.row(['月份', '本月新建党组织', '累计新建党组织', '本月发展党员', '累计发展党员']);
  let c1 = 0, c2 = 0; const rows = [];
  const ms = []; for (let m = 1; m <= 12; m++) { const a = r.int(0, 14), d = r.int(2, 30); c1 += a; c2 += d; ms.push([a, d]); rows.push(s.row([m + '月', a, c1, d, c2])); }
  const tr = s.row(['全年', c1, '—', c2, '—'], { bold: true });
  s.table(h, tr);
  await L.emit('p32_逐月_本月与累计_全年', b, { sheet: s.name, cell: addr(3, rows[6]), kind: 'count', what: '7月 累计 (running total broken)' });
}

async function p33() {
  // three targets with completion rates
  const r = L.rng(933); const b = new L.Book(); const s = b.sheet('任务完成');
  s.row(['两新组织党建重点任务完成情况']); s.merge('A1:J1');
  s.row(['单位：个、名、%']);
  const h1 = s.row(['县（市、区）', '新建党组织', null, null, '选派党建指导员', null, null, '消除无党员企业', null, null]);
  const h2 = s.row([null, '任务数', '完成数', '完成率', '任务数', '完成数', '完成率', '任务数', '完成数', '完成率']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:D${h1}`); s.merge(`E${h1}:G${h1}`); s.merge(`H${h1}:J${h1}`);
  const cs = L.names(33).counties.slice(0, 9);
  const raw = cs.map((t) => { const a = r.int(10, 80), ac = r.frac(a, 0.6, 1.3), g = r.int(10, 60), gc = r.frac(g, 0.7, 1.2), n = r.int(20, 150), nc = r.frac(n, 0.4, 1.1); return [t, a, ac, rate(ac, a), g, gc, rate(gc, g), n, nc, rate(nc, n)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 9);
  const tr = s.row(['合计', T[0], T[1], rate(T[1], T[0]), T[3], T[4], rate(T[4], T[3]), T[6], T[7], rate(T[7], T[6])], { bold: true });
  s.table(h1, tr);
  await L.emit('p33_三项任务_任务数完成数完成率', b, { sheet: s.name, cell: addr(7, rows[2]), kind: 'rate', sign: -1, what: '指导员 完成率 −5' });
}

async function p34() {
  // full form: 填报单位/日期/审核人, 说明, 序号, 编码, blank rows between groups, grey subtotals, 合计 at top
  const r = L.rng(934); const b = new L.Book(); const s = b.sheet('填报表');
  s.row([null, null, null, null, null, null, null, null, '表号：两新统2表']);
  s.row(['非公有制企业党组织覆盖情况统计表']); s.merge('A2:I2');
  s.row(['填报单位（盖章）：中共凤岭县委组织部', null, null, null, null, null, null, null, '单位：个、名、%']);
  const h = s.row(['序号', '编码', '乡镇（街道）', '企业数', '建立党组织企业数', '覆盖率（%）', '党员数', '无党员企业数', '选派党建指导员数']);
  const tw = L.names(34).towns;
  const groups = [['城区片', tw.slice(0, 4)], ['北部片', tw.slice(4, 8)], ['南部片', tw.slice(8, 11)]];
  const items = []; const plan = [];
  let k = 0;
  for (const [g, ts] of groups) {
    const it = ts.map((t) => { k++; const e = r.int(20, 260), c = r.frac(e, 0.4, 0.85), nm = r.frac(e - c, 0.3, 0.7); return [k, '3607' + String(20 + k).padStart(2, '0') + '100', t, e, c, rate(c, e), c * r.int(4, 9), nm, r.frac(nm, 0.3, 0.8)]; });
    plan.push([g, it]); items.push(...it);
  }
  const T = colSums(items, 3, 8);
  const tr = s.row([null, '360720', '合计', T[0], T[1], rate(T[1], T[0]), T[3], T[4], T[5]], { bold: true });
  const rowsAt = [];
  for (const [g, it] of plan) {
    s.blank();
    const G = colSums(it, 3, 8);
    s.row([null, null, g + '小计', G[0], G[1], rate(G[1], G[0]), G[3], G[4], G[5]], { grey: true });
    for (const x of it) rowsAt.push(s.row(x));
  }
  const last = s.rows.length;
  s.row(['说明：1.本表统计范围为辖区内登记注册的非公有制企业，含个体工商户中有雇工7人以上的；2.覆盖率=建立党组织企业数÷企业数×100%；3.各片小计之和等于合计。']); s.merge(`A${last + 1}:I${last + 1}`);
  s.row(['单位负责人：陈立', null, '审核人：周敏', null, null, '填表人：吴静', null, '填报日期：2024年12月25日']);
  s.table(h, last);
  await L.emit('p34_完整表式_编码序号_片区灰色小计_说明', b, { sheet: s.name, cell: addr(4, rowsAt[5]), kind: 'count', what: '企业数 in a town row (小计/合计/覆盖率 break)' });
}

async function p35() {
  // 编码 column of 6-digit division codes, unit line, 说明 with numbers, total bottom
  const r = L.rng(935); const b = new L.Book(); const s = b.sheet('社会组织覆盖');
  s.row(['社会组织党的组织和工作覆盖情况']); s.merge('A1:H1');
  s.row(['单位：个、%']);
  const h = s.row(['行政区划代码', '县（市、区）', '社会组织数', '建立党组织数', '党的组织覆盖率（%）', '未建党组织但选派党建指导员数', '党的工作覆盖率（%）', '备注']);
  const cs = L.names(35).counties.slice(0, 9);
  const raw = cs.map((t, i) => { const n = r.int(80, 600), c = r.frac(n, 0.3, 0.7), g = r.frac(n - c, 0.5, 1); return [String(430102 + i * 2), t, n, c, rate(c, n), g, rate(c + g, n), i === 2 ? '含经开区' : null]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 2, 5);
  const tr = s.row(['430100', '全市', T[0], T[1], rate(T[1], T[0]), T[3], rate(T[1] + T[3], T[0]), null], { bold: true });
  s.row(['说明：1.党的工作覆盖率=（建立党组织数+未建党组织但选派党建指导员数）÷社会组织数×100%；2.数据截至2024年12月31日，共涉及9个县（市、区）。']);
  s.table(h, tr);
  await L.emit('p35_区划代码列_组织和工作覆盖率', b, { sheet: s.name, cell: addr(5, rows[6]), kind: 'rate', sign: 1, what: '党的组织覆盖率 +5' });
}

async function p36() {
  // monthly with 完成率 typed as text with %
  const r = L.rng(936); const b = new L.Book(); const s = b.sheet('进度');
  s.row(['“两企三新”党建工作推进情况月报']); s.merge('A1:F1');
  s.row(['填报日期：2024年9月5日']);
  const h = s.row(['乡镇（街道）', '任务数', '本月新增', '累计完成', '完成率', '备注']);
  const towns = L.names(36).towns.slice(0, 12);
  const raw = towns.map((t) => { const task = r.int(3, 20), c = r.frac(task, 0.5, 1.4), m = r.int(0, Math.min(4, c)); return [t, task, m, c, rate(c, task).toFixed(1) + '%', c > task ? '超额完成' : null]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 3);
  const tr = s.row(['合计', ...T, rate(T[2], T[0]).toFixed(1) + '%', null], { bold: true });
  s.table(h, tr);
  await L.emit('p36_月报_完成率文本百分号_超额', b, { sheet: s.name, cell: addr(2, rows[8]), kind: 'count', what: '任务数 in a town row (完成率 and total break)' });
}

async function p37() {
  // ten-day report: 本期新增 and 累计 as paired columns per measure
  const r = L.rng(937); const b = new L.Book(); const s = b.sheet('旬报');
  s.row(['非公企业“清零”行动旬报']); s.merge('A1:H1');
  s.row(['单位：家、名', null, null, null, null, null, '第3期']);
  const h1 = s.row(['县（市、区）', '摸排无党员企业数', '选派党建指导员', null, '消除无党员企业', null, '剩余无党员企业数', '消除率（%）']);
  const h2 = s.row([null, null, '本期新增', '累计', '本期', '累计', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:D${h1}`); s.merge(`E${h1}:F${h1}`); s.merge(`G${h1}:G${h2}`); s.merge(`H${h1}:H${h2}`);
  const cs = L.names(37).counties.slice(0, 8);
  const raw = cs.map((t) => { const n = r.int(100, 900), gc = r.frac(n, 0.2, 0.5), g = r.int(0, Math.min(30, gc)), ec = r.frac(n, 0.1, 0.4), e = r.int(0, Math.min(25, ec)); return [t, n, g, gc, e, ec, n - ec, rate(ec, n)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 6);
  const tr = s.row(['全市', ...T, rate(T[4], T[0])], { bold: true });
  s.table(h1, tr);
  await L.emit('p37_旬报_本期累计成对_剩余与消除率', b, { sheet: s.name, cell: addr(6, rows[4]), kind: 'count', what: '消除 累计 (剩余 and 消除率 break)' });
}

async function p38() {
  // CSV monthly per town with 任务数 and 完成率
  const r = L.rng(938); const b = new L.Book(); const s = b.sheet('p38');
  s.row(['乡镇', '年度任务数', '本月新增', '累计完成', '完成率(%)', '累计新增党员']);
  const towns = L.names(38).towns.slice(0, 10);
  const raw = towns.map((t) => { const task = r.int(5, 30), c = r.frac(task, 0.4, 1.3), m = r.int(0, Math.min(5, c)); return [t, task, m, c, rate(c, task), r.int(0, 40)]; });
  raw.forEach((x) => s.row(x));
  const T = colSums(raw, 1, 5);
  s.row(['合计', T[0], T[1], T[2], rate(T[2], T[0]), T[4]]);
  await L.emit('p38_月度任务完成_csv', b, { sheet: 'p38', cell: addr(5, 4), kind: 'rate', sign: 1, what: '完成率 +5' }, { csv: true });
}

async function p39() {
  // 星级评定 distribution with 四星及以上占比
  const r = L.rng(939); const b = new L.Book(); const s = b.sheet('星级');
  s.row(['非公企业党组织星级评定结果统计']); s.merge('A1:I1');
  const h1 = s.row(['县（市、区）', '参评党组织数', '评定等次', null, null, null, null, '四星及以上', null]);
  const h2 = s.row([null, null, '五星', '四星', '三星', '二星', '一星', '个数', '占比（%）']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:G${h1}`); s.merge(`H${h1}:I${h1}`);
  const cs = L.names(39).counties.slice(0, 9);
  const raw = cs.map((t) => { const n = r.int(40, 300), p = r.split(n, 5, 1); return [t, n, ...p, p[0] + p[1], rate(p[0] + p[1], n)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 7);
  const tr = s.row(['合计', ...T, rate(T[6], T[0])], { bold: true });
  s.table(h1, tr);
  await L.emit('p39_星级评定_五档分布_四星以上占比', b, { sheet: s.name, cell: addr(4, rows[3]), kind: 'count', what: '四星 count (参评 ≠ sum, 四星及以上 breaks)' });
}

async function p40() {
  // 组织生活: 按期换届率, 三会一课 开展率
  const r = L.rng(940); const b = new L.Book(); const s = b.sheet('组织生活');
  s.row(['两新组织党组织规范化建设情况']); s.merge('A1:H1');
  s.row(['单位：个、%']);
  const h = s.row(['县（市、区）', '党组织数', '应换届党组织数', '按期换届数', '按期换届率（%）', '“三会一课”正常开展的党组织数', '开展率（%）', '软弱涣散党组织数']);
  const cs = L.names(40).counties.slice(0, 8);
  const raw = cs.map((t) => { const n = r.int(60, 500), due = r.frac(n, 0.2, 0.4), ok = due - r.int(0, 3), sh = r.frac(n, 0.8, 0.99); return [t, n, due, ok, rate(ok, due), sh, rate(sh, n), r.int(0, 6)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 7);
  const tr = s.row(['合计', T[0], T[1], T[2], rate(T[2], T[1]), T[4], rate(T[4], T[0]), T[6]], { bold: true });
  s.table(h, tr);
  await L.emit('p40_换届率_三会一课开展率', b, { sheet: s.name, cell: addr(7, rows[5]), kind: 'rate', sign: -1, what: '开展率 −5' });
}

async function p41() {
  // social organisations by 登记层级 (市级+县级) per type as rows
  const r = L.rng(941); const b = new L.Book(); const s = b.sheet('登记层级');
  s.row(['社会组织党建工作情况（按登记层级）']); s.merge('A1:G1');
  s.row(['单位：个、%']);
  const h = s.row(['类型', '合计', '市级登记', '县级登记', '已建立党组织数', '覆盖率（%）', '选派党建指导员数']);
  const types = ['社会团体', '社会服务机构', '基金会'];
  const raw = types.map((t) => { const a = r.int(20, 300), c = r.int(50, 900); const n = a + c, cv = r.frac(n, 0.3, 0.7); return [t, n, a, c, cv, rate(cv, n), r.frac(n - cv, 0.3, 0.7)]; });
  const T = colSums(raw, 1, 6);
  const tr = s.row(['总计', T[0], T[1], T[2], T[3], rate(T[3], T[0]), T[5]], { bold: true });
  const rows = raw.map((x) => s.row(x));
  s.table(h, rows[rows.length - 1]);
  await L.emit('p41_社会组织类型行_市级县级登记', b, { sheet: s.name, cell: addr(3, rows[1]), kind: 'count', what: '市级登记 in 社会服务机构 row (合计 ≠ 市级+县级)' });
}

async function p42() {
  // 两新 combined form with 序号 + 编码 + 无党员 + 指导员 for each block; 全县 top
  const r = L.rng(942); const b = new L.Book(); const s = b.sheet('两新统计');
  s.row(['“两新”组织党建工作基本情况统计表']); s.merge('A1:L1');
  s.row(['填报单位：中共碧江县委两新工委', null, null, null, null, null, null, null, null, null, '单位：个、%']);
  const h1 = s.row(['序号', '乡镇（街道）', '非公有制企业', null, null, null, '社会组织', null, null, null, '两新组织覆盖率（%）', '备注']);
  const h2 = s.row([null, null, '企业数', '建立党组织数', '覆盖率（%）', '无党员企业数', '社会组织数', '建立党组织数', '覆盖率（%）', '无党员社会组织数', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:F${h1}`); s.merge(`G${h1}:J${h1}`); s.merge(`K${h1}:K${h2}`); s.merge(`L${h1}:L${h2}`);
  const towns = L.names(0).towns.slice(0, 10);
  const raw = towns.map((t, i) => { const e = r.int(20, 200), ec = r.frac(e, 0.4, 0.85), en = r.frac(e - ec, 0.3, 0.7), o = r.int(2, 30), oc = r.frac(o, 0.2, 0.8), on = r.frac(o - oc, 0.3, 0.8); return [i + 1, t, e, ec, rate(ec, e), en, o, oc, rate(oc, o), on, rate(ec + oc, e + o), null]; });
  const T = [2, 3, 5, 6, 7, 9].map((c) => sum(raw.map((x) => x[c])));
  const tr = s.row([null, '全县', T[0], T[1], rate(T[1], T[0]), T[2], T[3], T[4], rate(T[4], T[3]), T[5], rate(T[1] + T[4], T[0] + T[3]), null], { bold: true });
  const rows = raw.map((x) => s.row(x));
  s.row(['说明：两新组织覆盖率=（非公有制企业建立党组织数+社会组织建立党组织数）÷（企业数+社会组织数）×100%。']);
  s.row(['审核人：黄伟', null, null, null, '填表人：林晓', null, null, null, '联系电话：0797-8123456']);
  s.table(h1, rows[rows.length - 1]);
  await L.emit('p42_两新表式_两块加合计覆盖率_序号', b, { sheet: s.name, cell: addr(11, rows[4]), kind: 'rate', sign: 1, what: '两新组织覆盖率 +5 in a town row' });
}

(async () => { for (const f of [p31, p32, p33, p34, p35, p36, p37, p38, p39, p40, p41, p42]) await f(); L.saveManifest('gen4'); })();
