import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  crc16,
  ENCODER_DELAY,
  ENCODER_VERSION,
  FRAME_SAMPLES,
  frameCount,
  infoFrame,
  LOOP_WRAP,
  wrapLoop,
} from '../../../scripts/audio/mp3.ts';
import {
  AUDIO_ASSETS,
  AUDIO_DIR,
  bitrateOf,
  loopsJson,
  renderFile,
  renderSamples,
  SAMPLE_RATE,
} from '../../../scripts/gen-audio.ts';
import { MUSIC_IDS, SOUND_IDS } from '../../../src/audio/audio.ts';

interface Mp3 {
  frames: number;
  kbps: Set<number>;
  sampleRates: Set<number>;
  mono: boolean;
  /** From the LAME tag in the first frame. */
  tag: { frames: number; bytes: number; delay: number; padding: number };
}

const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MPEG2_RATES = [22050, 24000, 16000];
const ascii = (bytes: Uint8Array, at: number, n: number) =>
  String.fromCharCode(...bytes.subarray(at, at + n));

/**
 * A strict reader for what the generator writes, written apart from it: a LAME Info frame, then MPEG-2 Layer III
 * frames back to back, nothing else.
 */
function readMp3(bytes: Uint8Array): Mp3 {
  const mp3: Mp3 = {
    frames: 0,
    kbps: new Set(),
    sampleRates: new Set(),
    mono: true,
    tag: { frames: 0, bytes: 0, delay: 0, padding: 0 },
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The Info frame: header, 9 bytes of side information, "Info", flags, frames, bytes, seek table, quality, LAME.
  expect(ascii(bytes, 13, 4)).toBe('Info');
  expect(view.getUint32(17)).toBe(0x0f);
  expect(ascii(bytes, 133, 9)).toBe('LAME3.100');
  const codes = view.getUint32(154) >>> 8;
  mp3.tag = {
    frames: view.getUint32(21),
    bytes: view.getUint32(25),
    delay: codes >>> 12,
    padding: codes & 0xfff,
  };
  expect(view.getUint16(167)).toBe(crc16(bytes.subarray(0, 167)));
  let at = 0;
  let first = true;
  while (at < bytes.length) {
    const [b0, b1, b2, b3] = [bytes[at], bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0];
    expect(b0, `frame sync at byte ${at}`).toBe(0xff);
    expect(b1 & 0xfe, `MPEG-2 Layer III at byte ${at}`).toBe(0xf2);
    const kbps = MPEG2_L3_KBPS[b2 >> 4] ?? 0;
    const rate = MPEG2_RATES[(b2 >> 2) & 3] ?? 0;
    expect(kbps * rate, `bitrate and sample rate at byte ${at}`).toBeGreaterThan(0);
    if (!first) {
      mp3.kbps.add(kbps);
      mp3.frames += 1;
    }
    mp3.sampleRates.add(rate);
    if (b3 >> 6 !== 3) mp3.mono = false;
    at += Math.floor((72 * kbps * 1000) / rate) + ((b2 >> 1) & 1);
    first = false;
  }
  expect(at, 'the last frame ends with the file').toBe(bytes.length);
  return mp3;
}

// Rendered once: synthesis takes about a second per loop, LAME a tenth of that.
const samples = new Map(AUDIO_ASSETS.map((a) => [a.id, renderSamples(a.id)]));
const pcmOf = (id: string) => samples.get(id as (typeof AUDIO_ASSETS)[number]['id']) ?? new Float64Array();
const encoded = new Map<string, Uint8Array>();
for (const a of AUDIO_ASSETS) encoded.set(a.id, await renderFile(a.id, pcmOf(a.id)));
const bytesOf = (id: string) => encoded.get(id) ?? new Uint8Array();
// Buffer.equals, not toEqual: a failing toEqual would print a diff of 90 000 bytes.
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const LSB = 1 / 32767;

describe('gen-audio', () => {
  it('has one asset per sound and per music, each with its own file', () => {
    const ids = AUDIO_ASSETS.map((a) => a.id).sort();
    expect(ids).toEqual([...SOUND_IDS, ...MUSIC_IDS.map((m) => `music-${m}`)].sort());
    expect(new Set(AUDIO_ASSETS.map((a) => a.file)).size).toBe(AUDIO_ASSETS.length);
    expect(AUDIO_ASSETS.every((a) => a.file.endsWith('.mp3'))).toBe(true);
  });

  it('writes the LAME tag of a known stream: delay, padding, counts and its CRC', () => {
    const tag = infoFrame(10, 1560, 10 * 576 - 576 - 100, 48);
    expect(tag.length).toBe(208);
    expect(frameCount(tag)).toBe(1);
    expect([...tag.subarray(154, 157)]).toEqual([0x24, 0x00, 0x64]); // delay 576, padding 100
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0xbb3d); // CRC-16/ARC's check value
    expect(() => infoFrame(1, 100, 2000, 48)).toThrow(/padding/);
    expect(ENCODER_DELAY).toBe(FRAME_SAMPLES);
  });

  it('wraps a loop round its seam: its tail before it, its head after it', () => {
    expect([...wrapLoop([1, 2, 3, 4, 5], 2)]).toEqual([4, 5, 1, 2, 3, 4, 5, 1, 2]);
    expect(() => wrapLoop([1, 2], 3)).toThrow(/shorter/);
  });

  for (const asset of AUDIO_ASSETS) {
    describe(asset.file, () => {
      const pcm = pcmOf(asset.id);

      it('lasts as long as the table says', () => {
        expect(pcm.length).toBe(Math.round(asset.seconds * SAMPLE_RATE));
      });

      it('never clips and is not silent', () => {
        const peak = pcm.reduce((max, s) => Math.max(max, Math.abs(s)), 0);
        expect(peak).toBeLessThan(1);
        expect(peak).toBeGreaterThan(3000 * LSB);
      });

      it(
        asset.loop ? 'loops without a jump at the seam, near a zero crossing' : 'starts and ends in silence',
        () => {
          const first = pcm[0] ?? 0;
          const last = pcm[pcm.length - 1] ?? 0;
          if (asset.loop) {
            expect(Math.abs(first - last)).toBeLessThan(300 * LSB);
            expect(Math.max(Math.abs(first), Math.abs(last))).toBeLessThan(1000 * LSB);
          } else expect([Math.abs(first), Math.abs(last)].every((s) => s < 0.5 * LSB)).toBe(true);
        },
      );

      it(`is mono constant-bitrate MP3 at 22050 Hz (${bitrateOf(asset.id)} kbps), tagged to decode to every sample and no more`, () => {
        const bytes = bytesOf(asset.id);
        const mp3 = readMp3(bytes);
        expect({ ...mp3, kbps: [...mp3.kbps], sampleRates: [...mp3.sampleRates] }).toMatchObject({
          kbps: [bitrateOf(asset.id)],
          sampleRates: [SAMPLE_RATE],
          mono: true,
        });
        expect(mp3.tag.frames).toBe(mp3.frames);
        expect(mp3.tag.bytes).toBe(bytes.length);
        expect(mp3.tag.delay).toBe(576);
        // What a decoder keeps once it drops the delay and the padding: exactly the samples written.
        const written = pcm.length + (asset.loop ? 2 * LOOP_WRAP : 0);
        expect(mp3.frames * 576 - mp3.tag.delay - mp3.tag.padding).toBe(written);
        expect(mp3.tag.padding).toBeLessThan(2 * 576);
      });

      // The committed file was written by another process: matching it shows the output does not vary.
      it(`matches the committed file (else run npm run assets:audio; encoder ${ENCODER_VERSION})`, () => {
        expect(same(readFileSync(`${AUDIO_DIR}${asset.file}`), bytesOf(asset.id))).toBe(true);
      });
    });
  }

  it('writes loops.json as the script does: where each loop lies in its file', () => {
    expect(readFileSync(`${AUDIO_DIR}loops.json`, 'utf8')).toBe(loopsJson());
    const { loops, wrapSamples } = JSON.parse(loopsJson());
    expect(wrapSamples).toBe(LOOP_WRAP);
    for (const m of MUSIC_IDS) {
      expect(loops[m].startMs, m).toBeCloseTo((LOOP_WRAP * 1000) / SAMPLE_RATE, 9);
      expect(loops[m].lengthMs, m).toBeCloseTo((pcmOf(`music-${m}`).length * 1000) / SAMPLE_RATE, 9);
    }
  });

  const loops = AUDIO_ASSETS.filter((a) => a.loop);

  it('renders and encodes the same bytes twice in one process (all effects and the shortest loop)', async () => {
    const shortest = [...loops].sort((a, b) => a.seconds - b.seconds)[0];
    const again = [...AUDIO_ASSETS.filter((a) => !a.loop), ...(shortest ? [shortest] : [])];
    for (const { id } of again) expect(same(await renderFile(id), bytesOf(id)), id).toBe(true);
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

  it('keeps every music loop small (under 100 kB) and between 12 and 16 seconds', () => {
    for (const { id, seconds } of loops) {
      expect(seconds, id).toBeGreaterThanOrEqual(12);
      expect(seconds, id).toBeLessThanOrEqual(16);
      expect(bytesOf(id).length, id).toBeLessThan(100_000);
    }
  });

  it('keeps effects short and light (all of them under 60 kB)', () => {
    const effects = AUDIO_ASSETS.filter((a) => !a.loop);
    for (const { id, seconds } of effects) expect(seconds, id).toBeLessThanOrEqual(2);
    expect(effects.reduce((sum, a) => sum + bytesOf(a.id).length, 0)).toBeLessThan(60_000);
  });
});
