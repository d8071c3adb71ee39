import { addMelody, addPad, barStarts, type Chord, eachBar, TEMPOS } from '../score.ts';
import { addNote, circularEcho, MALLET, midi, mix, normalise, silence, type Voice } from '../synth.ts';

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

export const PAD: Voice = { partials: [1, 0.3, 0.12, 0.05], gain: 0.06, attack: 0.3, release: 0.35 };
export const BASS: Voice = { partials: [1, 0.35, 0.1], gain: 0.3, attack: 0.015, release: 0.1, decay: 0.9 };
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
export function office(seconds: number): Float64Array {
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
