// Category 6: 规模 / 登记类型 breakdowns; Category 7: 应建未建
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;

async function w21() {
  const r = L.rng(621);
  const N = L.names(21);
  const b = new L.Book();
  const s = b.sheet('按规模和类型', { widths: [12, 10, 10, 10, 12, 10, 12, 14, 14, 12] });
  s.row([`${N.cities[0]}非公有制企业分类情况统计表`]); s.merge('A1:J1');
  s.row(['单位：家、%', null, null, null, null, null, null, null, '截至2024年底']);
  const h1 = s.row(['地区', '企业总数', '按规模分', null, null, '按登记注册类型分', null, null, '已建立党组织企业数', '覆盖率（%）']);
  const h2 = s.row([null, null, '规模以上', '规模以下', '其中：小微企业', '私营企业', '外商投资企业', '港澳台商投资企业', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:E${h1}`); s.merge(`F${h1}:H${h1}`); s.merge(`I${h1}:I${h2}`); s.merge(`J${h1}:J${h2}`);
  const data = N.counties.slice(0, 8).map((nm) => {
    const n = r.int(400, 3500); const above = Math.floor(n * (0.06 + r() * 0.1)); const below = n - above; const sm = Math.floor(below * (0.8 + r() * 0.18));
    const fo = Math.floor(n * (0.01 + r() * 0.03)); const hk = Math.floor(n * (0.005 + r() * 0.02)); const pr = n - fo - hk;
    const built = Math.floor(n * (0.25 + r() * 0.3));
    return [nm, n, above, below, sm, pr, fo, hk, built];
  });
  const line = (d, o) => s.row([...d, { v: rate(d[8], d[1]), z: '0.0' }], o);
  const rows = data.map((d) => line(d));
  const T = ['合计', ...Array.from({ length: 8 }, (_, i) => sum(data.map((d) => d[i + 1])))];
  const tr = line(T, { bold: true });
  s.row(['注：企业总数=规模以上+规模以下=私营企业+外商投资企业+港澳台商投资企业。']);
  s.table(h1, tr);
  await L.emit('w21_规模与登记类型两种分组', b, { sheet: '按规模和类型', cell: addr(7, rows[3]), kind: 'part', how: 'pct10', note: '外商投资企业 in a county row' });
}

async function w22() {
  const r = L.rng(622);
  const N = L.names(22);
  const b = new L.Book();
  const s = b.sheet('分类覆盖', { widths: [24, 10, 14, 12, 12, 12, 10] });
  s.row([`${N.counties[0]}非公企业党组织覆盖情况（按企业规模、登记注册类型分）`]); s.merge('A1:G1');
  s.row(['单位：家、个、%、名']);
  const h1 = s.row(['项目', '企业数', '建立党组织企业数', '其中', null, '覆盖率（%）', '党员数']);
  const h2 = s.row([null, null, null, '单独建立', '联合建立', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:C${h2}`); s.merge(`D${h1}:E${h1}`); s.merge(`F${h1}:F${h2}`); s.merge(`G${h1}:G${h2}`);
  const mk = (n) => { const own = Math.floor(n * (0.08 + r() * 0.3)); const j = Math.floor(n * (0.15 + r() * 0.3)); return [n, own, j, own * r.int(4, 9) + j * r.int(1, 2)]; };
  const above = mk(r.int(90, 180)); const below = mk(r.int(900, 1600));
  const small = (() => { const n = Math.floor(below[0] * 0.85); const own = Math.min(below[1] - 5, Math.floor(n * 0.1)); const j = Math.min(below[2] - 3, Math.floor(n * 0.3)); return [n, own, j, Math.min(below[3] - 10, own * 5 + j)]; })();
  const total = [0, 1, 2, 3].map((i) => above[i] + below[i]);
  // same total split by registration type
  const regs = ['私营企业', '外商投资企业', '港澳台商投资企业'];
  const nS = [total[0] - 0, 0, 0]; nS[1] = r.int(30, 60); nS[2] = r.int(10, 30); nS[0] = total[0] - nS[1] - nS[2];
  const ownS = [0, r.int(5, 15), r.int(2, 8)]; ownS[0] = total[1] - ownS[1] - ownS[2];
  const jS = [0, r.int(3, 10), r.int(1, 6)]; jS[0] = total[2] - jS[1] - jS[2];
  const mS = [0, ownS[1] * 6, ownS[2] * 5 + jS[2]]; mS[0] = total[3] - mS[1] - mS[2];
  const line = (nm, d, o) => s.row([nm, d[0], d[1] + d[2], d[1], d[2], { v: rate(d[1] + d[2], d[0]), z: '0.0' }, d[3]], o);
  const tr = line('合计', total, { bold: true });
  s.row(['一、按企业规模分']);
  const r1 = line('  规模以上企业', above);
  const r2 = line('  规模以下企业', below);
  const r3 = line('    其中：小微企业', small);
  s.row(['二、按登记注册类型分']);
  const rr = regs.map((nm, i) => line('  ' + nm, [nS[i], ownS[i], jS[i], mS[i]]));
  s.row(['注：两种分组口径的合计均等于第一行合计数。']);
  s.table(h1, rr[2]);
  await L.emit('w22_两种分组同表合计在上', b, { sheet: '分类覆盖', cell: addr(2, tr), kind: 'total', how: 'pct7', note: '合计 企业数' });
}

async function w23() {
  const r = L.rng(623);
  const N = L.names(23);
  const b = new L.Book();
  const s = b.sheet('csv');
  s.row(['乡镇（街道）', '非公企业数', '其中：规模以上企业', '已建党组织企业数', '其中：规模以上已建', '非公企业覆盖率(%)', '规模以上企业覆盖率(%)']);
  const data = N.towns.slice(0, 12).map((t) => {
    const n = r.int(40, 380); const ab = r.int(3, Math.max(4, Math.floor(n * 0.15))); const abB = Math.floor(ab * (0.5 + r() * 0.45));
    const built = abB + Math.floor((n - ab) * (0.1 + r() * 0.25));
    return [t, n, ab, built, abB];
  });
  const line = (d) => s.row([...d, { v: rate(d[3], d[1]), z: '0.0' }, { v: rate(d[4], d[2]), z: '0.0' }]);
  const T = ['全县', ...[1, 2, 3, 4].map((c) => sum(data.map((d) => d[c])))];
  line(T);
  const rows = data.map(line);
  await L.emit('w23_规模以上覆盖率两个基数', b, { sheet: 'csv', cell: addr(7, rows[5]), kind: 'rate', how: 'pct7', note: '规模以上企业覆盖率 in a town row' }, { csv: true });
}

async function w24() {
  const r = L.rng(624);
  const N = L.names(24);
  const b = new L.Book();
  const s = b.sheet('应建未建', { widths: [12, 16, 12, 12, 14, 18, 14, 12] });
  s.row([`${N.cities[0]}非公企业“应建未建”党组织情况统计表`]); s.merge('A1:H1');
  s.row(['单位：家、%', null, null, null, null, null, '2025年5月']);
  const h = s.row(['县（市、区）', '有3名以上正式党员的企业数', '已建立党组织', '应建未建', '应建未建占比（%）', '已选派党建指导员的未建企业', '指导员覆盖率（%）', '计划年内组建']);
  const data = N.counties.slice(0, 9).map((nm) => {
    const should = r.int(60, 420); const unb = r.int(1, Math.floor(should * 0.18)); const sel = r.int(0, unb); const plan = r.int(0, unb);
    return [nm, should, should - unb, unb, sel, plan];
  });
  const line = (d, o) => s.row([d[0], d[1], d[2], d[3], { v: rate(d[3], d[1]), z: '0.0' }, d[4], { v: rate(d[4], d[3]), z: '0.0' }, d[5]], o);
  const T = ['全市', ...[1, 2, 3, 4, 5].map((c) => sum(data.map((d) => d[c])))];
  const tr = line(T, { bold: true });
  const rows = data.map((d) => line(d));
  s.row(['注：应建未建占比=应建未建÷有3名以上正式党员的企业数×100；指导员覆盖率=已选派党建指导员的未建企业÷应建未建×100。']);
  s.table(h, rows[rows.length - 1]);
  await L.emit('w24_应建未建占比与指导员覆盖', b, { sheet: '应建未建', cell: addr(5, rows[2]), kind: 'rate', how: 'pct10', note: '应建未建占比 in a county row' });
}

async function w25() {
  const r = L.rng(625);
  const N = L.names(25);
  const b = new L.Book();
  const s = b.sheet('未建企业名单', { widths: [6, 10, 32, 10, 10, 22, 12, 14] });
  s.row([`${N.cities[0]}应建未建党组织企业名单`]); s.merge('A1:H1');
  const h = s.row(['序号', '县区', '企业名称', '正式党员数', '职工人数', '未建原因', '是否选派指导员', '计划组建时间']);
  const counties = N.counties.slice(0, 5);
  const reasons = ['党员流动性大', '企业负责人认识不到位', '党员组织关系未转入', '企业处于筹建期', '拟与邻近企业联合组建'];
  const list = [];
  counties.forEach((c) => { const k = r.int(2, 6); for (let i = 0; i < k; i++) list.push({ c, mem: r.int(3, 11), emp: r.int(30, 400), sel: r() < 0.6 ? '是' : '否' }); });
  const cos = L.companyNames(r, list.length, N.cities[0].slice(0, 2));
  list.forEach((x, i) => s.row([i + 1, x.c, cos[i], x.mem, x.emp, r.pick(reasons), x.sel, `2025年${r.int(6, 12)}月`]));
  const lastList = s.rows.length;
  s.table(h, lastList);
  s.row([]);
  s.row(['分县汇总']);
  const h2 = s.row(['县区', '应建未建企业数', '其中：已选派指导员', '选派比例（%）', '涉及正式党员数']);
  const sumRows = counties.map((c) => {
    const xs = list.filter((x) => x.c === c); const n = xs.length; const sel = xs.filter((x) => x.sel === '是').length;
    return [c, n, sel, { v: rate(sel, n), z: '0.0' }, sum(xs.map((x) => x.mem))];
  });
  const srows = sumRows.map((d) => s.row(d));
  const tn = list.length; const ts = list.filter((x) => x.sel === '是').length;
  const tr = s.row(['合计', tn, ts, { v: rate(ts, tn), z: '0.0' }, sum(list.map((x) => x.mem))], { bold: true });
  await L.emit('w25_未建名单加分县汇总', b, { sheet: '未建企业名单', cell: addr(3, srows[1]), kind: 'part', how: 'plus7', note: 'summary block: 其中：已选派指导员 for a county' });
}

async function w26() {
  const r = L.rng(626);
  const N = L.names(26);
  const b = new L.Book();
  const s = b.sheet('Sheet1', { widths: [12, 12, 10, 16, 10, 20] });
  s.row(['各县（市、区）应建未建党组织情况及占比']); s.merge('A1:F1');
  const h = s.row(['县（市、区）', '应建党组织企业总数', '已建', '已建占应建比例（%）', '应建未建', '占全市应建未建比例（%）']);
  const data = N.counties.slice(0, 8).map((nm) => { const a = r.int(50, 300); const u = r.int(2, Math.floor(a * 0.2)); return [nm, a, a - u, u]; });
  const TU = sum(data.map((d) => d[3]));
  const line = (d, o) => s.row([d[0], d[1], d[2], { v: rate(d[2], d[1]), z: '0.0' }, d[3], { v: rate(d[3], TU), z: '0.0' }], o);
  const rows = data.map((d) => line(d));
  const T = ['全市', ...[1, 2, 3].map((c) => sum(data.map((d) => d[c])))];
  const tr = line(T, { bold: true });
  s.row(['注：各县占比按四舍五入保留一位小数，合计可能不等于100。']);
  s.table(h, tr);
  await L.emit('w26_应建未建占全市比例', b, { sheet: 'Sheet1', cell: addr(6, rows[4]), kind: 'rate', how: 'pct10', note: '占全市应建未建比例 in a county row' });
}

(async () => { await w21(); await w22(); await w23(); await w24(); await w25(); await w26(); L.saveManifest('gen6'); })().catch((e) => { console.error(e); process.exit(1); });
