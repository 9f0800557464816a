// Generator for round44a: Excel-style workbooks (formulas with cached results, SUBTOTAL,
// outlines, hidden rows/cols, number formats, text numbers, comments, frozen panes, multi-sheet).
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes files/ (clean and planted twins) and manifest.json under the folder given (default /tmp/round44a); the
// corpus keeps the clean files that statlint checks. Round 44 (Excel-saved tables), by an outside tester.
const ROOT = process.argv[2] || '/tmp/round44a';
const OUT = path.join(ROOT, 'files');
fs.mkdirSync(OUT, { recursive: true });

function R(x, d) { // Excel ROUND: half away from zero
  const f = Math.pow(10, d);
  return Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9) / f;
}
const TOWNS = ['城关镇', '东关镇', '西河镇', '南山乡', '北岭乡', '石桥镇', '柳林乡', '马坊镇', '高庄乡'];
const sum = a => a.reduce((s, v) => s + v, 0);
const col = i => String.fromCharCode(64 + i);
function title(ws, text, lastCol, unit) {
  ws.mergeCells(`A1:${lastCol}1`);
  ws.getCell('A1').value = text;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  if (unit) { ws.getCell(`A2`).value = unit; }
}
function F(formula, result) { return { formula, result }; }

const builders = {};

// 1. basic coverage table, ROUND(C/B*100,1), total row at bottom
builders.cov_basic = (wb) => {
  const ws = wb.addWorksheet('覆盖情况');
  title(ws, '某县非公有制企业党组织覆盖情况统计表', 'D', '单位：个、%');
  ws.getRow(3).values = ['乡镇', '企业数', '已建立党组织企业数', '覆盖率(%)'];
  const B = [126, 84, 57, 43, 38, 95, 29, 61, 47];
  const C = [108, 70, 46, 35, 30, 81, 22, 50, 39];
  TOWNS.forEach((t, i) => {
    const r = 4 + i;
    ws.getCell(`A${r}`).value = t;
    ws.getCell(`B${r}`).value = B[i];
    ws.getCell(`C${r}`).value = C[i];
    ws.getCell(`D${r}`).value = F(`ROUND(C${r}/B${r}*100,1)`, R(C[i] / B[i] * 100, 1));
    ws.getCell(`D${r}`).numFmt = '0.0';
  });
  ws.getCell('A13').value = '合计';
  ws.getCell('B13').value = F('SUM(B4:B12)', sum(B));
  ws.getCell('C13').value = F('SUM(C4:C12)', sum(C));
  ws.getCell('D13').value = F('ROUND(C13/B13*100,1)', R(sum(C) / sum(B) * 100, 1));
  ws.getCell('D13').numFmt = '0.0';
  ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 1 }];
};

// 2. rate stored as fraction, 0.0% format, unrounded (C/B)
builders.cov_frac_pct = (wb) => {
  const ws = wb.addWorksheet('Sheet1');
  title(ws, '2024年全县非公企业党的组织覆盖情况', 'E', '单位：个');
  ws.getRow(3).values = ['序号', '乡镇（街道）', '非公企业数', '已建党组织企业数', '党组织覆盖率'];
  const B = [212, 158, 77, 64, 91, 133, 48, 55, 102];
  const C = [181, 140, 60, 49, 80, 111, 36, 47, 90];
  TOWNS.forEach((t, i) => {
    const r = 4 + i;
    ws.getRow(r).values = [i + 1, t, B[i], C[i]];
    ws.getCell(`E${r}`).value = F(`D${r}/C${r}`, C[i] / B[i]);
    ws.getCell(`E${r}`).numFmt = '0.0%';
  });
  ws.getCell('B13').value = '全县合计';
  ws.getCell('C13').value = F('SUM(C4:C12)', sum(B));
  ws.getCell('D13').value = F('SUM(D4:D12)', sum(C));
  ws.getCell('E13').value = F('D13/C13', sum(C) / sum(B));
  ws.getCell('E13').numFmt = '0.0%';
  ws.views = [{ state: 'frozen', ySplit: 3 }];
};

// 3. rate *100 unrounded, shown with 0.0 format (33.3333 shown 33.3)
builders.cov_raw_decimals = (wb) => {
  const ws = wb.addWorksheet('党组织覆盖');
  title(ws, '非公有制企业党组织覆盖率（按行业）', 'D', '单位：个、%');
  ws.getRow(3).values = ['行业', '企业数', '已建立党组织的企业数', '覆盖率'];
  const inds = ['制造业', '建筑业', '批发和零售业', '交通运输业', '住宿和餐饮业', '信息技术服务业'];
  const B = [90, 45, 120, 33, 60, 21];
  const C = [30, 29, 77, 11, 20, 7];
  inds.forEach((t, i) => {
    const r = 4 + i;
    ws.getRow(r).values = [t, B[i], C[i]];
    ws.getCell(`D${r}`).value = F(`C${r}/B${r}*100`, C[i] / B[i] * 100);
    ws.getCell(`D${r}`).numFmt = '0.0';
  });
  ws.getCell('A10').value = '合计';
  ws.getCell('B10').value = F('SUM(B4:B9)', sum(B));
  ws.getCell('C10').value = F('SUM(C4:C9)', sum(C));
  ws.getCell('D10').value = F('C10/B10*100', sum(C) / sum(B) * 100);
  ws.getCell('D10').numFmt = '0.0';
};

// 4. SUBTOTAL(9) groups with outline: town subtotal + villages/parks detail
const GROUPS = [
  ['城关镇', [['城东社区', 23, 19], ['城西社区', 31, 27], ['工业园区', 48, 41]]],
  ['西河镇', [['西河村', 12, 9], ['河湾村', 8, 6], ['商贸街', 17, 13], ['物流园', 21, 18]]],
  ['南山乡', [['南山村', 6, 4], ['茶园村', 9, 7]]],
  ['石桥镇', [['石桥村', 14, 10], ['新街社区', 19, 16], ['建材园', 26, 22]]],
];
builders.cov_subtotal_outline = (wb) => {
  const ws = wb.addWorksheet('分乡镇');
  title(ws, '非公企业党组织覆盖情况（分乡镇、分片区）', 'D', '单位：个、%');
  ws.getRow(3).values = ['单位', '企业数', '已建党组织企业数', '覆盖率(%)'];
  let r = 4;
  const subRows = [];
  let allB = 0, allC = 0;
  for (const [town, items] of GROUPS) {
    const first = r + 1, last = r + items.length;
    const b = sum(items.map(x => x[1])), c = sum(items.map(x => x[2]));
    allB += b; allC += c;
    ws.getCell(`A${r}`).value = town + '小计';
    ws.getCell(`B${r}`).value = F(`SUBTOTAL(9,B${first}:B${last})`, b);
    ws.getCell(`C${r}`).value = F(`SUBTOTAL(9,C${first}:C${last})`, c);
    ws.getCell(`D${r}`).value = F(`ROUND(C${r}/B${r}*100,1)`, R(c / b * 100, 1));
    ws.getRow(r).font = { bold: true };
    subRows.push(r);
    r++;
    for (const [n, bb, cc] of items) {
      ws.getCell(`A${r}`).value = '  ' + n;
      ws.getCell(`B${r}`).value = bb;
      ws.getCell(`C${r}`).value = cc;
      ws.getCell(`D${r}`).value = F(`ROUND(C${r}/B${r}*100,1)`, R(cc / bb * 100, 1));
      ws.getRow(r).outlineLevel = 1;
      r++;
    }
  }
  ws.getCell(`A${r}`).value = '总计';
  ws.getCell(`B${r}`).value = F(`SUBTOTAL(9,B4:B${r - 1})`, allB);
  ws.getCell(`C${r}`).value = F(`SUBTOTAL(9,C4:C${r - 1})`, allC);
  ws.getCell(`D${r}`).value = F(`ROUND(C${r}/B${r}*100,1)`, R(allC / allB * 100, 1));
  ws.properties.outlineProperties = { summaryBelow: false };
};

// 5. same outline but collapsed (detail rows hidden) - grand total as sum of subtotal rows
builders.cov_subtotal_collapsed = (wb) => {
  const ws = wb.addWorksheet('汇总');
  title(ws, '非公企业党组织覆盖情况（已折叠明细）', 'D', '单位：个、%');
  ws.getRow(3).values = ['单位', '企业数', '已建党组织企业数', '覆盖率(%)'];
  let r = 4; const subs = []; let allB = 0, allC = 0;
  for (const [town, items] of GROUPS) {
    const first = r, last = r + items.length - 1;
    for (const [n, bb, cc] of items) {
      ws.getRow(r).values = [n, bb, cc];
      ws.getCell(`D${r}`).value = F(`ROUND(C${r}/B${r}*100,1)`, R(cc / bb * 100, 1));
      ws.getRow(r).outlineLevel = 1; ws.getRow(r).hidden = true;
      r++;
    }
    const b = sum(items.map(x => x[1])), c = sum(items.map(x => x[2]));
    allB += b; allC += c;
    ws.getCell(`A${r}`).value = town + ' 汇总';
    ws.getCell(`B${r}`).value = F(`SUBTOTAL(9,B${first}:B${last})`, b);
    ws.getCell(`C${r}`).value = F(`SUBTOTAL(9,C${first}:C${last})`, c);
    ws.getCell(`D${r}`).value = F(`ROUND(C${r}/B${r}*100,1)`, R(c / b * 100, 1));
    subs.push(r); r++;
  }
  ws.getCell(`A${r}`).value = '总计';
  ws.getCell(`B${r}`).value = F(`SUBTOTAL(9,B4:B${r - 1})`, allB);
  ws.getCell(`C${r}`).value = F(`SUBTOTAL(9,C4:C${r - 1})`, allC);
  ws.getCell(`D${r}`).value = F(`ROUND(C${r}/B${r}*100,1)`, R(allC / allB * 100, 1));
};

// 6. hidden rows of closed enterprises' townships still counted in SUM
builders.cov_hidden_rows_counted = (wb) => {
  const ws = wb.addWorksheet('覆盖统计');
  title(ws, '非公企业党组织覆盖（含已撤并乡镇）', 'D', '单位：个、%');
  ws.getRow(3).values = ['乡镇', '企业数', '已建立党组织企业数', '覆盖率(%)'];
  const rows = [['城关镇', 140, 121], ['东关镇', 66, 52], ['原红旗乡（已撤并）', 11, 8], ['西河镇', 73, 60],
    ['原新集乡（已撤并）', 7, 5], ['南山乡', 39, 31], ['北岭乡', 44, 33]];
  rows.forEach(([n, b, c], i) => {
    const r = 4 + i;
    ws.getRow(r).values = [n, b, c];
    ws.getCell(`D${r}`).value = F(`ROUND(C${r}/B${r}*100,1)`, R(c / b * 100, 1));
    if (n.includes('撤并')) ws.getRow(r).hidden = true;
  });
  const B = sum(rows.map(x => x[1])), C = sum(rows.map(x => x[2]));
  ws.getRow(11).values = ['合计', F('SUM(B4:B10)', B), F('SUM(C4:C10)', C), F('ROUND(C11/B11*100,1)', R(C / B * 100, 1))];
};

// 7. SUBTOTAL(109) with manually hidden rows -> total of visible rows only
builders.ledger_subtotal109 = (wb) => {
  const ws = wb.addWorksheet('在册企业');
  title(ws, '在册非公企业党组织情况（隐藏已注销企业）', 'D', '单位：个');
  ws.getRow(3).values = ['乡镇', '企业数', '已建立党组织企业数', '状态'];
  const rows = [['城关镇', 88, 71, '在册'], ['东关镇', 45, 37, '在册'], ['东关镇', 3, 1, '注销'], ['西河镇', 52, 44, '在册'],
    ['西河镇', 5, 2, '注销'], ['南山乡', 27, 20, '在册'], ['北岭乡', 31, 26, '在册'], ['北岭乡', 2, 0, '注销']];
  rows.forEach((x, i) => { ws.getRow(4 + i).values = x; if (x[3] === '注销') ws.getRow(4 + i).hidden = true; });
  const vis = rows.filter(x => x[3] === '在册');
  ws.getRow(12).values = ['合计（在册）', F('SUBTOTAL(109,B4:B11)', sum(vis.map(x => x[1]))), F('SUBTOTAL(109,C4:C11)', sum(vis.map(x => x[2])))];
  ws.getCell('A14').value = '注：合计行使用SUBTOTAL(109)，不含已隐藏的注销企业。';
};

// 8. filtered ledger: autofilter, SUBTOTAL(9) over filtered range
builders.ledger_autofilter = (wb) => {
  const ws = wb.addWorksheet('台账');
  ws.getRow(1).values = ['企业名称', '所在乡镇', '从业人员', '党员数', '是否建立党组织'];
  const data = [
    ['华兴机械有限公司', '城关镇', 120, 9, '是'], ['宏达建材厂', '西河镇', 45, 2, '否'], ['绿源农业合作社', '南山乡', 30, 3, '是'],
    ['金星物流有限公司', '城关镇', 76, 5, '是'], ['顺发商贸', '东关镇', 18, 0, '否'], ['博远科技', '城关镇', 64, 7, '是'],
    ['盛泰纺织', '石桥镇', 210, 14, '是'], ['鑫源餐饮', '东关镇', 25, 1, '否'], ['恒通汽修', '西河镇', 15, 3, '是'],
  ];
  data.forEach((d, i) => { ws.getRow(2 + i).values = d; if (d[4] !== '是') ws.getRow(2 + i).hidden = true; });
  ws.autoFilter = 'A1:E10';
  const vis = data.filter(d => d[4] === '是');
  ws.getRow(12).values = ['筛选合计', null, F('SUBTOTAL(9,C2:C10)', sum(vis.map(d => d[2]))), F('SUBTOTAL(9,D2:D10)', sum(vis.map(d => d[3])))];
  ws.views = [{ state: 'frozen', ySplit: 1 }];
};

// 9. hidden helper column (上年企业数) used by growth rate
builders.cov_hidden_helper_col = (wb) => {
  const ws = wb.addWorksheet('增长情况');
  title(ws, '非公企业数及党组织覆盖增长情况', 'F', '单位：个、%');
  ws.getRow(3).values = ['乡镇', '上年企业数', '本年企业数', '已建党组织企业数', '覆盖率(%)', '企业数增长(%)'];
  const P = [118, 80, 60, 41, 40, 90, 30, 58, 45];
  const B = [126, 84, 57, 43, 38, 95, 29, 61, 47];
  const C = [108, 70, 46, 35, 30, 81, 22, 50, 39];
  TOWNS.forEach((t, i) => {
    const r = 4 + i;
    ws.getRow(r).values = [t, P[i], B[i], C[i], F(`ROUND(D${r}/C${r}*100,1)`, R(C[i] / B[i] * 100, 1)), F(`ROUND((C${r}-B${r})/B${r}*100,1)`, R((B[i] - P[i]) / P[i] * 100, 1))];
  });
  const r = 13;
  ws.getRow(r).values = ['合计', F('SUM(B4:B12)', sum(P)), F('SUM(C4:C12)', sum(B)), F('SUM(D4:D12)', sum(C)),
    F('ROUND(D13/C13*100,1)', R(sum(C) / sum(B) * 100, 1)), F('ROUND((C13-B13)/B13*100,1)', R((sum(B) - sum(P)) / sum(P) * 100, 1))];
  ws.getColumn(2).hidden = true;
};

// 10. two periods, 增减 and 增长率, with 0.0 format unrounded
builders.township_change = (wb) => {
  const ws = wb.addWorksheet('乡镇基本情况');
  title(ws, '各乡镇常住人口变动情况', 'E', '单位：人、%');
  ws.getRow(3).values = ['乡镇', '2023年末', '2024年末', '增减', '增长率'];
  const A = [41235, 18760, 15422, 9870, 8123, 21450, 6633, 12011, 10320];
  const Bv = [41890, 18512, 15230, 9702, 8050, 21877, 6490, 12106, 10188];
  TOWNS.forEach((t, i) => {
    const r = 4 + i;
    ws.getRow(r).values = [t, A[i], Bv[i], F(`C${r}-B${r}`, Bv[i] - A[i]), F(`(C${r}-B${r})/B${r}*100`, (Bv[i] - A[i]) / A[i] * 100)];
    ws.getCell(`E${r}`).numFmt = '0.0';
    ws.getCell(`B${r}`).numFmt = '#,##0'; ws.getCell(`C${r}`).numFmt = '#,##0';
  });
  const sa = sum(A), sb = sum(Bv);
  ws.getRow(13).values = ['全县', F('SUM(B4:B12)', sa), F('SUM(C4:C12)', sb), F('C13-B13', sb - sa), F('(C13-B13)/B13*100', (sb - sa) / sa * 100)];
  ws.getCell('E13').numFmt = '0.0';
  ws.getCell('B13').numFmt = '#,##0'; ws.getCell('C13').numFmt = '#,##0';
};

// 11. township basics: 户数, 人口, 其中 男, 女
builders.township_pop = (wb) => {
  const ws = wb.addWorksheet('人口');
  title(ws, '各乡镇户数和人口', 'E', '单位：户、人');
  ws.getRow(3).values = ['乡镇', '户数', '总人口', '其中：男', '女'];
  const H = [13210, 6022, 5110, 3301, 2790, 7012, 2215, 4010, 3470];
  const M = [21120, 9601, 7890, 5012, 4150, 11010, 3420, 6150, 5280];
  const W = [20770, 8911, 7340, 4690, 3900, 10867, 3070, 5956, 4908];
  TOWNS.forEach((t, i) => {
    const r = 4 + i;
    ws.getRow(r).values = [t, H[i], F(`D${r}+E${r}`, M[i] + W[i]), M[i], W[i]];
  });
  ws.getRow(13).values = ['合计', F('SUM(B4:B12)', sum(H)), F('SUM(C4:C12)', sum(M) + sum(W)), F('SUM(D4:D12)', sum(M)), F('SUM(E4:E12)', sum(W))];
  ws.getCell('C3').note = '总人口=男+女，公式计算';
};

// 12. schools: 合计 = 小学+初中+高中, 其中 民办 (columns)
builders.schools = (wb) => {
  const ws = wb.addWorksheet('学校');
  title(ws, '各乡镇学校数', 'F', '单位：所');
  ws.getRow(3).values = ['乡镇', '学校合计', '小学', '初中', '高中', '其中：民办学校'];
  const P = [8, 4, 3, 2, 2, 5, 1, 3, 2], J = [3, 1, 1, 1, 1, 2, 1, 1, 1], S = [2, 0, 0, 0, 0, 1, 0, 1, 0];
  const MB = [2, 1, 0, 0, 0, 1, 0, 1, 0];
  TOWNS.forEach((t, i) => {
    const r = 4 + i;
    ws.getRow(r).values = [t, F(`SUM(C${r}:E${r})`, P[i] + J[i] + S[i]), P[i], J[i], S[i], MB[i]];
  });
  ws.getRow(13).values = ['全县', F('SUM(B4:B12)', sum(P) + sum(J) + sum(S)), F('SUM(C4:C12)', sum(P)), F('SUM(D4:D12)', sum(J)), F('SUM(E4:E12)', sum(S)), F('SUM(F4:F12)', sum(MB))];
};

// 13. hospitals: vertical hierarchy with 其中
builders.hospitals = (wb) => {
  const ws = wb.addWorksheet('医疗卫生机构');
  title(ws, '全县医疗卫生机构、床位和人员数', 'D', '');
  ws.getRow(2).values = ['指标', '机构数(个)', '床位数(张)', '卫生技术人员(人)'];
  const hosp = [[2, 620, 710], [3, 180, 150]]; // 公立, 民营
  const base = [[12, 360, 280], [188, 0, 210], [9, 0, 36]]; // 乡镇卫生院, 村卫生室, 诊所
  const pub = [[1, 80, 95]]; // 专业公共卫生机构: 疾控中心
  const pub2 = [1, 0, 40];    // 妇幼保健(无床) - actually make it: 妇幼保健院 1,40,60
  const pubs = [[1, 0, 45], [1, 40, 60]];
  const rows = [];
  const hs = [0, 1, 2].map(k => hosp[0][k] + hosp[1][k]);
  const bs = [0, 1, 2].map(k => sum(base.map(x => x[k])));
  const ps = [0, 1, 2].map(k => sum(pubs.map(x => x[k])));
  const tot = [0, 1, 2].map(k => hs[k] + bs[k] + ps[k]);
  rows.push(['总计', ...tot.map((v, k) => F(`${col(k + 2)}4+${col(k + 2)}7+${col(k + 2)}11`, v))]);
  rows.push(['医院', ...hs.map((v, k) => F(`${col(k + 2)}5+${col(k + 2)}6`, v))]);
  rows.push(['  其中：公立医院', ...hosp[0]]);
  rows.push(['        民营医院', ...hosp[1]]);
  rows.push(['基层医疗卫生机构', ...bs.map((v, k) => F(`SUM(${col(k + 2)}8:${col(k + 2)}10)`, v))]);
  rows.push(['  其中：乡镇卫生院', ...base[0]]);
  rows.push(['        村卫生室', ...base[1]]);
  rows.push(['        诊所、医务室', ...base[2]]);
  rows.push(['专业公共卫生机构', ...ps.map((v, k) => F(`SUM(${col(k + 2)}12:${col(k + 2)}13)`, v))]);
  rows.push(['  其中：疾病预防控制中心', ...pubs[0]]);
  rows.push(['        妇幼保健院', ...pubs[1]]);
  rows.forEach((x, i) => { ws.getRow(3 + i).values = x; });
};

// 14. text-formatted numbers (numFmt '@', string values), total is typed (no formula)
builders.text_numbers = (wb) => {
  const ws = wb.addWorksheet('上报表');
  title(ws, '非公企业党组织覆盖情况（下级上报，文本格式）', 'D', '单位：个、%');
  ws.getRow(3).values = ['乡镇', '企业数', '已建立党组织企业数', '覆盖率(%)'];
  const B = [64, 37, 52, 29, 41, 18], C = [51, 30, 40, 21, 33, 12];
  const names = TOWNS.slice(0, 6);
  names.forEach((t, i) => {
    const r = 4 + i;
    ws.getCell(`A${r}`).value = t;
    for (const [c, v] of [['B', String(B[i])], ['C', String(C[i])], ['D', R(C[i] / B[i] * 100, 1).toFixed(1)]]) {
      ws.getCell(`${c}${r}`).value = v; ws.getCell(`${c}${r}`).numFmt = '@';
    }
  });
  ws.getCell('A10').value = '合计';
  ws.getCell('B10').value = sum(B); ws.getCell('C10').value = sum(C);
  ws.getCell('D10').value = R(sum(C) / sum(B) * 100, 1);
  ws.getCell('B4').note = '数据来源：乡镇组织办上报（文本格式）';
};

// 15. multi-sheet: 汇总 + 明细 + 说明; 汇总 references 明细
const DETAIL = [
  ['城关镇', '华兴机械有限公司', 1], ['城关镇', '金星物流有限公司', 1], ['城关镇', '博远科技', 1], ['城关镇', '德丰食品', 0],
  ['东关镇', '顺发商贸', 0], ['东关镇', '鑫源餐饮', 1], ['东关镇', '东方印务', 1],
  ['西河镇', '宏达建材厂', 1], ['西河镇', '恒通汽修', 1], ['西河镇', '河畔酒店', 0], ['西河镇', '西河水泥', 1],
];
builders.multisheet = (wb) => {
  const s = wb.addWorksheet('汇总');
  const d = wb.addWorksheet('明细');
  const n = wb.addWorksheet('说明');
  d.getRow(1).values = ['乡镇', '企业名称', '是否建立党组织(1是0否)'];
  DETAIL.forEach((x, i) => { d.getRow(2 + i).values = x; });
  title(s, '非公企业党组织覆盖情况汇总', 'D', '单位：个、%');
  s.getRow(3).values = ['乡镇', '企业数', '已建立党组织企业数', '覆盖率(%)'];
  const towns = ['城关镇', '东关镇', '西河镇'];
  let tb = 0, tc = 0;
  towns.forEach((t, i) => {
    const r = 4 + i;
    const b = DETAIL.filter(x => x[0] === t).length, c = sum(DETAIL.filter(x => x[0] === t).map(x => x[2]));
    tb += b; tc += c;
    s.getRow(r).values = [t, F(`COUNTIF(明细!A:A,A${r})`, b), F(`SUMIF(明细!A:A,A${r},明细!C:C)`, c), F(`ROUND(C${r}/B${r}*100,1)`, R(c / b * 100, 1))];
  });
  s.getRow(7).values = ['合计', F('SUM(B4:B6)', tb), F('SUM(C4:C6)', tc), F('ROUND(C7/B7*100,1)', R(tc / tb * 100, 1))];
  n.getCell('A1').value = '说明';
  n.getCell('A2').value = '1. 覆盖率=已建立党组织企业数/企业数×100%。';
  n.getCell('A3').value = '2. 数据截至2024年12月31日。';
  n.getCell('A4').value = '3. 本表企业数为在册经营企业，共11户。';
};

// 16. total row at top (合计 first), plain typed numbers, with 其中 规上企业 column
builders.total_first = (wb) => {
  const ws = wb.addWorksheet('表1');
  title(ws, '非公企业及党组织情况', 'E', '单位：个');
  ws.getRow(3).values = ['乡镇', '企业数', '其中：规模以上企业', '已建立党组织企业数', '其中：规模以上企业'];
  const B = [126, 84, 57, 43, 38, 95], Bs = [31, 18, 9, 6, 4, 22], C = [108, 70, 46, 35, 30, 81], Cs = [31, 17, 9, 6, 4, 21];
  ws.getRow(4).values = ['合计', F('SUM(B5:B10)', sum(B)), F('SUM(C5:C10)', sum(Bs)), F('SUM(D5:D10)', sum(C)), F('SUM(E5:E10)', sum(Cs))];
  TOWNS.slice(0, 6).forEach((t, i) => { ws.getRow(5 + i).values = [t, B[i], Bs[i], C[i], Cs[i]]; });
  ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 1 }];
};

// 17. amounts in 万元 with decimals stored, shown with "0" format
builders.amount_decimals = (wb) => {
  const ws = wb.addWorksheet('经营情况');
  title(ws, '非公企业经营情况（按乡镇）', 'D', '单位：万元');
  ws.getRow(3).values = ['乡镇', '营业收入', '利润总额', '应交税金'];
  const I = [12345.67, 8021.44, 5230.18, 3311.25, 2890.51, 9804.37], P = [1201.46, 610.32, 402.88, 250.49, 199.51, 870.07], T = [388.45, 211.49, 150.5, 98.46, 80.49, 300.45];
  TOWNS.slice(0, 6).forEach((t, i) => {
    ws.getRow(4 + i).values = [t, I[i], P[i], T[i]];
    ['B', 'C', 'D'].forEach(c => ws.getCell(`${c}${4 + i}`).numFmt = '#,##0');
  });
  ws.getRow(10).values = ['合计', F('SUM(B4:B9)', R(sum(I), 2)), F('SUM(C4:C9)', R(sum(P), 2)), F('SUM(D4:D9)', R(sum(T), 2))];
  ['B', 'C', 'D'].forEach(c => ws.getCell(`${c}10`).numFmt = '#,##0');
};

// 18. quarters with 全年 column, hidden 备注 column
builders.quarters = (wb) => {
  const ws = wb.addWorksheet('分季度');
  title(ws, '新建党组织数（分季度）', 'G', '单位：个');
  ws.getRow(3).values = ['乡镇', '全年', '一季度', '二季度', '三季度', '四季度', '备注'];
  const Q = [[3, 5, 2, 4], [1, 2, 2, 1], [0, 1, 3, 2], [2, 0, 1, 1], [1, 1, 0, 2], [4, 3, 2, 5]];
  Q.forEach((q, i) => {
    const r = 4 + i;
    ws.getRow(r).values = [TOWNS[i], F(`SUM(C${r}:F${r})`, sum(q)), ...q, i === 2 ? '含联合党支部2个' : null];
  });
  const cs = [0, 1, 2, 3].map(k => sum(Q.map(q => q[k])));
  ws.getRow(10).values = ['合计', F('SUM(B4:B9)', sum(cs)), ...cs.map((v, k) => F(`SUM(${col(k + 3)}4:${col(k + 3)}9)`, v))];
  ws.getColumn(7).hidden = true;
};

// 19. blanks and dashes for missing, rate ROUND 2 decimals
builders.dashes = (wb) => {
  const ws = wb.addWorksheet('社会组织');
  title(ws, '社会组织党组织覆盖情况', 'D', '单位：个、%');
  ws.getRow(3).values = ['类别', '社会组织数', '已建立党组织数', '覆盖率(%)'];
  const rows = [['社会团体', 45, 31], ['民办非企业单位', 62, 40], ['基金会', 0, 0], ['行业协会商会', 18, 15]];
  rows.forEach(([n, b, c], i) => {
    const r = 4 + i;
    ws.getRow(r).values = [n, b === 0 ? '—' : b, b === 0 ? '—' : c, b === 0 ? '—' : F(`ROUND(C${r}/B${r}*100,2)`, R(c / b * 100, 2))];
  });
  const B = 45 + 62 + 18, C = 31 + 40 + 15;
  ws.getRow(8).values = ['合计', F('SUM(B4:B7)', B), F('SUM(C4:C7)', C), F('ROUND(C8/B8*100,2)', R(C / B * 100, 2))];
};

// 20. hospitals by town with beds per 1000 population, 0.00 format
builders.beds_per_1000 = (wb) => {
  const ws = wb.addWorksheet('床位');
  title(ws, '各乡镇卫生院床位情况', 'D', '');
  ws.getRow(3).values = ['乡镇', '常住人口(人)', '床位数(张)', '每千人口床位数(张)'];
  const Pp = [41890, 18512, 15230, 9702, 8050, 21877], Bd = [120, 40, 35, 20, 18, 60];
  TOWNS.slice(0, 6).forEach((t, i) => {
    const r = 4 + i;
    ws.getRow(r).values = [t, Pp[i], Bd[i], F(`C${r}/B${r}*1000`, Bd[i] / Pp[i] * 1000)];
    ws.getCell(`D${r}`).numFmt = '0.00';
  });
  ws.getRow(10).values = ['合计', F('SUM(B4:B9)', sum(Pp)), F('SUM(C4:C9)', sum(Bd)), F('C10/B10*1000', sum(Bd) / sum(Pp) * 1000)];
  ws.getCell('D10').numFmt = '0.00';
};

// 21. two sheets same structure (本期, 上期) + 对比 sheet with change rates as fractions
builders.compare_sheets = (wb) => {
  const a = wb.addWorksheet('2023年');
  const b = wb.addWorksheet('2024年');
  const c = wb.addWorksheet('对比');
  const B23 = [118, 80, 60, 41, 40], C23 = [96, 61, 45, 30, 29];
  const B24 = [126, 84, 57, 43, 38], C24 = [108, 70, 46, 35, 30];
  for (const [ws, Bv, Cv, yr] of [[a, B23, C23, 2023], [b, B24, C24, 2024]]) {
    title(ws, `${yr}年非公企业党组织覆盖情况`, 'D', '单位：个、%');
    ws.getRow(3).values = ['乡镇', '企业数', '已建立党组织企业数', '覆盖率(%)'];
    TOWNS.slice(0, 5).forEach((t, i) => {
      const r = 4 + i;
      ws.getRow(r).values = [t, Bv[i], Cv[i], F(`ROUND(C${r}/B${r}*100,1)`, R(Cv[i] / Bv[i] * 100, 1))];
    });
    ws.getRow(9).values = ['合计', F('SUM(B4:B8)', sum(Bv)), F('SUM(C4:C8)', sum(Cv)), F('ROUND(C9/B9*100,1)', R(sum(Cv) / sum(Bv) * 100, 1))];
  }
  title(c, '已建立党组织企业数变动', 'D', '单位：个、%');
  c.getRow(3).values = ['乡镇', '2023年', '2024年', '增长率'];
  const rowsC = TOWNS.slice(0, 5).map((t, i) => [t, C23[i], C24[i]]).concat([['合计', sum(C23), sum(C24)]]);
  rowsC.forEach(([t, x, y], i) => {
    const r = 4 + i;
    const src = i < 5 ? 4 + i : 9;
    c.getRow(r).values = [t, F(`'2023年'!C${src}`, x), F(`'2024年'!C${src}`, y), F(`C${r}/B${r}-1`, y / x - 1)];
    c.getCell(`D${r}`).numFmt = '0.0%';
  });
};

// 22. school enrolment: 在校生 with 其中 女生 and 女生占比 (fraction, 0.0%), total first in a column layout
builders.enrolment = (wb) => {
  const ws = wb.addWorksheet('在校生');
  title(ws, '各类学校在校学生情况', 'E', '单位：人、%');
  ws.getRow(3).values = ['学校类别', '学校数(所)', '在校生', '其中：女生', '女生占比'];
  const rows = [['普通高中', 3, 4820, 2466], ['初中', 14, 8910, 4231], ['小学', 32, 16540, 7802], ['特殊教育', 1, 86, 31], ['幼儿园', 41, 7210, 3390]];
  const T = [sum(rows.map(x => x[1])), sum(rows.map(x => x[2])), sum(rows.map(x => x[3]))];
  ws.getRow(4).values = ['总计', F('SUM(B5:B9)', T[0]), F('SUM(C5:C9)', T[1]), F('SUM(D5:D9)', T[2]), F('D4/C4', T[2] / T[1])];
  rows.forEach((x, i) => { const r = 5 + i; ws.getRow(r).values = [...x, F(`D${r}/C${r}`, x[3] / x[2])]; });
  for (let r = 4; r <= 9; r++) ws.getCell(`E${r}`).numFmt = '0.0%';
  ws.getCell('A9').note = '幼儿园不计入中小学';
};


// 23. total SUM skips a hidden reference row via non-contiguous ranges
builders.sum_skip_hidden = (wb) => {
  const ws = wb.addWorksheet('统计');
  title(ws, '非公企业党组织覆盖（撤并乡镇仅作参考，不计入合计）', 'D', '单位：个、%');
  ws.getRow(3).values = ['乡镇', '企业数', '已建立党组织企业数', '覆盖率(%)'];
  const rows = [['城关镇', 140, 121], ['东关镇', 66, 52], ['西河镇', 73, 60], ['原红旗乡（已并入西河镇，参考）', 11, 8], ['南山乡', 39, 31], ['北岭乡', 44, 33]];
  rows.forEach(([n, b, c], i) => { const r = 4 + i; ws.getRow(r).values = [n, b, c, F(`ROUND(C${r}/B${r}*100,1)`, R(c / b * 100, 1))]; });
  ws.getRow(7).hidden = true;
  const inc = rows.filter((x, i) => i !== 3);
  const B = sum(inc.map(x => x[1])), C = sum(inc.map(x => x[2]));
  ws.getRow(10).values = ['合计', F('SUM(B4:B6,B8:B9)', B), F('SUM(C4:C6,C8:C9)', C), F('ROUND(C10/B10*100,1)', R(C / B * 100, 1))];
};

// 24. two-row merged header, fraction rates ROUND(,3) with 0.0%
builders.two_row_header = (wb) => {
  const ws = wb.addWorksheet('覆盖');
  title(ws, '非公企业党组织覆盖情况（分规模）', 'G', '单位：个');
  ws.mergeCells('A3:A4'); ws.getCell('A3').value = '乡镇';
  ws.mergeCells('B3:D3'); ws.getCell('B3').value = '企业数';
  ws.mergeCells('E3:G3'); ws.getCell('E3').value = '已建立党组织企业数';
  ws.getRow(4).values = [null, '合计', '规上企业', '规下企业', '合计', '规上企业', '规下企业'];
  ws.mergeCells('H3:H4'); ws.getCell('H3').value = '覆盖率';
  const D = [[31, 95, 31, 77], [18, 66, 17, 53], [9, 48, 9, 37], [6, 37, 6, 29], [4, 34, 4, 26]];
  D.forEach(([bs, bx, cs, cx], i) => {
    const r = 5 + i;
    ws.getRow(r).values = [TOWNS[i], F(`C${r}+D${r}`, bs + bx), bs, bx, F(`F${r}+G${r}`, cs + cx), cs, cx, F(`ROUND(E${r}/B${r},3)`, R((cs + cx) / (bs + bx), 3))];
    ws.getCell(`H${r}`).numFmt = '0.0%';
  });
  const t = [0, 1, 2, 3].map(k => sum(D.map(x => x[k])));
  ws.getRow(10).values = ['合计', F('C10+D10', t[0] + t[1]), F('SUM(C5:C9)', t[0]), F('SUM(D5:D9)', t[1]), F('F10+G10', t[2] + t[3]), F('SUM(F5:F9)', t[2]), F('SUM(G5:G9)', t[3]), F('ROUND(E10/B10,3)', R((t[2] + t[3]) / (t[0] + t[1]), 3))];
  ws.getCell('H10').numFmt = '0.0%';
};

// 25. 本年 / 上年同期 / 增减 rows; rate column change in 百分点 (difference), counts change in %
builders.yoy_rows = (wb) => {
  const ws = wb.addWorksheet('同比');
  title(ws, '非公企业党组织覆盖同比情况', 'D', '单位：个、%');
  ws.getRow(3).values = ['项目', '企业数', '已建立党组织企业数', '覆盖率(%)'];
  const b1 = 549, c1 = 447, b0 = 517, c0 = 401;
  ws.getRow(4).values = ['2024年', b1, c1, F('ROUND(C4/B4*100,1)', R(c1 / b1 * 100, 1))];
  ws.getRow(5).values = ['2023年', b0, c0, F('ROUND(C5/B5*100,1)', R(c0 / b0 * 100, 1))];
  ws.getRow(6).values = ['增减', F('B4-B5', b1 - b0), F('C4-C5', c1 - c0), F('D4-D5', R(R(c1 / b1 * 100, 1) - R(c0 / b0 * 100, 1), 1))];
  ws.getRow(7).values = ['增长(%)', F('ROUND(B6/B5*100,1)', R((b1 - b0) / b0 * 100, 1)), F('ROUND(C6/C5*100,1)', R((c1 - c0) / c0 * 100, 1)), '—'];
  ws.getCell('D6').note = '覆盖率增减单位为百分点';
};

// 26. hospital staff per town, with 其中 columns that do NOT add up to whole (overlapping categories)
builders.staff_overlap = (wb) => {
  const ws = wb.addWorksheet('人员');
  title(ws, '乡镇卫生院人员情况', 'E', '单位：人');
  ws.getRow(3).values = ['乡镇', '在岗职工', '其中：卫生技术人员', '其中：执业(助理)医师', '其中：女性'];
  const D = [[86, 72, 30, 51], [41, 35, 14, 25], [38, 31, 12, 22], [25, 21, 8, 16], [22, 18, 7, 14]];
  D.forEach((x, i) => { ws.getRow(4 + i).values = [TOWNS[i], ...x]; });
  ws.getRow(9).values = ['合计', ...[0, 1, 2, 3].map(k => F(`SUM(${col(k + 2)}4:${col(k + 2)}8)`, sum(D.map(x => x[k]))))];
};

// ---------------- plants ----------------
function setNum(ws, addr, v) { ws.getCell(addr).value = v; }
function setRes(ws, addr, v) { // stale cached result: formula unchanged
  const cur = ws.getCell(addr).value; ws.getCell(addr).value = { formula: cur.formula, result: v };
}
const plants = {
  p01_cov_basic_stale_rate: ['cov_basic', '覆盖情况!D7', ws => setRes(ws, 'D7', 91.4)], // 35/43=81.4
  p02_cov_basic_part: ['cov_basic', '覆盖情况!C9', ws => setNum(ws, 'C9', 76)], // rate D9 stale (81 -> 76), total stale
  p03_frac_pct_rate: ['cov_frac_pct', 'Sheet1!E8', ws => setRes(ws, 'E8', 0.7791)], // 80/91=0.8791
  p04_subtotal_stale: ['cov_subtotal_outline', '分乡镇!B8', ws => setRes(ws, 'B8', 61)], // 西河镇 subtotal 58 -> 61
  p05_hidden_row_value: ['cov_hidden_rows_counted', '覆盖统计!B8', ws => setNum(ws, 'B8', 9)], // hidden 新集 7 -> 9 (rate stale)
  p06_collapsed_detail: ['cov_subtotal_collapsed', '汇总!C5', ws => setNum(ws, 'C5', 25)], // hidden detail 城西 27->25
  p07_helper_col: ['cov_hidden_helper_col', '增长情况!B6', ws => setNum(ws, 'B6', 56)], // hidden col 上年 60 -> 56
  p08_change_stale: ['township_change', '乡镇基本情况!D8', ws => setRes(ws, 'D8', 73)], // -73 -> 73
  p09_pop_sum: ['township_pop', '人口!E7', ws => setNum(ws, 'E7', 4960)], // 4690->4960 (C7 stale)
  p10_schools_minban: ['schools', '学校!F5', ws => setNum(ws, 'F5', 7)], // 民办 7 > 学校合计 5
  p11_hospital_qizhong: ['hospitals', '医疗卫生机构!C5', ws => setNum(ws, 'C5', 820)], // 公立 beds 620->820 > 医院 800
  p12_multisheet_stale: ['multisheet', '汇总!C6', ws => setRes(ws, 'C6', 4)], // 西河镇 3 -> 4
  p13_text_number: ['text_numbers', '上报表!C7', ws => { ws.getCell('C7').value = '24'; ws.getCell('C7').numFmt = '@'; }], // 21 -> 24
  p14_total_first: ['total_first', '表1!D4', ws => setRes(ws, 'D4', 380)], // 370 -> 380
  p16_skip_hidden: ['sum_skip_hidden', '统计!C10', ws => setRes(ws, 'C10', 305)], // 297 -> 305 (stale, as if hidden row added)
  p17_two_header_part: ['two_row_header', '覆盖!G6', ws => setNum(ws, 'G6', 58)], // 53 -> 58, E6/H6/G10 stale
  p18_yoy_pp: ['yoy_rows', '同比!D6', ws => setRes(ws, 'D6', 4.2)], // pp diff 81.4-77.6=3.8 -> 4.2
  p19_yoy_count: ['yoy_rows', '同比!C6', ws => setRes(ws, 'C6', 40)], // 447-401=46 -> 40
  p15_enrol_rate: ['enrolment', '在校生!E7', ws => setRes(ws, 'E7', 0.5717)], // 4231/8910=7802/16540=0.4717 -> 0.5717
};

async function build(name, fn, mutate, sheetName) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '县委组织部'; wb.calcProperties = { fullCalcOnLoad: false };
  fn(wb);
  if (mutate) mutate(wb.getWorksheet(sheetName));
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
}

(async () => {
  const manifest = {};
  for (const [n, fn] of Object.entries(builders)) { await build(n, fn); manifest[n + '.xlsx'] = null; }
  for (const [n, [base, cell, m]] of Object.entries(plants)) {
    const [sh] = cell.split('!');
    await build(n, builders[base], m, sh);
    manifest[n + '.xlsx'] = { planted: cell, base: base + '.xlsx' };
  }
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 2));
  console.log(Object.keys(manifest).length, 'files');
})();
