import { describe, expect, it } from 'vitest';
import type { GameAudio } from '../../../src/audio/audio.ts';
import { createLazyAudio } from '../../../src/audio/lazyAudio.ts';
import { createSilentAudio, type SilentAudio } from '../../../src/audio/silentAudio.ts';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('lazy audio', () => {
  it('loads nothing until asked, then applies the settings given meanwhile', async () => {
    let inner: SilentAudio | null = null;
    const audio = createLazyAudio(async () => {
      inner = createSilentAudio();
      return inner;
    });
    audio.setMuted(true);
    audio.setVolumes({ music: 0.2, effects: 0.3 });
    expect(inner).toBeNull();
    audio.playMusic('office');
    await flush();
    const loaded = inner as SilentAudio | null;
    expect(loaded?.muted).toBe(true);
    expect(loaded?.volumes).toEqual({ music: 0.2, effects: 0.3 });
    expect(loaded?.music).toBe('office');
  });

  it('shows every sound to listeners even before the real audio has loaded', () => {
    const audio = createLazyAudio(() => new Promise<GameAudio>(() => {}));
    const heard: string[] = [];
    audio.subscribe((id) => heard.push(id));
    audio.play('click');
    expect(heard).toEqual(['click']);
    expect(audio.lastPlayed).toBe('click');
  });

  it('stays silent, without throwing, when the audio cannot be loaded', async () => {
    const audio = createLazyAudio(() => Promise.reject(new Error('no chunk')));
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    audio.preload();
    await flush();
    console.warn = warn;
    expect(() => audio.play('click')).not.toThrow();
    expect(warnings).toHaveLength(1);
  });

  it('hands plays to the real audio once it is there', async () => {
    const inner = createSilentAudio();
    const audio = createLazyAudio(async () => inner);
    audio.preload();
    await flush();
    audio.play('select');
    expect(inner.played).toEqual(['select']);
  });
});
