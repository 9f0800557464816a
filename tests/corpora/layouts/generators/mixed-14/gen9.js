const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, save, put, title, towns } = C;
async function main() {
  await save('p22_max_min_age.xlsx', async wb => {
    const ws = wb.addWorksheet('年龄极值');
    title(ws, '各支部党员年龄情况', '', 5);
    put(ws, 3, [['支部', '党员（名）', '最大年龄（岁）', '最小年龄（岁）', '60岁以上党员（名）']]);
    const all = [];
    const rows = towns.slice(0, 8).map(t => { const n = ri(15, 60); const a = Array.from({ length: n }, () => ri(21, 92)); all.push(...a); return [t + '党支部', n, Math.max(...a), Math.min(...a), a.filter(x => x > 60).length]; });
    const T = ['合计', all.length, Math.max(...all), Math.min(...all), all.filter(x => x > 60).length];
    put(ws, 4, [T, ...rows]);
  });
}
main().catch(e => { console.error(e); process.exit(1); });
