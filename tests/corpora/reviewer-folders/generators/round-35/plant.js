// Copies clean folders and plants ONE changed figure in each copy; writes planted/manifest.json
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');
const fs = require('fs');
const path = require('path');
const layout = require('./layout.json');
const CLEAN = path.join(__dirname, 'clean'), PL = path.join(__dirname, 'planted');

// spec: id, src folder, file, sheet, row label (or '#seq' for ledger rows), col key, fn(original)->planted
const plants = [
  ['p01_county_total', 'f01_basic', '江北区非公党建统计表（2024年）.xlsx', '汇总', '合计', 'n', v => v + 1],
  ['p02_city_county_row', 'f01_basic', '临江市非公党建汇总表（2024年）.xlsx', '全市汇总', '青山县', 'members', v => v + 7],
  ['p03_ledger_members', 'f01_basic', '白水县非公党建统计表（2024年）.xlsx', '台账', '#7', 'members', v => v + 3],
  ['p04_ledger_built_flag', 'f02_mixed_csv', '城西区非公党建统计表.xlsx', '明细', 'FIRST_BUILT', 'built', v => '否'],
  ['p05_gbk_csv_rate', 'f02_mixed_csv', '桃源县非公党建统计表.csv', '桃源县非公党建统计表', 'TOWN2', 'rate', v => (Number(v) + 6).toFixed(1)],
  ['p06_csv_city_built', 'f02_mixed_csv', '全市汇总.csv', '全市汇总', '城东区', 'built', v => Number(v) + 2],
  ['p07_city_2023_col', 'f03_two_years', '全市非公党建2023-2024对比表.xlsx', '全市汇总', '河东区', 'pn', v => v + 5],
  ['p08_total_top_members', 'f04_totals_top', '石门县统计表.xlsx', '汇总', '合计', 'members', v => v - 10],
  ['p09_ledger_wb_members', 'f04_totals_top', '安宁县非公企业和社会组织党组织台账.xlsx', '台账', '#12', 'members', v => v + 5],
  ['p10_city_zone_row', 'f05_name_variants_zone', '东州市非公党建汇总表.xlsx', '全市汇总', '其中：江北经济开发区', 'n', v => v + 3],
  ['p11_town_single', 'f05_name_variants_zone', '临河市非公党建统计表.xlsx', '汇总', 'TOWN3', 'single', v => v + 1],
  ['p12_pct_town_rate', 'f06_pct_format', '南山区非公党建.xlsx', '汇总', 'TOWN2', 'rate', v => Math.round((v + 0.05) * 10000) / 10000],
  ['p13_pct_city_rate', 'f06_pct_format', '全市非公党建汇总.xlsx', '全市汇总', '东山区', 'rate', v => Math.round((v - 0.04) * 10000) / 10000],
  ['p14_gbk_city_members', 'f07_gbk_zone_lastyear', '全市非公党建汇总表.csv', '全市非公党建汇总表', '滨海县', 'members', v => Number(v) + 4],
  ['p15_city_top_n', 'f08_large', '全市汇总（报市委）.xlsx', '全市汇总', '长海县', 'n', v => v - 2],
  ['p16_part_gt_whole', 'f08_large', '旅顺口区.xlsx', '汇总', 'TOWN1', 'single', v => v + 40],
  ['p17_zone_in_county', 'f07_gbk_zone_lastyear', '滨海县非公党建统计表（2024年）.xlsx', '汇总', '滨海临港开发区', 'members', v => v + 6],
  ['p18_ledger_members_hdr_ok', 'f06_pct_format', '东山区非公党建.xlsx', '明细', '#9', 'members', v => v + 4],
  ['p19_ledger_flag_hdr_ok', 'f06_pct_format', '北湖县非公党建.xlsx', '明细', 'FIRST_BUILT', 'built', v => '否'],
  ['p20_city_2024_col', 'f03_two_years', '全市非公党建2023-2024对比表.xlsx', '全市汇总', '河西区', 'members', v => v + 9],
];

function parseCsv(txt) { // simple CSV (no embedded newlines in our data)
  return txt.replace(/\r\n$/, '').split('\r\n').map(line => { const out = []; let cur = '', q = false; for (let i = 0; i < line.length; i++) { const ch = line[i]; if (q) { if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = false; else cur += ch; } else if (ch === '"') q = true; else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch; } out.push(cur); return out; });
}
function csvEsc(v) { v = String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }

async function main() {
  fs.rmSync(PL, { recursive: true, force: true }); fs.mkdirSync(PL);
  const manifest = [];
  for (const [id, src, file, sheet, rowKey, colKey, fn] of plants) {
    fs.cpSync(path.join(CLEAN, src), path.join(PL, id), { recursive: true });
    const L = layout[src][file][sheet];
    if (!L) throw new Error('no layout ' + id);
    const labels = Object.keys(L.rows);
    const col = L.cols[colKey];
    const p = path.join(PL, id, file);
    let row;
    if (rowKey.startsWith('TOWN')) row = L.rows[labels.filter(l => l !== '合计' && !l.includes('合计'))[Number(rowKey.slice(4)) - 1]];
    else if (rowKey !== 'FIRST_BUILT') row = L.rows[rowKey];
    let original, planted;
    if (file.endsWith('.csv')) {
      const buf = fs.readFileSync(p);
      const gbk = !buf.toString('utf8').includes('单位') ;
      let txt = gbk ? iconv.decode(buf, 'gbk') : buf.toString('utf8');
      const bom = txt.startsWith('\ufeff'); if (bom) txt = txt.slice(1);
      const rows = parseCsv(txt);
      const ci = col.charCodeAt(0) - 65;
      original = rows[row - 1][ci]; planted = fn(original); rows[row - 1][ci] = String(planted);
      const out = rows.map(r => r.map(csvEsc).join(',')).join('\r\n') + '\r\n';
      fs.writeFileSync(p, gbk ? iconv.encode(out, 'gbk') : (bom ? '\ufeff' : '') + out);
    } else {
      const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(p);
      const ws = wb.getWorksheet(sheet);
      if (rowKey === 'FIRST_BUILT') { for (let r = 3; r <= ws.rowCount; r++) if (ws.getCell(col + r).value === '是') { row = r; break; } }
      const cell = ws.getCell(col + row);
      original = cell.value; planted = fn(original); cell.value = planted;
      await wb.xlsx.writeFile(p);
    }
    manifest.push({ folder: id, file, sheet, cell: col + row, original, planted });
  }
  fs.writeFileSync(path.join(PL, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(manifest.map(m => JSON.stringify(m)).join('\n'));
}
main().catch(e => { console.error(e); process.exit(1); });
