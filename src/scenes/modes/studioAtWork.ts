import type * as Phaser from 'phaser';
import type { Catalogue, Colleague } from '../../content/types.ts';
import { motionReduced } from '../../ui/appearance.ts';
import { icon } from '../../ui/icons.ts';
import type { Rect } from '../../ui/layout.ts';
import { officeRoom } from '../../ui/officeArt.ts';
import { invalidate, smoothMotion } from '../../ui/redraw.ts';
import { ROLE_ICONS } from '../../ui/roleIcons.ts';
import { color } from '../../ui/theme.ts';

/** The visitor's own face at the front desk, and what waits for them there. */
const VISITOR_SEED = 'player:kiosk';
const INBOX = 3;
/** A piece of work's rise (ms), the pause before the same desk sends the next, the delay from desk to desk. */
const RISE_MS = 1_800;
const REST_MS = 1_400;
const STAGGER_MS = 1_000;
/** Where drawing is slow, one piece of work shows still above its desk at a time, for this long. */
const STEP_MS = 1_100;
/** The bubble's radius against its portrait's size, and its least and largest radius (px). */
const BUBBLE = { share: 0.28, least: 9, most: 22 } as const;

interface Bubble {
  obj: Phaser.GameObjects.Container;
  from: number;
  to: number;
}

/**
 * The studio at work: the team room with the cast's colleagues at their desks and the phone ringing, and the
 * colleagues' work (writing, drawing, filming, coding) rising from their desks in small bubbles. With reduced
 * motion each colleague's bubble stands still above them; where drawing is slow they show one at a time.
 */
export function studioAtWork(scene: Phaser.Scene, box: Rect, cat: Catalogue): void {
  const team = Object.values(cat.cast).filter((c): c is Colleague => c.kind === 'colleague');
  const spots = officeRoom(scene, box, {
    look: 'team',
    player: VISITOR_SEED,
    people: team.map((c) => ({ seed: c.id, name: c.name })),
    inbox: INBOX,
    ringing: true,
  });
  const tints = [color.blue, color.purple, color.orange, color.green];
  const bubbles = spots.people.map((spot, i): Bubble => {
    const r = Math.max(BUBBLE.least, Math.min(BUBBLE.most, spot.w * BUBBLE.share));
    const tint = tints[i % tints.length] ?? color.blue;
    const role = team[i]?.role ?? '';
    const from = spot.y + r;
    const to = Math.min(from, Math.max(box.y + r + 2, spot.y - spot.h * 0.55));
    const obj = scene.add.container(spot.x + spot.w / 2, to);
    obj.add([
      scene.add.circle(0, 0, r, color.card).setStrokeStyle(2, tint),
      icon(scene, 0, 0, ROLE_ICONS[role] ?? 'wrench', tint, r * 1.2),
    ]);
    return { obj, from, to };
  });
  if (motionReduced()) return;
  if (smoothMotion()) rise(scene, bubbles);
  else stepThrough(scene, bubbles);
}

/** Each bubble rises from its desk and fades, desk after desk, until drawing proves slow. */
function rise(scene: Phaser.Scene, bubbles: Bubble[]): void {
  const loops: Phaser.Tweens.Tween[] = [];
  const slowDown = () => {
    for (const loop of loops.splice(0)) loop.stop();
    stepThrough(scene, bubbles);
  };
  bubbles.forEach((b, i) => {
    b.obj.setAlpha(0);
    const loop = scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: RISE_MS,
      delay: i * STAGGER_MS,
      loop: -1,
      loopDelay: Math.max(0, REST_MS + (bubbles.length - 1) * STAGGER_MS - RISE_MS),
      onUpdate: (tween) => {
        const p = tween.getValue() ?? 0;
        b.obj.setY(b.from + (b.to - b.from) * (1 - (1 - p) ** 2));
        b.obj.setAlpha(p < 0.2 ? p / 0.2 : p > 0.7 ? (1 - p) / 0.3 : 1);
      },
      onLoop: () => {
        if (!smoothMotion() && loops.length) slowDown();
      },
    });
    loops.push(loop);
  });
}

/** One bubble at a time, still above its desk: a single step every so often. */
function stepThrough(scene: Phaser.Scene, bubbles: Bubble[]): void {
  let at = 0;
  const show = () => {
    bubbles.forEach((b, i) => {
      b.obj.setY(b.to).setAlpha(i === at ? 1 : 0);
    });
    at = (at + 1) % Math.max(1, bubbles.length);
    invalidate();
  };
  show();
  scene.time.addEvent({ delay: STEP_MS, loop: true, callback: show });
}
