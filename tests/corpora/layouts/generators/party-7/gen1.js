// Category 1: annual party statistics report (党内统计年报) style
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;

const INDUSTRIES = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业',
  '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '居民服务、修理和其他服务业', '其他行业'];

async function w01() {
  // 非公企业党组织 按行业, 年报 style: 总计 row first, 栏次 row, nested org counts
  const r = L.rng(101);
  const b = new L.Book();
  const s = b.sheet('党统7表', { widths: [30, 10, 12, 10, 12, 12, 10, 8, 8, 8, 10] });
  s.row([null, null, null, null, null, null, null, null, null, '党统7表']);
  s.row(['非公有制企业党组织情况（按行业分）']); s.merge('A2:K2');
  s.row(['填报单位：中共青山县委组织部', null, null, null, null, null, null, null, '2024年12月31日']);
  const h1 = s.row(['行  业', '企业数（个）', '有党员的企业（个）', '已建立党组织的企业（个）', null, null, '党组织数（个）', null, null, null, '党员数（名）']);
  const h2 = s.row([null, null, null, '合计', '单独建立党组织的', '联合建立党组织的', '合计', '党委', '党总支', '党支部', null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:C${h2}`); s.merge(`D${h1}:F${h1}`); s.merge(`G${h1}:J${h1}`); s.merge(`K${h1}:K${h2}`);
  s.row(['甲', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const data = INDUSTRIES.map((name, k) => {
    const n = k === 0 ? r.int(420, 520) : r.int(25, 260);
    const withMem = Math.floor(n * (0.35 + r() * 0.25));
    const single = Math.floor(withMem * (0.45 + r() * 0.3));
    const committees = Math.min(single, r.int(0, Math.max(0, Math.floor(single / 15))));
    const general = Math.min(single - committees, r.int(0, Math.floor(single / 10) + 1));
    const jointOrgs = r.int(1, Math.max(1, Math.floor((n - single) / 12)));
    const jointCov = Math.min(n - single, jointOrgs * r.int(2, 5));
    const subUnderCommittee = committees * r.int(3, 6);
    const subUnderGeneral = general * r.int(2, 3);
    const branches = (single - committees - general) + subUnderCommittee + subUnderGeneral + jointOrgs;
    const members = single * r.int(5, 9) + jointCov * r.int(1, 3) + subUnderCommittee * r.int(4, 8);
    return [name, n, withMem, single + jointCov, single, jointCov, committees + general + branches, committees, general, branches, members];
  });
  const tot = ['总计'];
  for (let c = 1; c <= 10; c++) tot.push(sum(data.map((d) => d[c])));
  const totRow = s.row(tot, { bold: true });
  for (const d of data) s.row(d);
  const last = s.rows.length;
  s.row(['注：1.党组织数含企业党委所属党支部；2.第3栏=第4栏+第5栏，第6栏=第7栏+第8栏+第9栏。']);
  s.row(['单位负责人：周明', null, null, '填表人：李红', null, null, '联系电话：0791-5563210']);
  s.table(h1, last);
  await L.emit('w01_年报_非公企业党组织按行业', b, { sheet: '党统7表', cell: addr(2, totRow), kind: 'total', how: 'pct7' });
}

async function w02() {
  // 党员 by 性别/学历/年龄: three column groups each summing to 党员总数; 全市 row first
  const r = L.rng(102);
  const b = new L.Book();
  const s = b.sheet('党员构成', { widths: [14, 10, 8, 8, 8, 10, 10, 8, 10, 10, 8, 8, 8, 8, 8, 8, 8, 10] });
  s.row(['非公有制企业党员基本情况统计表']); s.merge('A1:R1');
  s.row(['单位：名', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, '2024年度']);
  const h1 = s.row(['地区', '党员总数', '性别', null, '学历', null, null, null, null, '年龄', null, null, null, null, null, null, null, null]);
  const h2 = s.row([null, null, '男', '女', '研究生', '大学本科', '大学专科', '中专', '高中及以下', '30岁及以下', '31-35岁', '36-40岁', '41-45岁', '46-50岁', '51-55岁', '56-60岁', '61岁及以上']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:D${h1}`); s.merge(`E${h1}:I${h1}`); s.merge(`J${h1}:Q${h1}`);
  const regions = L.names(2).counties.slice(0, 9);
  const data = regions.map((nm) => {
    const t = r.int(600, 3200);
    const f = Math.floor(t * (0.28 + r() * 0.12));
    const edu = r.split(t, 5, 1);
    edu.sort((a, x) => 0); // keep random order
    const age = r.split(t, 8, 1);
    return [nm, t, t - f, f, ...edu, ...age];
  });
  const tot = ['全市'];
  for (let c = 1; c <= 16; c++) tot.push(sum(data.map((d) => d[c])));
  const tr = s.row(tot, { bold: true });
  const rows = data.map((d) => s.row(d));
  const last = s.rows.length;
  s.row(['注：学历按最高学历统计；年龄计算至2024年12月31日。']);
  s.table(h1, last);
  await L.emit('w02_年报_党员性别学历年龄', b, { sheet: '党员构成', cell: addr(6, rows[3]), kind: 'part', how: 'plus7', note: '学历 大学本科 in a county row' });
}

async function w03() {
  // 社会组织 by 类型 with 其中 rows; coverage; org counts include branches under committees
  const r = L.rng(103);
  const b = new L.Book();
  const s = b.sheet('社会组织党组织', { widths: [26, 12, 14, 12, 12, 8, 8, 8] });
  s.row(['社会组织党组织建设情况表（党统9表）']); s.merge('A1:H1');
  s.row(['填报单位：中共云澜市委社会工作部', null, null, null, null, null, '截至2024年底']);
  const h = s.row(['类  型', '社会组织数（个）', '已建立党组织的社会组织（个）', '党组织覆盖率（%）', '党组织数（个）', '党委', '党总支', '党支部']);
  function mk(nm, n) {
    const cov = Math.floor(n * (0.3 + r() * 0.4));
    const com = r.int(0, Math.floor(cov / 20));
    const gen = r.int(0, Math.floor(cov / 12));
    const br = (cov - com - gen) + com * r.int(2, 5) + gen * 2;
    return { nm, n, cov, com, gen, br };
  }
  const st = mk('社会团体', r.int(380, 520));
  const stA = (() => { const x = mk('  其中：行业协会商会', r.int(60, 110)); return x; })();
  const mf = mk('民办非企业单位（社会服务机构）', r.int(500, 800));
  const mfA = mk('  其中：民办学校', r.int(80, 140));
  const mfB = mk('        民办医院', r.int(20, 45));
  const fd = mk('基金会', r.int(8, 20));
  // ensure 其中 parts within their whole
  for (const [w, ps] of [[st, [stA]], [mf, [mfA, mfB]]]) {
    for (const k of ['n', 'cov', 'com', 'gen', 'br']) {
      const sp = sum(ps.map((p) => p[k]));
      if (sp > w[k]) w[k] = sp + r.int(0, 3);
    }
    if (w.cov > w.n) w.n = w.cov + 10;
  }
  const fix = (x) => { if (x.com + x.gen > x.cov) x.cov = x.com + x.gen; if (x.cov > x.n) x.n = x.cov; };
  [st, stA, mf, mfA, mfB, fd].forEach(fix);
  const top = [st, mf, fd];
  const T = { nm: '合计', n: sum(top.map((x) => x.n)), cov: sum(top.map((x) => x.cov)), com: sum(top.map((x) => x.com)), gen: sum(top.map((x) => x.gen)), br: sum(top.map((x) => x.br)) };
  const line = (x, o) => s.row([x.nm, x.n, x.cov, { v: rate(x.cov, x.n), z: '0.0' }, x.com + x.gen + x.br, x.com, x.gen, x.br], o);
  const tr = line(T, { bold: true });
  const rowsIdx = [st, stA, mf, mfA, mfB, fd].map((x) => line(x));
  const last = s.rows.length;
  s.row(['说明：党组织数含党委下设党支部；覆盖率=已建立党组织的社会组织÷社会组织数×100。']);
  s.table(h, last);
  await L.emit('w03_年报_社会组织党组织按类型', b, { sheet: '社会组织党组织', cell: addr(4, rowsIdx[2]), kind: 'rate', how: 'pct10', note: '民非 覆盖率' });
}

async function w04() {
  // 非公企业党员 按行业, overlapping 其中 columns (女/少数民族/35岁及以下/大专及以上), 总 计 at bottom
  const r = L.rng(104);
  const b = new L.Book();
  const s = b.sheet('Sheet1', { widths: [30, 10, 9, 9, 11, 11, 11, 11] });
  s.row(['非公有制企业党员情况（按行业分）']); s.merge('A1:H1');
  s.row(['单位：名']);
  const h1 = s.row(['行业', '党员数', '其中', null, null, null, '本年发展党员', '其中：生产经营一线']);
  const h2 = s.row([null, null, '女', '少数民族', '35岁及以下', '大专及以上学历', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:F${h1}`); s.merge(`G${h1}:G${h2}`); s.merge(`H${h1}:H${h2}`);
  const data = INDUSTRIES.slice(0, 10).map((nm) => {
    const t = r.int(90, 1400);
    const f = Math.floor(t * (0.25 + r() * 0.2));
    const mn = Math.floor(t * (0.02 + r() * 0.06));
    const y = Math.floor(t * (0.3 + r() * 0.15));
    const col = Math.floor(t * (0.55 + r() * 0.25));
    const dev = Math.floor(t * (0.03 + r() * 0.04));
    const line = Math.floor(dev * (0.4 + r() * 0.4));
    return [nm, t, f, mn, y, col, dev, line];
  });
  const rows = data.map((d) => s.row(d));
  const tot = ['总  计'];
  for (let c = 1; c <= 7; c++) tot.push(sum(data.map((d) => d[c])));
  const tr = s.row(tot, { bold: true });
  s.row(['注：“其中”各栏分别统计，相互之间有交叉。']);
  s.table(h1, tr);
  await L.emit('w04_年报_非公企业党员按行业', b, { sheet: 'Sheet1', cell: addr(3, rows[4]), kind: 'part', how: 'pct10', note: '其中：女 in 住宿和餐饮业' });
}

(async () => { await w01(); await w02(); await w03(); await w04(); L.saveManifest('gen1'); })().catch((e) => { console.error(e); process.exit(1); });
