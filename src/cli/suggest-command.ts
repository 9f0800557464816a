import { formulaText } from '../core/inference/findings';
import { inferSheet } from '../core/inference/infer';
import { suggestRuleFile } from '../core/inference/suggest';
import type { Lexicon } from '../core/lexicon';
import type { Lang } from '../core/report';
import { readWorkbookFile } from '../node/read-workbook';
import { printable } from '../readers/problem-lines';

/**
 * `statlint rules suggest FILE`: prints, as a rule file, the relations between columns that the first sheet with
 * any holds on its rows. Returns the exit status: 0 printed, 1 no relation found, 2 the file could not be read.
 */
export async function runRulesSuggest(
  file: string,
  lexicon: Lexicon,
  lang: Lang,
  out: NodeJS.WriteStream,
  err: NodeJS.WriteStream,
): Promise<number> {
  const workbook = await readWorkbookFile(file);
  const fatal = workbook.problems.find((p) => p.fatal);
  if (fatal) {
    err.write(`statlint: ${printable(file)}: ${printable(fatal.message)}\n`);
    return 2;
  }
  for (const sheet of workbook.sheets) {
    const inference = inferSheet(sheet, lexicon);
    const suggestion = suggestRuleFile(sheet.name, inference, (r) => formulaText(inference, r, lang));
    if (suggestion.rules.length === 0) continue;
    out.write(`${JSON.stringify(suggestion, null, 2)}\n`);
    return 0;
  }
  err.write(
    `statlint: ${printable(file)}: ${lang === 'en' ? 'no relation between columns holds on the rows of any sheet' : '各工作表中均未发现在各行都成立的列间关系'}\n`,
  );
  return 1;
}
