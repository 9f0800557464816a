// Round-22 reviewer folders. NODE_PATH=/work/main/node_modules node gen.js
'use strict';
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const ROOT = __dirname;
const CLEAN = path.join(ROOT, 'clean');
const PLANTED = path.join(ROOT, 'planted');

function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = rng(22);
const ri = (lo, hi) => lo + Math.floor(R() * (hi - lo + 1));
function rate(c, e, d = 1) {
  if (!e) return 0;
  const s = 10 ** d;
  return Math.floor((2 * c * 100 * s + e) / (2 * e)) / s; // half-up on the exact ratio
}
function ent(size = 1) {
  const e = ri(30, 220) * size;
  const c = ri(Math.floor(e * 0.3), Math.floor(e * 0.9));
  const pm = c * ri(3, 7) + ri(0, 9);
  return { e, c, pm };
}
function soc() {
  const e = ri(8, 70);
  const c = ri(2, Math.floor(e * 0.8));
  const pm = c * ri(2, 5) + ri(0, 5);
  return { e, c, pm };
}
function small() { const e = ri(5, 14); const c = ri(2, e - 1); return { e, c, pm: c * 2 + ri(0, 4) }; }
function fix(x) { const e = Math.max(1, x.e); const c = Math.max(0, Math.min(e, x.c)); return { ...x, e, c, pm: Math.max(c, x.pm) }; }
function sum(list) {
  const t = { e: 0, c: 0, pm: 0 };
  for (const x of list) { t.e += x.e; t.c += x.c; t.pm += x.pm; }
  return t;
}
function region(name, townNames, gen = ent) {
  const towns = townNames.map((n) => ({ name: n, ...gen() }));
  return { name, towns, t: sum(towns) };
}
const TOWNS = ['城关镇', '东城街道', '西城街道', '南湖街道', '黄坪镇', '柳河镇', '石桥镇', '杨柳乡', '大安镇', '新集镇', '龙泉镇',
  '白果乡', '马坊镇', '双河镇', '清水镇', '王庄乡', '凤凰镇', '高桥镇', '长岭乡', '金沙镇', '桃源镇', '梅溪镇'];
function pickTowns(n, must = [], avoid = []) {
  const out = [...must];
  const pool = TOWNS.filter((t) => !out.includes(t) && !avoid.includes(t));
  while (out.length < n) out.push(pool.splice(Math.floor(R() * pool.length), 1)[0]);
  return out;
}

const ENT_H = ['地区', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数'];
const SOC_H = ['地区', '社会组织数', '已建立党组织的社会组织数', '党组织覆盖率（%）', '党员数'];
const row = (label, x) => [label, x.e, x.c, rate(x.c, x.e), x.pm];

function table({ title, header = ENT_H, items, total, totalLabel = '合计', totalTop = false, filer, date, rowFn = row, unit }) {
  const rows = [];
  const merges = [];
  const w = header.length;
  const L = String.fromCharCode(64 + w);
  if (title) { rows.push([title]); merges.push(`A${rows.length}:${L}${rows.length}`); }
  if (unit) rows.push([unit]);
  if (filer || date) rows.push([filer || '', ...Array(w - 2).fill(null), date || null]);
  rows.push([...header]);
  const body = items.map((x) => rowFn(x.name, x));
  const tot = total ? rowFn(totalLabel, total) : null;
  if (tot && totalTop) rows.push(tot);
  rows.push(...body);
  if (tot && !totalTop) rows.push(tot);
  return { rows, merges };
}

async function book(file, sheets) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    s.rows.forEach((r, i) => {
      const xr = ws.getRow(i + 1);
      r.forEach((v, j) => {
        if (v === null || v === undefined) return;
        xr.getCell(j + 1).value = v;
      });
    });
    for (const m of s.merges || []) ws.mergeCells(m);
    s.rows.forEach((r, i) => r.forEach((v, j) => {
      if (typeof v === 'number' && !Number.isInteger(v)) ws.getRow(i + 1).getCell(j + 1).numFmt = s.fmt || '0.0';
    }));
    if (s.post) s.post(ws);
  }
  await wb.xlsx.writeFile(file);
}
function csv(file, rows) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const q = (v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  fs.writeFileSync(file, '\ufeff' + rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n');
}

const folders = {};
function F(name, fn) { folders[name] = fn; }
const cityT = (city, items, extra = {}) => table({ title: `${city}非公有制企业党建工作情况统计表`, items, total: sum(items), totalLabel: '全市', ...extra });
const countyT = (c, extra = {}) => table({ title: `${c.name}非公有制企业党建工作情况统计表`, items: c.towns, total: c.t, ...extra });
const asItems = (cs) => cs.map((c) => ({ name: c.name, ...c.t }));

// ledger rows for towns
const CO = ['华', '兴', '达', '盛', '信', '恒', '通', '源', '泰', '丰'];
const KIND = ['科技', '机械', '食品', '建材', '商贸', '物流', '纺织'];
function ledger(townRows, extra = {}) {
  const out = [];
  let k = extra.start || 1;
  for (const tw of townRows) {
    const cov = Array.from({ length: tw.e }, (_, i) => i < tw.c);
    for (let i = cov.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [cov[i], cov[j]] = [cov[j], cov[i]]; }
    let pmLeft = tw.pm; let cLeft = tw.c;
    cov.forEach((y) => {
      let pm = 0;
      if (y) { cLeft--; pm = cLeft === 0 ? pmLeft : Math.min(pmLeft, ri(1, Math.max(1, Math.floor(2 * tw.pm / tw.c)))); pmLeft -= pm; }
      out.push({ seq: k, name: `${extra.prefix || ''}${tw.name.slice(0, 2)}${CO[k % CO.length]}${CO[(k * 3 + 1) % CO.length]}${KIND[k % KIND.length]}有限公司`, town: tw.name, county: tw.county, yes: y ? '是' : '否', pm });
      k++;
    });
  }
  return out;
}
function ledgerRows(L, title, header = ['序号', '企业名称', '所属乡镇', '是否建立党组织', '党员人数'], f = (x) => [x.seq, x.name, x.town, x.yes, x.pm]) {
  const L2 = String.fromCharCode(64 + header.length);
  return { rows: [[title], header, ...L.map(f)], merges: [`A1:${L2}1`] };
}


// ---------------------------------------------------------------- round-22 folders
const SOC_T = (c, extra = {}) => table({ title: `${c.name}社会组织党建工作情况统计表`, header: SOC_H, items: c.towns, total: c.t, ...extra });
const three = (n = 3, k = 4) => ['青山县', '云龙县', '白沙县', '平江县'].slice(0, n).map((x) => region(x, pickTowns(k)));
const plain = (rows, merges = []) => ({ rows, merges });

// 01 city and county use different column orders and header wordings
F('01-header-wordings-and-column-order-differ', async (d) => {
  const cs = three();
  const items = asItems(cs);
  const tot = sum(items);
  const rows = [['江州市非公有制企业党建工作情况统计表'], ['县（市、区）', '非公企业数（户）', '党员数（名）', '建立党组织的企业数', '党的组织\n覆盖率（%）'],
    ...items.map((x) => [x.name, x.e, x.pm, x.c, rate(x.c, x.e)]), ['全市', tot.e, tot.pm, tot.c, rate(tot.c, tot.e)]];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...plain(rows, ['A1:E1']) }]);
  for (const c of cs) {
    const r2 = [[`${c.name}非公有制企业党建工作情况统计表`], ['乡镇（街道）', '企业总数', '已建党组织', '党员人数', '覆盖率(%)'],
      ...c.towns.map((x) => [x.name, x.e, x.c, x.pm, rate(x.c, x.e)]), ['合计', c.t.e, c.t.c, c.t.pm, rate(c.t.c, c.t.e)]];
    await book(`${d}/${c.name}.xlsx`, [{ name: '统计表', ...plain(r2, ['A1:E1']) }]);
  }
});

// 02 county book with soc table stacked ABOVE ent table on one sheet; city has ent and soc columns in one header row
F('02-county-stacked-soc-then-ent-city-flat-both', async (d) => {
  const names = ['青山县', '云龙县', '白沙县'];
  const cs = names.map((n) => { const tn = pickTowns(3); return { name: n, e: region(n, tn), s: region(n, tn, soc) }; });
  const hdr = ['地区', '企业数', '已建党组织企业数', '企业党组织覆盖率（%）', '社会组织数', '已建党组织社会组织数', '社会组织党组织覆盖率（%）'];
  const te = sum(cs.map((c) => c.e.t)); const ts = sum(cs.map((c) => c.s.t));
  const rr = (l, e, s) => [l, e.e, e.c, rate(e.c, e.e), s.e, s.c, rate(s.c, s.e)];
  await book(`${d}/江州市两新组织党建统计表.xlsx`, [{ name: 'Sheet1', ...plain([['江州市两新组织党建工作情况统计表'], hdr, ...cs.map((c) => rr(c.name, c.e.t, c.s.t)), rr('全市', te, ts)], ['A1:G1']) }]);
  for (const c of cs) {
    const a = SOC_T(c.s); const b = countyT(c.e);
    const rows = [...a.rows, [], [], ...b.rows];
    await book(`${d}/${c.name}两新统计.xlsx`, [{ name: 'Sheet1', rows, merges: ['A1:E1', `A${a.rows.length + 3}:E${a.rows.length + 3}`] }]);
  }
});

// 03 county book: town figures on sheet 明细 (no total), total on sheet 合计 (one row)
F('03-county-towns-sheet-total-other-sheet', async (d) => {
  const cs = three();
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) {
    const m = table({ title: `${c.name}非公有制企业党建工作情况（分乡镇）`, items: c.towns });
    const t = table({ title: `${c.name}非公有制企业党建工作情况（合计）`, items: [{ name: c.name, ...c.t }] });
    await book(`${d}/${c.name}.xlsx`, [{ name: '明细', ...m }, { name: '合计', ...t }]);
  }
});

// 04 county total row labelled with the county name (bottom), title 江州市青山县…
F('04-county-total-row-named-county-title-city-county', async (d) => {
  const cs = three();
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) await book(`${d}/江州市${c.name}.xlsx`, [{ name: 'Sheet1', ...table({ title: `江州市${c.name}非公有制企业党建工作情况统计表`, items: c.towns, total: c.t, totalLabel: c.name }) }]);
});

// 05 city: 全市 top, 其中：县（市、区） and 市直 of-which rows, then counties, then 市直 units
F('05-city-top-total-of-which-groups-then-rows', async (d) => {
  const cs = three();
  const zhi = [{ name: '市直机关工委', ...small() }, { name: '市国资委', ...small() }];
  const ci = asItems(cs); const tc = sum(ci); const tz = sum(zhi); const all = sum([tc, tz]);
  const rows = [['江州市非公有制企业党建工作情况统计表'], ENT_H.slice(), row('全市', all), row('其中：县（市、区）', tc), row('      市直', tz), ...ci.map((x) => row(x.name, x)), ...zhi.map((x) => row(x.name, x))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...plain(rows, ['A1:E1']) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 06 ledger by party branch: some enterprises have two rows (two branches); summary counts enterprises
F('06-ledger-two-branch-rows-per-enterprise', async (d) => {
  const c = region('青山县', pickTowns(3), small);
  const L = ledger(c.towns);
  const out = [];
  let seq = 1;
  for (const x of L) {
    if (x.yes === '是' && x.pm >= 4 && R() < 0.5) {
      const a = Math.floor(x.pm / 2);
      out.push([seq++, x.name, x.town, '是', `${x.name.slice(0, 6)}第一党支部`, a]);
      out.push([seq++, x.name, x.town, '是', `${x.name.slice(0, 6)}第二党支部`, x.pm - a]);
    } else out.push([seq++, x.name, x.town, x.yes, x.yes === '是' ? `${x.name.slice(0, 6)}党支部` : null, x.pm]);
  }
  await book(`${d}/青山县汇总.xlsx`, [{ name: '汇总', ...table({ title: '青山县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/青山县台账.xlsx`, [{ name: '台账', rows: [['青山县非公有制企业党组织台账'], ['序号', '企业名称', '所属乡镇', '是否建立党组织', '党组织名称', '党员人数'], ...out], merges: ['A1:F1'] }]);
});

// 07 ledger with 是否联合建立 and 联建单位 columns
F('07-ledger-joint-columns-and-partner-names', async (d) => {
  const c = region('云龙县', pickTowns(3), small);
  const L = ledger(c.towns);
  const rows = L.map((x, i) => {
    const joint = x.yes === '是' && i % 3 === 0;
    return [x.seq, x.name, x.town, x.yes, x.yes === '是' ? (joint ? '是' : '否') : null, joint ? `${x.town}非公企业联合党支部` : null, x.pm];
  });
  await book(`${d}/云龙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '云龙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/云龙县台账.xlsx`, [{ name: '台账', rows: [['云龙县非公有制企业台账'], ['序号', '企业名称', '所属乡镇', '是否建立党组织', '是否联合建立', '联建单位', '党员人数'], ...rows], merges: ['A1:G1'] }]);
});

// 08 summary uses new town name (太平镇, 撤乡建镇), ledger still old name (太平乡)
F('08-town-renamed-xiang-to-zhen-ledger-old-name', async (d) => {
  const tn = ['太平镇', ...pickTowns(2, [], ['太平镇'])];
  const c = region('白沙县', tn, small);
  const L = ledger(c.towns).map((x) => ({ ...x, town: x.town === '太平镇' ? '太平乡' : x.town }));
  await book(`${d}/白沙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '白沙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/白沙县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '白沙县非公有制企业台账') }]);
});

// 09 quarterly county books (一季度, 二季度 sheets, point-in-time); city 上半年 = 二季度
F('09-county-quarter-sheets-city-halfyear', async (d) => {
  const q2 = three();
  const q1 = q2.map((c) => { const towns = c.towns.map((x) => fix({ name: x.name, e: x.e - ri(1, 9), c: x.c - ri(1, 7), pm: x.pm - ri(3, 25) })); return { name: c.name, towns, t: sum(towns) }; });
  await book(`${d}/江州市2025年上半年非公企业党建统计.xlsx`, [{ name: 'Sheet1', ...table({ title: '江州市2025年上半年非公有制企业党建工作情况统计表', items: asItems(q2), total: sum(asItems(q2)), totalLabel: '全市' }) }]);
  for (let i = 0; i < q2.length; i++) {
    await book(`${d}/${q2[i].name}2025年季报.xlsx`, [
      { name: '一季度', ...table({ title: `${q2[i].name}2025年一季度非公有制企业党建工作情况统计表`, items: q1[i].towns, total: q1[i].t }) },
      { name: '二季度', ...table({ title: `${q2[i].name}2025年二季度非公有制企业党建工作情况统计表`, items: q2[i].towns, total: q2[i].t }) }]);
  }
});

// 10 city table xlsx plus CSV copy of it
F('10-city-table-with-csv-copy', async (d) => {
  const cs = three();
  const t = cityT('江州市', asItems(cs));
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...t }]);
  csv(`${d}/江州市汇总表.csv`, t.rows.slice(1));
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 11 same county name 青山县 in two provinces, each in its own province/city subfolder with city table
F('11-same-county-name-two-provinces', async (d) => {
  for (const [prov, city, others] of [['江南省', '江州市', ['云龙县', '白沙县']], ['湖西省', '平州市', ['东湖区', '南岭县']]]) {
    const cs = ['青山县', ...others].map((n) => region(n, pickTowns(3)));
    await book(`${d}/${prov}/${city}/${city}汇总表.xlsx`, [{ name: 'Sheet1', ...cityT(`${prov}${city}`, asItems(cs)) }]);
    for (const c of cs) await book(`${d}/${prov}/${city}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
  }
});

// 12 county books transposed: indicators rows, towns columns + 合计 column
F('12-county-books-transposed-towns-columns', async (d) => {
  const cs = three();
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) {
    const cols = [...c.towns, { name: '合计', ...c.t }];
    const rows = [[`${c.name}非公有制企业党建工作情况统计表`], ['指标', ...cols.map((x) => x.name)],
      ['企业数', ...cols.map((x) => x.e)], ['已建立党组织企业数', ...cols.map((x) => x.c)], ['党组织覆盖率（%）', ...cols.map((x) => rate(x.c, x.e))], ['党员数', ...cols.map((x) => x.pm)]];
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', rows, merges: [`A1:${String.fromCharCode(65 + cols.length)}1`] }]);
  }
});

// 13 county books with 序号 column, total row merged A:B 合计, and a 栏次 row (甲 1 2 3 4)
F('13-county-seq-column-lanci-row-merged-total', async (d) => {
  const cs = three();
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) {
    const rows = [[`${c.name}非公有制企业党建工作情况统计表`], ['序号', '乡镇', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数'], ['', '甲', 1, 2, 3, 4],
      ...c.towns.map((x, i) => [i + 1, x.name, x.e, x.c, rate(x.c, x.e), x.pm]), ['合计', null, c.t.e, c.t.c, rate(c.t.c, c.t.e), c.t.pm]];
    const n = rows.length;
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', rows, merges: ['A1:F1', `A${n}:B${n}`] }]);
  }
});

// 14 city with 党委/党总支/党支部 breakdown and joint orgs (two-row header); county single-row headers
F('14-city-two-row-header-org-breakdown-county-simple', async (d) => {
  const cs = three();
  const items = asItems(cs).map((x) => { const own = Math.floor(x.c * 0.7); const w = Math.floor(own * 0.1); const z = Math.floor(own * 0.15); const jc = x.c - own; const jn = Math.max(1, Math.floor(jc / 3)); return { ...x, own, w, z, b: own - w - z, jn, jc }; });
  const t = items.reduce((a, x) => { for (const k of ['e', 'c', 'pm', 'own', 'w', 'z', 'b', 'jn', 'jc']) a[k] = (a[k] || 0) + x[k]; return a; }, { name: '全市' });
  const rr = (x) => [x.name, x.e, x.own, x.w, x.z, x.b, x.jn, x.jc, x.c, rate(x.c, x.e), x.pm];
  const rows = [['江州市非公有制企业党建工作情况统计表'],
    ['地区', '企业数', '单独建立党组织', null, null, null, '联合党组织', null, '党组织覆盖企业数', '覆盖率（%）', '党员数'],
    [null, null, '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数', null, null, null], ...items.map(rr), rr(t)];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', rows, merges: ['A1:K1', 'A2:A3', 'B2:B3', 'C2:F2', 'G2:H2', 'I2:I3', 'J2:J3', 'K2:K3'] }]);
  for (const c of cs) {
    const r2 = [[`${c.name}非公有制企业党建工作情况统计表`], ['乡镇', '企业数', '党组织覆盖企业数', '覆盖率（%）', '党员数'],
      ...c.towns.map((x) => [x.name, x.e, x.c, rate(x.c, x.e), x.pm]), ['合计', c.t.e, c.t.c, rate(c.t.c, c.t.e), c.t.pm]];
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...plain(r2, ['A1:E1']) }]);
  }
});

// 15 autonomous county: book 青山瑶族自治县, city row 青山县
F('15-autonomous-county-full-name-city-short', async (d) => {
  const cs = three();
  const items = asItems(cs);
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', items) }]);
  const full = { 青山县: '青山瑶族自治县', 云龙县: '云龙县', 白沙县: '白沙黎族自治县' };
  for (const c of cs) await book(`${d}/${full[c.name]}.xlsx`, [{ name: 'Sheet1', ...table({ title: `${full[c.name]}非公有制企业党建工作情况统计表`, items: c.towns, total: c.t }) }]);
});

// 16 ledger town cells prefixed with county (青山县城关镇), summary plain town names
F('16-ledger-town-cells-county-prefixed', async (d) => {
  const c = region('青山县', pickTowns(3), small);
  const L = ledger(c.towns).map((x) => ({ ...x, town: `青山县${x.town}` }));
  await book(`${d}/青山县汇总.xlsx`, [{ name: '汇总', ...table({ title: '青山县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/青山县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '青山县非公有制企业台账') }]);
});

// 17 ledger sorted by enterprise name (towns interleaved), with 所属村（社区） column
F('17-ledger-sorted-by-name-village-column', async (d) => {
  const c = region('云龙县', pickTowns(3), small);
  const L = ledger(c.towns).sort((a, b) => a.name.localeCompare(b.name, 'zh')).map((x, i) => ({ ...x, seq: i + 1 }));
  await book(`${d}/云龙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '云龙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/云龙县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '云龙县非公有制企业台账', ['序号', '企业名称', '所属乡镇', '所属村（社区）', '是否建立党组织', '党员人数'], (x) => [x.seq, x.name, x.town, `${x.town.slice(0, 2)}${['一', '二', '三'][x.seq % 3]}村`, x.yes, x.pm]) }]);
});

// 18 county book: streets then 街道小计, towns then 乡镇小计, then 合计
F('18-county-street-and-town-subtotals', async (d) => {
  const cs = ['青山区', '云龙县', '白沙县'].map((n) => region(n, [...pickTowns(2, ['东城街道', '西城街道']).slice(0, 2), ...pickTowns(3, [], ['东城街道', '西城街道', '南湖街道'])]));
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) {
    const st = c.towns.slice(0, 2); const tw = c.towns.slice(2);
    const rows = [[`${c.name}非公有制企业党建工作情况统计表`], ENT_H.slice(), ...st.map((x) => row(x.name, x)), row('街道小计', sum(st)), ...tw.map((x) => row(x.name, x)), row('乡镇小计', sum(tw)), row('合计', c.t)];
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...plain(rows, ['A1:E1']) }]);
  }
});

// 19 city table with 2024 / 2025 blocks side by side + 增减; county books 2025 only
F('19-city-two-year-blocks-county-current', async (d) => {
  const cs = three();
  const it = asItems(cs);
  const last = it.map((x) => fix({ name: x.name, e: x.e - ri(5, 30), c: x.c - ri(5, 25), pm: x.pm - ri(10, 60) }));
  const T = sum(it); const TL = sum(last);
  const rr = (l, a, b) => [l, a.e, a.c, rate(a.c, a.e), b.e, b.c, rate(b.c, b.e), Math.round((rate(b.c, b.e) - rate(a.c, a.e)) * 10) / 10];
  const rows = [['江州市非公有制企业党建工作情况统计表'], ['地区', '2024年', null, null, '2025年', null, null, '覆盖率增减（百分点）'], [null, '企业数', '已建立党组织企业数', '覆盖率（%）', '企业数', '已建立党组织企业数', '覆盖率（%）', null],
    ...it.map((x, i) => rr(x.name, last[i], x)), rr('全市', TL, T)];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', rows, merges: ['A1:H1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:H3'] }]);
  for (const c of cs) await book(`${d}/${c.name}2025年.xlsx`, [{ name: 'Sheet1', ...table({ title: `${c.name}2025年非公有制企业党建工作情况统计表`, items: c.towns, total: c.t }) }]);
});

// 20 two-new ledger with 组织类型 column (非公企业 / 社会组织); summary ent block then soc block stacked
F('20-ledger-org-type-column-summary-stacked', async (d) => {
  const tn = pickTowns(3);
  const e = region('青山县', tn, small); const s = region('青山县', tn, small);
  const LE = ledger(e.towns); const LS = ledger(s.towns, { start: LE.length + 1 }).map((x, i) => ({ ...x, name: `${x.town.slice(0, 2)}${['商会', '协会', '促进会'][i % 3]}${i + 1}` }));
  const all = [...LE.map((x) => ({ ...x, kind: '非公企业' })), ...LS.map((x) => ({ ...x, kind: '社会组织' }))];
  const a = table({ title: '青山县非公有制企业党建工作情况汇总表', items: e.towns, total: e.t });
  const b = table({ title: '青山县社会组织党建工作情况汇总表', header: SOC_H, items: s.towns, total: s.t });
  await book(`${d}/青山县两新汇总.xlsx`, [{ name: '汇总', rows: [...a.rows, [], ...b.rows], merges: ['A1:E1', `A${a.rows.length + 2}:E${a.rows.length + 2}`] }]);
  await book(`${d}/青山县两新组织台账.xlsx`, [{ name: '台账', ...ledgerRows(all, '青山县两新组织台账', ['序号', '组织名称', '组织类型', '所属乡镇', '是否建立党组织', '党员人数'], (x) => [x.seq, x.name, x.kind, x.town, x.yes, x.pm]) }]);
});

// 21 city row 青山县（含青山经开区）, county book includes a 经开区 row among towns
F('21-city-row-name-with-han-devzone', async (d) => {
  const cs = [region('青山县', [...pickTowns(3), '青山经济开发区']), region('云龙县', pickTowns(3)), region('白沙县', pickTowns(3))];
  const items = asItems(cs).map((x) => (x.name === '青山县' ? { ...x, name: '青山县（含青山经开区）' } : x));
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', items) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 22 formulas: county SUM totals and rate formulas with cached results; city links typed
F('22-formulas-sum-and-rate-cached', async (d) => {
  const cs = three();
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)), post: (ws) => {
    const n = cs.length; const tr = 2 + n + 1;
    for (const L of ['B', 'C', 'E']) ws.getCell(`${L}${tr}`).value = { formula: `SUM(${L}3:${L}${tr - 1})`, result: ws.getCell(`${L}${tr}`).value };
    for (let r = 3; r <= tr; r++) { ws.getCell(`D${r}`).value = { formula: `ROUND(C${r}/B${r}*100,1)`, result: ws.getCell(`D${r}`).value }; ws.getCell(`D${r}`).numFmt = '0.0'; }
  } }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c), post: (ws) => {
    const n = c.towns.length; const tr = 2 + n + 1;
    for (const L of ['B', 'C', 'E']) ws.getCell(`${L}${tr}`).value = { formula: `SUM(${L}3:${L}${tr - 1})`, result: ws.getCell(`${L}${tr}`).value };
    const rowsX = [...c.towns, c.t];
    for (let r = 3; r <= tr; r++) { const x = rowsX[r - 3]; ws.getCell(`D${r}`).value = { formula: `C${r}/B${r}*100`, result: x.c / x.e * 100 }; ws.getCell(`D${r}`).numFmt = '0.0'; }
  } }]);
});

// 23 county ent and soc as separate files (青山县企业.xlsx, 青山县社会组织.xlsx); city book sheets 企业, 社会组织, 说明
F('23-county-ent-soc-separate-files-city-two-sheets', async (d) => {
  const names = ['青山县', '云龙县', '白沙县'];
  const cs = names.map((n) => { const tn = pickTowns(3); return { name: n, e: region(n, tn), s: region(n, tn, soc) }; });
  const ie = cs.map((c) => ({ name: c.name, ...c.e.t })); const is = cs.map((c) => ({ name: c.name, ...c.s.t }));
  await book(`${d}/江州市两新汇总.xlsx`, [{ name: '企业', ...cityT('江州市', ie) },
    { name: '社会组织', ...table({ title: '江州市社会组织党建工作情况统计表', header: SOC_H, items: is, total: sum(is), totalLabel: '全市' }) },
    { name: '说明', rows: [['填表说明'], ['1. 企业数为截至6月底在册非公有制企业数。'], ['2. 覆盖率 = 已建立党组织数 ÷ 总数 × 100。']] }]);
  for (const c of cs) {
    await book(`${d}/${c.name}企业.xlsx`, [{ name: 'Sheet1', ...countyT(c.e) }]);
    await book(`${d}/${c.name}社会组织.xlsx`, [{ name: 'Sheet1', ...SOC_T(c.s) }]);
  }
});

// 24 city table long format: county merged over two rows, 类别 column 非公企业/社会组织
F('24-city-long-format-category-rows', async (d) => {
  const names = ['青山县', '云龙县', '白沙县'];
  const cs = names.map((n) => { const tn = pickTowns(3); return { name: n, e: region(n, tn), s: region(n, tn, soc) }; });
  const rows = [['江州市两新组织党建工作情况统计表'], ['地区', '类别', '总数', '已建立党组织数', '覆盖率（%）', '党员数']];
  const merges = ['A1:F1'];
  const rr = (a, k, x) => [a, k, x.e, x.c, rate(x.c, x.e), x.pm];
  for (const c of cs) { rows.push(rr(c.name, '非公企业', c.e.t)); rows.push(rr(null, '社会组织', c.s.t)); merges.push(`A${rows.length - 1}:A${rows.length}`); }
  const te = sum(cs.map((c) => c.e.t)); const ts = sum(cs.map((c) => c.s.t));
  rows.push(rr('全市', '非公企业', te)); rows.push(rr(null, '社会组织', ts)); merges.push(`A${rows.length - 1}:A${rows.length}`);
  await book(`${d}/江州市两新汇总.xlsx`, [{ name: 'Sheet1', rows, merges }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: '非公企业', ...countyT(c.e) }, { name: '社会组织', ...SOC_T(c.s) }]);
});

// 25 county footer rows with phone number and date numbers
F('25-county-footer-phone-and-filer', async (d) => {
  const cs = three();
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) {
    const t = countyT(c, { filer: `填报单位：中共${c.name}委组织部`, date: '2025年6月30日' });
    t.rows.push(['填报人：张明', null, '联系电话：', 13807912345, null]);
    t.rows.push(['审核人：李华', null, '报送日期：', 20250705, null]);
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...t }]);
  }
});

// 26 county book header in two rows: 党组织覆盖情况 merged over 已建 / 覆盖率; city single row
F('26-county-two-row-header-parent-merged', async (d) => {
  const cs = three();
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) {
    const rows = [[`${c.name}非公有制企业党建工作情况统计表`], ['乡镇（街道）', '企业数', '党组织覆盖情况', null, '党员数'], [null, null, '已建立党组织企业数', '覆盖率（%）', null],
      ...c.towns.map((x) => row(x.name, x)), row('合计', c.t)];
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', rows, merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3'] }]);
  }
});

// 27 city table has blank separator rows between 县 group and 区 group, no subtotals; 全市 bottom
F('27-city-blank-separator-rows-groups', async (d) => {
  const cs = [region('青山县', pickTowns(3)), region('云龙县', pickTowns(3)), region('东湖区', pickTowns(3, ['东城街道'])), region('西湖区', pickTowns(3, ['西城街道']))];
  const it = asItems(cs);
  const rows = [['江州市非公有制企业党建工作情况统计表'], ENT_H.slice(), ...it.slice(0, 2).map((x) => row(x.name, x)), [], ...it.slice(2).map((x) => row(x.name, x)), [], row('全市', sum(it))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...plain(rows, ['A1:E1']) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c, { totalLabel: c.name.endsWith('区') ? '全区' : '全县' }) }]);
});

// 28 county summary towns numbered "1.城关镇", ledger plain names
F('28-summary-numbered-town-labels-ledger', async (d) => {
  const c = region('白沙县', pickTowns(4), small);
  const L = ledger(c.towns);
  await book(`${d}/白沙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '白沙县非公有制企业党建工作情况汇总表', items: c.towns.map((x, i) => ({ ...x, name: `${i + 1}.${x.name}` })), total: c.t }) }]);
  await book(`${d}/白沙县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '白沙县非公有制企业台账') }]);
});

// 29 ledger as CSV with yes as 已建/未建, members blank for 未建
F('29-ledger-csv-yijian-weijian', async (d) => {
  const c = region('青山县', pickTowns(3), small);
  const L = ledger(c.towns);
  await book(`${d}/青山县汇总.xlsx`, [{ name: '汇总', ...table({ title: '青山县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  csv(`${d}/青山县台账.csv`, [['序号', '企业名称', '所属乡镇', '党组织建立情况', '党员人数'], ...L.map((x) => [x.seq, x.name, x.town, x.yes === '是' ? '已建' : '未建', x.yes === '是' ? x.pm : ''])]);
});

// 30 county summary with 社会组织 columns right of ent columns (single header row) vs two ledgers
F('30-summary-ent-soc-columns-one-row-two-ledgers', async (d) => {
  const tn = pickTowns(3);
  const e = region('云龙县', tn, small); const s = region('云龙县', tn, small);
  const hdr = ['乡镇', '企业数', '已建党组织企业数', '企业党员数', '社会组织数', '已建党组织社会组织数', '社会组织党员数'];
  const rr = (l, a, b) => [l, a.e, a.c, a.pm, b.e, b.c, b.pm];
  await book(`${d}/云龙县两新汇总.xlsx`, [{ name: '汇总', ...plain([['云龙县两新组织党建工作情况汇总表'], hdr, ...tn.map((_, i) => rr(tn[i], e.towns[i], s.towns[i])), rr('合计', e.t, s.t)], ['A1:G1']) }]);
  const LE = ledger(e.towns); const LS = ledger(s.towns).map((x, i) => ({ ...x, name: `${x.town.slice(0, 2)}${['商会', '协会', '促进会'][i % 3]}${i + 1}` }));
  await book(`${d}/云龙县企业台账.xlsx`, [{ name: '台账', ...ledgerRows(LE, '云龙县非公有制企业台账') }]);
  await book(`${d}/云龙县社会组织台账.xlsx`, [{ name: '台账', ...ledgerRows(LS, '云龙县社会组织台账', ['序号', '社会组织名称', '所属乡镇', '是否建立党组织', '党员人数']) }]);
});

// 31 county books whose towns overlap with town names used as other counties' names? -> city row order differs from file order, county books named by code 3610xx_青山县
F('31-county-files-code-prefixed-city-sorted-by-code', async (d) => {
  const cs = three(4);
  const codes = ['361021', '361022', '361023', '361024'];
  const items = asItems(cs).map((x, i) => ({ ...x, name: x.name }));
  const rows = [['江州市非公有制企业党建工作情况统计表'], ['区划代码', '地区', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数'], ...items.map((x, i) => [codes[i], ...row(x.name, x)]), [null, ...row('全市', sum(items))]];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...plain(rows, ['A1:F1']) }]);
  for (let i = 0; i < cs.length; i++) await book(`${d}/${codes[i]}_${cs[i].name}.xlsx`, [{ name: 'Sheet1', ...countyT(cs[i]) }]);
});

// 32 county books: a town with all zero (newly set up street) and rate shown as "—"
F('32-county-zero-town-rate-dash', async (d) => {
  const cs = three();
  cs[0].towns.push({ name: '高新街道', e: 0, c: 0, pm: 0 }); cs[0].t = sum(cs[0].towns);
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c, { rowFn: (l, x) => [l, x.e, x.c, x.e ? rate(x.c, x.e) : '—', x.pm] }) }]);
});

// 33 city 市直 rows listed ABOVE counties (no subtotals), county books; plus 市直 book with units
F('33-city-shizhi-first-and-shizhi-book', async (d) => {
  const cs = three();
  const zhi = region('市直', ['市工商联', '市国资委', '市商务局'], small);
  const it = [{ name: '市直', ...zhi.t }, ...asItems(cs)];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', it) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
  await book(`${d}/市直单位.xlsx`, [{ name: 'Sheet1', ...table({ title: '江州市市直单位非公有制企业党建工作情况统计表', header: ['单位', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数'], items: zhi.towns, total: zhi.t }) }]);
});

// 34 county summary + ledger where ledger has 是否建立党组织 and 党组织类型 (单独/联合) and summary splits 单独建立/联合建立
F('34-summary-own-joint-columns-ledger-type', async (d) => {
  const c = region('白沙县', pickTowns(3), small);
  const L = ledger(c.towns).map((x, i) => ({ ...x, form: x.yes === '是' ? (i % 4 === 0 ? '联合' : '单独') : '' }));
  const by = c.towns.map((tw) => { const own = L.filter((x) => x.town === tw.name && x.form === '单独').length; return { ...tw, own, joint: tw.c - own }; });
  const T = by.reduce((a, x) => ({ e: a.e + x.e, c: a.c + x.c, pm: a.pm + x.pm, own: a.own + x.own, joint: a.joint + x.joint }), { e: 0, c: 0, pm: 0, own: 0, joint: 0 });
  const rr = (l, x) => [l, x.e, x.own, x.joint, x.c, rate(x.c, x.e), x.pm];
  await book(`${d}/白沙县汇总.xlsx`, [{ name: '汇总', ...plain([['白沙县非公有制企业党建工作情况汇总表'], ['乡镇', '企业数', '单独建立党组织企业数', '联合建立党组织覆盖企业数', '党组织覆盖企业数', '覆盖率（%）', '党员数'], ...by.map((x) => rr(x.name, x)), rr('合计', T)], ['A1:G1']) }]);
  await book(`${d}/白沙县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '白沙县非公有制企业台账', ['序号', '企业名称', '所属乡镇', '是否建立党组织', '党组织类型', '党员人数'], (x) => [x.seq, x.name, x.town, x.yes, x.form || null, x.pm]) }]);
});

// 35 city total label 江州市 (city name) and county total label 青山县合计
F('35-total-labels-city-name-and-county-heji', async (d) => {
  const cs = three();
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs), { totalLabel: '江州市', totalTop: true }) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c, { totalLabel: `${c.name}合计` }) }]);
});

// 36 county book has 本期 and 上年同期 sheets where 上年同期 comes FIRST; city current
F('36-county-last-year-sheet-first', async (d) => {
  const cs = three();
  const ly = cs.map((c) => { const towns = c.towns.map((x) => fix({ name: x.name, e: x.e - ri(3, 15), c: x.c - ri(2, 10), pm: x.pm - ri(5, 30) })); return { name: c.name, towns, t: sum(towns) }; });
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (let i = 0; i < cs.length; i++) await book(`${d}/${cs[i].name}.xlsx`, [{ name: '上年同期', ...countyT(ly[i]) }, { name: '本期', ...countyT(cs[i]) }]);
});

// 37 撤镇设街道: summary 城关街道, ledger 城关镇
F('37-town-renamed-zhen-to-jiedao-ledger-old-name', async (d) => {
  const tn = ['城关街道', ...pickTowns(2, [], ['城关镇', '城关街道'])];
  const c = region('平江县', tn, small);
  const L = ledger(c.towns).map((x) => ({ ...x, town: x.town === '城关街道' ? '城关镇' : x.town }));
  await book(`${d}/平江县汇总.xlsx`, [{ name: '汇总', ...table({ title: '平江县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/平江县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '平江县非公有制企业台账') }]);
});

// 38 ledger with 注册地乡镇 (other town) before 所属乡镇 (actual, used by summary)
F('38-ledger-registered-town-column-before-actual', async (d) => {
  const c = region('青山县', pickTowns(3), small);
  const L = ledger(c.towns);
  const reg = (x, i) => (i % 4 === 0 ? c.towns[(c.towns.findIndex((t) => t.name === x.town) + 1) % 3].name : x.town);
  await book(`${d}/青山县汇总.xlsx`, [{ name: '汇总', ...table({ title: '青山县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/青山县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '青山县非公有制企业台账', ['序号', '企业名称', '注册地乡镇', '所属乡镇', '是否建立党组织', '党员人数'], (x) => [x.seq, x.name, reg(x, x.seq), x.town, x.yes, x.pm]) }]);
});

// 39 county book soc table stacked ABOVE ent table; city table ent only (standard headers)
F('39-county-stacked-soc-first-city-ent-only', async (d) => {
  const names = ['青山县', '云龙县', '白沙县'];
  const cs = names.map((n) => { const tn = pickTowns(3); return { name: n, e: region(n, tn), s: region(n, tn, soc) }; });
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.e.t }))) }]);
  for (const c of cs) {
    const a = SOC_T(c.s); const b = countyT(c.e);
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', rows: [...a.rows, [], ...b.rows], merges: ['A1:E1', `A${a.rows.length + 2}:E${a.rows.length + 2}`] }]);
  }
});

// 40 city 一季度 and 上半年 tables; county 一季度 and 二季度 books as separate files
F('40-city-q1-and-h1-county-q1-q2-files', async (d) => {
  const q2 = three();
  const q1 = q2.map((c) => { const towns = c.towns.map((x) => fix({ name: x.name, e: x.e - ri(1, 9), c: x.c - ri(1, 7), pm: x.pm - ri(3, 25) })); return { name: c.name, towns, t: sum(towns) }; });
  await book(`${d}/江州市2025年一季度统计.xlsx`, [{ name: 'Sheet1', ...table({ title: '江州市2025年一季度非公有制企业党建工作情况统计表', items: asItems(q1), total: sum(asItems(q1)), totalLabel: '全市' }) }]);
  await book(`${d}/江州市2025年上半年统计.xlsx`, [{ name: 'Sheet1', ...table({ title: '江州市2025年上半年非公有制企业党建工作情况统计表', items: asItems(q2), total: sum(asItems(q2)), totalLabel: '全市' }) }]);
  for (let i = 0; i < q2.length; i++) {
    await book(`${d}/${q2[i].name}2025年一季度.xlsx`, [{ name: 'Sheet1', ...table({ title: `${q2[i].name}2025年一季度非公有制企业党建工作情况统计表`, items: q1[i].towns, total: q1[i].t }) }]);
    await book(`${d}/${q2[i].name}2025年二季度.xlsx`, [{ name: 'Sheet1', ...table({ title: `${q2[i].name}2025年二季度非公有制企业党建工作情况统计表`, items: q2[i].towns, total: q2[i].t }) }]);
  }
});

// 41 ledger: two-branch enterprises with name, town, yes merged over two rows; members per branch
F('41-ledger-two-branch-rows-merged-name-town', async (d) => {
  const c = region('白沙县', pickTowns(3), small);
  const L = ledger(c.towns);
  const rows = [['白沙县非公有制企业党组织台账'], ['序号', '企业名称', '所属乡镇', '是否建立党组织', '党组织名称', '党员人数']];
  const merges = ['A1:F1']; let seq = 1;
  for (const x of L) {
    if (x.yes === '是' && x.pm >= 4 && seq % 2 === 0) {
      const a = Math.floor(x.pm / 2);
      rows.push([seq, x.name, x.town, '是', `${x.name.slice(0, 6)}第一党支部`, a]);
      rows.push([null, null, null, null, `${x.name.slice(0, 6)}第二党支部`, x.pm - a]);
      const r = rows.length; for (const L2 of ['A', 'B', 'C', 'D']) merges.push(`${L2}${r - 1}:${L2}${r}`);
    } else rows.push([seq, x.name, x.town, x.yes, x.yes === '是' ? `${x.name.slice(0, 6)}党支部` : null, x.pm]);
    seq++;
  }
  await book(`${d}/白沙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '白沙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/白沙县台账.xlsx`, [{ name: '台账', rows, merges }]);
});

// 42 ledger: 是否单独建立党组织 + 是否纳入联合党组织覆盖; summary 党组织覆盖企业数 = own + joint
F('42-ledger-own-and-joint-cover-flags', async (d) => {
  const c = region('云龙县', pickTowns(3), small);
  const L = ledger(c.towns);
  const own = (x) => x.yes === '是' && x.seq % 3 !== 0;
  const rows = L.map((x) => [x.seq, x.name, x.town, own(x) ? '是' : '否', x.yes === '是' && !own(x) ? '是' : '否', x.pm]);
  const rr = (l, x) => [l, x.e, x.c, rate(x.c, x.e), x.pm];
  await book(`${d}/云龙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '云龙县非公有制企业党建工作情况汇总表', header: ['乡镇', '企业数', '党组织覆盖企业数', '党组织覆盖率（%）', '党员数'], items: c.towns, total: c.t, rowFn: rr }) }]);
  await book(`${d}/云龙县台账.xlsx`, [{ name: '台账', rows: [['云龙县非公有制企业台账'], ['序号', '企业名称', '所属乡镇', '是否单独建立党组织', '是否纳入联合党组织覆盖', '党员人数'], ...rows], merges: ['A1:F1'] }]);
});

const PLANTS = [
  { folder: '01-header-wordings-and-column-order-differ', file: '云龙县.xlsx', sheet: '统计表', label: '合计', col: 'D', delta: 12 },
  { folder: '02-county-stacked-soc-then-ent-city-flat-both', file: '白沙县两新统计.xlsx', sheet: 'Sheet1', label: '合计', nth: 1, col: 'B', delta: 4 },
  { folder: '03-county-towns-sheet-total-other-sheet', file: '青山县.xlsx', sheet: '合计', label: '青山县', col: 'C', delta: 5 },
  { folder: '04-county-total-row-named-county-title-city-county', file: '江州市汇总表.xlsx', sheet: 'Sheet1', label: '云龙县', col: 'B', delta: 11 },
  { folder: '05-city-top-total-of-which-groups-then-rows', file: '白沙县.xlsx', sheet: 'Sheet1', label: '合计', col: 'E', delta: -9 },
  { folder: '06-ledger-two-branch-rows-per-enterprise', file: '青山县汇总.xlsx', sheet: '汇总', label: '合计', col: 'B', delta: 2 },
  { folder: '09-county-quarter-sheets-city-halfyear', file: '云龙县2025年季报.xlsx', sheet: '二季度', label: '合计', col: 'C', delta: 3 },
  { folder: '10-city-table-with-csv-copy', file: '江州市汇总表.csv', label: '云龙县', col: 'E', delta: 20 },
  { folder: '11-same-county-name-two-provinces', file: '湖西省/平州市/青山县.xlsx', sheet: 'Sheet1', label: '合计', col: 'B', delta: 7 },
  { folder: '12-county-books-transposed-towns-columns', file: '白沙县.xlsx', sheet: 'Sheet1', label: '党员数', colOf: '合计', delta: 15 },
  { folder: '13-county-seq-column-lanci-row-merged-total', file: '云龙县.xlsx', sheet: 'Sheet1', label: '合计', col: 'C', delta: 6 },
  { folder: '15-autonomous-county-full-name-city-short', file: '青山瑶族自治县.xlsx', sheet: 'Sheet1', label: '合计', col: 'B', delta: 8 },
  { folder: '18-county-street-and-town-subtotals', file: '江州市汇总表.xlsx', sheet: 'Sheet1', label: '青山区', col: 'C', delta: 4 },
  { folder: '23-county-ent-soc-separate-files-city-two-sheets', file: '云龙县社会组织.xlsx', sheet: 'Sheet1', label: '合计', col: 'C', delta: 2 },
  { folder: '24-city-long-format-category-rows', file: '江州市两新汇总.xlsx', sheet: 'Sheet1', label: '云龙县', col: 'C', delta: 9 },
  { folder: '26-county-two-row-header-parent-merged', file: '白沙县.xlsx', sheet: 'Sheet1', label: '合计', col: 'C', delta: 5 },
  { folder: '30-summary-ent-soc-columns-one-row-two-ledgers', file: '云龙县两新汇总.xlsx', sheet: '汇总', label: '合计', col: 'F', delta: 1 },
  { folder: '39-county-stacked-soc-first-city-ent-only', file: '云龙县.xlsx', sheet: 'Sheet1', label: '合计', nth: 1, col: 'C', delta: 6 },
  { folder: '40-city-q1-and-h1-county-q1-q2-files', file: '白沙县2025年二季度.xlsx', sheet: 'Sheet1', label: '合计', col: 'B', delta: 5 },
  { folder: '41-ledger-two-branch-rows-merged-name-town', file: '白沙县汇总.xlsx', sheet: '汇总', label: '合计', col: 'C', delta: 1 },
  { folder: '35-total-labels-city-name-and-county-heji', file: '白沙县.xlsx', sheet: 'Sheet1', label: '白沙县合计', col: 'B', delta: 10 },
];

function colIdx(L) { return L.charCodeAt(0) - 64; }
const norm = (v) => (typeof v === 'string' ? v.replace(/\s/g, '') : v);
async function plant(p) {
  const dir = path.join(PLANTED, p.folder);
  fs.cpSync(path.join(CLEAN, p.folder), dir, { recursive: true });
  const file = path.join(dir, p.file);
  if (file.endsWith('.csv')) {
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    const i = lines.findIndex((l) => l.replace(/^\ufeff/, '').split(',')[0] === p.label);
    const cells = lines[i].split(',');
    const j = colIdx(p.col) - 1; const old = cells[j]; cells[j] = String(Number(old) + p.delta); lines[i] = cells.join(',');
    fs.writeFileSync(file, lines.join('\r\n'));
    return { folder: p.folder, file: p.file, sheet: path.basename(p.file, '.csv'), cell: `${p.col}${i + 1}`, old: Number(old), new: Number(cells[j]) };
  }
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(p.sheet);
  let r = null; let seen = 0; let col = p.col ? colIdx(p.col) : null;
  ws.eachRow((rw, n) => { if (r === null && rw.values.some((v) => norm(v) === p.label)) { if (seen === (p.nth || 0)) r = n; seen++; } });
  if (p.colOf) ws.eachRow((rw) => rw.eachCell((c, k) => { if (norm(c.value) === p.colOf) col = k; }));
  const cell = ws.getRow(r).getCell(col);
  const old = cell.value; const nv = old + p.delta;
  cell.value = nv;
  await wb.xlsx.writeFile(file);
  return { folder: p.folder, file: p.file, sheet: p.sheet, cell: `${String.fromCharCode(64 + col)}${r}`, old, new: nv };
}

(async () => {
  fs.rmSync(CLEAN, { recursive: true, force: true }); fs.rmSync(PLANTED, { recursive: true, force: true });
  for (const [name, fn] of Object.entries(folders)) {
    R = rng([...name].reduce((a, ch) => (Math.imul(a, 31) + ch.charCodeAt(0)) >>> 0, 7));
    const d = path.join(CLEAN, name); fs.mkdirSync(d, { recursive: true });
    await fn(d);
  }
  const manifest = [];
  for (const p of PLANTS) manifest.push(await plant(p));
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${Object.keys(folders).length} clean folders, ${manifest.length} planted`);
})();
