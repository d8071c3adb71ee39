import type * as Phaser from 'phaser';
import { bake } from './bake.ts';
import { icon } from './icons.ts';
import { color, iconPx } from './theme.ts';

/** The title's illustration box; its drawing below is in its own pixels, from the box's top-left corner. */
export const TITLE_ART = { w: 460, h: 470 } as const;

/** A desk with a screen playing a lesson: the job at a glance, drawn from shapes and icons. */
export function titleArt(scene: Phaser.Scene, x: number, y: number): Phaser.GameObjects.Container {
  const art = scene.add.container(x, y);
  art.add(
    bake(scene, 'art:title-desk', 0, 0, TITLE_ART.w, TITLE_ART.h, (g) => {
      g.fillStyle(color.sky, 0.25).fillCircle(230, 230, 230);
      g.fillStyle(color.ink, 1).fillRoundedRect(60, 100, 340, 220, 16);
      g.fillStyle(color.card, 1).fillRoundedRect(76, 116, 308, 188, 8);
      g.fillStyle(color.blue, 1).fillRoundedRect(92, 132, 140, 16, 8);
      g.fillStyle(color.line, 1).fillRoundedRect(92, 162, 260, 10, 5).fillRoundedRect(92, 182, 220, 10, 5);
      g.fillStyle(color.green, 1).fillRoundedRect(92, 230, 80, 52, 8);
      g.fillStyle(color.orange, 1).fillRoundedRect(184, 230, 80, 52, 8);
      g.fillStyle(color.purple, 1).fillRoundedRect(276, 230, 80, 52, 8);
      g.fillStyle(color.ink, 1).fillRect(210, 320, 40, 40).fillRoundedRect(150, 358, 160, 14, 7);
      g.fillStyle(color.line, 1).fillRoundedRect(0, 372, 460, 18, 9);
    }),
  );
  // The screen's three tiles (video, game, group), a bright idea above it, a cap at the top left.
  art.add([
    icon(scene, 132, 256, 'monitor-play', color.card, iconPx.heading),
    icon(scene, 224, 256, 'gamepad-2', color.card, iconPx.heading),
    icon(scene, 316, 256, 'users', color.card, iconPx.heading),
    icon(scene, 420, 110, 'lightbulb', color.orange, iconPx.art),
    icon(scene, 16, 70, 'graduation-cap', color.blue, iconPx.art),
  ]);
  return art;
}
