// Copies clean workbooks into planted/ with ONE changed figure each; writes manifest.json.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const SRC = path.join(__dirname, 'clean');
const OUT = path.join(__dirname, 'planted');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

const txt = v => (v == null ? '' : typeof v === 'object' && v.richText ? v.richText.map(x => x.text).join('') : String(v)).replace(/\s/g, '');
function findCol(ws, re, maxRow = 6) { // header column whose text matches
  for (let r = 1; r <= maxRow; r++) for (let c = 1; c <= ws.columnCount; c++) if (re.test(txt(ws.getCell(r, c).value))) return c;
  return null;
}
function rowsWhere(ws, pred) { const out = []; ws.eachRow((row, r) => { if (pred(row, r)) out.push(r); }); return out; }
const isTotalLabel = s => /^(全县)?(合计|总计|小计)$/.test(s);
const dataRows = ws => rowsWhere(ws, row => typeof row.getCell(1).value === 'number' && row.getCell(1).value >= 1 && row.getCell(2).value);
const totalRow = ws => rowsWhere(ws, row => isTotalLabel(txt(row.getCell(2).value)))[0];
const addr = (r, c) => String.fromCharCode(64 + c) + r;
function swapDigits(n) { const s = String(n); for (let i = 0; i < s.length - 1; i++) if (s[i] !== s[i + 1]) return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); return n + 9; }

const KINDS = {
  sumRowCount(wb) { // 汇总 township row 企业数 changed (+1)
    const ws = wb.worksheets[0]; const rows = dataRows(ws); const r = rows[1] || rows[0];
    const c = findCol(ws, /^(企业数|社会组织数|村数)$/) || 3; return [ws, r, c, v => v + 1];
  },
  sumRowMembers(wb) { // 汇总 township row 党员数 changed (-2) → also 全县合计 column sum breaks
    const ws = wb.worksheets[0]; const rows = dataRows(ws); const r = rows[rows.length - 1];
    const c = findCol(ws, /^党员数$/); return [ws, r, c, v => v - 2];
  },
  sheetTotal(wb) { // township sheet 合计 从业人员数 off by 10
    const ws = wb.worksheets[1 + (wb.worksheets.length > 3 ? 1 : 0)]; const r = totalRow(ws);
    const c = findCol(ws, /^(从业人员数|户数)/); return [ws, r, c, v => v + 10];
  },
  rateWrong(wb) { // 汇总 覆盖率 wrong
    const ws = wb.worksheets[0]; const rows = dataRows(ws); const r = rows[0];
    const c = findCol(ws, /覆盖率/); return [ws, r, c, v => Math.round((v + 7.3) * 100) / 100];
  },
  flagFlip(wb) { // township sheet: first 是 flipped to 否
    for (const ws of wb.worksheets.slice(1)) {
      const c = findCol(ws, /是否建立/); if (!c) continue;
      for (const r of dataRows(ws)) if (txt(ws.getCell(r, c).value) === '是') return [ws, r, c, () => '否'];
    }
  },
  digitSwap(wb) { // township sheet detail 从业人员数 digit swap
    const ws = wb.worksheets[wb.worksheets.length - 1]; const c = findCol(ws, /^(从业人员数|人口数)/);
    for (const r of dataRows(ws)) { const v = ws.getCell(r, c).value; if (v >= 10 && swapDigits(v) !== v) return [ws, r, c, swapDigits]; }
  },
  grandTotal(wb) { // 汇总 全县合计 党员数 off
    const ws = wb.worksheets[0]; const r = totalRow(ws); const c = findCol(ws, /^党员数$/); return [ws, r, c, v => v + 5];
  },
  qizhongWomen(wb) { // detail row 其中女党员 > 党员数
    const ws = wb.worksheets[1]; const c = findCol(ws, /女/); const cm = findCol(ws, /^(党员数|小计)/);
    for (const r of dataRows(ws)) { const m = ws.getCell(r, cm).value; if (m >= 2) return [ws, r, c, () => m + 3]; }
  },
  growthWrong(wb) { // twoyear: 增长 wrong
    const ws = wb.worksheets[0]; const rows = dataRows(ws); const c = findCol(ws, /增长/); return [ws, rows[1], c, v => Math.round((v + 12.5) * 10) / 10];
  },
  singleJoint(wb) { // 汇总 其中单独组建 changed
    const ws = wb.worksheets[0]; const rows = dataRows(ws); const c = findCol(ws, /单独/); return [ws, rows[0], c, v => v + 1];
  },
  coverRate(wb) { // cover: 覆盖率 wrong (computed from 已建立 instead of 覆盖企业数)
    const ws = wb.worksheets[0]; const rows = dataRows(ws); const c = findCol(ws, /覆盖率/); const cn = findCol(ws, /^企业数$/), cb = findCol(ws, /已建立/);
    for (const r of rows) { const v = Math.round(ws.getCell(r, cb).value / ws.getCell(r, cn).value * 1000) / 10; if (Math.abs(v - ws.getCell(r, c).value) > 0.5) return [ws, r, c, () => v]; }
    return [ws, rows[0], c, v => Math.round((v - 6.1) * 10) / 10];
  },
  coverCount(wb) { // cover: 汇总 覆盖企业数 changed
    const ws = wb.worksheets[0]; const rows = dataRows(ws); const c = findCol(ws, /覆盖企业数/); return [ws, rows[rows.length - 1], c, v => v - 1];
  },
  coverFlip(wb) { // cover: township 是否覆盖 flipped 否→是
    for (const ws of wb.worksheets.slice(1)) { const c = findCol(ws, /是否被/); for (const r of dataRows(ws)) if (txt(ws.getCell(r, c).value) === '否') return [ws, r, c, () => '是']; }
  },
  changeWrong(wb) { // twoyear2: 增减 wrong
    const ws = wb.worksheets[0]; const rows = rowsWhere(ws, (row, r) => r > 3 && typeof row.getCell(2).value === 'number'); return [ws, rows[1], 7, v => v + 10];
  },
  prevYear(wb) { // twoyear2: 2023 党员数 changed (增减 and 合计 disagree)
    const ws = wb.worksheets[0]; const rows = rowsWhere(ws, (row, r) => r > 3 && typeof row.getCell(2).value === 'number'); return [ws, rows[2], 3, v => swapDigits(v)];
  },
  pctRate(wb) { // pctfmt: fraction-stored rate wrong
    const ws = wb.worksheets[0]; const rows = dataRows(ws); const c = findCol(ws, /覆盖率/); return [ws, rows[1], c, v => Math.round((v - 0.05) * 10000) / 10000];
  },
  builtYear(wb) { // twoyear 2024 已建立 changed
    const ws = wb.worksheets[0]; const rows = dataRows(ws); const c = 6; return [ws, rows[0], c, v => v + 1];
  },
};

const plans = {
  ent: ['sumRowCount', 'sheetTotal', 'rateWrong', 'flagFlip', 'digitSwap', 'grandTotal', 'qizhongWomen', 'singleJoint', 'sumRowMembers'],
  org: ['flagFlip', 'sumRowMembers', 'rateWrong', 'sheetTotal', 'digitSwap'],
  village: ['sumRowCount', 'sheetTotal', 'qizhongWomen', 'digitSwap'],
  industry: ['sumRowCount', 'flagFlip', 'rateWrong', 'grandTotal'],
  twoyear: ['growthWrong', 'builtYear', 'sumRowMembers', 'flagFlip', 'rateWrong'],
  fubiao: ['sumRowCount', 'flagFlip', 'sheetTotal', 'digitSwap'],
  cover: ['coverRate', 'coverCount', 'coverFlip', 'sheetTotal'],
  twoyear2: ['changeWrong', 'prevYear'],
  pctfmt: ['pctRate', 'sheetTotal'],
};
const used = {};
(async () => {
  const man = [];
  for (const f of fs.readdirSync(SRC).filter(x => x.endsWith('.xlsx')).sort()) {
    const mode = f.replace(/^.*_(\w+)\.xlsx$/, '$1');
    const list = plans[mode]; used[mode] = (used[mode] || 0); const kind = list[used[mode]++ % list.length];
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(SRC, f));
    const res = KINDS[kind](wb);
    if (!res || !res[1] || !res[2]) { console.log('skip', f, kind); continue; }
    const [ws, r, c, fn] = res; const cell = ws.getCell(r, c); const original = cell.value && cell.value.formula ? cell.value.result : cell.value; const planted = fn(original);
    if (planted === original) { console.log('noop', f, kind); continue; }
    cell.value = planted;
    await wb.xlsx.writeFile(path.join(OUT, f));
    man.push({ file: f, sheet: ws.name, cell: addr(r, c), original, planted, kind });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(man.length, 'plants');
  for (const m of man) console.log(m.file, m.kind, `${m.sheet}!${m.cell}`, m.original, '→', m.planted);
})();
