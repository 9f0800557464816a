// Generator for round40-a: climate / price-index tables in Chinese yearbook layouts.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes clean/, planted/ and manifest.json under the folder given (default /tmp/round40-a); the corpus keeps the clean
// files that statlint checks.
const OUT = process.argv[2] || '/tmp/round40-a';
fs.mkdirSync(OUT + '/clean', { recursive: true });
fs.mkdirSync(OUT + '/planted', { recursive: true });

// ---------- helpers ----------
let seed = 40401;
function rand() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rand() * (b - a + 1)); }
function pick(a) { return a[Math.floor(rand() * a.length)]; }
function rnd(x, d) { const f = 10 ** d; return Math.sign(x) * Math.round(Math.abs(x) * f + 1e-7) / f; }
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
const MONTHS_EN = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];
const STATIONS = [
  ['哈尔滨', 5.0, 21], ['长春', 6.4, 20], ['沈阳', 8.5, 19], ['北京', 13.1, 16], ['天津', 13.4, 15.5], ['石家庄', 14.5, 15],
  ['太原', 11.3, 15], ['呼和浩特', 7.6, 18], ['济南', 15.0, 14], ['郑州', 16.0, 13.5], ['西安', 15.2, 13], ['兰州', 10.8, 13],
  ['西宁', 6.9, 12], ['银川', 10.4, 15], ['乌鲁木齐', 8.0, 20], ['上海', 17.6, 12], ['南京', 16.7, 13], ['杭州', 17.8, 12.5],
  ['合肥', 17.0, 13], ['福州', 20.5, 9.5], ['南昌', 18.8, 12], ['武汉', 17.8, 13], ['长沙', 18.3, 12], ['广州', 22.8, 7.5],
  ['南宁', 22.4, 8], ['海口', 24.8, 5], ['重庆', 19.0, 10], ['成都', 17.0, 10], ['贵阳', 15.4, 9.5], ['昆明', 16.2, 5.5], ['拉萨', 9.3, 9],
];
function stations(n) { const a = STATIONS.slice(); const out = []; while (out.length < n) out.push(a.splice(Math.floor(rand() * a.length), 1)[0]); return out; }
// monthly temps in tenths (ints)
function tempTenths(st, offset = 0) {
  const [, mean, amp] = st; return MONTHS.map((_, i) => Math.round((mean + offset + amp * -Math.cos(2 * Math.PI * (i + 0.3) / 12) + (rand() - 0.5) * 1.6) * 10));
}
function precipTenths(annual) {
  const w = MONTHS.map((_, i) => Math.max(0.05, Math.exp(-((i - 6.2) ** 2) / 6)) * (0.6 + rand() * 0.8));
  const s = w.reduce((a, b) => a + b, 0); return w.map(x => Math.round(annual * x / s * 10));
}
const sumI = a => a.reduce((x, y) => x + y, 0);
const meanTenths = a => Math.round(sumI(a) / a.length); // ints in tenths -> rounded tenths (values positive/negative both fine; use away-from-zero)
function meanT(a) { const s = sumI(a); return Math.sign(s) * Math.round(Math.abs(s) / a.length); }
const t10 = x => x / 10;

// ---------- sheet writer ----------
// sheet spec: {name, title, unit, head:[[...]], merges:[...] (relative, rows counted from header start), body:[[...]], dec:[per column decimals], notes:[], headFirstRow}
function layout(sp) {
  const rows = []; let r = 1; const info = {};
  if (sp.title) { rows.push({ r, vals: [sp.title] }); info.titleRow = r; r++; }
  if (sp.subtitle) { rows.push({ r, vals: [sp.subtitle] }); r++; }
  if (sp.unit) { const ncol = sp.head[0].length; const v = []; v[sp.unitRight ? ncol - 1 : 0] = sp.unit; rows.push({ r, vals: v }); r++; }
  const headStart = r;
  for (const h of sp.head) { rows.push({ r, vals: h, head: true }); r++; }
  const bodyStart = r;
  sp.body.forEach((b, bi) => { rows.push({ r, vals: b, body: true, bi }); r++; });
  for (const n of sp.notes || []) { rows.push({ r, vals: [n] }); r++; }
  return { rows, headStart, bodyStart };
}
function addr(sp, bi, c) { const L = layout(sp); return colL(c) + (L.bodyStart + bi); }

async function writeXlsx(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sp of sheets) {
    const ws = wb.addWorksheet(sp.name);
    const L = layout(sp);
    const ncol = sp.head[0].length;
    for (const row of L.rows) {
      row.vals.forEach((v, c) => {
        if (v === undefined || v === null) return;
        const cell = ws.getCell(row.r, c + 1);
        cell.value = v;
        if (row.body && typeof v === 'number') {
          const d = sp.rowDec ? sp.rowDec[row.bi] : ((sp.dec || [])[c] ?? 0);
          cell.numFmt = d === 0 ? (sp.thousands ? '#,##0' : '0') : (sp.thousands ? '#,##0.' : '0.') + '0'.repeat(d);
        }
      });
    }
    if (sp.title) ws.mergeCells(1, 1, 1, ncol);
    for (const m of sp.merges || []) {
      const [a, b] = m; // [[r,c],[r,c]] relative to head start
      ws.mergeCells(L.headStart + a[0], a[1] + 1, L.headStart + b[0], b[1] + 1);
    }
    ws.getColumn(1).width = 18;
  }
  await wb.xlsx.writeFile(file);
}
function writeCsv(file, sp) {
  const L = layout(sp); const ncol = sp.head[0].length;
  const lines = L.rows.map(row => {
    const out = [];
    for (let c = 0; c < ncol; c++) {
      const v = row.vals[c];
      if (v === undefined || v === null) out.push('');
      else if (typeof v === 'number') { const d = sp.rowDec && row.body ? sp.rowDec[row.bi] : ((sp.dec || [])[c] ?? 0); out.push(row.body ? v.toFixed(d) : String(v)); }
      else out.push(/[,"]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
    }
    return out.join(',');
  });
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

// ---------- builders; each returns {sheets, plants:[{sheet, bi, c, nv, why}]} ----------
const FILES = [];
function add(name, fn, opts = {}) { FILES.push({ name, fn, ...opts }); }

// A. station x month, one element
function elementByStation(kind, o) {
  const sts = stations(o.n || 10);
  const first = !!o.annualFirst;
  const cfg = {
    temp: { title: '主要城市月平均气温', unit: '单位：℃', d: 1, agg: 'mean', en: 'Monthly Mean Temperature of Major Cities' },
    precip: { title: '主要城市月降水量', unit: '单位：毫米', d: 1, agg: 'sum', en: 'Monthly Precipitation of Major Cities' },
    sun: { title: '主要城市月日照时数', unit: '单位：小时', d: 1, agg: 'sum', en: 'Monthly Sunshine Hours of Major Cities' },
    hum: { title: '主要城市月平均相对湿度', unit: '单位：%', d: 0, agg: 'mean', en: 'Monthly Mean Relative Humidity of Major Cities' },
    tmax: { title: '主要城市月极端最高气温', unit: '单位：℃', d: 1, agg: 'max', en: 'Monthly Extreme Maximum Temperature' },
    tmin: { title: '主要城市月极端最低气温', unit: '单位：℃', d: 1, agg: 'min', en: 'Monthly Extreme Minimum Temperature' },
    rdays: { title: '主要城市月降水日数', unit: '单位：天', d: 0, agg: 'sum', en: 'Monthly Precipitation Days' },
  }[kind];
  const body = []; const plants = [];
  for (const st of sts) {
    let m, ann;
    if (kind === 'temp') { m = tempTenths(st); ann = meanT(m); m = m.map(t10); ann = t10(ann); }
    else if (kind === 'precip') { m = precipTenths(ri(300, 1900)); ann = t10(sumI(m)); m = m.map(t10); }
    else if (kind === 'sun') { m = MONTHS.map(() => ri(600, 2900)); ann = t10(sumI(m)); m = m.map(t10); }
    else if (kind === 'hum') { m = MONTHS.map(() => ri(35, 88)); ann = Math.round(sumI(m) / 12); }
    else if (kind === 'tmax') { m = tempTenths(st, 6).map(t10); ann = Math.max(...m); }
    else if (kind === 'tmin') { m = tempTenths(st, -8).map(t10); ann = Math.min(...m); }
    else if (kind === 'rdays') { m = MONTHS.map((_, i) => ri(2, 8 + Math.round(10 * Math.exp(-((i - 6) ** 2) / 8)))); ann = sumI(m); }
    body.push(first ? [st[0], ann, ...m] : [st[0], ...m, ann]);
  }
  const annC = first ? 1 : 13;
  const lblA = o.en ? '全年\nYear' : '全年';
  const head = [['城市' + (o.en ? '\nCity' : ''), ...(first ? [lblA] : []), ...MONTHS.map((mm, i) => o.en ? mm + '\n' + MONTHS_EN[i] : mm), ...(first ? [] : [lblA])]];
  const dec = [0, ...Array(13).fill(cfg.d)];
  const name = o.sheet || cfg.title.replace('主要城市', '');
  const bi = ri(0, body.length - 1);
  if (cfg.agg === 'sum') {
    const old = body[bi][annC];
    const nv = cfg.d ? rnd(old + pick([10, -10, 1, 100]), 1) : old + pick([1, -1, 10]);
    plants.push({ sheet: name, bi, c: annC, nv, why: `全年${cfg.agg} of months` });
  } else if (cfg.agg === 'max' || cfg.agg === 'min') {
    const old = body[bi][annC];
    plants.push({ sheet: name, bi, c: annC, nv: rnd(old + (cfg.agg === 'max' ? -3 : 3), 1), why: '全年 extreme not equal to monthly extreme (lower than the max month)' });
  } else {
    const old = body[bi][annC];
    plants.push({ sheet: name, bi, c: annC, nv: cfg.d ? rnd(old + 2, 1) : old + 5, why: '全年 mean of months off' });
  }
  return { sheets: [{ name, title: (o.no || '') + cfg.title + (o.en ? '\n' + cfg.en : ''), unit: cfg.unit, unitRight: o.unitRight, head, body, dec, notes: o.notes }], plants };
}

// B. one station, months x elements, with two-row header
function stationYear(o) {
  const st = stations(1)[0];
  const tm = tempTenths(st), tx = tm.map(t => t + ri(40, 70)), tn = tm.map(t => t - ri(40, 70));
  const ex = tx.map(t => t + ri(30, 90)), en = tn.map(t => t - ri(30, 90));
  const pr = precipTenths(ri(400, 1600)), sun = MONTHS.map(() => ri(800, 2700)), hum = MONTHS.map(() => ri(40, 85));
  const days = MONTHS.map(() => ri(3, 18));
  const body = MONTHS.map((m, i) => [o.en ? m + ' ' + MONTHS_EN[i] : m, t10(tm[i]), t10(tx[i]), t10(tn[i]), t10(ex[i]), t10(en[i]), t10(pr[i]), days[i], t10(sun[i]), hum[i]]);
  body.push([o.en ? '全年 Year' : '全年', t10(meanT(tm)), t10(meanT(tx)), t10(meanT(tn)), t10(Math.max(...ex)), t10(Math.min(...en)), t10(sumI(pr)), sumI(days), t10(sumI(sun)), Math.round(sumI(hum) / 12)]);
  const head = [
    ['月份', '气温(℃)', null, null, null, null, '降水', null, '日照时数\n(小时)', '平均相对\n湿度(%)'],
    [null, '平均', '平均最高', '平均最低', '极端最高', '极端最低', '降水量\n(毫米)', '降水日数\n(天)', null, null],
  ];
  const merges = [[[0, 0], [1, 0]], [[0, 1], [0, 5]], [[0, 6], [0, 7]], [[0, 8], [1, 8]], [[0, 9], [1, 9]]];
  const name = o.sheet || st[0];
  const plants = [
    { sheet: name, bi: 12, c: 6, nv: rnd(t10(sumI(pr)) + pick([10, -10, 100]), 1), why: '全年降水量 = sum of months' },
    { sheet: name, bi: 12, c: 7, nv: sumI(days) + pick([1, -1, 10]), why: '全年降水日数 = sum' },
    { sheet: name, bi: 12, c: 8, nv: rnd(t10(sumI(sun)) - 100, 1), why: '全年日照 = sum' },
    { sheet: name, bi: 12, c: 4, nv: rnd(t10(Math.max(...ex)) - 2, 1), why: '全年极端最高 < a month' },
  ];
  return { sheets: [{ name, title: `${st[0]}站${o.year || 2023}年气象要素` + (o.en ? '\nMeteorological Elements' : ''), head, merges, body, dec: [0, 1, 1, 1, 1, 1, 1, 0, 1, 0], notes: o.notes || ['注：全年气温为各月平均，极端气温为全年极值。'] }], plants: [pick(plants)] };
}

// C. elements x stations (no provable relations)
function annualElements(o) {
  const sts = stations(o.n || 8);
  const rows = [['年平均气温(℃)', 1], ['年极端最高气温(℃)', 1], ['年极端最低气温(℃)', 1], ['年降水量(毫米)', 1], ['年日照时数(小时)', 1], ['年平均相对湿度(%)', 0], ['无霜期(天)', 0], ['年降水日数(天)', 0]];
  const data = sts.map(st => { const tm = tempTenths(st); return [t10(meanT(tm)), t10(Math.max(...tm) + ri(60, 120)), t10(Math.min(...tm) - ri(60, 120)), t10(ri(3000, 19000)), t10(ri(12000, 28000)), ri(40, 82), ri(140, 365), ri(50, 170)]; });
  const body = rows.map(([l, d], k) => [l, ...data.map(x => x[k])]);
  return { sheets: [{ name: o.sheet || '气候概况', title: (o.no || '') + '主要城市气候概况', unit: o.year ? `（${o.year}年）` : null, head: [['项目', ...sts.map(s => s[0])]], body, dec: [0, ...sts.map(() => 1)], rowDec: rows.map(r => r[1]), notes: ['资料来源：省气象局。'] }], plants: [] };
}

// D. precipitation with 汛期 其中 and 距平百分率
function precipFlood(o) {
  const sts = stations(o.n || 9); const body = [];
  for (const st of sts) {
    const p = precipTenths(ri(350, 1800)); const tot = sumI(p); const fl = sumI(p.slice(5, 9));
    const norm = Math.round(tot * (0.75 + rand() * 0.5)); // tenths
    const pct = rnd((tot - norm) / norm * 100, 1);
    body.push([st[0], t10(tot), t10(p[5]), t10(p[6]), t10(p[7]), t10(p[8]), t10(fl), t10(norm), pct]);
  }
  const head = [['站点', '全年降水量', '汛期各月', null, null, null, '其中：汛期\n(6-9月)', '常年值', '距平百分率\n(%)'], [null, null, '6月', '7月', '8月', '9月', null, null, null]];
  const merges = [[[0, 0], [1, 0]], [[0, 1], [1, 1]], [[0, 2], [0, 5]], [[0, 6], [1, 6]], [[0, 7], [1, 7]], [[0, 8], [1, 8]]];
  const name = o.sheet || '降水'; const bi = ri(0, body.length - 1);
  const plants = o.plantPct
    ? [{ sheet: name, bi, c: 8, nv: rnd(body[bi][8] + 5, 1), why: '距平百分率 contradicts 全年 and 常年' }]
    : [{ sheet: name, bi, c: 6, nv: rnd(body[bi][6] + 10, 1), why: '汛期 = 6-9月 sum' }];
  return { sheets: [{ name, title: (o.no || '') + '各站降水量及距平', unit: '单位：毫米', head, merges, body, dec: [0, 1, 1, 1, 1, 1, 1, 1, 1], notes: ['注：常年值为1991—2020年平均值。距平百分率=(全年-常年值)/常年值×100%。'] }], plants };
}

// E. temperature anomaly
function tempAnomaly(o) {
  const sts = stations(o.n || 12); const body = [];
  for (const st of sts) { const a = Math.round(st[1] * 10) + ri(-5, 15); const n = Math.round(st[1] * 10) + ri(-8, 4); body.push([st[0], t10(a), t10(n), t10(a - n), t10(a + ri(-20, 20)), t10(a - (a + ri(-20, 20)))]); }
  // last two: 上年 and 比上年
  body.forEach(b => { b[5] = rnd(b[1] - b[4], 1); });
  const name = o.sheet || '气温距平'; const bi = ri(0, body.length - 1);
  return { sheets: [{ name, title: (o.no || '') + '主要城市年平均气温与常年比较', unit: '单位：℃', head: [['城市', '年平均气温', '常年值', '距平', '上年', '比上年增减']], body, dec: [0, 1, 1, 1, 1, 1], notes: ['注：距平=年平均气温-常年值。'] }],
    plants: [{ sheet: name, bi, c: 3, nv: rnd(body[bi][3] + 0.5, 1), why: '距平 = 平均 - 常年' }] };
}

// F. sunshine percentage
function sunshinePct(o) {
  const poss = [298, 301, 365, 389, 425, 428, 432, 413, 369, 343, 303, 291].map(x => x * 10 + ri(0, 9));
  const sun = poss.map(p => Math.round(p * (0.25 + rand() * 0.5)));
  const body = MONTHS.map((m, i) => [m, t10(sun[i]), t10(poss[i]), rnd(sun[i] / poss[i] * 100, 0)]);
  body.push(['全年', t10(sumI(sun)), t10(sumI(poss)), rnd(sumI(sun) / sumI(poss) * 100, 0)]);
  const name = o.sheet || '日照';
  const plants = o.plantRate ? [{ sheet: name, bi: 4, c: 3, nv: body[4][3] + 6, why: '日照百分率 = 日照/可照' }] : [{ sheet: name, bi: 12, c: 1, nv: rnd(body[12][1] + 100, 1), why: '全年日照 = sum' }];
  return { sheets: [{ name, title: (o.no || '') + '日照时数与日照百分率', head: [['月份', '日照时数(小时)', '可照时数(小时)', '日照百分率(%)']], body, dec: [0, 1, 1, 0] }], plants };
}

// G. station counts (additive)
function stationCounts(o) {
  const regs = ['市辖区', '甲县', '乙县', '丙县', '丁县', '戊县', '己市', '庚市', '辛县'].slice(0, o.n || 8);
  const body = regs.map(r => { const a = ri(0, 2), b = ri(0, 3), c = ri(1, 6); const auto = ri(20, 180); return [r, a + b + c, a, b, c, auto, a + b + c + auto]; });
  const tot = ['合计']; for (let c = 1; c <= 6; c++) tot.push(sumI(body.map(x => x[c])));
  const all = o.totalLast ? [...body, tot] : [tot, ...body];
  const head = [['地区', '国家级气象站', null, null, null, '区域自动\n气象站', '站点总数'], [null, '小计', '基准站', '基本站', '一般站', null, null]];
  const merges = [[[0, 0], [1, 0]], [[0, 1], [0, 4]], [[0, 5], [1, 5]], [[0, 6], [1, 6]]];
  const name = o.sheet || '气象站点'; const tbi = o.totalLast ? all.length - 1 : 0;
  const plants = [
    { sheet: name, bi: tbi, c: 5, nv: tot[5] + pick([10, -10, 1]), why: '合计 = sum of regions' },
    { sheet: name, bi: o.totalLast ? 2 : 3, c: 6, nv: all[o.totalLast ? 2 : 3][6] + 1, why: 'row 站点总数 = 小计+区域' },
  ];
  return { sheets: [{ name, title: (o.no || '') + '气象观测站点数', unit: '单位：个', unitRight: true, head, merges, body: all, dec: [0, 0, 0, 0, 0, 0, 0] }], plants: [pick(plants)] };
}

// H. CPI by category across years (上年=100), 其中 sub-items bigger than parent
const CPI_CATS = [
  ['居民消费价格总指数', 0], ['一、食品烟酒', 1], ['  其中：粮食', 2], ['        畜肉类', 2], ['          其中：猪肉', 3], ['        鲜菜', 2], ['        鲜果', 2],
  ['二、衣着', 1], ['三、居住', 1], ['四、生活用品及服务', 1], ['五、交通和通信', 1], ['  其中：交通工具用燃料', 2], ['六、教育文化和娱乐', 1], ['七、医疗保健', 1], ['八、其他用品和服务', 1],
];
function cpiIdx() { return rnd(100 + (rand() - 0.45) * (rand() < 0.2 ? 40 : 6), 1); }
function cpiByYear(o) {
  const years = o.years || [2019, 2020, 2021, 2022, 2023];
  const body = CPI_CATS.map(([l]) => [o.noIndent ? l.trim() : l, ...years.map(() => cpiIdx())]);
  // make 猪肉 large and total modest
  body[4][1] = 142.5; body[0][1] = 102.9; body[3][1] = 121.7; body[1][1] = 109.2; body[2][1] = 100.5;
  const head = [['项目', ...years.map(y => y + '年')]];
  return { sheets: [{ name: o.sheet || '居民消费价格指数', title: (o.no || '') + '居民消费价格分类指数', unit: '（上年=100）', unitRight: true, head, body, dec: [0, ...years.map(() => 1)], notes: ['注：2021年起按新基期计算。'] }], plants: [] };
}
function cpiUrbanRural(o) {
  const body = CPI_CATS.map(([l]) => { const u = cpiIdx(), r = rnd(u + (rand() - 0.5) * 1.2, 1); const t = rnd(u * 0.7 + r * 0.3, 1); return [l, t, u, r, rnd(t - 100, 1), rnd(u - 100, 1), rnd(r - 100, 1)]; });
  const head = [['项目', '指数(上年=100)', null, null, '比上年涨跌(%)', null, null], [null, '全省', '城市', '农村', '全省', '城市', '农村']];
  const merges = [[[0, 0], [1, 0]], [[0, 1], [0, 3]], [[0, 4], [0, 6]]];
  const name = o.sheet || '城乡CPI'; const bi = ri(1, body.length - 1);
  return { sheets: [{ name, title: (o.no || '') + '城乡居民消费价格分类指数', head, merges, body, dec: [0, 1, 1, 1, 1, 1, 1] }],
    plants: [{ sheet: name, bi, c: 5, nv: rnd(body[bi][5] + 1, 1), why: '涨跌 = 指数 - 100' }] };
}
// I. CPI monthly 同比 环比 累计
function cpiMonthly(o) {
  const body = MONTHS.map(m => [m, rnd(100 + (rand() - 0.3) * 3, 1), rnd(100 + (rand() - 0.5) * 1.2, 1), rnd(100 + (rand() - 0.3) * 2, 1)]);
  const head = o.twoRow ? [['月份', '居民消费价格指数', null, null], [null, '上年同月=100', '上月=100', '上年同期=100']] : [['月份', '同比指数\n(上年同月=100)', '环比指数\n(上月=100)', '累计指数\n(上年同期=100)']];
  return { sheets: [{ name: o.sheet || '分月CPI', title: (o.no || '') + `${o.year || 2023}年分月居民消费价格指数`, head, merges: o.twoRow ? [[[0, 0], [1, 0]], [[0, 1], [0, 3]]] : [], body, dec: [0, 1, 1, 1] }], plants: [] };
}
// fixed base index monthly with derived 环比 (consistent from shown numbers within rounding)
function fixedBase(o) {
  let lvl = 100 + rand() * 6; const lv = [];
  for (let i = 0; i < 13; i++) { lv.push(lvl); lvl *= 1 + (rand() - 0.45) * 0.012; }
  const body = MONTHS.map((m, i) => { const cur = rnd(lv[i + 1], 1), prev = rnd(lv[i], 1); return [m, cur, rnd(lv[i + 1] / lv[i] * 100, 1), rnd((lv[i + 1] / lv[i] - 1) * 100, 1)]; });
  return { sheets: [{ name: o.sheet || '定基指数', title: (o.no || '') + '居民消费价格定基指数与环比', head: [['月份', '定基指数\n(2020年=100)', '环比指数\n(上月=100)', '环比涨跌(%)']], body, dec: [0, 1, 1, 1], notes: ['注：12月上月为上年12月，定基指数为 ' + rnd(lv[0], 1).toFixed(1) + '。'] }], plants: [] };
}
// J. PPI
function ppi(o) {
  const cats = ['工业生产者出厂价格指数', '一、生产资料', '  采掘工业', '  原材料工业', '  加工工业', '二、生活资料', '  食品类', '  衣着类', '  一般日用品类', '  耐用消费品类'];
  const body = cats.map(c => { const a = rnd(100 + (rand() - 0.5) * 14, 1), b = rnd(100 + (rand() - 0.5) * 10, 1); return [c, a, b, rnd(b - 100, 1)]; });
  body[2][1] = 131.8; body[2][2] = 88.6; body[2][3] = -11.4;
  const name = o.sheet || 'PPI'; const bi = ri(1, body.length - 1);
  return { sheets: [{ name, title: (o.no || '') + '工业生产者出厂价格指数', unit: '（上年=100）', head: [['项目', '2022年', '2023年', '2023年比上年涨跌(%)']], body, dec: [0, 1, 1, 1] }],
    plants: [{ sheet: name, bi, c: 3, nv: rnd(body[bi][3] - 2, 1), why: '涨跌 = 2023指数 - 100' }] };
}
// K. commodity prices with 环比 / 同比 computed from shown prices
const GOODS = [['大米', 'kg'], ['面粉', 'kg'], ['猪肉(后腿)', 'kg'], ['牛肉', 'kg'], ['羊肉', 'kg'], ['鸡蛋', 'kg'], ['白条鸡', 'kg'], ['鲤鱼', 'kg'], ['草鱼', 'kg'], ['大白菜', 'kg'], ['土豆', 'kg'], ['西红柿', 'kg'], ['黄瓜', 'kg'], ['苹果', 'kg'], ['香蕉', 'kg'], ['花生油', '升'], ['大豆油', '升']];
const BASEP = [6.2, 4.8, 28, 78, 76, 11.5, 24, 16, 18, 2.6, 3.8, 7.5, 6.8, 12, 8.5, 27, 12.5];
function goodsPrice(o) {
  const idx = GOODS.map((_, i) => i).filter(() => rand() < 0.8);
  const body = idx.map(i => { const cur = rnd(BASEP[i] * (0.85 + rand() * 0.3), 2), prev = rnd(cur * (0.93 + rand() * 0.14), 2), ly = rnd(cur * (0.8 + rand() * 0.4), 2);
    return [GOODS[i][0], '元/' + (GOODS[i][1] === 'kg' ? '公斤' : '升'), cur, prev, rnd((cur / prev - 1) * 100, 1), ly, rnd((cur / ly - 1) * 100, 1)]; });
  const head = [['品名', '单位', '本月', '上月', '环比±%', '上年同月', '同比±%']];
  const name = o.sheet || '主要商品价格'; const bi = ri(0, body.length - 1);
  const plants = [{ sheet: name, bi, c: 4, nv: rnd(body[bi][4] + 3, 1), why: '环比 from 本月/上月' }, { sheet: name, bi, c: 6, nv: rnd(-body[bi][6] || 4.4, 1), why: '同比 from 本月/上年同月 (sign flipped)' }];
  return { sheets: [{ name, title: (o.no || '') + `${o.city || '省会城市'}主要食品零售价格（${o.ym || '2023年12月'}）`, head, body, dec: [0, 0, 2, 2, 1, 2, 1], notes: ['注：价格为月度平均零售价。'] }], plants: [pick(plants)] };
}
// L. monthly prices with 全年平均
function goodsMonthly(o) {
  const gi = [0, 2, 5, 9, 13, 15].slice(0, o.n || 6);
  const data = gi.map(i => MONTHS.map(() => Math.round(BASEP[i] * (0.85 + rand() * 0.3) * 100)));
  const body = MONTHS.map((m, k) => [m, ...data.map(d => d[k] / 100)]);
  body.push(['全年平均', ...data.map(d => Math.round(sumI(d) / 12) / 100)]);
  const name = o.sheet || '分月价格';
  return { sheets: [{ name, title: (o.no || '') + '主要商品分月平均价格', unit: '单位：元/公斤（元/升）', head: [['月份', ...gi.map(i => GOODS[i][0])]], body, dec: [0, ...gi.map(() => 2)] }],
    plants: [{ sheet: name, bi: 12, c: 2, nv: rnd(body[12][2] + 3, 2), why: '全年平均 = mean of months (off by 3 yuan)' }] };
}
// M. 农产品生产价格指数
function agriPPI(o) {
  const cats = ['农产品生产价格总指数', '一、农业产品', '  谷物', '    其中：小麦', '          稻谷', '          玉米', '  蔬菜', '  水果', '二、林业产品', '三、饲养动物及其产品', '  生猪', '  活家禽', '  蛋类', '四、渔业产品'];
  const body = cats.map(c => { const a = rnd(100 + (rand() - 0.5) * 10, 1), b = rnd(100 + (rand() - 0.5) * 10, 1), cc = rnd(100 + (rand() - 0.5) * 10, 1); return [c, a, b, cc]; });
  body[10] = ['  生猪', 148.3, 83.4, 96.2];
  return { sheets: [{ name: o.sheet || '农产品生产价格', title: (o.no || '') + '农产品生产价格指数', unit: '上年=100', unitRight: true, head: [['产品', '2021年', '2022年', '2023年']], body, dec: [0, 1, 1, 1] }], plants: [] };
}
// N. 商品零售价格分类指数 by region
function retailIdx(o) {
  const cats = ['商品零售价格总指数', '食品', '饮料、烟酒', '服装、鞋帽', '纺织品', '家用电器及音像器材', '文化办公用品', '日用品', '体育娱乐用品', '交通、通信用品', '家具', '化妆品', '金银珠宝', '中西药品及医疗保健用品', '书报杂志及电子出版物', '燃料', '建筑材料及五金电料'];
  const regs = o.regs || ['全省', '城市', '农村'];
  const body = cats.map(c => [c, ...regs.map(() => cpiIdx())]);
  body[12] = ['金银珠宝', ...regs.map(() => rnd(112 + rand() * 5, 1))];
  return { sheets: [{ name: o.sheet || '商品零售价格', title: (o.no || '') + '商品零售价格分类指数（上年=100）', head: [['类别', ...regs]], body, dec: [0, ...regs.map(() => 1)] }], plants: [] };
}
// O. weighted CPI (weights sum to 1000, total = weighted avg)
function weightedCPI(o) {
  const cats = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通和通信', '教育文化和娱乐', '医疗保健', '其他用品和服务'];
  const wts = [285, 62, 228, 48, 132, 118, 94, 33]; // 1000
  const idx = cats.map(() => rnd(100 + (rand() - 0.4) * 6, 1));
  const tot = rnd(sumI(wts.map((w, i) => w * idx[i])) / 1000, 1);
  const body = [['总指数', 1000, tot, rnd(tot - 100, 1)], ...cats.map((c, i) => [c, wts[i], idx[i], rnd(idx[i] - 100, 1)])];
  const name = o.sheet || '权重指数';
  const plants = [{ sheet: name, bi: 0, c: 1, nv: 1010, why: '权数合计 = 1000 = sum of weights' }, { sheet: name, bi: 3, c: 1, nv: 282, why: 'weights no longer sum to 1000 (居住)' }];
  return { sheets: [{ name, title: (o.no || '') + '居民消费价格指数及权数', head: [['类别', '权数(‰)', '指数(上年=100)', '涨跌幅(%)']], body, dec: [0, 0, 1, 1], notes: ['注：总指数为各类指数按权数加权平均。'] }], plants: [pick(plants)] };
}
// P. weighted average price: volume, sales, avg price
function weightedPrice(o) {
  const cities = ['甲市', '乙市', '丙市', '丁市', '戊市', '己市', '庚市'];
  const body = cities.map(c => { const v = ri(800, 9000); const p = ri(250, 420) / 100; const s = Math.round(v * p * 1000 / 10000 * 10) / 10; return [c, v, s, p]; }); // 吨, 万元, 元/公斤
  // recompute price from shown numbers: price = s*10000/(v*1000)
  body.forEach(b => { b[3] = rnd(b[2] * 10000 / (b[1] * 1000), 2); });
  const V = sumI(body.map(b => b[1])), S = rnd(sumI(body.map(b => Math.round(b[2] * 10))) / 10, 1);
  const tot = ['全省', V, S, rnd(S * 10000 / (V * 1000), 2)];
  const all = [tot, ...body];
  const name = o.sheet || '收购价格';
  const plants = [{ sheet: name, bi: 0, c: 1, nv: V + 100, why: '收购量合计 = sum' }, { sheet: name, bi: 0, c: 2, nv: rnd(S + 10, 1), why: '收购额合计 = sum' }];
  return { sheets: [{ name, title: (o.no || '') + `分市${o.good || '稻谷'}收购量、收购额及平均价格`, head: [['地区', '收购量(吨)', '收购额(万元)', '平均价格(元/公斤)']], body: all, dec: [0, 0, 1, 2], thousands: true, notes: ['注：全省平均价格按收购额除以收购量计算（加权平均）。'] }], plants: [pick(plants)] };
}
// Q. chain index years
function chainIdx(o) {
  let lvl = 100; const body = [];
  for (let y = 2014; y <= 2023; y++) { const g = 1 + (rand() - 0.3) * 0.05; const prev = lvl; lvl = lvl * g; body.push([y + '年', rnd(lvl, 1), rnd(g * 100, 1), rnd((g - 1) * 100, 1)]); }
  const name = o.sheet || '历年指数';
  const bi = ri(1, 9);
  return { sheets: [{ name, title: (o.no || '') + '历年居民消费价格指数', head: [['年份', '2013年=100', '上年=100', '比上年涨跌(%)']], body, dec: [0, 1, 1, 1] }],
    plants: [{ sheet: name, bi, c: 3, nv: rnd(body[bi][3] + 1.5, 1), why: '涨跌 = 上年=100 指数 - 100' }] };
}
// R. annual precip comparison with 全省平均 row (mean, not sum)
function precipCompare(o) {
  const sts = stations(o.n || 9); const body = [];
  const cur = sts.map(() => ri(3000, 18000)), prev = sts.map(() => ri(3000, 18000));
  for (let i = 0; i < sts.length; i++) body.push([sts[i][0], t10(prev[i]), t10(cur[i]), rnd((cur[i] - prev[i]) / prev[i] * 100, 1)]);
  const pc = meanT(prev), cc = meanT(cur);
  body.push(['平均', t10(pc), t10(cc), rnd((cc - pc) / pc * 100, 1)]);
  const name = o.sheet || '降水比较'; const bi = ri(0, sts.length - 1);
  return { sheets: [{ name, title: (o.no || '') + '主要站点年降水量', unit: '单位：毫米', head: [['站点', '2022年', '2023年', '比上年增减(%)']], body, dec: [0, 1, 1, 1], notes: ['注：平均为各站算术平均。'] }],
    plants: [{ sheet: name, bi, c: 3, nv: rnd(-body[bi][3] || 3.3, 1), why: 'change rate sign contradicts two periods' }] };
}
// S. rain-days/disaster counts: 其中 columns
function disasterCounts(o) {
  const regs = ['全市', '东城区', '西城区', '南区', '北区', '开发区', '甲县', '乙县'];
  const body = regs.slice(1).map(r => { const a = ri(0, 12), b = ri(0, 8), c = ri(0, 5), d = ri(0, 4); const tot = a + b + c + d + ri(0, 3); return [r, tot, a, b, c, d]; });
  const t = ['全市']; for (let c = 1; c <= 5; c++) t.push(sumI(body.map(b => b[c])));
  const all = [t, ...body];
  const name = o.sheet || '气象灾害';
  return { sheets: [{ name, title: (o.no || '') + '气象灾害发生次数', unit: '单位：次', head: [['地区', '合计', '其中：暴雨', '大风', '冰雹', '雷电']], body: all, dec: [0, 0, 0, 0, 0, 0] }],
    plants: [{ sheet: name, bi: 0, c: 2, nv: t[2] + 10, why: '全市暴雨 = sum of regions' }] };
}
// T. price index by province, 全国 not a sum; two index bases
function provIdx(o) {
  const provs = ['全国', '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽'];
  const body = provs.map(p => { const a = cpiIdx(), b = cpiIdx(), c = rnd(100 + (rand() - 0.3) * 8, 1); return [p, a, b, c, rnd(b - 100, 1)]; });
  const name = o.sheet || '分地区';
  const bi = ri(1, body.length - 1);
  return { sheets: [{ name, title: (o.no || '') + '分地区居民消费价格指数', head: [['地区', '上年=100', null, '2020年=100', '比上年涨跌\n(%)'], [null, '2022年', '2023年', '2023年', '2023年']], merges: [[[0, 0], [1, 0]], [[0, 1], [0, 2]]], body, dec: [0, 1, 1, 1, 1] }],
    plants: [{ sheet: name, bi, c: 4, nv: rnd(body[bi][4] + 0.8, 1), why: '涨跌 = 2023 上年=100 - 100' }] };
}

// ---------- file list ----------
add('01-月平均气温', () => elementByStation('temp', { n: 12, no: '表1-1 ' }));
add('02-月降水量', () => elementByStation('precip', { n: 12, no: '表1-2 ', unitRight: true }));
add('03-日照时数-bilingual', () => elementByStation('sun', { n: 8, en: true, annualFirst: true }));
add('04-相对湿度', () => elementByStation('hum', { n: 10, annualFirst: true }));
add('05-极端最高气温', () => elementByStation('tmax', { n: 10 }));
add('06-极端最低气温', () => elementByStation('tmin', { n: 10, notes: ['注：极端最低气温为该月逐日最低气温的最低值。'] }));
add('07-降水日数', () => elementByStation('rdays', { n: 11 }));
add('08-气候多表', async () => { const a = elementByStation('temp', { n: 8, sheet: '气温' }), b = elementByStation('precip', { n: 8, sheet: '降水' }), c = elementByStation('hum', { n: 8, sheet: '湿度' }); return { sheets: [...a.sheets, ...b.sheets, ...c.sheets], plants: [pick([...b.plants])] }; });
add('09-单站气象要素', () => stationYear({}));
add('10-单站气象要素-en', () => stationYear({ en: true, year: 2022 }));
add('11-单站气象要素b', () => stationYear({ sheet: '气象' }));
add('12-气候概况', () => annualElements({ n: 8 }));
add('13-降水汛期', () => precipFlood({}));
add('14-降水距平百分率', () => precipFlood({ plantPct: true, n: 11 }));
add('15-气温距平', () => tempAnomaly({}));
add('16-日照百分率', () => sunshinePct({}));
add('17-日照百分率b', () => sunshinePct({ plantRate: true }));
add('18-气象站点', () => stationCounts({}));
add('19-气象站点-合计在后', () => stationCounts({ totalLast: true, n: 9 }));
add('20-居民消费价格分类指数', () => cpiByYear({ no: '表9-1 ' }));
add('21-城乡CPI', () => cpiUrbanRural({}));
add('22-分月CPI', () => cpiMonthly({}));
add('23-分月CPI-两行表头', () => cpiMonthly({ twoRow: true, year: 2022 }));
add('24-定基指数', () => fixedBase({}));
add('25-PPI', () => ppi({}));
add('26-主要食品价格', () => goodsPrice({ city: '省会城市' }));
add('27-主要食品价格b', () => goodsPrice({ city: '甲市', ym: '2023年6月' }));
add('28-分月价格', () => goodsMonthly({}));
add('29-农产品生产价格指数', () => agriPPI({}));
add('30-商品零售价格分类指数', () => retailIdx({}));
add('31-权数指数', () => weightedCPI({}));
add('32-收购价格', () => weightedPrice({}));
add('33-历年指数', () => chainIdx({}));
add('34-降水比较', () => precipCompare({}));
add('35-气象灾害', () => disasterCounts({}));
add('36-分地区CPI', () => provIdx({}));
add('37-月降水量csv', () => elementByStation('precip', { n: 10, sheet: '降水' }), { csv: true });
add('38-城乡CPIcsv', () => cpiUrbanRural({}), { csv: true });
add('39-收购价格csv', () => weightedPrice({ good: '小麦' }), { csv: true });
add('40-商品零售价格-地区', () => retailIdx({ regs: ['全省', '甲市', '乙市', '丙市', '丁市'] }));

(async () => {
  const manifest = [];
  for (const f of FILES) {
    const res = await f.fn();
    const ext = f.csv ? '.csv' : '.xlsx';
    const cleanP = path.join(OUT, 'clean', f.name + ext);
    if (f.csv) writeCsv(cleanP, res.sheets[0]); else await writeXlsx(cleanP, res.sheets);
    if (res.plants.length) {
      const p = res.plants[0];
      const sp = res.sheets.find(s => s.name === p.sheet);
      const old = sp.body[p.bi][p.c];
      const sheets2 = JSON.parse(JSON.stringify(res.sheets));
      sheets2.find(s => s.name === p.sheet).body[p.bi][p.c] = p.nv;
      const planP = path.join(OUT, 'planted', f.name + ext);
      if (f.csv) writeCsv(planP, sheets2[0]); else await writeXlsx(planP, sheets2);
      manifest.push({ file: f.name + ext, sheet: f.csv ? f.name : p.sheet, cell: addr(sp, p.bi, p.c), old, new: p.nv, why: p.why });
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('files', FILES.length, 'planted', manifest.length);
})();
