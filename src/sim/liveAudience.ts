import type { Catalogue, Effects, FeedLine, Rules } from '../content/types.ts';
import { INDICATORS } from '../content/vocabulary.ts';
import { liveStep } from './budget.ts';
import { nextRandom } from './rng.ts';
import type { MissionRun } from './run.ts';

/** The share of the learners there when the live moment opens. */
export const OPENING_SHARE = 0.6;
/** How far the share moves for each point a choice adds to (or takes from) the mission's score. */
export const SHARE_PER_POINT = 0.1;
/** The least a choice moves the share: the room always notices. */
export const LEAST_MOVE = 0.04;
/** However poor the choices, a few stay to the end. */
export const FLOOR_SHARE = 0.15;
/** How many lines of the room's reaction follow a choice. */
export const REACTION_LINES = 2;

export type Mood = 'good' | 'bad';

export interface LiveAudience {
  /** The people there now. */
  now: number;
  /** The people there before the last live step was answered (`now` while none is). */
  before: number;
  /** The last live step answered, how the room took it and what it says (null while none is). */
  reaction: { step: string; mood: Mood; lines: FeedLine[] } | null;
}

/**
 * What an option adds to the mission's score, weighing its indicator points as `evaluate` weighs the
 * indicators (outcome.ts), before the clamp to 0–100.
 */
export function scoreShift(effects: Effects, rules: Rules): number {
  const total = INDICATORS.reduce((sum, k) => sum + rules.weights[k], 0);
  return INDICATORS.reduce((sum, k) => sum + (effects.indicators[k] ?? 0) * rules.weights[k], 0) / total;
}

/** A choice that adds to the score is a good one; one that adds nothing or takes away is a poor one. */
export const moodOf = (shift: number): Mood => (shift > 0 ? 'good' : 'bad');

/** The share after a choice: up or down with what it does to the score, at least LEAST_MOVE, within bounds. */
function moved(share: number, shift: number): number {
  const step = Math.max(LEAST_MOVE, Math.abs(shift) * SHARE_PER_POINT);
  return Math.min(1, Math.max(FLOOR_SHARE, share + (shift > 0 ? step : -step)));
}

/**
 * The live moment's audience as the answered steps left it (a share of the mission's learners that each
 * choice moves), and the room's reaction to the last one: lines of the format's `reactions`, drawn with
 * the run's seed and the step's place so that replaying the run shows the same ones.
 */
export function liveAudience(run: MissionRun, cat: Catalogue): LiveAudience {
  const learners = cat.missions[run.missionId]?.learners ?? 0;
  const people = (share: number) => Math.round(learners * share);
  let share = OPENING_SHARE;
  let before = people(share);
  let reaction: LiveAudience['reaction'] = null;
  for (const [at, pending] of run.live.entries()) {
    const step = liveStep(run, pending.id, cat);
    const option = step?.options.find((o) => o.id === pending.option);
    if (!step || !option) continue;
    const shift = scoreShift(option.effects, cat.rules);
    before = people(share);
    share = moved(share, shift);
    const mood = moodOf(shift);
    const list = (run.format ? cat.live[run.format]?.reactions[mood] : undefined) ?? [];
    reaction = { step: step.id, mood, lines: drawLines(list, run.seed, at) };
  }
  return { now: people(share), before, reaction };
}

/** REACTION_LINES lines in a row of the list (round the end), from a place the seed and the step give. */
function drawLines(list: readonly FeedLine[], seed: number, at: number): FeedLine[] {
  if (list.length === 0) return [];
  const start = Math.floor(nextRandom((seed ^ Math.imul(at + 1, 0x9e3779b1)) | 0).value * list.length);
  const count = Math.min(REACTION_LINES, list.length);
  return Array.from({ length: count }, (_, i) => list[(start + i) % list.length] as FeedLine);
}
