import type * as Phaser from 'phaser';
import type { LiveMoment } from '../../content/types.ts';
import { avatar } from '../../ui/avatar.ts';
import { FORMAT_ICONS } from '../../ui/formatIcons.ts';
import { icon } from '../../ui/icons.ts';
import { inset, place, type Rect } from '../../ui/layout.ts';
import { type FaceMood, moodColor, moodFace } from '../../ui/moodFace.ts';
import { color, motion, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

export const SCREEN_H = 120;
/** The least height the format's screen keeps when the stage is low (a tablet held upright). */
export const SCREEN_LOW = 72;
const SPEAKER_PX = 96;
const PLAYER_PX = 56;
const PLAYERS = 3;
const BADGE_PX = 36;

/** How the room took the last choice, the share of the learners there before it and now, and whether to show it moving. */
export interface RoomState {
  mood: FaceMood | null;
  share: { before: number; now: number };
  /** The choice was just made and motion is on and cheap: the change plays out; otherwise it is simply there. */
  moves: boolean;
  /** When the change starts playing out, in ms: as the room's reaction arrives. */
  delay: number;
}

/**
 * The format's own picture of the moment: a slide and its speaker for a webinar (the speaker's ring and a
 * face show how the room took the last choice), players round a game for a playtest (each with their
 * mood), and otherwise the format's icon beside a bar of the learners there. Returns what to change as
 * message n arrives.
 */
export function screenFor(
  scene: GameScene,
  box: Rect,
  live: LiveMoment,
  room: RoomState,
): (n: number) => void {
  const g = scene.add.graphics();
  g.fillStyle(color.ink, 1).fillRoundedRect(box.x, box.y, box.w, box.h, space.m);
  if (live.format === 'webinar') return webinar(scene, g, box, room);
  if (live.format === 'serious-game') return playtest(scene, g, box, live, room);
  return audienceBar(scene, g, box, live.format, room);
}

const bar = (g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, fill: number) =>
  g.fillStyle(fill, 1).fillRoundedRect(x, y, w, h, h / 2);

/** A face that pops up when the change plays out, and is simply there otherwise. */
function pop(scene: Phaser.Scene, face: Phaser.GameObjects.Image, room: RoomState, delay = 0): void {
  if (!room.moves) return;
  face.setScale(0);
  scene.tweens.add({
    targets: face,
    scale: 1,
    delay: room.delay + delay,
    duration: motion.slow,
    ease: 'Back.easeOut',
  });
}

function webinar(scene: GameScene, g: Phaser.GameObjects.Graphics, box: Rect, room: RoomState) {
  const mid = box.y + box.h / 2;
  const area = inset(box, space.m);
  const stage = place(area, 'end', Math.min(SPEAKER_PX, box.h - 2 * space.s) + space.l);
  const slide = { ...area, w: area.w - stage.w - space.m };
  g.fillStyle(color.card, 1).fillRoundedRect(slide.x, slide.y, slide.w, slide.h, space.s);
  // The slide's title, two lines of text and a button, one under the other: those the slide has room for.
  const content = inset(slide, Math.min(space.l, slide.h / 4));
  let at = content.y;
  for (const [w, h, fill] of [
    [content.w / 2, space.l, color.blue],
    [content.w, space.s, color.line],
    [content.w - space.margin, space.s, color.line],
    [space.margin + space.m, space.l, color.green],
  ] as const) {
    if (at + h > content.y + content.h) break;
    bar(g, content.x, at, w, h, fill);
    at += h + space.m;
  }
  const px = Math.min(SPEAKER_PX, box.h - 2 * space.s);
  const face = place(stage, 'center', px);
  const speaker = avatar(scene, face.x, mid - px / 2, px, 'live:speaker');
  // The speaking ring, in the colour of the room's mood once it has one: on and off as the talk goes on.
  const ring = scene.add
    .circle(face.x + px / 2, mid, px / 2 + space.xs / 2)
    .setStrokeStyle(space.xs, room.mood ? moodColor(room.mood) : color.green);
  speaker.setDepth(1);
  if (room.mood) {
    const badge = moodFace(
      scene,
      face.x + px - space.xs,
      mid - px / 3,
      Math.min(BADGE_PX, px / 2),
      room.mood,
    );
    pop(scene, badge.setDepth(2), room);
  }
  return (n: number) => ring.setAlpha(n % 2 ? 1 : 0.3);
}

/** A level of the game on the left, and the players testing it on the right, each showing their mood. */
function playtest(
  scene: GameScene,
  g: Phaser.GameObjects.Graphics,
  box: Rect,
  live: LiveMoment,
  room: RoomState,
) {
  const area = inset(box, space.m);
  const px = Math.min(PLAYER_PX, area.h - space.s);
  const seatW = px + space.s;
  const players = place(area, 'end', PLAYERS * seatW);
  const level = { ...area, w: area.w - players.w - space.m };
  g.fillStyle(color.tintSky, 1).fillRoundedRect(level.x, level.y, level.w, level.h, space.s);
  // The ground, two platforms, the hero on the first and a star to reach on the second.
  const ground = level.y + level.h - space.l;
  g.fillStyle(color.green, 1).fillRect(level.x, ground, level.w, space.l);
  const step = level.w / 3;
  bar(g, level.x + step * 0.4, ground - level.h * 0.3, step * 0.8, space.s, color.inkSoft);
  bar(g, level.x + step * 1.7, ground - level.h * 0.55, step * 0.8, space.s, color.inkSoft);
  const hero = space.l + space.xs;
  g.fillStyle(color.blue, 1).fillRoundedRect(
    level.x + step * 0.6,
    ground - level.h * 0.3 - hero,
    hero,
    hero,
    space.xs,
  );
  g.fillStyle(color.orange, 1).fillCircle(level.x + step * 2.1, ground - level.h * 0.55 - space.l, space.s);
  // The players are the people whose remarks the stream shows.
  const names = [...new Set(live.feed.map((l) => l.who))].slice(0, PLAYERS);
  const top = area.y + area.h - px;
  names.forEach((who, i) => {
    const x = players.x + i * seatW + space.s / 2;
    avatar(scene, x, top, px, `feed:${who}`);
    if (!room.mood) return;
    const face = moodFace(scene, x + px - space.s, top + space.s, Math.min(BADGE_PX, px / 2), room.mood);
    pop(scene, face, room, i * motion.fast);
  });
  return () => {};
}

/** The format's icon, and a bar of the share of the learners there, moving to its new length after a choice. */
function audienceBar(
  scene: GameScene,
  g: Phaser.GameObjects.Graphics,
  box: Rect,
  format: string,
  room: RoomState,
) {
  const mid = box.y + box.h / 2;
  const art = box.h * 0.6;
  icon(scene, box.x + art, mid, FORMAT_ICONS[format] ?? 'monitor-play', color.card, art);
  const barX = box.x + 2 * art;
  const barW = box.x + box.w - space.gap - barX;
  bar(g, barX, mid - space.s, barW, space.l, color.inkSoft);
  const fill = room.mood ? moodColor(room.mood) : color.sky;
  const there = scene.add.rectangle(barX, mid - space.s, barW, space.l, fill).setOrigin(0);
  there.setScale(room.moves ? room.share.before : room.share.now, 1);
  if (room.moves)
    scene.tweens.add({
      targets: there,
      scaleX: room.share.now,
      delay: room.delay,
      duration: motion.flourish / 2,
      ease: 'Cubic.easeOut',
    });
  return () => {};
}
