import type { Card, Catalogue, Mission, PilotFinding, Rules, Tags } from '../content/types.ts';
import { ACTIVITIES } from '../content/vocabulary.ts';
import { providers } from './needs.ts';
import type { MissionRun } from './run.ts';

/**
 * The learning design, as ABC Learning Design practises it: a storyboard is a sequence of typed activity
 * cards, so the hours by learning type follow from the cards chosen. These rules judge a design by
 * principles, not by one right order.
 */

/** The principles a storyboard is judged by (alignment is judged on its own, with the objectives). */
export const PRINCIPLES = ['intro-first', 'practice-first', 'variety', 'active'] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** What the client's own platform brings when they already run one: what an LMS would. */
export const CLIENT_PLATFORM_TAGS: Tags = { lms: 1, tracking: 0.5, community: 0.5 };

/** The tag that marks a platform tool (an LMS, a MOOC platform): waste when the client runs one. */
const PLATFORM_TAG = 'lms';

/** The cards of a storyboard, in its order (ids the deck lacks are skipped). */
export function cardsOf(order: readonly string[], mission: Mission): Card[] {
  return order.flatMap((id) => mission.deck.filter((c) => c.id === id));
}

/** Learner hours by learning type, in ACTIVITIES order. */
export function hoursByType(cards: readonly Card[]): number[] {
  return ACTIVITIES.map((a) => cards.reduce((sum, c) => sum + (c.type === a ? c.hours : 0), 0));
}

export const totalHours = (cards: readonly Card[]) => cards.reduce((sum, c) => sum + c.hours, 0);

/** The tags the plan brings (format, tools, team, and the client's own platform), summed by tag. */
export function tagsBrought(run: MissionRun, mission: Mission, cat: Catalogue): Tags {
  const sum: Tags = mission.platform ? { ...CLIENT_PLATFORM_TAGS } : {};
  for (const p of providers(run, cat)) {
    for (const [tag, v] of Object.entries(p.tags)) sum[tag] = (sum[tag] ?? 0) + v;
  }
  return sum;
}

/** Whether a card can take place with what the plan brings (a forum debate needs a forum…). */
export function canHost(card: Card, brought: Tags): boolean {
  return !card.requires || (brought[card.requires] ?? 0) > 0;
}

/** The storyboard's cards that take place, and those the format and tools cannot host. */
export function delivered(
  run: MissionRun,
  mission: Mission,
  cat: Catalogue,
): { held: Card[]; dropped: Card[] } {
  const cards = cardsOf(storyboardOf(run, mission), mission);
  const brought = tagsBrought(run, mission, cat);
  return {
    held: cards.filter((c) => canHost(c, brought)),
    dropped: cards.filter((c) => !canHost(c, brought)),
  };
}

/** The storyboard as played: the player's order, plus the card a revision after the pilot added. */
export function storyboardOf(run: MissionRun, mission: Mission): string[] {
  const order = run.order ?? [];
  const fix = run.pilot?.revise ? mission.pilot.find((p) => p.id === run.pilot?.finding)?.fix : undefined;
  if (!fix || order.includes(fix)) return order;
  // The fix goes before the first assessment: it is practice for what is assessed.
  const cards = cardsOf(order, mission);
  const at = cards.findIndex((c) => c.role === 'assess');
  return at < 0 ? [...order, fix] : [...order.slice(0, at), fix, ...order.slice(at)];
}

/** The learner hours of the storyboard as played (the production's workload grows with them). */
export function storyboardHours(run: MissionRun, mission: Mission): number {
  return totalHours(cardsOf(storyboardOf(run, mission), mission));
}

/** Which principles a sequence keeps. */
export function principles(cards: readonly Card[], rules: Rules): Record<Principle, boolean> {
  const firstAssess = cards.findIndex((c) => c.role === 'assess');
  const firstPractice = cards.findIndex((c) => c.type === 'practise' && c.role !== 'assess');
  let run = 0;
  let longest = 0;
  for (const c of cards) {
    run = c.type === 'acquire' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return {
    'intro-first': cards[0]?.role === 'intro',
    'practice-first': firstAssess >= 0 && firstPractice >= 0 && firstPractice < firstAssess,
    variety: new Set(cards.map((c) => c.type)).size >= rules.varietyTypes,
    active: longest <= rules.passiveRun,
  };
}

export const principleShare = (kept: Record<Principle, boolean>) =>
  PRINCIPLES.filter((p) => kept[p]).length / PRINCIPLES.length;

/** For one objective picked: whether an activity teaches it and an assessment checks it. */
export interface AlignedObjective {
  id: string;
  taught: string[];
  assessed: string[];
}

export interface Alignment {
  objectives: AlignedObjective[];
  /** Assessment cards that check none of the objectives picked. */
  stray: string[];
  /**
   * 0–1: the share of objectives picked that are observable, taught and assessed (a vague one cannot truly
   * be assessed), less half for any stray assessment.
   */
  fit: number;
}

export function alignment(cards: readonly Card[], picked: readonly string[], mission: Mission): Alignment {
  const objectives = picked.map((id) => ({
    id,
    taught: cards.filter((c) => c.role !== 'assess' && c.objectives.includes(id)).map((c) => c.id),
    assessed: cards.filter((c) => c.role === 'assess' && c.objectives.includes(id)).map((c) => c.id),
  }));
  const stray = cards
    .filter((c) => c.role === 'assess' && !c.objectives.some((o) => picked.includes(o)))
    .map((c) => c.id);
  const observable = (id: string) => !!mission.objectives.find((o) => o.id === id)?.observable;
  const whole = objectives.filter(
    (o) => observable(o.id) && o.taught.length > 0 && o.assessed.length > 0,
  ).length;
  const share = objectives.length === 0 ? 0 : whole / objectives.length;
  return { objectives, stray, fit: Math.max(0, share - (stray.length > 0 ? 0.5 : 0)) };
}

/** Share of the objectives picked that are observable. */
export function objectiveFit(picked: readonly string[], mission: Mission): number {
  if (picked.length === 0) return 0;
  return (
    picked.filter((id) => mission.objectives.find((o) => o.id === id)?.observable).length / picked.length
  );
}

/**
 * Whole tenths of the planned hours the storyboard is off by, negative when short (within a tenth is on
 * time): too short and there is no time to learn; too long and learners drop out.
 */
export function offTenths(hours: number, planned: number): number {
  const tenths = Math.floor((Math.abs(hours - planned) / planned) * 10 + 1e-9);
  return hours < planned ? -tenths : tenths;
}

/** Platform tools bought though the client already runs a platform. */
export function wastedTools(run: MissionRun, mission: Mission, cat: Catalogue): string[] {
  if (!mission.platform) return [];
  return run.tools.filter((id) => (cat.tools[id]?.tags[PLATFORM_TAG] ?? 0) > 0);
}

/**
 * The weak spot a pilot reveals: of the mission's findings whose fix is not yet in the storyboard, the one
 * whose learning type lags furthest behind its target share (by at least rules.pilotGap); null when none.
 */
export function pilotFinding(run: MissionRun, mission: Mission, cat: Catalogue): PilotFinding | null {
  const held = delivered(run, mission, cat).held;
  const hours = hoursByType(held);
  const total = totalHours(held) || 1;
  const order = run.order ?? [];
  let best: PilotFinding | null = null;
  let bestGap = cat.rules.pilotGap;
  for (const f of mission.pilot) {
    if (order.includes(f.fix)) continue;
    const gap = mission.mix[f.type] - (hours[ACTIVITIES.indexOf(f.type)] ?? 0) / total;
    if (gap >= bestGap) {
      best = f;
      bestGap = gap;
    }
  }
  return best;
}

/** What adding a finding's fix card costs. */
export function revisionCost(finding: PilotFinding, mission: Mission, rules: Rules): number {
  return (mission.deck.find((c) => c.id === finding.fix)?.hours ?? 0) * rules.revisionCostPerHour;
}
