/**
 * Builds the task pane into dist/: taskpane.html, taskpane.js, taskpane.css (Fabric Core bundled, system fonts),
 * the icons under assets/; and the standalone page (page.html, page.js, page.css: no Office, nothing fetched). Office.js comes from Microsoft's CDN, as required for add-ins in production; with
 * OFFICE_JS=local (or --env officeJs=local) the page loads ./office.js from its own origin instead, so the
 * browser tests can serve a simulated Excel host.
 *
 *   npm run build          production build
 *   npm run build:dev      development build (source maps)
 *   npm run dev-server     https://localhost:3000 (certificates of `npx office-addin-dev-certs install` when present)
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The certificates office-addin-dev-certs installs (trusted by Excel); otherwise webpack-dev-server's own. */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return 'https';
  const options = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  return { type: 'https', options };
}

/**
 * TypeScript for the browser. The repository's tsconfig targets Node (CommonJS); the bundle wants ES modules for
 * tree shaking. Type errors are `npm run typecheck`'s job. Exported for other browser bundles (the simulated host).
 */
const typescriptRule = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      compilerOptions: { module: 'es2022', moduleResolution: 'bundler', target: 'es2020', sourceMap: true },
    },
  },
};

/**
 * The pane itself down to ES5 (tsconfig.pane.json): Excel 2016/2019 on Windows run add-ins in Trident (IE11) or
 * EdgeHTML, where `?.`, `??`, arrow functions, classes and for-of are syntax errors and the page stays blank.
 * Dependencies ship modern syntax too (zod, json-rules-engine and theirs), so every .js in node_modules that is
 * not already ES5 goes through the same compiler; core-js itself is ES5 and must not be touched.
 */
/** See scripts/es5-regex-loader.js: `u`-flagged regular expression literals in dependencies, before es5Rule. */
const es5RegexRule = {
  test: /\.[cm]?js$/,
  include: /node_modules/,
  exclude: /node_modules[\\/]core-js[\\/]/,
  enforce: 'pre',
  loader: path.join(__dirname, 'scripts', 'es5-regex-loader.js'),
};

const es5Rule = {
  test: /\.[cm]?[jt]s$/,
  exclude: /node_modules[\\/](core-js|webpack|css-loader|mini-css-extract-plugin)[\\/]/,
  use: {
    loader: 'ts-loader',
    options: { transpileOnly: true, configFile: path.join(__dirname, 'tsconfig.pane.json') },
  },
};

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const officeJsLocal = env.officeJs === 'local' || process.env.OFFICE_JS === 'local';
  return {
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    // The task pane, and the standalone page (src/page: the same checks in any browser, for those without the add-in).
    entry: { taskpane: './src/taskpane/taskpane.ts', page: './src/page/page.ts' },
    // ES5 for webpack's own runtime code and the minifier's output too.
    target: ['web', 'es5'],
    output: { path: path.join(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        es5RegexRule,
        es5Rule,
        {
          test: /\.css$/,
          use: [
            MiniCssExtractPlugin.loader,
            'css-loader',
            { loader: path.join(__dirname, 'scripts', 'strip-remote-assets-loader.js') },
          ],
        },
        // Rule files and the vocabulary are handed to loadRuleSet as text, like a file the user loads.
        { test: /(\.rules|[\\/]rules[\\/]vocabulary)\.json$/, type: 'asset/source' },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJsUrl: officeJsLocal ? 'office.js' : OFFICE_JS_CDN },
      }),
      new HtmlWebpackPlugin({ template: './src/page/page.html', filename: 'page.html', chunks: ['page'] }),
      new MiniCssExtractPlugin({ filename: '[name].css' }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/icon-*.png', to: 'assets/[name][ext]' }] }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
    watchOptions: { ignored: /node_modules|dist/ },
  };
};
module.exports.typescriptRule = typescriptRule;
