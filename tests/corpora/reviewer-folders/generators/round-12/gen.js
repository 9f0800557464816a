// Round-12 reviewer folders (clean) and the plant list.
// NODE_PATH=/work/main/node_modules node gen.js   -> clean/NN-*/, legit/*, plants-spec.json
'use strict';
const L = require('./lib');
const { col, fs, path } = L;
const plants = [];
// op: {add:n} for a count, {mul:1.07, dec:d} for a rate/amount
function plant(folder, file, sheet, cell, op, what) { plants.push({ folder, file, sheet, cell, op, what }); }
const cityTitle = '江州市非公有制企业党组织覆盖情况汇总表';
const EHc = (name) => col(L.EH.indexOf(name) + 2);

// ---------------------------------------------------------------- 01
async function f01() {
  const F = '01-city-sheet-per-county'; const dir = L.freshDir(F); const r = L.rng(1201);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇', '东城街道']),
    L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '马坊镇', '东城街道']),
    L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道', '沙河街道'])];
  let pos;
  await L.book(dir, '江州市非公企业党建统计（含各县区分表）.xlsx', (wb) => {
    L.upperSheet(wb, '汇总', cityTitle, cs);
    for (const c of cs) { const p = L.regionSheet(wb, c, { sheet: c.name, totalLabel: c.name.endsWith('区') ? '全区' : '全县' }); if (c.name === '云龙县') pos = p; }
  });
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c));
  plant(F, '江州市非公企业党建统计（含各县区分表）.xlsx', '云龙县', EHc('企业数') + pos.townRow(1), { add: 8 }, 'city workbook, county sheet 云龙县, 龙泉镇 企业数');
}

// ---------------------------------------------------------------- 02
const E2 = ['企业数', '建立党组织企业数', '党组织覆盖率（%）', '党员人数'];
const e2 = (x) => [x.ent, x.cov, x.rate, x.pm];
const S2 = ['社会组织数', '建立党组织的社会组织数', '党组织覆盖率（%）', '党员人数'];
const s2 = (x) => [x.so, x.scov, x.srate, x.spm];
async function f02() {
  const F = '02-ent-and-soc-sheets'; const dir = L.freshDir(F); const r = L.rng(1202);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '马坊镇', '双河镇']),
    L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道']), L.region(r, '白沙县', ['白沙镇', '新集镇', '桃源镇', '王庄乡'])];
  for (const c of cs) {
    await L.book(dir, `${c.name}两新组织党建统计.xlsx`, (wb) => {
      L.regionSheet(wb, c, { sheet: '非公企业', head: E2, vals: e2 });
      L.regionSheet(wb, c, { sheet: '社会组织', head: S2, vals: s2, title: `${c.name}社会组织党组织覆盖情况统计表`, pre: [['单位：个、%、名', null, null, null, '截至2025年12月31日']] });
    });
  }
  let row;
  await L.book(dir, '江州市两新组织党建统计汇总表.xlsx', (wb) => {
    const ws = wb.addWorksheet('汇总');
    const tot = L.sum(cs.map((c) => c.total));
    const rows = [['全市', ...e2(tot), ...s2(tot)], ...cs.map((c) => [c.name, ...e2(c.total), ...s2(c.total)])];
    const t = L.table(ws, { title: '江州市两新组织党组织覆盖情况汇总表', pre: [['单位：家、个、%、名', null, null, null, null, null, null, null, '截至2025年12月31日']],
      header: [['县（市、区）', '非公有制企业', null, null, null, '社会组织', null, null, null], [null, ...E2, ...S2]],
      merges: [[0, 0, 1, 0], [0, 1, 0, 4], [0, 5, 0, 8]], rows, fmt: { 4: '0.0', 8: '0.0' } });
    row = (i) => t.first + 1 + i;
  });
  plant(F, '江州市两新组织党建统计汇总表.xlsx', '汇总', 'G' + row(2), { add: 8 }, 'city table, 河东区 建立党组织的社会组织数 (social block)');
}

// ---------------------------------------------------------------- 03
async function f03() {
  const F = '03-province-transposed-three-levels'; const dir = L.freshDir(F); const r = L.rng(1203);
  const cities = [
    { name: '江州市', kids: [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '马坊镇']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道'])], files: ['青山县', '云龙县', '河东区'] },
    { name: '临川市', kids: [L.region(r, '东湖区', ['东湖街道', '湖滨街道', '滨江街道']), L.region(r, '西山县', ['城关镇', '西山镇', '梅溪镇', '长岭乡']), L.region(r, '南丰县', ['南丰镇', '琴城镇', '太和镇'])], files: ['东湖区', '西山县'] },
    { name: '宁远市', kids: [L.region(r, '安平县', ['安平镇', '永和镇']), L.region(r, '太和县', ['城关镇', '清水镇', '凤凰镇'])], files: [] },
  ];
  for (const c of cities) {
    c.total = L.sum(c.kids.map((k) => k.total));
    await L.book(dir, `${c.name}汇总表.xlsx`, (wb) => L.upperSheet(wb, '汇总', `${c.name}非公有制企业党组织覆盖情况汇总表`, c.kids));
    for (const k of c.kids) if (c.files.includes(k.name)) await L.book(dir, `${c.name}${k.name}.xlsx`, (wb) => L.regionSheet(wb, k));
  }
  // province: regions as columns, 全省 column first
  const prov = L.sum(cities.map((c) => c.total));
  await L.book(dir, '江南省非公有制企业党组织覆盖情况统计表.xlsx', (wb) => {
    const ws = wb.addWorksheet('全省');
    const all = [prov, ...cities.map((c) => c.total)];
    const rows = L.EH.map((h, i) => [h, ...all.map((x) => L.ev(x)[i])]);
    L.table(ws, { title: '江南省非公有制企业党组织覆盖情况统计表', pre: [['单位：家、%、名', null, null, null, '截至2025年12月31日']],
      header: [['指标', '全省', ...cities.map((c) => c.name)]], rows });
    for (let c = 2; c <= 5; c++) ws.getCell(4 + 4, c).numFmt = '0.0';
  });
  plant(F, '江南省非公有制企业党组织覆盖情况统计表.xlsx', '全省', 'D4', { add: 8 }, 'province table (transposed), 临川市 企业数');
}

// ---------------------------------------------------------------- 04
async function f04() {
  const F = '04-districts-named-qu'; const dir = L.freshDir(F); const r = L.rng(1204);
  const cs = [L.region(r, '城关区', ['东关街道', '西关街道', '南关街道', '城北街道']), L.region(r, '河西区', ['兴华街道', '建设街道', '光明街道', '和平街道']),
    L.region(r, '新华区', ['新华街道', '胜利街道', '团结街道']), L.region(r, '青山县', ['城关镇', '河西镇', '新华镇', '黄坪镇'])];
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c, { totalLabel: c.name.endsWith('区') ? '全区' : '全县' }));
  let up;
  await L.book(dir, '江州市汇总表.xlsx', (wb) => { up = L.upperSheet(wb, '汇总', cityTitle, cs); });
  plant(F, '江州市汇总表.xlsx', '汇总', EHc('联合党组织覆盖企业数') + up.row(1), { add: 8 }, 'city table, 河西区 联合党组织覆盖企业数');
}

// ---------------------------------------------------------------- 05
async function f05() {
  const F = '05-code-filenames'; const dir = L.freshDir(F); const r = L.rng(1205);
  const cs = [
    { code: '330102', unit: '填报单位：中共青山县委组织部', ...L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇']) },
    { code: '330103', unit: '填报单位：中共云龙县委组织部', ...L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']) },
    { code: '330104', unit: '填报单位：河东区委组织部（盖章）', ...L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道', '沙河街道']) },
    { code: '330181', unit: '填报单位：白沙市非公有制经济组织和社会组织工作委员会', ...L.region(r, '白沙市', ['白沙街道', '新集镇', '桃源镇']) },
  ];
  let last;
  for (const c of cs) {
    const p = await L.book(dir, `${c.code}_党建统计.xlsx`, (wb) => L.regionSheet(wb, c, { title: '非公有制企业党组织覆盖情况统计表',
      pre: [[c.unit, null, null, null, null, null, '截至2025年12月31日'], ['单位：家、%、名']] }));
    last = p;
  }
  await L.book(dir, '330100_党建统计.xlsx', (wb) => {
    const ws = wb.addWorksheet('Sheet1');
    const tot = L.sum(cs.map((c) => c.total));
    const rows = [['330100', '全市', ...L.ev(tot)], ...cs.map((c) => [c.code, c.name, ...L.ev(c.total)])];
    L.table(ws, { title: '江州市非公有制企业党组织覆盖情况统计表', pre: [['填报单位：中共江州市委组织部', null, null, null, null, null, null, '截至2025年12月31日'], ['单位：家、%、名']],
      header: [['区划代码', '县（市、区）', ...L.EH]], rows, fmt: { 7: '0.0' } });
  });
  plant(F, '330181_党建统计.xlsx', '统计表', EHc('企业数') + last.totRow, { add: 8 }, '白沙市 workbook (code-named), total row 企业数');
}

// ---------------------------------------------------------------- 06
async function f06() {
  const F = '06-date-suffix-filenames'; const dir = L.freshDir(F); const r = L.rng(1206);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '双河镇']),
    L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道']), L.region(r, '白沙县', ['白沙镇', '新集镇', '桃源镇', '王庄乡'])];
  const files = ['青山县_20251231.xlsx', '云龙县-2025.12.31.xlsx', '河东区（2025年报）.xlsx', '白沙县2025年12月31日.xlsx'];
  for (let i = 0; i < cs.length; i++) await L.book(dir, files[i], (wb) => L.regionSheet(wb, cs[i], { title: '非公有制企业党组织覆盖情况统计表' }));
  let up;
  await L.book(dir, '江州市汇总_20251231.xlsx', (wb) => { up = L.upperSheet(wb, 'Sheet1', '非公有制企业党组织覆盖情况汇总表', cs); });
  plant(F, '江州市汇总_20251231.xlsx', 'Sheet1', EHc('党员人数') + up.row(3), { mul: 1.07, dec: 0 }, 'city table, 白沙县 党员人数 +7%');
}

// ---------------------------------------------------------------- 07 (identical revised copy: clean) and legit (differing)
async function f07() {
  const F = '07-revised-copy-identical'; const dir = L.freshDir(F); const r = L.rng(1207);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.region(r, '河东区', ['东城街道', '西城街道'])];
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c));
  const p = await L.book(dir, '云龙县_修改版.xlsx', (wb) => L.regionSheet(wb, cs[1], { notes: ['备注：已按市委组织部意见调整表格格式。'] }));
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs));
  plant(F, '云龙县_修改版.xlsx', '统计表', EHc('党员人数') + p.townRow(2), { add: 9 }, '修改版 of 云龙县, 白果乡 党员人数');

  // legit: the original differs (黄坪镇 企业数 6 higher), city agrees with 修改版
  const G = '07L-revised-copy-differs'; const gdir = path.join(L.BASE, 'legit', G);
  fs.rmSync(gdir, { recursive: true, force: true }); fs.mkdirSync(gdir, { recursive: true });
  const qs = cs[0];
  const old = JSON.parse(JSON.stringify(qs)); old.towns[1].ent += 6; L.withRates(old.towns[1]); old.total = L.sum(old.towns);
  await L.book(gdir, '青山县.xlsx', (wb) => L.regionSheet(wb, old));
  await L.book(gdir, '青山县_修改版.xlsx', (wb) => L.regionSheet(wb, qs));
  for (const c of cs.slice(1)) await L.book(gdir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c));
  await L.book(gdir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs));
}

// ---------------------------------------------------------------- 08
async function f08() {
  const F = '08-county-ent-only-city-both'; const dir = L.freshDir(F); const r = L.rng(1208);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道'])];
  for (const c of cs) await L.book(dir, `${c.name}非公企业统计.xlsx`, (wb) => L.regionSheet(wb, c, { head: E2, vals: e2, title: `${c.name}非公有制企业党组织覆盖情况统计表` }));
  let row;
  await L.book(dir, '江州市两新组织覆盖情况.xlsx', (wb) => {
    const ws = wb.addWorksheet('覆盖情况');
    const H = ['非公有制企业数', '已建立党组织的非公有制企业数', '非公有制企业党组织覆盖率（%）', '社会组织数', '已建立党组织的社会组织数', '社会组织党组织覆盖率（%）'];
    const v = (x) => [x.ent, x.cov, x.rate, x.so, x.scov, x.srate];
    const tot = L.sum(cs.map((c) => c.total));
    const t = L.table(ws, { title: '江州市两新组织党组织覆盖情况统计表', pre: [['单位：家、个、%', null, null, null, null, null, '截至2025年12月31日']],
      header: [['县（市、区）', ...H]], rows: [['全市', ...v(tot)], ...cs.map((c) => [c.name, ...v(c.total)])], fmt: { 4: '0.0', 7: '0.0' } });
    row = (i) => t.first + 1 + i;
  });
  plant(F, '江州市两新组织覆盖情况.xlsx', '覆盖情况', 'C' + row(0), { add: 8 }, 'city table, 青山县 已建立党组织的非公有制企业数');
}

// ---------------------------------------------------------------- 09
async function f09() {
  const F = '09-total-row-labels'; const dir = L.freshDir(F); const r = L.rng(1209);
  const specs = [['青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇'], { totalLabel: '全县合计' }],
    ['云龙县', ['城关镇', '龙泉镇', '白果乡'], { totalLabel: '总计', totalAtBottom: true }],
    ['河东区', ['东城街道', '西城街道', '南湖街道'], { totalLabel: '合计', totalAtBottom: true, notes: ['注：覆盖率=建立党组织企业数÷企业数×100%。', '填表人：王某某    审核人：李某某'] }],
    ['白沙县', ['白沙镇', '新集镇', '桃源镇', '王庄乡'], { totalLabel: '白沙县' }],
    ['石门县', ['石门镇', '清水镇', '凤凰镇'], { totalLabel: '全县', totalAtBottom: true }]];
  const cs = []; let pos;
  for (const [n, t, o] of specs) { const c = L.region(r, n, t); cs.push(c); const p = await L.book(dir, `${n}.xlsx`, (wb) => L.regionSheet(wb, c, o)); if (n === '白沙县') pos = p; }
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs));
  plant(F, '白沙县.xlsx', '统计表', EHc('建立党组织企业数') + pos.townRow(2), { add: 8 }, '白沙县 workbook, 桃源镇 建立党组织企业数 (total row labelled 白沙县)');
}

// ---------------------------------------------------------------- 10
async function f10() {
  const F = '10-transposed-county'; const dir = L.freshDir(F); const r = L.rng(1210);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '马坊镇', '双河镇']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道'])];
  const cellOf = {};
  for (let k = 0; k < cs.length; k++) {
    const c = cs[k]; const totLast = k === 1;
    await L.book(dir, `${c.name}.xlsx`, (wb) => {
      const ws = wb.addWorksheet('统计表');
      const cols = totLast ? [...c.towns, c.total] : [c.total, ...c.towns];
      const names = totLast ? [...c.towns.map((t) => t.name), '合计'] : [c.name.endsWith('区') ? '全区' : '全县', ...c.towns.map((t) => t.name)];
      const rows = L.EH.map((h, i) => [h, ...cols.map((x) => L.ev(x)[i])]);
      const t = L.table(ws, { title: `${c.name}非公有制企业党组织覆盖情况统计表`, pre: [['单位：家、%、名', null, null, null, '截至2025年12月31日']], header: [['指标', ...names]], rows });
      for (let j = 2; j <= cols.length + 1; j++) ws.getCell(t.first + 4, j).numFmt = '0.0';
      cellOf[c.name] = { first: t.first, totCol: totLast ? cols.length + 1 : 2 };
    });
  }
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs));
  const p = cellOf['云龙县'];
  plant(F, '云龙县.xlsx', '统计表', col(p.totCol) + p.first, { add: 8 }, '云龙县 transposed workbook, 合计 column (last) 企业数');
}

// ---------------------------------------------------------------- 11
const FORMS = { own: '单独组建', joint: '联合组建', none: '' };
function ledgerCsvRows(c, county, townCodes) {
  const header = ['序号', '企业名称', '统一社会信用代码', '所属区县', '所属乡镇（街道）代码', '所属乡镇（街道）', '是否建立党组织', '党组织组建方式', '党员人数', '数据更新时间'];
  const rows = c.ledger.map((e, i) => [i + 1, e.name, e.code, county, townCodes[e.town], e.town, e.yes ? '是' : '否', FORMS[e.form], e.pm, '2025-12-28 16:3' + (i % 10)]);
  return [header, ...rows];
}
async function f11() {
  const F = '11-system-csv-ledgers'; const dir = L.freshDir(F); const r = L.rng(1211);
  const q = L.ledgerRegion(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇']);
  const y = L.ledgerRegion(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']);
  const h = L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道']);
  const codes = (c, base) => Object.fromEntries(c.towns.map((t, i) => [t.name, base + String(i + 1).padStart(3, '0')]));
  await L.book(dir, '青山县汇总.xlsx', (wb) => L.regionSheet(wb, q, { sheet: '汇总' }));
  await L.book(dir, '云龙县汇总.xlsx', (wb) => L.regionSheet(wb, y, { sheet: '汇总' }));
  await L.book(dir, '河东区.xlsx', (wb) => L.regionSheet(wb, h));
  const qr = ledgerCsvRows(q, '青山县', codes(q, '330102100'));
  L.writeCsv(dir, '青山县_非公企业信息导出_20251231.csv', qr, 'utf8bom');
  L.writeCsv(dir, '云龙县_非公企业信息导出_20251231.csv', ledgerCsvRows(y, '云龙县', codes(y, '330103100')), 'gbk');
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, [q, y, h]));
  const i = q.ledger.findIndex((e) => e.form === 'own');
  plant(F, '青山县_非公企业信息导出_20251231.csv', '青山县_非公企业信息导出_20251231', 'I' + (i + 2), { add: 8 }, 'CSV ledger of 青山县, one enterprise 党员人数 (between tables only)');
}

// ---------------------------------------------------------------- 12
function ledgerSheetRows(c, townOf) {
  return c.ledger.map((e, i) => [i + 1, e.name, townOf(e, i), e.yes ? '是' : '否', FORMS[e.form], e.pm]);
}
async function f12() {
  const F = '12-town-suffix-variants'; const dir = L.freshDir(F); const r = L.rng(1212);
  const q = L.ledgerRegion(r, '青山县', ['青石镇', '柳河镇', '东城街道', '大安乡', '城关镇']);
  const y = L.ledgerRegion(r, '云龙县', ['龙泉镇', '白果乡', '马坊镇', '西城街道']);
  const h = L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道']);
  const LH = ['序号', '企业名称', '所属乡镇', '是否建立党组织', '组建方式', '党员人数'];
  await L.book(dir, '青山县汇总.xlsx', (wb) => L.regionSheet(wb, q, { sheet: '汇总' }));
  // ledger mixes 青石/青石镇, 东城/东城街道, 大安/大安乡
  await L.book(dir, '青山县企业台账.xlsx', (wb) => {
    const rows = ledgerSheetRows(q, (e, i) => (e.town !== '城关镇' && i % 2 ? e.town.replace(/(镇|乡|街道)$/, '') : e.town));
    L.table(wb.addWorksheet('台账'), { title: '青山县非公有制企业党建工作台账', pre: [[null, null, null, null, null, '截至2025年12月31日']], header: [LH], rows });
  });
  let first;
  await L.book(dir, '云龙县.xlsx', (wb) => {
    L.regionSheet(wb, y, { sheet: '汇总' });
    const rows = ledgerSheetRows(y, (e) => e.town.replace(/(镇|乡|街道)$/, ''));
    first = L.table(wb.addWorksheet('台账'), { title: '云龙县非公有制企业党建工作台账', pre: [[null, null, null, null, null, '截至2025年12月31日']], header: [LH], rows }).first;
  });
  await L.book(dir, '河东区.xlsx', (wb) => L.regionSheet(wb, h));
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, [q, y, h]));
  const i = y.ledger.findIndex((e) => e.form === 'own' && e.town === '马坊镇');
  plant(F, '云龙县.xlsx', '台账', 'F' + (first + i), { add: 9 }, '云龙县 台账 sheet (towns without suffix), one enterprise 党员人数');
}

// ---------------------------------------------------------------- 13
async function f13() {
  const F = '13-stray-files'; const dir = L.freshDir(F); const r = L.rng(1213);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '马坊镇']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道'])];
  let pos;
  for (const c of cs) { const p = await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c)); if (c.name === '河东区') pos = p; }
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs));
  fs.writeFileSync(path.join(dir, '说明.txt'), '各县区：请于1月10日前报送2025年度非公企业党建统计表，联系人：张某，电话0571-12345678。\r\n');
  fs.writeFileSync(path.join(dir, '填报说明.docx'), 'PK\u0003\u0004 this is not really a docx, just a stray attachment');
  fs.writeFileSync(path.join(dir, 'Thumbs.db'), Buffer.alloc(64, 0));
  // empty workbook (one blank sheet)
  await L.book(dir, '新建 Microsoft Excel 工作表.xlsx', (wb) => { wb.addWorksheet('Sheet1'); });
  // template: header and county names, no figures
  await L.book(dir, '汇总表模板（空表）.xlsx', (wb) => {
    L.table(wb.addWorksheet('汇总'), { title: cityTitle, pre: [['单位：家、%、名', null, null, null, null, null, '截至    年  月  日']],
      header: [['县（市、区）', ...L.EH]], rows: [['全市'], ['青山县'], ['云龙县'], ['河东区']] });
  });
  await L.book(dir, '青山县（空表）.xlsx', (wb) => {
    L.table(wb.addWorksheet('统计表'), { title: '青山县非公有制企业党组织覆盖情况统计表', header: [['乡镇（街道）', ...L.EH]], rows: [['合计'], ['城关镇'], ['黄坪镇'], ['柳河镇']] });
  });
  plant(F, '河东区.xlsx', '统计表', EHc('党员人数') + pos.townRow(1), { add: 8 }, '河东区 workbook, 西城街道 党员人数');
}
// a lock file is added separately (13b) so its effect on the exit status is seen on its own
async function f13b() {
  const F = '13b-excel-lock-file'; const dir = L.freshDir(F); const r = L.rng(12131);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡'])];
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c));
  let up;
  await L.book(dir, '江州市汇总表.xlsx', (wb) => { up = L.upperSheet(wb, '汇总', cityTitle, cs); });
  // Excel owner file: 162 bytes, user name padded
  const b = Buffer.alloc(165, 0x20); b[0] = 6; Buffer.from('zhangsan').copy(b, 1);
  fs.writeFileSync(path.join(dir, '~$江州市汇总表.xlsx'), b);
  plant(F, '江州市汇总表.xlsx', '汇总', EHc('企业数') + up.row(1), { add: 8 }, 'city table, 云龙县 企业数');
}

// ---------------------------------------------------------------- 14
async function f14() {
  const F = '14-city-rows-without-workbooks'; const dir = L.freshDir(F); const r = L.rng(1214);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道'])];
  const extra = [{ name: '市本级', total: L.withRates(L.entFig(r)) }, { name: '江州经济技术开发区', total: L.withRates(L.entFig(r)) }, { name: '江州高新区', total: L.withRates(L.entFig(r)) }];
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c));
  let up;
  await L.book(dir, '江州市汇总表.xlsx', (wb) => { up = L.upperSheet(wb, '汇总', cityTitle, [extra[0], extra[1], ...cs, extra[2]]); });
  plant(F, '江州市汇总表.xlsx', '汇总', EHc('企业数') + up.row(0), { add: 8 }, 'city table, 市本级 企业数 (no workbook)');
}

// ---------------------------------------------------------------- 15
async function f15() {
  const F = '15-last-year-city-table'; const dir = L.freshDir(F); const r = L.rng(1215);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '马坊镇']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道'])];
  const old = cs.map((c) => { const o = JSON.parse(JSON.stringify(c)); for (const t of o.towns) { t.ent -= L.ri(r, 1, 12); t.own -= L.ri(r, 0, 3); t.cov = t.own + t.jc; t.pm -= L.ri(r, 0, 20); L.withRates(t); } o.total = L.sum(o.towns); return o; });
  await L.book(dir, '青山县2025年.xlsx', (wb) => L.regionSheet(wb, cs[0], { title: '2025年青山县非公有制企业党组织覆盖情况统计表' }));
  await L.book(dir, '青山县2024年.xlsx', (wb) => L.regionSheet(wb, old[0], { title: '2024年青山县非公有制企业党组织覆盖情况统计表', date: '截至2024年12月31日' }));
  await L.book(dir, '云龙县.xlsx', (wb) => L.regionSheet(wb, cs[1]));
  await L.book(dir, '河东区.xlsx', (wb) => L.regionSheet(wb, cs[2], { pre: [['单位：家、%、名']] })); // no date anywhere
  await L.book(dir, '2024年江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', '2024年' + cityTitle, old, { date: '截至2024年12月31日' }));
  let up;
  await L.book(dir, '2025年江州市汇总表.xlsx', (wb) => { up = L.upperSheet(wb, '汇总', '2025年' + cityTitle, cs); });
  plant(F, '2025年江州市汇总表.xlsx', '汇总', EHc('建立党组织企业数') + up.row(2), { add: 8 }, '2025 city table, 河东区 建立党组织企业数 (河东区 workbook has no date)');
}

// ---------------------------------------------------------------- 16
async function f16() {
  const F = '16-year-start-and-end-columns'; const dir = L.freshDir(F); const r = L.rng(1216);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道'])];
  for (const c of cs) {
    for (const t of c.towns) { t.ent0 = t.ent - L.ri(r, 0, 14); t.cov0 = Math.min(t.ent0 - 1, t.cov - L.ri(r, 0, 6)); t.rate0 = L.rate(t.cov0, t.ent0); }
    const T = c.total; T.ent0 = c.towns.reduce((a, t) => a + t.ent0, 0); T.cov0 = c.towns.reduce((a, t) => a + t.cov0, 0); T.rate0 = L.rate(T.cov0, T.ent0);
    const v = (x) => [x.ent0, x.cov0, x.rate0, x.ent, x.cov, x.rate, x.ent - x.ent0];
    await L.book(dir, `${c.name}.xlsx`, (wb) => {
      L.table(wb.addWorksheet('统计表'), { title: `${c.name}2025年非公有制企业党组织覆盖情况统计表`, pre: [['单位：家、%', null, null, null, null, null, null, '2025年12月31日']],
        header: [['乡镇（街道）', '年初', null, null, '年末', null, null, '企业数增减'], [null, '企业数', '建立党组织企业数', '党组织覆盖率（%）', '企业数', '建立党组织企业数', '党组织覆盖率（%）', null]],
        merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6], [0, 7, 1, 7]],
        rows: [['合计', ...v(T)], ...c.towns.map((t) => [t.name, ...v(t)])], fmt: { 4: '0.0', 7: '0.0' } });
    });
  }
  let up;
  const H = ['企业数', '建立党组织企业数', '党组织覆盖率（%）'];
  await L.book(dir, '江州市汇总表.xlsx', (wb) => { up = L.upperSheet(wb, '汇总', '江州市2025年末非公有制企业党组织覆盖情况汇总表', cs, { head: H, vals: (x) => [x.ent, x.cov, x.rate], pre: [['单位：家、%', null, null, '截至2025年12月31日']] }); });
  plant(F, '江州市汇总表.xlsx', '汇总', 'B' + up.row(0), { add: 8 }, 'city table (年末 only), 青山县 企业数');
}

// ---------------------------------------------------------------- 17
async function f17() {
  const F = '17-rate-precision-mixed'; const dir = L.freshDir(F); const r = L.rng(1217);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']),
    L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道']), L.region(r, '白沙县', ['白沙镇', '新集镇', '桃源镇'])];
  // 青山县: 1 decimal (default)
  await L.book(dir, '青山县.xlsx', (wb) => L.regionSheet(wb, cs[0]));
  // 云龙县: whole percent
  await L.book(dir, '云龙县.xlsx', (wb) => L.regionSheet(wb, cs[1], { vals: (x) => [x.ent, x.cov, x.own, x.jc, L.rate(x.cov, x.ent, 0), x.pm], fmt: { 6: '0' } }));
  // 河东区: rate typed as text '45.3%'
  await L.book(dir, '河东区.xlsx', (wb) => L.regionSheet(wb, cs[2], { vals: (x) => [x.ent, x.cov, x.own, x.jc, L.rate(x.cov, x.ent, 1).toFixed(1) + '%', x.pm], fmt: {} }));
  // 白沙县: a formula =C/B formatted 0.0%, header without (%)
  await L.book(dir, '白沙县.xlsx', (wb) => {
    const p = L.regionSheet(wb, cs[3], { head: ['企业数', '建立党组织企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '党组织覆盖率', '党员人数'], vals: (x) => [x.ent, x.cov, x.own, x.jc, 0, x.pm], fmt: {} });
    for (let i = 0; i <= cs[3].towns.length; i++) {
      const rr = p.first + i; const x = i === 0 ? cs[3].total : cs[3].towns[i - 1];
      const cell = p.ws.getCell('F' + rr); cell.value = { formula: `C${rr}/B${rr}`, result: x.cov / x.ent }; cell.numFmt = '0.0%';
    }
  });
  let up;
  await L.book(dir, '江州市汇总表.xlsx', (wb) => { up = L.upperSheet(wb, '汇总', cityTitle, cs, { vals: (x) => [x.ent, x.cov, x.own, x.jc, L.rate(x.cov, x.ent, 2), x.pm], fmt: { 6: '0.00' } }); });
  plant(F, '江州市汇总表.xlsx', '汇总', 'F' + up.row(1), { mul: 1.07, dec: 2 }, 'city table (2-decimal rates), 云龙县 党组织覆盖率 +7%');
}

// ---------------------------------------------------------------- 18
async function f18() {
  const F = '18-city-subtotal-rows'; const dir = L.freshDir(F); const r = L.rng(1218);
  const dist = [L.region(r, '城关区', ['东关街道', '西关街道', '南关街道']), L.region(r, '河西区', ['兴华街道', '建设街道', '光明街道', '和平街道'])];
  const cty = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.region(r, '白沙市', ['白沙街道', '新集镇', '桃源镇'])];
  const p = {};
  for (const c of [...dist, ...cty]) p[c.name] = await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c, { totalLabel: c.name.endsWith('区') ? '全区' : '合计' }));
  const sd = { name: '市辖区小计', total: L.sum(dist.map((c) => c.total)) }; const sc = { name: '县（市）小计', total: L.sum(cty.map((c) => c.total)) };
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, [sd, ...dist, sc, ...cty], { total: L.sum([...dist, ...cty].map((c) => c.total)) }));
  plant(F, '河西区.xlsx', '统计表', EHc('单独建立党组织企业数') + p['河西区'].totRow, { add: 8 }, '河西区 workbook, 全区 row 单独建立党组织企业数');
}

// ---------------------------------------------------------------- 19
async function f19() {
  const F = '19-city-transposed'; const dir = L.freshDir(F); const r = L.rng(1219);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '马坊镇']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道']), L.region(r, '白沙县', ['白沙镇', '新集镇'])];
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c));
  let first;
  await L.book(dir, '江州市汇总表.xlsx', (wb) => {
    const ws = wb.addWorksheet('汇总'); const tot = L.sum(cs.map((c) => c.total)); const all = [tot, ...cs.map((c) => c.total)];
    const t = L.table(ws, { title: cityTitle, pre: [['单位：家、%、名', null, null, null, null, '截至2025年12月31日']], header: [['项目', '全市', ...cs.map((c) => c.name)]], rows: L.EH.map((h, i) => [h, ...all.map((x) => L.ev(x)[i])]) });
    for (let j = 2; j <= 6; j++) ws.getCell(t.first + 4, j).numFmt = '0.0';
    first = t.first;
  });
  plant(F, '江州市汇总表.xlsx', '汇总', 'D' + (first + 5), { add: 8 }, 'city table (transposed), 云龙县 党员人数');
}


// ---------------------------------------------------------------- 03b: 填报单位 names city and county
async function f03b() {
  const F = '03b-three-levels-unit-names-city-and-county'; const dir = L.freshDir(F); const r = L.rng(12032);
  const cities = [
    { name: '江州市', kids: [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡'])], files: ['青山县'] },
    { name: '临川市', kids: [L.region(r, '东湖区', ['东湖街道', '湖滨街道', '滨江街道']), L.region(r, '西山县', ['城关镇', '西山镇', '梅溪镇'])], files: ['东湖区', '西山县'] },
    { name: '宁远市', kids: [L.region(r, '安平县', ['安平镇', '永和镇']), L.region(r, '太和县', ['城关镇', '清水镇', '凤凰镇'])], files: [] },
  ];
  for (const c of cities) {
    c.total = L.sum(c.kids.map((k) => k.total));
    await L.book(dir, `${c.name}汇总表.xlsx`, (wb) => L.upperSheet(wb, '汇总', `${c.name}非公有制企业党组织覆盖情况汇总表`, c.kids,
      { pre: [[`填报单位：中共${c.name}委组织部`, null, null, null, null, null, '截至2025年12月31日']] }));
    for (const k of c.kids) if (c.files.includes(k.name)) await L.book(dir, `${k.name}.xlsx`, (wb) => L.regionSheet(wb, k,
      { title: '非公有制企业党组织覆盖情况统计表', pre: [[`填报单位：中共${c.name}${k.name}委组织部`, null, null, null, null, null, '截至2025年12月31日']] }));
  }
  let up;
  await L.book(dir, '江南省汇总表.xlsx', (wb) => { up = L.upperSheet(wb, '汇总', '江南省非公有制企业党组织覆盖情况汇总表', cities, { totalLabel: '全省', label: '市' }); });
  plant(F, '江南省汇总表.xlsx', '汇总', EHc('企业数') + up.row(0), { add: 8 }, 'province table, 江州市 企业数');
}
// ---------------------------------------------------------------- 03c: county file names carry the city as prefix
async function f03c() {
  const F = '03c-three-levels-city-prefixed-county-file'; const dir = L.freshDir(F); const r = L.rng(12033);
  const cities = [
    { name: '江州市', kids: [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡'])] },
    { name: '临川市', kids: [L.region(r, '东湖区', ['东湖街道', '湖滨街道', '滨江街道']), L.region(r, '西山县', ['城关镇', '西山镇', '梅溪镇'])] },
    { name: '宁远市', kids: [L.region(r, '安平县', ['安平镇', '永和镇']), L.region(r, '太和县', ['城关镇', '清水镇', '凤凰镇'])] },
  ];
  for (const c of cities) {
    c.total = L.sum(c.kids.map((k) => k.total));
    await L.book(dir, `${c.name}汇总表.xlsx`, (wb) => L.upperSheet(wb, '汇总', `${c.name}非公有制企业党组织覆盖情况汇总表`, c.kids));
  }
  let p;
  await L.book(dir, '临川市东湖区.xlsx', (wb) => { p = L.regionSheet(wb, cities[1].kids[0]); });
  await L.book(dir, '临川市西山县.xlsx', (wb) => L.regionSheet(wb, cities[1].kids[1]));
  await L.book(dir, '江南省汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', '江南省非公有制企业党组织覆盖情况汇总表', cities, { totalLabel: '全省', label: '市' }));
  plant(F, '临川市东湖区.xlsx', '统计表', EHc('党员人数') + p.totRow, { add: 9 }, '东湖区 workbook (file 临川市东湖区), total row 党员人数');
}
// ---------------------------------------------------------------- 20: city-wide ledger export (所属区县 + 所属乡镇（街道）)
async function f20() {
  const F = '20-city-wide-ledger-export'; const dir = L.freshDir(F); const r = L.rng(1220);
  const cs = [L.ledgerRegion(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.ledgerRegion(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.ledgerRegion(r, '河东区', ['东城街道', '西城街道'])];
  for (const c of cs) await L.book(dir, `${c.name}汇总.xlsx`, (wb) => L.regionSheet(wb, c, { sheet: '汇总' }));
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs));
  const header = ['序号', '企业名称', '统一社会信用代码', '所属区县', '所属乡镇（街道）', '是否建立党组织', '组建方式', '党员人数'];
  const rows = []; let n = 0;
  for (const c of cs) for (const e of c.ledger) rows.push([++n, e.name, e.code, c.name, e.town, e.yes ? '是' : '否', FORMS[e.form], e.pm]);
  L.writeCsv(dir, '江州市非公企业台账.csv', [header, ...rows]);
  const i = rows.findIndex((x) => x[3] === '云龙县' && x[6] === '单独组建');
  plant(F, '江州市非公企业台账.csv', '江州市非公企业台账', 'H' + (i + 2), { add: 8 }, 'city-wide ledger, a 云龙县 enterprise 党员人数');
}
// ---------------------------------------------------------------- 21: city workbook with separate 非公企业 and 社会组织 sheets
async function f21() {
  const F = '21-city-separate-ent-soc-sheets'; const dir = L.freshDir(F); const r = L.rng(1221);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '马坊镇']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道'])];
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => {
    L.regionSheet(wb, c, { sheet: '非公企业', head: E2, vals: e2 });
    L.regionSheet(wb, c, { sheet: '社会组织', head: S2, vals: s2, title: `${c.name}社会组织党组织覆盖情况统计表` });
  });
  let up;
  await L.book(dir, '江州市汇总表.xlsx', (wb) => {
    L.upperSheet(wb, '非公企业', cityTitle, cs, { head: E2, vals: e2 });
    up = L.upperSheet(wb, '社会组织', '江州市社会组织党组织覆盖情况汇总表', cs, { head: S2, vals: s2 });
  });
  plant(F, '江州市汇总表.xlsx', '社会组织', 'B' + up.row(1), { add: 8 }, 'city 社会组织 sheet, 云龙县 社会组织数');
}
// ---------------------------------------------------------------- 22: towns named like other counties
async function f22() {
  const F = '22-town-named-like-county'; const dir = L.freshDir(F); const r = L.rng(1222);
  const cs = [L.region(r, '青山县', ['城关镇', '云龙镇', '河东街道', '黄坪镇']), L.region(r, '云龙县', ['云龙镇', '青山乡', '龙泉镇', '白果乡']), L.region(r, '河东区', ['河东街道', '青山街道', '南湖街道'])];
  let p;
  for (const c of cs) { const q = await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c)); if (c.name === '云龙县') p = q; }
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs));
  plant(F, '云龙县.xlsx', '统计表', EHc('企业数') + p.totRow, { add: 8 }, '云龙县 workbook, 合计 企业数');
}
// ---------------------------------------------------------------- 23: city table with 2024 and 2025 blocks and 增减
async function f23() {
  const F = '23-city-two-year-blocks'; const dir = L.freshDir(F); const r = L.rng(1223);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡', '马坊镇']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道']), L.region(r, '白沙县', ['白沙镇', '新集镇'])];
  for (const c of cs) { const t = c.total; t.ent0 = t.ent - L.ri(r, 3, 30); t.cov0 = t.cov - L.ri(r, 1, 12); t.rate0 = L.rate(t.cov0, t.ent0); }
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c, { head: E2, vals: e2 }));
  let first;
  await L.book(dir, '江州市汇总表.xlsx', (wb) => {
    const tot = L.sum(cs.map((c) => c.total)); tot.ent0 = cs.reduce((a, c) => a + c.total.ent0, 0); tot.cov0 = cs.reduce((a, c) => a + c.total.cov0, 0); tot.rate0 = L.rate(tot.cov0, tot.ent0);
    const v = (x) => [x.ent0, x.cov0, x.rate0, x.ent, x.cov, x.rate, Math.round((x.rate - x.rate0) * 10) / 10];
    const t = L.table(wb.addWorksheet('汇总'), { title: '江州市非公有制企业党组织覆盖情况对比表', pre: [['单位：家、%', null, null, null, null, null, '截至2025年12月31日']],
      header: [['县（市、区）', '2024年', null, null, '2025年', null, null, '覆盖率增减（百分点）'], [null, '企业数', '建立党组织企业数', '党组织覆盖率（%）', '企业数', '建立党组织企业数', '党组织覆盖率（%）', null]],
      merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6], [0, 7, 1, 7]], rows: [['全市', ...v(tot)], ...cs.map((c) => [c.name, ...v(c.total)])], fmt: { 4: '0.0', 7: '0.0', 8: '0.0' } });
    first = t.first;
  });
  plant(F, '江州市汇总表.xlsx', '汇总', 'E' + (first + 2), { add: 8 }, 'city table 2025 block, 云龙县 企业数');
}
// ---------------------------------------------------------------- 24: detailed two-row county header, simple city header
async function f24() {
  const F = '24-detailed-county-header'; const dir = L.freshDir(F); const r = L.rng(1224);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇', '石桥镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道'])];
  const split = (x) => { x.pc = Math.min(2, Math.floor(x.own / 5)); x.gb = Math.min(3, Math.floor(x.own / 4)); x.pb = x.own - x.pc - x.gb; x.jo = Math.max(1, Math.floor(x.jc / 3)); };
  let p;
  for (const c of cs) {
    c.towns.forEach(split); const T = c.total; for (const k of ['pc', 'gb', 'pb', 'jo']) T[k] = c.towns.reduce((a, t) => a + t[k], 0);
    const v = (x) => [x.ent, x.cov, x.own, x.pc, x.gb, x.pb, x.jo, x.jc, x.rate, x.pm];
    const q = await L.book(dir, `${c.name}.xlsx`, (wb) => {
      const t = L.table(wb.addWorksheet('统计表'), { title: `${c.name}非公有制企业党组织覆盖情况统计表`, pre: [['单位：家、个、%、名', null, null, null, null, null, null, null, null, '截至2025年12月31日']],
        header: [['乡镇（街道）', '非公企业数', '覆盖企业数', '单独建立党组织', null, null, null, '联合党组织', null, '党组织覆盖率（%）', '党员人数'],
          [null, null, null, '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数', null, null]],
        merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 6], [0, 7, 0, 8], [0, 9, 1, 9], [0, 10, 1, 10]],
        rows: [['合计', ...v(T)], ...c.towns.map((t) => [t.name, ...v(t)])], fmt: { 10: '0.0' } });
      return t;
    });
    if (c.name === '河东区') p = q;
  }
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs));
  plant(F, '河东区.xlsx', '统计表', 'I' + p.first, { add: 8 }, '河东区 workbook, 合计 联合党组织/覆盖企业数');
}
// ---------------------------------------------------------------- 25: city labels carry codes
async function f25() {
  const F = '25-city-labels-with-codes'; const dir = L.freshDir(F); const r = L.rng(1225);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道']), L.region(r, '白沙县', ['白沙镇', '新集镇', '桃源镇'])];
  const codes = ['330102', '330103', '330104', '330181'];
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c));
  let up;
  await L.book(dir, '江州市汇总表.xlsx', (wb) => { up = L.upperSheet(wb, '汇总', cityTitle, cs.map((c, i) => ({ ...c, label: i % 2 ? `${codes[i]} ${c.name}` : `${c.name}（${codes[i]}）` })), { totalLabel: '全市（330100）' }); });
  plant(F, '江州市汇总表.xlsx', '汇总', EHc('单独建立党组织企业数') + up.row(2), { add: 8 }, 'city table, 330104 河东区 单独建立党组织企业数');
}
// ---------------------------------------------------------------- 26: 全市 at the bottom and an 其中 row
async function f26() {
  const F = '26-city-total-bottom-with-of-which'; const dir = L.freshDir(F); const r = L.rng(1226);
  const cs = [L.region(r, '城关区', ['东关街道', '西关街道']), L.region(r, '河西区', ['兴华街道', '建设街道', '光明街道']), L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡'])];
  for (const c of cs) await L.book(dir, `${c.name}.xlsx`, (wb) => L.regionSheet(wb, c, { totalLabel: c.name.endsWith('区') ? '全区' : '全县' }));
  const tot = L.sum(cs.map((c) => c.total)); const urb = L.sum(cs.slice(0, 2).map((c) => c.total));
  let first;
  await L.book(dir, '江州市汇总表.xlsx', (wb) => {
    const t = L.table(wb.addWorksheet('汇总'), { title: cityTitle, pre: [['单位：家、%、名', null, null, null, null, null, '截至2025年12月31日']], header: [['县（市、区）', ...L.EH]],
      rows: [...cs.map((c) => [c.name, ...L.ev(c.total)]), ['全市', ...L.ev(tot)], ['其中：市辖区', ...L.ev(urb)]], fmt: { 6: '0.0' } });
    first = t.first;
  });
  plant(F, '江州市汇总表.xlsx', '汇总', EHc('党员人数') + (first + 2), { add: 8 }, 'city table (全市 at bottom), 青山县 党员人数');
}

// ---------------------------------------------------------------- 27: every county sends summary + ledger CSV that has a 所属区县 column
async function f27() {
  const F = '27-county-ledgers-with-county-column'; const dir = L.freshDir(F); const r = L.rng(1227);
  const cs = [L.ledgerRegion(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.ledgerRegion(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.ledgerRegion(r, '河东区', ['东城街道', '西城街道'])];
  const header = ['序号', '企业名称', '统一社会信用代码', '所属区县', '所属乡镇', '是否建立党组织', '组建方式', '党员人数'];
  let at;
  for (const c of cs) {
    await L.book(dir, `${c.name}汇总.xlsx`, (wb) => L.regionSheet(wb, c, { sheet: '汇总' }));
    const rows = c.ledger.map((e, i) => [i + 1, e.name, e.code, c.name, e.town, e.yes ? '是' : '否', FORMS[e.form], e.pm]);
    L.writeCsv(dir, `${c.name}台账.csv`, [header, ...rows]);
    if (c.name === '河东区') at = rows.findIndex((x) => x[6] === '单独组建') + 2;
  }
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs));
  plant(F, '河东区台账.csv', '河东区台账', 'H' + at, { add: 8 }, '河东区 ledger CSV (with 所属区县 column), one enterprise 党员人数');
}

// ---------------------------------------------------------------- 27b: as 27, two counties, the city sheet lists the counties without a 全市 row
async function f27b() {
  const F = '27b-county-ledgers-city-without-total'; const dir = L.freshDir(F); const r = L.rng(12272);
  const cs = [L.ledgerRegion(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.ledgerRegion(r, '云龙县', ['城关镇', '龙泉镇', '白果乡'])];
  const header = ['序号', '企业名称', '统一社会信用代码', '所属区县', '所属乡镇', '是否建立党组织', '组建方式', '党员人数'];
  let at;
  for (const c of cs) {
    await L.book(dir, `${c.name}汇总.xlsx`, (wb) => L.regionSheet(wb, c, { sheet: '汇总' }));
    const rows = c.ledger.map((e, i) => [i + 1, e.name, e.code, c.name, e.town, e.yes ? '是' : '否', FORMS[e.form], e.pm]);
    L.writeCsv(dir, `${c.name}台账.csv`, [header, ...rows]);
    if (c.name === '云龙县') at = rows.findIndex((x) => x[6] === '单独组建') + 2;
  }
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', '江州市各县非公有制企业党组织覆盖情况', cs, { noTotal: true }));
  plant(F, '云龙县台账.csv', '云龙县台账', 'H' + at, { add: 8 }, '云龙县 ledger CSV, one enterprise 党员人数');
}

// ---------------------------------------------------------------- 28: city total row labelled 江州市; county titles / units name city + county
async function f28() {
  const F = '28-city-total-named-city-county-titles-name-city'; const dir = L.freshDir(F); const r = L.rng(1228);
  const cs = [L.region(r, '青山县', ['城关镇', '黄坪镇', '柳河镇']), L.region(r, '云龙县', ['城关镇', '龙泉镇', '白果乡']), L.region(r, '河东区', ['东城街道', '西城街道', '南湖街道']), L.region(r, '白沙县', ['白沙镇', '新集镇'])];
  await L.book(dir, '青山县.xlsx', (wb) => L.regionSheet(wb, cs[0], { title: '江州市青山县非公有制企业党组织覆盖情况统计表' }));
  await L.book(dir, '云龙县.xlsx', (wb) => L.regionSheet(wb, cs[1], { title: '非公有制企业党组织覆盖情况统计表', pre: [['填报单位：江州市云龙县委组织部', null, null, null, null, null, '截至2025年12月31日']] }));
  await L.book(dir, '江州市河东区党建统计.xlsx', (wb) => L.regionSheet(wb, cs[2], { title: '非公有制企业党组织覆盖情况统计表' }));
  let p;
  await L.book(dir, '白沙县.xlsx', (wb) => { p = L.regionSheet(wb, cs[3]); });
  await L.book(dir, '江州市汇总表.xlsx', (wb) => L.upperSheet(wb, '汇总', cityTitle, cs, { totalLabel: '江州市' }));
  plant(F, '白沙县.xlsx', '统计表', EHc('企业数') + p.totRow, { add: 8 }, '白沙县 workbook, 合计 企业数');
}

async function main() {
  fs.rmSync(L.CLEAN, { recursive: true, force: true });
  for (const f of [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f13b, f14, f15, f16, f17, f18, f19, f03b, f03c, f20, f21, f22, f23, f24, f25, f26, f27, f27b, f28]) await f();
  fs.writeFileSync(path.join(__dirname, 'plants-spec.json'), JSON.stringify(plants, null, 1));
  console.log(`clean folders: ${fs.readdirSync(L.CLEAN).length}, plants: ${plants.length}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
