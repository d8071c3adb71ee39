import type * as Phaser from 'phaser';
import type { Placer } from './domLayer.ts';
import { onShutdown } from './lifecycle.ts';
import { invalidate } from './redraw.ts';
import { color } from './theme.ts';

export interface Meter {
  set(value: number, max: number, text: string): void;
}

/** A capsule of height h in one colour, drawn once and stretched as a three-slice. */
function capsule(scene: Phaser.Scene, h: number, fill: number): string {
  const key = `capsule:${h}:${fill}`;
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    g.fillStyle(fill, 1).fillRoundedRect(0, 0, h * 2, h, h / 2);
    g.generateTexture(key, h * 2, h);
    g.destroy();
  }
  return key;
}

/**
 * 'spend' gauges warn as they fill (a budget); 'score' gauges are good when full (an indicator);
 * 'progress' gauges just fill (weeks, hours).
 * The value is always also said in words beside or under the gauge.
 */
export type MeterKind = 'spend' | 'score' | 'progress';

/** A horizontal gauge (budget, progress), mirrored by a DOM progressbar with the same value and text. */
export function meter(
  scene: Phaser.Scene,
  layer: Placer,
  x: number,
  y: number,
  w: number,
  h: number,
  name: string,
  kind: MeterKind = 'spend',
): Meter {
  const side = Math.floor(h / 2);
  const bar = (fill: number, width: number) =>
    scene.add.nineslice(x, y, capsule(scene, h, fill), undefined, width, h, side, side, 0, 0).setOrigin(0);
  bar(color.line, w);
  const fills = [color.green, color.orange, color.vermilion].map((c) => bar(c, h).setVisible(false));
  const el = document.createElement('div');
  el.setAttribute('role', 'progressbar');
  el.setAttribute('aria-label', name);
  el.setAttribute('aria-valuemin', '0');
  layer.place(el);
  onShutdown(scene, () => el.remove());
  return {
    set(value, max, text) {
      invalidate();
      const share = Math.max(0, Math.min(1, max > 0 ? value / max : 0));
      const spend = share > 0.95 ? 2 : share > 0.8 ? 1 : 0;
      const score = share >= 0.6 ? 0 : share >= 0.4 ? 1 : 2;
      const level = kind === 'spend' ? spend : kind === 'score' ? score : 0;
      fills.forEach((f, i) => {
        f.setVisible(i === level && share > 0);
        if (i === level) f.setSize(Math.max(h, w * share), h);
      });
      el.setAttribute('aria-valuemax', String(max));
      el.setAttribute('aria-valuenow', String(value));
      el.setAttribute('aria-valuetext', text);
    },
  };
}
