import type * as Phaser from 'phaser';
import type { Placer } from '../../ui/domLayer.ts';
import { columns, inset, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { space } from '../../ui/theme.ts';

/** What a block drew (to take it away again after measuring) and how high it came out. */
export interface Drawn {
  h: number;
  drawn: { destroy(): void }[];
}

/** A piece of a page drawn from x, y in a column w wide (with screen-reader copies when given a layer). */
export type Block = (x: number, y: number, w: number, layer?: Placer) => Drawn;

export interface FlowOptions {
  /** Columns side by side on a page. */
  cols: number;
  /** The page asked for (kept within the pages there are). */
  page: number;
  /** The height given up for a pager under the columns when there is more than one page (0: none). */
  pagerRoom: number;
  /** Blocks that go with the one after them (headings). */
  keep?: readonly number[];
  /**
   * Blocks that start a new column (a section's heading, where columns sit side by side), unless the column
   * holds the end of a section carried over from the one before.
   */
  breakBefore?: readonly number[];
  /** Each column in a panel, its blocks inset by `pad`; on one page, each panel ends under its last block. */
  panels?: boolean;
  gap?: number;
  pad?: number;
  layer?: Placer;
}

/**
 * Blocks one under the other in `cols` columns of `area`, column after column, page after page: a block
 * that does not fit under the others of its column starts the next one. Draws the page asked for; returns
 * it, how many pages there are, and the area the columns took.
 */
export function flow(
  blocks: readonly Block[],
  area: Rect,
  o: FlowOptions,
  scene: Phaser.Scene,
): { page: number; pages: number; used: Rect } {
  const gap = o.gap ?? space.l;
  const pad = o.panels ? (o.pad ?? space.pad) : 0;
  const cellsOf = (r: Rect) =>
    columns(r, Array(o.cols).fill(1), space.l).map((c) => inset(c, pad, o.panels ? space.l : 0));
  const first = cellsOf(area)[0] as Rect;
  const heights = blocks.map((b) => {
    const { h, drawn } = b(first.x, first.y, first.w);
    for (const d of drawn) d.destroy();
    return h;
  });
  let cols = split(heights, first.h, gap, o.keep ?? [], o.breakBefore ?? []);
  let used = area;
  if (cols.length > o.cols && o.pagerRoom > 0) {
    used = { ...area, h: area.h - o.pagerRoom };
    cols = split(heights, (cellsOf(used)[0] as Rect).h, gap, o.keep ?? [], o.breakBefore ?? []);
  }
  const pages = Math.max(1, Math.ceil(cols.length / o.cols));
  const page = Math.min(Math.max(0, o.page), pages - 1);
  const shown = cols.slice(page * o.cols, (page + 1) * o.cols);
  if (pages === 1 && o.panels) {
    const tallest = Math.max(...shown.map((c) => c.reduce((sum, i) => sum + (heights[i] ?? 0) + gap, 0)));
    used = { ...area, h: Math.min(area.h, tallest - gap + 2 * space.l) };
  }
  // A column left empty on the last page gets no panel.
  if (o.panels)
    columns(used, Array(o.cols).fill(1), space.l).forEach((c, i) => {
      if ((shown[i] ?? []).length > 0) panel(scene, c.x, c.y, c.w, c.h);
    });
  cellsOf(used).forEach((cell, c) => {
    let y = cell.y;
    for (const i of shown[c] ?? []) y += (blocks[i] as Block)(cell.x, y, cell.w, o.layer).h + gap;
  });
  return { page, pages, used };
}

/**
 * The blocks' indices column by column, each column taking blocks while they fit in `room` (a block of
 * `breakBefore` starting a new one, unless the column began with a section carried over).
 */
function split(
  heights: number[],
  room: number,
  gap: number,
  keep: readonly number[],
  breakBefore: readonly number[],
): number[][] {
  const out: number[][] = [[]];
  let filled = 0;
  heights.forEach((h, i) => {
    const current = out[out.length - 1] as number[];
    const needs = keep.includes(i) ? h + gap + (heights[i + 1] ?? 0) : h;
    const carried = current.length > 0 && (current[0] ?? 0) > 0 && !breakBefore.includes(current[0] ?? 0);
    const opens = breakBefore.includes(i) && !carried;
    if (current.length > 0 && (filled + needs > room || opens)) {
      out.push([i]);
      filled = h + gap;
    } else {
      current.push(i);
      filled += h + gap;
    }
  });
  return out;
}
