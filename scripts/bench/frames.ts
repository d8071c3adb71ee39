import type { Browser, Page } from 'playwright-core';
import { withFreshPage } from './browser.ts';

/** The busiest screen: the live webinar, its chat streaming in, a decision waiting. */
const MISSION = 'webinaire-rentree-etudiants';
const SETTLE_MS = 1500;
export const FRAMES_SECONDS = 8;

export interface FrameTimes {
  /** Time between two displayed frames, as requestAnimationFrame sees it. */
  intervals: number[];
  /** The game's own work per frame: from Phaser's pre-step to the end of its render. */
  work: number[];
  scene: string;
}

interface Store {
  getState(): {
    newCareer(): void;
    chooseBackground(id: string): void;
    acceptOffer(id: string): void;
    choose(c: object): boolean;
    run: { phase: string; events: { id: string }[] } | null;
  };
}
interface PageGlobals {
  pedago: {
    store: Store;
    catalogue: { missions: Record<string, { hours: number; sequences: { id: string }[] }> } & {
      events: Record<string, { options: { id: string }[] }>;
    };
    game: { events: { on(e: string, f: () => void): void } };
  };
}

/** Plays the webinar mission through the store up to its live moment, as a player's choices would. */
async function reachLiveWebinar(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.scene === 'title', undefined, { timeout: 30_000 });
  await page.evaluate((missionId) => {
    const { store, catalogue } = (window as unknown as PageGlobals).pedago;
    const s = () => store.getState();
    s().newCareer();
    s().chooseBackground('master-e-formation');
    s().acceptOffer(missionId);
    const m = catalogue.missions[missionId];
    if (!m) throw new Error(`bench: no mission ${missionId}`);
    const plan = [
      { t: 'next' },
      { t: 'format', id: 'webinar' },
      { t: 'hours', hours: [m.hours, 0, 0, 0, 0, 0] },
      { t: 'order', ids: m.sequences.map((q) => q.id) },
      { t: 'next' },
      { t: 'tool', id: 'plateforme-webinaire', on: true },
      { t: 'next' },
    ];
    for (const c of plan) if (!s().choose(c)) throw new Error(`bench: choice refused: ${JSON.stringify(c)}`);
    for (const e of s().run?.events ?? [])
      catalogue.events[e.id]?.options.some((o) => s().choose({ t: 'event', id: e.id, option: o.id }));
    if (!s().choose({ t: 'next' })) throw new Error('bench: could not reach the live moment');
  }, MISSION);
  await page.waitForFunction(() => document.body.dataset.scene === 'implement', undefined, {
    timeout: 30_000,
  });
}

/** Records frame intervals and the game's work per frame while the live webinar runs. */
export async function measureFrames(browser: Browser, url: string): Promise<FrameTimes> {
  return withFreshPage(browser, url, async (page) => {
    await reachLiveWebinar(page);
    await page.waitForTimeout(SETTLE_MS);
    const result = await page.evaluate(async (seconds) => {
      const game = (window as unknown as PageGlobals).pedago.game;
      const intervals: number[] = [];
      const work: number[] = [];
      let stepStart = 0;
      let recording = true;
      game.events.on('prestep', () => {
        stepStart = performance.now();
      });
      game.events.on('postrender', () => {
        if (recording && stepStart) work.push(performance.now() - stepStart);
      });
      await new Promise<void>((done) => {
        let last = 0;
        const end = performance.now() + seconds * 1000;
        const tick = (now: number) => {
          if (last) intervals.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else {
            recording = false;
            done();
          }
        };
        requestAnimationFrame(tick);
      });
      return { intervals, work, scene: document.body.dataset.scene ?? '' };
    }, FRAMES_SECONDS);
    return result;
  });
}
