// Enterprise lists with 规模以上 flags, 合计 and 其中：规模以上 rows.
'use strict';
const L = require('./lib');
const { ExcelJS, rng, rd, pct, growth, sum, TOWNS } = L;
const G = 'gen7';
const NM = '恒达 宏远 鑫盛 华兴 金泰 永丰 瑞祥 天成 正信 新源 中联 博远 德隆 海川 润丰 长盛 安泰 富民 创新 明辉 顺达 联发 嘉禾 国泰'.split(' ');
const SUF = ['机械制造有限公司', '食品有限公司', '建材有限公司', '纺织有限公司', '电子科技有限公司', '物流有限公司', '农业开发有限公司', '化工有限公司'];
function firms(r, n) { return r.shuffle(NM).slice(0, n).map((x, i) => { const above = r() < 0.45; const rev = above ? r.real(2000, 60000) : r.real(80, 1990); return { name: '青柳县' + x + SUF[i % SUF.length], ind: ['制造业', '批发和零售业', '建筑业', '交通运输业', '农业'][i % 5], above, rev, revP: rev / r.real(0.85, 1.25), emp: Math.round(above ? r.int(60, 900) : r.int(5, 90)), tax: rev * r.real(0.01, 0.06) }; }); }
(async () => {
  // 32. 合计 and 其中：规模以上 rows on top
  {
    const r = rng(701);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('重点企业');
    ws.getCell('A1').value = '2024年全县重点企业主要指标'; ws.mergeCells('A1:G1');
    ['序号', '企业名称', '所属行业', '是否规模以上', '营业收入（万元）', '从业人员（人）', '纳税额（万元）'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const f = firms(r, 18);
    const R = (x) => rd(x, 1);
    const tot = [null, '合计', null, null, R(sum(f.map((x) => R(x.rev)))), sum(f.map((x) => x.emp)), R(sum(f.map((x) => R(x.tax))))];
    const ab = f.filter((x) => x.above);
    const sub = [null, '其中：规模以上', null, null, R(sum(ab.map((x) => R(x.rev)))), sum(ab.map((x) => x.emp)), R(sum(ab.map((x) => R(x.tax))))];
    const rows = f.map((x, i) => [i + 1, x.name, x.ind, x.above ? '是' : '否', R(x.rev), x.emp, R(x.tax)]);
    L.writeRows(ws, [tot, sub, ...rows], 3);
    L.fmtRange(ws, 3, 4 + rows.length, 5, 5, '#,##0.0'); L.fmtRange(ws, 3, 4 + rows.length, 7, 7, '0.0');
    const ai = f.findIndex((x) => x.above);
    await L.save(wb, '32_重点企业_合计其中规上在上.xlsx', { sheet: '重点企业', cell: 'F' + (5 + ai), planted: (v) => Math.round(v * 1.07), what: '规上企业 从业人员 +7% (合计, 其中规上)' }, G);
  }
  // 33. rows at bottom, two years + 增长
  {
    const r = rng(702);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('企业营收');
    ws.getCell('A1').value = '工业园区入园企业营业收入情况'; ws.mergeCells('A1:H1');
    ['企业名称', '规上企业', '2023年营业收入（万元）', '2024年营业收入（万元）', '增长（%）', '从业人员（人）', '纳税额（万元）'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const f = firms(r, 15);
    const R = (x) => rd(x, 0);
    const line = (n, fl, p, c, e, t) => [n, fl, p, c, growth(c, p, 1), e, t];
    const rows = f.map((x) => line(x.name, x.above ? '是' : '否', R(x.revP), R(x.rev), x.emp, rd(x.tax, 1)));
    const ab = rows.filter((x) => x[1] === '是');
    const agg = (rs, n) => line(n, null, sum(rs.map((x) => x[2])), sum(rs.map((x) => x[3])), sum(rs.map((x) => x[5])), rd(sum(rs.map((x) => x[6])), 1));
    L.writeRows(ws, [...rows, agg(rows, '合计'), agg(ab, '其中：规模以上')], 3);
    L.fmtRange(ws, 3, 4 + rows.length, 5, 5, '0.0'); L.fmtRange(ws, 3, 4 + rows.length, 7, 7, '0.0');
    await L.save(wb, '33_园区企业两年营收_合计在下.xlsx', { sheet: '企业营收', cell: 'D6', planted: (v) => Math.round(v * 1.07), what: '2024营收 +7% (growth, 合计)' }, G);
  }
  // 34. CSV GBK enterprise list with 规上 flag, 合计 / 其中规上 / 规下
  {
    const r = rng(703);
    const f = firms(r, 16);
    const rows = [['企业名称', '行业', '规模以上（是/否）', '营业收入（万元）', '从业人员（人）', '纳税额（万元）']];
    const R = (x) => rd(x, 2);
    const rs = f.map((x) => [x.name, x.ind, x.above ? '是' : '否', R(x.rev), x.emp, R(x.tax)]);
    const agg = (xs, n) => [n, '', '', R(sum(xs.map((x) => x[3]))), sum(xs.map((x) => x[4])), R(sum(xs.map((x) => x[5])))];
    rows.push(agg(rs, '合计'), agg(rs.filter((x) => x[2] === '是'), '其中：规模以上'), agg(rs.filter((x) => x[2] === '否'), '　　　规模以下'));
    rows.push(...rs.map((x) => x.map((v, j) => j === 3 || j === 5 ? v.toFixed(2) : v)));
    rows[1][3] = rows[1][3].toFixed(2); rows[2][3] = rows[2][3].toFixed(2); rows[3][3] = rows[3][3].toFixed(2);
    rows[1][5] = rows[1][5].toFixed(2); rows[2][5] = rows[2][5].toFixed(2); rows[3][5] = rows[3][5].toFixed(2);
    L.saveCsv(rows, '34_企业名录规上标志_gbk.csv', 'gbk', { r: 6, c: 5, planted: (Number(rows[6][5]) * 1.07).toFixed(2), what: '纳税额 +7%' }, G);
  }
  // 35. by-industry enterprise summary: 企业数 | 其中规上 | 规上占比 | 营收 | 其中规上营收 | 规上营收占比
  {
    const r = rng(704);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('分行业');
    ws.getCell('A1').value = '分行业企业情况'; ws.mergeCells('A1:G1');
    ['行业', '企业数（家）', '其中：规模以上', '规上企业占比（%）', '营业收入（万元）', '其中：规模以上企业', '规上营收占比（%）', '从业人员（人）'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const inds = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '房地产业'];
    const d = inds.map((n) => { const c = r.int(40, 900), a = Math.round(c * r.real(0.03, 0.2)); const rev = r.real(20000, 600000); const ar = rev * r.real(0.4, 0.85); return [n, c, a, rd(rev, 0), rd(ar, 0), r.int(600, 20000)]; });
    const s = (j) => sum(d.map((x) => x[j]));
    const line = (x) => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], x[4], pct(x[4], x[3]), x[5]];
    L.writeRows(ws, [line(['总计', s(1), s(2), s(3), s(4), s(5)]), ...d.map(line)], 3);
    L.fmtRange(ws, 3, 13, 4, 4, '0.0'); L.fmtRange(ws, 3, 13, 7, 7, '0.0'); L.fmtRange(ws, 3, 13, 5, 6, '#,##0');
    await L.save(wb, '35_分行业企业规上占比.xlsx', { sheet: '分行业', cell: 'C8', planted: (v) => v + 8, what: '建筑业 规上企业数 +8 (占比, 总计)' }, G);
  }
})();
