import type * as Phaser from 'phaser';
import { bake } from './bake.ts';
import { color } from './theme.ts';

export type FaceMood = 'good' | 'bad';

/** The colour that says how the room took a choice: green when well, vermilion when badly. */
export const moodColor = (mood: FaceMood): number => (mood === 'good' ? color.green : color.vermilion);

/**
 * A round face that smiles (good) or frowns (bad), s×s, centred on (x, y): how a room, a player or a
 * learner took a choice. Drawn once per mood, size and palette.
 */
export function moodFace(
  scene: Phaser.Scene,
  x: number,
  y: number,
  s: number,
  mood: FaceMood,
): Phaser.GameObjects.Image {
  const face = bake(scene, `mood:${mood}:${s}`, x, y, s, s, (g) => {
    const r = s / 2;
    g.fillStyle(color.card, 1).fillCircle(r, r, r);
    g.fillStyle(moodColor(mood), 1).fillCircle(r, r, r - Math.max(1.5, s * 0.06));
    g.fillStyle(color.card, 1)
      .fillCircle(s * 0.36, s * 0.4, s * 0.07)
      .fillCircle(s * 0.64, s * 0.4, s * 0.07);
    g.lineStyle(Math.max(2, s * 0.08), color.card, 1);
    g.beginPath();
    // A smile is the bottom of a circle below the eyes; a frown its top, lower down.
    if (mood === 'good') g.arc(r, s * 0.5, s * 0.2, 0.15 * Math.PI, 0.85 * Math.PI);
    else g.arc(r, s * 0.8, s * 0.2, 1.2 * Math.PI, 1.8 * Math.PI);
    g.strokePath();
  });
  return face.setOrigin(0.5);
}
