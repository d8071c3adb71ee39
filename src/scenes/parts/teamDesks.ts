import type * as Phaser from 'phaser';
import type { Catalogue } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import type { MemberWork } from '../../sim/teamWork.ts';
import { motionReduced } from '../../ui/appearance.ts';
import { avatar } from '../../ui/avatar.ts';
import { icon } from '../../ui/icons.ts';
import { grid, type Rect } from '../../ui/layout.ts';
import { meter } from '../../ui/meter.ts';
import { smoothMotion } from '../../ui/redraw.ts';
import { ROLE_ICONS } from '../../ui/roleIcons.ts';
import { label } from '../../ui/text.ts';
import { color, motion, space } from '../../ui/theme.ts';
import { textH } from '../end/measure.ts';
import type { GameScene } from '../GameScene.ts';
import { PACE_SPEED, type WorkPace } from './workPace.ts';

/** A desk's parts: the room the work rises into, the person behind the desk, the desk, the gauge. */
const RISE = 8;
const BUST = 44;
/** How far a piece of work rises from the screen before it fades out. */
const RISE_PX = 30;
const DESK_H = 12;
const SCREEN_W = 46;
const SCREEN_H = 32;
const GAUGE_H = 10;
/** A desk is at least this wide, and at most this wide on a large screen. */
const DESK_MIN_W = 150;
const DESK_MAX_W = 260;
/** How often a piece of work rises from a desk at each pace of its worker (ms). */
const EVERY: Record<MemberWork['pace'], number> = { ahead: 700, steady: 1000, behind: 1400 };
/** How long the gauges take to rise to this week's work (ms, at normal speed), in how many steps. */
const FILL_MS = 1400;
const FILL_STEPS = 4;

const PACE_WORDS = { ahead: 'team.ahead', steady: 'team.steady', behind: 'team.behind' } as const;

export interface DeskMotion {
  /** Plays the work at a pace: paused, normal or fast. */
  setPace(pace: WorkPace): void;
}

/** Who sits at a desk: the named colleague, or the role's own name. */
function nameOf(m: MemberWork, cat: Catalogue): string {
  const role = cat.roles[m.role];
  return m.colleague?.name ?? (role ? tx(role.name) : m.role);
}

function columnsFor(w: number, n: number, k: number): number {
  return Math.max(1, Math.min(n, Math.floor((w + space.l) / (DESK_MIN_W * k + space.l))));
}

/** The width the desks of `work` want on one row (at their widest), and at the least. */
export function deskRowW(n: number, widest: boolean, k = 1): number {
  return n * (widest ? DESK_MAX_W : DESK_MIN_W) * k + (n - 1) * space.l;
}

/** The height the desks of `work` take `w` wide, drawn `k` times their size (a tall screen's studio). */
export function teamDesksHeight(scene: Phaser.Scene, work: MemberWork[], w: number, k = 1): number {
  if (work.length === 0) return 0;
  const rows = Math.ceil(work.length / columnsFor(w, work.length, k));
  return rows * deskH(scene, k) + (rows - 1) * space.l;
}

function deskH(scene: Phaser.Scene, k: number): number {
  return (RISE + BUST + DESK_H + GAUGE_H) * k + space.xs + nameH(scene);
}

const nameH = (scene: Phaser.Scene) => textH(scene, 'Mg', { size: 'small', bold: true });

/**
 * The hired team at their desks in `box`, each at their trade's screen; their work rises from the screen and
 * their gauge fills in a few steps from last week's share (`before`) to this week's. With reduced motion the
 * gauges simply show this week's share; where drawing is slow nothing rises.
 */
export function teamDesks(
  scene: GameScene,
  box: Rect,
  work: MemberWork[],
  before: MemberWork[],
  cat: Catalogue,
  pace: WorkPace,
  k = 1,
): DeskMotion {
  const cols = columnsFor(box.w, work.length, k);
  const cellW = Math.min(DESK_MAX_W * k, (box.w - (cols - 1) * space.l) / cols);
  const h = deskH(scene, k);
  const rowW = cols * cellW + (cols - 1) * space.l;
  // A studio drawn large is centred; a row of small desks starts at the left, by the words.
  const x = k > 1 ? box.x + (box.w - rowW) / 2 : box.x;
  const cells = grid({ ...box, x, w: rowW }, work.length, cols, space.l, h);
  const moving = !motionReduced();
  // Work rising is a tween, which redraws every frame: only where drawing is cheap.
  const bubbling = moving && smoothMotion();
  const loops: Phaser.Time.TimerEvent[] = [];
  const rising = new Set<Phaser.Tweens.Tween>();
  let speed = 1;
  work.forEach((m, i) => {
    const cell = cells[i];
    if (!cell) return;
    const seed = m.colleague?.id ?? `role:${m.role}`;
    const deskHigh = DESK_H * k;
    const deskY = cell.y + (RISE + BUST) * k - deskHigh / 2;
    avatar(scene, cell.x + space.s * k, cell.y + RISE * k, BUST * k, seed);
    const g = scene.add.graphics();
    g.fillStyle(color.line, 1).fillRoundedRect(cell.x, deskY, cell.w, deskHigh, deskHigh / 3);
    const screenX = cell.x + cell.w - (SCREEN_W + space.s) * k;
    const screenY = deskY - (SCREEN_H - space.xs) * k;
    g.fillStyle(color.ink, 1).fillRoundedRect(screenX, screenY, SCREEN_W * k, SCREEN_H * k, space.xs * k);
    const trade = ROLE_ICONS[m.role] ?? 'wrench';
    const screenMid = screenX + (SCREEN_W * k) / 2;
    icon(scene, screenMid, screenY + (SCREEN_H * k) / 2, trade, color.card, SCREEN_H * k * 0.6);
    const name = nameOf(m, cat);
    // A colleague's trait shows in their pace; a role without a named colleague just works.
    const words = m.colleague ? `${name} · ${t(PACE_WORDS[m.pace])}` : name;
    label(scene, cell.x, deskY + deskHigh + space.xs, words, {
      size: 'small',
      bold: true,
      color: color.inkSoft,
      width: cell.w,
      maxHeight: nameH(scene),
      layer: scene.services.layer,
    });
    const gaugeY = cell.y + h - GAUGE_H * k;
    const gauge = meter(scene, scene.services.layer, cell.x, gaugeY, cell.w, GAUGE_H * k, name, 'progress');
    const show = (share: number) =>
      gauge.set(Math.round(share * 100), 100, t('team.done', { name, n: Math.round(share * 100) }));
    if (!moving) {
      show(m.done);
      return;
    }
    const from = before[i]?.done ?? 0;
    show(from);
    {
      // The gauge rises in a few steps (a redraw each) rather than every frame: its motion costs next to
      // nothing where drawing runs in software.
      let step = 0;
      loops.push(
        scene.time.addEvent({
          delay: FILL_MS / FILL_STEPS,
          repeat: FILL_STEPS - 1,
          callback: () => {
            step += 1;
            show(from + ((m.done - from) * step) / FILL_STEPS);
          },
        }),
      );
    }
    if (!bubbling) return;
    loops.push(
      scene.time.addEvent({
        delay: EVERY[m.pace],
        startAt: (i * 250) % EVERY[m.pace],
        loop: true,
        callback: () => {
          // Drawing may prove slow once the scene runs: then the work stops rising (the gauges still fill).
          if (!smoothMotion()) return;
          const tw = rise(scene, screenMid, screenY, trade, () => rising.delete(tw));
          tw.timeScale = speed;
          rising.add(tw);
        },
      }),
    );
  });
  const motionOf: DeskMotion = {
    setPace(next) {
      const paused = PACE_SPEED[next] === 0;
      speed = PACE_SPEED[next] || 1;
      for (const l of loops) {
        l.paused = paused;
        l.timeScale = speed;
      }
      for (const tw of rising) {
        if (paused) tw.pause();
        else tw.resume();
        tw.timeScale = speed;
      }
    },
  };
  motionOf.setPace(pace);
  return motionOf;
}

/** A piece of work rising from a screen and fading as it goes. */
function rise(
  scene: Phaser.Scene,
  x: number,
  y: number,
  trade: Parameters<typeof icon>[3],
  gone: () => void,
): Phaser.Tweens.Tween {
  const piece = icon(scene, x, y, trade, color.green, 18);
  return scene.tweens.add({
    targets: piece,
    y: y - RISE_PX,
    alpha: 0,
    duration: motion.flourish / 2,
    ease: 'Quad.easeOut',
    onComplete: () => {
      piece.destroy();
      gone();
    },
  });
}
