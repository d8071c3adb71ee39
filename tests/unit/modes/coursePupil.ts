import type { Catalogue } from '../../../src/content/types.ts';
import { CourseStorage } from '../../../src/modes/course/courseStorage.ts';
import { encodeSession, type Session } from '../../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, sessionOptions } from '../../../src/sim/classroom/sessionPlan.ts';
import { playNextMission } from '../../../src/state/playlistFlow.ts';
import { createPupilStore } from '../../../src/state/pupilStore.ts';
import { SafeStorage } from '../../../src/state/safeStorage.ts';
import { createGameStore } from '../../../src/state/store.ts';
import { playThrough } from './playThrough.ts';

export const COURSE_PREFIX = 'pedago-studio.course.TEST.';

/**
 * A learner's course as the course mode keeps it: the first session option, `played` missions played
 * through, the next one begun and in its design; returns the values that go to the suspend data.
 */
export function coursePupil(cat: Catalogue, played: number) {
  const option = sessionOptions(cat)[0];
  const session: Session = {
    playlist: option?.playlist ?? 'classroom',
    length: option?.maxLength ?? 1,
    seed: 77,
  };
  const missions = sessionMissions(session, cat) ?? [];
  const catalogue = { ...cat, playlists: { ...cat.playlists, classroom: missions.map((m) => m.id) } };
  const backend = new CourseStorage(COURSE_PREFIX, {});
  const storage = new SafeStorage(backend);
  const game = createGameStore({
    catalogue,
    storage,
    newSeed: () => session.seed,
    playlist: 'classroom',
    saveKey: `${COURSE_PREFIX}save`,
  });
  const pupil = createPupilStore({
    game,
    catalogue,
    storage,
    key: `${COURSE_PREFIX}pupil`,
    random: () => 0.5,
  });
  const next = () => {
    playNextMission(game, catalogue);
    if (game.getState().screen === 'rankup') {
      game.getState().closeRankUp();
      playNextMission(game, catalogue);
    }
  };
  for (let i = 0; i < played; i++) {
    next();
    playThrough(game, catalogue, i);
    game.getState().finishMission();
  }
  next();
  for (const o of missions[played]?.objectives.slice(0, catalogue.rules.objectivePicks) ?? [])
    game.getState().choose({ t: 'objective', id: o.id, on: true });
  game.getState().choose({ t: 'next' });
  return { session, code: encodeSession(session), missions, game, pupil, values: backend.values() };
}
