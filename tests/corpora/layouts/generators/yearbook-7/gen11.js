// Extras: a monthly unit form with 本月 / 1-本月 / 上年同期 columns, and a balance sheet (会企01表) with two label columns.
const { rng, rhu, sum, pct, growth, emit } = require('./lib');
const FW = '　';

// ---------------- f39 E204-1 批发和零售业商品销售和库存 (monthly, cumulative) ----------------
function f39() {
  const R = rng(3939);
  const cls = ['粮油、食品类', '饮料类', '烟酒类', '服装、鞋帽、针纺织品类', '日用品类', '家用电器和音像器材类', '石油及制品类', '汽车类', '其他类'];
  const per = () => {
    const retailCls = cls.map((_, i) => (i === 7 ? R.int(0, 600) : R.int(200, 6000)));
    const retail = sum(retailCls); const whole = R.int(8000, 16000); const online = Math.round(retail * R.real(0.05, 0.15));
    return { retailCls, retail, whole, sales: retail + whole, online, stock: R.int(3000, 9000) };
  };
  // cumulative = sum of months 1..9; 本月 = month 9
  const months = [...Array(9)].map(per), monthsP = [...Array(9)].map(per);
  const cum = (ms) => ({ retailCls: cls.map((_, i) => sum(ms.map((m) => m.retailCls[i]))), retail: sum(ms.map((m) => m.retail)), whole: sum(ms.map((m) => m.whole)), sales: sum(ms.map((m) => m.sales)), online: sum(ms.map((m) => m.online)), stock: ms[ms.length - 1].stock });
  const cur = months[8], curC = cum(months), pre = monthsP[8], preC = cum(monthsP);
  const rows = [
    ['商品销售额', '01', (v) => v.sales], [FW + '批发额', '02', (v) => v.whole], [FW + '零售额', '03', (v) => v.retail],
    [FW + FW + '其中：通过公共网络实现的零售额', '04', (v) => v.online], ['期末商品库存额', '05', (v) => v.stock],
    ['商品零售类值：', null, null],
    ...cls.map((c, i) => [FW + c, String(10 + i), (v) => v.retailCls[i]]),
  ];
  const make = (B) => {
    const ws = B.sheet('E204-1');
    B.title(ws, 1, 1, 9, '批发和零售业商品销售和库存', 16);
    ['表　　号：E 2 0 4 - 1 表', '制定机关：国家统计局', '批准文号：国统制〔2024〕18号', '有效期至：2026年6月'].forEach((t, i) => { B.text(ws, 2 + i, 8, t); ws.mergeCells(2 + i, 8, 2 + i, 9); });
    B.text(ws, 2, 1, '统一社会信用代码：91320214MA1P8QW03F'); B.text(ws, 3, 1, '单位详细名称：无锡市新吴区万家福超市有限公司');
    B.text(ws, 5, 4, '2024年9月', { align: 'center' }); B.text(ws, 5, 1, '计量单位：千元');
    const h = 6;
    B.set(ws, h, 1, '指标名称', { align: 'center', bold: true }); B.set(ws, h, 2, '代码', { align: 'center', bold: true });
    B.set(ws, h, 3, '本年', { align: 'center', bold: true }); B.set(ws, h, 4, null); B.merge(ws, h, 3, h, 4);
    B.set(ws, h, 5, '上年同期', { align: 'center', bold: true }); B.set(ws, h, 6, null); B.merge(ws, h, 5, h, 6);
    B.set(ws, h, 7, '增长（%）', { align: 'center', bold: true }); B.set(ws, h, 8, null); B.merge(ws, h, 7, h, 8);
    B.row(ws, h + 1, 3, ['本月', '1-本月', '本月', '1-本月', '本月', '1-本月'], { align: 'center', bold: true });
    [1, 2].forEach((c) => { B.set(ws, h + 1, c, null); B.merge(ws, h, c, h + 1, c); });
    B.row(ws, h + 2, 1, ['甲', '乙', 1, 2, 3, 4, 5, 6], { align: 'center' });
    rows.forEach(([lab, code, f], i) => {
      const r = h + 3 + i;
      B.set(ws, r, 1, lab, { align: 'left', bold: !code });
      B.set(ws, r, 2, code, { align: 'center' });
      if (!f) { for (let c = 3; c <= 8; c++) B.set(ws, r, c, null); return; }
      const a = f(cur), b = f(curC), c = f(pre), d = f(preC);
      const isStock = code === '05';
      B.row(ws, r, 3, [a, isStock ? null : b, c, isStock ? null : d, c ? growth(a, c, 1) : '—', isStock ? null : growth(b, d, 1)],
        [{ d: 0 }, { d: 0 }, { d: 0 }, { d: 0 }, { d: 1 }, { d: 1 }]);
    });
    const e = h + 3 + rows.length;
    B.text(ws, e + 1, 1, '审核关系：01=02+03；03≥04；03=10+11+…+18。');
    B.text(ws, e + 2, 1, '单位负责人：郑国庆　　统计负责人：马丽　　填表人：马丽　　报出日期：2024年10月8日');
  };
  // plant: 1-本月 零售额 (a whole of the class values and of 01)
  return emit('f39_E204-1月报_本月与累计_零售类值.xlsx', make, { sheet: 'E204-1', addr: 'D11', kind: 'total', pct: 7, note: '零售额 1-本月' });
}

// ---------------- f40 资产负债表 (会企01表): two label columns side by side ----------------
function f40() {
  const R = rng(4040);
  const per = (s) => {
    const v = {};
    v.cash = R.int(800000, 2000000) * s; v.tfa = R.int(0, 300000); v.nr = R.int(40000, 150000); v.ar = R.int(900000, 1800000) * s;
    v.pre = R.int(50000, 200000); v.oth = R.int(20000, 90000); v.inv = R.int(600000, 1500000) * s; v.ocur = R.int(10000, 60000);
    v.cur = v.cash + v.tfa + v.nr + v.ar + v.pre + v.oth + v.inv + v.ocur;
    v.lti = R.int(0, 500000); v.fa = R.int(1800000, 2600000); v.cip = R.int(100000, 600000); v.ia = R.int(200000, 500000); v.dta = R.int(10000, 50000);
    v.ncur = v.lti + v.fa + v.cip + v.ia + v.dta; v.assets = v.cur + v.ncur;
    v.stl = R.int(300000, 900000); v.np = R.int(100000, 300000); v.ap = R.int(700000, 1300000); v.adv = R.int(50000, 250000);
    v.sal = R.int(60000, 120000); v.tax = R.int(20000, 90000); v.ocl = R.int(30000, 120000);
    v.curL = v.stl + v.np + v.ap + v.adv + v.sal + v.tax + v.ocl;
    v.ltl = R.int(200000, 800000); v.bond = 0; v.dtl = R.int(0, 30000); v.ncurL = v.ltl + v.bond + v.dtl; v.liab = v.curL + v.ncurL;
    v.equity = v.assets - v.liab; v.paid = R.int(1000000, 1500000); v.capRes = R.int(100000, 400000); v.surplus = R.int(100000, 300000);
    v.retained = v.equity - v.paid - v.capRes - v.surplus; v.le = v.liab + v.equity;
    return v;
  };
  const end = per(1), beg = per(1);
  const left = [
    ['流动资产：', null, null], ['货币资金', 1, 'cash'], ['交易性金融资产', 2, 'tfa'], ['应收票据', 3, 'nr'], ['应收账款', 4, 'ar'], ['预付款项', 5, 'pre'],
    ['其他应收款', 6, 'oth'], ['存货', 7, 'inv'], ['其他流动资产', 8, 'ocur'], ['流动资产合计', 9, 'cur'], ['非流动资产：', null, null], ['长期股权投资', 10, 'lti'],
    ['固定资产', 11, 'fa'], ['在建工程', 12, 'cip'], ['无形资产', 13, 'ia'], ['递延所得税资产', 14, 'dta'], ['非流动资产合计', 15, 'ncur'], ['资产总计', 16, 'assets'],
  ];
  const right = [
    ['流动负债：', null, null], ['短期借款', 17, 'stl'], ['应付票据', 18, 'np'], ['应付账款', 19, 'ap'], ['预收款项', 20, 'adv'], ['应付职工薪酬', 21, 'sal'],
    ['应交税费', 22, 'tax'], ['其他应付款', 23, 'ocl'], ['流动负债合计', 24, 'curL'], ['非流动负债：', null, null], ['长期借款', 25, 'ltl'], ['应付债券', 26, 'bond'],
    ['递延所得税负债', 27, 'dtl'], ['非流动负债合计', 28, 'ncurL'], ['负债合计', 29, 'liab'], ['所有者权益：', null, null], ['实收资本（或股本）', 30, 'paid'],
    ['资本公积', 31, 'capRes'], ['盈余公积', 32, 'surplus'], ['未分配利润', 33, 'retained'], ['所有者权益合计', 34, 'equity'], ['负债和所有者权益总计', 35, 'le'],
  ];
  const make = (B) => {
    const ws = B.sheet('资产负债表');
    B.title(ws, 1, 1, 8, '资 产 负 债 表', 16);
    B.text(ws, 2, 8, '会企01表', { align: 'right' });
    B.text(ws, 3, 1, '编制单位：常州瑞丰新材料股份有限公司'); B.text(ws, 3, 4, '2024年12月31日', { align: 'center' }); B.text(ws, 3, 8, '单位：元', { align: 'right' });
    B.row(ws, 4, 1, ['资产', '行次', '期末余额', '年初余额', '负债和所有者权益（或股东权益）', '行次', '期末余额', '年初余额'], { align: 'center', bold: true, wrap: true });
    const n = Math.max(left.length, right.length);
    for (let i = 0; i < n; i++) {
      const r = 5 + i;
      [[left[i], 1], [right[i], 5]].forEach(([it, c]) => {
        if (!it) { for (let k = 0; k < 4; k++) B.set(ws, r, c + k, null); return; }
        const [lab, no, k] = it;
        B.set(ws, r, c, lab, { align: 'left', bold: !no });
        B.set(ws, r, c + 1, no, { align: 'center' });
        B.set(ws, r, c + 2, k ? end[k] : null, { d: 2, comma: true });
        B.set(ws, r, c + 3, k ? beg[k] : null, { d: 2, comma: true });
      });
    }
    B.text(ws, 6 + n, 1, '单位负责人：蒋文斌　　主管会计工作负责人：许静　　会计机构负责人：许静');
    [20, 6, 18, 18, 30, 6, 18, 18].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  };
  // plant: 应收账款 期末余额 (part of 流动资产合计)
  return emit('f40_资产负债表_会企01_左右两栏行次.xlsx', make, { sheet: '资产负债表', addr: 'C9', kind: 'part', pct: 7, d: 2, note: '应收账款 期末余额' });
}

(async () => { await f39(); await f40(); })().catch((e) => { console.error(e); process.exit(1); });
