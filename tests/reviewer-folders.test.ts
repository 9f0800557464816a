import ExcelJS from 'exceljs';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli';

/**
 * Reviewer folders written by helpers to make the checks between tables misfire (rounds 10, 12, 16 to 22 and 31, tests/corpora/
 * reviewer-folders, with their generators): every figure consistent, so any finding is a false alarm. Each raised
 * some before the fixes it is named for; explain shows what each table was paired with, or why not.
 */
const folder = (name: string) => join(__dirname, 'corpora', 'reviewer-folders', name);

describe.each([
  // Two counties' summaries share town names (城关镇, 东城街道): each names its own county, a row of the city table.
  ['01-twin-towns-ledgers', '云龙县汇总.xlsx [汇总] ← 云龙县台账.xlsx [台账]'],
  // A ledger's file name begins like another county's summary (江州市…): the county it names decides.
  ['03-superset-prefix-trap', '青山县汇总.xlsx [汇总] ← 江州市青山县非公企业台账.xlsx [台账]'],
  // A ledger of 截至2024年12月31日 beside a summary of 2025 is not that summary's.
  ['07-ledger-older-date', undefined],
  // The city's half year (截至2025年6月30日) is the county's 上期 sheet, not its 本期 of the whole year.
  ['12-halfyear-city-annual-county', '青山县.xlsx [上期] 合计行'],
  // 本月 and 累计 sheets of one shape: neither is taken for the city's figures.
  ['13-month-and-cumulative', '同样对应（本月、累计），不知比较哪一张，未比较'],
  // A list of only the enterprises with a party organisation: its 企业数 disagrees everywhere, so no measure is compared.
  ['18-ledger-only-yes-members', undefined],
  // Round 12 (generators/round-12). A 填报单位 of 中共临川市东湖区委组织部 is 东湖区's (a row of 临川市's table), not 临川市's.
  [
    '03b-three-levels-unit-names-city-and-county',
    '东湖区.xlsx [统计表] 合计行 4 → 临川市汇总表.xlsx [汇总] 第 5 行“东湖区”',
  ],
  // So is a file named 临川市东湖区.xlsx, its title naming 东湖区 alone.
  [
    '03c-three-levels-city-prefixed-county-file',
    '临川市汇总表.xlsx [汇总] 合计行 4 → 江南省汇总表.xlsx [汇总] 第 6 行“临川市”',
  ],
  // An undated county workbook beside the city's tables of 2024 and 2025 is of the year it agrees with.
  ['15-last-year-city-table', '河东区.xlsx 未写明时期，文件夹中有不同时期的同类表'],
  // A ledger with 所属区县 (one county on every row) and 所属乡镇 is by town, its county summary's.
  [
    '27b-county-ledgers-city-without-total',
    '青山县汇总.xlsx [汇总] ← 青山县台账.csv [青山县台账]：按“所属乡镇”列对应 3 个地区',
  ],
  // Round 16 (generators/round-16). A city table writing its counties bare (青山, 云岭, 临水) beside their workbooks titled
  // 青山县…: each workbook is its county's, so their towns of one name (城关镇, 太平乡) are not compared as one place.
  ['32-common-town-names-short', '云岭县.xlsx [Sheet1] 合计行 10 → 桐川市汇总表.xlsx [汇总] 第 5 行“云岭”'],
  // One county's monthly reports, a street split off from April: January's figures are not April's.
  ['33-monthly-new-street-from-april', '但时期或表题不同（2025年4月 / 2025年1月），未比较'],
  // Round 17 (generators/round-17). Each county's workbook holds a 非公企业 and a 社会组织 sheet of one form: their
  // headers (企业数, 社会组织数) say they count different kinds, so 党委 0 against 1 is no slip (round 19).
  [
    '08-city-ent-soc-separate-county-both',
    '松林县.xlsx [非公企业] 与 松林县.xlsx [社会组织]：一张统计企业，一张统计社会组织，未比较',
  ],
  // Round 18 (generators/round-18). Town books of two counties that both have a 城关镇: a book titled 石门县城关镇…, or
  // 城关镇.xlsx in a folder 石门县, is of 石门县's row, not of 临江县's 城关镇.
  [
    '03-town-books-same-names-two-counties',
    '石门县城关镇.xlsx [Sheet1] 合计行 8 → 石门县.xlsx [Sheet1] 第 5 行“城关镇”',
  ],
  ['26-same-name-towns-county-subfolders', '城关镇.xlsx [Sheet1] 合计行 8 → 石门县汇总.xlsx [Sheet1] 第 5 行“城关镇”'],
  // A development zone named after its county (青山经济开发区) is not the county: its book is not 青山县's row.
  ['27-devzone-of-which-row-and-zone-book', '青山经济开发区.xlsx 未对应到 云州市汇总.xlsx [汇总] 的任何一行'],
  // A ledger's 统一社会信用代码 ending in X is a code, not a figure flagged X.
  ['24-ledger-csv-with-capital-and-staff', undefined],
  // Round 19 (generators/round-19). A county workbook of a 汇总 sheet and one sheet per town, two towns sharing
  // village names: the towns' sheets are not compared, and the city's row is the 汇总's, titled after the county.
  ['06-summary-sheet-plus-town-sheets', '红河县.xlsx [汇总] 合计行 4 → 丰州市.xlsx [Sheet1] 第 4 行“红河县”'],
  // Town books of two counties (城关镇（安宁）.xlsx, 填报单位：安宁县城关镇党委) beside one county's table.
  ['09-same-town-names-flat-paren-county', '城关镇（安宁）.xlsx 未对应到 和顺县.xlsx [统计表] 的任何一行'],
  // The city's 党员人数（万人） against the counties' in 人.
  ['23-wan-ren-two-of-four-counties', '东河县.xlsx [Sheet1] 合计行 8 → 云川市汇总.xlsx [全市] 第 5 行“东河县”'],
  // Ledgers listing closed enterprises (登记状态 注销; 2025年3月已注销 in 备注).
  ['24b-ledger-one-deregistered-status', '龙泉县非公企业汇总.xlsx [汇总] ← 龙泉县非公企业台账.xlsx [台账]'],
  ['25-ledger-csv-two-deregistered-remark', '缙云县汇总.xlsx [汇总] ← 缙云县台账.csv [缙云县台账]'],
  // The city's 社会组织 table against county workbooks of enterprises titled 两新组织.
  [
    '31-side-by-side-two-of-four-counties',
    '丹阳县.xlsx 与 润州市社会组织.xlsx [社会组织]：一张统计企业，一张统计社会组织，未比较',
  ],
  // A 两新组织 ledger (类别 非公企业 or 社会组织) beside a summary of 非公企业.
  ['33b-liangxin-ledger-category-column', '遂安县两新组织汇总.xlsx [非公企业] ← 遂安县两新组织台账.xlsx [台账]'],
  // Round 20 (generators/round-20). 97 ÷ 400 = 24.25: the city rounds it half up to 24.3, a county half to even to 24.2.
  ['21-rate-tie-half-up-vs-half-even', '青山县.xlsx [Sheet1] 合计行 7 → 江州市汇总表.xlsx [Sheet1] 第 3 行“青山县”'],
  // A ledger ending in a sign-off line (填表人：张三 | 审核人：李四 in the 所属乡镇 column | 联系电话).
  ['35-ledger-total-row-and-footer', '青山县汇总.xlsx [汇总] ← 青山县台账.xlsx [台账]：按“所属乡镇”列对应 4 个地区'],
  // A county's 总体情况 beside its 本年新增 (the year's new enterprises only): 本年 names no sheet of the current period.
  ['42-county-new-this-year-sheet', '同样对应（总体情况、本年新增），不知比较哪一张，未比较'],
  // Round 21 (generators/round-21). Two counties' summaries (青山县汇总, 云龙县汇总) sharing 城关镇 and 东城街道, no city
  // table naming either: each is named after its county, so their towns are not one place.
  ['06b-ledger-two-counties-shared-town-names', undefined],
  // So are 江州市城区 and 临川市城区, each its own city's 城区 row; and a neighbour's book (河西区) no row of the city's.
  ['23-two-cities-each-chengqu', '临川市城区.xlsx [Sheet1] 合计行 6 → 临川市汇总表.xlsx [Sheet1] 第 3 行“城区”'],
  ['38-stray-neighbour-county-book-shared-towns', '河西区.xlsx 未对应到 江州市汇总表.xlsx [Sheet1] 的任何一行'],
  // City rows numbered 1.青山县 or （一）青山县 are the counties' rows.
  [
    '20-city-row-numbering-and-spaced-names',
    '青山县.xlsx [Sheet1] 合计行 7 → 江州市汇总表.xlsx [Sheet1] 第 3 行“1.青山县”',
  ],
  [
    '37-city-rows-chinese-numbered-shared-towns',
    '青山县.xlsx [Sheet1] 合计行 7 → 江州市汇总表.xlsx [Sheet1] 第 3 行“（一）青山县”',
  ],
  // A ledger of social organisations beside a summary's enterprise and social-organisation blocks: the block of its
  // kind is compared, in the one town it lists.
  [
    '09b-summary-blocks-soc-ledger-one-town',
    '云龙县两新汇总.xlsx [汇总] ← 云龙县社会组织台账.xlsx [台账]：按“所属乡镇”列对应 1 个地区；比较：社会组织/社会组织数、社会组织/已建立党组织的社会组织数',
  ],
  // 青山县_v1 and 青山县_v2 both of the city's row: the one that agrees is the current version.
  [
    '11-versions-v1-v2-final-in-folder',
    '青山县_v1.xlsx 与 青山县_v2.xlsx 都对应 江州市汇总表_20260110.xlsx [Sheet1] 第 3 行；青山县_v2.xlsx 与之相符，青山县_v1.xlsx 似为旧版本，未比较',
  ],
  // 2025年上半年 is not the year 2025, either way round.
  [
    '17-county-halfyear-and-annual-books-city-annual',
    '云龙县2025年上半年.xlsx 的时期（2025年上半年）与 江州市2025年非公企业党建统计.xlsx [Sheet1]（2025）不同，未比较',
  ],
  [
    '33-city-halfyear-one-county-annual-only',
    '白沙县2025年.xlsx 的时期（2025）与 江州市2025年上半年汇总.xlsx [Sheet1]（2025年上半年）不同，未比较',
  ],
  // Round 22 (generators/round-22). A town renamed (太平乡 → 太平镇) in the summary, the ledger keeping the old name: the
  // summary's row has no ledger row while a ledger town matches no row, so it is not compared.
  [
    '08-town-renamed-xiang-to-zhen-ledger-old-name',
    '白沙县台账.xlsx [台账] 中 10 行的地区在 [汇总] 中没有对应行：太平乡',
  ],
  [
    '37-town-renamed-zhen-to-jiedao-ledger-old-name',
    '平江县台账.xlsx [台账] 中 5 行的地区在 [汇总] 中没有对应行：城关镇',
  ],
  // 青山县.xlsx in a folder 江南省江州市 is not the 青山县 row of 平州市's table in the folder 湖西省平州市.
  ['11d-same-county-name-other-city-folder', undefined],
  // Round 31 (generators/round-31). Ledgers of twelve columns with credit codes (91620702A31263535B) beside summaries
  // by town: the codes were figures flagged by a letter and the header was looked for below the first ledger rows.
  ['31-citya_hengchuan', '[汇总] ← [台账]：按“所在乡镇”列对应 4 个地区'],
  // 合计 | 其中：规模以上企业 | 沙河镇 | 其中：规模以上企业 | 平川镇 …: the towns are 合计's members, each 其中 its town's.
  ['31-cityb_linze', undefined],
  ['31-cityc_pingyuan', undefined],
  // The last organisation's 党员数 adds up to the others': its 序号 says it is one more of them.
  ['31-cityd_qinghe', undefined],
  // A 2023年 | 2024年 summary beside its 2024年台账: only the 2024年 block is compared.
  ['31-citye_dongyang', undefined],
  ['31-cityf_nanhe', undefined],
  // Round 35 (generators/round-35). A summary titled 非公有制企业和社会组织 beside a ledger whose 单位类型 spells 非公企业 and
  // 社会组织: before, the title's 社会组织 alone restricted the ledger to those rows, and every town's 党员数 disagreed.
  [
    '35r-f06_pct_format',
    '[汇总] ← [明细]：按“所在乡镇”列对应 5 个地区；比较：企业和社会组织数、已建立党组织的企业和社会组织数/小计、党员数',
  ],
  ['35r-f01_basic', undefined],
  ['35r-f02_mixed_csv', undefined],
  ['35r-f03_two_years', undefined],
  ['35r-f04_totals_top', undefined],
  ['35r-f05_name_variants_zone', undefined],
  ['35r-f07_gbk_zone_lastyear', undefined],
  ['35r-f08_large', undefined],
])('%s', (name, explained) => {
  test('no finding within or between tables, exit status 0', async () => {
    const { code, out } = await runCli('check', folder(name), '--format', 'json');
    const doc = JSON.parse(out) as { files: { findings: unknown[] }[]; crossTable: unknown[] };
    expect(doc.files.flatMap((f) => f.findings)).toEqual([]);
    expect(doc.crossTable).toEqual([]);
    expect(code).toBe(0);
  });
  if (explained)
    test('explain shows the pairing', async () => {
      expect((await runCli('explain', folder(name))).out).toContain(explained);
    });
});

// Folder 26 with the county dropped from the town books' titles: only the county folder each sits in (石门县/城关镇.xlsx,
// 临江县/城关镇.xlsx) tells which county's 城关镇 row it is.
test('a town book in a county folder is of that county, its title naming the town alone', async () => {
  const from = folder('26-same-name-towns-county-subfolders');
  const to = mkdtempSync(join(tmpdir(), 'statlint-folders-'));
  cpSync(from, to, { recursive: true });
  for (const county of ['石门县', '临江县']) {
    const file = join(to, county, '城关镇.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    book.worksheets[0].getCell('A1').value = '城关镇非公有制企业党建工作情况统计表';
    await book.xlsx.writeFile(file);
  }
  const { out } = await runCli('check', to, '--format', 'json');
  expect((JSON.parse(out) as { crossTable: unknown[] }).crossTable).toEqual([]);
  expect((await runCli('explain', to)).out).toContain(
    '城关镇.xlsx [Sheet1] 合计行 8 → 临江县汇总.xlsx [Sheet1] 第 7 行',
  );
});

// Round 35: one enterprise's 党员数 in 东山区's ledger typed 4 more: its town's 党员数 in the summary no longer agrees.
test("a ledger row changed is found against the summary's town and total", async () => {
  const to = mkdtempSync(join(tmpdir(), 'statlint-folders-'));
  cpSync(folder('35r-f06_pct_format'), to, { recursive: true });
  const file = join(to, '东山区非公党建.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ledger = book.getWorksheet('明细');
  if (!ledger) throw new Error('no 明细 sheet');
  ledger.getCell('G11').value = 25;
  await book.xlsx.writeFile(file);
  const { out } = await runCli('check', to, '--format', 'json');
  const cross = (JSON.parse(out) as { crossTable: { ruleId: string; cells: { address: string }[] }[] }).crossTable;
  expect(cross.filter((f) => f.ruleId === 'summary-equals-ledger').map((f) => f.cells[0].address)).toEqual([
    'H5',
    'H10',
  ]);
});
