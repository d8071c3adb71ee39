import type * as Phaser from 'phaser';
import type { Placer } from './domLayer.ts';
import { type IconName, icon } from './icons.ts';
import { columns } from './layout.ts';
import { spokenList } from './spokenList.ts';
import { label } from './text.ts';
import { color, iconPx, LINE, size, space } from './theme.ts';
import { flagBadge, type TimelineMark, type TimelineOptions } from './timelineChart.ts';

/** Room for the step's number at the start of a row, and for the milestone badge at its end. */
const NUMBER_W = 28;
const BADGE_W = 40;
/** A value icon's size and pitch in a row. */
const VALUE_PX = 22;
const VALUE_PITCH = 24;

/** The height of one row of `timelineRows`. */
export const timelineRowH = () => Math.max(iconPx.text, Math.ceil(size.body * LINE)) + space.s;

/** Rows of `timelineRows` in `cols` columns, the height they take. */
export const timelineRowsH = (count: number, cols: number) => Math.ceil(count / cols) * timelineRowH();

/**
 * The timeline for a narrow screen: one row per step, in order, in `cols` columns: its number and icon, its
 * caption, its value as that many value icons out of the max (the others outlined), and the milestone badge.
 * Mirrored in the DOM layer by the same ordered list as the bar chart.
 */
export function timelineRows(
  scene: Phaser.Scene,
  layer: Placer,
  marks: readonly TimelineMark[],
  o: Omit<TimelineOptions, 'h'> & { cols: number; emptyIcon: IconName },
): void {
  const rowH = timelineRowH();
  const cols = columns({ x: o.x, y: o.y, w: o.w, h: 0 }, Array(o.cols).fill(1), space.gap);
  const perCol = Math.ceil(marks.length / o.cols);
  marks.forEach((m, i) => {
    // In order down each column, then on to the next column.
    const col = cols[Math.floor(i / perCol)];
    if (!col) return;
    const cell = { ...col, y: o.y + (i % perCol) * rowH };
    const mid = cell.y + rowH / 2;
    const textY = mid - Math.ceil(size.body * LINE) / 2;
    label(scene, cell.x, textY, m.label, { bold: true });
    const iconX = cell.x + NUMBER_W;
    if (m.icon) icon(scene, iconX + iconPx.text / 2, mid, m.icon, color.ink, iconPx.text);
    const valuesW = o.max * VALUE_PITCH;
    const valuesX = cell.x + cell.w - BADGE_W - valuesW;
    const captionX = iconX + iconPx.text + space.m;
    label(scene, captionX, mid - Math.ceil(size.small * LINE) / 2, m.caption, {
      size: 'small',
      color: color.inkSoft,
      maxWidth: valuesX - captionX - space.s,
    });
    for (let v = 0; v < o.max; v++)
      icon(
        scene,
        valuesX + v * VALUE_PITCH + VALUE_PITCH / 2,
        mid,
        v < m.value ? o.valueIcon : o.emptyIcon,
        color.orange,
        VALUE_PX,
      );
    if (m.flagged) flagBadge(scene, cell.x + cell.w - BADGE_W / 2, mid, o.flagIcon);
  });
  spokenList(
    scene,
    layer,
    o.title,
    marks.map((m) => m.spoken),
    true,
  );
}
