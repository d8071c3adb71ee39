import type * as Phaser from 'phaser';
import type { Placer } from './domLayer.ts';
import { onShutdown } from './lifecycle.ts';
import { label } from './text.ts';
import { color, space } from './theme.ts';

/** How far above the field its label starts (one line of small text and a little air). */
const LABEL_RISE = 36;

export interface TextFieldOptions {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Shown above the field, and its accessible name. */
  label: string;
  multiline?: boolean;
  /** Codes: upper case and spaced letters. */
  code?: boolean;
  maxLength?: number;
  value?: string;
  placeholder?: string;
  onInput?: (value: string) => void;
  /** Enter in a one-line field. */
  onEnter?: () => void;
}

/**
 * A real text field in the DOM layer, styled like the game's cards, with its label drawn on the canvas
 * above it. Nothing typed is sent anywhere: the value stays in the page.
 */
export function textField(
  scene: Phaser.Scene,
  layer: Placer,
  o: TextFieldOptions,
): HTMLInputElement | HTMLTextAreaElement {
  const caption = label(scene, o.x, o.y, o.label, {
    size: 'small',
    bold: true,
    color: color.ink,
    width: o.w,
  });
  // One line sits 36 px up; a label that wraps (a narrow field) goes up by its own height.
  caption.setY(o.y - Math.max(LABEL_RISE, caption.height + space.s));
  const el = o.multiline ? document.createElement('textarea') : document.createElement('input');
  el.className = o.code ? 'field field-code' : 'field';
  el.setAttribute('aria-label', o.label);
  el.spellcheck = false;
  el.autocomplete = 'off';
  el.setAttribute('autocapitalize', o.code ? 'characters' : 'off');
  if (el instanceof HTMLInputElement) el.type = 'text';
  if (o.maxLength) el.maxLength = o.maxLength;
  if (o.placeholder) el.placeholder = o.placeholder;
  el.value = o.value ?? '';
  el.addEventListener('input', () => o.onInput?.(el.value));
  el.addEventListener('keydown', (e: Event) => {
    if (!(e instanceof KeyboardEvent)) return;
    if (e.key === 'Enter' && !o.multiline && o.onEnter) {
      e.preventDefault();
      o.onEnter();
    }
  });
  layer.place(el, { x: o.x, y: o.y, w: o.w, h: o.h });
  onShutdown(scene, () => el.remove());
  return el;
}
