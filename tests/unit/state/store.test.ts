import { describe, expect, it } from 'vitest';
import { type KeyValueStorage, memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { SAVE_KEY } from '../../../src/state/saveGame.ts';
import { createGameStore } from '../../../src/state/store.ts';
import { sceneFor } from '../../../src/state/views.ts';
import { handCatalogue } from '../fixtures.ts';

const catalogue = handCatalogue();
const make = (backend: KeyValueStorage = memoryStorage()) =>
  createGameStore({ catalogue, storage: new SafeStorage(backend), newSeed: () => 1234 });

const playToResults = (store: ReturnType<typeof make>) => {
  const s = store.getState();
  s.newCareer();
  for (const c of [
    { t: 'next' },
    { t: 'format', id: 'f1' },
    { t: 'next' },
    { t: 'tool', id: 't1', on: true },
    { t: 'next' },
    { t: 'next' },
  ] as const) {
    expect(store.getState().choose(c)).toBe(true);
  }
};

describe('game store', () => {
  it('starts on the title with no career', () => {
    const s = make().getState();
    expect(sceneFor(s)).toBe('title');
    expect(s.career).toBeNull();
  });

  it('starts a career on the brief of the first mission, seeded', () => {
    const store = make();
    store.getState().newCareer();
    const s = store.getState();
    expect(sceneFor(s)).toBe('brief');
    expect(s.run?.missionId).toBe('m');
    expect(s.career?.seed).toBe(1234);
  });

  it('goes through the phases to the results', () => {
    const store = make();
    playToResults(store);
    expect(sceneFor(store.getState())).toBe('results');
    expect(store.getState().run?.outcome?.stars).toBe(0);
  });

  it('keeps why a choice was refused until the next accepted one', () => {
    const store = make();
    store.getState().newCareer();
    expect(store.getState().choose({ t: 'format', id: 'f1' })).toBe(false);
    expect(store.getState().refusal).toBe('wrong-phase');
    store.getState().choose({ t: 'next' });
    expect(store.getState().refusal).toBeNull();
  });

  it('records the result and the fact met when a mission is finished, ending a one-mission career', () => {
    const store = make();
    playToResults(store);
    store.getState().finishMission();
    const s = store.getState();
    expect(s.career?.results).toEqual([{ missionId: 'm', stars: 0, score: 53.8 }]);
    expect(s.career?.factsMet).toEqual(['F01']);
    expect(s.career?.done).toBe(true);
    expect(sceneFor(s)).toBe('title');
  });

  it('saves on every change and restores the same run after a reload', () => {
    const backend = memoryStorage();
    const first = make(backend);
    first.getState().newCareer();
    first.getState().choose({ t: 'next' });
    first.getState().choose({ t: 'format', id: 'f2' });
    first.getState().setLanguage('en');

    const second = make(backend);
    const s = second.getState();
    expect(sceneFor(s)).toBe('title');
    expect(s.settings.language).toBe('en');
    s.continueCareer();
    const after = second.getState();
    expect(sceneFor(after)).toBe('design');
    expect(after.run?.format).toBe('f2');
    expect(after.run?.choices).toEqual(first.getState().run?.choices);
  });

  it('keeps the career but sets aside a run that no longer replays', () => {
    const backend = memoryStorage();
    const first = make(backend);
    first.getState().newCareer();
    const saved = JSON.parse(backend.getItem(SAVE_KEY) ?? '{}');
    saved.run.choices = [{ t: 'format', id: 'f1' }]; // refused in the brief phase
    backend.setItem(SAVE_KEY, JSON.stringify(saved));
    const s = make(backend).getState();
    expect(s.career?.seed).toBe(1234);
    expect(s.run).toBeNull();
    expect(s.notices).toContain('save-unreadable');
  });

  it('keeps playing from memory when saving fails, and tells the player', () => {
    const failing: KeyValueStorage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = make(failing);
    store.getState().newCareer();
    expect(store.getState().notices).toContain('storage-unavailable');
    expect(store.getState().choose({ t: 'next' })).toBe(true);
  });

  it('persists the mute setting', () => {
    const backend = memoryStorage();
    make(backend).getState().setMuted(true);
    expect(make(backend).getState().settings.muted).toBe(true);
  });
});
