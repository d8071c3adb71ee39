import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
  // The intro card first, so the generated storyboards often start as a designer's would.
  const deck = [...m.deck]
    .sort((a, b) => Number(b.role === 'intro') - Number(a.role === 'intro'))
    .map((c) => c.id);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant<Choice>({ t: 'next' }) },
    fc.constantFrom(...m.questions.map((q) => q.id), 'nope').map((id): Choice => ({ t: 'ask', id })),
    fc.constantFrom(...Object.keys(cat.formats)).map((id): Choice => ({ t: 'format', id })),
    {
      weight: 3,
      arbitrary: fc
        .record({ id: fc.constantFrom(...m.objectives.map((o) => o.id), 'nope'), on: fc.boolean() })
        .map(({ id, on }): Choice => ({ t: 'objective', id, on })),
    },
    { weight: 4, arbitrary: fc.nat().map((k): Choice => ({ t: 'event', id: ANSWER, option: String(k) })) },
    fc.shuffledSubarray(deck).map((ids): Choice => ({ t: 'order', ids })),
    {
      weight: 3,
      arbitrary: fc
        .shuffledSubarray(deck.slice(1), { minLength: 2 })
        .map((ids): Choice => ({ t: 'order', ids: [deck[0] as string, ...ids] })),
    },
    fc.array(fc.constantFrom(...deck), { maxLength: 4 }).map((ids): Choice => ({ t: 'order', ids })),
    {
      weight: 2,
      arbitrary: fc
        .record({ id: fc.constantFrom(...Object.keys(cat.evaluations), 'nope'), on: fc.boolean() })
        .map(({ id, on }): Choice => ({ t: 'evaluation', id, on })),
    },
    fc.boolean().map((revise): Choice => ({ t: 'pilot', revise })),
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
