/**
 * Synthesises the game's sound effects and music loop into assets/audio/ (run: npm run assets:audio).
 * Pure TypeScript, no dependency, no randomness from the clock: the same code always writes the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MusicId, SoundId } from '../src/audio/audio.ts';

export const SAMPLE_RATE = 22050;

export type AudioAssetId = SoundId | `music-${MusicId}`;

export interface AudioAsset {
  id: AudioAssetId;
  file: string;
  seconds: number;
  loop: boolean;
  purpose: string;
}

const MUSIC_BPM = 128;
const MUSIC_BARS = 8;
const BEAT = 60 / MUSIC_BPM;
const BAR = 4 * BEAT;

const asset = (id: AudioAssetId, seconds: number, purpose: string, loop = false): AudioAsset => ({
  id,
  file: `${id}.wav`,
  seconds,
  loop,
  purpose,
});

/** What each file is for; the renderers below make exactly `seconds` of sound. */
export const AUDIO_ASSETS: readonly AudioAsset[] = [
  asset('click', 0.06, 'soft tick on any button press'),
  asset('select', 0.12, 'rising blip: an option toggled on'),
  asset('deselect', 0.12, 'falling blip: an option toggled off'),
  asset('error', 0.34, 'gentle "uh-uh": action refused'),
  asset('jingle-good', 1.2, 'bright three-note success jingle'),
  asset('jingle-mid', 1.0, 'open, encouraging three-note jingle'),
  asset('jingle-bad', 1.1, 'soft descending "try again"'),
  asset('music-office', MUSIC_BARS * BAR, `calm office loop, ${MUSIC_BARS} bars at ${MUSIC_BPM} bpm`, true),
];

// ---------- synthesis ----------

/** The timbre and envelope of a note; times in seconds. */
interface Voice {
  /** Relative amplitudes of harmonics 1, 2, 3... */
  partials: readonly number[];
  gain: number;
  attack: number;
  release: number;
  /** Time constant of the exponential decay. */
  decay?: number;
  /** Extra decay per harmonic above the first, so upper partials fade first (mallet-like). */
  damping?: number;
  vibrato?: { rate: number; depth: number };
}

interface Note extends Voice {
  start: number;
  length: number;
  freq: number;
  /** Exponential glide from freq to this frequency over the note. */
  endFreq?: number;
}

const MALLET = [1, 0.4, 0.15, 0.08];
const SOFT = [1, 0.2, 0.05];

const midi = (n: number) => 440 * 2 ** ((n - 69) / 12);

function addNote(buf: Float64Array, note: Note): void {
  const first = Math.round(note.start * SAMPLE_RATE);
  const count = Math.round(note.length * SAMPLE_RATE);
  const glide = (note.endFreq ?? note.freq) / note.freq;
  const phases = note.partials.map(() => 0);
  for (let n = 0; n < count && first + n < buf.length; n++) {
    const t = n / SAMPLE_RATE;
    const left = note.length - t;
    // Raised-cosine edges: no step at either end of a note, so nothing clicks.
    const attack = t < note.attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / note.attack) : 1;
    const release = left < note.release ? 0.5 - 0.5 * Math.cos((Math.PI * left) / note.release) : 1;
    const env = note.gain * attack * release * Math.exp(-t / (note.decay ?? Number.POSITIVE_INFINITY));
    const vib = note.vibrato ? 1 + note.vibrato.depth * Math.sin(2 * Math.PI * note.vibrato.rate * t) : 1;
    const freq = note.freq * glide ** (t / note.length) * vib;
    let sample = 0;
    note.partials.forEach((amp, k) => {
      const phase = (phases[k] ?? 0) + (2 * Math.PI * freq * (k + 1)) / SAMPLE_RATE;
      phases[k] = phase;
      if (freq * (k + 1) < SAMPLE_RATE / 2)
        sample += amp * Math.sin(phase) * Math.exp(-t * k * (note.damping ?? 0));
    });
    buf[first + n] = (buf[first + n] ?? 0) + env * sample;
  }
}

/** mulberry32: a tiny seeded generator, so the noise is the same on every run. */
function seeded(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A few milliseconds of low-passed noise: the "contact" of a tick. */
function addNoiseBurst(buf: Float64Array, length: number, gain: number, seed: number): void {
  const random = seeded(seed);
  const count = Math.round(length * SAMPLE_RATE);
  let low = 0;
  for (let n = 0; n < count && n < buf.length; n++) {
    low += 0.35 * (random() * 2 - 1 - low);
    buf[n] = (buf[n] ?? 0) + gain * Math.sin((Math.PI * n) / count) ** 2 * low;
  }
}

/** Scales to the given peak (below 1), so no sample can reach full scale. */
function normalise(buf: Float64Array, peak: number): Float64Array {
  let max = 0;
  for (const s of buf) max = Math.max(max, Math.abs(s));
  if (max > 0) for (let i = 0; i < buf.length; i++) buf[i] = ((buf[i] ?? 0) * peak) / max;
  return buf;
}

/** A few milliseconds of fade at both ends of a one-shot sound, whatever its notes do. */
function fadeEdges(buf: Float64Array, fadeIn = 0.003, fadeOut = 0.006): Float64Array {
  const a = Math.round(fadeIn * SAMPLE_RATE);
  const b = Math.round(fadeOut * SAMPLE_RATE);
  for (let n = 0; n < a; n++) buf[n] = (buf[n] ?? 0) * (n / a);
  for (let n = 0; n < b; n++) buf[buf.length - 1 - n] = (buf[buf.length - 1 - n] ?? 0) * (n / b);
  return buf;
}

const silence = (seconds: number) => new Float64Array(Math.round(seconds * SAMPLE_RATE));

/** "midi@start:length ..." -> [midi, start, length]; the unit of start and length is the caller's. */
function parseNotes(score: string): [number, number, number][] {
  return score
    .trim()
    .split(/\s+/)
    .map((token) => {
      const [note = '', start = '', length = ''] = token.split(/[@:]/);
      return [Number(note), Number(start), Number(length)];
    });
}

// ---------- effects ----------

function click(seconds: number): Float64Array {
  const buf = silence(seconds);
  const tick: Voice = { partials: [1, 0.12], gain: 1, attack: 0.002, release: 0.02, decay: 0.014 };
  addNote(buf, { ...tick, start: 0, length: seconds, freq: 1400, endFreq: 950 });
  addNoiseBurst(buf, 0.006, 0.25, 1);
  return fadeEdges(normalise(buf, 0.5), 0.001);
}

function blip(from: number, to: number, peak: number) {
  return (seconds: number): Float64Array => {
    const buf = silence(seconds);
    const voice: Voice = { partials: SOFT, gain: 1, attack: 0.005, release: 0.04, decay: 0.07 };
    addNote(buf, { ...voice, start: 0, length: seconds, freq: from, endFreq: to });
    return fadeEdges(normalise(buf, peak));
  };
}

/** Two short, low, rounded pulses, the second a little lower: a refusal that does not scold. */
function error(seconds: number): Float64Array {
  const buf = silence(seconds);
  const pulse: Voice = {
    partials: [1, 0, 0.28, 0, 0.1],
    gain: 1,
    attack: 0.012,
    release: 0.05,
    decay: 0.2,
    damping: 8,
  };
  addNote(buf, { ...pulse, start: 0, length: 0.13, freq: 196 });
  addNote(buf, { ...pulse, start: 0.17, length: 0.16, freq: 185 });
  return fadeEdges(normalise(buf, 0.45));
}

/** Mallet notes, the last one held with a slight vibrato. Start and length in seconds. */
function jingle(score: string, peak: number) {
  return (seconds: number): Float64Array => {
    const buf = silence(seconds);
    const notes = parseNotes(score);
    notes.forEach(([note, start, length], i) => {
      const last = i === notes.length - 1;
      const voice: Voice = {
        partials: MALLET,
        gain: 1,
        attack: 0.008,
        damping: 5,
        release: 0.08,
        decay: 0.35,
      };
      const held: Partial<Voice> = last
        ? { release: 0.3, decay: 0.55, vibrato: { rate: 5.5, depth: 0.003 } }
        : {};
      addNote(buf, { ...voice, ...held, start, length, freq: midi(note) });
    });
    return fadeEdges(normalise(buf, peak));
  };
}

function jingleGood(seconds: number): Float64Array {
  const buf = jingle('72@0:0.5 76@0.13:0.55 79@0.26:0.94', 0.8)(seconds);
  // A quiet octave above the last note gives the sparkle without a fourth note.
  const shimmer = silence(seconds);
  const bell: Voice = { partials: [1], gain: 1, attack: 0.01, release: 0.3, decay: 0.3 };
  addNote(shimmer, { ...bell, start: 0.26, length: seconds - 0.26, freq: midi(91) });
  normalise(shimmer, 0.08);
  return normalise(
    buf.map((s, i) => s + (shimmer[i] ?? 0)),
    0.8,
  );
}

function jingleBad(seconds: number): Float64Array {
  const buf = silence(seconds);
  const voice: Voice = { partials: SOFT, gain: 1, attack: 0.02, release: 0.12, decay: 0.5, damping: 3 };
  addNote(buf, { ...voice, start: 0, length: 0.38, freq: midi(69) });
  addNote(buf, { ...voice, start: 0.3, length: 0.4, freq: midi(65) });
  addNote(buf, { ...voice, start: 0.6, length: 0.5, freq: midi(62), endFreq: midi(62) * 0.97, release: 0.3 });
  return fadeEdges(normalise(buf, 0.6));
}

// ---------- music ----------

const CHORDS = {
  C: { bass: 48, pad: [60, 64, 67] },
  Am: { bass: 45, pad: [60, 64, 69] },
  F: { bass: 41, pad: [60, 65, 69] },
  G: { bass: 43, pad: [59, 62, 67] },
  Dm: { bass: 50, pad: [62, 65, 69] },
} as const;
const PROGRESSION = ['C', 'Am', 'F', 'G', 'C', 'Am', 'Dm', 'G'] as const;

/** One score per bar, start and length in beats. */
const MELODY = [
  '64@0:1.5 67@1.5:0.5 72@2:2',
  '71@0:1 69@1:1 64@2:2',
  '65@0:1 69@1:1 72@2:1.5 71@3.5:0.5',
  '74@0:2 71@2:1 67@3:1',
  '64@0:1 67@1:1 72@2:1 76@3:1',
  '74@0:2 72@2:1 69@3:1',
  '65@0:1 69@1:1 74@2:1 72@3:1',
  '71@0:2 74@2:1 67@3:1',
];

const PAD: Voice = { partials: [1, 0.3, 0.12, 0.05], gain: 0.06, attack: 0.3, release: 0.35 };
const BASS: Voice = { partials: [1, 0.35, 0.1], gain: 0.3, attack: 0.015, release: 0.1, decay: 0.9 };
const PLUCK: Voice = { partials: MALLET, gain: 0.045, attack: 0.006, release: 0.05, decay: 0.18, damping: 6 };
const KEYS: Voice = {
  partials: [1, 0.5, 0.12, 0.05],
  gain: 0.2,
  attack: 0.012,
  release: 0.08,
  decay: 1.1,
  damping: 3,
  vibrato: { rate: 4.8, depth: 0.002 },
};

/** Feedback echo computed around the loop, so the last bar's echoes land at the start and the seam is invisible. */
function circularEcho(dry: Float64Array, delaySeconds: number, feedback: number): Float64Array {
  const d = Math.round(delaySeconds * SAMPLE_RATE);
  const n = dry.length;
  const out = new Float64Array(n);
  // Each pass carries the echoes once more round the loop; after three, what is left is far below one LSB.
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 0; i < n; i++) out[i] = (dry[i] ?? 0) + feedback * (out[(i - d + n) % n] ?? 0);
  }
  return out.map((s, i) => s - (dry[i] ?? 0));
}

/** I-vi-IV-V-I-vi-ii-V: the last G leads back into the first C, so the loop resolves on itself. */
function musicOffice(seconds: number): Float64Array {
  const base = silence(seconds);
  const lead = silence(seconds);
  PROGRESSION.forEach((name, bar) => {
    const chord = CHORDS[name];
    const t0 = bar * BAR;
    for (const note of chord.pad) {
      // Two slightly detuned voices per pad note: a gentle chorus instead of a static organ.
      for (const detune of [0.9985, 1.0015]) {
        addNote(base, { ...PAD, start: t0, length: BAR, freq: midi(note) * detune });
      }
    }
    addNote(base, { ...BASS, start: t0, length: 2 * BEAT, freq: midi(chord.bass) });
    addNote(base, { ...BASS, start: t0 + 2 * BEAT, length: 2 * BEAT, freq: midi(chord.bass + 7) });
    [0, 1, 2, 1, 0, 1, 2, 1].forEach((index, step) => {
      const freq = midi((chord.pad[index] ?? 60) + 12);
      addNote(lead, { ...PLUCK, start: t0 + (step * BEAT) / 2, length: BEAT / 2, freq });
    });
    for (const [note, beat, beats] of parseNotes(MELODY[bar] ?? '')) {
      addNote(lead, { ...KEYS, start: t0 + beat * BEAT, length: beats * BEAT, freq: midi(note) });
    }
  });
  const echo = circularEcho(lead, 1.5 * BEAT, 0.3);
  return normalise(
    base.map((s, i) => s + (lead[i] ?? 0) + 0.35 * (echo[i] ?? 0)),
    0.6,
  );
}

const RENDERERS: Record<AudioAssetId, (seconds: number) => Float64Array> = {
  click,
  select: blip(620, 930, 0.6),
  deselect: blip(560, 370, 0.55),
  error,
  'jingle-good': jingleGood,
  'jingle-mid': jingle('67@0:0.4 72@0.16:0.44 74@0.32:0.68', 0.7),
  'jingle-bad': jingleBad,
  'music-office': musicOffice,
};

// ---------- WAV ----------

/** 16-bit mono PCM WAV; samples are in [-1, 1]. */
export function encodeWav(samples: ArrayLike<number>, sampleRate = SAMPLE_RATE): Uint8Array {
  const dataLength = samples.length * 2;
  const bytes = new Uint8Array(44 + dataLength);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataLength, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataLength, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    view.setInt16(44 + 2 * i, Math.round(s * 32767), true);
  }
  return bytes;
}

export function renderSamples(id: AudioAssetId): Float64Array {
  const seconds = AUDIO_ASSETS.find((a) => a.id === id)?.seconds ?? 0;
  return RENDERERS[id](seconds);
}

export function renderWav(id: AudioAssetId): Uint8Array {
  return encodeWav(renderSamples(id));
}

export const AUDIO_DIR = fileURLToPath(new URL('../assets/audio/', import.meta.url));

function main(): void {
  mkdirSync(AUDIO_DIR, { recursive: true });
  for (const { id, file, purpose } of AUDIO_ASSETS) {
    const bytes = renderWav(id);
    writeFileSync(`${AUDIO_DIR}${file}`, bytes);
    console.log(`${file.padEnd(18)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KiB  ${purpose}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
