import type { Outcome } from './outcome.ts';

/** The phases of one mission, in ADDIE order. */
export const PHASES = ['brief', 'design', 'develop', 'implement', 'evaluate'] as const;
export type Phase = (typeof PHASES)[number];

/** A player's decision in compact, serialisable form: a run is its seed plus the list of these. */
export type Choice =
  | { t: 'format'; id: string }
  | { t: 'tool'; id: string; on: boolean }
  | { t: 'role'; id: string; on: boolean }
  | { t: 'next' };

export interface MissionRun {
  missionId: string;
  seed: number;
  phase: Phase;
  format: string | null;
  tools: string[];
  team: string[];
  choices: Choice[];
  outcome: Outcome | null;
}

export function startRun(missionId: string, seed: number): MissionRun {
  return { missionId, seed, phase: 'brief', format: null, tools: [], team: [], choices: [], outcome: null };
}
