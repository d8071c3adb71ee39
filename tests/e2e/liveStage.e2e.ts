import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activateByKeyboard,
  browserAvailable,
  clickByPointer,
  launch,
  openGame,
  present,
  waitForScene,
} from './browser.ts';
import { liveSave } from './liveSave.ts';
import { until } from './timing.ts';
import { playing } from './tweens.ts';

/** The webinar's live moment of the first career mission, every step still to take. */
async function openLive(browser: Browser, reducedMotion: boolean): Promise<Page> {
  const { page } = await openGame(browser);
  const save = liveSave({ missionId: 'webinaire-rentree-etudiants', format: 'webinar', reducedMotion });
  await page.evaluate((s) => localStorage.setItem('pedago-studio.save', s), save);
  await page.reload();
  await waitForScene(page, 'title');
  await activateByKeyboard(page, /^Continuer/);
  await waitForScene(page, 'implement');
  return page;
}

/** The audience figure the stage gives screen readers. */
const audience = (page: Page) =>
  page.evaluate(() =>
    Number(document.querySelector<HTMLElement>('[data-audience]')?.dataset.audience ?? NaN),
  );

/** The messages of the chat in the page, with the mood of the room's reactions. */
const chat = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section[aria-label="Chat du webinaire"] p')].map((p) => ({
      text: p.textContent ?? '',
      mood: p.dataset.mood ?? '',
    })),
  );

/** Chooses an option of the live step on screen, once it is there. */
async function choose(page: Page, key: RegExp): Promise<void> {
  await until(
    `the option ${key} on screen`,
    () => present(page, { key, enabled: true }),
    (here) => here,
  );
  await clickByPointer(page, { key });
}

describe.skipIf(!browserAvailable())('the live moment reacts to the player’s choices', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the audience grows after a good choice and the chat cheers, then thins after a poor one and the chat sulks', async () => {
    const page = await openLive(browser, false);
    const opening = await until(
      'the audience figure',
      () => audience(page),
      (n) => n > 0,
    );

    await choose(page, /^option-webinaire-chat-pause-questions$/);
    const grown = await until(
      'more people after a pause for questions',
      () => audience(page),
      (n) => n > opening,
    );
    await until(
      'the chat cheering the choice',
      () => chat(page),
      (lines) => lines.some((l) => l.mood === 'good'),
    );

    await activateByKeyboard(page, /^Continuer/);
    await choose(page, /^option-webinaire-son-continuer$/);
    await until(
      'fewer people after carrying on without sound',
      () => audience(page),
      (n) => n < grown,
    );
    await until(
      'the chat complaining',
      () => chat(page),
      (lines) => lines.some((l) => l.mood === 'bad'),
    );
    await page.context().close();
  });

  it('with reduced motion: the new figure and the reaction are simply there, and nothing moves by itself', async () => {
    const page = await openLive(browser, true);
    const opening = await until(
      'the audience figure',
      () => audience(page),
      (n) => n > 0,
    );
    const before = await until(
      'the chat’s first lines',
      () => chat(page),
      (lines) => lines.length > 0,
    );
    await page.waitForTimeout(2000);
    expect(await chat(page), 'the chat stays still with reduced motion').toEqual(before);

    await choose(page, /^option-webinaire-chat-pause-questions$/);
    await until(
      'more people after a pause for questions',
      () => audience(page),
      (n) => n > opening,
    );
    const reacted = await until(
      'the chat cheering the choice',
      () => chat(page),
      (lines) => lines.some((l) => l.mood === 'good'),
    );
    const seen: number[] = [];
    for (let i = 0; i < 12; i++) {
      seen.push(await playing(page));
      await page.waitForTimeout(150);
    }
    expect(seen.every((n) => n === 0)).toBe(true);
    expect(await chat(page), 'no message arrives by itself').toEqual(reacted);
    await page.context().close();
  });
});
