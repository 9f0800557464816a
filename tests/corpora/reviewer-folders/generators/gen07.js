// 07-ledger-older-date: 青山县汇总.xlsx is 截至2025年6月30日; its ledger file 青山县台账.xlsx is 截至2024年12月31日 (title
// 2024年度) and holds last year's enterprises: the same except two enterprises of 黄坪镇 registered in 2025 (not in it).
// A ledger of another date is not to be compared with the summary. 云龙县 ordinary; city table.
'use strict';
const L = require('./lib10');
const F = '07-ledger-older-date';
async function main() {
  const r = L.rng(10707);
  const dir = L.freshDir(F);
  const tn = ['城关镇', '黄坪镇', '柳河镇', '石桥镇'];
  const q = { name: '青山县', ...L.ledgerCounty(r, tn) };
  const gone = q.ledger.filter((e) => e.town === '黄坪镇' && !e.yes && !e.pm).slice(0, 2);
  const old = { name: '青山县', towns: q.towns, ledger: q.ledger.filter((e) => !gone.includes(e)) };
  let wb = new L.ExcelJS.Workbook(); const sp = L.summary(wb, q); await L.save(wb, dir, '青山县汇总.xlsx');
  await L.ledgerFile(dir, '青山县台账.xlsx', old, { title: '青山县2024年度非公有制企业党建工作台账', dateRow: '截至2024年12月31日' });
  const y = L.county(r, '云龙县', 5); await L.countyFile(dir, '云龙县.xlsx', y);
  wb = new L.ExcelJS.Workbook(); L.citySheet(wb, '汇总', '江州市非公有制企业党组织覆盖情况汇总表', [q, y]); await L.save(wb, dir, '江州市汇总表.xlsx');
  L.writePlants('07', [{ folder: F, file: '青山县汇总.xlsx', sheet: '汇总', cell: 'B' + (sp.first + 1), delta: +6,
    what: '青山县汇总 黄坪镇 企业数 +6: 合计 ≠ sum, rate (within); 合计 unchanged so city agrees' }]);
}
main();
