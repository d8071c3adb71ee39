import type * as Phaser from 'phaser';
import type { FeedLine, LiveMoment } from '../../content/types.ts';
import { labelled, t, tx } from '../../i18n/t.ts';
import { motionReduced, textPx } from '../../ui/appearance.ts';
import { avatar } from '../../ui/avatar.ts';
import { FORMAT_ICONS } from '../../ui/formatIcons.ts';
import { icon } from '../../ui/icons.ts';
import { inset, place, type Rect } from '../../ui/layout.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { panel } from '../../ui/panel.ts';
import { invalidate, smoothMotion } from '../../ui/redraw.ts';
import { fitText, label, setLabel } from '../../ui/text.ts';
import { color, iconPx, LINE, motion, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

/** The most messages on screen at once (fewer when the stage is low). */
const MOST_VISIBLE = 3;
const BUBBLE_H = 84;
/** A message's face, and the format's screen (a slide and its speaker, or a big icon and a progress bar). */
const FACE_PX = 42;
const SCREEN_H = 120;
const SPEAKER_PX = 96;
/** Room at the header's right end for the audience's icon and count. */
const COUNT_ROOM = 100;
const EVERY_MS = 1600;
/** Only the first messages make a sound: a steady stream of pings would drown the decision. */
const HEARD = 3;

/** The height of the stage with room for n messages under the format's screen. */
export function liveStageHeight(messages: number): number {
  return space.l + space.gap + space.s + SCREEN_H + space.s + messages * BUBBLE_H + space.l;
}

/**
 * The live moment as it happens: an on-air badge, an audience that grows, the format's own screen
 * (a slide and its speaker, a forum, a playtest, a deployment) and a stream of messages arriving.
 * Pure flavour: the decisions sit beside it, in the decision card.
 */
export function liveStage(scene: GameScene, box: Rect, live: LiveMoment, audience: number): void {
  const s = scene.services;
  panel(scene, box.x, box.y, box.w, box.h);
  const inner = inset(box, space.pad);
  const visible = Math.max(1, Math.min(MOST_VISIBLE, Math.floor((box.h - liveStageHeight(0)) / BUBBLE_H)));

  // The header: on air and the feed's name on the left, the audience at the right end.
  const head = { ...inner, y: box.y + space.l, h: space.gap };
  const mid = head.y + head.h / 2;
  const dot = scene.add.circle(head.x + space.m, mid, space.s, color.vermilion);
  const countX = box.x + box.w - COUNT_ROOM;
  const usersX = countX - Math.max(space.l, iconPx.text / 2 + space.xs);
  const onAirX = head.x + space.m + space.s + space.s;
  // One line: a long feed's name loses its last words rather than run under the audience.
  const onAir = label(scene, onAirX, mid, `${t('live.onAir')} · ${tx(live.feedTitle)}`, {
    size: 'small',
    bold: true,
    color: color.vermilion,
    width: usersX - iconPx.text / 2 - space.l - onAirX,
  });
  fitText(onAir, Math.ceil(textPx('small') * LINE) + 1);
  onAir.setOrigin(0, 0.5);
  icon(scene, usersX, mid, 'users', color.inkSoft, iconPx.text);
  const watching = label(scene, countX, mid, '0', { size: 'small', bold: true }).setOrigin(0, 0.5);

  const screen = screenFor(scene, { ...inner, y: head.y + head.h + space.s, h: SCREEN_H }, live.format);

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
    const bubble = bubbleFor(scene, inner.x, inner.w, line);
    bubbles.push(bubble);
    const p = document.createElement('p');
    p.textContent = labelled(line.who, tx(line.text));
    log.append(p);
    if (log.childElementCount > visible) log.firstElementChild?.remove();
    if (bubbles.length > visible) bubbles.shift()?.destroy();
    // The newest at the bottom of the panel, the older ones above it.
    bubbles.forEach((b, i) => {
      const target = box.y + box.h - space.l - (bubbles.length - i) * BUBBLE_H;
      if (smooth && b !== bubble)
        scene.tweens.add({ targets: b, y: target, duration: motion.normal, ease: 'Quad.easeOut' });
      else b.setY(target);
    });
    if (smooth) {
      bubble.setAlpha(0);
      scene.tweens.add({ targets: bubble, alpha: 1, duration: motion.normal });
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
  const bg = scene.add.rectangle(0, 0, w, BUBBLE_H - space.s, color.hover).setOrigin(0);
  const face = avatar(scene, space.s, space.s, FACE_PX, `feed:${line.who}`);
  const textX = space.s + FACE_PX + space.s;
  const textW = w - textX - space.m;
  const who = label(scene, textX, space.xs, line.who, { size: 'small', bold: true, maxWidth: textW });
  const text = label(scene, textX, space.xs + who.height, tx(line.text), {
    size: 'small',
    width: textW,
    maxHeight: BUBBLE_H - space.m - who.height,
  });
  c.add([bg, face, who, text]);
  return c;
}

/**
 * The format's own picture of the moment: a slide and its speaker for a webinar, a big icon and a progress
 * bar otherwise. Returns what to change as message n arrives.
 */
function screenFor(scene: GameScene, box: Rect, format: string): (n: number) => void {
  const g = scene.add.graphics();
  const bar = (x: number, y: number, w: number, h: number, fill: number) =>
    g.fillStyle(fill, 1).fillRoundedRect(x, y, w, h, h / 2);
  g.fillStyle(color.ink, 1).fillRoundedRect(box.x, box.y, box.w, box.h, space.m);
  const mid = box.y + box.h / 2;
  if (format === 'webinar') {
    const area = inset(box, space.m);
    const stage = place(area, 'end', SPEAKER_PX + space.l);
    const slide = { ...area, w: area.w - stage.w - space.m };
    g.fillStyle(color.card, 1).fillRoundedRect(slide.x, slide.y, slide.w, slide.h, space.s);
    // The slide's title, two lines of text and a button, one under the other.
    const content = inset(slide, space.l);
    let at = content.y;
    for (const [w, h, fill] of [
      [content.w / 2, space.l, color.blue],
      [content.w, space.s, color.line],
      [content.w - space.margin, space.s, color.line],
      [space.margin + space.m, space.l, color.green],
    ] as const) {
      bar(content.x, at, w, h, fill);
      at += h + space.m;
    }
    const face = place(stage, 'center', SPEAKER_PX);
    const speaker = avatar(scene, face.x, mid - SPEAKER_PX / 2, SPEAKER_PX, 'live:speaker');
    // The speaking ring: on and off as the talk goes on.
    const ring = scene.add
      .circle(face.x + SPEAKER_PX / 2, mid, SPEAKER_PX / 2 + space.xs / 2)
      .setStrokeStyle(space.xs, color.green);
    speaker.setDepth(1);
    return (n) => ring.setAlpha(n % 2 ? 1 : 0.3);
  }
  const ico = FORMAT_ICONS[format] ?? 'monitor-play';
  // The icon as large as the screen allows with room round it; the bar fills the rest of the width.
  const art = box.h * 0.6;
  icon(scene, box.x + art, mid, ico, color.card, art);
  // A progress bar that fills while the moment runs: the launch, the playtest, the deployment under way.
  const barX = box.x + 2 * art;
  const barW = box.x + box.w - space.gap - barX;
  bar(barX, mid - space.s, barW, space.l, color.inkSoft);
  const progress = scene.add.rectangle(barX, mid - space.s, barW, space.l, color.sky).setOrigin(0);
  return (n) => progress.setScale(Math.min(1, 0.1 + n * 0.15), 1);
}
