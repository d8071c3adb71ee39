import type * as Phaser from 'phaser';
import { icon } from './icons.ts';
import { color } from './theme.ts';

/** Three stars centred on x, the first n filled; shape (filled or outline) carries the meaning, not colour. */
export function starRow(
  scene: Phaser.Scene,
  x: number,
  y: number,
  n: number,
  px = 64,
): Phaser.GameObjects.Image[] {
  return [0, 1, 2].map((i) =>
    icon(
      scene,
      x + (i - 1) * (px + 16),
      y,
      i < n ? 'star-filled' : 'star',
      i < n ? color.orange : color.line,
      px,
    ),
  );
}
