import { readLevelFiles } from '../../scripts/readLevels.ts';
import type { Catalogue } from '../../src/content/types.ts';
import { loadLevels } from '../../src/content/validate.ts';
import { offers } from '../../src/sim/career.ts';
import { greedyPlay } from '../../src/sim/search.ts';
import { memoryStorage, SafeStorage } from '../../src/state/safeStorage.ts';
import { SAVE_KEY } from '../../src/state/saveGame.ts';
import { createGameStore, type GameStore } from '../../src/state/store.ts';

export function realCatalogue(): Catalogue {
  const { catalogue, problems } = loadLevels(readLevelFiles('levels'));
  if (!catalogue) throw new Error(problems.map((p) => `${p.file} ${p.path} ${p.message}`).join('\n'));
  return catalogue;
}

/** Plays the mission on offer to its results with the greedy bot's choices (those the store accepts). */
function playOffer(store: GameStore, cat: Catalogue, pick: number): void {
  const career = store.getState().career;
  const list = career ? offers(career, cat) : [];
  const offer = list[pick % Math.max(1, list.length)];
  if (!offer) throw new Error('no offer');
  store.getState().acceptOffer(offer.missionId);
  const run = store.getState().run;
  const mission = cat.missions[offer.missionId];
  const plan = mission && run ? greedyPlay(mission, run.seed, cat) : null;
  for (const c of plan?.choices ?? []) store.getState().choose(c);
  // Whatever the bot's choices left undone, move on phase by phase (events keep their first open option,
  // a pilot's finding is acted on).
  for (let guard = 0; guard < 30 && store.getState().run?.phase !== 'evaluate'; guard++) {
    const r = store.getState().run;
    if (!r) break;
    for (const e of r.events)
      for (const o of cat.events[e.id]?.options ?? [])
        if (store.getState().choose({ t: 'event', id: e.id, option: o.id })) break;
    for (const l of r.live)
      for (const o of cat.live[r.format ?? '']?.steps.find((s) => s.id === l.id)?.options ?? [])
        if (store.getState().choose({ t: 'live', id: l.id, option: o.id })) break;
    if (r.pilot && r.pilot.revise === null) store.getState().choose({ t: 'pilot', revise: true });
    store.getState().choose({ t: 'next' });
  }
}

/**
 * The text of a save of a real career played by the bot: `missionsLeft` 0 gives a finished career;
 * 1 gives one whose last mission is played to its results, waiting for "Finish the career".
 */
export function careerSave(opts: {
  seed: number;
  background: string;
  missionsLeft: 0 | 1;
  language?: 'fr' | 'en';
}): string {
  const { cat, storage, store } = newCareer(opts);
  for (let i = 0; i < 40 && !store.getState().career?.done; i++) {
    playOffer(store, cat, i);
    const s = store.getState();
    const left = (s.career ? cat.rules.careerLength - s.career.history.length : 0) - 1;
    if (opts.missionsLeft === 1 && left === 0) break;
    s.finishMission();
  }
  return saved(storage);
}

/** A career just begun from `background`, in a store saving to memory. */
function newCareer(opts: { seed: number; background: string; language?: 'fr' | 'en' }) {
  const cat = realCatalogue();
  const storage = memoryStorage();
  const store = createGameStore({
    catalogue: cat,
    storage: new SafeStorage(storage),
    newSeed: () => opts.seed,
  });
  store.getState().setLanguage(opts.language ?? 'fr');
  store.getState().newCareer();
  store.getState().chooseBackground(opts.background);
  return { cat, storage, store };
}

function saved(storage: ReturnType<typeof memoryStorage>): string {
  const text = storage.getItem(SAVE_KEY);
  if (!text) throw new Error('nothing saved');
  return text;
}

/** The text of a save of a new career whose first offer with interviews is accepted: it opens on its brief. */
export function briefSave(opts: { seed: number; background: string }): string {
  const { cat, storage, store } = newCareer(opts);
  const career = store.getState().career;
  const offer = (career ? offers(career, cat) : []).find((o) => {
    const mission = cat.missions[o.missionId];
    return !!mission && !mission.express && mission.maxQuestions > 0;
  });
  if (!offer) throw new Error('no offer with interviews');
  store.getState().acceptOffer(offer.missionId);
  return saved(storage);
}
