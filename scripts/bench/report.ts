import type { Weight } from './sizes.ts';

export const JS_TARGET = 1.15;
export const STARTUP_TARGET = 1.3;

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
  return { median, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v: number) => `${Math.round(v)} ms`;
const files = (w: Weight) => `(${w.files} file${w.files === 1 ? '' : 's'})`;

/** "ratio 1.12 (target ≤ 1.15) OK", or without a target just "ratio 1.12". */
export function ratio(value: number, target?: number): string {
  const r = `ratio ${value.toFixed(2)}`;
  if (target === undefined) return r;
  return `${r} (target ≤ ${target.toFixed(2)}) ${value <= target ? 'OK' : 'OVER'}`;
}

export function sizeLine(what: string, game: Weight, floor: Weight, target?: number): string {
  return `game ${what} gzip ${kB(game.gzip)} ${files(game)} | floor ${kB(floor.gzip)} ${files(floor)} | ${ratio(
    game.gzip / floor.gzip,
    target,
  )}`;
}

export function startupLine(title: Spread, floor: Spread): string {
  const range = (s: Spread) => `median ${ms(s.median)} (${Math.round(s.min)}…${Math.round(s.max)})`;
  return `title usable ${range(title)} | floor first frame ${range(floor)} | ${ratio(
    title.median / floor.median,
    STARTUP_TARGET,
  )}`;
}

export const runsLine = (name: string, values: readonly number[]) =>
  `runs ${name}: ${values.map((v) => Math.round(v)).join(' ')} ms`;

export const FRAME_TARGET_MS = 16.7;

/** "frame interval: median 16.7 ms, p95 17.1 ms over 480 frames (target p95 ≤ 16.7 ms) OK". */
export function framesLine(what: string, values: readonly number[], judged = true): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  const p95 = at(0.95);
  const f = (v: number) => `${v.toFixed(1)} ms`;
  const line = `${what}: median ${f(at(0.5))}, p95 ${f(p95)}, max ${f(sorted.at(-1) ?? NaN)} over ${sorted.length} frames`;
  return judged
    ? `${line} (target p95 ≤ ${FRAME_TARGET_MS} ms) ${p95 <= FRAME_TARGET_MS ? 'OK' : 'OVER'}`
    : line;
}
