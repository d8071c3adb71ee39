import type { Rect } from './layout.ts';

/** Anything that can lay DOM twins out in game coordinates: the layer itself, or a box inside it. */
export interface Placer {
  place<T extends HTMLElement>(el: T, rect?: Rect): T;
}

const FOCUSABLE = 'button:not([disabled]), [tabindex="0"], input, select, textarea';
/** Where the arrow keys move the caret or the choice, not the focus. */
const OWN_ARROWS = ['SELECT', 'INPUT', 'TEXTAREA'];

/**
 * The accessible twin of the canvas: real DOM elements laid exactly over what Phaser draws, in game
 * coordinates, so keyboard, screen readers, pointer and touch all act on real buttons.
 */
export class DomLayer implements Placer {
  readonly root: HTMLDivElement;
  private readonly stage: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private size: { width: number; height: number };

  constructor(
    private readonly canvasHost: HTMLElement,
    size: { width: number; height: number },
  ) {
    this.size = { ...size };
    this.root = document.createElement('div');
    this.root.id = 'ui-layer';
    this.stage = document.createElement('div');
    this.stage.className = 'ui-stage';
    this.stage.style.width = `${size.width}px`;
    this.stage.style.height = `${size.height}px`;
    this.live = document.createElement('div');
    this.live.id = 'announcer';
    this.live.className = 'sr-only';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    this.root.append(this.stage);
    document.body.append(this.root, this.live);
    this.root.addEventListener('keydown', (e) => this.onArrow(e));
    new ResizeObserver(() => this.sync()).observe(canvasHost);
    window.addEventListener('resize', () => this.sync());
    this.sync();
  }

  /** Follows the game's new size (a window resized or a phone turned). */
  resize(width: number, height: number): void {
    this.size = { width, height };
    this.stage.style.width = `${width}px`;
    this.stage.style.height = `${height}px`;
    this.sync();
  }

  /** Keeps the layer over the canvas, whatever the letterboxing. */
  sync(): void {
    const canvas = this.canvasHost.querySelector('canvas');
    if (!canvas) return;
    const r = canvas.getBoundingClientRect();
    Object.assign(this.root.style, {
      left: `${r.left}px`,
      top: `${r.top}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
    const scale = r.width / this.size.width;
    this.stage.style.transform = `scale(${scale})`;
    // The kiosk's 64 px touch surround is in CSS px: the stylesheet divides by the scale (src/style.css).
    this.stage.style.setProperty('--ui-scale', String(scale));
  }

  /** Places an element over a rectangle of the game, in game pixels. */
  place<T extends HTMLElement>(el: T, rect?: Rect): T {
    return this.inside(this.stage, { x: 0, y: 0, w: this.size.width, h: this.size.height }).place(el, rect);
  }

  /** Adds an element to the stage as it is, for an overlay that lays itself out with CSS (sound captions). */
  attach<T extends HTMLElement>(el: T): T {
    this.stage.append(el);
    return el;
  }

  /** A placer for elements inside box (itself placed at origin), so a dialog can hold its own controls. */
  inside(box: HTMLElement, origin: Rect): Placer {
    return {
      place<T extends HTMLElement>(el: T, rect?: Rect): T {
        if (rect) {
          const r = { left: rect.x - origin.x, top: rect.y - origin.y };
          Object.assign(el.style, {
            left: `${r.left}px`,
            top: `${r.top}px`,
            width: `${rect.w}px`,
            height: `${rect.h}px`,
          });
        } else {
          el.classList.add('sr-only');
        }
        box.append(el);
        return el;
      },
    };
  }

  /** Says something to screen-reader users (a screen title, a result). */
  announce(text: string): void {
    this.live.textContent = '';
    // A fresh text node in a later task makes screen readers read it even when it repeats.
    setTimeout(() => {
      this.live.textContent = text;
    }, 30);
  }

  get announced(): string {
    return this.live.textContent ?? '';
  }

  /** Everything under the stage that can take focus, in screen order. */
  focusables(): HTMLElement[] {
    const modal = this.stage.querySelector<HTMLElement>('[role="dialog"]');
    return [...(modal ?? this.stage).querySelectorAll<HTMLElement>(FOCUSABLE)];
  }

  focusFirst(): void {
    this.focusables()[0]?.focus({ preventScroll: true });
  }

  private onArrow(e: KeyboardEvent): void {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (!step || OWN_ARROWS.includes((e.target as HTMLElement).tagName)) return;
    const list = this.focusables();
    if (list.length === 0) return;
    const at = list.indexOf(document.activeElement as HTMLElement);
    const next = list[(at + step + list.length) % list.length];
    next?.focus({ preventScroll: true });
    e.preventDefault();
  }
}
