import type { Browser, Page } from 'playwright-core';
import { withFreshPage } from './browser.ts';

const TIMEOUT_MS = 30_000;
const RENDERERS: Record<number, string> = { 1: 'Canvas', 2: 'WebGL' };

export interface Sample {
  /** Milliseconds from navigation start, read with performance.now() inside the page. */
  ms: number;
  renderer: string;
}

/** Reads one figure from a freshly opened page; later steps (e.g. measureFrames) can run after it. */
export type Probe = (page: Page) => Promise<Sample>;

export interface Target {
  name: string;
  url: string;
  probe: Probe;
}

interface PageGlobals {
  __firstFrame?: number;
  __renderer?: number;
  pedago?: { game?: { renderer?: { type?: number } } };
  __titleShown?: number;
}

export const POLLING = 'both stamped in the page at the postrender of their first frame';

/** The title is usable once it is on screen (stamped at its first postrender, like the floor) and its DOM buttons exist. */
export const titleUsable: Probe = async (page) => {
  const ready = await page.waitForFunction(
    () =>
      document.querySelector('#ui-layer button') !== null
        ? ((window as PageGlobals).__titleShown ?? false)
        : false,
    undefined,
    { polling: 'raf', timeout: TIMEOUT_MS },
  );
  const ms = (await ready.jsonValue()) as number;
  const type = await page.evaluate(() => (window as PageGlobals).pedago?.game?.renderer?.type);
  return { ms, renderer: rendererName(type) };
};

export const floorFirstFrame: Probe = async (page) => {
  const ready = await page.waitForFunction(() => (window as PageGlobals).__firstFrame ?? false, undefined, {
    polling: 'raf',
    timeout: TIMEOUT_MS,
  });
  const ms = (await ready.jsonValue()) as number;
  return { ms, renderer: rendererName(await page.evaluate(() => (window as PageGlobals).__renderer)) };
};

function rendererName(type: number | undefined): string {
  return type === undefined ? 'unknown' : (RENDERERS[type] ?? `type ${type}`);
}

/**
 * Loads the targets in turn (ABAB…), each in a fresh context, so that the machine's load weighs on all of
 * them alike; one unrecorded warm-up round first pays for Chromium's own start-up (GPU process, caches).
 */
export async function measureStartup(
  browser: Browser,
  targets: readonly Target[],
  runs: number,
): Promise<Map<string, Sample[]>> {
  const samples = new Map(targets.map((t) => [t.name, [] as Sample[]]));
  for (let round = -1; round < runs; round++) {
    for (const t of targets) {
      const sample = await withFreshPage(browser, t.url, t.probe);
      if (round >= 0) samples.get(t.name)?.push(sample);
    }
  }
  return samples;
}
