import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateByKeyboard, browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { careerSave } from './careerSave.ts';
import { scaled, until } from './timing.ts';

interface MotionWindow {
  pedago: {
    game: {
      scene: { getScenes(active: boolean): { tweens: { getTweens(): { isPlaying(): boolean }[] } }[] };
    };
  };
}

/** How many tweens are playing in the scenes on screen. */
const playing = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as MotionWindow).pedago.game.scene
      .getScenes(true)
      .reduce((n, s) => n + s.tweens.getTweens().filter((t) => t.isPlaying()).length, 0),
  );

/** The results of a career's last mission, opened from the title, with the motion setting given. */
async function openResults(browser: Browser, reducedMotion: boolean): Promise<Page> {
  const { page } = await openGame(browser);
  const save = JSON.parse(careerSave({ seed: 7, background: 'bac3-multimedia', missionsLeft: 1 }));
  save.settings.reducedMotion = reducedMotion;
  await page.evaluate((s) => localStorage.setItem('pedago-studio.save', s), JSON.stringify(save));
  await page.reload();
  await waitForScene(page, 'title');
  await activateByKeyboard(page, /^Continuer/);
  await waitForScene(page, 'results');
  return page;
}

describe.skipIf(!browserAvailable())('the results arrive', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('with motion: the stars land one by one, each with a captioned chime, then all is still', async () => {
    const page = await openResults(browser, false);
    await until(
      'something moving on the results (stars arriving, indicators counting up)',
      () => playing(page),
      (n) => n > 0,
    );
    await until(
      'the chime of a star, captioned',
      () => page.evaluate(() => document.querySelector<HTMLElement>('[data-caption]')?.dataset.caption ?? ''),
      (id) => id === 'star',
    );
    await until(
      'the results standing still once arrived',
      () => playing(page),
      (n) => n === 0,
      scaled(10_000),
    );
    await page.context().close();
  });

  it('with reduced motion: nothing moves by itself, the stars and values are simply there', async () => {
    const page = await openResults(browser, true);
    const seen: number[] = [];
    for (let i = 0; i < 12; i++) {
      seen.push(await playing(page));
      await page.waitForTimeout(100);
    }
    expect(seen.every((n) => n === 0)).toBe(true);
    await page.context().close();
  });
});
