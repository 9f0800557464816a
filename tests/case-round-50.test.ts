import { caseFindings, describeCaseBook, writeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 50 (/tmp/round50b, written by an outside tester who had not seen statlint): a county's workbook from a
 * reviewer's folder, with a 其中：规模以上企业 column between 企业数 and 已建立党组织企业数. Both are subsets of 企业数
 * cut two ways (by size, by whether a party organisation is set up): together they may pass it (罗针镇: 28 + 85 > 111).
 */
const county: CaseRow[] = [
  ['临川区2023年度两新组织党建工作情况统计表'],
  ['填报单位：中共临川区委组织部（盖章）', null, null, null, null, null, null, '单位：个、名、%'],
  ['乡镇（街道）', '非公有制企业', null, null, null, '社会组织', null, null, '党员数（名）'],
  [
    null,
    '企业数',
    '其中：规模以上企业',
    '已建立党组织企业数',
    '覆盖率(%)',
    '社会组织数',
    '已建立党组织社会组织数',
    '覆盖率(%)',
  ],
  ['上顿渡镇', 44, 8, 19, 43.2, 10, 3, 30, 125],
  ['温泉镇', 99, 10, 46, 46.5, 16, 6, 37.5, 252],
  ['高坪镇', 158, 36, 66, 41.8, 21, 6, 28.6, 433],
  ['秋溪镇', 49, 9, 36, 73.5, 40, 14, 35, 189],
  ['荣山镇', 206, 27, 166, 80.6, 42, 18, 42.9, 543],
  ['龙溪镇', 141, 42, 62, 44, 34, 16, 47.1, 448],
  ['罗针镇', 111, 28, 85, 76.6, 12, 9, 75, 382],
  ['合计', 808, 160, 480, 59.4, 175, 72, 41.1, 2372],
  ['注：规模以上企业指年主营业务收入2000万元及以上的工业企业。'],
];
const merges = ['A1:I1', 'A2:G2', 'H2:I2', 'B3:E3', 'F3:H3', 'A3:A4', 'I3:I4', 'A13:I13'];

describe('round 50: a county workbook of a reviewer folder', () => {
  describeCaseBook('县区', [{ name: '统计表', rows: county, merges, plant: { address: 'E8', value: 63.5 } }]);

  test('规模以上企业 and 已建立党组织企业数, two cuts of 企业数, are not summed: not even a warning', async () => {
    const clean = await writeCaseBook(
      '县区',
      [{ name: '统计表', rows: county, merges, plant: { address: 'E8', value: 0 } }],
      false,
    );
    expect(await caseFindings(clean)).toEqual([]);
  });
});
