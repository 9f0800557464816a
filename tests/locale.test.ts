import * as fs from 'node:fs';
import * as path from 'node:path';
import { langFromDisplayLanguage, STRINGS, t } from '../src/taskpane/locale';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('task pane strings', () => {
  const zh = STRINGS['zh-CN'];
  const en = STRINGS.en;

  it('has every key in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const table of [zh, en]) {
      for (const [key, value] of Object.entries(table)) expect([key, value.trim()]).not.toEqual([key, '']);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[])
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
  });

  it('has a string for every data-i18n key of taskpane.html', () => {
    const html = fs.readFileSync(path.join(__dirname, '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
    const keys = [...html.matchAll(/data-i18n(?:-label)?="(\w+)"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => !(k in zh))).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(t('en', 'reading', { sheet: '表一', done: 40, total: 120 })).toBe('Reading “表一” (40/120 rows)');
    expect(t('zh-CN', 'cleared', { count: 3 })).toBe('已清除 3 处标记');
  });

  it('speaks English when Office does, Chinese otherwise', () => {
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('EN-gb')).toBe('en');
    expect(langFromDisplayLanguage('zh-CN')).toBe('zh-CN');
    expect(langFromDisplayLanguage('zh-TW')).toBe('zh-CN');
    expect(langFromDisplayLanguage('fr-FR')).toBe('zh-CN');
    expect(langFromDisplayLanguage(undefined)).toBe('zh-CN');
  });
});
