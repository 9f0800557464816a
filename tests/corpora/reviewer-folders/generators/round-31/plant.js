const ExcelJS = require('exceljs');
const fs = require('fs');
const BASE = __dirname;
fs.rmSync(BASE + '/planted', { recursive: true, force: true });
fs.mkdirSync(BASE + '/planted');
const manifest = [];
const val = v => (v && typeof v === 'object' && 'result' in v) ? v.result : v;

// spec: {src, folder, file, sheet, find:(ws)=>address, change:(old)=>new, desc}
async function plant(s) {
  const dst = BASE + '/planted/' + s.folder;
  fs.cpSync(BASE + '/clean/' + s.src, dst, { recursive: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(dst + '/' + s.file);
  const ws = wb.getWorksheet(s.sheet);
  const addr = s.find(ws);
  const old = val(ws.getCell(addr).value);
  const nu = s.change(old);
  if (nu === old) throw new Error('no-op ' + s.folder);
  ws.getCell(addr).value = nu;
  await wb.xlsx.writeFile(dst + '/' + s.file);
  manifest.push({ folder: s.folder, src: s.src, file: s.file, sheet: s.sheet, cell: addr, original: old, planted: nu, desc: s.desc });
}
const rowByLabel = (ws, label, col = 1) => { let r0 = null; ws.eachRow((row, r) => { const v = row.getCell(col).value; if (r0 === null && typeof v === 'string' && v.trim().replace(/^　/, '') === label) r0 = r; }); if (!r0) throw new Error('no row ' + label); return r0; };
const nthRowByLabel = (ws, label, n) => { const rs = []; ws.eachRow((row, r) => { const v = row.getCell(1).value; if (typeof v === 'string' && v.trim() === label) rs.push(r); }); return rs[n]; };
// n-th ledger data row having a numeric 党员数 in column col with value >= min
const ledgerRow = (ws, col, pred) => { let r0 = null; ws.eachRow((row, r) => { const v = row.getCell(col).value; if (r0 === null && r > 3 && typeof v === 'number' && typeof row.getCell(1).value === 'number' && pred(v, r)) r0 = r; }); return r0; };

async function main() {
  await plant({ src: 'citya_hengchuan', folder: 'citya-p1', file: '衡川市非公企业党建汇总.xlsx', sheet: '全市汇总', find: ws => 'G' + rowByLabel(ws, '桃城区'), change: v => v + 10, desc: 'city row 桃城区 党员数 +10' });
  await plant({ src: 'citya_hengchuan', folder: 'citya-p2', file: '安平县非公企业党建统计.xlsx', sheet: '汇总', find: ws => 'F' + rowByLabel(ws, '马店镇'), change: v => Math.round((v + 10) * 10) / 10 > 100 ? Math.round((v - 10) * 10) / 10 : Math.round((v + 10) * 10) / 10, desc: 'coverage rate mistyped ±10' });
  await plant({ src: 'citya_hengchuan', folder: 'citya-p3', file: '饶阳.xlsx', sheet: '台账', find: ws => 'G' + ledgerRow(ws, 7, v => v >= 5), change: v => v + 9, desc: 'ledger 党员数 +9 (summary disagrees; no 地区 column match expected)' });
  await plant({ src: 'cityb_linze', folder: 'cityb-p1', file: '临泽县.xlsx', sheet: '台账', find: ws => 'H' + ledgerRow(ws, 8, (v, r) => v >= 4 && r > 10), change: v => v + 6, desc: 'ledger 党员数 +6 (所属乡镇 header)' });
  await plant({ src: 'cityb_linze', folder: 'cityb-p2', file: '山丹县.xlsx', sheet: '汇总', find: ws => 'B' + rowByLabel(ws, '位奇镇'), change: v => v + 1, desc: 'town 企业数 +1 vs ledger & total' });
  await plant({ src: 'cityb_linze', folder: 'cityb-p3', file: '临泽市两新组织党建汇总表.xlsx', sheet: 'Sheet1', find: ws => 'C' + rowByLabel(ws, '高台'), change: v => v - 2, desc: 'city row 高台 已建党组织企业数 -2' });
  await plant({ src: 'cityc_pingyuan', folder: 'cityc-p1', file: '平原市汇总（年初年末）.xlsx', sheet: '汇总', find: ws => 'F' + rowByLabel(ws, '夏津'), change: v => v + 3, desc: 'city 年末 企业数 夏津 +3' });
  await plant({ src: 'cityc_pingyuan', folder: 'cityc-p2', file: '武城县.xlsx', sheet: '汇总', find: ws => 'M' + rowByLabel(ws, '合计'), change: v => v - 20, desc: 'county 年末 党员数 total -20' });
  await plant({ src: 'cityd_qinghe', folder: 'cityd-p1', file: '威县.xlsx', sheet: '社会组织汇总', find: ws => 'G' + rowByLabel(ws, '梨园屯镇'), change: v => v + 4, desc: 'social-org town 党员数 +4' });
  await plant({ src: 'cityd_qinghe', folder: 'cityd-p2', file: '清河市两新组织党建汇总.xlsx', sheet: '社会组织', find: ws => 'B' + rowByLabel(ws, '临西'), change: v => v + 2, desc: 'city social-org row 临西 数 +2' });
  await plant({ src: 'citye_dongyang', folder: 'citye-p1', file: '东阳市汇总.xlsx', sheet: '汇总', find: ws => 'G' + rowByLabel(ws, '磐安县'), change: v => v - 1, desc: 'city 2024 已建 磐安县 -1' });
  await plant({ src: 'citye_dongyang', folder: 'citye-p2', file: '武义县.xlsx', sheet: '汇总', find: ws => 'I' + rowByLabel(ws, '其中：规模以上企业'), change: v => v + 7, desc: '其中规上 2024 党员数 +7 vs partial ledger' });
  await plant({ src: 'cityf_nanhe', folder: 'cityf-p1', file: '隆尧县.xlsx', sheet: '企业台账', find: ws => 'G' + ledgerRow(ws, 7, (v, r) => v >= 3 && r > 8), change: v => v + 5, desc: 'ledger 党员数 +5 (乡镇（街道） header, merged towns)' });
  await plant({ src: 'cityf_nanhe', folder: 'cityf-p2', file: '任泽区.xlsx', sheet: '汇总表', find: ws => 'F' + rowByLabel(ws, '邢家湾镇'), change: v => { const s = v.toFixed(2); const t = s.length >= 5 ? s.slice(0, -2) + s.slice(-1) + s.slice(-2, -1) : s; return +t === v ? Math.round((v - 5) * 100) / 100 : +t; }, desc: 'coverage rate digits transposed' });
  await plant({ src: 'cityd_qinghe', folder: 'cityd-p3', file: '临西县.xlsx', sheet: '非公企业台账', find: ws => 'G' + ledgerRow(ws, 7, (v, r) => v >= 3 && r > 9), change: v => v + 3, desc: 'enterprise ledger 党员数 +3 (所属乡镇)' });
  await plant({ src: 'cityf_nanhe', folder: 'cityf-p4', file: '柏乡县.xlsx', sheet: '企业台账', find: ws => { let r0 = null; ws.eachRow((row, r) => { if (!r0 && r > 6 && row.getCell(9).value === '联合建立') r0 = r; }); return 'H' + r0; }, change: v => '否', desc: 'ledger 是否建立党组织 是->否 on a 联合建立 row' });
  await plant({ src: 'cityf_nanhe', folder: 'cityf-p3', file: '柏乡县.xlsx', sheet: '汇总表', find: ws => 'E' + rowByLabel(ws, '固城店镇'), change: v => v + 1, desc: 'town 联合建立 +1 (已建 no longer = 单独+联合)' });
  fs.writeFileSync(BASE + '/planted/manifest.json', JSON.stringify(manifest, null, 1));
  console.log(manifest.map(m => JSON.stringify(m)).join('\n'));
}
main().catch(e => { console.error(e); process.exit(1); });
