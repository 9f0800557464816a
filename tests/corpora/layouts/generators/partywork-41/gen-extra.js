// extra adversarial clean layouts (x-*.xlsx) + plants, appended to manifest
const X = require('exceljs'); const fs = require('fs');
const man = JSON.parse(fs.readFileSync('manifest.json', 'utf8'));
let s = 77; const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648; const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const r1 = (x, d = 1) => Math.round(x * 10 ** d + 1e-9) / 10 ** d;
const T = ['城关镇', '东关街道', '西河镇', '南湖乡', '北山镇', '青石乡', '桃源镇'];
function put(ws, r, arr) { arr.forEach((v, i) => { if (v !== undefined) ws.getCell(r, i + 1).value = v; }); }
async function save(wb, name, plant) { await wb.xlsx.writeFile('clean/' + name); if (plant) { const w2 = new X.Workbook(); await w2.xlsx.readFile('clean/' + name); const c = w2.getWorksheet(plant.sheet).getCell(plant.cell); const old = c.value; c.value = plant.new; await w2.xlsx.writeFile('planted/' + name); man[name] = { ...plant, old }; } }
(async () => {
  // A: 党员增减 balance: 年初 + 本年增加 - 本年减少 = 年末
  { const wb = new X.Workbook(); const ws = wb.addWorksheet('党员变动'); put(ws, 1, ['两新组织党员数量变动情况表']); ws.mergeCells(1, 1, 1, 10); put(ws, 2, ['单位：名']);
    put(ws, 3, ['乡镇', '年初党员数', '本年增加', , , '本年减少', , , , '年末党员数']); put(ws, 4, [, , '小计', '发展党员', '组织关系转入', '小计', '转出', '死亡', '出党']);
    ws.mergeCells(3, 3, 3, 5); ws.mergeCells(3, 6, 3, 9); ws.mergeCells(3, 1, 4, 1); ws.mergeCells(3, 2, 4, 2); ws.mergeCells(3, 10, 4, 10);
    const rows = T.map(t => { const a = ri(50, 400), d = ri(0, 15), i = ri(0, 20), o = ri(0, 15), de = ri(0, 3), x = ri(0, 1); return [t, a, d + i, d, i, o + de + x, o, de, x, a + d + i - o - de - x]; });
    const tot = ['合计', ...rows[0].slice(1).map((_, k) => rows.reduce((acc, r) => acc + r[k + 1], 0))];
    [tot, ...rows].forEach((r, k) => put(ws, 5 + k, r)); put(ws, 13, ['注：年末党员数＝年初党员数＋本年增加－本年减少。']);
    await save(wb, 'x1-balance.xlsx', { sheet: '党员变动', cell: 'J8', new: rows[2][9] + 5, desc: '西河镇 年末 +5' }); }
  // B: 党费 万元 rounded separately, sum of rounded parts may differ from rounded total
  { const wb = new X.Workbook(); const ws = wb.addWorksheet('党费'); put(ws, 1, ['各乡镇两新组织党费收缴情况']); put(ws, 2, ['单位：万元、%']);
    put(ws, 3, ['乡镇', '应缴党费', '实缴党费', '完成率（%）', '排名', '联系电话']);
    const raw = T.map(() => { const sv = ri(10000, 99999) * 1.0, pv = sv - ri(0, 3000); return [sv, pv]; });
    const rows = raw.map(([sv, pv], k) => [T[k], r1(sv / 10000, 2), r1(pv / 10000, 2), r1(pv / sv * 100), 0, '0371-6' + ri(100000, 999999) + ri(0, 9)]);
    const order = rows.map((r, k) => [r[3], k]).sort((a, b) => b[0] - a[0]); order.forEach(([, k], rank) => rows[k][4] = rank + 1);
    const S = raw.reduce((a, r) => a + r[0], 0), P = raw.reduce((a, r) => a + r[1], 0);
    const tot = ['合计', r1(S / 10000, 2), r1(P / 10000, 2), r1(P / S * 100), '—', '—'];
    [...rows, tot].forEach((r, k) => put(ws, 4 + k, r)); put(ws, 12, ['注：金额按万元保留两位小数，合计由原始数据计算，可能与分项之和存在尾差。']);
    await save(wb, 'x2-wanyuan.xlsx', { sheet: '党费', cell: 'D6', new: r1(rows[2][3] + 6), desc: '完成率 +6' }); }
  // C: rates side by side with 增减（百分点）
  { const wb = new X.Workbook(); const ws = wb.addWorksheet('覆盖率对比'); put(ws, 1, ['党组织覆盖率、党建指导员覆盖率对比']); put(ws, 2, ['乡镇', '2023年', , , '2024年', , , '增减（百分点）']); put(ws, 3, [, '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数', '覆盖率（%）', '覆盖率']);
    ws.mergeCells(2, 2, 2, 4); ws.mergeCells(2, 5, 2, 7); ws.mergeCells(2, 1, 3, 1);
    const rows = T.map(t => { const e1 = ri(20, 150), c1 = ri(Math.floor(e1 * .5), e1), e2 = e1 + ri(0, 20), c2 = Math.min(e2, c1 + ri(0, 25)); return [t, e1, c1, r1(c1 / e1 * 100), e2, c2, r1(c2 / e2 * 100)]; });
    const sum = k => rows.reduce((a, r) => a + r[k], 0); const tot = ['全县', sum(1), sum(2), r1(sum(2) / sum(1) * 100), sum(4), sum(5), r1(sum(5) / sum(4) * 100)];
    [tot, ...rows].forEach(r => r.push(r1(r[6] - r[3])));
    [tot, ...rows].forEach((r, k) => put(ws, 4 + k, r));
    await save(wb, 'x3-pp.xlsx', { sheet: '覆盖率对比', cell: 'H7', new: r1(rows[2][7] + 3), desc: '增减百分点 +3' }); }
  // D: shares of levels with 合计 100.0 row and column
  { const wb = new X.Workbook(); const ws = wb.addWorksheet('定级'); put(ws, 1, ['分类定级结果占比']); put(ws, 2, ['乡镇', '先进（个）', '一般（个）', '后进（个）', '合计（个）', '先进占比（%）', '一般占比（%）', '后进占比（%）', '合计（%）']);
    const rows = T.map(t => { const a = ri(1, 20), b = ri(1, 20), c = ri(0, 5), n = a + b + c; return [t, a, b, c, n, r1(a / n * 100), r1(b / n * 100), r1(c / n * 100), 100]; });
    const sum = k => rows.reduce((a, r) => a + r[k], 0); const n = sum(4);
    const tot = ['合计', sum(1), sum(2), sum(3), n, r1(sum(1) / n * 100), r1(sum(2) / n * 100), r1(sum(3) / n * 100), 100];
    [...rows, tot].forEach((r, k) => put(ws, 3 + k, r));
    await save(wb, 'x4-shares100.xlsx', { sheet: '定级', cell: 'C5', new: rows[2][2] + 4, desc: '一般 +4' }); }
  fs.writeFileSync('manifest.json', JSON.stringify(man, null, 1));
})();
