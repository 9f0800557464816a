// Category 2: 流动党员, 党建指导员 per enterprise, 党组织书记情况
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;

async function w05() {
  const r = L.rng(205);
  const b = new L.Book();
  const s = b.sheet('流动党员', { widths: [12, 10, 14, 10, 10, 14, 10, 14] });
  s.row(['泽原市非公企业和社会组织流动党员管理情况统计表']); s.merge('A1:H1');
  s.row(['单位：名、%、个', null, null, null, null, null, '截至2025年3月底']);
  const h1 = s.row(['县（市、区）', '流出党员', null, null, '流入党员', null, null, '依托企业建立流动党员党组织（个）']);
  const h2 = s.row([null, '总数', '已与流出地党组织保持联系', '联系率（%）', '总数', '已纳入流入地党组织管理', '纳入率（%）', null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:D${h1}`); s.merge(`E${h1}:G${h1}`); s.merge(`H${h1}:H${h2}`);
  const regions = L.names(5).counties.slice(0, 8);
  const data = regions.map((nm) => {
    const out = r.int(40, 420); const outC = Math.floor(out * (0.82 + r() * 0.17));
    const inn = r.int(60, 900); const inM = Math.floor(inn * (0.7 + r() * 0.28));
    return [nm, out, outC, inn, inM, r.int(0, 9)];
  });
  const line = (d, o) => s.row([d[0], d[1], d[2], { v: rate(d[2], d[1]), z: '0.0' }, d[3], d[4], { v: rate(d[4], d[3]), z: '0.0' }, d[5]], o);
  const rows = data.map((d) => line(d));
  const T = ['合计', ...[1, 2, 3, 4, 5].map((c) => sum(data.map((d) => d[c])))];
  const tr = line(T, { bold: true });
  s.row(['注：联系率=已与流出地党组织保持联系的流出党员÷流出党员总数×100；纳入率=已纳入流入地党组织管理的流入党员÷流入党员总数×100。']);
  s.table(h1, tr);
  await L.emit('w05_流动党员流出流入纳入率', b, { sheet: '流动党员', cell: addr(7, rows[2]), kind: 'rate', how: 'pct7', note: '流入 纳入率 in a county row' });
}

async function w06() {
  const r = L.rng(206);
  const b = new L.Book();
  const s = b.sheet('指导员台账', { widths: [6, 30, 12, 10, 10, 12, 14, 8, 8, 22] });
  s.row(['桐溪县非公企业党建工作指导员选派情况台账']); s.merge('A1:J1');
  s.row(['填报单位：桐溪县非公有制经济组织党委', null, null, null, null, null, null, null, '2024年11月']);
  const h1 = s.row(['序号', '企业名称', '所属乡镇', '职工人数（人）', '党员人数（名）', '是否建立党组织', '党建工作指导员（名）', '其中', null, '指导员来源']);
  const h2 = s.row([null, null, null, null, null, null, null, '专职', '兼职', null]);
  for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'J']) s.merge(`${c}${h1}:${c}${h2}`);
  s.merge(`H${h1}:I${h1}`);
  const names = L.companyNames(r, 18, '桐溪');
  const towns = L.names(6).towns.slice(0, 6);
  const src = ['县直机关干部', '乡镇党委委员', '退休党员干部', '园区党工委', '驻村第一书记'];
  const data = names.map((nm, i) => {
    const emp = r.int(12, 860); const mem = r.int(0, Math.min(40, Math.floor(emp / 8) + 1));
    const built = mem >= 3 ? '是' : '否';
    const g = r.int(1, 3); const full = r.int(0, g === 1 ? 0 : 1);
    return [i + 1, nm, r.pick(towns), emp, mem, built, g, full, g - full, r.pick(src)];
  });
  const rows = data.map((d) => s.row(d));
  const T = [null, '合计', null, sum(data.map((d) => d[3])), sum(data.map((d) => d[4])), null, sum(data.map((d) => d[6])), sum(data.map((d) => d[7])), sum(data.map((d) => d[8])), null];
  const tr = s.row(T, { bold: true });
  s.row(['审核人：陈建国', null, null, null, '填表人：吴敏', null, null, '联系电话：13907910245']);
  s.table(h1, tr);
  await L.emit('w06_党建指导员选派台账', b, { sheet: '指导员台账', cell: addr(8, rows[6]), kind: 'part', how: 'plus7', note: '专职 in an enterprise row' });
}

async function w07() {
  const r = L.rng(207);
  const b = new L.Book();
  const s = b.sheet('书记情况', { widths: [12, 10, 10, 10, 14, 8, 12, 14, 12] });
  s.row(['宁州市非公企业党组织书记队伍情况统计表']); s.merge('A1:I1');
  s.row(['单位：个、名、%']);
  const h = s.row(['地区', '党组织数（个）', '书记空缺（个）', '书记总数（名）', '其中：出资人兼任', '主要经营管理者兼任', '专职书记',
    '“一肩挑”人数', '一肩挑比例（%）']);
  const regions = L.names(7).counties.slice(0, 7);
  const data = regions.map((nm) => {
    const orgs = r.int(80, 520); const vac = r.int(0, Math.floor(orgs * 0.05));
    const sec = orgs - vac;
    const inv = Math.floor(sec * (0.15 + r() * 0.15)); const mgr = Math.floor(sec * (0.1 + r() * 0.12));
    const full = r.int(0, Math.floor(sec * 0.06));
    return [nm, orgs, vac, sec, inv, mgr, full, inv + mgr];
  });
  const line = (d, o) => s.row([...d, { v: rate(d[7], d[3]), z: '0.0' }], o);
  const T = ['全市', ...[1, 2, 3, 4, 5, 6, 7].map((c) => sum(data.map((d) => d[c])))];
  const tr = line(T, { bold: true });
  data.forEach((d) => line(d));
  const last = s.rows.length;
  s.row(['注：“一肩挑”指党组织书记由出资人或主要经营管理者兼任；一肩挑比例=“一肩挑”人数÷书记总数×100；书记总数=党组织数−书记空缺。']);
  s.table(h, last);
  await L.emit('w07_党组织书记情况', b, { sheet: '书记情况', cell: addr(4, tr), kind: 'total', how: 'pct7', note: '全市 书记总数' });
}

async function w08() {
  const r = L.rng(208);
  const b = new L.Book();
  const s = b.sheet('csv');
  s.row(['乡镇（街道）', '流入党员数', '其中：省外流入', '已纳入管理', '纳入管理率(%)', '组建流动党员党支部数', '备注']);
  const towns = L.names(8).towns.slice(0, 11);
  const data = towns.map((nm) => { const n = r.int(8, 160); return [nm, n, Math.floor(n * (0.2 + r() * 0.5)), Math.floor(n * (0.75 + r() * 0.25)), r.int(0, 3)]; });
  const line = (d, note) => s.row([d[0], d[1], d[2], d[3], { v: rate(d[3], d[1]), z: '0.0' }, d[4], note || '']);
  const T = ['全县合计', ...[1, 2, 3, 4].map((c) => sum(data.map((d) => d[c])))];
  line(T);
  const rows = data.map((d, i) => line(d, i === 2 ? '含工业园区' : ''));
  await L.emit('w08_流入党员乡镇', b, { sheet: 'csv', cell: addr(4, rows[5]), kind: 'part', how: 'pct10', note: '已纳入管理 in a town row' }, { csv: true });
}

(async () => { await w05(); await w06(); await w07(); await w08(); L.saveManifest('gen2'); })().catch((e) => { console.error(e); process.exit(1); });
