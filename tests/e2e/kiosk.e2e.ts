import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launch, newPage, openGame, waitForScene } from './browser.ts';
import { holds, scaled, until } from './timing.ts';

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
const career = (page: Page) =>
  page.evaluate(() => (window as unknown as KioskWindow).pedago.store.getState().career);
const lastSound = (page: Page) =>
  page.evaluate(() => (window as unknown as KioskWindow).pedago.audio.lastPlayed);

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
    await until(
      'a silent attract loop',
      () => lastSound(page),
      (id) => id === null,
    );
    await until(
      'no link out',
      () => page.locator('a[href]').count(),
      (n) => n === 0,
    );
    // Each event is sent and judged in one synchronous step, so its verdict is read in the same step.
    await until(
      'the context menu and text selection refused',
      () =>
        page.evaluate(() =>
          ['contextmenu', 'selectstart'].map((type) => {
            const e = new Event(type, { bubbles: true, cancelable: true });
            document.body.dispatchEvent(e);
            return e.defaultPrevented;
          }),
        ),
      (refused) => expect(refused).toEqual([true, true]),
    );
    await until(
      'no pinch zoom',
      () => page.evaluate(() => document.querySelector('meta[name="viewport"]')?.getAttribute('content')),
      (content) => expect(content).toMatch(/user-scalable=no/),
    );
    await startVisit(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('counts down when the visitor walks away, then wipes everything and goes back to the attract loop', async () => {
    const { page, problems } = await open();
    // Something a previous visitor of the machine might have left.
    await page.evaluate(() => localStorage.setItem('pedago-studio.save', '{"left":"behind"}'));
    await startVisit(page);
    const mission = await until(
      "the visitor's mission title",
      () => page.evaluate(() => document.querySelector('#ui-layer h1')?.textContent ?? ''),
      (title) => expect(title).not.toBe(''),
    );
    const countdown = page.locator('#kiosk-countdown');
    await countdown.waitFor({ state: 'visible', timeout: scaled(8000) });
    await until(
      'the countdown asking "Toujours là ?"',
      () => countdown.textContent(),
      (t) => expect(t).toMatch(/Toujours là\u00a0\?/),
    );
    await waitForScene(page, 'attract');
    await until(
      'no game key left in storage',
      () => gameKeys(page),
      (keys) => expect(keys).toEqual([]),
    );
    await until(
      'no run left',
      () => run(page),
      (r) => r === null,
    );
    await until(
      'no career left',
      () => career(page),
      (c) => c === null,
    );
    await until(
      'the countdown gone',
      () => countdown.count(),
      (n) => n === 0,
    );
    await until(
      "the visitor's mission gone from the page",
      () => page.evaluate(() => document.body.textContent ?? ''),
      (text) => expect(text).not.toContain(mission),
    );
    await until(
      "the visitor's mission gone from the announcer",
      () => page.evaluate(() => document.getElementById('announcer')?.textContent),
      (text) => expect(text).not.toContain(mission),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("follows the operator's kiosk.json with no rebuild, and keeps the defaults of a broken one, saying so", async () => {
    const openWith = async (file: string) => {
      const page = await newPage(browser, { hasTouch: true });
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      await page.route('**/kiosk.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: file }),
      );
      await page.goto(`${inject('baseUrl')}?mode=kiosk`);
      await waitForScene(page, 'attract');
      return { page, warnings };
    };
    // No idle in the address: kiosk.json's 3 s decide.
    const set = await openWith('{"idleSeconds": 3, "countdownSeconds": 2}');
    await startVisit(set.page);
    await set.page.locator('#kiosk-countdown').waitFor({ state: 'visible', timeout: scaled(8000) });
    expect(set.warnings.filter((w) => w.includes('kiosk.json'))).toEqual([]);
    await set.page.context().close();
    const broken = await openWith('{"idleSeconds": 3,');
    await until(
      'the operator told the file is broken',
      async () => broken.warnings.filter((w) => w.startsWith('kiosk.json: not valid JSON')).length,
      (n) => n === 1,
    );
    await startVisit(broken.page);
    // The default timeout (90 s) holds: no countdown where kiosk.json's 3 s would have shown one (the kiosk's
    // timers run on the wall clock, which the CPU throttle does not slow: the window is not stretched).
    await holds(
      'no countdown past the 3 s of the broken file',
      () => broken.page.locator('#kiosk-countdown').count(),
      (n) => n === 0,
      4500,
    );
    await broken.page.context().close();
  });

  it('keeps the visit when the visitor touches the screen during the countdown', async () => {
    const { page, problems } = await open();
    await startVisit(page);
    const countdown = page.locator('#kiosk-countdown');
    await countdown.waitFor({ state: 'visible', timeout: scaled(8000) });
    await page.touchscreen.tap(640, 500);
    await countdown.waitFor({ state: 'detached', timeout: scaled(2000) });
    // Until past the moment the countdown would have wiped the visit (2 s on the wall clock, which the CPU
    // throttle does not slow; before the next countdown, 3 s after the touch, could end), it is still there.
    await holds(
      'the visit kept on the design, its run with it',
      async () => ({ scene: await page.evaluate(() => document.body.dataset.scene), run: await run(page) }),
      (seen) => expect(seen).toMatchObject({ scene: 'design', run: { phase: 'design' } }),
      2500,
    );
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
      if (friendly) await page.locator('#kiosk-crash').waitFor({ state: 'visible', timeout: scaled(5000) });
    };
    const crashAndReload = async () => {
      const reloaded = page.waitForEvent('load', { timeout: scaled(15_000) });
      await crash();
      await reloaded;
      await waitForScene(page, 'attract');
    };
    await startVisit(page);
    await crashAndReload();
    await until(
      'no run after the crash',
      () => run(page),
      (r) => r === null,
    );
    await until(
      'no game key after the crash',
      () => gameKeys(page),
      (keys) => expect(keys).toEqual([]),
    );
    expect(problems.filter((p) => !p.includes('kiosk test'))).toEqual([]);

    await crashAndReload();
    await crash(false);
    await page.waitForURL(/kiosk-fallback\.html$/);
    await until(
      'the static pause page',
      () => page.getByText('La borne fait une petite pause.').count(),
      (n) => n === 1,
    );
    await page.context().close();
  });
});
