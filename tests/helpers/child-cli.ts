import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '..', '..');

/**
 * The statlint command compiled into a temporary folder (with the bundled rules and package.json beside it, as in
 * the installed package), for cases that must run in a child process: one with a small heap (`--max-old-space-size`),
 * so that a regression in memory fails the test instead of exhausting the machine, and a time limit.
 */
export function compileCli(): string {
  const root = mkdtempSync(join(tmpdir(), 'statlint-child-'));
  const tsc = spawnSync(
    process.execPath,
    [
      join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(REPO, 'tsconfig.build.json'),
      '--outDir',
      join(root, 'lib'),
      '--sourceMap',
      'false',
    ],
    { encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
  symlinkSync(join(REPO, 'rules'), join(root, 'rules'));
  symlinkSync(join(REPO, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  return root;
}

export interface ChildRun {
  code: number | null;
  out: string;
  err: string;
  /** Wall time in milliseconds. */
  ms: number;
  /** True when the time limit killed it. */
  timedOut: boolean;
}

/** Runs `statlint ARGS` from a compiled root in a child Node with at most `heapMiB` of heap and `timeoutMs` to finish. */
export function runChildCli(root: string, args: string[], heapMiB: number, timeoutMs: number): ChildRun {
  const launcher = `require(${JSON.stringify(join(root, 'lib', 'cli', 'main.js'))}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;
  const start = performance.now();
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, '-e', launcher, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 2 ** 20,
  });
  return {
    code: child.status,
    out: child.stdout,
    err: child.stderr,
    ms: performance.now() - start,
    timedOut: child.error !== undefined && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
  };
}
