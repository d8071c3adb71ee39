import { z } from 'zod';
import { effects, facts, id, indicator, level, mix, money, schemaRef, skill, text } from './primitives.ts';

export const need = z
  .object({
    tag: id,
    indicator,
    weight: z.number(),
    missing: z.number().max(0, 'must be 0 or negative').default(0),
    constraint: id.optional(),
    why: text,
  })
  .strict();

export const question = z
  .object({
    id,
    text,
    answer: text,
    reveals: id.nullable().default(null),
    listening: level.default(0),
    vague: text,
  })
  .strict();

export const eventOption = z
  .object({
    id,
    text,
    outcome: text,
    effects,
    needs: z.object({ skill, level }).strict().nullable().default(null),
  })
  .strict();

export const event = z
  .object({ id, title: text, text, options: z.array(eventOption).min(2).max(3), facts })
  .strict();

/** A line of the live moment's stream: a chat message, a forum post, a playtester's remark, a log line. */
const feedLine = z.object({ who: z.string().min(1).max(24), text }).strict();

export const liveMoment = z
  .object({
    format: id,
    title: text,
    /** What the stream is called on screen (the chat, the forum…). */
    feedTitle: text,
    feed: z.array(feedLine).min(4).max(12),
    steps: z.array(event).min(1).max(4),
  })
  .strict()
  .transform((m) => ({ ...m, id: m.format }));

export const mission = z
  .object({
    ...schemaRef,
    id,
    recruiter: id,
    rank: id,
    title: text,
    client: text,
    audience: text,
    objective: text,
    brief: text,
    budget: money,
    weeks: z.number().int().positive(),
    learners: z.number().int().positive(),
    hours: z.number().int().min(6).max(60),
    formats: z.array(id).min(1),
    maxTools: z.number().int().positive(),
    maxTeam: z.number().int().nonnegative(),
    maxQuestions: z.number().int().nonnegative(),
    questions: z.array(question).default([]),
    constraints: z.array(z.object({ id, name: text }).strict()).default([]),
    needs: z.array(need).min(1),
    mix,
    sequences: z
      .array(z.object({ id, name: text, stage: z.number().int().positive() }).strict())
      .min(2)
      .max(6),
    events: z.array(id).default([]),
    eventCount: z.number().int().min(0).max(3),
    express: z.boolean().default(false),
    facts,
    illustrative: z.boolean(),
  })
  .strict();
