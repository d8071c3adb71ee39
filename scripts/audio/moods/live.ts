import { addMelody, barStarts, type Chord, eachBar, TEMPOS } from '../score.ts';
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

export function live(seconds: number): Float64Array {
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
