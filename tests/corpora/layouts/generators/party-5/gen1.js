const L = require('./lib.js');
const { ri, rate, rd, colSum, sum, emit, col, pct } = L;
L.setSeed(5101);
const F1 = '0.0', F2 = '0.00';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
const tot = (label, rs, n, rates, skip = []) => { const T = [label]; for (let i = 1; i < n; i++) T[i] = skip.includes(i) ? null : colSum(rs, i); rates.forEach(([k, a, b, d]) => { T[k] = rate(T[a], T[b], d || 1); }); return T; };
(async () => {
// u01 新就业群体 by platform: industry 小计 rows then indented platforms, 合计 top
{
  const grp = { '快递行业': ['顺丰速运', '中通快递', '圆通速递', '韵达快递', '京东物流'], '外卖配送行业': ['美团外卖', '饿了么'], '网约车行业': ['滴滴出行', '曹操出行', 'T3出行'], '货运行业': ['货拉拉', '满帮集团'] };
  const mk = n => { const w = ri(150, 2500), pm = ri(Math.floor(w * .01), Math.floor(w * .05)), o = ri(0, 4); return ['  ' + n, w, pm, rate(pm, w), o, o ? ri(o, o * 3) : 0]; };
  const body = [], subs = [];
  for (const [g, ks] of Object.entries(grp)) { const rs = ks.map(mk); const s = tot(g, rs, 6, [[3, 2, 1]]); subs.push(s); body.push(s, ...rs); }
  const T = tot('合计', subs, 6, [[3, 2, 1]]);
  const rows = [['澄溪县新就业群体分平台党建情况统计表'], ['单位：名、%、个'], ['行业/平台', '从业人员数', '党员数', '党员占比（%）', '建立党组织数', '党组织书记和委员数'], ...[T, ...body].map(r => fm(r, [3]))];
  await emit('u01-newgroups-by-platform.xlsx', [{ rows, merges: ['A1:F1', 'A2:F2'] }], { row: '外卖配送行业', col: 1, kind: 'subtotal 从业人员 (base of share)' });
}
// u02 新就业群体 by county, four groups as column groups (人数, 党员数) + 合计 group first
{
  const cs = ['青崖区', '白鹭区', '枫林县', '石门县', '云溪县', '槐安县', '柳塘市'];
  const rs = cs.map(c => { const g = [0, 1, 2, 3].map(() => { const n = ri(200, 3000); return [n, ri(Math.floor(n * .01), Math.floor(n * .04))]; }); const a = sum(g.map(x => x[0])), b = sum(g.map(x => x[1])); return [c, a, b, ...g.flat()]; });
  const T = tot('全市', rs, 11, []);
  const rows = [['栖霞市新就业群体从业人员及党员情况'], ['单位：名'], ['县（市、区）', '合计', null, '快递员', null, '外卖配送员', null, '网约车司机', null, '货车司机', null], [null, '从业人员', '党员', '从业人员', '党员', '从业人员', '党员', '从业人员', '党员', '从业人员', '党员'], ...rs, T];
  await emit('u02-newgroups-four-groups-columns.xlsx', [{ rows, merges: ['A1:K1', 'A3:A4', 'B3:C3', 'D3:E3', 'F3:G3', 'H3:I3', 'J3:K3'] }], { row: '云溪县', col: 5, kind: 'part 外卖配送员从业人员 under 合计' });
}
// u03 快递网点 coverage: organisation coverage and work coverage, both rates
{
  const cs = ['兰亭区', '望江区', '桃源县', '梅岭县', '竹溪县', '荷塘区', '松阳县', '杏坛镇片区'];
  const rs = cs.map(c => { const n = ri(40, 400), own = ri(Math.floor(n * .05), Math.floor(n * .2)), jc = ri(Math.floor(n * .2), Math.floor(n * .5)), ow = own + jc, wk = ri(ow, n); return [c, n, own, jc, ow, rate(ow, n), wk, rate(wk, n)]; });
  const T = tot('合计', rs, 8, [[5, 4, 1], [7, 6, 1]]);
  const rows = [['翠屏市快递网点党建覆盖情况统计表'], ['县（区）', '快递网点数（个）', '单独建立党组织网点数', '纳入联合党组织网点数', '党的组织覆盖网点数', '党的组织覆盖率（%）', '党的工作覆盖网点数', '党的工作覆盖率（%）'], ...[...rs, T].map(r => fm(r, [5, 7]))];
  await emit('u03-express-outlets-two-coverages.xlsx', [{ rows, merges: ['A1:H1'] }], { row: '梅岭县', col: 6, kind: 'count 工作覆盖网点 under rate' });
}
// u04 外卖站点 by district with counts as text with units '3个' '25名'
{
  const cs = ['金沙街道', '银杏街道', '玉带街道', '锦屏镇', '龙潭镇', '凤鸣镇', '云台镇'];
  const rs = cs.map(c => { const s = ri(3, 25), r = ri(s * 10, s * 40), p = ri(1, Math.floor(r * .04) + 1), o = ri(0, Math.min(3, s)); return [c, s, r, p, o, rate(p, r)]; });
  const T = tot('合计', rs, 6, [[5, 3, 2]]);
  const tx = r => [r[0], r[1] + '个', r[2] + '名', r[3] + '名', r[4] + '个', r[5].toFixed(1) + '%'];
  const rows = [['瑶池区外卖配送站点党建情况统计表'], ['街道（镇）', '配送站点数', '配送骑手数', '党员骑手数', '建立党组织站点数', '党员骑手占比'], ...[...rs, T].map(tx)];
  await emit('u04-delivery-stations-text-units.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '合计', col: 2, kind: 'total 骑手数 (text 名)' });
}
// u05 暖新驿站 / 党群服务站点 by town: total and 其中 by host type (complete), 服务人次
{
  const ts = ['鹤鸣街道', '鹿台街道', '雁塔镇', '凤栖镇', '龙门镇', '狮峰乡', '象山乡', '麒麟镇'];
  const rs = ts.map(t => { const a = ri(1, 6), b = ri(0, 8), c = ri(0, 5), d = ri(0, 3); const n = a + b + c + d; return [t, n, a, b, c, d, ri(n * 150, n * 900)]; });
  const T = tot('全县', rs, 7, []);
  const rows = [['岚山县新就业群体服务站点建设情况'], ['单位：个、人次'], ['乡镇（街道）', '服务站点总数', '其中', null, null, null, '全年服务人次'], [null, null, '依托党群服务中心', '依托商户门店', '依托快递外卖网点', '依托加油站等其他场所', null], ...[T, ...rs]];
  await emit('u05-service-stations-host-types.xlsx', [{ rows, merges: ['A1:G1', 'A2:G2', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:G4'] }], { row: '凤栖镇', col: 1, kind: 'total 站点总数 (sum of host types)' });
}
// u06 红色物业: 住宅小区, 物业企业, 已建党组织, 覆盖率, 业委会, 其中党员主任, 交叉任职
{
  const cs = ['东湖社区', '西湖社区', '南苑社区', '北苑社区', '柳岸社区', '杉木社区', '桂园社区', '梧桐社区', '紫荆社区'];
  const rs = cs.map(c => { const x = ri(3, 20), pe = ri(2, x), po = ri(0, pe), y = ri(1, x), yp = ri(0, y), cr = ri(0, y * 2); return [c, x, pe, po, rate(po, pe), y, yp, rate(yp, y), cr]; });
  const T = tot('合计', rs, 9, [[4, 3, 2], [7, 6, 5]]);
  const rows = [['澜湾街道“红色物业”建设情况统计表'], ['社区', '住宅小区数（个）', '物业服务企业数（家）', '已建立党组织的物业服务企业数（家）', '物业企业党组织覆盖率（%）', '业主委员会数（个）', '其中：党员担任业委会主任的', '党员主任占比（%）', '社区“两委”与物业、业委会交叉任职人数（名）'], ...[...rs, T].map(r => fm(r, [4, 7]))];
  await emit('u06-red-property.xlsx', [{ rows, merges: ['A1:I1'] }], { row: '南苑社区', col: 3, kind: 'count 已建物业党组织 under rate' });
}
// u07 小个专: three column groups 个体工商户/小微企业/专业市场 each 数量, 已覆盖, 覆盖率
{
  const cs = ['临川区', '东乡区', '南城县', '黎川县', '南丰县', '崇仁县', '乐安县', '宜黄县'];
  const rs = cs.map(c => { const g = [[3000, 20000], [300, 3000], [3, 25]].map(([a, b]) => { const n = ri(a, b), k = ri(Math.floor(n * .1), Math.floor(n * .6)); return [n, k, rate(k, n)]; }); return [c, ...g.flat()]; });
  const T = tot('合计', rs, 10, [[3, 2, 1], [6, 5, 4], [9, 8, 7]]);
  const rows = [['珀州市“小个专”党建工作覆盖情况'], ['县（区）', '个体工商户', null, null, '小微企业', null, null, '专业市场', null, null], [null, '户数（户）', '党组织覆盖户数', '覆盖率（%）', '企业数（家）', '党组织覆盖企业数', '覆盖率（%）', '市场数（个）', '建立党组织市场数', '覆盖率（%）'], ...[...rs, T].map(r => fm(r, [3, 6, 9]))];
  await emit('u07-xiaogezhuan-three-groups.xlsx', [{ rows, merges: ['A1:J1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2'] }], { row: '南丰县', col: 6, kind: 'rate 小微企业覆盖率' });
}
// u08 全部非公企业 vs 其中规上企业 side by side, rates for each
{
  const cs = ['泽源县', '丰谷县', '禾丰区', '川北区', '岭南县', '江口县'];
  const rs = cs.map(c => { const n = ri(800, 5000), own = ri(Math.floor(n * .03), Math.floor(n * .08)), jc = ri(Math.floor(n * .1), Math.floor(n * .3)), s = ri(40, 300), so = ri(Math.floor(s * .3), Math.floor(s * .6)), sj = ri(0, s - so); const sown = Math.min(so, own), sjc = Math.min(sj, jc); return [c, n, own, jc, rate(own + jc, n), s, sown, sjc, rate(sown + sjc, s)]; });
  const T = tot('合计', rs, 9, [[4, 2, 1], [8, 6, 5]]);
  T[4] = rate(T[2] + T[3], T[1]); T[8] = rate(T[6] + T[7], T[5]);
  const rows = [['垣曲市非公企业及规模以上企业党组织覆盖情况'], ['县（区）', '全部非公有制企业', null, null, null, '其中：规模以上企业', null, null, null], [null, '企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖率（%）', '企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖率（%）'], ...[...rs, T].map(r => fm(r, [4, 8]))];
  await emit('u08-all-vs-above-scale.xlsx', [{ rows, merges: ['A1:I1', 'A2:A3', 'B2:E2', 'F2:I2'] }], { row: '合计', col: 5, kind: 'total 规上企业数 (base of rate)' });
}
// u09 organisation & work coverage for enterprises and social organisations (4 rates)
{
  const cs = ['汀洲区', '蓉城区', '桐柏县', '杞县', '睢阳县', '兰溪县', '渭滨区'];
  const rs = cs.map(c => { const e = ri(500, 4000), eo = ri(Math.floor(e * .2), Math.floor(e * .5)), ew = ri(eo, e), s = ri(60, 400), so = ri(Math.floor(s * .3), Math.floor(s * .7)), sw = ri(so, s); return [c, e, eo, rate(eo, e), ew, rate(ew, e), s, so, rate(so, s), sw, rate(sw, s)]; });
  const T = tot('合计', rs, 11, [[3, 2, 1], [5, 4, 1], [8, 7, 6], [10, 9, 6]]);
  const rows = [['鄂西州“两新”组织党的组织覆盖和工作覆盖情况'], ['县（市、区）', '非公有制企业', null, null, null, null, '社会组织', null, null, null, null], [null, '总数', '党的组织覆盖数', '党的组织覆盖率（%）', '党的工作覆盖数', '党的工作覆盖率（%）', '总数', '党的组织覆盖数', '党的组织覆盖率（%）', '党的工作覆盖数', '党的工作覆盖率（%）'], ...[...rs, T].map(r => fm(r, [3, 5, 8, 10]))];
  await emit('u09-org-and-work-coverage-two-sectors.xlsx', [{ rows, merges: ['A1:K1', 'A2:A3', 'B2:F2', 'G2:K2'] }], { row: '杞县', col: 9, kind: 'count 社会组织工作覆盖数 under rate' });
}
// u10 enterprise ledger 是/否 and 党组织类型, 合计 row counting 是
{
  const names = ['江南精密机械有限公司', '恒远纺织有限公司', '鑫达物流有限公司', '华昌电子科技有限公司', '德茂食品有限公司', '瑞丰建材有限公司', '锦程汽车配件有限公司', '天禾农业发展有限公司', '宏图印务有限公司', '永泰化工有限公司', '新辉光电有限公司', '盛源医药有限公司', '博远信息技术有限公司', '福临门酒店管理有限公司'];
  const rs = names.map((n, i) => { const e = ri(30, 900), p = ri(0, Math.max(1, Math.floor(e * .05))); const has = p >= 3 ? '是' : '否'; const ty = has === '是' ? (p >= 50 ? '党委' : p >= 50 ? '党总支' : '党支部') : (p > 0 ? '联合党支部' : '—'); return [i + 1, n, e, p, has, ty]; });
  const yes = rs.filter(r => r[4] === '是').length;
  const T = [null, '合计', colSum(rs, 2), colSum(rs, 3), yes, null];
  const rows = [['蔚县经济开发区非公企业党组织建设台账'], ['序号', '企业名称', '职工数（人）', '党员数（名）', '是否建立党组织', '党组织类型'], ...rs, T];
  await emit('u10-enterprise-ledger-yes-no.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '合计', col: 3, labelCols: 2, kind: 'total 党员数' });
}
// u11 whole table in text with units, 合计 in text too, rate with %
{
  const cs = ['芙蓉镇', '茶陵镇', '竹山镇', '樟木镇', '柑橘乡', '桃花乡'];
  const rs = cs.map(c => { const e = ri(20, 150), o = ri(2, 12), j = ri(1, 4), cv = ri(o, Math.min(e, o + j * 6)), p = ri(10, 120); return [c, e, o, j, cv, rate(cv, e), p]; });
  const T = tot('合计', rs, 7, [[5, 4, 1]]);
  const tx = r => [r[0], r[1] + '家', r[2] + '个', r[3] + '个', r[4] + '家', r[5].toFixed(1) + '%', r[6] + '名'];
  const rows = [['湘源县非公企业党建基本情况'], ['乡镇', '非公企业', '单独建立党组织', '联合党组织', '党组织覆盖企业', '覆盖率', '党员'], ...[...rs, T].map(tx)];
  await emit('u11-all-text-with-units.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '樟木镇', col: 4, kind: 'count 覆盖企业 (text 家) under rate' });
}
// u12 county rows each followed by an indented 其中：开发区 row
{
  const cs = [['雁门县', '雁门经济开发区'], ['代州区', '代州工业园区'], ['繁峙县', null], ['五台县', '五台高新区'], ['原平市', '原平经济技术开发区'], ['宁武县', null]];
  const body = [], tops = [];
  for (const [c, z] of cs) { const n = ri(400, 2500), o = ri(Math.floor(n * .1), Math.floor(n * .3)), j = ri(Math.floor(n * .1), Math.floor(n * .3)); const R = [c, n, o, j, o + j, rate(o + j, n)]; tops.push(R); body.push(R); if (z) { const zn = ri(50, Math.floor(n * .4)), zo = ri(Math.floor(zn * .1), Math.min(o, Math.floor(zn * .4))), zj = ri(0, Math.min(j, zn - zo)); body.push(['  其中：' + z, zn, zo, zj, zo + zj, rate(zo + zj, zn)]); } }
  const T = tot('全市', tops, 6, [[5, 4, 1]]);
  const rows = [['忻岭市非公企业党组织覆盖情况（含开发区）'], ['单位：家、%'], ['县（市、区）', '非公企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '党组织覆盖企业数', '覆盖率（%）'], ...[...body, T].map(r => fm(r, [5]))];
  await emit('u12-county-ofwhich-zone-rows.xlsx', [{ rows, merges: ['A1:F1', 'A2:F2'] }], { row: '五台县', col: 1, kind: 'county 非公企业数 (its zone row below, total)' });
}
L.savePlants('1');
})();
