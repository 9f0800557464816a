// Family 2: summary forms (综合表) aggregating unit forms over regions / industries.
const { rng, rhu, sum, pct, growth, emit, A } = require('./lib');
const FW = '　';

function topRight(B, ws, c, lines) {
  lines.forEach((t, i) => { B.text(ws, 2 + i, c, t); });
}

// ---------------- f06 规上工业 分县 综合表 ----------------
function f06() {
  const R = rng(606);
  const regs = ['吴兴区', '南浔区', '德清县', '长兴县', '安吉县'];
  const d = regs.map(() => {
    const v = {};
    v.n = R.int(380, 1200); v.loss = Math.round(v.n * R.real(0.1, 0.2));
    v.rev = R.int(8000000, 22000000); v.cost = Math.round(v.rev * R.real(0.8, 0.86));
    v.profit = Math.round(v.rev * R.real(0.04, 0.07)); v.lossAmt = R.int(20000, 90000);
    v.vat = Math.round(v.rev * R.real(0.02, 0.03)); v.assets = Math.round(v.rev * R.real(0.9, 1.2));
    v.liab = Math.round(v.assets * R.real(0.5, 0.62)); v.staff = Math.round(v.rev / R.real(150, 200));
    return v;
  });
  const keys = ['n', 'loss', 'rev', 'cost', 'profit', 'lossAmt', 'vat', 'assets', 'liab', 'staff'];
  const tot = {}; keys.forEach((k) => (tot[k] = sum(d.map((v) => v[k]))));
  const cols = [tot, ...d];
  const rows = [
    ['企业单位数', '个', '01', (v) => v.n, 0],
    [FW + '其中：亏损企业', '个', '02', (v) => v.loss, 0],
    ['营业收入', '万元', '03', (v) => v.rev, 0],
    ['营业成本', '万元', '04', (v) => v.cost, 0],
    ['利润总额', '万元', '05', (v) => v.profit, 0],
    ['亏损企业亏损额', '万元', '06', (v) => v.lossAmt, 0],
    ['应交增值税', '万元', '07', (v) => v.vat, 0],
    ['资产总计', '万元', '08', (v) => v.assets, 0],
    ['负债合计', '万元', '09', (v) => v.liab, 0],
    ['从业人员平均人数', '人', '10', (v) => v.staff, 0],
    ['营业收入利润率', '%', '11', (v) => pct(v.profit, v.rev, 2), 2],
    ['资产负债率', '%', '12', (v) => pct(v.liab, v.assets, 1), 1],
    ['亏损面', '%', '13', (v) => pct(v.loss, v.n, 1), 1],
  ];
  const make = (B) => {
    const ws = B.sheet('综合表');
    B.widths(ws, [22, 8, 6, 13, 12, 12, 12, 12, 12]);
    B.title(ws, 1, 1, 9, '规模以上工业企业主要经济指标（综合表）', 16);
    topRight(B, ws, 8, ['表　　号：B103综表', '制定机关：湖州市统计局', '有效期至：2026年6月']);
    B.text(ws, 3, 1, '汇总单位：湖州市统计局');
    B.text(ws, 4, 4, '2024年1-12月', { align: 'center' });
    const h = 5;
    B.row(ws, h, 1, ['指标名称', '计量单位', '代码', '合计', ...regs], { align: 'center', bold: true });
    B.row(ws, h + 1, 1, ['甲', '乙', '丙', 1, 2, 3, 4, 5, 6], { align: 'center' });
    rows.forEach(([lab, unit, code, f, dd], i) => {
      const r = h + 2 + i;
      B.set(ws, r, 1, lab, { align: 'left' });
      B.set(ws, r, 2, unit, { align: 'center' });
      B.set(ws, r, 3, code, { align: 'center' });
      cols.forEach((v, j) => B.set(ws, r, 4 + j, f(v), { d: dd }));
    });
    const e = h + 2 + rows.length;
    B.text(ws, e + 1, 1, '单位负责人：孙志刚　　统计负责人：邱敏　　填表人：杨帆　　报出日期：2025年1月25日');
  };
  // plant: 长兴县 营业收入 (region value feeding the 合计 column and a rate)
  return emit('f06_综合表_规上工业_分县列.xlsx', make, { sheet: '综合表', addr: 'H9', kind: 'part', pct: 7, note: '长兴县 营业收入' });
}

// ---------------- f07 劳动工资综合表 分行业列 (weighted average in 合计 column) ----------------
function f07() {
  const R = rng(707);
  const inds = ['农、林、牧、渔业', '制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '信息传输、软件和信息技术服务业', '教育', '卫生和社会工作'];
  const d = inds.map(() => {
    const v = {};
    v.units = R.int(15, 420);
    v.onPost = R.int(800, 26000); v.disp = Math.round(v.onPost * R.real(0.02, 0.08)); v.oth = Math.round(v.onPost * R.real(0.01, 0.04));
    v.end = v.onPost + v.disp + v.oth; v.female = Math.round(v.end * R.real(0.2, 0.7));
    v.avg = v.end + R.int(-40, 40);
    v.wage = rhu(v.avg * R.real(6.5, 16) , 1); // 万元, 1 decimal
    return v;
  });
  const keys = ['units', 'onPost', 'disp', 'oth', 'end', 'female', 'avg'];
  const tot = {}; keys.forEach((k) => (tot[k] = sum(d.map((v) => v[k]))));
  tot.wage = rhu(sum(d.map((v) => v.wage)), 1);
  const cols = [tot, ...d];
  cols.forEach((v) => (v.avgWage = rhu((v.wage * 10000) / v.avg, 0)));
  const rows = [
    ['单位数', '个', (v) => v.units, 0],
    ['从业人员期末人数', '人', (v) => v.end, 0],
    [FW + '其中：女性', '人', (v) => v.female, 0],
    [FW + '在岗职工', '人', (v) => v.onPost, 0],
    [FW + '劳务派遣人员', '人', (v) => v.disp, 0],
    [FW + '其他从业人员', '人', (v) => v.oth, 0],
    ['从业人员平均人数', '人', (v) => v.avg, 0],
    ['从业人员工资总额', '万元', (v) => v.wage, 1],
    ['从业人员平均工资', '元', (v) => v.avgWage, 0],
  ];
  const make = (B) => {
    const ws = B.sheet('劳资综合表');
    B.widths(ws, [20, 8, 11, 10, 10, 10, 10, 12, 12, 10, 10]);
    B.title(ws, 1, 1, 11, '非私营单位从业人员及工资总额综合表', 15);
    B.text(ws, 2, 10, '表　　号：107-1综表');
    B.text(ws, 3, 10, '制定机关：温州市统计局');
    B.text(ws, 3, 1, '2024年');
    const h = 4;
    B.row(ws, h, 1, ['指标名称', '计量单位', '合计', ...inds], { align: 'center', bold: true, wrap: true });
    B.row(ws, h + 1, 1, ['甲', '乙', 1, 2, 3, 4, 5, 6, 7, 8, 9], { align: 'center' });
    rows.forEach(([lab, unit, f, dd], i) => {
      const r = h + 2 + i;
      B.set(ws, r, 1, lab, { align: 'left' });
      B.set(ws, r, 2, unit, { align: 'center' });
      cols.forEach((v, j) => B.set(ws, r, 3 + j, f(v), { d: dd, comma: dd === 0 && unit !== '个' }));
    });
  };
  // plant: 合计 column, 从业人员平均工资 (a weighted average, kind rate)
  return emit('f07_综合表_劳动工资_行业列.xlsx', make, { sheet: '劳资综合表', addr: 'C14', kind: 'rate', pct: 7, note: '合计 从业人员平均工资' });
}

// ---------------- f08 综合表 regions as column groups with 本期/上年同期/增减% ----------------
function f08() {
  const R = rng(808);
  const regs = ['全市', '越城区', '柯桥区', '上虞区', '诸暨市', '嵊州市', '新昌县'];
  const items = [
    ['社会消费品零售总额', '万元'], [FW + '其中：限额以上单位消费品零售额', '万元'],
    ['批发业销售额', '万元'], ['零售业销售额', '万元'], ['住宿业营业额', '万元'], ['餐饮业营业额', '万元'], ['限额以上法人企业数', '个'],
  ];
  const gen = () => {
    const v = [];
    v[0] = R.int(1200000, 4200000); v[1] = Math.round(v[0] * R.real(0.35, 0.5));
    v[2] = R.int(2000000, 9000000); v[3] = R.int(900000, 3800000); v[4] = R.int(20000, 90000); v[5] = R.int(150000, 480000);
    v[6] = R.int(180, 900);
    return v;
  };
  const cur = regs.slice(1).map(gen);
  const prev = cur.map((v) => v.map((x, i) => (i === 6 ? x - R.int(-20, 40) : Math.round(x / R.real(1.0, 1.12)))));
  prev.forEach((p, j) => { if (p[1] > p[0]) p[1] = Math.round(p[0] * 0.45); });
  const tc = items.map((_, i) => sum(cur.map((v) => v[i])));
  const tp = items.map((_, i) => sum(prev.map((v) => v[i])));
  const C = [tc, ...cur], P = [tp, ...prev];
  const make = (B) => {
    const ws = B.sheet('限上贸易综表');
    B.title(ws, 1, 1, 2 + regs.length * 3, '批发零售住宿餐饮业主要指标综合表', 15);
    B.text(ws, 2, 1, '2024年1-6月');
    B.text(ws, 2, 2 + regs.length * 3 - 2, '表号：E204综表');
    const h = 3;
    B.set(ws, h, 1, '指标名称', { align: 'center', bold: true });
    B.set(ws, h, 2, '计量单位', { align: 'center', bold: true });
    B.merge(ws, h, 1, h + 1, 1); B.merge(ws, h, 2, h + 1, 2);
    regs.forEach((g, j) => {
      const c = 3 + j * 3;
      B.set(ws, h, c, g, { align: 'center', bold: true });
      B.merge(ws, h, c, h, c + 2);
      B.row(ws, h + 1, c, ['本期', '上年同期', '增减（%）'], { align: 'center', bold: true });
    });
    ws.getColumn(1).width = 30;
    items.forEach(([lab, unit], i) => {
      const r = h + 2 + i;
      B.set(ws, r, 1, lab, { align: 'left' });
      B.set(ws, r, 2, unit, { align: 'center' });
      regs.forEach((g, j) => {
        const c = 3 + j * 3;
        B.set(ws, r, c, C[j][i], { d: 0 });
        B.set(ws, r, c + 1, P[j][i], { d: 0 });
        B.set(ws, r, c + 2, growth(C[j][i], P[j][i], 1), { d: 1 });
      });
    });
  };
  // plant: 全市 上年同期 批发业销售额 (total column)
  return emit('f08_综合表_分区本期上年列组.xlsx', make, { sheet: '限上贸易综表', addr: 'D7', kind: 'total', pct: 7, note: '全市 批发业销售额 上年同期' });
}

// ---------------- f09 乡镇列 万元 rounded each, 全县 rounded true total ----------------
function f09() {
  const R = rng(909);
  const towns = ['城关镇', '石门镇', '沙河镇', '白塔乡', '柳林乡', '青山镇', '双桥乡'];
  const srcNames = ['农业收入', '林业收入', '牧业收入', '渔业收入', '工业收入', '建筑业收入', '运输业收入', '商饮业收入', '服务业收入', '其他收入'];
  // true values in 元
  const T = towns.map(() => {
    const v = {};
    v.src = srcNames.map((_, i) => (i === 3 && R() < 0.3 ? 0 : R.int(300000, 90000000)) + R.int(0, 99) / 100);
    v.income = sum(v.src);
    v.cost = v.income * R.real(0.45, 0.6);
    v.net = v.income - v.cost;
    v.tax = v.net * R.real(0.01, 0.03);
    v.coll = v.net * R.real(0.03, 0.06);
    v.farm = v.net - v.tax - v.coll;
    v.hh = R.int(4000, 16000); v.pp = Math.round(v.hh * R.real(2.6, 3.4));
    return v;
  });
  const W = (x) => rhu(x / 10000, 1); // 万元 1 decimal
  const tot = { src: srcNames.map((_, i) => sum(T.map((v) => v.src[i]))) };
  ['income', 'cost', 'net', 'tax', 'coll', 'farm', 'hh', 'pp'].forEach((k) => (tot[k] = sum(T.map((v) => v[k]))));
  const cols = [tot, ...T];
  const rows = [
    ['汇总户数', '户', (v) => v.hh, 0],
    ['汇总人数', '人', (v) => v.pp, 0],
    ['一、总收入', '万元', (v) => W(v.income), 1],
    ...srcNames.map((n, i) => ['　' + (i + 1) + '．' + n, '万元', (v) => W(v.src[i]), 1]),
    ['二、总费用', '万元', (v) => W(v.cost), 1],
    ['三、净收入', '万元', (v) => W(v.net), 1],
    ['　1．国家税金', '万元', (v) => W(v.tax), 1],
    ['　2．上交有关部门', '万元', (v) => W(v.coll), 1],
    ['　3．农民经营所得', '万元', (v) => W(v.farm), 1],
    ['四、农民人均所得', '元', (v) => rhu((W(v.farm) * 10000) / v.pp, 0), 0],
  ];
  const make = (B) => {
    const ws = B.sheet('收益分配');
    B.widths(ws, [22, 6, 11, 10, 10, 10, 10, 10, 10, 10]);
    B.title(ws, 1, 1, 10, '农村经济收益分配综合表', 15);
    B.text(ws, 2, 1, '填报单位：临川县农业农村局');
    B.text(ws, 2, 6, '2024年度');
    B.text(ws, 2, 9, '表号：农经统3表');
    const h = 3;
    B.row(ws, h, 1, ['项　目', '单位', '全县', ...towns], { align: 'center', bold: true });
    rows.forEach(([lab, unit, f, dd], i) => {
      const r = h + 1 + i;
      B.set(ws, r, 1, lab, { align: 'left' });
      B.set(ws, r, 2, unit, { align: 'center' });
      cols.forEach((v, j) => B.set(ws, r, 3 + j, f(v), { d: dd }));
    });
    const e = h + 1 + rows.length;
    B.text(ws, e, 1, '注：表中金额按元汇总后折算为万元，合计数与分项之和因四舍五入可能略有出入。');
  };
  // plant: 沙河镇 牧业收入 (a part)
  return emit('f09_综合表_乡镇列_万元舍入.xlsx', make, { sheet: '收益分配', addr: 'F9', kind: 'part', pct: 10, d: 1, note: '沙河镇 牧业收入' });
}

(async () => { await f06(); await f07(); await f08(); await f09(); })().catch((e) => { console.error(e); process.exit(1); });
