import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Round 21's false alarms (tests/corpora/layouts/yearbook-14, party-15): rows and lines that are not what the figures
 * around them would make them. Each sheet is consistent clean; its planted twin is found at the planted cell.
 */

// 8 towns, one 文化站 each; every village has its 综合文化服务中心 and its 农家书屋.
const villages = [23, 18, 31, 12, 27, 20, 16, 35];
const towns = ['城关镇', '石桥镇', '河口镇', '太平乡', '长岭镇', '新安乡', '白沙镇', '龙门镇'];
const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

describe('rows and lines apart from the figures around them', () => {
  describeCaseBook('其他计量', [
    {
      // 年末常住人口（万人） and 人均体育场地面积（平方米） after the categories a 总计 at the top sums: rows of measures of
      // their own, not categories.
      name: '体育场地',
      rows: [
        ['体育场地基本情况（2025年末）'],
        ['场地类型', '数量（个）', '场地面积（万平方米）'],
        ['总计', 13903, 648.18],
        ['田径场地', 355, 118.82],
        ['游泳场地', 76, 5.91],
        ['球类运动场地', 4825, 338.94],
        ['  #篮球场地', 2654, 135.58],
        ['冰雪运动场地', 5, 0.31],
        ['体育健身场地', 6745, 113.93],
        ['其他体育场地', 1897, 70.27],
        ['年末常住人口（万人）', null, 379.26],
        ['人均体育场地面积（平方米）', null, 1.71],
      ],
      plant: { address: 'B3', value: 14003 },
    },
    {
      // 每万人口发明专利拥有量 in a 件 row is per head, not a count of 件.
      name: '专利',
      rows: [
        ['专利情况'],
        ['指标', '单位', '2024年', '2025年'],
        ['专利申请量', '件', 9120, 10236],
        ['专利授权量', '件', 5311, 6025],
        ['有效发明专利拥有量', '件', 7800, 9100],
        ['每万人口发明专利拥有量', '件', 21.35, 24.73],
      ],
      plant: { address: 'D4', value: 6025.5 },
    },
    {
      // One 文化站 per town, and as many 服务中心 as 农家书屋: 服务中心 = 农家书屋 ÷ 文化站 on every town, not at 全县.
      name: '文化站',
      rows: [
        ['乡镇文化设施'],
        ['乡镇', '综合文化站（个）', '村综合文化服务中心（个）', '农家书屋（个）'],
        ...towns.map((town, i): CaseRow => [town, 1, villages[i], villages[i]]),
        ['全县', towns.length, sum(villages), sum(villages)],
      ],
      plant: { address: 'D11', value: sum(villages) + 5 },
    },
  ]);

  describeCaseBook('三行表头', [
    {
      // A three-row header read as a title line over two header rows: 覆盖率（%） merged down all three rows still heads
      // its column, so its rate is no count held within the row above (科技园 60 beside 东城区 50).
      name: '三行表头',
      rows: [
        ['社会组织党建工作情况统计表'],
        ['单位名称', '社会组织', null, null, '覆盖率（%）', '党建指导员'],
        [null, '数量'],
        [null, '总数', '已建党组织', '未建党组织'],
        ['合计', 1200, 620, 580, 51.7, 21],
        ['东城区', 400, 200, 200, 50, 9],
        ['其中：科技园', 100, 60, 40, 60, 3],
        ['西城区', 300, 120, 180, 40, 7],
        ['南溪县', 500, 300, 200, 60, 5],
      ],
      merges: ['A2:A4', 'B2:D2', 'B3:D3', 'E2:E4', 'F2:F4'],
      plant: { address: 'B5', value: 1210 },
    },
  ]);

  describeCaseBook('部分之和', [
    {
      // 总计 = 社会团体 + 民办非企业单位 holds where 基金会 is 0 (two columns of three): a sum of some of the total's rows.
      name: '社会组织',
      rows: [
        ['类别', '数量（个）', '已建立党组织（个）', '党员（名）'],
        ['总计', 436, 72, 416],
        ['一、社会团体', 215, 4, 8],
        [{ v: '其中：行业协会商会', indent: 1 }, 86, 2, 4],
        ['二、民办非企业单位', 214, 68, 408],
        ['三、基金会', 7, 0, 0],
      ],
      plant: { address: 'B2', value: 446 },
    },
  ]);
});
