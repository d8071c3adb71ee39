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

// Phaser measures a font by drawing it and reading the pixels back, for every Text it makes; the
// metrics depend only on face, weight and size, so each is measured once and reused.
const measured = new Map<string, Metrics>();
const metricsKey = (o: TextOptions) => `${o.bold ? 'b' : 'n'}${size[o.size ?? 'body']}`;

export function textStyle(o: TextOptions = {}): Phaser.Types.GameObjects.Text.TextStyle {
  const px = size[o.size ?? 'body'];
  return {
    metrics: measured.get(metricsKey(o)),
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
  if (!measured.has(metricsKey(o))) measured.set(metricsKey(o), obj.getTextMetrics());
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
