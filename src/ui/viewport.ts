import { HEIGHT, WIDTH } from './theme.ts';

/** The game's own size for a window, and how many CSS pixels one game pixel takes there. */
export interface GameSize {
  readonly width: number;
  readonly height: number;
  /** CSS px per game px. */
  readonly scale: number;
}

/** The reference sizes: larger windows of the same proportions scale them up as a whole. */
const LANDSCAPE = { width: WIDTH, height: HEIGHT };
const PORTRAIT = { width: HEIGHT, height: WIDTH };
/** The least short side the screens are laid out for (a 360×640 phone): smaller windows scale down to it. */
export const SHORTEST_SIDE = 360;
/**
 * A landscape window a little smaller than the reference (a tablet turned sideways, 1024×768) keeps the
 * reference width, drawn down to this scale: the wide type scale and controls still give 17.6 CSS px body
 * text, 14.4 px secondary text and 45 px buttons there.
 */
const LEAST_WIDE_SCALE = 0.8;

/**
 * The game size for a CSS viewport. The canvas always fills the window: the game takes the window's own
 * proportions, at its reference size or larger (scaled up as a whole on large screens), or at the
 * window's own size in CSS px where that is smaller (a phone, upright or sideways), never under 360 game
 * px on its short side.
 */
export function gameSizeFor(cssWidth: number, cssHeight: number): GameSize {
  const portrait = cssHeight > cssWidth;
  const ref = portrait ? PORTRAIT : LANDSCAPE;
  const fit = Math.min(cssWidth / ref.width, cssHeight / ref.height);
  const scale = fit >= 1 || (!portrait && fit >= LEAST_WIDE_SCALE) ? fit : 1;
  const width = Math.round(cssWidth / scale);
  const height = Math.round(cssHeight / scale);
  const short = Math.min(width, height);
  if (short >= SHORTEST_SIDE) return { width, height, scale };
  // A very small window: its short side drawn at the least the screens are laid out for.
  const shrink = short / SHORTEST_SIDE;
  return { width: Math.round(width / shrink), height: Math.round(height / shrink), scale: scale * shrink };
}
