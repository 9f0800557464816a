const E = require('exceljs');
const fs = require('fs');
const P = [
  // [file, label, col, fn]
  ['c01_menlei', '制造业', 'H', v => +(v + 10).toFixed(1)],
  ['c01_menlei', '采矿业', 'D', v => +(v + 1.2).toFixed(1)],
  ['c01_menlei', '电力、热力、燃气及水生产和供应业', 'G', v => +(v - 2.0).toFixed(1)],
  ['c02_mining', '其他采矿业', 'J', v => -v],
  ['c03_full_dalei', '医药制造业', 'H', v => +(v + 1).toFixed(2)],
  ['c04_size_growth', '中型企业', 'I', v => +(v + 0.5).toFixed(2)],
  ['c06_regtype_yearbook', '股份有限公司', 'B', v => v + 1],
  ['c08_profit_words', '煤炭开采和洗选业', 'D', v => +(v + 3.0).toFixed(1)],
  ['c08_profit_words', '开采专业及辅助性活动', 'D', v => '减亏'],
  ['c09_two_year_block', '总计', 'F', v => +(v + 100).toFixed(1)],
  ['c10_transposed', '亏损面（%）', 'D', v => +(v + 1.0).toFixed(1)],
  ['c11_loss_size', '小型企业', 'D', v => +(v + 0.8).toFixed(1)],
  ['c12_leverage_pp', '采矿业', 'F', v => +(v + 0.5).toFixed(1)],
  ['c13_percapita', '制造业', 'D', v => +(v * 1.1).toFixed(1)],
  ['c15_trade', '零售业', 'H', v => +(v + 5).toFixed(1)],
  ['c16_hotel_turnover', '住宿业', 'C', v => v + 1000],
  ['c17_services', '总计', 'E', v => +(v + 50).toFixed(1)],
  ['c18_construction_city', '佛山市', 'E', v => +(v + 10).toFixed(2)],
  ['c19_construction_regtype', '私营企业', 'D', v => +(v + 2).toFixed(1)],
  ['c20_cities_profit', '宁波市', 'F', v => +(v + 0.3).toFixed(2)],
  ['c22_monthly_cum', '1—6月', 'F', v => +(v - 0.4).toFixed(2)],
  ['c28_cross', '制造业', 'D', v => +(v + 20).toFixed(1)],
  ['c30_manu_codes', '汽车制造业', 'G', v => +(v * 1.2).toFixed(1)],
  ['c31_year_series', '2019年', 'D', v => +(v + 2).toFixed(1)],
  ['c33_retail_goods', '汽车类', 'B', v => +(v + 30).toFixed(1)],
  ['c35_construction_quarter', '三季度', 'E', v => +(v + 5).toFixed(2)],
  ['c36_size_two_year', '大型企业', 'G', v => +(v + 2).toFixed(1)],
  ['c34_loss_regtype', '私营企业', 'F', v => +(v + 1.5).toFixed(1)],
  ['c39_size_micro_qizhong', '小型企业', 'H', v => +(v + 25).toFixed(1)],
  ['c14_recv_inv', '采矿业', 'B', v => { const s = v.toFixed(1); return +(s[1] + s[0] + s.slice(2)); }],
  ['c21_shares', '制造业', 'C', v => +(v - 1.5).toFixed(1)],
  ['c37_flat_hierarchy', '纺织业', 'C', v => v + 15],
  ['c38_selected_qizhong', '制造业', 'D', v => +(v + 40).toFixed(1)],
  ['c40_services_total_bottom', '教育', 'B', v => +(v + 8).toFixed(1)],
];
(async () => {
  const man = [];
  let i = 0;
  for (const [f, label, col, fn] of P) {
    i++;
    const wb = new E.Workbook(); await wb.xlsx.readFile(`clean/${f}.xlsx`);
    const ws = wb.worksheets[0];
    let row = null;
    ws.eachRow((r, n) => { if (row) return; for (const c of [1, 2]) { const v = r.getCell(c).value; if (typeof v === 'string' && v.trim() === label) row = n; } });
    if (!row) throw new Error('no row ' + f + label);
    const cell = ws.getCell(col + row);
    let orig = cell.value; const num = typeof orig === 'string' && /^-?[\d.]+$/.test(orig) ? +orig : orig;
    const nv = fn(num);
    if (nv === num || (typeof nv === 'number' && isNaN(nv))) throw new Error('no change ' + f);
    cell.value = typeof orig === 'string' && typeof nv === 'number' ? String(nv) : nv;
    const name = `p${String(i).padStart(2, '0')}_${f}.xlsx`;
    await wb.xlsx.writeFile('planted/' + name);
    man.push({ file: name, sheet: ws.name, cell: col + row, original: orig, planted: cell.value });
  }
  fs.writeFileSync('planted/manifest.json', JSON.stringify(man, null, 1));
  console.log(man.length);
})().catch(e => { console.error(e); process.exit(1); });
