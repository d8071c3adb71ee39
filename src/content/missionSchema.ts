import { z } from 'zod';
import { effects, facts, id, indicator, level, mix, money, schemaRef, skill, text } from './primitives.ts';

/** One thing the mission's audience or client cares about, and what meeting it is worth. */
export const need = z
  .object({
    tag: id,
    indicator,
    /** Points at full coverage; negative for something the mission suffers from. */
    weight: z.number(),
    /** Points lost when nothing chosen brings the tag at all (0 or negative). */
    missing: z.number().max(0, 'must be 0 or negative').default(0),
    /** The hidden constraint this need comes from; it counts whether or not the player found it. */
    constraint: id.optional(),
    why: text,
  })
  .strict();

/** A question the player may ask the stakeholders in the analysis phase. */
export const question = z
  .object({
    id,
    text,
    answer: text,
    /** The hidden constraint it brings to light, if any. */
    reveals: id.nullable().default(null),
    /** Listening level needed to hear it; below, the answer stays vague. */
    listening: level.default(0),
    /** What the vague answer says. */
    vague: text,
  })
  .strict();

export const eventOption = z
  .object({
    id,
    text,
    /** What follows, shown after the choice. */
    outcome: text,
    effects,
    /** Offered only with this skill level, or with a team member covering it. */
    needs: z.object({ skill, level }).strict().nullable().default(null),
  })
  .strict();

export const event = z
  .object({ id, title: text, text, options: z.array(eventOption).min(2).max(3), facts })
  .strict();

/** A line of the live moment's stream: a chat message, a forum post, a playtester's remark, a log line. */
const feedLine = z
  .object({
    /** A first name: the avatar is drawn from it. */
    who: z.string().min(1).max(24),
    text,
  })
  .strict();

/** The live moment of a format: a short series of decisions (the webinar's chat, the MOOC's forum…). */
export const liveMoment = z
  .object({
    format: id,
    title: text,
    /** What the stream is called on screen (the chat, the forum…). */
    feedTitle: text,
    /** The live stream shown while the moment runs (flavour: the rules never read it). */
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
    /** Lowest rank at which this mission is offered. */
    rank: id,
    title: text,
    client: text,
    audience: text,
    objective: text,
    brief: text,
    budget: money,
    weeks: z.number().int().positive(),
    learners: z.number().int().positive(),
    /** Hours of learning to spread over the six activities. */
    hours: z.number().int().min(6).max(60),
    formats: z.array(id).min(1),
    maxTools: z.number().int().positive(),
    maxTeam: z.number().int().nonnegative(),
    maxQuestions: z.number().int().nonnegative(),
    questions: z.array(question).default([]),
    constraints: z.array(z.object({ id, name: text }).strict()).default([]),
    needs: z.array(need).min(1),
    /** The spread of hours this audience and objective call for (shares summing to 1). */
    mix,
    /** The storyboard's steps; the right order is by increasing stage. */
    sequences: z
      .array(z.object({ id, name: text, stage: z.number().int().positive() }).strict())
      .min(2)
      .max(6),
    /** Production events this mission can draw from, and how many are drawn. */
    events: z.array(id).default([]),
    eventCount: z.number().int().min(0).max(3),
    /** True for the short kiosk missions: three big decisions only. */
    express: z.boolean().default(false),
    facts,
    illustrative: z.boolean(),
  })
  .strict();
