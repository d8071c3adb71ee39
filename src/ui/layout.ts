import { control, HEIGHT, LINE, type SizeClass, size, space, WIDTH } from './theme.ts';

/** A box on the screen, in game pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The named places of a screen. Every screen puts its title or mission strip in `header`, its content in
 * `body` and its buttons for moving on in `actions`, so the same things sit in the same places everywhere.
 */
export interface Frame {
  readonly width: number;
  readonly height: number;
  /** A mission's dark strip (full width), or a page's title line. */
  readonly header: Rect;
  /** Between the header and the action row, inside the margins. */
  readonly body: Rect;
  /** The bottom row of buttons (back on the left, the way on at the right). */
  readonly actions: Rect;
}

/** A mission screen has the dark strip on top; a page has its title there. */
export function frame(kind: 'mission' | 'page', width = WIDTH, height = HEIGHT): Frame {
  const m = space.margin;
  const actions = { x: m, y: height - space.gap - control.h, w: width - 2 * m, h: control.h };
  // A page's title line holds one line of h1 text.
  const titleH = Math.ceil(size.h1 * LINE);
  const header =
    kind === 'mission'
      ? { x: 0, y: 0, w: width, h: space.strip }
      : { x: m, y: space.pad, w: width - 2 * m, h: titleH };
  const top = kind === 'mission' ? space.strip + space.pad : header.y + header.h + space.m;
  const body = { x: m, y: top, w: width - 2 * m, h: actions.y - space.l - top };
  return { width, height, header, body, actions };
}

/** The size class of a game size: portrait is narrow, landscape under 600 high is short, the rest wide. */
export function sizeClassOf(width: number, height: number): SizeClass {
  if (height > width) return 'narrow';
  return height < 600 ? 'short' : 'wide';
}

/**
 * Parts side by side when each gets at least `minWidth`, else one under the other (a phone held upright):
 * the same weights share the width, or the height.
 */
export function sideBySide(
  r: Rect,
  weights: readonly number[],
  minWidth: number,
  gap: number = space.gap,
): { parts: Rect[]; stacked: boolean } {
  const total = weights.reduce((a, b) => a + b, 0);
  const room = r.w - gap * (weights.length - 1);
  const fits = weights.every((w) => (room * w) / total >= minWidth);
  return fits
    ? { parts: columns(r, weights, gap), stacked: false }
    : { parts: rows(r, weights, gap), stacked: true };
}

/** How many columns of at least `minWidth` fit in `width` (at least one, at most `most`). */
export function columnsThatFit(width: number, minWidth: number, most: number, gap: number = space.l): number {
  return Math.max(1, Math.min(most, Math.floor((width + gap) / (minWidth + gap))));
}

/** The box inside r, `by` pixels from each edge (or horizontally and vertically apart). */
export function inset(r: Rect, by: number = space.pad, vertical: number = by): Rect {
  return { x: r.x + by, y: r.y + vertical, w: r.w - 2 * by, h: r.h - 2 * vertical };
}

/** r split into columns side by side, widths in proportion to `weights`, `gap` apart. */
export function columns(r: Rect, weights: readonly number[], gap: number = space.gap): Rect[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const room = r.w - gap * (weights.length - 1);
  let x = r.x;
  return weights.map((weight) => {
    const w = (room * weight) / total;
    const col = { x, y: r.y, w, h: r.h };
    x += w + gap;
    return col;
  });
}

/** r split into rows one under the other, heights in proportion to `weights`, `gap` apart. */
export function rows(r: Rect, weights: readonly number[], gap: number = space.l): Rect[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const room = r.h - gap * (weights.length - 1);
  let y = r.y;
  return weights.map((weight) => {
    const h = (room * weight) / total;
    const row = { x: r.x, y, w: r.w, h };
    y += h + gap;
    return row;
  });
}

/** `count` cells of r in `cols` columns, row by row; each cell `cellH` high (or r's height shared). */
export function grid(r: Rect, count: number, cols: number, gap: number = space.l, cellH?: number): Rect[] {
  const lines = Math.ceil(count / cols);
  const w = (r.w - gap * (cols - 1)) / cols;
  const h = cellH ?? (r.h - gap * (lines - 1)) / lines;
  return Array.from({ length: count }, (_, i) => ({
    x: r.x + (i % cols) * (w + gap),
    y: r.y + Math.floor(i / cols) * (h + gap),
    w,
    h,
  }));
}

/** A box `w` wide (and `h` high) in r: at its start, its end or its centre, sitting on its top edge. */
export function place(r: Rect, where: 'start' | 'end' | 'center', w: number, h: number = r.h): Rect {
  const x = where === 'start' ? r.x : where === 'end' ? r.x + r.w - w : r.x + (r.w - w) / 2;
  return { x, y: r.y, w, h };
}

/** The part of r below y (a panel's content once its heading is drawn). */
export function below(r: Rect, y: number): Rect {
  return { x: r.x, y, w: r.w, h: r.y + r.h - y };
}

/** Width of the standard action buttons on a wide screen: the way on, a secondary action, back. */
export const actionW = { next: 352, other: 280, back: 240 } as const;

/** Below this width the action row is shared in proportion rather than by the buttons' own widths. */
const ROW_OF_WIDTHS = 900;
/** The least a back button keeps beside others: the kit's icon room and a short word ("Retour") whole. */
const BACK_LABEL_W = 140;
/** The least the way on keeps beside back; with less, back shows its arrow alone (see `iconOnly`). */
const NEXT_LEAST_W = 160;

/** Whether the row holds this button alone, or shares it with others (back at the start, the way on at the end). */
export type RowShare = 'shared' | 'alone';

/**
 * Where a standard button goes in the action row: the way on at the end, back at the start, another action
 * at `where`. A button alone in the row keeps its own width (the row's, if narrower). On a narrow shared row
 * back takes two fifths (never less than its word needs) and the way on the rest; on a row too narrow for
 * both, back is a square showing its arrow alone.
 */
export function actionSlot(
  row: Rect,
  which: keyof typeof actionW,
  where: 'start' | 'end' | 'center' = which === 'back' ? 'start' : 'end',
  share: RowShare = 'shared',
): Rect {
  if (share === 'alone' || row.w >= ROW_OF_WIDTHS) return place(row, where, Math.min(actionW[which], row.w));
  const room = row.w - space.m;
  const labelled = Math.max((room * 2) / 5, BACK_LABEL_W);
  const backW = room - labelled >= NEXT_LEAST_W ? labelled : control.h;
  const start = place(row, 'start', backW);
  const end = place(row, 'end', row.w - backW - space.m);
  if (where === 'center') return place(row, 'center', end.w);
  return where === 'start' ? start : end;
}

/** Whether a button in this slot has room for its arrow only (its name then goes to aria-label). */
export function iconOnly(slot: Rect): boolean {
  return slot.w < BACK_LABEL_W;
}
