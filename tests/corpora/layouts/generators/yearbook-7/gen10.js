// Family 10: percentage-structure tables (构成 %) beside the absolute table on the same sheet.
const { rng, rhu, sum, pct, growth, emit } = require('./lib');

// ---------------- f35 三次产业 absolute | 构成 side by side (no second label column) ----------------
function f35() {
  const R = rng(3535);
  const regs = ['市辖区', '宁阳县', '东平县', '新泰市', '肥城市', '泰山区', '岱岳区'];
  const T = regs.map(() => [R.real(8, 90), R.real(120, 500), R.real(180, 700)].map((x) => x * 1e8 + R.int(0, 9999) * 1e3));
  const tot = [0, 1, 2].map((k) => sum(T.map((r) => r[k])));
  const Y = (x) => rhu(x / 1e8, 2);
  const line = (p) => { const shown = p.map(Y); const g = rhu(sum(p) / 1e8, 2); return { abs: [g, ...shown], str: [100.0, ...shown.map((x) => pct(x, g, 1))] }; };
  const rows = [['全　市', line(tot)], ...regs.map((n, i) => [n, line(T[i])])];
  const make = (B) => {
    const ws = B.sheet('三次产业');
    B.title(ws, 1, 1, 9, '2024年各县（市、区）地区生产总值及三次产业构成', 14);
    B.set(ws, 2, 1, '地区', { align: 'center', bold: true }); B.set(ws, 3, 1, null); B.merge(ws, 2, 1, 3, 1);
    B.set(ws, 2, 2, '绝对值（亿元）', { align: 'center', bold: true }); [3, 4, 5].forEach((c) => B.set(ws, 2, c, null)); B.merge(ws, 2, 2, 2, 5);
    B.set(ws, 2, 6, '构成（%）', { align: 'center', bold: true }); [7, 8, 9].forEach((c) => B.set(ws, 2, c, null)); B.merge(ws, 2, 6, 2, 9);
    B.row(ws, 3, 2, ['地区生产总值', '第一产业', '第二产业', '第三产业', '合计', '第一产业', '第二产业', '第三产业'], { align: 'center', bold: true, wrap: true });
    rows.forEach(([n, v], i) => {
      B.set(ws, 4 + i, 1, n, { align: 'left' });
      B.row(ws, 4 + i, 2, v.abs, { d: 2 });
      B.row(ws, 4 + i, 6, v.str, { d: 1 });
    });
    B.text(ws, 5 + rows.length, 1, '注：构成按四舍五入计算，分项之和与合计可能相差0.1。');
    ws.getColumn(1).width = 10;
  };
  // plant: 东平县 第二产业 构成% (rate)
  return emit('f35_构成并排_三次产业_绝对值与构成.xlsx', make, { sheet: '三次产业', addr: 'H7', kind: 'rate', pct: 7, d: 1, note: '东平县 第二产业 构成%' });
}

// ---------------- f36 column-wise structure: each year group 人数 | 构成 (sums to 100 down) ----------------
function f36() {
  const R = rng(3636);
  const inds = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '金融业', '房地产业', '公共管理、社会保障和社会组织', '其他行业'];
  const yrs = [2023, 2024];
  const V = {};
  let base = inds.map(() => R.int(3000, 380000));
  yrs.forEach((y, yi) => { if (yi) base = base.map((x) => Math.round(x * R.real(0.95, 1.06))); V[y] = base.slice(); });
  const W = (x) => rhu(x / 10000, 2);
  const make = (B) => {
    const ws = B.sheet('就业构成');
    B.title(ws, 1, 1, 5, '按行业分的城镇单位就业人员及构成', 14);
    B.set(ws, 2, 1, '行业', { align: 'center', bold: true }); B.set(ws, 3, 1, null); B.merge(ws, 2, 1, 3, 1);
    yrs.forEach((y, j) => {
      const c = 2 + j * 2; B.set(ws, 2, c, y + '年', { align: 'center', bold: true }); B.set(ws, 2, c + 1, null); B.merge(ws, 2, c, 2, c + 1);
      B.row(ws, 3, c, ['就业人员（万人）', '构成（%）'], { align: 'center', bold: true, wrap: true });
    });
    const totals = yrs.map((y) => rhu(sum(V[y]) / 10000, 2));
    B.set(ws, 4, 1, '总　计', { align: 'center' });
    yrs.forEach((y, j) => { B.set(ws, 4, 2 + j * 2, totals[j], { d: 2 }); B.set(ws, 4, 3 + j * 2, 100.0, { d: 1 }); });
    inds.forEach((n, i) => {
      B.set(ws, 5 + i, 1, n, { align: 'left' });
      yrs.forEach((y, j) => { const w = W(V[y][i]); B.set(ws, 5 + i, 2 + j * 2, w, { d: 2 }); B.set(ws, 5 + i, 3 + j * 2, pct(w, totals[j], 1), { d: 1 }); });
    });
    ws.getColumn(1).width = 32;
  };
  // plant: 2024 制造业 就业人员 (part)
  return emit('f36_构成列组_按年就业人员与构成_纵向百分百.xlsx', make, { sheet: '就业构成', addr: 'D7', kind: 'part', pct: 7, d: 2, note: '2024 制造业 就业人员' });
}

// ---------------- f37 stacked: absolute table above, 构成 table below, same rows ----------------
function f37() {
  const R = rng(3737);
  const regs = ['城区', '江南镇', '江北镇', '新桥镇', '白石乡', '双溪乡', '高坪乡'];
  const D = regs.map(() => { const a = R.int(3000, 30000), b = R.int(12000, 90000), c = R.int(5000, 30000); const c65 = Math.round(c * R.real(0.6, 0.72)); return [a + b + c, a, b, c, c65]; });
  const tot = D[0].map((_, i) => sum(D.map((r) => r[i])));
  const all = [['合计', tot], ...regs.map((n, i) => [n, D[i]])];
  const make = (B) => {
    const ws = B.sheet('年龄构成');
    B.title(ws, 1, 1, 6, '各乡镇户籍人口年龄构成（2024年末）', 14);
    B.text(ws, 2, 1, '（一）人口数', { bold: true }); B.text(ws, 2, 6, '单位：人', { align: 'right' });
    const head = ['乡镇', '总人口', '0—14岁', '15—59岁', '60岁及以上', '其中：65岁及以上'];
    B.row(ws, 3, 1, head, { align: 'center', bold: true, wrap: true });
    all.forEach(([n, v], i) => { B.set(ws, 4 + i, 1, n, { align: 'left' }); B.row(ws, 4 + i, 2, v, { d: 0 }); });
    const r0 = 4 + all.length + 1;
    B.text(ws, r0, 1, '（二）构成', { bold: true }); B.text(ws, r0, 6, '单位：%', { align: 'right' });
    B.row(ws, r0 + 1, 1, head, { align: 'center', bold: true, wrap: true });
    all.forEach(([n, v], i) => {
      B.set(ws, r0 + 2 + i, 1, n, { align: 'left' });
      B.row(ws, r0 + 2 + i, 2, [100.0, ...v.slice(1).map((x) => pct(x, v[0], 2))], { d: 2 });
    });
    ws.getColumn(1).width = 12;
  };
  // plant: 构成 江北镇 60岁及以上 (rate) — r0 = 4+8+1 = 13, header 14, 合计 15, 城区 16, 江南 17, 江北 18
  return emit('f37_构成上下堆叠_年龄构成.xlsx', make, { sheet: '年龄构成', addr: 'E18', kind: 'rate', pct: 7, d: 2, note: '构成 江北镇 60岁及以上%' });
}

// ---------------- f38 居民消费支出 absolute | 构成, 全市居民 is a weighted mean of the rows below ----------------
function f38() {
  const R = rng(3838);
  const cats = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
  const shares = [0.29, 0.06, 0.23, 0.06, 0.13, 0.11, 0.09, 0.03];
  const mk = (lvl) => cats.map((_, k) => Math.round(lvl * shares[k] * R.real(0.85, 1.15)));
  const urban = mk(R.int(33000, 36000)), rural = mk(R.int(19000, 21000));
  const wU = 0.68;
  const all = urban.map((u, k) => rhu(u * wU + rural[k] * (1 - wU), 0));
  const q = [0.45, 0.7, 0.95, 1.2, 1.9].map((f) => mk(28000 * f));
  const rows = [['全市居民', all], ['城镇居民', urban], ['农村居民', rural], ['按收入五等份分：', null], ['　低收入户', q[0]], ['　中等偏下收入户', q[1]], ['　中间收入户', q[2]], ['　中等偏上收入户', q[3]], ['　高收入户', q[4]]];
  const make = (B) => {
    const ws = B.sheet('消费支出');
    const nc = 1 + 9 + 8;
    B.title(ws, 1, 1, nc, '2024年居民人均消费支出及构成', 14);
    B.set(ws, 2, 1, '项目', { align: 'center', bold: true }); B.set(ws, 3, 1, null); B.merge(ws, 2, 1, 3, 1);
    B.set(ws, 2, 2, '人均消费支出（元）', { align: 'center', bold: true }); for (let c = 3; c <= 10; c++) B.set(ws, 2, c, null); B.merge(ws, 2, 2, 2, 10);
    B.set(ws, 2, 11, '构成（%）', { align: 'center', bold: true }); for (let c = 12; c <= 18; c++) B.set(ws, 2, c, null); B.merge(ws, 2, 11, 2, 18);
    B.row(ws, 3, 2, ['合计', ...cats, ...cats], { align: 'center', bold: true, wrap: true });
    rows.forEach(([n, v], i) => {
      const r = 4 + i;
      B.set(ws, r, 1, n, { align: 'left' });
      if (!v) { for (let c = 2; c <= nc; c++) B.set(ws, r, c, null); return; }
      const t = sum(v);
      B.row(ws, r, 2, [t, ...v], { d: 0 });
      B.row(ws, r, 11, v.map((x) => pct(x, t, 1)), { d: 1 });
    });
    B.text(ws, 5 + rows.length, 1, '注：全市居民按城镇、农村居民常住人口加权计算；构成各项四舍五入，合计可能不等于100。');
    ws.getColumn(1).width = 18;
  };
  // plant: 城镇居民 居住 (part of 合计, and its 构成)
  return emit('f38_构成并排_消费支出八大类_加权行.xlsx', make, { sheet: '消费支出', addr: 'E5', kind: 'part', pct: 7, note: '城镇居民 居住' });
}

(async () => { await f35(); await f36(); await f37(); await f38(); })().catch((e) => { console.error(e); process.exit(1); });
