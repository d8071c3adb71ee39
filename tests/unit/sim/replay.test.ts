import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES } from '../../../src/content/vocabulary.ts';
import { decisionEffects, planCost } from '../../../src/sim/budget.ts';
import { applyChoice, replay } from '../../../src/sim/choose.ts';
import { type Choice, type MissionRun, startRun } from '../../../src/sim/run.ts';
import { noSkills } from '../../../src/sim/skills.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const missionIds = Object.keys(cat.missions);
const mission = (id: string) => cat.missions[id] as NonNullable<(typeof cat.missions)[string]>;

/** Any decision a player could try on a mission, sensible, refused or absurd. */
function choiceArb(missionId: string): fc.Arbitrary<Choice> {
  const m = mission(missionId);
  const eventIds = [...m.events, 'nope'];
  const liveIds = Object.values(cat.live).flatMap((l) => l.steps.map((s) => s.id));
  const options = ['a', ...Object.values(cat.events).flatMap((e) => e.options.map((o) => o.id))];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant<Choice>({ t: 'next' }) },
    fc.constantFrom(...m.questions.map((q) => q.id), 'nope').map((id): Choice => ({ t: 'ask', id })),
    fc.constantFrom(...Object.keys(cat.formats)).map((id): Choice => ({ t: 'format', id })),
    fc
      .array(fc.nat(m.hours), { minLength: ACTIVITIES.length, maxLength: ACTIVITIES.length })
      .map((hours): Choice => ({ t: 'hours', hours })),
    {
      weight: 3,
      arbitrary: fc
        .array(fc.nat(9), { minLength: ACTIVITIES.length, maxLength: ACTIVITIES.length })
        .map((w): Choice => ({ t: 'hours', hours: spread(w, m.hours) })),
    },
    { weight: 4, arbitrary: fc.nat().map((k): Choice => ({ t: 'event', id: ANSWER, option: String(k) })) },
    fc.shuffledSubarray(m.sequences.map((s) => s.id)).map((ids): Choice => ({ t: 'order', ids })),
    {
      weight: 2,
      arbitrary: fc
        .shuffledSubarray(
          m.sequences.map((s) => s.id),
          { minLength: m.sequences.length },
        )
        .map((ids): Choice => ({ t: 'order', ids })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...Object.keys(cat.tools))
        .map((id): Choice => ({ t: 'tool', id, on: true })),
    },
    fc
      .record({ id: fc.constantFrom(...Object.keys(cat.tools)), on: fc.boolean() })
      .map(({ id, on }): Choice => ({ t: 'tool', id, on })),
    fc
      .record({ id: fc.constantFrom(...Object.keys(cat.roles)), on: fc.boolean() })
      .map(({ id, on }): Choice => ({ t: 'role', id, on })),
    fc
      .record({ id: fc.constantFrom(...eventIds), option: fc.constantFrom(...options) })
      .map((x): Choice => ({ t: 'event', ...x })),
    fc
      .record({ id: fc.constantFrom(...liveIds), option: fc.constantFrom(...options) })
      .map((x): Choice => ({ t: 'live', ...x })),
  );
}

const scenario = fc.constantFrom(...missionIds).chain((id) =>
  fc.record({
    id: fc.constant(id),
    seed: fc.integer(),
    attempts: fc.array(choiceArb(id), { minLength: 10, maxLength: 120, size: 'large' }),
  }),
);

/** Whole hours in proportion to weights, adding up to total. */
function spread(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const hours = weights.map((w) => Math.floor((w / sum) * total));
  hours[0] = (hours[0] ?? 0) + total - hours.reduce((a, b) => a + b, 0);
  return hours;
}

/** Stands for "answer whichever event or live step is pending", resolved against the run while playing. */
const ANSWER = '*answer*';

function resolve(run: MissionRun, c: Choice): Choice {
  if (c.t !== 'event' || c.id !== ANSWER) return c;
  const k = Number(c.option);
  const kind = run.phase === 'implement' ? 'live' : 'event';
  const pending = (kind === 'live' ? run.live : run.events).filter((p) => !p.option);
  const p = pending[k % Math.max(1, pending.length)];
  const source =
    kind === 'live' ? cat.live[run.format ?? '']?.steps.find((x) => x.id === p?.id) : cat.events[p?.id ?? ''];
  const option = source?.options[k % Math.max(1, source.options.length)];
  return { t: kind, id: p?.id ?? 'none', option: option?.id ?? 'none' };
}

/** Plays the attempts, keeping only the accepted ones, as the store does. */
function play(missionId: string, seed: number, attempts: Choice[]): MissionRun {
  let run = startRun(missionId, seed, noSkills());
  for (const attempt of attempts) {
    const c = resolve(run, attempt);
    const r = applyChoice(run, c, cat);
    if (r.ok) run = r.run;
  }
  return run;
}

describe('replay', () => {
  it('rebuilds exactly the same run, outcome included, from the seed, skills and recorded choices', () => {
    fc.assert(
      fc.property(scenario, ({ id, seed, attempts }) => {
        const run = play(id, seed, attempts);
        expect(replay(id, seed, noSkills(), run.choices, cat)).toEqual(run);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets the planned tools and team exceed the mission budget, whatever the player tries', () => {
    fc.assert(
      fc.property(scenario, ({ id, seed, attempts }) => {
        const run = play(id, seed, attempts);
        const m = mission(id);
        expect(planCost(run, m, cat)).toBeLessThanOrEqual(m.budget);
        expect(run.tools.length).toBeLessThanOrEqual(m.maxTools);
        expect(decisionEffects(run, cat).weeks).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches every phase in the generated plays, so the properties cover whole missions', () => {
    const phases = new Set<string>();
    fc.assert(
      fc.property(scenario, ({ id, seed, attempts }) => {
        phases.add(play(id, seed, attempts).phase);
      }),
      { numRuns: 300 },
    );
    expect([...phases].sort()).toEqual(['brief', 'design', 'develop', 'evaluate', 'implement', 'production']);
  });

  it('stops a replay at the first choice the rules refuse, saying which', () => {
    expect(() => replay(missionIds[0] as string, 1, noSkills(), [{ t: 'format', id: 'mooc' }], cat)).toThrow(
      /Choice 1 refused/,
    );
  });
});
