import type * as Phaser from 'phaser';
import { motionReduced } from './appearance.ts';
import type { Rect } from './layout.ts';
import { color, motion, space } from './theme.ts';

const PIECES = 40;

/**
 * A short burst of paper confetti falling through `area` (from above it to below `bottom`), none with
 * reduced motion. The pieces are scattered by fixed strides, so every burst looks the same.
 */
export function confetti(scene: Phaser.Scene, area: Rect, bottom: number): void {
  if (motionReduced()) return;
  const colours = [color.blue, color.orange, color.green, color.sky, color.purple, color.vermilion];
  for (let i = 0; i < PIECES; i++) {
    const x = area.x + ((i * 197) % area.w);
    const piece = scene.add
      .rectangle(x, -space.pad - (i % 5) * space.gap, space.m, space.l, colours[i % colours.length])
      .setAngle((i * 37) % 180);
    scene.tweens.add({
      targets: piece,
      y: bottom + space.margin,
      angle: piece.angle + 360,
      duration: motion.flourish + (i % 7) * motion.fast,
      delay: (i % 10) * 60,
      ease: 'Quad.easeIn',
      onComplete: () => piece.destroy(),
    });
  }
}
