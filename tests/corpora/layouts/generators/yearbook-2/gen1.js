const { ri, rf, r, sum, g, write } = require('./lib.js');
const F = ['0', '0.0', '0.00'];
(async () => {
// 01 agricultural output value by sector, 2023 / 2024 / growth
{
  const s23 = { 农业: 312.46, 林业: 18.73, 牧业: 141.08, 渔业: 66.35, 服务业: 29.61 };
  const k = { 农业: 1.046, 林业: 1.071, 牧业: 0.962, 渔业: 1.038, 服务业: 1.085 };
  const names = ['农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动'];
  const keys = ['农业', '林业', '牧业', '渔业', '服务业'];
  const p = keys.map(x => s23[x]); const c = keys.map(x => s23[x] * k[x]);
  const rows = [['农林牧渔业总产值', r(sum(p), 2), r(sum(c), 2), g(sum(c), sum(p))]];
  keys.forEach((x, i) => rows.push(['　' + names[i], r(p[i], 2), r(c[i], 2), g(c[i], p[i])]));
  await write({ file: '01_农林牧渔业总产值.xlsx', title: '农林牧渔业总产值（按当年价格计算）', unit: '单位：亿元',
    header: [['指标', '2023年', '2024年', '比上年增长(%)']], rows, fmts: [null, '0.00', '0.00', '0.0'] });
}
// 02 industrial enterprises above designated size by size & ownership (overlapping 其中)
{
  const sizes = [['大型企业', 38, 1265.3, 88.2], ['中型企业', 176, 1042.8, 61.5], ['小型企业', 1398, 1580.6, 92.7], ['微型企业', 112, 41.9, 1.8]];
  const n = sum(sizes.map(x => x[1])), rev = sum(sizes.map(x => x[2])), prof = sum(sizes.map(x => x[3]));
  const rows = [['总计', n, r(rev, 1), r(prof, 1)], ['按企业规模分', null, null, null]];
  sizes.forEach(x => rows.push(['　' + x[0], x[1], x[2], x[3]]));
  rows.push(['按经济类型分', null, null, null]);
  rows.push(['　其中：国有控股企业', 57, 612.4, 38.6]);
  rows.push(['　　　　股份制企业', 1436, 3105.2, 187.3]);
  rows.push(['　　　　外商及港澳台商投资企业', 104, 598.7, 41.2]);
  rows.push(['　　　　私营企业', 1352, 1876.5, 110.9]);
  await write({ file: '02_规上工业按规模和类型.xlsx', title: '规模以上工业企业主要指标（2024年）',
    header: [['项目', '企业单位数(个)', '营业收入(亿元)', '利润总额(亿元)']], rows, fmts: [null, '0', '0.0', '0.0'] });
}
// 03 fixed-asset investment by industry, nested 其中
{
  const a23 = { 一: 41.2, 工业: 0, 制造业: 402.6, 电力: 61.3, 采矿: 12.4, 建筑业: 3.1, 三其它: 0 };
  const rows = [];
  const I1 = [41.2, 38.6];
  const manuf = [402.6, 455.1], elec = [61.3, 58.2], mine = [12.4, 9.8], constr = [3.1, 2.7];
  const ind = [0, 1].map(i => manuf[i] + elec[i] + mine[i]);
  const I2 = [0, 1].map(i => ind[i] + constr[i]);
  const infra = [286.4, 301.7], re = [512.9, 431.5], other3 = [198.3, 215.6];
  const I3 = [0, 1].map(i => infra[i] + re[i] + other3[i]);
  const T = [0, 1].map(i => I1[i] + I2[i] + I3[i]);
  const L = (lab, v) => [lab, r(v[0], 1), r(v[1], 1), g(v[1], v[0])];
  rows.push(L('固定资产投资（不含农户）', T));
  rows.push(L('　第一产业', I1));
  rows.push(L('　第二产业', I2));
  rows.push(L('　　其中：工业', ind));
  rows.push(L('　　　　其中：制造业', manuf));
  rows.push(L('　第三产业', I3));
  rows.push(L('　　其中：基础设施', infra));
  rows.push(L('　　　　　房地产开发', re));
  await write({ file: '03_固定资产投资分产业.xlsx', title: '固定资产投资分产业情况', unit: '单位：亿元',
    header: [['指标', '2023年', '2024年', '比上年增长(%)']], rows, fmts: [null, '0.0', '0.0', '0.0'] });
}
// 04 schools / teachers / students by level, several measures per level, 生师比
{
  const lv = [['普通高等学校', 4, 9820, 36215, 8904, 2108], ['中等职业学校', 11, 7612, 21430, 6880, 1265], ['普通高中', 19, 14205, 41876, 13110, 3312],
    ['初中', 58, 23410, 69845, 22150, 5488], ['小学', 143, 24980, 148320, 23615, 8842], ['特殊教育学校', 3, 96, 612, 88, 121], ['幼儿园', 265, 18240, 57310, 21980, 4015]];
  const rows = [['合计', ...[1, 2, 3, 4, 5].map(j => sum(lv.map(x => x[j]))), null]];
  rows[0][6] = r(rows[0][3] / rows[0][5], 2);
  lv.forEach(x => rows.push([x[0], x[1], x[2], x[3], x[4], x[5], r(x[3] / x[5], 2)]));
  await write({ file: '04_各级各类学校基本情况.xlsx', title: '各级各类学校基本情况（2024年）',
    header: [['项目', '学校数(所)', '招生数(人)', '在校学生数(人)', '毕业生数(人)', '专任教师(人)', '生师比']], rows, fmts: [null, '0', '0', '0', '0', '0', '0.00'] });
}
// 05 hospital beds per 1000 people with pop in 万人 (2 decimals), totals from unrounded
{
  const d = [['广陵区', 59.382], ['邗江区', 72.914], ['江都区', 93.127], ['宝应县', 70.551], ['仪征市', 52.036], ['高邮市', 67.483]];
  const beds = [4210, 5867, 5102, 3891, 2977, 3640], docs = [2104, 2710, 2388, 1706, 1381, 1625];
  const P = sum(d.map(x => x[1])), B = sum(beds), D = sum(docs);
  const rows = [['全市', r(P, 2), B, r(B / (P * 10), 2), D, r(D / (P * 10), 2)]];
  d.forEach((x, i) => rows.push([x[0], r(x[1], 2), beds[i], r(beds[i] / (x[1] * 10), 2), docs[i], r(docs[i] / (x[1] * 10), 2)]));
  await write({ file: '05_每千人口床位医师.xlsx', title: '各县（市、区）卫生资源情况（2024年）',
    header: [['地区', '常住人口(万人)', '医疗卫生机构床位数(张)', '每千人口床位数(张)', '执业(助理)医师(人)', '每千人口执业(助理)医师(人)']], rows,
    fmts: [null, '0.00', '0', '0.00', '0', '0.00'] });
}
// 06 energy consumption / GDP -> 吨标准煤/万元 ratio column
{
  const d = [['川汇区', 52.41, 486.2], ['淮阳区', 61.88, 312.7], ['扶沟县', 44.13, 268.5], ['西华县', 47.92, 301.4], ['商水县', 58.37, 335.9], ['沈丘县', 63.05, 352.6], ['项城市', 71.26, 418.8]];
  const E = sum(d.map(x => x[1])), Y = sum(d.map(x => x[2]));
  const rows = [['全市', r(E, 2), r(Y, 1), r(E / Y, 3)]];
  d.forEach(x => rows.push([x[0], x[1], x[2], r(x[1] / x[2], 3)]));
  await write({ file: '06_单位GDP能耗.xlsx', title: '各县（市、区）能源消费情况',
    header: [['地区', '能源消费总量(万吨标准煤)', '地区生产总值(亿元)', '单位地区生产总值能耗(吨标准煤/万元)']], rows, fmts: [null, '0.00', '0.0', '0.000'] });
}
// 07 water resources: total = surface + ground - overlap; 人均 m3/person
{
  const d = [['武昌区', 1.82, 0.41, 0.33, 134.7], ['洪山区', 4.96, 1.12, 0.88, 171.3], ['江夏区', 11.63, 2.57, 2.05, 98.4], ['黄陂区', 17.48, 3.81, 3.02, 115.2], ['新洲区', 10.27, 2.26, 1.79, 86.6]];
  const rows = [];
  const sumCol = j => sum(d.map(x => x[j]));
  const tot = x => x[1] + x[2] - x[3];
  const T = sumCol(1) + sumCol(2) - sumCol(3), POP = sumCol(4);
  rows.push(['合计', r(sumCol(1), 2), r(sumCol(2), 2), r(sumCol(3), 2), r(T, 2), r(T * 1e8 / (POP * 1e4), 0)]);
  d.forEach(x => rows.push([x[0], x[1], x[2], x[3], r(tot(x), 2), r(tot(x) * 1e8 / (x[4] * 1e4), 0)]));
  await write({ file: '07_水资源.xlsx', title: '各区水资源量（2024年）', 
    header: [['地区', '地表水资源量(亿立方米)', '地下水资源量(亿立方米)', '地表水与地下水重复计算量(亿立方米)', '水资源总量(亿立方米)', '人均水资源量(立方米/人)']],
    rows, fmts: [null, '0.00', '0.00', '0.00', '0.00', '0'], notes: ['注：人均水资源量按年末常住人口计算。'] });
}
// 08 road mileage by grade, two-row header 等级公路 merged
{
  const names = ['宁海县', '象山县', '余姚市', '慈溪市', '奉化区', '鄞州区'];
  const rows = []; const data = names.map(n => { const gw = ri(20, 90), y1 = ri(60, 200), e = ri(150, 400), s3 = ri(200, 500), s4 = ri(900, 2200), dw = ri(0, 40); return [n, gw, y1, e, s3, s4, dw]; });
  const line = (lab, v) => { const grade = v[0] + v[1] + v[2] + v[3] + v[4]; return [lab, grade + v[5], grade, v[0], v[1], v[2], v[3], v[4], v[5]]; };
  const tot = [0, 1, 2, 3, 4, 5].map(j => sum(data.map(x => x[j + 1])));
  rows.push(line('全市', tot)); data.forEach(x => rows.push(line(x[0], x.slice(1))));
  await write({ file: '08_公路里程按等级.xlsx', title: '公路里程（2024年末）', unit: '单位：公里',
    header: [['地区', '公路里程', '等级公路', null, null, null, null, null, '等外公路'], [null, null, '合计', '高速公路', '一级公路', '二级公路', '三级公路', '四级公路', null]],
    merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 8], [0, 9, 1, 9]], rows, fmts: [null, '0', '0', '0', '0', '0', '0', '0', '0'] });
}
// 09 vehicles with nested 其中, unit column, 年末数 and growth
{
  const v = { 民用汽车: [248.62, 263.15], 载客: [221.37, 235.80], 载货: [26.41, 26.52], 其他: [0.84, 0.83], 私人: [214.56, 227.94], 私人载客: [205.12, 218.37], 轿车: [131.08, 137.22], 私人轿车: [118.74, 124.56] };
  v.民用汽车 = [0, 1].map(i => v.载客[i] + v.载货[i] + v.其他[i]);
  const L = (lab, x) => [lab, '万辆', r(x[1], 2), g(x[1], x[0])];
  const rows = [L('民用汽车保有量', v.民用汽车), L('　载客汽车', v.载客), L('　载货汽车', v.载货), L('　其他汽车', v.其他),
    L('　其中：私人汽车', v.私人), L('民用轿车保有量', v.轿车), L('　其中：私人轿车', v.私人轿车)];
  await write({ file: '09_民用汽车.xlsx', title: '民用汽车保有量（2024年末）',
    header: [['指标', '单位', '年末数', '比上年末增长(%)']], rows, fmts: [null, null, '0.00', '0.0'],
    notes: ['注：增长速度按未经四舍五入的数据计算。'] });
}
// 10 telecom users with 其中 4G / 5G, FTTH
{
  const x = { mob: [812.4, 836.9], g5: [412.7, 531.2], g4: [371.5, 283.0], bb: [301.2, 318.6], ftth: [287.9, 307.3], g1000: [36.8, 61.4] };
  const L = (lab, u, a) => [lab, u, r(a[0], 1), r(a[1], 1), g(a[1], a[0])];
  const rows = [L('移动电话用户', '万户', x.mob), L('　其中：5G移动电话用户', '万户', x.g5), L('　　　　4G移动电话用户', '万户', x.g4),
    L('固定互联网宽带接入用户', '万户', x.bb), L('　其中：光纤接入(FTTH/O)用户', '万户', x.ftth), L('　　其中：千兆及以上接入速率用户', '万户', x.g1000)];
  await write({ file: '10_电信用户.xlsx', title: '电信用户情况',
    header: [['指标', '计量单位', '2023年末', '2024年末', '增长(%)']], rows, fmts: [null, null, '0.0', '0.0', '0.0'] });
}
// 11 culture: libraries, 藏书量 万册 (2 decimals), totals from unrounded
{
  const d = [['越城区', 2, 186.237, 1, 9], ['柯桥区', 1, 142.518, 1, 6], ['上虞区', 1, 118.964, 1, 5], ['诸暨市', 1, 131.472, 1, 7], ['嵊州市', 1, 78.316, 1, 3], ['新昌县', 1, 64.885, 1, 4], ['市本级', 1, 312.604, 1, 6]];
  const rows = [['全市', sum(d.map(x => x[1])), r(sum(d.map(x => x[2])), 2), sum(d.map(x => x[3])), sum(d.map(x => x[4]))]];
  d.forEach(x => rows.push([x[0], x[1], r(x[2], 2), x[3], x[4]]));
  await write({ file: '11_公共图书馆藏书.xlsx', title: '文化事业机构情况（2024年）',
    header: [['地区', '公共图书馆(个)', '公共图书馆总藏量(万册)', '文化馆(个)', '博物馆(个)']], rows, fmts: [null, '0', '0.00', '0', '0'] });
}
// 12 sports medals with 序号 column
{
  const sp = [['田径', 3, 2, 4], ['游泳', 5, 3, 2], ['举重', 2, 1, 0], ['射击', 1, 2, 3], ['体操', 0, 1, 1], ['乒乓球', 2, 1, 1], ['羽毛球', 1, 0, 2], ['武术', 4, 3, 2]];
  const rows = sp.map((x, i) => [i + 1, x[0], x[1], x[2], x[3], x[1] + x[2] + x[3]]);
  rows.push([null, '合计', ...[1, 2, 3].map(j => sum(sp.map(x => x[j]))), sum(sp.map(x => x[1] + x[2] + x[3]))]);
  await write({ file: '12_省运会奖牌序号.xlsx', title: '第十七届省运动会我市获奖情况',
    header: [['序号', '项目', '金牌(枚)', '银牌(枚)', '铜牌(枚)', '奖牌合计(枚)']], rows, fmts: ['0', null, '0', '0', '0', '0'] });
}
// 13 air quality: 有效监测天数, 优良天数, 比例
{
  const d = [['婺城区', 366, 331], ['金东区', 366, 327], ['兰溪市', 366, 318], ['东阳市', 365, 334], ['义乌市', 366, 336], ['永康市', 366, 322], ['浦江县', 364, 329], ['武义县', 366, 345], ['磐安县', 366, 358]];
  const pm = [27.4, 28.1, 29.6, 25.8, 26.3, 28.7, 27.0, 24.2, 20.9];
  const rows = d.map((x, i) => [x[0], x[1], x[2], r(x[2] / x[1] * 100, 1), pm[i]]);
  await write({ file: '13_空气质量优良天数.xlsx', title: '各县（市、区）环境空气质量（2024年）',
    header: [['地区', '有效监测天数(天)', '优良天数(天)', '优良天数比例(%)', 'PM2.5平均浓度(微克/立方米)']], rows, fmts: [null, '0', '0', '0.0', '0.0'] });
}
// 14 township: 总计 at top, 街道/镇/乡 合计 groups, 村委会 社区 counts
{
  const grp = [['街道', [['递铺街道', 6, 9, 21450, 63210], ['昌硕街道', 5, 8, 18730, 52140], ['灵峰街道', 9, 3, 11020, 33415], ['孝源街道', 7, 1, 6210, 19836]]],
    ['镇', [['天子湖镇', 12, 1, 14120, 45307], ['孝丰镇', 16, 2, 13870, 42115], ['梅溪镇', 13, 2, 12940, 40258], ['鄣吴镇', 5, 0, 3010, 9105], ['杭垓镇', 11, 0, 6640, 19847], ['天荒坪镇', 9, 0, 5320, 15962]]],
    ['乡', [['上墅乡', 7, 0, 4810, 14230], ['山川乡', 3, 0, 1560, 4706]]]];
  const all = grp.flatMap(x => x[1]);
  const tot = arr => [1, 2, 3, 4].map(j => sum(arr.map(x => x[j])));
  const rows = [['总计', ...tot(all)]];
  grp.forEach(([gname, arr]) => { rows.push([gname + '合计', ...tot(arr)]); arr.forEach(x => rows.push(['　' + x[0], x[1], x[2], x[3], x[4]])); });
  await write({ file: '14_乡镇村社区_总计合计.xlsx', title: '各乡镇（街道）基层组织及户籍人口（2024年末）',
    header: [['乡镇（街道）', '村民委员会(个)', '社区居民委员会(个)', '户籍户数(户)', '户籍人口(人)']], rows, fmts: [null, '0', '0', '0', '0'] });
}
// 15 main industrial products with 序号, units per row
{
  const p = [['原煤', '万吨', 612.4, 588.1], ['发电量', '亿千瓦时', 187.36, 201.52], ['钢材', '万吨', 356.2, 371.9], ['水泥', '万吨', 1423.7, 1312.5], ['化学纤维', '万吨', 42.18, 47.03], ['汽车', '辆', 128460, 141275], ['其中：新能源汽车', '辆', 31220, 52806], ['集成电路', '万块', 8420.5, 10387.2]];
  const rows = p.map((x, i) => [i + 1, x[0], x[1], x[2], x[3], g(x[3], x[2])]);
  await write({ file: '15_主要工业产品产量_序号.xlsx', title: '规模以上工业主要产品产量',
    header: [['序号', '产品名称', '计量单位', '2023年', '2024年', '比上年增长(%)']], rows, fmts: ['0', null, null, '#,##0.00', '#,##0.00', '0.0'] });
}
})();
