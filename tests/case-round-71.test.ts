import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 71 (/tmp/round71a–b: party organisations of non-public enterprises by industry (国民经济行业分类);
 * medical insurance funds of counties and cities, written by outside testers who had not written statlint):
 * - Industries nested by their codes only (C 制造业 | C14 食品制造业, or 14 under C, or in a 代码 column after the
 *   names), not indented, a row of no code (其他行业) at the end: the 总计 adds up the sections, not the sections and
 *   their divisions.
 * - Rows at the indent of a 其中 row right after it (其中：农业 | 林业) are more of its items, not the whole's members.
 * - A footnote mark after a rate's unit (党组织覆盖率（%）①) leaves it a rate: a 其中 row's rate may pass its whole's.
 * - The sheet's unit of people (单位：人、%) is no unit of a column of fractions (在职退休比 3.25).
 * - Totals off their quarters' sum by the rounding of figures in 万元 the sheet does not state, in two columns or
 *   more, or where a note says so (因四舍五入…略有差异), are rounded apart, not typed wrong; a title ending with its
 *   units in brackets (…分季度收支（单位：万元、%）) states them.
 * - A balance carried over the months (累计结余) closes on the year's total row, and on a 1-3月累计 row, at its last
 *   month's figure: no sum of the months.
 */

const industries: CaseSheet = {
  name: '分行业',
  rows: [
    ['非公有制企业党建工作基本情况（分行业）'],
    ['行业名称', '企业数（个）', '已建党组织企业数（个）', '党组织覆盖率（%）', '党员数（人）'],
    ['总计', 558, 329, 58.96, 788],
    ['A 农、林、牧、渔业', 37, 22, 59.46, 39],
    ['A01 农业', 12, 10, 83.33, 19],
    ['A02 林业', 16, 5, 31.25, 19],
    ['B 采矿业', 27, 10, 37.04, 10],
    ['C 制造业', 263, 159, 60.46, 552],
    ['14 食品制造业', 6, 4, 66.67, 6],
    ['15 酒、饮料和精制茶制造业', 8, 6, 75, 5],
    ['18 纺织服装、服饰业', 17, 14, 82.35, 19],
    ['E 建筑业', 127, 53, 41.73, 140],
    ['E47 房屋建筑业', 28, 10, 35.71, 26],
    ['E48 土木工程建筑业', 30, 17, 56.67, 25],
    ['F 批发和零售业', 60, 50, 83.33, 25],
    ['其他行业', 44, 35, 79.55, 22],
  ],
  merges: ['A1:E1'],
  plant: { address: 'B3', value: 585 },
};

const agriculture: CaseSheet = {
  name: '白石县',
  rows: [
    ['白石县非公有制企业党组织建设情况（按行业分）'],
    ['行业', '代码', '企业数（个）', '已建党组织企业数（个）', '单独建立', '联合建立'],
    ['总计', null, 77, 34, 13, 21],
    ['农、林、牧、渔业', 'A', 8, 3, 2, 1],
    ['　　其中：农业', '01', 1, '—', '—', '—'],
    ['　　林业', '02', 5, 3, 2, 1],
    ['采矿业', 'B', 6, 1, '—', 1],
    ['制造业', 'C', 44, 26, 10, 16],
    ['批发和零售业', 'F', 19, 4, 1, 3],
  ],
  merges: ['A1:F1'],
  plant: { address: 'C3', value: 87 },
};

// The codes in a column of their own after the names, no name indented (2022年末…（分行业）, a tester's form).
const coded: CaseSheet = {
  name: '代码列',
  rows: [
    ['2022年末非公有制企业党建工作基本情况（分行业）'],
    ['行业名称', '代 码', '企业数（个）', '已建党组织企业数（个）', '覆盖率（%）', '党员数（人）'],
    ['总　计', null, 427, 223, 52.2, 566],
    ['农、林、牧、渔业', 'A', 26, 13, 50, 31],
    ['采矿业', 'B', 15, 5, 33.3, 6],
    ['制造业', 'C', 333, 178, 53.5, 460],
    ['农副食品加工业', '13', 18, 14, 77.8, 20],
    ['食品制造业', '14', 10, 3, 30, 17],
    ['酒、饮料和精制茶制造业', '15', 5, 2, 40, 9],
    ['建筑业', 'E', 53, 27, 50.9, 69],
    ['房屋建筑业', '47', 20, 11, 55, 30],
    ['土木工程建筑业', '48', 13, 6, 46.2, 14],
  ],
  merges: ['A1:F1'],
  plant: { address: 'C3', value: 472 },
};

const registration: CaseSheet = {
  name: '分类型',
  rows: [
    ['白石县2022年末非公有制企业党组织建设情况（按登记注册类型分）'],
    ['项目', '企业数（个）', '已建党组织企业数（个）', '其中：单独建立（个）', '联合建立（个）', '党组织覆盖率（%）①'],
    ['合计', 1118, 803, 367, 436, 71.82],
    ['私营企业', 1009, 709, 324, 385, 70.27],
    ['　其中：私营有限责任公司', 791, 579, 264, 315, 73.2],
    ['港、澳、台商投资企业', 54, 44, 21, 23, 81.48],
    ['外商投资企业', 55, 50, 22, 28, 90.91],
    [],
    ['注：①党组织覆盖率＝已建党组织企业数÷企业数×100%。'],
  ],
  merges: ['A1:F1'],
  plant: { address: 'C3', value: 830 },
};

const insured: CaseSheet = {
  name: '参保',
  rows: [
    ['安平市2023年末基本医疗保险参保情况'],
    [null, null, null, null, null, null, '单位：人、%'],
    ['地区', '参保人数合计', '其中', null, '在职退休比', '应参保人数', '参保率（%）'],
    [null, null, '在职职工', '退休人员'],
    ['石门县', 48436, 37029, 11407, 3.25, 50242, 96.41],
    ['永和县', 47494, 36364, 11130, 3.27, 48650, 97.62],
    ['青河县', 22694, 17071, 5623, 3.04, 24238, 93.63],
    ['合计', 118624, 90464, 28160, 3.21, 123130, 96.34],
  ],
  merges: ['A1:G1', 'C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4', 'G3:G4'],
  plant: { address: 'C6', value: 38364 },
};

const quarters = (title: string, note: string[] = []): CaseSheet => ({
  name: '分季度',
  rows: [
    [title],
    ['季度', '基金收入', null, null, '基金支出', null, null],
    [null, '本期', '上年同期', '同比增长（%）', '本期', '上年同期', '同比增长（%）'],
    ['一季度', 11359.26, 11532.59, -1.5, 11653.13, 11726.14, -0.6],
    ['二季度', 9493.58, 10062.96, -5.7, 7927.49, 7477.68, 6],
    ['三季度', 9112.46, 9080.39, 0.4, 7602.18, 6972.77, 9],
    ['四季度', 9958.5, 9417.25, 5.7, 11228.35, 11178.86, 0.4],
    ['合计', 39923.8, 40093.19, -0.4, 38411.14, 37355.44, 2.8],
    ...(note.length > 0 ? [[], note] : []),
  ],
  merges: ['A1:G1', 'B2:D2', 'E2:G2', 'A2:A3'],
  plant: { address: 'B8', value: 39823.8 },
});

const oneColumnOff: CaseSheet = {
  name: '分县区',
  rows: [
    ['江陵市2023年基本医疗保险基金收支分县区情况'],
    [],
    ['县（市、区）', '基金收入', null, null, '基金支出', null, null, '当期结余', '上年末累计结余', '累计结余'],
    [null, '合计', '其中：征缴收入', '财政补贴', '合计', '其中：住院', '门诊'],
    ['甲', 1, 2, 3, 4, 5, 6, 7, 8, 9],
    ['永和县', 9903, 6633.35, 3116.61, 8296.39, 5047.93, 3136.83, 1606.6, 11390.21, 12996.82],
    ['高新区', 9961.42, 6323.37, 3583.3, 8710.43, 4375.95, 4334.49, 1250.99, 8247.18, 9498.16],
    ['南山县', 10561.24, 6800.61, 3705.32, 9543.42, 5247.29, 4296.13, 1017.83, 15342.16, 16359.99],
    ['总计', 30425.66, 19757.33, 10405.23, 26550.25, 14671.16, 11767.45, 3875.41, 34979.56, 38854.97],
    [],
    ['注：当期结余＝基金收入－基金支出；年末累计结余＝上年末累计结余＋当期结余。'],
    ['注：1.本表金额单位为万元，因四舍五入，合计数与分项之和可能略有差异。'],
  ],
  merges: ['A1:J1', 'B3:D3', 'E3:G3', 'A3:A4', 'H3:H4', 'I3:I4', 'J3:J4'],
  plant: { address: 'B9', value: 33425.66 },
};

const months: CaseSheet = {
  name: '月报',
  rows: [
    ['北川县2023年1-6月医疗保险基金收支月报'],
    [null, null, null, null, '单位：万元'],
    ['月份', '基金收入', '基金支出', '当期结余', '累计结余'],
    ['年初累计结余', null, null, null, 6044],
    ['1月', 2807, 2104, 703, 6747],
    ['2月', 2695, 2887, -192, 6555],
    ['3月', 2159, 2099, 60, 6615],
    ['4月', 2604, 2562, 42, 6657],
    ['5月', 2451, 2443, 8, 6665],
    ['6月', 2583, 1895, 688, 7353],
    ['合计', 15299, 13990, 1309, 7353],
  ],
  merges: ['A1:E1'],
  plant: { address: 'C9', value: 2762 },
};

describe('round 71: industries nested by their codes', () => {
  describe('codes in the labels, not indented', () => describeCaseBook('分行业', [industries]));
  describe('其中：农业 | 林业 at one indent', () => describeCaseBook('农业', [agriculture]));
  describe('codes in a column of their own', () => describeCaseBook('代码列', [coded]));
  describe('a footnote mark after a rate’s unit', () => describeCaseBook('登记注册类型', [registration]));
});

describe('round 71: medical insurance funds', () => {
  describe('在职退休比 under 单位：人、%', () => describeCaseBook('参保', [insured]));
  describe('quarters in 万元 the sheet does not state', () =>
    describeCaseBook('季度', [quarters('临海市2023年城乡居民医保基金分季度收支')]));
  describe('a title ending with its units', () =>
    describeCaseBook('标题单位', [quarters('江陵市2023年城乡居民医保基金分季度收支（单位：万元、%）')]));
  describe('a note saying the totals were rounded apart', () => describeCaseBook('尾差', [oneColumnOff]));
  describe('a balance carried over the months', () => describeCaseBook('月报', [months]));
});
