import { describe, expect, it } from 'vitest';
import { until } from '../../e2e/timing.ts';

describe("the end-to-end tests' wait", () => {
  it('returns the first value the check accepts, predicate or assertion', async () => {
    let n = 0;
    await expect(
      until(
        'n to reach 3',
        async () => ++n,
        (v) => v >= 3,
        2000,
      ),
    ).resolves.toBe(3);
    let m = 0;
    await expect(
      until(
        'm to reach 2',
        async () => ++m,
        (v) => expect(v).toBe(2),
        2000,
      ),
    ).resolves.toBe(2);
  });

  it('names what it awaited, the last value read and why it was refused when time runs out', async () => {
    const waiting = until(
      'the "Back" button',
      async () => ({ count: 0 }),
      (v) => expect(v.count).toBe(1),
      250,
    );
    await expect(waiting).rejects.toThrow(
      /waiting for the "Back" button; last read \{"count":0\} \(.*expected \+?0 to be 1/,
    );
  });
});
