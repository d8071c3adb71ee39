import type { Catalogue } from '../src/content/types.ts';
import { loadLevels } from '../src/content/validate.ts';
import { readLevelFiles } from './readLevels.ts';

/** The value after `name` on the command line (`--seeds 12`), if given. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The catalogue of levels/, or an exit with the count of problems and where to see them. */
export function levelsOrExit(): Catalogue {
  const { catalogue, problems } = loadLevels(readLevelFiles('levels'));
  if (!catalogue) {
    console.error(`levels/ does not validate (${problems.length} problems): run npm run levels:check`);
    process.exit(2);
  }
  return catalogue;
}
