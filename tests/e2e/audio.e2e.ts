import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { scaled, until } from './timing.ts';

interface AudioWindow {
  pedago: { audio: { play(id: string): void } };
}

const play = (page: Page, id: string) =>
  page.evaluate((s) => (window as unknown as AudioWindow).pedago.audio.play(s), id);

/** The caption on screen: its sound, its text, and whether it covers a button. */
const caption = (page: Page) =>
  page.evaluate(() => {
    const chip = document.querySelector<HTMLElement>('[data-caption]');
    if (!chip) return null;
    const r = chip.getBoundingClientRect();
    const covers = [...document.querySelectorAll('#ui-layer button')].some((b) => {
      const o = b.getBoundingClientRect();
      return o.width > 2 && r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom;
    });
    return {
      id: chip.dataset.caption,
      text: chip.textContent,
      hidden: chip.getAttribute('aria-hidden'),
      covers,
    };
  });

describe.skipIf(!browserAvailable())('sound in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('captions meaningful sounds away from the buttons, loads only the moods it plays, and stays quiet', async () => {
    const { page, problems, requests } = await openGame(browser);
    const music = async () =>
      requests
        .filter((u) => u.includes('/music-'))
        .map((u) => u.replace(/.*\/(music-\w+)-.*/, '$1'))
        .sort();
    // The title's music is asked for a moment after the title is up; a player who leaves it sooner never
    // needs it. This one stays until it is on its way.
    await until('the title music asked for', music, (m) => m.includes('music-title'));
    await page.getByRole('button', { name: 'Nouvelle carrière' }).click();
    await waitForScene(page, 'background');
    await play(page, 'click');
    await until(
      'no caption for a click',
      () => caption(page),
      (c) => c === null,
    );
    await play(page, 'error');
    await until(
      'the error caption, clear of the buttons',
      () => caption(page),
      (c) => expect(c).toEqual({ id: 'error', text: '♪Son de refus', hidden: 'true', covers: false }),
    );
    await page.getByRole('button', { name: /^Master en ingénierie/ }).click();
    await waitForScene(page, 'rankup');
    await page.getByRole('button', { name: /^Voir les offres/ }).click();
    await waitForScene(page, 'offers');
    await play(page, 'coin');
    await until(
      'the coin caption, clear of the buttons',
      () => caption(page),
      (c) => expect(c).toMatchObject({ id: 'coin', text: '♪Tintement de pièces', covers: false }),
    );
    await page.waitForFunction(() => !document.querySelector('[data-caption]'), null, {
      timeout: scaled(5000),
    });
    await page.waitForTimeout(300);
    await until('the music of the two moods played, and no other', music, (m) =>
      expect(m).toEqual(['music-office', 'music-title']),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
