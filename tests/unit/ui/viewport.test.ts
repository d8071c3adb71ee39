import { describe, expect, it } from 'vitest';
import { canvasSizeOf, gameSizeFor, MOST_RESOLUTION } from '../../../src/ui/viewport.ts';

const covers = (w: number, h: number) => {
  const g = gameSizeFor(w, h);
  return Math.abs(g.width * g.scale - w) <= 1 && Math.abs(g.height * g.scale - h) <= 1;
};

describe('the game size for a window', () => {
  it('is the reference 1280×720 on a 16:9 screen of any size, scaled as a whole', () => {
    expect(gameSizeFor(1280, 720)).toMatchObject({ width: 1280, height: 720, scale: 1 });
    expect(gameSizeFor(1920, 1080)).toMatchObject({ width: 1280, height: 720, scale: 1.5 });
    expect(gameSizeFor(2560, 1440)).toMatchObject({ width: 1280, height: 720, scale: 2 });
  });

  it("takes the window's proportions so the canvas fills it: taller on 16:10, wider on an ultrawide", () => {
    expect(gameSizeFor(1280, 800)).toMatchObject({ width: 1280, height: 800 });
    const wide = gameSizeFor(2560, 1080);
    expect(wide.height).toBe(720);
    expect(wide.width).toBeCloseTo(1707, 0);
  });

  it('is the window itself on phones and tablets, and a scaled 720×1280 on a portrait totem', () => {
    expect(gameSizeFor(390, 844)).toMatchObject({ width: 390, height: 844, scale: 1 });
    expect(gameSizeFor(844, 390)).toMatchObject({ width: 844, height: 390, scale: 1 });
    expect(gameSizeFor(360, 640)).toMatchObject({ width: 360, height: 640, scale: 1 });
    expect(gameSizeFor(768, 1024)).toMatchObject({ width: 768, height: 1024, scale: 1 });
    expect(gameSizeFor(1080, 1920)).toMatchObject({ width: 720, height: 1280, scale: 1.5 });
  });

  it('keeps the reference width on a tablet turned sideways, drawn no smaller than 0.8 CSS px per px', () => {
    expect(gameSizeFor(1024, 768)).toMatchObject({ width: 1280, height: 960, scale: 0.8 });
    // Smaller than that, the window is laid out at its own size.
    expect(gameSizeFor(900, 650)).toMatchObject({ width: 900, height: 650, scale: 1 });
  });

  it('never draws a game pixel smaller than a CSS pixel on phones, tablets upright and screens', () => {
    for (const [w, h] of [
      [1366, 768],
      [1440, 900],
      [3840, 2160],
      [390, 844],
      [412, 915],
      [768, 1024],
      [810, 1080],
    ] as const) {
      expect(gameSizeFor(w, h).scale, `${w}×${h}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('fills every window: no bars, whatever its shape', () => {
    for (const [w, h] of [
      [1280, 720],
      [2560, 1080],
      [390, 844],
      [844, 390],
      [1024, 768],
      [1080, 1920],
      [300, 500],
      [2560, 1440],
    ] as const) {
      expect(covers(w, h), `${w}×${h}`).toBe(true);
    }
  });

  it('draws a window smaller than the smallest phone at the smallest phone size, shrunk', () => {
    const tiny = gameSizeFor(300, 500);
    expect(tiny.width).toBe(360);
    expect(tiny.width * tiny.scale).toBeCloseTo(300, 0);
  });
});

describe('the canvas resolution', () => {
  it('gives a game px as many device pixels as the screen shows it on, so text is sharp', () => {
    expect(gameSizeFor(1280, 720, 1).resolution).toBe(1);
    // A phone at device pixel ratio 3: its 390×844 game px drawn on a 1170×2532 canvas.
    const phone = gameSizeFor(390, 844, 3);
    expect(phone.resolution).toBe(3);
    expect(canvasSizeOf(phone)).toEqual({ width: 1170, height: 2532 });
    // A totem shows 720×1280 game px on 1080×1920 screen pixels.
    expect(canvasSizeOf(gameSizeFor(1080, 1920, 1))).toEqual({ width: 1080, height: 1920 });
  });

  it('stays between 1 (a window drawn smaller than the game) and 3 (no denser than the eye can use)', () => {
    expect(gameSizeFor(1024, 768, 1).resolution).toBe(1);
    expect(gameSizeFor(2560, 1440, 2).resolution).toBe(MOST_RESOLUTION);
  });
});
