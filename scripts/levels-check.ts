import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/content/problem.ts';
import { loadLevels } from '../src/content/validate.ts';
import { readLevelFiles } from './readLevels.ts';

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const arg = process.argv[2];
const dir = arg ? resolve(cwd, arg) : fileURLToPath(new URL('../levels', import.meta.url));
const shown = relative(cwd, dir) || '.';

if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`levels:check: ${shown} is not a directory`);
  process.exit(2);
}

const files = readLevelFiles(dir);
const { catalogue, problems } = loadLevels(files);
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

if (problems.length > 0 || !catalogue) {
  for (const p of problems) console.log(formatProblem(p));
  const inFiles = new Set(problems.map((p) => p.file)).size;
  console.log(`${shown}: ${count(problems.length, 'problem')} in ${count(inFiles, 'file')}`);
  process.exit(1);
}

const sizes = [
  count(Object.keys(catalogue.missions).length, 'mission'),
  count(Object.keys(catalogue.tools).length, 'tool'),
  count(Object.keys(catalogue.roles).length, 'role'),
  count(Object.keys(catalogue.formats).length, 'format'),
  count(Object.keys(catalogue.recruiters).length, 'recruiter'),
  count(Object.keys(catalogue.facts).length, 'fact'),
];
console.log(`${shown}: OK, ${count(files.length, 'file')}: ${sizes.join(', ')}`);
