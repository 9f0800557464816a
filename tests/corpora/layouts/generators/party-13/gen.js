const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
let seed = 19019;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function rate(n, d, dec) { if (!d) return 0; const f = Math.pow(10, dec); return Math.round(n * 100 * f / d) / f; }
function frac(n, d, dec) { const f = Math.pow(10, dec); return Math.round(n * f / d) / f; }
const TOWNS = ['城关镇','新华街道','东城街道','西城街道','龙泉镇','石桥镇','白沙乡','黄庄镇','马村乡','青山镇','河口镇','柳林乡','桃园街道','金山镇','杨集镇','高坪乡'];
const COUNTIES = ['长安区','临川县','凤翔县','永宁县','宜阳区','安平县','清河县','武城县','平原县','夏津县'];
const CITIES = ['东州市','南江市','西岭市','北原市','中平市','江阳市','海川市','云山市'];
function pick(arr, k) { const a = arr.slice(); const out = []; while (out.length < k) out.push(a.splice(ri(0, a.length - 1), 1)[0]); return out; }
// one unit's enterprise figures
function ent(scale = 1) {
  const N = ri(30, 400) * scale;
  const E = Math.floor(N * (0.3 + rnd() * 0.4));          // 应建
  const S = Math.floor(E * (0.4 + rnd() * 0.4));          // 单独建立
  const Lent = Math.min(N - S, ri(3, 40) * scale);        // 联合建立覆盖企业
  const Lorg = Math.max(1, Math.floor(Lent / ri(2, 5)));  // 联合党组织数
  const B = S + Lent;                                    // 已建党组织企业数
  const M = ri(2, 8) * S + ri(1, 3) * Lent + ri(0, 30);  // 党员
  const W = Math.floor((N - B) * (0.3 + rnd() * 0.5));   // 无党员企业
  const G = ri(2, 30) * scale;                           // 党建指导员
  const newOrg = ri(0, 12) * scale;
  return { N, E, S, Lent, Lorg, B, O: S + Lorg, M, W, G, newOrg };
}
function soc(scale = 1) {
  const a = ri(10, 120) * scale, b = ri(10, 200) * scale, c = ri(0, 8) * scale;
  const T = a + b + c;
  const K = Math.floor(T * (0.2 + rnd() * 0.6));
  const M = ri(20, 400) * scale;
  return { a, b, c, T, K, M };
}
function sumObj(list) { const o = {}; for (const x of list) for (const k in x) if (typeof x[k] === 'number') o[k] = (o[k] || 0) + x[k]; return o; }
const files = [];
// helpers
function wbNew() { const wb = new ExcelJS.Workbook(); wb.creator = 'org'; return wb; }
function put(ws, r, c, v, fmt) { const cell = ws.getCell(r, c); cell.value = v; if (fmt) cell.numFmt = fmt; return cell; }
function addr(r, c) { return colL(c) + r; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function title(ws, text, ncol, r = 1) { put(ws, r, 1, text); ws.mergeCells(r, 1, r, ncol); }
// generic flat table: cols = [{h, f:(d)=>value, fmt, kind}], rows=[{name,d}], total placement
function table(ws, startRow, headers, cols, rows, opts = {}) {
  // headers: array of header rows (each array of strings aligned to columns incl label col), merges given in opts.merges relative
  let r = startRow;
  for (const hr of headers) { hr.forEach((h, i) => { if (h != null) put(ws, r, i + 1, h); }); r++; }
  for (const m of (opts.merges || [])) ws.mergeCells(startRow + m[0], m[1], startRow + m[2], m[3]);
  const cand = [];
  const rowAt = {};
  for (const row of rows) {
    if (row.blank) { r++; continue; }
    const lab = Array.isArray(row.name) ? row.name : [row.name];
    lab.forEach((t, i) => put(ws, r, i + 1, t));
    cols.forEach((c, j) => {
      if (c.skip) return;
      const colIdx = c.col || (lab.length + j + 1);
      const v = c.f(row.d, row);
      if (v === undefined) return;
      put(ws, r, colIdx, v, c.fmt);
      if (c.kind && typeof row.d === 'object' && !row.noPlant) cand.push({ cell: addr(r, colIdx), kind: c.kind, row: row.role || 'member' });
    });
    if (row.hidden) ws.getRow(r).hidden = true;
    rowAt[row.key || row.name] = r;
    r++;
  }
  return { next: r, cand, rowAt };
}
async function save(wb, name, cand) {
  await wb.xlsx.writeFile(path.join(__dirname, 'clean', name));
  files.push({ name, cand });
}
const builders = [];
function B(fn) { builders.push(fn); }

// 1 basic county -> towns, coverage 1 decimal, 合计 bottom
B(async (i) => {
  const wb = wbNew(); const ws = wb.addWorksheet('非公企业党建');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  title(ws, '临川县非公有制企业党组织覆盖情况统计表', 7);
  const cols = [
    { f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.S, kind: 'count' }, { f: d => d.Lent, kind: 'count' },
    { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }];
  const t = table(ws, 2, [['乡镇（街道）', '非公企业数', '已建立党组织的企业数', '单独建立', '联合建立', '党组织覆盖率(%)', '党员数']], cols,
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c01_basic_towns.xlsx', [{ sheet: ws.name, ...t.cand.find(c => c.row === 'total') }, ...t.cand.map(c => ({ sheet: ws.name, ...c }))]);
});
// 2 rate typed as fraction formatted as 0% / 0.0%
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('覆盖率');
  const towns = pick(TOWNS, 10).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.B / d.N, fmt: '0%', kind: 'rate' },
    { f: d => d.S, kind: 'count' }, { f: d => d.Lent, kind: 'count' }];
  const t = table(ws, 1, [['单位', '企业总数', '已建党组织企业数', '覆盖率', '单独建立', '联合建立']], cols, [...towns, { name: '总计', d: tot, role: 'total' }]);
  const ws2 = wb.addWorksheet('社会组织');
  const so = pick(TOWNS, 6).map(n => ({ name: n, d: soc() })); const st = sumObj(so.map(x => x.d));
  const t2 = table(ws2, 1, [['单位', '社会组织数', '已建党组织数', '覆盖率']], [{ f: d => d.T, kind: 'count' }, { f: d => d.K, kind: 'count' }, { f: d => frac(d.K, d.T, 3), fmt: '0.0%', kind: 'rate' }],
    [...so, { name: '总计', d: st, role: 'total' }]);
  await save(wb, 'c02_fraction_rate.xlsx', [...t.cand.map(c => ({ sheet: ws.name, ...c })), ...t2.cand.map(c => ({ sheet: ws2.name, ...c }))]);
});
// 3 coverage against 应建 base
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('应建已建');
  const towns = pick(TOWNS, 9).map(n => ({ name: n, d: ent() }));
  towns.forEach(t => { const d = t.d; d.Bin = Math.min(d.E, d.S + Math.floor(d.Lent / 2)); });
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.E, kind: 'count' }, { f: d => d.Bin, kind: 'count' }, { f: d => rate(d.Bin, d.E, 2), fmt: '0.00', kind: 'rate' }, { f: d => d.E - d.Bin, kind: 'count' }];
  title(ws, '应建尽建情况（覆盖率=已建数÷应建数）', 6);
  const t = table(ws, 2, [['乡镇', '非公企业总数', '应建党组织企业数', '已建党组织企业数', '覆盖率（%）', '未建数']], cols, [...towns, { name: '全县', d: tot, role: 'total' }]);
  await save(wb, 'c03_base_yingjian.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 4 个体工商户 rows
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('Sheet1');
  const towns = pick(TOWNS, 6);
  const rows = []; const all = [];
  for (const n of towns) {
    const e = ent(); const g = { N: ri(200, 2000) }; g.B = ri(2, 20); g.M = ri(5, 60);
    rows.push({ name: [n, '企业'], d: e }); rows.push({ name: ['', '个体工商户'], d: g });
    all.push(e, g);
  }
  const te = sumObj(rows.filter((_, k) => k % 2 === 0).map(x => x.d)); const tg = sumObj(rows.filter((_, k) => k % 2 === 1).map(x => x.d));
  rows.push({ name: ['合计', '企业'], d: te, role: 'total' }); rows.push({ name: ['', '个体工商户'], d: tg, role: 'total' });
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }];
  const t = table(ws, 1, [['乡镇', '类别', '户数', '建立党组织数', '覆盖率%', '党员数']], cols, rows);
  await save(wb, 'c04_getihu.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 5 city: counties + 市直, total includes 市直
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('全市');
  const cs = pick(COUNTIES, 6).map(n => ({ name: n, d: ent(2) }));
  const sz = { name: '市直', d: ent(1) };
  const tot = sumObj([...cs, sz].map(t => t.d));
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.O, kind: 'count' }, { f: d => d.S, kind: 'count' }, { f: d => d.Lorg, kind: 'count' },
    { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }, { f: d => d.G, kind: 'count' }];
  title(ws, '东州市非公有制企业党建工作统计表', 9);
  const t = table(ws, 2, [['县（市、区）', '非公企业数', '已建立党组织的企业数', '党组织数', '单独组建', '联合组建', '覆盖率（%）', '党员数', '党建指导员']], cols,
    [{ name: '全市合计', d: tot, role: 'total' }, sz, ...cs]);
  await save(wb, 'c05_city_shizhi.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 6 quarter sheets + annual
B(async () => {
  const wb = wbNew();
  const towns = pick(TOWNS, 7);
  const base = towns.map(() => ent());
  const qsum = towns.map(() => ({ nw: 0, nm: 0 }));
  const cand = [];
  let cur = base.map(d => ({ ...d }));
  for (let q = 1; q <= 4; q++) {
    const ws = wb.addWorksheet(`第${q}季度`);
    const rows = towns.map((n, k) => { const nw = ri(0, 6), nm = ri(0, 15); qsum[k].nw += nw; qsum[k].nm += nm; cur[k] = { ...cur[k], N: cur[k].N + ri(0, 10), B: cur[k].B + nw, M: cur[k].M + nm, nw, nm }; return { name: n, d: cur[k] }; });
    const tot = sumObj(rows.map(x => x.d));
    const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '本季度新建党组织', '本季度新发展党员', '党员数']],
      [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.nw, kind: 'count' }, { f: d => d.nm, kind: 'count' }, { f: d => d.M, kind: 'count' }],
      [...rows, { name: '合计', d: tot, role: 'total' }]);
    cand.push(...t.cand.map(c => ({ sheet: ws.name, ...c })));
  }
  const ws = wb.addWorksheet('全年');
  const rows = towns.map((n, k) => ({ name: n, d: { ...cur[k], nw: qsum[k].nw, nm: qsum[k].nm } }));
  const tot = sumObj(rows.map(x => x.d));
  const t = table(ws, 1, [['乡镇', '年末企业数', '年末已建党组织企业数', '年末覆盖率(%)', '全年新建党组织', '全年新发展党员', '年末党员数']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.nw, kind: 'count' }, { f: d => d.nm, kind: 'count' }, { f: d => d.M, kind: 'count' }],
    [...rows, { name: '合计', d: tot, role: 'total' }]);
  cand.push(...t.cand.map(c => ({ sheet: ws.name, ...c })));
  await save(wb, 'c06_quarters_annual.xlsx', cand);
});
// 7 备注 with numbers
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('统计');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const notes = d => `其中${d.Lorg}个联合党支部覆盖${d.Lent}家企业，另有${ri(1, 9)}家企业正在筹建，2家已注销`;
  const t = table(ws, 1, [['乡镇', '企业数', '已建', '覆盖率(%)', '党员数', '备注']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }, { f: (d, row) => row.role === 'total' ? '较上年增加12个，增长8.5%' : notes(d) }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c07_beizhu_numbers.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 8 three-level merged headers
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('表1');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent(), s: soc() }));
  towns.forEach(t => Object.assign(t.d, { sa: t.s.a, sb: t.s.b, sc: t.s.c, sT: t.s.T, sK: t.s.K }));
  const tot = sumObj(towns.map(t => t.d));
  title(ws, '“两新”组织党建工作情况统计表', 11);
  const h1 = ['单位', '非公有制企业', null, null, null, null, '社会组织', null, null, null, null, null];
  const h2 = [null, '企业数', '已建立党组织', null, null, '覆盖率（%）', '总数', '其中', null, null, '已建党组织数', '覆盖率（%）'];
  const h3 = [null, null, '小计', '单独建立', '联合建立', null, null, '社会团体', '民办非企业单位', '基金会', null, null];
  const merges = [[0, 1, 2, 1], [0, 2, 0, 6], [0, 7, 0, 12], [1, 2, 2, 2], [1, 3, 1, 5], [1, 6, 2, 6], [1, 7, 2, 7], [1, 8, 1, 10], [1, 11, 2, 11], [1, 12, 2, 12]];
  const t = table(ws, 2, [h1, h2, h3], [
    { f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.S, kind: 'count' }, { f: d => d.Lent, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' },
    { f: d => d.sT, kind: 'count' }, { f: d => d.sa, kind: 'count' }, { f: d => d.sb, kind: 'count' }, { f: d => d.sc, kind: 'count' }, { f: d => d.sK, kind: 'count' }, { f: d => rate(d.sK, d.sT, 1), fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }], { merges });
  await save(wb, 'c08_three_level_headers.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 9 合计 top and bottom
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('汇总');
  const towns = pick(TOWNS, 7).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.S, kind: 'count' }, { f: d => d.Lent, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.W, kind: 'count' }];
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '单独建立', '联合建立', '覆盖率(%)', '无党员企业数']], cols,
    [{ name: '合计', d: tot, role: 'total' }, ...towns, { name: '合计', d: tot, role: 'total', key: 'bottom' }]);
  await save(wb, 'c09_total_top_bottom.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 10 blank spacer columns
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('表');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ col: 3, f: d => d.N, kind: 'count' }, { col: 4, f: d => d.B, kind: 'count' }, { col: 6, f: d => d.S, kind: 'count' }, { col: 7, f: d => d.Lent, kind: 'count' },
    { col: 9, f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { col: 11, f: d => d.M, kind: 'count' }];
  const hdr = [null, null, '企业数', '已建党组织企业数', null, '单独建立', '联合建立', null, '覆盖率(%)', null, '党员数']; hdr[0] = '序号'; hdr[1] = '乡镇';
  const rows = towns.map((t, k) => ({ name: [k + 1, t.name], d: t.d }));
  const t = table(ws, 1, [hdr], cols, [...rows, { name: ['', '合计'], d: tot, role: 'total' }]);
  ws.getColumn(5).width = 2; ws.getColumn(8).width = 2; ws.getColumn(10).width = 2;
  await save(wb, 'c10_spacer_columns.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 11 numbers stored as text
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('台账');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ f: d => String(d.N), kind: 'count' }, { f: d => String(d.B), kind: 'count' }, { f: d => rate(d.B, d.N, 1).toFixed(1), kind: 'rate' }, { f: d => String(d.M), kind: 'count' }, { f: d => String(d.G), kind: 'count' }];
  const t = table(ws, 1, [['乡镇（街道）', '非公企业数', '建立党组织企业数', '覆盖率（%）', '党员数', '党建指导员数']], cols, [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c11_text_numbers.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 12 units in cells
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('情况');
  const towns = pick(TOWNS, 7).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ f: d => d.N + '家', kind: 'count' }, { f: d => d.B + '家', kind: 'count' }, { f: d => d.O + '个', kind: 'count' }, { f: d => rate(d.B, d.N, 1).toFixed(1) + '%', kind: 'rate' }, { f: d => d.M + '名', kind: 'count' }];
  const t = table(ws, 1, [['乡镇', '企业', '已建党组织企业', '党组织', '覆盖率', '党员']], cols, [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c12_units_in_cells.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 13 负责人 & phone
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('指导员');
  const names = ['张伟', '王芳', '李强', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周涛'];
  const towns = pick(TOWNS, 8).map((n, k) => ({ name: n, d: ent(), p: names[k], tel: '13' + String(ri(100000000, 999999999)), tel2: '0371-' + ri(6000000, 6999999) }));
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.G, kind: 'count' },
    { f: (d, r) => r.p || '' }, { f: (d, r) => r.tel || '' }, { f: (d, r) => r.tel2 ? Number(r.tel.slice(0)) : undefined }];
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党建指导员', '负责人', '联系电话', '手机']], cols, [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c13_phone_columns.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 14 YoY block
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('同比');
  const cs = pick(COUNTIES, 7).map(n => { const p = ent(); const cN = p.N + ri(-5, 30); const c = { ...p, N: cN, B: Math.min(cN, p.B + ri(0, 15)), M: p.M + ri(-3, 40) }; return { name: n, d: { pN: p.N, cN: c.N, pB: p.B, cB: c.B, pM: p.M, cM: c.M } }; });
  const tot = sumObj(cs.map(x => x.d));
  const gr = (c, p) => rate(c - p, p, 1);
  const cols = [
    { f: d => d.pN, kind: 'count' }, { f: d => d.cN, kind: 'count' }, { f: d => d.cN - d.pN, kind: 'count' }, { f: d => gr(d.cN, d.pN), fmt: '0.0', kind: 'rate' },
    { f: d => d.pB, kind: 'count' }, { f: d => d.cB, kind: 'count' }, { f: d => d.cB - d.pB, kind: 'count' }, { f: d => gr(d.cB, d.pB), fmt: '0.0', kind: 'rate' },
    { f: d => rate(d.pB, d.pN, 1), fmt: '0.0', kind: 'rate' }, { f: d => rate(d.cB, d.cN, 1), fmt: '0.0', kind: 'rate' },
    { f: d => Math.round((rate(d.cB, d.cN, 1) - rate(d.pB, d.pN, 1)) * 10) / 10, fmt: '0.0', kind: 'rate' }];
  const h1 = ['县（市、区）', '非公企业数', null, null, null, '已建党组织企业数', null, null, null, '覆盖率（%）', null, null];
  const h2 = [null, '2024年', '2025年', '增减', '增长率(%)', '2024年', '2025年', '增减', '增长率(%)', '2024年', '2025年', '增减（百分点）'];
  const t = table(ws, 1, [h1, h2], cols, [...cs, { name: '合计', d: tot, role: 'total' }], { merges: [[0, 1, 1, 1], [0, 2, 0, 5], [0, 6, 0, 9], [0, 10, 0, 12]] });
  await save(wb, 'c14_yoy_block.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 15 wide table many org types
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('社会组织分类');
  const types = ['行业协会商会', '学术类社团', '专业类社团', '联合类社团', '民办学校', '民办医院', '民办养老机构', '其他民非', '公募基金会', '非公募基金会', '社会服务机构'];
  const cs = pick(COUNTIES, 6).map(n => { const d = {}; types.forEach((t, k) => d['t' + k] = ri(0, 60)); d.T = types.reduce((s, _, k) => s + d['t' + k], 0); d.K = Math.floor(d.T * (0.3 + rnd() * 0.5)); return { name: n, d }; });
  const tot = sumObj(cs.map(x => x.d));
  const cols = [{ f: d => d.T, kind: 'count' }, ...types.map((_, k) => ({ f: d => d['t' + k], kind: 'count' })), { f: d => d.K, kind: 'count' }, { f: d => rate(d.K, d.T, 1), fmt: '0.0', kind: 'rate' }];
  const t = table(ws, 1, [['地区', '社会组织总数', ...types, '已建党组织数', '覆盖率(%)']], cols, [...cs, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c15_wide_types.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 16 其中 rows under a county
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('县区');
  const rows = []; const tops = [];
  for (const n of pick(COUNTIES, 5)) {
    const d = ent(2); tops.push(d);
    const gsN = Math.floor(d.N * 0.2); const gs = { N: gsN, B: Math.min(Math.floor(d.B * 0.5), Math.floor(gsN * 0.9)), M: Math.floor(d.M * 0.4) };
    const pkN = Math.floor(d.N * 0.3); const park = { N: pkN, B: Math.min(Math.floor(d.B * 0.3), Math.floor(pkN * 0.9)), M: Math.floor(d.M * 0.3) };
    rows.push({ name: n, d, role: 'parent' }); rows.push({ name: '  其中：规模以上企业', d: gs }); rows.push({ name: '        园区企业', d: park });
  }
  const tot = sumObj(tops);
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }];
  const t = table(ws, 1, [['单位', '企业数', '已建立党组织的企业数', '覆盖率(%)', '党员数']], cols, [{ name: '合计', d: tot, role: 'total' }, ...rows]);
  await save(wb, 'c16_qizhong_rows.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 17 乡镇/街道 subtotals
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('分类汇总');
  const jd = ['新华街道', '东城街道', '西城街道', '桃园街道'].map(n => ({ name: n, d: ent() }));
  const xz = ['龙泉镇', '石桥镇', '白沙乡', '黄庄镇', '马村乡'].map(n => ({ name: n, d: ent() }));
  const sj = sumObj(jd.map(x => x.d)), sx = sumObj(xz.map(x => x.d)), tt = sumObj([sj, sx]);
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.S, kind: 'count' }, { f: d => d.Lent, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.G, kind: 'count' }];
  const t = table(ws, 1, [['单位', '企业数', '已建党组织企业数', '单独建立', '联合建立', '覆盖率(%)', '党建指导员数']], cols,
    [{ name: '全区合计', d: tt, role: 'total' }, { name: '街道小计', d: sj, role: 'total' }, ...jd, { name: '乡镇小计', d: sx, role: 'total' }, ...xz]);
  await save(wb, 'c17_subtotals.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 18 title + footnotes
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('报表');
  const towns = pick(TOWNS, 9).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  title(ws, '2025年度全县非公有制企业党组织和党的工作覆盖情况统计表', 8);
  put(ws, 2, 1, '填报单位：中共安平县委组织部（盖章）'); put(ws, 2, 6, '统计截止日期：2025年12月31日');
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.O, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.W, kind: 'count' }, { f: d => d.G, kind: 'count' }, { f: d => d.M, kind: 'count' }];
  const t = table(ws, 3, [['乡镇', '企业数（家）', '已建党组织企业数（家）', '党组织数（个）', '覆盖率（%）', '无党员企业数（家）', '党建指导员（名）', '党员数（名）']], cols, [...towns, { name: '合计', d: tot, role: 'total' }]);
  let r = t.next + 1;
  put(ws, r++, 1, '注：1.覆盖率=已建党组织企业数÷企业数×100%；2.企业数为纳入台账管理的50人以上企业，3人以上党员的企业应单独建立党组织。');
  put(ws, r++, 1, '2.本表数据截至2025年12月31日，共涉及9个乡镇、1268名联络员。');
  put(ws, r, 1, '填报人：王芳'); put(ws, r, 4, '审核人：李强'); put(ws, r, 7, '日期：2026年1月5日');
  await save(wb, 'c18_title_footnotes.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 19 hidden rows (hidden member included in total)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('统计表');
  const towns = pick(TOWNS, 9).map(n => ({ name: n, d: ent() }));
  towns[3].hidden = true; towns[6].hidden = true;
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }];
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数']], cols, [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c19_hidden_rows.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 20 transposed: indicators as rows, counties as columns
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('指标');
  const cs = pick(COUNTIES, 5).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(cs.map(x => x.d));
  const all = [{ name: '合计', d: tot }, ...cs];
  put(ws, 1, 1, '指标'); all.forEach((c, k) => put(ws, 1, k + 2, c.name));
  const inds = [['非公企业数', d => d.N], ['已建党组织企业数', d => d.B], ['其中：单独建立', d => d.S], ['联合建立', d => d.Lent], ['覆盖率（%）', d => rate(d.B, d.N, 1), '0.0'], ['党员数', d => d.M], ['党建指导员', d => d.G]];
  const cand = [];
  inds.forEach((ind, r) => { put(ws, r + 2, 1, ind[0]); all.forEach((c, k) => { put(ws, r + 2, k + 2, ind[1](c.d), ind[2]); cand.push({ sheet: ws.name, cell: addr(r + 2, k + 2), kind: ind[2] ? 'rate' : 'count', row: k === 0 ? 'total' : 'member' }); }); });
  await save(wb, 'c20_transposed.xlsx', cand);
});
// 21 social orgs types
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('社会组织');
  const towns = pick(TOWNS, 7).map(n => ({ name: n, d: soc() }));
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ f: d => d.T, kind: 'count' }, { f: d => d.a, kind: 'count' }, { f: d => d.b, kind: 'count' }, { f: d => d.c, kind: 'count' }, { f: d => d.K, kind: 'count' }, { f: d => rate(d.K, d.T, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }];
  const t = table(ws, 1, [['乡镇', '社会组织数', '社会团体', '民办非企业单位', '基金会', '已建立党组织的社会组织数', '覆盖率(%)', '党员数']], cols, [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c21_social_types.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 22 province -> cities, percent with 2 decimals
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('全省');
  const cs = CITIES.map(n => ({ name: n, d: ent(20) }));
  const sz = { name: '省直', d: ent(3) };
  const tot = sumObj([...cs, sz].map(x => x.d));
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.E, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 2), fmt: '0.00', kind: 'rate' }, { f: d => d.M, kind: 'count' }, { f: d => d.G, kind: 'count' }];
  const t = table(ws, 1, [['市', '非公企业数', '应建党组织企业数', '已建党组织企业数', '覆盖率（%）', '党员数', '党建指导员']], cols, [...cs, sz, { name: '全省', d: tot, role: 'total' }]);
  await save(wb, 'c22_province.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 23 percent as text "92.3%" and 序号 with 一、二
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('覆盖');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1).toFixed(1) + '%', kind: 'rate' }, { f: d => d.N - d.B, kind: 'count' }];
  const rows = towns.map((t, k) => ({ name: [k + 1, t.name], d: t.d }));
  const t = table(ws, 1, [['序号', '乡镇', '企业数', '已建党组织', '覆盖率', '未建党组织企业数']], cols, [{ name: ['', '合计'], d: tot, role: 'total' }, ...rows]);
  await save(wb, 'c23_percent_text.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 24 formulas with cached results
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('公式');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  put(ws, 1, 1, '乡镇'); put(ws, 1, 2, '企业数'); put(ws, 1, 3, '单独建立'); put(ws, 1, 4, '联合建立'); put(ws, 1, 5, '已建党组织企业数'); put(ws, 1, 6, '覆盖率');
  const cand = [];
  towns.forEach((t, k) => { const r = k + 2; put(ws, r, 1, t.name); put(ws, r, 2, t.d.N); put(ws, r, 3, t.d.S); put(ws, r, 4, t.d.Lent);
    put(ws, r, 5, { formula: `C${r}+D${r}`, result: t.d.B }); put(ws, r, 6, { formula: `E${r}/B${r}`, result: t.d.B / t.d.N }, '0.0%');
    cand.push({ sheet: ws.name, cell: 'B' + r, kind: 'count', row: 'member' }); });
  const r = towns.length + 2; put(ws, r, 1, '合计');
  ['B', 'C', 'D', 'E'].forEach((L, j) => { const v = [tot.N, tot.S, tot.Lent, tot.B][j]; put(ws, r, j + 2, { formula: `SUM(${L}2:${L}${r - 1})`, result: v }); });
  put(ws, r, 6, { formula: `E${r}/B${r}`, result: tot.B / tot.N }, '0.0%');
  await save(wb, 'c24_formulas.xlsx', cand);
});
// 25 two stacked tables on one sheet: enterprises and social orgs
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('两新');
  const towns = pick(TOWNS, 6);
  const e = towns.map(n => ({ name: n, d: ent() })); const s = towns.map(n => ({ name: n, d: soc() }));
  const te = sumObj(e.map(x => x.d)), ts = sumObj(s.map(x => x.d));
  put(ws, 1, 1, '一、非公有制企业');
  const t1 = table(ws, 2, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数']], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }], [...e, { name: '合计', d: te, role: 'total' }]);
  put(ws, t1.next + 1, 1, '二、社会组织');
  const t2 = table(ws, t1.next + 2, [['乡镇', '社会组织数', '已建党组织数', '覆盖率(%)', '党员数']], [{ f: d => d.T, kind: 'count' }, { f: d => d.K, kind: 'count' }, { f: d => rate(d.K, d.T, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }], [...s, { name: '合计', d: ts, role: 'total' }]);
  await save(wb, 'c25_stacked_tables.xlsx', [...t1.cand, ...t2.cand].map(c => ({ sheet: ws.name, ...c })));
});
// 26 change of rate in 百分点 and period columns 上年末/本年末 with 新建/撤销 flows
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('变动');
  const towns = pick(TOWNS, 8).map(n => { const p = ri(20, 120), nw = ri(0, 15), rm = ri(0, 5); return { name: n, d: { p, nw, rm, c: p + nw - rm } }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '上年末党组织数', '本年新建', '本年撤销', '本年末党组织数', '增减', '增长率(%)']],
    [{ f: d => d.p, kind: 'count' }, { f: d => d.nw, kind: 'count' }, { f: d => d.rm, kind: 'count' }, { f: d => d.c, kind: 'count' }, { f: d => d.c - d.p, kind: 'count' }, { f: d => rate(d.c - d.p, d.p, 1), fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c26_flows.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 27 county with towns and 其中 row "园区" and 开发区 not in total? (开发区 row listed after total, as 备查)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('汇总表');
  const towns = pick(TOWNS, 7).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const park = { N: Math.floor(tot.N * 0.25), B: Math.floor(tot.B * 0.3) };
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }];
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)']], cols, [...towns, { name: '合计', d: tot, role: 'total' }, { name: '其中：经济开发区', d: park }]);
  await save(wb, 'c27_qizhong_after_total.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 28 per-town columns of 党员 by category: 党员数 = 男+女; 35岁以下 part
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('党员');
  const towns = pick(TOWNS, 8).map(n => { const m = ri(30, 300), f = ri(10, 150); const tot = m + f; const y = Math.floor(tot * 0.3); const college = Math.floor(tot * 0.4); return { name: n, d: { T: tot, m, f, y, college, yr: rate(y, tot, 1) } }; });
  const tot = sumObj(towns.map(t => t.d)); tot.yr = rate(tot.y, tot.T, 1);
  const t = table(ws, 1, [['乡镇', '非公企业党员总数', '男', '女', '其中：35岁及以下', '大专及以上学历', '35岁及以下占比(%)']],
    [{ f: d => d.T, kind: 'count' }, { f: d => d.m, kind: 'count' }, { f: d => d.f, kind: 'count' }, { f: d => d.y, kind: 'count' }, { f: d => d.college, kind: 'count' }, { f: d => d.yr, fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c28_members_breakdown.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 29 city: counties with town-level nested rows (二级): county subtotal then its towns
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('分县');
  const rows = []; const subs = [];
  for (const c of pick(COUNTIES, 3)) {
    const ts = pick(TOWNS, 4).map(n => ({ name: '　　' + n, d: ent() }));
    const s = sumObj(ts.map(x => x.d)); subs.push(s);
    rows.push({ name: c, d: s, role: 'total' }, ...ts);
  }
  const tot = sumObj(subs);
  const t = table(ws, 1, [['单位', '企业数', '已建党组织企业数', '覆盖率(%)', '党组织数', '党员数']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.O, kind: 'count' }, { f: d => d.M, kind: 'count' }],
    [{ name: '全市', d: tot, role: 'total' }, ...rows]);
  await save(wb, 'c29_nested_county_towns.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 30 rates with no decimals and integer-typed rate, plus 平均每个党组织党员数
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('Sheet1');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率%', '党组织数', '党员数', '平均每个党组织党员数']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 0), kind: 'rate' }, { f: d => d.O, kind: 'count' }, { f: d => d.M, kind: 'count' }, { f: d => Math.round(d.M * 10 / d.O) / 10, fmt: '0.0' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c30_int_rate_average.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 31 无党员企业 & 有党员未建 & 覆盖 split: N = 已建 + 有党员未建 + 无党员
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('分类');
  const towns = pick(TOWNS, 8).map(n => { const d = ent(); d.Y = d.N - d.B - d.W; return { name: n, d }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '企业总数', '已建党组织企业', '有党员未建党组织企业', '无党员企业', '无党员企业占比(%)', '选派党建指导员']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.Y, kind: 'count' }, { f: d => d.W, kind: 'count' }, { f: d => rate(d.W, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.G, kind: 'count' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c31_no_member.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 32 month columns (1-12月 new orgs) with 全年 total column
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('月度新建');
  const towns = pick(TOWNS, 7).map(n => { const d = {}; let s = 0; for (let m = 1; m <= 12; m++) { d['m' + m] = ri(0, 4); s += d['m' + m]; } d.Y = s; return { name: n, d }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '全年新建党组织', ...Array.from({ length: 12 }, (_, k) => `${k + 1}月`)]],
    [{ f: d => d.Y, kind: 'count' }, ...Array.from({ length: 12 }, (_, k) => ({ f: d => d['m' + (k + 1)], kind: 'count' }))],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c32_months.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 33 key-value form (single unit report: 指标/数值 list)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('基本情况');
  const d = ent(3); const s = soc();
  title(ws, '永宁县“两新”组织党建基本情况', 3);
  const items = [['一、非公有制企业', null], ['企业总数（家）', d.N], ['已建立党组织企业数（家）', d.B], ['  其中：单独建立', d.S], ['        联合建立', d.Lent], ['党组织覆盖率（%）', rate(d.B, d.N, 1)], ['党员数（名）', d.M], ['无党员企业（家）', d.W],
    ['二、社会组织', null], ['社会组织总数（个）', s.T], ['  其中：社会团体', s.a], ['        民办非企业单位', s.b], ['        基金会', s.c], ['已建立党组织的社会组织（个）', s.K], ['覆盖率（%）', rate(s.K, s.T, 1)]];
  const cand = [];
  items.forEach((it, k) => { put(ws, k + 2, 1, it[0]); if (it[1] != null) { put(ws, k + 2, 2, it[1], it[0].includes('%') ? '0.0' : undefined); cand.push({ sheet: ws.name, cell: 'B' + (k + 2), kind: it[0].includes('%') ? 'rate' : 'count', row: 'member' }); } });
  await save(wb, 'c33_keyvalue.xlsx', cand);
});
// 34 city sheet per county (multi sheets) + 汇总 sheet
B(async () => {
  const wb = wbNew(); const cand = [];
  const cs = pick(COUNTIES, 4); const sums = [];
  const sheetTbl = (ws, rows) => table(ws, 1, [['单位', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数']], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }], rows);
  const sumWs = wb.addWorksheet('汇总');
  for (const c of cs) {
    const ws = wb.addWorksheet(c);
    const ts = pick(TOWNS, 5).map(n => ({ name: n, d: ent() })); const s = sumObj(ts.map(x => x.d)); sums.push({ name: c, d: s });
    const t = sheetTbl(ws, [...ts, { name: '合计', d: s, role: 'total' }]); cand.push(...t.cand.map(x => ({ sheet: c, ...x })));
  }
  const t = sheetTbl(sumWs, [...sums, { name: '全市合计', d: sumObj(sums.map(x => x.d)), role: 'total' }]); cand.push(...t.cand.map(x => ({ sheet: '汇总', ...x })));
  await save(wb, 'c34_sheet_per_county.xlsx', cand);
});
// 35 rates in separate "占比" columns for 单独/联合 shares of 已建
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('组建方式');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '已建党组织企业数', '单独建立', '占比(%)', '联合建立', '占比(%)']],
    [{ f: d => d.B, kind: 'count' }, { f: d => d.S, kind: 'count' }, { f: d => rate(d.S, d.B, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.Lent, kind: 'count' }, { f: d => rate(d.Lent, d.B, 1), fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c35_share_columns.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 36 blank spacer row between blocks and 街道/乡镇 grouping label rows without numbers
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('表2');
  const jd = pick(TOWNS.filter(x => x.endsWith('街道')), 3).map(n => ({ name: n, d: ent() }));
  const xz = pick(TOWNS.filter(x => !x.endsWith('街道')), 5).map(n => ({ name: n, d: ent() }));
  const tot = sumObj([...jd, ...xz].map(x => x.d));
  const t = table(ws, 1, [['单位', '企业数', '已建党组织企业数', '覆盖率(%)', '党建指导员']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.G, kind: 'count' }],
    [{ name: '街道：', d: null }, ...jd, { blank: true }, { name: '乡镇：', d: null }, ...xz, { blank: true }, { name: '合计', d: tot, role: 'total' }].map(x => x.d === null ? { ...x, d: {}, noPlant: true } : x));
  await save(wb, 'c36_group_labels.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 37 thousand separators and large numbers (province social orgs)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('全省社会组织');
  const cs = CITIES.map(n => ({ name: n, d: soc(30) }));
  const tot = sumObj(cs.map(x => x.d));
  const t = table(ws, 1, [['市', '社会组织总数', '社会团体', '民办非企业单位', '基金会', '已建立党组织', '覆盖率（%）', '党员数']],
    [{ f: d => d.T, fmt: '#,##0', kind: 'count' }, { f: d => d.a, fmt: '#,##0', kind: 'count' }, { f: d => d.b, fmt: '#,##0', kind: 'count' }, { f: d => d.c, kind: 'count' }, { f: d => d.K, fmt: '#,##0', kind: 'count' }, { f: d => rate(d.K, d.T, 2), fmt: '0.00', kind: 'rate' }, { f: d => d.M, fmt: '#,##0', kind: 'count' }],
    [{ name: '全省', d: tot, role: 'total' }, ...cs]);
  await save(wb, 'c37_province_social.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 38 YoY with 同比增长 as fraction 0.0% and 上年同期 columns side by side per indicator
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('同比分析');
  const towns = pick(TOWNS, 8).map(n => { const pM = ri(50, 400), cM = pM + ri(-10, 60), pG = ri(3, 20), cG = pG + ri(0, 6); return { name: n, d: { pM, cM, pG, cG } }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '党员数', '上年同期', '同比增长', '党建指导员', '上年同期', '同比增减']],
    [{ f: d => d.cM, kind: 'count' }, { f: d => d.pM, kind: 'count' }, { f: d => (d.cM - d.pM) / d.pM, fmt: '0.0%', kind: 'rate' }, { f: d => d.cG, kind: 'count' }, { f: d => d.pG, kind: 'count' }, { f: d => d.cG - d.pG, kind: 'count' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c38_yoy_fraction.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 39 region names with codes and 乡镇 column + 村/社区 count column that is not additive? (keep additive)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('代码表');
  const towns = pick(TOWNS, 8).map((n, k) => ({ name: [String(410522100 + k * 1000), n], d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['行政区划代码', '乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }],
    [...towns, { name: ['410522000', '全县合计'], d: tot, role: 'total' }]);
  await save(wb, 'c39_region_codes.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 40 legacy: both 企业 and 社会组织 side by side with "—" for N/A cells and zero-base rates
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('两新覆盖');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: { ...ent(), s: soc() } }));
  towns[2].d.s = { a: 0, b: 0, c: 0, T: 0, K: 0, M: 0 };
  towns.forEach(t => Object.assign(t.d, { sT: t.d.s.T, sK: t.d.s.K }));
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '非公企业数', '已建', '覆盖率(%)', '社会组织数', '已建', '覆盖率(%)']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.sT, kind: 'count' }, { f: d => d.sK, kind: 'count' }, { f: d => d.sT ? rate(d.sK, d.sT, 1) : '—', fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c40_dash_zero_base.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});

// 41 党的组织覆盖率 and 党的工作覆盖率 (work coverage = (已建 + 派指导员未建) / N)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('两个覆盖');
  const towns = pick(TOWNS, 8).map(n => { const d = ent(); d.Gc = Math.min(d.N - d.B, ri(5, 60)); d.Wk = d.B + d.Gc; return { name: n, d }; });
  const tot = sumObj(towns.map(t => t.d));
  const h1 = ['乡镇', '企业数', '党的组织覆盖', null, '党的工作覆盖', null, null];
  const h2 = [null, null, '已建党组织企业数', '覆盖率(%)', '选派党建指导员覆盖企业数', '覆盖企业合计', '覆盖率(%)'];
  const t = table(ws, 1, [h1, h2], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.Gc, kind: 'count' }, { f: d => d.Wk, kind: 'count' }, { f: d => rate(d.Wk, d.N, 1), fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }], { merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 4], [0, 5, 0, 7]] });
  await save(wb, 'c41_work_coverage.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 42 市场主体 = 企业 + 个体工商户 columns, rates per type
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('市场主体');
  const towns = pick(TOWNS, 8).map(n => { const d = ent(); d.I = ri(300, 3000); d.IB = ri(1, 15); d.T = d.N + d.I; d.TB = d.B + d.IB; return { name: n, d }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '市场主体总数', '企业', '个体工商户', '建立党组织的市场主体', '企业', '个体工商户', '企业覆盖率(%)', '个体工商户覆盖率(%)']],
    [{ f: d => d.T, kind: 'count' }, { f: d => d.N, kind: 'count' }, { f: d => d.I, kind: 'count' }, { f: d => d.TB, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.IB, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => rate(d.IB, d.I, 2), fmt: '0.00', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c42_market_entities.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 43 region and category rows with the region name left blank on the 2nd row (like c04) but for 企业/社会组织
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('两新分类');
  const rows = []; const E = [], S = [];
  for (const n of pick(TOWNS, 5)) { const e = ent(), s = soc(); const sd = { N: s.T, B: s.K, M: s.M }; E.push(e); S.push(sd); rows.push({ name: [n, '非公企业'], d: e }, { name: [n, '社会组织'], d: sd }); }
  const te = sumObj(E), ts = sumObj(S);
  rows.push({ name: ['合计', '非公企业'], d: te, role: 'total' }, { name: ['合计', '社会组织'], d: ts, role: 'total' });
  const t = table(ws, 1, [['乡镇', '类型', '总数', '已建党组织数', '覆盖率(%)', '党员数']], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }], rows);
  await save(wb, 'c43_region_type_rows_named.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 44 share of county total (各乡镇占全县比重), denominator = total row
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('占比');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  towns.forEach(t => { t.d.sh = rate(t.d.M, tot.M, 1); }); tot.sh = 100;
  const t = table(ws, 1, [['乡镇', '党员数', '占全县比重(%)', '党组织数', '企业数']],
    [{ f: d => d.M, kind: 'count' }, { f: d => d.sh, fmt: '0.0', kind: 'rate' }, { f: d => d.O, kind: 'count' }, { f: d => d.N, kind: 'count' }],
    [...towns, { name: '全县', d: tot, role: 'total' }]);
  await save(wb, 'c44_share_of_total.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 45 其中 columns: 已建 其中 规上 / 党员 其中 流动党员、预备党员
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('其中列');
  const towns = pick(TOWNS, 8).map(n => { const d = ent(); d.gs = Math.floor(d.B * 0.4); d.ld = Math.floor(d.M * 0.15); d.yb = Math.floor(d.M * 0.05); return { name: n, d }; });
  const tot = sumObj(towns.map(t => t.d));
  const h1 = ['乡镇', '企业数', '已建党组织企业数', null, '党员数', null, null];
  const h2 = [null, null, '计', '其中：规上企业', '计', '其中：流动党员', '预备党员'];
  const t = table(ws, 1, [h1, h2], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.gs, kind: 'count' }, { f: d => d.M, kind: 'count' }, { f: d => d.ld, kind: 'count' }, { f: d => d.yb, kind: 'count' }],
    [...towns, { name: '合计', d: tot, role: 'total' }], { merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 4], [0, 5, 0, 7]] });
  await save(wb, 'c45_qizhong_columns.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 46 growth with zero previous ("—") and decrease
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('增长');
  const towns = pick(TOWNS, 8).map((n, k) => { const p = k === 2 ? 0 : ri(0, 40), c = k === 2 ? ri(1, 5) : Math.max(0, p + ri(-8, 12)); return { name: n, d: { p, c } }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '2024年联合党组织数', '2025年联合党组织数', '增减', '增长率(%)']],
    [{ f: d => d.p, kind: 'count' }, { f: d => d.c, kind: 'count' }, { f: d => d.c - d.p, kind: 'count' }, { f: d => d.p ? rate(d.c - d.p, d.p, 1) : '—', fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c46_growth_zero_prev.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 47 cumulative quarter columns: 一季度 二季度 三季度 四季度 全年 (flows) plus 年末 stock
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('新建党组织');
  const towns = pick(TOWNS, 8).map(n => { const q = [ri(0, 5), ri(0, 5), ri(0, 5), ri(0, 5)]; const st = ri(20, 80); return { name: n, d: { q1: q[0], q2: q[1], q3: q[2], q4: q[3], y: q[0] + q[1] + q[2] + q[3], st, end: st + q[0] + q[1] + q[2] + q[3] } }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '年初党组织数', '一季度新建', '二季度新建', '三季度新建', '四季度新建', '全年新建', '年末党组织数']],
    ['st', 'q1', 'q2', 'q3', 'q4', 'y', 'end'].map(k => ({ f: d => d[k], kind: 'count' })), [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c47_quarter_columns.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 48 hidden column with helper values + 100% full coverage rows
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('全覆盖');
  const towns = pick(TOWNS, 8).map((n, k) => { const d = ent(); if (k % 3 === 0) { d.B = d.N; } return { name: n, d }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '辅助列', '覆盖率(%)', '是否全覆盖']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.N * 3 + 7 }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: (d, r) => r.role === 'total' ? '' : (d.B === d.N ? '是' : '否') }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  ws.getColumn(4).hidden = true;
  await save(wb, 'c48_hidden_column.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 49 blank region label on second row (like c04 but 单位 merged properly)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('Sheet1');
  const rows = []; const E = [], G = [];
  for (const n of pick(TOWNS, 5)) { const e = ent(); const g = { N: ri(200, 2000), B: ri(2, 20), M: ri(5, 60) }; E.push(e); G.push(g); rows.push({ name: [n, '企业'], d: e }, { name: [n, '个体工商户'], d: g }); }
  rows.push({ name: ['合计', '企业'], d: sumObj(E), role: 'total' }, { name: ['合计', '个体工商户'], d: sumObj(G), role: 'total' });
  const t = table(ws, 1, [['乡镇', '类别', '户数', '建立党组织数', '覆盖率%', '党员数']], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }], rows);
  for (let r = 2; r < 2 + rows.length; r += 2) ws.mergeCells(r, 1, r + 1, 1);
  await save(wb, 'c49_getihu_merged.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 50 spaces and full-width digits in text cells, (家) unit header
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('录入');
  const towns = pick(TOWNS, 7).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '企业数(家)', '已建(家)', '覆盖率(%)', '党员(人)']],
    [{ f: d => ' ' + d.N + ' ', kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => String(d.M) + ' ', kind: 'count' }],
    [...towns, { name: '合 计', d: tot, role: 'total' }]);
  await save(wb, 'c50_spaces_in_cells.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});

// 51 覆盖率 against 应建 base, no hint in title, 企业总数 column first
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('应建');
  const towns = pick(TOWNS, 8).map(n => { const d = ent(); d.Bin = Math.min(d.E, d.S + Math.floor(d.Lent / 3)); return { name: n, d }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '企业总数', '应建立党组织企业数', '已建立党组织企业数', '党组织覆盖率（%）']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.E, kind: 'count' }, { f: d => d.Bin, kind: 'count' }, { f: d => rate(d.Bin, d.E, 1), fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c51_yingjian_no_hint.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 52 上半年/下半年/全年 sheets, stock counts; 全年 = 下半年 stock, flows summed
B(async () => {
  const wb = wbNew(); const cand = [];
  const towns = pick(TOWNS, 6); const h1 = towns.map(() => ent()); const nw1 = towns.map(() => ri(0, 8)), nw2 = towns.map(() => ri(0, 8));
  const h2 = h1.map((d, k) => ({ ...d, N: d.N + ri(0, 12), B: d.B + nw2[k] }));
  const hdr = [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '新建党组织数']];
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.nw, kind: 'count' }];
  for (const [nm, data, nw] of [['上半年', h1, nw1], ['下半年', h2, nw2], ['全年', h2, nw1.map((x, k) => x + nw2[k])]]) {
    const ws = wb.addWorksheet(nm);
    const rows = towns.map((n, k) => ({ name: n, d: { ...data[k], nw: nw[k] } }));
    const t = table(ws, 1, hdr, cols, [...rows, { name: '合计', d: sumObj(rows.map(x => x.d)), role: 'total' }]);
    cand.push(...t.cand.map(c => ({ sheet: nm, ...c })));
  }
  await save(wb, 'c52_halfyear_sheets.xlsx', cand);
});
// 53 custom format 0.0"%" literal percent
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('格式');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: soc() }));
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '社会组织数', '已建党组织数', '覆盖率']],
    [{ f: d => d.T, kind: 'count' }, { f: d => d.K, kind: 'count' }, { f: d => rate(d.K, d.T, 1), fmt: '0.0"%"', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c53_literal_percent_format.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 54 transposed periods: indicators rows x years + 增减 + 增长率
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('历年');
  const years = [2022, 2023, 2024, 2025];
  let d = ent(5); const series = [d];
  for (let k = 1; k < 4; k++) { d = { ...d, N: d.N + ri(10, 80), B: d.B + ri(5, 40), O: d.O + ri(3, 30), M: d.M + ri(10, 200), G: d.G + ri(0, 10) }; series.push(d); }
  put(ws, 1, 1, '指标'); years.forEach((y, k) => put(ws, 1, k + 2, y + '年')); put(ws, 1, 6, '2025年比2024年增减'); put(ws, 1, 7, '增长率(%)');
  const inds = [['非公企业数', 'N'], ['已建党组织企业数', 'B'], ['党组织数', 'O'], ['党员数', 'M'], ['党建指导员', 'G']];
  const cand = [];
  inds.forEach(([lab, k], r) => { const row = r + 2; put(ws, row, 1, lab); series.forEach((s, j) => { put(ws, row, j + 2, s[k]); cand.push({ sheet: '历年', cell: addr(row, j + 2), kind: 'count', row: 'member' }); });
    put(ws, row, 6, series[3][k] - series[2][k]); put(ws, row, 7, rate(series[3][k] - series[2][k], series[2][k], 1), '0.0'); cand.push({ sheet: '历年', cell: addr(row, 7), kind: 'rate', row: 'member' }); });
  const rr = inds.length + 2; put(ws, rr, 1, '党组织覆盖率(%)'); series.forEach((s, j) => put(ws, rr, j + 2, rate(s.B, s.N, 1), '0.0'));
  put(ws, rr, 6, Math.round((rate(series[3].B, series[3].N, 1) - rate(series[2].B, series[2].N, 1)) * 10) / 10, '0.0');
  await save(wb, 'c54_years_transposed.xlsx', cand);
});
// 55 新经济组织/新社会组织 side with 合计 column at right, 单位 line above table
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('两新合计');
  const towns = pick(TOWNS, 8).map(n => { const e = ent(), s = soc(); return { name: n, d: { eN: e.N, eB: e.B, sN: s.T, sB: s.K, tN: e.N + s.T, tB: e.B + s.K } }; });
  const tot = sumObj(towns.map(t => t.d));
  title(ws, '“两新”组织党组织覆盖情况', 10); put(ws, 2, 9, '单位：个、%');
  const h1 = ['乡镇', '非公企业', null, null, '社会组织', null, null, '合计', null, null];
  const h2 = [null, '总数', '已建', '覆盖率', '总数', '已建', '覆盖率', '总数', '已建', '覆盖率'];
  const t = table(ws, 3, [h1, h2], [{ f: d => d.eN, kind: 'count' }, { f: d => d.eB, kind: 'count' }, { f: d => rate(d.eB, d.eN, 1), fmt: '0.0', kind: 'rate' },
    { f: d => d.sN, kind: 'count' }, { f: d => d.sB, kind: 'count' }, { f: d => rate(d.sB, d.sN, 1), fmt: '0.0', kind: 'rate' },
    { f: d => d.tN, kind: 'count' }, { f: d => d.tB, kind: 'count' }, { f: d => rate(d.tB, d.tN, 1), fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }], { merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7], [0, 8, 0, 10]] });
  await save(wb, 'c55_total_column_right.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 56 增减 with +0;-0 format and 增长率 as 0.00% fraction, 上年/本年 columns
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('对比');
  const towns = pick(TOWNS, 8).map(n => { const p = ri(30, 300), c = Math.max(1, p + ri(-20, 40)); return { name: n, d: { p, c } }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '上年党员数', '本年党员数', '增减', '增长率']],
    [{ f: d => d.p, kind: 'count' }, { f: d => d.c, kind: 'count' }, { f: d => d.c - d.p, fmt: '+0;-0;0', kind: 'count' }, { f: d => frac(d.c - d.p, d.p, 4), fmt: '0.00%', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c56_signed_change.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 57 个体工商户 rows with blank region (like c04) but only one measure set — second style: "其中：个体工商户" inside town
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('小微');
  const rows = []; const tops = [];
  for (const n of pick(TOWNS, 6)) { const e = ent(); const g = { N: Math.floor(e.N * 0.4), B: Math.floor(e.B * 0.1) }; const d = { N: e.N, B: e.B }; tops.push(d); rows.push({ name: n, d }, { name: '其中：小微企业', d: g }); }
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)']], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }],
    [...rows, { name: '合计', d: sumObj(tops), role: 'total' }]);
  await save(wb, 'c57_qizhong_xiaowei.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 58 second table on same sheet to the right (side-by-side blocks) enterprises | social orgs
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('并列');
  const towns = pick(TOWNS, 7); const e = towns.map(() => ent()), s = towns.map(() => soc());
  const te = sumObj(e), ts = sumObj(s); const cand = [];
  put(ws, 1, 1, '乡镇'); put(ws, 1, 2, '企业数'); put(ws, 1, 3, '已建'); put(ws, 1, 4, '覆盖率(%)');
  put(ws, 1, 6, '乡镇'); put(ws, 1, 7, '社会组织数'); put(ws, 1, 8, '已建'); put(ws, 1, 9, '覆盖率(%)');
  const towns2 = pick(TOWNS, 7);
  [...towns.map((n, k) => [n, e[k], towns2[k], s[k]]), ['合计', te, '合计', ts]].forEach((r, k) => {
    const row = k + 2; put(ws, row, 1, r[0]); put(ws, row, 2, r[1].N); put(ws, row, 3, r[1].B); put(ws, row, 4, rate(r[1].B, r[1].N, 1), '0.0');
    put(ws, row, 6, r[2]); put(ws, row, 7, r[3].T); put(ws, row, 8, r[3].K); put(ws, row, 9, rate(r[3].K, r[3].T, 1), '0.0');
    for (const c of [2, 3, 7, 8]) cand.push({ sheet: '并列', cell: addr(row, c), kind: 'count', row: r[0] === '合计' ? 'total' : 'member' });
  });
  await save(wb, 'c58_side_by_side.xlsx', cand);
});

// 59 region x period rows: 2024 / 2025 / 增减 per town
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('分年');
  const rows = []; const P = [], C = [];
  for (const n of pick(TOWNS, 5)) { const p = ent(); const cN = p.N + ri(0, 30); const c = { ...p, N: cN, B: Math.min(cN, p.B + ri(0, 15)) };
    P.push(p); C.push(c); const dd = { N: c.N - p.N, B: c.B - p.B, r: Math.round((rate(c.B, c.N, 1) - rate(p.B, p.N, 1)) * 10) / 10 };
    p.r = rate(p.B, p.N, 1); c.r = rate(c.B, c.N, 1);
    rows.push({ name: [n, '2024年'], d: p }, { name: [n, '2025年'], d: c }, { name: [n, '增减'], d: dd, noPlant: true }); }
  const tp = sumObj(P), tc = sumObj(C); tp.r = rate(tp.B, tp.N, 1); tc.r = rate(tc.B, tc.N, 1);
  rows.push({ name: ['合计', '2024年'], d: tp, role: 'total' }, { name: ['合计', '2025年'], d: tc, role: 'total' }, { name: ['合计', '增减'], d: { N: tc.N - tp.N, B: tc.B - tp.B, r: Math.round((tc.r - tp.r) * 10) / 10 }, noPlant: true });
  const t = table(ws, 1, [['乡镇', '年度', '企业数', '已建党组织企业数', '覆盖率(%)']], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.r, fmt: '0.0', kind: 'rate' }], rows);
  await save(wb, 'c59_region_period_rows.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 60 total, 其中 街道/乡镇 rows, then all towns
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('全区');
  const jd = ['新华街道', '东城街道', '西城街道'].map(n => ({ name: n, d: ent() })); const xz = ['龙泉镇', '石桥镇', '白沙乡', '黄庄镇'].map(n => ({ name: n, d: ent() }));
  const sj = sumObj(jd.map(x => x.d)), sx = sumObj(xz.map(x => x.d));
  const t = table(ws, 1, [['单位', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数']], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }],
    [{ name: '全区', d: sumObj([sj, sx]), role: 'total' }, { name: '其中：街道', d: sj }, { name: '      乡镇', d: sx }, ...jd, ...xz]);
  await save(wb, 'c60_qizhong_groups_then_list.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 61 social org types with 小计 columns
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('社会组织细分');
  const towns = pick(COUNTIES, 6).map(n => { const d = { a1: ri(5, 40), a2: ri(5, 40), a3: ri(0, 20), b1: ri(5, 60), b2: ri(0, 20), b3: ri(0, 30), c: ri(0, 5) }; d.a = d.a1 + d.a2 + d.a3; d.b = d.b1 + d.b2 + d.b3; d.T = d.a + d.b + d.c; d.K = Math.floor(d.T * 0.6); return { name: n, d }; });
  const tot = sumObj(towns.map(t => t.d));
  const h1 = ['县区', '社会组织合计', '社会团体', null, null, null, '民办非企业单位', null, null, null, '基金会', '已建党组织', '覆盖率(%)'];
  const h2 = [null, null, '小计', '行业协会商会', '学术类', '其他', '小计', '教育类', '卫生类', '其他', null, null, null];
  const t = table(ws, 1, [h1, h2], ['T', 'a', 'a1', 'a2', 'a3', 'b', 'b1', 'b2', 'b3', 'c', 'K'].map(k => ({ f: d => d[k], kind: 'count' })).concat([{ f: d => rate(d.K, d.T, 1), fmt: '0.0', kind: 'rate' }]),
    [...towns, { name: '合计', d: tot, role: 'total' }], { merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 6], [0, 7, 0, 10], [0, 11, 1, 11], [0, 12, 1, 12], [0, 13, 1, 13]] });
  await save(wb, 'c61_social_subtotal_columns.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 62 zero-enterprise town, rate blank/0
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('零');
  const towns = pick(TOWNS, 8).map((n, k) => ({ name: n, d: k === 4 ? { N: 0, B: 0, M: 0, G: 0 } : ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数', '党建指导员']], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.N ? rate(d.B, d.N, 1) : 0, fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }, { f: d => d.G, kind: 'count' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c62_zero_town.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 63 enterprise size rows 大/中/小/微 with 合计 and 其中 规上
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('按规模');
  const sz = ['大型企业', '中型企业', '小型企业', '微型企业'].map(n => ({ name: n, d: ent() }));
  const tot = sumObj(sz.map(x => x.d)); const gs = sumObj(sz.slice(0, 2).map(x => x.d));
  const t = table(ws, 1, [['企业规模', '企业数', '已建党组织企业数', '单独建立', '联合建立', '覆盖率(%)', '党员数']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.S, kind: 'count' }, { f: d => d.Lent, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }],
    [{ name: '合计', d: tot, role: 'total' }, { name: '其中：规模以上', d: gs }, ...sz]);
  await save(wb, 'c63_size_rows.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 64 two year sheets + 增减 sheet (differences, rate in 百分点)
B(async () => {
  const wb = wbNew(); const cand = [];
  const towns = pick(TOWNS, 7); const P = towns.map(() => ent()); const C = P.map(p => { const N = p.N + ri(0, 30); return { ...p, N, B: Math.min(N, p.B + ri(0, 15)), M: p.M + ri(0, 50) }; });
  const hdr = [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数']];
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.r, fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }];
  const withR = d => ({ ...d, r: rate(d.B, d.N, 1) });
  for (const [nm, data] of [['2024年', P], ['2025年', C]]) { const ws = wb.addWorksheet(nm); const rows = towns.map((n, k) => ({ name: n, d: withR(data[k]) }));
    const t = table(ws, 1, hdr, cols, [...rows, { name: '合计', d: withR(sumObj(data)), role: 'total' }]); cand.push(...t.cand.map(c => ({ sheet: nm, ...c }))); }
  const ws = wb.addWorksheet('增减');
  const diff = (c, p) => ({ N: c.N - p.N, B: c.B - p.B, M: c.M - p.M, r: Math.round((rate(c.B, c.N, 1) - rate(p.B, p.N, 1)) * 10) / 10 });
  const rows = towns.map((n, k) => ({ name: n, d: diff(C[k], P[k]) }));
  table(ws, 1, [['乡镇', '企业数增减', '已建党组织企业数增减', '覆盖率增减(百分点)', '党员数增减']], cols, [...rows, { name: '合计', d: diff(sumObj(C), sumObj(P)), role: 'total' }]);
  await save(wb, 'c64_diff_sheet.xlsx', cand);
});
// 65 women share and 少数民族 among members
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('党员结构');
  const towns = pick(TOWNS, 8).map(n => { const T = ri(50, 500), f = Math.floor(T * (0.2 + rnd() * 0.3)), mz = ri(0, 10); return { name: n, d: { T, f, mz } }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '党员总数', '女党员', '女党员占比(%)', '少数民族党员']], [{ f: d => d.T, kind: 'count' }, { f: d => d.f, kind: 'count' }, { f: d => rate(d.f, d.T, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.mz, kind: 'count' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c65_women_share.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});

// 66 indicators x quarter-ends + 较年初增减
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('季度');
  let d = ent(4); const se = [d]; for (let k = 0; k < 4; k++) { const N = d.N + ri(5, 40); d = { ...d, N, B: Math.min(N, d.B + ri(2, 20)), M: d.M + ri(5, 60) }; se.push(d); }
  const hd = ['指标', '年初', '一季度末', '二季度末', '三季度末', '四季度末', '较年初增减'];
  hd.forEach((h, k) => put(ws, 1, k + 1, h)); const cand = [];
  [['企业数', 'N'], ['已建党组织企业数', 'B'], ['党员数', 'M']].forEach(([l, k], r) => { put(ws, r + 2, 1, l); se.forEach((x, j) => { put(ws, r + 2, j + 2, x[k]); cand.push({ sheet: '季度', cell: addr(r + 2, j + 2), kind: 'count', row: 'member' }); }); put(ws, r + 2, 7, se[4][k] - se[0][k]); });
  put(ws, 5, 1, '覆盖率(%)'); se.forEach((x, j) => { put(ws, 5, j + 2, rate(x.B, x.N, 1), '0.0'); cand.push({ sheet: '季度', cell: addr(5, j + 2), kind: 'rate', row: 'member' }); });
  put(ws, 5, 7, Math.round((rate(se[4].B, se[4].N, 1) - rate(se[0].B, se[0].N, 1)) * 10) / 10, '0.0');
  await save(wb, 'c66_quarter_ends_change.xlsx', cand);
});
// 67 合计, 上年同期, 增减, 增长率 rows at bottom
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('同期');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const prev = { N: tot.N - ri(20, 90), B: tot.B - ri(10, 40), M: tot.M - ri(20, 200), G: tot.G - ri(0, 10) };
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.r !== undefined ? d.r : rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }, { f: d => d.G, kind: 'count' }];
  const ch = { N: tot.N - prev.N, B: tot.B - prev.B, M: tot.M - prev.M, G: tot.G - prev.G, r: Math.round((rate(tot.B, tot.N, 1) - rate(prev.B, prev.N, 1)) * 10) / 10 };
  const gr = { N: rate(ch.N, prev.N, 1), B: rate(ch.B, prev.B, 1), M: rate(ch.M, prev.M, 1), G: rate(ch.G, prev.G, 1), r: '' };
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数', '党建指导员']], cols,
    [...towns, { name: '合计', d: tot, role: 'total' }, { name: '上年同期', d: prev, noPlant: true }, { name: '增减', d: ch, noPlant: true }, { name: '增长率(%)', d: gr, noPlant: true }]);
  await save(wb, 'c67_prev_period_rows.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 68 平均 row after 合计
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('平均');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d)); const n = towns.length;
  const avg = { N: Math.round(tot.N * 10 / n) / 10, B: Math.round(tot.B * 10 / n) / 10, M: Math.round(tot.M * 10 / n) / 10, r: rate(tot.B, tot.N, 1) };
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.r !== undefined ? d.r : rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }],
    [...towns, { name: '合计', d: tot, role: 'total' }, { name: '平均每个乡镇', d: avg, noPlant: true }]);
  await save(wb, 'c68_average_row.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 69 overlapping 其中 columns (规上, 高新技术, 外资) each <= total but sum > total
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('重叠');
  const towns = pick(TOWNS, 8).map(n => { const d = ent(); d.gs = Math.floor(d.B * 0.72); d.gx = Math.floor(d.B * 0.55); d.wz = Math.floor(d.B * 0.21); return { name: n, d }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '其中：规上企业', '其中：高新技术企业', '其中：外资企业']],
    ['N', 'B', 'gs', 'gx', 'wz'].map(k => ({ f: d => d[k], kind: 'count' })), [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c69_overlapping_qizhong.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 70 党组织数 = 党委 + 党总支 + 党支部, 其中 联合党支部
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('党组织类型');
  const towns = pick(TOWNS, 8).map(n => { const w = ri(0, 3), z = ri(0, 8), b = ri(10, 80); const lh = Math.floor(b * 0.3); return { name: n, d: { O: w + z + b, w, z, b, lh } }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '党组织总数', '党委', '党总支', '党支部', '其中：联合党支部']], ['O', 'w', 'z', 'b', 'lh'].map(k => ({ f: d => d[k], kind: 'count' })), [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c70_org_types.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 71 footnote markers on numbers "125*" and (含代管)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('标注');
  const towns = pick(TOWNS, 8).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)']], [{ f: (d, r) => r.name === towns[2].name ? d.N + '*' : d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  put(ws, t.next + 1, 1, '注：*含代管的园区企业12家。');
  await save(wb, 'c71_footnote_marker.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});

// 72 outline-numbered category rows: 一、非公企业 (with 1. 2.) 二、社会组织 (1. 2. 3.) and 总计
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('分类');
  const mk = (N) => { const B = Math.floor(N * (0.2 + rnd() * 0.6)); return { N, B, M: ri(2, 5) * B + ri(0, 50) }; };
  const e1 = mk(ri(50, 200)), e2 = mk(ri(300, 900)); const E = sumObj([e1, e2]);
  const s1 = mk(ri(50, 200)), s2 = mk(ri(100, 300)), s3 = mk(ri(3, 20)); const S = sumObj([s1, s2, s3]);
  const t = table(ws, 1, [['类别', '数量', '已建立党组织', '覆盖率(%)', '党员数']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }],
    [{ name: '总计', d: sumObj([E, S]), role: 'total' }, { name: '一、非公有制企业', d: E, role: 'total' }, { name: '1.规模以上企业', d: e1 }, { name: '2.规模以下企业', d: e2 },
      { name: '二、社会组织', d: S, role: 'total' }, { name: '1.社会团体', d: s1 }, { name: '2.民办非企业单位', d: s2 }, { name: '3.基金会', d: s3 }]);
  await save(wb, 'c72_outline_categories.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 73 header split across two rows unmerged (name / unit), table starting at column B after margin
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('表三');
  const cs = pick(COUNTIES, 7).map(n => ({ name: n, d: ent() }));
  const tot = sumObj(cs.map(x => x.d));
  title(ws, '非公企业党建工作进展情况', 8); put(ws, 2, 2, '填报单位：北原市委两新工委'); put(ws, 2, 7, '单位：家、个、名、%');
  const h1 = ['', '县（市、区）', '企业数', '已建党组织', '党组织数', '覆盖率', '党员数', '指导员'];
  const h2 = ['', '', '（家）', '企业（家）', '（个）', '（%）', '（名）', '（名）'];
  const rows = cs.map(x => ({ name: ['', x.name], d: x.d }));
  const t = table(ws, 3, [h1, h2], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.O, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }, { f: d => d.G, kind: 'count' }],
    [...rows, { name: ['', '合计'], d: tot, role: 'total' }]);
  await save(wb, 'c73_split_header_margin.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 74 市本级 at bottom, total 全市 at top
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('市本级');
  const cs = pick(COUNTIES, 6).map(n => ({ name: n, d: soc() })); const sb = { name: '市本级', d: soc() };
  const tot = sumObj([...cs, sb].map(x => x.d));
  const t = table(ws, 1, [['单位', '社会组织数', '社会团体', '民办非企业单位', '基金会', '已建党组织数', '覆盖率(%)']],
    [{ f: d => d.T, kind: 'count' }, { f: d => d.a, kind: 'count' }, { f: d => d.b, kind: 'count' }, { f: d => d.c, kind: 'count' }, { f: d => d.K, kind: 'count' }, { f: d => rate(d.K, d.T, 1), fmt: '0.0', kind: 'rate' }],
    [{ name: '全市', d: tot, role: 'total' }, ...cs, sb]);
  await save(wb, 'c74_shibenji_bottom.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});

// 75 subtotals after their groups, 合计 at bottom
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('城乡');
  const jd = ['新华街道', '东城街道', '西城街道'].map(n => ({ name: n, d: ent() })); const xz = ['龙泉镇', '石桥镇', '白沙乡', '黄庄镇', '马村乡'].map(n => ({ name: n, d: ent() }));
  const sj = sumObj(jd.map(x => x.d)), sx = sumObj(xz.map(x => x.d));
  const t = table(ws, 1, [['单位', '企业数', '已建党组织企业数', '单独建立', '联合建立', '覆盖率(%)']], [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => d.S, kind: 'count' }, { f: d => d.Lent, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }],
    [...jd, { name: '城区小计', d: sj, role: 'total' }, ...xz, { name: '农村小计', d: sx, role: 'total' }, { name: '合计', d: sumObj([sj, sx]), role: 'total' }]);
  await save(wb, 'c75_subtotals_after.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 76 YoY rate block with relative 增幅 of the rate
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('覆盖率变化');
  const towns = pick(TOWNS, 8).map(n => { const p = ent(); const cN = p.N + ri(0, 20); const c = { N: cN, B: Math.min(cN, p.B + ri(1, 20)) }; const r0 = rate(p.B, p.N, 1), r1 = rate(c.B, c.N, 1); return { name: n, d: { pN: p.N, pB: p.B, cN: c.N, cB: c.B, r0, r1 } }; });
  const tot = sumObj(towns.map(t => t.d)); tot.r0 = rate(tot.pB, tot.pN, 1); tot.r1 = rate(tot.cB, tot.cN, 1);
  const h1 = ['乡镇', '2024年', null, '2025年', null, '覆盖率（%）', null, null];
  const h2 = [null, '企业数', '已建', '企业数', '已建', '2024年', '2025年', '提高（百分点）'];
  const t = table(ws, 1, [h1, h2], [{ f: d => d.pN, kind: 'count' }, { f: d => d.pB, kind: 'count' }, { f: d => d.cN, kind: 'count' }, { f: d => d.cB, kind: 'count' }, { f: d => d.r0, fmt: '0.0', kind: 'rate' }, { f: d => d.r1, fmt: '0.0', kind: 'rate' }, { f: d => Math.round((d.r1 - d.r0) * 10) / 10, fmt: '0.0' }],
    [...towns, { name: '合计', d: tot, role: 'total' }], { merges: [[0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5], [0, 6, 0, 8]] });
  await save(wb, 'c76_rate_points_block.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 77 数量 / 占比 pairs per social org type (share of total)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('构成');
  const cs = pick(COUNTIES, 6).map(n => ({ name: n, d: soc() }));
  const tot = sumObj(cs.map(x => x.d));
  const h1 = ['县区', '社会组织总数', '社会团体', null, '民办非企业单位', null, '基金会', null];
  const h2 = [null, null, '数量', '占比(%)', '数量', '占比(%)', '数量', '占比(%)'];
  const t = table(ws, 1, [h1, h2], [{ f: d => d.T, kind: 'count' }, { f: d => d.a, kind: 'count' }, { f: d => rate(d.a, d.T, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.b, kind: 'count' }, { f: d => rate(d.b, d.T, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.c, kind: 'count' }, { f: d => rate(d.c, d.T, 1), fmt: '0.0', kind: 'rate' }],
    [...cs, { name: '合计', d: tot, role: 'total' }], { merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 4], [0, 5, 0, 6], [0, 7, 0, 8]] });
  await save(wb, 'c77_type_shares.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 78 "/" and "—" for not-applicable zero counts
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('斜杠');
  const towns = pick(TOWNS, 8).map((n, k) => { const s = soc(); if (k % 3 === 1) { s.T -= s.c; s.c = 0; s.K = Math.min(s.K, s.T); } return { name: n, d: s }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '社会组织数', '社会团体', '民办非企业单位', '基金会', '已建党组织数']],
    [{ f: d => d.T, kind: 'count' }, { f: d => d.a, kind: 'count' }, { f: d => d.b, kind: 'count' }, { f: (d, r) => d.c === 0 && r.role !== 'total' ? '/' : d.c, kind: 'count' }, { f: d => d.K, kind: 'count' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c78_slash_na.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});

// 79 enterprise-level ledger with 是/否, 组建方式, dates, 注册资本, summary row
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('企业台账');
  const nm = ['宏达机械', '鑫源化工', '华茂纺织', '金盛建材', '天润食品', '恒信物流', '博远电子', '瑞丰农业', '永安汽配', '东方印务', '康泰医药', '新世纪商贸'];
  const hdr = ['序号', '企业名称', '所在乡镇', '职工人数', '党员数', '是否建立党组织', '组建方式', '成立日期', '注册资本（万元）', '党组织书记', '联系电话'];
  hdr.forEach((h, k) => put(ws, 1, k + 1, h));
  let sw = 0, sm = 0, sb = 0, sc = 0; const cand = [];
  nm.forEach((n, k) => { const r = k + 2; const w = ri(20, 800), m = ri(0, 30); const b = m >= 3 ? '是' : (m > 0 && rnd() < 0.5 ? '是' : '否'); const cap = ri(50, 50000) / 10;
    sw += w; sm += m; sb += b === '是' ? 1 : 0; sc += cap;
    [k + 1, n + '有限公司', pick(TOWNS, 1)[0], w, m, b, b === '是' ? (m >= 3 ? '单独建立' : '联合建立') : '', new Date(Date.UTC(2000 + ri(0, 23), ri(0, 11), ri(1, 28))), cap, b === '是' ? '张' + '伟芳强静'[ri(0, 3)] : '', '139' + ri(10000000, 99999999)].forEach((v, j) => put(ws, r, j + 1, v, j === 7 ? 'yyyy-mm-dd' : (j === 8 ? '0.0' : undefined)));
    cand.push({ sheet: ws.name, cell: 'E' + r, kind: 'count', row: 'member' }); });
  const r = nm.length + 2; put(ws, r, 2, '合计'); put(ws, r, 4, sw); put(ws, r, 5, sm); put(ws, r, 6, `已建${sb}家`); put(ws, r, 9, Math.round(sc * 10) / 10, '0.0');
  cand.push({ sheet: ws.name, cell: 'E' + r, kind: 'count', row: 'total' });
  await save(wb, 'c79_enterprise_ledger.xlsx', cand);
});
// 80 党员 = 正式 + 预备; 党员占职工比例
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('党员职工');
  const towns = pick(TOWNS, 8).map(n => { const zs = ri(30, 400), yb = ri(0, 30); const W = ri(2000, 30000); const fz = ri(0, 20), jj = ri(5, 80); return { name: n, d: { W, M: zs + yb, zs, yb, fz, jj } }; });
  const tot = sumObj(towns.map(t => t.d));
  const t = table(ws, 1, [['乡镇', '职工人数', '党员数', '正式党员', '预备党员', '党员占职工比例(%)', '发展对象', '入党积极分子']],
    [{ f: d => d.W, kind: 'count' }, { f: d => d.M, kind: 'count' }, { f: d => d.zs, kind: 'count' }, { f: d => d.yb, kind: 'count' }, { f: d => rate(d.M, d.W, 2), fmt: '0.00', kind: 'rate' }, { f: d => d.fz, kind: 'count' }, { f: d => d.jj, kind: 'count' }],
    [...towns, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c80_members_workers.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 81 stacked tables with repeated header and no blank row
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('连排');
  const a = pick(TOWNS, 5).map(n => ({ name: n, d: ent() })); const b = pick(TOWNS, 5).map(n => ({ name: n, d: ent() }));
  const cols = [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }];
  const t1 = table(ws, 1, [['2024年', '企业数', '已建党组织企业数', '覆盖率(%)']], cols, [...a, { name: '合计', d: sumObj(a.map(x => x.d)), role: 'total' }]);
  const t2 = table(ws, t1.next, [['2025年', '企业数', '已建党组织企业数', '覆盖率(%)']], cols, [...b, { name: '合计', d: sumObj(b.map(x => x.d)), role: 'total' }]);
  await save(wb, 'c81_stacked_no_gap.xlsx', [...t1.cand, ...t2.cand].map(c => ({ sheet: ws.name, ...c })));
});
// 82 industry breakdown rows: 合计 then 其中 first label, partition
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('行业');
  const ind = ['制造业', '建筑业', '批发和零售业', '交通运输业', '信息技术服务业', '其他行业'].map(n => ({ name: n, d: ent() }));
  const tot = sumObj(ind.map(x => x.d));
  const rows = ind.map((x, k) => ({ name: k === 0 ? '其中：' + x.name : '　　　' + x.name, d: x.d }));
  const t = table(ws, 1, [['行业', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数', '无党员企业数']],
    [{ f: d => d.N, kind: 'count' }, { f: d => d.B, kind: 'count' }, { f: d => rate(d.B, d.N, 1), fmt: '0.0', kind: 'rate' }, { f: d => d.M, kind: 'count' }, { f: d => d.W, kind: 'count' }],
    [{ name: '合计', d: tot, role: 'total' }, ...rows]);
  await save(wb, 'c82_industry_rows.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});
// 83 新就业群体 (快递/外卖/网约车)
B(async () => {
  const wb = wbNew(); const ws = wb.addWorksheet('新就业群体');
  const cs = pick(COUNTIES, 6).map(n => { const d = { kd: ri(100, 3000), wm: ri(100, 4000), wy: ri(50, 2000) }; d.T = d.kd + d.wm + d.wy; d.M = Math.floor(d.T * (0.005 + rnd() * 0.02)); d.O = ri(1, 15); return { name: n, d }; });
  const tot = sumObj(cs.map(x => x.d));
  const t = table(ws, 1, [['县区', '新就业群体从业人员', '快递员', '外卖送餐员', '网约车司机', '党员数', '党员占比(%)', '建立党组织数']],
    [{ f: d => d.T, kind: 'count' }, { f: d => d.kd, kind: 'count' }, { f: d => d.wm, kind: 'count' }, { f: d => d.wy, kind: 'count' }, { f: d => d.M, kind: 'count' }, { f: d => rate(d.M, d.T, 2), fmt: '0.00', kind: 'rate' }, { f: d => d.O, kind: 'count' }],
    [...cs, { name: '合计', d: tot, role: 'total' }]);
  await save(wb, 'c83_new_employment.xlsx', t.cand.map(c => ({ sheet: ws.name, ...c })));
});

(async () => {
  fs.rmSync(path.join(__dirname, 'clean'), { recursive: true, force: true });
  fs.rmSync(path.join(__dirname, 'planted'), { recursive: true, force: true });
  fs.mkdirSync(path.join(__dirname, 'clean')); fs.mkdirSync(path.join(__dirname, 'planted'));
  for (let i = 0; i < builders.length; i++) await builders[i](i);
  // planting
  const manifest = [];
  const SKIP = ['c04_getihu.xlsx', 'c48_hidden_column.xlsx', 'c54_years_transposed.xlsx', 'c66_quarter_ends_change.xlsx', 'c68_average_row.xlsx', 'c71_footnote_marker.xlsx'];
  const okf = files.filter(f => !SKIP.includes(f.name)); const chosen = Array.from({ length: 22 }, (_, k) => okf[Math.floor(k * okf.length / 22)]);
  let n = 0;
  for (const f of chosen) {
    const cands = f.cand.filter(c => c.cell);
    if (!cands.length) continue;
    const kinds = ['total', 'rate', 'member'];
    const want = kinds[n % 3]; n++;
    let pool = cands.filter(c => want === 'total' ? c.row === 'total' && c.kind === 'count' : want === 'rate' ? c.kind === 'rate' && c.row !== 'total' : c.row === 'member' && c.kind === 'count');
    if (!pool.length) pool = cands.filter(c => c.kind === 'count');
    const c = pool[ri(0, pool.length - 1)];
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(__dirname, 'clean', f.name));
    const cell = wb.getWorksheet(c.sheet).getCell(c.cell);
    let orig = cell.value; let v = orig, isFormula = false;
    if (orig && typeof orig === 'object' && 'formula' in orig) { isFormula = true; v = orig.result; }
    let num, suffix = '', asText = typeof v === 'string';
    if (asText) { const m = String(v).match(/^(-?[\d.]+)(.*)$/); num = Number(m[1]); suffix = m[2]; } else num = v;
    let nv;
    if (c.kind === 'rate') { nv = Math.abs(num) < 2 && !asText && cell.numFmt && cell.numFmt.includes('%') ? Math.round((num + 0.08) * 1000) / 1000 : Math.round((num + 8.3) * 10) / 10; }
    else nv = Math.max(num + 3, Math.round(num * 1.1)) ;
    let planted = nv;
    if (asText) { const dec = (String(v).match(/\.(\d+)/) || ['', ''])[1].length; planted = (dec ? nv.toFixed(dec) : String(nv)) + suffix; }
    cell.value = isFormula ? { formula: orig.formula, result: planted } : planted;
    await wb.xlsx.writeFile(path.join(__dirname, 'planted', f.name));
    manifest.push({ file: f.name, sheet: c.sheet, cell: c.cell, original: isFormula ? orig.result : orig, planted, kind: c.kind, row: c.row });
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', files.length, 'planted', manifest.length);
})();
