import type * as Phaser from 'phaser';
import { MAX_STARS } from '../content/vocabulary.ts';
import { icon } from './icons.ts';
import { color } from './theme.ts';

/** MAX_STARS stars centred on x, the first n filled; shape (filled or outline) carries the meaning, not colour. */
export function starRow(
  scene: Phaser.Scene,
  x: number,
  y: number,
  n: number,
  px = 64,
): Phaser.GameObjects.Image[] {
  return Array.from({ length: MAX_STARS }, (_, i) =>
    icon(
      scene,
      x + (i - (MAX_STARS - 1) / 2) * (px + 16),
      y,
      i < n ? 'star-filled' : 'star',
      i < n ? color.orange : color.line,
      px,
    ),
  );
}
