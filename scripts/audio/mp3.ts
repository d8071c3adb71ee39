/**
 * MP3 encoding of the synthesised sounds, with LAME compiled to WebAssembly (wasm-media-encoders, MIT; a
 * build-time tool only: nothing of it ships). LAME at a constant bitrate is deterministic: the same samples
 * always give the same bytes, so the committed files can be checked against the script (the drift test).
 *
 * Why MP3 alone: every browser the game targets decodes it (Ogg Vorbis would need an MP3 fallback for
 * Safari, so two copies of each sound). Its one flaw is that a decoder adds silence before and after the
 * sound (the encoder's delay, 576 samples, plus the decoder's, 529, and padding up to a whole frame). Two
 * answers, each enough for the loops on its own:
 * - every file starts with a LAME "Info" frame (`infoFrame`) that says how much to trim at each end, as the LAME
 *   program writes it; Chromium (checked by tests/e2e/audio.e2e.ts) and other decoders that read the tag then
 *   decode exactly the samples that were synthesised, so effects start at once;
 * - a decoder that ignores the tag still loops the music seamlessly: see `wrapLoop`.
 */
import { readFileSync } from 'node:fs';
import { createMp3Encoder } from 'wasm-media-encoders';
import { SAMPLE_RATE } from './synth.ts';

/** The encoder's package version, recorded beside the files (a new LAME may write other bytes). */
export const ENCODER_VERSION: string = JSON.parse(
  readFileSync(new URL('../../node_modules/wasm-media-encoders/package.json', import.meta.url), 'utf8'),
).version;

export type Bitrate = 32 | 40 | 48 | 64;

/** Mono synth music without speech: 48 kbps at 22 050 Hz keeps it clean. */
export const MUSIC_KBPS: Bitrate = 48;
/** Effects are short and simple. */
export const EFFECT_KBPS: Bitrate = 40;

/**
 * Samples wrapped round a loop's seam before and after it: more than any decoder's offset (1 105 samples
 * untrimmed at most, 0 when the decoder trims the LAME delay).
 */
export const LOOP_WRAP = 2048;

/**
 * A music loop as encoded: its last LOOP_WRAP samples, the whole loop, then its first LOOP_WRAP samples.
 * The game plays it as a Howler sprite that loops from LOOP_WRAP for exactly the loop's length (Web Audio's
 * loopStart/loopEnd). Whatever silence a decoder puts before the sound (D ≤ LOOP_WRAP samples), the audio
 * inside that window is then loop[(i - D) mod length]: still the same circle, only started D samples earlier,
 * so the jump from its end back to its start lands on the very next sample of the music, with no gap or
 * click, whether the decoder trims its delay or not.
 */
export function wrapLoop(loop: ArrayLike<number>, wrap = LOOP_WRAP): Float32Array {
  const n = loop.length;
  if (n < wrap) throw new Error(`a loop of ${n} samples is shorter than its wrap of ${wrap}`);
  const out = new Float32Array(n + 2 * wrap);
  for (let i = 0; i < out.length; i++) out[i] = loop[(i - wrap + n) % n] ?? 0;
  return out;
}

/** Where the loop lies in the encoded file, in milliseconds (Howler's sprite units). */
export interface LoopWindow {
  startMs: number;
  lengthMs: number;
}

export const loopWindow = (loopSamples: number, wrap = LOOP_WRAP): LoopWindow => ({
  startMs: (wrap * 1000) / SAMPLE_RATE,
  lengthMs: (loopSamples * 1000) / SAMPLE_RATE,
});

let encoder: ReturnType<typeof createMp3Encoder> | undefined;

/** Constant-bitrate mono MP3 at SAMPLE_RATE; samples are in [-1, 1]. */
export async function encodeMp3(samples: ArrayLike<number>, kbps: Bitrate): Promise<Uint8Array> {
  encoder ??= createMp3Encoder();
  const lame = await encoder;
  lame.configure({ sampleRate: SAMPLE_RATE, channels: 1, bitrate: kbps });
  const pcm = Float32Array.from(samples, (s) => Math.max(-1, Math.min(1, s)));
  // Both calls return views into the encoder's memory: copy each before the next call.
  const body = lame.encode([pcm]).slice();
  const tail = lame.finalize().slice();
  const audio = new Uint8Array(body.length + tail.length);
  audio.set(body);
  audio.set(tail, body.length);
  const info = infoFrame(frameCount(audio), audio.length, pcm.length, kbps);
  const out = new Uint8Array(info.length + audio.length);
  out.set(info);
  out.set(audio, info.length);
  return out;
}

/** LAME's encoder delay at 22 050 Hz: the silence it puts before the first sample. */
export const ENCODER_DELAY = 576;
/** Samples in an MPEG-2 Layer III frame. */
export const FRAME_SAMPLES = 576;
const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

/** The length in bytes of the MPEG-2 Layer III frame at `at` (22 050 Hz), or 0 where no frame starts. */
export function frameLength(bytes: Uint8Array, at: number): number {
  const [b0, b1, b2] = [bytes[at], bytes[at + 1] ?? 0, bytes[at + 2] ?? 0];
  if (b0 !== 0xff || (b1 & 0xfe) !== 0xf2 || ((b2 >> 2) & 3) !== 0) return 0;
  const kbps = MPEG2_L3_KBPS[b2 >> 4] ?? 0;
  return kbps ? Math.floor((72 * kbps * 1000) / SAMPLE_RATE) + ((b2 >> 1) & 1) : 0;
}

/** How many frames back to back make up `bytes`; throws where something else is found. */
export function frameCount(bytes: Uint8Array): number {
  let frames = 0;
  for (let at = 0; at < bytes.length; frames++) {
    const length = frameLength(bytes, at);
    if (!length) throw new Error(`no MPEG-2 Layer III frame at byte ${at}`);
    at += length;
  }
  return frames;
}

/** Bytes of the Info frame: 64 kbps, the smallest frame at 22 050 Hz with room for the tag. */
const INFO_KBPS_INDEX = 8;
const INFO_BYTES = Math.floor((72 * 64_000) / SAMPLE_RATE);

/**
 * The frame LAME writes before the sound (the Xing "Info" header of a constant-bitrate file, then LAME's own
 * tag): a silent frame for a decoder that does not know it, and for one that does, the number of frames and
 * bytes after it and how many samples to drop at the start (encoder delay) and at the end (padding).
 */
export function infoFrame(frames: number, audioBytes: number, samples: number, kbps: Bitrate): Uint8Array {
  const padding = frames * FRAME_SAMPLES - ENCODER_DELAY - samples;
  if (padding < 0 || padding > 0xfff) throw new Error(`padding of ${padding} samples does not fit the tag`);
  const f = new Uint8Array(INFO_BYTES);
  const view = new DataView(f.buffer);
  // MPEG-2 Layer III, no CRC; 64 kbps, 22 050 Hz, no padding; mono.
  f.set([0xff, 0xf3, INFO_KBPS_INDEX << 4, 0xc0]);
  let at = 4 + 9; // after the header and a mono MPEG-2 frame's side information (left zero: no sound)
  const ascii = (text: string) => {
    for (const c of text) f[at++] = c.charCodeAt(0);
  };
  ascii('Info');
  view.setUint32(at, 0x0f); // frames, bytes, seek table and quality follow
  view.setUint32(at + 4, frames);
  view.setUint32(at + 8, INFO_BYTES + audioBytes);
  at += 12;
  for (let i = 0; i < 100; i++) f[at++] = Math.floor((i * 256) / 100); // seek table: constant bitrate
  at += 4; // quality: unused
  ascii('LAME3.100');
  f[at++] = 0x01; // tag revision 0, constant bitrate
  at += 1 + 4 + 2 + 2 + 1; // lowpass, peak, track and album gain, flags: not given
  f[at++] = kbps; // the sound's bitrate
  f[at++] = ENCODER_DELAY >> 4;
  f[at++] = ((ENCODER_DELAY & 0xf) << 4) | (padding >> 8);
  f[at++] = padding & 0xff;
  at += 1 + 1 + 2; // misc, MP3 gain, preset
  view.setUint32(at, INFO_BYTES + audioBytes);
  at += 4 + 2; // music length, then its CRC (not checked by decoders)
  view.setUint16(at, crc16(f.subarray(0, at))); // the tag's own CRC
  return f;
}

/** CRC-16/ARC (polynomial 0x8005, reflected), the one LAME's tag uses. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}
