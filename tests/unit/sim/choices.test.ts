import { describe, expect, it } from 'vitest';
import type { Mission } from '../../../src/content/types.ts';
import { applyChoice } from '../../../src/sim/choose.ts';
import { type Choice, type MissionRun, startRun } from '../../../src/sim/run.ts';
import { noSkills } from '../../../src/sim/skills.ts';
import { handCatalogue } from '../fixtures.ts';

const cat = handCatalogue();
const at = (phase: MissionRun['phase'], more: Partial<MissionRun> = {}): MissionRun => ({
  ...startRun('m', 1, noSkills()),
  phase,
  ...more,
});

function play(run: MissionRun, choices: Choice[]): MissionRun {
  for (const c of choices) {
    const r = applyChoice(run, c, cat);
    if (!r.ok) throw new Error(r.message);
    run = r.run;
  }
  return run;
}

const fullDesign: Choice[] = [
  { t: 'format', id: 'f1' },
  { t: 'hours', hours: [5, 0, 5, 0, 0, 0] },
  { t: 'order', ids: ['s1', 's2', 's3'] },
];

describe('choices', () => {
  it('records an accepted choice', () => {
    const r = applyChoice(at('design'), { t: 'format', id: 'f1' }, cat);
    expect(r.ok && r.run.format).toBe('f1');
    expect(r.ok && r.run.choices).toEqual([{ t: 'format', id: 'f1' }]);
  });

  it.each([
    ['an unknown format', at('design'), { t: 'format', id: 'nope' }, 'unknown-id'],
    ['a tool in the design phase', at('design'), { t: 'tool', id: 't1', on: true }, 'wrong-phase'],
    ['a format in the develop phase', at('develop'), { t: 'format', id: 'f2' }, 'wrong-phase'],
    ['an unknown team role', at('develop'), { t: 'role', id: 'ghost', on: true }, 'unknown-id'],
    ['hours that do not add up', at('design'), { t: 'hours', hours: [5, 0, 4, 0, 0, 0] }, 'bad-hours'],
    ['hours for five activities', at('design'), { t: 'hours', hours: [5, 0, 5, 0, 0] }, 'bad-hours'],
    ['a storyboard missing a step', at('design'), { t: 'order', ids: ['s1', 's2'] }, 'bad-order'],
    ['a question after the brief', at('design'), { t: 'ask', id: 'q-easy' }, 'wrong-phase'],
    [
      'an event that was not drawn',
      at('production', { events: [{ id: 'e1', option: null }] }),
      { t: 'event', id: 'e3', option: 'x' },
      'unknown-id',
    ],
  ] as [string, MissionRun, Choice, string][])(
    'refuses %s and leaves the run unchanged',
    (_, run, choice, error) => {
      const before = structuredClone(run);
      const r = applyChoice(run, choice, cat);
      expect(!r.ok && r.error).toBe(error);
      expect(run).toEqual(before);
    },
  );

  it('limits the questions to the mission’s allowance, each asked once', () => {
    const run = play(at('brief'), [{ t: 'ask', id: 'q-easy' }]);
    const again = applyChoice(run, { t: 'ask', id: 'q-none' }, cat);
    expect(!again.ok && again.error).toBe('too-many');
  });

  it('refuses a plan over budget and more tools than allowed', () => {
    const run = play(at('develop'), [{ t: 'tool', id: 't3', on: true }]);
    const r = applyChoice(run, { t: 'tool', id: 't1', on: true }, cat);
    expect(!r.ok && r.error).toBe('over-budget');
    const two = play(at('develop'), [
      { t: 'tool', id: 't1', on: true },
      { t: 'tool', id: 't2', on: true },
    ]);
    const third = applyChoice(two, { t: 'tool', id: 'needsB', on: true }, cat);
    expect(!third.ok && third.error).toBe('too-many');
  });

  it('will not leave a phase with a decision missing', () => {
    expect(applyChoice(at('design'), { t: 'next' }, cat).ok).toBe(false);
    expect(applyChoice(play(at('design'), [{ t: 'format', id: 'f1' }]), { t: 'next' }, cat).ok).toBe(false);
    expect(applyChoice(at('develop'), { t: 'next' }, cat).ok).toBe(false);
  });

  it('draws the production events from the mission pool with the seed, the same each time', () => {
    const ready = play(at('design'), [
      ...fullDesign,
      { t: 'next' },
      { t: 'tool', id: 't1', on: true },
      { t: 'next' },
    ]);
    expect(ready.phase).toBe('production');
    expect(ready.events).toHaveLength(2);
    expect(new Set(ready.events.map((e) => e.id)).size).toBe(2);
    const again = play(at('design'), [
      ...fullDesign,
      { t: 'next' },
      { t: 'tool', id: 't1', on: true },
      { t: 'next' },
    ]);
    expect(again.events).toEqual(ready.events);
    const seeds = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
        const r = play({ ...at('design'), seed, rng: seed }, [
          ...fullDesign,
          { t: 'next' },
          { t: 'tool', id: 't1', on: true },
          { t: 'next' },
        ]);
        return r.events.map((e) => e.id).join();
      }),
    );
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('locks an option that needs a skill nobody has, and opens it to a team member who has it', () => {
    const run = at('production', { events: [{ id: 'e2', option: null }] });
    const locked = applyChoice(run, { t: 'event', id: 'e2', option: 'skilled' }, cat);
    expect(!locked.ok && locked.error).toBe('locked');
    expect(applyChoice({ ...run, team: ['r1'] }, { t: 'event', id: 'e2', option: 'skilled' }, cat).ok).toBe(
      true,
    );
  });

  it('plays a whole mission through the six phases to an evaluation', () => {
    let run = play(startRun('m', 7, noSkills()), [
      { t: 'ask', id: 'q-easy' },
      { t: 'next' },
      ...fullDesign,
      { t: 'next' },
      { t: 'tool', id: 't1', on: true },
      { t: 'next' },
    ]);
    run = play(run, [
      ...run.events.map(
        (e): Choice => ({ t: 'event', id: e.id, option: cat.events[e.id]?.options[0]?.id ?? '' }),
      ),
      { t: 'next' },
    ]);
    expect(run.phase).toBe('implement');
    expect(run.live).toEqual([{ id: 'l1', option: null }]);
    run = play(run, [{ t: 'live', id: 'l1', option: 'ok' }, { t: 'next' }]);
    expect(run.phase).toBe('evaluate');
    expect(run.outcome?.stars).toBeGreaterThan(0);
  });

  it('gives express missions only the big decisions: the learning design follows the ideal', () => {
    const express = {
      ...cat,
      missions: { ...cat.missions, m: { ...(cat.missions.m as Mission), express: true, eventCount: 0 } },
    };
    let run: MissionRun = { ...startRun('m', 1, noSkills()) };
    for (const c of [{ t: 'next' }, { t: 'format', id: 'f1' }, { t: 'next' }] as Choice[]) {
      const r = applyChoice(run, c, express);
      if (!r.ok) throw new Error(r.message);
      run = r.run;
    }
    expect(run.phase).toBe('develop');
    expect(run.hours).toEqual([5, 0, 5, 0, 0, 0]);
  });
});
