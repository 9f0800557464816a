import data from './damage-words.json';

/**
 * What went wrong under a library (zlib, fflate, exceljs's XML and zip parsers) or the file system, in words of
 * both languages from damage-words.json. The user never sees the error's own text ("invalid block type",
 * "EACCES: permission denied, scandir '/x'", "Bug : uncompressed data size mismatch"): it is in another language,
 * may name the program's insides, and for the file system repeats the path the message already names.
 */

export interface DamageWords {
  en: string;
  'zh-CN': string;
}

type WordKey = keyof typeof data.words;

const codes: Record<string, WordKey | undefined> = data.codes as Record<string, WordKey>;
const starts = Object.entries(data.messageStarts) as [string, WordKey][];

/** The words for an error thrown by a library or the system, undefined when it is none the data knows. */
export function knownDamage(e: unknown): DamageWords | undefined {
  const { code, message } = (typeof e === 'object' && e !== null ? e : {}) as { code?: unknown; message?: unknown };
  const byCode = typeof code === 'string' || typeof code === 'number' ? codes[String(code)] : undefined;
  const text = typeof message === 'string' ? message : '';
  const key = byCode ?? starts.find(([start]) => text.startsWith(start))?.[1];
  return key === undefined ? undefined : data.words[key];
}

/** The words for an error thrown by a library or the system, `unknown`'s when it is none the data knows. */
export function damageWords(e: unknown): DamageWords {
  return knownDamage(e) ?? data.words.unknown;
}

/** Every word pair, for the Chinese lookup of messages that carry an English detail. */
export const allDamageWords: DamageWords[] = Object.values(data.words);
