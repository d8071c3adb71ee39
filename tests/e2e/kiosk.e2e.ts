import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, openGame, waitForScene } from './browser.ts';

/** With idle=3 the countdown appears after 3 s without a touch and lasts 2 s. */
const KIOSK = '?mode=kiosk&idle=3';

interface KioskWindow {
  pedago: {
    store: {
      getState(): { run: { phase: string } | null; career: unknown; choose(c: { t: string }): boolean };
    };
    audio: { lastPlayed: string | null };
  };
}

const run = (page: Page) =>
  page.evaluate(() => (window as unknown as KioskWindow).pedago.store.getState().run);

/** Every storage key the game could have left, in localStorage and sessionStorage. */
const gameKeys = (page: Page) =>
  page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((s) =>
      Object.keys(s).filter((k) => k.startsWith('pedago-studio.')),
    ),
  );

async function startVisit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Touchez pour jouer' }).tap();
  await waitForScene(page, 'brief');
  // A little play: the brief read, on to the design.
  await page.evaluate(() => (window as unknown as KioskWindow).pedago.store.getState().choose({ t: 'next' }));
  await waitForScene(page, 'design');
}

describe.skipIf(!browserAvailable())('the kiosk', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (query = KIOSK) => openGame(browser, { hasTouch: true }, query, 'attract');

  it('waits on a quiet attract loop, locked in, until touched', async () => {
    const { page, problems } = await open();
    expect(await page.evaluate(() => (window as unknown as KioskWindow).pedago.audio.lastPlayed)).toBeNull();
    expect(await page.locator('a[href]').count()).toBe(0);
    const refused = await page.evaluate(() =>
      ['contextmenu', 'selectstart'].map((type) => {
        const e = new Event(type, { bubbles: true, cancelable: true });
        document.body.dispatchEvent(e);
        return e.defaultPrevented;
      }),
    );
    expect(refused).toEqual([true, true]);
    expect(
      await page.evaluate(() => document.querySelector('meta[name="viewport"]')?.getAttribute('content')),
    ).toMatch(/user-scalable=no/);
    await startVisit(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('counts down when the visitor walks away, then wipes everything and goes back to the attract loop', async () => {
    const { page, problems } = await open();
    // Something a previous visitor of the machine might have left.
    await page.evaluate(() => localStorage.setItem('pedago-studio.save', '{"left":"behind"}'));
    await startVisit(page);
    const mission = await page.evaluate(() => document.querySelector('#ui-layer h1')?.textContent ?? '');
    expect(mission).not.toBe('');
    const countdown = page.locator('#kiosk-countdown');
    await countdown.waitFor({ state: 'visible', timeout: 8000 });
    await expect(countdown.textContent()).resolves.toMatch(/Toujours là \?/);
    await waitForScene(page, 'attract');
    expect(await gameKeys(page)).toEqual([]);
    expect(await run(page)).toBeNull();
    expect(
      await page.evaluate(() => (window as unknown as KioskWindow).pedago.store.getState().career),
    ).toBeNull();
    await expect(countdown.count()).resolves.toBe(0);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).not.toContain(mission);
    expect(await page.evaluate(() => document.getElementById('announcer')?.textContent)).not.toContain(
      mission,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps the visit when the visitor touches the screen during the countdown', async () => {
    const { page, problems } = await open();
    await startVisit(page);
    const countdown = page.locator('#kiosk-countdown');
    await countdown.waitFor({ state: 'visible', timeout: 8000 });
    await page.touchscreen.tap(640, 500);
    await countdown.waitFor({ state: 'detached', timeout: 2000 });
    await page.waitForTimeout(2000);
    expect(await page.evaluate(() => document.body.dataset.scene)).toBe('design');
    expect(await run(page)).toMatchObject({ phase: 'design' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('recovers from an error in the game loop to the attract loop, and stops at a static page after three', async () => {
    const { page, problems } = await open('?mode=kiosk&idle=600');
    const crash = async (friendly = true) => {
      await page.evaluate(() => {
        const game = (
          window as unknown as { pedago: { game: { events: { once(e: string, f: () => void): void } } } }
        ).pedago.game;
        game.events.once('step', () => {
          throw new Error('kiosk test: a crash in the game loop');
        });
      });
      if (friendly) await page.locator('#kiosk-crash').waitFor({ state: 'visible', timeout: 5000 });
    };
    const crashAndReload = async () => {
      const reloaded = page.waitForEvent('load', { timeout: 15_000 });
      await crash();
      await reloaded;
      await waitForScene(page, 'attract');
    };
    await startVisit(page);
    await crashAndReload();
    expect(await run(page)).toBeNull();
    expect(await gameKeys(page)).toEqual([]);
    expect(problems.filter((p) => !p.includes('kiosk test'))).toEqual([]);

    await crashAndReload();
    await crash(false);
    await page.waitForURL(/kiosk-fallback\.html$/);
    await expect(page.getByText('La borne fait une petite pause.').count()).resolves.toBe(1);
    await page.context().close();
  });
});
