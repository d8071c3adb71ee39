import type * as Phaser from 'phaser';
import { motionReduced } from './appearance.ts';
import { motion } from './theme.ts';

/** Whether results arrive in motion: not with reduced motion (then they are simply there). */
export const revealMoves = (): boolean => !motionReduced();

/** The time between two stars arriving, and the wait before the first (the jingle's first note). */
export const STAR_STEP = 420;
const FIRST_STAR = 250;

/**
 * The earned stars arrive one by one, each landing with `onLand` (a chime); the empty ones are there from
 * the start. With reduced motion, the stars are simply there.
 */
export function starsArrive(
  scene: Phaser.Scene,
  stars: readonly Phaser.GameObjects.Image[],
  earned: number,
  onLand: () => void,
): void {
  if (!revealMoves()) return;
  stars.slice(0, earned).forEach((star, i) => {
    const scale = star.scale;
    star.setAlpha(0).setScale(scale * 0.3);
    scene.tweens.add({
      targets: star,
      alpha: 1,
      scale,
      delay: FIRST_STAR + i * STAR_STEP,
      duration: motion.slow,
      ease: 'Back.easeOut',
      onStart: onLand,
    });
  });
}

/** A number counting up from 0 to `to` (each step given to `show`); at once with reduced motion. */
export function countUp(scene: Phaser.Scene, to: number, show: (value: number) => void): void {
  if (!revealMoves()) {
    show(to);
    return;
  }
  show(0);
  scene.tweens.addCounter({
    from: 0,
    to,
    delay: FIRST_STAR,
    duration: motion.flourish / 2,
    ease: 'Cubic.easeOut',
    onUpdate: (tween) => show(tween.getValue() ?? to),
    onComplete: () => show(to),
  });
}
