import { addMelody, addPad, barStarts, type Chord, eachBar, TEMPOS } from '../score.ts';
import {
  addHat,
  addKick,
  addNote,
  circularEcho,
  midi,
  mix,
  normalise,
  silence,
  type Voice,
} from '../synth.ts';
import { PAD } from './office.ts';

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

export function mission(seconds: number): Float64Array {
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
