// Same form filled per town, one sheet each, plus a 汇总 sheet.
'use strict';
const L = require('./lib');
const { ExcelJS, rng, rd, growth, pct, sum, TOWNS } = L;
const G = 'gen2';

(async () => {
  // 7. 乡镇农业生产 per-town form + 汇总
  {
    const r = rng(201);
    const towns = TOWNS.slice(0, 5);
    const wb = new ExcelJS.Workbook();
    const defs = [
      ['粮食播种面积', '01', '亩', 0], ['　其中：稻谷', '02', '亩', 0], ['　　　　小麦', '03', '亩', 0], ['　　　　玉米', '04', '亩', 0],
      ['粮食总产量', '05', '吨', 1], ['油料产量', '06', '吨', 1], ['生猪出栏', '07', '头', 0], ['年末生猪存栏', '08', '头', 0], ['农村居民人均可支配收入', '09', '元', 0],
    ];
    const data = towns.map(() => {
      const area = r.int(30000, 80000), areaP = Math.round(area / r.real(0.97, 1.04));
      const sh = [0.45, 0.2, 0.25].map((x) => x * r.real(0.8, 1.1));
      const v = (a) => sh.map((s) => Math.round(a * s));
      const out = area * r.real(0.38, 0.45), outP = areaP * r.real(0.37, 0.44);
      const pig = r.int(20000, 60000), pigP = Math.round(pig / r.real(0.9, 1.1));
      const pop = r.int(20000, 50000);
      return { pop, cur: [area, ...v(area), out, r.real(1500, 4000), pig, Math.round(pig * 0.62), r.real(17000, 22000)], prev: [areaP, ...v(areaP), outP, r.real(1500, 4000), pigP, Math.round(pigP * 0.6), r.real(16000, 21000)] };
    });
    const sheetPos = {};
    const mk = (name, cur, prev) => {
      const ws = wb.addWorksheet(name);
      ws.views = [{ state: 'frozen', ySplit: 7 }];
      const { pos } = L.formSheet(ws, {
        title: '乡镇农业生产情况', header: ['指标名称', '代码', '计量单位', '本年', '上年', '增减（%）'],
        meta: [[null, '表　　号：乡农01表'], ['填报单位：' + (name === '汇总' ? '柳溪县农业农村局' : name + '人民政府'), '制表机关：柳溪县统计局'], ['2024年', '有效期至：2025年12月']],
        items: defs.map(([label, code, unit, d], i) => ({ label, code, unit, d, cur: cur[i], prev: prev[i] })),
        cols: (it, c, p, d) => [it.label, it.code, it.unit, { v: c, fmt: d ? '0.0' : '0' }, { v: p, fmt: d ? '0.0' : '0' }, { v: growth(it.cur, it.prev, 1), fmt: '0.0' }],
        footer: '单位负责人：　　　　　统计负责人：　　　　　填表人：　　　　　报出日期：2025年1月8日',
      });
      sheetPos[name] = pos;
    };
    towns.forEach((t, i) => mk(t, data[i].cur, data[i].prev));
    // 汇总: sums of precise values, income weighted by population
    const tot = (k) => defs.map((d, j) => j === 8 ? sum(data.map((x) => x[k][j] * x.pop)) / sum(data.map((x) => x.pop)) : (d[3] ? sum(data.map((x) => x[k][j])) : sum(data.map((x) => x[k][j]))));
    mk('汇总', tot('cur'), tot('prev'));
    await L.save(wb, '07_乡镇农业生产_分镇加汇总.xlsx', { sheet: TOWNS[2], cell: 'D' + sheetPos[TOWNS[2]]['粮食总产量'], planted: (v) => rd(v * 1.07, 1), what: '西河乡 粮食总产量 本年 +7% (growth, 汇总)' }, G);
  }
  // 8. 村党组织基本情况 per town sheet (villages) + 汇总 (towns)
  {
    const r = rng(202);
    const towns = TOWNS.slice(3, 8);
    const wb = new ExcelJS.Workbook();
    const head = ['村（社区）', '党员总数', '其中：女党员', '其中：35岁及以下', '少数民族党员', '当年发展党员', '书记主任“一肩挑”'];
    const townTot = [];
    let plantCell = null;
    towns.forEach((t, ti) => {
      const ws = wb.addWorksheet(t);
      ws.getCell('A1').value = t + '村（社区）党组织基本情况统计表'; ws.mergeCells('A1:G1');
      ws.getCell('A2').value = '填报单位（盖章）：' + t + '党委'; ws.getCell('F2').value = '截至2024年12月31日';
      head.forEach((h, j) => { ws.getCell(3, j + 1).value = h; });
      const vs = L.villages(r, r.int(7, 12));
      const rows = vs.map((v) => { const n = r.int(25, 140); return [v, n, Math.round(n * r.real(0.15, 0.32)), Math.round(n * r.real(0.08, 0.25)), r.int(0, 4), r.int(0, 4), r.pick(['是', '是', '否'])]; });
      L.writeRows(ws, rows, 4);
      const last = 4 + rows.length;
      const t2 = [1, 2, 3, 4, 5].map((j) => sum(rows.map((x) => x[j])));
      ws.getCell(last, 1).value = '合计';
      t2.forEach((v, j) => { const col = L.colName(j + 2); ws.getCell(last, j + 2).value = { formula: `SUM(${col}4:${col}${last - 1})`, result: v }; });
      ws.getCell(last, 7).value = rows.filter((x) => x[6] === '是').length + '个';
      L.border(ws, 3, last, 1, 7);
      ws.getCell(last + 2, 1).value = '填表人：　　　　审核人：　　　　填报日期：2025年1月6日';
      townTot.push(t2);
      if (ti === 1) plantCell = 'B' + (5);
    });
    const ws = wb.addWorksheet('汇总');
    ws.getCell('A1').value = '全县村（社区）党组织基本情况汇总表'; ws.mergeCells('A1:F1');
    ['乡镇（街道）', '党员总数', '其中：女党员', '其中：35岁及以下', '少数民族党员', '当年发展党员'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const rows = towns.map((t, i) => [t, ...townTot[i]]);
    L.writeRows(ws, rows, 3);
    const n = 3 + rows.length;
    ws.getCell(n, 1).value = '全县合计';
    [0, 1, 2, 3, 4].forEach((j) => { const col = L.colName(j + 2); ws.getCell(n, j + 2).value = { formula: `SUM(${col}3:${col}${n - 1})`, result: sum(townTot.map((x) => x[j])) }; });
    L.border(ws, 2, n, 1, 6);
    await L.save(wb, '08_村党组织基本情况_分镇加汇总.xlsx', { sheet: towns[1], cell: plantCell, planted: (v) => v + 8, what: '一个村 党员总数 +8 (town 合计 formula cached stale)' }, G);
  }
  // 9. 人口变动 per town sheet + 汇总, 年末 = 年初+出生-死亡+迁入-迁出
  {
    const r = rng(203);
    const towns = TOWNS.slice(6, 10);
    const wb = new ExcelJS.Workbook();
    const head = ['村（社区）', '年初户籍人口', '出生', '死亡', '迁入', '迁出', '年末户籍人口'];
    const tt = [];
    let pc;
    towns.forEach((t, ti) => {
      const ws = wb.addWorksheet(t);
      ws.getCell('A1').value = t + '2024年户籍人口变动情况'; ws.mergeCells('A1:G1');
      ws.getCell('G2').value = '单位：人';
      head.forEach((h, j) => { ws.getCell(3, j + 1).value = h; });
      const rows = L.villages(r, r.int(6, 10)).map((v) => { const p = r.int(800, 4500); const b = Math.round(p * r.real(0.004, 0.011)), d = Math.round(p * r.real(0.006, 0.012)), i = r.int(3, 60), o = r.int(10, 90); return [v, p, b, d, i, o, p + b - d + i - o]; });
      const tot = [1, 2, 3, 4, 5, 6].map((j) => sum(rows.map((x) => x[j])));
      L.writeRows(ws, [['合计', ...tot], ...rows], 4);
      L.border(ws, 3, 4 + rows.length, 1, 7);
      tt.push(tot);
      if (ti === 2) pc = 'E7';
    });
    const ws = wb.addWorksheet('汇总');
    ws.getCell('A1').value = '全县分乡镇户籍人口变动情况'; ws.mergeCells('A1:G1'); ws.getCell('G2').value = '单位：人';
    ['乡镇', ...head.slice(1)].forEach((h, j) => { ws.getCell(3, j + 1).value = h; });
    L.writeRows(ws, [['总计', ...[0, 1, 2, 3, 4, 5].map((j) => sum(tt.map((x) => x[j])))], ...towns.map((t, i) => [t, ...tt[i]])], 4);
    L.border(ws, 3, 4 + towns.length, 1, 7);
    await L.save(wb, '09_户籍人口变动_分镇加汇总.xlsx', { sheet: towns[2], cell: pc, planted: (v) => v + 9, what: '一个村 迁入 +9 (合计 and 年末 balance)' }, G);
  }
  // 10. 社会组织党建 per-town sheets with coverage rate, 汇总 with recomputed rate
  {
    const r = rng(204);
    const towns = TOWNS.slice(0, 6);
    const wb = new ExcelJS.Workbook();
    const head = ['类别', '社会组织数', '已建党组织数', '党组织覆盖率（%）', '党员数'];
    const cats = ['社会团体', '民办非企业单位', '基金会'];
    const agg = cats.map(() => [0, 0, 0]);
    towns.forEach((t) => {
      const ws = wb.addWorksheet(t);
      ws.getCell('A1').value = t + '社会组织党建工作情况'; ws.mergeCells('A1:E1');
      head.forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
      const rows = cats.map((c, i) => { const n = i === 2 ? r.int(0, 2) : r.int(6, 40); const k = Math.round(n * r.real(0.4, 0.9)); const p = r.int(k, k * 6 + 3); agg[i][0] += n; agg[i][1] += k; agg[i][2] += p; return [c, n, k, n ? rd(k / n * 100, 1) : '—', p]; });
      const N = sum(rows.map((x) => x[1])), K = sum(rows.map((x) => x[2])), P = sum(rows.map((x) => x[4]));
      L.writeRows(ws, [['合计', N, K, rd(K / N * 100, 1), P], ...rows], 3);
      L.fmtRange(ws, 3, 6, 4, 4, '0.0');
      L.border(ws, 2, 6, 1, 5);
    });
    const ws = wb.addWorksheet('汇总');
    ws.getCell('A1').value = '全县社会组织党建工作情况汇总'; ws.mergeCells('A1:E1');
    head.forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const N = sum(agg.map((x) => x[0])), K = sum(agg.map((x) => x[1])), P = sum(agg.map((x) => x[2]));
    L.writeRows(ws, [['合计', N, K, rd(K / N * 100, 1), P], ...cats.map((c, i) => [c, agg[i][0], agg[i][1], rd(agg[i][1] / agg[i][0] * 100, 1), agg[i][2]])], 3);
    L.fmtRange(ws, 3, 6, 4, 4, '0.0');
    L.border(ws, 2, 6, 1, 5);
    await L.save(wb, '10_社会组织党建_分镇加汇总.xlsx', { sheet: '汇总', cell: 'D4', planted: (v) => rd(v + 5, 1), what: '汇总 社会团体 覆盖率 +5 points' }, G);
  }
})();
