import type { Catalogue, GameEvent, Mission, SkillLevels } from '../content/types.ts';
import { type BotPlan, botSkills, playPlan } from './bot.ts';
import { planFits } from './budget.ts';
import { idealHours } from './pedagogy.ts';
import type { MissionRun } from './run.ts';
import { bestVisible, equalHours, randomSource, type Strategy, storyOrder } from './strategies.ts';

const score = (run: MissionRun | null) => run?.outcome?.score ?? -1;

/**
 * Greedy on what a player can see: asks the first questions, then takes the format, tools and team that
 * raise the score most one at a time, with an even spread of hours and a sensible storyboard.
 */
export const greedyPlay: Strategy = (m, seed, cat) => {
  const seen = visibleMission(
    m,
    m.questions.slice(0, m.maxQuestions).map((q) => q.id),
    botSkills(m, cat),
  );
  const plan = greedyPlan(seen, seed, { ...cat, missions: { ...cat.missions, [m.id]: seen } });
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

function greedyPlan(m: Mission, seed: number, cat: Catalogue): BotPlan {
  const base: BotPlan = {
    asked: m.questions.slice(0, m.maxQuestions).map((q) => q.id),
    format: m.formats[0] as string,
    hours: equalHours(m),
    order: storyOrder(m),
    tools: [],
    team: [],
    pick: bestVisible,
  };
  const skills = botSkills(m, cat);
  const play = (p: BotPlan) =>
    playPlan(m.id, seed, skills, p.tools.length ? p : { ...p, tools: [firstTool(p, m, cat)] }, cat);
  let plan = { ...base, format: best(m.formats, (f) => score(play({ ...base, format: f }))) };
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
    const base = {
      asked: revealing,
      hours: m.express ? equalHours(m) : idealHours(m.mix, m.hours),
      order: storyOrder(m),
      pick: bestVisible,
    };
    const toolIds = Object.keys(cat.tools);
    const roleIds = Object.keys(cat.roles);
    let bestRun: MissionRun | null = null;
    for (const format of m.formats) {
      for (let k = 0; k < restarts; k++) {
        let plan: BotPlan = { ...base, format, tools: r.shuffle(toolIds).slice(0, 1), team: [] };
        if (!planFits(plan, m, cat))
          plan = { ...plan, tools: [toolIds.find((id) => planFits({ ...plan, tools: [id] }, m, cat)) ?? ''] };
        let value = score(playPlan(m.id, seed, skills, plan, cat));
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
