import type * as Phaser from 'phaser';
import { type StringKey, t } from '../../i18n/t.ts';
import { motionReduced } from '../../ui/appearance.ts';
import { bake } from '../../ui/bake.ts';
import { icon } from '../../ui/icons.ts';
import { inset, type Rect, sideBySide } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, control, HEIGHT, iconPx, motion, sizeClass, space } from '../../ui/theme.ts';
import { ModeScene } from './ModeScene.ts';
import { missionDemo } from './missionDemo.ts';
import { studioAtWork } from './studioAtWork.ts';

/** The job in four steps, for screen readers: the demo shows them without words. */
const STEPS: StringKey[] = ['kiosk.step1', 'kiosk.step2', 'kiosk.step3', 'kiosk.step4'];
/** The invitation is drawn large: a kiosk is read from a step away. */
const GO_H = 120;
/** The halo's line round the invitation. */
const HALO_LINE = 6;
/** Narrower columns than this (a portrait totem, a phone) put the pitch above the studio. */
const MIN_COLUMN_W = 300;
/** The invitation on a phone, where the height is short. */
const GO_H_PHONE = 88;
/**
 * The studio and the demo share the room left by the pitch: the office takes about half of it and is never
 * flatter than its own proportions want; the demo is never taller than it is wide.
 */
const OFFICE_SHARE = 0.5;
const OFFICE_RATIO = 1.6;
const DEMO_RATIO = 0.6;

/**
 * The kiosk's attract loop: the studio at work, a wordless mission playing in four panels, and a big invitation
 * to touch. It makes no sound until touched; a touch anywhere (or the button, for keyboards) starts a visit.
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
    // The pitch and the invitation on the left, the studio and the demo on the right, above the action row; on
    // a portrait screen, the pitch, the studio, the demo and the invitation one under the other.
    const { actions } = this.frame('page');
    const top = space.margin + space.m;
    const stage = { ...inset(actions, space.gap, 0), y: top, h: actions.y - top };
    const split = sideBySide(stage, [5, 4], MIN_COLUMN_W, space.margin);
    const stacked = split.stacked || sizeClass() === 'narrow';
    const [pitch, beside] = stacked ? [stage, stage] : (split.parts as [Rect, Rect]);
    const title = label(this, pitch.x, pitch.y, t('game.title'), { size: 'display', bold: true });
    const intro = label(this, pitch.x, title.y + title.height + space.l, t('kiosk.pitch'), {
      size: 'h2',
      width: pitch.w,
      color: color.inkSoft,
      layer,
    });
    const goH = height < HEIGHT ? GO_H_PHONE : GO_H;
    const go = { ...pitch, y: actions.y - control.h - goH, h: goH };
    const showTop = intro.y + intro.height + space.gap;
    // Upright, the showcase stops clear of the invitation's halo (space.l round it).
    this.showcase(
      stacked
        ? { ...stage, y: showTop, h: go.y - space.gap - space.l - showTop }
        : { ...beside, h: beside.h - space.l },
    );
    STEPS.forEach((key, i) => {
      label(this, 0, 0, `${i + 1}. ${t(key)}`, { layer }).setVisible(false);
    });
    this.invitation(go, reduced);
    label(this, pitch.x, go.y + go.h + space.gap + space.xs, t('kiosk.free'), {
      color: color.inkSoft,
      layer,
    });
    this.languageButton('end');
    // No focus ring on arrival: a kiosk is touched, and Tab still reaches the button first.
  }

  /** The studio at work above, the wordless mission under it, centred in `room`. */
  private showcase(room: Rect): void {
    const officeH = Math.min(room.w / OFFICE_RATIO, (room.h - space.l) * OFFICE_SHARE);
    const demoH = Math.min(room.w * DEMO_RATIO, room.h - officeH - space.l);
    const y = room.y + (room.h - officeH - space.l - demoH) / 2;
    studioAtWork(this, { ...room, y, h: officeH }, this.s.catalogue);
    missionDemo(this, { ...room, y: y + officeH + space.l, h: demoH }, this.s.catalogue);
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
}
