import { MAX_IDLE, MIN_IDLE } from '../urlMode.ts';
import { KIOSK_CONFIG } from './config.ts';

/** What an operator sets in kiosk.json, beside index.html, without rebuilding the game. */
export interface KioskSettings {
  /** Where the end screen's QR code leads. */
  moreInfoUrl: string;
  /** Seconds without a touch before the countdown starts (the address's `&idle=` wins). */
  idleSeconds: number;
  /** The countdown's length at that timeout (never more than half of it). */
  countdownSeconds: number;
}

export const KIOSK_DEFAULTS: KioskSettings = {
  moreInfoUrl: KIOSK_CONFIG.moreInfoUrl,
  idleSeconds: KIOSK_CONFIG.idleSeconds,
  countdownSeconds: KIOSK_CONFIG.countdownSeconds,
};

const MAX_COUNTDOWN = 600;
/** Fields an operator may add for their own notes. */
const NOTES = new Set(['$comment', '_comment']);

export interface ReadKioskSettings {
  settings: KioskSettings;
  /** Each thing wrong, naming the field; the field keeps its default. Empty when all was read. */
  problems: string[];
}

function wholeIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function webAddress(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Reads kiosk.json's text (null when the file is absent). Every field is checked on its own: a wrong one
 * keeps its default and is named, the others still apply; a file that is not a JSON object keeps them all.
 */
export function readKioskSettings(text: string | null): ReadKioskSettings {
  const settings = { ...KIOSK_DEFAULTS };
  if (text === null) return { settings, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { settings, problems: [`not valid JSON (${(e as Error).message})`] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { settings, problems: ['not a JSON object of settings'] };
  const problems: string[] = [];
  const given = json as Record<string, unknown>;
  const take = <K extends keyof KioskSettings>(key: K, ok: (v: unknown) => boolean, rule: string) => {
    if (!(key in given)) return;
    if (ok(given[key])) settings[key] = given[key] as KioskSettings[K];
    else problems.push(`${key}: ${JSON.stringify(given[key]) ?? 'undefined'} ${rule}; the default is kept`);
  };
  take('moreInfoUrl', webAddress, 'is not a web address (https://…)');
  take(
    'idleSeconds',
    (v) => wholeIn(v, MIN_IDLE, MAX_IDLE),
    `is not a whole number of seconds from ${MIN_IDLE} to ${MAX_IDLE}`,
  );
  take(
    'countdownSeconds',
    (v) => wholeIn(v, 1, MAX_COUNTDOWN),
    `is not a whole number of seconds from 1 to ${MAX_COUNTDOWN}`,
  );
  for (const key of Object.keys(given))
    if (!(key in KIOSK_DEFAULTS) && !NOTES.has(key)) problems.push(`${key}: not a kiosk setting (ignored)`);
  return { settings, problems };
}

/** Fetches kiosk.json beside the game; the network or the file failing leaves the defaults, said once. */
export async function loadKioskSettings(warn: (message: string) => void): Promise<KioskSettings> {
  let text: string | null = null;
  try {
    const response = await fetch('./kiosk.json', { cache: 'no-cache' });
    if (response.ok) text = await response.text();
    else if (response.status !== 404)
      warn(`kiosk.json: the server answered ${response.status}; defaults used.`);
  } catch (e) {
    warn(`kiosk.json: could not be read (${(e as Error).message}); defaults used.`);
  }
  const read = readKioskSettings(text);
  for (const p of read.problems) warn(`kiosk.json: ${p}.`);
  return read.settings;
}
