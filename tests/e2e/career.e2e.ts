import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateByKeyboard, browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { clickThrough, playCareer, type Visit } from './flow.ts';
import { captureScene } from './screens.ts';
import { scaled, until } from './timing.ts';

describe.skipIf(!browserAvailable())('a career path in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'plays three missions and a promotion with the keyboard alone; every scene is captured and passes axe',
    async () => {
      const { page, problems } = await openGame(browser);
      const found: string[] = [];
      const look = async (name: string) => {
        const t0 = Date.now();
        const problems = await captureScene(page, name);
        found.push(...problems);
        console.log(`captured ${name} in ${Date.now() - t0} ms${['', ...problems].join('\n  ')}`);
      };
      const go = async (target: RegExp, scene: string) => {
        await activateByKeyboard(page, target);
        await waitForScene(page, scene);
        await look(scene);
      };
      await look('title');
      await go(/^Paramètres/, 'settings');
      // The credits sit in the settings' save menu, beside the career's file.
      await activateByKeyboard(page, /^Sauvegarde et crédits/);
      await page.getByRole('dialog', { name: 'Votre carrière dans un fichier' }).waitFor();
      // At this shape only: a turned screen redraws the settings, and the menu with them.
      found.push(...(await captureScene(page, 'settings-save-menu', false)));
      await go(/^Crédits/, 'credits');
      await activateByKeyboard(page, /^Retour/);
      await waitForScene(page, 'settings');
      await activateByKeyboard(page, /^Retour/);
      await waitForScene(page, 'title');
      await go(/^Nouvelle carrière/, 'background');
      await activateByKeyboard(page, /^Bac\+3/);
      // The first post's screen: the route's fact and what the job is.
      await waitForScene(page, 'rankup');
      await look('first-post');
      await activateByKeyboard(page, /^Voir les offres/);
      await waitForScene(page, 'offers');
      await look('offers');
      await go(/^Carnet du métier/, 'codex');
      await activateByKeyboard(page, /^Retour/);

      const visitFor = (i: number): Visit =>
        i === 0 ? look : i === 1 ? (n) => look(`webinar-${n}`) : async () => {};
      const after = await playCareer(page, activateByKeyboard, visitFor, look);

      expect(after).toContain('rankup');
      await waitForScene(page, 'offers');
      // "Carnet du métier · N/total": the missions have filled the notebook.
      await until(
        'facts met in the notebook',
        () => page.evaluate(() => document.querySelector('[data-key="codex"]')?.textContent ?? ''),
        (codex) => expect(codex).toMatch(/· [1-9]\d*\//),
      );
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    scaled(360_000),
  );

  it(
    'plays the same path with pointer clicks, in the largest text, high contrast and the dyslexia font',
    async () => {
      const { page, problems } = await openGame(browser);
      await clickThrough(page, /^Paramètres/);
      await waitForScene(page, 'settings');
      for (const setting of [/^Très grande/, /^Contraste élevé/, /^Police adaptée/]) {
        await clickThrough(page, setting);
        await page.waitForFunction(
          (name) =>
            [...document.querySelectorAll('#ui-layer button')].some(
              (b) => new RegExp(name).test(b.textContent ?? '') && b.getAttribute('aria-pressed') === 'true',
            ),
          setting.source,
        );
      }
      const found: string[] = [];
      const look: Visit = async (name) => {
        found.push(...(await captureScene(page, `large-${name}`)));
      };
      await look('settings');
      await clickThrough(page, /^Retour/);
      await waitForScene(page, 'title');
      await clickThrough(page, /^Nouvelle carrière/);
      await waitForScene(page, 'background');
      await look('background');
      await clickThrough(page, /^Bac\+3/);
      await waitForScene(page, 'rankup');
      await look('first-post');
      await clickThrough(page, /^Voir les offres/);
      await waitForScene(page, 'offers');
      await look('offers');
      const none: Visit = async () => {};
      const after = await playCareer(page, clickThrough, (i) => (i === 1 ? look : none), look);
      expect(after).toContain('rankup');
      expect(found).toEqual([]);
      await waitForScene(page, 'offers');
      expect(problems).toEqual([]);
      await page.context().close();
    },
    scaled(360_000),
  );
});
