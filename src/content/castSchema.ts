import { z } from 'zod';
import { id, text } from './primitives.ts';

/** The studio's people: colleagues the player hires again and again, clients who come back with new work. */

/** How a colleague works, which shows in production. */
export const TRAITS = ['careful', 'fast', 'perfectionist', 'cheerful'] as const;
export const trait = z.enum(TRAITS);

/** What a character says on meeting the player again, by how the last mission with them went. */
const memoryLines = z
  .object({
    first: text.describe('The first meeting: they introduce themselves.'),
    good: text.describe('The last mission with them earned 2 or 3 stars: they remember it.'),
    bad: text.describe(
      'The last mission with them earned 0 or 1 star: they remember, and say what they hope for.',
    ),
  })
  .strict();

const common = {
  id,
  name: z.string().min(1).describe('Their name as the game shows it.'),
  trade: text.describe('Their trade or post, short.'),
  traitText: text.describe('What they are like, in one sentence.'),
  lines: memoryLines,
};

export const REACTION_KEYS = [
  'learning+',
  'learning-',
  'satisfaction+',
  'satisfaction-',
  'completion+',
  'completion-',
  'client+',
  'client-',
] as const;

const colleague = z
  .object({
    ...common,
    kind: z.literal('colleague'),
    role: id.describe('The team role (catalogue/roles.json) they fill when the player hires it.'),
    trait,
    work: text.describe('What they do at their desk in production (a verb phrase).'),
    production: text.describe('What they say in production, which shows their trait.'),
  })
  .strict();

const client = z
  .object({
    ...common,
    kind: z.literal('client'),
    recruiters: z.array(id).min(1).describe('The recruiters (catalogue/recruiters.json) they speak for.'),
    reactions: z
      .object(
        Object.fromEntries(REACTION_KEYS.map((k) => [k, text])) as Record<
          (typeof REACTION_KEYS)[number],
          typeof text
        >,
      )
      .strict()
      .describe(
        'What they say at the results when the top item of the debrief moved this indicator up (+) or down (-).',
      ),
  })
  .strict();

export const castMember = z.discriminatedUnion('kind', [colleague, client]);
