import type { Lang } from '../core/report';
import { knownDamage, type DamageWords } from '../readers/damage-words';

/**
 * Why a report, folder or annotated copy could not be written, in the user's language: the system's own text
 * ("EACCES: permission denied, open '…/x.xlsx.123.tmp'") is English and may name a temporary file. A failure to read
 * (an input read again for its annotated copy) is worded as any read is (damage-words.json).
 */
const WRITE_PROBLEMS: Record<string, DamageWords> = {
  EACCES: { en: 'permission denied', 'zh-CN': '没有写入权限' },
  EPERM: { en: 'permission denied', 'zh-CN': '没有写入权限' },
  EROFS: { en: 'the disk is read-only', 'zh-CN': '磁盘为只读' },
  ENOSPC: { en: 'the disk is full', 'zh-CN': '磁盘已满' },
  EDQUOT: { en: 'the disk quota is used up', 'zh-CN': '磁盘配额已用完' },
  EISDIR: { en: 'a folder of that name is in the way', 'zh-CN': '已有同名文件夹' },
  EEXIST: { en: 'a file of that name is in the way', 'zh-CN': '已有同名文件' },
  ENOENT: { en: 'its folder does not exist', 'zh-CN': '所在文件夹不存在' },
  ENOTDIR: { en: 'a part of the path is a file, not a folder', 'zh-CN': '路径中有一段是文件而不是文件夹' },
};

export function writeProblem(e: unknown, lang: Lang): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const written = typeof code === 'string' ? WRITE_PROBLEMS[code] : undefined;
  if (written) return written[lang];
  const read = knownDamage(e);
  if (read) return read[lang];
  // Not a failure a user can mend from words (EXDEV, a bug): its code, if any, for whoever they report it to.
  const detail = typeof code === 'string' ? code : lang === 'en' ? 'please report this' : '请报告此问题';
  return lang === 'en' ? `refused by the system: ${detail}` : `系统拒绝：${detail}`;
}

/** The line for a report or folder that could not be written (`statlint: ` is put before it). */
export function notWritten(path: string, e: unknown, lang: Lang): string {
  return lang === 'en'
    ? `${path} cannot be written (${writeProblem(e, lang)})`
    : `${path}：无法写出（${writeProblem(e, lang)}）`;
}
