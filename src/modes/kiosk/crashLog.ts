import type { KeyValueStorage } from '../../state/safeStorage.ts';

/**
 * Where crash times are kept between reloads. Outside the game's `pedago-studio.` keys on purpose: it is
 * about the machine, not a visitor, so the visitor wipe leaves it (and it lives in sessionStorage only).
 */
export const CRASH_LOG_KEY = 'pedago-kiosk.crashes';

/** Adds a crash to the log, forgetting those older than the window; too many means stop reloading. */
export function recordCrash(
  log: readonly number[],
  now: number,
  windowMs: number,
  limit: number,
): { log: number[]; tooMany: boolean } {
  const recent = [...log.filter((t) => t <= now && now - t < windowMs), now];
  return { log: recent, tooMany: recent.length >= limit };
}

export function readCrashLog(storage: KeyValueStorage | null): number[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(CRASH_LOG_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((t): t is number => typeof t === 'number') : [];
  } catch {
    return [];
  }
}

export function writeCrashLog(storage: KeyValueStorage | null, log: readonly number[]): void {
  try {
    storage?.setItem(CRASH_LOG_KEY, JSON.stringify(log));
  } catch {
    // A kiosk that cannot count its crashes still recovers from each one.
  }
}
