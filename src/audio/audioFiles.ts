import type { MusicId, SoundId } from './audio.ts';

// Every file scripts/gen-audio.ts wrote, as a URL; each stays a file of its own and loads only when asked.
const FILES = import.meta.glob<string>('../../assets/audio/*.mp3', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The URL of a sound effect's file, or undefined if the file is missing from assets/audio. */
export const soundUrl = (id: SoundId): string | undefined => FILES[`../../assets/audio/${id}.mp3`];

/** The URL of a music loop's file, or undefined if the file is missing from assets/audio. */
export const musicUrl = (id: MusicId): string | undefined => FILES[`../../assets/audio/music-${id}.mp3`];

/** Where a loop lies in its file, in ms: the file wraps a little of the loop round each seam (scripts/audio/mp3.ts). */
export interface LoopWindow {
  startMs: number;
  lengthMs: number;
}

// Written by scripts/gen-audio.ts beside the files, and bundled (half a kilobyte).
const LOOPS_FILE = import.meta.glob<{ loops: Partial<Record<string, LoopWindow>> }>(
  '../../assets/audio/loops.json',
  { eager: true, import: 'default' },
);
const LOOPS = LOOPS_FILE['../../assets/audio/loops.json']?.loops ?? {};

/** The loop's window in its music file, as assets/audio/loops.json gives it. */
export const musicLoop = (id: MusicId): LoopWindow | undefined => LOOPS[id];
