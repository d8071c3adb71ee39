import type * as Phaser from 'phaser';
import { motionReduced } from './appearance.ts';
import type { Rect } from './layout.ts';
import { panel } from './panel.ts';
import { invalidate, smoothMotion } from './redraw.ts';
import { color, motion } from './theme.ts';

/**
 * A choice answered on the screen it changed: most choices change the store and the scene draws itself
 * again, so a motion started on the click would be cut by the redraw. The kit notes which control was
 * pressed; whatever the new screen draws for it in the moment after (the same card, now pressed; a card's
 * row in the storyboard) plays its landing there. With reduced motion nothing lands: the new state shows.
 */

/** How long after a press a control drawn again still answers it (the redraw comes a frame or two later). */
const ANSWER_MS = 1000;
/** A lifted card grows by this many px across (no more than this share of its size) and rises this many. */
const LIFT_PX = 16;
const MOST_LIFT = 1.06;
const RISE = 3;
const SHADOW_Y = 8;
const SHADOW_ALPHA = 0.22;
/** A stamp falls from this size (times its own), turned by this many degrees. */
const STAMP_FROM = 1.8;
const STAMP_TURN = -14;

/** Where drawing is slow (in software, on a large canvas), motions step instead of tweening. */
const stepped = () => !smoothMotion();

export interface Press {
  key: string;
  /** Whether the control was pressed (a toggle on) when it was pressed; undefined for a plain button. */
  pressed: boolean | undefined;
}

let last: (Press & { scene: string; at: number }) | null = null;

/** Notes the control just pressed, before its action runs, so its next drawing can answer it. */
export function notePress(scene: Phaser.Scene, key: string, pressed: boolean | undefined): void {
  last = { key, pressed, scene: scene.scene.key, at: performance.now() };
}

/** The press a drawing answers: one of `keys`, pressed on this scene a moment ago (none with reduced motion). */
export function answeredPress(scene: Phaser.Scene, keys: readonly string[]): Press | null {
  if (!last || motionReduced()) return null;
  if (last.scene !== scene.scene.key || performance.now() - last.at > ANSWER_MS) return null;
  return keys.includes(last.key) ? last : null;
}

/**
 * A card lifts: `face` (a container at rest at 0, 0, drawn in the coordinates of `box`) rises and grows a
 * little around the box's centre over a shadow, then settles exactly where it was.
 */
export function lift(scene: Phaser.Scene, face: Phaser.GameObjects.Container, box: Rect): void {
  const k = Math.min(MOST_LIFT, 1 + LIFT_PX / Math.max(1, box.w));
  const shadow = panel(scene, box.x, box.y + SHADOW_Y, box.w, box.h, {
    fill: color.shadow,
    borderWidth: 0,
    shadow: false,
  }).setAlpha(0);
  face.addAt(shadow, 0);
  if (stepped()) {
    // Where drawing is slow, a tween would redraw every frame for its whole length: the card rises over its
    // shadow in one step and settles in another.
    shadow.setAlpha(SHADOW_ALPHA);
    face.setPosition(0, -RISE);
    invalidate();
    scene.time.delayedCall(motion.normal, () => {
      face.setPosition(0, 0);
      shadow.destroy();
      invalidate();
    });
    return;
  }
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  scene.tweens.add({
    targets: face,
    scaleX: k,
    scaleY: k,
    x: cx * (1 - k),
    y: cy * (1 - k) - RISE,
    duration: motion.fast,
    yoyo: true,
    ease: 'Quad.easeOut',
    // The canvas is drawn while a tween plays: the frame it settles on is asked for.
    onComplete: () => {
      face.setScale(1).setPosition(0, 0);
      invalidate();
    },
  });
  scene.tweens.add({
    targets: shadow,
    alpha: SHADOW_ALPHA,
    duration: motion.fast,
    yoyo: true,
    ease: 'Quad.easeOut',
    onComplete: () => {
      shadow.destroy();
      invalidate();
    },
  });
}

/** Objects drawn loose on the scene (a storyboard's row, a quiz's answer) gathered to lift as one card. */
export function liftLoose(scene: Phaser.Scene, parts: Phaser.GameObjects.GameObject[], box: Rect): void {
  const first = parts[0];
  if (!first) return;
  const face = scene.add.container(0, 0);
  scene.children.moveBelow(face as Phaser.GameObjects.GameObject, first);
  face.add(parts);
  lift(scene, face, box);
}

type Mark = Phaser.GameObjects.Components.Transform & Phaser.GameObjects.Components.AlphaSingle;

/** A mark lands like a stamp: from large and turned to its own size and upright, after `delay` ms. */
export function stamp(scene: Phaser.Scene, marks: Mark[], delay = 0): void {
  for (const m of marks) {
    const { scaleX, scaleY } = m;
    m.setScale(scaleX * STAMP_FROM, scaleY * STAMP_FROM);
    m.setAngle(STAMP_TURN);
    m.setAlpha(0);
    if (stepped()) {
      // Two steps: it shows large and turned, then lands at its size.
      scene.time.delayedCall(delay, () => {
        m.setAlpha(1);
        invalidate();
      });
      scene.time.delayedCall(delay + motion.fast, () => {
        m.setScale(scaleX, scaleY).setAngle(0);
        invalidate();
      });
      continue;
    }
    scene.tweens.add({
      targets: m,
      scaleX,
      scaleY,
      angle: 0,
      alpha: { value: 1, duration: motion.fast, ease: 'Linear' },
      delay,
      duration: motion.normal,
      ease: 'Back.easeOut',
      onComplete: invalidate,
    });
  }
}

/** A mark leaves: it lifts off, turning and fading, and is gone. */
export function unstamp(scene: Phaser.Scene, mark: Mark & { destroy(): void }): void {
  if (stepped()) {
    mark.setAlpha(0.5).setAngle(-STAMP_TURN);
    invalidate();
    scene.time.delayedCall(motion.fast, () => {
      mark.destroy();
      invalidate();
    });
    return;
  }
  scene.tweens.add({
    targets: mark,
    scaleX: mark.scaleX * (1 + (STAMP_FROM - 1) / 2),
    scaleY: mark.scaleY * (1 + (STAMP_FROM - 1) / 2),
    angle: -STAMP_TURN,
    alpha: 0,
    duration: motion.normal,
    ease: 'Quad.easeIn',
    onComplete: () => {
      mark.destroy();
      invalidate();
    },
  });
}
