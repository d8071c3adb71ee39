import { afterEach, describe, expect, it } from 'vitest';
import { fontFamily, textPx } from '../../../src/ui/appearance.ts';
import { color, usePalette } from '../../../src/ui/theme.ts';

/** WCAG 2 contrast ratio of two 0xRRGGBB colours. */
function contrast(a: number, b: number): number {
  const lum = (c: number) => {
    const [r, g, bl] = [16, 8, 0].map((s) => {
      const v = ((c >> s) & 255) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the palette and the text settings', () => {
  afterEach(() => usePalette(false));

  it('keeps body text readable on paper and cards (WCAG AA, 4.5:1)', () => {
    for (const bg of [
      color.paper,
      color.card,
      color.hover,
      color.tintSky,
      color.tintGreen,
      color.tintOrange,
    ]) {
      expect(contrast(color.ink, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color.inkSoft, bg)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(color.card, color.blue)).toBeGreaterThanOrEqual(4.5); // primary buttons
  });

  it('reaches 7:1 for text and accents in high contrast, and goes back', () => {
    usePalette(true);
    for (const fg of [color.ink, color.inkSoft, color.blue, color.green, color.vermilion]) {
      expect(contrast(fg, color.paper)).toBeGreaterThanOrEqual(7);
      expect(contrast(fg, color.card)).toBeGreaterThanOrEqual(7);
    }
    expect(contrast(color.card, color.blue)).toBeGreaterThanOrEqual(7);
    usePalette(false);
    expect(color.paper).toBe(0xfbf7f0);
  });

  it('never draws text under 18 px, and grows body text by the settings step', () => {
    expect(textPx('small')).toBeGreaterThanOrEqual(18);
    expect(textPx('body')).toBe(22);
    expect(fontFamily()).toMatch(/Atkinson Hyperlegible/);
  });
});
