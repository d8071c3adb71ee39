import type { Problem } from './problem.ts';
import { type LevelFile, loadLevels } from './validate.ts';

/** Where a draft with an id that is no slug (or no id at all) is checked. */
const UNNAMED = 'brouillon';

/** The file a draft mission stands at among the level files: missions/<its id>.json. */
export function draftPath(draftText: string): string {
  let id: unknown;
  try {
    id = (JSON.parse(draftText) as { id?: unknown })?.id;
  } catch {
    id = undefined;
  }
  return `missions/${typeof id === 'string' && /^[a-z0-9-]+$/.test(id) ? id : UNNAMED}.json`;
}

/** The drafts' ids that playlists.json does not list yet (new missions, not copies kept under their id). */
export function withPlaylist(files: readonly LevelFile[], ids: readonly string[]): LevelFile[] {
  return files.map((f) => {
    if (f.path !== 'playlists.json') return f;
    const lists = JSON.parse(f.text) as { career: string[] } & Record<string, unknown>;
    const listed = (id: string) => Object.values(lists).some((l) => Array.isArray(l) && l.includes(id));
    const added = ids.filter((id) => !listed(id));
    return added.length === 0
      ? f
      : { ...f, text: JSON.stringify({ ...lists, career: [...lists.career, ...added] }) };
  });
}

const key = (p: Problem) => `${p.file}\n${p.path}\n${p.message}`;

/** The problems the level files have without any draft (none in a build), worked out once per list. */
const baselines = new WeakMap<readonly LevelFile[], Set<string>>();
function baseline(files: readonly LevelFile[]): Set<string> {
  const known = baselines.get(files) ?? new Set(loadLevels([...files]).problems.map(key));
  baselines.set(files, known);
  return known;
}

/**
 * What `npm run levels:check` would say with the draft mission among the level files, in the same words:
 * the draft stands at missions/<its id>.json, so a draft that keeps the id of the mission it was copied from
 * replaces that mission's file, and one with a new id is checked as a new mission at the end of the career
 * playlist (a developer adding it to the game adds it to playlists.json). Only what the draft causes is
 * returned: its own file's problems and those it brings elsewhere (an event no mission draws any more), not
 * any the level files already had, nor the playlists' echo of a draft too broken to be read.
 */
export function checkDraft(files: readonly LevelFile[], draftText: string): Problem[] {
  const path = draftPath(draftText);
  const id = path.slice('missions/'.length, -'.json'.length);
  const others = files.filter((f) => f.path !== path);
  const before = baseline(files);
  const { problems } = loadLevels([...withPlaylist(others, [id]), { path, text: draftText }]);
  // A draft its own problems keep out of the catalogue leaves the playlists naming a mission they cannot find.
  const echo = `unknown mission "${id}"`;
  return problems.filter((p) => !before.has(key(p)) && !(p.file === 'playlists.json' && p.message === echo));
}
