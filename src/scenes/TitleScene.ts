import * as Phaser from 'phaser';
import { t, tx } from '../i18n/t.ts';
import { rankOf } from '../sim/career.ts';
import type { Notice } from '../state/saveGame.ts';
import { canContinue } from '../state/views.ts';
import { motionReduced } from '../ui/appearance.ts';
import { bake } from '../ui/bake.ts';
import { confirmDialog } from '../ui/dialog.ts';
import { icon } from '../ui/icons.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { NOTICE_TEXTS } from './names.ts';

export class TitleScene extends GameScene {
  constructor() {
    super('title');
  }

  create(): void {
    // The moment the title is first on screen, for `npm run bench` (stamped like the floor's first frame).
    // The illustration follows once the first frame is drawn, fading in, so that frame is only what must be
    // read (a timer of 0 ms would still fire before it).
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      (window as { __titleShown?: number }).__titleShown ??= performance.now();
      if (this.sys.isActive()) this.drawArt();
    });
    this.enter('title', t('game.title'));
    label(this, 96, 120, t('game.title'), { size: 'h1', bold: true });
    label(this, 96, 184, t('game.tagline'), { color: color.inkSoft, layer: this.s.layer });

    const state = this.state;
    const resume = canContinue(state);
    let y = 270;
    if (resume) {
      this.btn({
        x: 96,
        y,
        w: 380,
        h: 64,
        text: t('title.continue'),
        icon: 'play',
        variant: 'primary',
        onPress: () => state.continueCareer(),
      });
      y += 80;
    }
    const review = !!state.career?.done;
    if (review) {
      this.btn({
        x: 96,
        y,
        w: 380,
        h: 64,
        text: t('title.review'),
        icon: 'trophy',
        variant: 'primary',
        onPress: () => state.openReview(),
      });
      y += 80;
    }
    this.btn({
      x: 96,
      y,
      w: 380,
      h: 64,
      text: t('title.new'),
      icon: 'briefcase',
      variant: resume || review ? 'secondary' : 'primary',
      onPress: () => (resume ? this.confirmNew() : this.state.newCareer()),
    });
    this.btn({
      x: 96,
      y: y + 80,
      w: 380,
      h: 64,
      text: t('title.settings'),
      icon: 'settings',
      onPress: () => this.state.openSettings(),
    });

    if (state.career?.done) {
      const history = state.career.history;
      const stars = history.reduce((sum, r) => sum + r.stars, 0);
      const rank = rankOf(state.career.reputation, this.s.catalogue);
      const summary = t('title.careerSummary', {
        missions: history.length,
        stars,
        max: history.length * 3,
        rank: tx(rank.name),
      });
      label(this, 96, y + 172, summary, { color: color.inkSoft, width: 560, layer: this.s.layer });
    }
    this.showNotice(state.notices[0]);
    this.s.layer.focusFirst();
  }

  private confirmNew(): void {
    confirmDialog(this, this.s.layer, {
      title: t('title.confirmTitle'),
      text: t('title.confirmText'),
      yes: t('title.confirmYes'),
      no: t('title.confirmNo'),
      onYes: () => this.state.newCareer(),
    });
  }

  private showNotice(notice: Notice | undefined): void {
    if (!notice) return;
    const y = 600;
    panel(this, 96, y, 1088, 80, { fill: color.tintOrange, border: color.orange, borderWidth: 2 });
    icon(this, 136, y + 40, 'triangle-alert', color.orange, 32);
    label(this, 172, y + 14, t(NOTICE_TEXTS[notice]), { width: 860, size: 'small', layer: this.s.layer });
    this.btn({
      x: 1112,
      y: y + 12,
      w: 56,
      h: 56,
      text: '',
      icon: 'x',
      ariaLabel: t('notice.dismiss'),
      onPress: () => {
        this.state.dismissNotice(notice);
        this.scene.restart();
      },
    });
  }

  /** A desk with a screen playing a lesson: the job at a glance, drawn from shapes and icons. */
  private drawArt(): void {
    const art = this.add.container(0, 0);
    if (!motionReduced()) {
      art.setAlpha(0);
      this.tweens.add({ targets: art, alpha: 1, duration: 300, ease: 'Quad.easeOut' });
    }
    art.add(
      bake(this, 'art:title-desk', 700, 70, 460, 470, (g) => {
        g.fillStyle(color.sky, 0.25).fillCircle(230, 230, 230);
        g.fillStyle(color.ink, 1).fillRoundedRect(60, 100, 340, 220, 16);
        g.fillStyle(color.card, 1).fillRoundedRect(76, 116, 308, 188, 8);
        g.fillStyle(color.blue, 1).fillRoundedRect(92, 132, 140, 16, 8);
        g.fillStyle(color.line, 1).fillRoundedRect(92, 162, 260, 10, 5).fillRoundedRect(92, 182, 220, 10, 5);
        g.fillStyle(color.green, 1).fillRoundedRect(92, 230, 80, 52, 8);
        g.fillStyle(color.orange, 1).fillRoundedRect(184, 230, 80, 52, 8);
        g.fillStyle(color.purple, 1).fillRoundedRect(276, 230, 80, 52, 8);
        g.fillStyle(color.ink, 1).fillRect(210, 320, 40, 40).fillRoundedRect(150, 358, 160, 14, 7);
        g.fillStyle(color.line, 1).fillRoundedRect(0, 372, 460, 18, 9);
      }),
    );
    art.add([
      icon(this, 832, 326, 'monitor-play', color.card, 32),
      icon(this, 924, 326, 'gamepad-2', color.card, 32),
      icon(this, 1016, 326, 'users', color.card, 32),
      icon(this, 1120, 180, 'lightbulb', color.orange, 56),
      icon(this, 716, 140, 'graduation-cap', color.blue, 56),
    ]);
  }
}
