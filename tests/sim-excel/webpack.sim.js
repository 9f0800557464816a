/**
 * Bundles the simulated Excel host (office-shim.ts) into one script that the e2e test serves as `/office.js`,
 * compiled with the task pane's own TypeScript rule. Used through webpack's Node API by tests/e2e.
 */
'use strict';
const path = require('node:path');
const paneConfig = require('../../webpack.config.js');

module.exports = (outputPath = path.join(__dirname, '..', 'output')) => {
  const typescript = paneConfig.typescriptRule;
  return {
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(__dirname, 'office-shim.ts'),
    output: { path: outputPath, filename: 'sim-office.js', clean: false },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [typescript] },
    performance: { hints: false },
  };
};
