// gen9: employment and wage tables (averages are not additive; 合计 wages are weighted)
const L = require('./lib');
const { rnd, sum, rate, growth, Book } = L;
const W = (x) => rnd(x / 1e4, 2);

async function g26() {
  const r = L.rng(926);
  const b = new Book('g26_从业人员_城乡_三产_万人.xlsx');
  const s = b.sheet('从业人员');
  const names = L.placeNames(r, 10, ['县', '区', '市']);
  const rows = names.map((n) => { const p = [r.int(20000, 150000), r.int(40000, 260000), r.int(60000, 380000)]; const T = sum(p); const u = Math.round(T * r.real(0.4, 0.75)); return { n, p, u, ru: T - u }; });
  const tot = { n: '全　市', p: [0, 1, 2].map((k) => sum(rows.map((x) => x.p[k]))), u: sum(rows.map((x) => x.u)), ru: sum(rows.map((x) => x.ru)) };
  s.title(1, '表4-6  各县（市、区）年末从业人员（2024年）', 7);
  s.put(2, 7, '单位：万人', { right: true });
  L.header(s, 3, 1, ['地　区', '从业人员合计', '按城乡分', null, '按三次产业分', null, null]);
  s.merge(3, 3, 3, 4); s.merge(3, 5, 3, 7); s.merge(3, 1, 4, 1); s.merge(3, 2, 4, 2);
  L.header(s, 4, 3, ['城镇', '乡村', '第一产业', '第二产业', '第三产业']);
  [tot, ...rows].forEach((x, i) => s.row(5 + i, 1, [x.n, W(sum(x.p)), W(x.u), W(x.ru), ...x.p.map(W)], [null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.00']));
  s.put(17, 1, '注：各项数据分别按人数修约，合计与分项之和可能有0.01的尾差。');
  s.width(1, 12);
  b.setPlant(s, 9, 4, 'part (乡村 从业人员 of one county; breaks 城镇+乡村 = 合计 and 全市 sum)', '+7%');
  await L.save(b, 'gen9');
}

async function g27() {
  const r = L.rng(927);
  const b = new Book('g27_平均工资_工资总额_人数.xlsx');
  const s = b.sheet('4-9');
  const inds = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '教育', '卫生和社会工作', '文化、体育和娱乐业', '公共管理、社会保障和社会组织'];
  const rows = inds.map((n) => { const emp = r.int(3000, 300000); const wage = r.int(52000, 210000); return { n, units: r.int(40, 3000), emp, tw: Math.round(emp * wage / 1e4) }; });
  const tot = { n: '合　计', units: sum(rows.map((x) => x.units)), emp: sum(rows.map((x) => x.emp)), tw: sum(rows.map((x) => x.tw)) };
  s.title(1, '4-9  按行业分城镇非私营单位就业人员工资（2024年）', 5);
  L.header(s, 2, 1, ['行　业', '单位数（个）', '平均就业人员（人）', '工资总额（万元）', '平均工资（元）']);
  [tot, ...rows].forEach((x, i) => s.row(3 + i, 1, [x.n, x.units, x.emp, x.tw, Math.round(x.tw * 1e4 / x.emp)], [null, '#,##0', '#,##0', '#,##0', '#,##0']));
  s.put(24, 1, '注：平均工资=工资总额÷平均就业人员；合计行平均工资为全部就业人员的加权平均。');
  s.width(1, 30);
  b.setPlant(s, 8, 4, 'part (工资总额 of 建筑业; breaks 合计 column sum and that row\'s 平均工资)', '+7%');
  await L.save(b, 'gen9');
}

async function g28() {
  const r = L.rng(928);
  const b = new Book('g28_平均工资_按地区_登记类型.xlsx');
  const s = b.sheet('分地区平均工资');
  const names = L.placeNames(r, 10, ['区', '县', '市']);
  const rows = names.map((n) => {
    const e = [r.int(5000, 40000), r.int(300, 3000), r.int(8000, 90000)], wg = [r.int(90000, 150000), r.int(50000, 80000), r.int(60000, 120000)];
    const avg24 = Math.round(sum(e.map((x, k) => x * wg[k])) / sum(e)); const avg23 = Math.round(avg24 / r.real(1.02, 1.08));
    return { n, e, wg, avg24, avg23 };
  });
  const E = [0, 1, 2].map((k) => sum(rows.map((x) => x.e[k])));
  const tw = [0, 1, 2].map((k) => sum(rows.map((x) => x.e[k] * x.wg[k])));
  const tot = { n: '全　市', wg: tw.map((t, k) => Math.round(t / E[k])), avg24: Math.round(sum(tw) / sum(E)) };
  tot.avg23 = Math.round(tot.avg24 / 1.051);
  s.title(1, '各县（市、区）城镇非私营单位就业人员平均工资', 7);
  s.put(2, 7, '单位：元', { right: true });
  L.header(s, 3, 1, ['地　区', '2023年', '2024年', null, null, null, '2024年比上年增长（%）']);
  s.merge(3, 3, 3, 6); s.merge(3, 1, 4, 1); s.merge(3, 2, 4, 2); s.merge(3, 7, 4, 7);
  L.header(s, 4, 3, ['合计', '国有单位', '城镇集体单位', '其他单位']);
  [tot, ...rows].forEach((x, i) => s.row(5 + i, 1, [x.n, x.avg23, x.avg24, ...x.wg, growth(x.avg24, x.avg23, 1)], [null, '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0.0']));
  s.put(16, 1, '注：平均工资为加权平均数，“合计”及“全市”不等于各分项之和或简单平均。');
  s.width(1, 12);
  b.setPlant(s, 8, 7, 'change (增长率 of one county; contradicts 2023年 and 2024年 合计)', '+10%');
  await L.save(b, 'gen9');
}

async function g29() {
  const r = L.rng(929);
  const b = new Book('g29_就业人员构成_周工作时间.xlsx');
  const s = b.sheet('就业人员构成');
  const groups = [['按性别分', [['男', 0.56], ['女', 0.44]]], ['按受教育程度分', [['未上过学', 0.02], ['小学', 0.15], ['初中', 0.38], ['高中', 0.18], ['大学专科', 0.13], ['大学本科', 0.12], ['研究生', 0.02]]]];
  const TOTAL = r.int(13_000_000, 14_000_000);
  s.title(1, '表4-2  就业人员基本情况（2024年）', 4);
  L.header(s, 2, 1, ['项　目', '就业人员（万人）', '构成（%）', '周平均工作时间（小时）']);
  const TD = W(TOTAL);
  const HOURS = 47.2; // overall weekly hours; each breakdown is built to average to it
  s.row(3, 1, ['合　计', TD, 100, HOURS], [null, '0.00', '0.0', '0.0'], { bold: true });
  let y = 4; let plantRow = 0;
  for (const [g, parts] of groups) {
    s.put(y++, 1, g);
    let rest = TOTAL;
    const vs = parts.map(([, f], k) => { const v = k === parts.length - 1 ? rest : Math.round(TOTAL * f * r.real(0.95, 1.05)); rest -= v; return v; });
    const hs = parts.map(() => rnd(r.real(44, 50), 1));
    // fix the largest group's hours so the weighted mean is HOURS
    const big = vs.indexOf(Math.max(...vs));
    hs[big] = rnd((HOURS * TOTAL - sum(vs.map((v, k) => (k === big ? 0 : v * hs[k])))) / vs[big], 1);
    parts.forEach(([n], k) => {
      const D = W(vs[k]);
      if (n === '女') plantRow = y;
      s.row(y++, 1, ['　' + n, D, rate(D, TD, 1), hs[k]], [null, '0.00', '0.0', '0.0']);
    });
  }
  s.put(y + 1, 1, '注：本表根据劳动力调查资料推算；构成按修约后人数计算。');
  s.width(1, 18);
  b.setPlant(s, plantRow, 3, 'rate (构成 of 女; contradicts 女/合计 and 男+女 shares)', '+7%');
  await L.save(b, 'gen9');
}

(async () => { await g26(); await g27(); await g28(); await g29(); })().catch((e) => { console.error(e); process.exit(1); });
