import type * as Phaser from 'phaser';
import type { Placer } from './domLayer.ts';
import { spokenList } from './spokenList.ts';
import { label } from './text.ts';
import { color } from './theme.ts';

export interface Bar {
  /** Drawn left of the bar (may be empty when the caller draws its own, such as stars). */
  label: string;
  value: number;
  /** What a screen reader says for this bar. */
  spoken: string;
}

export interface BarChartOptions {
  x: number;
  y: number;
  w: number;
  /** Width of the label column. */
  labelW: number;
  rowH?: number;
  max?: number;
  fill?: number;
  /** The chart's name, for screen readers. */
  title: string;
}

/**
 * Horizontal bars, each with its count written at its end (the number carries the meaning, not the
 * colour), mirrored in the DOM layer by a list a screen reader can read.
 */
export function barChart(
  scene: Phaser.Scene,
  layer: Placer,
  bars: readonly Bar[],
  o: BarChartOptions,
): number {
  const rowH = o.rowH ?? 36;
  const max = Math.max(1, o.max ?? Math.max(...bars.map((b) => b.value)));
  const barX = o.x + o.labelW;
  const room = o.w - o.labelW - 48;
  bars.forEach((b, i) => {
    const y = o.y + i * rowH;
    if (b.label) label(scene, o.x, y + rowH / 2 - 12, b.label, { size: 'small', width: o.labelW - 12 });
    scene.add.rectangle(barX, y + 6, room, rowH - 12, color.line, 0.45).setOrigin(0);
    if (b.value > 0)
      scene.add
        .rectangle(barX, y + 6, Math.max(6, (room * b.value) / max), rowH - 12, o.fill ?? color.blue)
        .setOrigin(0);
    label(scene, barX + room + 10, y + rowH / 2 - 12, String(b.value), { size: 'small', bold: true });
  });
  spokenList(
    scene,
    layer,
    o.title,
    bars.map((b) => b.spoken),
  );
  return bars.length * rowH;
}
