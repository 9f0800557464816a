// gen2: yearbook chapter workbooks: 目录, 说明, then 8-10 table sheets of different kinds
const L = require('./lib');
const { rnd, sum, rate, growth, Book } = L;
const w = (x) => rnd(x / 1e4, 2); // persons -> 万人, 2 decimals

function toc(s, title, items) {
  s.title(1, title, 3);
  s.put(2, 1, '目　　录', { bold: true, center: true }); s.merge(2, 1, 2, 3);
  items.forEach(([no, name, page], i) => { s.put(3 + i, 1, no); s.put(3 + i, 2, name); s.put(3 + i, 3, page); });
  s.width(1, 8); s.width(2, 44); s.width(3, 8);
}
function notes(s, title, paras) {
  s.put(1, 1, title, { bold: true });
  paras.forEach((p, i) => s.put(2 + i, 1, p));
  s.width(1, 120);
}

async function g05() {
  const r = L.rng(205);
  const b = new Book('g05_章节工作簿_人口与就业.xlsx');
  const items = [['3-1', '人口主要指标', 62], ['3-2', '各市人口自然变动情况（2024年）', 63], ['3-3', '人口年龄构成', 64], ['3-4', '按三次产业分就业人员', 65],
    ['3-5', '按登记注册类型分城镇非私营单位就业人员', 66], ['3-6', '分行业城镇非私营单位就业人员平均工资', 67], ['3-7', '城乡居民人均收支', 68],
    ['3-8', '各市户数和户均人口（2024年）', 69], ['3-9', '各市城镇化率（2024年）', 70], ['3-10', '各市户籍人口变动（2024年）', 71]];
  toc(b.sheet('目录'), '第三章　人口与就业', items);
  notes(b.sheet('说明'), '简要说明', [
    '一、本章主要反映全省人口总量、构成、自然变动和就业、工资情况。',
    '二、常住人口数据为人口变动情况抽样调查推算数，2020年为第七次全国人口普查数。',
    '三、城镇化率为城镇常住人口占常住人口的比重；户均人口为常住人口与家庭户户数之比。',
    '四、2024年末全省常住人口为2345.67万人，比上年末减少3.21万人；人口出生率6.85‰。（以上为示意文字）',
    '五、平均工资指城镇非私营单位就业人员在一定时期内平均每人所得的货币工资额，合计为按平均人数加权计算。',
    '六、本章部分数据因四舍五入，总计与分项合计略有出入，未作机械调整。']);
  const cities = L.placeNames(r, 9, '市');
  // 3-1
  {
    const s = b.sheet('3-1');
    s.title(1, '3-1  人口主要指标', 8);
    L.header(s, 2, 1, ['年　份', '年末常住人口（万人）', '城镇', '乡村', '城镇化率（%）', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）']);
    let pop = 23_100_000, ur = 0.52;
    for (let y = 2015; y <= 2024; y++) {
      pop += r.int(-60000, 90000); ur += r.real(0.008, 0.016);
      const urb = Math.round(pop * ur);
      const P = w(pop), U = w(urb), R = w(pop - urb);
      const br = rnd(r.real(6, 12), 2), dr = rnd(r.real(6.5, 8.5), 2);
      s.row(3 + y - 2015, 1, [String(y), P, U, R, rate(U, P, 2), br, dr, rnd(br - dr, 2)], [null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
    }
  }
  // 3-2
  {
    const s = b.sheet('3-2');
    s.title(1, '3-2  各市人口自然变动情况（2024年）', 8);
    L.header(s, 2, 1, ['地　区', '年末常住人口（万人）', '年平均人口（万人）', '出生人口（人）', '死亡人口（人）', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）']);
    const rows = cities.map((n) => { const p = r.int(900000, 4500000); const avg = p + r.int(-8000, 8000); return { n, p, avg, bi: Math.round(avg * r.real(0.006, 0.011)), de: Math.round(avg * r.real(0.0065, 0.0085)) }; });
    const tot = { n: '全　省', p: sum(rows.map((x) => x.p)), avg: sum(rows.map((x) => x.avg)), bi: sum(rows.map((x) => x.bi)), de: sum(rows.map((x) => x.de)) };
    [tot, ...rows].forEach((x, i) => {
      const A = w(x.avg); const br = rnd(x.bi / (A * 1e4) * 1000, 2), dr = rnd(x.de / (A * 1e4) * 1000, 2);
      s.row(3 + i, 1, [x.n, w(x.p), A, x.bi, x.de, br, dr, rnd(br - dr, 2)], [null, '0.00', '0.00', '#,##0', '#,##0', '0.00', '0.00', '0.00']);
    });
  }
  // 3-3
  {
    const s = b.sheet('3-3');
    s.title(1, '3-3  人口年龄构成', 9);
    L.header(s, 2, 1, ['年　份', '年末常住人口（万人）', '0-14岁', '15-64岁', '65岁及以上', '0-14岁比重（%）', '15-64岁比重（%）', '65岁及以上比重（%）', '总抚养比（%）']);
    for (let y = 2020; y <= 2024; y++) {
      const a = r.int(3_000_000, 3_600_000), bb = r.int(15_500_000, 16_500_000), c = r.int(3_200_000, 4_000_000);
      const A = w(a), B = w(bb), C = w(c), T = w(a + bb + c);
      s.row(3 + y - 2020, 1, [String(y), T, A, B, C, rate(A, T, 1), rate(B, T, 1), rate(C, T, 1), rate(A + C, B, 1)], [null, '0.00', '0.00', '0.00', '0.00', '0.0', '0.0', '0.0', '0.0']);
    }
  }
  // 3-4
  let s34;
  {
    const s = s34 = b.sheet('3-4');
    s.title(1, '3-4  按三次产业分就业人员', 8);
    L.header(s, 2, 1, ['年　份', '就业人员（万人）', null, null, null, '构成（%）', null, null]); s.merge(2, 2, 2, 5); s.merge(2, 6, 2, 8); s.merge(2, 1, 3, 1);
    L.header(s, 3, 2, ['合计', '第一产业', '第二产业', '第三产业', '第一产业', '第二产业', '第三产业']);
    for (let y = 2018; y <= 2024; y++) {
      const p = [r.int(3_000_000, 3_600_000), r.int(3_600_000, 4_200_000), r.int(5_500_000, 6_800_000)];
      const P = p.map(w); const T = w(sum(p));
      s.row(4 + y - 2018, 1, [String(y), T, ...P, ...P.map((x) => rate(x, T, 1))], [null, '0.00', '0.00', '0.00', '0.00', '0.0', '0.0', '0.0']);
    }
  }
  // 3-5
  let s35;
  {
    const s = s35 = b.sheet('3-5');
    s.title(1, '3-5  按登记注册类型分城镇非私营单位就业人员', 4);
    s.put(2, 4, '单位：人', { right: true });
    L.header(s, 3, 1, ['项　目', '2022年', '2023年', '2024年']);
    const labels = ['国有单位', '城镇集体单位', '其他单位', '　其中：有限责任公司', '　　　　股份有限公司', '　　　　港澳台商投资单位', '　　　　外商投资单位'];
    const data = [0, 1, 2].map(() => {
      const st = r.int(1_200_000, 1_500_000), co = r.int(40_000, 70_000);
      const sub = [r.int(900_000, 1_200_000), r.int(300_000, 450_000), r.int(60_000, 90_000), r.int(80_000, 120_000)];
      const oth = sum(sub) + r.int(20_000, 60_000);
      return [st + co + oth, st, co, oth, ...sub];
    });
    s.put(4, 1, '合　计', { bold: true });
    labels.forEach((t, i) => s.put(5 + i, 1, t));
    for (let j = 0; j < 3; j++) data[j].forEach((v, i) => s.put(4 + i, 2 + j, v, '#,##0'));
  }
  // 3-6
  {
    const s = b.sheet('3-6');
    s.title(1, '3-6  分行业城镇非私营单位就业人员平均工资', 4);
    s.put(2, 4, '单位：元', { right: true });
    L.header(s, 3, 1, ['行　业', '2023年', '2024年', '2024年比上年增长（%）']);
    const inds = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '教育', '卫生和社会工作', '公共管理、社会保障和社会组织'];
    const rows = inds.map((n) => { const emp = r.int(20000, 400000); const w23 = r.int(55000, 190000); const w24 = Math.round(w23 * r.real(1.01, 1.09)); return { n, emp, w23, w24 }; });
    const E = sum(rows.map((x) => x.emp));
    const tot = { n: '合　计', w23: Math.round(sum(rows.map((x) => x.emp * x.w23)) / E), w24: Math.round(sum(rows.map((x) => x.emp * x.w24)) / E) };
    [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, [x.n, x.w23, x.w24, growth(x.w24, x.w23, 1)], [null, '#,##0', '#,##0', '0.0']));
  }
  // 3-7
  {
    const s = b.sheet('3-7');
    s.title(1, '3-7  城乡居民人均收支', 6);
    s.put(2, 6, '单位：元', { right: true });
    L.header(s, 3, 1, ['指　标', '2021年', '2022年', '2023年', '2024年', '2024年比上年增长（%）']);
    let y = 4;
    for (const [grp, base] of [['城镇居民', 42000], ['农村居民', 17000], ['全体居民', 30000]]) {
      s.put(y++, 1, grp, { bold: true });
      const yrs = [0, 1, 2, 3].map((k) => {
        const f = 1 + 0.06 * k;
        const comp = [Math.round(base * 0.58 * f * r.real(0.98, 1.02)), Math.round(base * 0.17 * f * r.real(0.98, 1.02)), Math.round(base * 0.09 * f * r.real(0.98, 1.02)), Math.round(base * 0.16 * f * r.real(0.98, 1.02))];
        return [sum(comp), ...comp, Math.round(sum(comp) * r.real(0.62, 0.72))];
      });
      ['人均可支配收入', '　工资性收入', '　经营净收入', '　财产净收入', '　转移净收入', '人均消费支出'].forEach((t, i) => {
        s.row(y, 1, [t, ...yrs.map((v) => v[i]), growth(yrs[3][i], yrs[2][i], 1)], [null, '#,##0', '#,##0', '#,##0', '#,##0', '0.0']);
        y++;
      });
    }
  }
  // 3-8
  {
    const s = b.sheet('3-8');
    s.title(1, '3-8  各市户数和户均人口（2024年）', 4);
    L.header(s, 2, 1, ['地　区', '家庭户户数（万户）', '家庭户人口（万人）', '户均人口（人/户）']);
    const rows = cities.map((n) => { const hh = r.int(300000, 1500000); return { n, hh, p: Math.round(hh * r.real(2.4, 3.1)) }; });
    const tot = { n: '全　省', hh: sum(rows.map((x) => x.hh)), p: sum(rows.map((x) => x.p)) };
    [tot, ...rows].forEach((x, i) => { const H = w(x.hh), P = w(x.p); s.row(3 + i, 1, [x.n, H, P, rnd(P / H, 2)], [null, '0.00', '0.00', '0.00']); });
  }
  // 3-9
  {
    const s = b.sheet('3-9');
    s.title(1, '3-9  各市城镇化率（2024年）', 6);
    L.header(s, 2, 1, ['地　区', '常住人口（万人）', '城镇人口（万人）', '城镇化率（%）', '上年城镇化率（%）', '比上年提高（百分点）']);
    const rows = cities.map((n) => { const p = r.int(900000, 4500000); const u = Math.round(p * r.real(0.45, 0.8)); const p0 = p + r.int(-20000, 20000); const u0 = Math.round(u * r.real(0.97, 0.995)); return { n, p, u, p0, u0 }; });
    const tot = { n: '全　省' }; ['p', 'u', 'p0', 'u0'].forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
    [tot, ...rows].forEach((x, i) => { const P = w(x.p), U = w(x.u); const c = rate(U, P, 2), pr = rate(w(x.u0), w(x.p0), 2); s.row(3 + i, 1, [x.n, P, U, c, pr, rnd(c - pr, 2)], [null, '0.00', '0.00', '0.00', '0.00', '0.00']); });
  }
  // 3-10
  {
    const s = b.sheet('3-10');
    s.title(1, '3-10  各市户籍人口变动（2024年）', 7);
    s.put(2, 7, '单位：人', { right: true });
    L.header(s, 3, 1, ['地　区', '年初户籍人口', '出生', '死亡', '迁入', '迁出', '年末户籍人口']);
    const rows = cities.map((n) => { const a = r.int(1_000_000, 5_000_000); const bi = Math.round(a * r.real(0.006, 0.01)), de = Math.round(a * r.real(0.006, 0.009)), mi = r.int(8000, 40000), mo = r.int(8000, 40000); return [n, a, bi, de, mi, mo, a + bi - de + mi - mo]; });
    const tot = ['全　省', ...[1, 2, 3, 4, 5, 6].map((k) => sum(rows.map((x) => x[k])))];
    [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, x, '#,##0'));
  }
  void s34;
  b.setPlant(s35, 5, 3, 'part (国有单位 2023年; breaks 合计 = 国有+集体+其他单位)', '+7%');
  await L.save(b, 'gen2');
}

async function g06() {
  const r = L.rng(206);
  const b = new Book('g06_章节工作簿_农业.xlsx');
  const items = [['8-1', '农林牧渔业总产值', 151], ['8-2', '农林牧渔业总产值指数', 152], ['8-3', '主要农作物播种面积', 153], ['8-4', '主要农产品产量', 154],
    ['8-5', '主要农作物单位面积产量（2024年）', 155], ['8-6', '主要畜产品产量及年末存栏', 156], ['8-7', '各县（市、区）农林牧渔业总产值（2024年）', 157], ['8-8', '农业机械年末拥有量', 158]];
  toc(b.sheet('目录'), '八、农业', items);
  notes(b.sheet('说明'), '主要统计指标解释', [
    '农林牧渔业总产值：以货币表现的农、林、牧、渔业全部产品和对农林牧渔业生产活动进行的各种支持性服务活动的价值总量。',
    '总产值按当年价格计算，指数按可比价格计算。',
    '单位面积产量：指在报告期内单位播种面积上生产的某种农作物产品产量，按公斤/公顷计算。',
    '肉类总产量包括猪、牛、羊、禽肉及其他肉类产量。']);
  const years = [2020, 2021, 2022, 2023, 2024];
  // 8-1 (亿元, parts generated at 0.01 so totals are exact)
  const gv = {};
  {
    const s = b.sheet('8-1');
    s.title(1, '8-1  农林牧渔业总产值', 7);
    s.put(2, 7, '单位：亿元', { right: true });
    L.header(s, 3, 1, ['年　份', '农林牧渔业总产值', '农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动']);
    years.forEach((y, i) => {
      const p = [r.int(250000, 300000) / 100 * (1 + 0.05 * i), r.int(15000, 20000) / 100 * (1 + 0.04 * i), r.int(120000, 160000) / 100 * (1 + 0.03 * i), r.int(30000, 40000) / 100 * (1 + 0.04 * i), r.int(15000, 20000) / 100 * (1 + 0.06 * i)].map((x) => rnd(x, 2));
      gv[y] = rnd(sum(p), 2);
      s.row(4 + i, 1, [String(y), gv[y], ...p], '0.00');
    });
  }
  // 8-2 indices (上年=100), not additive
  {
    const s = b.sheet('8-2');
    s.title(1, '8-2  农林牧渔业总产值指数', 6);
    s.put(2, 6, '上年=100', { right: true });
    L.header(s, 3, 1, ['年　份', '农林牧渔业总产值', '农业', '林业', '牧业', '渔业']);
    years.forEach((y, i) => s.row(4 + i, 1, [String(y), ...[0, 1, 2, 3, 4].map(() => rnd(r.real(97, 108), 1))], '0.0'));
  }
  // 8-3 area hierarchy (公顷), complete
  const area = {};
  {
    const s = b.sheet('8-3');
    s.title(1, '8-3  主要农作物播种面积', 6);
    s.put(2, 6, '单位：千公顷', { right: true });
    L.header(s, 3, 1, ['指　标', ...years.map((y) => y + '年')]);
    const labs = ['农作物总播种面积', '粮食作物', '　谷物', '　　稻谷', '　　小麦', '　　玉米', '　豆类', '　薯类', '油料', '　其中：花生', '　　　　油菜籽', '蔬菜', '其他农作物'];
    years.forEach((y, j) => {
      const rice = r.int(9000, 11000) / 10, wheat = r.int(2000, 3000) / 10, corn = r.int(4000, 5000) / 10, bean = r.int(800, 1200) / 10, tuber = r.int(500, 800) / 10;
      const pea = r.int(600, 900) / 10, rape = r.int(1500, 2000) / 10, oilO = r.int(50, 150) / 10, veg = r.int(3000, 4000) / 10, oth = r.int(1000, 1500) / 10;
      const cer = rnd(rice + wheat + corn, 1), grain = rnd(cer + bean + tuber, 1), oil = rnd(pea + rape + oilO, 1), total = rnd(grain + oil + veg + oth, 1);
      const col = [total, grain, cer, rice, wheat, corn, bean, tuber, oil, pea, rape, veg, oth];
      area[y] = col;
      col.forEach((v, i) => s.put(4 + i, 2 + j, v, '0.0'));
    });
    labs.forEach((t, i) => s.put(4 + i, 1, t));
  }
  // 8-4 output (万吨), parts rounded first, totals are rounded true totals
  let s84; const out = {};
  {
    const s = s84 = b.sheet('8-4');
    s.title(1, '8-4  主要农产品产量', 6);
    s.put(2, 6, '单位：万吨', { right: true });
    L.header(s, 3, 1, ['指　标', ...years.map((y) => y + '年')]);
    const labs = ['粮食', '　谷物', '　　稻谷', '　　小麦', '　　玉米', '　豆类', '　薯类', '油料', '　其中：花生', '　　　　油菜籽', '蔬菜'];
    years.forEach((y, j) => {
      const a = area[y];
      const t = { rice: a[3] * r.real(6.3, 7.0) * 1000, wheat: a[4] * r.real(4.5, 5.5) * 1000, corn: a[5] * r.real(5.5, 6.5) * 1000, bean: a[6] * r.real(1.8, 2.4) * 1000, tuber: a[7] * r.real(3.5, 4.2) * 1000, pea: a[9] * r.real(3, 3.6) * 1000, rape: a[10] * r.real(2.0, 2.4) * 1000, oilO: r.int(10000, 40000), veg: a[11] * r.real(30, 36) * 1000 };
      Object.keys(t).forEach((k) => { t[k] = Math.round(t[k]); });
      const W = (x) => rnd(x / 1e4, 2);
      const cer = t.rice + t.wheat + t.corn, grain = cer + t.bean + t.tuber, oil = t.pea + t.rape + t.oilO;
      out[y] = t;
      [W(grain), W(cer), W(t.rice), W(t.wheat), W(t.corn), W(t.bean), W(t.tuber), W(oil), W(t.pea), W(t.rape), W(t.veg)].forEach((v, i) => s.put(4 + i, 2 + j, v, '0.00'));
    });
    labs.forEach((t, i) => s.put(4 + i, 1, t));
  }
  // 8-5 yields
  {
    const s = b.sheet('8-5');
    s.title(1, '8-5  主要农作物单位面积产量（2024年）', 4);
    L.header(s, 2, 1, ['作　物', '播种面积（公顷）', '产量（吨）', '单位面积产量（公斤/公顷）']);
    const a = area[2024], t = out[2024];
    const crops = [['稻谷', a[3], t.rice], ['小麦', a[4], t.wheat], ['玉米', a[5], t.corn], ['豆类', a[6], t.bean], ['薯类', a[7], t.tuber], ['花生', a[9], t.pea], ['油菜籽', a[10], t.rape], ['蔬菜', a[11], t.veg]];
    crops.forEach(([n, ar, q], i) => { const ha = Math.round(ar * 1000); s.row(3 + i, 1, [n, ha, q, Math.round(q * 1000 / ha)], '#,##0'); });
  }
  // 8-6 livestock
  {
    const s = b.sheet('8-6');
    s.title(1, '8-6  主要畜产品产量及年末存栏', 6);
    L.header(s, 2, 1, ['指　标', '单位', '2022年', '2023年', '2024年', '2024年比上年增长（%）']);
    const rows = [];
    const yrs = [0, 1, 2].map(() => { const pork = r.int(2000000, 2400000), beef = r.int(100000, 150000), mutton = r.int(60000, 90000), poul = r.int(800000, 1000000), oth = r.int(5000, 20000); return { meat: pork + beef + mutton + poul + oth, pork, beef, mutton, poul, egg: r.int(500000, 600000), milk: r.int(300000, 400000), pig: r.int(1800, 2300) * 10000 + r.int(0, 9999), cattle: r.int(300, 400) * 10000 + r.int(0, 9999) }; });
    rows.push(['肉类总产量', '吨', 'meat'], ['　猪肉', '吨', 'pork'], ['　牛肉', '吨', 'beef'], ['　羊肉', '吨', 'mutton'], ['　禽肉', '吨', 'poul'], ['禽蛋产量', '吨', 'egg'], ['牛奶产量', '吨', 'milk'], ['年末生猪存栏', '头', 'pig'], ['年末牛存栏', '头', 'cattle']);
    rows.forEach(([n, u, k], i) => s.row(3 + i, 1, [n, u, ...yrs.map((v) => v[k]), growth(yrs[2][k], yrs[1][k], 1)], [null, null, '#,##0', '#,##0', '#,##0', '0.0']));
  }
  // 8-7 county output
  {
    const s = b.sheet('8-7');
    s.title(1, '8-7  各县（市、区）农林牧渔业总产值（2024年）', 7);
    s.put(2, 7, '单位：万元', { right: true });
    L.header(s, 3, 1, ['地　区', '总产值', '农业', '林业', '牧业', '渔业', '比上年增长（%）']);
    const names = L.placeNames(r, 12, ['县', '区', '市']);
    const rows = names.map((n) => { const p = [r.int(150000, 600000), r.int(5000, 40000), r.int(60000, 300000), r.int(5000, 80000)]; return { n, p, g: rnd(r.real(2, 5.5), 1) }; });
    const tp = [0, 1, 2, 3].map((k) => sum(rows.map((x) => x.p[k])));
    s.row(4, 1, ['全市合计', sum(tp), ...tp, 3.9], [null, '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0.0']);
    rows.forEach((x, i) => s.row(5 + i, 1, [x.n, sum(x.p), ...x.p, x.g], [null, '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0.0']));
    s.put(18, 1, '注：总产值按当年价格计算（不含专业及辅助性活动），增长速度按可比价格计算。');
  }
  // 8-8 machinery
  {
    const s = b.sheet('8-8');
    s.title(1, '8-8  农业机械年末拥有量', 5);
    L.header(s, 2, 1, ['指　标', '单位', '2022年', '2023年', '2024年']);
    const yrs = [0, 1, 2].map(() => { const die = r.int(2200, 2600) * 100, gas = r.int(200, 400) * 100, ele = r.int(700, 900) * 100, oth = r.int(50, 100) * 100; return { pw: (die + gas + ele + oth) / 100, die: die / 100, gas: gas / 100, ele: ele / 100, oth: oth / 100, big: r.int(20000, 30000), small: r.int(150000, 200000), harv: r.int(30000, 40000) }; });
    [['农业机械总动力', '万千瓦', 'pw', '0.00'], ['　柴油发动机动力', '万千瓦', 'die', '0.00'], ['　汽油发动机动力', '万千瓦', 'gas', '0.00'], ['　电动机动力', '万千瓦', 'ele', '0.00'], ['　其他动力', '万千瓦', 'oth', '0.00'], ['大中型拖拉机', '台', 'big', '#,##0'], ['小型拖拉机', '台', 'small', '#,##0'], ['联合收获机', '台', 'harv', '#,##0']]
      .forEach(([n, u, k, f], i) => s.row(3 + i, 1, [n, u, ...yrs.map((v) => rnd(v[k], 2))], [null, null, f, f, f]));
  }
  b.setPlant(s84, 8, 4, 'part (玉米产量 2022年; breaks 谷物 = 稻谷+小麦+玉米)', '+10%');
  await L.save(b, 'gen2');
}

(async () => { await g05(); await g06(); })().catch((e) => { console.error(e); process.exit(1); });
