import { z } from 'zod';
import { evaluationMethod, id, indicator, money, text } from './primitives.ts';

/** The catalogue's words of learning design: how a course is evaluated, and the glossary of the model. */

/** One of Kirkpatrick's four levels, as a method the player may choose to evaluate the course. */
export const evaluation = z
  .object({
    id: evaluationMethod,
    /** Kirkpatrick's level, 1 to 4. */
    level: z.number().int().min(1).max(4),
    name: text,
    description: text,
    cost: money,
    /** The indicator whose reasons this method brings to light in the debrief. */
    measures: indicator.describe('The indicator whose reasons this method brings to light in the debrief.'),
  })
  .strict();

/** A word of the job's models, defined once with its source, for the codex's glossary. */
export const term = z.object({ id, word: text, definition: text, source: text }).strict();
