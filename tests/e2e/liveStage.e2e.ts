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
import { holds, scaled, until } from './timing.ts';
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
    await holds(
      'the chat staying still with reduced motion',
      () => chat(page),
      (lines) => expect(lines).toEqual(before),
      scaled(2000),
    );

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
    await holds(
      'nothing moving, and no message arriving by itself',
      async () => ({ playing: await playing(page), lines: await chat(page) }),
      (seen) => {
        expect(seen.playing, 'tweens playing').toBe(0);
        expect(seen.lines).toEqual(reacted);
      },
      scaled(1800),
    );
    await page.context().close();
  });
});
