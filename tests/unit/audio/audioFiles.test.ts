import { describe, expect, it } from 'vitest';
import { MUSIC_IDS, SOUND_IDS } from '../../../src/audio/audio.ts';
import { musicUrl, soundUrl } from '../../../src/audio/audioFiles.ts';

describe('audio files', () => {
  it('finds a file for every sound and every mood', () => {
    for (const id of SOUND_IDS) expect(soundUrl(id), id).toMatch(new RegExp(`${id}\\.wav`));
    for (const id of MUSIC_IDS) expect(musicUrl(id), id).toMatch(new RegExp(`music-${id}\\.wav`));
  });
});
