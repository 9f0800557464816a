// Family 4: cross-tabulations 行业/登记注册类型 × 规模, totals row and column, grand total.
const { rng, rhu, sum, emit } = require('./lib');

const SIZES = ['大型', '中型', '小型', '微型'];
const INDS = ['采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业',
  '信息传输、软件和信息技术服务业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '居民服务、修理和其他服务业'];

// ---------------- f14 企业单位数 行业 × 规模 ----------------
function f14() {
  const R = rng(1414);
  const body = INDS.map(() => { const b = R.int(0, 4), m = R.int(b, 30), s = R.int(20, 400), w = R.int(50, 2600); return [b, m, s, w]; });
  body.forEach((r) => r.unshift(sum(r)));
  const tot = body[0].map((_, i) => sum(body.map((r) => r[i])));
  const make = (B) => {
    const ws = B.sheet('表3-2');
    B.title(ws, 1, 1, 6, '表3-2　按行业和规模分的法人单位数', 14);
    B.text(ws, 2, 6, '单位：个', { align: 'right' });
    B.row(ws, 3, 1, ['行　　业', '合计', ...SIZES], { align: 'center', bold: true });
    ws.getColumn(1).width = 34;
    [['总　　计', tot], ...INDS.map((n, i) => [n, body[i]])].forEach(([lab, v], i) => {
      B.set(ws, 4 + i, 1, lab, { align: i ? 'left' : 'center' });
      B.row(ws, 4 + i, 2, v, { d: 0, comma: true });
    });
  };
  // plant: grand total cell
  return emit('f14_交叉表_行业规模_单位数.xlsx', make, { sheet: '表3-2', addr: 'B4', kind: 'total', pct: 7, note: '总计 合计 (grand total)' });
}

// ---------------- f15 营业收入 亿元 2 decimals, 登记注册类型 hierarchy × 规模 ----------------
function f15() {
  const R = rng(1515);
  const subs = ['国有企业', '集体企业', '股份合作企业', '联营企业', '有限责任公司', '股份有限公司', '私营企业', '其他企业'];
  const trueRows = subs.map((s) => SIZES.map((_, k) => (s === '联营企业' && k < 2 ? 0 : R.real(0.05, k === 0 ? 380 : 120) * 1e8)));
  const hk = SIZES.map((_, k) => R.real(1, k === 0 ? 220 : 60) * 1e8);
  const fdi = SIZES.map((_, k) => R.real(1, k === 0 ? 320 : 70) * 1e8);
  const dom = SIZES.map((_, k) => sum(trueRows.map((r) => r[k])));
  const all = SIZES.map((_, k) => dom[k] + hk[k] + fdi[k]);
  const Y = (x) => rhu(x / 1e8, 2);
  const line = (arr) => [Y(sum(arr)), ...arr.map(Y)];
  const rows = [
    ['总计', line(all), 0], ['内资企业', line(dom), 0],
    ...subs.map((s, i) => [s, line(trueRows[i]), 1]),
    ['港澳台商投资企业', line(hk), 0], ['外商投资企业', line(fdi), 0],
  ];
  const make = (B) => {
    const ws = B.sheet('营业收入');
    B.title(ws, 1, 1, 6, '规模以上工业企业营业收入（按登记注册类型和企业规模分）', 14);
    B.text(ws, 2, 1, '2024年'); B.text(ws, 2, 6, '单位：亿元', { align: 'right' });
    B.row(ws, 3, 1, ['登记注册类型', '合计', '大型企业', '中型企业', '小型企业', '微型企业'], { align: 'center', bold: true });
    ws.getColumn(1).width = 22;
    rows.forEach(([lab, v, lvl], i) => {
      B.set(ws, 4 + i, 1, lab, lvl ? { indent: 1 } : { align: 'left' });
      B.row(ws, 4 + i, 2, v.map((x) => (x === 0 ? '—' : x)), { d: 2 });
    });
    B.text(ws, 5 + rows.length, 1, '注：本表数据按元汇总后以亿元为单位四舍五入，合计与分项之和可能存在尾差。');
  };
  // plant: 私营企业 中型 (part)
  return emit('f15_交叉表_注册类型规模_亿元尾差.xlsx', make, { sheet: '营业收入', addr: 'D12', kind: 'part', pct: 10, d: 2, note: '私营企业 中型企业' });
}

// ---------------- f16 从业人员 by 行业 × 规模, 合计 column LAST and 合计 row at bottom ----------------
function f16() {
  const R = rng(1616);
  const inds = INDS.slice(0, 9);
  const body = inds.map(() => SIZES.map((_, k) => R.int(k === 0 ? 0 : 200, [60000, 40000, 30000, 9000][k])));
  body.forEach((r) => r.push(sum(r)));
  const tot = body[0].map((_, i) => sum(body.map((r) => r[i])));
  const make = (B) => {
    const ws = B.sheet('从业人员');
    B.title(ws, 1, 1, 7, '按行业和规模分的法人单位从业人员', 14);
    B.text(ws, 2, 7, '单位：人', { align: 'right' });
    B.row(ws, 3, 1, ['序号', '行业', ...SIZES, '合计'], { align: 'center', bold: true });
    ws.getColumn(2).width = 34;
    inds.forEach((n, i) => {
      B.set(ws, 4 + i, 1, i + 1, { align: 'center' });
      B.set(ws, 4 + i, 2, n, { align: 'left' });
      B.row(ws, 4 + i, 3, body[i], { d: 0, comma: true });
    });
    const r = 4 + inds.length;
    B.set(ws, r, 1, null); B.set(ws, r, 2, '合计', { align: 'center' }); B.row(ws, r, 3, tot, { d: 0, comma: true });
  };
  // plant: 建筑业 小型 (part)
  return emit('f16_交叉表_合计列在后_合计行在底.xlsx', make, { sheet: '从业人员', addr: 'E7', kind: 'part', pct: 7, note: '建筑业 小型' });
}

// ---------------- f17 规模 groups each with 企业数 | 营业收入 ----------------
function f17() {
  const R = rng(1717);
  const inds = ['农副食品加工业', '纺织业', '化学原料和化学制品制造业', '橡胶和塑料制品业', '非金属矿物制品业', '通用设备制造业', '专用设备制造业', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业'];
  const body = inds.map(() => SIZES.map((_, k) => {
    const n = k === 3 ? R.int(0, 6) : R.int(k === 0 ? 0 : 3, [5, 30, 160, 6][k]);
    const rev = n === 0 ? 0 : Math.round(n * [600000, 90000, 18000, 1500][k] * R.real(0.6, 1.4));
    return [n, rev];
  }));
  const rowsv = body.map((cs) => [sum(cs.map((x) => x[0])), sum(cs.map((x) => x[1])), ...cs.flat()]);
  const tot = rowsv[0].map((_, i) => sum(rowsv.map((r) => r[i])));
  const make = (B) => {
    const ws = B.sheet('分规模');
    B.title(ws, 1, 1, 11, '规模以上制造业企业单位数及营业收入（按行业大类和规模分）', 14);
    B.text(ws, 2, 1, '2024年');
    const h = 3;
    B.set(ws, h, 1, '行业大类', { align: 'center', bold: true }); B.set(ws, h + 1, 1, null); B.merge(ws, h, 1, h + 1, 1);
    ['合计', ...SIZES.map((s) => s + '企业')].forEach((g, j) => {
      const c = 2 + j * 2;
      B.set(ws, h, c, g, { align: 'center', bold: true }); B.set(ws, h, c + 1, null); B.merge(ws, h, c, h, c + 1);
      B.row(ws, h + 1, c, ['企业数（个）', '营业收入（万元）'], { align: 'center', bold: true, wrap: true });
    });
    ws.getColumn(1).width = 30;
    [['总计', tot], ...inds.map((n, i) => [n, rowsv[i]])].forEach(([lab, v], i) => {
      B.set(ws, h + 2 + i, 1, lab, { align: i ? 'left' : 'center' });
      B.row(ws, h + 2 + i, 2, v, { d: 0 });
    });
  };
  // plant: 通用设备制造业 合计 营业收入 (row total, a total)
  return emit('f17_交叉表_规模列组_单位数与营收.xlsx', make, { sheet: '分规模', addr: 'C11', kind: 'total', pct: 7, note: '通用设备制造业 合计 营业收入' });
}

(async () => { await f14(); await f15(); await f16(); await f17(); })().catch((e) => { console.error(e); process.exit(1); });
