import { languages, nextLanguage } from '../../i18n/t.ts';
import type { ButtonOptions } from '../../ui/button.ts';
import { actionSlot, actionW, columns, inset, place, type Rect, rows } from '../../ui/layout.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { label } from '../../ui/text.ts';
import { color, control, sizeClass, space } from '../../ui/theme.ts';
import { GameScene } from '../GameScene.ts';
import type { ClassroomServices, KioskServices, TeacherServices } from '../modeServices.ts';

/** A half of the action row narrower than this cuts the language's name: the language is an icon there. */
const LANGUAGE_HALF_W = 200;

/** What a pager says: its page ("Page 2 of 3"), its two ways, and the key its buttons are known by. */
export interface PagerWords {
  key: string;
  page: (n: number, total: number) => string;
  prev: string;
  next: string;
}

/**
 * Splits items of the given heights into pages of one column `room` high, `gap` apart, as many to a page
 * as fit (at least one): the indices on each page.
 */
export function pagesOf(heights: readonly number[], room: number, gap: number): number[][] {
  const pages: number[][] = [];
  let used = Number.POSITIVE_INFINITY;
  heights.forEach((h, i) => {
    const last = pages[pages.length - 1];
    if (last && used + gap + h <= room) {
      last.push(i);
      used += gap + h;
    } else {
      pages.push([i]);
      used = h;
    }
  });
  return pages;
}

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
   * Buttons for the previous and the next page at the ends of `bar`, "page n of total" between them; the
   * strings name the page and the two ways, `key` keeps each button's identity across pages.
   */
  protected pager(bar: Rect, at: number, pages: number, words: PagerWords, go: (page: number) => void): void {
    const side = Math.max(bar.h, control.touch);
    this.btn({
      ...place(bar, 'start', side),
      text: '',
      icon: 'arrow-left',
      key: `${words.key}-prev`,
      ariaLabel: words.prev,
      unavailable: at === 0,
      onPress: () => at > 0 && go(at - 1),
    });
    const where = label(this, bar.x + bar.w / 2, bar.y, words.page(at + 1, pages), {
      bold: true,
      align: 'center',
      layer: this.s.layer,
    });
    where.setY(bar.y + (bar.h - where.height) / 2);
    this.btn({
      ...place(bar, 'end', side),
      text: '',
      icon: 'arrow-right',
      key: `${words.key}-next`,
      ariaLabel: words.next,
      unavailable: at === pages - 1,
      onPress: () => at < pages - 1 && go(at + 1),
    });
  }

  /**
   * A portrait screen's action row shared in two halves (the language or a second action, then the way
   * on), where two fifths would cut a word; null where the row is shared as everywhere else.
   */
  protected halves(): [Rect, Rect] | null {
    const actions = this.frame().actions;
    if (sizeClass() !== 'narrow' || actionSlot(actions, 'next').w === actionW.next) return null;
    return columns(actions, [1, 1], space.m) as [Rect, Rect];
  }

  /**
   * The language and the way on in a portrait screen's row: in halves where a half holds the language's
   * name, else the language as a square icon button (its name is in its aria-label) and the way on the rest.
   */
  private languageRow(): { language: Rect; wayOn: Rect; iconOnly: boolean } | null {
    const halves = this.halves();
    if (!halves) return null;
    const [start, end] = halves;
    if (start.w >= LANGUAGE_HALF_W) return { language: start, wayOn: end, iconOnly: false };
    const actions = this.frame().actions;
    const square = place(actions, 'start', actions.h);
    return {
      language: square,
      wayOn: place(actions, 'end', actions.w - (1 + this.rowSquares) * (actions.h + space.m)),
      iconOnly: true,
    };
  }

  /** Square icon buttons after the language's in a phone's row, each named in its aria-label. */
  protected rowSquares = 0;

  /** The `i`th of those squares; null where the row has no square language button. */
  protected rowSquare(i: number): Rect | null {
    if (!this.languageRow()?.iconOnly || i >= this.rowSquares) return null;
    const actions = this.frame().actions;
    return { ...place(actions, 'start', actions.h), x: actions.x + (i + 1) * (actions.h + space.m) };
  }

  /**
   * The way on: at the row's end; on a portrait screen in the room the language leaves it (see
   * `languageRow`), or in the second half when the first holds another action (`besideAction`).
   */
  protected wayOn(o: Omit<ButtonOptions, 'x' | 'y' | 'w' | 'h'>, besideAction = false): void {
    const at = besideAction ? this.halves()?.[1] : this.languageRow()?.wayOn;
    if (!at) {
      this.nextAction(o);
      return;
    }
    this.btn({ ...at, icon: 'arrow-right', variant: 'primary', ...o });
  }

  /**
   * Switches to the next language the game ships; it names that language, in that language. It sits in the
   * action row, at its start, centre or end (or where it is told).
   */
  protected languageButton(where: 'start' | 'center' | 'end', at?: Rect): void {
    const next = languages().find((l) => l.id === nextLanguage(this.state.settings.language));
    const row = where === 'start' && !at ? this.languageRow() : null;
    this.btn({
      ...(at ?? row?.language ?? actionSlot(this.frame().actions, 'back', where)),
      text: row?.iconOnly ? '' : (next?.name ?? ''),
      key: 'language',
      icon: 'languages',
      ariaLabel: next?.playIn,
      onPress: () => this.state.setLanguage(nextLanguage(this.state.settings.language)),
    });
  }
}
