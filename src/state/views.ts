import { planCost, weeksLate } from '../sim/budget.ts';
import { type DebriefItem, debrief, factToShow } from '../sim/debrief.ts';
import type { Catalogue, Mission } from '../sim/types.ts';
import type { GameState } from './store.ts';

/** The scene that shows a state: one key per screen, and one per phase of a mission. */
export type SceneKey = 'title' | 'settings' | 'brief' | 'design' | 'develop' | 'implement' | 'results';

export function sceneFor(s: Pick<GameState, 'screen' | 'run'>): SceneKey {
  if (s.screen !== 'mission' || !s.run) return s.screen === 'settings' ? 'settings' : 'title';
  return s.run.phase === 'evaluate' ? 'results' : s.run.phase;
}

export function canContinue(s: Pick<GameState, 'career'>): boolean {
  return !!s.career && !s.career.done;
}

export interface PlanView {
  mission: Mission;
  cost: number;
  remaining: number;
  weeksLate: number;
}

export function planView(s: GameState, cat: Catalogue): PlanView | null {
  const run = s.run;
  const mission = run ? cat.missions[run.missionId] : undefined;
  if (!run || !mission) return null;
  const cost = planCost(run, mission, cat);
  return {
    mission,
    cost,
    remaining: mission.budget - cost,
    weeksLate: weeksLate(run.format, run.team, mission, cat),
  };
}

export interface ResultsView {
  mission: Mission;
  stars: number;
  score: number;
  indicators: Record<string, number>;
  items: DebriefItem[];
  fact: string | undefined;
  isLast: boolean;
}

export function resultsView(s: GameState, cat: Catalogue): ResultsView | null {
  const run = s.run;
  const mission = run ? cat.missions[run.missionId] : undefined;
  if (!run?.outcome || !mission) return null;
  return {
    mission,
    stars: run.outcome.stars,
    score: run.outcome.score,
    indicators: run.outcome.indicators,
    items: debrief(run.outcome, cat),
    fact: factToShow(mission.facts, s.career?.factsMet ?? []),
    isLast: (s.career?.index ?? 0) + 1 >= cat.career.length,
  };
}
