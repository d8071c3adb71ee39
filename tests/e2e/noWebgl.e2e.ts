import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { until } from './timing.ts';

/** Counts the pixels of a canvas area that pass a test on their red, green and blue values. */
async function countPixels(
  page: Page,
  area: { x: number; y: number; w: number; h: number },
  test: 'blue' | 'dark',
): Promise<number> {
  return page.evaluate(
    ({ area, test }) => {
      const canvas = document.querySelector('canvas') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('the game did not draw with the 2D canvas');
      const { data } = ctx.getImageData(area.x, area.y, area.w, area.h);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (test === 'blue' ? b > r + 60 && b > g : r + g + b < 300) n += 1;
      }
      return n;
    },
    { area, test },
  );
}

// A browser without WebGL or a GPU (a blocklisted graphics card) plays as well: the game draws with Phaser's
// Canvas renderer, which draws neither nine-slice panels nor tinted images by itself (see src/vendor/).
describe.skipIf(!browserAvailable())('the game without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(['--disable-3d-apis', '--disable-webgl']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws its panels and coloured icons with the Canvas renderer, and plays on', async () => {
    const { page, problems } = await openGame(browser);
    await until(
      'the Canvas renderer',
      () =>
        page.evaluate(
          () =>
            (window as unknown as { pedago: { game: { renderer: { type: number } } } }).pedago.game.renderer
              .type,
        ),
      (type) => type === 1, // Phaser.CANVAS
    );
    // The primary button "Nouvelle carrière" (x 96–476, y 270–334): a blue panel right of its label.
    await until(
      'the blue panel of "Nouvelle carrière" drawn',
      () => countPixels(page, { x: 400, y: 280, w: 60, h: 44 }, 'blue'),
      (n) => n > 2000,
    );
    // The gear icon of "Paramètres" (x 96–476, y 350–414), drawn in ink on a white panel.
    await until(
      'the gear icon of "Paramètres" drawn',
      () => countPixels(page, { x: 100, y: 362, w: 48, h: 40 }, 'dark'),
      (n) => n > 30,
    );
    await page.getByRole('button', { name: 'Nouvelle carrière' }).click();
    await waitForScene(page, 'background');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
