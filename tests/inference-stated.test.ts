import { statedFormulas } from '../src/core/inference/stated';
import { compactText } from '../src/core/header';

/** The formulas of notes as sheets type them, compacted as the layout reads notes (full-width signs made ASCII). */
const read = (note: string) =>
  statedFormulas([compactText(note)]).map(
    (f) =>
      `${f.kind} ${f.target} = ${f.members.join(' | ')}${f.minus ? ` less ${f.minus.join(' | ')}` : ''} @${f.scales.join(',')}`,
  );

test('a ratio, a sum and a difference are read from a note, each clause on its own', () => {
  expect(read('注：全社会用电量＝发电量＋外省调入电量；线损率＝线损电量÷供电量×100%。')).toEqual([
    'sum 全社会用电量 = 发电量 | 外省调入电量 @1',
    'ratio 线损率 = 线损电量 | 供电量 @100',
  ]);
  expect(read('注：1.净收入=总收入-总费用；2.生猪出栏率=当年出栏数÷年初存栏数×100%')).toEqual([
    'difference 净收入 = 总收入 | 总费用 @1',
    'ratio 生猪出栏率 = 当年出栏数 | 年初存栏数 @100',
  ]);
});

test('a ratio stated at no scale is tried at every scale a ratio is tried at', () => {
  expect(read('注：平均售价＝销售额÷销售面积。')).toEqual(['ratio 平均售价 = 销售额 | 销售面积 @1,100,1000,10000']);
});

test('terms added and subtracted are a balance: a sum that subtracts some of its members', () => {
  expect(read('注：期末结余=期初结余+收入合计-支出合计。')).toEqual([
    'sum 期末结余 = 期初结余 | 收入合计 | 支出合计 less 支出合计 @1',
  ]);
  expect(read('注：农民所得=净收入-国家税金-集体提留。')).toEqual([
    'sum 农民所得 = 净收入 | 国家税金 | 集体提留 less 国家税金 | 集体提留 @1',
  ]);
  expect(read('注：全社会用电量＝发电量＋外省调入电量－向外省输出电量。')).toEqual([
    'sum 全社会用电量 = 发电量 | 外省调入电量 | 向外省输出电量 less 向外省输出电量 @1',
  ]);
});

test('forms inference does not check say nothing: brackets, a first term subtracted, no formula', () => {
  expect(read('注：总抚养比=（0—14岁人口+65岁及以上人口）/15—64岁人口×100%。')).toEqual([]);
  expect(read('注：净流入=-流出+流入-损耗。')).toEqual([]);
  expect(read('注：本表数据来源于统计年报。')).toEqual([]);
});
