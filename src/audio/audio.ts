/** The sound the game can make, behind one small interface (Howler in the browser, a silent fake elsewhere). */

export const SOUND_IDS = [
  'click',
  'select',
  'deselect',
  'error',
  'jingle-good',
  'jingle-mid',
  'jingle-bad',
  /** A screen changes. */
  'page',
  /** Money: a tool or a team member paid for, a salary shown. */
  'coin',
  /** An event card appears. */
  'card',
  /** A chat message or a forum post arrives during a live moment. */
  'chat',
  /** A technical hitch. */
  'alert',
  /** A storyboard card put in place. */
  'drop',
  /** A promotion. */
  'rank-up',
  /** A star of the results lands. */
  'star',
  /** Quiz answers. */
  'right',
  'wrong',
] as const;
export type SoundId = (typeof SOUND_IDS)[number];

/** One music loop per mood; the screen registry (src/scenes/registry.ts) says which screen gets which. */
export const MUSIC_IDS = ['title', 'office', 'mission', 'live', 'finale'] as const;
export type MusicId = (typeof MUSIC_IDS)[number];

/** What a screen sounds like: one of the loops, or silence. */
export type Mood = MusicId | 'silence';

export interface Volumes {
  music: number;
  effects: number;
}

export type SoundListener = (id: SoundId) => void;

/**
 * Mute semantics, shared by every implementation:
 * - listeners hear every `play`, muted or not, because captions matter most when the sound is off;
 * - `lastPlayed` is the last sound played while not muted (even if the device then failed to make it),
 *   so a muted `play` leaves it unchanged.
 * No method throws: audio problems are reported once with console.warn and the game goes on silently.
 */
export interface GameAudio {
  /** Starts loading the effects; until then the first play of a sound loads it. */
  preload(): void;
  play(id: SoundId): void;
  playMusic(id: MusicId): void;
  stopMusic(): void;
  setMuted(muted: boolean): void;
  setVolumes(v: Volumes): void;
  stopAll(): void;
  /** Calls listener on every play (see above); returns the unsubscribe function. */
  subscribe(listener: SoundListener): () => void;
  readonly lastPlayed: SoundId | null;
}

/** The onSound hook both implementations share: a listener that throws cannot break the sound or the others. */
export function createSoundListeners(): { subscribe: GameAudio['subscribe']; emit: (id: SoundId) => void } {
  const listeners = new Set<SoundListener>();
  return {
    subscribe(listener) {
      // A wrapper, so subscribing the same function twice gives two independent subscriptions.
      const entry: SoundListener = (id) => listener(id);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    emit(id) {
      for (const listener of [...listeners]) {
        try {
          listener(id);
        } catch (error) {
          console.warn(`audio: a sound listener failed on "${id}"`, error);
        }
      }
    },
  };
}

/** Volumes are clamped to [0, 1]; a value that is not a finite number keeps the previous one. */
export function clampVolumes(next: Volumes, previous: Volumes): Volumes {
  const clamp = (v: number, old: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : old);
  return { music: clamp(next.music, previous.music), effects: clamp(next.effects, previous.effects) };
}

export const DEFAULT_VOLUMES: Readonly<Volumes> = { music: 0.5, effects: 0.8 };
