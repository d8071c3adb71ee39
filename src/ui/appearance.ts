import { DYSLEXIC_FONT, DYSLEXIC_SCALE, FONT, MIN_TEXT_PX, size, sizeStep, usePalette } from './theme.ts';

/** How the game looks for this player: the display settings, as the kit reads them when it draws. */
export interface Appearance {
  textStep: 0 | 1 | 2;
  highContrast: boolean;
  reducedMotion: boolean;
  dyslexicFont: boolean;
}

const current: Appearance = { textStep: 0, highContrast: false, reducedMotion: false, dyslexicFont: false };
const listeners = new Set<() => void>();
let dyslexicLoaded: Promise<void> | null = null;
let latest = 0;

const systemReduced = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Whether animations are off: by the player's choice or the system's. */
export function motionReduced(): boolean {
  return current.reducedMotion || systemReduced();
}

export function systemAsksReducedMotion(): boolean {
  return systemReduced();
}

export function fontFamily(): string {
  return current.dyslexicFont ? DYSLEXIC_FONT : FONT;
}

export function textPx(kind: keyof typeof size): number {
  const px = size[kind] + current.textStep * sizeStep[kind];
  return current.dyslexicFont ? Math.max(size.small, Math.round(px * DYSLEXIC_SCALE)) : px;
}

/** The least text can shrink to when it must fit a box: 16 px, or the dyslexia font at the same letter height. */
export function minTextPx(): number {
  return current.dyslexicFont ? Math.round(MIN_TEXT_PX * DYSLEXIC_SCALE) : MIN_TEXT_PX;
}

export const appearanceKey = () =>
  `${current.textStep}:${current.highContrast}:${current.dyslexicFont}:${current.reducedMotion}`;

/** Calls back after each change of appearance (once its font, if any, has loaded). */
export function onAppearanceChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function loadDyslexicFont(): Promise<void> {
  // Its faces in WOFF2 only (src/ui/fonts/opendyslexic.css), fetched the first time the setting is on.
  dyslexicLoaded ??= import('./fonts/opendyslexic.css')
    .then(() =>
      Promise.all([document.fonts.load('22px OpenDyslexic'), document.fonts.load('bold 22px OpenDyslexic')]),
    )
    .then(() => undefined)
    .catch((error) => console.warn('The dyslexia-friendly font could not be loaded.', error));
  return dyslexicLoaded;
}

/** Applies new display settings; listeners hear of it only if something changed. */
export async function applyAppearance(next: Appearance): Promise<void> {
  const ask = ++latest;
  if (next.dyslexicFont) await loadDyslexicFont();
  // A later call may have landed while the font loaded: it wins.
  if (ask !== latest) return;
  const before = appearanceKey();
  Object.assign(current, next);
  usePalette(next.highContrast);
  const body = document.body.classList;
  body.toggle('high-contrast', next.highContrast);
  body.toggle('reduced-motion', motionReduced());
  body.toggle('dyslexic-font', next.dyslexicFont);
  if (appearanceKey() !== before) for (const l of [...listeners]) l();
}
