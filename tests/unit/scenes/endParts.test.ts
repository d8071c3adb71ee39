import { describe, expect, it } from 'vitest';
import { splitIntoParts } from '../../../src/scenes/end/splitIntoParts.ts';

const heights = (parts: { h: number }[][]) => parts.map((p) => p.map((b) => b.h));

describe("the review's pages in parts", () => {
  it('keeps every block on one part when they fit with their gaps', () => {
    expect(heights(splitIntoParts([{ h: 100 }, { h: 80 }, { h: 60 }], 100 + 10 + 80 + 10 + 60, 10))).toEqual([
      [100, 80, 60],
    ]);
  });

  it('starts a new part where the next block would not fit, never splitting one', () => {
    expect(heights(splitIntoParts([{ h: 100 }, { h: 80 }, { h: 60 }], 200, 10))).toEqual([[100, 80], [60]]);
    expect(heights(splitIntoParts([{ h: 100 }, { h: 80 }, { h: 60 }], 150, 10))).toEqual([[100], [80, 60]]);
  });

  it('gives a block taller than the room a part of its own', () => {
    expect(heights(splitIntoParts([{ h: 20 }, { h: 300 }, { h: 20 }], 100, 10))).toEqual([[20], [300], [20]]);
  });
});
