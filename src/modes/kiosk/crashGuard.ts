import { kiosk as kioskEn } from '../../i18n/locales/en/kiosk.ts';
import { kiosk as kioskFr } from '../../i18n/locales/fr/kiosk.ts';
import { KIOSK_CONFIG } from './config.ts';
import { readCrashLog, recordCrash, writeCrashLog } from './crashLog.ts';
import { wipeGameKeys } from './wipe.ts';

/** Errors the browser raises about itself, not the game: they must not restart a kiosk. */
const HARMLESS = /ResizeObserver loop/;

function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
}

function localStore(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/**
 * The friendly screen, in French and English: whatever broke, the language setting or the fetched strings
 * may be part of it, so these two lines ship inside the code.
 */
function showCrashScreen(): void {
  const el = document.createElement('div');
  el.className = 'kiosk-overlay';
  el.id = 'kiosk-crash';
  el.setAttribute('role', 'alert');
  const card = document.createElement('div');
  card.className = 'card';
  const lines: [string, string][] = [
    ['h2', kioskFr['kiosk.crashTitle']],
    ['p', kioskFr['kiosk.crashText']],
    ['p', `${kioskEn['kiosk.crashTitle']} ${kioskEn['kiosk.crashText']}`],
  ];
  for (const [tag, text] of lines) {
    const line = document.createElement(tag);
    line.textContent = text;
    card.append(line);
  }
  el.append(card);
  document.body.append(el);
}

/**
 * Turns any uncaught error into a friendly screen and a reload to the attract loop, with the visitor's
 * data wiped; the third crash within five minutes goes to a static page instead, so a broken kiosk
 * never loops. Installed before anything else, so even a failing boot recovers.
 */
export function guardCrashes(reloadUrl: string, config = KIOSK_CONFIG): void {
  let crashed = false;
  const crash = () => {
    if (crashed) return;
    crashed = true;
    const storage = sessionStore();
    const { log, tooMany } = recordCrash(
      readCrashLog(storage),
      Date.now(),
      config.crashWindowMs,
      config.crashLimit,
    );
    writeCrashLog(storage, log);
    wipeGameKeys(localStore());
    wipeGameKeys(storage);
    if (tooMany) {
      location.replace(config.fallbackPage);
      return;
    }
    showCrashScreen();
    setTimeout(() => location.replace(reloadUrl), config.crashScreenMs);
  };
  window.addEventListener('error', (e) => {
    if (!HARMLESS.test(e.message ?? '')) crash();
  });
  window.addEventListener('unhandledrejection', crash);
}
