// Generator for round45b: exports from online reporting systems / printed layouts.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes files/ (clean and planted twins) and manifest.json under the folder given (default /tmp/round45b); the
// corpus keeps the clean files that statlint checks. Round 45 (paged-export tables), by an outside tester.
const ROOT = process.argv[2] || '/tmp/round45b';
let iconv = null;
try { iconv = require('iconv-lite'); } catch (e) { iconv = null; }

const OUT = path.join(ROOT, 'files');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

// deterministic RNG
let seed = 45;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function pick(arr) { return arr[Math.floor(rnd() * arr.length)]; }

// exact half-up rounding of a/b*scale to d decimals, using integers
function rateHalfUp(a, b, d, scale = 100) {
  const m = Math.pow(10, d);
  const num = a * scale * m * 2 + b; // floor((2*a*scale*m + b)/(2b))
  const q = Math.floor(num / (2 * b));
  return q / m;
}
// half-up for a decimal value (e.g. growth %) given exact numerator/denominator (could be negative)
function signedRate(a, b, d, scale = 100) {
  if (a < 0) return -rateHalfUp(-a, b, d, scale);
  return rateHalfUp(a, b, d, scale);
}
function r1(x) { return Math.round(x * 10) / 10; } // for sums of 1-dp values
function sum(arr) { return arr.reduce((s, x) => s + x, 0); }
function sum1(arr) { return Math.round(sum(arr.map(x => Math.round(x * 10))) ) / 10; }

const TOWNS = ['城关镇', '东关镇', '西河乡', '南山镇', '北坪乡', '柳林镇', '石桥镇', '杨庄乡'];
const PRE = ['华鑫', '宏达', '金泰', '瑞丰', '恒通', '鸿运', '永盛', '天成', '隆鑫', '福源', '创新', '兴旺', '博远', '嘉禾', '东方', '汇丰', '锦程', '聚力', '同心', '安泰', '德信', '盛世', '众邦', '佳美'];
const IND = ['建材', '食品', '机械', '纺织', '物流', '农业科技', '电子', '化工', '商贸', '建筑工程', '服装', '印务', '汽车服务', '医药', '环保科技'];
const SUF = ['有限公司', '有限责任公司', '股份有限公司', '实业有限公司'];
const VILL = ['王家', '李家', '张庄', '刘河', '陈湾', '杨坪', '赵沟', '孙寨', '周岭', '吴堡', '郑集', '冯岗', '何营', '高庙', '罗店', '梁村', '宋屯', '唐坊', '韩楼', '曹寨', '许岭', '邓庄', '萧湾', '田坝'];

function enterprises(n, towns) {
  const list = [];
  const used = new Set();
  for (let i = 0; i < n; i++) {
    let name;
    do { name = '某县' + pick(PRE) + pick(IND) + pick(SUF); } while (used.has(name));
    used.add(name);
    const staff = ri(8, 420);
    const members = Math.min(staff, ri(0, Math.max(1, Math.floor(staff / 12))));
    const built = members >= 3 ? (rnd() < 0.85 ? '是' : '否') : (rnd() < 0.25 ? '是' : '否');
    list.push({ name, town: pick(towns), staff, members, built });
  }
  return list;
}

// ---- writing helpers ----
function colLetter(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(r, c) { return colLetter(c) + (r + 1); }

// a "sheet spec": { name, rows: [[...]], merges: ['A1:F1'], hiddenCols: [idx], numFmts: {colIdx: fmt}, widths }
async function writeXlsx(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === undefined || v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (s.numFmts && s.numFmts[c] && typeof v === 'number') cell.numFmt = s.numFmts[c];
        if (s.cellFmts && s.cellFmts[addr(r, c)]) cell.numFmt = s.cellFmts[addr(r, c)];
      });
    });
    (s.merges || []).forEach(m => ws.mergeCells(m));
    (s.hiddenCols || []).forEach(c => { ws.getColumn(c + 1).hidden = true; });
    (s.hiddenRows || []).forEach(r => { ws.getRow(r + 1).hidden = true; });
    ws.columns.forEach(col => { if (!col.width) col.width = 12; });
  }
  await wb.xlsx.writeFile(file);
}
function csvText(rows) {
  const w = Math.max(...rows.map(r => r.length));
  return rows.map(r => {
    const out = [];
    for (let i = 0; i < w; i++) {
      let v = r[i];
      if (v === undefined || v === null) v = '';
      v = String(v);
      if (/[",\n]/.test(v)) v = '"' + v.replace(/"/g, '""') + '"';
      out.push(v);
    }
    return out.join(',');
  }).join('\r\n') + '\r\n';
}
function writeCsv(file, rows, enc) {
  const txt = csvText(rows);
  if (enc === 'gbk') fs.writeFileSync(file, iconv.encode(txt, 'gbk'));
  else fs.writeFileSync(file, '\ufeff' + txt, 'utf8');
}

const manifest = {};
const jobs = [];
function deep(x) { return JSON.parse(JSON.stringify(x)); }
function emit(file, sheets, planted, note) {
  manifest[file] = planted ? { planted, note } : null;
  const p = path.join(OUT, file);
  if (file.endsWith('.csv')) {
    writeCsv(p, sheets[0].rows, sheets[0].enc);
  } else jobs.push(writeXlsx(p, sheets));
}
// plant: copy sheets, change one cell, record address. csvSheet = sheet name the checker reports for csv
function plant(file, sheets, sheetIdx, r, c, fn, note, csvSheetName) {
  const s2 = deep(sheets);
  const old = s2[sheetIdx].rows[r][c];
  s2[sheetIdx].rows[r][c] = fn(old);
  const sheetName = file.endsWith('.csv') ? path.basename(file, '.csv') : s2[sheetIdx].name;
  emit(file, s2, sheetName + '!' + addr(r, c), note + ` (${JSON.stringify(old)} -> ${JSON.stringify(s2[sheetIdx].rows[r][c])})`);
}
function findRow(rows, col, text) { return rows.findIndex(r => r[col] === text); }

// ===================================================================
// 1. Enterprise ledger exported page by page: header repeated, 本页小计, page lines, 合计
function pagedLedger(list, perPage, opts = {}) {
  const title = opts.title || '某县非公有制企业党建工作台账';
  const hdr = ['序号', '企业名称', '所属乡镇', '从业人员（人）', '党员人数（人）', '是否建立党组织', '备注'];
  const rows = [];
  rows.push([title]);
  rows.push(['填报单位：某县委组织部（盖章）', null, null, null, null, '打印日期：2025-01-10']);
  const pages = Math.ceil(list.length / perPage);
  for (let p = 0; p < pages; p++) {
    if (p > 0 && opts.pageTitle) rows.push([title + '（续）']);
    rows.push(hdr.slice());
    const chunk = list.slice(p * perPage, (p + 1) * perPage);
    chunk.forEach((e, i) => rows.push([p * perPage + i + 1, e.name, e.town, e.staff, e.members, e.built, null]));
    rows.push([null, '本页小计', null, sum(chunk.map(e => e.staff)), sum(chunk.map(e => e.members)), null, null]);
    rows.push([`第 ${p + 1} 页 共 ${pages} 页`]);
    if (opts.blankBetween) rows.push([]);
  }
  // 合计 placed before the final page line? Put after last page's subtotal: insert before last page line
  const tot = [null, '合计', null, sum(list.map(e => e.staff)), sum(list.map(e => e.members)), `已建${list.filter(e => e.built === '是').length}个`, null];
  const lastPageLine = rows.length - 1 - (opts.blankBetween ? 1 : 0);
  rows.splice(lastPageLine, 0, tot);
  rows.push(['审核人：张某', null, '填表人：李某', null, '联系电话：0931-1234567']);
  return rows;
}

// 2. Town subtotals inside a long list
function townSubtotalLedger(list, opts = {}) {
  const towns = [...new Set(list.map(e => e.town))].sort((a, b) => TOWNS.indexOf(a) - TOWNS.indexOf(b));
  const rows = [];
  rows.push([opts.title || '非公有制企业党组织覆盖情况明细表']);
  rows.push(['统计时间：2024年12月31日', null, null, null, null, '单位：人']);
  rows.push(['序号', '所属乡镇', '企业名称', '从业人员', '党员人数', '是否建立党组织']);
  let n = 0;
  for (const t of towns) {
    const sub = list.filter(e => e.town === t);
    for (const e of sub) rows.push([++n, t, e.name, e.staff, e.members, e.built]);
    const label = opts.subInName ? [null, null, t + '小计'] : [null, t + '小计', null];
    rows.push([...label, sum(sub.map(e => e.staff)), sum(sub.map(e => e.members)), null]);
  }
  rows.push([null, '合计', null, sum(list.map(e => e.staff)), sum(list.map(e => e.members)), null]);
  return rows;
}

// 3. County party-organisation statistics by town
function partyStats(ntowns, opts = {}) {
  const towns = TOWNS.slice(0, ntowns);
  const data = towns.map(t => {
    const ent = ri(12, 95);
    const cov = ri(Math.floor(ent * 0.4), ent);
    const wei = ri(0, 2), zzb = ri(0, 4), zb = ri(5, 40);
    const mem = ri(60, 900);
    const fem = ri(Math.floor(mem * 0.15), Math.floor(mem * 0.4));
    const young = ri(Math.floor(mem * 0.1), Math.floor(mem * 0.3));
    return { t, ent, cov, wei, zzb, zb, org: wei + zzb + zb, mem, fem, young };
  });
  const T = k => sum(data.map(d => d[k]));
  const rows = [];
  rows.push(['全县非公有制企业党组织和党员统计表']);
  rows.push(['填报单位：中共某县委组织部', null, null, null, null, null, null, '单位：个、人、%']);
  rows.push(['乡镇', '非公企业数', '已建党组织企业数', '覆盖率（%）', '党组织数', '其中：党委', '党总支', '党支部', '党员数', '其中：女党员', '35岁及以下']);
  const line = (name, d) => [name, d.ent, d.cov, rateHalfUp(d.cov, d.ent, 1), d.org, d.wei, d.zzb, d.zb, d.mem, d.fem, d.young];
  const tot = { ent: T('ent'), cov: T('cov'), org: T('org'), wei: T('wei'), zzb: T('zzb'), zb: T('zb'), mem: T('mem'), fem: T('fem'), young: T('young') };
  if (opts.totalFirst) rows.push(line('全县合计', tot));
  data.forEach(d => rows.push(line(d.t, d)));
  if (!opts.totalFirst) rows.push(line('合计', tot));
  rows.push(['注：覆盖率＝已建党组织企业数÷非公企业数×100%。']);
  rows.push(['打印日期：2025-01-10', null, null, null, null, null, null, '第 1 页 共 1 页']);
  return { rows, data, tot };
}

// 4. Village statistics
function villages(towns, perTown) {
  const out = [];
  for (const t of towns) {
    const used = new Set();
    for (let i = 0; i < perTown; i++) {
      let v; do { v = pick(VILL) + '村'; } while (used.has(v)); used.add(v);
      const hh = ri(120, 980);
      const pop = Math.round(hh * (2.6 + rnd() * 1.4));
      const land = ri(8000, 52000) / 10; // 1 dp mu
      const labour = ri(Math.floor(pop * 0.45), Math.floor(pop * 0.65));
      out.push({ town: t, v, hh, pop, land, labour });
    }
  }
  return out;
}
function villageTable(vs, opts = {}) {
  const rows = [];
  rows.push([opts.title || '各村基本情况统计表']);
  rows.push(['单位：户、人、亩']);
  const hdr = ['序号', '乡镇', '村名', '户数', '人口', '其中：劳动力', '耕地面积', '户均人口'];
  rows.push(hdr);
  const towns = [...new Set(vs.map(v => v.town))];
  let n = 0;
  const line = (a, b, c, d) => [a, b, c, sum(d.map(x => x.hh)), sum(d.map(x => x.pop)), sum(d.map(x => x.labour)), sum1(d.map(x => x.land)), rateHalfUp(sum(d.map(x => x.pop)), sum(d.map(x => x.hh)), 2, 1)];
  let lineCount = 0;
  for (const t of towns) {
    for (const v of vs.filter(x => x.town === t)) {
      rows.push(line(++n, t, v.v, [v]));
      lineCount++;
      if (opts.repeatEvery && lineCount % opts.repeatEvery === 0) {
        rows.push([`第 ${lineCount / opts.repeatEvery} 页`]);
        rows.push(hdr.slice());
      }
    }
    if (opts.townSub) rows.push(line(null, t + '小计', null, vs.filter(x => x.town === t)));
  }
  rows.push(line(null, '合计', null, vs));
  return rows;
}

// 5. change rates
function changeTable() {
  const items = [
    ['非公有制企业数（个）', ri(300, 500)], ['已建党组织企业数（个）', ri(150, 300)], ['党组织数（个）', ri(150, 320)],
    ['其中：单独组建（个）', 0], ['联合组建（个）', 0], ['党员数（名）', ri(1500, 3000)], ['发展党员（名）', ri(20, 80)],
    ['党组织书记（名）', ri(150, 300)], ['派驻党建指导员（名）', ri(60, 140)]];
  // fix 单独+联合 = 党组织数
  items[3][1] = ri(Math.floor(items[2][1] * 0.5), items[2][1] - 20); items[4][1] = items[2][1] - items[3][1];
  const rows = [['2024年非公有制企业党建工作主要指标'], ['指标', '2024年', '2023年', '增减数', '增减（%）']];
  for (const [name, cur] of items) {
    const prev = Math.max(1, cur + ri(-Math.floor(cur * 0.15), Math.floor(cur * 0.2)) * -1);
    rows.push([name, cur, prev, cur - prev, signedRate(cur - prev, prev, 1)]);
  }
  rows.push(['打印日期：2025-01-10']);
  return rows;
}

(async () => {
  // ---------------- clean files ----------------
  // C01 paged ledger xlsx
  const E1 = enterprises(47, TOWNS.slice(0, 5));
  const c01 = [{ name: 'Sheet1', rows: pagedLedger(E1, 15), merges: ['A1:G1'] }];
  emit('c01_ledger_paged.xlsx', c01);

  // C02 paged ledger csv BOM with blank lines between pages and continuation titles
  const E2 = enterprises(36, TOWNS.slice(2, 6));
  const c02rows = pagedLedger(E2, 12, { blankBetween: true, pageTitle: true });
  emit('c02_ledger_paged_bom.csv', [{ name: 'x', rows: c02rows }]);

  // C03 town subtotals in 所属乡镇 column
  const E3 = enterprises(40, TOWNS.slice(0, 6));
  const c03 = [{ name: '企业明细', rows: townSubtotalLedger(E3) }];
  emit('c03_ledger_town_sub.xlsx', c03);

  // C04 town subtotals in name column, plus trailing empty & hidden columns
  const E4 = enterprises(30, TOWNS.slice(1, 5));
  const c04rows = townSubtotalLedger(E4, { subInName: true });
  // add hidden internal ID column H and trailing empty columns with header only blank
  c04rows.forEach((r, i) => { while (r.length < 6) r.push(null); if (i === 2) { r.push(null, '内部编码'); } else if (i > 2 && typeof r[0] === 'number') { r.push(null, 'QY' + String(1000 + r[0])); } });
  const c04 = [{ name: 'Sheet1', rows: c04rows, hiddenCols: [7] }];
  emit('c04_ledger_town_sub_hidden.xlsx', c04);

  // C05 party stats
  const P5 = partyStats(6);
  const c05 = [{ name: '党组织统计', rows: P5.rows, merges: ['A1:K1'] }];
  emit('c05_party_county.xlsx', c05);

  // C06 party stats total first (全县合计 on top)
  const P6 = partyStats(8, { totalFirst: true });
  const c06 = [{ name: 'Sheet1', rows: P6.rows }];
  emit('c06_party_total_first.xlsx', c06);

  // C07 party stats as GBK csv
  const P7 = partyStats(5);
  if (iconv) emit('c07_party_gbk.csv', [{ name: 'x', rows: P7.rows, enc: 'gbk' }]);

  // C08 party stats with leading apostrophes / spaces (text numbers), as in system exports
  const P8 = partyStats(6);
  const c08rows = deep(P8.rows);
  for (let r = 3; r < c08rows.length; r++) for (let c = 1; c < c08rows[r].length; c++) {
    const v = c08rows[r][c];
    if (typeof v === 'number') c08rows[r][c] = ((r + c) % 3 === 0) ? "'" + v : ((r + c) % 3 === 1 ? ' ' + v + ' ' : v);
  }
  emit('c08_party_text_numbers.csv', [{ name: 'x', rows: c08rows }]);
  const c08x = [{ name: 'Sheet1', rows: deep(c08rows).map((r, i) => i < 3 ? r : r.map(v => typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)) }];
  emit('c08b_party_text_numbers.xlsx', c08x);

  // C09 village table with town subtotals
  const V9 = villages(TOWNS.slice(0, 3), 6);
  const c09 = [{ name: '村情统计', rows: villageTable(V9, { townSub: true }), numFmts: { 6: '0.0', 7: '0.00' } }];
  emit('c09_village_town_sub.xlsx', c09);

  // C10 village table with header repeated every 10 rows, csv BOM
  const V10 = villages(TOWNS.slice(3, 6), 9);
  const c10rows = villageTable(V10, { repeatEvery: 10 });
  emit('c10_village_repeat_hdr.csv', [{ name: 'x', rows: c10rows }]);

  // C11 village with dashes for no figure (耕地 for urban community '—', 劳动力 '/' )
  const V11 = villages(['城关镇', '东关镇'], 7);
  V11[2].land = null; V11[2].v = '城东社区'; V11[9].land = null; V11[9].v = '东街社区';
  V11[5].labour = null;
  const c11rows = [['各村（社区）基本情况'], ['单位：户、人、亩'], ['序号', '乡镇', '村（社区）', '户数', '人口', '其中：劳动力', '耕地面积']];
  let n11 = 0;
  for (const t of ['城关镇', '东关镇']) {
    const sub = V11.filter(v => v.town === t);
    for (const v of sub) c11rows.push([++n11, t, v.v, v.hh, v.pop, v.labour == null ? '/' : v.labour, v.land == null ? '—' : v.land]);
    c11rows.push([null, t + '小计', null, sum(sub.map(v => v.hh)), sum(sub.map(v => v.pop)), sum(sub.map(v => v.labour || 0)), sum1(sub.map(v => v.land || 0))]);
  }
  c11rows.push([null, '合计', null, sum(V11.map(v => v.hh)), sum(V11.map(v => v.pop)), sum(V11.map(v => v.labour || 0)), sum1(V11.map(v => v.land || 0))]);
  const c11 = [{ name: 'Sheet1', rows: c11rows }];
  emit('c11_village_dashes.xlsx', c11);

  // C12 change-rate table
  const c12 = [{ name: '主要指标', rows: changeTable() }];
  emit('c12_change_rates.xlsx', c12);

  // C13 enterprise ledger with 是否建立党组织 and coverage summary at bottom
  const E13 = enterprises(25, TOWNS.slice(0, 3));
  const c13rows = [['企业党建基本信息台账'], ['序号', '企业名称', '所属乡镇', '从业人员', '党员人数', '是否建立党组织']];
  E13.forEach((e, i) => c13rows.push([i + 1, e.name, e.town, e.staff, e.members, e.built]));
  c13rows.push([null, '合计', null, sum(E13.map(e => e.staff)), sum(E13.map(e => e.members)), null]);
  c13rows.push([]);
  const built13 = E13.filter(e => e.built === '是').length;
  c13rows.push(['汇总：', '企业数', '已建党组织企业数', '覆盖率（%）']);
  c13rows.push([null, E13.length, built13, rateHalfUp(built13, E13.length, 1)]);
  const c13 = [{ name: 'Sheet1', rows: c13rows }];
  emit('c13_ledger_coverage_summary.xlsx', c13);

  // C14 paged ledger with 本页小计 and 累计 (running total) rows
  const E14 = enterprises(33, TOWNS.slice(3, 7));
  const c14rows = [['非公企业从业人员和党员情况（分页打印）'], ['序号', '企业名称', '所属乡镇', '从业人员', '党员人数']];
  let cumS = 0, cumM = 0;
  for (let p = 0; p < 3; p++) {
    if (p > 0) c14rows.push(['序号', '企业名称', '所属乡镇', '从业人员', '党员人数']);
    const ch = E14.slice(p * 11, p * 11 + 11);
    ch.forEach((e, i) => c14rows.push([p * 11 + i + 1, e.name, e.town, e.staff, e.members]));
    const s = sum(ch.map(e => e.staff)), m = sum(ch.map(e => e.members));
    cumS += s; cumM += m;
    c14rows.push([null, '本页小计', null, s, m]);
    c14rows.push([null, '累计', null, cumS, cumM]);
    c14rows.push([`第 ${p + 1} 页 共 3 页`, null, null, '打印日期：2025-01-10']);
  }
  const c14 = [{ name: 'Sheet1', rows: c14rows }];
  emit('c14_ledger_page_cumulative.xlsx', c14);

  // C15 multi-sheet: 汇总 from ledger
  const E15 = enterprises(28, TOWNS.slice(0, 4));
  const c15ledger = [['序号', '企业名称', '所属乡镇', '从业人员', '党员人数', '是否建立党组织']];
  E15.forEach((e, i) => c15ledger.push([i + 1, e.name, e.town, e.staff, e.members, e.built]));
  const c15sum = [['各乡镇非公企业党建情况汇总表'], ['乡镇', '企业数', '已建党组织企业数', '覆盖率（%）', '从业人员', '党员人数']];
  for (const t of TOWNS.slice(0, 4)) {
    const s = E15.filter(e => e.town === t); const b = s.filter(e => e.built === '是').length;
    c15sum.push([t, s.length, b, s.length ? rateHalfUp(b, s.length, 1) : '—', sum(s.map(e => e.staff)), sum(s.map(e => e.members))]);
  }
  const b15 = E15.filter(e => e.built === '是').length;
  c15sum.push(['合计', E15.length, b15, rateHalfUp(b15, E15.length, 1), sum(E15.map(e => e.staff)), sum(E15.map(e => e.members))]);
  const c15 = [{ name: '汇总', rows: c15sum }, { name: '企业台账', rows: c15ledger }];
  emit('c15_summary_and_ledger.xlsx', c15);

  // C16 two-level merged header, unit line, footer with signatures
  const P16 = partyStats(7);
  const c16rows = [['全县非公有制企业党组织情况统计表'], ['填报单位：（盖章）', null, null, null, null, null, null, '2024年12月31日'],
    ['乡镇', '非公企业数', '已建党组织企业数', '覆盖率（%）', '党组织数', null, null, null, '党员数', null, null],
    [null, null, null, null, '合计', '党委', '党总支', '党支部', '合计', '其中：女', '其中：35岁及以下']];
  for (const r of P16.rows.slice(3, 3 + 8)) c16rows.push(r.slice());
  c16rows.push(['单位负责人：王某', null, null, '统计负责人：赵某', null, null, '填表人：钱某', null, '报出日期：2025年1月10日']);
  const c16 = [{ name: 'Sheet1', rows: c16rows, merges: ['A1:K1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:H3', 'I3:K3'] }];
  emit('c16_party_two_level_header.xlsx', c16);

  // C17 coverage as percent format (fraction stored)
  const P17 = partyStats(5);
  const c17rows = deep(P17.rows);
  c17rows[2][3] = '覆盖率';
  for (let r = 3; r < 3 + 6; r++) c17rows[r][3] = rateHalfUp(c17rows[r][2], c17rows[r][1], 3, 1); // fraction with 3 dp => 0.0%
  const c17 = [{ name: 'Sheet1', rows: c17rows, numFmts: { 3: '0.0%' } }];
  emit('c17_party_percent_format.xlsx', c17);

  // C18 rates as text "85.7%"
  const P18 = partyStats(6);
  const c18rows = deep(P18.rows);
  c18rows[2][3] = '覆盖率';
  for (let r = 3; r < 3 + 7; r++) c18rows[r][3] = c18rows[r][3].toFixed(1) + '%';
  emit('c18_party_percent_text.csv', [{ name: 'x', rows: c18rows }]);

  // C19 big ledger with both town subtotals and page markers, trailing empty columns, 序号
  const E19 = enterprises(62, TOWNS);
  const c19rows = townSubtotalLedger(E19, { title: '全县规模以上非公企业名录' });
  // insert page lines every 25 rows (after row), as a print export
  const out19 = [];
  let cnt = 0; const pages19 = Math.ceil(c19rows.length / 25);
  c19rows.forEach((r, i) => {
    out19.push(r.concat([null, null, null]));
    cnt++;
    if (cnt % 25 === 0 && i < c19rows.length - 1) { out19.push([`第 ${cnt / 25} 页 共 ${pages19} 页`]); out19.push(c19rows[2].slice()); }
  });
  out19.push([`第 ${pages19} 页 共 ${pages19} 页`]);
  const c19 = [{ name: 'Sheet1', rows: out19 }];
  emit('c19_ledger_big_paged_town.xlsx', c19);

  // C20 village with 户均人口 and 人均耕地 rates
  const V20 = villages(['南山镇'], 12);
  const c20rows = [['南山镇各村人口和耕地情况'], ['村名', '户数', '人口', '户均人口（人）', '耕地面积（亩）', '人均耕地（亩）']];
  const l20 = (n, vs) => { const hh = sum(vs.map(v => v.hh)), pop = sum(vs.map(v => v.pop)), land = sum1(vs.map(v => v.land)); return [n, hh, pop, rateHalfUp(pop, hh, 2, 1), land, rateHalfUp(Math.round(land * 10), pop * 10, 2, 1)]; };
  V20.forEach(v => c20rows.push(l20(v.v, [v])));
  c20rows.push(l20('全镇合计', V20));
  c20rows.push(['数据来源：2024年农村经济统计年报', null, null, null, '打印日期：2025/01/10']);
  const c20 = [{ name: 'Sheet1', rows: c20rows }];
  emit('c20_village_per_capita.xlsx', c20);

  // C21 GBK village csv with town subtotals
  const V21 = villages(TOWNS.slice(4, 7), 5);
  const c21rows = villageTable(V21, { townSub: true, title: '村级基本情况（系统导出）' });
  if (iconv) emit('c21_village_gbk.csv', [{ name: 'x', rows: c21rows, enc: 'gbk' }]);

  // C22 ledger exported from online system: blank cells for no figure, '—' for members in no-party firms etc., 本页小计 per page and 合计
  const E22 = enterprises(30, TOWNS.slice(0, 4));
  E22.forEach((e, i) => { if (i % 7 === 3) e.members = 0; });
  const c22rows = [['序号', '企业名称', '所属乡镇', '从业人员', '党员人数', '是否建立党组织', '', '']];
  for (let p = 0; p < 2; p++) {
    const ch = E22.slice(p * 15, p * 15 + 15);
    if (p > 0) c22rows.push(c22rows[0].slice());
    ch.forEach((e, i) => c22rows.push([String(p * 15 + i + 1), ' ' + e.name, e.town, e.staff, e.members === 0 ? '—' : e.members, e.built, '', '']));
    c22rows.push(['', '本页小计', '', sum(ch.map(e => e.staff)), sum(ch.map(e => e.members)), '', '', '']);
    c22rows.push([`第 ${p + 1} 页 共 2 页`, '', '', '', '', '', '', '']);
  }
  c22rows.splice(c22rows.length - 1, 0, ['', '合计', '', sum(E22.map(e => e.staff)), sum(E22.map(e => e.members)), '', '', '']);
  emit('c22_ledger_online_export.csv', [{ name: 'x', rows: c22rows }]);

  // ---------------- planted files ----------------
  const CSV = 'Sheet1'; // provisional; replaced after seeing checker output
  // P01: c01 second page subtotal staff off by 10
  { const r = c01[0].rows.findIndex((x, i) => x[1] === '本页小计' && i > 20); plant('p01_ledger_paged_pagesub.xlsx', c01, 0, r, 3, v => v + 10, '2nd 本页小计 从业人员'); }
  // P02: c01 合计 党员人数 off
  { const r = findRow(c01[0].rows, 1, '合计'); plant('p02_ledger_paged_total.xlsx', c01, 0, r, 4, v => v - 3, '合计 党员人数'); }
  // P03: c03 a town subtotal
  { const r = findRow(c03[0].rows, 1, '东关镇小计'); plant('p03_ledger_town_sub.xlsx', c03, 0, r, 3, v => v + 100, '东关镇小计 从业人员'); }
  // P04: c03 enterprise row member > staff? no: change a detail row staff (subtotal now wrong -> blame ambiguous). Instead change 合计
  { const r = findRow(c03[0].rows, 1, '合计'); plant('p04_ledger_town_total.xlsx', c03, 0, r, 4, v => v + 1, '合计 党员人数'); }
  // P05: c05 coverage rate of one town
  plant('p05_party_rate.xlsx', c05, 0, 5, 3, v => Math.round((v + 4.3) * 10) / 10, 'town coverage rate');
  // P06: c05 其中 女党员 > 党员数
  plant('p06_party_ofwhich.xlsx', c05, 0, 4, 9, () => P5.data[1].mem + 12, '女党员 > 党员数');
  // P07: c06 total-first: 党组织数 total
  plant('p07_party_total_first.xlsx', c06, 0, 3, 4, v => v + 2, '全县合计 党组织数');
  // P08: c08 text-number csv, 党支部 of one town (breaks 党组织数 = sum and total)
  plant('p08_party_text_numbers.csv', [{ name: 'x', rows: c08rows }], 0, 3, 4, v => "'" + (parseInt(String(v).replace(/['\s]/g, '')) + 5), '党组织数 of first town', 'PLACEHOLDER');
  // P09: c09 village subtotal land
  { const r = findRow(c09[0].rows, 1, '城关镇小计'); plant('p09_village_sub_land.xlsx', c09, 0, r, 6, v => Math.round((v + 50) * 10) / 10, '城关镇小计 耕地面积'); }
  // P10: c10 csv repeat hdr: 合计 人口
  { const r = findRow(c10rows, 1, '合计'); plant('p10_village_repeat_total.csv', [{ name: 'x', rows: c10rows }], 0, r, 4, v => v + 20, '合计 人口', 'PLACEHOLDER'); }
  // P11: c12 change rate wrong sign/value
  plant('p11_change_rate.xlsx', c12, 0, 7, 4, v => Math.round((v + 6) * 10) / 10, '党员数 增减%');
  // P12: c14 cumulative row of page 2 staff (累计)-> 本页小计 on page 2 wrong instead
  { const idx = c14[0].rows.map((x, i) => x[1] === '本页小计' ? i : -1).filter(i => i >= 0)[1]; plant('p12_ledger_page_sub2.xlsx', c14, 0, idx, 4, v => v + 4, 'page 2 本页小计 党员人数'); }
  // P13: c15 summary coverage rate
  plant('p13_summary_rate.xlsx', c15, 0, 3, 3, v => (typeof v === 'number' ? Math.round((v - 10) * 10) / 10 : v), '汇总 town coverage');
  // P14: c20 per-capita land
  plant('p14_village_per_capita.xlsx', c20, 0, 6, 5, v => Math.round((v + 0.4) * 100) / 100, '人均耕地 of a village');
  // P15: c22 online export csv, 合计 staff
  { const r = findRow(c22rows, 1, '合计'); plant('p15_ledger_online_total.csv', [{ name: 'x', rows: c22rows }], 0, r, 3, v => v + 30, '合计 从业人员', 'PLACEHOLDER'); }

  await Promise.all(jobs);
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', Object.keys(manifest).length, 'files; gbk', !!iconv);
})();
