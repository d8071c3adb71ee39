import type { Browser, Page } from 'playwright-core';
import { withFreshPage } from './browser.ts';

const SETTLE_MS = 1500;
export const FRAMES_SECONDS = 8;

export interface FrameTimes {
  /** Time between two displayed frames, as requestAnimationFrame sees it. */
  intervals: number[];
  /** The game's own work per frame: from Phaser's pre-step to the end of its render. */
  work: number[];
  scene: string;
}

/**
 * Records, for `seconds`, the interval between frames and, on the game's page, its work per frame (pre-step
 * to post-render). The floor's page has no game to watch: its work list stays empty.
 */
const RECORD = `(seconds) => new Promise((done) => {
  const game = window.pedago && window.pedago.game;
  const intervals = [];
  const work = [];
  let stepStart = 0;
  let recording = true;
  if (game) {
    game.events.on('prestep', () => { stepStart = performance.now(); });
    game.events.on('postrender', () => { if (recording && stepStart) work.push(performance.now() - stepStart); });
  }
  let last = 0;
  const end = performance.now() + seconds * 1000;
  const tick = (now) => {
    if (last) intervals.push(now - last);
    last = now;
    if (now < end) requestAnimationFrame(tick);
    else {
      recording = false;
      done({ intervals, work, scene: document.body.dataset.scene || '' });
    }
  };
  requestAnimationFrame(tick);
})`;

/** Opens the game at a save (put in the page's storage, then "Continue") and waits for `scene`. */
async function openAt(page: Page, save: string, scene: string): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.scene === 'title', undefined, { timeout: 30_000 });
  await page.evaluate((text) => localStorage.setItem('pedago-studio.save', text), save);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.scene === 'title', undefined, { timeout: 30_000 });
  await page.evaluate('window.pedago.store.getState().continueCareer()');
  await page.waitForFunction((s) => document.body.dataset.scene === s, scene, { timeout: 30_000 });
}

/**
 * The production weeks with a full team at their desks (a save put in the page's storage, then "Continue"):
 * their gauges fill and, where drawing is cheap, their work rises from their screens.
 */
export async function measureProductionFrames(
  browser: Browser,
  url: string,
  save: string,
): Promise<FrameTimes> {
  return withFreshPage(browser, url, async (page) => {
    await openAt(page, save, 'production');
    // From the scene's arrival: the gauges' rise is part of what is measured.
    return (await page.evaluate(`(${RECORD})(${FRAMES_SECONDS})`)) as FrameTimes;
  });
}

/** The live webinar, its chat streaming in, a decision waiting. */
export async function measureFrames(browser: Browser, url: string, save: string): Promise<FrameTimes> {
  return withFreshPage(browser, url, async (page) => {
    await openAt(page, save, 'implement');
    await page.waitForTimeout(SETTLE_MS);
    const result = (await page.evaluate(`(${RECORD})(${FRAMES_SECONDS})`)) as FrameTimes;
    return result;
  });
}

/** The floor's frame intervals (an empty Phaser scene): what this browser and machine can show at best. */
export async function measureFloorFrames(browser: Browser, url: string): Promise<number[]> {
  return withFreshPage(browser, url, async (page) => {
    await page.waitForFunction(() => (window as { __firstFrame?: number }).__firstFrame ?? false, undefined, {
      timeout: 30_000,
    });
    await page.waitForTimeout(SETTLE_MS);
    return ((await page.evaluate(`(${RECORD})(${FRAMES_SECONDS})`)) as FrameTimes).intervals;
  });
}
