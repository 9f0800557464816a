// price indices
const L = require('./lib'); const { rnd, sum, growth, Book } = L;

async function y09() {
  const r = L.rng(909); const b = new Book('y09_居民消费价格指数_分类_城乡.xlsx'); const s = b.sheet('CPI');
  const cats = [['居民消费价格总指数', 0], ['一、食品烟酒', 0], ['其中：粮　食', 2], ['畜肉类', 5], ['水产品', 5], ['鲜　菜', 5], ['鲜　果', 5], ['二、衣　着', 0], ['三、居　住', 0], ['四、生活用品及服务', 0], ['五、交通通信', 0], ['六、教育文化娱乐', 0], ['七、医疗保健', 0], ['八、其他用品及服务', 0]];
  s.title(1, '表8-1  居民消费价格指数（2025年）', 5);
  s.put(2, 5, '上年=100', { right: true });
  s.header(3, 1, ['项　目', '全　市', '城　市', '农　村', '涨跌幅（%）']);
  cats.forEach(([n, ind], i) => {
    const u = 100 + r.real(-3, 4), ru = 100 + r.real(-3, 4); const all = u * 0.72 + ru * 0.28;
    s.row(4 + i, 1, [n, rnd(all, 1), rnd(u, 1), rnd(ru, 1), rnd(all - 100, 1)], [null, '0.0', '0.0', '0.0', '0.0']);
    if (ind) s.put(4 + i, 1, n, { indent: ind });
  });
  s.put(19, 1, '注：涨跌幅为全市指数减100。');
  s.width(1, 22);
  b.setPlant(s, 8, 2, '全市 水产品 index (breaks 涨跌幅 = 指数 − 100; lies outside 城市/农村 range)');
  await L.save(b, 'genC');
}

async function y10() {
  const r = L.rng(910); const b = new Book('y10_工业生产者价格指数_分月_同比环比.xlsx'); const s = b.sheet('PPI');
  s.title(1, '2025年分月工业生产者价格指数', 7);
  s.put(3, 1, '月　份', { center: true, border: true }); s.merge(3, 1, 4, 1);
  s.put(3, 2, '工业生产者出厂价格指数', { center: true, border: true }); s.merge(3, 2, 3, 4);
  s.put(3, 5, '工业生产者购进价格指数', { center: true, border: true }); s.merge(3, 5, 3, 7);
  s.header(4, 2, ['上年同月=100', '上月=100', '上年同期=100', '上年同月=100', '上月=100', '上年同期=100']);
  let cy1 = 0, cy2 = 0;
  for (let m = 0; m < 12; m++) {
    const y1 = 100 + r.real(-3, 1), y2 = 100 + r.real(-4, 1);
    cy1 = (cy1 * m + y1) / (m + 1); cy2 = (cy2 * m + y2) / (m + 1);
    s.row(5 + m, 1, [(m + 1) + '月', rnd(y1, 1), rnd(100 + r.real(-0.6, 0.5), 1), rnd(cy1, 1), rnd(y2, 1), rnd(100 + r.real(-0.8, 0.6), 1), rnd(cy2, 1)], [null, '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']);
  }
  s.put(18, 1, '注：上年同期=100为1月至本月累计平均。');
  b.setPlant(s, 5, 4, '1月 出厂 上年同期=100 (must equal 1月 上年同月=100)');
  await L.save(b, 'genC');
}

async function y11() {
  const r = L.rng(911); const b = new Book('y11_价格指数_年份行_定基链式.xlsx'); const s = b.sheet('价格指数');
  s.title(1, '主要价格指数（2015—2025年）', 7);
  s.put(3, 1, '年　份', { center: true, border: true }); s.merge(3, 1, 4, 1);
  s.put(3, 2, '居民消费价格指数', { center: true, border: true }); s.merge(3, 2, 3, 3);
  s.put(3, 4, '商品零售价格指数', { center: true, border: true }); s.merge(3, 4, 3, 5);
  s.put(3, 6, '农产品生产者价格指数', { center: true, border: true }); s.merge(3, 6, 3, 7);
  s.header(4, 2, ['上年=100', '2015年=100', '上年=100', '2015年=100', '上年=100', '2015年=100']);
  const ch = [100, 100, 100];
  for (let y = 2015; y <= 2025; y++) {
    const a = [100 + r.real(-0.8, 3), 100 + r.real(-1.5, 2.5), 100 + r.real(-3, 9)];
    const out = [String(y)];
    a.forEach((v, k) => { if (y > 2015) ch[k] = ch[k] * v / 100; out.push(rnd(v, 1), rnd(ch[k], 1)); });
    s.row(5 + y - 2015, 1, out, [null, '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']);
  }
  s.put(17, 1, '注：2015年=100的指数由各年上年=100指数连乘计算。');
  b.setPlant(s, 11, 3, 'CPI 2015=100 chained index in 2021 (breaks the chain with 2020 and 2022)');
  await L.save(b, 'genC');
}

async function y12() {
  const r = L.rng(912); const b = new Book('y12_集贸市场平均价格_环比同比.xlsx'); const s = b.sheet('农产品价格');
  const items = [['粳米', '元/公斤'], ['面粉', '元/公斤'], ['豆油', '元/升'], ['猪肉（精瘦肉）', '元/公斤'], ['牛肉', '元/公斤'], ['鸡蛋', '元/公斤'], ['活鲤鱼', '元/公斤'], ['大白菜', '元/公斤'], ['西红柿', '元/公斤'], ['苹果', '元/公斤']];
  const base = [6.2, 4.8, 12.5, 32, 78, 10.5, 18, 2.4, 6.8, 11.2];
  s.title(1, '主要农产品集贸市场平均价格（2025年12月）', 7);
  s.header(3, 1, ['品　名', '计量单位', '本月平均价格', '上月平均价格', '上年同月平均价格', '环比涨跌（%）', '同比涨跌（%）']);
  items.forEach(([n, u], i) => {
    const p = base[i] * r.real(0.95, 1.05), p1 = p / (1 + r.real(-0.05, 0.05)), p12 = p / (1 + r.real(-0.15, 0.15));
    s.row(4 + i, 1, [n, u, rnd(p, 2), rnd(p1, 2), rnd(p12, 2), growth(p, p1), growth(p, p12)], [null, null, '0.00', '0.00', '0.00', '0.0', '0.0']);
  });
  s.put(15, 1, '资料来源：市发展和改革委员会价格监测中心。');
  b.setPlant(s, 7, 3, '猪肉 本月平均价格 (breaks 环比 and 同比)');
  await L.save(b, 'genC');
}
(async () => { await y09(); await y10(); await y11(); await y12(); })().catch((e) => { console.error(e); process.exit(1); });
