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

export const size = { small: 18, body: 22, h2: 32, h1: 44, display: 56 } as const;
/** Pixels added per text-size step: body text grows most, headings a little, the display title not. */
export const sizeStep = { small: 2, body: 2, h2: 2, h1: 2, display: 0 } as const;
/** OpenDyslexic draws much larger than Atkinson at the same size: this brings its letters back to the same height. */
export const DYSLEXIC_SCALE = 0.8;
export const LINE = 1.35;
/** The smallest text the game draws, in the reading font (text fitted into a box stops shrinking there). */
export const MIN_TEXT_PX = 16;
export const RADIUS = 16;

/** Spacing steps, on an 8 px grid: `margin` is the screen's edge, `gap` between panels, `pad` inside one. */
export const space = { xs: 4, s: 8, m: 12, l: 16, pad: 24, gap: 32, margin: 48 } as const;

/** Control sizes: a full button, a compact one (lists, choices), a square icon button, the touch minimum. */
export const control = { h: 64, compact: 56, icon: 56, touch: 48 } as const;

/** Icon sizes beside text, in a heading, and as an illustration. */
export const iconPx = { text: 28, heading: 32, art: 56 } as const;

/** Motion durations (ms): feedback on a control, an element arriving, an illustration settling, a flourish. */
export const motion = { fast: 150, normal: 250, slow: 300, flourish: 1800 } as const;
