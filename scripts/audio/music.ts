/**
 * The music loops, one per mood. Each is rendered as a circle (notes and echoes that ring past the end come
 * back in at the start), so it loops without a seam; each lasts a whole number of bars.
 */
import type { MusicId } from '../../src/audio/audio.ts';
import { finale } from './moods/finale.ts';
import { live } from './moods/live.ts';
import { mission } from './moods/mission.ts';
import { office } from './moods/office.ts';
import { title } from './moods/title.ts';

export { loopSeconds, TEMPOS, type Tempo } from './score.ts';

export const MUSIC_RENDERERS: Record<MusicId, (seconds: number) => Float64Array> = {
  office,
  title,
  mission,
  live,
  finale,
};
