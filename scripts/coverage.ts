/**
 * `npm run coverage`: plays many careers (half by the greedy bot, half by one-recipe players) with random
 * offer picks and prints, for every
 * mission, event and fact, in what share of careers it was played, drawn or shown.
 * Options: --careers N (default 60).
 */
import { coverage } from '../src/sim/coverage.ts';
import { arg, levelsOrExit } from './cli.ts';

const catalogue = levelsOrExit();
const careers = Number(arg('--careers') ?? 60);
const report = coverage(catalogue, careers);
console.log(
  `${careers} careers: half played by the greedy bot, half by one-recipe players; random job-board picks`,
);
const share = (n: number) => `${Math.round((n / careers) * 100)} %`.padStart(5);
for (const [what, counts] of [
  ['missions played', report.missions],
  ['events drawn', report.events],
  ['facts shown', report.facts],
] as const) {
  console.log(`\n${what} (share of ${careers} careers)`);
  for (const [id, n] of Object.entries(counts).sort((a, b) => b[1] - a[1]))
    console.log(`  ${share(n)}  ${id}`);
}
const count = (c: Record<string, number>, ok: (n: number) => boolean) => Object.values(c).filter(ok).length;
console.log('\nsummary');
console.log(
  `  missions played in some career: ${count(report.missions, (n) => n > 0)}/${Object.keys(report.missions).length}`,
);
console.log(
  `  events drawn in some career: ${count(report.events, (n) => n > 0)}/${Object.keys(report.events).length}`,
);
console.log(
  `  facts shown in at least 30 % of careers: ${count(report.facts, (n) => n >= 0.3 * careers)}/${Object.keys(report.facts).length}`,
);
