import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChoice, replay } from '../../../src/sim/choose.ts';
import { type Choice, type MissionRun, startRun } from '../../../src/sim/run.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const missionId = cat.career[0] as string;
const mission = cat.missions[missionId];
const ids = {
  format: Object.keys(cat.formats),
  tool: Object.keys(cat.tools),
  role: Object.keys(cat.roles),
};

/** Any sequence of decisions a player could try, good, refused or absurd. */
const choiceArb: fc.Arbitrary<Choice> = fc.oneof(
  fc.constant<Choice>({ t: 'next' }),
  fc.constantFrom(...ids.format).map((id): Choice => ({ t: 'format', id })),
  fc
    .record({ id: fc.constantFrom(...ids.tool), on: fc.boolean() })
    .map(({ id, on }): Choice => ({ t: 'tool', id, on })),
  fc
    .record({ id: fc.constantFrom(...ids.role), on: fc.boolean() })
    .map(({ id, on }): Choice => ({ t: 'role', id, on })),
);

/** Plays the attempts, keeping only the accepted ones, as the store does. */
function play(seed: number, attempts: Choice[]): MissionRun {
  let run = startRun(missionId, seed);
  for (const c of attempts) {
    const r = applyChoice(run, c, cat);
    if (r.ok) run = r.run;
  }
  return run;
}

describe('replay', () => {
  it('rebuilds exactly the same run, outcome included, from the seed and the recorded choices', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(choiceArb, { maxLength: 40 }), (seed, attempts) => {
        const run = play(seed, attempts);
        expect(replay(missionId, seed, run.choices, cat)).toEqual(run);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same outcome for the same seed and choices, and lets the seed move only the chance part', () => {
    const choices: Choice[] = [
      { t: 'next' },
      { t: 'format', id: 'interactive-module' },
      { t: 'next' },
      { t: 'tool', id: 'lms', on: true },
      { t: 'role', id: 'expert-metier', on: true },
      { t: 'next' },
      { t: 'next' },
    ];
    const a = replay(missionId, 11, choices, cat).outcome;
    const b = replay(missionId, 11, choices, cat).outcome;
    const c = replay(missionId, 12, choices, cat).outcome;
    expect(a).toEqual(b);
    const withoutChance = (o: typeof a) => o?.contributions.filter((x) => x.source.kind !== 'chance');
    expect(withoutChance(c)).toEqual(withoutChance(a));
    expect(
      Math.abs((a?.indicators.satisfaction ?? 0) - (c?.indicators.satisfaction ?? 0)),
    ).toBeLessThanOrEqual(2 * cat.rules.satisfactionNoise);
  });

  it('never lets a plan exceed the mission budget, whatever the player tries', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(choiceArb, { maxLength: 40 }), (seed, attempts) => {
        const run = play(seed, attempts);
        const cost =
          run.tools.reduce((s, id) => s + (cat.tools[id]?.cost ?? 0), 0) +
          run.team.reduce((s, id) => s + (cat.roles[id]?.weeklyRate ?? 0) * (mission?.weeks ?? 0), 0);
        expect(cost).toBeLessThanOrEqual(mission?.budget ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it('stops a replay at the first choice the rules refuse, saying which', () => {
    expect(() => replay(missionId, 1, [{ t: 'format', id: 'mooc' }], cat)).toThrow(/Choice 1 refused/);
  });
});
