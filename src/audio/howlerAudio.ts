import { Howl, Howler } from 'howler';
import clickUrl from '../../assets/audio/click.wav';
import deselectUrl from '../../assets/audio/deselect.wav';
import errorUrl from '../../assets/audio/error.wav';
import jingleBadUrl from '../../assets/audio/jingle-bad.wav';
import jingleGoodUrl from '../../assets/audio/jingle-good.wav';
import jingleMidUrl from '../../assets/audio/jingle-mid.wav';
import musicOfficeUrl from '../../assets/audio/music-office.wav';
import selectUrl from '../../assets/audio/select.wav';
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
import { createSilentAudio } from './silentAudio.ts';

const SOUND_URLS: Record<SoundId, string> = {
  click: clickUrl,
  select: selectUrl,
  deselect: deselectUrl,
  error: errorUrl,
  'jingle-good': jingleGoodUrl,
  'jingle-mid': jingleMidUrl,
  'jingle-bad': jingleBadUrl,
};
const MUSIC_URLS: Record<MusicId, string> = { office: musicOfficeUrl };

// The loop's first sample is not silent (echoes wrap round the seam), so music always fades in.
const MUSIC_FADE_IN_MS = 800;
const MUSIC_FADE_OUT_MS = 300;

interface MusicPlayback {
  id: MusicId;
  howl: Howl;
  soundId: number | null;
}

/** Howler behind GameAudio. Throws only while constructing, when the browser has no audio at all. */
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
  const load = (key: string, src: string, volume: number, loop: boolean, onUnlock?: () => void) =>
    new Howl({
      src: [src],
      format: ['wav'],
      preload: true,
      volume,
      loop,
      onloaderror: (_id, error) => {
        broken.add(key);
        warnOnce(`load:${key}`, `could not load or decode "${key}"`, error);
      },
      onplayerror: (_id, error) => {
        reportLocked(error);
        if (onUnlock) howls.get(key)?.once('unlock', onUnlock);
      },
    });

  let volumes: Volumes = { ...DEFAULT_VOLUMES };
  let muted = false;
  let lastPlayed: SoundId | null = null;
  let music: MusicPlayback | null = null;

  // Effects load only when asked (after the title is up), so they never delay the first usable screen.
  const loadEffects = () => {
    for (const id of SOUND_IDS) {
      if (!howls.has(id))
        guard('load', () => howls.set(id, load(id, SOUND_URLS[id], volumes.effects, false)));
    }
  };

  const musicHowl = (id: MusicId): Howl | undefined => {
    const key = `music-${id}`;
    if (!howls.has(key)) {
      // A play lost to an autoplay lock (HTML5 fallback) is retried on unlock, if that music is still wanted.
      const retry = () =>
        guard('playMusic', () => {
          if (music?.id === id && !music.howl.playing()) startMusic(id);
        });
      // Group volume stays 0: each playback fades its own sound id in and out, so a new start never jumps.
      howls.set(key, load(key, MUSIC_URLS[id], 0, true, retry));
    }
    return broken.has(key) ? undefined : howls.get(key);
  };

  const startMusic = (id: MusicId) => {
    const howl = musicHowl(id);
    if (!howl) return;
    if (music?.soundId != null) music.howl.stop(music.soundId);
    const soundId = howl.play();
    music = { id, howl, soundId };
    if (soundId === null) return;
    // On 'play', not now: a sound still loading or locked cannot fade yet.
    howl.once('play', () => howl.fade(0, volumes.music, MUSIC_FADE_IN_MS, soundId), soundId);
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
    howl.fade(typeof current === 'number' ? current : volumes.music, 0, MUSIC_FADE_OUT_MS, soundId);
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
      if (broken.has(id)) return;
      loadEffects();
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
        if (music?.soundId != null) music.howl.volume(volumes.music, music.soundId);
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
