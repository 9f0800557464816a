import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Lang } from '../core/report';
import { BUNDLED_RULES_DIR } from '../node/rule-files';
import { notWritten } from '../node/write-problems';

/**
 * `statlint rules new [FILE]`: a rule file to start from. JSON has no comments, so each entry carries its guidance in
 * a "description" field, which statlint ignores. As written the file changes nothing a user would notice (one more
 * header spelling, a bundled rule set to the severity it has) and its new rule's examples pass `statlint rules test`,
 * so an author edits something that already works.
 */

export const DEFAULT_RULE_FILE = 'my.rules.json';

const GUIDE = {
  'zh-CN': {
    file: '我的规则文件：在内置规则之上添加表头写法、修改或新增规则。改完后运行 statlint rules test {file} 检查示例，再用 statlint check 表.xlsx --rules {file} 核对。description 字段只是说明，可删去。',
    spelling:
      '给内置指标添加表头写法：id 是已有指标的 id（见内置 rules/*.rules.json 的 measures），aliases 是你的表里的写法',
    override:
      '修改内置规则：只写 id 和要改的 severity（error、warning、info）、tolerance、message 或 title；关闭一条规则写 "off": true',
    rule: '新规则：id 任取（不含空格）；title、message 写中文和英文；relation 的种类见 README“编写规则”；examples 里的小表必须一个通过、一个报错，statlint rules test 会运行它们',
    written:
      '已写入 {file}。下一步：编辑它，然后运行\n  statlint rules test {file}\n  statlint check 表.xlsx --rules {file}\n',
    exists: '{file} 已存在，未改动；请换一个文件名',
  },
  en: {
    file: 'My rule file: header spellings, changes and new rules on top of the bundled rules. After editing run statlint rules test {file}, then statlint check sheet.xlsx --rules {file}. The description fields are notes and can be deleted.',
    spelling:
      'Header spellings for a bundled measure: id is the measure’s id (see measures in the bundled rules/*.rules.json), aliases the spellings in your sheets',
    override:
      'A change to a bundled rule: only id and the severity (error, warning, info), tolerance, message or title to change; "off": true switches it off',
    rule: 'A new rule: any id without spaces; title and message in Chinese and English; relation kinds in the README, "Writing rules"; the examples are tiny tables, one that passes and one the rule flags, run by statlint rules test',
    written:
      'Wrote {file}. Next: edit it, then run\n  statlint rules test {file}\n  statlint check sheet.xlsx --rules {file}\n',
    exists: '{file} exists and was left unchanged; choose another file name',
  },
};

const fill = (text: string, file: string) => text.replace(/\{file\}/g, file);

/** The skeleton's text, with `$schema` pointing at the bundled schema so that editors complete and check it. */
export function ruleSkeleton(file: string, lang: Lang): string {
  const g = GUIDE[lang];
  const schema = relative(dirname(resolve(file)), join(BUNDLED_RULES_DIR, 'schema.json'))
    .split(sep)
    .join('/');
  const header = ['地区', '企业数（家）', '覆盖企业数（家）'];
  const skeleton = {
    $schema: schema,
    description: fill(g.file, file),
    measures: [{ description: g.spelling, id: 'enterprises', aliases: ['非公企业户数'] }],
    rules: [
      { description: g.override, id: 'joint-covered-at-least-twice-organisations', severity: 'warning' },
      {
        description: g.rule,
        id: 'covered-not-above-enterprises',
        title: { 'zh-CN': '覆盖企业数不超过企业数', en: 'Enterprises covered do not exceed enterprises' },
        message: {
          'zh-CN': '{row}：{left}（{actual}）少于{right}（{bound}）',
          en: '{row}: {left} ({actual}) is less than {right} ({bound})',
        },
        severity: 'error',
        relation: { kind: 'atLeast', left: 'enterprises', right: 'coveredEnterprises' },
        examples: {
          valid: [{ rows: [header, ['甲县', 200, 150]] }],
          invalid: [{ rows: [header, ['甲县', 200, 250]], blame: ['B2'] }],
        },
      },
    ],
  };
  return JSON.stringify(skeleton, null, 2) + '\n';
}

/** Writes the skeleton, never over an existing file; returns the exit status. */
export function writeRuleSkeleton(
  file: string,
  lang: Lang,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): number {
  try {
    writeFileSync(file, ruleSkeleton(file, lang), { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err.write(`statlint: ${code === 'EEXIST' ? fill(GUIDE[lang].exists, file) : notWritten(file, e, lang)}\n`);
    return 2;
  }
  out.write(fill(GUIDE[lang].written, file));
  return 0;
}
