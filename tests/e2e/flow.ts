import type { Page } from 'playwright-core';
import { activateByKeyboard, present, waitForScene } from './browser.ts';

/** Reads the current scene key. */
export const sceneOf = (page: Page) => page.evaluate(() => document.body.dataset.scene ?? '');

/** Waits until the scene is no longer `from` (a choice moved the game on). */
export async function leave(page: Page, from: string): Promise<string> {
  await page.waitForFunction((s) => document.body.dataset.scene !== s, from, { timeout: 20_000 });
  return sceneOf(page);
}

async function pressTimes(page: Page, name: RegExp, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await activateByKeyboard(page, name);
}

/** Answers the pending events or live steps one by one (first open option), then moves on. */
async function answerAll(page: Page, scene: string, moveOn: RegExp): Promise<void> {
  for (let i = 0; i < 12; i++) {
    if (await present(page, { name: moveOn, enabled: true })) {
      await activateByKeyboard(page, { name: moveOn, enabled: true });
      await leave(page, scene);
      return;
    }
    if (await present(page, { name: /^Continuer/, enabled: true })) {
      await activateByKeyboard(page, { name: /^Continuer/, enabled: true });
    } else {
      await activateByKeyboard(page, { key: /^option-/, enabled: true });
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`Could not finish the ${scene} phase.`);
}

/**
 * Plays the mission now on screen (from its brief) to the results with the keyboard alone, making
 * sensible choices: one question, the format named, a spread of hours, tools and team by name.
 */
export async function playMissionByKeyboard(
  page: Page,
  plan: { format: RegExp; hours: [RegExp, number][]; picks: RegExp[] },
): Promise<void> {
  await waitForScene(page, 'brief');
  if (await present(page, { key: /./, name: /\?$/, enabled: true }))
    await activateByKeyboard(page, { name: /\?$/, enabled: true });
  await activateByKeyboard(page, /^Concevoir le dispositif/);
  await waitForScene(page, 'design');
  await activateByKeyboard(page, plan.format);
  await activateByKeyboard(page, { name: /^Continuer/, enabled: true });
  for (const [activity, n] of plan.hours) await pressTimes(page, activity, n);
  await activateByKeyboard(page, { name: /^Continuer/, enabled: true });
  await activateByKeyboard(page, /^Monter/);
  await activateByKeyboard(page, { name: /^Passer à la production/, enabled: true });
  await waitForScene(page, 'develop');
  for (const pick of plan.picks) await activateByKeyboard(page, pick);
  await activateByKeyboard(page, /^Lancer la production/);
  await waitForScene(page, 'production');
  await answerAll(page, 'production', /^Passer à la mise en œuvre/);
  await waitForScene(page, 'implement');
  await answerAll(page, 'implement', /^Voir les résultats/);
  await waitForScene(page, 'results');
}

export const WAREHOUSE_PLAN = {
  format: /^Module interactif/,
  hours: [
    [/^Ajouter une heure : S'informer/, 2],
    [/^Ajouter une heure : S'exercer/, 3],
    [/^Ajouter une heure : Échanger/, 1],
  ] as [RegExp, number][],
  picks: [/^Outil auteur/, /^Plateforme LMS/, /^Expert/],
};
