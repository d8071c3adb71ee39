import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateByKeyboard, browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { productionSave } from './productionSave.ts';
import { holds, scaled, until } from './timing.ts';
import { playing } from './tweens.ts';

/** The share of their work a colleague's gauge says is done. */
const done = (page: Page, name: string) =>
  page.locator(`[role=progressbar][aria-label="${name}"]`).first().getAttribute('aria-valuenow').then(Number);

async function openProduction(browser: Browser, reducedMotion: boolean) {
  const { page, problems } = await openGame(browser);
  const { save, colleagues } = productionSave({ reducedMotion });
  await page.evaluate((s) => localStorage.setItem('pedago-studio.save', s), save);
  await page.reload();
  await waitForScene(page, 'title');
  await activateByKeyboard(page, /^Continuer/);
  await waitForScene(page, 'production');
  return { page, problems, colleagues };
}

/** Picks the first option the card offers that the player may take. */
async function pickAnOption(page: Page): Promise<void> {
  await page.locator('button[data-key^="option-"]:not([aria-disabled="true"])').first().click();
}

describe.skipIf(!browserAvailable())('production: the team at work', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the hired colleagues at their desks, the news in someone’s words, and work that rises with each choice', async () => {
    const { page, problems, colleagues } = await openProduction(browser, false);
    expect(colleagues.length, 'the bot hires at least one named colleague').toBeGreaterThan(0);
    const name = colleagues[0] as string;
    await until(
      `${name}'s desk and gauge`,
      () => page.locator(`[role=progressbar][aria-label="${name}"]`).count(),
      (n) => n > 0,
    );
    // The event card is told by someone of the cast: their name opens the story.
    await until(
      'the event card told by someone of the cast',
      () => page.locator('p').allTextContents(),
      (told) => told.some((p) => /^[A-ZÀ-Ý][\p{L}’' -]+\u00a0: /u.test(p)),
    );
    const before = await until(
      `${name}'s gauge filled to this week`,
      () => done(page, name),
      (v) => v > 0,
    );
    await pickAnOption(page);
    await until(
      `${name}'s gauge rising after the choice`,
      () => done(page, name),
      (v) => v > before,
    );
    expect(problems).toEqual([]);
  });

  it('lets the player pause the work (it waits) and speed it up', async () => {
    const { page, colleagues } = await openProduction(browser, false);
    const name = colleagues[0] as string;
    const pause = page.getByRole('button', { name: 'Pause' });
    const faster = page.getByRole('button', { name: 'Accélérer' });
    await until(
      'the pause control',
      () => pause.count(),
      (n) => n === 1,
    );
    await until(
      'the work playing (not paused) at first',
      () => pause.getAttribute('aria-pressed'),
      (v) => v === 'false',
    );
    // The gauge has risen to this week when two reads a rise's length apart agree (it tweens or steps).
    const before = await until(
      `${name}'s gauge settled at this week`,
      async () => {
        const first = await done(page, name);
        await page.waitForTimeout(scaled(1600));
        return first === (await done(page, name)) ? first : -1;
      },
      (v) => v > 0,
    );
    await pause.click();
    await until(
      'the work paused',
      () => pause.getAttribute('aria-pressed'),
      (v) => v === 'true',
    );
    // Paused, the week the choice brings waits: the gauge stays where it was.
    await pickAnOption(page);
    await until(
      'the outcome of the choice',
      () => page.getByRole('button', { name: /^Continuer/ }).count(),
      (n) => n > 0,
    );
    await until(
      'the pause kept on the new card',
      () => pause.getAttribute('aria-pressed'),
      (v) => v === 'true',
    );
    await holds(
      `${name}'s gauge waiting while paused`,
      () => done(page, name),
      (v) => v === before,
    );
    await faster.click();
    await until(
      'the work sped up',
      () => faster.getAttribute('aria-pressed'),
      (v) => v === 'true',
    );
    await until(
      'the pause released by speeding up',
      () => pause.getAttribute('aria-pressed'),
      (v) => v === 'false',
    );
    await until(
      `${name}'s gauge rising again`,
      () => done(page, name),
      (v) => v > before,
    );
  });

  it('with reduced motion: the gauges show this week at once and nothing moves by itself', async () => {
    const { page, colleagues } = await openProduction(browser, true);
    const name = colleagues[0] as string;
    await until(
      `${name}'s gauge`,
      () => done(page, name),
      (v) => v > 0,
    );
    await holds(
      'no pause control: nothing runs by itself to pause',
      () => page.getByRole('button', { name: 'Pause' }).count(),
      (n) => n === 0,
      scaled(1000),
    );
    const { gauge: before } = await until(
      'everything still',
      async () => ({ moving: await playing(page), gauge: await done(page, name) }),
      (seen) => seen.moving === 0,
    );
    await pickAnOption(page);
    const after = await until(
      `${name}'s gauge at the new week`,
      () => done(page, name),
      (v) => v > before,
    );
    expect(after).toBeGreaterThan(before);
    await until(
      'everything still after the choice',
      () => playing(page),
      (n) => n === 0,
    );
  });
});
