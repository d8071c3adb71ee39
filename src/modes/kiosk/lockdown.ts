/**
 * Keeps a kiosk visitor inside the game: no context menu, no text selection or dragging, no pinch or
 * keyboard zoom, and no link or window that leads elsewhere. The CSS half is `html.kiosk` in style.css.
 */
export function lockDown(): void {
  document.documentElement.classList.add('kiosk');
  const viewport = document.querySelector('meta[name="viewport"]');
  viewport?.setAttribute(
    'content',
    'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover',
  );
  const refuse = (e: Event) => e.preventDefault();
  for (const type of ['contextmenu', 'selectstart', 'dragstart', 'gesturestart', 'gesturechange'])
    document.addEventListener(type, refuse, { capture: true });
  document.addEventListener(
    'touchmove',
    (e) => {
      if (e.touches.length > 1) e.preventDefault();
    },
    { passive: false, capture: true },
  );
  window.addEventListener(
    'wheel',
    (e) => {
      if (e.ctrlKey) e.preventDefault();
    },
    { passive: false, capture: true },
  );
  window.addEventListener(
    'keydown',
    (e) => {
      if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0', 'p', 's', 'o'].includes(e.key.toLowerCase()))
        e.preventDefault();
    },
    { capture: true },
  );
  // The game has no links; should one ever appear, it must not take the visitor away.
  document.addEventListener(
    'click',
    (e) => {
      if ((e.target as Element | null)?.closest?.('a[href]')) e.preventDefault();
    },
    { capture: true },
  );
  document.addEventListener('auxclick', refuse, { capture: true });
  window.open = () => null;
}
