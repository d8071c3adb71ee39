import type { Catalogue, GameEvent, Mission, SkillLevels } from '../content/types.ts';
import { type BotPlan, botSkills, playPlan } from './bot.ts';
import { planFits } from './budget.ts';
import { tagsBrought } from './design.ts';
import { type MissionRun, startRun } from './run.ts';
import { bestStoryboard, type StoryboardRecipe, sensibleStoryboard } from './storyboards.ts';
import { bestVisible, firstObjectives, maxHoursOf, randomSource, type Strategy } from './strategies.ts';

const score = (run: MissionRun | null) => run?.outcome?.score ?? -1;

/** How a bot sets objectives and builds its storyboard for a format. */
type Designer = (m: Mission, format: string, cat: Catalogue) => { objectives: string[]; order: string[] };

/** A thoughtful player: observable objectives, and every activity serving them. */
const thoughtful: Designer = (m, format, cat) => {
  const objectives = observableObjectives(m, cat);
  return { objectives, order: sensibleStoryboard(m, objectives, maxHoursOf(format, cat)) };
};

const observableObjectives = (m: Mission, cat: Catalogue) =>
  m.objectives
    .filter((o) => o.observable)
    .slice(0, cat.rules.objectivePicks)
    .map((o) => o.id);

/**
 * Greedy on what a player can see: asks the first questions, picks observable objectives and a sensible
 * storyboard, then takes the format, evaluation, tools and team that raise the score most one at a time.
 */
export const greedyPlay: Strategy = (m, seed, cat) => greedyWith(thoughtful)(m, seed, cat);

/** Greedy play with a fixed storyboard recipe, applied whatever the mission, and the first objectives listed. */
export const storyboardRecipePlay = (recipe: StoryboardRecipe): Strategy =>
  greedyWith((m, format, cat) => ({
    objectives: firstObjectives(m, cat),
    order: recipe.build(m, maxHoursOf(format, cat)),
  }));

const greedyWith =
  (designer: Designer): Strategy =>
  (m, seed, cat) => {
    const seen = visibleMission(
      m,
      m.questions.slice(0, m.maxQuestions).map((q) => q.id),
      botSkills(m, cat),
    );
    const plan = greedyPlan(seen, seed, { ...cat, missions: { ...cat.missions, [m.id]: seen } }, designer);
    return playPlan(m.id, seed, botSkills(m, cat), plan, cat);
  };

/** The mission as a player sees it: its hidden constraints count only once found. */
function visibleMission(m: Mission, asked: string[], skills: SkillLevels): Mission {
  const found = new Set(
    m.questions
      .filter((q) => asked.includes(q.id) && q.reveals && skills.listening >= q.listening)
      .map((q) => q.reveals),
  );
  const needs = m.needs.filter((n) => !n.constraint || found.has(n.constraint));
  return { ...m, needs };
}

function greedyPlan(m: Mission, seed: number, cat: Catalogue, designer: Designer): BotPlan {
  const base: BotPlan = {
    asked: m.questions.slice(0, m.maxQuestions).map((q) => q.id),
    objectives: [],
    format: m.formats[0] as string,
    order: [],
    evaluation: ['quiz'],
    tools: [],
    team: [],
    revise: true,
    pick: bestVisible,
  };
  const skills = botSkills(m, cat);
  const play = (p: BotPlan) =>
    playPlan(m.id, seed, skills, p.tools.length ? p : { ...p, tools: [firstTool(p, m, cat)] }, cat);
  const withFormat = (f: string): BotPlan => ({ ...base, format: f, ...designer(m, f, cat) });
  let plan = withFormat(best(m.formats, (f) => score(play(withFormat(f)))));
  const methods = Object.keys(cat.evaluations);
  plan = { ...plan, evaluation: [best(methods, (e) => score(play({ ...plan, evaluation: [e] })))] };
  for (const kind of ['tools', 'team'] as const) {
    const pool = Object.keys(kind === 'tools' ? cat.tools : cat.roles);
    for (;;) {
      const current = score(play(plan));
      const options = pool
        .filter((id) => !plan[kind].includes(id))
        .map((id) => ({ ...plan, [kind]: [...plan[kind], id] }));
      const fits = options.filter((p) => planFits(p, m, cat));
      const top = fits.map((p) => [p, score(play(p))] as const).sort((a, b) => b[1] - a[1])[0];
      if (!top || top[1] <= current) break;
      plan = top[0];
    }
  }
  return plan.tools.length ? plan : { ...plan, tools: [firstTool(plan, m, cat)] };
}

function firstTool(p: BotPlan, m: Mission, cat: Catalogue): string {
  return Object.keys(cat.tools).find((id) => planFits({ ...p, tools: [id] }, m, cat)) ?? '';
}

function best<T>(xs: readonly T[], value: (x: T) => number): T {
  return [...xs].map((x) => [x, value(x)] as const).sort((a, b) => b[1] - a[1])[0]?.[0] as T;
}

/** Picks, for each event and live step, the option that gives the best final score with the rest fixed. */
function bestPicks(plan: BotPlan, m: Mission, seed: number, cat: Catalogue): BotPlan {
  const skills = botSkills(m, cat);
  const chosen = new Map<string, string>();
  const withPicks: BotPlan = {
    ...plan,
    pick: (e: GameEvent, open: string[]) => chosen.get(e.id) ?? bestVisible(e, open),
  };
  const run = playPlan(m.id, seed, skills, withPicks, cat);
  for (const { id } of [...(run?.events ?? []), ...(run?.live ?? [])]) {
    const event =
      cat.events[id] ??
      Object.values(cat.live)
        .flatMap((l) => l.steps)
        .find((s) => s.id === id);
    let top = Number.NEGATIVE_INFINITY;
    let bestOption: string | undefined;
    for (const o of event?.options ?? []) {
      chosen.set(id, o.id);
      const s = score(playPlan(m.id, seed, skills, withPicks, cat));
      if (s > top) {
        top = s;
        bestOption = o.id;
      }
    }
    if (bestOption) chosen.set(id, bestOption);
    else chosen.delete(id);
  }
  return withPicks;
}

/**
 * Best effort: knows everything (the hidden constraints, the ideal spread and order) and climbs from
 * several starting plans by adding, removing or swapping one tool or team member at a time.
 */
export const searchPlay =
  (restarts = 4): Strategy =>
  (m, seed, cat) => {
    const r = randomSource(seed * 31 + 7);
    const skills = botSkills(m, cat);
    const revealing = m.questions
      .filter((q) => q.reveals && skills.listening >= q.listening)
      .map((q) => q.id);
    const objectives = observableObjectives(m, cat);
    const base = {
      asked: revealing,
      objectives,
      evaluation: [...m.evaluation],
      revise: true,
      pick: bestVisible,
    };
    // The storyboard for what a plan brings (its format, tools and team, and the client's platform).
    const design = (p: Omit<BotPlan, 'order'>) => {
      const run = { ...startRun(m.id, seed, skills), format: p.format, tools: p.tools, team: p.team };
      const brought = tagsBrought(run, m, cat);
      return bestStoryboard(m, objectives, brought, maxHoursOf(p.format, cat), cat.rules);
    };
    const toolIds = Object.keys(cat.tools);
    const roleIds = Object.keys(cat.roles);
    let bestRun: MissionRun | null = null;
    for (const format of m.formats) {
      for (let k = 0; k < restarts; k++) {
        const start = { ...base, format, order: [], tools: r.shuffle(toolIds).slice(0, 1), team: [] };
        let plan: BotPlan = { ...start, order: design(start) };
        if (!planFits(plan, m, cat))
          plan = { ...plan, tools: [toolIds.find((id) => planFits({ ...plan, tools: [id] }, m, cat)) ?? ''] };
        let value = score(playPlan(m.id, seed, skills, plan, cat));
        for (let pass = 0; pass < 2; pass++) {
          for (let improved = true; improved; ) {
            improved = false;
            for (const next of neighbours(plan, toolIds, roleIds, m)) {
              if (!planFits(next, m, cat)) continue;
              const s = score(playPlan(m.id, seed, skills, next, cat));
              if (s > value) {
                plan = next;
                value = s;
                improved = true;
              }
            }
          }
          // With the tools settled, the storyboard can use what they host.
          const redesigned = { ...plan, order: design(plan) };
          const s = score(playPlan(m.id, seed, skills, redesigned, cat));
          if (s > value) {
            plan = redesigned;
            value = s;
          }
        }
        const run = playPlan(m.id, seed, skills, bestPicks(plan, m, seed, cat), cat);
        if (score(run) > score(bestRun)) bestRun = run;
      }
    }
    return bestRun;
  };

function* neighbours(plan: BotPlan, tools: string[], roles: string[], m: Mission): Generator<BotPlan> {
  for (const [kind, pool, max] of [
    ['tools', tools, m.maxTools],
    ['team', roles, m.maxTeam],
  ] as const) {
    const have = plan[kind];
    for (const id of pool) {
      if (have.includes(id)) {
        if (kind === 'team' || have.length > 1) yield { ...plan, [kind]: have.filter((x) => x !== id) };
      } else {
        if (have.length < max) yield { ...plan, [kind]: [...have, id] };
        for (const out of have) yield { ...plan, [kind]: [...have.filter((x) => x !== out), id] };
      }
    }
  }
}
