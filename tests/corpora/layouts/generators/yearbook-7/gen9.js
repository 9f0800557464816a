// Family 9: footnote rows inside the data and blank separator rows between groups.
const { rng, rhu, sum, pct, growth, emit } = require('./lib');

// ---------------- f32 note row between two blocks, total at top, label footnote marks ----------------
function f32() {
  const R = rng(3232);
  const inner = ['新城区', '碑林区', '莲湖区', '雁塔区①'];
  const outer = ['灞桥区', '未央区', '阎良区', '临潼区', '长安区②'];
  const gen = () => { const corp = R.int(9000, 60000); const est = Math.round(corp * R.real(1.1, 1.3)); const ind = R.int(20000, 110000); const emp = corp * R.int(9, 16); return [corp, est, ind, emp]; };
  const A = inner.map(gen), Bv = outer.map(gen);
  const tot = [0, 1, 2, 3].map((i) => sum([...A, ...Bv].map((r) => r[i])));
  const make = (B) => {
    const ws = B.sheet('单位数');
    B.title(ws, 1, 1, 5, '各区法人单位、产业活动单位和个体经营户', 14);
    B.text(ws, 2, 5, '2023年末', { align: 'right' });
    B.row(ws, 3, 1, ['地区', '法人单位（个）', '产业活动单位（个）', '个体经营户（户）', '法人单位从业人员（人）'], { align: 'center', bold: true, wrap: true });
    let r = 4;
    B.set(ws, r, 1, '全市', { align: 'left' }); B.row(ws, r, 2, tot, { d: 0 }); r++;
    inner.forEach((n, i) => { B.set(ws, r, 1, n, { align: 'left' }); B.row(ws, r, 2, A[i], { d: 0 }); r++; });
    B.set(ws, r, 1, '注：①雁塔区含高新技术产业开发区，共计法人单位18621个；②长安区含航天基地。', { align: 'left' });
    for (let c = 2; c <= 5; c++) B.set(ws, r, c, null);
    B.merge(ws, r, 1, r, 5); r++;
    outer.forEach((n, i) => { B.set(ws, r, 1, n, { align: 'left' }); B.row(ws, r, 2, Bv[i], { d: 0 }); r++; });
    ws.getColumn(1).width = 14;
  };
  // plant: 临潼区 个体经营户 (part, in the block after the note row)
  return emit('f32_数据中注释行_脚注符号.xlsx', make, { sheet: '单位数', addr: 'D13', kind: 'part', pct: 7, note: '临潼区 个体经营户' });
}

// ---------------- f33 blank separator rows, group subtotals at top of group, grand total at bottom ----------------
function f33() {
  const R = rng(3333);
  const groups = [['城区小计', ['城中街道', '城北街道', '城南街道', '东关街道']], ['开发区小计', ['经开区管委会', '高新区管委会']], ['乡镇小计', ['柳湾镇', '大河镇', '平安乡', '松树乡', '黄岭镇']]];
  const gen = (isTown) => { const com = isTown ? R.int(0, 3) : R.int(4, 14); const vil = isTown ? R.int(8, 26) : R.int(0, 3); const hh = (com * 1800 + vil * 420) + R.int(100, 900); const pp = Math.round(hh * R.real(2.6, 3.2)); return [com, vil, com + vil, hh, pp]; };
  const G = groups.map(([g, ms], gi) => { const rows = ms.map(() => gen(gi === 2)); return [rows[0].map((_, i) => sum(rows.map((r) => r[i]))), rows]; });
  const tot = G[0][0].map((_, i) => sum(G.map((g) => g[0][i])));
  const make = (B) => {
    const ws = B.sheet('基层组织');
    B.title(ws, 1, 1, 6, '各街道（乡镇）基层群众性自治组织及户籍户数、人口', 14);
    B.row(ws, 2, 1, ['单位', '社区居委会（个）', '村民委员会（个）', '合计（个）', '户籍户数（户）', '户籍人口（人）'], { align: 'center', bold: true, wrap: true });
    let r = 3;
    G.forEach(([sub, rows], gi) => {
      B.set(ws, r, 1, groups[gi][0], { align: 'left', bold: true }); B.row(ws, r, 2, sub, { d: 0 }); r++;
      rows.forEach((v, i) => { B.set(ws, r, 1, groups[gi][1][i], { indent: 1 }); B.row(ws, r, 2, v, { d: 0 }); r++; });
      r++; // blank separator row
    });
    B.set(ws, r, 1, '全县合计', { align: 'center', bold: true }); B.row(ws, r, 2, tot, { d: 0 });
    ws.getColumn(1).width = 16;
  };
  // plant: 开发区小计 户籍人口 (subtotal)
  return emit('f33_空行分组_组小计在上_总计在底.xlsx', make, { sheet: '基层组织', addr: 'F9', kind: 'total', pct: 7, note: '开发区小计 户籍人口' });
}

// ---------------- f34 indicator blocks with note rows carrying numbers ----------------
function f34() {
  const R = rng(3434);
  const blocks = [];
  const mk = (lab, unit, cur, prev, d = 0) => ({ lab, unit, cur: rhu(cur, d), prev: rhu(prev, d), d });
  const g = R.int(380000, 420000), gp = Math.round(g / R.real(0.98, 1.04));
  const rice = Math.round(g * 0.62), riceP = Math.round(gp * 0.61);
  blocks.push(['一、农业', [mk('粮食总产量', '吨', g, gp), mk('　其中：稻谷', '吨', rice, riceP), mk('生猪出栏', '万头', R.real(40, 60), R.real(40, 60), 2), mk('肉类总产量', '吨', R.int(40000, 52000), R.int(40000, 52000))],
    '注：粮食产量为全年数，其中稻谷含早稻12460吨。']);
  const rev = R.int(9000000, 9900000), revP = Math.round(rev / R.real(1.03, 1.09));
  blocks.push(['二、工业', [mk('规模以上工业企业数', '个', R.int(820, 900), R.int(790, 860)), mk('规模以上工业营业收入', '万元', rev, revP), mk('　其中：高新技术产业', '万元', Math.round(rev * 0.48), Math.round(revP * 0.45)), mk('规模以上工业利润总额', '万元', Math.round(rev * 0.055), Math.round(revP * 0.061))],
    '注：2023年规模以上工业数据按2024年统计范围调整，共调减营业收入123456万元。']);
  blocks.push(['三、国内贸易', [mk('社会消费品零售总额', '万元', R.int(2900000, 3200000), R.int(2800000, 3000000)), mk('　其中：城镇', '万元', R.int(2300000, 2500000), R.int(2200000, 2400000))], null]);
  const make = (B) => {
    const ws = B.sheet('主要指标');
    B.title(ws, 1, 1, 5, '2024年国民经济主要指标', 14);
    B.row(ws, 2, 1, ['指标名称', '计量单位', '2024年', '2023年', '增长（%）'], { align: 'center', bold: true });
    let r = 3;
    blocks.forEach(([head, items, note]) => {
      B.set(ws, r, 1, head, { align: 'left', bold: true }); for (let c = 2; c <= 5; c++) B.set(ws, r, c, null); r++;
      items.forEach((x) => {
        B.set(ws, r, 1, x.lab, { align: 'left' }); B.set(ws, r, 2, x.unit, { align: 'center' });
        B.row(ws, r, 3, [x.cur, x.prev, growth(x.cur, x.prev, 1)], [{ d: x.d }, { d: x.d }, { d: 1 }]); r++;
      });
      if (note) { B.set(ws, r, 1, note, { align: 'left' }); for (let c = 2; c <= 5; c++) B.set(ws, r, c, null); B.merge(ws, r, 1, r, 5); r++; }
    });
    ws.getColumn(1).width = 28;
  };
  // plant: 规模以上工业营业收入 2023年 (a period figure; growth depends on it)
  return emit('f34_指标分块_块间注释行含数字.xlsx', make, { sheet: '主要指标', addr: 'D11', kind: 'change', pct: 7, note: '规上工业营业收入 2023年 (prior period)' });
}

(async () => { await f32(); await f33(); await f34(); })().catch((e) => { console.error(e); process.exit(1); });
