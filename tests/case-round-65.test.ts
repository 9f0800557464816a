import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 65 (/tmp/round65a–b: courts, petitions and mediation; party-building work in non-public enterprises,
 * written by outside testers who had not written statlint):
 * - A 小计 with its courts indented under it, then a court of its own level (全市 | 中级法院 | 基层法院小计 | its courts
 *   indented | 铁路运输法院): the indented rows are the subtotal's; the row after them is the total's (2 clean books had
 *   four to eight errors each).
 * - 党组织总数 beside 党组织书记来源 / 合计 | 出资人担任 | 高管 …: the 合计 is the sources' sum; the 党组织总数 equals it
 *   where no post is vacant, and is no sum of the sources where one is (2 clean books had an error).
 * - A rate a note states with names by their count (化解率＝调处化解件数÷矛盾纠纷排查件数×100%) over rows labelled 调处化解（件）.
 * - 建立党组织的企业数 / 小计 under a merged header is the coverage rate's covered count.
 * - Three categories rising to a last one copied from the total below are no running total.
 * - 电话信访 is counted: a line of no quantity to add by its words is no mean or rate a walk passes over.
 */
const courts: CaseRow[] = [
  ['平湖市各级法院2022年收结案情况'],
  ['计量单位：件'],
  ['单位', '收案（件）', null, null, '结案（件）'],
  [null, '2022年', '2021年', '增减（%）', '2022年', '2021年', '增减（%）'],
  ['全市', 102462, 104742, -2.2, 95898, 97011, -1.1],
  ['平湖市中级人民法院', 7849, 6157, 27.5, 7416, 6022, 23.1],
  ['基层法院小计', 93512, 97274, -3.9, 87445, 89827, -2.7],
  ['　　凤台县人民法院', 14018, 16426, -14.7, 12273, 14587, -15.9],
  ['　　临江市人民法院', 22707, 25580, -11.2, 21882, 23145, -5.5],
  ['　　石门县人民法院', 23098, 22980, 0.5, 21652, 22447, -3.5],
  ['　　云岭县人民法院', 19872, 20588, -3.5, 18371, 19564, -6.1],
  ['　　东湖区人民法院', 13817, 11700, 18.1, 13267, 10084, 31.6],
  ['平湖铁路运输法院', 1101, 1311, -16, 1037, 1162, -10.8],
  ['注：增减幅度按未四舍五入数据计算。'],
];

const secretaries: CaseRow[] = [
  ['河口市非公有制企业党组织书记来源情况统计表'],
  ['填报单位：河口市委组织部（盖章）', null, null, null, null, null, '填报日期：2025年5月3日'],
  ['行业', '党组织总数（个）', '党组织书记来源', null, null, null, null, '出资人中党员数（名）', '备注'],
  [null, null, '合计', '出资人担任', '高管', '一般职工', '选派'],
  ['制造业', 30, 30, 4, 8, 12, 6, 12],
  ['批发和零售业', 142, 139, 28, 47, 16, 48, 34],
  ['　　其中：高新技术企业', 61, 61, 12, 20, 7, 22, 15],
  ['交通运输、仓储和邮政业', 65, 65, 21, 26, 7, 11, 33, '较上年增加12家'],
  ['信息传输、软件和信息技术服务业', 119, 119, 58, 30, 22, 9, 72],
  ['科学研究和技术服务业', 113, 110, 19, 52, 29, 10, 24],
  ['住宿和餐饮业', 125, 125, 39, 8, 20, 58, 60],
  ['　　其中：上市企业', 26, 26, 9, 0, 4, 13, 14],
  ['建筑业', 239, 239, 91, 85, 49, 14, 108],
  ['合计', 833, 827, 260, 256, 155, 156, 343],
];

const quarter: CaseRow[] = [
  ['2021年第三季度政法综治主要数据'],
  ['指标', '本季', '1-本季累计', '上年同期累计', '同比增减（%）'],
  ['信访总量（件次）', 7555, 20419, 21533, -5.2],
  ['　其中：来信', 1344, 3242, 3637, -10.9],
  ['　　　来访', 2223, 6851, 8547, -19.8],
  ['　　　网上信访', 3988, 10326, 9349, 10.5],
  ['矛盾纠纷排查（件）', 3397, 19193, 15459, 24.2],
  ['调处化解（件）', 3288, 18821, 15292, 23.1],
  ['化解率（%）', 96.8, 98.1, 98.9, '—'],
  ['注：化解率＝调处化解件数÷矛盾纠纷排查件数×100%。'],
];

const bySize: CaseRow[] = [
  ['河口市非公企业党组织覆盖情况（按规模）'],
  [
    '序号',
    '企业规模',
    '企业数',
    '有党员的企业数',
    '建立党组织的企业数',
    null,
    null,
    '党组织覆盖率（%）',
    '无党员企业数',
  ],
  [null, null, null, null, '小计', '单独建立', '联合组建'],
  [1, '规模以上企业', 614, 164, 147, 70, 77, 23.94, 450],
  [2, '规模以下企业', 188, 86, 78, 42, 36, 41.49, 102],
  [null, '合计', 802, 250, 225, 112, 113, 28.05, 552],
];

const town: CaseRow[] = [
  ['杨柳乡非公企业党建工作情况'],
  ['行业', '非公企业数（个）', '党组织总数（个）', '已建党组织企业数', '党组织书记数', '党建活动经费（万元）'],
  ['租赁和商务服务业', 54, 20, 28, 20, 110.46],
  ['制造业', 109, 33, 43, 33, 55.81],
  ['交通运输、仓储和邮政业', 116, 34, 48, 32, 80.26],
  ['合计', 279, 87, 119, 85, 246.53],
];

const petitions: CaseRow[] = [
  ['青阳市2023年信访情况统计'],
  ['项目', '件次', null, null, '人次'],
  [null, '2023年', '2022年', '比上年增减（%）', '2023年', '2022年', '比上年增减（%）'],
  ['合计', 28784, 27048, 6.4, 38179, 38749, -1.5],
  ['来信', 6948, 8130, -14.5, 7714, 11132, -30.7],
  ['来访', 8442, 7031, 20.1, 10133, 10730, -5.6],
  ['　其中：集体访', 200, 617, -67.6, 1200, 3085, -61.1],
  ['网上信访', 11436, 9677, 18.2, 17544, 13388, 31],
  ['电话信访', 1958, 2210, -11.4, 2788, 3499, -20.3],
  ['注：网上信访含国家信访信息系统、手机信访等渠道。'],
];

describe('round 65: subtotals heading indented rows, copies of a heading’s 合计, stated rates by count', () => {
  describeCaseBook('法院', [
    {
      name: '法院',
      rows: courts,
      merges: ['A1:G1', 'B3:D3', 'E3:G3', 'A3:A4'],
      plant: { address: 'B9', value: 27707 },
    },
  ]);
  describeCaseBook('书记来源', [
    {
      name: '书记来源',
      rows: secretaries,
      merges: ['A1:I1', 'C3:G3', 'A3:A4', 'B3:B4', 'H3:H4', 'I3:I4'],
      plant: { address: 'C9', value: 191 },
    },
  ]);
  describeCaseBook('季报', [{ name: '季报', rows: quarter, merges: ['A1:E1'], plant: { address: 'D9', value: 90.9 } }]);
  describeCaseBook('按规模', [
    {
      name: '按规模',
      rows: bySize,
      merges: ['A1:I1', 'E2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'H2:H3', 'I2:I3'],
      plant: { address: 'H4', value: 23.49 },
    },
  ]);
  describeCaseBook('杨柳乡', [{ name: '杨柳乡', rows: town, merges: ['A1:F1'], plant: { address: 'C6', value: 34 } }]);
  describeCaseBook('信访', [
    {
      name: '信访渠道',
      rows: petitions,
      merges: ['A1:G1', 'B2:D2', 'E2:G2', 'A2:A3'],
      plant: { address: 'E5', value: 771.4 },
    },
  ]);
});
