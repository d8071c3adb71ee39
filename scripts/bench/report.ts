import type { Budget, Weight } from './sizes.ts';

/** The JS a player loads (gzip) against the stock Phaser floor's (issue 14: at most 0.85). */
export const JS_TARGET = 0.85;
/** The title usable (first frame and buttons) against the empty scene's first frame (issue 17: at most 1.1). */
export const STARTUP_TARGET = 1.1;

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

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
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

/**
 * The display's refresh period, from the empty scene's intervals: their mean once the few late ones (more
 * than half a period off the median) are left out.
 */
export function refreshPeriod(floor: readonly number[]): number {
  const median = percentile(floor, 0.5);
  const onTime = floor.filter((v) => Math.abs(v - median) < median / 2);
  return onTime.reduce((a, b) => a + b, 0) / onTime.length;
}

const f1 = (v: number) => `${v.toFixed(1)} ms`;

/** "frame interval: median 16.7 ms, p95 16.8 ms, max 50.0 ms over 480 frames". */
export function framesLine(what: string, values: readonly number[]): string {
  return `${what}: median ${f1(percentile(values, 0.5))}, p95 ${f1(percentile(values, 0.95))}, max ${f1(Math.max(...values))} over ${values.length} frames`;
}

/** The game's work per frame against the frame budget. */
export function workLine(what: string, values: readonly number[]): string {
  const p95 = percentile(values, 0.95);
  return `${framesLine(what, values)} (target p95 ≤ ${FRAME_TARGET_MS} ms) ${p95 <= FRAME_TARGET_MS ? 'OK' : 'OVER'}`;
}

/**
 * Frame intervals judged in whole refresh periods: a displayed frame can only come one, two… periods after
 * the last, and requestAnimationFrame's timestamps jitter by about 0.1 ms around that (an empty scene reads
 * 16.6, 16.7 and 16.8 ms at 60 Hz), so each interval counts as the number of periods it spans.
 */
export function intervalLines(values: readonly number[], period: number): string[] {
  const spans = values.map((v) => Math.max(1, Math.round(v / period)));
  const p95 = (percentile(spans, 0.95) ?? Number.NaN) * period;
  const late = spans.filter((n) => n > 1).length;
  const share = ((100 * late) / values.length).toFixed(1);
  // 16.67 ms (one period at 60 Hz) meets a target written to the tenth of a millisecond.
  const ok = p95 <= FRAME_TARGET_MS + 0.05;
  return [
    framesLine('frame interval', values),
    `  in refresh periods of ${period.toFixed(2)} ms: p95 ${f1(p95)} (${share} % of frames came late, ${late} of ${values.length}) (target p95 ≤ ${FRAME_TARGET_MS} ms) ${ok ? 'OK' : 'OVER'}`,
  ];
}

/**
 * The class debrief per added code against one frame: the store's update and the frame that shows it, with
 * the first and the last hundred apart, so a cost that grows with the class shows.
 */
export function debriefLines(times: {
  store: number[];
  frame: number[];
  total: number[];
  sameAsFresh: boolean;
}): string[] {
  const { store, frame, total } = times;
  const p95 = percentile(total, 0.95);
  const median = (v: readonly number[]) => f1(percentile(v, 0.5));
  return [
    `per added code, until the debrief has drawn it: median ${median(total)}, p95 ${f1(p95)}, max ${f1(
      Math.max(...total),
    )} over ${total.length} codes (target p95 ≤ ${FRAME_TARGET_MS} ms) ${p95 <= FRAME_TARGET_MS ? 'OK' : 'OVER'}`,
    `  of which the store's update (the code read, counted, the cards redrawn): median ${median(store)}, ` +
      `p95 ${f1(percentile(store, 0.95))}; the frame that shows it: median ${median(frame)}, p95 ${f1(
        percentile(frame, 0.95),
      )}`,
    `  median of the first 100 codes ${median(total.slice(0, 100))}, of the last 100 ${median(total.slice(-100))}`,
    `  the debrief drawn live after the last code, against the same drawn afresh after a reload: ${
      times.sameAsFresh ? 'the same, pixel for pixel' : 'DIFFERENT'
    }`,
  ];
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Issue 17's weight budgets, in bytes gzip -9 per file (what a server that compresses sends: MP3 and WOFF2 do
 * not shrink, JS and JSON do). Raw bytes are printed beside them: npm start serves files as they are.
 */
export const DIST_TARGET = 1_500_000;
export const INSTALL_TARGET = 1_200_000;

/** "dist/ (55 files): raw 2177.5 kB, gzip 1190.3 kB (target gzip ≤ 1500.0 kB) OK". */
export function weightLine(what: string, w: Weight, target?: number): string {
  const line = `${what} ${files(w)}: raw ${kB(w.raw)}, gzip ${kB(w.gzip)}`;
  if (target === undefined) return line;
  return `${line} (target gzip ≤ ${kB(target)}) ${w.gzip <= target ? 'OK' : 'OVER'}`;
}

/** The weight lines of the bench, for a build folder's budget. */
export function budgetLines(dir: string, b: Budget): string[] {
  return [
    `weight of ${dir} (each file on its own: raw, and gzip -9 as a compressing server sends it)`,
    `  ${weightLine('whole build', b.dist, DIST_TARGET)}`,
    `  ${weightLine('service worker install (before offline play)', b.install, INSTALL_TARGET)}`,
    `  ${weightLine('audio', b.audio)}; of which music ${kB(b.music.raw)} (${b.music.files} moods, ` +
      'all but the title kept on first play)',
    `  ${weightLine('fonts', b.fonts)}`,
  ];
}
