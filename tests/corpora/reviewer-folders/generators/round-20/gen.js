// Round-20 reviewer folders. NODE_PATH=/work/main/node_modules node gen.js
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
let R = rng(20);
const ri = (lo, hi) => lo + Math.floor(R() * (hi - lo + 1));
function rate(c, e, d = 1) {
  if (!e) return 0;
  const s = 10 ** d;
  return Math.floor((2 * c * 100 * s + e) / (2 * e)) / s;
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
function sum(list) {
  const t = { e: 0, c: 0, pm: 0 };
  for (const x of list) { t.e += x.e; t.c += x.c; t.pm += x.pm; }
  return t;
}
// region with towns: {name, towns:[{name, ...ent}], t: total}
function region(name, townNames, gen = ent) {
  const towns = townNames.map((n) => ({ name: n, ...gen() }));
  return { name, towns, t: sum(towns) };
}
const TOWNS = ['城关镇', '东城街道', '西城街道', '南湖街道', '黄坪镇', '柳河镇', '石桥镇', '杨柳乡', '大安镇', '新集镇', '龙泉镇',
  '白果乡', '马坊镇', '双河镇', '清水镇', '王庄乡', '凤凰镇', '高桥镇', '长岭乡', '金沙镇', '桃源镇', '梅溪镇'];
function pickTowns(n, must = []) {
  const out = [...must];
  const pool = TOWNS.filter((t) => !out.includes(t));
  while (out.length < n) out.push(pool.splice(Math.floor(R() * pool.length), 1)[0]);
  return out;
}

const ENT_H = ['地区', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数'];
const SOC_H = ['地区', '社会组织数', '已建立党组织的社会组织数', '党组织覆盖率（%）', '党员数'];
const row = (label, x) => [label, x.e, x.c, rate(x.c, x.e), x.pm];

// A sheet spec: {name, rows: [[...]], merges: ['A1:E1'], fmt: {col: '0.0'}}
function table({ title, unit, header = ENT_H, items, total, totalLabel = '合计', totalTop = false, filer, date }) {
  const rows = [];
  const merges = [];
  const w = header.length;
  const L = String.fromCharCode(64 + w);
  if (title) { rows.push([title]); merges.push(`A${rows.length}:${L}${rows.length}`); }
  if (filer || date) rows.push([filer || '', ...Array(w - 2).fill(null), date || null]);
  rows.push([...header]);
  const body = items.map((x) => row(x.name, x));
  const tot = total ? row(totalLabel, total) : null;
  if (tot && totalTop) rows.push(tot);
  rows.push(...body);
  if (tot && !totalTop) rows.push(tot);
  return { rows, merges };
}

async function book(file, sheets) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      const xr = ws.getRow(i + 1);
      r.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const c = xr.getCell(j + 1);
        c.value = v;
      });
    });
    for (const m of s.merges || []) ws.mergeCells(m);
    // rate columns with one decimal
    s.rows.forEach((r, i) => r.forEach((v, j) => {
      if (typeof v === 'number' && !Number.isInteger(v)) ws.getRow(i + 1).getCell(j + 1).numFmt = s.fmt || '0.0';
    }));
    if (s.post) s.post(ws);
  }
  await wb.xlsx.writeFile(file);
}

const folders = {};
function F(name, fn) { folders[name] = fn; }
const cityT = (city, items, extra = {}) => table({ title: `${city}非公有制企业党建工作情况统计表`, items, total: sum(items), totalLabel: '全市', ...extra });
const countyT = (c, extra = {}) => table({ title: `${c.name}非公有制企业党建工作情况统计表`, items: c.towns, total: c.t, ...extra });

// 01 county total rows labelled with county name / 全县 / 总计
F('01-county-total-labels-name-quanxian-zongji', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(5)), region('白沙县', pickTowns(3))];
  const items = cs.map((c) => ({ name: c.name, ...c.t }));
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', items) }]);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[0], { totalLabel: '青山县' }) }]);
  await book(`${d}/云龙县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[1], { totalLabel: '全县' }) }]);
  await book(`${d}/白沙县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[2], { totalLabel: '总计', totalTop: true }) }]);
});

// 02 city with 市本级, 市直, 高新区 rows that are not counties
F('02-city-shibenji-shizhi-gaoxin', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4))];
  const items = [{ name: '市本级', ...ent() }, { name: '市直', ...ent() }, { name: '高新区', ...ent(2) },
    ...cs.map((c) => ({ name: c.name, ...c.t }))];
  await book(`${d}/江州市2025年汇总.xlsx`, [{ name: '汇总表', ...cityT('江州市', items) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 03 county files named by 区划代码, name only in 填报单位
F('03-code-filenames-filer-only', async (d) => {
  const cs = [region('上城区', pickTowns(4, ['湖滨街道'])), region('拱墅区', pickTowns(5)), region('西湖区', pickTowns(4))];
  const codes = ['330102', '330105', '330106'];
  const items = cs.map((c) => ({ name: c.name, ...c.t }));
  await book(`${d}/杭城市.xlsx`, [{ name: 'Sheet1', ...cityT('杭城市', items) }]);
  for (let i = 0; i < cs.length; i++) {
    await book(`${d}/${codes[i]}.xlsx`, [{ name: 'Sheet1', ...table({ title: '非公有制企业党建工作情况统计表', filer: `填报单位：中共${cs[i].name}委组织部`, date: '2025年12月31日', items: cs[i].towns, total: cs[i].t }) }]);
  }
});

// 04 county: ent and soc tables side by side on one sheet; city: two separate tables
F('04-county-side-by-side-ent-soc-city-two-books', async (d) => {
  const cs = ['青山县', '云龙县', '白沙县'].map((n) => {
    const tn = pickTowns(4);
    return { name: n, e: region(n, tn), s: region(n, tn, soc) };
  });
  await book(`${d}/江州市非公企业汇总.xlsx`, [{ name: '非公企业', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.e.t }))) }]);
  await book(`${d}/江州市社会组织汇总.xlsx`, [{ name: '社会组织', ...table({ title: '江州市社会组织党建工作情况统计表', header: SOC_H, items: cs.map((c) => ({ name: c.name, ...c.s.t })), total: sum(cs.map((c) => c.s.t)), totalLabel: '全市' }) }]);
  for (const c of cs) {
    const a = table({ header: ENT_H, items: c.e.towns, total: c.e.t });
    const b = table({ header: SOC_H, items: c.s.towns, total: c.s.t });
    const rows = [[`${c.name}两新组织党建工作情况统计表`], ['非公有制企业', null, null, null, null, null, '社会组织']];
    for (let i = 0; i < a.rows.length; i++) rows.push([...a.rows[i], null, ...b.rows[i]]);
    await book(`${d}/${c.name}.xlsx`, [{ name: '统计表', rows, merges: ['A1:K1', 'A2:E2', 'G2:K2'] }]);
  }
});

// 05 2024 and 2025 workbooks in one folder; titles differ only by year
F('05-two-years-titles-differ-by-year', async (d) => {
  for (const y of [2024, 2025]) {
    const cs = [region('青山县', ['城关镇', '柳河镇', '石桥镇', '杨柳乡']), region('云龙县', ['城关镇', '龙泉镇', '新集镇'])];
    await book(`${d}/${y}年江州市非公企业党建统计.xlsx`, [{ name: 'Sheet1', ...table({ title: `${y}年江州市非公有制企业党建工作情况统计表`, items: cs.map((c) => ({ name: c.name, ...c.t })), total: sum(cs.map((c) => c.t)), totalLabel: '全市' }) }]);
    for (const c of cs) await book(`${d}/${y}年${c.name}非公企业党建统计.xlsx`, [{ name: 'Sheet1', ...table({ title: `${y}年${c.name}非公有制企业党建工作情况统计表`, items: c.towns, total: c.t }) }]);
  }
});

// 06 city table transposed (counties as columns, 全市 column)
F('06-city-transposed-counties-columns', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(3)), region('白沙县', pickTowns(5)), region('河西区', pickTowns(3))];
  const t = sum(cs.map((c) => c.t));
  const all = [{ name: '全市', ...t }, ...cs.map((c) => ({ name: c.name, ...c.t }))];
  const rows = [['江州市非公有制企业党建工作情况统计表'], ['指标', ...all.map((x) => x.name)],
    ['企业数', ...all.map((x) => x.e)], ['已建立党组织企业数', ...all.map((x) => x.c)],
    ['党组织覆盖率（%）', ...all.map((x) => rate(x.c, x.e))], ['党员数', ...all.map((x) => x.pm)]];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: '汇总', rows, merges: ['A1:F1'] }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 07 county table uses abbreviations; town workbooks use full names
F('07-town-books-abbrev-in-county-table', async (d) => {
  const full = ['城关镇', '经济开发区', '南湖街道', '柳河镇'];
  const abbr = ['城关', '经开区', '南湖', '柳河'];
  const c = region('青山县', full);
  await book(`${d}/青山县汇总.xlsx`, [{ name: 'Sheet1', ...table({ title: '青山县非公有制企业党建工作情况统计表', items: c.towns.map((x, i) => ({ ...x, name: abbr[i] })), total: c.t, totalLabel: '全县' }) }]);
  for (const tw of c.towns) {
    const vs = [];
    let left = { ...tw };
    const n = 3;
    for (let i = 0; i < n; i++) {
      if (i === n - 1) { vs.push({ name: `${['东', '西', '北'][i]}村`, ...left }); break; }
      const e = Math.floor(left.e / (n - i)); const cc = Math.min(e, Math.floor(left.c / (n - i))); const pm = Math.floor(left.pm / (n - i));
      vs.push({ name: `${['东', '西', '北'][i]}村`, e, c: cc, pm });
      left = { e: left.e - e, c: left.c - cc, pm: left.pm - pm };
    }
    await book(`${d}/${tw.name}.xlsx`, [{ name: 'Sheet1', ...table({ title: `${tw.name}非公有制企业党建工作情况统计表`, items: vs, total: sum(vs) }) }]);
  }
});

// ledger enterprises
function ledger(townRows, yesVals = ['是'], noVal = '否') {
  const out = [];
  let k = 1;
  for (const tw of townRows) {
    // distribute pm among covered
    const cov = Array.from({ length: tw.e }, (_, i) => i < tw.c);
    for (let i = cov.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [cov[i], cov[j]] = [cov[j], cov[i]]; }
    let pmLeft = tw.pm; let cLeft = tw.c;
    cov.forEach((y) => {
      let pm = 0;
      if (y) { cLeft--; pm = cLeft === 0 ? pmLeft : Math.min(pmLeft, ri(1, Math.max(1, Math.floor(2 * tw.pm / tw.c)))); pmLeft -= pm; }
      out.push({ seq: k, name: `${tw.name.slice(0, 2)}${['华', '兴', '达', '盛', '信', '恒', '通'][k % 7]}${['科技', '机械', '食品', '建材', '商贸'][k % 5]}有限公司${k}`, town: tw.name, yes: y ? yesVals[k % yesVals.length] : noVal, pm });
      k++;
    });
  }
  return out;
}
function ledgerRows(L, title, header = ['序号', '企业名称', '所属乡镇', '是否建立党组织', '党员数']) {
  return { rows: [[title], header, ...L.map((x) => [x.seq, x.name, x.town, x.yes, x.pm])], merges: ['A1:E1'] };
}

// 08 summary with formulas referencing the ledger sheet
F('08-summary-formulas-ref-ledger', async (d) => {
  R = rng(808);
  const c = region('青山县', pickTowns(4).map((x) => x), () => { const e = ri(6, 18); const cc = ri(2, e - 1); return { e, c: cc, pm: cc * 3 + ri(0, 4) }; });
  const L = ledger(c.towns);
  const n = L.length + 2;
  const sumT = table({ title: '青山县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t, totalLabel: '合计' });
  await book(`${d}/青山县非公企业.xlsx`, [
    { name: '汇总', ...sumT, post: (ws) => {
      c.towns.forEach((tw, i) => {
        const r = i + 3;
        ws.getCell(`B${r}`).value = { formula: `COUNTIF(台账!$C$3:$C$${n},A${r})`, result: tw.e };
        ws.getCell(`C${r}`).value = { formula: `COUNTIFS(台账!$C$3:$C$${n},A${r},台账!$D$3:$D$${n},"是")`, result: tw.c };
        ws.getCell(`D${r}`).value = { formula: `ROUND(C${r}/B${r}*100,1)`, result: rate(tw.c, tw.e) };
        ws.getCell(`E${r}`).value = { formula: `SUMIF(台账!$C$3:$C$${n},A${r},台账!$E$3:$E$${n})`, result: tw.pm };
      });
      const r = c.towns.length + 3;
      ws.getCell(`B${r}`).value = { formula: `SUM(B3:B${r - 1})`, result: c.t.e };
      ws.getCell(`C${r}`).value = { formula: `SUM(C3:C${r - 1})`, result: c.t.c };
      ws.getCell(`E${r}`).value = { formula: `SUM(E3:E${r - 1})`, result: c.t.pm };
    } },
    { name: '台账', ...ledgerRows(L, '青山县非公有制企业台账') }]);
  R = rng(20);
});

// 09 ledger with one sheet per town; summary separate
F('09-ledger-sheet-per-town', async (d) => {
  R = rng(909);
  const c = region('云龙县', pickTowns(3), () => { const e = ri(5, 14); const cc = ri(2, e - 1); return { e, c: cc, pm: cc * 2 + ri(0, 4) }; });
  const L = ledger(c.towns);
  await book(`${d}/云龙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '云龙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/云龙县台账.xlsx`, c.towns.map((tw) => ({ name: `${tw.name}台账`, ...ledgerRows(L.filter((x) => x.town === tw.name), `${tw.name}非公有制企业台账`) })));
  R = rng(20);
});

// 10 ledger 是否建立党组织: 已建/未建/联建
F('10-ledger-yijian-weijian-lianjian', async (d) => {
  R = rng(1010);
  const c = region('白沙县', pickTowns(4), () => { const e = ri(6, 15); const cc = ri(3, e - 1); return { e, c: cc, pm: cc * 2 + ri(0, 4) }; });
  const L = ledger(c.towns, ['已建', '联建', '已建'], '未建');
  await book(`${d}/白沙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '白沙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/白沙县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '白沙县非公有制企业台账') }]);
  R = rng(20);
});

// 11 county renamed (撤县设区): city row 青山区, county workbook file 青山县.xlsx with 填报单位 青山区
F('11-county-renamed-xian-to-qu', async (d) => {
  const cs = [region('青山区', pickTowns(4)), region('云龙县', pickTowns(4)), region('白沙县', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...table({ title: '青山县非公有制企业党建工作情况统计表', filer: '填报单位：中共青山区委组织部', date: '2025年12月31日', items: cs[0].towns, total: cs[0].t }) }]);
  for (const c of cs.slice(1)) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 12 county names substrings of each other
F('12-hedong-xian-and-hedong-xinqu', async (d) => {
  const cs = [region('河东县', pickTowns(4)), region('河东新区', pickTowns(3, ['河东街道'])), region('河西县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 13 folder with a text-only 说明.xlsx
F('13-text-only-instructions-book', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
  await book(`${d}/填报说明.xlsx`, [{ name: '说明', rows: [['填报说明'], ['一、本表统计截至2025年12月31日的数据。'], ['二、企业数指纳入台账管理的非公有制企业数，青山县含经济开发区。'], ['三、党组织覆盖率=已建立党组织企业数÷企业数×100%。'], ['四、云龙县2025年新增企业12家，已全部纳入统计。'], ['联系人：王某 电话：0571-12345678']] }]);
});

// 14 counties report 党员数 in 万人 (2 decimals) while city in 人
F('14-county-wanren-city-ren', async (d) => {
  const cs = [region('青山县', pickTowns(4), () => ent(8)), region('云龙县', pickTowns(4), () => ent(8))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) {
    const t = countyT(c);
    t.rows[1 + 0][4] = '党员数（万人）';
    for (let i = 2; i < t.rows.length; i++) t.rows[i][4] = Math.round(t.rows[i][4] / 100) / 100;
    // keep total = rounded county total
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...t, fmt: '0.00' }]);
  }
});

// 15 province over cities over counties
F('15-province-city-county-with-shengzhi', async (d) => {
  const cities = [
    { name: '江州市', cs: [region('青山县', pickTowns(3)), region('云龙县', pickTowns(3))] },
    { name: '临川市', cs: [region('东湖区', pickTowns(3)), region('西山县', pickTowns(3))] }];
  for (const ct of cities) { ct.items = ct.cs.map((c) => ({ name: c.name, ...c.t })); ct.t = sum(ct.items); }
  const prov = [{ name: '省直', ...ent(2) }, ...cities.map((ct) => ({ name: ct.name, ...ct.t }))];
  await book(`${d}/江南省汇总表.xlsx`, [{ name: 'Sheet1', ...table({ title: '江南省非公有制企业党建工作情况统计表', items: prov, total: sum(prov), totalLabel: '全省' }) }]);
  for (const ct of cities) {
    await book(`${d}/${ct.name}汇总表.xlsx`, [{ name: 'Sheet1', ...cityT(ct.name, ct.items) }]);
    for (const c of ct.cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
  }
});

// 16 county total labelled 青山县合计 / 本县合计, city total at top
F('16-county-total-name-heji-city-total-top', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4)), region('石门县', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t })), { totalTop: true, totalLabel: '全市合计' }) }]);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[0], { totalLabel: '青山县合计' }) }]);
  await book(`${d}/云龙县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[1], { totalLabel: '本县合计' }) }]);
  await book(`${d}/石门县.xlsx`, [{ name: 'Sheet1', ...countyT(cs[2], { totalLabel: '全县合计', totalTop: true }) }]);
});

// 17 county: ent table stacked over soc table on one sheet; city separate sheets in one book
F('17-county-stacked-ent-soc-city-two-sheets', async (d) => {
  const cs = ['青山县', '云龙县', '白沙县'].map((n) => { const tn = pickTowns(3); return { name: n, e: region(n, tn), s: region(n, tn, soc) }; });
  await book(`${d}/江州市汇总表.xlsx`, [
    { name: '非公企业', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.e.t }))) },
    { name: '社会组织', ...table({ title: '江州市社会组织党建工作情况统计表', header: SOC_H, items: cs.map((c) => ({ name: c.name, ...c.s.t })), total: sum(cs.map((c) => c.s.t)), totalLabel: '全市' }) }]);
  for (const c of cs) {
    const a = table({ title: `表1 ${c.name}非公有制企业党建工作情况统计表`, header: ENT_H, items: c.e.towns, total: c.e.t });
    const b = table({ title: `表2 ${c.name}社会组织党建工作情况统计表`, header: SOC_H, items: c.s.towns, total: c.s.t });
    const off = a.rows.length + 1;
    await book(`${d}/${c.name}.xlsx`, [{ name: '统计表', rows: [...a.rows, [], ...b.rows], merges: ['A1:E1', `A${off + 1}:E${off + 1}`] }]);
  }
});

// 18 three levels: county table of towns, town books with villages (全镇合计), county book
F('18-county-town-village-three-levels', async (d) => {
  const c = region('青山县', ['城关镇', '柳河镇', '石桥镇']);
  const items = c.towns;
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', [{ name: '青山县', ...c.t }, { name: '云龙县', ...ent(3) }]) }]);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...table({ title: '青山县非公有制企业党建工作情况统计表', items, total: c.t, totalLabel: '全县' }) }]);
  for (const tw of items) {
    const n = 3; const vs = []; let left = { ...tw };
    for (let i = 0; i < n; i++) {
      const nm = `${tw.name.slice(0, 2)}${['一', '二', '三'][i]}村`;
      if (i === n - 1) { vs.push({ name: nm, ...left }); break; }
      const e = Math.floor(left.e / (n - i)); const cc = Math.min(e, Math.floor(left.c / (n - i))); const pm = Math.floor(left.pm / (n - i));
      vs.push({ name: nm, e, c: cc, pm }); left = { e: left.e - e, c: left.c - cc, pm: left.pm - pm };
    }
    await book(`${d}/青山县${tw.name}.xlsx`, [{ name: 'Sheet1', ...table({ title: `${tw.name}非公有制企业党建工作情况统计表`, items: vs, total: sum(vs), totalLabel: '全镇合计' }) }]);
  }
});

// 19 rates typed as text "85.3%" in county books, numbers in the city table
F('19-county-rates-as-percent-text', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(5)), region('石门县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) {
    const t = countyT(c);
    for (let i = 2; i < t.rows.length; i++) t.rows[i][3] = `${t.rows[i][3].toFixed(1)}%`;
    t.rows[1][3] = '党组织覆盖率';
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...t }]);
  }
});

// 20 city: two-row header with 非公企业 / 社会组织 blocks; counties: two sheets
F('20-city-blocks-county-two-sheets', async (d) => {
  const cs = ['青山县', '云龙县', '白沙县', '石门县'].map((n) => { const tn = pickTowns(3); return { name: n, e: region(n, tn), s: region(n, tn, soc) }; });
  const te = sum(cs.map((c) => c.e.t)); const ts = sum(cs.map((c) => c.s.t));
  const rows = [['江州市两新组织党建工作情况统计表'],
    ['地区', '非公有制企业', null, null, null, '社会组织', null, null, null],
    ['地区', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数', '社会组织数', '已建立党组织的社会组织数', '党组织覆盖率（%）', '党员数'],
    ...cs.map((c) => [...row(c.name, c.e.t), ...row('', c.s.t).slice(1)]),
    [...row('全市', te), ...row('', ts).slice(1)]];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', rows, merges: ['A1:I1', 'A2:A3', 'B2:E2', 'F2:I2'] }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [
    { name: '非公企业', ...table({ title: `${c.name}非公有制企业党建工作情况统计表`, items: c.e.towns, total: c.e.t }) },
    { name: '社会组织', ...table({ title: `${c.name}社会组织党建工作情况统计表`, header: SOC_H, items: c.s.towns, total: c.s.t }) }]);
});

// 21 a rate whose true value ends in 5: city rounds half up, county half to even
F('21-rate-tie-half-up-vs-half-even', async (d) => {
  const q = region('青山县', ['城关镇', '柳河镇', '石桥镇', '杨柳乡']);
  // force county total e=400, c=97 -> 24.25
  const es = [120, 100, 90, 90], cs = [30, 25, 22, 20];
  q.towns.forEach((t, i) => { t.e = es[i]; t.c = cs[i]; }); q.t = sum(q.towns);
  const y = region('云龙县', pickTowns(4));
  const city = cityT('江州市', [q, y].map((c) => ({ name: c.name, ...c.t })));
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...city }]);
  const t = countyT(q); t.rows[t.rows.length - 1][3] = 24.2;
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...t }]);
  await book(`${d}/云龙县.xlsx`, [{ name: 'Sheet1', ...countyT(y) }]);
});

// 22 city rates 2 decimals, county 1 decimal
F('22-city-rates-2dp-county-1dp', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(5)), region('石门县', pickTowns(3))];
  const items = cs.map((c) => ({ name: c.name, ...c.t })); const tt = sum(items);
  const rows = [['江州市非公有制企业党建工作情况统计表'], ENT_H, ...items.map((x) => [x.name, x.e, x.c, rate(x.c, x.e, 2), x.pm]), ['全市', tt.e, tt.c, rate(tt.c, tt.e, 2), tt.pm]];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', rows, merges: ['A1:E1'], fmt: '0.00' }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 23 county rates stored as fractions with a percent format
F('23-county-rate-fraction-percent-format', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4)), region('石门县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) {
    const t = countyT(c); t.rows[1][3] = '党组织覆盖率';
    for (let i = 2; i < t.rows.length; i++) t.rows[i][3] = Math.round(t.rows[i][3] * 10) / 1000;
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...t, fmt: '0.0%' }]);
  }
});

// 24 county sheet: 2025 table stacked over 2024 table; city 2025
F('24-county-this-and-last-year-stacked', async (d) => {
  const cs = ['青山县', '云龙县', '石门县'].map((n) => { const tn = pickTowns(4); return { name: n, now: region(n, tn), last: region(n, tn) }; });
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...table({ title: '2025年江州市非公有制企业党建工作情况统计表', items: cs.map((c) => ({ name: c.name, ...c.now.t })), total: sum(cs.map((c) => c.now.t)), totalLabel: '全市' }) }]);
  for (const c of cs) {
    const a = table({ title: `2025年${c.name}非公有制企业党建工作情况统计表`, items: c.now.towns, total: c.now.t });
    const b = table({ title: `2024年${c.name}非公有制企业党建工作情况统计表`, items: c.last.towns, total: c.last.t });
    const off = a.rows.length + 2;
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', rows: [...b.rows, [], ...a.rows], merges: ['A1:E1', `A${off}:E${off}`] }]);
  }
});

// 25 county total followed by 其中 rows
F('25-county-total-then-of-which-rows', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) {
    const t = countyT(c);
    const p1 = { e: Math.floor(c.t.e / 3), c: Math.floor(c.t.c / 3), pm: Math.floor(c.t.pm / 3) };
    const p2 = { e: Math.floor(c.t.e / 5), c: Math.floor(c.t.c / 6), pm: Math.floor(c.t.pm / 4) };
    t.rows.push(row('其中：规模以上企业', p1), row('　　　科技型企业', p2));
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...t }]);
  }
});

// 26 ledger 所属乡镇 abbreviated (城关) while the summary names 城关镇
F('26-ledger-town-abbrev', async (d) => {
  R = rng(2626);
  const c = region('石门县', ['城关镇', '柳河镇', '南湖街道', '杨柳乡'], () => { const e = ri(6, 14); const cc = ri(2, e - 1); return { e, c: cc, pm: cc * 2 + ri(0, 3) }; });
  const L = ledger(c.towns);
  for (const x of L) x.town = x.town.replace(/(镇|街道|乡)$/, '');
  await book(`${d}/石门县汇总.xlsx`, [{ name: '汇总', ...table({ title: '石门县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/石门县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '石门县非公有制企业台账') }]);
});

// 27 two counties each with 城关镇; one town book 城关镇.xlsx filed by 青山县城关镇
F('27-town-book-chengguan-two-counties', async (d) => {
  const q = region('青山县', ['城关镇', '柳河镇', '石桥镇']);
  const y = region('云龙县', ['城关镇', '龙泉镇', '新集镇']);
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', [q, y].map((c) => ({ name: c.name, ...c.t }))) }]);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...countyT(q) }]);
  await book(`${d}/云龙县.xlsx`, [{ name: 'Sheet1', ...countyT(y) }]);
  const tw = q.towns[0];
  const vs = [{ name: '东关社区', e: Math.floor(tw.e / 2), c: Math.floor(tw.c / 2), pm: Math.floor(tw.pm / 2) }];
  vs.push({ name: '西关社区', e: tw.e - vs[0].e, c: tw.c - vs[0].c, pm: tw.pm - vs[0].pm });
  await book(`${d}/城关镇.xlsx`, [{ name: 'Sheet1', ...table({ title: '城关镇非公有制企业党建工作情况统计表', filer: '填报单位：中共青山县城关镇委员会', date: '2025年12月31日', items: vs, total: sum(vs) }) }]);
});

// 28 county with 县直 row and a 其中：经济开发区 row after a town
F('28-county-xianzhi-and-devzone-of-which', async (d) => {
  const cs = [region('青山县', ['县直', ...pickTowns(4, ['城关镇'])]), region('云龙县', ['县直', ...pickTowns(3)])];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) {
    const t = countyT(c);
    const src = c.towns[1];
    const part = { e: Math.floor(src.e / 2), c: Math.floor(src.c / 2), pm: Math.floor(src.pm / 2) };
    t.rows.splice(4, 0, row('其中：经济开发区', part));
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...t }]);
  }
});

// 29 county book: all enterprises sheet + 规模以上 sheet (same rows, smaller population)
F('29-county-all-and-large-enterprise-sheets', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) {
    const big = c.towns.map((t) => { const e = Math.floor(t.e / 4); const cc = Math.min(e, Math.floor(t.c / 2)); return { name: t.name, e, c: cc, pm: Math.floor(t.pm / 2) }; });
    await book(`${d}/${c.name}.xlsx`, [
      { name: '非公企业', ...countyT(c) },
      { name: '规上企业', ...table({ title: `${c.name}规模以上非公有制企业党建工作情况统计表`, items: big, total: sum(big) }) }]);
  }
});

// 30 city row labelled with a parenthesis (含开发区)
F('30-city-label-with-paren', async (d) => {
  const cs = [region('青山县', pickTowns(4, ['青山经济开发区'])), region('云龙县', pickTowns(4)), region('石门县', pickTowns(3))];
  const items = cs.map((c) => ({ name: c.name, ...c.t })); items[0].name = '青山县（含开发区）';
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', items) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});

// 31 county total then 上年同期 and 同比增减 rows
F('31-county-total-lastyear-change-rows', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4)), region('石门县', pickTowns(3))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) {
    const t = countyT(c);
    const last = { e: c.t.e - ri(5, 30), c: c.t.c - ri(3, 20), pm: c.t.pm - ri(10, 60) };
    const lr = row('上年同期', last);
    const ch = ['同比增减', c.t.e - last.e, c.t.c - last.c, Math.round((rate(c.t.c, c.t.e) - lr[3]) * 10) / 10, c.t.pm - last.pm];
    t.rows.push(lr, ch);
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...t }]);
  }
});

// 32 county sheets named 2025年 / 2024年 (titles without year); city dated 截至2025年12月31日
F('32-county-year-sheets-city-date-line', async (d) => {
  const cs = ['青山县', '云龙县', '石门县'].map((n) => { const tn = pickTowns(4); return { name: n, now: region(n, tn), last: region(n, tn) }; });
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...table({ title: '江州市非公有制企业党建工作情况统计表', filer: '填报单位：中共江州市委组织部', date: '截至2025年12月31日', items: cs.map((c) => ({ name: c.name, ...c.now.t })), total: sum(cs.map((c) => c.now.t)), totalLabel: '全市' }) }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [
    { name: '2025年', ...table({ title: `${c.name}非公有制企业党建工作情况统计表`, items: c.now.towns, total: c.now.t }) },
    { name: '2024年', ...table({ title: `${c.name}非公有制企业党建工作情况统计表`, items: c.last.towns, total: c.last.t }) }]);
});

// 33 county table full names; town books named short
F('33-town-books-short-county-full', async (d) => {
  const full = ['城关镇', '经济开发区', '南湖街道', '柳河镇'];
  const short = ['城关', '经开区', '南湖', '柳河'];
  const c = region('青山县', full);
  await book(`${d}/青山县汇总.xlsx`, [{ name: 'Sheet1', ...table({ title: '青山县非公有制企业党建工作情况统计表', items: c.towns, total: c.t, totalLabel: '全县' }) }]);
  for (let i = 0; i < full.length; i++) {
    const tw = c.towns[i];
    const vs = [{ name: '一村', e: Math.floor(tw.e / 2), c: Math.floor(tw.c / 2), pm: Math.floor(tw.pm / 2) }];
    vs.push({ name: '二村', e: tw.e - vs[0].e, c: tw.c - vs[0].c, pm: tw.pm - vs[0].pm });
    await book(`${d}/${short[i]}.xlsx`, [{ name: 'Sheet1', ...table({ title: `${short[i]}非公有制企业党建工作情况统计表`, items: vs, total: sum(vs) }) }]);
  }
});

// 34 ledger with 是否建立党组织 and 组织形式; summary with 单独组建 / 联合组建 columns
F('34-ledger-form-column-summary-own-joint', async (d) => {
  R = rng(3434);
  const c = region('青山县', pickTowns(4), () => { const e = ri(8, 16); const cc = ri(3, e - 2); return { e, c: cc, pm: cc * 2 + ri(0, 3) }; });
  const L = ledger(c.towns);
  const per = {};
  for (const x of L) { per[x.town] = per[x.town] || { own: 0, joint: 0 }; if (x.yes === '是') { x.form = (x.seq % 3 === 0) ? '联合组建' : '单独组建'; per[x.town][x.form === '联合组建' ? 'joint' : 'own']++; } else x.form = ''; }
  const H = ['地区', '企业数', '已建立党组织企业数', '单独组建企业数', '联合组建企业数', '党组织覆盖率（%）', '党员数'];
  const rows = [['青山县非公有制企业党建工作情况汇总表'], H];
  const tot = { e: 0, c: 0, own: 0, joint: 0, pm: 0 };
  for (const t of c.towns) { const p = per[t.name]; rows.push([t.name, t.e, t.c, p.own, p.joint, rate(t.c, t.e), t.pm]); tot.e += t.e; tot.c += t.c; tot.own += p.own; tot.joint += p.joint; tot.pm += t.pm; }
  rows.push(['合计', tot.e, tot.c, tot.own, tot.joint, rate(tot.c, tot.e), tot.pm]);
  await book(`${d}/青山县汇总.xlsx`, [{ name: '汇总', rows, merges: ['A1:G1'] }]);
  await book(`${d}/青山县台账.xlsx`, [{ name: '台账', rows: [['青山县非公有制企业台账'], ['序号', '企业名称', '所属乡镇', '是否建立党组织', '组织形式', '党员数'], ...L.map((x) => [x.seq, x.name, x.town, x.yes, x.form, x.pm])], merges: ['A1:F1'] }]);
});

function smallCounty(seed, name) {
  R = rng(seed);
  return region(name, pickTowns(4), () => { const e = ri(6, 14); const cc = ri(2, e - 1); return { e, c: cc, pm: cc * 2 + ri(0, 3) }; });
}
const LH = ['序号', '企业名称', '所属乡镇', '是否建立党组织', '党员数'];
// 35 ledger with a 合计 row and a filler footer
F('35-ledger-total-row-and-footer', async (d) => {
  const c = smallCounty(3535, '青山县'); const L = ledger(c.towns);
  await book(`${d}/青山县汇总.xlsx`, [{ name: '汇总', ...table({ title: '青山县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  const rows = [['青山县非公有制企业台账'], LH, ...L.map((x) => [x.seq, x.name, x.town, x.yes, x.pm]),
    ['合计', `${L.length}家`, null, `${c.t.c}家`, c.t.pm], [], ['填表人：张三', null, '审核人：李四', null, '联系电话：0571-12345678']];
  await book(`${d}/青山县台账.xlsx`, [{ name: '台账', rows, merges: ['A1:E1'] }]);
});
// 36 ledger with a two-row header
F('36-ledger-two-row-header', async (d) => {
  const c = smallCounty(3636, '云龙县'); const L = ledger(c.towns);
  await book(`${d}/云龙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '云龙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  const rows = [['云龙县非公有制企业台账'], ['基本情况', null, null, '党建情况', null], LH, ...L.map((x) => [x.seq, x.name, x.town, x.yes, x.pm])];
  await book(`${d}/云龙县台账.xlsx`, [{ name: '台账', rows, merges: ['A1:E1', 'A2:C2', 'D2:E2'] }]);
});
// 37 ledger grouped by town with 小计 rows
F('37-ledger-town-subtotal-rows', async (d) => {
  const c = smallCounty(3737, '石门县'); const L = ledger(c.towns);
  await book(`${d}/石门县汇总.xlsx`, [{ name: '汇总', ...table({ title: '石门县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  const rows = [['石门县非公有制企业台账'], LH];
  for (const t of c.towns) {
    const part = L.filter((x) => x.town === t.name);
    rows.push(...part.map((x) => [x.seq, x.name, x.town, x.yes, x.pm]));
    rows.push([null, `${t.name}小计`, t.name, `${t.c}`, t.pm]);
  }
  rows.push([null, '合计', null, `${c.t.c}`, c.t.pm]);
  await book(`${d}/石门县台账.xlsx`, [{ name: '台账', rows, merges: ['A1:E1'] }]);
});
// 38 党员数 in 万人 with an exact tie at the rounding digit (half to even)
F('38-wanren-tie-half-even', async (d) => {
  const q = region('青山县', ['城关镇', '柳河镇', '石桥镇']);
  const pms = [4000, 3500, 3750]; q.towns.forEach((t, i) => { t.e = 900 + i * 50; t.c = 600 + i * 30; t.pm = pms[i]; }); q.t = sum(q.towns); // 11250
  const y = region('云龙县', pickTowns(3), () => ent(8));
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', [q, y].map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of [q, y]) {
    const t = countyT(c); t.rows[1][4] = '党员数（万人）';
    for (let i = 2; i < t.rows.length; i++) t.rows[i][4] = Math.round(t.rows[i][4] / 100) / 100;
    if (c === q) t.rows[t.rows.length - 1][4] = 1.12; // 1.125 万 rounded half to even
    await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...t, fmt: '0.00' }]);
  }
});

// 39 ledger with a merged note row at the bottom (注：… merged A:E)
F('39-ledger-merged-note-row', async (d) => {
  const c = smallCounty(3939, '白沙县'); const L = ledger(c.towns);
  await book(`${d}/白沙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '白沙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  const rows = [['白沙县非公有制企业台账'], LH, ...L.map((x) => [x.seq, x.name, x.town, x.yes, x.pm]), ['注：本台账统计截至2025年12月31日，不含已注销企业。']];
  await book(`${d}/白沙县台账.xlsx`, [{ name: '台账', rows, merges: ['A1:E1', `A${rows.length}:E${rows.length}`] }]);
});
// 40 town with no enterprises: county row 0 / 0 / 0.0, town book total 0 / 0 / —
F('40-zero-town-dash-vs-zero', async (d) => {
  const c = region('青山县', ['城关镇', '柳河镇', '石桥镇', '王庄乡']);
  c.towns[3].e = 0; c.towns[3].c = 0; c.towns[3].pm = 0; c.t = sum(c.towns);
  await book(`${d}/青山县.xlsx`, [{ name: 'Sheet1', ...table({ title: '青山县非公有制企业党建工作情况统计表', items: c.towns, total: c.t, totalLabel: '全县' }) }]);
  for (const tw of c.towns) {
    const vs = [{ name: '一村', e: Math.floor(tw.e / 2), c: Math.floor(tw.c / 2), pm: Math.floor(tw.pm / 2) }];
    vs.push({ name: '二村', e: tw.e - vs[0].e, c: tw.c - vs[0].c, pm: tw.pm - vs[0].pm });
    const t = table({ title: `${tw.name}非公有制企业党建工作情况统计表`, items: vs, total: sum(vs) });
    for (let i = 2; i < t.rows.length; i++) if (t.rows[i][1] === 0) t.rows[i][3] = '—';
    await book(`${d}/${tw.name}.xlsx`, [{ name: 'Sheet1', ...t }]);
  }
});
// 41 city: ent table and soc table stacked on one sheet; counties: two sheets
F('41-city-stacked-ent-soc-county-two-sheets', async (d) => {
  const cs = ['青山县', '云龙县', '白沙县'].map((n) => { const tn = pickTowns(3); return { name: n, e: region(n, tn), s: region(n, tn, soc) }; });
  const a = cityT('江州市', cs.map((c) => ({ name: c.name, ...c.e.t })));
  const b = table({ title: '江州市社会组织党建工作情况统计表', header: SOC_H, items: cs.map((c) => ({ name: c.name, ...c.s.t })), total: sum(cs.map((c) => c.s.t)), totalLabel: '全市' });
  const off = a.rows.length + 2;
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', rows: [...a.rows, [], ...b.rows], merges: ['A1:E1', `A${off}:E${off}`] }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [
    { name: '非公企业', ...table({ title: `${c.name}非公有制企业党建工作情况统计表`, items: c.e.towns, total: c.e.t }) },
    { name: '社会组织', ...table({ title: `${c.name}社会组织党建工作情况统计表`, header: SOC_H, items: c.s.towns, total: c.s.t }) }]);
});

// 42 county book with a 本年新增 sheet (same towns, same headers, new enterprises only)
F('42-county-new-this-year-sheet', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) {
    const nw = c.towns.map((t) => { const e = ri(3, 15); const cc = ri(1, e); return { name: t.name, e, c: cc, pm: cc * 3 }; });
    await book(`${d}/${c.name}.xlsx`, [
      { name: '总体情况', ...countyT(c) },
      { name: '本年新增', ...table({ title: `${c.name}2025年新增非公有制企业党建工作情况统计表`, items: nw, total: sum(nw) }) }]);
  }
});
// 43 county book: all-enterprise sheet and a 规模以上 sheet listing only some towns, plus a 县直 row
F('43-county-large-enterprises-subset-towns', async (d) => {
  const cs = [region('青山县', pickTowns(5)), region('云龙县', pickTowns(5))];
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t }))) }]);
  for (const c of cs) {
    const big = c.towns.slice(0, 3).map((t) => { const e = Math.floor(t.e / 4); const cc = Math.min(e, Math.floor(t.c / 2)); return { name: t.name, e, c: cc, pm: Math.floor(t.pm / 2) }; });
    big.push({ name: '县直', e: 12, c: 9, pm: 40 });
    await book(`${d}/${c.name}.xlsx`, [
      { name: '非公企业', ...countyT(c) },
      { name: '规上企业', ...table({ title: `${c.name}规模以上非公有制企业党建工作情况统计表`, items: big, total: sum(big) }) }]);
  }
});
// 44 summary 注册资本（亿元） vs ledger 注册资本（万元）
F('44-ledger-capital-wan-summary-yi', async (d) => {
  const c = smallCounty(4444, '石门县'); const L = ledger(c.towns);
  for (const x of L) x.cap = ri(50, 5000) * 10;
  const H = ['地区', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数', '注册资本（亿元）'];
  const rows = [['石门县非公有制企业党建工作情况汇总表'], H];
  for (const t of [...c.towns, { ...c.t, name: '合计' }]) {
    const cap = L.filter((x) => t.name === '合计' || x.town === t.name).reduce((a, x) => a + x.cap, 0);
    rows.push([t.name, t.e, t.c, rate(t.c, t.e), t.pm, Math.round(cap / 100) / 100]);
  }
  await book(`${d}/石门县汇总.xlsx`, [{ name: '汇总', rows, merges: ['A1:F1'], fmt: '0.00' }]);
  await book(`${d}/石门县台账.xlsx`, [{ name: '台账', rows: [['石门县非公有制企业台账'], [...LH, '注册资本（万元）'], ...L.map((x) => [x.seq, x.name, x.town, x.yes, x.pm, x.cap])], merges: ['A1:F1'] }]);
});

// 45 city table: 全市 then 上年同期 and 增减 rows
F('45-city-total-lastyear-change-rows', async (d) => {
  const cs = [region('青山县', pickTowns(4)), region('云龙县', pickTowns(4)), region('石门县', pickTowns(3))];
  const t = cityT('江州市', cs.map((c) => ({ name: c.name, ...c.t })));
  const tt = sum(cs.map((c) => c.t));
  const last = { e: tt.e - 40, c: tt.c - 35, pm: tt.pm - 120 };
  const lr = row('上年同期', last);
  t.rows.push(lr, ['比上年增减', 40, 35, Math.round((rate(tt.c, tt.e) - lr[3]) * 10) / 10, 120]);
  await book(`${d}/江州市汇总表.xlsx`, [{ name: 'Sheet1', ...t }]);
  for (const c of cs) await book(`${d}/${c.name}.xlsx`, [{ name: 'Sheet1', ...countyT(c) }]);
});
// 46 ledger 是否建立党组织 = 是（单独）/ 是（联合）/ 否
F('46-ledger-yes-with-form-in-brackets', async (d) => {
  const c = smallCounty(4646, '云龙县'); const L = ledger(c.towns, ['是（单独）', '是（联合）']);
  await book(`${d}/云龙县汇总.xlsx`, [{ name: '汇总', ...table({ title: '云龙县非公有制企业党建工作情况汇总表', items: c.towns, total: c.t }) }]);
  await book(`${d}/云龙县台账.xlsx`, [{ name: '台账', ...ledgerRows(L, '云龙县非公有制企业台账') }]);
});

(async () => {
  fs.rmSync(CLEAN, { recursive: true, force: true });
  const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
  for (const [name, fn] of Object.entries(folders)) {
    if (only && !name.startsWith(only)) continue;
    R = rng(name.split('').reduce((a, ch) => a * 31 + ch.charCodeAt(0) | 0, 7));
    await fn(path.join(CLEAN, name));
  }
  console.log('built', Object.keys(folders).length);
  await new Promise((r) => setImmediate(r));
  await plantAll();
})();

// ---------- planted copies ----------
const PLANTS = [
  ['01-county-total-labels-name-quanxian-zongji', '江州市汇总表.xlsx', 'Sheet1', 'E4', 10],
  ['02-city-shibenji-shizhi-gaoxin', '青山县.xlsx', 'Sheet1', 'B7', 3],
  ['03-code-filenames-filer-only', '杭城市.xlsx', 'Sheet1', 'C4', 4],
  ['04-county-side-by-side-ent-soc-city-two-books', '江州市社会组织汇总.xlsx', '社会组织', 'B3', 2],
  ['05-two-years-titles-differ-by-year', '2025年江州市非公企业党建统计.xlsx', 'Sheet1', 'B3', 1],
  ['06-city-transposed-counties-columns', '江州市汇总表.xlsx', '汇总', 'D3', 6],
  ['07-town-books-abbrev-in-county-table', '青山县汇总.xlsx', 'Sheet1', 'E3', 3],
  ['08-summary-formulas-ref-ledger', '青山县非公企业.xlsx', '台账', 'LEDGER', 2],
  ['09-ledger-sheet-per-town', '云龙县台账.xlsx', 0, 'LEDGER', 2],
  ['11-county-renamed-xian-to-qu', '青山县.xlsx', 'Sheet1', 'E8', 7],
  ['12-hedong-xian-and-hedong-xinqu', '江州市汇总表.xlsx', 'Sheet1', 'C4', 2],
  ['13-text-only-instructions-book', '云龙县.xlsx', 'Sheet1', 'C7', -1],
  ['14-county-wanren-city-ren', '江州市汇总表.xlsx', 'Sheet1', 'E3', 600],
  ['15-province-city-county-with-shengzhi', '江南省汇总表.xlsx', 'Sheet1', 'B4', 5],
  ['16-county-total-name-heji-city-total-top', '石门县.xlsx', 'Sheet1', 'B3', 2],
  ['17-county-stacked-ent-soc-city-two-sheets', '江州市汇总表.xlsx', '非公企业', 'E3', 4],
  ['18-county-town-village-three-levels', '青山县城关镇.xlsx', 'Sheet1', 'B6', 2],
  ['19-county-rates-as-percent-text', '江州市汇总表.xlsx', 'Sheet1', 'D5', 0.4],
];
function cp(a, b) { fs.mkdirSync(b, { recursive: true }); for (const f of fs.readdirSync(a)) { const s = path.join(a, f); if (fs.statSync(s).isDirectory()) cp(s, path.join(b, f)); else fs.copyFileSync(s, path.join(b, f)); } }
async function plantAll() {
  fs.rmSync(PLANTED, { recursive: true, force: true });
  const manifest = [];
  for (const [folder, file, sheet, cell0, delta] of PLANTS) {
    const dst = path.join(PLANTED, folder);
    cp(path.join(CLEAN, folder), dst);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dst, file));
    const ws = typeof sheet === 'number' ? wb.worksheets[sheet] : wb.getWorksheet(sheet);
    let cell = cell0;
    if (cell0 === 'LEDGER') { // 4th covered enterprise's 党员数
      let k = 0;
      for (let r = 3; r <= ws.rowCount; r++) if (ws.getCell(`D${r}`).value === '是' && ++k === 3) { cell = `E${r}`; break; }
    }
    const c = ws.getCell(cell);
    const original = c.value;
    const planted = Math.round((original + delta) * 10) / 10;
    c.value = planted;
    await wb.xlsx.writeFile(path.join(dst, file));
    manifest.push({ folder, file, sheet: ws.name, cell, original, planted });
  }
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('planted', manifest.length);
}
module.exports = { plantAll };
