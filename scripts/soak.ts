/**
 * npm run soak [-- --visitors 200] [--every 20] [--engine both|shipped|no-jit] [--skip-build] [--dist DIR]: a
 * kiosk's day on one page. Each visitor taps the attract loop, plays a few steps of the express mission, walks
 * away, and the idle countdown wipes the visit. Every `every` visitors it prints the JS heap after a garbage
 * collection, the DOM nodes and the event listeners, against the 10th visitor's (target: within 2 %).
 *
 * Two pages play side by side, each in its own Chromium: the game as shipped, and the same game with V8's
 * compilers off and its bytecode kept (NO_JIT). As shipped, the heap also holds the code V8 compiles for the
 * functions that keep running: it grows for a hundred visitors or so and falls when V8 flushes what went cold.
 * That code is the engine's to free, not the page's, so a heap snapshot splits it off, and the page without
 * compilers shows the whole heap with its code held still. A leak of the page's shows in both. Each figure's
 * verdict is its largest move either way. A report: it exits 0 even over target.
 */

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { chromiumPath, launchChromium, VIEWPORT } from './bench/browser.ts';
import { buildGame, ROOT } from './bench/build.ts';
import { compiledCodeMB } from './bench/heapKinds.ts';
import { serveStatic } from './bench/staticServer.ts';

const { values: opts } = parseArgs({
  options: {
    visitors: { type: 'string', default: '200' },
    every: { type: 'string', default: '20' },
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    engine: { type: 'string', default: 'both' },
  },
});
const DIST = resolve(ROOT, opts.dist);
/**
 * V8 with its compilers off (Sparkplug, Maglev, TurboFan) and its bytecode kept: the page runs on bytecode
 * alone, compiled once, so the engine's code stays as it was and the heap moves only with the page's objects.
 */
const NO_JIT = '--js-flags=--no-sparkplug --no-maglev --no-opt --no-flush-bytecode';
const ENGINES = { shipped: [], 'no-jit': [NO_JIT] } as const satisfies Record<string, readonly string[]>;
type Engine = keyof typeof ENGINES;
const VISITORS = Number(opts.visitors);
const EVERY = Number(opts.every);
/** The shortest idle time a kiosk takes (&idle=2): the countdown is then 1 s. */
const IDLE = 2;
const TARGET = 0.02;
/** Heap readings per sample, this far apart: the least is kept (see `sample`). */
const READINGS = 3;
const READING_GAP_MS = 500;

interface Sample {
  visitor: number;
  heapMB: number;
  codeMB: number;
  /** The heap but V8's compiled code: the page's objects and the engine's tables. */
  restMB: number;
  nodes: number;
  listeners: number;
}

interface SoakWindow {
  pedago: { store: { getState(): { run: { phase: string } | null; choose(c: { t: string }): boolean } } };
}

/**
 * The heap after garbage collection, read a few times half a second apart, the least kept: the attract loop
 * keeps drawing, and what it holds for a moment is not what the page keeps. Then a heap snapshot splits off
 * V8's compiled code.
 */
async function sample(page: Page, cdp: CDPSession, visitor: number): Promise<Sample> {
  const m = (metrics: { name: string; value: number }[], name: string) =>
    metrics.find((x) => x.name === name)?.value ?? Number.NaN;
  let heap = Number.POSITIVE_INFINITY;
  let last: { name: string; value: number }[] = [];
  for (let i = 0; i < READINGS; i++) {
    await page.waitForTimeout(READING_GAP_MS);
    // Twice: the first collection lets finalisers run, the second takes what they freed.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    last = (await cdp.send('Performance.getMetrics')).metrics;
    heap = Math.min(heap, m(last, 'JSHeapUsedSize') / 2 ** 20);
  }
  const codeMB = await compiledCodeMB(cdp);
  return {
    visitor,
    heapMB: heap,
    codeMB,
    restMB: heap - codeMB,
    nodes: m(last, 'Nodes'),
    listeners: m(last, 'JSEventListeners'),
  };
}

const scene = (page: Page) => page.evaluate(() => document.body.dataset.scene ?? '');

async function waitScene(page: Page, wanted: string): Promise<void> {
  await page.waitForFunction((s) => document.body.dataset.scene === s, wanted, { timeout: 30_000 });
}

/** One visitor: a tap, the brief read, the design begun with a format, then nobody: the countdown wipes it. */
async function visit(page: Page, n: number): Promise<void> {
  await page.getByRole('button', { name: 'Touchez pour jouer' }).tap();
  await waitScene(page, 'brief');
  await page.evaluate((variant) => {
    const { store } = (window as unknown as SoakWindow).pedago;
    store.getState().choose({ t: 'next' });
    const run = store.getState().run as unknown as { missionId: string } | null;
    const cat = (
      window as unknown as { pedago: { catalogue: { missions: Record<string, { formats: string[] }> } } }
    ).pedago.catalogue;
    const formats = run ? (cat.missions[run.missionId]?.formats ?? []) : [];
    const format = formats[variant % Math.max(1, formats.length)];
    if (format) store.getState().choose({ t: 'format', id: format } as unknown as { t: string });
  }, n);
  await waitScene(page, 'design');
  await waitScene(page, 'attract');
  if ((await scene(page)) !== 'attract') throw new Error(`visitor ${n} was not wiped`);
}

const pct = (now: number, base: number) => `${(((now - base) / base) * 100).toFixed(1).padStart(5)} %`;
const rise = (now: number, was: number) => (now - was) / was;
const mb = (v: number, w: number) => `${v.toFixed(2).padStart(w)} MB`;

function line(engine: Engine, s: Sample, b: Sample): string {
  return (
    `${engine.padEnd(8)}${String(s.visitor).padStart(7)}   ${mb(s.heapMB, 6)} ${pct(s.heapMB, b.heapMB)}` +
    `   ${mb(s.codeMB, 5)} ${pct(s.codeMB, b.codeMB)}   ${mb(s.restMB, 6)} ${pct(s.restMB, b.restMB)}` +
    `   ${String(s.nodes).padStart(5)} ${pct(s.nodes, b.nodes)}   ${String(s.listeners).padStart(5)} ${pct(s.listeners, b.listeners)}`
  );
}

/** The visitors on one page of a Chromium started with the engine's flags; each sample is printed as it comes. */
async function soak(url: string, engine: Engine): Promise<Sample[]> {
  const browser = await launchChromium(ENGINES[engine]);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}?mode=kiosk&idle=${IDLE}`);
    await waitScene(page, 'attract');
    const samples: Sample[] = [];
    for (let n = 1; n <= VISITORS; n++) {
      await visit(page, n);
      if (n !== 10 && n % EVERY !== 0) continue;
      const s = await sample(page, cdp, n);
      samples.push(s);
      console.log(line(engine, s, samples.find((x) => x.visitor === 10) ?? s));
    }
    return samples;
  } finally {
    await browser.close();
  }
}

const HEADER =
  'engine  visitor   heap after GC      of which code   heap without code    DOM nodes         listeners';

/** The engine's table again, whole, and each figure's largest move from the 10th visitor's, up or down. */
function report(engine: Engine, samples: Sample[]): void {
  const base = samples.find((x) => x.visitor === 10);
  if (!base) return;
  const later = samples.filter((s) => s.visitor > 10);
  const worst = (read: (s: Sample) => number) =>
    Math.max(0, ...later.map((s) => Math.abs(rise(read(s), read(base)))));
  const verdict = (x: number) => `${(x * 100).toFixed(1)} % ${x <= TARGET ? 'OK' : 'OVER'}`;
  console.log(`\n${HEADER}`);
  for (const s of samples) console.log(line(engine, s, base));
  const common = `DOM nodes ${verdict(worst((s) => s.nodes))}, listeners ${verdict(worst((s) => s.listeners))}`;
  console.log(
    engine === 'no-jit'
      ? `${engine}: largest move from the 10th visitor (target ≤ ${TARGET * 100} %): heap after GC ${verdict(worst((s) => s.heapMB))}, ${common}`
      : `${engine}: largest move from the 10th visitor (target ≤ ${TARGET * 100} %): heap without V8's code ` +
          `${verdict(worst((s) => s.restMB))}, ${common}; whole heap ${(worst((s) => s.heapMB) * 100).toFixed(1)} %, ` +
          `V8's compiled code ${(worst((s) => s.codeMB) * 100).toFixed(1)} %`,
  );
}

async function main(): Promise<void> {
  chromiumPath();
  if (!Number.isInteger(VISITORS) || VISITORS < 10 || !Number.isInteger(EVERY) || EVERY < 1)
    throw new Error('--visitors wants a whole number ≥ 10 and --every one ≥ 1');
  const engines: Engine[] =
    opts.engine === 'both' ? ['shipped', 'no-jit'] : opts.engine in ENGINES ? [opts.engine as Engine] : [];
  if (engines.length === 0) throw new Error('--engine wants both, shipped or no-jit');
  if (!opts['skip-build']) {
    console.log(`building the game (${opts.dist}/)…`);
    await buildGame(DIST);
  }
  const server = await serveStatic(DIST);
  const started = performance.now();
  try {
    console.log(
      `soak: ${VISITORS} kiosk visitors on one page (idle ${IDLE} s), side by side: ${engines.join(', ')}` +
        ` (no-jit: ${NO_JIT})`,
    );
    console.log(HEADER);
    const results = await Promise.all(engines.map((e) => soak(server.url, e)));
    for (const [i, e] of engines.entries()) report(e, results[i] ?? []);
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(`soak: could not measure: ${(e as Error).message}`);
  process.exit(1);
});
