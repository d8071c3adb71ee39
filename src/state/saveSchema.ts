import type { Lang } from '../content/primitives.ts';
import { LANGUAGE_ID, MAX_SKILL_LEVEL, MAX_STARS, PLAYLISTS } from '../content/vocabulary.ts';
import type { Career } from '../sim/career.ts';
import type { Choice } from '../sim/run.ts';

/** The current shape of what is saved. Bump SAVE_VERSION and add a migration in migrations.ts on change. */
export const SAVE_VERSION = 5;

/** Text size steps: 0 as designed, 1 and 2 larger. */
export type TextStep = 0 | 1 | 2;

export interface Settings {
  language: Lang;
  muted: boolean;
  /** 0–1 each. */
  musicVolume: number;
  effectsVolume: number;
  textStep: TextStep;
  highContrast: boolean;
  /** The player's own choice; the system's prefers-reduced-motion turns motion off as well. */
  reducedMotion: boolean;
  dyslexicFont: boolean;
}

export const DEFAULT_SETTINGS: Omit<Settings, 'language'> = {
  muted: false,
  musicVolume: 0.5,
  effectsVolume: 0.8,
  textStep: 0,
  highContrast: false,
  reducedMotion: false,
  dyslexicFont: false,
};

/** A run is saved as its seed, skills and choices only: everything else is replayed from the rules. */
export interface SavedRun {
  missionId: string;
  seed: number;
  skills: Record<string, number>;
  contract: string | null;
  choices: Choice[];
}

export interface Save {
  version: typeof SAVE_VERSION;
  settings: Settings;
  career: Career | null;
  run: SavedRun | null;
}

// A few lines of checks rather than a schema library: the save is small, and the game's first screen
// should not wait for a validator it needs once.
type Check = (v: unknown, at: string) => string | null;

const obj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v, at) => (typeof v === 'string' ? null : `${at} must be text`);
const bool: Check = (v, at) => (typeof v === 'boolean' ? null : `${at} must be true or false`);
const num: Check = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? null : `${at} must be a number`);
const int: Check = (v, at) => (Number.isInteger(v) ? null : `${at} must be a whole number`);
const fraction: Check = (v, at) =>
  num(v, at) ?? ((v as number) >= 0 && (v as number) <= 1 ? null : `${at} must be 0–1`);
const between =
  (lo: number, hi: number): Check =>
  (v, at) =>
    int(v, at) ?? ((v as number) >= lo && (v as number) <= hi ? null : `${at} must be ${lo}–${hi}`);
const oneOf =
  (...xs: unknown[]): Check =>
  (v, at) =>
    xs.includes(v) ? null : `${at} must be one of ${xs.join(', ')}`;
const languageId: Check = (v, at) =>
  typeof v === 'string' && LANGUAGE_ID.test(v) ? null : `${at} must be a language id`;
const nullable =
  (c: Check): Check =>
  (v, at) =>
    v === null ? null : c(v, at);
const list =
  (c: Check): Check =>
  (v, at) =>
    Array.isArray(v) ? (v.map((x, i) => c(x, `${at}[${i}]`)).find(Boolean) ?? null) : `${at} must be a list`;
const record =
  (c: Check): Check =>
  (v, at) =>
    obj(v)
      ? (Object.entries(v)
          .map(([k, x]) => c(x, `${at}.${k}`))
          .find(Boolean) ?? null)
      : `${at} must be an object`;
const shape =
  (fields: Record<string, Check>): Check =>
  (v, at) =>
    obj(v)
      ? (Object.entries(fields)
          .map(([k, c]) => c(v[k], `${at}.${k}`))
          .find(Boolean) ?? null)
      : `${at} must be an object`;

/** A field older saves may lack. */
const optional =
  (c: Check): Check =>
  (v, at) =>
    v === undefined ? null : c(v, at);

const CHOICE_FIELDS: Record<Choice['t'], Record<string, Check>> = {
  ask: { id: str },
  objective: { id: str, on: bool },
  format: { id: str },
  order: { ids: list(str) },
  evaluation: { id: str, on: bool },
  pilot: { revise: bool },
  tool: { id: str, on: bool },
  role: { id: str, on: bool },
  event: { id: str, option: str },
  live: { id: str, option: str },
  next: {},
};
const choice: Check = (v, at) => {
  const fields =
    obj(v) && typeof v.t === 'string' && Object.hasOwn(CHOICE_FIELDS, v.t)
      ? CHOICE_FIELDS[v.t as Choice['t']]
      : undefined;
  return fields ? shape(fields)(v, at) : `${at} is not a known choice`;
};

const career = shape({
  background: str,
  seed: int,
  playlist: oneOf(...PLAYLISTS),
  xp: record(num),
  reputation: num,
  history: list(
    shape({
      missionId: str,
      stars: between(0, MAX_STARS),
      score: num,
      contract: nullable(str),
      rank: str,
      team: optional(list(str)),
    }),
  ),
  factsMet: list(str),
  done: bool,
});

const save = shape({
  version: oneOf(SAVE_VERSION),
  settings: shape({
    // Any language id: the store checks it against the languages this build ships (keepShippedLanguage).
    language: languageId,
    muted: bool,
    musicVolume: fraction,
    effectsVolume: fraction,
    textStep: oneOf(0, 1, 2),
    highContrast: bool,
    reducedMotion: bool,
    dyslexicFont: bool,
  }),
  career: nullable(career),
  run: nullable(
    shape({
      missionId: str,
      seed: int,
      skills: record(between(0, MAX_SKILL_LEVEL)),
      contract: nullable(str),
      choices: list(choice),
    }),
  ),
});

/** The save if it has the current shape, or the first thing wrong with it. */
export function checkSave(v: unknown): { ok: true; save: Save } | { ok: false; reason: string } {
  const reason = save(v, '$');
  return reason ? { ok: false, reason } : { ok: true, save: v as Save };
}
