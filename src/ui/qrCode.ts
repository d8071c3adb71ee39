import * as Phaser from 'phaser';
import { encode } from 'uqr';
import { color } from './theme.ts';

/**
 * A QR code of `text`, drawn once into a texture (white quiet zone included) with whole-pixel modules,
 * centred in a box of `box`×`box` at (x, y). Made on the device: no request leaves the game.
 */
export function qrCode(
  scene: Phaser.Scene,
  x: number,
  y: number,
  box: number,
  text: string,
): Phaser.GameObjects.Image {
  const key = `qr:${box}:${text}`;
  const qr = encode(text, { ecc: 'M', border: 2 });
  const cell = Math.max(1, Math.floor(box / qr.size));
  const side = cell * qr.size;
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    g.fillStyle(color.card, 1).fillRect(0, 0, side, side);
    g.fillStyle(color.ink, 1);
    qr.data.forEach((row, r) => {
      row.forEach((dark, c) => {
        if (dark) g.fillRect(c * cell, r * cell, cell, cell);
      });
    });
    g.generateTexture(key, side, side);
    g.destroy();
    scene.textures.get(key).setFilter(Phaser.Textures.FilterMode.NEAREST);
  }
  const offset = Math.floor((box - side) / 2);
  return scene.add.image(x + offset, y + offset, key).setOrigin(0);
}
