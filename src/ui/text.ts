import type * as Phaser from 'phaser';
import type { Placer } from './domLayer.ts';
import { onShutdown } from './lifecycle.ts';
import { color, FONT, hex, LINE, size } from './theme.ts';

export type TextSize = keyof typeof size;

export interface TextOptions {
  size?: TextSize;
  bold?: boolean;
  color?: number;
  width?: number;
  align?: 'left' | 'center' | 'right';
  /** Also put the text in the DOM layer for screen readers (off for purely decorative text). */
  layer?: Placer;
  /** The DOM element to use for the screen-reader copy (h1, h2, p). */
  tag?: 'h1' | 'h2' | 'p';
}

type Metrics = Phaser.Types.GameObjects.Text.TextMetrics;

// Phaser measures a font for every Text it makes, on a fresh read-back canvas; the metrics depend only
// on face, weight and size, so they are measured once each here, on one shared canvas, and handed over.
const measured = new Map<string, Metrics>();
let scratch: CanvasRenderingContext2D | null = null;

function metricsFor(o: TextOptions): Metrics | undefined {
  const px = size[o.size ?? 'body'];
  const key = `${o.bold ? 'bold' : 'normal'} ${px}`;
  const known = measured.get(key);
  if (known) return known;
  scratch ??= document.createElement('canvas').getContext('2d');
  if (!scratch) return undefined;
  scratch.font = `${o.bold ? 'bold' : 'normal'} ${px}px ${FONT}`;
  const m = scratch.measureText('|MÉqgy');
  const metrics = { ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent, fontSize: 0 };
  metrics.fontSize = metrics.ascent + metrics.descent;
  measured.set(key, metrics);
  return metrics;
}

export function textStyle(o: TextOptions = {}): Phaser.Types.GameObjects.Text.TextStyle {
  const px = size[o.size ?? 'body'];
  return {
    metrics: metricsFor(o),
    fontFamily: FONT,
    fontSize: `${px}px`,
    fontStyle: o.bold ? 'bold' : 'normal',
    color: hex(o.color ?? color.ink),
    align: o.align ?? 'left',
    lineSpacing: Math.round(px * (LINE - 1)),
    wordWrap: o.width ? { width: o.width, useAdvancedWrap: true } : undefined,
  };
}

/** A block of text drawn on the canvas, with a copy in the DOM layer when a layer is given. */
export function label(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  o: TextOptions = {},
): Phaser.GameObjects.Text {
  const obj = scene.add.text(x, y, content, textStyle(o));
  if (o.align === 'center') obj.setOrigin(0.5, 0);
  if (o.align === 'right') obj.setOrigin(1, 0);
  if (o.layer) {
    const el = document.createElement(o.tag ?? 'p');
    el.textContent = content;
    o.layer.place(el);
    onShutdown(scene, () => el.remove());
    obj.setData('twin', el);
  }
  return obj;
}

/** Changes a label's text on canvas and in its screen-reader copy. */
export function setLabel(obj: Phaser.GameObjects.Text, content: string): void {
  obj.setText(content);
  const twin = obj.getData('twin') as HTMLElement | undefined;
  if (twin) twin.textContent = content;
}
