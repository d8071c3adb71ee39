import type * as Phaser from 'phaser';
import type { Placer } from './domLayer.ts';
import { onShutdown } from './lifecycle.ts';
import { invalidate } from './redraw.ts';
import { label, setLabel } from './text.ts';
import { color } from './theme.ts';

export interface SliderOptions {
  x: number;
  y: number;
  w: number;
  /** The accessible name, also drawn above the track. */
  name: string;
  /** 0–1. */
  value: number;
  /** How the value reads, on screen and to a screen reader. */
  format: (value: number) => string;
  onInput: (value: number) => void;
  /** Once the pointer or key lets go (to play a sample, for instance). */
  onCommit?: (value: number) => void;
}

const H = 48;
/** Between the name's line and the track. */
const UNDER_NAME = 8;
/** The height of a slider's track, under its name's line (for laying sliders out before drawing them). */
export const SLIDER_TRACK_H = UNDER_NAME + H;
/** The native thumb's width in the DOM twin (see style.css): the drawn knob follows its centre. */
const THUMB = 44;
const STEPS = 10;

/**
 * A 0–1 slider drawn on the canvas over a real <input type="range">: pointer drag, touch, arrow keys,
 * Home/End and screen readers all come from the browser's own control.
 */
export function slider(scene: Phaser.Scene, layer: Placer, o: SliderOptions): void {
  const name = label(scene, o.x, o.y, o.name, { bold: true });
  const shown = label(scene, o.x + o.w, o.y, o.format(o.value), { bold: true, align: 'right' });
  const top = o.y + name.height + UNDER_NAME;
  const g = scene.add.graphics();
  const draw = (v: number) => {
    invalidate();
    const left = o.x + THUMB / 2;
    const span = o.w - THUMB;
    const cx = left + span * v;
    g.clear();
    g.fillStyle(color.line, 1).fillRoundedRect(left, top + H / 2 - 5, span, 10, 5);
    g.fillStyle(color.blue, 1).fillRoundedRect(left, top + H / 2 - 5, Math.max(10, cx - left), 10, 5);
    g.fillStyle(color.card, 1).fillCircle(cx, top + H / 2, 16);
    g.lineStyle(4, color.blue, 1).strokeCircle(cx, top + H / 2, 16);
  };
  draw(o.value);

  const el = document.createElement('input');
  el.type = 'range';
  el.className = 'twin-range';
  el.min = '0';
  el.max = String(STEPS);
  el.step = '1';
  el.value = String(Math.round(o.value * STEPS));
  el.setAttribute('aria-label', o.name);
  const read = () => Number(el.value) / STEPS;
  const sync = () => {
    const v = read();
    el.setAttribute('aria-valuetext', o.format(v));
    setLabel(shown, o.format(v));
    draw(v);
  };
  sync();
  el.dataset.key = o.name;
  el.addEventListener('input', () => {
    sync();
    o.onInput(read());
  });
  el.addEventListener('change', () => o.onCommit?.(read()));
  layer.place(el, { x: o.x, y: top, w: o.w, h: H });
  onShutdown(scene, () => el.remove());
}
