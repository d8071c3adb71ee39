import { z } from 'zod';
import { ROUTE_KINDS } from '../sim/types.ts';
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

export { text };

export const format = z
  .object({ id, name: text, description: text, tags, effort: z.number().positive(), facts })
  .strict();

export const tool = z
  .object({
    id,
    name: text,
    description: text,
    category: id,
    cost: money,
    tags,
    requires: z.array(id).default([]),
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
    capacity: z.number().nonnegative(),
    tags,
    covers: z.array(skill).default([]),
    illustrative: z.boolean(),
    facts,
  })
  .strict();

export const recruiter = z
  .object({ id, kind: id, name: text, description: text, contracts: z.array(id).min(1), facts })
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
    reputation: z.number().int().nonnegative(),
    salary: money.nullable(),
    illustrative: z.boolean(),
    facts,
  })
  .strict();

export const contract = z.object({ id, name: text, short: text, description: text, facts }).strict();

export const quizQuestion = z
  .object({
    id,
    question: text,
    options: z.array(text).min(2).max(4),
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
    baseline: indicatorNumbers,
    firstUnitShare: z.number().gt(0).lt(1),
    weights: indicatorNumbers,
    starThresholds: z.tuple([z.number(), z.number(), z.number()]),
    playerCapacity: z.number().positive(),
    capacityPerProjectLevel: z.number().nonnegative(),
    latePenaltyPerWeek: z.number().nonnegative(),
    overrunPenaltyPerTenth: z.number().nonnegative(),
    satisfactionNoise: z.number().nonnegative(),
    revealBonus: z.number().nonnegative(),
    mixWeight: z.number().nonnegative(),
    storyboardWeight: z.number().nonnegative(),
    pedagogyBonusPerLevel: z.number().nonnegative(),
    skillLevels: z.array(z.number().int().positive()).min(1),
    reputationPerStar: z.number().nonnegative(),
    careerLength: z.number().int().positive(),
    offers: z.number().int().positive(),
    quizLength: z.number().int().positive(),
  })
  .strict();

export const playlists = z
  .object({
    ...schemaRef,
    career: z.array(id).min(1),
    classroom: z.array(id).min(1),
    kiosk: z.array(id).min(1),
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
