/**
 * Bundles the simulated Excel host (office-shim.ts) into one script that the e2e test serves as `/office.js`.
 * Used through webpack's Node API by tests/e2e; `outputPath` defaults to tests/output.
 */
'use strict';
const path = require('node:path');

module.exports = (outputPath = path.join(__dirname, '..', 'output')) => ({
  mode: 'development',
  devtool: false,
  target: 'web',
  entry: path.join(__dirname, 'office-shim.ts'),
  output: { path: outputPath, filename: 'sim-office.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            compilerOptions: { module: 'es2022', moduleResolution: 'bundler', target: 'es2020', sourceMap: false },
          },
        },
      },
    ],
  },
  performance: { hints: false },
});
