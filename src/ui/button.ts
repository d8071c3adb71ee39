import * as Phaser from 'phaser';
import { minTextPx, motionReduced } from './appearance.ts';
import { avatar } from './avatar.ts';
import type { Placer } from './domLayer.ts';
import { type IconName, icon } from './icons.ts';
import { answeredPress, lift, notePress, stamp, unstamp } from './landing.ts';
import { onShutdown } from './lifecycle.ts';
import { panel, setPanelStyle } from './panel.ts';
import { invalidate } from './redraw.ts';
import { fitText, label, setTextPx } from './text.ts';
import { color, motion } from './theme.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'choice';

export interface ButtonOptions {
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  /** A second line under the text, smaller (choice cards). */
  detail?: string;
  /** Right-aligned figure (a price). */
  aside?: string;
  icon?: IconName;
  /** A generated portrait at the left instead of an icon (team members), drawn from this seed. */
  avatar?: string;
  variant?: ButtonVariant;
  /** Makes it a toggle: announced as pressed or not, drawn with a check when pressed. */
  pressed?: boolean;
  /** Looks unavailable and says so, but stays focusable so the reason can be heard. */
  unavailable?: boolean;
  /** Smaller title, for dense grids of choices. */
  compact?: boolean;
  /** A stable identity for the control, so focus can find it again after a redraw (defaults to its text). */
  key?: string;
  /** Accessible name when it should say more than the visible text. */
  ariaLabel?: string;
  /** Keys of other controls whose press this one answers when drawn just after (a card back in the deck). */
  answers?: readonly string[];
  onPress: () => void;
}

export interface Button {
  el: HTMLButtonElement;
  container: Phaser.GameObjects.Container;
  setPressed(pressed: boolean): void;
  setUnavailable(unavailable: boolean): void;
}

/**
 * A button drawn on the canvas with a real <button> laid over it: focus, Enter/Space, pointer and touch
 * all come from the DOM, and the canvas only shows the states.
 */
/** Where a button with an icon starts its name, and the room kept at its other end. */
export const ICON_TEXT_X = 64;
/** How long a landing lasts, all told (the lift, then the stamp). */
const LANDING_MS = 600;
export const TEXT_END_PAD = 20;

export function button(scene: Phaser.Scene, layer: Placer, o: ButtonOptions): Button {
  const variant = o.variant ?? 'secondary';
  const c = scene.add.container(o.x, o.y);
  const bg = panel(scene, 0, 0, o.w, o.h);
  const hasIcon = !!o.icon || !!o.avatar;
  const centred = !hasIcon && variant !== 'choice';
  const textX = hasIcon ? ICON_TEXT_X : centred ? o.w / 2 : TEXT_END_PAD;
  const fg = variant === 'primary' ? color.card : color.ink;
  const main = label(scene, textX, 0, o.text, {
    size: o.compact ? 'small' : 'body',
    bold: true,
    color: fg,
    align: hasIcon || variant === 'choice' ? 'left' : 'center',
    width: Math.max(24, centred ? o.w - 2 * TEXT_END_PAD : o.w - textX - (o.aside ? 110 : TEXT_END_PAD)),
  });
  const detail = o.detail
    ? label(scene, textX, 0, o.detail, { size: 'small', color: color.inkSoft, width: o.w - textX - 20 })
    : null;
  const aside = o.aside
    ? label(scene, o.w - 20, 0, o.aside, { size: 'small', bold: true, color: color.ink, align: 'right' })
    : null;
  if (detail) fitText(detail, o.h * 0.6);
  const room = () => o.h - 12 - (detail ? detail.height + 4 : 0);
  fitText(main, room(), false);
  // The name matters more than the detail under it: the detail gives up its size before the name its words.
  if (detail && main.height > room()) setTextPx(detail, minTextPx());
  fitText(main, room());
  const textH = main.height + (detail ? detail.height + 4 : 0);
  main.setY((o.h - textH) / 2);
  detail?.setY(main.y + main.height + 4);
  aside?.setY(main.y + 2);
  // An icon-only button (its name is in aria-label) centres its icon.
  const ico = o.avatar
    ? avatar(scene, 8, (o.h - 48) / 2, 48, o.avatar)
    : o.icon
      ? icon(scene, o.text ? 36 : o.w / 2, o.h / 2, o.icon, fg, 28)
      : null;
  const check = icon(scene, o.w - 26, o.h - 24, 'circle-check', color.green, o.text ? 28 : 0).setVisible(
    false,
  );
  // What is drawn sits on a face of its own: a landing lifts the face, never the control's box or its twin.
  const face = scene.add.container(0, 0);
  face.add([bg, ...(ico ? [ico] : []), main, ...(detail ? [detail] : []), ...(aside ? [aside] : []), check]);
  c.add(face);

  let hover = false;
  let pressed = !!o.pressed;
  let unavailable = !!o.unavailable;
  const draw = () => {
    // Focus can leave a twin while its scene is shutting down; there is nothing left to draw then.
    if (!c.scene) return;
    invalidate();
    const fill =
      variant === 'primary' ? (hover ? color.primaryHover : color.blue) : hover ? color.hover : color.card;
    const border = pressed ? color.green : hover ? color.blue : color.line;
    setPanelStyle(bg, { fill, border, borderWidth: variant === 'primary' ? 0 : pressed ? 4 : 2 });
    check.setVisible(pressed);
    c.setAlpha(unavailable ? 0.45 : 1);
  };
  draw();

  const el = document.createElement('button');
  el.type = 'button';
  el.className = `twin twin-${variant}`;
  const key = o.key ?? o.text;
  el.dataset.key = key;
  el.textContent = [o.text, o.detail, o.aside].filter(Boolean).join(' — ');
  if (o.ariaLabel) el.setAttribute('aria-label', o.ariaLabel);
  const sync = () => {
    if (o.pressed !== undefined) el.setAttribute('aria-pressed', String(pressed));
    el.setAttribute('aria-disabled', String(unavailable));
  };
  sync();
  layer.place(el, { x: o.x, y: o.y, w: o.w, h: o.h });
  c.setData({ twin: el, box: { w: o.w, h: o.h } });
  const setHover = (v: boolean) => {
    hover = v;
    draw();
  };
  el.addEventListener('pointerenter', () => setHover(true));
  el.addEventListener('pointerleave', () => setHover(false));
  el.addEventListener('focus', () => setHover(true));
  el.addEventListener('blur', () => setHover(false));
  /** The answer to a press on the screen it changed: the card lifts; its check lands or leaves. */
  const land = (was: boolean | undefined) => {
    // While it lands, its twin says so (what the tests read, whether the landing moves or steps).
    el.dataset.landing = 'true';
    scene.time.delayedCall(LANDING_MS, () => delete el.dataset.landing);
    lift(scene, face, { x: 0, y: 0, w: o.w, h: o.h });
    if (was === undefined || was === pressed || !o.text) return;
    if (pressed) stamp(scene, [check], motion.fast / 2);
    else {
      const leaving = icon(scene, check.x, check.y, 'circle-check', color.green, check.displayWidth);
      face.add(leaving);
      unstamp(scene, leaving);
    }
  };
  const answered = answeredPress(scene, [key, ...(o.answers ?? [])]);
  if (answered) land(answered.key === key ? answered.pressed : undefined);
  el.addEventListener('click', () => {
    if (!scene.sys.isActive()) return;
    notePress(scene, key, o.pressed === undefined ? undefined : pressed);
    if (!motionReduced())
      scene.tweens.add({
        targets: c,
        alpha: { from: 0.7, to: c.alpha },
        duration: motion.fast,
        ease: Phaser.Math.Easing.Quadratic.Out,
      });
    o.onPress();
  });
  onShutdown(scene, () => el.remove());

  return {
    el,
    container: c,
    setPressed(v) {
      const was = pressed;
      pressed = v;
      sync();
      draw();
      // Toggled where it stands (no redraw): it answers its own press.
      const answered = v !== was ? answeredPress(scene, [key]) : null;
      if (answered) land(was);
    },
    setUnavailable(v) {
      unavailable = v;
      sync();
      draw();
    },
  };
}
