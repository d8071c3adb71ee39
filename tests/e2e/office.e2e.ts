import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateByKeyboard, browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { midCareerSave } from './productionSave.ts';
import { holds, scaled, until } from './timing.ts';
import { playing } from './tweens.ts';

/** The office at the hub after `done` missions of the bot's career. */
async function openOffice(browser: Browser, done: number, reducedMotion = false): Promise<Page> {
  const { page } = await openGame(browser);
  const { save } = midCareerSave({ done, stop: 'hub', reducedMotion });
  await page.evaluate((s) => localStorage.setItem('pedago-studio.save', s), save);
  await page.reload();
  await waitForScene(page, 'title');
  await activateByKeyboard(page, /^Continuer/);
  await waitForScene(page, 'offers');
  return page;
}

/** The room as the office describes it: its look, whether the phone rings, and its words. */
const room = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('[data-office-look]');
    return p ? { look: p.dataset.officeLook, ringing: p.dataset.ringing, words: p.textContent ?? '' } : null;
  });

const offerTexts = (page: Page) => page.locator('button[data-key^="offer-"]').allTextContents();

describe.skipIf(!browserAvailable())('the office is a place', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an intern shares a desk, the offers on the screen arrive by mail from new clients', async () => {
    const page = await openOffice(browser, 0);
    // The room and the offers are drawn together: read both until the room is there and counts the offers.
    const { seen, offers } = await until(
      'the office drawn over the inbox, counting the offers on screen',
      async () => ({ seen: await room(page), offers: await offerTexts(page) }),
      (r) =>
        r.seen !== null &&
        r.offers.length > 0 &&
        r.seen.words.includes(`Messages sur votre écran\u00a0: ${r.offers.length}.`),
    );
    expect(seen?.look).toBe('shared');
    expect(seen?.ringing).toBe('false');
    expect(offers.every((o) => o.includes('Courriel de'))).toBe(true);
  });

  it('later, the head of a centre sits among the colleagues worked with, and a client calls back', async () => {
    const page = await openOffice(browser, 7);
    const seen = await until(
      'the office drawn over the inbox',
      () => room(page),
      (r) => r !== null,
    );
    expect(seen?.look).toBe('centre');
    expect(seen?.words).toMatch(/Autour de vous\u00a0: \p{Lu}/u);
    expect(seen?.ringing).toBe('true');
    await until(
      'a client calling back among the offers',
      () => offerTexts(page),
      (offers) => offers.some((o) => o.includes('Appel de')),
    );
  });

  it('with reduced motion the ringing phone stays still: nothing moves by itself', async () => {
    const page = await openOffice(browser, 7, true);
    const seen = await until(
      'the office drawn over the inbox',
      () => room(page),
      (r) => r !== null,
    );
    expect(seen?.ringing).toBe('true');
    await until(
      'everything still in the office',
      () => playing(page),
      (n) => n === 0,
    );
    await holds(
      'the ringing phone still',
      () => playing(page),
      (n) => n === 0,
      scaled(1000),
    );
  });
});
