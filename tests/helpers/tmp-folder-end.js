/** Removes the run's temporary folder that tmp-folder.js made. */
const { rmSync } = require('node:fs');

module.exports = async function removeRunFolder() {
  if (process.env.STATLINT_TEST_TMP) rmSync(process.env.STATLINT_TEST_TMP, { recursive: true, force: true });
};
