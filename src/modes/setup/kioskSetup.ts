import type { KioskServices } from '../../scenes/modeServices.ts';
import { playlistViewFor } from '../../state/modeRoutes.ts';
import { playNextMission } from '../../state/playlistFlow.ts';
import { memoryStorage, SafeStorage } from '../../state/safeStorage.ts';
import { createGameStore } from '../../state/store.ts';
import { countdownSeconds } from '../kiosk/config.ts';
import { CountdownOverlay } from '../kiosk/countdownOverlay.ts';
import { IdleWatch } from '../kiosk/idleWatch.ts';
import type { KioskSettings } from '../kiosk/kioskSettings.ts';
import { GAME_KEY_PREFIX, wipeGameKeys } from '../kiosk/wipe.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

function browserStores(): (Storage | null)[] {
  const get = (name: 'localStorage' | 'sessionStorage') => {
    try {
      return globalThis[name];
    } catch {
      return null;
    }
  };
  return [get('localStorage'), get('sessionStorage')];
}

/**
 * The kiosk: the kiosk playlist, French first, kept in memory only; an idle countdown that any touch
 * cancels, and at its end a reset that leaves nothing of the visitor on screen, in the DOM or in storage.
 * `settings` are kiosk.json's; the address's `&idle=` (`idleFromUrl`) wins over its timeout.
 */
export function setupKiosk(idleFromUrl: number | null, deps: SetupDeps, settings: KioskSettings): ModeSetup {
  const idleSeconds = idleFromUrl ?? settings.idleSeconds;
  const storage = new SafeStorage(memoryStorage());
  const cat = deps.catalogue;
  const store = createGameStore({
    opening: false,
    catalogue: cat,
    storage,
    newSeed: deps.newSeed,
    defaultLanguage: 'fr',
    playlist: 'kiosk',
  });
  const view = () => playlistViewFor(store.getState(), 'attract', 'kiosk-end');
  const overlay = new CountdownOverlay();
  let stopAudio = () => {};
  let clearScreen = () => {};

  const reset = () => {
    watch.disarm();
    overlay.remove();
    stopAudio();
    store.setState(store.getInitialState(), true);
    for (const k of storage.keys(GAME_KEY_PREFIX)) storage.remove(k);
    for (const s of browserStores()) wipeGameKeys(s);
    clearScreen();
  };
  const watch = new IdleWatch(idleSeconds * 1000, countdownSeconds(idleSeconds, settings.countdownSeconds), {
    countdown: (n) => overlay.show(n),
    cancel: () => overlay.hide(),
    expire: reset,
  });

  // A visit goes from one mission of the playlist straight to the next: no job board at a kiosk, and no
  // promotion screen either (the attract loop would otherwise show in the middle of a visit).
  store.subscribe(
    (s) => (s.screen === 'offers' || s.screen === 'rankup') && !!s.career && !s.career.done,
    (between) => {
      if (between) playNextMission(store, cat);
    },
  );

  const mode: KioskServices = {
    kind: 'kiosk',
    config: { moreInfoUrl: settings.moreInfoUrl },
    finishLabel: 'kiosk.finishMission',
    start: () => playNextMission(store, cat),
    reset,
  };
  return {
    store,
    catalogue: cat,
    mode,
    route: { view, subscribe: (fn) => store.subscribe(fn) },
    started({ audio, layer }) {
      stopAudio = () => audio.stopAll();
      clearScreen = () => {
        (document.activeElement as HTMLElement | null)?.blur();
        layer.announce('');
      };
      for (const type of ACTIVITY)
        window.addEventListener(type, () => watch.activity(), { capture: true, passive: true });
      const follow = () => (view() === 'attract' ? watch.disarm() : watch.arm());
      follow();
      store.subscribe(follow);
    },
  };
}
