import { describe, expect, it } from 'vitest';
import type { Mission } from '../../../../src/content/types.ts';
import { ClassTally, classStats, discussionPrompts } from '../../../../src/sim/classroom/classStats.ts';
import type { PupilResult } from '../../../../src/sim/classroom/resultCode.ts';
import { topicCount, topicIndex } from '../../../../src/sim/classroom/topics.ts';
import { nextRandom } from '../../../../src/sim/rng.ts';

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

describe('the class debrief, one result at a time', () => {
  const second = { id: 'n', formats: ['webinar', 'mooc'], needs: [{ tag: 'c' }] } as Mission;
  const missions = [mission, second];
  // Each pupil's choices drawn from their ticket and the field: the same class on every run.
  const pick = (ticket: number, field: number, n: number) =>
    Math.floor(nextRandom(ticket * 8 + field).value * n);
  const results: PupilResult[] = Array.from({ length: 200 }, (_, ticket) => ({
    ticket,
    missions: missions.map((m, i) => ({
      stars: pick(ticket, 3 * i, 4),
      format: pick(ticket, 3 * i + 1, m.formats.length),
      topic: pick(ticket, 3 * i + 2, topicCount(m)),
    })),
  }));

  /** The figures counted over the whole class at once, the plain way. */
  const wholeClass = (rs: PupilResult[]) => ({
    pupils: rs.length,
    totalStars: [0, 1, 2, 3, 4, 5, 6].map(
      (n) => rs.filter((r) => r.missions.reduce((s, m) => s + m.stars, 0) === n).length,
    ),
    missions: missions.map((m, i) => {
      const mine = rs.map((r) => r.missions[i] as PupilResult['missions'][number]);
      const ranked = <T>(values: T[]) =>
        [...new Set(values)]
          .map((value) => ({ value, count: values.filter((v) => v === value).length }))
          .sort((a, b) => b.count - a.count);
      const topics = mine.map((x) => x.topic).filter((t) => t >= 1);
      const pitfall = (t: number) => [1, 2, 5, 7].includes(t) || (t >= 8 && (t - 8) % 2 === 1);
      return {
        missionId: m.id,
        stars: [0, 1, 2, 3].map((n) => mine.filter((x) => x.stars === n).length),
        averageStars: mine.length ? mine.reduce((s, x) => s + x.stars, 0) / mine.length : 0,
        formats: ranked(mine.map((x) => m.formats[x.format] as string)),
        pitfalls: ranked(topics.filter(pitfall)),
        strengths: ranked(topics.filter((t) => !pitfall(t))),
      };
    }),
  });

  it('reads at every step what the whole class so far reads', () => {
    const tally = new ClassTally(missions);
    results.forEach((r, i) => {
      tally.add(r);
      if (i % 17 === 0 || i === results.length - 1)
        expect(tally.stats()).toEqual(wholeClass(results.slice(0, i + 1)));
    });
    expect(classStats(results, missions)).toEqual(wholeClass(results));
  });

  it('hands out figures that a later result does not change', () => {
    const tally = new ClassTally(missions);
    tally.add(results[0] as PupilResult);
    const before = tally.stats();
    const copy = structuredClone(before);
    tally.add(results[1] as PupilResult);
    expect(before).toEqual(copy);
  });
});
