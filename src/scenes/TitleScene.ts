import * as Phaser from 'phaser';
import { t, tx } from '../i18n/t.ts';
import type { Notice } from '../state/saveGame.ts';
import { canContinue, titleSummary } from '../state/views.ts';
import { motionReduced } from '../ui/appearance.ts';
import { confirmDialog } from '../ui/dialog.ts';
import { icon } from '../ui/icons.ts';
import { inset, place, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, motion, sizeClass, space } from '../ui/theme.ts';
import { TITLE_ART, titleArt } from '../ui/titleArt.ts';
import { GameScene } from './GameScene.ts';
import { NOTICE_TEXTS } from './names.ts';

/** The menu's buttons' width (at most). */
const MENU_W = 380;
/** The illustration is drawn smaller on small screens, down to this scale; below it, it is left out. */
const ART_MIN_SCALE = 0.4;

/** Where the illustration goes, and at what scale. */
interface ArtPlace {
  x: number;
  y: number;
  scale: number;
}

export class TitleScene extends GameScene {
  private art: ArtPlace | null = null;
  /** A question open on screen: kept through a redraw (a turned phone lays the screen out again). */
  private confirming = false;

  create(): void {
    // The moment the title is first on screen, for `npm run bench` (stamped like the floor's first frame).
    // The illustration follows once the first frame is drawn, fading in, so that frame is only what must be
    // read (a timer of 0 ms would still fire before it).
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      (window as { __titleShown?: number }).__titleShown ??= performance.now();
      if (this.sys.isActive()) this.drawArt();
    });
    this.enter(t('game.title'));
    // The title and the menu in a column on the left, the illustration on the right.
    // Small screens: the illustration beside the menu when it fits there, else under it, else left out.
    const { header, body } = this.frame();
    const col = inset(body, space.margin, 0);
    const wide = sizeClass() === 'wide';
    const top = sizeClass() === 'short' ? header.y : col.y + space.pad;
    // Upright (a phone, a tablet, a totem): one centred column, the illustration under the menu.
    const upright = sizeClass() === 'narrow';
    const textX = upright ? col.x + col.w / 2 : col.x;
    const align = upright ? 'center' : 'left';
    const title = label(this, textX, top, t('game.title'), { size: 'h1', bold: true, width: col.w, align });
    const tagline = label(this, textX, title.y + title.height + space.l, t('game.tagline'), {
      color: color.inkSoft,
      width: col.w,
      align,
      layer: this.s.layer,
    });

    const state = this.state;
    const resume = canContinue(state);
    const pitch = control.h + space.l;
    const w = Math.min(MENU_W, col.w);
    const x = upright ? col.x + (col.w - w) / 2 : col.x;
    const h = control.h;
    let y = tagline.y + tagline.height + 2 * space.gap;
    const menuTop = y;
    if (resume) {
      this.btn({
        x,
        y,
        w,
        h,
        text: t('title.continue'),
        icon: 'play',
        variant: 'primary',
        onPress: () => state.continueCareer(),
      });
      y += pitch;
    }
    const review = !!state.career?.done;
    if (review) {
      this.btn({
        x,
        y,
        w,
        h,
        text: t('title.review'),
        icon: 'trophy',
        variant: 'primary',
        onPress: () => state.openReview(),
      });
      y += pitch;
    }
    this.btn({
      x,
      y,
      w,
      h,
      text: t('title.new'),
      icon: 'briefcase',
      variant: resume || review ? 'secondary' : 'primary',
      onPress: () => (resume ? this.confirmNew() : this.state.newCareer()),
    });
    this.btn({
      x,
      y: y + pitch,
      w,
      h,
      text: t('title.settings'),
      icon: 'settings',
      onPress: () => this.state.openSettings(),
    });

    let menuBottom = y + pitch + h;
    const beside = !upright && col.w - w - space.gap >= TITLE_ART.w * ART_MIN_SCALE;
    this.art = wide ? this.wideArt() : null;
    const summaryW = wide ? (this.art?.x ?? 0) - x - space.margin : beside ? w : col.w;
    const career = titleSummary(state, this.s.catalogue);
    if (career) {
      const summary = t('title.careerSummary', {
        missions: career.missions,
        stars: career.stars,
        max: career.maxStars,
        rank: tx(career.rank.name),
      });
      const line = label(this, x, menuBottom + space.pad, summary, {
        color: color.inkSoft,
        width: summaryW,
        layer: this.s.layer,
      });
      menuBottom = line.y + line.height;
    }
    if (!wide) {
      const end = body.y + body.h;
      const room = beside
        ? { x: x + w + space.gap, y: menuTop, w: col.x + col.w - (x + w + space.gap), h: end - menuTop }
        : { x: col.x, y: menuBottom + space.gap, w: col.w, h: end - menuBottom - space.gap };
      this.art = this.fitArt(room);
    }
    this.showNotice(state.notices[0]);
    this.s.layer.focusFirst();
    if (this.confirming) this.confirmNew();
  }

  private confirmNew(): void {
    this.confirming = true;
    confirmDialog(this, this.s.layer, {
      title: t('title.confirmTitle'),
      text: t('title.confirmText'),
      yes: t('title.confirmYes'),
      no: t('title.confirmNo'),
      onYes: () => {
        this.confirming = false;
        this.state.newCareer();
      },
      onNo: () => {
        this.confirming = false;
        this.s.layer.focusFirst();
      },
    });
  }

  private showNotice(notice: Notice | undefined): void {
    if (!notice) return;
    // A banner over the action row's place (the title has none), a little taller than the row.
    const { actions } = this.frame();
    const box = inset({ ...actions, y: actions.y - space.l, h: actions.h + space.l }, space.margin, 0);
    panel(this, box.x, box.y, box.w, box.h, { fill: color.tintOrange, border: color.orange, borderWidth: 2 });
    const inner = inset(box, space.l, space.m);
    const iconX = inner.x + space.pad;
    icon(this, iconX, box.y + box.h / 2, 'triangle-alert', color.orange, iconPx.heading);
    const dismiss = place(inner, 'end', control.icon, control.icon);
    const textX = iconX + iconPx.heading + space.xs;
    label(this, textX, inner.y, t(NOTICE_TEXTS[notice]), {
      width: dismiss.x - space.l - textX,
      size: 'small',
      layer: this.s.layer,
    });
    this.btn({
      ...dismiss,
      text: '',
      icon: 'x',
      ariaLabel: t('notice.dismiss'),
      onPress: () => {
        this.state.dismissNotice(notice);
        this.scene.restart();
      },
    });
  }

  /** Where the illustration sits on a wide screen: at the right of the body, a little above it. */
  private wideArt(): ArtPlace {
    const { body } = this.frame();
    const box = place(inset(body, space.margin + space.pad, 0), 'end', TITLE_ART.w, TITLE_ART.h);
    return { x: box.x, y: body.y - space.pad, scale: 1 };
  }

  /** The illustration as large as fits in room (never larger than drawn), centred there; none if too small. */
  private fitArt(room: Rect): ArtPlace | null {
    const scale = Math.min(1, room.w / TITLE_ART.w, room.h / TITLE_ART.h);
    if (scale < ART_MIN_SCALE) return null;
    const box = place(room, 'center', TITLE_ART.w * scale, TITLE_ART.h * scale);
    return { x: box.x, y: room.y + (room.h - box.h) / 2, scale };
  }

  /** The illustration fades in once the first frame is drawn. */
  private drawArt(): void {
    if (!this.art) return;
    const art = titleArt(this, this.art.x, this.art.y).setScale(this.art.scale);
    if (!motionReduced()) {
      art.setAlpha(0);
      this.tweens.add({ targets: art, alpha: 1, duration: motion.slow, ease: 'Quad.easeOut' });
    }
  }
}
