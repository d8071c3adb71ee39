import type { Catalogue, Mission } from './types.ts';

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

/** Weeks of delay: the format's work against what the player and the team produce in the weeks given. */
export function weeksLate(format: string | null, team: string[], mission: Mission, cat: Catalogue): number {
  const effort = format ? (cat.formats[format]?.effort ?? 0) : 0;
  const perWeek =
    cat.rules.playerCapacity + team.reduce((sum, id) => sum + (cat.roles[id]?.capacity ?? 0), 0);
  const weeksNeeded = Math.ceil(effort / perWeek - 1e-9);
  return Math.max(0, weeksNeeded - mission.weeks);
}
