import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 124 (written by outside testers who had not written statlint; the sheet below is theirs, copied from
 * /tmp/round124a, with the figures they generated). 124A, county annual forms of non-public enterprises' party building
 * (非公有制企业党组织建设 县级年报):
 * - years as rows, 党员数 | 党员数比上年增长 with the unit only in the line 单位：个、名、%: the growth column, no header
 *   giving it a unit, is the one in %, and its rows confirm it (growth of 党员数 from the year before); a growth typed
 *   wrong in 2023 is reported (124A cases-004).
 */
const growthInUnitLine: CaseSheet = {
  name: '历年情况',
  rows: [
    ['清河县非公有制企业党组织和党员发展情况（2018—2023年）'],
    [null, null, null, null, null, null, '单位：个、名、%'],
    ['年份', '法人单位数', '已建立党组织的', '单独建立', '联合建立', '党员数', '党员数比上年增长'],
    ['2018', 930, 357, 266, 91, 2714, '—'],
    ['2019年', 959, 368, 274, 94, 2798, 3.1],
    ['2020年', 1126, 432, 322, 110, 3284, 17.4],
    ['2021年', 1291, 495, 369, 126, 3764, 14.6],
    ['2022', 1378, 528, 394, 134, 4018, 6.7],
    ['2023', 1581, 638, 498, 140, 5360, 33.4],
  ],
  merges: ['A1:G1'],
  plant: {
    address: 'G9',
    value: 38,
  },
};

describeCaseBook('round-124', [growthInUnitLine]);
