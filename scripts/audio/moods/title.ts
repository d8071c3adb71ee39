import { addMelody, addPad, barStarts, type Chord, eachBar, TEMPOS } from '../score.ts';
import { addNote, circularEcho, midi, mix, normalise, silence, type Voice } from '../synth.ts';

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
export const STRINGS: Voice = {
  partials: [1, 0.45, 0.25, 0.14, 0.08, 0.05],
  gain: 0.035,
  attack: 0.5,
  release: 0.5,
};
const WARM_BASS: Voice = { partials: [1, 0.3, 0.08], gain: 0.28, attack: 0.02, release: 0.12, decay: 0.8 };

/** I-vi-IV-V-I-iii-IV-V7 in three: the C7 leans back into the first F. */
export function title(seconds: number): Float64Array {
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
