import { HEIGHT, WIDTH } from './theme.ts';

/** The game's own size for a window, and how many CSS pixels one game pixel takes there. */
export interface GameSize {
  readonly width: number;
  readonly height: number;
  /** CSS px per game px (≥ 1: a game pixel is never drawn smaller than a CSS pixel). */
  readonly scale: number;
}

/** The shapes the screens can lay themselves out for; others get the reference shape, letterboxed. */
export interface Shapes {
  /** The smallest game size a screen accepts in landscape. */
  readonly landscape: { readonly width: number; readonly height: number };
}

/** Today every screen is drawn for landscape from 1280×720 up; portrait layouts widen this. */
export const SHAPES: Shapes = { landscape: { width: WIDTH, height: HEIGHT } };

/**
 * The game size for a CSS viewport. The game keeps its reference size (1280×720) or larger, scaled up as a
 * whole on large screens, and takes the window's own proportions so the canvas fills it with no bars. A
 * window narrower in proportion than the screens support gets the reference size, letterboxed.
 */
export function gameSizeFor(cssWidth: number, cssHeight: number, shapes: Shapes = SHAPES): GameSize {
  const min = shapes.landscape;
  const scale = Math.max(1, Math.min(cssWidth / min.width, cssHeight / min.height));
  const width = Math.round(cssWidth / scale);
  const height = Math.round(cssHeight / scale);
  if (width < min.width || height < min.height) {
    return {
      width: min.width,
      height: min.height,
      scale: Math.min(cssWidth / min.width, cssHeight / min.height),
    };
  }
  return { width, height, scale };
}
