import { describe, expect, it } from 'vitest';
import { encodeSession, type Session } from '../../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, sessionOptions, shapeOf } from '../../../src/sim/classroom/sessionPlan.ts';
import { classView } from '../../../src/state/classView.ts';
import { playlistViewFor } from '../../../src/state/modeRoutes.ts';
import { playNextMission } from '../../../src/state/playlistFlow.ts';
import { createPupilStore, resultCodeOf } from '../../../src/state/pupilStore.ts';
import { memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { createGameStore } from '../../../src/state/store.ts';
import { realCatalogue } from '../fixtures.ts';
import { playThrough } from './playThrough.ts';

const cat = realCatalogue();

/** A pupil's device, set up as the classroom mode does: the session's missions, its seed, its own keys. */
function pupilDevice(session: Session, ticket: number) {
  const code = encodeSession(session);
  const missions = sessionMissions(session, cat) ?? [];
  const catalogue = { ...cat, playlists: { ...cat.playlists, classroom: missions.map((m) => m.id) } };
  const storage = new SafeStorage(memoryStorage());
  const game = createGameStore({
    catalogue,
    storage,
    newSeed: () => session.seed,
    playlist: 'classroom',
    saveKey: `pedago-studio.classroom.${code}.save`,
  });
  const pupil = createPupilStore({ game, catalogue, storage, key: 'pupil', random: () => ticket / 961 });
  return { code, missions, catalogue, game, pupil };
}

/** What a pupil's button does: the next mission, through the first post's screen with its facts. */
function startNext(device: ReturnType<typeof pupilDevice>): void {
  playNextMission(device.game, device.catalogue);
  if (device.game.getState().screen === 'rankup') {
    device.game.getState().closeRankUp();
    playNextMission(device.game, device.catalogue);
  }
}

function playSession(device: ReturnType<typeof pupilDevice>, variant: number): number[] {
  const stars: number[] = [];
  while (!device.game.getState().career?.done) {
    startNext(device);
    playThrough(device.game, device.catalogue, variant);
    stars.push(device.game.getState().run?.outcome?.stars ?? -1);
    device.game.getState().finishMission();
  }
  return stars;
}

describe('a class session, from the pupils to the teacher', () => {
  const option = sessionOptions(cat)[0];
  const session: Session = {
    playlist: option?.playlist ?? 'classroom',
    length: option?.maxLength ?? 1,
    seed: 4321,
  };

  it('offers the catalogue playlists a result code can hold', () => {
    expect(option).toBeDefined();
    for (const o of sessionOptions(cat)) {
      expect(o.maxLength).toBeGreaterThanOrEqual(1);
      expect(o.maxLength).toBeLessThanOrEqual(4);
      expect(o.missions.every((id) => cat.missions[id])).toBe(true);
    }
  });

  it('plays the same missions with the same seeds on every device', () => {
    const a = pupilDevice(session, 1);
    const b = pupilDevice(session, 2);
    startNext(a);
    startNext(b);
    expect(a.game.getState().run?.missionId).toBe(a.missions[0]?.id);
    expect(a.game.getState().run?.seed).toBe(b.game.getState().run?.seed);
    expect(playlistViewFor(a.game.getState(), 'classroom-welcome', 'classroom-end')).toBe('brief');
  });

  it('ends on a result code the teacher decodes to the stars each pupil saw', () => {
    const devices = [0, 1, 2].map((v) => pupilDevice(session, 100 + v));
    const seen = devices.map((d, v) => playSession(d, v));
    const codes = devices.map((d) =>
      resultCodeOf(
        d.pupil.getState(),
        d.code,
        d.missions.map((m) => m.id),
        d.missions.map(shapeOf),
      ),
    );
    expect(codes.every((c) => c !== null)).toBe(true);
    expect(
      playlistViewFor(devices[0]?.game.getState() ?? ({} as never), 'classroom-welcome', 'classroom-end'),
    ).toBe('classroom-end');
    const view = classView(
      { session, sessionCode: encodeSession(session), accepted: codes as string[] },
      cat,
    );
    expect(view?.results.map((r) => r.missions.map((m) => m.stars))).toEqual(seen);
    expect(view?.stats.pupils).toBe(3);
  });
});
