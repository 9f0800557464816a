// 12-halfyear-city-annual-county: city table 2025年上半年 (截至2025年6月30日). 青山县.xlsx has two sheets of one shape:
// 本期 = 2025年全年 (截至2025年12月31日) and 上期 = 2025年上半年 (截至2025年6月30日, the figures in the city table).
// 云龙县, 河东区 ordinary half-year workbooks.
'use strict';
const L = require('./lib10');
const F = '12-halfyear-city-annual-county';
async function main() {
  const r = L.rng(11212);
  const dir = L.freshDir(F);
  const half = L.county(r, '青山县', 5);
  const year = L.county(r, '青山县', 5, { mustTowns: half.towns.map((t) => t.name) });
  let wb = new L.ExcelJS.Workbook();
  L.countySheet(wb, year, { sheet: '本期', title: '青山县2025年非公有制企业党组织覆盖情况统计表', dateRow: '截至2025年12月31日' });
  L.countySheet(wb, half, { sheet: '上期', title: '青山县2025年上半年非公有制企业党组织覆盖情况统计表', dateRow: '截至2025年6月30日' });
  await L.save(wb, dir, '青山县.xlsx');
  const y = L.county(r, '云龙县', 5); const yp = await L.countyFile(dir, '云龙县.xlsx', y, { title: '云龙县2025年上半年非公有制企业党组织覆盖情况统计表' });
  const h = L.county(r, '河东区', 4); await L.countyFile(dir, '河东区.xlsx', h, { title: '河东区2025年上半年非公有制企业党组织覆盖情况统计表' });
  wb = new L.ExcelJS.Workbook(); L.citySheet(wb, '汇总', '江州市2025年上半年非公有制企业党组织覆盖情况汇总表', [half, y, h]); await L.save(wb, dir, '江州市汇总表.xlsx');
  L.writePlants('12', [{ folder: F, file: '云龙县.xlsx', sheet: '统计表', cell: 'B' + yp.tot, delta: +5,
    what: '云龙县 合计 企业数 +5: ≠ sum of towns, rate (within); ≠ city row (between)' }]);
}
main();
