/**
 * The README's rule-author walkthrough, run as written: its table becomes the workbook, each `json FILE` block is
 * written to FILE, each `npx statlint …` line is run (in process, in a temporary folder) and must exit with its
 * `# exit N`, and every line of the `text` block after a command block must appear in that block's last output.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli';

const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const section = README.slice(README.indexOf('<!-- walkthrough:start -->'), README.indexOf('<!-- walkthrough:end -->'));

type Step =
  | { kind: 'file'; name: string; text: string }
  | { kind: 'commands'; lines: { args: string[]; exit: number }[] }
  | { kind: 'output'; lines: string[] };

/** The fenced blocks of the walkthrough, in order. */
function steps(): Step[] {
  return [...section.matchAll(/^```(\S+)(?: (\S+))?\n([\s\S]*?)^```$/gm)].map(([, lang, name, body]): Step => {
    if (lang === 'json') return { kind: 'file', name, text: body };
    if (lang === 'sh') {
      return {
        kind: 'commands',
        lines: body
          .trim()
          .split('\n')
          .map((line) => {
            const [command, exit] = line.split(/\s+# exit /);
            const words = command.trim().split(/\s+/);
            if (words[0] !== 'npx' || words[1] !== 'statlint' || exit === undefined)
              throw new Error(`not a statlint command with "# exit N": ${line}`);
            return { args: words.slice(2), exit: Number(exit) };
          }),
      };
    }
    if (lang === 'text') return { kind: 'output', lines: body.split('\n').filter((l) => l.trim() !== '') };
    throw new Error(`unexpected block ${lang}`);
  });
}

/** The walkthrough's table: a workbook named by the `….xlsx` before it, sheet named after the comma. */
async function writeWorkbook(dir: string): Promise<void> {
  const caption = /`([^`]+\.xlsx)`, sheet (\S+?):/.exec(section);
  if (!caption) throw new Error('no workbook caption');
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[\s-|]+\|$/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    )
    .map((cells) => cells.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(caption[2]).addRows(rows);
  await wb.xlsx.writeFile(join(dir, caption[1]));
}

let dir: string;
let cwd: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'statlint-readme-'));
  cwd = process.cwd();
  process.chdir(dir);
  await writeWorkbook(dir);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

test('the walkthrough has files, commands and outputs to try', () => {
  const kinds = steps().map((s) => s.kind);
  expect(kinds.filter((k) => k === 'file').length).toBeGreaterThanOrEqual(3);
  expect(kinds.filter((k) => k === 'output').length).toBeGreaterThanOrEqual(5);
});

test('every step of the README walkthrough does what the README says', async () => {
  let last = '';
  const seen: string[] = [];
  for (const step of steps()) {
    if (step.kind === 'file') writeFileSync(join(dir, step.name), step.text);
    else if (step.kind === 'commands') {
      for (const { args, exit } of step.lines) {
        const { code, out, err } = await runCli(...args);
        seen.push(`${args.join(' ')} → ${code}`);
        expect(seen[seen.length - 1]).toBe(`${args.join(' ')} → ${exit}`);
        last = err + out;
      }
    } else {
      for (const line of step.lines)
        expect({ after: seen[seen.length - 1], line, found: last.includes(line) }).toEqual({
          after: seen[seen.length - 1],
          line,
          found: true,
        });
    }
  }
});
