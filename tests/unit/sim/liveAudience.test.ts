import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/content/types.ts';
import {
  FLOOR_SHARE,
  LEAST_MOVE,
  liveAudience,
  OPENING_SHARE,
  REACTION_LINES,
  SHARE_PER_POINT,
  scoreShift,
} from '../../../src/sim/liveAudience.ts';
import { evaluate } from '../../../src/sim/outcome.ts';
import { type MissionRun, type Pending, startRun } from '../../../src/sim/run.ts';
import { noSkills } from '../../../src/sim/skills.ts';
import { handCatalogue, realCatalogue } from '../fixtures.ts';

/** The hand catalogue with a thousand learners, so shares read as whole people. */
function thousand(): Catalogue {
  const cat = handCatalogue();
  const m = cat.missions.m;
  if (!m) throw new Error('no mission m');
  return { ...cat, missions: { ...cat.missions, m: { ...m, learners: 1000 } } };
}

const liveRun = (missionId: string, format: string, live: Pending[], seed = 1): MissionRun => ({
  ...startRun(missionId, seed, noSkills()),
  phase: 'implement',
  format,
  live,
});

describe('liveAudience', () => {
  it('opens with a share of the learners and no reaction while no step is answered', () => {
    const a = liveAudience(liveRun('m', 'f1', [{ id: 'l1', option: null }]), thousand());
    expect(a).toEqual({ now: 1000 * OPENING_SHARE, before: 1000 * OPENING_SHARE, reaction: null });
  });

  it('grows after a choice that adds to the score, in proportion to what it adds', () => {
    // "ok" brings 5 completion points; the four indicators weigh 1 each: the score gains 5 / 4.
    const a = liveAudience(liveRun('m', 'f1', [{ id: 'l1', option: 'ok' }]), thousand());
    expect(a.before).toBe(600);
    expect(a.now).toBe(Math.round(1000 * (OPENING_SHARE + (5 / 4) * SHARE_PER_POINT)));
    expect(a.reaction?.mood).toBe('good');
    expect(a.reaction?.step).toBe('l1');
  });

  it('thins after a choice that adds nothing, by the least move', () => {
    const a = liveAudience(liveRun('m', 'f1', [{ id: 'l1', option: 'ko' }]), thousand());
    expect(a.now).toBe(Math.round(1000 * (OPENING_SHARE - LEAST_MOVE)));
    expect(a.reaction?.mood).toBe('bad');
  });

  it('shows the room’s reaction in lines of the right list, the same ones every time the run is replayed', () => {
    const cat = thousand();
    const run = liveRun('m', 'f1', [{ id: 'l1', option: 'ok' }], 42);
    const lines = liveAudience(run, cat).reaction?.lines ?? [];
    expect(lines).toHaveLength(REACTION_LINES);
    for (const line of lines) expect(cat.live.f1?.reactions.good).toContainEqual(line);
    expect(liveAudience(run, cat).reaction?.lines).toEqual(lines);
    const bad = liveAudience(liveRun('m', 'f1', [{ id: 'l1', option: 'ko' }], 42), cat).reaction?.lines;
    for (const line of bad ?? []) expect(cat.live.f1?.reactions.bad).toContainEqual(line);
  });

  it('keeps a few people however poor the choices', () => {
    const cat = thousand();
    const step = cat.live.f1?.steps[0];
    if (!step) throw new Error('no step');
    // Twenty poor steps in a row, each taking away the least.
    const steps = Array.from({ length: 20 }, (_, i) => ({ ...step, id: `p${i}` }));
    const poor = { ...cat, live: { ...cat.live, f1: { ...cat.live.f1, steps } } } as Catalogue;
    const a = liveAudience(
      liveRun(
        'm',
        'f1',
        steps.map((s) => ({ id: s.id, option: 'ko' })),
      ),
      poor,
    );
    expect(a.now).toBe(1000 * FLOOR_SHARE);
  });

  it('follows the real webinar: up after a pause for questions, down after carrying on without sound', () => {
    const cat = realCatalogue();
    const learners = cat.missions['webinaire-rentree-etudiants']?.learners ?? 0;
    const first = liveAudience(
      liveRun('webinaire-rentree-etudiants', 'webinar', [
        { id: 'webinaire-chat', option: 'pause-questions' },
        { id: 'webinaire-son', option: null },
      ]),
      cat,
    );
    expect(first.before).toBe(Math.round(learners * OPENING_SHARE));
    expect(first.now).toBeGreaterThan(first.before);
    const second = liveAudience(
      liveRun('webinaire-rentree-etudiants', 'webinar', [
        { id: 'webinaire-chat', option: 'pause-questions' },
        { id: 'webinaire-son', option: 'continuer' },
      ]),
      cat,
    );
    expect(second.before).toBe(first.now);
    expect(second.now).toBeLessThan(second.before);
    expect(second.reaction?.mood).toBe('bad');
  });
});

describe('scoreShift', () => {
  it('weighs a live option’s points exactly as they move the mission’s score', () => {
    const cat = realCatalogue();
    const run = liveRun('webinaire-rentree-etudiants', 'webinar', [
      { id: 'webinaire-chat', option: 'pause-questions' },
      { id: 'webinaire-son', option: 'continuer' },
    ]);
    const contributions = evaluate(run, cat).contributions;
    const total = Object.values(cat.rules.weights).reduce((a, b) => a + b, 0);
    for (const p of run.live) {
      const option = cat.live.webinar?.steps
        .find((s) => s.id === p.id)
        ?.options.find((o) => o.id === p.option);
      if (!option) throw new Error(`no option ${p.option}`);
      const weighed = contributions
        .filter((c) => c.source.kind === 'live' && c.source.id === p.id)
        .reduce((sum, c) => sum + (c.points * cat.rules.weights[c.indicator]) / total, 0);
      expect(scoreShift(option.effects, cat.rules)).toBeCloseTo(weighed, 6);
    }
  });

  it('gives every live format of the real catalogue a good and a poor option to react to', () => {
    const cat = realCatalogue();
    for (const live of Object.values(cat.live)) {
      const shifts = live.steps.flatMap((s) => s.options.map((o) => scoreShift(o.effects, cat.rules)));
      expect(shifts.some((x) => x > 0)).toBe(true);
      expect(shifts.some((x) => x <= 0)).toBe(true);
    }
  });
});
