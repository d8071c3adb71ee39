import { describe, expect, it } from 'vitest';
import type { Catalogue, Mission } from '../../../src/content/types.ts';
import { alignment, cardsOf, delivered, offTenths, principles } from '../../../src/sim/design.ts';
import { designReview } from '../../../src/sim/designReview.ts';
import { evaluate } from '../../../src/sim/outcome.ts';
import { type MissionRun, startRun } from '../../../src/sim/run.ts';
import { noSkills } from '../../../src/sim/skills.ts';
import { DESIGN_RULES, handCatalogue } from '../fixtures.ts';

const base = handCatalogue();
const cat: Catalogue = { ...base, rules: { ...base.rules, ...DESIGN_RULES } };
const mission = cat.missions.m as Mission;
const designed = (more: Partial<MissionRun> = {}): MissionRun => ({
  ...startRun('m', 1, noSkills()),
  format: 'f1',
  tools: ['t1'],
  objectives: ['o1', 'o2'],
  order: ['intro', 'read', 'drill', 'check'],
  evaluation: ['quiz'],
  ...more,
});
/** Points by source kind and indicator, summed. */
function points(run: MissionRun, c: Catalogue = cat): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of evaluate(run, c).contributions) {
    const key = `${x.source.kind}:${x.indicator}`;
    out[key] = Math.round(((out[key] ?? 0) + x.points) * 100) / 100;
  }
  return out;
}

describe('the learning design', () => {
  it('scores a sound storyboard on each count: objectives, hours by type, principles, alignment, length, evaluation', () => {
    const p = points(designed());
    expect(p['objectives:client']).toBe(4); // both observable
    // 5 h to take in, 6 h of practice, against half and half: fit 1 − 1/11 ÷ 2 → 10 × (2·0.9545 − 1).
    expect(p['mix:learning']).toBeCloseTo(9.09, 1);
    expect(p['storyboard:learning']).toBe(6); // every principle kept
    expect(p['storyboard:satisfaction']).toBe(6);
    // o1 is taught and checked; o2 (the forum's) is not taught: half aligned → 0.
    expect(p['alignment:learning']).toBe(0);
    expect(p['alignment:client']).toBe(0);
    expect(p['length:completion']).toBe(-2); // 11 h for 10 planned: a tenth too long
    expect(p['evaluation:client']).toBe(3); // the quiz is what this client needs
  });

  it('drops a card the format and tools cannot host, and holds it once a tool brings what it needs', () => {
    const withForum = designed({ order: ['intro', 'read', 'forum', 'drill', 'check'] });
    expect(delivered(withForum, mission, cat).dropped.map((c) => c.id)).toEqual(['forum']);
    const hosted = { ...withForum, tools: ['t1', 'lms'] };
    expect(delivered(hosted, mission, cat).dropped).toEqual([]);
    // Now o2 is taught too: both objectives aligned.
    expect(points(hosted)['alignment:learning']).toBe(6);
  });

  it('counts the client’s own platform: its forum hosts cards, and buying another is waste', () => {
    const owned: Catalogue = {
      ...cat,
      missions: { ...cat.missions, m: { ...mission, platform: true } },
    };
    const run = designed({ order: ['intro', 'read', 'forum', 'drill', 'check'] });
    expect(delivered(run, owned.missions.m as Mission, owned).dropped).toEqual([]);
    expect(points({ ...run, tools: ['t1', 'lms'] }, owned)['waste:client']).toBe(-5);
    expect(points(run, owned)['waste:client']).toBeUndefined();
  });

  it('marks a storyboard that opens cold, assesses before practice, or lectures on and on', () => {
    const cards = (ids: string[]) => cardsOf(ids, mission);
    expect(principles(cards(['intro', 'read', 'drill', 'check']), cat.rules)).toEqual({
      'intro-first': true,
      'practice-first': true,
      variety: true,
      active: true,
    });
    const cold = principles(cards(['read', 'intro', 'recall', 'check', 'drill']), cat.rules);
    expect(cold['intro-first']).toBe(false);
    expect(cold['practice-first']).toBe(false);
    expect(cold.active).toBe(false); // read, intro, recall: three S'informer cards in a row
    expect(principles(cards(['intro', 'read']), cat.rules).variety).toBe(false);
  });

  it('aligns only observable objectives, and docks an assessment that checks what was not picked', () => {
    const cards = cardsOf(['intro', 'read', 'drill', 'check', 'recall'], mission);
    const vague = alignment(cards, ['o1', 'o3'], mission);
    expect(vague.objectives.find((o) => o.id === 'o3')).toEqual({
      id: 'o3',
      taught: [],
      assessed: ['recall'],
    });
    expect(vague.fit).toBe(0.5);
    const stray = alignment(cards, ['o1', 'o2'], mission);
    expect(stray.stray).toEqual(['recall']);
    expect(stray.fit).toBe(0); // half aligned, less half for the stray quiz
  });

  it('weighs a course too short on learning and a course too long on completion', () => {
    expect(offTenths(10, 10)).toBe(0);
    expect(offTenths(10.9, 10)).toBe(0);
    expect(offTenths(6, 10)).toBe(-4);
    expect(offTenths(15, 10)).toBe(5);
    expect(points(designed({ order: ['intro', 'drill'] }))['length:learning']).toBe(-8);
  });

  it('makes a well-aligned storyboard score clearly above a careless one, with the same tools', () => {
    const careful = evaluate(
      designed({ tools: ['t1', 'lms'], order: ['intro', 'read', 'forum', 'drill', 'check'] }),
      cat,
    );
    const careless = evaluate(
      designed({
        tools: ['t1', 'lms'],
        objectives: ['o3', 'o1'],
        order: ['recall', 'read', 'intro'],
        evaluation: ['survey'],
      }),
      cat,
    );
    expect(careful.score - careless.score).toBeGreaterThan(10);
  });

  it('reviews the design for the debrief: hours by type targeted and given, and what the evaluation measures', () => {
    const review = designReview(designed({ evaluation: ['survey'] }), cat);
    expect(review?.target).toEqual([5, 0, 5, 0, 0, 0]);
    expect(review?.given).toEqual([5, 0, 6, 0, 0, 0]);
    expect(review?.fitting).toEqual([]);
    expect(review?.measured).toEqual(['satisfaction', 'completion']);
    expect(designReview(designed({ evaluation: ['quiz', 'results'] }), cat)?.measured).toEqual([
      'learning',
      'completion',
      'client',
    ]);
  });
});
