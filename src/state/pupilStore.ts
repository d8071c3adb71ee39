import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Catalogue } from '../content/types.ts';
import { encodeResult, type MissionShape, TICKETS } from '../sim/classroom/resultCode.ts';
import { type MissionSummary, summariseRun } from '../sim/classroom/topics.ts';
import type { SafeStorage } from './safeStorage.ts';
import type { GameStore } from './store.ts';

/**
 * What a pupil's device keeps for a class session, besides the game save: an optional pseudonym (never a
 * name: it is not even in the result code), the ticket that tells apart codes of identical runs, and the
 * summary of each mission evaluated, which the result code is written from.
 */
export interface PupilState {
  pseudonym: string;
  ticket: number;
  summaries: Record<string, MissionSummary>;
  setPseudonym(pseudonym: string): void;
}

export interface PupilDeps {
  game: GameStore;
  catalogue: Catalogue;
  storage: SafeStorage;
  /** Storage key, namespaced by session. */
  key: string;
  random: () => number;
}

export const PSEUDONYM_MAX = 20;

type Saved = Pick<PupilState, 'pseudonym' | 'ticket' | 'summaries'>;

function load(deps: PupilDeps): Saved {
  const fresh = { pseudonym: '', ticket: Math.floor(deps.random() * TICKETS) % TICKETS, summaries: {} };
  try {
    const saved = JSON.parse(deps.storage.get(deps.key) ?? 'null') as Partial<Saved> | null;
    if (!saved || typeof saved !== 'object') return fresh;
    return {
      pseudonym: typeof saved.pseudonym === 'string' ? saved.pseudonym.slice(0, PSEUDONYM_MAX) : '',
      ticket: Number.isInteger(saved.ticket) ? (saved.ticket as number) % TICKETS : fresh.ticket,
      summaries: saved.summaries && typeof saved.summaries === 'object' ? saved.summaries : {},
    };
  } catch {
    return fresh;
  }
}

export function createPupilStore(deps: PupilDeps) {
  const store = createStore<PupilState>()(
    subscribeWithSelector((set) => ({
      ...load(deps),
      setPseudonym: (pseudonym) => set({ pseudonym: pseudonym.trim().slice(0, PSEUDONYM_MAX) }),
    })),
  );
  const save = () => {
    const { pseudonym, ticket, summaries } = store.getState();
    deps.storage.set(deps.key, JSON.stringify({ pseudonym, ticket, summaries }));
  };
  save();
  store.subscribe(save);
  // Each mission is summed up as soon as it is evaluated, before the run makes way for the next one.
  const record = () => {
    const run = deps.game.getState().run;
    const summary = run ? summariseRun(run, deps.catalogue) : null;
    if (!run || !summary) return;
    const old = store.getState().summaries[run.missionId];
    if (old && JSON.stringify(old) === JSON.stringify(summary)) return;
    store.setState({ summaries: { ...store.getState().summaries, [run.missionId]: summary } });
  };
  record();
  deps.game.subscribe((s) => s.run, record);
  return store;
}

export type PupilStore = ReturnType<typeof createPupilStore>;

/** The pupil's result code once every mission of the session is summed up; null before. */
export function resultCodeOf(
  s: Pick<PupilState, 'ticket' | 'summaries'>,
  sessionCode: string,
  missionIds: readonly string[],
  shapes: readonly MissionShape[],
): string | null {
  const missions = missionIds.map((id) => s.summaries[id]);
  if (missions.some((m) => !m)) return null;
  try {
    return encodeResult(sessionCode, shapes, { ticket: s.ticket, missions: missions as MissionSummary[] });
  } catch {
    // A summary out of range can only come from a hand-edited save: no code rather than a wrong one.
    return null;
  }
}
