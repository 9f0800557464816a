import { caseFindings, errorsOn, shownTo, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 81 (/tmp/round81b: wholesale, retail, accommodation and catering monthly tables, written by an outside
 * tester who had not written statlint): a second table stacked under the first's notes, its header over two rows
 * (时间 | 规上服务业营业收入 over 2022年 | 2023年 | 增长（%）), is a table of its own: its figures are not read under the
 * first table's header (单位数（个）, a count column holding 273766.9).
 */

const tenth = (v: number) => shownTo(v, 1);
const hundredth = (v: number) => shownTo(v, 2);

// /tmp/round81b p057.
const stacked: CaseSheet = {
  name: '限上贸易',
  rows: [
    [null, '2023年1-7月南平市限额以上批发零售住宿餐饮业主要指标'],
    [null, null, null, null, null, '单位：万元、%'],
    [null, '指标', '单位数（个）', '1-7月'],
    [null, null, null, '本年累计', '上年同期', '增长（%）'],
    [null, '批发业', 33, hundredth(564826.21), hundredth(483991.77), tenth(16)],
    [null, '零售业销售额', 369, hundredth(642512.71), hundredth(528465.1), tenth(19.1)],
    [null, '住宿业', 56, hundredth(31571.12), hundredth(29621.03), tenth(5.5)],
    [null, '餐饮业营业额', 132, hundredth(96379.72), hundredth(89841.61), tenth(6.3)],
    [null, '批零住餐业合计', 590, hundredth(1335289.76), hundredth(1131919.51), tenth(16.6)],
    [null, '注：增速按可比口径计算。'],
    [null, '资料来源：南平市统计局'],
    [],
    [],
    [null, '南平市2022—2023年分季度规上服务业营业收入'],
    [null, null, null, null, '单位：万元、%'],
    [null, '时间', '规上服务业营业收入'],
    [null, null, '2022年', '2023年', '增长（%）'],
    [null, '1-3月', tenth(273766.9), tenth(268292.8), tenth(-2)],
    [null, '1-6月', tenth(370274.3), tenth(379436.4), tenth(2.5)],
    [null, '1-9月', tenth(547622.3), tenth(546309.4), tenth(-0.2)],
    [null, '1-12月', tenth(992237), tenth(1047894.9), tenth(5.6)],
    [null, '注：表中数据均为累计值。'],
  ],
  merges: ['B1:F1', 'D3:F3', 'B3:B4', 'C3:C4', 'B10:F10', 'B11:F11', 'B14:E14', 'C16:E16', 'B16:B17', 'B22:E22'],
  plant: { address: 'C5', value: 33 },
};

describe('round 81: retail and services', () => {
  test('a second table stacked under the first, its header over two rows, is read as its own', async () => {
    const findings = await caseFindings(await writeCaseBook('限上', [stacked], false));
    expect(errorsOn(findings, '限上贸易')).toEqual([]);
  });
});
