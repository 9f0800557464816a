import { join } from 'node:path';
import webpack, { type Configuration } from 'webpack';

/** Builds the task pane and the simulated office.js with webpack's Node API, as `npm run build` would. */

const REPO = join(__dirname, '..', '..');

function compile(config: Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) {
        const messages = stats?.toJson({ all: false, errors: true }).errors?.map((e) => e.message) ?? [];
        return reject(new Error(`webpack failed:\n${messages.join('\n')}`));
      }
      resolve();
    });
  });
}

/**
 * `webpack --mode production --env officeJs=local` into `outDir` (not dist/, which belongs to `npm run build`):
 * the page then loads office.js from its own origin.
 */
export async function buildTaskPane(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's own CommonJS config
  const makeConfig = require(join(REPO, 'webpack.config.js')) as (env: object, argv: object) => Configuration;
  const config = makeConfig({ officeJs: 'local' }, { mode: 'production' });
  await compile({ ...config, context: REPO, output: { ...config.output, path: outDir } });
}

/** tests/sim-excel/office-shim.ts → `outDir`/sim-office.js. */
export async function buildSimOffice(outDir: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS config shared with manual builds
  const makeConfig = require(join(REPO, 'tests', 'sim-excel', 'webpack.sim.js')) as (
    outputPath: string,
  ) => Configuration;
  await compile(makeConfig(outDir));
  return join(outDir, 'sim-office.js');
}
