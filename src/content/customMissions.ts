import { checkDraft, draftPath, withPlaylist } from './checkDraft.ts';
import type { Problem } from './problem.ts';
import type { Catalogue } from './types.ts';
import { type LevelFile, loadLevels } from './validate.ts';

/**
 * Missions from the workshop checked among the game's level files, as `levels:check` would: either the
 * catalogue that holds them (their ids in `custom`, in order), or the first mission refused and why.
 */
export type CustomCheck =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; mission: number; title: string | null; problems: Problem[] };

const titleOf = (m: unknown, lang: string): string | null => {
  const title = (m as { title?: Record<string, unknown> } | null)?.title;
  const text = title?.[lang] ?? title?.fr ?? Object.values(title ?? {})[0];
  return typeof text === 'string' && text.trim() ? text : null;
};

export function withCustomMissions(
  files: readonly LevelFile[],
  missions: readonly unknown[],
  lang = 'fr',
): CustomCheck {
  const texts = missions.map((m) => JSON.stringify(m));
  const paths: string[] = [];
  for (const [i, text] of texts.entries()) {
    const refuse = (problems: Problem[]) => ({
      ok: false as const,
      mission: i,
      title: titleOf(missions[i], lang),
      problems,
    });
    const problems = checkDraft(files, text);
    if (problems.length > 0) return refuse(problems);
    const path = draftPath(text);
    const first = paths.indexOf(path);
    if (first >= 0)
      return refuse([
        {
          file: path,
          path: '$.id',
          message: `duplicate id "${path.slice(9, -5)}" (first defined in ${path})`,
        },
      ]);
    paths.push(path);
  }
  const ids = paths.map((p) => p.slice('missions/'.length, -'.json'.length));
  const others = files.filter((f) => !paths.includes(f.path));
  const { catalogue, problems } = loadLevels([
    ...withPlaylist(others, ids),
    ...texts.map((text, i) => ({ path: paths[i] as string, text })),
  ]);
  if (!catalogue) return { ok: false, mission: 0, title: titleOf(missions[0], lang), problems };
  return { ok: true, catalogue: { ...catalogue, custom: ids } };
}
