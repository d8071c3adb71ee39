import type * as Phaser from 'phaser';

/**
 * Draws a static illustration once into a texture and shows it as an image: Graphics re-tessellates
 * every shape on every frame, an image is one quad.
 */
export function bake(
  scene: Phaser.Scene,
  key: string,
  x: number,
  y: number,
  w: number,
  h: number,
  draw: (g: Phaser.GameObjects.Graphics) => void,
): Phaser.GameObjects.Image {
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    draw(g);
    g.generateTexture(key, w, h);
    g.destroy();
  }
  return scene.add.image(x, y, key).setOrigin(0);
}
