// Party member structure by 学历 / 年龄 with 占比 columns.
'use strict';
const L = require('./lib');
const { ExcelJS, rng, rd, pct, sum, TOWNS } = L;
const G = 'gen6';
const EDU = ['研究生', '大学本科', '大学专科', '中专', '高中及以下'];
const AGE = ['30岁及以下', '31-35岁', '36-45岁', '46-55岁', '56-60岁', '61岁及以上'];
function twoRowHeader(ws, r0, lead, groups, sub) {
  lead.forEach((h, j) => { ws.getCell(r0, j + 1).value = h; ws.mergeCells(r0, j + 1, r0 + 1, j + 1); });
  let c = lead.length + 1;
  for (const g of groups) { ws.getCell(r0, c).value = g; ws.mergeCells(r0, c, r0, c + sub.length - 1); sub.forEach((s, k) => { ws.getCell(r0 + 1, c + k).value = s; }); c += sub.length; }
  return c - 1;
}
(async () => {
  // 28. 学历: rows 党委, 党员总数 | (学历 人数 | 占比%) x5, 合计 bottom
  for (const [idx, cats, title, fname, seed, weights] of [
    [0, EDU, '各基层党委党员学历结构', '28_党员学历结构_人数占比.xlsx', 601, [0.04, 0.3, 0.25, 0.12, 0.29]],
    [1, AGE, '各基层党委党员年龄结构', '29_党员年龄结构_人数占比.xlsx', 602, [0.08, 0.1, 0.2, 0.22, 0.12, 0.28]],
  ]) {
    const r = rng(seed);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet(idx ? '年龄' : '学历');
    ws.getCell('A1').value = title + '（截至2024年12月31日）'; ws.mergeCells(1, 1, 1, 2 + cats.length * 2);
    const last = twoRowHeader(ws, 2, ['党委名称', '党员总数'], cats, ['人数', '占比（%）']);
    const data = TOWNS.map((t) => { const n = r.int(180, 1400); const w = weights.map((x) => x * r.real(0.6, 1.4)); const sw = sum(w); const parts = r.split(n, cats.length, 0).map((_, k) => 0); let acc = 0; for (let k = 0; k < cats.length - 1; k++) { parts[k] = Math.round(n * w[k] / sw); acc += parts[k]; } parts[cats.length - 1] = n - acc; return [t + '党委', n, parts]; });
    const tot = ['合计', sum(data.map((x) => x[1])), cats.map((_, k) => sum(data.map((x) => x[2][k])))];
    const rows = [...data, tot].map(([n, N, parts]) => [n, N, ...parts.flatMap((p) => [p, pct(p, N)])]);
    L.writeRows(ws, rows, 4);
    for (let k = 0; k < cats.length; k++) L.fmtRange(ws, 4, 3 + rows.length, 4 + 2 * k, 4 + 2 * k, '0.0');
    L.border(ws, 2, 3 + rows.length, 1, last);
    await L.save(wb, fname, { sheet: idx ? '年龄' : '学历', cell: idx ? 'J7' : 'F6', planted: (v) => rd(v + 5, 1), what: '一个占比 +5 points' }, G);
  }
  // 30. transposed: 项目 | 人数 | 占比(%), sections 按学历分 / 按年龄分, 100.0 totals
  {
    const r = rng(603);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('党员结构');
    ws.getCell('A1').value = '青山镇党员队伍结构情况'; ws.mergeCells('A1:C1');
    ['项目', '人数（名）', '占比（%）'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const N = 1873;
    const e = [61, 402, 517, 288]; e.push(N - sum(e));
    const a = [142, 188, 377, 406, 251]; a.push(N - sum(a));
    const sex = [1389, N - 1389];
    const rows = [['党员总数', N, 100]];
    rows.push(['按性别分：', null, null]); ['男', '女'].forEach((s, i) => rows.push(['　' + s, sex[i], pct(sex[i], N)]));
    rows.push(['按学历分：', null, null]); EDU.forEach((s, i) => rows.push(['　' + s, e[i], pct(e[i], N)]));
    rows.push(['按年龄分：', null, null]); AGE.forEach((s, i) => rows.push(['　' + s, a[i], pct(a[i], N)]));
    L.writeRows(ws, rows, 3); L.fmtRange(ws, 3, 2 + rows.length, 3, 3, '0.0');
    await L.save(wb, '30_党员结构_竖排分组占比.xlsx', { sheet: '党员结构', cell: 'B10', planted: (v) => v + 9, what: '大学专科 人数 +9 (sections sum, 占比)' }, G);
  }
  // 31. 发展党员 with 其中 columns and 占比 after each
  {
    const r = rng(604);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('发展党员');
    ws.getCell('A1').value = '2024年发展党员情况'; ws.mergeCells('A1:I1');
    ['单位', '发展党员数', '其中：女性', '占比（%）', '其中：35岁及以下', '占比（%）', '其中：大专及以上学历', '占比（%）', '其中：一线工人、农民'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const data = TOWNS.slice(0, 10).map((t) => { const n = r.int(6, 40); return [t, n, Math.round(n * r.real(0.25, 0.5)), Math.round(n * r.real(0.6, 0.9)), Math.round(n * r.real(0.4, 0.8)), Math.round(n * r.real(0.2, 0.5))]; });
    const s = (j) => sum(data.map((x) => x[j]));
    const tot = ['全县', s(1), s(2), s(3), s(4), s(5)];
    const line = (x) => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], pct(x[3], x[1]), x[4], pct(x[4], x[1]), x[5]];
    L.writeRows(ws, [line(tot), ...data.map(line)], 3);
    for (const c of [4, 6, 8]) L.fmtRange(ws, 3, 13, c, c, '0.0');
    await L.save(wb, '31_发展党员其中占比.xlsx', { sheet: '发展党员', cell: 'E7', planted: (v) => v + 7, what: '35岁及以下 +7 (占比, 全县, maybe > whole)' }, G);
  }
})();
