import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, openGame, tapByTouch, waitForScene } from './browser.ts';
import { playMission, QUIZ_PLAN, SORTING_PLAN } from './flow.ts';
import { checkHere } from './screens.ts';
import { scaled } from './timing.ts';

/** A career fair's portrait totem: a large touch screen standing upright. */
const TOTEM = { viewport: { width: 1080, height: 1920 }, hasTouch: true };

/** The sorting game of the kiosk playlist: a serious game, drawn and checked by an expert. */
/** The kiosk playlist in order (levels/playlists.json). */
const KIOSK_PLANS = [QUIZ_PLAN, SORTING_PLAN];

describe.skipIf(!browserAvailable())('a visit at a portrait kiosk totem', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'is played from the attract loop to the thanks by touch; every screen has 64 px targets',
    async () => {
      const { page, problems } = await openGame(browser, TOTEM, '?mode=kiosk&idle=600', 'attract');
      const found: string[] = [];
      const look = async (name: string) => {
        found.push(...(await checkHere(page, `totem-${name}`)));
      };
      await look('attract');
      await tapByTouch(page, /^Touchez pour jouer/);
      for (const [i, plan] of KIOSK_PLANS.entries()) {
        await playMission(page, plan, tapByTouch, look);
        await tapByTouch(page, i === KIOSK_PLANS.length - 1 ? /^Voir la suite/ : /^Mission suivante/);
      }
      await waitForScene(page, 'kiosk-end');
      await look('end');
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    scaled(300_000),
  );
});
