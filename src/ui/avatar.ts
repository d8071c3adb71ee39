import type * as Phaser from 'phaser';
import { bake } from './bake.ts';
import { color } from './theme.ts';

const SKIN = [0xf6d5b8, 0xe8b48e, 0xc68a62, 0x9a6444, 0x6b4330];
const HAIR = [0x2b1d14, 0x5a3a22, 0x9c6b3c, 0xd9b36a, 0x3a3a3a, 0xb8b8b8];
const HAIR_STYLES = 5;

/** A small, stable hash: the same name always gives the same face. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface Face {
  skin: number;
  hair: number;
  hairStyle: number;
  shirt: number;
  glasses: boolean;
}

export function faceOf(seed: string): Face {
  const h = hash(seed);
  const shirts = [color.blue, color.green, color.orange, color.purple, color.sky, color.vermilion];
  return {
    skin: SKIN[h % SKIN.length] ?? SKIN[0],
    hair: HAIR[(h >>> 3) % HAIR.length] ?? HAIR[0],
    hairStyle: (h >>> 6) % HAIR_STYLES,
    shirt: shirts[(h >>> 9) % shirts.length] ?? color.blue,
    glasses: ((h >>> 12) & 3) === 0,
  } as Face;
}

function drawHairBack(g: Phaser.GameObjects.Graphics, f: Face, s: number): void {
  g.fillStyle(f.hair, 1);
  if (f.hairStyle === 1) g.fillRoundedRect(s * 0.27, s * 0.22, s * 0.46, s * 0.5, s * 0.12);
  if (f.hairStyle === 3) g.fillCircle(s * 0.5, s * 0.16, s * 0.1);
}

function drawHairFront(g: Phaser.GameObjects.Graphics, f: Face, s: number): void {
  g.fillStyle(f.hair, 1);
  const cx = s * 0.5;
  const top = s * 0.3;
  switch (f.hairStyle) {
    case 4: // curls
      for (let i = 0; i < 7; i++) g.fillCircle(s * (0.32 + i * 0.06), top - s * 0.02 * Math.sin(i), s * 0.07);
      break;
    case 2: // short crop with a side parting
      g.fillEllipse(cx, top - s * 0.02, s * 0.38, s * 0.16);
      g.fillTriangle(s * 0.31, top, s * 0.4, top, s * 0.31, top + s * 0.1);
      break;
    default: // a fringe
      g.fillEllipse(cx, top - s * 0.01, s * 0.4, s * 0.2);
      g.fillRect(s * 0.3, top - s * 0.02, s * 0.05, s * 0.14);
      g.fillRect(s * 0.65, top - s * 0.02, s * 0.05, s * 0.14);
  }
}

/** Shoulders, and below them the part of the frame's circle under y = 0.78 s, so nothing leaves the frame. */
function drawShirt(g: Phaser.GameObjects.Graphics, f: Face, s: number): void {
  const r = s / 2;
  const cut = s * 0.78;
  const a = Math.asin((cut - r) / r);
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i <= 24; i++) {
    const t = a + ((Math.PI - 2 * a) * i) / 24;
    points.push({ x: r + r * Math.cos(t), y: r + r * Math.sin(t) });
  }
  // fillPoints reads only x and y.
  g.fillStyle(f.shirt, 1).fillPoints(points as Phaser.Math.Vector2[], true);
  g.fillEllipse(r, cut, s * 0.64, s * 0.26);
}

/** A generated portrait in a round frame, drawn once per face and size (flat shapes, no image files). */
export function avatar(
  scene: Phaser.Scene,
  x: number,
  y: number,
  s: number,
  seed: string,
): Phaser.GameObjects.Image {
  const f = faceOf(seed);
  return bake(scene, `avatar:${seed}:${s}`, x, y, s, s, (g) => {
    g.fillStyle(color.tintSky, 1).fillCircle(s / 2, s / 2, s / 2);
    drawHairBack(g, f, s);
    drawShirt(g, f, s);
    g.fillStyle(f.skin, 1).fillRect(s * 0.44, s * 0.5, s * 0.12, s * 0.16);
    g.fillStyle(f.skin, 1).fillEllipse(s * 0.5, s * 0.42, s * 0.36, s * 0.42);
    drawHairFront(g, f, s);
    g.fillStyle(color.ink, 1)
      .fillCircle(s * 0.43, s * 0.43, s * 0.022)
      .fillCircle(s * 0.57, s * 0.43, s * 0.022);
    g.lineStyle(Math.max(1.5, s * 0.018), color.ink, 1);
    g.beginPath();
    g.arc(s * 0.5, s * 0.49, s * 0.07, 0.2 * Math.PI, 0.8 * Math.PI);
    g.strokePath();
    if (f.glasses) {
      g.lineStyle(Math.max(1.5, s * 0.016), color.ink, 1);
      g.strokeCircle(s * 0.43, s * 0.43, s * 0.05).strokeCircle(s * 0.57, s * 0.43, s * 0.05);
      g.lineBetween(s * 0.48, s * 0.43, s * 0.52, s * 0.43);
    }
  });
}
