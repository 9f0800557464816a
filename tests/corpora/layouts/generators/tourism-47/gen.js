// Generator for round47c: tourism / culture / S&T tables
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.argv[2] ?? '/tmp/round47c/cases';
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

let seed = 47;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return Math.floor(a + rnd() * (b - a + 1)); }
const r = (x, d) => { const m = Math.pow(10, d); return Math.round(x * m + (x >= 0 ? 1e-9 : -1e-9)) / m; };
const sum = a => a.reduce((s, x) => s + x, 0);
const gr = (c, p, d = 1) => r((c / p - 1) * 100, d);

const DIST = ['城关区', '东城区', '西湖区', '南山区', '北湖区', '高新区', '临江县', '青山县', '云溪县'];
const COUNTY_TOWNS = ['城关镇', '河口镇', '石桥镇', '龙泉乡', '白沙乡', '杨柳乡', '平安镇'];

// layout = function returning { sheet, rows (AOA from A1), merges:[], startRow? }
const layouts = {};

// 1. Districts: visitors total = domestic + inbound, revenue, growth (2-row merged header)
layouts.tour_districts = () => {
  const rows = [
    ['2023年各区县接待游客及旅游收入情况'],
    ['', '', '', '', '', '单位：万人次、亿元'],
    ['地区', '接待游客', '', '', '旅游总收入', ''],
    ['', '合计', '国内游客', '入境游客', '绝对额', '比上年增长(%)'],
  ];
  const data = DIST.slice(0, 7).map(d => {
    const dom = ri(800000, 9000000), inb = ri(2000, 90000);
    const rev = ri(50000, 900000) / 1e4 * 10; // 亿元 raw
    const revPrev = rev / (1 + ri(-80, 250) / 1000);
    return { d, dom, inb, rev, revPrev };
  });
  const T = { dom: sum(data.map(x => x.dom)), inb: sum(data.map(x => x.inb)), rev: sum(data.map(x => x.rev)), revPrev: sum(data.map(x => x.revPrev)) };
  const line = (n, x) => [n, r((x.dom + x.inb) / 1e4, 2), r(x.dom / 1e4, 2), r(x.inb / 1e4, 2), r(x.rev, 2), gr(x.rev, x.revPrev)];
  rows.push(line('全市', T));
  data.forEach(x => rows.push(line(x.d, x)));
  rows.push(['注：接待游客数据由各区县文化和旅游局提供，全市数据经去重核定前为各区县之和。']);
  return { sheet: '旅游', rows, merges: ['A1:F1', 'A3:A4', 'B3:D3', 'E3:F3'] };
};

// 2. Two years side by side, indicator rows, 其中 only on first sub-item
layouts.tour_twoyears = () => {
  const fo = ri(3000, 12000) * 1.0, hmt = ri(8000, 30000) * 1.0; // 人次
  const fo0 = fo / 1.31, hmt0 = hmt / 1.18;
  const dom = ri(20000000, 40000000), dom0 = dom / 1.142;
  const rdom = ri(2000000, 4000000) / 1e4, rdom0 = rdom / 1.163; // 亿元
  const fx = ri(1500, 6000), fx0 = fx / 1.27; // 万美元
  const rate = 7.05; // exchange
  const rtot = rdom + fx * rate / 1e4, rtot0 = rdom0 + fx0 * 6.73 / 1e4;
  const inb = fo + hmt, inb0 = fo0 + hmt0;
  const rows = [
    ['表8-1  旅游业主要指标'],
    ['指标', '单位', '2023年', '2022年', '比上年增长(%)'],
    ['接待游客总人次', '万人次', r((dom + inb) / 1e4, 2), r((dom0 + inb0) / 1e4, 2), gr(dom + inb, dom0 + inb0)],
    ['  国内游客', '万人次', r(dom / 1e4, 2), r(dom0 / 1e4, 2), gr(dom, dom0)],
    ['  入境游客', '人次', Math.round(inb), Math.round(inb0), gr(Math.round(inb), Math.round(inb0))],
    ['    其中：外国人', '人次', Math.round(fo), Math.round(fo0), gr(Math.round(fo), Math.round(fo0))],
    ['          港澳台同胞', '人次', Math.round(inb) - Math.round(fo), Math.round(inb0) - Math.round(fo0), gr(Math.round(inb) - Math.round(fo), Math.round(inb0) - Math.round(fo0))],
    ['旅游总收入', '亿元', r(rtot, 2), r(rtot0, 2), gr(rtot, rtot0)],
    ['  国内旅游收入', '亿元', r(rdom, 2), r(rdom0, 2), gr(rdom, rdom0)],
    ['  旅游外汇收入', '万美元', r(fx, 1), r(fx0, 1), gr(fx, fx0)],
    ['注：旅游总收入中旅游外汇收入按当年平均汇率折算。'],
  ];
  return { sheet: '旅游业', rows, merges: ['A1:E1'] };
};

// 3. Star hotels by star, total first, weighted occupancy
layouts.hotels_star = () => {
  const stars = ['五星级', '四星级', '三星级', '二星级', '一星级'];
  const d = stars.map((s, i) => { const n = [2, 7, 18, 11, 3][i]; const rooms = n * ri([260, 180, 110, 70, 40][i] * 0.8, [260, 180, 110, 70, 40][i] * 1.2); const beds = Math.round(rooms * (1.6 + rnd() * 0.2)); const occ = r(40 + rnd() * 30, 1); return { s, n, rooms, beds, occ }; });
  const T = { n: sum(d.map(x => x.n)), rooms: sum(d.map(x => x.rooms)), beds: sum(d.map(x => x.beds)) };
  T.occ = r(sum(d.map(x => x.rooms * x.occ)) / T.rooms, 1);
  const rows = [
    ['2023年星级饭店基本情况'],
    ['星级', '饭店数(个)', '客房数(间)', '床位数(张)', '平均出租率(%)'],
    ['合计', T.n, T.rooms, T.beds, T.occ],
    ...d.map(x => [x.s, x.n, x.rooms, x.beds, x.occ]),
    ['注：平均出租率合计栏按客房数加权平均计算。'],
  ];
  return { sheet: '星级饭店', rows, merges: ['A1:E1'] };
};

// 4. County culture institutions by town, total at bottom, coverage rates
layouts.culture_towns = () => {
  const d = COUNTY_TOWNS.map(t => ({ t, lib: ri(0, 2), books: ri(5000, 90000), mus: ri(0, 2), cul: 1, radio: r(96 + rnd() * 4, 1), tv: r(97 + rnd() * 3, 1), pop: ri(20000, 90000) }));
  const T = { lib: sum(d.map(x => x.lib)), books: sum(d.map(x => x.books)), mus: sum(d.map(x => x.mus)), cul: sum(d.map(x => x.cul)) };
  // rates for total: population-weighted (pop not shown)
  T.radio = r(sum(d.map(x => x.pop * x.radio)) / sum(d.map(x => x.pop)), 1);
  T.tv = r(sum(d.map(x => x.pop * x.tv)) / sum(d.map(x => x.pop)), 1);
  const rows = [
    ['各乡镇文化事业基本情况（2023年）'],
    ['乡镇', '公共图书馆(个)', '藏书(万册)', '博物馆(个)', '文化站(个)', '广播综合人口覆盖率(%)', '电视综合人口覆盖率(%)'],
    ...d.map(x => [x.t, x.lib, r(x.books / 1e4, 2), x.mus, x.cul, x.radio, x.tv]),
    ['全县', T.lib, r(T.books / 1e4, 2), T.mus, T.cul, T.radio, T.tv],
    ['资料来源：县文化广电和旅游体育局'],
  ];
  return { sheet: '文化', rows, merges: ['A1:G1'] };
};

// 5. R&D by district: two years, growth, intensity (GDP not on sheet)
layouts.rnd_districts = () => {
  const d = DIST.slice(0, 6).map(x => { const c = ri(30000, 600000) / 1e4; const p = c / (1 + ri(-50, 300) / 1000); return { x, c, p, int: r(0.8 + rnd() * 3, 2), hte: ri(20, 400) }; });
  const T = { c: sum(d.map(x => x.c)), p: sum(d.map(x => x.p)), int: 2.41, hte: sum(d.map(x => x.hte)) };
  const line = (n, x) => [n, r(x.c, 2), r(x.p, 2), gr(x.c, x.p), x.int, x.hte];
  const rows = [
    ['2023年各区R&D经费投入情况'],
    ['单位：亿元'],
    ['地区', 'R&D经费支出', '', '', 'R&D投入强度(%)', '高新技术企业(家)'],
    ['', '2023年', '2022年', '增长(%)', '', ''],
    line('全市', T),
    ...d.map(x => line(x.x, x)),
    ['说明：R&D投入强度为R&D经费支出与地区生产总值之比。'],
  ];
  return { sheet: 'R&D', rows, merges: ['A1:F1', 'A3:A4', 'B3:D3', 'E3:E4', 'F3:F4'] };
};

// 6. Patents by district with 其中 sub-columns
layouts.patents_cols = () => {
  const d = DIST.slice(0, 8).map(x => { const app = ri(300, 6000); const inv = Math.round(app * (0.15 + rnd() * 0.3)); const gra = Math.round(app * (0.5 + rnd() * 0.3)); const ginv = Math.round(gra * (0.08 + rnd() * 0.2)); return { x, app, inv, gra, ginv }; });
  const T = ['app', 'inv', 'gra', 'ginv'].reduce((o, k) => (o[k] = sum(d.map(y => y[k])), o), {});
  const rows = [
    ['各区县专利申请与授权情况'],
    ['', '', '', '', '单位：件'],
    ['地区', '专利申请量', '', '专利授权量', ''],
    ['', '计', '其中：发明专利', '计', '其中：发明专利'],
    ['合计', T.app, T.inv, T.gra, T.ginv],
    ...d.map(x => [x.x, x.app, x.inv, x.gra, x.ginv]),
  ];
  return { sheet: '专利', rows, merges: ['A1:E1', 'A3:A4', 'B3:C3', 'D3:E3'] };
};

// 7. Patents vertical, three types sum to total, two years + growth
layouts.patents_rows = () => {
  const mk = () => { const a = ri(2000, 6000), b = ri(5000, 12000), c = ri(800, 3000); return [a, b, c]; };
  const A = mk(), A0 = mk(), G = A.map(x => Math.round(x * 0.6)), G0 = A0.map(x => Math.round(x * 0.6));
  const row = (n, c, p) => [n, c, p, gr(c, p)];
  const rows = [
    ['专利申请和授权情况'],
    ['指标', '2023年', '2022年', '比上年增长(%)'],
    row('专利申请量(件)', sum(A), sum(A0)),
    row('  发明', A[0], A0[0]), row('  实用新型', A[1], A0[1]), row('  外观设计', A[2], A0[2]),
    row('专利授权量(件)', sum(G), sum(G0)),
    row('  发明', G[0], G0[0]), row('  实用新型', G[1], G0[1]), row('  外观设计', G[2], G0[2]),
    row('每万人口发明专利拥有量(件)', 18.6, 15.9),
  ];
  return { sheet: 'Sheet1', rows, merges: ['A1:D1'] };
};

// 8. Ranking table: 位次 columns must not be summed
layouts.tour_ranking = () => {
  const d = DIST.map(x => ({ x, v: ri(500000, 9000000), rev: ri(20000, 900000) / 1e4 }));
  const rank = (k) => { const s = [...d].sort((a, b) => b[k] - a[k]); return y => s.indexOf(y) + 1; };
  const rv = rank('v'), rr = rank('rev');
  const rows = [
    ['2023年各区县旅游主要指标及位次'],
    ['区县', '接待游客(万人次)', '位次', '旅游总收入(亿元)', '位次'],
    ['全市', r(sum(d.map(x => x.v)) / 1e4, 2), '', r(sum(d.map(x => x.rev)), 2), ''],
    ...d.map(x => [x.x, r(x.v / 1e4, 2), rv(x), r(x.rev, 2), rr(x)]),
  ];
  return { sheet: '位次', rows, merges: ['A1:E1'] };
};

// 9. Inbound by origin (columns), visitors and FX
layouts.inbound_origin = () => {
  const d = ['一季度', '二季度', '三季度', '四季度'].map(q => ({ q, fo: ri(800, 4000), hk: ri(1000, 5000), mo: ri(200, 1500), tw: ri(300, 2000), fx: ri(300, 2000) / 1 }));
  const line = (n, x) => [n, x.fo + x.hk + x.mo + x.tw, x.fo, x.hk, x.mo, x.tw, r(x.fx, 1)];
  const T = ['fo', 'hk', 'mo', 'tw', 'fx'].reduce((o, k) => (o[k] = sum(d.map(y => y[k])), o), {});
  const rows = [
    ['2023年分季度入境游客情况'],
    ['季度', '入境游客(人次)', '', '', '', '', '旅游外汇收入(万美元)'],
    ['', '合计', '外国人', '香港同胞', '澳门同胞', '台湾同胞', ''],
    line('全年', T),
    ...d.map(x => line(x.q, x)),
  ];
  return { sheet: '入境', rows, merges: ['A1:G1', 'A2:A3', 'B2:F2', 'G2:G3'] };
};

// 10. Two years side by side by district with growth for both
layouts.tour_2y_side = () => {
  const d = DIST.slice(0, 7).map(x => { const v = ri(500000, 8000000), v0 = v / (1 + ri(50, 600) / 1000), e = ri(50000, 800000) / 1e4, e0 = e / (1 + ri(20, 500) / 1000); return { x, v, v0, e, e0 }; });
  const T = ['v', 'v0', 'e', 'e0'].reduce((o, k) => (o[k] = sum(d.map(y => y[k])), o), {});
  const line = (n, x) => [n, r(x.v / 1e4, 2), r(x.e, 2), r(x.v0 / 1e4, 2), r(x.e0, 2), gr(x.v, x.v0), gr(x.e, x.e0)];
  const rows = [
    ['各区县旅游接待情况对比'],
    ['地区', '2023年', '', '2022年', '', '比上年增长(%)', ''],
    ['', '接待游客(万人次)', '旅游收入(亿元)', '接待游客(万人次)', '旅游收入(亿元)', '接待游客', '旅游收入'],
    line('全市', T),
    ...d.map(x => line(x.x, x)),
  ];
  return { sheet: '对比', rows, merges: ['A1:G1', 'A2:A3', 'B2:C2', 'D2:E2', 'F2:G2'] };
};

// 11. Bulletin style: indicator / value / growth, unit column, notes; negative growth (2020)
layouts.bulletin_2020 = () => {
  const fo = 2140, hmt = 5388;
  const rows = [
    ['2020年国民经济和社会发展统计公报（旅游、文化部分）'],
    ['', '', '', '单位：见表'],
    ['指标', '计量单位', '2020年', '比上年增长(%)'],
    ['接待国内外游客', '万人次', 2013.47, -38.6],
    ['  国内游客', '万人次', 2012.72, -38.5],
    ['  入境游客', '人次', fo + hmt, -84.2],
    ['    其中：外国人', '人次', fo, -88.1],
    ['          港澳台同胞', '人次', hmt, -81.9],
    ['旅游总收入', '亿元', 198.36, -41.3],
    ['旅游外汇收入', '万美元', 312.5, -86.7],
    ['公共图书馆', '个', 12, 0],
    ['  藏书', '万册', 286.4, 4.1],
    ['博物馆', '个', 9, 12.5],
    ['文化馆', '个', 11, 0],
    ['广播综合人口覆盖率', '%', 99.62, null],
    ['电视综合人口覆盖率', '%', 99.71, null],
    ['注：1.本表增长速度按可比口径计算。2.入境游客含过夜及一日游。'],
  ];
  return { sheet: '公报', rows, merges: ['A1:D1'] };
};

// 12. Hotels by district with star breakdown (二星及以下) + rooms + occupancy
layouts.hotels_district = () => {
  const d = DIST.slice(0, 6).map(x => { const s5 = ri(0, 2), s4 = ri(1, 5), s3 = ri(2, 9), s2 = ri(0, 4); const rooms = s5 * 280 + s4 * 170 + s3 * 100 + s2 * 60 + ri(-30, 30); return { x, s5, s4, s3, s2, rooms, occ: r(45 + rnd() * 25, 2) }; });
  const T = ['s5', 's4', 's3', 's2', 'rooms'].reduce((o, k) => (o[k] = sum(d.map(y => y[k])), o), {});
  T.occ = r(sum(d.map(x => x.rooms * x.occ)) / T.rooms, 2);
  const line = (n, x) => [n, x.s5 + x.s4 + x.s3 + x.s2, x.s5, x.s4, x.s3, x.s2, x.rooms, x.occ];
  const rows = [
    ['各区县星级饭店情况'],
    ['地区', '星级饭店(家)', '', '', '', '', '客房数(间)', '客房平均出租率(%)'],
    ['', '合计', '五星级', '四星级', '三星级', '二星级及以下', '', ''],
    ['甲', '1', '2', '3', '4', '5', '6', '7'],
    ...d.map(x => line(x.x, x)),
    line('全市', T),
  ];
  return { sheet: '饭店', rows, merges: ['A1:H1', 'A2:A3', 'B2:F2', 'G2:G3', 'H2:H3'] };
};

// 13. Indicator/value S&T summary with growth only (no base) & 其中
layouts.st_summary = () => {
  const rows = [
    ['科技创新主要指标'],
    ['指标名称', '单位', '2023年', '比上年增长(%)'],
    ['R&D经费支出', '亿元', 58.37, 11.2],
    ['R&D投入强度', '%', 2.46, null],
    ['高新技术企业', '家', 612, 18.6],
    ['专利申请量', '件', 9873, 6.4],
    ['  其中：发明专利', '件', 2411, 9.9],
    ['专利授权量', '件', 6120, -3.1],
    ['  其中：发明专利', '件', 1034, 21.5],
    ['每万人口高价值发明专利拥有量', '件', 7.82, null],
    ['技术合同成交额', '亿元', 31.6, 27.4],
  ];
  return { sheet: '科技', rows, merges: ['A1:D1'] };
};

// 14. Library time series (years as columns, no totals)
layouts.library_series = () => {
  const ys = [2019, 2020, 2021, 2022, 2023];
  const libs = [11, 11, 12, 12, 12];
  const books = ys.map((_, i) => r(210 + i * 18.3 + rnd() * 5, 1));
  const old = books.map(b => r(b * 0.08, 1));
  const kids = books.map(b => r(b * 0.21, 1));
  const visits = ys.map((_, i) => r([186.4, 92.1, 131.7, 118.2, 205.6][i], 1));
  const rows = [
    ['公共图书馆基本情况'],
    ['项目', ...ys.map(y => y + '年')],
    ['公共图书馆(个)', ...libs],
    ['总藏量(万册)', ...books],
    ['  其中：古籍', ...old],
    ['        少儿文献', ...kids],
    ['总流通人次(万人次)', ...visits],
    ['书刊文献外借册次(万册次)', 64.2, 31.5, 48.8, 44.0, 72.3],
    ['从业人员(人)', 213, 215, 221, 219, 224],
  ];
  return { sheet: '图书馆', rows, merges: ['A1:F1'] };
};

// 15. Museums by ownership, multi-level header: 国有(文物部门, 其他部门) + 非国有
layouts.museum_type = () => {
  const d = ['2021年', '2022年', '2023年'].map(y => { const a = ri(5, 9), b = ri(1, 4), c = ri(1, 6); const va = ri(400000, 1500000), vb = ri(50000, 300000), vc = ri(30000, 200000); return { y, a, b, c, va, vb, vc }; });
  const rows = [
    ['博物馆机构及参观人次'],
    ['年份', '博物馆数(个)', '', '', '', '参观人次(万人次)', '', '', ''],
    ['', '合计', '国有', '', '非国有', '合计', '国有', '', '非国有'],
    ['', '', '文物部门', '其他部门', '', '', '文物部门', '其他部门', ''],
    ...d.map(x => [x.y, x.a + x.b + x.c, x.a, x.b, x.c, r((x.va + x.vb + x.vc) / 1e4, 2), r(x.va / 1e4, 2), r(x.vb / 1e4, 2), r(x.vc / 1e4, 2)]),
  ];
  return { sheet: '博物馆', rows, merges: ['A1:I1', 'A2:A4', 'B2:E2', 'F2:I2', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4', 'G3:H3', 'I3:I4'] };
};

// 16. Quarterly visitors, 全年 as last column
layouts.tour_quarter = () => {
  const items = [['接待游客(万人次)', 1e4, 2], ['  国内游客(万人次)', 1e4, 2], ['旅游总收入(亿元)', 1, 2]];
  const q = [0, 1, 2, 3].map(() => ri(1500000, 4000000));
  const qi = q.map(x => ri(5000, 20000));
  const qr = q.map(x => x * (900 + rnd() * 300) / 1e8);
  const rows = [
    ['2023年分季度旅游接待情况'],
    ['指标', '一季度', '二季度', '三季度', '四季度', '全年'],
    ['接待游客(万人次)', ...q.map((x, i) => r((x + qi[i]) / 1e4, 2)), r(sum(q.map((x, i) => x + qi[i])) / 1e4, 2)],
    ['  国内游客(万人次)', ...q.map(x => r(x / 1e4, 2)), r(sum(q) / 1e4, 2)],
    ['  入境游客(人次)', ...qi, sum(qi)],
    ['旅游总收入(亿元)', ...qr.map(x => r(x, 2)), r(sum(qr), 2)],
  ];
  return { sheet: '季度', rows, merges: ['A1:F1'] };
};

// 17. A-level scenic spots: counts by grade, visitors, ticket revenue
layouts.scenic_grades = () => {
  const g = ['5A级', '4A级', '3A级', '2A级', '1A级'];
  const d = g.map((x, i) => ({ x, n: [1, 6, 14, 9, 2][i], v: ri([3000000, 800000, 200000, 60000, 10000][i], [5000000, 1500000, 400000, 100000, 20000][i]), t: ri(100, 50000) }));
  const T = { n: sum(d.map(x => x.n)), v: sum(d.map(x => x.v)), t: sum(d.map(x => x.t)) };
  const rows = [
    ['A级旅游景区情况'],
    ['等级', '景区数(个)', '接待游客(万人次)', '门票收入(万元)', '门票收入占比(%)'],
    ['总计', T.n, r(T.v / 1e4, 2), T.t, 100],
    ...d.map(x => [x.x, x.n, r(x.v / 1e4, 2), x.t, r(x.t / T.t * 100, 1)]),
  ];
  return { sheet: 'A级景区', rows, merges: ['A1:E1'] };
};

// 18. Broadcast coverage: population, covered population, rate
layouts.broadcast_cov = () => {
  const d = COUNTY_TOWNS.map(t => { const p = ri(15000, 80000); const rc = Math.round(p * (0.95 + rnd() * 0.05)); const tc = Math.round(p * (0.96 + rnd() * 0.04)); return { t, p, rc, tc }; });
  const T = ['p', 'rc', 'tc'].reduce((o, k) => (o[k] = sum(d.map(y => y[k])), o), {});
  const line = (n, x) => [n, x.p, x.rc, r(x.rc / x.p * 100, 2), x.tc, r(x.tc / x.p * 100, 2)];
  const rows = [
    ['广播电视人口覆盖情况'],
    ['乡镇', '总人口(人)', '广播覆盖人口(人)', '广播覆盖率(%)', '电视覆盖人口(人)', '电视覆盖率(%)'],
    line('合计', T),
    ...d.map(x => line(x.t, x)),
  ];
  return { sheet: '广电', rows, merges: ['A1:F1'] };
};

// 19. Share of city revenue
layouts.revenue_share = () => {
  const d = DIST.slice(0, 7).map(x => ({ x, v: ri(80000, 1200000) / 1e4 }));
  const T = sum(d.map(x => x.v));
  const rows = [
    ['各区县旅游总收入及占全市比重'],
    ['地区', '旅游总收入(亿元)', '占全市比重(%)'],
    ['全市', r(T, 2), 100.0],
    ...d.map(x => [x.x, r(x.v, 2), r(x.v / T * 100, 1)]),
    ['注：比重按未经四舍五入的数据计算。'],
  ];
  return { sheet: '比重', rows, merges: ['A1:C1'] };
};

// 20. High-tech enterprises: start & end of year, additions, removals (closing balance)
layouts.hte_flow = () => {
  const d = DIST.slice(0, 6).map(x => { const b = ri(40, 300), a = ri(5, 60), rm = ri(1, 20); return { x, b, a, rm, e: b + a - rm }; });
  const T = ['b', 'a', 'rm', 'e'].reduce((o, k) => (o[k] = sum(d.map(y => y[k])), o), {});
  const line = (n, x) => [n, x.b, x.a, x.rm, x.e, gr(x.e, x.b)];
  const rows = [
    ['高新技术企业增减变动情况'],
    ['单位：家'],
    ['地区', '上年末', '本年新认定', '本年减少', '本年末', '增长(%)'],
    line('合计', T),
    ...d.map(x => line(x.x, x)),
  ];
  return { sheet: '高企', rows, merges: ['A1:F1'] };
};

// 21. Continuation/awkward: 2 tables stacked on one sheet (hotels + travel agencies)
layouts.stacked_tables = () => {
  const ag = [['国内社', ri(20, 60)], ['出境社', ri(5, 15)]];
  const st = ['五星级', '四星级', '三星级'].map((s, i) => [s, [1, 4, 11][i], ri(100, 300) * [1, 4, 11][i] / 3 | 0]);
  const rows = [
    ['表1  旅行社情况'],
    ['类别', '旅行社数(家)', '从业人员(人)'],
    ['合计', ag[0][1] + ag[1][1], 0],
    ['国内社', ag[0][1], 0], ['出境社', ag[1][1], 0],
    [],
    ['表2  星级饭店情况'],
    ['星级', '饭店数(家)', '客房数(间)'],
    ['合计', sum(st.map(x => x[1])), sum(st.map(x => x[2]))],
    ...st,
  ];
  const e1 = ri(300, 900), e2 = ri(100, 300);
  rows[3][2] = e1; rows[4][2] = e2; rows[2][2] = e1 + e2;
  return { sheet: '旅行社和饭店', rows, merges: ['A1:C1', 'A7:C7'] };
};


// 22. Rounding stress: 12 towns, each raw value just above .xx5 so cell rounding drifts up
layouts.rounding_stress = () => {
  const names = ['城关镇','河口镇','石桥镇','龙泉乡','白沙乡','杨柳乡','平安镇','新华镇','金山乡','凤凰镇','桃源乡','双河镇'];
  const d = names.map(n => ({ n, v: ri(10, 99) * 100 + 52 + ri(0, 2), e: ri(100, 900) * 100 + 551 }));
  const T = { v: sum(d.map(x => x.v)), e: sum(d.map(x => x.e)) };
  const rows = [
    ['各乡镇乡村旅游接待情况'],
    ['乡镇', '乡村旅游接待人次(万人次)', '乡村旅游收入(亿元)'],
    ...d.map(x => [x.n, r(x.v / 1e4, 2), r(x.e / 1e8 * 100, 2)]),
    ['全县', r(T.v / 1e4, 2), r(T.e / 1e8 * 100, 2)],
    ['注：各乡镇数据四舍五入，合计数据按原始数计算，与分项之和可能略有出入。'],
  ];
  return { sheet: '乡村旅游', rows, merges: ['A1:C1'] };
};

// 23. Small base growth computed from raw (displayed 万人次 is coarse)
layouts.smallbase_growth = () => {
  const raw = [[3512, 1187], [1840, 955], [672, 301], [4975, 2210]];
  const names = ['外国人', '香港同胞', '澳门同胞', '台湾同胞'];
  const rows = [
    ['入境游客分客源情况'],
    ['客源', '2023年(万人次)', '2022年(万人次)', '比上年增长(%)'],
    ['入境游客', r(sum(raw.map(x => x[0])) / 1e4, 2), r(sum(raw.map(x => x[1])) / 1e4, 2), gr(sum(raw.map(x => x[0])), sum(raw.map(x => x[1])))],
    ...raw.map((x, i) => [names[i], r(x[0] / 1e4, 2), r(x[1] / 1e4, 2), gr(x[0], x[1])]),
    ['注：增长速度按未经四舍五入的原始数据计算。'],
  ];
  return { sheet: '客源', rows, merges: ['A1:D1'] };
};

// 24. Partial list: 主要景区 under a total that they do not exhaust
layouts.partial_scenic = () => {
  const tot = 1865.42;
  const rows = [
    ['2023年主要旅游景区接待情况'],
    ['景区', '接待游客(万人次)', '比上年增长(%)', '门票收入(万元)'],
    ['全市A级景区合计', tot, 23.6, 48210],
    ['  其中：云台山景区', 412.35, 31.2, 15230],
    ['        青龙峡景区', 186.20, 18.4, 6120],
    ['        古城文化街区', 305.77, 44.9, 0],
    ['        湿地公园', 98.04, -6.3, 1280],
    ['注：仅列接待游客50万人次以上的主要景区。'],
  ];
  return { sheet: '景区', rows, merges: ['A1:D1'] };
};

// 25. Rates two years with 增减(百分点) column and ranking
layouts.occupancy_pp = () => {
  const d = DIST.slice(0, 6).map(x => ({ x, a: r(45 + rnd() * 25, 1), b: r(35 + rnd() * 25, 1) }));
  const rows = [
    ['各区星级饭店客房平均出租率'],
    ['', '', '', '单位：%、百分点'],
    ['地区', '2023年', '2022年', '增减(百分点)', '位次'],
    ...(() => { const s = [...d].sort((p, q) => q.a - p.a); return d.map(x => [x.x, x.a, x.b, r(x.a - x.b, 1), s.indexOf(x) + 1]); })(),
  ];
  return { sheet: '出租率', rows, merges: ['A1:E1'] };
};

// 26. Indicator rows with 五星级..一星级 as rows + 床位 and a 合计 at the bottom labelled 总计, two years
layouts.hotels_2y = () => {
  const stars = ['五星级', '四星级', '三星级', '二星级', '一星级'];
  const d = stars.map((s, i) => { const c = [3, 9, 21, 8, 2][i]; const p = c + ri(-2, 1); return { s, c, p }; });
  const T = { c: sum(d.map(x => x.c)), p: sum(d.map(x => x.p)) };
  const rows = [
    ['星级饭店数量'],
    ['单位：家'],
    ['星级', '2023年', '2022年', '增减数'],
    ...d.map(x => [x.s, x.c, x.p, x.c - x.p]),
    ['总计', T.c, T.p, T.c - T.p],
  ];
  return { sheet: '饭店数', rows, merges: ['A1:D1'] };
};

const clean = Object.keys(layouts);

// planted: [layout, file, cell, newValue(fn of old), note]
const planted = [
  ['tour_districts', 'B7', v => r(v + 5, 2), '某区接待游客合计 +5.00 万人次，不再等于国内+入境'],
  ['tour_twoyears', 'E8', v => r(v + 9, 1), '旅游总收入增长率 +9 个百分点，与两年数不符'],
  ['hotels_star', 'C3', v => v + 100, '合计客房数 +100 间，不等于各星级之和'],
  ['culture_towns', 'B10', v => v + 1, '全县公共图书馆数 +1，不等于各乡镇之和'],
  ['patents_cols', 'C8', v => 0, 'PLACEHOLDER'],
  ['patents_rows', 'B6', v => v + 300, '外观设计申请量 +300，三类之和不等于专利申请量'],
  ['tour_ranking', 'B3', v => r(v + 120, 2), '全市接待游客 +120 万人次，不等于各区县之和'],
  ['inbound_origin', 'C6', v => v + 500, '二季度外国人 +500 人次，合计不等于各来源之和'],
  ['tour_2y_side', 'F7', v => r(-v, 1), '某区接待游客增长率符号取反'],
  ['broadcast_cov', 'D6', v => r(v - 3.1, 2), '某乡镇广播覆盖率 -3.1 个百分点，与覆盖人口/总人口不符'],
  ['revenue_share', 'C6', v => r(v + 4, 1), '某区占全市比重 +4 个百分点'],
  ['tour_quarter', 'F6', v => r(v + 1.5, 2), '全年旅游总收入 +1.50 亿元，不等于四个季度之和'],
  ['scenic_grades', 'B3', v => v + 2, '景区总数 +2，不等于各等级之和'],
  ['bulletin_2020', 'C7', v => v + 800, '外国人 +800 人次，入境游客不等于外国人+港澳台'],
  ['tour_quarter', 'F5', v => v + 1000, '全年入境游客 +1000 人次（整数行），不等于四个季度之和'],
  ['hotels_2y', 'D6', v => v + 2, '三星级增减数 +2，与两年数之差不符'],
  ['occupancy_pp', 'D5', v => r(v + 5, 1), '某区出租率增减(百分点) +5，与两年出租率之差不符'],
  ['hte_flow', 'E6', v => v + 7, '某区本年末 +7，不等于上年末+新认定-减少（增长率也随之不符）'],
];

async function write(name, L, plant) {
  seed = 47 + [...name].reduce((s, c) => s + c.charCodeAt(0), 0); // deterministic per layout
  const spec = layouts[name]();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheet);
  spec.rows.forEach((row, i) => row.forEach((v, j) => { if (v !== '' && v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = v; }));
  spec.merges.forEach(m => ws.mergeCells(m));
  ws.columns.forEach((c, i) => c.width = i === 0 ? 22 : 14);
  let info = null;
  if (plant) {
    const [, cell, fn, note] = plant;
    const c = ws.getCell(cell);
    const old = c.value;
    const nv = fn(old);
    c.value = nv;
    info = { cell: `${spec.sheet}!${cell}`, note: `${note}（原 ${old} → ${nv}）` };
  }
  return { wb, info, spec, ws };
}

(async () => {
  const manifest = {};
  for (const n of clean) {
    const { wb } = await write(n);
    const f = `clean_${n}.xlsx`;
    await wb.xlsx.writeFile(path.join(OUT, f));
    manifest[f] = null;
  }
  for (const p of planted) {
    const n = p[0];
    let plant = p;
    if (n === 'patents_cols') {
      // 其中：发明专利 > 专利申请量 for a district (row 8, col C): set to B8 + 37
      const { ws } = await write(n);
      const b = ws.getCell('B8').value;
      plant = [n, 'C8', () => b + 37, '某区发明专利申请量改为大于该区专利申请量（其中项超过总数）'];
    }
    const { wb, info } = await write(n, null, plant);
    let f = `planted_${n}.xlsx`; if (f in manifest) f = `planted_${n}_2.xlsx`;
    await wb.xlsx.writeFile(path.join(OUT, f));
    manifest[f] = info;
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(Object.keys(manifest).length, 'files');
})();
