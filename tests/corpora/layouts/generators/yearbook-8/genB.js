// foreign trade
const L = require('./lib'); const { rnd, sum, growth, Book } = L;

async function y05() {
  const r = L.rng(905); const b = new Book('y05_进出口_分国别地区_差额_其中重叠.xlsx'); const s = b.sheet('分国别');
  const mk = (n, ex, im, ind) => ({ n, ind, ex, im, ex0: Math.round(ex / (1 + r.real(-0.15, 0.25))), im0: Math.round(im / (1 + r.real(-0.2, 0.2))) });
  const asiaParts = [mk('其中：日本', 182345, 236712, 1), mk('韩国', 154320, 198765, 4), mk('东盟', 412876, 256433, 4)];
  const asia = mk('亚洲', 1298765, 987654, 0);
  const africa = mk('非洲', 187654, 65432, 0);
  const eu = mk('其中：欧盟', 0, 0, 1), de = mk('德国', 0, 0, 4), europe = mk('欧洲', 876543, 412345, 0);
  eu.ex = Math.round(europe.ex * 0.72); eu.im = Math.round(europe.im * 0.74); de.ex = Math.round(europe.ex * 0.31); de.im = Math.round(europe.im * 0.33);
  [eu, de].forEach((x) => { x.ex0 = Math.round(x.ex / (1 + r.real(-0.1, 0.2))); x.im0 = Math.round(x.im / (1 + r.real(-0.1, 0.2))); });
  const latam = mk('拉丁美洲', 198765, 154321, 0), na = mk('北美洲', 765432, 234567, 0), us = mk('其中：美国', 698765, 201234, 1), oc = mk('大洋洲', 98765, 176543, 0);
  const conts = [asia, africa, europe, latam, na, oc];
  const tot = { n: '总　计', ind: 0, ex: sum(conts.map((x) => x.ex)), im: sum(conts.map((x) => x.im)), ex0: sum(conts.map((x) => x.ex0)), im0: sum(conts.map((x) => x.im0)) };
  const order = [tot, asia, ...asiaParts, africa, europe, eu, de, latam, na, us, oc];
  s.title(1, '表9-3  按国别（地区）分货物进出口（2025年）', 8);
  s.put(2, 8, '单位：万美元', { right: true });
  s.header(3, 1, ['国家（地区）', '进出口总额', '出口额', '进口额', '进出口差额', '进出口比上年增长（%）', '出口比上年增长（%）', '进口比上年增长（%）']);
  order.forEach((x, i) => {
    s.row(4 + i, 1, [x.n, x.ex + x.im, x.ex, x.im, x.ex - x.im, growth(x.ex + x.im, x.ex0 + x.im0), growth(x.ex, x.ex0), growth(x.im, x.im0)], [null, '#,##0', '#,##0', '#,##0', '#,##0', '0.0', '0.0', '0.0']);
    if (x.ind) s.put(4 + i, 1, x.n, { indent: x.ind });
  });
  s.put(19, 1, '注：差额为正表示顺差，为负表示逆差。欧盟含德国。');
  s.put(20, 1, '资料来源：××海关。');
  s.width(1, 16);
  b.setPlant(s, 5 + 1, 5, '日本 进出口差额 (breaks 差额 = 出口 − 进口)');
  await L.save(b, 'genB');
}

async function y06() {
  const r = L.rng(906); const b = new Book('y06_进出口_分月_当月与累计.xlsx'); const s = b.sheet('分月进出口');
  const ex = [], im = [], ex0 = [], im0 = [];
  for (let m = 0; m < 12; m++) { ex.push(r.int(3200000, 5200000)); im.push(r.int(1800000, 3600000)); ex0.push(r.int(3000000, 5000000)); im0.push(r.int(1800000, 3500000)); }
  const Y = (v) => rnd(v / 1e4, 2); // 万元 -> 亿元
  s.title(1, '2025年分月货物进出口', 9);
  s.put(2, 9, '单位：亿元', { right: true });
  s.put(3, 1, '月　份', { center: true, border: true }); s.merge(3, 1, 4, 1);
  s.put(3, 2, '当　月', { center: true, border: true }); s.merge(3, 2, 3, 4);
  s.put(3, 5, '1—本月累计', { center: true, border: true }); s.merge(3, 5, 3, 8);
  s.header(4, 2, ['进出口', '出口', '进口', '进出口', '出口', '进口', '进出口比上年同期增长（%）']);
  s.merge(4, 8, 4, 8);
  let ce = 0, ci = 0, ce0 = 0, ci0 = 0;
  for (let m = 0; m < 12; m++) {
    ce += ex[m]; ci += im[m]; ce0 += ex0[m]; ci0 += im0[m];
    s.row(5 + m, 1, [(m + 1) + '月', Y(ex[m] + im[m]), Y(ex[m]), Y(im[m]), Y(ce + ci), Y(ce), Y(ci), growth(ce + ci, ce0 + ci0)], [null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.0']);
  }
  s.put(18, 1, '注：累计数据按当月数据累加，因四舍五入，分项与合计可能略有差异。');
  s.width(1, 10);
  b.setPlant(s, 9, 6, '5月 累计出口 (breaks running sum 4月累计+5月当月 and 累计进出口 = 出口+进口)');
  await L.save(b, 'genB');
}

async function y07() {
  const r = L.rng(907); const b = new Book('y07_贸易方式_中英双语.xlsx'); const s = b.sheet('Trade by mode');
  const mk = (zh, en, ind) => ({ zh, en, ind, ex: r.int(200000, 2800000), im: r.int(100000, 1800000) });
  const gen = mk('一般贸易', 'General Trade', 0), lai = mk('来料加工装配贸易', 'Processing and Assembling', 2), jin = mk('进料加工贸易', 'Processing with Imported Materials', 2), oth = mk('其他贸易', 'Other Trade', 0);
  [gen, lai, jin, oth].forEach((x) => { x.ex0 = Math.round(x.ex / (1 + r.real(-0.1, 0.2))); x.im0 = Math.round(x.im / (1 + r.real(-0.1, 0.2))); });
  const agg = (zh, en, arr, ind) => { const o = { zh, en, ind }; ['ex', 'im', 'ex0', 'im0'].forEach((k) => { o[k] = sum(arr.map((x) => x[k])); }); return o; };
  const proc = agg('加工贸易', 'Processing Trade', [lai, jin], 0);
  lai.zh = '其中：' + lai.zh; lai.ind = 1;
  const tot = agg('总　计', 'Total', [gen, proc, oth], 0);
  s.title(1, '9-2  按贸易方式分进出口（2025年）\nImports and Exports by Trade Mode (2025)', 8);
  s.put(2, 1, '单位：万美元　(10 000 USD)');
  s.header(3, 1, ['贸易方式\nTrade Mode', '进出口\nTotal Imports and Exports', '出口\nExports', '进口\nImports', '进出口比上年增长(%)\nGrowth Rate of Total', '出口比上年增长(%)\nGrowth Rate of Exports', '进口比上年增长(%)\nGrowth Rate of Imports', 'Trade Mode']);
  [tot, gen, proc, lai, jin, oth].forEach((x, i) => {
    s.row(4 + i, 1, [x.zh, x.ex + x.im, x.ex, x.im, growth(x.ex + x.im, x.ex0 + x.im0), growth(x.ex, x.ex0), growth(x.im, x.im0), x.en], [null, '#,##0', '#,##0', '#,##0', '0.0', '0.0', '0.0', null]);
    if (x.ind) s.put(4 + i, 1, x.zh, { indent: x.ind });
  });
  s.width(1, 22); s.width(8, 34);
  b.setPlant(s, 8, 3, '进料加工贸易 出口 (breaks 加工贸易 = 来料+进料, and its 进出口 = 出口+进口)');
  await L.save(b, 'genB');
}

async function y08() {
  const r = L.rng(908); const b = new Book('y08_主要出口商品_数量金额_两年.xlsx'); const s = b.sheet('主要出口商品');
  const total = { n: '出口总额', u: '', q: null, v: 8765432 };
  const items = [['其中：机电产品', '', null, 0.58], ['　　　高新技术产品', '', null, 0.27], ['服装及衣着附件', '', null, 0.072], ['纺织纱线、织物及其制品', '', null, 0.048], ['鞋类', '万双', 4321.6, 0.021], ['家具及其零件', '', null, 0.031], ['钢材', '万吨', 87.65, 0.043], ['集成电路', '亿个', 12.34, 0.038], ['农产品', '', null, 0.052], ['汽车（包括底盘）', '辆', 23456, 0.024]];
  s.title(1, '主要商品出口数量及金额（2025年）', 8);
  s.put(2, 8, '金额单位：万美元', { right: true });
  s.header(3, 1, ['商品名称', '计量单位', '出口数量', '数量比上年增长（%）', '2024年出口金额', '2025年出口金额', '金额比上年增长（%）', '占出口总额比重（%）']);
  const v0t = Math.round(total.v / 1.083);
  s.row(4, 1, [total.n, '', '—', '—', v0t, total.v, growth(total.v, v0t), 100], [null, null, null, null, '#,##0', '#,##0', '0.0', '0.0'], { bold: true });
  items.forEach(([n, u, q, sh], i) => {
    const v = Math.round(total.v * sh); const v0 = Math.round(v / (1 + r.real(-0.12, 0.25)));
    const q0 = q === null ? null : q / (1 + r.real(-0.1, 0.2));
    s.row(5 + i, 1, [n, u || '—', q === null ? '—' : q, q === null ? '—' : growth(q, q0), v0, v, growth(v, v0), rnd(v / total.v * 100, 1)], [null, null, q !== null && q < 100 ? '0.00' : '#,##0.0', '0.0', '#,##0', '#,##0', '0.0', '0.0']);
  });
  s.put(16, 1, '注：机电产品和高新技术产品有交叉。');
  s.width(1, 24);
  b.setPlant(s, 7, 6, '服装 2025 出口金额 (breaks 金额增长% and 占出口总额比重)');
  await L.save(b, 'genB');
}
(async () => { await y05(); await y06(); await y07(); await y08(); })().catch((e) => { console.error(e); process.exit(1); });
