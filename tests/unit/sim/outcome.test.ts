import { describe, expect, it } from 'vitest';
import { planCost, weeksLate } from '../../../src/sim/budget.ts';
import { applyChoice } from '../../../src/sim/choose.ts';
import { debrief } from '../../../src/sim/debrief.ts';
import { coverage, evaluate } from '../../../src/sim/outcome.ts';
import { type MissionRun, startRun } from '../../../src/sim/run.ts';
import type { Mission } from '../../../src/sim/types.ts';
import { handCatalogue } from '../fixtures.ts';

const cat = handCatalogue();
const mission = cat.missions.m as Mission;
const plan = (format: string, tools: string[], team: string[]): MissionRun => ({
  ...startRun('m', 1),
  format,
  tools,
  team,
});

describe('budget and schedule', () => {
  it('charges tools once and each team member for every week', () => {
    expect(planCost({ tools: ['t1', 't2'], team: ['r1'] }, mission, cat)).toBe(300 + 200 + 100 * 2);
  });

  it('counts the weeks of delay from the format workload and the team capacity', () => {
    expect(weeksLate('f1', [], mission, cat)).toBe(0); // 2 person-weeks, 1 a week, 2 weeks given
    expect(weeksLate('f2', [], mission, cat)).toBe(4); // 6 weeks needed alone
    expect(weeksLate('f2', ['r1'], mission, cat)).toBe(1); // 2 a week → 3 weeks
  });
});

describe('evaluation', () => {
  it('gives diminishing returns: each unit of strength covers half of what is left', () => {
    expect(coverage(0, 0.5)).toBe(0);
    expect(coverage(1, 0.5)).toBe(0.5);
    expect(coverage(2, 0.5)).toBe(0.75);
    expect(coverage(3, 0.5)).toBe(0.875);
  });

  it('scores a plan that answers the learning need twice over', () => {
    const o = evaluate(plan('f1', ['t1'], []), 1, cat);
    // a: strength 2 → 0.75 × 20 = 15 learning; b uncovered (no penalty); nothing heavy; on time.
    expect(o.indicators).toEqual({ learning: 65, satisfaction: 50, completion: 50, client: 50 });
    expect(o.score).toBe(53.8); // (65 + 50 + 50 + 50) / 4 = 53.75
    expect(o.stars).toBe(0);
    expect(o.cost).toBe(300);
    expect(o.weeksLate).toBe(0);
  });

  it('applies the missing-need penalty, the heavy-media malus and the delay', () => {
    const o = evaluate(plan('f2', ['t2'], ['r1']), 1, cat);
    // a missing: −10 learning. b: 2 + 1 + 1 = 4 → 0.9375 × 16 = 15 client. heavy: 1 → 0.5 × −8 = −4.
    // One week late: −10 client.
    expect(o.indicators).toEqual({ learning: 40, satisfaction: 50, completion: 46, client: 55 });
    expect(o.score).toBe(47.8); // 191 / 4 = 47.75
    expect(o.weeksLate).toBe(1);
  });

  it('turns the score into stars at the thresholds of the rules', () => {
    const rich = {
      ...cat,
      rules: { ...cat.rules, baseline: { learning: 70, satisfaction: 70, completion: 70, client: 70 } },
    };
    expect(evaluate(plan('f1', ['t1'], []), 1, rich).stars).toBe(3); // 73.75
  });

  it('shares a need between the choices that met it, in proportion to their strength', () => {
    const o = evaluate(plan('f2', ['t2'], ['r1']), 1, cat);
    const onB = o.contributions.filter((c) => c.tag === 'b');
    expect(onB.map((c) => [c.source, c.points])).toEqual([
      [{ kind: 'format', id: 'f2' }, 7.5],
      [{ kind: 'tool', id: 't2' }, 3.75],
      [{ kind: 'role', id: 'r1' }, 3.75],
    ]);
  });
});

describe('debrief', () => {
  it('names the decisions that weighed most, largest first, with the need they answered', () => {
    const o = evaluate(plan('f2', ['t2'], ['r1']), 1, cat);
    const items = debrief(o, cat);
    expect(items.map((i) => [i.source, i.impact])).toEqual([
      [{ kind: 'missing', tag: 'a' }, -2.5], // −10 / 4
      [{ kind: 'delay' }, -2.5],
      [{ kind: 'format', id: 'f2' }, 1.9], // 7.5 / 4 = 1.875
    ]);
    expect(items[0]?.tags).toEqual(['a']);
  });

  it('leaves chance out of the reasons', () => {
    const noisy = { ...cat, rules: { ...cat.rules, satisfactionNoise: 5 } };
    const o = evaluate(plan('f1', ['t1'], []), 42, noisy);
    expect(o.contributions.some((c) => c.source.kind === 'chance')).toBe(true);
    expect(debrief(o, noisy).some((i) => i.source.kind === 'chance')).toBe(false);
  });
});

describe('choices', () => {
  const designRun = (): MissionRun => ({ ...startRun('m', 1), phase: 'design' });
  const developRun = (): MissionRun => ({ ...startRun('m', 1), phase: 'develop', format: 'f1' });

  it('records an accepted choice', () => {
    const r = applyChoice(designRun(), { t: 'format', id: 'f1' }, cat);
    expect(r.ok && r.run.format).toBe('f1');
    expect(r.ok && r.run.choices).toEqual([{ t: 'format', id: 'f1' }]);
  });

  it.each([
    ['an unknown format', designRun, { t: 'format', id: 'nope' }, 'unknown-id'],
    ['a tool in the design phase', designRun, { t: 'tool', id: 't1', on: true }, 'wrong-phase'],
    ['a format in the develop phase', developRun, { t: 'format', id: 'f2' }, 'wrong-phase'],
    ['an unknown team role', developRun, { t: 'role', id: 'ghost', on: true }, 'unknown-id'],
  ] as const)('refuses %s and leaves the run unchanged', (_, make, choice, error) => {
    const run = make();
    const before = structuredClone(run);
    const r = applyChoice(run, choice, cat);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe(error);
    expect(run).toEqual(before);
  });

  it('refuses a plan over budget', () => {
    const r1 = applyChoice(developRun(), { t: 'tool', id: 't3', on: true }, cat);
    expect(r1.ok).toBe(true);
    const r2 = r1.ok ? applyChoice(r1.run, { t: 'tool', id: 't1', on: true }, cat) : r1;
    expect(!r2.ok && r2.error).toBe('over-budget'); // 900 + 300 > 1000
  });

  it('refuses more tools than the mission allows', () => {
    let run = developRun();
    for (const id of ['t1', 't2']) {
      const r = applyChoice(run, { t: 'tool', id, on: true }, cat);
      if (r.ok) run = r.run;
    }
    const r = applyChoice(run, { t: 'tool', id: 't3', on: true }, cat);
    expect(!r.ok && r.error).toBe('too-many');
  });

  it('will not leave design without a format nor develop without a tool', () => {
    expect(applyChoice(designRun(), { t: 'next' }, cat).ok).toBe(false);
    expect(applyChoice(developRun(), { t: 'next' }, cat).ok).toBe(false);
  });

  it('evaluates the mission when it reaches the evaluation phase', () => {
    let run = startRun('m', 7);
    for (const c of [
      { t: 'next' },
      { t: 'format', id: 'f1' },
      { t: 'next' },
      { t: 'tool', id: 't1', on: true },
      { t: 'next' },
      { t: 'next' },
    ] as const) {
      const r = applyChoice(run, c, cat);
      if (!r.ok) throw new Error(r.message);
      run = r.run;
    }
    expect(run.phase).toBe('evaluate');
    expect(run.outcome?.score).toBe(53.8);
  });
});
