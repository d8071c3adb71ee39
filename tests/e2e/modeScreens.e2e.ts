import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playMission } from './autoplay.ts';
import { browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { classCountOf, resultCodeOf, sessionCodeOf } from './classSession.ts';
import { clickButton, pupilOnward } from './pupilPath.ts';
import { captureScene } from './screens.ts';
import { scaled, until } from './timing.ts';

interface ModeWindow {
  pedago: { store: { getState(): { finishMission(): void; run: { phase: string } | null } } };
}

/** Plays the mission on screen through the store, then leaves its results as the button would. */
async function finishMission(page: Page): Promise<void> {
  await waitForScene(page, 'brief');
  await playMission(page);
  await waitForScene(page, 'results');
  await page.evaluate(() => (window as unknown as ModeWindow).pedago.store.getState().finishMission());
}

describe.skipIf(!browserAvailable())('the kiosk and class screens, as players see them', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'captures the kiosk attract loop and its end screen, and axe finds nothing serious',
    async () => {
      const { page, problems } = await openGame(browser, { hasTouch: true }, '?mode=kiosk', 'attract');
      const found = await captureScene(page, 'attract');
      await page.getByRole('button', { name: 'Touchez pour jouer' }).tap();
      for (let i = 0; i < 2; i++) await finishMission(page);
      await waitForScene(page, 'kiosk-end');
      found.push(...(await captureScene(page, 'kiosk-end')));
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    scaled(120_000),
  );

  it(
    'captures the teacher and pupil screens of a class session, and axe finds nothing serious',
    async () => {
      const teacher = await openGame(browser, {}, '?mode=teacher', 'teacher-setup');
      const found = await captureScene(teacher.page, 'teacher-setup');
      await teacher.page.getByRole('button', { name: 'Créer la séance' }).click();
      await waitForScene(teacher.page, 'teacher-session');
      found.push(...(await captureScene(teacher.page, 'teacher-session')));
      const session = await sessionCodeOf(teacher.page);

      const pupil = await openGame(browser, {}, `?mode=classroom&session=${session}`, 'classroom-welcome');
      found.push(...(await captureScene(pupil.page, 'classroom-welcome')));
      await pupil.page.getByRole('button', { name: 'Commencer' }).click();
      await pupilOnward(pupil.page, clickButton, 'classroom-welcome');
      for (;;) {
        await finishMission(pupil.page);
        if ((await pupilOnward(pupil.page, clickButton, 'results')) === 'classroom-end') break;
      }
      found.push(...(await captureScene(pupil.page, 'classroom-end')));
      const code = await resultCodeOf(pupil.page);

      await teacher.page.getByRole('textbox').fill(code);
      await teacher.page.getByRole('button', { name: 'Ajouter les codes' }).click();
      await until(
        "the pupil's code counted",
        () => classCountOf(teacher.page),
        (n) => n === '1',
      );
      await teacher.page.getByRole('button', { name: 'Bilan de la classe' }).click();
      await waitForScene(teacher.page, 'class-debrief');
      found.push(...(await captureScene(teacher.page, 'class-debrief')));
      expect(found).toEqual([]);
      expect([...teacher.problems, ...pupil.problems]).toEqual([]);
      await teacher.page.context().close();
      await pupil.page.context().close();
    },
    scaled(180_000),
  );
});
