// Two label columns: 乡镇 | 村/社区 with town subtotal rows and a grand total.
'use strict';
const L = require('./lib');
const { ExcelJS, rng, rd, pct, sum, TOWNS } = L;
const G = 'gen4';

function townData(r, towns, kmin, kmax) {
  return towns.map((t) => ({ t, vs: L.villages(r, r.int(kmin, kmax)).map((v) => { const p = r.int(20, 160); return { v, p, f: Math.round(p * r.real(0.12, 0.33)), y: Math.round(p * r.real(0.05, 0.22)), b: r.int(1, 4), d: r.int(0, 3) }; }) }));
}
const agg = (vs) => ({ p: sum(vs.map((x) => x.p)), f: sum(vs.map((x) => x.f)), y: sum(vs.map((x) => x.y)), b: sum(vs.map((x) => x.b)), d: sum(vs.map((x) => x.d)) });
(async () => {
  // 19. town row on top (村 column blank), villages under, 全县合计 top
  {
    const r = rng(401);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('村级党员');
    ws.getCell('A1').value = '全县村（社区）党员队伍情况'; ws.mergeCells('A1:H1');
    ['乡镇', '村/社区', '党员总数', '其中：女党员', '女党员占比（%）', '其中：35岁及以下', '党支部数', '当年发展党员数'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const td = townData(r, TOWNS.slice(0, 5), 4, 8);
    const all = agg(td.flatMap((x) => x.vs));
    const line = (a, b, x) => [a, b, x.p, x.f, pct(x.f, x.p), x.y, x.b, x.d];
    const rows = [line('全县合计', null, all)];
    let pc;
    for (const t of td) { rows.push(line(t.t, null, agg(t.vs))); for (const v of t.vs) { rows.push(line(null, v.v, v)); if (!pc && t.t === TOWNS[2]) pc = 'C' + (2 + rows.length); } }
    L.writeRows(ws, rows, 3); L.fmtRange(ws, 3, 2 + rows.length, 5, 5, '0.0');
    await L.save(wb, '19_乡镇村两列_镇行在上.xlsx', { sheet: '村级党员', cell: pc, planted: (v) => v + 8, what: '村 党员总数 +8 (town subtotal, 女占比)' }, G);
  }
  // 20. 片区 merged down, 小计 rows after each group, 全镇合计 at bottom
  {
    const r = rng(402);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('全镇');
    ws.getCell('A1').value = '东岭镇2024年各村（社区）基本情况'; ws.mergeCells('A1:G1');
    ['片区', '村（社区）', '户数', '户籍人口', '党员数', '村集体经济收入（万元）', '人均集体收入（元）'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const pian = ['东片', '西片', '南片', '北片'];
    let rr = 3; const subs = []; let pc;
    for (const p of pian) {
      const vs = L.villages(r, r.int(3, 6)).map((v) => { const h = r.int(200, 900); const pop = Math.round(h * r.real(2.6, 3.4)); const inc = r.real(5, 80); return { v, h, pop, pm: r.int(25, 120), inc }; });
      const start = rr;
      for (const v of vs) { L.writeRows(ws, [[null, v.v, v.h, v.pop, v.pm, { v: rd(v.inc, 2), fmt: '0.00' }, rd(v.inc * 10000 / v.pop, 0)]], rr); rr++; }
      ws.getCell(start, 1).value = p; ws.mergeCells(start, 1, rr, 1);
      const s = { h: sum(vs.map((x) => x.h)), pop: sum(vs.map((x) => x.pop)), pm: sum(vs.map((x) => x.pm)), inc: sum(vs.map((x) => rd(x.inc, 2))) };
      L.writeRows(ws, [[null, '小计', s.h, s.pop, s.pm, { v: rd(s.inc, 2), fmt: '0.00' }, rd(s.inc * 10000 / s.pop, 0)]], rr); rr++;
      subs.push(s);
      if (p === '南片') pc = 'D' + (start + 1);
    }
    const T = { h: sum(subs.map((x) => x.h)), pop: sum(subs.map((x) => x.pop)), pm: sum(subs.map((x) => x.pm)), inc: sum(subs.map((x) => x.inc)) };
    L.writeRows(ws, [['全镇合计', null, T.h, T.pop, T.pm, { v: rd(T.inc, 2), fmt: '0.00' }, rd(T.inc * 10000 / T.pop, 0)]], rr);
    ws.mergeCells(rr, 1, rr, 2);
    L.border(ws, 2, rr, 1, 7);
    await L.save(wb, '20_片区合并单元格小计全镇合计.xlsx', { sheet: '全镇', cell: pc, planted: (v) => Math.round(v * 1.07), what: '户籍人口 +7% (小计, 人均)' }, G);
  }
  // 21. town typed on every row, subtotal row with 村 column "小计" at bottom of each group, 总计 at top
  {
    const r = rng(403);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = '村级组织换届选举情况统计'; ws.mergeCells('A1:G1');
    ['乡镇', '村/社区', '应选村（居）委委员数', '实选委员数', '其中：女性委员', '选民登记数', '参选率（%）'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const td = TOWNS.slice(4, 9).map((t) => ({ t, vs: L.villages(r, r.int(3, 7)).map((v) => { const a = r.int(5, 7); const s = a - (r.f ? 0 : 0) - (r.int(0, 5) === 0 ? 1 : 0); const e = r.int(800, 4000); const c = Math.round(e * r.real(0.85, 0.97)); return { v, a, s, w: r.int(1, 3), e, c }; }) }));
    const line = (a, b, x) => [a, b, x.a, x.s, x.w, x.e, pct(x.c, x.e)];
    const ag = (vs) => ({ a: sum(vs.map((x) => x.a)), s: sum(vs.map((x) => x.s)), w: sum(vs.map((x) => x.w)), e: sum(vs.map((x) => x.e)), c: sum(vs.map((x) => x.c)) });
    const rows = [line('总计', null, ag(td.flatMap((x) => x.vs)))];
    let pc;
    for (const t of td) { for (const v of t.vs) rows.push(line(t.t, v.v, v)); rows.push(line(t.t, '小计', ag(t.vs))); if (t.t === TOWNS[6]) pc = 'D' + (2 + rows.length - 2); }
    L.writeRows(ws, rows, 3); L.fmtRange(ws, 3, 2 + rows.length, 7, 7, '0.0');
    await L.save(wb, '21_乡镇每行重复小计在下.xlsx', { sheet: 'Sheet1', cell: pc, planted: (v) => v + 7, what: '实选委员数 +7 (> 应选, 小计)' }, G);
  }
  // 22. CSV GBK: 乡镇 | 村 with town row as subtotal (村 col "全镇"), 全县 at bottom
  {
    const r = rng(404);
    const td = townData(r, TOWNS.slice(6, 11), 3, 6);
    const rows = [['乡镇', '村（社区）', '党员总数', '女党员', '35岁及以下', '党支部数', '发展党员']];
    const line = (a, b, x) => [a, b, x.p, x.f, x.y, x.b, x.d];
    let pc;
    for (const t of td) { rows.push(line(t.t, '全镇', agg(t.vs))); for (const v of t.vs) rows.push(line('', v.v, v)); if (t.t === TOWNS[8]) pc = rows.length - 2; }
    rows.push(line('全县', '', agg(td.flatMap((x) => x.vs))));
    L.saveCsv(rows, '22_乡镇村两列_gbk.csv', 'gbk', { r: pc, c: 3, planted: Number(rows[pc][3]) + 7, what: '女党员 +7 (town row)' }, G);
  }
})();
