// Category 8: 备注 column, 开发区/园区 rows counted inside a county (marked 其中 or not)
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;

async function w27() {
  // 其中：XX经济开发区 directly under its county; total sums counties only; 备注 text
  const r = L.rng(727);
  const N = L.names(27);
  const b = new L.Book();
  const s = b.sheet('覆盖情况', { widths: [24, 12, 16, 12, 10, 22] });
  s.row([`${N.cities[0]}非公有制企业党组织覆盖情况`]); s.merge('A1:F1');
  s.row(['单位：家、%、名', null, null, null, null, '2024年12月']);
  const h = s.row(['县（市、区）', '非公企业数', '建立党组织企业数', '覆盖率（%）', '党员数', '备注']);
  const counties = N.counties.slice(0, 7);
  const notes = { 1: '含新划入2个乡镇', 4: '2024年3月区划调整后口径', 5: '含代管的工业集中区' };
  const line = (nm, d, note, o) => s.row([nm, d[0], d[1], { v: rate(d[1], d[0]), z: '0.0' }, d[2], note || null], o);
  const data = []; const rows = [];
  counties.forEach((c, i) => {
    const n = r.int(500, 2600); const bl = Math.floor(n * (0.25 + r() * 0.3)); const m = bl * r.int(4, 8);
    const d = [n, bl, m]; data.push(d);
    rows.push(line(c, d, notes[i]));
    if (i === 2 || i === 5) {
      const pn = Math.floor(n * (0.2 + r() * 0.2)); const pb = Math.min(bl, Math.floor(pn * (0.4 + r() * 0.3))); const pm = Math.min(m, pb * r.int(4, 8));
      rows.push(line(`  其中：${c.slice(0, 2)}经济开发区`, [pn, pb, pm], '开发区数据已含在所在县中'));
    }
  });
  const T = [0, 1, 2].map((k) => sum(data.map((d) => d[k])));
  const tr = line('合计', T, '不重复计算开发区', { bold: true });
  s.row(['注：覆盖率=建立党组织企业数÷非公企业数×100。']);
  s.table(h, tr);
  await L.emit('w27_备注列与其中开发区', b, { sheet: '覆盖情况', cell: addr(2, rows[3]), kind: 'part', how: 'pct7', note: 'the 其中：开发区 row 非公企业数 (part of its county)' });
}

async function w28() {
  // 开发区/园区 rows NOT marked 其中, 备注 says whether counted in a county (excluded from 合计) or 单列 (included)
  const r = L.rng(728);
  const N = L.names(28);
  const b = new L.Book();
  const s = b.sheet('社会组织', { widths: [22, 12, 16, 14, 26] });
  s.row([`${N.cities[0]}社会组织党建工作情况统计表`]); s.merge('A1:E1');
  s.row(['单位：个']);
  const h = s.row(['地区', '社会组织数', '已建立党组织的社会组织数', '党建工作指导员数', '备注']);
  const counties = N.counties.slice(0, 6);
  const gen = () => { const n = r.int(80, 600); const bl = Math.floor(n * (0.2 + r() * 0.4)); return [n, bl, r.int(5, 60)]; };
  const line = (nm, d, note, o) => s.row([nm, ...d, note || null], o);
  const inTotal = []; const rows = [];
  counties.forEach((c, i) => {
    const d = gen(); inTotal.push(d); rows.push(line(c, d, i === 0 ? '含新划入2个乡镇' : null));
    if (i === 1) {
      const p = [Math.floor(d[0] * 0.3), Math.floor(d[1] * 0.3), Math.floor(d[2] * 0.3)];
      rows.push(line(`${c.slice(0, 2)}高新技术产业园区`, p, `已含在${c}数据中，不重复统计`));
    }
  });
  const direct = gen(); direct[0] = Math.floor(direct[0] / 3); direct[1] = Math.floor(direct[1] / 3);
  rows.push(line(`${N.cities[0].slice(0, 2)}经济技术开发区`, direct, '市直管，单列统计'));
  inTotal.push(direct);
  const T = [0, 1, 2].map((k) => sum(inTotal.map((d) => d[k])));
  const tr = line('全市', T, '含经济技术开发区，不含高新技术产业园区（已含在所在县）', { bold: true });
  s.table(h, tr);
  await L.emit('w28_开发区未标其中备注说明', b, { sheet: '社会组织', cell: addr(3, rows[4]), kind: 'part', how: 'pct10', note: 'county row 已建立党组织的社会组织数' });
}

async function w29() {
  // towns, 全县 first, '#工业园区' under its town, an 撤并 town with '—', 备注
  const r = L.rng(729);
  const N = L.names(29);
  const b = new L.Book();
  const s = b.sheet('乡镇', { widths: [18, 12, 16, 12, 12, 24] });
  s.row([`${N.counties[0]}各乡镇（街道）非公企业党建情况`]); s.merge('A1:F1');
  s.row(['截至2025年6月底']);
  const h = s.row(['乡镇（街道）', '企业数（家）', '建立党组织的企业（家）', '覆盖率（%）', '党员（名）', '备注']);
  const towns = N.towns.slice(0, 10);
  const line = (nm, d, note, o) => s.row(d ? [nm, d[0], d[1], { v: rate(d[1], d[0]), z: '0.0' }, d[2], note || null] : [nm, '—', '—', '—', '—', note], o);
  const data = towns.map(() => { const n = r.int(20, 320); const bl = Math.floor(n * (0.2 + r() * 0.4)); return [n, bl, bl * r.int(3, 7) + r.int(0, 9)]; });
  const T = [0, 1, 2].map((k) => sum(data.map((d) => d[k])));
  line('全县', T, null, { bold: true });
  const rows = [];
  towns.forEach((t, i) => {
    rows.push(line(t, data[i], i === 3 ? `含原${N.towns[12]}（2024年撤并）` : null));
    if (i === 0) {
      const d = data[0]; const p = [Math.floor(d[0] * 0.45), Math.floor(d[1] * 0.5), Math.floor(d[2] * 0.5)];
      rows.push(line('#工业园区', p, '园区数据含在上行'));
    }
  });
  rows.push(line(N.towns[12], null, `已并入${towns[3]}`));
  s.row(['说明：“#”行为上一行的其中数。']);
  s.table(h, rows[rows.length - 1]);
  await L.emit('w29_乡镇井号园区与撤并', b, { sheet: '乡镇', cell: addr(4, rows[5]), kind: 'rate', how: 'pct10', note: 'town 覆盖率' });
}

(async () => { await w27(); await w28(); await w29(); L.saveManifest('gen7'); })().catch((e) => { console.error(e); process.exit(1); });
