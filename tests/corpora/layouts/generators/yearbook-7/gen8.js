// Family 8: English-Chinese bilingual yearbook tables.
const { rng, rhu, sum, pct, growth, emit } = require('./lib');

// ---------------- f29 人口 bilingual, regions "东城区 Dongcheng", 万人 2 decimals ----------------
function f29() {
  const R = rng(2929);
  const regs = [['东城区', 'Dongcheng'], ['西城区', 'Xicheng'], ['朝阳区', 'Chaoyang'], ['丰台区', 'Fengtai'], ['石景山区', 'Shijingshan'],
    ['海淀区', 'Haidian'], ['门头沟区', 'Mentougou'], ['房山区', 'Fangshan'], ['通州区', 'Tongzhou'], ['顺义区', 'Shunyi']];
  const T = regs.map(([, e], i) => {
    const pop = R.int(380000, 3300000); const u = i < 6 ? pop : Math.round(pop * R.real(0.6, 0.82));
    return { pop, u, r: pop - u };
  });
  const tot = { pop: sum(T.map((x) => x.pop)), u: sum(T.map((x) => x.u)), r: sum(T.map((x) => x.r)) };
  const W = (x) => rhu(x / 10000, 2);
  const make = (B) => {
    const ws = B.sheet('2-3');
    B.title(ws, 1, 1, 5, '2-3　各区年末常住人口及城镇化率（2024年）', 13);
    B.title(ws, 2, 1, 5, 'Year-end Resident Population and Urbanization Rate by District (2024)', 11);
    B.row(ws, 3, 1, ['地　区', '年末常住人口（万人）', '城镇人口（万人）', '乡村人口（万人）', '城镇化率（%）'], { align: 'center', bold: true, wrap: true });
    B.row(ws, 4, 1, ['Region', 'Year-end Resident Population (10 000 persons)', 'Urban Population (10 000 persons)', 'Rural Population (10 000 persons)', 'Urbanization Rate (%)'], { align: 'center', wrap: true });
    [['全　市 Total', tot], ...regs.map(([c, e], i) => [c + ' ' + e, T[i]])].forEach(([lab, v], i) => {
      B.set(ws, 5 + i, 1, lab, { align: 'left' });
      B.row(ws, 5 + i, 2, [W(v.pop), W(v.u), v.r ? W(v.r) : '-', rhu((v.u * 100) / v.pop, 1)], [{ d: 2 }, { d: 2 }, { d: 2 }, { d: 1 }]);
    });
    ws.getColumn(1).width = 22; [2, 3, 4, 5].forEach((c) => (ws.getColumn(c).width = 16));
  };
  // plant: 房山区 城镇人口 (part; also its rate)
  return emit('f29_双语_地区英文名_人口城镇化率.xlsx', make, { sheet: '2-3', addr: 'C13', kind: 'part', pct: 7, d: 2, note: '房山区 城镇人口' });
}

// ---------------- f30 GDP by industry, bilingual row labels ----------------
function f30() {
  const R = rng(3030);
  // true values in 万元 for two years; services list complete with 其他服务业
  const svc = [['批发和零售业', 'Wholesale and Retail Trades'], ['交通运输、仓储和邮政业', 'Transport, Storage and Post'], ['住宿和餐饮业', 'Hotels and Catering Services'],
    ['金融业', 'Financial Intermediation'], ['房地产业', 'Real Estate'], ['其他服务业', 'Other Services']];
  const yr = () => {
    const p = R.real(180, 260) * 1e4; const ind = R.real(2600, 3100) * 1e4; const con = R.real(300, 420) * 1e4;
    const s = svc.map(() => R.real(200, 1400) * 1e4);
    return { p, ind, con, s };
  };
  const a = yr(); const b = { p: a.p * 1.02, ind: a.ind * R.real(1.03, 1.08), con: a.con * R.real(0.9, 1.0), s: a.s.map((x) => x * R.real(1.02, 1.09)) };
  const Y = (x) => rhu(x / 1e4, 2); // 亿元 from 万元
  const lines = (v) => {
    const sec = v.ind + v.con, ter = sum(v.s), gdp = v.p + sec + ter;
    return [gdp, v.p, sec, v.ind, v.con, ter, ...v.s].map(Y);
  };
  const A23 = lines(a), A24 = lines(b);
  const labels = [['地区生产总值', 'Gross Domestic Product', 0], ['第一产业', 'Primary Industry', 1], ['第二产业', 'Secondary Industry', 1], ['工业', 'Industry', 2],
    ['建筑业', 'Construction', 2], ['第三产业', 'Tertiary Industry', 1], ...svc.map(([c, e]) => [c, e, 2])];
  const make = (B) => {
    const ws = B.sheet('3-1');
    B.title(ws, 1, 1, 5, '3-1　地区生产总值（按现价计算）', 13);
    B.title(ws, 2, 1, 5, 'Gross Domestic Product (at Current Prices)', 11);
    B.text(ws, 3, 5, '单位：亿元  (100 million yuan)', { align: 'right' });
    B.row(ws, 4, 1, ['指　标', '2023年', '2024年', '2024年构成（%）', '现价增长（%）'], { align: 'center', bold: true });
    B.row(ws, 5, 1, ['Item', '2023', '2024', 'Composition in 2024 (%)', 'Nominal Growth (%)'], { align: 'center', wrap: true });
    labels.forEach(([c, e, lvl], i) => {
      B.set(ws, 6 + i, 1, c + '  ' + e, lvl ? { indent: lvl } : { align: 'left' });
      B.row(ws, 6 + i, 2, [A23[i], A24[i], i === 0 ? 100.0 : pct(A24[i], A24[0], 1), growth(A24[i], A23[i], 1)], [{ d: 2 }, { d: 2 }, { d: 1 }, { d: 1 }]);
    });
    ws.getColumn(1).width = 46;
  };
  // plant: 2024 第三产业 (subtotal)
  return emit('f30_双语_行标签中英_地区生产总值.xlsx', make, { sheet: '3-1', addr: 'C11', kind: 'total', pct: 7, d: 2, note: '2024 第三产业' });
}

// ---------------- f31 bilingual in one cell with line break ----------------
function f31() {
  const R = rng(3131);
  const regs = [['鼓楼区', 'Gulou District'], ['台江区', 'Taijiang District'], ['仓山区', 'Cangshan District'], ['晋安区', "Jin'an District"], ['马尾区', 'Mawei District'],
    ['长乐区', 'Changle District'], ['福清市', 'Fuqing City'], ['闽侯县', 'Minhou County'], ['连江县', 'Lianjiang County']];
  const D = regs.map(() => {
    const pop = rhu(R.real(22, 140), 2); const inst = R.int(180, 900); const hosp = R.int(8, 40);
    const beds = R.int(1500, 12000); const hb = Math.round(beds * R.real(0.8, 0.93));
    const tech = Math.round(beds * R.real(1.1, 1.6)); const doc = Math.round(tech * R.real(0.36, 0.42));
    return { pop, inst, hosp, beds, hb, tech, doc };
  });
  const tot = {}; ['inst', 'hosp', 'beds', 'hb', 'tech', 'doc'].forEach((k) => (tot[k] = sum(D.map((v) => v[k]))));
  tot.pop = rhu(sum(D.map((v) => v.pop)), 2);
  const heads = ['地区\nRegion', '常住人口（万人）\nResident Population (10 000 persons)', '医疗卫生机构（个）\nHealth Care Institutions (unit)', '#医院\nHospitals',
    '床位（张）\nBeds (unit)', '#医院\nHospitals', '卫生技术人员（人）\nHealth Technical Personnel (person)', '#执业（助理）医师\nLicensed (Assistant) Doctors', '每千人口床位数（张）\nBeds per 1000 Population (unit)'];
  const make = (B) => {
    const ws = B.sheet('卫生资源');
    B.title(ws, 1, 1, 9, '各县（市、区）医疗卫生资源（2024年）\nHealth Care Resources by County (2024)', 12);
    ws.getRow(1).height = 36;
    B.row(ws, 2, 1, heads, { align: 'center', bold: true, wrap: true });
    ws.getRow(2).height = 64;
    [['全市\nTotal', tot], ...regs.map(([c, e], i) => [c + '\n' + e, D[i]])].forEach(([lab, v], i) => {
      B.set(ws, 3 + i, 1, lab, { align: 'left', wrap: true });
      B.row(ws, 3 + i, 2, [v.pop, v.inst, v.hosp, v.beds, v.hb, v.tech, v.doc, rhu(v.beds / (v.pop * 10), 2)], [{ d: 2 }, { d: 0 }, { d: 0 }, { d: 0 }, { d: 0 }, { d: 0 }, { d: 0 }, { d: 2 }]);
    });
    B.text(ws, 4 + regs.length, 1, '注：#表示其中的主要项。\nNote: # indicates the major items of the total.', { wrap: true });
    [18, 16, 16, 12, 14, 12, 16, 16, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  };
  // plant: 全市 每千人口床位数 (rate)
  return emit('f31_双语_单元格内换行_卫生资源_井号其中.xlsx', make, { sheet: '卫生资源', addr: 'I3', kind: 'rate', pct: 7, d: 2, note: '全市 每千人口床位数' });
}

(async () => { await f29(); await f30(); await f31(); })().catch((e) => { console.error(e); process.exit(1); });
