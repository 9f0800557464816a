// NODE_PATH=/work/main/node_modules node gen.js   -> clean/NN-name folders + plants.json
const L = require('./lib');
const { unit, sum, table, wb, save, ENT_FULL, ENT_SIMPLE, SOC_FULL, fs, path, ri, setSeed, ledgerRows, csv } = L;
const OUT = '/tmp/round17-review/clean';
const plants = {};
const TOWNS = {
  青山县: ['青山镇', '龙泉镇', '太平乡', '石桥镇', '云岭乡'],
  云岭县: ['云岭镇', '青山镇', '白沙镇', '梅林乡'],
  白沙县: ['白沙街道', '城关镇', '青山乡', '新集镇', '龙泉乡', '双河镇'],
  石门县: ['城关镇', '石门镇', '桃源乡', '新集镇'],
  清河县: ['清河街道', '城关镇', '太平镇', '黄土岭乡', '马集镇'],
  临江县: ['临江镇', '江口镇', '城关镇', '柳湾乡'],
  松林县: ['松林镇', '新集镇', '长岗乡'],
  长宁县: ['长宁街道', '双河镇', '太平镇', '高桥乡', '花园乡'],
};
const TITLE_ENT = '非公有制企业党建工作情况统计表';
// build a county workbook (single sheet or given sheet), returns total unit + plant spot
function countyRows(county, towns, scale = 1) { const us = towns.map(t => unit(t, scale)); return { us, tot: sum(county, us) }; }
async function countyBook(dir, file, county, opts = {}) {
  const towns = opts.towns || TOWNS[county];
  const { us, tot } = opts.data || countyRows(county, towns);
  const w = opts.w || wb();
  if (opts.before) opts.before(w);
  const sheet = opts.sheet || 'Sheet1';
  const ws = w.addWorksheet(sheet);
  const info = table(ws, Object.assign({ title: opts.title || `${county}${TITLE_ENT}`, unit: '单位：家、个、%、名', date: opts.date || '截至2025年12月底',
    label: '乡镇（街道）', cols: opts.cols || ENT_FULL, rows: us.map(u => ({ label: u.name, u })), total: { label: opts.totalLabel || '合计', u: tot, pos: opts.totalPos } }, opts.table || {}));
  if (!opts.noSave) await save(w, dir, file);
  return { tot, us, info, w, sheet, plant: { file, sheet, cell: info.colOf('E') + info.cellMap[us[1].name] } };
}
async function cityBook(dir, file, rows, opts = {}) {
  const tot = sum('全市', rows.map(r => r.u));
  const w = opts.w || wb(); const sheet = opts.sheet || '汇总';
  const ws = w.addWorksheet(sheet);
  const info = table(ws, Object.assign({ title: opts.title || `云州市${TITLE_ENT}`, unit: '单位：家、个、%、名', date: opts.date || '截至2025年12月底', label: opts.label || '县（市、区）',
    cols: opts.cols || ENT_FULL, rows, total: { label: opts.totalLabel || '全市', u: tot, pos: opts.totalPos } }, opts.table || {}));
  if (!opts.noSave) await save(w, dir, file);
  return { tot, info, w, sheet };
}
const F = [];
const def = (name, fn) => F.push({ name, fn });

def('01-shared-town-and-county-names', async d => {
  const a = await countyBook(d, '青山县.xlsx', '青山县'); const b = await countyBook(d, '云岭县.xlsx', '云岭县'); const c = await countyBook(d, '白沙县.xlsx', '白沙县');
  await cityBook(d, '云州市汇总.xlsx', [a, b, c].map(x => ({ label: x.tot.name, u: x.tot })));
  return b.plant;
});
def('02-town-renamed-last-year', async d => {
  setSeed(202); const towns24 = ['青山镇', '龙泉镇', '太平乡', '石桥镇', '云岭乡'];
  const last = await countyBook(d, '青山县2024年.xlsx', '青山县', { towns: towns24, date: '截至2024年12月底', title: '青山县2024年度非公有制企业党建工作情况统计表' });
  const towns25 = ['青山镇', '龙泉镇', '太平镇', '石桥镇', '云岭乡'];
  const cur = await countyBook(d, '青山县2025年.xlsx', '青山县', { towns: towns25, title: '青山县2025年度非公有制企业党建工作情况统计表', table: { notes: ['注：2025年5月撤销太平乡，设立太平镇。'] } });
  const b = await countyBook(d, '云岭县2025年.xlsx', '云岭县', { title: '云岭县2025年度非公有制企业党建工作情况统计表' });
  await cityBook(d, '云州市2025年汇总.xlsx', [cur, b].map(x => ({ label: x.tot.name, u: x.tot })), { title: '云州市2025年度非公有制企业党建工作情况统计表' });
  return cur.plant;
});
def('03-city-shibenji-guanweihui', async d => {
  const q = await countyBook(d, '青山县.xlsx', '青山县');
  const kf = await countyBook(d, '云州经济技术开发区管委会.xlsx', '云州经济技术开发区', { towns: ['金桥街道', '临港社区', '综合保税区'], title: '云州经济技术开发区管委会非公有制企业党建工作情况统计表', table: { label: '街道（园区）' } });
  const gx = await countyBook(d, '云州高新技术产业开发区管委会.xlsx', '云州高新区', { towns: ['科创街道', '软件园', '双创基地'], title: '云州高新技术产业开发区（高新区）非公有制企业党建工作情况统计表', table: { label: '街道（园区）' } });
  const sbj = unit('市本级', 2), szs = unit('市直属', 1);
  await cityBook(d, '云州市汇总.xlsx', [{ label: '市本级', u: sbj }, { label: '市直属', u: szs }, { label: '经济技术开发区', u: kf.tot }, { label: '高新区', u: gx.tot }, { label: '青山县', u: q.tot }]);
  return kf.plant;
});
def('04-total-row-on-top', async d => {
  const xs = [];
  for (const c of ['石门县', '清河县', '临江县']) xs.push(await countyBook(d, c + '.xlsx', c, { totalPos: 'top', totalLabel: '全县' }));
  await cityBook(d, '云州市.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })), { totalPos: 'top' });
  return xs[2].plant;
});
def('05-cover-sheet-first', async d => {
  const xs = [];
  for (const c of ['青山县', '松林县']) xs.push(await countyBook(d, c + '.xlsx', c, { sheet: '统计表', before: w => { const s = w.addWorksheet('封面');
    s.getCell('B3').value = `${c}非公有制企业党建工作统计报表`; s.getCell('B6').value = `填报单位：中共${c}委组织部（盖章）`; s.getCell('B7').value = '报送日期：2026年1月8日'; s.getCell('B8').value = '联系人：张明  电话：0731-5512345'; } }));
  await cityBook(d, '云州市汇总表.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })));
  return xs[0].plant;
});
def('06-instructions-sheet-first', async d => {
  const xs = [];
  for (const c of ['长宁县', '临江县', '白沙县']) xs.push(await countyBook(d, c + '.xlsx', c, { sheet: '表1', before: w => { const s = w.addWorksheet('填报说明');
    ['填报说明', '一、统计范围：辖区内登记注册的非公有制企业（含个体工商户中的规上企业）。', '二、覆盖企业数 = 单独建立党组织的企业数 + 联合党组织覆盖的企业数。', '三、覆盖率（%）= 覆盖企业数 ÷ 企业数 × 100，保留1位小数。', '四、请于1月10日前报市委组织部组织二科。'].forEach((t, i) => s.getCell(i + 1, 1).value = t); } }));
  await cityBook(d, '云州市汇总.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })), { sheet: '表1', before: null });
  return xs[1].plant;
});
def('07-half-year-and-full-year', async d => {
  const H = [], Y = [];
  for (const c of ['青山县', '云岭县']) {
    const h = countyRows(c, TOWNS[c]);
    // full year: slightly larger
    const yus = h.us.map(u => { const v = Object.assign({}, u); v.E += ri(2, 9); v.b += ri(0, 3); v.own = v.c + v.g + v.b; v.cov = v.own + v.JC; v.members += ri(3, 20); return L.fin(v); });
    H.push(await countyBook(d, `${c}（上半年）.xlsx`, c, { data: h, date: '截至2025年6月底', title: `${c}2025年上半年${TITLE_ENT}` }));
    Y.push(await countyBook(d, `${c}（全年）.xlsx`, c, { data: { us: yus, tot: sum(c, yus) }, date: '截至2025年12月底', title: `${c}2025年${TITLE_ENT}` }));
  }
  await cityBook(d, '云州市（上半年）.xlsx', H.map(x => ({ label: x.tot.name, u: x.tot })), { date: '截至2025年6月底', title: `云州市2025年上半年${TITLE_ENT}` });
  await cityBook(d, '云州市（全年）.xlsx', Y.map(x => ({ label: x.tot.name, u: x.tot })), { date: '截至2025年12月底', title: `云州市2025年${TITLE_ENT}` });
  return Y[0].plant;
});
def('08-city-ent-soc-separate-county-both', async d => {
  const E = [], S = [];
  for (const c of ['石门县', '清河县', '松林县']) {
    const w = wb();
    const e = await countyBook(d, c + '.xlsx', c, { w, sheet: '非公企业', noSave: true });
    const s = await countyBook(d, c + '.xlsx', c, { w, sheet: '社会组织', cols: SOC_FULL, data: countyRows(c, TOWNS[c], 1), title: `${c}社会组织党建工作情况统计表`, table: { unit: '单位：个、%' } });
    E.push(e); S.push(s);
  }
  await cityBook(d, '云州市非公企业汇总.xlsx', E.map(x => ({ label: x.tot.name, u: x.tot })), { sheet: '非公企业' });
  await cityBook(d, '云州市社会组织汇总.xlsx', S.map(x => ({ label: x.tot.name, u: x.tot })), { sheet: '社会组织', cols: SOC_FULL, title: '云州市社会组织党建工作情况统计表', table: { unit: '单位：个、%' } });
  return Object.assign({}, S[1].plant);
});
def('09-parks-of-which-in-towns', async d => {
  const xs = [];
  for (const [c, parks] of [['青山县', { 龙泉镇: '龙泉工业园区', 石桥镇: '石桥物流园' }], ['长宁县', { 双河镇: '双河经济开发区' }]]) {
    const { us, tot } = countyRows(c, TOWNS[c]);
    const rows = [];
    for (const u of us) { rows.push({ label: u.name, u });
      if (parks[u.name]) { const p = { name: parks[u.name] }; p.E = Math.floor(u.E * 0.4); p.c = 0; p.g = Math.min(u.g, 1); p.b = Math.floor(u.b * 0.4); p.own = p.c + p.g + p.b; p.J = Math.min(u.J, 1); p.JC = Math.min(u.JC, 2 * p.J);
        p.cov = p.own + p.JC; p.members = Math.floor(u.members * 0.3); L.fin(p); rows.push({ label: '其中：' + p.name, u: p, seq: '' }); } }
    const w = wb(); const ws = w.addWorksheet('Sheet1');
    const info = table(ws, { title: `${c}${TITLE_ENT}`, unit: '单位：家、个、%、名', date: '截至2025年12月底', label: '乡镇（园区）', cols: ENT_FULL, rows, total: { label: '合计', u: tot }, seq: true,
      notes: ['说明：园区企业已计入所在乡镇，“其中”行不重复计入合计。'] });
    await save(w, d, c + '.xlsx');
    xs.push({ tot, plant: { file: c + '.xlsx', sheet: 'Sheet1', cell: info.colOf('E') + info.cellMap[us[0].name] } });
  }
  await cityBook(d, '云州市汇总.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })));
  return xs[0].plant;
});
async function summaryWithLedger(d, c, towns, yes, no, enc, ledgerName, opts = {}) {
  const us = towns.map(t => unit(t, 0.3)); us.forEach(u => { u.E = Math.max(u.E, u.cov + 3); L.fin(u); });
  const tot = sum(c, us);
  const cols = [{ h: ['企业数'], k: 'E' }, { h: ['建立党组织企业数'], k: 'cov' }, { h: ['单独组建企业数'], k: 'own' }, { h: ['联合组建企业数'], k: 'JC' }, { h: ['覆盖率（%）'], k: 'rate' }, { h: ['党员数'], k: 'members' }];
  const w = wb(); const ws = w.addWorksheet('汇总');
  const info = table(ws, { title: `${c}非公有制企业党组织覆盖情况汇总表`, date: '截至2025年12月底', label: '乡镇', cols, rows: us.map(u => ({ label: u.name, u })), total: { label: '合计', u: tot } });
  await save(w, d, `${c}汇总.xlsx`);
  const rows = [['序号', '企业名称', '所属乡镇', '组建形式', '是否建立党组织', '党员数']];
  let n = 1; for (const u of us) for (const r of ledgerRows(u, u.name, c.replace('县', ''))) rows.push([n++, r.name, r.town, r.kind === '未建立' ? '' : r.kind, r.built ? yes : no, r.members || (opts.zeroBlank ? '' : 0)]);
  fs.writeFileSync(path.join(d, ledgerName || `${c}台账.csv`), csv(rows, enc));
  return { tot, plant: { file: `${c}汇总.xlsx`, sheet: '汇总', cell: info.colOf('cov') + info.cellMap[us[0].name] } };
}
def('10-ledger-csv-seq-1-0', async d => {
  const a = await summaryWithLedger(d, '石门县', TOWNS['石门县'], 1, 0, 'utf8');
  return a.plant;
});
def('11-ledger-csv-gbk-check-marks', async d => {
  const a = await summaryWithLedger(d, '临江县', TOWNS['临江县'], '√', '×', 'gbk', '临江县台账.csv', { zeroBlank: true });
  const b = await summaryWithLedger(d, '松林县', TOWNS['松林县'], '√', '×', 'gbk', '松林县台账.csv', { zeroBlank: true });
  return b.plant;
});
def('12-province-city-county-baosheng', async d => {
  const cities = { 云州市: ['青山县', '云岭县', '白沙县'], 江川市: ['石门县', '清河县'], 临海市: ['临江县', '长宁县', '松林县'] };
  const prov = []; let plant;
  for (const [city, cs] of Object.entries(cities)) {
    const xs = [];
    for (const c of cs) xs.push(await countyBook(d, c + '.xlsx', c));
    const cb = await cityBook(d, `${city}汇总（报省）.xlsx`, xs.map(x => ({ label: x.tot.name, u: x.tot })), { title: `${city}${TITLE_ENT}` });
    prov.push({ label: city, u: Object.assign(cb.tot, { name: city }) });
    if (city === '江川市') plant = xs[0].plant;
  }
  await cityBook(d, '江北省汇总.xlsx', prov, { title: `江北省${TITLE_ENT}`, label: '市', totalLabel: '全省' });
  return plant;
});
def('13-remarks-column-and-filler-footer', async d => {
  const xs = [];
  for (const c of ['清河县', '长宁县', '云岭县']) {
    xs.push(await countyBook(d, c + '.xlsx', c, { table: { extra: [{ h: '备注', f: r => r.u.J > 2 ? `联合党组织${r.u.J}个，按产业链组建` : (r.label === '合计' ? null : '') }, { h: '党建指导员（名）', f: r => r.label === '合计' ? null : null }],
      notes: ['填报人：李红', '联系电话：0731-8823456', '审核人：王刚', '填报日期：2026年1月6日'] } }));
  }
  await cityBook(d, '云州市汇总.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })), { table: { extra: [{ h: '备注', f: r => r.label === '全市' ? '含3个县' : '' }], notes: ['填报人：赵敏', '电话：0731-8821000'] } });
  return xs[2].plant;
});
def('14-duplicate-county-file-copy1', async d => {
  const a = await countyBook(d, '青山县.xlsx', '青山县'); fs.copyFileSync(path.join(d, '青山县.xlsx'), path.join(d, '青山县(1).xlsx'));
  const b = await countyBook(d, '石门县.xlsx', '石门县');
  await cityBook(d, '云州市汇总.xlsx', [a, b].map(x => ({ label: x.tot.name, u: x.tot })));
  return b.plant;
});
def('15-county-and-district-same-name', async d => {
  const a = await countyBook(d, '青山县.xlsx', '青山县');
  const b = await countyBook(d, '青山区.xlsx', '青山区', { towns: ['青山街道', '东风街道', '解放路街道', '红旗街道'] });
  const c = await countyBook(d, '云岭县.xlsx', '云岭县');
  await cityBook(d, '云州市汇总.xlsx', [b, a, c].map(x => ({ label: x.tot.name, u: x.tot })), { label: '区县' });
  return a.plant;
});
def('16-towns-streets-subtotals', async d => {
  const c = '白沙县';
  const streets = ['白沙街道', '城南街道'].map(t => unit(t)); const towns = ['城关镇', '青山乡', '新集镇', '龙泉乡'].map(t => unit(t));
  const s1 = sum('街道小计', streets), s2 = sum('乡镇小计', towns), tot = sum(c, streets.concat(towns));
  const w = wb(); const ws = w.addWorksheet('Sheet1');
  const rows = [{ label: '街道小计', u: s1 }, ...streets.map(u => ({ label: u.name, u })), { label: '乡镇小计', u: s2 }, ...towns.map(u => ({ label: u.name, u }))];
  const info = table(ws, { title: `${c}${TITLE_ENT}`, unit: '单位：家、个、%、名', date: '截至2025年12月底', label: '乡镇（街道）', cols: ENT_FULL, rows, total: { label: '合计', u: tot, pos: 'top' } });
  await save(w, d, c + '.xlsx');
  const q = await countyBook(d, '青山县.xlsx', '青山县');
  await cityBook(d, '云州市汇总.xlsx', [{ label: c, u: tot }, { label: '青山县', u: q.tot }]);
  return { file: c + '.xlsx', sheet: 'Sheet1', cell: info.colOf('E') + info.cellMap['新集镇'] };
});
def('17-formulas-with-cached-results', async d => {
  const xs = [];
  for (const c of ['临江县', '石门县']) {
    const x = await countyBook(d, c + '.xlsx', c, { noSave: true });
    const ws = x.w.getWorksheet(x.sheet); const info = x.info;
    const rows = x.us.map(u => info.cellMap[u.name]); const tr = info.cellMap['合计'];
    for (const k of ['E', 'cov', 'own', 'c', 'g', 'b', 'J', 'JC', 'members']) { const col = info.colOf(k); ws.getCell(col + tr).value = { formula: `SUM(${col}${rows[0]}:${col}${rows[rows.length - 1]})`, result: x.tot[k] }; }
    for (const u of x.us) { const r = info.cellMap[u.name]; ws.getCell(info.colOf('own') + r).value = { formula: `${info.colOf('c')}${r}+${info.colOf('g')}${r}+${info.colOf('b')}${r}`, result: u.own };
      ws.getCell(info.colOf('cov') + r).value = { formula: `${info.colOf('own')}${r}+${info.colOf('JC')}${r}`, result: u.cov }; }
    for (const [r, u] of x.us.map(u => [info.cellMap[u.name], u]).concat([[tr, x.tot]])) { const cell = ws.getCell(info.colOf('rate') + r);
      cell.value = { formula: `ROUND(${info.colOf('cov')}${r}/${info.colOf('E')}${r}*100,1)`, result: u.rate }; cell.numFmt = '0.0'; }
    await save(x.w, d, c + '.xlsx'); xs.push(x);
  }
  await cityBook(d, '云州市汇总.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })));
  return Object.assign({}, xs[0].plant, { cell: xs[0].info.colOf('b') + xs[0].info.cellMap[xs[0].us[1].name] });
});
async function twoCountyLedgersXlsx(d) {
  const out = [];
  for (const c of ['青山县', '云岭县']) {
    const towns = c === '青山县' ? ['青山镇', '云岭乡', '龙泉镇'] : ['云岭镇', '青山镇', '白沙镇'];
    const us = towns.map(t => unit(t, 0.25)); us.forEach(u => { u.E = Math.max(u.E, u.cov + 2); L.fin(u); }); const tot = sum(c, us);
    const w = wb(); const ws = w.addWorksheet('汇总');
    const cols = [{ h: ['企业数'], k: 'E' }, { h: ['已建立党组织企业数'], k: 'cov' }, { h: ['单独组建'], k: 'own' }, { h: ['联合组建'], k: 'JC' }, { h: ['覆盖率（%）'], k: 'rate' }];
    const info = table(ws, { title: `${c}非公有制企业党组织覆盖情况汇总表`, date: '截至2025年12月底', label: '乡镇', cols, rows: us.map(u => ({ label: u.name, u })), total: { label: '全县', u: tot } });
    const lw = w.addWorksheet('台账');
    lw.getCell('A1').value = `${c}非公有制企业台账`; lw.mergeCells('A1:F1');
    ['序号', '企业名称', '所属乡镇', '组建形式', '是否建立党组织', '统一社会信用代码'].forEach((h, i) => lw.getCell(2, i + 1).value = h);
    let n = 1; for (const u of us) for (const r of ledgerRows(u, u.name, c.slice(0, 2))) { lw.addRow([n, r.name, r.town, r.kind === '未建立' ? '—' : r.kind, r.built ? '是' : '否', '91' + String(430000000000000 + n * 7919 + (c === '青山县' ? 0 : 5e6))]); n++; }
    await save(w, d, c + '.xlsx');
    out.push({ tot, plant: { file: c + '.xlsx', sheet: '汇总', cell: info.colOf('E') + info.cellMap[towns[1]] } });
  }
  return out;
}
def('18-ledgers-same-town-names-two-counties', async d => {
  const xs = await twoCountyLedgersXlsx(d);
  await cityBook(d, '云州市汇总.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })), { cols: ENT_SIMPLE.filter(c => c.k !== 'J') });
  return xs[1].plant;
});
def('19-city-fewer-columns-reordered', async d => {
  const xs = [];
  for (const c of ['清河县', '松林县', '长宁县']) xs.push(await countyBook(d, c + '.xlsx', c));
  const cols = [{ h: ['企业数'], k: 'E' }, { h: ['单独建立党组织数'], k: 'own' }, { h: ['联合党组织覆盖企业数'], k: 'JC' }, { h: ['覆盖企业数'], k: 'cov' }, { h: ['覆盖率（%）'], k: 'rate' }, { h: ['党员数'], k: 'members' }];
  await cityBook(d, '云州市汇总.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })), { cols });
  return xs[1].plant;
});
def('20-county-level-city', async d => {
  const a = await countyBook(d, '青山市.xlsx', '青山市', { towns: ['青山街道', '龙泉镇', '太平镇', '石桥镇'], totalLabel: '全市' });
  const b = await countyBook(d, '云岭县.xlsx', '云岭县', { totalLabel: '全县' });
  const c = await countyBook(d, '云州市云阳区.xlsx', '云阳区', { towns: ['云阳街道', '青山街道', '新城街道'], totalLabel: '全区' });
  await cityBook(d, '云州市.xlsx', [a, b, c].map(x => ({ label: x.tot.name, u: x.tot })));
  return a.plant;
});
def('21-county-current-and-last-year-sheets', async d => {
  const xs = [];
  for (const c of ['石门县', '临江县']) {
    const w = wb();
    const cur = await countyBook(d, c + '.xlsx', c, { w, sheet: '本期', noSave: true });
    await countyBook(d, c + '.xlsx', c, { w, sheet: '上年同期', date: '截至2024年12月底', title: `${c}${TITLE_ENT}（上年同期）` });
    xs.push(cur);
  }
  await cityBook(d, '云州市汇总.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })));
  return xs[0].plant;
});
def('22-attachment-filenames-seq-city', async d => {
  const xs = [];
  for (const c of ['云岭县', '白沙县', '清河县']) xs.push(await countyBook(d, `附件2-${c}非公企业党建统计表.xlsx`, c, { table: { seq: true } }));
  await cityBook(d, '附件1-云州市非公企业党建统计汇总表.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })), { table: { seq: true } });
  return xs[1].plant;
});
def('23-social-orgs-only', async d => {
  const xs = [];
  for (const c of ['青山县', '长宁县', '松林县']) xs.push(await countyBook(d, `${c}社会组织党建.xlsx`, c, { cols: SOC_FULL, title: `${c}社会组织党建工作情况统计表`, table: { unit: '单位：个、%' } }));
  await cityBook(d, '云州市社会组织党建汇总.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })), { cols: SOC_FULL, title: '云州市社会组织党建工作情况统计表', table: { unit: '单位：个、%' } });
  return xs[2].plant;
});
def('24-spaced-region-labels', async d => {
  const xs = [];
  for (const c of ['石门县', '云岭县', '松林县']) xs.push(await countyBook(d, c + '.xlsx', c, { totalLabel: '合  计' }));
  const lab = { 石门县: '石 门 县', 云岭县: '云 岭 县', 松林县: '松 林 县' };
  await cityBook(d, '云州市汇总.xlsx', xs.map(x => ({ label: lab[x.tot.name], u: x.tot })), { totalLabel: '全  市' });
  return xs[0].plant;
});
def('25-county-subfolders', async d => {
  const xs = [];
  for (const c of ['青山县', '白沙县']) xs.push(await countyBook(path.join(d, c), '统计表.xlsx', c));
  await cityBook(d, '云州市汇总.xlsx', xs.map(x => ({ label: x.tot.name, u: x.tot })));
  xs[1].plant.file = '白沙县/统计表.xlsx';
  return xs[1].plant;
});
(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  let i = 0;
  for (const f of F) { setSeed(1000 + (i++) * 37); const d = path.join(OUT, f.name); fs.mkdirSync(d, { recursive: true }); plants[f.name] = await f.fn(d); }
  fs.writeFileSync('/tmp/round17-review/plants.json', JSON.stringify(plants, null, 1));
  console.log('generated', F.length);
})();
