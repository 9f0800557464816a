// Family 6: 城镇/乡村 sub-rows repeated under each region, region total block at the top.
const { rng, rhu, sum, pct, growth, emit } = require('./lib');

// ---------------- f22 人口 城乡, 地区 merged down over 合计/城镇/乡村 ----------------
function f22() {
  const R = rng(2222);
  const regs = ['江城区', '临湖区', '桂山区', '白水县', '凤鸣县', '安平县', '清河县'];
  const D = regs.map(() => ['城镇', '乡村'].map((k, j) => {
    const hh = R.int(j ? 20000 : 30000, j ? 90000 : 220000);
    const pp = Math.round(hh * R.real(2.3, 3.1));
    const m = Math.round(pp * R.real(0.495, 0.53)); return { hh, pp, m, f: pp - m };
  }));
  const add = (a, b) => ({ hh: a.hh + b.hh, pp: a.pp + b.pp, m: a.m + b.m, f: a.f + b.f });
  const blocks = D.map(([u, r]) => [add(u, r), u, r]);
  const top = [0, 1, 2].map((k) => blocks.map((b) => b[k]).reduce(add));
  const make = (B) => {
    const ws = B.sheet('分城乡人口');
    B.title(ws, 1, 1, 8, '各县（区）分城乡户数、人口及性别构成', 14);
    B.text(ws, 2, 1, '2024年末'); B.text(ws, 2, 8, '单位：户、人', { align: 'right' });
    B.row(ws, 3, 1, ['地区', '城乡', '户数', '人口数', '男', '女', '性别比（女=100）', '平均每户人口（人）'], { align: 'center', bold: true, wrap: true });
    let r = 4;
    [['全市', top], ...regs.map((g, i) => [g, blocks[i]])].forEach(([g, bl]) => {
      B.set(ws, r, 1, g, { align: 'center' });
      for (let k = 0; k < 3; k++) {
        const v = bl[k];
        if (k) B.set(ws, r + k, 1, null);
        B.set(ws, r + k, 2, ['合计', '城镇', '乡村'][k], { align: 'center' });
        B.row(ws, r + k, 3, [v.hh, v.pp, v.m, v.f, rhu((v.m * 100) / v.f, 2), rhu(v.pp / v.hh, 2)], [{ d: 0 }, { d: 0 }, { d: 0 }, { d: 0 }, { d: 2 }, { d: 2 }]);
      }
      B.merge(ws, r, 1, r + 2, 1);
      r += 3;
    });
    ws.getColumn(1).width = 10;
  };
  // plant: 桂山区 乡村 女 (part)
  return emit('f22_城乡子行_地区合并_性别比户均.xlsx', make, { sheet: '分城乡人口', addr: 'F15', kind: 'part', pct: 7, note: '桂山区 乡村 女' });
}

// ---------------- f23 居民收入 城乡, weighted averages ----------------
function f23() {
  const R = rng(2323);
  const regs = ['东陵区', '西岭区', '南溪县', '北塘县', '中和县', '永安县'];
  const blocks = regs.map(() => {
    const u = { pop: R.int(80000, 420000), inc: R.int(46000, 62000), popP: 0, incP: 0 };
    const r = { pop: R.int(60000, 320000), inc: R.int(21000, 30000) };
    u.popP = Math.round(u.pop * R.real(0.97, 1.0)); r.popP = Math.round(r.pop * R.real(1.0, 1.03));
    u.incP = Math.round(u.inc / R.real(1.035, 1.06)); r.incP = Math.round(r.inc / R.real(1.05, 1.08));
    const t = { pop: u.pop + r.pop, popP: u.popP + r.popP };
    t.inc = rhu((u.inc * u.pop + r.inc * r.pop) / t.pop, 0); t.incP = rhu((u.incP * u.popP + r.incP * r.popP) / t.popP, 0);
    return [t, u, r];
  });
  const top = [0, 1, 2].map((k) => {
    const pop = sum(blocks.map((b) => b[k].pop)), popP = sum(blocks.map((b) => b[k].popP));
    return { pop, popP, inc: rhu(sum(blocks.map((b) => b[k].inc * b[k].pop)) / pop, 0), incP: rhu(sum(blocks.map((b) => b[k].incP * b[k].popP)) / popP, 0) };
  });
  // 全市 全体 from city urban/rural directly, same as top[0] up to weights – recompute to stay consistent with shown top rows
  top[0].inc = rhu((top[1].inc * top[1].pop + top[2].inc * top[2].pop) / top[0].pop, 0);
  top[0].incP = rhu((top[1].incP * top[1].popP + top[2].incP * top[2].popP) / top[0].popP, 0);
  const make = (B) => {
    const ws = B.sheet('居民收入');
    B.title(ws, 1, 1, 6, '分县（区）城乡居民人均可支配收入', 14);
    B.row(ws, 2, 1, ['地区', '类别', '常住人口（人）', '人均可支配收入（元）', '', ''], { align: 'center', bold: true });
    B.row(ws, 3, 1, [null, null, null, '2024年', '2023年', '增长（%）'], { align: 'center', bold: true });
    B.merge(ws, 2, 4, 2, 6); B.merge(ws, 2, 1, 3, 1); B.merge(ws, 2, 2, 3, 2); B.merge(ws, 2, 3, 3, 3);
    let r = 4;
    [['全市', top], ...regs.map((g, i) => [g, blocks[i]])].forEach(([g, bl]) => {
      B.set(ws, r, 1, g, { align: 'center' });
      for (let k = 0; k < 3; k++) {
        const v = bl[k];
        if (k) B.set(ws, r + k, 1, null);
        B.set(ws, r + k, 2, ['全体居民', '城镇居民', '农村居民'][k], { align: 'center' });
        B.row(ws, r + k, 3, [v.pop, v.inc, v.incP, growth(v.inc, v.incP, 1)], [{ d: 0 }, { d: 0 }, { d: 0 }, { d: 1 }]);
      }
      B.merge(ws, r, 1, r + 2, 1);
      r += 3;
    });
    B.text(ws, r, 1, '注：全体居民人均可支配收入按城镇、农村常住人口加权计算。');
    ws.getColumn(2).width = 10; ws.getColumn(3).width = 14;
  };
  // plant: 南溪县 城镇居民 2024 收入 (rate-like figure; growth and weighted mean depend on it)
  return emit('f23_城乡子行_人均收入加权.xlsx', make, { sheet: '居民收入', addr: 'D14', kind: 'rate', pct: 7, note: '南溪县 城镇居民 2024年人均收入' });
}

// ---------------- f24 学校 城区/镇区/乡村, 4-row blocks ----------------
function f24() {
  const R = rng(2424);
  const regs = ['城关镇', '新市镇', '古桥镇', '花园乡', '石岭乡'];
  const blocks = regs.map((g, gi) => {
    const parts = ['城区', '镇区', '乡村'].map((k, j) => {
      if (gi >= 3 && j === 0) return { s: 0, c: 0, st: 0, f: 0, t: 0 };
      const s = R.int(1, j === 2 ? 9 : 4); const c = s * R.int(6, 24); const st = c * R.int(30, 46);
      return { s, c, st, f: Math.round(st * R.real(0.46, 0.49)), t: Math.round(st / R.real(14, 19)) };
    });
    const t = ['s', 'c', 'st', 'f', 't'].reduce((o, k) => ((o[k] = sum(parts.map((p) => p[k]))), o), {});
    return [t, ...parts];
  });
  const top = [0, 1, 2, 3].map((k) => ['s', 'c', 'st', 'f', 't'].reduce((o, key) => ((o[key] = sum(blocks.map((b) => b[k][key]))), o), {}));
  const make = (B) => {
    const ws = B.sheet('小学');
    B.title(ws, 1, 1, 9, '小学学校、班级、学生和教师情况（分城乡）', 14);
    B.row(ws, 2, 1, ['乡镇', '城乡分类', '学校数（所）', '班数（个）', '在校生数（人）', '其中：女（人）', '专任教师（人）', '平均班额（人）', '生师比（教师=1）'], { align: 'center', bold: true, wrap: true });
    let r = 3;
    [['全县', top], ...regs.map((g, i) => [g, blocks[i]])].forEach(([g, bl]) => {
      B.set(ws, r, 1, g, { align: 'center' });
      for (let k = 0; k < 4; k++) {
        const v = bl[k];
        if (k) B.set(ws, r + k, 1, null);
        B.set(ws, r + k, 2, ['小计', '城区', '镇区', '乡村'][k], { align: 'center' });
        const z = v.s === 0;
        B.row(ws, r + k, 3, z ? ['-', '-', '-', '-', '-', '-', '-'] : [v.s, v.c, v.st, v.f, v.t, rhu(v.st / v.c, 1), rhu(v.st / v.t, 2)],
          [{ d: 0 }, { d: 0 }, { d: 0 }, { d: 0 }, { d: 0 }, { d: 1 }, { d: 2 }].map((o) => (z ? { align: 'center' } : o)));
      }
      B.merge(ws, r, 1, r + 3, 1);
      r += 4;
    });
    ws.getColumn(2).width = 10;
  };
  // plant: 全县 小计 在校生数 (top total)
  return emit('f24_城区镇区乡村_四行块_班额生师比.xlsx', make, { sheet: '小学', addr: 'E3', kind: 'total', pct: 7, note: '全县 小计 在校生数' });
}

// ---------------- f25 single label column: region row then indented 城镇/乡村, columns 一二三产 ----------------
function f25() {
  const R = rng(2525);
  const regs = ['北城区', '南城区', '东港区', '西山县', '柳河县', '石泉县'];
  const blocks = regs.map((g, gi) => {
    const parts = [0, 1].map((j) => {
      const p1 = j ? R.int(8000, 60000) : R.int(200, 4000);
      const p2 = j ? R.int(6000, 30000) : R.int(20000, 90000);
      const p3 = j ? R.int(5000, 25000) : R.int(30000, 150000);
      return [p1 + p2 + p3, p1, p2, p3];
    });
    return [parts[0].map((_, i) => parts[0][i] + parts[1][i]), parts[0], parts[1]];
  });
  const top = [0, 1, 2].map((k) => blocks[0][k].map((_, i) => sum(blocks.map((b) => b[k][i]))));
  const make = (B) => {
    const ws = B.sheet('就业人员');
    B.title(ws, 1, 1, 5, '分城乡、分产业就业人员（2024年末）', 14);
    B.text(ws, 2, 5, '单位：人', { align: 'right' });
    B.row(ws, 3, 1, ['地区', '就业人员合计', '第一产业', '第二产业', '第三产业'], { align: 'center', bold: true });
    let r = 4;
    [['全　市', top], ...regs.map((g, i) => [g, blocks[i]])].forEach(([g, bl]) => {
      ['', '　　城镇', '　　乡村'].forEach((s, k) => {
        B.set(ws, r + k, 1, k ? s : g, { align: 'left', bold: !k });
        B.row(ws, r + k, 2, bl[k], { d: 0, comma: true });
      });
      r += 3;
    });
    ws.getColumn(1).width = 14;
  };
  // plant: 东港区 乡村 第二产业 (part)
  return emit('f25_城乡缩进子行_单标签列_三次产业.xlsx', make, { sheet: '就业人员', addr: 'D15', kind: 'part', pct: 7, note: '东港区 乡村 第二产业' });
}

(async () => { await f22(); await f23(); await f24(); await f25(); })().catch((e) => { console.error(e); process.exit(1); });
