// probe variants; NODE_PATH=/work/main/node_modules node probes/mk.js
const E = require('exceljs'); const fs = require('fs'); const path = require('path');
const rate = (c, e) => Math.floor((2 * c * 1000 + e) / (2 * e)) / 10;
async function bk(file, title, hdr, items, totLabel) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const wb = new E.Workbook(); const ws = wb.addWorksheet('Sheet1');
  const t = items.reduce((a, x) => ({ e: a.e + x.e, c: a.c + x.c, pm: a.pm + x.pm }), { e: 0, c: 0, pm: 0 });
  const rows = [[title], [hdr, '企业数', '已建立党组织企业数', '党组织覆盖率（%）', '党员数'], ...items.map((x) => [x.n, x.e, x.c, rate(x.c, x.e), x.pm]), [totLabel, t.e, t.c, rate(t.c, t.e), t.pm]];
  rows.forEach((r, i) => r.forEach((v, j) => { ws.getRow(i + 1).getCell(j + 1).value = v; }));
  await wb.xlsx.writeFile(file); return t;
}
async function ledger(file, title, rows) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const wb = new E.Workbook(); const ws = wb.addWorksheet('台账');
  [[title], ['序号', '企业名称', '所属乡镇', '是否建立党组织', '党员人数'], ...rows].forEach((r, i) => r.forEach((v, j) => { ws.getRow(i + 1).getCell(j + 1).value = v; }));
  await wb.xlsx.writeFile(file);
}
(async () => {
  const P = path.join(__dirname);
  // 11b: minimal — city table of 平州市 with row 青山县 (its book absent), a 青山县 book of another city in another folder
  const a = await bk(`${P}/11b-minimal/湖西省平州市/东湖区.xlsx`, '东湖区非公有制企业党建工作情况统计表', '乡镇', [{ n: '东城街道', e: 50, c: 30, pm: 120 }, { n: '西城街道', e: 40, c: 20, pm: 80 }], '合计');
  await bk(`${P}/11b-minimal/湖西省平州市/平州市汇总表.xlsx`, '平州市非公有制企业党建工作情况统计表', '地区', [{ n: '青山县', e: 100, c: 60, pm: 300 }, { n: '东湖区', ...a }], '全市');
  await bk(`${P}/11b-minimal/江南省江州市/青山县.xlsx`, '青山县非公有制企业党建工作情况统计表', '乡镇', [{ n: '城关镇', e: 30, c: 10, pm: 40 }, { n: '柳河镇', e: 20, c: 10, pm: 30 }], '合计');
  // 11c: same, but the stray book's title names its city: 江州市青山县…
  fs.cpSync(`${P}/11b-minimal`, `${P}/11c-title-names-city`, { recursive: true });
  await bk(`${P}/11c-title-names-city/江南省江州市/青山县.xlsx`, '江州市青山县非公有制企业党建工作情况统计表', '乡镇', [{ n: '城关镇', e: 30, c: 10, pm: 40 }, { n: '柳河镇', e: 20, c: 10, pm: 30 }], '合计');
  // 11d: stray book's folder contains its own city table 江州市汇总表 listing 青山县
  fs.cpSync(`${P}/11b-minimal`, `${P}/11d-own-city-table-present`, { recursive: true });
  await bk(`${P}/11d-own-city-table-present/江南省江州市/江州市汇总表.xlsx`, '江州市非公有制企业党建工作情况统计表', '地区', [{ n: '青山县', e: 50, c: 20, pm: 70 }], '全市');
  // 08 variants: summary 太平镇 vs ledger town cell
  const towns = [['太平镇', [['是', 3], ['否', 0], ['是', 2]]], ['柳河镇', [['是', 4], ['否', 0]]], ['石桥镇', [['是', 1], ['否', 0]]]];
  for (const [tag, ltown, stown] of [['08a-xiang-vs-zhen', '太平乡', '太平镇'], ['08b-stem-only', '太平', '太平镇'], ['08c-same-name', '太平镇', '太平镇'], ['08d-summary-label-with-old-name', '太平乡', '太平镇（原太平乡）'], ['08e-jiedao-vs-zhen', '太平街道', '太平镇'], ['08f-totally-different', '新城乡', '太平镇']]) {
    const rows = []; let k = 1;
    for (const [tw, ents] of towns) for (const [y, pm] of ents) rows.push([k, `企业${k++}`, tw === '太平镇' ? ltown : tw, y, pm]);
    await ledger(`${P}/${tag}/白沙县台账.xlsx`, '白沙县非公有制企业台账', rows);
    await bk(`${P}/${tag}/白沙县汇总.xlsx`, '白沙县非公有制企业党建工作情况汇总表', '乡镇', [{ n: stown, e: 3, c: 2, pm: 5 }, { n: '柳河镇', e: 2, c: 1, pm: 4 }, { n: '石桥镇', e: 2, c: 1, pm: 1 }], '合计');
  }
})();
