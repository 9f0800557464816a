const ExcelJS = require('exceljs');
let seed = 12345;
function rnd(a, b) { seed = (seed * 1103515245 + 12345) % 2147483648; return a + Math.floor(seed / 2147483648 * (b - a + 1)); }
function r(x, d = 1) { const f = Math.pow(10, d); return Math.round(x * f + 1e-9) / f; }
function rate(n, dnm, d = 1) { return dnm === 0 ? 0 : r(n / dnm * 100, d); }
function sumCol(rows, i) { return rows.reduce((s, x) => s + (typeof x[i] === 'number' ? x[i] : 0), 0); }
const towns = ['城关镇', '东关街道', '西街街道', '南湖街道', '北山镇', '柳泉镇', '桥头镇', '白沙镇', '新丰乡', '石门乡', '高新区管委会', '经济开发区'];
const towns2 = ['解放路街道', '人民路街道', '和平街道', '建设路街道', '长江路街道', '黄河路街道', '文化路街道', '站前街道', '龙湖镇', '梅园镇'];
const counties = ['安平县', '临河区', '青山区', '永宁县', '石桥县', '丰源市', '东岭县', '河西区'];
const cities = ['石家庄市', '唐山市', '秦皇岛市', '邯郸市', '邢台市', '保定市', '张家口市', '承德市', '沧州市', '廊坊市', '衡水市'];
// sheet spec: {name, title, subtitle, headers:[[...]], merges:[], rows:[[...]], fmt:{colIdx(0-based):'0.0'}, notes:[], startRow}
async function book(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name || 'Sheet1');
    let row = 1;
    const ncol = Math.max(...s.headers.map(h => h.length));
    if (s.title) { ws.getCell(row, 1).value = s.title; ws.mergeCells(row, 1, row, ncol); row++; }
    if (s.subtitle) { ws.getCell(row, 1).value = s.subtitle; ws.mergeCells(row, 1, row, ncol); row++; }
    const h0 = row;
    for (const h of s.headers) { h.forEach((v, i) => { if (v !== null && v !== undefined) ws.getCell(row, i + 1).value = v; }); row++; }
    for (const m of (s.merges || [])) { // [r1,c1,r2,c2] relative to header start, 0-based
      ws.mergeCells(h0 + m[0], m[1] + 1, h0 + m[2], m[3] + 1);
    }
    for (const d of s.rows) {
      d.forEach((v, i) => { if (v !== null && v !== undefined) { const c = ws.getCell(row, i + 1); c.value = v; if (s.fmt && s.fmt[i] && typeof v === 'number') c.numFmt = s.fmt[i]; } });
      row++;
    }
    for (const n of (s.notes || [])) { ws.getCell(row, 1).value = n; row++; }
  }
  await wb.xlsx.writeFile(require('path').join(__dirname, '../../party-2', file));
}
module.exports = { book, rnd, r, rate, sumCol, towns, towns2, counties, cities };
