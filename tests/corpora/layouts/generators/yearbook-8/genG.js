// energy
const L = require('./lib'); const { rnd, sum, growth, Book } = L;

async function y23() {
  const r = L.rng(923); const b = new Book('y23_分行业能耗_隐藏上年列_万元增加值能耗.xlsx'); const s = b.sheet('工业能耗');
  const inds = [['化学原料和化学制品制造业', 1], ['非金属矿物制品业', 1], ['黑色金属冶炼和压延加工业', 1], ['有色金属冶炼和压延加工业', 1], ['石油、煤炭及其他燃料加工业', 1], ['电力、热力生产和供应业', 1], ['农副食品加工业', 0], ['纺织业', 0], ['通用设备制造业', 0], ['汽车制造业', 0], ['计算机、通信和其他电子设备制造业', 0], ['其他行业', 0]];
  const rows = inds.map(([n, hi]) => { const e = hi ? r.int(300000, 2500000) : r.int(20000, 300000); return { n, e, e0: Math.round(e / (1 + r.real(-0.08, 0.1))), va: hi ? e / r.real(0.8, 2.6) : e / r.real(0.05, 0.3) }; });
  rows.forEach((x) => { x.va = Math.round(x.va); });
  const agg = (n, arr) => ({ n, e: sum(arr.map((x) => x.e)), e0: sum(arr.map((x) => x.e0)), va: sum(arr.map((x) => x.va)) });
  const tot = agg('合　计', rows), six = agg('其中：六大高耗能行业', rows.filter((_, i) => inds[i][1]));
  s.title(1, '规模以上工业分行业综合能源消费量（2025年）', 7);
  s.header(3, 1, ['行　业', '2024年综合能源消费量（吨标准煤）', '综合能源消费量（吨标准煤）', '比上年增长（%）', '工业增加值（万元）', '万元工业增加值能耗（吨标准煤/万元）', '行业代码']);
  [tot, six, ...rows].forEach((x, i) => s.row(4 + i, 1, [x.n, x.e0, x.e, growth(x.e, x.e0), x.va, rnd(x.e / x.va, 3), i < 2 ? null : 25 + i * 2], [null, '#,##0', '#,##0', '0.0', '#,##0', '0.000', '0']));
  s.hide(2); s.hide(7);
  s.put(18, 1, '注：六大高耗能行业为上表前六个行业。工业增加值按当年价格计算。');
  s.width(1, 30);
  b.setPlant(s, 8, 3, '非金属矿物制品业 能耗 (breaks 合计, 六大 其中, 增长%, 万元增加值能耗)');
  await L.save(b, 'genG');
}

async function y24() {
  const r = L.rng(924); const b = new Book('y24_分县能耗_万元GDP能耗_合计在下.xlsx'); const s = b.sheet('能耗');
  const names = L.placeNames(r, 10, ['县', '区', '市']);
  const rows = names.map((n) => { const g = r.real(120, 900); return { n, g, e: g * r.real(0.25, 0.9), d: r.real(1.5, 5.5) }; });
  const tot = { n: '全　市', g: sum(rows.map((x) => x.g)), e: sum(rows.map((x) => x.e)), d: 3.62 };
  s.title(1, '各县（市、区）能源消费情况（2025年）', 5);
  s.header(3, 1, ['地　区', '能源消费总量（万吨标准煤）', '地区生产总值（亿元）', '万元地区生产总值能耗（吨标准煤/万元）', '万元地区生产总值能耗比上年下降（%）']);
  [...rows, tot].forEach((x, i) => s.row(4 + i, 1, [x.n, rnd(x.e, 2), rnd(x.g, 2), rnd(x.e / x.g, 3), rnd(x.d, 2)], [null, '#,##0.00', '#,##0.00', '0.000', '0.00'], x === tot ? { bold: true } : {}));
  s.put(15, 1, '注：地区生产总值按2020年可比价格计算；全市能耗下降率按全市口径核算，不等于各县下降率的平均。');
  s.width(1, 12);
  b.setPlant(s, 9, 3, 'one county GDP (breaks 能耗 ratio and 全市 sum)');
  await L.save(b, 'genG');
}

async function y25() {
  const r = L.rng(925); const b = new Book('y25_全社会用电量_分产业_构成_双语.xlsx'); const s = b.sheet('用电量');
  const leaf = (zh, en, lo, hi) => { const v = r.real(lo, hi); return { zh, en, v, v0: v / (1 + r.real(-0.04, 0.12)) }; };
  const a1 = leaf('第一产业', 'Primary Industry', 3, 9);
  const ind = leaf('其中：工业', 'Of which: Industry', 180, 320), con = leaf('建筑业', 'Construction', 4, 9);
  const a2 = { zh: '第二产业', en: 'Secondary Industry', v: ind.v + con.v, v0: ind.v0 + con.v0 };
  const t1 = leaf('其中：交通运输、仓储和邮政业', 'Of which: Transport', 6, 12), t2 = leaf('　　　信息传输、软件和信息技术服务业', 'ICT', 3, 8), t3 = leaf('　　　批发和零售业', 'Wholesale and Retail', 10, 18);
  const a3 = { zh: '第三产业', en: 'Tertiary Industry', v: t1.v + t2.v + t3.v + 40, v0: t1.v0 + t2.v0 + t3.v0 + 37 };
  const u = leaf('城镇居民', 'Urban', 30, 45), ru = leaf('乡村居民', 'Rural', 18, 30);
  const res = { zh: '城乡居民生活用电', en: 'Residential', v: u.v + ru.v, v0: u.v0 + ru.v0 };
  const tot = { zh: '全社会用电量', en: 'Total Electricity Consumption', v: a1.v + a2.v + a3.v + res.v, v0: a1.v0 + a2.v0 + a3.v0 + res.v0 };
  s.title(1, '全社会用电量（2025年）\nElectricity Consumption (2025)', 6);
  s.header(3, 1, ['项　目\nItem', '2024年\n(亿千瓦时)', '2025年\n(亿千瓦时)', '比上年增长(%)\nGrowth Rate', '构成(%)\nComposition', 'Item']);
  [tot, a1, a2, ind, a3, t1, t2, t3, res, u, ru].forEach((x, i) => s.row(4 + i, 1, [x.zh, rnd(x.v0, 2), rnd(x.v, 2), growth(x.v, x.v0, 1), rnd(x.v / tot.v * 100, 1), x.en], [null, '0.00', '0.00', '0.0', '0.0', null]));
  s.put(16, 1, '注：第二产业中“其中：工业”以外为建筑业。');
  s.width(1, 30); s.width(6, 28);
  b.setPlant(s, 8, 3, '第三产业 2025 (breaks 全社会用电量 = 产业之和, 增长%, 构成%)');
  await L.save(b, 'genG');
}
(async () => { await y23(); await y24(); await y25(); })().catch((e) => { console.error(e); process.exit(1); });
