// 03-superset-prefix-trap: 青山县's towns are a subset of 云龙县's; 青山县 files: 江州市青山县非公企业台账.xlsx (ledger) and
// 青山县汇总.xlsx; 云龙县 files: 江州市云龙县非公企业汇总.xlsx and 云龙县台账.xlsx. The region tie for 青山县's ledger is
// broken by the file names' common beginning 江州市 — towards 云龙县's summary (the ledger's title says 青山县).
'use strict';
const L = require('./lib10');
const F = '03-superset-prefix-trap';
async function main() {
  const r = L.rng(10303);
  const dir = L.freshDir(F);
  const q = { name: '青山县', ...L.ledgerCounty(r, ['城关镇', '东城街道', '西城街道', '南湖街道']) };
  const y = { name: '云龙县', ...L.ledgerCounty(r, ['城关镇', '东城街道', '西城街道', '南湖街道', '龙泉镇', '白果乡']) };
  let wb = new L.ExcelJS.Workbook(); const qs = L.summary(wb, q); await L.save(wb, dir, '青山县汇总.xlsx');
  q.led = await L.ledgerFile(dir, '江州市青山县非公企业台账.xlsx', q);
  wb = new L.ExcelJS.Workbook(); L.summary(wb, y); await L.save(wb, dir, '江州市云龙县非公企业汇总.xlsx');
  y.led = await L.ledgerFile(dir, '云龙县台账.xlsx', y);
  const h = L.county(r, '河东区', 4); await L.countyFile(dir, '河东区.xlsx', h);
  wb = new L.ExcelJS.Workbook(); L.citySheet(wb, '汇总', '江州市非公有制企业党组织覆盖情况汇总表', [q, y, h]); await L.save(wb, dir, '江州市汇总表.xlsx');
  const i = q.towns.findIndex((t) => t.name === '西城街道');
  L.writePlants('03', [{ folder: F, file: '青山县汇总.xlsx', sheet: '汇总', cell: 'G' + (qs.first + i), delta: +3, crossOnly: false,
    what: '青山县汇总 西城街道 党员人数 +3: 合计 ≠ sum (within); ≠ ledger sum (between)' }]);
}
main();
