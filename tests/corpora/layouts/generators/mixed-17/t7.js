const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const towns = ['城关镇', '东关街道', '西关街道', '南湖镇', '北山乡', '河口镇'];

// census 5-year groups unindented among singles
book('c09_普查_五岁组不缩进.xlsx', wb => {
  const ws = wb.addWorksheet('A0301');
  const rows = []; let M = 0, W = 0;
  for (let g = 0; g < 8; g++) { const kids = []; let gm = 0, gw = 0; for (let a = g * 5; a < g * 5 + 5; a++) { const m = ri(300, 900), w = ri(300, 900); gm += m; gw += w; kids.push([a + '岁', m + w, m, w]); } M += gm; W += gw; rows.push([`${g * 5}-${g * 5 + 4}岁`, gm + gw, gm, gw], ...kids); }
  const om = ri(3000, 6000), ow = ri(3000, 7000); M += om; W += ow; rows.push(['40岁及以上', om + ow, om, ow]);
  const t = table(ws, { title: '表A0301 分年龄、性别的人口（部分）', head: [['年龄', '合计', '男', '女']], rows: [['总计', M + W, M, W], ...rows] });
  return mk('A0301', t.r0, 2, 'count');
});

// quintiles columns with 平均 column at right
book('h05_住户_五等份平均列在右.xlsx', wb => {
  const ws = wb.addWorksheet('农村五等份');
  const g = [0, 1, 2, 3, 4].map(i => { const w = ri(2000, 4000) * (i + 1), o = ri(1500, 3000) * (i + 1), p = ri(50, 300) * (i + 1), t = ri(1500, 2500); return [w, o, p, t]; });
  const cols = g.map(x => [sum(x), ...x]);
  const avg = [0, 1, 2, 3].map(k => sum(g.map(x => x[k])) / 5);
  cols.push([R(sum(avg)), ...avg.map(x => R(x))]);
  const lab = ['人均可支配收入', '工资性收入', '经营净收入', '财产净收入', '转移净收入'];
  const rows = lab.map((l, i) => [l, ...cols.map(c => c[i])]);
  const t = table(ws, { title: '农村居民按五等份分组的人均可支配收入', unit: '单位：元/人', head: [['项目', '低收入户', '中低收入户', '中等收入户', '中高收入户', '高收入户', '平均']], rows });
  return mk('农村五等份', t.r0, 4, 'count');
});

// 本外币 and 人民币 blocks
book('m04_金融_本外币与人民币.xlsx', wb => {
  const ws = wb.addWorksheet('存款');
  const ks = ['住户存款', '非金融企业存款', '机关团体存款', '财政性存款'];
  const rmb = ks.map(() => rf(200, 3000)), fx = ks.map(() => rf(1, 60));
  const lrmb = rmb.map(x => x / rf(1.02, 1.12)), lfx = fx.map(x => x / rf(0.9, 1.2));
  const L = (n, a, b) => [n, F(a, 2), F(a - b, 2), gr(a, b)];
  const all = rmb.map((x, i) => x + fx[i]), lall = lrmb.map((x, i) => x + lfx[i]);
  const rows = [L('一、本外币各项存款', sum(all), sum(lall)), ...ks.map((k, i) => L('　' + k, all[i], lall[i])), L('二、人民币各项存款', sum(rmb), sum(lrmb)), ...ks.map((k, i) => L('　' + k, rmb[i], lrmb[i])), L('三、外币各项存款（折人民币）', sum(fx), sum(lfx))];
  const t = table(ws, { title: '金融机构存款情况', unit: '单位：亿元', head: [['项目', '年末余额', '比年初增减', '比上年末增长（%）']], rows });
  return mk('存款', t.r0 + 5, 2, 'pct', 2);
});

// fiscal with '—' placeholders and zero budget
book('f05_财政_占位符与零预算.xlsx', wb => {
  const ws = wb.addWorksheet('基金预算');
  const it = ['国有土地使用权出让收入', '城市基础设施配套费收入', '污水处理费收入', '彩票公益金收入', '专项债券对应项目专项收入', '其他政府性基金收入'];
  const v = it.map((n, i) => { const b = i === 4 ? 0 : ri(500, 200000), a = i === 4 ? ri(100, 3000) : Math.round(b * rf(0.6, 1.2)), ly = i === 5 ? 0 : Math.round(a / rf(0.6, 1.3)); return [n, b, a, ly]; });
  const S = [1, 2, 3].map(i => sum(v.map(x => x[i])));
  const L = (n, b, a, ly) => [n, b || '—', a, b ? pct(a, b) : '—', ly ? gr(a, ly) : '—'];
  const t = table(ws, { title: '2025年政府性基金预算收入执行情况', unit: '单位：万元', head: [['项目', '预算数', '执行数', '完成预算（%）', '比上年增长（%）']], rows: [L('政府性基金预算收入合计', ...S), ...v.map(x => L(...x))], notes: ['注：“—”表示无预算数或上年无此项收入。'] });
  return mk('基金预算', t.r0, 3, 'count');
});

// merged category: 总计 top, 小计 last row of each group
book('d23_类别合并_小计在下_总计在上.xlsx', wb => {
  const ws = wb.addWorksheet('党组织');
  const cats = [['县直', ['机关工委', '教育工委', '卫健工委']], ['乡镇', ['城关镇', '南湖镇', '北山乡', '河口镇']], ['园区', ['经开区', '高新园']]];
  const rows = []; const all = []; const spans = [];
  for (const [c, ks] of cats) { const v = ks.map(k => [k, ri(1, 40), ri(0, 20), ri(10, 400)]); all.push(...v); const s = [1, 2, 3].map(i => sum(v.map(x => x[i]))); spans.push(ks.length + 1); v.forEach(x => rows.push([c, x[0], x[1] + x[2], x[1], x[2], x[3]])); rows.push([c, '小计', s[0] + s[1], s[0], s[1], s[2]]); }
  const s = [1, 2, 3].map(i => sum(all.map(x => x[i])));
  rows.unshift(['总计', '', s[0] + s[1], s[0], s[1], s[2]]);
  const t = table(ws, { title: '两新组织党组织隶属关系情况', head: [['隶属', '单位', '党组织数', '党委、党总支', '党支部', '党员数']], rows });
  ws.mergeCells(t.r0, 1, t.r0, 2); let r = t.r0 + 1; for (const n of spans) { ws.mergeCells(r, 1, r + n - 1, 1); r += n; }
  return mk('党组织', t.r0 + 8, 3, 'count');
});

// 合计 then two overlapping 其中 rows then members
book('d24_合计下重叠其中行.xlsx', wb => {
  const ws = wb.addWorksheet('企业');
  const v = towns.map(n => { const e = ri(50, 500), o = ri(5, Math.floor(e / 3)), m = ri(o, o * 10); return [n, e, o, m]; });
  const S = [1, 2, 3].map(i => sum(v.map(x => x[i])));
  const a = [Math.floor(S[0] * 0.3), Math.floor(S[1] * 0.6), Math.floor(S[2] * 0.6)], b = [Math.floor(S[0] * 0.2), Math.floor(S[1] * 0.4), Math.floor(S[2] * 0.45)];
  const L = (n, e, o, m) => [n, e, o, pct(o, e), m];
  const t = table(ws, { title: '非公有制企业党组织建设情况', head: [['乡镇', '企业数（户）', '建立党组织数（个）', '建立率（%）', '党员数（名）']], rows: [L('合计', ...S), L('其中：规模以上企业', ...a), L('　　　高新技术企业', ...b), ...v.map(x => L(...x))] });
  return mk('企业', t.r0, 3, 'count');
});

// HS 类/章 codes
book('t05_外贸_HS类章.xlsx', wb => {
  const ws = wb.addWorksheet('按HS分');
  const cl = [['第一类', '活动物；动物产品', [['01', '活动物'], ['02', '肉及食用杂碎'], ['03', '鱼、甲壳动物']]], ['第十五类', '贱金属及其制品', [['72', '钢铁'], ['73', '钢铁制品'], ['76', '铝及其制品']]], ['第十六类', '机电、音像设备及其零件、附件', [['84', '核反应堆、锅炉、机器'], ['85', '电机、电气设备及其零件']]]];
  const rows = []; let T = 0, TL = 0; const bl = [];
  for (const [c, n, chs] of cl) { const v = chs.map(([k, m]) => { const a = ri(1000, 90000); return [k, m, a, Math.round(a / rf(0.8, 1.25))]; }); const s = sum(v.map(x => x[2])), sl = sum(v.map(x => x[3])); T += s; TL += sl; bl.push([c, n, s, sl, v]); }
  rows.push(['', '总值', T, gr(T, TL)]);
  for (const [c, n, s, sl, v] of bl) { rows.push([c, n, s, gr(s, sl)]); v.forEach(x => rows.push([x[0] + '章', x[1], x[2], gr(x[2], x[3])])); }
  const t = table(ws, { title: '出口商品按HS类章分（主要类章）', unit: '单位：万美元', head: [['类章', '商品名称', '出口额', '比上年增长（%）']], rows, notes: ['注：仅列出主要类章，总值为所列类合计。'] });
  return mk('按HS分', t.r0, 3, 'count');
});

// text amounts '12.35万元'
book('d25_文本万元.xlsx', wb => {
  const ws = wb.addWorksheet('经费');
  const v = towns.map(n => [n, ri(100, 5000), ri(50, 3000)]);
  const S = [1, 2].map(i => sum(v.map(x => x[i])));
  const w = x => (x / 100).toFixed(2) + '万元';
  const t = table(ws, { title: '各乡镇党建经费拨付情况', head: [['乡镇', '经费合计', '县级拨付', '乡镇自筹']], rows: [['合计', w(S[0] + S[1]), w(S[0]), w(S[1])], ...v.map(x => [x[0], w(x[1] + x[2]), w(x[1]), w(x[2])])] });
  return mk('经费', t.r0, 2, 'pct', 2);
});

// blank rows between groups with 小计
book('d26_分组空行.xlsx', wb => {
  const ws = wb.addWorksheet('台账汇总');
  const grp = [['城区片', ['东关街道', '西关街道', '城关镇']], ['山区片', ['北山乡', '青石镇']], ['沿河片', ['河口镇', '南湖镇', '柳林乡']]];
  const rows = []; const all = [];
  const blocks = grp.map(([g, ks]) => { const v = ks.map(k => [k, ri(10, 200), ri(0, 30), ri(0, 20)]); all.push(...v); return [g, v]; });
  const s = [1, 2, 3].map(i => sum(all.map(x => x[i])));
  rows.push(['全县总计', ...s]);
  for (const [g, v] of blocks) { rows.push([]); const ss = [1, 2, 3].map(i => sum(v.map(x => x[i]))); rows.push([g + '小计', ...ss], ...v); }
  const t = table(ws, { title: '各片区两新组织党建工作台账汇总', unit: '单位：个', head: [['片区/乡镇', '企业数', '单独组建', '联合组建']], rows });
  return mk('台账汇总', t.r0, 2, 'count');
});

// soc org: 合计 column at right, 市级/县级 blocks
book('s05_社会组织_合计列在右.xlsx', wb => {
  const ws = wb.addWorksheet('登记');
  const blocks = [['市级登记', ['市民政局直接登记', '市教育局', '市卫健委', '市科协']], ['县级登记', ['县民政局直接登记', '县教育局', '县文旅局']]];
  const rows = []; const all = [];
  const B = blocks.map(([b, ks]) => { const v = ks.map(k => [k, ri(0, 50), ri(0, 80), ri(0, 3)]); all.push(...v); return [b, v]; });
  const L = (n, a, b, c) => [n, a, b, c, a + b + c];
  const s = [1, 2, 3].map(i => sum(all.map(x => x[i])));
  rows.push(L('总计', ...s));
  for (const [b, v] of B) { rows.push(L(b, ...[1, 2, 3].map(i => sum(v.map(x => x[i]))))); v.forEach(x => rows.push(L('　' + x[0], x[1], x[2], x[3]))); }
  const t = table(ws, { title: '社会组织登记情况（按登记层级和业务主管单位）', unit: '单位：个', head: [['登记层级/业务主管单位', '社会团体', '民办非企业单位', '基金会', '合计']], rows });
  return mk('登记', t.r0, 5, 'count');
});
