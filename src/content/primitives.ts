import { z } from 'zod';
import {
  ACTIVITIES,
  EVALUATION_METHODS,
  INDICATORS,
  LANGUAGE_ID,
  MAX_SKILL_LEVEL,
  SKILLS,
} from './vocabulary.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
/**
 * French is required; any other language may follow, so a new one needs no change here (every text of
 * levels/ must then have it: see textLanguages.ts).
 */
export const text = z
  .object({ fr: nonEmpty })
  .catchall(nonEmpty)
  .refine((t) => Object.keys(t).every((k) => LANGUAGE_ID.test(k)), {
    message: 'every key must be a language id such as fr or en',
  });
/** A content text from levels/: French always, other languages where levels/ has them. */
export type Text = { fr: string; [lang: string]: string | undefined };
/** A language's id: the name of its folder in src/i18n/locales/ ('fr', 'en'…). */
export type Lang = string;
export const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, dashes)');
export const factId = z.string().regex(/^F\d\d$/, 'must be a fact id such as F07');
export const facts = z.array(factId).default([]);
export const tags = z.record(id, z.number().positive());
export const money = z.number().int().nonnegative();
export const schemaRef = { $schema: z.string().optional() };
export const indicator = z.enum(INDICATORS);
export const activity = z.enum(ACTIVITIES);
export const evaluationMethod = z.enum(EVALUATION_METHODS);
export const skill = z.enum(SKILLS);
export const level = z.number().int().min(0).max(MAX_SKILL_LEVEL);
export const skillLevels = z
  .object(Object.fromEntries(SKILLS.map((k) => [k, level])) as Record<(typeof SKILLS)[number], typeof level>)
  .strict();
export const mix = z
  .object(
    Object.fromEntries(ACTIVITIES.map((k) => [k, z.number().min(0).max(1)])) as Record<
      (typeof ACTIVITIES)[number],
      z.ZodNumber
    >,
  )
  .strict()
  .refine(
    (m) => Math.abs(Object.values(m).reduce((a, b) => a + b, 0) - 1) < 0.001,
    'shares must add up to 1',
  );

/** Points added to indicators, plus what a decision costs in money and weeks and teaches. */
export const effects = z
  .object({
    indicators: z.partialRecord(indicator, z.number()).default({}),
    cost: z.number().int().default(0),
    weeks: z.number().int().min(0).default(0),
    xp: z.partialRecord(skill, z.number().int().positive()).default({}),
  })
  .strict();
