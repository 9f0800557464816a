#!/usr/bin/env node
// Thin launcher: the command line is compiled from src/cli into lib/ by `npm run build:cli` (run by `npm ci` through `prepare`).
require('../lib/cli/main.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
