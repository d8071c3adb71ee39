import { describe, expect, it } from 'vitest';
import { type Career, openingFacts } from '../../../src/sim/career.ts';
import type { Choice } from '../../../src/sim/run.ts';
import { type KeyValueStorage, memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { SAVE_KEY } from '../../../src/state/saveGame.ts';
import { createGameStore } from '../../../src/state/store.ts';
import { resultsView, viewFor } from '../../../src/state/views.ts';
import { DESIGN_RULES, handCatalogue, realCatalogue } from '../fixtures.ts';

// The hand-made campaign, with the real notebook's facts to tell.
const catalogue = { ...handCatalogue(), facts: realCatalogue().facts };
const make = (backend: KeyValueStorage = memoryStorage()) =>
  createGameStore({ catalogue, storage: new SafeStorage(backend), newSeed: () => 1234 });

function start(store: ReturnType<typeof make>) {
  const s = store.getState();
  s.newCareer();
  store.getState().chooseBackground('b');
  // The first post's screen shows its facts.
  for (const f of store.getState().lastEnd?.facts ?? []) store.getState().meetFact(f);
  store.getState().acceptOffer('m');
}

const choose = (store: ReturnType<typeof make>, choices: Choice[]) => {
  for (const c of choices) expect(store.getState().choose(c), JSON.stringify(c)).toBe(true);
};

function playToResults(store: ReturnType<typeof make>) {
  start(store);
  choose(store, [
    { t: 'objective', id: 'o1', on: true },
    { t: 'objective', id: 'o2', on: true },
    { t: 'next' },
    { t: 'format', id: 'f1' },
    { t: 'evaluation', id: 'quiz', on: true },
    { t: 'order', ids: ['intro', 'read', 'drill', 'check'] },
    { t: 'next' },
    { t: 'tool', id: 't1', on: true },
    { t: 'next' },
  ]);
  for (const e of store.getState().run?.events ?? []) {
    choose(store, [{ t: 'event', id: e.id, option: catalogue.events[e.id]?.options[0]?.id ?? '' }]);
  }
  choose(store, [{ t: 'next' }, { t: 'live', id: 'l1', option: 'ok' }, { t: 'next' }]);
}

describe('game store', () => {
  it('starts on the title with no career', () => {
    const s = make().getState();
    expect(viewFor(s)).toBe('title');
    expect(s.career).toBeNull();
  });

  it('goes from a new career to the background choice, the job board, then the brief', () => {
    const store = make();
    store.getState().newCareer();
    expect(viewFor(store.getState())).toBe('background');
    store.getState().chooseBackground('b');
    // The first post's screen, with the route's fact and the first post's, met as they are shown.
    expect(viewFor(store.getState())).toBe('rankup');
    const opening = openingFacts(store.getState().career as Career, catalogue);
    expect(opening.length).toBeGreaterThan(0);
    expect(store.getState().lastEnd?.facts).toEqual(opening);
    // Met as the screen shows them, not before.
    expect(store.getState().career?.factsMet).toEqual([]);
    for (const f of opening) store.getState().meetFact(f);
    expect(store.getState().career?.factsMet).toEqual(opening);
    store.getState().closeRankUp();
    expect(viewFor(store.getState())).toBe('offers');
    expect(store.getState().career?.seed).toBe(1234);
    store.getState().acceptOffer('m');
    const s = store.getState();
    expect(viewFor(s)).toBe('brief');
    expect(s.contract).toBe('cdd');
  });

  it('will not start a mission that is not on offer', () => {
    const store = make();
    store.getState().newCareer();
    store.getState().chooseBackground('b');
    store.getState().acceptOffer('m2'); // needs the junior rank
    expect(store.getState().run).toBeNull();
  });

  it('goes through the phases to the results', () => {
    const store = make();
    playToResults(store);
    expect(viewFor(store.getState())).toBe('results');
    expect(store.getState().run?.outcome).not.toBeNull();
  });

  it('keeps why a choice was refused until the next accepted one', () => {
    const store = make();
    start(store);
    expect(store.getState().choose({ t: 'format', id: 'f1' })).toBe(false);
    expect(store.getState().refusal).toBe('wrong-phase');
    store.getState().choose({ t: 'objective', id: 'o1', on: true });
    expect(store.getState().refusal).toBeNull();
  });

  it('meets the results’ fact only once it was on screen', () => {
    const store = make();
    playToResults(store);
    store.getState().finishMission();
    expect(store.getState().career?.factsMet).toEqual(['F02']);
    expect(store.getState().lastEnd?.fact).toBeUndefined();
  });

  it('files the mission in the career and goes back to the job board', () => {
    const store = make();
    playToResults(store);
    const outcome = store.getState().run?.outcome;
    expect(resultsView(store.getState(), catalogue)?.fact).toBe('F01');
    store.getState().seeFact('F01');
    store.getState().finishMission();
    const s = store.getState();
    expect(s.career?.history).toEqual([
      {
        missionId: 'm',
        stars: outcome?.stars,
        score: outcome?.score,
        contract: 'cdd',
        rank: 'intern',
        // The team hired, so its colleagues remember the mission.
        team: [],
      },
    ]);
    // The route's fact met at the start, then the one the results showed.
    expect(s.career?.factsMet).toEqual(['F02', 'F01']);
    expect(s.lastEnd?.fact).toBe('F01');
    expect(viewFor(s)).toBe('offers');
    expect(s.run).toBeNull();
  });

  it('saves on every change and restores the same run after a reload', () => {
    const backend = memoryStorage();
    const first = make(backend);
    start(first);
    first.getState().choose({ t: 'objective', id: 'o1', on: true });
    first.getState().choose({ t: 'objective', id: 'o2', on: true });
    first.getState().choose({ t: 'next' });
    first.getState().choose({ t: 'format', id: 'f2' });
    first.getState().setLanguage('en');

    const second = make(backend);
    const s = second.getState();
    expect(viewFor(s)).toBe('title');
    expect(s.settings.language).toBe('en');
    s.continueCareer();
    const after = second.getState();
    expect(viewFor(after)).toBe('design');
    expect(after.run?.format).toBe('f2');
    expect(after.contract).toBe('cdd');
    expect(after.run?.choices).toEqual(first.getState().run?.choices);
  });

  it('keeps the career but sets aside a run that no longer replays', () => {
    const backend = memoryStorage();
    start(make(backend));
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
    start(store);
    expect(store.getState().notices).toContain('storage-unavailable');
    expect(store.getState().choose({ t: 'objective', id: 'o1', on: true })).toBe(true);
  });

  it('persists the mute setting', () => {
    const backend = memoryStorage();
    make(backend).getState().setMuted(true);
    expect(make(backend).getState().settings.muted).toBe(true);
  });

  it('keeps volumes and display settings across a reload, and refuses values out of range', () => {
    const backend = memoryStorage();
    const store = make(backend);
    store
      .getState()
      .updateSettings({ musicVolume: 0.2, textStep: 2, highContrast: true, dyslexicFont: true });
    store.getState().updateSettings({ effectsVolume: 7, textStep: 5 as 2, musicVolume: Number.NaN });
    const settings = make(backend).getState().settings;
    expect(settings).toMatchObject({
      musicVolume: 0.2,
      effectsVolume: 0.8,
      textStep: 2,
      highContrast: true,
      dyslexicFont: true,
      reducedMotion: false,
    });
  });

  it('goes back from the codex, the settings and the credits to where they were opened', () => {
    const store = make();
    start(store);
    store.getState().openPage('codex');
    expect(viewFor(store.getState())).toBe('codex');
    store.getState().closePage();
    expect(viewFor(store.getState())).toBe('brief');
    store.getState().openSettings();
    store.getState().openPage('credits');
    store.getState().closePage();
    expect(viewFor(store.getState())).toBe('settings');
    store.getState().closeSettings();
    expect(viewFor(store.getState())).toBe('brief');
  });

  it('shows the promotion after a mission that earns the next rank, then the job board', () => {
    // Junior needs 20 reputation; at 100 a star, any star earns it.
    const generous = { ...catalogue, rules: { ...catalogue.rules, ...DESIGN_RULES, reputationPerStar: 100 } };
    const store = createGameStore({
      catalogue: generous,
      storage: new SafeStorage(memoryStorage()),
      newSeed: () => 1234,
    });
    playToResults(store);
    expect(store.getState().run?.outcome?.stars).toBeGreaterThanOrEqual(1);
    store.getState().finishMission();
    expect(viewFor(store.getState())).toBe('rankup');
    expect(store.getState().lastEnd?.rankUp).toBe('junior');
    store.getState().closeRankUp();
    expect(viewFor(store.getState())).toBe('offers');
  });
});
