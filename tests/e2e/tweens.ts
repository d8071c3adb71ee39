import type { Page } from 'playwright-core';

export interface TweensWindow {
  pedago: {
    game: {
      scene: { getScenes(active: boolean): { tweens: { getTweens(): { isPlaying(): boolean }[] } }[] };
    };
  };
}

/** How many tweens are playing in the scenes on screen (0: nothing moves by itself). */
export const playing = (page: Page): Promise<number> =>
  page.evaluate(() =>
    (window as unknown as TweensWindow).pedago.game.scene
      .getScenes(true)
      .reduce((n, s) => n + s.tweens.getTweens().filter((t) => t.isPlaying()).length, 0),
  );
