// Family 3: 计 | 其中：女 column pairs under merged parent headers, totals in both directions.
const { rng, rhu, sum, pct, emit } = require('./lib');

// generic writer of a pair table: groups [{name, sub:[..]}], rows [{label, vals:[...flattened]}]
function pairHeader(B, ws, h, labelHead, groups, extraFirst) {
  let c = 1;
  B.set(ws, h, c, labelHead, { align: 'center', bold: true }); B.set(ws, h + 1, c, null); B.merge(ws, h, c, h + 1, c); c++;
  if (extraFirst) { B.set(ws, h, c, extraFirst, { align: 'center', bold: true, wrap: true }); B.set(ws, h + 1, c, null); B.merge(ws, h, c, h + 1, c); c++; }
  groups.forEach((g) => {
    B.set(ws, h, c, g.name, { align: 'center', bold: true, wrap: true });
    for (let k = 1; k < g.sub.length; k++) B.set(ws, h, c + k, null);
    if (g.sub.length > 1) B.merge(ws, h, c, h, c + g.sub.length - 1);
    g.sub.forEach((s, k) => B.set(ws, h + 1, c + k, s, { align: 'center', bold: true, wrap: true }));
    c += g.sub.length;
  });
  return c - 1;
}

// ---------------- f10 卫生技术人员 by region ----------------
function f10() {
  const R = rng(1010);
  const regs = ['鼓楼区', '台江区', '仓山区', '马尾区', '晋安区', '长乐区', '闽侯县', '连江县', '罗源县', '闽清县'];
  const cats = ['执业（助理）医师', '注册护士', '药师（士）', '技师（士）', '其他卫生技术人员'];
  const fshare = [0.48, 0.97, 0.66, 0.58, 0.7];
  const D = regs.map(() => cats.map((_, k) => {
    const n = R.int(k === 1 ? 900 : 120, k === 1 ? 9000 : k === 0 ? 7000 : 1400);
    return [n, Math.min(n, Math.round(n * fshare[k] * R.real(0.92, 1.05)))];
  }));
  const rowVals = (cs) => { const t = [sum(cs.map((x) => x[0])), sum(cs.map((x) => x[1]))]; return [t, ...cs].flat(); };
  const body = D.map(rowVals);
  const total = body[0].map((_, i) => sum(body.map((r) => r[i])));
  const groups = [{ name: '卫生技术人员合计', sub: ['计', '其中：女'] }, ...cats.map((n) => ({ name: n, sub: ['计', '其中：女'] }))];
  const make = (B) => {
    const ws = B.sheet('卫技人员');
    B.title(ws, 1, 1, 13, '2024年各县（市、区）卫生技术人员数', 15);
    B.text(ws, 2, 13, '单位：人', { align: 'right' });
    pairHeader(B, ws, 3, '地　区', groups);
    ws.getColumn(1).width = 12;
    [['全　市', total], ...regs.map((r, i) => [r, body[i]])].forEach(([lab, vals], i) => {
      const r = 5 + i;
      B.set(ws, r, 1, lab, { align: 'left', bold: i === 0 });
      B.row(ws, r, 2, vals, { d: 0 });
    });
    B.text(ws, 6 + regs.length, 1, '资料来源：市卫生健康委员会。');
  };
  // plant: 仓山区 注册护士 其中：女 (a 其中 part)
  return emit('f10_卫技人员_计与其中女_双向合计.xlsx', make, { sheet: '卫技人员', addr: 'G8', kind: 'part', pct: 7, note: '仓山区 注册护士 女' });
}

// ---------------- f11 学校 students by level, 合计|女 pairs, 学校数 column ----------------
function f11() {
  const R = rng(1111);
  const lv = [
    ['普通高等学校', 4, 12000], ['中等职业学校', 9, 6000], ['普通高中', 14, 9000], ['初中', 38, 12000],
    ['小学', 96, 25000], ['特殊教育学校', 2, 150], ['幼儿园', 210, 14000],
  ];
  const rows = lv.map(([name, sch, base]) => {
    const g = R.int(base * 0.8, base * 1.1) / 3.3; const grad = Math.round(g), enrol = Math.round(g * R.real(1.0, 1.1));
    const inSch = Math.round(base * R.real(0.9, 1.1));
    const staff = Math.round(inSch / R.real(11, 16)); const teach = Math.round(staff * R.real(0.78, 0.9));
    const fr = name === '幼儿园' ? 0.97 : name === '小学' ? 0.75 : 0.5;
    const f = (n, s) => Math.round(n * s * R.real(0.95, 1.05));
    return [sch, grad, f(grad, 0.49), enrol, f(enrol, 0.48), inSch, f(inSch, 0.48), staff, f(staff, fr), teach, Math.min(f(teach, fr), teach)];
  });
  rows.forEach((r) => { if (r[8] > r[7]) r[8] = r[7]; if (r[10] > r[8]) r[10] = Math.min(r[8], r[9]); });
  const total = rows[0].map((_, i) => sum(rows.map((r) => r[i])));
  const groups = [{ name: '毕业生数', sub: ['合计', '女'] }, { name: '招生数', sub: ['合计', '女'] }, { name: '在校学生数', sub: ['合计', '女'] },
    { name: '教职工数', sub: ['合计', '女'] }, { name: '其中：专任教师', sub: ['合计', '女'] }];
  const make = (B) => {
    const ws = B.sheet('各级各类学校');
    B.title(ws, 1, 1, 12, '各级各类学校基本情况（2024/2025学年初）', 15);
    B.text(ws, 2, 11, '单位：所、人');
    pairHeader(B, ws, 3, '学校类别', groups, '学校数');
    ws.getColumn(1).width = 16;
    [['总　计', total], ...lv.map((l, i) => [l[0], rows[i]])].forEach(([lab, vals], i) => {
      const r = 5 + i;
      B.set(ws, r, 1, lab, { align: 'left', bold: i === 0 });
      B.row(ws, r, 2, vals, { d: 0 });
    });
  };
  // plant: 总计 在校学生数 合计 (total row)
  return emit('f11_学校_合计与女_学校数.xlsx', make, { sheet: '各级各类学校', addr: 'G5', kind: 'total', pct: 7, note: '总计 在校学生数' });
}

// ---------------- f12 干部 by age group, 计|女性 pairs, 合计 pair first ----------------
function f12() {
  const R = rng(1212);
  const depts = ['市委办公室', '市政府办公室', '市发展和改革委员会', '市教育局', '市财政局', '市人力资源和社会保障局', '市自然资源和规划局', '市住房和城乡建设局', '市农业农村局', '市卫生健康委员会', '市市场监督管理局'];
  const ages = ['35岁及以下', '36—45岁', '46—54岁', '55岁及以上'];
  const body = depts.map(() => {
    const cs = ages.map((_, k) => { const n = R.int(k === 3 ? 1 : 4, k === 3 ? 12 : 40); return [n, Math.round(n * R.real(0.2, 0.6))]; });
    return [sum(cs.map((x) => x[0])), sum(cs.map((x) => x[1])), ...cs.flat()];
  });
  const total = body[0].map((_, i) => sum(body.map((r) => r[i])));
  const groups = [{ name: '合计', sub: ['计', '女性'] }, ...ages.map((a) => ({ name: a, sub: ['计', '女性'] }))];
  const make = (B) => {
    const ws = B.sheet('年龄结构');
    B.title(ws, 1, 1, 11, '市直机关公务员年龄结构情况表', 15);
    B.text(ws, 2, 1, '截至2024年12月31日');
    B.text(ws, 2, 10, '单位：人');
    pairHeader(B, ws, 3, '单　位', groups);
    ws.getColumn(1).width = 26;
    [['总计', total], ...depts.map((d, i) => [d, body[i]])].forEach(([lab, vals], i) => {
      const r = 5 + i;
      B.set(ws, r, 1, lab, { align: i === 0 ? 'center' : 'left' });
      B.row(ws, r, 2, vals, { d: 0 });
    });
    const e = 5 + depts.length + 1;
    B.text(ws, e, 1, '填报单位（盖章）：市委组织部公务员管理处　　填表人：刘畅　　审核人：高远');
  };
  // plant: 市财政局 合计 计 (row's column total)
  return emit('f12_公务员年龄_计与女性_合计列在前.xlsx', make, { sheet: '年龄结构', addr: 'B10', kind: 'total', add: 7, note: '市财政局 合计 计' });
}

// ---------------- f13 发展党员 计|其中：女|其中：35岁及以下 triple + single columns by occupation ----------------
function f13() {
  const R = rng(1313);
  const towns = ['城厢镇', '梅溪镇', '东岭镇', '桃源乡', '石壁乡', '枫林镇', '龙潭乡', '县直机关工委', '县非公经济组织和社会组织工委'];
  const occ = ['工人', '农牧渔民', '专业技术人员', '管理人员', '学生', '其他职业人员'];
  const body = towns.map((t) => {
    const o = occ.map((_, k) => (t.includes('机关') && (k === 0 || k === 1) ? 0 : R.int(0, k === 1 ? 22 : 9)));
    const n = sum(o);
    const f = Math.round(n * R.real(0.3, 0.5)); const y = Math.round(n * R.real(0.6, 0.85));
    return [n, f, y, ...o];
  });
  const total = body[0].map((_, i) => sum(body.map((r) => r[i])));
  const make = (B) => {
    const ws = B.sheet('发展党员');
    B.title(ws, 1, 1, 10, '2024年发展党员情况统计表', 15);
    B.text(ws, 2, 9, '单位：名');
    const h = 3;
    B.set(ws, h, 1, '单位', { align: 'center', bold: true }); B.set(ws, h + 1, 1, null); B.merge(ws, h, 1, h + 1, 1);
    B.set(ws, h, 2, '发展党员', { align: 'center', bold: true }); B.set(ws, h, 3, null); B.set(ws, h, 4, null); B.merge(ws, h, 2, h, 4);
    B.row(ws, h + 1, 2, ['计', '其中：女', '其中：35岁及以下'], { align: 'center', bold: true, wrap: true });
    B.set(ws, h, 5, '按职业分', { align: 'center', bold: true });
    for (let c = 6; c <= 10; c++) B.set(ws, h, c, null);
    B.merge(ws, h, 5, h, 10);
    B.row(ws, h + 1, 5, occ, { align: 'center', bold: true, wrap: true });
    ws.getColumn(1).width = 30;
    [['全县合计', total], ...towns.map((t, i) => [t, body[i]])].forEach(([lab, vals], i) => {
      const r = h + 2 + i;
      B.set(ws, r, 1, lab, { align: 'left' });
      B.row(ws, r, 2, vals.map((v) => (v === 0 ? '—' : v)), { d: 0, align: undefined });
    });
  };
  // plant: 全县合计 学生 (total row)
  return emit('f13_发展党员_计女35岁三列_职业分列.xlsx', make, { sheet: '发展党员', addr: 'I5', kind: 'total', add: 7, note: '全县合计 学生' });
}

(async () => { await f10(); await f11(); await f12(); await f13(); })().catch((e) => { console.error(e); process.exit(1); });
