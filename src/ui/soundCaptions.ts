import type { GameAudio, SoundId } from '../audio/audio.ts';
import { type StringKey, t } from '../i18n/t.ts';
import { control, space } from './theme.ts';

/**
 * The sounds that mean something, with their caption. Interface ticks (click, select, deselect, page) only
 * echo what the player just did, so they get none.
 */
export const SOUND_CAPTIONS: Partial<Record<SoundId, StringKey>> = {
  error: 'sound.error',
  'jingle-good': 'sound.jingleGood',
  'jingle-mid': 'sound.jingleMid',
  'jingle-bad': 'sound.jingleBad',
  coin: 'sound.coin',
  card: 'sound.card',
  chat: 'sound.chat',
  alert: 'sound.alert',
  drop: 'sound.drop',
  'rank-up': 'sound.rankUp',
  star: 'sound.star',
  right: 'sound.right',
  wrong: 'sound.wrong',
};

/** How long a caption stays before it fades, and how long the fade lasts (matches style.css). */
export const CAPTION_MS = 2000;
const FADE_MS = 250;

/**
 * Spots to try, in stage pixels, the first one free of buttons wins: along the bottom edge (left, right,
 * centre), below the mission's header strip on the right, along the top edge (right, centre, left), then
 * just above the action row (a phone's row is buttons from edge to edge). Read at each caption: the tokens
 * follow the screen's size class.
 */
type Spot = (w: number, h: number, W: number, H: number) => { x: number; y: number };
const aboveActions = (h: number, H: number) => H - space.gap - control.h - space.l - h;
const SPOTS: Spot[] = [
  (_w, h, _W, H) => ({ x: space.l, y: H - space.l - h }),
  (w, h, W, H) => ({ x: W - space.l - w, y: H - space.l - h }),
  (w, h, W, H) => ({ x: Math.round((W - w) / 2), y: H - space.l - h }),
  (w, _h, W) => ({ x: W - space.l - w, y: space.strip + space.l }),
  (w, _h, W) => ({ x: W - space.l - w, y: space.l }),
  (w, _h, W) => ({ x: Math.round((W - w) / 2), y: space.l }),
  () => ({ x: space.l, y: space.l }),
  (_w, h, _W, H) => ({ x: space.l, y: aboveActions(h, H) }),
  (w, h, W, H) => ({ x: W - space.l - w, y: aboveActions(h, H) }),
];

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Moves the chip to the first spot that hides no button and no text drawn on the canvas, else the first that
 * hides no button (a caption must never cover a control; it may cover words only where nothing else is free).
 */
function placeClear(chip: HTMLElement, drawnTexts: () => DOMRect[]): void {
  const buttons = [...document.querySelectorAll<HTMLElement>('#ui-layer button')]
    .map((b) => b.getBoundingClientRect())
    .filter((r) => r.width > 2 && r.height > 2);
  const words = drawnTexts();
  // Measured at the origin: at its last spot, near the right edge, the text would wrap and the chip grow.
  chip.style.left = '0px';
  chip.style.top = '0px';
  const w = chip.offsetWidth;
  const h = chip.offsetHeight;
  // The stage is laid out at the game's size (its scale is a transform), so its offset size is the game's.
  const W = chip.parentElement?.offsetWidth ?? 0;
  const H = chip.parentElement?.offsetHeight ?? 0;
  // Where the chip will rest, from the stage's box: its own box is still shifted by its entrance animation.
  const stage = (chip.offsetParent ?? chip.parentElement)?.getBoundingClientRect();
  const scale = stage && W ? stage.width / W : 1;
  const rectAt = ({ x, y }: { x: number; y: number }) =>
    new DOMRect((stage?.left ?? 0) + x * scale, (stage?.top ?? 0) + y * scale, w * scale, h * scale);
  const spots = SPOTS.map((spot) => spot(w, h, W, H));
  const free = (r: DOMRect, busy: DOMRect[]) => !busy.some((b) => overlaps(r, b));
  const best =
    spots.find((at) => free(rectAt(at), [...buttons, ...words])) ??
    spots.find((at) => free(rectAt(at), buttons)) ??
    spots[0];
  chip.style.left = `${best?.x ?? space.l}px`;
  chip.style.top = `${best?.y ?? space.l}px`;
}

/** Where the captions go: the DOM layer's stage (src/ui/domLayer.ts). */
export interface CaptionHost {
  attach<T extends HTMLElement>(el: T): T;
}

/**
 * Shows every meaningful sound as a short caption in a corner free of buttons (and of the canvas's text,
 * `drawnTexts` in CSS px, where a corner is), muted or not; the newest
 * replaces the one before. Hidden from screen readers (the scenes already announce what happened); while
 * shown, the chip carries the sound's id in data-caption. Returns the function that uninstalls it.
 */
export function installSoundCaptions(
  audio: GameAudio,
  host: CaptionHost,
  drawnTexts: () => DOMRect[] = () => [],
): () => void {
  const chip = document.createElement('div');
  chip.className = 'sound-caption';
  chip.setAttribute('aria-hidden', 'true');
  const note = document.createElement('span');
  note.className = 'sound-caption-note';
  note.textContent = '♪';
  const text = document.createElement('span');
  chip.append(note, text);
  let timers: ReturnType<typeof setTimeout>[] = [];
  const clearTimers = () => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };

  const show = (id: SoundId) => {
    const key = SOUND_CAPTIONS[id];
    if (!key) return;
    clearTimers();
    text.textContent = t(key);
    chip.dataset.caption = id;
    chip.classList.remove('leaving');
    if (!chip.isConnected) {
      host.attach(chip);
      // A screen laid out again (a turned phone) brings its buttons back elsewhere.
      if (chip.parentElement) controls.observe(chip.parentElement, { childList: true });
    }
    placeClear(chip, drawnTexts);
    // A sound played as a screen opens comes before that screen's buttons: look again once they are there.
    replace();
    timers.push(
      setTimeout(() => chip.classList.add('leaving'), CAPTION_MS),
      setTimeout(() => {
        chip.remove();
        delete chip.dataset.caption;
      }, CAPTION_MS + FADE_MS),
    );
  };

  const replace = () =>
    requestAnimationFrame(() => {
      if (chip.isConnected) placeClear(chip, drawnTexts);
    });
  // A new screen brings new buttons: a caption still showing moves out of their way.
  const screens = new MutationObserver(replace);
  const controls = new MutationObserver(replace);
  screens.observe(document.body, { attributes: true, attributeFilter: ['data-scene'] });
  const stop = audio.subscribe(show);
  return () => {
    stop();
    screens.disconnect();
    controls.disconnect();
    clearTimers();
    chip.remove();
  };
}
