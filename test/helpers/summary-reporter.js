// Prints one plain closing line ("N passed, N failed, N skipped") that CI logs can read.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`;
    process.stdout.write(`\ntests: ${line}\n`);
  }
}
