import { describe, expect, it } from 'vitest';
import type { Mission } from '../../../../src/content/types.ts';
import {
  mainTopic,
  type Topic,
  topicAt,
  topicCount,
  topicIndex,
  topicOf,
} from '../../../../src/sim/classroom/topics.ts';
import type { DebriefItem } from '../../../../src/sim/debrief.ts';

const mission = { needs: [{ tag: 'tracking' }, { tag: 'practice' }] } as Mission;
const item = (source: DebriefItem['source'], impact: number, tags: string[] = []): DebriefItem => ({
  source,
  impact,
  indicator: 'learning',
  tags,
});

describe('debrief topics', () => {
  it('number every topic of a mission one to one', () => {
    const n = topicCount(mission);
    const all = Array.from({ length: n }, (_, i) => topicAt(i));
    expect(all.map(topicIndex)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(new Set(all.map((t) => JSON.stringify(t))).size).toBe(n);
  });

  it('name a need met or missed, a delay, and the spread of hours', () => {
    expect(topicOf(item({ kind: 'missing', tag: 'tracking' }, -8, ['tracking']), mission)).toEqual({
      kind: 'need',
      index: 0,
      good: false,
    });
    expect(topicOf(item({ kind: 'tool', id: 'lms' }, 6, ['practice', 'tracking']), mission)).toEqual({
      kind: 'need',
      index: 1,
      good: true,
    });
    expect(topicOf(item({ kind: 'delay' }, -4), mission)).toEqual({ kind: 'delay' });
    expect(topicOf(item({ kind: 'mix' }, -3), mission)).toEqual({ kind: 'mix', good: false });
  });

  it('take the first line of the debrief a code can name', () => {
    const items = [
      item({ kind: 'event', id: 'e', option: 'o' }, -9),
      item({ kind: 'format', id: 'mooc' }, 5, ['unknown-tag']),
      item({ kind: 'storyboard' }, 4),
    ];
    expect(mainTopic(items, mission)).toEqual<Topic>({ kind: 'storyboard', good: true });
    expect(mainTopic([], mission)).toEqual({ kind: 'none' });
  });
});
