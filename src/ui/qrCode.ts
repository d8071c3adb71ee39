import * as Phaser from 'phaser';
import { invalidate } from './redraw.ts';
import { color } from './theme.ts';

type Encoder = typeof import('uqr');

/** The QR encoder comes in a chunk of its own, on the first screen that shows a code (none before play). */
let encoder: Encoder | null = null;
let loading: Promise<Encoder> | null = null;
const loadEncoder = (): Promise<Encoder> => {
  loading ??= import('uqr').then((m) => {
    encoder = m;
    return m;
  });
  return loading;
};

function draw(qr: Encoder, scene: Phaser.Scene, x: number, y: number, box: number, text: string) {
  const key = `qr:${box}:${text}`;
  const code = qr.encode(text, { ecc: 'M', border: 2 });
  const cell = Math.max(1, Math.floor(box / code.size));
  const side = cell * code.size;
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    g.fillStyle(color.card, 1).fillRect(0, 0, side, side);
    g.fillStyle(color.ink, 1);
    code.data.forEach((row, r) => {
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

/**
 * A QR code of `text`, drawn once into a texture (white quiet zone included) with whole-pixel modules,
 * centred in a box of `box`×`box` at (x, y). Made on the device: no request leaves the game. The first
 * time, a blank card holds its place the few milliseconds the encoder takes to arrive; a screen redrawn
 * meanwhile (its card gone) gets its own.
 */
export function qrCode(scene: Phaser.Scene, x: number, y: number, box: number, text: string): void {
  if (encoder) {
    draw(encoder, scene, x, y, box, text);
    return;
  }
  const card = scene.add.rectangle(x, y, box, box, color.card).setOrigin(0);
  loadEncoder().then(
    (qr) => {
      if (!card.active) return;
      draw(qr, scene, x, y, box, text).setDepth(card.depth);
      card.destroy();
      invalidate();
    },
    (e: unknown) => console.warn(`The QR code could not be drawn: ${(e as Error).message}`),
  );
}
