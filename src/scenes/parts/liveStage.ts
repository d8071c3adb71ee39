import type * as Phaser from 'phaser';
import { labelled, t, tx } from '../../i18n/t.ts';
import type { FeedLine, LiveMoment } from '../../sim/types.ts';
import { motionReduced } from '../../ui/appearance.ts';
import { avatar } from '../../ui/avatar.ts';
import type { Rect } from '../../ui/domLayer.ts';
import { FORMAT_ICONS } from '../../ui/formatIcons.ts';
import { icon } from '../../ui/icons.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { panel } from '../../ui/panel.ts';
import { invalidate, smoothMotion } from '../../ui/redraw.ts';
import { label, setLabel } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

const VISIBLE = 3;
const BUBBLE_H = 84;
const EVERY_MS = 1600;
/** Only the first messages make a sound: a steady stream of pings would drown the decision. */
const HEARD = 3;

/**
 * The live moment as it happens: an on-air badge, an audience that grows, the format's own screen
 * (a slide and its speaker, a forum, a playtest, a deployment) and a stream of messages arriving.
 * Pure flavour: the decisions sit beside it, in the decision card.
 */
export function liveStage(scene: GameScene, box: Rect, live: LiveMoment, audience: number): void {
  const { x, y, w, h } = box;
  const s = scene.services;
  panel(scene, x, y, w, h);

  const dot = scene.add.circle(x + 36, y + 32, 8, color.vermilion);
  label(scene, x + 52, y + 18, `${t('live.onAir')} · ${tx(live.feedTitle)}`, {
    size: 'small',
    bold: true,
    color: color.vermilion,
    maxWidth: w - 200,
  });
  icon(scene, x + w - 116, y + 32, 'users', color.inkSoft, 24);
  const watching = label(scene, x + w - 100, y + 18, '0', { size: 'small', bold: true });

  const screen = screenFor(scene, { x: x + 24, y: y + 56, w: w - 48, h: 120 }, live.format);

  const log = document.createElement('section');
  log.setAttribute('aria-label', tx(live.feedTitle));
  s.layer.place(log);
  onShutdown(scene, () => log.remove());

  const bubbles: Phaser.GameObjects.Container[] = [];
  let shown = 0;
  // Messages slide in where drawing is cheap; where it is slow (WebGL in software) each one moves the scene
  // on in a single step, so the canvas is redrawn once per message rather than every frame (src/ui/redraw.ts).
  const push = () => {
    const smooth = !motionReduced() && smoothMotion();
    const line = live.feed[shown % live.feed.length] as FeedLine;
    const bubble = bubbleFor(scene, x + 24, w - 48, line);
    bubbles.push(bubble);
    const p = document.createElement('p');
    p.textContent = labelled(line.who, tx(line.text));
    log.append(p);
    if (log.childElementCount > VISIBLE) log.firstElementChild?.remove();
    if (bubbles.length > VISIBLE) bubbles.shift()?.destroy();
    // The newest at the bottom of the panel, the older ones above it.
    bubbles.forEach((b, i) => {
      const target = y + h - 16 - (bubbles.length - i) * BUBBLE_H;
      if (smooth && b !== bubble)
        scene.tweens.add({ targets: b, y: target, duration: 250, ease: 'Quad.easeOut' });
      else b.setY(target);
    });
    if (smooth) {
      bubble.setAlpha(0);
      scene.tweens.add({ targets: bubble, alpha: 1, duration: 250 });
    }
    shown += 1;
    dot.setAlpha(shown % 2 ? 1 : 0.35);
    screen(shown);
    if (shown <= HEARD) s.audio.play('chat');
    setLabel(watching, String(Math.round(audience * Math.min(1, 0.35 + shown * 0.12))));
    invalidate();
  };
  push();
  scene.time.addEvent({ delay: EVERY_MS, loop: true, callback: push });
}

function bubbleFor(scene: Phaser.Scene, x: number, w: number, line: FeedLine): Phaser.GameObjects.Container {
  const c = scene.add.container(x, 0);
  const bg = scene.add.rectangle(0, 0, w, BUBBLE_H - 8, color.hover).setOrigin(0);
  const face = avatar(scene, 8, 10, 42, `feed:${line.who}`);
  const who = label(scene, 60, 4, line.who, { size: 'small', bold: true, maxWidth: w - 72 });
  const text = label(scene, 60, 4 + who.height, tx(line.text), {
    size: 'small',
    width: w - 72,
    maxHeight: BUBBLE_H - 12 - who.height,
  });
  c.add([bg, face, who, text]);
  return c;
}

/**
 * The format's own picture of the moment: a slide and its speaker for a webinar, a big icon and a progress
 * bar otherwise. Returns what to change as message n arrives.
 */
function screenFor(scene: GameScene, box: Rect, format: string): (n: number) => void {
  const { x, y, w, h } = box;
  const g = scene.add.graphics();
  g.fillStyle(color.ink, 1).fillRoundedRect(x, y, w, h, 12);
  if (format === 'webinar') {
    g.fillStyle(color.card, 1).fillRoundedRect(x + 12, y + 12, w - 140, h - 24, 8);
    g.fillStyle(color.blue, 1).fillRoundedRect(x + 28, y + 28, 160, 14, 7);
    g.fillStyle(color.line, 1).fillRoundedRect(x + 28, y + 56, w - 190, 10, 5);
    g.fillRoundedRect(x + 28, y + 76, w - 230, 10, 5);
    g.fillStyle(color.green, 1).fillRoundedRect(x + 28, y + 96, 60, 16, 6);
    const speaker = avatar(scene, x + w - 116, y + 20, 96, 'live:speaker');
    // The speaking ring: on and off as the talk goes on.
    const ring = scene.add.circle(x + w - 68, y + 68, 50).setStrokeStyle(4, color.green);
    speaker.setDepth(1);
    return (n) => ring.setAlpha(n % 2 ? 1 : 0.3);
  }
  const ico = FORMAT_ICONS[format] ?? 'monitor-play';
  icon(scene, x + 72, y + h / 2, ico, color.card, 72);
  // A progress bar that fills while the moment runs: the launch, the playtest, the deployment under way.
  g.fillStyle(color.inkSoft, 1).fillRoundedRect(x + 140, y + h / 2 - 8, w - 170, 16, 8);
  const bar = scene.add.rectangle(x + 140, y + h / 2 - 8, w - 170, 16, color.sky).setOrigin(0);
  return (n) => bar.setScale(Math.min(1, 0.1 + n * 0.15), 1);
}
