// layout varieties
const L = require('./lib'); const { rnd, sum, growth, Book } = L;

async function y26() {
  const r = L.rng(926); const b = new Book('y26_乡镇粮食_续表同表.xlsx'); const s = b.sheet('分乡镇粮食');
  const names = L.placeNames(r, 34, ['镇', '镇', '乡', '街道']);
  const rows = names.map((n) => { const a = r.int(8000, 90000); return { n, a, p: Math.round(a * r.real(380, 520) / 1000) }; });
  const tot = { n: '全　县', a: sum(rows.map((x) => x.a)), p: sum(rows.map((x) => x.p)) };
  const hdr = (y) => s.header(y, 1, ['乡镇（街道）', '粮食播种面积（亩）', '粮食总产量（吨）', '亩产（公斤）']);
  const line = (x) => [x.n, x.a, x.p, Math.round(x.p * 1000 / x.a)];
  s.title(1, '各乡镇（街道）粮食生产情况（2025年）', 4);
  hdr(2); let y = 3;
  s.row(y++, 1, line(tot), '#,##0', { bold: true });
  rows.slice(0, 18).forEach((x) => s.row(y++, 1, line(x), '#,##0'));
  y += 1; s.put(y++, 1, '各乡镇（街道）粮食生产情况（续表）', { bold: true }); hdr(y++);
  rows.slice(18).forEach((x) => s.row(y++, 1, line(x), '#,##0'));
  s.put(y + 1, 1, '注：亩产按播种面积计算。');
  s.width(1, 14);
  b.setPlant(s, 28, 2, 'township in 续表 part, 播种面积 (breaks 全县 sum and its 亩产)');
  await L.save(b, 'genH');
}

async function y27() {
  const r = L.rng(927); const b = new Book('y27_快递业务_左右两年分块.xlsx'); const s = b.sheet('快递');
  const names = L.placeNames(r, 8, ['区', '县']);
  const data = [0, 1].map(() => names.map((n) => { const q = r.int(800, 40000); return { n, q, inc: Math.round(q * r.real(7.5, 11)) }; }));
  s.title(1, '各区县快递业务量及业务收入', 7);
  [['2024年', 1], ['2025年', 5]].forEach(([t, c], k) => {
    s.put(2, c, t, { center: true, bold: true }); s.merge(2, c, 2, c + 2);
    s.header(3, c, ['地　区', '快递业务量（万件）', '快递业务收入（万元）']);
    const d = data[k]; const tot = { n: '合　计', q: sum(d.map((x) => x.q)), inc: sum(d.map((x) => x.inc)) };
    [tot, ...d].forEach((x, i) => s.row(4 + i, c, [x.n, x.q, x.inc], '#,##0', i ? {} : { bold: true }));
  });
  s.put(14, 1, '资料来源：市邮政管理局。');
  b.setPlant(s, 9, 6, 'right block (2025) one district 业务量 (breaks right block 合计)');
  await L.save(b, 'genH');
}

async function y28() {
  const r = L.rng(928); const b = new Book('y28_造林面积_隐藏区划代码列.xlsx'); const s = b.sheet('造林');
  const names = L.placeNames(r, 9, ['县', '县', '区']);
  const rows = names.map((n, i) => { const p = [r.int(100, 3000), i % 4 === 1 ? 0 : r.int(0, 1500), r.int(200, 4000), r.int(50, 1200)]; return { n, code: 341102 + i * 21, p, t0: Math.round(sum(p) / (1 + r.real(-0.2, 0.3))) }; });
  const tot = { n: '全　市', code: 341100, p: [0, 1, 2, 3].map((k) => sum(rows.map((x) => x.p[k]))), t0: sum(rows.map((x) => x.t0)) };
  s.title(1, '各县（区）造林面积（2025年）', 9);
  s.put(2, 9, '单位：公顷', { right: true });
  s.header(3, 1, ['地　区', '区划代码', '上年造林面积', '造林面积合计', '人工造林', '飞播造林', '封山育林', '退化林修复', '合计比上年增长（%）']);
  [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, [x.n, x.code, x.t0, sum(x.p), ...x.p, growth(sum(x.p), x.t0)], [null, '0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0.0']));
  s.hide(2); s.hide(3);
  s.put(15, 1, '注：飞播造林为0的县当年无飞播任务。');
  b.setPlant(s, 6, 7, 'one county 封山育林 (breaks 合计 = parts, 全市 sum, growth)');
  await L.save(b, 'genH');
}

async function y29() {
  const r = L.rng(929); const b = new Book('y29_限上批零_分行业_X保密.xlsx'); const s = b.sheet('限上批零');
  const inds = ['农、林、牧、渔产品批发', '食品、饮料及烟草制品批发', '纺织、服装及家庭用品批发', '矿产品、建材及化工产品批发', '机械设备、五金产品及电子产品批发', '综合零售', '食品、饮料及烟草制品专门零售', '汽车、摩托车、零配件和燃料及其他动力销售', '医药及医疗器材专门零售', '货摊、无店铺及其他零售业', '文化、体育用品及器材专门零售'];
  const rows = inds.map((n, i) => { const k = i === 2 || i === 10 ? r.int(1, 2) : r.int(6, 160); const sales = k * r.int(3000, 30000); return { n, k, sales, retail: Math.round(sales * (i < 5 ? r.real(0.02, 0.15) : r.real(0.7, 0.95))) }; });
  const tot = { n: '合　计', k: sum(rows.map((x) => x.k)), sales: sum(rows.map((x) => x.sales)), retail: sum(rows.map((x) => x.retail)) };
  s.title(1, '限额以上批发和零售业主要指标（2025年）', 4);
  s.header(3, 1, ['行　业', '法人企业（个）', '商品销售额（万元）', '其中：零售额（万元）']);
  [tot, ...rows].forEach((x, i) => { const hidden = i > 0 && x.k < 3; s.row(4 + i, 1, [x.n, x.k, hidden ? 'X' : x.sales, hidden ? 'X' : (i === 9 ? '…' : x.retail)], '#,##0'); });
  s.put(17, 1, '注：“X”表示企业数少于3家，按规定不公布；“…”表示数据不足。合计含不公布数据。');
  s.width(1, 36);
  b.setPlant(s, 4, 2, '合计 法人企业数 (breaks 合计 = sum of fully shown 企业数 column)', 7);
  await L.save(b, 'genH');
}

async function y30() {
  const r = L.rng(930); const b = new Book('y30_客货运量_双语_年份列.xlsx'); const s = b.sheet('客货运输');
  const yrs = [2021, 2022, 2023, 2024, 2025];
  const ser = (lo, hi, g) => { const a = [r.real(lo, hi)]; for (let i = 1; i < yrs.length; i++) a.push(a[i - 1] * (1 + r.real(g[0], g[1]))); return a; };
  const pass = [['铁路', 'Railways', ser(800, 1500, [-0.1, 0.3])], ['公路', 'Highways', ser(3000, 6000, [-0.2, 0.05])], ['水运', 'Waterways', ser(50, 200, [-0.1, 0.2])], ['民航', 'Civil Aviation', ser(300, 700, [-0.2, 0.4])]];
  const frt = [['铁路', 'Railways', ser(1000, 3000, [-0.05, 0.08])], ['公路', 'Highways', ser(12000, 26000, [-0.05, 0.1])], ['水运', 'Waterways', ser(2000, 9000, [-0.05, 0.1])], ['民航', 'Civil Aviation', ser(2, 8, [-0.05, 0.15])], ['管道', 'Pipelines', ser(500, 1500, [-0.05, 0.1])]];
  s.title(1, '15-1  客货运输量\nPassenger and Freight Traffic', 9);
  s.header(3, 1, ['指　标\nItem', '单位\nUnit', ...yrs.map((y) => y + '年'), '2025年比上年增长(%)\nGrowth Rate', 'Item']);
  let y = 4;
  const block = (zh, en, unit, parts) => {
    const totS = yrs.map((_, i) => sum(parts.map((p) => p[2][i])));
    s.row(y++, 1, [zh, unit, ...totS.map((v) => rnd(v, 2)), growth(totS[4], totS[3]), en], [null, null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.0', null]);
    parts.forEach((p) => { s.row(y, 1, [p[0], unit, ...p[2].map((v) => rnd(v, 2)), growth(p[2][4], p[2][3]), p[1]], [null, null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.0', null]); s.put(y, 1, p[0], { indent: 2 }); y++; });
  };
  block('客运量', 'Passenger Traffic', '万人', pass);
  block('货运量', 'Freight Traffic', '万吨', frt);
  s.width(1, 12); s.width(9, 20);
  b.setPlant(s, 11, 7, '2025 公路货运量 (breaks 货运量 total and its growth)');
  await L.save(b, 'genH');
}

async function y31() {
  const r = L.rng(931); const b = new Book('y31_用水量_右侧合计列_合计在下.xlsx'); const s = b.sheet('用水');
  const names = L.placeNames(r, 9, ['县', '区', '市']);
  const rows = names.map((n) => ({ n, v: [r.real(0.5, 6), r.real(0.1, 2.5), r.real(0.2, 1.8), r.real(0.01, 0.3)] }));
  const tot = { n: '全　市', v: [0, 1, 2, 3].map((k) => sum(rows.map((x) => x.v[k]))) };
  s.title(1, '各县（市、区）用水量（2025年）', 6);
  s.put(2, 6, '单位：亿立方米', { right: true });
  s.header(3, 1, ['地　区', '农业用水', '工业用水', '生活用水', '人工生态环境补水', '用水总量']);
  [...rows, tot].forEach((x, i) => s.row(4 + i, 1, [x.n, ...x.v.map((v) => rnd(v, 2)), rnd(sum(x.v), 2)], '0.00', x === tot ? { bold: true } : {}));
  s.put(14, 1, '注：因四舍五入，分项之和与合计可能略有差异。');
  s.put(15, 1, '资料来源：市水利局《水资源公报》。');
  b.setPlant(s, 6, 2, 'one county 农业用水 (breaks 用水总量 and 全市 sum)');
  await L.save(b, 'genH');
}

async function y32() {
  const r = L.rng(932); const b = new Book('y32_房地产开发_三行合并表头.xlsx'); const s = b.sheet('房地产');
  const names = L.placeNames(r, 8, ['区', '县']);
  const rows = names.map((n) => { const inv = r.int(80000, 900000); const con = r.int(80, 900); const sold = r.int(20, 260); return { n, inv, invR: Math.round(inv * r.real(0.65, 0.8)), inv0: Math.round(inv / (1 + r.real(-0.25, 0.1))), con, conR: rnd(con * r.real(0.6, 0.75), 2), sold, soldR: rnd(sold * r.real(0.8, 0.92), 2), amt: Math.round(sold * r.real(9000, 16000)) }; });
  const tot = { n: '全　市' }; ['inv', 'invR', 'inv0', 'con', 'conR', 'sold', 'soldR', 'amt'].forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
  s.title(1, '各区（县）房地产开发主要指标（2025年）', 10);
  s.put(3, 1, '地　区', { center: true, border: true }); s.merge(3, 1, 5, 1);
  s.put(3, 2, '开发投资', { center: true, border: true }); s.merge(3, 2, 3, 4);
  s.put(3, 5, '房屋施工面积', { center: true, border: true }); s.merge(3, 5, 3, 6);
  s.put(3, 7, '商品房销售', { center: true, border: true }); s.merge(3, 7, 3, 9);
  s.header(4, 2, ['完成额', '其中：住宅', '比上年增长', '合计', '其中：住宅', '销售面积', '其中：住宅', '销售额']);
  s.header(5, 2, ['（万元）', '（万元）', '（%）', '（万平方米）', '（万平方米）', '（万平方米）', '（万平方米）', '（万元）']);
  [tot, ...rows].forEach((x, i) => s.row(6 + i, 1, [x.n, x.inv, x.invR, growth(x.inv, x.inv0), rnd(x.con, 2), rnd(x.conR, 2), rnd(x.sold, 2), rnd(x.soldR, 2), x.amt], [null, '#,##0', '#,##0', '0.0', '0.00', '0.00', '0.00', '0.00', '#,##0']));
  s.put(15, 1, '注：比上年增长按可比口径计算。');
  b.setPlant(s, 9, 3, 'one district 住宅 投资 (breaks 全市 住宅 column sum)');
  await L.save(b, 'genH');
}

async function y33() {
  const r = L.rng(933); const b = new Book('y33_社零_分月_当月累计_环比.xlsx'); const s = b.sheet('社会消费品零售总额');
  s.title(1, '2025年社会消费品零售总额月度数据', 6);
  s.put(2, 6, '单位：亿元、%', { right: true });
  s.header(3, 1, ['月　份', '当月', '当月同比增长', '环比增长', '累计', '累计同比增长']);
  const cur = [], pre = []; for (let m = 0; m < 11; m++) { cur.push(r.real(m ? 120 : 250, m ? 175 : 330)); pre.push(cur[m] / (1 + r.real(0.02, 0.08))); }
  let c = 0, c0 = 0;
  for (let m = 0; m < 11; m++) {
    c += cur[m]; c0 += pre[m];
    s.row(4 + m, 1, [m === 0 ? '1—2月' : (m + 2) + '月', rnd(cur[m], 2), growth(cur[m], pre[m]), m < 2 ? '—' : growth(cur[m], cur[m - 1]), rnd(c, 2), growth(c, c0)], [null, '0.00', '0.0', '0.0', '0.00', '0.0']);
  }
  s.put(16, 1, '注：1—2月合并发布；3月环比无可比数据，以“—”表示。');
  b.setPlant(s, 10, 2, '8月 当月 (breaks running 累计, 8月/9月 环比, 当月同比)');
  await L.save(b, 'genH');
}

async function y34() {
  const r = L.rng(934); const b = new Book('y34_公共图书馆_人均藏书_注与资料来源.xlsx'); const s = b.sheet('图书馆');
  const names = L.placeNames(r, 9, ['县', '区']);
  const rows = names.map((n) => { const pop = r.int(150000, 1100000); return { n, k: r.int(1, 3), pop, book: Math.round(pop * r.real(0.7, 1.9)), vis: Math.round(pop * r.real(0.6, 2.5)) }; });
  const tot = { n: '全　市' }; ['k', 'pop', 'book', 'vis'].forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
  s.title(1, '各县（区）公共图书馆基本情况（2025年）', 6);
  s.put(2, 1, '单位：个、万人、万册、万人次、册');
  s.header(3, 1, ['地　区', '公共图书馆', '常住人口', '总藏量', '人均藏书', '总流通人次']);
  [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, [x.n, x.k, rnd(x.pop / 1e4, 2), rnd(x.book / 1e4, 2), rnd(x.book / x.pop, 2), rnd(x.vis / 1e4, 2)], [null, '0', '0.00', '0.00', '0.00', '0.00'], i ? {} : { bold: true }));
  s.put(14, 1, '注：1. 人均藏书=总藏量/常住人口。');
  s.put(15, 1, '　　2. 全市含市级图书馆1个，其藏量计入所在区。');
  s.put(16, 1, '资料来源：市文化和旅游局。');
  b.setPlant(s, 6, 4, 'one county 总藏量 (breaks 全市 sum and 人均藏书)');
  await L.save(b, 'genH');
}

async function y35() {
  const r = L.rng(935); const b = new Book('y35_转置_指标行_县列.xlsx'); const s = b.sheet('主要指标');
  const names = L.placeNames(r, 7, ['县', '区', '市']);
  const d = names.map(() => { const pop = r.int(200000, 1100000); const ex = r.int(5000, 300000), im = r.int(2000, 150000); return { grain: r.int(30000, 400000), pig: r.int(50000, 600000), ex, im, pop, urb: Math.round(pop * r.real(0.4, 0.8)) }; });
  const T = {}; Object.keys(d[0]).forEach((k) => { T[k] = sum(d.map((x) => x[k])); });
  const cols = [T, ...d];
  s.title(1, '各县（市、区）主要统计指标（2025年）', 10);
  s.header(3, 1, ['指　标', '单　位', '全　市', ...names]);
  const R = [['粮食产量', '吨', (x) => x.grain, '#,##0'], ['生猪出栏', '头', (x) => x.pig, '#,##0'], ['进出口总额', '万美元', (x) => x.ex + x.im, '#,##0'], ['　出口', '万美元', (x) => x.ex, '#,##0'], ['　进口', '万美元', (x) => x.im, '#,##0'], ['常住人口', '人', (x) => x.pop, '#,##0'], ['　城镇人口', '人', (x) => x.urb, '#,##0'], ['城镇化率', '%', (x) => rnd(x.urb / x.pop * 100, 2), '0.00']];
  R.forEach(([n, u, f, fmt], i) => s.row(4 + i, 1, [n, u, ...cols.map(f)], fmt));
  s.width(1, 14);
  b.setPlant(s, 7, 6, 'one county 出口 (breaks 进出口 = 出口+进口 and 全市 column)');
  await L.save(b, 'genH');
}

async function y36() {
  const r = L.rng(936); const b = new Book('y36_通信用户_小计行_合计在下.xlsx'); const s = b.sheet('通信');
  const dis = L.placeNames(r, 4, '区'), cos = L.placeNames(r, 4, '县');
  const mk = (n) => { const pop = r.int(200000, 900000); const mob = Math.round(pop * r.real(1.05, 1.35)); return { n, pop, mob, g5: Math.round(mob * r.real(0.55, 0.75)), bb: Math.round(pop * r.real(0.3, 0.45)) }; };
  const D = dis.map(mk), C = cos.map(mk);
  const agg = (n, a) => { const o = { n }; ['pop', 'mob', 'g5', 'bb'].forEach((k) => { o[k] = sum(a.map((x) => x[k])); }); return o; };
  const W = (v) => rnd(v / 1e4, 2);
  s.title(1, '各区县通信用户情况（2025年末）', 6);
  s.header(3, 1, ['地　区', '常住人口（万人）', '移动电话用户（万户）', '其中：5G用户（万户）', '移动电话普及率（部/百人）', '固定互联网宽带接入用户（万户）']);
  let y = 4; const line = (x, o) => { s.row(y++, 1, [x.n, W(x.pop), W(x.mob), W(x.g5), rnd(x.mob / x.pop * 100, 1), W(x.bb)], [null, '0.00', '0.00', '0.00', '0.0', '0.00'], o || {}); };
  D.forEach((x) => line(x)); line(agg('市区小计', D), { bold: true });
  C.forEach((x) => line(x)); line(agg('县域小计', C), { bold: true });
  line(agg('全市合计', [...D, ...C]), { bold: true });
  s.put(y + 1, 1, '注：移动电话普及率=移动电话用户/常住人口×100。');
  s.width(1, 12);
  b.setPlant(s, 10, 4, 'one county 5G用户 (breaks 县域小计 and 全市合计 5G column)');
  await L.save(b, 'genH');
}
(async () => { for (const f of [y26, y27, y28, y29, y30, y31, y32, y33, y34, y35, y36]) await f(); })().catch((e) => { console.error(e); process.exit(1); });
