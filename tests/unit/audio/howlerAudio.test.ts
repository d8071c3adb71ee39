import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for Howler's Howl: records what the wrapper asks and lets the test fire Howler's events. */
const fake = vi.hoisted(() => {
  interface Handler {
    event: string;
    fn: (...args: unknown[]) => void;
    id?: number;
  }
  interface Options {
    src: string[];
    volume: number;
    loop: boolean;
    sprite?: Record<string, [number, number, boolean?]>;
    onloaderror?: (id: number, error: unknown) => void;
  }
  let nextId = 1;
  class FakeHowl {
    static all: FakeHowl[] = [];
    groupVolume: number;
    sounds = new Map<number, { playing: boolean; volume: number }>();
    fades: { from: number; to: number; ms: number; id: number }[] = [];
    stopped: number[] = [];
    private handlers: Handler[] = [];
    constructor(readonly options: Options) {
      this.groupVolume = options.volume;
      FakeHowl.all.push(this);
    }
    get src() {
      return this.options.src[0];
    }
    played: (string | undefined)[] = [];
    play(sprite?: string) {
      this.played.push(sprite);
      const id = nextId++;
      this.sounds.set(id, { playing: false, volume: this.groupVolume });
      return id;
    }
    /** What Howler does once the file is loaded and the browser lets it play. */
    start(id: number) {
      const sound = this.sounds.get(id);
      if (sound) sound.playing = true;
      this.emit('play', id);
    }
    failLoad() {
      this.options.onloaderror?.(0, 'decode error');
    }
    stop(id: number) {
      this.stopped.push(id);
      const sound = this.sounds.get(id);
      if (sound) sound.playing = false;
      return this;
    }
    fade(from: number, to: number, ms: number, id: number) {
      this.fades.push({ from, to, ms, id });
      return this;
    }
    endFade(id: number) {
      const fade = [...this.fades].reverse().find((f) => f.id === id);
      const sound = this.sounds.get(id);
      if (fade && sound) sound.volume = fade.to;
      this.emit('fade', id);
    }
    volume(value?: number, id?: number) {
      if (value === undefined) return id === undefined ? this.groupVolume : this.sounds.get(id)?.volume;
      if (id === undefined) this.groupVolume = value;
      else {
        const sound = this.sounds.get(id);
        if (sound) sound.volume = value;
      }
      return this;
    }
    playing(id?: number) {
      if (id === undefined) return [...this.sounds.values()].some((s) => s.playing);
      return this.sounds.get(id)?.playing ?? false;
    }
    once(event: string, fn: (...args: unknown[]) => void, id?: number) {
      this.handlers.push({ event, fn, id });
      return this;
    }
    private emit(event: string, id: number) {
      const due = this.handlers.filter((h) => h.event === event && (h.id === undefined || h.id === id));
      this.handlers = this.handlers.filter((h) => !due.includes(h));
      for (const h of due) h.fn(id);
    }
  }
  const Howler = { noAudio: false, mute: vi.fn(), stop: vi.fn() };
  const missing = new Set<string>();
  return { FakeHowl, Howler, missing };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));
vi.mock('../../../src/audio/audioFiles.ts', () => ({
  soundUrl: (id: string) => (fake.missing.has(id) ? undefined : `/assets/${id}.mp3`),
  musicUrl: (id: string) => (fake.missing.has(`music-${id}`) ? undefined : `/assets/music-${id}.mp3`),
  musicLoop: (id: string) =>
    fake.missing.has(`loop-${id}`) ? undefined : { startMs: 92.9, lengthMs: 14400 },
}));

const { CROSSFADE_MS, createHowlerAudio } = await import('../../../src/audio/howlerAudio.ts');
const { SOUND_IDS } = await import('../../../src/audio/audio.ts');

const howlOf = (src: string) => fake.FakeHowl.all.find((h) => h.src === `/assets/${src}.mp3`);
const musicHowls = () => fake.FakeHowl.all.filter((h) => h.src?.includes('music-'));
const firstSound = (howl: InstanceType<typeof fake.FakeHowl> | undefined) =>
  [...(howl?.sounds.keys() ?? [])][0] ?? -1;

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fake.FakeHowl.all = [];
  fake.missing.clear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('howler audio', () => {
  it('loads a music loop only when its mood is first asked for, and loops it', () => {
    const audio = createHowlerAudio();
    audio.preload();
    expect(musicHowls()).toHaveLength(0);
    audio.playMusic('mission');
    expect(musicHowls().map((h) => h.src)).toEqual(['/assets/music-mission.mp3']);
    expect(howlOf('music-mission')?.options.loop).toBe(true);
  });

  it("plays only the loop's window of the music file, looping (its edges wrap round the seam)", () => {
    const audio = createHowlerAudio();
    audio.playMusic('mission');
    const howl = howlOf('music-mission');
    expect(howl?.options.sprite).toEqual({ loop: [92.9, 14400, true] });
    expect(howl?.played).toEqual(['loop']);
  });

  it('skips a mood whose loop window is missing, warning once, and effects still play', () => {
    fake.missing.add('loop-live');
    const audio = createHowlerAudio();
    audio.playMusic('live');
    audio.playMusic('live');
    expect(musicHowls()).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
    audio.play('click');
    expect(howlOf('click')).toBeDefined();
  });

  it('fades the music in once it really plays, to the music volume', () => {
    const audio = createHowlerAudio();
    audio.setVolumes({ music: 0.4, effects: 0.9 });
    audio.playMusic('title');
    const howl = howlOf('music-title');
    const id = firstSound(howl);
    expect(howl?.fades).toEqual([]);
    howl?.start(id);
    expect(howl?.fades).toEqual([{ from: 0, to: 0.4, ms: CROSSFADE_MS, id }]);
  });

  it('does not restart a mood asked for again', () => {
    const audio = createHowlerAudio();
    audio.playMusic('office');
    audio.playMusic('office');
    expect(howlOf('music-office')?.sounds.size).toBe(1);
  });

  it('crossfades when the mood changes: the old one fades out, then stops', () => {
    const audio = createHowlerAudio();
    audio.playMusic('office');
    const office = howlOf('music-office');
    const officeId = firstSound(office);
    office?.start(officeId);
    office?.endFade(officeId);
    audio.playMusic('live');
    const live = howlOf('music-live');
    const liveId = firstSound(live);
    expect(office?.fades.at(-1)).toEqual({ from: 0.5, to: 0, ms: CROSSFADE_MS, id: officeId });
    expect(office?.stopped).toEqual([]);
    live?.start(liveId);
    expect(live?.fades).toEqual([{ from: 0, to: 0.5, ms: CROSSFADE_MS, id: liveId }]);
    office?.endFade(officeId);
    expect(office?.stopped).toEqual([officeId]);
  });

  it('keeps the music and effects volumes apart', () => {
    const audio = createHowlerAudio();
    audio.preload();
    audio.playMusic('office');
    const office = howlOf('music-office');
    const id = firstSound(office);
    office?.start(id);
    audio.setVolumes({ music: 0.1, effects: 0.7 });
    expect(office?.sounds.get(id)?.volume).toBe(0.1);
    expect(office?.groupVolume).toBe(0);
    for (const sound of SOUND_IDS) expect(howlOf(sound)?.groupVolume, sound).toBe(0.7);
    audio.setVolumes({ music: 0.3, effects: 0.7 });
    expect(howlOf('click')?.groupVolume).toBe(0.7);
  });

  it('mutes through Howler, and still tells listeners every sound', () => {
    const audio = createHowlerAudio();
    const heard: string[] = [];
    audio.subscribe((id) => heard.push(id));
    audio.setMuted(true);
    audio.play('coin');
    expect(fake.Howler.mute).toHaveBeenLastCalledWith(true);
    expect(heard).toEqual(['coin']);
    expect(audio.lastPlayed).toBeNull();
  });

  it('goes on silently, warning once, when a file is missing', () => {
    fake.missing.add('music-finale');
    fake.missing.add('coin');
    const audio = createHowlerAudio();
    expect(() => {
      audio.playMusic('finale');
      audio.stopMusic();
      audio.playMusic('finale');
      audio.play('coin');
      audio.play('coin');
    }).not.toThrow();
    expect(howlOf('music-finale')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('gives up on a music that failed to load, without asking for it again', () => {
    const audio = createHowlerAudio();
    audio.playMusic('live');
    howlOf('music-live')?.failLoad();
    audio.playMusic('office');
    audio.playMusic('live');
    expect(fake.FakeHowl.all.filter((h) => h.src === '/assets/music-live.mp3')).toHaveLength(1);
    expect(warn).toHaveBeenCalledOnce();
  });
});
