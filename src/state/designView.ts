import type { Card, Catalogue, Evaluation, Indicator, Mission, Objective, Tool } from '../content/types.ts';
import { INDICATORS } from '../content/vocabulary.ts';
import type { DebriefItem } from '../sim/debrief.ts';
import { type DesignReview, designReview } from '../sim/designReview.ts';
import type { MissionRun } from '../sim/run.ts';

/** One objective picked, with the activities that teach it and the assessments that check it. */
export interface AlignmentRow {
  objective: Objective;
  taught: Card[];
  assessed: Card[];
}

/** The learning design as the results screen shows it: the review, its ids turned into catalogue entries. */
export interface DesignView {
  review: DesignReview;
  rows: AlignmentRow[];
  /** Assessment cards that check none of the objectives picked. */
  stray: Card[];
  /** Platform tools bought though the client runs one. */
  wasted: Tool[];
  /** What the pilot found, and the card a revision added (when the player revised). */
  pilot: { revised: boolean; fix: Card | undefined } | null;
  /** Evaluation methods chosen that tell this client what they need to know. */
  fitting: Evaluation[];
  /** The methods this client needed, when none of those chosen fits. */
  missed: Evaluation[];
  /** The results the evaluation chosen cannot explain. */
  unmeasured: Indicator[];
}

/** The indicators an evaluation leaves in the dark: those it does not measure, in INDICATORS order. */
export function unmeasuredOf(measured: readonly Indicator[]): Indicator[] {
  return INDICATORS.filter((k) => !measured.includes(k));
}

/**
 * The decisions the debrief may name: only those that weighed on a result the evaluation measured (what is
 * not measured cannot be explained), the weightiest `count` of them.
 */
export function revealedItems(
  items: readonly DebriefItem[],
  measured: readonly Indicator[],
  count = 3,
): DebriefItem[] {
  return items.filter((i) => measured.includes(i.indicator)).slice(0, count);
}

/** What the evaluation chosen measures: every result for an express mission, which the player does not evaluate. */
export function measuredIn(run: MissionRun, cat: Catalogue): Indicator[] {
  return designReview(run, cat)?.measured ?? [...INDICATORS];
}

const cardsById = (ids: readonly string[], mission: Mission) =>
  ids.flatMap((id) => mission.deck.filter((c) => c.id === id));

/** The design debrief of a finished run; null for an express mission, whose design the player did not make. */
export function designView(run: MissionRun, cat: Catalogue): DesignView | null {
  const mission = cat.missions[run.missionId];
  const review = designReview(run, cat);
  if (!mission || mission.express || !review) return null;
  const rows = review.alignment.objectives.flatMap((o) => {
    const objective = mission.objectives.find((x) => x.id === o.id);
    return objective
      ? [{ objective, taught: cardsById(o.taught, mission), assessed: cardsById(o.assessed, mission) }]
      : [];
  });
  const methods = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const e = cat.evaluations[id as keyof Catalogue['evaluations']];
      return e ? [e] : [];
    });
  const finding = run.pilot ? mission.pilot.find((p) => p.id === run.pilot?.finding) : undefined;
  return {
    review,
    rows,
    stray: cardsById(review.alignment.stray, mission),
    wasted: review.wasted.flatMap((id) => (cat.tools[id] ? [cat.tools[id]] : [])),
    pilot: review.pilot
      ? {
          revised: review.pilot.revise,
          fix: finding ? mission.deck.find((c) => c.id === finding.fix) : undefined,
        }
      : null,
    fitting: methods(review.fitting),
    missed: review.fitting.length > 0 ? [] : methods(mission.evaluation),
    unmeasured: unmeasuredOf(review.measured),
  };
}
