import type * as Phaser from 'phaser';
import type { Placer } from './domLayer.ts';
import { type IconName, icon } from './icons.ts';
import { spokenList } from './spokenList.ts';
import { label } from './text.ts';
import { color, size } from './theme.ts';

/** One step of a timeline: a bar for its value, and what to write and draw around it. */
export interface TimelineMark {
  /** From 0 to the chart's max; its height, written as a number with the value icon beside it. */
  value: number;
  /** Under the axis: the step's name (a number, a short word). */
  label: string;
  /** Under the label, small: one or two words (a contract). */
  caption: string;
  /** Under the axis, beside the label (a kind of employer). */
  icon?: IconName;
  /** Steps that mark a milestone (a promotion) get a badge above their bar (the caller's legend names it). */
  flagged?: boolean;
  /** What a screen reader says for this step. */
  spoken: string;
}

export interface TimelineOptions {
  x: number;
  y: number;
  w: number;
  h: number;
  max: number;
  /** The shape that stands for one unit of value (a star), drawn beside each value. */
  valueIcon: IconName;
  flagIcon: IconName;
  /** The chart's name, for screen readers. */
  title: string;
}

/** The milestone badge: an icon on a green disc (also used in the caller's legend). */
export function flagBadge(scene: Phaser.Scene, x: number, y: number, name: IconName): void {
  scene.add.circle(x, y, 16, color.green);
  icon(scene, x, y, name, color.card, 22);
}

/** Height taken below the axis by the labels, icons and captions. */
const FOOT = 84;
/** Height kept above the tallest bar for its value and a badge. */
const HEAD = 72;
/** The body text size the chart's measures are drawn for; smaller text (a phone) draws them smaller alike. */
const DRAWN_FOR_BODY = 22;

/**
 * Steps in order, left to right, each a bar whose height is its value, the value also written above it
 * (number and icon: the meaning never rests on colour), milestones marked by a badge; mirrored in the DOM
 * layer by an ordered list a screen reader can read.
 */
export function timelineChart(
  scene: Phaser.Scene,
  layer: Placer,
  marks: readonly TimelineMark[],
  o: TimelineOptions,
): void {
  const k = Math.min(1, size.body / DRAWN_FOR_BODY);
  const n = Math.max(1, marks.length);
  const col = o.w / n;
  const base = o.y + o.h - FOOT * k;
  const room = o.h - (FOOT + HEAD) * k;
  const barW = Math.min(48 * k, col * 0.5);
  for (let v = 1; v <= o.max; v++) {
    const y = base - (room * v) / o.max;
    scene.add.rectangle(o.x, y, o.w, 1, color.line).setOrigin(0, 0.5);
  }
  scene.add.rectangle(o.x, base, o.w, 3, color.ink).setOrigin(0, 0.5);
  marks.forEach((m, i) => {
    const cx = o.x + col * (i + 0.5);
    const h = (room * Math.max(0, Math.min(o.max, m.value))) / o.max;
    if (h > 0) scene.add.rectangle(cx, base, barW, h, color.blue).setOrigin(0.5, 1);
    const top = base - h;
    label(scene, cx, top - 34 * k, String(m.value), { bold: true, align: 'right' });
    icon(scene, cx + 14 * k, top - 20 * k, o.valueIcon, color.orange, 22 * k);
    if (m.flagged) flagBadge(scene, cx, top - 56 * k, o.flagIcon);
    const footY = base + 10 * k;
    if (m.icon) {
      icon(scene, cx + 16 * k, footY + 14 * k, m.icon, color.ink, 26 * k);
      label(scene, cx - 8 * k, footY, m.label, { bold: true, align: 'right' });
    } else {
      label(scene, cx, footY, m.label, { bold: true, align: 'center' });
    }
    label(scene, cx, footY + 38 * k, m.caption, {
      size: 'small',
      color: color.inkSoft,
      align: 'center',
      width: col - 2,
    });
  });
  spokenList(
    scene,
    layer,
    o.title,
    marks.map((m) => m.spoken),
    true,
  );
}
