import { describe, expect, it } from 'vitest';
import type { Format, Mission } from '../../../src/content/types.ts';
import { planCost } from '../../../src/sim/budget.ts';
import { applyChoice } from '../../../src/sim/choose.ts';
import { storyboardOf } from '../../../src/sim/design.ts';
import { type Choice, type MissionRun, startRun } from '../../../src/sim/run.ts';
import { noSkills } from '../../../src/sim/skills.ts';
import { DESIGN_RULES, handCatalogue } from '../fixtures.ts';

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

const objectives: Choice[] = [
  { t: 'objective', id: 'o1', on: true },
  { t: 'objective', id: 'o2', on: true },
];
const fullDesign: Choice[] = [
  { t: 'format', id: 'f1' },
  { t: 'order', ids: ['intro', 'read', 'drill', 'check'] },
  { t: 'evaluation', id: 'quiz', on: true },
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
    ['a card the deck lacks', at('design'), { t: 'order', ids: ['intro', 'ghost'] }, 'bad-order'],
    ['a card used twice', at('design'), { t: 'order', ids: ['intro', 'read', 'read'] }, 'bad-order'],
    [
      'more hours than the format holds',
      at('design', { format: 'f2' }),
      { t: 'order', ids: ['intro', 'read', 'drill', 'forum', 'check'] },
      'too-long',
    ],
    ['an unknown evaluation method', at('design'), { t: 'evaluation', id: 'vibes', on: true }, 'unknown-id'],
    [
      'a third evaluation method',
      at('design', { evaluation: ['quiz', 'survey'] }),
      { t: 'evaluation', id: 'results', on: true },
      'too-many',
    ],
    ['an objective the mission lacks', at('brief'), { t: 'objective', id: 'o9', on: true }, 'unknown-id'],
    [
      'a third objective',
      at('brief', { objectives: ['o1', 'o2'] }),
      { t: 'objective', id: 'o3', on: true },
      'too-many',
    ],
    ['an objective after the analysis', at('design'), { t: 'objective', id: 'o1', on: true }, 'wrong-phase'],
    ['a pilot decision with nothing found', at('production'), { t: 'pilot', revise: true }, 'wrong-phase'],
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
    expect(applyChoice(at('brief'), { t: 'next' }, cat).ok).toBe(false);
    expect(applyChoice(play(at('brief'), objectives.slice(0, 1)), { t: 'next' }, cat).ok).toBe(false);
    expect(applyChoice(play(at('brief'), objectives), { t: 'next' }, cat).ok).toBe(true);
    expect(applyChoice(at('design'), { t: 'next' }, cat).ok).toBe(false);
    expect(applyChoice(play(at('design'), [{ t: 'format', id: 'f1' }]), { t: 'next' }, cat).ok).toBe(false);
    const intro = play(at('design'), [
      { t: 'format', id: 'f1' },
      { t: 'order', ids: ['intro'] },
    ]);
    expect(applyChoice({ ...intro, evaluation: ['quiz'] }, { t: 'next' }, cat).ok).toBe(false);
    const noEvaluation = play(at('design'), fullDesign.slice(0, 2));
    expect(applyChoice(noEvaluation, { t: 'next' }, cat).ok).toBe(false);
    expect(applyChoice(play(at('design'), fullDesign), { t: 'next' }, cat).ok).toBe(true);
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
    const designing = { ...cat, rules: { ...cat.rules, ...DESIGN_RULES } };
    const play = (from: MissionRun, choices: Choice[]) =>
      choices.reduce((run, c) => {
        const r = applyChoice(run, c, designing);
        if (!r.ok) throw new Error(r.message);
        return r.run;
      }, from);
    let run = play(startRun('m', 7, noSkills()), [
      { t: 'ask', id: 'q-easy' },
      ...objectives,
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

  it('gives express missions only the big decisions: objectives and storyboard are written for them', () => {
    const deck = cat.missions.m?.deck.filter((c) => ['intro', 'drill', 'check'].includes(c.id)) ?? [];
    const express = {
      ...cat,
      missions: {
        ...cat.missions,
        m: { ...(cat.missions.m as Mission), express: true, eventCount: 0, deck, pilot: [] },
      },
    };
    let run: MissionRun = { ...startRun('m', 1, noSkills()) };
    for (const c of [{ t: 'next' }, { t: 'format', id: 'f1' }, { t: 'next' }] as Choice[]) {
      const r = applyChoice(run, c, express);
      if (!r.ok) throw new Error(r.message);
      run = r.run;
    }
    expect(run.phase).toBe('develop');
    expect(run.objectives).toEqual(['o1', 'o2']);
    expect(run.order).toEqual(['intro', 'drill', 'check']);
    const r = applyChoice({ ...run, phase: 'design' }, { t: 'order', ids: ['intro'] }, express);
    expect(!r.ok && r.error).toBe('wrong-phase');
  });

  it('pilots a storyboard short of practice: the weak spot is found, and revising adds its fix before the check', () => {
    const thin = play(at('design'), [
      { t: 'format', id: 'f1' },
      { t: 'order', ids: ['intro', 'read', 'check'] },
      { t: 'evaluation', id: 'quiz', on: true },
      { t: 'next' },
      { t: 'tool', id: 't1', on: true },
      { t: 'next' },
    ]);
    expect(thin.pilot).toEqual({ finding: 'p-practice', revise: null });
    const answered = play(
      thin,
      thin.events.map(
        (e): Choice => ({ t: 'event', id: e.id, option: cat.events[e.id]?.options[0]?.id ?? '' }),
      ),
    );
    const waiting = applyChoice(answered, { t: 'next' }, cat);
    expect(!waiting.ok && waiting.error).toBe('incomplete');
    const revised = play(answered, [{ t: 'pilot', revise: true }, { t: 'next' }]);
    expect(storyboardOf(revised, cat.missions.m as Mission)).toEqual(['intro', 'read', 'drill', 'check']);
    const twice = applyChoice(
      play(answered, [{ t: 'pilot', revise: false }]),
      { t: 'pilot', revise: true },
      cat,
    );
    expect(!twice.ok && twice.error).toBe('wrong-phase');
  });

  it('charges the storyboard’s production by the hour at the format’s rate, and refuses one the budget cannot pay', () => {
    const dear = {
      ...cat,
      formats: { ...cat.formats, f1: { ...(cat.formats.f1 as Format), costPerHour: 100 } },
    };
    const designing = play(at('design'), [{ t: 'format', id: 'f1' }]);
    const within = applyChoice(designing, { t: 'order', ids: ['intro', 'read', 'drill'] }, dear);
    expect(within.ok && planCost(within.run, cat.missions.m as Mission, dear)).toBe(1000); // 10 h × 100 €
    const over = applyChoice(designing, { t: 'order', ids: ['intro', 'read', 'drill', 'check'] }, dear);
    expect(!over.ok && over.error).toBe('over-budget');
    // A storyboard built in a cheap format cannot move to a format that makes it too dear.
    const cheap = play(at('design'), [
      { t: 'format', id: 'f2' },
      { t: 'order', ids: ['intro', 'read', 'drill', 'check'] },
    ]);
    const moved = applyChoice(cheap, { t: 'format', id: 'f1' }, dear);
    expect(!moved.ok && moved.error).toBe('over-budget');
  });

  it('finds nothing to pilot in a storyboard that already gives practice its share', () => {
    const ready = play(at('design'), [
      ...fullDesign,
      { t: 'next' },
      { t: 'tool', id: 't1', on: true },
      { t: 'next' },
    ]);
    expect(ready.pilot).toBeNull();
  });
});
