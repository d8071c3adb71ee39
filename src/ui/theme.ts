/** The visual tokens of the game, in one place (see DESIGN.md, "Look and feel"). */
export const WIDTH = 1280;
export const HEIGHT = 720;

export const color = {
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
} as const;

export const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

export const FONT = '"Atkinson Hyperlegible Next", "Atkinson Hyperlegible", system-ui, sans-serif';

export const size = { small: 18, body: 22, h2: 32, h1: 44, display: 56 } as const;
export const LINE = 1.35;
export const GRID = 8;
export const RADIUS = 16;
export const PAD = 24;
export const TOUCH = 48;

export const motion = { fast: 150, normal: 250 } as const;
