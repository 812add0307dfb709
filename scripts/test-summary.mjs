// Prints one plain line, `N passed, N failed, N skipped`, from Vitest's JSON report, for CI.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${file}: the test run stopped before Vitest finished.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
// A file that failed to load has no failed test of its own: count it once. Vitest's suite count also
// holds every describe block around a failed test, which would count that test again.
const filesFailedWithoutTest = report.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
).length;
const failed = report.numFailedTests + filesFailedWithoutTest;
console.log(`${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
