import { describeCaseBook, shownTo, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 79 (/tmp/round79a–b: market entities and enterprise registration; party members reporting to their
 * communities and volunteering, written by outside testers who had not written statlint):
 * - 小时 is a measured unit: 服务时长（小时） under 单位：名 holds no counts, and whole hours rounded one by one need not
 *   add up to their total exactly.
 * - A unit line's count unit is not that of a column of fractions; nor is a header's own (增减（户） 1.4, the change of a
 *   per-thousand ratio).
 * - 场均 names a mean.
 * - A continuation's own total above the sum of its rows in every column it is checked in (全区合计 of both sheets,
 *   some columns of no kind the sum is checked in) covers the first sheet's rows too.
 * - A sheet titled with the continuation mark alone (续表, （续）) continues the one before it where two header words
 *   are alike, however the header is retyped.
 */

// The columns of a street's report of its members serving (/tmp/round79b).
const serviceHeader = [
  '序号',
  '街道',
  '应报到党员',
  '已报到党员',
  '报到率（%）',
  '其中：处级以上党员干部',
  '认领服务岗位（个）',
  '认领项目（个）',
  '参与志愿服务人次',
  '服务时长（小时）',
];

// Service hours to 0.1 under 单位：名 (/tmp/round79b c007).
const hours: CaseSheet = {
  name: '汇总表',
  rows: [
    ['雁塔区在职党员到社区报到及志愿服务情况统计表'],
    ['2022年4月', null, null, null, null, null, null, null, null, '单位：名'],
    [],
    [...serviceHeader, '人均服务时长（小时）'],
    [1, '交道口街道', 1197, 1193, shownTo(99.7, 1), 71, 474, 19, 1675, shownTo(7537.6, 1), shownTo(6.3, 1)],
    [2, '新街口街道', 291, 287, shownTo(98.6, 1), 9, 17, 7, 400, shownTo(1720.7, 1), shownTo(6, 1)],
    [3, '前门街道', 1462, 1411, shownTo(96.5, 1), 170, '—', 14, 2253, shownTo(4281.2, 1), shownTo(3, 1)],
    [4, '东四街道', 1463, 1426, shownTo(97.5, 1), 84, 511, 102, 2868, shownTo(10038.3, 1), shownTo(7, 1)],
    [5, '永定门外街道', 472, 465, shownTo(98.5, 1), 34, 104, 33, 2601, shownTo(7543.6, 1), shownTo(16.2, 1)],
    [6, '月坛街道', 999, 940, shownTo(94.1, 1), 0, 62, 76, 4040, shownTo(6868.4, 1), shownTo(7.3, 1)],
    [7, '景山街道', 1259, 1206, shownTo(95.8, 1), 115, 322, 87, 6942, shownTo(16661.1, 1), shownTo(13.8, 1)],
    [8, '建国门街道', 859, 847, shownTo(98.6, 1), 95, 158, 9, 3460, shownTo(13148.5, 1), shownTo(15.5, 1)],
    [9, '崇文门外街道', 1525, 1401, shownTo(91.9, 1), 77, 218, 63, 3451, shownTo(6212, 1), shownTo(4.4, 1)],
    [10, '朝阳门街道', 1017, 929, shownTo(91.3, 1), 117, 186, 33, 2821, shownTo(11284.4, 1), shownTo(12.1, 1)],
    [11, '东直门街道', 741, 718, shownTo(96.9, 1), 44, 280, '—', 3874, shownTo(16271.3, 1), shownTo(22.7, 1)],
    [12, '东华门街道', 1050, 985, shownTo(93.8, 1), 115, 338, 20, 4084, shownTo(10210.4, 1), shownTo(10.4, 1)],
    [13, '德胜街道', 198, 182, shownTo(91.9, 1), 18, 55, 15, 508, shownTo(1118.4, 1), shownTo(6.1, 1)],
    [14, '安定门街道', 1338, 1249, shownTo(93.3, 1), 173, 325, '—', 4424, shownTo(18580.9, 1), shownTo(14.9, 1)],
    ['', '全区合计', 13871, 13239, shownTo(95.4, 1), 1122, 3050, 478, 43401, shownTo(131476.8, 1), shownTo(9.9, 1)],
  ],
  merges: ['A1:J1'],
  plant: { address: 'J5', value: 8537.6 },
};

// Whole hours, each rounded, and their totals by system (/tmp/round79b c043).
const wholeHours: CaseSheet = {
  name: 'Sheet1',
  rows: [
    ['锦江区机关企事业单位在职党员到社区报到情况统计表'],
    ['填报单位：锦江区委组织部', null, null, null, null, null, null, null, null, '单位：名'],
    [
      '系统/单位',
      '应报到党员',
      '已报到党员',
      '报到率（%）',
      '其中：处级以上党员干部',
      '认领服务岗位（个）',
      '认领项目（个）',
      '参与志愿服务人次',
      '服务时长（小时）',
      '人均服务时长（小时）',
    ],
    ['一、党政机关', 980, 937, shownTo(95.6, 1), 59, 326, 16, 3751, 10904, shownTo(11.6, 1)],
    ['区人力社保局', 130, 128, shownTo(98.5, 1), 2, 38, 3, 698, 2513, shownTo(19.6, 1)],
    ['区教委', 169, 162, shownTo(95.9, 1), 21, 57, 3, 583, 2041, shownTo(12.6, 1)],
    ['区政府办公室', 244, 240, shownTo(98.4, 1), 29, 81, 0, 1268, 2029, shownTo(8.5, 1)],
    ['区发展改革委', 192, 178, shownTo(92.7, 1), 7, 65, 0, 910, 3094, shownTo(17.4, 1)],
    ['区委组织部', 245, 229, shownTo(93.5, 1), 0, 85, 10, 292, 1227, shownTo(5.4, 1)],
    ['二、事业单位', 217, 211, shownTo(97.2, 1), 15, 17, 4, 1049, 4495, shownTo(21.3, 1)],
    ['区第一人民医院', 101, 101, shownTo(100, 1), 12, 17, 2, 407, 1669, shownTo(16.5, 1)],
    ['区疾病预防控制中心', 116, 110, shownTo(94.8, 1), 3, 0, 2, 642, 2825, shownTo(25.7, 1)],
    ['三、国有企业', 321, 318, shownTo(99.1, 1), 8, 108, 9, 369, 565, shownTo(1.8, 1)],
    ['区城市投资集团', 222, 222, shownTo(100, 1), 0, 73, 0, 260, 390, shownTo(1.8, 1)],
    ['区国有资本运营公司', 99, 96, shownTo(97, 1), 8, 35, 9, 109, 174, shownTo(1.8, 1)],
    ['合计', 1518, 1466, shownTo(96.6, 1), 82, 451, 29, 5169, 15964, shownTo(10.9, 1)],
    [],
    ['注：1.报到率=已报到党员÷应报到党员×100%；2.人均服务时长=服务时长÷已报到党员。'],
    [],
    ['填报人：陈静　　　审核人：孙敏　　　联系电话：65795074　　　填报日期：2022年2月6日'],
  ],
  merges: ['A1:J1'],
  plant: { address: 'C5', value: 182 },
};

// Kinds of service with 场均参与人次, a mean (/tmp/round79b c011).
const kinds: CaseSheet = {
  name: '服务类型',
  rows: [
    ['在职党员志愿服务分类型情况表'],
    ['填报单位（盖章）：武昌区委组织部　　　　　　　　　统计截止：2022年3月14日', null, null, null, null, '单位：名'],
    ['服务类型', '活动场次（场）', '参与人次', '构成（%）', '服务时长（小时）', '场均参与人次'],
    ['政策宣传', 48, 1299, shownTo(12.2, 1), 5221, shownTo(27.1, 1)],
    ['环境整治', 144, 1443, shownTo(13.5, 1), 2926, shownTo(10, 1)],
    ['关爱帮扶', 183, 4042, shownTo(37.8, 1), 8095, shownTo(22.1, 1)],
    ['疫情防控', 106, 3609, shownTo(33.8, 1), 10849, shownTo(34, 1)],
    ['其他', 29, 291, shownTo(2.7, 1), 612, shownTo(10, 1)],
    ['合计', 510, 10684, shownTo(100, 1), 27703, shownTo(20.9, 1)],
    [],
    ['注：本表统计口径为在职党员到居住地社区报到情况，“—”表示无此项。'],
    [],
    ['填报人：张伟　　　审核人：周杰　　　联系电话：66843382　　　填报日期：2022年3月16日'],
  ],
  merges: ['A1:F1'],
  plant: { address: 'C4', value: 1929 },
};

// Streets and their communities over two sheets, 全区合计 at the foot of the second (/tmp/round79b p031).
const streets: CaseSheet = {
  name: '表1',
  rows: [
    ['市中区在职党员到社区报到及志愿服务情况统计表'],
    ['2022年6月', null, null, null, null, null, null, null, null, '单位：名'],
    [],
    serviceHeader,
    [1, '建国门街道', 611, 583, shownTo(95.4, 1), 32, 76, 31, 1856, shownTo(5294.9, 1)],
    [2, '　　民安社区', 68, 64, shownTo(94.1, 1), 2, 8, 0, 102, shownTo(296.1, 1)],
    [3, '　　南锣鼓巷社区', 75, 74, shownTo(98.7, 1), 6, 30, 7, 430, shownTo(688.5, 1)],
    [4, '　　东四北社区', 57, 56, shownTo(98.2, 1), 1, 22, 5, 184, shownTo(386.4, 1)],
    [5, '　　鲜鱼口社区', 290, 271, shownTo(93.4, 1), 15, 0, 18, 956, shownTo(3537.3, 1)],
    [6, '　　向阳社区', 121, 118, shownTo(97.5, 1), 8, 16, 1, 184, shownTo(386.6, 1)],
    [7, '东华门街道', 1216, 1170, shownTo(96.2, 1), 52, 380, 25, 4483, shownTo(13048.1, 1)],
    [8, '　　演乐社区', 184, 178, shownTo(96.7, 1), 11, 51, 3, 809, shownTo(2912.9, 1)],
    [9, '　　天坛东里社区', 335, 333, shownTo(99.4, 1), 22, 129, 0, 1563, shownTo(3126.3, 1)],
    [10, '　　史家社区', 220, 218, shownTo(99.1, 1), 15, 57, 10, 1268, shownTo(3804, 1)],
    [11, '　　黄化门社区', 366, 339, shownTo(92.6, 1), 1, 135, 12, 562, shownTo(2192.6, 1)],
    [12, '　　竹杆社区', 111, 102, shownTo(91.9, 1), 3, 8, 0, 281, shownTo(1012.3, 1)],
    ['（接续表）'],
  ],
  merges: ['A1:J1'],
  plant: { address: 'C6', value: 86 },
};
const streetsContinued: CaseSheet = {
  name: '表1（续）',
  rows: [
    ['续表'],
    serviceHeader,
    [1, '东直门街道', 1283, 1230, shownTo(95.9, 1), 95, 266, 47, 4772, shownTo(11077.5, 1)],
    [2, '　　光明社区', 128, 126, shownTo(98.4, 1), 17, 16, 6, 526, shownTo(947.2, 1)],
    [3, '　　前门东社区', 161, 152, shownTo(94.4, 1), 9, 42, 0, 851, shownTo(2043.2, 1)],
    [4, '　　北官厅社区', 258, 254, shownTo(98.4, 1), 17, 22, 19, 341, shownTo(512.1, 1)],
    [5, '　　兴化社区', 360, 338, shownTo(93.9, 1), 47, 89, 0, 1099, shownTo(3078, 1)],
    [6, '　　韶九社区', 376, 360, shownTo(95.7, 1), 5, 97, 22, 1955, shownTo(4497, 1)],
    [7, '金融街街道', 941, 908, shownTo(96.5, 1), 93, 259, 12, 3859, shownTo(13045.2, 1)],
    [8, '　　幸福社区', 291, 284, shownTo(97.6, 1), 34, 98, 4, 828, shownTo(3312, 1)],
    [9, '　　东花市社区', 238, 235, shownTo(98.7, 1), 18, 15, 7, 1379, shownTo(5103.1, 1)],
    [10, '　　分司厅社区', 44, 41, shownTo(93.2, 1), 2, 6, 1, 196, shownTo(843.6, 1)],
    [11, '　　东园社区', 368, 348, shownTo(94.6, 1), 39, 140, 0, 1456, shownTo(3786.5, 1)],
    ['', '全区合计', 4051, 3891, shownTo(96.1, 1), 272, 981, 115, 14970, shownTo(42465.7, 1)],
    [],
    ['注：本表统计口径为在职党员到居住地社区报到情况，“—”表示无此项。'],
    [],
    ['填报人：张伟　　　审核人：周杰　　　联系电话：62468549　　　填报日期：2022年6月17日'],
  ],
  merges: ['A1:D1'],
  plant: { address: 'C4', value: 1238 },
};

// The change of a per-thousand ratio headed 增减（户） (/tmp/round79a c001).
const perThousand: CaseSheet = {
  name: '每千人企业数',
  rows: [
    ['  各县区每千人拥有企业数'],
    [],
    [
      '县（市、区）',
      '常住人口（万人）',
      '企业实有户数（户）',
      '每千人拥有企业数',
      '上年末每千人拥有企业数',
      '增减（户）',
    ],
    ['云岭市', shownTo(257.77, 2), 81726, shownTo(31.7, 1), shownTo(30.3, 1), shownTo(1.4, 1)],
    ['石门县', shownTo(60.79, 2), 20803, shownTo(34.2, 1), shownTo(31.3, 1), shownTo(2.9, 1)],
    ['河口区', shownTo(81.08, 2), 22478, shownTo(27.7, 1), shownTo(27, 1), shownTo(0.7, 1)],
    ['滨江区', shownTo(57.74, 2), 17895, shownTo(31, 1), shownTo(26.7, 1), shownTo(4.3, 1)],
    ['古田县', shownTo(21.53, 2), 4841, shownTo(22.5, 1), shownTo(19.8, 1), shownTo(2.7, 1)],
    ['桃源县', shownTo(36.63, 2), 15709, shownTo(42.9, 1), shownTo(40.4, 1), shownTo(2.5, 1)],
    ['注：常住人口为年末常住人口。'],
  ],
  merges: ['A1:F1'],
  plant: { address: 'D4', value: 37.1 },
};

// A 续表 retyping its header (/tmp/round79a p035).
const entities: CaseSheet = {
  name: '实有户数',
  rows: [
    ['1.  安平市市场主体发展情况'],
    [null, null, null, null, null, '单位：户'],
    ['单位', '市场主体实有户数', '企业', null, '个体工商户', '农民专业合作社'],
    [null, null, '企业户数', '#私营企业'],
    [],
    ['  西湖区', 119832, 49299, 44177, 70517, 16],
    ['  河口区', 114425, 28198, 24225, 86205, 22],
    ['  红旗区', 93847, 19837, 18682, 74009, 1],
    ['（续下表）'],
  ],
  merges: ['A1:F1', 'C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4'],
  plant: { address: 'D6', value: 94177 },
};
const entitiesContinued: CaseSheet = {
  name: '续表',
  rows: [
    ['续表'],
    ['单位：户'],
    ['县（市、区）', '合计', '企业', null, '个体工商户', '农民专业合作社'],
    [null, null, '小计', '其中：私营企业'],
    ['  江南区', 126242, 33697, 28466, 92544, 1],
    ['  宁乡县', 36505, 16444, 13534, 19014, 1047],
    ['合计', 490851, 147475, 129084, 342289, 1087],
  ],
  merges: ['A1:F1', 'C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4'],
  plant: { address: 'B5', value: 162242 },
};

describe('round 79: party members volunteering in their communities', () => {
  describe('service hours to 0.1 under a unit line of 名', () => describeCaseBook('时长', [hours]));
  describe('whole service hours under their systems', () => describeCaseBook('系统', [wholeHours]));
  describe('a mean per event', () => describeCaseBook('类型', [kinds]));
  describe('a 合计 of both sheets, checked in some columns only', () =>
    describeCaseBook('街道', [streets, streetsContinued]));
});

describe('round 79: market entities', () => {
  describe('the change of a per-thousand ratio', () => describeCaseBook('每千人', [perThousand]));
  describe('a 续表 retyping its header', () => describeCaseBook('主体', [entities, entitiesContinued]));
});
