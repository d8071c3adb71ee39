import type * as Phaser from 'phaser';
import { color } from './theme.ts';

/**
 * Draws a static illustration once into a texture and shows it as an image: Graphics re-tessellates
 * every shape on every frame, an image is one quad.
 */
export function bake(
  scene: Phaser.Scene,
  baseKey: string,
  x: number,
  y: number,
  w: number,
  h: number,
  draw: (g: Phaser.GameObjects.Graphics) => void,
): Phaser.GameObjects.Image {
  // Drawn in the palette in use: a high-contrast redraw gets a texture of its own.
  const k = `${baseKey}:${color.ink}`;
  if (!scene.textures.exists(k)) {
    const g = scene.make.graphics({}, false);
    draw(g);
    g.generateTexture(k, w, h);
    g.destroy();
  }
  return scene.add.image(x, y, k).setOrigin(0);
}
