// 01-twin-towns-ledgers: 青山县 and 云龙县 share 4 of 5 town names (城关镇, 东城街道, 西城街道, 南湖街道); each sends
// 汇总.xlsx + 台账.xlsx as separate files; 河东区 ordinary; city table over the three.
'use strict';
const L = require('./lib10');
const F = '01-twin-towns-ledgers';
async function main() {
  const r = L.rng(10101);
  const dir = L.freshDir(F);
  const common = ['城关镇', '东城街道', '西城街道', '南湖街道'];
  const specs = [{ name: '青山县', towns: [...common, '黄坪镇'] }, { name: '云龙县', towns: [...common, '龙泉镇'] }];
  const list = [];
  for (const s of specs) {
    const c = { ...s, ...L.ledgerCounty(r, s.towns) };
    const wb = new L.ExcelJS.Workbook(); L.summary(wb, c); await L.save(wb, dir, `${s.name}汇总.xlsx`);
    c.led = await L.ledgerFile(dir, `${s.name}台账.xlsx`, c);
    list.push(c);
  }
  const h = L.county(r, '河东区', 4); await L.countyFile(dir, '河东区.xlsx', h); list.push(h);
  const wb = new L.ExcelJS.Workbook(); L.citySheet(wb, '汇总', '江州市非公有制企业党组织覆盖情况汇总表', list); await L.save(wb, dir, '江州市汇总表.xlsx');
  const y = list[1]; const e = y.ledger.find((x) => x.town === '城关镇' && x.form === 'joint');
  L.writePlants('01', [{ folder: F, file: '云龙县台账.xlsx', sheet: '台账', cell: 'D' + y.led.at(e), new: '否', crossOnly: true,
    what: '云龙县 ledger: a 城关镇 联合组建 enterprise 是→否: count 是 ≠ 云龙县汇总 城关镇 建立党组织企业数 (between only)' }]);
}
main();
