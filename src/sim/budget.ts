import type { Catalogue, EvaluationMethod, Mission, SkillLevels } from '../content/types.ts';
import { cardsOf, revisionCost, totalHours } from './design.ts';
import type { MissionRun } from './run.ts';

export interface Plan {
  tools: string[];
  team: string[];
  /** The evaluation methods chosen, when known. */
  evaluation?: string[];
  /** The format and the storyboard's cards, when known: producing each learner hour costs the format's rate. */
  format?: string | null;
  order?: string[] | null;
}

/**
 * What a plan costs: the tools and evaluations once, every team member for every week of the mission, and
 * the production of the storyboard's hours at the format's rate.
 */
export function planCost(plan: Plan, mission: Mission, cat: Catalogue): number {
  const hours = totalHours(cardsOf(plan.order ?? [], mission));
  const production = hours * (plan.format ? (cat.formats[plan.format]?.costPerHour ?? 0) : 0);
  const tools = plan.tools.reduce((sum, id) => sum + (cat.tools[id]?.cost ?? 0), 0);
  const team = plan.team.reduce((sum, id) => sum + (cat.roles[id]?.weeklyRate ?? 0) * mission.weeks, 0);
  const evaluation = (plan.evaluation ?? []).reduce(
    (sum, id) => sum + (cat.evaluations[id as EvaluationMethod]?.cost ?? 0),
    0,
  );
  return production + tools + team + evaluation;
}

/** What the design alone costs, before tools and team: the storyboard's production and the evaluation. */
export function designCost(plan: Omit<Plan, 'tools' | 'team'>, mission: Mission, cat: Catalogue): number {
  return planCost({ ...plan, tools: [], team: [] }, mission, cat);
}

/** The limit a plan of tools and team breaks, if any. */
export type PlanBreach = 'too-many-tools' | 'too-many-team' | 'over-budget';

/** Which of the mission's limits a plan breaks: its number of tools, its team size, then its budget. */
export function planBreach(plan: Plan, mission: Mission, cat: Catalogue): PlanBreach | null {
  if (plan.tools.length > mission.maxTools) return 'too-many-tools';
  if (plan.team.length > mission.maxTeam) return 'too-many-team';
  if (planCost(plan, mission, cat) > mission.budget) return 'over-budget';
  return null;
}

/** Whether a plan's tools and team keep within the mission's limits and budget. */
export function planFits(plan: Plan, mission: Mission, cat: Catalogue): boolean {
  return planBreach(plan, mission, cat) === null;
}

/** Person-weeks of production each week: the player (more with project skill) and the team. */
export function weeklyCapacity(team: string[], skills: SkillLevels, cat: Catalogue): number {
  const own = cat.rules.playerCapacity + skills.project * cat.rules.capacityPerProjectLevel;
  return own + team.reduce((sum, id) => sum + (cat.roles[id]?.capacity ?? 0), 0);
}

/** Person-weeks of production a format asks for, for a storyboard of so many learner hours. */
export function formatEffort(format: string | null, hours: number, cat: Catalogue): number {
  const f = format ? cat.formats[format] : undefined;
  return f ? f.effort + f.effortPerHour * hours : 0;
}

/** Weeks of delay from the plan alone: the work of the format and its hours against what can be produced in time. */
export function weeksLate(
  format: string | null,
  hours: number,
  team: string[],
  skills: SkillLevels,
  mission: Mission,
  cat: Catalogue,
): number {
  const effort = formatEffort(format, hours, cat);
  const weeksNeeded = Math.ceil(effort / weeklyCapacity(team, skills, cat) - 1e-9);
  return Math.max(0, weeksNeeded - mission.weeks);
}

/** Costs and delays added by the options chosen in production events and the live phase, and by a revision. */
export function decisionEffects(run: MissionRun, cat: Catalogue): { cost: number; weeks: number } {
  const mission = cat.missions[run.missionId];
  const finding = mission?.pilot.find((p) => p.id === run.pilot?.finding);
  let cost = run.pilot?.revise && finding && mission ? revisionCost(finding, mission, cat.rules) : 0;
  let weeks = 0;
  for (const p of run.events) {
    const o = cat.events[p.id]?.options.find((x) => x.id === p.option);
    cost += o?.effects.cost ?? 0;
    weeks += o?.effects.weeks ?? 0;
  }
  for (const p of run.live) {
    const o = liveStep(run, p.id, cat)?.options.find((x) => x.id === p.option);
    cost += o?.effects.cost ?? 0;
    weeks += o?.effects.weeks ?? 0;
  }
  return { cost, weeks };
}

export function liveStep(run: MissionRun, id: string, cat: Catalogue) {
  return run.format ? cat.live[run.format]?.steps.find((s) => s.id === id) : undefined;
}
