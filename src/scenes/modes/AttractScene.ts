import * as Phaser from 'phaser';
import { type StringKey, t, tx } from '../../i18n/t.ts';
import { motionReduced } from '../../ui/appearance.ts';
import { bake } from '../../ui/bake.ts';
import { FORMAT_ICONS } from '../../ui/formatIcons.ts';
import { type IconName, icon } from '../../ui/icons.ts';
import { below, columns, grid, inset, type Rect, sideBySide } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, control, HEIGHT, iconPx, motion, sizeClass, space } from '../../ui/theme.ts';
import { ModeScene } from './ModeScene.ts';

const STEPS: [IconName, StringKey, number][] = [
  ['users', 'kiosk.step1', color.blue],
  ['layout-template', 'kiosk.step2', color.green],
  ['wrench', 'kiosk.step3', color.orange],
  ['star-filled', 'kiosk.step4', color.purple],
];
const STEP_MS = 2200;
const SHOWN_FORMATS = 4;
/** The invitation is drawn large: a kiosk is read from a step away. */
const GO_H = 120;
/** A step's card in the carousel, and the disc of a format or a step (its icon as wide as its radius). */
const CARD_H = 104;
const DISC_R = 36;
/** The soft circle behind the carousel. */
const GLOW_R = 240;
/** The halo's line round the invitation. */
const HALO_LINE = 6;
/** Narrower columns than this (a portrait totem, a phone) put the pitch above the steps. */
const MIN_COLUMN_W = 300;
/** The formats' row: a disc and two lines of its name under it. */
const FORMATS_H = 2 * DISC_R + 48;
/** A step's card at its least: two lines of its text. */
const STEP_MIN_H = 50;
/** The invitation on a phone, where the height is short. */
const GO_H_PHONE = 88;

/** The height four step cards take, each `h` high. */
const stepsNeed = (h: number) => STEPS.length * h + (STEPS.length - 1) * space.s;

/**
 * The kiosk's attract loop: the job in four steps that take turns, and a big invitation to touch. It makes
 * no sound until touched; a touch anywhere (or the button, for keyboards) starts a visitor's run.
 */
export class AttractScene extends ModeScene {
  create(): void {
    this.enter(`${t('game.title')} — ${t('kiosk.touch')}`);
    const reduced = motionReduced();
    const layer = this.s.layer;
    const { width, height } = this.screenSize;
    this.add
      .rectangle(0, 0, width, height, color.paper)
      .setOrigin(0)
      .setDepth(-2)
      .setInteractive()
      // Phaser also hears pointer releases over the DOM buttons; only a touch of the canvas itself counts.
      .on('pointerup', (p: Phaser.Input.Pointer) => {
        if (p.event.target === this.game.canvas) this.play();
      });
    // The pitch and the invitation on the left, the four steps on the right, above the action row; on a
    // portrait totem, the pitch, the steps and the invitation one under the other.
    const { actions } = this.frame('page');
    const top = space.margin + space.m;
    const stage = { ...inset(actions, space.gap, 0), y: top, h: actions.y - top };
    const { parts, stacked } = sideBySide(stage, [5, 4], MIN_COLUMN_W, space.margin * 2);
    const [pitch, beside] = stacked ? [stage, stage] : (parts as [Rect, Rect]);
    const title = label(this, pitch.x, pitch.y, t('game.title'), { size: 'display', bold: true });
    const intro = label(this, pitch.x, title.y + title.height + space.l, t('kiosk.pitch'), {
      size: 'h2',
      width: pitch.w,
      color: color.inkSoft,
      layer,
    });
    const goH = height < HEIGHT ? GO_H_PHONE : GO_H;
    const go = { ...pitch, y: actions.y - control.h - goH, h: goH };
    // The formats only where they leave room: for the steps under them when stacked, else above the invitation.
    const formatsRow = { ...pitch, y: intro.y + intro.height + space.gap, h: 2 * DISC_R };
    const formatsEnd = formatsRow.y + FORMATS_H + space.gap;
    const withFormats = stacked
      ? go.y - space.gap - formatsEnd >= stepsNeed(STEP_MIN_H)
      : formatsEnd <= go.y - space.l;
    const formatsBottom = withFormats ? this.formats(formatsRow) : intro.y + intro.height;
    // Beside the pitch, the steps stop a little above the action row.
    const steps = stacked ? below(beside, formatsBottom + space.gap) : { ...beside, h: beside.h - space.l };
    if (stacked) Object.assign(steps, { h: go.y - space.gap - steps.y });
    const stepGap = steps.h >= stepsNeed(CARD_H) ? space.l : space.s;
    const cardH = Math.min(CARD_H, (steps.h - stepGap * (STEPS.length - 1)) / STEPS.length);
    // On a tall portrait screen the steps sit in the middle of the room they are given.
    const used = STEPS.length * cardH + stepGap * (STEPS.length - 1);
    const cardsTop = stacked ? steps.y + (steps.h - used) / 2 : steps.y;
    const cards = grid({ ...steps, y: cardsTop }, STEPS.length, 1, stepGap, cardH);
    const last = cards[cards.length - 1] ?? steps;
    bake(this, 'art:attract-glow', 0, 0, 2 * GLOW_R, 2 * GLOW_R, (g) => {
      g.fillStyle(color.sky, 0.2).fillCircle(GLOW_R, GLOW_R, GLOW_R);
    })
      .setOrigin(0.5)
      .setPosition(steps.x + steps.w / 2, (steps.y + last.y + last.h) / 2)
      .setDepth(-1);
    this.carousel(cards, reduced);
    this.invitation(go, reduced);
    label(this, pitch.x, go.y + go.h + space.gap + space.xs, t('kiosk.free'), {
      color: color.inkSoft,
      layer,
    });
    this.languageButton('end');
    // No focus ring on arrival: a kiosk is touched, and Tab still reaches the button first.
  }

  private play(): void {
    if (this.sys.isActive()) this.kiosk().start();
  }

  /** The big button, its words drawn large, with a slow halo that says "touch me" without a sound. */
  private invitation(go: Rect, reduced: boolean): void {
    const ring = space.l;
    const halo = bake(
      this,
      `art:attract-halo-${go.w}x${go.h}`,
      0,
      0,
      go.w + 2 * ring,
      go.h + 2 * ring,
      (g) => {
        g.lineStyle(HALO_LINE, color.sky, 1).strokeRoundedRect(
          HALO_LINE / 2,
          HALO_LINE / 2,
          go.w + 2 * ring - HALO_LINE,
          go.h + 2 * ring - HALO_LINE,
          space.pad,
        );
      },
    )
      .setOrigin(0.5)
      .setPosition(go.x + go.w / 2, go.y + go.h / 2)
      .setAlpha(0);
    const button = this.btn({
      ...go,
      text: '',
      ariaLabel: t('kiosk.touch'),
      variant: 'primary',
      onPress: () => this.play(),
    });
    const playX = sizeClass() === 'wide' ? space.margin + space.pad : space.pad + iconPx.art / 2;
    const textX = playX + iconPx.art / 2 + space.pad;
    button.container.add([
      icon(this, playX, go.h / 2, 'play', color.card, iconPx.art),
      label(this, textX, go.h / 2, t('kiosk.touch'), {
        size: 'h1',
        bold: true,
        color: color.card,
        maxWidth: go.w - textX - space.pad,
      }).setOrigin(0, 0.5),
    ]);
    if (reduced) {
      halo.setAlpha(0.8);
      return;
    }
    this.tweens.add({
      targets: halo,
      alpha: { from: 0.9, to: 0 },
      scale: { from: 1, to: 1.08 },
      duration: motion.flourish,
      repeat: -1,
      ease: 'Sine.easeOut',
    });
  }

  /** The formats of the job, as the catalogue names them, in a row of discs; returns where their names end. */
  private formats(row: Rect): number {
    const shown = Object.values(this.s.catalogue.formats).slice(0, SHOWN_FORMATS);
    const cells = columns(
      row,
      shown.map(() => 1),
      space.l,
    );
    let bottom = row.y + row.h;
    shown.forEach((f, i) => {
      const cell = cells[i] ?? row;
      const x = cell.x + cell.w / 2;
      const y = row.y + DISC_R;
      this.add.circle(x, y, DISC_R, color.card).setStrokeStyle(2, color.line);
      icon(this, x, y, FORMAT_ICONS[f.id] ?? 'package', color.blue, DISC_R);
      const name = label(this, x, y + DISC_R + space.s, tx(f.name), {
        size: 'small',
        align: 'center',
        width: cell.w,
      });
      bottom = Math.max(bottom, name.y + name.height);
    });
    return bottom;
  }

  /** The four steps of the job, one lit at a time, cycling. */
  private carousel(cells: Rect[], reduced: boolean): void {
    const cards = STEPS.map(([ico, key, tint], i) => {
      const cell = cells[i] as Rect;
      const mid = cell.h / 2;
      const r = Math.min(DISC_R, mid) - space.xs;
      const card = this.add.container(cell.x, cell.y);
      const textX = mid + r + space.l;
      card.add([
        panel(this, 0, 0, cell.w, cell.h),
        this.add.circle(mid, mid, r, tint),
        icon(this, mid, mid, ico, color.card, DISC_R),
        label(this, textX, mid, `${i + 1}. ${t(key)}`, {
          bold: true,
          width: cell.w - textX - space.l,
        }).setOrigin(0, 0.5),
      ]);
      label(this, 0, 0, `${i + 1}. ${t(key)}`, { layer: this.s.layer }).setVisible(false);
      return card;
    });
    if (reduced) return;
    let lit = 0;
    const light = () => {
      cards.forEach((c, i) => {
        const x = cells[i]?.x ?? c.x;
        this.tweens.add({
          targets: c,
          alpha: i === lit ? 1 : 0.7,
          x: i === lit ? x - space.pad : x,
          duration: motion.slow,
          ease: Phaser.Math.Easing.Quadratic.Out,
        });
      });
      lit = (lit + 1) % cards.length;
    };
    light();
    this.time.addEvent({ delay: STEP_MS, loop: true, callback: light });
  }
}
