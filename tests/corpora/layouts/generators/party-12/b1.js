const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const TRICKY = ['合江镇', '总铺镇', '全兴乡', '中和街道', '合计村社区', '小河镇', '平均乡', '其中镇'];
const PARKS = ['经济开发区', '高新技术产业园区', '临港工业园', '物流园区'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const rate = (a, b, d = 1) => b ? F(a / b * 100, d) : '—';
const rateT = (a, b, d = 1) => b ? R(a / b * 100, d).toFixed(d) + '%' : '—';
// coverage record for one unit
function cov(lo = 20, hi = 300) {
  const ent = ri(lo, hi); const mem = ri(Math.round(ent * 0.3), Math.round(ent * 0.8)); const own = ri(Math.round(mem * 0.25), Math.round(mem * 0.6));
  const joint = ri(0, Math.round((ent - own) * 0.45)); const jorg = joint ? Math.max(1, Math.floor(joint / ri(2, 5))) : 0;
  return { ent, mem, nomem: ent - mem, own, joint, jorg, built: own + joint };
}
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };
const K = ['ent', 'mem', 'nomem', 'own', 'joint', 'jorg', 'built'];
function signoff(ws, r, withDate = true) {
  put(ws, r, 1, '填报单位：（盖章）'); put(ws, r, 3, '填报人：王丽'); put(ws, r, 5, '审核人：张建国'); if (withDate) { put(ws, r, 7, '填报日期：2025年6月30日'); }
}

// 1 towns with 有党员/无党员 columns, 序号 column, total at bottom 全县
for (const v of [0, 1]) book(`01${v ? 'b' : ''}_乡镇非公企业党组织覆盖及有无党员情况.xlsx`, wb => {
  const ws = wb.addWorksheet(v ? '表1' : 'Sheet1');
  const names = pick(TOWNS, v ? 12 : 9); const rs = names.map(() => cov());
  const T = addc(rs, K);
  const line = (i, n, x) => [i, n, x.ent, x.mem, x.nomem, x.built, x.own, x.joint, v ? rateT(x.built, x.ent) : rate(x.built, x.ent)];
  const rows = rs.map((x, i) => line(i + 1, names[i], x)); rows.push(['', v ? '全  县' : '全县合计', ...line('', '', T).slice(2)]);
  const t = table(ws, { title: '青山县非公有制企业党组织覆盖情况统计表', unit: '单位：家、%', head: [['序号', '乡镇（街道）', '企业数', '有党员\n企业数', '无党员\n企业数', '已建立党组织\n企业数', '其中', '', '党组织\n覆盖率（%）'], ['', '', '', '', '', '', '单独组建', '联合组建', '']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 1, 4], [0, 5, 1, 5], [0, 6, 1, 6], [0, 7, 0, 8], [0, 9, 1, 9]], rows, notes: ['说明：覆盖率＝已建立党组织企业数÷企业数×100%。'] });
  if (v) signoff(ws, t.end + 1);
  return mk(ws.name, t.r0 + rows.length - 1, v ? 6 : 3, 'count');
});

// 2 城区/农村 groups with subtotals, 合计 at top; social organisations
for (const v of [0, 1]) book(`02${v ? 'b' : ''}_社会组织党建分片区统计.xlsx`, wb => {
  const ws = wb.addWorksheet('分片区');
  const names = pick(TOWNS, 10); const g1 = names.slice(0, 4), g2 = names.slice(4);
  const mkso = () => { const so = ri(8, 90); const b = ri(Math.round(so * 0.3), so); const own = ri(Math.round(b * 0.4), b); return { so, b, own, jn: b - own, pm: ri(so, so * 4) }; };
  const d1 = g1.map(mkso), d2 = g2.map(mkso); const KK = ['so', 'b', 'own', 'jn', 'pm'];
  const s1 = addc(d1, KK), s2 = addc(d2, KK), T = addc([s1, s2], KK);
  const line = (n, x) => [n, x.so, x.b, x.own, x.jn, rate(x.b, x.so), x.pm];
  const rows = [line(v ? '总计' : '合计', T), line(v ? '（一）城区小计' : '一、城区', s1), ...g1.map((n, i) => line('　　' + n, d1[i])), line(v ? '（二）农村小计' : '二、农村', s2), ...g2.map((n, i) => line('　　' + n, d2[i]))];
  const t = table(ws, { title: '2025年社会组织党建工作情况（分片区）', unit: '单位：个、名', head: [['地区', '社会组织数', '已建党组织的社会组织数', '单独建立', '联合建立', '覆盖率（%）', '党员数']], rows });
  return mk('分片区', t.r0 + 1 + g1.length + 1, 2, 'count');
});

// 3 town row followed by 其中：规上 row (indented) per town; total row with its own 其中 row
for (const v of [0, 1]) book(`03${v ? 'b' : ''}_乡镇企业及其中规上企业党建.xlsx`, wb => {
  const ws = wb.addWorksheet('规上');
  const names = pick(TOWNS, 6); const rs = names.map(() => cov(60, 260)); const gs = rs.map(x => { const e = ri(5, Math.round(x.ent * 0.2)); const b = Math.min(e, ri(Math.round(e * 0.6), e), x.built); return { ent: e, built: b, mem: Math.min(x.mem, ri(b, e)) }; });
  const T = addc(rs, K), G = addc(gs, ['ent', 'built', 'mem']);
  const line = (n, x) => [n, x.ent, x.mem, x.built, rate(x.built, x.ent)];
  const rows = [line('合计', T), line(v ? '　其中：规模以上企业' : '　其中：规上企业', G)];
  names.forEach((n, i) => { rows.push(line(n, rs[i]), line(v ? '　其中：规模以上企业' : '　其中：规上企业', gs[i])); });
  const t = table(ws, { title: '各乡镇非公企业党组织覆盖情况（含规模以上企业）', head: [['单位', '企业数（家）', '有党员企业数（家）', '已建党组织企业数（家）', '覆盖率（%）']], rows });
  return mk('规上', t.r0, 4, 'count');
});

// 4 年初/年末 blocks, 增减, 覆盖率增减（百分点）, counties
for (const v of [0, 1]) book(`04${v ? 'b' : ''}_县区两新覆盖年初年末对比.xlsx`, wb => {
  const ws = wb.addWorksheet('年初年末');
  const names = pick(COUNTIES, 8); const a = names.map(() => cov(200, 1500)); const b = a.map(x => { const ent = x.ent + ri(-30, 120); const built = Math.min(ent, x.built + ri(-5, 60)); return { ent, built }; });
  const A = addc(a, ['ent', 'built']), B = addc(b, ['ent', 'built']);
  const line = (n, x, y) => { const r1 = R(x.built / x.ent * 100, 1), r2 = R(y.built / y.ent * 100, 1); return [n, x.ent, x.built, F(r1, 1), y.ent, y.built, F(r2, 1), y.ent - x.ent, y.built - x.built, F(r2 - r1, 1)]; };
  const rows = names.map((n, i) => line(n, a[i], b[i])); const tot = line('全市', A, B);
  if (v) rows.unshift(tot); else rows.push(tot);
  const t = table(ws, { title: '全市非公有制企业党组织覆盖情况（年初、年末对比）', unit: '单位：家、%、百分点', head: [['县（市、区）', '年初', '', '', '年末', '', '', '增减', '', ''], ['', '企业数', '已覆盖企业数', '覆盖率', '企业数', '已覆盖企业数', '覆盖率', '企业数', '已覆盖企业数', '覆盖率增减（百分点）']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7], [0, 8, 0, 10]], rows, notes: ['注：覆盖率增减为年末覆盖率减年初覆盖率。'] });
  return mk('年初年末', t.r0 + (v ? 0 : rows.length - 1), 8, 'count');
});

// 5 social org types as column groups with 合计 group
for (const v of [0, 1]) book(`05${v ? 'b' : ''}_社会组织分类型党组织覆盖.xlsx`, wb => {
  const ws = wb.addWorksheet('分类型');
  const types = v ? ['行业协会商会', '民办学校', '民办医院', '律师事务所', '会计师事务所'] : ['行业协会商会', '民办非企业单位', '基金会', '其他'];
  const names = pick(COUNTIES, 7);
  const data = names.map(() => types.map(() => { const n = ri(0, 60); return { n, b: ri(0, n) }; }));
  const tot = types.map((_, j) => ({ n: sum(data.map(d => d[j].n)), b: sum(data.map(d => d[j].b)) }));
  const line = (nm, ds) => { const N = sum(ds.map(d => d.n)), B = sum(ds.map(d => d.b)); return [nm, N, B, rate(B, N), ...ds.flatMap(d => [d.n, d.b])]; };
  const rows = [line('全市', tot), ...names.map((n, i) => line(n, data[i]))];
  const h1 = ['地区', '合计', '', '', ...types.flatMap(t => [t, ''])], h2 = ['', '总数', '已建党组织', '覆盖率（%）', ...types.flatMap(() => ['总数', '已建党组织'])];
  const merges = [[0, 1, 1, 1], [0, 2, 0, 4], ...types.map((_, j) => [0, 5 + 2 * j, 0, 6 + 2 * j])];
  const t = table(ws, { title: '社会组织党组织覆盖情况（分类型）', unit: '单位：个', head: [h1, h2], merges, rows });
  return mk('分类型', t.r0 + 3, 2, 'count');
});

// 6 ledger + summary workbook
for (const v of [0, 1]) book(`06${v ? 'b' : ''}_园区企业党建台账及汇总.xlsx`, wb => {
  const sh = wb.addWorksheet('汇总'); const lg = wb.addWorksheet('台账');
  const parks = pick(PARKS, 3); const inds = ['制造业', '批发和零售业', '信息技术服务业', '建筑业', '租赁和商务服务业'];
  const led = []; const agg = parks.map(() => ({ ent: 0, pm: 0, built: 0, own: 0, joint: 0, emp: 0 }));
  let k = 0;
  parks.forEach((p, pi) => { const n = ri(6, 14); for (let i = 0; i < n; i++) { k++; const pm = rnd() < 0.3 ? 0 : ri(1, 25); const emp = ri(20, 900); let form = '—'; if (pm >= 3 && rnd() < 0.8) form = '单独组建'; else if (rnd() < 0.4) form = '联合组建'; const a = agg[pi]; a.ent++; a.pm += pm; a.emp += emp; if (form !== '—') { a.built++; if (form === '单独组建') a.own++; else a.joint++; } led.push([k, p.replace('区', '') + '公司' + String.fromCharCode(0x7532 + (k % 10)) + k + '号', p, inds[ri(0, 4)], emp, pm, form === '—' ? '否' : '是', form, form === '—' ? '' : ['李明', '王强', '赵芳', '陈刚'][ri(0, 3)]]); } });
  const tl = table(lg, { title: '园区非公企业党建工作台账', head: [['序号', '企业名称', '所在园区', '行业', '职工人数', '党员人数', '是否建立党组织', '组织形式', '党组织书记']], rows: led, notes: ['填表人：刘洋　　审核人：孙伟'] });
  const T = { ent: sum(agg.map(a => a.ent)), pm: sum(agg.map(a => a.pm)), built: sum(agg.map(a => a.built)), own: sum(agg.map(a => a.own)), joint: sum(agg.map(a => a.joint)), emp: sum(agg.map(a => a.emp)) };
  const line = (n, a) => [n, a.ent, a.emp, a.pm, a.built, a.own, a.joint, rate(a.built, a.ent)];
  const rows = parks.map((p, i) => line(p, agg[i])); rows.push(line('合计', T));
  const t = table(sh, { title: '园区非公企业党建工作汇总表', head: [['园区', '企业数（家）', '职工人数（人）', '党员人数（名）', '已建党组织企业数', '单独组建', '联合组建', '覆盖率（%）']], rows, notes: v ? ['说明：本表数据由台账自动汇总。', '', '填报单位：县委两新工委　填报人：刘洋　审核人：孙伟　日期：2025.06.30'] : ['说明：本表数据由台账汇总。'] });
  return mk('汇总', t.r0 + rows.length - 1, 4, 'count');
});

// 7 party members by age and education (two breakdowns, each sums to total)
for (const v of [0, 1]) book(`07${v ? 'b' : ''}_两新组织党员年龄学历结构.xlsx`, wb => {
  const ws = wb.addWorksheet('党员结构');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const age = [ri(20, 200), ri(20, 200), ri(10, 150), ri(5, 80)]; const tot = sum(age); const e1 = ri(0, Math.round(tot * 0.05)), e2 = ri(0, Math.round(tot * 0.4)), e3 = ri(0, tot - e1 - e2); const edu = [e1, e2, e3, tot - e1 - e2 - e3]; const fem = ri(Math.round(tot * 0.2), Math.round(tot * 0.5)); return { tot, fem, age, edu }; });
  const T = { tot: sum(data.map(d => d.tot)), fem: sum(data.map(d => d.fem)), age: [0, 1, 2, 3].map(j => sum(data.map(d => d.age[j]))), edu: [0, 1, 2, 3].map(j => sum(data.map(d => d.edu[j]))) };
  const line = (n, d) => [n, d.tot, d.fem, ...d.age, ...d.edu];
  const rows = names.map((n, i) => line(n, data[i])); if (v) rows.unshift(line('合计', T)); else rows.push(line('合计', T));
  const t = table(ws, { title: '两新组织党员队伍结构统计表', unit: '单位：名', head: [['乡镇（街道）', '党员总数', '其中：女党员', '按年龄分', '', '', '', '按学历分', '', '', ''], ['', '', '', '35岁及以下', '36至45岁', '46至55岁', '56岁及以上', '研究生', '大学本科', '大学专科', '中专及以下']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 0, 7], [0, 8, 0, 11]], rows });
  return mk('党员结构', t.r0 + (v ? 0 : rows.length - 1), 2, 'count');
});

// 8 monthly 新建党组织 with 合计 column at right and 合计 row
for (const v of [0, 1]) book(`08${v ? 'b' : ''}_新建党组织月报.xlsx`, wb => {
  const ws = wb.addWorksheet('月报');
  const names = pick(COUNTIES, 6); const nm = v ? 12 : 6;
  const data = names.map(() => Array.from({ length: nm }, () => rnd() < 0.2 ? 0 : ri(1, 12)));
  const line = (n, a) => [n, ...a, sum(a)];
  const tot = data[0].map((_, j) => sum(data.map(d => d[j])));
  const rows = [...names.map((n, i) => line(n, data[i])), line('合计', tot)];
  const t = table(ws, { title: `2025年${v ? '' : '上半年'}非公企业新建党组织情况（按月）`, unit: '单位：个', head: [['县区', ...Array.from({ length: nm }, (_, j) => (j + 1) + '月'), v ? '全年合计' : '上半年合计']], rows });
  return mk('月报', t.r0 + 2, nm + 2, 'count');
});

// 9 quarterly sheets + 全年 sheet
for (const v of [0, 1]) book(`09${v ? 'b' : ''}_发展党员季报与全年汇总.xlsx`, wb => {
  const names = pick(TOWNS, 7); const qs = ['一季度', '二季度', '三季度', '四季度'];
  const data = qs.map(() => names.map(() => { const app = ri(0, 30), act = ri(0, 20), dev = ri(0, 8); return { app, act, dev, y: ri(0, dev) }; }));
  const line = (n, d) => [n, d.app, d.act, d.dev, d.y];
  const H = [['乡镇', '递交入党申请书人数', '确定入党积极分子', '发展党员', '其中：35岁及以下']];
  const all = v ? ['全年', ...qs] : [...qs, '全年'];
  let ret;
  for (const s of all) {
    const ws = wb.addWorksheet(s);
    const ds = s === '全年' ? names.map((_, i) => ({ app: sum(data.map(q => q[i].app)), act: sum(data.map(q => q[i].act)), dev: sum(data.map(q => q[i].dev)), y: sum(data.map(q => q[i].y)) })) : data[qs.indexOf(s)];
    const T = addc(ds, ['app', 'act', 'dev', 'y']);
    const rows = [line('合计', T), ...names.map((n, i) => line(n, ds[i]))];
    const t = table(ws, { title: `两新组织发展党员情况（2025年${s}）`, unit: '单位：名', head: H, rows });
    if (s === '全年') ret = mk('全年', t.r0 + 3, 4, 'count');
  }
  return ret;
});

// 10 transposed: indicators as rows, counties as columns, 全市 column first
for (const v of [0, 1]) book(`10${v ? 'b' : ''}_两新党建主要指标分县区（指标为行）.xlsx`, wb => {
  const ws = wb.addWorksheet('指标');
  const names = pick(COUNTIES, 6); const rs = names.map(() => cov(100, 900)); const T = addc(rs, K);
  const pms = rs.map(x => ri(x.mem, x.mem * 5)); const PM = sum(pms);
  const cols = [T, ...rs]; const cp = [PM, ...pms];
  const rows = [['非公有制企业数（家）', ...cols.map(x => x.ent)], ['有党员企业数（家）', ...cols.map(x => x.mem)], ['已建立党组织企业数（家）', ...cols.map(x => x.built)], ['　其中：单独组建（家）', ...cols.map(x => x.own)], ['　　　　联合组建（家）', ...cols.map(x => x.joint)], ['党组织覆盖率（%）', ...cols.map(x => rate(x.built, x.ent))], ['党员数（名）', ...cp]];
  const t = table(ws, { title: '各县区两新党建主要指标', head: [['指标', '全市', ...names]], rows });
  return mk('指标', t.r0, 2, 'count');
});

// 11 指导员 with 其中 columns and 人均联系企业数
for (const v of [0, 1]) book(`11${v ? 'b' : ''}_选派党建工作指导员情况.xlsx`, wb => {
  const ws = wb.addWorksheet('指导员');
  const names = pick(COUNTIES, 8);
  const data = names.map(() => { const a = ri(5, 40), b = ri(0, 20), c = ri(0, 10); const n = a + b + c; const ent = ri(n, n * 6); return { n, a, b, c, ent }; });
  const T = addc(data, ['n', 'a', 'b', 'c', 'ent']);
  const line = (nm, d) => [nm, d.n, d.a, d.b, d.c, d.ent, F(d.ent / d.n, 1)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line(v ? '全市合计' : '合计', T));
  const t = table(ws, { title: '选派党建工作指导员情况统计表', head: [['县（市、区）', '选派党建工作指导员（名）', '其中：机关干部', '退休干部', '其他人员', '联系企业数（家）', '人均联系企业数（家）']], rows, notes: ['注：人均联系企业数＝联系企业数÷指导员人数。'] });
  return mk('指导员', t.r0 + rows.length - 1, 2, 'count');
});

// 12 党组织书记 with two breakdowns
for (const v of [0, 1]) book(`12${v ? 'b' : ''}_非公企业党组织书记情况.xlsx`, wb => {
  const ws = wb.addWorksheet('书记');
  const names = pick(TOWNS, 9);
  const data = names.map(() => { const s = [ri(2, 30), ri(2, 30), ri(0, 10)]; const n = sum(s); const y = ri(0, Math.round(n * 0.4)); const e = ri(0, n); return { n, s, y, e }; });
  const T = { n: sum(data.map(d => d.n)), s: [0, 1, 2].map(j => sum(data.map(d => d.s[j]))), y: sum(data.map(d => d.y)), e: sum(data.map(d => d.e)) };
  const line = (nm, d) => [nm, d.n, ...d.s, d.y, d.e, rate(d.e, d.n)];
  const rows = [line('全县', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '非公企业党组织书记基本情况', head: [['乡镇', '党组织书记总数（名）', '书记来源', '', '', '其中：35岁及以下', '大专及以上学历', '大专及以上占比（%）'], ['', '', '出资人担任', '管理层担任', '其他人员担任', '', '', '']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5], [0, 6, 1, 6], [0, 7, 1, 7], [0, 8, 1, 8]], rows });
  return mk('书记', t.r0, 2, 'count');
});

// 13 industry rows, 规上 columns
for (const v of [0, 1]) book(`13${v ? 'b' : ''}_非公企业分行业党建情况.xlsx`, wb => {
  const ws = wb.addWorksheet('分行业');
  const inds = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '租赁和商务服务业', '其他行业'];
  const data = inds.map(() => { const e = ri(50, 900); const g = ri(3, Math.round(e * 0.15)); const b = ri(Math.round(e * 0.1), Math.round(e * 0.5)); const gb = ri(Math.round(g * 0.4), Math.min(g, b)); return { e, g, b, gb }; });
  const T = addc(data, ['e', 'g', 'b', 'gb']);
  const line = (n, d) => [n, d.e, d.g, d.b, rate(d.b, d.e, v ? 2 : 1), d.gb, rate(d.gb, d.g, v ? 2 : 1)];
  const rows = [line('总计', T), ...inds.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '非公有制企业分行业党组织覆盖情况', head: [['行业', '企业数', '其中：规模以上企业', '已建立党组织企业数', '覆盖率（%）', '规模以上企业已建党组织数', '规模以上企业覆盖率（%）']], rows });
  return mk('分行业', t.r0 + 2, 5, 'rate', v ? 2 : 1);
});

// 14 province: cities, 2024 vs 2025 coverage rates, 增减（百分点）
for (const v of [0, 1]) book(`14${v ? 'b' : ''}_全省分市覆盖率两年对比.xlsx`, wb => {
  const ws = wb.addWorksheet('分市');
  const names = pick(CITIES, 10); const a = names.map(() => cov(1500, 6000)); const b = a.map(x => { const ent = x.ent + ri(-100, 400); return { ent, built: Math.min(ent, x.built + ri(0, 300)) }; });
  const A = addc(a, ['ent', 'built']), B = addc(b, ['ent', 'built']);
  const line = (n, x, y) => { const r1 = R(x.built / x.ent * 100, 1), r2 = R(y.built / y.ent * 100, 1); return [n, x.ent, x.built, F(r1, 1), y.ent, y.built, F(r2, 1), F(r2 - r1, 1), gr(y.ent, x.ent)]; };
  const rows = [line('全省', A, B), ...names.map((n, i) => line(n, a[i], b[i]))];
  const t = table(ws, { title: '全省非公有制企业党组织覆盖情况', head: [['市', '2024年', '', '', '2025年', '', '', '覆盖率增减（百分点）', '企业数增长（%）'], ['', '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数', '覆盖率（%）', '', '']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7], [0, 8, 1, 8], [0, 9, 1, 9]], rows });
  return mk('分市', t.r0 + 4, 8, 'rate', 1);
});
