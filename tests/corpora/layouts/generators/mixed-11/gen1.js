// Reporting-system exports: 表号 block, 指标名称|代码|计量单位|本期|上年同期|增减%, 甲乙丙 row, footer.
'use strict';
const L = require('./lib');
const { ExcelJS, rng, rd, growth, sum } = L;
const G = 'gen1';
const std = (it, cur, prev, d) => [it.label, it.code, it.unit, { v: cur, fmt: d ? '0.' + '0'.repeat(d) : '0' }, { v: prev, fmt: d ? '0.' + '0'.repeat(d) : '0' }, it.nogrowth ? null : { v: growth(it.cur, it.prev, 1), fmt: '0.0' }];
const FOOT = '单位负责人：刘建国　　　统计负责人：陈晓燕　　　填表人：王磊　　　联系电话：0734-8812345　　　报出日期：2025年1月16日';

(async () => {
  // 1. 规上工业主要经济指标 B204-1
  {
    const r = rng(101);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('B204-1');
    const rev = r.real(380000, 420000), revP = rev / r.real(1.03, 1.12);
    const main = rev * 0.962, mainP = revP * 0.958;
    const items = [
      { label: '企业单位数', code: '01', unit: '个', cur: 86, prev: 81, d: 0 },
      { label: '　其中：亏损企业', code: '02', unit: '个', cur: 12, prev: 15, d: 0 },
      { label: '工业总产值（当年价格）', code: '03', unit: '万元', cur: rev * 1.01, prev: revP * 1.02 },
      { label: '营业收入', code: '04', unit: '万元', cur: rev, prev: revP },
      { label: '　其中：主营业务收入', code: '05', unit: '万元', cur: main, prev: mainP },
      { label: '营业成本', code: '06', unit: '万元', cur: rev * 0.84, prev: revP * 0.85 },
      { label: '利润总额', code: '07', unit: '万元', cur: rev * 0.061, prev: revP * 0.066 },
      { label: '应交增值税', code: '08', unit: '万元', cur: rev * 0.027, prev: revP * 0.025 },
      { label: '资产总计', code: '09', unit: '万元', cur: rev * 1.31, prev: revP * 1.27 },
      { label: '　其中：流动资产', code: '10', unit: '万元', cur: rev * 0.62, prev: revP * 0.6 },
      { label: '负债合计', code: '11', unit: '万元', cur: rev * 0.72, prev: revP * 0.71 },
      { label: '从业人员平均人数', code: '12', unit: '人', cur: 15234, prev: 14890, d: 0 },
    ];
    const { pos } = L.formSheet(ws, {
      title: '规模以上工业企业主要经济指标', header: ['指标名称', '代码', '计量单位', '本期', '上年同期', '增减（%）'],
      meta: [[null, '表    号：B204-1表'], ['综合机关名称：青柳县统计局', '制表机关：国家统计局'], [null, '批准文号：国统制〔2023〕60号'], ['2024年1-12月', '有效期至：2026年6月']],
      items, cols: std, footer: FOOT,
    });
    await L.save(wb, '01_规上工业主要指标_B204-1.xlsx', { sheet: 'B204-1', cell: 'D' + pos['其中：主营业务收入'], planted: (v) => rd(v * 1.07, 1), what: '主营业务收入本期 +7% (> 营业收入, growth off)' }, G);
  }
  // 2. 规上服务业 按行业分, 1-12月累计
  {
    const r = rng(102);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('F203表');
    const inds = ['交通运输、仓储和邮政业', '信息传输、软件和信息技术服务业', '房地产业（不含房地产开发经营）', '租赁和商务服务业', '科学研究和技术服务业', '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '教育', '卫生和社会工作', '文化、体育和娱乐业'];
    const cur = inds.map(() => r.real(3000, 60000)); const prev = cur.map((x) => x / r.real(0.9, 1.25));
    const items = [
      { label: '营业收入', code: '01', unit: '万元', cur: sum(cur), prev: sum(prev) },
      { label: '　按行业分：', code: null, unit: null, cur: null, prev: null, nogrowth: true, key: 'hdr' },
      ...inds.map((n, i) => ({ label: '　　' + n, code: String(i + 2).padStart(2, '0'), unit: '万元', cur: cur[i], prev: prev[i] })),
      { label: '营业利润', code: '12', unit: '万元', cur: sum(cur) * 0.083, prev: sum(prev) * 0.079 },
      { label: '应付职工薪酬', code: '13', unit: '万元', cur: sum(cur) * 0.21, prev: sum(prev) * 0.2 },
      { label: '期末用工人数', code: '14', unit: '人', cur: 8123, prev: 7964, d: 0 },
    ];
    const { pos } = L.formSheet(ws, {
      title: '规模以上服务业企业主要经济指标（按行业分）', header: ['指标名称', '代码', '计量单位', '1-12月', '上年同期', '同比增长（%）'],
      meta: [[null, '表    号：F203表'], ['填报单位（盖章）：龙泉县统计局', '制定机关：国家统计局'], [null, '批准文号：国统制〔2023〕60号'], ['2024年', '有效期至：2026年6月']],
      items, cols: (it, c, p, d) => it.key === 'hdr' ? [it.label] : std(it, c, p, d), footer: FOOT,
    });
    await L.save(wb, '02_规上服务业按行业_F203.xlsx', { sheet: 'F203表', cell: 'D' + pos['租赁和商务服务业'], planted: (v) => rd(v * 1.07, 1), what: '一个行业 1-12月 +7% (总计 sum + growth off)' }, G);
  }
  // 3. 劳动工资 106-1
  {
    const r = rng(103);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('106-1表');
    const zg = 21345, pq = 1203, qt = 2290, zgP = 20876, pqP = 1312, qtP = 2101;
    const avgZg = 20980, avgZgP = 20510; const wageZg = avgZg * 98765 / 10000, wageZgP = avgZgP * 93210 / 10000; // 万元
    const items = [
      { label: '单位数', code: '01', unit: '个', cur: 412, prev: 398, d: 0 },
      { label: '从业人员期末人数', code: '02', unit: '人', cur: zg + pq + qt, prev: zgP + pqP + qtP, d: 0 },
      { label: '　其中：女性', code: '03', unit: '人', cur: 10321, prev: 10002, d: 0 },
      { label: '　在岗职工', code: '04', unit: '人', cur: zg, prev: zgP, d: 0 },
      { label: '　劳务派遣人员', code: '05', unit: '人', cur: pq, prev: pqP, d: 0 },
      { label: '　其他从业人员', code: '06', unit: '人', cur: qt, prev: qtP, d: 0 },
      { label: '在岗职工平均人数', code: '07', unit: '人', cur: avgZg, prev: avgZgP, d: 0 },
      { label: '在岗职工工资总额', code: '08', unit: '万元', cur: wageZg, prev: wageZgP },
      { label: '在岗职工平均工资', code: '09', unit: '元', cur: rd(wageZg, 1) * 10000 / avgZg, prev: rd(wageZgP, 1) * 10000 / avgZgP, d: 0 },
    ];
    const { pos } = L.formSheet(ws, {
      title: '劳动工资统计综合表', header: ['指标名称', '代码', '计量单位', '本年', '上年', '增减（%）'],
      meta: [[null, '表　　号：106-1表'], ['综合机关名称：白沙县统计局', '制定机关：国家统计局'], [null, '批准文号：国统制〔2023〕60号'], ['2024年', '有效期至：2026年6月']],
      items, cols: std, footer: FOOT,
    });
    await L.save(wb, '03_劳动工资综合_106-1.xlsx', { sheet: '106-1表', cell: 'D' + pos['劳务派遣人员'], planted: (v) => v + 9, what: '劳务派遣人员 +9 (期末人数 = 在岗+派遣+其他 breaks, growth off)' }, G);
  }
  // 4. 农林牧渔业总产值 A301
  {
    const r = rng(104);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('农林牧渔');
    const parts = [r.real(180000, 220000), r.real(15000, 22000), r.real(90000, 130000), r.real(30000, 45000), r.real(9000, 14000)];
    const partsP = parts.map((x) => x / r.real(0.95, 1.09));
    const names = ['农业产值', '林业产值', '牧业产值', '渔业产值', '农林牧渔专业及辅助性活动产值'];
    const items = [
      { label: '农林牧渔业总产值', code: '01', unit: '万元', cur: sum(parts), prev: sum(partsP) },
      ...names.map((n, i) => ({ label: '　' + n, code: String(i + 2).padStart(2, '0'), unit: '万元', cur: parts[i], prev: partsP[i] })),
      { label: '农林牧渔业增加值', code: '07', unit: '万元', cur: sum(parts) * 0.58, prev: sum(partsP) * 0.585 },
    ];
    const { pos } = L.formSheet(ws, {
      title: '农林牧渔业总产值及增加值（现行价格）', header: ['指标名称', '代码', '计量单位', '本期', '上年同期', '增减（%）'],
      meta: [[null, '表　　号：A301表'], ['填报单位：南山县统计局', '制定机关：国家统计局'], [null, '批准文号：国统制〔2023〕32号'], ['2024年1-4季度', '有效期至：2026年3月']],
      items, cols: std, footer: FOOT,
    });
    await L.save(wb, '04_农林牧渔总产值_A301.xlsx', { sheet: '农林牧渔', cell: 'D' + pos['牧业产值'], planted: (v) => rd(v * 1.07, 1), what: '牧业产值 本期 +7%' }, G);
  }
  // 5. 财政收支 with 增减额 and 增减%
  {
    const r = rng(105);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('财政收入');
    const tax = [r.real(40000, 52000), r.real(9000, 13000), r.real(2500, 3800), r.real(3000, 4200), r.real(1800, 2600), r.real(3500, 6000)];
    const taxP = tax.map((x) => x / r.real(0.9, 1.12));
    const non = [r.real(8000, 11000), r.real(6000, 9000), r.real(4000, 6000), r.real(1500, 3000)];
    const nonP = non.map((x) => x / r.real(0.85, 1.2));
    const R1 = (x) => rd(x, 0);
    const tn = ['增值税', '企业所得税', '个人所得税', '城市维护建设税', '房产税', '其他税收收入'];
    const nn = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入'];
    const items = [
      { label: '一般公共预算收入', code: '1', unit: '万元', cur: R1(sum(tax)) + R1(sum(non)), prev: R1(sum(taxP)) + R1(sum(nonP)), d: 0 },
      { label: '　税收收入', code: '2', unit: '万元', cur: R1(sum(tax)), prev: R1(sum(taxP)), d: 0 },
      ...tn.map((n, i) => ({ label: '　　' + n, code: String(3 + i), unit: '万元', cur: tax[i], prev: taxP[i], d: 0 })),
      { label: '　非税收入', code: '9', unit: '万元', cur: R1(sum(non)), prev: R1(sum(nonP)), d: 0 },
      ...nn.map((n, i) => ({ label: '　　' + n, code: String(10 + i), unit: '万元', cur: non[i], prev: nonP[i], d: 0 })),
    ];
    // make integer parts add exactly: adjust last item of each group
    const fixGrp = (a, b, key) => { for (const k of ['cur', 'prev']) { const s = sum(items.slice(a, b).map((x) => rd(x[k], 0))); items[b - 1][k] = rd(items[b - 1][k], 0) + (items[a - 1][k] - s); } };
    fixGrp(2, 8); fixGrp(9, 13);
    const { pos } = L.formSheet(ws, {
      title: '2024年一般公共预算收入完成情况表', header: ['项目', '代码', '单位', '本年累计', '上年同期', '增减额', '增减（%）'],
      colnums: ['甲', '乙', '丙', 1, 2, '3=1-2', '4=3/2'],
      meta: [[null, '表号：财预月01表'], ['编报单位：桃源县财政局', '制表机关：财政部'], ['截至2024年12月31日', '有效期至：2025年12月']],
      items, cols: (it, c, p) => [it.label, it.code, it.unit, c, p, c - p, { v: growth(c, p, 1), fmt: '0.0' }],
      footer: '单位负责人：赵平　　　　复核：孙丽　　　　制表：周敏　　　　报出日期：2025年1月10日',
    });
    await L.save(wb, '05_财政收入完成情况_财预月01.xlsx', { sheet: '财政收入', cell: 'D' + pos['企业所得税'], planted: (v) => Math.round(v * 1.07), what: '企业所得税 本年 +7% (税收收入 sum, 增减额, 增减%)' }, G);
  }
  // 6. CSV (GBK) 固定资产投资 form export
  {
    const r = rng(106);
    const parts = [r.int(150000, 210000), r.int(20000, 35000), r.int(40000, 70000), r.int(25000, 40000)];
    const partsP = parts.map((x) => Math.round(x / r.real(0.88, 1.15)));
    const rows = [
      ['固定资产投资（不含农户）主要指标'],
      ['', '', '', '', '', '表    号：X101表'],
      ['综合机关名称：石桥县统计局', '', '', '', '', '制定机关：国家统计局'],
      ['', '', '', '', '', '批准文号：国统制〔2023〕60号'],
      ['2024年1-12月', '', '', '', '', '有效期至：2026年6月'],
      ['指标名称', '代码', '计量单位', '本年', '上年同期', '增减（%）'],
      ['甲', '乙', '丙', '1', '2', '3'],
    ];
    const add = (label, code, unit, c, p) => rows.push([label, code, unit, c, p, growth(c, p, 1).toFixed(1)]);
    add('施工项目个数', '01', '个', 214, 198); add('  其中：新开工项目', '02', '个', 97, 102);
    add('本年完成投资', '03', '万元', sum(parts), sum(partsP));
    ['  建筑工程', '  安装工程', '  设备工器具购置', '  其他费用'].forEach((n, i) => add(n, String(4 + i).padStart(2, '0'), '万元', parts[i], partsP[i]));
    add('新增固定资产', '08', '万元', Math.round(sum(parts) * 0.71), Math.round(sum(partsP) * 0.69));
    rows.push([]); rows.push(['单位负责人：', '', '统计负责人：', '', '填表人：', '报出日期：2025年1月12日']);
    L.saveCsv(rows, '06_固定资产投资_X101_gbk.csv', 'gbk', { r: 12, c: 3, planted: Math.round(parts[2] * 1.07), what: '设备工器具购置 本年 +7%' }, G);
  }
})();
