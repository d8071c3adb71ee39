import { offers } from '../../src/sim/career.ts';
import { colleaguesOf } from '../../src/sim/cast.ts';
import { greedyPlay } from '../../src/sim/search.ts';
import { type KeyValueStorage, memoryStorage, SafeStorage } from '../../src/state/safeStorage.ts';
import { SAVE_KEY } from '../../src/state/saveGame.ts';
import { createGameStore, type GameStore } from '../../src/state/store.ts';
import { realCatalogue } from './careerSave.ts';

const cat = realCatalogue();

/** Plays the first mission on offer with the greedy bot's choices until `stop` (or its end). */
function playFirstOffer(store: GameStore, stop: 'production' | 'end'): void {
  const s = () => store.getState();
  const career = s().career;
  const offer = career ? offers(career, cat)[0] : undefined;
  if (!offer) throw new Error('no offer');
  s().acceptOffer(offer.missionId);
  const run = s().run;
  const mission = cat.missions[offer.missionId];
  if (!run || !mission) throw new Error('no run');
  for (const c of greedyPlay(mission, run.seed, cat)?.choices ?? []) {
    if (stop === 'production' && s().run?.phase === 'production') return;
    s().choose(c);
  }
  if (stop === 'production') return;
  // Whatever the bot left undone: events keep their first open option, a pilot's finding is acted on.
  for (let guard = 0; guard < 30 && s().run?.phase !== 'evaluate'; guard++) {
    const r = s().run;
    if (!r) break;
    for (const e of r.events)
      for (const o of cat.events[e.id]?.options ?? [])
        if (s().choose({ t: 'event', id: e.id, option: o.id })) break;
    for (const l of r.live)
      for (const o of cat.live[r.format ?? '']?.steps.find((x) => x.id === l.id)?.options ?? [])
        if (s().choose({ t: 'live', id: l.id, option: o.id })) break;
    if (r.pilot && r.pilot.revise === null) s().choose({ t: 'pilot', revise: true });
    s().choose({ t: 'next' });
  }
  s().finishMission();
  if (s().lastEnd?.rankUp) s().closeRankUp();
}

/**
 * A store (and the storage it saves to) with a new career just started, at the office: a bac+3 multimedia
 * background, seed 7 unless given, in French unless given.
 */
export function careerStarted(opts: { seed?: number; reducedMotion?: boolean; language?: 'fr' | 'en' }): {
  store: GameStore;
  storage: KeyValueStorage;
} {
  const storage = memoryStorage();
  const store = createGameStore({
    catalogue: cat,
    storage: new SafeStorage(storage),
    newSeed: () => opts.seed ?? 7,
  });
  const s = () => store.getState();
  s().setLanguage(opts.language ?? 'fr');
  s().updateSettings({ reducedMotion: !!opts.reducedMotion });
  s().newCareer();
  s().chooseBackground('bac3-multimedia');
  s().closeRankUp();
  return { store, storage };
}

/**
 * The text of a save after `done` missions played by the greedy bot (each time the first offer), stopped
 * at the office or at the production weeks of the next mission, with the named colleagues then hired.
 */
export function midCareerSave(opts: {
  done?: number;
  stop: 'hub' | 'production';
  seed?: number;
  reducedMotion?: boolean;
}): { save: string; colleagues: string[] } {
  const { store, storage } = careerStarted(opts);
  const s = () => store.getState();
  for (let i = 0; i < (opts.done ?? 0); i++) playFirstOffer(store, 'end');
  if (opts.stop === 'production') {
    playFirstOffer(store, 'production');
    if (s().run?.phase !== 'production') throw new Error('could not reach the production weeks');
  }
  const text = storage.getItem(SAVE_KEY);
  if (!text) throw new Error('nothing saved');
  return { save: text, colleagues: colleaguesOf(s().run?.team ?? [], cat).map((c) => c.name) };
}

/** A save at the production weeks of a new career's first mission, before any production decision. */
export const productionSave = (opts: { seed?: number; reducedMotion?: boolean } = {}) =>
  midCareerSave({ ...opts, stop: 'production' });
