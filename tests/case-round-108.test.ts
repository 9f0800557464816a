import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, rounds 106 to 108 (written by outside testers who had not written statlint; the sheets below are theirs,
 * copied from /tmp/round103a … /tmp/round108b, with the figures they generated). 106B, village
 * collective economies, community workers and village rules (集体经济、社区工作者、村规民约); 107A, party dues
 * (党费收缴); 107B, the structure of party secretaries and new members (党组织书记队伍结构):
 * - 5万元以下 | 5-10万元 | 10万元以上 over 村数 | 占比, then 甲 | 乙 | "1" … "8": a band's bound is a header's word, the
 *   numbers typed as text number the columns (106B hunt2_067).
 * - 金川区小计 over 桃园镇 … 官渡镇 | 平安镇, its figures blank | 白沙镇 | 回龙镇: a town that reported nothing adds 0 to
 *   its subtotal, and the subtotal sums the towns past it (106B hunt2_100).
 * - 永丰镇 = 红旗街道 + 回龙镇 in four columns of five: a town is no two towns (106B hunt2_066); 小计 = 小计 + 解放街道 in
 *   two: a subtotal is no sum of its peer (106B hunt2_114).
 * - 项目 | 计量单位 | 栏次 | 全市合计 | the counties: 栏次 numbers the rows, no figure of theirs (107B probe-004).
 * - 新发展党员数 / 当月 | 累计 | 上年同期累计 then 其中：青年党员 / 本月 | 累计: the parts are the periods' in order, not
 *   上年同期累计's (107B probe-008); 1月至本月累计 and 累计 are one running total (107B hunt1-035).
 * - 比上年 / 增长(%) | 百分点, and ±百分点 under 金额单位：元: a header that is a rate's unit is a column in it (107B
 *   cases-008, 107A probe_007).
 * - 收缴率（%） merged down over 按人数 | 按金额, regions as columns: both rows are the rate's (107A hunt1_065), and
 *   全市合计 = 其中：非公有制企业 + 社会组织 is no sum on them (107A probe2_018).
 * - 临川合计 merged over the county and town columns at the top, then each county's towns and a plain 小计 below them:
 *   the named row is the table's total, the 小计 rows sum the towns above them (106A hunt2_089).
 * - 其中 / 出资人兼任 | 大专及以上学历: a role and an education overlap, no sum within the whole (107B plant160-036).
 *
 * 108A, party building in commercial buildings and markets (楼宇、商圈、市场党建); 108B, the pipeline of new members
 * (入党申请人 … 预备党员), both on the build of the mends above:
 * - 锦江区 | 和平路街道 | 鼓楼区 | 茶园街道 | 西固区 | 五一街道 | 东街街道, flush, no 小计: a district copying its one street,
 *   or summing its streets, is their subtotal; 合计 sums the districts (108A hunt1_049); 填报单位（盖章）： under the
 *   table is the filer's line, no district (108A hunt1_119).
 * - 建立党组织楼宇数（栋） / 本期 | 2022年 | 增幅(%) after 商务楼宇数（栋） / 2023年 | 上年 | 比上年增长(%): a change is of the
 *   periods under its own heading (108A hunt2_043); 商务楼宇数 / 增长(%) is no growth of 楼宇党组织覆盖率 / 上年 | 本年,
 *   nor 增长(%) of 占发展总数比重(%) / 本年 | 上年同期, where most rows say otherwise; no growth subtracts a count from a
 *   share (108A hunt3_110, 108B plant2_088).
 * - 本期增加 / 小计 | 其中：女 | 35岁及以下: the women and the young overlap, no sum of the two (108B hunt2_027).
 *
 * Three books left false by earlier rounds:
 * - 合计 | 社会团体 | 民办非企业单位 merged down over 期初数 | 新登记 | 注销（撤销） | 年末数, then 合计比上年增长(%) merged over
 *   both label columns: each measure's rows are a table of their own, the change row none of them (105B hunt1_015).
 * - 合计 | 1.各区合计 | (1)河阳区 … (4)清柳区 | 2.县（市） | (1)石东县 … | 3.高新区, regions as columns: 1.各区合计 sums
 *   its own (1)–(4), not 2.县（市） after them (103A hunt1_097).
 * - 党组织数（个） / 上年同期 | 2023年 | 增减率% then 党员数（人） / 本期数 | 2022年 | 增减 | 同比增长(%): 同比增长 is no growth
 *   from 党组织数's 上年同期 to 党员数's 本期数, which no row agrees with (98A h062).
 */

const bandHeaderOverColumnNumbers: CaseSheet = {
  name: '集体经济',
  rows: [
    ['表3'],
    ['安和县村级集体经济收入分档情况表'],
    [
      '序号',
      '乡镇(街道)',
      '行政村数',
      '其中：按集体经济收入分档',
      null,
      null,
      null,
      null,
      null,
      '集体经济总收入（万元）',
    ],
    [null, null, null, '5万元以下', null, '5-10万元', null, '10万元以上'],
    [null, null, null, '村数', '占比', '村数', '占比', '村数', '占比'],
    ['甲', '乙', '1', '2', '3', '4', '5', '6', '7', '8'],
    [
      1,
      '石桥镇',
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 0.25,
        numFmt: '0.00%',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 0.5357,
        numFmt: '0.00%',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 0.2143,
        numFmt: '0.00%',
      },
      {
        v: 325.59,
        numFmt: '0.00',
      },
    ],
    [
      2,
      '高庙乡',
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 0.4118,
        numFmt: '0.00%',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 0.1765,
        numFmt: '0.00%',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 0.4118,
        numFmt: '0.00%',
      },
      {
        v: 213.41,
        numFmt: '0.00',
      },
    ],
    [
      3,
      '回龙镇',
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 0.3333,
        numFmt: '0.00%',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 0.2667,
        numFmt: '0.00%',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 0.4,
        numFmt: '0.00%',
      },
      {
        v: 284.69,
        numFmt: '0.00',
      },
    ],
    [
      null,
      '全县合计',
      {
        v: 60,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 0.3167,
        numFmt: '0.00%',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 0.3667,
        numFmt: '0.00%',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 0.3167,
        numFmt: '0.00%',
      },
      {
        v: 823.69,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：占比=该档村数÷行政村数×100%，因四舍五入各档占比之和可能不等于100%。'],
    ['填报人：陈静　　审核人：张丽　　联系电话：0776-3067026　　填报日期：2025年2月7日'],
  ],
  merges: ['A2:J2', 'D3:I3', 'A3:A5', 'B3:B5', 'C3:C5', 'D4:E4', 'F4:G4', 'H4:I4', 'J3:J5'],
  plant: {
    address: 'C10',
    value: 66,
  },
};

const townReportingNothing: CaseSheet = {
  name: '社区工作者情况',
  rows: [
    ['表1'],
    ['东陵市社区工作者队伍建设情况表'],
    ['单位', '社区工作者人数（人）', null, null, '持证人数（人）', null, '持证率（%）'],
    [null, '2023年', '2024年', '比上年增长（%）', '2023年', '2024年', '2023年', '2024年', '增减（百分点）'],
    [
      '合计',
      {
        v: 666,
        numFmt: '0',
      },
      {
        v: 691,
        numFmt: '0',
      },
      {
        v: 3.75,
        numFmt: '0.00',
      },
      {
        v: 330,
        numFmt: '0',
      },
      {
        v: 384,
        numFmt: '0',
      },
      {
        v: 49.55,
        numFmt: '0.00',
      },
      {
        v: 55.57,
        numFmt: '0.00',
      },
      {
        v: 6.02,
        numFmt: '0.00',
      },
    ],
    [
      '青山县小计',
      {
        v: 163,
        numFmt: '0',
      },
      {
        v: 177,
        numFmt: '0',
      },
      {
        v: 8.59,
        numFmt: '0.00',
      },
      {
        v: 90,
        numFmt: '0',
      },
      {
        v: 102,
        numFmt: '0',
      },
      {
        v: 55.21,
        numFmt: '0.00',
      },
      {
        v: 57.63,
        numFmt: '0.00',
      },
      {
        v: 2.42,
        numFmt: '0.00',
      },
    ],
    [
      '南湖镇',
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 39,
        numFmt: '0',
      },
      {
        v: 8.33,
        numFmt: '0.00',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 61.54,
        numFmt: '0.00',
      },
      {
        v: 11.54,
        numFmt: '0.00',
      },
    ],
    [
      '站前街道',
      {
        v: 91,
        numFmt: '0',
      },
      {
        v: 102,
        numFmt: '0',
      },
      {
        v: 12.09,
        numFmt: '0.00',
      },
      {
        v: 50,
        numFmt: '0',
      },
      {
        v: 51,
        numFmt: '0',
      },
      {
        v: 54.95,
        numFmt: '0.00',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: -4.95,
        numFmt: '0.00',
      },
    ],
    [
      '李集镇',
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 61.11,
        numFmt: '0.00',
      },
      {
        v: 75,
        numFmt: '0.00',
      },
      {
        v: 13.89,
        numFmt: '0.00',
      },
    ],
    [
      '金川区小计',
      {
        v: 260,
        numFmt: '0',
      },
      {
        v: 264,
        numFmt: '0',
      },
      {
        v: 1.54,
        numFmt: '0.00',
      },
      {
        v: 119,
        numFmt: '0',
      },
      {
        v: 124,
        numFmt: '0',
      },
      {
        v: 45.77,
        numFmt: '0.00',
      },
      {
        v: 46.97,
        numFmt: '0.00',
      },
      {
        v: 1.2,
        numFmt: '0.00',
      },
    ],
    [
      '桃园镇',
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 26,
        numFmt: '0',
      },
      {
        v: 8.33,
        numFmt: '0.00',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 45.83,
        numFmt: '0.00',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 4.17,
        numFmt: '0.00',
      },
    ],
    [
      '人民路街道',
      {
        v: 176,
        numFmt: '0',
      },
      {
        v: 178,
        numFmt: '0',
      },
      {
        v: 1.14,
        numFmt: '0.00',
      },
      {
        v: 82,
        numFmt: '0',
      },
      {
        v: 84,
        numFmt: '0',
      },
      {
        v: 46.59,
        numFmt: '0.00',
      },
      {
        v: 47.19,
        numFmt: '0.00',
      },
      {
        v: 0.6,
        numFmt: '0.00',
      },
    ],
    [
      '官渡镇',
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
    ],
    ['平安镇'],
    [
      '白沙镇',
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 41.67,
        numFmt: '0.00',
      },
      {
        v: 41.67,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
    ],
    [
      '回龙镇',
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 41.67,
        numFmt: '0.00',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 8.33,
        numFmt: '0.00',
      },
    ],
    [
      '临河县小计',
      {
        v: 243,
        numFmt: '0',
      },
      {
        v: 250,
        numFmt: '0',
      },
      {
        v: 2.88,
        numFmt: '0.00',
      },
      {
        v: 121,
        numFmt: '0',
      },
      {
        v: 158,
        numFmt: '0',
      },
      {
        v: 49.79,
        numFmt: '0.00',
      },
      {
        v: 63.2,
        numFmt: '0.00',
      },
      {
        v: 13.41,
        numFmt: '0.00',
      },
    ],
    ['柳林镇'],
    [
      '文昌街道',
      {
        v: 170,
        numFmt: '0',
      },
      {
        v: 174,
        numFmt: '0',
      },
      {
        v: 2.35,
        numFmt: '0.00',
      },
      {
        v: 93,
        numFmt: '0',
      },
      {
        v: 125,
        numFmt: '0',
      },
      {
        v: 54.71,
        numFmt: '0.00',
      },
      {
        v: 71.84,
        numFmt: '0.00',
      },
      {
        v: 17.13,
        numFmt: '0.00',
      },
    ],
    [
      '北岭乡',
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0.00',
      },
      {
        v: 33.33,
        numFmt: '0.00',
      },
      {
        v: 8.33,
        numFmt: '0.00',
      },
    ],
    [
      '黄土坡乡',
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 61.11,
        numFmt: '0.00',
      },
      {
        v: 66.67,
        numFmt: '0.00',
      },
      {
        v: 5.56,
        numFmt: '0.00',
      },
    ],
    [
      '古城乡',
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 26,
        numFmt: '0',
      },
      {
        v: 13.04,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 21.74,
        numFmt: '0.00',
      },
      {
        v: 26.92,
        numFmt: '0.00',
      },
      {
        v: 5.18,
        numFmt: '0.00',
      },
    ],
    [
      '石桥镇',
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 45,
        numFmt: '0.00',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0.00',
      },
    ],
    ['三合镇'],
    ['注：持证人数指取得社会工作者职业资格证书的人数。'],
    ['填报人：张丽　　审核人：王建国　　联系电话：0846-7616709　　填报日期：2025年2月1日'],
  ],
  merges: ['A2:I2', 'B3:D3', 'E3:F3', 'G3:I3', 'A3:A4'],
  plant: {
    address: 'B10',
    value: 280,
  },
};

const placesNoSumOfPlaces: CaseSheet = {
  name: '换届',
  rows: [
    ["南屏市村（社区）'两委'换届选举进度表"],
    ['单位：个、人、%'],
    ['序号', '地区', '应换届村（社区）数', '已完成换届村（社区）数', '完成率', "新当选'两委'成员"],
    [null, null, null, null, null, '合计', '连任', '新进', '新进比例'],
    ['甲', '乙', '1', '2', '3', '4', '5', '6', '7'],
    [
      null,
      '南屏市',
      {
        v: 235,
        numFmt: '0',
      },
      {
        v: 227,
        numFmt: '0',
      },
      {
        v: 0.9659574468085106,
        numFmt: '0.0%',
      },
      {
        v: 1415,
        numFmt: '0',
      },
      {
        v: 788,
        numFmt: '0',
      },
      {
        v: 627,
        numFmt: '0',
      },
      {
        v: 0.4431095406360424,
        numFmt: '0.0%',
      },
    ],
    [
      null,
      '一、临河县',
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 0.9534883720930233,
        numFmt: '0.0%',
      },
      {
        v: 234,
        numFmt: '0',
      },
      {
        v: 155,
        numFmt: '0',
      },
      {
        v: 79,
        numFmt: '0',
      },
      {
        v: 0.33760683760683763,
        numFmt: '0.0%',
      },
    ],
    [
      1,
      '石桥镇',
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0.0%',
      },
      {
        v: 109,
        numFmt: '0',
      },
      {
        v: 66,
        numFmt: '0',
      },
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 0.3944954128440367,
        numFmt: '0.0%',
      },
    ],
    [
      2,
      '桃园镇',
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0.0%',
      },
      {
        v: 55,
        numFmt: '0',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 0.3090909090909091,
        numFmt: '0.0%',
      },
    ],
    [
      3,
      '马坊乡',
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 0.8181818181818182,
        numFmt: '0.0%',
      },
      {
        v: 70,
        numFmt: '0',
      },
      {
        v: 51,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 0.2714285714285714,
        numFmt: '0.0%',
      },
    ],
    [
      null,
      '二、桃源县',
      {
        v: 122,
        numFmt: '0',
      },
      {
        v: 119,
        numFmt: '0',
      },
      {
        v: 0.9754098360655737,
        numFmt: '0.0%',
      },
      {
        v: 753,
        numFmt: '0',
      },
      {
        v: 383,
        numFmt: '0',
      },
      {
        v: 370,
        numFmt: '0',
      },
      {
        v: 0.4913678618857902,
        numFmt: '0.0%',
      },
    ],
    [
      4,
      '龙泉镇',
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 0.9642857142857143,
        numFmt: '0.0%',
      },
      {
        v: 205,
        numFmt: '0',
      },
      {
        v: 94,
        numFmt: '0',
      },
      {
        v: 111,
        numFmt: '0',
      },
      {
        v: 0.5414634146341464,
        numFmt: '0.0%',
      },
    ],
    [
      5,
      '南湖镇',
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0.0%',
      },
      {
        v: 142,
        numFmt: '0',
      },
      {
        v: 67,
        numFmt: '0',
      },
      {
        v: 75,
        numFmt: '0',
      },
      {
        v: 0.528169014084507,
        numFmt: '0.0%',
      },
    ],
    [
      6,
      '文昌街道',
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0.0%',
      },
      {
        v: 82,
        numFmt: '0',
      },
      {
        v: 54,
        numFmt: '0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 0.34146341463414637,
        numFmt: '0.0%',
      },
    ],
    [
      7,
      '柳林镇',
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 0.923076923076923,
        numFmt: '0.0%',
      },
      {
        v: 79,
        numFmt: '0',
      },
      {
        v: 37,
        numFmt: '0',
      },
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 0.5316455696202531,
        numFmt: '0.0%',
      },
    ],
    [
      8,
      '红旗街道',
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0.0%',
      },
      {
        v: 25,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 0.4,
        numFmt: '0.0%',
      },
    ],
    [
      9,
      '城关镇',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 0.9375,
        numFmt: '0.0%',
      },
      {
        v: 102,
        numFmt: '0',
      },
      {
        v: 60,
        numFmt: '0',
      },
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 0.4117647058823529,
        numFmt: '0.0%',
      },
    ],
    [
      10,
      '回龙镇',
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0.0%',
      },
      {
        v: 118,
        numFmt: '0',
      },
      {
        v: 56,
        numFmt: '0',
      },
      {
        v: 62,
        numFmt: '0',
      },
      {
        v: 0.5254237288135594,
        numFmt: '0.0%',
      },
    ],
    [
      null,
      '三、凤鸣县',
      {
        v: 70,
        numFmt: '0',
      },
      {
        v: 67,
        numFmt: '0',
      },
      {
        v: 0.9571428571428572,
        numFmt: '0.0%',
      },
      {
        v: 428,
        numFmt: '0',
      },
      {
        v: 250,
        numFmt: '0',
      },
      {
        v: 178,
        numFmt: '0',
      },
      {
        v: 0.4158878504672897,
        numFmt: '0.0%',
      },
    ],
    [
      11,
      '西城街道',
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0.0%',
      },
      {
        v: 60,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 31,
        numFmt: '0',
      },
      {
        v: 0.5166666666666667,
        numFmt: '0.0%',
      },
    ],
    [
      12,
      '高庙乡',
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0.0%',
      },
      {
        v: 88,
        numFmt: '0',
      },
      {
        v: 52,
        numFmt: '0',
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 0.4090909090909091,
        numFmt: '0.0%',
      },
    ],
    [
      13,
      '平安镇',
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0.0%',
      },
      {
        v: 61,
        numFmt: '0',
      },
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 0.32786885245901637,
        numFmt: '0.0%',
      },
    ],
    [
      14,
      '永丰镇',
      {
        v: 26,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 0.923076923076923,
        numFmt: '0.0%',
      },
      {
        v: 143,
        numFmt: '0',
      },
      {
        v: 71,
        numFmt: '0',
      },
      {
        v: 72,
        numFmt: '0',
      },
      {
        v: 0.5034965034965035,
        numFmt: '0.0%',
      },
    ],
    [
      15,
      '大营镇',
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 0.9090909090909091,
        numFmt: '0.0%',
      },
      {
        v: 76,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 0.25,
        numFmt: '0.0%',
      },
    ],
    ['填报人：赵敏　　审核人：张丽　　联系电话：0361-4052585　　填报日期：2025年2月9日'],
  ],
  merges: ['A1:I1', 'A2:H2', 'F3:I3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4'],
  plant: {
    address: 'D16',
    value: 3,
  },
};

const subtotalsArePeers: CaseSheet = {
  name: '村规民约统计',
  rows: [
    ['河阳市村规民约和红白理事会建设情况统计表'],
    [
      '序号',
      '单位',
      '行政村数',
      '已修订村规民约村数',
      '村规民约覆盖率（%）',
      null,
      null,
      '已成立红白理事会村数',
      '红白理事会覆盖率（%）',
    ],
    [null, null, null, null, '2023年', '2024年', '增减（百分点）', null, '2023年', '2024年', '增减（百分点）'],
    [null, '一、桃源县'],
    [
      1,
      '站前街道',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      '0.0',
    ],
    [
      2,
      '三合镇',
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0',
      },
      {
        v: 77.8,
        numFmt: '0.0',
      },
      '92.6',
      {
        v: 14.8,
        numFmt: '0.0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 70.4,
        numFmt: '0.0',
      },
      {
        v: 88.9,
        numFmt: '0.0',
      },
      {
        v: 18.5,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '解放街道',
      '2',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '平安镇',
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 78.6,
        numFmt: '0.0',
      },
      {
        v: 85.7,
        numFmt: '0.0',
      },
      {
        v: 7.1,
        numFmt: '0.0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 92.9,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 7.1,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '小计',
      {
        v: 44,
        numFmt: '0',
      },
      '40',
      {
        v: 79.5,
        numFmt: '0.0',
      },
      {
        v: 90.9,
        numFmt: '0.0',
      },
      {
        v: 11.4,
        numFmt: '0.0',
      },
      {
        v: 40,
        numFmt: '0',
      },
      {
        v: 77.3,
        numFmt: '0.0',
      },
      {
        v: 90.9,
        numFmt: '0.0',
      },
      {
        v: 13.6,
        numFmt: '0.0',
      },
    ],
    [null, '二、新城区'],
    [
      5,
      '清水乡',
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      '85.0',
      {
        v: 90,
        numFmt: '0.0',
      },
      {
        v: 5,
        numFmt: '0.0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 40,
        numFmt: '0.0',
      },
      {
        v: 75,
        numFmt: '0.0',
      },
      {
        v: 35,
        numFmt: '0.0',
      },
    ],
    [
      6,
      '东关街道',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '100.0',
      {
        v: 100,
        numFmt: '0.0',
      },
      '0.0',
    ],
    [
      7,
      '西城街道',
      {
        v: 0,
        numFmt: '0',
      },
      '0',
      '—',
      '—',
      '—',
      {
        v: 0,
        numFmt: '0',
      },
      '—',
      '—',
      '—',
    ],
    [
      8,
      '回龙镇',
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 58.3,
        numFmt: '0.0',
      },
      {
        v: 75,
        numFmt: '0.0',
      },
      {
        v: 16.7,
        numFmt: '0.0',
      },
    ],
    [
      9,
      '石桥镇',
      '12',
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 75,
        numFmt: '0.0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: 16.7,
        numFmt: '0.0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 83.3,
        numFmt: '0.0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      '8.4',
    ],
    [
      10,
      '双河镇',
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 92.3,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 7.7,
        numFmt: '0.0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 38.5,
        numFmt: '0.0',
      },
      {
        v: 69.2,
        numFmt: '0.0',
      },
      {
        v: 30.7,
        numFmt: '0.0',
      },
    ],
    [
      11,
      '文昌街道',
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      '—',
      '—',
      '—',
      {
        v: 0,
        numFmt: '0',
      },
      '—',
      '—',
      '—',
    ],
    [
      null,
      '小计',
      '58',
      {
        v: 54,
        numFmt: '0',
      },
      {
        v: 86.2,
        numFmt: '0.0',
      },
      {
        v: 93.1,
        numFmt: '0.0',
      },
      {
        v: 6.9,
        numFmt: '0.0',
      },
      {
        v: 45,
        numFmt: '0',
      },
      {
        v: 53.4,
        numFmt: '0.0',
      },
      {
        v: 77.6,
        numFmt: '0.0',
      },
      {
        v: 24.2,
        numFmt: '0.0',
      },
    ],
    [null, '三、长丰县'],
    [
      12,
      '马坊乡',
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
      },
      {
        v: 86.7,
        numFmt: '0.0',
      },
      {
        v: 20,
        numFmt: '0.0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 93.3,
        numFmt: '0.0',
      },
      {
        v: 93.3,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      13,
      '人民路街道',
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      '—',
      '—',
      '—',
      {
        v: 0,
        numFmt: '0',
      },
      '—',
      '—',
      '—',
    ],
    [
      14,
      '李集镇',
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0',
      },
      {
        v: 81.5,
        numFmt: '0.0',
      },
      '92.6',
      {
        v: 11.1,
        numFmt: '0.0',
      },
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 70.4,
        numFmt: '0.0',
      },
      {
        v: 77.8,
        numFmt: '0.0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '小计',
      '42',
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 76.2,
        numFmt: '0.0',
      },
      {
        v: 90.5,
        numFmt: '0.0',
      },
      '14.3',
      {
        v: 35,
        numFmt: '0',
      },
      {
        v: 78.6,
        numFmt: '0.0',
      },
      {
        v: 83.3,
        numFmt: '0.0',
      },
      '4.7',
    ],
    [
      null,
      '河阳市',
      {
        v: 144,
        numFmt: '0',
      },
      {
        v: 132,
        numFmt: '0',
      },
      {
        v: 81.3,
        numFmt: '0.0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: 10.4,
        numFmt: '0.0',
      },
      {
        v: 120,
        numFmt: '0',
      },
      {
        v: 68.1,
        numFmt: '0.0',
      },
      {
        v: 83.3,
        numFmt: '0.0',
      },
      {
        v: 15.2,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：覆盖率=累计数÷行政村数×100%。'],
    ['填报人：刘洋　　审核人：赵敏　　联系电话：0711-3709706　　填报日期：2025年2月20日'],
  ],
  merges: ['A1:K1', 'E2:G2', 'I2:K2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'H2:H3'],
  plant: {
    address: 'C16',
    value: 16,
  },
};

const columnNumbersAfterUnits: CaseSheet = {
  name: '分县区',
  rows: [
    ['白河市各县（市、区）两新组织党组织书记结构情况统计表'],
    ['项目', '计量单位', '栏次', '全市合计', '分县（市、区）'],
    [null, null, null, null, '临江县', '清河县', '南湖区', '北岭县', '西城区'],
    [
      '党组织书记总数',
      '人',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 6290,
        numFmt: '0',
      },
      {
        v: 1932,
        numFmt: '0',
      },
      {
        v: 215,
        numFmt: '0',
      },
      {
        v: 2534,
        numFmt: '0',
      },
      {
        v: 258,
        numFmt: '0',
      },
      {
        v: 1351,
        numFmt: '0',
      },
    ],
    [
      '其中：女性',
      '人',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 1895,
        numFmt: '0',
      },
      {
        v: 747,
        numFmt: '0',
      },
      {
        v: 71,
        numFmt: '0',
      },
      {
        v: 830,
        numFmt: '0',
      },
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 206,
        numFmt: '0',
      },
    ],
    [
      '35岁以下',
      '人',
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 1140,
        numFmt: '0',
      },
      {
        v: 373,
        numFmt: '0',
      },
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 488,
        numFmt: '0',
      },
      {
        v: 48,
        numFmt: '0',
      },
      {
        v: 190,
        numFmt: '0',
      },
    ],
    [
      '36至45岁',
      '人',
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 2187,
        numFmt: '0',
      },
      {
        v: 713,
        numFmt: '0',
      },
      {
        v: 74,
        numFmt: '0',
      },
      {
        v: 761,
        numFmt: '0',
      },
      {
        v: 93,
        numFmt: '0',
      },
      {
        v: 546,
        numFmt: '0',
      },
    ],
    [
      '46至55岁',
      '人',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 2155,
        numFmt: '0',
      },
      {
        v: 740,
        numFmt: '0',
      },
      {
        v: 89,
        numFmt: '0',
      },
      {
        v: 727,
        numFmt: '0',
      },
      {
        v: 103,
        numFmt: '0',
      },
      {
        v: 496,
        numFmt: '0',
      },
    ],
    [
      '56岁以上',
      '人',
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 808,
        numFmt: '0',
      },
      {
        v: 106,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 558,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 119,
        numFmt: '0',
      },
    ],
    [
      '大专以上学历',
      '人',
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 4202,
        numFmt: '0',
      },
      {
        v: 1623,
        numFmt: '0',
      },
      {
        v: 159,
        numFmt: '0',
      },
      {
        v: 1542,
        numFmt: '0',
      },
      {
        v: 155,
        numFmt: '0',
      },
      {
        v: 723,
        numFmt: '0',
      },
    ],
    [
      '女性占比',
      '%',
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 30.1,
        numFmt: '0.0',
      },
      {
        v: 38.7,
        numFmt: '0.0',
      },
      {
        v: 33,
        numFmt: '0.0',
      },
      {
        v: 32.8,
        numFmt: '0.0',
      },
      {
        v: 15.9,
        numFmt: '0.0',
      },
      {
        v: 15.2,
        numFmt: '0.0',
      },
    ],
    [
      '35岁以下占比',
      '%',
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 18.1,
        numFmt: '0.0',
      },
      {
        v: 19.3,
        numFmt: '0.0',
      },
      {
        v: 19.1,
        numFmt: '0.0',
      },
      {
        v: 19.3,
        numFmt: '0.0',
      },
      {
        v: 18.6,
        numFmt: '0.0',
      },
      {
        v: 14.1,
        numFmt: '0.0',
      },
    ],
    [
      '大专以上学历占比',
      '%',
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 66.8,
        numFmt: '0.0',
      },
      {
        v: 84,
        numFmt: '0.0',
      },
      {
        v: 74,
        numFmt: '0.0',
      },
      {
        v: 60.9,
        numFmt: '0.0',
      },
      {
        v: 60.1,
        numFmt: '0.0',
      },
      {
        v: 53.5,
        numFmt: '0.0',
      },
    ],
    [],
    [],
    ['填报人：张伟　　审核人：赵强　　填报日期：2023年6月13日'],
  ],
  merges: ['A1:I1', 'E2:I2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'],
  plant: {
    address: 'D4',
    value: 6490,
  },
};

const partPeriodsInOrder: CaseSheet = {
  name: '发展党员月报',
  rows: [
    ['2023年两新组织发展党员统计（分月）'],
    ['月份', '新发展党员数', null, null, null, '其中：青年党员（35岁及以下）'],
    [null, '当月', '累计', '上年同期累计', '增长%', '本月', '累计'],
    [
      '1月',
      {
        v: 50,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 233.3,
        numFmt: '0.0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
    ],
    [
      '2月',
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 79,
        numFmt: '0',
      },
      {
        v: 74,
        numFmt: '0',
      },
      {
        v: 6.8,
        numFmt: '0.0',
      },
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 53,
        numFmt: '0',
      },
    ],
    [
      '3月',
      {
        v: 37,
        numFmt: '0',
      },
      {
        v: 116,
        numFmt: '0',
      },
      {
        v: 80,
        numFmt: '0',
      },
      {
        v: 45,
        numFmt: '0.0',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 75,
        numFmt: '0',
      },
    ],
    [
      '4月份',
      {
        v: 47,
        numFmt: '0',
      },
      {
        v: 163,
        numFmt: '0',
      },
      {
        v: 136,
        numFmt: '0',
      },
      {
        v: 19.9,
        numFmt: '0.0',
      },
      {
        v: 31,
        numFmt: '0',
      },
      {
        v: 106,
        numFmt: '0',
      },
    ],
    [
      '5月',
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 185,
        numFmt: '0',
      },
      {
        v: 138,
        numFmt: '0',
      },
      {
        v: 34.1,
        numFmt: '0.0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 119,
        numFmt: '0',
      },
    ],
    [
      '6月',
      {
        v: 77,
        numFmt: '0',
      },
      {
        v: 262,
        numFmt: '0',
      },
      {
        v: 156,
        numFmt: '0',
      },
      {
        v: 67.9,
        numFmt: '0.0',
      },
      {
        v: 46,
        numFmt: '0',
      },
      {
        v: 165,
        numFmt: '0',
      },
    ],
    [
      '7月',
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 298,
        numFmt: '0',
      },
      {
        v: 176,
        numFmt: '0',
      },
      {
        v: 69.3,
        numFmt: '0.0',
      },
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 188,
        numFmt: '0',
      },
    ],
    [
      '8月',
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 336,
        numFmt: '0',
      },
      {
        v: 196,
        numFmt: '0',
      },
      {
        v: 71.4,
        numFmt: '0.0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 212,
        numFmt: '0',
      },
    ],
    [
      '9月',
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 377,
        numFmt: '0',
      },
      {
        v: 243,
        numFmt: '0',
      },
      {
        v: 55.1,
        numFmt: '0.0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 229,
        numFmt: '0',
      },
    ],
    [],
    ['注：1.本表统计截至2022年12月31日；2.占比数据因四舍五入，合计可能不等于100%。'],
    [],
    ['填报人：张伟　　审核人：周敏　　填报日期：2021年9月6日'],
  ],
  merges: ['A1:G1', 'B2:E2', 'F2:G2', 'A2:A3'],
  plant: {
    address: 'G9',
    value: 195,
  },
};

const pointsUnderParent: CaseSheet = {
  name: '占比分析',
  rows: [
    ['云阳市2024年两新组织新发展党员队伍结构情况'],
    ['', null, null, null, null, null, '单位：人、%'],
    ['分类', '2024年底', null, '2023年底', null, '比上年'],
    [null, '数量', '比重（%）', '人数', '占比', '增长(%)', '百分点'],
    [
      '新发展党员总数（人）',
      {
        v: 5530,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 5538,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: -0.1,
        numFmt: '0.0',
      },
      '—',
    ],
    ['（一）按年龄分：'],
    [
      '  35岁及以下',
      {
        v: 762,
        numFmt: '0',
      },
      {
        v: 13.8,
        numFmt: '0.0',
      },
      {
        v: 1209,
        numFmt: '0',
      },
      {
        v: 21.8,
        numFmt: '0.0',
      },
      {
        v: -37,
        numFmt: '0.0',
      },
      {
        v: -8,
        numFmt: '0.0',
      },
    ],
    [
      '　36岁至45岁',
      {
        v: 2253,
        numFmt: '0',
      },
      {
        v: 40.7,
        numFmt: '0.0',
      },
      {
        v: 1636,
        numFmt: '0',
      },
      {
        v: 29.5,
        numFmt: '0.0',
      },
      {
        v: 37.7,
        numFmt: '0.0',
      },
      {
        v: 11.2,
        numFmt: '0.0',
      },
    ],
    [
      '　46岁至55岁',
      {
        v: 1420,
        numFmt: '0',
      },
      {
        v: 25.7,
        numFmt: '0.0',
      },
      {
        v: 1494,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0.0',
      },
      {
        v: -5,
        numFmt: '0.0',
      },
      {
        v: -1.3,
        numFmt: '0.0',
      },
    ],
    [
      '  56岁及以上',
      {
        v: 1095,
        numFmt: '0',
      },
      {
        v: 19.8,
        numFmt: '0.0',
      },
      {
        v: 1199,
        numFmt: '0',
      },
      {
        v: 21.7,
        numFmt: '0.0',
      },
      {
        v: -8.7,
        numFmt: '0.0',
      },
      {
        v: -1.9,
        numFmt: '0.0',
      },
    ],
    ['（二）按学历分：'],
    [
      '  大专及以上',
      {
        v: 4142,
        numFmt: '0',
      },
      {
        v: 74.9,
        numFmt: '0.0',
      },
      {
        v: 3370,
        numFmt: '0',
      },
      {
        v: 60.9,
        numFmt: '0.0',
      },
      {
        v: 22.9,
        numFmt: '0.0',
      },
      {
        v: 14,
        numFmt: '0.0',
      },
    ],
    [
      '　中专及以下',
      {
        v: 1388,
        numFmt: '0',
      },
      {
        v: 25.1,
        numFmt: '0.0',
      },
      {
        v: 2168,
        numFmt: '0',
      },
      {
        v: 39.1,
        numFmt: '0.0',
      },
      {
        v: -36,
        numFmt: '0.0',
      },
      {
        v: -14,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：本表数据来源于党内统计信息系统，共涉及6个县（市、区）。'],
    [],
    ['填报人：刘洋　　审核人：孙丽　　填报日期：2024年7月28日'],
  ],
  merges: ['A1:G1', 'B3:C3', 'D3:E3', 'F3:G3', 'A3:A4'],
  plant: {
    address: 'G8',
    value: 14.2,
  },
};

const signedPoints: CaseSheet = {
  name: 'Sheet1',
  rows: [
    ['2024年度云岭市非公有制企业和社会组织党费收缴情况统计表'],
    ['填报单位：中共云岭市委组织部（盖章）', null, null, null, null, null, null, null, null, '金额单位：元'],
    [
      '县区',
      '党员数（人）',
      '应交党费人数',
      '应交党费（元）',
      '实交党费人数',
      '实交党费（元）',
      '金额收缴率（%）',
      '2023年实交（元）',
      '增幅（%）',
      '上年收缴率（%）',
      '±百分点',
    ],
    [
      '西湖区',
      {
        v: 2748,
        numFmt: '#,##0',
      },
      {
        v: 2482,
        numFmt: '0',
      },
      {
        v: 600208.15,
        numFmt: '#,##0.00',
      },
      {
        v: 2254,
        numFmt: '#,##0',
      },
      {
        v: 530903.06,
        numFmt: '#,##0.00',
      },
      {
        v: 88.5,
        numFmt: '#,##0.0',
      },
      {
        v: 504711.04,
        numFmt: '#,##0.00',
      },
      {
        v: 5.19,
        numFmt: '#,##0.00',
      },
      {
        v: 86.7,
        numFmt: '#,##0.0',
      },
      {
        v: 1.8,
        numFmt: '#,##0.0',
      },
    ],
    [
      '经开区',
      {
        v: 2226,
        numFmt: '#,##0',
      },
      {
        v: 2159,
        numFmt: '0',
      },
      {
        v: 1149984.17,
        numFmt: '#,##0.00',
      },
      {
        v: 1992,
        numFmt: '0',
      },
      {
        v: 1048569.94,
        numFmt: '#,##0.00',
      },
      {
        v: 91.2,
        numFmt: '#,##0.0',
      },
      {
        v: 936286.56,
        numFmt: '#,##0.00',
      },
      {
        v: 11.99,
        numFmt: '#,##0.00',
      },
      {
        v: 93.4,
        numFmt: '#,##0.0',
      },
      {
        v: -2.2,
        numFmt: '#,##0.0',
      },
    ],
    [
      '城关区',
      {
        v: 1188,
        numFmt: '0',
      },
      {
        v: 1084,
        numFmt: '0',
      },
      {
        v: 739117.5,
        numFmt: '#,##0.00',
      },
      {
        v: 1031,
        numFmt: '#,##0',
      },
      {
        v: 684051.09,
        numFmt: '#,##0.00',
      },
      {
        v: 92.5,
        numFmt: '#,##0.0',
      },
      {
        v: 706531.5,
        numFmt: '#,##0.00',
      },
      {
        v: -3.18,
        numFmt: '#,##0.00',
      },
      {
        v: 96.1,
        numFmt: '#,##0.0',
      },
      {
        v: -3.6,
        numFmt: '#,##0.0',
      },
    ],
    [
      '临江县',
      {
        v: 2310,
        numFmt: '#,##0',
      },
      {
        v: 2103,
        numFmt: '0',
      },
      {
        v: 1928031.43,
        numFmt: '#,##0.00',
      },
      {
        v: 1913,
        numFmt: '0',
      },
      {
        v: 1717575.24,
        numFmt: '#,##0.00',
      },
      {
        v: 89.1,
        numFmt: '#,##0.0',
      },
      {
        v: 1374175.25,
        numFmt: '#,##0.00',
      },
      {
        v: 24.99,
        numFmt: '#,##0.00',
      },
      {
        v: 86,
        numFmt: '#,##0.0',
      },
      {
        v: 3.1,
        numFmt: '#,##0.0',
      },
    ],
    [
      '东城区',
      {
        v: 360,
        numFmt: '#,##0',
      },
      {
        v: 327,
        numFmt: '#,##0',
      },
      {
        v: 73927.12,
        numFmt: '#,##0.00',
      },
      {
        v: 303,
        numFmt: '#,##0',
      },
      {
        v: 66811.25,
        numFmt: '#,##0.00',
      },
      {
        v: 90.4,
        numFmt: '#,##0.0',
      },
      {
        v: 56601.45,
        numFmt: '#,##0.00',
      },
      {
        v: 18.04,
        numFmt: '#,##0.00',
      },
      {
        v: 90.6,
        numFmt: '#,##0.0',
      },
      {
        v: -0.2,
        numFmt: '#,##0.0',
      },
    ],
    [
      '青山县',
      {
        v: 4460,
        numFmt: '0',
      },
      {
        v: 4054,
        numFmt: '#,##0',
      },
      {
        v: 1672275.1,
        numFmt: '#,##0.00',
      },
      {
        v: 4029,
        numFmt: '0',
      },
      {
        v: 1615191.74,
        numFmt: '#,##0.00',
      },
      {
        v: 96.6,
        numFmt: '#,##0.0',
      },
      {
        v: 1441313.44,
        numFmt: '#,##0.00',
      },
      {
        v: 12.06,
        numFmt: '#,##0.00',
      },
      {
        v: 87.9,
        numFmt: '#,##0.0',
      },
      {
        v: 8.7,
        numFmt: '#,##0.0',
      },
    ],
    [
      '桃源县',
      {
        v: 1320,
        numFmt: '0',
      },
      {
        v: 1308,
        numFmt: '#,##0',
      },
      {
        v: 1154564.21,
        numFmt: '#,##0.00',
      },
      {
        v: 1300,
        numFmt: '#,##0',
      },
      {
        v: 1135936.2,
        numFmt: '#,##0.00',
      },
      {
        v: 98.4,
        numFmt: '#,##0.0',
      },
      {
        v: 953750.5,
        numFmt: '#,##0.00',
      },
      {
        v: 19.1,
        numFmt: '#,##0.00',
      },
      {
        v: 88.2,
        numFmt: '#,##0.0',
      },
      {
        v: 10.2,
        numFmt: '#,##0.0',
      },
    ],
    [
      '新港区',
      {
        v: 4032,
        numFmt: '#,##0',
      },
      {
        v: 3638,
        numFmt: '#,##0',
      },
      {
        v: 2736240.92,
        numFmt: '#,##0.00',
      },
      {
        v: 3544,
        numFmt: '#,##0',
      },
      {
        v: 2644784.39,
        numFmt: '#,##0.00',
      },
      {
        v: 96.7,
        numFmt: '#,##0.0',
      },
      {
        v: 2154107.84,
        numFmt: '#,##0.00',
      },
      {
        v: 22.78,
        numFmt: '#,##0.00',
      },
      {
        v: 97.6,
        numFmt: '#,##0.0',
      },
      {
        v: -0.9,
        numFmt: '#,##0.0',
      },
    ],
    [
      '白水县',
      {
        v: 1529,
        numFmt: '#,##0',
      },
      {
        v: 1439,
        numFmt: '0',
      },
      {
        v: 738020.41,
        numFmt: '#,##0.00',
      },
      {
        v: 1392,
        numFmt: '#,##0',
      },
      {
        v: 702147.09,
        numFmt: '#,##0.00',
      },
      {
        v: 95.1,
        numFmt: '#,##0.0',
      },
      {
        v: 781361.83,
        numFmt: '#,##0.00',
      },
      {
        v: -10.14,
        numFmt: '#,##0.00',
      },
      {
        v: 87.9,
        numFmt: '#,##0.0',
      },
      {
        v: 7.2,
        numFmt: '#,##0.0',
      },
    ],
    [
      '河西县',
      {
        v: 1853,
        numFmt: '0',
      },
      {
        v: 1820,
        numFmt: '0',
      },
      {
        v: 1596109.33,
        numFmt: '#,##0.00',
      },
      {
        v: 1731,
        numFmt: '0',
      },
      {
        v: 1513467.37,
        numFmt: '#,##0.00',
      },
      {
        v: 94.8,
        numFmt: '#,##0.0',
      },
      {
        v: 1291207.79,
        numFmt: '#,##0.00',
      },
      {
        v: 17.21,
        numFmt: '#,##0.00',
      },
      {
        v: 97.4,
        numFmt: '#,##0.0',
      },
      {
        v: -2.6,
        numFmt: '#,##0.0',
      },
    ],
    [
      '全市',
      {
        v: 22026,
        numFmt: '#,##0',
      },
      {
        v: 20414,
        numFmt: '0',
      },
      {
        v: 12388478.34,
        numFmt: '#,##0.00',
      },
      {
        v: 19489,
        numFmt: '#,##0',
      },
      {
        v: 11659437.37,
        numFmt: '#,##0.00',
      },
      {
        v: 94.1,
        numFmt: '#,##0.0',
      },
      {
        v: 10200047.2,
        numFmt: '#,##0.00',
      },
      {
        v: 14.31,
        numFmt: '#,##0.00',
      },
      {
        v: 91.7,
        numFmt: '#,##0.0',
      },
      {
        v: 2.4,
        numFmt: '#,##0.0',
      },
    ],
    ['注：1.收缴率=实交党费÷应交党费×100%；2.本表统计范围为非公有制企业和社会组织党组织；'],
    ['填报人：杨帆　　审核人：刘洋　　联系电话：0737-8939597　　填报日期：2025年1月12日'],
  ],
  merges: ['A1:K1'],
  plant: {
    address: 'F7',
    value: 1917575.24,
  },
};

const ratesMergedDown: CaseSheet = {
  name: '党费收缴',
  rows: [
    ['2022年度宁川市非公有制企业和社会组织党费收缴情况统计表'],
    ['金额单位：万元'],
    [
      '项目',
      null,
      '安平县',
      '北塘区',
      '西湖区',
      '河西县',
      '白水县',
      '清河县',
      '南丰县',
      '高新区',
      '青山县',
      '新港区',
      '桃源县',
      '临江县',
      '经开区',
      '全市合计',
    ],
    [
      '党组织数（个）',
      null,
      {
        v: 258,
        numFmt: '0',
      },
      {
        v: 253,
        numFmt: '#,##0',
      },
      {
        v: 205,
        numFmt: '#,##0',
      },
      {
        v: 40,
        numFmt: '0',
      },
      {
        v: 128,
        numFmt: '#,##0',
      },
      {
        v: 127,
        numFmt: '0',
      },
      {
        v: 193,
        numFmt: '#,##0',
      },
      {
        v: 156,
        numFmt: '0',
      },
      {
        v: 81,
        numFmt: '0',
      },
      {
        v: 92,
        numFmt: '0',
      },
      {
        v: 187,
        numFmt: '0',
      },
      {
        v: 135,
        numFmt: '#,##0',
      },
      {
        v: 187,
        numFmt: '0',
      },
      {
        v: 2042,
        numFmt: '0',
      },
    ],
    [
      '党员数（人）',
      null,
      {
        v: 1548,
        numFmt: '0',
      },
      {
        v: 5313,
        numFmt: '0',
      },
      {
        v: 1845,
        numFmt: '0',
      },
      {
        v: 680,
        numFmt: '#,##0',
      },
      {
        v: 2176,
        numFmt: '#,##0',
      },
      {
        v: 1524,
        numFmt: '0',
      },
      {
        v: 4053,
        numFmt: '#,##0',
      },
      {
        v: 936,
        numFmt: '#,##0',
      },
      {
        v: 810,
        numFmt: '0',
      },
      {
        v: 920,
        numFmt: '#,##0',
      },
      {
        v: 3366,
        numFmt: '0',
      },
      {
        v: 2430,
        numFmt: '#,##0',
      },
      {
        v: 3179,
        numFmt: '#,##0',
      },
      {
        v: 28780,
        numFmt: '#,##0',
      },
    ],
    [
      '应交党费',
      '人数',
      {
        v: 1442,
        numFmt: '#,##0',
      },
      {
        v: 4903,
        numFmt: '0',
      },
      {
        v: 1807,
        numFmt: '0',
      },
      {
        v: 629,
        numFmt: '#,##0',
      },
      {
        v: 2132,
        numFmt: '#,##0',
      },
      {
        v: 1457,
        numFmt: '#,##0',
      },
      {
        v: 3886,
        numFmt: '#,##0',
      },
      {
        v: 903,
        numFmt: '#,##0',
      },
      {
        v: 765,
        numFmt: '#,##0',
      },
      {
        v: 899,
        numFmt: '#,##0',
      },
      {
        v: 3108,
        numFmt: '#,##0',
      },
      {
        v: 2372,
        numFmt: '0',
      },
      {
        v: 3040,
        numFmt: '#,##0',
      },
      {
        v: 27343,
        numFmt: '0',
      },
    ],
    [
      null,
      '金额（万元）',
      {
        v: 102.2573,
        numFmt: '0.0000',
      },
      {
        v: 97.9624,
        numFmt: '0.0000',
      },
      {
        v: 75.0765,
        numFmt: '0.0000',
      },
      {
        v: 63.7723,
        numFmt: '0.0000',
      },
      {
        v: 217.257,
        numFmt: '0.0000',
      },
      {
        v: 98.9558,
        numFmt: '0.0000',
      },
      {
        v: 385.0539,
        numFmt: '0.0000',
      },
      {
        v: 21.3638,
        numFmt: '0.0000',
      },
      {
        v: 58.2629,
        numFmt: '0.0000',
      },
      {
        v: 47.0629,
        numFmt: '0.0000',
      },
      {
        v: 266.2997,
        numFmt: '0.0000',
      },
      {
        v: 148.7246,
        numFmt: '0.0000',
      },
      {
        v: 287.7062,
        numFmt: '0.0000',
      },
      {
        v: 1869.7553,
        numFmt: '0.0000',
      },
    ],
    [
      '实交党费',
      '人数',
      {
        v: 1348,
        numFmt: '0',
      },
      {
        v: 4660,
        numFmt: '#,##0',
      },
      {
        v: 1654,
        numFmt: '0',
      },
      {
        v: 581,
        numFmt: '#,##0',
      },
      {
        v: 1981,
        numFmt: '#,##0',
      },
      {
        v: 1299,
        numFmt: '0',
      },
      {
        v: 3827,
        numFmt: '#,##0',
      },
      {
        v: 899,
        numFmt: '#,##0',
      },
      {
        v: 764,
        numFmt: '0',
      },
      {
        v: 866,
        numFmt: '0',
      },
      {
        v: 2902,
        numFmt: '0',
      },
      {
        v: 2302,
        numFmt: '0',
      },
      {
        v: 2675,
        numFmt: '0',
      },
      {
        v: 25758,
        numFmt: '#,##0',
      },
    ],
    [
      null,
      '金额（万元）',
      {
        v: 93.9612,
        numFmt: '0.0000',
      },
      {
        v: 91.0908,
        numFmt: '0.0000',
      },
      {
        v: 67.1542,
        numFmt: '0.0000',
      },
      {
        v: 58.7004,
        numFmt: '0.0000',
      },
      {
        v: 199.9932,
        numFmt: '0.0000',
      },
      {
        v: 87.8247,
        numFmt: '0.0000',
      },
      {
        v: 379.0892,
        numFmt: '0.0000',
      },
      {
        v: 20.6364,
        numFmt: '0.0000',
      },
      {
        v: 56.8805,
        numFmt: '0.0000',
      },
      {
        v: 45.2961,
        numFmt: '0.0000',
      },
      {
        v: 241.3255,
        numFmt: '0.0000',
      },
      {
        v: 143.263,
        numFmt: '0.0000',
      },
      {
        v: 252.6983,
        numFmt: '0.0000',
      },
      {
        v: 1737.9135,
        numFmt: '0.0000',
      },
    ],
    [
      '收缴率（%）',
      '按人数',
      {
        v: 93.5,
        numFmt: '0.0',
      },
      {
        v: 95,
        numFmt: '0.0',
      },
      {
        v: 91.5,
        numFmt: '0.0',
      },
      {
        v: 92.4,
        numFmt: '0.0',
      },
      {
        v: 92.9,
        numFmt: '0.0',
      },
      {
        v: 89.2,
        numFmt: '0.0',
      },
      {
        v: 98.5,
        numFmt: '0.0',
      },
      {
        v: 99.6,
        numFmt: '0.0',
      },
      {
        v: 99.9,
        numFmt: '0.0',
      },
      {
        v: 96.3,
        numFmt: '0.0',
      },
      {
        v: 93.4,
        numFmt: '0.0',
      },
      {
        v: 97,
        numFmt: '0.0',
      },
      {
        v: 88,
        numFmt: '0.0',
      },
      {
        v: 94.2,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '按金额',
      {
        v: 91.9,
        numFmt: '0.0',
      },
      {
        v: 93,
        numFmt: '0.0',
      },
      {
        v: 89.4,
        numFmt: '0.0',
      },
      {
        v: 92,
        numFmt: '0.0',
      },
      {
        v: 92.1,
        numFmt: '0.0',
      },
      {
        v: 88.8,
        numFmt: '0.0',
      },
      {
        v: 98.5,
        numFmt: '0.0',
      },
      {
        v: 96.6,
        numFmt: '0.0',
      },
      {
        v: 97.6,
        numFmt: '0.0',
      },
      {
        v: 96.2,
        numFmt: '0.0',
      },
      {
        v: 90.6,
        numFmt: '0.0',
      },
      {
        v: 96.3,
        numFmt: '0.0',
      },
      {
        v: 87.8,
        numFmt: '0.0',
      },
      {
        v: 92.9,
        numFmt: '0.0',
      },
    ],
    [
      '上年同期实交（万元）',
      null,
      {
        v: 111.3537,
        numFmt: '0.0000',
      },
      {
        v: 74.2088,
        numFmt: '0.0000',
      },
      {
        v: 76.757,
        numFmt: '0.0000',
      },
      {
        v: 50.8113,
        numFmt: '0.0000',
      },
      {
        v: 215.2092,
        numFmt: '0.0000',
      },
      {
        v: 92.6128,
        numFmt: '0.0000',
      },
      {
        v: 327.2931,
        numFmt: '0.0000',
      },
      {
        v: 21.2414,
        numFmt: '0.0000',
      },
      {
        v: 46.9624,
        numFmt: '0.0000',
      },
      {
        v: 49.8333,
        numFmt: '0.0000',
      },
      {
        v: 264.9222,
        numFmt: '0.0000',
      },
      {
        v: 145.4926,
        numFmt: '0.0000',
      },
      {
        v: 238.3667,
        numFmt: '0.0000',
      },
      {
        v: 1715.0645,
        numFmt: '0.0000',
      },
    ],
    [
      '比上年增长（%）',
      null,
      {
        v: -15.62,
        numFmt: '0.00',
      },
      {
        v: 22.75,
        numFmt: '0.00',
      },
      {
        v: -12.51,
        numFmt: '0.00',
      },
      {
        v: 15.53,
        numFmt: '0.00',
      },
      {
        v: -7.07,
        numFmt: '0.00',
      },
      {
        v: -5.17,
        numFmt: '0.00',
      },
      {
        v: 15.83,
        numFmt: '0.00',
      },
      {
        v: -2.85,
        numFmt: '0.00',
      },
      {
        v: 21.12,
        numFmt: '0.00',
      },
      {
        v: -9.1,
        numFmt: '0.00',
      },
      {
        v: -8.91,
        numFmt: '0.00',
      },
      {
        v: -1.53,
        numFmt: '0.00',
      },
      {
        v: 6.01,
        numFmt: '0.00',
      },
      {
        v: 1.33,
        numFmt: '0.00',
      },
    ],
    [
      '上年收缴率（%）',
      null,
      {
        v: 97.7,
        numFmt: '0.0',
      },
      {
        v: 96.6,
        numFmt: '0.0',
      },
      {
        v: 98.8,
        numFmt: '0.0',
      },
      {
        v: 98,
        numFmt: '0.0',
      },
      {
        v: 91.6,
        numFmt: '0.0',
      },
      {
        v: 97.5,
        numFmt: '0.0',
      },
      {
        v: 95.7,
        numFmt: '0.0',
      },
      {
        v: 91.9,
        numFmt: '0.0',
      },
      {
        v: 91.6,
        numFmt: '0.0',
      },
      {
        v: 98.6,
        numFmt: '0.0',
      },
      {
        v: 87.9,
        numFmt: '0.0',
      },
      {
        v: 91.3,
        numFmt: '0.0',
      },
      {
        v: 87.1,
        numFmt: '0.0',
      },
      {
        v: 92.6,
        numFmt: '0.0',
      },
    ],
    [
      '±百分点',
      null,
      {
        v: -5.8,
        numFmt: '0.0',
      },
      {
        v: -3.6,
        numFmt: '0.0',
      },
      {
        v: -9.4,
        numFmt: '0.0',
      },
      {
        v: -6,
        numFmt: '0.0',
      },
      {
        v: 0.5,
        numFmt: '0.0',
      },
      {
        v: -8.7,
        numFmt: '0.0',
      },
      {
        v: 2.8,
        numFmt: '0.0',
      },
      {
        v: 4.7,
        numFmt: '0.0',
      },
      {
        v: 6,
        numFmt: '0.0',
      },
      {
        v: -2.4,
        numFmt: '0.0',
      },
      {
        v: 2.7,
        numFmt: '0.0',
      },
      {
        v: 5,
        numFmt: '0.0',
      },
      {
        v: 0.7,
        numFmt: '0.0',
      },
      {
        v: 0.3,
        numFmt: '0.0',
      },
    ],
    ['注：1.收缴率=实交党费÷应交党费×100%；2.本表统计范围为非公有制企业和社会组织党组织；'],
    ['说明：全年共有26个党组织存在未按月交纳情况，已督促补交。'],
    ['填报人：张伟　　审核人：王芳　　联系电话：0734-7720403　　填报日期：2023年1月11日'],
  ],
  merges: [
    'A1:P1',
    'A3:B3',
    'A4:B4',
    'A5:B5',
    'A6:A7',
    'A8:A9',
    'A10:A11',
    'A12:B12',
    'A13:B13',
    'A14:B14',
    'A15:B15',
    'A16:P16',
    'A17:P17',
  ],
  plant: {
    address: 'P9',
    value: 1837.9135,
  },
};

const namedTotalOverPlainSubtotals: CaseSheet = {
  name: '党员基本情况',
  rows: [
    ['临川市两新组织党员基本情况统计表（2024年底）'],
    ['计量单位：人、%'],
    [
      '县（市、区）',
      '乡镇（街道）',
      '党员总数',
      null,
      null,
      '其中：流动党员',
      '失联党员',
      '预备党员',
      '女党员',
      '占全市比重（%）',
    ],
    [null, null, '小计', '非公企业', '社会组织'],
    [
      '临川合计',
      null,
      1626,
      1160,
      466,
      272,
      36,
      77,
      558,
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '临河县',
      '新华街道',
      55,
      39,
      16,
      5,
      '—',
      1,
      21,
      {
        v: 3.4,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '黄庄乡',
      311,
      210,
      101,
      44,
      4,
      23,
      135,
      {
        v: 19.1,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '小计',
      366,
      249,
      117,
      49,
      4,
      24,
      156,
      {
        v: 22.5,
        numFmt: '0.0',
      },
    ],
    [
      '经开区',
      '马集镇',
      276,
      189,
      87,
      59,
      7,
      9,
      92,
      {
        v: 17,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '大坪镇',
      196,
      128,
      68,
      20,
      5,
      15,
      89,
      {
        v: 12.1,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '柳林镇',
      511,
      400,
      111,
      124,
      13,
      11,
      134,
      {
        v: 31.4,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '北关街道',
      277,
      194,
      83,
      20,
      7,
      18,
      87,
      {
        v: 17,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '小计',
      1260,
      911,
      349,
      223,
      32,
      53,
      402,
      {
        v: 77.5,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['A1:J1', 'C3:E3', 'A3:A4', 'B3:B4', 'F3:F4', 'G3:G4', 'H3:H4', 'I3:I4', 'J3:J4', 'A5:B5', 'A6:A8', 'A9:A13'],
  plant: {
    address: 'C8',
    value: 400,
  },
};

const rolesOverlapEducation: CaseSheet = {
  name: '书记队伍',
  rows: [
    ['金城市2021年非公有制企业和社会组织党组织书记基本情况表'],
    ['填报单位：金城市委组织部（两新工委）', null, null, null, null, null, null, null, null, '单位：人、%'],
    ['单位名称', '党组织书记总数', '其中', null, '年龄结构', null, null, null, '所占比例（%）'],
    [
      null,
      null,
      '出资人兼任',
      '大专及以上学历',
      '35岁及以下',
      '36岁至45岁',
      '46岁至55岁',
      '56岁及以上',
      '56岁及以上',
      '大专及以上学历',
    ],
    [
      '合计',
      {
        v: 1228,
        numFmt: '0',
      },
      {
        v: 253,
        numFmt: '0',
      },
      {
        v: 918,
        numFmt: '0',
      },
      {
        v: 328,
        numFmt: '0',
      },
      {
        v: 360,
        numFmt: '0',
      },
      {
        v: 415,
        numFmt: '0',
      },
      {
        v: 125,
        numFmt: '0',
      },
      {
        v: 10.18,
        numFmt: '0.00',
      },
      {
        v: 74.76,
        numFmt: '0.00',
      },
    ],
    [
      '桃源县',
      {
        v: 40,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0.00',
      },
      {
        v: 45,
        numFmt: '0.00',
      },
    ],
    [
      '白马县',
      {
        v: 365,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 171,
        numFmt: '0',
      },
      {
        v: 77,
        numFmt: '0',
      },
      {
        v: 121,
        numFmt: '0',
      },
      {
        v: 148,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 5.21,
        numFmt: '0.00',
      },
      {
        v: 46.85,
        numFmt: '0.00',
      },
    ],
    [
      '东城区',
      {
        v: 739,
        numFmt: '0',
      },
      {
        v: 202,
        numFmt: '0',
      },
      {
        v: 656,
        numFmt: '0',
      },
      {
        v: 223,
        numFmt: '0',
      },
      {
        v: 195,
        numFmt: '0',
      },
      {
        v: 224,
        numFmt: '0',
      },
      {
        v: 97,
        numFmt: '0',
      },
      {
        v: 13.13,
        numFmt: '0.00',
      },
      {
        v: 88.77,
        numFmt: '0.00',
      },
    ],
    [
      '　清河县',
      {
        v: 84,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 73,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 32,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 5.95,
        numFmt: '0.00',
      },
      {
        v: 86.9,
        numFmt: '0.00',
      },
    ],
    [],
    [],
    ['填报人：王芳　　审核人：赵强　　填报日期：2024年1月3日'],
  ],
  merges: ['A1:J1', 'C3:D3', 'E3:H3', 'I3:J3', 'A3:A4', 'B3:B4'],
  plant: {
    address: 'D5',
    value: 858,
  },
};

const runningNamedTwoWays: CaseSheet = {
  name: '月报',
  rows: [
    ['2024年两新组织发展党员统计（分月）'],
    ['单位：名、%'],
    ['月份', '新发展党员数', null, null, null, '其中：35岁及以下'],
    [null, '当月', '1月至本月累计', '上年同期累计', '累计比上年同期增长（%）', '本月', '累计'],
    [
      '1月份',
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 171.4,
        numFmt: '0.0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
    ],
    [
      '2月',
      {
        v: 40,
        numFmt: '0',
      },
      {
        v: 78,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 310.5,
        numFmt: '0.0',
      },
      {
        v: 34,
        numFmt: '0',
      },
      {
        v: 54,
        numFmt: '0',
      },
    ],
    [
      '3月',
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 78,
        numFmt: '0',
      },
      {
        v: 62,
        numFmt: '0',
      },
      {
        v: 25.8,
        numFmt: '0.0',
      },
      '—',
      {
        v: 54,
        numFmt: '0',
      },
    ],
    [
      '4月',
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 86,
        numFmt: '0',
      },
      {
        v: 118,
        numFmt: '0',
      },
      {
        v: -27.1,
        numFmt: '0.0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 61,
        numFmt: '0',
      },
    ],
    [
      '5月份',
      {
        v: 49,
        numFmt: '0',
      },
      {
        v: 135,
        numFmt: '0',
      },
      {
        v: 145,
        numFmt: '0',
      },
      {
        v: -6.9,
        numFmt: '0.0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 81,
        numFmt: '0',
      },
    ],
    [],
    ['注：出资人兼任书记指非公有制企业出资人（含主要股东）担任党组织书记的情况。'],
  ],
  merges: ['A1:G1', 'B3:E3', 'F3:G3', 'A3:A4'],
  plant: {
    address: 'C6',
    value: 88,
  },
};

const flatDistrictsAndStreets: CaseSheet = {
  name: '楼宇党建',
  rows: [
    ['2021年度商务楼宇党建工作情况统计表'],
    [null, null, null, null, null, '单位：栋、家、人、个、%'],
    ['单位', '商务楼宇', null, '党组织建设情况', null, '党群服务站点数(个)'],
    [null, '总数', '其中：亿元楼宇(栋)', '建立党组织楼宇数(栋)', '覆盖率(%)'],
    ['甲', 1, 2, 3, 4, 5],
    [
      '合计',
      86,
      10,
      67,
      {
        v: 77.9,
        numFmt: '0.0',
      },
      9,
    ],
    [
      '锦江区',
      5,
      1,
      5,
      {
        v: 100,
        numFmt: '0.0',
      },
      2,
    ],
    [
      '和平路街道',
      5,
      1,
      5,
      {
        v: 100,
        numFmt: '0.0',
      },
      2,
    ],
    [
      '鼓楼区',
      30,
      6,
      21,
      {
        v: 70,
        numFmt: '0.0',
      },
      5,
    ],
    [
      '茶园街道',
      30,
      6,
      21,
      {
        v: 70,
        numFmt: '0.0',
      },
      5,
    ],
    [
      '西固区',
      51,
      3,
      41,
      {
        v: 80.4,
        numFmt: '0.0',
      },
      2,
    ],
    [
      '五一街道',
      6,
      1,
      3,
      {
        v: 50,
        numFmt: '0.0',
      },
      2,
    ],
    [
      '东街街道',
      45,
      2,
      38,
      {
        v: 84.4,
        numFmt: '0.0',
      },
      0,
    ],
    [],
    ['注：1.覆盖率=建立党组织楼宇数÷商务楼宇数×100%；2.亿元楼宇指年税收1亿元以上楼宇。'],
    ['填报人：张丽    审核人：王强    填报日期：2022年1月10日'],
  ],
  merges: ['A1:F1', 'B3:C3', 'D3:E3', 'A3:A4', 'F3:F4', 'A15:F15', 'A16:F16'],
  plant: {
    address: 'B6',
    value: 96,
  },
};

const filerWithSeal: CaseSheet = {
  name: '分街道',
  rows: [
    ['楼宇党建工作统计表'],
    [
      '区、街道',
      '商务楼宇数',
      '其中：亿元楼宇',
      '入驻企业数（家）',
      '建立党组织楼宇数',
      '党组织覆盖率(%)',
      '单独组建',
      '联合组建',
    ],
    [
      '总计',
      442,
      44,
      22483,
      377,
      {
        v: 85.3,
        numFmt: '0.0',
      },
      140,
      237,
    ],
    [
      '莲湖区',
      125,
      11,
      2970,
      103,
      {
        v: 82.4,
        numFmt: '0.0',
      },
      20,
      83,
    ],
    [
      '南湖街道',
      28,
      null,
      448,
      25,
      {
        v: 89.3,
        numFmt: '0.0',
      },
      6,
      19,
    ],
    [
      '南关街道',
      20,
      4,
      520,
      15,
      {
        v: 75,
        numFmt: '0.0',
      },
      2,
      13,
    ],
    [
      '小寨街道',
      43,
      1,
      1118,
      31,
      {
        v: 72.1,
        numFmt: '0.0',
      },
      2,
      29,
    ],
    [
      '太华路街道',
      34,
      6,
      884,
      32,
      {
        v: 94.1,
        numFmt: '0.0',
      },
      10,
      22,
    ],
    [
      '海珠区',
      86,
      10,
      4537,
      72,
      {
        v: 83.7,
        numFmt: '0.0',
      },
      47,
      25,
    ],
    [
      '滨河路街道',
      31,
      0,
      {
        v: 2325,
        numFmt: '#,##0',
      },
      31,
      {
        v: 100,
        numFmt: '0.0',
      },
      28,
      3,
    ],
    [
      '五里铺街道',
      43,
      10,
      1720,
      33,
      {
        v: 76.7,
        numFmt: '0.0',
      },
      13,
      20,
    ],
    [
      '温泉街道',
      12,
      null,
      492,
      8,
      {
        v: 66.7,
        numFmt: '0.0',
      },
      6,
      2,
    ],
    [
      '未央区',
      61,
      8,
      {
        v: 3111,
        numFmt: '#,##0',
      },
      49,
      {
        v: 80.3,
        numFmt: '0.0',
      },
      22,
      27,
    ],
    [
      '茶园街道',
      19,
      2,
      855,
      14,
      {
        v: 73.7,
        numFmt: '0.0',
      },
      13,
      1,
    ],
    [
      '土门街道',
      3,
      0,
      228,
      1,
      {
        v: 33.3,
        numFmt: '0.0',
      },
      null,
      1,
    ],
    [
      '北门街道',
      39,
      6,
      2028,
      34,
      {
        v: 87.2,
        numFmt: '0.0',
      },
      9,
      25,
    ],
    [
      '金牛区',
      170,
      15,
      11865,
      153,
      {
        v: 90,
        numFmt: '0.0',
      },
      51,
      102,
    ],
    [
      '牛市口街道',
      37,
      6,
      {
        v: 3108,
        numFmt: '#,##0',
      },
      35,
      {
        v: 94.6,
        numFmt: '0.0',
      },
      1,
      34,
    ],
    [
      '曲江街道',
      30,
      1,
      2370,
      24,
      {
        v: 80,
        numFmt: '0.0',
      },
      24,
    ],
    [
      '五一街道',
      42,
      8,
      {
        v: 3234,
        numFmt: '#,##0',
      },
      40,
      {
        v: 95.2,
        numFmt: '0.0',
      },
      24,
      16,
    ],
    [
      '金山街道',
      22,
      null,
      462,
      22,
      {
        v: 100,
        numFmt: '0.0',
      },
      null,
      22,
    ],
    [
      '青年路街道',
      39,
      null,
      {
        v: 2691,
        numFmt: '#,##0',
      },
      32,
      {
        v: 82.1,
        numFmt: '0.0',
      },
      2,
      30,
    ],
    [],
    ['填报单位（盖章）：        填报人：        审核人：        联系电话：'],
  ],
  merges: ['A1:H1'],
  plant: {
    address: 'B3',
    value: 472,
  },
};

const changeUnderItsOwnSubject: CaseSheet = {
  name: '对比',
  rows: [
    ['2023年楼宇党建主要指标与上年对比'],
    ['计量单位：栋、个'],
    [
      '县区',
      '商务楼宇数（栋）',
      null,
      null,
      '建立党组织楼宇数（栋）',
      null,
      null,
      '楼宇党员数（名）',
      null,
      null,
      '入驻企业数（家）',
      null,
      null,
      '楼宇党组织覆盖率(%)',
    ],
    [
      null,
      '2023年',
      '上年',
      '比上年增长(%)',
      '本期',
      '2022年',
      '增幅(%)',
      '本年',
      '2022年',
      '增幅(%)',
      '本年',
      '2022年',
      '同比增长%',
      '本年',
      '上年',
      '比上年增减（个百分点）',
    ],
    [
      '全市',
      '90',
      78,
      {
        v: 15.4,
        numFmt: '0.0',
      },
      69,
      60,
      {
        v: 15,
        numFmt: '0.0',
      },
      3825,
      {
        v: 3462,
        numFmt: '#,##0',
      },
      {
        v: 10.5,
        numFmt: '0.0',
      },
      {
        v: 5170,
        numFmt: '#,##0',
      },
      4855,
      {
        v: 6.5,
        numFmt: '0.0',
      },
      {
        v: 76.7,
        numFmt: '0.0',
      },
      {
        v: 76.9,
        numFmt: '0.0',
      },
      {
        v: -0.2,
        numFmt: '0.0',
      },
    ],
    [
      '未央区',
      36,
      37,
      {
        v: -2.7,
        numFmt: '0.0',
      },
      25,
      25,
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 1747,
        numFmt: '#,##0',
      },
      1774,
      {
        v: -1.5,
        numFmt: '0.0',
      },
      2844,
      {
        v: 2649,
        numFmt: '#,##0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
      {
        v: 69.4,
        numFmt: '0.0',
      },
      {
        v: 67.6,
        numFmt: '0.0',
      },
      '1.8',
    ],
    [
      '高新区',
      37,
      28,
      '32.1',
      27,
      22,
      '22.7',
      {
        v: 1742,
        numFmt: '#,##0',
      },
      {
        v: 1407,
        numFmt: '#,##0',
      },
      {
        v: 23.8,
        numFmt: '0.0',
      },
      1850,
      1784,
      {
        v: 3.7,
        numFmt: '0.0',
      },
      {
        v: 73,
        numFmt: '0.0',
      },
      {
        v: 78.6,
        numFmt: '0.0',
      },
      {
        v: -5.6,
        numFmt: '0.0',
      },
    ],
    [
      '莲湖区',
      17,
      '13',
      {
        v: 30.8,
        numFmt: '0.0',
      },
      17,
      13,
      '30.8',
      336,
      281,
      {
        v: 19.6,
        numFmt: '0.0',
      },
      476,
      422,
      {
        v: 12.8,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：1.覆盖率=建立党组织楼宇数÷商务楼宇数×100%；2.亿元楼宇指年税收1亿元以上楼宇。'],
  ],
  merges: ['A1:P1', 'B3:D3', 'E3:G3', 'H3:J3', 'K3:M3', 'N3:P3', 'A3:A4'],
  plant: {
    address: 'B6',
    value: 40,
  },
};

const growthOfAnotherBlock: CaseSheet = {
  name: '增长情况',
  rows: [
    ['2023年楼宇党建主要指标变动情况表'],
    ['单位', '商务楼宇数（栋）', null, null, '建立党组织楼宇数（栋）', null, null, '楼宇党组织覆盖率(%)'],
    [null, '2022年', '2023年', '增长(%)', '2022年', '2023年', '比上年增长(%)', '上年', '本年', '增减(百分点)'],
    [
      '锦江区',
      26,
      '27',
      {
        v: 3.8,
        numFmt: '0.0',
      },
      18,
      18,
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 69.2,
        numFmt: '0.0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
      },
      '-2.5',
    ],
    [
      '高新区',
      19,
      23,
      {
        v: 21.1,
        numFmt: '0.0',
      },
      19,
      22,
      {
        v: 15.8,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 95.7,
        numFmt: '0.0',
      },
      '-4.3',
    ],
    [
      '莲湖区',
      '25',
      25,
      {
        v: 0,
        numFmt: '0.0',
      },
      17,
      22,
      '29.4',
      {
        v: 68,
        numFmt: '0.0',
      },
      {
        v: 88,
        numFmt: '0.0',
      },
      '20.0',
    ],
    [
      '合计',
      70,
      75,
      '7.1',
      54,
      62,
      '14.8',
      '77.1',
      '82.7',
      {
        v: 5.6,
        numFmt: '0.0',
      },
    ],
    [],
    ['备注：联合组建指两个以上楼宇或企业联合建立党组织。'],
    ['单位负责人：          统计负责人：          填表人：'],
  ],
  merges: ['A1:J1', 'B2:D2', 'E2:G2', 'H2:J2', 'A2:A3', 'A10:J10'],
  plant: {
    address: 'C5',
    value: 28,
  },
};

const shareGrowthBeside: CaseSheet = {
  name: '结构',
  rows: [
    ['曲靖市2022年第一季度发展党员结构情况'],
    [null, null, null, null, null, null, null, '单位：人'],
    ['项目', '2022年1-1季度', '2021年同期', '增减数', '增长(%)', '占发展总数比重(%)'],
    [null, null, null, null, null, '本年', '上年同期', '增减(百分点)'],
    [
      '发展党员总数',
      {
        v: 483,
        numFmt: '0',
      },
      '479',
      4,
      {
        v: 0.8,
        numFmt: '0.0',
      },
      '',
      '',
      '',
    ],
    [
      '其中：女',
      {
        v: 234,
        numFmt: '0',
      },
      {
        v: 180,
        numFmt: '0',
      },
      54,
      {
        v: 30,
        numFmt: '0.0',
      },
      {
        v: 48.45,
        numFmt: '0.00',
      },
      {
        v: 37.58,
        numFmt: '0.00',
      },
      '10.87',
    ],
    [
      '社会组织',
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      -4,
      {
        v: -36.4,
        numFmt: '0.0',
      },
      {
        v: 1.45,
        numFmt: '0.00',
      },
      {
        v: 2.3,
        numFmt: '0.00',
      },
      {
        v: -0.85,
        numFmt: '0.00',
      },
    ],
    [
      '少数民族',
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      -1,
      {
        v: -7.1,
        numFmt: '0.0',
      },
      {
        v: 2.69,
        numFmt: '0.00',
      },
      {
        v: 2.92,
        numFmt: '0.00',
      },
      {
        v: -0.23,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：增减（百分点）=本年比重-上年同期比重。'],
    ['填报人：陈静', null, null, null, null, '联系电话：0797-8091796'],
    ['审核人：陈静　　填报日期：2024年10月7日'],
  ],
  merges: ['A1:H1', 'F3:H3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'A10:H10'],
  plant: {
    address: 'H7',
    value: -0.55,
  },
};

const overlappingAttributes: CaseSheet = {
  name: '表13',
  rows: [
    ['常德市2023年第二季度入党积极分子队伍变化情况统计表'],
    ['地区', '期初数', '本期增加', null, null, '本期减少', null, null, '期末数', '期末数中'],
    [
      null,
      null,
      '小计',
      '其中：女',
      '35岁及以下',
      '小计',
      '确定为发展对象',
      '其他原因减少',
      null,
      '非公企业',
      '社会组织',
    ],
    [
      '1.黄坑镇',
      '22',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      '',
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '',
    ],
    [
      '2.高陂镇',
      {
        v: 104,
        numFmt: '0',
      },
      {
        v: 31,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      '24',
      '',
      {
        v: 111,
        numFmt: '0',
      },
      '23',
      '',
    ],
    [
      '3.新华街道',
      {
        v: 49,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 61,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
    ],
    [
      '4.长洛乡',
      {
        v: 99,
        numFmt: '0',
      },
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      '10',
      '',
      {
        v: 105,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
    ],
    [
      '5.高新区',
      {
        v: 121,
        numFmt: '0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 111,
        numFmt: '0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
    ],
    [
      '合计',
      {
        v: 395,
        numFmt: '0',
      },
      {
        v: 93,
        numFmt: '0',
      },
      '33',
      {
        v: 58,
        numFmt: '0',
      },
      {
        v: 77,
        numFmt: '0',
      },
      {
        v: 63,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 411,
        numFmt: '0',
      },
      {
        v: 98,
        numFmt: '0',
      },
      {
        v: 21,
        numFmt: '0',
      },
    ],
    [],
    ['说明：本表统计口径为2023年第二季度。'],
    ['“非公企业”“社会组织”指两新组织中的入党积极分子。'],
    ['填报人：赵磊', null, null, null, null, null, null, null, '联系电话：0797-8331286'],
  ],
  merges: ['A1:K1', 'C2:E2', 'F2:H2', 'J2:K2', 'A2:A3', 'B2:B3', 'I2:I3', 'A11:K11', 'A12:K12'],
  plant: {
    address: 'C9',
    value: 99,
  },
};

const measureBlocksMergedDown: CaseSheet = {
  name: '登记情况',
  rows: [
    ['东海省社会组织登记情况表'],
    [null, null, null, null, null, null, null, null, null, null, null, '单位：个、%'],
    [
      '指标',
      null,
      '计量单位',
      '省本级',
      '云阳市',
      '长河市',
      '临川市',
      '金川市',
      '青州市',
      '南屏市',
      '北塘市',
      '全省合计',
    ],
    [
      '合计',
      '期初数',
      '个',
      {
        v: 6350,
        numFmt: '0',
      },
      {
        v: 7461,
        numFmt: '0',
      },
      {
        v: 9798,
        numFmt: '0',
      },
      {
        v: 13803,
        numFmt: '0',
      },
      {
        v: 5244,
        numFmt: '0',
      },
      {
        v: 10038,
        numFmt: '0',
      },
      {
        v: 5060,
        numFmt: '0',
      },
      {
        v: 891,
        numFmt: '0',
      },
      {
        v: 58645,
        numFmt: '0',
      },
    ],
    [
      null,
      '新登记',
      '个',
      {
        v: 444,
        numFmt: '0',
      },
      {
        v: 1139,
        numFmt: '0',
      },
      {
        v: 876,
        numFmt: '0',
      },
      {
        v: 1739,
        numFmt: '0',
      },
      {
        v: 574,
        numFmt: '0',
      },
      {
        v: 697,
        numFmt: '0',
      },
      {
        v: 652,
        numFmt: '0',
      },
      {
        v: 121,
        numFmt: '0',
      },
      {
        v: 6242,
        numFmt: '0',
      },
    ],
    [
      null,
      '注销（撤销）',
      '个',
      {
        v: 75,
        numFmt: '0',
      },
      {
        v: 584,
        numFmt: '0',
      },
      {
        v: 302,
        numFmt: '0',
      },
      {
        v: 384,
        numFmt: '0',
      },
      {
        v: 234,
        numFmt: '0',
      },
      {
        v: 344,
        numFmt: '0',
      },
      {
        v: 348,
        numFmt: '0',
      },
      {
        v: 48,
        numFmt: '0',
      },
      {
        v: 2319,
        numFmt: '0',
      },
    ],
    [
      null,
      '年末数',
      '个',
      {
        v: 6719,
        numFmt: '0',
      },
      {
        v: 8016,
        numFmt: '0',
      },
      {
        v: 10372,
        numFmt: '0',
      },
      {
        v: 15158,
        numFmt: '0',
      },
      {
        v: 5584,
        numFmt: '0',
      },
      {
        v: 10391,
        numFmt: '0',
      },
      {
        v: 5364,
        numFmt: '0',
      },
      {
        v: 964,
        numFmt: '0',
      },
      {
        v: 62568,
        numFmt: '0',
      },
    ],
    [
      '社会团体',
      '期初数',
      '个',
      {
        v: 3620,
        numFmt: '0',
      },
      {
        v: 946,
        numFmt: '0',
      },
      {
        v: 4180,
        numFmt: '0',
      },
      {
        v: 6718,
        numFmt: '0',
      },
      {
        v: 1819,
        numFmt: '0',
      },
      {
        v: 4440,
        numFmt: '0',
      },
      {
        v: 673,
        numFmt: '0',
      },
      {
        v: 240,
        numFmt: '0',
      },
      {
        v: 22636,
        numFmt: '0',
      },
    ],
    [
      null,
      '新登记',
      '个',
      {
        v: 360,
        numFmt: '0',
      },
      {
        v: 122,
        numFmt: '0',
      },
      {
        v: 106,
        numFmt: '0',
      },
      {
        v: 1070,
        numFmt: '0',
      },
      {
        v: 65,
        numFmt: '0',
      },
      {
        v: 343,
        numFmt: '0',
      },
      {
        v: 47,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 2140,
        numFmt: '0',
      },
    ],
    [
      null,
      '注销（撤销）',
      '个',
      {
        v: 37,
        numFmt: '0',
      },
      {
        v: 64,
        numFmt: '0',
      },
      {
        v: 94,
        numFmt: '0',
      },
      {
        v: 184,
        numFmt: '0',
      },
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 152,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 609,
        numFmt: '0',
      },
    ],
    [
      null,
      '年末数',
      '个',
      {
        v: 3943,
        numFmt: '0',
      },
      {
        v: 1004,
        numFmt: '0',
      },
      {
        v: 4192,
        numFmt: '0',
      },
      {
        v: 7604,
        numFmt: '0',
      },
      {
        v: 1841,
        numFmt: '0',
      },
      {
        v: 4631,
        numFmt: '0',
      },
      {
        v: 693,
        numFmt: '0',
      },
      {
        v: 259,
        numFmt: '0',
      },
      {
        v: 24167,
        numFmt: '0',
      },
    ],
    [
      '民办非企业单位',
      '期初数',
      '个',
      {
        v: 2730,
        numFmt: '0',
      },
      {
        v: 6515,
        numFmt: '0',
      },
      {
        v: 5618,
        numFmt: '0',
      },
      {
        v: 7085,
        numFmt: '0',
      },
      {
        v: 3425,
        numFmt: '0',
      },
      {
        v: 5598,
        numFmt: '0',
      },
      {
        v: 4387,
        numFmt: '0',
      },
      {
        v: 651,
        numFmt: '0',
      },
      {
        v: 36009,
        numFmt: '0',
      },
    ],
    [
      null,
      '新登记',
      '个',
      {
        v: 84,
        numFmt: '0',
      },
      {
        v: 1017,
        numFmt: '0',
      },
      {
        v: 770,
        numFmt: '0',
      },
      {
        v: 669,
        numFmt: '0',
      },
      {
        v: 509,
        numFmt: '0',
      },
      {
        v: 354,
        numFmt: '0',
      },
      {
        v: 605,
        numFmt: '0',
      },
      {
        v: 94,
        numFmt: '0',
      },
      {
        v: 4102,
        numFmt: '0',
      },
    ],
    [
      null,
      '注销（撤销）',
      '个',
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 520,
        numFmt: '0',
      },
      {
        v: 208,
        numFmt: '0',
      },
      {
        v: 200,
        numFmt: '0',
      },
      {
        v: 191,
        numFmt: '0',
      },
      {
        v: 192,
        numFmt: '0',
      },
      {
        v: 321,
        numFmt: '0',
      },
      {
        v: 40,
        numFmt: '0',
      },
      {
        v: 1710,
        numFmt: '0',
      },
    ],
    [
      null,
      '年末数',
      '个',
      {
        v: 2776,
        numFmt: '0',
      },
      {
        v: 7012,
        numFmt: '0',
      },
      {
        v: 6180,
        numFmt: '0',
      },
      {
        v: 7554,
        numFmt: '0',
      },
      {
        v: 3743,
        numFmt: '0',
      },
      {
        v: 5760,
        numFmt: '0',
      },
      {
        v: 4671,
        numFmt: '0',
      },
      {
        v: 705,
        numFmt: '0',
      },
      {
        v: 38401,
        numFmt: '0',
      },
    ],
    [
      '合计比上年增长(%)',
      null,
      '%',
      {
        v: 5.8,
        numFmt: '0.0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
      {
        v: 5.9,
        numFmt: '0.0',
      },
      {
        v: 9.8,
        numFmt: '0.0',
      },
      {
        v: 6.5,
        numFmt: '0.0',
      },
      {
        v: 3.5,
        numFmt: '0.0',
      },
      {
        v: 6,
        numFmt: '0.0',
      },
      {
        v: 8.2,
        numFmt: '0.0',
      },
      {
        v: 6.7,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：期末数＝期初数＋本年新登记－本年注销（撤销）。'],
    ['说明：按登记管理机关统计。'],
  ],
  merges: ['A1:L1', 'A3:B3', 'A4:A7', 'A8:A11', 'A12:A15', 'A16:B16', 'A18:L18', 'A19:L19'],
  plant: {
    address: 'D11',
    value: 4343,
  },
};

const numberedSubtotalColumns: CaseSheet = {
  name: '各县区',
  rows: [
    ['2024年各县（市、区）生产安全事故情况'],
    [],
    [
      '项目',
      null,
      '合计',
      '1.各区合计',
      '(1)河阳区',
      '(2)长平区',
      '(3)山云区',
      '(4)清柳区',
      '2.县（市）',
      '(1)石东县',
      '(2)金阳市',
      '(3)平白县',
      '(4)北南市',
      '3.高新区',
    ],
    [
      '事故起数',
      '本年',
      {
        v: 92,
        numFmt: '0',
      },
      {
        v: 60,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 26,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      '—',
      {
        v: 5,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年',
      {
        v: 104,
        numFmt: '0',
      },
      {
        v: 64,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 31,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      '—',
      {
        v: 9,
        numFmt: '0',
      },
    ],
    [
      null,
      '增减',
      {
        v: -12,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0',
      },
      {
        v: -3,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比增减（%）',
      {
        v: -11.54,
        numFmt: '0.00',
      },
      {
        v: -6.25,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: -9.52,
        numFmt: '0.00',
      },
      {
        v: -7.14,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: -12.9,
        numFmt: '0.00',
      },
      {
        v: -33.33,
        numFmt: '0.00',
      },
      {
        v: 9.09,
        numFmt: '0.00',
      },
      {
        v: -18.18,
        numFmt: '0.00',
      },
      '—',
      {
        v: -44.44,
        numFmt: '0.00',
      },
    ],
    [
      '死亡（人）',
      '本年',
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      '—',
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年',
      {
        v: 53,
        numFmt: '0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      '—',
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
    ],
    [
      null,
      '比上年增减',
      {
        v: -10,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: -3,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
      {
        v: -3,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比增减（%）',
      {
        v: -18.87,
        numFmt: '0.00',
      },
      {
        v: -14.29,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: -21.05,
        numFmt: '0.00',
      },
      '—',
      {
        v: -17.65,
        numFmt: '0.00',
      },
      {
        v: -33.33,
        numFmt: '0.00',
      },
      {
        v: -50,
        numFmt: '0.00',
      },
      {
        v: 300,
        numFmt: '0.00',
      },
      {
        v: -50,
        numFmt: '0.00',
      },
      {
        v: -37.5,
        numFmt: '0.00',
      },
    ],
    [
      '生产总值（亿元）',
      null,
      {
        v: 3571,
        numFmt: '0.0',
      },
      {
        v: 2432,
        numFmt: '0.0',
      },
      {
        v: 380.6,
        numFmt: '0.0',
      },
      {
        v: 869.5,
        numFmt: '0.0',
      },
      {
        v: 1023.6,
        numFmt: '0.0',
      },
      {
        v: 158.3,
        numFmt: '0.0',
      },
      {
        v: 968,
        numFmt: '0.0',
      },
      {
        v: 381.7,
        numFmt: '0.0',
      },
      {
        v: 415.9,
        numFmt: '0.0',
      },
      {
        v: 51.6,
        numFmt: '0.0',
      },
      {
        v: 118.8,
        numFmt: '0.0',
      },
      {
        v: 171,
        numFmt: '0.0',
      },
    ],
    [
      '亿元GDP生产安全事故死亡率',
      '本年',
      {
        v: 0.012,
        numFmt: '0.000',
      },
      {
        v: 0.01,
        numFmt: '0.000',
      },
      {
        v: 0.011,
        numFmt: '0.000',
      },
      {
        v: 0.006,
        numFmt: '0.000',
      },
      {
        v: 0.015,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0.014,
        numFmt: '0.000',
      },
      {
        v: 0.021,
        numFmt: '0.000',
      },
      {
        v: 0.002,
        numFmt: '0.000',
      },
      {
        v: 0.078,
        numFmt: '0.000',
      },
      {
        v: 0.008,
        numFmt: '0.000',
      },
      {
        v: 0.029,
        numFmt: '0.000',
      },
    ],
    [
      null,
      '上年',
      {
        v: 0.016,
        numFmt: '0.000',
      },
      {
        v: 0.012,
        numFmt: '0.000',
      },
      {
        v: 0.011,
        numFmt: '0.000',
      },
      {
        v: 0.006,
        numFmt: '0.000',
      },
      {
        v: 0.019,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0.018,
        numFmt: '0.000',
      },
      {
        v: 0.034,
        numFmt: '0.000',
      },
      {
        v: 0.005,
        numFmt: '0.000',
      },
      {
        v: 0.02,
        numFmt: '0.000',
      },
      {
        v: 0.017,
        numFmt: '0.000',
      },
      {
        v: 0.048,
        numFmt: '0.000',
      },
    ],
    [
      null,
      '比上年增减',
      {
        v: -0.004,
        numFmt: '0.000',
      },
      {
        v: -0.002,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: -0.004,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: -0.004,
        numFmt: '0.000',
      },
      {
        v: -0.013,
        numFmt: '0.000',
      },
      {
        v: -0.003,
        numFmt: '0.000',
      },
      {
        v: 0.058,
        numFmt: '0.000',
      },
      {
        v: -0.009,
        numFmt: '0.000',
      },
      {
        v: -0.019,
        numFmt: '0.000',
      },
    ],
    [],
    ['注：1.本表数据来源于应急管理部门生产安全事故统计系统；2.道路交通事故数据由公安交警部门提供。'],
    ['填报人：李强　　审核人：周敏　　填报日期：2025年1月17日'],
    ['联系电话：0552-7881563'],
  ],
  merges: ['A1:N1', 'A3:B3', 'A4:A7', 'A8:A11', 'A12:B12', 'A13:A15'],
  plant: {
    address: 'D4',
    value: 66,
  },
};

const growthAcrossSubjects: CaseSheet = {
  name: '长宁县',
  rows: [
    ['新就业群体党建工作同比情况情况统计表'],
    ['地区', '党组织数（个）', null, null, '党员数（人）'],
    [null, '上年同期', '2023年', '增减率%', '本期数', '2022年', '增减', '同比增长(%)'],
    [
      '全县',
      59,
      79,
      {
        v: 33.9,
        numFmt: '0.00',
      },
      907,
      711,
      196,
      {
        v: 27.57,
        numFmt: '0.00',
      },
    ],
    [
      '马坪镇',
      57,
      65,
      {
        v: 14.04,
        numFmt: '0.00',
      },
      627,
      460,
      167,
      {
        v: 36.3,
        numFmt: '0.00',
      },
    ],
    [
      '三里镇',
      2,
      14,
      {
        v: 600,
        numFmt: '0.00',
      },
      280,
      251,
      29,
      {
        v: 11.55,
        numFmt: '0.00',
      },
    ],
    ['注：上年无数据的，增长率以“—”表示。'],
    ['填表人：周某', null, '审核人：周某', null, '填表日期：2023年9月10日'],
  ],
  merges: ['A1:H1', 'B2:D2', 'E2:H2', 'A2:A3'],
  plant: {
    address: 'E4',
    value: 997,
  },
};

const rateRowOfSplit: CaseSheet = {
  name: '各县区收缴情况',
  rows: [
    ['2023年度宁川市非公有制企业和社会组织党费收缴情况统计表'],
    ['金额单位：元'],
    [
      '指标',
      null,
      '全市合计',
      '其中：非公有制企业',
      '社会组织',
      '经开区',
      '河西县',
      '北塘区',
      '清河县',
      '东城区',
      '高新区',
      '桃源县',
      '青山县',
      '临江县',
      '新港区',
    ],
    [
      '党组织数（个）',
      null,
      {
        v: 1498,
        numFmt: '#,##0',
      },
      {
        v: 1009,
        numFmt: '0',
      },
      {
        v: 489,
        numFmt: '#,##0',
      },
      {
        v: 107,
        numFmt: '#,##0',
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 243,
        numFmt: '#,##0',
      },
      {
        v: 211,
        numFmt: '#,##0',
      },
      {
        v: 64,
        numFmt: '0',
      },
      {
        v: 225,
        numFmt: '0',
      },
      {
        v: 221,
        numFmt: '#,##0',
      },
      {
        v: 155,
        numFmt: '0',
      },
      {
        v: 156,
        numFmt: '#,##0',
      },
      {
        v: 80,
        numFmt: '#,##0',
      },
    ],
    [
      '党员数（人）',
      null,
      {
        v: 20455,
        numFmt: '0',
      },
      {
        v: 13427,
        numFmt: '0',
      },
      {
        v: 7028,
        numFmt: '0',
      },
      {
        v: 1177,
        numFmt: '0',
      },
      {
        v: 612,
        numFmt: '0',
      },
      {
        v: 4131,
        numFmt: '#,##0',
      },
      {
        v: 4009,
        numFmt: '0',
      },
      {
        v: 1280,
        numFmt: '#,##0',
      },
      {
        v: 2700,
        numFmt: '#,##0',
      },
      {
        v: 1768,
        numFmt: '0',
      },
      {
        v: 930,
        numFmt: '0',
      },
      {
        v: 2808,
        numFmt: '#,##0',
      },
      {
        v: 1040,
        numFmt: '0',
      },
    ],
    [
      '应交党费',
      '人数',
      {
        v: 19459,
        numFmt: '0',
      },
      {
        v: 13104,
        numFmt: '0',
      },
      {
        v: 6355,
        numFmt: '#,##0',
      },
      {
        v: 1079,
        numFmt: '0',
      },
      {
        v: 602,
        numFmt: '#,##0',
      },
      {
        v: 4027,
        numFmt: '0',
      },
      {
        v: 3884,
        numFmt: '#,##0',
      },
      {
        v: 1155,
        numFmt: '#,##0',
      },
      {
        v: 2441,
        numFmt: '#,##0',
      },
      {
        v: 1641,
        numFmt: '#,##0',
      },
      {
        v: 901,
        numFmt: '0',
      },
      {
        v: 2729,
        numFmt: '#,##0',
      },
      '1000',
    ],
    [
      null,
      '金额（元）',
      {
        v: 12252629.04,
        numFmt: '#,##0.00',
      },
      {
        v: 8172584.78,
        numFmt: '#,##0.00',
      },
      {
        v: 4080044.26,
        numFmt: '#,##0.00',
      },
      {
        v: 1057399.49,
        numFmt: '#,##0.00',
      },
      {
        v: 146032.8,
        numFmt: '#,##0.00',
      },
      {
        v: 3719888.72,
        numFmt: '#,##0.00',
      },
      {
        v: 2342204.5,
        numFmt: '#,##0.00',
      },
      {
        v: 577478.61,
        numFmt: '#,##0.00',
      },
      {
        v: 533225.19,
        numFmt: '#,##0.00',
      },
      {
        v: 1544836.41,
        numFmt: '#,##0.00',
      },
      {
        v: 316900.56,
        numFmt: '#,##0.00',
      },
      {
        v: 1534286.97,
        numFmt: '#,##0.00',
      },
      {
        v: 480375.79,
        numFmt: '#,##0.00',
      },
    ],
    [
      '实交党费',
      '人数',
      {
        v: 18100,
        numFmt: '#,##0',
      },
      {
        v: 12192,
        numFmt: '#,##0',
      },
      {
        v: 5908,
        numFmt: '#,##0',
      },
      {
        v: 1027,
        numFmt: '#,##0',
      },
      {
        v: 551,
        numFmt: '0',
      },
      '3600',
      {
        v: 3472,
        numFmt: '#,##0',
      },
      {
        v: 1046,
        numFmt: '#,##0',
      },
      '2341',
      {
        v: 1578,
        numFmt: '0',
      },
      {
        v: 828,
        numFmt: '0',
      },
      {
        v: 2690,
        numFmt: '0',
      },
      {
        v: 967,
        numFmt: '#,##0',
      },
    ],
    [
      null,
      '金额（元）',
      {
        v: 11091741.94,
        numFmt: '#,##0.00',
      },
      {
        v: 7154170.71,
        numFmt: '#,##0.00',
      },
      {
        v: 3937571.23,
        numFmt: '#,##0.00',
      },
      {
        v: 980609.89,
        numFmt: '#,##0.00',
      },
      {
        v: 133562.77,
        numFmt: '#,##0.00',
      },
      {
        v: 3281971.42,
        numFmt: '#,##0.00',
      },
      {
        v: 2031607.2,
        numFmt: '#,##0.00',
      },
      {
        v: 516521.05,
        numFmt: '#,##0.00',
      },
      {
        v: 496512.19,
        numFmt: '#,##0.00',
      },
      {
        v: 1442692.42,
        numFmt: '#,##0.00',
      },
      {
        v: 285525.3,
        numFmt: '#,##0.00',
      },
      {
        v: 1469554.01,
        numFmt: '#,##0.00',
      },
      {
        v: 453185.69,
        numFmt: '#,##0.00',
      },
    ],
    [
      '收缴率（%）',
      '按人数',
      {
        v: 93,
        numFmt: '#,##0.0',
      },
      {
        v: 93,
        numFmt: '#,##0.0',
      },
      {
        v: 93,
        numFmt: '#,##0.0',
      },
      {
        v: 95.2,
        numFmt: '#,##0.0',
      },
      {
        v: 91.5,
        numFmt: '#,##0.0',
      },
      {
        v: 89.4,
        numFmt: '#,##0.0',
      },
      {
        v: 89.4,
        numFmt: '#,##0.0',
      },
      {
        v: 90.6,
        numFmt: '#,##0.0',
      },
      {
        v: 95.9,
        numFmt: '#,##0.0',
      },
      {
        v: 96.2,
        numFmt: '#,##0.0',
      },
      {
        v: 91.9,
        numFmt: '#,##0.0',
      },
      {
        v: 98.6,
        numFmt: '#,##0.0',
      },
      {
        v: 96.7,
        numFmt: '#,##0.0',
      },
    ],
    [
      null,
      '按金额',
      {
        v: 90.5,
        numFmt: '#,##0.0',
      },
      {
        v: 87.5,
        numFmt: '#,##0.0',
      },
      {
        v: 96.5,
        numFmt: '#,##0.0',
      },
      {
        v: 92.7,
        numFmt: '#,##0.0',
      },
      {
        v: 91.5,
        numFmt: '#,##0.0',
      },
      {
        v: 88.2,
        numFmt: '#,##0.0',
      },
      {
        v: 86.7,
        numFmt: '#,##0.0',
      },
      {
        v: 89.4,
        numFmt: '#,##0.0',
      },
      {
        v: 93.1,
        numFmt: '#,##0.0',
      },
      '93.4',
      {
        v: 90.1,
        numFmt: '#,##0.0',
      },
      {
        v: 95.8,
        numFmt: '#,##0.0',
      },
      {
        v: 94.3,
        numFmt: '#,##0.0',
      },
    ],
    [
      '上年收缴率（%）',
      null,
      {
        v: 89.3,
        numFmt: '#,##0.0',
      },
      {
        v: 90.7,
        numFmt: '#,##0.0',
      },
      {
        v: 86.7,
        numFmt: '#,##0.0',
      },
      {
        v: 86.5,
        numFmt: '#,##0.0',
      },
      '87.0',
      {
        v: 89.1,
        numFmt: '#,##0.0',
      },
      {
        v: 85.8,
        numFmt: '#,##0.0',
      },
      {
        v: 90.9,
        numFmt: '#,##0.0',
      },
      '94.9',
      {
        v: 92.4,
        numFmt: '#,##0.0',
      },
      {
        v: 96.5,
        numFmt: '#,##0.0',
      },
      '91.9',
      '86.5',
    ],
    [
      '±百分点',
      null,
      {
        v: 1.2,
        numFmt: '#,##0.0',
      },
      {
        v: -3.2,
        numFmt: '#,##0.0',
      },
      {
        v: 9.8,
        numFmt: '#,##0.0',
      },
      {
        v: 6.2,
        numFmt: '#,##0.0',
      },
      {
        v: 4.5,
        numFmt: '#,##0.0',
      },
      {
        v: -0.9,
        numFmt: '#,##0.0',
      },
      {
        v: 0.9,
        numFmt: '#,##0.0',
      },
      {
        v: -1.5,
        numFmt: '#,##0.0',
      },
      {
        v: -1.8,
        numFmt: '#,##0.0',
      },
      {
        v: 1,
        numFmt: '#,##0.0',
      },
      {
        v: -6.4,
        numFmt: '#,##0.0',
      },
      {
        v: 3.9,
        numFmt: '#,##0.0',
      },
      {
        v: 7.8,
        numFmt: '#,##0.0',
      },
    ],
    [],
    ['填报人：刘洋　　审核人：黄磊　　联系电话：0744-8240406　　填报日期：2024年1月9日'],
  ],
  merges: ['A1:O1', 'A3:B3', 'A4:B4', 'A5:B5', 'A6:A7', 'A8:A9', 'A10:A11', 'A12:B12', 'A13:B13', 'A15:O15'],
  plant: {
    address: 'C4',
    value: 1598,
  },
};

describe('issue 9 rounds 106–108: sheets written outside the team', () => {
  describeCaseBook('round106-band-header-over-column-numbers', [bandHeaderOverColumnNumbers]);
  describeCaseBook('round106-town-reporting-nothing', [townReportingNothing]);
  describeCaseBook('round106-places-no-sum-of-places', [placesNoSumOfPlaces]);
  describeCaseBook('round106-subtotals-are-peers', [subtotalsArePeers]);
  describeCaseBook('round107-column-numbers-after-units', [columnNumbersAfterUnits]);
  describeCaseBook('round107-part-periods-in-order', [partPeriodsInOrder]);
  describeCaseBook('round107-points-under-parent', [pointsUnderParent]);
  describeCaseBook('round107-signed-points', [signedPoints]);
  describeCaseBook('round107-rates-merged-down', [ratesMergedDown]);
  describeCaseBook('round106-named-total-over-plain-subtotals', [namedTotalOverPlainSubtotals]);
  describeCaseBook('round107-roles-overlap-education', [rolesOverlapEducation]);
  describeCaseBook('round107-running-named-two-ways', [runningNamedTwoWays]);
  describeCaseBook('round108-flat-districts-and-streets', [flatDistrictsAndStreets]);
  describeCaseBook('round108-filer-with-seal', [filerWithSeal]);
  describeCaseBook('round108-change-under-its-own-subject', [changeUnderItsOwnSubject]);
  describeCaseBook('round108-growth-of-another-block', [growthOfAnotherBlock]);
  describeCaseBook('round108-share-growth-beside', [shareGrowthBeside]);
  describeCaseBook('round108-overlapping-attributes', [overlappingAttributes]);
  describeCaseBook('round105-measure-blocks-merged-down', [measureBlocksMergedDown]);
  describeCaseBook('round103-numbered-subtotal-columns', [numberedSubtotalColumns]);
  describeCaseBook('round98-growth-across-subjects', [growthAcrossSubjects]);
  describeCaseBook('round107-rate-row-of-split', [rateRowOfSplit]);
});
