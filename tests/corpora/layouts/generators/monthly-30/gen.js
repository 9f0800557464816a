const fs = require('fs');
const { ExcelJS, rng, r, growth, sum, N, writeTable } = require('./lib');
const OUT = __dirname;
const YEAR = 2024;
const DASH = '—';
const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TOWNS = ['城关镇', '青山镇', '石门镇', '河口镇', '白沙乡', '柳林镇', '双龙乡', '大坪镇', '新华乡', '金桥镇', '马鞍乡', '龙潭镇'];

function cumLabel(M) { return M === 1 ? '1月' : `1—${M}月`; }

// ---------------- county data ----------------
function county(seed, M) {
  const R = rng(seed);
  const u = (a, b) => a + (b - a) * R();
  const D = { M };
  // industries under 门类
  const groups = [
    ['采矿业', ['非金属矿采选业']],
    ['制造业', ['农副食品加工业', '食品制造业', '酒、饮料和精制茶制造业', '纺织业', '木材加工和木、竹、藤、棕、草制品业', '造纸和纸制品业', '化学原料和化学制品制造业', '医药制造业', '非金属矿物制品业', '通用设备制造业']],
    ['电力、热力、燃气及水生产和供应业', ['电力、热力生产和供应业', '水的生产和供应业']],
  ];
  D.ind = groups.map(([g, kids]) => ({ name: g, kids: kids.map(k => { const cur = u(2000, 90000) * M / 6; const prev = cur / (1 + u(-0.25, 0.35)); const n = Math.floor(u(2, 18)); return { name: k, n, cur, prev, sales: cur * u(0.9, 0.995), month: cur / M * u(0.8, 1.2), monthPrev: 0 }; }) }));
  D.ind.forEach(g => g.kids.forEach(k => { k.monthPrev = k.month / (1 + u(-0.3, 0.4)); }));
  const allInd = D.ind.flatMap(g => g.kids);
  D.indTot = { n: sum(allInd.map(k => k.n)), cur: sum(allInd.map(k => k.cur)), prev: sum(allInd.map(k => k.prev)), sales: sum(allInd.map(k => k.sales)), month: sum(allInd.map(k => k.month)), monthPrev: sum(allInd.map(k => k.monthPrev)) };
  D.ind.forEach(g => { for (const f of ['n', 'cur', 'prev', 'sales', 'month', 'monthPrev']) g[f] = sum(g.kids.map(k => k[f])); });
  // reg types: split total counts and values
  const split = (total, k, integer) => { const w = Array.from({ length: k }, () => u(0.3, 3)); const s = sum(w); let parts = w.map(x => total * x / s); if (integer) { parts = parts.map(Math.floor); parts[0] += total - sum(parts); } return parts; };
  const regNames = ['国有企业', '集体企业', '股份合作企业', '有限责任公司', '股份有限公司', '私营企业'];
  const T = D.indTot;
  const nParts = split(T.n, 8, true); const cParts = split(T.cur, 8); const pRatio = Array.from({ length: 8 }, () => u(0.8, 1.25));
  let pParts = cParts.map((c, i) => c / pRatio[i]); const pScale = T.prev / sum(pParts); pParts = pParts.map(p => p * pScale);
  D.reg = ['内资', ...regNames, '港澳台商投资企业', '外商投资企业'];
  D.regRows = regNames.map((nm, i) => ({ name: nm, n: nParts[i], cur: cParts[i], prev: pParts[i] }));
  D.regHK = { name: '港澳台商投资企业', n: nParts[6], cur: cParts[6], prev: pParts[6] };
  D.regFor = { name: '外商投资企业', n: nParts[7], cur: cParts[7], prev: pParts[7] };
  D.regDom = { name: '内资企业', n: sum(nParts.slice(0, 6)), cur: sum(cParts.slice(0, 6)), prev: sum(pParts.slice(0, 6)) };
  D.soe = { name: '国有控股企业', n: Math.max(1, Math.floor(T.n * 0.08)), cur: T.cur * u(0.1, 0.25), prev: 0 }; D.soe.prev = D.soe.cur / (1 + u(-0.1, 0.2));
  const sz = split(T.n, 3, true).sort((a, b) => a - b); const szc = split(T.cur, 3); const szp = szc.map(c => c / u(0.85, 1.2)); const sc2 = T.prev / sum(szp);
  D.size = ['大型企业', '中型企业', '小微型企业'].map((nm, i) => ({ name: nm, n: sz[i], cur: szc[i], prev: szp[i] * sc2 }));
  // electricity (万千瓦时)
  const e = (a, b) => { const cum = u(a, b) * M; const pc = cum / (1 + u(-0.15, 0.25)); const mo = cum / M * u(0.85, 1.15); return { cum, pc, mo, pm: mo / (1 + u(-0.2, 0.3)) }; };
  D.el = {
    p1: e(30, 90), ind: e(800, 2500), p2other: e(20, 80),
    p3: ['交通运输、仓储和邮政业', '信息传输、软件和信息技术服务业', '批发和零售业', '住宿和餐饮业', '金融业', '房地产业', '租赁和商务服务业', '公共服务及管理组织'].map(n => ({ name: n, ...e(10, 150) })),
    town: e(150, 400), rural: e(150, 400),
  };
  const addE = arr => ({ cum: sum(arr.map(x => x.cum)), pc: sum(arr.map(x => x.pc)), mo: sum(arr.map(x => x.mo)), pm: sum(arr.map(x => x.pm)) });
  D.el.p2 = addE([D.el.ind, D.el.p2other]);
  D.el.p3t = addE(D.el.p3);
  D.el.res = addE([D.el.town, D.el.rural]);
  D.el.tot = addE([D.el.p1, D.el.p2, D.el.p3t, D.el.res]);
  // energy (吨标准煤)
  D.en = ['化学原料和化学制品制造业', '非金属矿物制品业', '造纸和纸制品业', '电力、热力生产和供应业', '农副食品加工业', '其他行业'].map(n => { const c = u(3000, 60000) * M / 6; return { name: n, cur: c, prev: c / (1 + u(-0.2, 0.15)) }; });
  D.enTot = { cur: sum(D.en.map(x => x.cur)), prev: sum(D.en.map(x => x.prev)) };
  D.gdpEnergy = { prev: u(0.45, 0.7) }; D.gdpEnergy.cur = D.gdpEnergy.prev * (1 - u(-0.02, 0.06));
  D.indEnergy = { prev: u(0.9, 1.6) }; D.indEnergy.cur = D.indEnergy.prev * (1 - u(-0.03, 0.08));
  // FAI (万元)
  const f = (a, b) => { const c = u(a, b) * M; return { cur: c, prev: c / (1 + u(-0.3, 0.4)) }; };
  D.fai = { p1: f(300, 1500), indu: f(4000, 12000), p2o: f(100, 600), p3: f(5000, 15000) };
  D.fai.p2 = { cur: D.fai.indu.cur + D.fai.p2o.cur, prev: D.fai.indu.prev + D.fai.p2o.prev };
  D.fai.tot = { cur: D.fai.p1.cur + D.fai.p2.cur + D.fai.p3.cur, prev: D.fai.p1.prev + D.fai.p2.prev + D.fai.p3.prev };
  D.fai.re = { cur: D.fai.tot.cur * u(0.2, 0.4), prev: 0 }; D.fai.re.prev = D.fai.re.cur / (1 + u(-0.35, 0.1));
  D.fai.proj = { cur: D.fai.tot.cur - D.fai.re.cur, prev: D.fai.tot.prev - D.fai.re.prev };
  const cw = split(1, 4); const pw = split(1, 4);
  D.fai.comp = ['建筑工程', '安装工程', '设备工器具购置', '其他费用'].map((n, i) => ({ name: n, cur: D.fai.tot.cur * cw[i], prev: D.fai.tot.prev * pw[i] }));
  // projects
  const pnames = ['县城污水处理厂提标改造工程', '经开区标准化厂房（三期）', '城南片区棚户区改造', 'G319线城关至河口段改建', '县人民医院综合楼', '年产10万吨新型建材项目', '现代农业产业园', '职业中学新校区', '青山风电场', '农产品冷链物流中心'];
  D.proj = pnames.map((n, i) => { const tot = Math.round(u(8000, 150000)); const plan = Math.round(tot * u(0.15, 0.5)); const pre = i === 9; const done = pre ? 0 : Math.round(plan * u(0.1, 0.95) * M / 12 * 1.5); const since = pre ? 0 : done + Math.round(u(0, tot - plan)); return { name: n, kind: ['续建', '新建', '改扩建'][i % 3], tot, plan, done: Math.min(done, plan), since, note: pre ? '前期手续办理中' : ['主体施工', '已完成基础工程', '设备安装调试', '部分投产', ''][i % 5] }; });
  D.proj.forEach(p => { p.since = Math.max(p.since, p.done); });
  // retail by town (万元)
  D.retail = TOWNS.map(t => { const c = u(2000, 30000) * M; return { name: t, cur: c, prev: c / (1 + u(-0.05, 0.15)), mo: c / M * u(0.9, 1.1) }; });
  D.retailTot = { cur: sum(D.retail.map(x => x.cur)), prev: sum(D.retail.map(x => x.prev)), mo: sum(D.retail.map(x => x.mo)) };
  // fiscal (万元)
  const taxes = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税'];
  const tb = [9000, 3000, 800, 600, 900, 700, 300, 500, 600, 150, 400, 1500, 50];
  D.tax = taxes.map((n, i) => { const c = tb[i] * u(0.6, 1.4) * M / 12; const budget = tb[i] * u(0.9, 1.2); const prev = n === '环境保护税' && seed % 2 ? 0 : c / (1 + u(-0.45, 0.4)); return { name: n, cur: c, prev, budget }; });
  D.nontax = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他收入'].map(n => { const b = u(300, 3000); const c = b * u(0.5, 1.3) * M / 12; return { name: n, cur: c, prev: c / (1 + u(-0.4, 0.5)), budget: b }; });
  const tsum = a => ({ cur: sum(a.map(x => x.cur)), prev: sum(a.map(x => x.prev)), budget: sum(a.map(x => x.budget)) });
  D.taxTot = tsum(D.tax); D.nontaxTot = tsum(D.nontax);
  D.revTot = tsum([D.taxTot, D.nontaxTot]);
  D.exp = ['一般公共服务支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '住房保障支出', '其他支出'].map(n => { const b = u(2000, 40000); const c = b * u(0.5, 1.0) * M / 12; return { name: n, cur: c, prev: c / (1 + u(-0.25, 0.3)), budget: b }; });
  D.expTot = tsum(D.exp);
  // finance (万元, integers)
  const fi = (a, b) => { const cur = Math.round(u(a, b)); return { cur, start: Math.round(cur / (1 + u(-0.05, 0.12))), ly: Math.round(cur / (1 + u(-0.05, 0.2))) }; };
  D.dep = [['住户存款', fi(800000, 1500000)], ['非金融企业存款', fi(150000, 400000)], ['机关团体存款', fi(100000, 300000)], ['财政性存款', fi(20000, 80000)], ['非银行业金融机构存款', fi(1000, 9000)]];
  D.loanH = [['短期贷款', fi(100000, 250000)], ['中长期贷款', fi(250000, 600000)]];
  D.loanE = [['短期贷款', fi(100000, 300000)], ['中长期贷款', fi(300000, 800000)], ['票据融资', fi(5000, 40000)]];
  const isum = a => ({ cur: sum(a.map(x => x[1].cur)), start: sum(a.map(x => x[1].start)), ly: sum(a.map(x => x[1].ly)) });
  D.depTot = isum(D.dep); D.loanHT = isum(D.loanH); D.loanET = isum(D.loanE);
  D.loanTot = { cur: D.loanHT.cur + D.loanET.cur, start: D.loanHT.start + D.loanET.start, ly: D.loanHT.ly + D.loanET.ly };
  // townships
  const indShare = split(T.cur, TOWNS.length + 1);
  const indPrevR = Array.from({ length: TOWNS.length + 1 }, () => u(0.85, 1.3)); let ip = indShare.map((c, i) => c / indPrevR[i]); const ipS = T.prev / sum(ip); ip = ip.map(x => x * ipS);
  D.townRows = TOWNS.concat(['县经济开发区']).map((t, i) => {
    const gdp = u(20000, 200000) * M / 12; const rt = D.retail[i] || { cur: 0, prev: 0 };
    return { name: t, gdp, gdpG: r(u(3, 9), 1), ind: indShare[i], indPrev: ip[i], fai: u(2000, 30000) * M / 6, faiG: r(u(-20, 30), 1), retail: rt.cur, retailPrev: rt.prev, rev: u(300, 5000) * M / 12, revG: r(u(-15, 25), 1) };
  });
  // GDP by industry (quarterly), 万元 current price; growth comparable (no prev shown)
  D.gdp = [['第一产业', u(40000, 90000) * M / 12], ['第二产业', u(150000, 300000) * M / 12], ['第三产业', u(180000, 350000) * M / 12]].map(([n, v]) => ({ name: n, v, g: r(u(2, 9), 1) }));
  D.gdpInd = { name: '  其中：工业', v: D.gdp[1].v * u(0.6, 0.8), g: r(u(3, 10), 1) };
  D.gdpTot = { v: sum(D.gdp.map(x => x.v)), g: r(u(4, 7.5), 1) };
  D.cpi = r(u(99.5, 102.5), 1);
  D.income = { cur: u(9000, 14000) * M / 3, g: r(u(4, 7), 1) };
  return D;
}

// ------------- sheet writers -------------
// each returns the registry of addresses
function sheetMain(ws, D, o) {
  const M = D.M, q = M % 3 === 0;
  const g1 = (c, p) => N(growth(c, p), 1);
  const yi = o.yi; // 亿元 for money
  const mon = v => yi ? N(v / 10000, 2) : N(v, 0);
  const body = [];
  const B = (...a) => body.push(a);
  if (q) B('地区生产总值①', '亿元', DASH, N(D.gdpTot.v / 10000, 2), N(D.gdpTot.g, 1));
  B('规模以上工业总产值', yi ? '亿元' : '万元', mon(D.indTot.month), mon(D.indTot.cur), g1(D.indTot.cur, D.indTot.prev));
  B('  其中：国有控股企业', yi ? '亿元' : '万元', DASH, mon(D.soe.cur), g1(D.soe.cur, D.soe.prev));
  B('规模以上工业增加值', '%', DASH, DASH, N(r(growth(D.indTot.cur, D.indTot.prev) * 0.7, 1), 1));
  B('全社会用电量', '万千瓦时', N(D.el.tot.mo, 2), N(D.el.tot.cum, 2), g1(D.el.tot.cum, D.el.tot.pc));
  B('  其中：工业用电量', '万千瓦时', N(D.el.ind.mo, 2), N(D.el.ind.cum, 2), g1(D.el.ind.cum, D.el.ind.pc));
  B('固定资产投资*', '%', DASH, DASH, g1(D.fai.tot.cur, D.fai.tot.prev));
  B('社会消费品零售总额', yi ? '亿元' : '万元', mon(D.retailTot.mo), mon(D.retailTot.cur), g1(D.retailTot.cur, D.retailTot.prev));
  B('一般公共预算收入', yi ? '亿元' : '万元', DASH, mon(D.revTot.cur), g1(D.revTot.cur, D.revTot.prev));
  B('  其中：税收收入', yi ? '亿元' : '万元', DASH, mon(D.taxTot.cur), g1(D.taxTot.cur, D.taxTot.prev));
  B('一般公共预算支出', yi ? '亿元' : '万元', DASH, mon(D.expTot.cur), g1(D.expTot.cur, D.expTot.prev));
  B('金融机构各项存款余额', '亿元', N(D.depTot.cur / 10000, 2), DASH, g1(D.depTot.cur, D.depTot.ly));
  B('  其中：住户存款', '亿元', N(D.dep[0][1].cur / 10000, 2), DASH, g1(D.dep[0][1].cur, D.dep[0][1].ly));
  B('金融机构各项贷款余额', '亿元', N(D.loanTot.cur / 10000, 2), DASH, g1(D.loanTot.cur, D.loanTot.ly));
  B('居民消费价格指数（上年同月=100）', '%', N(D.cpi, 1), DASH, DASH);
  if (q) B('城镇常住居民人均可支配收入', '元', DASH, N(D.income.cur, 0), N(D.income.g, 1));
  const title = `${YEAR}年${M}月全县主要经济指标`;
  const notes = ['注：①地区生产总值及其增速按现价和可比价分别计算，增速为可比价。', '    *固定资产投资不含农户，仅公布增速。'];
  let header, merges, colNums;
  if (o.deep) {
    header = [['指    标', '计量单位', `${YEAR}年`, null, null], [null, null, '本月', cumLabel(M), null], [null, null, '绝对数', '绝对数', '比上年同期增长（%）']];
    merges = [[1, 1, 3, 1], [1, 2, 3, 2], [1, 3, 1, 5], [2, 4, 2, 5], [2, 3, 2, 3]];
    // note: row2 col3 '本月' over row3 '绝对数' (not merged vertically)
    merges = [[1, 1, 3, 1], [1, 2, 3, 2], [1, 3, 1, 5], [2, 4, 2, 5]];
  } else {
    header = [['指标名称', '计量单位', '本月', cumLabel(M) + '累计', '同比增长（%）']];
    merges = [];
  }
  if (o.colNums) colNums = ['甲', '乙', '1', '2', '3'];
  return writeTable(ws, { title, unitLine: o.deep ? `${YEAR}年${M}月` : null, header, merges, colNums, body, notes: o.notes === false ? null : notes, textNumbers: o.text });
}

function sheetIndustry(ws, D, o, part) {
  const M = D.M;
  const rows = [];
  const row = (label, x) => { const g = growth(x.cur, x.prev); rows.push([label, N(x.n, 0), N(x.cur, 0), N(x.prev, 0), N(g, 1), N(x.sales, 0), N(x.sales / x.cur * 100, 1)]); };
  row(o.totLabel || '总    计', D.indTot);
  D.ind.forEach(g => { row(g.name, g); g.kids.forEach(k => row('  ' + k.name, k)); });
  const header = [['行    业', '企业个数（个）', '工业总产值（当年价）', null, null, '销售产值', '产品销售率（%）'], [null, null, cumLabel(M), '上年同期', '增长（%）', cumLabel(M), null]];
  const merges = [[1, 1, 2, 1], [1, 2, 2, 2], [1, 3, 1, 5], [1, 7, 2, 7]];
  const colNums = o.colNums ? ['甲', '1', '2', '3', '4=2/3-1', '5', '6=5/2'] : null;
  let body = rows;
  if (part === 1) body = rows.slice(0, 9);
  if (part === 2) body = rows.slice(9);
  const title = part === 2 ? '表2  规模以上工业主要指标（按行业分）（续表）' : '表2  规模以上工业主要指标（按行业分）';
  const notes = part === 1 ? null : ['注：统计范围为年主营业务收入2000万元及以上工业法人单位。'];
  return writeTable(ws, { title, unitLine: '单位：万元', header, merges, colNums, body, notes, textNumbers: o.text });
}

function sheetRegType(ws, D, o) {
  const M = D.M;
  const body = [];
  const row = (label, x, mo) => body.push([label, N(x.n, 0), N(x.cur, o.yi ? 0 : 0), N(x.prev, 0), N(growth(x.cur, x.prev), 1)]);
  row('总计', D.indTot);
  body.push(['按登记注册类型分', null, null, null, null]);
  row('  内资企业', D.regDom);
  D.regRows.forEach(x => row('    ' + x.name, x));
  row('  港澳台商投资企业', D.regHK);
  row('  外商投资企业', D.regFor);
  body.push(['按企业规模分', null, null, null, null]);
  D.size.forEach(x => row('  ' + x.name, x));
  row('其中：国有控股企业', D.soe);
  const header = o.deep ? [['项    目', '企业单位数', '工业总产值', null, null], [null, null, `${YEAR}年`, null, '增长'], [null, '（个）', cumLabel(M), '上年同期', '（%）']]
    : [['项    目', '企业单位数（个）', cumLabel(M), '上年同期', '增长（%）']];
  const merges = o.deep ? [[1, 1, 3, 1], [1, 2, 2, 2], [1, 3, 1, 5], [2, 3, 2, 4]] : [];
  return writeTable(ws, { title: '表3  规模以上工业主要指标（按登记注册类型和规模分）', unitLine: '单位：个、万元、%', header, merges, body, colNums: o.colNums ? ['甲', '1', '2', '3', '4'] : null, textNumbers: o.text });
}

function sheetElec(ws, D, o) {
  const M = D.M, E = D.el;
  const body = [];
  const row = (label, x) => body.push([label, N(x.mo, 2), N(x.pm, 2), N(growth(x.mo, x.pm), 1), N(x.cum, 2), N(x.pc, 2), N(growth(x.cum, x.pc), 1)]);
  row('全社会用电量', E.tot);
  row('  第一产业', E.p1);
  row('  第二产业', E.p2);
  row('    其中：工业', E.ind);
  row('  第三产业', E.p3t);
  E.p3.forEach(x => row('    ' + x.name, x));
  row('  城乡居民生活用电', E.res);
  row('    城镇居民', E.town);
  row('    乡村居民', E.rural);
  const header = [['项    目', '本    月', null, null, cumLabel(M), null, null], [null, `${YEAR}年${M}月`, `${YEAR - 1}年${M}月`, '增长（%）', '本年累计', '上年同期', '增长（%）']];
  const merges = [[1, 1, 2, 1], [1, 2, 1, 4], [1, 5, 1, 7]];
  return writeTable(ws, { title: '表4  全社会用电量', unitLine: '单位：万千瓦时', header, merges, body, colNums: o.colNums ? ['甲', '1', '2', '3', '4', '5', '6'] : null, textNumbers: o.text, notes: ['资料来源：县供电公司。'] });
}

function sheetEnergy(ws, D, o) {
  const M = D.M;
  const body = [];
  const tot = D.enTot;
  body.push(['规模以上工业综合能源消费量', N(tot.cur, 0), N(tot.prev, 0), N(growth(tot.cur, tot.prev), 1), N(100, 1)]);
  D.en.forEach(x => body.push(['  ' + x.name, N(x.cur, 0), N(x.prev, 0), N(growth(x.cur, x.prev), 1), N(x.cur / tot.cur * 100, 1)]));
  const a = writeTable(ws, { title: '表5  能源消费情况', unitLine: '单位：吨标准煤', header: [['项    目', cumLabel(M), '上年同期', '增长（%）', '占比（%）']], body });
  const body2 = [
    ['单位地区生产总值能耗', '吨标准煤/万元', N(D.gdpEnergy.cur, 4), N(D.gdpEnergy.prev, 4), N((1 - D.gdpEnergy.cur / D.gdpEnergy.prev) * 100, 2)],
    ['规模以上工业单位增加值能耗', '吨标准煤/万元', N(D.indEnergy.cur, 4), N(D.indEnergy.prev, 4), N((1 - D.indEnergy.cur / D.indEnergy.prev) * 100, 2)],
  ];
  const b = writeTable(ws, { startRow: a.nextRow, header: [['指    标', '计量单位', '本期', '上年同期', '下降率（%）']], body: body2, notes: ['注：下降率为负值表示上升。'] });
  return { nextRow: b.nextRow, addr: { ...a.addr, ...b.addr } };
}

function sheetFAI(ws, D, o) {
  const M = D.M, F = D.fai, T = F.tot;
  const body = [];
  const row = (label, x) => body.push([label, N(x.cur, 0), N(x.prev, 0), N(growth(x.cur, x.prev), 1), N(x.cur / T.cur * 100, 1)]);
  row('固定资产投资（不含农户）', T);
  body.push(['按产业分', null, null, null, null]);
  row('  第一产业', F.p1); row('  第二产业', F.p2); row('    其中：工业', F.indu); row('  第三产业', F.p3);
  body.push(['按构成分', null, null, null, null]);
  F.comp.forEach(x => row('  ' + x.name, x));
  body.push(['按项目类型分', null, null, null, null]);
  row('  项目投资', F.proj); row('  房地产开发投资', F.re);
  return writeTable(ws, { title: `表6  ${cumLabel(M)}固定资产投资`, unitLine: '单位：万元', header: [['指    标', cumLabel(M), '上年同期', '比上年同期增长（%）', '占全部投资比重（%）']], body, textNumbers: o.text, colNums: o.colNums ? ['甲', '1', '2', '3', '4'] : null });
}

function sheetProjects(ws, D, o) {
  const M = D.M, P = D.proj;
  const tot = { tot: sum(P.map(p => p.tot)), plan: sum(P.map(p => p.plan)), done: sum(P.map(p => p.done)), since: sum(P.map(p => p.since)) };
  const body = [['合    计', null, N(tot.tot), N(tot.plan), N(tot.done), N(tot.done / tot.plan * 100, 1), N(tot.since), null]];
  P.forEach((p, i) => body.push([`${i + 1}.${p.name}`, p.kind, N(p.tot), N(p.plan), p.done ? N(p.done) : DASH, p.done ? N(p.done / p.plan * 100, 1) : DASH, p.since ? N(p.since) : DASH, p.note]));
  const header = [['项目名称', '建设性质', '计划总投资', `${YEAR}年`, null, null, '自开工累计完成投资', '备  注'], [null, null, null, '年度计划投资', `${cumLabel(M)}完成投资`, '完成年度计划（%）', null, null]];
  const merges = [[1, 1, 2, 1], [1, 2, 2, 2], [1, 3, 2, 3], [1, 4, 1, 6], [1, 7, 2, 7], [1, 8, 2, 8]];
  return writeTable(ws, { title: '表7  县级重点项目建设进度', unitLine: '单位：万元', header, merges, body, widths: [34, 10, 13, 13, 13, 13, 14, 18], notes: ['注：项目按建设进度排列，“—”表示本期未完成投资。'] });
}

function sheetRetail(ws, D, o) {
  const M = D.M;
  const rk = [...D.retail].sort((a, b) => growth(b.cur, b.prev) - growth(a.cur, a.prev) || b.cur - a.cur).map(x => x.name);
  const body = D.retail.map(x => [x.name, N(x.mo, 0), N(x.cur, 0), N(x.prev, 0), N(growth(x.cur, x.prev), 1), N(rk.indexOf(x.name) + 1, 0)]);
  const tot = ['全县', N(D.retailTot.mo, 0), N(D.retailTot.cur, 0), N(D.retailTot.prev, 0), N(growth(D.retailTot.cur, D.retailTot.prev), 1), DASH];
  if (o.totBottom) body.push(tot); else body.unshift(tot);
  const header = [['乡    镇', '本月', cumLabel(M), '上年同期', '增长（%）', '增速位次']];
  return writeTable(ws, { title: `表8  各乡镇社会消费品零售总额`, unitLine: '单位：万元', header, body, textNumbers: o.text, notes: ['注：增速位次按各乡镇累计增速由高到低排列。'] });
}

function sheetFiscal(ws, D, o) {
  const M = D.M;
  const body = [];
  const row = (label, x) => body.push([label, N(x.budget, 0), N(x.cur, 0), N(x.cur / x.budget * 100, 1), N(x.prev, 0), x.prev ? N(growth(x.cur, x.prev), 1) : DASH, N(r(x.cur) - r(x.prev), 0)]);
  row('一般公共预算收入', D.revTot);
  row('  税收收入', D.taxTot);
  D.tax.forEach(x => row('    ' + x.name, x));
  row('  非税收入', D.nontaxTot);
  D.nontax.forEach(x => row('    ' + x.name, x));
  body.push(['  税收收入占比（%）', null, N(D.taxTot.cur / D.revTot.cur * 100, 1), null, N(D.taxTot.prev / D.revTot.prev * 100, 1), null, null]);
  row('一般公共预算支出', D.expTot);
  D.exp.forEach(x => row('  ' + x.name, x));
  const header = [['项    目', '年初预算数', cumLabel(M), null, '上年同期', '比上年同期', null], [null, null, '完成数', '占预算（%）', '完成数', '增长（%）', '增减额']];
  const merges = [[1, 1, 2, 1], [1, 2, 2, 2], [1, 3, 1, 4], [1, 6, 1, 7]];
  return writeTable(ws, { title: '表9  一般公共预算收支情况', unitLine: '单位：万元', header, merges, body, textNumbers: o.text, colNums: o.colNums ? ['甲', '1', '2', '3=2/1', '4', '5', '6=2-4'] : null, notes: ['资料来源：县财政局。'] });
}

function sheetFinance(ws, D, o) {
  const body = [];
  const row = (label, x) => body.push([label, N(x.cur), N(x.start), N(x.cur - x.start), N(x.ly), N(growth(x.cur, x.ly), 1)]);
  row('各项存款余额', D.depTot);
  D.dep.forEach(([n, x]) => row('  ' + n, x));
  row('各项贷款余额', D.loanTot);
  row('  住户贷款', D.loanHT); D.loanH.forEach(([n, x]) => row('    ' + n, x));
  row('  企（事）业单位贷款', D.loanET); D.loanE.forEach(([n, x]) => row('    ' + n, x));
  body.push(['存贷比（%）', N(D.loanTot.cur / D.depTot.cur * 100, 1), N(D.loanTot.start / D.depTot.start * 100, 1), null, N(D.loanTot.ly / D.depTot.ly * 100, 1), null]);
  const header = [['项    目', '本月末余额', '年初余额', '比年初增加', '上年同月末余额', '同比增长（%）']];
  return writeTable(ws, { title: `表10  ${D.M}月末金融机构人民币存贷款`, unitLine: '单位：万元', header, body, textNumbers: o.text, notes: ['资料来源：人民银行县支行。'] });
}

function sheetTowns(ws, D, o) {
  const M = D.M;
  const T = D.townRows;
  const rk = [...T.slice(0, TOWNS.length)].sort((a, b) => b.gdp - a.gdp).map(x => x.name);
  const rows = T.map(x => [x.name, N(x.gdp), N(x.gdpG, 1), N(x.ind), N(growth(x.ind, x.indPrev), 1), N(x.fai), N(x.faiG, 1), x.retail ? N(x.retail) : DASH, x.retail ? N(growth(x.retail, x.retailPrev), 1) : DASH, N(x.rev), N(x.revG, 1), rk.includes(x.name) ? N(rk.indexOf(x.name) + 1) : DASH]);
  const s = f => sum(T.map(x => x[f]));
  const indT = D.indTot;
  const tot = ['全县合计', N(s('gdp')), DASH, N(s('ind')), N(growth(indT.cur, indT.prev), 1), N(s('fai')), DASH, N(D.retailTot.cur), N(growth(D.retailTot.cur, D.retailTot.prev), 1), N(s('rev')), DASH, DASH];
  if (o.totBottom) rows.push(tot); else rows.unshift(tot);
  const header = [['乡镇（区）', '地区生产总值', null, '规模以上工业总产值', null, '固定资产投资', null, '社会消费品零售总额', null, '一般公共预算收入', null, '生产总值位次'],
    [null, '绝对额', '增长（%）', '绝对额', '增长（%）', '绝对额', '增长（%）', '绝对额', '增长（%）', '绝对额', '增长（%）', null]];
  const merges = [[1, 1, 2, 1], [1, 2, 1, 3], [1, 4, 1, 5], [1, 6, 1, 7], [1, 8, 1, 9], [1, 10, 1, 11], [1, 12, 2, 12]];
  return writeTable(ws, { title: `表11  ${cumLabel(M)}各乡镇主要经济指标`, unitLine: '单位：万元', header, merges, body: rows, textNumbers: o.text, colNums: o.colNums ? ['甲', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'] : null, notes: ['注：地区生产总值增速按可比价计算；县经济开发区不参与位次排名。'] });
}

function sheetGDP(ws, D, o) {
  const T = D.gdpTot;
  const body = [['地区生产总值', N(T.v, 0), N(T.g, 1), N(100, 1)]];
  D.gdp.forEach(x => body.push(['  ' + x.name, N(x.v, 0), N(x.g, 1), N(x.v / T.v * 100, 1)]));
  body.splice(3, 0, ['    其中：工业', N(D.gdpInd.v, 0), N(D.gdpInd.g, 1), N(D.gdpInd.v / T.v * 100, 1)]);
  return writeTable(ws, { title: `表1  ${cumLabel(D.M)}地区生产总值`, unitLine: '单位：万元', header: [['指    标', '绝对额', '比上年同期增长（%）', '构成（%）']], body, notes: ['注：绝对额按现价计算，增长速度按不变价计算。'] });
}

function cover(wb, M, q, sheets) {
  const ws = wb.addWorksheet('封面');
  ws.getCell('B4').value = q ? '统  计  季  报' : '统  计  月  报';
  ws.getCell('B6').value = q ? `${YEAR}年第${M / 3}季度` : `${YEAR}年第${M}期（总第${240 + M}期）`;
  ws.getCell('B10').value = '某某县统计局编';
  ws.getCell('B11').value = `${YEAR}年${M === 12 ? 12 : M + 1}月15日`;
  ws.getColumn(2).width = 40;
}
function toc(wb, names) {
  const ws = wb.addWorksheet('目录');
  ws.getCell('A1').value = '目    录';
  ws.mergeCells('A1:C1');
  ws.getCell('A2').value = '序号'; ws.getCell('B2').value = '表  名'; ws.getCell('C2').value = '页码';
  names.forEach((n, i) => { ws.getCell(3 + i, 1).value = i + 1; ws.getCell(3 + i, 2).value = n; ws.getCell(3 + i, 3).value = 2 + i * 2; });
  ws.getColumn(2).width = 44;
}

const WRITERS = { main: ['主要指标', sheetMain], gdp: ['地区生产总值', sheetGDP], ind: ['工业分行业', sheetIndustry], reg: ['工业分类型', sheetRegType], el: ['用电量', sheetElec], en: ['能源', sheetEnergy], fai: ['固定资产投资', sheetFAI], proj: ['重点项目', sheetProjects], retail: ['社零分乡镇', sheetRetail], fis: ['财政', sheetFiscal], fin: ['金融', sheetFinance], towns: ['各乡镇', sheetTowns] };

async function makeBook(file, seed, M, sheets, o) {
  const D = county(seed, M);
  const wb = new ExcelJS.Workbook();
  const reg = {};
  const q = o.quarterly;
  if (o.cover) cover(wb, M, q, sheets);
  if (o.toc) toc(wb, sheets.map(s => WRITERS[s] ? WRITERS[s][0] : s));
  for (const s of sheets) {
    if (s === 'indSplit') {
      const a = wb.addWorksheet('表2'); reg['表2'] = sheetIndustry(a, D, o, 1).addr;
      const b = wb.addWorksheet('表2（续）'); reg['表2（续）'] = sheetIndustry(b, D, o, 2).addr;
      continue;
    }
    const [nm, fn] = WRITERS[s];
    const ws = wb.addWorksheet(nm);
    reg[nm] = fn(ws, D, o).addr;
  }
  await wb.xlsx.writeFile(`${OUT}/clean/${file}`);
  return reg;
}

const ALL = ['main', 'ind', 'reg', 'el', 'en', 'fai', 'proj', 'retail', 'fis', 'fin', 'towns'];
(async () => {
  const books = [];
  const R = rng(7);
  let k = 0;
  const months = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  // monthly single-topic and multi-sheet books
  const plans = [
    ['main'], ['main'], ['ind'], ['indSplit'], ['reg'], ['el'], ['en'], ['fai'], ['proj'], ['retail'], ['fis'], ['fin'], ['towns'], ['towns'],
    ['main', 'ind', 'reg'], ['main', 'el', 'en'], ['main', 'fai', 'proj'], ['main', 'retail', 'fis', 'fin'], ['main', 'towns'],
    ALL, ALL, ALL, ['main', 'indSplit', 'reg', 'el'], ['fis', 'fin'], ['retail', 'towns'], ['el', 'en'], ['fai', 'proj', 'retail'],
  ];
  for (const p of plans) {
    k++;
    const M = months[k % months.length];
    const o = { deep: R() < 0.5, colNums: R() < 0.4, text: R() < 0.3, totBottom: R() < 0.5, yi: R() < 0.3, cover: p.length > 2 && R() < 0.7, toc: p.length > 3 };
    const file = `m${String(k).padStart(2, '0')}_${p.join('-').slice(0, 30)}_${M}月${o.text ? '_text' : ''}.xlsx`;
    books.push({ file, reg: await makeBook(file, 1000 + k, M, p, o), o });
  }
  // quarterly books
  for (const Q of [1, 2, 3, 4]) {
    for (const v of [0, 1]) {
      k++;
      const M = Q * 3;
      const p = v ? ['gdp', 'main', 'ind', 'el', 'fai', 'fis'] : ['gdp', 'main', 'indSplit', 'reg', 'en', 'retail', 'fin', 'towns'];
      const o = { quarterly: true, deep: v === 1, colNums: Q % 2 === 0, text: Q === 3 && v === 0, totBottom: v === 1, yi: Q === 4, cover: true, toc: true };
      const file = `q${Q}_${v ? 'a' : 'b'}_${YEAR}Q${Q}${o.text ? '_text' : ''}.xlsx`;
      books.push({ file, reg: await makeBook(file, 2000 + Q * 10 + v, M, p, o), o });
    }
  }
  fs.writeFileSync(`${OUT}/registry.json`, JSON.stringify(books, null, 1));
  console.log(books.length, 'books');
})();
