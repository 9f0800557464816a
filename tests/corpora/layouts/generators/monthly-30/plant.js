const fs = require('fs');
const ExcelJS = require('exceljs');
const books = require('./registry.json');
const OUT = __dirname;
const fmtText = (v, d) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const num = v => typeof v === 'number' ? v : parseFloat(String(v).replace(/,/g, ''));
const dec = v => { const s = String(v).replace(/,/g, ''); const i = s.indexOf('.'); return i < 0 ? 0 : s.length - i - 1; };

// [filePrefix, sheet, label, colIndex, fn(origNumber, getNum) -> new number, note]
const PLANTS = [
  ['m03', '工业分行业', '总    计', 2, (v) => v + 5000, 'total off'],
  ['m05', '工业分类型', '内资企业', 1, (v) => v + 7, 'count total off'],
  ['m06', '用电量', '全社会用电量', 4, (v) => v + 300, 'total off'],
  ['q1_a', '用电量', '其中：工业', 4, (v, g) => Math.round(g('第二产业', 4) * 1.2 * 100) / 100, '其中 > whole'],
  ['m07', '能源', '非金属矿物制品业', 3, (v) => v === 0 ? 8.8 : -v, 'growth sign flipped'],
  ['m08', '固定资产投资', '第三产业', 4, (v) => Math.round((v + 10) * 10) / 10, 'share mistyped'],
  ['m09', '重点项目', '合    计', 2, (v) => v + 20000, 'total off'],
  ['m10', '社零分乡镇', '全县', 2, (v) => v + 3000, 'total off'],
  ['m11', '财政', '增值税', 5, (v) => Math.round((v + 12) * 10) / 10, 'growth contradicts'],
  ['m12', '金融', '住户存款', 3, (v) => v + 10000, '比年初增加 off'],
  ['m13', '各乡镇', '全县合计', 3, (v) => v + 8000, 'total off'],
  ['m18', '主要指标', '其中：税收收入', 3, (v, g) => Math.round(g('一般公共预算收入', 3) * 1.1 * 100) / 100, '其中 > whole'],
  ['m20', '金融', '存贷比（%）', 1, (v) => Math.round((v + 9) * 10) / 10, 'ratio mistyped'],
  ['q2_b', '金融', '各项贷款余额', 5, (v) => Math.round((v + 5) * 10) / 10, 'growth contradicts'],
  ['q4_a', '地区生产总值', '第二产业', 3, (v) => Math.round((v + 6) * 10) / 10, '构成 mistyped'],
  ['m24', '财政', '教育支出', 3, (v) => Math.round((v + 15) * 10) / 10, '完成预算% mistyped'],
  ['m04', '表2（续）', '通用设备制造业', 4, (v) => Math.round((v + 10) * 10) / 10, 'growth contradicts'],
  ['m26', '能源', '单位地区生产总值能耗', 4, (v) => Math.round((v + 3) * 100) / 100, '下降率 contradicts'],
  ['m01', '主要指标', '其中：国有控股企业', 3, (v, g) => Math.round(g('规模以上工业总产值', 3) * 1.3), '其中 > whole'],
  ['q3_b', '社零分乡镇', '石门镇', 4, (v) => Math.round((v + 7) * 10) / 10, 'growth contradicts'],
  ['m14', '各乡镇', '青山镇', 11, (v) => v === 1 ? 2 : v - 1, 'rank duplicated'],
  ['m21', '财政', '一般公共预算收入', 2, (v) => v + 3000, 'total off (fiscal)'],
  ['m19', '主要指标', '其中：住户存款', 2, (v, g) => Math.round(g('金融机构各项存款余额', 2) * 1.15 * 100) / 100, '其中 > whole'],
  ['m25', '各乡镇', '全县合计', 9, (v) => v + 2500, 'total off (revenue col)'],
  ['m17', '重点项目', '3.城南片区棚户区改造', 5, (v) => Math.round((v + 20) * 10) / 10, '完成% contradicts'],
  ['m22', '工业分行业', '医药制造业', 6, (v) => Math.round((v + 4) * 10) / 10, '产销率 contradicts'],
  ['q2_a', '财政', '税收收入', 2, (v) => v + 900, 'subtotal off'],
  ['m27', '社零分乡镇', '全县', 4, (v) => Math.round((v + 3) * 10) / 10, 'total growth contradicts'],
];

(async () => {
  const manifest = [];
  for (const [pre, sheet, label, col, fn, note] of PLANTS) {
    const b = books.find(x => x.file.startsWith(pre + '_'));
    const addr = b.reg[sheet][label][col];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(`${OUT}/clean/${b.file}`);
    const ws = wb.getWorksheet(sheet);
    const get = (l, c) => num(ws.getCell(b.reg[sheet][l][c]).value);
    const cell = ws.getCell(addr);
    const orig = cell.value;
    const nv = fn(num(orig), get);
    cell.value = typeof orig === 'string' ? fmtText(nv, dec(orig)) : nv;
    const file = 'p_' + b.file;
    await wb.xlsx.writeFile(`${OUT}/planted/${file}`);
    manifest.push({ file, sheet, cell: addr, original: orig, planted: cell.value, note });
  }
  fs.writeFileSync(`${OUT}/planted/manifest.json`, JSON.stringify(manifest, null, 1));
  console.log(manifest.length, 'plants');
})();
