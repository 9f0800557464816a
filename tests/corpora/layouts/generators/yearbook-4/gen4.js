const { setSeed, rnd, ri, rf, r, sum, g, S, COL, A, comma, write, writeCsv, saveManifest } = require('./lib');
(async () => {
// t39 quarters + 全年 where stock rows (季末) and average rows do not sum
{ setSeed(451);
  const rows = [['表1-7  分季度主要指标（2024年）'], ['指标', '单位', '一季度', '二季度', '三季度', '四季度', '全年']];
  for (const n of ['地区生产总值', '规模以上工业增加值', '社会消费品零售总额', '一般公共预算收入']) { const q = [0, 1, 2, 3].map(() => rf(60, 420) * 1e8); rows.push([n, '亿元', ...q.map(x => r(x / 1e8, 2)), r(sum(q) / 1e8, 2)]); }
  const st = [0, 1, 2, 3].map(k => rf(5200, 5600) * 1e8 * (1 + k * 0.02)); rows.push(['金融机构本外币存款余额（季末）', '亿元', ...st.map(x => r(x / 1e8, 2)), r(st[3] / 1e8, 2)]);
  const emp = [0, 1, 2, 3].map(k => ri(1200000, 1300000)); rows.push(['城镇登记失业人员（季末）', '人', ...emp, emp[3]]);
  const w = [0, 1, 2, 3].map(() => rf(2500, 3300)), wp = [0, 1, 2, 3].map(() => rf(8, 12));
  rows.push(['城镇居民人均可支配收入（季度）', '元', ...w.map(x => r(x)), r(sum(w))]);
  rows.push(['居民消费价格指数（上年同期=100）', '%', 100.3, 100.1, 100.6, 100.2, 100.3]);
  await write({ file: 't39_季度全年_混入季末存量与指数行.xlsx', sheet: '1-7', layout: 'quarters + 全年; four flow rows (全年 = sum), two stock rows (全年 = 四季度末), one CPI index row (全年 = annual average, not sum); 单位 column', rows, merges: ['A1:G1'], labelWidth: 34, fmt: { 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' },
    rowFmt: { 8: { 2: '0', 3: '0', 4: '0', 5: '0', 6: '0' }, 9: { 2: '0', 3: '0', 4: '0', 5: '0', 6: '0' }, 10: { 2: '0.0', 3: '0.0', 4: '0.0', 5: '0.0', 6: '0.0' } },
    plant: { cell: 'G4', kind: 'total (社零 全年)', factor: 1.07 } });
}
// t40 transposed: indicators as rows (with 户均人口 and 增长% rows), 全市 column first then districts
{ setSeed(452);
  const names = ['东湖区', '西湖区', '青云谱区', '青山湖区', '新建区', '红谷滩区', '南昌县', '进贤县', '安义县'];
  const d = names.map(n => { const h = ri(60000, 300000); const p = Math.round(h * rf(2.4, 3.1)); const pl = Math.round(p / rf(0.98, 1.03)); const b = Math.round(p * rf(0.005, 0.01)); return { n, h, p, pl, b }; });
  const T = { n: '全市' }; ['h', 'p', 'pl', 'b'].forEach(k => T[k] = sum(d.map(x => x[k])));
  const all = [T, ...d];
  const rows = [['表2-5  各县区户籍人口主要指标（2024年）'], ['指标', ...all.map(x => x.n)], ['户数（户）', ...all.map(x => x.h)], ['户籍人口（人）', ...all.map(x => x.p)], ['　比上年增长（%）', ...all.map(x => g(x.p, x.pl, 2))], ['户均人口（人/户）', ...all.map(x => r(x.p / x.h, 2))], ['出生人口（人）', ...all.map(x => x.b)]];
  await write({ file: 't40_转置_全市列在前_比率行增长行.xlsx', sheet: '2-5', layout: 'transposed: districts as columns with 全市 first; count rows (全市 = sum) interleaved with a growth % row and a 户均人口 row (全市 not a sum)', rows, merges: ['A1:K1'], labelWidth: 22,
    rowFmt: { 4: Object.fromEntries(all.map((_, j) => [j + 1, '0.00'])), 5: Object.fromEntries(all.map((_, j) => [j + 1, '0.00'])) },
    plant: { cell: 'B4', kind: 'total (全市 户籍人口)', factor: 1.07 } });
}
// t41 合计 column left, 公办 | 民办 | #普惠性民办 parts (a # column after the parts); 合计 row at top
{ setSeed(453);
  const names = ['城关镇', '青龙镇', '白虎镇', '朱雀镇', '玄武镇', '麒麟乡', '凤凰乡'];
  const d = names.map(n => { const a = ri(1, 9), b = ri(0, 7); return { n, a, b, c: ri(0, b) }; });
  const T = { n: '合计', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)), c: sum(d.map(x => x.c)) };
  const line = x => [x.n, x.a + x.b, x.a, x.b, x.c];
  const rows = [['表15-9  各乡镇幼儿园数（2024年）'], ['单位：所'], ['乡镇', '合计', '公办', '民办', '#普惠性民办'], line(T), ...d.map(line)];
  await write({ file: 't41_合计列在左_其中列在分项后.xlsx', sheet: '15-9', layout: '合计 column first = 公办 + 民办; then a #普惠性民办 其中 column (part of 民办) that must not be added; 合计 row top; small counts', rows, merges: ['A1:E1'],
    plant: { cell: 'B4', kind: 'total (合计 合计)', factor: 1.10 } });
}
// t42 bare '%' share column with a 单位 row in 万元: 占全市%
{ setSeed(454);
  const names = ['越城区', '柯城区', '衢江区', '龙游县', '江山市', '常山县', '开化县'];
  const d = names.map(n => ({ n, v: ri(20000, 400000), l: 0 })); d.forEach(x => x.l = Math.round(x.v / rf(0.92, 1.12)));
  const T = { n: '全市', v: sum(d.map(x => x.v)), l: sum(d.map(x => x.l)) };
  const line = x => [x.n, x.v, r(x.v / T.v * 100, 1), g(x.v, x.l)];
  const rows = [['表9-5  各县（市、区）一般公共预算收入（2024年）'], ['单位：万元'], ['地区', '一般公共预算收入', '占全市%', '比上年增长%'], line(T), ...d.map(line)];
  await write({ file: 't42_单位行万元_占全市百分号无括号.xlsx', sheet: '9-5', layout: '单位：万元 row; a share column headed 占全市% (bare %, no brackets); 全市 100.0', rows, merges: ['A1:D1'], fmt: { 2: '0.0', 3: '0.0' },
    plant: { cell: 'B4', kind: 'total (全市 收入)', factor: 1.07 } });
}
// t43 上半年 | 下半年 | 全年 for a money column and an average-wage column (全年 wage = weighted average, not sum)
{ setSeed(455);
  const names = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '金融业', '房地产业', '教育'];
  const rows = [['表4-9  分行业从业人员和平均工资（2024年）'], ['行业', '工资总额（万元）', null, null, '平均工资（元）', null, null], [null, '上半年', '下半年', '全年', '上半年', '下半年', '全年']];
  const mk = () => { const e1 = ri(3000, 40000), e2 = ri(3000, 40000); const w1 = rf(3.5e4, 9e4) / 2 * e1, w2 = rf(3.5e4, 9e4) / 2 * e2; return { e1, e2, w1, w2 }; };
  const d = names.map(mk); const T = { e1: sum(d.map(x => x.e1)), e2: sum(d.map(x => x.e2)), w1: sum(d.map(x => x.w1)), w2: sum(d.map(x => x.w2)) };
  const line = (n, x) => [n, r(x.w1 / 1e4), r(x.w2 / 1e4), r((x.w1 + x.w2) / 1e4), r(x.w1 / x.e1), r(x.w2 / x.e2), r((x.w1 + x.w2) / ((x.e1 + x.e2) / 2))];
  rows.push(line('合计', T)); d.forEach((x, k) => rows.push(line(S + names[k], x)));
  await write({ file: 't43_上下半年全年_金额与平均工资.xlsx', sheet: '4-9', layout: 'two column groups under merged headers, each 上半年|下半年|全年: 工资总额 (万元, 全年 = sum from unrounded) and 平均工资 (元, 全年 is not the sum of halves; half-year averages)', rows, merges: ['A1:G1', 'A2:A3', 'B2:D2', 'E2:G2'], labelWidth: 28,
    plant: { cell: 'D4', kind: 'total (合计 全年 工资总额)', factor: 1.07 } });
}
// t44 本月 | 1—本月 district table, 全市 top, with 年末 stock column (余额) too
{ setSeed(456);
  const names = ['鹿城区', '龙湾区', '瓯海区', '洞头区', '瑞安市', '乐清市', '龙港市', '永嘉县'];
  const d = names.map(n => { const c = ri(200000, 1800000); const m = Math.round(c / rf(9, 13)); return { n, m, c, bal: ri(1e6, 9e6) }; });
  const T = { n: '全市', m: sum(d.map(x => x.m)), c: sum(d.map(x => x.c)), bal: sum(d.map(x => x.bal)) };
  const line = x => [x.n, x.m, x.c, x.bal];
  const rows = [['表13-4  各县（市、区）新增贷款和贷款余额（2024年12月）'], ['单位：万元'], ['地区', '12月新增', '1—12月累计新增', '12月末余额'], line(T), ...d.map(line)];
  await write({ file: 't44_本月_累计_月末余额_分区.xlsx', sheet: '13-4', layout: 'district table with 本月 | 1—12月累计 | 月末余额 columns; 全市 top', rows, merges: ['A1:D1'],
    plant: { cell: 'C4', kind: 'total (全市 累计新增)', factor: 1.07 } });
}
// t45 header unit note + ① marker on a total cell as text
{ setSeed(457);
  const names = ['城阳区', '崂山区', '黄岛区', '即墨区', '胶州市', '平度市', '莱西市'];
  const d = names.map(n => ({ n, a: ri(1000, 9000), b: ri(200, 3000) }));
  const T = { n: '全市', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)) };
  const rows = [['表18-3  各区市文化设施（2024年末）'], ['地区', '文化站', '农家书屋', '合计'], [T.n + '①', T.a, T.b, T.a + T.b], ...d.map(x => [x.n, x.a, x.b, x.a + x.b]), ['注：①全市数含市直属单位。单位：个。']];
  await write({ file: 't45_全市标签带注号_合计列在右.xlsx', sheet: '18-3', layout: 'total label “全市①” carries a note marker; 合计 column right; unit in the note', rows, merges: ['A1:D1'],
    plant: { cell: 'B3', kind: 'total (全市 文化站)', factor: 1.07 } });
}
saveManifest('4');
})().catch(e => { console.error(e); process.exit(1); });
