import type { SkillLevels } from '../content/types.ts';
import type { Outcome } from './outcome.ts';

/** The phases of one mission: ADDIE, with development split into planning and the production weeks. */
export const PHASES = ['brief', 'design', 'develop', 'production', 'implement', 'evaluate'] as const;
export type Phase = (typeof PHASES)[number];

/** A player's decision in compact, serialisable form: a run is its seed and skills plus the list of these. */
export type Choice =
  | { t: 'ask'; id: string }
  | { t: 'objective'; id: string; on: boolean }
  | { t: 'format'; id: string }
  | { t: 'order'; ids: string[] }
  | { t: 'evaluation'; id: string; on: boolean }
  | { t: 'tool'; id: string; on: boolean }
  | { t: 'role'; id: string; on: boolean }
  | { t: 'event'; id: string; option: string }
  | { t: 'live'; id: string; option: string }
  | { t: 'pilot'; revise: boolean }
  | { t: 'next' };

/** A decision still to take (production event or live step) and, once taken, the option chosen. */
export interface Pending {
  id: string;
  option: string | null;
}

export interface MissionRun {
  missionId: string;
  seed: number;
  /** State of the seeded generator: events and chance draw from it, in order. */
  rng: number;
  /** The player's skill levels when the mission started. */
  skills: SkillLevels;
  phase: Phase;
  asked: string[];
  /** The learning objectives picked in the analysis phase. */
  objectives: string[];
  format: string | null;
  /** The storyboard: ids of the deck's cards, in the order the player set (null until built). */
  order: string[] | null;
  /** The evaluation methods chosen (Kirkpatrick's levels). */
  evaluation: string[];
  tools: string[];
  team: string[];
  events: Pending[];
  /** The pilot's finding once production is under way, and whether the player revised (null: not yet). */
  pilot: { finding: string; revise: boolean | null } | null;
  live: Pending[];
  choices: Choice[];
  outcome: Outcome | null;
}

export function startRun(missionId: string, seed: number, skills: SkillLevels): MissionRun {
  return {
    missionId,
    seed,
    rng: seed | 0,
    skills,
    phase: 'brief',
    asked: [],
    objectives: [],
    format: null,
    order: null,
    evaluation: [],
    tools: [],
    team: [],
    events: [],
    pilot: null,
    live: [],
    choices: [],
    outcome: null,
  };
}
