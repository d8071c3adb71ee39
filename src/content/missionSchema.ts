import { z } from 'zod';
import {
  activity,
  effects,
  evaluationMethod,
  facts,
  id,
  indicator,
  level,
  mix,
  money,
  schemaRef,
  skill,
  text,
} from './primitives.ts';
import { CARD_NEEDS, CARD_ROLES, INTERVIEWEES } from './vocabulary.ts';

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

/** A question the player may ask the client, a future learner or their manager in the analysis phase. */
export const question = z
  .object({
    id,
    /** Who is asked: the client, a future learner, or a learner's manager (or teacher). */
    who: z
      .enum(INTERVIEWEES)
      .default('client')
      .describe('Who is asked: the client, a future learner, or a learner’s manager or teacher.'),
    text,
    answer: text,
    /** The hidden constraint it brings to light, if any. */
    reveals: id.nullable().default(null),
    /** Listening level needed to hear it; below, the answer stays vague. */
    listening: level.default(0),
    /** What the vague answer says. */
    vague: text,
    /** The learning type the real answer points to (shown as a lead once heard). */
    hint: activity
      .optional()
      .describe('The learning type the real answer points to, shown to the player as a lead once heard.'),
  })
  .strict();

/** A learning objective the player may pick; observable ones say what a learner will be seen doing. */
export const objective = z
  .object({
    id,
    text,
    observable: z
      .boolean()
      .describe(
        'True when it says what a learner will be seen doing (apply, write…); false when vague (raise awareness…).',
      ),
  })
  .strict();

/** An activity card of the storyboard's deck: one learning type, a duration, the objectives it serves. */
export const card = z
  .object({
    id,
    name: text,
    type: activity.describe(
      'The learning type (Laurillard, ABC Learning Design): acquire, investigate, practise, produce, discuss, collaborate.',
    ),
    hours: z.number().int().min(1).max(12).describe('Learner hours the activity takes.'),
    /** intro announces the objectives and the path; assess evaluates; learn is everything else. */
    role: z
      .enum(CARD_ROLES)
      .default('learn')
      .describe('intro: announces the objectives (one per deck); assess: evaluates; learn: everything else.'),
    /** The objectives it serves (learn) or assesses (assess). */
    objectives: z.array(id).default([]).describe('The objectives it serves (learn) or assesses (assess).'),
    /** What the format, a tool or a role must bring for it to take place (a forum, a live session…). */
    requires: z
      .enum(CARD_NEEDS)
      .optional()
      .describe(
        'What the format, a tool, a role or the client’s platform must bring for the card to take place.',
      ),
  })
  .strict();

/** A weak spot a pilot with a few learners can reveal, and the card that fixes it. */
export const pilotFinding = z
  .object({
    id,
    type: activity.describe(
      'The learning type the design gives too few hours to for this weak spot to show.',
    ),
    text: text.describe('What the pilot learners say or what was seen.'),
    fix: id.describe('A learn card of that type that fixes it, added if the player revises.'),
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
  .object({
    id,
    title: text,
    text,
    options: z.array(eventOption).min(2).max(3),
    facts,
    /**
     * Who brings the news in production: the mission's client, the team (the first named colleague hired),
     * or the colleague of a role when that role is hired (else the client). Live steps leave it out.
     */
    from: z.string().min(1).optional(),
  })
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
    /** What the room says after a choice that adds to the score (good) or not (bad): flavour too. */
    reactions: z
      .object({ good: z.array(feedLine).min(2).max(8), bad: z.array(feedLine).min(2).max(8) })
      .strict()
      .describe(
        'Lines the stream shows right after a live decision: good after one that adds to the score, bad after one that does not.',
      ),
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
    /** The learner hours the client plans for; the storyboard's cards should add up to about this. */
    hours: z
      .number()
      .int()
      .min(6)
      .max(60)
      .describe(
        'The learner hours the client plans for; the storyboard’s cards should add up to about this.',
      ),
    formats: z.array(id).min(1),
    maxTools: z.number().int().positive(),
    maxTeam: z.number().int().nonnegative(),
    maxQuestions: z.number().int().nonnegative(),
    questions: z.array(question).default([]),
    constraints: z.array(z.object({ id, name: text }).strict()).default([]),
    needs: z.array(need).min(1),
    /** The spread of hours by learning type this audience and objective call for (shares summing to 1). */
    mix: mix.describe('The share of learner hours each learning type should get (summing to 1).'),
    /** The objectives the player picks from (rules.objectivePicks of them). */
    objectives: z
      .array(objective)
      .min(3)
      .max(5)
      .describe('The learning objectives the player picks from (rules.objectivePicks of them).'),
    /** The activity cards the storyboard is built from (an express mission plays them as listed). */
    deck: z
      .array(card)
      .min(3)
      .max(10)
      .describe('The activity cards the storyboard is built from; an express mission plays them as listed.'),
    /** Whether the client already runs a learning platform (buying one is then waste). */
    platform: z
      .boolean()
      .describe('Whether the client already runs a learning platform (buying one is then waste).'),
    /** The evaluation methods that tell this client what they need to know. */
    evaluation: z
      .array(evaluationMethod)
      .min(1)
      .max(2)
      .describe('The evaluation methods (Kirkpatrick levels) that tell this client what they need to know.'),
    /** What a pilot can reveal (none for express missions). */
    pilot: z
      .array(pilotFinding)
      .max(3)
      .default([])
      .describe('Weak spots a pilot with a few learners can reveal (none for express missions).'),
    /** Production events this mission can draw from, and how many are drawn. */
    events: z.array(id).default([]),
    eventCount: z.number().int().min(0).max(3),
    /** True for the short kiosk missions: three big decisions only. */
    express: z.boolean().default(false),
    facts,
    illustrative: z.boolean(),
  })
  .strict();
