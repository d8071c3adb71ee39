/**
 * The kiosk's built-in settings. An operator changes the first three in kiosk.json beside index.html, with no
 * rebuild (src/modes/kiosk/kioskSettings.ts); the crash guard's stay here. `moreInfoUrl` is the page visitors
 * reach with their phone from the end screen's QR code (shown as text and as a QR code, never as a link).
 */
export const KIOSK_CONFIG = {
  /** Where the end screen's QR code leads. */
  moreInfoUrl: 'https://www.onisep.fr/',
  /** Seconds without a touch before the countdown starts (`&idle=SECONDS` overrides it). */
  idleSeconds: 90,
  /** The countdown's length at the default timeout; a shorter `idle` scales it down. */
  countdownSeconds: 25,
  /** Three crashes within five minutes stop the reloading and show the static fallback page. */
  crashLimit: 3,
  crashWindowMs: 5 * 60_000,
  /** How long the friendly crash screen stays before the game reloads. */
  crashScreenMs: 2500,
  /** The static page shown when the game keeps crashing (public/kiosk-fallback.html). */
  fallbackPage: './kiosk-fallback.html',
} as const;

export type KioskConfig = typeof KIOSK_CONFIG;

/** The countdown for an idle timeout: the configured length, but never more than half the timeout. */
export function countdownSeconds(idleSeconds: number, full: number = KIOSK_CONFIG.countdownSeconds): number {
  return Math.max(1, Math.min(full, Math.round(idleSeconds / 2)));
}
