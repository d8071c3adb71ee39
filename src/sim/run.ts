import type { SkillLevels } from '../content/types.ts';
import type { Outcome } from './outcome.ts';

/** The phases of one mission: ADDIE, with development split into planning and the production weeks. */
export const PHASES = ['brief', 'design', 'develop', 'production', 'implement', 'evaluate'] as const;
export type Phase = (typeof PHASES)[number];

/** A player's decision in compact, serialisable form: a run is its seed and skills plus the list of these. */
export type Choice =
  | { t: 'ask'; id: string }
  | { t: 'format'; id: string }
  | { t: 'hours'; hours: number[] }
  | { t: 'order'; ids: string[] }
  | { t: 'tool'; id: string; on: boolean }
  | { t: 'role'; id: string; on: boolean }
  | { t: 'event'; id: string; option: string }
  | { t: 'live'; id: string; option: string }
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
  format: string | null;
  /** Learner hours per activity, in ACTIVITIES order. */
  hours: number[] | null;
  /** Storyboard sequence ids in the order the player set. */
  order: string[] | null;
  tools: string[];
  team: string[];
  events: Pending[];
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
    format: null,
    hours: null,
    order: null,
    tools: [],
    team: [],
    events: [],
    live: [],
    choices: [],
    outcome: null,
  };
}
