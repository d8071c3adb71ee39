/** The small additive synthesiser behind scripts/gen-audio.ts: notes, noise, drums, echo. No randomness from the clock. */

export const SAMPLE_RATE = 22050;

/** The timbre and envelope of a note; times in seconds. */
export interface Voice {
  /** Relative amplitudes of the partials. */
  partials: readonly number[];
  /** Frequency ratio of each partial to the fundamental; harmonics 1, 2, 3... when left out (bells are not). */
  ratios?: readonly number[];
  gain: number;
  attack: number;
  release: number;
  /** Time constant of the exponential decay. */
  decay?: number;
  /** Extra decay per partial above the first, so upper partials fade first (mallet-like). */
  damping?: number;
  vibrato?: { rate: number; depth: number };
}

export interface Note extends Voice {
  start: number;
  length: number;
  freq: number;
  /** Exponential glide from freq to this frequency over the note. */
  endFreq?: number;
}

export const MALLET = [1, 0.4, 0.15, 0.08];
export const SOFT = [1, 0.2, 0.05];

export const midi = (n: number) => 440 * 2 ** ((n - 69) / 12);

export const silence = (seconds: number) => new Float64Array(Math.round(seconds * SAMPLE_RATE));

/**
 * Adds a note to buf. With wrap, whatever rings past the end comes back in at the start: a music loop is
 * rendered as a circle, so its seam is as smooth as any other instant.
 */
export function addNote(buf: Float64Array, note: Note, wrap = false): void {
  const first = Math.round(note.start * SAMPLE_RATE);
  const count = Math.round(note.length * SAMPLE_RATE);
  const glide = (note.endFreq ?? note.freq) / note.freq;
  const phases = note.partials.map(() => 0);
  const ratios = note.partials.map((_, k) => note.ratios?.[k] ?? k + 1);
  for (let n = 0; n < count; n++) {
    let at = first + n;
    if (at >= buf.length) {
      if (!wrap) break;
      at %= buf.length;
    }
    const t = n / SAMPLE_RATE;
    const left = note.length - t;
    // Raised-cosine edges: no step at either end of a note, so nothing clicks.
    const attack = t < note.attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / note.attack) : 1;
    const release = left < note.release ? 0.5 - 0.5 * Math.cos((Math.PI * left) / note.release) : 1;
    const env = note.gain * attack * release * Math.exp(-t / (note.decay ?? Number.POSITIVE_INFINITY));
    const vib = note.vibrato ? 1 + note.vibrato.depth * Math.sin(2 * Math.PI * note.vibrato.rate * t) : 1;
    const freq = note.freq * glide ** (t / note.length) * vib;
    let sample = 0;
    for (let k = 0; k < note.partials.length; k++) {
      const ratio = ratios[k] ?? k + 1;
      const phase = (phases[k] ?? 0) + (2 * Math.PI * freq * ratio) / SAMPLE_RATE;
      phases[k] = phase;
      if (freq * ratio < SAMPLE_RATE / 2)
        sample += (note.partials[k] ?? 0) * Math.sin(phase) * Math.exp(-t * k * (note.damping ?? 0));
    }
    buf[at] = (buf[at] ?? 0) + env * sample;
  }
}

/** mulberry32: a tiny seeded generator, so the noise is the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NoiseHit {
  start: number;
  length: number;
  gain: number;
  seed: number;
  /** One-pole smoothing of the noise, 0..1: small is dark. */
  low: number;
  /** Share of the dark part taken away again: 0 keeps it, 1 leaves only what is above it (a hiss). */
  high?: number;
  /** Time constant of the decay; without it the burst swells and fades (sin²). */
  decay?: number;
}

/** A burst of filtered, seeded noise: the contact of a tick, a page, a snare or a hi-hat. */
export function addNoise(buf: Float64Array, hit: NoiseHit, wrap = false): void {
  const random = seeded(hit.seed);
  const first = Math.round(hit.start * SAMPLE_RATE);
  const count = Math.round(hit.length * SAMPLE_RATE);
  let low = 0;
  let lower = 0;
  for (let n = 0; n < count; n++) {
    let at = first + n;
    if (at >= buf.length) {
      if (!wrap) break;
      at %= buf.length;
    }
    const white = random() * 2 - 1;
    low += hit.low * (white - low);
    lower += 0.05 * (low - lower);
    const colour = low - (hit.high ?? 0) * lower;
    const t = n / SAMPLE_RATE;
    const edge = Math.min(1, n / 40, (count - n) / 40);
    const env =
      hit.decay === undefined ? Math.sin((Math.PI * n) / count) ** 2 : edge * Math.exp(-t / hit.decay);
    buf[at] = (buf[at] ?? 0) + hit.gain * env * colour;
  }
}

/** A soft kick: a sine that falls from 110 to 45 Hz. */
export function addKick(buf: Float64Array, start: number, gain: number): void {
  const voice: Voice = { partials: [1, 0.1], gain, attack: 0.003, release: 0.04, decay: 0.11 };
  addNote(buf, { ...voice, start, length: 0.3, freq: 110, endFreq: 45 }, true);
}

export function addSnare(buf: Float64Array, start: number, gain: number, seed: number): void {
  addNoise(buf, { start, length: 0.2, gain, seed, low: 0.5, high: 0.8, decay: 0.06 }, true);
  const body: Voice = { partials: [1], gain: gain * 0.35, attack: 0.002, release: 0.02, decay: 0.05 };
  addNote(buf, { ...body, start, length: 0.12, freq: 190, endFreq: 160 }, true);
}

export function addHat(buf: Float64Array, start: number, gain: number, seed: number): void {
  addNoise(buf, { start, length: 0.06, gain, seed, low: 0.9, high: 1, decay: 0.018 }, true);
}

/** Scales to the given peak (below 1), so no sample can reach full scale. */
export function normalise(buf: Float64Array, peak: number): Float64Array {
  let max = 0;
  for (const s of buf) max = Math.max(max, Math.abs(s));
  if (max > 0) for (let i = 0; i < buf.length; i++) buf[i] = ((buf[i] ?? 0) * peak) / max;
  return buf;
}

/** A few milliseconds of fade at both ends of a one-shot sound, whatever its notes do. */
export function fadeEdges(buf: Float64Array, fadeIn = 0.003, fadeOut = 0.006): Float64Array {
  const a = Math.round(fadeIn * SAMPLE_RATE);
  const b = Math.round(fadeOut * SAMPLE_RATE);
  for (let n = 0; n < a; n++) buf[n] = (buf[n] ?? 0) * (n / a);
  for (let n = 0; n < b; n++) buf[buf.length - 1 - n] = (buf[buf.length - 1 - n] ?? 0) * (n / b);
  return buf;
}

/** "midi@start:length ..." -> [midi, start, length]; the unit of start and length is the caller's. */
export function parseNotes(score: string): [number, number, number][] {
  return score
    .trim()
    .split(/\s+/)
    .map((token) => {
      const [note = '', start = '', length = ''] = token.split(/[@:]/);
      return [Number(note), Number(start), Number(length)];
    });
}

/** Feedback echo computed around the loop, so the last bar's echoes land at the start and the seam is invisible. */
export function circularEcho(dry: Float64Array, delaySeconds: number, feedback: number): Float64Array {
  const d = Math.round(delaySeconds * SAMPLE_RATE);
  const n = dry.length;
  const out = new Float64Array(n);
  // Each pass carries the echoes once more round the loop; after three, what is left is far below one LSB.
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 0; i < n; i++) out[i] = (dry[i] ?? 0) + feedback * (out[(i - d + n) % n] ?? 0);
  }
  return out.map((s, i) => s - (dry[i] ?? 0));
}

/** Adds the layers with their weights. */
export function mix(layers: readonly [Float64Array, number][]): Float64Array {
  const out = new Float64Array(layers[0]?.[0].length ?? 0);
  for (const [layer, weight] of layers)
    for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + weight * (layer[i] ?? 0);
  return out;
}
