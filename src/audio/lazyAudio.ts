import {
  clampVolumes,
  createSoundListeners,
  DEFAULT_VOLUMES,
  type GameAudio,
  type MusicId,
  type SoundId,
} from './audio.ts';

/**
 * A GameAudio that loads the real one (Howler and its sounds) only when first needed or asked to preload,
 * so that sound never delays the first screen. Settings given before then are applied once it arrives;
 * a failure to load leaves the game silent, never broken.
 */
export function createLazyAudio(load: () => Promise<GameAudio>): GameAudio {
  const listeners = createSoundListeners();
  let real: GameAudio | null = null;
  let requested = false;
  let muted = false;
  let volumes = { ...DEFAULT_VOLUMES };
  let music: MusicId | null = null;
  let lastPlayed: SoundId | null = null;

  const start = () => {
    if (requested) return;
    requested = true;
    load()
      .then((audio) => {
        real = audio;
        audio.setMuted(muted);
        audio.setVolumes(volumes);
        audio.preload();
        if (music) audio.playMusic(music);
      })
      .catch((error) => console.warn('audio: could not be loaded; the game goes on silently.', error));
  };

  return {
    preload: start,
    get lastPlayed() {
      return real ? real.lastPlayed : lastPlayed;
    },
    play(id) {
      listeners.emit(id);
      if (real) return real.play(id);
      if (!muted) lastPlayed = id;
      start();
    },
    playMusic(id) {
      music = id;
      if (real) real.playMusic(id);
      else start();
    },
    stopMusic() {
      music = null;
      real?.stopMusic();
    },
    setMuted(value) {
      muted = value;
      real?.setMuted(value);
    },
    setVolumes(v) {
      volumes = clampVolumes(v, volumes);
      real?.setVolumes(volumes);
    },
    stopAll() {
      music = null;
      real?.stopAll();
    },
    subscribe: listeners.subscribe,
  };
}
