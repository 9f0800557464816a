// NODE_PATH=/work/main/node_modules node plant.js : copy clean -> planted, change ONE cell by +7, write planted/manifest.json
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
const plants = require('./plants.json');
// some plants moved to cells that only the total row and the checks BETWEEN workbooks can see (党员数 of an upper table's row, a ledger-compared count)
const OVERRIDE = {
  '03-city-shibenji-guanweihui': { file: '云州市汇总.xlsx', sheet: '汇总', rowLabel: '高新区', header: '党员数' },
  '07-half-year-and-full-year': { file: '云州市（全年）.xlsx', sheet: '汇总', rowLabel: '青山县', header: '党员数' },
  '12-province-city-county-baosheng': { file: '江北省汇总.xlsx', sheet: '汇总', rowLabel: '江川市', header: '党员数' },
  '15-county-and-district-same-name': { file: '云州市汇总.xlsx', sheet: '汇总', rowLabel: '青山县', header: '党员数' },
  '20-county-level-city': { file: '云州市.xlsx', sheet: '汇总', rowLabel: '青山市', header: '党员数' },
  '24-spaced-region-labels': { file: '云州市汇总.xlsx', sheet: '汇总', rowLabel: '石 门 县', header: '党员数' },
  '10-ledger-csv-seq-1-0': { file: '石门县汇总.xlsx', sheet: '汇总', rowLabel: '桃源乡', header: '党员数' },
  '25-county-subfolders': { file: '白沙县/统计表.xlsx', sheet: 'Sheet1', rowLabel: '合计', header: '党员数' },
  '14-duplicate-county-file-copy1': { file: '青山县(1).xlsx', sheet: 'Sheet1', rowLabel: '龙泉镇', header: '党员数' },
};
function locate(ws, p) {
  let row, col;
  ws.eachRow((r, i) => r.eachCell((c, j) => { const v = String(c.value);
    if (!row && j <= 2 && v === p.rowLabel) row = i; if (!col && i <= 5 && v.includes(p.header)) col = j; }));
  return ws.getCell(row, col).address;
}
(async () => {
  fs.rmSync('planted', { recursive: true, force: true }); fs.mkdirSync('planted');
  const manifest = {};
  for (const [name, p] of Object.entries(plants)) {
    fs.cpSync(path.join('clean', name), path.join('planted', name), { recursive: true });
    if (OVERRIDE[name]) p.file = OVERRIDE[name].file;
    const file = path.join('planted', name, p.file);
    const w = new ExcelJS.Workbook(); await w.xlsx.readFile(file);
    if (OVERRIDE[name]) { Object.assign(p, OVERRIDE[name]); p.cell = locate(w.getWorksheet(p.sheet), p); }
    const cell = w.getWorksheet(p.sheet).getCell(p.cell);
    const old = cell.value; if (typeof old !== 'number') throw new Error(name + ' ' + p.cell + ' not a number: ' + JSON.stringify(old));
    cell.value = old + 7; await w.xlsx.writeFile(file);
    manifest[name] = { file: p.file, sheet: p.sheet, cell: p.cell, old, new: old + 7 };
  }
  fs.writeFileSync('planted/manifest.json', JSON.stringify(manifest, null, 1));
  console.log('planted', Object.keys(manifest).length);
})();
