// NODE_PATH=/work/main/node_modules node gen.js   -> clean/NN-name folders + plants.json  (round18, bottom-up: every upper figure is the sum object of its parts)
const L = require('./lib');
const { unit, sum, table, wb, save, ENT_FULL, ENT_SIMPLE, SOC_FULL, fs, path, ri, rnd, setSeed, ledgerRows, csv, fin } = L;
const OUT = '/tmp/round18-review/clean';
const plants = {};
const TOWNS = {
  青山县: ['青山镇', '龙泉镇', '太平乡', '石桥镇', '云岭乡'], 云岭县: ['云岭镇', '城关镇', '白沙镇', '梅林乡'],
  白沙县: ['白沙街道', '城关镇', '新集镇', '龙泉乡'], 石门县: ['城关镇', '石门镇', '桃源乡', '新集镇'],
  清河县: ['清河街道', '城关镇', '太平镇', '马集镇'], 临江县: ['临江镇', '江口镇', '城关镇', '柳湾乡'],
  松林县: ['松林镇', '新集镇', '长岗乡'], 长宁县: ['长宁街道', '双河镇', '太平镇', '高桥乡'],
};
const T = '非公有制企业党建工作情况统计表';
const VIL = ['东社区', '西社区', '南村', '北村', '中心村'];
const rowsOf = us => us.map(u => ({ label: u.name, u }));
const countyData = (c, towns, scale = 1) => { const us = (towns || TOWNS[c]).map(t => unit(t, scale)); return { us, tot: sum(c, us) }; };
async function book(dir, file, name, data, o = {}) {
  const w = o.w || wb(); const sheet = o.sheet || 'Sheet1'; const ws = w.addWorksheet(sheet);
  const info = table(ws, Object.assign({ title: o.title || `${name}${T}`, unit: o.unit === undefined ? '单位：家、个、%、名' : o.unit, date: o.date || '截至2025年12月底',
    label: o.label || '乡镇（街道）', cols: o.cols || ENT_FULL, rows: o.rows || rowsOf(data.us), total: { label: o.totalLabel || '合计', u: data.tot, pos: o.totalPos } }, o.table || {}));
  if (!o.noSave) await save(w, dir, file);
  const pr = o.plantRow || (data.us[1] || data.us[0]).name;
  return { tot: data.tot, us: data.us, info, w, sheet, plant: { file, sheet, cell: info.colOf(o.plantKey || 'E') + info.cellMap[pr] } };
}
const cityData = (xs, name = '全市') => ({ us: xs.map(x => x.tot), tot: sum(name, xs.map(x => x.tot)) });
async function city(dir, file, xs, o = {}) { return book(dir, file, '云州市', cityData(xs), Object.assign({ label: '县（市、区）', totalLabel: '全市', sheet: '汇总' }, o)); }
// town data with villages below
function townData(t, n = 4) { const vs = VIL.slice(0, n).map(v => unit(t.replace(/(镇|乡|街道)$/, '') + v, 0.3)); vs.forEach(u => { u.E = Math.max(u.E, u.cov + 2); fin(u); }); const tot = sum(t, vs); return { us: vs, tot }; }
function jointNames(u, prefix) { // split JC among J orgs, each >= 2
  const sizes = Array(u.J).fill(2); let left = u.JC - 2 * u.J; let i = 0; while (left > 0) { sizes[i % u.J]++; left--; i++; }
  const names = []; sizes.forEach((s, k) => { for (let j = 0; j < s; j++) names.push(`中共${prefix}第${k + 1}联合支部委员会`); }); return names; }
function ledger(us, prefix, o = {}) {
  const rows = []; for (const u of us) { const jn = jointNames(u, prefix + u.name); let q = 0;
    for (const r of ledgerRows(u, u.name, prefix)) rows.push({ name: r.name, town: u.name, kind: r.kind, built: r.built, members: r.members, org: r.kind === '单独组建' ? `中共${r.name}支部委员会` : r.kind === '联合组建' ? jn[q++] : '', staff: ri(8, 300) }); }
  return rows; }
function ledgerSheet(w, sheet, title, rows, o = {}) {
  const ws = w.addWorksheet(sheet); ws.getCell('A1').value = title; ws.mergeCells('A1:H1');
  const H = o.head || ['序号', '企业名称', '所属乡镇', '组建方式', '是否建立党组织', '党组织名称', '党员人数', '从业人员数'];
  H.forEach((h, i) => ws.getCell(2, i + 1).value = h);
  rows.forEach((r, i) => ws.addRow(o.map ? o.map(r, i) : [i + 1, r.name, r.town, r.kind === '未建立' ? '' : r.kind, r.built ? '是' : '否', r.org, r.members, r.staff]));
  return ws; }
const LCOLS = [{ h: ['企业数'], k: 'E' }, { h: ['建立党组织企业数'], k: 'cov' }, { h: ['单独组建企业数'], k: 'own' }, { h: ['联合组建企业数'], k: 'JC' }, { h: ['联合党组织数'], k: 'J' }, { h: ['覆盖率（%）'], k: 'rate' }, { h: ['党员人数'], k: 'members' }];
const ledgerUnits = (towns, sc = 0.3) => { const us = towns.map(t => unit(t, sc)); us.forEach(u => { u.E = Math.max(u.E, u.cov + 3); fin(u); }); return us; };
const F = []; const def = (name, fn) => F.push({ name, fn });

def('01-place-files-prefix-suffix', async d => {
  const a = await book(d, '青山县2025年报.xlsx', '青山县', countyData('青山县'));
  const b = await book(d, '附件2-云岭县.xlsx', '云岭县', countyData('云岭县'));
  const c = await book(d, '白沙县（修订）.xlsx', '白沙县', countyData('白沙县'), { table: { notes: ['注：本表为修订稿，替代1月5日报送稿。'] } });
  await city(d, '附件1-云州市2025年报汇总.xlsx', [a, b, c]);
  return c.plant;
});
def('02-county-summary-town-books', async d => {
  const c = '青山县'; const xs = [];
  for (const t of TOWNS[c]) xs.push(await book(d, `${t}.xlsx`, t, townData(t), { label: '村（社区）', totalLabel: '全镇' }));
  await book(d, `${c}汇总.xlsx`, c, { us: xs.map(x => x.tot), tot: sum(c, xs.map(x => x.tot)) }, { totalLabel: '全县' });
  return xs[2].plant;
});
def('03-town-books-same-names-two-counties', async d => {
  const cs = [];
  for (const c of ['石门县', '临江县']) { const xs = [];
    for (const t of TOWNS[c]) xs.push(await book(d, `${c}${t}.xlsx`, c + t, townData(t, 3), { label: '村（社区）', title: `${c}${t}${T}` }));
    cs.push(await book(d, `${c}.xlsx`, c, { us: xs.map(x => x.tot), tot: sum(c, xs.map(x => x.tot)) }));
    if (c === '临江县') cs.plant = xs[2].plant; }
  await city(d, '云州市汇总.xlsx', cs);
  return cs.plant;
});
def('04-start-and-end-of-year-files', async d => {
  const A = [], B = [];
  for (const c of ['清河县', '长宁县']) { const s = countyData(c);
    const e = s.us.map(u => { const v = Object.assign({}, u); v.E += ri(3, 12); v.b += ri(1, 4); v.own = v.c + v.g + v.b; v.cov = v.own + v.JC; v.members += ri(5, 30); return fin(v); });
    A.push(await book(d, `${c}（年初）.xlsx`, c, s, { date: '截至2025年1月1日', title: `${c}${T}（年初数）` }));
    B.push(await book(d, `${c}（年末）.xlsx`, c, { us: e, tot: sum(c, e) }, { date: '截至2025年12月31日', title: `${c}${T}（年末数）` })); }
  await city(d, '云州市（年初）.xlsx', A, { date: '截至2025年1月1日', title: `云州市${T}（年初数）` });
  await city(d, '云州市（年末）.xlsx', B, { date: '截至2025年12月31日', title: `云州市${T}（年末数）` });
  return B[1].plant;
});
def('05-two-years-separate-files', async d => {
  const Y = { 2024: [], 2025: [] };
  for (const c of ['松林县', '石门县', '云岭县']) { const s = countyData(c);
    const e = s.us.map(u => { const v = Object.assign({}, u); v.E += ri(1, 15); v.g += ri(0, 1); v.own = v.c + v.g + v.b; v.cov = v.own + v.JC; v.members += ri(2, 40); return fin(v); });
    Y[2024].push(await book(d, `2024年${c}.xlsx`, c, s, { date: '截至2024年12月底', title: `${c}2024年度${T}` }));
    Y[2025].push(await book(d, `2025年${c}.xlsx`, c, { us: e, tot: sum(c, e) }, { date: '截至2025年12月底', title: `${c}2025年度${T}` })); }
  await city(d, '2024年云州市汇总.xlsx', Y[2024], { date: '截至2024年12月底', title: `云州市2024年度${T}` });
  await city(d, '2025年云州市汇总.xlsx', Y[2025], { date: '截至2025年12月底', title: `云州市2025年度${T}` });
  return Y[2025][0].plant;
});
def('06-province-by-city-city-books', async d => {
  const C = { 云州市: ['青山县', '云岭县', '白沙县'], 江川市: ['石门县', '清河县'], 临海市: ['临江县', '长宁县', '松林县'] }; const xs = [];
  for (const [ct, cs] of Object.entries(C)) { const us = cs.map(c => sum(c, TOWNS[c].map(t => unit(t))));
    xs.push(await book(d, `${ct}.xlsx`, ct, { us, tot: sum(ct, us) }, { label: '县（市、区）', totalLabel: '全市', sheet: '汇总' })); }
  await book(d, '江北省汇总.xlsx', '江北省', { us: xs.map(x => x.tot), tot: sum('全省', xs.map(x => x.tot)) }, { label: '市（州）', totalLabel: '全省', sheet: '汇总' });
  return xs[1].plant;
});
def('07-csv-export-alongside', async d => {
  const xs = []; for (const c of ['青山县', '清河县']) xs.push(await book(d, c + '.xlsx', c, countyData(c)));
  const cb = await city(d, '云州市汇总.xlsx', xs, { cols: ENT_SIMPLE });
  const rows = [['县（市、区）', ...ENT_SIMPLE.map(c => c.h[0])]]; for (const u of cb.us.concat([cb.tot])) rows.push([u.name === '全市' ? '全市' : u.name, ...ENT_SIMPLE.map(c => u[c.k])]);
  fs.writeFileSync(path.join(d, '云州市汇总（导出）.csv'), csv(rows, 'utf8'));
  return xs[0].plant;
});
const MEM = [{ h: ['党员总数（名）'], k: 'members' }, { h: ['本年发展党员（名）'], k: 'dev' }, { h: ['其中：35岁以下'], k: 'dev35' }];
const INS = [{ h: ['党建工作指导员（名）'], k: 'ins' }, { h: ['其中：专职'], k: 'insF' }, { h: ['联系企业数（家）'], k: 'insE' }];
const addX = u => { u.dev = ri(2, 15); u.dev35 = ri(1, u.dev); u.ins = ri(3, 12); u.insF = ri(0, u.ins); u.insE = ri(u.ins, u.ins * 4); return u; };
const sumX = (n, us) => { const s = sum(n, us); for (const k of ['dev', 'dev35', 'ins', 'insF', 'insE']) s[k] = us.reduce((a, u) => a + u[k], 0); return s; };
def('08-multi-form-workbook', async d => {
  const xs = [];
  for (const c of ['临江县', '松林县']) { const us = TOWNS[c].map(t => addX(unit(t))); const data = { us, tot: sumX(c, us) }; const w = wb();
    const x = await book(d, c + '.xlsx', c, data, { w, sheet: '表1覆盖情况', noSave: true });
    await book(d, c + '.xlsx', c, data, { w, sheet: '表2党员发展', cols: MEM, title: `${c}非公有制企业党员发展情况表`, unit: '单位：名', noSave: true });
    await book(d, c + '.xlsx', c, data, { w, sheet: '表3党建指导员', cols: INS, title: `${c}非公有制企业党建工作指导员选派情况表`, unit: '单位：名、家' });
    xs.push(x); }
  const cd = { us: xs.map(x => x.tot), tot: sumX('全市', xs.map(x => x.tot)) }; const w = wb(); const o = { label: '县（市、区）', totalLabel: '全市', w, noSave: true };
  await book(d, '云州市.xlsx', '云州市', cd, Object.assign({}, o, { sheet: '表1覆盖情况' }));
  await book(d, '云州市.xlsx', '云州市', cd, Object.assign({}, o, { sheet: '表2党员发展', cols: MEM, title: '云州市非公有制企业党员发展情况表', unit: '单位：名' }));
  await book(d, '云州市.xlsx', '云州市', cd, Object.assign({}, o, { sheet: '表3党建指导员', cols: INS, title: '云州市非公有制企业党建工作指导员选派情况表', unit: '单位：名、家', noSave: false }));
  return Object.assign(xs[1].plant, { sheet: '表2党员发展', cell: 'B' + xs[1].info.cellMap[xs[1].us[1].name] });
});
def('09-some-counties-missing', async d => {
  const xs = []; for (const c of ['青山县', '云岭县', '白沙县', '石门县', '清河县']) xs.push({ tot: sum(c, TOWNS[c].map(t => unit(t))) });
  const files = [];
  for (const i of [0, 3]) { const c = xs[i].tot.name; const us = TOWNS[c].map(t => unit(t)); xs[i].tot = sum(c, us); files.push(await book(d, c + '.xlsx', c, { us, tot: xs[i].tot })); }
  await city(d, '云州市汇总.xlsx', xs, { table: { notes: ['注：云岭县、白沙县、清河县报表未随附。'] } });
  return files[1].plant;
});
def('10-unrelated-workbooks', async d => {
  const xs = []; for (const c of ['长宁县', '临江县']) xs.push(await book(d, c + '.xlsx', c, countyData(c)));
  await city(d, '云州市汇总.xlsx', xs);
  let w = wb(); let ws = w.addWorksheet('签到表'); ws.getCell('A1').value = '全市非公企业党建工作推进会参会人员名单'; ws.mergeCells('A1:E1');
  ['序号', '姓名', '单位', '职务', '联系电话'].forEach((h, i) => ws.getCell(2, i + 1).value = h);
  const ppl = [['张明', '青山县委组织部', '副部长'], ['李红', '长宁县委组织部', '科长'], ['王刚', '临江县委组织部', '副部长'], ['赵敏', '市委组织部组织二科', '科长'], ['陈晓', '市工商联', '副主席'], ['刘洋', '长宁县双河镇', '组织委员']];
  ppl.forEach((p, i) => ws.addRow([i + 1, ...p, 13800000000 + 731 * (i + 3)])); await save(w, d, '推进会参会名单.xlsx');
  w = wb(); ws = w.addWorksheet('预算'); ws.getCell('A1').value = '2026年非公企业和社会组织党建工作经费预算表'; ws.mergeCells('A1:D1'); ws.getCell('D2').value = '单位：万元';
  ['序号', '项目', '金额', '备注'].forEach((h, i) => ws.getCell(3, i + 1).value = h);
  const it = [['党建指导员补贴', 36.5], ['党群服务中心运行', 22.0], ['书记示范培训', 8.4], ['红星贷贴息', 15.0]]; it.forEach((p, i) => ws.addRow([i + 1, p[0], p[1], '']));
  ws.addRow(['', '合计', 81.9, '']); await save(w, d, '党建经费预算.xlsx');
  return xs[1].plant;
});
def('11-measure-names-differ', async d => {
  const cc = [{ h: ['企业总数'], k: 'E' }, { h: ['已建党组织数'], k: 'orgs' }, { h: ['其中：联合党组织数'], k: 'J' }, { h: ['覆盖企业总数'], k: 'cov' }, { h: ['覆盖率（%）'], k: 'rate' }, { h: ['党员人数'], k: 'members' }];
  const xs = []; for (const c of ['清河县', '石门县', '长宁县']) { const dt = countyData(c); dt.us.concat([dt.tot]).forEach(u => u.orgs = u.own + u.J); xs.push(await book(d, c + '.xlsx', c, dt, { cols: cc })); }
  const cty = [{ h: ['非公有制企业数（家）'], k: 'E' }, { h: ['建立党组织企业数（家）'], k: 'cov' }, { h: ['单独建立党组织企业数'], k: 'own' }, { h: ['联合党组织覆盖企业数'], k: 'JC' }, { h: ['覆盖率（%）'], k: 'rate' }, { h: ['党员数（名）'], k: 'members' }];
  await city(d, '云州市汇总.xlsx', xs, { cols: cty });
  return xs[0].plant;
});
def('12-county-more-detail-than-city', async d => {
  const ext = [{ h: '党建工作指导员（名）', f: r => r.u.ins }, { h: '其中：专职', f: r => r.u.insF }, { h: '备注', f: r => r.u.J > 3 ? '含产业链联合党委' : '' }];
  const xs = []; for (const c of ['青山县', '白沙县', '松林县']) { const us = TOWNS[c].map(t => addX(unit(t))); xs.push(await book(d, c + '.xlsx', c, { us, tot: sumX(c, us) }, { table: { extra: ext } })); }
  await city(d, '云州市汇总.xlsx', xs, { cols: ENT_SIMPLE });
  return xs[1].plant;
});
def('13-ledger-separate-workbook', async d => {
  const c = '云岭县'; const us = ledgerUnits(TOWNS[c]); const tot = sum(c, us);
  const x = await book(d, `${c}汇总.xlsx`, c, { us, tot }, { sheet: '汇总', cols: LCOLS, title: `${c}非公有制企业党组织覆盖情况汇总表`, unit: '单位：家、个、%、名', label: '乡镇', plantKey: 'cov' });
  const w = wb(); ledgerSheet(w, '台账', `${c}非公有制企业党建工作台账`, ledger(us, '云岭')); await save(w, d, `${c}台账.xlsx`);
  return { file: `${c}台账.xlsx`, sheet: '台账', cell: 'G5' };
});
def('14-ledger-same-workbook-sector-sheet-names', async d => {
  const c = '白沙县'; const us = ledgerUnits(TOWNS[c]); const tot = sum(c, us); const w = wb();
  const x = await book(d, `${c}.xlsx`, c, { us, tot }, { w, sheet: '非公企业汇总', cols: LCOLS, title: `${c}非公有制企业党组织覆盖情况汇总表`, label: '乡镇', noSave: true, plantKey: 'own' });
  ledgerSheet(w, '非公企业台账', `${c}非公有制企业台账`, ledger(us, '白沙')); await save(w, d, `${c}.xlsx`);
  return x.plant;
});
def('15-social-org-ledger-by-type', async d => {
  const types = ['社会团体', '民办非企业单位', '基金会']; const us = types.map(t => unit(t, 0.25)); us.forEach(u => { u.E = Math.max(u.E, u.cov + 2); fin(u); }); const tot = sum('合计', us);
  const cols = [{ h: ['社会组织数（个）'], k: 'E' }, { h: ['已建立党组织的社会组织数'], k: 'cov' }, { h: ['单独组建'], k: 'own' }, { h: ['联合组建'], k: 'JC' }, { h: ['覆盖率（%）'], k: 'rate' }];
  const w = wb(); const x = await book(d, '长宁县社会组织.xlsx', '长宁县', { us, tot }, { w, sheet: '汇总', cols, title: '长宁县社会组织党组织覆盖情况汇总表', unit: '单位：个、%', label: '类别', noSave: true, plantKey: 'own' });
  const rows = ledger(us, '长宁'); ledgerSheet(w, '台账', '长宁县社会组织台账', rows, { head: ['序号', '社会组织名称', '类型', '登记机关', '组建方式', '是否建立党组织'],
    map: (r, i) => [i + 1, r.name.replace(/有限公司|有限责任公司|厂/, '') + ['协会', '服务中心', '基金会'][types.indexOf(r.town)], r.town, '长宁县民政局', r.kind === '未建立' ? '' : r.kind, r.built ? '是' : '否'] });
  await save(w, d, '长宁县社会组织.xlsx'); return x.plant;
});
def('16-period-sheets-half-and-year', async d => {
  const H = [], Y = [];
  for (const c of ['青山县', '临江县', '清河县']) { const h = countyData(c); const w = wb();
    const yus = h.us.map(u => { const v = Object.assign({}, u); v.E += ri(2, 9); v.b += ri(0, 3); v.own = v.c + v.g + v.b; v.cov = v.own + v.JC; v.members += ri(3, 20); return fin(v); });
    H.push(await book(d, c + '.xlsx', c, h, { w, sheet: '上半年', date: '截至2025年6月底', title: `${c}2025年上半年${T}`, noSave: true }));
    Y.push(await book(d, c + '.xlsx', c, { us: yus, tot: sum(c, yus) }, { w, sheet: '全年', date: '截至2025年12月底', title: `${c}2025年${T}` })); }
  const w = wb(); await city(d, '云州市.xlsx', H, { w, sheet: '上半年', date: '截至2025年6月底', title: `云州市2025年上半年${T}`, noSave: true });
  await city(d, '云州市.xlsx', Y, { w, sheet: '全年', date: '截至2025年12月底', title: `云州市2025年${T}` });
  return Y[2].plant;
});
def('17-town-books-with-ledger', async d => {
  const c = '松林县'; const xs = [];
  for (const t of TOWNS[c]) { const vs = ['东村', '西村', '街区社区'].map(v => unit(t.slice(0, 2) + v, 0.2)); vs.forEach(u => { u.E = Math.max(u.E, u.cov + 2); fin(u); }); const tot = sum(t, vs);
    const w = wb(); const x = await book(d, `${t}.xlsx`, t, { us: vs, tot }, { w, sheet: '汇总', cols: LCOLS, label: '村（社区）', totalLabel: '全镇', title: `${c}${t}非公有制企业党组织覆盖情况汇总表`, noSave: true });
    ledgerSheet(w, '台账', `${t}非公有制企业台账`, ledger(vs, t.slice(0, 2)), { head: ['序号', '企业名称', '所属村（社区）', '组建方式', '是否建立党组织', '党组织名称', '党员人数', '从业人员数'] });
    await save(w, d, `${t}.xlsx`); xs.push(x); }
  await book(d, `${c}汇总.xlsx`, c, { us: xs.map(x => x.tot), tot: sum(c, xs.map(x => x.tot)) }, { cols: LCOLS, sheet: '汇总', title: `${c}非公有制企业党组织覆盖情况汇总表` });
  return xs[1].plant;
});
def('18-city-sector-blocks-county-sector-sheets', async d => {
  const xs = [];
  for (const c of ['白沙县', '长宁县']) { const w = wb(); const e = countyData(c); const s = countyData(c, null, 0.6);
    const a = await book(d, c + '.xlsx', c, e, { w, sheet: '非公企业', noSave: true, cols: ENT_SIMPLE });
    const b = await book(d, c + '.xlsx', c, s, { w, sheet: '社会组织', cols: SOC_FULL.filter(x => x.h.length === 1 || x.h[1] === '小计').map(x => x.h[1] === '小计' ? { h: ['单独建立党组织数'], k: 'own' } : x), title: `${c}社会组织党建工作情况统计表`, unit: '单位：个、%' });
    xs.push({ e: a.tot, s: b.tot, plant: b.plant }); }
  const cols = [{ h: ['非公有制企业', '企业数'], k: 'eE' }, { h: ['非公有制企业', '覆盖企业数'], k: 'ecov' }, { h: ['非公有制企业', '覆盖率（%）'], k: 'erate' },
    { h: ['社会组织', '社会组织数'], k: 'sE' }, { h: ['社会组织', '已建立党组织数'], k: 'scov' }, { h: ['社会组织', '覆盖率（%）'], k: 'srate' }];
  const m = (n, e, s) => ({ name: n, eE: e.E, ecov: e.cov, erate: e.rate, sE: s.E, scov: s.cov, srate: s.rate });
  const es = sum('全市', xs.map(x => x.e)), ss = sum('全市', xs.map(x => x.s));
  const us = xs.map(x => m(x.e.name, x.e, x.s));
  await book(d, '云州市两新组织汇总.xlsx', '云州市', { us, tot: m('全市', es, ss) }, { cols, sheet: '汇总', label: '县（市、区）', totalLabel: '全市', title: '云州市非公有制企业和社会组织党建工作情况统计表', plantRow: '白沙县', plantKey: 'eE' });
  return xs[1].plant;
});
def('19-month-named-period-sheets', async d => {
  const xs = [];
  for (const c of ['石门县', '云岭县']) { const w = wb(); const j = countyData(c);
    const dz = j.us.map(u => { const v = Object.assign({}, u); v.E += ri(1, 8); v.b += ri(0, 2); v.own = v.c + v.g + v.b; v.cov = v.own + v.JC; v.members += ri(2, 15); return fin(v); });
    await book(d, c + '.xlsx', c, j, { w, sheet: '2025年6月', date: '截至2025年6月30日', noSave: true });
    xs.push(await book(d, c + '.xlsx', c, { us: dz, tot: sum(c, dz) }, { w, sheet: '2025年12月', date: '截至2025年12月31日' })); }
  await city(d, '云州市2025年12月.xlsx', xs, { date: '截至2025年12月31日' });
  return xs[0].plant;
});
def('20-district-street-books-communities', async d => {
  const c = '云阳区'; const streets = ['云阳街道', '新城街道', '解放路街道', '东风街道']; const xs = [];
  for (const s of streets) { const cm = ['一社区', '二社区', '三社区', '园区社区'].map(v => unit(s.replace('街道', '') + v, 0.3)); xs.push(await book(d, `${c}${s}.xlsx`, s, { us: cm, tot: sum(s, cm) }, { label: '社区', totalLabel: '全街道', title: `${c}${s}${T}` })); }
  await book(d, `${c}汇总.xlsx`, c, { us: xs.map(x => x.tot), tot: sum(c, xs.map(x => x.tot)) }, { label: '街道', totalLabel: '全区' });
  return xs[3].plant;
});
def('21-two-tables-stacked-one-sheet', async d => {
  const xs = [];
  for (const c of ['青山县', '石门县']) { const w = wb(); const e = countyData(c); const s = countyData(c, null, 0.5);
    const a = await book(d, c + '.xlsx', c, e, { w, noSave: true, title: `表1 ${c}${T}` });
    const ws = w.getWorksheet('Sheet1'); const start = a.info.endRow + 2;
    const b = table(ws, { startRow: start, title: `表2 ${c}社会组织党建工作情况统计表`, unit: '单位：个、%', date: '截至2025年12月底', label: '乡镇（街道）', cols: SOC_FULL, rows: rowsOf(s.us), total: { label: '合计', u: s.tot } });
    await save(w, d, c + '.xlsx'); xs.push({ tot: e.tot, plant: a.plant, s: s.tot, bplant: { file: c + '.xlsx', sheet: 'Sheet1', cell: b.colOf('E') + b.cellMap[s.us[1].name] } }); }
  await city(d, '云州市汇总.xlsx', xs);
  return xs[1].bplant;
});
def('22-province-city-county-subfolders', async d => {
  const C = { 云州市: ['青山县', '云岭县'], 江川市: ['石门县', '清河县', '松林县'] }; const cs = []; let plant;
  for (const [ct, cn] of Object.entries(C)) { const xs = [];
    for (const c of cn) xs.push(await book(path.join(d, ct), `${c}.xlsx`, c, countyData(c)));
    const cb = await book(path.join(d, ct), `${ct}汇总.xlsx`, ct, { us: xs.map(x => x.tot), tot: sum(ct, xs.map(x => x.tot)) }, { label: '县（市、区）', totalLabel: '全市', sheet: '汇总' });
    cs.push(cb); if (ct === '江川市') plant = Object.assign(xs[2].plant, { file: `${ct}/${xs[2].plant.file}` }); }
  await book(d, '江北省汇总.xlsx', '江北省', { us: cs.map(x => x.tot), tot: sum('全省', cs.map(x => x.tot)) }, { label: '市（州）', totalLabel: '全省', sheet: '汇总' });
  return plant;
});
def('23-region-code-columns', async d => {
  const code = { 青山县: 431121, 云岭县: 431122, 白沙县: 431123 }; const xs = [];
  for (const c of Object.keys(code)) { const dt = countyData(c); dt.us.forEach((u, i) => u.code = code[c] * 1000 + 100 + i + 1); dt.tot.code = null;
    xs.push(await book(d, c + '.xlsx', c, dt, { cols: [{ h: ['乡镇代码'], k: 'code' }, ...ENT_FULL] })); }
  const cd = cityData(xs); cd.us.forEach(u => u.code = code[u.name]); cd.tot.code = 431100;
  await book(d, '云州市汇总.xlsx', '云州市', cd, { label: '县（市、区）', totalLabel: '全市', sheet: '汇总', cols: [{ h: ['行政区划代码'], k: 'code' }, ...ENT_FULL] });
  return xs[2].plant;
});
def('24-ledger-csv-with-capital-and-staff', async d => {
  const c = '清河县'; const us = ledgerUnits(TOWNS[c]); const tot = sum(c, us); const rows = ledger(us, '清河');
  us.concat([tot]).forEach(u => { u.staff = rows.filter(r => u === tot || r.town === u.name).reduce((a, r) => a + r.staff, 0); });
  const cols = LCOLS.concat([{ h: ['从业人员数（人）'], k: 'staff' }]);
  const x = await book(d, `${c}汇总.xlsx`, c, { us, tot }, { sheet: '汇总', cols, title: `${c}非公有制企业党组织覆盖情况汇总表`, label: '乡镇', plantKey: 'JC' });
  const out = [['序号', '企业名称', '统一社会信用代码', '所属乡镇', '成立日期', '注册资本（万元）', '从业人员数', '组建方式', '是否建立党组织', '党组织名称', '党员人数']];
  rows.forEach((r, i) => out.push([i + 1, r.name, (i % 3 === 0 ? '91431100MA4' + String(100000 + i * 7919).slice(-6).replace(/^./, 'L') + String(i % 10) + 'Q' : '91431100' + String(18765432 + i * 7919).slice(0, 8) + String(i % 10) + (i % 4 === 1 ? 'X' : String((i * 7) % 10))), r.town, `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`, (ri(50, 5000)).toFixed(1), r.staff, r.kind === '未建立' ? '' : r.kind, r.built ? '是' : '否', r.org, r.members]));
  fs.writeFileSync(path.join(d, `${c}非公企业台账（导出）.csv`), csv(out, 'utf8'));
  return x.plant;
});
def('25-county-yoy-blocks-city-current', async d => {
  const xs = [];
  for (const c of ['临江县', '长宁县', '白沙县']) { const p = countyData(c);
    const n = p.us.map(u => { const v = Object.assign({}, u); v.E += ri(2, 14); v.b += ri(0, 3); v.own = v.c + v.g + v.b; v.cov = v.own + v.JC; v.members += ri(3, 20); return fin(v); });
    const nt = sum(c, n); const mk = (a, b) => ({ name: b.name, E0: a.E, E1: b.E, Eg: L.r1((b.E - a.E) / a.E * 100), C0: a.cov, C1: b.cov, Cg: L.r1((b.cov - a.cov) / a.cov * 100), R0: a.rate, R1: b.rate, Rd: L.r1(b.rate - a.rate) });
    const cols = [{ h: ['企业数（家）', '2024年'], k: 'E0' }, { h: ['企业数（家）', '2025年'], k: 'E1' }, { h: ['企业数（家）', '增长（%）'], k: 'Eg' },
      { h: ['党组织覆盖企业数（家）', '2024年'], k: 'C0' }, { h: ['党组织覆盖企业数（家）', '2025年'], k: 'C1' }, { h: ['党组织覆盖企业数（家）', '增长（%）'], k: 'Cg' },
      { h: ['党组织覆盖率（%）', '2024年'], k: 'R0' }, { h: ['党组织覆盖率（%）', '2025年'], k: 'R1' }, { h: ['党组织覆盖率（%）', '增减（百分点）'], k: 'Rd' }];
    const x = await book(d, c + '.xlsx', c, { us: n.map((u, i) => mk(p.us[i], u)), tot: mk(p.tot, nt) }, { cols, title: `${c}非公有制企业党组织覆盖情况对比表`, unit: '单位：家、%', plantKey: 'E1' });
    xs.push({ tot: nt, plant: x.plant }); }
  await city(d, '云州市2025年汇总.xlsx', xs);
  return xs[0].plant;
});
def('26-same-name-towns-county-subfolders', async d => {
  const cs = [];
  for (const c of ['石门县', '临江县']) { const xs = [];
    for (const t of TOWNS[c]) xs.push(await book(path.join(d, c), `${t}.xlsx`, t, townData(t, 3), { label: '村（社区）', title: `${c}${t}${T}` }));
    cs.push(await book(path.join(d, c), `${c}汇总.xlsx`, c, { us: xs.map(x => x.tot), tot: sum(c, xs.map(x => x.tot)) }));
    if (c === '临江县') cs.plant = Object.assign(xs[2].plant, { file: `${c}/${xs[2].plant.file}` }); }
  await city(d, '云州市汇总.xlsx', cs);
  return cs.plant;
});
def('27-devzone-of-which-row-and-zone-book', async d => {
  const q = countyData('青山县', ['青山镇', '龙泉镇', '太平乡', '石桥镇']);
  const zoneTowns = ['龙泉工业园', '石桥物流园']; const zus = zoneTowns.map(t => unit(t, 0.5)); const z = await book(d, '青山经济开发区.xlsx', '青山经济开发区', { us: zus, tot: sum('青山经济开发区', zus) }, { label: '园区' });
  // the zone's enterprises are part of 龙泉镇 and 石桥镇 in the county book: add them into those towns
  const add = (u, p) => { for (const k of ['E', 'c', 'g', 'b', 'own', 'J', 'JC', 'cov', 'members']) u[k] += p[k]; fin(u); };
  add(q.us[1], zus[0]); add(q.us[3], zus[1]); q.tot = sum('青山县', q.us);
  const a = await book(d, '青山县.xlsx', '青山县', q, { table: { notes: ['说明：青山经济开发区企业已分别计入龙泉镇、石桥镇。'] } });
  const b = await book(d, '云岭县.xlsx', '云岭县', countyData('云岭县'));
  const rows = [{ label: '青山县', u: a.tot }, { label: '其中：青山经济开发区', u: z.tot, seq: '' }, { label: '云岭县', u: b.tot }];
  await book(d, '云州市汇总.xlsx', '云州市', { us: [a.tot, b.tot], tot: sum('全市', [a.tot, b.tot]) }, { rows, label: '县（市、区）', totalLabel: '全市', sheet: '汇总', table: { seq: true } });
  return z.plant;
});
def('28-sector-sheets-small-counts-city-separate', async d => {
  const E = [], S = [];
  for (const c of ['青山县', '长宁县', '松林县']) { const w = wb(); const e = countyData(c);
    const sus = TOWNS[c].map(t => { const u = unit(t, 0.3); u.c = 0; u.g = ri(0, 1); u.b = ri(1, 6); u.own = u.c + u.g + u.b; u.J = ri(0, 2); u.JC = 2 * u.J + ri(0, 1) * u.J; u.cov = u.own + u.JC; u.E = Math.max(u.E, u.cov + 3); u.members = u.own * 3 + u.JC; return fin(u); });
    e.us.forEach(u => { if (rnd() < 0.6) { u.own -= u.c; u.cov -= u.c; u.members -= u.c; u.c = 0; fin(u); } }); e.tot = sum(c, e.us);
    E.push(await book(d, c + '.xlsx', c, e, { w, sheet: '非公企业', noSave: true }));
    S.push(await book(d, c + '.xlsx', c, { us: sus, tot: sum(c, sus) }, { w, sheet: '社会组织', title: `${c}社会组织党建工作情况统计表`, cols: ENT_FULL.map(x => x.k === 'E' ? { h: ['社会组织数（个）'], k: 'E' } : x.k === 'cov' ? { h: ['党组织覆盖社会组织数（个）'], k: 'cov' } : x.k === 'JC' ? { h: ['联合党组织', '覆盖社会组织数'], k: 'JC' } : x) })); }
  await city(d, '云州市非公企业.xlsx', E);
  await city(d, '云州市社会组织.xlsx', S, { title: `云州市社会组织党建工作情况统计表`, cols: ENT_FULL.map(x => x.k === 'E' ? { h: ['社会组织数（个）'], k: 'E' } : x.k === 'cov' ? { h: ['党组织覆盖社会组织数（个）'], k: 'cov' } : x.k === 'JC' ? { h: ['联合党组织', '覆盖社会组织数'], k: 'JC' } : x) });
  return S[1].plant;
});
def('29-years-in-file-names-new-street', async d => {
  const c = '白沙县'; const t24 = ['白沙街道', '城关镇', '新集镇', '龙泉乡']; const a = countyData(c, t24);
  const b24 = await book(d, `${c}2024年.xlsx`, c, a, { date: '截至2024年12月底', title: `${c}2024年度${T}` });
  const us = a.us.map(u => { const v = Object.assign({}, u); v.E += ri(2, 8); v.members += ri(1, 9); return fin(v); });
  const ns = { name: '城南街道' }; const src = us[0]; for (const k of ['E', 'c', 'g', 'b', 'J', 'JC', 'members']) { ns[k] = Math.floor(src[k] / 2); src[k] -= ns[k]; }
  for (const u of [ns, src]) { u.own = u.c + u.g + u.b; u.cov = u.own + u.JC; fin(u); }
  us.splice(1, 0, ns); const b25 = await book(d, `${c}2025年.xlsx`, c, { us, tot: sum(c, us) }, { date: '截至2025年12月底', title: `${c}2025年度${T}`, table: { notes: ['注：2025年3月由白沙街道析出设立城南街道。'] } });
  const y = await book(d, '云岭县2025年.xlsx', '云岭县', countyData('云岭县'), { title: `云岭县2025年度${T}` });
  await city(d, '云州市2025年.xlsx', [b25, y], { title: `云州市2025年度${T}` });
  return b25.plant;
});
def('30-county-name-as-total-label-top', async d => {
  const xs = []; for (const c of ['石门县', '清河县', '长宁县']) xs.push(await book(d, c + '.xlsx', c, countyData(c), { totalLabel: c, totalPos: 'top' }));
  await city(d, '云州市汇总.xlsx', xs, { totalLabel: '云州市', totalPos: 'top' });
  return xs[0].plant;
});
def('31-titles-with-city-and-county', async d => {
  const xs = []; for (const c of ['青山县', '云岭县']) xs.push(await book(d, `云州市${c}.xlsx`, c, countyData(c), { title: `云州市${c}${T}` }));
  await city(d, '云州市.xlsx', xs, { title: `中共云州市委组织部 云州市${T}` });
  return xs[1].plant;
});
def('32-ledger-town-with-county-prefix', async d => {
  const c = '临江县'; const us = ledgerUnits(TOWNS[c]); const tot = sum(c, us); const w = wb();
  const x = await book(d, `${c}.xlsx`, c, { us, tot }, { w, sheet: '汇总', cols: LCOLS, title: `${c}非公有制企业党组织覆盖情况汇总表`, label: '乡镇', noSave: true, plantKey: 'cov' });
  ledgerSheet(w, '台账', `${c}非公有制企业台账`, ledger(us, '临江'), { map: (r, i) => [i + 1, r.name, c + r.town, r.kind === '未建立' ? '' : r.kind, r.built ? '是' : '否', r.org, r.members, r.staff] });
  await save(w, d, `${c}.xlsx`); return x.plant;
});
def('33-county-by-industry-and-by-town', async d => {
  const xs = [];
  for (const c of ['青山县', '石门县']) { const w = wb(); const t = countyData(c);
    const inds = ['制造业', '批发和零售业', '其他行业']; const iu = inds.map(n => ({ name: n, E: 0, c: 0, g: 0, b: 0, J: 0, JC: 0, members: 0 }));
    t.us.forEach((u, i) => { for (const k of ['E', 'c', 'g', 'b', 'J', 'JC', 'members']) iu[i % 3][k] += u[k]; }); // each town's enterprises (and its joint organisations) belong to one industry group
    iu.forEach(u => { u.own = u.c + u.g + u.b; u.cov = u.own + u.JC; fin(u); });
    xs.push(await book(d, c + '.xlsx', c, t, { w, sheet: '分乡镇', noSave: true }));
    await book(d, c + '.xlsx', c, { us: iu, tot: sum(c, iu) }, { w, sheet: '分行业', label: '行业', title: `${c}非公有制企业党建工作情况统计表（分行业）` }); }
  await city(d, '云州市汇总.xlsx', xs);
  return xs[0].plant;
});
def('34-above-scale-subset-sheet', async d => {
  const xs = [];
  for (const c of ['云岭县', '临江县']) { const w = wb(); const t = countyData(c);
    const g = t.us.map(u => { const v = { name: u.name, c: u.c, g: Math.floor(u.g / 2), b: Math.floor(u.b / 3), J: Math.floor(u.J / 2) }; v.JC = Math.min(u.JC, 2 * v.J + 1); if (v.J === 0) v.JC = 0; v.own = v.c + v.g + v.b; v.cov = v.own + v.JC; v.E = Math.max(v.cov + 2, Math.floor(u.E / 3)); v.members = Math.floor(u.members / 2); return fin(v); });
    xs.push(await book(d, c + '.xlsx', c, t, { w, sheet: '全部企业', noSave: true }));
    await book(d, c + '.xlsx', c, { us: g, tot: sum(c, g) }, { w, sheet: '规上企业', title: `${c}规模以上非公有制企业党建工作情况统计表`, table: { notes: ['注：本表仅统计规模以上工业企业及限额以上批零住餐企业。'] } }); }
  await city(d, '云州市汇总.xlsx', xs);
  return xs[1].plant;
});
def('35-county-soc-files-city-ent-only', async d => {
  const xs = [];
  for (const c of ['白沙县', '清河县']) { xs.push(await book(d, `${c}非公企业.xlsx`, c, countyData(c)));
    await book(d, `${c}社会组织.xlsx`, c, countyData(c, null, 0.5), { cols: SOC_FULL, title: `${c}社会组织党建工作情况统计表`, unit: '单位：个、%' }); }
  await city(d, '云州市非公企业汇总.xlsx', xs);
  return xs[0].plant;
});
def('36-half-year-counties-full-year-city', async d => {
  const H = [], Y = [];
  for (const c of ['松林县', '长宁县']) { const h = countyData(c);
    const yus = h.us.map(u => { const v = Object.assign({}, u); v.E += ri(2, 9); v.b += ri(0, 3); v.own = v.c + v.g + v.b; v.cov = v.own + v.JC; v.members += ri(3, 20); return fin(v); });
    H.push(await book(d, `${c}（上半年）.xlsx`, c, h, { date: '截至2025年6月底', title: `${c}2025年上半年${T}` })); Y.push({ tot: sum(c, yus) }); }
  await city(d, '云州市（全年）.xlsx', Y, { date: '截至2025年12月底', title: `云州市2025年${T}` });
  return H[0].plant;
});
def('37-date-row-only-differs', async d => {
  const H = [], Y = [];
  for (const c of ['石门县', '青山县']) { const h = countyData(c);
    const yus = h.us.map(u => { const v = Object.assign({}, u); v.E += ri(2, 9); v.members += ri(3, 20); return fin(v); });
    H.push(await book(d, `${c}.xlsx`, c, h, { date: '截至2025年11月30日' })); Y.push({ tot: sum(c, yus) }); }
  await city(d, '云州市.xlsx', Y, { date: '截至2025年12月31日' });
  return H[0].plant;
});
def('38-ledger-with-deregistered-rows', async d => {
  const c = '长宁县'; const us = ledgerUnits(TOWNS[c]); const tot = sum(c, us); const w = wb();
  const x = await book(d, `${c}.xlsx`, c, { us, tot }, { w, sheet: '汇总', cols: LCOLS, title: `${c}非公有制企业党组织覆盖情况汇总表`, label: '乡镇', noSave: true, plantKey: 'cov', table: { notes: ['注：不含已注销、吊销企业。'] } });
  const rows = ledger(us, '长宁').map(r => Object.assign(r, { st: '存续' }));
  for (const [i, u] of us.entries()) rows.push({ name: `长宁${u.name.slice(0, 2)}旧厂${i + 1}号有限公司`, town: u.name, kind: '未建立', built: false, org: '', members: 0, staff: 0, st: '已注销' });
  ledgerSheet(w, '台账', `${c}非公有制企业台账`, rows, { head: ['序号', '企业名称', '所属乡镇', '登记状态', '组建方式', '是否建立党组织', '党组织名称', '党员人数'], map: (r, i) => [i + 1, r.name, r.town, r.st, r.kind === '未建立' ? '' : r.kind, r.built ? '是' : '否', r.org, r.members] });
  await save(w, d, `${c}.xlsx`); return x.plant;
});
def('39-ledger-with-total-row', async d => {
  const c = '松林县'; const us = ledgerUnits(TOWNS[c]); const tot = sum(c, us); const w = wb();
  const x = await book(d, `${c}.xlsx`, c, { us, tot }, { w, sheet: '汇总', cols: LCOLS, title: `${c}非公有制企业党组织覆盖情况汇总表`, label: '乡镇', noSave: true, plantKey: 'cov' });
  const rows = ledger(us, '松林'); const ws = ledgerSheet(w, '台账', `${c}非公有制企业台账`, rows);
  ws.addRow(['合计', `${rows.length}户`, '', '', `${rows.filter(r => r.built).length}户`, '', rows.reduce((a, r) => a + r.members, 0), rows.reduce((a, r) => a + r.staff, 0)]);
  await save(w, d, `${c}.xlsx`); return x.plant;
});
def('40-county-book-town-sheets-town-shares-county-stem', async d => {
  const c = '青山县'; const w = wb(); const xs = [];
  for (const t of TOWNS[c]) xs.push(await book(d, `${c}.xlsx`, t, townData(t, 3), { w, sheet: t, label: '村（社区）', totalLabel: '全镇', title: `${t}${T}`, noSave: true }));
  const cb = await book(d, `${c}.xlsx`, c, { us: xs.map(x => x.tot), tot: sum(c, xs.map(x => x.tot)) }, { w, sheet: '汇总', totalLabel: '全县' });
  w.worksheets.sort(() => 0); const b = await book(d, '云岭县.xlsx', '云岭县', countyData('云岭县'));
  await city(d, '云州市汇总.xlsx', [cb, b]);
  return Object.assign(xs[0].plant, { file: `${c}.xlsx` });
});
def('41-town-named-like-another-county', async d => {
  const y = '云岭县'; const xs = [];
  for (const t of TOWNS[y]) xs.push(await book(path.join(d, y), `${t}.xlsx`, t, townData(t, 3), { label: '村（社区）', title: `${t}${T}` }));
  const yc = await book(path.join(d, y), `${y}汇总.xlsx`, y, { us: xs.map(x => x.tot), tot: sum(y, xs.map(x => x.tot)) });
  const b = await book(d, '白沙县.xlsx', '白沙县', countyData('白沙县'));
  await city(d, '云州市汇总.xlsx', [yc, b]);
  return Object.assign(xs[2].plant, { file: `${y}/${xs[2].plant.file}` });
});
def('42-province-city-county-same-stem', async d => {
  const C = { 云州市: ['云州县', '青山县'], 江川市: ['江川区', '石门县'] }; const cs = []; let plant;
  for (const [ct, cn] of Object.entries(C)) { const xs = [];
    for (const c of cn) xs.push(await book(d, `${c}.xlsx`, c, countyData(c, TOWNS[c] || ['城关镇', '东山乡', '西河镇', '南岭镇'])));
    const cb = await book(d, `${ct}.xlsx`, ct, { us: xs.map(x => x.tot), tot: sum(ct, xs.map(x => x.tot)) }, { label: '县（市、区）', totalLabel: '全市', sheet: '汇总' });
    cs.push(cb); if (ct === '江川市') plant = xs[0].plant; }
  await book(d, '江北省汇总.xlsx', '江北省', { us: cs.map(x => x.tot), tot: sum('全省', cs.map(x => x.tot)) }, { label: '市（州）', totalLabel: '全省', sheet: '汇总' });
  return plant;
});
def('43-ledger-short-town-names', async d => {
  const c = '石门县'; const us = ledgerUnits(TOWNS[c]); const tot = sum(c, us); const w = wb();
  const x = await book(d, `${c}.xlsx`, c, { us, tot }, { w, sheet: '汇总', cols: LCOLS, title: `${c}非公有制企业党组织覆盖情况汇总表`, label: '乡镇', noSave: true, plantKey: 'cov' });
  ledgerSheet(w, '台账', `${c}非公有制企业台账`, ledger(us, '石门'), { map: (r, i) => [i + 1, r.name, r.town.replace(/(镇|乡|街道)$/, ''), r.kind === '未建立' ? '' : r.kind, r.built ? '是' : '否', r.org, r.members, r.staff] });
  await save(w, d, `${c}.xlsx`); return x.plant;
});
def('44-county-direct-row-and-town-books', async d => {
  const c = '长宁县'; const xs = [];
  for (const t of TOWNS[c]) xs.push(await book(d, `${c}${t}.xlsx`, t, townData(t, 3), { label: '村（社区）', title: `${c}${t}${T}` }));
  const direct = unit('县直单位', 0.5); const us = [direct, ...xs.map(x => x.tot)];
  const cb = await book(d, `${c}汇总.xlsx`, c, { us, tot: sum(c, us) }, { table: { notes: ['注：县直单位指在县市场监管局登记、未划归乡镇管理的企业。'] } });
  return xs[1].plant;
});
(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  let i = 0; const only = process.argv[2];
  for (const f of F) { setSeed(1800 + (i++) * 41); if (only && !f.name.startsWith(only)) continue; const d = path.join(OUT, f.name); fs.mkdirSync(d, { recursive: true }); plants[f.name] = await f.fn(d); }
  fs.writeFileSync('/tmp/round18-review/plants.json', JSON.stringify(plants, null, 1));
  console.log('generated', F.length);
})();
