import { z } from 'zod';
import { castMember } from './castSchema.ts';
import { evaluation, term } from './learningSchemas.ts';
import { event, liveMoment, mission } from './missionSchema.ts';
import {
  effects,
  factId,
  facts,
  id,
  indicator,
  level,
  money,
  schemaRef,
  skill,
  skillLevels,
  tags,
  text,
} from './primitives.ts';
import { MAX_STARS, PLAYLISTS, ROUTE_KINDS } from './vocabulary.ts';

export { text };

export const format = z
  .object({
    id,
    name: text,
    description: text,
    tags,
    /** Production work the format asks for whatever its length, in person-weeks. */
    effort: z.number().positive(),
    /** Production work for each learner hour of the storyboard, in person-weeks. */
    effortPerHour: z
      .number()
      .nonnegative()
      .describe('Production work for each learner hour of the storyboard, in person-weeks.'),
    /** The most learner hours the format can hold (a webinar is not a 40-hour course). */
    maxHours: z.number().int().positive().describe('The most learner hours the format can hold.'),
    /** What producing each learner hour of the storyboard costs (media, screens, rehearsals), in euros. */
    costPerHour: money.describe('What producing each learner hour of the storyboard costs, in euros.'),
    facts,
  })
  .strict();

export const tool = z
  .object({
    id,
    name: text,
    description: text,
    category: id,
    cost: money,
    tags,
    /** Tags some other choice must bring for this tool to be of any use (a SCORM export needs an LMS). */
    requires: z.array(id).default([]),
    /** The skill it takes, and the level below which its strengths are halved unless a team member covers it. */
    skill: z.object({ id: skill, level }).strict().nullable().default(null),
    illustrative: z.boolean(),
    facts,
  })
  .strict();

export const role = z
  .object({
    id,
    name: text,
    description: text,
    weeklyRate: money,
    /** Person-weeks of production this member adds each week. */
    capacity: z.number().nonnegative(),
    tags,
    /** Skills this member brings, so tools that need them work at full strength. */
    covers: z.array(skill).default([]),
    illustrative: z.boolean(),
    facts,
  })
  .strict();

export const recruiter = z
  .object({
    id,
    kind: id,
    name: text,
    description: text,
    /** The contract types this kind of employer offers. */
    contracts: z.array(id).min(1),
    facts,
  })
  .strict();

export const fact = z
  .object({
    id: factId,
    title: text,
    text,
    /** Shown where the figure belongs to the time of the survey rather than today. */
    dated: z.boolean().default(false),
  })
  .strict();

export const background = z
  .object({ id, name: text, description: text, skills: skillLevels, facts })
  .strict();

export const rank = z
  .object({
    id,
    name: text,
    /** Reputation needed to reach it. */
    reputation: z.number().int().nonnegative(),
    /** Net monthly pay in euros; null where the source gives none and the game shows none. */
    salary: money.nullable(),
    illustrative: z.boolean(),
    /** The contract every offer at this rank comes with (an intern's internship agreement), whoever recruits. */
    contract: id
      .optional()
      .describe(
        'The contract every offer at this rank comes with, whoever recruits (an intern’s internship agreement).',
      ),
    facts,
  })
  .strict();

export const contract = z
  .object({
    id,
    name: text,
    /** A word or two, where space is short (the end-of-career timeline). */
    short: text,
    description: text,
    facts,
  })
  .strict();

export const quizQuestion = z
  .object({
    id,
    question: text,
    options: z.array(text).min(2).max(4),
    /** Index of the right option. */
    answer: z.number().int().nonnegative(),
    fact: factId,
  })
  .strict()
  .refine((q) => q.answer < q.options.length, {
    message: 'answer must be the index of one of the options',
    path: ['answer'],
  });

/** A real route into the job (end of a career): it must teach at least one fact. */
export const route = z
  .object({
    id,
    kind: z.enum(ROUTE_KINDS),
    title: text,
    text,
    facts: z.array(factId).min(1, 'a route must cite at least one fact'),
  })
  .strict();

const indicatorNumbers = z
  .object({ learning: z.number(), satisfaction: z.number(), completion: z.number(), client: z.number() })
  .strict();

export const rules = z
  .object({
    ...schemaRef,
    /** Every indicator starts here before choices add or remove points. */
    baseline: indicatorNumbers,
    /** What every need's points are multiplied by: how much the formats, tools and team weigh against the design. */
    needScale: z.number().positive(),
    /** How much of a need one unit of strength covers; more units give diminishing returns. */
    firstUnitShare: z.number().gt(0).lt(1),
    weights: indicatorNumbers,
    /** Final score needed for 1, 2… MAX_STARS stars. */
    starThresholds: z.array(z.number()).length(MAX_STARS, `must list ${MAX_STARS} scores, one per star`),
    /** Person-weeks the player produces each week on their own. */
    playerCapacity: z.number().positive(),
    /** Extra person-weeks a week for each level of project management. */
    capacityPerProjectLevel: z.number().nonnegative(),
    /** Client points lost for each week of delay. */
    latePenaltyPerWeek: z.number().nonnegative(),
    /** Client points lost for each tenth of the budget spent beyond it. */
    overrunPenaltyPerTenth: z.number().nonnegative(),
    /** Largest random swing of learner satisfaction, in points. */
    satisfactionNoise: z.number().nonnegative(),
    /** Client points for each hidden constraint the player brought to light. */
    revealBonus: z.number().nonnegative(),
    /** Learning points at a perfect spread of hours by learning type (a spread at mixFloor or worse loses as many). */
    mixWeight: z.number().nonnegative(),
    /** The fit of the hours (0–1) at or below which the spread is worth nothing: near misses stay apart. */
    mixFloor: z.number().min(0).lt(1),
    /** Learning points, and as many satisfaction points, when the storyboard keeps every principle (none loses as many). */
    storyboardWeight: z.number().nonnegative(),
    /** How many learning objectives the player picks in the analysis phase. */
    objectivePicks: z.number().int().positive(),
    /** Client points when every objective picked is observable (all vague loses as many: nothing can be checked). */
    objectiveWeight: z.number().nonnegative(),
    /** Learning points, and as many client points, when every objective picked is both taught and assessed (none loses as many). */
    alignmentWeight: z.number().nonnegative(),
    /** Points lost for each tenth of the planned hours the storyboard is off by: learning when short, completion when long. */
    lengthPenaltyPerTenth: z.number().nonnegative(),
    /** The longest run of S'informer cards in a row that is not a passive stretch. */
    passiveRun: z.number().int().positive(),
    /** The fewest learning types a varied storyboard mixes. */
    varietyTypes: z.number().int().positive(),
    /** Client points for each evaluation method that fits the mission (none fitting loses as many). */
    evaluationFit: z.number().nonnegative(),
    /** How many evaluation methods the player may choose. */
    evaluationPicks: z.number().int().positive(),
    /** Client points lost for buying a platform the client already runs. */
    wastePenalty: z.number().nonnegative(),
    /** A learning type this much below its target share is a weak spot the pilot reveals. */
    pilotGap: z.number().gt(0).lt(1),
    /** What adding a card after the pilot costs, per learner hour. */
    revisionCostPerHour: money,
    /** Extra share of mix and storyboard points for each level of pedagogy. */
    pedagogyBonusPerLevel: z.number().nonnegative(),
    /** Experience needed for each skill level after the first (cumulative); levels stop at MAX_SKILL_LEVEL. */
    skillLevels: z.array(z.number().int().positive()).min(1),
    /** Reputation for each star of a mission. */
    reputationPerStar: z.number().nonnegative(),
    /** Missions in a full career. */
    careerLength: z.number().int().positive(),
    /** Job offers shown at a time. */
    offers: z.number().int().positive(),
    /** Questions in the end-of-career quiz. */
    quizLength: z.number().int().positive(),
  })
  .strict();

const missionList = z.array(id).min(1);
export const playlists = z
  .object({
    ...schemaRef,
    ...(Object.fromEntries(PLAYLISTS.map((k) => [k, missionList])) as Record<
      (typeof PLAYLISTS)[number],
      typeof missionList
    >),
  })
  .strict();

const listOf = <K extends string, T extends z.ZodType>(key: K, item: T) =>
  z
    .object({ ...schemaRef, [key]: z.array(item) } as { $schema: z.ZodOptional<z.ZodString> } & Record<
      K,
      z.ZodArray<T>
    >)
    .strict();

/** Every kind of file in levels/, keyed by the kind's name, with the schema that file must match. */
export const fileSchemas = {
  mission,
  rules,
  playlists,
  formats: listOf('formats', format),
  tools: listOf('tools', tool),
  roles: listOf('roles', role),
  recruiters: listOf('recruiters', recruiter),
  facts: listOf('facts', fact),
  events: listOf('events', event),
  live: listOf('live', liveMoment),
  backgrounds: listOf('backgrounds', background),
  ranks: listOf('ranks', rank),
  contracts: listOf('contracts', contract),
  quiz: listOf('quiz', quizQuestion),
  routes: listOf('routes', route),
  evaluations: listOf('evaluations', evaluation),
  glossary: listOf('glossary', term),
  cast: listOf('cast', castMember),
};
export type FileKind = keyof typeof fileSchemas;

const CATALOGUE_FILES = Object.keys(fileSchemas).filter(
  (k) => !['mission', 'rules', 'playlists'].includes(k),
);

/** Which kind a file is, from its path relative to levels/. */
export function kindOf(relPath: string): FileKind | undefined {
  const p = relPath.replaceAll('\\', '/');
  if (/^missions\/[^/]+\.json$/.test(p)) return 'mission';
  if (p === 'rules.json') return 'rules';
  if (p === 'playlists.json') return 'playlists';
  const m = /^catalogue\/([a-z]+)\.json$/.exec(p);
  return m && CATALOGUE_FILES.includes(m[1] as string) ? (m[1] as FileKind) : undefined;
}

export { effects, indicator };
