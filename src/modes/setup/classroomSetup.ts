import type { Catalogue } from '../../content/types.ts';
import type { ClassroomServices } from '../../scenes/modeServices.ts';
import { compact } from '../../sim/classroom/codeAlphabet.ts';
import { decodeSession } from '../../sim/classroom/sessionCode.ts';
import { sessionMissions } from '../../sim/classroom/sessionPlan.ts';
import { playlistViewFor } from '../../state/modeRoutes.ts';
import { playNextMission } from '../../state/playlistFlow.ts';
import { createPupilStore } from '../../state/pupilStore.ts';
import { browserStorage, memoryStorage, SafeStorage } from '../../state/safeStorage.ts';
import { createGameStore } from '../../state/store.ts';
import { urlForMode } from '../urlMode.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';

/**
 * A pupil's run of a session: the session's missions with its seed, so every pupil plays the same runs;
 * saved under the session's own keys so a reload resumes it and two sessions never mix.
 */
export function setupClassroom(typed: string | null, deps: SetupDeps): ModeSetup {
  const read = typed ? decodeSession(typed) : null;
  const session = read?.ok ? read.session : null;
  const code = read?.ok ? read.code : null;
  const missions = session ? sessionMissions(session, deps.catalogue) : null;
  const playable = !!(session && code && missions);
  const catalogue: Catalogue = missions
    ? { ...deps.catalogue, playlists: { ...deps.catalogue.playlists, classroom: missions.map((m) => m.id) } }
    : deps.catalogue;
  // Without a session nothing is kept: there is nothing to resume.
  const storage = new SafeStorage(playable ? browserStorage() : memoryStorage());
  const prefix = `pedago-studio.classroom.${code ? compact(code) : 'none'}.`;
  const store = createGameStore({
    catalogue,
    storage,
    newSeed: () => session?.seed ?? 0,
    defaultLanguage: deps.language,
    playlist: 'classroom',
    saveKey: `${prefix}save`,
  });
  const pupil = playable
    ? createPupilStore({ game: store, catalogue, storage, key: `${prefix}pupil`, random: deps.random })
    : null;
  const mode: ClassroomServices = {
    kind: 'classroom',
    session,
    sessionCode: code,
    missions,
    pupil,
    finishLabel: 'class.toReview',
    start: () => {
      if (playable) playNextMission(store, catalogue);
    },
    join: (text) => location.assign(urlForMode({ kind: 'classroom', session: compact(text) })),
  };
  const view = () =>
    playable
      ? playlistViewFor(store.getState(), 'classroom-welcome', 'classroom-end', true)
      : 'classroom-welcome';
  return { store, catalogue, mode, route: { view, subscribe: (fn) => store.subscribe(fn) } };
}
