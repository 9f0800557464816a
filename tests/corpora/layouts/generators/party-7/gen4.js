// Category 4: sheets exported from an information system (全国党员管理信息系统-style exports)
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;

const pad = (n, w) => String(n).padStart(w, '0');
function ts(r, y = 2025, m = 3) {
  return `${y}-${pad(m, 2)}-${pad(r.int(1, 28), 2)} ${pad(r.int(8, 19), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}`;
}

async function w13() {
  // hierarchical org export: 层级 1/2/3, 上级党组织, members at each level = sum of children
  const r = L.rng(413);
  const N = L.names(13);
  const b = new L.Book();
  const s = b.sheet('导出数据', { widths: [6, 16, 40, 10, 6, 34, 16, 10, 10, 10, 10, 20, 10] });
  const h = s.row(['序号', '组织代码', '党组织名称', '组织类别', '层级', '上级党组织', '上级组织代码', '党员总数', '正式党员', '预备党员', '女党员', '最后更新时间', '信息状态']);
  const county = N.counties[0].replace(/[县区]$/, '');
  const rootName = `中共${county}县非公有制经济组织综合委员会`;
  const rootCode = '001033024000';
  const rows = [];
  const cos = L.companyNames(r, 12, county);
  let code = 1;
  const lvl2 = cos.map((co, i) => {
    const kind = i < 3 ? '党委' : i < 5 ? '党总支' : '党支部';
    const c2 = i % 2 === 0 ? Number('33' + pad(10240000 + code++, 10)) : '0010330240' + pad(code++, 2);
    const node = { name: `中共${co}${kind === '党委' ? '委员会' : kind === '党总支' ? '总支部委员会' : '支部委员会'}`, kind, code: c2, children: [] };
    if (kind !== '党支部') {
      const nb = kind === '党委' ? r.int(3, 5) : r.int(2, 3);
      for (let k = 0; k < nb; k++) {
        const f = r.int(3, 30); const p = r.int(0, 3);
        node.children.push({ name: `中共${co}第${'一二三四五'[k]}支部委员会`, kind: '党支部', code: '0010330240' + pad(code++, 2), formal: f, prob: p, fem: Math.floor((f + p) * (0.2 + r() * 0.3)) });
      }
      node.formal = sum(node.children.map((x) => x.formal)); node.prob = sum(node.children.map((x) => x.prob)); node.fem = sum(node.children.map((x) => x.fem));
    } else {
      node.formal = r.int(3, 25); node.prob = r.int(0, 2); node.fem = Math.floor((node.formal + node.prob) * (0.2 + r() * 0.3));
    }
    return node;
  });
  const root = { name: rootName, kind: '党委', code: rootCode, formal: sum(lvl2.map((x) => x.formal)), prob: sum(lvl2.map((x) => x.prob)), fem: sum(lvl2.map((x) => x.fem)) };
  let seq = 1;
  const put = (n, lvl, parent) => s.row([seq++, n.code, n.name, n.kind, lvl, parent ? parent.name : '中共' + county + '县委员会组织部', parent ? parent.code : '001033024', n.formal + n.prob, n.formal, n.prob, n.fem, ts(r), r() < 0.85 ? '正常' : '待完善']);
  put(root, 1, null);
  const lv3rows = [];
  for (const n of lvl2) {
    put(n, 2, root);
    for (const c of n.children || []) lv3rows.push(put(c, 3, n));
  }
  s.table(h, s.rows.length);
  await L.emit('w13_系统导出_党组织层级', b, { sheet: '导出数据', cell: addr(10, lv3rows[3]), kind: 'part', how: 'plus7', note: '预备党员 of a level-3 branch (breaks 党员总数=正式+预备 and the parent level sums)' });
}

async function w14() {
  // flat enterprise export with credit codes, numeric org codes, 1/0 flag, dates, hand-added 合计 row
  const r = L.rng(414);
  const N = L.names(14);
  const b = new L.Book();
  const s = b.sheet('企业信息', { widths: [6, 22, 16, 34, 12, 12, 10, 14, 10, 12, 20, 10] });
  const h = s.row(['序号', '统一社会信用代码', '组织代码', '企业名称', '行政区划代码', '从业人员数', '党员数', '是否建立党组织', '党组织类型', '建立时间', '数据更新时间', '审核状态']);
  const cos = L.companyNames(r, 22, N.counties[0].slice(0, 2));
  const A = 'ABCDEFGHJKLMNPQRTUWXY0123456789';
  const data = cos.map((co, i) => {
    const emp = r.int(15, 1200); const mem = r.int(0, Math.min(60, Math.floor(emp / 10) + 2));
    const built = mem >= 3 && r() < 0.8 ? 1 : 0;
    const cc = '91' + '3301' + pad(r.int(0, 99), 2) + Array.from({ length: 10 }, () => r.pick(A.split(''))).join('');
    return [i + 1, cc, built ? 330100000000 + r.int(100000, 999999) : null, co, 330100 + r.int(1, 12) * 2, emp, mem, built,
      built ? (mem >= 50 ? '党委' : mem >= 30 ? '党总支' : '党支部') : null,
      built ? new Date(Date.UTC(r.int(2008, 2024), r.int(0, 11), r.int(1, 28))) : null, ts(r, 2025, 6), '已审核'];
  });
  const rows = data.map((d) => s.row(d));
  for (const rr of rows) { s.fmt(addr(3, rr), '0'); s.fmt(addr(10, rr), 'yyyy-mm-dd'); }
  const tr = s.row([null, null, null, '合计', null, sum(data.map((d) => d[5])), sum(data.map((d) => d[6])), sum(data.map((d) => d[7])), null, null, null, null], { bold: true });
  s.row(['注：是否建立党组织 1=是，0=否；合计行为人工添加。']);
  s.table(h, tr);
  await L.emit('w14_系统导出_企业信息代码', b, { sheet: '企业信息', cell: addr(7, tr), kind: 'total', how: 'pct10', note: '合计 党员数' });
}

async function w15() {
  // CSV export, leading-zero text codes, 层级 all 3, totals at the bottom
  const r = L.rng(415);
  const N = L.names(15);
  const b = new L.Book();
  const s = b.sheet('csv');
  s.row(['序号', '组织代码', '党组织名称', '层级', '上级组织代码', '党员数', '正式党员', '预备党员', '发展对象', '入党积极分子', '更新时间']);
  const cos = L.companyNames(r, 14, N.counties[0].slice(0, 2));
  const parents = ['000145023001', '000145023002', '000145023007'];
  const data = cos.map((co, i) => {
    const f = r.int(3, 45); const p = r.int(0, 4);
    return [i + 1, '0001450230' + pad(11 + i, 2), `中共${co}支部委员会`, 3, r.pick(parents), f + p, f, p, r.int(0, 3), r.int(0, 8),
      `2025/03/${pad(r.int(1, 31), 2)} ${pad(r.int(8, 18), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}`];
  });
  const rows = data.map((d) => s.row(d));
  s.row(['合计', null, null, null, null, ...[5, 6, 7, 8, 9].map((c) => sum(data.map((d) => d[c]))), null]);
  await L.emit('w15_系统导出_支部名册', b, { sheet: 'csv', cell: addr(7, rows[8]), kind: 'part', how: 'pct10', note: '正式党员 in a branch row' }, { csv: true });
}

async function w16() {
  // system summary export by town-level party committee: total first (label in 序号 column), org codes, rates as "56.23%" text
  const r = L.rng(416);
  const N = L.names(16);
  const b = new L.Book();
  const s = b.sheet('统计结果', { widths: [8, 16, 30, 14, 16, 16, 14, 12, 20] });
  s.row(['查询条件：所属党组织=中共' + N.counties[0] + '委员会组织部；统计截止日期=2025-06-30；导出时间：2025-07-02 10:41:07']);
  const h = s.row(['序号', '党组织代码', '党组织名称', '管理的非公企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '党组织覆盖企业数', '覆盖率', '备注']);
  const towns = N.towns.slice(0, 12);
  const data = towns.map((t, i) => {
    const n = r.int(30, 420); const own = Math.floor(n * (0.1 + r() * 0.3)); const j = Math.floor(n * (0.2 + r() * 0.4));
    return [i + 1, i % 3 === 0 ? Number('4306' + pad(2100 + i, 8)) : '00430621' + pad(i + 1, 4), `中共${t}委员会`, n, own, j, own + j];
  });
  const pctText = (a, bb) => rate(a, bb, 2).toFixed(2) + '%';
  const T = ['合计', null, null, ...[3, 4, 5, 6].map((c) => sum(data.map((d) => d[c])))];
  const tr = s.row([...T, pctText(T[6], T[3]), null], { bold: true });
  const rows = data.map((d) => s.row([...d, pctText(d[6], d[3]), null]));
  rows.forEach((rr) => { if (typeof s.get(addr(2, rr)) === 'number') s.fmt(addr(2, rr), '0'); });
  s.table(h, rows[rows.length - 1]);
  await L.emit('w16_系统导出_按乡镇党委汇总', b, { sheet: '统计结果', cell: addr(8, rows[6]), kind: 'rate', how: 'pct7', note: '覆盖率 text "xx.xx%" in a town row' });
}

(async () => { await w13(); await w14(); await w15(); await w16(); L.saveManifest('gen4'); })().catch((e) => { console.error(e); process.exit(1); });
