import { t } from '../../i18n/t.ts';

/** How long the overlay stays after a touch, so the touch that dismissed it cannot press what lies beneath. */
const LINGER_MS = 350;

/**
 * The idle countdown, laid over whatever scene is on screen (so it lives in the DOM, not in a scene):
 * a visible number of seconds, and the words to stay. Any touch or key counts, the button is for clarity.
 */
export class CountdownOverlay {
  private el: HTMLElement | null = null;
  private count: HTMLElement | null = null;
  private line: HTMLElement | null = null;
  private leaving: ReturnType<typeof setTimeout> | null = null;

  show(secondsLeft: number): void {
    if (this.leaving) clearTimeout(this.leaving);
    this.leaving = null;
    if (!this.el) this.build();
    if (this.count) this.count.textContent = String(secondsLeft);
    if (this.line) this.line.textContent = t('kiosk.countdown', { n: secondsLeft });
  }

  hide(): void {
    const el = this.el;
    if (!el || this.leaving) return;
    el.style.opacity = '0';
    this.leaving = setTimeout(() => this.remove(), LINGER_MS);
  }

  /** Takes it away at once (a reset). */
  remove(): void {
    if (this.leaving) clearTimeout(this.leaving);
    this.leaving = null;
    this.el?.remove();
    this.el = this.count = this.line = null;
  }

  get visible(): boolean {
    return !!this.el && !this.leaving;
  }

  private build(): void {
    const el = document.createElement('div');
    el.className = 'kiosk-overlay';
    el.id = 'kiosk-countdown';
    el.setAttribute('role', 'alertdialog');
    el.setAttribute('aria-modal', 'true');
    el.setAttribute('aria-label', t('kiosk.stillThere'));
    const card = document.createElement('div');
    card.className = 'card';
    const title = document.createElement('h2');
    title.textContent = t('kiosk.stillThere');
    this.count = document.createElement('div');
    this.count.className = 'count';
    this.count.setAttribute('aria-hidden', 'true');
    this.line = document.createElement('p');
    this.line.setAttribute('aria-live', 'polite');
    const hint = document.createElement('p');
    hint.textContent = t('kiosk.touchToStay');
    const stay = document.createElement('button');
    stay.type = 'button';
    stay.textContent = t('kiosk.stay');
    card.append(title, this.count, this.line, hint, stay);
    el.append(card);
    document.body.append(el);
    stay.focus({ preventScroll: true });
    this.el = el;
  }
}
