// Generates county public-service tables (education / health / culture / elderly care) by township and by kind,
// laid out with TWO label columns (group + item), 小计 per group, 总计 top/bottom/both, codes, 其中 columns, ratios, shares, 上年/增减.
//   NODE_PATH=/work/main/node_modules node gen.js
// Writes cases/*.xlsx + cases/manifest.json, probe/*.xlsx + probe/manifest.json, rel/cases.json, rel/probe.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

// ---------- rng ----------
function mulberry(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function mkR(seed) {
  const f = mulberry(seed);
  return {
    f, u: (a, b) => a + (b - a) * f(), i: (a, b) => a + Math.floor(f() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(f() * arr.length)], p: (x) => f() < x,
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
}
const rnd = (x, d) => { const v = Number((Math.round(x * 10 ** d + 1e-9 * Math.sign(x)) / 10 ** d).toFixed(d)); return Object.is(v, -0) ? 0 : v; };
const EPS = 1e-7;

// ---------- names ----------
const COUNTIES = [['宁远县', '431126'], ['石泉县', '610922'], ['凤翔县', '610322'], ['临颍县', '411122'], ['桐梓县', '520322'], ['岳西县', '340828'], ['通许县', '410222'], ['会宁县', '620422'], ['永兴县', '431023'], ['宜章县', '431022'], ['巨野县', '371724'], ['蒲城县', '610526'], ['宾川县', '532924'], ['兴仁县', '522322'], ['泗洪县', '321324'], ['武陟县', '410823'], ['安岳县', '512021'], ['资中县', '511025'], ['岑巩县', '522626'], ['定边县', '610825'], ['柘城县', '411424'], ['南漳县', '420624'], ['庆元县', '331126']];
const TOWNS = ['石桥镇', '河口镇', '柳林镇', '白马镇', '马坊乡', '新庄乡', '北山乡', '双河乡', '高桥镇', '青石乡', '三合镇', '大兴乡', '黄村镇', '杨柳乡', '古城镇', '红岩乡', '太平镇', '永安乡', '观音镇', '金山乡', '槐树乡', '梨园镇', '沙河镇', '五里铺镇', '安乐乡', '花园乡', '桥头镇', '白沙镇', '长岭乡'];
const CITY = ['城关镇', '城关镇', '城区街道', '城关街道', '县城镇'];
const PIAN = [['东片区', '西片区', '南片区', '北片区'], ['平原区', '丘陵区', '山区'], ['城区', '近郊', '远郊'], ['川道片', '塬区片', '山区片', '河谷片']];
const CNUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function makeCounty(R, probe) {
  const [name, code] = R.pick(COUNTIES);
  const n = probe ? R.i(3, 9) : R.i(3, 7);
  const towns = [R.pick(CITY), ...R.shuffle(TOWNS).slice(0, n - 1)];
  const tail = R.p(0.5) ? '000' : ''; let k = 100;
  return { name, code, towns: towns.map((t, i) => ({ name: t, city: i === 0, w: i === 0 ? R.u(2.5, 4.5) : R.u(0.5, 1.6), code: code + String(i === 0 ? 1 : (k += R.i(1, 3)) + (R.p(0.25) ? 100 : 0)).padStart(3, '0') + tail })) };
}

// ---------- item generators (raw additive values) ----------
// every generator returns { items: [{name, qz?, raw:{key:number}}] } per township; qz items are 其中 rows of the item just above
const EDU_KINDS = ['幼儿园', '小学', '其中：教学点', '初中', '九年一贯制学校', '高中', '职业中学'];
function eduTown(R, t, y) {
  const out = [];
  const mk = (name, sch, clsPer, stuPer, stRatio, privF, femF, femT, g, qz) => {
    const s = sch, cls = Math.max(1, Math.round(s * clsPer)), stu = Math.round(cls * stuPer);
    const priv = Math.min(s, Math.round(s * privF));
    const stuF = Math.round(stu * femF), tch = Math.max(1, Math.round(stu / stRatio)), tchF = Math.round(tch * femT);
    const prev = Math.max(1, Math.round(stu / (1 + g)));
    const nw = Math.round(stu * R.u(0.15, 0.35)), grad = Math.round(stu * R.u(0.12, 0.33));
    out.push({ name, qz, raw: { sch: s, schP: priv, cls, stu, stuF, tch, tchF, stuPrev: prev, new: nw, grad } });
  };
  const w = t.w;
  mk('幼儿园', Math.max(1, Math.round(w * R.u(3, 9))), R.u(3, 6), R.u(22, 30), R.u(11, 17), R.u(0.2, 0.6), R.u(0.45, 0.49), R.u(0.9, 0.99), R.u(-0.12, 0.03));
  const ps = Math.max(1, Math.round(w * R.u(3, 10)));
  const hasPoint = !t.city && R.p(0.45) && ps >= 3;
  mk('小学', ps, R.u(5, 10), R.u(28, 44), R.u(13, 19), t.city ? R.u(0, 0.2) : 0, R.u(0.46, 0.49), R.u(0.55, 0.8), R.u(-0.08, 0.04));
  if (hasPoint) {
    const p = out[out.length - 1].raw; const k = R.i(1, Math.min(4, ps - 1)); const cls = Math.min(p.cls - 1, k * R.i(1, 3)); const stu = Math.min(p.stu - 1, Math.round(cls * R.u(6, 18)));
    const tch = Math.min(p.tch, Math.max(1, Math.round(stu / R.u(6, 10)))); const prev = Math.min(p.stuPrev, Math.round(stu / (1 + R.u(-0.2, 0))));
    out.push({ name: '其中：教学点', qz: true, raw: { sch: k, schP: 0, cls, stu, stuF: Math.min(p.stuF, Math.round(stu * 0.47)), tch, tchF: Math.min(p.tchF, Math.round(tch * 0.5)), stuPrev: prev, new: Math.min(p.new, Math.round(stu * 0.2)), grad: Math.min(p.grad, Math.round(stu * 0.15)) } });
  }
  if (t.city || R.p(0.8)) mk('初中', Math.max(1, Math.round(w * R.u(0.6, 1.8))), R.u(9, 16), R.u(42, 52), R.u(11, 14), t.city ? R.u(0, 0.3) : 0, R.u(0.45, 0.49), R.u(0.5, 0.7), R.u(-0.06, 0.06));
  if (!t.city && R.p(0.2)) mk('九年一贯制学校', 1, R.u(9, 18), R.u(30, 45), R.u(12, 15), 0, R.u(0.45, 0.49), R.u(0.5, 0.7), R.u(-0.06, 0.04));
  if (t.city || R.p(0.15)) mk('高中', t.city ? R.i(2, 4) : 1, R.u(18, 30), R.u(48, 56), R.u(12, 15), t.city ? R.u(0, 0.4) : 0, R.u(0.46, 0.52), R.u(0.4, 0.6), R.u(-0.03, 0.08));
  if (t.city && R.p(0.6)) mk('职业中学', 1, R.u(20, 40), R.u(40, 50), R.u(14, 20), 0, R.u(0.3, 0.45), R.u(0.4, 0.55), R.u(-0.05, 0.1));
  return out;
}
function healthTown(R, t) {
  const out = [];
  const mk = (name, org, priv, bed, tech, doc, nurse, other, mgmt, work, visits, g) => {
    out.push({ name, raw: { org, orgP: priv, bed, bedPrev: Math.max(0, Math.round(bed / (1 + g))), tech, doc, nurse, other, mgmt, work, staff: tech + other + mgmt + work, visits } });
  };
  const w = t.w;
  if (t.city) {
    const b = Math.round(R.u(300, 900)); const te = Math.round(b * R.u(1.1, 1.6)); const d = Math.round(te * R.u(0.3, 0.38)), n = Math.round(te * R.u(0.42, 0.5));
    mk('县级医院', R.i(2, 4), 0, b, te, d, n, R.i(20, 60), R.i(30, 80), R.i(40, 120), Math.round(b * R.u(600, 900)), R.u(-0.02, 0.1));
    if (R.p(0.7)) { const b2 = R.i(0, 40); const te2 = R.i(25, 70); mk('社区卫生服务中心', R.i(1, 3), 0, b2, te2, Math.round(te2 * 0.38), Math.round(te2 * 0.4), R.i(1, 5), R.i(2, 6), R.i(2, 8), Math.round(te2 * R.u(900, 1500)), R.u(-0.05, 0.1)); }
  } else {
    const b = Math.round(w * R.u(20, 60)); const te = Math.round(b * R.u(0.8, 1.3)); const d = Math.round(te * R.u(0.3, 0.4)), n = Math.round(te * R.u(0.3, 0.42));
    mk('乡镇卫生院', 1, 0, b, te, d, n, R.i(1, 6), R.i(2, 5), R.i(2, 8), Math.round(te * R.u(700, 1400)), R.u(-0.05, 0.12));
  }
  const vc = Math.max(3, Math.round(w * R.u(7, 18))); const vt = Math.round(vc * R.u(1.2, 2.2));
  mk('村卫生室', vc, Math.round(vc * R.u(0, 0.35)), 0, vt, Math.round(vt * R.u(0.25, 0.5)), Math.round(vt * R.u(0.05, 0.2)), 0, 0, 0, Math.round(vt * R.u(1500, 3000)), 0);
  const cl = Math.max(1, Math.round(w * R.u(2, 9))); const ct = Math.round(cl * R.u(1.3, 2.5));
  mk('诊所（医务室）', cl, cl, 0, ct, Math.round(ct * R.u(0.45, 0.6)), Math.round(ct * R.u(0.2, 0.35)), 0, 0, R.i(0, 3), Math.round(ct * R.u(1200, 2500)), 0);
  if (t.city || R.p(0.3)) { const b = R.i(20, t.city ? 200 : 60); const te = Math.round(b * R.u(0.7, 1.1)); mk('民营医院', R.i(1, t.city ? 4 : 1), 0, b, te, Math.round(te * 0.33), Math.round(te * 0.42), R.i(1, 8), R.i(2, 10), R.i(3, 12), Math.round(b * R.u(200, 500)), R.u(-0.1, 0.3)); out[out.length - 1].raw.orgP = out[out.length - 1].raw.org; }
  return out;
}
function cultureTown(R, t) {
  const out = []; const w = t.w; const villages = Math.max(4, Math.round(w * R.u(8, 20)));
  const mk = (name, cnt, area, staff, staffF, books, act, part) => out.push({ name, raw: { cnt, cntPrev: Math.max(0, cnt - (R.p(0.3) ? R.i(0, Math.min(2, cnt)) : 0)), area, staff, staffF: Math.min(staff, staffF), books, act, part } });
  mk('综合文化站', 1, Math.round(R.u(300, 1500) * (t.city ? 2 : 1)), R.i(2, 6), R.i(1, 4), Math.round(R.u(3000, 20000)), R.i(12, 60), R.i(1500, 12000));
  if (t.city || R.p(0.6)) mk(t.city ? '图书馆（总馆）' : '图书馆分馆', 1, Math.round(R.u(200, 800) * (t.city ? 5 : 1)), t.city ? R.i(8, 20) : R.i(1, 3), R.i(1, 3), Math.round(R.u(10000, 50000) * (t.city ? 5 : 1)), R.i(10, 50), R.i(800, 9000));
  mk('村级综合文化服务中心', villages, Math.round(villages * R.u(120, 300)), villages, Math.round(villages * R.u(0.1, 0.5)), Math.round(villages * R.u(800, 1500)), Math.round(villages * R.u(4, 12)), Math.round(villages * R.u(300, 900)));
  mk('农家书屋', villages, Math.round(villages * R.u(30, 60)), villages, 0, Math.round(villages * R.u(1200, 2200)), Math.round(villages * R.u(1, 4)), Math.round(villages * R.u(100, 400)));
  if (R.p(0.7)) { const k = Math.max(1, Math.round(villages * R.u(0.3, 0.9))); mk('文化广场', k, Math.round(k * R.u(400, 1500)), 0, 0, 0, Math.round(k * R.u(2, 8)), Math.round(k * R.u(200, 900))); }
  return out;
}
function elderTown(R, t) {
  const out = []; const w = t.w;
  const mk = (name, org, bed, nurseF, occ, staff, g) => { const nb = Math.round(bed * nurseF); out.push({ name, raw: { org, bed, bedN: nb, inmate: Math.min(bed, Math.round(bed * occ)), staff, staffF: Math.round(staff * R.u(0.5, 0.85)), bedPrev: Math.max(0, Math.round(bed / (1 + g))) } }); };
  mk(t.city ? '县社会福利中心' : '特困供养服务机构（敬老院）', 1, Math.round(R.u(40, 160) * (t.city ? 2 : 1)), R.u(0.2, 0.6), R.u(0.35, 0.85), R.i(4, 25), R.u(-0.05, 0.2));
  if (R.p(0.8)) { const k = Math.max(1, Math.round(w * R.u(3, 12))); mk('农村幸福院', k, Math.round(k * R.u(6, 20)), 0, R.u(0.2, 0.6), k, R.u(0, 0.3)); }
  if (R.p(0.6)) { const k = R.i(1, t.city ? 6 : 2); mk('日间照料中心', k, Math.round(k * R.u(8, 20)), R.u(0, 0.2), R.u(0.1, 0.5), k * R.i(1, 3), R.u(0, 0.4)); }
  if (t.city || R.p(0.2)) { const k = R.i(1, t.city ? 4 : 1); mk('民办养老机构', k, Math.round(k * R.u(50, 200)), R.u(0.3, 0.7), R.u(0.3, 0.8), k * R.i(6, 20), R.u(0, 0.5)); }
  return out;
}

// ---------- column pools ----------
// types: add (additive), part (其中 of col `of`, additive), prev (additive), diff (cur-prev), growth, ratio (num/den*k), share (num/grand*k), hsum
const eduCols = (R, probe) => {
  const cols = [];
  const gS = R.p(0.6), gStu = R.p(0.5), gT = R.p(0.5);
  cols.push({ key: 'sch', type: 'add', h1: '学校数', h2: gS ? '合计' : null, unit: '所' });
  if (R.p(0.55)) cols.push({ key: 'schP', type: 'part', of: 'sch', h1: gS ? '学校数' : '其中：民办', h2: gS ? '其中：民办' : null, unit: '所' });
  if (R.p(0.6)) cols.push({ key: 'cls', type: 'add', h1: '班级数', unit: '个' });
  const stuMode = R.pick(['fem', 'prev', 'fem', 'flow', 'prev']);
  cols.push({ key: 'stu', type: 'add', h1: '在校学生数', h2: gStu ? (stuMode === 'prev' ? R.pick(['本年', '2024年']) : '合计') : null, unit: '人' });
  if (stuMode === 'fem') { cols.push({ key: 'stuF', type: 'part', of: 'stu', h1: gStu ? '在校学生数' : '其中：女', h2: gStu ? '其中：女' : null, unit: '人' }); if (R.p(0.4)) cols.push({ key: 'femShare', type: 'ratio', num: 'stuF', den: 'stu', k: 100, dec: 1, h1: gStu ? '在校学生数' : '女生占比', h2: gStu ? '女生占比' : null, unit: '%' }); }
  if (stuMode === 'prev') {
    const hp = R.pick(['上年', '2023年']);
    cols.push({ key: 'stuPrev', type: 'prev', cur: 'stu', h1: gStu ? '在校学生数' : '上年在校生', h2: gStu ? hp : null, unit: '人' });
    if (R.p(0.7)) cols.push({ key: 'stuDiff', type: 'diff', cur: 'stu', prev: 'stuPrev', h1: gStu ? '在校学生数' : '比上年增减', h2: gStu ? R.pick(['增减', '增减数', '±']) : null, unit: '人' });
    cols.push({ key: 'stuG', type: 'growth', cur: 'stu', prev: 'stuPrev', dec: R.pick([1, 1, 2]), h1: gStu ? '在校学生数' : '比上年增长', h2: gStu ? R.pick(['增长', '增幅', '增减']) : null, unit: '%' });
  }
  if (stuMode === 'flow') { cols.push({ key: 'new', type: 'add', h1: '招生数', unit: '人' }); cols.push({ key: 'grad', type: 'add', h1: '毕业生数', unit: '人' }); }
  cols.push({ key: 'tch', type: 'add', h1: '专任教师', h2: gT ? '合计' : null, unit: '人' });
  if (R.p(0.45)) cols.push({ key: 'tchF', type: 'part', of: 'tch', h1: gT ? '专任教师' : '其中：女教师', h2: gT ? '其中：女' : null, unit: '人' });
  if (R.p(0.75)) cols.push({ key: 'stRatio', type: 'ratio', num: 'stu', den: 'tch', k: 1, dec: R.pick([1, 1, 2]), h1: '生师比', unit: '', textFmt: R.p(probe ? 0.35 : 0.25) ? R.pick(['x:1', '1:x']) : null });
  if (R.p(0.3) && cols.some((c) => c.key === 'cls')) cols.push({ key: 'avgCls', type: 'ratio', num: 'stu', den: 'cls', k: 1, dec: R.pick([0, 1]), h1: '平均班额', unit: '人' });
  if (R.p(0.35)) cols.push({ key: 'share', type: 'share', num: 'stu', k: 100, dec: R.pick([1, 2]), h1: R.pick(['在校生占全县比重', '占全县在校生比重', '学生占比']), unit: '%' });
  return cols;
};
const healthCols = (R) => {
  const cols = []; const gO = R.p(0.5);
  cols.push({ key: 'org', type: 'add', h1: '机构数', h2: gO ? '合计' : null, unit: '个' });
  if (R.p(0.5)) cols.push({ key: 'orgP', type: 'part', of: 'org', h1: gO ? '机构数' : '其中：民营', h2: gO ? '其中：民营' : null, unit: '个' });
  const bedMode = R.pick(['plain', 'prev']);
  cols.push({ key: 'bed', type: 'add', h1: '床位数', h2: bedMode === 'prev' ? '本年' : null, unit: '张' });
  if (bedMode === 'prev') { cols.push({ key: 'bedPrev', type: 'prev', cur: 'bed', h1: '床位数', h2: '上年', unit: '张' }); cols.push({ key: 'bedDiff', type: 'diff', cur: 'bed', prev: 'bedPrev', h1: '床位数', h2: '增减', unit: '张' }); }
  if (R.p(0.5)) {
    cols.push({ key: 'staff', type: 'hsum', parts: ['tech', 'other', 'mgmt', 'work'], h1: '卫生人员', h2: '合计', unit: '人' });
    cols.push({ key: 'tech', type: 'add', h1: '卫生人员', h2: '卫生技术人员', unit: '人' });
    cols.push({ key: 'other', type: 'add', h1: '卫生人员', h2: '其他技术人员', unit: '人' });
    cols.push({ key: 'mgmt', type: 'add', h1: '卫生人员', h2: '管理人员', unit: '人' });
    cols.push({ key: 'work', type: 'add', h1: '卫生人员', h2: '工勤技能人员', unit: '人' });
  } else {
    cols.push({ key: 'tech', type: 'add', h1: '卫生技术人员', h2: '合计', unit: '人', leParts: ['doc', 'nurse'] });
    cols.push({ key: 'doc', type: 'add', h1: '卫生技术人员', h2: '其中：执业（助理）医师', unit: '人' });
    cols.push({ key: 'nurse', type: 'add', h1: '卫生技术人员', h2: '注册护士', unit: '人' });
    if (R.p(0.4)) cols.push({ key: 'dnr', type: 'ratio', num: 'nurse', den: 'doc', k: 1, dec: 2, h1: '医护比', unit: '', textFmt: R.p(0.5) ? '1:x' : null });
  }
  if (R.p(0.5)) cols.push({ key: 'visits', type: 'add', h1: '诊疗人次', unit: '人次' });
  if (R.p(0.3)) cols.push({ key: 'bedShare', type: 'share', num: 'bed', k: 100, dec: 1, h1: '床位占全县比重', unit: '%' });
  return cols;
};
const cultureCols = (R) => {
  const cols = [{ key: 'cnt', type: 'add', h1: '个数', unit: '个' }];
  if (R.p(0.35)) { cols.push({ key: 'cntPrev', type: 'prev', cur: 'cnt', h1: '上年个数', unit: '个' }); cols.push({ key: 'cntDiff', type: 'diff', cur: 'cnt', prev: 'cntPrev', h1: '增减', unit: '个' }); }
  cols.push({ key: 'area', type: 'add', h1: '建筑面积', unit: '平方米' });
  if (R.p(0.3)) cols.push({ key: 'avgArea', type: 'ratio', num: 'area', den: 'cnt', k: 1, dec: R.pick([0, 1]), h1: '平均每个面积', unit: '平方米' });
  const gS = R.p(0.5);
  cols.push({ key: 'staff', type: 'add', h1: '从业人员', h2: gS ? '合计' : null, unit: '人' });
  if (R.p(0.6)) cols.push({ key: 'staffF', type: 'part', of: 'staff', h1: gS ? '从业人员' : '其中：专职', h2: gS ? '其中：专职' : null, unit: '人' });
  if (R.p(0.7)) { const wan = R.p(0.4); cols.push({ key: 'books', type: 'add', h1: '藏书量', unit: wan ? '万册' : '册', wan }); }
  cols.push({ key: 'act', type: 'add', h1: '全年举办活动', unit: '次' });
  if (R.p(0.6)) cols.push({ key: 'part', type: 'add', h1: '参与人次', unit: '人次' });
  return cols;
};
const elderCols = (R) => {
  const cols = [{ key: 'org', type: 'add', h1: '机构数', unit: '个' }];
  const gB = R.p(0.6);
  cols.push({ key: 'bed', type: 'add', h1: '床位数', h2: gB ? '合计' : null, unit: '张' });
  if (R.p(0.6)) cols.push({ key: 'bedN', type: 'part', of: 'bed', h1: gB ? '床位数' : '其中：护理型床位', h2: gB ? '其中：护理型' : null, unit: '张' });
  if (R.p(0.45)) { cols.push({ key: 'bedPrev', type: 'prev', cur: 'bed', h1: gB ? '床位数' : '上年床位数', h2: gB ? '上年' : null, unit: '张' }); if (R.p(0.5)) cols.push({ key: 'bedDiff', type: 'diff', cur: 'bed', prev: 'bedPrev', h1: gB ? '床位数' : '增减', h2: gB ? '增减' : null, unit: '张' }); else cols.push({ key: 'bedG', type: 'growth', cur: 'bed', prev: 'bedPrev', dec: 1, h1: gB ? '床位数' : '增长', h2: gB ? '增长' : null, unit: '%' }); }
  cols.push({ key: 'inmate', type: 'add', h1: '年末在院人数', unit: '人' });
  if (R.p(0.7)) cols.push({ key: 'util', type: 'ratio', num: 'inmate', den: 'bed', k: 100, dec: 1, h1: '床位利用率', unit: '%' });
  cols.push({ key: 'staff', type: 'add', h1: '职工人数', h2: null, unit: '人' });
  if (R.p(0.5)) cols.push({ key: 'staffF', type: 'part', of: 'staff', h1: '其中：女', unit: '人' });
  return cols;
};
const popCols = (R) => {
  const wan = R.p(0.4);
  const cols = [{ key: 'pop', type: 'add', h1: '常住人口', unit: wan ? '万人' : '人', wan }];
  if (R.p(0.6)) cols.push({ key: 'org', type: 'add', h1: '医疗卫生机构', unit: '个' });
  cols.push({ key: 'bed', type: 'add', h1: '床位数', unit: '张' });
  cols.push({ key: 'perBed', type: 'ratio', num: 'bed', den: 'pop', k: 1000, dec: 2, h1: '每千人口床位数', unit: '张', fromRaw: wan });
  cols.push({ key: 'tech', type: 'add', h1: '卫生技术人员', unit: '人' });
  if (R.p(0.7)) cols.push({ key: 'perTech', type: 'ratio', num: 'tech', den: 'pop', k: 1000, dec: 2, h1: '每千人口卫生技术人员', unit: '人', fromRaw: wan });
  if (R.p(0.6)) { cols.push({ key: 'doc', type: 'add', h1: '执业（助理）医师', unit: '人' }); cols.push({ key: 'perDoc', type: 'ratio', num: 'doc', den: 'pop', k: 1000, dec: 2, h1: '每千人口执业（助理）医师', unit: '人', fromRaw: wan }); }
  return cols;
};

// ---------- logical tables ----------
// T = { title, labelHeads:[g,i], cols, groups:[{name, code, items:[{name, qz, raw}]}], opts }
function bEduTown(R, C, ctx) {
  const groups = C.towns.map((t) => ({ name: t.name, code: t.code, items: eduTown(R, t) }));
  return { topic: 'edu', title: `${C.name}各乡镇各级各类学校基本情况`, labelHeads: [R.pick(['乡镇', '乡（镇）', '乡镇（街道）']), R.pick(['学校类别', '类别', '学段'])], cols: eduCols(R, ctx.probe), groups, allKinds: EDU_KINDS, notes: ['注：生师比=在校学生数/专任教师数。', '资料来源：县教育体育局'] };
}
function bEduKind(R, C, ctx) {
  const per = C.towns.map((t) => ({ t, items: eduTown(R, t) }));
  const kinds = EDU_KINDS.filter((k) => k !== '其中：教学点' && per.some((p) => p.items.some((x) => x.name === k)));
  const groups = kinds.map((k) => ({ name: k, items: per.filter((p) => p.items.some((x) => x.name === k)).map((p) => ({ name: p.t.name, code: p.t.code, raw: p.items.find((x) => x.name === k).raw })) }));
  return { topic: 'edu', byKind: true, itemCodes: true, title: `${C.name}分学段分乡镇教育事业统计`, labelHeads: [R.pick(['学段', '学校类别']), R.pick(['乡镇', '乡（镇）'])], cols: eduCols(R, ctx.probe).filter((c) => c.type !== 'share' || R.p(0.5)), groups, notes: ['说明：教学点计入小学。'] };
}
function bHealthTown(R, C) {
  const groups = C.towns.map((t) => ({ name: t.name, code: t.code, items: healthTown(R, t) }));
  return { topic: 'health', title: `${C.name}分乡镇医疗卫生机构、床位及人员情况`, labelHeads: [R.pick(['乡镇', '地区']), R.pick(['机构类型', '医疗机构类别', '类型'])], cols: healthCols(R), groups, notes: ['注：村卫生室、诊所不设床位。'] };
}
function bCulture(R, C) {
  const groups = C.towns.map((t) => ({ name: t.name, code: t.code, items: cultureTown(R, t) }));
  return { topic: 'culture', title: `${C.name}乡镇公共文化设施情况`, labelHeads: [R.pick(['乡镇', '乡镇（街道）']), R.pick(['设施类别', '项目', '类别'])], cols: cultureCols(R), groups, notes: ['资料来源：县文化和旅游局'] };
}
function bElder(R, C) {
  const groups = C.towns.map((t) => ({ name: t.name, code: t.code, items: elderTown(R, t) }));
  return { topic: 'elder', title: `${C.name}养老服务机构分乡镇情况`, labelHeads: [R.pick(['乡镇', '乡（镇）']), R.pick(['机构类别', '类型'])], cols: elderCols(R), groups, notes: ['注：床位利用率=年末在院人数/床位数×100%。'] };
}
function bHealthPop(R, C) {
  const fam = R.pick(PIAN); const np = Math.min(fam.length, Math.max(2, Math.round(C.towns.length / 2.2)));
  const towns = C.towns.slice(); const groups = [];
  for (let g = 0; g < np; g++) {
    const take = g === np - 1 ? towns.length : Math.max(1, Math.round(towns.length / (np - g)));
    const ts = towns.splice(0, take); if (!ts.length) break;
    groups.push({ name: fam[g], items: ts.map((t) => { const pop = Math.round(t.w * R.u(16000, 32000)); const bed = Math.round(pop * R.u(2.5, 6.5) / 1000); const tech = Math.round(pop * R.u(3, 7) / 1000); const org = Math.round(t.w * R.u(10, 28)); return { name: t.name, code: t.code, raw: { pop, bed, tech, doc: Math.round(tech * R.u(0.3, 0.42)), org } }; }) });
  }
  return { topic: 'pop', itemCodes: true, title: `${C.name}各片区乡镇医疗资源配置情况`, labelHeads: [R.pick(['片区', '区域']), R.pick(['乡镇', '乡镇（街道）'])], cols: popCols(R), groups, notes: ['注：每千人口指标按常住人口计算。'] };
}
const BUILDERS = { eduTown: bEduTown, eduKind: bEduKind, health: bHealthTown, culture: bCulture, elder: bElder, pop: bHealthPop };

// ---------- finalize: compute displayed values + logical relations ----------
// row ids: G (grand), K:i (county-by-kind), S:g (subtotal), I:g:i (item)
function finalize(R, T, st) {
  const dec = (c) => (c.dec !== undefined ? c.dec : c.wan ? R.pick([2, 2, 1]) : 0);
  for (const c of T.cols) { c.d = dec(c); c.f = c.wan ? 1e-4 : 1; }
  // value unit & denominators for 万 columns
  const addCols = T.cols.filter((c) => ['add', 'part', 'prev', 'hsum'].includes(c.type));
  const vals = {}; const raws = {};
  const rows = [];
  const rawTot = T.cols.some((c) => c.wan) && (T.cols.some((c) => c.fromRaw) || R.p(0.6)); // 万-unit totals from unrounded data
  const setv = (id, k, v) => { (vals[id] = vals[id] || {})[k] = v; };
  const setr = (id, k, v) => { (raws[id] = raws[id] || {})[k] = v; };
  const rels = [];
  const sumTol = (c, n) => (c.d && rawTot ? 0.5 * 10 ** -c.d * (n + 1) + 1e-9 : 1e-6 * 10 ** -c.d + 1e-9);
  // absent kinds: dash rows
  if (T.allKinds && st.absentDash) {
    for (const g of T.groups) {
      const have = new Set(g.items.map((x) => x.name));
      const items = [];
      for (const k of T.allKinds) { if (k === '其中：教学点' && !have.has(k)) continue; const it = g.items.find((x) => x.name === k); items.push(it || { name: k, absent: true, raw: {} }); }
      g.items = items;
    }
  }
  T.groups.forEach((g, gi) => g.items.forEach((it, ii) => { for (const c of addCols) { const rv = c.type === 'hsum' ? c.parts.reduce((a, k) => a + (it.raw[k] || 0), 0) : (it.raw[c.key] || 0); setr(`I:${gi}:${ii}`, c.key, rv * c.f); setv(`I:${gi}:${ii}`, c.key, it.absent ? null : rnd(rv * c.f, c.d)); } }));
  // hsum on rounded parts (if any part is decimal we keep raw rounding; here all integer)
  const subOf = (ids, c, id) => { const d = ids.reduce((a, x) => a + (vals[x][c.key] || 0), 0); const r = ids.reduce((a, x) => a + raws[x][c.key], 0); setr(id, c.key, r); setv(id, c.key, rawTot && c.d ? rnd(r, c.d) : rnd(d, c.d)); };
  T.groups.forEach((g, gi) => {
    const ids = g.items.map((it, ii) => (!it.qz ? `I:${gi}:${ii}` : null)).filter(Boolean);
    for (const c of addCols) { subOf(ids, c, `S:${gi}`); if (ids.length > 1 || st.subSingle) rels.push({ t: 'sum', tol: sumTol(c, ids.length), total: [`S:${gi}`, c.key], parts: ids.map((x) => [x, c.key]) }); }
    g.items.forEach((it, ii) => { if (it.qz) for (const c of addCols) if (!it.absent) rels.push({ t: 'le', tol: 1e-9, whole: [`I:${gi}:${ii - 1}`, c.key], parts: [[`I:${gi}:${ii}`, c.key]] }); });
  });
  const sids = T.groups.map((_, gi) => `S:${gi}`);
  for (const c of addCols) { subOf(sids, c, 'G'); rels.push({ t: 'sum', tol: sumTol(c, sids.length), total: ['G', c.key], parts: sids.map((x) => [x, c.key]) }); }
  // county-by-kind block
  let kinds = [];
  if (st.kindRows) {
    const names = []; const parent = {};
    T.groups.forEach((g) => g.items.forEach((it, ii) => { if (it.qz) parent[it.name] = g.items[ii - 1].name; }));
    T.groups.forEach((g) => g.items.forEach((it) => { if (!names.includes(it.name) && !parent[it.name]) names.push(it.name); }));
    for (const q of Object.keys(parent)) names.splice(names.indexOf(parent[q]) + 1, 0, q);
    kinds = names.map((n, ki) => {
      const mem = []; T.groups.forEach((g, gi) => g.items.forEach((it, ii) => { if (it.name === n && !it.absent) mem.push(`I:${gi}:${ii}`); }));
      const qz = T.groups.some((g) => g.items.some((it) => it.name === n && it.qz));
      for (const c of addCols) { subOf(mem, c, `K:${ki}`); if (mem.length > 1) rels.push({ t: 'sum', tol: sumTol(c, mem.length), total: [`K:${ki}`, c.key], parts: mem.map((x) => [x, c.key]) }); }
      return { id: `K:${ki}`, name: n, qz };
    });
    const kIds = kinds.filter((k) => !k.qz).map((k) => k.id);
    for (const c of addCols) rels.push({ t: 'sum', tol: sumTol(c, kIds.length) * (rawTot ? 2 : 1), total: ['G', c.key], parts: kIds.map((x) => [x, c.key]) });
    kinds.forEach((k, ki) => { if (k.qz) for (const c of addCols) rels.push({ t: 'le', tol: 1e-9, whole: [kinds.find((x) => x.name === parent[k.name]).id, c.key], parts: [[k.id, c.key]] }); });
  }
  const allIds = ['G', ...kinds.map((k) => k.id), ...T.groups.flatMap((g, gi) => [`S:${gi}`, ...g.items.map((_, ii) => `I:${gi}:${ii}`)])];
  const absentId = new Set(T.groups.flatMap((g, gi) => g.items.map((it, ii) => (it.absent ? `I:${gi}:${ii}` : null)).filter(Boolean)));
  // per-row relations on additive columns
  for (const id of allIds) {
    if (absentId.has(id)) continue;
    for (const c of T.cols) {
      if (c.type === 'part') rels.push({ t: 'le', tol: 1e-9, whole: [id, c.of], parts: [[id, c.key]] });
      if (c.type === 'hsum' && !c.d) rels.push({ t: 'sum', tol: 1e-9, total: [id, c.key], parts: c.parts.map((k) => [id, k]) });
      if (c.leParts) rels.push({ t: 'le', tol: 1e-9, whole: [id, c.key], parts: c.leParts.map((k) => [id, k]) });
    }
  }
  // derived columns
  const G = vals.G;
  for (const id of allIds) {
    const v = vals[id]; const rw = raws[id];
    for (const c of T.cols) {
      if (absentId.has(id)) { if (!['add', 'part', 'prev', 'hsum'].includes(c.type)) v[c.key] = null; continue; }
      if (c.type === 'diff') { v[c.key] = rnd(v[c.cur] - v[c.prev], c.d); rels.push({ t: 'pp', tol: 1e-6 * 10 ** -c.d + 1e-9, cell: [id, c.key], cur: [id, c.cur], prev: [id, c.prev] }); }
      if (c.type === 'growth') { if (!v[c.prev]) { v[c.key] = '-'; continue; } v[c.key] = rnd((v[c.cur] / v[c.prev] - 1) * 100, c.d); rels.push({ t: 'growth', tol: 0.5 * 10 ** -c.d + 1e-9, cell: [id, c.key], cur: [id, c.cur], prev: [id, c.prev] }); }
      if (c.type === 'ratio' || c.type === 'share') {
        const numC = T.cols.find((x) => x.key === c.num), denKey = c.type === 'share' ? c.num : c.den, denC = T.cols.find((x) => x.key === denKey);
        const nv = v[c.num], dv = c.type === 'share' ? G[c.num] : v[c.den];
        if (!dv) { v[c.key] = c.textFmt ? '-' : (st.zeroRatio === 'dash' ? '-' : null); continue; }
        const kEff = c.k * denC.f / numC.f; // values carry their units: num*f, den*f
        const useRaw = c.fromRaw;
        const nr = useRaw ? (c.type === 'share' ? rw[c.num] : rw[c.num]) : nv, dr = useRaw ? (c.type === 'share' ? raws.G[c.num] : rw[c.den]) : dv;
        const x = (nr / dr) * kEff;
        const pct = c.unit === '%' && st.pctFmt && !c.textFmt;
        const d = pct ? c.d + 2 : c.d; const kk = pct ? kEff / 100 : kEff;
        const shown = rnd(pct ? x / 100 : x, d);
        if (c.textFmt) { v[c.key] = c.textFmt === 'x:1' ? `${shown.toFixed(d)}:1` : `1:${shown.toFixed(d)}`; continue; }
        v[c.key] = shown; c.pct = pct; c.dShown = d;
        let tol = 0.5 * 10 ** -d + 1e-9;
        if (useRaw) { const u1 = 0.5 * 10 ** -numC.d, u2 = 0.5 * 10 ** -denC.d; const f = (a, b) => (a / b) * kk; const base = f(nv, dv); let m = 0; for (const s1 of [-1, 1]) for (const s2 of [-1, 1]) m = Math.max(m, Math.abs(f(nv + s1 * u1 * (numC.d ? 1 : 0), dv + s2 * u2 * (denC.d ? 1 : 0)) - base)); tol += m + 1e-9; }
        rels.push({ t: 'rate', tol, cell: [id, c.key], num: [id, c.num], den: [c.type === 'share' ? 'G' : id, denKey], k: kk });
      }
    }
  }
  return { vals, rels, kinds, absentId };
}

// ---------- rendering ----------
const thin = { style: 'thin' };
function fmtNum(v, dec, thousands) { const s = v.toFixed(dec); if (!thousands) return s; const [i, f] = s.split('.'); const neg = i.startsWith('-'); const d = (neg ? i.slice(1) : i).replace(/\B(?=(\d{3})+(?!\d))/g, ','); return (neg ? '-' : '') + d + (f !== undefined ? '.' + f : ''); }
function numFmtFor(dec, thousands, pct) { return (thousands ? '#,##0' : '0') + (dec - (pct ? 2 : 0) > 0 ? '.' + '0'.repeat(dec - (pct ? 2 : 0)) : '') + (pct ? '%' : ''); }
const paren = (st, u) => (st.paren === 'fw' ? `（${u}）` : `(${u})`);
function styleFor(R, probe, C) {
  const labelMode = R.pick(probe ? ['merge', 'merge', 'first', 'repeat', 'heading', 'heading1', 'heading1'] : ['merge', 'merge', 'first', 'heading', 'heading1', 'repeat']);
  const heading = labelMode.startsWith('heading');
  const st = {
    labelMode, heading,
    swap: !heading && R.p(probe ? 0.2 : 0.12),
    subPos: R.p(0.65) ? 'above' : 'below',
    subLabel: R.pick(['小计', '小计', '小 计', '小　计', '合计']),
    subInA: !heading && R.p(0.2),
    headingCarries: heading && R.p(0.5),
    headingPrefix: R.pick(['', '', 'cn', 'num']),
    grandPos: R.pick(['top', 'top', 'bottom', 'both']),
    grandLabel: R.pick(['总计', '全县合计', '总　计', '合　计', '全县', 'split']),
    kindRows: false,
    code: R.p(probe ? 0.3 : 0.2) ? R.pick(['text', 'num']) : null, codeGrand: R.p(0.5),
    seq: probe && R.p(0.15),
    hdr2: R.p(0.7), colNumRow: probe && R.p(0.15), unitInHead: R.p(0.65), paren: R.pick(['fw', 'hw']),
    blankBetween: R.p(probe ? 0.35 : 0.25), textP: R.p(probe ? 0.3 : 0.15) ? R.pick([0.08, 0.2, 1]) : 0, thousands: R.p(0.2),
    col0: R.p(probe ? 0.2 : 0.08) ? 2 : 1, mergeTitle: R.p(0.7), absentDash: R.p(0.4), zeroRatio: R.pick(['dash', 'blank']),
    pctFmt: R.p(probe ? 0.3 : 0.2), indent: R.pick(['fw', 'fw', 'sp', 'align']), dashSym: R.pick(['-', '—', '-']), zeroDash: R.p(0.3),
    headMerge: R.p(0.4), bold: R.p(0.5), subBold: R.p(0.5), unitLine: R.p(0.6), notes: R.p(0.7), labelSingleHead: R.p(0.3),
  };
  return st;
}
function setBorder(ws, r, c0, c1) { for (let c = c0; c <= c1; c++) ws.getCell(r, c).border = { top: thin, bottom: thin, left: thin, right: thin }; }
function render(ws, T, F, st, r0, R) {
  const addr = {};
  const c0 = st.col0;
  const lead = [];
  if (st.seq) lead.push('seq');
  if (st.code) lead.push('code');
  const twoLab = st.labelMode !== 'heading1';
  if (st.swap) lead.push('item', 'group'); else if (twoLab) lead.push('group', 'item'); else lead.push('label');
  const colOf = (k) => c0 + lead.indexOf(k);
  const dc0 = c0 + lead.length; const width = lead.length + T.cols.length; const cEnd = c0 + width - 1;
  let r = r0;
  const t = ws.getCell(r, c0); t.value = T.title; t.font = { bold: true, size: 14 }; t.alignment = { horizontal: 'center' };
  if (st.mergeTitle) ws.mergeCells(r, c0, r, cEnd);
  r++;
  const units = [...new Set(T.cols.map((c) => c.unit).filter((u) => u && u !== '%'))];
  if (!st.unitInHead || st.unitLine) {
    const line = st.unitInHead ? `${R.pick(['', '统计时点：'])}${(T.topic === 'edu' ? R.pick(['2024学年初', '2024年']) : R.pick(['2024年末', '2024年']))}` : `单位：${units.join('、')}`;
    const x = ws.getCell(r, R.p(0.6) ? cEnd : c0); x.value = line; if (x.col === cEnd) x.alignment = { horizontal: 'right' }; r++;
  }
  // header
  const two = st.hdr2 && T.cols.some((c) => c.h2);
  const nh = two ? 2 : 1; const hTop = r;
  const labHead = { seq: '序号', code: R.pick(['区划代码', '代码', '行政区划代码']), group: T.labelHeads[0], item: T.labelHeads[1], label: R.pick(['项目', `${T.labelHeads[0]}/${T.labelHeads[1]}`, '乡镇及类别']) };
  if (st.labelSingleHead && (lead.includes('group'))) {
    // one merged head over both label columns
    const a = Math.min(colOf('group'), colOf('item')), b = Math.max(colOf('group'), colOf('item'));
    lead.forEach((k) => { if (k !== 'group' && k !== 'item') { ws.getCell(r, colOf(k)).value = labHead[k]; if (nh > 1) ws.mergeCells(r, colOf(k), r + nh - 1, colOf(k)); } });
    ws.getCell(r, a).value = R.pick(['项目', '项　目', '地区及类别']); ws.mergeCells(r, a, r + nh - 1, b);
  } else lead.forEach((k) => { ws.getCell(r, colOf(k)).value = labHead[k]; if (nh > 1) ws.mergeCells(r, colOf(k), r + nh - 1, colOf(k)); });
  const hu = (c) => (st.unitInHead && c.unit ? paren(st, c.unit) : (c.unit === '%' ? paren(st, '%') : ''));
  let i = 0;
  while (i < T.cols.length) {
    const c = T.cols[i]; const cc = dc0 + i;
    if (!two || !c.h2) { ws.getCell(r, cc).value = (c.h2 && !two ? (/^(合计|本年|\d{4}年)$/.test(c.h2) ? c.h1 : /^(上年|\d{4}年)$/.test(c.h2) ? c.h2 + c.h1 : /^其中/.test(c.h2) ? c.h2 : /^(增减|增长|增幅|±|增减数)$/.test(c.h2) ? c.h1 + c.h2 : c.h2.length >= 4 ? c.h2 : c.h1 + c.h2) : c.h1) + hu(c); if (nh > 1) ws.mergeCells(r, cc, r + 1, cc); i++; continue; }
    let j = i; while (j + 1 < T.cols.length && T.cols[j + 1].h2 && T.cols[j + 1].h1 === c.h1) j++;
    if (j === i) { ws.getCell(r, cc).value = (/^(合计|本年|\d{4}年)$/.test(c.h2) ? c.h1 : /^其中/.test(c.h2) ? c.h2 : c.h1 + c.h2) + hu(c); ws.mergeCells(r, cc, r + 1, cc); i++; continue; }
    const grpUnit = T.cols.slice(i, j + 1).every((x) => x.unit === c.unit) ? hu(c) : '';
    ws.getCell(r, cc).value = c.h1 + grpUnit; if (j > i) ws.mergeCells(r, cc, r, dc0 + j);
    for (let k = i; k <= j; k++) ws.getCell(r + 1, dc0 + k).value = T.cols[k].h2 + (grpUnit ? '' : hu(T.cols[k]));
    i = j + 1;
  }
  for (let rr = hTop; rr < hTop + nh; rr++) { for (let cc = c0; cc <= cEnd; cc++) { const x = ws.getCell(rr, cc); x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; x.font = { bold: true }; } setBorder(ws, rr, c0, cEnd); }
  r += nh;
  if (st.colNumRow) { const labs = ['甲', '乙', '丙', '丁']; lead.forEach((k, n) => { ws.getCell(r, colOf(k)).value = labs[n]; }); T.cols.forEach((_, k) => { ws.getCell(r, dc0 + k).value = k + 1; }); r++; }
  // body row plan
  const plan = [];
  const grandLab = () => (st.grandLabel === 'split' ? null : st.grandLabel);
  const pushGrand = (lab2) => {
    if (st.kindRows) {
      plan.push({ id: 'G', kind: 'grand', group: '全县', item: '合计', gkey: 'KB' + lab2 });
      F.kinds.forEach((k) => plan.push({ id: k.id, kind: 'kind', group: '全县', item: k.name, gkey: 'KB' + lab2 }));
    } else plan.push({ id: 'G', kind: 'grand', label: grandLab() || (lab2 === 'b' && st.grandPos === 'both' ? '合计' : '总计'), split: st.grandLabel === 'split' });
  };
  if (st.grandPos !== 'bottom') pushGrand('t');
  const pref = (gi, n) => (st.headingPrefix === 'cn' ? `${CNUM[gi] || gi + 1}、${n}` : st.headingPrefix === 'num' ? `${gi + 1}.${n}` : n);
  T.groups.forEach((g, gi) => {
    if (st.blankBetween && (gi > 0 || st.grandPos !== 'bottom')) plan.push({ blank: true });
    const sub = { id: `S:${gi}`, kind: 'sub', group: g.name, gi, code: g.code };
    const items = g.items.map((it, ii) => ({ id: `I:${gi}:${ii}`, kind: 'item', group: g.name, item: it.name, gi, code: it.code || null, qz: it.qz, absent: it.absent }));
    if (st.heading) {
      if (st.headingCarries) { plan.push({ ...sub, kind: 'headsub', label: pref(gi, g.name) }); items.forEach((x) => plan.push(x)); }
      else {
        plan.push({ kind: 'head', label: pref(gi, g.name), gi, code: g.code });
        if (st.subPos === 'above') plan.push(sub); items.forEach((x) => plan.push(x)); if (st.subPos === 'below') plan.push(sub);
      }
    } else { if (st.subPos === 'above') plan.push(sub); items.forEach((x) => plan.push(x)); if (st.subPos === 'below') plan.push(sub); }
  });
  if (st.grandPos !== 'top') { if (st.blankBetween) plan.push({ blank: true }); pushGrand('b'); }
  // write rows
  const V = F.vals;
  const indent = (s, lvl) => (st.indent === 'fw' ? '　'.repeat(2 * lvl) + s : st.indent === 'sp' ? '  '.repeat(lvl) + s : s);
  const blocks = []; // for merging group column
  let cur = null;
  const gCol = st.swap ? 'group' : 'group', iCol = 'item';
  for (const p of plan) {
    if (p.blank) { r++; cur = null; continue; }
    const row = r;
    if (p.kind === 'head' || p.kind === 'headsub') {
      if (twoLab) { const x = ws.getCell(row, colOf('group')); x.value = p.label; if (st.bold) x.font = { bold: true }; if (st.headMerge) ws.mergeCells(row, Math.min(colOf('group'), colOf('item')), row, Math.max(colOf('group'), colOf('item'))); }
      else { const x = ws.getCell(row, colOf('label')); x.value = p.label; if (st.bold) x.font = { bold: true }; }
      if (st.code && p.code) ws.getCell(row, colOf('code')).value = st.code === 'num' ? Number(p.code) : p.code;
    } else if (p.kind === 'grand' && !st.kindRows) {
      const lab = p.split ? ['全县', '合计'] : [p.label];
      if (!twoLab) ws.getCell(row, colOf('label')).value = lab.join('');
      else if (lab.length === 2) { ws.getCell(row, Math.min(colOf('group'), colOf('item'))).value = lab[0]; ws.getCell(row, Math.max(colOf('group'), colOf('item'))).value = lab[1]; }
      else { const a = Math.min(colOf('group'), colOf('item')), b = Math.max(colOf('group'), colOf('item')); ws.getCell(row, a).value = lab[0]; ws.mergeCells(row, a, row, b); }
      if (st.code && st.codeGrand) ws.getCell(row, colOf('code')).value = st.code === 'num' ? Number(T.countyCode) : T.countyCode;
    } else if (!twoLab) {
      // single label column (heading1): items and 小计 indented
      const lab = p.kind === 'sub' ? indent(st.subLabel, 1) : p.kind === 'kind' ? indent(p.item, 1) : indent(p.qz ? p.item : p.item, p.qz ? 2 : 1);
      const x = ws.getCell(row, colOf('label')); x.value = lab; if (st.indent === 'align') x.alignment = { indent: p.qz ? 4 : 2 };
      if (st.code && p.code && p.kind === 'item' && T.itemCodes) ws.getCell(row, colOf('code')).value = st.code === 'num' ? Number(p.code) : p.code;
    } else {
      // two label columns
      const itemLab = p.kind === 'sub' ? (st.heading ? st.subLabel : st.subInA ? null : st.subLabel) : p.item;
      if (itemLab !== null) ws.getCell(row, colOf(iCol)).value = p.qz && st.indent !== 'align' ? indent(itemLab, st.indent === 'fw' ? 0 : 1) : itemLab;
      if (p.kind === 'sub' && st.subInA && !st.heading) {
        const a = Math.min(colOf('group'), colOf('item')), b = Math.max(colOf('group'), colOf('item'));
        ws.getCell(row, a).value = `${T.groups[p.gi].name}${st.subLabel.replace(/\s|　/g, '')}`; ws.mergeCells(row, a, row, b);
      } else if (!st.heading) {
        const key = p.gkey || `g${p.gi}`;
        if (!cur || cur.key !== key) { cur = { key, first: row, last: row, label: p.group, gi: p.gi, code: !T.itemCodes && p.gi !== undefined ? T.groups[p.gi].code : null }; blocks.push(cur); } else cur.last = row;
        if (st.labelMode === 'repeat' || (st.labelMode === 'first' && cur.first === row) || st.labelMode === 'merge') { if (st.labelMode !== 'merge' || cur.first === row) ws.getCell(row, colOf(gCol)).value = p.group; }
      }
      if (st.code && p.kind === 'item' && T.byKind && p.code) ws.getCell(row, colOf('code')).value = st.code === 'num' ? Number(p.code) : p.code;
    }
    if (p.kind === 'sub' && st.subInA && !st.heading) cur = null; // subtotal row outside the merged block
    if (p.id) {
      addr[p.id] = {};
      T.cols.forEach((c, k) => {
        const x = ws.getCell(row, dc0 + k); addr[p.id][c.key] = x.address;
        const v = V[p.id][c.key];
        if (v === null || v === undefined) { if (p.absent || (c.type === 'ratio' && st.zeroRatio === 'dash')) { x.value = st.dashSym; x.alignment = { horizontal: 'center' }; } return; }
        if (typeof v === 'string') { x.value = v; x.alignment = { horizontal: 'right' }; return; }
        const d = c.dShown !== undefined ? c.dShown : c.d;
        if (v === 0 && st.zeroDash && ['add', 'part', 'prev', 'hsum'].includes(c.type)) { x.value = st.dashSym; x.alignment = { horizontal: 'center' }; return; }
        if (!c.pct && st.textP && (st.textP >= 1 || R.p(st.textP))) { x.value = fmtNum(v, d, st.thousands); x.alignment = { horizontal: 'right' }; return; }
        x.value = v; x.numFmt = numFmtFor(d, st.thousands && !c.pct && !d, c.pct);
      });
    }
    if ((p.kind === 'grand' || p.kind === 'sub' || p.kind === 'headsub') && st.subBold) for (let cc = c0; cc <= cEnd; cc++) ws.getCell(row, cc).font = { bold: true };
    setBorder(ws, row, c0, cEnd);
    if (st.seq && (p.kind === 'head' || p.kind === 'headsub')) ws.getCell(row, colOf('seq')).value = p.gi + 1;
    r++;
  }
  // merge group blocks / place codes
  for (const b of blocks) {
    if (st.labelMode === 'merge' && b.last > b.first) { ws.mergeCells(b.first, colOf(gCol), b.last, colOf(gCol)); ws.getCell(b.first, colOf(gCol)).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }; }
    if (st.seq && b.gi !== undefined) ws.getCell(b.first, colOf('seq')).value = b.gi + 1;
    if (st.code && b.code) { ws.getCell(b.first, colOf('code')).value = st.code === 'num' ? Number(b.code) : b.code; if (st.labelMode === 'merge' && b.last > b.first) ws.mergeCells(b.first, colOf('code'), b.last, colOf('code')); }
  }
  if (st.notes) for (const n of T.notes) { ws.getCell(r, c0).value = n; r++; }
  ws.getColumn(colOf(lead.includes('label') ? 'label' : 'item')).width = 24;
  return { addr, endRow: r };
}

// ---------- plants ----------
function plantCandidates(rels) {
  const out = [];
  for (const r of rels) {
    if (r.t === 'sum') { if (r.parts.length > 1) out.push({ cell: r.total, kinds: ['totaloff', 'swap', 'lost'] }); r.parts.forEach((p) => out.push({ cell: p, kinds: ['swap', 'lost', 'swap'] })); }
    if (r.t === 'growth') { out.push({ cell: r.cell, kinds: ['sign', 'rateoff', 'swap'] }); out.push({ cell: r.cur, kinds: ['swap', 'lost'] }); }
    if (r.t === 'rate') out.push({ cell: r.cell, kinds: ['rateoff', 'swap', 'lost'] });
    if (r.t === 'pp') out.push({ cell: r.cell, kinds: ['sign', 'swap', 'totaloff'] });
    if (r.t === 'le') out.push({ cell: r.parts[0], kinds: ['dup', 'x10', 'swap'] });
  }
  return out;
}
function mutate(R, v, dec, kind, tolHint) {
  const s = Math.abs(v).toFixed(dec); const neg = v < 0;
  const digits = s.replace('.', '');
  const rebuild = (d) => { const x = dec ? d.slice(0, d.length - dec) + '.' + d.slice(d.length - dec) : d; return (neg ? -1 : 1) * Number(x); };
  if (kind === 'swap') { const pos = []; for (let i = 0; i + 1 < digits.length; i++) if (digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === '0')) pos.push(i); if (!pos.length) return null; const i = R.pick(pos); return rebuild(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)); }
  if (kind === 'lost') { const intLen = digits.length - dec; if (intLen < 2) return null; const i = R.i(0, intLen - 1); const d = digits.slice(0, i) + digits.slice(i + 1); if (d[0] === '0' && d.length - dec > 1) return null; return rebuild(d); }
  if (kind === 'dup') { const i = R.i(0, digits.length - dec - 1); return rebuild(digits.slice(0, i + 1) + digits[i] + digits.slice(i + 1)); }
  if (kind === 'x10') return Number((v * 10).toFixed(dec));
  if (kind === 'sign') { if (Math.abs(v) < 0.5) return null; return -v; }
  if (kind === 'rateoff') { const u = 10 ** -dec; const base = dec === 0 ? R.pick([3, 5, 10]) : R.pick([1, 1.5, 2, 3, 5]); const delta = Math.max(base, Math.ceil(2 * tolHint / u) * u) * (R.p(0.5) ? 1 : -1); return Number((v + delta).toFixed(dec)); }
  if (kind === 'totaloff') { const u = 10 ** -dec; const m = Math.ceil(2 * tolHint / u) + R.i(2, 40); return Number((v + (R.p(0.5) ? 1 : -1) * m * u).toFixed(dec)); }
  return null;
}

// ---------- books ----------
const KINDS = Object.keys(BUILDERS);
async function makeBook(R, file, dir, probe, clean, idx) {
  const C = makeCounty(R, probe);
  const wb = new ExcelJS.Workbook();
  const nSheets = R.p(probe ? 0.3 : 0.2) ? 2 : 1;
  const sheetsOut = []; const layout = []; const used = new Set();
  for (let s = 0; s < nSheets; s++) {
    const nTab = probe && R.p(0.15) ? 2 : 1;
    const kinds = Array.from({ length: nTab }, (_, ti) => (s === 0 && ti === 0 ? KINDS[idx % KINDS.length] : R.pick(KINDS)));
    const TOPIC = { eduTown: '教育', eduKind: '教育', health: '卫生', pop: '卫生', culture: '文化', elder: '养老' };
    let name = nSheets > 1 ? (R.p(0.6) ? TOPIC[kinds[0]] : R.pick(['表' + (s + 1), '附表' + (s + 1)])) : R.pick(['Sheet1', '表1', '社会事业', '公共服务', `${R.i(14, 19)}-${R.i(1, 12)}`]);
    while (used.has(name)) name += s + 1; used.add(name);
    const ws = wb.addWorksheet(name);
    const rels = [], values = new Map();
    let row = 1;
    for (let ti = 0; ti < nTab; ti++) {
      const kind = kinds[ti];
      const T = BUILDERS[kind](R, C, { probe }); T.countyCode = C.code;
      const st = styleFor(R, probe, C);
      if (T.byKind && st.absentDash) st.absentDash = false;
      st.kindRows = !st.heading && kind !== 'pop' && R.p(0.35); // 全县 block broken down by kind
      if (st.kindRows && st.grandPos === 'both') st.grandPos = 'top';
      if (nTab > 1) T.title = `（${CNUM[ti]}）` + T.title;
      const F = finalize(R, T, st);
      const res = render(ws, T, F, st, row, R);
      const m = (x) => { const a = res.addr[x[0]] && res.addr[x[0]][x[1]]; if (!a) throw new Error('no addr ' + x.join('/')); return a; };
      for (const r of F.rels) { const o = { t: r.t, tol: r.tol }; for (const k of ['total', 'whole', 'cell', 'num', 'den', 'cur', 'prev']) if (r[k]) o[k] = m(r[k]); if (r.parts) o.parts = r.parts.map(m); if (r.k !== undefined) o.k = r.k; rels.push(o); }
      for (const [id, mm] of Object.entries(res.addr)) for (const [ck, a] of Object.entries(mm)) { const cell = ws.getCell(a); const v = cell.value; const col = T.cols.find((c) => c.key === ck); if (typeof v === 'number' || (typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v))) values.set(a, { v, num: typeof v === 'number' ? v : Number(v.replace(/,/g, '')), dec: col.dShown !== undefined ? col.dShown : col.d, text: typeof v === 'string', pct: !!col.pct, thousands: typeof v === 'string' && v.includes(',') }); }
      layout.push(`${name}:${kind}[${st.labelMode}${st.swap ? ',swap' : ''}${st.kindRows ? ',kindRows' : ''},sub-${st.subPos}${st.subInA ? '-inA' : ''},grand-${st.grandPos}${st.code ? ',code-' + st.code : ''}${st.textP ? ',text' + st.textP : ''}${st.pctFmt ? ',pct' : ''}${st.absentDash ? ',dash' : ''}${st.heading && st.headingCarries ? ',headCarries' : ''}]`);
      row = res.endRow + R.i(2, 3);
    }
    sheetsOut.push({ name, rels, ws, values });
  }
  const plants = [];
  if (!clean) {
    const nPl = R.p(0.35) ? 2 : 1; const usedRels = new Set();
    for (let tries = 0; plants.length < nPl && tries < 400; tries++) {
      const sh = R.pick(sheetsOut);
      const cands = plantCandidates(sh.rels).filter((x) => sh.values.has(x.cell)); if (!cands.length) continue;
      const avail = [...new Set(cands.flatMap((x) => x.kinds))];
      const ROT = ['sign', 'swap', 'rateoff', 'lost', 'totaloff', 'dup'];
      const want = tries < 120 && avail.includes(ROT[(idx + plants.length) % ROT.length]) ? ROT[(idx + plants.length) % ROT.length] : R.p(0.5) ? R.pick(avail) : R.pick(['swap', 'lost', 'sign', 'rateoff', 'totaloff', 'dup', 'swap']);
      const fit = cands.filter((x) => x.kinds.includes(want) || (want === 'dup' && x.kinds.includes('x10')));
      const cd = R.pick(fit.length && tries < 250 ? fit : cands); const kind = cd.kinds.includes(want) ? want : R.pick(cd.kinds);
      if (plants.some((p) => p.sheet === sh.name && p.cell === cd.cell)) continue;
      const involved = sh.rels.filter((r) => relCells(r).includes(cd.cell));
      if (involved.some((r) => usedRels.has(r))) continue;
      const m = sh.values.get(cd.cell); const v = m.num;
      const tolHint = Math.max(...involved.map((r) => r.tol));
      let nv;
      if (m.pct) { const x = mutate(R, Number((v * 100).toFixed(m.dec - 2)), m.dec - 2, kind, tolHint * 100); nv = x === null ? null : Number((x / 100).toFixed(m.dec)); }
      else nv = mutate(R, v, m.dec, kind, tolHint);
      if (nv === null || !Number.isFinite(nv) || nv === v || nv === 0) continue;
      const get = (a) => (a === cd.cell ? nv : sh.values.has(a) ? sh.values.get(a).num : 0);
      const u = 10 ** -m.dec;
      const broken = involved.filter((r) => { const e = evalRel(r, get); return e !== null && e > Math.max(u, r.tol) + 1e-9; });
      if (!broken.length) continue;
      const nowV = m.text ? fmtNum(nv, m.dec, m.thousands) : nv;
      sh.ws.getCell(cd.cell).value = nowV;
      sh.values.set(cd.cell, { ...m, v: nowV, num: nv });
      involved.forEach((r) => usedRels.add(r));
      plants.push({ sheet: sh.name, cell: cd.cell, was: m.v, now: nowV, kind, rule: broken.map((r) => r.t).join('+') });
    }
    if (!plants.length) throw new Error('no plant possible in ' + file);
  }
  await wb.xlsx.writeFile(path.join(dir, file));
  return { manifest: { file, clean, plants, layout: layout.join(' ') }, rel: { sheets: sheetsOut.map((s) => ({ name: s.name, rels: s.rels })) } };
}
async function makeSet(name, n, seed, probe) {
  const dir = path.join(__dirname, name);
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  const manifest = [], rels = {};
  for (let i = 1; i <= n; i++) {
    const file = `${probe ? 'p' : 'c'}${String(i).padStart(3, '0')}.xlsx`;
    const clean = i % 2 === 1;
    for (let attempt = 0; ; attempt++) {
      const R = mkR(seed * 100003 + i * 7919 + attempt * 104729);
      try { const { manifest: m, rel } = await makeBook(R, file, dir, probe, clean, Math.floor((i - 1) / 2) + (i % 2 ? 0 : 3)); manifest.push(m); rels[file] = rel; break; }
      catch (e) { if (attempt > 20 || !/no plant possible/.test(e.message)) { console.error(file, e.stack); throw e; } }
    }
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(__dirname, 'rel', name + '.json'), JSON.stringify(rels));
  console.log(name, manifest.length, 'books', manifest.filter((m) => m.clean).length, 'clean', manifest.reduce((a, m) => a + m.plants.length, 0), 'plants');
}
(async () => {
  await makeSet('cases', 45, 921, false);
  await makeSet('probe', 100, 922, true);
})();
