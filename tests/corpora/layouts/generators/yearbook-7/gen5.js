// Family 5: mixed decimals within a column, numbers stored as text, trailing spaces, leading apostrophes.
const { rng, rhu, sum, pct, growth, fmtFixed, emit, quotePrefix } = require('./lib');

// ---------------- f18 农作物 mixed decimals (1 or 2 per row) ----------------
function f18() {
  const R = rng(1818);
  // leaves: name, hectares, yield kg/ha, decimals (area, output)
  const leaf = (n, ha, y, d) => ({ n, ha, t: Math.round((ha * y) / 1000), d });
  const L = {
    rice: leaf('稻谷', R.int(150000, 170000), R.real(6800, 7300), 1),
    wheat: leaf('小麦', R.int(60000, 80000), R.real(5200, 5800), 1),
    corn: leaf('玉米', R.int(40000, 52000), R.real(5600, 6400), 1),
    ocereal: leaf('其他谷物', R.int(600, 1400), R.real(3000, 4000), 2),
    beans: leaf('豆类', R.int(18000, 24000), R.real(2200, 2700), 1),
    tubers: leaf('薯类', R.int(9000, 14000), R.real(4200, 5200), 1),
    peanut: leaf('花生', R.int(14000, 18000), R.real(3600, 4200), 1),
    rape: leaf('油菜籽', R.int(70000, 85000), R.real(2100, 2500), 1),
    sesame: leaf('芝麻', R.int(200, 480), R.real(1100, 1400), 2),
    cotton: leaf('棉花', R.int(300, 900), R.real(1500, 1900), 2),
    veg: leaf('蔬菜', R.int(120000, 140000), R.real(28000, 33000), 1),
  };
  const agg = (n, ks, d = 1) => ({ n, ha: sum(ks.map((k) => L[k].ha)), t: sum(ks.map((k) => L[k].t)), d });
  const cereal = agg('谷物', ['rice', 'wheat', 'corn', 'ocereal']);
  const grain = { n: '粮食作物', ha: cereal.ha + L.beans.ha + L.tubers.ha, t: cereal.t + L.beans.t + L.tubers.t, d: 1 };
  const oil = agg('油料', ['peanut', 'rape', 'sesame']);
  const total = { n: '农作物总播种面积', ha: grain.ha + oil.ha + L.cotton.ha + L.veg.ha + 52340, t: null, d: 1 };
  const rows = [
    [total, 0, null], [grain, 0, '一、'], [cereal, 1, ''], [L.rice, 2], [L.wheat, 2], [L.corn, 2], [L.ocereal, 2],
    [L.beans, 1], [L.tubers, 1], [oil, 0, '二、'], [L.peanut, 1], [L.rape, 1], [L.sesame, 1], [L.cotton, 0, '三、'], [L.veg, 0, '四、'],
  ];
  const make = (B) => {
    const ws = B.sheet('播种面积和产量');
    B.title(ws, 1, 1, 4, '主要农作物播种面积和产量（2024年）', 14);
    B.row(ws, 3, 1, ['作物名称', '播种面积（千公顷）', '总产量（万吨）', '单位面积产量（公斤/公顷）'], { align: 'center', bold: true, wrap: true });
    ws.getColumn(1).width = 22; [2, 3, 4].forEach((c) => (ws.getColumn(c).width = 14));
    rows.forEach(([x, lvl, pre], i) => {
      const r = 4 + i;
      B.set(ws, r, 1, (pre || '') + x.n, lvl ? { indent: lvl } : { align: 'left' });
      B.set(ws, r, 2, rhu(x.ha / 1000, x.d), { d: x.d });
      B.set(ws, r, 3, x.t === null ? null : rhu(x.t / 10000, x.d), { d: x.d });
      B.set(ws, r, 4, x.t === null ? null : rhu((x.t * 1000) / x.ha, 0), { d: 0 });
    });
    B.text(ws, 5 + rows.length, 1, '注：农作物总播种面积含其他农作物；单位面积产量按未经舍入的面积和产量计算。');
  };
  // plant: 油料 播种面积 (subtotal)
  return emit('f18_农作物_同列小数位混合.xlsx', make, { sheet: '播种面积和产量', addr: 'B13', kind: 'total', pct: 7, d: 1, note: '油料 播种面积' });
}

// ---------------- f19 system export: text numbers, thousands separators, trailing spaces ----------------
function f19() {
  const R = rng(1919);
  const sts = ['解放路街道', '人民路街道', '东风街道', '北山街道', '南湖街道', '新华街道', '城东街道', '城西街道', '高新区管委会'];
  const body = sts.map(() => {
    const pop = R.int(28000, 96000); const old = Math.round(pop * R.real(0.17, 0.27)); const old80 = Math.round(old * R.real(0.12, 0.2));
    const dbh = R.int(80, 420); const dbp = Math.round(dbh * R.real(1.4, 1.9)); const money = dbp * R.int(7000, 9200);
    return { pop, old, old80, dbh, dbp, money };
  });
  const tot = {}; ['pop', 'old', 'old80', 'dbh', 'dbp', 'money'].forEach((k) => (tot[k] = sum(body.map((v) => v[k]))));
  // which cells are text (row index, key) – emulates an export where some columns came out as text
  const textCols = new Set(['pop', 'money']);
  const trailing = new Set(['2:old', '5:dbp', '7:old80']);
  const make = (B) => {
    const ws = B.sheet('Sheet1');
    B.row(ws, 1, 1, ['街道（乡镇）', '户籍人口（人）', '60岁及以上人口（人）', '60岁及以上人口占比（%）', '其中：80岁及以上（人）', '低保户数（户）', '低保人数（人）', '全年低保金支出（元）'], { align: 'center', bold: true, wrap: true });
    [...body, tot].forEach((v, i) => {
      const r = 2 + i;
      const last = i === body.length;
      B.set(ws, r, 1, last ? '合计' : sts[i], { align: 'left' });
      const cell = (k, c, d, comma) => {
        let x = v[k];
        if (!last && textCols.has(k)) x = fmtFixed(x, d, comma);
        else if (trailing.has(i + ':' + k)) x = fmtFixed(x, d, false) + '  ';
        B.set(ws, r, c, x, { d, comma, align: 'right' });
      };
      cell('pop', 2, 0, true); cell('old', 3, 0, false);
      const share = pct(v.old, v.pop, 2);
      B.set(ws, r, 4, i === 3 ? share.toFixed(2) : share, { d: 2, align: 'right' });
      cell('old80', 5, 0, false); cell('dbh', 6, 0, false); cell('dbp', 7, 0, false); cell('money', 8, 0, true);
    });
    ws.getColumn(1).width = 16;
  };
  // plant: text cell 低保金 (text with thousands separators)
  return emit('f19_系统导出_文本数字_千分位_尾随空格.xlsx', make, { sheet: 'Sheet1', addr: 'H6', kind: 'part', pct: 7, note: '南湖街道 低保金 (text cell)' });
}

// ---------------- f20 quotePrefix (typed apostrophe) cells ----------------
function f20() {
  const R = rng(2020);
  const towns = ['龙门镇', '大坪镇', '河口镇', '新场乡', '三合乡', '马鞍镇', '金竹乡', '青龙镇'];
  const body = towns.map(() => {
    const hh = R.int(2500, 9000); const pp = Math.round(hh * R.real(2.8, 3.6)); const mu = R.int(18000, 65000);
    const grain = Math.round(mu * R.real(0.38, 0.48)); // 吨
    return [hh, pp, mu, grain, rhu((grain * 1000) / mu, 1)];
  });
  const tot = [0, 1, 2, 3].map((i) => sum(body.map((r) => r[i])));
  tot.push(rhu((tot[3] * 1000) / tot[2], 1));
  const qp = ['C4', 'D6', 'E9', 'B11', 'C11'];
  const make = (B) => {
    const ws = B.sheet('乡镇基本情况');
    B.title(ws, 1, 1, 6, '各乡镇户数、人口、耕地及粮食产量', 14);
    B.row(ws, 2, 1, ['乡镇', '户数（户）', '户籍人口（人）', '耕地面积（亩）', '粮食产量（吨）', '亩产（公斤）'], { align: 'center', bold: true });
    [...body.map((v, i) => [towns[i], v]), ['全县', tot]].forEach(([lab, v], i) => {
      const r = 3 + i;
      B.set(ws, r, 1, lab, { align: 'left' });
      v.forEach((x, j) => {
        const a = String.fromCharCode(66 + j) + r;
        const isQ = qp.includes(a);
        B.set(ws, r, 2 + j, isQ ? (j === 4 ? x.toFixed(1) : String(x)) : x, { d: j === 4 ? 1 : 0, align: 'right' });
      });
    });
    ws.getColumn(1).width = 12;
  };
  const post = (file) => quotePrefix(file, 1, qp);
  // plant: 全县 户数 (total row, itself an apostrophe cell)
  return emit('f20_撇号前缀文本_quotePrefix.xlsx', make, { sheet: '乡镇基本情况', addr: 'B11', kind: 'total', pct: 7, note: '全县 户数 (quotePrefix text)' }, post);
}

// ---------------- f21 indicator table, mixed decimals in 增长% and value columns, one literal apostrophe ----------------
function f21() {
  const R = rng(2121);
  // [label, unit, d(value), d(growth), cur, prev]
  const items = [];
  const add = (lab, unit, d, dg, cur, prev) => items.push({ lab, unit, d, dg, cur: rhu(cur, d), prev: rhu(prev, d) });
  const rev = R.real(420, 480); add('一般公共预算收入', '亿元', 2, 1, rev, rev / R.real(1.02, 1.08));
  add('　其中：税收收入', '亿元', 2, 1, rev * 0.78, (rev * 0.78) / R.real(0.98, 1.06));
  add('一般公共预算支出', '亿元', 2, 1, R.real(600, 650), R.real(570, 620));
  const dep = R.real(9800, 10500); add('金融机构本外币存款余额', '亿元', 1, 1, dep, dep / 1.071);
  add('　其中：住户存款', '亿元', 1, 1, dep * 0.52, (dep * 0.52) / 1.112);
  const loan = R.real(9100, 9700); add('金融机构本外币贷款余额', '亿元', 1, 1, loan, loan / 1.094);
  add('城镇居民人均可支配收入', '元', 0, 1, R.int(61000, 64000), R.int(58000, 60500));
  add('农村居民人均可支配收入', '元', 0, 1, R.int(38000, 40000), R.int(35500, 37300));
  add('居民消费价格指数（上年=100）', '', 1, null, 100.4, 100.2);
  add('常住人口', '万人', 2, 2, R.real(540, 545), R.real(537, 541));
  add('　其中：城镇人口', '万人', 2, 2, R.real(400, 405), R.real(393, 399));
  add('城镇化率', '%', 2, null, 0, 0);
  const ci = items.length - 1;
  items[ci].cur = pct(items[ci - 1].cur, items[ci - 2].cur, 2); items[ci].prev = pct(items[ci - 1].prev, items[ci - 2].prev, 2);
  const make = (B) => {
    const ws = B.sheet('主要指标');
    B.title(ws, 1, 1, 5, '全市主要经济社会指标', 14);
    B.row(ws, 2, 1, ['指标', '单位', '2024年', '2023年', '2024年比2023年增长（%）'], { align: 'center', bold: true, wrap: true });
    ws.getColumn(1).width = 30;
    items.forEach((x, i) => {
      const r = 3 + i;
      B.set(ws, r, 1, x.lab, { align: 'left' });
      B.set(ws, r, 2, x.unit, { align: 'center' });
      // a literal apostrophe (pasted text) in one value cell
      B.set(ws, r, 3, i === 5 ? "'" + x.cur.toFixed(x.d) : x.cur, { d: x.d, align: 'right' });
      B.set(ws, r, 4, x.prev, { d: x.d });
      let g;
      if (x.unit === '%') g = rhu(x.cur - x.prev, 2); // 百分点
      else if (x.dg === null) g = null;
      else g = growth(x.cur, x.prev, x.dg);
      B.set(ws, r, 5, g, { d: x.unit === '%' ? 2 : x.dg });
    });
    B.text(ws, 4 + items.length, 1, '注：城镇化率一行“增长”栏为比上年提高的百分点。');
  };
  // plant: 一般公共预算支出 增长%
  return emit('f21_指标表_混合小数_撇号文本.xlsx', make, { sheet: '主要指标', addr: 'E5', kind: 'change', pct: 10, d: 1, note: '一般公共预算支出 增长%' });
}

(async () => { await f18(); await f19(); await f20(); await f21(); })().catch((e) => { console.error(e); process.exit(1); });
