// Extras 2: a summary form with a loss-making county (negative profit), and an income statement (会企02表) with 行次.
const { rng, rhu, sum, pct, growth, emit } = require('./lib');
const FW = '　';

// ---------------- f41 综合表 with negative 利润总额 in one county, 本期/上年/增减% rows ----------------
function f41() {
  const R = rng(4141);
  const regs = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'];
  const mk = () => {
    const v = {}; v.n = R.int(40, 420); v.loss = Math.round(v.n * R.real(0.12, 0.3));
    v.rev = rhu(R.real(200000, 2600000), 1); v.profit = rhu(v.rev * R.real(0.01, 0.06), 1); v.lossAmt = rhu(R.real(800, 30000), 1);
    return v;
  };
  const cur = regs.map(mk), prev = regs.map(mk);
  cur[4].profit = -rhu(R.real(3000, 9000), 1); // 红古区 loss this year
  prev[6].profit = -rhu(R.real(500, 2000), 1); // 皋兰县 loss last year
  const tot = (arr) => ({ n: sum(arr.map((v) => v.n)), loss: sum(arr.map((v) => v.loss)), rev: rhu(sum(arr.map((v) => v.rev)), 1), profit: rhu(sum(arr.map((v) => v.profit)), 1), lossAmt: rhu(sum(arr.map((v) => v.lossAmt)), 1) });
  const C = [tot(cur), ...cur], P = [tot(prev), ...prev];
  const g = (a, b) => (b > 0 && a >= 0 ? growth(a, b, 1) : b > 0 && a < 0 ? '由盈转亏' : b < 0 && a > 0 ? '扭亏为盈' : '—');
  const rows = [
    ['企业单位数（个）', (v) => v.n, 0], [FW + '其中：亏损企业（个）', (v) => v.loss, 0],
    ['营业收入（万元）', (v) => v.rev, 1], ['利润总额（万元）', (v) => v.profit, 1], ['亏损企业亏损额（万元）', (v) => v.lossAmt, 1],
  ];
  const make = (B) => {
    const ws = B.sheet('分县区');
    B.title(ws, 1, 1, 2 + 1 + regs.length, '规模以上工业企业经济效益（分县区）', 14);
    B.text(ws, 2, 1, '2024年1-12月');
    B.row(ws, 3, 1, ['指标', '时期', '全市', ...regs], { align: 'center', bold: true });
    let r = 4;
    rows.forEach(([lab, f, d]) => {
      B.set(ws, r, 1, lab, { align: 'left' }); B.set(ws, r + 1, 1, null); B.set(ws, r + 2, 1, null); B.merge(ws, r, 1, r + 2, 1);
      B.set(ws, r, 2, '本期', { align: 'center' }); B.set(ws, r + 1, 2, '上年同期', { align: 'center' }); B.set(ws, r + 2, 2, '增减（%）', { align: 'center' });
      C.forEach((v, j) => {
        B.set(ws, r, 3 + j, f(v), { d }); B.set(ws, r + 1, 3 + j, f(P[j]), { d });
        const gg = g(f(v), f(P[j])); B.set(ws, r + 2, 3 + j, gg, typeof gg === 'number' ? { d: 1 } : { align: 'center' });
      });
      r += 3;
    });
    ws.getColumn(1).width = 22;
  };
  // plant: 西固区 利润总额 本期
  return emit('f41_综合表_指标三行块_含亏损负值.xlsx', make, { sheet: '分县区', addr: 'F13', kind: 'part', pct: 10, d: 1, note: '西固区 利润总额 本期' });
}

// ---------------- f42 利润表 会企02表 with 行次 ----------------
function f42() {
  const R = rng(4242);
  const per = () => {
    const v = {};
    v.rev = rhu(R.real(180e6, 230e6), 2); v.cost = rhu(v.rev * R.real(0.72, 0.78), 2); v.tax = rhu(v.rev * 0.006, 2);
    v.sell = rhu(R.real(4e6, 7e6), 2); v.adm = rhu(R.real(8e6, 11e6), 2); v.rd = rhu(R.real(6e6, 9e6), 2); v.fin = rhu(R.real(1e6, 2e6), 2);
    v.int = rhu(v.fin * R.real(0.8, 0.95), 2); v.intInc = rhu(R.real(1e5, 4e5), 2);
    v.othInc = rhu(R.real(2e5, 9e5), 2); v.inv = rhu(R.real(-5e5, 1.5e6), 2); v.credit = -rhu(R.real(1e5, 6e5), 2); v.impair = -rhu(R.real(0, 3e5), 2);
    v.op = rhu(v.rev - v.cost - v.tax - v.sell - v.adm - v.rd - v.fin + v.othInc + v.inv + v.credit + v.impair, 2);
    v.nin = rhu(R.real(1e4, 2e5), 2); v.nout = rhu(R.real(1e4, 3e5), 2);
    v.total = rhu(v.op + v.nin - v.nout, 2); v.itax = rhu(v.total * 0.15, 2); v.net = rhu(v.total - v.itax, 2);
    return v;
  };
  const a = per(), b = per();
  const items = [
    ['一、营业收入', 'rev'], ['　减：营业成本', 'cost'], ['　　　税金及附加', 'tax'], ['　　　销售费用', 'sell'], ['　　　管理费用', 'adm'], ['　　　研发费用', 'rd'],
    ['　　　财务费用', 'fin'], ['　　　其中：利息费用', 'int'], ['　　　　　　利息收入', 'intInc'], ['　加：其他收益', 'othInc'], ['　　　投资收益（损失以“－”号填列）', 'inv'],
    ['　　　信用减值损失（损失以“－”号填列）', 'credit'], ['　　　资产减值损失（损失以“－”号填列）', 'impair'], ['二、营业利润（亏损以“－”号填列）', 'op'],
    ['　加：营业外收入', 'nin'], ['　减：营业外支出', 'nout'], ['三、利润总额（亏损总额以“－”号填列）', 'total'], ['　减：所得税费用', 'itax'], ['四、净利润（净亏损以“－”号填列）', 'net'],
  ];
  const make = (B) => {
    const ws = B.sheet('利润表');
    B.title(ws, 1, 1, 4, '利　润　表', 16);
    B.text(ws, 2, 4, '会企02表', { align: 'right' });
    B.text(ws, 3, 1, '编制单位：绍兴越新纺织科技有限公司'); B.text(ws, 3, 2, '2024年度', { align: 'center' }); B.text(ws, 3, 4, '单位：元', { align: 'right' });
    B.row(ws, 4, 1, ['项　　目', '行次', '本期金额', '上期金额'], { align: 'center', bold: true });
    items.forEach(([lab, k], i) => {
      B.set(ws, 5 + i, 1, lab, { align: 'left' }); B.set(ws, 5 + i, 2, i + 1, { align: 'center' });
      B.set(ws, 5 + i, 3, a[k], { d: 2, comma: true }); B.set(ws, 5 + i, 4, b[k], { d: 2, comma: true });
    });
    B.text(ws, 6 + items.length, 1, '单位负责人：韩立　　主管会计工作负责人：俞洁　　会计机构负责人：俞洁');
    [40, 6, 18, 18].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  };
  // plant: 所得税费用 本期 (净利润 = 利润总额 - 所得税)
  return emit('f42_利润表_会企02_行次列.xlsx', make, { sheet: '利润表', addr: 'C22', kind: 'part', pct: 10, d: 2, note: '所得税费用 本期金额' });
}

(async () => { await f41(); await f42(); })().catch((e) => { console.error(e); process.exit(1); });
