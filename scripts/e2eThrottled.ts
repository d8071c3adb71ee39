/**
 * Runs the end-to-end suite several times in a row with Chromium's CPU throttled, to show it free of races:
 * `npm run test:e2e:throttled [-- --runs N] [--rate R] [test files…]` (3 runs at 4× by default), CI=true so a
 * missing Chromium fails. It stops at the first red run and prints, per run, pass or fail, the duration and
 * the failing tests. It tests the build in dist/ (`npm run build` first), or in the folder E2E_DIST names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

interface Assertion {
  fullName: string;
  status: string;
}
interface FileResult {
  name: string;
  status: string;
  message?: string;
  assertionResults: Assertion[];
}
interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: FileResult[];
}

interface Options {
  runs: number;
  rate: number;
  files: string[];
}

function options(argv: string[]): Options {
  const o: Options = { runs: 3, rate: 4, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--runs' || a === '--rate') {
      const value = Number(argv[++i]);
      const whole = a === '--runs';
      if (!Number.isFinite(value) || value < 1 || (whole && !Number.isInteger(value)))
        fail(`${a} takes ${whole ? 'a whole number' : 'a number'} ≥ 1, not "${argv[i] ?? ''}".`);
      if (whole) o.runs = value;
      else o.rate = value;
    } else if (a.startsWith('--')) fail(`unknown option ${a} (--runs N, --rate R, then test files).`);
    else o.files.push(a);
  }
  return o;
}

function fail(message: string): never {
  console.error(`e2e throttled: ${message}`);
  process.exit(2);
}

const minutes = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
};

/** The failing tests of a run, by file and full name; a file that failed outside its tests, with its message. */
function failures(report: Report): string[] {
  return report.testResults.flatMap((file) => {
    const where = relative(process.cwd(), file.name);
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    if (failed.length) return failed.map((a) => `${where} › ${a.fullName}`);
    if (file.status === 'failed') return [`${where}: ${(file.message ?? 'failed').split('\n')[0]}`];
    return [];
  });
}

const o = options(process.argv.slice(2));
const dist = process.env.E2E_DIST || 'dist';
if (!existsSync(`${dist}/index.html`))
  fail(`no build in ${dist}/: run \`npm run build\` first (or name another build folder with E2E_DIST).`);

const outDir = 'test-results/e2e-throttled';
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
console.log(
  `e2e throttled: ${o.runs} run(s) of ${o.files.length ? o.files.join(' ') : 'the whole suite'}, CPU throttled ${o.rate}×, build ${dist}/`,
);

const lines: string[] = [];
let green = true;
for (let run = 1; run <= o.runs && green; run++) {
  const json = `${outDir}/run-${run}.json`;
  const t0 = Date.now();
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'tests/e2e/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${json}`,
      ...o.files,
    ],
    { stdio: 'inherit', env: { ...process.env, E2E_CPU_THROTTLE: String(o.rate), CI: 'true' } },
  );
  const took = minutes(Date.now() - t0);
  const report = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as Report) : null;
  const failed = report ? failures(report) : [];
  green = result.status === 0 && !!report && report.numFailedTests === 0 && failed.length === 0;
  const counts = report
    ? `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`
    : `no report (vitest exited with ${result.status ?? result.signal})`;
  const block = [`run ${run}/${o.runs}: ${green ? 'PASS' : 'FAIL'} in ${took} (${counts})`];
  for (const f of failed) block.push(`  ✗ ${f}`);
  console.log(`\n${block.join('\n')}\n`);
  lines.push(...block);
}

console.log(`\ne2e throttled ${o.rate}×, build ${dist}/:\n${lines.join('\n')}`);
if (!green) console.log('Stopped at the first red run.');
process.exit(green ? 0 : 1);
