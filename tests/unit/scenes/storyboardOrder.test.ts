import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjust, move, moveTo, scrambled } from '../../../src/scenes/design/hoursDraft.ts';

describe('storyboard and hours editing', () => {
  it('drops a dragged sequence where it is let go, the others keeping their order', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
  });

  it('keeps every sequence exactly once whatever the drag or the arrow', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (ids, a, b) => {
          const from = a % ids.length;
          expect([...moveTo(ids, from, b % ids.length)].sort()).toEqual([...ids].sort());
          expect([...move(ids, from, b % 2 ? 1 : -1)].sort()).toEqual([...ids].sort());
        },
      ),
    );
  });

  it('never starts the storyboard in its right order', () => {
    for (let seed = 0; seed < 50; seed++)
      expect(scrambled(['a', 'b', 'c', 'd'], seed)).not.toEqual(['a', 'b', 'c', 'd']);
  });

  it('spreads no more hours than the mission has, and none below zero', () => {
    expect(adjust([3, 3, 0, 0, 0, 0], 2, 1, 6)).toEqual([3, 3, 0, 0, 0, 0]);
    expect(adjust([0, 3, 0, 0, 0, 0], 0, -1, 6)).toEqual([0, 3, 0, 0, 0, 0]);
    expect(adjust([1, 3, 0, 0, 0, 0], 0, 1, 6)).toEqual([2, 3, 0, 0, 0, 0]);
  });
});
