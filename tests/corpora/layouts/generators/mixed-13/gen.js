// Round 13 generator: realistic, exactly consistent sheets.
const ExcelJS = require('exceljs');
const path = require('path');
const OUT = path.join(__dirname, '..', 'clean');

let seed = 13013;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { a = Math.ceil(a); b = Math.floor(b); return a + Math.floor(rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(v, d) { const f = Math.pow(10, d); return Math.round(v * f + (v >= 0 ? 1e-9 : -1e-9)) / f; }
function pct(n, b, d = 1) { return b === 0 ? 0 : r(n / b * 100, d); }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function colsum(rows, j) { return sum(rows.map(x => x[j])); }
function thou(n) { const s = Math.abs(n).toLocaleString('en-US'); return n < 0 ? '(' + s + ')' : s; }
function fmtd(n, d) { return n.toFixed(d); }

async function save(name, build) {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  await wb.xlsx.writeFile(path.join(OUT, name));
  console.log('wrote', name);
}
// write block of rows starting at row r0, returns next row
function put(ws, r0, rows, numFmts) {
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const c = ws.getCell(r0 + i, j + 1);
      c.value = v;
      if (numFmts && typeof v === 'number' && numFmts[j]) c.numFmt = numFmts[j];
    });
  });
  return r0 + rows.length;
}
function title(ws, t, unit, ncol) {
  ws.getCell(1, 1).value = t;
  ws.mergeCells(1, 1, 1, ncol);
  if (unit) { ws.getCell(2, 1).value = unit; }
}

const towns = ['城关镇', '石桥镇', '龙泉镇', '白沙镇', '清水镇', '黄山乡', '双河乡', '桃源镇', '新店镇', '高坪乡', '柳林镇', '大湾乡'];
const districts = ['东湖区', '西山区', '南城区', '北塘区'];
const counties = ['青山县', '云溪县', '丰乐县', '安平县'];

async function main() {
  // ---------- Yearbook / bulletin tables ----------
  // Y01 片区小计 + 合计
  await save('y01_pianqu_xiaoji.xlsx', async wb => {
    const ws = wb.addWorksheet('人口');
    title(ws, '表3-2 各乡镇户籍人口及出生人口（2025年）', '单位：人', 4);
    put(ws, 3, [['片区/乡镇', '户籍人口', '常住人口', '出生人口']]);
    const groups = { '东片区': towns.slice(0, 4), '西片区': towns.slice(4, 8), '北片区': towns.slice(8, 12) };
    let rr = 4; const subs = [];
    for (const [g, ts] of Object.entries(groups)) {
      const rows = ts.map(t => { const h = ri(18000, 60000); return [t, h, h - ri(500, 4000), ri(100, 600)]; });
      const sub = ['  ' + g + '小计', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
      subs.push(sub);
      rr = put(ws, rr, rows.map(x => ['  ' + x[0], ...x.slice(1)]));
      rr = put(ws, rr, [[g + '小计', ...sub.slice(1)]]);
    }
    put(ws, rr, [['合计', colsum(subs, 1), colsum(subs, 2), colsum(subs, 3)]]);
  });

  // Y02 first data row is the city (no total word), GDP in 亿元 rounded per cell
  await save('y02_city_first_row.xlsx', async wb => {
    const ws = wb.addWorksheet('GDP');
    title(ws, '表1-5 江州市及各县（市、区）地区生产总值（2025年）', '单位：亿元', 5);
    put(ws, 3, [['地区', '地区生产总值', '第一产业', '第二产业', '第三产业']]);
    const places = [...districts, ...counties];
    const raw = places.map(p => { const a = rf(10, 60), b = rf(80, 400), c = rf(90, 500); return [p, a, b, c]; });
    const tot = ['江州市', sum(raw.map(x => x[1])), sum(raw.map(x => x[2])), sum(raw.map(x => x[3]))];
    const fmt = x => [x[0], r(x[1] + x[2] + x[3], 2), r(x[1], 2), r(x[2], 2), r(x[3], 2)];
    put(ws, 4, [fmt(tot), ...raw.map(fmt)], [null, '0.00', '0.00', '0.00', '0.00']);
  });

  // Y03 市区小计 / 县小计 / 全市 at bottom of each group
  await save('y03_shiqu_xian_xiaoji.xlsx', async wb => {
    const ws = wb.addWorksheet('学校');
    title(ws, '各县（市、区）中小学校基本情况', null, 5);
    put(ws, 2, [['地区', '学校数（所）', '在校学生（人）', '专任教师（人）', '生师比']]);
    const mk = p => { const s = ri(20, 90), st = ri(9000, 60000), t = ri(700, 4000); return [p, s, st, t]; };
    const d = districts.map(mk), c = counties.map(mk);
    const line = (n, xs) => [n, colsum(xs, 1), colsum(xs, 2), colsum(xs, 3)];
    const addRatio = x => [...x, r(x[2] / x[3], 1)];
    const sd = line('市区小计', d), sc = line('县小计', c), all = line('全市', [sd, sc]);
    put(ws, 3, [...d, sd, ...c, sc, all].map(addRatio), [null, null, null, null, '0.0']);
  });

  // Y04 计划数 | 完成数 | 完成率
  await save('y04_plan_done_rate.xlsx', async wb => {
    const ws = wb.addWorksheet('重点项目');
    title(ws, '2025年市重点项目投资完成情况', '单位：万元、%', 5);
    put(ws, 3, [['项目类别', '项目个数', '年度计划投资', '1-12月完成投资', '完成率']]);
    const cats = ['产业项目', '基础设施项目', '社会事业项目', '生态环保项目', '城市更新项目'];
    const rows = cats.map(c => { const p = ri(20000, 300000); return [c, ri(5, 40), p, Math.round(p * rf(0.7, 1.3))]; });
    const tot = ['合计', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    put(ws, 4, [tot, ...rows].map(x => [...x, pct(x[3], x[2])]), [null, null, null, null, '0.0']);
  });

  // Y05 上年同期 | 本期 | 同比增减 | 增幅(%)
  await save('y05_yoy_revenue.xlsx', async wb => {
    const ws = wb.addWorksheet('财政收入');
    title(ws, '2025年1-9月一般公共预算收入完成情况', '单位：万元', 5);
    put(ws, 3, [['项目', '上年同期', '本期', '同比增减', '增幅（%）']]);
    const items = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '契税'];
    const rows = items.map(i => { const a = ri(1000, 90000); return ['    ' + i, a, Math.max(50, Math.round(a * rf(0.8, 1.25)))]; });
    const tax = ['  税收收入', colsum(rows, 1), colsum(rows, 2)];
    const non = ['  非税收入', ri(20000, 60000), ri(20000, 60000)];
    const all = ['一般公共预算收入', tax[1] + non[1], tax[2] + non[2]];
    const ext = x => [...x, x[2] - x[1], pct(x[2] - x[1], x[1])];
    put(ws, 4, [all, tax, ...rows, non].map(ext), [null, null, null, null, '0.0']);
  });

  // Y06 three-row header with merges
  await save('y06_three_row_header.xlsx', async wb => {
    const ws = wb.addWorksheet('就业');
    title(ws, '城镇新增就业和失业人员再就业情况', null, 7);
    put(ws, 2, [
      ['地区', '城镇新增就业（人）', null, null, '失业人员再就业（人）', null, null],
      [null, '合计', '其中', null, '合计', '其中', null],
      [null, null, '女性', '高校毕业生', null, '女性', '就业困难人员'],
    ]);
    ws.mergeCells('A2:A4'); ws.mergeCells('B2:D2'); ws.mergeCells('E2:G2');
    ws.mergeCells('B3:B4'); ws.mergeCells('C3:D3'); ws.mergeCells('E3:E4'); ws.mergeCells('F3:G3');
    const rows = [...districts, ...counties].map(p => { const a = ri(2000, 9000), b = ri(500, 3000); return [p, a, ri(800, a / 2), ri(100, a / 3), b, ri(200, b / 2), ri(50, b / 3)]; });
    const tot = ['全市', ...[1, 2, 3, 4, 5, 6].map(j => colsum(rows, j))];
    put(ws, 5, [tot, ...rows]);
  });

  // Y07 备注 column with numbers in text
  await save('y07_remark_numbers.xlsx', async wb => {
    const ws = wb.addWorksheet('市场主体');
    title(ws, '各县区市场主体发展情况（截至2025年末）', '单位：户', 5);
    put(ws, 3, [['地区', '市场主体总数', '企业', '个体工商户', '备注']]);
    const notes = ['含新迁入企业126户', '2025年新设3,418户', '', '注销吊销1,032户', '含农民专业合作社215户', '', '同比增长8.6%', '其中外资企业12户'];
    const rows = [...districts, ...counties].map((p, i) => { const e = ri(3000, 20000), g = ri(8000, 50000); return [p, e + g, e, g, notes[i] || null]; });
    const tot = ['全市', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3), '较上年末增加12,345户'];
    put(ws, 4, [tot, ...rows]);
  });

  // Y08 footnote marks
  await save('y08_footnote_marks.xlsx', async wb => {
    const ws = wb.addWorksheet('耕地');
    title(ws, '各乡镇耕地面积及粮食产量', null, 4);
    put(ws, 2, [['乡镇', '耕地面积（公顷）', '粮食播种面积（公顷）', '粮食产量（吨）']]);
    const names = ['城关镇①', '石桥镇', '龙泉镇②', '白沙镇', '清水镇', '黄山乡③', '双河乡'];
    const rows = names.map(n => { const a = ri(1500, 6000); return [n, a, Math.round(a * rf(0.9, 1.6)), ri(8000, 40000)]; });
    const tot = ['全县*', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    let rr = put(ws, 3, [tot, ...rows]);
    put(ws, rr, [['注：①含城关街道；②2024年由龙泉乡撤乡设镇；③含原黄山林场。*全县数据含国有农场1个。']]);
  });

  // Y09 thousands separators as text, negatives in parentheses, zero as '-'
  await save('y09_text_numbers.xlsx', async wb => {
    const ws = wb.addWorksheet('利润');
    title(ws, '规模以上工业企业主要经济指标（按行业分）', '单位：万元', 5);
    put(ws, 3, [['行业', '营业收入', '营业成本', '利润总额', '应交增值税']]);
    const inds = ['农副食品加工业', '纺织业', '造纸和纸制品业', '化学原料和化学制品制造业', '非金属矿物制品业', '通用设备制造业', '电气机械和器材制造业'];
    const rows = inds.map((n, i) => { const rev = ri(20000, 900000); const cost = Math.round(rev * rf(0.8, 0.95)); const pr = i === 2 ? -ri(1000, 9000) : ri(1000, 60000); const vat = i === 4 ? 0 : ri(300, 20000); return [n, rev, cost, pr, vat]; });
    const tot = ['总计', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3), colsum(rows, 4)];
    const show = x => [x[0], thou(x[1]), thou(x[2]), thou(x[3]), x[4] === 0 ? '-' : thou(x[4])];
    put(ws, 4, [tot, ...rows].map(show));
  });

  // Y10 percentages typed as text with %
  await save('y10_pct_text.xlsx', async wb => {
    const ws = wb.addWorksheet('参保');
    title(ws, '各县区城乡居民基本医疗保险参保情况', null, 4);
    put(ws, 2, [['地区', '应参保人数（人）', '实际参保人数（人）', '参保率']]);
    const rows = [...districts, ...counties].map(p => { const a = ri(100000, 600000); return [p, a, Math.round(a * rf(0.95, 0.995))]; });
    const tot = ['全市', colsum(rows, 1), colsum(rows, 2)];
    put(ws, 3, [tot, ...rows].map(x => [...x, fmtd(pct(x[2], x[1], 2), 2) + '%']));
  });

  // Y11 hidden columns
  await save('y11_hidden_cols.xlsx', async wb => {
    const ws = wb.addWorksheet('社会消费品');
    title(ws, '社会消费品零售总额分地区情况', '单位：亿元', 6);
    put(ws, 3, [['地区', '2024年', '2025年', '辅助列（万元）', '增长（%）', '占全市比重（%）']]);
    const raw = [...districts, ...counties].map(p => { const a = rf(30, 260); return [p, a, a * rf(0.97, 1.12)]; });
    const T = ['全市', sum(raw.map(x => x[1])), sum(raw.map(x => x[2]))];
    const rows = [T, ...raw].map(x => [x[0], r(x[1], 2), r(x[2], 2), Math.round(x[2] * 10000), r((x[2] / x[1] - 1) * 100, 1), r(x[2] / T[2] * 100, 1)]);
    put(ws, 4, rows, [null, '0.00', '0.00', null, '0.0', '0.0']);
    ws.getColumn(4).hidden = true;
  });

  // Y12 序号 + 排名
  await save('y12_seq_rank.xlsx', async wb => {
    const ws = wb.addWorksheet('税收');
    title(ws, '2025年各乡镇税收收入及排名', '单位：万元', 6);
    put(ws, 3, [['序号', '乡镇', '上年', '本年', '增长（%）', '增速排名']]);
    const rows = towns.slice(0, 9).map(t => { const a = ri(800, 30000); return [t, a, Math.round(a * rf(0.85, 1.3))]; });
    const g = rows.map(x => pct(x[2] - x[1], x[1]));
    const order = g.map((v, i) => i).sort((a, b) => g[b] - g[a]);
    const rank = []; order.forEach((i, k) => rank[i] = k + 1);
    const data = rows.map((x, i) => [i + 1, x[0], x[1], x[2], g[i], rank[i]]);
    const tot = [null, '合计', colsum(rows, 1), colsum(rows, 2), pct(colsum(rows, 2) - colsum(rows, 1), colsum(rows, 1)), null];
    put(ws, 4, [...data, tot], [null, null, null, null, '0.0', null]);
  });

  // Y13 two stacked tables with own headers
  await save('y13_two_stacked.xlsx', async wb => {
    const ws = wb.addWorksheet('卫生');
    title(ws, '卫生机构、床位和人员情况', null, 4);
    ws.getCell('A2').value = '（一）医疗卫生机构数（个）';
    put(ws, 3, [['地区', '合计', '医院', '基层医疗卫生机构']]);
    const a = districts.map(p => { const h = ri(5, 30), b = ri(40, 300); return [p, h + b, h, b]; });
    let rr = put(ws, 4, [['全市', colsum(a, 1), colsum(a, 2), colsum(a, 3)], ...a]);
    rr++;
    ws.getCell(rr, 1).value = '（二）卫生技术人员数（人）'; rr++;
    rr = put(ws, rr, [['地区', '合计', '执业（助理）医师', '注册护士']]);
    const b = districts.map(p => { const d = ri(500, 3000), n = ri(600, 4000); return [p, d + n, d, n]; });
    put(ws, rr, [['全市', colsum(b, 1), colsum(b, 2), colsum(b, 3)], ...b]);
  });

  // Y14 unit per column
  await save('y14_unit_per_col.xlsx', async wb => {
    const ws = wb.addWorksheet('园区');
    title(ws, '各开发区（园区）主要经济指标', null, 6);
    put(ws, 2, [['园区', '入驻企业（家）', '营业收入（万元）', '从业人员（人）', '利润总额（万元）', '营业收入利润率（%）']]);
    const parks = ['江州经济技术开发区', '江州高新技术产业开发区', '青山工业园区', '云溪工业园区', '丰乐产业园'];
    const rows = parks.map(p => { const rev = ri(100000, 3000000); return [p, ri(40, 400), rev, ri(2000, 40000), Math.round(rev * rf(0.03, 0.11))]; });
    const tot = ['合计', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3), colsum(rows, 4)];
    put(ws, 3, [tot, ...rows].map(x => [...x, pct(x[4], x[2], 2)]), [null, null, null, null, null, '0.00']);
  });

  // Y15 省直/市直 units besides regions
  await save('y15_shengzhi_shizhi.xlsx', async wb => {
    const ws = wb.addWorksheet('编制');
    title(ws, '机关事业单位在职人员情况', '单位：人', 5);
    put(ws, 3, [['单位', '在职人员', '机关', '事业单位', '其中：参公管理']]);
    const names = ['省直驻市单位', '市直单位', ...districts, ...counties];
    const rows = names.map(n => { const g = ri(800, 6000), s = ri(3000, 20000); return [n, g + s, g, s, ri(100, Math.floor(s / 5))]; });
    const tot = ['总计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 4, [tot, ...rows]);
  });

  // ---------- Party-organisation statistics ----------
  // P01 非公企业 覆盖 with 单独/联合组建
  await save('p01_feigong_coverage.xlsx', async wb => {
    const ws = wb.addWorksheet('非公企业');
    title(ws, '青山县非公有制企业党组织覆盖情况统计表', '统计时间：2025年12月31日', 8);
    put(ws, 3, [['乡镇（园区）', '非公企业数（户）', '其中：规上企业', '已建党组织企业数', '单独组建', '联合组建', '覆盖率（%）', '党员数（名）']]);
    const names = [...towns.slice(0, 8), '青山工业园区'];
    const rows = names.map(n => { const t = ri(30, 250), s = ri(10, 60), d = ri(3, 20), l = ri(5, 40); return [n, t, Math.min(s, t), d + l, d, l, ri(20, 300)]; });
    const tot = ['合计', ...[1, 2, 3, 4, 5, 6].map(j => colsum(rows, j))];
    put(ws, 4, [tot, ...rows].map(x => [x[0], x[1], x[2], x[3], x[4], x[5], pct(x[3], x[1]), x[6]]), [null, null, null, null, null, null, '0.0', null]);
  });

  // P02 社会组织 with 序号 and 排名
  await save('p02_shehui_rank.xlsx', async wb => {
    const ws = wb.addWorksheet('社会组织');
    title(ws, '各县（市、区）社会组织党建工作“两个覆盖”情况', null, 7);
    put(ws, 2, [['序号', '县（市、区）', '社会组织总数', '建立党组织数', '党组织覆盖率（%）', '工作覆盖率（%）', '覆盖率排名']]);
    const places = [...districts, ...counties];
    const rows = places.map(p => { const t = ri(80, 500), b = ri(20, t / 3); const w = ri(b + 10, t); return [p, t, b, w]; });
    const cov = rows.map(x => pct(x[2], x[1]));
    const order = cov.map((v, i) => i).sort((a, b) => cov[b] - cov[a]);
    const rank = []; order.forEach((i, k) => rank[i] = k + 1);
    const data = rows.map((x, i) => [i + 1, x[0], x[1], x[2], cov[i], pct(x[3], x[1]), rank[i]]);
    const T = colsum(rows, 1), B = colsum(rows, 2), W = colsum(rows, 3);
    put(ws, 3, [[null, '全市', T, B, pct(B, T), pct(W, T), null], ...data], [null, null, null, null, '0.0', '0.0', null]);
  });

  // P03 党员 structure with 其中 counts and 占比
  await save('p03_dangyuan_structure.xlsx', async wb => {
    const ws = wb.addWorksheet('党员结构');
    title(ws, '中共江州市委员会党员队伍结构情况', '单位：名、%', 9);
    put(ws, 3, [['党委', '党员总数', '女党员', '占比', '少数民族党员', '占比', '35岁及以下', '占比', '大专及以上学历']]);
    const names = ['市直机关工委', '市国资委党委', '市教育工委', ...districts, ...counties];
    const rows = names.map(n => { const t = ri(3000, 30000); return [n, t, Math.round(t * rf(0.25, 0.4)), Math.round(t * rf(0.01, 0.08)), Math.round(t * rf(0.15, 0.3)), Math.round(t * rf(0.4, 0.7))]; });
    const tot = ['全市', ...[1, 2, 3, 4, 5].map(j => colsum(rows, j))];
    put(ws, 4, [tot, ...rows].map(x => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], pct(x[3], x[1]), x[4], pct(x[4], x[1]), x[5]]), [null, null, null, '0.0', null, '0.0', null, '0.0', null]);
  });

  // P04 党组织 by type, rows 市直/县直 + sectors
  await save('p04_dangzuzhi_type.xlsx', async wb => {
    const ws = wb.addWorksheet('党组织');
    title(ws, '云溪县基层党组织按类型统计', '单位：个', 5);
    put(ws, 3, [['领域', '基层党组织合计', '党委', '党总支', '党支部']]);
    const sectors = ['县直机关', '县直事业单位', '国有企业', '非公有制企业', '社会组织', '农村（村）', '城市社区', '学校', '公立医院'];
    const rows = sectors.map(s => { const a = ri(0, 12), b = ri(0, 20), c = ri(10, 300); return [s, a + b + c, a, b, c]; });
    const tot = ['总计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 4, [tot, ...rows]);
  });

  // P05 发展党员 计划数 | 完成数 | 完成率
  await save('p05_fazhan_plan.xlsx', async wb => {
    const ws = wb.addWorksheet('发展党员');
    title(ws, '2025年度发展党员计划完成情况', null, 7);
    put(ws, 2, [['单位', '计划数（名）', '完成数（名）', '完成率（%）', '其中：一线工人', '其中：农民', '其中：35岁以下']]);
    const names = ['县直机关工委', '县教育工委', '县卫健系统党委', ...towns.slice(0, 8)];
    const rows = names.map(n => { const p = ri(8, 60); const d = Math.max(0, p + ri(-5, 3)); return [n, p, d, ri(0, Math.floor(d / 4)), ri(0, Math.floor(d / 3)), ri(0, Math.floor(d / 2))]; });
    const tot = ['全县', ...[1, 2, 3, 4, 5].map(j => colsum(rows, j))];
    put(ws, 3, [tot, ...rows].map(x => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], x[4], x[5]]), [null, null, null, '0.0', null, null, null]);
  });

  // P06 党员 flow: 上年末 + 增加 - 减少 = 本年末, with breakdowns
  await save('p06_dangyuan_flow.xlsx', async wb => {
    const ws = wb.addWorksheet('党员变动');
    title(ws, '党员数量变动情况统计表', '单位：名', 10);
    put(ws, 3, [
      ['单位', '上年末党员数', '本年增加', null, null, '本年减少', null, null, null, '本年末党员数'],
      [null, null, '小计', '发展党员', '转入', '小计', '死亡', '出党', '转出', null],
    ]);
    ws.mergeCells('A3:A4'); ws.mergeCells('B3:B4'); ws.mergeCells('C3:E3'); ws.mergeCells('F3:I3'); ws.mergeCells('J3:J4');
    const rows = towns.slice(0, 10).map(t => { const s = ri(800, 4000), f = ri(5, 40), i = ri(5, 80), d = ri(5, 60), o = ri(0, 3), x = ri(5, 70); return [t, s, f + i, f, i, d + o + x, d, o, x, s + f + i - d - o - x]; });
    const tot = ['合计', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(j => colsum(rows, j))];
    put(ws, 5, [tot, ...rows]);
  });

  // P07 党费收缴 yoy in 万元 rounded
  await save('p07_dangfei_yoy.xlsx', async wb => {
    const ws = wb.addWorksheet('党费');
    title(ws, '党费收缴使用情况（1-6月）', '单位：万元', 5);
    put(ws, 3, [['项目', '上年同期', '本期', '同比增减', '增幅（%）']]);
    const raw = [['党费收缴总额', 0, 0], ['  其中：在职党员', rf(200, 400), rf(200, 420)], ['        离退休党员', rf(30, 80), rf(30, 90)], ['        其他党员', rf(5, 20), rf(5, 20)]];
    raw[0][1] = raw[1][1] + raw[2][1] + raw[3][1]; raw[0][2] = raw[1][2] + raw[2][2] + raw[3][2];
    const rows = raw.map(x => { const a = r(x[1], 2), b = r(x[2], 2); return [x[0], a, b, r(b - a, 2), pct(b - a, a)]; });
    put(ws, 4, rows, [null, '0.00', '0.00', '0.00', '0.0']);
  });

  // P08 两新组织 by 片区 with 小计
  await save('p08_liangxin_pianqu.xlsx', async wb => {
    const ws = wb.addWorksheet('两新');
    title(ws, '各片区“两新”组织党组织组建情况', null, 7);
    put(ws, 2, [['片区', '乡镇', '非公企业数', '已建党组织', '社会组织数', '已建党组织', '两新党员数']]);
    const groups = { '中心片区': towns.slice(0, 3), '东部片区': towns.slice(3, 7), '西部片区': towns.slice(7, 10) };
    let rr = 3; const subs = [];
    const rowsAll = [];
    for (const [g, ts] of Object.entries(groups)) {
      const rows = ts.map(t => { const a = ri(20, 200), c = ri(10, 80); return [t, a, ri(3, a / 3), c, ri(1, c / 3), ri(20, 200)]; });
      const sub = ['小计', ...[1, 2, 3, 4, 5].map(j => colsum(rows, j))];
      subs.push(sub);
      rowsAll.push([g, ...rows[0]]);
      rows.slice(1).forEach(x => rowsAll.push([null, ...x]));
      rowsAll.push([null, ...sub]);
    }
    rowsAll.push(['总计', null, ...[1, 2, 3, 4, 5].map(j => colsum(subs, j))]);
    put(ws, 3, rowsAll);
    let s = 3; for (const ts of Object.values(groups)) { ws.mergeCells(s, 1, s + ts.length, 1); s += ts.length + 1; }
  });

  // P09 3-row merged header: 非公企业 | 社会组织 each with 总数/已建/覆盖率
  await save('p09_two_domain_header.xlsx', async wb => {
    const ws = wb.addWorksheet('两个覆盖');
    title(ws, '非公企业和社会组织党的组织覆盖情况', null, 7);
    put(ws, 2, [
      ['县（市、区）', '“两新”组织党组织覆盖', null, null, null, null, null],
      [null, '非公有制企业', null, null, '社会组织', null, null],
      [null, '总数（户）', '已建党组织（户）', '覆盖率（%）', '总数（个）', '已建党组织（个）', '覆盖率（%）'],
    ]);
    ws.mergeCells('A2:A4'); ws.mergeCells('B2:G2'); ws.mergeCells('B3:D3'); ws.mergeCells('E3:G3');
    const rows = [...districts, ...counties].map(p => { const a = ri(300, 3000), c = ri(100, 600); return [p, a, ri(a / 10, a / 2), c, ri(c / 10, c / 2)]; });
    const tot = ['全市', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3), colsum(rows, 4)];
    put(ws, 5, [tot, ...rows].map(x => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], x[4], pct(x[4], x[3])]), [null, null, null, '0.0', null, null, '0.0']);
  });

  // P10 zero as '-', 备注 with numbers
  await save('p10_dash_zero_remark.xlsx', async wb => {
    const ws = wb.addWorksheet('村社区');
    title(ws, '村（社区）党组织设置情况', '单位：个', 6);
    put(ws, 3, [['乡镇', '村（社区）党组织', '党委', '党总支', '党支部', '备注']]);
    const notes = ['新成立党委2个', null, '撤并党支部3个', null, '2025年升格党总支1个', null, null, null];
    const rows = towns.slice(0, 8).map((t, i) => { const a = i % 3 === 0 ? ri(1, 3) : 0, b = i % 2 === 0 ? ri(1, 5) : 0, c = ri(10, 40); return [t, a + b + c, a, b, c, notes[i]]; });
    const tot = ['合计', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3), colsum(rows, 4), '较上年减少5个'];
    put(ws, 4, [tot, ...rows].map(x => x.map((v, j) => (j >= 1 && j <= 4 && v === 0) ? '-' : v)));
  });

  // P11 first row = county name as total, footnote marks
  await save('p11_county_first_footnote.xlsx', async wb => {
    const ws = wb.addWorksheet('党员分布');
    title(ws, '安平县党员分布情况', '单位：名', 5);
    put(ws, 3, [['单位', '党员数', '在岗职工党员', '农牧渔民党员', '离退休人员党员']]);
    const names = ['城关镇①', '石桥镇', '龙泉镇', '白沙镇②', '清水镇', '黄山乡', '县直单位③'];
    const rows = names.map(n => { const a = ri(200, 2000), b = ri(300, 3000), c = ri(100, 900); return [n, a + b + c, a, b, c]; });
    const tot = ['安平县', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    let rr = put(ws, 4, [tot, ...rows]);
    put(ws, rr, [['注：①含城关街道社区；②含白沙林场；③含县直机关、事业单位和国有企业。']]);
  });

  // P12 市区小计 / 县小计 / 全市 for 党组织
  await save('p12_shiqu_xian_dangzuzhi.xlsx', async wb => {
    const ws = wb.addWorksheet('党组织数');
    title(ws, '全市基层党组织和党员数量', null, 5);
    put(ws, 2, [['地区', '基层党组织（个）', '其中：党支部（个）', '党员（名）', '其中：女党员（名）']]);
    const mk = p => { const o = ri(500, 3000), m = ri(15000, 80000); return [p, o, Math.round(o * rf(0.8, 0.92)), m, Math.round(m * rf(0.25, 0.35))]; };
    const d = districts.map(mk), c = counties.map(mk);
    const line = (n, xs) => [n, ...[1, 2, 3, 4].map(j => colsum(xs, j))];
    const sd = line('市区小计', d), sc = line('县小计', c), all = line('全市', [sd, sc]);
    put(ws, 3, [all, sd, ...d, sc, ...c]);
  });

  // P13 two stacked tables: 党组织 and 党员 by sector
  await save('p13_stacked_org_member.xlsx', async wb => {
    const ws = wb.addWorksheet('统计');
    title(ws, '丰乐县党内统计主要数据', null, 5);
    ws.getCell('A2').value = '表一  党组织情况（单位：个）';
    put(ws, 3, [['领域', '合计', '党委', '党总支', '党支部']]);
    const secs = ['机关', '事业单位', '企业', '农村', '社区', '社会组织'];
    const a = secs.map(s => { const x = ri(0, 10), y = ri(0, 15), z = ri(20, 300); return [s, x + y + z, x, y, z]; });
    let rr = put(ws, 4, [['合计', ...[1, 2, 3, 4].map(j => colsum(a, j))], ...a]);
    rr++;
    ws.getCell(rr, 1).value = '表二  党员情况（单位：名）'; rr++;
    rr = put(ws, rr, [['领域', '党员数', '女党员', '少数民族党员', '预备党员']]);
    const b = secs.map(s => { const t = ri(300, 9000); return [s, t, Math.round(t * 0.3), Math.round(t * 0.04), ri(5, 60)]; });
    put(ws, rr, [['合计', ...[1, 2, 3, 4].map(j => colsum(b, j))], ...b]);
  });

  // P14 percentages as text with %, thousands separators as text
  await save('p14_text_pct_thou.xlsx', async wb => {
    const ws = wb.addWorksheet('覆盖率');
    title(ws, '规模以上非公企业党组织覆盖率', null, 5);
    put(ws, 2, [['县（市、区）', '规上非公企业数', '已建党组织', '未建党组织', '覆盖率']]);
    const rows = [...districts, ...counties].map(p => { const t = ri(900, 4000), b = ri(t * 0.6, t * 0.95); return [p, t, b, t - b]; });
    const tot = ['全市', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    put(ws, 3, [tot, ...rows].map(x => [x[0], thou(x[1]), thou(x[2]), thou(x[3]), fmtd(pct(x[2], x[1]), 1) + '%']));
  });

  // P15 transposed age structure with 占比 summing to 100 (rounded)
  await save('p15_age_structure.xlsx', async wb => {
    const ws = wb.addWorksheet('年龄');
    title(ws, '党员年龄结构', null, 5);
    put(ws, 2, [['年龄段', '2024年末（名）', '占比（%）', '2025年末（名）', '占比（%）']]);
    const bands = ['30岁及以下', '31-35岁', '36-45岁', '46-55岁', '56-60岁', '61岁及以上'];
    const a = bands.map(() => ri(2000, 12000)), b = a.map(x => x + ri(-300, 500));
    const A = sum(a), B = sum(b);
    const rows = bands.map((n, i) => [n, a[i], pct(a[i], A), b[i], pct(b[i], B)]);
    put(ws, 3, [['合计', A, 100, B, 100], ...rows], [null, null, '0.0', null, '0.0']);
  });

  // P16 hidden column + unit per column + 序号 in party sheet
  await save('p16_partywork_funds.xlsx', async wb => {
    const ws = wb.addWorksheet('经费');
    title(ws, '各乡镇党组织工作经费和党员活动阵地情况', null, 7);
    put(ws, 2, [['序号', '乡镇', '工作经费（万元）', '党员（名）', '人均经费（元）', '阵地面积（平方米）', '达标率（%）']]);
    const rows = towns.slice(0, 8).map(t => { const f = rf(20, 120), m = ri(800, 3500), n = ri(10, 30); return [t, f, m, ri(2000, 9000), n, ri(Math.floor(n * 0.6), n)]; });
    const F = sum(rows.map(x => x[1])), M = colsum(rows, 2), AR = colsum(rows, 3), N = colsum(rows, 4), OK = colsum(rows, 5);
    const data = rows.map((x, i) => [i + 1, x[0], r(x[1], 2), x[2], Math.round(x[1] * 10000 / x[2]), x[3], pct(x[5], x[4])]);
    put(ws, 3, [...data, [null, '合计', r(F, 2), M, Math.round(F * 10000 / M), AR, pct(OK, N)]], [null, null, '0.00', null, null, null, '0.0']);
  });
}
main().catch(e => { console.error(e); process.exit(1); });
