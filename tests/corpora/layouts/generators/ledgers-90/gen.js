// Generates party-building workbooks (非公企业 / 社会组织 党建台账, 汇总, 季度进度) for statlint testing.
// NODE_PATH=/work/main/node_modules node gen.js
// Writes cases/*.xlsx + cases/manifest.json, probe/*.xlsx + probe/manifest.json, rel/cases.json, rel/probe.json,
// and rel/<set>.info.json (book recipe + plant types, for reading the scores).
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

// ---------------------------------------------------------------- rng
function RNG(seed) {
  let a = seed >>> 0;
  const f = () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.chance = (p) => f() < p;
  f.norm = () => { let u = 0, v = 0; while (!u) u = f(); while (!v) v = f(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); };
  f.shuffle = (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; };
  f.sample = (arr, n) => f.shuffle(arr).slice(0, n);
  return f;
}
const round = (x, d) => { const m = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * m) / m; };

// ---------------------------------------------------------------- vocabulary
const CITY = '江州市';
const COUNTIES = [
  { name: '临江区', short: '临江', code: '361102' }, { name: '东湖区', short: '东湖', code: '361103' },
  { name: '青山县', short: '青山', code: '361121' }, { name: '石门县', short: '石门', code: '361122' },
  { name: '河口县', short: '河口', code: '361123' }, { name: '白沙县', short: '白沙', code: '361124' },
  { name: '云台县', short: '云台', code: '361125' }, { name: '长宁县', short: '长宁', code: '361126' },
  { name: '安远县', short: '安远', code: '361127' }, { name: '江州高新区', short: '高新', code: '361171' },
];
const TOWNS = ['城关镇', '新桥镇', '柳林镇', '高桥街道', '马坊乡', '杨集镇', '双河镇', '经济开发区', '工业园区', '城东街道', '城西街道', '白马镇',
  '黄土岭乡', '清水镇', '五里镇', '石桥镇', '龙泉镇', '桃源乡', '南湖街道', '梅林镇', '大坪乡', '长岗镇', '金山镇', '河西街道'];
const SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建国', '建华', '志强', '海燕', '红梅', '文', '斌', '宇', '浩', '鹏', '飞', '玲', '晨', '晓东', '春华', '国庆', '玉兰', '卫东', '小红', '德明', '永刚', '丽萍', '思远', '俊杰', '雪梅'];
const BRAND = ['宏达', '恒通', '金鑫', '华信', '鼎盛', '瑞丰', '永安', '佳禾', '天成', '新源', '盛世', '明远', '腾飞', '嘉诚', '润泽', '福瑞', '银河', '中联', '博远', '东方', '正泰', '汇丰', '百川', '锦程', '德润', '亿隆', '丰泽', '安泰', '华晟', '宏远', '利民', '兴旺', '众鑫', '鸿运', '富源', '创新', '联创', '科达', '泰和', '顺发', '长城', '万家', '绿源', '青禾', '康达', '美佳', '大华', '金桥', '春晖', '同心'];
const IND = [
  ['制造业', ['机械制造', '建材', '纺织', '食品', '电子科技', '新材料', '包装', '汽车配件', '塑业', '化工', '电气', '家具', '服饰', '五金']],
  ['建筑业', ['建筑工程', '建设工程', '装饰工程', '市政工程']],
  ['批发和零售业', ['商贸', '贸易', '医药连锁', '农资']],
  ['交通运输、仓储和邮政业', ['物流', '运输', '快递服务']],
  ['信息传输、软件和信息技术服务业', ['网络科技', '信息技术', '软件开发']],
  ['住宿和餐饮业', ['餐饮管理', '酒店管理']],
  ['农、林、牧、渔业', ['农业开发', '生态农业', '养殖', '茶业']],
  ['租赁和商务服务业', ['企业管理咨询', '人力资源服务', '物业管理']],
];
const ORGS_ST = [['个体劳动者协会', '社会团体'], ['物流行业协会', '社会团体'], ['餐饮行业协会', '社会团体'], ['建筑业协会', '社会团体'], ['温州商会', '社会团体'], ['福建商会', '社会团体'],
  ['律师协会', '社会团体'], ['注册会计师协会', '社会团体'], ['慈善总会', '社会团体'], ['老年人体育协会', '社会团体'], ['志愿者协会', '社会团体'], ['民办教育协会', '社会团体'],
  ['电子商务协会', '社会团体'], ['茶叶协会', '社会团体'], ['青年企业家商会', '社会团体'], ['教育基金会', '基金会']];
const ORGS_MB = ['幼儿园', '培训学校', '社会工作服务中心', '养老院', '康复中心', '职业技能培训学校', '颐养中心', '艺术培训中心', '社区服务中心', '民办医院'];
const MBPRE = ['阳光', '童乐', '智慧', '爱心', '康宁', '福寿', '启明', '春蕾', '知行', '乐享', '仁和', '晨曦', '同心', '博雅', '育才', '安康'];
const SUPERV = ['县工商联', '县民政局', '县教育局', '县卫健委', '县人社局', '县商务局', '县农业农村局', '县司法局'];
const NOTES_U = ['', '', '', '', '', '2024年新建', '联合支部牵头单位', '党员组织关系在原籍', '流动党员2名', '规上企业', '拟于年内组建', '已选派党建指导员', '兼职党务工作者', '“双强六好”示范点', '新业态企业'];

// ---------------------------------------------------------------- codes
const CC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(s8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let sum = 0; for (let i = 0; i < 8; i++) { const ch = s8[i]; const v = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 55; sum += v * w[i]; } const c = 11 - (sum % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function creditCode(r, prefix2, region, allDigits) {
  for (;;) {
    let body;
    if (allDigits) { body = ''; for (let i = 0; i < 8; i++) body += r.int(0, 9); }
    else { body = 'MA' + r.pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split('')); for (let i = 0; i < 5; i++) body += r.pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split('')); }
    const oc = body + orgCheck(body);
    const s17 = prefix2 + region + oc;
    let sum = 0; for (let i = 0; i < 17; i++) sum += CC.indexOf(s17[i]) * W[i];
    const c = (31 - (sum % 31)) % 31;
    const code = s17 + CC[c];
    if (allDigits && !/^\d{18}$/.test(code)) continue;
    if (code.length === 18 && !code.slice(0, 17).includes('-')) return code;
  }
}
const person = (r) => r.pick(SURN) + r.pick(GIVEN);
const phone = (r) => '1' + r.pick(['3', '5', '7', '8', '9']) + String(r.int(0, 9)) + String(r.int(10000000, 99999999));

// ---------------------------------------------------------------- data
function genUnits(r, county, town, kind, n, opt, used) {
  const units = [];
  for (let i = 0; i < n; i++) {
    const u = { kind, town };
    if (kind === 'ent') {
      const [ind, words] = r.pick(IND);
      let name;
      do { name = (r.chance(0.5) ? county.short : CITY.slice(0, 2)) + r.pick(BRAND) + r.pick(words) + r.pick(['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司']); } while (used.has(name));
      used.add(name);
      u.name = name; u.ind = ind;
      u.code = creditCode(r, '91', county.code, r.chance(0.3));
      u.emp = Math.max(6, Math.min(3200, Math.round(Math.exp(r.norm() * 0.95 + 3.9))));
      u.pm = r.chance(u.emp < 30 ? 0.45 : 0.85) ? Math.max(0, Math.round(u.emp * (0.01 + r() * 0.07))) : 0;
      if (u.pm > 0 && u.pm < 3 && r.chance(0.3)) u.pm = r.int(3, 6);
    } else {
      let name, typ;
      if (r.chance(0.5)) { const [nm, t] = r.pick(ORGS_ST); name = county.name + nm; typ = t; }
      else { name = county.name + r.pick(MBPRE) + r.pick(ORGS_MB); typ = '民办非企业单位'; }
      if (used.has(name)) { name = county.name + town.replace(/(镇|乡|街道)$/, '') + name.slice(county.name.length); }
      if (used.has(name)) { i--; continue; }
      used.add(name);
      u.name = name; u.ind = typ; u.sup = r.pick(SUPERV);
      u.code = creditCode(r, typ === '社会团体' ? '51' : typ === '基金会' ? '53' : '52', county.code, r.chance(0.3));
      u.emp = r.int(3, 60);
      u.pm = r.chance(0.7) ? r.int(0, Math.max(1, Math.round(u.emp * 0.2))) : 0;
    }
    // establishment
    const pm = u.pm;
    let form;
    if (pm >= 3) form = r.chance(0.86) ? '单独' : (opt.guakao && r.chance(0.4) ? '挂靠' : '');
    else if (pm >= 1) form = r.chance(0.65) ? '联合' : (opt.guakao && r.chance(0.3) ? '挂靠' : '');
    else form = r.chance(0.35) ? '联合' : '';
    u.form = form;
    u.fem = pm ? Math.round(pm * (0.2 + r() * 0.35)) : 0;
    u.young = pm ? Math.round(pm * (0.12 + r() * 0.35)) : 0;
    u.phoneC = phone(r);
    u.guide = person(r);
    u.note = r.pick(NOTES_U);
    units.push(u);
  }
  // joint groups: a lone candidate pulls in a unit without an organisation (联合支部 covers units with few or no members)
  if (units.filter((u) => u.form === '联合').length === 1) {
    const free = units.filter((u) => !u.form && u.pm < 3);
    if (free.length && r.chance(0.8)) r.pick(free).form = '联合';
  }
  const joint = r.shuffle(units.filter((u) => u.form === '联合'));
  const groups = [];
  let k = 0;
  while (k < joint.length) {
    const left = joint.length - k;
    let sz = Math.min(left, r.int(2, 5));
    if (left - sz === 1) sz = left >= 3 && sz > 2 ? sz - 1 : sz + 1;
    if (sz === 1) { joint[k].form = ''; k++; continue; }
    groups.push(joint.slice(k, k + sz)); k += sz;
  }
  for (const g of groups) {
    const lead = g.slice().sort((a, b) => b.pm - a.pm)[0];
    const sec = person(r); const y = r.int(2012, 2024), m = y === 2024 ? r.int(1, 6) : r.int(1, 12);
    for (const u of g) { u.sec = sec; u.secPhone = lead.phoneC; u.y = y; u.m = m; u.d = y === 2024 && m === 6 ? r.int(1, 25) : r.int(1, 28); u.lead = u === lead; }
  }
  for (const u of units) {
    u.est = u.form ? '是' : '否';
    if (u.form && u.form !== '联合') { u.sec = person(r); u.secPhone = u.phoneC; u.y = r.int(2008, 2024); u.m = u.y === 2024 ? r.int(1, 6) : r.int(1, 12); u.d = r.int(1, 28); }
    if (!u.form) { u.sec = ''; u.secPhone = u.phoneC; }
  }
  return { units, jointOrgs: groups.length };
}
function agg(units, jointOrgs) {
  const a = { ent: units.length, est: 0, own: 0, joint: 0, guakao: 0, jointOrgs: jointOrgs || 0, emp: 0, pm: 0, fem: 0, young: 0, hasPm: 0 };
  for (const u of units) {
    a.emp += u.emp; a.pm += u.pm; a.fem += u.fem; a.young += u.young; if (u.pm > 0) a.hasPm++;
    if (u.form) a.est++; if (u.form === '单独') a.own++; if (u.form === '联合') a.joint++; if (u.form === '挂靠') a.guakao++;
  }
  a.orgs = a.own + a.jointOrgs;
  return a;
}
function addAgg(list) {
  const t = {};
  for (const a of list) for (const k of Object.keys(a)) if (typeof a[k] === 'number') t[k] = (t[k] || 0) + a[k];
  return t;
}
function prevOf(r, a) {
  const p = {};
  p.ent = Math.max(1, a.ent - r.int(-1, Math.max(1, Math.round(a.ent * 0.2))));
  p.est = Math.max(0, Math.min(p.ent, a.est - r.int(-1, Math.max(1, Math.round(a.est * 0.25)))));
  p.pm = Math.max(1, a.pm - r.int(-2, Math.max(2, Math.round(a.pm * 0.15))));
  p.emp = Math.max(p.ent * 5, a.emp - r.int(-80, 400));
  return p;
}
function genCounty(r, county, opt) {
  const towns = r.sample(TOWNS, r.int(opt.minT || 4, opt.maxT || 8));
  const used = new Set();
  const out = { county, towns: [] };
  for (const t of towns) {
    const ent = genUnits(r, county, t, 'ent', r.int(opt.minU || 2, opt.maxU || 9), opt, used);
    const org = opt.orgs ? genUnits(r, county, t, 'org', r.int(0, 4), opt, used) : { units: [], jointOrgs: 0 };
    const T = { name: t, ent: ent.units, org: org.units, aEnt: agg(ent.units, ent.jointOrgs), aOrg: agg(org.units, org.jointOrgs) };
    T.pEnt = prevOf(r, T.aEnt); T.pOrg = prevOf(r, T.aOrg);
    if (!org.units.length) T.pOrg = { ent: r.int(0, 1), est: 0, pm: r.int(0, 2), emp: 0 };
    out.towns.push(T);
  }
  out.aEnt = addAgg(out.towns.map((t) => t.aEnt)); out.aOrg = addAgg(out.towns.map((t) => t.aOrg));
  out.pEnt = addAgg(out.towns.map((t) => t.pEnt)); out.pOrg = addAgg(out.towns.map((t) => t.pOrg));
  return out;
}

// ---------------------------------------------------------------- sheet model
const colL = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
function newSheet(name) { return { name, cells: new Map(), merges: [], hidden: new Set(), widths: {}, rels: [], cands: [], tableBox: null, freeze: null }; }
function put(sh, r, c, v, o = {}) { const a = A(r, c); sh.cells.set(a, Object.assign({ v }, o)); return a; }
function merge(sh, r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; sh.merges.push(`${A(r1, c1)}:${A(r2, c2)}`); }
const getv = (sh, a) => { const c = sh.cells.get(a); return c ? c.v : null; };

// number maybe as text
function nv(r, x, L) { return L && L.textProb && r.chance(L.textProb) ? String(x) : x; }

function headerRows(sh, r0, c0, cols, style) {
  const two = cols.some((c) => c.sub !== undefined && c.sub !== null);
  for (let i = 0; i < cols.length;) {
    const col = cols[i];
    if (two && col.sub !== undefined && col.sub !== null) {
      let j = i; while (j + 1 < cols.length && cols[j + 1].top === col.top && cols[j + 1].sub !== undefined && cols[j + 1].sub !== null) j++;
      put(sh, r0, c0 + i, col.top, { bold: true, hdr: true }); merge(sh, r0, c0 + i, r0, c0 + j);
      for (let k = i; k <= j; k++) put(sh, r0 + 1, c0 + k, cols[k].sub, { bold: true, hdr: true });
      i = j + 1;
    } else {
      put(sh, r0, c0 + i, col.top, { bold: true, hdr: true }); if (two) merge(sh, r0, c0 + i, r0 + 1, c0 + i); i++;
    }
  }
  return two ? 2 : 1;
}
function sumFormula(addrs) {
  // contiguous in one column -> SUM(range)
  const parsed = addrs.map((a) => { const m = /^([A-Z]+)(\d+)$/.exec(a); return [m[1], +m[2]]; });
  if (parsed.every((p) => p[0] === parsed[0][0]) && parsed.every((p, i) => i === 0 || p[1] === parsed[i - 1][1] + 1)) return `SUM(${addrs[0]}:${addrs[addrs.length - 1]})`;
  return addrs.join('+');
}

// ---------------------------------------------------------------- ledger
const LCOLDEF = {
  seq: ['序号'], name: ['单位名称', '企业名称', '单位全称'], code: ['统一社会信用代码'], town: ['所属乡镇', '所属乡镇（街道）', '乡镇（街道）'],
  ind: ['行业', '所属行业', '行业类别'], emp: ['从业人员数', '从业人员（人）', '职工人数'], pm: ['党员数', '党员人数', '党员（名）'],
  fem: ['其中：女党员', '女党员'], young: ['其中：35岁及以下', '35岁及以下党员'],
  est: ['是否建立党组织', '是否建立\n党组织'], form: ['组织形式', '组建方式'], sec: ['党组织书记', '书记姓名'], phone: ['联系电话', '书记联系电话'],
  date: ['成立时间', '党组织成立时间'], guide: ['党建指导员'], note: ['备注'], flag: ['建立标志'], tcode: ['乡镇代码'], sup: ['业务主管单位'],
};
function formText(f, L) {
  if (!f) return L.formBlank ? '' : '—';
  if (L.formLong) return { 单独: '单独组建', 联合: '联合组建', 挂靠: '挂靠组建' }[f];
  return f;
}
function dateVal(u, L) {
  if (!u.y) return '';
  switch (L.dateStyle) {
    case 'date': return { date: new Date(Date.UTC(u.y, u.m - 1, u.d)) };
    case 'dottext': return `${u.y}.${String(u.m).padStart(2, '0')}`;
    case 'dotnum': return { num: u.y + u.m / 100 };
    case 'cn': return `${u.y}年${u.m}月`;
    default: return `${u.y}-${String(u.m).padStart(2, '0')}-${String(u.d).padStart(2, '0')}`;
  }
}
function writeTitle(sh, r, row, ncol, text, info) {
  put(sh, row, 1, text, { bold: true, size: 16, center: true }); merge(sh, row, 1, row, ncol); row++;
  if (info) {
    if (info.style === 'one') { put(sh, row, 1, info.text); merge(sh, row, 1, row, ncol); }
    else if (info.style === 'split') {
      put(sh, row, 1, '填报单位：' + info.unit); merge(sh, row, 1, row, Math.max(1, Math.floor(ncol / 2)));
      put(sh, row, ncol - 2 > 1 ? ncol - 2 : ncol, '填报日期：'); put(sh, row, ncol - 1 > 1 ? ncol - 1 : ncol, info.date, { fmt: 'yyyy"年"m"月"d"日"' });
    } else if (info.style === 'unitline') { put(sh, row, ncol, '单位：户、名、%'); }
    row++;
  }
  return row;
}
function infoLine(r, unitName) {
  const date = new Date(Date.UTC(2024, r.pick([5, 6, 6, 8, 9]), r.int(1, 28)));
  const st = r.pick(['one', 'one', 'split', 'unitline', 'none']);
  if (st === 'none') return null;
  const ds = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  return { style: st, unit: unitName, date, text: `填报单位：${unitName}（盖章）　　　　　　　　填报日期：${ds}` };
}

function writeLedger(r, sh, county, towns, kind, L) {
  // L: cols, total, subtotal, blank, groupHdr, phoneNum, dateStyle, textProb, notes, formula, seqRestart, countInEst, totalLabel
  const cols = L.cols.map((k) => ({ key: k, top: L.labels[k] }));
  if (L.twoRow) {
    for (const c of cols) {
      if (['est', 'form', 'sec', 'phone', 'date'].includes(c.key)) { c.sub = c.top; c.top = '党组织建立情况'; }
      if (['pm', 'fem', 'young'].includes(c.key) && L.cols.includes('fem')) { c.sub = c.key === 'pm' ? '合计' : c.top.replace('其中：', ''); c.top = '党员数（名）'; }
    }
  }
  const nc = cols.length;
  let row = 1;
  if (L.title) row = writeTitle(sh, r, row, nc, L.title, L.info);
  const hdr = row;
  row += headerRows(sh, row, 1, cols, 'x');
  const ci = (k) => L.cols.indexOf(k) + 1;
  const numKeys = ['emp', 'pm', 'fem', 'young'].filter((k) => L.cols.includes(k));
  const subAddrs = {}; numKeys.forEach((k) => (subAddrs[k] = []));
  const allUnitAddrs = {}; numKeys.forEach((k) => (allUnitAddrs[k] = []));
  let seq = 0;
  const first = row;
  const list = towns.map((t) => ({ t, units: kind === 'ent' ? t.ent : t.org })).filter((g) => g.units.length || !L.subtotal);
  list.forEach((g, gi) => {
    if (!g.units.length) return;
    if (L.groupHdr) { put(sh, row, 1, `${'一二三四五六七八九十'.split('')[gi] || gi + 1}、${g.t.name}`, { bold: true }); merge(sh, row, 1, row, Math.min(nc, 3)); row++; }
    if (L.seqRestart) seq = 0;
    const gAddr = {}; numKeys.forEach((k) => (gAddr[k] = []));
    for (const u of g.units) {
      seq++;
      for (const k of L.cols) {
        const c = ci(k);
        let v; const o = {};
        switch (k) {
          case 'seq': v = seq; break;
          case 'name': v = u.name; break;
          case 'code': v = u.code; break;
          case 'town': v = u.town; break;
          case 'ind': v = u.ind; break;
          case 'sup': v = u.sup || ''; break;
          case 'emp': case 'pm': case 'fem': case 'young': v = nv(r, u[k], L); if (L.zeroBlank && u[k] === 0 && k !== 'emp') v = null; break;
          case 'est': v = u.est; break;
          case 'form': v = formText(u.form, L); break;
          case 'sec': v = u.sec; break;
          case 'phone': v = u.form ? (L.phoneNum ? Number(u.secPhone) : u.secPhone) : (L.phoneAll ? (L.phoneNum ? Number(u.secPhone) : u.secPhone) : ''); break;
          case 'date': { const d = dateVal(u, L); if (d && d.date) { v = d.date; o.fmt = L.dateFmt || 'yyyy-mm-dd'; } else if (d && d.num !== undefined) { v = round(d.num, 2); o.fmt = '0.00'; } else v = d; break; }
          case 'guide': v = u.guide; break;
          case 'note': v = u.note; break;
          case 'flag': v = u.form ? 1 : 0; break;
          case 'tcode': v = 100 + TOWNS.indexOf(u.town); break;
        }
        const a = put(sh, row, c, v, o);
        if (numKeys.includes(k)) { gAddr[k].push(a); allUnitAddrs[k].push(a); if (L.total || L.subtotal) sh.cands.push({ a, kind: 'lcount', key: k }); }
      }
      row++;
    }
    if (L.subtotal) {
      put(sh, row, ci('name') || 2, '小计', { bold: true });
      if (ci('town')) put(sh, row, ci('town'), g.t.name);
      for (const k of numKeys) {
        const s = g.units.reduce((x, u) => x + u[k], 0);
        const a = put(sh, row, ci(k), s, { bold: true, f: L.formula ? sumFormula(gAddr[k]) : null });
        sh.rels.push({ t: 'sum', total: a, parts: gAddr[k], tol: 0 });
        subAddrs[k].push(a);
        sh.cands.push({ a, kind: 'total', key: k });
      }
      if (L.countInEst && ci('est')) put(sh, row, ci('est'), g.units.filter((u) => u.form).length);
      row++;
    }
    if (L.blank && gi < list.length - 1) row++;
  });
  if (L.total) {
    const all = list.flatMap((g) => g.units);
    const lab = L.totalLabel;
    if (ci('seq') === 1 && ci('name') === 2 && L.mergeTotal) { put(sh, row, 1, lab, { bold: true, center: true }); merge(sh, row, 1, row, 2); }
    else put(sh, row, ci('seq') || 1, lab, { bold: true });
    if (L.totalCountText && ci('name') && !(ci('seq') === 1 && ci('name') === 2 && L.mergeTotal)) put(sh, row, ci('name'), `共${all.length}${kind === 'ent' ? '户' : '个'}，已建${all.filter((u) => u.form).length}${kind === 'ent' ? '户' : '个'}`);
    for (const k of numKeys) {
      const s = all.reduce((x, u) => x + u[k], 0);
      const parts = L.subtotal ? subAddrs[k] : allUnitAddrs[k];
      const a = put(sh, row, ci(k), s, { bold: true, f: L.formula ? (L.subtotal ? parts.join('+') : sumFormula(parts)) : null });
      sh.rels.push({ t: 'sum', total: a, parts, tol: 0 });
      sh.cands.push({ a, kind: 'total', key: k });
    }
    if (L.countInEst && ci('est')) put(sh, row, ci('est'), all.filter((u) => u.form).length);
    row++;
  }
  sh.tableBox = [hdr, 1, row - 1, nc];
  for (const k of ['flag', 'tcode']) if (ci(k)) sh.hidden.add(ci(k));
  sh.widths = Object.fromEntries(L.cols.map((k, i) => [i + 1, { name: 34, code: 22, ind: 18, town: 12, phone: 14, date: 12, note: 18, sup: 14 }[k] || 9]));
  if (L.notes) { row++; for (const n of L.notes) { put(sh, row, 1, n); merge(sh, row, 1, row, Math.min(nc, 8)); row++; } }
  sh.freeze = hdr + (cols.some((c) => c.sub) ? 2 : 1) - 1;
  return row;
}

// ---------------------------------------------------------------- summary
// metric specs: key -> value getter from {a, p}
function rateOf(n, d, R) { if (!d) return null; return R.frac ? round(n / d, R.dec + 2) : round((n / d) * 100, R.dec); }
function summaryCols(S) {
  const cols = [{ key: 'label', top: S.labelHdr }];
  const sfx = S.blockName ? '' : '';
  const E = S.entWord; // 企业 / 社会组织
  const P = S.prev;
  const Y = S.yearLabels; // ['本年','上年','增减'] or [2024, 2023, '增减']
  for (const m of S.metrics) {
    switch (m) {
      case 'ent': if (P) { cols.push({ key: 'ent', top: `${E}数（${S.unitW}）`, sub: Y[0] }, { key: 'entP', top: `${E}数（${S.unitW}）`, sub: Y[1] }, { key: 'entC', top: `${E}数（${S.unitW}）`, sub: Y[2] }); }
        else cols.push({ key: 'ent', top: S.hdrEnt || `${E}数（${S.unitW}）` }); break;
      case 'hasPm': cols.push({ key: 'hasPm', top: `其中：有党员的${E}（${S.unitW}）` }); break;
      case 'est': if (P) { cols.push({ key: 'est', top: S.hdrEst || `建立党组织${E}数`, sub: Y[0] }, { key: 'estP', top: S.hdrEst || `建立党组织${E}数`, sub: Y[1] }, { key: 'estC', top: S.hdrEst || `建立党组织${E}数`, sub: Y[2] }); }
        else cols.push({ key: 'est', top: S.group ? '党组织覆盖情况' : (S.hdrEst || `已建党组织${E}数（${S.unitW}）`), sub: S.group ? (S.hdrEst || `覆盖${E}数`) : null }); break;
      case 'orgs': cols.push({ key: 'orgs', top: S.group ? '党组织覆盖情况' : '党组织数（个）', sub: S.group ? '党组织数（个）' : null }); break;
      case 'rate': if (P) { cols.push({ key: 'rate', top: '覆盖率（%）', sub: Y[0] }, { key: 'rateP', top: '覆盖率（%）', sub: Y[1] }, { key: 'rateC', top: '覆盖率（%）', sub: S.ppLabel || '增减（百分点）' }); }
        else cols.push({ key: 'rate', top: S.group ? '党组织覆盖情况' : S.hdrRate, sub: S.group ? S.hdrRate : null }); break;
      case 'own': cols.push({ key: 'own', top: '组建方式', sub: S.ownLabel || '单独组建' }); break;
      case 'joint': cols.push({ key: 'joint', top: '组建方式', sub: S.jointLabel || '联合组建' }); break;
      case 'guakao': cols.push({ key: 'guakao', top: '组建方式', sub: '挂靠组建' }); break;
      case 'jointOrgs': cols.push({ key: 'jointOrgs', top: '组建方式', sub: '联合党组织（个）' }); break;
      case 'emp': cols.push({ key: 'emp', top: '从业人员数（人）' }); break;
      case 'pm': if (P) { cols.push({ key: 'pm', top: '党员数（名）', sub: Y[0] }, { key: 'pmP', top: '党员数（名）', sub: Y[1] }, { key: S.pmChange === 'pp' ? 'pmC' : 'pmG', top: '党员数（名）', sub: S.pmChange === 'pp' ? Y[2] : '增长（%）' }); }
        else if (S.pmGroup) cols.push({ key: 'pm', top: '党员数（名）', sub: '合计' }); else cols.push({ key: 'pm', top: '党员数（名）' }); break;
      case 'fem': cols.push(S.pmGroup && !P ? { key: 'fem', top: '党员数（名）', sub: S.femLabel } : { key: 'fem', top: '其中', sub: S.femLabel }); break;
      case 'young': cols.push(S.pmGroup && !P ? { key: 'young', top: '党员数（名）', sub: S.youngLabel } : { key: 'young', top: '其中', sub: S.youngLabel }); break;
    }
  }
  if (S.noteCol) cols.push({ key: 'note', top: '备注' });
  // when only some columns have sub, all is two-row; columns with group top but single → fine
  return cols;
}
const RATEKEYS = ['rate', 'rateP'];
function summaryVals(a, p, S) {
  const R = S.R;
  const v = {};
  for (const k of ['ent', 'est', 'own', 'joint', 'guakao', 'jointOrgs', 'orgs', 'emp', 'pm', 'fem', 'young', 'hasPm']) v[k] = a[k];
  if (S.jointCov) v.joint = a.joint;
  v.rate = rateOf(a.est, a.ent, R);
  if (p) {
    v.entP = p.ent; v.entC = a.ent - p.ent; v.estP = p.est; v.estC = a.est - p.est;
    v.rateP = rateOf(p.est, p.ent, R);
    v.rateC = v.rate === null || v.rateP === null ? null : (R.frac ? round(v.rate - v.rateP, R.dec + 2) : round(v.rate - v.rateP, R.dec));
    v.pmP = p.pm; v.pmC = a.pm - p.pm; v.pmG = p.pm ? round((a.pm / p.pm - 1) * 100, S.gDec) : null;
  }
  return v;
}
function writeSummary(r, sh, S, rows, c0 = 1, r0 = 1, titleNc) {
  // rows: [{label, a, p, kind:'town'|'total'|'sub'}]
  const cols = summaryCols(S);
  const nc = cols.length;
  let row = r0;
  if (S.title) row = writeTitle(sh, r, row, titleNc || nc, S.title, S.info);
  if (S.blockTitle) { put(sh, row, c0, S.blockTitle, { bold: true }); merge(sh, row, c0, row, c0 + nc - 1); row++; }
  const hdr = row;
  row += headerRows(sh, row, c0, cols);
  if (S.colNumRow) {
    let n = 0;
    cols.forEach((c, i) => { if (c.key === 'label') put(sh, row, c0 + i, '甲', { center: true }); else if (c.key === 'note') put(sh, row, c0 + i, '乙', { center: true }); else put(sh, row, c0 + i, S.colNumText ? String(++n) : ++n, { center: true }); });
    row++;
  }
  const R = S.R;
  const rateFmt = R.frac ? (R.dec === 1 ? '0.0%' : '0.00%') : (R.dec === 1 ? '0.0' : R.dec === 2 ? '0.00' : '0');
  const addrRows = [];
  const order = S.totalTop ? [rows.find((x) => x.kind === 'total'), ...rows.filter((x) => x.kind !== 'total')] : rows;
  for (const rw of order) {
    if (!rw) continue;
    if (rw.blankBefore) row++;
    const v = summaryVals(rw.a, rw.p, S);
    const m = {};
    cols.forEach((c, i) => {
      const cc = c0 + i;
      if (c.key === 'label') { m.label = put(sh, row, cc, rw.label, { bold: rw.kind === 'total' }); return; }
      if (c.key === 'note') { put(sh, row, cc, rw.note || ''); return; }
      let x = v[c.key];
      const o = { bold: rw.kind === 'total' };
      if (RATEKEYS.includes(c.key) || c.key === 'rateC') {
        o.fmt = rateFmt;
        if (x === null) x = S.nullRate;
      } else if (c.key === 'pmG') { o.fmt = S.gDec === 1 ? '0.0' : '0.00'; if (x === null) x = S.nullRate; }
      else if (x === 0 && S.zeroDash && rw.kind === 'town' && !['entC', 'estC', 'pmC'].includes(c.key)) x = '—';
      else if (typeof x === 'number' && S.textProb && rw.kind === 'town' && r.chance(S.textProb)) x = String(x);
      m[c.key] = put(sh, row, cc, x, o);
    });
    addrRows.push({ rw, m, v });
    row++;
  }
  // relations
  const keys = cols.map((c) => c.key);
  const has = (k) => keys.includes(k);
  const k100 = R.frac ? 1 : 100;
  const rtol = 0.5 * Math.pow(10, -(R.dec + (R.frac ? 2 : 0))) + 1e-9;
  const towns = addrRows.filter((x) => x.rw.kind === 'town');
  const total = addrRows.find((x) => x.rw.kind === 'total');
  const subs = addrRows.filter((x) => x.rw.kind === 'sub');
  for (const x of addrRows) {
    const m = x.m;
    if (has('rate') && has('est') && has('ent')) sh.rels.push({ t: 'rate', cell: m.rate, num: m.est, den: m.ent, k: k100, tol: rtol });
    if (has('rateP') && has('estP')) sh.rels.push({ t: 'rate', cell: m.rateP, num: m.estP, den: m.entP, k: k100, tol: rtol });
    const parts = ['own', 'joint', 'guakao'].filter(has);
    if (has('est') && has('own') && has('joint')) sh.rels.push({ t: 'sum', total: m.est, parts: parts.map((k) => m[k]), tol: 0 });
    if (has('orgs') && has('own') && has('jointOrgs')) sh.rels.push({ t: 'sum', total: m.orgs, parts: [m.own, m.jointOrgs], tol: 0 });
    if (has('est') && has('ent')) sh.rels.push({ t: 'le', whole: m.ent, parts: [m.est], tol: 0 });
    if (has('hasPm')) sh.rels.push({ t: 'le', whole: m.ent, parts: [m.hasPm], tol: 0 });
    if (has('fem')) sh.rels.push({ t: 'le', whole: m.pm, parts: [m.fem], tol: 0 });
    if (has('young')) sh.rels.push({ t: 'le', whole: m.pm, parts: [m.young], tol: 0 });
    if (has('emp') && has('pm')) sh.rels.push({ t: 'le', whole: m.emp, parts: [m.pm], tol: 0 });
    if (has('entC')) sh.rels.push({ t: 'pp', cell: m.entC, cur: m.ent, prev: m.entP, tol: 0 });
    if (has('estC')) sh.rels.push({ t: 'pp', cell: m.estC, cur: m.est, prev: m.estP, tol: 0 });
    if (has('rateC') && x.v.rateC !== null) sh.rels.push({ t: 'pp', cell: m.rateC, cur: m.rate, prev: m.rateP, tol: rtol });
    if (has('pmC')) sh.rels.push({ t: 'pp', cell: m.pmC, cur: m.pm, prev: m.pmP, tol: 0 });
    if (has('pmG') && x.v.pmG !== null) sh.rels.push({ t: 'growth', cell: m.pmG, cur: m.pm, prev: m.pmP, tol: 0.5 * Math.pow(10, -S.gDec) + 1e-9 });
  }
  const countKeys = ['ent', 'entP', 'entC', 'est', 'estP', 'estC', 'own', 'joint', 'guakao', 'jointOrgs', 'orgs', 'emp', 'pm', 'pmP', 'pmC', 'fem', 'young', 'hasPm'].filter(has);
  if (total) {
    for (const k of countKeys) sh.rels.push({ t: 'sum', total: total.m[k], parts: towns.map((x) => x.m[k]), tol: 0 });
    for (const s of subs) for (const k of countKeys.filter((k) => !k.endsWith('C'))) sh.rels.push({ t: 'le', whole: total.m[k], parts: [s.m[k]], tol: 0 });
  }
  // candidates
  for (const x of towns) {
    for (const k of countKeys) sh.cands.push({ a: x.m[k], kind: k.endsWith('C') ? 'chg' : 'count', key: k, m: x.m, v: x.v });
    for (const k of ['fem', 'young', 'hasPm'].filter(has)) sh.cands.push({ a: x.m[k], kind: 'sub', key: k, m: x.m, v: x.v });
    if (has('rate') && x.v.rate !== null) sh.cands.push({ a: x.m.rate, kind: 'rate', key: 'rate', m: x.m, v: x.v, R });
    if (has('rateP') && x.v.rateP !== null) sh.cands.push({ a: x.m.rateP, kind: 'rate', key: 'rateP', m: x.m, v: x.v, R });
    if (has('rateC') && x.v.rateC !== null) sh.cands.push({ a: x.m.rateC, kind: 'chg', key: 'rateC', m: x.m, v: x.v, R });
    if (has('pmG') && x.v.pmG !== null) sh.cands.push({ a: x.m.pmG, kind: 'chg', key: 'pmG', m: x.m, v: x.v, gDec: S.gDec });
    for (const k of ['ent', 'est', 'pm'].filter(has)) sh.cands.push({ a: x.m[k], kind: 'ledgerdiff', key: k, m: x.m, v: x.v });
  }
  if (total) for (const k of countKeys.filter((k) => !k.endsWith('C'))) sh.cands.push({ a: total.m[k], kind: 'total', key: k });
  if (total && has('rate')) sh.cands.push({ a: total.m.rate, kind: 'rate', key: 'rate', m: total.m, v: total.v, R });
  if (S.formula) {
    // total row sums and rates as formulas
    if (total) for (const k of countKeys) { const c = sh.cells.get(total.m[k]); c.f = sumFormula(towns.map((x) => x.m[k])); }
    for (const x of addrRows) if (has('rate') && x.v.rate !== null) { const c = sh.cells.get(x.m.rate); c.f = R.frac ? `IF(${x.m.ent}=0,"—",ROUND(${x.m.est}/${x.m.ent},${R.dec + 2}))` : `ROUND(${x.m.est}/${x.m.ent}*100,${R.dec})`; }
  }
  const box = [hdr, c0, row - 1, c0 + nc - 1];
  sh.boxes = (sh.boxes || []).concat([box]);
  for (let i = 0; i < nc; i++) sh.widths[c0 + i] = sh.widths[c0 + i] || (i === 0 ? 14 : 10);
  if (S.notes) { row++; for (const n of S.notes) { put(sh, row, c0, n); merge(sh, row, c0, row, c0 + Math.min(nc, 10) - 1); row++; } }
  return { row, nc, addrRows };
}

// ---------------------------------------------------------------- quarterly
const TASKS = [
  { name: '新建非公企业党组织', unit: '个', lo: 1, hi: 6 }, { name: '选派党建指导员', unit: '名', lo: 3, hi: 15 }, { name: '发展党员', unit: '名', lo: 2, hi: 12 },
  { name: '新建社会组织党组织', unit: '个', lo: 0, hi: 3 }, { name: '党组织书记培训', unit: '人次', lo: 10, hi: 60 }, { name: '“两新”党建示范点创建', unit: '个', lo: 1, hi: 3 },
];
function qDone(r, target, quarters) {
  const ratio = r.chance(0.25) ? 1 + r() * 0.6 : r() * 1.0;
  const tot = Math.round(target * ratio);
  const qs = []; let left = tot;
  for (let i = 0; i < quarters - 1; i++) { const x = r.int(0, left); qs.push(x); left -= x; }
  qs.push(left);
  return qs;
}
function writeQuarterly(r, sh, Q, entities) {
  // Q.layout 'towns' (rows = towns; per task blocks) | 'tasks' (rows = tasks) | 'quarters' (rows = towns; quarter columns, one task)
  let row = 1;
  const dec = Q.dec; const fmt = dec === 0 ? '0' : dec === 1 ? '0.0' : '0.00';
  const rtol = 0.5 * Math.pow(10, -dec) + 1e-9;
  const qn = Q.quarters;
  const qLab = ['一季度', '二季度', '三季度', '四季度'];
  if (Q.layout === 'tasks') {
    const cols = [{ key: 'seq', top: '序号' }, { key: 'task', top: '重点任务' }, { key: 'unit', top: '计量单位' }, { key: 'tgt', top: '年度目标数' }];
    for (let i = 0; i < qn; i++) cols.push({ key: 'q' + i, top: '完成数', sub: qLab[i] });
    cols.push({ key: 'done', top: '完成数', sub: '累计' }, { key: 'rate', top: '完成率（%）' });
    if (Q.schedule) cols.push({ key: 'sched', top: '序时进度（%）' });
    cols.push({ key: 'note', top: '备注' });
    if (Q.title) row = writeTitle(sh, r, row, cols.length, Q.title, Q.info);
    const hdr = row; row += headerRows(sh, row, 1, cols);
    const tasks = r.sample(TASKS, r.int(4, 6));
    tasks.forEach((t, i) => {
      const tgt = Math.max(1, r.int(t.lo, t.hi) * (Q.scale || 1));
      const qs = qDone(r, tgt, qn); const done = qs.reduce((a, b) => a + b, 0);
      const m = {};
      cols.forEach((c, j) => {
        const cc = j + 1; let v = null; const o = {};
        if (c.key === 'seq') v = i + 1; else if (c.key === 'task') v = t.name; else if (c.key === 'unit') v = t.unit; else if (c.key === 'tgt') v = tgt;
        else if (c.key.startsWith('q')) v = qs[+c.key.slice(1)]; else if (c.key === 'done') v = done;
        else if (c.key === 'rate') { v = round((done / tgt) * 100, dec); o.fmt = fmt; }
        else if (c.key === 'sched') { v = qn * 25; o.fmt = '0'; }
        else if (c.key === 'note') v = done > tgt ? '超额完成' : done === tgt ? '已完成' : '';
        m[c.key] = put(sh, row, cc, v, o);
      });
      sh.rels.push({ t: 'sum', total: m.done, parts: [...Array(qn).keys()].map((q) => m['q' + q]), tol: 0 });
      sh.rels.push({ t: 'rate', cell: m.rate, num: m.done, den: m.tgt, k: 100, tol: rtol });
      sh.cands.push({ a: m.rate, kind: 'qrate', m, tgt, done, dec });
      sh.cands.push({ a: m.done, kind: 'qcount', m });
      for (let q = 0; q < qn; q++) sh.cands.push({ a: m['q' + q], kind: 'qcount', m });
      row++;
    });
    sh.boxes = [[hdr, 1, row - 1, cols.length]];
    cols.forEach((c, j) => (sh.widths[j + 1] = c.key === 'task' ? 26 : 10));
  } else {
    // rows = entities (towns or counties); blocks per task
    const tasks = Q.layout === 'quarters' ? [r.pick(TASKS.slice(0, 3))] : r.sample(TASKS.slice(0, 5), r.int(2, 3));
    const cols = [{ key: 'label', top: Q.labelHdr }];
    tasks.forEach((t, ti) => {
      const top = `${t.name}（${t.unit}）`;
      cols.push({ key: `t${ti}`, top, sub: Q.tgtLabel || '目标数' });
      if (Q.layout === 'quarters') for (let i = 0; i < qn; i++) cols.push({ key: `q${ti}_${i}`, top, sub: qLab[i] });
      cols.push({ key: `d${ti}`, top, sub: Q.layout === 'quarters' ? '累计完成' : '完成数' }, { key: `r${ti}`, top, sub: '完成率（%）' });
    });
    if (Q.title) row = writeTitle(sh, r, row, cols.length, Q.title, Q.info);
    const hdr = row; row += headerRows(sh, row, 1, cols);
    const data = entities.map((e) => tasks.map((t) => { const tgt = Math.max(Q.allowZero && r.chance(0.1) ? 0 : 1, r.int(t.lo, t.hi) * (Q.scale || 1)); const qs = qDone(r, Math.max(tgt, 1), qn); return { tgt, qs, done: qs.reduce((a, b) => a + b, 0) }; }));
    const tot = tasks.map((t, ti) => { const tgt = data.reduce((a, d) => a + d[ti].tgt, 0); const qs = [...Array(qn).keys()].map((q) => data.reduce((a, d) => a + d[ti].qs[q], 0)); return { tgt, qs, done: qs.reduce((a, b) => a + b, 0) }; });
    const rowsAll = entities.map((e, i) => ({ label: e, d: data[i], kind: 'town' }));
    const totRow = { label: Q.totalLabel, d: tot, kind: 'total' };
    const order = Q.totalTop ? [totRow, ...rowsAll] : [...rowsAll, totRow];
    const ms = [];
    for (const rw of order) {
      const m = {};
      cols.forEach((c, j) => {
        const cc = j + 1; let v; const o = { bold: rw.kind === 'total' };
        if (c.key === 'label') v = rw.label;
        else {
          const ti = +/\d+/.exec(c.key)[0]; const d = rw.d[ti];
          if (c.key[0] === 't') v = d.tgt; else if (c.key[0] === 'q') v = d.qs[+c.key.split('_')[1]]; else if (c.key[0] === 'd') v = d.done;
          else if (c.key[0] === 'r') { v = d.tgt ? round((d.done / d.tgt) * 100, dec) : '—'; o.fmt = fmt; }
          if (typeof v === 'number' && Q.textProb && c.key[0] !== 'r' && rw.kind === 'town' && r.chance(Q.textProb)) v = String(v);
        }
        m[c.key] = put(sh, row, cc, v, o);
      });
      ms.push({ rw, m });
      tasks.forEach((t, ti) => {
        if (rw.d[ti].tgt) sh.rels.push({ t: 'rate', cell: m[`r${ti}`], num: m[`d${ti}`], den: m[`t${ti}`], k: 100, tol: rtol });
        if (Q.layout === 'quarters') sh.rels.push({ t: 'sum', total: m[`d${ti}`], parts: [...Array(qn).keys()].map((q) => m[`q${ti}_${q}`]), tol: 0 });
        if (rw.kind === 'town') {
          if (rw.d[ti].tgt) sh.cands.push({ a: m[`r${ti}`], kind: 'qrate', m, tgt: rw.d[ti].tgt, done: rw.d[ti].done, dec });
          sh.cands.push({ a: m[`d${ti}`], kind: 'qcount', m }); sh.cands.push({ a: m[`t${ti}`], kind: 'qcount', m });
        }
      });
      row++;
    }
    const towns = ms.filter((x) => x.rw.kind === 'town'); const T = ms.find((x) => x.rw.kind === 'total');
    for (const c of cols) if (c.key !== 'label' && c.key[0] !== 'r') sh.rels.push({ t: 'sum', total: T.m[c.key], parts: towns.map((x) => x.m[c.key]), tol: 0 });
    if (Q.formula) for (const c of cols) if (c.key !== 'label' && c.key[0] !== 'r') sh.cells.get(T.m[c.key]).f = sumFormula(towns.map((x) => x.m[c.key]));
    sh.boxes = [[hdr, 1, row - 1, cols.length]];
    cols.forEach((c, j) => (sh.widths[j + 1] = j === 0 ? 14 : 9));
  }
  if (Q.notes) { row++; for (const n of Q.notes) { put(sh, row, 1, n); merge(sh, row, 1, row, 8); row++; } }
}

// ---------------------------------------------------------------- plants
function swapDigits(r, x) {
  const s = String(x);
  const pos = [];
  for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) pos.push(i);
  if (!pos.length) return null;
  const i = r.pick(pos);
  return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}
function loseDigit(r, x) {
  const s = String(x); if (!/^\d{2,}$/.test(s)) return null;
  const i = r.int(0, s.length - 1); const t = s.slice(0, i) + s.slice(i + 1);
  const n = Number(t); return n === x ? null : n;
}
function numOf(v) { return typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null; }
function plantValue(r, sh, cand, type) {
  const cell = sh.cells.get(cand.a); const was = cell.v; const x = numOf(was);
  if (x === null) return null;
  let now = null;
  const dec = (v) => { const s = String(v); return s.includes('.') ? s.split('.')[1].length : 0; };
  switch (type) {
    case 'swap': now = swapDigits(r, x); break;
    case 'lost': now = loseDigit(r, x); break;
    case 'ledgerdiff': { const d = r.pick([-2, -1, 1, 1, 2, 3]); now = x + d; if (now < 0) now = x + 1; break; }
    case 'sub': { const whole = numOf(getv(sh, cand.key === 'hasPm' ? cand.m.ent : cand.m.pm)); if (whole === null) return null; const sw = swapDigits(r, x); now = sw !== null && sw > whole ? sw : whole + r.int(1, Math.max(2, Math.round(whole / 4))); break; }
    case 'rate': {
      const R = cand.R; const v = cand.v; const isP = cand.key === 'rateP';
      const est = isP ? v.estP : v.est, ent = isP ? v.entP : v.ent;
      const opts = [];
      const sw = swapDigits(r, x); if (sw !== null && sw <= (R.frac ? 1 : 100) && Math.abs(sw - x) > (R.frac ? 0.003 : 0.3)) opts.push(sw);
      if (est + 1 <= ent) opts.push(rateOf(est + 1, ent, R));
      if (est >= 1) opts.push(rateOf(est - 1, ent, R));
      opts.push(rateOf(est, ent + r.int(1, 3), R));
      const off = (R.frac ? 0.01 : 1) * r.int(2, 9); if (x + off <= (R.frac ? 1 : 100)) opts.push(round(x + off, R.dec + (R.frac ? 2 : 0)));
      const good = opts.filter((o) => o !== null && Math.abs(o - x) > (R.frac ? 0.004 : 0.4));
      if (!good.length) return null; now = r.pick(good); break;
    }
    case 'chg': {
      if (cand.key === 'pmG') { const v = cand.v; const opts = [round(((v.pm - v.pmP) / v.pm) * 100, cand.gDec), round(-x, cand.gDec), round(x + r.pick([-1, 1]) * r.int(2, 8), cand.gDec), swapDigits(r, Math.abs(x)) !== null ? round(Math.sign(x) * swapDigits(r, Math.abs(x)), cand.gDec) : null]; const g = opts.filter((o) => o !== null && Math.abs(o - x) > 0.3); if (!g.length) return null; now = r.pick(g); }
      else if (cand.key === 'rateC') { const R = cand.R; const u = R.frac ? 0.01 : 1; const opts = [x !== 0 ? round(-x, R.dec + (R.frac ? 2 : 0)) : null, round(x + r.pick([-1, 1]) * u * r.int(1, 5), R.dec + (R.frac ? 2 : 0))]; const g = opts.filter((o) => o !== null && Math.abs(o - x) > (R.frac ? 0.004 : 0.4)); if (!g.length) return null; now = r.pick(g); }
      else { const opts = [x !== 0 ? -x : null, x + r.pick([-2, -1, 1, 2])]; now = r.pick(opts.filter((o) => o !== null)); }
      break;
    }
    case 'qrate': { const opts = [round((cand.tgt / Math.max(cand.done, 1)) * 100, cand.dec), round(x + r.pick([-1, 1]) * r.int(3, 20), cand.dec), swapDigits(r, x)]; const g = opts.filter((o) => o !== null && o >= 0 && Math.abs(o - x) > 0.5); if (!g.length) return null; now = r.pick(g); break; }
    case 'qswap': now = r.chance(0.6) ? swapDigits(r, x) : loseDigit(r, x); break;
  }
  if (now === null || now === undefined || now === x || !Number.isFinite(now) || now < 0 && !['chg'].includes(type)) return null;
  if (dec(now) > 4) now = round(now, 4);
  const nowStored = typeof was === 'string' ? String(now) : now;
  return { was, now: nowStored };
}
const TYPES_FOR = { lcount: ['swap', 'swap', 'lost'], count: ['swap', 'lost'], ledgerdiff: ['ledgerdiff'], sub: ['sub'], rate: ['rate'], chg: ['chg'], total: ['swap'], qrate: ['qrate'], qcount: ['qswap'] };
function choosePlants(r, book, n) {
  const plants = [];
  const wantKinds = r.shuffle(['lcount', 'count', 'ledgerdiff', 'sub', 'rate', 'chg', 'qrate', 'qcount', 'lcount', 'ledgerdiff', 'rate', 'sub', 'total']);
  const usedRows = new Set();
  for (let tries = 0; plants.length < n && tries < 200; tries++) {
    const kind = wantKinds[tries % wantKinds.length];
    const opts = [];
    for (const sh of book.sheets) for (const c of sh.cands) if (c.kind === kind) opts.push([sh, c]);
    if (!opts.length) continue;
    const [sh, c] = r.pick(opts);
    const rowKey = sh.name + '!' + c.a.replace(/^[A-Z]+/, '');
    const colKey = sh.name + '!' + c.a.replace(/\d+$/, '');
    if (usedRows.has(rowKey) || usedRows.has(colKey) || plants.some((p) => p.sheet === sh.name && p.cell === c.a)) continue;
    const type = r.pick(TYPES_FOR[kind]);
    const pv = plantValue(r, sh, c, type);
    if (!pv) continue;
    // apply tentatively and check it breaks something
    const cell = sh.cells.get(c.a);
    const old = cell.v; cell.v = pv.now;
    const get = (a) => getv(sh, a);
    const broken = sh.rels.filter((x) => relCells(x).includes(c.a)).some((x) => { const e = evalRel(x, get); return e !== null && e > 0; });
    if (!broken) { cell.v = old; continue; }
    cell.f = null;
    plants.push({ sheet: sh.name, cell: c.a, was: pv.was, now: pv.now, type, kind });
    usedRows.add(rowKey); usedRows.add(colKey);
  }
  return plants;
}

// ---------------------------------------------------------------- writing
const thin = { style: 'thin', color: { argb: 'FF000000' } };
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = book.creator || 'Administrator';
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    const boxes = sh.boxes || (sh.tableBox ? [sh.tableBox] : []);
    const inBox = (rr, cc) => boxes.some(([r1, c1, r2, c2]) => rr >= r1 && rr <= r2 && cc >= c1 && cc <= c2);
    const planted = sh.planted;
    for (const [a, c] of sh.cells) {
      const cell = ws.getCell(a);
      let v = c.v;
      if (v === undefined) v = null;
      if (c.f && !planted) cell.value = { formula: c.f, result: v === null ? undefined : v };
      else cell.value = v;
      if (c.fmt) cell.numFmt = c.fmt;
      const font = { name: '宋体', size: c.size || 11 }; if (c.bold) font.bold = true; cell.font = font;
      if (c.hdr || c.center) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      const m = /^([A-Z]+)(\d+)$/.exec(a);
      const rr = +m[2]; let cc = 0; for (const ch of m[1]) cc = cc * 26 + ch.charCodeAt(0) - 64;
      if (inBox(rr, cc)) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    for (const mg of sh.merges) ws.mergeCells(mg);
    for (const [c, w] of Object.entries(sh.widths || {})) ws.getColumn(+c).width = w;
    for (const c of sh.hidden) ws.getColumn(c).hidden = true;
    if (sh.freeze) ws.views = [{ state: 'frozen', ySplit: sh.freeze, xSplit: 0 }];
  }
  await wb.xlsx.writeFile(file);
}

// ---------------------------------------------------------------- recipes
function ledgerOpts(r, kind, variety, county) {
  const base = kind === 'ent' ? ['seq', 'name', 'code', 'town', 'ind', 'emp', 'pm', 'est', 'form', 'sec', 'phone', 'date', 'guide', 'note']
    : ['seq', 'name', 'code', 'town', 'ind', 'sup', 'emp', 'pm', 'est', 'form', 'sec', 'phone', 'date', 'guide', 'note'];
  let cols = base.slice();
  if (r.chance(variety ? 0.3 : 0.1)) cols = cols.filter((k) => !['guide', 'ind', 'sup'].includes(k) || r.chance(0.5));
  if (r.chance(variety ? 0.35 : 0.15)) { const i = cols.indexOf('pm'); cols.splice(i + 1, 0, 'fem', 'young'); }
  if (variety && r.chance(0.3)) { const i = cols.indexOf('town'); cols.splice(i, 1); cols.splice(r.int(1, 3), 0, 'town'); }
  if (variety && r.chance(0.25)) cols.splice(r.int(2, cols.length - 1), 0, 'flag');
  if (variety && r.chance(0.15)) cols.splice(r.int(2, cols.length - 1), 0, 'tcode');
  const labels = Object.fromEntries(Object.entries(LCOLDEF).map(([k, v]) => [k, r.pick(v)]));
  { const j = r.int(0, 1); labels.fem = LCOLDEF.fem[j]; labels.young = LCOLDEF.young[j]; }
  if (kind === 'org') { labels.name = '社会组织名称'; labels.ind = '组织类型'; labels.emp = r.pick(['专职工作人员数', '从业人员数']); }
  const L = {
    cols, labels, twoRow: r.chance(variety ? 0.4 : 0.2),
    total: r.chance(0.75), subtotal: r.chance(variety ? 0.4 : 0.25), blank: r.chance(variety ? 0.3 : 0.1), groupHdr: r.chance(variety ? 0.2 : 0.05),
    phoneNum: r.chance(variety ? 0.5 : 0.3), phoneAll: r.chance(0.3), dateStyle: r.pick(['date', 'dottext', 'cn', 'iso', variety ? 'dotnum' : 'date']), dateFmt: r.pick(['yyyy-mm-dd', 'yyyy"年"m"月"', 'yyyy/m/d']),
    textProb: r.chance(variety ? 0.35 : 0.15) ? 0.06 : 0, seqRestart: r.chance(0.2), countInEst: variety && r.chance(0.2), totalLabel: r.pick(['合计', '合计', '总计', '合  计']),
    mergeTotal: r.chance(0.5), totalCountText: r.chance(variety ? 0.3 : 0.1), formLong: r.chance(0.5), formBlank: r.chance(0.5), zeroBlank: r.chance(variety ? 0.2 : 0.05),
    formula: false,
  };
  if (L.phoneAll) labels.phone = '联系电话';
  if (L.subtotal) L.total = r.chance(0.8);
  L.title = r.chance(0.85) ? `${county.name}${kind === 'ent' ? r.pick(['非公有制企业党建工作台账', '非公企业党组织覆盖情况台账', '规模以上非公企业党建工作基本情况台账', '非公有制企业党的组织和党的工作覆盖台账']) : r.pick(['社会组织党建工作台账', '社会组织党组织覆盖情况台账'])}` : null;
  L.info = L.title ? infoLine(r, `中共${county.name}委组织部`) : null;
  return L;
}
function ledgerNotes(r, cd, kind) {
  const a = kind === 'ent' ? cd.aEnt : cd.aOrg;
  const out = [];
  if (r.chance(0.6)) out.push(`注：1. 组织形式填写单独组建、联合组建${cd.guakao ? '或挂靠组建' : ''}；2. 未建立党组织的单位组织形式填“—”；3. 数据截至2024年6月30日。`);
  if (r.chance(0.4)) out.push(`说明：本台账共统计${kind === 'ent' ? '非公企业' : '社会组织'}${a.ent}${kind === 'ent' ? '户' : '个'}，已建立党组织${a.est}${kind === 'ent' ? '户' : '个'}，党员${a.pm}名。`);
  if (r.chance(0.5)) out.push(`填表人：${person(r)}　　审核人：${person(r)}　　联系电话：0792-${r.int(2000000, 8999999)}`);
  return out;
}
function summaryOpts(r, variety, county, kind, opts = {}) {
  const prev = opts.prev !== undefined ? opts.prev : r.chance(variety ? 0.35 : 0.25);
  let metrics;
  if (prev) metrics = ['ent', 'est', 'rate', ...(r.chance(0.5) ? ['own', 'joint'] : []), 'pm'];
  else {
    metrics = ['ent'];
    if (variety && r.chance(0.2)) metrics.push('hasPm');
    metrics.push('est', 'rate');
    if (r.chance(0.85)) metrics.push('own', 'joint');
    if (opts.guakao) { if (!metrics.includes('own')) metrics.push('own', 'joint'); metrics.push('guakao'); }
    if (variety && !opts.guakao && r.chance(0.25) && metrics.includes('own')) { metrics.push('jointOrgs'); if (r.chance(0.6)) metrics.splice(metrics.indexOf('est'), 0, 'orgs'); }
    if (r.chance(0.4)) metrics.push('emp');
    metrics.push('pm');
    if (r.chance(0.7)) metrics.push('fem', 'young');
  }
  const E = kind === 'ent' ? r.pick(['非公企业', '企业', '非公有制企业']) : '社会组织';
  const S = {
    metrics, prev, entWord: E, unitW: kind === 'ent' ? '户' : '个', labelHdr: opts.labelHdr || r.pick(['乡镇（街道）', '单位', '乡  镇', '乡镇']),
    yearLabels: r.chance(variety ? 0.4 : 0.2) ? [2024, 2023, '增减'] : r.pick([['本年', '上年', '增减'], ['2024年', '2023年', '增减'], ['本期', '上年同期', '增减']]),
    hdrRate: r.pick(['覆盖率（%）', '党组织覆盖率(%)', '覆盖率']), group: !prev && r.chance(0.5), pmGroup: r.chance(0.5),
    femYoung: r.pick([['女党员', '35岁及以下'], ['女', '35岁以下'], ['其中：女', '其中：35岁及以下']]),
    jointLabel: metrics.includes('jointOrgs') ? '联合组建覆盖企业（户）' : r.pick(['联合组建', '联合组建（户）']), ownLabel: r.pick(['单独组建', '单独组建（户）']),
    R: { frac: r.chance(variety ? 0.25 : 0.1), dec: r.pick([1, 1, 2]) }, gDec: r.pick([1, 2]), pmChange: r.chance(0.5) ? 'pp' : 'g',
    totalTop: r.chance(variety ? 0.4 : 0.25), colNumRow: variety && r.chance(0.25), colNumText: r.chance(0.3), zeroDash: r.chance(variety ? 0.2 : 0.05),
    textProb: r.chance(variety ? 0.3 : 0.1) ? 0.08 : 0, nullRate: r.pick(['—', '', '/']), formula: false,
    totalLabel: opts.totalLabel || r.pick(['合计', '全县合计', '总计', '合  计']),
  };
  if (S.hdrRate === '覆盖率' && !S.R.frac) S.hdrRate = '覆盖率（%）';
  S.femLabel = S.femYoung[0]; S.youngLabel = S.femYoung[1];
  if (!S.pmGroup && S.femLabel.startsWith('其中')) { S.femLabel = S.femLabel.slice(3); S.youngLabel = S.youngLabel.slice(3); }
  S.title = opts.noTitle ? null : `${opts.scope || county.name}${kind === 'ent' ? '非公有制企业' : '社会组织'}党建工作情况${r.pick(['汇总表', '统计表', '统计汇总表'])}${r.chance(0.5) ? '（截至2024年6月30日）' : ''}`;
  S.info = S.title ? infoLine(r, opts.unitName || `中共${county.name}委组织部`) : null;
  return S;
}
function summaryNotes(r, S, totals, kind) {
  const out = [];
  if (r.chance(0.6)) out.push(`注：1. 覆盖率=${kind === 'ent' ? '已建立党组织企业数÷企业总数' : '已建立党组织社会组织数÷社会组织总数'}×100%；2. 联合组建指${kind === 'ent' ? '2个及以上企业' : '2个及以上社会组织'}联合建立党组织${S.metrics.includes('jointOrgs') ? '，联合党组织数按党组织个数统计' : ''}。`);
  if (r.chance(0.3) && totals) out.push(`说明：${S.prev ? '与上年相比，' : ''}全县${kind === 'ent' ? '非公企业' : '社会组织'}党组织覆盖率${S.R.frac ? round(totals.est / totals.ent * 100, S.R.dec) : round(totals.est / totals.ent * 100, S.R.dec)}%。`);
  if (r.chance(0.4)) out.push(`填报人：${person(r)}　　联系电话：${phone(r)}`);
  return out;
}

function addLedgerSheet(r, book, cd, kind, variety, name) {
  const sh = newSheet(name); const L = ledgerOpts(r, kind, variety, cd.county);
  writeLedger(r, sh, cd.county, cd.towns, kind, L);
  const lastRow = Math.max(...[...sh.cells.keys()].map((a) => +/\d+$/.exec(a)[0]));
  if (r.chance(variety ? 0.5 : 0.3)) { const notes = ledgerNotes(r, cd, kind); let row = lastRow + 2; for (const n of notes) { put(sh, row, 1, n); merge(sh, row, 1, row, Math.min(8, L.cols.length)); row++; } }
  book.sheets.push(sh); book.desc.push(`ledger(${kind}${L.total ? ',total' : ''}${L.subtotal ? ',subtotal' : ''}${L.twoRow ? ',2row' : ''}${L.textProb ? ',text' : ''}${L.phoneNum ? ',phoneNum' : ''},date:${L.dateStyle}${L.cols.includes('flag') ? ',flag' : ''}${L.cols.includes('tcode') ? ',tcode' : ''}${L.countInEst ? ',countInEst' : ''}${L.blank ? ',blank' : ''}${L.groupHdr ? ',grpHdr' : ''})`);
  return sh;
}
function townRows(cd, kind, S, r, variety) {
  const rows = cd.towns.map((t) => ({ label: t.name, a: kind === 'ent' ? t.aEnt : t.aOrg, p: kind === 'ent' ? t.pEnt : t.pOrg, kind: 'town' }));
  if (kind === 'org') for (const x of rows) if (!x.a.ent) x.p = null; // no last year for empty rows
  const tot = { label: S.totalLabel, a: kind === 'ent' ? cd.aEnt : cd.aOrg, p: kind === 'ent' ? cd.pEnt : cd.pOrg, kind: 'total' };
  const out = [...rows, tot];
  if (variety && r.chance(0.2) && !S.totalTop && cd.towns[0].ent) {
    // 其中：开发区+工业园区 style sub row is awkward; use 其中：规上企业 = subset of units (emp >= 100)
    const units = cd.towns.flatMap((t) => (kind === 'ent' ? t.ent : t.org)).filter((u) => u.emp >= 100);
    if (units.length >= 3) { const a = agg(units, 0); a.joint = units.filter((u) => u.form === '联合').length; out.push({ label: '其中：规上企业', a, p: null, kind: 'sub' }); }
  }
  return out;
}
function addSummarySheet(r, book, cd, kind, variety, name, opt = {}) {
  const sh = newSheet(name);
  const S = summaryOpts(r, variety, cd.county, kind, opt);
  if (kind === 'org' && S.prev) { S.prev = false; S.metrics = ['ent', 'est', 'rate', 'own', 'joint', 'pm']; }
  if (opt.formula) S.formula = true;
  const rows = townRows(cd, kind, S, r, variety);
  if (rows.some((x) => x.kind === 'sub')) { if (S.prev) rows.pop(); else { S.metrics = S.metrics.filter((m) => !['jointOrgs', 'orgs'].includes(m)); } }
  if (S.prev && rows.some((x) => x.kind === 'town' && !x.p)) { S.prev = false; }
  if (variety && r.chance(0.15)) rows.forEach((x, i) => { if (x.kind === 'town' && i > 0 && i % 3 === 0) x.blankBefore = true; });
  S.notes = r.chance(variety ? 0.6 : 0.4) ? summaryNotes(r, S, kind === 'ent' ? cd.aEnt : cd.aOrg, kind) : null;
  writeSummary(r, sh, S, rows);
  book.sheets.push(sh);
  book.desc.push(`summary(${kind},${S.metrics.join('/')}${S.prev ? ',prev:' + S.yearLabels.join('|') + ',' + S.pmChange : ''}${S.R.frac ? ',frac' : ''},dec${S.R.dec}${S.totalTop ? ',totTop' : ''}${S.colNumRow ? ',colNum' : ''}${S.textProb ? ',text' : ''}${S.zeroDash ? ',dash' : ''}${S.formula ? ',formula' : ''}${rows.some((x) => x.kind === 'sub') ? ',subrow' : ''})`);
  return sh;
}
function addQuarterly(r, book, entities, variety, name, scope, opt = {}) {
  const sh = newSheet(name);
  const Q = {
    layout: opt.layout || r.pick(['towns', 'towns', 'quarters', 'tasks']), quarters: r.pick([2, 2, 3]), dec: r.pick([0, 1, 1, 2]), labelHdr: opt.labelHdr || '乡镇（街道）',
    totalLabel: r.pick(['合计', '总计']), totalTop: r.chance(0.3), textProb: variety && r.chance(0.3) ? 0.08 : 0, schedule: r.chance(0.5), allowZero: variety,
    tgtLabel: r.pick(['目标数', '年度目标', '任务数']), scale: opt.scale || 1, formula: opt.formula,
  };
  Q.title = `${scope}2024年“两新”组织党建重点任务推进情况${Q.quarters === 2 ? '（上半年）' : '（前三季度）'}`;
  Q.info = infoLine(r, `中共${scope}委组织部`);
  if (r.chance(0.5)) Q.notes = [r.pick(['注：完成率=累计完成数÷年度目标数×100%，超过100%为超额完成。', '注：完成率按累计完成数计算。', '注：序时进度按季度平均计算。'])];
  writeQuarterly(r, sh, Q, entities);
  book.sheets.push(sh);
  book.desc.push(`quarterly(${Q.layout},q${Q.quarters},dec${Q.dec}${Q.totalTop ? ',totTop' : ''}${Q.textProb ? ',text' : ''})`);
  return sh;
}
function makeBook(r, idx, variety, clean) {
  const book = { sheets: [], desc: [] };
  const county = r.pick(COUNTIES);
  const recipe = r.pick(variety ? ['L+S', 'L+S', 'L', 'L+S+Q', 'LL+S', 'LL+SS', 'city', 'city+Q', 'S+Q', 'L+Sprev', 'Sprev', 'guakao'] : ['L+S', 'L+S', 'L', 'L+S+Q', 'LL+S', 'city', 'L+Sprev', 'S+Q']);
  book.recipe = recipe;
  const guakao = recipe === 'guakao';
  const orgs = recipe.startsWith('LL');
  const cd = genCounty(r, county, { orgs, guakao, minU: variety ? 2 : 3, maxU: variety ? 12 : 8, minT: 4, maxT: variety ? 9 : 7 });
  cd.guakao = guakao;
  const lname = () => r.pick(['台账', '非公企业台账', '企业台账', '附件1', 'Sheet1', '非公企业党建台账', '明细表']);
  const sname = (used) => { let n; do { n = r.pick(['汇总', '汇总表', '统计表', '附件2', '按乡镇汇总', 'Sheet2', '乡镇汇总']); } while (used.includes(n)); return n; };
  const used = () => book.sheets.map((s) => s.name);
  const formula = clean && r.chance(0.3);
  switch (recipe) {
    case 'L': addLedgerSheet(r, book, cd, 'ent', variety, lname()); break;
    case 'L+S': case 'guakao': { const order = r.chance(0.3); if (order) addSummarySheet(r, book, cd, 'ent', variety, sname([]), { prev: false, formula, guakao }); addLedgerSheet(r, book, cd, 'ent', variety, (() => { let n; do n = lname(); while (used().includes(n)); return n; })()); if (!order) addSummarySheet(r, book, cd, 'ent', variety, sname(used()), { prev: false, formula, guakao }); break; }
    case 'L+Sprev': addLedgerSheet(r, book, cd, 'ent', variety, lname()); addSummarySheet(r, book, cd, 'ent', variety, sname(used()), { prev: true, formula }); break;
    case 'Sprev': addSummarySheet(r, book, cd, 'ent', variety, 'Sheet1', { prev: true, formula }); break;
    case 'L+S+Q': addLedgerSheet(r, book, cd, 'ent', variety, lname()); addSummarySheet(r, book, cd, 'ent', variety, sname(used()), { formula }); addQuarterly(r, book, cd.towns.map((t) => t.name), variety, r.pick(['季度进度', '推进情况', '进度表', '附件3']), cd.county.name, { formula }); break;
    case 'S+Q': addSummarySheet(r, book, cd, 'ent', variety, sname([]), { formula }); addQuarterly(r, book, cd.towns.map((t) => t.name), variety, r.pick(['季度进度', '推进情况', '进度表']), cd.county.name, { formula }); break;
    case 'LL+S': case 'LL+SS': {
      addLedgerSheet(r, book, cd, 'ent', variety, r.pick(['非公企业', '非公企业台账', '企业台账']));
      addLedgerSheet(r, book, cd, 'org', variety, r.pick(['社会组织', '社会组织台账']));
      if (recipe === 'LL+SS') { addSummarySheet(r, book, cd, 'ent', variety, '非公企业汇总', { prev: false, formula }); addSummarySheet(r, book, cd, 'org', variety, '社会组织汇总', { prev: false, formula }); }
      else {
        // both blocks on one sheet side by side
        const sh = newSheet(sname(used()));
        const Se = summaryOpts(r, variety, cd.county, 'ent', { prev: false, noTitle: true }); const So = summaryOpts(r, variety, cd.county, 'org', { prev: false, noTitle: true });
        Se.metrics = ['ent', 'est', 'rate', 'own', 'joint', 'pm']; So.metrics = ['ent', 'est', 'rate', 'own', 'joint', 'pm'];
        So.R = Se.R; So.totalTop = Se.totalTop; So.totalLabel = Se.totalLabel; So.colNumRow = false; Se.colNumRow = false; So.zeroDash = Se.zeroDash; So.nullRate = Se.nullRate; Se.group = false; So.group = false; So.pmGroup = false; Se.pmGroup = false;
        Se.blockTitle = '一、非公有制企业'; So.blockTitle = '二、社会组织'; So.labelHdr = Se.labelHdr;
        const title = `${cd.county.name}“两新”组织党建工作情况汇总表`;
        put(sh, 1, 1, title, { bold: true, size: 16, center: true }); merge(sh, 1, 1, 1, 14);
        const re = writeSummary(r, sh, Se, townRows(cd, 'ent', Se, r, false), 1, 2);
        if (r.chance(0.5)) {
          // side by side: org block without label column? keep label column for clarity
          writeSummary(r, sh, So, townRows(cd, 'org', So, r, false), re.nc + 2, 2);
          book.desc.push('summary(ent+org side by side)');
        } else { writeSummary(r, sh, So, townRows(cd, 'org', So, r, false), 1, re.row + 1); book.desc.push('summary(ent+org stacked)'); }
        book.sheets.push(sh);
      }
      break;
    }
    case 'city': case 'city+Q': {
      // city by counties: generate several counties, show only aggregates
      const cs = r.sample(COUNTIES, r.int(5, 9)).map((c) => genCounty(r, c, { minU: 3, maxU: 12, minT: 4, maxT: 8 }));
      const cityCd = { county: { name: CITY, short: '江州', code: '361100' }, towns: cs.map((c) => ({ name: c.county.name, aEnt: c.aEnt, aOrg: c.aOrg, pEnt: c.pEnt, pOrg: c.pOrg })) };
      cityCd.aEnt = addAgg(cs.map((c) => c.aEnt)); cityCd.pEnt = addAgg(cs.map((c) => c.pEnt)); cityCd.aOrg = addAgg(cs.map((c) => c.aOrg)); cityCd.pOrg = addAgg(cs.map((c) => c.pOrg));
      addSummarySheet(r, book, cityCd, 'ent', variety, r.pick(['全市汇总', '汇总', 'Sheet1']), { labelHdr: r.pick(['县（市、区）', '地区', '单位']), totalLabel: r.pick(['全市', '合计', '全市合计']), scope: CITY, unitName: `中共${CITY}委组织部`, formula });
      if (recipe === 'city+Q') addQuarterly(r, book, cs.map((c) => c.county.name), variety, '季度进度', CITY, { labelHdr: '县（市、区）', scale: 3, formula });
      break;
    }
  }
  return book;
}

// ---------------------------------------------------------------- main
async function genSet(name, n, seed, variety) {
  const dir = path.join(__dirname, name);
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  const r = RNG(seed);
  const manifest = [], rels = {}, info = {};
  for (let i = 1; i <= n; i++) {
    const clean = i % 2 === 1;
    let book, plants = [];
    for (let attempt = 0; ; attempt++) {
      book = makeBook(r, i, variety, clean);
      if (clean) break;
      plants = choosePlants(r, book, r.chance(0.35) ? 2 : 1);
      if (plants.length) break;
    }
    const planted = new Set(plants.map((p) => p.sheet));
    for (const sh of book.sheets) sh.planted = planted.has(sh.name);
    const file = `${name === 'cases' ? 'c' : 'p'}${String(i).padStart(3, '0')}.xlsx`;
    await writeBook(book, path.join(dir, file));
    manifest.push({ file, clean, plants: plants.map((p) => ({ sheet: p.sheet, cell: p.cell, was: p.was, now: p.now })) });
    rels[file] = { sheets: book.sheets.map((s) => ({ name: s.name, rels: s.rels })) };
    info[file] = { recipe: book.recipe, desc: book.desc, plants: plants.map((p) => `${p.sheet}!${p.cell} ${p.type}/${p.kind} ${p.was}->${p.now}`) };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(__dirname, 'rel', name + '.json'), JSON.stringify(rels));
  fs.writeFileSync(path.join(__dirname, 'rel', name + '.info.json'), JSON.stringify(info, null, 1));
  console.log(name, manifest.length, 'books', manifest.filter((m) => m.clean).length, 'clean', manifest.reduce((a, m) => a + m.plants.length, 0), 'plants');
}
(async () => {
  await genSet('cases', 45, 90201, false);
  await genSet('probe', 100, 90777, true);
})();
