// Generator for party-building ledgers/summaries (non-public enterprises & social orgs)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const ROOT = require('path').join(__dirname, 'clean');

let seed = 31;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function pick(arr) { return arr[Math.floor(rnd() * arr.length)]; }

// ---- unified social credit code (GB 32100-2015) ----
const USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCode() {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let body = ''; for (let i = 0; i < 8; i++) body += (i === 0 ? pick('MA0123'.split('')) : String(ri(0, 9)));
  body = body.slice(0, 8);
  const val = c => (/[0-9]/.test(c) ? +c : c.charCodeAt(0) - 55);
  let s = 0; for (let i = 0; i < 8; i++) s += val(body[i]) * w[i];
  let c = 11 - (s % 11); const cc = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  return body + cc;
}
function uscc(prefix2, admin) {
  const b = prefix2 + admin + orgCode();
  let s = 0; for (let i = 0; i < 17; i++) s += USCC_CH.indexOf(b[i]) * USCC_W[i];
  let c = 31 - (s % 31); if (c === 31) c = 0;
  return b + USCC_CH[c];
}

const INDUSTRIES = ['制造业', '批发和零售业', '建筑业', '信息传输、软件和信息技术服务业', '交通运输、仓储和邮政业', '住宿和餐饮业', '租赁和商务服务业', '农、林、牧、渔业'];
const IND_WORD = { '制造业': ['机械制造', '纺织', '食品', '塑业', '电子科技', '新材料'], '批发和零售业': ['商贸', '农资', '医药连锁'], '建筑业': ['建筑工程', '建设'], '信息传输、软件和信息技术服务业': ['网络科技', '软件'], '交通运输、仓储和邮政业': ['物流', '运输'], '住宿和餐饮业': ['酒店管理', '餐饮'], '租赁和商务服务业': ['人力资源', '企业管理咨询'], '农、林、牧、渔业': ['农业开发', '养殖', '种业'] };
const BRAND = '华鑫泰恒瑞丰达盛宏源兴隆金鼎嘉禾德润启航安泰博远正阳天成富民裕通'.split('');
const SURN = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗'.split('');
const GIVEN = '建国志强秀英丽华海燕明军晓东春梅玉兰卫东文杰红霞振华立新'.split('');
function person() { return pick(SURN) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : ''); }

// enterprise list for a county
function makeEnterprises(county, towns, n, opts = {}) {
  const ents = [];
  const used = new Set();
  for (let i = 0; i < n; i++) {
    const town = towns[i % towns.length];
    const ind = pick(INDUSTRIES);
    let name;
    do { name = county.short + pick(BRAND) + pick(BRAND) + pick(IND_WORD[ind]) + '有限公司'; } while (used.has(name));
    used.add(name);
    const staff = ri(8, 400);
    let pm; const r = rnd();
    if (r < 0.25) pm = 0; else if (r < 0.5) pm = ri(1, 2); else pm = ri(3, Math.max(3, Math.floor(staff / 6)));
    let form, type = '', sec = '', built;
    if (pm >= 3) { form = '单独建立'; type = pm >= 100 ? '党委' : pm >= 50 ? '党总支' : '党支部'; sec = person(); built = '是'; }
    else if (rnd() < 0.6) { form = '联合建立'; type = '党支部'; sec = person(); built = '是'; }
    else { form = '未建立'; built = '否'; }
    const big = staff >= 100 || rnd() < 0.2 ? '是' : '否';
    ents.push({ town, name, code: uscc('91', county.admin), ind, staff, pm, built, form, type, sec, big, note: '' });
  }
  // sort by town order
  ents.sort((a, b) => towns.indexOf(a.town) - towns.indexOf(b.town));
  for (const e of ents) {
    if (e.form === '联合建立' && e.pm === 0) e.note = '由' + e.town + '非公企业联合党支部覆盖';
    if (e.form === '未建立' && e.pm === 0) e.note = '已选派党建指导员';
  }
  return ents;
}
function makeSocialOrgs(county, towns, n) {
  const types = ['社会团体', '民办非企业单位', '基金会'];
  const names = { '社会团体': ['商会', '个体劳动者协会', '老年体育协会', '书法家协会', '种植专业协会'], '民办非企业单位': ['幼儿园', '养老服务中心', '职业培训学校', '社会工作服务中心'], '基金会': ['教育基金会', '慈善基金会'] };
  const arr = []; const used = new Set();
  for (let i = 0; i < n; i++) {
    const town = towns[i % towns.length];
    const t = rnd() < 0.5 ? '社会团体' : rnd() < 0.9 ? '民办非企业单位' : '基金会';
    let name; do { name = (t === '社会团体' && rnd() < 0.5 ? county.full : county.short + town.replace(/[镇乡]$/, '')) + pick(BRAND) + pick(names[t]); } while (used.has(name));
    used.add(name);
    const staff = ri(3, 60);
    const pm = rnd() < 0.3 ? 0 : rnd() < 0.5 ? ri(1, 2) : ri(3, 12);
    let form, type = '', sec = '', built;
    if (pm >= 3) { form = '单独建立'; type = '党支部'; sec = person(); built = '是'; }
    else if (rnd() < 0.55) { form = '联合建立'; type = '党支部'; sec = person(); built = '是'; }
    else { form = '未建立'; built = '否'; }
    const p2 = t === '社会团体' ? '51' : t === '民办非企业单位' ? '52' : '53';
    arr.push({ town, name, code: uscc(p2, county.admin), ind: t, staff, pm, built, form, type, sec, big: '否', note: '' });
  }
  arr.sort((a, b) => towns.indexOf(a.town) - towns.indexOf(b.town));
  return arr;
}

function agg(list) {
  const n = list.length;
  const built = list.filter(e => e.built === '是').length;
  const single = list.filter(e => e.form === '单独建立').length;
  const joint = list.filter(e => e.form === '联合建立').length;
  const pm = list.reduce((s, e) => s + e.pm, 0);
  const zero = list.filter(e => e.pm === 0).length;
  const big = list.filter(e => e.big === '是');
  return { n, built, single, joint, pm, zero, big: big.length, bigBuilt: big.filter(e => e.built === '是').length, bigPm: big.reduce((s, e) => s + e.pm, 0), bigSingle: big.filter(e => e.form === '单独建立').length, bigJoint: big.filter(e => e.form === '联合建立').length, bigZero: big.filter(e => e.pm === 0).length };
}
function rate(a, b, d = 1) { if (!b) return 0; const f = Math.pow(10, d); return Math.round(a / b * 100 * f) / f; }

const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function styleRange(ws, r1, r2, c1, c2) { for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = border; }

// ---- ledger sheet ----
function writeLedger(ws, county, list, opts = {}) {
  const isSoc = !!opts.social;
  const hdr = ['序号', isSoc ? '社会组织名称' : '企业名称', '统一社会信用代码', opts.townHeader || '所在乡镇', isSoc ? '组织类别' : '行业', isSoc ? '专职工作人员数' : '从业人员数', '党员数', '是否建立党组织', '组织形式', '党组织类型', '党组织书记', '备注'];
  if (opts.bigCol) hdr.splice(6, 0, '是否规模以上');
  const nc = hdr.length;
  ws.mergeCells(1, 1, 1, nc);
  ws.getCell(1, 1).value = county.full + (isSoc ? '社会组织' : '非公有制企业') + '党组织建设情况台账' + (opts.titleSuffix || '');
  ws.getCell(1, 1).font = { bold: true, size: 14 }; ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, nc);
  ws.getCell(2, 1).value = '填报单位：中共' + county.full + '委组织部（盖章）　　　　截至时间：' + (opts.date || '2024年12月31日');
  ws.getRow(3).values = hdr; ws.getRow(3).font = { bold: true };
  let r = 4; let seq = 1; let prevTown = null; let townStart = r;
  const mergeGroups = [];
  list.forEach((e, i) => {
    if (prevTown !== null && e.town !== prevTown) {
      mergeGroups.push([townStart, r - 1]);
      if (opts.blankRows) r++; // blank row between towns
      townStart = r;
    }
    if (opts.gaps && opts.gaps.includes(seq)) seq++; // 序号 gap (deregistered)
    const vals = [seq, e.name, e.code, e.town, e.ind, e.staff, e.pm, e.built, e.form, e.type || '', e.sec || '', e.note || ''];
    if (opts.bigCol) vals.splice(6, 0, e.big);
    if (!(opts.mergeTown && e.town === prevTown)) { } else vals[3] = null;
    ws.getRow(r).values = vals;
    prevTown = e.town; r++; seq++;
  });
  mergeGroups.push([townStart, r - 1]);
  if (opts.mergeTown) for (const [a, b] of mergeGroups) if (b > a) { ws.mergeCells(a, 4, b, 4); ws.getCell(a, 4).alignment = { vertical: 'middle' }; }
  styleRange(ws, 3, r - 1, 1, nc);
  r++;
  if (opts.noteLines) for (const l of opts.noteLines) { ws.getCell(r, 1).value = l; r++; }
  ws.getCell(r, 1).value = '填表人：' + person() + '　　审核人：' + person() + '　　联系电话：0318-' + ri(5000000, 5999999);
  ws.columns.forEach((c, i) => { c.width = [6, 34, 22, 10, 18, 10, 8, 10, 10, 10, 10, 26, 26][i] || 10; });
}

// ---- town summary sheet ----
// layout: 'basic' columns: 乡镇 | 企业数 | 已建党组织企业数 | 单独建立 | 联合建立 | 党组织覆盖率（%） | 党员数 | 无党员企业数
function writeTownSummary(ws, county, towns, list, opts = {}) {
  const head = opts.head || ['乡镇（街道）', '企业数', '已建党组织企业数', '单独建立', '联合建立', '党组织覆盖率（%）', '党员数', '无党员企业数'];
  const nc = head.length;
  const d = opts.dec ?? 1;
  ws.mergeCells(1, 1, 1, nc);
  ws.getCell(1, 1).value = opts.title || (county.full + '非公有制企业党组织覆盖情况汇总表');
  ws.getCell(1, 1).font = { bold: true, size: 14 }; ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, nc);
  ws.getCell(2, 1).value = '单位：个、名、%　　　　统计截止：' + (opts.date || '2024年12月31日');
  ws.getRow(3).values = head; ws.getRow(3).font = { bold: true };
  const rowOf = (label, L) => { const a = agg(L); return [label, a.n, a.built, a.single, a.joint, rate(a.built, a.n, d), a.pm, a.zero]; };
  let r = 4;
  const totalRow = rowOf('合计', list);
  const rows = [];
  for (const t of towns) {
    const L = list.filter(e => e.town === t);
    rows.push(rowOf(t, L));
    if (opts.qizhongBig) { const B = L.filter(e => e.big === '是'); const rr = rowOf('　其中：规模以上企业', B); rows.push(rr); }
  }
  if (opts.totalTop) { ws.getRow(r).values = totalRow; ws.getRow(r).font = { bold: true }; r++; if (opts.qizhongBig) { ws.getRow(r).values = rowOf('　其中：规模以上企业', list.filter(e => e.big === '是')); r++; } }
  for (const rr of rows) { ws.getRow(r).values = rr; r++; }
  if (!opts.totalTop) { ws.getRow(r).values = totalRow; ws.getRow(r).font = { bold: true }; r++; if (opts.qizhongBig) { ws.getRow(r).values = rowOf('　其中：规模以上企业', list.filter(e => e.big === '是')); r++; } }
  for (let rr = 4; rr < r; rr++) ws.getCell(rr, 6).numFmt = d === 2 ? '0.00' : '0.0';
  styleRange(ws, 3, r - 1, 1, nc);
  r++;
  for (const l of (opts.notes || [])) { ws.getCell(r, 1).value = l; r++; }
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 22 : 14; });
  return { totalRow };
}

// ---- city summary ----
function writeCitySummary(ws, cityName, counties, opts = {}) {
  const head = ['县（市、区）', '企业数', '已建党组织企业数', '单独建立', '联合建立', '党组织覆盖率（%）', '党员数', '无党员企业数'];
  const nc = head.length; const d = opts.dec ?? 1;
  ws.mergeCells(1, 1, 1, nc);
  ws.getCell(1, 1).value = cityName + '非公有制企业党组织覆盖情况汇总表';
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, nc);
  ws.getCell(2, 1).value = '填报单位：中共' + cityName + '委组织部组织二科　　统计截止：' + (opts.date || '2024年12月31日');
  ws.getRow(3).values = head;
  const all = [];
  const rows = counties.map(c => { all.push(...c.list); const a = agg(c.list); return [c.cityLabel, a.n, a.built, a.single, a.joint, rate(a.built, a.n, d), a.pm, a.zero]; });
  const A = agg(all);
  const tot = ['全市合计', A.n, A.built, A.single, A.joint, rate(A.built, A.n, d), A.pm, A.zero];
  let r = 4;
  if (opts.totalTop) { ws.getRow(r++).values = tot; }
  for (const rr of rows) ws.getRow(r++).values = rr;
  if (!opts.totalTop) ws.getRow(r++).values = tot;
  styleRange(ws, 3, r - 1, 1, nc);
  r++;
  for (const l of (opts.notes || [])) ws.getCell(++r, 1).value = l;
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 16 : 14; });
}

async function save(wb, file) { fs.mkdirSync(path.dirname(file), { recursive: true }); await wb.xlsx.writeFile(file); }

module.exports = { makeEnterprises, makeSocialOrgs, agg, rate, writeLedger, writeTownSummary, writeCitySummary, save, ExcelJS, ri, pick, rnd, person, styleRange, uscc };
