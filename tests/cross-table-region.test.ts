/** Region names as reviewers write them: with or without 市/区/县, inside titles and 填报单位 lines. */
import { matchRegion, regionBase, regionLabels, similarity, subjectOf, yearsIn } from '../src/core/cross-table/region';
import { namesRegion } from '../src/core/lexicon';
import { lexicon } from './helpers/lexicon';

describe('region names', () => {
  test('the administrative suffix is optional, but a one-character name keeps it', () => {
    expect(regionBase('沈阳市', lexicon)).toBe('沈阳');
    expect(regionBase('和平区', lexicon)).toBe('和平');
    expect(regionBase('喀喇沁旗', lexicon)).toBe('喀喇沁');
    expect(regionBase('东区', lexicon)).toBe('东区');
    expect(regionBase(' 北镇市（县级） ', lexicon)).toBe('北镇');
  });

  test('a text names the longest label it contains, in full or without its suffix', () => {
    const labels = regionLabels(['和平区', '沈河区', '皇姑区', '沈阳市'], lexicon);
    expect(matchRegion('沈阳市皇姑区委组织部', labels)).toEqual({ index: 2, matched: '皇姑区' });
    expect(matchRegion('表2-皇姑', labels)).toEqual({ index: 2, matched: '皇姑' });
    expect(matchRegion('沈阳2024年报', labels)).toEqual({ index: 3, matched: '沈阳' });
    expect(matchRegion('非公有制企业党组织覆盖情况统计表', labels)).toBeUndefined();
    // An address chain names its last, most specific region.
    expect(matchRegion('辽宁省沈阳市和平区', labels)).toEqual({ index: 0, matched: '和平区' });
  });

  test('a row label names a region when a name of two characters or more comes before a region suffix', () => {
    // One character names a county (沛县, 滑县): `regions.oneCharacterNames` in the vocabulary.
    const regions = ['和平区', '北镇市', '南市街道', '喀喇沁旗', '北镇市（县级）', '廖屯乡', '沛县', '滑县'];
    expect(regions.filter((l) => namesRegion(l, lexicon))).toEqual(regions);
    // Totals, enterprise types, sheet names and one-character stems (乡镇 is a kind of enterprise) are no regions.
    const others = ['合计', '全市', '全县', '国有企业', '其他', '覆盖情况', '乡镇', '小计', '东区'];
    expect(others.filter((l) => namesRegion(l, lexicon))).toEqual([]);
  });

  test('two different labels matched equally well are ambiguous, never a guess', () => {
    const labels = regionLabels(['和平区', '沈河区'], lexicon);
    expect(matchRegion('和平沈河联合统计', labels)).toEqual({ ambiguous: ['和平区', '沈河区'] });
  });

  test('periods and subjects: years above the header, titles without regions and 汇总/统计', () => {
    expect([...yearsIn('截至2025年6月底 单位：家', lexicon)]).toEqual(['2025']);
    expect(subjectOf('沈阳市非公有制企业党组织覆盖情况汇总表', lexicon)).toBe('非公有制企业党组织覆盖');
    expect(subjectOf('2024年皇姑区非公有制企业党组织覆盖情况统计表', lexicon)).toBe('非公有制企业党组织覆盖');
    expect(
      similarity(
        subjectOf('沈阳市非公有制企业党组织覆盖情况汇总表', lexicon),
        subjectOf('皇姑区非公有制企业党组织覆盖情况统计表', lexicon),
      ),
    ).toBe(1);
    expect(
      similarity(
        subjectOf('沈阳市非公有制企业党组织覆盖情况汇总表', lexicon),
        subjectOf('皇姑区包保帮扶重点工业企业情况统计表', lexicon),
      ),
    ).toBeLessThan(0.5);
  });
});
