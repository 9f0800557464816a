// Round-21 reviewer folders. NODE_PATH=/work/main/node_modules node gen.js
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
let R = rng(21);
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

// ---------------------------------------------------------------- folders
// 01 province table at root, city folders each with city table + county books (tree)
F('01-province-tree-city-subfolders', async (d) => {
  const cities = [
    { name: '江州市', cs: [region('青山县', pickTowns(3)), region('云龙县', pickTowns(4))] },
    { name: '临川市', cs: [region('东湖区', pickTowns(3)), region('西山县', pickTowns(3)), region('南岭县', pickTowns(3))] }];
  for (const ct of cities) { ct.items = asItems(ct.cs); ct.t = sum(ct.items); }
  const prov = cities.map((ct) => ({ name: ct.name, ...ct.t }));
  await book(`${d}/江南省非公企业党建汇总表.xlsx`, [{ name: '全省', ...table({ title: '江南省非公有制企业党建工作情况统计表', items: prov, total: sum(prov), totalLabel: '全省' }) }]);
  for (const ct of cities) {
    await book(`${d}/${ct.name}/${ct.name}汇总表.xlsx`, [{ name: '汇总', ...cityT(ct.name, ct.items) }]);
    for (const c of ct.cs) await book(`${d}/${ct.name}/县区报表/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
  }
});

// 02 city sorted by coverage with 排名 first column, 全市 top; every county 合计 at top
F('02-rank-column-sorted-by-rate-totals-top', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(5)), region('白沙县', pickTowns(3)), region('河西区', pickTowns(4))];
  const items = asItems(cs).sort((a, b) => rate(b.c, b.e) - rate(a.c, a.e));
  const t = sum(items);
  const H = ['排名', ...ENT_H];
  const rows = [['江州市非公有制企业党组织覆盖率排名表'], H, ['', '全市', t.e, t.c, rate(t.c, t.e), t.pm], ...items.map((x, i) => [i + 1, ...row(x.name, x)])];
  await book(`${d}/江州市覆盖率排名.xlsx`, [{ name: '排名', rows, merges: ['A1:F1'] }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c, { totalTop: true }) }]);
});

// 03 county books with sheets 2024年 and 2025年 (titles without year); city 2025 only (year in title)
F('03-county-year-sheets-city-2025-title', async (d) => {
  const names = ['青山县', '云龙县', '白沙县'];
  const cs25 = names.map((n) => region(n, pickTowns(4)));
  const cs24 = cs25.map((c) => ({ ...c, towns: c.towns.map((tw) => { const e = tw.e - ri(0, 9); const cc = Math.min(e, tw.c - ri(1, 8)); return fix({ name: tw.name, e, c: cc, pm: tw.pm - ri(5, 30) }); }) }));
  cs24.forEach((c) => { c.t = sum(c.towns); });
  await book(`${d}/2025年江州市非公企业党建统计.xlsx`, [{ name: 'Sheet1', ...cityT('2025年江州市', asItems(cs25)) }]);
  for (let i = 0; i < names.length; i++) {
    const s25 = { name: '2025年', ...countyT(cs25[i]) };
    const s24 = { name: '2024年', ...countyT(cs24[i]) };
    await book(`${d}/${names[i]}.xlsx`, i === 1 ? [s25, s24] : [s24, s25]);
  }
});

// 04 city with 市直机关 and 经济技术开发区 rows (no books); one county has a town 经济开发区
F('04-city-shizhi-jingkaiqu-county-town-kaifaqu', async (d) => {
  const cs = [region('青山县', pickTowns(4, ['经济开发区'])), region('云龙县', pickTowns(4)), region('白沙县', pickTowns(3, ['工业园区']))];
  const items = [...asItems(cs).slice(0, 2), { name: '江州经济技术开发区', ...ent(2) }, asItems(cs)[2], { name: '市直机关', ...ent() }];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', items) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 05 short names: city rows 平江县 / 云溪 / 城区; books 平江.xlsx (title 平江), 云溪区.xlsx, 江州市城区.xlsx
F('05-short-and-full-names-mixed', async (d) => {
  const cs = [region('平江县', pickTowns(4)), region('云溪区', pickTowns(3)), region('城区', ['东城街道', '西城街道', '南湖街道'])];
  const items = [{ name: '平江县', ...cs[0].t }, { name: '云溪', ...cs[1].t }, { name: '城区', ...cs[2].t }];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', items) }]);
  await book(`${d}/平江.xlsx`, [{ name: 'Sheet1', ...table({ title: '平江非公企业党建工作情况统计表', items: cs[0].towns, total: cs[0].t, totalLabel: '全县' }) }]);
  await book(`${d}/云溪区.xlsx`, [{ name: 'Sheet1', ...countyT(cs[1], { totalLabel: '全区' }) }]);
  await book(`${d}/江州市城区.xlsx`, [{ name: 'Sheet1', ...table({ title: '江州市城区非公有制企业党建工作情况统计表', items: cs[2].towns, total: cs[2].t, totalLabel: '全区' }) }]);
});

// 06 one ledger for two counties with 所属县区 column; two county summaries; distinct towns
F('06-ledger-two-counties-suoshu-xianqu', async (d) => {
  const a = region('青山县', pickTowns(3), small); const b = region('云龙县', pickTowns(3, [], a.towns.map((x) => x.name)), small);
  a.towns.forEach((x) => { x.county = a.name; }); b.towns.forEach((x) => { x.county = b.name; });
  const L = ledger([...a.towns, ...b.towns]);
  for (const c of [a, b]) await book(`${d}/${c.name}汇总.xlsx`, [{ name: '汇总', ...table({ title: `${c.name}非公有制企业党建工作情况汇总表`, items: c.towns, total: c.t }) }]);
  await book(`${d}/江州市非公企业台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '江州市非公有制企业台账', ['序号', '企业名称', '所属县区', '所属乡镇', '是否建立党组织', '党员人数'], (x) => [x.seq, x.name, x.county, x.town, x.yes, x.pm]) }]);
});

// 06b same, but both counties have 城关镇 and 东城街道
F('06b-ledger-two-counties-shared-town-names', async (d) => {
  const a = region('青山县', ['城关镇', '东城街道', '柳河镇'], small); const b = region('云龙县', ['城关镇', '东城街道', '龙泉镇'], small);
  a.towns.forEach((x) => { x.county = a.name; }); b.towns.forEach((x) => { x.county = b.name; });
  const L = ledger([...a.towns, ...b.towns]);
  for (const c of [a, b]) await book(`${d}/${c.name}汇总.xlsx`, [{ name: '汇总', ...table({ title: `${c.name}非公有制企业党建工作情况汇总表`, items: c.towns, total: c.t }) }]);
  await book(`${d}/江州市非公企业台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '江州市非公有制企业台账', ['序号', '企业名称', '所属县区', '所属乡镇', '是否建立党组织', '党员人数'], (x) => [x.seq, x.name, x.county, x.town, x.yes, x.pm]) }]);
});

// 07 ledger with 党员人数 blank where 0
F('07-ledger-blank-members', async (d) => {
  const c = region('白沙县', pickTowns(4), small);
  const L = ledger(c.towns);
  await book(`${d}/白沙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '白沙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/白沙县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '白沙县非公有制企业台账', undefined, (x) => [x.seq, x.name, x.town, x.yes, x.pm || null]) }]);
});

// 08 ledger with merged 所属乡镇 cells over each town's enterprises
F('08-ledger-merged-town-cells', async (d) => {
  const c = region('云龙县', pickTowns(4), small);
  const L = ledger(c.towns);
  const lr = ledgerRows(L, '云龙县非公有制企业台账', ['序号', '所属乡镇', '企业名称', '是否建立党组织', '党员人数'], (x) => [x.seq, x.town, x.name, x.yes, x.pm]);
  let r = 3;
  for (const tw of c.towns) {
    const n = L.filter((x) => x.town === tw.name).length;
    for (let i = 1; i < n; i++) lr.rows[r - 1 + i][1] = null;
    if (n > 1) lr.merges.push(`B${r}:B${r + n - 1}`);
    r += n;
  }
  await book(`${d}/云龙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '云龙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/云龙县台账.xlsx`, [{ name: '台账', ...lr }]);
});

// 09 summary with 企业 and 社会组织 blocks side by side (two-row header) vs two ledgers
F('09-summary-ent-soc-blocks-two-ledgers', async (d) => {
  const tn = pickTowns(3);
  const e = region('青山县', tn, small); const s = region('青山县', tn, () => { const n = ri(3, 8); const cc = ri(1, n - 1); return { e: n, c: cc, pm: cc * 2 + ri(0, 3) }; });
  const rows = [['青山县两新组织党建工作情况汇总表'], ['乡镇', '非公有制企业', null, null, null, '社会组织', null, null, null],
    [null, '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员人数', '社会组织数', '已建立党组织的社会组织数', '党组织覆盖率（%）', '党员人数']];
  const tr = (n, x, y) => [n, x.e, x.c, rate(x.c, x.e), x.pm, y.e, y.c, rate(y.c, y.e), y.pm];
  e.towns.forEach((x, i) => rows.push(tr(x.name, x, s.towns[i])));
  rows.push(tr('合计', e.t, s.t));
  await book(`${d}/青山县两新汇总.xlsx`, [{ name: '汇总', rows, merges: ['A1:I1', 'A2:A3', 'B2:E2', 'F2:I2'] }]);
  const LE = ledger(e.towns); const LS = ledger(s.towns).map((x, i) => ({ ...x, name: `${x.town.slice(0, 2)}${['商会', '协会', '促进会', '联合会'][i % 4]}${i + 1}` }));
  await book(`${d}/青山县企业台账.xlsx`, [{ name: '台账', ...ledgerRows(LE, '青山县非公有制企业台账') }]);
  await book(`${d}/青山县社会组织台账.xlsx`, [{ name: '台账', ...ledgerRows(LS, '青山县社会组织台账', ['序号', '社会组织名称', '所属乡镇', '是否建立党组织', '党员人数']) }]);
});

// 10 county figures as text: thousands separators, full-width digits, rate as % text
const FW = (s) => String(s).replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
F('10-county-figures-as-text', async (d) => {
  const cs = [region('青山县', pickTowns(4), () => ent(8)), region('云龙县', pickTowns(4), () => ent(8)), region('白沙县', pickTowns(3), () => ent(6))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[0], { rowFn: (l, x) => [l, x.e.toLocaleString('en-US'), x.c.toLocaleString('en-US'), `${rate(x.c, x.e)}%`, x.pm.toLocaleString('en-US')] }) }]);
  await book(`${d}/云龙县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[1], { rowFn: (l, x) => [l, FW(x.e), FW(x.c), rate(x.c, x.e), FW(x.pm)] }) }]);
  await book(`${d}/白沙县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[2], { rowFn: (l, x) => [l, String(x.e), String(x.c), String(rate(x.c, x.e).toFixed(1)), String(x.pm)] }) }]);
});

// 10b city 党员数 in 万人 (2 decimals), counties in 人
F('10b-city-wanren-county-ren', async (d) => {
  const cs = [region('青山县', pickTowns(4), () => ent(10)), region('云龙县', pickTowns(5), () => ent(10)), region('白沙县', pickTowns(4), () => ent(10))];
  const items = asItems(cs);
  const t = cityT('江州市', items, { rowFn: (l, x) => [l, x.e, x.c, rate(x.c, x.e), Math.round(x.pm / 100) / 100] });
  t.rows[1][4] = '党员数（万人）';
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...t, post: (ws) => { ws.eachRow((r) => { const c = r.getCell(5); if (typeof c.value === 'number') c.numFmt = '0.00'; }); } }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 11 versions: old and new books of the same county in one folder (new = city's figures)
F('11-versions-v1-v2-final-in-folder', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4)), region('白沙县', pickTowns(3))];
  await book(`${d}/江州市汇总表_20260110.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  const old = (c) => { const towns = c.towns.map((x, i) => (i === 1 ? { ...x, e: x.e + 3, pm: x.pm - 4 } : x)); return { ...c, towns, t: sum(towns) }; };
  await book(`${d}/青山县_v1.xlsx`, [{ name: 'Sheet1', ...countyT(old(cs[0])) }]);
  await book(`${d}/青山县_v2.xlsx`, [{ name: 'Sheet1', ...countyT(cs[0]) }]);
  await book(`${d}/云龙县统计表(修改稿).xlsx`, [{ name: 'Sheet1', ...countyT(cs[1]) }]);
  await book(`${d}/云龙县统计表.xlsx`, [{ name: 'Sheet1', ...countyT(old(cs[1])) }]);
  await book(`${d}/白沙县统计表20251228.xlsx`, [{ name: 'Sheet1', ...countyT(old(cs[2])) }]);
  await book(`${d}/白沙县统计表20260105最终版.xlsx`, [{ name: 'Sheet1', ...countyT(cs[2]) }]);
});

// 11b versions with identical figures (only file names differ)
F('11b-versions-identical-figures', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4))];
  await book(`${d}/江州市汇总表(最终版).xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  await book(`${d}/青山县_v1.xlsx`, [{ name: 'Sheet1', ...countyT(cs[0]) }]);
  await book(`${d}/青山县_v2.xlsx`, [{ name: 'Sheet1', ...countyT(cs[0]) }]);
  await book(`${d}/云龙县(修改稿).xlsx`, [{ name: 'Sheet1', ...countyT(cs[1]) }]);
});

// 12 city sorted by rate with 位次 last column, towns books
F('12-rank-last-column-weici', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4)), region('白沙县', pickTowns(4))];
  const items = asItems(cs).sort((a, b) => rate(b.c, b.e) - rate(a.c, a.e));
  const t = table({ title: '江州市非公有制企业党建工作情况统计表', header: [...ENT_H, '覆盖率位次'], items, total: sum(items), totalLabel: '全市', rowFn: (l, x) => [...row(l, x), l === '全市' ? null : items.findIndex((y) => y.name === l) + 1] });
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...t }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 13 city sheet with counties and the towns of two counties indented under them (其中：)
F('13-city-three-levels-indented-towns', async (d) => {
  const cs = [region('青山县', pickTowns(3)), region('云龙县', pickTowns(4)), region('白沙县', pickTowns(3))];
  const t = sum(asItems(cs));
  const rows = [['江州市非公有制企业党建工作情况统计表'], ENT_H, row('全市', t)];
  for (const c of cs) {
    rows.push(row(c.name, c.t));
    if (c.name !== '云龙县') c.towns.forEach((tw, i) => rows.push(row(`${i === 0 ? '　　其中：' : '　　　　　'}${tw.name}`, tw)));
  }
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', rows, merges: ['A1:E1'] }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 14 a 说明.txt and a 党员花名册 workbook (people, with 所在乡镇, 是否党员)
F('14-readme-txt-and-roster', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
  fs.writeFileSync(`${d}/说明.txt`, '报送说明\r\n1. 本次报送截至2025年12月31日数据。\r\n2. 青山县企业数含经济开发区企业。\r\n3. 覆盖率=已建立党组织企业数/企业数*100。\r\n');
  const ppl = [];
  const SUR = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
  for (let i = 1; i <= 40; i++) ppl.push([i, `${SUR[i % 8]}${['伟', '芳', '娜', '敏', '静', '强', '磊'][i % 7]}`, i % 3 ? '男' : '女', `19${70 + (i % 25)}.0${1 + (i % 9)}`, cs[0].towns[i % 4].name, i % 4 ? '是' : '否', 1 + (i % 3)]);
  await book(`${d}/青山县党建指导员花名册.xlsx`, [{ name: '花名册', rows: [['青山县非公企业党建工作指导员花名册'], ['序号', '姓名', '性别', '出生年月', '所在乡镇', '是否党员', '联系企业数'], ...ppl], merges: ['A1:G1'] }]);
});

// 15 county book: town sheets first (short names, each with village rows + 合计), 汇总 sheet last; city table
F('15-town-sheets-first-summary-last', async (d) => {
  const cs = [region('青山县', pickTowns(3), () => ent()), region('云龙县', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) {
    const sheets = c.towns.map((tw) => {
      const v1 = { name: `${tw.name.slice(0, 2)}社区`, e: Math.floor(tw.e / 2), c: Math.floor(tw.c / 2), pm: Math.floor(tw.pm / 2) };
      const v2 = { name: `${tw.name.slice(0, 2)}村`, e: tw.e - v1.e, c: tw.c - v1.c, pm: tw.pm - v1.pm };
      return { name: tw.name.replace(/(镇|乡|街道)$/, ''), ...table({ title: `${tw.name}非公有制企业党建工作情况统计表`, items: [v1, v2], total: tw }) };
    });
    await book(`${d}/${c.name}.xlsx`, [...sheets, { name: '汇总', ...countyT(c) }]);
  }
});

// 16 generic file names 表1.xlsx / 表1(1).xlsx, county only in title; all counties share town names
F('16-generic-filenames-shared-towns', async (d) => {
  const base = ['城关镇', '东城街道', '西城街道'];
  const cs = [region('青山县', [...base, '柳河镇']), region('云龙县', [...base, '龙泉镇']), region('白沙县', base)];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  const fn = ['表1.xlsx', '表1(1).xlsx', '表1(2).xlsx'];
  for (let i = 0; i < cs.length; i++) await book(`${d}/${fn[i]}`, [{ name: 'Sheet1', ...countyT(cs[i]) }]);
});

// 17 each county sends 上半年 and 全年 books; city table annual
F('17-county-halfyear-and-annual-books-city-annual', async (d) => {
  const names = ['青山县', '云龙县', '白沙县'];
  const yr = names.map((n) => region(n, pickTowns(4)));
  const hy = yr.map((c) => { const towns = c.towns.map((x) => fix({ name: x.name, e: x.e - ri(2, 12), c: x.c - ri(2, 10), pm: x.pm - ri(5, 40) })); return { name: c.name, towns, t: sum(towns) }; });
  await book(`${d}/江州市2025年非公企业党建统计.xlsx`, [{ name: 'Sheet1', ...table({ title: '江州市2025年非公有制企业党建工作情况统计表', items: asItems(yr), total: sum(asItems(yr)), totalLabel: '全市' }) }]);
  for (let i = 0; i < names.length; i++) {
    await book(`${d}/${names[i]}2025年上半年.xlsx`, [{ name: 'Sheet1', ...table({ title: `${names[i]}2025年上半年非公有制企业党建工作情况统计表`, items: hy[i].towns, total: hy[i].t }) }]);
    await book(`${d}/${names[i]}2025年.xlsx`, [{ name: 'Sheet1', ...table({ title: `${names[i]}2025年非公有制企业党建工作情况统计表`, items: yr[i].towns, total: yr[i].t }) }]);
  }
});

// 18 county-level cities (平江市, 浏阳市) under 江州市; their books total 全市
F('18-county-level-cities-total-quanshi', async (d) => {
  const cs = [region('平江市', pickTowns(4)), region('浏阳市', pickTowns(4)), region('青山县', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  await book(`${d}/平江市.xlsx`, [{ name: 'Sheet1', ...countyT(cs[0], { totalLabel: '全市' }) }]);
  await book(`${d}/浏阳市.xlsx`, [{ name: 'Sheet1', ...countyT(cs[1], { totalLabel: '全市合计', totalTop: true }) }]);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[2], { totalLabel: '全县' }) }]);
});

// 19 city table with ent and soc blocks side by side (two-row header); county books with two sheets
F('19-city-two-blocks-county-two-sheets', async (d) => {
  const cs = ['青山县', '云龙县', '白沙县'].map((n) => { const tn = pickTowns(4); return { name: n, e: region(n, tn), s: region(n, tn, soc) }; });
  const rows = [['江州市两新组织党建工作情况统计表'], ['县（市、区）', '非公有制企业', null, null, null, '社会组织', null, null, null],
    [null, '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数', '社会组织数', '已建立党组织的社会组织数', '党组织覆盖率（%）', '党员数']];
  const tr = (n, x, y) => [n, x.e, x.c, rate(x.c, x.e), x.pm, y.e, y.c, rate(y.c, y.e), y.pm];
  cs.forEach((c) => rows.push(tr(c.name, c.e.t, c.s.t)));
  rows.push(tr('全市', sum(cs.map((c) => c.e.t)), sum(cs.map((c) => c.s.t))));
  await book(`${d}/江州市两新汇总表.xlsx`, [{ name: '汇总', rows, merges: ['A1:I1', 'A2:A3', 'B2:E2', 'F2:I2'] }]);
  for (const c of cs) {
    await book(`${d}/${c.name}.xlsx`, [
      { name: '非公企业', ...table({ title: `${c.name}非公有制企业党建工作情况统计表`, items: c.e.towns, total: c.e.t }) },
      { name: '社会组织', ...table({ title: `${c.name}社会组织党建工作情况统计表`, header: SOC_H, items: c.s.towns, total: c.s.t }) }]);
  }
});

// 20 city rows numbered 1.青山县 / （二）云龙县; county rows padded with spaces 青 山 县
F('20-city-row-numbering-and-spaced-names', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4)), region('白沙县', pickTowns(3)), region('河西区', pickTowns(3))];
  const lab = ['1.青山县', '2.云龙县', '3.白 沙 县', '4.河 西 区'];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c, i) => ({ name: lab[i], ...c.t })), { totalLabel: '全　市' }) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c, { totalLabel: '合　计' }) }]);
});

// 21 county totals labelled 合计（4个乡镇）, 全县合计, 青山县总计
F('21-total-labels-with-counts', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(5)), region('白沙县', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs), { totalLabel: '全市（3个县）' }) }]);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[0], { totalLabel: '合计（4个乡镇）' }) }]);
  await book(`${d}/云龙县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[1], { totalLabel: '全县合计' }) }]);
  await book(`${d}/白沙县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[2], { totalLabel: '白沙县总计' }) }]);
});

// 22 province 江南省 and a city also named 江南市 (city books + counties)
F('22-province-and-city-same-stem', async (d) => {
  const cities = [
    { name: '江南市', cs: [region('青山县', pickTowns(3)), region('云龙县', pickTowns(3))] },
    { name: '临川市', cs: [region('东湖区', pickTowns(3)), region('西山县', pickTowns(4))] }];
  for (const ct of cities) { ct.items = asItems(ct.cs); ct.t = sum(ct.items); }
  const prov = cities.map((ct) => ({ name: ct.name, ...ct.t }));
  await book(`${d}/江南省汇总表.xlsx`, [{ name: 'Sheet1', ...table({ title: '江南省非公有制企业党建工作情况统计表', items: prov, total: sum(prov), totalLabel: '全省' }) }]);
  for (const ct of cities) {
    await book(`${d}/${ct.name}汇总表.xlsx`, [{ name: 'Sheet1', ...cityT(ct.name, ct.items) }]);
    for (const c of ct.cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
  }
});

// 23 two cities each with a district 城区 (flat folder, books 江州市城区 / 临川市城区)
F('23-two-cities-each-chengqu', async (d) => {
  const A = [region('城区', ['东城街道', '西城街道', '南湖街道']), region('青山县', pickTowns(3))];
  const B = [region('城区', ['东城街道', '西城街道', '北关街道']), region('东湖区', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(A)) }]);
  await book(`${d}/临川市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('临川市', asItems(B)) }]);
  await book(`${d}/江州市城区.xlsx`, [{ name: 'Sheet1', ...table({ title: '江州市城区非公有制企业党建工作情况统计表', items: A[0].towns, total: A[0].t }) }]);
  await book(`${d}/临川市城区.xlsx`, [{ name: 'Sheet1', ...table({ title: '临川市城区非公有制企业党建工作情况统计表', items: B[0].towns, total: B[0].t }) }]);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...countyT(A[1]) }]);
  await book(`${d}/东湖区.xlsx`, [{ name: 'Sheet1', ...countyT(B[1]) }]);
});

// 24 a county has a town named after another county (云龙县 has 青山镇; 青山县 has 云龙乡)
F('24-towns-named-like-other-counties', async (d) => {
  const cs = [region('青山县', pickTowns(3, ['云龙乡'])), region('云龙县', pickTowns(3, ['青山镇'])), region('白沙县', pickTowns(3, ['白沙镇']))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 25 county filer names the city: 填报单位：中共江州市青山县委组织部; titles generic
F('25-filer-with-city-prefix', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(3)), region('白沙县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) await book(`${d}/江州市${c.name}报表.xlsx`, [{ name: 'Sheet1', ...table({ title: '非公有制企业党建工作情况统计表', filer: `填报单位：中共江州市${c.name}委组织部`, date: '截至2025年12月31日', items: c.towns, total: c.t }) }]);
});

// 26 county book with sheets 2025年上半年 and 2025年; city 2025年 (title)
F('26-county-halfyear-and-year-sheets', async (d) => {
  const names = ['青山县', '云龙县'];
  const yr = names.map((n) => region(n, pickTowns(4)));
  const hy = yr.map((c) => { const towns = c.towns.map((x) => fix({ name: x.name, e: x.e - ri(2, 12), c: x.c - ri(2, 10), pm: x.pm - ri(5, 40) })); return { name: c.name, towns, t: sum(towns) }; });
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...table({ title: '2025年江州市非公有制企业党建工作情况统计表', items: asItems(yr), total: sum(asItems(yr)), totalLabel: '全市' }) }]);
  for (let i = 0; i < names.length; i++) {
    await book(`${d}/${names[i]}.xlsx`, [
      { name: '2025年上半年', ...table({ title: `${names[i]}非公有制企业党建工作情况统计表`, date: '截至2025年6月30日', items: hy[i].towns, total: hy[i].t }) },
      { name: '2025年', ...table({ title: `${names[i]}非公有制企业党建工作情况统计表`, date: '截至2025年12月31日', items: yr[i].towns, total: yr[i].t }) }]);
  }
});

// 27 city table with 县区小计, then 市直, 开发区, and 全市合计
F('27-city-county-subtotal-then-shizhi', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4)), region('白沙县', pickTowns(3))];
  const sub = sum(asItems(cs)); const sz = { name: '市直', ...ent() }; const kf = { name: '高新区', ...ent() };
  const rows = [['江州市非公有制企业党建工作情况统计表'], ENT_H, ...asItems(cs).map((x) => row(x.name, x)), row('县区小计', sub), row('市直', sz), row('高新区', kf), row('全市合计', sum([sub, sz, kf]))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', rows, merges: ['A1:E1'] }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 28 two summaries and two generic ledgers 台账(1)/台账(2); one shared town name
F('28-generic-ledger-names-shared-town', async (d) => {
  const a = region('青山县', ['城关镇', '柳河镇', '石桥镇'], small); const b = region('云龙县', ['城关镇', '龙泉镇', '新集镇'], small);
  for (const c of [a, b]) await book(`${d}/${c.name}汇总.xlsx`, [{ name: '汇总', ...table({ title: `${c.name}非公有制企业党建工作情况汇总表`, items: c.towns, total: c.t }) }]);
  await book(`${d}/台账(1).xlsx`, [{ name: '台账', ...ledgerRows(ledger(b.towns), '非公有制企业台账') }]);
  await book(`${d}/台账(2).xlsx`, [{ name: '台账', ...ledgerRows(ledger(a.towns), '非公有制企业台账') }]);
});

// 29 city book with sheets 2025年 and 2024年 (year only in sheet names); county books 2025 only
F('29-city-year-sheets-county-current-only', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4)), region('白沙县', pickTowns(3))];
  const last = asItems(cs).map((x) => fix({ name: x.name, e: x.e - ri(10, 40), c: x.c - ri(10, 30), pm: x.pm - ri(20, 90) }));
  await book(`${d}/江州市汇总表.xlsx`, [{ name: '2025年', ...cityT('江州市', asItems(cs)) }, { name: '2024年', ...cityT('江州市', last) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 30 city row 青山县（含经开区）; county book has 经开区 as a row
F('30-city-label-includes-devzone', async (d) => {
  const cs = [region('青山县', pickTowns(3, ['青山经开区'])), region('云龙县', pickTowns(4)), region('白沙县', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', [{ name: '青山县（含经开区）', ...cs[0].t }, ...asItems(cs.slice(1))]) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 31 county CSV system exports with 区划代码 column, city xlsx
F('31-county-csv-exports-with-codes', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(3)), region('白沙县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  const codes = ['360121', '360123', '360124'];
  cs.forEach((c, i) => {
    const rows = [['区划代码', '单位名称', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数']];
    c.towns.forEach((tw, k) => rows.push([`${codes[i]}${String(100 + k).padStart(3, '0')}`, tw.name, tw.e, tw.c, rate(tw.c, tw.e).toFixed(1), tw.pm]));
    rows.push([codes[i], c.name, c.t.e, c.t.c, rate(c.t.c, c.t.e).toFixed(1), c.t.pm]);
    csv(`${d}/${c.name}_2025.csv`, rows);
  });
});

// 32 province table; city 江州 has city table + counties; city 临川 has only county books (no city table)
F('32-province-one-city-missing-table', async (d) => {
  const A = [region('青山县', pickTowns(3)), region('云龙县', pickTowns(3))];
  const B = [region('东湖区', pickTowns(3)), region('西山县', pickTowns(3))];
  const prov = [{ name: '江州市', ...sum(asItems(A)) }, { name: '临川市', ...sum(asItems(B)) }];
  await book(`${d}/江南省汇总表.xlsx`, [{ name: 'Sheet1', ...table({ title: '江南省非公有制企业党建工作情况统计表', items: prov, total: sum(prov), totalLabel: '全省' }) }]);
  await book(`${d}/江州市/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(A)) }]);
  for (const c of A) await book(`${d}/江州市/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
  for (const c of B) await book(`${d}/临川市/${c.name}.xlsx`, [{ name: 'Sheet1', ...table({ title: `${c.name}非公有制企业党建工作情况统计表`, filer: `填报单位：中共临川市${c.name}委组织部`, date: '2025年12月31日', items: c.towns, total: c.t }) }]);
});

// 33 city 2025年上半年; counties: two 上半年 books, one county sent its 2025年 (annual) book only
F('33-city-halfyear-one-county-annual-only', async (d) => {
  const names = ['青山县', '云龙县', '白沙县'];
  const hy = names.map((n) => region(n, pickTowns(4)));
  const yr = hy.map((c) => { const towns = c.towns.map((x) => fix({ name: x.name, e: x.e + ri(2, 12), c: x.c + ri(2, 10), pm: x.pm + ri(5, 40) })); return { name: c.name, towns, t: sum(towns) }; });
  await book(`${d}/江州市2025年上半年汇总.xlsx`, [{ name: 'Sheet1', ...table({ title: '江州市2025年上半年非公有制企业党建工作情况统计表', items: asItems(hy), total: sum(asItems(hy)), totalLabel: '全市' }) }]);
  for (let i = 0; i < 2; i++) await book(`${d}/${names[i]}2025年上半年.xlsx`, [{ name: 'Sheet1', ...table({ title: `${names[i]}2025年上半年非公有制企业党建工作情况统计表`, items: hy[i].towns, total: hy[i].t }) }]);
  await book(`${d}/${names[2]}2025年.xlsx`, [{ name: 'Sheet1', ...table({ title: `${names[2]}2025年非公有制企业党建工作情况统计表`, items: yr[2].towns, total: yr[2].t }) }]);
});

// 34 county book with a hidden older copy sheet (Sheet1 (2)) holding other figures
F('34-hidden-old-copy-sheet', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of cs) {
    const towns = c.towns.map((x, i) => (i === 0 ? fix({ ...x, e: x.e - 5, c: x.c - 2 }) : x));
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }, { name: 'Sheet1 (2)', state: 'hidden', ...countyT({ ...c, towns, t: sum(towns) }) }]);
  }
});

// 35 counties with same-name towns each in their own subfolder plus ledgers; city table at root
F('35-county-subfolders-summary-ledger-city', async (d) => {
  const a = region('青山县', ['城关镇', '东城街道', '柳河镇'], small); const b = region('云龙县', ['城关镇', '东城街道', '龙泉镇'], small);
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems([a, b])) }]);
  for (const c of [a, b]) {
    await book(`${d}/${c.name}/汇总表.xlsx`, [{ name: '汇总', ...table({ title: `${c.name}非公有制企业党建工作情况汇总表`, items: c.towns, total: c.t }) }]);
    await book(`${d}/${c.name}/台账.xlsx`, [{ name: '台账', ...ledgerRows(ledger(c.towns), `${c.name}非公有制企业台账`) }]);
  }
});

// 36 county book where total row labelled 全县 sits at top AND a 上年同期 total at bottom? no: totals top + notes rows mentioning another county
F('36-totals-top-notes-mention-other-county', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs), { totalTop: true }) }]);
  for (const c of cs) {
    const t = countyT(c, { totalTop: true, totalLabel: '全县' });
    t.rows.push(['注：1.原云龙县白果乡3家企业已随区划调整划入青山县统计。']);
    t.rows.push(['填报人：李某　审核人：王某　联系电话：0791-8888888']);
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...t }]);
  }
});


// 09b same side-by-side summary, but social organisations exist in only one town (others 0)
F('09b-summary-blocks-soc-ledger-one-town', async (d) => {
  const tn = pickTowns(3);
  const e = region('云龙县', tn, small);
  const s = region('云龙县', tn, () => ({ e: 0, c: 0, pm: 0 }));
  s.towns[0] = { name: tn[0], e: 4, c: 2, pm: 5 }; s.t = sum(s.towns);
  const rows = [['云龙县两新组织党建工作情况汇总表'], ['乡镇', '非公有制企业', null, null, null, '社会组织', null, null, null],
    [null, '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员人数', '社会组织数', '已建立党组织的社会组织数', '党组织覆盖率（%）', '党员人数']];
  const tr = (n, x, y) => [n, x.e, x.c, rate(x.c, x.e), x.pm, y.e, y.c, y.e ? rate(y.c, y.e) : '—', y.pm];
  e.towns.forEach((x, i) => rows.push(tr(x.name, x, s.towns[i])));
  rows.push(tr('合计', e.t, s.t));
  await book(`${d}/云龙县两新汇总.xlsx`, [{ name: '汇总', rows, merges: ['A1:I1', 'A2:A3', 'B2:E2', 'F2:I2'] }]);
  const LE = ledger(e.towns); const LS = ledger(s.towns.filter((x) => x.e)).map((x, i) => ({ ...x, name: `${x.town.slice(0, 2)}${['商会', '协会', '促进会', '联合会'][i % 4]}${i + 1}` }));
  await book(`${d}/云龙县企业台账.xlsx`, [{ name: '台账', ...ledgerRows(LE, '云龙县非公有制企业台账') }]);
  await book(`${d}/云龙县社会组织台账.xlsx`, [{ name: '台账', ...ledgerRows(LS, '云龙县社会组织台账', ['序号', '社会组织名称', '所属乡镇', '是否建立党组织', '党员人数']) }]);
});

// 37 city rows numbered （一）（二）; counties share two town names (upper table not recognised)
F('37-city-rows-chinese-numbered-shared-towns', async (d) => {
  const cs = [region('青山县', ['城关镇', '东城街道', '柳河镇', '石桥镇']), region('云龙县', ['城关镇', '东城街道', '龙泉镇'])];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c, i) => ({ name: `（${['一', '二'][i]}）${c.name}`, ...c.t }))) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 38 city table + a neighbouring county's book sent by mistake (not a row of the city table), shared towns
F('38-stray-neighbour-county-book-shared-towns', async (d) => {
  const cs = [region('青山县', ['城关镇', '东城街道', '柳河镇']), region('云龙县', pickTowns(4, [], ['城关镇', '东城街道']))];
  const stray = region('河西区', ['城关镇', '东城街道', '北关街道']);
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', asItems(cs)) }]);
  for (const c of [...cs, stray]) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// ---------------------------------------------------------------- plants
const PLANTS = [
  { folder: '01-province-tree-city-subfolders', file: '临川市/临川市汇总表.xlsx', sheet: '汇总', label: '西山县', col: 'B', delta: 7 },
  { folder: '02-rank-column-sorted-by-rate-totals-top', file: '云龙县.xlsx', sheet: 'Sheet1', label: '合计', col: 'E', delta: -10 },
  { folder: '03-county-year-sheets-city-2025-title', file: '白沙县.xlsx', sheet: '2025年', labelIdx: 1, col: 'C', delta: 3 },
  { folder: '05-short-and-full-names-mixed', file: '平江.xlsx', sheet: 'Sheet1', label: '全县', col: 'B', delta: 20 },
  { folder: '06-ledger-two-counties-suoshu-xianqu', file: '江州市非公企业台账.xlsx', sheet: '台账', ledgerRow: 4, col: 'E', setText: 'flip' },
  { folder: '08-ledger-merged-town-cells', file: '云龙县汇总.xlsx', sheet: '汇总', labelIdx: 2, col: 'E', delta: 2 },
  { folder: '09-summary-ent-soc-blocks-two-ledgers', file: '青山县社会组织台账.xlsx', sheet: '台账', ledgerRow: 2, col: 'D', setText: 'flip' },
  { folder: '10-county-figures-as-text', file: '青山县.xlsx', sheet: 'Sheet1', label: '合计', col: 'B', delta: 100, text: 'sep' },
  { folder: '13-city-three-levels-indented-towns', file: '江州市汇总表.xlsx', sheet: 'Sheet1', label: '白沙县', col: 'E', delta: 30 },
  { folder: '16-generic-filenames-shared-towns', file: '表1(1).xlsx', sheet: 'Sheet1', label: '合计', col: 'C', delta: -5 },
  { folder: '18-county-level-cities-total-quanshi', file: '平江市.xlsx', sheet: 'Sheet1', label: '全市', col: 'C', delta: 4 },
  { folder: '19-city-two-blocks-county-two-sheets', file: '云龙县.xlsx', sheet: '社会组织', label: '合计', col: 'B', delta: 6 },
  { folder: '23-two-cities-each-chengqu', file: '临川市城区.xlsx', sheet: 'Sheet1', label: '合计', col: 'E', delta: 12 },
  { folder: '25-filer-with-city-prefix', file: '江州市汇总表.xlsx', sheet: 'Sheet1', label: '云龙县', col: 'C', delta: -3 },
  { folder: '29-city-year-sheets-county-current-only', file: '江州市汇总表.xlsx', sheet: '2025年', label: '白沙县', col: 'B', delta: 9 },
  { folder: '31-county-csv-exports-with-codes', file: '云龙县_2025.csv', sheet: null, label: '云龙县', col: 'C', delta: 5 },
  { folder: '09b-summary-blocks-soc-ledger-one-town', file: '云龙县企业台账.xlsx', sheet: '台账', ledgerRow: 3, col: 'D', setText: 'flip' },
  { folder: '38-stray-neighbour-county-book-shared-towns', file: '青山县.xlsx', sheet: 'Sheet1', label: '柳河镇', col: 'B', delta: 6 },
  { folder: '35-county-subfolders-summary-ledger-city', file: '云龙县/汇总表.xlsx', sheet: '汇总', label: '合计', col: 'B', delta: 2 },
];

function colIdx(L) { return L.charCodeAt(0) - 64; }
async function plant(p) {
  const dir = path.join(PLANTED, p.folder);
  fs.cpSync(path.join(CLEAN, p.folder), dir, { recursive: true });
  const file = path.join(dir, p.file);
  if (file.endsWith('.csv')) {
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    const i = lines.findIndex((l) => l.split(',')[1] === p.label);
    const cells = lines[i].split(',');
    const j = colIdx(p.col) - 1; const old = cells[j]; cells[j] = String(Number(old) + p.delta); lines[i] = cells.join(',');
    fs.writeFileSync(file, lines.join('\r\n'));
    return { folder: p.folder, file: p.file, sheet: path.basename(p.file, '.csv'), cell: `${p.col}${i + 1}`, old: Number(old), new: Number(cells[j]) };
  }
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(p.sheet);
  let r = null;
  if (p.ledgerRow) r = 2 + p.ledgerRow;
  else if (p.labelIdx) { // nth data row after header row containing '企业数'
    let hdr = null; ws.eachRow((rw, n) => { if (hdr === null && rw.values.some((v) => typeof v === 'string' && v.includes('企业数'))) hdr = n; });
    r = hdr + p.labelIdx;
  } else ws.eachRow((rw, n) => { if (r === null && rw.values.some((v) => typeof v === 'string' && v.replace(/\s/g, '') === p.label)) r = n; });
  const cell = ws.getRow(r).getCell(colIdx(p.col));
  const old = cell.value; let nv;
  if (p.setText === 'flip') {
    // flip 是/否 in 是否建立党组织 column, leaving members as they are only if flipping 否->是 is safe; we flip and keep members
    nv = old === '是' ? '否' : '是';
  } else if (p.text === 'sep') { nv = (Number(String(old).replace(/,/g, '')) + p.delta).toLocaleString('en-US'); } else nv = old + p.delta;
  cell.value = nv;
  await wb.xlsx.writeFile(file);
  return { folder: p.folder, file: p.file, sheet: p.sheet, cell: `${p.col}${r}`, old, new: nv };
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
