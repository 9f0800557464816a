// Generator for clean reviewer folders: 非公有制企业和社会组织党建 statistics
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, 'clean');

function rng(seed) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }
function ri(r, a, b) { return a + Math.floor(r() * (b - a + 1)); }
function pick(r, arr) { return arr[Math.floor(r() * arr.length)]; }
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function rate1(a, b) { return b === 0 ? 0 : Math.round(a / b * 1000) / 10; }

const TOWN_POOL = ['城关镇', '东城街道', '西城街道', '南湖街道', '北山镇', '柳树乡', '河口镇', '石桥镇', '新华街道', '长安镇', '白沙镇', '青龙乡', '桃源镇', '红旗乡', '马坊镇', '龙泉镇', '清溪镇', '金山街道', '文昌街道', '双河镇', '三里桥街道', '杨柳镇', '高坪乡', '永安镇'];
const ENT_PRE = ['华信', '恒达', '宏远', '鑫源', '博创', '天润', '金穗', '瑞丰', '正泰', '汇通', '新锐', '永盛', '立德', '聚力', '广和', '启明', '佳禾', '众诚', '长青', '东方'];
const ENT_IND = ['机械制造', '电子科技', '建材', '物流', '食品', '纺织', '商贸', '农业开发', '建筑工程', '信息技术', '医药', '包装材料', '汽车配件', '环保科技'];
const ORG_KIND = ['商会', '行业协会', '民办学校', '社会工作服务中心', '志愿者协会', '养老服务中心'];

// Build one county's data. ledger entries are the ground truth; aggregates derived.
function makeCounty(name, seed, opts = {}) {
  const r = rng(seed);
  const nT = opts.nTowns || ri(r, 4, 8);
  const pool = TOWN_POOL.slice(); const towns = [];
  for (let i = 0; i < nT; i++) { const k = ri(r, 0, pool.length - 1); towns.push(pool.splice(k, 1)[0]); }
  if (opts.zone) towns.push(opts.zone);
  const data = { name, towns: [] };
  let seq = 0;
  for (const t of towns) {
    const n = ri(r, opts.min || 8, opts.max || 30);
    const ents = [];
    for (let i = 0; i < n; i++) {
      const isOrg = r() < 0.2;
      const tn = t.replace(/(镇|乡|街道)$/, '');
      const nm = isOrg ? `${name.replace(/(区|县|市)$/, '')}${tn}${pick(r, ORG_KIND)}` + (i) : `${name.replace(/(区|县|市)$/, '')}${pick(r, ENT_PRE)}${pick(r, ENT_IND)}有限公司` + (r() < 0.5 ? '' : `${t}分公司`);
      const built = r() < 0.72;
      const mode = built ? (r() < 0.65 ? '单独建立' : '联合建立') : '';
      const members = built ? ri(r, mode === '单独建立' ? 3 : 1, 25) : ri(r, 0, 2);
      ents.push({ seq: ++seq, name: nm + (i + 1 > 0 ? '' : ''), town: t, kind: isOrg ? '社会组织' : '非公企业', built, mode, members });
    }
    data.towns.push({ name: t, ents });
  }
  for (const t of data.towns) agg(t, t.ents);
  data.total = { name: '合计' }; agg(data.total, data.towns.flatMap(t => t.ents));
  return data;
}
function agg(o, ents) {
  o.n = ents.length; o.built = ents.filter(e => e.built).length;
  o.single = ents.filter(e => e.mode === '单独建立').length; o.joint = ents.filter(e => e.mode === '联合建立').length;
  o.rate = rate1(o.built, o.n); o.members = ents.reduce((s, e) => s + e.members, 0);
}

const layout = {}; // folder -> file -> sheet -> {rows:{label:rowNo}, cols:{key:colLetter}}
function lay(folder, file, sheet) { layout[folder] = layout[folder] || {}; layout[folder][file] = layout[folder][file] || {}; return (layout[folder][file][sheet] = layout[folder][file][sheet] || { rows: {}, cols: {} }); }

const thin = { style: 'thin' };
function border(cell) { cell.border = { top: thin, left: thin, bottom: thin, right: thin }; }

// County summary sheet writer (xlsx). opts: totalTop, pctFmt, year, ledgerSheet, notes
function writeCountySheet(wb, folder, file, c, opts) {
  const sheetName = opts.sheetName || '汇总';
  const ws = wb.addWorksheet(sheetName);
  const L = lay(folder, file, sheetName);
  const year = opts.year || 2024;
  ws.getCell('A1').value = `${c.name}非公有制企业和社会组织党建工作情况统计表`;
  ws.mergeCells('A1:H1'); ws.getCell('A1').font = { bold: true, size: 14 }; ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getCell('A2').value = `填报单位：中共${c.name}委组织部（盖章）`;
  ws.getCell('F2').value = `统计时间：${year}年12月31日`;
  ws.getCell('H2').value = '单位：个、%、名';
  // header rows 3-4
  const h = ['序号', '乡镇（街道）', '企业和社会组织数', '已建立党组织的企业和社会组织数', '', '', '党组织覆盖率（%）', '党员数（名）'];
  const h2 = ['', '', '', '小计', '单独建立', '联合建立', '', ''];
  h.forEach((v, i) => { ws.getCell(3, i + 1).value = v; });
  h2.forEach((v, i) => { if (v) ws.getCell(4, i + 1).value = v; });
  ws.mergeCells('A3:A4'); ws.mergeCells('B3:B4'); ws.mergeCells('C3:C4'); ws.mergeCells('D3:F3'); ws.mergeCells('G3:G4'); ws.mergeCells('H3:H4');
  for (let rr = 3; rr <= 4; rr++) for (let cc = 1; cc <= 8; cc++) { border(ws.getCell(rr, cc)); ws.getCell(rr, cc).font = { bold: true }; ws.getCell(rr, cc).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  L.cols = { n: 'C', built: 'D', single: 'E', joint: 'F', rate: 'G', members: 'H' };
  let row = 5;
  const put = (label, o, seqNo) => {
    ws.getCell(row, 1).value = seqNo === undefined ? '' : seqNo;
    ws.getCell(row, 2).value = label;
    ws.getCell(row, 3).value = o.n; ws.getCell(row, 4).value = o.built; ws.getCell(row, 5).value = o.single; ws.getCell(row, 6).value = o.joint;
    if (opts.pctFmt) { ws.getCell(row, 7).value = Math.round(o.built / o.n * 10000) / 10000; ws.getCell(row, 7).numFmt = '0.0%'; }
    else ws.getCell(row, 7).value = o.rate;
    ws.getCell(row, 8).value = o.members;
    for (let cc = 1; cc <= 8; cc++) border(ws.getCell(row, cc));
    L.rows[label] = row; row++;
  };
  if (opts.totalTop) put('合计', c.total);
  c.towns.forEach((t, i) => put(t.name, t, i + 1));
  if (!opts.totalTop) put('合计', c.total);
  row++;
  ws.getCell(row++, 1).value = '注：1. 覆盖率=已建立党组织的企业和社会组织数÷企业和社会组织数×100%。';
  ws.getCell(row++, 1).value = '2. 联合建立指两个及以上单位联合组建党组织的情况，按所含单位分别计数。';
  if (opts.zoneNote) ws.getCell(row++, 1).value = `3. ${opts.zoneNote}`;
  ws.getCell(row + 1, 1).value = '填表人：王敏        审核人：李强        联系电话：0571-8888' + String(1000 + c.total.n).slice(-4);
  ws.columns.forEach((col, i) => { col.width = [6, 16, 12, 10, 10, 10, 12, 12][i] || 10; });
}

function writeLedgerSheet(wb, folder, file, c, opts = {}) {
  const sheetName = opts.sheetName || '台账';
  const ws = wb.addWorksheet(sheetName);
  const L = lay(folder, file, sheetName);
  ws.getCell('A1').value = `${c.name}非公有制企业和社会组织党组织建设台账`;
  ws.mergeCells('A1:H1'); ws.getCell('A1').font = { bold: true, size: 13 };
  const hd = ['序号', '单位名称', opts.townHeader || '所在乡镇（街道）', '单位类型', '是否建立党组织', '建立方式', '党员数（名）', '备注'];
  hd.forEach((v, i) => { const ce = ws.getCell(2, i + 1); ce.value = v; ce.font = { bold: true }; border(ce); });
  L.cols = { town: 'C', built: 'E', mode: 'F', members: 'G' };
  let row = 3;
  const all = c.towns.flatMap(t => t.ents);
  for (const e of all) {
    const vals = [e.seq, e.name, e.town, e.kind, e.built ? '是' : '否', e.mode || '—', e.members, e.members === 0 ? '无党员' : ''];
    vals.forEach((v, i) => { const ce = ws.getCell(row, i + 1); ce.value = v; border(ce); });
    L.rows['#' + e.seq] = row; row++;
  }
  ws.columns.forEach((col, i) => { col.width = [6, 40, 16, 10, 10, 10, 10, 10][i] || 10; });
}

async function writeCountyWorkbook(folder, file, c, opts = {}) {
  const wb = new ExcelJS.Workbook();
  writeCountySheet(wb, folder, file, c, opts);
  if (opts.ledger) writeLedgerSheet(wb, folder, file, c, { sheetName: opts.ledgerName, townHeader: opts.townHeader });
  await wb.xlsx.writeFile(path.join(ROOT, folder, file));
}
async function writeLedgerWorkbook(folder, file, c, opts = {}) {
  const wb = new ExcelJS.Workbook();
  writeLedgerSheet(wb, folder, file, c, opts);
  await wb.xlsx.writeFile(path.join(ROOT, folder, file));
}

function csvEsc(v) { v = v === undefined || v === null ? '' : String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }
function writeCsv(folder, file, rows, enc) {
  const txt = rows.map(r => r.map(csvEsc).join(',')).join('\r\n') + '\r\n';
  const p = path.join(ROOT, folder, file);
  if (enc === 'gbk') fs.writeFileSync(p, iconv.encode(txt, 'gbk'));
  else fs.writeFileSync(p, (enc === 'utf8bom' ? '\ufeff' : '') + txt, 'utf8');
}

function countyCsv(folder, file, c, enc, opts = {}) {
  const L = lay(folder, file, opts.sheetKey || path.basename(file, '.csv'));
  const rows = [[`${c.name}非公有制企业和社会组织党建工作情况统计表`], ['单位：个、%、名'],
    ['乡镇（街道）', '企业和社会组织数', '已建立党组织数', '其中：单独建立', '其中：联合建立', '覆盖率（%）', '党员数']];
  L.cols = { n: 'B', built: 'C', single: 'D', joint: 'E', rate: 'F', members: 'G' };
  const put = (label, o) => { rows.push([label, o.n, o.built, o.single, o.joint, o.rate.toFixed(1), o.members]); L.rows[label] = rows.length; };
  if (opts.totalTop) put('合计', c.total);
  c.towns.forEach(t => put(t.name, t));
  if (!opts.totalTop) put('合计', c.total);
  rows.push(['注：覆盖率=已建立党组织数÷企业和社会组织数×100%']);
  writeCsv(folder, file, rows, enc);
}

// city summary. counties: [{c, label, zone?:{label, o}, prev?: county data for 2023}]
async function writeCitySummary(folder, file, city, entries, opts = {}) {
  const sheetName = opts.sheetName || '全市汇总';
  const total = { n: 0, built: 0, single: 0, joint: 0, members: 0 };
  const ptotal = { n: 0, built: 0, single: 0, joint: 0, members: 0 };
  for (const e of entries) { for (const k of Object.keys(total)) { total[k] += e.c.total[k]; if (e.prev) ptotal[k] += e.prev.total[k]; } }
  total.rate = rate1(total.built, total.n); ptotal.rate = rate1(ptotal.built, ptotal.n);
  if (opts.csv) {
    const L = lay(folder, file, opts.sheetKey || path.basename(file, '.csv'));
    const rows = [[`${city}非公有制企业和社会组织党建工作情况汇总表`], ['单位：个、%、名'],
      ['县（市、区）', '企业和社会组织数', '已建立党组织数', '其中：单独建立', '其中：联合建立', '覆盖率（%）', '党员数']];
    L.cols = { n: 'B', built: 'C', single: 'D', joint: 'E', rate: 'F', members: 'G' };
    const put = (label, o) => { rows.push([label, o.n, o.built, o.single, o.joint, o.rate.toFixed(1), o.members]); L.rows[label] = rows.length; };
    if (opts.totalTop) put('全市合计', total);
    for (const e of entries) { put(e.label, e.c.total); if (e.zone) put(e.zone.label, e.zone.o); }
    if (!opts.totalTop) put('全市合计', total);
    rows.push([`注：数据截至2024年12月31日，由各县（市、区）委组织部报送。`]);
    writeCsv(folder, file, rows, opts.csv);
    return;
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const L = lay(folder, file, sheetName);
  ws.getCell('A1').value = `${city}非公有制企业和社会组织党建工作情况汇总表`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = '单位：个、%、名';
  let row;
  if (opts.twoYears) {
    ws.mergeCells('A1:K1');
    const h = ['县（市、区）', '企业和社会组织数', '', '已建立党组织数', '', '覆盖率（%）', '', '党员数（名）', '', '覆盖率增减（百分点）'];
    h.forEach((v, i) => { if (v) ws.getCell(3, i + 1).value = v; });
    ['', '2023年', '2024年', '2023年', '2024年', '2023年', '2024年', '2023年', '2024年', ''].forEach((v, i) => { if (v) ws.getCell(4, i + 1).value = v; });
    ws.mergeCells('A3:A4'); ws.mergeCells('B3:C3'); ws.mergeCells('D3:E3'); ws.mergeCells('F3:G3'); ws.mergeCells('H3:I3'); ws.mergeCells('J3:J4');
    L.cols = { pn: 'B', n: 'C', pbuilt: 'D', built: 'E', prate: 'F', rate: 'G', pmembers: 'H', members: 'I', drate: 'J' };
    row = 5;
    const put = (label, o, p) => {
      const v = [label, p.n, o.n, p.built, o.built, p.rate, o.rate, p.members, o.members, Math.round((o.rate - p.rate) * 10) / 10];
      v.forEach((x, i) => { ws.getCell(row, i + 1).value = x; border(ws.getCell(row, i + 1)); });
      L.rows[label] = row; row++;
    };
    if (opts.totalTop) put('全市合计', total, ptotal);
    for (const e of entries) put(e.label, e.c.total, e.prev.total);
    if (!opts.totalTop) put('全市合计', total, ptotal);
  } else {
    ws.mergeCells('A1:G1');
    ['县（市、区）', '企业和社会组织数', '已建立党组织的企业和社会组织数', '', '', '党组织覆盖率（%）', '党员数（名）'].forEach((v, i) => { if (v) ws.getCell(3, i + 1).value = v; });
    ['', '', '小计', '单独建立', '联合建立', '', ''].forEach((v, i) => { if (v) ws.getCell(4, i + 1).value = v; });
    ws.mergeCells('A3:A4'); ws.mergeCells('B3:B4'); ws.mergeCells('C3:E3'); ws.mergeCells('F3:F4'); ws.mergeCells('G3:G4');
    L.cols = { n: 'B', built: 'C', single: 'D', joint: 'E', rate: 'F', members: 'G' };
    row = 5;
    const put = (label, o) => {
      const v = [label, o.n, o.built, o.single, o.joint, o.rate, o.members];
      v.forEach((x, i) => { ws.getCell(row, i + 1).value = x; border(ws.getCell(row, i + 1)); });
      if (opts.pctFmt) { ws.getCell(row, 6).value = Math.round(o.built / o.n * 10000) / 10000; ws.getCell(row, 6).numFmt = '0.0%'; }
      L.rows[label] = row; row++;
    };
    if (opts.totalTop) put('全市合计', total);
    for (const e of entries) { put(e.label, e.c.total); if (e.zone) put(e.zone.label, e.zone.o); }
    if (!opts.totalTop) put('全市合计', total);
  }
  row++;
  ws.getCell(row++, 1).value = '注：1. 本表数据由各县（市、区）委组织部报送，市委组织部组织二科汇总。';
  ws.getCell(row++, 1).value = '2. 覆盖率=已建立党组织数÷企业和社会组织数×100%。';
  if (opts.extraNote) ws.getCell(row++, 1).value = opts.extraNote;
  await wb.xlsx.writeFile(path.join(ROOT, folder, file));
}

async function main() {
  fs.rmSync(ROOT, { recursive: true, force: true });
  const mk = f => fs.mkdirSync(path.join(ROOT, f), { recursive: true });

  // f01: plain: city summary (total bottom) + 4 counties with ledger sheets
  {
    const F = 'f01_basic'; mk(F);
    const cs = [makeCounty('江北区', 11), makeCounty('江南区', 12), makeCounty('青山县', 13), makeCounty('白水县', 14)];
    for (const c of cs) await writeCountyWorkbook(F, `${c.name}非公党建统计表（2024年）.xlsx`, c, { ledger: true });
    await writeCitySummary(F, '临江市非公党建汇总表（2024年）.xlsx', '临江市', cs.map(c => ({ c, label: c.name })));
  }
  // f02: mixed csv: city summary CSV utf-8 BOM; one county GBK CSV; two xlsx counties
  {
    const F = 'f02_mixed_csv'; mk(F);
    const cs = [makeCounty('城东区', 21), makeCounty('城西区', 22), makeCounty('桃源县', 23)];
    await writeCountyWorkbook(F, '城东区非公党建统计表.xlsx', cs[0], {});
    await writeCountyWorkbook(F, '城西区非公党建统计表.xlsx', cs[1], { ledger: true, ledgerName: '明细' });
    countyCsv(F, '桃源县非公党建统计表.csv', cs[2], 'gbk');
    await writeCitySummary(F, '全市汇总.csv', '安平市', cs.map(c => ({ c, label: c.name })), { csv: 'utf8bom' });
  }
  // f03: two-year city summary + last year's county workbooks in folder
  {
    const F = 'f03_two_years'; mk(F);
    const names = ['河东区', '河西区', '龙泉县'];
    const cur = names.map((n, i) => makeCounty(n, 31 + i, { nTowns: 5 }));
    const prev = names.map((n, i) => makeCounty(n, 131 + i, { nTowns: 5, min: 6, max: 24 }));
    for (let i = 0; i < 3; i++) await writeCountyWorkbook(F, `${names[i]}非公党建统计表2024.xlsx`, cur[i], { year: 2024, ledger: i === 0 });
    for (let i = 0; i < 2; i++) await writeCountyWorkbook(F, `${names[i]}非公党建统计表2023.xlsx`, prev[i], { year: 2023 });
    await writeCitySummary(F, '全市非公党建2023-2024对比表.xlsx', '清河市', names.map((n, i) => ({ c: cur[i], prev: prev[i], label: n })), { twoYears: true });
  }
  // f04: totals on top everywhere, ledger as separate workbook
  {
    const F = 'f04_totals_top'; mk(F);
    const cs = [makeCounty('新城区', 41), makeCounty('老城区', 42), makeCounty('石门县', 43), makeCounty('安宁县', 44)];
    for (const c of cs) await writeCountyWorkbook(F, `${c.name}统计表.xlsx`, c, { totalTop: true });
    await writeLedgerWorkbook(F, '石门县非公企业和社会组织党组织台账.xlsx', cs[2]);
    await writeLedgerWorkbook(F, '安宁县非公企业和社会组织党组织台账.xlsx', cs[3], { townHeader: '所在乡镇' });
    await writeCitySummary(F, '全市汇总表.xlsx', '石城市', cs.map(c => ({ c, label: c.name })), { totalTop: true });
  }
  // f05: name variants in city summary + development zone inside a county
  {
    const F = 'f05_name_variants_zone'; mk(F);
    const cs = [makeCounty('江北区', 51, { zone: '江北经济开发区' }), makeCounty('西湖区', 52), makeCounty('临河市', 53), makeCounty('平山县', 54)];
    await writeCountyWorkbook(F, '江北区非公党建统计表.xlsx', cs[0], { ledger: true, zoneNote: '江北经济开发区由区委组织部直接统计，数据计入江北区。' });
    await writeCountyWorkbook(F, '西湖区非公党建统计表.xlsx', cs[1], {});
    await writeCountyWorkbook(F, '临河市非公党建统计表.xlsx', cs[2], {});
    await writeCountyWorkbook(F, '平山县非公党建统计表.xlsx', cs[3], { ledger: true });
    const zone = cs[0].towns.find(t => t.name === '江北经济开发区');
    await writeCitySummary(F, '东州市非公党建汇总表.xlsx', '东州市', [
      { c: cs[0], label: '江北', zone: { label: '其中：江北经济开发区', o: zone } },
      { c: cs[1], label: '西湖' }, { c: cs[2], label: '临河县（市）' }, { c: cs[3], label: '平山' }]);
  }
  // f06: percent formatted rates, ledger sheet named 明细
  {
    const F = 'f06_pct_format'; mk(F);
    const cs = [makeCounty('东山区', 61), makeCounty('南山区', 62), makeCounty('北湖县', 63)];
    for (const c of cs) await writeCountyWorkbook(F, `${c.name}非公党建.xlsx`, c, { pctFmt: true, ledger: true, ledgerName: '明细', townHeader: '所在乡镇' });
    await writeCitySummary(F, '全市非公党建汇总.xlsx', '山海市', cs.map(c => ({ c, label: c.name })), { pctFmt: true });
  }
  // f07: GBK csv city summary, zone, last year's workbook lying around
  {
    const F = 'f07_gbk_zone_lastyear'; mk(F);
    const cs = [makeCounty('高新区', 71), makeCounty('滨海县', 72, { zone: '滨海临港开发区' }), makeCounty('云溪县', 73)];
    const old = makeCounty('滨海县', 172, { zone: '滨海临港开发区', min: 5, max: 20 });
    await writeCountyWorkbook(F, '高新区非公党建统计表.xlsx', cs[0], { ledger: true });
    await writeCountyWorkbook(F, '滨海县非公党建统计表（2024年）.xlsx', cs[1], {});
    await writeCountyWorkbook(F, '滨海县非公党建统计表（2023年）.xlsx', old, { year: 2023 });
    countyCsv(F, '云溪县非公党建统计表.csv', cs[2], 'utf8');
    const zone = cs[1].towns.find(t => t.name === '滨海临港开发区');
    await writeCitySummary(F, '全市非公党建汇总表.csv', '海州市', [
      { c: cs[0], label: '高新区' }, { c: cs[1], label: '滨海县', zone: { label: '其中：滨海临港开发区', o: zone } }, { c: cs[2], label: '云溪县' }], { csv: 'gbk' });
  }
  // f08: large: 7 counties, total on top in city summary
  {
    const F = 'f08_large'; mk(F);
    const names = ['中山区', '西岗区', '沙河口区', '甘井子区', '旅顺口区', '长海县', '庄河市'];
    const cs = names.map((n, i) => makeCounty(n, 81 + i));
    for (let i = 0; i < cs.length; i++) await writeCountyWorkbook(F, `${names[i]}.xlsx`, cs[i], { ledger: i % 3 === 0, totalTop: i % 2 === 1 });
    await writeCitySummary(F, '全市汇总（报市委）.xlsx', '滨城市', cs.map(c => ({ c, label: c.name })), { totalTop: true, extraNote: '3. 长海县数据为初步统计数。' });
  }
  fs.writeFileSync(path.join(__dirname, 'layout.json'), JSON.stringify(layout, null, 1));
}
main().catch(e => { console.error(e); process.exit(1); });
