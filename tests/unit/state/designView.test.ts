import { describe, expect, it } from 'vitest';
import type { Catalogue, Mission } from '../../../src/content/types.ts';
import type { DebriefItem } from '../../../src/sim/debrief.ts';
import { type MissionRun, startRun } from '../../../src/sim/run.ts';
import { noSkills } from '../../../src/sim/skills.ts';
import { designView, measuredIn, revealedItems, unmeasuredOf } from '../../../src/state/designView.ts';
import { handCatalogue } from '../fixtures.ts';

const cat = handCatalogue();
const mission = cat.missions.m as Mission;
/** The hand catalogue with its mission changed. */
const withMission = (more: Partial<Mission>): Catalogue => ({
  ...cat,
  missions: { ...cat.missions, m: { ...mission, ...more } },
});

const item = (kind: 'mix' | 'delay' | 'overrun', indicator: DebriefItem['indicator'], impact: number) =>
  ({ source: { kind }, impact, indicator, tags: [] }) as DebriefItem;

/** A finished run of the hand mission: o1 (observable) and o3 (vague) picked, a forum that needs a community. */
function finished(more: Partial<MissionRun> = {}): MissionRun {
  return {
    ...startRun('m', 1, noSkills()),
    phase: 'evaluate',
    objectives: ['o1', 'o3'],
    format: 'f1',
    order: ['intro', 'read', 'drill', 'forum', 'check'],
    evaluation: ['survey'],
    ...more,
  };
}

describe('what the debrief reveals depends on what the evaluation measures', () => {
  const items = [
    item('mix', 'learning', -6),
    item('delay', 'client', -4),
    item('overrun', 'satisfaction', 3),
    item('mix', 'completion', 2),
    item('delay', 'learning', 1),
  ];

  it('names only the decisions that weighed on a measured result, the weightiest three', () => {
    expect(revealedItems(items, ['satisfaction', 'completion'])).toEqual([items[2], items[3]]);
    expect(revealedItems(items, ['learning', 'satisfaction', 'completion', 'client'])).toEqual(
      items.slice(0, 3),
    );
    expect(revealedItems(items, ['learning'], 1)).toEqual([items[0]]);
  });

  it('lists the results left unmeasured in the indicators’ order', () => {
    expect(unmeasuredOf(['completion', 'learning'])).toEqual(['satisfaction', 'client']);
    expect(unmeasuredOf(['learning', 'satisfaction', 'completion', 'client'])).toEqual([]);
  });

  it('measures completion always, and what the methods chosen measure', () => {
    expect(measuredIn(finished({ evaluation: ['survey'] }), cat)).toEqual(['satisfaction', 'completion']);
    expect(measuredIn(finished({ evaluation: ['quiz', 'results'] }), cat)).toEqual([
      'learning',
      'completion',
      'client',
    ]);
  });

  it('explains every result of an express mission, which the player does not evaluate', () => {
    const express = withMission({ express: true });
    expect(measuredIn(finished({ evaluation: [] }), express)).toEqual([
      'learning',
      'satisfaction',
      'completion',
      'client',
    ]);
    expect(designView(finished(), express)).toBeNull();
  });
});

describe('the design debrief of a finished run', () => {
  it('gives each objective picked its teaching and assessment cards, with the cards themselves', () => {
    const view = designView(finished(), cat);
    expect(view?.rows.map((r) => [r.objective.id, r.objective.observable])).toEqual([
      ['o1', true],
      ['o3', false],
    ]);
    expect(view?.rows[0]?.taught.map((c) => c.id)).toEqual(['read', 'drill']);
    expect(view?.rows[0]?.assessed.map((c) => c.id)).toEqual(['check']);
    // o3 is neither taught nor assessed; nothing assesses something else.
    expect(view?.rows[1]?.taught).toEqual([]);
    expect(view?.rows[1]?.assessed).toEqual([]);
    expect(view?.stray).toEqual([]);
  });

  it('lists an assessment of no objective picked as stray, and a card the plan cannot host as dropped', () => {
    const view = designView(finished({ objectives: ['o3', 'o2'], order: ['intro', 'forum', 'check'] }), cat);
    // The forum needs a community the first format lacks: it did not take place, so o2 is not taught.
    expect(view?.review.dropped.map((c) => c.id)).toEqual(['forum']);
    expect(view?.rows[1]?.taught).toEqual([]);
    expect(view?.rows[1]?.assessed.map((c) => c.id)).toEqual(['check']);
    const stray = designView(finished({ objectives: ['o1', 'o2'], order: ['intro', 'read', 'recall'] }), cat);
    expect(stray?.stray.map((c) => c.id)).toEqual(['recall']);
    expect(stray?.rows[0]?.assessed).toEqual([]);
  });

  it('says which evaluation fits the client, or which methods the client needed when none does', () => {
    const fits = designView(finished({ evaluation: ['quiz', 'survey'] }), cat);
    expect(fits?.fitting.map((e) => e.id)).toEqual(['quiz']);
    expect(fits?.missed).toEqual([]);
    expect(fits?.unmeasured).toEqual(['client']);
    const misses = designView(finished({ evaluation: ['survey'] }), cat);
    expect(misses?.fitting).toEqual([]);
    expect(misses?.missed.map((e) => e.id)).toEqual(['quiz']);
    expect(misses?.unmeasured).toEqual(['learning', 'client']);
  });

  it('names the card a revision after the pilot added, and a platform bought twice', () => {
    const run = finished({
      order: ['intro', 'read', 'check'],
      pilot: { finding: 'p-practice', revise: true },
      tools: ['lms'],
    });
    const view = designView(run, withMission({ platform: true }));
    expect(view?.pilot).toEqual({ revised: true, fix: mission.deck.find((c) => c.id === 'drill') });
    expect(view?.wasted.map((t) => t.id)).toEqual(['lms']);
    expect(designView(finished(), cat)?.pilot).toBeNull();
  });
});
