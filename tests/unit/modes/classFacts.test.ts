import { describe, expect, it } from 'vitest';
import { modeBackground, playNextMission } from '../../../src/state/playlistFlow.ts';
import { memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { createGameStore } from '../../../src/state/store.ts';
import { rankUpView, resultsView } from '../../../src/state/views.ts';
import { realCatalogue } from '../fixtures.ts';
import { playThrough } from './playThrough.ts';

const cat = realCatalogue();

/** The job's range, by the facts of FACTS.md that tell each part. */
const RANGE: Record<string, string[]> = {
  'what the job is': ['F01', 'F02', 'F03', 'F04', 'F05'],
  skills: ['F06', 'F07', 'F08', 'F09', 'F10', 'F11'],
  studies: ['F10', 'F12', 'F13', 'F14'],
  pay: ['F17', 'F18', 'F19', 'F20'],
  recruiters: ['F21', 'F22', 'F23', 'F24', 'F25'],
};

/** Plays the class playlist as a pupil does and lists the facts shown on screen, in order. */
function factsShown(variant: number, seed: number): string[] {
  const store = createGameStore({
    catalogue: cat,
    storage: new SafeStorage(memoryStorage()),
    newSeed: () => seed,
    playlist: 'classroom',
  });
  const shown: string[] = [];
  const post = () => {
    if (store.getState().screen !== 'rankup') return;
    shown.push(...(rankUpView(store.getState(), cat)?.facts ?? []));
    store.getState().closeRankUp();
  };
  playNextMission(store, cat);
  for (let guard = 0; guard < 10 && !store.getState().career?.done; guard++) {
    post();
    playNextMission(store, cat);
    playThrough(store, cat, variant);
    const fact = resultsView(store.getState(), cat)?.fact;
    if (fact) {
      shown.push(fact);
      store.getState().seeFact(fact);
    }
    store.getState().finishMission();
  }
  post();
  return shown;
}

describe('what a class session tells the pupils', () => {
  it('starts from the same route for everyone', () => {
    expect(modeBackground(cat)).toBe(Object.keys(cat.backgrounds)[0]);
  });

  it('covers the job’s range however the pupils play: the job, skills, studies, pay, recruiters', () => {
    for (const variant of [0, 1, 2, 3])
      for (const seed of [1, 77]) {
        const shown = factsShown(variant, seed);
        const missing = Object.entries(RANGE)
          .filter(([, ids]) => !ids.some((f) => shown.includes(f)))
          .map(([part]) => part);
        expect(missing, `variant ${variant}, seed ${seed}: shown ${shown.join(' ')}`).toEqual([]);
      }
  });
});
