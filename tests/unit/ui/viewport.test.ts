import { describe, expect, it } from 'vitest';
import { ALL_SHAPES, gameSizeFor } from '../../../src/ui/viewport.ts';

describe('the game size for a window', () => {
  it('is the reference 1280×720 on a 16:9 screen of any size, scaled as a whole', () => {
    expect(gameSizeFor(1280, 720)).toEqual({ width: 1280, height: 720, scale: 1 });
    expect(gameSizeFor(1920, 1080)).toEqual({ width: 1280, height: 720, scale: 1.5 });
    expect(gameSizeFor(2560, 1440)).toEqual({ width: 1280, height: 720, scale: 2 });
  });

  it("takes the window's proportions so the canvas fills it: taller on 16:10, wider on an ultrawide", () => {
    expect(gameSizeFor(1280, 800)).toMatchObject({ width: 1280, height: 800 });
    const wide = gameSizeFor(2560, 1080);
    expect(wide.height).toBe(720);
    expect(wide.width).toBeCloseTo(1707, 0);
    // The game covers the window to within a pixel (the size is rounded): no bars.
    expect(Math.abs(wide.width * wide.scale - 2560)).toBeLessThanOrEqual(1);
  });

  it('never draws a game pixel smaller than a CSS pixel where the screens fit', () => {
    for (const [w, h] of [
      [1366, 768],
      [1440, 900],
      [1680, 1050],
      [3840, 2160],
    ] as const) {
      expect(gameSizeFor(w, h).scale).toBeGreaterThanOrEqual(1);
    }
  });

  it('letterboxes the reference size on shapes the screens are not laid out for yet', () => {
    expect(gameSizeFor(390, 844)).toEqual({ width: 1280, height: 720, scale: 390 / 1280 });
    expect(gameSizeFor(1000, 700)).toMatchObject({ width: 1280, height: 720 });
  });
});

describe('the game size when the screens lay themselves out for every shape', () => {
  it('is the window itself on phones and tablets, and a scaled 720×1280 on a portrait totem', () => {
    expect(gameSizeFor(390, 844, ALL_SHAPES)).toEqual({ width: 390, height: 844, scale: 1 });
    expect(gameSizeFor(844, 390, ALL_SHAPES)).toEqual({ width: 844, height: 390, scale: 1 });
    expect(gameSizeFor(360, 640, ALL_SHAPES)).toEqual({ width: 360, height: 640, scale: 1 });
    expect(gameSizeFor(768, 1024, ALL_SHAPES)).toEqual({ width: 768, height: 1024, scale: 1 });
    expect(gameSizeFor(1080, 1920, ALL_SHAPES)).toEqual({ width: 720, height: 1280, scale: 1.5 });
    expect(gameSizeFor(1280, 720, ALL_SHAPES)).toEqual({ width: 1280, height: 720, scale: 1 });
  });

  it('draws a window smaller than the smallest phone at the smallest phone size, shrunk', () => {
    const tiny = gameSizeFor(300, 500, ALL_SHAPES);
    expect(tiny.width).toBe(360);
    expect(tiny.width * tiny.scale).toBeCloseTo(300, 0);
  });
});
