// Round-19 reviewer folders. NODE_PATH=/work/main/node_modules node gen.js
'use strict';
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const ROOT = __dirname;
const CLEAN = path.join(ROOT, 'clean');

function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = rng(19);
const ri = (lo, hi) => lo + Math.floor(R() * (hi - lo + 1));
function rate(c, e, d = 1) { if (!e) return 0; const s = 10 ** d; return Math.floor((2 * c * 100 * s + e) / (2 * e)) / s; }

const KEYS = ['ent', 'own', 'jc', 'cov', 'pm', 'so', 'scov', 'spm'];
function leaf(name, size = 1) {
  const ent = ri(30, 220) * size;
  const own = ri(4, Math.max(5, Math.floor(ent / 4)));
  const jc = ri(2, Math.max(3, Math.floor(ent / 5)));
  const cov = own + jc;
  const pm = own * ri(3, 8) + jc * ri(1, 3) + ri(0, 15);
  const so = ri(6, 60) * size;
  const scov = ri(1, Math.floor(so * 0.7));
  const spm = scov * ri(3, 6) + ri(0, 9);
  return fin({ name, ent, own, jc, cov, pm, so, scov, spm });
}
function fin(x) { x.rate = rate(x.cov, x.ent); x.srate = rate(x.scov, x.so); return x; }
function group(name, children) {
  const x = { name, children };
  for (const k of KEYS) x[k] = children.reduce((a, c) => a + c[k], 0);
  return fin(x);
}
const TOWNS = ['城关镇', '东城街道', '西城街道', '南湖街道', '黄坪镇', '柳河镇', '石桥镇', '杨柳乡', '大安镇', '新集镇', '龙泉镇',
  '白果乡', '马坊镇', '双河镇', '清水镇', '王庄乡', '凤凰镇', '高桥镇', '长岭乡', '金沙镇', '桃源镇', '梅溪镇', '三里镇', '沙河街道'];
function pickTowns(n, must = []) {
  const out = [...must]; const pool = TOWNS.filter((t) => !out.includes(t));
  while (out.length < n) out.push(pool.splice(Math.floor(R() * pool.length), 1)[0]);
  return out;
}
function county(name, n, must, size) { return group(name, pickTowns(n, must).map((t) => leaf(t, size))); }
const VILL = ['红星村', '新华村', '和平社区', '团结村', '光明村', '胜利村', '幸福社区', '前进村', '建设村', '友谊社区', '东风村', '长青村'];
function town(name, n, size = 1) {
  const pool = [...VILL]; const ch = [];
  for (let i = 0; i < n; i++) ch.push(leaf(pool.splice(Math.floor(R() * pool.length), 1)[0], size));
  return group(name, ch);
}
function shortName(n) { return n.replace(/(街道|镇|乡|县|区|市)$/, ''); }

// ---- columns ----
const COLS = {
  ent: ['企业数', (x) => x.ent], cov: ['已建立党组织企业数', (x) => x.cov], own: ['单独建立党组织企业数', (x) => x.own],
  jc: ['联合党组织覆盖企业数', (x) => x.jc], rate: ['党组织覆盖率（%）', (x) => x.rate, '0.0'], pm: ['党员人数', (x) => x.pm],
  so: ['社会组织数', (x) => x.so], scov: ['已建立党组织社会组织数', (x) => x.scov], srate: ['党组织覆盖率（%）', (x) => x.srate, '0.0'],
  spm: ['党员人数', (x) => x.spm],
};
const STD = ['ent', 'cov', 'own', 'jc', 'rate', 'pm'];
const SOC = ['so', 'scov', 'srate', 'spm'];

// sheet spec: {name, title, filler, unit, date, label, cols:[key|[hdr,fn,fmt]], total:{label,pos:'top'|'bottom'|null}, data:groupObj, rows: override, footer:[]}
function sheet(wb, s) {
  const ws = wb.addWorksheet(s.name || 'Sheet1');
  const cols = s.cols.map((k) => (typeof k === 'string' ? COLS[k] : k));
  const width = cols.length + 1;
  let r = 1;
  if (s.title) { ws.getCell(r, 1).value = s.title; ws.mergeCells(r, 1, r, width); ws.getCell(r, 1).font = { bold: true, size: 14 }; r++; }
  if (s.filler) { ws.getCell(r, 1).value = s.filler; r++; }
  if (s.unit || s.date) { if (s.unit) ws.getCell(r, 1).value = s.unit; if (s.date) ws.getCell(r, width).value = s.date; r++; }
  if (s.groupHeader) { s.groupHeader.forEach((g) => { ws.getCell(r, g[0]).value = g[2]; if (g[1] > g[0]) ws.mergeCells(r, g[0], r, g[1]); }); ws.getCell(r, 1).value = s.label || '地区'; r++; }
  ws.getCell(r, 1).value = s.groupHeader ? null : (s.label || '地区');
  if (s.groupHeader) ws.mergeCells(r - 1, 1, r, 1);
  cols.forEach((c, i) => { ws.getCell(r, i + 2).value = c[0]; });
  r++;
  const d = s.data;
  let rows = s.rows || d.children.map((c) => ({ label: c.label || c.name, x: c }));
  const tot = { label: (s.total && s.total.label) || '合计', x: d };
  if (s.total && s.total.pos === 'top') rows = [tot, ...rows];
  else if (!s.total || s.total.pos !== 'none') rows = [...rows, tot];
  for (const row of rows) {
    ws.getCell(r, 1).value = row.label;
    cols.forEach((c, i) => {
      const v = c[1](row.x);
      const cell = ws.getCell(r, i + 2);
      cell.value = v;
      if (c[2] && typeof v === 'number') cell.numFmt = c[2];
    });
    r++;
  }
  for (const f of s.footer || []) { ws.getCell(r, 1).value = f; r++; }
  ws.getColumn(1).width = 18;
  return ws;
}
async function book(dir, file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) (s.ledger ? ledgerSheet : sheet)(wb, s);
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  await wb.xlsx.writeFile(path.join(dir, file));
}
function csv(dir, file, rows) {
  fs.mkdirSync(dir, { recursive: true });
  const t = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')).join('\r\n') + '\r\n';
  fs.writeFileSync(path.join(dir, file), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]));
}

// ---- ledgers ----
const WORDS = ['鑫源', '华泰', '宏达', '恒信', '金石', '瑞丰', '盛世', '天诚', '永兴', '博远', '嘉禾', '润泽', '万通', '宇翔', '德胜', '兴隆', '佳美', '康达', '华兴', '明辉'];
const KIND = ['机械制造有限公司', '商贸有限公司', '建筑工程有限公司', '农业开发有限公司', '物流有限公司', '科技有限公司', '食品有限公司', '餐饮管理有限公司'];
let entSeq = 0;
function entName(town) { entSeq++; return `${shortName(town)}${WORDS[entSeq % WORDS.length]}${KIND[(entSeq * 7) % KIND.length]}${entSeq % 3 ? '' : '（' + entSeq + '）'}`.replace(/（(\d+)）$/, (m, n) => `第${n}分公司`); }
function split(total, n, min) { // n parts each >= min summing to total
  const a = Array(n).fill(min); let rest = total - min * n;
  while (rest > 0) { a[Math.floor(R() * n)]++; rest--; }
  return a;
}
// returns enterprise rows for a leaf: {name, town, yes, form, pm, status}
function ledgerRows(x, town, opt = {}) {
  const out = [];
  const ownPm = split(x.pm - (opt.noOrgMembers || 0), x.cov, 1);
  for (let i = 0; i < x.ent; i++) {
    const yes = i < x.cov;
    const form = i < x.own ? '单独组建' : i < x.cov ? '联合组建' : '未建立';
    let pm = yes ? ownPm[i] : 0;
    out.push({ name: entName(town), town, yes, form, pm, status: '存续' });
  }
  if (opt.noOrgMembers) { out[out.length - 1].pm += opt.noOrgMembers; }
  // shuffle
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  for (let k = 0; k < (opt.dereg || 0); k++) {
    const at = Math.floor(R() * out.length);
    out.splice(at, 0, { name: entName(town), town, yes: R() < 0.5, form: '单独组建', pm: ri(0, 9), status: '已注销', dereg: true });
  }
  return out;
}
function ledgerSheet(wb, s) {
  const ws = wb.addWorksheet(s.name || '台账');
  let r = 1;
  if (s.title) { ws.getCell(r, 1).value = s.title; r++; }
  s.header.forEach((h, i) => { ws.getCell(r, i + 1).value = h; }); r++;
  const start = r;
  s.rows.forEach((row, idx) => { row.forEach((v, i) => { if (v !== null && v !== undefined) ws.getCell(r, i + 1).value = v; }); r++; });
  for (const m of s.merges || []) ws.mergeCells(start + m[0], m[1], start + m[2], m[1]);
}

const F = {};
const cityT = (city, year = 2025) => `${city}非公有制企业党组织覆盖情况统计表`;
const DATE = (y = 2025) => `截至${y}年12月31日`;
const U = '单位：家、%、人';

// 01 city with 市直 and 开发区 rows; devzone sends its own workbook
F['01-city-shizhi-kaifaqu-rows'] = async (dir) => {
  const cs = [county('青山区', 5, [], 2), county('白水县', 6), county('石岭县', 4), group('江州经济开发区', ['高新园', '临港园', '综合保税区'].map((n) => leaf(n)))];
  const shizhi = leaf('市直');
  const city = group('江州市', [shizhi, cs[3], cs[0], cs[1], cs[2]]);
  await book(dir, '江州市汇总.xlsx', [{ name: '汇总', title: cityT('江州市'), unit: U, date: DATE(), label: '县（市、区）', cols: STD, data: city, total: { label: '全市', pos: 'top' } }]);
  for (const c of cs) {
    await book(dir, `${c.name}.xlsx`, [{ name: '统计表', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: c.name.includes('开发区') ? '园区' : '乡镇（街道）', cols: STD, data: c }]);
  }
};
// 02 city in 万人 / county in 人
F['02-city-members-wan-ren'] = async (dir) => {
  const cs = ['东河县', '西岭县', '南平县', '北川区'].map((n) => group(n, pickTowns(5).map((t) => { const l = leaf(t, 8); l.pm = l.own * ri(15, 30) + ri(100, 900); return l; })));
  const city = group('云川市', cs);
  const wan = ['党员人数（万人）', (x) => Math.round(x.pm / 100) / 100, '0.00'];
  await book(dir, '云川市非公企业党建统计.xlsx', [{ name: '全市', title: cityT('云川市'), unit: '单位：家、%', date: DATE(), cols: ['ent', 'cov', 'rate', wan], data: city, total: { label: '全市', pos: 'top' } }]);
  for (const c of cs) await book(dir, `${c.name}.xlsx`, [{ name: 'Sheet1', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: '单位：家、%、人', date: DATE(), label: '乡镇', cols: ['ent', 'cov', 'rate', 'pm'], data: c }]);
};
// 03 short file names vs full row names, county region via 填报单位 of an org
F['03-short-file-names-tianbao-org'] = async (dir) => {
  const cs = [county('白水县', 5, ['城关镇']), county('石岭县', 4, ['城关镇']), county('安平县', 5)];
  const city = group('临川市', cs);
  await book(dir, '临川市.xlsx', [{ name: '覆盖情况', title: cityT('临川市'), unit: U, date: DATE(), cols: STD, data: city, total: { label: '合计', pos: 'top' } }]);
  await book(dir, '白水.xlsx', [{ name: '覆盖情况', title: '非公有制企业党组织覆盖情况统计表', filler: '填报单位：中共白水县委组织部', unit: U, date: DATE(), label: '乡镇', cols: STD, data: cs[0] }]);
  await book(dir, '石岭.xlsx', [{ name: '覆盖情况', title: '石岭非公企业党建工作统计表', unit: U, date: DATE(), label: '乡镇', cols: STD, data: cs[1] }]);
  await book(dir, '安平（县委组织部报）.xlsx', [{ name: '覆盖情况', title: '安平县非公有制企业党组织覆盖情况统计表', unit: U, date: DATE(), label: '乡镇', cols: STD, data: cs[2] }]);
};
// 04 city lists counties that sent nothing; no total row in the city table
F['04-counties-missing-no-city-total'] = async (dir) => {
  const cs = ['桐乡县', '梧川县', '柏林区', '槐安县', '杉溪县'].map((n) => county(n, ri(3, 6)));
  const city = group('木州市', cs);
  await book(dir, '木州市各县区统计.xlsx', [{ name: '统计', title: cityT('木州市'), unit: U, date: DATE(), label: '县区', cols: STD, data: city, total: { pos: 'none' } }]);
  for (const c of [cs[0], cs[2], cs[4]]) await book(dir, `${c.name}.xlsx`, [{ name: '统计', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '乡镇', cols: STD, data: c }]);
};
// 05 county workbooks with 企业 and 社会组织 sheets; city with two blocks
F['05-county-ent-soc-sheets-city-blocks'] = async (dir) => {
  const cs = ['河口县', '沙坪县', '龙门区'].map((n) => county(n, ri(4, 6)));
  const city = group('金川市', cs);
  await book(dir, '金川市两新组织党建统计.xlsx', [{ name: '统计表', title: '金川市非公企业和社会组织党组织覆盖情况统计表', unit: U, date: DATE(), label: '县区',
    groupHeader: [[2, 4, '非公有制企业'], [5, 7, '社会组织']], cols: ['ent', 'cov', 'rate', 'so', 'scov', 'srate'], data: city, total: { label: '全市', pos: 'top' } }]);
  for (const c of cs) await book(dir, `${c.name}两新组织.xlsx`, [
    { name: '非公企业', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '乡镇', cols: ['ent', 'cov', 'rate', 'pm'], data: c },
    { name: '社会组织', title: `${c.name}社会组织党组织覆盖情况统计表`, unit: U, date: DATE(), label: '乡镇', cols: ['so', 'scov', 'srate', 'spm'], data: c }]);
};
// 06 county workbook with 汇总 + one sheet per town (villages), plus city table
F['06-summary-sheet-plus-town-sheets'] = async (dir) => {
  const cs = ['红河县', '青川县'].map((n) => group(n, pickTowns(ri(3, 4)).map((t) => town(t, ri(3, 5)))));
  const city = group('丰州市', cs);
  await book(dir, '丰州市.xlsx', [{ name: 'Sheet1', title: cityT('丰州市'), unit: U, date: DATE(), cols: STD, data: city, total: { label: '全市合计', pos: 'bottom' } }]);
  for (const c of cs) {
    const sheets = [{ name: '汇总', title: `${c.name}非公有制企业党组织覆盖情况汇总表`, unit: U, date: DATE(), label: '乡镇（街道）', cols: STD, data: c, total: { label: '全县', pos: 'top' } }];
    for (const t of c.children) sheets.push({ name: shortName(t.name), title: `${t.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '村（社区）', cols: STD, data: t, total: { label: '合计', pos: 'bottom' } });
    await book(dir, `${c.name}.xlsx`, sheets);
  }
};
// 07 two periods in subfolders with identical file names
F['07-two-years-subfolders-same-names'] = async (dir) => {
  for (const y of [2024, 2025]) {
    const cs = ['长宁县', '永安县', '平川区'].map((n) => county(n, 4, ['城关镇', '新集镇', '石桥镇', '龙泉镇']));
    const city = group('宁州市', cs);
    await book(dir, `${y}年/宁州市汇总.xlsx`, [{ name: '汇总', title: cityT('宁州市'), unit: U, date: DATE(y), cols: STD, data: city, total: { label: '全市', pos: 'top' } }]);
    for (const c of cs) await book(dir, `${y}年/${c.name}.xlsx`, [{ name: '汇总', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(y), label: '乡镇', cols: STD, data: c }]);
  }
};
// 08 flat folder: this year's city + counties, last year's city table, year only in the date line
F['08-last-year-city-date-line-only'] = async (dir) => {
  const names = ['雁门县', '代县', '繁峙县'];
  const cs = names.map((n) => county(n, 4));
  await book(dir, '忻阳市汇总表.xlsx', [{ name: '汇总', title: cityT('忻阳市'), unit: U, date: '统计截止时间：2025年12月31日', cols: STD, data: group('忻阳市', cs), total: { label: '全市', pos: 'top' } }]);
  const old = names.map((n) => county(n, 4));
  await book(dir, '忻阳市汇总表（上年）.xlsx', [{ name: '汇总', title: cityT('忻阳市'), unit: U, date: '统计截止时间：2024年12月31日', cols: STD, data: group('忻阳市', old), total: { label: '全市', pos: 'top' } }]);
  for (const c of cs) await book(dir, `${c.name}.xlsx`, [{ name: '统计表', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: '统计截止时间：2025年12月31日', label: '乡镇', cols: STD, data: c }]);
};
// 09 same town names in two counties, town workbooks flat, county in parentheses
F['09-same-town-names-flat-paren-county'] = async (dir) => {
  const must = ['城关镇', '新集镇', '柳河镇'];
  const cs = ['安宁县', '和顺县'].map((n) => group(n, pickTowns(5, must).map((t) => town(t, ri(3, 5)))));
  for (const c of cs) {
    await book(dir, `${c.name}.xlsx`, [{ name: '统计表', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '乡镇', cols: STD, data: c, total: { label: '全县合计', pos: 'top' } }]);
    for (const t of c.children.filter((t) => must.includes(t.name))) {
      await book(dir, `${t.name}（${shortName(c.name)}）.xlsx`, [{ name: '统计表', title: `${t.name}非公有制企业党组织覆盖情况统计表`, filler: `填报单位：${c.name}${t.name}党委`, unit: U, date: DATE(), label: '村（社区）', cols: STD, data: t }]);
    }
  }
};
// ledger helpers
const LH = ['序号', '企业名称', '统一社会信用代码', '所属乡镇', '是否建立党组织', '党员人数'];
function ledgerTable(rows, o = {}) {
  return rows.map((e, i) => {
    const code = `91${String(330100 + (i * 37) % 900).padStart(6, '0')}MA${String(1000000 + i * 7919).slice(-7)}X`.slice(0, 18);
    const base = [i + 1, e.name + (o.nameSuffix && e.dereg ? '（已注销）' : ''), code, o.townShort ? shortName(e.town) : e.town, e.yes ? '是' : '否', e.pm];
    if (o.status) base.push(e.status);
    if (o.remark) base.push(e.dereg ? '2025年3月已注销' : (e.yes && R() < 0.1 ? '新建' : ''));
    if (o.form) base.splice(4, 0, e.form);
    return base;
  });
}
// 10 summary + CSV ledger, deregistered noted in 备注
F['10-ledger-csv-dereg-in-remark'] = async (dir) => {
  const c = county('松阳县', 5, [], 1);
  await book(dir, '松阳县非公企业党组织覆盖情况汇总.xlsx', [{ name: '汇总', title: '松阳县非公有制企业党组织覆盖情况汇总表', unit: U, date: DATE(), label: '乡镇', cols: ['ent', 'cov', 'rate', 'pm'], data: c, total: { label: '合计', pos: 'top' } }]);
  const rows = c.children.flatMap((t) => ledgerRows(t, t.name, { dereg: ri(1, 2) }));
  csv(dir, '松阳县非公企业台账.csv', [[...LH, '备注'], ...ledgerTable(rows, { remark: true })]);
};
// 11 summary + xlsx ledger, deregistered marked in the name, short town names
F['11-ledger-xlsx-dereg-in-name-short-towns'] = async (dir) => {
  const c = county('景宁县', 4, ['城关镇']);
  await book(dir, '景宁县汇总.xlsx', [{ name: '汇总', title: '景宁县非公有制企业党组织覆盖情况汇总表', unit: U, date: DATE(), label: '乡镇（街道）', cols: ['ent', 'cov', 'rate', 'pm'], data: c }]);
  const rows = c.children.flatMap((t) => ledgerRows(t, t.name, { dereg: 1 }));
  await book(dir, '景宁县台账.xlsx', [{ ledger: true, name: '台账', title: '景宁县非公有制企业基本情况台账', header: LH, rows: ledgerTable(rows, { nameSuffix: true, townShort: true }) }]);
};
// 12 city summary + ledger with county column and 组织形式
F['12-city-ledger-county-column-form'] = async (dir) => {
  const cs = ['汉江区', '丹河县', '竹溪县'].map((n) => leaf(n, 1));
  const city = group('汉阳市', cs);
  await book(dir, '汉阳市规上非公企业党建汇总.xlsx', [{ name: '汇总', title: '汉阳市规模以上非公有制企业党组织覆盖情况汇总表', unit: U, date: DATE(), label: '县（市、区）', cols: ['ent', 'cov', 'own', 'jc', 'rate', 'pm'], data: city, total: { label: '全市', pos: 'top' } }]);
  const rows = cs.flatMap((c) => ledgerRows(c, c.name));
  const H = ['序号', '县（市、区）', '企业名称', '组织形式', '是否建立党组织', '党员人数'];
  await book(dir, '汉阳市规上非公企业台账.xlsx', [{ ledger: true, name: '台账', header: H, rows: rows.map((e, i) => [i + 1, e.town, e.name, e.form, e.yes ? '是' : '否', e.pm]) }]);
};
// 13 county table + town books with villages, total 全镇/全街道, short file names
F['13-town-books-short-names-quanzhen'] = async (dir) => {
  const c = group('太和县', pickTowns(5, ['城关镇', '东城街道']).map((t) => town(t, ri(3, 6))));
  await book(dir, '太和县汇总.xlsx', [{ name: '汇总', title: '太和县非公有制企业党组织覆盖情况统计表', unit: U, date: DATE(), label: '乡镇（街道）', cols: STD, data: c, total: { label: '全县', pos: 'top' } }]);
  for (const t of c.children.slice(0, 4)) {
    const lab = t.name.endsWith('街道') ? '全街道' : t.name.endsWith('乡') ? '全乡' : '全镇';
    await book(dir, `${shortName(t.name)}.xlsx`, [{ name: 'Sheet1', title: `${shortName(t.name)}非公企业党组织覆盖情况`, unit: U, date: DATE(), label: '村（社区）', cols: STD, data: t, total: { label: lab, pos: 'bottom' } }]);
  }
};
// 14 county sends ent and soc side by side in one sheet; city has separate ent & soc tables
F['14-county-ent-soc-side-by-side'] = async (dir) => {
  const cs = ['江宁县', '溧水县', '高淳区'].map((n) => county(n, 4));
  const city = group('秣陵市', cs);
  await book(dir, '秣陵市非公企业.xlsx', [{ name: '非公企业', title: cityT('秣陵市'), unit: U, date: DATE(), cols: ['ent', 'cov', 'rate', 'pm'], data: city, total: { label: '全市', pos: 'top' } }]);
  await book(dir, '秣陵市社会组织.xlsx', [{ name: '社会组织', title: '秣陵市社会组织党组织覆盖情况统计表', unit: U, date: DATE(), cols: ['so', 'scov', 'srate', 'spm'], data: city, total: { label: '全市', pos: 'top' } }]);
  for (const c of cs) {
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('两新组织');
    ws.getCell('A1').value = `${c.name}两新组织党组织覆盖情况统计表`; ws.mergeCells('A1:J1');
    ws.getCell('A2').value = U; ws.getCell('J2').value = DATE();
    ws.getRow(3).values = ['乡镇', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员人数', null, '乡镇', '社会组织数', '已建立党组织社会组织数', '党组织覆盖率（%）'];
    const list = [...c.children, Object.assign({}, c, { name: '合计' })];
    list.forEach((t, i) => {
      ws.getRow(4 + i).values = [t.name, t.ent, t.cov, t.rate, t.pm, null, t.name, t.so, t.scov, t.srate];
      ws.getCell(4 + i, 4).numFmt = '0.0'; ws.getCell(4 + i, 10).numFmt = '0.0';
    });
    await wb.xlsx.writeFile(path.join(dir, `${c.name}.xlsx`));
  }
};
// 15 rates as % text, counts with units, in county; numeric city
F['15-county-text-rates-and-units'] = async (dir) => {
  const cs = ['兰溪县', '浦江县', '义乌区'].map((n) => county(n, 5));
  await book(dir, '婺州市汇总.xlsx', [{ name: '汇总', title: cityT('婺州市'), unit: U, date: DATE(), cols: STD, data: group('婺州市', cs), total: { label: '全市', pos: 'top' } }]);
  const txt = [['企业数', (x) => `${x.ent}家`], ['已建立党组织企业数', (x) => `${x.cov}家`], ['党组织覆盖率', (x) => `${x.rate.toFixed(1)}%`], ['党员人数', (x) => `${x.pm}人`]];
  for (const c of cs) await book(dir, `${c.name}.xlsx`, [{ name: '统计表', title: `${c.name}非公有制企业党组织覆盖情况统计表`, date: DATE(), label: '乡镇', cols: txt, data: c }]);
};
// 16 summary + 台账 in one workbook, town merged over its enterprises
F['16-ledger-sheet-town-merged'] = async (dir) => {
  const c = county('平阳县', 4);
  const rows = []; const merges = [];
  for (const t of c.children) {
    const lr = ledgerRows(t, t.name);
    merges.push([rows.length, 2, rows.length + lr.length - 1]);
    lr.forEach((e, i) => rows.push([rows.length + 1, i === 0 ? t.name : null, e.name, e.yes ? '是' : '否', e.pm]));
  }
  await book(dir, '平阳县非公企业党建.xlsx', [
    { name: '汇总', title: '平阳县非公有制企业党组织覆盖情况汇总表', unit: U, date: DATE(), label: '乡镇', cols: ['ent', 'cov', 'rate', 'pm'], data: c, total: { label: '合计', pos: 'top' } },
    { ledger: true, name: '台账', title: '平阳县非公有制企业台账', header: ['序号', '乡镇', '企业名称', '是否建立党组织', '党员人数'], rows, merges }]);
};
// 17 quarterly: county sheets 一季度..四季度 (cumulative stock), city 四季度 table
F['17-quarter-sheets-city-q4'] = async (dir) => {
  const names = ['北湖县', '南湖县', '西湖区'];
  const qs = ['一季度', '二季度', '三季度', '四季度'];
  const byQ = qs.map(() => names.map((n) => county(n, 4, ['城关镇', '柳河镇', '石桥镇', '龙泉镇'])));
  await book(dir, '湖州市2025年四季度统计.xlsx', [{ name: '四季度', title: '湖州市2025年四季度非公有制企业党组织覆盖情况统计表', unit: U, date: DATE(), cols: STD, data: group('湖州市', byQ[3]), total: { label: '全市', pos: 'top' } }]);
  for (let i = 0; i < names.length; i++) {
    const months = ['3月31日', '6月30日', '9月30日', '12月31日'];
    await book(dir, `${names[i]}2025年季报.xlsx`, qs.map((q, k) => ({ name: q, title: `${names[i]}2025年${q}非公有制企业党组织覆盖情况统计表`, unit: U, date: `截至2025年${months[k]}`, label: '乡镇', cols: STD, data: byQ[k][i] })));
  }
};
// 18 footer with signatures, phone numbers, dates
F['18-footer-phone-and-dates'] = async (dir) => {
  const cs = ['东阳县', '磐安县', '武义县'].map((n) => county(n, 5));
  const foot = ['填表人：王晓明    审核人：李建国', '联系电话：13857912345', '填报日期：2026年1月8日'];
  await book(dir, '金华市汇总.xlsx', [{ name: '汇总', title: cityT('金华市'), unit: U, date: DATE(), cols: STD, data: group('金华市', cs), total: { label: '合计', pos: 'bottom' }, footer: ['注：覆盖率=已建立党组织企业数÷企业数×100%', '联系电话：0579-82468135'] }]);
  for (const c of cs) await book(dir, `${c.name}.xlsx`, [{ name: '统计表', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '乡镇', cols: STD, data: c, total: { label: '合计', pos: 'bottom' }, footer: foot }]);
};
// 19 three levels: city, county, town books; county files use 全称, town files 简称 with county prefix
F['19-three-levels-mixed-names'] = async (dir) => {
  const cs = ['望江县', '宿松县'].map((n) => group(n, pickTowns(4, ['城关镇']).map((t) => town(t, ri(3, 5)))));
  await book(dir, '安庆市.xlsx', [{ name: '汇总', title: cityT('安庆市'), unit: U, date: DATE(), cols: STD, data: group('安庆市', cs), total: { label: '全市', pos: 'top' } }]);
  for (const c of cs) {
    await book(dir, `${c.name}汇总.xlsx`, [{ name: '汇总', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '乡镇', cols: STD, data: c, total: { label: '全县', pos: 'top' } }]);
    for (const t of c.children.slice(0, 2)) await book(dir, `${shortName(c.name)}${shortName(t.name)}.xlsx`, [{ name: '统计表', title: `${c.name}${t.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '村（社区）', cols: STD, data: t }]);
  }
};
// 20 summary + ledger with status column and enterprises with members but no organisation
F['20-ledger-status-members-without-org'] = async (dir) => {
  const c = county('庆元县', 4);
  const rows = c.children.flatMap((t) => ledgerRows(t, t.name, { dereg: 1, noOrgMembers: 2 }));
  await book(dir, '庆元县.xlsx', [
    { name: '汇总', title: '庆元县非公有制企业党组织覆盖情况汇总表', unit: U, date: DATE(), label: '乡镇', cols: ['ent', 'cov', 'own', 'jc', 'rate', 'pm'], data: c, total: { label: '合计', pos: 'top' } },
    { ledger: true, name: '台账', header: ['序号', '企业名称', '统一社会信用代码', '所属乡镇', '组织形式', '是否建立党组织', '党员人数', '经营状态'], rows: ledgerTable(rows, { status: true, form: true }) }]);
};
// 21 social organisations: summary + ledger by type
F['21-soc-summary-ledger'] = async (dir) => {
  const types = ['社会团体', '民办非企业单位', '基金会'];
  const tx = types.map((t) => { const l = leaf(t); l.ent = l.so; l.cov = l.scov; l.pm = l.spm; l.own = l.scov; return fin(l); });
  const g = group('常山县', tx);
  const cols = [['社会组织数', (x) => x.so], ['已建立党组织社会组织数', (x) => x.scov], ['党组织覆盖率（%）', (x) => x.srate, '0.0'], ['党员人数', (x) => x.spm]];
  await book(dir, '常山县社会组织汇总.xlsx', [{ name: '汇总', title: '常山县社会组织党组织覆盖情况汇总表', unit: '单位：个、%、人', date: DATE(), label: '类型', cols, data: g, total: { label: '合计', pos: 'top' } }]);
  const rows = [];
  for (const t of tx) {
    const pmS = split(t.spm, t.scov, 1);
    for (let i = 0; i < t.so; i++) rows.push([rows.length + 1, `常山县${WORDS[(rows.length * 3) % 20]}${t.name === '基金会' ? '公益基金会' : t.name === '社会团体' ? '协会' : '服务中心'}${rows.length}`, t.name, i < t.scov ? '是' : '否', i < t.scov ? pmS[i] : 0]);
  }
  await book(dir, '常山县社会组织台账.xlsx', [{ ledger: true, name: '台账', header: ['序号', '社会组织名称', '类型', '是否建立党组织', '党员人数'], rows }]);
};
// 22 county name as total label, city with 县区小计 and 市直 and 开发区 of which none
F['22-city-subtotal-shizhi-devzone-county-label'] = async (dir) => {
  const cs = ['遂昌县', '松溪县', '云和县'].map((n) => county(n, 4));
  const sub = group('县区小计', cs);
  const sz = leaf('市直单位'); const kf = leaf('丽水经济技术开发区');
  const city = group('丽水市', [sub, sz, kf]);
  const rows = [{ label: '县区小计', x: sub }, ...cs.map((c) => ({ label: '  ' + c.name, x: c })), { label: '市直单位', x: sz }, { label: '丽水经济技术开发区', x: kf }];
  await book(dir, '丽水市汇总.xlsx', [{ name: '汇总', title: cityT('丽水市'), unit: U, date: DATE(), cols: STD, data: city, rows, total: { label: '全市', pos: 'top' } }]);
  for (const c of cs) await book(dir, `${c.name}.xlsx`, [{ name: '统计表', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '乡镇', cols: STD, data: c, total: { label: c.name, pos: 'top' } }]);
};

// 23 city in 万人, only two of four counties sent workbooks
F['23-wan-ren-two-of-four-counties'] = async (dir) => {
  const cs = ['东河县', '西岭县', '南平县', '北川区'].map((n) => group(n, pickTowns(4).map((t) => { const l = leaf(t, 8); l.pm = l.own * ri(15, 30) + ri(100, 900); return l; })));
  const wan = ['党员人数（万人）', (x) => Math.round(x.pm / 100) / 100, '0.00'];
  await book(dir, '云川市汇总.xlsx', [{ name: '全市', title: cityT('云川市'), unit: '单位：家、%', date: DATE(), cols: ['ent', 'cov', 'rate', wan], data: group('云川市', cs), total: { label: '全市', pos: 'top' } }]);
  for (const c of cs.slice(0, 2)) await book(dir, `${c.name}.xlsx`, [{ name: 'Sheet1', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: '单位：家、%、人', date: DATE(), label: '乡镇', cols: ['ent', 'cov', 'rate', 'pm'], data: c }]);
};

// 24 summary + ledger, ONE deregistered enterprise (status column) in one town only
F['24-ledger-one-deregistered-status'] = async (dir) => {
  const c = county('龙泉县', 5);
  const rows = c.children.flatMap((t, i) => ledgerRows(t, t.name, { dereg: i === 2 ? 1 : 0 }));
  await book(dir, '龙泉县非公企业汇总.xlsx', [{ name: '汇总', title: '龙泉县非公有制企业党组织覆盖情况汇总表', unit: U, date: DATE(), label: '乡镇', cols: ['ent', 'cov', 'rate', 'pm'], data: c, total: { label: '合计', pos: 'top' }, footer: ['注：不含已注销企业。'] }]);
  await book(dir, '龙泉县非公企业台账.xlsx', [{ ledger: true, name: '台账', title: '龙泉县非公有制企业台账', header: ['序号', '企业名称', '统一社会信用代码', '所属乡镇', '是否建立党组织', '党员人数', '登记状态'], rows: ledgerTable(rows, { status: true }) }]);
};
// 25 same in CSV with 备注 '已注销', two towns of six
F['25-ledger-csv-two-deregistered-remark'] = async (dir) => {
  const c = county('缙云县', 6);
  const rows = c.children.flatMap((t, i) => ledgerRows(t, t.name, { dereg: i === 1 || i === 4 ? 1 : 0 }));
  await book(dir, '缙云县汇总.xlsx', [{ name: '汇总', title: '缙云县非公有制企业党组织覆盖情况汇总表', unit: U, date: DATE(), label: '乡镇（街道）', cols: ['ent', 'cov', 'rate', 'pm'], data: c, total: { label: '合计', pos: 'top' } }]);
  csv(dir, '缙云县台账.csv', [[...LH, '备注'], ...ledgerTable(rows, { remark: true })]);
};

// 26 county table + town workbooks whose village lists share names (红星村 in two towns)
F['26-town-books-shared-village-names'] = async (dir) => {
  const mk = (n, vs) => group(n, vs.map((v) => leaf(v)));
  const ts = [mk('城关镇', ['红星村', '幸福社区', '东风村', '建设村']), mk('桃源镇', ['红星村', '幸福社区', '长青村']), mk('柳河镇', ['新华村', '红星村', '东风村', '光明村'])];
  const c = group('永嘉县', ts);
  await book(dir, '永嘉县汇总.xlsx', [{ name: '汇总', title: '永嘉县非公有制企业党组织覆盖情况统计表', unit: U, date: DATE(), label: '乡镇', cols: STD, data: c, total: { label: '全县', pos: 'top' } }]);
  for (const t of ts) await book(dir, `${t.name}.xlsx`, [{ name: '统计表', title: `${t.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '村（社区）', cols: STD, data: t }]);
};
// 27 two county workbooks sharing town names, no city table
F['27-two-county-books-common-towns'] = async (dir) => {
  const cs = ['文成县', '泰顺县'].map((n) => county(n, 5, ['城关镇', '新集镇', '龙泉镇']));
  for (const c of cs) await book(dir, `${c.name}.xlsx`, [{ name: '统计表', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '乡镇', cols: STD, data: c }]);
};
// 28 county rates as fractions formatted 0.0%, city rates in per cent
F['28-county-rate-percent-format'] = async (dir) => {
  const cs = ['瑞安县', '乐清县', '苍南县'].map((n) => county(n, 4));
  await book(dir, '温州市汇总.xlsx', [{ name: '汇总', title: cityT('温州市'), unit: U, date: DATE(), cols: STD, data: group('温州市', cs), total: { label: '全市', pos: 'top' } }]);
  const cols = ['ent', 'cov', 'own', 'jc', ['党组织覆盖率', (x) => Math.round(x.cov / x.ent * 1000) / 1000, '0.0%'], 'pm'];
  for (const c of cs) await book(dir, `${c.name}.xlsx`, [{ name: '统计表', title: `${c.name}非公有制企业党组织覆盖情况统计表`, unit: '单位：家、人', date: DATE(), label: '乡镇', cols, data: c }]);
};

// 29 summaries and ledgers of two years in one folder
F['29-ledgers-two-years-one-folder'] = async (dir) => {
  const towns = pickTowns(4);
  for (const y of [2024, 2025]) {
    const c = group('龙湾县', towns.map((t) => leaf(t)));
    await book(dir, `龙湾县${y}年汇总.xlsx`, [{ name: '汇总', title: `龙湾县${y}年非公有制企业党组织覆盖情况汇总表`, unit: U, date: DATE(y), label: '乡镇', cols: ['ent', 'cov', 'rate', 'pm'], data: c, total: { label: '合计', pos: 'top' } }]);
    const rows = c.children.flatMap((t) => ledgerRows(t, t.name));
    await book(dir, `龙湾县${y}年台账.xlsx`, [{ ledger: true, name: '台账', title: `龙湾县${y}年非公有制企业台账`, header: LH, rows: ledgerTable(rows) }]);
  }
};
// 30 ledger with blank / dash member cells for enterprises without members
F['30-ledger-blank-and-dash-members'] = async (dir) => {
  const c = county('洞头县', 4);
  const rows = c.children.flatMap((t) => ledgerRows(t, t.name));
  const tab = ledgerTable(rows).map((r, i) => { if (r[5] === 0) r[5] = i % 2 ? null : '—'; return r; });
  await book(dir, '洞头县汇总.xlsx', [{ name: '汇总', title: '洞头县非公有制企业党组织覆盖情况汇总表', unit: U, date: DATE(), label: '乡镇', cols: ['ent', 'cov', 'rate', 'pm'], data: c, total: { label: '合计', pos: 'top' } }]);
  await book(dir, '洞头县台账.xlsx', [{ ledger: true, name: '台账', header: LH, rows: tab }]);
};

// 31 like 14, but only two of four counties sent their side-by-side workbook
F['31-side-by-side-two-of-four-counties'] = async (dir) => {
  const cs = ['句容县', '丹阳县', '扬中区', '金坛县'].map((n) => county(n, 4));
  const city = group('润州市', cs);
  await book(dir, '润州市非公企业.xlsx', [{ name: '非公企业', title: cityT('润州市'), unit: U, date: DATE(), cols: ['ent', 'cov', 'rate', 'pm'], data: city, total: { label: '全市', pos: 'top' } }]);
  await book(dir, '润州市社会组织.xlsx', [{ name: '社会组织', title: '润州市社会组织党组织覆盖情况统计表', unit: U, date: DATE(), cols: ['so', 'scov', 'srate', 'spm'], data: city, total: { label: '全市', pos: 'top' } }]);
  for (const c of cs.slice(0, 2)) {
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('两新组织');
    ws.getCell('A1').value = `${c.name}两新组织党组织覆盖情况统计表`; ws.mergeCells('A1:J1');
    ws.getCell('A2').value = U; ws.getCell('J2').value = DATE();
    ws.getRow(3).values = ['乡镇', '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员人数', null, '乡镇', '社会组织数', '已建立党组织社会组织数', '党组织覆盖率（%）'];
    const list = [...c.children, Object.assign({}, c, { name: '合计' })];
    list.forEach((t, i) => {
      ws.getRow(4 + i).values = [t.name, t.ent, t.cov, t.rate, t.pm, null, t.name, t.so, t.scov, t.srate];
      ws.getCell(4 + i, 4).numFmt = '0.0'; ws.getCell(4 + i, 10).numFmt = '0.0';
    });
    await wb.xlsx.writeFile(path.join(dir, `${c.name}.xlsx`));
  }
};

// 32 villages named like other towns of the county (新集村 in 桃源镇, county has 新集镇)
F['32-villages-named-like-towns'] = async (dir) => {
  const mk = (n, vs) => group(n, vs.map((v) => leaf(v)));
  const ts = [mk('桃源镇', ['城关社区', '新集村', '柳河村', '红星村']), mk('龙泉镇', ['新集社区', '柳河村', '城关村']), mk('城关镇', ['东关社区', '西关社区', '南关社区']), mk('新集镇', ['新集社区', '前进村', '胜利村']), mk('柳河镇', ['柳河社区', '桃源村', '龙泉村'])];
  const c = group('青田县', ts);
  await book(dir, '青田县汇总.xlsx', [{ name: '汇总', title: '青田县非公有制企业党组织覆盖情况统计表', unit: U, date: DATE(), label: '乡镇', cols: STD, data: c, total: { label: '全县', pos: 'top' } }]);
  for (const t of ts) await book(dir, `${t.name}.xlsx`, [{ name: '统计表', title: `${t.name}非公有制企业党组织覆盖情况统计表`, unit: U, date: DATE(), label: '村（社区）', cols: STD, data: t }]);
};

// 33 two-new-organisations ledger: enterprises and (in 城关镇 only) social organisations, 类别 column; summary of enterprises + summary of social orgs
F['33-liangxin-ledger-category-column'] = async (dir) => {
  const c = county('遂安县', 4, ['城关镇']);
  const so = c.children[0].so; const scov = c.children[0].scov; const spm = c.children[0].spm;
  const soc = group('遂安县', [{ ...leaf('城关镇'), so, scov, spm, ent: so, cov: scov, pm: spm }].map(fin));
  const rows = c.children.flatMap((t) => ledgerRows(t, t.name).map((e) => ({ ...e, cat: '非公企业' })));
  const pmS = split(spm, scov, 1);
  for (let i = 0; i < so; i++) rows.splice(ri(0, rows.length), 0, { name: `遂安县${WORDS[i % 20]}协会${i + 1}`, town: '城关镇', yes: i < scov, pm: i < scov ? pmS[i] : 0, cat: '社会组织' });
  await book(dir, '遂安县两新组织汇总.xlsx', [
    { name: '非公企业', title: '遂安县非公有制企业党组织覆盖情况汇总表', unit: U, date: DATE(), label: '乡镇', cols: ['ent', 'cov', 'rate', 'pm'], data: c, total: { label: '合计', pos: 'top' } }]);
  await book(dir, '遂安县两新组织台账.xlsx', [{ ledger: true, name: '台账', header: ['序号', '单位名称', '类别', '所属乡镇', '是否建立党组织', '党员人数'], rows: rows.map((e, i) => [i + 1, e.name, e.cat, e.town, e.yes ? '是' : '否', e.pm]) }]);
};

async function main() {
  const only = process.argv[2];
  if (!only) fs.rmSync(CLEAN, { recursive: true, force: true });
  let seed = 1900;
  for (const [k, fn] of Object.entries(F)) {
    R = rng(seed++); entSeq = 0;
    if (only && !k.startsWith(only)) continue;
    const dir = path.join(CLEAN, k); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
    await fn(dir);
  }
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
module.exports = { book, sheet, leaf, group, town, county, csv, ledgerRows, ledgerTable, STD, U, DATE, setSeed: (s) => { R = rng(s); } };
