import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIO_ASSETS, AUDIO_DIR, encodeWav, renderWav, SAMPLE_RATE } from '../../../scripts/gen-audio.ts';
import { MUSIC_IDS, SOUND_IDS } from '../../../src/audio/audio.ts';

interface Wav {
  sampleRate: number;
  channels: number;
  bits: number;
  samples: Int16Array;
}

/** A strict reader for the one layout the generator writes: RIFF, fmt (16 bytes, PCM), data. */
function readWav(bytes: Uint8Array): Wav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  expect(ascii(0)).toBe('RIFF');
  expect(view.getUint32(4, true)).toBe(bytes.length - 8);
  expect(ascii(8)).toBe('WAVE');
  expect(ascii(12)).toBe('fmt ');
  expect(view.getUint32(16, true)).toBe(16);
  expect(view.getUint16(20, true)).toBe(1);
  const channels = view.getUint16(22, true);
  const sampleRate = view.getUint32(24, true);
  const bits = view.getUint16(34, true);
  expect(view.getUint32(28, true)).toBe((sampleRate * channels * bits) / 8);
  expect(view.getUint16(32, true)).toBe((channels * bits) / 8);
  expect(ascii(36)).toBe('data');
  const dataLength = view.getUint32(40, true);
  expect(dataLength).toBe(bytes.length - 44);
  const samples = new Int16Array(dataLength / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(44 + 2 * i, true);
  return { sampleRate, channels, bits, samples };
}

const rendered = new Map<string, Uint8Array>(AUDIO_ASSETS.map((a) => [a.id, renderWav(a.id)]));
const bytesOf = (id: string) => rendered.get(id) ?? new Uint8Array();
// Buffer.equals, not toEqual: a failing toEqual would print a diff of 600 000 bytes.
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('gen-audio', () => {
  it('has one asset per sound and per music, each with its own file', () => {
    const ids = AUDIO_ASSETS.map((a) => a.id).sort();
    expect(ids).toEqual([...SOUND_IDS, ...MUSIC_IDS.map((m) => `music-${m}`)].sort());
    expect(new Set(AUDIO_ASSETS.map((a) => a.file)).size).toBe(AUDIO_ASSETS.length);
  });

  it('encodes a tiny known signal byte for byte', () => {
    const bytes = encodeWav([0, 1, -1, 0.5]);
    const { samples } = readWav(bytes);
    expect([...samples]).toEqual([0, 32767, -32767, 16384]);
  });

  for (const asset of AUDIO_ASSETS) {
    describe(asset.file, () => {
      const wav = readWav(bytesOf(asset.id));

      it('is 16-bit mono PCM at 22050 Hz', () => {
        expect(wav).toMatchObject({ sampleRate: SAMPLE_RATE, channels: 1, bits: 16 });
      });

      it('lasts as long as the table says', () => {
        expect(wav.samples.length).toBe(Math.round(asset.seconds * SAMPLE_RATE));
      });

      it('never clips and is not silent', () => {
        const peak = wav.samples.reduce((max, s) => Math.max(max, Math.abs(s)), 0);
        expect(peak).toBeLessThan(32767);
        expect(peak).toBeGreaterThan(3000);
      });

      it(
        asset.loop ? 'loops without a jump at the seam, near a zero crossing' : 'starts and ends in silence',
        () => {
          const first = wav.samples[0] ?? 0;
          const last = wav.samples[wav.samples.length - 1] ?? 0;
          if (asset.loop) {
            expect(Math.abs(first - last)).toBeLessThan(300);
            expect(Math.max(Math.abs(first), Math.abs(last))).toBeLessThan(1000);
          } else expect([Math.abs(first), Math.abs(last)]).toEqual([0, 0]);
        },
      );

      // The committed file was written by another process: matching it shows the output does not vary.
      it('matches the committed file (else run npm run assets:audio)', () => {
        expect(same(readFileSync(`${AUDIO_DIR}${asset.file}`), bytesOf(asset.id))).toBe(true);
      });
    });
  }

  const loops = AUDIO_ASSETS.filter((a) => a.loop);

  it('renders the same bytes twice in one process (all effects and the shortest loop; the rest is slow)', () => {
    const shortest = [...loops].sort((a, b) => a.seconds - b.seconds)[0];
    const again = [...AUDIO_ASSETS.filter((a) => !a.loop), ...(shortest ? [shortest] : [])];
    for (const { id } of again) expect(same(renderWav(id), bytesOf(id)), id).toBe(true);
  });

  it('has a loop for every mood, each of whole bars, about eight of them', () => {
    expect(loops.map((a) => a.id).sort()).toEqual(MUSIC_IDS.map((m) => `music-${m}`).sort());
    for (const { id, seconds, tempo } of loops) {
      if (!tempo) throw new Error(`${id} has no tempo`);
      const bars = (seconds * tempo.bpm) / 60 / tempo.beatsPerBar;
      expect(bars, id).toBeCloseTo(Math.round(bars), 9);
      expect(tempo.bars, id).toBe(Math.round(bars));
      expect(tempo.bars, id).toBeGreaterThanOrEqual(4);
      expect(tempo.bars, id).toBeLessThanOrEqual(16);
    }
  });

  it('gives each mood its own tempo or metre', () => {
    const feels = loops.map(({ tempo }) => `${tempo?.bpm}/${tempo?.beatsPerBar}`);
    expect(new Set(feels).size).toBe(loops.length);
  });

  it('keeps every music loop small and between 12 and 16 seconds', () => {
    for (const { id, seconds } of loops) {
      expect(seconds, id).toBeGreaterThanOrEqual(12);
      expect(seconds, id).toBeLessThanOrEqual(16);
      expect(bytesOf(id).length, id).toBeLessThan(700 * 1024);
    }
  });

  it('keeps effects short', () => {
    for (const { id, seconds } of AUDIO_ASSETS.filter((a) => !a.loop))
      expect(seconds, id).toBeLessThanOrEqual(2);
  });
});
