import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { MAX_SESSION_MISSIONS } from '../sim/classroom/sessionCode.ts';
import { seedFrom } from '../sim/rng.ts';
import { MISSIONS_KEY } from './missionsFragment.ts';

/** Beyond this a fragment or a file is not a few missions: refused before it is inflated. */
const MAX_PACKED_CHARS = 100_000;
/** Beyond this, once inflated: a deflate bomb, not missions. */
const MAX_JSON_BYTES = 2_000_000;

export type MissionObject = Record<string, unknown>;
export type LinkRefusal = 'unreadable' | 'notMissions' | 'tooMany';
export type ReadMissions = { ok: true; missions: MissionObject[] } | { ok: false; refusal: LinkRefusal };

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));

/** Missions as the fragment of a link: JSON, deflated, in URL-safe base64. */
export function missionsFragment(missions: readonly MissionObject[]): string {
  return `#${MISSIONS_KEY}=${toBase64Url(deflateSync(strToU8(JSON.stringify(missions)), { level: 9 }))}`;
}

/** A list of one to four mission objects, or the reason it is not. */
export function missionList(json: unknown): ReadMissions {
  const list = Array.isArray(json) ? json : [json];
  if (list.length === 0 || !list.every((m) => typeof m === 'object' && m !== null && !Array.isArray(m)))
    return { ok: false, refusal: 'notMissions' };
  if (list.length > MAX_SESSION_MISSIONS) return { ok: false, refusal: 'tooMany' };
  return { ok: true, missions: list as MissionObject[] };
}

/** Reads the missions a link's fragment packs; anything else is refused with the reason, nothing thrown. */
export function unpackMissions(packed: string): ReadMissions {
  if (packed.length > MAX_PACKED_CHARS || !/^[A-Za-z0-9_-]+$/.test(packed))
    return { ok: false, refusal: 'unreadable' };
  try {
    // Inflated into a bounded buffer: a deflate bomb fills it and is refused, never the page's memory.
    const bytes = inflateSync(fromBase64Url(packed), { out: new Uint8Array(MAX_JSON_BYTES + 1) });
    if (bytes.length > MAX_JSON_BYTES) return { ok: false, refusal: 'unreadable' };
    return missionList(JSON.parse(strFromU8(bytes)));
  } catch {
    return { ok: false, refusal: 'unreadable' };
  }
}

/** A print of the missions, kept in a custom session's seed: the same missions give the same print. */
export const missionsPrint = (missions: readonly MissionObject[]): number =>
  seedFrom(JSON.stringify(missions));
