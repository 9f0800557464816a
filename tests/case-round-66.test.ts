import {
  caseFindings,
  describeCaseBook,
  errorsOn,
  errorSuspects,
  writeCaseBook,
  type CaseRow,
} from './helpers/case-book';

/**
 * Issue 9, round 66 (/tmp/round66a–b: civil affairs and social security; annual statistics of party organisations,
 * written by outside testers who had not written statlint):
 * - An indicator table whose rows state their units (万人): a total copied from its first part (基本养老保险参保人数
 *   55.62 over 55.62 and 75.35) is a sum typed wrong, not the whole's own measure.
 * - A note naming a line by the end of its label (参保率 of 基本医疗保险参保率): the stated ratio is the reading, not the
 *   same lines the other way round (户籍人口 = 参保人数 ÷ 参保率), so a rate typed ten times over is blamed on itself.
 * - A row of dashes under a total short of its rows: no figure left out makes a total smaller, so the dash is never the
 *   suspect (it was, as the cell no other relation confirms).
 */
const insurance: CaseRow[] = [
  ['青阳市社会保险参保情况（2020—2023年）'],
  ['指标', '单位', '2020年', '2021年', '2022年', '2023年'],
  ['一、基本养老保险参保人数', '万人', 195.13, 193.71, 197.92, 210.39],
  ['　1.城镇职工基本养老保险', '万人', 87.05, 84.65, 89.44, 93.16],
  ['　　其中：在职职工', '万人', 59.62, 58.16, 65.24, 68.32],
  ['　　　　　离退休人员', '万人', 27.43, 26.49, 24.2, 24.84],
  ['　2.城乡居民基本养老保险', '万人', 108.08, 109.06, 108.48, 117.23],
  ['二、基本医疗保险参保人数', '万人', 257.1, 261.59, 260.69, 274.39],
  ['　1.职工基本医疗保险', '万人', 60.43, 66.94, 64.61, 75.06],
  ['　2.城乡居民基本医疗保险', '万人', 196.67, 194.66, 196.07, 199.33],
  ['三、失业保险参保人数', '万人', 33.62, 39.32, 39.81, 42.27],
  ['四、工伤保险参保人数', '万人', 55.76, 49.71, 54.4, 53.71],
  ['户籍人口', '万人', 283.81, 284.95, 286.08, 287.22],
  ['基本医疗保险参保率', '%', 90.6, 91.8, 91.1, 95.5],
  ['注：参保率＝基本医疗保险参保人数÷户籍人口×100%。'],
];

describe('round 66: indicator tables of social insurance', () => {
  describeCaseBook('参保', [
    { name: '总数抄自分项', rows: insurance, merges: ['A1:F1', 'A15:F15'], plant: { address: 'C3', value: 87.05 } },
    { name: '参保率', rows: insurance, merges: ['A1:F1', 'A15:F15'], plant: { address: 'C14', value: 906 } },
  ]);
});

const flows: CaseRow[] = [
  ['2024年非公有制经济组织和社会组织党员数变动情况'],
  ['单位', '年初党员数', '本年增加', null, '本年减少', null, null, '年末党员数'],
  [null, null, '发展党员', '转入', '转出', '死亡', '出党'],
  ['全县合计', 12344, 153, 448, 194, 47, 10, 12694],
  ['城关区', 442, 10, 23, 6, 0, 1, 468],
  ['西湖区', 3108, 50, 125, 26, 19, 2, 3236],
  ['青山县', 1600, 9, 27, 20, 12, 2, 1602],
  ['临江县', 664, 1, 28, 9, 1, 0, 683],
  ['白水县', 2544, 29, 120, 37, 7, 0, 2649],
  ['经开区', 246, 6, 7, 6, 0, 0, 253],
  ['长乐县', 2340, 31, 80, 64, 1, 1, 2385],
  ['东城区', 792, 7, 29, 24, 6, 2, 796],
  ['安定县', 608, 10, 9, 2, 1, 2, 622],
  ['新区管委会', '—', '—', '—', '—', '—', '—', '—'],
  ['注：年末数=年初数+本年增加-本年减少。'],
];

describe('round 66: a row of dashes under a total short of its rows', () => {
  test('the total is reported and the dash is not its suspect', async () => {
    const sheet = {
      name: '党员变动',
      rows: flows,
      merges: ['A1:H1', 'C2:D2', 'E2:G2', 'A2:A3', 'B2:B3', 'H2:H3'],
      plant: { address: 'H6', value: 3238 },
    };
    const clean = await caseFindings(await writeCaseBook('党员变动', [sheet], false));
    expect(errorsOn(clean, '党员变动')).toEqual([]);
    const planted = await caseFindings(await writeCaseBook('党员变动', [sheet], true));
    expect(errorsOn(planted, '党员变动').map((f) => f.ruleId)).toEqual(['total-row-sum']);
    expect(errorSuspects(planted, '党员变动')).not.toContain('H14');
  });
});
