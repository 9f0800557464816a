import { describeCaseBook } from './helpers/case-book';

/**
 * Round 23's monthly report tables (统计月报): indicators as rows, this month and the year so far beside last year's,
 * each with its growth. Both sheets are consistent as published; each planted twin is found at the planted cell.
 */

const header = ['指标名称', '本月', '上年同月', '同比增长（%）', '本年累计', '上年同期累计', '累计增长（%）'];

describe('monthly report tables', () => {
  describeCaseBook('月报', [
    {
      // 本年累计 and 上年同月 both match the growth rule's periods: no pairing of them agrees with the rows, so the rule
      // says nothing rather than fail every row (增长率应为 1151.1%). The growths the figures confirm are still checked.
      name: '月报',
      rows: [
        ['寿县12月主要指标完成情况'],
        ['单位：万元'],
        header,
        ['规模以上工业总产值', 53853, 56279, -4.3, 704079, 701043, 0.4],
        ['规模以上工业增加值', 12330, 12033, 2.5, 143972, 147860, -2.6],
        ['规模以上工业产品销售率（%）', 95.2, 92, 3.2, 98.7, 91.5, 7.2],
        ['社会消费品零售总额', 26268, 23647, 11.1, 318197, 307058, 3.6],
        ['限额以上批发零售业销售额', 82309, 82452, -0.2, 1043985, 922663, 13.1],
        ['固定资产投资', 12498, 13258, -5.7, 154033, 147720, 4.3],
        ['一般公共预算收入', 44603, 44968, -0.8, 550652, 521469, 5.6],
        ['税收收入', 47866, 47513, 0.7, 546126, 475171, 14.9],
        ['进出口总额', 43808, 43413, 0.9, 536471, 474503, 13.1],
        ['出口总额', 89290, 79039, 13, 1056234, 1033575, 2.2],
        ['注：产品销售率的增长栏为增减百分点。'],
      ],
      plant: { address: 'G9', value: 7.3 },
    },
    {
      // 规模以上工业增加值 grows at comparable prices (as the note says), not as its current-price figures do.
      name: '可比价',
      rows: [
        ['临泉县10月主要指标完成情况'],
        ['单位：万元'],
        header,
        ['规模以上工业总产值', 73677, 80848, -8.9, 790284, 731263, 8.1],
        ['规模以上工业增加值', 85091, 77324, 5.8, 877196, 758769, 11.5],
        ['社会消费品零售总额', 87343, 83630, 4.4, 916810, 862026, 6.4],
        ['限额以上批发零售业销售额', 59213, 59126, 0.1, 569973, 539294, 5.7],
        ['固定资产投资', 67109, 65686, 2.2, 654908, 675280, -3],
        ['一般公共预算收入', 49937, 50189, -0.5, 497289, 470857, 5.6],
        ['税收收入', 74103, 76282, -2.9, 762276, 663109, 15],
        ['进出口总额', 78512, 67624, 16.1, 769926, 815754, -5.6],
        ['出口总额', 44572, 47537, -6.2, 420791, 396602, 6.1],
        ['注：规模以上工业增加值增速按可比价格计算，其余按现价计算。'],
      ],
      plant: { address: 'D4', value: -4.5 },
    },
  ]);
});
