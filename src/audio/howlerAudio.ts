import { Howl, Howler } from 'howler';
import {
  clampVolumes,
  createSoundListeners,
  DEFAULT_VOLUMES,
  type GameAudio,
  type MusicId,
  SOUND_IDS,
  type SoundId,
  type Volumes,
} from './audio.ts';
import { type LoopWindow, musicLoop, musicUrl, soundUrl } from './audioFiles.ts';
import { createSilentAudio } from './silentAudio.ts';

/** The sprite that plays a music file's loop window, round and round. */
const LOOP = 'loop';

/**
 * One mood fades out while the next fades in. The loops' first samples are not silent (echoes wrap round
 * the seam), so music always fades in, even the first time.
 */
export const CROSSFADE_MS = 600;

interface MusicPlayback {
  id: MusicId;
  howl: Howl;
  soundId: number | null;
}

/**
 * Howler behind GameAudio. Effects share the effects volume (each effect's group volume); music has its own
 * (the volume of the one music playback), so the two sliders never touch each other. Music loads only the
 * mood asked for, when first asked. Throws only while constructing, when the browser has no audio at all.
 */
export function createHowlerAudio(): GameAudio {
  if (Howler.noAudio) throw new Error('this browser has no audio output');

  const listeners = createSoundListeners();
  const warned = new Set<string>();
  const warnOnce = (key: string, message: string, detail?: unknown) => {
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(`audio: ${message}; the game goes on without it.`, detail ?? '');
  };
  const guard = (what: string, action: () => void) => {
    try {
      action();
    } catch (error) {
      warnOnce(`exception:${what}`, `Howler failed in ${what}`, error);
    }
  };
  const reportLocked = (detail: unknown) =>
    warnOnce('locked', 'the browser blocked playback until the first tap, click or key', detail);

  const howls = new Map<string, Howl>();
  const broken = new Set<string>();
  const load = (
    key: string,
    src: string | undefined,
    volume: number,
    loop: LoopWindow | null,
    onUnlock?: () => void,
  ) => {
    if (!src) {
      broken.add(key);
      warnOnce(`missing:${key}`, `no file for "${key}" in assets/audio`);
      return;
    }
    const howl = new Howl({
      src: [src],
      format: ['mp3'],
      preload: true,
      volume,
      loop: loop !== null,
      // A loop plays only its window of the file, whose edges are wrapped round the seam, so it repeats with
      // no gap whatever silence the browser's MP3 decoder adds at the file's start (scripts/audio/mp3.ts).
      ...(loop ? { sprite: { [LOOP]: [loop.startMs, loop.lengthMs, true] } } : {}),
      onloaderror: (_id, error) => {
        broken.add(key);
        warnOnce(`load:${key}`, `could not load or decode "${key}"`, error);
      },
      onplayerror: (_id, error) => {
        reportLocked(error);
        if (onUnlock) howl.once('unlock', onUnlock);
      },
    });
    howls.set(key, howl);
  };

  let volumes: Volumes = { ...DEFAULT_VOLUMES };
  let muted = false;
  let lastPlayed: SoundId | null = null;
  let music: MusicPlayback | null = null;

  // Effects load only when asked (after the title is up), so they never delay the first usable screen.
  const loadEffects = () => {
    for (const id of SOUND_IDS) {
      if (!howls.has(id) && !broken.has(id))
        guard('load', () => load(id, soundUrl(id), volumes.effects, null));
    }
  };

  const musicHowl = (id: MusicId): Howl | undefined => {
    const key = `music-${id}`;
    if (!howls.has(key) && !broken.has(key)) {
      // A play lost to an autoplay lock (HTML5 fallback) is retried on unlock, if that music is still wanted.
      const retry = () =>
        guard('playMusic', () => {
          if (music?.id === id && !music.howl.playing()) startMusic(id);
        });
      // Group volume stays 0: each playback fades its own sound id in and out, so a new start never jumps.
      const span = musicLoop(id);
      if (span) load(key, musicUrl(id), 0, span, retry);
      else {
        broken.add(key);
        warnOnce(`missing:${key}`, `no loop window for "${key}" in assets/audio/loops.json`);
      }
    }
    return broken.has(key) ? undefined : howls.get(key);
  };

  const startMusic = (id: MusicId) => {
    const howl = musicHowl(id);
    if (!howl) return;
    if (music?.soundId != null) music.howl.stop(music.soundId);
    const soundId = howl.play(LOOP);
    music = { id, howl, soundId };
    if (soundId === null) return;
    // On 'play', not now: a sound still loading, or waiting for the first gesture, cannot fade yet.
    howl.once('play', () => howl.fade(0, volumes.music, CROSSFADE_MS, soundId), soundId);
  };

  const fadeOutMusic = () => {
    if (!music) return;
    const { howl, soundId } = music;
    music = null;
    if (soundId === null) return;
    if (!howl.playing(soundId)) {
      howl.stop(soundId);
      return;
    }
    const current = howl.volume(soundId);
    howl.once('fade', () => howl.stop(soundId), soundId);
    howl.fade(typeof current === 'number' ? current : volumes.music, 0, CROSSFADE_MS, soundId);
  };

  return {
    get lastPlayed() {
      return lastPlayed;
    },
    preload: loadEffects,
    play(id) {
      listeners.emit(id);
      if (muted) return;
      lastPlayed = id;
      loadEffects();
      if (broken.has(id)) return;
      guard('play', () => howls.get(id)?.play());
    },
    playMusic(id) {
      if (music?.id === id) return;
      guard('stopMusic', fadeOutMusic);
      guard('playMusic', () => startMusic(id));
    },
    stopMusic() {
      guard('stopMusic', fadeOutMusic);
    },
    setMuted(value) {
      muted = value;
      guard('setMuted', () => Howler.mute(value));
    },
    setVolumes(v) {
      volumes = clampVolumes(v, volumes);
      guard('setVolumes', () => {
        for (const id of SOUND_IDS) howls.get(id)?.volume(volumes.effects);
        if (music?.soundId != null && music.howl.playing(music.soundId))
          music.howl.volume(volumes.music, music.soundId);
      });
    },
    stopAll() {
      music = null;
      guard('stopAll', () => Howler.stop());
    },
    subscribe: listeners.subscribe,
  };
}

/** The Howler audio, or the silent fake if Howler cannot even start (no audio device, blocked API...). */
export function createAudio(): GameAudio {
  try {
    return createHowlerAudio();
  } catch (error) {
    console.warn('audio: unavailable, the game goes on silently.', error);
    return createSilentAudio();
  }
}
