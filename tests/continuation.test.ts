import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { continuedHeader, continuedTitle, writeContinuedBook } from './fixtures/continued';
import { errorFindings } from './helpers/case-book';
import { runCli } from './helpers/run-cli';

/**
 * A yearbook table printed over two pages and kept as two sheets (表4-5, then 表4-5续 or a title ending （续表）): the
 * first sheet's 总计 covers the rows of both, so it is not checked against the first sheet's rows alone. Round 10's
 * emp_by_industry_cont.xlsx (tests/corpora/layouts/yearbook-9) raised two false errors before.
 */
async function book(
  names: [string, string],
  titles: [string, string],
  nextHeader = continuedHeader,
  totalAtFoot = false,
): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'statlint-continued-')), 'employment.xlsx');
  await writeContinuedBook(path, names, titles, nextHeader, totalAtFoot);
  return path;
}

const title = continuedTitle;

describe('a table continued on the next sheet', () => {
  test.each([
    ['named 表4-5续', ['表4-5', '表4-5续'], [title, title]],
    ['titled （续表）', ['Sheet1', 'Sheet2'], [title, `${title}（续表）`]],
  ] as const)(
    '%s: its 总计 is not checked against the first sheet’s rows, and explain says why',
    async (_, names, titles) => {
      const path = await book([...names], [...titles]);
      expect(await errorFindings(path)).toEqual([]);
      const { out } = await runCli('explain', path);
      expect(out).toContain('下一张工作表为本表的续表：合计行包括续表各行，不按本表各行核对');
    },
  );

  test('a next sheet of another header, or not named or titled as a continuation, leaves the total checked', async () => {
    for (const path of [
      await book(['表4-5', '表4-5续'], [title, title], ['行业', '2023年', '2021年']),
      await book(['表4-5', '表4-6'], [title, '表4-6  城镇非私营单位就业人员（按登记注册类型分）']),
    ])
      expect((await errorFindings(path)).map((f) => `${f.ruleId} ${f.cells[0].address}`)).toEqual([
        'total-row-sum B4',
        'total-row-sum C4',
      ]);
  });

  test('a 续表 whose 总计 at its foot covers both sheets: not checked against the 续表’s rows alone', async () => {
    const path = await book(['表4-5', '续表'], [title, '续表'], continuedHeader, true);
    expect(await errorFindings(path)).toEqual([]);
    const { out } = await runCli('explain', path);
    expect(out).toContain('本表为上一张工作表的续表：合计行包括上一张表各行，不按本表各行核对');
  });
});
