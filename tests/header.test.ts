import { compactText, normaliseHeader, splitOfWhich } from '../src/core/header';
import { lexicon } from './helpers/lexicon';

describe('normaliseHeader', () => {
  it.each([
    ['党的组织\n覆盖率（%）', { text: '党的组织覆盖率', unit: '%' }],
    ['党的组织\r\n覆盖率(%)', { text: '党的组织覆盖率', unit: '%' }],
    ['包保领导干部（名）', { text: '包保领导干部', unit: '名' }],
    ['企业数 （家）', { text: '企业数', unit: '家' }],
    ['联合党组织个数（个）', { text: '联合党组织个数', unit: '个' }],
    ['贷款金额（万元）', { text: '贷款金额', unit: '万元' }],
    ['帮扶企业（户）', { text: '帮扶企业', unit: '户' }],
    ['办结诉求（件）', { text: '办结诉求', unit: '件' }],
    ['党员人数（人）', { text: '党员人数', unit: '人' }],
    ['企业数（单位：家）', { text: '企业数', unit: '家' }],
    ['　地　　区　', { text: '地区' }],
    ['单独建立\n党组织', { text: '单独建立党组织' }],
    // A bracket that is not a unit stays part of the header.
    ['建立党组织（含联合）', { text: '建立党组织(含联合)' }],
    // Only a suffix is a unit.
    ['（%）覆盖率', { text: '(%)覆盖率' }],
    ['其中：党委', { text: '其中:党委' }],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseHeader(raw, lexicon)).toEqual(expected);
  });
});

describe('splitOfWhich', () => {
  it.each([
    ['其中：党委', { ofWhich: true, text: '党委' }],
    ['其中:党委', { ofWhich: true, text: '党委' }],
    ['其中党委', { ofWhich: true, text: '党委' }],
    ['其中，女', { ofWhich: true, text: '女' }],
    ['其中： 国有企业', { ofWhich: true, text: '国有企业' }],
    ['其中', { ofWhich: true, text: '' }],
    ['党委', { ofWhich: false, text: '党委' }],
    ['覆盖企业数其中', { ofWhich: false, text: '覆盖企业数其中' }],
  ])('%j → %j', (text, expected) => {
    expect(splitOfWhich(text, lexicon)).toEqual(expected);
  });
});

describe('width and spaces', () => {
  it('removes every space and line break from a label', () => {
    expect(compactText(' 合 计 ')).toBe('合计');
    expect(compactText('合\u3000\u3000计')).toBe('合计');
    expect(compactText('２，４３１')).toBe('2,431');
    expect(compactText('３６（％）：')).toBe('36(%):');
  });
});
