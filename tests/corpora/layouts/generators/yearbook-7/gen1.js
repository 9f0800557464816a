// Family 1: statistical report forms (基层表式) as filled in by one unit.
const { rng, rhu, sum, pct, growth, emit } = require('./lib');

const FW = '　'; // full-width space

function formHead(B, ws, ncol, title, left, right, period) {
  B.title(ws, 1, 1, ncol, title, 16);
  right.forEach((t, i) => {
    B.text(ws, 2 + i, ncol - 1, t);
    ws.mergeCells(2 + i, ncol - 1, 2 + i, ncol);
  });
  left.forEach((t, i) => B.text(ws, 2 + i, 1, t));
  if (period) { B.text(ws, 5, 3, period, { align: 'center' }); }
}
function footer(B, ws, r, people, date) {
  B.text(ws, r, 1, '单位负责人：' + people[0]);
  B.text(ws, r, 3, '统计负责人：' + people[1]);
  B.text(ws, r, 5, '填表人：' + people[2]);
  B.text(ws, r + 1, 1, '联系电话：' + people[3]);
  B.text(ws, r + 1, 5, '报出日期：' + date);
}

// ---------------- f01 B103 财务状况, codes as text ----------------
function f01() {
  const R = rng(101);
  function period(scale) {
    const v = {};
    v.rev = Math.round(R.int(380000, 420000) * scale);
    v.mainRev = Math.round(v.rev * R.real(0.9, 0.97));
    v.cost = Math.round(v.rev * R.real(0.78, 0.82));
    v.mainCost = Math.round(v.cost * R.real(0.9, 0.96));
    v.tax = Math.round(v.rev * 0.006);
    v.sell = Math.round(v.rev * R.real(0.02, 0.03));
    v.adm = Math.round(v.rev * R.real(0.03, 0.04));
    v.rd = Math.round(v.rev * R.real(0.03, 0.035));
    v.fin = R.int(1800, 2600);
    v.interest = Math.round(v.fin * R.real(0.7, 0.9));
    v.otherInc = R.int(300, 900);
    v.invInc = R.int(-400, 1200);
    v.opProfit = v.rev - v.cost - v.tax - v.sell - v.adm - v.rd - v.fin + v.otherInc + v.invInc;
    v.nonOpIn = R.int(50, 400);
    v.nonOpOut = R.int(20, 300);
    v.profit = v.opProfit + v.nonOpIn - v.nonOpOut;
    v.recv = Math.round(v.rev * R.real(0.25, 0.3));
    v.inv = Math.round(v.rev * R.real(0.12, 0.16));
    v.fg = Math.round(v.inv * R.real(0.3, 0.5));
    v.curAssets = v.recv + v.inv + R.int(30000, 60000);
    v.assets = v.curAssets + R.int(150000, 200000);
    v.fixedOrig = R.int(180000, 220000);
    v.depAcc = Math.round(v.fixedOrig * R.real(0.35, 0.45));
    v.depYear = Math.round(v.fixedOrig * R.real(0.05, 0.07));
    v.liab = Math.round(v.assets * R.real(0.45, 0.55));
    v.equity = v.assets - v.liab;
    v.vat = Math.round(v.rev * R.real(0.025, 0.03));
    v.payroll = R.int(2500, 3200);
    v.staff = R.int(820, 900);
    return v;
  }
  const cur = period(1.0), prev = period(0.93);
  prev.invInc = -260; // negative last year: 增减 shown as —
  prev.opProfit = prev.rev - prev.cost - prev.tax - prev.sell - prev.adm - prev.rd - prev.fin + prev.otherInc + prev.invInc;
  prev.profit = prev.opProfit + prev.nonOpIn - prev.nonOpOut;
  const rows = [
    ['应收账款', '千元', '01', 'recv'],
    ['存货', '千元', '02', 'inv'],
    [FW + '其中：产成品', '千元', '03', 'fg'],
    ['流动资产合计', '千元', '04', 'curAssets'],
    ['固定资产原价', '千元', '05', 'fixedOrig'],
    ['累计折旧', '千元', '06', 'depAcc'],
    [FW + '其中：本年折旧', '千元', '07', 'depYear'],
    ['资产总计', '千元', '08', 'assets'],
    ['负债合计', '千元', '09', 'liab'],
    ['所有者权益合计', '千元', '10', 'equity'],
    ['营业收入', '千元', '11', 'rev'],
    [FW + '其中：主营业务收入', '千元', '12', 'mainRev'],
    ['营业成本', '千元', '13', 'cost'],
    [FW + '其中：主营业务成本', '千元', '14', 'mainCost'],
    ['税金及附加', '千元', '15', 'tax'],
    ['销售费用', '千元', '16', 'sell'],
    ['管理费用', '千元', '17', 'adm'],
    ['研发费用', '千元', '18', 'rd'],
    ['财务费用', '千元', '19', 'fin'],
    [FW + '其中：利息费用', '千元', '20', 'interest'],
    ['其他收益', '千元', '21', 'otherInc'],
    ['投资收益', '千元', '22', 'invInc'],
    ['营业利润', '千元', '23', 'opProfit'],
    ['营业外收入', '千元', '24', 'nonOpIn'],
    ['营业外支出', '千元', '25', 'nonOpOut'],
    ['利润总额', '千元', '26', 'profit'],
    ['应交增值税', '千元', '27', 'vat'],
    ['应付职工薪酬', '千元', '28', 'payroll'],
    ['从业人员平均人数', '人', '29', 'staff'],
  ];
  const make = (B) => {
    const ws = B.sheet('B103');
    B.widths(ws, [28, 10, 7, 14, 14, 12]);
    formHead(B, ws, 6, '财 务 状 况',
      ['统一社会信用代码：91320506MA1W7K3X2P', '单位详细名称：苏州澄远精密机械有限公司'],
      ['表　　号：B 1 0 3 表', '制定机关：国 家 统 计 局', '批准文号：国统制〔2024〕18号', '有效期至：2026年6月'],
      '2024年1-9月');
    const h = 6;
    B.row(ws, h, 1, ['指标名称', '计量单位', '代码', '本期', '上年同期', '增减（%）'], { align: 'center', bold: true });
    B.row(ws, h + 1, 1, ['甲', '乙', '丙', 1, 2, 3], { align: 'center' });
    rows.forEach((rw, i) => {
      const r = h + 2 + i;
      const [lab, unit, code, k] = rw;
      B.set(ws, r, 1, lab, { align: 'left' });
      B.set(ws, r, 2, unit, { align: 'center' });
      B.set(ws, r, 3, code, { align: 'center' });
      B.set(ws, r, 4, cur[k], { d: 0 });
      B.set(ws, r, 5, prev[k], { d: 0 });
      B.set(ws, r, 6, prev[k] > 0 && cur[k] > 0 ? growth(cur[k], prev[k], 1) : '—', { d: 1, align: prev[k] > 0 ? undefined : 'center' });
    });
    const end = h + 2 + rows.length;
    B.text(ws, end + 1, 1, '主要审核关系：08=09+10；26=23+24-25；03≤02；12≤11；14≤13；20≤19。');
    footer(B, ws, end + 3, ['周建国', '吴丽华', '陈晓', '0512-66801234'], '2024年10月15日');
  };
  // plant: 主营业务收入 本期 (a 其中 part, also has growth)
  return emit('f01_B103财务状况_单位表.xlsx', make, { sheet: 'B103', addr: 'F20', kind: 'change', pct: 10, d: 1, note: '营业成本 增减%' });
}

// ---------------- f02 107-1 劳动工资, codes as numbers formatted 00 ----------------
function f02() {
  const R = rng(202);
  function period(scale) {
    const v = {};
    v.onPost = Math.round(R.int(1150, 1250) * scale);
    v.disp = R.int(60, 110);
    v.oth = R.int(20, 45);
    v.endTotal = v.onPost + v.disp + v.oth;
    v.female = Math.round(v.endTotal * R.real(0.38, 0.44));
    v.avgOnPost = v.onPost + R.int(-25, 25);
    v.avgTotal = v.avgOnPost + v.disp + v.oth + R.int(-8, 8);
    v.wageOnPost = Math.round(v.avgOnPost * R.real(98, 104) * scale); // 千元 (≈ 10万元/人/年)
    v.wageTotal = v.wageOnPost + Math.round((v.avgTotal - v.avgOnPost) * R.real(60, 70));
    v.avgWageOnPost = rhu((v.wageOnPost * 1000) / v.avgOnPost, 0);
    v.avgWageTotal = rhu((v.wageTotal * 1000) / v.avgTotal, 0);
    return v;
  }
  const cur = period(1.0), prev = period(0.96);
  const rows = [
    ['从业人员期末人数', 1, '人', 'endTotal', 0],
    [FW + '其中：女性', 2, '人', 'female', 1],
    [FW + '在岗职工', 3, '人', 'onPost', 1],
    [FW + '劳务派遣人员', 4, '人', 'disp', 1],
    [FW + '其他从业人员', 5, '人', 'oth', 1],
    ['从业人员平均人数', 6, '人', 'avgTotal', 0],
    [FW + '其中：在岗职工', 7, '人', 'avgOnPost', 1],
    ['从业人员工资总额', 8, '千元', 'wageTotal', 0],
    [FW + '其中：在岗职工', 9, '千元', 'wageOnPost', 1],
    ['从业人员平均工资', 10, '元', 'avgWageTotal', 0],
    [FW + '其中：在岗职工平均工资', 11, '元', 'avgWageOnPost', 1],
  ];
  const make = (B) => {
    const ws = B.sheet('107-1表');
    B.widths(ws, [30, 7, 9, 12, 12, 11, 11]);
    formHead(B, ws, 7, '从业人员及工资总额',
      ['组织机构代码：□□□□□□□□-□', '单位详细名称：南湖区恒信物业服务有限公司'],
      ['表　　号：1 0 7 - 1 表', '制定机关：国家统计局', '批准文号：国统制〔2023〕114号', '有效期至：2025年12月'],
      '2024年');
    const h = 6;
    B.row(ws, h, 1, ['指标名称', '代码', '计量单位', '本年', '上年', '增减量', '增减（%）'], { align: 'center', bold: true });
    B.row(ws, h + 1, 1, ['甲', '乙', '丙', 1, 2, '3=1-2', 4], { align: 'center' });
    rows.forEach((rw, i) => {
      const r = h + 2 + i;
      const [lab, code, unit, k] = rw;
      B.set(ws, r, 1, lab, { align: 'left' });
      B.set(ws, r, 2, code, { fmt: '00', align: 'center' });
      B.set(ws, r, 3, unit, { align: 'center' });
      B.set(ws, r, 4, cur[k], { d: 0 });
      B.set(ws, r, 5, prev[k], { d: 0 });
      B.set(ws, r, 6, cur[k] - prev[k], { d: 0 });
      B.set(ws, r, 7, growth(cur[k], prev[k], 1), { d: 1 });
    });
    const end = h + 2 + rows.length;
    B.text(ws, end + 1, 1, '说明：1.01=03+04+05；06≥07；08≥09。2.10=08×1000÷06，11=09×1000÷07。');
    footer(B, ws, end + 3, ['沈永强', '钱芳', '钱芳', '0573-82216608'], '2025年2月20日');
  };
  // plant: 在岗职工 期末人数 本年 (a part of a complete breakdown 01=03+04+05)
  return emit('f02_107-1劳动工资_代码数值.xlsx', make, { sheet: '107-1表', addr: 'D10', kind: 'part', pct: 7, note: '在岗职工 本年' });
}

// ---------------- f03 205-1 能源购进消费与库存 ----------------
function f03() {
  const R = rng(303);
  const items = [
    ['原煤', '吨', '01', 0.7143, 0],
    ['洗精煤', '吨', '02', 0.9, 0],
    ['焦炭', '吨', '03', 0.9714, 0],
    ['天然气', '万立方米', '04', 12.143, 1],
    ['热力', '百万千焦', '05', 0.0341, 0],
    ['电力', '万千瓦时', '06', 1.229, 1],
    ['汽油', '吨', '07', 1.4714, 1],
    ['柴油', '吨', '08', 1.4571, 1],
  ];
  const data = items.map(([name, unit, code, coef, d]) => {
    const f = Math.pow(10, d);
    const big = unit === '吨' ? R.int(800, 26000) : R.int(200, 9000);
    const open = d ? R.int(0, 40) * 1 : R.int(0, Math.round(big * 0.1));
    const buy = rhu(big * R.real(0.9, 1.1) + R.int(0, f * 9) / f, d);
    const indUse = rhu(buy * R.real(0.85, 0.93), d);
    const raw = name === '天然气' || name === '原煤' ? rhu(indUse * R.real(0.1, 0.3), d) : 0;
    const nonInd = rhu(buy * R.real(0.005, 0.02), d);
    const cons = rhu(indUse + nonInd, d);
    const close = rhu(open + buy - cons, d);
    const money = Math.round(buy * R.real(0.6, 1.2));
    return { name, unit, code, coef, d, open, buy, money, cons, indUse, raw, nonInd, close };
  });
  const tce = rhu(sum(data.map((x) => x.cons * x.coef)), 0);
  const make = (B) => {
    const ws = B.sheet('205-1');
    B.widths(ws, [18, 10, 6, 11, 11, 12, 11, 11, 11, 11, 11, 10]);
    B.title(ws, 1, 1, 12, '能源购进、消费与库存', 16);
    const right = ['表　　号：2 0 5 - 1 表', '制定机关：国家统计局', '批准文号：国统制〔2024〕18号', '有效期至：2026年6月'];
    right.forEach((t, i) => { B.text(ws, 2 + i, 11, t); ws.mergeCells(2 + i, 11, 2 + i, 12); });
    B.text(ws, 2, 1, '统一社会信用代码：91330481MA2CG5LX7E');
    B.text(ws, 3, 1, '单位详细名称：海宁市天禾化纤有限公司');
    B.text(ws, 5, 5, '2024年', { align: 'center' });
    // two-row header
    const h = 6;
    const top = ['能源名称', '计量单位', '代码', '年初库存量', '购进量', '', '消费量', '', '', '', '年末库存量', '折标准煤系数'];
    top.forEach((t, i) => B.set(ws, h, i + 1, t || null, { align: 'center', bold: true, wrap: true }));
    B.merge(ws, h, 5, h, 6);
    B.merge(ws, h, 7, h, 10);
    ['', '', '', '', '实物量', '金额（千元）', '合计', '工业生产消费', '其中：用作原材料、材料', '非工业生产消费', '', ''].forEach((t, i) => {
      if (t) B.set(ws, h + 1, i + 1, t, { align: 'center', bold: true, wrap: true });
    });
    [1, 2, 3, 4, 11, 12].forEach((c) => B.merge(ws, h, c, h + 1, c));
    B.row(ws, h + 2, 1, ['甲', '乙', '丙', 1, 2, 3, '4=5+7', 5, 6, 7, '8=1+2-4', 9], { align: 'center' });
    data.forEach((x, i) => {
      const r = h + 3 + i;
      B.set(ws, r, 1, x.name, { align: 'left' });
      B.set(ws, r, 2, x.unit, { align: 'center' });
      B.set(ws, r, 3, x.code, { align: 'center' });
      B.row(ws, r, 4, [x.open, x.buy, x.money, x.cons, x.indUse, x.raw, x.nonInd, x.close], [
        { d: x.d }, { d: x.d }, { d: 0 }, { d: x.d }, { d: x.d }, { d: x.d }, { d: x.d }, { d: x.d }]);
      B.set(ws, r, 12, x.coef, { d: 4 });
    });
    const r = h + 3 + data.length;
    B.set(ws, r, 1, '综合能源消费量', { align: 'left' });
    B.set(ws, r, 2, '吨标准煤', { align: 'center' });
    B.set(ws, r, 3, '09', { align: 'center' });
    for (let c = 4; c <= 12; c++) B.set(ws, r, c, c === 7 ? tce : null, { d: 0 });
    B.text(ws, r + 1, 1, '说明：综合能源消费量=∑（各种能源消费量×折标准煤系数），电力按当量值折算。');
    footer(B, ws, r + 3, ['许立新', '顾晓燕', '顾晓燕', '0573-87012345'], '2025年2月12日');
  };
  // plant: 焦炭 工业生产消费 (a part of 合计)
  return emit('f03_205-1能源购进消费库存.xlsx', make, { sheet: '205-1', addr: 'H11', kind: 'part', pct: 7, d: 0, note: '焦炭 工业生产消费' });
}

// ---------------- f04 服务业财务状况: indicator blocks side by side ----------------
function f04() {
  const R = rng(404);
  const v = {};
  v.rev = R.int(52000, 58000);
  v.mainRev = Math.round(v.rev * 0.94);
  v.cost = Math.round(v.rev * 0.71);
  v.tax = Math.round(v.rev * 0.005);
  v.sell = R.int(2200, 2600); v.adm = R.int(4200, 4800); v.rd = R.int(900, 1300); v.fin = R.int(200, 400);
  v.interest = Math.round(v.fin * 0.8);
  v.otherInc = R.int(100, 300); v.invInc = R.int(0, 200);
  v.opProfit = v.rev - v.cost - v.tax - v.sell - v.adm - v.rd - v.fin + v.otherInc + v.invInc;
  v.nonIn = R.int(10, 80); v.nonOut = R.int(5, 60);
  v.profit = v.opProfit + v.nonIn - v.nonOut;
  v.recv = R.int(9000, 12000); v.curA = v.recv + R.int(15000, 20000); v.assets = v.curA + R.int(20000, 30000);
  v.fixed = R.int(18000, 24000); v.dep = Math.round(v.fixed * 0.4); v.depY = Math.round(v.fixed * 0.06);
  v.liab = Math.round(v.assets * 0.48); v.equity = v.assets - v.liab;
  v.pay = R.int(6000, 7000); v.vat = Math.round(v.rev * 0.05); v.staff = R.int(300, 360);
  const left = [
    ['一、年末资产负债', null, null], ['应收账款', '01', 'recv'], ['流动资产合计', '02', 'curA'], ['固定资产原价', '03', 'fixed'],
    ['累计折旧', '04', 'dep'], [FW + '其中：本年折旧', '05', 'depY'], ['资产总计', '06', 'assets'], ['负债合计', '07', 'liab'],
    ['所有者权益合计', '08', 'equity'], ['二、人员及薪酬', null, null], ['应付职工薪酬', '09', 'pay'], ['从业人员期末人数（人）', '10', 'staff'],
  ];
  const right = [
    ['三、损益及分配', null, null], ['营业收入', '11', 'rev'], [FW + '其中：主营业务收入', '12', 'mainRev'], ['营业成本', '13', 'cost'],
    ['税金及附加', '14', 'tax'], ['销售费用', '15', 'sell'], ['管理费用', '16', 'adm'], ['研发费用', '17', 'rd'], ['财务费用', '18', 'fin'],
    [FW + '其中：利息费用', '19', 'interest'], ['其他收益', '20', 'otherInc'], ['投资收益', '21', 'invInc'], ['营业利润', '22', 'opProfit'],
    ['营业外收入', '23', 'nonIn'], ['营业外支出', '24', 'nonOut'], ['利润总额', '25', 'profit'], ['应交增值税', '26', 'vat'],
  ];
  const make = (B) => {
    const ws = B.sheet('F103表');
    B.widths(ws, [24, 6, 12, 24, 6, 12]);
    formHead(B, ws, 6, '财务状况', ['统一社会信用代码：91330100MA27XQ4K9T', '单位详细名称：杭州云栖数联科技有限公司'],
      ['表　　号：F 1 0 3 表', '制定机关：国家统计局', '批准文号：国统制〔2024〕18号', '有效期至：2026年6月'], '2024年');
    B.text(ws, 5, 6, '计量单位：千元', { align: 'right' });
    const h = 6;
    B.row(ws, h, 1, ['指标名称', '代码', '本年', '指标名称', '代码', '本年'], { align: 'center', bold: true });
    B.row(ws, h + 1, 1, ['甲', '乙', 1, '甲', '乙', 1], { align: 'center' });
    const n = Math.max(left.length, right.length);
    for (let i = 0; i < n; i++) {
      const r = h + 2 + i;
      [[left[i], 1], [right[i], 4]].forEach(([it, c]) => {
        if (!it) { B.set(ws, r, c, null); B.set(ws, r, c + 1, null); B.set(ws, r, c + 2, null); return; }
        B.set(ws, r, c, it[0], { align: 'left', bold: !it[1] });
        B.set(ws, r, c + 1, it[1], { align: 'center' });
        B.set(ws, r, c + 2, it[2] ? v[it[2]] : null, { d: 0 });
      });
    }
    footer(B, ws, h + 3 + n, ['林海', '方静', '方静', '0571-88231100'], '2025年3月10日');
  };
  // plant: 资产总计 (a total: 06 = 07 + 08)
  return emit('f04_F103服务业财务_左右两栏.xlsx', make, { sheet: 'F103表', addr: 'C14', kind: 'total', pct: 7, note: '资产总计' });
}

// ---------------- f05 固定资产投资项目 本年完成投资及资金来源 ----------------
function f05() {
  const R = rng(505);
  function period(scale) {
    const v = {};
    v.build = Math.round(R.int(210000, 240000) * scale); v.install = Math.round(R.int(30000, 45000) * scale);
    v.equip = Math.round(R.int(60000, 80000) * scale); v.other = Math.round(R.int(40000, 60000) * scale);
    v.land = Math.round(v.other * R.real(0.5, 0.7));
    v.inv = v.build + v.install + v.equip + v.other;
    v.state = R.int(0, 20000); v.loan = Math.round(v.inv * R.real(0.25, 0.3)); v.fdi = R.int(0, 5000);
    v.self = Math.round(v.inv * R.real(0.5, 0.6)); v.othFund = R.int(5000, 15000);
    v.funds = v.state + v.loan + v.fdi + v.self + v.othFund;
    v.newFixed = Math.round(v.inv * R.real(0.3, 0.5));
    v.area = R.int(120000, 160000); v.newArea = Math.round(v.area * R.real(0.3, 0.45)); v.done = Math.round(v.area * R.real(0.2, 0.3));
    return v;
  }
  const cur = period(1), prev = period(0.9);
  const rows = [
    ['本年完成投资', '千元', '01', 'inv', 0],
    ['建筑工程', '千元', '02', 'build', 1],
    ['安装工程', '千元', '03', 'install', 1],
    ['设备工器具购置', '千元', '04', 'equip', 1],
    ['其他费用', '千元', '05', 'other', 1],
    ['其中：土地购置费', '千元', '06', 'land', 2],
    ['本年新增固定资产', '千元', '07', 'newFixed', 0],
    ['本年实际到位资金合计', '千元', '08', 'funds', 0],
    ['国家预算资金', '千元', '09', 'state', 1],
    ['国内贷款', '千元', '10', 'loan', 1],
    ['利用外资', '千元', '11', 'fdi', 1],
    ['自筹资金', '千元', '12', 'self', 1],
    ['其他资金来源', '千元', '13', 'othFund', 1],
    ['房屋施工面积', '平方米', '14', 'area', 0],
    ['其中：本年新开工面积', '平方米', '15', 'newArea', 1],
    ['房屋竣工面积', '平方米', '16', 'done', 0],
  ];
  const make = (B) => {
    const ws = B.sheet('Sheet1');
    B.widths(ws, [26, 9, 6, 13, 13, 10]);
    formHead(B, ws, 6, '固定资产投资项目本年完成投资及资金来源',
      ['项目代码：2301-330521-04-01-563218', '项目名称：德清县智能装备产业园一期工程'],
      ['表　　号：4 1 1 表', '制定机关：国家统计局', '批准文号：国统制〔2024〕18号', '有效期至：2026年6月'], '2024年1-12月');
    const h = 6;
    B.row(ws, h, 1, ['指 标 名 称', '计量单位', '代码', '本年', '上年', '增长（%）'], { align: 'center', bold: true });
    B.row(ws, h + 1, 1, ['甲', '乙', '丙', 1, 2, 3], { align: 'center' });
    rows.forEach(([lab, unit, code, k, lv], i) => {
      const r = h + 2 + i;
      B.set(ws, r, 1, lab, { indent: lv });
      B.set(ws, r, 2, unit, { align: 'center' });
      B.set(ws, r, 3, code, { align: 'center' });
      B.set(ws, r, 4, cur[k], { d: 0, comma: true });
      B.set(ws, r, 5, prev[k], { d: 0, comma: true });
      B.set(ws, r, 6, prev[k] ? growth(cur[k], prev[k], 1) : '—', { d: 1, align: prev[k] ? undefined : 'center' });
    });
    const end = h + 2 + rows.length;
    B.text(ws, end + 1, 1, '审核关系：01=02+03+04+05，05≥06，08=09+10+11+12+13，14≥15。');
    footer(B, ws, end + 3, ['汤卫东', '沈佳', '姚晨', '0572-8012345'], '2025年1月8日');
  };
  // plant: 本年实际到位资金合计 本年 (total)
  return emit('f05_411投资项目_缩进格式.xlsx', make, { sheet: 'Sheet1', addr: 'D15', kind: 'total', pct: 7, note: '本年实际到位资金合计 本年' });
}

(async () => { await f01(); await f02(); await f03(); await f04(); await f05(); })().catch((e) => { console.error(e); process.exit(1); });
