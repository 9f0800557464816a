import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 51 (/tmp/round51a, written by an outside tester who had not seen statlint): tables of 本年 | 上年 and
 * this year as a per cent of last (为上年（%）, an index 上年=100). The ratio reads two ways (为上年 = 本年 ÷ 上年 × 100,
 * or 上年 = 本年 ÷ 为上年 × 100); the header in per cent, or naming an index, is what the table computed, so a wrong
 * figure there is blamed on it, not on 上年.
 */
const indicators: CaseRow[] = [
  ['2023年全县主要经济指标'],
  ['指标', '单位', '本年', '上年', '为上年(%)'],
  ['地区生产总值', '亿元', 138.59, 139.5, 99.4],
  ['第一产业增加值', '亿元', 261.94, 279.38, 93.8],
  ['第二产业增加值', '亿元', 176.24, 157.83, 111.7],
  ['规模以上工业增加值', '亿元', 280.07, 296.55, 94.4],
  ['社会消费品零售总额', '亿元', 66.77, 60.86, 109.7],
  ['一般公共预算收入', '万元', 264841, 244891, 108.1],
  ['城镇居民人均可支配收入', '元', 29840, 28494, 104.7],
  ['农村居民人均可支配收入', '元', 28750, 28028, 102.6],
  ['年末金融机构存款余额', '亿元', 96.26, 89.34, 107.7],
];

const output: CaseRow[] = [
  ['2023年农业主要产品产量'],
  [null, null, null, '单位：吨、%'],
  ['指标', '本年', '上年', '本年为上年(上年=100)'],
  ['农林牧渔业总产值', 36084, 36391, 99.2],
  ['粮食产量', 74664, 76138, 98.1],
  ['油料产量', 66685, 60773, 109.7],
  ['肉类总产量', 47930, 44638, 107.4],
  ['禽蛋产量', 30712, 29003, 105.9],
  ['水产品产量', 66760, 63900, 104.5],
  ['蔬菜产量', 24838, 23531, 105.6],
];

describe('round 51: this year as a per cent of last', () => {
  describeCaseBook('为上年', [
    { name: '主要指标', rows: indicators, merges: ['A1:E1'], plant: { address: 'E7', value: 114.7 } },
    { name: '产量指数', rows: output, merges: ['A1:D1'], plant: { address: 'D9', value: 98.5 } },
  ]);
});
