/** The sound effects: short, soft, rounded; each renderer makes exactly `seconds` of sound. */
import {
  addNoise,
  addNote,
  fadeEdges,
  MALLET,
  midi,
  normalise,
  parseNotes,
  SOFT,
  silence,
  type Voice,
} from './synth.ts';

type Effect = (seconds: number) => Float64Array;

export function click(seconds: number): Float64Array {
  const buf = silence(seconds);
  const tick: Voice = { partials: [1, 0.12], gain: 1, attack: 0.002, release: 0.02, decay: 0.014 };
  addNote(buf, { ...tick, start: 0, length: seconds, freq: 1400, endFreq: 950 });
  addNoise(buf, { start: 0, length: 0.006, gain: 0.25, seed: 1, low: 0.35 });
  return fadeEdges(normalise(buf, 0.5), 0.001);
}

export function blip(from: number, to: number, peak: number): Effect {
  return (seconds) => {
    const buf = silence(seconds);
    const voice: Voice = { partials: SOFT, gain: 1, attack: 0.005, release: 0.04, decay: 0.07 };
    addNote(buf, { ...voice, start: 0, length: seconds, freq: from, endFreq: to });
    return fadeEdges(normalise(buf, peak));
  };
}

/** Two short, low, rounded pulses, the second a little lower: a refusal that does not scold. */
export function error(seconds: number): Float64Array {
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
export function jingle(score: string, peak: number): Effect {
  return (seconds) => {
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

export function jingleGood(seconds: number): Float64Array {
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

export function jingleBad(seconds: number): Float64Array {
  const buf = silence(seconds);
  const voice: Voice = { partials: SOFT, gain: 1, attack: 0.02, release: 0.12, decay: 0.5, damping: 3 };
  addNote(buf, { ...voice, start: 0, length: 0.38, freq: midi(69) });
  addNote(buf, { ...voice, start: 0.3, length: 0.4, freq: midi(65) });
  addNote(buf, { ...voice, start: 0.6, length: 0.5, freq: midi(62), endFreq: midi(62) * 0.97, release: 0.3 });
  return fadeEdges(normalise(buf, 0.6));
}

/** A soft paper swish: dark noise that swells and fades. */
export function page(seconds: number): Float64Array {
  const buf = silence(seconds);
  addNoise(buf, { start: 0, length: seconds, gain: 1, seed: 7, low: 0.22, high: 0.6 });
  return fadeEdges(normalise(buf, 0.3));
}

const COIN: Voice = {
  partials: [1, 0.25, 0.06],
  gain: 1,
  attack: 0.004,
  release: 0.06,
  decay: 0.16,
  damping: 6,
};

/** Two quick bright notes a fourth apart, rounder than an arcade coin. */
export function coin(seconds: number): Float64Array {
  const buf = silence(seconds);
  addNote(buf, { ...COIN, start: 0, length: 0.1, freq: midi(83), decay: 0.08 });
  addNote(buf, { ...COIN, start: 0.075, length: seconds - 0.075, freq: midi(88) });
  return fadeEdges(normalise(buf, 0.45));
}

/** A card slid onto the table, then one low mallet note. */
export function card(seconds: number): Float64Array {
  const buf = silence(seconds);
  addNoise(buf, { start: 0, length: 0.09, gain: 0.5, seed: 11, low: 0.3, high: 0.5 });
  const mallet: Voice = { partials: MALLET, gain: 1, attack: 0.006, release: 0.08, decay: 0.22, damping: 6 };
  addNote(buf, { ...mallet, start: 0.06, length: seconds - 0.06, freq: midi(67) });
  addNote(buf, { ...mallet, start: 0.06, length: seconds - 0.06, freq: midi(74), gain: 0.6 });
  return fadeEdges(normalise(buf, 0.5));
}

/** Two little bubbles rising: a message arrives. */
export function chat(seconds: number): Float64Array {
  const buf = silence(seconds);
  const bubble: Voice = { partials: [1, 0.1], gain: 1, attack: 0.006, release: 0.03, decay: 0.05 };
  addNote(buf, { ...bubble, start: 0, length: 0.08, freq: 600, endFreq: 900 });
  addNote(buf, { ...bubble, start: 0.1, length: seconds - 0.1, freq: 800, endFreq: 1150 });
  return fadeEdges(normalise(buf, 0.4));
}

/** A calm two-tone "ding-dong", as in a station: attention, not alarm. */
export function alert(seconds: number): Float64Array {
  const buf = silence(seconds);
  const chime: Voice = {
    partials: [1, 0.3, 0.12],
    ratios: [1, 2.01, 3.9],
    gain: 1,
    attack: 0.01,
    release: 0.15,
    decay: 0.3,
    damping: 4,
  };
  addNote(buf, { ...chime, start: 0, length: 0.4, freq: midi(76) });
  addNote(buf, { ...chime, start: 0.26, length: seconds - 0.26, freq: midi(72) });
  return fadeEdges(normalise(buf, 0.5));
}

/** A soft, low thud and a tiny tick: something put in its place. */
export function drop(seconds: number): Float64Array {
  const buf = silence(seconds);
  const thud: Voice = { partials: [1, 0.2], gain: 1, attack: 0.003, release: 0.04, decay: 0.05 };
  addNote(buf, { ...thud, start: 0, length: seconds, freq: 240, endFreq: 140 });
  addNoise(buf, { start: 0, length: 0.012, gain: 0.3, seed: 5, low: 0.5 });
  return fadeEdges(normalise(buf, 0.55), 0.001);
}

const BRASS: Voice = {
  partials: [1, 0.7, 0.5, 0.32, 0.2, 0.12, 0.07],
  gain: 1,
  attack: 0.03,
  release: 0.1,
  decay: 1.4,
  damping: 1.5,
  vibrato: { rate: 5.2, depth: 0.003 },
};

/** Promotion: a brass arpeggio up to a held chord, with a glockenspiel sparkle. */
export function rankUp(seconds: number): Float64Array {
  const buf = silence(seconds);
  for (const [note, start, length] of parseNotes('67@0:0.16 72@0.15:0.16 76@0.3:0.16')) {
    addNote(buf, { ...BRASS, start, length, freq: midi(note), decay: 0.5 });
  }
  const held = seconds - 0.45;
  for (const note of [60, 64, 67, 79])
    addNote(buf, { ...BRASS, start: 0.45, length: held, freq: midi(note) });
  const glock: Voice = {
    partials: [1, 0.25],
    ratios: [1, 2.76],
    gain: 0.35,
    attack: 0.003,
    release: 0.2,
    decay: 0.4,
  };
  for (const [note, start] of parseNotes('84@0.45:0 88@0.55:0 91@0.65:0')) {
    addNote(buf, { ...glock, start, length: seconds - start, freq: midi(note) });
  }
  return fadeEdges(normalise(buf, 0.75));
}

/** A right answer: two bright mallet notes going up a fourth. */
export const right = jingle('76@0:0.2 81@0.1:0.4', 0.6);

/** A wrong answer: two soft, round notes going down, the second sagging a little. */
export function wrong(seconds: number): Float64Array {
  const buf = silence(seconds);
  const voice: Voice = {
    partials: [1, 0, 0.2],
    gain: 1,
    attack: 0.01,
    release: 0.08,
    decay: 0.25,
    damping: 4,
  };
  addNote(buf, { ...voice, start: 0, length: 0.18, freq: midi(64) });
  addNote(buf, { ...voice, start: 0.16, length: seconds - 0.16, freq: midi(60), endFreq: midi(60) * 0.97 });
  return fadeEdges(normalise(buf, 0.5));
}
