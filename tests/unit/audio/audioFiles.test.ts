import { describe, expect, it } from 'vitest';
import { MUSIC_IDS, SOUND_IDS } from '../../../src/audio/audio.ts';
import { musicLoop, musicUrl, soundUrl } from '../../../src/audio/audioFiles.ts';

describe('audio files', () => {
  it('finds a file for every sound and every mood', () => {
    for (const id of SOUND_IDS) expect(soundUrl(id), id).toMatch(new RegExp(`${id}\\.mp3`));
    for (const id of MUSIC_IDS) expect(musicUrl(id), id).toMatch(new RegExp(`music-${id}\\.mp3`));
  });

  it('knows where each loop lies in its file: after a short wrap, between 12 and 16 seconds long', () => {
    for (const id of MUSIC_IDS) {
      const loop = musicLoop(id);
      expect(loop?.startMs, id).toBeGreaterThan(50);
      expect(loop?.startMs, id).toBeLessThan(200);
      expect(loop?.lengthMs, id).toBeGreaterThanOrEqual(12_000);
      expect(loop?.lengthMs, id).toBeLessThanOrEqual(16_000);
    }
  });
});
