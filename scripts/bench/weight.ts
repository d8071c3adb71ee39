/**
 * npx tsx scripts/bench/weight.ts [DIR]: the weight lines of npm run bench for a build already made (dist/ by
 * default), without building or starting a browser. E.g. `npx vite build --outDir dist-x` then this with dist-x.
 */
import { resolve } from 'node:path';
import { budgetLines } from './report.ts';
import { weighBudget } from './sizes.ts';

const dir = process.argv[2] ?? 'dist';
try {
  console.log(budgetLines(dir, weighBudget(resolve(dir))).join('\n'));
} catch (e) {
  console.error(`bench weight: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
