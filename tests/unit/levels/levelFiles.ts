import { fileURLToPath } from 'node:url';
import { readLevelFiles } from '../../../scripts/readLevels.ts';
import { kindOf } from '../../../src/content/schemas.ts';
import type { LevelFile } from '../../../src/content/validate.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const levelsDir = fileURLToPath(new URL('../../../levels/', import.meta.url));

/** The real level files, read afresh so a test may change its copy freely. */
export const realLevelFiles = (): LevelFile[] => readLevelFiles(levelsDir);

/** One real mission file, the one broken copies break. */
export const missionFile = realLevelFiles().find((f) => kindOf(f.path) === 'mission')?.path ?? 'no mission';

export function textOf(files: LevelFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no level file ${path}`);
  return file.text;
}

// Level JSON is untyped on purpose: a broken copy is precisely one that breaks the types.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Json = any;

/** The real files, with one of them parsed, changed by `change`, and written back. */
export function withJson(path: string, change: (json: Json) => void): LevelFile[] {
  const files = realLevelFiles();
  const json = JSON.parse(textOf(files, path));
  change(json);
  return files.map((f) => (f.path === path ? { path, text: JSON.stringify(json, null, 2) } : f));
}

/** The real files, with one file's text replaced (or added when no file has that path). */
export function withText(path: string, text: string): LevelFile[] {
  const files = realLevelFiles().filter((f) => f.path !== path);
  return [...files, { path, text }];
}
