import type * as Phaser from 'phaser';
import type { FeedLine, LiveMoment } from '../../content/types.ts';
import { labelled, num, t, tx } from '../../i18n/t.ts';
import type { LiveAudience } from '../../sim/liveAudience.ts';
import { motionReduced, textPx } from '../../ui/appearance.ts';
import { icon } from '../../ui/icons.ts';
import { inset, type Rect } from '../../ui/layout.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { moodColor } from '../../ui/moodFace.ts';
import { panel } from '../../ui/panel.ts';
import { invalidate, smoothMotion } from '../../ui/redraw.ts';
import { fitText, label, setLabel } from '../../ui/text.ts';
import { color, iconPx, LINE, motion, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { bubbleFor, bubbleH, feedStyleOf, type Message } from './liveBubbles.ts';
import { SCREEN_H, SCREEN_LOW, screenFor } from './liveScreens.ts';

/** The most messages on screen at once (fewer when the stage is low). */
export const MOST_MESSAGES = 4;
const EVERY_MS = 1600;
/** The room's reaction comes a moment after the choice, line after line, quicker than the stream. */
const REACTS_AFTER_MS = 400;
const REACTS_EVERY_MS = 900;
/** Each answered step moves the stream on by this many lines, so the chat is not the same every time. */
const LINES_PER_STEP = 3;
/** Only the first messages to arrive make a sound (the room's reaction first, after a choice): a steady stream of pings would drown the decision. */
const HEARD = 3;

/** The header's row: on air, the feed's name, the audience. */
const headH = () => Math.max(space.gap, iconPx.text);

/** The height of the stage with room for n messages under the format's screen (at its full height, or low). */
export function liveStageHeight(messages: number, screen: 'full' | 'low' = 'full'): number {
  const screenH = screen === 'full' ? SCREEN_H : SCREEN_LOW;
  return space.l + headH() + space.s + screenH + space.m + messages * bubbleH() + space.l;
}

/** The height of the stage reduced to its header, where there is no room for the stream: the audience alone. */
export const liveStripHeight = (): number => headH() + 2 * space.m;

/** The live moment's audience and how far the player is in it. */
export interface LiveRoom {
  /** The sim's audience: the people there before and after the last choice, and the room's reaction. */
  audience: LiveAudience;
  learners: number;
  /** How many live steps are answered. */
  answered: number;
  /** The last choice was just made: the room reacts now (false once the player read on, or on a redraw). */
  fresh: boolean;
}

/**
 * The live moment as it happens: an on-air badge, the audience (its count moves after each choice), the
 * format's own screen, and the stream: its lines arriving, then after a choice the room's reaction to it.
 * With reduced motion, nothing arrives by itself: the last messages and the new count are simply there.
 */
export function liveStage(scene: GameScene, box: Rect, live: LiveMoment, room: LiveRoom): void {
  panel(scene, box.x, box.y, box.w, box.h);
  const inner = inset(box, space.pad);
  const still = motionReduced();
  const smooth = !still && smoothMotion();
  const { audience } = room;
  const mood = audience.reaction?.mood ?? null;
  const strip = box.h < liveStageHeight(1, 'low');
  const head = { ...inner, y: strip ? box.y + (box.h - headH()) / 2 : box.y + space.l, h: headH() };
  const dot = header(scene, box, head, live, room);
  if (strip) return;
  // As many messages as fit under a screen kept at least low, then the screen as high as the rest allows.
  const forScreen = box.h - liveStageHeight(0) + SCREEN_H;
  const visible = Math.max(1, Math.min(MOST_MESSAGES, Math.floor((forScreen - SCREEN_LOW) / bubbleH())));
  const screenH = Math.min(SCREEN_H, forScreen - visible * bubbleH());
  const screen = screenFor(scene, { ...inner, y: head.y + head.h + space.s, h: screenH }, live, {
    mood,
    share: {
      before: audience.before / Math.max(1, room.learners),
      now: audience.now / Math.max(1, room.learners),
    },
    moves: room.fresh && smooth,
    delay: REACTS_AFTER_MS,
  });

  const log = document.createElement('section');
  log.setAttribute('aria-label', tx(live.feedTitle));
  scene.services.layer.place(log);
  onShutdown(scene, () => log.remove());

  const style = feedStyleOf(live.format);
  const bubbles: Phaser.GameObjects.Container[] = [];
  let arrived = 0;
  // Messages slide in where drawing is cheap; where it is slow (in software) each one moves the scene
  // on in a single step, so the canvas is redrawn once per message rather than every frame (src/ui/redraw.ts).
  const show = (m: Message, arriving: boolean) => {
    // Asked at each message: drawing may prove slow once the stage runs.
    const slide = arriving && smooth && smoothMotion();
    const bubble = bubbleFor(scene, inner.x, inner.w, m, style);
    bubbles.push(bubble);
    const p = document.createElement('p');
    p.textContent = labelled(m.line.who, tx(m.line.text));
    if (m.mood) p.dataset.mood = m.mood;
    log.append(p);
    if (log.childElementCount > visible) log.firstElementChild?.remove();
    if (bubbles.length > visible) bubbles.shift()?.destroy();
    // The newest at the bottom of the panel, the older ones above it.
    bubbles.forEach((b, i) => {
      const target = box.y + box.h - space.l - (bubbles.length - i) * bubbleH();
      if (slide && b !== bubble)
        scene.tweens.add({ targets: b, y: target, duration: motion.normal, ease: 'Quad.easeOut' });
      else b.setY(target);
    });
    if (slide) {
      bubble.setAlpha(0);
      scene.tweens.add({ targets: bubble, alpha: 1, duration: motion.normal });
    }
    if (arriving) {
      arrived += 1;
      dot.setAlpha(arrived % 2 ? 1 : 0.35);
      screen(arrived);
      if (arrived <= HEARD) scene.services.audio.play('chat');
    }
    invalidate();
  };

  // The stream's own lines, from where the steps answered so far have moved it.
  let cursor = room.answered * LINES_PER_STEP;
  const nextLine = (): Message => ({ line: live.feed[cursor++ % live.feed.length] as FeedLine });
  const reaction = (audience.reaction?.lines ?? []).map((line) => ({ line, mood: mood ?? undefined }));
  // What was said before: the lines leading up to the last choice (none before the first).
  const before = room.answered === 0 ? [] : pastLines(live.feed, cursor, visible);
  for (const m of before) show(m, false);

  const streamOn = () => {
    if (!still) scene.time.addEvent({ delay: EVERY_MS, loop: true, callback: () => show(nextLine(), true) });
  };
  if (room.answered === 0) {
    // The moment opens: with reduced motion, its first lines are simply there and stay.
    if (still) for (let i = 0; i < visible; i++) show(nextLine(), false);
    else {
      show(nextLine(), true);
      streamOn();
    }
  } else if (room.fresh && !still) {
    // The room reacts, line after line, then the stream goes on.
    reaction.forEach((m, i) => {
      scene.time.delayedCall(REACTS_AFTER_MS + i * REACTS_EVERY_MS, () => show(m, true));
    });
    scene.time.delayedCall(REACTS_AFTER_MS + reaction.length * REACTS_EVERY_MS, streamOn);
  } else {
    for (const m of reaction) show(m, false);
    streamOn();
  }
}

/** The n lines of the feed just before `cursor`, oldest first. */
function pastLines(feed: readonly FeedLine[], cursor: number, n: number): Message[] {
  const count = Math.min(n, feed.length);
  return Array.from({ length: count }, (_, i) => ({
    line: feed[(((cursor - count + i) % feed.length) + feed.length) % feed.length] as FeedLine,
  }));
}

/**
 * The header: on air and the feed's name on the left, the audience at the right end, counting to its new
 * figure after a choice (at once with reduced motion) with an arrow of the way it went, and a status line
 * that tells screen readers the figure. Returns the on-air dot, which blinks as messages arrive.
 */
function header(
  scene: GameScene,
  box: Rect,
  head: Rect,
  live: LiveMoment,
  room: LiveRoom,
): Phaser.GameObjects.Arc {
  const { audience } = room;
  const mid = head.y + head.h / 2;
  const dot = scene.add.circle(head.x + space.m, mid, space.s, color.vermilion);
  const arrowX = box.x + box.w - space.pad - iconPx.text / 2;
  const countX = arrowX - iconPx.text / 2 - space.xs;
  // The figure is right-aligned before the arrow; the people icon sits left of its widest form.
  const widest = num(Math.max(audience.before, audience.now, room.learners));
  const watching = label(scene, countX, mid, widest, { size: 'small', bold: true }).setOrigin(1, 0.5);
  const usersX = countX - watching.width - space.xs - iconPx.text / 2;
  const onAirX = head.x + space.m + space.s + space.s;
  // One line: a long feed's name loses its last words rather than run under the audience.
  const onAir = label(scene, onAirX, mid, `${t('live.onAir')} · ${tx(live.feedTitle)}`, {
    size: 'small',
    bold: true,
    color: color.vermilion,
    width: Math.max(space.margin, usersX - iconPx.text / 2 - space.l - onAirX),
  });
  const oneLine = Math.ceil(textPx('small') * LINE) + 1;
  // Where the feed's name does not fit beside the audience (a phone), on air says enough.
  if (onAir.height > oneLine) onAir.setText(t('live.onAir'));
  fitText(onAir, oneLine);
  onAir.setOrigin(0, 0.5);
  icon(scene, usersX, mid, 'users', color.inkSoft, iconPx.text);
  const mood = audience.reaction?.mood;
  if (mood)
    icon(scene, arrowX, mid, mood === 'good' ? 'arrow-up' : 'arrow-down', moodColor(mood), iconPx.text);

  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.dataset.audience = String(audience.now);
  scene.services.layer.place(status);
  onShutdown(scene, () => status.remove());
  const change = audience.now - audience.before;
  const said =
    change > 0
      ? t('live.audienceUp', { n: num(audience.now), d: num(change) })
      : change < 0
        ? t('live.audienceDown', { n: num(audience.now), d: num(-change) })
        : t('live.audience', { n: num(audience.now) });
  const show = (n: number) => setLabel(watching, num(Math.round(n)));
  const from = room.answered === 0 ? 0 : audience.before;
  const counts =
    !motionReduced() && smoothMotion() && (room.fresh || room.answered === 0) && from !== audience.now;
  if (!counts) {
    show(audience.now);
    // Filled a moment after the region is in the page, so that screen readers read the new figure.
    scene.time.delayedCall(motion.fast, () => {
      status.textContent = said;
    });
    return dot;
  }
  show(from);
  scene.tweens.addCounter({
    from,
    to: audience.now,
    delay: REACTS_AFTER_MS,
    duration: motion.flourish / 2,
    ease: 'Cubic.easeOut',
    onUpdate: (tween) => show(tween.getValue() ?? audience.now),
    onComplete: () => {
      show(audience.now);
      status.textContent = said;
    },
  });
  return dot;
}
