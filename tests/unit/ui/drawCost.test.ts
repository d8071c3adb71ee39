import { describe, expect, it } from 'vitest';
import { DrawCost } from '../../../src/ui/drawCost.ts';

/** Frames drawn back to back every `every` ms, for `n` frames from `start`. */
function drawRun(cost: DrawCost, start: number, every: number, n: number): number {
  let t = start;
  for (let i = 0; i < n; i++) {
    cost.note(t, true);
    t += every;
  }
  return t;
}

describe('the cost of drawing, learned from frames drawn back to back', () => {
  it('keeps motion on a graphics card that draws every refresh', () => {
    const cost = new DrawCost();
    drawRun(cost, 0, 16.7, 60);
    expect(cost.smooth()).toBe(true);
  });

  it('turns motion into steps where each draw takes two or three refreshes', () => {
    const cost = new DrawCost();
    drawRun(cost, 0, 41.7, 20);
    expect(cost.smooth()).toBe(false);
  });

  it('assumes drawing is cheap until it has seen enough frames', () => {
    const cost = new DrawCost();
    drawRun(cost, 0, 50, 4);
    expect(cost.smooth()).toBe(true);
  });

  it('ignores the time between two runs of drawing, when frames were skipped', () => {
    const cost = new DrawCost();
    const paused = drawRun(cost, 0, 16.7, 10);
    for (let i = 1; i <= 120; i++) cost.note(paused + i * 16.7, false);
    drawRun(cost, paused + 121 * 16.7, 16.7, 10);
    expect(cost.smooth()).toBe(true);
  });
});
