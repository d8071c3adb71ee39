import type { z } from 'zod';
import type { castMember } from './castSchema.ts';
import type { evaluation, term } from './learningSchemas.ts';
import type {
  card,
  event,
  eventOption,
  liveMoment,
  mission,
  need,
  objective,
  pilotFinding,
  question,
} from './missionSchema.ts';
import type { effects, indicator, mix, skill, skillLevels, tags } from './primitives.ts';
import type {
  background,
  contract,
  fact,
  format,
  playlists,
  quizQuestion,
  rank,
  recruiter,
  role,
  route,
  rules,
  tool,
} from './schemas.ts';
import type { ACTIVITIES, CARD_NEEDS, EVALUATION_METHODS, INTERVIEWEES, ROUTE_KINDS } from './vocabulary.ts';

/*
 * The shapes of level data, inferred from the schemas that validate it: a field added to a schema is in
 * its type at once, and nothing else restates them. Field meanings are documented on the schemas.
 * `$schema` (the editor's hint at the top of a file) is dropped when the catalogue is assembled.
 */

export type Indicator = z.output<typeof indicator>;
export type Skill = z.output<typeof skill>;
export type SkillLevels = z.output<typeof skillLevels>;
export type Activity = (typeof ACTIVITIES)[number];
/** Shares of learners' hours by activity. */
export type Mix = z.output<typeof mix>;
/** What a choice brings, as tag → strength (1 is a solid contribution). */
export type Tags = z.output<typeof tags>;
export type Effects = z.output<typeof effects>;

export type Format = z.output<typeof format>;
export type Tool = z.output<typeof tool>;
export type Role = z.output<typeof role>;
export type Recruiter = z.output<typeof recruiter>;
export type Background = z.output<typeof background>;
export type Rank = z.output<typeof rank>;
export type Contract = z.output<typeof contract>;
export type Fact = z.output<typeof fact>;
export type QuizQuestion = z.output<typeof quizQuestion>;
export type RouteKind = (typeof ROUTE_KINDS)[number];
export type Route = z.output<typeof route>;

export type Mission = Omit<z.output<typeof mission>, '$schema'>;
export type Need = z.output<typeof need>;
export type Question = z.output<typeof question>;
export type Constraint = Mission['constraints'][number];
export type Objective = z.output<typeof objective>;
export type Card = z.output<typeof card>;
export type PilotFinding = z.output<typeof pilotFinding>;
export type Interviewee = (typeof INTERVIEWEES)[number];
export type CardNeed = (typeof CARD_NEEDS)[number];
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number];
export type Evaluation = z.output<typeof evaluation>;
export type Term = z.output<typeof term>;
export type CastMember = z.output<typeof castMember>;
export type Colleague = Extract<CastMember, { kind: 'colleague' }>;
export type Client = Extract<CastMember, { kind: 'client' }>;
export type EventOption = z.output<typeof eventOption>;
/** Something that happens during production weeks or the live phase, with two or three ways to react. */
export type GameEvent = z.output<typeof event>;
export type LiveMoment = z.output<typeof liveMoment>;
export type FeedLine = LiveMoment['feed'][number];

export type Rules = Omit<z.output<typeof rules>, '$schema'>;
export type Playlists = Omit<z.output<typeof playlists>, '$schema'>;

/** Every level file, validated and assembled by `loadLevels`; what the rules read. */
export interface Catalogue {
  formats: Record<string, Format>;
  tools: Record<string, Tool>;
  roles: Record<string, Role>;
  recruiters: Record<string, Recruiter>;
  missions: Record<string, Mission>;
  events: Record<string, GameEvent>;
  /** Live moments by format id. */
  live: Record<string, LiveMoment>;
  backgrounds: Record<string, Background>;
  /** By increasing reputation. */
  ranks: Rank[];
  contracts: Record<string, Contract>;
  facts: Record<string, Fact>;
  quiz: QuizQuestion[];
  routes: Route[];
  /** Kirkpatrick's four levels, by method. */
  evaluations: Record<EvaluationMethod, Evaluation>;
  /** The words of the job's models, by id. */
  glossary: Record<string, Term>;
  cast: Record<string, CastMember>;
  playlists: Playlists;
  rules: Rules;
  /** Missions from the workshop that a share link or a file brought, in their order (src/modes/custom/). */
  custom?: string[];
}
