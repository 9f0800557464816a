import { notWritten, writeProblem } from '../src/node/write-problems';

/** Why a report, folder or copy could not be written, in the user's words, never the system's own text. */
describe('writeProblem', () => {
  const fsError = (code: string) => Object.assign(new Error(`${code}: something, open '/x/a.xlsx.123.tmp'`), { code });

  test('a failure the user can mend is said in plain words', () => {
    expect(writeProblem(fsError('ENOSPC'), 'zh-CN')).toBe('磁盘已满');
    expect(writeProblem(fsError('EACCES'), 'en')).toBe('permission denied');
    expect(notWritten('/r/报告.txt', fsError('ENOENT'), 'zh-CN')).toBe('/r/报告.txt：无法写出（所在文件夹不存在）');
  });

  test('a failure to read the input again is worded as any read is', () => {
    expect(writeProblem(fsError('ELOOP'), 'en')).toBe('a symbolic link loop');
  });

  test('anything else gives its code, or asks to be reported, and never the message', () => {
    expect(writeProblem(fsError('EXDEV'), 'en')).toBe('refused by the system: EXDEV');
    expect(writeProblem(new TypeError("Cannot read properties of undefined (reading 'x')"), 'zh-CN')).toBe(
      '系统拒绝：请报告此问题',
    );
  });
});
