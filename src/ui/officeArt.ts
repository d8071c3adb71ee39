import type * as Phaser from 'phaser';
import { motionReduced, textPx } from './appearance.ts';
import { avatar } from './avatar.ts';
import { bake } from './bake.ts';
import { icon } from './icons.ts';
import type { Rect } from './layout.ts';
import {
  drawBoard,
  drawChair,
  drawClock,
  drawDesk,
  drawMonitor,
  drawMug,
  drawNotebook,
  drawPhone,
  drawPlant,
  drawRing,
  drawShell,
  drawShelves,
  drawWindow,
  drawWork,
} from './officeFurniture.ts';
import { type OfficeLook, type RoomPlan, roomPlan, type Seat } from './officeLayout.ts';
import { invalidate, smoothMotion } from './redraw.ts';
import { stage } from './stage.ts';
import { label, type TextSize } from './text.ts';
import { color, LINE, MIN_TEXT_PX } from './theme.ts';

export type { OfficeLook };

/** Someone the player has worked with: `seed` gives their portrait (avatar()), `name` their tag. */
export interface OfficePerson {
  seed: string;
  name: string;
}

/** Where things were drawn, in the scene's coordinates (for hotspots and speech bubbles). */
export interface OfficeSpots {
  screen: Rect;
  phone: Rect;
  notebook: Rect;
  /** The portraits of `people` that have a seat, in their order. */
  people: Rect[];
}

export interface OfficeOptions {
  look: OfficeLook;
  /** The player's avatar seed. */
  player: string;
  people: OfficePerson[];
  inbox: number;
  ringing: boolean;
  names?: boolean;
}

/** Who sits beside the intern when the player has worked with nobody yet. */
const NEIGHBOUR_SEED = 'office:neighbour';
/** The colours of the colleagues' screens, desk by desk. */
const WORK_TINTS = () => [color.green, color.purple, color.orange, color.blue];
/** The phone's shake: its angle either way (degrees), one swing, the swings in a ring, the pause after it. */
const SHAKE_DEG = 7;
const SWING_MS = 70;
const SWINGS = 6;
const RING_PAUSE_MS = 1300;
/** Where drawing is slow, the ring is a still picture turned on and off at this pace instead. */
const RING_STEP_MS = 600;

/** The inbox number's sizes, least first: secondary text where it shows at 16 CSS px or more, else body text. */
function inboxSizes(): TextSize[] {
  const sizes: TextSize[] = ['small', 'body', 'h2', 'h1', 'display'];
  return textPx('small') * stage().scale >= MIN_TEXT_PX ? sizes : sizes.slice(1);
}

/** The inbox number, as large as the player's screen (`room`, its inside in px) has room for. */
function inboxCount(
  scene: Phaser.Scene,
  inbox: number,
  room: { w: number; h: number },
): Phaser.GameObjects.Text {
  const sizes = inboxSizes();
  const least = sizes[0] ?? 'body';
  const fits = sizes.filter((kind) => {
    const px = textPx(kind) * LINE;
    return px <= room.h * 0.6 && px * (1.3 + String(inbox).length * 0.6) <= room.w * 0.8;
  });
  return label(scene, 0, 0, String(inbox), { size: fits[fits.length - 1] ?? least, bold: true });
}

const offset = (r: Rect, box: Rect): Rect => ({ ...r, x: r.x + box.x, y: r.y + box.y });

/**
 * An office drawn in the title art's flat style, fitted to `box` and never past it: the wall and its window,
 * the desks by rank, the player at the front desk with the inbox on the screen, the desk phone (shaking when
 * `ringing`, its ring drawn still with reduced motion) and the codex as a notebook; colleagues at the back.
 */
export function officeRoom(scene: Phaser.Scene, box: Rect, opts: OfficeOptions): OfficeSpots {
  const w = Math.round(box.w);
  const h = Math.round(box.h);
  const least = label(scene, 0, 0, String(opts.inbox), { size: inboxSizes()[0], bold: true });
  const plan = roomPlan(opts.look, w, h, opts.people.length, {
    w: least.height * 1.3 + least.width,
    h: least.height,
  });
  least.destroy();
  const u = plan.u;
  const player = plan.seats[0] as Seat;
  const count = inboxCount(scene, opts.inbox, { w: player.screen.w - 0.5 * u, h: player.screen.h - 0.5 * u });
  const mailPx = Math.round(count.height);
  bake(scene, `office-back:${plan.key}`, box.x, box.y, w, h, (g) => drawBack(g, plan, w, h));
  const board = plan.board;
  if (board)
    icon(
      scene,
      box.x + board.x + board.h / 2,
      box.y + board.y + board.h / 2,
      'graduation-cap',
      color.card,
      board.h * 0.6,
    );
  const people: Rect[] = [];
  for (const seat of plan.seats) {
    const seed = seedOf(seat, opts);
    if (!seed) continue;
    const px = Math.round(seat.bust.w);
    avatar(scene, box.x + seat.bust.x, box.y + seat.bust.y, px, seed);
    if (typeof seat.who === 'number' || (seat.who === 'neighbour' && opts.people[0]))
      people.push({ ...offset(seat.bust, box), w: px, h: px });
  }
  const notebook = {
    x: player.bust.x + 2.6 * u,
    y: player.top + 0.5 * u,
    w: 2.3 * u,
    h: 0.75 * u,
  };
  bake(scene, `office-front:${plan.key}`, box.x, box.y, w, h, (g) => drawFront(g, plan, notebook));
  const screen = offset(player.screen, box);
  const mail = icon(scene, 0, 0, 'mail', color.blue, mailPx);
  const contentW = mailPx * 1.3 + count.width;
  const midY = screen.y + screen.h / 2;
  mail.setPosition(screen.x + (screen.w - contentW) / 2 + mailPx / 2, midY);
  count.setPosition(mail.x + mailPx * 0.8, midY - count.height / 2);
  scene.children.bringToTop(count);
  if (opts.names) nameTags(scene, plan, box, opts.people);
  const phone = deskPhone(scene, plan, box, opts.ringing);
  return { screen, phone, notebook: offset(notebook, box), people };
}

function seedOf(seat: Seat, opts: OfficeOptions): string | null {
  if (seat.who === 'player') return opts.player;
  if (seat.who === 'neighbour') return opts.people[0]?.seed ?? NEIGHBOUR_SEED;
  if (typeof seat.who === 'number') return opts.people[seat.who]?.seed ?? null;
  return null;
}

/** The wall, the window, what hangs on the wall, the chairs: everything behind the people. */
function drawBack(g: Phaser.GameObjects.Graphics, plan: RoomPlan, w: number, h: number): void {
  const u = plan.u;
  drawShell(g, w, h, plan.floorY, u);
  for (const r of plan.windows) drawWindow(g, r, u);
  if (plan.board) drawBoard(g, plan.board, u);
  if (plan.clock) drawClock(g, plan.clock.x, plan.clock.y, plan.clock.r);
  if (plan.shelves) drawShelves(g, plan.shelves.x, plan.shelves.feet, plan.shelves.w, u * plan.back);
  for (const seat of plan.seats) drawChair(g, seat.chair, seat.s);
}

/** The desks, the screens and what lies on the player's desk: everything in front of the people. */
function drawFront(g: Phaser.GameObjects.Graphics, plan: RoomPlan, notebook: Rect): void {
  const tints = WORK_TINTS();
  for (const desk of plan.desks.slice(1)) drawDesk(g, desk.x, desk.top, desk.w, desk.s);
  const front = plan.desks[0];
  if (front) drawDesk(g, front.x, front.top, front.w, front.s);
  plan.seats.forEach((seat, i) => {
    drawMonitor(g, seat.screen, seat.top + 0.45 * seat.s, seat.s);
    if (seat.who !== 'player') drawWork(g, seat.screen, seat.s, tints[i % tints.length] ?? color.green);
    if (seat.who !== 'player' && i % 2 === 1)
      drawMug(g, seat.screen.x - 1.3 * seat.s, seat.top + 1 * seat.s, seat.s, color.vermilion);
  });
  drawNotebook(g, notebook, plan.u);
  if (plan.plant) drawPlant(g, plan.plant.x, plan.plant.feet, plan.plant.s);
}

/** Each colleague's name on a small tag on the front of their desk. */
function nameTags(scene: Phaser.Scene, plan: RoomPlan, box: Rect, people: OfficePerson[]): void {
  for (const seat of plan.seats) {
    const who = seat.who === 'neighbour' ? 0 : seat.who;
    const name = typeof who === 'number' ? people[who]?.name : undefined;
    if (!name) continue;
    const x = box.x + seat.bust.x + seat.bust.w / 2;
    const tag = label(scene, x, 0, name, { size: 'small', bold: true, maxWidth: seat.bust.w * 1.6 });
    tag.setOrigin(0.5, 0);
    const y = Math.min(box.y + seat.top + 1.5 * seat.s, box.y + box.h - tag.height - 2);
    tag.setY(y);
    const pad = 0.25 * tag.height;
    scene.add
      .rectangle(x, y - pad / 2, tag.width + 2 * pad, tag.height + pad, color.card)
      .setOrigin(0.5, 0)
      .setStrokeStyle(1, color.line);
    scene.children.bringToTop(tag);
  }
}

/** The desk phone on the player's desk, ringing when asked: it shakes in bursts, or its ring shows still. */
function deskPhone(scene: Phaser.Scene, plan: RoomPlan, box: Rect, ringing: boolean): Rect {
  const u = plan.u;
  const player = plan.seats[0] as Seat;
  const pw = Math.round(2 * u);
  const ph = Math.round(1.3 * u);
  const x = box.x + player.bust.x + 0.2 * u;
  const bottom = box.y + player.top + 1.25 * u;
  const phone = bake(scene, `office-phone:${pw}x${ph}`, 0, 0, pw, ph, (g) => drawPhone(g, pw, ph))
    .setOrigin(0.5, 1)
    .setPosition(x + pw / 2, bottom);
  const spot = { x, y: bottom - ph, w: pw, h: ph };
  if (!ringing) return spot;
  const gap = Math.max(3, 0.35 * u);
  const rw = Math.round(pw + 4 * gap);
  const rh = Math.round(pw * 0.6 + 2 * gap);
  const ring = bake(scene, `office-ring:${pw}x${rh}`, 0, 0, rw, rh, (g) => drawRing(g, pw, rh, gap))
    .setOrigin(0.5)
    .setPosition(x + pw / 2, bottom - ph / 2);
  scene.children.moveBelow(ring as Phaser.GameObjects.GameObject, phone as Phaser.GameObjects.GameObject);
  if (!motionReduced()) shake(scene, phone, ring);
  return spot;
}

/** The ring's motion: bursts of small swings on a graphics card, a still ring blinking where drawing is slow. */
function shake(scene: Phaser.Scene, phone: Phaser.GameObjects.Image, ring: Phaser.GameObjects.Image): void {
  const step = () => {
    let beat = 0;
    scene.time.addEvent({
      delay: RING_STEP_MS,
      loop: true,
      callback: () => {
        beat += 1;
        phone.setAngle(beat % 2 ? SHAKE_DEG / 2 : -SHAKE_DEG / 2);
        ring.setVisible(beat % 4 !== 0);
        invalidate();
      },
    });
  };
  if (!smoothMotion()) {
    step();
    return;
  }
  const swing: Phaser.Tweens.Tween = scene.tweens.add({
    targets: phone,
    angle: { from: -SHAKE_DEG, to: SHAKE_DEG },
    duration: SWING_MS,
    yoyo: true,
    repeat: SWINGS - 1,
    loop: -1,
    loopDelay: RING_PAUSE_MS,
    onLoop: () => {
      phone.setAngle(0);
      if (smoothMotion()) return;
      swing.stop();
      step();
    },
  });
}
