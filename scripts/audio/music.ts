/**
 * The music loops, one per mood. Each is rendered as a circle (notes and echoes that ring past the end come
 * back in at the start), so it loops without a seam; each lasts a whole number of bars.
 */
import type { MusicId } from '../../src/audio/audio.ts';
import { addMelody, addPad, barStarts, type Chord, eachBar, TEMPOS } from './score.ts';
import {
  addHat,
  addKick,
  addNote,
  addSnare,
  circularEcho,
  MALLET,
  midi,
  mix,
  normalise,
  silence,
  type Voice,
} from './synth.ts';

export { loopSeconds, TEMPOS, type Tempo } from './score.ts';

// ---------- office: calm, C major, mallets and electric keys ----------

const OFFICE_CHORDS: Record<string, Chord> = {
  C: { bass: 48, pad: [60, 64, 67] },
  Am: { bass: 45, pad: [60, 64, 69] },
  F: { bass: 41, pad: [60, 65, 69] },
  G: { bass: 43, pad: [59, 62, 67] },
  Dm: { bass: 50, pad: [62, 65, 69] },
};
const OFFICE_PROGRESSION = ['C', 'Am', 'F', 'G', 'C', 'Am', 'Dm', 'G'].map((n) => OFFICE_CHORDS[n] as Chord);
const OFFICE_MELODY = [
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

/** I-vi-IV-V-I-vi-ii-V: the last G leads back into the first C, so the loop resolves on itself. */
function office(seconds: number): Float64Array {
  const tempo = TEMPOS.office;
  const base = silence(seconds);
  const lead = silence(seconds);
  eachBar(tempo, OFFICE_PROGRESSION, (chord, t0, beat) => {
    const bar = 4 * beat;
    addPad(base, PAD, chord.pad, t0, bar);
    addNote(base, { ...BASS, start: t0, length: 2 * beat, freq: midi(chord.bass) });
    addNote(base, { ...BASS, start: t0 + 2 * beat, length: 2 * beat, freq: midi(chord.bass + 7) });
    [0, 1, 2, 1, 0, 1, 2, 1].forEach((index, step) => {
      const freq = midi((chord.pad[index] ?? 60) + 12);
      addNote(lead, { ...PLUCK, start: t0 + (step * beat) / 2, length: beat / 2, freq });
    });
  });
  addMelody(lead, KEYS, OFFICE_MELODY, barStarts(tempo), 60 / tempo.bpm);
  const echo = circularEcho(lead, (1.5 * 60) / tempo.bpm, 0.3);
  return normalise(
    mix([
      [base, 1],
      [lead, 1],
      [echo, 0.35],
    ]),
    0.6,
  );
}

// ---------- title: warm and inviting, an F major waltz on electric piano and a breathy flute ----------

const TITLE_PROGRESSION: Chord[] = [
  { bass: 41, pad: [57, 60, 65] }, // F
  { bass: 38, pad: [57, 62, 65] }, // Dm
  { bass: 46, pad: [58, 62, 65] }, // Bb
  { bass: 48, pad: [55, 60, 64] }, // C
  { bass: 41, pad: [57, 60, 65] }, // F
  { bass: 45, pad: [57, 60, 64] }, // Am
  { bass: 46, pad: [58, 62, 65] }, // Bb
  { bass: 48, pad: [55, 58, 64] }, // C7
];
const TITLE_MELODY = [
  '72@0:1.5 74@1.5:0.5 72@2:1',
  '69@0:2 65@2:1',
  '70@0:1 74@1:1 77@2:1',
  '76@0:2 72@2:1',
  '72@0:1.5 77@1.5:0.5 76@2:1',
  '76@0:1 72@1:1 69@2:1',
  '74@0:1.5 72@1.5:0.5 70@2:1',
  '67@0:2 69@2:1',
];
const EPIANO: Voice = {
  partials: [1, 0.3, 0.05, 0.12, 0, 0, 0.04],
  gain: 0.16,
  attack: 0.005,
  release: 0.08,
  decay: 0.9,
  damping: 4,
};
const FLUTE: Voice = {
  partials: [1, 0.16, 0.05],
  gain: 0.2,
  attack: 0.07,
  release: 0.14,
  vibrato: { rate: 5, depth: 0.004 },
};
const STRINGS: Voice = {
  partials: [1, 0.45, 0.25, 0.14, 0.08, 0.05],
  gain: 0.035,
  attack: 0.5,
  release: 0.5,
};
const WARM_BASS: Voice = { partials: [1, 0.3, 0.08], gain: 0.28, attack: 0.02, release: 0.12, decay: 0.8 };

/** I-vi-IV-V-I-iii-IV-V7 in three: the C7 leans back into the first F. */
function title(seconds: number): Float64Array {
  const tempo = TEMPOS.title;
  const base = silence(seconds);
  const lead = silence(seconds);
  eachBar(tempo, TITLE_PROGRESSION, (chord, t0, beat) => {
    addPad(
      base,
      STRINGS,
      chord.pad.map((n) => n + 12),
      t0,
      3 * beat,
    );
    addNote(base, { ...WARM_BASS, start: t0, length: 1.5 * beat, freq: midi(chord.bass) }, true);
    for (const b of [1, 2]) {
      for (const note of chord.pad) {
        addNote(base, { ...EPIANO, start: t0 + b * beat, length: 0.9 * beat, freq: midi(note) }, true);
      }
    }
  });
  addMelody(lead, FLUTE, TITLE_MELODY, barStarts(tempo), 60 / tempo.bpm);
  const echo = circularEcho(lead, 60 / tempo.bpm, 0.25);
  return normalise(
    mix([
      [base, 1],
      [lead, 1],
      [echo, 0.3],
    ]),
    0.6,
  );
}

// ---------- mission: focused, D dorian, marimba ostinato and a muted pulse ----------

const MISSION_PROGRESSION: Chord[] = [
  { bass: 38, pad: [62, 65, 69, 72] }, // Dm7
  { bass: 38, pad: [62, 65, 69, 71] }, // Dm6 (dorian)
  { bass: 46, pad: [62, 65, 70, 74] }, // Bb
  { bass: 48, pad: [60, 64, 67, 72] }, // C
  { bass: 38, pad: [62, 65, 69, 72] }, // Dm7
  { bass: 38, pad: [62, 65, 69, 71] }, // Dm6
  { bass: 43, pad: [62, 67, 70, 74] }, // Gm
  { bass: 45, pad: [61, 64, 69, 73] }, // A
];
const MARIMBA: Voice = {
  partials: [1, 0.3, 0.08],
  ratios: [1, 4, 9.8],
  gain: 0.1,
  attack: 0.003,
  release: 0.04,
  decay: 0.22,
  damping: 14,
};
const MUTED_BASS: Voice = { partials: [1, 0.4, 0.12], gain: 0.26, attack: 0.006, release: 0.05, decay: 0.12 };
const BELL: Voice = {
  partials: [1, 0.25, 0.08],
  ratios: [1, 2.76, 5.4],
  gain: 0.09,
  attack: 0.004,
  release: 0.3,
  decay: 0.8,
};
const MISSION_BELLS = ['81@0:3', '', '82@0:3', '79@2:2', '81@0:3', '', '79@0:2 77@2:2', '76@0:3'];
const ARPEGGIO = [0, 1, 2, 3, 2, 1, 2, 3, 0, 1, 2, 3, 2, 3, 2, 1];

function mission(seconds: number): Float64Array {
  const tempo = TEMPOS.mission;
  const base = silence(seconds);
  const lead = silence(seconds);
  eachBar(tempo, MISSION_PROGRESSION, (chord, t0, beat, bar) => {
    addPad(base, PAD, chord.pad.slice(0, 3), t0, 4 * beat);
    ARPEGGIO.forEach((index, step) => {
      const accent = step % 4 === 0 ? 1 : 0.7;
      const freq = midi((chord.pad[index] ?? 62) + 12);
      addNote(
        lead,
        { ...MARIMBA, gain: MARIMBA.gain * accent, start: t0 + (step * beat) / 4, length: beat / 2, freq },
        true,
      );
    });
    for (let eighth = 0; eighth < 8; eighth++) {
      const octave = eighth % 4 === 3 ? 12 : 0;
      const start = t0 + (eighth * beat) / 2;
      addNote(base, { ...MUTED_BASS, start, length: beat / 2, freq: midi(chord.bass + octave) }, true);
      if (eighth % 2 === 1) addHat(base, start, 0.05, 100 + bar * 8 + eighth);
    }
    addKick(base, t0, 0.35);
    addKick(base, t0 + 2 * beat, 0.25);
  });
  addMelody(lead, BELL, MISSION_BELLS, barStarts(tempo), 60 / tempo.bpm);
  const echo = circularEcho(lead, (0.75 * 60) / tempo.bpm, 0.3);
  return normalise(
    mix([
      [base, 1],
      [lead, 1],
      [echo, 0.3],
    ]),
    0.6,
  );
}

// ---------- live: lively and a little tense, E minor, drums, a bouncing bass and off-beat stabs ----------

const LIVE_PROGRESSION: Chord[] = [
  { bass: 40, pad: [64, 67, 71] }, // Em
  { bass: 40, pad: [64, 67, 71] }, // Em
  { bass: 48, pad: [64, 67, 72] }, // C
  { bass: 50, pad: [62, 66, 69] }, // D
  { bass: 40, pad: [64, 67, 71] }, // Em
  { bass: 40, pad: [64, 67, 71] }, // Em
  { bass: 45, pad: [64, 69, 72] }, // Am
  { bass: 47, pad: [63, 66, 71] }, // B
];
const LIVE_RIFF = [
  '76@0:0.5 79@0.75:0.5 81@1.5:0.5 83@2:1',
  '81@0:0.5 79@0.5:0.5 76@1:1.5',
  '',
  '78@2:0.5 79@2.5:0.5 81@3:1',
  '76@0:0.5 79@0.75:0.5 81@1.5:0.5 83@2:1',
  '86@0:0.5 83@0.5:0.5 79@1:1.5',
  '81@0:1 79@1:0.5 76@1.5:1.5',
  '78@0:1 75@1:1 71@2:2',
];
const STAB: Voice = {
  partials: [1, 0.5, 0.33, 0.22, 0.14],
  gain: 0.07,
  attack: 0.005,
  release: 0.04,
  decay: 0.1,
  damping: 2,
};
const SYNTH_BASS: Voice = {
  partials: [1, 0.5, 0.25, 0.12],
  gain: 0.22,
  attack: 0.004,
  release: 0.04,
  decay: 0.16,
  damping: 3,
};
const LEAD: Voice = {
  partials: [1, 0.35, 0.2, 0.08],
  gain: 0.14,
  attack: 0.01,
  release: 0.06,
  decay: 0.6,
  damping: 2,
  vibrato: { rate: 5.5, depth: 0.003 },
};
const BOUNCE = [0, 0, 12, 0, 0, 12, 0, 7];

function live(seconds: number): Float64Array {
  const tempo = TEMPOS.live;
  const base = silence(seconds);
  const lead = silence(seconds);
  eachBar(tempo, LIVE_PROGRESSION, (chord, t0, beat, bar) => {
    BOUNCE.forEach((step, eighth) => {
      const start = t0 + (eighth * beat) / 2;
      addNote(base, { ...SYNTH_BASS, start, length: 0.45 * beat, freq: midi(chord.bass + step) }, true);
    });
    for (let b = 0; b < 4; b++) {
      addKick(base, t0 + b * beat, 0.45);
      if (b % 2 === 1) addSnare(base, t0 + b * beat, 0.22, 200 + bar * 4 + b);
      for (const note of chord.pad) {
        addNote(base, { ...STAB, start: t0 + (b + 0.5) * beat, length: 0.3 * beat, freq: midi(note) }, true);
      }
    }
    for (let sixteenth = 0; sixteenth < 16; sixteenth++) {
      const gain = sixteenth % 2 === 0 ? 0.035 : 0.02;
      addHat(base, t0 + (sixteenth * beat) / 4, gain, 300 + bar * 16 + sixteenth);
    }
  });
  addMelody(lead, LEAD, LIVE_RIFF, barStarts(tempo), 60 / tempo.bpm);
  const echo = circularEcho(lead, (0.75 * 60) / tempo.bpm, 0.25);
  return normalise(
    mix([
      [base, 1],
      [lead, 1],
      [echo, 0.25],
    ]),
    0.6,
  );
}

// ---------- finale: celebratory, G major, brass fanfare, glockenspiel and a marching beat ----------

const FINALE_PROGRESSION: Chord[] = [
  { bass: 43, pad: [59, 62, 67] }, // G
  { bass: 48, pad: [60, 64, 67] }, // C
  { bass: 50, pad: [62, 66, 69] }, // D
  { bass: 43, pad: [59, 62, 67] }, // G
  { bass: 40, pad: [59, 64, 67] }, // Em
  { bass: 48, pad: [60, 64, 67] }, // C
  { bass: 50, pad: [62, 66, 69] }, // D
  { bass: 50, pad: [60, 66, 69] }, // D7
];
const FINALE_MELODY = [
  '67@0:0.5 71@0.5:0.5 74@1:1 79@2:2',
  '76@0:1 72@1:1 76@2:1 79@3:1',
  '78@0:1.5 76@1.5:0.5 74@2:2',
  '71@0:1 74@1:1 79@2:2',
  '79@0:1 78@1:0.5 76@1.5:0.5 71@2:2',
  '72@0:1 76@1:1 79@2:1 84@3:1',
  '83@0:1.5 81@1.5:0.5 78@2:2',
  '81@0:1 79@1:1 78@2:1 74@3:1',
];
const HORN: Voice = {
  partials: [1, 0.7, 0.5, 0.32, 0.2, 0.12, 0.07],
  gain: 0.15,
  attack: 0.03,
  release: 0.08,
  decay: 1.2,
  damping: 1.2,
  vibrato: { rate: 5.2, depth: 0.003 },
};
const GLOCK: Voice = {
  partials: [1, 0.25],
  ratios: [1, 2.76],
  gain: 0.06,
  attack: 0.003,
  release: 0.15,
  decay: 0.35,
};

function finale(seconds: number): Float64Array {
  const tempo = TEMPOS.finale;
  const base = silence(seconds);
  const lead = silence(seconds);
  eachBar(tempo, FINALE_PROGRESSION, (chord, t0, beat, bar) => {
    addPad(base, STRINGS, chord.pad, t0, 4 * beat);
    for (let b = 0; b < 4; b++) {
      const bass = chord.bass + ([0, 7, 12, 7][b] ?? 0);
      addNote(base, { ...BASS, start: t0 + b * beat, length: 0.9 * beat, freq: midi(bass) }, true);
      if (b % 2 === 0) addKick(base, t0 + b * beat, 0.4);
      else addSnare(base, t0 + b * beat, 0.16, 400 + bar * 4 + b);
      addHat(base, t0 + (b + 0.5) * beat, 0.03, 500 + bar * 4 + b);
    }
    // Glockenspiel chord tones on the off-beats of the last two beats: sparkle, not a second tune.
    chord.pad.forEach((note, i) => {
      addNote(
        lead,
        { ...GLOCK, start: t0 + (2.5 + i / 2) * beat, length: beat, freq: midi(note + 24) },
        true,
      );
    });
  });
  addMelody(lead, HORN, FINALE_MELODY, barStarts(tempo), 60 / tempo.bpm);
  const echo = circularEcho(lead, (1.5 * 60) / tempo.bpm, 0.2);
  return normalise(
    mix([
      [base, 1],
      [lead, 1],
      [echo, 0.25],
    ]),
    0.6,
  );
}

export const MUSIC_RENDERERS: Record<MusicId, (seconds: number) => Float64Array> = {
  office,
  title,
  mission,
  live,
  finale,
};
