/**
 * The fixed words and limits level data is written in. No zod here: the game's bundle reads these
 * without the validator (the schemas in primitives.ts build their enums and bounds from them).
 */

/** The four things an evaluation measures, each on a 0–100 scale. */
export const INDICATORS = ['learning', 'satisfaction', 'completion', 'client'] as const;

/** The designer's skills (DESIGN.md): they start from a background and grow with use. */
export const SKILLS = [
  'pedagogy',
  'web',
  'multimedia',
  'lms',
  'project',
  'listening',
  'teamwork',
  'funding',
] as const;

/** How learners' hours are spent (the six activity types of a learning design). */
export const ACTIVITIES = [
  'acquire',
  'investigate',
  'practise',
  'produce',
  'discuss',
  'collaborate',
] as const;

/** Who the player may interview in the analysis phase. */
export const INTERVIEWEES = ['client', 'learner', 'manager'] as const;

/** What an activity card does in the storyboard: announce the path, teach, or assess. */
export const CARD_ROLES = ['intro', 'learn', 'assess'] as const;

/** What an activity card may need the format, a tool or a role to bring (a tag they carry). */
export const CARD_NEEDS = ['live', 'community', 'collaboration', 'interaction'] as const;

/** Kirkpatrick's four levels, named by what is done: a satisfaction survey, a knowledge quiz, observation
 * at work, business indicators. */
export const EVALUATION_METHODS = ['survey', 'quiz', 'observation', 'results'] as const;

/** What a real route into the job is about: studies, finding offers, or pay and prospects. */
export const ROUTE_KINDS = ['study', 'job-search', 'pay'] as const;

/** The lists of missions in playlists.json: the full career, the classroom's and the kiosk's. */
export const PLAYLISTS = ['career', 'classroom', 'kiosk'] as const;

/** The highest level of a skill: backgrounds, requirements and experience all stop here. */
export const MAX_SKILL_LEVEL = 5;

/** The most stars a mission earns: one per threshold of rules.json's `starThresholds`. */
export const MAX_STARS = 3;

/** A language's id: the name of its folder in src/i18n/locales/ ('fr', 'en'…), a lowercase BCP 47 tag. */
export const LANGUAGE_ID = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
