import * as Phaser from 'phaser';
import { type StringKey, t, tx } from '../../i18n/t.ts';
import { motionReduced } from '../../ui/appearance.ts';
import { bake } from '../../ui/bake.ts';
import { FORMAT_ICONS } from '../../ui/formatIcons.ts';
import { type IconName, icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, HEIGHT, WIDTH } from '../../ui/theme.ts';
import { ModeScene } from './ModeScene.ts';

const STEPS: [IconName, StringKey, number][] = [
  ['users', 'kiosk.step1', color.blue],
  ['layout-template', 'kiosk.step2', color.green],
  ['wrench', 'kiosk.step3', color.orange],
  ['star-filled', 'kiosk.step4', color.purple],
];
const STEP_MS = 2200;
const GO = { x: 80, y: 440, w: 560, h: 120 };

/**
 * The kiosk's attract loop: the job in four steps that take turns, and a big invitation to touch. It makes
 * no sound until touched; a touch anywhere (or the button, for keyboards) starts a visitor's run.
 */
export class AttractScene extends ModeScene {
  create(): void {
    this.enter(`${t('game.title')} — ${t('kiosk.touch')}`);
    const reduced = motionReduced();
    const layer = this.s.layer;
    this.add
      .rectangle(0, 0, WIDTH, HEIGHT, color.paper)
      .setOrigin(0)
      .setInteractive()
      // Phaser also hears pointer releases over the DOM buttons; only a touch of the canvas itself counts.
      .on('pointerup', (p: Phaser.Input.Pointer) => {
        if (p.event.target === this.game.canvas) this.play();
      });
    bake(this, 'art:attract-glow', 740, 40, 480, 480, (g) => {
      g.fillStyle(color.sky, 0.2).fillCircle(240, 240, 240);
    });
    label(this, 80, 60, t('game.title'), { size: 'display', bold: true });
    label(this, 80, 144, t('kiosk.pitch'), { size: 'h2', width: 600, color: color.inkSoft, layer });
    this.formats();
    this.carousel(reduced);
    this.invitation(reduced);
    label(this, 80, 596, t('kiosk.free'), { color: color.inkSoft, layer });
    this.languageButton(WIDTH - 260, HEIGHT - 104, 220, 72);
    // No focus ring on arrival: a kiosk is touched, and Tab still reaches the button first.
  }

  private play(): void {
    if (this.sys.isActive()) this.kiosk().start();
  }

  /** The big button, its words drawn large, with a slow halo that says "touch me" without a sound. */
  private invitation(reduced: boolean): void {
    const halo = bake(this, 'art:attract-halo', 0, 0, GO.w + 32, GO.h + 32, (g) => {
      g.lineStyle(6, color.sky, 1).strokeRoundedRect(3, 3, GO.w + 26, GO.h + 26, 24);
    })
      .setOrigin(0.5)
      .setPosition(GO.x + GO.w / 2, GO.y + GO.h / 2)
      .setAlpha(0);
    const go = this.btn({
      ...GO,
      text: '',
      ariaLabel: t('kiosk.touch'),
      variant: 'primary',
      onPress: () => this.play(),
    });
    go.container.add([
      icon(this, 72, GO.h / 2, 'play', color.card, 48),
      label(this, 120, GO.h / 2 - 30, t('kiosk.touch'), { size: 'h1', bold: true, color: color.card }),
    ]);
    if (reduced) {
      halo.setAlpha(0.8);
      return;
    }
    this.tweens.add({
      targets: halo,
      alpha: { from: 0.9, to: 0 },
      scale: { from: 1, to: 1.08 },
      duration: 1600,
      repeat: -1,
      ease: 'Sine.easeOut',
    });
  }

  /** The formats of the job, as the catalogue names them. */
  private formats(): void {
    Object.values(this.s.catalogue.formats)
      .slice(0, 4)
      .forEach((f, i) => {
        const x = 80 + i * 140 + 56;
        this.add.circle(x, 300, 36, color.card).setStrokeStyle(2, color.line);
        icon(this, x, 300, FORMAT_ICONS[f.id] ?? 'package', color.blue, 36);
        label(this, x, 346, tx(f.name), { size: 'small', align: 'center', width: 132 });
      });
  }

  /** The four steps of the job, one lit at a time, cycling. */
  private carousel(reduced: boolean): void {
    const x = 760;
    const cards = STEPS.map(([ico, key, tint], i) => {
      const card = this.add.container(x, 72 + i * 120);
      card.add([
        panel(this, 0, 0, 440, 104),
        this.add.circle(52, 52, 32, tint),
        icon(this, 52, 52, ico, color.card, 36),
        label(this, 100, 52 - 14, `${i + 1}. ${t(key)}`, { bold: true, width: 320 }),
      ]);
      label(this, 0, 0, `${i + 1}. ${t(key)}`, { layer: this.s.layer }).setVisible(false);
      return card;
    });
    if (reduced) return;
    let lit = 0;
    const light = () => {
      cards.forEach((c, i) => {
        this.tweens.add({
          targets: c,
          alpha: i === lit ? 1 : 0.7,
          x: i === lit ? x - 24 : x,
          duration: 300,
          ease: Phaser.Math.Easing.Quadratic.Out,
        });
      });
      lit = (lit + 1) % cards.length;
    };
    light();
    this.time.addEvent({ delay: STEP_MS, loop: true, callback: light });
  }
}
