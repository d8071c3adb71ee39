import { languages, nextLanguage } from '../../i18n/t.ts';
import type { ClassroomServices, KioskServices, TeacherServices } from '../../modes/modeServices.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { label } from '../../ui/text.ts';
import { color, WIDTH } from '../../ui/theme.ts';
import { GameScene } from '../GameScene.ts';

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

  /** The dark strip at the top of the mode's screens. */
  protected topBar(title: string, aside = ''): void {
    this.add.rectangle(0, 0, WIDTH, 72, color.ink).setOrigin(0);
    label(this, 32, 22, title, { bold: true, color: color.card, width: 760 });
    if (aside)
      label(this, WIDTH - 32, 24, aside, { size: 'small', bold: true, color: color.card, align: 'right' });
  }

  /** Switches to the next language the game ships; it names that language, in that language. */
  protected languageButton(x: number, y: number, w = 220, h = 64): void {
    const next = languages().find((l) => l.id === nextLanguage(this.state.settings.language));
    this.btn({
      x,
      y,
      w,
      h,
      text: next?.name ?? '',
      icon: 'languages',
      ariaLabel: next?.playIn,
      onPress: () => this.state.setLanguage(nextLanguage(this.state.settings.language)),
    });
  }
}
