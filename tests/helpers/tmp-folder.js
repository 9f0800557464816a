/**
 * The run's temporary files in one folder of its own (removed by tmp-folder-end.js): the tests write hundreds of
 * workbooks and reports to os.tmpdir(), which reads TMPDIR, and the workers and the CLI children inherit it.
 */
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function makeRunFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'statlint-tests-'));
  process.env.STATLINT_TEST_TMP = folder;
  process.env.TMPDIR = folder;
};
