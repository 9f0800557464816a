// Copies clean workbooks to planted/ with ONE changed figure each; writes manifest.json.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const DIR = __dirname, CLEAN = path.join(DIR, 'clean'), OUT = path.join(DIR, 'planted');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));
const META = JSON.parse(fs.readFileSync(path.join(DIR, 'meta.json'), 'utf8'));

function swapDigits(v) { // swap two adjacent distinct digits in the integer part
  const s = String(v); const [ip, dp] = s.split('.');
  for (let i = 1; i < ip.length - 1; i++) if (ip[i] !== ip[i + 1]) { const a = ip.split(''); [a[i], a[i + 1]] = [a[i + 1], a[i]]; return Number(a.join('') + (dp ? '.' + dp : '')); }
  return v + 10;
}
const ops = {
  add: d => v => Math.round((v + d) * 100) / 100,
  mul: m => v => Math.round(v * m),
  swap: () => swapDigits,
};
// file -> [kind, nth occurrence of that kind, op, description]
const PLAN = {
  'A01_全体居民收支.xlsx': ['part', 1, ops.add(230), 'income source off'],
  'A02_城镇居民收支.xlsx': ['growth', 3, ops.add(2.4), 'growth wrong'],
  'A03_农村居民收支.xlsx': ['rate', 0, ops.add(3.1), 'Engel wrong'],
  'A04_收支_四舍五入.xlsx': ['part', 7, ops.add(-150), 'consumption category off'],
  'A05_收支_无标题.xlsx': ['total', 0, ops.swap(), 'digit swap in income total'],
  'A06_收支_其中.xlsx': ['part', 5, ops.swap(), 'digit swap in prev-year source'],
  'A07_农村_四舍五入.xlsx': ['growth', 0, ops.add(-1.5), 'total growth wrong'],
  'B01_城乡收支.xlsx': ['part', 3, ops.add(400), 'urban wage income off'],
  'B02_城乡收支_缩进.xlsx': ['rate', 2, ops.add(-4.0), 'rural Engel wrong'],
  'B03_城乡收支_其中.xlsx': ['ratio', 0, ops.add(0.35), 'urban-rural ratio wrong'],
  'C02_分县收入_两年.xlsx': ['growth', 4, ops.add(3.0), 'county growth wrong'],
  'C04_分县收入_无农村.xlsx': ['cty', 6, ops.add(1200), 'county income changed (growth contradicts)'],
  'D01_人口构成.xlsx': ['popcount', 4, ops.add(25000), 'age group count changed'],
  'D02_人口构成_万人.xlsx': ['share', 3, ops.add(1.5), 'share wrong'],
  'D03_人口构成_分组.xlsx': ['sub', 0, ops.mul(1.6), '其中65+ larger than 60+'],
  'D04_人口构成_比率.xlsx': ['popcount', 0, ops.swap(), 'digit swap urban count'],
  'E01_分县年龄.xlsx': ['popcount', 9, ops.add(3000), 'county age group count'],
  'E02_分县年龄.xlsx': ['share', 10, ops.add(2.0), 'county share wrong'],
  'F01_户数人口.xlsx': ['sexratio', 3, ops.add(4.0), 'sex ratio wrong'],
  'F02_户数人口_合计在后.xlsx': ['avg', 2, ops.add(0.3), 'household size wrong'],
  'F03_户数人口.xlsx': ['popcount', 5, ops.add(5000), 'male count changed'],
  'G01_历年收支.xlsx': ['part', 14, ops.add(300), 'series year source off'],
  'G02_历年农村收支.xlsx': ['food', 3, ops.add(500), 'food changed (Engel contradicts)'],
  'H01_城乡收入比.xlsx': ['growth', 5, ops.add(1.8), 'series growth wrong'],
  'J01_消费构成.xlsx': ['share', 2, ops.add(2.0), 'composition share wrong'],
  'J02_消费构成_缩进.xlsx': ['part', 6, ops.swap(), 'digit swap consumption category'],
  'K01_五等份.xlsx': ['growth', 3, ops.add(2.0), 'quintile growth wrong'],
  'L01_年龄构成变化.xlsx': ['ppchange', 1, ops.add(1.0), 'pp change wrong'],
  'M01_收入来源.xlsx': ['part', 6, ops.add(-500), 'rural wage income off'],
  'M02_收入来源.xlsx': ['share', 5, ops.add(3.0), 'source share wrong'],
  'N01_名义实际增长.xlsx': ['diff', 4, ops.add(100), '增减额 wrong'],
  'O01_年龄结构_井号.xlsx': ['popcount', 1, ops.add(40000), '15-59 count changed'],
  'O02_年龄结构_缩进.xlsx': ['rate', 2, ops.add(5.0), 'dependency ratio wrong'],
  'P01_主要指标和分县.xlsx': ['rate', 4, ops.add(3.0), 'county urbanisation rate wrong'],
  'Q01_历年横排.xlsx': ['growthrow', 2, ops.add(2.0), 'growth row wrong'],
  'R01_调查户基本情况.xlsx': ['avg', 2, ops.add(0.4), 'rural household size wrong'],
  'S01_人口变动.xlsx': ['growth', 6, ops.add(1.5), 'pop growth wrong'],
};
(async () => {
  const man = [];
  for (const [file, [kind, nth, op, desc]] of Object.entries(PLAN)) {
    const cands = (META[file] || []).filter(m => m.kind === kind);
    const m = cands[nth % cands.length];
    if (!m) { console.error('no cand', file, kind); continue; }
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(CLEAN, file));
    const cell = wb.getWorksheet(m.sheet).getCell(m.cell);
    const orig = cell.value, planted = op(orig);
    cell.value = planted;
    await wb.xlsx.writeFile(path.join(OUT, file));
    man.push({ file, sheet: m.sheet, cell: m.cell, original: orig, planted, kind: desc });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log('planted', man.length);
})();
