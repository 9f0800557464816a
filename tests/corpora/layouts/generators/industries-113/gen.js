// node gen.js SET N SEED [cleanFrac] [variant]
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { evalRel } = require('./rel.js');
const [,, SET, NB, SEED, CF, VAR] = process.argv;
const nBooks = +NB, cleanFrac = CF === undefined ? 0.5 : +CF, variant = VAR || 'a';
let s = (+SEED) >>> 0;
function rnd() { s |= 0; s = s + 0x6D2B79F5 | 0; let t = Math.imul(s ^ s >>> 15, 1 | s); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const rf = (a, b) => a + rnd() * (b - a);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const colL = (c) => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colL(c) + (r + 1);
const rnd2 = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9) / f; };

const SECTIONS = [['A', '农、林、牧、渔业', 3, 0.03, 25], ['B', '采矿业', 0.5, 0.3, 80], ['C', '制造业', 25, 0.15, 60], ['D', '电力、热力、燃气及水生产和供应业', 0.8, 0.3, 40],
  ['E', '建筑业', 8, 0.1, 50], ['F', '批发和零售业', 30, 0.03, 12], ['G', '交通运输、仓储和邮政业', 4, 0.05, 30], ['H', '住宿和餐饮业', 5, 0.03, 18],
  ['I', '信息传输、软件和信息技术服务业', 5, 0.04, 25], ['J', '金融业', 0.8, 0.05, 30], ['K', '房地产业', 3, 0.06, 30], ['L', '租赁和商务服务业', 8, 0.03, 15],
  ['M', '科学研究和技术服务业', 4, 0.04, 20], ['N', '水利、环境和公共设施管理业', 1, 0.05, 25], ['O', '居民服务、修理和其他服务业', 2, 0.01, 10], ['P', '教育', 0.5, 0.02, 20],
  ['Q', '卫生和社会工作', 0.7, 0.05, 40], ['R', '文化、体育和娱乐业', 1.5, 0.02, 15], ['S', '公共管理、社会保障和社会组织', 0.1, 0.0, 10]];
const DIVS = [['13', '农副食品加工业'], ['14', '食品制造业'], ['15', '酒、饮料和精制茶制造业'], ['17', '纺织业'], ['18', '纺织服装、服饰业'], ['19', '皮革、毛皮、羽毛及其制品和制鞋业'],
  ['20', '木材加工和木、竹、藤、棕、草制品业'], ['22', '造纸和纸制品业'], ['26', '化学原料和化学制品制造业'], ['27', '医药制造业'], ['29', '橡胶和塑料制品业'], ['30', '非金属矿物制品业'],
  ['31', '黑色金属冶炼和压延加工业'], ['33', '金属制品业'], ['34', '通用设备制造业'], ['35', '专用设备制造业'], ['36', '汽车制造业'], ['38', '电气机械和器材制造业'], ['39', '计算机、通信和其他电子设备制造业']];
const PLACES = [['某某县', 'county'], ['青山县', 'county'], ['临江市', 'city'], ['东湖区', 'county'], ['平阳市', 'city'], ['河西省', 'prov'], ['南岭市', 'city'], ['安宁县', 'county']];
const DISTRICTS = ['城关区', '东城区', '西城区', '南湖区', '北山区', '高新区', '经开区', '临港区', '江北县', '河口县', '新安县', '长宁县', '永和县', '青溪县'];
const INTK = ['N', 'gs', 'emp', 'pm', 'built', 'solo', 'joint', 'Nprev', 'builtPrev', 'pmPrev'];

function makeUnit(n, gsf, epe) {
  n = Math.max(0, Math.round(n));
  const u = {};
  u.N = n; u.gs = Math.min(n, Math.round(n * gsf * rf(0.6, 1.4)));
  u.emp = n ? Math.round(n * epe * rf(0.6, 1.5)) + ri(0, 5) : 0;
  u.pm = Math.round(u.emp * rf(0.01, 0.05));
  u.built = Math.min(n, Math.round(n * rf(0.35, 0.95)));
  u.solo = Math.round(u.built * rf(0.3, 0.8)); u.joint = u.built - u.solo;
  u.Nprev = Math.round(n / rf(0.97, 1.15)); u.builtPrev = Math.min(u.Nprev, Math.round(u.built / rf(0.98, 1.12)));
  u.pmPrev = Math.round(u.pm / rf(0.95, 1.12));
  return u;
}
function agg(units) { const u = {}; for (const k of INTK) u[k] = units.reduce((a, x) => a + x[k], 0); return u; }
function splitCap(total, weights, caps) {
  const W = weights.reduce((a, b) => a + b, 0);
  let v = weights.map((w) => Math.floor(total * w / W));
  let rem = total - v.reduce((a, b) => a + b, 0);
  const order = weights.map((w, i) => [total * w / W - v[i], i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rem > 0; k++, rem--) v[order[k % order.length][1]]++;
  if (caps) {
    for (let it = 0; it < 100; it++) {
      let ex = 0; v = v.map((x, i) => { if (x > caps[i]) { ex += x - caps[i]; return caps[i]; } return x; });
      if (!ex) break;
      const room = v.map((x, i) => caps[i] - x);
      for (let i = 0; i < v.length && ex; i++) { const t = Math.min(room[i], ex); v[i] += t; ex -= t; }
    }
  }
  return v;
}
function splitUnit(u, weights) {
  const n = weights.length, out = Array.from({ length: n }, () => ({}));
  const set = (k, vals) => vals.forEach((x, i) => out[i][k] = x);
  set('N', splitCap(u.N, weights));
  set('gs', splitCap(u.gs, weights.map((w, i) => w * (0.2 + i * 0.01 + rnd())), out.map((o) => o.N)));
  set('emp', splitCap(u.emp, weights.map((w) => w * rf(0.5, 2))));
  set('pm', splitCap(u.pm, out.map((o) => o.emp * rf(0.6, 1.6) + 0.01), out.map((o) => o.emp)));
  set('built', splitCap(u.built, out.map((o) => o.N * rf(0.7, 1.3) + 0.01), out.map((o) => o.N)));
  set('solo', splitCap(u.solo, out.map((o) => o.built * rf(0.7, 1.3) + 0.01), out.map((o) => o.built)));
  out.forEach((o) => o.joint = o.built - o.solo);
  // fix joint consistency: sum of joint must equal u.joint (it does since sums match)
  set('Nprev', splitCap(u.Nprev, out.map((o) => o.N * rf(0.92, 1.08) + 0.01)));
  set('builtPrev', splitCap(u.builtPrev, out.map((o) => o.built * rf(0.92, 1.08) + 0.01), out.map((o) => o.Nprev)));
  set('pmPrev', splitCap(u.pmPrev, out.map((o) => o.pm * rf(0.92, 1.08) + 0.01)));
  return out;
}

// derived figure definitions
const DER = {
  cov: { num: 'built', den: 'N', lab: ['党组织覆盖率(%)', '党组织覆盖率（%）', '覆盖率(%)'] },
  covPrev: { num: 'builtPrev', den: 'Nprev', lab: ['上年覆盖率(%)', '上年党组织覆盖率(%)'] },
  pmShare: { num: 'pm', den: 'emp', lab: ['党员占从业人员比重(%)', '党员占职工比重（%）'] },
  gsShare: { num: 'gs', den: 'N', lab: ['规上企业占比(%)'] },
};
const LAB = {
  N: ['企业数', '企业数（个）', '非公企业数'], gs: ['其中：规模以上企业', '其中：规上企业', '规模以上企业'], emp: ['从业人员数', '从业人员（人）', '职工人数'],
  pm: ['党员数', '党员人数', '党员（名）'], built: ['已建党组织企业数', '已建立党组织的企业数'], solo: ['单独建立', '其中：单独建立'], joint: ['联合建立'],
  Nprev: ['上年企业数'], builtPrev: ['上年已建党组织企业数'], pmPrev: ['上年党员数'],
};

// column specs: {key, kind:'int'|'rate'|'share'|'growth'|'pp', label, group, sub, dec, ...}
function industryCols(dec) {
  const cols = []; const scheme = pick(['cov', 'cov', 'cov', 'growth', 'mix']);
  const g2 = chance(0.6); // grouped header
  if (scheme === 'growth') {
    const yP = '2022年', yC = '2023年';
    cols.push({ key: 'Nprev', kind: 'int', group: '企业数（个）', sub: pick([yP, '上年']) }, { key: 'N', kind: 'int', group: '企业数（个）', sub: pick([yC, '本年']) },
      { key: 'gN', kind: 'growth', cur: 'N', prev: 'Nprev', group: '企业数（个）', sub: pick(['增长(%)', '比上年增长（%）', '增减(%)']), dec });
    cols.push({ key: 'builtPrev', kind: 'int', group: '已建党组织企业数（个）', sub: pick([yP, '上年']) }, { key: 'built', kind: 'int', group: '已建党组织企业数（个）', sub: pick([yC, '本年']) },
      { key: 'gB', kind: 'growth', cur: 'built', prev: 'builtPrev', group: '已建党组织企业数（个）', sub: pick(['增长(%)', '比上年增长（%）']), dec });
    if (chance(0.6)) { cols.push({ key: 'covPrev', kind: 'rate', group: '覆盖率(%)', sub: '上年', dec }, { key: 'cov', kind: 'rate', group: '覆盖率(%)', sub: '本年', dec }, { key: 'ppCov', kind: 'pp', cur: 'cov', prev: 'covPrev', group: '覆盖率(%)', sub: pick(['增减(百分点)', '比上年增减（个百分点）']), dec }); }
    if (!g2) cols.forEach((c) => { c.label = (c.group.replace(/（.*）|\(.*\)/, '')) + c.sub; delete c.group; });
    return cols;
  }
  cols.push({ key: 'N', kind: 'int' });
  if (chance(0.6)) cols.push({ key: 'gs', kind: 'int' });
  if (chance(0.6)) cols.push({ key: 'emp', kind: 'int' });
  if (chance(0.7)) cols.push({ key: 'pm', kind: 'int' });
  const bGroup = g2 && chance(0.7);
  cols.push({ key: 'built', kind: 'int', group: bGroup ? pick(['已建立党组织的企业数', '已建党组织企业数（个）']) : null, sub: bGroup ? pick(['小计', '合计', '计']) : null });
  if (chance(0.65)) { cols.push({ key: 'solo', kind: 'int', group: bGroup ? cols[cols.length - 1].group : null, sub: bGroup ? '单独建立' : null }, { key: 'joint', kind: 'int', group: bGroup ? cols[cols.length - 1].group : null, sub: bGroup ? '联合建立' : null }); }
  if (chance(0.3)) cols.push({ key: 'share', kind: 'share', of: 'N', label: pick(['企业数占比(%)', '占全部企业比重(%)']), dec });
  if (scheme === 'mix' || chance(0.3)) {
    cols.push({ key: 'covPrev', kind: 'rate', dec }, { key: 'cov', kind: 'rate', dec }, { key: 'ppCov', kind: 'pp', cur: 'cov', prev: 'covPrev', label: pick(['比上年增减(百分点)', '增减（个百分点）', '比上年增减']), dec });
  } else cols.push({ key: 'cov', kind: 'rate', dec });
  if (cols.some((c) => c.key === 'pm') && chance(0.5)) cols.push({ key: 'pmShare', kind: 'rate', dec });
  if (scheme === 'mix' && cols.some((c) => c.key === 'pm') && chance(0.6)) cols.push({ key: 'pmPrev', kind: 'int' }, { key: 'gPm', kind: 'growth', cur: 'pm', prev: 'pmPrev', label: pick(['党员数比上年增长(%)', '党员增长（%）']), dec });
  if (g2 && !bGroup && cols.some((c) => c.key === 'gs')) { const c0 = cols.find((c) => c.key === 'N'), c1 = cols.find((c) => c.key === 'gs'); c0.group = c1.group = '企业数（个）'; c0.sub = pick(['合计', '小计', '计']); c1.sub = pick(['其中：规模以上', '规上企业']); }
  return cols;
}

function colLabel(c) {
  if (c.label) return c.label;
  if (LAB[c.key]) return pick(LAB[c.key]);
  if (DER[c.key]) return pick(DER[c.key].lab);
  return c.key;
}

function valueOf(c, u, total, rowsByKey) {
  if (c.kind === 'int') return u[c.key];
  const d = c.dec;
  if (c.kind === 'rate') { const D = DER[c.key]; return u[D.den] ? { v: rnd2(u[D.num] / u[D.den] * 100, d), raw: u[D.num] / u[D.den] * 100 } : null; }
  if (c.kind === 'share') return total[c.of] ? { v: rnd2(u[c.of] / total[c.of] * 100, d) } : null;
  if (c.kind === 'growth') return u[c.prev] ? { v: rnd2((u[c.cur] / u[c.prev] - 1) * 100, d) } : null;
  if (c.kind === 'pp') { const a = DER[c.cur], b = DER[c.prev]; if (!u[a.den] || !u[b.den]) return null; const x = u[a.num] / u[a.den] * 100 - u[b.num] / u[b.den] * 100; return { v: rnd2(x, d) }; }
}

// rows: [{labels:[..], u, role:'total'|'top'|'sub'|'child', parent:idx, full:bool}]
function buildTable(spec) {
  const { labelHeads, cols, rows, title, unitLine, notes, opt } = spec;
  const grid = []; const merges = []; const rels = []; const tags = {}; const styles = {};
  const nL = labelHeads.length, nC = nL + cols.length;
  let r = 0;
  if (title) { grid[r] = [title]; merges.push([r, 0, r, nC - 1]); styles[addr(r, 0)] = 'title'; r++; }
  if (opt.subTitle) { grid[r] = [opt.subTitle]; merges.push([r, 0, r, nC - 1]); r++; }
  if (unitLine) { grid[r] = []; grid[r][opt.unitLeft ? 0 : nC - 1] = unitLine; r++; }
  const hasGroup = cols.some((c) => c.group);
  const h0 = r; const hRows = hasGroup ? 2 : 1;
  for (let i = 0; i < hRows; i++) grid[r + i] = [];
  labelHeads.forEach((h, i) => { grid[h0][i] = h; if (hRows > 1) merges.push([h0, i, h0 + 1, i]); });
  cols.forEach((c, j) => {
    const cc = nL + j;
    if (c.group) { grid[h0][cc] = c.group; grid[h0 + 1][cc] = c.sub; }
    else { grid[h0][cc] = colLabel(c); if (hRows > 1) merges.push([h0, cc, h0 + 1, cc]); }
  });
  for (let j = 0; j < cols.length;) { if (cols[j].group) { let k = j; while (k + 1 < cols.length && cols[k + 1].group === cols[j].group) k++; if (k > j) merges.push([h0, nL + j, h0, nL + k]); j = k + 1; } else j++; }
  r += hRows;
  if (opt.unitRow) { grid[r] = labelHeads.map(() => ''); cols.forEach((c, j) => grid[r][nL + j] = c.kind === 'int' ? (/emp|pm/.test(c.key) ? '人' : '个') : (c.kind === 'pp' ? '百分点' : '%')); r++; }
  if (opt.numRow) { grid[r] = labelHeads.map((_, i) => '甲乙丙'[i]); cols.forEach((c, j) => grid[r][nL + j] = j + 1); r++; }
  const d0 = r;
  const total = rows.find((x) => x.role === 'total').u;
  const rowAt = [];
  rows.forEach((row, i) => {
    rowAt[i] = r; grid[r] = row.labels.slice();
    cols.forEach((c, j) => {
      const v = valueOf(c, row.u, total);
      const a = addr(r, nL + j);
      let out;
      if (v === null || v === undefined) out = opt.nullMark;
      else if (typeof v === 'number') out = v === 0 ? opt.zeroMark : v;
      else out = v.v;
      grid[r][nL + j] = out;
      if (typeof out === 'number') styles[a] = c.kind === 'int' ? 'int' : 'd' + c.dec;
      // tags
      if (typeof out === 'number') {
        if (c.kind === 'int') tags[a] = row.role === 'total' ? 'total' : (row.role === 'sub' && row.full) || (c.key === 'built' && cols.some((x) => x.key === 'solo')) ? 'subtotal' : 'part';
        else if (c.kind === 'rate') tags[a] = 'rate';
        else if (c.kind === 'share') { if (row.role !== 'total') tags[a] = 'share'; }
        else tags[a] = c.kind;
      }
    });
    r++;
    if (opt.blankAfterTotal && row.role === 'total' && i === 0) r++;
  });
  const dEnd = r;
  // relations
  const ci = (k) => cols.findIndex((c) => c.key === k);
  const A = (i, k) => addr(rowAt[i], nL + ci(k));
  const ti = rows.findIndex((x) => x.role === 'total');
  cols.forEach((c, j) => {
    if (c.kind !== 'int') return;
    const tops = rows.map((x, i) => i).filter((i) => rows[i].role === 'top' || rows[i].role === 'sub');
    rels.push({ t: 'sum', total: A(ti, c.key), parts: tops.map((i) => A(i, c.key)), tol: 0 });
    rows.forEach((x, i) => { if (x.role === 'sub') { const ch = rows.map((y, k) => k).filter((k) => rows[k].role === 'child' && rows[k].parent === i); if (ch.length) rels.push({ t: x.full ? 'sum' : 'le', [x.full ? 'total' : 'whole']: A(i, c.key), parts: ch.map((k) => A(k, c.key)), tol: 0 }); } });
  });
  rows.forEach((x, i) => {
    if (ci('gs') >= 0) rels.push({ t: 'le', whole: A(i, 'N'), parts: [A(i, 'gs')], tol: 0 });
    if (ci('built') >= 0 && ci('N') >= 0) rels.push({ t: 'le', whole: A(i, 'N'), parts: [A(i, 'built')], tol: 0 });
    if (ci('solo') >= 0) rels.push({ t: 'sum', total: A(i, 'built'), parts: [A(i, 'solo'), A(i, 'joint')], tol: 0 });
    cols.forEach((c) => {
      const tol = 0.5 * Math.pow(10, -c.dec) + 1e-9;
      if (c.kind === 'rate') { const D = DER[c.key]; if (ci(D.num) >= 0 && ci(D.den) >= 0) rels.push({ t: 'rate', cell: A(i, c.key), num: A(i, D.num), den: A(i, D.den), k: 100, tol }); }
      if (c.kind === 'share' && ci(c.of) >= 0) rels.push({ t: 'rate', cell: A(i, c.key), num: A(i, c.of), den: A(ti, c.of), k: 100, tol });
      if (c.kind === 'growth' && ci(c.cur) >= 0 && ci(c.prev) >= 0) rels.push({ t: 'growth', cell: A(i, c.key), cur: A(i, c.cur), prev: A(i, c.prev), tol });
      if (c.kind === 'pp' && ci(c.cur) >= 0 && ci(c.prev) >= 0) rels.push({ t: 'pp', cell: A(i, c.key), cur: A(i, c.cur), prev: A(i, c.prev), tol: 1.5 * Math.pow(10, -c.dec) + 1e-9 });
    });
  });
  r++;
  for (const n of notes) { grid[r] = [n]; if (chance(0.5)) merges.push([r, 0, r, nC - 1]); r++; }
  return { grid, merges, rels, tags, styles, nC, d0, dEnd, nL };
}

function place() { return pick(PLACES); }
function notesFor(pl) {
  const n = [];
  if (chance(0.6)) n.push(pick(['注：党组织覆盖率=已建立党组织的企业数÷企业数×100%。', '注：1.本表统计范围为辖区内登记注册的非公有制企业；2.覆盖率按已建党组织企业数占企业总数计算。', '说明：联合建立指与其他企业联合成立党支部。', '注：“—”表示无数据。']));
  if (chance(0.6)) n.push(pick([`填报单位：${pl}委组织部（非公党工委）    填报人：王某某    审核人：李某某`, `填报人：张某    联系电话：0571-8${ri(1000000, 9999999)}    填报日期：2024年1月${ri(5, 28)}日`, `数据截至：2023年12月31日`]));
  return n;
}
function sheetOpts(dec) {
  return { nullMark: pick(['—', '', '-', '—']), zeroMark: pick([0, 0, '—', '-', '']), unitRow: chance(variant === 'c' ? 0.4 : 0.15), numRow: chance(variant === 'c' ? 0.4 : 0.15), blankAfterTotal: false, unitLeft: chance(0.3),
    subTitle: chance(0.2) ? pick(['（2023年末）', '（截至2023年12月31日）', '2023年度']) : null, text: pick(['none', 'none', 'none', 'some', 'all']), comma: chance(0.3) };
}

function industrySheet(pl, scale, variantX) {
  const dec = variant === 'c' ? pick([2, 2, 1]) : pick([1, 1, 2]);
  const codeMode = pick(['sep', 'embed', 'embedNoSp', 'none', 'sep']);
  const divMode = pick(['none', 'full', 'qizhong', 'full', 'qizhong']);
  const secs = SECTIONS.filter((x) => x[0] !== 'S' || chance(0.3));
  const T = scale;
  const W = secs.reduce((a, x) => a + x[2], 0);
  const rows = [];
  const indent = pick(['　　', '  ', '    ', '']);
  const divisionsPicked = shuffle(DIVS).slice(0, ri(4, 10)).sort((a, b) => +a[0] - +b[0]);
  for (const [code, name, w, gsf, epe] of secs) {
    const nm = codeMode === 'embed' ? `${code} ${name}` : codeMode === 'embedNoSp' ? `${code}${name}` : name;
    const lab = codeMode === 'sep' ? [code, nm] : [nm];
    if (code === 'C' && divMode !== 'none') {
      const NC = T * w / W * rf(0.7, 1.3);
      const dws = divisionsPicked.map(() => rf(0.02, 0.15));
      const kids = divisionsPicked.map((d, i) => makeUnit(NC * dws[i], gsf * rf(0.5, 2), epe));
      const other = makeUnit(NC * Math.max(0.1, 1 - dws.reduce((a, b) => a + b, 0)), gsf, epe);
      const all = divMode === 'full' ? kids.concat([other]) : kids;
      const uC = agg(kids.concat([other]));
      const pi = rows.length; rows.push({ labels: lab, u: uC, role: 'sub', full: divMode === 'full' });
      divisionsPicked.forEach((d, i) => {
        let nmD = codeMode === 'none' ? d[1] : (codeMode === 'sep' ? d[1] : `${d[0]} ${d[1]}`);
        if (divMode === 'qizhong' && i === 0) nmD = '其中：' + nmD;
        nmD = indent + nmD;
        rows.push({ labels: codeMode === 'sep' ? [d[0], nmD] : [nmD], u: kids[i], role: 'child', parent: pi });
      });
      if (divMode === 'full') rows.push({ labels: codeMode === 'sep' ? ['', indent + '其他制造业'] : [indent + pick(['其他制造业', '其他行业'])], u: other, role: 'child', parent: pi });
    } else rows.push({ labels: lab, u: makeUnit(T * w / W * rf(0.6, 1.4) * (code === 'S' ? 0.2 : 1), gsf, epe), role: 'top' });
  }
  const tot = agg(rows.filter((x) => x.role !== 'child').map((x) => x.u));
  const tl = pick(['合计', '总计', '合　计', '总　计', '全部非公企业']);
  const trow = { labels: codeMode === 'sep' ? [pick(['', '—']), tl] : [tl], u: tot, role: 'total' };
  if (chance(0.6)) rows.unshift(trow); else rows.push(trow);
  rows.forEach((x) => { if (x.parent !== undefined && rows[0] === trow) x.parent++; });
  const cols = industryCols(dec);
  const labelHeads = codeMode === 'sep' ? [pick(['代码', '行业代码']), pick(['行业', '行业名称', '国民经济行业'])] : [pick(['行业', '按国民经济行业分', '项目', '行业门类'])];
  if (chance(0.15)) { labelHeads.unshift('序号'); let k = 1; rows.forEach((x) => x.labels.unshift(x.role === 'total' ? '' : (x.role === 'child' ? '' : k++))); }
  return { name: pick(['表1 按行业分', '分行业', '按国民经济行业分', '行业分布', 'Sheet1', '表一']), labelHeads, cols, rows,
    title: chance(0.85) ? `${pl}非公有制企业党组织建设情况（按国民经济行业分）` : null, unitLine: chance(0.6) ? pick(['单位：个、人、%', '单位：个，人', '计量单位：个、名']) : null, notes: notesFor(pl), opt: sheetOpts(dec) };
}

function splitSheet(pl, tot, kind) {
  const dec = pick([1, 2, 1]);
  let rows = [];
  const tl = pick(['合计', '总计', '合　计']);
  if (kind === 'size') {
    const names = ['大型企业', '中型企业', '小型企业', '微型企业'];
    const us = splitUnit(tot, [rf(0.5, 2), rf(4, 9), rf(25, 40), rf(45, 65)]);
    rows = names.map((n, i) => ({ labels: [pick(['', '　'])+ n], u: us[i], role: 'top' }));
  } else if (kind === 'reg') {
    const us = splitUnit(tot, [rf(20, 35), rf(2, 5), rf(40, 60), rf(1, 4), rf(1, 4), rf(0.5, 3)]);
    const names = ['有限责任公司', '股份有限公司', '私营企业', '港澳台商投资企业', '外商投资企业', '其他企业'];
    const full = chance(0.5);
    names.forEach((n, i) => {
      if (n === '私营企业' && chance(0.7)) {
        const pi = rows.length; rows.push({ labels: [n], u: us[i], role: 'sub', full });
        const sub = splitUnit(us[i], full ? [rf(5, 15), rf(1, 4), rf(60, 80), rf(2, 6)] : [rf(5, 15), rf(1, 4), rf(60, 80), rf(2, 6), rf(3, 8)]);
        ['私营独资企业', '私营合伙企业', '私营有限责任公司', '私营股份有限公司'].forEach((m, k) => rows.push({ labels: [(k === 0 ? pick(['其中：', '  其中：', '#']) : '  ') + m], u: sub[k], role: 'child', parent: pi }));
      } else rows.push({ labels: [n], u: us[i], role: 'top' });
    });
  } else {
    const ds = shuffle(DISTRICTS).slice(0, ri(5, 11));
    const us = splitUnit(tot, ds.map(() => rf(1, 10)));
    rows = ds.map((n, i) => ({ labels: [n], u: us[i], role: 'top' }));
  }
  const trow = { labels: [tl], u: tot, role: 'total' };
  if (chance(0.6)) { rows.unshift(trow); rows.forEach((x) => { if (x.parent !== undefined) x.parent++; }); } else rows.push(trow);
  const cols = [];
  const g2 = chance(0.4);
  if (kind === 'reg' && chance(0.5)) {
    cols.push({ key: 'Nprev', kind: 'int', label: '上年企业数' }, { key: 'N', kind: 'int', label: '本年企业数' }, { key: 'gN', kind: 'growth', cur: 'N', prev: 'Nprev', label: pick(['增长(%)', '比上年增长(%)']), dec });
    if (chance(0.5)) cols.push({ key: 'pmPrev', kind: 'int', label: '上年党员数' }, { key: 'pm', kind: 'int', label: '本年党员数' }, { key: 'gPm', kind: 'growth', cur: 'pm', prev: 'pmPrev', label: '党员增长(%)', dec });
    cols.push({ key: 'built', kind: 'int' }, { key: 'cov', kind: 'rate', dec });
  } else {
    cols.push({ key: 'N', kind: 'int', group: g2 ? '企业' : null, sub: g2 ? '数量(个)' : null });
    if (chance(0.6)) cols.push({ key: 'share', kind: 'share', of: 'N', group: g2 ? '企业' : null, sub: g2 ? '占比(%)' : null, label: pick(['占比(%)', '比重(%)', '占全部企业比重（%）']), dec });
    if (chance(0.5)) cols.push({ key: 'emp', kind: 'int' });
    if (chance(0.5)) cols.push({ key: 'pm', kind: 'int' });
    cols.push({ key: 'built', kind: 'int', group: g2 ? '已建党组织' : null, sub: g2 ? '企业数(个)' : null });
    if (chance(0.4)) cols.push({ key: 'solo', kind: 'int', group: g2 ? '已建党组织' : null, sub: g2 ? '其中：单独建立' : null }, { key: 'joint', kind: 'int', group: g2 ? '已建党组织' : null, sub: g2 ? '联合建立' : null });
    cols.push({ key: 'cov', kind: 'rate', dec, group: g2 ? '已建党组织' : null, sub: g2 ? '覆盖率(%)' : null });
    if (chance(0.35)) cols.push({ key: 'covPrev', kind: 'rate', dec }, { key: 'ppCov', kind: 'pp', cur: 'cov', prev: 'covPrev', label: '增减(百分点)', dec });
    if (cols.some((c) => c.key === 'pm') && cols.some((c) => c.key === 'emp') && chance(0.5)) cols.push({ key: 'pmShare', kind: 'rate', dec });
  }
  const what = { size: '按企业规模分', reg: '按登记注册类型分', region: '分县（市、区）' }[kind];
  return { name: pick({ size: ['按规模分', '表2 按规模分', '企业规模'], reg: ['按登记注册类型分', '表3 注册类型', '登记注册类型'], region: ['分地区', '各县市区', '分区县'] }[kind]),
    labelHeads: [pick({ size: ['企业规模', '项目', '按规模分'], reg: ['登记注册类型', '项目', '企业类型'], region: ['地区', '县（市、区）', '单位'] }[kind])], cols, rows,
    title: chance(0.8) ? `${pl}非公有制企业党组织覆盖情况（${what}）` : null, unitLine: chance(0.5) ? '单位：个、人、%' : null, notes: notesFor(pl), opt: sheetOpts(dec) };
}

function fmtOut(v, st, opt, isText) {
  if (typeof v !== 'number') return v;
  if (!isText || !st || st === 'title') return v;
  if (st === 'int') return opt.comma ? v.toLocaleString('en-US') : String(v);
  const d = +st.slice(1); return v.toFixed(d);
}

async function writeBook(file, sheets, plant) {
  const wb = new ExcelJS.Workbook();
  const relOut = [];
  const used = new Set();
  for (const sh of sheets) {
    let name = sh.spec.name; while (used.has(name)) name += '2'; used.add(name); sh.name = name;
    const ws = wb.addWorksheet(name);
    const { grid, merges, styles } = sh.t;
    grid.forEach((row, r) => { if (!row) return; row.forEach((v, c) => {
      if (v === undefined || v === null) return;
      const a = addr(r, c); const st = styles[a];
      let val = v;
      const isText = sh.spec.opt.text === 'all' || (sh.spec.opt.text === 'some' && sh.textCells.has(a));
      val = fmtOut(v, st, sh.spec.opt, isText && typeof v === 'number');
      const cell = ws.getCell(a); cell.value = val;
      if (typeof val === 'number' && st) cell.numFmt = st === 'int' ? (sh.spec.opt.comma ? '#,##0' : '0') : '0.' + '0'.repeat(+st.slice(1));
      if (st === 'title') cell.font = { bold: true, size: 14 };
    }); });
    for (const m of merges) { try { ws.mergeCells(m[0] + 1, m[1] + 1, m[2] + 1, m[3] + 1); } catch (e) {} }
    ws.getColumn(1).width = 34;
    for (const rl of sh.t.rels) relOut.push({ sheet: name, ...rl });
  }
  await wb.xlsx.writeFile(file);
  return relOut;
}

(async () => {
  const dir = path.join(__dirname, SET); fs.mkdirSync(dir, { recursive: true }); fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  const manifest = [];
  const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp'];
  for (let b = 0; b < nBooks; b++) {
    const [pl, lvl] = place();
    const scale = lvl === 'county' ? ri(300, 4000) : lvl === 'city' ? ri(5000, 40000) : ri(100000, 500000);
    const specs = [industrySheet(pl, scale)];
    const tot = specs[0].rows.find((x) => x.role === 'total').u;
    const extra = shuffle(['size', 'reg', 'region', 'ind2']).slice(0, ri(variant === 'b' ? 1 : 0, 3));
    for (const k of extra) { if (k === 'ind2') { const s2 = industrySheet(pl, scale); if (s2.cols.some((c) => c.kind === 'growth') !== specs[0].cols.some((c) => c.kind === 'growth')) specs.push(s2); } else if (lvl !== 'county' || k !== 'region' || chance(0.5)) specs.push(splitSheet(pl, tot, k)); }
    const sheets = specs.map((spec) => ({ spec, t: buildTable(spec), textCells: new Set() }));
    for (const sh of sheets) if (sh.spec.opt.text === 'some') for (const a of Object.keys(sh.t.styles)) if (chance(0.15)) sh.textCells.add(a);
    const file = `${SET}_${String(b + 1).padStart(3, '0')}.xlsx`;
    const plants = [];
    if (b >= Math.round(nBooks * cleanFrac)) {
      // plant one figure
      for (let tries = 0; tries < 200 && !plants.length; tries++) {
        const kind = kinds[(b + tries) % kinds.length];
        const sh = pick(sheets);
        const cands = Object.entries(sh.t.tags).filter(([a, k]) => k === kind);
        if (!cands.length) continue;
        const [a] = pick(cands);
        const r = +a.match(/\d+/)[0] - 1, c = a.match(/[A-Z]+/)[0].split('').reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const was = sh.t.grid[r][c]; if (typeof was !== 'number') continue;
        let now;
        if (['total', 'part', 'subtotal'].includes(kind)) { if (was < 20) continue; now = Math.round(was * (1 + (chance(0.5) ? 1 : -1) * rf(0.05, 0.3))); if (now === was) continue; }
        else { const d = +sh.t.styles[a].slice(1); const mag = kind === 'pp' ? rf(1, 4) : kind === 'share' ? rf(2, 6) : rf(2.5, 9); now = rnd2(was + (chance(0.5) ? 1 : -1) * mag, d); if (kind !== 'growth' && kind !== 'pp' && (now < 0 || now > 100)) now = rnd2(was - (now - was), d); if (now < 0 && kind !== 'growth' && kind !== 'pp') continue; }
        // check breaks at least one relation
        const get = (x) => x === a ? now : (() => { const rr = +x.match(/\d+/)[0] - 1, cc = x.match(/[A-Z]+/)[0].split('').reduce((y, ch) => y * 26 + ch.charCodeAt(0) - 64, 0) - 1; return (sh.t.grid[rr] || [])[cc]; })();
        const broke = sh.t.rels.filter((rl) => { const e = evalRel(rl, get); return e !== null && e > 1e-6; });
        if (!broke.length) continue;
        sh.t.grid[r][c] = now;
        plants.push({ sheet: null, sh, cell: a, was, now, kind, broke: broke.length });
      }
    }
    const rels = await writeBook(path.join(dir, file), sheets, plants[0]);
    fs.writeFileSync(path.join(__dirname, 'rel', file + '.json'), JSON.stringify(rels));
    manifest.push({ file, plants: plants.map((p) => ({ sheet: p.sh.name, cell: p.cell, was: p.was, now: p.now, kind: p.kind })) });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, manifest.length, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
})();
