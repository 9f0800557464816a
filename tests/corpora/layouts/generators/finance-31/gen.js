const L = require('./lib');
const { uni, rint, rd, mkEntity, sumEntities, growth, profitGrowth, writeTable, newWb, save, setSeed } = L;
const OUT = require('path').join(__dirname, 'clean') + '/';
require('fs').mkdirSync(OUT, { recursive: true });

setSeed(7771);
const MINING = [['06', '煤炭开采和洗选业'], ['07', '石油和天然气开采业'], ['08', '黑色金属矿采选业'], ['09', '有色金属矿采选业'], ['10', '非金属矿采选业'], ['11', '开采专业及辅助性活动'], ['12', '其他采矿业']];
const MANU = ['农副食品加工业', '食品制造业', '酒、饮料和精制茶制造业', '烟草制品业', '纺织业', '纺织服装、服饰业', '皮革、毛皮、羽毛及其制品和制鞋业', '木材加工和木、竹、藤、棕、草制品业', '家具制造业', '造纸和纸制品业', '印刷和记录媒介复制业', '文教、工美、体育和娱乐用品制造业', '石油、煤炭及其他燃料加工业', '化学原料和化学制品制造业', '医药制造业', '化学纤维制造业', '橡胶和塑料制品业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '有色金属冶炼和压延加工业', '金属制品业', '通用设备制造业', '专用设备制造业', '汽车制造业', '铁路、船舶、航空航天和其他运输设备制造业', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业', '仪器仪表制造业', '其他制造业', '废弃资源综合利用业', '金属制品、机械和设备修理业'].map((n, i) => [String(13 + i), n]);
const UTIL = [['44', '电力、热力生产和供应业'], ['45', '燃气生产和供应业'], ['46', '水的生产和供应业']];

const special = {
  '其他采矿业': { profit: -0.04, prevProfit: -0.02 },            // 增亏
  '开采专业及辅助性活动': { profit: 0.03, prevProfit: -0.02 },     // 扭亏
  '燃气生产和供应业': { profit: -0.01, prevProfit: -0.03 },        // 减亏
  '石油、煤炭及其他燃料加工业': { profit: -0.008, prevProfit: 0.02 }, // 由盈转亏 (growth < -100)
  '黑色金属冶炼和压延加工业': { profit: 0.002, prevProfit: 0.015 },
};
function mk(list, scale) { return list.map(([code, n]) => { const e = mkEntity(n, scale * uni(0.3, 1.5), special[n] || {}); e.code = code; return e; }); }
const mining = mk(MINING, 0.3), manu = mk(MANU, 1.0), util = mk(UTIL, 0.5);
const B = sumEntities('采矿业', mining); B.code = 'B';
const C = sumEntities('制造业', manu); C.code = 'C';
const D = sumEntities('电力、热力、燃气及水生产和供应业', util); D.code = 'D';
const TOT = sumEntities('总计', [B, C, D]);

const pct = (a, b, d = 1) => (a / b) * 100;
const files = [];
async function out(name, wb) { await save(wb, OUT + name); files.push(name); }

// standard column sets
const STD = [
  ['企业单位数（个）', e => e.n, '0'],
  ['亏损企业（个）', e => e.l, '0'],
  ['亏损面（%）', e => pct(e.l, e.n), '0.0'],
  ['资产总计', e => e.A, '0.0'],
  ['负债合计', e => e.L, '0.0'],
  ['资产负债率（%）', e => pct(e.L, e.A), '0.0'],
  ['营业收入', e => e.R, '0.0'],
  ['营业成本', e => e.C, '0.0'],
  ['利润总额', e => e.P, '0.0'],
];
function simpleTable(ws, title, unit, rows, cols, opts = {}) {
  return writeTable(ws, {
    title, unit, unitRight: opts.unitRight,
    header: [[opts.stub || '行业', ...cols.map(c => c[0])]],
    rows: rows.map(e => [(opts.label ? opts.label(e) : e.name), ...cols.map(c => c[1](e))]),
    fmts: [null, ...cols.map(c => c[2])],
    notes: opts.notes, indent: opts.indent, textNumbers: opts.textNumbers,
  });
}

async function main() {
  // c01: by 门类
  { const wb = newWb(); const ws = wb.addWorksheet('表1');
    simpleTable(ws, '规模以上工业企业主要经济效益指标（按门类分）', '单位：亿元', [TOT, B, C, D], STD, { unitRight: true, notes: ['注：本表统计范围为年主营业务收入2000万元及以上的工业法人单位。'] });
    await out('c01_menlei.xlsx', wb); }

  // c02: mining 大类 with indent and 其他采矿业 negative
  { const wb = newWb(); const ws = wb.addWorksheet('采矿业');
    const rows = [B, ...mining];
    simpleTable(ws, '采矿业规模以上工业企业主要指标', '单位：亿元', rows, STD, { indent: Object.fromEntries(rows.map((_, i) => [i, i ? 1 : 0])) });
    await out('c02_mining.xlsx', wb); }

  // c03: full 大类 list with codes in separate column, 2 decimals
  { const wb = newWb(); const ws = wb.addWorksheet('分行业');
    const rows = [TOT, B, ...mining, C, ...manu, D, ...util];
    const cols = [['企业单位数', e => e.n, '0'], ['资产总计', e => e.A, '0.00'], ['负债合计', e => e.L, '0.00'], ['营业收入', e => e.R, '0.00'], ['营业成本', e => e.C, '0.00'], ['利润总额', e => e.P, '0.00'], ['亏损企业亏损额', e => e.lossAmt, '0.00']];
    writeTable(ws, { title: '2023年分行业规模以上工业企业主要经济指标', unit: '单位：个、亿元', header: [['行业代码', '行业', ...cols.map(c => c[0])]],
      rows: rows.map(e => [e.code || '', e.name, ...cols.map(c => c[1](e))]), fmts: [null, null, ...cols.map(c => c[2])] });
    await out('c03_full_dalei.xlsx', wb); }

  // size classes
  setSeed(991);
  const big = mkEntity('大型企业', 0.08, {}), mid = mkEntity('中型企业', 0.4, {}), sm = mkEntity('小型企业', 3, {}), mic = mkEntity('微型企业', 0.3, { profit: -0.005, prevProfit: 0.004 });
  big.A *= 8; big.L *= 8; big.R *= 7; big.C *= 7; big.P *= 7; big.prev.A *= 8; big.prev.L *= 8; big.prev.R *= 7; big.prev.C *= 7; big.prev.P *= 7;
  const SZ = sumEntities('总计', [big, mid, sm, mic]);
  // c04 size with growth
  { const wb = newWb(); const ws = wb.addWorksheet('按规模');
    const cols = [['企业单位数（个）', e => e.n, '0'], ['亏损企业（个）', e => e.l, '0'], ['亏损面（%）', e => pct(e.l, e.n), '0.0'], ['营业收入（亿元）', e => e.R, '0.0'], ['比上年增长（%）', e => growth(e.R, e.prev.R), '0.0'], ['利润总额（亿元）', e => e.P, '0.0'], ['比上年增长（%）', e => profitGrowth(e.P, e.prev.P), '0.0'], ['营业收入利润率（%）', e => pct(e.P, e.R), '0.00']];
    simpleTable(ws, '按企业规模分规模以上工业企业主要指标', null, [SZ, big, mid, sm, mic], cols, { stub: '企业规模' });
    await out('c04_size_growth.xlsx', wb); }

  // c05 regtype NBS monthly style (其中 rows don't sum)
  setSeed(1234);
  const RT = mkEntity('总计', 10); RT.A *= 1; // base
  const soe = { name: '其中：国有控股企业', r: 0.27 }, shr = { name: '其中：股份制企业', r: 0.70 }, fdi = { name: '外商及港澳台商投资企业', r: 0.21 }, pvt = { name: '其中：私营企业', r: 0.34 };
  const regRows = [soe, shr, fdi, pvt].map(x => { const e = { name: x.name, prev: {} }; for (const k of ['R', 'C', 'P', 'A', 'L']) { e[k] = RT[k] * x.r * uni(0.96, 1.04); e.prev[k] = RT.prev[k] * x.r * uni(0.96, 1.04); } return e; });
  { const wb = newWb(); const ws = wb.addWorksheet('Sheet1');
    const rows = [RT, ...regRows];
    writeTable(ws, { title: '2023年1—11月份规模以上工业企业主要财务指标', header: [['分组', '营业收入', null, '营业成本', null, '利润总额', null], [null, '1—11月（亿元）', '比上年同期增长（%）', '1—11月（亿元）', '比上年同期增长（%）', '1—11月（亿元）', '比上年同期增长（%）']],
      merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 0, 6]],
      rows: rows.map(e => [e.name, e.R, growth(e.R, e.prev.R), e.C, growth(e.C, e.prev.C), e.P, growth(e.P, e.prev.P)]), fmts: [null, '0.0', '0.0', '0.0', '0.0', '0.0', '0.0'],
      notes: ['注：1. 本表中部分指标存在总计不等于分项之和情况，是数据四舍五入所致，未作机械调整。', '2. 股份制企业、私营企业与国有控股企业存在交叉，不能直接相加。'] });
    await out('c05_regtype_monthly.xlsx', wb); }

  // c06 yearbook regtype hierarchy
  setSeed(555);
  const dom = ['国有企业', '集体企业', '股份合作企业', '联营企业', '有限责任公司', '股份有限公司', '私营企业', '其他企业'].map(n => mkEntity(n, n === '私营企业' ? 4 : n === '有限责任公司' ? 2 : 0.2));
  const DOM = sumEntities('内资企业', dom);
  const hk = mkEntity('港澳台商投资企业', 0.6), fo = mkEntity('外商投资企业', 0.7);
  const RTT = sumEntities('总计', [DOM, hk, fo]);
  const soeMemo = { name: '其中：国有控股企业', n: Math.round(RTT.n * 0.06), prev: {} }; soeMemo.l = Math.round(soeMemo.n * 0.3); soeMemo.A = RTT.A * 0.35; soeMemo.L = soeMemo.A * 0.57; soeMemo.R = RTT.R * 0.26; soeMemo.C = soeMemo.R * 0.84; soeMemo.P = soeMemo.R * 0.05;
  { const wb = newWb(); const ws = wb.addWorksheet('按登记注册类型分');
    const rows = [RTT, DOM, ...dom, hk, fo, soeMemo];
    simpleTable(ws, '规模以上工业企业主要指标（按登记注册类型分）', '单位：亿元', rows, STD, { stub: '登记注册类型', indent: { 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1 } });
    await out('c06_regtype_yearbook.xlsx', wb); }

  // c07 monthly by 门类 with growth only, plus 其中 regtype block appended
  { const wb = newWb(); const ws = wb.addWorksheet('利润');
    const rows = [TOT, B, C, D];
    writeTable(ws, { title: '规模以上工业企业利润总额', unit: '单位：亿元，%', header: [['', '利润总额', '比上年增长', '营业收入', '比上年增长', '营业收入利润率']],
      rows: [...rows.map(e => [e.name, e.P, growth(e.P, e.prev.P), e.R, growth(e.R, e.prev.R), pct(e.P, e.R)]),
        ['煤炭开采和洗选业', mining[0].P, growth(mining[0].P, mining[0].prev.P), mining[0].R, growth(mining[0].R, mining[0].prev.R), pct(mining[0].P, mining[0].R)]],
      fmts: [null, '0.0', '0.0', '0.0', '0.0', '0.00'], indent: { 1: 1, 2: 1, 3: 1, 4: 2 } });
    await out('c07_profit_growth.xlsx', wb); }

  // c08 profit both years with words
  { const wb = newWb(); const ws = wb.addWorksheet('利润总额');
    const rows = [B, ...mining, D, ...util];
    writeTable(ws, { title: '分行业规模以上工业企业利润总额', unit: '单位：亿元', header: [['行业', '2023年', '2022年', '比上年增长（%）']],
      rows: rows.map(e => [e.name, e.P, e.prev.P, profitGrowth(e.P, e.prev.P)]), fmts: [null, '0.00', '0.00', '0.0'],
      notes: ['注：上年利润总额为负值的行业，增长速度以"扭亏""增亏""减亏"表示。'] });
    await out('c08_profit_words.xlsx', wb); }

  // c09 two-year block with merged headers
  { const wb = newWb(); const ws = wb.addWorksheet('两年对比');
    const rows = [TOT, B, C, D];
    writeTable(ws, { title: '规模以上工业企业主要指标（2022—2023年）', unit: '单位：个，亿元', header: [['行业', '2022年', null, null, '2023年', null, null], [null, '企业单位数', '营业收入', '利润总额', '企业单位数', '营业收入', '利润总额']],
      merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]],
      rows: rows.map(e => [e.name, e.prev.n, e.prev.R, e.prev.P, e.n, e.R, e.P]), fmts: [null, '0', '0.0', '0.0', '0', '0.0', '0.0'] });
    await out('c09_two_year_block.xlsx', wb); }

  // c10 transposed: indicators as rows, years as columns
  { const wb = newWb(); const ws = wb.addWorksheet('主要指标');
    setSeed(42);
    const years = []; let e = { n: 5200, l: 610, A: 32000, L: 18500, R: 41000, C: 35000, P: 2400, emp: 230 };
    for (let y = 2019; y <= 2023; y++) { years.push({ y, ...e }); e = { n: Math.round(e.n * uni(1.0, 1.07)), l: Math.round(e.l * uni(0.9, 1.2)), A: e.A * uni(1.03, 1.1), L: 0, R: e.R * uni(0.97, 1.12), C: 0, P: e.P * uni(0.85, 1.2), emp: e.emp * uni(0.97, 1.02) }; e.L = e.A * uni(0.55, 0.6); e.C = e.R * uni(0.83, 0.87); }
    years.forEach(x => { if (!x.L) { x.L = x.A * 0.57; x.C = x.R * 0.85; } });
    const ind = [['企业单位数（个）', x => x.n, '0'], ['亏损企业（个）', x => x.l, '0'], ['亏损面（%）', x => pct(x.l, x.n), '0.0'], ['资产总计（亿元）', x => x.A, '0.0'], ['负债合计（亿元）', x => x.L, '0.0'], ['资产负债率（%）', x => pct(x.L, x.A), '0.0'], ['营业收入（亿元）', x => x.R, '0.0'], ['营业成本（亿元）', x => x.C, '0.0'], ['利润总额（亿元）', x => x.P, '0.0'], ['营业收入利润率（%）', x => pct(x.P, x.R), '0.00'], ['平均用工人数（万人）', x => x.emp, '0.0']];
    const tbl = { title: '全省规模以上工业企业主要指标', header: [['指标', ...years.map(x => x.y + '年')]], rows: [], fmts: [null] };
    for (const [nm, f, fmt] of ind) tbl.rows.push([nm, ...years.map(x => rd(f(x), fmt.includes('.') ? fmt.split('.')[1].length : 0))]);
    // fmts per column aren't per row; apply manually
    const r = writeTable(ws, { ...tbl, fmts: [null, ...years.map(() => null)] });
    for (let i = 0; i < ind.length; i++) for (let j = 0; j < years.length; j++) ws.getCell(r.dataStart + i, j + 2).numFmt = ind[i][2];
    await out('c10_transposed.xlsx', wb); }

  // c11 loss table by size
  { const wb = newWb(); const ws = wb.addWorksheet('亏损');
    const rows = [SZ, big, mid, sm, mic];
    writeTable(ws, { title: '规模以上工业亏损企业情况', header: [['企业规模', '企业单位数（个）', '亏损企业', null, null, '亏损企业亏损额', null], [null, null, '本年（个）', '亏损面（%）', '亏损面比上年增减（百分点）', '本年（亿元）', '比上年增长（%）']],
      merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 6]],
      rows: rows.map(e => [e.name, e.n, e.l, pct(e.l, e.n), rd(pct(e.l, e.n) - pct(e.prev.l, e.prev.n), 1), e.lossAmt, growth(e.lossAmt, e.prev.lossAmt)]),
      fmts: [null, '0', '0', '0.0', '0.0', '0.0', '0.0'] });
    await out('c11_loss_size.xlsx', wb); }

  // c12 leverage with percentage-point change, both years shown
  { const wb = newWb(); const ws = wb.addWorksheet('资产负债');
    const rows = [TOT, B, C, D];
    const rate = (x) => rd(pct(x.L, x.A), 1);
    writeTable(ws, { title: '规模以上工业企业资产负债情况', unit: '单位：亿元', unitRight: true, header: [['行业', '资产总计', '负债合计', '资产负债率（%）', '上年资产负债率（%）', '增减（百分点）']],
      rows: rows.map(e => [e.name, e.A, e.L, pct(e.L, e.A), pct(e.prev.L, e.prev.A), rd(rate(e) - rd(pct(e.prev.L, e.prev.A), 1), 1)]), fmts: [null, '0.0', '0.0', '0.0', '0.0', '0.0'] });
    await out('c12_leverage_pp.xlsx', wb); }

  // c13 per capita revenue
  { const wb = newWb(); const ws = wb.addWorksheet('人均');
    const rows = [TOT, B, C, D, ...util];
    writeTable(ws, { title: '规模以上工业企业人均营业收入', header: [['行业', '营业收入（亿元）', '平均用工人数（万人）', '人均营业收入（万元/人）']],
      rows: rows.map(e => [e.name, e.R, e.emp, e.R / e.emp]), fmts: [null, '0.0', '0.00', '0.0'], indent: { 4: 1, 5: 1, 6: 1 } });
    await out('c13_percapita.xlsx', wb); }

  // c14 receivables & inventory with 其中 rows (non-summing)
  { const wb = newWb(); const ws = wb.addWorksheet('应收存货');
    const rows = [TOT, B, C, { ...manu[26], name: '其中：计算机、通信和其他电子设备制造业' }, { ...manu[23], name: '　　　汽车制造业' }, D];
    writeTable(ws, { title: '规模以上工业企业应收账款和产成品存货', unit: '单位：亿元', header: [['行业', '应收账款', '比上年末增长（%）', '产成品存货', '比上年末增长（%）']],
      rows: rows.map(e => [e.name, e.recv, growth(e.recv, e.prev.recv), e.inv, growth(e.inv, e.prev.inv)]), fmts: [null, '0.0', '0.0', '0.0', '0.0'] });
    await out('c14_recv_inv.xlsx', wb); }

  // c15 limit-above wholesale/retail/hotel/catering
  setSeed(303);
  const trade = ['批发业', '零售业', '住宿业', '餐饮业'].map((n, i) => { const s = [6, 8, 1, 2][i]; const e = { name: n, n: rint(300, 900) * s, emp: uni(2, 6) * s, R: uni(800, 1500) * s * (i === 0 ? 3 : 1), prev: {} }; e.op = e.R * (i === 2 ? -0.01 : uni(0.005, 0.03)); e.prev.R = e.R / uni(0.95, 1.12); e.prev.op = e.prev.R * (i === 2 ? -0.03 : uni(0.005, 0.03)); return e; });
  const TR = { name: '合计', n: 0, emp: 0, R: 0, op: 0, prev: { R: 0, op: 0 } }; for (const t of trade) { TR.n += t.n; TR.emp += t.emp; TR.R += t.R; TR.op += t.op; TR.prev.R += t.prev.R; TR.prev.op += t.prev.op; }
  { const wb = newWb(); const ws = wb.addWorksheet('限上贸易');
    writeTable(ws, { title: '限额以上批发和零售业、住宿和餐饮业法人企业主要指标', header: [['行业', '法人企业数（个）', '年末从业人员（万人）', '营业收入（亿元）', '比上年增长（%）', '营业利润（亿元）', '上年营业利润（亿元）', '比上年增长（%）']],
      rows: [TR, ...trade].map(e => [e.name, e.n, e.emp, e.R, growth(e.R, e.prev.R), e.op, e.prev.op, profitGrowth(e.op, e.prev.op)]), fmts: [null, '0', '0.00', '0.0', '0.0', '0.0', '0.0', '0.0'] });
    await out('c15_trade.xlsx', wb); }

  // c16 accommodation/catering turnover components
  { const wb = newWb(); const ws = wb.addWorksheet('住餐');
    const mk2 = (n, s) => { const a = uni(50, 200) * s, b = uni(80, 300) * s, c = uni(10, 40) * s, d = uni(5, 20) * s; return { name: n, a, b, c, d, t: a + b + c + d }; };
    const parts = [mk2('住宿业', 1), mk2('餐饮业', 2)]; parts[1].a = uni(1, 3); parts[1].t = parts[1].a + parts[1].b + parts[1].c + parts[1].d;
    const T = { name: '合计' }; for (const k of ['a', 'b', 'c', 'd', 't']) T[k] = parts[0][k] + parts[1][k];
    writeTable(ws, { title: '限额以上住宿和餐饮业营业额构成', unit: '单位：万元', header: [['', '营业额', '客房收入', '餐费收入', '商品销售额', '其他收入']],
      rows: [T, ...parts].map(e => [e.name, e.t * 10000, e.a * 10000, e.b * 10000, e.c * 10000, e.d * 10000]), fmts: [null, '0', '0', '0', '0', '0'] });
    await out('c16_hotel_turnover.xlsx', wb); }

  // c17 services above scale
  setSeed(808);
  const SV = ['交通运输、仓储和邮政业', '信息传输、软件和信息技术服务业', '房地产业（不含房地产开发经营）', '租赁和商务服务业', '科学研究和技术服务业', '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '教育', '卫生和社会工作', '文化、体育和娱乐业'];
  const sv = SV.map((n, i) => { const R = uni(200, 3000); const e = { name: n, n: rint(200, 2500), R, op: R * (i === 5 ? -0.02 : i === 9 ? -0.05 : uni(0.02, 0.15)), pay: R * uni(0.05, 0.3), prev: {} }; e.prev.R = R / uni(0.9, 1.2); e.prev.op = e.prev.R * (i === 5 ? -0.01 : i === 9 ? -0.08 : uni(0.02, 0.15)); return e; });
  const SVT = { name: '总计', n: 0, R: 0, op: 0, pay: 0, prev: { R: 0, op: 0 } }; for (const s of sv) { SVT.n += s.n; SVT.R += s.R; SVT.op += s.op; SVT.pay += s.pay; SVT.prev.R += s.prev.R; SVT.prev.op += s.prev.op; }
  { const wb = newWb(); const ws = wb.addWorksheet('服务业');
    writeTable(ws, { title: '规模以上服务业企业主要经济指标', unit: '单位：个，亿元', header: [['行业', '企业单位数', '营业收入', '比上年增长（%）', '营业利润', '比上年增长（%）', '应付职工薪酬']],
      rows: [SVT, ...sv].map(e => [e.name, e.n, e.R, growth(e.R, e.prev.R), e.op, profitGrowth(e.op, e.prev.op, 'dash'), e.pay]), fmts: [null, '0', '0.0', '0.0', '0.0', '0.0', '0.0'],
      notes: ['注：营业利润上年为负值的，增长速度不计算，以"—"表示。'] });
    await out('c17_services.xlsx', wb); }

  // c18 construction by city
  setSeed(1818);
  const cities = ['广州市', '深圳市', '珠海市', '汕头市', '佛山市', '韶关市', '河源市', '梅州市'].map(n => { const s = uni(0.2, 3); const a = uni(300, 900) * s, b = uni(30, 120) * s, c = uni(10, 60) * s; return { name: n, a, b, c, t: a + b + c, n: rint(200, 2000) }; });
  const CT = { name: '全省', n: 0, a: 0, b: 0, c: 0, t: 0 }; for (const x of cities) for (const k of ['n', 'a', 'b', 'c', 't']) CT[k] += x[k];
  { const wb = newWb(); const ws = wb.addWorksheet('建筑业');
    writeTable(ws, { title: '各市建筑业总产值', unit: '单位：亿元', header: [['地区', '建筑业企业（个）', '建筑业总产值', '其中', null, null], [null, null, null, '建筑工程产值', '安装工程产值', '其他产值']],
      merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5]],
      rows: [CT, ...cities].map(e => [e.name, e.n, e.t, e.a, e.b, e.c]), fmts: [null, '0', '0.00', '0.00', '0.00', '0.00'], notes: ['注：统计范围为有资质等级的总承包和专业承包建筑业企业。'] });
    await out('c18_construction_city.xlsx', wb); }

  // c19 construction by regtype with 其中：国有控股 memo, plus growth with prev
  { const wb = newWb(); const ws = wb.addWorksheet('按注册类型');
    const rt = ['国有企业', '集体企业', '有限责任公司', '股份有限公司', '私营企业', '港澳台商投资企业', '外商投资企业', '其他'].map(n => { const t = uni(100, 2000) * (n === '私营企业' ? 3 : 1); return { name: n, t, pt: t / uni(0.92, 1.15) }; });
    const T = { name: '总计', t: rt.reduce((s, x) => s + x.t, 0), pt: rt.reduce((s, x) => s + x.pt, 0) };
    const memo = { name: '其中：国有控股', t: T.t * 0.31, pt: T.pt * 0.29 };
    writeTable(ws, { title: '建筑业总产值（按登记注册类型分）', unit: '单位：亿元', header: [['登记注册类型', '2023年', '2022年', '增长（%）']],
      rows: [T, ...rt, memo].map(e => [e.name, e.t, e.pt, growth(e.t, e.pt)]), fmts: [null, '0.0', '0.0', '0.0'] });
    await out('c19_construction_regtype.xlsx', wb); }

  // c20 by city profit with 扭亏
  setSeed(2020);
  const pc = ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'].map((n, i) => mkEntity(n, uni(0.5, 3), i === 8 ? { profit: 0.01, prevProfit: -0.02 } : i === 10 ? { profit: -0.01, prevProfit: -0.005 } : {}));
  const PT = sumEntities('全省', pc);
  { const wb = newWb(); const ws = wb.addWorksheet('分市');
    writeTable(ws, { title: '2023年各市规模以上工业企业营业收入和利润总额', header: [['地区', '营业收入（亿元）', '增长（%）', '利润总额（亿元）', '增长（%）', '营业收入利润率（%）']],
      rows: [PT, ...pc].map(e => [e.name, e.R, growth(e.R, e.prev.R), e.P, profitGrowth(e.P, e.prev.P), pct(e.P, e.R)]), fmts: [null, '0.0', '0.0', '0.0', '0.0', '0.00'] });
    await out('c20_cities_profit.xlsx', wb); }

  // c21 structure shares
  { const wb = newWb(); const ws = wb.addWorksheet('构成');
    const rows = [TOT, B, C, D];
    writeTable(ws, { title: '规模以上工业企业营业收入构成', header: [['行业', '营业收入（亿元）', '构成（%）', '利润总额（亿元）', '构成（%）']],
      rows: rows.map(e => [e.name, e.R, pct(e.R, TOT.R), e.P, pct(e.P, TOT.P)]), fmts: [null, '0.0', '0.0', '0.0', '0.0'] });
    // ensure shares sum to 100.0 displayed: adjust? Real offices often force; here 3 items, check
    await out('c21_shares.xlsx', wb); }

  // c22 monthly cumulative
  { const wb = newWb(); const ws = wb.addWorksheet('月度');
    setSeed(2222);
    const months = ['1—2月', '1—3月', '1—4月', '1—5月', '1—6月', '1—7月', '1—8月', '1—9月', '1—10月', '1—11月', '1—12月'];
    let cum = 0, cumPrev = 0, cumR = 0, cumRp = 0; const rows = [];
    months.forEach((m, i) => { const k = i === 0 ? 2 : 1; const p = uni(150, 260) * k, pp = uni(150, 260) * k, r = uni(3000, 3500) * k, rp = uni(2900, 3400) * k; cum += p; cumPrev += pp; cumR += r; cumRp += rp; rows.push([m, cumR, growth(cumR, cumRp), cum, growth(cum, cumPrev), pct(cum, cumR)]); });
    writeTable(ws, { title: '2023年规模以上工业企业主要指标（累计）', header: [['月份', '营业收入（亿元）', '累计增长（%）', '利润总额（亿元）', '累计增长（%）', '营业收入利润率（%）']], rows, fmts: [null, '0.0', '0.0', '0.0', '0.0', '0.00'],
      notes: ['注：1月、2月数据合并调查。'] });
    await out('c22_monthly_cum.xlsx', wb); }

  // c23 notes-heavy with numbers in notes, unit in header
  { const wb = newWb(); const ws = wb.addWorksheet('表2-5');
    const rows = [TOT, B, C, D];
    simpleTable(ws, '表2-5 规模以上工业企业主要经济效益指标（2023年）', '计量单位：亿元', rows, [['企业单位数（个）', e => e.n, '0'], ['资产总计', e => e.A, '0.0'], ['营业收入', e => e.R, '0.0'], ['利润总额', e => e.P, '0.0'], ['平均用工人数（万人）', e => e.emp, '0.0']], {
      notes: ['注：1. 统计范围：2011年起为年主营业务收入2000万元及以上工业企业，2007—2010年为500万元及以上。', '2. 资产负债率=负债合计/资产总计×100%，2023年为57.1%。', '3. 部分数据因四舍五入，存在总计与分项合计不等的情况。', '资料来源：国家统计局《中国统计年鉴2024》表13-3。'] });
    await out('c23_notes_heavy.xlsx', wb); }

  // c24 suppressed cells "…" and "—"
  { const wb = newWb(); const ws = wb.addWorksheet('采矿');
    const rows = [B, ...mining];
    writeTable(ws, { title: '采矿业规模以上工业企业主要指标', unit: '单位：个，亿元', header: [['行业', '企业单位数', '资产总计', '营业收入', '利润总额']],
      rows: rows.map(e => e.code === '07' ? [e.name, e.n, '…', '…', '…'] : e.code === '12' ? [e.name, e.n, e.A, e.R, '—'] : [e.name, e.n, e.A, e.R, e.P]), fmts: [null, '0', '0.0', '0.0', '0.0'],
      notes: ['注："…"表示涉及单个企业数据，依法保密；"—"表示数据不详。'] });
    await out('c24_suppressed.xlsx', wb); }

  // c25 numbers stored as text
  { const wb = newWb(); const ws = wb.addWorksheet('Sheet1');
    simpleTable(ws, '规模以上工业企业主要经济效益指标', '单位：亿元', [TOT, B, C, D], STD, { textNumbers: true });
    await out('c25_text_numbers.xlsx', wb); }

  // c26 万元 integers
  { const wb = newWb(); const ws = wb.addWorksheet('万元');
    const rows = [D, ...util];
    simpleTable(ws, '电力、热力、燃气及水生产和供应业主要财务指标', '单位：万元', rows, [['资产总计', e => e.A * 1e4, '0'], ['负债合计', e => e.L * 1e4, '0'], ['营业收入', e => e.R * 1e4, '0'], ['营业成本', e => e.C * 1e4, '0'], ['利润总额', e => e.P * 1e4, '0'], ['应收账款', e => e.recv * 1e4, '0']]);
    await out('c26_wanyuan.xlsx', wb); }

  // c27 two sheets
  { const wb = newWb();
    simpleTable(wb.addWorksheet('按行业分'), '规模以上工业企业主要指标（按行业分）', '单位：亿元', [TOT, B, C, D], STD.slice(3));
    const SZ2 = { ...SZ };
    // size split of same TOT: scale size entities so totals equal TOT
    const sizes = [big, mid, sm, mic].map(x => { const y = { name: x.name }; for (const k of ['A', 'L', 'R', 'C', 'P']) y[k] = x[k] / SZ[k] * TOT[k]; return y; });
    // profit: scale by share of R instead to keep signs sane
    simpleTable(wb.addWorksheet('按规模分'), '规模以上工业企业主要指标（按规模分）', '单位：亿元', [{ ...TOT, name: '总计' }, ...sizes], STD.slice(3), { stub: '企业规模' });
    await out('c27_two_sheets.xlsx', wb); }

  // c28 cross table industry x size, with row and column totals
  { const wb = newWb(); const ws = wb.addWorksheet('交叉');
    setSeed(2828);
    const inds = [B, C, D];
    const m = inds.map(e => { const w = [uni(3, 6), uni(1, 3), uni(1, 3), uni(0.1, 0.4)]; const s = w.reduce((a, b) => a + b); return w.map(x => x / s * e.R); });
    const colT = [0, 1, 2, 3].map(j => m.reduce((s, r) => s + r[j], 0));
    writeTable(ws, { title: '规模以上工业企业营业收入（按行业和规模分）', unit: '单位：亿元', header: [['行业', '合计', '大型', '中型', '小型', '微型']],
      rows: [['总计', TOT.R, ...colT], ...inds.map((e, i) => [e.name, e.R, ...m[i]])], fmts: [null, '0.0', '0.0', '0.0', '0.0', '0.0'] });
    await out('c28_cross.xlsx', wb); }

  // c29 margin with pp change
  { const wb = newWb(); const ws = wb.addWorksheet('利润率');
    const rows = [TOT, B, C, D, ...mining.slice(0, 3)];
    writeTable(ws, { title: '规模以上工业企业营业收入利润率', header: [['行业', '营业收入（亿元）', '利润总额（亿元）', '营业收入利润率（%）', '上年同期（%）', '增减（百分点）']],
      rows: rows.map(e => { const a = rd(pct(e.P, e.R), 2), b = rd(pct(e.prev.P, e.prev.R), 2); return [e.name, e.R, e.P, a, b, rd(a - b, 2)]; }), fmts: [null, '0.0', '0.0', '0.00', '0.00', '0.00'] });
    await out('c29_margin_pp.xlsx', wb); }

  // c30 codes column + sub-industry list under 制造业 (all 31)
  { const wb = newWb(); const ws = wb.addWorksheet('制造业');
    const rows = [C, ...manu];
    const cols = [['企业单位数', e => e.n, '0'], ['亏损企业数', e => e.l, '0'], ['营业收入', e => e.R, '0.0'], ['利润总额', e => e.P, '0.0'], ['上年利润总额', e => e.prev.P, '0.0'], ['利润增长（%）', e => profitGrowth(e.P, e.prev.P), '0.0']];
    writeTable(ws, { title: '制造业分大类规模以上工业企业主要指标', unit: '单位：个，亿元', header: [['代码', '行业名称', ...cols.map(c => c[0])]],
      rows: rows.map(e => [e.code, e.name, ...cols.map(c => c[1](e))]), fmts: [null, null, ...cols.map(c => c[2])] });
    await out('c30_manu_codes.xlsx', wb); }

  // c31 year series with growth
  { const wb = newWb(); const ws = wb.addWorksheet('历年');
    setSeed(3131);
    let R = 52000, P = 3100, n = 4800; const rows = []; let pr = null;
    for (let y = 2014; y <= 2023; y++) { rows.push([y + '年', n, R, pr ? growth(R, pr.R) : '—', P, pr ? growth(P, pr.P) : '—']); pr = { R, P }; R *= uni(0.96, 1.12); P *= uni(0.8, 1.25); n = Math.round(n * uni(0.98, 1.08)); }
    writeTable(ws, { title: '历年规模以上工业企业营业收入和利润', header: [['年份', '企业单位数（个）', '营业收入（亿元）', '增长（%）', '利润总额（亿元）', '增长（%）']], rows, fmts: [null, '0', '0.0', '0.0', '0.0', '0.0'] });
    await out('c31_year_series.xlsx', wb); }

  // c32 services with 其中 sub-lines
  { const wb = newWb(); const ws = wb.addWorksheet('服务业分行业');
    const it = sv[1];
    const sub = [{ name: '其中：互联网和相关服务', R: it.R * 0.31, op: it.op * 0.5, pay: it.pay * 0.3 }, { name: '　　　软件和信息技术服务业', R: it.R * 0.45, op: it.op * 0.4, pay: it.pay * 0.5 }];
    const rows = [SVT, sv[0], it, ...sub, ...sv.slice(2)];
    writeTable(ws, { title: '规模以上服务业企业营业收入、营业利润和应付职工薪酬', unit: '单位：亿元', header: [['行业', '营业收入', '营业利润', '应付职工薪酬']],
      rows: rows.map(e => [e.name, e.R, e.op, e.pay]), fmts: [null, '0.00', '0.00', '0.00'] });
    await out('c32_services_qizhong.xlsx', wb); }

  // c33 retail by goods class
  { const wb = newWb(); const ws = wb.addWorksheet('零售额');
    setSeed(3333);
    const goods = ['粮油、食品类', '饮料类', '烟酒类', '服装、鞋帽、针纺织品类', '化妆品类', '金银珠宝类', '日用品类', '家用电器和音像器材类', '中西药品类', '文化办公用品类', '家具类', '通讯器材类', '石油及制品类', '汽车类', '其他类'].map(n => { const v = uni(50, 900); return { name: n, v, p: v / uni(0.85, 1.15) }; });
    const T = { name: '限额以上单位商品零售额', v: goods.reduce((s, g) => s + g.v, 0), p: goods.reduce((s, g) => s + g.p, 0) };
    writeTable(ws, { title: '限额以上批发和零售业商品零售类值', header: [['商品类别', '本年（亿元）', '上年（亿元）', '增长（%）']], rows: [T, ...goods].map(e => [e.name, e.v, e.p, growth(e.v, e.p)]), fmts: [null, '0.0', '0.0', '0.0'], indent: Object.fromEntries(goods.map((_, i) => [i + 1, 1])) });
    await out('c33_retail_goods.xlsx', wb); }

  // c34 loss counts with growth & 亏损面 both years, by regtype (yearbook hierarchy)
  { const wb = newWb(); const ws = wb.addWorksheet('亏损企业');
    const rows = [RTT, DOM, ...dom, hk, fo];
    writeTable(ws, { title: '规模以上工业亏损企业（按登记注册类型分）', header: [['登记注册类型', '亏损企业数（个）', '上年（个）', '增长（%）', '亏损面（%）', '上年亏损面（%）', '亏损企业亏损额（亿元）']],
      rows: rows.map(e => [e.name, e.l, e.prev.l, e.prev.l ? growth(e.l, e.prev.l) : '—', pct(e.l, e.n), pct(e.prev.l, e.prev.n), e.lossAmt]), fmts: [null, '0', '0', '0.0', '0.0', '0.0', '0.00'], indent: { 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1 } });
    await out('c34_loss_regtype.xlsx', wb); }

  // c35 construction with 2 decimals, total on bottom (合计 last) and components
  { const wb = newWb(); const ws = wb.addWorksheet('建筑业2');
    setSeed(3535);
    const q = ['一季度', '二季度', '三季度', '四季度'].map(n => { const a = uni(2000, 3500), b = uni(200, 400), c = uni(100, 200); return { name: n, a, b, c, t: a + b + c }; });
    const T = { name: '全年合计' }; for (const k of ['a', 'b', 'c', 't']) T[k] = q.reduce((s, x) => s + x[k], 0);
    writeTable(ws, { title: '分季度建筑业总产值', unit: '单位：亿元', header: [['季度', '建筑业总产值', '建筑工程产值', '安装工程产值', '其他产值']], rows: [...q, T].map(e => [e.name, e.t, e.a, e.b, e.c]), fmts: [null, '0.00', '0.00', '0.00', '0.00'] });
    await out('c35_construction_quarter.xlsx', wb); }

  // c36 size block with 2 years side by side & growth, and 亏损企业亏损额
  { const wb = newWb(); const ws = wb.addWorksheet('规模两年');
    const rows = [SZ, big, mid, sm, mic];
    writeTable(ws, { title: '按企业规模分规模以上工业企业利润总额', unit: '单位：亿元', unitRight: true, header: [['企业规模', '利润总额', null, null, '营业收入', null, null], [null, '2023年', '2022年', '增长（%）', '2023年', '2022年', '增长（%）']],
      merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]],
      rows: rows.map(e => [e.name, e.P, e.prev.P, profitGrowth(e.P, e.prev.P), e.R, e.prev.R, growth(e.R, e.prev.R)]), fmts: [null, '0.0', '0.0', '0.0', '0.0', '0.0', '0.0'] });
    await out('c36_size_two_year.xlsx', wb); }


  // c37 flat full hierarchy, no codes, no indent
  { const wb = newWb(); const ws = wb.addWorksheet('13-3');
    const rows = [TOT, B, ...mining, C, ...manu, D, ...util];
    simpleTable(ws, '13-3 按行业分规模以上工业企业主要经济指标（2023年）', '单位：亿元', rows, STD, { notes: ['注：本表按《国民经济行业分类》（GB/T 4754—2017）分组。'] });
    await out('c37_flat_hierarchy.xlsx', wb); }

  // c38 selected 大类 as 其中 rows after 门类
  { const wb = newWb(); const ws = wb.addWorksheet('分行业');
    const rows = [TOT, B, C, D, { ...mining[0], name: '其中：煤炭开采和洗选业' }, mining[1], manu[25], manu[26], util[0]];
    writeTable(ws, { title: '2023年1—12月份规模以上工业企业经济效益指标', unit: '单位：亿元', header: [['行业', '营业收入', '营业成本', '利润总额', '利润总额比上年增长（%）']],
      rows: rows.map(e => [e.name, e.R, e.C, e.P, profitGrowth(e.P, e.prev.P)]), fmts: [null, '0.0', '0.0', '0.0', '0.0'], indent: { 1: 1, 2: 1, 3: 1, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2 } });
    await out('c38_selected_qizhong.xlsx', wb); }

  // c39 size: 小型 includes 微型 as 其中
  { const wb = newWb(); const ws = wb.addWorksheet('规模');
    const small = sumEntities('小型企业', [sm, mic]);
    const T = sumEntities('总计', [big, mid, small]);
    const rows = [T, big, mid, small, { ...mic, name: '其中：微型企业' }];
    simpleTable(ws, '按规模分规模以上工业企业主要经济效益指标', '单位：亿元', rows, [...STD, ['营业收入利润率（%）', e => pct(e.P, e.R), '0.00']], { stub: '企业规模' });
    await out('c39_size_micro_qizhong.xlsx', wb); }

  // c40 services by 门类 where total op profit small & one 门类 negative, two years + words, total at bottom
  { const wb = newWb(); const ws = wb.addWorksheet('营业利润');
    const rows = [...sv, SVT];
    writeTable(ws, { title: '规模以上服务业企业营业利润', unit: '单位：亿元', unitRight: true, header: [['行业', '本年', '上年', '增长（%）']],
      rows: rows.map(e => [e.name === '总计' ? '合计' : e.name, e.op, e.prev.op, profitGrowth(e.op, e.prev.op)]), fmts: [null, '0.0', '0.0', '0.0'] });
    await out('c40_services_total_bottom.xlsx', wb); }

  // c41 two tables stacked in one sheet
  { const wb = newWb(); const ws = wb.addWorksheet('主要指标');
    const cols = [['企业单位数（个）', e => e.n, '0'], ['营业收入（亿元）', e => e.R, '0.0'], ['利润总额（亿元）', e => e.P, '0.0'], ['资产负债率（%）', e => pct(e.L, e.A), '0.0']];
    const r1 = writeTable(ws, { title: '表1 按行业分', header: [['行业', ...cols.map(c => c[0])]], rows: [TOT, B, C, D].map(e => [e.name, ...cols.map(c => c[1](e))]), fmts: [null, ...cols.map(c => c[2])], mergeTitle: false });
    writeTable(ws, { startRow: r1.next + 1, title: '表2 按规模分', header: [['企业规模', ...cols.map(c => c[0])]], rows: [SZ, big, mid, sm, mic].map(e => [e.name, ...cols.map(c => c[1](e))]), fmts: [null, ...cols.map(c => c[2])], mergeTitle: false });
    await out('c41_stacked_tables.xlsx', wb); }

  // c42 indent-only partial children under 制造业 (no 其中 label)
  { const wb = newWb(); const ws = wb.addWorksheet('分行业');
    const rows = [TOT, B, C, manu[13], manu[23], manu[26], D];
    simpleTable(ws, '规模以上工业企业主要经济指标', '单位：亿元', rows, [['营业收入', e => e.R, '0.0'], ['营业成本', e => e.C, '0.0'], ['利润总额', e => e.P, '0.0']], { indent: { 1: 1, 2: 1, 3: 2, 4: 2, 5: 2, 6: 1 } });
    await out('c42_indent_partial.xlsx', wb); }

  // c43 NBS monthly table 1: 门类 block + 登记注册类型 block in one table
  { const wb = newWb(); const ws = wb.addWorksheet('表1');
    setSeed(4343);
    const T = { ...TOT };
    const reg = [['其中：国有控股企业', 0.26], ['其中：股份制企业', 0.74], ['外商及港澳台投资企业', 0.22], ['其中：私营企业', 0.25]].map(([n, r]) => ({ name: n, R: T.R * r * uni(0.98, 1.02), P: T.P * r * uni(0.97, 1.03), prev: { R: T.prev.R * r * uni(0.97, 1.03), P: T.prev.P * r * uni(0.97, 1.03) } }));
    const rows = [{ ...T, name: '总　计' }, { ...B, name: '其中：采矿业' }, { ...C, name: '制造业' }, { ...D, name: '电力、热力、燃气及水生产和供应业' }, ...reg];
    writeTable(ws, { title: '2023年1—12月份规模以上工业企业主要财务指标（分经济类型）', header: [['分组', '营业收入（亿元）', '比上年增长（%）', '利润总额（亿元）', '比上年增长（%）', '营业收入利润率（%）']],
      rows: rows.map(e => [e.name, e.R, growth(e.R, e.prev.R), e.P, growth(e.P, e.prev.P), pct(e.P, e.R)]), fmts: [null, '0.0', '0.0', '0.0', '0.0', '0.00'],
      notes: ['注：经济类型分组之间存在交叉，故各经济类型企业数据之和大于总计。'] });
    await out('c43_nbs_table1.xlsx', wb); }
  console.log(files.length, 'files');
  // dump debug info for shares
  console.log('shares', [B, C, D].map(e => rd(pct(e.R, TOT.R), 1)), [B, C, D].map(e => rd(pct(e.P, TOT.P), 1)));
  console.log('size profits', [SZ, big, mid, sm, mic].map(e => [rd(e.P, 1), rd(e.prev.P, 1)]));
}
main().catch(e => { console.error(e); process.exit(1); });
