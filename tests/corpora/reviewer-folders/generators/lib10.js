// Round-10 helpers on top of lib.js: ledgers (xlsx/csv) with options, social-organisation data, multi-sheet county files.
'use strict';
const L = require('./lib');

const FORMS = { own: '单独组建', joint: '联合组建' };
const SOC_WORDS = ['商会', '协会', '促进会', '研究会', '联合会', '基金会', '服务中心', '志愿者协会'];
// social-organisation ledger data per town
function socLedgerCounty(r, townNames) {
  const used = new Set(); const towns = []; const ledger = [];
  for (const t of townNames) {
    const so = L.ri(r, 6, 16); const cov = L.ri(r, 1, Math.floor(so / 2));
    const list = [];
    for (let i = 0; i < so; i++) {
      let n; do { n = t.replace(/(镇|乡|街道)$/, '') + L.WORDS_[L.ri(r, 0, 19)] + SOC_WORDS[L.ri(r, 0, 7)]; } while (used.has(n) && (n += L.ri(r, 1, 9)));
      used.add(n);
      const yes = i < cov; const pm = yes ? L.ri(r, 3, 12) : (r() < 0.3 ? 1 : 0);
      list.push({ name: n, town: t, yes, form: yes ? 'own' : null, pm });
    }
    for (let i = list.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [list[i], list[j]] = [list[j], list[i]]; }
    ledger.push(...list);
    towns.push({ name: t, so, cov, rate: L.rate(cov, so), pm: list.reduce((a, x) => a + x.pm, 0) });
  }
  const total = L.sumRows(towns, ['so', 'cov', 'pm']);
  return { towns, ledger, total };
}
const SH = ['社会组织数', '建立党组织的社会组织数', '党组织覆盖率（%）', '党员人数'];
const shv = (x) => [x.so, x.cov, x.rate, x.pm];
function socSheet(wb, c, o = {}) {
  const rows = [['合计', ...shv(c.total)], ...c.towns.map((t) => [t.name, ...shv(t)])];
  const a = L.addSheet(wb, { name: o.sheet || '汇总', title: o.title || `${c.name}社会组织党组织覆盖情况汇总表`,
    unitRow: '单位：个、%、名', dateRow: o.dateRow || '截至2025年6月30日', header: [['乡镇（街道）', ...SH]], rows, numFmt: { 4: '0.0' } });
  return { ws: a.ws, tot: a.pos.firstData, first: a.pos.firstData + 1 };
}

// ledger rows as arrays; o.townMode: 'every' | 'merged' | 'once' (typed once, blank below, no merge)
// o.subtotals: add '小计' row after each town (town cell filled, name '小计', pm sum); o.total: '合计' row at bottom
// o.filter(e): keep only some entries; o.nameHeader; o.townHeader; o.order: 'byTown' (grouped) | 'shuffled'
function ledgerRows(c, o = {}) {
  const keep = c.ledger.filter(o.filter || (() => true));
  const byTown = o.order === 'shuffled' ? [keep] : c.towns.map((t) => keep.filter((e) => e.town === t.name));
  const rows = []; const where = []; const groups = [];
  let n = 0;
  for (const es of byTown) {
    const start = rows.length;
    for (const e of es) {
      n++;
      const townCell = (o.townMode === 'merged' || o.townMode === 'once') && rows.length > start ? null : (e.townLabel !== undefined ? e.townLabel : e.town);
      where.push({ e, idx: rows.length });
      rows.push([n, e.name, townCell, e.yes ? '是' : '否', e.form ? FORMS[e.form] : '', e.pm]);
    }
    if (es.length) groups.push([start, rows.length - 1]);
    if (o.subtotals && es.length) rows.push([null, '小计', es[0].town, `${es.filter((e) => e.yes).length}`, null, es.reduce((a, e) => a + e.pm, 0)]);
  }
  if (o.total) rows.push([null, '合计', null, null, null, keep.reduce((a, e) => a + e.pm, 0)]);
  const header = ['序号', o.nameHeader || '企业名称', o.townHeader || '所属乡镇', o.yesHeader || '是否建立党组织', o.formHeader || '组织形式', '党员人数'];
  return { rows, where, groups, header };
}
function ledgerSheet(wb, c, o = {}) {
  const lr = ledgerRows(c, o);
  const a = L.addSheet(wb, { name: o.sheet || '台账', title: o.title || `${c.name}非公有制企业党建工作台账`, dateRow: o.dateRow || '截至2025年6月30日',
    header: [lr.header], rows: lr.rows, colWidths: [6, 30, 12, 14, 12, 10] });
  if (o.townMode === 'merged') for (const [s0, s1] of lr.groups) if (s1 > s0) { a.ws.mergeCells(a.pos.firstData + s0, 3, a.pos.firstData + s1, 3); a.ws.getCell(a.pos.firstData + s0, 3).alignment = { vertical: 'middle' }; }
  const at = (e) => a.pos.firstData + lr.where.find((w) => w.e === e).idx;
  return { ws: a.ws, first: a.pos.firstData, at, lr };
}
async function ledgerFile(dir, file, c, o = {}) {
  const wb = new L.ExcelJS.Workbook();
  const s = ledgerSheet(wb, c, o);
  await L.save(wb, dir, file);
  return s;
}
function ledgerCsv(dir, file, c, o = {}) {
  const lr = ledgerRows(c, o);
  const pre = o.csvTitle ? [[o.csvTitle]] : [];
  L.writeCsv(dir, file, [...pre, lr.header, ...lr.rows], o.enc || 'utf8bom');
  const off = pre.length + 2; // 1-based row of first data line
  return { at: (e) => off + lr.where.find((w) => w.e === e).idx };
}
// county summary sheet from ledger county
function summary(wb, c, o = {}) { return L.countySheet(wb, c, { sheet: '汇总', title: `${c.name}非公有制企业党组织覆盖情况汇总表`, ...o }); }

module.exports = { ...L, FORMS, socLedgerCounty, socSheet, SH, shv, ledgerRows, ledgerSheet, ledgerFile, ledgerCsv, summary };
