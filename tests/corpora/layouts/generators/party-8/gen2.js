// 党组织书记, 党建指导员, 党建工作经费
'use strict';
const L = require('./lib');
const { addr, sum, rate, avg, wan } = L;
const colSums = (rows, from, to) => { const t = []; for (let c = from; c <= to; c++) t.push(sum(rows.map((x) => x[c]))); return t; };

async function p11() {
  // 书记 by source with a share column after each count
  const r = L.rng(911); const b = new L.Book(); const s = b.sheet('书记来源');
  s.row(['非公有制企业党组织书记来源情况统计表']); s.merge('A1:K1');
  s.row(['单位：名、%']);
  const h1 = s.row(['县（市、区）', '党组织数', '书记人数', '出资人担任', null, '企业管理层担任', null, '普通职工担任', null, '上级选派', null]);
  const h2 = s.row([null, null, null, '人数', '占比（%）', '人数', '占比（%）', '人数', '占比（%）', '人数', '占比（%）']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:C${h2}`); for (const c of ['D', 'F', 'H', 'J']) s.merge(`${c}${h1}:${String.fromCharCode(c.charCodeAt(0) + 1)}${h1}`);
  const cs = L.names(11).counties.slice(0, 9);
  const raw = cs.map((t) => { const org = r.int(60, 420); const sec = org - r.int(0, 6); const p = r.split(sec, 4, 2); return [t, org, sec, p[0], rate(p[0], sec), p[1], rate(p[1], sec), p[2], rate(p[2], sec), p[3], rate(p[3], sec)]; });
  const T = colSums(raw, 1, 10);
  const tr = s.row(['全市', T[0], T[1], T[2], rate(T[2], T[1]), T[4], rate(T[4], T[1]), T[6], rate(T[6], T[1]), T[8], rate(T[8], T[1])], { bold: true });
  const rows = raw.map((x) => s.row(x));
  s.row(['注：占比=该类人数÷书记人数×100%；书记空缺的党组织不计入书记人数。']);
  s.table(h1, rows[rows.length - 1]);
  await L.emit('p11_书记来源_人数占比成对', b, { sheet: s.name, cell: addr(11, rows[4]), kind: 'rate', sign: 1, what: '上级选派 占比 +5' });
}

async function p12() {
  // 选派书记 by 派出单位 type, 其中：第一书记 / 任职满一年
  const r = L.rng(912); const b = new L.Book(); const s = b.sheet('选派书记');
  s.row(['向非公企业和社会组织选派党组织书记情况']); s.merge('A1:J1');
  s.row(['填报单位：（盖章）', null, null, null, null, null, '填报日期：2024年11月30日']);
  const h1 = s.row(['序号', '县（市、区）', '选派书记总数', '按派出单位分', null, null, null, null, '其中：兼任第一书记', '任职满一年']);
  const h2 = s.row([null, null, null, '党政机关', '事业单位', '国有企业', '退休干部', '其他', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:C${h2}`); s.merge(`D${h1}:H${h1}`); s.merge(`I${h1}:I${h2}`); s.merge(`J${h1}:J${h2}`);
  const cs = L.names(12).counties.slice(0, 10);
  const raw = cs.map((t, i) => { const n = r.int(15, 90); const p = r.split(n, 5, 0); return [i + 1, t, n, ...p, r.frac(n, 0.2, 0.5), r.frac(n, 0.5, 0.9)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 2, 9);
  const tr = s.row([null, '合计', ...T], { bold: true });
  s.row(['审核人：', null, null, '填表人：', null, null, '联系电话：']);
  s.table(h1, tr);
  await L.emit('p12_选派书记_派出单位分列_序号', b, { sheet: s.name, cell: addr(6, rows[6]), kind: 'count', what: '国有企业 in a county row (总数 ≠ sources)' });
}

async function p13() {
  // 党建指导员 with per-person average of enterprises contacted
  const r = L.rng(913); const b = new L.Book(); const s = b.sheet('指导员');
  s.row(['党建工作指导员选派及联系企业情况']); s.merge('A1:H1');
  s.row(['单位：名、家']);
  const h = s.row(['乡镇（街道）', '选派党建指导员数', '其中：专职', '兼职', '联系企业数', '其中：未建党组织企业', '人均联系企业数', '本年指导新建党组织数']);
  const towns = L.names(13).towns.slice(0, 12);
  const raw = towns.map((t) => { const n = r.int(3, 18), zz = r.int(0, Math.floor(n / 3)), e = n * r.int(3, 9) + r.int(0, 5), u = r.frac(e, 0.3, 0.7); return [t, n, zz, n - zz, e, u, avg(e, n), r.int(0, Math.floor(u / 4))]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 7);
  const tr = s.row(['全县', T[0], T[1], T[2], T[3], T[4], avg(T[3], T[0]), T[6]], { bold: true });
  s.table(h, tr);
  await L.emit('p13_指导员_人均联系企业数', b, { sheet: s.name, cell: addr(5, rows[2]), kind: 'count', what: '联系企业数 in a town row (total and 人均 break)' });
}

async function p14() {
  // 指导员覆盖率 on the base of enterprises without a party organisation
  const r = L.rng(914); const b = new L.Book(); const s = b.sheet('Sheet1');
  s.row(['未建立党组织企业党建指导员覆盖情况']); s.merge('A1:G1');
  s.row(['单位：家、名、%']);
  const h = s.row(['县（市、区）', '企业总数', '未建立党组织企业数', '已选派党建指导员的企业数', '指导员覆盖率（%）', '选派党建指导员数', '未建立党组织企业占比（%）']);
  const cs = L.names(14).counties.slice(0, 8);
  const raw = cs.map((t) => { const n = r.int(500, 3000), u = r.frac(n, 0.15, 0.45), g = r.frac(u, 0.6, 0.99), p = Math.ceil(g / r.int(4, 8)); return [t, n, u, g, rate(g, u), p, rate(u, n)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 6);
  const tr = s.row(['全市', T[0], T[1], T[2], rate(T[2], T[1]), T[4], rate(T[1], T[0])], { bold: true });
  s.table(h, tr);
  await L.emit('p14_指导员覆盖率_以未建企业为基数', b, { sheet: s.name, cell: addr(4, rows[5]), kind: 'count', what: '已选派指导员企业数 +n (指导员覆盖率 breaks)' });
}

async function p15() {
  // 党建工作经费 in 万元, parts + per-organisation average
  const r = L.rng(915); const b = new L.Book(); const s = b.sheet('经费');
  s.row(['2024年度两新组织党建工作经费保障情况']); s.merge('A1:I1');
  s.row(['单位：个、万元']);
  const h1 = s.row(['县（市、区）', '党组织数', '党建工作经费总额', '经费来源', null, null, null, '平均每个党组织经费', '党员活动阵地数']);
  const h2 = s.row([null, null, null, '党费返还', '财政专项', '企业管理费列支', '其他', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:C${h2}`); s.merge(`D${h1}:G${h1}`); s.merge(`H${h1}:H${h2}`); s.merge(`I${h1}:I${h2}`);
  const cs = L.names(15).counties.slice(0, 9);
  const rawC = cs.map((t) => { const org = r.int(80, 500); const parts = [org * r.int(20, 60), org * r.int(10, 50), org * r.int(30, 120), r.int(0, 3000)]; return { t, org, parts, tot: sum(parts), pos: r.frac(org, 0.5, 0.95) }; });
  const mk = (x) => [x.org, wan(x.tot), ...x.parts.map(wan), Math.round((x.tot / x.org)) / 100, x.pos];
  // average 万元 per org, 2 decimals: tot(百元)/org/100
  const mkAvg = (x) => { return L.ratio(x.tot, x.org * 100, 2, 1); };
  const rows = rawC.map((x) => { const v = mk(x); v[6] = mkAvg(x); return s.row([x.t, ...v]); });
  const T = { org: sum(rawC.map((x) => x.org)), parts: [0, 1, 2, 3].map((k) => sum(rawC.map((x) => x.parts[k]))), pos: sum(rawC.map((x) => x.pos)) }; T.tot = sum(T.parts);
  const tv = mk(T); tv[6] = mkAvg(T);
  const tr = s.row(['合计', ...tv], { bold: true });
  for (let rr = h2 + 1; rr <= tr; rr++) for (const c of [3, 4, 5, 6, 7, 8]) s.fmt(addr(c, rr), '0.00');
  s.row(['说明：平均每个党组织经费=党建工作经费总额÷党组织数。']);
  s.table(h1, tr);
  await L.emit('p15_党建经费_万元_来源分列_平均', b, { sheet: s.name, cell: addr(6, rows[3]), kind: 'money', delta: 8, what: '企业管理费列支 +8万元 (总额 ≠ sources)' });
}

async function p16() {
  // 党费收缴: 元, 收缴率, 返还
  const r = L.rng(916); const b = new L.Book(); const s = b.sheet('党费');
  s.row(['两新组织党费收缴及返还情况']); s.merge('A1:H1');
  s.row(['单位：名、元、%']);
  const h = s.row(['乡镇（街道）', '党员数', '应交党费', '实交党费', '收缴率（%）', '按时足额交纳人数', '按时交纳率（%）', '返还党费']);
  const towns = L.names(16).towns.slice(0, 10);
  const raw = towns.map((t) => { const pm = r.int(40, 400), due = pm * r.int(60, 240), got = due - r.int(0, Math.floor(due * 0.05)), ok = pm - r.int(0, Math.floor(pm * 0.08)); return [t, pm, due, got, rate(got, due, 2), ok, rate(ok, pm, 2), Math.floor(got * 0.2)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 7);
  const tr = s.row(['合计', T[0], T[1], T[2], rate(T[2], T[1], 2), T[4], rate(T[4], T[0], 2), T[6]], { bold: true });
  for (let rr = h + 1; rr <= tr; rr++) for (const c of [3, 4, 8]) s.fmt(addr(c, rr), '#,##0');
  s.table(h, tr);
  await L.emit('p16_党费收缴率_元_千分位格式', b, { sheet: s.name, cell: addr(5, rows[7]), kind: 'rate', sign: -1, what: '收缴率 −5' });
}

async function p17() {
  // 双向进入交叉任职
  const r = L.rng(917); const b = new L.Book(); const s = b.sheet('交叉任职');
  s.row(['非公企业党组织“双向进入、交叉任职”情况']); s.merge('A1:H1');
  const h = s.row(['县（市、区）', '已建党组织企业数', '党组织书记进入管理层的企业数', '占比（%）', '管理层人员数', '其中：党员', '管理层中党员占比（%）', '党组织班子成员数']);
  const cs = L.names(17).counties.slice(0, 8);
  const raw = cs.map((t) => { const n = r.int(50, 400), j = r.frac(n, 0.4, 0.8), m = n * r.int(3, 6), mp = r.frac(m, 0.2, 0.45); return [t, n, j, rate(j, n), m, mp, rate(mp, m), n * r.int(2, 4)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 7);
  const tr = s.row(['合计', T[0], T[1], rate(T[1], T[0]), T[3], T[4], rate(T[4], T[3]), T[6]], { bold: true });
  s.table(h, tr);
  await L.emit('p17_双向进入交叉任职_占比', b, { sheet: s.name, cell: addr(6, rows[1]), kind: 'count', what: '管理层中党员 +n (占比 and total break)' });
}

async function p18() {
  // CSV 指导员 by 来源
  const r = L.rng(918); const b = new L.Book(); const s = b.sheet('p18');
  s.row(['县区', '党建指导员总数', '机关干部', '离退休干部', '社区工作者', '企业党务骨干', '联系企业数', '人均联系企业数']);
  const cs = L.names(18).counties.slice(0, 11);
  const raw = cs.map((t) => { const n = r.int(20, 120), p = r.split(n, 4, 1), e = n * r.int(3, 7); return [t, n, ...p, e, avg(e, n)]; });
  raw.forEach((x) => s.row(x));
  const T = colSums(raw, 1, 6);
  s.row(['合计', ...T, avg(T[5], T[0])]);
  await L.emit('p18_指导员来源_人均_csv', b, { sheet: 'p18', cell: addr(4, 5), kind: 'count', what: '离退休干部 in a county row' }, { csv: true });
}

async function p19() {
  // 经费 with grey subtotal rows by 片区 and blank rows between groups
  const r = L.rng(919); const b = new L.Book(); const s = b.sheet('分片区经费');
  s.row(['各片区两新组织党建经费使用情况']); s.merge('A1:F1');
  s.row(['单位：个、万元']);
  const h = s.row(['片区/乡镇', '党组织数', '经费总额', '其中：用于阵地建设', '其中：用于教育培训', '平均每个党组织']);
  const tw = L.names(19).towns;
  const groups = [['东片区', tw.slice(0, 4)], ['西片区', tw.slice(4, 7)], ['南片区', tw.slice(7, 12)]];
  const all = []; const gsum = []; const mk = (org, tot, a, c) => [org, wan(tot), wan(a), wan(c), L.ratio(tot, org * 100, 2, 1)];
  const plan = [];
  for (const [g, towns] of groups) {
    const items = towns.map((t) => { const org = r.int(10, 60), tot = org * r.int(30, 90) + r.int(0, 99), a = r.frac(tot, 0.3, 0.5), c = r.frac(tot, 0.1, 0.3); return { t, org, tot, a, c }; });
    const G = { org: sum(items.map((x) => x.org)), tot: sum(items.map((x) => x.tot)), a: sum(items.map((x) => x.a)), c: sum(items.map((x) => x.c)) };
    gsum.push(G); plan.push([g, G, items]);
  }
  const T = { org: sum(gsum.map((x) => x.org)), tot: sum(gsum.map((x) => x.tot)), a: sum(gsum.map((x) => x.a)), c: sum(gsum.map((x) => x.c)) };
  const tr = s.row(['全县合计', ...mk(T.org, T.tot, T.a, T.c)], { bold: true, grey: true });
  const rowsAt = [];
  for (const [g, G, items] of plan) {
    s.blank();
    s.row([g + '小计', ...mk(G.org, G.tot, G.a, G.c)], { grey: true });
    for (const x of items) rowsAt.push(s.row(['　' + x.t, ...mk(x.org, x.tot, x.a, x.c)]));
  }
  for (let rr = h + 1; rr <= s.rows.length; rr++) for (const c of [3, 4, 5, 6]) s.fmt(addr(c, rr), '0.00');
  s.table(h, s.rows.length);
  await L.emit('p19_经费_灰色片区小计_空行分组', b, { sheet: s.name, cell: addr(2, rowsAt[5]), kind: 'count', what: '党组织数 in a town row (小计/合计 and average break)' });
}

async function p20() {
  // 书记培训: 参训率, 培训层级 parts (overlap-free)
  const r = L.rng(920); const b = new L.Book(); const s = b.sheet('书记培训');
  s.row(['两新组织党组织书记培训情况']); s.merge('A1:H1');
  s.row(['单位：名、%', null, null, null, null, null, '2024年度']);
  const h1 = s.row(['县（市、区）', '书记总数', '参加培训人数', '其中', null, null, '参训率（%）', '培训班次']);
  const h2 = s.row([null, null, null, '省级培训', '市级培训', '县级培训', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:C${h2}`); s.merge(`D${h1}:F${h1}`); s.merge(`G${h1}:G${h2}`); s.merge(`H${h1}:H${h2}`);
  const cs = L.names(20).counties.slice(0, 9);
  const raw = cs.map((t) => { const n = r.int(80, 500), tr = r.frac(n, 0.7, 0.99), p = r.split(tr, 3, 1); p.sort((a, c) => a - c); return [t, n, tr, ...p, rate(tr, n), r.int(2, 12)]; });
  const T = colSums(raw, 1, 5);
  const tr = s.row(['全市', ...T, rate(T[1], T[0]), sum(raw.map((x) => x[7]))], { bold: true });
  const rows = raw.map((x) => s.row(x));
  s.row(['注：每名书记按最高层级培训计1次，省级+市级+县级=参加培训人数。']);
  s.table(h1, rows[rows.length - 1]);
  await L.emit('p20_书记培训_层级分项_参训率', b, { sheet: s.name, cell: addr(7, rows[6]), kind: 'rate', sign: -1, what: '参训率 −5' });
}

(async () => { for (const f of [p11, p12, p13, p14, p15, p16, p17, p18, p19, p20]) await f(); L.saveManifest('gen2'); })();
