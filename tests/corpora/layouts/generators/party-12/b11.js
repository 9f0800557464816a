const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const XR = (x, d) => { const y = Number((x * 10 ** d).toPrecision(15)); return Math.sign(y) * Math.round(Math.abs(y)) / 10 ** d; };
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 102 months with interleaved quarter subtotal columns and 全年
for (const v of [0, 1]) book(`102${v ? 'b' : ''}_新建党组织月度（季度小计列）.xlsx`, wb => {
  const ws = wb.addWorksheet('月度');
  const names = pick(COUNTIES, 6); const nq = v ? 4 : 2;
  const data = names.map(() => Array.from({ length: nq * 3 }, () => ri(0, 6)));
  const lineOf = a => { const out = []; for (let q = 0; q < nq; q++) { const m = a.slice(q * 3, q * 3 + 3); out.push(...m, sum(m)); } out.push(sum(a)); return out; };
  const tot = data[0].map((_, j) => sum(data.map(d => d[j])));
  const head = []; for (let q = 0; q < nq; q++) head.push((q * 3 + 1) + '月', (q * 3 + 2) + '月', (q * 3 + 3) + '月', ['一', '二', '三', '四'][q] + '季度小计');
  const rows = [['合计', ...lineOf(tot)], ...names.map((n, i) => [n, ...lineOf(data[i])])];
  const t = table(ws, { title: '两新组织新建党组织情况（按月）', unit: '单位：个', head: [['县区', ...head, v ? '全年合计' : '上半年合计']], rows });
  return mk('月度', t.r0 + 2, 5, 'count');
});

// 104 类别构成: regions, 合计 row, then 构成（%） row
for (const v of [0, 1]) book(`104${v ? 'b' : ''}_党组织类别构成（含构成比行）.xlsx`, wb => {
  const ws = wb.addWorksheet('构成');
  const names = pick(TOWNS, 8);
  const data = names.map(() => [ri(0, 3), ri(0, 6), ri(5, 50)]);
  const tot = [0, 1, 2].map(j => sum(data.map(d => d[j]))); const G = sum(tot);
  const rows = [...names.map((n, i) => [n, sum(data[i]), ...data[i]]), ['合计', G, ...tot], [v ? '占比（%）' : '构成（%）', { v: 100, d: 1 }, ...tot.map(x => ({ v: XR(x / G * 100, 1), d: 1 }))]];
  const t = table(ws, { title: '非公企业党组织类别构成', head: [['乡镇', '党组织总数（个）', '党委（个）', '党总支（个）', '党支部（个）']], rows });
  return mk('构成', t.r0 + names.length, 2, 'count');
});
