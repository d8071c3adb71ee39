import { readLevelFiles } from '../../scripts/readLevels.ts';
import { loadLevels } from '../../src/content/validate.ts';
import type { Catalogue, Mission } from '../../src/sim/types.ts';

const text = (s: string) => ({ fr: s, en: s });

/** A tiny catalogue whose numbers are easy to work out by hand. */
export function handCatalogue(): Catalogue {
  const mission: Mission = {
    id: 'm',
    recruiter: 'r',
    title: text('M'),
    client: text('C'),
    audience: text('A'),
    objective: text('O'),
    brief: text('B'),
    budget: 1000,
    weeks: 2,
    learners: 10,
    formats: ['f1', 'f2'],
    maxTools: 2,
    maxTeam: 1,
    needs: [
      { tag: 'a', indicator: 'learning', weight: 20, missing: -10, why: text('a') },
      { tag: 'b', indicator: 'client', weight: 16, missing: 0, why: text('b') },
      { tag: 'heavy', indicator: 'completion', weight: -8, missing: 0, why: text('heavy') },
    ],
    facts: ['F01', 'F02'],
    illustrative: true,
  };
  return {
    formats: {
      f1: { id: 'f1', name: text('F1'), description: text(''), tags: { a: 1 }, effort: 2, facts: [] },
      f2: { id: 'f2', name: text('F2'), description: text(''), tags: { b: 2 }, effort: 6, facts: [] },
    },
    tools: {
      t1: {
        id: 't1',
        name: text('T1'),
        description: text(''),
        category: 'x',
        cost: 300,
        tags: { a: 1 },
        illustrative: true,
        facts: [],
      },
      t2: {
        id: 't2',
        name: text('T2'),
        description: text(''),
        category: 'x',
        cost: 200,
        tags: { heavy: 1, b: 1 },
        illustrative: true,
        facts: [],
      },
      t3: {
        id: 't3',
        name: text('T3'),
        description: text(''),
        category: 'x',
        cost: 900,
        tags: {},
        illustrative: true,
        facts: [],
      },
    },
    roles: {
      r1: {
        id: 'r1',
        name: text('R1'),
        description: text(''),
        weeklyRate: 100,
        capacity: 1,
        tags: { b: 1 },
        illustrative: true,
        facts: [],
      },
    },
    recruiters: { r: { id: 'r', kind: 'university', name: text('R'), description: text(''), facts: [] } },
    missions: { m: mission },
    facts: {},
    career: ['m'],
    rules: {
      baseline: { learning: 50, satisfaction: 50, completion: 50, client: 50 },
      firstUnitShare: 0.5,
      weights: { learning: 1, satisfaction: 1, completion: 1, client: 1 },
      starThresholds: [55, 60, 70],
      playerCapacity: 1,
      latePenaltyPerWeek: 10,
      satisfactionNoise: 0,
    },
  };
}

/** The game's real catalogue, read from levels/. */
export function realCatalogue(): Catalogue {
  const { catalogue, problems } = loadLevels(readLevelFiles('levels'));
  if (!catalogue) throw new Error(problems.map((p) => `${p.file} ${p.path} ${p.message}`).join('\n'));
  return catalogue;
}
