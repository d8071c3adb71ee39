import type { Catalogue, Mission } from '../../content/types.ts';
import type { ClassroomServices, PlatformLine } from '../../scenes/modeServices.ts';
import { compact } from '../../sim/classroom/codeAlphabet.ts';
import { decodeSession, type Session } from '../../sim/classroom/sessionCode.ts';
import { sessionMissions } from '../../sim/classroom/sessionPlan.ts';
import { playlistViewFor } from '../../state/modeRoutes.ts';
import { playNextMission } from '../../state/playlistFlow.ts';
import { createPupilStore } from '../../state/pupilStore.ts';
import { browserStorage, memoryStorage, SafeStorage } from '../../state/safeStorage.ts';
import { createGameStore } from '../../state/store.ts';
import { urlForMode } from '../urlMode.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';

/** A session named in the address, read: null parts when the code is missing or mistyped, or its missions gone. */
export interface OpenedSession {
  session: Session | null;
  code: string | null;
  missions: Mission[] | null;
}

export function openSession(typed: string | null, catalogue: Catalogue): OpenedSession {
  const read = typed ? decodeSession(typed) : null;
  const session = read?.ok ? read.session : null;
  return {
    session,
    code: read?.ok ? read.code : null,
    missions: session ? sessionMissions(session, catalogue) : null,
  };
}

/** Whether the session can be played, hence kept. */
export const playableSession = (o: OpenedSession) => !!(o.session && o.code && o.missions);

/** Where a session's run is kept: under the session's own keys, so two sessions never mix. */
export function sessionPrefix(kind: 'classroom' | 'course', code: string | null): string {
  return `pedago-studio.${kind}.${code ? compact(code) : 'none'}.`;
}

/**
 * A pupil's run of a session: the session's missions with its seed, so every pupil plays the same runs;
 * kept in `storage` so a reload resumes it. A class session and a course (src/modes/course/) both run so.
 */
export function setupSessionRun(
  opened: OpenedSession,
  storage: SafeStorage,
  deps: SetupDeps,
  kind: 'classroom' | 'course',
  platform: PlatformLine | null,
): ModeSetup {
  const { session, code, missions } = opened;
  const playable = playableSession(opened);
  const catalogue: Catalogue = missions
    ? { ...deps.catalogue, playlists: { ...deps.catalogue.playlists, classroom: missions.map((m) => m.id) } }
    : deps.catalogue;
  const prefix = sessionPrefix(kind, code);
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
    platform,
    finishLabel: 'class.toReview',
    start: () => {
      if (playable) playNextMission(store, catalogue);
    },
    join: (text) => location.assign(urlForMode({ kind, session: compact(text) })),
  };
  const view = () =>
    playable
      ? playlistViewFor(store.getState(), 'classroom-welcome', 'classroom-end', true)
      : 'classroom-welcome';
  return { store, catalogue, mode, route: { view, subscribe: (fn) => store.subscribe(fn) } };
}

export function setupClassroom(typed: string | null, deps: SetupDeps): ModeSetup {
  const opened = openSession(typed, deps.catalogue);
  // Without a session nothing is kept: there is nothing to resume.
  const storage = new SafeStorage(playableSession(opened) ? browserStorage() : memoryStorage());
  return setupSessionRun(opened, storage, deps, 'classroom', null);
}
