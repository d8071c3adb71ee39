import type * as Phaser from 'phaser';
import type { Colleague } from '../../content/types.ts';
import { avatar } from '../../ui/avatar.ts';
import { bake } from '../../ui/bake.ts';
import { FORMAT_ICONS } from '../../ui/formatIcons.ts';
import { icon } from '../../ui/icons.ts';
import type { Rect } from '../../ui/layout.ts';
import { ROLE_ICONS } from '../../ui/roleIcons.ts';
import { color, motion, space } from '../../ui/theme.ts';

/**
 * The four panels of the kiosk's wordless mission (missionDemo.ts plays them): each is drawn as its last
 * picture, with how it stands as the loop starts and the beats that bring it to that picture.
 */
/** One moment of the demo, `at` ms into the loop: how it moves in, or the single step that stands for it. */
export interface Beat {
  at: number;
  move: () => void;
  step: () => void;
}

export type Part = Phaser.GameObjects.Image | Phaser.GameObjects.Container | Phaser.GameObjects.Rectangle;

/** A panel of the demo: what moves in it, how it stands as the loop starts, and its beats. */
export interface Act {
  parts: Part[];
  reset: () => void;
  beats: Beat[];
}

/** What is still to come shows faintly, so no panel stands empty while it waits for its turn. */
const GHOST = 0.2;
/** How long the team's bar takes to fill. */
const WORK_MS = 2_600;
/** How much larger a stamp or a star is as it starts to land. */
const LANDING = 1.8;

/** A single beat for a part that only appears. */
const appearing = (scene: Phaser.Scene, at: number, parts: Part[]): Beat => ({
  at,
  move: () => scene.tweens.add({ targets: parts, alpha: 1, duration: motion.slow }),
  step: () => {
    for (const p of parts) p.setAlpha(1);
  },
});

/** A beat where a part lands from larger, like a stamp (its own scale kept, as icons have one). */
const landing = (scene: Phaser.Scene, at: number, part: Part, angle = 0): Beat => {
  const base = part.scaleX;
  return {
    at,
    move: () => {
      part.setScale(base * LANDING).setAngle(angle * 2);
      scene.tweens.add({
        targets: part,
        alpha: 1,
        scale: base,
        angle,
        duration: motion.slow,
        ease: 'Back.easeOut',
      });
    },
    step: () => {
      part.setAlpha(1).setScale(base).setAngle(angle);
    },
  };
};

/** The offer: the client, and their envelope dropping in beside them. */
export function offer(scene: Phaser.Scene, r: Rect, client: string): Act {
  const upright = r.h > r.w * 1.1;
  const px = Math.round(Math.min(upright ? r.w * 0.7 : r.w * 0.4, upright ? r.h * 0.42 : r.h));
  const face = upright
    ? avatar(scene, r.x + (r.w - px) / 2, r.y, px, client)
    : avatar(scene, r.x, r.y + (r.h - px) / 2, px, client);
  const rest = upright
    ? { x: r.x, y: r.y + px + space.s, w: r.w, h: r.h - px - space.s }
    : { x: r.x + px + space.m, y: r.y, w: r.w - px - space.m, h: r.h };
  const ew = Math.round(Math.min(rest.w * 0.9, rest.h * 1.35));
  const eh = Math.round(ew / 1.5);
  const envelope = bake(scene, `demo-envelope:${ew}`, 0, 0, ew, eh, (g) => {
    g.fillStyle(color.card, 1).fillRoundedRect(0, 0, ew, eh, 4);
    g.fillStyle(color.tintSky, 1).fillTriangle(2, 2, ew - 2, 2, ew / 2, eh * 0.58);
    g.lineStyle(2, color.blue, 1).strokeRoundedRect(1, 1, ew - 2, eh - 2, 4);
    g.lineBetween(2, 2, ew / 2, eh * 0.58).lineBetween(ew - 2, 2, ew / 2, eh * 0.58);
    g.fillStyle(color.vermilion, 1).fillCircle(ew / 2, eh * 0.58, Math.max(3, eh * 0.12));
  })
    .setOrigin(0.5)
    .setPosition(rest.x + rest.w / 2, rest.y + rest.h / 2);
  const landY = envelope.y;
  const fromY = Math.min(landY, rest.y + eh / 2);
  return {
    parts: [face, envelope],
    reset: () => {
      face.setAlpha(GHOST);
      envelope.setAlpha(0).setY(fromY).setScale(1);
    },
    beats: [
      appearing(scene, 200, [face]),
      {
        at: 700,
        move: () =>
          scene.tweens.add({ targets: envelope, y: landY, alpha: 1, duration: 600, ease: 'Back.easeOut' }),
        step: () => envelope.setY(landY).setAlpha(1),
      },
      {
        at: 1_500,
        move: () => scene.tweens.add({ targets: envelope, scale: 1.15, duration: motion.fast, yoyo: true }),
        step: () => undefined,
      },
    ],
  };
}

/** The format: three cards fanned out; the middle one lifts and a stamp lands on it. */
export function format(scene: Phaser.Scene, r: Rect, formats: string[]): Act {
  const cw = Math.round(Math.min(r.w / 2.6, r.h / 1.25 / 1.3));
  const ch = Math.round(cw * 1.3);
  const lift = Math.min(ch * 0.2, (r.h - ch) / 2);
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2 + lift / 2;
  const card = (i: number) => {
    const c = scene.add.container(cx + (i - 1) * cw * 0.75, cy).setAngle((i - 1) * 10);
    const face = scene.add.rectangle(0, 0, cw, ch, color.card).setStrokeStyle(2, color.line).setRounded(4);
    const id = formats[i] ?? '';
    return c.add([face, icon(scene, 0, 0, FORMAT_ICONS[id] ?? 'package', color.blue, cw * 0.55)]);
  };
  const cards = [card(0), card(2), card(1)];
  const chosen = cards[2] as Phaser.GameObjects.Container;
  const edge = chosen.list[0] as Phaser.GameObjects.Rectangle;
  const stamp = scene.add.container(cx + cw * 0.35, cy - lift + ch * 0.3);
  const seal = Math.max(8, cw * 0.28);
  stamp.add([
    scene.add.circle(0, 0, seal, color.green).setStrokeStyle(2, color.card),
    icon(scene, 0, 0, 'check', color.card, seal * 1.2),
  ]);
  return {
    parts: [...cards, stamp],
    reset: () => {
      for (const c of cards) c.setAlpha(GHOST);
      chosen.setY(cy);
      edge.setStrokeStyle(2, color.line);
      stamp.setAlpha(0);
    },
    beats: [
      appearing(scene, 2_200, cards),
      {
        at: 3_000,
        move: () => {
          edge.setStrokeStyle(3, color.blue);
          scene.tweens.add({ targets: chosen, y: cy - lift, duration: motion.slow, ease: 'Quad.easeOut' });
        },
        step: () => {
          edge.setStrokeStyle(3, color.blue);
          chosen.setY(cy - lift);
        },
      },
      landing(scene, 3_600, stamp, -12),
    ],
  };
}

/** The team: each colleague with their trade popping up beside them, the mission's bar filling under them. */
export function work(scene: Phaser.Scene, r: Rect, team: Colleague[]): Act {
  const barH = Math.max(8, Math.round(r.h * 0.1));
  const rowH = r.h - barH - space.s;
  const n = Math.max(1, team.length);
  const px = Math.round(Math.min((r.w - (n - 1) * space.s) / n, rowH * 0.85));
  const rowW = n * px + (n - 1) * space.s;
  const tints = [color.blue, color.purple, color.orange];
  const faces: Part[] = [];
  const trades: Part[] = [];
  team.forEach((c, i) => {
    const x = r.x + (r.w - rowW) / 2 + i * (px + space.s);
    const y = r.y + rowH - px;
    faces.push(avatar(scene, x, y, px, c.id));
    const badge = Math.max(8, px * 0.24);
    const trade = scene.add.container(x + px - badge, Math.max(r.y + badge, y + badge * 0.6));
    trade.add([
      scene.add.circle(0, 0, badge, color.card).setStrokeStyle(2, tints[i] ?? color.blue),
      icon(scene, 0, 0, ROLE_ICONS[c.role] ?? 'wrench', tints[i] ?? color.blue, badge * 1.2),
    ]);
    trades.push(trade);
  });
  const barY = r.y + r.h - barH;
  const track = scene.add
    .rectangle(r.x, barY, r.w, barH, color.line)
    .setOrigin(0)
    .setRounded(barH / 2);
  const fill = scene.add
    .rectangle(r.x, barY, r.w, barH, color.green)
    .setOrigin(0)
    .setRounded(barH / 2);
  return {
    parts: [...faces, ...trades, track, fill],
    reset: () => {
      for (const p of [...faces, ...trades, track]) p.setAlpha(GHOST);
      fill.setAlpha(0).setScale(0, 1);
    },
    beats: [
      appearing(scene, 4_200, [...faces, track, fill]),
      {
        at: 4_500,
        move: () => scene.tweens.add({ targets: fill, scaleX: 1, duration: WORK_MS, ease: 'Sine.easeInOut' }),
        step: () => fill.setScale(0.4, 1),
      },
      ...trades.map((t, i) => landing(scene, 4_700 + i * 700, t)),
      {
        at: 4_500 + WORK_MS,
        move: () => undefined,
        step: () => fill.setScale(1, 1),
      },
    ],
  };
}

/** The result: three stars landing one by one on their outlines. */
export function stars(scene: Phaser.Scene, r: Rect): Act {
  const px = Math.round(Math.min((r.w - 2 * space.s) / 3, r.h * 0.8));
  const rowW = 3 * px + 2 * space.s;
  const y = r.y + r.h / 2;
  const filled = [0, 1, 2].map((i) => {
    const x = r.x + (r.w - rowW) / 2 + i * (px + space.s) + px / 2;
    icon(scene, x, y, 'star', color.line, px);
    return icon(scene, x, y, 'star-filled', color.orange, px);
  });
  return {
    parts: filled,
    reset: () => {
      for (const star of filled) star.setAlpha(0);
    },
    beats: filled.map((star, i) => landing(scene, 7_300 + i * 550, star)),
  };
}
