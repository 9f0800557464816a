// Generator: public-finance tables (clean + planted twins). NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
fs.mkdirSync(path.join(OUT, 'clean'), { recursive: true });
fs.mkdirSync(path.join(OUT, 'planted'), { recursive: true });

let seed = 20250623;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const r2 = (x) => Math.round(x * 100) / 100;
const r1 = (x) => Math.round(x * 10) / 10;
const FW = '\u3000';
const COUNTIES = ['青山县', '东阳市', '河西区', '平安县', '永宁县', '兴隆镇', '临江市', '白石县', '南湖区', '清河县', '安远县', '富民县'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二'];

// A sheet model: rows = array of arrays of cells {v, fmt, indent, bold}; merges = ['A1:F1']
function C(v, o = {}) { return Object.assign({ v }, o); }
function amt(v, dec = 2) { return C(v, { fmt: dec === 2 ? '#,##0.00' : '0' }); }

// amounts in hundredths (integer) to avoid float drift
function split(total, n, minShare = 0.02) {
  const w = []; for (let i = 0; i < n; i++) w.push(minShare + rnd());
  const s = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.floor(total * x / s));
  parts[0] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

function pctCell(num, den, style) {
  if (den === 0 || den == null || num == null) return C('—');
  if (style === 'frac') return C(Math.round(num / den * 1000) / 1000, { fmt: '0.0%' });
  return C(r1(num / den * 100), { fmt: '0.0' });
}
function growCell(cur, prev, style) {
  if (!prev) return C('—');
  if (style === 'frac') return C(Math.round((cur / prev - 1) * 1000) / 1000, { fmt: '0.0%' });
  return C(r1((cur / prev - 1) * 100), { fmt: '0.0' });
}

function label(text, level, mark, idx) {
  // mark: 'indent' (Excel indent), 'fw' (full-width spaces), 'num' (一、（一）1.), 'plain'
  if (mark === 'indent') return C(text, { indent: level });
  if (mark === 'fw') return C(FW.repeat(level * 2) + text);
  if (mark === 'num') {
    if (level === 0) return C(text);
    if (level === 1) return C(CN[idx] + '、' + text);
    if (level === 2) return C('（' + CN[idx] + '）' + text);
    return C((idx + 1) + '.' + text);
  }
  return C(text);
}

// ---------- tree-based execution table ----------
// node: {name, kids?, leaf values}
function tree(name, kids) { return { name, kids }; }
function fillTree(node, total) {
  node.val = total;
  if (node.kids && node.kids.length) {
    const parts = split(total, node.kids.length);
    node.kids.forEach((k, i) => fillTree(k, parts[i]));
  }
}
const TAX = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税', '其他税收收入'];
const NONTAX = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资本经营收入', '国有资源（资产）有偿使用收入', '捐赠收入', '政府住房基金收入', '其他收入'];
const EXP = ['一般公共服务支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '资源勘探工业信息等支出', '商业服务业等支出', '自然资源海洋气象等支出', '住房保障支出', '粮油物资储备支出', '灾害防治及应急管理支出', '债务付息支出', '其他支出'];

function execTable(opt) {
  // opt: kind 'rev'|'exp', mark, pctStyle, totalPos 'top'|'bottom', withPrev, withTransfer, unit
  const county = pick(COUNTIES);
  const rows = []; const merges = []; const plants = [];
  const year = pick([2023, 2024, 2025]);
  let root;
  if (opt.kind === 'rev') {
    const taxes = shuffle(TAX).slice(0, ri(6, 12)).sort((a, b) => TAX.indexOf(a) - TAX.indexOf(b));
    const nts = shuffle(NONTAX).slice(0, ri(3, 6)).sort((a, b) => NONTAX.indexOf(a) - NONTAX.indexOf(b));
    root = tree('一般公共预算收入', [tree('税收收入', taxes.map((t) => tree(t))), tree('非税收入', nts.map((t) => tree(t)))]);
  } else {
    const ex = shuffle(EXP).slice(0, ri(8, 16)).sort((a, b) => EXP.indexOf(a) - EXP.indexOf(b));
    root = tree('一般公共预算支出', ex.map((t) => tree(t)));
  }
  const scale = ri(50000, 900000); // hundredths of 万元
  fillTree(root, scale);
  // budget, executed, prev for each node: generate leaves then sum
  function gen(node) {
    if (!node.kids) {
      const R = opt.raw ? (x) => x + rnd() - 0.5 : Math.round;
      node.bud = R(node.val);
      node.exe = R(node.val * (0.85 + rnd() * 0.3));
      node.prev = R(node.exe * (0.8 + rnd() * 0.35));
      if (rnd() < 0.06) { node.prev = 0; }
    } else {
      node.kids.forEach(gen);
      node.bud = node.kids.reduce((a, k) => a + k.bud, 0);
      node.exe = node.kids.reduce((a, k) => a + k.exe, 0);
      node.prev = node.kids.reduce((a, k) => a + k.prev, 0);
    }
  }
  gen(root);
  const title = `${county}${year}年一般公共预算${opt.kind === 'rev' ? '收入' : '支出'}执行情况表`;
  const ncol = opt.withPrev ? 6 : 4;
  rows.push([C(title, { bold: true })]); merges.push(`A1:${String.fromCharCode(64 + ncol)}1`);
  rows.push([C('单位：万元')]);
  const hdr = [C('项目'), C('预算数'), C('执行数'), C(opt.pctStyle === 'frac' ? '完成预算%' : '完成预算（%）')];
  if (opt.withPrev) hdr.push(C('上年执行数'), C(opt.pctStyle === 'frac' ? '比上年增长%' : '比上年增长（%）'));
  if (opt.share) hdr.push(C('占比（%）'));
  rows.push(hdr);
  const idxAt = {};
  function emitNode(node, level, idx) {
    const r = [label(node.name, level, opt.mark, idx), amt(r2(node.bud / 100)), amt(r2(node.exe / 100)), pctCell(node.exe, node.bud, opt.pctStyle)];
    if (opt.withPrev) r.push(amt(r2(node.prev / 100)), growCell(node.exe, node.prev, opt.pctStyle));
    if (opt.share) r.push(C(r1(node.exe / root.exe * 100), { fmt: '0.0' }));
    rows.push(r);
    const ri_ = rows.length - 1;
    if (node.kids) plants.push({ r: ri_, c: 2, what: `total ${node.name} 执行数` });
    else plants.push({ r: ri_, c: 1, what: `item ${node.name} 预算数` });
    if (level > 0 || !node.kids) plants.push({ r: ri_, c: 3, what: `rate 完成预算 ${node.name}`, rate: true });
    if (opt.withPrev && node.prev) plants.push({ r: ri_, c: 5, what: `rate 比上年增长 ${node.name}`, rate: true });
  }
  function walk(node, level, idx) {
    if (opt.totalPos === 'top' || level > 0) emitNode(node, level, idx);
    if (node.kids) node.kids.forEach((k, i) => walk(k, level + 1, i));
    if (opt.totalPos === 'bottom' && level === 0) {
      // bottom: root label becomes 合计
      const nm = node.name; node.name = opt.kind === 'rev' ? '收入合计' : '支出合计';
      emitNode(node, 0, 0); node.name = nm;
    }
  }
  walk(root, 0, 0);
  if (opt.withTransfer && opt.kind === 'rev') {
    // 转移性收入 block; 收入总计 = 本级收入 + 转移性收入
    const parts = [['上级补助收入', ri(20000, 400000)], ['上年结余', ri(1000, 30000)], ['调入资金', ri(1000, 50000)], ['债务转贷收入', ri(0, 80000)]];
    const tr = { name: '转移性收入', kids: parts.map(([n, v]) => ({ name: n, bud: v, exe: Math.round(v * (0.95 + rnd() * 0.1)), prev: Math.round(v * (0.8 + rnd() * 0.3)) })) };
    ['bud', 'exe', 'prev'].forEach((k) => { tr[k] = tr.kids.reduce((a, x) => a + x[k], 0); });
    emitNode(tr, opt.mark === 'num' ? 1 : 0, 1);
    tr.kids.forEach((k, i) => emitNode(k, opt.mark === 'num' ? 2 : 1, i));
    const tot = { name: '收入总计', kids: [1] };
    ['bud', 'exe', 'prev'].forEach((k) => { tot[k] = root[k] + tr[k]; });
    emitNode(tot, 0, 0);
  }
  if (rnd() < 0.5) rows.push([C('注：本表数据为快报数，最终以决算为准。')]);
  return { file: `exec-${opt.kind}`, sheets: [{ name: opt.kind === 'rev' ? '收入执行' : '支出执行', rows, merges, plants }] };
}

// ---------- function-class code table ----------
const CODES = [
  ['201', '一般公共服务支出'], ['20101', '人大事务'], ['2010101', '行政运行'], ['2010102', '一般行政管理事务'], ['2010108', '代表工作'],
  ['20103', '政府办公厅（室）及相关机构事务'], ['2010301', '行政运行'], ['2010350', '事业运行'],
  ['205', '教育支出'], ['20502', '普通教育'], ['2050201', '学前教育'], ['2050202', '小学教育'], ['2050203', '初中教育'],
  ['208', '社会保障和就业支出'], ['20805', '行政事业单位养老支出'], ['2080505', '机关事业单位基本养老保险缴费支出'], ['2080506', '机关事业单位职业年金缴费支出'],
  ['210', '卫生健康支出'], ['21011', '行政事业单位医疗'], ['2101101', '行政单位医疗'], ['2101102', '事业单位医疗'],
  ['221', '住房保障支出'], ['22102', '住房改革支出'], ['2210201', '住房公积金'], ['2210202', '提租补贴'],
];
function codeTable(opt) {
  // opt: codeStyle 'one'|'three' (类/款/项), codeAsNum, totalPos, unit '万元'|'元', cols 'bp'|'only'
  const rows = []; const merges = []; const plants = [];
  const dept = pick(['县农业农村局', '市教育局', '区卫生健康委员会', '县财政局', '县委组织部', '市自然资源局']);
  const codes = CODES.filter(() => true);
  // choose subset of top classes
  const classes = shuffle(['201', '205', '208', '210', '221']).slice(0, ri(3, 5)).sort();
  const sel = codes.filter(([c]) => classes.includes(c.slice(0, 3)));
  // leaves: 7-digit codes
  const val = {};
  const unitYuan = opt.unit === '元';
  for (const [c] of sel) if (c.length === 7) {
    const b = unitYuan ? ri(1000000, 90000000) : ri(500, 90000); // yuan-cents or hundredths 万元
    const p = opt.cols === 'bp' ? (rnd() < 0.3 ? 0 : ri(0, b)) : 0;
    val[c] = { tot: b, basic: b - p, proj: p };
  }
  for (const [c] of sel) if (c.length < 7) {
    const ks = Object.keys(val).filter((k) => k.length === 7 && k.startsWith(c));
    val[c] = { tot: 0, basic: 0, proj: 0 };
    for (const k of ks) { val[c].tot += val[k].tot; val[c].basic += val[k].basic; val[c].proj += val[k].proj; }
  }
  const grand = { tot: 0, basic: 0, proj: 0 };
  for (const c of classes) { grand.tot += val[c].tot; grand.basic += val[c].basic; grand.proj += val[c].proj; }
  const title = `${dept}${pick([2024, 2025])}年一般公共预算支出${opt.kind === 'final' ? '决算' : '预算'}表`;
  const ncodes = opt.codeStyle === 'three' ? 3 : 1;
  const ncol = ncodes + 1 + (opt.cols === 'bp' ? 3 : 1);
  rows.push([C(title, { bold: true })]); merges.push(`A1:${String.fromCharCode(64 + ncol)}1`);
  rows.push([C(`单位：${opt.unit}`)]);
  const amtHdr = opt.cols === 'bp' ? [C('合计'), C('基本支出'), C('项目支出')] : [C(opt.kind === 'final' ? '决算数' : '预算数')];
  if (opt.codeStyle === 'three') {
    rows.push([C('科目编码'), C(''), C(''), C('科目名称'), ...amtHdr]);
    rows.push([C('类'), C('款'), C('项'), C(''), ...amtHdr.map(() => C(''))]);
    merges.push('A3:C3', 'D3:D4');
    amtHdr.forEach((_, i) => merges.push(`${String.fromCharCode(69 + i)}3:${String.fromCharCode(69 + i)}4`));
  } else {
    rows.push([C('科目编码'), C('科目名称'), ...amtHdr]);
  }
  const mk = (v) => amt(v / 100);
  const emit = (codeCells, name, v, kindLabel) => {
    const r = [...codeCells, C(name), mk(v.tot)];
    if (opt.cols === 'bp') r.push(mk(v.basic), mk(v.proj));
    rows.push(r);
    const rr = rows.length - 1;
    plants.push({ r: rr, c: ncodes + 1, what: `${kindLabel} ${name} 合计` });
    if (opt.cols === 'bp') plants.push({ r: rr, c: ncodes + 2, what: `${kindLabel} ${name} 基本支出` });
  };
  const totCells = opt.codeStyle === 'three' ? [C('合计'), C(''), C('')] : [C('')];
  const totName = opt.codeStyle === 'three' ? '' : '合计';
  if (opt.totalPos === 'top') emit(totCells, totName, grand, 'grand');
  for (const [c, n] of sel) {
    let cc;
    const cv = opt.codeAsNum ? Number(c) : c;
    if (opt.codeStyle === 'three') cc = c.length === 3 ? [C(cv), C(''), C('')] : c.length === 5 ? [C(opt.codeAsNum ? Number(c.slice(0, 3)) : c.slice(0, 3)), C(c.slice(3, 5)), C('')] : [C(opt.codeAsNum ? Number(c.slice(0, 3)) : c.slice(0, 3)), C(c.slice(3, 5)), C(c.slice(5, 7))];
    else cc = [C(cv)];
    emit(cc, n, val[c], c.length === 7 ? 'item' : 'subtotal');
  }
  if (opt.totalPos === 'bottom') emit(totCells, totName, grand, 'grand');
  if (opt.codeStyle === 'three' && opt.totalPos !== 'none') { const rr = rows.findIndex((r) => r[0] && r[0].v === '合计'); merges.push(`A${rr + 1}:D${rr + 1}`); rows[rr][3] = C(''); }
  return { file: `code-${opt.codeStyle}`, sheets: [{ name: pick(['支出预算表', '表3', '一般公共预算支出表']), rows, merges, plants }] };
}

// ---------- 三公经费 ----------
function sangong(opt) {
  const rows = []; const merges = []; const plants = [];
  const dept = pick(['县人民政府办公室', '市商务局', '县教育体育局', '区市场监督管理局', '县委办公室']);
  const unitYuan = opt.unit === '元';
  const m = unitYuan ? 100 : 1; // store hundredths of unit
  const mk = () => ({ abroad: rnd() < 0.5 ? 0 : ri(100, 3000) * m * (unitYuan ? 100 : 1), buy: rnd() < 0.6 ? 0 : ri(500, 3000) * m * (unitYuan ? 100 : 1), run: ri(200, 5000) * m * (unitYuan ? 100 : 1), recv: ri(50, 2000) * m * (unitYuan ? 100 : 1) });
  const y1 = mk(); const y2 = mk();
  const years = pick([[2023, 2024], [2024, 2025]]);
  for (const y of [y1, y2]) { y.car = y.buy + y.run; y.tot = y.abroad + y.car + y.recv; }
  const v = (x) => (opt.zeroDash && x === 0 ? C('—') : amt(x / 100));
  rows.push([C(`${dept}${years[1]}年“三公”经费${opt.kind}情况表`, { bold: true })]);
  rows.push([C(`单位：${opt.unit}`)]);
  if (opt.layout === 'rows') {
    merges.push('A1:E1');
    rows.push([C('项目'), C(`${years[0]}年${opt.kind}数`), C(`${years[1]}年${opt.kind}数`), ...(opt.simple ? [] : [C('增减额'), C(opt.pctStyle === 'frac' ? '增减率' : '增减率（%）')])]);
    const items = [['合计', 'tot', 0], ['因公出国（境）费', 'abroad', 1], ['公务用车购置及运行费', 'car', 1], ['其中：公务用车购置费', 'buy', 2], ['公务用车运行费', 'run', 2], ['公务接待费', 'recv', 1]];
    let n = 0;
    for (const [nm, k, lvl] of items) {
      let name = nm;
      if (opt.mark === 'num' && lvl === 1) name = `${++n}.${nm}`;
      if (opt.mark === 'fw') name = FW.repeat(lvl * 2) + nm;
      if (opt.mark === 'num' && lvl === 2) name = FW.repeat(2) + nm;
      const cell = opt.mark === 'indent' ? C(nm, { indent: lvl }) : C(name);
      const a = y1[k], b = y2[k];
      rows.push(opt.simple ? [cell, v(a), v(b)] : [cell, v(a), v(b), amt((b - a) / 100), growCell(b, a, opt.pctStyle)]);
      const rr = rows.length - 1;
      plants.push({ r: rr, c: 2, what: `${nm} ${years[1]}` });
      if (!opt.simple) plants.push({ r: rr, c: 3, what: `${nm} 增减额` });
      if (a && !opt.simple) plants.push({ r: rr, c: 4, what: `${nm} 增减率`, rate: true });
    }
  } else {
    merges.push('A1:H1');
    rows.push([C('年度'), C('合计'), C('因公出国（境）费'), C('公务用车购置及运行费'), C(''), C(''), C('公务接待费')]);
    rows.push([C(''), C(''), C(''), C('小计'), C('公务用车购置费'), C('公务用车运行费'), C('')]);
    merges.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4');
    const line = (lab, y) => [C(lab), v(y.tot), v(y.abroad), v(y.car), v(y.buy), v(y.run), v(y.recv)];
    rows.push(line(`${years[0]}年${opt.kind}数`, y1));
    rows.push(line(`${years[1]}年${opt.kind}数`, y2));
    const d = {}; for (const k of Object.keys(y1)) d[k] = y2[k] - y1[k];
    rows.push([C('增减额'), ...['tot', 'abroad', 'car', 'buy', 'run', 'recv'].map((k) => amt(d[k] / 100))]);
    for (let c = 1; c <= 6; c++) plants.push({ r: 5, c, what: `${years[1]} col ${c}` });
    plants.push({ r: 6, c: 1, what: '增减额 合计' });
  }
  rows.push([C(opt.kind === '决算' ? '注：“三公”经费决算数较上年减少，主要是严格落实过紧日子要求。' : '注：因公出国（境）费无安排的填0。')]);
  return { file: `sangong-${opt.layout}`, sheets: [{ name: '三公经费', rows, merges, plants }] };
}

// ---------- 党费收缴使用 ----------
const BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休干部党支部', '财政所党支部', '税务分局党支部', '中心学校党支部', '卫生院党支部', '东村党支部', '西村党支部', '南岭村党支部', '北坡村党支部', '社区党总支', '企业联合党支部', '非公企业党支部'];
function partyDues(opt) {
  const rows = []; const merges = []; const plants = [];
  const n = ri(5, 12);
  const br = shuffle(BRANCHES).slice(0, n);
  const cols = opt.withUp ? ['党组织名称', '党员人数', '上年结余', '本年收缴', '上级下拨', '本年使用', '年末结余'] : ['党组织名称', '党员人数', '上年结余', '本年收缴', '本年使用', '年末结余'];
  rows.push([C(`中共${pick(COUNTIES)}委员会${pick([2023, 2024])}年度党费收缴使用情况表`, { bold: true })]);
  merges.push(`A1:${String.fromCharCode(64 + cols.length)}1`);
  rows.push([C(`单位：${opt.unit}`), ...Array(cols.length - 2).fill(C('')), C(`填报日期：${pick([2024, 2025])}年1月${ri(5, 28)}日`)]);
  rows.push(cols.map((x) => C(x)));
  const tot = new Array(cols.length).fill(0);
  const mul = opt.unit === '元' ? 1 : 0.0001;
  const data = br.map((b) => {
    const mem = ri(8, 120);
    const prev = ri(0, 500000); const col = mem * ri(1500, 30000); const up = opt.withUp ? (rnd() < 0.5 ? 0 : ri(50000, 500000)) : 0;
    const use = ri(0, prev + col + up);
    const end = prev + col + up - use;
    return opt.withUp ? [mem, prev, col, up, use, end] : [mem, prev, col, use, end];
  });
  const fmtv = (x, i) => (i === 0 ? C(x, { fmt: '0' }) : opt.unit === '元' ? amt(x / 100) : amt(r2(x / 100 * mul)));
  // if 万元, totals: sum of displayed? use raw then round (may be off by 0.01)
  data.forEach((d, k) => {
    rows.push([C(br[k]), ...d.map(fmtv)]);
    const rr = rows.length - 1;
    if (k === 1) plants.push({ r: rr, c: cols.length - 1, what: `年末结余 ${br[k]}` }, { r: rr, c: 3, what: `本年收缴 ${br[k]}` });
    d.forEach((x, i) => { tot[i] += x; });
  });
  const totRow = [C('合计'), ...tot.slice(0, cols.length - 1).map(fmtv)];
  if (opt.totalPos === 'top') { plants.forEach((p) => { p.r += 1; }); rows.splice(3, 0, totRow); } else rows.push(totRow);
  const tr = opt.totalPos === 'top' ? 3 : rows.length - 1;
  plants.push({ r: tr, c: 2, what: '合计 上年结余' }, { r: tr, c: 1, what: '合计 党员人数' });
  
  rows.push([C('填表人：'), C(''), C('审核人：')]);
  return { file: 'dangfei', sheets: [{ name: '党费', rows, merges, plants }] };
}

// ---------- 党组织工作经费 per town ----------
const TOWNS = ['城关镇', '河口镇', '石桥镇', '柳林乡', '高坪乡', '新华街道', '东城街道', '马集镇', '王庄乡', '青龙镇', '黄土岭乡', '双河镇'];
function partyFunds(opt) {
  const rows = []; const merges = []; const plants = [];
  const towns = shuffle(TOWNS).slice(0, ri(6, 11));
  rows.push([C(`${pick(COUNTIES)}${pick([2024, 2025])}年村（社区）党组织工作经费保障情况表`, { bold: true })]);
  merges.push('A1:G1');
  rows.push([C('单位：个、万元')]);
  rows.push([C('序号'), C('乡镇（街道）'), C('村（社区）党组织数'), C('县级财政安排'), C('乡镇配套'), C('经费合计'), C('村均经费')]);
  const tot = [0, 0, 0, 0];
  towns.forEach((t, i) => {
    const n = ri(8, 35); const per = pick([6, 8, 10]);
    const county = n * per * 100; const town = ri(0, 3000) * 10 * (rnd() < 0.3 ? 0 : 1);
    const sum = county + town;
    rows.push([C(i + 1), C(t), C(n, { fmt: '0' }), amt(county / 100), amt(town / 100), amt(sum / 100), amt(r2(sum / 100 / n))]);
    tot[0] += n; tot[1] += county; tot[2] += town; tot[3] += sum;
    if (i === 2) plants.push({ r: rows.length - 1, c: 5, what: `经费合计 ${t}` }, { r: rows.length - 1, c: 2, what: `党组织数 ${t}` });
  });
  rows.push([C('合计'), C(''), C(tot[0], { fmt: '0' }), amt(tot[1] / 100), amt(tot[2] / 100), amt(tot[3] / 100), amt(r2(tot[3] / 100 / tot[0]))]);
  merges.push(`A${rows.length}:B${rows.length}`);
  plants.push({ r: rows.length - 1, c: 3, what: '合计 县级财政安排' }, { r: rows.length - 1, c: 6, what: '合计 村均经费', rate: true });
  return { file: 'dzzjf', sheets: [{ name: '工作经费', rows, merges, plants }] };
}

// ---------- 部门收支总表 (two-sided) ----------
function deptSummary(opt) {
  const rows = []; const merges = []; const plants = [];
  const dept = pick(['县水利局', '市文化广电和旅游局', '县司法局', '区民政局', '县委组织部']);
  const inc = [['一般公共预算拨款收入', ri(50000, 900000)], ['政府性基金预算拨款收入', rnd() < 0.5 ? 0 : ri(1000, 90000)], ['国有资本经营预算拨款收入', 0], ['事业收入', rnd() < 0.5 ? 0 : ri(1000, 50000)], ['其他收入', ri(0, 9000)]];
  const incTot = inc.reduce((a, x) => a + x[1], 0);
  const carry = ri(0, 60000);
  const grand = incTot + carry;
  const expNames = shuffle(EXP.slice(0, 12)).slice(0, ri(4, 7)).sort((a, b) => EXP.indexOf(a) - EXP.indexOf(b));
  const endCarry = ri(0, carry);
  const expTot = grand - endCarry;
  const ex = split(expTot, expNames.length);
  rows.push([C(`${dept}${pick([2024, 2025])}年部门收支总表`, { bold: true })]); merges.push('A1:D1');
  rows.push([C('单位：万元')]);
  rows.push([C('收入'), C(''), C('支出'), C('')]); merges.push('A3:B3', 'C3:D3');
  rows.push([C('项目'), C('预算数'), C('项目'), C('预算数')]);
  const L = Math.max(inc.length, expNames.length);
  for (let i = 0; i < L; i++) {
    const a = i < inc.length ? [C(`${CN[i]}、${inc[i][0]}`), amt(inc[i][1] / 100)] : [C(''), C('')];
    const b = i < expNames.length ? [C(`${CN[i]}、${expNames[i]}`), amt(ex[i] / 100)] : [C(''), C('')];
    rows.push([...a, ...b]);
    if (i === 0) plants.push({ r: rows.length - 1, c: 1, what: 'income item 1' }, { r: rows.length - 1, c: 3, what: 'expense item 1' });
  }
  rows.push([C('本年收入合计'), amt(incTot / 100), C('本年支出合计'), amt(expTot / 100)]);
  plants.push({ r: rows.length - 1, c: 1, what: '本年收入合计' }, { r: rows.length - 1, c: 3, what: '本年支出合计' });
  rows.push([C('上年结转结余'), amt(carry / 100), C('年末结转结余'), amt(endCarry / 100)]);
  rows.push([C('收入总计'), amt(grand / 100), C('支出总计'), amt(grand / 100)]);
  plants.push({ r: rows.length - 1, c: 3, what: '支出总计' });
  return { file: 'szzb', sheets: [{ name: '收支总表', rows, merges, plants }] };
}

// ---------- 预算调整表: 年初预算 | 调整预算 | 调整数 (neg) | 决算数 | 决算为调整预算% ----------
function adjTable(opt) {
  const rows = []; const merges = []; const plants = [];
  const names = shuffle(EXP).slice(0, ri(6, 12)).sort((a, b) => EXP.indexOf(a) - EXP.indexOf(b));
  rows.push([C(`${pick(COUNTIES)}${pick([2023, 2024])}年一般公共预算支出决算表`, { bold: true })]); merges.push('A1:F1');
  rows.push([C(''), C(''), C(''), C(''), C(''), C('单位：万元')]);
  rows.push([C('项目'), C('年初预算数'), C('调整预算数'), C('调整数'), C('决算数'), C('决算数为调整预算数的%')]);
  const t = [0, 0, 0];
  const body = names.map((n) => { const a = ri(1000, 90000); const b = Math.round(a * (0.8 + rnd() * 0.4)); const d = Math.round(b * (0.9 + rnd() * 0.12)); t[0] += a; t[1] += b; t[2] += d; return [n, a, b, d]; });
  const mkrow = (n, a, b, d) => [C(n), amt(a / 100), amt(b / 100), amt((b - a) / 100), amt(d / 100), pctCell(d, b, opt.pctStyle)];
  if (opt.totalPos === 'top') rows.push(mkrow('支出合计', ...t));
  body.forEach((x, i) => { rows.push(mkrow(opt.mark === 'num' ? `${CN[i]}、${x[0]}` : x[0], x[1], x[2], x[3])); if (i === 1) plants.push({ r: rows.length - 1, c: 3, what: `调整数 ${x[0]}` }, { r: rows.length - 1, c: 4, what: `决算数 ${x[0]}` }); });
  if (opt.totalPos !== 'top') rows.push(mkrow('支出合计', ...t));
  const tr = opt.totalPos === 'top' ? 3 : rows.length - 1;
  plants.push({ r: tr, c: 2, what: '合计 调整预算数' }, { r: tr, c: 5, what: '合计 决算%', rate: true });
  return { file: 'adjust', sheets: [{ name: '决算表', rows, merges, plants }] };
}

// ---------- 政府性基金 execution with '—' ----------
function fundTable(opt) {
  const rows = []; const merges = []; const plants = [];
  const items = [['国有土地使用权出让收入', true], ['城市基础设施配套费收入', true], ['污水处理费收入', true], ['彩票公益金收入', false], ['专项债券对应项目专项收入', false]];
  rows.push([C(`${pick(COUNTIES)}${pick([2024, 2025])}年政府性基金预算收入执行情况表`, { bold: true })]); merges.push('A1:E1');
  rows.push([C('单位：万元')]);
  rows.push([C('项目'), C('预算数'), C('执行数'), C('完成预算（%）'), C('比上年增长（%）')]);
  let tb = 0, te = 0, tp = 0;
  const body = items.map(([n, hasBud]) => { const b = hasBud ? ri(5000, 500000) : 0; const e = hasBud ? Math.round(b * (0.5 + rnd() * 0.7)) : ri(100, 9000); const p = rnd() < 0.2 ? 0 : Math.round(e * (0.6 + rnd() * 0.8)); tb += b; te += e; tp += p; return [n, b, e, p]; });
  const mk = (n, b, e, p) => [C(n), b ? amt(b / 100) : C('—'), amt(e / 100), b ? pctCell(e, b) : C('—'), growCell(e, p)];
  rows.push(mk('政府性基金预算收入', tb, te, tp));
  plants.push({ r: rows.length - 1, c: 2, what: '基金收入合计 执行数' });
  body.forEach((x, i) => { rows.push(mk(FW + FW + x[0], x[1], x[2], x[3])); if (i === 0) plants.push({ r: rows.length - 1, c: 1, what: `预算数 ${x[0]}` }, { r: rows.length - 1, c: 3, what: `完成% ${x[0]}`, rate: true }); });
  rows.push([C('说明：1.上年无此项收入的，增长率以“—”表示。')]);
  return { file: 'fund', sheets: [{ name: '基金收入', rows, merges, plants }] };
}

// ---------- 其中 rows: 支出 with 其中 breakdown (partial) ----------
function qizhongTable(opt) {
  const rows = []; const merges = []; const plants = [];
  rows.push([C(`${pick(COUNTIES)}${pick([2024, 2025])}年民生支出情况表`, { bold: true })]); merges.push('A1:D1');
  rows.push([C('单位：万元')]);
  rows.push([C('项目'), C('本年数'), C('上年数'), C('增减额')]);
  const names = shuffle(['教育支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出', '农林水支出']).slice(0, 4);
  const body = [];
  let tc = 0, tp = 0;
  for (const n of names) {
    const c = ri(10000, 500000), p = ri(10000, 500000); tc += c; tp += p;
    body.push([n, c, p, 0]);
    // 其中 one or two subitems that do NOT sum to parent
    const k = ri(1, 2);
    const subs = { '教育支出': ['义务教育', '学前教育'], '社会保障和就业支出': ['城乡居民养老保险补助', '最低生活保障'], '卫生健康支出': ['基本公共卫生服务', '医疗救助'], '住房保障支出': ['保障性安居工程', '住房公积金'], '农林水支出': ['农业农村', '水利'] }[n];
    for (let j = 0; j < k; j++) { const sc = Math.round(c * (0.1 + rnd() * 0.3)); const sp = Math.round(p * (0.1 + rnd() * 0.3)); body.push([(j === 0 ? '其中：' : FW + FW + FW) + subs[j], sc, sp, 1]); }
  }
  rows.push([C('民生支出合计'), amt(tc / 100), amt(tp / 100), amt((tc - tp) / 100)]);
  plants.push({ r: rows.length - 1, c: 1, what: '民生支出合计 本年' });
  body.forEach(([n, c, p, sub], i) => { rows.push([C(sub ? n : `${CN[body.slice(0, i + 1).filter((b) => !b[3]).length - 1]}、${n}`), amt(c / 100), amt(p / 100), amt((c - p) / 100)]); if (i === 0) plants.push({ r: rows.length - 1, c: 3, what: `增减额 ${n}` }); });
  return { file: 'qizhong', sheets: [{ name: '民生支出', rows, merges, plants }] };
}

// ---------- write ----------
async function write(model, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of model.sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.rows.forEach((r, i) => r.forEach((cell, j) => {
      if (!cell || cell.v === '' || cell.v == null) return;
      const c = ws.getCell(i + 1, j + 1);
      c.value = cell.v;
      if (cell.fmt) c.numFmt = cell.fmt;
      if (cell.indent) c.alignment = { indent: cell.indent };
      if (cell.bold) c.font = { bold: true };
    }));
    for (const m of sh.merges) { try { ws.mergeCells(m); } catch (e) { /* ignore overlap */ } }
    ws.getColumn(1).width = 36;
  }
  await wb.xlsx.writeFile(file);
}
function addr(r, c) { return String.fromCharCode(65 + c) + (r + 1); }

(async () => {
  const models = [];
  const marks = ['indent', 'fw', 'num', 'plain'];
  for (let i = 0; i < 12; i++) models.push(execTable({ kind: i % 3 === 2 ? 'exp' : 'rev', mark: marks[i % 4], pctStyle: i % 5 === 3 ? 'frac' : 'num', totalPos: i % 4 === 1 ? 'bottom' : 'top', withPrev: i % 3 !== 1, withTransfer: i % 4 === 0 }));
  for (let i = 0; i < 6; i++) models.push(execTable({ kind: i % 2 ? 'exp' : 'rev', mark: marks[i % 4], pctStyle: 'num', totalPos: i % 3 === 2 ? 'bottom' : 'top', withPrev: true, withTransfer: i === 0, raw: true, share: i % 2 === 1 }));
  for (let i = 0; i < 8; i++) models.push(codeTable({ codeStyle: i % 2 ? 'three' : 'one', codeAsNum: i % 4 === 2, totalPos: i % 3 === 0 ? 'bottom' : 'top', unit: i % 3 === 1 ? '元' : '万元', cols: i % 4 === 3 ? 'only' : 'bp', kind: i % 2 ? 'final' : 'budget' }));
  for (let i = 0; i < 8; i++) models.push(sangong({ layout: i % 3 === 2 ? 'cols' : 'rows', unit: i % 2 ? '元' : '万元', kind: i % 2 ? '决算' : '预算', pctStyle: i % 4 === 1 ? 'frac' : 'num', mark: marks[i % 4], zeroDash: i % 3 === 0 }));
  for (let i = 0; i < 4; i++) models.push(sangong({ layout: 'rows', simple: true, unit: i % 2 ? '元' : '万元', kind: '预算', pctStyle: 'num', mark: ['plain', 'fw', 'plain', 'indent'][i], zeroDash: i === 2 }));
  for (let i = 0; i < 6; i++) models.push(partyDues({ withUp: i % 2 === 0, unit: i % 3 === 2 ? '万元' : '元', totalPos: i % 3 === 1 ? 'top' : 'bottom' }));
  for (let i = 0; i < 4; i++) models.push(partyFunds({}));
  for (let i = 0; i < 4; i++) models.push(deptSummary({}));
  for (let i = 0; i < 4; i++) models.push(adjTable({ pctStyle: i % 2 ? 'frac' : 'num', totalPos: i % 2 ? 'top' : 'bottom', mark: i % 3 === 0 ? 'num' : 'plain' }));
  for (let i = 0; i < 3; i++) models.push(fundTable({}));
  for (let i = 0; i < 3; i++) models.push(qizhongTable({}));
  const manifest = [];
  for (let i = 0; i < models.length; i++) {
    const m = models[i];
    const name = `${String(i + 1).padStart(2, '0')}-${m.file}.xlsx`;
    await write(m, path.join(OUT, 'clean', name));
    if (i % 5 < 3 || i >= models.length - 3) {
      // planted twin: change exactly one figure
      const sh = m.sheets[0];
      const cands = sh.plants.filter((p) => sh.rows[p.r] && sh.rows[p.r][p.c] && typeof sh.rows[p.r][p.c].v === 'number');
      if (!cands.length) continue;
      const p = cands[i % cands.length];
      const cell = sh.rows[p.r][p.c];
      const old = cell.v;
      let nv;
      if (p.rate) nv = cell.fmt === '0.0%' ? Math.round((old + 0.083) * 1000) / 1000 : r1(old + 8.3);
      else if (Number.isInteger(old) && cell.fmt === '0') nv = old + ri(3, 9);
      else nv = r2(old + pick([1, -1]) * (Math.abs(old) > 1000 ? pick([100, 250.5, 12.3]) : pick([10, 5.5, 1.2])));
      const model2 = JSON.parse(JSON.stringify(m));
      model2.sheets[0].rows[p.r][p.c].v = nv;
      const pname = name.replace('.xlsx', '-planted.xlsx');
      await write(model2, path.join(OUT, 'planted', pname));
      manifest.push({ file: 'planted/' + pname, clean: 'clean/' + name, sheet: sh.name, cell: addr(p.r, p.c), old, new: nv, what: p.what });
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('models', models.length, 'planted', manifest.length);
})();
