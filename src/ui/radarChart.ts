import type * as Phaser from 'phaser';
import { bake } from './bake.ts';
import type { Placer } from './domLayer.ts';
import { spokenList } from './spokenList.ts';
import { label } from './text.ts';
import { color } from './theme.ts';

export interface RadarSeries {
  values: readonly number[];
  color: number;
  /** Line style and marker, so the series differ by shape as well as by colour. */
  dashed: boolean;
  marker: 'circle' | 'square';
  /** Opacity of the area's fill (0 for none). */
  fill: number;
}

export interface RadarOptions {
  /** Centre and radius of the outer ring. */
  cx: number;
  cy: number;
  r: number;
  /** The value of the outer ring; one ring is drawn per whole step. */
  max: number;
  /** One label per axis, clockwise from the top. */
  axes: readonly string[];
  /** Drawn first to last: put the background series first. */
  series: readonly RadarSeries[];
  /** The chart's name and what a screen reader reads for it; omit spoken when the page already says it. */
  title: string;
  spoken?: readonly string[];
}

type Point = { x: number; y: number };
/** Graphics only reads x and y of the points it is given. */
const vectors = (p: Point[]) => p as unknown as Phaser.Math.Vector2[];

const MARKER = 6;
const DASH = 10;
const GAP = 7;

function dashedLine(g: Phaser.GameObjects.Graphics, a: Point, b: Point): void {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  for (let d = 0; d < len; d += DASH + GAP) {
    const e = Math.min(len, d + DASH);
    g.lineBetween(a.x + ux * d, a.y + uy * d, a.x + ux * e, a.y + uy * e);
  }
}

/**
 * A radar (spider) chart: one axis per label, rings for each step of the scale, and one closed polygon per
 * series, each with its own line style and marker. Baked into one texture; the axis labels are text.
 */
export function radarChart(scene: Phaser.Scene, layer: Placer, o: RadarOptions): void {
  const n = o.axes.length;
  const pad = MARKER + 4;
  const size = 2 * (o.r + pad);
  const at = (i: number, v: number): Point => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    const d = (o.r * Math.max(0, Math.min(o.max, v))) / o.max;
    return { x: o.r + pad + Math.cos(a) * d, y: o.r + pad + Math.sin(a) * d };
  };
  const key = `radar:${o.r}:${o.max}:${n}:${o.series.map((s) => `${s.color}${s.dashed}${s.marker}${s.fill}${s.values.join(',')}`).join('|')}`;
  bake(scene, key, o.cx - o.r - pad, o.cy - o.r - pad, size, size, (g) => {
    for (let step = 1; step <= o.max; step++) {
      const ring = o.axes.map((_, i) => at(i, step));
      g.lineStyle(step === o.max ? 2 : 1, color.line, 1).strokePoints(vectors(ring), true, true);
    }
    for (let i = 0; i < n; i++) {
      const end = at(i, o.max);
      g.lineStyle(1, color.line, 1).lineBetween(o.r + pad, o.r + pad, end.x, end.y);
    }
    for (const s of o.series) {
      const pts = s.values.map((v, i) => at(i, v));
      if (s.fill > 0) g.fillStyle(s.color, s.fill).fillPoints(vectors(pts), true, true);
      g.lineStyle(3, s.color, 1);
      if (s.dashed) for (let i = 0; i < n; i++) dashedLine(g, pts[i] as Point, pts[(i + 1) % n] as Point);
      else g.strokePoints(vectors(pts), true, true);
      g.fillStyle(s.color, 1);
      for (const p of pts) {
        if (s.marker === 'circle') g.fillCircle(p.x, p.y, MARKER);
        else g.fillRect(p.x - MARKER, p.y - MARKER, MARKER * 2, MARKER * 2);
      }
    }
  });
  o.axes.forEach((text, i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const x = o.cx + cos * (o.r + 16);
    const y = o.cy + sin * (o.r + 16);
    const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
    const t = label(scene, x, y, text, { size: 'small', bold: true, align });
    // Above the top, below the bottom, centred vertically on the sides.
    t.setY(sin < -0.2 ? y - t.height : sin > 0.2 ? y : y - t.height / 2);
  });
  if (o.spoken) spokenList(scene, layer, o.title, o.spoken);
}

/** A key for a series' look: a short stretch of its line with its marker, as drawn in the chart. */
/** A legend swatch's length: a stretch of the series' line with its marker in the middle. */
export const LEGEND_SWATCH_W = 48;

export function radarLegendSwatch(scene: Phaser.Scene, x: number, y: number, s: RadarSeries): void {
  const w = LEGEND_SWATCH_W;
  const key = `radar-swatch:${s.color}:${s.dashed}:${s.marker}`;
  bake(scene, key, x, y - MARKER - 2, w, 2 * MARKER + 4, (g) => {
    const mid = MARKER + 2;
    g.lineStyle(3, s.color, 1);
    if (s.dashed) dashedLine(g, { x: 0, y: mid }, { x: w, y: mid });
    else g.lineBetween(0, mid, w, mid);
    g.fillStyle(s.color, 1);
    if (s.marker === 'circle') g.fillCircle(w / 2, mid, MARKER);
    else g.fillRect(w / 2 - MARKER, mid - MARKER, MARKER * 2, MARKER * 2);
  });
}
