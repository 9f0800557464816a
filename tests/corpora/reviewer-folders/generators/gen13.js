// 13-month-and-cumulative: county workbooks with two sheets of one shape: 本月 (this month's figures: enterprises newly
// registered / organisations newly set up in June) and 累计 (截至2025年6月30日, the figures in the city table) for 青山县
// and 云龙县; 河东区, 石门县, 白沙县 send ordinary workbooks.
'use strict';
const L = require('./lib10');
const F = '13-month-and-cumulative';
async function main() {
  const r = L.rng(11313);
  const dir = L.freshDir(F);
  const list = [];
  for (const [n, k] of [['青山县', 5], ['云龙县', 4]]) {
    const cum = L.county(r, n, k);
    const mon = { name: n, towns: cum.towns.map((t) => { const ent = L.ri(r, 2, 9); const own = L.ri(r, 0, 2); const jc = L.ri(r, 0, 2); const cov = Math.min(ent, own + jc); const o2 = cov - Math.min(jc, cov);
      return { name: t.name, ent, own: o2, jc: cov - o2, cov, rate: L.rate(cov, ent), pm: cov * 3 }; }) };
    mon.total = L.sumRows(mon.towns);
    const wb = new L.ExcelJS.Workbook();
    L.countySheet(wb, mon, { sheet: '本月', title: `${n}2025年6月非公有制企业党组织覆盖情况统计表（本月）`, dateRow: '2025年6月' });
    L.countySheet(wb, cum, { sheet: '累计', title: `${n}2025年6月非公有制企业党组织覆盖情况统计表（累计）`, dateRow: '截至2025年6月30日' });
    await L.save(wb, dir, `${n}2025年6月报表.xlsx`);
    list.push(cum);
  }
  for (const [n, k] of [['河东区', 4], ['石门县', 5], ['白沙县', 4]]) { const h = L.county(r, n, k); await L.countyFile(dir, `${n}2025年6月报表.xlsx`, h); list.push(h); }
  const wb = new L.ExcelJS.Workbook(); const cp = L.citySheet(wb, '汇总', '江州市2025年6月非公有制企业党组织覆盖情况汇总表', list); await L.save(wb, dir, '江州市汇总表.xlsx');
  L.writePlants('13', [{ folder: F, file: '江州市汇总表.xlsx', sheet: '汇总', cell: 'B' + cp.row(2), delta: +7,
    what: 'city row 河东区 企业数 +7: 全市 sum, rate (within); ≠ 河东区 合计 (between)' }]);
}
main();
