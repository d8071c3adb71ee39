/** Air left between the field being typed in and the top of a phone's on-screen keyboard, in CSS px. */
const AIR = 16;

const isField = (el: Element | null): el is HTMLInputElement | HTMLTextAreaElement =>
  (el instanceof HTMLInputElement && el.type === 'text') || el instanceof HTMLTextAreaElement;

/** The bottom of what the player can see now: above the on-screen keyboard when it is up. */
function visibleBottom(): number {
  const v = window.visualViewport;
  return v ? v.offsetTop + v.height : innerHeight;
}

export interface KeyboardRoom {
  /** To call first when the window changes size: a turned phone ends the typing layout. */
  windowResized(): void;
}

/**
 * Keeps a phone's on-screen keyboard from hiding the field being typed in (a pseudonym, a class code).
 * The keyboard makes the window, or only what is visible of it, shorter. Laying the screen out again would
 * throw the field away and close the keyboard, so while a field has the focus the game keeps its height and
 * slides up just enough for the field to show above the keyboard; it slides back when the typing ends.
 */
export function keepFieldsAboveKeyboard(host: HTMLElement, moved: () => void): KeyboardRoom {
  let pinnedWidth: number | null = null;

  const release = () => {
    if (pinnedWidth === null) return;
    pinnedWidth = null;
    Object.assign(host.style, { height: '', bottom: '', transform: '' });
    moved();
  };

  const follow = () => {
    const field = document.activeElement;
    if (!isField(field) || pinnedWidth === null) return;
    const shift = Number.parseFloat(host.dataset.shift ?? '0') || 0;
    const bottom = field.getBoundingClientRect().bottom + shift;
    const next = Math.max(0, bottom + AIR - visibleBottom());
    host.dataset.shift = String(next);
    host.style.transform = next > 0 ? `translateY(${-next}px)` : '';
    moved();
  };

  // Only a touch screen brings up a keyboard of its own; a PC's window resized while typing is laid out again.
  const touchFirst = window.matchMedia('(pointer: coarse)');
  document.addEventListener('focusin', (e) => {
    if (!isField(e.target as Element) || !touchFirst.matches) return;
    if (pinnedWidth === null) {
      pinnedWidth = innerWidth;
      // The game's own size stays what it is while the keyboard is up.
      Object.assign(host.style, { height: `${host.clientHeight}px`, bottom: 'auto' });
    }
    follow();
  });
  document.addEventListener('focusout', () => {
    // Focus moving from one field to the next keeps the layout.
    setTimeout(() => {
      if (!isField(document.activeElement)) {
        host.dataset.shift = '0';
        release();
      }
    }, 0);
  });
  window.visualViewport?.addEventListener('resize', follow);
  window.visualViewport?.addEventListener('scroll', follow);

  return {
    windowResized() {
      if (pinnedWidth !== null && pinnedWidth !== innerWidth) {
        host.dataset.shift = '0';
        release();
      } else follow();
    },
  };
}
