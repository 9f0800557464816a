// Generator: clean + planted workbooks on 两新 party-organisation statistics (province level).
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes clean/, planted/ and manifest.json under the folder given (default /tmp/round40-c); the corpus keeps the clean
// files that statlint checks.
const OUT = process.argv[2] || '/tmp/round40-c';
for (const sub of ['clean', 'planted']) fs.mkdirSync(path.join(OUT, sub), { recursive: true });

function mkR(seed) { return () => { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const ri = (r, a, b) => a + Math.floor(r() * (b - a + 1));
const pick = (r, a) => a[Math.floor(r() * a.length)];
// rate rounded half-up on exact rationals
function rate(c, t, d = 1) { if (!t) return 0; const f = 10 ** d; const num = c * 100 * f, q = Math.floor(num / t), rem = num - q * t; return (2 * rem >= t ? q + 1 : q) / f; }
function growth(a, b, d = 1) { // (b-a)/a*100, half away from zero
  const f = 10 ** d, num = Math.abs(b - a) * 100 * f, q = Math.floor(num / a), rem = num - q * a; const v = (2 * rem >= a ? q + 1 : q) / f; return b >= a ? v : -v; }
const r1 = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const CITIES = {
  '济南市': ['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区', '莱芜区', '钢城区', '平阴县', '商河县'],
  '青岛市': ['市南区', '市北区', '黄岛区', '崂山区', '李沧区', '城阳区', '即墨区', '胶州市', '平度市', '莱西市'],
  '淄博市': ['淄川区', '张店区', '博山区', '临淄区', '周村区', '桓台县', '高青县', '沂源县'],
  '枣庄市': ['市中区', '薛城区', '峄城区', '台儿庄区', '山亭区', '滕州市'],
  '烟台市': ['芝罘区', '福山区', '牟平区', '莱山区', '蓬莱区', '龙口市', '莱阳市', '莱州市', '招远市', '栖霞市', '海阳市'],
  '潍坊市': ['潍城区', '寒亭区', '坊子区', '奎文区', '青州市', '诸城市', '寿光市', '安丘市', '高密市', '昌邑市', '临朐县', '昌乐县'],
};
const INDUSTRIES = ['农、林、牧、渔业', '制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '租赁和商务服务业', '科学研究和技术服务业', '居民服务、修理和其他服务业', '其他行业'];

// ---------- data model ----------
function unit(r, scale = 1) {
  const N = ri(r, 120, 3800) * scale;
  const own = Math.floor(N * (0.12 + r() * 0.45));
  const joint = Math.floor((N - own) * r() * 0.45);
  const jointOrgs = Math.max(1, Math.floor(joint / ri(r, 2, 9)));
  const cov = own + joint;
  const zd = Math.floor((N - cov) * r() * 0.7);
  const work = cov + zd;
  const dw = Math.floor(own * r() * 0.08), dzz = Math.floor(own * r() * 0.1), dzb = own - dw - dzz;
  const members = own * ri(r, 4, 12) + joint * ri(r, 1, 3);
  const nomem = Math.floor((N - own) * (0.25 + r() * 0.6));
  const instr = ri(r, 5, 60) * scale;
  return { N, own, joint, jointOrgs, cov, work, dw, dzz, dzb, members, nomem, instr };
}
const KEYS = ['N', 'own', 'joint', 'jointOrgs', 'cov', 'work', 'dw', 'dzz', 'dzb', 'members', 'nomem', 'instr'];
function sum(us) { const o = {}; for (const k of KEYS) o[k] = us.reduce((a, u) => a + u[k], 0); return o; }

// ---------- sheet spec writer ----------
// spec: {name, pre:[[...]], headers:[[...]], merges:['A1:H1'], rows:[{cells:[..], kind}], post:[[...]], widths, fmts:{col:numFmt}}
// a cell: number | string | null | {v, fmt, f (formula), indent}
function colL(n) { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function addr(spec, ri_, ci) { return colL(ci) + (spec.pre.length + spec.headers.length + ri_ + 1); }

const FW = '０１２３４５６７８９';
function textify(v, style, d) {
  if (style === 'comma') return v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  if (style === 'full') return v.toFixed(d).replace(/[0-9]/g, c => FW[+c]);
  if (style === 'plain') return v.toFixed(d);
  return v;
}

async function writeBook(file, specs, csv) {
  if (csv) {
    const s = specs[0];
    const all = [...s.pre, ...s.headers, ...s.rows.map(r => r.cells), ...s.post];
    const esc = x => { if (x == null) return ''; if (typeof x === 'object') x = x.v == null ? '' : (typeof x.v === 'number' && x.fmt ? x.v.toFixed(x.fmt === '0.00' ? 2 : 1) : String(x.v)); x = String(x); return /[",\n]/.test(x) ? '"' + x.replace(/"/g, '""') + '"' : x; };
    fs.writeFileSync(file, '\ufeff' + all.map(r => r.map(esc).join(',')).join('\r\n') + '\r\n');
    return;
  }
  const wb = new ExcelJS.Workbook();
  for (const s of specs) {
    const ws = wb.addWorksheet(s.name);
    const all = [...s.pre, ...s.headers, ...s.rows.map(r => r.cells), ...s.post];
    all.forEach((row, i) => row.forEach((c, j) => {
      if (c == null) return;
      const cell = ws.getCell(i + 1, j + 1);
      if (typeof c === 'object') {
        if (c.f) cell.value = { formula: c.f, result: c.v }; else cell.value = c.v;
        if (c.fmt) cell.numFmt = c.fmt;
        if (c.indent) cell.alignment = { indent: c.indent };
      } else cell.value = c;
    }));
    for (const [j, f] of Object.entries(s.fmts || {})) {
      for (let i = s.pre.length + s.headers.length; i < s.pre.length + s.headers.length + s.rows.length; i++) {
        const cell = ws.getCell(i + 1, +j + 1); if (typeof cell.value === 'number' && !cell.numFmt) cell.numFmt = f;
      }
    }
    for (const m of s.merges || []) ws.mergeCells(m);
    (s.widths || []).forEach((w, j) => ws.getColumn(j + 1).width = w);
  }
  await wb.xlsx.writeFile(file);
}

function cover(title, unitName) {
  return { name: '封面', pre: [], headers: [], rows: [], merges: ['A2:F2'], post: [
    ['表号：组统（两新）12表'], [title], [], ['填报单位：' + unitName + '（盖章）'], ['报送日期：2026年7月10日'], ['统计时点：2026年6月30日'], ['批准文号：鲁组统字〔2024〕3号'], ['联系电话：0531-86123456'] ] };
}
function instructions() {
  return { name: '填报说明', pre: [['填报说明']], headers: [['序号', '指标', '口径说明', '计量单位']], merges: [], rows: [
    { cells: [1, '企业数', '指辖区内登记注册、从业人员3人以上的非公有制企业', '户'] },
    { cells: [2, '已建立党组织企业数', '单独建立与联合建立党组织覆盖的企业数之和', '户'] },
    { cells: [3, '党组织覆盖率', '已建立党组织企业数÷企业数×100，保留1位小数', '%'] },
    { cells: [4, '党的工作覆盖率', '（已建立党组织企业数＋选派党建工作指导员等方式覆盖的企业数）÷企业数×100', '%'] },
    { cells: [5, '无党员企业数', '没有正式党员的企业数', '户'] },
    { cells: [6, '党员数', '组织关系在企业党组织的正式党员和预备党员', '名'] },
  ], post: [[], ['注：本表于每年1月10日、7月10日前报送，数据截至上年末/6月30日。']] };
}
const footer = (u) => [[], ['填报单位：' + u, null, '填报人：王丽', null, '审核人：陈刚', null, '联系电话：13905310821'], ['填报日期：2026年7月8日']];

// ---------- layouts ----------
// Each returns {specs, plants:[{sheet,ri,ci,kind,newv(old)}]}; cell objects are addressed via spec rows.

// P: province sheet, three levels
function layoutProvince(r, o) {
  const cities = Object.keys(CITIES).slice(0, o.nCities || 4);
  const cols = o.cols || ['N', 'cov', 'own', 'joint', 'rate', 'work', 'wrate', 'members', 'nomem', 'instr'];
  const H = { N: '企业数（户）', cov: '已建立党组织企业数', own: '其中：单独建立', joint: '联合建立', rate: '党组织覆盖率（%）', work: '党的工作覆盖企业数', wrate: '党的工作\n覆盖率（%）', members: '党员数（名）', nomem: '无党员企业数', instr: '选派党建工作指导员（名）' };
  const labelCols = o.twoCol ? 2 : 1;
  const cityUnits = cities.map(c => { const cs = CITIES[c].map(k => ({ name: k, u: unit(r) })); return { name: c, cs, u: sum(cs.map(x => x.u)) }; });
  // partial: city has extra unlisted counties, listed ones are 其中
  if (o.partial) for (const cu of cityUnits) { const extra = unit(r, 3); const listed = cu.cs.slice(0, 3); cu.cs = listed; cu.u = sum([...listed.map(x => x.u), extra]); }
  const prov = sum(cityUnits.map(c => c.u));
  const val = (u, k) => {
    if (k === 'rate') return { v: rate(u.cov, u.N, o.d || 1), fmt: o.d === 2 ? '0.00' : '0.0', k };
    if (k === 'wrate') return { v: rate(u.work, u.N, o.d || 1), fmt: o.d === 2 ? '0.00' : '0.0', k };
    return { v: u[k], k };
  };
  const rows = [];
  const mkRow = (labels, u, kind) => {
    const cells = [...labels, ...cols.map(k => val(u, k))];
    if (o.text) cells.forEach((c, j) => { if (c && typeof c === 'object' && r() < 0.35) { const d = (c.k === 'rate' || c.k === 'wrate') ? (o.d || 1) : 0; const st = c.k.includes('rate') && o.text === 'pct' ? 'pct' : o.text; c.v = st === 'pct' ? c.v.toFixed(d) + '%' : textify(c.v, st, d); } });
    rows.push({ cells, kind, u });
  };
  const provLabel = o.provLabel || '全省';
  if (!o.totalBottom) mkRow(o.twoCol ? [provLabel, null] : [provLabel], prov, 'total');
  cityUnits.forEach((cu, ci) => {
    let cityLabel = cu.name;
    if (o.style === 'num') cityLabel = ['一、', '二、', '三、', '四、', '五、', '六、'][ci] + cu.name;
    if (o.style === 'hash') cityLabel = cu.name;
    const cityRow = () => mkRow(o.twoCol ? [cu.name, '小计'] : [o.cityAfter ? cu.name + '小计' : cityLabel], cu.u, 'sub');
    if (!o.cityAfter) cityRow();
    cu.cs.forEach((k, ki) => {
      let lab = k.name;
      if (o.style === 'space') lab = '  ' + lab;
      if (o.style === 'fullspace') lab = '　　' + lab;
      if (o.style === 'num') lab = `（${'一二三四五六七八九十'[ki] || ki + 1}）` + lab;
      if (o.style === 'qizhong') lab = (ki === 0 ? '其中：' : '　　　') + lab;
      if (o.style === 'hash') lab = '#' + lab;
      const labCell = o.style === 'indentfmt' ? { v: lab, indent: 2 } : lab;
      mkRow(o.twoCol ? [null, labCell] : [labCell], k.u, 'leaf');
    });
    if (o.cityAfter) cityRow();
  });
  if (o.totalBottom) mkRow(o.twoCol ? [provLabel, null] : [provLabel], prov, 'total');
  const hdr = [...(o.twoCol ? ['市', '县（市、区）'] : ['地区']), ...cols.map(k => H[k])];
  const ncol = hdr.length;
  const spec = { name: o.sheet || '全省汇总', pre: [[o.title || '2026年上半年全省非公有制企业党组织建设情况统计表'], ['单位：户、名、%', ...Array(ncol - 2).fill(null), '截至2026年6月30日']], headers: [hdr], rows, post: o.footer ? footer('中共山东省委组织部组织二处') : [['注：党组织覆盖率＝已建立党组织企业数÷企业数×100。']], merges: ['A1:' + colL(ncol - 1) + '1'], widths: [16, ...Array(ncol).fill(12)] };
  const C = k => labelCols + cols.indexOf(k);
  const plants = [];
  const leafIdx = rows.map((x, i) => x.kind === 'leaf' ? i : -1).filter(i => i >= 0);
  const subIdx = rows.map((x, i) => x.kind === 'sub' ? i : -1).filter(i => i >= 0);
  const totIdx = rows.findIndex(x => x.kind === 'total');
  const L = pick(r, leafIdx);
  if (cols.includes('rate')) plants.push({ kind: 'leaf-rate', ri: L, ci: C('rate'), delta: 'rate' });
  if (cols.includes('own')) plants.push({ kind: 'leaf-own', ri: pick(r, leafIdx), ci: C('own'), delta: 'count' });
  plants.push({ kind: 'leaf-N', ri: pick(r, leafIdx), ci: C('N'), delta: 'count' });
  if (cols.includes('members')) plants.push({ kind: 'leaf-members', ri: pick(r, leafIdx), ci: C('members'), delta: 'count' });
  if (!o.partial) plants.push({ kind: 'sub-cov', ri: pick(r, subIdx), ci: C('cov'), delta: 'count' });
  plants.push({ kind: 'total-N', ri: totIdx, ci: C('N'), delta: 'count' });
  if (cols.includes('wrate')) plants.push({ kind: 'sub-wrate', ri: pick(r, subIdx), ci: C('wrate'), delta: 'rate' });
  return { specs: [spec], plants: plants.map(p => ({ ...p, sheet: spec.name })) };
}

// B: two-row header with 单独建立 breakdown and 联合党组织
function layoutOrgForm(r, o) {
  const cities = Object.keys(CITIES);
  const us = cities.map(c => ({ name: c, u: unit(r, 3) }));
  const tot = sum(us.map(x => x.u));
  const hdr1 = ['市', '企业数', '单独建立党组织', null, null, null, '联合党组织', null, '已覆盖企业数', '党组织覆盖率（%）', '无党员企业', null];
  const hdr2 = [null, null, '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数', null, null, '户数', '占企业数比例（%）'];
  const row = (name, u, kind) => ({ kind, cells: [name, u.N, u.own, u.dw, u.dzz, u.dzb, u.jointOrgs, u.joint, u.cov, { v: rate(u.cov, u.N), fmt: '0.0' }, u.nomem, { v: rate(u.nomem, u.N), fmt: '0.0' }] });
  const rows = [row('合计', tot, 'total'), ...us.map(x => row(x.name, x.u, 'leaf'))];
  if (o.totalBottom) rows.push(rows.shift());
  const spec = { name: o.sheet || '党组织设置', pre: [['全省非公有制企业党组织设置情况'], ['单位：户、个、%']], headers: [hdr1, hdr2], rows, post: footer('省委两新工委'), merges: ['A1:L1', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:H3', 'I3:I4', 'J3:J4', 'K3:L3'] };
  const leaf = rows.map((x, i) => x.kind === 'leaf' ? i : -1).filter(i => i >= 0);
  const plants = [
    { kind: 'dzb', ri: pick(r, leaf), ci: 5, delta: 'count' },
    { kind: 'jointcov', ri: pick(r, leaf), ci: 7, delta: 'count' },
    { kind: 'cov', ri: pick(r, leaf), ci: 8, delta: 'count' },
    { kind: 'nomem-share', ri: pick(r, leaf), ci: 11, delta: 'rate' },
    { kind: 'joint-orgs>covered', ri: pick(r, leaf), ci: 6, delta: 'jointorgs' },
  ];
  return { specs: [spec], plants: plants.map(p => ({ ...p, sheet: spec.name })) };
}

// I: by industry with 规模以上 as 其中 column
function layoutIndustry(r, o) {
  const inds = INDUSTRIES.map(n => { const u = unit(r, 4); const big = Math.floor(u.N * (0.05 + r() * 0.2)); const bigCov = Math.floor(Math.min(big, u.cov) * (0.5 + r() * 0.5)); return { name: n, u: { ...u, big, bigCov } }; });
  const tot = sum(inds.map(x => x.u)); tot.big = inds.reduce((a, x) => a + x.u.big, 0); tot.bigCov = inds.reduce((a, x) => a + x.u.bigCov, 0);
  const hdr = ['行业', '企业数', '其中：规模以上', '已建立党组织企业数', '其中：规模以上', '党组织覆盖率（%）', '规模以上企业党组织覆盖率（%）', '党员数'];
  const row = (name, u, kind) => ({ kind, cells: [name, u.N, u.big, u.cov, u.bigCov, { v: rate(u.cov, u.N), fmt: '0.0' }, { v: rate(u.bigCov, u.big), fmt: '0.0' }, u.members] });
  const rows = [row(o.totLabel || '总计', tot, 'total')];
  inds.forEach(x => {
    rows.push(row(o.indent ? '  ' + x.name : x.name, x.u, 'leaf'));
    if (x.name === '制造业' && o.subRow) { // 其中：高技术制造业 — a part row, not in the total
      const u = x.u; const s = { N: Math.floor(u.N * 0.2), big: Math.floor(u.big * 0.4) }; s.cov = Math.floor(Math.min(u.cov, s.N) * 0.7); s.bigCov = Math.min(s.big, Math.floor(u.bigCov * 0.4), s.cov); s.members = Math.floor(u.members * 0.25);
      rows.push(row('    其中：高技术制造业', s, 'part'));
    }
  });
  const spec = { name: o.sheet || '分行业', pre: [['2026年上半年非公有制企业党建工作分行业统计表'], ['填报单位：' + (o.city || '济南市') + '委组织部', null, null, null, null, null, '单位：户、名、%']], headers: [hdr], rows, post: footer((o.city || '济南市') + '委组织部'), merges: ['A1:H1'], widths: [30, 10, 12, 16, 12, 14, 18, 10] };
  const leaf = rows.map((x, i) => x.kind === 'leaf' ? i : -1).filter(i => i >= 0);
  const mfg = rows.findIndex(x => x.cells[0].trim() === '制造业');
  const plants = [
    { kind: 'big>whole', ri: pick(r, leaf), ci: 2, delta: 'exceed', whole: 1 },
    { kind: 'bigcov-rate', ri: pick(r, leaf), ci: 6, delta: 'rate' },
    { kind: 'leaf-cov', ri: pick(r, leaf), ci: 3, delta: 'count' },
    { kind: 'total-members', ri: 0, ci: 7, delta: 'count' },
  ];
  if (o.subRow) plants.push({ kind: 'part-row>whole', ri: mfg + 1, ci: 1, delta: 'exceedrow', wholeRi: mfg });
  return { specs: [spec], plants: plants.map(p => ({ ...p, sheet: spec.name })) };
}

// Y: 年度对比
function layoutYear(r, o) {
  const names = o.byIndustry ? INDUSTRIES.slice(0, 8) : Object.keys(CITIES);
  const items = names.map(n => { const a = unit(r, 2); const N2 = Math.max(50, a.N + ri(r, -Math.floor(a.N * 0.1), Math.floor(a.N * 0.25))); const cov2 = Math.min(N2, a.cov + ri(r, -20, Math.floor(a.cov * 0.3))); const nm2 = Math.max(0, a.nomem - ri(r, 0, Math.floor(a.nomem * 0.6))); return { name: n, N1: a.N, C1: a.cov, N2, C2: cov2, M1: a.nomem, M2: nm2 }; });
  const T = { name: o.totLabel || '全省' }; for (const k of ['N1', 'C1', 'N2', 'C2', 'M1', 'M2']) T[k] = items.reduce((s, x) => s + x[k], 0);
  const list = [T, ...items];
  let hdr, rows, merges, colsK;
  const d = o.d || 1, fmt = d === 2 ? '0.00' : '0.0';
  if (o.flat) {
    hdr = [['地区', '2025年企业数', '2026年企业数', '增减', '增长（%）', '2025年无党员企业数', '2026年无党员企业数', '下降（%）']];
    rows = list.map((x, i) => ({ kind: i ? 'leaf' : 'total', cells: [x.name, x.N1, x.N2, x.N2 - x.N1, { v: growth(x.N1, x.N2, d), fmt }, x.M1, x.M2, { v: x.M1 ? -growth(x.M1, x.M2, d) : 0, fmt }] }));
    merges = ['A1:H1'];
    colsK = { growth: 4, N2: 2, diff: 3, decline: 7, M2: 6 };
  } else {
    hdr = [[o.byIndustry ? '行业' : '地区', '2025年', null, null, '2026年', null, null, '增减', null, null, '增长（%）', null],
      [null, '企业数', '已建立党组织企业数', '覆盖率（%）', '企业数', '已建立党组织企业数', '覆盖率（%）', '企业数', '已建立党组织企业数', '覆盖率（百分点）', '企业数', '已建立党组织企业数']];
    rows = list.map((x, i) => { const ra = rate(x.C1, x.N1, d), rb = rate(x.C2, x.N2, d); return { kind: i ? 'leaf' : 'total', cells: [x.name, x.N1, x.C1, { v: ra, fmt }, x.N2, x.C2, { v: rb, fmt }, x.N2 - x.N1, x.C2 - x.C1, { v: r1(rb - ra, d), fmt }, { v: growth(x.N1, x.N2, d), fmt }, { v: growth(x.C1, x.C2, d), fmt }] }; });
    merges = ['A1:L1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2', 'K2:L2'];
    colsK = { growth: 11, N2: 4, diff: 7, rate2: 6, pp: 9 };
  }
  if (o.totalBottom) rows.push(rows.shift());
  const spec = { name: o.sheet || '年度对比', pre: [[(o.byIndustry ? '分行业' : '分市') + '非公有制企业党组织覆盖情况年度对比（2025年—2026年）']], headers: hdr, rows, post: [['注：2025年为年末数，2026年为6月末数；增长（%）＝（2026年－2025年）÷2025年×100。'], ...footer('省委组织部组织二处')], merges };
  const leaf = rows.map((x, i) => x.kind === 'leaf' ? i : -1).filter(i => i >= 0);
  const plants = [
    { kind: 'growth', ri: pick(r, leaf), ci: colsK.growth, delta: 'rate' },
    { kind: 'diff', ri: pick(r, leaf), ci: colsK.diff, delta: 'count' },
    { kind: 'N2', ri: pick(r, leaf), ci: colsK.N2, delta: 'count' },
  ];
  if (colsK.decline) plants.push({ kind: 'decline', ri: pick(r, leaf), ci: colsK.decline, delta: 'rate' });
  if (colsK.rate2) plants.push({ kind: 'rate2', ri: pick(r, leaf), ci: colsK.rate2, delta: 'rate' });
  return { specs: [spec], plants: plants.map(p => ({ ...p, sheet: spec.name })) };
}

// S: 社会组织 by kind
function soc(r, scale = 1) { const n = Math.max(3, Math.round(ri(r, 40, 900) * scale)); const own = Math.floor(n * (0.1 + r() * 0.4)); const joint = Math.floor((n - own) * r() * 0.5); const m = own * ri(r, 3, 9) + joint; return { n, own, joint, cov: own + joint, m }; }
function sumS(a) { const o = {}; for (const k of ['n', 'own', 'joint', 'cov', 'm']) o[k] = a.reduce((s, x) => s + x[k], 0); return o; }
function layoutSocial(r, o) {
  const specs = []; const plants = [];
  const kinds = ['社会团体', '民办非企业单位（社会服务机构）', '基金会'];
  if (o.mode === 'rowsKinds') {
    const st = soc(r, 3), assoc = { n: Math.floor(st.n * 0.3) }; assoc.own = Math.floor(Math.min(st.own, assoc.n) * 0.6); assoc.joint = Math.floor(Math.min(st.joint, assoc.n - assoc.own) * 0.5); assoc.cov = assoc.own + assoc.joint; assoc.m = Math.floor(st.m * 0.3);
    const mf = soc(r, 4), fd = soc(r, 0.2); const tot = sumS([st, mf, fd]);
    const row = (lab, u, kind) => ({ kind, cells: [lab, u.n, u.cov, u.own, u.joint, { v: rate(u.cov, u.n), fmt: '0.0' }, u.m] });
    const rows = [row('合计', tot, 'total'), row('一、社会团体', st, 'leaf'), row('　　其中：行业协会商会', assoc, 'part'), row('二、民办非企业单位（社会服务机构）', mf, 'leaf'), row('三、基金会', fd, 'leaf')];
    const spec = { name: '社会组织', pre: [['全省社会组织党组织覆盖情况'], ['单位：个、名、%']], headers: [['类别', '社会组织数', '已建立党组织的社会组织数', '其中：单独建立', '联合建立', '党组织覆盖率（%）', '党员数']], rows, post: footer('省委社会工作部'), merges: ['A1:G1'] };
    specs.push(spec);
    plants.push({ sheet: spec.name, kind: 'assoc>whole', ri: 2, ci: 1, delta: 'exceedrow', wholeRi: 1 }, { sheet: spec.name, kind: 'kind-rate', ri: 3, ci: 5, delta: 'rate' }, { sheet: spec.name, kind: 'kind-own', ri: 4, ci: 3, delta: 'count' });
  } else if (o.mode === 'sheetsPerKind') {
    const cities = Object.keys(CITIES);
    const per = kinds.map(k => cities.map(c => ({ c, u: soc(r, k === '基金会' ? 0.1 : 1) })));
    const mk = (name, title, list, kind) => { const tot = sumS(list.map(x => x.u)); const rows = [{ kind: 'total', cells: ['全省', tot.n, tot.cov, { v: rate(tot.cov, tot.n), fmt: '0.0' }, tot.m] }, ...list.map(x => ({ kind: 'leaf', cells: [x.c, x.u.n, x.u.cov, { v: rate(x.u.cov, x.u.n), fmt: '0.0' }, x.u.m] }))]; return { name, pre: [[title], ['单位：个、名、%']], headers: [['市', kind + '数', '已建立党组织数', '覆盖率（%）', '党员数']], rows, post: [['审核人：赵敏', null, '填报人：刘洋']], merges: ['A1:E1'] }; };
    kinds.forEach((k, i) => specs.push(mk(k.replace(/（.*）/, ''), '全省' + k + '党组织覆盖情况', per[i], k.replace(/（.*）/, ''))));
    const all = cities.map((c, j) => ({ c, u: sumS(per.map(p => p[j].u)) }));
    specs.unshift(mk('汇总', '全省社会组织党组织覆盖情况汇总', all, '社会组织'));
    plants.push({ sheet: '社会团体', kind: 'kind-city-n', ri: 3, ci: 1, delta: 'count' }, { sheet: '汇总', kind: 'sum-rate', ri: 2, ci: 3, delta: 'rate' }, { sheet: '基金会', kind: 'fd-cov', ri: 4, ci: 2, delta: 'count' });
  } else { // cityCols: two-row header per kind
    const cities = Object.keys(CITIES).slice(0, 5);
    const data = cities.map(c => { const st = soc(r), mf = soc(r, 2), fd = soc(r, 0.1); const ha = Math.floor(st.n * 0.35); const hac = Math.floor(Math.min(ha, st.cov) * 0.6); return { c, st, mf, fd, ha, hac }; });
    const T = { c: '全省', st: sumS(data.map(x => x.st)), mf: sumS(data.map(x => x.mf)), fd: sumS(data.map(x => x.fd)), ha: data.reduce((s, x) => s + x.ha, 0), hac: data.reduce((s, x) => s + x.hac, 0) };
    const row = (x, kind) => { const all = sumS([x.st, x.mf, x.fd]); return { kind, cells: [x.c, all.n, all.cov, { v: rate(all.cov, all.n), fmt: '0.0' }, x.st.n, x.st.cov, x.ha, x.hac, x.mf.n, x.mf.cov, x.fd.n, x.fd.cov] }; };
    const rows = [...data.map(x => row(x, 'leaf')), row(T, 'total')];
    const spec = { name: '分类统计', pre: [['社会组织党建工作分类统计表']], headers: [['地区', '合计', null, null, '社会团体', null, '其中：行业协会商会', null, '社会服务机构', null, '基金会', null], [null, '数量', '已建党组织', '覆盖率（%）', '数量', '已建党组织', '数量', '已建党组织', '数量', '已建党组织', '数量', '已建党组织']], rows, post: footer('省委社会工作部'), merges: ['A1:L1', 'A2:A3', 'B2:D2', 'E2:F2', 'G2:H2', 'I2:J2', 'K2:L2'] };
    specs.push(spec);
    plants.push({ sheet: spec.name, kind: 'ha>st', ri: 1, ci: 6, delta: 'exceed', whole: 4 }, { sheet: spec.name, kind: 'mf-n', ri: 2, ci: 8, delta: 'count' }, { sheet: spec.name, kind: 'tot-rate', ri: 3, ci: 3, delta: 'rate' });
  }
  return { specs, plants };
}

// A: 党员 by age / education
function layoutAge(r, o) {
  const specs = [], plants = [];
  const bandsA = ['30岁及以下', '31—40岁', '41—50岁', '51—60岁', '61岁及以上'];
  const bandsE = ['研究生', '大学本科', '大学专科', '中专及以下'];
  if (o.mode === 'cols') {
    const cities = Object.keys(CITIES);
    const data = cities.map(c => { const a = bandsA.map(() => ri(r, 200, 9000)); const t = a.reduce((x, y) => x + y, 0); const fem = Math.floor(t * (0.2 + r() * 0.2)); const col = Math.floor(t * (0.3 + r() * 0.4)); return { c, a, t, fem, col }; });
    const T = { c: '合计', a: bandsA.map((_, i) => data.reduce((s, x) => s + x.a[i], 0)), t: data.reduce((s, x) => s + x.t, 0), fem: data.reduce((s, x) => s + x.fem, 0), col: data.reduce((s, x) => s + x.col, 0) };
    const row = (x, kind) => ({ kind, cells: [x.c, x.t, ...x.a, x.fem, { v: rate(x.fem, x.t), fmt: '0.0' }, x.col, { v: rate(x.col, x.t), fmt: '0.0' }] });
    const rows = [...data.map(x => row(x, 'leaf')), row(T, 'total')];
    const spec = { name: '党员结构', pre: [['两新组织党员队伍结构情况'], ['单位：名、%']], headers: [['市', '党员总数', ...bandsA, '其中：女党员', '女党员占比（%）', '大专及以上学历', '大专及以上占比（%）']], rows, post: footer('省委组织部'), merges: ['A1:K1'] };
    specs.push(spec);
    plants.push({ sheet: spec.name, kind: 'band', ri: 2, ci: 4, delta: 'count' }, { sheet: spec.name, kind: 'share', ri: 4, ci: 8, delta: 'rate' }, { sheet: spec.name, kind: 'fem-share', ri: 1, ci: 8, delta: 'rate' });
  } else {
    // rows = bands; shares of a total
    const a = bandsA.map(() => ri(r, 800, 30000)); const t = a.reduce((x, y) => x + y, 0);
    const eParts = [0.04, 0.33, 0.28]; const e = eParts.map(p => Math.floor(t * (p + r() * 0.05))); e.push(t - e.reduce((x, y) => x + y, 0));
    const sh = v => ({ v: rate(v, t), fmt: '0.0' });
    const rows = [{ kind: 'total', cells: ['党员总数', t, { v: 100, fmt: '0.0' }] }, { kind: 'head', cells: ['按年龄分', null, null] }, ...bandsA.map((b, i) => ({ kind: 'leaf', cells: ['　' + b, a[i], sh(a[i])] })), { kind: 'head', cells: ['按学历分', null, null] }, ...bandsE.map((b, i) => ({ kind: 'leaf', cells: ['　' + b, e[i], sh(e[i])] }))];
    const spec = { name: '党员年龄学历', pre: [['非公有制企业党员年龄、学历构成'], ['单位：名、%']], headers: [['项目', '人数', '占比（%）']], rows, post: [['说明：占比＝各项人数÷党员总数×100，各项占比因四舍五入，合计可能不等于100。'], ...footer('潍坊市委组织部')], merges: ['A1:C1'] };
    specs.push(spec);
    plants.push({ sheet: spec.name, kind: 'age-band', ri: 3, ci: 1, delta: 'count' }, { sheet: spec.name, kind: 'edu-share', ri: 10, ci: 2, delta: 'rate' });
  }
  return { specs, plants };
}

// T: transposed — indicators as rows, cities as columns
function layoutTransposed(r, o) {
  const cities = Object.keys(CITIES).slice(0, 5);
  const us = cities.map(() => unit(r, 3)); const T = sum(us);
  const ind = [['企业数（户）', 'N'], ['已建立党组织企业数（户）', 'cov'], ['　其中：单独建立', 'own'], ['　　　　联合建立', 'joint'], ['党组织覆盖率（%）', 'rate'], ['党员数（名）', 'members'], ['无党员企业数（户）', 'nomem']];
  const v = (u, k) => k === 'rate' ? { v: rate(u.cov, u.N), fmt: '0.0' } : u[k];
  const rows = ind.map(([lab, k]) => ({ kind: 'ind', cells: [lab, v(T, k), ...us.map(u => v(u, k))] }));
  const spec = { name: '分市情况', pre: [['各市非公有制企业党建工作主要指标']], headers: [['指标', '全省', ...cities]], rows, post: footer('省委组织部'), merges: ['A1:G1'] };
  return { specs: [spec], plants: [{ sheet: spec.name, kind: 'T-cov', ri: 1, ci: 3, delta: 'count' }, { sheet: spec.name, kind: 'T-rate', ri: 4, ci: 4, delta: 'rate' }, { sheet: spec.name, kind: 'T-own', ri: 2, ci: 5, delta: 'count' }] };
}

// ---------- plant ----------
function applyPlant(specs, p, r) {
  const s = specs.find(x => x.name === p.sheet); const row = s.rows[p.ri];
  let c = row.cells[p.ci]; const isObj = c && typeof c === 'object';
  const raw = isObj ? c.v : c;
  const old = typeof raw === 'string' ? Number(raw.replace(/[,%]/g, '').replace(/[０-９]/g, ch => FW.indexOf(ch))) : raw;
  let nv;
  if (p.delta === 'rate') nv = r1(old + (old > 50 ? -1 : 1) * (1.3 + ri(r, 0, 30) / 10));
  else if (p.delta === 'count') { const k = Math.max(7, Math.round(Math.abs(old) * 0.1)); nv = old + (old > k * 2 ? -k : k); }
  else if (p.delta === 'exceed') { const w = row.cells[p.whole]; nv = (typeof w === 'object' ? w.v : w) + ri(r, 3, 40); }
  else if (p.delta === 'exceedrow') { const w = s.rows[p.wholeRi].cells[p.ci]; nv = (typeof w === 'object' ? w.v : w) + ri(r, 3, 40); }
  else if (p.delta === 'jointorgs') { nv = row.cells[7] + ri(r, 2, 10); }
  const shown = typeof raw === 'string' ? (raw.endsWith('%') ? nv.toFixed(1) + '%' : String(nv)) : nv;
  if (isObj) row.cells[p.ci] = { ...c, v: shown }; else row.cells[p.ci] = shown;
  return { sheet: p.sheet, cell: addr(s, p.ri, p.ci), old: raw, new: shown, kind: p.kind };
}

// ---------- the list of workbooks ----------
const BOOKS = [
  ['p01-space-top', r => layoutProvince(r, { style: 'space' })],
  ['p02-fullspace-bottom', r => layoutProvince(r, { style: 'fullspace', totalBottom: true, footer: true })],
  ['p03-num', r => layoutProvince(r, { style: 'num', nCities: 6 })],
  ['p04-twocol', r => layoutProvince(r, { twoCol: true, footer: true })],
  ['p05-cityafter', r => layoutProvince(r, { cityAfter: true, totalBottom: true, provLabel: '合计' })],
  ['p06-qizhong', r => layoutProvince(r, { style: 'qizhong' })],
  ['p07-partial', r => layoutProvince(r, { style: 'qizhong', partial: true })],
  ['p08-indentfmt', r => layoutProvince(r, { style: 'indentfmt', nCities: 3 })],
  ['p09-text-comma', r => layoutProvince(r, { style: 'space', text: 'comma' })],
  ['p10-text-full', r => layoutProvince(r, { style: 'fullspace', text: 'full', nCities: 3 })],
  ['p11-text-pct', r => layoutProvince(r, { style: 'space', text: 'pct', totalBottom: true })],
  ['p12-2dec', r => layoutProvince(r, { style: 'space', d: 2, nCities: 5 })],
  ['p13-hash', r => layoutProvince(r, { style: 'hash', cols: ['N', 'cov', 'rate', 'members', 'instr'] })],
  ['p14-cover', r => { const x = layoutProvince(r, { style: 'fullspace', footer: true, sheet: '表1 党组织覆盖' }); x.specs.unshift(cover('2026年上半年全省两新组织党建工作统计报表', '中共山东省委组织部'), instructions()); return x; }],
  ['p15-csv', r => layoutProvince(r, { style: 'space', nCities: 3 }), true],
  ['p16-minimal', r => layoutProvince(r, { style: 'fullspace', cols: ['N', 'cov', 'rate', 'work', 'wrate'], provLabel: '全 省' })],
  ['b01-orgform', r => layoutOrgForm(r, {})],
  ['b02-orgform-bottom', r => layoutOrgForm(r, { totalBottom: true })],
  ['i01-industry', r => layoutIndustry(r, {})],
  ['i02-industry-subrow', r => layoutIndustry(r, { subRow: true, indent: true, totLabel: '合计' })],
  ['i03-industry-qd', r => { const x = layoutIndustry(r, { city: '青岛市', sheet: '按行业' }); x.specs.unshift(cover('青岛市非公有制企业党建统计（分行业）', '青岛市委组织部')); return x; }],
  ['y01-year', r => layoutYear(r, {})],
  ['y02-year-industry', r => layoutYear(r, { byIndustry: true, totLabel: '合计', totalBottom: true })],
  ['y03-year-flat', r => layoutYear(r, { flat: true })],
  ['y04-year-2dec', r => layoutYear(r, { d: 2 })],
  ['y05-year-csv', r => layoutYear(r, { flat: true, totalBottom: true }), true],
  ['s01-social-kinds', r => layoutSocial(r, { mode: 'rowsKinds' })],
  ['s02-social-sheets', r => layoutSocial(r, { mode: 'sheetsPerKind' })],
  ['s03-social-cols', r => layoutSocial(r, { mode: 'cityCols' })],
  ['a01-age-cols', r => layoutAge(r, { mode: 'cols' })],
  ['a02-age-rows', r => layoutAge(r, { mode: 'rows' })],
  ['t01-transposed', r => layoutTransposed(r, {})],
  ['m01-multi', r => { const a = layoutProvince(r, { style: 'space', sheet: '覆盖情况' }); const b = layoutIndustry(r, { sheet: '分行业' }); const c = layoutAge(r, { mode: 'rows' }); return { specs: [cover('全省两新组织党建年报', '省委组织部'), instructions(), ...a.specs, ...b.specs, ...c.specs], plants: [...a.plants, ...b.plants, ...c.plants] }; }],
  ['m02-multi-year', r => { const a = layoutYear(r, {}); const b = layoutSocial(r, { mode: 'rowsKinds' }); return { specs: [...a.specs, ...b.specs, instructions()], plants: [...a.plants, ...b.plants] }; }],
  ['m03-multi-2', r => { const a = layoutOrgForm(r, { sheet: '组织设置' }); const b = layoutProvince(r, { style: 'num', sheet: '分县区', nCities: 3, footer: true }); return { specs: [cover('两新党建统计', '省委两新工委'), ...a.specs, ...b.specs], plants: [...a.plants, ...b.plants] }; }],
];

(async () => {
  const manifest = {};
  let n = 0;
  for (const [i, [name, fn, csv]] of BOOKS.entries()) {
    const seed = 4000 + i * 17;
    const ext = csv ? '.csv' : '.xlsx';
    const { specs } = fn(mkR(seed));
    await writeBook(path.join(OUT, 'clean', name + ext), specs, csv);
    if (i % 7 === 6 && n >= 0 && BOOKS.length - i > 0 && (i === 6 || i === 20)) continue; // skip a few for planting
    if (n >= 27) continue;
    const x = fn(mkR(seed)); // identical regeneration
    const pr = mkR(seed + 1);
    const p = x.plants[(i * 3 + 1) % x.plants.length];
    const rec = applyPlant(x.specs, p, pr);
    await writeBook(path.join(OUT, 'planted', name + ext), x.specs, csv);
    manifest[name + ext] = rec; n++;
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', BOOKS.length, 'planted', n);
})();
