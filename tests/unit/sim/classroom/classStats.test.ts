import { describe, expect, it } from 'vitest';
import type { Mission } from '../../../../src/content/types.ts';
import { classStats, discussionPrompts } from '../../../../src/sim/classroom/classStats.ts';
import type { PupilResult } from '../../../../src/sim/classroom/resultCode.ts';
import { topicIndex } from '../../../../src/sim/classroom/topics.ts';

const mission = {
  id: 'm',
  formats: ['mooc', 'webinar', 'serious-game'],
  needs: [{ tag: 'a' }, { tag: 'b' }],
} as Mission;
const missed = (index: number) => topicIndex({ kind: 'need', index, good: false });
const met = (index: number) => topicIndex({ kind: 'need', index, good: true });
const pupil = (stars: number, format: number, topic: number): PupilResult => ({
  ticket: 0,
  missions: [{ stars, format, topic }],
});

describe('the class debrief', () => {
  const results = [
    pupil(3, 2, met(0)),
    pupil(1, 0, missed(1)),
    pupil(2, 2, missed(1)),
    pupil(2, 2, topicIndex({ kind: 'delay' })),
  ];
  const stats = classStats(results, [mission]);
  const m = stats.missions[0];

  it('counts pupils and the spread of their stars', () => {
    expect(stats.pupils).toBe(4);
    expect(stats.totalStars).toEqual([0, 1, 2, 1]);
    expect(m?.stars).toEqual([0, 1, 2, 1]);
    expect(m?.averageStars).toBe(2);
  });

  it('ranks the formats chosen and the pitfalls and strengths met', () => {
    expect(m?.formats).toEqual([
      { value: 'serious-game', count: 3 },
      { value: 'mooc', count: 1 },
    ]);
    expect(m?.pitfalls).toEqual([
      { value: missed(1), count: 2 },
      { value: topicIndex({ kind: 'delay' }), count: 1 },
    ]);
    expect(m?.strengths).toEqual([{ value: met(0), count: 1 }]);
  });

  it('asks about the favourite format, the commonest pitfall and a strength', () => {
    expect(m && discussionPrompts(m)).toEqual([
      { kind: 'format', format: 'serious-game', count: 3 },
      { kind: 'pitfall', topic: missed(1) },
      { kind: 'strength', topic: met(0) },
    ]);
  });

  it('still has something to ask and show with no result yet', () => {
    const empty = classStats([], [mission]);
    expect(empty.totalStars).toEqual([0, 0, 0, 0]);
    expect(empty.missions[0] && discussionPrompts(empty.missions[0])).toEqual([{ kind: 'job' }]);
  });
});
