import { describe, expect, it } from 'vitest';
import { MUSIC_IDS } from '../../../src/audio/audio.ts';
import { musicFor } from '../../../src/audio/moods.ts';

describe('musicFor', () => {
  it('gives each phase of a mission its mood', () => {
    expect(['brief', 'design', 'develop'].map(musicFor)).toEqual(['mission', 'mission', 'mission']);
    expect(['production', 'implement'].map(musicFor)).toEqual(['live', 'live']);
    expect(musicFor('results')).toBe('mission');
  });

  it('plays the title mood on the title and settings, the office around missions, the finale at the end', () => {
    expect(musicFor('title')).toBe('title');
    expect(musicFor('settings')).toBe('title');
    for (const hub of ['background', 'offers', 'codex', 'credits', 'rankup'])
      expect(musicFor(hub), hub).toBe('office');
    expect(musicFor('end')).toBe('finale');
    expect(musicFor('kiosk-end')).toBe('finale');
    expect(musicFor('classroom-end')).toBe('finale');
  });

  it('keeps the teacher screens and the kiosk attract loop silent', () => {
    for (const key of ['teacher-setup', 'teacher-session', 'class-debrief', 'attract', 'mode-boot'])
      expect(musicFor(key), key).toBeNull();
  });

  it('gives null for a key it does not know, even one from the prototype', () => {
    expect(musicFor('nowhere')).toBeNull();
    expect(musicFor('toString')).toBeNull();
    expect(musicFor('')).toBeNull();
  });

  it('uses every mood somewhere', () => {
    const keys = ['title', 'offers', 'brief', 'production', 'end'];
    expect(new Set(keys.map(musicFor))).toEqual(new Set(MUSIC_IDS));
  });
});
