import type { Catalogue, Mission, SkillLevels } from '../content/types.ts';
import type { MissionRun } from './run.ts';

export interface Plan {
  tools: string[];
  team: string[];
}

/** What a plan costs: the tools once, plus every team member for every week of the mission. */
export function planCost(plan: Plan, mission: Mission, cat: Catalogue): number {
  const tools = plan.tools.reduce((sum, id) => sum + (cat.tools[id]?.cost ?? 0), 0);
  const team = plan.team.reduce((sum, id) => sum + (cat.roles[id]?.weeklyRate ?? 0) * mission.weeks, 0);
  return tools + team;
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

/** Weeks of delay from the plan alone: the format's work against what can be produced in the time given. */
export function weeksLate(
  format: string | null,
  team: string[],
  skills: SkillLevels,
  mission: Mission,
  cat: Catalogue,
): number {
  const effort = format ? (cat.formats[format]?.effort ?? 0) : 0;
  const weeksNeeded = Math.ceil(effort / weeklyCapacity(team, skills, cat) - 1e-9);
  return Math.max(0, weeksNeeded - mission.weeks);
}

/** Costs and delays added by the options chosen in production events and the live phase. */
export function decisionEffects(run: MissionRun, cat: Catalogue): { cost: number; weeks: number } {
  let cost = 0;
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
