// Generates agriculture / rural statistics workbooks in cases/ and probe/ with manifests.
const fs = require('fs');
const path = require('path');
const { mkR, rd, Book, addr } = require('./lib');
const { indTable, cropTable, townTable, cropData, sumN, growth, lab, putV, hdr } = require('./tables');

const TOWNS = ['城关镇', '新集镇', '王店镇', '李庄乡', '河口镇', '白沙乡', '马集镇', '青山乡', '石桥镇', '东湖乡', '柳林镇', '黄岗乡', '三河镇', '双庙乡', '杨湖镇', '长岭乡', '龙泉镇', '花园乡', '高庙镇', '太平乡'];
const COUNTIES = ['城东区', '城西区', '临江县', '安平县', '永和县', '清河县', '富阳市', '南山县', '北塘县', '新安县'];
const Y = 2025, Y0 = 2024;

// ---------------------------------------------------------------- recipes
const RX = {};

RX.crop = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['农作物', '主要农作物', 'Sheet1', '表1']));
  const areaU = o.areaU || R.pick(['亩', '万亩', '公顷', '千公顷']);
  const ha = areaU.includes('公顷');
  const outU = o.outU || (areaU === '万亩' || areaU === '千公顷' ? '万吨' : R.pick(['吨', '吨', '万吨']));
  const yU = o.yU || (ha ? R.pick(['公斤/公顷', '公斤/亩']) : '公斤/亩');
  const region = o.region || R.pick(['south', 'north']);
  const scale = areaU === '千公顷' ? R.float(3, 8) : 1;
  const t = cropTable(book, sh, R, { prevShown: o.prevShown ?? R.chance(0.5), row: o.row,
    title: o.title || `${Y}年${o.city ? '全市' : '全县'}主要农作物播种面积和产量`,
    areaU, outU, yU, region, scale, ydp: o.ydp ?? R.pick([0, 0, 1]),
    unitStyle: o.unitStyle || R.pick(['line', 'header']), grainLevels: o.grainLevels ?? R.chance(0.4), econFull: o.econFull ?? R.chance(0.4),
    withGrowth: o.withGrowth ?? R.chance(0.5), year: Y, numbered: o.numbered ?? R.chance(0.5), ind: o.ind || R.pick(['space', 'align']),
    dash: o.dash !== undefined ? o.dash : R.pick(['—', '—', null]), growthFrom: R.pick(['true', 'disp']), sep: R.chance(0.3),
    yLabel: R.pick(['单产', '单位面积产量', ha && yU === '公斤/公顷' ? '单产' : '亩产']),
    note: o.note !== undefined ? o.note : R.pick([null, '注：薯类按5公斤鲜薯折1公斤粮食计算。', '注：单产按总产量除以播种面积计算。']),
  });
  t.sh = sh;
  return t;
};

function livestockItems(R, small) {
  const pig = R.int(150000, 600000), sow = Math.round(pig * R.float(0.08, 0.12));
  const g = () => 1 + R.float(-0.08, 0.1);
  const mk = (cur, dp, unit, f = 1) => ({ cur: cur / f, prev: cur / f / g(), dp, unit });
  const items = [];
  const add = (x) => { x.id = items.length; items.push(x); return x; };
  const wan = R.chance(0.6);
  add(Object.assign({ label: '年末生猪存栏', level: 0 }, wan ? mk(pig, 2, '万头', 1e4) : mk(pig, 0, '头')));
  const s = add(Object.assign({ label: '其中：能繁母猪', level: 1 }, wan ? mk(sow, 2, '万头', 1e4) : mk(sow, 0, '头')));
  items[0].partsOf = [s.id];
  if (items[1].prev > items[0].prev) items[1].prev = items[0].prev * 0.1;
  add(Object.assign({ label: '年末牛存栏', level: 0 }, mk(R.int(8000, 60000), 0, '头')));
  add(Object.assign({ label: '年末羊存栏', level: 0 }, wan ? mk(R.int(30000, 200000), 2, '万只', 1e4) : mk(R.int(30000, 200000), 0, '只')));
  if (!small) add(Object.assign({ label: '年末家禽存栏', level: 0 }, mk(R.int(800000, 5000000), 2, '万羽', 1e4)));
  const out = R.int(200000, 900000);
  add(Object.assign({ label: '生猪出栏', level: 0 }, wan ? mk(out, 2, '万头', 1e4) : mk(out, 0, '头')));
  if (!small) add(Object.assign({ label: '牛出栏', level: 0 }, mk(R.int(5000, 40000), 0, '头')));
  const meatParts = [['猪肉', out * R.float(0.075, 0.09)], ['牛肉', R.int(800, 6000)], ['羊肉', R.int(500, 4000)], ['禽肉', R.int(3000, 30000)]];
  if (R.chance(0.3)) meatParts.push(['兔肉', R.int(50, 900)]);
  const mt = R.chance(0.5) ? '万吨' : '吨';
  const meat = add({ label: '肉类总产量', level: 0, unit: mt, dp: mt === '万吨' ? 2 : 0 });
  const partial = R.chance(0.35);
  if (partial) meatParts.push(['兔肉', R.int(300, 2000)], ['其他肉类', R.int(100, 900)]);
  const ids = [];
  let sc = 0, sp = 0;
  meatParts.forEach(([n, v0], i) => {
    const v = Math.round(v0), pv = Math.round(v / g());
    const shown = !partial || i < 3;
    const cur = mt === '万吨' ? v / 1e4 : v, prev = mt === '万吨' ? pv / 1e4 : pv;
    sc += cur; sp += prev;
    if (shown) { const x = add({ label: (partial && i === 0 ? '其中：' : '') + n, level: 1, unit: mt, dp: meat.dp, cur, prev }); ids.push(x.id); }
  });
  if (partial) meat.partsOf = ids; else meat.sumOf = ids;
  meat.cur = sc; meat.prev = sp;
  add(Object.assign({ label: '禽蛋产量', level: 0 }, mk(R.int(5000, 60000), mt === '万吨' ? 2 : 0, mt, mt === '万吨' ? 1e4 : 1)));
  if (!small) add(Object.assign({ label: '牛奶产量', level: 0 }, mk(R.int(1000, 30000), 0, '吨')));
  return items;
}
RX.livestock = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['畜牧业', '畜牧业生产情况', 'Sheet1']));
  const items = livestockItems(R, o.small);
  const r = indTable(book, sh, R, {
    title: o.title || `${Y}年畜牧业生产情况`, unitCol: true, row: o.row, years: [Y0, Y], gHead: R.pick(['比上年增长(%)', '增长（%）', '增减%']),
    growthFrom: R.pick(['true', 'disp']), items, ind: R.pick(['space', 'align', 'none']), order: R.chance(0.2) ? 'new-old' : 'old-new',
    note: R.pick([null, '注：肉类总产量包括猪牛羊禽兔肉。', '注：存栏为年末数。']),
  });
  return { items, r, sh };
};

function outputValueItems(R, unit, withShare) {
  const f = unit === '亿元' ? 1e4 : 1;
  const dp = unit === '亿元' ? 2 : 0;
  const scale = R.float(0.5, 3);
  const parts = [['农业', R.int(150000, 400000)], ['林业', R.int(5000, 30000)], ['牧业', R.int(60000, 200000)], ['渔业', R.int(10000, 90000)], [R.pick(['农林牧渔专业及辅助性活动', '农林牧渔服务业']), R.int(8000, 30000)]];
  const items = [{ id: 0, label: '农林牧渔业总产值', level: 0, dp, unit, sumOf: [], shareOf: withShare ? 0 : undefined }];
  let sc = 0, sp = 0;
  parts.forEach(([n, v0], i) => {
    const v = Math.round(v0 * scale), pv = Math.round(v / (1 + R.float(-0.04, 0.09)));
    items.push({ id: i + 1, label: n, level: 1, dp, unit, cur: v / f, prev: pv / f, shareOf: withShare ? 0 : undefined, shareGroup: true });
    items[0].sumOf.push(i + 1); sc += v; sp += pv;
  });
  items[0].cur = sc / f; items[0].prev = sp / f;
  return items;
}
RX.outputValue = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['农林牧渔业产值', '产值', 'Sheet1']));
  const unit = o.unit || R.pick(['万元', '亿元']);
  const withShare = o.share ?? R.chance(0.6);
  const items = outputValueItems(R, unit, withShare);
  const comparable = o.comparable ?? false;
  const cmpStyle = comparable ? (o.cmpStyle || R.pick(['note', 'header', 'revised'])) : null;
  if (comparable) for (const it of items) it.gGiven = rd((it.cur / it.prev - 1) * 100 - R.float(1.0, 3.5), 1);
  const unitLine = R.chance(0.6) ? `单位：${unit}` : null;
  if (!unitLine) items.forEach((it) => { it.unitLabel = true; });
  const r = indTable(book, sh, R, {
    title: o.title || `${Y}年农林牧渔业总产值`, unitLine, unitInLabel: !unitLine, years: [Y0, Y], gHead: cmpStyle === 'header' ? R.pick(['按可比价计算比上年增长(%)', '比上年增长（%，可比价）']) : comparable ? '比上年增长(%)' : R.pick(['比上年增长(%)', `${Y}年比${Y0}年增长%`]), row: o.row,
    growthFrom: 'true', items, ind: R.pick(['space', 'align']), share: withShare ? { head: R.pick(['构成(%)', `${Y}年构成（%）`, '占总产值比重(%)']), dp: 1 } : null,
    note: cmpStyle === 'note' ? '注：总产值按当年价格计算，增长速度按可比价格计算。' : cmpStyle === 'revised' ? `注：${Y0}年数据为年报快报数，增长速度按${Y0}年核实数计算。` : cmpStyle === 'header' ? null : R.pick([null, '注：本表按当年价格计算，增长速度按当年价格计算。', '注：总产值为各行业产值之和。']),
  });
  return { items, r, sh };
};

function pickTowns(R, n) { return R.sample(TOWNS, n); }
function groupsOf(R, towns) {
  const nt = towns.filter((t) => /[镇乡]$/.test(t)).length;
  const k = Math.max(1, Math.min(nt - 2, R.int(2, 4)));
  const idx = towns.map((_, i) => i).slice(0, nt);
  towns.forEach((t, i) => { if (i < k) towns[i] = t.replace(/[镇乡]$/, '街道'); else if (!/镇$/.test(t)) towns[i] = t.replace(/乡$/, '镇'); });
  const L = R.__num ? ['一、街道', '二、乡镇'] : R.pick([['街道小计', '镇小计'], ['一、街道', '二、镇'], ['街道', '乡镇'], ['街道合计', '乡镇合计']]);
  return [{ label: L[0], members: idx.slice(0, k) }, { label: L[1], members: idx.slice(k) }];
}

RX.ruralPop = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['乡村人口', '分乡镇农村基本情况', 'Sheet1']));
  const n = o.n || R.int(6, 14);
  const towns = pickTowns(R, n);
  if (o.groups && R.chance(0.6)) towns.push(R.pick(['国有农场', '县林场']));
  const hh = towns.map(() => R.int(3000, 15000));
  const pop = hh.map((h) => Math.round(h * R.float(2.8, 3.6)));
  const male = pop.map((p) => Math.round(p * R.float(0.5, 0.53)));
  const female = pop.map((p, i) => p - male[i]);
  const lab_ = pop.map((p) => Math.round(p * R.float(0.52, 0.62)));
  const agr = lab_.map((l) => Math.round(l * R.float(0.35, 0.7)));
  const two = o.two ?? R.chance(0.7);
  const cols = [
    { h1: '乡村户数（户）', kind: 'sum', vals: hh, dp: 0 },
    { h1: '乡村人口（人）', h2: two ? '合计' : null, kind: 'sum', vals: pop, dp: 0 },
  ];
  if (two) cols.push({ h1: '乡村人口（人）', h2: '男', kind: 'sum', vals: male, dp: 0 }, { h1: '乡村人口（人）', h2: '女', kind: 'sum', vals: female, dp: 0 });
  const li = cols.length;
  cols.push({ h1: '乡村从业人员（人）', h2: '合计', kind: 'sum', vals: lab_, dp: 0 }, { h1: '乡村从业人员（人）', h2: '其中：农林牧渔业', kind: 'sum', vals: agr, dp: 0 });
  const mig = o.migrant ?? R.chance(0.5);
  if (mig) cols.push({ h1: '乡村从业人员（人）', h2: '外出从业人员', kind: 'sum', vals: lab_.map((l, i) => Math.round((l - agr[i]) * R.float(0.75, 0.98) + agr[i] * R.float(0.1, 0.3))), dp: 0 });
  townTable(book, sh, R, {
    title: o.title || `${Y}年分乡镇乡村户数、人口和从业人员`, towns, totalLabel: R.pick(['全县合计', '全县', '合计']), totalPos: R.chance(0.7) ? 'top' : 'bottom',
    cols, rowSums: two ? [{ y: 1, x: [2, 3] }] : [], rowLe: mig ? [{ y: li, x: [li + 1] }, { y: li, x: [li + 2] }] : [{ y: li, x: [li + 1] }],
    groups: o.groups ? groupsOf(R, towns) : null, townIndent: !!o.groups, groupPos: R.chance(0.3) ? 'bottom' : 'top',
    note: R.pick([null, '注：乡村人口为户籍人口。', '注：从业人员含外出从业人员。']),
  });
};

RX.incomeTown = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['农民收入', '分乡镇农村居民收入', 'Sheet1']));
  const n = o.n || R.int(6, 14);
  const towns = pickTowns(R, n);
  const pop = towns.map(() => R.int(12000, 55000));
  const inc = towns.map(() => R.int(15000, 26000));
  const incP = inc.map((v) => Math.round(v / (1 + R.float(0.04, 0.09))));
  const cols = [
    { h1: '乡村人口（人）', kind: 'sum', vals: pop, dp: 0, sep: R.chance(0.5) },
    { h1: '农村居民人均可支配收入（元）', h2: `${Y0}年`, kind: 'avg', w: 0, vals: incP, dp: 0 },
    { h1: '农村居民人均可支配收入（元）', h2: `${Y}年`, kind: 'avg', w: 0, vals: inc, dp: 0 },
    { h1: '农村居民人均可支配收入（元）', h2: '增长（%）', kind: 'growth', cur: 2, prev: 1, dp: 1 },
  ];
  cols[0].h2 = null;
  townTable(book, sh, R, {
    title: o.title || `${Y}年分乡镇农村居民人均可支配收入`, towns, totalLabel: R.pick(['全县', '全县合计']), totalPos: 'top', cols,
    note: '注：全县人均可支配收入按乡村人口加权计算。',
  });
};

RX.incomeComp = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['农村居民收支', '收入与消费', 'Sheet1']));
  const g = () => 1 + R.float(-0.02, 0.12);
  const items = [];
  const add = (x) => { x.id = items.length; x.dp = 0; items.push(x); return x; };
  const inc = add({ label: '农村居民人均可支配收入', level: 0, sumOf: [] });
  for (const [n, v] of [['工资性收入', R.int(7000, 11000)], ['经营净收入', R.int(5000, 8000)], ['财产净收入', R.int(200, 700)], ['转移净收入', R.int(3000, 5000)]]) {
    const x = add({ label: n, level: 1, cur: v, prev: Math.round(v / g()) }); inc.sumOf.push(x.id);
  }
  inc.cur = sumN(inc.sumOf.map((i) => items[i].cur)); inc.prev = sumN(inc.sumOf.map((i) => items[i].prev));
  if (o.withCons ?? true) {
    const con = add({ label: '农村居民人均消费支出', level: 0, sumOf: [] });
    for (const [n, v] of [['食品烟酒', R.int(4000, 6000)], ['衣着', R.int(700, 1200)], ['居住', R.int(2800, 4200)], ['生活用品及服务', R.int(700, 1200)], ['交通通信', R.int(1500, 2500)], ['教育文化娱乐', R.int(1200, 2200)], ['医疗保健', R.int(1200, 2100)], ['其他用品及服务', R.int(200, 500)]]) {
      const x = add({ label: n, level: 1, cur: v, prev: Math.round(v / g()) }); con.sumOf.push(x.id);
    }
    con.cur = sumN(con.sumOf.map((i) => items[i].cur)); con.prev = sumN(con.sumOf.map((i) => items[i].prev));
  }
  indTable(book, sh, R, {
    title: o.title || '农村居民人均收支情况', unitLine: '单位：元', years: [Y0, Y], gHead: R.pick(['比上年增长(%)', '增长%']), items,
    ind: R.pick(['space', 'align']), firstHead: '项目', note: R.pick([null, '注：根据城乡一体化住户调查资料。']),
  });
  return items;
};

RX.landUse = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['土地利用', '土地利用现状', 'Sheet1']));
  const v = (a, b) => R.int(a * 100, b * 100) / 100; // 公顷 two decimals (exact values)
  const items = [];
  const add = (x) => { x.id = items.length; x.dp = 2; x.shareOf = 0; items.push(x); return x; };
  const tot = add({ label: '土地总面积', level: 0, sumOf: [] });
  const agr = add({ label: '一、农用地', level: 0, sumOf: [], shareGroup: true });
  const arable = add({ label: '耕地', level: 1, cur: v(20000, 60000) });
  const paddy = add({ label: '其中：水田', level: 2, cur: rd(arable.cur * R.float(0.3, 0.8), 2) });
  arable.partsOf = [paddy.id];
  const kids = [arable, add({ label: '园地', level: 1, cur: v(1000, 8000) }), add({ label: '林地', level: 1, cur: v(20000, 90000) }), add({ label: '草地', level: 1, cur: v(300, 5000) }), add({ label: '其他农用地', level: 1, cur: v(2000, 9000) })];
  agr.sumOf = kids.map((x) => x.id);
  const con = add({ label: '二、建设用地', level: 0, sumOf: [], shareGroup: true });
  const ck = [add({ label: '城乡建设用地', level: 1, cur: v(5000, 15000) }), add({ label: '交通水利用地', level: 1, cur: v(1000, 5000) }), add({ label: '其他建设用地', level: 1, cur: v(100, 1500) })];
  con.sumOf = ck.map((x) => x.id);
  const un = add({ label: '三、未利用地', level: 0, cur: v(1000, 12000), shareGroup: true });
  tot.sumOf = [agr.id, con.id, un.id];
  const s = (x) => rd(x.sumOf.reduce((a, i) => a + (items[i].sumOf ? s(items[i]) : items[i].cur), 0), 2);
  agr.cur = s(agr); con.cur = s(con); tot.cur = s(tot);
  const sdp = R.pick([1, 2]);
  indTable(book, sh, R, {
    title: o.title || `${Y}年土地利用现状`, unitLine: R.chance(0.5) ? '单位：公顷、%' : null, years: null, valHead: '面积（公顷）', firstHead: '地类',
    share: { head: R.pick(['占土地总面积比重(%)', '比重（%）', '构成(%)']), dp: sdp }, items, ind: R.pick(['space', 'align', 'none']),
    note: R.pick([null, '注：数据来源于国土变更调查。']),
  });
};

RX.inputs = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['农业生产条件', '农业投入', 'Sheet1']));
  const g = () => 1 + R.float(-0.06, 0.06);
  const items = [];
  const add = (x) => { x.id = items.length; items.push(x); return x; };
  const mk = (label, level, unit, dp, cur) => add({ label, level, unit, dp, cur, prev: dp ? rd(cur / g(), dp + 2) : Math.round(cur / g()) });
  mk('农业机械总动力', 0, '万千瓦', 2, R.int(3000, 12000) / 100);
  mk('大中型拖拉机', 0, '台', 0, R.int(300, 3000));
  mk('有效灌溉面积', 0, '公顷', 0, R.int(10000, 40000));
  const fert = add({ label: '化肥施用量（折纯）', level: 0, unit: '吨', dp: 0, sumOf: [] });
  for (const [n, v] of [['氮肥', R.int(8000, 20000)], ['磷肥', R.int(2000, 7000)], ['钾肥', R.int(1500, 5000)], ['复合肥', R.int(6000, 16000)]]) {
    const x = mk(n, 1, '吨', 0, v); fert.sumOf.push(x.id);
  }
  fert.cur = sumN(fert.sumOf.map((i) => items[i].cur)); fert.prev = sumN(fert.sumOf.map((i) => items[i].prev));
  const film = mk('农用塑料薄膜使用量', 0, '吨', 0, R.int(1500, 5000));
  const mulch = mk('其中：地膜', 1, '吨', 0, Math.round(film.cur * R.float(0.4, 0.7)));
  mulch.prev = Math.min(mulch.prev, film.prev - 10);
  film.partsOf = [mulch.id];
  mk('农药使用量', 0, '吨', 0, R.int(600, 2500));
  const ppRow = o.pp ?? R.chance(0.5);
  if (ppRow) { const m = mk('农作物耕种收综合机械化率', 0, '%', 1, R.int(700, 880) / 10); m.prev = rd(m.cur - R.float(0.8, 2.5), 1); m.pp = true; }
  mk('农村用电量', 0, '万千瓦时', 0, R.int(20000, 90000));
  indTable(book, sh, R, { title: o.title || '农业生产条件', unitCol: true, years: [Y0, Y], gHead: ppRow ? '比上年增减（%）' : '增长（%）', growthFrom: 'disp', items, ind: R.pick(['space', 'align']), note: ppRow ? '注：综合机械化率比上年增减为百分点。' : null });
};

RX.fishery = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['渔业', '水产品产量', 'Sheet1']));
  const g = () => 1 + R.float(-0.05, 0.08);
  const items = [];
  const add = (x) => { x.id = items.length; x.unit = '吨'; x.dp = 0; items.push(x); return x; };
  const fish = R.int(15000, 50000), shrimp = R.int(2000, 9000), shell = R.int(300, 3000), other = R.int(100, 1500);
  const tot = fish + shrimp + shell + other;
  const cap = Math.round(tot * R.float(0.05, 0.2)); const farm = tot - cap;
  const pf = Math.round(fish / g()), ps = Math.round(shrimp / g()), psh = Math.round(shell / g()), po = Math.round(other / g());
  const ptot = pf + ps + psh + po; const pcap = Math.round(ptot * R.float(0.05, 0.2)); const pfarm = ptot - pcap;
  const t = add({ label: '水产品总产量', level: 0, cur: tot, prev: ptot, sumOf: [] });
  add({ label: '按生产方式分', level: 1, header: true });
  const a = add({ label: '养殖产量', level: 2, cur: farm, prev: pfarm });
  const b = add({ label: '捕捞产量', level: 2, cur: cap, prev: pcap });
  t.sumOf = [a.id, b.id];
  add({ label: '按品种分', level: 1, header: true });
  const kids = [add({ label: '鱼类', level: 2, cur: fish, prev: pf }), add({ label: '虾蟹类', level: 2, cur: shrimp, prev: ps }), add({ label: '贝类', level: 2, cur: shell, prev: psh }), add({ label: '其他', level: 2, cur: other, prev: po })];
  const area = add({ label: '水产养殖面积', level: 0, cur: R.int(3000, 12000), prev: null });
  area.unit = '公顷'; area.prev = Math.round(area.cur / g());
  indTable(book, sh, R, { title: o.title || `${Y}年水产品产量`, unitCol: true, years: [Y0, Y], gHead: '比上年增长(%)', growthFrom: 'disp', items, ind: 'space' });
  const cP = 3, cC = 4;
  for (const col of [cP, cC]) book.rel({ t: 'sum', y: sh.ref(t.row, col), x: kids.map((k) => sh.ref(k.row, col)) });
};

RX.townCrop = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['分乡镇粮食生产', '乡镇粮食', 'Sheet1']));
  const n = o.n || R.int(6, 12);
  const towns = pickTowns(R, n);
  const south = R.chance(0.5);
  const crops = south ? ['稻谷', '玉米', '其他'] : ['小麦', '玉米', '其他'];
  const yl = { 稻谷: [450, 600], 小麦: [350, 460], 玉米: [400, 560], 其他: [180, 320] };
  const A = {}, O = {};
  for (const c of crops) {
    A[c] = towns.map(() => (c === '其他' ? R.int(500, 5000) : R.chance(0.1) ? null : R.int(8000, 40000)));
    O[c] = A[c].map((a) => (a === null ? null : Math.round((a * R.int(yl[c][0], yl[c][1])) / 1000)));
  }
  const gA = towns.map((_, i) => sumN(crops.map((c) => A[c][i]))), gO = towns.map((_, i) => sumN(crops.map((c) => O[c][i])));
  const unitIn = R.chance(0.5);
  const cols = [
    { h1: '粮食作物', h2: unitIn ? '播种面积（亩）' : '播种面积', kind: 'sum', vals: gA, dp: 0 },
    { h1: '粮食作物', h2: unitIn ? '总产量（吨）' : '总产量', kind: 'sum', vals: gO, dp: 0 },
  ];
  const withY = R.chance(0.5);
  if (withY) cols.push({ h1: '粮食作物', h2: unitIn ? '单产（公斤/亩）' : '单产', kind: 'ratio', num: 1, den: 0, k: 1000, k0: 1000, dp: 0 });
  const ia = [], io = [];
  for (const c of crops) {
    ia.push(cols.length); cols.push({ h1: c === '其他' ? '其他粮食' : c, h2: unitIn ? '面积（亩）' : '面积', kind: 'sum', vals: A[c], dp: 0 });
    io.push(cols.length); cols.push({ h1: c === '其他' ? '其他粮食' : c, h2: unitIn ? '产量（吨）' : '产量', kind: 'sum', vals: O[c], dp: 0 });
  }
  townTable(book, sh, R, {
    title: o.title || `${Y}年分乡镇粮食播种面积和产量`, unitLine: unitIn ? null : (withY ? '单位：亩、吨、公斤/亩' : '单位：亩、吨'), towns,
    totalLabel: R.pick(['全县合计', '合计', '全县']), totalPos: R.chance(0.6) ? 'top' : 'bottom', cols, dash: R.pick(['—', null]),
    rowSums: [{ y: 0, x: ia }, { y: 1, x: io }], note: R.pick([null, '注：其他粮食包括豆类、薯类和其他谷物。']),
  });
};

RX.transposed = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['粮食作物', '表2', 'Sheet1']));
  const areaU = R.pick(['千公顷', '公顷', '万亩']);
  const outU = areaU === '公顷' ? '吨' : '万吨';
  const ha = areaU !== '万亩';
  const aF = { 千公顷: 1e3, 公顷: 1, 万亩: 1e4 }[areaU], oF = outU === '万吨' ? 1e4 : 1;
  const adp = aF > 1 ? 2 : 0, odp = oF > 1 ? 2 : 0;
  const yU = ha ? R.pick(['公斤/公顷', '公斤/亩']) : '公斤/亩';
  const k = (1000 * oF) / aF / (ha && yU === '公斤/亩' ? 15 : 1);
  const d = cropData(R, R.pick(['south', 'north']), areaU === '千公顷' ? R.float(3, 8) : 1);
  const names = ['稻谷', '小麦', '玉米', '豆类', '薯类'].filter((n) => d.a[n] !== null);
  if (ha) for (const n of names) d.a[n] = Math.round(d.a[n] / 15);
  const A = names.map((n) => d.a[n]), O = names.map((n) => d.o[n]);
  const cols = [['粮食合计', sumN(A), sumN(O)], ...names.map((n, i) => [n, A[i], O[i]])];
  let r = 1;
  const ncol = cols.length + 1;
  sh.title(r++, `${Y}年粮食作物播种面积、产量和单产`, ncol);
  hdr(sh, r, 1, '项目'); cols.forEach((c, i) => hdr(sh, r, i + 2, c[0])); r++;
  const ra = r, ro = r + 1, ry = r + 2;
  sh.put(ra, 1, `播种面积（${areaU}）`); sh.put(ro, 1, `总产量（${outU}）`); sh.put(ry, 1, `单产（${yU}）`);
  cols.forEach((c, i) => {
    sh.num(ra, i + 2, c[1] / aF, adp); sh.num(ro, i + 2, c[2] / oF, odp);
    sh.num(ry, i + 2, (c[2] * 1000) / c[1] / (ha && yU === '公斤/亩' ? 15 : 1), 0);
    book.rel({ t: 'ratio', y: sh.ref(ry, i + 2), num: [sh.ref(ro, i + 2)], den: [sh.ref(ra, i + 2)], k });
    book.cand('ratio', sh, ry, i + 2);
    if (i > 0) book.cand('cross', sh, ro, i + 2);
  });
  const kids = cols.map((_, i) => i + 2).slice(1);
  book.rel({ t: 'sum', y: sh.ref(ra, 2), x: kids.map((c) => sh.ref(ra, c)) });
  book.rel({ t: 'sum', y: sh.ref(ro, 2), x: kids.map((c) => sh.ref(ro, c)) });
  book.cand('total', sh, ra, 2); book.cand('total', sh, ro, 2);
  r += 3;
  if (R.chance(0.6)) sh.put(r, 1, '注：粮食合计包括稻谷、小麦、玉米、豆类和薯类。');
};

RX.timeSeries = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['历年粮食生产', '主要年份', 'Sheet1']));
  const y0 = o.y0 || R.pick([2011, 2016, 2018]);
  let area = R.int(600000, 1500000), yl = R.float(380, 460);
  const oil = R.int(20000, 60000), meat = R.int(30000, 90000);
  let r = 1;
  sh.title(r++, `${y0}—${Y}年主要农产品产量`, 7);
  hdr(sh, r, 1, '年份'); hdr(sh, r, 2, '粮食播种面积（万亩）'); hdr(sh, r, 3, '粮食总产量（万吨）'); hdr(sh, r, 4, '粮食单产（公斤/亩）');
  hdr(sh, r, 5, '粮食产量比上年增长（%）'); hdr(sh, r, 6, '油料产量（吨）'); hdr(sh, r, 7, '肉类总产量（吨）'); r++;
  let prevO = null, prevR = null;
  const yearText = R.chance(0.5);
  for (let y = y0; y <= Y; y++) {
    area = Math.round(area * (1 + R.float(-0.02, 0.02))); yl *= 1 + R.float(-0.03, 0.04);
    const out = Math.round((area * yl) / 1000);
    sh.put(r, 1, yearText ? y + '年' : y, { h: 'center' });
    sh.num(r, 2, area / 1e4, 2); sh.num(r, 3, out / 1e4, 2); sh.num(r, 4, (out * 1000) / area, 1);
    book.rel({ t: 'ratio', y: sh.ref(r, 4), num: [sh.ref(r, 3)], den: [sh.ref(r, 2)], k: 1000 }); book.cand('ratio', sh, r, 4);
    if (prevO === null) sh.put(r, 5, '—', { h: 'right' });
    else { sh.num(r, 5, growth(out, prevO), 1); book.rel({ t: 'growth', y: sh.ref(r, 5), cur: sh.ref(r, 3), prev: sh.ref(prevR, 3) }); book.cand('growth', sh, r, 5); }
    sh.num(r, 6, Math.round(oil * R.float(0.85, 1.2)), 0); sh.num(r, 7, Math.round(meat * R.float(0.85, 1.2)), 0);
    prevO = out; prevR = r; r++;
  }
};

RX.countyValue = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['分县区产值', '各县区农林牧渔业产值', 'Sheet1']));
  const n = o.n || R.int(5, 9);
  const cs = R.sample(COUNTIES, n);
  const parts = [['农业', 150000, 500000], ['林业', 3000, 30000], ['牧业', 50000, 250000], ['渔业', 5000, 80000], ['服务业', 5000, 30000]];
  const vals = parts.map(([_, a, b]) => cs.map(() => R.int(a, b)));
  const tot = cs.map((_, i) => sumN(vals.map((v) => v[i])));
  const unit = R.pick(['万元', '亿元']);
  const f = unit === '亿元' ? 1e4 : 1, dp = unit === '亿元' ? 2 : 0;
  const cols = [{ h1: '农林牧渔业总产值', kind: 'sum', vals: tot.map((v) => v / f), dp }, ...parts.map(([nm], j) => ({ h1: nm === '服务业' ? '农林牧渔专业及辅助性活动' : nm, kind: 'sum', vals: vals[j].map((v) => v / f), dp }))];
  townTable(book, sh, R, {
    title: o.title || `${Y}年各县（市、区）农林牧渔业总产值`, unitLine: `单位：${unit}`, towns: cs, firstHead: '县（市、区）',
    totalLabel: R.pick(['全市', '全市合计', '合计']), totalPos: R.chance(0.7) ? 'top' : 'bottom', cols, rowSums: [{ y: 0, x: [1, 2, 3, 4, 5] }],
    note: '注：按当年价格计算。',
  });
};

RX.townLivestock = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['分乡镇畜牧业', '乡镇畜牧', 'Sheet1']));
  const n = o.n || R.int(6, 12);
  const towns = pickTowns(R, n);
  const pigS = towns.map(() => R.int(5000, 40000)), pigO = pigS.map((v) => Math.round(v * R.float(1.3, 1.8)));
  const cow = towns.map(() => (R.chance(0.15) ? null : R.int(100, 3000))), sheep = towns.map(() => R.int(500, 12000));
  const poultry = towns.map(() => R.int(50000, 400000) / 1e4);
  const meat = towns.map((_, i) => Math.round(pigO[i] * 0.085 + (cow[i] || 0) * 0.1 + sheep[i] * 0.015 + poultry[i] * 1e4 * 0.0015));
  const cols = [
    { h1: '生猪', h2: '年末存栏（头）', kind: 'sum', vals: pigS, dp: 0 }, { h1: '生猪', h2: '出栏（头）', kind: 'sum', vals: pigO, dp: 0 },
    { h1: '年末牛存栏（头）', kind: 'sum', vals: cow, dp: 0 }, { h1: '年末羊存栏（只）', kind: 'sum', vals: sheep, dp: 0 },
    { h1: '家禽出笼（万羽）', kind: 'sum', vals: poultry, dp: 2 }, { h1: '肉类总产量（吨）', kind: 'sum', vals: meat, dp: 0 },
  ];
  townTable(book, sh, R, { title: o.title || `${Y}年分乡镇畜牧业生产情况`, towns, totalLabel: '全县合计', totalPos: R.chance(0.5) ? 'top' : 'bottom', cols, dash: R.pick(['—', null]) });
};

RX.mainProducts = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['主要农产品产量', 'Sheet1']));
  const g = () => 1 + R.float(-0.08, 0.1);
  const items = [];
  const add = (x) => { x.id = items.length; x.unit = '万吨'; x.dp = 2; items.push(x); return x; };
  const grain = add({ label: '粮食总产量', level: 0, sumOf: [] });
  const early = R.chance(0.4);
  for (const n of early ? ['夏粮', '早稻', '秋粮'] : ['夏粮', '秋粮']) {
    const v = R.int(30000, 250000); const x = add({ label: n, level: 1, cur: v / 1e4, prev: Math.round(v / g()) / 1e4 }); grain.sumOf.push(x.id);
  }
  grain.cur = sumN(grain.sumOf.map((i) => items[i].cur)); grain.prev = sumN(grain.sumOf.map((i) => items[i].prev));
  for (const [n, a, b] of [['油料', 5000, 40000], ['蔬菜及食用菌', 100000, 600000], ['园林水果', 20000, 150000], ['肉类', 20000, 90000], ['禽蛋', 5000, 40000], ['牛奶', 1000, 20000], ['水产品', 10000, 60000]]) {
    const v = R.int(a, b); add({ label: n, level: 0, cur: v / 1e4, prev: Math.round(v / g()) / 1e4 });
  }
  indTable(book, sh, R, { title: o.title || `主要农产品产量`, unitLine: '单位：万吨', years: [Y0, Y], gHead: '比上年增长(%)', growthFrom: R.pick(['true', 'disp']), items, ind: R.pick(['space', 'align']), firstHead: '产品' });
};

RX.arable = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['耕地与灌溉', '分乡镇耕地', 'Sheet1']));
  const n = o.n || R.int(6, 12);
  const towns = pickTowns(R, n);
  const paddy = towns.map(() => R.int(5000, 30000)), dry = towns.map(() => R.int(2000, 25000));
  const tot = towns.map((_, i) => paddy[i] + dry[i]);
  const irr = tot.map((t, i) => Math.min(t, Math.round(paddy[i] + dry[i] * R.float(0.1, 0.6))));
  const cols = [
    { h1: '耕地面积（亩）', h2: '合计', kind: 'sum', vals: tot, dp: 0 }, { h1: '耕地面积（亩）', h2: '水田', kind: 'sum', vals: paddy, dp: 0 },
    { h1: '耕地面积（亩）', h2: '旱地', kind: 'sum', vals: dry, dp: 0 }, { h1: '有效灌溉面积（亩）', kind: 'sum', vals: irr, dp: 0 },
    { h1: '有效灌溉率（%）', kind: 'ratio', num: 3, den: 0, k: 100, k0: 100, dp: 1 },
  ];
  townTable(book, sh, R, { title: o.title || `${Y}年分乡镇耕地和有效灌溉面积`, towns, totalLabel: '全县合计', totalPos: 'top', cols, rowSums: [{ y: 0, x: [1, 2] }], rowLe: [{ y: 0, x: [3] }], note: '注：有效灌溉率=有效灌溉面积÷耕地面积×100%。' });
};

RX.townGrainAvg = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['粮食单产', '分乡镇粮食单产', 'Sheet1']));
  const n = o.n || R.int(6, 12);
  const towns = pickTowns(R, n);
  const wan = R.chance(0.5);
  const A = towns.map(() => R.int(15000, 90000)), O = A.map((a) => Math.round((a * R.int(380, 560)) / 1000));
  const cols = [
    { h1: wan ? '播种面积（万亩）' : '播种面积（亩）', kind: 'sum', vals: wan ? A.map((a) => a / 1e4) : A, dp: wan ? 2 : 0 },
    { h1: wan ? '总产量（万吨）' : '总产量（吨）', kind: 'sum', vals: wan ? O.map((a) => a / 1e4) : O, dp: wan ? 2 : 0 },
    { h1: '亩产（公斤）', kind: 'ratio', num: 1, den: 0, k: 1000, k0: 1000, dp: R.pick([0, 1]) },
  ];
  townTable(book, sh, R, { title: o.title || `${Y}年分乡镇粮食生产`, towns, totalLabel: R.pick(['全县', '全县合计', '合计']), totalPos: R.chance(0.5) ? 'top' : 'bottom', cols, note: '注：全县亩产为全县总产量除以全县播种面积。' });
};

RX.summary = (book, R, o) => {
  // summary sheet of key indicators; o.vals: [{label, unit, dp, cur, prev, src:[ref cur, ref prev]|null}]
  const sh = book.sheet(o.sheet || '主要指标');
  const items = o.vals.map((v, i) => Object.assign({ id: i, level: 0 }, v));
  indTable(book, sh, R, { title: o.title || `${Y}年农业农村主要指标`, unitCol: true, years: [Y0, Y], gHead: '比上年增长(%)', growthFrom: 'true', items, ind: 'none' });
  for (const it of items) if (it.src) {
    book.rel({ t: 'eq', y: sh.ref(it.row, 4), x: it.src });
  }
};

// multi-sheet books
RX.multiA = (book, R) => {
  const s2 = book.sheet('主要指标');
  const cr = RX.crop(book, R, { sheet: '粮食生产', areaU: '亩', outU: '吨', withGrowth: true, prevShown: true });
  const lv = RX.livestock(book, R, { sheet: '畜牧业' });
  const ov = RX.outputValue(book, R, { sheet: '农业产值', unit: '万元' });
  const meat = lv.items.find((x) => x.label === '肉类总产量');
  const tot = ov.items[0];
  const inc = R.int(18000, 24000);
  const vals = [
    { label: '农林牧渔业总产值', unit: '万元', dp: 0, cur: tot.cur, prev: tot.prev, src: ov.sh.ref(tot.row, ov.r.cCur) },
    { label: '肉类总产量', unit: meat.unit, dp: meat.dp, cur: meat.cur, prev: meat.prev, src: lv.sh.ref(meat.row, lv.r.cCur) },
    { label: '农村居民人均可支配收入', unit: '元', dp: 0, cur: inc, prev: Math.round(inc / 1.065) },
  ];
  const g = cr.grain;
  vals.unshift({ label: '粮食总产量', unit: '万吨', dp: 2, cur: g.o / 1e4, prev: g.prevO / 1e4, srcK: [cr.sh.ref(g.row, cr.cO), cr.sh.ref(g.row, cr.cO0)] });
  const items = vals.map((v, i) => Object.assign({ id: i, level: 0 }, v));
  const t = indTable(book, s2, R, { title: `${Y}年农业农村主要指标`, unitCol: true, years: [Y0, Y], gHead: '比上年增长(%)', growthFrom: 'true', items, ind: 'none' });
  for (const it of items) if (it.src) book.rel({ t: 'eq', y: s2.ref(it.row, t.cCur), x: it.src });
  for (const it of items) if (it.srcK) { book.rel({ t: 'eqk', y: s2.ref(it.row, t.cCur), x: it.srcK[0], k: 1e-4 }); book.rel({ t: 'eqk', y: s2.ref(it.row, t.cPrev), x: it.srcK[1], k: 1e-4 }); }
};

RX.multiB = (book, R) => {
  RX.outputValue(book, R, { sheet: '全市产值', unit: '万元', share: true });
  RX.countyValue(book, R, { sheet: '分县区产值' });
  RX.incomeComp(book, R, { sheet: '农村居民收支', withCons: false });
};
RX.multiC = (book, R) => {
  RX.crop(book, R, { sheet: '农作物' });
  RX.townCrop(book, R, { sheet: '分乡镇粮食' });
  RX.ruralPop(book, R, { sheet: '乡村人口' });
};
RX.cropTwoYear = (book, R) => {
  const sh = book.sheet(R.pick(['粮食生产', 'Sheet1']));
  const d = cropData(R, R.pick(['south', 'north']));
  const items = [];
  const add = (x) => { x.id = items.length; items.push(x); return x; };
  const g = () => 1 + R.float(-0.06, 0.08);
  const names = ['稻谷', '小麦', '玉米', '豆类', '薯类', '其他谷物'].filter((n) => d.a[n] !== null);
  const pa = {}, po = {};
  names.forEach((n) => { pa[n] = Math.round(d.a[n] / g()); po[n] = Math.round(d.o[n] / g()); });
  const ga = add({ label: '粮食播种面积', unit: '万亩', dp: 2, level: 0, cur: sumN(names.map((n) => d.a[n])) / 1e4, prev: sumN(names.map((n) => pa[n])) / 1e4 });
  const go = add({ label: '粮食总产量', unit: '万吨', dp: 2, level: 0, cur: sumN(names.map((n) => d.o[n])) / 1e4, prev: sumN(names.map((n) => po[n])) / 1e4 });
  const gy = add({ label: '粮食单产', unit: '公斤/亩', dp: 1, level: 0, ratio: { num: go.id, den: ga.id, k: 1000 } });
  gy.cur = (go.cur / ga.cur) * 1000; gy.prev = (go.prev / ga.prev) * 1000;
  const kids = [];
  names.slice(0, 3).forEach((n, i) => kids.push(add({ label: (i === 0 ? '其中：' : '　　　') + n + '产量', unit: '万吨', dp: 2, level: 1, cur: d.o[n] / 1e4, prev: po[n] / 1e4 })));
  go.partsOf = kids.map((x) => x.id);
  add({ label: '油料产量', unit: '吨', dp: 0, level: 0, cur: d.o.油料, prev: Math.round(d.o.油料 / g()) });
  add({ label: '蔬菜产量', unit: '万吨', dp: 2, level: 0, cur: d.o.蔬菜 / 1e4, prev: Math.round(d.o.蔬菜 / g()) / 1e4 });
  indTable(book, sh, R, { title: `${Y}年粮食及主要农产品生产情况`, unitCol: true, years: [Y0, Y], gHead: '增长（%）', growthFrom: 'true', items, ind: 'none' });
};

RX.transposed2 = (book, R, o = {}) => {
  // crops as columns, years as rows, two blocks (area, output) each with growth row
  const sh = book.sheet(o.sheet || R.pick(['主要粮食作物', '表3', 'Sheet1']));
  const wan = R.chance(0.6);
  const d = cropData(R, R.pick(['south', 'north']));
  const names = ['稻谷', '小麦', '玉米', '豆类', '薯类'].filter((n) => d.a[n] !== null);
  const g = () => 1 + R.float(-0.07, 0.09);
  const A1 = names.map((n) => d.a[n]), O1 = names.map((n) => d.o[n]);
  const A0 = A1.map((v) => Math.round(v / g())), O0 = O1.map((v) => Math.round(v / g()));
  const f = wan ? 1e4 : 1, dp = wan ? 2 : 0;
  const labs = ['粮食作物', ...names];
  let r = 1;
  sh.title(r++, `${Y0}—${Y}年主要粮食作物播种面积和产量`, labs.length + 1);
  if (wan) { sh.put(r, labs.length + 1, '单位：万亩、万吨', { h: 'right' }); r++; }
  hdr(sh, r, 1, '项目'); labs.forEach((l, i) => hdr(sh, r, i + 2, l)); r++;
  const block = (title, v0, v1, unit) => {
    sh.put(r++, 1, wan ? title : `${title}（${unit}）`, { bold: true });
    const t0 = sumN(v0), t1 = sumN(v1);
    const r0 = r, r1 = r + 1, rg = r + 2;
    sh.put(r0, 1, '\u3000' + Y0 + '年'); sh.put(r1, 1, '\u3000' + Y + '年'); sh.put(rg, 1, '\u3000增长（%）');
    [[t0, t1], ...v0.map((x, i) => [x, v1[i]])].forEach(([a, b], i) => {
      sh.num(r0, i + 2, a / f, dp); sh.num(r1, i + 2, b / f, dp); sh.num(rg, i + 2, growth(b, a), 1);
      book.rel({ t: 'growth', y: sh.ref(rg, i + 2), cur: sh.ref(r1, i + 2), prev: sh.ref(r0, i + 2) }); book.cand('growth', sh, rg, i + 2);
      if (i > 0) book.cand('cross', sh, r1, i + 2);
    });
    for (const rr of [r0, r1]) book.rel({ t: 'sum', y: sh.ref(rr, 2), x: v0.map((_, i) => sh.ref(rr, i + 3)) });
    book.cand('total', sh, r1, 2);
    r += 3;
  };
  block('播种面积', A0, A1, '亩'); block('总产量', O0, O1, '吨');
};

RX.townT = (book, R, o = {}) => {
  // towns as columns, indicators as rows; 全县 column first
  const sh = book.sheet(o.sheet || R.pick(['分乡镇主要指标', '乡镇基本情况', 'Sheet1']));
  const n = o.n || R.int(4, 8);
  const towns = pickTowns(R, n);
  const hh = towns.map(() => R.int(3000, 12000)), pop = hh.map((h) => Math.round(h * R.float(2.9, 3.5)));
  const lab_ = pop.map((p) => Math.round(p * R.float(0.5, 0.6))), agr = lab_.map((l) => Math.round(l * R.float(0.4, 0.7)));
  const ga = towns.map(() => R.int(10000, 50000)), go = ga.map((a) => Math.round((a * R.int(380, 560)) / 1000));
  const inc = towns.map(() => R.int(16000, 25000));
  const rows = [
    ['乡村户数（户）', hh, 'sum'], ['乡村人口（人）', pop, 'sum'], ['乡村从业人员（人）', lab_, 'sum'], ['\u3000其中：农林牧渔业', agr, 'sum'],
    ['粮食播种面积（亩）', ga, 'sum'], ['粮食总产量（吨）', go, 'sum'], ['粮食亩产（公斤）', null, 'ratio'], ['农村居民人均可支配收入（元）', inc, 'avg'],
  ];
  let r = 1;
  sh.title(r++, `${Y}年分乡镇农业农村主要指标`, n + 2);
  hdr(sh, r, 1, '指标'); hdr(sh, r, 2, R.pick(['全县', '全县合计'])); towns.forEach((t, i) => hdr(sh, r, i + 3, t)); r++;
  const rowAt = {};
  for (const [label, vals, kind] of rows) {
    rowAt[label] = r;
    sh.put(r, 1, label);
    if (kind === 'sum') {
      sh.num(r, 2, sumN(vals), 0); vals.forEach((v, i) => sh.num(r, i + 3, v, 0));
      book.rel({ t: 'sum', y: sh.ref(r, 2), x: vals.map((_, i) => sh.ref(r, i + 3)) }); book.cand('total', sh, r, 2);
    } else if (kind === 'avg') {
      let s = 0, w = 0; vals.forEach((v, i) => { s += v * pop[i]; w += pop[i]; });
      sh.num(r, 2, s / w, 0); vals.forEach((v, i) => sh.num(r, i + 3, v, 0));
    } else {
      const ra = rowAt['粮食播种面积（亩）'], ro = rowAt['粮食总产量（吨）'];
      [sumN(go) / sumN(ga), ...go.map((v, i) => v / ga[i])].forEach((v, i) => {
        sh.num(r, i + 2, v * 1000, 0);
        book.rel({ t: 'ratio', y: sh.ref(r, i + 2), num: [sh.ref(ro, i + 2)], den: [sh.ref(ra, i + 2)], k: 1000 }); book.cand('ratio', sh, r, i + 2);
      });
    }
    r++;
  }
  for (let c = 2; c <= n + 2; c++) book.rel({ t: 'le', y: sh.ref(rowAt['乡村从业人员（人）'], c), x: [sh.ref(rowAt['\u3000其中：农林牧渔业'], c)] });
  towns.forEach((_, i) => book.cand('cross', sh, rowAt['粮食总产量（吨）'], i + 3));
  sh.put(r, 1, '注：全县农村居民人均可支配收入为全县调查数据，不等于各乡镇之和。');
};

RX.landUse2 = (book, R, o = {}) => {
  // land use with hectares and mu columns and shares
  const sh = book.sheet(o.sheet || R.pick(['土地利用', 'Sheet1']));
  const parts = [['耕地', 20000, 60000], ['园地', 1000, 8000], ['林地', 20000, 90000], ['草地', 300, 5000], ['湿地', 100, 3000], ['城镇村及工矿用地', 5000, 15000], ['交通运输用地', 1000, 5000], ['水域及水利设施用地', 2000, 9000], ['其他土地', 500, 5000]];
  const ha = o.fixed || parts.map(([, a, b]) => R.int(a * 100, b * 100) / 100);
  const tot = rd(sumN(ha), 2);
  const sdp = o.sdp || R.pick([1, 2]);
  let r = 1;
  sh.title(r++, `${o.city ? '全市' : '全县'}土地利用现状（${Y}年末）`, 4);
  hdr(sh, r, 1, '地类'); hdr(sh, r, 2, '面积（公顷）'); hdr(sh, r, 3, '折合（亩）'); hdr(sh, r, 4, '占总面积（%）'); r++;
  const rt = r;
  const put = (label, v, bold) => {
    sh.put(r, 1, label, bold ? { bold: true } : {}); sh.num(r, 2, v, 2); sh.num(r, 3, v * 15, 0); sh.num(r, 4, (v / tot) * 100, sdp);
    book.rel({ t: 'eqk', y: sh.ref(r, 3), x: sh.ref(r, 2), k: 15 });
    if (r !== rt) { book.rel({ t: 'ratio', y: sh.ref(r, 4), num: [sh.ref(r, 2)], den: [sh.ref(rt, 2)], k: 100 }); book.cand('share', sh, r, 4); book.cand('conv', sh, r, 3); }
    r++;
  };
  put('合计', tot, true);
  parts.forEach(([l], i) => put(l, ha[i]));
  sh.num(rt, 4, 100, sdp);
  for (const c of [2, 3]) book.rel({ t: 'sum', y: sh.ref(rt, c), x: parts.map((_, i) => sh.ref(rt + 1 + i, c)) });
  book.rel({ t: 'sumc', c: 100, x: parts.map((_, i) => sh.ref(rt + 1 + i, 4)) });
  book.cand('total', sh, rt, 2);
  sh.put(r, 1, '注：1公顷=15亩。');
};

RX.countyShare = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['分县区产值构成', 'Sheet1']));
  const n = o.n || R.int(4, 9);
  const cs = R.sample(COUNTIES, n);
  const parts = [['农业', 150000, 500000], ['林业', 3000, 30000], ['牧业', 50000, 250000], ['渔业', 5000, 80000], ['服务业', 5000, 30000]];
  const vals = parts.map(([_, a, b]) => cs.map(() => R.int(a, b)));
  const tot = cs.map((_, i) => sumN(vals.map((v) => v[i])));
  const cols = [{ h1: '农林牧渔业总产值（万元）', kind: 'sum', vals: tot, dp: 0 }, { h1: '农业产值（万元）', kind: 'sum', vals: vals[0], dp: 0 }, { h1: '牧业产值（万元）', kind: 'sum', vals: vals[2], dp: 0 },
    { h1: '农业占比（%）', kind: 'share', num: 1, den: 0, dp: 1 }, { h1: '牧业占比（%）', kind: 'share', num: 2, den: 0, dp: 1 }];
  townTable(book, sh, R, { title: `${Y}年各县（市、区）农业和牧业产值`, towns: cs, firstHead: '地区', totalLabel: '全市', totalPos: 'top', cols, rowLe: [{ y: 0, x: [1, 2] }] });
};

RX.stacked = (book, R, o = {}) => {
  // two tables stacked in one sheet: output value, then livestock
  const sh = book.sheet(R.pick(['农业', '农业生产', 'Sheet1']));
  const unit = R.pick(['万元', '亿元']);
  const items = outputValueItems(R, unit, true);
  const t1 = indTable(book, sh, R, { title: `表1  ${Y}年农林牧渔业总产值`, unitLine: `单位：${unit}`, years: [Y0, Y], growthFrom: 'true', items, ind: 'space', share: { head: '构成(%)', dp: 1 }, row: 1 });
  const li = livestockItems(R, true);
  indTable(book, sh, R, { title: `表2  ${Y}年主要畜产品产量`, unitCol: true, years: [Y0, Y], gHead: '增长(%)', growthFrom: 'disp', items: li, ind: 'space', row: t1.next + 1 });
};

RX.cropTwoYear2 = (book, R) => {
  // grain with two decompositions (by season and by crop) and per-capita grain
  const sh = book.sheet(R.pick(['粮食生产', 'Sheet1']));
  const g = () => 1 + R.float(-0.06, 0.08);
  const items = [];
  const add = (x) => { x.id = items.length; items.push(x); return x; };
  const d = cropData(R, 'north');
  const names = ['小麦', '玉米', '稻谷', '豆类', '薯类', '其他谷物'].filter((n) => d.a[n] !== null);
  const po = {}; names.forEach((n) => { po[n] = Math.round(d.o[n] / g()); });
  const tot = sumN(names.map((n) => d.o[n])), ptot = sumN(names.map((n) => po[n]));
  const summer = d.o.小麦 + Math.round(d.o.豆类 * 0.2), psummer = po.小麦 + Math.round(po.豆类 * 0.2);
  const gt = add({ label: '粮食总产量', unit: '吨', dp: 0, level: 0, cur: tot, prev: ptot });
  add({ label: '按季节分', level: 1, header: true });
  const s1 = add({ label: '夏粮', unit: '吨', dp: 0, level: 2, cur: summer, prev: psummer });
  const s2 = add({ label: '秋粮', unit: '吨', dp: 0, level: 2, cur: tot - summer, prev: ptot - psummer });
  gt.sumOf = [s1.id, s2.id];
  add({ label: '按品种分', level: 1, header: true });
  const kids = names.map((n) => add({ label: n, unit: '吨', dp: 0, level: 2, cur: d.o[n], prev: po[n] }));
  const popv = R.int(400000, 1200000), ppop = Math.round(popv / (1 + R.float(-0.01, 0.005)));
  const pop = add({ label: '年末户籍人口', unit: '万人', dp: 2, level: 0, cur: popv / 1e4, prev: ppop / 1e4 });
  const pc = add({ label: '人均粮食占有量', unit: '公斤', dp: 1, level: 0, cur: (tot * 1000) / popv, prev: (ptot * 1000) / ppop, ratio: { num: gt.id, den: pop.id, k: 0.1 } });
  const t = indTable(book, sh, R, { title: `${Y}年粮食生产情况`, unitCol: true, years: [Y0, Y], gHead: '比上年增长(%)', growthFrom: 'disp', items, ind: 'space' });
  for (const col of [t.cPrev, t.cCur]) book.rel({ t: 'sum', y: sh.ref(gt.row, col), x: kids.map((k) => sh.ref(k.row, col)) });
  kids.forEach((k) => book.cand('part', sh, k.row, t.cCur));
  void pc;
};

RX.townWan = (book, R, o = {}) => {
  // many towns, figures in 万 with 2 decimals; rounding errors lean one way (legitimately)
  const sh = book.sheet(o.sheet || R.pick(['分乡镇农业', '乡镇主要农业指标', 'Sheet1']));
  const n = o.n && o.n > 8 ? o.n : R.int(14, 18);
  const towns = pickTowns(R, n);
  const lean = (lo, hi) => { const d = R.int(lo, hi) / 100; return R.chance(0.8) ? d + R.float(0.0030, 0.0049) : d + R.float(-0.0049, 0.0049); };
  const pop = towns.map(() => lean(150, 600) / 100);
  const area = towns.map(() => lean(150, 900) / 100);
  const out = area.map((a) => a * R.float(0.38, 0.56));
  const cols = [
    { h1: '乡村人口（万人）', kind: 'sum', vals: pop, dp: 2 },
    { h1: '粮食播种面积（万亩）', kind: 'sum', vals: area, dp: 2 },
    { h1: '粮食总产量（万吨）', kind: 'sum', vals: out, dp: 2 },
    { h1: '粮食亩产（公斤）', kind: 'ratio', num: 2, den: 1, k: 1000, k0: 1000, dp: 0 },
    { h1: '人均粮食产量（公斤）', kind: 'ratio', num: 2, den: 0, k: 1000, k0: 1000, dp: 0 },
  ];
  townTable(book, sh, R, { title: `${Y}年分乡镇粮食生产和乡村人口`, towns, totalLabel: '全县合计', totalPos: R.chance(0.5) ? 'top' : 'bottom', cols, note: '注：因四舍五入，合计数与分项之和略有出入。' });
};

RX.townFarm = (book, R, o = {}) => {
  // per-town table with a 其中 subset row under the total and a non-town unit (国有农场)
  const sh = book.sheet(o.sheet || R.pick(['分乡镇农作物', 'Sheet1']));
  const n = o.n || R.int(5, 10);
  const towns = pickTowns(R, n);
  towns.push(R.pick(['国有农场', '县良种场', '县农场']));
  const A = towns.map((t, i) => (i === n ? R.int(2000, 8000) : R.int(15000, 60000)));
  const O = A.map((a) => Math.round((a * R.int(380, 560)) / 1000));
  const V = towns.map(() => R.int(3000, 20000));
  const VO = V.map((v) => Math.round((v * R.int(1800, 3800)) / 1000));
  const cols = [
    { h1: '粮食作物', h2: '播种面积（亩）', kind: 'sum', vals: A, dp: 0 }, { h1: '粮食作物', h2: '总产量（吨）', kind: 'sum', vals: O, dp: 0 },
    { h1: '粮食作物', h2: '亩产（公斤）', kind: 'ratio', num: 1, den: 0, k: 1000, k0: 1000, dp: 0 },
    { h1: '蔬菜', h2: '播种面积（亩）', kind: 'sum', vals: V, dp: 0 }, { h1: '蔬菜', h2: '产量（吨）', kind: 'sum', vals: VO, dp: 0 },
  ];
  const sub = R.sample(towns.slice(0, n).map((_, i) => i), R.int(2, 3)).sort((a, b) => a - b);
  townTable(book, sh, R, {
    title: `${Y}年分乡镇粮食和蔬菜生产情况`, towns, totalLabel: '全县合计', totalPos: 'top', cols,
    subset: { label: R.pick(['其中：现代农业园区', '其中：粮食生产功能区']), members: sub },
    note: `注：现代农业园区包括${sub.map((i) => towns[i]).join('、')}。`,
  });
};

RX.yearSheets = (book, R, o = {}) => {
  // the same crop table for two years on two sheets, independent figures
  const opt = { areaU: R.pick(['亩', '公顷']), outU: '吨', withGrowth: false, region: R.pick(['south', 'north']), unitStyle: 'header', numbered: true, grainLevels: false, econFull: R.chance(0.5), note: null, dash: '—' };
  RX.crop(book, R, Object.assign({ sheet: `${Y0}年`, title: `${Y0}年主要农作物播种面积和产量` }, opt));
  RX.crop(book, R, Object.assign({ sheet: `${Y}年`, title: `${Y}年主要农作物播种面积和产量` }, opt));
};

RX.timeSeriesT = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['历年农业', 'Sheet1']));
  const years = []; for (let y = Y - R.int(4, 7); y <= Y; y++) years.push(y);
  let r = 1;
  sh.title(r++, `${years[0]}—${Y}年农业主要指标`, years.length + 2);
  hdr(sh, r, 1, '指标'); hdr(sh, r, 2, '单位'); years.forEach((y, i) => hdr(sh, r, i + 3, y + '年')); r++;
  let area = R.int(500000, 1200000), yl = R.float(380, 460), inc = R.int(14000, 18000), val = R.int(300000, 900000);
  const A = [], O = [], I = [], V = [];
  years.forEach(() => { area = Math.round(area * (1 + R.float(-0.02, 0.02))); yl *= 1 + R.float(-0.03, 0.04); A.push(area); O.push(Math.round((area * yl) / 1000)); inc = Math.round(inc * (1 + R.float(0.04, 0.09))); I.push(inc); val = Math.round(val * (1 + R.float(-0.02, 0.08))); V.push(val); });
  const rA = r, rO = r + 1, rY = r + 2, rG = r + 3, rV = r + 4, rI = r + 5, rIG = r + 6;
  const rows = [[rA, '粮食播种面积', '万亩'], [rO, '粮食总产量', '万吨'], [rY, '粮食单产', '公斤/亩'], [rG, '粮食总产量增长', '%'], [rV, '农林牧渔业总产值', '万元'], [rI, '农村居民人均可支配收入', '元'], [rIG, '农村居民人均可支配收入增长', '%']];
  rows.forEach(([rr, l, u]) => { sh.put(rr, 1, l); sh.put(rr, 2, u, { h: 'center' }); });
  years.forEach((y, i) => {
    const c = i + 3;
    sh.num(rA, c, A[i] / 1e4, 2); sh.num(rO, c, O[i] / 1e4, 2); sh.num(rY, c, (O[i] * 1000) / A[i], 0);
    book.rel({ t: 'ratio', y: sh.ref(rY, c), num: [sh.ref(rO, c)], den: [sh.ref(rA, c)], k: 1000 }); book.cand('ratio', sh, rY, c);
    sh.num(rV, c, V[i], 0); sh.num(rI, c, I[i], 0);
    if (i === 0) { sh.put(rG, c, '—', { h: 'right' }); sh.put(rIG, c, '—', { h: 'right' }); }
    else {
      sh.num(rG, c, growth(O[i], O[i - 1]), 1); book.rel({ t: 'growth', y: sh.ref(rG, c), cur: sh.ref(rO, c), prev: sh.ref(rO, c - 1) }); book.cand('growth', sh, rG, c);
      sh.num(rIG, c, growth(I[i], I[i - 1]), 1); book.rel({ t: 'growth', y: sh.ref(rIG, c), cur: sh.ref(rI, c), prev: sh.ref(rI, c - 1) }); book.cand('growth', sh, rIG, c);
    }
  });
  sh.put(rIG + 1, 1, '注：农林牧渔业总产值按当年价格计算。');
};

RX.landUseSkew = (book, R, o = {}) => {
  // land use with 9 categories whose one-decimal shares add to 99.7-99.8 or 100.2-100.3 (rounding only)
  for (let k = 0; k < 400; k++) {
    const R2 = mkR(R.int(1, 1e9));
    const parts = [20000, 60000, 1000, 8000, 20000, 90000, 300, 5000, 100, 3000, 5000, 15000, 1000, 5000, 2000, 9000, 500, 5000];
    const ha = []; for (let i = 0; i < 9; i++) ha.push(R2.int(parts[2 * i] * 100, parts[2 * i + 1] * 100) / 100);
    const tot = ha.reduce((a, b) => a + b, 0);
    const dev = ha.reduce((a, v) => a + rd((v / tot) * 100, 1), 0) - 100;
    if (Math.abs(dev) >= 0.25) { const b = new Book('x'); void b; return RX.landUse2(book, R2, Object.assign({ fixed: ha, sdp: 1 }, o)); }
  }
  return RX.landUse2(book, R, o);
};

RX.townGroups = (book, R, o = {}) => {
  // per-town table with group subtotals (街道/镇/乡 or county names), optional loose unit, total top or bottom
  const sh = book.sheet(o.sheet || R.pick(['分乡镇', '分区域', 'Sheet1']));
  const style = o.style || R.pick(['kind', 'county', 'kind']);
  let towns, groups;
  if (style === 'county') {
    const cs = R.sample(COUNTIES.slice(2), R.int(2, 3));
    towns = []; groups = [];
    for (const c of cs) { const m = []; for (let k = R.int(2, 4); k > 0; k--) { m.push(towns.length); towns.push(R.pick(TOWNS)); } groups.push({ label: c, members: m }); }
  } else {
    towns = pickTowns(R, R.int(5, 9));
    if (o.numbered) R.__num = true;
    groups = groupsOf(R, towns);
    R.__num = false;
  }
  const loose = o.loose ?? R.chance(0.6);
  if (loose) towns.push(R.pick(['国有农场', '县直', '林场', '开发区']));
  const ga = towns.map(() => R.int(8000, 50000)), go = ga.map((a) => Math.round((a * R.int(380, 560)) / 1000));
  const pop = towns.map(() => R.int(8000, 40000));
  const cols = [
    { h1: '乡村人口（人）', kind: 'sum', vals: pop, dp: 0 },
    { h1: '粮食播种面积（亩）', kind: 'sum', vals: ga, dp: 0 },
    { h1: '粮食总产量（吨）', kind: 'sum', vals: go, dp: 0 },
  ];
  if (R.chance(0.5)) cols.push({ h1: '亩产（公斤）', kind: 'ratio', num: 2, den: 1, k: 1000, k0: 1000, dp: 0 });
  townTable(book, sh, R, {
    title: `${Y}年分${style === 'county' ? '县（市、区）、乡镇' : '乡镇（街道）'}粮食生产`, towns, firstHead: style === 'county' ? '地区' : '乡镇（街道）',
    totalLabel: R.pick(['合计', '全县合计', style === 'county' ? '全市' : '全县']), totalPos: o.totalPos || R.pick(['top', 'bottom']),
    groupPos: style === 'county' ? 'top' : R.pick(['top', 'top', 'bottom']), groups, townIndent: true, cols,
  });
};

RX.villages = (book, R, o = {}) => {
  // 全县 -> some towns expanded into villages (town row is their subtotal), other towns as single rows
  const sh = book.sheet(o.sheet || R.pick(['分乡镇村', 'Sheet1']));
  const tn = pickTowns(R, R.int(3, 5));
  const VIL = ['王庄村', '李湾村', '张集村', '陈楼村', '刘岗村', '周寨村', '赵桥村', '孙圩村', '吴店村', '郑湖村', '何营村', '高台村'];
  const towns = [], groups = [];
  const expand = R.sample(tn.map((_, i) => i), R.int(1, 2));
  tn.forEach((t, i) => {
    if (expand.includes(i)) { const m = []; for (const v of R.sample(VIL, R.int(3, 5))) { m.push(towns.length); towns.push(v); } groups.push({ label: t, members: m, at: i }); }
    else { groups.push({ single: towns.length, at: i }); towns.push(t); }
  });
  // townTable lists groups first then loose units; order loose towns after groups (realistic enough: expanded towns first)
  const hh = towns.map(() => R.int(300, 1500)), pop = hh.map((h) => Math.round(h * R.float(2.8, 3.6)));
  const area = towns.map(() => R.int(1500, 8000));
  const cols = [{ h1: '户数（户）', kind: 'sum', vals: hh, dp: 0 }, { h1: '人口（人）', kind: 'sum', vals: pop, dp: 0 }, { h1: '耕地面积（亩）', kind: 'sum', vals: area, dp: 0 },
    { h1: '人均耕地（亩）', kind: 'ratio', num: 2, den: 1, k: 1, k0: 1, dp: 2 }];
  townTable(book, sh, R, {
    title: `${Y}年分乡镇、村基本情况`, firstHead: '乡镇、村', towns, totalLabel: R.pick(['全县合计', '合计']), totalPos: 'top',
    groups: groups.filter((g) => g.members).map((g) => ({ label: g.label, members: g.members })), townIndent: true, cols,
    note: '注：重点乡镇列出分村数据。',
  });
};

RX.landUse3 = (book, R, o = {}) => {
  const sh = book.sheet(o.sheet || R.pick(['土地利用', 'Sheet1']));
  const v = (a, b) => R.int(a, b);
  const items = [];
  const add = (x) => { x.id = items.length; x.dp = 0; x.shareOf = 0; items.push(x); return x; };
  const tot = add({ label: '土地总面积', level: 0, sumOf: [] });
  const agr = add({ label: '农用地', level: 1, sumOf: [], shareGroup: true });
  const ar = add({ label: '耕地', level: 2, sumOf: [] });
  const arKids = [add({ label: '水田', level: 3, cur: v(5000, 30000) }), add({ label: '水浇地', level: 3, cur: v(2000, 20000) }), add({ label: '旱地', level: 3, cur: v(3000, 25000) })];
  ar.sumOf = arKids.map((x) => x.id); ar.cur = sumN(arKids.map((x) => x.cur));
  const forest = add({ label: '林地', level: 2, cur: v(20000, 80000) });
  const tree = add({ label: '其中：乔木林地', level: 3, cur: Math.round(forest.cur * R.float(0.5, 0.8)) });
  forest.partsOf = [tree.id];
  const gard = add({ label: '园地', level: 2, cur: v(1000, 8000) });
  const grass = add({ label: '草地', level: 2, cur: v(300, 4000) });
  agr.sumOf = [ar.id, forest.id, gard.id, grass.id]; agr.cur = ar.cur + forest.cur + gard.cur + grass.cur;
  const con = add({ label: '建设用地', level: 1, cur: v(5000, 20000), shareGroup: true });
  const un = add({ label: '其他土地', level: 1, cur: v(1000, 9000), shareGroup: true });
  tot.sumOf = [agr.id, con.id, un.id]; tot.cur = agr.cur + con.cur + un.cur;
  indTable(book, sh, R, { title: `${Y}年末土地利用情况`, unitLine: '单位：公顷', years: null, valHead: '面积', firstHead: '地类', share: { head: '占土地总面积(%)', dp: 1 }, items, ind: R.pick(['space', 'align']) });
};

RX.cropPartialCereal = (book, R, o = {}) => {
  // 粮食 = 谷物 + 豆类 + 薯类, 谷物 其中 稻谷、玉米 (partial); sections for 夏粮/秋粮 not summed
  const sh = book.sheet(o.sheet || R.pick(['粮食生产', 'Sheet1']));
  const d = cropData(R, 'south');
  const g = () => 1 + R.float(-0.06, 0.08);
  const items = [];
  const add = (x) => { x.id = items.length; x.unit = x.unit || '吨'; x.dp = 0; items.push(x); return x; };
  const ce = ['稻谷', '小麦', '玉米', '其他谷物'].filter((n) => d.o[n] !== null);
  const po = {}; for (const n of Object.keys(d.o)) if (d.o[n] !== null) po[n] = Math.round(d.o[n] / g());
  const grain = add({ label: '粮食总产量', level: 0, sumOf: [] });
  const cer = add({ label: '谷物', level: 1, cur: sumN(ce.map((n) => d.o[n])), prev: sumN(ce.map((n) => po[n])) });
  const sub = ['稻谷', '玉米'].map((n, i) => add({ label: (i === 0 ? '其中：' : '　　　') + n, level: 2, cur: d.o[n], prev: po[n] }));
  cer.partsOf = sub.map((x) => x.id);
  const bean = add({ label: '豆类', level: 1, cur: d.o.豆类, prev: po.豆类 });
  const tub = add({ label: '薯类', level: 1, cur: d.o.薯类, prev: po.薯类 });
  grain.sumOf = [cer.id, bean.id, tub.id]; grain.cur = cer.cur + bean.cur + tub.cur; grain.prev = cer.prev + bean.prev + tub.prev;
  add({ label: '油料', level: 0, cur: d.o.油料, prev: po.油料 });
  add({ label: '蔬菜', level: 0, cur: d.o.蔬菜, prev: po.蔬菜 });
  add({ label: '瓜果', level: 0, cur: d.o.瓜果, prev: po.瓜果 });
  indTable(book, sh, R, { title: `${Y}年主要农产品产量`, unitLine: '单位：吨', years: [Y0, Y], gHead: '增长(%)', growthFrom: 'disp', items, ind: R.pick(['space', 'align']), firstHead: '产品' });
};

RX.sections = (book, R, o = {}) => {
  // indicator list grouped under section headings without figures
  const sh = book.sheet(o.sheet || R.pick(['农业农村主要指标', 'Sheet1']));
  const g = () => 1 + R.float(-0.05, 0.09);
  const items = [];
  const add = (x) => { x.id = items.length; items.push(x); return x; };
  const mk = (label, unit, dp, cur, level = 1) => add({ label, unit, dp, level, cur, prev: dp ? cur / g() : Math.round(cur / g()) });
  add({ label: '一、种植业', level: 0, header: true });
  const ga = mk('粮食播种面积', '亩', 0, R.int(300000, 900000));
  const go = mk('粮食总产量', '吨', 0, Math.round(ga.cur * R.float(0.38, 0.52)));
  go.prev = Math.round(ga.prev * R.float(0.38, 0.52));
  const gy = add({ label: '粮食单产', unit: '公斤/亩', dp: 0, level: 1, cur: (go.cur / ga.cur) * 1000, prev: (go.prev / ga.prev) * 1000, ratio: { num: go.id, den: ga.id, k: 1000 } });
  void gy;
  mk('油料产量', '吨', 0, R.int(10000, 60000)); mk('蔬菜产量', '万吨', 2, R.int(100000, 600000) / 1e4);
  add({ label: '二、畜牧业', level: 0, header: true });
  mk('生猪出栏', '万头', 2, R.int(200000, 900000) / 1e4); mk('肉类总产量', '吨', 0, R.int(20000, 90000)); mk('禽蛋产量', '吨', 0, R.int(5000, 40000));
  add({ label: '三、渔业', level: 0, header: true });
  mk('水产品产量', '吨', 0, R.int(10000, 60000));
  add({ label: '四、农村居民收入', level: 0, header: true });
  mk('农村居民人均可支配收入', '元', 0, R.int(16000, 26000));
  indTable(book, sh, R, { title: `${Y}年农业农村经济主要指标`, unitCol: true, years: [Y0, Y], gHead: '比上年增长(%)', growthFrom: 'disp', items, ind: R.pick(['space', 'align', 'none']) });
};

RX.avgTown = (book, R, o = {}) => {
  // per-town averages whose 全县 row is a weighted average, numerators/denominators not shown
  const sh = book.sheet(o.sheet || R.pick(['乡镇平均指标', 'Sheet1']));
  const n = o.n && o.n > 4 ? o.n : R.int(6, 12);
  const towns = pickTowns(R, n);
  const hh = towns.map(() => R.int(3000, 12000));
  const pop = hh.map((h) => Math.round(h * R.float(2.8, 3.6)));
  const area = towns.map(() => R.int(10000, 50000));
  const cols = [
    { h1: '乡村户数（户）', kind: 'sum', vals: hh, dp: 0 },
    { h1: R.pick(['户均人口（人）', '平均每户人口（人）', '每户人口（人/户）']), kind: 'avg', w: 0, vals: pop.map((p, i) => p / hh[i]), dp: 2 },
    { h1: R.pick(['户均耕地（亩）', '每户耕地（亩/户）']), kind: 'avg', w: 0, vals: area.map((a, i) => a / hh[i]), dp: 2 },
    { h1: R.pick(['农民人均收入（元）', '农村居民可支配收入（元/人）', '农民收入（元）', '每人平均可支配收入（元）']), kind: 'avg', w: 0, vals: towns.map(() => R.int(15000, 26000)), dp: 0 },
    { h1: R.pick(['粮食亩产（公斤）', '粮食单产（公斤/亩）', '每亩粮食产量（公斤）']), kind: 'avg', w: 0, vals: towns.map(() => R.int(380, 560)), dp: 0 },
  ];
  // weights: per-capita income weighted by population; per-mu yield weighted by area; per-household by households
  cols[3].w = 'pop'; cols[4].w = 'area';
  const W = { pop, area };
  for (const c of cols) if (typeof c.w === 'string') { const w = W[c.w]; const tot = c.vals.reduce((a, v, i) => a + v * w[i], 0) / w.reduce((a, b) => a + b, 0); c.wv = w; c.totFixed = tot; }
  const sh2 = townTable(book, sh, R, {
    title: `${Y}年分乡镇农户平均指标`, towns, totalLabel: R.pick(['全县', '全县合计', '全县平均']), totalPos: R.chance(0.7) ? 'top' : 'bottom', cols,
    note: '注：全县为加权平均数。',
  });
  void sh2;
};

RX.townShare = (book, R, o = {}) => {
  // per-town values and their share of the county total; shares rounded to one decimal
  const sh = book.sheet(o.sheet || R.pick(['分乡镇产值', 'Sheet1']));
  const n = o.n && o.n > 8 ? o.n : R.int(12, 18);
  const towns = pickTowns(R, n);
  const v = towns.map(() => R.int(8000, 60000));
  const gv = towns.map(() => R.int(800, 9000));
  const cols = [
    { h1: '农林牧渔业总产值', h2: '产值（万元）', kind: 'sum', vals: v, dp: 0 }, { h1: '农林牧渔业总产值', h2: '占全县比重(%)', kind: 'shareT', num: 0, dp: 1 },
    { h1: '粮食总产量', h2: '产量（吨）', kind: 'sum', vals: gv, dp: 0 }, { h1: '粮食总产量', h2: '占全县比重(%)', kind: 'shareT', num: 2, dp: 1 },
  ];
  townTable(book, sh, R, { title: `${Y}年分乡镇农林牧渔业总产值和粮食产量`, towns, totalLabel: '全县合计', totalPos: 'top', cols });
};

RX.landUseT = (book, R, o = {}) => {
  // transposed land use: categories across, rows 面积/比重/折合亩
  const sh = book.sheet(o.sheet || R.pick(['土地利用', 'Sheet1']));
  const names = ['耕地', '园地', '林地', '草地', '水域', '建设用地', '其他土地'];
  const rng = [[20000, 60000], [1000, 8000], [20000, 90000], [300, 5000], [2000, 9000], [5000, 15000], [500, 5000]];
  let ha, tot;
  for (let k = 0; k < 300; k++) { ha = rng.map(([a, b]) => R.int(a, b)); tot = sumN(ha); const dev = ha.reduce((s, x) => s + rd((x / tot) * 100, 1), 0) - 100; if (Math.abs(dev) >= 0.15) break; }
  let r = 1;
  sh.title(r++, `${Y}年末土地利用结构`, names.length + 2);
  hdr(sh, r, 1, '项目'); hdr(sh, r, 2, '合计'); names.forEach((nm, i) => hdr(sh, r, i + 3, nm)); r++;
  const rA = r, rS = r + 1, rM = r + 2;
  sh.put(rA, 1, '面积（公顷）'); sh.put(rS, 1, '比重（%）'); sh.put(rM, 1, '折合面积（万亩）');
  [tot, ...ha].forEach((x, i) => {
    const c = i + 2;
    sh.num(rA, c, x, 0); sh.num(rS, c, i === 0 ? 100 : (x / tot) * 100, 1); sh.num(rM, c, (x * 15) / 1e4, 2);
    book.rel({ t: 'eqk', y: sh.ref(rM, c), x: sh.ref(rA, c), k: 15 / 1e4 });
    if (i > 0) { book.rel({ t: 'ratio', y: sh.ref(rS, c), num: [sh.ref(rA, c)], den: [sh.ref(rA, 2)], k: 100 }); book.cand('share', sh, rS, c); book.cand('cross', sh, rA, c); }
  });
  book.rel({ t: 'sum', y: sh.ref(rA, 2), x: ha.map((_, i) => sh.ref(rA, i + 3)) });
  book.rel({ t: 'sumc', c: 100, x: ha.map((_, i) => sh.ref(rS, i + 3)) });
  book.rel({ t: 'sum', y: sh.ref(rM, 2), x: ha.map((_, i) => sh.ref(rM, i + 3)) });
  book.cand('total', sh, rA, 2);
};

RX.formTable = (book, R, o = {}) => {
  // statistical report form: 指标名称 | 代码 | 计量单位 | 本年 | 上年 | 增减% with a 栏次 row (甲 乙 丙 1 2 3)
  const sh = book.sheet(o.sheet || R.pick(['农经基本情况', '表A', 'Sheet1']));
  const g = () => 1 + R.float(-0.05, 0.08);
  const rows = [];
  const add = (label, unit, cur, prev, extra = {}) => { const x = Object.assign({ label, unit, cur, prev: prev === undefined ? Math.round(cur / g()) : prev }, extra); rows.push(x); return x; };
  const hh = add('乡村户数', '户', R.int(40000, 120000));
  const pop = add('乡村人口', '人', Math.round(hh.cur * R.float(2.9, 3.4)));
  const lab_ = add('乡村从业人员', '人', Math.round(pop.cur * R.float(0.5, 0.6)));
  const a1 = add('　其中：农林牧渔业', '人', Math.round(lab_.cur * R.float(0.4, 0.6)));
  const a2 = add('　　　　工业', '人', Math.round(lab_.cur * R.float(0.08, 0.15)));
  a1.prev = Math.min(a1.prev, Math.round(lab_.prev * 0.6)); a2.prev = Math.min(a2.prev, Math.round(lab_.prev * 0.15));
  const inc = add('农村经济总收入', '万元', 0, 0);
  const parts = ['农业收入', '林业收入', '牧业收入', '渔业收入', '工业收入', '其他收入'].map((l) => add('　' + l, '万元', R.int(5000, 90000)));
  inc.cur = sumN(parts.map((x) => x.cur)); inc.prev = sumN(parts.map((x) => x.prev));
  add('农民人均可支配收入', '元', R.int(16000, 25000));
  const codeStyle = R.pick(['seq', 'num']);
  let r = 1;
  sh.title(r++, `${Y}年农村经济基本情况`, 6);
  sh.put(r, 1, '填报单位：县农业农村局'); sh.put(r, 6, `${Y}年`, { h: 'right' }); r++;
  ['指标名称', '代码', '计量单位', '本年', '上年', '比上年增减(%)'].forEach((h, i) => hdr(sh, r, i + 1, h)); r++;
  ['甲', '乙', '丙'].forEach((h, i) => sh.put(r, i + 1, h, { h: 'center' }));
  [1, 2, 3].forEach((k, i) => sh.put(r, i + 4, R.chance(0.5) ? k : String(k), { h: 'center' })); r++;
  rows.forEach((x, i) => {
    x.row = r;
    sh.put(r, 1, x.label);
    sh.put(r, 2, codeStyle === 'seq' ? i + 1 : 100 + (i + 1) * (i < 3 ? 1 : 1), { h: 'center' });
    sh.put(r, 3, x.unit, { h: 'center' });
    sh.num(r, 4, x.cur, 0); sh.num(r, 5, x.prev, 0); sh.num(r, 6, growth(x.cur, x.prev), 1);
    book.rel({ t: 'growth', y: sh.ref(r, 6), cur: sh.ref(r, 4), prev: sh.ref(r, 5) }); book.cand('growth', sh, r, 6);
    r++;
  });
  for (const c of [4, 5]) {
    book.rel({ t: 'sum', y: sh.ref(inc.row, c), x: parts.map((x) => sh.ref(x.row, c)) });
    book.rel({ t: 'le', y: sh.ref(lab_.row, c), x: [sh.ref(a1.row, c), sh.ref(a2.row, c)] });
  }
  book.cand('total', sh, inc.row, 4); parts.forEach((x) => book.cand('part', sh, x.row, 4));
  sh.put(r + 1, 1, '单位负责人：　　　　统计负责人：　　　　填表人：　　　　报出日期：');
};

RX.townCode = (book, R, o = {}) => {
  // per-town table with administrative codes and a 栏次 row
  const sh = book.sheet(o.sheet || R.pick(['分乡镇', 'Sheet1']));
  const n = o.n && o.n > 4 ? o.n : R.int(6, 12);
  const towns = pickTowns(R, n);
  const base = R.pick([341122, 410523, 360722, 430621]) * 1e6;
  let r = 1;
  const hh = towns.map(() => R.int(3000, 12000)), pop = hh.map((h) => Math.round(h * R.float(2.9, 3.5)));
  const ar = towns.map(() => R.int(10000, 50000)), gr = ar.map((a) => Math.round((a * R.int(380, 560)) / 1000));
  const data = [hh, pop, ar, gr];
  const heads = ['乡村户数（户）', '乡村人口（人）', '粮食播种面积（亩）', '粮食总产量（吨）'];
  sh.title(r++, `${Y}年分乡镇农村基本情况`, 6);
  hdr(sh, r, 1, '乡镇'); hdr(sh, r, 2, '行政区划代码'); heads.forEach((h, i) => hdr(sh, r, i + 3, h)); r++;
  sh.put(r, 1, '甲', { h: 'center' }); sh.put(r, 2, '乙', { h: 'center' }); heads.forEach((_, i) => sh.put(r, i + 3, i + 1, { h: 'center' })); r++;
  const rt = r;
  sh.put(r, 1, '全县合计', { bold: true }); sh.put(r, 2, base / 1e3, { h: 'center' });
  data.forEach((d, i) => sh.num(r, i + 3, sumN(d), 0)); r++;
  towns.forEach((t, j) => {
    sh.put(r, 1, t); sh.put(r, 2, base + (j + 1) * 1000 + (t.endsWith('乡') ? 200 : 100), { h: 'center' });
    data.forEach((d, i) => sh.num(r, i + 3, d[j], 0)); r++;
  });
  data.forEach((d, i) => { book.rel({ t: 'sum', y: sh.ref(rt, i + 3), x: towns.map((_, j) => sh.ref(rt + 1 + j, i + 3)) }); book.cand('total', sh, rt, i + 3); });
};

RX.sideBySide = (book, R, o = {}) => {
  // two small tables side by side: crop output (A-D) and livestock (F-I)
  const sh = book.sheet(o.sheet || R.pick(['主要农产品', 'Sheet1']));
  const d = cropData(R, R.pick(['south', 'north']));
  const g = () => 1 + R.float(-0.06, 0.08);
  let r = 1;
  sh.title(r++, `${Y}年主要农产品产量`, 9);
  sh.put(r, 9, '单位：吨', { h: 'right' }); r++;
  ['产品', `${Y0}年`, `${Y}年`, '增长(%)'].forEach((h, i) => { hdr(sh, r, 1 + i, h); hdr(sh, r, 6 + i, h === '产品' ? '产品' : h); });
  r++;
  const left = [['粮食', null], ...['稻谷', '小麦', '玉米', '豆类', '薯类', '其他谷物'].filter((n) => d.o[n] !== null).map((n) => ['　' + n, d.o[n]]), ['油料', d.o.油料], ['蔬菜', d.o.蔬菜]];
  left.forEach((x) => { x[2] = x[1] === null ? null : Math.round(x[1] / g()); });
  const kids = left.filter((x) => x[0].startsWith('　'));
  left[0][1] = sumN(kids.map((x) => x[1])); left[0][2] = sumN(kids.map((x) => x[2]));
  const right = [['肉类', null], ['　猪肉', R.int(20000, 60000)], ['　牛肉', R.int(800, 6000)], ['　羊肉', R.int(500, 4000)], ['　禽肉', R.int(3000, 20000)], ['禽蛋', R.int(5000, 40000)], ['牛奶', R.int(1000, 20000)], ['水产品', R.int(10000, 50000)]];
  right.forEach((x) => { if (x[1] !== null) x[2] = Math.round(x[1] / g()); });
  const rk = right.slice(1, 5);
  right[0][1] = sumN(rk.map((x) => x[1])); right[0][2] = sumN(rk.map((x) => x[2]));
  const r0 = r;
  const put = (list, c0) => list.forEach((x, i) => {
    const rr = r0 + i; sh.put(rr, c0, x[0]); sh.num(rr, c0 + 1, x[2], 0); sh.num(rr, c0 + 2, x[1], 0); sh.num(rr, c0 + 3, growth(x[1], x[2]), 1);
    book.rel({ t: 'growth', y: sh.ref(rr, c0 + 3), cur: sh.ref(rr, c0 + 2), prev: sh.ref(rr, c0 + 1) }); book.cand('growth', sh, rr, c0 + 3);
  });
  put(left, 1); put(right, 6);
  for (const c of [2, 3]) book.rel({ t: 'sum', y: sh.ref(r0, c), x: kids.map((_, i) => sh.ref(r0 + 1 + i, c)) });
  for (const c of [7, 8]) book.rel({ t: 'sum', y: sh.ref(r0, c), x: rk.map((_, i) => sh.ref(r0 + 1 + i, c)) });
  book.cand('total', sh, r0, 3); book.cand('total', sh, r0, 8);
  kids.forEach((_, i) => book.cand('part', sh, r0 + 1 + i, 3)); rk.forEach((_, i) => book.cand('part', sh, r0 + 1 + i, 8));
};

RX.twoLabel = (book, R, o = {}) => {
  // category column merged vertically + item column + unit + years + growth
  const sh = book.sheet(o.sheet || R.pick(['农业生产', 'Sheet1']));
  const g = () => 1 + R.float(-0.06, 0.09);
  const d = cropData(R, R.pick(['south', 'north']));
  const blocks = [
    ['种植业', [['粮食播种面积', '亩', d.a.玉米 + (d.a.稻谷 || 0) + (d.a.小麦 || 0)], ['粮食总产量', '吨', d.o.玉米 + (d.o.稻谷 || 0) + (d.o.小麦 || 0)], ['油料产量', '吨', d.o.油料], ['蔬菜产量', '吨', d.o.蔬菜]]],
    ['畜牧业', [['生猪出栏', '头', R.int(200000, 800000)], ['牛出栏', '头', R.int(5000, 40000)], ['羊出栏', '只', R.int(20000, 150000)], ['肉类总产量', '吨', R.int(20000, 80000)]]],
    ['渔业', [['水产品产量', '吨', R.int(10000, 50000)], ['水产养殖面积', '公顷', R.int(2000, 9000)]]],
  ];
  let r = 1;
  sh.title(r++, `${Y}年农业生产主要指标`, 6);
  ['类别', '指标', '单位', `${Y0}年`, `${Y}年`, '增长(%)'].forEach((h, i) => hdr(sh, r, i + 1, h)); r++;
  for (const [cat, list] of blocks) {
    sh.put(r, 1, cat, { h: 'center', wrap: true }); sh.merge(r, 1, r + list.length - 1, 1);
    for (const [l, u, v] of list) {
      const pv = Math.round(v / g());
      sh.put(r, 2, l); sh.put(r, 3, u, { h: 'center' }); sh.num(r, 4, pv, 0); sh.num(r, 5, v, 0); sh.num(r, 6, growth(v, pv), 1);
      book.rel({ t: 'growth', y: sh.ref(r, 6), cur: sh.ref(r, 5), prev: sh.ref(r, 4) }); book.cand('growth', sh, r, 6);
      r++;
    }
  }
};

// ---------------------------------------------------------------- planting
function plantBook(book, R, kinds) {
  for (const kind of kinds) {
    const cands = book.cands.filter((c) => c.kind === kind && typeof book.findCell(c.sheet, c.cell).v === 'number' && book.findCell(c.sheet, c.cell).v !== 0);
    if (!cands.length) continue;
    const c = R.pick(cands);
    const cell = book.findCell(c.sheet, c.cell);
    const v = cell.v, dp = cell.o.dp || 0;
    const s = R.chance(0.5) ? 1 : -1;
    let nv, note;
    if (kind === 'growth') { nv = rd(v + s * R.float(3, 7), dp); note = `growth ${v} -> ${nv}`; }
    else if (kind === 'share') { nv = rd(Math.max(0.1, v + (v < 5 ? 1 : s) * R.float(2, 5)), dp); note = `share ${v} -> ${nv}`; }
    else if (kind === 'ratio') { nv = rd(v * (1 + s * R.float(0.12, 0.3)), dp); note = `derived ratio ${v} -> ${nv}`; }
    else if (kind === 'sub') {
      const whole = book.findCell(c.sheet, addr(c.r, c.whole)).v; nv = rd(whole * R.float(1.1, 1.3), dp); note = `其中 part ${v} -> ${nv} exceeds whole ${whole}`;
    } else {
      let d = Math.abs(v) * R.float(0.08, 0.25); d = Math.max(d, 40 * 10 ** -dp);
      nv = rd(v + s * d, dp); if (nv <= 0) nv = rd(v + d, dp); note = `${kind} ${v} -> ${nv}`;
    }
    cell.v = nv;
    return { sheet: c.sheet, cell: c.cell, note };
  }
  return null;
}

// ---------------------------------------------------------------- main
const CASES = [
  ['c01_crop_mu', 'crop', { areaU: '亩', outU: '吨', unitStyle: 'header', numbered: true, grainLevels: true, econFull: false, region: 'south', withGrowth: false }, 'total'],
  ['c02_crop_wanmu', 'crop', { areaU: '万亩', outU: '万吨', unitStyle: 'line', region: 'north', econFull: true, withGrowth: true }, 'part'],
  ['c03_crop_ha', 'crop', { areaU: '公顷', outU: '吨', yU: '公斤/公顷', grainLevels: false, withGrowth: false }, null],
  ['c04_crop_kha', 'crop', { areaU: '千公顷', outU: '万吨', yU: '公斤/亩', withGrowth: true, city: true }, null],
  ['c05_livestock', 'livestock', {}, 'part'],
  ['c06_outval_wan', 'outputValue', { unit: '万元', share: true }, 'share'],
  ['c07_outval_yi', 'outputValue', { unit: '亿元', share: true }, null],
  ['c08_ruralpop', 'ruralPop', { two: true }, 'cross'],
  ['c09_income_town', 'incomeTown', {}, 'growth'],
  ['c10_income_comp', 'incomeComp', {}, null],
  ['c11_landuse', 'landUse', {}, 'total'],
  ['c12_inputs', 'inputs', {}, null],
  ['c13_fishery', 'fishery', {}, null],
  ['c14_towncrop', 'townCrop', {}, 'cross'],
  ['c15_transposed', 'transposed', {}, 'ratio'],
  ['c16_timeseries', 'timeSeries', {}, 'growth'],
  ['c17_countyvalue', 'countyValue', {}, 'cross'],
  ['c18_townlivestock', 'townLivestock', {}, null],
  ['c19_multiA', 'multiA', {}, 'total'],
  ['c20_multiB', 'multiB', {}, null],
  ['c21_croptwoyear', 'cropTwoYear', {}, null],
  ['c22_grainavg', 'townGrainAvg', {}, null],
  ['c23_ruralpop2', 'ruralPop', { two: false, n: 12 }, 'sub'],
  ['c24_mainproducts', 'mainProducts', {}, null],
  ['c25_arable', 'arable', {}, null],
  ['c26_multiC', 'multiC', {}, null],
  ['c27_crop_wanmu_south', 'crop', { areaU: '万亩', outU: '万吨', region: 'south', grainLevels: true, econFull: false, withGrowth: false }, null],
  ['c28_livestock2', 'livestock', { small: true }, null],
  ['c29_landuse2', 'landUse', {}, null],
  ['c30_grainavg2', 'townGrainAvg', { n: 14 }, null],
  ['c31_transposed2', 'transposed2', {}, 'cross'],
  ['c32_townT', 'townT', { n: 7 }, null],
  ['c33_landuse_mu', 'landUse2', {}, null],
  ['c34_countyshare', 'countyShare', {}, null],
  ['c35_stacked', 'stacked', {}, null],
  ['c36_grain_seasons', 'cropTwoYear2', {}, null],
  ['c37_ruralpop_groups', 'ruralPop', { groups: true, n: 10, migrant: true }, null],
  ['c38_outval_comparable', 'outputValue', { comparable: true, unit: '亿元', share: true }, null],
  ['c39_inputs_pp', 'inputs', { pp: true }, null],
  ['c40_townwan', 'townWan', {}, null],
  ['c41_townfarm', 'townFarm', {}, 'cross'],
  ['c42_yearsheets', 'yearSheets', {}, null],
  ['c43_timeseriesT', 'timeSeriesT', {}, null],
  ['c44_landuse_skew', 'landUseSkew', {}, null],
  ['c45_outval_header_cmp', 'outputValue', { comparable: true, cmpStyle: 'header', unit: '万元', share: false }, null],
  ['c46_outval_revised', 'outputValue', { comparable: true, cmpStyle: 'revised', unit: '万元', share: true }, null],
  ['c47_towngroups_county', 'townGroups', { style: 'county', totalPos: 'top' }, 'subtotal'],
  ['c48_villages', 'villages', {}, null],
  ['c49_landuse3', 'landUse3', {}, 'part'],
  ['c50_cereal_partial', 'cropPartialCereal', {}, null],
  ['c51_sections', 'sections', {}, null],
  ['c52_avgtown', 'avgTown', {}, null],
  ['c53_townshare', 'townShare', {}, 'share'],
  ['c54_landuseT', 'landUseT', {}, null],
  ['c55_form', 'formTable', {}, 'part'],
  ['c56_towncode', 'townCode', {}, null],
  ['c57_sidebyside', 'sideBySide', {}, null],
  ['c58_twolabel', 'twoLabel', {}, null],
  ['c59_outval_pct', 'outputValue', { pct: true, share: true, unit: '万元' }, 'share'],
  ['c60_crop_formulas', 'crop', { formulas: true, areaU: '亩', outU: '吨', withGrowth: true, prevShown: true }, null],
  ['c61_towngroups_num', 'townGroups', { style: 'kind', loose: true, totalPos: 'top' }, null],
];

async function build(file, recipe, seed, o, plantKinds, textNums, extra = {}) {
  const R = mkR(seed);
  const book = new Book(file);
  book.textNums = textNums || null;
  book.pct = !!(o.pct || extra.pct); book.formulas = !!(o.formulas || extra.formulas) && !plantKinds;
  RX[recipe](book, R, Object.assign({}, o));
  let planted = null;
  if (plantKinds) planted = plantBook(book, mkR(seed * 7 + 3), plantKinds);
  await book.write(path.join(__dirname, file));
  return { book, planted };
}

async function main() {
  fs.mkdirSync(path.join(__dirname, 'cases'), { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'probe'), { recursive: true });
  const manifest = [], rels = {};
  let seed = 1000;
  const KEEP_PLANT = new Set(['c01', 'c02', 'c05', 'c09', 'c14', 'c15', 'c16', 'c19', 'c23', 'c31', 'c47', 'c53', 'c55', 'c59', 'c41']);
  const KEEP_CLEAN = new Set(['c04', 'c32', 'c37', 'c38', 'c39', 'c40', 'c42', 'c43', 'c44', 'c45', 'c46', 'c48', 'c50', 'c51', 'c52', 'c56', 'c57', 'c58', 'c60', 'c61']);
  for (const [name, recipe, o, pk0] of CASES) {
    seed += 17;
    const id = name.slice(0, 3);
    if (!KEEP_PLANT.has(id) && !KEEP_CLEAN.has(id)) continue;
    const pk = KEEP_PLANT.has(id) ? pk0 : null;
    const f = `cases/${name}.xlsx`;
    const { book } = await build(f, recipe, seed, o, null);
    manifest.push({ file: f, planted: null }); rels[f] = book.rels;
    if (pk) {
      const fe = `cases/${name}_err.xlsx`;
      const kinds = [pk, 'total', 'part', 'growth', 'ratio', 'cross'];
      const { book: b2, planted } = await build(fe, recipe, seed, o, kinds);
      manifest.push({ file: fe, planted: { sheet: planted.sheet, cell: planted.cell }, note: planted.note }); rels[fe] = b2.rels;
    }
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  // probes
  const pm = [];
  const PR = mkR(4242);
  const probeRecipes = ['crop', 'crop', 'crop', 'livestock', 'outputValue', 'outputValue', 'ruralPop', 'incomeTown', 'incomeComp', 'landUse', 'inputs', 'fishery', 'townCrop', 'transposed', 'timeSeries', 'countyValue', 'townLivestock', 'cropTwoYear', 'townGrainAvg', 'mainProducts', 'arable', 'transposed2', 'townT', 'landUse2', 'countyShare', 'stacked', 'cropTwoYear2', 'ruralPop', 'townWan', 'townFarm', 'yearSheets', 'timeSeriesT', 'landUseSkew', 'livestock', 'townGroups', 'townGroups', 'villages', 'landUse3', 'cropPartialCereal', 'sections', 'avgTown', 'townShare', 'landUseT', 'formTable', 'townCode', 'sideBySide', 'twoLabel'];
  const kindsFor = { crop: ['total', 'part', 'ratio', 'total2'], livestock: ['part', 'total', 'growth'], outputValue: ['share', 'total', 'part', 'growth'], ruralPop: ['cross', 'total', 'sub'], incomeTown: ['growth', 'total'], incomeComp: ['part', 'total', 'growth'], landUse: ['total', 'share', 'part'], inputs: ['part', 'total', 'growth'], fishery: ['total', 'part', 'growth'], townCrop: ['cross', 'total', 'rowtotal'], transposed: ['ratio', 'total', 'cross'], timeSeries: ['ratio', 'growth'], countyValue: ['cross', 'total', 'rowtotal'], townLivestock: ['total'], cropTwoYear: ['ratio', 'growth', 'part'], townGrainAvg: ['ratio', 'total'], mainProducts: ['part', 'total', 'growth'], arable: ['cross', 'ratio', 'total'], transposed2: ['cross', 'growth', 'total'], townT: ['cross', 'total', 'ratio'], landUse2: ['share', 'conv', 'total'], countyShare: ['ratio', 'total'], stacked: ['share', 'part', 'growth'], cropTwoYear2: ['part', 'growth', 'total'], townWan: ['total', 'ratio'], townFarm: ['cross', 'total'], yearSheets: ['total', 'part'], timeSeriesT: ['ratio', 'growth'], landUseSkew: ['share', 'total'], townGroups: ['subtotal'], villages: ['subtotal', 'total'], landUse3: ['part', 'total', 'share'], cropPartialCereal: ['part', 'growth'], sections: ['growth', 'ratio'], avgTown: ['total'], townShare: ['share', 'total'], landUseT: ['share', 'cross', 'total'], formTable: ['part', 'total', 'growth'], townCode: ['total'], sideBySide: ['part', 'total', 'growth'], twoLabel: ['growth'] };
  for (let i = 0; i < 100; i++) {
    const recipe = probeRecipes[i % probeRecipes.length];
    const plant = PR.chance(0.27);
    const s = 50000 + i * 31;
    const f = `probe/p${String(i).padStart(2, '0')}_${recipe}.xlsx`;
    const o = { n: PR.int(3, 8), small: true, groups: recipe === 'ruralPop' && PR.chance(0.5), comparable: recipe === 'outputValue' && PR.chance(0.3), numbered: recipe === 'townGroups' && PR.chance(0.5) };
    const kinds = plant ? PR.shuffle(kindsFor[recipe]) : null;
    const tn = PR.chance(0.12) ? PR.pick(['plain', 'comma', 'uminus']) : null;
    const extra = { pct: PR.chance(0.15), formulas: PR.chance(0.2) };
    const { book, planted } = await build(f, recipe, s, o, kinds, tn, extra);
    pm.push(planted ? { file: f, planted: { sheet: planted.sheet, cell: planted.cell }, note: planted.note } : { file: f, planted: null });
    rels[f] = book.rels;
  }
  fs.writeFileSync(path.join(__dirname, 'probe/manifest.json'), JSON.stringify(pm, null, 1));
  fs.writeFileSync(path.join(__dirname, 'relations.json'), JSON.stringify(rels));
  console.log('cases', manifest.length, 'planted', manifest.filter((m) => m.planted).length, 'probes', pm.length, 'planted', pm.filter((m) => m.planted).length);
}
main().catch((e) => { console.error(e); process.exit(1); });
