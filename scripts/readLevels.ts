import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { LevelFile } from '../src/content/validate.ts';

/** Every .json file under dir (schemas excluded), as paths relative to dir with forward slashes. */
export function readLevelFiles(dir: string): LevelFile[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((f) => {
        const p = join(d, f);
        return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : [];
      });
  return walk(dir).map((p) => ({
    path: relative(dir, p).split(sep).join('/'),
    text: readFileSync(p, 'utf8'),
  }));
}
