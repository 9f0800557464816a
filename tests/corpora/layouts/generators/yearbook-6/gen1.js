// gen1: tables printed over several pages (续表 on one sheet, page footers, left/right halves)
const L = require('./lib');
const { rnd, sum, rate, Book } = L;

async function g01() {
  const r = L.rng(101);
  const b = new Book('g01_续表_户籍人口.xlsx');
  const s = b.sheet('表3-2');
  const names = L.placeNames(r, 20, ['区', '县', '市', '县']);
  const rows = names.map((n) => {
    const male = r.int(60000, 420000); const female = Math.round(male * r.real(0.93, 1.04));
    const pop = male + female; const hh = Math.round(pop / r.real(2.6, 3.3)); const urban = Math.round(pop * r.real(0.3, 0.85));
    return { n, hh, pop, male, female, urban };
  });
  const tot = { n: '全　市', hh: sum(rows.map((x) => x.hh)), pop: sum(rows.map((x) => x.pop)), male: sum(rows.map((x) => x.male)), female: sum(rows.map((x) => x.female)), urban: sum(rows.map((x) => x.urban)) };
  const hdr = ['地　区', '户数', '总人口', '男', '女', '其中：城镇人口', '性别比（女=100）'];
  const fm = [null, '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0.00'];
  const line = (x) => [x.n, x.hh, x.pop, x.male, x.female, x.urban, rate(x.male, x.female, 2)];
  let y = 1;
  s.title(y++, '表3-2  各县（市、区）年末户籍人口（2024年）', 7);
  s.put(y++, 7, '单位：户、人', { right: true });
  L.header(s, y++, 1, hdr);
  s.row(y++, 1, line(tot), fm, { bold: true });
  rows.slice(0, 11).forEach((x) => s.row(y++, 1, line(x), fm));
  y++;
  s.put(y++, 4, '第 1 页', { center: true });
  y++;
  s.title(y++, '表3-2 续', 7);
  s.put(y++, 7, '单位：户、人', { right: true });
  L.header(s, y++, 1, hdr);
  const p2start = y;
  rows.slice(11).forEach((x) => s.row(y++, 1, line(x), fm));
  y++;
  s.put(y++, 4, '第 2 页', { center: true });
  s.width(1, 14); for (let c = 2; c <= 7; c++) s.width(c, 13);
  b.setPlant(s, p2start + 3, 3, 'part (总人口 of a page-2 region; breaks 男+女 and 全市 column sum)', '+7%');
  await L.save(b, 'gen1');
}

async function g02() {
  const r = L.rng(102);
  const b = new Book('g02_左右半表_分行业增加值.xlsx');
  const s = b.sheet('5-3分行业增加值');
  const inds = ['农林牧渔业', '工业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '金融业', '房地产业', '其他服务业'];
  const names = L.placeNames(r, 9, ['区', '县', '县', '市']);
  const rows = names.map((n) => ({ n, v: inds.map((_, i) => r.int(300, [3000, 30000, 6000, 8000, 4000, 1500, 5000, 6000, 15000][i]) / 100) }));
  rows.forEach((x) => { x.v = x.v.map((v) => rnd(v, 2)); x.gdp = rnd(sum(x.v), 2); });
  const tot = { n: '全市', v: inds.map((_, i) => rnd(sum(rows.map((x) => x.v[i])), 2)) };
  tot.gdp = rnd(sum(tot.v), 2);
  const all = [tot, ...rows];
  let y = 1;
  s.title(y++, '表5-3  各县（市、区）分行业增加值（2024年）', 6);
  s.put(y++, 6, '单位：亿元', { right: true });
  L.header(s, y++, 1, ['地　区', '地区生产总值', ...inds.slice(0, 4)]);
  all.forEach((x) => s.row(y++, 1, [x.n, x.gdp, ...x.v.slice(0, 4)], '0.00'));
  y++;
  s.put(y++, 1, '（表5-3 续）');
  const h2 = y;
  L.header(s, y++, 1, ['地　区', ...inds.slice(4)]);
  const first2 = y;
  all.forEach((x) => s.row(y++, 1, [x.n, ...x.v.slice(4)], '0.00'));
  s.put(y + 1, 1, '注：本表按当年价格计算。');
  s.width(1, 12); for (let c = 2; c <= 6; c++) s.width(c, 14);
  b.setPlant(s, first2 + 4, 4, 'part (金融业 of one region in the lower half; breaks 全市 column sum and that region\'s 地区生产总值 in the upper half)', '+10%');
  void h2;
  await L.save(b, 'gen1');
}

async function g03() {
  const r = L.rng(103);
  const b = new Book('g03_右续半表_教育.xlsx');
  const s = b.sheet('表12-2');
  const names = L.placeNames(r, 11, ['区', '县', '县']);
  const rows = names.map((n) => {
    const sch = [r.int(20, 90), r.int(6, 30), r.int(2, 8)];
    const stu = [r.int(15000, 60000), r.int(8000, 30000), r.int(3000, 15000)];
    const tch = stu.map((x, i) => Math.round(x / r.real([15, 12, 11][i], [19, 14, 14][i])));
    return { n, sch, stu, tch };
  });
  const tot = { n: '全市', sch: [0, 1, 2].map((i) => sum(rows.map((x) => x.sch[i]))), stu: [0, 1, 2].map((i) => sum(rows.map((x) => x.stu[i]))), tch: [0, 1, 2].map((i) => sum(rows.map((x) => x.tch[i]))) };
  const all = [tot, ...rows];
  // left block A..G : 地区 | 学校数 合计 小学 初中 普通高中 | 在校学生数 合计 小学
  // right block I..P: 地区 | 在校学生数 初中 普通高中 | 专任教师 合计 小学 初中 普通高中 | 生师比(小学)
  s.title(1, '表12-2  各县（区）基础教育基本情况（2024年）', 16);
  s.put(2, 16, '单位：所、人', { right: true });
  L.header(s, 3, 1, ['地区', '学校数（所）', null, null, null, '在校学生数（人）', null]);
  s.merge(3, 2, 3, 5); s.merge(3, 6, 3, 7); s.merge(3, 1, 4, 1);
  L.header(s, 4, 2, ['合计', '小学', '初中', '普通高中', '合计', '小学']);
  L.header(s, 3, 9, ['地区', '在校学生数（人）（续）', null, '专任教师（人）', null, null, null, '小学生师比']);
  s.merge(3, 10, 3, 11); s.merge(3, 12, 3, 15); s.merge(3, 9, 4, 9); s.merge(3, 16, 4, 16);
  L.header(s, 4, 10, ['初中', '普通高中', '合计', '小学', '初中', '普通高中']);
  let y = 5;
  for (const x of all) {
    s.row(y, 1, [x.n, sum(x.sch), ...x.sch, sum(x.stu), x.stu[0]], '#,##0');
    s.row(y, 9, [x.n, x.stu[1], x.stu[2], sum(x.tch), ...x.tch], '#,##0');
    s.put(y, 16, rnd(x.stu[0] / x.tch[0], 1), '0.0');
    y++;
  }
  s.put(y + 1, 1, '注：生师比为小学在校学生数与小学专任教师数之比（教师=1）。');
  s.width(1, 10); s.width(9, 10);
  b.setPlant(s, 8, 2, 'total (学校数合计 of one county; breaks 小学+初中+普通高中 and 全市 column sum)', '+7');
  await L.save(b, 'gen1');
}

async function g04() {
  const r = L.rng(104);
  const b = new Book('g04_续表合计在末页_播种面积.xlsx');
  const s = b.sheet('9-4');
  const names = L.placeNames(r, 34, ['镇', '乡', '镇', '街道']);
  const rows = names.map((n) => {
    const rice = r.int(200, 3000), wheat = r.int(0, 1500), corn = r.int(300, 2500), bean = r.int(20, 400), tuber = r.int(10, 300);
    const oil = r.int(50, 900), veg = r.int(100, 1500), other = r.int(30, 600);
    const grain = rice + wheat + corn + bean + tuber;
    return { n, grain, rice, wheat, corn, bean, oil, veg, other, total: grain + oil + veg + other };
  });
  const keys = ['total', 'grain', 'rice', 'wheat', 'corn', 'bean', 'oil', 'veg'];
  const tot = { n: '合　计' }; keys.concat(['other']).forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
  const hdr = (y) => {
    L.header(s, y, 1, ['乡　镇', '农作物总播种面积', '粮食作物', null, null, null, null, '油料', '蔬菜']);
    s.merge(y, 3, y, 7); s.merge(y, 1, y + 1, 1); s.merge(y, 2, y + 1, 2); s.merge(y, 8, y + 1, 8); s.merge(y, 9, y + 1, 9);
    L.header(s, y + 1, 3, ['合计', '其中：稻谷', '小麦', '玉米', '大豆']);
  };
  const line = (x) => [x.n, ...keys.map((k) => x[k])];
  let y = 1;
  s.title(y++, '表9-4  各乡镇主要农作物播种面积（2024年）', 9);
  s.put(y++, 9, '单位：公顷', { right: true });
  hdr(y); y += 2;
  rows.slice(0, 20).forEach((x) => s.row(y++, 1, line(x), '#,##0'));
  s.put(y++, 5, '— 86 —', { center: true });
  s.title(y++, '续表', 9);
  s.put(y++, 9, '单位：公顷', { right: true });
  hdr(y); y += 2;
  rows.slice(20).forEach((x) => s.row(y++, 1, line(x), '#,##0'));
  s.row(y++, 1, line(tot), '#,##0', { bold: true });
  s.put(y++, 5, '— 87 —', { center: true });
  s.put(y++, 1, '注：粮食作物还包括其他谷物、杂豆和薯类，本表未单列。');
  s.width(1, 12);
  b.setPlant(s, 9, 3, 'part (粮食作物合计 of one town on page 1; breaks 合计 row and the 其中 sum is still smaller)', '+7%');
  await L.save(b, 'gen1');
}

(async () => { await g01(); await g02(); await g03(); await g04(); })().catch((e) => { console.error(e); process.exit(1); });
