import type { Catalogue, Client, Indicator, Mission, Rank, SkillLevels } from '../content/types.ts';
import { decisionEffects, planCost, planFits, weeksLate } from '../sim/budget.ts';
import { careerSkills, missionFacts, type Offer, offers, rankOf } from '../sim/career.ts';
import { clientOf, type ReactionKey, reactionKey } from '../sim/cast.ts';
import { type DebriefItem, debrief, factToShow } from '../sim/debrief.ts';
import { storyboardHours } from '../sim/design.ts';
import { idleTools } from '../sim/needs.ts';
import type { Outcome } from '../sim/outcome.ts';
import { careerSummary } from '../sim/summary.ts';
import { type DesignView, designView, measuredIn, revealedItems, unmeasuredOf } from './designView.ts';
import type { ModeView } from './modeRoutes.ts';
import type { GameState } from './store.ts';

/**
 * What the player is looking at, computed from the state: one view per screen, and one per phase of a
 * mission. The scene layer shows each view with the scene registered for it (src/scenes/registry.ts).
 */
export type View =
  | 'title'
  | 'settings'
  | 'background'
  | 'offers'
  | 'brief'
  | 'design'
  | 'develop'
  | 'production'
  | 'implement'
  | 'results'
  | 'rankup'
  | 'codex'
  | 'credits'
  | 'end'
  | ModeView;

export function viewFor(s: Pick<GameState, 'screen' | 'run' | 'career'>): View {
  if (s.screen === 'mission') {
    if (!s.run) return 'title';
    return s.run.phase === 'evaluate' ? 'results' : s.run.phase;
  }
  if (s.screen === 'end' && !s.career?.done) return 'title';
  return s.screen;
}

export function canContinue(s: Pick<GameState, 'career'>): boolean {
  return !!s.career && !s.career.done;
}

export function currentMission(s: GameState, cat: Catalogue): Mission | undefined {
  return s.run ? cat.missions[s.run.missionId] : undefined;
}

export interface PlanView {
  mission: Mission;
  cost: number;
  remaining: number;
  weeksLate: number;
  /** Tools that bring nothing because what they need is missing. */
  idle: string[];
}

export function planView(s: GameState, cat: Catalogue): PlanView | null {
  const run = s.run;
  const mission = currentMission(s, cat);
  if (!run || !mission) return null;
  const extra = decisionEffects(run, cat);
  const cost = planCost(run, mission, cat) + extra.cost;
  return {
    mission,
    cost,
    remaining: mission.budget - cost,
    weeksLate:
      weeksLate(run.format, storyboardHours(run, mission), run.team, run.skills, mission, cat) + extra.weeks,
    idle: idleTools(run, cat),
  };
}

/** Whether adding this tool or team member keeps the plan within the mission's limits and budget. */
export function canAdd(s: GameState, cat: Catalogue, kind: 'tool' | 'role', id: string): boolean {
  const run = s.run;
  const mission = currentMission(s, cat);
  if (!run || !mission) return false;
  const tools = kind === 'tool' ? [...run.tools, id] : run.tools;
  const team = kind === 'role' ? [...run.team, id] : run.team;
  return planFits({ ...run, tools, team }, mission, cat);
}

export interface CareerView {
  rank: Rank;
  nextRank: Rank | null;
  reputation: number;
  skills: SkillLevels;
  offers: Offer[];
  played: number;
  length: number;
}

export function careerView(s: GameState, cat: Catalogue): CareerView | null {
  const c = s.career;
  if (!c) return null;
  const rank = rankOf(c.reputation, cat);
  const next = cat.ranks[cat.ranks.indexOf(rank) + 1] ?? null;
  return {
    rank,
    nextRank: next,
    reputation: c.reputation,
    skills: careerSkills(c, cat),
    offers: offers(c, cat),
    played: c.history.length,
    length:
      c.playlist === 'career'
        ? Math.min(cat.rules.careerLength, cat.playlists.career.length)
        : cat.playlists[c.playlist].length,
  };
}

export interface ResultsView {
  mission: Mission;
  stars: number;
  score: number;
  indicators: Record<string, number>;
  /** The results the evaluation chosen measures, and those it leaves unexplained (their values hidden). */
  measured: Indicator[];
  unmeasured: Indicator[];
  /** The decisions that weighed most on the results measured. */
  items: DebriefItem[];
  fact: string | undefined;
  isLast: boolean;
  /** The learning design's debrief; null for an express mission. */
  design: DesignView | null;
  /** The client in person, and what they say of what weighed most (null when the employer has no face). */
  client: { who: Client; words: Client['reactions'][ReactionKey] } | null;
}

export function resultsView(s: GameState, cat: Catalogue): ResultsView | null {
  const run = s.run;
  const mission = currentMission(s, cat);
  const c = s.career;
  if (!run?.outcome || !mission || !c) return null;
  const length = careerView(s, cat)?.length ?? 1;
  const measured = measuredIn(run, cat);
  return {
    mission,
    stars: run.outcome.stars,
    score: run.outcome.score,
    indicators: run.outcome.indicators,
    measured,
    unmeasured: unmeasuredOf(measured),
    items: revealedItems(debrief(run.outcome, cat, Number.POSITIVE_INFINITY), measured),
    fact: factToShow(missionFacts(c, run, s.contract, cat), c.factsMet),
    isLast: c.history.length + 1 >= length,
    design: designView(run, cat),
    client: clientSays(mission, run.outcome, cat),
  };
}

function clientSays(mission: Mission, outcome: Outcome, cat: Catalogue): ResultsView['client'] {
  const who = clientOf(mission, cat);
  return who ? { who, words: who.reactions[reactionKey(outcome, cat)] } : null;
}

export interface RankUpView {
  rank: Rank;
  /** The post before, or null on a career's first post. */
  previous: Rank | null;
  /** What the real job says of this post: its pay, its prospects, the studies and routes into it. */
  facts: string[];
}

export function rankUpView(s: GameState, cat: Catalogue): RankUpView | null {
  const c = s.career;
  const rank = cat.ranks.find((r) => r.id === s.lastEnd?.rankUp);
  if (!c || !rank) return null;
  // Before any mission, this is the career's first post.
  const previous = cat.ranks.find((r) => r.id === c.history.at(-1)?.rank) ?? null;
  return { rank, previous, facts: (s.lastEnd?.facts ?? []).filter((f) => cat.facts[f]) };
}

export interface TitleSummary {
  missions: number;
  stars: number;
  maxStars: number;
  rank: Rank;
}

/** The line the title screen gives a finished career, or null while none is finished. */
export function titleSummary(s: Pick<GameState, 'career'>, cat: Catalogue): TitleSummary | null {
  if (!s.career?.done) return null;
  const summary = careerSummary(s.career, cat);
  return {
    missions: summary.timeline.length,
    stars: summary.totalStars,
    maxStars: summary.maxStars,
    rank: summary.rank,
  };
}
