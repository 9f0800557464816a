import { writeWorkbook } from '../fixtures/build';
import { PROVINCE_COVERAGE } from '../fixtures/tables';
import { simWorkbookFromFile } from '../sim-excel/from-xlsx';
it('times', async () => {
  const regions: [string, ...number[]][] = [];
  for (let i = 0; i < 50000; i++) regions.push([`区${i + 1}`, 1000 + (i % 97), 300 + (i % 13), 50 + (i % 7), 120 + (i % 11)]);
  const table = { ...PROVINCE_COVERAGE, regions, cellStyles: [], reported: [], plants: [] };
  let t = Date.now();
  const path = await writeWorkbook('/tmp/bigtest', { name: 'big', format: 'xlsx', sources: [], description: '', tables: [table] }, 'planted');
  console.log('write', Date.now() - t); t = Date.now();
  const model = await simWorkbookFromFile(path);
  console.log('read', Date.now() - t, model.sheets[0].rows.length);
}, 300000);
