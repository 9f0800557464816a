const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, save, put, title, towns, districts, counties } = C;
const regions = [...districts, ...counties];
async function main() {
  // Y01 人口抽样调查 年龄组×性别 with 性别比
  await save('y01_sample_age_sex.xlsx', async wb => {
    const ws = wb.addWorksheet('年龄性别');
    title(ws, '表2-5 全市人口抽样调查样本数据（按年龄组和性别分）', '单位：人', 6);
    put(ws, 3, [['年龄组', '合计', '男', '女', '性别比（女=100）', '占样本比重（%）']]);
    const ages = ['0—4岁','5—9岁','10—14岁','15—19岁','20—24岁','25—29岁','30—34岁','35—39岁','40—44岁','45—49岁','50—54岁','55—59岁','60—64岁','65—69岁','70—74岁','75—79岁','80—84岁','85岁及以上'];
    const rows = ages.map((a, i) => { const m = ri(800, 2600) - (i > 12 ? (i - 12) * 120 : 0); const f = Math.round(m * rf(0.9, 1.12)); return [a, m + f, m, f]; });
    const tot = ['总计', colsum(rows, 1), colsum(rows, 2), colsum(rows, 3)];
    const all = [tot, ...rows].map(x => [...x, r(x[2] / x[3] * 100, 2), pct(x[1], tot[1], 2)]);
    put(ws, 4, all, [null, '0', '0', '0', '0.00', '0.00']);
  });
  // Y02 就业人员 三次产业 构成
  await save('y02_employment_sectors.xlsx', async wb => {
    const ws = wb.addWorksheet('就业');
    title(ws, '表4-1 全市就业人员及构成', '', 8);
    put(ws, 3, [['年份', '就业人员（万人）', null, null, null, '构成（%）', null, null], [null, '合计', '第一产业', '第二产业', '第三产业', '第一产业', '第二产业', '第三产业']]);
    ws.mergeCells('A3:A4'); ws.mergeCells('B3:E3'); ws.mergeCells('F3:H3');
    const rows = [];
    for (let y = 2015; y <= 2024; y++) {
      const a = ri(300000, 420000) - (y - 2015) * 9000, b = ri(520000, 600000), c = ri(700000, 800000) + (y - 2015) * 15000;
      const A = r(a / 1e4, 2), B = r(b / 1e4, 2), Cc = r(c / 1e4, 2), T = r((a + b + c) / 1e4, 2);
      rows.push([String(y), T, A, B, Cc, pct(A, T, 1), pct(B, T, 1), pct(Cc, T, 1)]);
    }
    put(ws, 5, rows, [null, '0.00', '0.00', '0.00', '0.00', '0.0', '0.0', '0.0']);
  });
  // Y03 城镇化率 by county
  await save('y03_urbanization.xlsx', async wb => {
    const ws = wb.addWorksheet('城镇化');
    title(ws, '表2-8 各县（市、区）常住人口城镇化率（2024年末）', '', 6);
    put(ws, 3, [['地区', '常住人口（万人）', '城镇人口（万人）', '乡村人口（万人）', '城镇化率（%）', '比上年提高（百分点）']]);
    const names = [...regions, '临江市', '北川县'];
    const raw = names.map(n => { const p = ri(150000, 900000); const u = Math.round(p * rf(0.38, 0.92)); const prevRate = r(u / p * 100 - rf(0.3, 1.6), 2); return [n, p, u, prevRate]; });
    const P = sum(raw.map(x => x[1])), U = sum(raw.map(x => x[2]));
    const rowsOut = raw.map(([n, p, u, pr]) => { const Ps = r(p / 1e4, 2), Us = r(u / 1e4, 2); const rate = pct(Us, Ps, 2); return [n, Ps, Us, r(Ps - Us, 2), rate, r(rate - pr, 2)]; });
    const Ps = r(P / 1e4, 2), Us = r(U / 1e4, 2), rate = pct(Us, Ps, 2);
    put(ws, 4, [['全市', Ps, Us, r(Ps - Us, 2), rate, r(rate - r(rate - 0.87, 2), 2)], ...rowsOut], [null, '0.00', '0.00', '0.00', '0.00', '0.00']);
  });
  // Y04 一般公共预算收入 by item
  await save('y04_fiscal_revenue.xlsx', async wb => {
    const ws = wb.addWorksheet('财政收入');
    title(ws, '表9-2 一般公共预算收入主要项目', '单位：万元', 5);
    put(ws, 3, [['项目', '2024年', '2023年', '比上年增长（%）', '占一般公共预算收入比重（%）']]);
    const taxes = ['增值税','企业所得税','个人所得税','资源税','城市维护建设税','房产税','印花税','城镇土地使用税','土地增值税','车船税','耕地占用税','契税','环境保护税','其他税收收入'];
    const non = ['专项收入','行政事业性收费收入','罚没收入','国有资本经营收入','国有资源（资产）有偿使用收入','其他收入'];
    const mk = ns => ns.map(n => { const b = ri(800, 260000); return [n, Math.round(b * rf(0.85, 1.2)), b]; });
    const T = mk(taxes), N = mk(non);
    const tS = ['税收收入', colsum(T, 1), colsum(T, 2)], nS = ['非税收入', colsum(N, 1), colsum(N, 2)];
    const G = ['一般公共预算收入', tS[1] + nS[1], tS[2] + nS[2]];
    const f = (x, ind) => [ind + x[0], x[1], x[2], pct(x[1] - x[2], x[2], 1), pct(x[1], G[1], 1)];
    const rows = [f(G, ''), f(tS, '  '), ...T.map(x => f(x, '    ')), f(nS, '  '), ...N.map(x => f(x, '    '))];
    put(ws, 4, rows, [null, '0', '0', '0.0', '0.0']);
  });
  // Y05 外贸 by month 亿元 with 累计
  await save('y05_trade_monthly.xlsx', async wb => {
    const ws = wb.addWorksheet('进出口');
    title(ws, '表11-1 2024年各月进出口情况', '单位：亿元', 9);
    put(ws, 3, [['月份', '当月', null, null, null, '累计', null, null, null], [null, '进出口', '出口', '进口', '差额', '进出口', '出口', '进口', '差额']]);
    ws.mergeCells('A3:A4'); ws.mergeCells('B3:E3'); ws.mergeCells('F3:I3');
    let ce = 0, ci = 0; const rows = [];
    for (let m = 1; m <= 12; m++) {
      const e = ri(180000, 420000), i = ri(150000, 440000); ce += e; ci += i; // 万元
      const E = r(e / 1e4, 2), I = r(i / 1e4, 2);
      rows.push([m + '月', r((e + i) / 1e4, 2), E, I, r((e - i) / 1e4, 2), r((ce + ci) / 1e4, 2), r(ce / 1e4, 2), r(ci / 1e4, 2), r((ce - ci) / 1e4, 2)]);
    }
    put(ws, 5, rows, [null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });
  // Y06 农村居民 五等份 averages
  await save('y06_rural_quintile.xlsx', async wb => {
    const ws = wb.addWorksheet('五等份');
    title(ws, '表6-9 按五等份收入分组的农村居民人均可支配收入', '单位：元', 7);
    put(ws, 3, [['组别', '2020年', '2021年', '2022年', '2023年', '2024年', '2024年比上年增长（%）']]);
    const gs = ['低收入组', '中间偏下收入组', '中间收入组', '中间偏上收入组', '高收入组'];
    const base = [5200, 10800, 15200, 20800, 36000];
    const data = gs.map((g, k) => { let v = base[k] * rf(0.95, 1.05); const row = [g]; for (let y = 0; y < 5; y++) { row.push(Math.round(v)); v *= rf(1.04, 1.1); } return row; });
    const all = ['全体居民']; for (let j = 1; j <= 5; j++) all.push(Math.round(sum(data.map(x => x[j])) / 5));
    const rows = [all, ...data].map(x => [...x, pct(x[5] - x[4], x[4], 1)]);
    rows.splice(1, 0, ['按五等份分组：']);
    put(ws, 4, rows, [null, '0', '0', '0', '0', '0', '0.0']);
  });
  // Y07 住户存款 by bank
  await save('y07_household_deposits.xlsx', async wb => {
    const ws = wb.addWorksheet('住户存款');
    title(ws, '表12-4 金融机构住户存款余额（按机构分）', '单位：亿元', 5);
    put(ws, 3, [['机构', '2024年末', '2024年初', '比年初增加', '比年初增长（%）']]);
    const big = ['工商银行', '农业银行', '中国银行', '建设银行', '交通银行', '邮储银行'];
    const oth = ['股份制商业银行', '城市商业银行', '农村商业银行', '村镇银行', '外资银行', '其他金融机构'];
    const mk = n => { const b = ri(20000, 900000); const e = Math.round(b * rf(1.03, 1.16)); return [n, e, b]; }; // 百万元
    const B = big.map(mk), O = oth.map(mk);
    const bs = ['大型商业银行', colsum(B, 1), colsum(B, 2)];
    const T = ['合计', bs[1] + colsum(O, 1), bs[2] + colsum(O, 2)];
    const f = (x, ind) => { const e = r(x[1] / 100, 2), b = r(x[2] / 100, 2); return [ind + x[0], e, b, r((x[1] - x[2]) / 100, 2), pct(x[1] - x[2], x[2], 2)]; };
    const rows = [f(T, ''), f(bs, '  '), ...B.map(x => f(x, '    ')), ...O.map(x => f(x, '  '))];
    put(ws, 4, rows, [null, '0.00', '0.00', '0.00', '0.00']);
  });
  // Y08 transposed: city total LAST column + 占比 row
  await save('y08_transposed_total_last.xlsx', async wb => {
    const ws = wb.addWorksheet('主要指标');
    title(ws, '表1-3 各区县主要经济指标（2024年）', '', regions.length + 3);
    put(ws, 3, [['指标', '单位', ...regions, '全市']]);
    const pop = regions.map(() => ri(180000, 950000)); const gdp = regions.map(() => ri(1200000, 9800000));
    const ent = regions.map(() => ri(40, 620)); const emp = regions.map(() => ri(30000, 240000));
    const P = sum(pop), G = sum(gdp), E = sum(ent), M = sum(emp);
    const rows = [
      ['常住人口', '人', ...pop, P],
      ['常住人口占全市比重', '%', ...pop.map(x => pct(x, P, 1)), 100],
      ['地区生产总值', '万元', ...gdp, G],
      ['地区生产总值占全市比重', '%', ...gdp.map(x => pct(x, G, 1)), 100],
      ['规模以上工业企业', '个', ...ent, E],
      ['城镇单位就业人员', '人', ...emp, M],
    ];
    put(ws, 4, rows);
    for (let j = 3; j <= regions.length + 3; j++) { ws.getCell(5, j).numFmt = '0.0'; ws.getCell(7, j).numFmt = '0.0'; }
  });
  // Y09 all numbers stored as text
  await save('y09_all_text_health.xlsx', async wb => {
    const ws = wb.addWorksheet('卫生');
    title(ws, '表18-1 各区县医疗卫生机构、床位和人员', '', 7);
    put(ws, 3, [['地区', '机构数（个）', '床位数（张）', '卫生技术人员（人）', '#其中：执业（助理）医师', '注册护士', '每千人口床位数（张）']]);
    const rows = regions.map(n => { const pop = ri(180000, 900000); const bed = ri(600, 6200); const tech = ri(900, 9000); const doc = Math.round(tech * rf(0.3, 0.4)); const nur = Math.round(tech * rf(0.38, 0.48)); return [n, ri(80, 640), bed, tech, doc, nur, pop]; });
    const tot = ['全市', ...[1, 2, 3, 4, 5, 6].map(j => colsum(rows, j))];
    const out = [tot, ...rows].map(x => [x[0], String(x[1]), String(x[2]), String(x[3]), String(x[4]), String(x[5]), (x[2] / x[6] * 1000).toFixed(2)]);
    put(ws, 4, out);
    ws.getCell(4 + out.length + 1, 1).value = '注：每千人口床位数按常住人口计算。';
  });
  // Y10 merged labels spanning two columns 地区|类别
  await save('y10_merged_region_category.xlsx', async wb => {
    const ws = wb.addWorksheet('学校');
    title(ws, '表19-2 各区县普通中小学基本情况（2024年）', '', 6);
    put(ws, 3, [['地区', '类别', '学校数（所）', '在校学生（人）', '专任教师（人）', '生师比（教师=1）']]);
    const cats = ['小学', '初中', '普通高中'];
    const blocks = regions.slice(0, 6).map(n => ({ n, rows: cats.map(c => { const s = ri(4, 60); const st = ri(3000, 42000); const t = Math.round(st / rf(11, 18)); return [c, s, st, t]; }) }));
    const cityCat = cats.map((c, k) => [c, ...[1, 2, 3].map(j => sum(blocks.map(b => b.rows[k][j])))]);
    const ratio = (st, t) => r(st / t, 2);
    let rr = 4;
    const writeBlock = (name, rows) => {
      const tot = ['合计', ...[1, 2, 3].map(j => colsum(rows, j))];
      const all = [tot, ...rows];
      all.forEach((x, i) => { ws.getCell(rr + i, 1).value = i === 0 ? name : null; put(ws, rr + i, [[null, x[0], x[1], x[2], x[3], ratio(x[2], x[3])]], [null, null, '0', '0', '0', '0.00']); });
      ws.mergeCells(rr, 1, rr + all.length - 1, 1);
      rr += all.length;
    };
    const ct = ['全市', ...[1, 2, 3].map(j => sum(cityCat.map(x => x[j])))];
    put(ws, rr, [[ct[0], null, ct[1], ct[2], ct[3], ratio(ct[2], ct[3])]], [null, null, '0', '0', '0', '0.00']);
    ws.mergeCells(rr, 1, rr, 2); rr++;
    blocks.forEach(b => writeBlock(b.n, b.rows));
  });
}
main().catch(e => { console.error(e); process.exit(1); });
