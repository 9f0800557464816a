// 18-ledger-only-yes-members: like 06, a ledger file listing only the enterprises WITH a party organisation (title says so),
// but here only one town (柳河镇) has a party member working in an enterprise without an organisation, so the summary's
// 党员人数 exceeds the ledger's sum in 柳河镇 and the 合计 only (企业数 differs everywhere).
'use strict';
const L = require('./lib10');
const F = '18-ledger-only-yes-members';
async function main() {
  const r = L.rng(11818);
  const dir = L.freshDir(F);
  const q = { name: '青山县', ...L.ledgerCounty(r, ['城关镇', '黄坪镇', '柳河镇', '石桥镇', '杨柳乡']) };
  for (const e of q.ledger) if (!e.yes) e.pm = 0;
  q.ledger.find((e) => e.town === '柳河镇' && !e.yes).pm = 2;
  for (const t of q.towns) t.pm = q.ledger.filter((e) => e.town === t.name).reduce((a, e) => a + e.pm, 0);
  q.total = L.sumRows(q.towns, ['ent', 'own', 'jc', 'cov', 'pm']);
  let wb = new L.ExcelJS.Workbook(); L.summary(wb, q); await L.save(wb, dir, '青山县汇总.xlsx');
  q.led = await L.ledgerFile(dir, '青山县已建党组织企业名单.xlsx', q, { filter: (e) => e.yes, sheet: '台账', title: '青山县已建立党组织的非公有制企业名单（台账）' });
  const y = L.county(r, '云龙县', 5); await L.countyFile(dir, '云龙县.xlsx', y);
  wb = new L.ExcelJS.Workbook(); L.citySheet(wb, '汇总', '江州市非公有制企业党组织覆盖情况汇总表', [q, y]); await L.save(wb, dir, '江州市汇总表.xlsx');
  const e = q.ledger.find((x) => x.town === '石桥镇' && x.form === 'joint');
  L.writePlants('18', [{ folder: F, file: '青山县已建党组织企业名单.xlsx', sheet: '台账', cell: 'D' + q.led.at(e), new: '否', crossOnly: true,
    what: 'only-yes ledger: a 石桥镇 联合组建 enterprise 是→否: count 是 ≠ 汇总 石桥镇 建立党组织企业数 (between only)' }]);
}
main();
