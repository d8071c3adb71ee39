import { draftPath, withPlaylist } from './checkDraft.ts';
import type { Catalogue } from './types.ts';
import { type LevelFile, loadLevels } from './validate.ts';

/**
 * The catalogue the game would load with the draft mission among the level files, placed as `checkDraft`
 * places it (at missions/<its id>.json, a new id at the end of the career playlist), so that its references
 * to the catalogue resolve; null while the files and the draft have problems.
 */
export function draftCatalogue(
  files: readonly LevelFile[],
  draftText: string,
): { catalogue: Catalogue; missionId: string } | null {
  const path = draftPath(draftText);
  const missionId = path.slice('missions/'.length, -'.json'.length);
  const others = files.filter((f) => f.path !== path);
  const { catalogue } = loadLevels([...withPlaylist(others, [missionId]), { path, text: draftText }]);
  return catalogue?.missions[missionId] ? { catalogue, missionId } : null;
}
