import { describe, expect, it } from 'vitest';
import { intervalLines, refreshPeriod } from '../../../scripts/bench/report.ts';

// What requestAnimationFrame reports at 60 Hz: 16.67 ms with a tenth of a millisecond of jitter.
const steady = (n: number) => Array.from({ length: n }, (_, i) => [16.6, 16.7, 16.8][i % 3] as number);

describe('the bench judges frame intervals in refresh periods', () => {
  it('finds the display period from an empty scene, leaving out its rare late frames', () => {
    expect(refreshPeriod([...steady(300), 33.4, 50])).toBeCloseTo(16.7, 1);
  });

  it('calls a scene on time when fewer than 5 % of its frames miss a refresh, even if they read 16.8 ms', () => {
    const jittery = [...steady(97), 50, 66.7, 33.3];
    const [, judged] = intervalLines(jittery, 16.67);
    expect(judged).toContain('p95 16.7 ms');
    expect(judged).toContain('3 of 100');
    expect(judged).toMatch(/OK$/);
  });

  it('calls it late when more than 5 % of its frames miss a refresh', () => {
    const slow = [...steady(90), ...Array.from({ length: 10 }, () => 33.4)];
    const [, judged] = intervalLines(slow, 16.67);
    expect(judged).toContain('p95 33.3 ms');
    expect(judged).toMatch(/OVER$/);
  });
});
