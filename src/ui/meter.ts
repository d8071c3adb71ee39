import type * as Phaser from 'phaser';
import type { Placer } from './domLayer.ts';
import { onShutdown } from './lifecycle.ts';
import { color } from './theme.ts';

export interface Meter {
  set(value: number, max: number, text: string): void;
}

/** A horizontal gauge (budget, progress), mirrored by a DOM progressbar with the same value and text. */
export function meter(
  scene: Phaser.Scene,
  layer: Placer,
  x: number,
  y: number,
  w: number,
  h: number,
  name: string,
): Meter {
  const g = scene.add.graphics({ x, y });
  const el = document.createElement('div');
  el.setAttribute('role', 'progressbar');
  el.setAttribute('aria-label', name);
  el.setAttribute('aria-valuemin', '0');
  layer.place(el);
  onShutdown(scene, () => el.remove());
  return {
    set(value, max, text) {
      const share = Math.max(0, Math.min(1, max > 0 ? value / max : 0));
      const fill = share > 0.95 ? color.vermilion : share > 0.8 ? color.orange : color.green;
      g.clear();
      g.fillStyle(color.line, 1).fillRoundedRect(0, 0, w, h, h / 2);
      if (share > 0) g.fillStyle(fill, 1).fillRoundedRect(0, 0, Math.max(h, w * share), h, h / 2);
      el.setAttribute('aria-valuemax', String(max));
      el.setAttribute('aria-valuenow', String(value));
      el.setAttribute('aria-valuetext', text);
    },
  };
}
