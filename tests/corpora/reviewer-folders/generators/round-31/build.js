const G = require('./gen.js');
const { ExcelJS, makeEnterprises, makeSocialOrgs, agg, rate, writeLedger, writeTownSummary, writeCitySummary, save, styleRange } = G;
const fs = require('fs');
const ROOT = require('path').join(__dirname, 'clean');
fs.rmSync(ROOT, { recursive: true, force: true });

function C(full, short, cityLabel, admin, towns, n, file) { return { full, short, cityLabel, admin, towns, n, file }; }

async function basicCounty(dir, c, lopts = {}, sopts = {}, order = 'ledgerFirst') {
  const wb = new ExcelJS.Workbook();
  let wsL, wsS;
  if (order === 'ledgerFirst') { wsL = wb.addWorksheet(lopts.sheet || '台账'); wsS = wb.addWorksheet(sopts.sheet || '汇总'); }
  else { wsS = wb.addWorksheet(sopts.sheet || '汇总'); wsL = wb.addWorksheet(lopts.sheet || '台账'); }
  writeLedger(wsL, c, c.list, lopts);
  writeTownSummary(wsS, c, c.towns, c.list, sopts);
  await save(wb, `${dir}/${c.file}`);
}

async function main() {
  // ================= citya: 衡川市, basic, total bottom, name variants =================
  {
    const dir = ROOT + '/citya_hengchuan';
    const cs = [
      C('安平县', '安平', '安平', '131125', ['安平镇', '马店镇', '南王庄镇', '大何庄乡'], 22, '安平县非公企业党建统计.xlsx'),
      C('饶阳', '饶阳', '饶阳县', '131124', ['饶阳镇', '大尹村镇', '五公镇', '官厅镇'], 18, '饶阳.xlsx'),
      C('桃城区', '桃城', '桃城区', '131102', ['河西街道', '河东街道', '赵家圈镇', '邓庄镇'], 26, '桃城区.xlsx'),
      C('衡川高新技术产业开发区', '高新', '高新区', '131171', ['大麻森乡', '苏正办事处'], 14, '高新区.xlsx'),
      C('武强县', '武强', '武强县', '131123', ['武强镇', '街关镇', '周窝镇', '豆村乡'], 16, '武强县.xlsx'),
    ];
    for (const c of cs) { c.list = makeEnterprises(c, c.towns, c.n); await basicCounty(dir, c); }
    const wb = new ExcelJS.Workbook();
    writeCitySummary(wb.addWorksheet('全市汇总'), '衡川市', cs, { notes: ['注：覆盖率=已建党组织企业数÷企业数×100%。'] });
    await save(wb, `${dir}/衡川市非公企业党建汇总.xlsx`);
  }
  // ================= cityb: 临泽市, total top, blank rows, merged towns, gaps, 其中规上 =================
  {
    const dir = ROOT + '/cityb_linze';
    const cs = [
      C('临泽县', '临泽', '临泽县', '620723', ['沙河镇', '平川镇', '板桥镇', '鸭暖镇'], 24, '临泽县.xlsx'),
      C('高台县', '高台', '高台', '620724', ['城关镇', '宣化镇', '南华镇'], 20, '高台.xlsx'),
      C('山丹县', '山丹', '山丹县', '620725', ['清泉镇', '位奇镇', '霍城镇', '陈户镇'], 19, '山丹县.xlsx'),
      C('民乐县', '民乐', '民乐县', '620722', ['洪水镇', '六坝镇', '新天镇'], 21, '民乐县.xlsx'),
      C('肃南裕固族自治县', '肃南', '肃南县', '620721', ['红湾寺镇', '皇城镇', '康乐镇'], 12, '肃南县.xlsx'),
      C('甘州区', '甘州', '甘州区', '620702', ['东街街道', '西街街道', '梁家墩镇', '上秦镇', '党寨镇'], 30, '甘州区.xlsx'),
    ];
    let i = 0;
    for (const c of cs) {
      c.list = makeEnterprises(c, c.towns, c.n);
      const lopts = { townHeader: '所属乡镇', bigCol: true, blankRows: i % 2 === 0, mergeTown: i % 3 !== 2, gaps: i % 2 === 1 ? [5, 11] : [], noteLines: i % 2 === 1 ? ['注：序号5、11企业已于2024年注销，本表保留原序号。'] : [] };
      const sopts = { totalTop: true, qizhongBig: true };
      await basicCounty(dir, c, lopts, sopts, i === 3 ? 'summaryFirst' : 'ledgerFirst');
      i++;
    }
    const wb = new ExcelJS.Workbook();
    writeCitySummary(wb.addWorksheet('Sheet1'), '临泽市', cs, { totalTop: true });
    await save(wb, `${dir}/临泽市两新组织党建汇总表.xlsx`);
  }
  // ================= cityc: 平原市, 年初 | 年末 =================
  {
    const dir = ROOT + '/cityc_pingyuan';
    const cs = [
      C('平原县', '平原', '平原县', '371426', ['龙门街道', '桃园街道', '王凤楼镇', '前曹镇'], 20, '平原县.xlsx'),
      C('夏津县', '夏津', '夏津', '371427', ['银城街道', '北城街道', '南城镇'], 18, '夏津县.xlsx'),
      C('武城县', '武城', '武城县', '371428', ['广运街道', '武城镇', '老城镇', '鲁权屯镇'], 22, '武城县.xlsx'),
      C('临邑县', '临邑', '临邑县', '371424', ['邢侗街道', '恒源街道', '临邑镇'], 17, '临邑县.xlsx'),
    ];
    for (const c of cs) {
      c.list = makeEnterprises(c, c.towns, c.n);
      // start-of-year state: some enterprises new in the year, some joint orgs set up in the year
      c.start = [];
      c.list.forEach((e, k) => {
        if (k % 7 === 3) { e.note = (e.note ? e.note + '；' : '') + '2024年新纳入统计'; return; }
        const s = Object.assign({}, e);
        if (e.form === '联合建立' && k % 3 === 0) { s.form = '未建立'; s.built = '否'; e.note = (e.note ? e.note + '；' : '') + '2024年新建联合党支部'; }
        c.start.push(s);
      });
      const wb = new ExcelJS.Workbook();
      writeLedger(wb.addWorksheet('台账'), c, c.list, { date: '2024年12月31日', townHeader: cs.indexOf(c) % 2 === 0 ? '乡镇（街道）' : '所在乡镇' });
      const ws = wb.addWorksheet('汇总');
      const M = ['企业数', '已建党组织企业数', '单独建立', '联合建立', '党组织覆盖率（%）', '党员数'];
      ws.mergeCells(1, 1, 1, 13); ws.getCell(1, 1).value = c.full + '非公有制企业党组织覆盖情况汇总表（2024年）';
      ws.mergeCells(2, 1, 2, 13); ws.getCell(2, 1).value = '单位：个、名、%';
      ws.mergeCells(3, 1, 4, 1); ws.getCell(3, 1).value = '乡镇（街道）';
      ws.mergeCells(3, 2, 3, 7); ws.getCell(3, 2).value = '年初';
      ws.mergeCells(3, 8, 3, 13); ws.getCell(3, 8).value = '年末';
      ws.getRow(4).values = [null, ...M, ...M];
      const rowOf = (lab, S, E) => { const a = agg(S), b = agg(E); return [lab, a.n, a.built, a.single, a.joint, rate(a.built, a.n), a.pm, b.n, b.built, b.single, b.joint, rate(b.built, b.n), b.pm]; };
      let r = 5;
      for (const t of c.towns) ws.getRow(r++).values = rowOf(t, c.start.filter(e => e.town === t), c.list.filter(e => e.town === t));
      ws.getRow(r++).values = rowOf('合计', c.start, c.list);
      styleRange(ws, 3, r - 1, 1, 13);
      ws.getCell(r + 1, 1).value = '注：年末数据与台账一致；年初数据为2023年12月31日统计数。';
      await save(wb, `${dir}/${c.file}`);
    }
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('汇总');
    const M = ['企业数', '已建党组织企业数', '党组织覆盖率（%）', '党员数'];
    ws.mergeCells(1, 1, 1, 9); ws.getCell(1, 1).value = '平原市非公有制企业党组织覆盖情况（年初、年末对比）';
    ws.mergeCells(2, 1, 3, 1); ws.getCell(2, 1).value = '县（市、区）';
    ws.mergeCells(2, 2, 2, 5); ws.getCell(2, 2).value = '年初';
    ws.mergeCells(2, 6, 2, 9); ws.getCell(2, 6).value = '年末';
    ws.getRow(3).values = [null, ...M, ...M];
    const rowOf = (lab, S, E) => { const a = agg(S), b = agg(E); return [lab, a.n, a.built, rate(a.built, a.n), a.pm, b.n, b.built, rate(b.built, b.n), b.pm]; };
    let r = 4; const allS = [], allE = [];
    for (const c of cs) { ws.getRow(r++).values = rowOf(c.cityLabel, c.start, c.list); allS.push(...c.start); allE.push(...c.list); }
    ws.getRow(r++).values = rowOf('合计', allS, allE);
    styleRange(ws, 2, r - 1, 1, 9);
    await save(wb, `${dir}/平原市汇总（年初年末）.xlsx`);
  }
  // ================= cityd: 清河市, enterprises + social orgs =================
  {
    const dir = ROOT + '/cityd_qinghe';
    const cs = [
      C('清河县', '清河', '清河县', '130534', ['葛仙庄镇', '连庄镇', '油坊镇'], 18, '清河县两新组织党建台账.xlsx'),
      C('威县', '威县', '威县', '130533', ['洺州镇', '梨园屯镇', '章台镇', '侯贯镇'], 20, '威县.xlsx'),
      C('临西县', '临西', '临西', '130535', ['临西镇', '河西镇', '下堡寺镇'], 15, '临西县.xlsx'),
      C('南宫市', '南宫', '南宫市', '130581', ['凤岗街道', '苏村镇', '大高村镇'], 17, '南宫市.xlsx'),
    ];
    let i = 0;
    for (const c of cs) {
      c.list = makeEnterprises(c, c.towns, c.n);
      c.soc = makeSocialOrgs(c, c.towns, Math.round(c.n / 2));
      const wb = new ExcelJS.Workbook();
      writeLedger(wb.addWorksheet('非公企业台账'), c, c.list, { mergeTown: i === 1, townHeader: '所属乡镇' });
      writeLedger(wb.addWorksheet('社会组织台账'), c, c.soc, { social: true, townHeader: '所属乡镇' });
      if (i < 3) {
        writeTownSummary(wb.addWorksheet('非公企业汇总'), c, c.towns, c.list, {});
        writeTownSummary(wb.addWorksheet('社会组织汇总'), c, c.towns, c.soc, { title: c.full + '社会组织党组织覆盖情况汇总表', head: ['乡镇（街道）', '社会组织数', '已建党组织社会组织数', '单独建立', '联合建立', '党组织覆盖率（%）', '党员数', '无党员社会组织数'] });
      } else {
        // combined two-block summary
        const ws = wb.addWorksheet('汇总');
        ws.mergeCells(1, 1, 1, 9); ws.getCell(1, 1).value = c.full + '两新组织党组织覆盖情况汇总表';
        ws.mergeCells(2, 1, 3, 1); ws.getCell(2, 1).value = '乡镇（街道）';
        ws.mergeCells(2, 2, 2, 5); ws.getCell(2, 2).value = '非公有制企业';
        ws.mergeCells(2, 6, 2, 9); ws.getCell(2, 6).value = '社会组织';
        const M = ['总数', '已建党组织数', '党组织覆盖率（%）', '党员数'];
        ws.getRow(3).values = [null, ...M, ...M];
        const rowOf = (lab, E, S) => { const a = agg(E), b = agg(S); return [lab, a.n, a.built, rate(a.built, a.n), a.pm, b.n, b.built, rate(b.built, b.n), b.pm]; };
        let r = 4;
        for (const t of c.towns) ws.getRow(r++).values = rowOf(t, c.list.filter(e => e.town === t), c.soc.filter(e => e.town === t));
        ws.getRow(r++).values = rowOf('合计', c.list, c.soc);
        styleRange(ws, 2, r - 1, 1, 9);
      }
      await save(wb, `${dir}/${c.file}`);
      i++;
    }
    const wb = new ExcelJS.Workbook();
    writeCitySummary(wb.addWorksheet('非公企业'), '清河市', cs, {});
    const socCs = cs.map(c => ({ cityLabel: c.cityLabel, list: c.soc }));
    const ws2 = wb.addWorksheet('社会组织');
    writeCitySummary(ws2, '清河市', socCs, {});
    ws2.getCell(1, 1).value = '清河市社会组织党组织覆盖情况汇总表';
    ws2.getRow(3).values = ['县（市、区）', '社会组织数', '已建党组织社会组织数', '单独建立', '联合建立', '党组织覆盖率（%）', '党员数', '无党员社会组织数'];
    await save(wb, `${dir}/清河市两新组织党建汇总.xlsx`);
  }
  // ================= citye: 东阳市, two years + partial ledger =================
  {
    const dir = ROOT + '/citye_dongyang';
    const cs = [
      C('东阳县', '东阳', '东阳县', '330783', ['吴宁街道', '南市街道', '巍山镇'], 20, '东阳县.xlsx'),
      C('磐安县', '磐安', '磐安县', '330727', ['安文街道', '新渥街道', '尖山镇', '玉山镇'], 18, '磐安县.xlsx'),
      C('浦江县', '浦江', '浦江', '330726', ['浦南街道', '仙华街道', '黄宅镇'], 24, '浦江县.xlsx'),
      C('武义县', '武义', '武义县', '330723', ['白洋街道', '壶山街道', '柳城镇', '桃溪镇'], 26, '武义县.xlsx'),
    ];
    let i = 0;
    for (const c of cs) {
      c.list = makeEnterprises(c, c.towns, c.n);
      // previous-year figures: plausible, not derivable from ledger
      c.prev = {};
      for (const t of [...c.towns, '合计']) c.prev[t] = null;
      const wb = new ExcelJS.Workbook();
      const partial = i === 3;
      const ledgerList = partial ? c.list.filter(e => e.big === '是') : c.list;
      writeLedger(wb.addWorksheet('2024年台账'), c, ledgerList, partial ? { townHeader: '所属乡镇', noteLines: ['注：本台账仅列规模以上企业（' + ledgerList.length + '户），规模以下企业' + (c.list.length - ledgerList.length) + '户另行建档管理，汇总表含全部企业。'], bigCol: true } : { townHeader: '所属乡镇' });
      const ws = wb.addWorksheet('汇总');
      const M = ['企业数', '已建党组织企业数', '党组织覆盖率（%）', '党员数'];
      ws.mergeCells(1, 1, 1, 9); ws.getCell(1, 1).value = c.full + '非公有制企业党建工作情况统计表';
      ws.mergeCells(2, 1, 3, 1); ws.getCell(2, 1).value = '乡镇（街道）';
      ws.mergeCells(2, 2, 2, 5); ws.getCell(2, 2).value = '2023年';
      ws.mergeCells(2, 6, 2, 9); ws.getCell(2, 6).value = '2024年';
      ws.getRow(3).values = [null, ...M, ...M];
      let r = 4; const P = { n: 0, built: 0, pm: 0 };
      for (const t of c.towns) {
        const b = agg(c.list.filter(e => e.town === t));
        const pn = Math.max(1, b.n - G.ri(0, 2)); const pb = Math.min(pn, Math.max(0, b.built - G.ri(0, 2))); const ppm = Math.max(0, b.pm - G.ri(0, 8));
        P.n += pn; P.built += pb; P.pm += ppm;
        ws.getRow(r++).values = [t, pn, pb, rate(pb, pn), ppm, b.n, b.built, rate(b.built, b.n), b.pm];
      }
      const b = agg(c.list);
      ws.getRow(r++).values = ['合计', P.n, P.built, rate(P.built, P.n), P.pm, b.n, b.built, rate(b.built, b.n), b.pm];
      if (partial) { const B = agg(c.list.filter(e => e.big === '是')); ws.getRow(r++).values = ['　其中：规模以上企业', null, null, null, null, B.n, B.built, rate(B.built, B.n), B.pm]; }
      styleRange(ws, 2, r - 1, 1, 9);
      ws.getCell(r + 1, 1).value = '注：2023年数据引自上年度统计年报。';
      await save(wb, `${dir}/${c.file}`);
      c.prevTot = P;
      i++;
    }
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('汇总');
    ws.mergeCells(1, 1, 1, 9); ws.getCell(1, 1).value = '东阳市非公有制企业党建工作情况统计表（2023—2024年）';
    ws.mergeCells(2, 1, 3, 1); ws.getCell(2, 1).value = '县（市、区）';
    ws.mergeCells(2, 2, 2, 5); ws.getCell(2, 2).value = '2023年';
    ws.mergeCells(2, 6, 2, 9); ws.getCell(2, 6).value = '2024年';
    ws.getRow(3).values = [null, '企业数', '已建党组织企业数', '党组织覆盖率（%）', '党员数', '企业数', '已建党组织企业数', '党组织覆盖率（%）', '党员数'];
    let r = 4; const T = { n: 0, built: 0, pm: 0 }; const all = [];
    for (const c of cs) { const b = agg(c.list); all.push(...c.list); const P = c.prevTot; T.n += P.n; T.built += P.built; T.pm += P.pm; ws.getRow(r++).values = [c.cityLabel, P.n, P.built, rate(P.built, P.n), P.pm, b.n, b.built, rate(b.built, b.n), b.pm]; }
    const b = agg(all);
    ws.getRow(r++).values = ['合计', T.n, T.built, rate(T.built, T.n), T.pm, b.n, b.built, rate(b.built, b.n), b.pm];
    styleRange(ws, 2, r - 1, 1, 9);
    await save(wb, `${dir}/东阳市汇总.xlsx`);
  }
  // ================= cityf: 南和市, 2-decimal rates, formulas, joint orgs, summary-first =================
  {
    const dir = ROOT + '/cityf_nanhe';
    const cs = [
      C('南和区', '南和', '南和区', '130506', ['和阳镇', '贾宋镇', '郝桥镇'], 16, '南和区.xlsx'),
      C('任泽区', '任泽', '任泽区', '130505', ['任城镇', '邢家湾镇', '辛店镇'], 19, '任泽区.xlsx'),
      C('隆尧县', '隆尧', '隆尧县', '130525', ['隆尧镇', '魏家庄镇', '尹村镇', '东良镇'], 23, '隆尧县.xlsx'),
      C('柏乡县', '柏乡', '柏乡', '130524', ['柏乡镇', '固城店镇', '西汪镇'], 14, '柏乡县.xlsx'),
      C('宁晋县', '宁晋', '宁晋县', '130528', ['凤凰镇', '河渠镇', '北河庄镇', '苏家庄镇', '贾家口镇'], 28, '宁晋县.xlsx'),
    ];
    let i = 0;
    for (const c of cs) {
      c.list = makeEnterprises(c, c.towns, c.n);
      const wb = new ExcelJS.Workbook();
      const wsS = wb.addWorksheet('汇总表');
      const wsL = wb.addWorksheet('企业台账');
      writeLedger(wsL, c, c.list, { mergeTown: i === 2, blankRows: i === 4, townHeader: '乡镇（街道）' });
      writeTownSummary(wsS, c, c.towns, c.list, { dec: 2, notes: ['注：无党员企业中已通过联合党组织覆盖的，计入已建党组织企业数。'] });
      if (i % 2 === 0) {
        // coverage rate as formula with cached result
        const last = 4 + c.towns.length;
        for (let r = 4; r <= last; r++) { const v = wsS.getCell(r, 6).value; wsS.getCell(r, 6).value = { formula: `ROUND(C${r}/B${r}*100,2)`, result: v }; }
        // total as SUM formulas
        for (let col = 2; col <= 8; col++) { if (col === 6) continue; const L = String.fromCharCode(64 + col); const v = wsS.getCell(last, col).value; wsS.getCell(last, col).value = { formula: `SUM(${L}4:${L}${last - 1})`, result: v }; }
      }
      await save(wb, `${dir}/${c.file}`);
      i++;
    }
    const wb = new ExcelJS.Workbook();
    writeCitySummary(wb.addWorksheet('全市'), '南和市', cs, { dec: 2 });
    await save(wb, `${dir}/南和市非公党建汇总.xlsx`);
  }
  console.log('done');
}
main().catch(e => { console.error(e); process.exit(1); });
