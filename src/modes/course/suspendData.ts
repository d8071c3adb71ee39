import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** SCORM 1.2 keeps at most this many characters in `cmi.suspend_data` (CMIString4096). */
export const SUSPEND_LIMIT = 4096;
/** Marks the game's own suspend data, and its format: a platform's leftovers or another course's are refused. */
const TAG = 'PS1.';

export type Unpacked = { ok: true; values: Record<string, string> } | { ok: false; reason: string };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The course's stored values as suspend data: JSON, deflated, in base64 (only characters every platform
 * keeps as they are). Deflating makes room for a mission under way: the JSON is three to four times longer.
 */
export function packSuspend(values: Record<string, string>): string {
  return TAG + toBase64(deflateSync(strToU8(JSON.stringify(values)), { level: 9 }));
}

/** Reads suspend data back; anything not written by packSuspend is refused with the reason. */
export function unpackSuspend(text: string): Unpacked {
  if (!text.startsWith(TAG)) return { ok: false, reason: 'not this game’s suspend data' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(inflateSync(fromBase64(text.slice(TAG.length)))));
  } catch {
    return { ok: false, reason: 'damaged suspend data' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, reason: 'suspend data is not a set of values' };
  const entries = Object.entries(parsed);
  if (entries.some(([, v]) => typeof v !== 'string'))
    return { ok: false, reason: 'suspend data holds a value that is not text' };
  return { ok: true, values: Object.fromEntries(entries) as Record<string, string> };
}

/**
 * The suspend data for `values`, made to fit: when it is too long, `lighter` drops what can be lost (the
 * mission under way, replayed from its start on return) and it is packed again. Null if even that is too long.
 */
export function fittingSuspend(
  values: Record<string, string>,
  lighter: (values: Record<string, string>) => Record<string, string>,
): string | null {
  const full = packSuspend(values);
  if (full.length <= SUSPEND_LIMIT) return full;
  const light = packSuspend(lighter(values));
  return light.length <= SUSPEND_LIMIT ? light : null;
}
