const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const D = __dirname;
const r1 = x => Math.round(x * 10) / 10, r2 = x => Math.round(x * 100) / 100;
// [src, sheet, cell, fn(orig, ws) -> planted, note]
const plants = [
  ['t01_grouped.xlsx', '乡镇基本情况', 'E3', v => v + 1000, '全县 人口 total +1000'],
  ['t01_grouped.xlsx', '乡镇基本情况', 'E10', (v, ws) => ws.getCell('E9').value + 5000, '其中：经济开发区 人口 > 青山镇'],
  ['t04_flat_first.xlsx', '各乡镇', 'D4', v => v + 300, '全县 户数 +300'],
  ['t05_flat_last.xlsx', '各乡镇', 'F16', v => r1(v + 50), '合计(bottom) 耕地 +50'],
  ['t06_transposed.xlsx', '分乡镇主要指标', 'B6', v => v + 2000, 'transposed 全县 人口 +2000'],
  ['t08_twoyear.xlsx', '户数人口', 'D7', v => r1(v + 10), '户数 增长% +10 pts'],
  ['t08_twoyear.xlsx', '户数人口', 'G8', v => -v === 0 ? 3.3 : r1(-v), '人口 增长% sign flipped'],
  ['t10_villages.xlsx', '青山镇各村', 'D7', v => v + 100, 'village 总人口 +100 (≠男+女)'],
  ['t12_land.xlsx', '耕地', 'C7', (v, ws) => r1(ws.getCell('B7').value + 100), '#水田 > 耕地面积'],
  ['t14_bilingual_noindent.xlsx', '乡镇基本情况', 'E4', v => v + 1000, 'bilingual 全县 人口 +1000'],
  ['t18_twolabel.xlsx', '分类', 'D8', v => v + 1000, '镇 小计 人口 +1000'],
  ['e01_basic.xlsx', '各级各类学校', 'E3', v => v + 500, '总计 在校学生 +500'],
  ['e01_basic.xlsx', '各级各类学校', 'F5', (v, ws) => ws.getCell('F4').value + 20, '其中：民办 教师 > 普通高中'],
  ['e02_basic_ratio.xlsx', '各级各类学校', 'G6', v => r1(v + 6), '生师比 +6'],
  ['e03_basic_bilingual.xlsx', '各级各类学校', 'C4', v => v + 300, 'bilingual 总计 毕业生 +300'],
  ['e05_female.xlsx', '学生与教师', 'D7', v => r1(v + 5), '女生比重 +5 pts'],
  ['e07_twoyear.xlsx', '教育发展', 'D6', v => r1(v + 8), '增长% +8 pts'],
  ['e08_rates.xlsx', '入学率', 'B5', v => r2(v - 3), '入学率 -3 pts (rate in row layout)'],
  ['e12_years.xlsx', '教育历年', 'G4', v => r1(v + 5), '在校学生数 增长% +5 pts'],
  ['e15_ratio_string.xlsx', '义务教育', 'G6', v => r2(v - 4), '巩固率 -4 pts'],
  ['e15_ratio_string.xlsx', '义务教育', 'J7', v => (parseFloat(v) + 5).toFixed(1) + ':1', '生师比 text "x:1" +5'],
  ['e16_types_cols.xlsx', '学校（横排）', 'B7', v => v + 100, 'transposed 合计 在校 +100'],
  ['s03_town.xlsx', '分乡镇体育场地', 'E6', v => r2(v * 2), '人均场地面积 doubled'],
  ['s04_medals.xlsx', '运动员获奖', 'B7', v => v + 2, 'medal row total +2'],
  ['s06_medal_years.xlsx', '历年获奖', 'E5', v => v + 3, 'yearly medal 合计 +3'],
  ['s07_regular.xlsx', '群众体育', 'D5', v => r1(v + 5), '经常锻炼比例 +5 pts'],
  ['s01_venues.xlsx', '主要指标', 'C6', v => r2(v * 1.5), '人均体育场地面积 x1.5 (unit-column layout)'],
  ['s01_venues.xlsx', '体育场地', 'B3', v => v + 20, '体育场地总计 +20'],
  ['s09_venues_twoyear.xlsx', '场地两年', 'D7', v => r1(v + 6), '场地数 增长% +6 pts'],
  ['t19_wan_shares.xlsx', '人口耕地', 'B6', v => r2(v + 1.5), '万人 township pop +1.5'],
  ['e17_twoyear_wan.xlsx', '在校学生', 'D6', v => r1(v + 7), '增长（%） +7 pts'],
];
(async () => {
  const man = [];
  const count = {};
  for (const [src, sh, cell, fn, note] of plants) {
    count[src] = (count[src] || 0) + 1;
    const out = src.replace('.xlsx', `_p${count[src]}.xlsx`);
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(D, 'clean', src));
    const ws = wb.getWorksheet(sh);
    const c = ws.getCell(cell); const orig = c.value; const label = ws.getCell('A' + c.row).value || ws.getCell('B' + c.row).value;
    const planted = fn(orig, ws);
    c.value = planted;
    await wb.xlsx.writeFile(path.join(D, 'planted', out));
    man.push({ file: out, sheet: sh, cell, original: orig, planted, note: note + ` [row label: ${label}]` });
  }
  fs.writeFileSync(path.join(D, 'planted', 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(man.map(m => `${m.file} ${m.cell} ${m.original}->${m.planted} ${m.note}`).join('\n'));
})();
