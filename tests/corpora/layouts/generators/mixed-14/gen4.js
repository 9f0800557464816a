const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, save, put, title, towns, districts, counties } = C;
async function main() {
  // P11 党组织 by 乡镇: 党委|党总支|党支部 + 其中 联合党支部 + 平均每支部党员
  await save('p11_org_types_union.xlsx', async wb => {
    const ws = wb.addWorksheet('党组织');
    title(ws, '各乡镇（街道）基层党组织设置情况', '单位：个、名', 8);
    put(ws, 3, [['乡镇（街道）', '基层党组织合计', '党委', '党总支', '党支部', '其中：联合党支部', '党员数', '平均每个党支部党员数']]);
    const rows = towns.map(t => { const a = ri(1, 3), b = ri(0, 8), c = ri(20, 90); return [t, a + b + c, a, b, c, ri(0, Math.floor(c / 5)), ri(c * 15, c * 35)]; });
    const T = ['全县', ...[1, 2, 3, 4, 5, 6].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [...x, r(x[6] / x[4], 1)]), [null, '0', '0', '0', '0', '0', '0', '0.0']);
  });
  // P12 党员年龄 with nested 其中 column and 平均年龄
  await save('p12_age_nested_qizhong.xlsx', async wb => {
    const ws = wb.addWorksheet('年龄');
    title(ws, '党员年龄结构', '单位：名、岁', 10);
    put(ws, 3, [['单位', '党员总数', '30岁及以下', '31—40岁', '41—50岁', '51—60岁', '61岁及以上', '其中：80岁及以上', '平均年龄', '61岁及以上占比（%）']]);
    let TA = 0;
    const rows = [...districts, ...counties].map(u => { const g = [ri(800, 4000), ri(1500, 6000), ri(1500, 6000), ri(1500, 5000), ri(2000, 9000)]; const n = sum(g); const o80 = Math.round(g[4] * rf(0.1, 0.25)); const A = Math.round(n * rf(46, 56)); TA += A; return [u, n, ...g, o80, r(A / n, 1), A]; });
    const T = ['全市', ...[1, 2, 3, 4, 5, 6, 7].map(j => colsum(rows, j)), r(TA / colsum(rows, 1), 1)];
    put(ws, 4, [T, ...rows].map(x => [...x.slice(0, 9), pct(x[6], x[1], 1)]), [null, '0', '0', '0', '0', '0', '0', '0', '0.0', '0.0']);
  });
  // P13 计划 vs 完成 with 完成率 >100 and 超额
  await save('p13_plan_overdone.xlsx', async wb => {
    const ws = wb.addWorksheet('计划完成');
    title(ws, '2024年发展党员计划执行情况', '单位：名', 6);
    put(ws, 3, [['单位', '下达计划', '实际发展', '完成率（%）', '超（+）欠（-）计划', '其中：一线工人']]);
    const rows = [...districts, ...counties, '市直机关工委', '市国资委党委'].map(u => { const p = ri(40, 400); const a = p + ri(-12, 20); return [u, p, a, null, a - p, Math.round(a * rf(0.05, 0.3))]; });
    const T = ['合计', colsum(rows, 1), colsum(rows, 2), null, colsum(rows, 4), colsum(rows, 5)];
    put(ws, 4, [T, ...rows].map(x => [x[0], x[1], x[2], pct(x[2], x[1], 1), x[4], x[5]]), [null, '0', '0', '0.0', '+0;-0;0', '0']);
  });
  // P14 two stacked tables on one sheet with different headers
  await save('p14_two_tables_one_sheet.xlsx', async wb => {
    const ws = wb.addWorksheet('基本情况');
    title(ws, '一、基层党组织数量', '单位：个', 5);
    put(ws, 3, [['单位', '合计', '党委', '党总支', '党支部']]);
    const A = districts.map(d => { const a = ri(10, 40), b = ri(20, 90), c = ri(300, 1200); return [d, a + b + c, a, b, c]; });
    let rr = put(ws, 4, [['全区合计', ...[1, 2, 3, 4].map(j => colsum(A, j))], ...A]);
    rr += 1; ws.getCell(rr, 1).value = '二、党员数量及结构'; rr++; ws.getCell(rr, 1).value = '单位：名'; rr++;
    rr = put(ws, rr, [['单位', '党员总数', '正式党员', '预备党员', '女党员占比（%）']]);
    const B = districts.map(d => { const a = ri(8000, 30000), b = ri(100, 900); return [d, a + b, a, b, Math.round((a + b) * rf(0.25, 0.4))]; });
    const BT = ['全区合计', ...[1, 2, 3, 4].map(j => colsum(B, j))];
    put(ws, rr, [BT, ...B].map(x => [x[0], x[1], x[2], x[3], pct(x[4], x[1], 1)]), [null, '0', '0', '0', '0.0']);
  });
  // P15 percentages as text with % sign; counts text
  await save('p15_text_percent_sign.xlsx', async wb => {
    const ws = wb.addWorksheet('覆盖');
    title(ws, '社区党组织“两个覆盖”情况', '', 6);
    put(ws, 3, [['街道', '社区数', '建立党组织社区', '覆盖率', '小区数', '小区党支部覆盖率']]);
    const rows = towns.slice(0, 8).map(t => { const s = ri(6, 20); const p = s - ri(0, 1); const x = ri(20, 80); const xp = x - ri(0, 10); return [t.replace(/[镇乡]$/, '街道'), s, p, x, xp]; });
    const T = ['合计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 4, [T, ...rows].map(x => [x[0], String(x[1]), String(x[2]), pct(x[2], x[1], 1).toFixed(1) + '%', String(x[3]), pct(x[4], x[3], 1).toFixed(1) + '%']));
  });
  // P16 党员 by 职业 with 其中 rows under 企业 and 离退休, 占比; 其中 rows nested two levels
  await save('p16_occupation_nested.xlsx', async wb => {
    const ws = wb.addWorksheet('职业');
    title(ws, '党员按职业分布情况', '', 4);
    put(ws, 3, [['职业', '党员数（名）', '占比（%）', '比上年末增减（名）']]);
    const leaf = n => [n, ri(1000, 30000), ri(-500, 800)];
    const wk = leaf('工人'), nm = leaf('农牧渔民'), pro = leaf('专业技术人员'), mg = leaf('企事业单位管理人员'), gov = leaf('党政机关工作人员'), stu = leaf('学生'), oth = leaf('其他职业人员'), ret = leaf('离退休人员');
    const proIn = ['    其中：企业专业技术人员', Math.round(pro[1] * 0.42), Math.round(pro[2] * 0.4)];
    const retIn = ['    其中：80岁及以上', Math.round(ret[1] * 0.18), Math.round(ret[2] * 0.2)];
    const all = [wk, nm, pro, mg, gov, stu, oth, ret];
    const T = ['总计', colsum(all, 1), colsum(all, 2)];
    const f = x => [x[0], x[1], pct(x[1], T[1], 1), x[2]];
    put(ws, 4, [f(T), f(wk), f(nm), f(pro), f(proIn), f(mg), f(gov), f(stu), f(oth), f(ret), f(retIn)], [null, '0', '0.0', '0']);
  });
}
main().catch(e => { console.error(e); process.exit(1); });
