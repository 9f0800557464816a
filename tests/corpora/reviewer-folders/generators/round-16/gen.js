// Round-16 clean reviewer folders. Run: NODE_PATH=/work/main/node_modules node gen.js
// Writes clean/NN-name/ and clean-plants.json (one candidate plant per folder, used by plant.js).
const fs = require('fs'); const path = require('path');
const L = require('./lib.js');
const { writeTable, writeLedger, newWb, saveWb, writeCsv, genRows, sumRows, MODELS, towns, ri, rate, genLedger, summarizeByTown, summarizeLedger } = L;
const ROOT = path.join(__dirname, 'clean');

const H = {
  n: { h: '非公有制企业数（家）', k: 'n' },
  own: { h: '单独建立党组织企业数（家）', k: 'own' },
  jo: { h: '联合党组织数（个）', k: 'jo' },
  jc: { h: '联合党组织覆盖企业数（家）', k: 'jc' },
  cov: { h: '党组织覆盖企业数（家）', k: 'cov' },
  rate: { h: '党组织覆盖率（%）', k: 'rate', fmt: 'rate', num: 'cov', den: 'n' },
  mem: { h: '党员人数（名）', k: 'mem' },
  nomem: { h: '无党员企业数（家）', k: 'nomem' },
  zdy: { h: '党建工作指导员（名）', k: 'zdy' },
};
const ENT = [H.n, H.own, H.jo, H.jc, H.cov, H.rate];
const ENT2 = [{ h: '企业数', k: 'n' }, { h: ['单独建立党组织', '小计'], k: 'own' }, { h: ['单独建立党组织', '党委'], k: 'dw' }, { h: ['单独建立党组织', '党总支'], k: 'dzz' }, { h: ['单独建立党组织', '党支部'], k: 'dzb' },
  { h: ['联合党组织', '个数'], k: 'jo' }, { h: ['联合党组织', '覆盖企业数'], k: 'jc' }, { h: '覆盖企业数', k: 'cov' }, { h: '覆盖率（%）', k: 'rate', fmt: 'rate', num: 'cov', den: 'n' }];
const withFmt = (cols, k, fmt, extra = {}) => cols.map(c => c.k === k ? Object.assign({}, c, { fmt }, extra) : c);

function county(name, model = 'ent', nt = 5, scale = 1, tl) {
  const t = tl || towns(nt); const rows = genRows(t, model, scale); return { name, rows, total: sumRows(rows, model) };
}
function rowOf(label, total, display) { return Object.assign({}, total, { label, display }); }
async function countyBook(file, c, o = {}) {
  const wb = newWb(); const ws = wb.addWorksheet(o.sheet || 'Sheet1');
  const loc = writeTable(ws, {
    title: o.title || `${c.name}非公有制企业党组织覆盖情况统计表`, sub: o.sub || ['单位：家、个、%', '截至2025年6月底'], labelHeader: o.labelHeader || '乡镇（街道）',
    cols: o.cols || ENT, rows: c.rows, total: { label: o.totalLabel || '合计', pos: o.totalPos || 'bottom', data: c.total }, notes: o.notes, seqCol: o.seqCol,
  });
  if (o.more) await o.more(wb);
  await saveWb(wb, file); return loc;
}
async function cityBook(file, cityName, rows, model, o = {}) {
  const wb = newWb(); const ws = wb.addWorksheet(o.sheet || '汇总');
  const total = o.totalData || sumRows(rows, model);
  const loc = writeTable(ws, {
    title: o.title || `${cityName}非公有制企业党组织覆盖情况汇总表`, sub: o.sub || ['单位：家、个、%'], labelHeader: o.labelHeader || '县（市、区）',
    cols: o.cols || ENT, rows, total: { label: o.totalLabel || '合计', pos: o.totalPos || 'bottom', data: total }, notes: o.notes, seqCol: o.seqCol,
  });
  if (o.more) await o.more(wb);
  await saveWb(wb, file); return { loc, total };
}

const folders = [];
const F = (name, fn) => folders.push({ name, fn });

// 01 city summary by county + county workbooks named after the county
F('01-city-and-county-files', async d => {
  const cs = ['青山县', '云岭县', '白沙县', '东湖区'].map((n, i) => county(n, 'ent', 4 + i));
  const locs = {};
  for (const c of cs) locs[c.name] = await countyBook(`${d}/${c.name}.xlsx`, c);
  const { loc } = await cityBook(`${d}/桐川市非公有制企业党组织覆盖情况汇总表.xlsx`, '桐川市', cs.map(c => rowOf(c.name, c.total)), 'ent');
  return { file: '白沙县.xlsx', sheet: 'Sheet1', cell: locs['白沙县'].cell('合计', 'n'), delta: 7 };
});

// 02 files named after the 填报单位 inside or with the county only in the title
F('02-files-named-by-reporter', async d => {
  const cs = ['石门县', '安平县', '柳河县', '望江县'].map(n => county(n, 'ent', 5));
  const l0 = await countyBook(`${d}/石门县委组织部.xlsx`, cs[0], { sub: ['填报单位：石门县委组织部（盖章）', '单位：家、个、%'] });
  await countyBook(`${d}/报表（3）.xlsx`, cs[1], { title: '安平县2025年上半年非公有制企业党组织覆盖情况统计表' });
  await countyBook(`${d}/附件2 统计表.xlsx`, cs[2], { sub: ['填报单位：中共柳河县委组织部', '填报时间：2025年7月3日'] });
  await countyBook(`${d}/望江上报.xlsx`, cs[3], { title: '望江县非公企业党建统计表' });
  await cityBook(`${d}/洛溪市汇总.xlsx`, '洛溪市', cs.map(c => rowOf(c.name, c.total)), 'ent');
  return { file: '石门县委组织部.xlsx', sheet: 'Sheet1', cell: l0.cell('合计', 'jc'), delta: 7 };
});

// 03 county summary + enterprise ledger in separate files
F('03-county-summary-and-ledger', async d => {
  const t = towns(5); const led = genLedger('新丰', t, [8, 18]); const rows = summarizeByTown(led, t); const tot = summarizeLedger(led, '合计');
  await countyBook(`${d}/新丰县非公企业党组织覆盖统计表.xlsx`, { name: '新丰县', rows, total: tot }, { cols: [H.n, H.own, H.jc, H.cov, H.rate, H.mem] });
  const wb = newWb(); const ws = wb.addWorksheet('台账');
  const ll = writeLedger(ws, { title: '新丰县非公有制企业党建工作台账', cols: [{ h: '序号', k: 'seq' }, { h: '企业名称', k: 'name' }, { h: '所属乡镇', k: 'town' }, { h: '从业人员数', k: 'emp' }, { h: '是否建立党组织', k: 'yn' }, { h: '组建方式', k: 'mode' }, { h: '党组织名称', k: 'org' }, { h: '党员人数', k: 'mem' }], rows: led });
  await saveWb(wb, `${d}/新丰县非公企业党建台账.xlsx`);
  const i = led.findIndex(e => e.mode === '单独');
  return { file: '新丰县非公企业党建台账.xlsx', sheet: '台账', cell: ll.cell(i, 'mem'), delta: 7 };
});

// 04 one county workbook: 汇总, 说明, one ledger sheet per town
F('04-county-multisheet-town-ledgers', async d => {
  const t = towns(4); const led = genLedger('北林', t, [5, 12]); const rows = summarizeByTown(led, t); const tot = summarizeLedger(led, '合计');
  const wb = newWb(); const ws = wb.addWorksheet('汇总');
  writeTable(ws, { title: '北林区非公有制企业党组织建设情况汇总表', sub: ['单位：家、个、名、%'], labelHeader: '街道（乡镇）', cols: [H.n, H.own, H.jo, H.jc, H.cov, H.rate, H.mem, H.nomem], rows, total: { label: '全区', pos: 'top', data: tot } });
  const sm = wb.addWorksheet('说明');
  ['填表说明：', '1．覆盖企业数＝单独建立党组织企业数＋联合党组织覆盖企业数。', '2．覆盖率＝覆盖企业数÷企业数×100%，保留一位小数。', '3．各街道（乡镇）明细见各分表。', '联系人：王某某  电话：0471-6235518'].forEach((s, i) => sm.getCell(i + 1, 1).value = s);
  let plant;
  for (const town of t) {
    const s = wb.addWorksheet(town); const list = led.filter(e => e.town === town);
    const ll = writeLedger(s, { title: `${town}非公企业明细`, cols: [{ h: '序号', k: 'seq' }, { h: '企业名称', k: 'name' }, { h: '是否建立党组织', k: 'yn' }, { h: '组建方式', k: 'mode' }, { h: '党组织类别', k: 'otype' }, { h: '党员人数', k: 'mem' }], rows: list });
    if (!plant && list.some(e => e.yn === '否')) { const i = list.findIndex(e => e.yn === '否'); plant = { file: '北林区非公企业党建统计（2025年6月）.xlsx', sheet: town, cell: ll.cell(i, 'yn'), set: '是' }; }
  }
  await saveWb(wb, `${d}/北林区非公企业党建统计（2025年6月）.xlsx`);
  return plant;
});

// 05 last year's and this year's city tables + county workbooks of both years
F('05-two-years-side-by-side', async d => {
  const names = ['青山县', '云岭县', '临水县'];
  const y24 = names.map(n => county(n, 'ent', 4)); const y25 = y24.map(c => { const rows = c.rows.map(r => { const x = Object.assign({}, r); x.n += ri(2, 15); x.own += ri(0, 5); x.dzb = x.own - x.dw - x.dzz; x.jc += ri(0, 4); x.mem += ri(5, 30); return MODELS.ent.derive(x); }); return { name: c.name, rows, total: sumRows(rows, 'ent') }; });
  await cityBook(`${d}/2024年桐川市非公企业党组织覆盖情况.xlsx`, '桐川市', y24.map(c => rowOf(c.name, c.total)), 'ent', { title: '2024年桐川市非公有制企业党组织覆盖情况汇总表', sub: ['截至2024年12月31日'] });
  const { loc } = await cityBook(`${d}/2025年桐川市非公企业党组织覆盖情况.xlsx`, '桐川市', y25.map(c => rowOf(c.name, c.total)), 'ent', { title: '2025年桐川市非公有制企业党组织覆盖情况汇总表', sub: ['截至2025年12月31日'] });
  for (let i = 0; i < 3; i++) {
    await countyBook(`${d}/${names[i]}2024年.xlsx`, y24[i], { title: `${names[i]}2024年非公有制企业党组织覆盖情况统计表`, sub: ['截至2024年12月31日'] });
    await countyBook(`${d}/${names[i]}2025年.xlsx`, y25[i], { title: `${names[i]}2025年非公有制企业党组织覆盖情况统计表`, sub: ['截至2025年12月31日'] });
  }
  return { file: '2025年桐川市非公企业党组织覆盖情况.xlsx', sheet: '汇总', cell: loc.cell('云岭县', 'own'), delta: 7 };
});

// 06 province > city > county, with 市本级 rows and 省直 row
F('06-province-city-county', async d => {
  const cities = { '嘉禾市': ['青山县', '云岭县', '白沙县'], '洛溪市': ['石门县', '安平县'] };
  const provRows = []; let plant;
  for (const [city, cn] of Object.entries(cities)) {
    const cs = cn.map(n => county(n, 'ent', 4));
    for (const c of cs) { const l = await countyBook(`${d}/${city}${c.name}.xlsx`, c); if (!plant) plant = { file: `${city}${c.name}.xlsx`, sheet: 'Sheet1', cell: l.cell(c.rows[1].label, 'jc'), delta: 7 }; }
    const sbj = Object.assign({ label: '市本级' }, MODELS.ent.gen(0.5));
    const rows = [...cs.map(c => rowOf(c.name, c.total)), sbj];
    const { total } = await cityBook(`${d}/${city}汇总表.xlsx`, city, rows, 'ent', { totalLabel: '全市' });
    provRows.push(rowOf(city, total));
  }
  provRows.push(Object.assign({ label: '省直单位' }, MODELS.ent.gen(0.3)));
  await cityBook(`${d}/云川省非公有制企业党组织覆盖情况统计表.xlsx`, '云川省', provRows, 'ent', { title: '云川省非公有制企业党组织覆盖情况统计表', labelHeader: '市（州）', totalLabel: '全省', totalPos: 'top' });
  return plant;
});

// 07 monthly reports of one county (cumulative), Jan–Jun
F('07-monthly-county-reports', async d => {
  const t = towns(6); let rows = genRows(t, 'ent', 1); let plant;
  for (let m = 1; m <= 6; m++) {
    if (m > 1) rows = rows.map(r => { const x = Object.assign({}, r); x.n += ri(0, 4); if (ri(0, 2) === 0) { x.own++; x.dzb++; } x.jc += ri(0, 1); x.mem += ri(0, 6); x.jc = Math.min(x.jc, x.n - x.own); return MODELS.ent.derive(x); });
    const tot = sumRows(rows, 'ent');
    const l = await countyBook(`${d}/柳河县两新组织党建月报（2025年${m}月）.xlsx`, { name: '柳河县', rows, total: tot }, { title: `柳河县非公有制企业党建工作月报表（2025年${m}月）`, sub: [`统计时间：截至2025年${m}月底`], cols: [H.n, H.own, H.jo, H.jc, H.cov, H.rate, H.mem] });
    if (m === 4) plant = { file: `柳河县两新组织党建月报（2025年4月）.xlsx`, sheet: 'Sheet1', cell: l.cell(t[2], 'own'), delta: 7 };
  }
  return plant;
});

// 08 quarterly: one workbook with a sheet per quarter + separate Q3 file + 说明 sheet
F('08-quarterly-sheets', async d => {
  const t = towns(5); let rows = genRows(t, 'help', 1); const wb = newWb(); let plant; const cols = [{ h: '包保领导干部（名）', k: 'bb' }, { h: '走访企业（家次）', k: 'zf' }, { h: '收集问题（件）', k: 'sj' }, { h: '已解决（件）', k: 'jj' }, { h: '办结率（%）', k: 'rate', fmt: 'rate', num: 'jj', den: 'sj' }];
  for (const q of ['一', '二', '三']) {
    if (q !== '一') rows = rows.map(r => { const x = Object.assign({}, r); x.zf += ri(5, 30); x.sj += ri(3, 20); x.jj = Math.min(x.sj, x.jj + ri(3, 20)); return MODELS.help.derive(x); });
    const tot = sumRows(rows, 'help');
    const ws = wb.addWorksheet(`第${q}季度`);
    writeTable(ws, { title: `望江县助企纾困工作进展统计表（2025年第${q}季度，累计）`, sub: ['单位：名、家次、件、%'], labelHeader: '乡镇（街道）', cols, rows, total: { label: '合计', data: tot } });
    if (q === '三') { const w2 = newWb(); const l = writeTable(w2.addWorksheet('三季度'), { title: '望江县助企纾困工作进展统计表（2025年第三季度）', labelHeader: '乡镇（街道）', cols, rows, total: { label: '合计', data: tot } }); await saveWb(w2, `${d}/望江县助企纾困三季度报表.xlsx`); plant = { file: '望江县助企纾困三季度报表.xlsx', sheet: '三季度', cell: l.cell('合计', 'sj'), delta: 7 }; }
  }
  const sm = wb.addWorksheet('说明'); sm.getCell('A1').value = '各季度数据均为年初至季末累计数。'; sm.getCell('A2').value = '办结率＝已解决÷收集问题×100%。';
  await saveWb(wb, `${d}/望江县助企纾困季度统计（1-3季度）.xlsx`);
  return plant;
});

// 09 city CSV export from a reporting system (GBK) + county xlsx
F('09-system-csv-city-export', async d => {
  const cs = ['南塘区', '北林区', '新丰县', '石门县', '安平县'].map(n => county(n, 'ent', 4));
  const locs = {}; for (const c of cs) locs[c.name] = await countyBook(`${d}/${c.name}非公企业党组织统计.xlsx`, c, { cols: [H.n, H.own, H.jo, H.jc, H.cov, H.rate, H.mem] });
  const tot = sumRows(cs.map(c => c.total), 'ent');
  const lines = [['行政区划代码', '单位名称', '企业数', '单独建立党组织企业数', '联合党组织数', '联合覆盖企业数', '覆盖企业数', '覆盖率(%)', '党员数']];
  const row = (code, n, r) => [code, n, r.n, r.own, r.jo, r.jc, r.cov, r.rate.toFixed(1), r.mem];
  lines.push(row('450300', '合计', tot)); cs.forEach((c, i) => lines.push(row('4503' + String(i + 2).padStart(2, '0'), c.name, c.total)));
  writeCsv(`${d}/export_20250705_093012.csv`, lines, 'gbk');
  return { file: 'export_20250705_093012.csv', sheet: null, cell: 'C4', csvRow: 3, csvCol: 2, delta: 7 };
});

// 10 county names written differently; 开发区/高新区 rows with their own workbooks
F('10-name-variants-devzones', async d => {
  const cs = [county('青山县', 'ent', 4), county('云岭县', 'ent', 5), county('白沙县', 'ent', 3)];
  const kf = county('桐川经济开发区', 'ent', 3, 1, ['工业园社区', '物流园区', '科创园区']);
  const gx = county('桐川高新区', 'ent', 2, 1, ['高新街道', '创业园']);
  const l1 = await countyBook(`${d}/青山县.xlsx`, cs[0]);
  await countyBook(`${d}/云岭.xlsx`, cs[1], { title: '云岭县非公有制企业党组织覆盖情况' });
  await countyBook(`${d}/白沙县（报市委组织部）.xlsx`, cs[2]);
  await countyBook(`${d}/经开区.xlsx`, kf, { title: '桐川经济开发区非公有制企业党组织覆盖情况统计表', labelHeader: '园区（社区）' });
  await countyBook(`${d}/高新区.xlsx`, gx, { title: '桐川高新技术产业开发区非公企业党组织覆盖情况', labelHeader: '园区（街道）' });
  const rows = [rowOf('青山', cs[0].total), rowOf('云岭县', cs[1].total), rowOf('白沙', cs[2].total), rowOf('经开区', kf.total), rowOf('高新区', gx.total)];
  await cityBook(`${d}/桐川市汇总.xlsx`, '桐川市', rows, 'ent');
  return { file: '青山县.xlsx', sheet: 'Sheet1', cell: l1.cell('合计', 'cov'), delta: 7, note: 'cov changed alone: also breaks cov=own+jc and rate' };
});

// 11 city table with 市本级 and 市直 rows; workbooks only for counties
F('11-city-shibenji-shizhi', async d => {
  const cs = ['东湖区', '南塘区', '临水县'].map(n => county(n, 'ent', 4));
  for (const c of cs) await countyBook(`${d}/${c.name}.xlsx`, c, { cols: ENT2, sub: ['单位：家、个、%'] });
  const rows = [Object.assign({ label: '市本级' }, MODELS.ent.gen(0.6)), Object.assign({ label: '市直机关工委' }, MODELS.ent.gen(0.3)), ...cs.map(c => rowOf(c.name, c.total))];
  const { loc } = await cityBook(`${d}/嘉禾市非公企业党组织情况汇总.xlsx`, '嘉禾市', rows, 'ent', { cols: ENT2, totalLabel: '全市', totalPos: 'top' });
  return { file: '嘉禾市非公企业党组织情况汇总.xlsx', sheet: '汇总', cell: loc.cell('南塘区', 'dzb'), delta: 7 };
});

// 12 counties report extra columns or fewer
F('12-extra-and-fewer-columns', async d => {
  const cs = ['青山县', '安平县', '望江县', '白沙县'].map(n => county(n, 'ent', 4));
  const l0 = await countyBook(`${d}/青山县.xlsx`, cs[0], { cols: [H.n, H.own, H.jo, H.jc, H.cov, H.rate, H.mem, H.nomem, H.zdy] });
  await countyBook(`${d}/安平县.xlsx`, cs[1], { cols: [H.n, H.cov, H.rate] });
  await countyBook(`${d}/望江县.xlsx`, cs[2], { cols: ENT2 });
  await countyBook(`${d}/白沙县.xlsx`, cs[3], { cols: [H.n, H.own, H.jc, H.cov, H.rate, H.zdy] });
  await cityBook(`${d}/洛溪市汇总表.xlsx`, '洛溪市', cs.map(c => rowOf(c.name, c.total)), 'ent', { cols: [H.n, H.own, H.jc, H.cov, H.rate, H.mem] });
  return { file: '青山县.xlsx', sheet: 'Sheet1', cell: l0.cell('合计', 'mem'), delta: 7 };
});

// 13 county sent its 社会组织 workbook; city table is about 非公企业
F('13-county-sent-social-org-table', async d => {
  const cs = ['石门县', '柳河县', '新丰县'].map(n => county(n, 'ent', 4));
  const socSM = county('石门县', 'soc', 4);
  await countyBook(`${d}/石门县.xlsx`, socSM, { title: '石门县社会组织党组织覆盖情况统计表', cols: [{ h: '社会组织数（个）', k: 'n' }, { h: '单独建立党组织（个）', k: 'own' }, { h: '联合党组织覆盖（个）', k: 'jc' }, { h: '覆盖数（个）', k: 'cov' }, { h: '覆盖率（%）', k: 'rate', fmt: 'rate' }] });
  let plant; for (const c of cs.slice(1)) { const l = await countyBook(`${d}/${c.name}.xlsx`, c); if (!plant) plant = { file: `${c.name}.xlsx`, sheet: 'Sheet1', cell: l.cell('合计', 'own'), delta: 7 }; }
  await cityBook(`${d}/洛溪市非公有制企业党组织覆盖情况.xlsx`, '洛溪市', cs.map(c => rowOf(c.name, c.total)), 'ent');
  return plant;
});

// 14 unrelated workbooks next to the statistics: 会议通知, 人员名单
F('14-unrelated-workbooks', async d => {
  const cs = ['北林区', '东湖区', '云岭县'].map(n => county(n, 'ent', 5));
  let plant; for (const c of cs) { const l = await countyBook(`${d}/${c.name}非公企业党建.xlsx`, c, { cols: [H.n, H.own, H.jc, H.cov, H.rate] }); if (c.name === '东湖区') plant = { file: '东湖区非公企业党建.xlsx', sheet: 'Sheet1', cell: l.cell(c.rows[0].label, 'n'), delta: 7 }; }
  await cityBook(`${d}/汇总表.xlsx`, '桐川市', cs.map(c => rowOf(c.name, c.total)), 'ent', { cols: [H.n, H.own, H.jc, H.cov, H.rate] });
  let wb = newWb(); let ws = wb.addWorksheet('通知');
  ['关于召开全市两新组织党建工作推进会的通知', '各县（市、区）委组织部：', '定于2025年7月15日上午9:00在市委党校3号楼201会议室召开推进会，请各县区分管副部长、两新工委书记参加。', '请于7月10日前报送参会回执。', '联系人：李某某，电话：0471-6235521，13904715678'].forEach((s, i) => ws.getCell(i + 1, 1).value = s);
  ws = wb.addWorksheet('回执'); [['单位', '姓名', '职务', '手机号码', '备注'], ['北林区', '张某', '副部长', 13804711234, ''], ['东湖区', '赵某', '两新工委书记', 13947156789, ''], ['云岭县', '孙某', '副部长', 15104713321, '']].forEach((r, i) => r.forEach((v, j) => ws.getCell(i + 1, j + 1).value = v));
  await saveWb(wb, `${d}/会议通知.xlsx`);
  wb = newWb(); ws = wb.addWorksheet('名单');
  [['序号', '姓名', '性别', '出生年月', '年龄', '党龄', '单位及职务', '联系电话'], [1, '王某某', '男', '1978.05', 47, 22, '北林区委组织部副部长', 13604710001], [2, '刘某某', '女', '1985.11', 39, 15, '东湖区两新工委专职副书记', 13604710002], [3, '陈某', '男', '1990.02', 35, 9, '云岭县委组织部组织股股长', 13604710003], [4, '杨某某', '女', '1982.07', 43, 20, '市委组织部两新组织党建科科长', 13604710004], ['合计', '', '', '', 164, 66, '', '']].forEach((r, i) => r.forEach((v, j) => ws.getCell(i + 1, j + 1).value = v));
  await saveWb(wb, `${d}/党建工作指导员人员名单.xlsx`);
  return plant;
});

// 15 social organisations with type breakdown (其中 社会团体/民办非企业单位/基金会)
F('15-social-org-types', async d => {
  const cs = ['南塘区', '安平县', '临水县'].map(n => county(n, 'soc', 4));
  const cols = [{ h: '社会组织总数（个）', k: 'n' }, { h: '其中：社会团体', k: 'st' }, { h: '民办非企业单位', k: 'mf' }, { h: '基金会', k: 'jj' }, { h: '单独建立党组织（个）', k: 'own' }, { h: '联合党组织（个）', k: 'jo' }, { h: '联合党组织覆盖（个）', k: 'jc' }, { h: '党的组织覆盖率（%）', k: 'rate', fmt: 'rate' }];
  let plant; for (const c of cs) { const l = await countyBook(`${d}/${c.name}社会组织.xlsx`, c, { title: `${c.name}社会组织党建工作情况统计表`, cols, labelHeader: '乡镇（街道）' }); if (!plant) plant = { file: `${c.name}社会组织.xlsx`, sheet: 'Sheet1', cell: l.cell(c.rows[2].label, 'st'), delta: 7 }; }
  await cityBook(`${d}/全市社会组织党建工作情况.xlsx`, '洛溪市', cs.map(c => rowOf(c.name, c.total)), 'soc', { title: '洛溪市社会组织党建工作情况统计表', cols });
  return plant;
});

// 16 two-row merged headers in city and county tables, sequence column
F('16-two-row-headers', async d => {
  const cs = ['云岭县', '望江县', '石门县', '北林区'].map(n => county(n, 'ent', 5));
  for (const c of cs) await countyBook(`${d}/${c.name}.xlsx`, c, { cols: ENT2, seqCol: true });
  const { loc } = await cityBook(`${d}/嘉禾市汇总.xlsx`, '嘉禾市', cs.map(c => rowOf(c.name, c.total)), 'ent', { cols: ENT2, seqCol: true });
  return { file: '嘉禾市汇总.xlsx', sheet: '汇总', cell: loc.cell('望江县', 'jo'), delta: 7 };
});

// 17 rates in different forms: text %, fraction with % format, formula, two decimals
F('17-rate-formats-mixed', async d => {
  const cs = ['青山县', '白沙县', '新丰县', '柳河县'].map(n => county(n, 'ent', 5));
  await countyBook(`${d}/青山县.xlsx`, cs[0], { cols: withFmt(ENT, 'rate', 'pcttext') });
  await countyBook(`${d}/白沙县.xlsx`, cs[1], { cols: withFmt(ENT, 'rate', 'pctfrac') });
  const l2 = await countyBook(`${d}/新丰县.xlsx`, cs[2], { cols: withFmt(ENT, 'rate', 'formula') });
  cs[3].rows.forEach(r => r.rate2 = rate(r.cov, r.n, 2)); cs[3].total.rate2 = rate(cs[3].total.cov, cs[3].total.n, 2);
  await countyBook(`${d}/柳河县.xlsx`, cs[3], { cols: [H.n, H.own, H.jo, H.jc, H.cov, { h: '覆盖率', k: 'rate2', fmt: 'pcttext2' }] });
  await cityBook(`${d}/桐川市汇总.xlsx`, '桐川市', cs.map(c => rowOf(c.name, c.total)), 'ent');
  return { file: '新丰县.xlsx', sheet: 'Sheet1', cell: l2.cell(cs[2].rows[3].label, 'jc'), delta: 7 };
});

// 18 total at top, numbered town labels with leading spaces, 填报人 footer
F('18-total-top-numbered-towns', async d => {
  const cs = ['东湖区', '临水县', '安平县'].map(n => county(n, 'ent', 6));
  let plant;
  for (const c of cs) {
    c.rows.forEach((r, i) => r.display = `  ${i + 1}．${r.label}`);
    const l = await countyBook(`${d}/${c.name}（6月）.xlsx`, c, { totalLabel: '全　县', totalPos: 'top', notes: ['填报人：周某某　　审核人：吴某某　　联系电话：0471-6235530', '报送日期：2025年7月5日'] });
    if (c.name === '临水县') plant = { file: '临水县（6月）.xlsx', sheet: 'Sheet1', cell: l.cell('全　县', 'n'), delta: 7 };
  }
  await cityBook(`${d}/桐川市非公企业党建汇总（6月）.xlsx`, '桐川市', cs.map(c => rowOf(c.name, c.total)), 'ent', { totalLabel: '全市' });
  return plant;
});

// 19 county summary + ledger exported from the system as GBK CSV
F('19-ledger-csv-gbk', async d => {
  const t = towns(4); const led = genLedger('石门', t, [7, 14]); const rows = summarizeByTown(led, t); const tot = summarizeLedger(led, '合计');
  await countyBook(`${d}/石门县非公企业党组织覆盖情况.xlsx`, { name: '石门县', rows, total: tot }, { cols: [H.n, H.own, H.jo, H.jc, H.cov, H.rate, H.mem, H.nomem] });
  const lines = [['序号', '统一社会信用代码', '企业名称', '所属乡镇', '是否建立党组织', '组建方式', '党组织名称', '党员人数', '从业人员']];
  led.forEach((e, i) => lines.push([i + 1, '91450' + String(300000 + i * 37).padStart(13, '0'), e.name, e.town, e.yn, e.mode, e.org, e.mem, e.emp]));
  writeCsv(`${d}/非公企业台账导出.csv`, lines, 'gbk');
  const i = led.findIndex(e => e.yn === '否');
  return { file: '非公企业台账导出.csv', sheet: null, cell: 'E' + (i + 2), csvRow: i + 1, csvCol: 4, set: '是' };
});

// 20 county summary with 非公 and 社会组织 sheets + ledger workbook with two sheets
F('20-ent-and-soc-ledgers', async d => {
  const t = towns(4); const le = genLedger('南塘', t, [6, 12]); const ls = genLedger('南塘', t, [3, 7], 'soc');
  const re = summarizeByTown(le, t), rs = summarizeByTown(ls, t);
  const wb = newWb();
  writeTable(wb.addWorksheet('非公企业'), { title: '南塘区非公有制企业党组织覆盖情况', labelHeader: '街道', cols: [H.n, H.own, H.jc, H.cov, H.rate, H.mem], rows: re, total: { label: '合计', data: summarizeLedger(le, '合计') } });
  writeTable(wb.addWorksheet('社会组织'), { title: '南塘区社会组织党组织覆盖情况', labelHeader: '街道', cols: [{ h: '社会组织数（个）', k: 'n' }, { h: '单独建立党组织（个）', k: 'own' }, { h: '联合覆盖（个）', k: 'jc' }, { h: '覆盖数（个）', k: 'cov' }, { h: '覆盖率（%）', k: 'rate', fmt: 'rate' }, { h: '党员人数（名）', k: 'mem' }], rows: rs, total: { label: '合计', data: summarizeLedger(ls, '合计') } });
  await saveWb(wb, `${d}/南塘区两新组织党建统计表.xlsx`);
  const w2 = newWb(); const cols = [{ h: '序号', k: 'seq' }, { h: '名称', k: 'name' }, { h: '所属街道', k: 'town' }, { h: '是否建立党组织', k: 'yn' }, { h: '组建方式', k: 'mode' }, { h: '党员人数', k: 'mem' }];
  writeLedger(w2.addWorksheet('非公企业台账'), { cols, rows: le });
  const ll = writeLedger(w2.addWorksheet('社会组织台账'), { cols: cols.concat([{ h: '组织类型', k: 'stype' }]), rows: ls });
  await saveWb(w2, `${d}/南塘区两新组织台账.xlsx`);
  const i = ls.findIndex(e => e.mode === '单独');
  return { file: '南塘区两新组织台账.xlsx', sheet: '社会组织台账', cell: ll.cell(i, 'mem'), delta: 7 };
});

// 21 助企纾困 city table by county + county workbooks
F('21-help-enterprises', async d => {
  const cols = [{ h: '包保领导干部（名）', k: 'bb' }, { h: '走访企业（家次）', k: 'zf' }, { h: '收集问题诉求（件）', k: 'sj' }, { h: '已办结（件）', k: 'jj' }, { h: '办结率（%）', k: 'rate', fmt: 'rate' }];
  const cs = ['青山县', '云岭县', '石门县', '南塘区', '东湖区'].map(n => county(n, 'help', 4));
  let plant; for (const c of cs) { const l = await countyBook(`${d}/${c.name}助企纾困.xlsx`, c, { title: `${c.name}“万人助万企”助企纾困工作统计表`, sub: ['截至2025年9月30日'], cols }); if (c.name === '石门县') plant = { file: '石门县助企纾困.xlsx', sheet: 'Sheet1', cell: l.cell('合计', 'jj'), delta: 7 }; }
  await cityBook(`${d}/嘉禾市助企纾困工作汇总.xlsx`, '嘉禾市', cs.map(c => rowOf(c.name, c.total)), 'help', { title: '嘉禾市助企纾困工作情况汇总表', cols });
  return plant;
});

// 22 city table with 2024/2025 blocks, 增长（%） and 增减（百分点）, county 2025 workbooks
F('22-growth-columns', async d => {
  const names = ['白沙县', '柳河县', '新丰县', '北林区'];
  const last = names.map(n => Object.assign({ label: n }, MODELS.ent.gen(1)));
  const cs = names.map((n, i) => { const c = county(n, 'ent', 4); return c; });
  const rows = cs.map((c, i) => ({ label: c.name, n24: last[i].n, n25: c.total.n, g: rate(c.total.n - last[i].n, last[i].n), r24: last[i].rate, r25: c.total.rate, pp: Math.round((c.total.rate - last[i].rate) * 10) / 10 }));
  const tl = sumRows(last, 'ent'), tt = sumRows(cs.map(c => c.total), 'ent');
  const total = { n24: tl.n, n25: tt.n, g: rate(tt.n - tl.n, tl.n), r24: tl.rate, r25: tt.rate, pp: Math.round((tt.rate - tl.rate) * 10) / 10 };
  const cols = [{ h: ['企业数（家）', '2024年'], k: 'n24' }, { h: ['企业数（家）', '2025年'], k: 'n25' }, { h: ['企业数（家）', '增长（%）'], k: 'g', fmt: 'rate' }, { h: ['覆盖率（%）', '2024年'], k: 'r24', fmt: 'rate' }, { h: ['覆盖率（%）', '2025年'], k: 'r25', fmt: 'rate' }, { h: ['覆盖率（%）', '增减（百分点）'], k: 'pp', fmt: 'rate' }];
  const wb = newWb(); const loc = writeTable(wb.addWorksheet('对比'), { title: '洛溪市非公有制企业党组织覆盖情况对比表', labelHeader: '县（区）', cols, rows, total: { label: '合计', data: total } });
  await saveWb(wb, `${d}/洛溪市2025年与2024年对比.xlsx`);
  let plant; for (const c of cs) { const l = await countyBook(`${d}/${c.name}2025.xlsx`, c); if (c.name === '新丰县') plant = { file: '新丰县2025.xlsx', sheet: 'Sheet1', cell: l.cell('合计', 'n'), delta: 7 }; }
  return plant;
});

// 23 无党员企业 decline table, city by county + county by town
F('23-no-member-decline', async d => {
  const cols = [{ h: '年初无党员企业数（家）', k: 'b' }, { h: '现无党员企业数（家）', k: 'a' }, { h: '减少（家）', k: 'd' }, { h: '降幅（%）', k: 'rate', fmt: 'rate' }];
  const cs = ['安平县', '望江县', '临水县'].map(n => county(n, 'nomem', 5));
  let plant; for (const c of cs) { const l = await countyBook(`${d}/${c.name}无党员企业清零.xlsx`, c, { title: `${c.name}“无党员企业”清零行动进展表`, cols }); if (!plant) plant = { file: `${c.name}无党员企业清零.xlsx`, sheet: 'Sheet1', cell: l.cell(c.rows[1].label, 'a'), delta: 7 }; }
  await cityBook(`${d}/桐川市无党员企业清零进展汇总.xlsx`, '桐川市', cs.map(c => rowOf(c.name, c.total)), 'nomem', { title: '桐川市“无党员企业”清零行动进展汇总表', cols });
  return plant;
});

// 24 党员发展: start-of-year members, new members, of which front-line, shares
F('24-member-development', async d => {
  const cols = [{ h: '年初党员数（名）', k: 'm0' }, { h: '发展党员（名）', k: 'nd' }, { h: '其中：一线职工（名）', k: 'nf' }, { h: '一线职工占发展党员比例（%）', k: 'share', fmt: 'rate' }, { h: '转入（名）', k: 'ti' }, { h: '转出（名）', k: 'to' }, { h: '期末党员数（名）', k: 'm1' }];
  const cs = ['东湖区', '南塘区', '青山县'].map(n => county(n, 'dev', 4));
  let plant; for (const c of cs) { const l = await countyBook(`${d}/${c.name}非公企业党员发展情况.xlsx`, c, { title: `${c.name}非公企业党员队伍建设情况统计表`, cols }); if (c.name === '南塘区') plant = { file: '南塘区非公企业党员发展情况.xlsx', sheet: 'Sheet1', cell: l.cell(c.rows[0].label, 'nd'), delta: 7 }; }
  await cityBook(`${d}/嘉禾市非公企业党员发展情况.xlsx`, '嘉禾市', cs.map(c => rowOf(c.name, c.total)), 'dev', { title: '嘉禾市非公企业党员队伍建设情况统计表', cols });
  return plant;
});

// 25 numbers typed as text: thousands separators, full-width digits, — for zero
F('25-text-numbers-and-dashes', async d => {
  const cs = [county('临水县', 'ent', 5, 6), county('云岭县', 'ent', 5), county('柳河县', 'ent', 4)];
  cs[2].rows[1].jo = 0; cs[2].rows[1].jc = 0; MODELS.ent.derive(cs[2].rows[1]); cs[2].total = sumRows(cs[2].rows, 'ent');
  const l0 = await countyBook(`${d}/临水县.xlsx`, cs[0], { cols: [withFmt([H.n], 'n', 'thou')[0], H.own, H.jo, H.jc, withFmt([H.cov], 'cov', 'thou')[0], H.rate, withFmt([H.mem], 'mem', 'thou')[0]] });
  await countyBook(`${d}/云岭县.xlsx`, cs[1], { cols: ENT.map(c => c.k === 'rate' ? c : Object.assign({}, c, { fmt: 'fw' })) });
  await countyBook(`${d}/柳河县.xlsx`, cs[2], { cols: ENT.map(c => ['jo', 'jc'].includes(c.k) ? Object.assign({}, c, { fmt: 'dash0' }) : c) });
  await cityBook(`${d}/洛溪市汇总.xlsx`, '洛溪市', cs.map(c => rowOf(c.name, c.total)), 'ent', { cols: withFmt(withFmt(ENT, 'n', 'thou'), 'cov', 'thou') });
  return { file: '临水县.xlsx', sheet: 'Sheet1', cell: l0.cell(cs[0].rows[2].label, 'n'), pct: 7 };
});

// 26 city workbook with one sheet per county + 汇总 sheet, plus the county's own files for two counties
F('26-city-workbook-county-sheets', async d => {
  const cs = ['石门县', '安平县', '柳河县'].map(n => county(n, 'ent', 4));
  const { loc } = await cityBook(`${d}/洛溪市两新党建统计（汇总及分县）.xlsx`, '洛溪市', cs.map(c => rowOf(c.name, c.total)), 'ent', {
    cols: [H.n, H.own, H.jo, H.jc, H.cov, H.rate, H.mem],
    more: async wb => { for (const c of cs) writeTable(wb.addWorksheet(c.name), { title: `${c.name}非公有制企业党组织覆盖情况`, labelHeader: '乡镇', cols: [H.n, H.own, H.jo, H.jc, H.cov, H.rate, H.mem], rows: c.rows, total: { label: '小计', data: c.total } }); },
  });
  for (const c of cs.slice(0, 2)) await countyBook(`${d}/${c.name}.xlsx`, c, { cols: [H.n, H.own, H.jo, H.jc, H.cov, H.rate, H.mem] });
  return { file: '洛溪市两新党建统计（汇总及分县）.xlsx', sheet: '汇总', cell: loc.cell('安平县', 'mem'), delta: 7 };
});

// 27 province table by city, city workbooks with county sheets (3 levels inside 3 files), county names without 县 in city
F('27-province-cities-short-names', async d => {
  const cities = { '桐川市': ['青山县', '白沙县'], '嘉禾市': ['东湖区', '南塘区', '望江县'], '洛溪市': ['石门县', '安平县'] };
  const prov = []; let plant;
  for (const [city, cn] of Object.entries(cities)) {
    const cs = cn.map(n => county(n, 'soc', 3));
    const cols = [{ h: '社会组织数', k: 'n' }, { h: '单独组建', k: 'own' }, { h: '联合组建覆盖', k: 'jc' }, { h: '覆盖总数', k: 'cov' }, { h: '覆盖率%', k: 'rate', fmt: 'rate' }];
    const { loc, total } = await cityBook(`${d}/${city.replace('市', '')}.xlsx`, city, cs.map(c => rowOf(c.name.replace(/(县|区)$/, ''), c.total)), 'soc', { title: `${city}社会组织党组织覆盖情况`, cols });
    if (city === '嘉禾市') plant = { file: '嘉禾.xlsx', sheet: '汇总', cell: loc.cell('合计', 'n'), delta: 7 };
    prov.push(rowOf(city, total));
  }
  await cityBook(`${d}/云川省社会组织党组织覆盖情况.xlsx`, '云川省', prov, 'soc', { title: '云川省社会组织党组织覆盖情况统计表', labelHeader: '市', totalLabel: '全省', cols: [{ h: '社会组织数', k: 'n' }, { h: '单独组建', k: 'own' }, { h: '联合组建覆盖', k: 'jc' }, { h: '覆盖总数', k: 'cov' }, { h: '覆盖率%', k: 'rate', fmt: 'rate' }] });
  return plant;
});

// 28 city table + three county workbooks, each with 汇总 and a 台账 sheet (ledger has 从业人员数 and 党组织名称 columns)
F('28-city-counties-with-ledger-sheets', async d => {
  const names = ['白沙县', '云岭县', '临水县']; const tots = []; let plant;
  for (const n of names) {
    const t = towns(3); const led = genLedger(n.replace(/(县|区)$/, ''), t, [6, 12]); const rows = summarizeByTown(led, t); const tot = summarizeLedger(led, '合计'); tots.push(rowOf(n, tot));
    const wb = newWb();
    writeTable(wb.addWorksheet('汇总'), { title: `${n}非公有制企业党组织覆盖情况统计表`, sub: ['截至2025年12月31日'], labelHeader: '乡镇（街道）', cols: [H.n, H.own, H.jc, H.cov, H.rate, H.mem], rows, total: { label: '合计', pos: 'top', data: tot } });
    const ll = writeLedger(wb.addWorksheet('台账'), { title: `${n}非公有制企业党建工作台账`, cols: [{ h: '序号', k: 'seq' }, { h: '企业名称', k: 'name' }, { h: '所属乡镇', k: 'town' }, { h: '从业人员数', k: 'emp' }, { h: '是否建立党组织', k: 'yn' }, { h: '组建方式', k: 'mode' }, { h: '党组织名称', k: 'org' }, { h: '党员人数', k: 'mem' }], rows: led });
    await saveWb(wb, `${d}/${n}.xlsx`);
    if (n === '云岭县') { const i = led.findIndex(e => e.mode === '单独'); plant = { file: '云岭县.xlsx', sheet: '台账', cell: ll.cell(i, 'mem'), delta: 7 }; }
  }
  await cityBook(`${d}/桐川市汇总表.xlsx`, '桐川市', tots, 'ent', { cols: [H.n, H.own, H.jc, H.cov, H.rate, H.mem], totalLabel: '全市', totalPos: 'top' });
  return plant;
});

// 29 quarterly columns (一季度…四季度, 全年) of 新发展党员 by town; city table of 全年 by county
F('29-quarter-columns-full-year', async d => {
  const names = ['安平县', '望江县', '北林区']; const tots = []; let plant;
  const cols = [{ h: '一季度', k: 'q1' }, { h: '二季度', k: 'q2' }, { h: '三季度', k: 'q3' }, { h: '四季度', k: 'q4' }, { h: '全年合计', k: 'y' }];
  for (const n of names) {
    const rows = towns(5).map(t => { const r = { label: t, q1: ri(0, 9), q2: ri(0, 12), q3: ri(0, 9), q4: ri(1, 15) }; r.y = r.q1 + r.q2 + r.q3 + r.q4; return r; });
    const tot = { q1: 0, q2: 0, q3: 0, q4: 0, y: 0 }; rows.forEach(r => { for (const k in tot) tot[k] += r[k]; });
    const wb = newWb(); const l = writeTable(wb.addWorksheet('发展党员'), { title: `${n}2025年非公企业发展党员情况统计表`, sub: ['单位：名'], labelHeader: '乡镇（街道）', cols, rows, total: { label: '合计', data: tot } });
    await saveWb(wb, `${d}/${n}2025年非公企业发展党员.xlsx`);
    tots.push({ label: n, y: tot.y, q4: tot.q4 });
    if (n === '望江县') plant = { file: `${n}2025年非公企业发展党员.xlsx`, sheet: '发展党员', cell: l.cell(rows[2].label, 'q2'), delta: 7 };
  }
  const T = { y: tots.reduce((s, r) => s + r.y, 0), q4: tots.reduce((s, r) => s + r.q4, 0) };
  await cityBook(`${d}/洛溪市2025年非公企业发展党员汇总.xlsx`, '洛溪市', tots, 'ent', { title: '洛溪市2025年非公企业发展党员情况汇总表', sub: ['单位：名'], cols: [{ h: '全年发展党员', k: 'y' }, { h: '其中：四季度', k: 'q4' }], totalData: T });
  return plant;
});

// 30 full official names (自治县) in county titles, short names in city table; a 区 named after 区委组织部
F('30-autonomous-county-names', async d => {
  const cs = [county('石门土家族自治县', 'ent', 4), county('安平县', 'ent', 4), county('南塘区', 'ent', 3)];
  const l0 = await countyBook(`${d}/石门自治县.xlsx`, cs[0], { title: '石门土家族自治县非公有制企业党组织覆盖情况统计表' });
  await countyBook(`${d}/安平县.xlsx`, cs[1]);
  await countyBook(`${d}/南塘区委组织部报送.xlsx`, cs[2], { sub: ['填报单位：中共洛溪市南塘区委组织部'] });
  await cityBook(`${d}/洛溪市汇总.xlsx`, '洛溪市', [rowOf('石门县', cs[0].total), rowOf('安平县', cs[1].total), rowOf('南塘区', cs[2].total)], 'ent');
  return { file: '石门自治县.xlsx', sheet: 'Sheet1', cell: l0.cell('合计', 'own'), delta: 7 };
});

// 31 every county has a 城关镇 (and some share more town names); city table uses full county names
F('31-common-town-names-full', async d => {
  const tl = [['城关镇', '龙泉镇', '太平乡', '石桥镇'], ['城关镇', '龙泉镇', '太平乡', '河口镇', '新华街道'], ['城关镇', '太平乡', '马坊乡']];
  const cs = ['柳河县', '新丰县', '望江县'].map((n, i) => county(n, 'ent', 0, 1, tl[i]));
  let plant; for (const c of cs) { const l = await countyBook(`${d}/${c.name}.xlsx`, c); if (c.name === '新丰县') plant = { file: '新丰县.xlsx', sheet: 'Sheet1', cell: l.cell('城关镇', 'own'), delta: 7 }; }
  await cityBook(`${d}/嘉禾市汇总表.xlsx`, '嘉禾市', cs.map(c => rowOf(c.name, c.total)), 'ent');
  return plant;
});

// 32 same as 31 but the city table writes county names without 县 (青山 / 云岭 / 临水)
F('32-common-town-names-short', async d => {
  const tl = [['城关镇', '龙泉镇', '太平乡', '石桥镇'], ['城关镇', '龙泉镇', '太平乡', '河口镇', '新华街道'], ['城关镇', '太平乡', '马坊乡']];
  const cs = ['青山县', '云岭县', '临水县'].map((n, i) => county(n, 'ent', 0, 1, tl[i]));
  for (const c of cs) await countyBook(`${d}/${c.name}.xlsx`, c);
  const { loc } = await cityBook(`${d}/桐川市汇总表.xlsx`, '桐川市', cs.map(c => rowOf(c.name.replace('县', ''), c.total)), 'ent');
  return { file: '桐川市汇总表.xlsx', sheet: '汇总', cell: loc.cell('云岭', 'n'), delta: 7 };
});

// 33 monthly reports, a new 街道 appears from April (split off 城关镇): rows differ between months
F('33-monthly-new-street-from-april', async d => {
  const t = ['城关镇', '河口镇', '高桥镇', '马坊乡', '青龙乡']; let rows = genRows(t, 'ent', 1); let plant;
  for (let m = 1; m <= 6; m++) {
    if (m > 1) rows = rows.map(r => { const x = Object.assign({}, r); x.n += ri(0, 3); x.jc = Math.min(x.jc + ri(0, 1), x.n - x.own); x.mem += ri(0, 5); return MODELS.ent.derive(x); });
    if (m === 4) { // 城关镇 split: new 凤凰街道 takes part of it
      const c = rows[0]; const nw = { label: '凤凰街道', n: Math.floor(c.n / 3), own: Math.floor(c.own / 3), dw: 0, dzz: 0, jo: 1, jc: 2, mem: Math.floor(c.mem / 3), nomem: 0, zdy: 2 };
      nw.dzb = nw.own; const rest = Object.assign({}, c, { n: c.n - nw.n, own: c.own - nw.own, dzb: c.dzb - nw.own, jc: Math.max(0, c.jc - 2), jo: Math.max(1, c.jo - 1), mem: c.mem - nw.mem });
      rows = [MODELS.ent.derive(rest), MODELS.ent.derive(nw), ...rows.slice(1)];
    }
    const tot = sumRows(rows, 'ent');
    const l = await countyBook(`${d}/${String(m).padStart(2, '0')}月.xlsx`, { name: '新丰县', rows, total: tot }, { title: `新丰县非公有制企业党组织覆盖情况月报（${m}月）`, sub: [`截至2025年${m}月底`], cols: [H.n, H.own, H.jo, H.jc, H.cov, H.rate] });
    if (m === 5) plant = { file: '05月.xlsx', sheet: 'Sheet1', cell: l.cell('合计', 'n'), delta: 7 };
  }
  return plant;
});

// 34 last year's county workbooks kept in the folder, year only in the 截至 row and the file name
F('34-last-year-county-files-date-row-only', async d => {
  const names = ['东湖区', '白沙县', '安平县']; const now = [];
  for (const n of names) {
    const last = county(n, 'ent', 4); const rows = last.rows.map(r => { const x = Object.assign({}, r); x.n += ri(3, 12); x.own += ri(0, 4); x.dzb = x.own - x.dw - x.dzz; x.jc += ri(0, 3); x.mem += ri(4, 25); return MODELS.ent.derive(x); });
    const cur = { name: n, rows, total: sumRows(rows, 'ent') }; now.push(cur);
    await countyBook(`${d}/${n}（上年）.xlsx`, last, { sub: ['单位：家、个、%', '截至2024年12月31日'] });
    await countyBook(`${d}/${n}.xlsx`, cur, { sub: ['单位：家、个、%', '截至2025年12月31日'] });
  }
  const { loc } = await cityBook(`${d}/桐川市汇总表（2025年度）.xlsx`, '桐川市', now.map(c => rowOf(c.name, c.total)), 'ent', { sub: ['单位：家、个、%', '截至2025年12月31日'] });
  return { file: '桐川市汇总表（2025年度）.xlsx', sheet: '汇总', cell: loc.cell('白沙县', 'jc'), delta: 7 };
});

// 35 county workbook: 汇总 by town + one sheet per town broken down by 村（社区）, each with 小计 = the town row
F('35-county-town-sheets-by-village', async d => {
  const t = towns(3); const vill = ['社区', '村', '村', '村'];
  const townData = t.map(tn => { const vs = ['东街', '西街', '南岭', '北坪'].slice(0, ri(3, 4)).map((v, i) => tn.replace(/(镇|乡|街道)$/, '') + v + vill[i]); const rows = genRows(vs, 'ent', 0.1).map(r => { if (r.n < 6) { r.n = 6; } if (r.own + r.jc > r.n) { r.jc = 0; r.jo = 0; } return MODELS.ent.derive(r); }); return { tn, rows, total: sumRows(rows, 'ent') }; });
  const wb = newWb(); const cols = [H.n, H.own, H.jo, H.jc, H.cov, H.rate];
  const sumRowsT = townData.map(x => rowOf(x.tn, x.total)); const tot = sumRows(sumRowsT, 'ent');
  writeTable(wb.addWorksheet('汇总'), { title: '临水县非公有制企业党组织覆盖情况统计表', labelHeader: '乡镇（街道）', cols, rows: sumRowsT, total: { label: '全县', data: tot } });
  let plant;
  for (const x of townData) { const l = writeTable(wb.addWorksheet(x.tn), { title: `${x.tn}非公有制企业党组织覆盖情况`, labelHeader: '村（社区）', cols, rows: x.rows, total: { label: '小计', data: x.total } }); if (!plant) plant = { file: '临水县.xlsx', sheet: x.tn, cell: l.cell('小计', 'own'), delta: 7 }; }
  await saveWb(wb, `${d}/临水县.xlsx`);
  const others = ['石门县', '柳河县'].map(n => county(n, 'ent', 4));
  for (const c of others) await countyBook(`${d}/${c.name}.xlsx`, c);
  await cityBook(`${d}/洛溪市汇总.xlsx`, '洛溪市', [rowOf('临水县', tot), ...others.map(c => rowOf(c.name, c.total))], 'ent');
  return plant;
});

(async () => {
  const only = process.argv[2];
  fs.mkdirSync(ROOT, { recursive: true });
  const plants = {};
  for (const f of folders) {
    if (only && !f.name.startsWith(only)) continue;
    const d = path.join(ROOT, f.name); fs.rmSync(d, { recursive: true, force: true }); fs.mkdirSync(d, { recursive: true });
    L.setSeed(1000 + folders.indexOf(f) * 7919);
    plants[f.name] = await f.fn(d);
  }
  const pf = path.join(__dirname, 'clean-plants.json');
  const old = only && fs.existsSync(pf) ? JSON.parse(fs.readFileSync(pf)) : {};
  fs.writeFileSync(pf, JSON.stringify(Object.assign(old, plants), null, 1));
  console.log('folders:', Object.keys(plants).length);
})().catch(e => { console.error(e); process.exit(1); });
