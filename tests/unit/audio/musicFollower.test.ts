import { describe, expect, it } from 'vitest';
import type { Mood, MusicId } from '../../../src/audio/audio.ts';
import { followMusic } from '../../../src/audio/musicFollower.ts';
import { createSilentAudio } from '../../../src/audio/silentAudio.ts';

function screens(first: string) {
  let key = first;
  const listeners = new Set<() => void>();
  return {
    view: () => key,
    subscribe(fn: () => void) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    go(next: string) {
      key = next;
      for (const fn of listeners) fn();
    },
  };
}

// A few screens and their moods, as the registry would hand them over.
const MOODS: Record<string, Mood> = {
  title: 'title',
  background: 'office',
  offers: 'office',
  brief: 'mission',
  production: 'live',
  'teacher-setup': 'silence',
};
const moodOf = (screen: string): Mood => MOODS[screen] ?? 'silence';

describe('followMusic', () => {
  it('plays the mood of the screen shown, and silence where there is none', () => {
    const route = screens('title');
    const audio = createSilentAudio();
    const asked: (MusicId | null)[] = [];
    const { playMusic, stopMusic } = audio;
    audio.playMusic = (id) => {
      asked.push(id);
      playMusic(id);
    };
    audio.stopMusic = () => {
      asked.push(null);
      stopMusic();
    };
    const stop = followMusic(route, moodOf, audio);
    expect(audio.music).toBe('title');
    route.go('background');
    route.go('offers');
    route.go('offers');
    route.go('brief');
    route.go('production');
    route.go('teacher-setup');
    expect(asked).toEqual(['title', 'office', 'office', 'mission', 'live', null]);
    stop();
    route.go('title');
    expect(audio.music).toBeNull();
  });
});
