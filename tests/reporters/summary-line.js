/**
 * Prints one plain closing line, `tests: N passed, M failed`, after jest's own summary: CI reads that line.
 * A test file that fails to run (syntax error, failing hook) counts as one failure so it can never pass silently.
 */
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const brokenSuites = results.testResults.filter((r) => r.testExecError || (r.failureMessage && r.numFailingTests === 0)).length;
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed\n`);
  }
}
module.exports = SummaryLineReporter;
