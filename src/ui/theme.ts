/** The visual tokens of the game, in one place (see DESIGN.md, "Look and feel"). */
export const WIDTH = 1280;
export const HEIGHT = 720;

const STANDARD = {
  ink: 0x1d2433,
  inkSoft: 0x4a5468,
  paper: 0xfbf7f0,
  card: 0xffffff,
  line: 0xd9d2c5,
  blue: 0x0072b2,
  sky: 0x56b4e9,
  green: 0x009e73,
  orange: 0xe69f00,
  vermilion: 0xd55e00,
  purple: 0xcc79a7,
  yellow: 0xf0e442,
  shadow: 0x1d2433,
  /** A control under the pointer or the focus. */
  hover: 0xf3efe6,
  primaryHover: 0x005a8c,
  /** Light washes behind good news, information and warnings. */
  tintGreen: 0xe6f4ee,
  tintSky: 0xeef6fb,
  tintOrange: 0xfff4e0,
};

export type Palette = typeof STANDARD;

/** Darker accents and borders, pure black text on white: every pair above 7:1 where text sits on it. */
const HIGH_CONTRAST: Palette = {
  ...STANDARD,
  ink: 0x000000,
  inkSoft: 0x1d2433,
  paper: 0xffffff,
  line: 0x1d2433,
  blue: 0x004f7c,
  sky: 0x1f6f9f,
  green: 0x00604a,
  orange: 0x8a5a00,
  vermilion: 0x9c3700,
  purple: 0x8a3d6b,
  hover: 0xe4ecf2,
  primaryHover: 0x00324f,
  tintGreen: 0xffffff,
  tintSky: 0xffffff,
  tintOrange: 0xffffff,
};

/** The palette in use; scenes read it when they draw, so a change shows at the next redraw. */
export const color: Palette = { ...STANDARD };

export function usePalette(highContrast: boolean): void {
  Object.assign(color, highContrast ? HIGH_CONTRAST : STANDARD);
}

export const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

export const FONT = '"Atkinson Hyperlegible Next", "Atkinson Hyperlegible", system-ui, sans-serif';
export const DYSLEXIC_FONT = '"OpenDyslexic", "Atkinson Hyperlegible Next", system-ui, sans-serif';

/**
 * The screen's size class: `wide` is a landscape screen of 1280×720 game px or more (the reference), `short`
 * a landscape screen under 600 high (a phone turned sideways), `narrow` a portrait one (a phone held upright,
 * a tablet, a totem). Sizes below are game px; a game px is never less than a CSS px (src/ui/viewport.ts).
 */
export type SizeClass = 'wide' | 'short' | 'narrow';

interface TypeScale {
  small: number;
  body: number;
  h2: number;
  h1: number;
  display: number;
}
/** Small screens keep body text at 17 px (16 CSS px at the least) and secondary text at 15. */
const TYPE: Record<SizeClass, TypeScale> = {
  wide: { small: 18, body: 22, h2: 32, h1: 44, display: 56 },
  short: { small: 15, body: 17, h2: 22, h1: 28, display: 36 },
  narrow: { small: 15, body: 17, h2: 22, h1: 28, display: 36 },
};
export const size: TypeScale = { ...TYPE.wide };
/** Pixels added per text-size step: body text grows most, headings a little, the display title not. */
export const sizeStep = { small: 2, body: 2, h2: 2, h1: 2, display: 0 } as const;
/** OpenDyslexic draws much larger than Atkinson at the same size: this brings its letters back to the same height. */
export const DYSLEXIC_SCALE = 0.8;
export const LINE = 1.35;
/** The smallest text the game draws, in the reading font (text fitted into a box stops shrinking there). */
export const MIN_TEXT_PX = 16;
export const RADIUS = 16;

interface Spacing {
  xs: number;
  s: number;
  m: number;
  l: number;
  pad: number;
  gap: number;
  margin: number;
  /** The height of a mission's top strip (its steps, its name). */
  strip: number;
}
/** Spacing steps, on a 4 px grid: `margin` is the screen's edge, `gap` between panels, `pad` inside one. */
const SPACING: Record<SizeClass, Spacing> = {
  wide: { xs: 4, s: 8, m: 12, l: 16, pad: 24, gap: 32, margin: 48, strip: 72 },
  short: { xs: 4, s: 6, m: 8, l: 12, pad: 16, gap: 16, margin: 24, strip: 56 },
  narrow: { xs: 4, s: 6, m: 8, l: 12, pad: 16, gap: 16, margin: 16, strip: 96 },
};
export const space: Spacing = { ...SPACING.wide };

interface Controls {
  h: number;
  compact: number;
  icon: number;
  touch: number;
}
/** Control sizes: a full button, a compact one (lists, choices), a square icon button, the touch minimum. */
const CONTROLS: Record<SizeClass, Controls> = {
  wide: { h: 64, compact: 56, icon: 56, touch: 48 },
  short: { h: 52, compact: 48, icon: 48, touch: 48 },
  narrow: { h: 56, compact: 52, icon: 48, touch: 48 },
};
export const control: Controls = { ...CONTROLS.wide };

let sizeClassInUse: SizeClass = 'wide';

/** Sets the tokens for a size class in place, as `usePalette` does the colours; the next redraw shows it. */
export function useSizeClass(kind: SizeClass): void {
  sizeClassInUse = kind;
  Object.assign(size, TYPE[kind]);
  Object.assign(space, SPACING[kind]);
  Object.assign(control, CONTROLS[kind]);
}

export const sizeClass = (): SizeClass => sizeClassInUse;

/** Icon sizes beside text, in a heading, and as an illustration. */
export const iconPx = { text: 28, heading: 32, art: 56 } as const;

/** Motion durations (ms): feedback on a control, an element arriving, an illustration settling, a flourish. */
export const motion = { fast: 150, normal: 250, slow: 300, flourish: 1800 } as const;
