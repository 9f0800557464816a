'use strict';
const { rnd, rate, sum, Book, put, row, title, merge, widths, CITY_A, CITY_B, CITY_C, TOWNS } = require('./lib');
const B = [];

// 01 党员教育培训
B.push(function b01(R) {
  const bk = new Book('01-党员教育培训统计表.xlsx');
  const ws = bk.sheet('教育培训');
  title(ws, 1, '2025年度全市两新组织党员教育培训情况统计表', 8);
  ws.getCell(2, 1).value = '填报单位：临江市委两新工委'; ws.getCell(2, 6).value = '单位：期、人次、%';
  row(ws, 3, 1, ['地区', '党员数（名）', '培训期数（期）', '其中：线上期数', '培训人次', '其中：线上人次', '线上人次占比（%）', '人均参训次数']);
  const rows = CITY_A.map((n) => {
    const P = R.int(700, 5200); const N = R.int(24, 130); const No = R.part(N, 0.2, 0.55);
    const T = Math.round(P * R.frac(1.3, 3.6)); const To = R.part(T, 0.25, 0.6);
    return [n, P, N, No, T, To];
  });
  let r = 4;
  for (const x of rows) { row(ws, r, 1, [...x, rate(x[5], x[4], 1), rnd(x[4] / x[1], 2)], [null, '0', '0', '0', '#,##0', '#,##0', '0.0', '0.00']); r++; }
  const t = [1, 2, 3, 4, 5].map((i) => sum(rows.map((x) => x[i])));
  row(ws, r, 1, ['合计', ...t, rate(t[4], t[3], 1), rnd(t[3] / t[0], 2)], [null, '0', '0', '0', '#,##0', '#,##0', '0.0', '0.00']);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 7, 'rate', 1);
  widths(ws, [14, 12, 12, 12, 12, 12, 14, 12]);
  return bk;
});

// 02 三会一课 by quarter
B.push(function b02(R) {
  const bk = new Book('02-三会一课季度开展情况.xlsx');
  const ws = bk.sheet('支部党员大会');
  title(ws, 1, '2025年两新组织党支部“三会一课”（支部党员大会）开展情况统计表', 17);
  merge(ws, 3, 1, 4, 1, '地区');
  const qs = ['第一季度', '第二季度', '第三季度', '第四季度', '全年'];
  qs.forEach((q, i) => { merge(ws, 3, 2 + 3 * i, 3, 4 + 3 * i, q); row(ws, 4, 2 + 3 * i, ['应开展（次）', '已开展（次）', '完成率（%）']); });
  const fm = [null]; for (let i = 0; i < 5; i++) fm.push('0', '0', '0.0');
  const data = CITY_B.slice(0, 8).map((n) => {
    let b = R.int(60, 380); const q = [];
    for (let k = 0; k < 4; k++) { b += k ? R.int(0, 9) : 0; const done = b - R.int(0, Math.round(b * 0.09)); q.push([b, done]); }
    return [n, q];
  });
  let r = 5;
  const tot = [[0, 0], [0, 0], [0, 0], [0, 0]];
  for (const [n, q] of data) {
    const vals = [n];
    q.forEach(([a, d], k) => { vals.push(a, d, rate(d, a, 1)); tot[k][0] += a; tot[k][1] += d; });
    const ya = sum(q.map((x) => x[0])), yd = sum(q.map((x) => x[1]));
    vals.push(ya, yd, rate(yd, ya, 1));
    row(ws, r, 1, vals, fm); r++;
  }
  const vals = ['合计'];
  tot.forEach(([a, d]) => vals.push(a, d, rate(d, a, 1)));
  const ya = sum(tot.map((x) => x[0])), yd = sum(tot.map((x) => x[1]));
  vals.push(ya, yd, rate(yd, ya, 1));
  row(ws, r, 1, vals, fm);
  bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 15, 'total'); bk.agg(ws, 6, 16, 'rate', 1); bk.agg(ws, r, 7, 'rate', 1);
  return bk;
});

// 03 主题党日 by town under districts with 合计 on top
B.push(function b03(R) {
  const bk = new Book('03-主题党日开展情况（上半年）.xlsx');
  const ws = bk.sheet('Sheet1');
  title(ws, 1, '2025年上半年非公企业和社会组织“主题党日”开展情况汇总表', 7);
  ws.getCell(2, 1).value = '填报单位（盖章）：宁远市两新组织党工委'; ws.getCell(2, 6).value = '2025年7月5日';
  row(ws, 3, 1, ['序号', '单位', '党组织数（个）', '应开展次数', '已开展次数', '完成率（%）', '其中：联建共建开展次数']);
  const districts = [['一、', '东湖区', 4], ['二、', '西塘区', 3], ['三、', '宁远县', 5]];
  let ti = 0; const blocks = [];
  for (const [no, d, k] of districts) {
    const towns = [];
    for (let i = 0; i < k; i++) {
      const org = R.int(6, 48); const need = org * 6; const done = need - R.int(0, Math.round(need * 0.12)); const joint = R.part(done, 0.08, 0.3);
      towns.push([TOWNS[ti++], org, need, done, joint]);
    }
    blocks.push([no + d, towns]);
  }
  const fm = [null, null, '0', '0', '0', '0.0', '0'];
  const line = (r, no, name, v) => row(ws, r, 1, [no, name, v[0], v[1], v[2], rate(v[2], v[1], 1), v[3]], fm);
  const subs = blocks.map(([n, towns]) => [0, 1, 2, 3].map((i) => sum(towns.map((t) => t[i + 1]))));
  const tot = [0, 1, 2, 3].map((i) => sum(subs.map((s) => s[i])));
  let r = 4; line(r, '', '合计', tot); bk.agg(ws, r, 4, 'total'); bk.agg(ws, r, 6, 'rate', 1); r++;
  blocks.forEach(([n, towns], bi) => {
    line(r, '', n, subs[bi]); if (bi === 1) bk.agg(ws, r, 5, 'subtotal'); r++;
    towns.forEach((t, i) => { line(r, i + 1, t[0], t.slice(1)); r++; });
  });
  widths(ws, [6, 16, 12, 12, 12, 12, 16]);
  return bk;
});

// 04 星级评定
B.push(function b04(R) {
  const bk = new Book('04-党组织星级评定结果统计.xlsx');
  const ws = bk.sheet('星级评定');
  title(ws, 1, '2025年度两新组织党组织星级评定结果统计表', 9);
  merge(ws, 2, 1, 3, 1, '地区'); merge(ws, 2, 2, 3, 2, '参评党组织数');
  merge(ws, 2, 3, 2, 7, '评定等次（个）'); row(ws, 3, 3, ['五星级', '四星级', '三星级', '二星级', '一星级']);
  merge(ws, 2, 8, 3, 8, '四星级及以上（个）'); merge(ws, 2, 9, 3, 9, '四星级及以上占比（%）');
  const fm = [null, '0', '0', '0', '0', '0', '0', '0', '0.0'];
  const data = CITY_C.map((n) => { const p = R.int(40, 420); const s = R.split(p, [0.08, 0.22, 0.45, 0.18, 0.07]); return [n, p, ...s]; });
  const tot = [1, 2, 3, 4, 5, 6].map((i) => sum(data.map((x) => x[i])));
  const line = (r, name, v) => row(ws, r, 1, [name, ...v, v[1] + v[2], rate(v[1] + v[2], v[0], 1)], fm);
  line(4, '全市', tot); bk.agg(ws, 4, 2, 'total'); bk.agg(ws, 4, 8, 'total'); bk.agg(ws, 4, 9, 'rate', 1);
  data.forEach((x, i) => line(5 + i, x[0], x.slice(1)));
  return bk;
});

// 05 党建示范点 (two complete breakdowns)
B.push(function b05(R) {
  const bk = new Book('05-两新组织党建示范点统计表.xlsx');
  const ws = bk.sheet('示范点');
  title(ws, 1, '两新组织党建示范点建设情况统计表', 8);
  ws.getCell(2, 1).value = '截至2025年9月30日'; ws.getCell(2, 8).value = '单位：个';
  merge(ws, 3, 1, 4, 1, '县（市、区）'); merge(ws, 3, 2, 4, 2, '示范点总数');
  merge(ws, 3, 3, 3, 5, '按级别分'); row(ws, 4, 3, ['省级', '市级', '县级']);
  merge(ws, 3, 6, 3, 7, '按类型分'); row(ws, 4, 6, ['非公企业', '社会组织']);
  merge(ws, 3, 8, 4, 8, '其中：本年新增');
  const data = CITY_A.map((n) => {
    const p = R.int(0, 3), c = R.int(2, 9), k = R.int(6, 30); const t = p + c + k; const f = R.part(t, 0.55, 0.8);
    return [n, t, p, c, k, f, t - f, R.part(t, 0.1, 0.35)];
  });
  let r = 5; data.forEach((x) => { row(ws, r, 1, x, '0'); r++; });
  const tot = [1, 2, 3, 4, 5, 6, 7].map((i) => sum(data.map((x) => x[i])));
  row(ws, r, 1, ['合计', ...tot], '0');
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 4, 'total'); bk.agg(ws, r, 7, 'total');
  return bk;
});

// 06 cross-tab 规模 × 行业, three stacked tables incl. a rate table
B.push(function b06(R) {
  const bk = new Book('06-非公企业规模行业交叉表.xlsx');
  const ws = bk.sheet('规模×行业');
  const inds = ['制造业', '建筑业', '批发和零售业', '信息传输、软件和信息技术服务业', '住宿和餐饮业', '其他行业'];
  const sizes = ['大型企业', '中型企业', '小型企业', '微型企业'];
  const E = sizes.map((s, i) => inds.map(() => [R.int(3, 40), R.int(20, 160), R.int(150, 900), R.int(400, 2600)][i]));
  const C = E.map((rowv, i) => rowv.map((e) => Math.round(e * [R.frac(0.75, 1), R.frac(0.45, 0.8), R.frac(0.12, 0.4), R.frac(0.02, 0.12)][i])));
  const head = ['企业规模', '合计', ...inds];
  let r = 1;
  const table = (label, M, isRate) => {
    ws.getCell(r, 1).value = label; ws.getCell(r, 1).font = { bold: true }; r++;
    row(ws, r, 1, head); r++;
    const colT = inds.map((_, j) => sum(M.map((x) => x[j])));
    const first = r;
    if (!isRate) {
      row(ws, r, 1, ['合计', sum(colT), ...colT], '#,##0'); r++;
      M.forEach((x, i) => { row(ws, r, 1, [sizes[i], sum(x), ...x], '#,##0'); r++; });
    }
    return first;
  };
  const t1 = table('表1  非公有制企业数（按规模、行业分）                单位：户', E);
  bk.agg(ws, t1, 2, 'total'); bk.agg(ws, t1 + 2, 2, 'total');
  r++;
  const t2 = table('表2  已建立党组织的企业数（按规模、行业分）          单位：户', C);
  bk.agg(ws, t2, 4, 'total');
  r++;
  ws.getCell(r, 1).value = '表3  党组织覆盖率（按规模、行业分）                  单位：%'; ws.getCell(r, 1).font = { bold: true }; r++;
  row(ws, r, 1, head); r++;
  const eT = inds.map((_, j) => sum(E.map((x) => x[j]))), cT = inds.map((_, j) => sum(C.map((x) => x[j])));
  row(ws, r, 1, ['合计', rate(sum(cT), sum(eT), 1), ...inds.map((_, j) => rate(cT[j], eT[j], 1))], '0.0'); bk.agg(ws, r, 2, 'rate', 1); r++;
  sizes.forEach((s, i) => { row(ws, r, 1, [s, rate(sum(C[i]), sum(E[i]), 1), ...inds.map((_, j) => rate(C[i][j], E[i][j], 1))], '0.0'); r++; });
  widths(ws, [12, 10, 10, 10, 12, 16, 12, 10]);
  return bk;
});

// 07 社会组织 by 业务主管单位 × 类型
B.push(function b07(R) {
  const bk = new Book('07-社会组织按业务主管单位统计.xlsx');
  const ws = bk.sheet('按业务主管单位');
  title(ws, 1, '全县社会组织党建工作情况统计表（按业务主管单位）', 8);
  ws.getCell(2, 1).value = '填报单位：清河县社会组织综合党委'; ws.getCell(2, 7).value = '2025年6月';
  merge(ws, 3, 1, 4, 1, '业务主管单位');
  merge(ws, 3, 2, 3, 5, '社会组织数（个）'); row(ws, 4, 2, ['合计', '社会团体', '民办非企业单位', '基金会']);
  merge(ws, 3, 6, 4, 6, '已建立党组织的社会组织数（个）'); merge(ws, 3, 7, 4, 7, '党组织覆盖率（%）'); merge(ws, 3, 8, 4, 8, '党员数（名）');
  const units = ['县教育局', '县民政局', '县卫生健康局', '县文化和旅游局', '县科技局', '县工商联', '县体育局', '其他业务主管单位'];
  const data = units.map((u) => {
    const st = R.int(4, 45), mf = R.int(0, 60), fd = R.int(0, 2); const t = st + mf + fd; const c = R.part(t, 0.15, 0.55);
    return [u, t, st, mf, fd, c, rate(c, t, 1), c * R.int(3, 7) + R.int(0, 9)];
  });
  const tot = [1, 2, 3, 4, 5].map((i) => sum(data.map((x) => x[i])));
  const fm = [null, '0', '0', '0', '0', '0', '0.0', '0'];
  let r = 5; row(ws, r, 1, ['合计', ...tot, rate(tot[4], tot[0], 1), sum(data.map((x) => x[7]))], fm);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 6, 'total'); bk.agg(ws, r, 7, 'rate', 1); bk.agg(ws, r, 8, 'total'); r++;
  data.forEach((x) => { row(ws, r, 1, x, fm); r++; });
  return bk;
});

// 08 选派党建指导员
B.push(function b08(R) {
  const bk = new Book('08-选派党建指导员情况.xlsx');
  const ws = bk.sheet('党建指导员');
  title(ws, 1, '向非公企业选派党建工作指导员情况统计表', 7);
  row(ws, 2, 1, ['地区', '非公企业数（户）', '选派党建指导员（名）', '其中：机关干部', '其中：退休干部', '指导员联系企业数（户）', '联系覆盖率（%）']);
  const data = CITY_B.map((n) => {
    const e = R.int(900, 7800); const g = R.int(25, 160); const a = R.part(g, 0.35, 0.6); const b = R.part(g - a, 0.2, 0.6);
    const c = Math.min(e, Math.round(g * R.frac(9, 28)));
    return [n, e, g, a, b, c, rate(c, e, 2)];
  });
  const fm = [null, '#,##0', '0', '0', '0', '#,##0', '0.00'];
  let r = 3; data.forEach((x) => { row(ws, r, 1, x, fm); r++; });
  const tot = [1, 2, 3, 4, 5].map((i) => sum(data.map((x) => x[i])));
  row(ws, r, 1, ['全市', ...tot, rate(tot[4], tot[0], 2)], fm);
  bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 6, 'total'); bk.agg(ws, r, 7, 'rate', 2);
  return bk;
});

// 09 书记兼任出资人
B.push(function b09(R) {
  const bk = new Book('09-党组织书记兼任情况.xlsx');
  const ws = bk.sheet('书记兼任');
  title(ws, 1, '非公企业党组织书记兼任情况统计表', 7);
  ws.getCell(2, 1).value = '填报单位：凤台县委组织部'; 
  row(ws, 3, 1, ['乡镇（园区）', '党组织数（个）', '党组织书记（名）', '其中：出资人或主要经营管理者兼任', '占比（%）', '其中：企业中层以上管理人员兼任', '占比（%）']);
  const names = ['凤城镇', '凤台工业园区', '新集镇', '毛集镇', '朱马店镇', '岳张集镇', '顾桥镇', '李冲回族乡', '杨村镇'];
  const data = names.map((n) => { const o = R.int(8, 95); const s = o - R.int(0, 3); const a = R.part(s, 0.1, 0.35); const b = R.part(s - a, 0.3, 0.7); return [n, o, s, a, rate(a, s, 1), b, rate(b, s, 1)]; });
  const fm = [null, '0', '0', '0', '0.0', '0', '0.0'];
  let r = 4; data.forEach((x) => { row(ws, r, 1, x, fm); r++; });
  const t = [1, 2, 3, 5].map((i) => sum(data.map((x) => x[i])));
  row(ws, r, 1, ['全县合计', t[0], t[1], t[2], rate(t[2], t[1], 1), t[3], rate(t[3], t[1], 1)], fm);
  bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 5, 'rate', 1); bk.agg(ws, r, 6, 'total');
  return bk;
});

// 10 党员 by 企业规模 with share columns
B.push(function b10(R) {
  const bk = new Book('10-非公企业党员按规模分布.xlsx');
  const ws = bk.sheet('按规模');
  title(ws, 1, '非公有制企业党员分布情况（按企业规模）', 7);
  ws.getCell(2, 1).value = '填报单位：南岸区'; 
  row(ws, 3, 1, ['企业规模', '企业数（户）', '占比（%）', '党员数（名）', '占比（%）', '平均每户党员数（名）', '已建立党组织企业数（户）']);
  const sizes = ['大型企业', '中型企业', '小型企业', '微型企业'];
  const e = [R.int(8, 30), R.int(90, 300), R.int(900, 2400), R.int(3000, 9000)];
  const p = [R.int(300, 1400), R.int(500, 1700), R.int(900, 2600), R.int(300, 1500)];
  const c = [e[0] - R.int(0, 3), Math.round(e[1] * R.frac(0.5, 0.8)), Math.round(e[2] * R.frac(0.15, 0.35)), Math.round(e[3] * R.frac(0.01, 0.05))];
  const E = sum(e), P = sum(p), C = sum(c);
  const fm = [null, '#,##0', '0.0', '#,##0', '0.0', '0.00', '#,##0'];
  row(ws, 4, 1, ['合计', E, 100, P, 100, rnd(P / E, 2), C], fm);
  bk.agg(ws, 4, 2, 'total'); bk.agg(ws, 4, 4, 'total'); bk.agg(ws, 4, 7, 'total');
  sizes.forEach((s, i) => row(ws, 5 + i, 1, [s, e[i], rate(e[i], E, 1), p[i], rate(p[i], P, 1), rnd(p[i] / e[i], 2), c[i]], fm));
  bk.agg(ws, 6, 5, 'rate', 1);
  return bk;
});

module.exports = B;
