// gen10: footnote markers inside labels/headers, 注： blocks, "—" (not applicable) mixed with 0
const L = require('./lib');
const { rnd, sum, rate, Book } = L;

async function g30() {
  const r = L.rng(1030);
  const b = new Book('g30_脚注标记_横杠与零.xlsx');
  const s = b.sheet('农业产值');
  const names = L.placeNames(r, 8, ['县', '县', '区']);
  const labels = names.map((n, i) => (i === 1 ? n + '①' : i === 4 ? n + '*' : n));
  const rows = labels.map((n, i) => ({ n, v: [r.int(90000, 500000), r.int(3000, 40000), r.int(30000, 200000), i % 3 === 2 ? 0 : r.int(2000, 60000)] }));
  rows.push({ n: '经济技术开发区（注1）', v: [r.int(2000, 9000), null, r.int(500, 3000), 0] });
  rows.push({ n: '高新技术产业开发区注2', v: [r.int(800, 3000), null, null, null] });
  const tot = { n: '合　计', v: [0, 1, 2, 3].map((k) => sum(rows.map((x) => x.v[k]))) };
  s.title(1, '表8-9  各县（区）农林牧渔业总产值（2024年）', 6);
  s.put(2, 6, '单位：万元', { right: true });
  L.header(s, 3, 1, ['地　区', '总产值', '农业', '林业', '牧业', '渔业']);
  [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, [x.n, sum(x.v), ...x.v.map((v) => (v === null ? '—' : v))], '#,##0'));
  let y = 5 + rows.length;
  ['注：① 2024年3月起，原青溪镇由该县划入相邻区，本表按调整后区划统计。', '　　* 含省属国有农场数据。', '　　注1：经济技术开发区为市直管功能区，不含在各县（区）数据中；无林业生产，以“—”表示。', '　　注2：高新技术产业开发区仅有种植业。', '　　表中“0”表示数值为零，“—”表示无此项。']
    .forEach((t) => s.put(y++, 1, t));
  s.width(1, 24);
  b.setPlant(s, 4, 5, 'total (合计 牧业; breaks the column sum over rows with — and 0, and 合计 总产值 = parts)', '+7%');
  await L.save(b, 'gen10');
}

async function g31() {
  const r = L.rng(1031);
  const b = new Book('g31_表头脚注_新设区全横杠.xlsx');
  const s = b.sheet('城镇化与收入');
  const names = L.placeNames(r, 9, ['县', '区', '县', '市']);
  const rows = names.map((n, i) => { const p = r.int(200000, 1000000); const urbanOnly = i === 2; const u = urbanOnly ? p : Math.round(p * r.real(0.35, 0.8)); return { n: urbanOnly ? n.replace(/.$/, '区') : n, p, u, ui: r.int(36000, 55000), ri: urbanOnly ? null : r.int(17000, 28000) }; });
  const tot = { n: '全　市', p: sum(rows.map((x) => x.p)), u: sum(rows.map((x) => x.u)), ui: 0, ri: 0 };
  tot.ui = Math.round(sum(rows.map((x) => x.ui * x.u)) / tot.u);
  tot.ri = Math.round(sum(rows.filter((x) => x.ri !== null).map((x) => x.ri * (x.p - x.u))) / (tot.p - tot.u));
  const W = (x) => rnd(x / 1e4, 2);
  s.title(1, '各县（市、区）城镇化率及城乡居民收入（2024年）', 6);
  L.header(s, 2, 1, ['地　区', '常住人口（万人）', '城镇人口（万人）', '城镇化率②（%）', '城镇常住居民人均可支配收入①（元）', '农村常住居民人均可支配收入①（元）']);
  const line = (x) => { const P = W(x.p), U = W(x.u); return [x.n, P, U, rate(U, P, 2), x.ui, x.ri === null ? '—' : x.ri]; };
  const F = [null, '0.00', '0.00', '0.00', '#,##0', '#,##0'];
  s.row(3, 1, line(tot), F, { bold: true });
  rows.forEach((x, i) => s.row(4 + i, 1, line(x), F));
  const y = 4 + rows.length;
  s.row(y, 1, [L.placeNames(r, 1, '区')[0] + '③', '—', '—', '—', '—', '—']);
  ['注：① 城乡居民人均可支配收入来自城乡住户调查，全市数据为加权平均数。', '　　② 城镇化率为城镇常住人口占常住人口的比重。', '　　③ 2024年12月新设立，数据含在原所属县（区）中，本年不单列。'].forEach((t, k) => s.put(y + 2 + k, 1, t));
  s.width(1, 16);
  b.setPlant(s, 7, 4, 'rate (城镇化率 of one county; contradicts 城镇人口/常住人口)', '+7%');
  await L.save(b, 'gen10');
}

async function g32() {
  const r = L.rng(1032);
  const b = new Book('g32_社保_其中_零与横杠.xlsx');
  const s = b.sheet('社会保险');
  const names = L.placeNames(r, 10, ['区', '县', '县', '县']);
  const rows = names.map((n, i) => {
    const urban = i < 2; // pure urban districts have no 城乡居民 insured
    const emp = r.int(80000, 500000), ret = Math.round(emp * r.real(0.22, 0.36));
    const res = urban ? 0 : r.int(100000, 500000), paid = urban ? 0 : Math.round(res * r.real(0.25, 0.38));
    return { n: urban ? n.replace(/.$/, '区') : n, emp, ret, res, paid };
  });
  const tot = { n: '全　市' }; ['emp', 'ret', 'res', 'paid'].forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
  s.title(1, '表22-4  各县（区）基本养老保险参保情况（2024年末）', 7);
  s.put(2, 7, '单位：人、%', { right: true });
  L.header(s, 3, 1, ['地　区', '城镇职工基本养老保险参保人数', '其中：离退休人员', '离退休人员占比', '城乡居民基本养老保险参保人数', '其中：实际领取待遇人数', '领取待遇人数占比']);
  [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, [x.n, x.emp, x.ret, rate(x.ret, x.emp, 1), x.res, x.paid, x.res ? rate(x.paid, x.res, 1) : '—'], [null, '#,##0', '#,##0', '0.0', '#,##0', '#,##0', '0.0']));
  s.put(16, 1, '注：城区无城乡居民基本养老保险参保人员，参保人数为0，占比以“—”表示。');
  s.width(1, 12);
  b.setPlant(s, 9, 3, 'part (其中：离退休人员 of one county; breaks 全市 sum and 离退休人员占比)', '+10%');
  await L.save(b, 'gen10');
}

(async () => { await g30(); await g31(); await g32(); })().catch((e) => { console.error(e); process.exit(1); });
