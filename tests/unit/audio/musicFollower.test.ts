import { describe, expect, it } from 'vitest';
import type { MusicId } from '../../../src/audio/audio.ts';
import { followMusic } from '../../../src/audio/musicFollower.ts';
import { createSilentAudio } from '../../../src/audio/silentAudio.ts';

function screens(first: string) {
  let key = first;
  const listeners = new Set<() => void>();
  return {
    key: () => key,
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
    const stop = followMusic(route, audio);
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
