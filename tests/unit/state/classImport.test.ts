import { describe, expect, it } from 'vitest';
import { classFileText } from '../../../src/sim/classroom/classFile.ts';
import { encodeResult } from '../../../src/sim/classroom/resultCode.ts';
import { encodeSession, type Session } from '../../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, shapeOf } from '../../../src/sim/classroom/sessionPlan.ts';
import { memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { createTeacherStore, sessionKey } from '../../../src/state/teacherStore.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const ours: Session = { playlist: 'classroom', length: 2, seed: 1000 };
const theirs: Session = { playlist: 'classroom', length: 2, seed: 2000 };

function pupilCode(session: Session, ticket: number, stars: number): string {
  const shapes = (sessionMissions(session, cat) ?? []).map(shapeOf);
  return encodeResult(encodeSession(session), shapes, {
    ticket,
    missions: shapes.map(() => ({ stars, format: 0, topic: 0 })),
  });
}

function teacherOn(session: Session | null, backend = memoryStorage()) {
  const store = createTeacherStore({
    catalogue: cat,
    storage: new SafeStorage(backend),
    random: () => 0.5,
    sessionFromUrl: session ? encodeSession(session) : null,
  });
  return { store, backend };
}

describe('importing a session file on the teacher screen', () => {
  it('adds its codes as typed codes are added, refusing duplicates and other sessions’ codes with reasons', () => {
    const { store } = teacherOn(ours);
    const [a, b, c] = [pupilCode(ours, 1, 3), pupilCode(ours, 2, 1), pupilCode(ours, 3, 2)];
    store.getState().addCodes(a);
    const stray = pupilCode(theirs, 4, 2);
    const did = store.getState().importFile(classFileText(encodeSession(ours), [a, b, c, b, stray, 'ZZZ']));
    expect(did.kind).toBe('imported');
    expect(store.getState().accepted).toEqual([a, b, c]);
    expect(store.getState().lastIntake?.accepted).toBe(2);
    expect(store.getState().lastIntake?.refused.map((r) => [r.text, r.problem.kind])).toEqual([
      [a, 'duplicate'],
      [b, 'duplicate'],
      [stray, 'session'],
      ['ZZZ', 'length'],
    ]);
  });

  it('refuses a broken or foreign file and changes nothing', () => {
    const { store } = teacherOn(ours);
    const a = pupilCode(ours, 1, 3);
    store.getState().addCodes(a);
    const before = store.getState();
    expect(store.getState().importFile('not json')).toEqual({ kind: 'refused', problem: 'notJson' });
    expect(store.getState().importFile('{"hello":"world"}')).toEqual({ kind: 'refused', problem: 'foreign' });
    const broken = classFileText(encodeSession(ours), [a]).replace('"codes"', '"kodes"');
    expect(store.getState().importFile(broken)).toEqual({ kind: 'refused', problem: 'broken' });
    expect(store.getState()).toBe(before);
  });

  it('asks before opening a file of another session, then opens it keeping both sessions’ codes', () => {
    const { store, backend } = teacherOn(ours);
    const mine = pupilCode(ours, 1, 3);
    store.getState().addCodes(mine);
    const other = encodeSession(theirs);
    const text = classFileText(other, [pupilCode(theirs, 5, 1), pupilCode(theirs, 6, 2)]);
    expect(store.getState().importFile(text)).toEqual({ kind: 'otherSession', sessionCode: other, codes: 2 });
    expect(store.getState().sessionCode).toBe(encodeSession(ours));
    expect(store.getState().accepted).toEqual([mine]);

    const did = store.getState().importFile(text, true);
    expect(did.kind).toBe('imported');
    expect(store.getState()).toMatchObject({ sessionCode: other, screen: 'session' });
    expect(store.getState().accepted).toHaveLength(2);
    expect(JSON.parse(backend.getItem(sessionKey(encodeSession(ours))) ?? '[]')).toEqual([mine]);
    expect(JSON.parse(backend.getItem(sessionKey(other)) ?? '[]')).toHaveLength(2);
  });

  it('opens the file’s session in a browser that has none yet (another computer)', () => {
    const { store } = teacherOn(null);
    expect(store.getState().screen).toBe('setup');
    const code = pupilCode(theirs, 7, 2);
    const did = store.getState().importFile(classFileText(encodeSession(theirs), [code]));
    expect(did.kind).toBe('imported');
    expect(store.getState()).toMatchObject({
      sessionCode: encodeSession(theirs),
      accepted: [code],
      screen: 'session',
    });
  });

  it('merges with the codes this browser already kept for the file’s session', () => {
    const backend = memoryStorage();
    const kept = pupilCode(theirs, 8, 3);
    backend.setItem(sessionKey(encodeSession(theirs)), JSON.stringify([kept]));
    const { store } = teacherOn(ours, backend);
    const fresh = pupilCode(theirs, 9, 0);
    store.getState().importFile(classFileText(encodeSession(theirs), [kept, fresh]), true);
    expect(store.getState().accepted).toEqual([kept, fresh]);
    expect(store.getState().lastIntake?.refused.map((r) => r.problem.kind)).toEqual(['duplicate']);
  });
});
