const ExcelJS = require('exceljs');
const fs = require('fs');
const norm = (s) => String(s).replace(/[\s　]/g, '');
// [file, sheet, rowLabel or null, col, {delta|set|cell}]
const P = [
  ['c01_org_level', '社会组织', '社会组织总数', 'D', { delta: 10 }],
  ['c02_party_cover', '党建覆盖', '社会服务机构', 'D', { set: 72.9 }],
  ['c03_dibao_town', 'Sheet1', '全县合计', 'G', { delta: 100 }],
  ['c04_tekun', '特困供养', '北山乡', 'F', { set: 155.8 }],
  ['c05_yanglao', '养老机构', '临河县', 'G', { set: 29.5 }],
  ['c07_community', '基层组织', '全市', 'E', { delta: 10 }],
  ['c08_target', '目标任务', null, 'F', { row: 3, set: 87.0 }],
  ['c09_cumul', '累计', '结婚登记', 'E', { neg: true }],
  ['c10_dept_subtotal', '预算执行', null, 'D', { row: 5, delta: 100 }],
  ['c11_colnum', '低保对象', '其中：老年人', 'D', { set: 4120 }],
  ['c12_transposed', '历年', '2022年', 'B', { delta: 20 }],
  ['c14_footnotes', '慈善', '其中：具有公开募捐资格②', 'B', { set: 49 }],
  ['c15_deep_header', '分地区', '全市', 'D', { delta: 20 }],
  ['c16_indent', '低保', null, 'D', { row: 10, set: 7.1 }],
  ['c18_quarter', '分季度', '全年', 'D', { set: 41.3 }],
  ['c20_avg', '补差', '合计', 'D', { delta: 60 }],
  ['c21_points', '覆盖率', '合计', 'H', { set: 9.3 }],
  ['c22_blocks', '两年', '城东区', 'H', { set: 7.3 }],
  ['c23_target_dash', '完成情况', '新增护理型床位', 'E', { set: 180.0 }],
  ['c24_funding', '资金来源', '合计', 'F', { delta: 10 }],
  ['c25_coverage', '保障面', '临河县', 'D', { set: 0.69 }],
  ['c26_inspection', '年检', '社会团体', 'F', { set: 98.2 }],
  ['c29_schedule', '进度', '新建社区养老服务站', 'F', { set: 20.0 }],
  ['c33_party_types', '组建方式', '城西区', 'F', { set: 78.9 }],
  ['c34_monthly_cumul', '月度', '全年', 'B', { delta: 10 }],
  ['c35_subtotals', '村居', '乡镇小计', 'C', { delta: 5 }],
  ['c37_pct_format', '进度', '新增养老床位', 'D', { set: 0.87 }],
  ['c39_merged_dept', '资金', null, 'D', { row: 7, delta: 100 }],
  ['c40_stacked', '综合', null, 'C', { row: 15, delta: 100 }],
  ['c42_mixed_change', '指标', '党组织覆盖率（%）', 'B', { set: 84.0 }],
  ['c06_marriage', '婚姻登记', '结婚登记（对）', 'E', { set: 8.1 }],
  ['c27_urban_rural', '城乡养老', '床位利用率（%）', 'C', { set: 80.4 }],
  ['c30_formulas', '高龄津贴', '合计', 'B', { delta: 50, formula: true }],
  ['c13_bilingual', '13-1', null, 'B', { row: 4, delta: 30 }],
];
(async () => {
  const man = [];
  for (const [f, sh, lab, col, o] of P) {
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(`clean/${f}.xlsx`);
    const ws = wb.getWorksheet(sh);
    let row = o.row;
    for (const c of ['A', 'B']) if (!row) ws.eachRow((r, n) => { const v = r.getCell(c).value; if (!row && v && typeof v === 'string' && norm(v) === norm(lab)) row = n; });
    if (!row) throw new Error('no row ' + f + lab);
    const cell = ws.getCell(col + row);
    let orig = cell.value; let isF = false;
    if (orig && typeof orig === 'object' && 'result' in orig) { isF = true; orig = orig.result; }
    if (typeof orig !== 'number') throw new Error(`not number ${f} ${col}${row} ${JSON.stringify(orig)}`);
    let nv = o.set !== undefined ? o.set : o.neg ? -orig : Math.round((orig + o.delta) * 100) / 100;
    if (isF) cell.value = { formula: cell.value.formula, result: nv }; else cell.value = nv;
    const out = `p_${f}.xlsx`;
    await wb.xlsx.writeFile('planted/' + out);
    man.push({ file: out, sheet: sh, cell: col + row, original: orig, planted: nv });
  }
  fs.writeFileSync('planted/manifest.json', JSON.stringify(man, null, 1));
  console.log(man.map((m) => `${m.file} ${m.cell} ${m.original}->${m.planted}`).join('\n'));
})();
