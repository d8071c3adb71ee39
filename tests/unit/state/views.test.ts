import { describe, expect, it } from 'vitest';
import { startCareer } from '../../../src/sim/career.ts';
import { applyChoice } from '../../../src/sim/choose.ts';
import type { Choice } from '../../../src/sim/run.ts';
import { careerSummary } from '../../../src/sim/summary.ts';
import { memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { createGameStore } from '../../../src/state/store.ts';
import { canAdd, titleSummary } from '../../../src/state/views.ts';
import { handCatalogue } from '../fixtures.ts';

const cat = handCatalogue();

describe('what the screens ask the state instead of working out', () => {
  it('shows a tool or team member as unavailable exactly when the rules would refuse it', () => {
    const store = createGameStore({
      catalogue: cat,
      storage: new SafeStorage(memoryStorage()),
      newSeed: () => 7,
    });
    store.getState().newCareer();
    store.getState().chooseBackground('b');
    store.getState().acceptOffer('m');
    const toDevelop: Choice[] = [
      { t: 'objective', id: 'o1', on: true },
      { t: 'objective', id: 'o2', on: true },
      { t: 'next' },
      { t: 'format', id: 'f1' },
      { t: 'evaluation', id: 'quiz', on: true },
      { t: 'order', ids: ['intro', 'read', 'drill', 'check'] },
      { t: 'next' },
    ];
    for (const c of toDevelop) expect(store.getState().choose(c)).toBe(true);
    const seen = new Set<boolean>();
    // An empty plan, one tool (the dearest no longer fits the budget), then as many tools as allowed.
    for (const added of [[], ['t1'], ['t2']]) {
      for (const id of added) store.getState().choose({ t: 'tool', id, on: true });
      const s = store.getState();
      const run = s.run;
      if (!run) throw new Error('no run in the develop phase');
      for (const [kind, ids] of [
        ['tool', Object.keys(cat.tools)],
        ['role', Object.keys(cat.roles)],
      ] as const) {
        for (const id of ids.filter((x) => !run.tools.includes(x) && !run.team.includes(x))) {
          const accepted = applyChoice(run, { t: kind, id, on: true }, cat).ok;
          expect(canAdd(s, cat, kind, id), `${kind} ${id} after ${run.tools.join('+')}`).toBe(accepted);
          seen.add(accepted);
        }
      }
    }
    expect([...seen].sort()).toEqual([false, true]);
  });

  it('gives the title the finished career’s stars, maximum and rank from the career summary', () => {
    const career = {
      ...startCareer('b', 3, 'career', cat),
      reputation: 50,
      history: [
        { missionId: 'm', stars: 3, score: 70, contract: 'cdd', rank: 'intern' },
        { missionId: 'm3', stars: 1, score: 45, contract: null, rank: 'junior' },
      ],
    };
    expect(titleSummary({ career }, cat)).toBeNull();
    const done = { ...career, done: true };
    const summary = careerSummary(done, cat);
    expect(titleSummary({ career: done }, cat)).toEqual({
      missions: 2,
      stars: 4,
      maxStars: 6,
      rank: summary.rank,
    });
    expect(summary.rank.id).toBe('junior');
  });
});
