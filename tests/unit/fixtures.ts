import { readLevelFiles } from '../../scripts/readLevels.ts';
import type {
  Catalogue,
  Effects,
  Evaluation,
  EvaluationMethod,
  GameEvent,
  Indicator,
  Mission,
} from '../../src/content/types.ts';
import { loadLevels } from '../../src/content/validate.ts';
import { noSkills } from '../../src/sim/skills.ts';

const text = (s: string) => ({ fr: s, en: s });
const fx = (e: Partial<Effects>): Effects => ({ indicators: {}, cost: 0, weeks: 0, xp: {}, ...e });

function event(
  id: string,
  options: [string, Partial<Effects>, GameEvent['options'][number]['needs']?][],
): GameEvent {
  return {
    id,
    title: text(id),
    text: text(id),
    options: options.map(([oid, e, needs]) => ({
      id: oid,
      text: text(oid),
      outcome: text(oid),
      effects: fx(e),
      needs: needs ?? null,
    })),
    facts: [],
  };
}

function evaluation(id: EvaluationMethod, level: number, cost: number, measures: Indicator): Evaluation {
  return { id, level, name: text(id), description: text(id), cost, measures };
}

/** A tiny catalogue whose numbers are easy to work out by hand. */
export function handCatalogue(): Catalogue {
  const mission: Mission = {
    id: 'm',
    recruiter: 'r',
    rank: 'intern',
    title: text('M'),
    client: text('C'),
    audience: text('A'),
    objective: text('O'),
    brief: text('B'),
    budget: 1000,
    weeks: 2,
    learners: 10,
    hours: 10,
    formats: ['f1', 'f2'],
    maxTools: 2,
    maxTeam: 1,
    maxQuestions: 1,
    questions: [
      {
        id: 'q-hidden',
        who: 'client',
        text: text('q'),
        answer: text('a'),
        reveals: 'c1',
        listening: 1,
        vague: text('v'),
      },
      {
        id: 'q-easy',
        who: 'client',
        text: text('q'),
        answer: text('a'),
        reveals: 'c1',
        listening: 0,
        vague: text('v'),
      },
      {
        id: 'q-none',
        who: 'learner',
        text: text('q'),
        answer: text('a'),
        reveals: null,
        listening: 0,
        vague: text('v'),
        hint: 'practise',
      },
    ],
    constraints: [{ id: 'c1', name: text('c1') }],
    needs: [
      { tag: 'a', indicator: 'learning', weight: 20, missing: -10, why: text('a') },
      { tag: 'b', indicator: 'client', weight: 16, missing: 0, why: text('b') },
      { tag: 'heavy', indicator: 'completion', weight: -8, missing: 0, constraint: 'c1', why: text('heavy') },
    ],
    mix: { acquire: 0.5, investigate: 0, practise: 0.5, produce: 0, discuss: 0, collaborate: 0 },
    objectives: [
      { id: 'o1', text: text('apply'), observable: true },
      { id: 'o3', text: text('be aware'), observable: false },
      { id: 'o2', text: text('explain'), observable: true },
    ],
    // A good storyboard: intro, read, drill, check — 5 h to take in, 6 h of practice (the mix is half and half).
    deck: [
      { id: 'intro', name: text('Intro'), type: 'acquire', hours: 1, role: 'intro', objectives: [] },
      { id: 'read', name: text('Read'), type: 'acquire', hours: 4, role: 'learn', objectives: ['o1'] },
      { id: 'drill', name: text('Drill'), type: 'practise', hours: 5, role: 'learn', objectives: ['o1'] },
      {
        id: 'forum',
        name: text('Forum'),
        type: 'discuss',
        hours: 2,
        role: 'learn',
        objectives: ['o2'],
        requires: 'community',
      },
      {
        id: 'check',
        name: text('Check'),
        type: 'practise',
        hours: 1,
        role: 'assess',
        objectives: ['o1', 'o2'],
      },
      { id: 'recall', name: text('Recall'), type: 'acquire', hours: 1, role: 'assess', objectives: ['o3'] },
    ],
    platform: false,
    evaluation: ['quiz'],
    pilot: [{ id: 'p-practice', type: 'practise', text: text('more practice'), fix: 'drill' }],
    events: ['e1', 'e2', 'e3'],
    eventCount: 2,
    express: false,
    facts: ['F01', 'F02'],
    illustrative: true,
  };
  const tool = (
    id: string,
    cost: number,
    tags: Record<string, number>,
    more: Partial<Catalogue['tools'][string]> = {},
  ) => ({
    id,
    name: text(id.toUpperCase()),
    description: text(''),
    category: 'x',
    cost,
    tags,
    requires: [],
    skill: null,
    illustrative: true,
    facts: [],
    ...more,
  });
  return {
    formats: {
      f1: {
        id: 'f1',
        name: text('F1'),
        description: text(''),
        tags: { a: 1 },
        effort: 2,
        effortPerHour: 0,
        maxHours: 40,
        costPerHour: 0,
        facts: [],
      },
      f2: {
        id: 'f2',
        name: text('F2'),
        description: text(''),
        tags: { b: 2 },
        effort: 6,
        effortPerHour: 0,
        maxHours: 12,
        costPerHour: 0,
        facts: [],
      },
    },
    tools: {
      t1: tool('t1', 300, { a: 1 }),
      t2: tool('t2', 200, { heavy: 1, b: 1 }),
      t3: tool('t3', 900, {}),
      needsB: tool('needsB', 100, { a: 1 }, { requires: ['b'] }),
      web: tool('web', 100, { a: 2 }, { skill: { id: 'web', level: 2 } }),
      lms: tool('lms', 100, { lms: 1, community: 1 }),
    },
    roles: {
      r1: {
        id: 'r1',
        name: text('R1'),
        description: text(''),
        weeklyRate: 100,
        capacity: 1,
        tags: { b: 1 },
        covers: ['web'],
        illustrative: true,
        facts: [],
      },
    },
    recruiters: {
      r: {
        id: 'r',
        kind: 'university',
        name: text('R'),
        description: text(''),
        contracts: ['cdd'],
        facts: [],
      },
    },
    missions: {
      m: mission,
      m2: { ...mission, id: 'm2', rank: 'junior', facts: ['F03'] },
      m3: { ...mission, id: 'm3', rank: 'intern', facts: ['F04'] },
    },
    events: {
      e1: event('e1', [
        ['slow', { weeks: 1 }],
        ['pay', { cost: 600, indicators: { client: 2 } }],
      ]),
      e2: event('e2', [
        ['good', { indicators: { learning: 4 }, xp: { funding: 2 } }],
        ['skilled', { indicators: { learning: 8 } }, { skill: 'web', level: 2 }],
      ]),
      e3: event('e3', [
        ['x', {}],
        ['y', { indicators: { satisfaction: -3 } }],
      ]),
    },
    live: {
      f1: {
        id: 'f1',
        format: 'f1',
        title: text('live'),
        feedTitle: text('chat'),
        feed: [{ who: 'Ana', text: text('hello') }],
        reactions: {
          good: [
            { who: 'Ana', text: text('yes') },
            { who: 'Bo', text: text('great') },
            { who: 'Cy', text: text('thanks') },
          ],
          bad: [
            { who: 'Ana', text: text('no') },
            { who: 'Bo', text: text('bye') },
          ],
        },
        steps: [
          event('l1', [
            ['ok', { indicators: { completion: 5 } }],
            ['ko', {}],
          ]),
        ],
      },
      f2: {
        id: 'f2',
        format: 'f2',
        title: text('live'),
        feedTitle: text('chat'),
        feed: [{ who: 'Ana', text: text('hello') }],
        reactions: {
          good: [
            { who: 'Ana', text: text('yes') },
            { who: 'Bo', text: text('great') },
            { who: 'Cy', text: text('thanks') },
          ],
          bad: [
            { who: 'Ana', text: text('no') },
            { who: 'Bo', text: text('bye') },
          ],
        },
        steps: [
          event('l2', [
            ['ok', {}],
            ['ko', {}],
          ]),
        ],
      },
    },
    backgrounds: {
      b: { id: 'b', name: text('B'), description: text(''), skills: noSkills(), facts: ['F02'] },
    },
    ranks: [
      { id: 'intern', name: text('Intern'), reputation: 0, salary: null, illustrative: false, facts: [] },
      { id: 'junior', name: text('Junior'), reputation: 20, salary: 2000, illustrative: false, facts: [] },
    ],
    contracts: {
      cdd: { id: 'cdd', name: text('CDD'), short: text('CDD'), description: text(''), facts: [] },
    },
    facts: {},
    quiz: [],
    routes: [],
    evaluations: {
      survey: evaluation('survey', 1, 0, 'satisfaction'),
      quiz: evaluation('quiz', 2, 100, 'learning'),
      observation: evaluation('observation', 3, 300, 'learning'),
      results: evaluation('results', 4, 200, 'client'),
    },
    glossary: {},
    cast: {},
    playlists: { career: ['m', 'm2', 'm3'], classroom: ['m', 'm3'], kiosk: ['m'] },
    rules: {
      baseline: { learning: 50, satisfaction: 50, completion: 50, client: 50 },
      firstUnitShare: 0.5,
      weights: { learning: 1, satisfaction: 1, completion: 1, client: 1 },
      starThresholds: [55, 60, 70],
      playerCapacity: 1,
      capacityPerProjectLevel: 0.5,
      latePenaltyPerWeek: 10,
      overrunPenaltyPerTenth: 5,
      satisfactionNoise: 0,
      revealBonus: 3,
      needScale: 1,
      // The design's points are off here, so the other rules' sums stay easy to follow; DESIGN_RULES turns them on.
      objectivePicks: 2,
      objectiveWeight: 0,
      mixWeight: 0,
      mixFloor: 0,
      storyboardWeight: 0,
      alignmentWeight: 0,
      lengthPenaltyPerTenth: 0,
      passiveRun: 2,
      varietyTypes: 2,
      evaluationPicks: 2,
      evaluationFit: 0,
      wastePenalty: 0,
      pilotGap: 0.1,
      revisionCostPerHour: 50,
      pedagogyBonusPerLevel: 0.1,
      skillLevels: [2, 5],
      reputationPerStar: 10,
      careerLength: 3,
      offers: 2,
      quizLength: 5,
    },
  };
}

/** The design's points, for the tests of the learning design. */
export const DESIGN_RULES = {
  objectiveWeight: 4,
  mixWeight: 10,
  storyboardWeight: 6,
  alignmentWeight: 6,
  lengthPenaltyPerTenth: 2,
  evaluationFit: 3,
  wastePenalty: 5,
};

/** The game's real catalogue, read from levels/. */
export function realCatalogue(): Catalogue {
  const { catalogue, problems } = loadLevels(readLevelFiles('levels'));
  if (!catalogue) throw new Error(problems.map((p) => `${p.file} ${p.path} ${p.message}`).join('\n'));
  return catalogue;
}
