// Generates ~30 internally consistent county workbooks: 汇总 + one sheet per township/industry.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'clean');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

let seed = 37;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = a => a[Math.floor(rnd() * a.length)];
const r1 = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

const COUNTIES = ['青山县', '白河县', '石门县', '柳林县', '东平县', '安远县', '临泉县', '大名县', '永和县', '宁陵县', '西华县', '太康县', '新野县', '宜阳县', '栾川县'];
const TOWNS = ['城关镇', '东关镇', '西河乡', '北山镇', '南湖乡', '杨店镇', '李集镇', '王庄乡', '高桥镇', '马坊乡', '新安镇', '长岭乡', '双庙镇', '花园乡'];
const INDUSTRIES = ['制造业', '建筑业', '批发和零售业', '交通运输业', '住宿和餐饮业', '信息技术服务业'];
const ENT_WORDS = ['华兴', '鑫源', '宏达', '金科', '恒泰', '德润', '祥和', '永盛', '瑞丰', '天成', '博远', '嘉禾', '盛世', '正阳', '利民', '福星'];
const ENT_SUFFIX = ['机械有限公司', '建材有限公司', '食品有限公司', '纺织有限公司', '商贸有限公司', '农业开发有限公司', '物流有限公司', '科技有限公司', '塑业有限公司'];
const ORG_SUFFIX = ['行业协会', '商会', '志愿者协会', '社会工作服务中心', '民办幼儿园', '养老服务中心', '职业培训学校'];
const VILLAGES = ['张庄村', '李湾村', '王岗村', '赵楼村', '刘寨村', '陈店村', '杨桥村', '周营村', '吴洼村', '孙岭村', '前进村', '和平村', '红星村', '胜利村'];

function entities(kind, n) {
  const list = [];
  const used = new Set();
  for (let i = 0; i < n; i++) {
    let name;
    do { name = pick(ENT_WORDS) + (kind === 'org' ? pick(['县', '镇', '']) + pick(ORG_SUFFIX) : pick(ENT_SUFFIX)); } while (used.has(name));
    used.add(name);
    const staff = ri(3, kind === 'org' ? 40 : 320);
    const members = Math.min(staff, ri(0, Math.max(1, Math.floor(staff / 8))));
    const women = ri(0, members);
    let built = members >= 3 ? rnd() < 0.75 : rnd() < 0.2;
    const type = built ? (members >= 3 ? pick(['单独', '单独', '联合']) : '联合') : '';
    const covered = built || rnd() < 0.4;
    list.push({ name, staff, members, women, built, type, covered });
  }
  return list;
}

function villages(n) {
  const vs = [...VILLAGES].sort(() => rnd() - 0.5).slice(0, n);
  return vs.map(name => {
    const hh = ri(150, 900); const pop = hh * ri(3, 4) + ri(0, 50);
    const members = ri(20, 90); const women = ri(3, Math.floor(members * 0.6)); const young = ri(2, Math.floor(members * 0.5));
    return { name, hh, pop, members, women, young };
  });
}

const thinBorder = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
function title(ws, text, ncols, row = 1) {
  ws.getCell(row, 1).value = text;
  ws.mergeCells(row, 1, row, ncols);
  ws.getCell(row, 1).font = { bold: true, size: 14 };
  ws.getCell(row, 1).alignment = { horizontal: 'center' };
}
function writeRow(ws, r, vals) { vals.forEach((v, i) => { if (v !== undefined && v !== null) { const c = ws.getCell(r, i + 1); c.value = v; c.border = thinBorder; } }); }

// ---------- township sheet: enterprise / org list ----------
// returns totals and the next row
function entSheet(ws, cfg, unitName, list) {
  let r = 1;
  title(ws, cfg.sheetTitle(unitName), 8); r++;
  if (cfg.unitLine) { ws.getCell(r, 1).value = `填报单位：${unitName}党委（盖章）`; ws.getCell(r, 6).value = '单位：个、人'; r++; }
  if (cfg.mergedHeader) {
    writeRow(ws, r, ['序号', cfg.kind === 'org' ? '社会组织名称' : '企业名称', '从业人员数', '党员数', null, '党组织建立情况', null, cfg.cover ? '是否被党组织覆盖（含联合覆盖）' : '备注']);
    writeRow(ws, r + 1, [null, null, null, '小计', '其中：女', '是否建立党组织', '党组织类型（单独/联合）', null]);
    ws.mergeCells(r, 1, r + 1, 1); ws.mergeCells(r, 2, r + 1, 2); ws.mergeCells(r, 3, r + 1, 3);
    ws.mergeCells(r, 4, r, 5); ws.mergeCells(r, 6, r, 7); ws.mergeCells(r, 8, r + 1, 8);
    r += 2;
  } else {
    writeRow(ws, r, ['序号', cfg.kind === 'org' ? '社会组织名称' : '企业名称', '从业人员数（人）', '党员数（人）', '其中：女党员', '是否建立党组织', '党组织类型', cfg.cover ? '是否被党组织覆盖（含联合覆盖）' : '备注']);
    r++;
  }
  const tot = { n: list.length, built: 0, staff: 0, members: 0, women: 0, single: 0, joint: 0, covered: 0 };
  const totalFirst = cfg.totalFirst;
  const totRow = totalFirst ? r : r + list.length;
  const firstData = totalFirst ? r + 1 : r;
  list.forEach((e, i) => {
    writeRow(ws, firstData + i, [i + 1, e.name, e.staff, e.members, e.women, e.built ? '是' : '否', e.built ? e.type : (cfg.dash ? '—' : ''), cfg.cover ? (e.covered ? '是' : '否') : '']);
    if (e.covered) tot.covered++;
    tot.staff += e.staff; tot.members += e.members; tot.women += e.women;
    if (e.built) { tot.built++; if (e.type === '单独') tot.single++; else tot.joint++; }
  });
  const label = cfg.totalLabel;
  // 合计 row: 是否建立 column carries count of 是 (as county offices often do)
  writeRow(ws, totRow, [null, label, tot.staff, tot.members, tot.women, cfg.countInTotal ? tot.built : null, null, cfg.cover && cfg.countInTotal ? tot.covered : null]);
  if (cfg.formulas) ['C', 'D', 'E'].forEach((L, k) => { ws.getCell(`${L}${totRow}`).value = { formula: `SUM(${L}${firstData}:${L}${firstData + list.length - 1})`, result: [tot.staff, tot.members, tot.women][k] }; });
  ws.getCell(totRow, 2).font = { bold: true };
  r = totalFirst ? firstData + list.length : totRow + 1;
  if (cfg.notes) { ws.getCell(r + 1, 1).value = '注：1.从业人员数含劳务派遣人员；2.“是否建立党组织”填“是”或“否”。'; r += 2; }
  ws.getColumn(2).width = 30;
  return tot;
}

// ---------- township sheet: villages ----------
function villageSheet(ws, cfg, unitName, list) {
  let r = 1;
  title(ws, `${unitName}村级党组织及党员情况统计表`, 7); r++;
  if (cfg.unitLine) { ws.getCell(r, 1).value = '单位：户、人'; r++; }
  writeRow(ws, r, ['序号', '村名', '户数', '人口数', '党员数', '其中：女党员', '其中：35岁及以下']); r++;
  const tot = { n: list.length, hh: 0, pop: 0, members: 0, women: 0, young: 0 };
  list.forEach((v, i) => { writeRow(ws, r + i, [i + 1, v.name, v.hh, v.pop, v.members, v.women, v.young]); for (const k of ['hh', 'pop', 'members', 'women', 'young']) tot[k] += v[k]; });
  r += list.length;
  writeRow(ws, r, [null, cfg.totalLabel, tot.hh, tot.pop, tot.members, tot.women, tot.young]);
  return tot;
}

const rateDigits = cfg => cfg.rateDigits;
const rate = (a, b, d) => b === 0 ? 0 : r1(a / b * 100, d);

async function makeWorkbook(idx) {
  const county = COUNTIES[idx % COUNTIES.length];
  const mode = idx < 30 ? ['ent', 'org', 'ent', 'village', 'industry', 'twoyear', 'fubiao'][idx % 7] : ['cover', 'twoyear2', 'cover', 'pctfmt', 'twoyear2', 'cover', 'pctfmt', 'cover'][idx - 30];
  const cfg = {
    kind: mode === 'org' ? 'org' : 'ent',
    unitLine: rnd() < 0.6,
    mergedHeader: rnd() < 0.5,
    notes: rnd() < 0.5,
    totalLabel: pick(['合计', '合  计', '总计', '小计']),
    countInTotal: rnd() < 0.6,
    totalFirst: rnd() < 0.25,
    rateDigits: pick([1, 2]),
    cover: mode === 'cover',
    dash: rnd() < 0.5,
    formulas: mode === 'pctfmt' || (mode === 'cover' && rnd() < 0.5),
  };
  cfg.sheetTitle = u => `${county}${u}${cfg.kind === 'org' ? '社会组织' : '非公有制企业'}党建工作情况统计表`;
  const nUnits = ri(3, 7);
  const units = mode === 'industry' ? INDUSTRIES.slice(0, Math.min(nUnits, INDUSTRIES.length)) : [...TOWNS].sort(() => rnd() - 0.5).slice(0, nUnits);
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet(mode === 'fubiao' ? '附表1' : '汇总');
  const sheetNames = units.map((u, i) => mode === 'fubiao' ? `附表${i + 2}` : u);
  const tots = [];
  units.forEach((u, i) => {
    const ws = wb.addWorksheet(sheetNames[i]);
    if (mode === 'village') tots.push(villageSheet(ws, cfg, u, villages(ri(4, 9))));
    else tots.push(entSheet(ws, cfg, u, entities(cfg.kind, ri(5, 14))));
  });

  // ---------- summary sheet ----------
  const grand = mode === 'county' ? '全县总计' : pick(['全县合计', '全县合计', '合计', '总计']);
  let r = 1;
  const unitCol = mode === 'industry' ? '行业' : '乡镇';
  if (mode === 'village') {
    const ncol = 8;
    title(sum, `${county}村级党组织及党员情况汇总表`, ncol); r++;
    if (cfg.unitLine) { sum.getCell(r, 1).value = `填报单位：${county}委组织部`; sum.getCell(r, 7).value = '单位：个、户、人'; r++; }
    writeRow(sum, r, ['序号', unitCol, '村数', '户数', '人口数', '党员数', '其中：女党员', '其中：35岁及以下']); r++;
    const G = { n: 0, hh: 0, pop: 0, members: 0, women: 0, young: 0 };
    tots.forEach((t, i) => { writeRow(sum, r++, [i + 1, units[i], t.n, t.hh, t.pop, t.members, t.women, t.young]); for (const k in G) G[k] += t[k]; });
    writeRow(sum, r++, [null, grand, G.n, G.hh, G.pop, G.members, G.women, G.young]);
  } else if (mode === 'twoyear') {
    title(sum, `${county}非公有制企业党组织覆盖情况汇总表（2023—2024年）`, 10); r++;
    sum.getCell(r, 1).value = '单位：个、%'; r++;
    writeRow(sum, r, ['序号', unitCol, '企业数', null, '已建立党组织企业数', null, '覆盖率（%）', null, '企业数增长（%）', '党员数']);
    writeRow(sum, r + 1, [null, null, '2023年', '2024年', '2023年', '2024年', '2023年', '2024年', null, '2024年']);
    sum.mergeCells(r, 1, r + 1, 1); sum.mergeCells(r, 2, r + 1, 2); sum.mergeCells(r, 3, r, 4); sum.mergeCells(r, 5, r, 6); sum.mergeCells(r, 7, r, 8); sum.mergeCells(r, 9, r + 1, 9);
    r += 2;
    const G = { n0: 0, n: 0, b0: 0, b: 0, m: 0 };
    const d = cfg.rateDigits;
    const rows = tots.map(t => {
      const n0 = Math.max(1, t.n - ri(-2, 4)); const b0 = Math.min(n0, Math.max(0, t.built - ri(0, 3)));
      return { n0, n: t.n, b0, b: t.built, m: t.members };
    });
    const line = (label, x, i) => [i, label, x.n0, x.n, x.b0, x.b, rate(x.b0, x.n0, d), rate(x.b, x.n, d), r1((x.n - x.n0) / x.n0 * 100, 1), x.m];
    rows.forEach((x, i) => { writeRow(sum, r++, line(units[i], x, i + 1)); for (const k in G) G[k] += x[k]; });
    writeRow(sum, r++, line(grand, G, null));
  } else if (mode === 'twoyear2') {
    title(sum, `${county}非公有制企业党员情况对比表`, 8); r++;
    writeRow(sum, r, ['乡镇', '2023年', null, '2024年', null, '增减（+、-）', null, '备注']);
    writeRow(sum, r + 1, [null, '企业数', '党员数', '企业数', '党员数', '企业数', '党员数', null]);
    sum.mergeCells(r, 1, r + 1, 1); sum.mergeCells(r, 2, r, 3); sum.mergeCells(r, 4, r, 5); sum.mergeCells(r, 6, r, 7); sum.mergeCells(r, 8, r + 1, 8);
    r += 2;
    const G = { n0: 0, m0: 0, n: 0, m: 0 };
    const rows = tots.map(t => ({ n0: Math.max(1, t.n - ri(-2, 3)), m0: Math.max(0, t.members - ri(-6, 10)), n: t.n, m: t.members }));
    const first = r;
    rows.forEach((x, i) => { writeRow(sum, r++, [units[i], x.n0, x.m0, x.n, x.m, x.n - x.n0, x.m - x.m0, '']); for (const k in G) G[k] += x[k]; });
    writeRow(sum, r, [grand, G.n0, G.m0, G.n, G.m, G.n - G.n0, G.m - G.m0, '']);
    ['B', 'C', 'D', 'E', 'F', 'G'].forEach((L, k) => { sum.getCell(`${L}${r}`).value = { formula: `SUM(${L}${first}:${L}${r - 1})`, result: [G.n0, G.m0, G.n, G.m, G.n - G.n0, G.m - G.m0][k] }; });
    r++;
    sum.getCell(r + 1, 1).value = '注：2023年数据来源于上年度党内统计年报。';
  } else if (mode === 'cover') {
    const hdr = ['序号', unitCol, '企业数', '已建立党组织企业数', '党组织覆盖企业数', '党组织覆盖率（%）', '从业人员数', '党员数'];
    title(sum, `${county}非公有制企业党组织覆盖情况汇总表`, hdr.length); r++;
    sum.getCell(r, 1).value = `填报单位：${county}委组织部  填报日期：2024年12月31日`; sum.getCell(r, 7).value = '单位：个、人、%'; r++;
    writeRow(sum, r, hdr); r++;
    const G = { n: 0, built: 0, covered: 0, staff: 0, members: 0 };
    const d = cfg.rateDigits;
    const line = (label, t, i) => [i, label, t.n, t.built, t.covered, rate(t.covered, t.n, d), t.staff, t.members];
    tots.forEach(t => { for (const k in G) G[k] += t[k]; });
    tots.forEach((t, i) => writeRow(sum, r++, line(units[i], t, i + 1)));
    writeRow(sum, r++, line(grand, G, null));
    // 其中 row: subset of county (规模以上企业), computed from the biggest enterprises' share — a plausible subset
    const sub = { n: Math.ceil(G.n / 4), built: 0, covered: 0, staff: 0, members: 0 };
    sub.built = Math.min(sub.n, Math.ceil(G.built / 2)); sub.covered = Math.min(sub.n, Math.max(sub.built, Math.ceil(G.covered / 2)));
    sub.staff = Math.floor(G.staff / 2); sub.members = Math.floor(G.members / 2);
    writeRow(sum, r++, [null, '其中：规模以上企业', sub.n, sub.built, sub.covered, rate(sub.covered, sub.n, d), sub.staff, sub.members]);
    r++; sum.getCell(r, 1).value = '注：党组织覆盖企业数含单独建立、联合建立党组织的企业及由党建指导员等方式覆盖的企业；覆盖率=党组织覆盖企业数÷企业数×100%。';
  } else {
    const isOrg = cfg.kind === 'org';
    const noun = isOrg ? '社会组织' : '企业';
    const hdr = ['序号', unitCol, `${noun}数`, `已建立党组织${noun}数`, '其中：单独组建', '其中：联合组建', mode === 'pctfmt' ? '党组织覆盖率' : '覆盖率（%）', '从业人员数', '党员数'];
    const ncol = hdr.length;
    title(sum, `${county}${isOrg ? '社会组织' : '非公有制企业'}党建工作情况汇总表`, ncol); r++;
    if (cfg.unitLine) { sum.getCell(r, 1).value = `填报单位：${county}委组织部`; sum.getCell(r, 7).value = '单位：个、人、%'; r++; }
    writeRow(sum, r, hdr); r++;
    const G = { n: 0, built: 0, single: 0, joint: 0, staff: 0, members: 0 };
    const d = cfg.rateDigits;
    const line = (label, t, i) => [i, label, t.n, t.built, t.single, t.joint, mode === 'pctfmt' ? r1(t.built / t.n, d + 2) : rate(t.built, t.n, d), t.staff, t.members];
    const grandFirst = rnd() < 0.3;
    tots.forEach(t => { for (const k in G) G[k] += t[k]; });
    if (grandFirst) writeRow(sum, r++, line(grand, G, null));
    tots.forEach((t, i) => writeRow(sum, r++, line(units[i], t, i + 1)));
    if (!grandFirst) writeRow(sum, r++, line(grand, G, null));
    if (mode === 'pctfmt') for (let k = 1; k < r; k++) sum.getCell(k, 7).numFmt = '0.0%';
    if (cfg.notes) { r++; sum.getCell(r, 1).value = `注：覆盖率=已建立党组织${noun}数÷${noun}数×100%。`; }
  }
  sum.getColumn(2).width = 16;
  const file = `${String(idx + 1).padStart(2, '0')}_${county}_${mode}.xlsx`;
  await wb.xlsx.writeFile(path.join(OUT, file));
  return file;
}

(async () => {
  const files = [];
  for (let i = 0; i < 38; i++) files.push(await makeWorkbook(i));
  console.log(files.length, 'workbooks written');
})();
