import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli';

/**
 * A reviewer's folder of a few hundred workbooks (round 121A's 357 books stopped `check` with an internal error): the
 * checks between tables note, for every table of regions, each workbook none of its rows stands for, well over a
 * hundred thousand notes here, and they were appended as one call's arguments. Each CSV below is a county's table of
 * five other counties and their 合计, consistent, its title naming the county: every table pairs with some workbooks
 * and not with the rest.
 */
const COUNTIES = [
  '安平县',
  '永和县',
  '长宁县',
  '临江县',
  '青山县',
  '白河县',
  '金沙县',
  '兴隆县',
  '南江县',
  '西山县',
  '东湖县',
  '北川县',
  '清河县',
  '凤鸣县',
  '桃源县',
  '云溪县',
  '平安县',
  '柳林县',
  '新丰县',
  '海宁县',
  '江州县',
  '宁远县',
  '石门县',
  '双峰县',
  '龙山县',
  '泰和县',
  '武平县',
  '永丰县',
  '乐平县',
  '德兴县',
];
const BOOKS = 420;

function writeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'statlint-many-'));
  for (let k = 0; k < BOOKS; k++) {
    const rows = [0, 1, 2, 3, 4].map((i) => {
      const [enterprises, covered] = [100 + ((k * 7 + i * 13) % 50), 30 + ((k * 3 + i * 11) % 40)];
      return { name: COUNTIES[(k + 7 + i * 5) % COUNTIES.length], enterprises, covered };
    });
    const total = (key: 'enterprises' | 'covered') => rows.reduce((s, r) => s + r[key], 0);
    const lines = [
      `${COUNTIES[k % COUNTIES.length]}2024年非公有制企业党组织覆盖情况统计表`,
      '地区,企业数（家）,已建党组织企业数（家）',
      `合计,${total('enterprises')},${total('covered')}`,
      ...rows.map((r) => `${r.name},${r.enterprises},${r.covered}`),
    ];
    writeFileSync(join(dir, `b${String(k).padStart(3, '0')}.csv`), `${lines.join('\n')}\n`);
  }
  return dir;
}

test('a folder of 420 workbooks is checked to the end, every file read', async () => {
  const { code, out, err } = await runCli('check', writeFolder(), '--format', 'json');
  expect(err).toBe('');
  expect(code).toBe(0);
  const report = JSON.parse(out) as { files: { findings: unknown[] }[] };
  expect(report.files).toHaveLength(BOOKS);
  expect(report.files.flatMap((f) => f.findings)).toEqual([]);
}, 120_000);
