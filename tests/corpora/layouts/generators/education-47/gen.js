// Generator: education statistics workbooks, clean + planted
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.argv[2] ?? '/tmp/round47a/cases';
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

const r1 = (x) => Math.round(x * 10) / 10;
const r2 = (x) => Math.round(x * 100) / 100;
const colL = (n) => { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const sum = (a) => a.reduce((x, y) => x + (typeof y === 'number' ? y : 0), 0);
const growth = (cur, prev) => r1((cur / prev - 1) * 100);

// sheet spec: {name, rows: [[...]], merges: ['A1:G1'], fmt: {col: '0.0'}}
// ---------------------------------------------------------------- base data
const LEVELS = ['普通高等学校', '中等职业教育', '普通高中', '初中', '小学', '特殊教育', '幼儿园'];
// schools, grads, enrol, students, staff, teachers
const CITY = {
  '普通高等学校': [3, 9862, 11205, 38420, 3105, 2288],
  '中等职业教育': [9, 7350, 8124, 23015, 1872, 1420],
  '普通高中': [14, 12480, 13362, 39215, 3640, 3011],
  '初中': [41, 15230, 16104, 47820, 4612, 4105],
  '小学': [112, 16018, 15327, 96544, 6420, 5912],
  '特殊教育': [2, 86, 102, 612, 118, 96],
  '幼儿园': [168, 14210, 12650, 41380, 5230, 2870],
};
const PREV = {
  '普通高等学校': [3, 9510, 10860, 37290, 3060, 2241],
  '中等职业教育': [10, 7122, 7986, 22540, 1901, 1432],
  '普通高中': [14, 12015, 12930, 38310, 3580, 2950],
  '初中': [42, 15480, 15920, 47110, 4590, 4072],
  '小学': [115, 15870, 16245, 97310, 6455, 5935],
  '特殊教育': [2, 80, 95, 598, 115, 93],
  '幼儿园': [175, 14890, 13520, 43650, 5310, 2905],
};
const COLS6 = ['学校数\n（所）', '毕业生数', '招生数', '在校学生数', '教职工数', '专任教师数'];

function totalRow(label, data, levels) {
  const t = [];
  for (let i = 0; i < 6; i++) t.push(sum(levels.map((l) => data[l][i])));
  return [label, ...t];
}

const layouts = {};

// L01 classic: 总计 on top, unit line, merged title
layouts.L01 = () => {
  const rows = [
    ['2023年各级各类学校基本情况'],
    ['', '', '', '', '', '单位：所、人'],
    ['项目', ...COLS6],
    totalRow('总计', CITY, LEVELS),
    ...LEVELS.map((l) => [l, ...CITY[l]]),
    ['注：普通高等学校数据含驻市高校。'],
  ];
  return [{ name: '各级各类学校', rows, merges: ['A1:G1', 'A12:G12'] }];
};

// L02 in 万人, 2 decimals, total computed from exact then rounded (rounding slack)
layouts.L02 = () => {
  const lv = LEVELS;
  const idx = [1, 2, 3]; // grads, enrol, students
  const rows = [
    ['各级各类学校学生情况'],
    ['', '', '', '单位：万人'],
    ['学校类别', '毕业生数', '招生数', '在校学生数'],
  ];
  const tot = ['合计'];
  for (const i of idx) tot.push(r2(sum(lv.map((l) => CITY[l][i])) / 10000));
  rows.push(tot);
  for (const l of lv) rows.push([l, ...idx.map((i) => r2(CITY[l][i] / 10000))]);
  return [{ name: 'Sheet1', rows, merges: ['A1:D1'], fmt: { B: '0.00', C: '0.00', D: '0.00' } }];
};

// L03 two years side by side + growth
layouts.L03 = () => {
  const rows = [
    ['各级各类学校在校学生数'],
    ['单位：人'],
    ['学校类别', '在校学生数', '', '比上年增长\n（%）'],
    ['', '2023年', '2022年', ''],
  ];
  const cur = sum(LEVELS.map((l) => CITY[l][3])), prev = sum(LEVELS.map((l) => PREV[l][3]));
  rows.push(['总计', cur, prev, growth(cur, prev)]);
  for (const l of LEVELS) rows.push([l, CITY[l][3], PREV[l][3], growth(CITY[l][3], PREV[l][3])]);
  return [{ name: '在校生', rows, merges: ['A1:D1', 'A3:A4', 'B3:C3', 'D3:D4'], fmt: { D: '0.0' } }];
};

// districts
const DIST = {
  '城关区': [38, 41250, 2710],
  '东城区': [31, 35410, 2365],
  '西湖区': [27, 28960, 1962],
  '高新区': [12, 15330, 951],
  '河口县': [45, 22180, 1688],
  '青山县': [52, 19870, 1590],
  '白云县': [43, 16540, 1381],
};
// L04 districts x indicators with 生师比 and total at top
layouts.L04 = () => {
  const names = Object.keys(DIST);
  const rows = [
    ['2023年各县（区）义务教育基本情况'],
    ['地区', '学校数（所）', '在校学生数（人）', '专任教师数（人）', '生师比'],
  ];
  const S = sum(names.map((n) => DIST[n][1])), T = sum(names.map((n) => DIST[n][2]));
  rows.push(['全市', sum(names.map((n) => DIST[n][0])), S, T, r1(S / T)]);
  for (const n of names) rows.push([n, DIST[n][0], DIST[n][1], DIST[n][2], r1(DIST[n][1] / DIST[n][2])]);
  rows.push(['注：生师比为在校学生数与专任教师数之比（以教师为1）。']);
  return [{ name: '分地区', rows, merges: ['A1:E1', `A${rows.length}:E${rows.length}`], fmt: { E: '0.0' } }];
};

// L05 其中 rows (女, 民办) under each level — long vertical layout
layouts.L05 = () => {
  const data = [
    ['普通高中', 39215, 20118, 6210],
    ['初中', 47820, 22930, 5120],
    ['小学', 96544, 45310, 8830],
    ['幼儿园', 41380, 19870, 22460],
  ];
  const rows = [['各级学校在校学生数（按性别、举办者分）'], ['单位：人'], ['指标', '在校学生数']];
  for (const [l, t, f, p] of data) {
    rows.push([l, t]);
    rows.push(['  其中：女', f]);
    rows.push(['        民办', p]);
  }
  return [{ name: '在校生构成', rows, merges: ['A1:B1'] }];
};

// L06 其中 columns: 在校学生数 / 其中：女 / 其中：民办 ; with 总计
layouts.L06 = () => {
  const d = {
    '普通高中': [39215, 20118, 6210],
    '中等职业教育': [23015, 9820, 4410],
    '初中': [47820, 22930, 5120],
    '小学': [96544, 45310, 8830],
    '特殊教育': [612, 221, 0],
    '幼儿园': [41380, 19870, 22460],
  };
  const ks = Object.keys(d);
  const rows = [
    ['各级各类学校在校学生情况'],
    ['', '', '', '单位：人'],
    ['学校类别', '在校学生数', '其中', ''],
    ['', '', '女', '民办'],
    ['总计', sum(ks.map((k) => d[k][0])), sum(ks.map((k) => d[k][1])), sum(ks.map((k) => d[k][2]))],
    ...ks.map((k) => [k, ...d[k].map((v) => (v === 0 ? '-' : v))]),
  ];
  return [{ name: 'Sheet1', rows, merges: ['A1:D1', 'A3:A4', 'B3:B4', 'C3:D3'] }];
};

// L07 升学率: 初中毕业生, 升入高中阶段, 升学率 by district; total at bottom (合计)
const PROM = {
  '城关区': [5210, 5032], '东城区': [4380, 4205], '西湖区': [3560, 3390],
  '河口县': [2980, 2745], '青山县': [2610, 2388], '白云县': [2240, 2036],
};
layouts.L07 = () => {
  const ks = Object.keys(PROM);
  const rows = [['初中毕业生升学情况'], ['县（区）', '初中毕业生数（人）', '升入高中阶段人数（人）', '升学率（%）']];
  for (const k of ks) rows.push([k, PROM[k][0], PROM[k][1], r1(PROM[k][1] / PROM[k][0] * 100)]);
  const a = sum(ks.map((k) => PROM[k][0])), b = sum(ks.map((k) => PROM[k][1]));
  rows.push(['合计', a, b, r1(b / a * 100)]);
  return [{ name: '升学率', rows, merges: ['A1:D1'], fmt: { D: '0.0' } }];
};

// L08 transposed: indicators as rows, levels as columns
layouts.L08 = () => {
  const lv = ['普通高中', '初中', '小学', '幼儿园'];
  const rows = [['基础教育基本情况'], ['单位：所、人'], ['指标', '合计', ...lv]];
  const names = ['学校数（所）', '毕业生数', '招生数', '在校学生数', '教职工数', '专任教师数'];
  names.forEach((n, i) => rows.push([n, sum(lv.map((l) => CITY[l][i])), ...lv.map((l) => CITY[l][i])]));
  return [{ name: '基础教育', rows, merges: ['A1:F1'] }];
};

// L09 yearbook style: 指标 / 单位 / 2023 / 2022 / 比上年增长%
layouts.L09 = () => {
  const rows = [['教育事业主要指标'], ['指标', '单位', '2023年', '2022年', '2023年比2022年增长（%）']];
  const add = (n, u, c, p) => rows.push([n, u, c, p, growth(c, p)]);
  const tc = sum(LEVELS.map((l) => CITY[l][0])), tp = sum(LEVELS.map((l) => PREV[l][0]));
  add('学校数', '所', tc, tp);
  for (const l of ['普通高中', '初中', '小学', '幼儿园']) add('  ' + l, '所', CITY[l][0], PREV[l][0]);
  const sc = sum(LEVELS.map((l) => CITY[l][3])), sp = sum(LEVELS.map((l) => PREV[l][3]));
  add('在校学生数', '人', sc, sp);
  for (const l of ['普通高中', '初中', '小学', '幼儿园']) add('  ' + l, '人', CITY[l][3], PREV[l][3]);
  const ec = sum(LEVELS.map((l) => CITY[l][5])), ep = sum(LEVELS.map((l) => PREV[l][5]));
  add('专任教师数', '人', ec, ep);
  rows.push(['注：学校数、在校学生数、专任教师数均含普通高等学校、中等职业教育和特殊教育。']);
  return [{ name: '主要指标', rows, merges: ['A1:E1'], fmt: { E: '0.0' } }];
};

// L10 public / private split columns with 合计
layouts.L10 = () => {
  const d = {
    '普通高中': [11, 3, 32870, 6345],
    '初中': [35, 6, 42700, 5120],
    '小学': [104, 8, 87714, 8830],
    '幼儿园': [58, 110, 18920, 22460],
  };
  const ks = Object.keys(d);
  const rows = [
    ['公办、民办学校情况'],
    ['学校类别', '学校数（所）', '', '', '在校学生数（人）', '', ''],
    ['', '合计', '公办', '民办', '合计', '公办', '民办'],
  ];
  const line = (k, v) => [k, v[0] + v[1], v[0], v[1], v[2] + v[3], v[2], v[3]];
  const T = [0, 1, 2, 3].map((i) => sum(ks.map((k) => d[k][i])));
  rows.push(line('总计', T));
  for (const k of ks) rows.push(line(k, d[k]));
  return [{ name: '公民办', rows, merges: ['A1:G1', 'A2:A3', 'B2:D2', 'E2:G2'] }];
};

// L11 hierarchical groups: 高中阶段教育 = 普高 + 中职; 义务教育 = 初中+小学; indented
layouts.L11 = () => {
  const rows = [['各级各类学校招生、在校生、毕业生情况'], ['单位：人'], ['项目', '招生数', '在校学生数', '毕业生数']];
  const pick = (l) => [CITY[l][2], CITY[l][3], CITY[l][1]];
  const add = (a, b) => a.map((x, i) => x + b[i]);
  const hs = add(pick('普通高中'), pick('中等职业教育'));
  const cp = add(pick('初中'), pick('小学'));
  const all = add(add(add(hs, cp), pick('特殊教育')), pick('幼儿园'));
  rows.push(['总计', ...all]);
  rows.push(['高中阶段教育', ...hs]);
  rows.push(['  普通高中', ...pick('普通高中')]);
  rows.push(['  中等职业教育', ...pick('中等职业教育')]);
  rows.push(['义务教育', ...cp]);
  rows.push(['  初中', ...pick('初中')]);
  rows.push(['  小学', ...pick('小学')]);
  rows.push(['特殊教育', ...pick('特殊教育')]);
  rows.push(['学前教育', ...pick('幼儿园')]);
  return [{ name: '分阶段', rows, merges: ['A1:D1'] }];
};

// L12 幼儿园: 园数, 其中普惠性, 在园幼儿, 其中普惠, 毛入园率(%)
const KG = {
  '城关区': [32, 27, 8650, 7240], '东城区': [28, 24, 7210, 6180], '西湖区': [25, 21, 6320, 5350],
  '河口县': [30, 27, 6980, 6310], '青山县': [27, 25, 6240, 5820], '白云县': [26, 24, 5980, 5510],
};
layouts.L12 = () => {
  const ks = Object.keys(KG);
  const rows = [['学前教育发展情况'], ['地区', '幼儿园数（所）', '其中：普惠性幼儿园', '在园幼儿数（人）', '其中：普惠性幼儿园在园幼儿', '普惠性幼儿园覆盖率（%）']];
  const T = [0, 1, 2, 3].map((i) => sum(ks.map((k) => KG[k][i])));
  const line = (k, v) => [k, ...v, r1(v[3] / v[2] * 100)];
  rows.push(line('全市', T));
  for (const k of ks) rows.push(line(k, KG[k]));
  return [{ name: '学前教育', rows, merges: ['A1:F1'], fmt: { F: '0.0' } }];
};

// L13 multi-sheet: summary sheet and detail sheet (repeated figures)
layouts.L13 = () => {
  const a = layouts.L01()[0];
  a.name = '汇总';
  const ks = Object.keys(DIST);
  const rows = [['分县（区）小学情况'], ['单位：所、人'], ['县（区）', '学校数', '在校学生数', '专任教师数']];
  const XS = { '城关区': [22, 23410, 1520], '东城区': [18, 18830, 1230], '西湖区': [15, 14210, 912], '高新区': [6, 7310, 455], '河口县': [18, 12650, 710], '青山县': [17, 11210, 590], '白云县': [16, 8924, 495] };
  rows.push(['全市', sum(ks.map((k) => XS[k][0])), sum(ks.map((k) => XS[k][1])), sum(ks.map((k) => XS[k][2]))]);
  for (const k of ks) rows.push([k, ...XS[k]]);
  return [a, { name: '小学分县', rows, merges: ['A1:D1'] }];
};

// L14 two years with absolute 增减 column + growth
layouts.L14 = () => {
  const rows = [['各级学校专任教师数'], ['', '', '', '', '单位：人'], ['学校类别', '2023年', '2022年', '增减', '增长（%）']];
  const c = sum(LEVELS.map((l) => CITY[l][5])), p = sum(LEVELS.map((l) => PREV[l][5]));
  rows.push(['总计', c, p, c - p, growth(c, p)]);
  for (const l of LEVELS) { const a = CITY[l][5], b = PREV[l][5]; rows.push([l, a, b, a - b, growth(a, b)]); }
  return [{ name: '专任教师', rows, merges: ['A1:E1'], fmt: { E: '0.0' } }];
};

// L15 districts with 合计 at bottom, several levels as column groups (学校数, 在校生)
layouts.L15 = () => {
  const D = {
    '城关区': [3, 5, 11, 12, 8650, 9870, 23410, 5120],
    '东城区': [2, 4, 9, 11, 7120, 8110, 18830, 4380],
    '河口县': [2, 6, 12, 13, 6210, 8050, 12650, 2980],
    '青山县': [1, 5, 11, 12, 5030, 7010, 11210, 2610],
    '白云县': [1, 4, 10, 10, 4120, 6120, 8924, 2240],
  };
  const ks = Object.keys(D);
  const rows = [
    ['分县（区）中小学校情况'],
    ['县（区）', '学校数（所）', '', '', '', '在校学生数（人）', '', '', ''],
    ['', '普通高中', '初中', '小学', '教学点', '普通高中', '初中', '小学', '小学毕业班'],
  ];
  for (const k of ks) rows.push([k, ...D[k]]);
  rows.push(['合计', ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => sum(ks.map((k) => D[k][i])))]);
  rows.push(['注：教学点不计入小学学校数；小学毕业班学生数包含在小学在校学生数中。']);
  return [{ name: 'Sheet1', rows, merges: ['A1:I1', 'A2:A3', 'B2:E2', 'F2:I2'] }];
};

// L16 师生比 written as text 1:15.3 (teacher:student)
layouts.L16 = () => {
  const lv = ['普通高中', '中等职业教育', '初中', '小学', '幼儿园'];
  const rows = [['各级学校师生比'], ['学校类别', '在校学生数（人）', '专任教师数（人）', '师生比']];
  for (const l of lv) rows.push([l, CITY[l][3], CITY[l][5], '1:' + r1(CITY[l][3] / CITY[l][5]).toFixed(1)]);
  rows.push(['注：师生比以专任教师为1。']);
  return [{ name: '师生比', rows, merges: ['A1:D1'] }];
};

// L17 teachers by qualification: 专任教师 / 其中女 / 研究生 / 本科 / 专科及以下 / 学历合格率
layouts.L17 = () => {
  const d = {
    '普通高中': [3011, 1788, 402, 2580, 29, 3001],
    '初中': [4105, 2610, 198, 3520, 387, 4090],
    '小学': [5912, 4480, 85, 4210, 1617, 5905],
  };
  const ks = Object.keys(d);
  const rows = [
    ['中小学专任教师学历情况'],
    ['单位：人'],
    ['学校类别', '专任教师数', '其中：女', '按学历分', '', '', '学历合格人数', '学历合格率（%）'],
    ['', '', '', '研究生', '本科', '专科及以下', '', ''],
  ];
  const T = [0, 1, 2, 3, 4, 5].map((i) => sum(ks.map((k) => d[k][i])));
  const line = (k, v) => [k, ...v, r1(v[5] / v[0] * 100)];
  rows.push(line('合计', T));
  for (const k of ks) rows.push(line(k, d[k]));
  return [{ name: '教师学历', rows, merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4', 'H3:H4'], fmt: { H: '0.0' } }];
};

// L18 小学 by grade
layouts.L18 = () => {
  const g = [15327, 15980, 16210, 16540, 16449, 16038];
  const rows = [['小学分年级在校学生数'], ['单位：人'], ['年级', '在校学生数', '其中：女', '其中：随迁子女']];
  const f = [7180, 7490, 7610, 7780, 7720, 7530];
  const m = [1820, 1905, 1960, 2010, 1985, 1930];
  rows.push(['合计', sum(g), sum(f), sum(m)]);
  ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'].forEach((n, i) => rows.push([n, g[i], f[i], m[i]]));
  return [{ name: '分年级', rows, merges: ['A1:D1'] }];
};

// L19 巩固率 / 入学率 (percentages) two years, with percentage-point change
layouts.L19 = () => {
  const rows = [['教育普及程度主要指标'], ['指标', '2023年', '2022年', '比上年增减（百分点）'],
    ['学前三年毛入园率（%）', 92.6, 91.8, 0.8],
    ['九年义务教育巩固率（%）', 97.3, 97.1, 0.2],
    ['小学学龄儿童净入学率（%）', 100, 100, 0],
    ['高中阶段毛入学率（%）', 93.1, 92.4, 0.7],
    ['初中毕业生升学率（%）', 96.2, 95.8, 0.4],
  ];
  return [{ name: '普及程度', rows, merges: ['A1:D1'], fmt: { B: '0.0', C: '0.0', D: '0.0' } }];
};

// L20 county table with "—" for no higher-ed, 其中 rows, units in 万人 with 1 decimal? keep 人; rows with 全部 wording "全县"
layouts.L20 = () => {
  const d = {
    '普通高等学校': ['—', '—', '—', '—'],
    '中等职业学校': [2, 1650, 4820, 312],
    '普通高中': [3, 2140, 6380, 498],
    '初中': [12, 3010, 9120, 805],
    '  其中：九年一贯制学校': [5, 860, 2450, 236],
    '小学': [28, 3520, 20450, 1322],
    '  其中：民办': [2, 310, 1860, 104],
    '特殊教育学校': [1, 18, 126, 22],
    '幼儿园': [46, 2980, 8210, 520],
  };
  const main = ['中等职业学校', '普通高中', '初中', '小学', '特殊教育学校', '幼儿园'];
  const T = [0, 1, 2, 3].map((i) => sum(main.map((k) => d[k][i])));
  const rows = [['全县各级各类学校情况'], ['', '', '', '', '单位：所、人'], ['学校类别', '学校数', '招生数', '在校学生数', '专任教师数'], ['全县合计', ...T]];
  for (const k of Object.keys(d)) rows.push([k, ...d[k]]);
  rows.push(['资料来源：县教育局。']);
  return [{ name: '全县', rows, merges: ['A1:E1'] }];
};


// L21 mixed units: 在校学生数 in 万人 (2 dp), 专任教师 in 人, 生师比
layouts.L21 = () => {
  const lv = ['普通高中', '中等职业教育', '初中', '小学'];
  const rows = [['各级学校学生与教师'], ['学校类别', '在校学生数（万人）', '专任教师数（人）', '生师比']];
  const S = sum(lv.map((l) => CITY[l][3])), T = sum(lv.map((l) => CITY[l][5]));
  rows.push(['合计', r2(S / 10000), T, r1(S / T)]);
  for (const l of lv) rows.push([l, r2(CITY[l][3] / 10000), CITY[l][5], r1(CITY[l][3] / CITY[l][5])]);
  return [{ name: '生师比', rows, merges: ['A1:D1'], fmt: { B: '0.00', D: '0.0' } }];
};
// L22 rates stored as fractions with % number format
layouts.L22 = () => {
  const ks = Object.keys(PROM);
  const rows = [['初中毕业生升学情况'], ['县（区）', '毕业生数', '升学人数', '升学率']];
  const a = sum(ks.map((k) => PROM[k][0])), b = sum(ks.map((k) => PROM[k][1]));
  rows.push(['全市', a, b, Math.round(b / a * 1000) / 1000]);
  for (const k of ks) rows.push([k, PROM[k][0], PROM[k][1], Math.round(PROM[k][1] / PROM[k][0] * 1000) / 1000]);
  return [{ name: '升学', rows, merges: ['A1:D1'], fmt: { D: '0.0%' } }];
};
// L23 districts grouped with 小计 (城区小计, 县域小计) and 全市合计 at top
layouts.L23 = () => {
  const city = ['城关区', '东城区', '西湖区', '高新区'], cnty = ['河口县', '青山县', '白云县'];
  const line = (n, ks) => [n, sum(ks.map((k) => DIST[k][0])), sum(ks.map((k) => DIST[k][1])), sum(ks.map((k) => DIST[k][2]))];
  const rows = [['分区域义务教育学校情况'], ['单位：所、人'], ['区域', '学校数', '在校学生数', '专任教师数'],
    line('全市合计', [...city, ...cnty]), line('城区小计', city), ...city.map((k) => [k, ...DIST[k]]),
    line('县域小计', cnty), ...cnty.map((k) => [k, ...DIST[k]])];
  return [{ name: '分区域', rows, merges: ['A1:D1'] }];
};
// L24 growth with a new category (prev = 0 / —) and negative growth
layouts.L24 = () => {
  const rows = [['各级各类学校数'], ['单位：所'], ['学校类别', '2023年', '2022年', '比上年增长（%）'],
    ['总计', 186, 184, growth(186, 184)],
    ['普通高等学校', 1, '—', '—'],
    ['中等职业学校', 3, 4, growth(3, 4)],
    ['普通高中', 4, 4, 0],
    ['初中', 15, 15, 0],
    ['小学', 52, 55, growth(52, 55)],
    ['特殊教育学校', 1, 1, 0],
    ['幼儿园', 110, 105, growth(110, 105)],
    ['注：2023年新设立高等职业学校1所，上年无此类学校。'],
  ];
  return [{ name: '学校数', rows, merges: ['A1:D1'], fmt: { D: '0.0' } }];
};

// ---------------------------------------------------------------- writer
function build(sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      r.forEach((v, j) => { if (v !== '' && v !== undefined) ws.getCell(i + 1, j + 1).value = v; });
    });
    for (const m of s.merges || []) ws.mergeCells(m);
    for (const [c, f] of Object.entries(s.fmt || {})) ws.getColumn(c).numFmt = f;
    ws.getColumn(1).width = 24;
  }
  return wb;
}
function setCell(sheets, ref, val) {
  const [sn, addr] = ref.split('!');
  const s = sheets.find((x) => x.name === sn);
  const m = addr.match(/^([A-Z]+)(\d+)$/);
  const c = m[1].charCodeAt(0) - 65, r = +m[2] - 1;
  const old = s.rows[r][c];
  s.rows[r][c] = val;
  return old;
}

const PLANTS = [
  // [layout, cell, newValue, note]
  ['L01', '各级各类学校!E4', null, 'total 在校学生数 +100', (o) => o + 100],
  ['L13', '汇总!G9', 5921, '汇总 小学 专任教师数 5912→5921 (breaks 总计 and disagrees with 小学分县 全市)', null],
  ['L20', '全县!D9', 12450, '其中：九年一贯制 在校学生数 larger than 初中 (9120)', null],
  ['L03', '在校生!D9', null, '初中 growth wrong (1.5 → 2.5)', (o) => r1(o + 1)],
  ['L04', '分地区!E5', null, '东城区 生师比 wrong +0.8', (o) => r1(o + 0.8)],
  ['L05', '在校生构成!B8', 52930, '初中 其中：女 larger than 初中 total', null],
  ['L06', 'Sheet1!D5', null, '总计 民办 off by 1000', (o) => o + 1000],
  ['L07', '升学率!D4', null, '东城区 升学率 wrong (-2 points)', (o) => r1(o - 2)],
  ['L08', '基础教育!B6', null, '合计 招生数 off by 90', (o) => o - 90],
  ['L09', '主要指标!E7', null, '幼儿园 学校数 growth sign flipped', (o) => -o],
  ['L10', '公民办!B7', null, '小学 合计学校数 != 公办+民办 (112→121)', (o) => 121],
  ['L11', '分阶段!C5', null, '高中阶段教育 在校学生数 != 普高+中职', (o) => o + 1000],
  ['L12', '学前教育!F3', null, '全市 普惠覆盖率 wrong', (o) => r1(o + 1.5)],
  ['L14', '专任教师!D7', null, '普通高中 增减 wrong (+20)', (o) => o + 20],
  ['L15', 'Sheet1!H9', null, '合计 小学在校生 off', (o) => o + 300],
  ['L17', '教师学历!H7', null, '初中 学历合格率 wrong (99.6→96.6)', (o) => r1(o - 3)],
  ['L18', '分年级!C4', null, '合计 其中女 off', (o) => o + 50],
['L16', '师生比!D5', '1:13.9', '初中 师生比 text 1:11.6 → 1:13.9 (students/teachers = 11.6)', null],
  ['L19', '普及程度!D4', 0.5, '巩固率 百分点 change 0.2 → 0.5 (97.3-97.1)', null],
  ['L02', 'Sheet1!D4', null, '合计 在校学生数 万人 off by 0.06 (beyond rounding)', (o) => r2(o + 0.06)],
  ['L12', '学前教育!C5', 29, '东城区 其中普惠性幼儿园 29 > 幼儿园数 28', null],
  ['L17', '教师学历!E6', null, '普通高中 本科 +40 so 研究生+本科+专科 != 专任教师数', (o) => o + 40],
  ['L04', '分地区!E3', null, '全市 生师比 set to simple mean of district ratios', () => r1(sum(Object.values(DIST).map((v) => r1(v[1] / v[2]))) / 7)],
  ['L07', '升学率!D9', null, '合计 升学率 = unweighted mean of district rates', () => r1(sum(Object.values(PROM).map((v) => r1(v[1] / v[0] * 100))) / 6)],
  ['L23', '分区域!C10', null, '县域小计 在校学生数 +1000', (o) => o + 1000],
  ['L21', '生师比!D6', null, '初中 生师比 11.6 → 12.6', (o) => r1(o + 1)],
  ['L22', '升学!D5', 0.94, '东城区 升学率 96.0% → 94.0% (stored fraction)', null],
  ['L24', '学校数!D9', null, '小学 growth -5.5 → -3.5', (o) => r1(o + 2)],
  ['L15', 'Sheet1!I5', 19830, '东城区 小学毕业班 19830 > 小学在校生 18830 (note says included)', null],
];

const manifest = {};
const names = {
  L01: 'gjglxx_jbqk', L02: 'xsqk_wanren', L03: 'zxs_liangnian', L04: 'fdq_ywjy_ssb', L05: 'zxs_qizhong_hang',
  L06: 'zxs_qizhong_lie', L07: 'cz_shengxuelv', L08: 'jcjy_zhuanzhi', L09: 'nianjian_zhibiao', L10: 'gongban_minban',
  L11: 'fenjieduan', L12: 'xueqian_puhui', L13: 'duo_sheet', L14: 'zrjs_zengjian', L15: 'fenxian_hj_di',
  L16: 'shishengbi_text', L17: 'jiaoshi_xueli', L18: 'xiaoxue_nianji', L19: 'puji_zhibiao', L20: 'quanxian_dash', L21: 'hunhe_danwei', L22: 'baifenbi_geshi', L23: 'xiaoji_fenzu', L24: 'xinzeng_leibie',
};
(async () => {
  let i = 0;
  for (const [k, fn] of Object.entries(layouts)) {
    const f = `c${String(++i).padStart(2, '0')}_${names[k]}.xlsx`;
    await build(fn()).xlsx.writeFile(path.join(OUT, f));
    manifest[f] = null;
  }
  let j = 0;
  for (const [k, ref, val, note, mut] of PLANTS) {
    const sheets = layouts[k]();
    const old = (() => { const [sn, a] = ref.split('!'); const s = sheets.find((x) => x.name === sn); const m = a.match(/^([A-Z]+)(\d+)$/); return s.rows[+m[2] - 1][m[1].charCodeAt(0) - 65]; })();
    const nv = mut ? mut(old) : val;
    setCell(sheets, ref, nv);
    const f = `p${String(++j).padStart(2, '0')}_${names[k]}.xlsx`;
    await build(sheets).xlsx.writeFile(path.join(OUT, f));
    manifest[f] = { cell: ref, note: `${note}; was ${old}, now ${nv}` };
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(Object.keys(manifest).length, 'files');
})();
