import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSoundListeners, SOUND_IDS, type SoundId } from '../../../src/audio/audio.ts';
import { createSilentAudio } from '../../../src/audio/silentAudio.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('silent audio', () => {
  it('records what was played, in order', () => {
    const audio = createSilentAudio();
    expect(audio.lastPlayed).toBeNull();
    audio.play('click');
    audio.play('jingle-good');
    expect(audio.played).toEqual(['click', 'jingle-good']);
    expect(audio.lastPlayed).toBe('jingle-good');
  });

  it('does not count a muted play as heard, but still tells the listeners (captions)', () => {
    const audio = createSilentAudio();
    const heard: SoundId[] = [];
    audio.subscribe((id) => heard.push(id));
    audio.play('select');
    audio.setMuted(true);
    audio.play('error');
    expect(audio.played).toEqual(['select']);
    expect(audio.requested).toEqual(['select', 'error']);
    expect(audio.lastPlayed).toBe('select');
    expect(heard).toEqual(['select', 'error']);
    audio.setMuted(false);
    audio.play('deselect');
    expect(audio.lastPlayed).toBe('deselect');
  });

  it('subscribes and unsubscribes', () => {
    const audio = createSilentAudio();
    const a: SoundId[] = [];
    const b: SoundId[] = [];
    const stopA = audio.subscribe((id) => a.push(id));
    audio.subscribe((id) => b.push(id));
    audio.play('click');
    stopA();
    stopA();
    audio.play('jingle-mid');
    expect(a).toEqual(['click']);
    expect(b).toEqual(['click', 'jingle-mid']);
  });

  it('keeps a subscription per subscribe call, even for the same function', () => {
    const audio = createSilentAudio();
    const seen: SoundId[] = [];
    const listener = (id: SoundId) => seen.push(id);
    const stopFirst = audio.subscribe(listener);
    audio.subscribe(listener);
    stopFirst();
    audio.play('click');
    expect(seen).toEqual(['click']);
  });

  it('survives a listener that throws, warning instead of failing the play', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const audio = createSilentAudio();
    const seen: SoundId[] = [];
    audio.subscribe(() => {
      throw new Error('broken caption');
    });
    audio.subscribe((id) => seen.push(id));
    expect(() => audio.play('error')).not.toThrow();
    expect(seen).toEqual(['error']);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('lets a listener unsubscribe itself while being called', () => {
    const { subscribe, emit } = createSoundListeners();
    const seen: SoundId[] = [];
    const stop = subscribe((id) => {
      seen.push(id);
      stop();
    });
    emit('click');
    emit('click');
    expect(seen).toEqual(['click']);
  });

  it('tracks music, volumes (clamped) and stopAll', () => {
    const audio = createSilentAudio();
    audio.playMusic('office');
    expect(audio.music).toBe('office');
    audio.stopMusic();
    expect(audio.music).toBeNull();
    audio.setVolumes({ music: 2, effects: -1 });
    expect(audio.volumes).toEqual({ music: 1, effects: 0 });
    audio.setVolumes({ music: Number.NaN, effects: 0.25 });
    expect(audio.volumes).toEqual({ music: 1, effects: 0.25 });
    audio.playMusic('office');
    audio.stopAll();
    expect(audio.music).toBeNull();
  });

  it('lists every sound id once', () => {
    expect(new Set(SOUND_IDS).size).toBe(SOUND_IDS.length);
  });
});
