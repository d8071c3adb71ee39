import type { Catalogue, Mission } from '../../content/types.ts';
import { fitsInResultCode, type MissionShape } from './resultCode.ts';
import {
  MAX_SESSION_MISSIONS,
  SESSION_PLAYLISTS,
  type Session,
  type SessionPlaylist,
} from './sessionCode.ts';
import { topicCount } from './topics.ts';

export function shapeOf(mission: Mission): MissionShape {
  return { formats: mission.formats.length, topics: topicCount(mission) };
}

/** The missions a session plays: the first `length` of its playlist; null if the content no longer has them. */
export function sessionMissions(session: Session, cat: Catalogue): Mission[] | null {
  const ids: readonly string[] =
    (session.playlist === 'custom' ? cat.custom : cat.playlists[session.playlist]) ?? [];
  const missions = ids.slice(0, session.length).flatMap((id) => (cat.missions[id] ? [cat.missions[id]] : []));
  return missions.length === session.length ? missions : null;
}

/** What a teacher can choose from: each playlist of the catalogue and how long a session of it may be. */
export interface SessionOption {
  playlist: SessionPlaylist;
  missions: string[];
  /** Longest session of this playlist: at most four missions, and what a result code can hold. */
  maxLength: number;
}

/**
 * The playlists a teacher may pick, read from the catalogue in the order of SESSION_PLAYLISTS; a list
 * identical to one already offered is left out, so two names never mean the same session.
 */
export function sessionOptions(cat: Catalogue): SessionOption[] {
  const seen = new Set<string>();
  const out: SessionOption[] = [];
  for (const playlist of SESSION_PLAYLISTS) {
    const list = playlist === 'custom' ? cat.custom : cat.playlists[playlist];
    const missions = (list ?? []).flatMap((id) => cat.missions[id] ?? []);
    const ids = missions.map((m) => m.id);
    const key = ids.join(' ');
    if (ids.length === 0 || seen.has(key)) continue;
    seen.add(key);
    let maxLength = 0;
    for (let n = 1; n <= Math.min(MAX_SESSION_MISSIONS, ids.length); n++) {
      const shapes = missions.slice(0, n).map(shapeOf);
      if (fitsInResultCode(shapes)) maxLength = n;
    }
    if (maxLength > 0) out.push({ playlist, missions: ids, maxLength });
  }
  return out;
}
