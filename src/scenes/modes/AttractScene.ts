import * as Phaser from 'phaser';
import { type StringKey, t } from '../../i18n/t.ts';
import { bake } from '../../ui/bake.ts';
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

/**
 * The kiosk's attract loop: the job in four steps that take turns, and a big invitation to touch. It makes
 * no sound until touched; a touch anywhere (or the button, for keyboards) starts a visitor's run.
 */
export class AttractScene extends ModeScene {
  constructor() {
    super('attract');
  }

  create(): void {
    this.enter('attract', `${t('game.title')} — ${t('kiosk.touch')}`);
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.add
      .rectangle(0, 0, WIDTH, HEIGHT, color.paper)
      .setOrigin(0)
      .setInteractive()
      .on('pointerup', () => this.play());
    bake(this, 'art:attract-glow', 740, 40, 480, 480, (g) => {
      g.fillStyle(color.sky, 0.22).fillCircle(240, 240, 240);
      g.fillStyle(color.sky, 0.18).fillCircle(240, 240, 170);
    });
    label(this, 80, 72, t('game.title'), { size: 'display', bold: true });
    label(this, 80, 152, t('kiosk.pitch'), {
      size: 'h2',
      width: 600,
      color: color.inkSoft,
      layer: this.s.layer,
    });
    this.carousel(reduced);

    const go = this.btn({
      x: 80,
      y: 470,
      w: 560,
      h: 112,
      text: t('kiosk.touch'),
      icon: 'play',
      variant: 'primary',
      onPress: () => this.play(),
    });
    if (!reduced)
      this.tweens.add({
        targets: go.container,
        scale: 1.03,
        duration: 900,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    label(this, 80, 610, t('kiosk.free'), { color: color.inkSoft, layer: this.s.layer });
    this.languageButton(WIDTH - 260, HEIGHT - 100, 220, 72);
    this.s.layer.focusFirst();
  }

  private play(): void {
    if (this.sys.isActive()) this.kiosk().start();
  }

  /** The four steps of the job, one lit at a time, cycling. */
  private carousel(reduced: boolean): void {
    const x = 760;
    const cards = STEPS.map(([ico, key, tint], i) => {
      const y = 72 + i * 120;
      const card = this.add.container(x, y);
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
          alpha: i === lit ? 1 : 0.45,
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
