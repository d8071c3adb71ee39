import type { Catalogue, GameEvent, Mission, SkillLevels } from '../content/types.ts';
import { MAX_SKILL_LEVEL, SKILLS } from '../content/vocabulary.ts';
import { applyChoice, optionOpen } from './choose.ts';
import { type Choice, type MissionRun, startRun } from './run.ts';

/** Every decision of a mission, taken up front, with a rule for the events that only show up later. */
export interface BotPlan {
  asked: string[];
  objectives: string[];
  format: string;
  /** The storyboard's card ids, in order. */
  order: string[];
  evaluation: string[];
  tools: string[];
  team: string[];
  /** Whether to revise after the pilot when it finds a weak spot. */
  revise: boolean;
  /** Picks an option for an event or live step among the open ones (index into the list given). */
  pick: (event: GameEvent, open: string[], run: MissionRun) => string;
}

/** The background the bots start from. */
export const BOT_BACKGROUND = 'master-e-formation';

/** The skills a player typically has by the rank a mission asks for: a master's start plus a level a rank. */
export function botSkills(mission: Mission, cat: Catalogue): SkillLevels {
  const rank = cat.ranks.findIndex((r) => r.id === mission.rank);
  if (rank < 0) throw new Error(`Mission "${mission.id}" asks for an unknown rank "${mission.rank}".`);
  const base = cat.backgrounds[BOT_BACKGROUND]?.skills;
  if (!base) throw new Error(`The bots' background "${BOT_BACKGROUND}" is not in the catalogue.`);
  return Object.fromEntries(SKILLS.map((s) => [s, Math.min(MAX_SKILL_LEVEL, base[s] + rank)])) as SkillLevels;
}

/** Plays a whole mission from a plan; returns the evaluated run, or null when the plan breaks a rule. */
export function playPlan(
  missionId: string,
  seed: number,
  skills: SkillLevels,
  plan: BotPlan,
  cat: Catalogue,
): MissionRun | null {
  const mission = cat.missions[missionId];
  if (!mission) return null;
  let run = startRun(missionId, seed, skills);
  const apply = (c: Choice) => {
    const r = applyChoice(run, c, cat);
    if (!r.ok) return false;
    run = r.run;
    return true;
  };
  const design: Choice[] = mission.express
    ? [{ t: 'format', id: plan.format }]
    : [
        { t: 'format', id: plan.format },
        { t: 'order', ids: plan.order },
        ...plan.evaluation.map((id): Choice => ({ t: 'evaluation', id, on: true })),
      ];
  const objectives: Choice[] = mission.express
    ? []
    : plan.objectives.map((id): Choice => ({ t: 'objective', id, on: true }));
  const steps: Choice[] = [
    ...plan.asked.slice(0, mission.maxQuestions).map((id): Choice => ({ t: 'ask', id })),
    ...objectives,
    { t: 'next' },
    ...design,
    { t: 'next' },
    ...plan.tools.map((id): Choice => ({ t: 'tool', id, on: true })),
    ...plan.team.map((id): Choice => ({ t: 'role', id, on: true })),
    { t: 'next' },
  ];
  for (const c of steps) if (!apply(c)) return null;
  for (const kind of ['event', 'live'] as const) {
    for (const p of kind === 'event' ? run.events : run.live) {
      const event =
        kind === 'event' ? cat.events[p.id] : cat.live[run.format ?? '']?.steps.find((s) => s.id === p.id);
      if (!event) return null;
      const open = event.options.filter((o) => optionOpen(o, run.skills, run.team, cat)).map((o) => o.id);
      if (!apply({ t: kind, id: p.id, option: plan.pick(event, open, run) })) return null;
    }
    if (kind === 'event' && run.pilot && !apply({ t: 'pilot', revise: plan.revise })) return null;
    if (!apply({ t: 'next' })) return null;
  }
  return run.phase === 'evaluate' ? run : null;
}
