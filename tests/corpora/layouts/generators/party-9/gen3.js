// round 10 gen3: 说明/备注 columns, ledger with codes/phones/dates, stacked tables, zeros/blank/— rates
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;
const colSums = (rows, from, to) => { const t = []; for (let c = from; c <= to; c++) t.push(sum(rows.map((x) => Number(x[c]) || 0))); return t; };

async function t01() {
  // 说明 column with long text, 备注 with numbers in text
  const r = L.rng(3011); const b = new L.Book(); const s = b.sheet('覆盖情况');
  s.row(['非公有制企业党组织覆盖情况统计表']); s.merge('A1:I1');
  s.row(['单位：家、%', null, null, null, null, null, null, '统计时间：2025.6.30']);
  const h = s.row(['序号', '乡镇（街道）', '企业数', '已建党组织企业数', '覆盖率（%）', '较上年末新增党组织', '无党员企业数', '说明', '备注']);
  const towns = L.names(31).towns.slice(0, 10);
  const notes = ['本季度新组建联合党支部2个，覆盖企业7家', '3家企业因经营困难停产，党组织暂停活动', '', '辖区物流园新入驻企业12家，正在摸排党员', '2户企业迁出，组织关系已转接', '', '按照“应建尽建”要求，年底前计划新建5个', '', '1家企业注销', '试点“党建+网格”模式'];
  const bz = ['新增2家', '', '减少1家', '新增12家（待建）', '', '含个体工商户3户', '', '—', '注销1家', '新增1家'];
  const raw = towns.map((t) => { const e = r.int(20, 260), c = r.frac(e, 0.4, 0.85); return [t, e, c, rate(c, e), r.int(0, 6), r.frac(e - c, 0.3, 0.7)]; });
  const rows = raw.map((x, i) => s.row([i + 1, ...x, notes[i] || null, bz[i] || null]));
  const T = colSums(raw, 1, 5);
  const tr = s.row([null, '合计', T[0], T[1], rate(T[1], T[0]), T[3], T[4], '全县新增党组织21个，其中联合党支部9个', null], { bold: true });
  s.row(['说明：覆盖率=已建党组织企业数/企业数×100。']);
  s.table(h, tr);
  await L.emit('t01_说明列长文本_备注新增2家', b, { sheet: s.name, cell: addr(6, rows[8]), kind: 'count', what: '较上年末新增党组织 in a town + (sum only)' });
}

async function t02() {
  // ledger one row per enterprise with 统一社会信用代码, phone, date 2025.6.30, 合计 row
  const r = L.rng(3021); const b = new L.Book(); const s = b.sheet('企业台账');
  s.row(['规模以上非公有制企业党建工作台账']); s.merge('A1:M1');
  s.row(['填报单位：青山镇党委', null, null, null, null, null, null, null, null, null, '填报日期：2025.7.3']);
  const h = s.row(['序号', '企业名称', '统一社会信用代码', '从业人员数', '党员数', '其中：预备党员', '是否建立党组织', '党组织类型', '党组织成立时间', '党组织书记', '联系电话', '党建工作指导员', '备注']);
  const pre = ['华', '鑫', '恒', '瑞', '永', '兴', '宏', '佳', '盛', '金', '天', '汇', '博', '晟'];
  const suf = ['机械制造有限公司', '食品有限公司', '物流有限公司', '新材料科技有限公司', '建筑工程有限公司', '纺织有限公司', '电子有限公司', '商贸有限公司'];
  const code = () => { const ch = '0123456789ABCDEFGHJKLMNPQRTUWXY'; let s2 = '91430'; for (let i = 0; i < 13; i++) s2 += ch[r.int(0, ch.length - 1)]; return s2; };
  const surn = ['张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
  const data = [];
  for (let i = 0; i < 14; i++) {
    const st = r.int(30, 900), pm = r.int(0, 40), yb = pm ? r.int(0, Math.min(3, pm)) : 0;
    const has = pm >= 3 ? '是' : '否';
    const typ = has === '是' ? (pm >= 30 ? '党总支' : '党支部') : pm ? '联合党支部' : '—';
    const date = has === '是' ? `${r.int(2008, 2024)}.${r.int(1, 12)}.${r.int(1, 28)}` : (pm ? `${r.int(2018, 2024)}.${r.int(1, 12)}.${r.int(1, 28)}` : '—');
    data.push([i + 1, pre[i] + pre[(i * 5 + 3) % pre.length] + suf[i % suf.length], code(), st, pm, yb, has, typ, date, pm ? surn[i % 10] + '某某' : '—', `1${r.int(30, 99)}${String(r.int(10000000, 99999999))}`, has === '否' ? surn[(i + 3) % 10] + '某' : '', i === 4 ? '2025.6.30新建' : null]);
  }
  const rows = data.map((x) => s.row(x));
  const T = [3, 4, 5].map((c) => sum(data.map((x) => x[c])));
  const nyes = data.filter((x) => x[6] === '是').length;
  const tr = s.row(['合计', null, null, T[0], T[1], T[2], `${nyes}家`, null, null, null, null, null, null], { bold: true }); s.merge(`A${tr}:C${tr}`);
  s.row(['注：党员数含组织关系在企业的党员和流动党员。']);
  s.table(h, tr);
  await L.emit('t02_企业台账_信用代码_电话_日期', b, { sheet: s.name, cell: addr(5, rows[6]), kind: 'count', what: '党员数 of one enterprise (合计 ≠ sum)' });
}

async function t03(variant) {
  // second table below the first on the same sheet
  const r = L.rng(3031 + variant); const b = new L.Book(); const s = b.sheet(variant ? '两新统计' : 'Sheet1');
  s.row(['一、非公有制企业党组织覆盖情况']); s.merge('A1:G1');
  s.row(['单位：家、%']);
  const h = s.row(['乡镇（街道）', '企业数', '已建立党组织企业数', '其中：单独建立', '联合建立', '覆盖率（%）', '党员数']);
  const towns = L.names(33 + variant).towns.slice(0, 8);
  const raw = towns.map((t) => { const e = r.int(20, 260), d = r.frac(e, 0.15, 0.35), l = r.frac(e, 0.15, 0.35); return [t, e, d + l, d, l, rate(d + l, e), d * r.int(5, 12) + l]; });
  const T = colSums(raw, 1, 6);
  const line = (t, x) => [t, x[0], x[1], x[2], x[3], rate(x[1], x[0]), x[5]];
  let tr, rows;
  if (variant) { tr = s.row(line('全镇合计', T), { bold: true }); rows = raw.map((x) => s.row(x)); } else { rows = raw.map((x) => s.row(x)); tr = s.row(line('合计', T), { bold: true }); }
  s.table(h, Math.max(tr, rows[rows.length - 1]));
  s.blank(); s.blank();
  const t2 = s.row(['二、社会组织党组织覆盖情况']); s.merge(`A${t2}:G${t2}`);
  s.row(['单位：个、%']);
  const h2 = s.row(['乡镇（街道）', '社会组织数', '已建立党组织数', '覆盖率（%）', '选派党建工作指导员数', '党员数', variant ? '备注' : null]);
  const raw2 = towns.map((t) => { const o = r.int(2, 30), c = r.frac(o, 0.2, 0.7); return [t, o, c, rate(c, o), r.frac(o - c, 0.4, 0.9), c * r.int(3, 7)]; });
  const T2 = colSums(raw2, 1, 5);
  const line2 = (t, x) => [t, x[0], x[1], rate(x[1], x[0]), x[3], x[4]];
  let tr2, rows2;
  if (variant) { tr2 = s.row(line2('全镇合计', T2), { bold: true }); rows2 = raw2.map((x) => s.row(x)); } else { rows2 = raw2.map((x) => s.row(x)); tr2 = s.row(line2('合计', T2), { bold: true }); }
  s.row(['填报人：赵敏   联系电话：13907316688   审核人：钱立新']);
  await L.emit(variant ? 't03b_上下两表_合计在上' : 't03a_上下两表_非公与社会组织', b, variant ? { sheet: s.name, cell: addr(2, rows2[3]), kind: 'count', what: '社会组织数 in 2nd table (below)' } : { sheet: s.name, cell: addr(3, rows2[2]), kind: 'count', what: '已建立党组织数 in 2nd table' });
}

async function t04(variant) {
  // towns with all zeros, blank=zero, '—' rates when 企业数 0
  const r = L.rng(3041 + variant); const b = new L.Book(); const s = b.sheet('乡镇统计');
  s.row([variant ? '社会组织党建工作统计表' : '非公有制企业党建工作统计表']); s.merge('A1:H1');
  s.row(['单位：个、名、%']);
  const h = s.row(['乡镇', variant ? '社会组织数' : '企业数', '已建党组织数', '覆盖率（%）', '有党员但未建组织数', '无党员数', '党员人数', '党建指导员（名）']);
  const towns = L.names(35 + variant).towns.slice(0, 12);
  const raw = towns.map((t, i) => {
    if ([2, 7].includes(i)) return [t, 0, 0, null, 0, 0, 0, 0];
    if (i === 10) { const e = r.int(1, 4); return [t, e, 0, 0, 0, e, 0, r.int(0, 1)]; }
    const e = r.int(3, variant ? 25 : 120), c = r.frac(e, 0.2, 0.7), m = r.frac(e - c, 0.2, 0.5); return [t, e, c, rate(c, e), m, e - c - m, c * r.int(3, 8) + m, r.frac(e - c, 0.2, 0.6)];
  });
  const T = colSums(raw, 1, 7);
  const blankZero = (x) => x.map((v, k) => (k >= 1 && v === 0 && k !== 3 ? null : v));
  const rows = raw.map((x, i) => { let y = x.slice(); if (y[3] === null) y[3] = '—'; if (variant || i % 2 === 0) y = blankZero(y); if (y[1] === null && !variant) y = [y[0], 0, 0, '—', 0, 0, 0, 0]; return s.row(y); });
  const tr = s.row(['合计', T[0], T[1], rate(T[1], T[0]), T[3], T[4], T[5], T[6]], { bold: true });
  s.row(['注：空白表示无；“—”表示不适用。']);
  s.table(h, tr);
  await L.emit(variant ? 't04b_空白为零_社会组织_短横线' : 't04a_全零乡镇_空白_短横线覆盖率', b, variant ? { sheet: s.name, cell: addr(7, rows[4]), kind: 'count', what: '党员人数 +' } : { sheet: s.name, cell: addr(2, rows[5]), kind: 'count', what: '企业数 + (breaks sum, coverage, parts)' });
}

async function t05() {
  // second table below: 党员 flows under coverage, csv-like header reuse, same sheet
  const r = L.rng(3051); const b = new L.Book(); const s = b.sheet('综合');
  s.row(['表1  非公企业党组织情况']);
  const h = s.row(['单位', '企业数', '党组织数', '党委', '党总支', '党支部', '联合党支部', '覆盖企业数', '覆盖率（%）']);
  const towns = L.names(37).towns.slice(0, 7);
  const raw = towns.map((t) => { const e = r.int(30, 220), a = r.int(0, 2), bb = r.int(0, 4), c = r.frac(e, 0.1, 0.3), d = r.int(1, 6), dc = d * r.int(2, 5); return [t, e, a + bb + c + d, a, bb, c, d, a + bb + c + dc]; });
  const line = (x) => [...x, rate(x[7], x[1])];
  const rows = raw.map((x) => s.row(line(x)));
  const T = colSums(raw, 1, 7);
  const tr = s.row(line(['合计', ...T]), { bold: true });
  s.table(h, tr);
  s.blank();
  s.row(['表2  非公企业党员增减情况']);
  const h2 = s.row(['单位', '年初党员数', '发展党员', '转入', '转出', '死亡', '年末党员数']);
  const raw2 = towns.map((t) => { const a = r.int(80, 700), d = r.frac(a, 0.02, 0.06), i = r.frac(a, 0.03, 0.1), o = r.frac(a, 0.02, 0.09), dd = r.int(0, 2); return [t, a, d, i, o, dd, a + d + i - o - dd]; });
  const rows2 = raw2.map((x) => s.row(x));
  const T2 = colSums(raw2, 1, 6);
  const tr2 = s.row(['合计', ...T2], { bold: true });
  s.table(h, tr2);
  await L.emit('t05_上下两表_组织类型与党员增减', b, { sheet: s.name, cell: addr(7, rows2[3]), kind: 'count', what: '年末党员数 in 2nd table +' });
}

(async () => {
  await t01(); await t02(); await t03(0); await t03(1); await t04(0); await t04(1); await t05();
  L.saveManifest('gen3');
})().catch((e) => { console.error(e); process.exit(1); });
