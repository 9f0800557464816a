// gen3: population by age group and sex, 构成(%) blocks
const L = require('./lib');
const { rnd, sum, rate, Book } = L;

const AGES = ['0-4岁', '5-9岁', '10-14岁', '15-19岁', '20-24岁', '25-29岁', '30-34岁', '35-39岁', '40-44岁', '45-49岁', '50-54岁', '55-59岁', '60-64岁', '65-69岁', '70-74岁', '75-79岁', '80-84岁', '85岁及以上'];
const PROFILE = [5.0, 5.6, 5.9, 5.4, 4.9, 5.6, 7.9, 7.2, 6.6, 7.8, 8.4, 7.0, 5.6, 5.2, 3.8, 2.4, 1.6, 1.1];

function ageSex(r, scale) {
  return PROFILE.map((p, i) => {
    const t = Math.round(p * scale * r.real(0.93, 1.07));
    const fm = i < 13 ? r.real(0.47, 0.49) : r.real(0.51, 0.6);
    const f = Math.round(t * fm);
    return { m: t - f, f };
  });
}
// shares rounded 1 decimal that sum to something in 99.9..100.1 but not exactly 100 in at least one column
function shareDev(vals, tot, d) { return rnd(sum(vals.map((v) => rate(v, tot, d))), d); }

async function g07() {
  // search a seed for which one share column sums to 99.9 or 100.1 and all within [99.9, 100.1]
  let seed = 307, rows, T;
  for (;; seed++) {
    const r = L.rng(seed);
    rows = ageSex(r, 1800);
    T = { m: sum(rows.map((x) => x.m)), f: sum(rows.map((x) => x.f)) };
    const devs = [shareDev(rows.map((x) => x.m + x.f), T.m + T.f, 1), shareDev(rows.map((x) => x.m), T.m, 1), shareDev(rows.map((x) => x.f), T.f, 1)];
    if (devs.every((d) => d >= 99.9 && d <= 100.1) && devs.some((d) => d !== 100)) break;
  }
  const b = new Book('g07_年龄性别_构成.xlsx');
  const s = b.sheet('2-5');
  s.title(1, '2-5  分年龄、性别的人口（2024年人口变动抽样调查样本数据）', 8);
  L.header(s, 2, 1, ['年　龄', '人口数（人）', null, null, '构成（%）', null, null, '性别比（女=100）']);
  s.merge(2, 2, 2, 4); s.merge(2, 5, 2, 7); s.merge(2, 1, 3, 1); s.merge(2, 8, 3, 8);
  L.header(s, 3, 2, ['合计', '男', '女', '合计', '男', '女']);
  const F = [null, '#,##0', '#,##0', '#,##0', '0.0', '0.0', '0.0', '0.00'];
  const TT = T.m + T.f;
  s.row(4, 1, ['总　计', TT, T.m, T.f, 100, 100, 100, rate(T.m, T.f, 2)], F, { bold: true });
  rows.forEach((x, i) => s.row(5 + i, 1, [AGES[i], x.m + x.f, x.m, x.f, rate(x.m + x.f, TT, 1), rate(x.m, T.m, 1), rate(x.f, T.f, 1), rate(x.m, x.f, 2)], F));
  s.put(24, 1, '注：构成为各年龄组人口占相应性别人口的比重，因四舍五入，分项之和可能不等于100。');
  s.width(1, 12);
  b.setPlant(s, 14, 6, 'rate (构成 男 share of 45-49岁; share = 男 in age / 男 total)', '+10%');
  await L.save(b, 'gen3');
  return seed;
}

async function g08() {
  const r = L.rng(308);
  const rows = ageSex(r, 12_000_000 / 100).map((x) => ({ m: x.m * 1, f: x.f * 1 }));
  const b = new Book('g08_年龄大组缩进_万人.xlsx');
  const s = b.sheet('人口年龄结构');
  s.title(1, '表2-7  常住人口年龄结构（2024年末）', 5);
  L.header(s, 2, 1, ['年龄组', '合计（万人）', '男（万人）', '女（万人）', '比重（%）']);
  const W = (x) => rnd(x / 1e4, 2);
  const grp = [['0-14岁', 0, 3], ['15-64岁', 3, 13], ['65岁及以上', 13, 18]];
  const TM = sum(rows.map((x) => x.m)), TF = sum(rows.map((x) => x.f));
  const TD = W(TM + TF);
  let y = 3;
  s.row(y++, 1, ['总　计', TD, W(TM), W(TF), 100], [null, '0.00', '0.00', '0.00', '0.0'], { bold: true });
  let plantRow;
  for (const [g, a, z] of grp) {
    const sub = rows.slice(a, z);
    const gm = sum(sub.map((x) => x.m)), gf = sum(sub.map((x) => x.f));
    const gd = W(gm + gf);
    if (g === '15-64岁') plantRow = y;
    s.row(y++, 1, [g, gd, W(gm), W(gf), rate(gd, TD, 1)], [null, '0.00', '0.00', '0.00', '0.0'], { bold: true });
    sub.forEach((x, k) => {
      s.row(y, 1, [AGES[a + k], W(x.m + x.f), W(x.m), W(x.f)], [null, '0.00', '0.00', '0.00']);
      s.put(y, 1, AGES[a + k], { indent: 2 });
      y++;
    });
  }
  s.put(y + 1, 1, '注：本表为常住人口推算数，万人保留两位小数，合计数按未修约数计算。');
  s.width(1, 14);
  b.setPlant(s, plantRow, 2, 'total (subtotal 15-64岁 合计; breaks its 10 five-year groups, 男+女, and 总计)', '+7%');
  await L.save(b, 'gen3');
}

async function g09() {
  const r = L.rng(309);
  const groups = ['0-9岁', '10-19岁', '20-29岁', '30-39岁', '40-49岁', '50-59岁', '60-69岁', '70-79岁', '80岁及以上'];
  const areas = ['城市', '镇', '乡村'];
  const data = groups.map((g, i) => areas.map((a, j) => { const t = Math.round([120000, 130000, 110000, 150000, 160000, 170000, 140000, 80000, 30000][i] * [1.2, 0.8, 1.0][j] * r.real(0.9, 1.1)); const f = Math.round(t * r.real(0.47, 0.53)); return [t - f, f]; }));
  const b = new Book('g09_城市镇乡村_男女列组.xlsx');
  const s = b.sheet('Sheet1');
  s.title(1, '分城乡、年龄、性别的人口', 13);
  s.put(2, 13, '单位：人', { right: true });
  L.header(s, 3, 1, ['年龄组', '合　计', null, null, '城　市', null, null, '镇', null, null, '乡　村', null, null]);
  s.merge(3, 1, 4, 1); for (let k = 0; k < 4; k++) s.merge(3, 2 + 3 * k, 3, 4 + 3 * k);
  L.header(s, 4, 2, ['小计', '男', '女', '小计', '男', '女', '小计', '男', '女', '小计', '男', '女']);
  const line = (lab, d) => { const m = sum(d.map((x) => x[0])), f = sum(d.map((x) => x[1])); return [lab, m + f, m, f, ...d.flatMap((x) => [x[0] + x[1], x[0], x[1]])]; };
  groups.forEach((g, i) => s.row(5 + i, 1, line(g, data[i]), '#,##0'));
  const tot = areas.map((_, j) => [sum(data.map((d) => d[j][0])), sum(data.map((d) => d[j][1]))]);
  s.row(5 + groups.length, 1, line('合　计', tot), '#,##0', { bold: true });
  s.width(1, 12);
  b.setPlant(s, 9, 10, 'part (镇 女 of 40-49岁; breaks 镇 小计 = 男+女, 合计 女 = 城市+镇+乡村, and the 合计 row)', '+7%');
  await L.save(b, 'gen3');
}

(async () => { await g07(); await g08(); await g09(); })().catch((e) => { console.error(e); process.exit(1); });
