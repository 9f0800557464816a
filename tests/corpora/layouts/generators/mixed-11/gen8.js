// Bilingual headers, 总计 Total.
'use strict';
const L = require('./lib');
const { ExcelJS, rng, rd, pct, growth, sum, TOWNS } = L;
const G = 'gen8';
const EN = { '城关镇': 'Chengguan Town', '东岭镇': 'Dongling Town', '西河乡': 'Xihe Township', '南山镇': 'Nanshan Town', '北坪镇': 'Beiping Town', '石桥镇': 'Shiqiao Town', '龙泉乡': 'Longquan Township', '青山镇': 'Qingshan Town', '白沙镇': 'Baisha Town', '柳溪乡': 'Liuxi Township', '桃源镇': 'Taoyuan Town', '凤凰街道': 'Fenghuang Subdistrict' };
(async () => {
  // 36. region rows bilingual label "城关镇\nChengguan Town"? — label col Chinese + English in one cell; headers with ⏎
  {
    const r = rng(801);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('3-2');
    ws.getCell('A1').value = '3-2  各乡镇户籍人口及变动情况（2024年）'; ws.mergeCells('A1:G1');
    ws.getCell('A2').value = 'Registered Population and Its Change by Township (2024)'; ws.mergeCells('A2:G2');
    const H = ['乡镇\nTownship', '年末户数（户）\nHouseholds (household)', '年末人口（人）\nPopulation (person)', '男\nMale', '女\nFemale', '出生人口（人）\nBirths (person)', '出生率（‰）\nBirth Rate (‰)'];
    H.forEach((h, j) => { const c = ws.getCell(3, j + 1); c.value = h; c.alignment = { wrapText: true, horizontal: 'center' }; });
    const d = TOWNS.map((t) => { const h = r.int(4000, 15000); const m = Math.round(h * r.real(1.45, 1.7)), f = Math.round(h * r.real(1.4, 1.65)); const p = m + f; const b = Math.round(p * r.real(0.005, 0.01)); return [t + ' ' + EN[t], h, p, m, f, b]; });
    const s = (j) => sum(d.map((x) => x[j]));
    const line = (x) => [...x, rd(x[5] / x[2] * 1000, 2)];
    L.writeRows(ws, [line(['总计 Total', s(1), s(2), s(3), s(4), s(5)]), ...d.map(line)], 4);
    L.fmtRange(ws, 4, 16, 7, 7, '0.00'); L.fmtRange(ws, 4, 16, 2, 6, '#,##0');
    await L.save(wb, '36_双语表头_总计Total.xlsx', { sheet: '3-2', cell: 'E9', planted: (v) => Math.round(v * 1.07), what: '女 +7% (男+女, 总计)' }, G);
  }
  // 37. indicator table bilingual: 指标 Item | 2023 | 2024 | 2024年比2023年增长(%) Growth
  {
    const r = rng(802);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('1-1');
    ws.getCell('A1').value = '1-1  主要经济指标\nMain Economic Indicators'; ws.mergeCells('A1:E1');
    ['指标\nItem', '单位\nUnit', '2023年\n2023', '2024年\n2024', '2024年比2023年增长（%）\nGrowth Rate over 2023 (%)'].forEach((h, j) => { const c = ws.getCell(2, j + 1); c.value = h; c.alignment = { wrapText: true }; });
    const p = [r.real(280000, 320000), r.real(900000, 1100000), r.real(1000000, 1200000)]; const pp = p.map((x) => x / r.real(1.02, 1.08));
    const R = (x) => rd(x, 0);
    const it = [
      ['地区生产总值\nGross Domestic Product', '万元\n10,000 yuan', sum(pp), sum(p)],
      ['　第一产业\n　Primary Industry', '万元\n10,000 yuan', pp[0], p[0]],
      ['　第二产业\n　Secondary Industry', '万元\n10,000 yuan', pp[1], p[1]],
      ['　第三产业\n　Tertiary Industry', '万元\n10,000 yuan', pp[2], p[2]],
      ['一般公共预算收入\nGeneral Public Budget Revenue', '万元\n10,000 yuan', 152345, 161223],
      ['　其中：税收收入\n　Tax Revenue', '万元\n10,000 yuan', 110233, 113871],
      ['社会消费品零售总额\nTotal Retail Sales of Consumer Goods', '万元\n10,000 yuan', 701234, 745678],
      ['城镇居民人均可支配收入\nPer Capita Disposable Income of Urban Residents', '元\nyuan', 42876, 44891],
      ['农村居民人均可支配收入\nPer Capita Disposable Income of Rural Residents', '元\nyuan', 20112, 21487],
    ];
    const rows = it.map(([a, u, x, y]) => [a, u, R(x), R(y), growth(x, y) === null ? null : growth(y, x, 1)]);
    L.writeRows(ws, rows, 3); L.fmtRange(ws, 3, 11, 5, 5, '0.0'); L.fmtRange(ws, 3, 11, 3, 4, '#,##0');
    await L.save(wb, '37_双语主要指标_增长.xlsx', { sheet: '1-1', cell: 'D5', planted: (v) => Math.round(v * 1.07), what: '第二产业 2024 +7% (GDP sum, growth)' }, G);
  }
  // 38. separate Chinese and English label columns, 总计 | Total in two cells
  {
    const r = rng(803);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('教育');
    ws.getCell('A1').value = '各级各类学校基本情况 Basic Statistics of Schools'; ws.mergeCells('A1:G1');
    ['项目', 'Item', '学校数（所）\nSchools', '在校学生数（人）\nEnrollment', '专任教师数（人）\nFull-time Teachers', '生师比\nStudent-Teacher Ratio'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const lv = [['幼儿园', 'Kindergartens', 60, 13], ['小学', 'Primary Schools', 48, 17], ['初中', 'Junior Middle Schools', 14, 12], ['普通高中', 'Senior Middle Schools', 4, 13], ['中等职业学校', 'Secondary Vocational Schools', 2, 18], ['特殊教育学校', 'Special Education Schools', 1, 4]];
    const d = lv.map(([a, b, s, ratio]) => { const st = r.int(s * 150, s * 420); const t = Math.round(st / (ratio * r.real(0.9, 1.1))); return [a, b, s, st, t]; });
    const s = (j) => sum(d.map((x) => x[j]));
    const line = (x) => [...x, rd(x[3] / x[4], 2)];
    L.writeRows(ws, [line(['总计', 'Total', s(2), s(3), s(4)]), ...d.map(line)], 3);
    L.fmtRange(ws, 3, 9, 6, 6, '0.00');
    await L.save(wb, '38_中英两列标签_生师比.xlsx', { sheet: '教育', cell: 'D5', planted: (v) => Math.round(v * 1.07), what: '小学在校生 +7% (总计, 生师比)' }, G);
  }
  // 39. health: bilingual, 每千人口床位 with population col, 总计 Total at bottom
  {
    const r = rng(804);
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('卫生');
    ws.getCell('A1').value = '各乡镇医疗卫生机构床位及人员\nBeds and Personnel of Health Institutions by Township'; ws.mergeCells('A1:G1');
    ['地区\nRegion', '常住人口（万人）\nResident Population (10,000)', '机构数（个）\nInstitutions', '床位数（张）\nBeds', '每千人口床位数（张）\nBeds per 1,000 Population', '卫生技术人员（人）\nHealth Technicians', '其中：执业（助理）医师\nPhysicians'].forEach((h, j) => { ws.getCell(2, j + 1).value = h; });
    const d = TOWNS.slice(0, 10).map((t) => { const pop = r.int(18000, 90000); const beds = Math.round(pop * r.real(0.002, 0.007)); const tech = Math.round(beds * r.real(0.9, 1.6)); return { t, pop, inst: r.int(8, 40), beds, tech, doc: Math.round(tech * r.real(0.35, 0.45)) }; });
    const line = (n, x) => [n, rd(x.pop / 10000, 2), x.inst, x.beds, rd(x.beds / x.pop * 1000, 2), x.tech, x.doc];
    const T = { pop: sum(d.map((x) => x.pop)), inst: sum(d.map((x) => x.inst)), beds: sum(d.map((x) => x.beds)), tech: sum(d.map((x) => x.tech)), doc: sum(d.map((x) => x.doc)) };
    L.writeRows(ws, [...d.map((x) => line(x.t + '\n' + EN[x.t], x)), line('总计\nTotal', T)], 3);
    L.fmtRange(ws, 3, 13, 2, 2, '0.00'); L.fmtRange(ws, 3, 13, 5, 5, '0.00');
    await L.save(wb, '39_双语卫生床位每千人.xlsx', { sheet: '卫生', cell: 'D7', planted: (v) => Math.round(v * 1.07) + (Math.round(v * 1.07) === v ? 7 : 0), what: '床位数 +7% (总计, 每千人)' }, G);
  }
  // 40. CSV UTF-8 BOM bilingual headers (newline inside quoted cell) + 总计 Total
  {
    const r = rng(805);
    const rows = [['地区\nRegion', '企业数（家）\nEnterprises', '已建党组织企业数（家）\nWith Party Organizations', '党组织覆盖率（%）\nCoverage (%)', '党员数（名）\nParty Members']];
    const d = TOWNS.map((t) => { const n = r.int(20, 200), k = Math.round(n * r.real(0.4, 0.9)); return [t + ' ' + EN[t], n, k, pct(k, n).toFixed(1), r.int(k, k * 5)]; });
    const s = (j) => sum(d.map((x) => x[j]));
    rows.push(['总计 Total', s(1), s(2), pct(s(2), s(1)).toFixed(1), s(4)], ...d);
    L.saveCsv(rows, '40_双语覆盖率_utf8bom.csv', 'utf8bom', { r: 5, c: 2, planted: d[3][2] + 8, what: '已建党组织企业数 +8 (覆盖率, 总计)' }, G);
  }
})();
