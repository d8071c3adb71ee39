import { describe, expect, it } from 'vitest';
import type { Mission } from '../../../src/content/types.ts';
import { botSkills, playPlan } from '../../../src/sim/bot.ts';
import { planCost } from '../../../src/sim/budget.ts';
import { greedyPlay } from '../../../src/sim/search.ts';
import { bestStoryboard, STORYBOARD_RECIPES } from '../../../src/sim/storyboards.ts';
import { bestVisible, firstObjectives } from '../../../src/sim/strategies.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const SEED = 1000;
const designed = Object.values(cat.missions).filter((m) => !m.express);

/**
 * Two plans per mission, with the format the greedy player picks: a careful design with half the greedy
 * player's spending at most (its cheapest tools, no team), against a careless design (the whole deck as
 * listed, the first objectives, a satisfaction survey) with every tool and team member the greedy player took
 * that the budget allows.
 */
function compare(m: Mission) {
  const greedy = greedyPlay(m, SEED, cat);
  if (!greedy?.format) throw new Error(`greedy play failed on ${m.id}`);
  const format = greedy.format;
  const skills = botSkills(m, cat);
  const careful = m.objectives
    .filter((o) => o.observable)
    .slice(0, cat.rules.objectivePicks)
    .map((o) => o.id);
  const maxHours = cat.formats[format]?.maxHours ?? m.hours;
  const spent = planCost(greedy, m, cat);
  const tools = [...greedy.tools].sort((a, b) => (cat.tools[a]?.cost ?? 0) - (cat.tools[b]?.cost ?? 0));
  const modestTools: string[] = [];
  for (const id of tools)
    if (planCost({ tools: [...modestTools, id], team: [] }, m, cat) <= spent / 2) modestTools.push(id);
  if (modestTools.length === 0) modestTools.push(tools[0] as string);
  const modest = playPlan(
    m.id,
    SEED,
    skills,
    {
      asked: greedy.asked,
      objectives: careful,
      format,
      order: bestStoryboard(m, careful, {}, maxHours, cat.rules),
      evaluation: [...m.evaluation],
      tools: modestTools,
      team: [],
      revise: true,
      pick: bestVisible,
    },
    cat,
  );
  // The careless plan keeps every tool and team member of the greedy player's that its budget still allows.
  const wholeDeck = STORYBOARD_RECIPES.find((r) => r.id === 'whole-deck')?.build(m, maxHours) ?? [];
  const base = {
    format,
    order: wholeDeck,
    evaluation: ['survey'],
    tools: [] as string[],
    team: [] as string[],
  };
  for (const id of greedy.tools)
    if (planCost({ ...base, tools: [...base.tools, id] }, m, cat) <= m.budget) base.tools.push(id);
  for (const id of greedy.team)
    if (planCost({ ...base, team: [...base.team, id] }, m, cat) <= m.budget) base.team.push(id);
  const pile = playPlan(
    m.id,
    SEED,
    skills,
    {
      asked: greedy.asked,
      objectives: firstObjectives(m, cat),
      ...base,
      revise: false,
      pick: bestVisible,
    },
    cat,
  );
  return { modest: modest?.outcome, pile: pile?.outcome, spent, modestCost: modest?.outcome?.cost ?? 0 };
}

describe('design weighs as much as tools', () => {
  it('makes a careful design on half the budget beat a pile of tools with a careless design, on every mission', () => {
    const losses = designed.flatMap((m) => {
      const { modest, pile } = compare(m);
      if (!modest || !pile) return [`${m.id}: a plan was refused`];
      return modest.score > pile.score ? [] : [`${m.id}: ${modest.score} ≤ ${pile.score}`];
    });
    expect(losses).toEqual([]);
  });
});
