/**
 * Synthesises the game's sound effects and music loops and encodes them as MP3 into assets/audio/ (run: npm run
 * assets:audio). The synthesis is pure TypeScript with no randomness from the clock, and the encoder (LAME in
 * WebAssembly, constant bitrate) is deterministic: the same code always writes the same bytes.
 * The instruments are in scripts/audio/: synth.ts (notes, noise, drums), effects.ts and music.ts; the encoding
 * and the loops' seams in mp3.ts. assets/audio/loops.json tells the game where each loop lies in its file.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MUSIC_IDS, type MusicId, type SoundId } from '../src/audio/audio.ts';
import * as fx from './audio/effects.ts';
import {
  type Bitrate,
  EFFECT_KBPS,
  ENCODER_VERSION,
  encodeMp3,
  LOOP_WRAP,
  type LoopWindow,
  loopWindow,
  MUSIC_KBPS,
  wrapLoop,
} from './audio/mp3.ts';
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
  file: `${id}.mp3`,
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
    file: `music-${id}.mp3`,
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

/** The synthesised sound, exactly `seconds` long (a music loop: one turn of the circle). */
export function renderSamples(id: AudioAssetId): Float64Array {
  const seconds = AUDIO_ASSETS.find((a) => a.id === id)?.seconds ?? 0;
  return RENDERERS[id](seconds);
}

const assetOf = (id: AudioAssetId): AudioAsset => {
  const asset = AUDIO_ASSETS.find((a) => a.id === id);
  if (!asset) throw new Error(`no audio asset "${id}"`);
  return asset;
};

export const bitrateOf = (id: AudioAssetId): Bitrate => (assetOf(id).loop ? MUSIC_KBPS : EFFECT_KBPS);

/** The bytes of an asset's file: an effect as it is, a loop wrapped round its seam (see mp3.ts). */
export async function renderFile(id: AudioAssetId, samples = renderSamples(id)): Promise<Uint8Array> {
  return encodeMp3(assetOf(id).loop ? wrapLoop(samples) : samples, bitrateOf(id));
}

/** assets/audio/loops.json: where each music loop lies in its file, for Howler's sprite; and who encoded it. */
export interface LoopsFile {
  encoder: string;
  sampleRate: number;
  wrapSamples: number;
  loops: Record<MusicId, LoopWindow>;
}

export function loopsFile(): LoopsFile {
  const loops = Object.fromEntries(
    MUSIC_IDS.map((m) => [m, loopWindow(Math.round(assetOf(`music-${m}`).seconds * SAMPLE_RATE))]),
  ) as Record<MusicId, LoopWindow>;
  return {
    encoder: `wasm-media-encoders ${ENCODER_VERSION} (LAME, CBR)`,
    sampleRate: SAMPLE_RATE,
    wrapSamples: LOOP_WRAP,
    loops,
  };
}

export const loopsJson = (): string => `${JSON.stringify(loopsFile(), null, 2)}\n`;

export const AUDIO_DIR = fileURLToPath(new URL('../assets/audio/', import.meta.url));

async function main(): Promise<void> {
  mkdirSync(AUDIO_DIR, { recursive: true });
  const files = new Set(AUDIO_ASSETS.map((a) => a.file));
  // Files of an older format or a sound no longer made would ship with the game: remove them.
  for (const old of readdirSync(AUDIO_DIR))
    if (/\.(wav|mp3|ogg)$/.test(old) && !files.has(old)) rmSync(`${AUDIO_DIR}${old}`);
  for (const { id, file, purpose } of AUDIO_ASSETS) {
    const bytes = await renderFile(id);
    writeFileSync(`${AUDIO_DIR}${file}`, bytes);
    console.log(
      `${file.padEnd(18)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KiB  ${bitrateOf(id)} kbps  ${purpose}`,
    );
  }
  writeFileSync(`${AUDIO_DIR}loops.json`, loopsJson());
  console.log(`loops.json: each loop's window in its file (${LOOP_WRAP} samples wrapped round each seam)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((e: unknown) => {
    console.error('assets:audio:', e);
    process.exit(1);
  });
