const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, save, put, title, towns, districts, counties } = C;
const units = ['市直机关工委', '市国资委党委', '市教育工委', ...districts, ...counties];
async function main() {
  // P01 党员发展 by quarter with 全年
  await save('p01_fazhan_quarter.xlsx', async wb => {
    const ws = wb.addWorksheet('发展党员');
    title(ws, '2024年各单位发展党员情况（分季度）', '单位：名', 10);
    put(ws, 3, [['单位', '全年发展党员', '一季度', '二季度', '三季度', '四季度', '其中：女', '35岁及以下', '大专及以上学历', '35岁及以下占比（%）']]);
    const rows = units.map(u => { const q = [ri(0, 40), ri(5, 90), ri(0, 30), ri(10, 120)]; const t = sum(q); return [u, t, ...q, Math.round(t * rf(0.35, 0.55)), Math.round(t * rf(0.7, 0.9)), Math.round(t * rf(0.5, 0.95))]; });
    const tot = ['合计', ...[1, 2, 3, 4, 5, 6, 7, 8].map(j => colsum(rows, j))];
    put(ws, 4, [tot, ...rows].map(x => [...x, pct(x[7], x[1], 1)]), [null, '0', '0', '0', '0', '0', '0', '0', '0', '0.0']);
  });
  // P02 党组织书记 by 学历 and 年龄 with 平均年龄
  await save('p02_shuji_edu_age.xlsx', async wb => {
    const ws = wb.addWorksheet('书记结构');
    title(ws, '基层党组织书记学历及年龄结构', '单位：名、岁', 12);
    put(ws, 3, [['单位', '书记总数', '学历', null, null, null, null, '年龄', null, null, null, '平均年龄'], [null, null, '研究生', '大学本科', '大学专科', '中专', '高中及以下', '35岁及以下', '36—45岁', '46—55岁', '56岁及以上', null]]);
    ws.mergeCells('A3:A4'); ws.mergeCells('B3:B4'); ws.mergeCells('C3:G3'); ws.mergeCells('H3:K3'); ws.mergeCells('L3:L4');
    let TA = 0, TN = 0;
    const rows = units.map(u => {
      const n = ri(40, 420); const ages = Array.from({ length: n }, () => ri(27, 62)); const ag = [0, 0, 0, 0]; ages.forEach(a => ag[a <= 35 ? 0 : a <= 45 ? 1 : a <= 55 ? 2 : 3]++);
      const e = [Math.round(n * rf(0.02, 0.12)), Math.round(n * rf(0.3, 0.5)), Math.round(n * rf(0.15, 0.3)), Math.round(n * rf(0.03, 0.1))]; e.push(n - sum(e));
      const S = sum(ages); TA += S; TN += n; return [u, n, ...e, ...ag, r(S / n, 1)];
    });
    const tot = ['合计', ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(j => colsum(rows, j)), r(TA / TN, 1)];
    put(ws, 5, [tot, ...rows], [null, '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0.0']);
  });
  // P03 两新组织 党组织 by 行业门类 (20) with 小计
  await save('p03_liangxin_hangye.xlsx', async wb => {
    const ws = wb.addWorksheet('行业门类');
    title(ws, '非公有制企业党组织按行业门类分布情况', '', 6);
    put(ws, 3, [['行业门类', '法人单位数（个）', '已建立党组织的单位（个）', '党组织覆盖率（%）', '党组织数（个）', '党员数（名）']]);
    const sec2 = ['B 采矿业', 'C 制造业', 'D 电力、热力、燃气及水生产和供应业', 'E 建筑业'];
    const sec3 = ['F 批发和零售业', 'G 交通运输、仓储和邮政业', 'H 住宿和餐饮业', 'I 信息传输、软件和信息技术服务业', 'J 金融业', 'K 房地产业', 'L 租赁和商务服务业', 'M 科学研究和技术服务业', 'N 水利、环境和公共设施管理业', 'O 居民服务、修理和其他服务业', 'P 教育', 'Q 卫生和社会工作', 'R 文化、体育和娱乐业', 'S 公共管理、社会保障和社会组织', 'T 国际组织'];
    const mk = n => { const u = n.startsWith('T') ? 0 : ri(20, 5200); const c = Math.round(u * rf(0.05, 0.4)); return [n, u, c, Math.round(c * rf(1, 1.3)), Math.round(c * rf(3, 9))]; };
    const A = mk('A 农、林、牧、渔业'); const S2 = sec2.map(mk), S3 = sec3.map(mk);
    const sub = (n, rs) => [n, ...[1, 2, 3, 4].map(j => colsum(rs, j))];
    const s2 = sub('第二产业小计', S2), s3 = sub('第三产业小计', S3);
    const T = sub('合计', [A, s2, s3]);
    const f = x => [x[0], x[1], x[2], x[1] ? pct(x[2], x[1], 1) : '—', x[3], x[4]];
    put(ws, 4, [T, ['第一产业'], A, s2, ...S2, s3, ...S3].map(x => x.length > 1 ? f(x) : x), [null, '0', '0', '0.0', '0', '0']);
  });
  // P04 党费收缴 万元 with 人均
  await save('p04_dangfei_wanyuan.xlsx', async wb => {
    const ws = wb.addWorksheet('党费');
    title(ws, '2024年度党费收缴情况', '', 6);
    put(ws, 3, [['单位', '党员人数（名）', '应缴党费（万元）', '实缴党费（万元）', '收缴率（%）', '人均缴纳（元）']]);
    const raw = units.map(u => { const n = ri(800, 26000); const due = Math.round(n * rf(300, 900) * 100) / 100; const paid = Math.round(due * rf(0.985, 1) * 100) / 100; return [u, n, due, paid]; });
    const T = ['合计', sum(raw.map(x => x[1])), sum(raw.map(x => x[2])), sum(raw.map(x => x[3]))];
    const f = x => { const d = r(x[2] / 1e4, 2), p = r(x[3] / 1e4, 2); return [x[0], x[1], d, p, pct(x[3], x[2], 2), r(x[3] / x[1], 2)]; };
    put(ws, 4, [f(T), ...raw.map(f)], [null, '0', '0.00', '0.00', '0.00', '0.00']);
  });
  // P05 社会组织 by 登记机关 level with overlapping 其中
  await save('p05_shehui_zuzhi_level.xlsx', async wb => {
    const ws = wb.addWorksheet('社会组织');
    title(ws, '社会组织及党组织建设情况（按登记管理机关）', '单位：个', 6);
    put(ws, 3, [['登记管理机关', '社会组织合计', '社会团体', '民办非企业单位', '基金会', '已建党组织']]);
    const lv = ['省级登记', '市级登记', '县级登记'].map(n => { const a = ri(200, 3000), b = ri(300, 4000), c = n === '县级登记' ? 0 : ri(5, 80); return [n, a + b + c, a, b, c, Math.round((a + b + c) * rf(0.2, 0.5))]; });
    const T = ['总计', ...[1, 2, 3, 4, 5].map(j => colsum(lv, j))];
    const ci = T.map((v, j) => j === 0 ? null : Math.round(v * rf(0.08, 0.15)));
    const cs = ci.map((v, j) => j === 0 ? null : Math.round(v * rf(0.2, 0.5)));
    const hx = T.map((v, j) => j === 0 ? null : Math.round(v * rf(0.1, 0.2)));
    ci[0] = '其中：慈善组织'; cs[0] = '其中：具有公开募捐资格的慈善组织'; hx[0] = '其中：行业协会商会';
    [ci, cs, hx].forEach(x => { x[1] = x[2] + x[3] + x[4]; x[4] = Math.min(x[4], T[4]); x[1] = x[2] + x[3] + x[4]; });
    hx[3] = 0; hx[4] = 0; hx[1] = hx[2];
    put(ws, 4, [T, ...lv.map(x => ['  ' + x[0], ...x.slice(1)]), ci, cs, hx]);
  });
  // P06 入党时间 with date-like labels and 占比
  await save('p06_rudang_shijian.xlsx', async wb => {
    const ws = wb.addWorksheet('入党时间');
    title(ws, '党员按入党时间分组情况', '', 4);
    put(ws, 3, [['入党时间', '党员数（名）', '占党员总数比重（%）', '其中：女党员']]);
    const per = ['1949年9月及以前', '1949.10—1966.4', '1966.5—1976.10', '1976.11—1978.12', '1979.1—2002.10', '2002.11—2012.10', '2012.11—2017.10', '2017.11—2022.10', '2022.11及以后'];
    const rows = per.map((p, i) => { const n = [12, 900, 2100, 1200, 26000, 31000, 14000, 12800, 5200][i] + ri(0, 400); return [p, n, null, Math.round(n * rf(0.2, 0.4))]; });
    const T = ['总计', colsum(rows, 1), 100, colsum(rows, 3)];
    rows.forEach(x => x[2] = pct(x[1], T[1], 2));
    put(ws, 4, [T, ...rows], [null, '0', '0.00', '0']);
  });
  // P07 村"两委" 一肩挑 交叉任职
  await save('p07_yijiantiao.xlsx', async wb => {
    const ws = wb.addWorksheet('村两委');
    title(ws, '村（社区）“两委”换届后班子结构情况', '', 8);
    put(ws, 3, [['乡镇', '村（社区）数', '书记、主任“一肩挑”', '“一肩挑”比例（%）', '“两委”成员（名）', '交叉任职（名）', '交叉任职比例（%）', '平均每村“两委”成员（名）']]);
    const rows = towns.map(t => { const v = ri(8, 32); const y = v - ri(0, 2); const m = v * ri(5, 7) + ri(0, 6); const c = Math.round(m * rf(0.3, 0.5)); return [t, v, y, null, m, c]; });
    const T = ['全县', colsum(rows, 1), colsum(rows, 2), null, colsum(rows, 4), colsum(rows, 5)];
    const f = x => [x[0], x[1], x[2], pct(x[2], x[1], 1), x[4], x[5], pct(x[5], x[4], 1), r(x[4] / x[1], 1)];
    put(ws, 4, [f(T), ...rows.map(f)], [null, '0', '0', '0.0', '0', '0', '0.0', '0.0']);
  });
  // P08 stacked: 人数 row then 构成 row per region (学历)
  await save('p08_stacked_count_pct.xlsx', async wb => {
    const ws = wb.addWorksheet('学历');
    title(ws, '党员学历结构（人数及构成）', '', 7);
    put(ws, 3, [['单位', '项目', '合计', '研究生', '大学本科', '大学专科', '中专及以下']]);
    const data = [...districts, ...counties].map(u => { const e = [ri(100, 1800), ri(3000, 16000), ri(2000, 9000), ri(3000, 14000)]; return [u, sum(e), ...e]; });
    const T = ['全市', ...[1, 2, 3, 4, 5].map(j => colsum(data, j))];
    let rr = 4;
    for (const x of [T, ...data]) {
      put(ws, rr, [[x[0], '人数（名）', ...x.slice(1)], [null, '构成（%）', 100, ...x.slice(2).map(v => pct(v, x[1], 1))]], [null, null, '0', '0', '0', '0', '0']);
      for (let j = 3; j <= 7; j++) ws.getCell(rr + 1, j).numFmt = '0.0';
      ws.mergeCells(rr, 1, rr + 1, 1); rr += 2;
    }
  });
  // P09 党费 by month with 累计 (万元)
  await save('p09_dangfei_monthly_cum.xlsx', async wb => {
    const ws = wb.addWorksheet('月度党费');
    title(ws, '2024年党费收缴分月情况', '单位：万元', 5);
    put(ws, 3, [['月份', '本月收缴', '累计收缴', '上年同期累计', '累计同比增长（%）']]);
    let c = 0, pc = 0; const rows = [];
    for (let m = 1; m <= 12; m++) { const v = ri(3000000, 9000000) + (m % 3 === 0 ? 5000000 : 0); const pv = Math.round(v * rf(0.9, 1.05)); c += v; pc += pv; const C2 = r(c / 1e6, 2), P2 = r(pc / 1e6, 2); rows.push([m + '月', r(v / 1e6, 2), C2, P2, pct(C2 - P2, P2, 1)]); }
    put(ws, 4, rows, [null, '0.00', '0.00', '0.00', '0.0']);
  });
  // P10 党员 by 性别 民族 per unit with 女性占比 and 少数民族占比, total row LAST titled 总计
  await save('p10_gender_minority_last_total.xlsx', async wb => {
    const ws = wb.addWorksheet('党员构成');
    title(ws, '党员性别、民族构成', '', 7);
    put(ws, 3, [['单位', '党员总数', '女党员', '女党员占比（%）', '少数民族党员', '少数民族占比（%）', '比上年末增减（名）']]);
    const rows = units.map(u => { const n = ri(900, 30000); return [u, n, Math.round(n * rf(0.22, 0.42)), Math.round(n * rf(0.005, 0.09)), ri(-120, 600)]; });
    const T = ['总计', ...[1, 2, 3, 4].map(j => colsum(rows, j))];
    put(ws, 4, [...rows, T].map(x => [x[0], x[1], x[2], pct(x[2], x[1], 1), x[3], pct(x[3], x[1], 2), x[4]]), [null, '0', '0', '0.0', '0', '0.00', '0']);
  });
}
main().catch(e => { console.error(e); process.exit(1); });
