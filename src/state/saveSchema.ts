import { z } from 'zod/mini';

/** The current shape of what is saved. Bump SAVE_VERSION and add a migration in migrations.ts on change. */
export const SAVE_VERSION = 2;

const int = () => z.int();

const choice = z.discriminatedUnion('t', [
  z.object({ t: z.literal('format'), id: z.string() }),
  z.object({ t: z.literal('tool'), id: z.string(), on: z.boolean() }),
  z.object({ t: z.literal('role'), id: z.string(), on: z.boolean() }),
  z.object({ t: z.literal('next') }),
]);

export const settingsSchema = z.object({
  language: z.enum(['fr', 'en']),
  muted: z.boolean(),
});

const missionResult = z.object({
  missionId: z.string(),
  stars: z.int().check(z.minimum(0), z.maximum(3)),
  score: z.number(),
});

export const careerSchema = z.object({
  seed: int(),
  index: z.int().check(z.minimum(0)),
  results: z.array(missionResult),
  factsMet: z.array(z.string()),
  done: z.boolean(),
});

/** A run is saved as its seed and choices only: everything else is replayed from the rules. */
export const savedRunSchema = z.object({
  missionId: z.string(),
  seed: int(),
  choices: z.array(choice),
});

export const saveSchema = z.object({
  version: z.literal(SAVE_VERSION),
  settings: settingsSchema,
  career: z.nullable(careerSchema),
  run: z.nullable(savedRunSchema),
});

export type Save = z.infer<typeof saveSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Career = z.infer<typeof careerSchema>;
