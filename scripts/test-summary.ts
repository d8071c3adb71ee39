/** Prints one closing line over the unit and end-to-end runs, read from their JSON reports. */
import { existsSync, readFileSync } from 'node:fs';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

const files = ['test-results/unit.json', 'test-results/e2e.json'].filter(existsSync);
const total = files
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as Report)
  .reduce(
    (a, r) => ({
      passed: a.passed + r.numPassedTests,
      failed: a.failed + r.numFailedTests,
      skipped: a.skipped + r.numPendingTests,
    }),
    {
      passed: 0,
      failed: 0,
      skipped: 0,
    },
  );
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
