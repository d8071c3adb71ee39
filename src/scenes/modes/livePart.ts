import * as Phaser from 'phaser';
import type { Placer } from '../../ui/domLayer.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { invalidate } from '../../ui/redraw.ts';

type Text = Phaser.GameObjects.Text;
type MakeText = Phaser.GameObjects.GameObjectFactory['text'];

/** The style a text was made with, so a later drawing asking for a text in that style can have it back. */
const STYLE = 'livePart.style';

/** A text of the last drawing, free to be handed back once. */
interface Spare {
  text: Text;
  taken: boolean;
}

/** Hands back a text of `spares` not taken yet, if any. */
function takeFrom(spares: Spare[] | undefined): Text | undefined {
  for (let s = spares?.pop(); s; s = spares?.pop())
    if (!s.taken) {
      s.taken = true;
      return s.text;
    }
  return undefined;
}

const wordsOf = (text: string | string[]) => (Array.isArray(text) ? text.join('\n') : text);

/**
 * A part of a screen that redraws on its own while the rest stays (a debrief that follows the codes coming
 * in without restarting its scene, its tabs and buttons, or moving the focus). What the part drew is
 * released and drawn again by the same code, with two savings: a text asked for in a style already drawn is
 * one of the last drawing's texts, as it was when its words are the same, else with its words changed (making
 * a text is the costly step: a canvas and a texture made, a style read, words measured and filled); and what
 * the part's drawing gave to the scene's shutdown (its DOM twins, their listeners) is let go at each redraw,
 * so nothing piles up while the scene lives. Its DOM twins keep their place in reading order.
 */
export class LivePart {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private releases: (() => void)[] = [];
  private elements: Element[] = [];
  private readonly end: HTMLElement;

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Placer,
    private readonly paint: () => void,
  ) {
    // Where the part's DOM twins end: what it places later goes back here, before what follows it.
    this.end = layer.place(document.createElement('span'));
    this.end.setAttribute('aria-hidden', 'true');
    onShutdown(scene, () => {
      this.release();
      this.end.remove();
    });
    this.draw(new Spares());
  }

  /** Draws the part again from what it reads now; the focus stays on the control it was on. */
  redraw(): void {
    const focused = document.activeElement;
    const key = focused instanceof HTMLElement && this.owns(focused) ? (focused.dataset.key ?? null) : null;
    const spares = new Spares();
    for (const o of this.objects) {
      const style = o instanceof Phaser.GameObjects.Text && o.active ? o.getData(STYLE) : undefined;
      if (typeof style !== 'string') {
        o.destroy();
        continue;
      }
      this.scene.children.remove(o);
      spares.add(o as Text, style);
    }
    this.release();
    this.draw(spares);
    spares.destroyLeft();
    invalidate();
    if (key === null) return;
    const again = this.elements.find((el) => el instanceof HTMLElement && el.dataset.key === key);
    (again instanceof HTMLElement ? again : null)?.focus({ preventScroll: true });
  }

  private owns(el: Element): boolean {
    return this.elements.some((mine) => mine === el || mine.contains(el));
  }

  private release(): void {
    const releases = this.releases;
    this.releases = [];
    for (const fn of releases) fn();
  }

  /** Paints the part, handing back the spare texts where texts in their style are asked for. */
  private draw(spares: Spares): void {
    const { scene, end } = this;
    const stage = end.parentElement;
    const lastBefore = stage?.lastElementChild ?? null;
    const before = scene.children.list.length;
    const factory = scene.add as unknown as { text: MakeText };
    const addText = factory.text;
    factory.text = (x, y, text, style) => {
      const styled = JSON.stringify(style ?? {});
      const kept = spares.take(wordsOf(text), styled, style ?? {});
      if (!kept) return addText.call(scene.add, x, y, text, style).setData(STYLE, styled);
      scene.add.existing(kept);
      if (kept.text !== wordsOf(text)) kept.setText(text);
      return kept
        .setPosition(x, y)
        .setOrigin(0, 0)
        .setScale(1)
        .setAngle(0)
        .setAlpha(1)
        .setDepth(0)
        .setVisible(true);
    };
    const events = scene.events as unknown as { once: Phaser.Events.EventEmitter['once'] };
    const once = events.once;
    events.once = (event, fn, context) => {
      if (event !== Phaser.Scenes.Events.SHUTDOWN) return once.call(scene.events, event, fn, context);
      this.releases.push(() => fn.call(context));
      return scene.events;
    };
    try {
      this.paint();
    } finally {
      delete (factory as { text?: MakeText }).text;
      delete (events as { once?: unknown }).once;
    }
    this.objects = scene.children.list.slice(before);
    const placed: Element[] = [];
    for (let el = lastBefore ? lastBefore.nextElementSibling : null; el; el = el.nextElementSibling)
      placed.push(el);
    end.before(...placed);
    this.elements = placed;
  }
}

/** The texts of the last drawing, found by their words and style, or by their style alone. */
class Spares {
  private readonly same = new Map<string, Spare[]>();
  private readonly styled = new Map<string, Spare[]>();
  private readonly all: Spare[] = [];

  add(text: Text, style: string): void {
    const spare = { text, taken: false };
    this.all.push(spare);
    const same = `${text.text}\u0000${style}`;
    this.same.set(same, [...(this.same.get(same) ?? []), spare]);
    this.styled.set(style, [...(this.styled.get(style) ?? []), spare]);
  }

  /**
   * A text with these words in this style, else one in this style; none whose look was changed since it was
   * made (a text shrunk to fit its box, recoloured): that one is let go.
   */
  take(words: string, style: string, look: Phaser.Types.GameObjects.Text.TextStyle): Text | undefined {
    const text = takeFrom(this.same.get(`${words}\u0000${style}`)) ?? takeFrom(this.styled.get(style));
    const same = (key: 'fontSize' | 'color' | 'fontStyle') =>
      look[key] === undefined || String(text?.style[key]) === String(look[key]);
    if (!text || (same('fontSize') && same('color') && same('fontStyle'))) return text;
    text.destroy();
    return this.take(words, style, look);
  }

  destroyLeft(): void {
    for (const s of this.all) if (!s.taken) s.text.destroy();
  }
}
