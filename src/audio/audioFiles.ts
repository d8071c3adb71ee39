import type { MusicId, SoundId } from './audio.ts';

// Every file scripts/gen-audio.ts wrote, as a URL; each stays a file of its own and loads only when asked.
const FILES = import.meta.glob<string>('../../assets/audio/*.wav', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The URL of a sound effect's file, or undefined if the file is missing from assets/audio. */
export const soundUrl = (id: SoundId): string | undefined => FILES[`../../assets/audio/${id}.wav`];

/** The URL of a music loop's file, or undefined if the file is missing from assets/audio. */
export const musicUrl = (id: MusicId): string | undefined => FILES[`../../assets/audio/music-${id}.wav`];
