import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 76 (/tmp/round76a–b: urban community party building and grid management; rural revitalisation and
 * the monitoring against a return to poverty, written by outside testers who had not written statlint):
 * - A 其中 row right under a total at the top (全区 | 其中：老旧小区社区) is followed by the total's members where the rows
 *   from there add up to it past the 小计 of each group, or their 小计 rows do: the groups' rows are no more of its parts,
 *   and each 小计 closes the group above it.
 * - A row of no number between a numbered whole's 其中 row and the whole's next numbered sibling (三、乡村建设 | 其中：农村
 *   道路 | 农村饮水安全 | 四、…) is more of the 其中 list, whatever a wrong figure in one column does to the sums.
 * - On a sheet continued on the next one, a relation within a total's own row (其中：党员网格员 ≤ 网格员总数 in a 小计 row)
 *   is checked: only the sums over rows into a total that spans the sheets are not.
 */

// Communities under their street, each street's 小计 after them, 全区 and its 其中 row on top (/tmp/round76a p082).
const communities: CaseSheet = {
  name: '网格化管理',
  rows: [
    ['城东区2024年社区户数人口及网格员配备情况表'],
    [null, null, null, null, null, null, '单位：个、人、户、%'],
    [
      '街道',
      '社区',
      '户数（户）',
      '常住人口（万人）',
      '网格员总数（人）',
      '每名网格员服务户数（户）',
      '网格总数（个）',
    ],
    ['全区', null, 30939, 7.86, 238, 130, 90],
    ['其中：老旧小区社区', null, 17311, 4.43, 138, 125.4, 53],
    ['西城街道', '新村社区', 3825, 0.86, 36, 106.3, 10],
    [null, '光明社区', 4815, 1.32, 57, 84.5, 15],
    ['西城街道', '小计', 8640, 2.18, 93, 92.9, 25],
    ['东城街道', '阳光社区', 3935, 0.9, 45, 87.4, 12],
    [null, '西湖社区', 6147, 1.5, 17, 361.6, 16],
    [null, '华苑社区', 4654, 1.16, 21, 221.6, 10],
    [null, '学府社区', 2490, 0.65, 20, 124.5, 9],
    ['东城街道', '小计', 17226, 4.21, 103, 167.2, 47],
    ['人民路街道', '长青社区', 2414, 0.72, 19, 127.1, 10],
    [null, '东湖社区', 2659, 0.76, 23, 115.6, 8],
    ['人民路街道', '小计', 5073, 1.48, 42, 120.8, 18],
    [],
    ['注：1.网格党支部覆盖率=已建网格党支部的网格数÷网格总数×100%。'],
    ['2.平均每个网格户数=户数÷网格总数；每名网格员服务户数=户数÷网格员总数。'],
  ],
  merges: ['A1:G1', 'A4:B4', 'A5:B5'],
  plant: { address: 'C13', value: 17262 },
};

// Funds by use, numbered, a 其中 list of two under 三、 with no 其中 on its second row (/tmp/round76b e4, e5).
const funds: CaseSheet = {
  name: '资金',
  rows: [
    ['清河县2023年财政衔接推进乡村振兴补助资金使用情况表'],
    ['单位：万元、%'],
    ['填报单位：清河县乡村振兴局', null, null, null, '填报日期：2024年12月31日'],
    ['项目', '2022年（万元）', '2023年（万元）', '增长（%）', '2023年占比（%）'],
    ['合计', 4590.42, 5124.69, 11.6, 100],
    ['一、产业发展', 424.42, 411.62, -3, 8],
    ['其中：联农带农富农产业项目', 194.3, 194.48, 0.1, 3.8],
    ['二、就业帮扶（含务工交通补助）', 2351.68, 2367.41, 0.7, 46.2],
    ['三、乡村建设', 467.88, 607.81, 29.9, 11.9],
    ['其中：农村道路', 199.12, 272.41, 36.8, 5.3],
    ['农村饮水安全', 81.27, 152.2, 87.3, 3],
    ['四、易地搬迁后续扶持', 1327.3, 1723.01, 29.8, 33.6],
    ['五、项目管理费', 19.14, 14.84, -22.5, 0.3],
    ['注：占比=该项资金÷资金合计×100%。'],
  ],
  plant: { address: 'B5', value: 4592.82 },
};

// Grid members by community over two sheets, each street's 小计 above its communities (/tmp/round76a p090).
const header = [
  '街道/社区',
  '网格员总数（人）',
  '其中：专职网格员',
  '其中：党员网格员',
  '网格总数（个）',
  '已建网格党支部的网格数（个）',
  '网格党支部覆盖率（%）',
  '党员中心户（户）',
  '楼栋长（人）',
];
const gridFirst: CaseSheet = {
  name: '表1',
  rows: [
    ['高新区2024年网格员队伍及网格党支部建设情况表'],
    header,
    ['滨河街道小计', 67, 28, 17, 28, 23, 82.1, 92, 217],
    ['  翠园社区', 20, 9, 6, 8, 7, 87.5, 19, 90],
    ['  育才社区', 23, 7, 4, 6, 6, 100, 41, 38],
    ['  华苑社区', 24, 12, 7, 14, 10, 71.4, 32, 89],
    ['西城街道小计', 90, 34, 24, 30, 28, 93.3, 88, 143],
    ['  春晖社区', 50, 18, 16, 16, 14, 87.5, 14, 30],
    ['  花园社区', 30, 9, 4, 9, 9, 100, 30, 84],
    ['  永安社区', 10, 7, 4, 5, 5, 100, 44, 29],
    ['人民路街道小计', 124, 47, 34, 47, 36, 76.6, 126, 258],
    ['  康宁社区', 25, 10, 9, 10, 7, 70, 15, 87],
    ['  长青社区', 17, 5, 4, 6, 4, 66.7, 6, 65],
    ['  龙泉社区', 36, 12, 11, 13, 11, 84.6, 44, 70],
    ['  锦绣社区', 38, 14, 7, 13, 9, 69.2, 26, 14],
    ['  绿洲社区', 8, 6, 3, 5, 5, 100, 35, 22],
  ],
  merges: ['A1:I1'],
  plant: { address: 'D3', value: 69 },
};
const gridContinued: CaseSheet = {
  name: '表1（续）',
  rows: [
    ['高新区2024年网格员队伍及网格党支部建设情况表（续表）'],
    header,
    ['南苑街道小计', 76, 34, 26, 35, 28, 80, 100, 157],
    ['  阳光社区', 20, 11, 11, 11, 8, 72.7, 34, 38],
    ['  兴隆社区', 14, 11, 6, 10, 6, 60, 32, 43],
    ['  民主社区', 42, 12, 9, 14, 14, 100, 34, 76],
    ['东城街道小计', 128, 59, 41, 51, 44, 86.3, 84, 254],
    ['  繁荣社区', 20, 11, 7, 9, 8, 88.9, 25, 59],
    ['  西湖社区', 39, 13, 10, 10, 10, 100, 12, 79],
    ['  幸福社区', 24, 16, 13, 12, 9, 75, 16, 69],
    ['  学府社区', 9, 6, 6, 7, 6, 85.7, 18, 14],
    ['  滨江社区', 36, 13, 5, 13, 11, 84.6, 13, 33],
    ['文化路街道小计', 60, 42, 24, 41, 33, 80.5, 49, 117],
    ['  金桥社区', 16, 14, 11, 16, 10, 62.5, 6, 70],
    ['  东湖社区', 21, 13, 7, 12, 10, 83.3, 36, 16],
    ['  向阳社区', 23, 15, 6, 13, 13, 100, 7, 31],
    ['全区合计', 545, 244, 166, 232, 192, 82.8, 539, 1146],
  ],
  merges: ['A1:I1'],
  plant: { address: 'G8', value: 98.9 },
};

describe('round 76: community party building and grid management', () => {
  describe('全区 and its 其中 row on top, each 小计 after its group', () => describeCaseBook('社区', [communities]));
  describe('a 其中 row in a 小计 row of a sheet continued on the next', () =>
    describeCaseBook('网格', [gridFirst, gridContinued]));
});

describe('round 76: rural revitalisation', () => {
  describe('the second row of a 其中 list under a numbered item', () => describeCaseBook('衔接资金', [funds]));
});
