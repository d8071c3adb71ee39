import { describe, expect, it } from 'vitest';
import type { Format, Mission } from '../../../src/content/types.ts';
import { planCost, weeksLate } from '../../../src/sim/budget.ts';
import { debrief } from '../../../src/sim/debrief.ts';
import { coverage, idleTools } from '../../../src/sim/needs.ts';
import { evaluate } from '../../../src/sim/outcome.ts';
import { mixFit } from '../../../src/sim/pedagogy.ts';
import { type MissionRun, startRun } from '../../../src/sim/run.ts';
import { noSkills } from '../../../src/sim/skills.ts';
import { handCatalogue } from '../fixtures.ts';

const cat = handCatalogue();
const mission = cat.missions.m as Mission;
const plan = (
  format: string,
  tools: string[],
  team: string[],
  more: Partial<MissionRun> = {},
): MissionRun => ({
  ...startRun('m', 1, noSkills()),
  format,
  tools,
  team,
  ...more,
});

describe('budget and schedule', () => {
  it('charges tools once and each team member for every week', () => {
    expect(planCost({ tools: ['t1', 't2'], team: ['r1'] }, mission, cat)).toBe(300 + 200 + 100 * 2);
  });

  it('counts the weeks of delay from the format workload and the team capacity', () => {
    expect(weeksLate('f1', 10, [], noSkills(), mission, cat)).toBe(0); // 2 person-weeks, 1 a week, 2 weeks given
    expect(weeksLate('f2', 10, [], noSkills(), mission, cat)).toBe(4); // 6 weeks needed alone
    expect(weeksLate('f2', 10, ['r1'], noSkills(), mission, cat)).toBe(1); // 2 a week → 3 weeks
    expect(weeksLate('f2', 10, ['r1'], { ...noSkills(), project: 2 }, mission, cat)).toBe(0); // 3 a week → 2 weeks
  });

  it('grows the workload with the storyboard’s hours, as the format costs per hour', () => {
    const perHour = {
      ...cat,
      formats: { ...cat.formats, f1: { ...(cat.formats.f1 as Format), effortPerHour: 0.5 } },
    };
    expect(weeksLate('f1', 4, [], noSkills(), mission, perHour)).toBe(2); // 2 + 2 = 4 person-weeks: 4 weeks
    expect(weeksLate('f1', 12, [], noSkills(), mission, perHour)).toBe(6); // 2 + 6 = 8 person-weeks
  });

  it('charges the evaluation methods chosen with the plan', () => {
    expect(planCost({ tools: ['t1'], team: [], evaluation: ['quiz', 'observation'] }, mission, cat)).toBe(
      300 + 100 + 300,
    );
  });
});

describe('needs', () => {
  it('gives diminishing returns: each unit of strength covers half of what is left', () => {
    expect([0, 1, 2, 3].map((s) => coverage(s, 0.5))).toEqual([0, 0.5, 0.75, 0.875]);
  });

  it('scores a plan that answers the learning need twice over', () => {
    const o = evaluate(plan('f1', ['t1'], []), cat);
    // a: strength 2 → 0.75 × 20 = 15 learning; b uncovered (no penalty); nothing heavy; on time.
    expect(o.indicators).toEqual({ learning: 65, satisfaction: 50, completion: 50, client: 50 });
    expect(o.score).toBe(53.8); // (65 + 50 + 50 + 50) / 4 = 53.75
    expect(o.stars).toBe(0);
    expect(o.weeksLate).toBe(0);
  });

  it('applies the missing-need penalty, the heavy-media malus and the delay', () => {
    const o = evaluate(plan('f2', ['t2'], ['r1']), cat);
    // a missing: −10. b: 2 + 1 + 1 = 4 → 0.9375 × 16 = 15. heavy: 0.5 × −8 = −4. One week late: −10.
    expect(o.indicators).toEqual({ learning: 40, satisfaction: 50, completion: 46, client: 55 });
    expect(o.score).toBe(47.8);
  });

  it('shares a need between the choices that met it, in proportion to their strength', () => {
    const onB = evaluate(plan('f2', ['t2'], ['r1']), cat).contributions.filter((c) => c.tag === 'b');
    expect(onB.map((c) => [c.source, c.points])).toEqual([
      [{ kind: 'format', id: 'f2' }, 7.5],
      [{ kind: 'role', id: 'r1' }, 3.75],
      [{ kind: 'tool', id: 't2' }, 3.75],
    ]);
  });

  it('makes a tool useless when what it requires is missing', () => {
    expect(idleTools(plan('f1', ['needsB'], []), cat)).toEqual(['needsB']);
    expect(idleTools(plan('f2', ['needsB'], []), cat)).toEqual([]); // f2 brings b
    expect(evaluate(plan('f1', ['needsB'], []), cat).indicators.learning).toBe(60); // f1 alone: 0.5 × 20
  });

  it('halves a tool used without the skill it takes, unless a team member covers it', () => {
    // web brings a: 2. Unskilled: 1 + (f1) 1 = 2 → 15; skilled: 1 + 2 = 3 → 17.5.
    expect(evaluate(plan('f1', ['web'], []), cat).indicators.learning).toBe(65);
    expect(
      evaluate(plan('f1', ['web'], [], { skills: { ...noSkills(), web: 2 } }), cat).indicators.learning,
    ).toBe(67.5);
    expect(evaluate(plan('f1', ['web'], ['r1']), cat).indicators.learning).toBe(67.5);
  });
});

describe('the spread of hours', () => {
  it('measures the hours by type against the ideal (half the total variation from 1)', () => {
    expect(mixFit([5, 0, 5, 0, 0, 0], mission.mix)).toBe(1);
    expect(mixFit([10, 0, 0, 0, 0, 0], mission.mix)).toBe(0.5);
    expect(mixFit([0, 5, 0, 5, 0, 0], mission.mix)).toBe(0);
  });
});

describe('questions, events and the live phase', () => {
  it('rewards a hidden constraint brought to light, if the player listened well enough', () => {
    expect(evaluate(plan('f1', ['t1'], [], { asked: ['q-easy'] }), cat).indicators.client).toBe(53);
    expect(evaluate(plan('f1', ['t1'], [], { asked: ['q-hidden'] }), cat).indicators.client).toBe(50);
    const listener = { asked: ['q-hidden'], skills: { ...noSkills(), listening: 1 } };
    expect(evaluate(plan('f1', ['t1'], [], listener), cat).indicators.client).toBe(53);
    expect(evaluate(plan('f1', ['t1'], [], { asked: ['q-none'] }), cat).indicators.client).toBe(50);
  });

  it('adds what the chosen options did, with their delays and costs', () => {
    const run = plan('f1', ['t1'], [], {
      events: [
        { id: 'e1', option: 'pay' },
        { id: 'e2', option: 'good' },
      ],
      live: [{ id: 'l1', option: 'ok' }],
    });
    const o = evaluate(run, cat);
    // pay: +2 client, 600 € → 900 € in all, within budget. good: +4 learning. ok: +5 completion.
    expect(o.indicators).toEqual({ learning: 69, satisfaction: 50, completion: 55, client: 52 });
    expect(o.cost).toBe(900);
  });

  it('charges a budget overrun and an event delay to the client', () => {
    const run = plan('f1', ['t3'], [], { events: [{ id: 'e1', option: 'pay' }] });
    // 900 + 600 = 1500: half the budget over → 5 tenths × 5 = −25; +2 from the option.
    expect(evaluate(run, cat).indicators.client).toBe(27);
    const slow = plan('f1', ['t1'], [], { events: [{ id: 'e1', option: 'slow' }] });
    expect(evaluate(slow, cat).weeksLate).toBe(1);
    expect(evaluate(slow, cat).indicators.client).toBe(40);
  });
});

describe('stars and debrief', () => {
  it('turns the score into stars at the thresholds of the rules', () => {
    const rich = {
      ...cat,
      rules: { ...cat.rules, baseline: { learning: 70, satisfaction: 70, completion: 70, client: 70 } },
    };
    expect(evaluate(plan('f1', ['t1'], []), rich).stars).toBe(3);
  });

  it('names the decisions that weighed most, largest first, with the need they answered', () => {
    const items = debrief(evaluate(plan('f2', ['t2'], ['r1']), cat), cat);
    expect(items.map((i) => [i.source, i.impact])).toEqual([
      [{ kind: 'missing', tag: 'a' }, -2.5],
      [{ kind: 'delay' }, -2.5],
      [{ kind: 'format', id: 'f2' }, 1.9],
    ]);
    expect(items[0]?.tags).toEqual(['a']);
  });

  it('leaves chance out of the reasons', () => {
    const noisy = { ...cat, rules: { ...cat.rules, satisfactionNoise: 5 } };
    const o = evaluate(plan('f1', ['t1'], [], { rng: 42 }), noisy);
    expect(o.contributions.some((c) => c.source.kind === 'chance')).toBe(true);
    expect(debrief(o, noisy).some((i) => i.source.kind === 'chance')).toBe(false);
  });
});

describe('ideal hours', () => {
  it('rounds the ideal spread to whole hours that add up to the total', async () => {
    const { idealHours } = await import('../../../src/sim/pedagogy.ts');
    const mix = {
      acquire: 0.35,
      investigate: 0.15,
      practise: 0.3,
      produce: 0.1,
      discuss: 0.05,
      collaborate: 0.05,
    };
    expect(idealHours(mix, 6)).toEqual([2, 1, 2, 1, 0, 0]);
    expect(idealHours(mix, 6).reduce((a, b) => a + b, 0)).toBe(6);
    expect(idealHours(mix, 20)).toEqual([7, 3, 6, 2, 1, 1]);
  });
});
