const { ri, rf, r, sum, g, write } = require('./lib.js');
(async () => {
// 32 industrial by light/heavy with 其中 rows and a profit-margin rate column
{
  const L = (lab, n, rev, prof) => [lab, n, r(rev, 1), r(prof, 1), r(prof / rev * 100, 2)];
  const light = [742, 1186.4, 64.3], heavy = [1434, 3012.7, 197.8];
  const rows = [L('规模以上工业', light[0] + heavy[0], light[1] + heavy[1], light[2] + heavy[2]), L('　轻工业', ...light), L('　重工业', ...heavy),
    L('　其中：国有控股企业', 61, 702.5, 58.4), L('　　　　私营企业', 1388, 1902.3, 96.1), L('　　　　高技术制造业', 214, 861.2, 71.9)];
  await write({ file: '32_其中行带利润率.xlsx', title: '规模以上工业企业经济效益（2024年）',
    header: [['项目', '企业数(个)', '营业收入(亿元)', '利润总额(亿元)', '营业收入利润率(%)']], rows, fmts: [null, '0', '0.0', '0.0', '0.00'] });
}
// 33 tax revenue by type, partial 其中 list, with 比上年增减 column (some negative)
{
  const t = { vat: [98.41, 103.66], cit: [41.27, 36.85], pit: [12.63, 11.98], deed: [21.35, 16.42], urb: [8.91, 9.37], other: [22.05, 25.90] };
  const T = [0, 1].map(i => sum(Object.values(t).map(x => x[i])));
  const L = (lab, x) => [lab, r(x[0], 2), r(x[1], 2), r(x[1] - x[0], 2), g(x[1], x[0])];
  const rows = [L('税收收入', T), L('　其中：增值税', t.vat), L('　　　　企业所得税', t.cit), L('　　　　个人所得税', t.pit), L('　　　　契税', t.deed), L('　　　　城市维护建设税', t.urb)];
  await write({ file: '33_税收其中增减额.xlsx', title: '主要税种收入情况', unit: '单位：亿元',
    header: [['项目', '2023年', '2024年', '比上年增减', '比上年增长(%)']], rows, fmts: [null, '0.00', '0.00', '0.00', '0.0'] });
}
// 34 monthly climate table: 全年 row = sum for precipitation/sunshine, mean for temperature
{
  const temp = [5.1, 7.8, 12.4, 17.9, 22.6, 26.1, 29.4, 28.8, 24.7, 19.3, 13.2, 7.0];
  const rain = [62.4, 78.1, 121.6, 143.8, 176.2, 248.9, 162.3, 158.4, 84.7, 61.2, 55.8, 38.5];
  const sun = [98.2, 86.5, 112.4, 138.7, 151.3, 128.9, 221.6, 208.4, 162.8, 148.1, 118.6, 109.3];
  const rows = temp.map((t, i) => [(i + 1) + '月', t, rain[i], sun[i]]);
  rows.push(['全年', r(sum(temp) / 12, 1), r(sum(rain), 1), r(sum(sun), 1)]);
  await write({ file: '34_逐月气候_全年行.xlsx', title: '主要气象要素（2024年）',
    header: [['月份', '平均气温(℃)', '降水量(毫米)', '日照时数(小时)']], rows, fmts: [null, '0.0', '0.0', '0.0'] });
}
// 35 health indicator table: 单位 column, 其中 rows, per-1000 rows mixed in
{
  const pop = 468.37, beds = 31254, hosp = 26418, docs = 15872, nurses = 18905;
  const rows = [['医疗卫生机构', '个', 3126], ['　其中：医院', '个', 142], ['　　　　基层医疗卫生机构', '个', 2905], ['医疗卫生机构床位数', '张', beds], ['　其中：医院', '张', hosp],
    ['卫生技术人员', '人', 41862], ['　其中：执业(助理)医师', '人', docs], ['　　　　注册护士', '人', nurses],
    ['每千常住人口床位数', '张', r(beds / (pop * 10), 2)], ['每千常住人口执业(助理)医师', '人', r(docs / (pop * 10), 2)], ['每千常住人口注册护士', '人', r(nurses / (pop * 10), 2)]];
  await write({ file: '35_卫生指标单位列混合.xlsx', title: '卫生事业基本情况（2024年末）',
    header: [['指标', '单位', '2024年']], rows, fmts: [null, null, '#,##0.##'], notes: ['注：每千人口指标按年末常住人口468.37万人计算。'] });
}
// 36 region table with 增减 column (negative values) and 其中 town rows under county
{
  const d = [['城关镇', 86412, 85977], ['石门镇', 31208, 30654], ['新店镇', 24871, 24932], ['龙潭乡', 12604, 12216], ['白沙乡', 9873, 9611]];
  const T = [1, 2].map(j => sum(d.map(x => x[j])));
  const rows = [['全县', T[0], T[1], T[1] - T[0], g(T[1], T[0], 2)], ...d.map(x => ['　' + x[0], x[1], x[2], x[2] - x[1], g(x[2], x[1], 2)])];
  await write({ file: '36_户籍人口增减.xlsx', title: '各乡镇年末户籍人口',
    header: [['乡镇', '2023年末(人)', '2024年末(人)', '增减(人)', '增减幅度(%)']], rows, fmts: [null, '0', '0', '0', '0.00'] });
}
})();
