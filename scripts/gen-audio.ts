/**
 * Synthesises the game's sound effects and music loops into assets/audio/ (run: npm run assets:audio).
 * Pure TypeScript, no dependency, no randomness from the clock: the same code always writes the same bytes.
 * The instruments are in scripts/audio/: synth.ts (notes, noise, drums), effects.ts and music.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MUSIC_IDS, type MusicId, type SoundId } from '../src/audio/audio.ts';
import * as fx from './audio/effects.ts';
import { loopSeconds, MUSIC_RENDERERS, TEMPOS, type Tempo } from './audio/music.ts';
import { SAMPLE_RATE } from './audio/synth.ts';

export { SAMPLE_RATE };

export type AudioAssetId = SoundId | `music-${MusicId}`;

export interface AudioAsset {
  id: AudioAssetId;
  file: string;
  seconds: number;
  loop: boolean;
  /** For a music loop: its tempo, metre and number of bars. */
  tempo?: Tempo;
  purpose: string;
}

const effect = (id: SoundId, seconds: number, purpose: string): AudioAsset => ({
  id,
  file: `${id}.wav`,
  seconds,
  loop: false,
  purpose,
});

const MUSIC_PURPOSES: Record<MusicId, string> = {
  office: 'calm office loop (hub, job board), C major, mallets and keys',
  title: 'warm, inviting waltz (title, settings), F major, electric piano and flute',
  mission: 'focused work (brief, design, develop), D dorian, marimba ostinato',
  live: 'lively, a little tense (production, live moment), E minor, drums and stabs',
  finale: 'celebration (end of a career), G major, brass fanfare and glockenspiel',
};

const music = (id: MusicId): AudioAsset => {
  const tempo = TEMPOS[id];
  const metre = `${tempo.bars} bars of ${tempo.beatsPerBar} at ${tempo.bpm} bpm`;
  return {
    id: `music-${id}`,
    file: `music-${id}.wav`,
    seconds: loopSeconds(tempo),
    loop: true,
    tempo,
    purpose: `${MUSIC_PURPOSES[id]}; ${metre}`,
  };
};

/** What each file is for; the renderers make exactly `seconds` of sound. */
export const AUDIO_ASSETS: readonly AudioAsset[] = [
  effect('click', 0.06, 'soft tick on any button press'),
  effect('select', 0.12, 'rising blip: an option toggled on'),
  effect('deselect', 0.12, 'falling blip: an option toggled off'),
  effect('error', 0.34, 'gentle "uh-uh": action refused'),
  effect('jingle-good', 1.2, 'bright three-note success jingle'),
  effect('jingle-mid', 1.0, 'open, encouraging three-note jingle'),
  effect('jingle-bad', 1.1, 'soft descending "try again"'),
  effect('page', 0.25, 'paper swish: a screen changes'),
  effect('coin', 0.4, 'two bright notes: money spent or earned'),
  effect('card', 0.4, 'a card slides in: an event to handle'),
  effect('chat', 0.22, 'two bubbles: a chat message or forum post'),
  effect('alert', 0.75, 'calm ding-dong: a technical hitch'),
  effect('drop', 0.2, 'soft thud: a storyboard card put in place'),
  effect('rank-up', 1.9, 'brass fanfare: a promotion'),
  effect('star', 0.3, 'one bright chime: a star of the results lands'),
  effect('right', 0.55, 'two notes up: a right answer'),
  effect('wrong', 0.5, 'two soft notes down: a wrong answer'),
  ...MUSIC_IDS.map(music),
];

const RENDERERS: Record<AudioAssetId, (seconds: number) => Float64Array> = {
  click: fx.click,
  select: fx.blip(620, 930, 0.6),
  deselect: fx.blip(560, 370, 0.55),
  error: fx.error,
  'jingle-good': fx.jingleGood,
  'jingle-mid': fx.jingle('67@0:0.4 72@0.16:0.44 74@0.32:0.68', 0.7),
  'jingle-bad': fx.jingleBad,
  page: fx.page,
  coin: fx.coin,
  card: fx.card,
  chat: fx.chat,
  alert: fx.alert,
  drop: fx.drop,
  'rank-up': fx.rankUp,
  star: fx.jingle('88@0:0.26', 0.5),
  right: fx.right,
  wrong: fx.wrong,
  'music-office': MUSIC_RENDERERS.office,
  'music-title': MUSIC_RENDERERS.title,
  'music-mission': MUSIC_RENDERERS.mission,
  'music-live': MUSIC_RENDERERS.live,
  'music-finale': MUSIC_RENDERERS.finale,
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
