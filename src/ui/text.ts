import type * as Phaser from 'phaser';
import { fontFamily, minTextPx, textPx } from './appearance.ts';
import type { Placer } from './domLayer.ts';
import { onShutdown } from './lifecycle.ts';
import { invalidate } from './redraw.ts';
import { stage } from './stage.ts';
import { color, hex, LINE, type size } from './theme.ts';

export type TextSize = keyof typeof size;

export interface TextOptions {
  size?: TextSize;
  bold?: boolean;
  color?: number;
  width?: number;
  align?: 'left' | 'center' | 'right';
  /** Also put the text in the DOM layer for screen readers (off for purely decorative text). */
  layer?: Placer;
  /** The DOM element to use for the screen-reader copy (h1, h2, p). */
  tag?: 'h1' | 'h2' | 'p';
  /** The height the text must fit in: larger text settings shrink it back until it does (see fitText). */
  maxHeight?: number;
  /** For one line of text with no wrapping: the width it must fit in, shrinking likewise. */
  maxWidth?: number;
}

type Metrics = Phaser.Types.GameObjects.Text.TextMetrics;

/**
 * Texts that did not fit their box even at the smallest size since the game started: `cut` lost words to an
 * ellipsis on the canvas (their DOM copy keeps them), `overflowing` still pass their box's width. Read by
 * the tests through window.pedago.textFit; `texts` keeps the last few, whole.
 */
export const textFitReport = { cut: 0, overflowing: 0, texts: [] as string[] };

/** The narrowest wrap a text gets, in its own font size (a few letters). */
const LEAST_WRAP_EMS = 3;

function reportMisfit(kind: 'cut' | 'overflowing', text: string): void {
  textFitReport[kind] += 1;
  textFitReport.texts = [...textFitReport.texts.slice(-19), text];
}

// Phaser measures a font for every Text it makes, on a fresh read-back canvas; the metrics depend only
// on face, weight and size, so they are measured once each here, on one shared canvas, and handed over.
const measured = new Map<string, Metrics>();
let scratch: CanvasRenderingContext2D | null = null;

function metricsFor(o: TextOptions): Metrics | undefined {
  const px = textPx(o.size ?? 'body');
  const font = fontFamily();
  const key = `${o.bold ? 'bold' : 'normal'} ${px} ${font}`;
  const known = measured.get(key);
  if (known) return known;
  scratch ??= document.createElement('canvas').getContext('2d');
  if (!scratch) return undefined;
  scratch.font = `${o.bold ? 'bold' : 'normal'} ${px}px ${font}`;
  const m = scratch.measureText('|MÉqgy');
  const metrics = { ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent, fontSize: 0 };
  metrics.fontSize = metrics.ascent + metrics.descent;
  measured.set(key, metrics);
  return metrics;
}

export function textStyle(o: TextOptions = {}): Phaser.Types.GameObjects.Text.TextStyle {
  const px = textPx(o.size ?? 'body');
  return {
    metrics: metricsFor(o),
    fontFamily: fontFamily(),
    fontSize: `${px}px`,
    fontStyle: o.bold ? 'bold' : 'normal',
    color: hex(o.color ?? color.ink),
    align: o.align ?? 'left',
    lineSpacing: Math.round(px * (LINE - 1)),
    // Phaser throws on a wrap narrower than a letter: a box squeezed that far shows its text overflowing
    // (the e2e shape checks see it) rather than losing the whole screen.
    wordWrap: o.width ? { width: Math.max(o.width, px * LEAST_WRAP_EMS), useAdvancedWrap: true } : undefined,
    // Rasterised at the canvas's own density, so letters are sharp on a dense screen.
    resolution: stage().resolution,
  };
}

/** A block of text drawn on the canvas, with a copy in the DOM layer when a layer is given. */
export function label(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  o: TextOptions = {},
): Phaser.GameObjects.Text {
  const obj = scene.add.text(x, y, content, textStyle(o));
  obj.setData('textSize', o.size ?? 'body');
  if (o.align === 'center') obj.setOrigin(0.5, 0);
  if (o.align === 'right') obj.setOrigin(1, 0);
  if (o.maxHeight !== undefined) fitText(obj, o.maxHeight);
  if (o.maxWidth !== undefined) {
    shrinkWhile(obj, () => obj.width > (o.maxWidth ?? 0));
    if (obj.width > o.maxWidth) reportMisfit('overflowing', content);
  }
  if (o.layer) {
    const el = document.createElement(o.tag ?? 'p');
    el.textContent = content;
    o.layer.place(el);
    onShutdown(scene, () => el.remove());
    obj.setData('twin', el);
  }
  return obj;
}

/** Changes a label's text on canvas and in its screen-reader copy. */
export function setLabel(obj: Phaser.GameObjects.Text, content: string): void {
  obj.setText(content);
  invalidate();
  const twin = obj.getData('twin') as HTMLElement | undefined;
  if (twin) twin.textContent = content;
}

/** The widest word of a text in its current font, so a word is never cut in two by the wrapping. */
function widestWord(obj: Phaser.GameObjects.Text): number {
  scratch ??= document.createElement('canvas').getContext('2d');
  if (!scratch) return 0;
  scratch.font = `${obj.style.fontStyle} ${obj.style.fontSize} ${obj.style.fontFamily}`;
  // Phaser wraps at plain spaces only: words joined by no-break spaces are measured as one.
  return Math.max(0, ...obj.text.split(/[ \n]+/).map((w) => scratch?.measureText(w).width ?? 0));
}

/**
 * Shrinks a text one pixel at a time (not below minTextPx) until it fits maxHeight and no word is wider
 * than its wrapping width. At the designed size everything fits already; this catches the larger text
 * settings and long translations without cutting words or overflowing their box. Text still too tall at
 * the smallest size loses its last words to an ellipsis on the canvas (never in its screen-reader copy).
 */
export function fitText(obj: Phaser.GameObjects.Text, maxHeight: number, ellipsis = true): void {
  const wrap = obj.style.wordWrapWidth ?? Number.POSITIVE_INFINITY;
  shrinkWhile(obj, () => obj.height > maxHeight || widestWord(obj) > wrap);
  if (widestWord(obj) > wrap) reportMisfit('overflowing', obj.text);
  if (!ellipsis || obj.height <= maxHeight) return;
  reportMisfit('cut', obj.text);
  const words = obj.text.split(' ');
  while (words.length > 1 && obj.height > maxHeight) {
    words.pop();
    obj.setText(`${words.join(' ').replace(/[\s,;:.·—-]+$/, '')}…`);
  }
}

function shrinkWhile(obj: Phaser.GameObjects.Text, tooBig: () => boolean): void {
  let px = Number.parseInt(String(obj.style.fontSize), 10);
  const min = minTextPx();
  while (px > min && tooBig()) {
    px -= 1;
    setTextPx(obj, px);
  }
}

/** Sets a text's size in pixels, its line spacing following. */
export function setTextPx(obj: Phaser.GameObjects.Text, px: number): void {
  obj.setFontSize(px);
  obj.setLineSpacing(Math.round(px * (LINE - 1)));
}

/** Changes a label's text and fits it again in maxHeight, starting from its designed size. */
export function setFitted(
  obj: Phaser.GameObjects.Text,
  content: string,
  kind: TextSize,
  maxHeight: number,
): void {
  setLabel(obj, content);
  setTextPx(obj, textPx(kind));
  fitText(obj, maxHeight);
}
