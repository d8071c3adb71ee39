import { languages, nextLanguage } from '../../i18n/t.ts';
import { actionSlot, columns, inset, type Rect, rows } from '../../ui/layout.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { label } from '../../ui/text.ts';
import { color, sizeClass, space } from '../../ui/theme.ts';
import { GameScene } from '../GameScene.ts';
import type { ClassroomServices, KioskServices, TeacherServices } from '../modeServices.ts';

interface Watchable<S> {
  subscribe<U>(select: (s: S) => U, listener: (value: U) => void): () => void;
}

/** What the screens of the kiosk, classroom and teacher modes share. */
export abstract class ModeScene extends GameScene {
  protected kiosk(): KioskServices {
    const m = this.s.mode;
    if (m.kind !== 'kiosk') throw new Error(`${this.scene.key} needs the kiosk mode`);
    return m;
  }

  protected classroom(): ClassroomServices {
    const m = this.s.mode;
    if (m.kind !== 'classroom') throw new Error(`${this.scene.key} needs the classroom mode`);
    return m;
  }

  protected teacher(): TeacherServices {
    const m = this.s.mode;
    if (m.kind !== 'teacher') throw new Error(`${this.scene.key} needs the teacher mode`);
    return m;
  }

  /** Subscribes to a slice of a mode's own store for the scene's lifetime only. */
  protected watchOn<S, U>(store: Watchable<S>, select: (s: S) => U, onChange: (value: U) => void): void {
    onShutdown(this, store.subscribe(select, onChange));
  }

  /**
   * The dark strip at the top of the mode's screens: the title on the left, an aside at the right end; on a
   * narrow screen (its strip two lines high) the aside goes under the title.
   */
  protected topBar(title: string, aside = ''): void {
    const strip = this.frame('mission').header;
    this.add.rectangle(strip.x, strip.y, strip.w, strip.h, color.ink).setOrigin(0);
    if (sizeClass() === 'narrow') {
      const [top, under] = rows(inset(strip, space.margin, space.m), [1, 1], space.xs) as [Rect, Rect];
      const first = label(this, top.x, top.y, title, { bold: true, color: color.card, width: top.w });
      if (aside)
        label(this, under.x, Math.max(under.y, first.y + first.height), aside, {
          size: 'small',
          bold: true,
          color: color.card,
          width: under.w,
        });
      return;
    }
    const mid = strip.y + strip.h / 2;
    const [left, right] = columns(inset(strip, space.gap, 0), [3, 2]) as [Rect, Rect];
    label(this, left.x, mid, title, { bold: true, color: color.card, width: left.w }).setOrigin(0, 0.5);
    if (aside)
      label(this, right.x + right.w, mid, aside, {
        size: 'small',
        bold: true,
        color: color.card,
        align: 'right',
      }).setOrigin(1, 0.5);
  }

  /**
   * Switches to the next language the game ships; it names that language, in that language. It sits in the
   * action row, at its start, centre or end (or where it is told).
   */
  protected languageButton(where: 'start' | 'center' | 'end', at?: Rect): void {
    const next = languages().find((l) => l.id === nextLanguage(this.state.settings.language));
    this.btn({
      ...(at ?? actionSlot(this.frame().actions, 'back', where)),
      text: next?.name ?? '',
      icon: 'languages',
      ariaLabel: next?.playIn,
      onPress: () => this.state.setLanguage(nextLanguage(this.state.settings.language)),
    });
  }
}
