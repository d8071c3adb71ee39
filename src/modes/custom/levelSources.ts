import type { LevelFile } from '../../content/validate.ts';

declare const __LEVELS_SRC_FILE__: string;

/**
 * The level files as written, which the build ships beside the game for checking missions from the
 * workshop (scripts/levelsPlugin.ts); only the workshop and a session of its missions fetch them.
 */
export async function levelSources(): Promise<LevelFile[]> {
  const response = await fetch(`./${__LEVELS_SRC_FILE__}`);
  if (!response.ok) throw new Error(String(response.status));
  return (await response.json()) as LevelFile[];
}
