import type * as Phaser from 'phaser';
import type { Placer } from './domLayer.ts';
import { onShutdown } from './lifecycle.ts';

/** A chart's text twin for screen readers: one list item per line, named by the chart's title. */
export function spokenList(
  scene: Phaser.Scene,
  layer: Placer,
  title: string,
  lines: readonly string[],
  ordered = false,
): void {
  const list = document.createElement(ordered ? 'ol' : 'ul');
  list.setAttribute('aria-label', title);
  for (const line of lines) {
    const li = document.createElement('li');
    li.textContent = line;
    list.append(li);
  }
  layer.place(list);
  onShutdown(scene, () => list.remove());
}
