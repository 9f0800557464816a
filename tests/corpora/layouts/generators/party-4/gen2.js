const L = require('./lib.js');
const { ri, rate, rd, colSum, sum, emit, col } = L;
L.setSeed(4202);
const F1 = '0.0';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
const tot = (label, rs, n, rates) => { const T = [label]; for (let i = 1; i < n; i++) T[i] = colSum(rs, i); rates.forEach(([k, a, b]) => { T[k] = rate(T[a], T[b]); }); return T; };
(async () => {
// t10 annual target / done / rate for three tasks as column groups; 市直属, 开发区 rows
{
  const cs = ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '于都县', '瑞金市', '市直属', '赣州经济技术开发区', '蓉江新区'];
  const rs = cs.map(c => { const r = [c]; for (let k = 0; k < 3; k++) { const t = ri(5, 60), d = ri(Math.floor(t * .6), Math.floor(t * 1.3)); r.push(t, d, rate(d, t)); } return r; });
  const T = tot('全市', rs, 10, [[3, 2, 1], [6, 5, 4], [9, 8, 7]]);
  const rows = [['赣州市2024年“两新”组织党建重点任务完成情况'], ['县（市、区）', '新建党组织（个）', null, null, '发展党员（名）', null, null, '选派党建指导员（名）', null, null], [null, '年度目标', '完成数', '完成率（%）', '年度目标', '完成数', '完成率（%）', '年度目标', '完成数', '完成率（%）'], ...[T, ...rs].map(r => fm(r, [3, 6, 9]))];
  await emit('t10-targets-three-tasks.xlsx', [{ rows, merges: ['A1:J1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2'] }], { row: '大余县', col: 6, kind: 'rate 完成率 (发展党员)' });
}
// t11 党组织 by type: 数量 and 占比 for each, row shares sum ~100
{
  const cs = ['镜湖区', '弋江区', '鸠江区', '湾沚区', '繁昌区', '南陵县', '无为市'];
  const rs = cs.map(c => { const a = ri(2, 15), b = ri(5, 30), d = ri(40, 300), n = a + b + d; return [c, n, a, rate(a, n), b, rate(b, n), d, rate(d, n)]; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), 0, colSum(rs, 4), 0, colSum(rs, 6), 0]; T[3] = rate(T[2], T[1]); T[5] = rate(T[4], T[1]); T[7] = rate(T[6], T[1]);
  const rows = [['芜湖市非公企业党组织类型构成'], ['县（市、区）', '党组织总数（个）', '党委', null, '党总支', null, '党支部', null], [null, null, '数量（个）', '占比（%）', '数量（个）', '占比（%）', '数量（个）', '占比（%）'], ...[...rs, T].map(r => fm(r, [3, 5, 7]))];
  await emit('t11-org-types-count-and-share.xlsx', [{ rows, merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2'] }], { row: '湾沚区', col: 4, kind: 'part 党总支数量 (complete breakdown)' });
}
// t12 statistical report form: 表号/制定机关/批准文号 block, 填报单位, unit line, 说明, signature footer
{
  const cs = ['潍城区', '寒亭区', '坊子区', '奎文区', '青州市', '诸城市', '寿光市', '安丘市', '高密市', '昌邑市'];
  const rs = cs.map(c => { const e = ri(1500, 9000), m = ri(Math.floor(e * .2), Math.floor(e * .4)), own = ri(Math.floor(m * .3), Math.floor(m * .6)), jo = ri(10, 80), jc = ri(jo * 2, jo * 6); return [c, e, m, own, jo, jc, rate(own + jc, e)]; });
  const T = tot('总计', rs, 7, []); T[6] = rate(T[3] + T[5], T[1]);
  const rows = [[null, null, null, null, null, '表    号：', '党统非公2表'], [null, null, null, null, null, '制定机关：', '中共潍坊市委组织部'], [null, null, null, null, null, '有效期至：', '2026年12月'],
    ['潍坊市非公有制企业党组织建设情况'], ['2024年度'], ['填报单位（盖章）：', null, null, null, null, '计量单位：家、个、%'],
    ['县（市、区）', '非公企业数', '有党员的企业数', '单独建立党组织企业数', '联合党组织数', '联合党组织覆盖企业数', '党组织覆盖率（%）'], ['甲', '1', '2', '3', '4', '5', '6'], T, ...rs,
    ['单位负责人：', null, '统计负责人：', null, '填表人：', null, '报出日期：2025年1月15日'], ['说明：1.覆盖率=（单独建立党组织企业数+联合党组织覆盖企业数）÷非公企业数×100%。'], ['      2.联合党组织覆盖企业数不含已单独建立党组织的企业。']].map((r, i) => (i >= 8 && i <= 8 + rs.length) ? fm(r, [6]) : r);
  await emit('t12-report-form-header-block.xlsx', [{ rows, merges: ['A4:G4', 'A5:G5'] }], { row: '寿光市', col: 3, kind: 'count 单独建立 under rate' });
}
// t13 rates as fractions formatted 0.0% and 0.00%, total rate from totals
{
  const cs = ['老城区', '西工区', '瀍河回族区', '涧西区', '偃师区', '孟津区', '洛龙区', '新安县', '栾川县', '嵩县', '伊川县'];
  const r4 = (n, d) => rate(n, d, 3, 1); const r5 = (n, d) => rate(n, d, 4, 1);
  const rs = cs.map(c => { const e = ri(400, 3000), cv = ri(Math.floor(e * .3), Math.floor(e * .7)), s = ri(50, 400), sc = ri(Math.floor(s * .4), s); return [c, e, cv, r4(cv, e), s, sc, r5(sc, s)]; });
  const T = ['全市', colSum(rs, 1), colSum(rs, 2), 0, colSum(rs, 4), colSum(rs, 5), 0]; T[3] = r4(T[2], T[1]); T[6] = r5(T[5], T[4]);
  const rows = [['洛阳市“两新”组织党组织覆盖率'], ['县（市、区）', '非公企业数', '党组织覆盖企业数', '非公企业覆盖率', '社会组织数', '党组织覆盖社会组织数', '社会组织覆盖率'], ...[...rs, T].map(r => r.map((v, i) => i === 3 ? { v, fmt: '0.0%' } : i === 6 ? { v, fmt: '0.00%' } : v))];
  await emit('t13-fraction-rates-percent-format.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '涧西区', col: 3, kind: 'fraction rate 0.0%' });
}
// t14 乡镇 table with 村(社区) columns + enterprise + social org groups
{
  const ts = ['莲池镇', '南大园乡', '焦庄乡', '杨庄乡', '五尧乡', '百楼乡', '韩庄乡', '东金庄乡', '中山路街道'];
  const rs = ts.map(t => { const v = ri(8, 35), s = ri(0, 5), e = ri(30, 260), eb = ri(Math.floor(e * .1), Math.floor(e * .4)), so = ri(2, 30), sb = ri(0, so); return [t, v, s, v + s, e, eb, rate(eb, e), so, sb, rate(sb, so)]; });
  const T = tot('合计', rs, 10, [[6, 5, 4], [9, 8, 7]]);
  const rows = [['清苑区各乡镇（街道）“两新”组织党建情况'], ['乡镇（街道）', '村（社区）数', null, null, '非公企业', null, null, '社会组织', null, null], [null, '村', '社区', '小计', '企业数', '已建党组织企业数', '覆盖率（%）', '社会组织数', '已建党组织数', '覆盖率（%）'], ...[...rs, T].map(r => fm(r, [6, 9]))];
  await emit('t14-towns-with-village-columns.xlsx', [{ rows, merges: ['A1:J1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2'] }], { row: '合计', col: 3, kind: 'total 村(社区) 小计' });
}
// t15 封面 + 填表说明 + 表一 企业 + 表二 社会组织 + 表三 党员 (表三 = 表一 + 表二 members)
{
  const cs = ['红花岗区', '汇川区', '播州区', '桐梓县', '绥阳县', '正安县', '湄潭县', '仁怀市', '赤水市'];
  const A = cs.map(c => { const e = ri(500, 4000), cv = ri(Math.floor(e * .3), Math.floor(e * .6)), m = ri(300, 3000); return [c, e, cv, rate(cv, e), m]; });
  const B = cs.map(c => { const s = ri(60, 500), cv = ri(Math.floor(s * .3), Math.floor(s * .8)), m = ri(50, 900); return [c, s, cv, rate(cv, s), m]; });
  const TA = tot('合计', A, 5, [[3, 2, 1]]), TB = tot('合计', B, 5, [[3, 2, 1]]);
  const C = cs.map((c, i) => { const n = A[i][4] + B[i][4], f = ri(Math.floor(n * .25), Math.floor(n * .45)); return [c, n, A[i][4], B[i][4], f, rate(f, n)]; });
  const TC = tot('合计', C, 6, [[5, 4, 1]]);
  const sheets = [
    { name: '封面', rows: [[], ['遵义市“两新”组织党建工作统计年报'], [], ['（2024年度）'], [], ['填报单位：中共遵义市委两新工委'], ['报送日期：2025年1月20日'], ['联系人：罗明'], ['联系电话：0851-28221234']], merges: ['A2:F2', 'A4:F4'] },
    { name: '填表说明', rows: [['填表说明'], ['一、本年报包括表一至表三，统计时点为2024年12月31日。'], ['二、覆盖率=党组织覆盖数÷单位数×100%，保留1位小数。'], ['三、表三党员总数=表一党员数+表二党员数。'], ['四、数据请勿使用公式链接外部文件。']] },
    { name: '表一 非公企业', rows: [['表一  非公有制企业党组织覆盖情况'], ['县（市、区）', '非公企业数（家）', '党组织覆盖企业数（家）', '覆盖率（%）', '党员数（名）'], ...[...A, TA].map(r => fm(r, [3]))], merges: ['A1:E1'] },
    { name: '表二 社会组织', rows: [['表二  社会组织党组织覆盖情况'], ['县（市、区）', '社会组织数（个）', '党组织覆盖社会组织数（个）', '覆盖率（%）', '党员数（名）'], ...[...B, TB].map(r => fm(r, [3]))], merges: ['A1:E1'] },
    { name: '表三 党员', rows: [['表三  “两新”组织党员情况'], ['县（市、区）', '党员总数（名）', '非公企业党员', '社会组织党员', '其中：女党员', '女党员占比（%）'], ...[...C, TC].map(r => fm(r, [5]))], merges: ['A1:F1'] }];
  await emit('t15-cover-notes-three-tables.xlsx', sheets, { sheet: '表二 社会组织', row: '湄潭县', col: 2, kind: 'count under rate on 表二' });
}
// t16 汇总 + one sheet per county (town rows with 合计), 汇总 rows = county totals
{
  const struct = { '渭滨区': ['经二路街道', '清姜街道', '神农镇', '马营镇', '八鱼镇'], '金台区': ['中山东路街道', '东风路街道', '蟠龙镇', '金河镇', '硖石镇', '陈仓镇'], '陈仓区': ['虢镇街道', '千渭街道', '阳平镇', '周原镇', '贾村镇'], '岐山县': ['凤鸣镇', '蔡家坡镇', '益店镇', '京当镇'] };
  const mk = t => { const e = ri(60, 400), own = ri(Math.floor(e * .05), Math.floor(e * .2)), jc = ri(Math.floor(e * .05), Math.floor(e * .3)); return [t, e, own, jc, own + jc, rate(own + jc, e)]; };
  const hdr = ['乡镇（街道）', '非公企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖企业数合计', '覆盖率（%）'];
  const sheets = [], sums = [];
  for (const [c, ts] of Object.entries(struct)) { const rs = ts.map(mk); const T = tot('合计', rs, 6, [[5, 4, 1]]); sums.push([c, ...T.slice(1)]); sheets.push({ name: c, rows: [[`${c}非公企业党组织覆盖情况`], hdr, ...[...rs, T].map(r => fm(r, [5]))], merges: ['A1:F1'] }); }
  const G = tot('全市', sums, 6, [[5, 4, 1]]);
  sheets.unshift({ name: '汇总', rows: [['宝鸡市非公企业党组织覆盖情况汇总表'], ['县（区）', ...hdr.slice(1)], ...[...sums, G].map(r => fm(r, [5]))], merges: ['A1:F1'] });
  await emit('t16-summary-sheet-plus-county-sheets.xlsx', sheets, { sheet: '金台区', row: '蟠龙镇', col: 3, kind: 'town count on a county sheet (sum of 合计 and 汇总)' });
}
// t17 CSV GBK: title, unit line, header, rows, 合计, 注
{
  const cs = ['禅城区', '南海区', '顺德区', '高明区', '三水区'];
  const rs = cs.map(c => { const e = ri(8000, 40000), m = ri(Math.floor(e * .1), Math.floor(e * .2)), cv = ri(Math.floor(e * .2), Math.floor(e * .4)); return [c, e, m, cv, rate(cv, e).toFixed(1)]; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), colSum(rs, 3), 0]; T[4] = rate(T[3], T[1]).toFixed(1);
  const rows = [['佛山市非公企业党组织覆盖情况'], ['单位：家、%'], ['区', '非公企业数', '有党员企业数', '党组织覆盖企业数', '覆盖率（%）'], ...rs, T, ['注：数据来源于全市党员信息管理系统。']];
  await emit('t17-csv-gbk-title-unit-note.csv', [{ rows, gbk: true }], { row: '合计', col: 3, kind: 'total covered in GBK CSV' });
}
// t18 CSV GBK: 其中 columns, '—' rate where base 0, 合计 top
{
  const cs = ['东河区', '昆都仑区', '青山区', '石拐区', '白云鄂博矿区', '九原区', '土默特右旗', '固阳县', '达尔罕茂明安联合旗'];
  const rs = cs.map(c => { const s = c === '白云鄂博矿区' ? 0 : ri(20, 300), cv = ri(0, s), st = ri(0, Math.floor(s * .4)); return [c, s, st, cv, s ? rate(cv, s).toFixed(1) : '—']; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), colSum(rs, 3), 0]; T[4] = rate(T[3], T[1]).toFixed(1);
  const rows = [['包头市社会组织党组织覆盖情况'], ['旗县区', '社会组织数', '其中：社会团体', '党组织覆盖数', '覆盖率（%）'], T, ...rs];
  await emit('t18-csv-gbk-ofwhich-dash.csv', [{ rows, gbk: true }], { row: '九原区', col: 4, kind: 'rate text in GBK CSV' });
}
L.savePlants('2');
})();
