import { addMelody, addPad, barStarts, type Chord, eachBar, TEMPOS } from '../score.ts';
import {
  addHat,
  addKick,
  addNote,
  addSnare,
  circularEcho,
  midi,
  mix,
  normalise,
  silence,
  type Voice,
} from '../synth.ts';
import { BASS } from './office.ts';
import { STRINGS } from './title.ts';

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

export function finale(seconds: number): Float64Array {
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
