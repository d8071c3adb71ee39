import { afterEach, describe, expect, it } from 'vitest';
import {
  actionSlot,
  columnsThatFit,
  frame,
  type Rect,
  sideBySide,
  sizeClassOf,
} from '../../../src/ui/layout.ts';
import { control, size, space, useSizeClass } from '../../../src/ui/theme.ts';

const inside = (inner: Rect, outer: { width: number; height: number }) =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.w <= outer.width && inner.y + inner.h <= outer.height;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

afterEach(() => useSizeClass('wide'));

describe('the named places of a screen', () => {
  it('keeps the reference screen as it was drawn: body under the strip, the action row 32 px from the bottom', () => {
    const f = frame('mission');
    expect(f.body).toEqual({ x: 48, y: 96, w: 1184, h: 512 });
    expect(f.actions).toEqual({ x: 48, y: 624, w: 1184, h: 64 });
    expect(frame('page').body.y).toBe(96);
  });

  it('fits header, body and actions on every shape, one under the other, for each size class', () => {
    for (const [w, h] of [
      [360, 640],
      [390, 844],
      [844, 390],
      [768, 1024],
      [720, 1280],
      [1280, 720],
    ] as const) {
      useSizeClass(sizeClassOf(w, h));
      for (const kind of ['mission', 'page'] as const) {
        const f = frame(kind, w, h);
        for (const part of [f.header, f.body, f.actions]) expect(inside(part, f)).toBe(true);
        expect(overlap(f.header, f.body) || overlap(f.body, f.actions)).toBe(false);
        expect(f.body.h).toBeGreaterThan(h / 2);
      }
    }
  });

  it('reads portrait as narrow and a phone turned sideways as short', () => {
    expect(sizeClassOf(390, 844)).toBe('narrow');
    expect(sizeClassOf(720, 1280)).toBe('narrow');
    expect(sizeClassOf(844, 390)).toBe('short');
    expect(sizeClassOf(1280, 720)).toBe('wide');
  });

  it('keeps text and controls at readable, touchable sizes on small screens', () => {
    useSizeClass('narrow');
    expect(size.body).toBeGreaterThanOrEqual(16);
    expect(size.small).toBeGreaterThanOrEqual(14);
    expect(control.touch).toBeGreaterThanOrEqual(44);
    expect(space.margin).toBeLessThan(48);
  });
});

describe('parts that reflow', () => {
  it('puts parts side by side when each is wide enough, else one under the other', () => {
    const wide = sideBySide({ x: 0, y: 0, w: 1184, h: 500 }, [5, 3], 320);
    expect(wide.stacked).toBe(false);
    expect(wide.parts.map((p) => Math.round(p.w))).toEqual([720, 432]);
    const phone = sideBySide({ x: 16, y: 0, w: 358, h: 600 }, [5, 3], 320);
    expect(phone.stacked).toBe(true);
    expect(phone.parts.every((p) => p.w === 358)).toBe(true);
    expect(phone.parts[1]?.y).toBeGreaterThan(phone.parts[0]?.y ?? 0);
  });

  it('counts the columns that fit', () => {
    expect(columnsThatFit(1184, 272, 3)).toBe(3);
    expect(columnsThatFit(358, 272, 3)).toBe(1);
    expect(columnsThatFit(100, 272, 3)).toBe(1);
  });

  it('shares a narrow action row so back and the way on never overlap', () => {
    const row = { x: 16, y: 780, w: 358, h: 56 };
    const back = actionSlot(row, 'back');
    const next = actionSlot(row, 'next');
    expect(overlap(back, next)).toBe(false);
    expect(back.x).toBe(16);
    expect(next.x + next.w).toBeCloseTo(374);
    expect(actionSlot({ x: 48, y: 624, w: 1184, h: 64 }, 'next')).toEqual({ x: 880, y: 624, w: 352, h: 64 });
  });
});
