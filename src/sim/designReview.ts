import type { Card, Catalogue, Indicator, Mission } from '../content/types.ts';
import { ACTIVITIES, INDICATORS } from '../content/vocabulary.ts';
import {
  type Alignment,
  alignment,
  cardsOf,
  delivered,
  hoursByType,
  type Principle,
  principles,
  storyboardOf,
  totalHours,
  wastedTools,
} from './design.ts';
import type { MissionRun } from './run.ts';

/**
 * What the debrief shows of the learning design: the hours by learning type the client needed and those
 * given, the objectives with the activities and assessments aligned on them, the principles kept, and what
 * the evaluation chosen can say. Pure, from the run and the catalogue.
 */
export interface DesignReview {
  /** Hours by learning type, in ACTIVITIES order: the target (the mix of the hours planned) and those given. */
  target: number[];
  given: number[];
  plannedHours: number;
  givenHours: number;
  /** The storyboard as played, and the cards of it the format and tools could not host. */
  cards: Card[];
  dropped: Card[];
  principles: Record<Principle, boolean> | null;
  alignment: Alignment;
  /** For each objective picked: whether it is observable. */
  observable: Record<string, boolean>;
  /** Evaluation methods chosen, and which of them fit what this client needs to know. */
  evaluation: string[];
  fitting: string[];
  /** Indicators whose reasons the evaluation brings to light (completion is always known: the platform counts it). */
  measured: Indicator[];
  /** Platform tools bought though the client runs one. */
  wasted: string[];
  /** The pilot's finding and whether the player revised, if a pilot found something. */
  pilot: { finding: string; revise: boolean } | null;
}

/** Target hours by type: the mix of the hours planned, to one decimal. */
function targetHours(mission: Mission): number[] {
  return ACTIVITIES.map((a) => Math.round(mission.mix[a] * mission.hours * 10) / 10);
}

export function measuredBy(methods: readonly string[], cat: Catalogue): Indicator[] {
  const seen = new Set<Indicator>(['completion']);
  for (const m of methods) {
    const e = cat.evaluations[m as keyof Catalogue['evaluations']];
    if (e) seen.add(e.measures);
  }
  return INDICATORS.filter((k) => seen.has(k));
}

export function designReview(run: MissionRun, cat: Catalogue): DesignReview | null {
  const mission = cat.missions[run.missionId];
  if (!mission) return null;
  const { held, dropped } = delivered(run, mission, cat);
  const cards = cardsOf(storyboardOf(run, mission), mission);
  const observable = Object.fromEntries(
    run.objectives.map((id) => [id, !!mission.objectives.find((o) => o.id === id)?.observable]),
  );
  // An express mission is not evaluated by the player: the debrief shows every result's reasons.
  const measured = mission.express ? [...INDICATORS] : measuredBy(run.evaluation, cat);
  return {
    target: targetHours(mission),
    given: hoursByType(held),
    plannedHours: mission.hours,
    givenHours: totalHours(held),
    cards,
    dropped,
    principles: mission.express ? null : principles(held, cat.rules),
    alignment: alignment(held, run.objectives, mission),
    observable,
    evaluation: run.evaluation,
    fitting: run.evaluation.filter((m) => mission.evaluation.includes(m as never)),
    measured,
    wasted: wastedTools(run, mission, cat),
    pilot:
      run.pilot && run.pilot.revise !== null
        ? { finding: run.pilot.finding, revise: run.pilot.revise }
        : null,
  };
}
