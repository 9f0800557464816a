// health
const L = require('./lib'); const { rnd, sum, growth, Book } = L;

async function y17() {
  const r = L.rng(917); const b = new Book('y17_卫生资源_每千人口_万人.xlsx'); const s = b.sheet('卫生资源');
  const names = L.placeNames(r, 9, ['县', '区', '县', '市']);
  const rows = names.map((n) => { const pop = r.int(180000, 1300000); const bed = Math.round(pop * r.real(0.0045, 0.0085)); const tech = Math.round(pop * r.real(0.006, 0.011)); return { n, pop, bed, tech, doc: Math.round(tech * r.real(0.36, 0.42)), nur: Math.round(tech * r.real(0.40, 0.47)) }; });
  const tot = { n: '全　市' }; ['pop', 'bed', 'tech', 'doc', 'nur'].forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
  s.title(1, '各县（市、区）卫生资源情况（2025年）', 9);
  s.header(3, 1, ['地　区', '常住人口（万人）', '医疗卫生机构床位（张）', '每千人口床位（张）', '卫生技术人员（人）', '其中：执业（助理）医师', '注册护士', '每千人口执业（助理）医师（人）', '每千人口注册护士（人）']);
  [tot, ...rows].forEach((x, i) => { const P = rnd(x.pop / 1e4, 2); s.row(4 + i, 1, [x.n, P, x.bed, rnd(x.bed / (x.pop / 1000), 2), x.tech, x.doc, x.nur, rnd(x.doc / (x.pop / 1000), 2), rnd(x.nur / (x.pop / 1000), 2)], [null, '0.00', '#,##0', '0.00', '#,##0', '#,##0', '#,##0', '0.00', '0.00'], i ? {} : { bold: true }); });
  s.put(15, 1, '注：每千人口指标按常住人口计算。');
  s.width(1, 12);
  b.setPlant(s, 8, 3, 'one county 床位 (breaks 每千人口床位 and 全市 sum)');
  await L.save(b, 'genE');
}

async function y18() {
  const r = L.rng(918); const b = new Book('y18_卫生机构_分类型_两年并列.xlsx'); const s = b.sheet('卫生机构');
  const leaf = (n, ind, nb) => { const o = { n, ind, v: [] }; for (const y of [0, 1]) { const c = r.int(nb[0], nb[1]); o.v.push([c, nb[2] === null ? null : Math.round(c * r.real(nb[2], nb[3])), Math.round(c * r.real(nb[4], nb[5]))]); } return o; };
  const g = (n, ind, parts) => ({ n, ind, v: [0, 1].map((y) => [0, 1, 2].map((k) => parts.every((p) => p.v[y][k] === null) ? null : sum(parts.map((p) => p.v[y][k])))) });
  const pubH = leaf('其中：公立医院', 1, [20, 26, 300, 600, 500, 900]);
  const priH = leaf('民营医院', 0, [30, 45, 40, 120, 60, 150]);
  const hosp = g('一、医院', 0, [pubH, priH]);
  const comm = leaf('社区卫生服务中心（站）', 1, [60, 80, 5, 20, 20, 40]), town = leaf('乡镇卫生院', 1, [70, 80, 20, 60, 25, 60]), vil = leaf('村卫生室', 1, [900, 1100, null, null, 1.2, 2.2]), clin = leaf('门诊部（所）', 1, [400, 600, 0, 0.3, 3, 6]);
  const base = g('二、基层医疗卫生机构', 0, [comm, town, vil, clin]);
  const cdc = leaf('疾病预防控制中心', 1, [10, 10, null, null, 40, 80]), mch = leaf('妇幼保健院（所、站）', 1, [10, 11, 20, 60, 60, 120]);
  const pub = g('三、专业公共卫生机构', 0, [cdc, mch]);
  const oth = leaf('四、其他机构', 0, [5, 12, 0, 10, 10, 30]);
  const tot = g('总　计', 0, [hosp, base, pub, oth]);
  s.title(1, '医疗卫生机构、床位及人员数（2024—2025年）', 7);
  s.put(3, 1, '机构类别', { center: true, border: true }); s.merge(3, 1, 4, 1);
  [['机构数（个）', 2], ['床位数（张）', 4], ['人员数（人）', 6]].forEach(([t, c]) => { s.put(3, c, t, { center: true, border: true }); s.merge(3, c, 3, c + 1); s.header(4, c, ['2024年', '2025年']); });
  const order = [tot, hosp, pubH, base, comm, town, vil, clin, pub, cdc, mch, oth];
  order.forEach((x, i) => { s.row(5 + i, 1, [x.n, ...[0, 1, 2].flatMap((k) => [0, 1].map((y) => x.v[y][k] === null ? '—' : x.v[y][k]))], '#,##0'); if (x.ind) s.put(5 + i, 1, x.n, { indent: x.ind }); });
  s.put(17, 1, '注：“—”表示无此项。公立医院为医院中的其中项，民营医院与公立医院之和等于医院。');
  s.width(1, 24);
  b.setPlant(s, 10, 7, '乡镇卫生院 2025 人员数 (breaks 基层 subtotal and 总计)');
  await L.save(b, 'genE');
}

async function y19() {
  const r = L.rng(919); const b = new Book('y19_诊疗人次_分月_同比环比累计.xlsx'); const s = b.sheet('诊疗人次');
  s.title(1, '2025年分月医疗卫生机构诊疗人次', 7);
  s.put(2, 7, '单位：万人次、%', { right: true });
  s.header(3, 1, ['月　份', '本月诊疗人次', '上年同月', '同比增长', '环比增长', '1至本月累计', '累计同比增长']);
  const cur = [], prev = [], dec24 = r.int(3300000, 3800000);
  for (let m = 0; m < 12; m++) { cur.push(r.int(2800000, 4200000)); prev.push(r.int(2700000, 4100000)); }
  let c = 0, c0 = 0;
  for (let m = 0; m < 12; m++) { c += cur[m]; c0 += prev[m]; const W = (v) => rnd(v / 1e4, 1); s.row(4 + m, 1, [(m + 1) + '月', W(cur[m]), W(prev[m]), growth(cur[m], prev[m]), growth(cur[m], m ? cur[m - 1] : dec24), W(c), growth(c, c0)], [null, '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']); }
  s.put(17, 1, '注：1月环比为与上年12月比较。');
  b.setPlant(s, 10, 2, '7月 本月诊疗人次 (breaks 同比, 7月/8月 环比, running 累计)');
  await L.save(b, 'genE');
}
(async () => { await y17(); await y18(); await y19(); })().catch((e) => { console.error(e); process.exit(1); });
