import {
  clampVolumes,
  createSoundListeners,
  DEFAULT_VOLUMES,
  type GameAudio,
  type MusicId,
  type SoundId,
  type Volumes,
} from './audio.ts';

/** A GameAudio that makes no sound and remembers what it was asked: for tests and for machines without audio. */
export interface SilentAudio extends GameAudio {
  /** Sounds that would have been heard (muted plays are left out). */
  readonly played: readonly SoundId[];
  /** Every play request, muted or not. */
  readonly requested: readonly SoundId[];
  readonly music: MusicId | null;
  readonly muted: boolean;
  readonly volumes: Readonly<Volumes>;
}

export function createSilentAudio(): SilentAudio {
  const listeners = createSoundListeners();
  const played: SoundId[] = [];
  const requested: SoundId[] = [];
  let lastPlayed: SoundId | null = null;
  let music: MusicId | null = null;
  let muted = false;
  let volumes: Volumes = { ...DEFAULT_VOLUMES };

  return {
    preload() {},
    get played() {
      return played;
    },
    get requested() {
      return requested;
    },
    get lastPlayed() {
      return lastPlayed;
    },
    get music() {
      return music;
    },
    get muted() {
      return muted;
    },
    get volumes() {
      return volumes;
    },
    play(id) {
      requested.push(id);
      if (!muted) {
        played.push(id);
        lastPlayed = id;
      }
      listeners.emit(id);
    },
    playMusic(id) {
      music = id;
    },
    stopMusic() {
      music = null;
    },
    setMuted(value) {
      muted = value;
    },
    setVolumes(v) {
      volumes = clampVolumes(v, volumes);
    },
    stopAll() {
      music = null;
    },
    subscribe: listeners.subscribe,
  };
}
