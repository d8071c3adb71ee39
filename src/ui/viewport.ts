import { HEIGHT, WIDTH } from './theme.ts';

/** The game's own size for a window, and how many CSS pixels one game pixel takes there. */
export interface GameSize {
  readonly width: number;
  readonly height: number;
  /** CSS px per game px (≥ 1 wherever the window's short side has 360 CSS px or more). */
  readonly scale: number;
}

interface Size {
  readonly width: number;
  readonly height: number;
}

/** The shapes the screens can lay themselves out for; others get the landscape reference, letterboxed. */
export interface Shapes {
  /** The reference in landscape: larger screens scale it up as a whole. */
  readonly landscape: Size;
  /** The reference in portrait, when the screens have portrait layouts. */
  readonly portrait?: Size;
  /** When set, any shape whose short side has this many game px is laid out as it is. */
  readonly shortestSide?: number;
}

/** What every screen is laid out for today: landscape from 1280×720 up. */
export const SHAPES: Shapes = { landscape: { width: WIDTH, height: HEIGHT } };

/**
 * Every shape from a 360×640 phone to a totem, for screens being laid out for them (`?fluid` in the
 * address previews it until they all are).
 */
export const ALL_SHAPES: Shapes = { ...SHAPES, portrait: { width: 720, height: 1280 }, shortestSide: 360 };

/**
 * The game size for a CSS viewport. The game keeps its reference size or larger, scaled up as a whole on
 * large screens, and takes the window's own proportions so the canvas fills it with no bars. A shape the
 * screens are not laid out for gets the landscape reference, letterboxed.
 */
export function gameSizeFor(cssWidth: number, cssHeight: number, shapes: Shapes = SHAPES): GameSize {
  const ref = cssHeight > cssWidth && shapes.portrait ? shapes.portrait : shapes.landscape;
  const scale = Math.max(1, Math.min(cssWidth / ref.width, cssHeight / ref.height));
  const width = Math.round(cssWidth / scale);
  const height = Math.round(cssHeight / scale);
  if (shapes.shortestSide !== undefined) {
    const short = Math.min(width, height);
    if (short >= shapes.shortestSide) return { width, height, scale };
    // A very small window: its short side drawn at the least the screens are laid out for.
    const shrink = short / shapes.shortestSide;
    return { width: Math.round(width / shrink), height: Math.round(height / shrink), scale: scale * shrink };
  }
  if (width < ref.width || height < ref.height) {
    const letterbox = Math.min(cssWidth / ref.width, cssHeight / ref.height);
    return { width: ref.width, height: ref.height, scale: letterbox };
  }
  return { width, height, scale };
}
