import type * as Phaser from 'phaser';
import type { Catalogue, Colleague } from '../../content/types.ts';
import { motionReduced } from '../../ui/appearance.ts';
import { grid, inset, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { invalidate, smoothMotion } from '../../ui/redraw.ts';
import { color, motion, space } from '../../ui/theme.ts';
import { format, offer, stars, work } from './demoActs.ts';

/** The loop: the offer lands, a format is stamped, the team works, three stars; a pause, then it all fades. */
const LOOP_MS = 10_400;
const FADE_AT = 9_600;
/** The panels' colours, as the four steps of the job were drawn before, and their top strip. */
const TINTS = () => [color.blue, color.green, color.orange, color.purple];
const STRIP_H = 6;
/** The panels' shape: one row where the box is wide enough for it, else two by two. */
function panels(box: Rect): Rect[] {
  const row = { w: (box.w - 3 * space.l) / 4, h: box.h };
  const square = { w: (box.w - space.l) / 2, h: (box.h - space.l) / 2 };
  const least = (c: { w: number; h: number }) => Math.min(c.w, c.h * 1.3);
  return least(row) >= least(square) ? grid(box, 4, 4, space.l, row.h) : grid(box, 4, 2, space.l, square.h);
}

/**
 * A wordless mission in four panels, looping every ten seconds: an offer's envelope lands beside the client, a
 * format card lifts and a stamp lands on it, the team works as a bar fills, three stars land one by one. With
 * reduced motion it is its last picture, still; where drawing is slow each beat is a single step.
 */
export function missionDemo(scene: Phaser.Scene, box: Rect, cat: Catalogue): void {
  const tints = TINTS();
  const inner = panels(box).map((cell, i) => {
    panel(scene, cell.x, cell.y, cell.w, cell.h);
    scene.add
      .rectangle(cell.x + 2, cell.y + 2, cell.w - 4, STRIP_H, tints[i] ?? color.blue)
      .setOrigin(0)
      .setRounded(STRIP_H / 2);
    return inset({ ...cell, y: cell.y + STRIP_H, h: cell.h - STRIP_H }, space.m);
  });
  const cast = Object.values(cat.cast);
  const client = cast.find((c) => c.kind === 'client')?.id ?? 'client';
  // The last three colleagues: the office above shows the first three, so every trade is seen at work.
  const team = cast.filter((c): c is Colleague => c.kind === 'colleague').slice(-3);
  const acts = [
    offer(scene, inner[0] as Rect, client),
    format(scene, inner[1] as Rect, Object.keys(cat.formats).slice(0, 3)),
    work(scene, inner[2] as Rect, team),
    stars(scene, inner[3] as Rect),
  ];
  const beats = acts.flatMap((act) => act.beats);
  const parts = acts.flatMap((act) => act.parts);
  if (motionReduced()) {
    for (const beat of beats) beat.step();
    return;
  }
  const cycle = () => {
    const smooth = smoothMotion();
    scene.tweens.killTweensOf(parts);
    for (const act of acts) act.reset();
    for (const beat of beats)
      scene.time.delayedCall(beat.at, () => {
        if (smooth) beat.move();
        else beat.step();
        invalidate();
      });
    if (smooth)
      scene.time.delayedCall(FADE_AT, () =>
        scene.tweens.add({ targets: parts, alpha: 0, duration: LOOP_MS - FADE_AT - motion.normal }),
      );
    scene.time.delayedCall(LOOP_MS, cycle);
    invalidate();
  };
  cycle();
}
