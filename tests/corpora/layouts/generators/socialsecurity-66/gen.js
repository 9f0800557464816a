// Round 66a of issue 9, by an outside helper: writes clean and planted books to /tmp/round66a; the corpus keeps the
// clean ones (tests/corpora/layouts/socialsecurity-66, copied from its cases folder).
const L = require('./lib.js');
const fs = require('fs');
const P = L.PLACES;
// clean specs: each -> array of sheets {name, blocks:[[builder, opts]], comma, textNums}
const specs = [
  { id: 'dibao_city_first', sheets: [{ name: '城乡低保', blocks: [['dibaoDistrict', { place: P[0], subtotals: true, totalPos: 'first', ruralDash: true }]] }] },
  { id: 'dibao_city_last', sheets: [{ name: '表5-1', blocks: [['dibaoDistrict', { place: P[1], subtotals: true, totalPos: 'last', decAmt: 2, decAvg: 1 }]] }] },
  { id: 'dibao_flat', sheets: [{ name: '低保', blocks: [['dibaoDistrict', { place: P[2], flatHeader: true, unitRow: false, totalPos: 'first', indent: false }]] }] },
  { id: 'dibao_county_raw', sheets: [{ name: '低保', blocks: [['dibaoDistrict', { place: P[3], totalPos: 'first', rawRound: true, decAvg: 2 }]] }], comma: true },
  { id: 'tekun_district', sheets: [{ name: '特困供养', blocks: [['tekun', { place: P[0], subtotals: true, totalPos: 'first' }]] }] },
  { id: 'tekun_years', sheets: [{ name: '特困', blocks: [['tekun', { place: P[4], byYear: true }]] }] },
  { id: 'tekun_last_raw', sheets: [{ name: 'Sheet1', blocks: [['tekun', { place: P[2], totalPos: 'last', rawRound: true, withRate: false }]] }] },
  { id: 'yanglao_first', sheets: [{ name: '养老机构', blocks: [['yanglao', { place: P[0] }]] }] },
  { id: 'yanglao_last', sheets: [{ name: '养老服务', blocks: [['yanglao', { place: P[3], totalPos: 'last', withNurse: false, totalLabel: '合计' }]] }] },
  { id: 'insure_wan', sheets: [{ name: '社会保险', blocks: [['insurance', { place: P[1] }]] }] },
  { id: 'insure_raw', sheets: [{ name: '参保', blocks: [['insurance', { place: P[2], rawRound: true, ny: 4, y0: 2020 }]] }] },
  { id: 'jobs_two_year', sheets: [{ name: '就业', blocks: [['twoYearSummary', { place: P[0], kind: 'jobs' }]] }] },
  { id: 'minzheng_two_year', sheets: [{ name: '民政主要指标', blocks: [['twoYearSummary', { place: P[1], kind: 'mz' }]] }] },
  { id: 'dibao_two_year_district', sheets: [{ name: '低保增长', blocks: [['twoYearDistrict', { place: P[0], subtotals: true, totalPos: 'first' }]] }] },
  { id: 'dibao_two_year_county', sheets: [{ name: '低保', blocks: [['twoYearDistrict', { place: P[4], totalPos: 'last' }]] }] },
  { id: 'dibao_transposed', sheets: [{ name: '低保', blocks: [['dibaoTransposed', { place: P[0], withTotal: true }]] }] },
  { id: 'dibao_transposed2', sheets: [{ name: '城乡低保', blocks: [['dibaoTransposed', { place: P[3], y0: 2019, ny: 5, decAvg: 0, withTotal: true }]] }] },
  { id: 'marriage_years', sheets: [{ name: '婚姻登记', blocks: [['marriage', { place: P[0], withRatio: true }]] }] },
  { id: 'stacked_dibao_tekun', sheets: [{ name: '社会救助', blocks: [['dibaoDistrict', { place: P[2], totalPos: 'first', ruralDash: true, title: '（一）城乡低保情况' }], ['tekun', { place: P[2], totalPos: 'first', title: '（二）特困人员供养情况' }]] }] },
  { id: 'multi_sheet', sheets: [{ name: '养老', blocks: [['yanglao', { place: P[1] }]] }, { name: '婚姻', blocks: [['marriage', { place: P[1], withRatio: true, ny: 6, y0: 2018 }]] }] },
];
// planted twins: [specIndex, kind]
const plants = [
  [0, 'part'], [0, 'rate'], [1, 'total'], [2, 'part'], [3, 'total'], [4, 'part'], [4, 'total'], [5, 'rate'], [6, 'total'],
  [7, 'part'], [8, 'rate'], [9, 'total'], [10, 'rate'], [11, 'change'], [11, 'sub'], [12, 'change'], [13, 'change'],
  [14, 'part'], [15, 'sub'], [16, 'rate'], [17, 'total'], [17, 'rate'], [18, 'part'], [19, 'total'], [13, 'total'],
];
async function buildSheets(spec, seed) {
  const r = L.rng(seed);
  return spec.sheets.map((sh) => L.layout({ name: sh.name, blocks: sh.blocks.map(([f, o]) => L[f](r, o)), comma: spec.comma || sh.comma, textNums: sh.textNums }));
}
module.exports = { buildSheets };
if (require.main === module) (async () => {
  const manifest = [];
  for (let i = 0; i < specs.length; i++) {
    const s = await buildSheets(specs[i], 1000 + i);
    const f = `cases/c${String(i + 1).padStart(2, '0')}_${specs[i].id}.xlsx`;
    await L.writeBook(f, s); manifest.push({ file: f, planted: null });
  }
  for (let k = 0; k < plants.length; k++) {
    const [i, kind] = plants[k];
    const s = await buildSheets(specs[i], 1000 + i);
    const p = L.plant(L.rng(77 + k), s, kind);
    const f = `cases/p${String(k + 1).padStart(2, '0')}_${specs[i].id}_${kind}.xlsx`;
    await L.writeBook(f, s); manifest.push({ file: f, planted: { sheet: p.sheet, cell: p.cell }, note: p.note });
  }
  fs.writeFileSync('manifest.json', JSON.stringify(manifest, null, 1));
  console.log(manifest.length, 'books');
})();
