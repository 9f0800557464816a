// Family 7: one sheet per year of one layout, and a 汇总 sheet of changes between them.
const { rng, rhu, sum, pct, growth, emit } = require('./lib');

// ---------------- f26 region table per year + 汇总 of changes ----------------
function f26() {
  const R = rng(2626);
  const regs = ['上城区', '下城区', '江干区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区'];
  const years = [2021, 2022, 2023, 2024];
  const Y = {};
  let base = regs.map(() => ({ n: R.int(120, 1600), staff: 0, rev: 0, profit: 0 }));
  base.forEach((b) => { b.staff = b.n * R.int(60, 140); b.rev = b.staff * R.int(90, 160); b.profit = Math.round(b.rev * R.real(0.04, 0.08)); });
  years.forEach((y, yi) => {
    if (yi) base = base.map((b) => {
      const n = b.n + R.int(-10, 60); const staff = Math.round(b.staff * R.real(0.97, 1.06)); const rev = Math.round(b.rev * R.real(0.96, 1.12));
      return { n, staff, rev, profit: Math.round(rev * R.real(0.04, 0.08)) };
    });
    const t = { n: sum(base.map((b) => b.n)), staff: sum(base.map((b) => b.staff)), rev: sum(base.map((b) => b.rev)), profit: sum(base.map((b) => b.profit)) };
    Y[y] = [t, ...base];
  });
  const labels = ['全市', ...regs];
  const make = (B) => {
    years.forEach((y) => {
      const ws = B.sheet(String(y));
      B.title(ws, 1, 1, 6, y + '年各区规模以上工业企业主要指标', 14);
      B.row(ws, 2, 1, ['地区', '企业数（个）', '从业人员（人）', '营业收入（万元）', '利润总额（万元）', '营业收入利润率（%）'], { align: 'center', bold: true, wrap: true });
      Y[y].forEach((v, i) => {
        B.set(ws, 3 + i, 1, labels[i], { align: 'left' });
        B.row(ws, 3 + i, 2, [v.n, v.staff, v.rev, v.profit, pct(v.profit, v.rev, 2)], [{ d: 0 }, { d: 0, comma: true }, { d: 0, comma: true }, { d: 0, comma: true }, { d: 2 }]);
      });
      ws.getColumn(1).width = 10;
    });
    const ws = B.sheet('汇总');
    B.title(ws, 1, 1, 7, '各区规模以上工业企业主要指标变动情况', 14);
    const h = 2;
    B.set(ws, h, 1, '地区', { align: 'center', bold: true }); B.set(ws, h + 1, 1, null); B.merge(ws, h, 1, h + 1, 1);
    B.set(ws, h, 2, '2024年比2023年', { align: 'center', bold: true }); [3, 4, 5].forEach((c) => B.set(ws, h, c, null)); B.merge(ws, h, 2, h, 5);
    B.row(ws, h + 1, 2, ['企业数增减（个）', '从业人员增减（人）', '营业收入增长（%）', '利润总额增长（%）'], { align: 'center', bold: true, wrap: true });
    B.set(ws, h, 6, '2024年比2021年', { align: 'center', bold: true }); B.set(ws, h, 7, null); B.merge(ws, h, 6, h, 7);
    B.row(ws, h + 1, 6, ['营业收入增长（%）', '营业收入年均增长（%）'], { align: 'center', bold: true, wrap: true });
    labels.forEach((l, i) => {
      const a = Y[2024][i], b = Y[2023][i], c = Y[2021][i];
      B.set(ws, h + 2 + i, 1, l, { align: 'left' });
      B.row(ws, h + 2 + i, 2, [a.n - b.n, a.staff - b.staff, growth(a.rev, b.rev, 1), growth(a.profit, b.profit, 1), growth(a.rev, c.rev, 1),
        rhu((Math.pow(a.rev / c.rev, 1 / 3) - 1) * 100, 1)], [{ d: 0 }, { d: 0 }, { d: 1 }, { d: 1 }, { d: 1 }, { d: 1 }]);
    });
    ws.getColumn(1).width = 10;
  };
  // plant: sheet 2023, 西湖区 营业收入 (a region figure; 全市 total and rate depend on it)
  return emit('f26_分年度工作表_2021至2024_汇总变动.xlsx', make, { sheet: '2023', addr: 'D8', kind: 'part', pct: 7, note: '2023 西湖区 营业收入' });
}

// ---------------- f27 indicator sheets per year '2021年'.. + 汇总 years as columns with growth ----------------
function f27() {
  const R = rng(2727);
  const years = [2021, 2022, 2023, 2024];
  const ind = [
    ['年末户籍人口', '人', 0, () => R.int(820000, 830000), (x) => x + R.int(-3000, 2000)],
    ['　其中：男性', '人', 0, null, null],
    ['出生人口', '人', 0, () => R.int(6800, 7600), (x) => Math.round(x * R.real(0.85, 0.98))],
    ['死亡人口', '人', 0, () => R.int(5600, 6200), (x) => Math.round(x * R.real(0.98, 1.08))],
    ['一般公共预算收入', '万元', 0, () => R.int(410000, 450000), (x) => Math.round(x * R.real(1.0, 1.09))],
    ['　其中：税收收入', '万元', 0, null, null],
    ['社会消费品零售总额', '万元', 0, () => R.int(2300000, 2500000), (x) => Math.round(x * R.real(1.02, 1.08))],
  ];
  const V = {};
  let cur = null;
  years.forEach((y, yi) => {
    const v = ind.map(([, , , init, step], i) => (init ? (yi ? step(cur[i]) : init()) : null));
    v[1] = Math.round(v[0] * R.real(0.5, 0.51)); v[5] = Math.round(v[4] * R.real(0.72, 0.8));
    V[y] = v; cur = v;
  });
  const make = (B) => {
    years.forEach((y) => {
      const ws = B.sheet(y + '年');
      B.title(ws, 1, 1, 3, '清溪县' + y + '年主要指标', 14);
      B.row(ws, 2, 1, ['指标', '单位', '数值'], { align: 'center', bold: true });
      ind.forEach(([lab, unit], i) => { B.set(ws, 3 + i, 1, lab, { align: 'left' }); B.set(ws, 3 + i, 2, unit, { align: 'center' }); B.set(ws, 3 + i, 3, V[y][i], { d: 0 }); });
      // 自然增长率 ‰ derived row
      const r = 3 + ind.length; const avgPop = V[y][0];
      B.set(ws, r, 1, '人口自然增长率', { align: 'left' }); B.set(ws, r, 2, '‰', { align: 'center' });
      B.set(ws, r, 3, rhu(((V[y][2] - V[y][3]) * 1000) / avgPop, 2), { d: 2 });
      ws.getColumn(1).width = 24;
    });
    const ws = B.sheet('汇总');
    B.title(ws, 1, 1, 8, '清溪县2021—2024年主要指标', 14);
    B.row(ws, 2, 1, ['指标', '单位', '2021年', '2022年', '2023年', '2024年', '2024年比2021年增长（%）', '年均增长（%）'], { align: 'center', bold: true, wrap: true });
    ind.forEach(([lab, unit], i) => {
      const a = V[2024][i], c = V[2021][i];
      B.set(ws, 3 + i, 1, lab, { align: 'left' }); B.set(ws, 3 + i, 2, unit, { align: 'center' });
      B.row(ws, 3 + i, 3, [...years.map((y) => V[y][i]), growth(a, c, 1), rhu((Math.pow(a / c, 1 / 3) - 1) * 100, 1)], [{ d: 0 }, { d: 0 }, { d: 0 }, { d: 0 }, { d: 1 }, { d: 1 }]);
    });
    ws.getColumn(1).width = 24;
  };
  // plant: 汇总 社会消费品零售总额 2024年比2021年增长（%）
  return emit('f27_分年度指标表_汇总年份列_年均增长.xlsx', make, { sheet: '汇总', addr: 'G9', kind: 'change', pct: 10, d: 1, note: '汇总 社零 2024比2021增长' });
}

// ---------------- f28 sheets '2021'.. of 医疗机构 by 类别 + 汇总 of differences ----------------
function f28() {
  const R = rng(2828);
  const years = [2021, 2022, 2023, 2024];
  const cats = ['医院', '基层医疗卫生机构', '专业公共卫生机构', '其他医疗卫生机构'];
  const subs = { 医院: ['综合医院', '中医医院', '专科医院'], 基层医疗卫生机构: ['社区卫生服务中心（站）', '乡镇卫生院', '村卫生室', '诊所（医务室）'] };
  const leaves = [];
  cats.forEach((c) => (subs[c] ? subs[c].forEach((s) => leaves.push([c, s])) : leaves.push([c, null])));
  const V = {};
  let prev = null;
  years.forEach((y, yi) => {
    const L = leaves.map(([c, s], i) => {
      if (!yi) {
        const n = s === '村卫生室' ? R.int(300, 420) : s === '诊所（医务室）' ? R.int(150, 260) : R.int(4, 40);
        const beds = s === '村卫生室' || s === '诊所（医务室）' ? 0 : n * R.int(20, 260);
        const tech = Math.round(beds * R.real(0.9, 1.4)) + n * 2;
        const visits = rhu(tech * R.real(0.08, 0.2), 1); // 万人次
        return { n, beds, tech, visits };
      }
      const p = prev[i];
      const n = Math.max(1, p.n + R.int(-8, 6));
      const beds = p.beds ? p.beds + R.int(-50, 300) : 0;
      return { n, beds, tech: p.tech + R.int(-30, 200), visits: rhu(p.visits * R.real(0.95, 1.12), 1) };
    });
    prev = L;
    const rows = [];
    const agg = (arr) => ({ n: sum(arr.map((x) => x.n)), beds: sum(arr.map((x) => x.beds)), tech: sum(arr.map((x) => x.tech)), visits: rhu(sum(arr.map((x) => x.visits)), 1) });
    rows.push(['总计', 0, agg(L)]);
    cats.forEach((c) => {
      const idx = leaves.map((l, i) => (l[0] === c ? i : -1)).filter((i) => i >= 0);
      rows.push([c, 0, agg(idx.map((i) => L[i]))]);
      if (subs[c]) idx.forEach((i) => rows.push([leaves[i][1], 1, L[i]]));
    });
    V[y] = rows;
  });
  const head = ['机构类别', '机构数（个）', '床位数（张）', '卫生技术人员（人）', '诊疗人次（万人次）'];
  const fmt = [{ d: 0 }, { d: 0 }, { d: 0 }, { d: 1 }];
  const make = (B) => {
    years.forEach((y) => {
      const ws = B.sheet(String(y));
      B.title(ws, 1, 1, 5, y + '年医疗卫生机构、床位、人员及诊疗人次', 14);
      B.row(ws, 2, 1, head, { align: 'center', bold: true, wrap: true });
      V[y].forEach(([lab, lvl, v], i) => {
        B.set(ws, 3 + i, 1, lab, lvl ? { indent: 1 } : { align: 'left' });
        B.row(ws, 3 + i, 2, [v.n, v.beds, v.tech, v.visits], fmt);
      });
      ws.getColumn(1).width = 24;
    });
    const ws = B.sheet('汇总（比2021年增减）');
    B.title(ws, 1, 1, 5, '2024年医疗卫生资源比2021年增减', 14);
    B.row(ws, 2, 1, head, { align: 'center', bold: true, wrap: true });
    V[2024].forEach(([lab, lvl, v], i) => {
      const w = V[2021][i][2];
      B.set(ws, 3 + i, 1, lab, lvl ? { indent: 1 } : { align: 'left' });
      B.row(ws, 3 + i, 2, [v.n - w.n, v.beds - w.beds, v.tech - w.tech, rhu(v.visits - w.visits, 1)], fmt);
    });
    ws.getColumn(1).width = 24;
  };
  // plant: 汇总 总计 卫生技术人员 增减 (total of changes)
  return emit('f28_分年度工作表_数字表名_汇总增减.xlsx', make, { sheet: '汇总（比2021年增减）', addr: 'D3', kind: 'total', pct: 10, note: '汇总 总计 卫技人员增减' });
}

(async () => { await f26(); await f27(); await f28(); })().catch((e) => { console.error(e); process.exit(1); });
