const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });

// crops hierarchical, area 万亩 (1 dec), output 万吨 (2 dec), yield kg/mu
book('a01_农业_主要农作物产量.xlsx', wb => {
  const ws = wb.addWorksheet('农作物');
  const leaf = (n, a, y) => { const area = a, out = area * y / 1000; return { n, area, out, ly: out / rf(0.96, 1.06) }; }; // area 万亩, out 万吨
  const L = { 稻谷: leaf('稻谷', rf(300, 500), rf(480, 560)), 小麦: leaf('小麦', rf(200, 400), rf(380, 450)), 玉米: leaf('玉米', rf(100, 300), rf(420, 520)), 其他谷物: leaf('其他谷物', rf(5, 20), rf(200, 300)), 豆类: leaf('豆类', rf(30, 80), rf(120, 180)), 薯类: leaf('薯类', rf(20, 60), rf(250, 350)), 油料: leaf('油料', rf(80, 200), rf(180, 240)), 其中花生: leaf('花生', rf(40, 70), rf(250, 300)), 棉花: leaf('棉花', rf(5, 20), rf(80, 110)), 蔬菜: leaf('蔬菜及食用菌', rf(100, 200), rf(2000, 3000)) };
  const agg = (n, ks) => ({ n, area: sum(ks.map(k => L[k].area)), out: sum(ks.map(k => L[k].out)), ly: sum(ks.map(k => L[k].ly)) });
  const gu = agg('谷物', ['稻谷', '小麦', '玉米', '其他谷物']), lz = agg('粮食', ['稻谷', '小麦', '玉米', '其他谷物', '豆类', '薯类']);
  const line = (ind, o) => [ind + o.n, F(o.area, 1), F(o.out, 2), F(o.out / o.area * 1000, 0), gr(o.out, o.ly, 1)];
  const rows = [line('', lz), line('　', gu), line('　　', L.稻谷), line('　　', L.小麦), line('　　', L.玉米), line('　　', L.其他谷物), line('　', L.豆类), line('　', L.薯类), line('', L.油料), ['　其中：花生', ...line('', L.其中花生).slice(1)], line('', L.棉花), line('', L.蔬菜)];
  const t = table(ws, { title: '主要农作物播种面积、产量和单产', head: [['作物名称', '播种面积（万亩）', '总产量（万吨）', '单产（公斤/亩）', '总产量比上年增长（%）']], rows, notes: ['注：薯类按5公斤鲜薯折1公斤粮食计算。'] });
  return mk('农作物', t.r0, 3, 'pct', 2);
});

// grain by county (亩, 吨, 公斤/亩)
book('a02_农业_分县粮食产量.xlsx', wb => {
  const ws = wb.addWorksheet('分县粮食');
  const cs = ['临河区', '五原县', '磴口县', '乌拉特前旗', '乌拉特中旗', '乌拉特后旗', '杭锦后旗'];
  const d = cs.map(n => { const a = ri(100000, 900000), y = rf(350, 600); return [n, a, Math.round(a * y / 1000)]; });
  const A = sum(d.map(x => x[1])), O = sum(d.map(x => x[2]));
  const L = (n, a, o) => [n, a, o, F(o / a * 1000, 1)];
  const t = table(ws, { title: '各旗县区粮食播种面积和产量', head: [['旗县区', '播种面积（亩）', '总产量（吨）', '亩产（公斤/亩）']], rows: [L('全市合计', A, O), ...d.map(x => L(...x))] });
  return mk('分县粮食', t.r0, 3, 'count');
});

// aquatic products cross table
book('a03_渔业_水产品产量.xlsx', wb => {
  const ws = wb.addWorksheet('水产品');
  const kinds = ['鱼类', '甲壳类', '贝类', '藻类', '其他'];
  const m = kinds.map(() => [ri(1000, 9000), ri(500, 4000), ri(1000, 9000), ri(100, 2000)]);
  const row = (n, v) => [n, sum(v), v[0] + v[1], v[0], v[1], null, v[2] + v[3], v[2], v[3]];
  const tot = [0, 1, 2, 3].map(j => sum(m.map(x => x[j])));
  const t = table(ws, { title: '水产品产量（按品种和水域分）', unit: '单位：吨', head: [['品种', '总产量', '海水产品', '', '', '', '淡水产品', '', ''], ['', '', '小计', '养殖', '捕捞', '', '小计', '养殖', '捕捞']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5], [0, 7, 0, 9]], rows: [row('合计', tot), ...kinds.map((k, i) => row(k, m[i]))] });
  return mk('水产品', t.r0, 2, 'count');
});

// industrial products
book('i01_工业_主要工业产品产量.xlsx', wb => {
  const ws = wb.addWorksheet('工业产品产量');
  const P = (n, u, a, d = 2) => { const ly = a / rf(0.9, 1.15); return [n, u, F(a, d), F(ly, d), gr(R(a, d), R(ly, d), 1)]; };
  const fire = rf(200, 400), hyd = rf(20, 80), wind = rf(10, 60), sol = rf(5, 30);
  const e = [fire, hyd, wind, sol], ely = e.map(x => x / rf(0.9, 1.2));
  const car = rf(20, 60), nev = car * rf(0.3, 0.5), carly = car / 1.1, nevly = nev / 1.4;
  const rows = [P('原煤', '万吨', rf(1000, 3000)), P('原油', '万吨', rf(50, 200)), P('天然气', '亿立方米', rf(5, 30)),
  ['发电量', '亿千瓦时', F(sum(e), 2), F(sum(ely), 2), gr(R(sum(e), 2), R(sum(ely), 2))],
  ...['　其中：火电', '　　　　水电', '　　　　风电', '　　　　太阳能发电'].map((n, i) => [n, '亿千瓦时', F(e[i], 2), F(ely[i], 2), gr(R(e[i], 2), R(ely[i], 2))]),
  P('粗钢', '万吨', rf(300, 900)), P('钢材', '万吨', rf(300, 1000)), P('水泥', '万吨', rf(1000, 4000)), P('平板玻璃', '万重量箱', rf(500, 2000)),
  ['汽车', '万辆', F(car, 2), F(carly, 2), gr(R(car, 2), R(carly, 2))], ['　其中：新能源汽车', '万辆', F(nev, 2), F(nevly, 2), gr(R(nev, 2), R(nevly, 2))],
  P('集成电路', '亿块', rf(10, 90)), P('微型计算机设备', '万台', rf(100, 900)), P('移动通信手持机', '万台', rf(1000, 5000)), P('化学纤维', '万吨', rf(50, 300))];
  const t = table(ws, { title: '2025年规模以上工业主要产品产量', head: [['产品名称', '计量单位', '2025年', '2024年', '增长（%）']], rows, notes: ['注：增长速度按可比口径计算。'] });
  return mk('工业产品产量', t.r0 + 3, 3, 'pct', 2);
});

// industrial monthly with cumulative
book('i02_工业_产品产量月报.xlsx', wb => {
  const ws = wb.addWorksheet('11月');
  const prods = [['十种有色金属', '万吨'], ['　其中：铜', '万吨'], ['　　　　铝', '万吨'], ['化肥（折纯）', '万吨'], ['乙烯', '万吨'], ['家用电冰箱', '万台'], ['房间空气调节器', '万台'], ['工业机器人', '套']];
  const rows = []; let mk1 = null;
  const nums = prods.map(([n, u]) => { const mon = u === '套' ? ri(200, 900) : R(rf(5, 60), 1); const cum = u === '套' ? mon * 11 + ri(-300, 300) : R(mon * rf(10, 12), 1); return { n, u, mon, cum, d: u === '套' ? 0 : 1 }; });
  nums[0].mon = R(nums[1].mon + nums[2].mon + rf(0.5, 3), 1); nums[0].cum = R(nums[1].cum + nums[2].cum + rf(5, 30), 1);
  for (const p of nums) { const lm = p.mon / rf(0.9, 1.15), lc = p.cum / rf(0.9, 1.15); rows.push([p.n, p.u, F(p.mon, p.d), F(p.cum, p.d), gr(p.mon, R(lm, p.d)), gr(p.cum, R(lc, p.d))]); }
  const t = table(ws, { title: '2025年11月规模以上工业主要产品产量', head: [['产品名称', '计量单位', '11月', '1-11月', '11月增长（%）', '1-11月累计增长（%）']], rows });
  return mk('11月', t.r0 + 5, 4, 'pct', 1);
});

// trade by country (亿元, independently rounded; overlapping groups)
book('t01_外贸_分国别地区进出口.xlsx', wb => {
  const ws = wb.addWorksheet('分国别');
  const cs = { 日本: 0, 韩国: 0, 东盟: 0, '中国香港': 0, 印度: 0, 欧盟: 0, 英国: 0, 俄罗斯: 0, 美国: 0, 加拿大: 0, 巴西: 0, 澳大利亚: 0, 非洲: 0, 其他: 0 };
  const v = {}; for (const k in cs) { const x = rf(20, 300), m = rf(10, 200); v[k] = { x, m, lx: x / rf(0.85, 1.2), lm: m / rf(0.85, 1.2) }; }
  const tot = ['x', 'm', 'lx', 'lm'].reduce((o, f) => (o[f] = sum(Object.values(v).map(q => q[f])), o), {});
  const asia = ['日本', '韩国', '东盟', '中国香港', '印度'].reduce((o, k) => { for (const f in v[k]) o[f] = (o[f] || 0) + v[k][f]; return o; }, {});
  const L = (n, q) => [n, F(q.x + q.m, 2), gr(q.x + q.m, q.lx + q.lm), F(q.x, 2), gr(q.x, q.lx), F(q.m, 2), gr(q.m, q.lm)];
  const rows = [L('总　值', tot), L('　其中：亚洲', asia), ...['日本', '韩国', '东盟', '中国香港', '印度'].map(k => L('　　' + k, v[k])), ...['欧盟', '英国', '俄罗斯', '美国', '加拿大', '巴西', '澳大利亚', '非洲'].map(k => L('　' + k, v[k]))];
  const t = table(ws, { title: '2025年对主要国家（地区）进出口', unit: '单位：亿元', head: [['国家（地区）', '进出口', '', '出口', '', '进口', ''], ['', '金额', '增长（%）', '金额', '增长（%）', '金额', '增长（%）']], merges: [[0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5], [0, 6, 0, 7]], rows });
  return mk('分国别', t.r0, 4, 'pct', 2);
});

// trade by mode with 其中 at top
book('t02_外贸_按贸易方式分.xlsx', wb => {
  const ws = wb.addWorksheet('贸易方式');
  const g = rf(800, 1500), lai = rf(50, 150), jin = rf(200, 400), oth = rf(100, 300), bao = rf(50, 150);
  const rows = [['出口总额', F(g + lai + jin + oth, 1), pct(g + lai + jin + oth, g + lai + jin + oth)], ['　一般贸易', F(g, 1), pct(g, g + lai + jin + oth)], ['　加工贸易', F(lai + jin, 1), pct(lai + jin, g + lai + jin + oth)], ['　　来料加工装配贸易', F(lai, 1), pct(lai, g + lai + jin + oth)], ['　　进料加工贸易', F(jin, 1), pct(jin, g + lai + jin + oth)], ['　其他贸易', F(oth, 1), pct(oth, g + lai + jin + oth)], ['　　其中：保税物流', F(bao, 1), pct(bao, g + lai + jin + oth)]];
  rows[0][2] = F(100, 1);
  const t = table(ws, { title: '出口按贸易方式分', head: [['贸易方式', '金额（亿元）', '比重（%）']], rows });
  return mk('贸易方式', t.r0, 2, 'pct', 1);
});

// trade commodity overlapping 机电 高新
book('t03_外贸_主要商品出口.xlsx', wb => {
  const ws = wb.addWorksheet('主要商品');
  const items = [['机电产品', '亿元', rf(800, 1200)], ['　其中：手机', '万台', rf(2000, 5000)], ['　　　　汽车', '辆', ri(10000, 80000)], ['　　　　集成电路', '亿个', rf(10, 60)], ['高新技术产品', '亿元', rf(300, 600)], ['劳动密集型产品', '亿元', rf(200, 500)], ['　其中：服装及衣着附件', '亿元', rf(60, 150)], ['　　　　纺织纱线、织物及其制品', '亿元', rf(40, 120)], ['农产品', '亿元', rf(30, 90)], ['钢材', '万吨', rf(100, 300)]];
  const rows = items.map(([n, u, a]) => { const d = u === '辆' ? 0 : 1; const ly = a / rf(0.85, 1.2); return [n, u, F(a, d), gr(R(a, d), R(ly, d))]; });
  const t = table(ws, { title: '2025年主要出口商品', head: [['商品名称', '计量单位', '出口', '比上年增长（%）']], rows, notes: ['注：机电产品和高新技术产品有交叉。'] });
  return mk('主要商品', t.r0, 3, 'pct', 1);
});
