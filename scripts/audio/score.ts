/** The building blocks of the music scores: tempo, bars, chords, melodies written as text, chorus pads. */
import type { MusicId } from '../../src/audio/audio.ts';
import { addNote, midi, parseNotes, type Voice } from './synth.ts';

export interface Tempo {
  bpm: number;
  beatsPerBar: number;
  bars: number;
}

export const TEMPOS: Record<MusicId, Tempo> = {
  office: { bpm: 128, beatsPerBar: 4, bars: 8 },
  title: { bpm: 100, beatsPerBar: 3, bars: 8 },
  mission: { bpm: 132, beatsPerBar: 4, bars: 8 },
  live: { bpm: 144, beatsPerBar: 4, bars: 8 },
  finale: { bpm: 126, beatsPerBar: 4, bars: 8 },
};

export const loopSeconds = ({ bpm, beatsPerBar, bars }: Tempo) => (bars * beatsPerBar * 60) / bpm;

export interface Chord {
  bass: number;
  pad: readonly number[];
}

/** Calls each bar with its chord, its start time and the length of a beat. */
export function eachBar(
  tempo: Tempo,
  chords: readonly Chord[],
  play: (chord: Chord, t0: number, beat: number, bar: number) => void,
): void {
  const beat = 60 / tempo.bpm;
  chords.forEach((chord, bar) => {
    play(chord, bar * tempo.beatsPerBar * beat, beat, bar);
  });
}

/** One score per bar, start and length in beats. */
export function addMelody(
  buf: Float64Array,
  voice: Voice,
  bars: readonly string[],
  t0s: number[],
  beat: number,
) {
  bars.forEach((score, bar) => {
    for (const [note, at, beats] of parseNotes(score)) {
      addNote(
        buf,
        { ...voice, start: (t0s[bar] ?? 0) + at * beat, length: beats * beat, freq: midi(note) },
        true,
      );
    }
  });
}

export const barStarts = (tempo: Tempo) =>
  Array.from({ length: tempo.bars }, (_, bar) => (bar * tempo.beatsPerBar * 60) / tempo.bpm);

/** Two slightly detuned voices per note: a gentle chorus instead of a static organ. */
export function addPad(
  buf: Float64Array,
  voice: Voice,
  notes: readonly number[],
  start: number,
  length: number,
) {
  for (const note of notes) {
    for (const detune of [0.9985, 1.0015]) {
      addNote(buf, { ...voice, start, length, freq: midi(note) * detune }, true);
    }
  }
}
