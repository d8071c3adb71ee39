import type { CssBox, DrawnReport } from '../../src/ui/drawnReport.ts';

/** The least sizes a player meets, in CSS px (the promise: body 16, secondary 14, targets 44 or 64). */
export const LEAST = { body: 16, small: 14, target: 44, kioskTarget: 64 } as const;

/** A control's twin as the page measured it: its box and, at a kiosk, the box its touch surround takes. */
export interface TwinBox {
  key: string;
  box: CssBox;
  /** What a finger can hit (at a kiosk the twin's ::before surround reaches further than the drawn box). */
  hit: CssBox;
}

const SLACK = 1.5;
const round = (n: number) => Math.round(n);
const show = (b: CssBox) => `${round(b.w)}×${round(b.h)} at ${round(b.x)},${round(b.y)}`;
const short = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').slice(0, 40));

function overlap(a: CssBox, b: CssBox): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > SLACK && h > SLACK ? w * h : 0;
}

const inside = (b: CssBox, v: { w: number; h: number }) =>
  b.x >= -SLACK && b.y >= -SLACK && b.x + b.w <= v.w + SLACK && b.y + b.h <= v.h + SLACK;

/** a holds b (a text in its own card, a label on its button). */
const holds = (a: CssBox, b: CssBox) =>
  b.x >= a.x - SLACK &&
  b.y >= a.y - SLACK &&
  b.x + b.w <= a.x + a.w + SLACK &&
  b.y + b.h <= a.y + a.h + SLACK;

/**
 * What is wrong on a screen for a player at this shape: the canvas not covering the window, text under its
 * least size, a control under its least target, anything off screen, texts over texts, controls over
 * controls, a twin not where its control is drawn.
 */
export function shapeProblems(report: DrawnReport, twins: readonly TwinBox[], kiosk: boolean): string[] {
  const found: string[] = [];
  const v = report.viewport;
  const c = report.canvas;
  if (
    Math.abs(c.x) > SLACK ||
    Math.abs(c.y) > SLACK ||
    Math.abs(c.w - v.w) > SLACK ||
    Math.abs(c.h - v.h) > SLACK
  )
    found.push(`canvas ${show(c)} does not cover the ${v.w}×${v.h} window`);
  for (const t of report.texts) {
    const least = t.kind === 'small' ? LEAST.small : LEAST.body;
    if (t.px < least - 0.05)
      found.push(`text ${short(t.text)} at ${t.px.toFixed(1)} CSS px (least ${least})`);
    if (!inside(t.box, v)) found.push(`text ${short(t.text)} off screen: ${show(t.box)}`);
  }
  const texts = report.texts;
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      if (a && b && overlap(a.box, b.box) > 0)
        found.push(`text ${short(a.text)} overlaps text ${short(b.text)}`);
    }
  const least = kiosk ? LEAST.kioskTarget : LEAST.target;
  for (const t of twins) {
    if (t.box.w < 2 || t.box.h < 2) continue;
    if (t.hit.w < least - 0.5 || t.hit.h < least - 0.5)
      found.push(`control ${short(t.key)} takes touches over ${show(t.hit)} (least ${least}×${least})`);
    if (!inside(t.box, v)) found.push(`control ${short(t.key)} off screen: ${show(t.box)}`);
  }
  for (let i = 0; i < twins.length; i++)
    for (let j = i + 1; j < twins.length; j++) {
      const a = twins[i];
      const b = twins[j];
      if (a && b && !holds(a.box, b.box) && !holds(b.box, a.box) && overlap(a.box, b.box) > 0)
        found.push(`control ${short(a.key)} overlaps control ${short(b.key)}`);
    }
  for (const ctl of report.controls) {
    const d = ctl.drawn;
    const t = ctl.twin;
    if (t.w < 2) continue;
    if ([d.x - t.x, d.y - t.y, d.w - t.w, d.h - t.h].some((n) => Math.abs(n) > 2))
      found.push(`control ${short(ctl.key)} drawn ${show(d)} but its twin is ${show(t)}`);
  }
  return found;
}
