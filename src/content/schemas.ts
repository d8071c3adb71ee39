import { z } from 'zod';
import { INDICATORS } from '../sim/types.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const text = z.object({ fr: nonEmpty, en: nonEmpty }).strict();
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, dashes)');
const factId = z.string().regex(/^F\d\d$/, 'must be a fact id such as F07');
const facts = z.array(factId).default([]);
const tags = z.record(id, z.number().positive());
const money = z.number().int().nonnegative();
const schemaRef = { $schema: z.string().optional() };

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
    illustrative: z.boolean(),
    facts,
  })
  .strict();

export const recruiter = z.object({ id, kind: id, name: text, description: text, facts }).strict();

export const fact = z
  .object({
    id: factId,
    title: text,
    text,
    /** Shown where the figure belongs to the time of the survey rather than today. */
    dated: z.boolean().default(false),
  })
  .strict();

export const need = z
  .object({
    tag: id,
    indicator: z.enum(INDICATORS),
    weight: z.number(),
    missing: z.number().max(0, 'must be 0 or negative').default(0),
    why: text,
  })
  .strict();

export const mission = z
  .object({
    ...schemaRef,
    id,
    recruiter: id,
    title: text,
    client: text,
    audience: text,
    objective: text,
    brief: text,
    budget: money,
    weeks: z.number().int().positive(),
    learners: z.number().int().positive(),
    formats: z.array(id).min(1),
    maxTools: z.number().int().positive(),
    maxTeam: z.number().int().nonnegative(),
    needs: z.array(need).min(1),
    facts,
    illustrative: z.boolean(),
  })
  .strict();

const indicatorNumbers = z.object(Object.fromEntries(INDICATORS.map((k) => [k, z.number()]))).strict();

export const rules = z
  .object({
    ...schemaRef,
    baseline: indicatorNumbers,
    firstUnitShare: z.number().gt(0).lt(1),
    weights: indicatorNumbers,
    starThresholds: z.tuple([z.number(), z.number(), z.number()]),
    playerCapacity: z.number().positive(),
    latePenaltyPerWeek: z.number().nonnegative(),
    satisfactionNoise: z.number().nonnegative(),
  })
  .strict();

export const playlists = z.object({ ...schemaRef, career: z.array(id).min(1) }).strict();

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
};
export type FileKind = keyof typeof fileSchemas;

/** Which kind a file is, from its path relative to levels/. */
export function kindOf(relPath: string): FileKind | undefined {
  const p = relPath.replaceAll('\\', '/');
  if (/^missions\/[^/]+\.json$/.test(p)) return 'mission';
  if (p === 'rules.json') return 'rules';
  if (p === 'playlists.json') return 'playlists';
  const m = /^catalogue\/(formats|tools|roles|recruiters|facts)\.json$/.exec(p);
  return m ? (m[1] as FileKind) : undefined;
}
