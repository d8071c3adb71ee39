import { describe, expect, it } from 'vitest';
import { encodeResult } from '../../../src/sim/classroom/resultCode.ts';
import { encodeSession, type Session, seedHoldsPrint } from '../../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, sessionOptions, shapeOf } from '../../../src/sim/classroom/sessionPlan.ts';
import { memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { CURRENT_SESSION_KEY, createTeacherStore, sessionKey } from '../../../src/state/teacherStore.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const playlist = sessionOptions(cat)[0]?.playlist ?? 'classroom';

function make(backend = memoryStorage(), sessionFromUrl: string | null = null) {
  return createTeacherStore({
    catalogue: cat,
    storage: new SafeStorage(backend),
    random: () => 0.5,
    sessionFromUrl,
  });
}

/** A pupil's code for a session, as a pupil's device would write it. */
function pupilCode(session: Session, ticket: number, stars: number): string {
  const sessionCode = encodeSession(session);
  const shapes = (sessionMissions(session, cat) ?? []).map(shapeOf);
  return encodeResult(sessionCode, shapes, {
    ticket,
    missions: shapes.map(() => ({ stars, format: 0, topic: 0 })),
  });
}

describe('the teacher store', () => {
  it('starts on the setup, then creates a session and shows it', () => {
    const store = make();
    expect(store.getState().screen).toBe('setup');
    store.getState().createSession(playlist, 1);
    const s = store.getState();
    expect(s.screen).toBe('session');
    expect(s.sessionCode).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    expect(s.session).toMatchObject({ playlist, length: 1 });
  });

  it('refuses a length the playlist cannot hold', () => {
    const store = make();
    store.getState().createSession(playlist, 9);
    expect(store.getState().session).toBeNull();
  });

  it('counts good codes once, reports the others, and keeps them across a reload', () => {
    const backend = memoryStorage();
    const store = make(backend);
    store.getState().createSession(playlist, 1);
    const { sessionCode, session } = store.getState();
    const code = sessionCode ?? '';
    if (!session) throw new Error('no session');
    const a = pupilCode(session, 1, 3);
    const b = pupilCode(session, 2, 1);
    const intake = store.getState().addCodes(`${a}\n${b}\n${a}\nZZZ`);
    expect(intake?.accepted.map((x) => x.code)).toEqual([a, b]);
    expect(intake?.refused.map((r) => r.problem.kind)).toEqual(['duplicate', 'length']);
    expect(store.getState().accepted).toEqual([a, b]);
    expect(backend.getItem(CURRENT_SESSION_KEY)).toBe(code);
    expect(JSON.parse(backend.getItem(sessionKey(code)) ?? '[]')).toEqual([a, b]);

    const again = make(backend);
    expect(again.getState()).toMatchObject({ screen: 'session', sessionCode: code, accepted: [a, b] });
  });

  it('opens the session named in the address over the last one open', () => {
    const backend = memoryStorage();
    make(backend).getState().createSession(playlist, 1);
    const other = encodeSession({ playlist, length: 1, seed: 77 });
    expect(make(backend, other.toLowerCase()).getState().sessionCode).toBe(other);
    expect(make(backend, 'nonsense').getState().sessionCode).toBe(backend.getItem(CURRENT_SESSION_KEY));
  });
});

describe("a teacher's session of the workshop's missions", () => {
  const custom = { ...cat, custom: ['module-securite-entrepot'] };
  const PRINT = 4242;
  const withMissions = (backend = memoryStorage(), sessionFromUrl: string | null = null, print = PRINT) =>
    createTeacherStore({
      catalogue: custom,
      storage: new SafeStorage(backend),
      random: () => 0.5,
      sessionFromUrl,
      customPrint: print,
    });

  it("gets a seed that holds the missions' print, so pupils' links are checked against it", () => {
    const teacher = withMissions();
    teacher.getState().createSession('custom', 1);
    const { session } = teacher.getState();
    expect(session?.playlist).toBe('custom');
    expect(session && seedHoldsPrint(session.seed, PRINT)).toBe(true);
  });

  it('is not reopened with other missions, nor without any', () => {
    const backend = memoryStorage();
    const first = withMissions(backend);
    first.getState().createSession('custom', 1);
    const code = first.getState().sessionCode;
    expect(withMissions(backend, code).getState().sessionCode).toBe(code);
    expect(withMissions(backend, code, PRINT + 1).getState().sessionCode).toBeNull();
    expect(make(backend, code).getState().sessionCode).toBeNull();
  });
});
