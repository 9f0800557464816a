const L = require('./lib.js');
const { ri, rate, rd, colSum, sum, emit, col } = L;
L.setSeed(4404);
const F1 = '0.0';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
const tot = (label, rs, n, rates) => { const T = [label]; for (let i = 1; i < n; i++) T[i] = colSum(rs, i); rates.forEach(([k, a, b]) => { T[k] = rate(T[a], T[b]); }); return T; };
(async () => {
// t29 measure in rows: each county has 目标/完成/完成率 rows; indicators as columns; 全市 block at end
{
  const cs = ['平城区', '云冈区', '新荣区', '云州区', '阳高县', '天镇县'];
  const ind = 4; const blocks = [];
  const tg = Array(ind).fill(0), dn = Array(ind).fill(0);
  const rows = [['大同市“双向培养”工作目标完成情况'], ['县（区）', '项目', '把业务骨干培养成党员（名）', '把党员培养成业务骨干（名）', '把党员骨干培养成出资人（名）', '推荐党员进入管理层（名）']];
  for (const c of cs) { const t = Array.from({ length: ind }, () => ri(5, 50)), d = t.map(x => ri(Math.floor(x * .6), Math.floor(x * 1.2))); t.forEach((x, i) => { tg[i] += x; dn[i] += d[i]; }); rows.push([c, '年度目标', ...t], [null, '完成数', ...d], [null, '完成率（%）', ...t.map((x, i) => ({ v: rate(d[i], x), fmt: F1 }))]); }
  rows.push(['全市', '年度目标', ...tg], [null, '完成数', ...dn], [null, '完成率（%）', ...tg.map((x, i) => ({ v: rate(dn[i], x), fmt: F1 }))]);
  await emit('t29-target-done-rate-in-rows.xlsx', [{ rows, merges: ['A1:F1', ...cs.concat(['全市']).map((_, k) => `A${3 + 3 * k}:A${5 + 3 * k}`)] }], { cell: 'D10', kind: 'done count (row 完成数) of 新荣区' });
}
// t30 阵地 types (楼宇/园区/商圈/专业市场) rows: count, built 党群服务中心, 建成率, 服务企业数, 企业党员数
{
  const ks = ['商务楼宇', '产业园区', '商圈', '专业市场', '特色小镇'];
  const rs = ks.map(k => { const n = ri(5, 60), b = ri(Math.floor(n * .4), n), s = ri(b * 10, b * 80); return [k, n, b, rate(b, n), s, ri(s, s * 3)]; });
  const T = tot('合计', rs, 6, [[3, 2, 1]]);
  const rows = [['临沂市“两新”组织党群服务阵地建设情况'], ['单位：个、家、名、%'], ['阵地类型', '数量', '已建成党群服务中心（站）', '建成率（%）', '服务企业数', '服务党员群众数'], ...[...rs, T].map(r => fm(r, [3]))];
  await emit('t30-service-centres-by-venue.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '产业园区', col: 2, kind: 'count under 建成率' });
}
// t31 two rates on different bases: 有党员企业占比 (of 企业), 建组织率 (of 有3名以上党员企业)
{
  const cs = ['龙亭区', '顺河回族区', '鼓楼区', '禹王台区', '祥符区', '杞县', '通许县', '尉氏县', '兰考县'];
  const rs = cs.map(c => { const e = ri(800, 5000), hm = ri(Math.floor(e * .15), Math.floor(e * .3)), h3 = ri(Math.floor(hm * .3), Math.floor(hm * .6)), b = ri(Math.floor(h3 * .8), h3); return [c, e, hm, rate(hm, e), h3, b, rate(b, h3)]; });
  const T = tot('全市', rs, 7, [[3, 2, 1], [6, 5, 4]]);
  const rows = [['开封市非公企业党员分布和组建情况'], ['县（区）', '非公企业数', '有党员企业数', '有党员企业占比（%）', '有3名以上正式党员企业数', '其中：已单独建立党组织', '单独组建率（%）'], ...[T, ...rs].map(r => fm(r, [3, 6]))];
  await emit('t31-two-rates-different-bases.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '杞县', col: 5, kind: 'of-which count under 单独组建率' });
}
// t32 应建/已建/未建, mostly complete, text '100%' rates and '/' for 0 base
{
  const cs = ['蓬江区', '江海区', '新会区', '台山市', '开平市', '鹤山市', '恩平市', '江门高新区', '大广海湾经济区'];
  const rs = cs.map(c => { if (c === '大广海湾经济区') return [c, 0, 0, 0, '/']; const n = ri(8, 60), u = ri(0, 3) === 0 ? ri(1, 3) : 0; return [c, n, n - u, u, (rate(n - u, n)).toFixed(1) + '%']; });
  const T = ['全市', colSum(rs, 1), colSum(rs, 2), colSum(rs, 3), 0]; T[4] = rate(T[2], T[1]).toFixed(1) + '%';
  const rows = [['江门市规模以上非公企业党组织应建尽建情况'], ['地区', '应建数', '已建数', '未建数', '建成率'], ...rs, T];
  await emit('t32-mostly-complete-text-percent.xlsx', [{ rows, merges: ['A1:E1'] }], { row: '开平市', col: 2, kind: 'built count (need − built = unbuilt)' });
}
// t33 blocks 非公企业 | 社会组织 | 合计 where 合计 block = sum of the two blocks
{
  const cs = ['赤坎区', '霞山区', '坡头区', '麻章区', '遂溪县', '徐闻县', '廉江市', '雷州市', '吴川市'];
  const rs = cs.map(c => { const e = ri(500, 4000), ec = ri(Math.floor(e * .2), Math.floor(e * .5)), s = ri(40, 400), sc = ri(Math.floor(s * .3), s); return [c, e, ec, rate(ec, e), s, sc, rate(sc, s), e + s, ec + sc, rate(ec + sc, e + s)]; });
  const T = tot('全市', rs, 10, [[3, 2, 1], [6, 5, 4], [9, 8, 7]]);
  const rows = [['湛江市“两新”组织党组织覆盖情况'], ['县（市、区）', '非公有制企业', null, null, '社会组织', null, null, '“两新”组织合计', null, null], [null, '单位数', '覆盖数', '覆盖率（%）', '单位数', '覆盖数', '覆盖率（%）', '单位数', '覆盖数', '覆盖率（%）'], ...[...rs, T].map(r => fm(r, [3, 6, 9]))];
  await emit('t33-two-blocks-plus-total-block.xlsx', [{ rows, merges: ['A1:J1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2'] }], { row: '遂溪县', col: 8, kind: 'total block 单位数' });
}
// t34 出资人 党员 with overlapping 其中 and shares of the whole
{
  const cs = ['涪城区', '游仙区', '安州区', '江油市', '三台县', '盐亭县', '梓潼县', '平武县', '北川羌族自治县'];
  const rs = cs.map(c => { const n = ri(500, 4000), p = ri(Math.floor(n * .03), Math.floor(n * .1)), r = ri(0, Math.floor(p * .5)); return [c, n, p, rate(p, n), r, ri(0, 15)]; });
  const T = tot('全市', rs, 6, [[3, 2, 1]]);
  const rows = [['绵阳市非公企业出资人中党员情况'], ['县（市、区）', '出资人（主要经营管理者）数', '其中：党员', '党员出资人占比（%）', '其中：担任企业党组织书记', '本年新发展出资人党员'], ...[...rs, T].map(r => fm(r, [3]))];
  await emit('t34-investor-members-nested-ofwhich.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '三台县', col: 2, kind: 'of-which 党员 under share' });
}
// t35 CSV UTF-8 BOM, rates text 2 decimals with %, 合计 top, '—' base 0
{
  const cs = ['秀峰区', '叠彩区', '象山区', '七星区', '雁山区', '临桂区', '阳朔县', '灵川县', '全州县', '桂林经开区'];
  const rs = cs.map(c => { const s = c === '桂林经开区' ? 0 : ri(20, 200), b = ri(0, s); return [c, s, b, s ? rate(b, s, 2).toFixed(2) + '%' : '—']; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), rate(colSum(rs, 2), colSum(rs, 1), 2).toFixed(2) + '%'];
  const rows = [['桂林市社会组织党组织覆盖情况（系统导出）'], ['县（区）', '社会组织数', '党组织覆盖数', '覆盖率'], T, ...rs, ['导出时间：2025-01-06 09:12']];
  await emit('t35-csv-bom-2dp-text-rates.csv', [{ rows }], { row: '灵川县', col: 3, kind: 'rate text 2dp' });
}
// t36 全市 top, then 其中：县（市、区） subtotal row, counties, then 市直属/经开区/高新区
{
  const cs = ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '醴陵市', '攸县', '茶陵县', '炎陵县'];
  const extra = ['市直属', '株洲经开区', '株洲高新区'];
  const mk = c => { const e = ri(300, 3000), own = ri(Math.floor(e * .1), Math.floor(e * .25)), jc = ri(Math.floor(e * .1), Math.floor(e * .3)); return [c, e, own, jc, rate(own + jc, e)]; };
  const rs = cs.map(mk), ex = extra.map(mk);
  const S = ['其中：县（市、区）', colSum(rs, 1), colSum(rs, 2), colSum(rs, 3), 0]; S[4] = rate(S[2] + S[3], S[1]);
  const all = [...rs, ...ex]; const T = ['全市', colSum(all, 1), colSum(all, 2), colSum(all, 3), 0]; T[4] = rate(T[2] + T[3], T[1]);
  const rows = [['株洲市非公企业党组织覆盖情况'], ['地区', '非公企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖率（%）'], ...[T, S, ...rs, ...ex].map(r => fm(r, [4]))];
  await emit('t36-ofwhich-counties-row-plus-zones.xlsx', [{ rows, merges: ['A1:E1'] }], { row: '株洲经开区', col: 1, kind: 'zone base count (in 全市 not in 县 subtotal)' });
}
L.savePlants('4');
})();
