import { HEIGHT, WIDTH } from './theme.ts';

/** The game's own size for a window, and how many CSS pixels one game pixel takes there. */
export interface GameSize {
  readonly width: number;
  readonly height: number;
  /** CSS px per game px. */
  readonly scale: number;
  /** Device pixels the canvas gives a game px, so text stays sharp on a phone's or a totem's dense screen. */
  readonly resolution: number;
}

/** The most device pixels a game px gets: more would cost drawing time for nothing the eye can see. */
export const MOST_RESOLUTION = 3;

/** Device pixels per game px for a scale and the screen's device pixel ratio (never under 1). */
export function resolutionFor(scale: number, devicePixelRatio: number): number {
  return Math.min(MOST_RESOLUTION, Math.max(1, Math.round(scale * devicePixelRatio * 100) / 100));
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
export function gameSizeFor(cssWidth: number, cssHeight: number, devicePixelRatio = 1): GameSize {
  const portrait = cssHeight > cssWidth;
  const ref = portrait ? PORTRAIT : LANDSCAPE;
  const fit = Math.min(cssWidth / ref.width, cssHeight / ref.height);
  const scale = fit >= 1 || (!portrait && fit >= LEAST_WIDE_SCALE) ? fit : 1;
  const width = Math.round(cssWidth / scale);
  const height = Math.round(cssHeight / scale);
  const short = Math.min(width, height);
  if (short >= SHORTEST_SIDE)
    return { width, height, scale, resolution: resolutionFor(scale, devicePixelRatio) };
  // A very small window: its short side drawn at the least the screens are laid out for.
  const shrink = short / SHORTEST_SIDE;
  return {
    width: Math.round(width / shrink),
    height: Math.round(height / shrink),
    scale: scale * shrink,
    resolution: resolutionFor(scale * shrink, devicePixelRatio),
  };
}

/** The canvas's own size in device pixels for a game size: the game px times their resolution. */
export function canvasSizeOf(size: GameSize): { width: number; height: number } {
  return {
    width: Math.round(size.width * size.resolution),
    height: Math.round(size.height * size.resolution),
  };
}
