import type * as Phaser from 'phaser';
import type { Placer } from '../../ui/domLayer.ts';
import { icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, iconPx, space } from '../../ui/theme.ts';
import type { Drawn } from './flow.ts';

/**
 * A fact about the real job in its light box, `w` wide at (x, y), as tall as its words: a bulb, the title
 * beside it, the text under both. A block for `flow` (the results, a promotion).
 */
export function factBox(
  scene: Phaser.Scene,
  fact: { title: string; text: string },
  x: number,
  y: number,
  w: number,
  layer?: Placer,
): Drawn {
  const inner = { x: x + space.l, y: y + space.m, w: w - 2 * space.l };
  const bulb = icon(
    scene,
    inner.x + iconPx.heading / 2,
    inner.y + iconPx.heading / 2,
    'lightbulb',
    color.blue,
    iconPx.heading,
  );
  const titleX = inner.x + iconPx.heading + space.s;
  const title = label(scene, titleX, inner.y, fact.title, {
    bold: true,
    width: inner.x + inner.w - titleX,
    layer,
  });
  const textTop = Math.max(title.y + title.height, inner.y + iconPx.heading) + space.xs;
  const text = label(scene, inner.x, textTop, fact.text, { size: 'small', width: inner.w, layer });
  const h = text.y + text.height + space.m - y;
  const box = panel(scene, x, y, w, h, { fill: color.tintSky, border: color.sky }).setDepth(-1);
  return { h, drawn: [bulb, title, text, box] };
}
