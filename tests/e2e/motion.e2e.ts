import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  activateByKeyboard,
  browserAvailable,
  clickByPointer,
  launch,
  openGame,
  waitForScene,
} from './browser.ts';
import { briefSave, careerSave } from './careerSave.ts';
import { holds, scaled, until } from './timing.ts';
import { playing, type TweensWindow } from './tweens.ts';

interface Moved {
  parentContainer?: Moved | null;
  getData?(key: string): unknown;
}

interface MotionWindow {
  pedago: {
    game: {
      scene: {
        getScenes(
          active: boolean,
        ): { tweens: { getTweens(): { isPlaying(): boolean; targets: Moved[] }[] } }[];
      };
    };
  };
}

/**
 * The keys of the controls a playing tween moves a part of (their face, their check): the control's own box
 * (the click's flash) does not count, as a redraw cuts it.
 */
const movingControls = (page: Page) =>
  page.evaluate(() => {
    const keys = new Set<string>();
    for (const scene of (window as unknown as MotionWindow).pedago.game.scene.getScenes(true))
      for (const tween of scene.tweens.getTweens())
        if (tween.isPlaying())
          for (const target of tween.targets)
            for (let o = target.parentContainer; o; o = o.parentContainer) {
              const twin = o.getData?.('twin') as HTMLElement | undefined;
              if (twin?.dataset.key) keys.add(twin.dataset.key);
            }
    // Where drawing is slow the landing steps rather than tweens: its twin says it is landing.
    for (const twin of document.querySelectorAll<HTMLElement>('[data-landing]'))
      if (twin.dataset.key) keys.add(twin.dataset.key);
    return [...keys];
  });

/**
 * Watches the screen for a second and a bit (stretched by the CPU throttle): no tween plays at any read, and
 * no card lands, not even a stepped landing (where drawing is slow the landing steps rather than tweens).
 */
const staysStill = (page: Page, what: string) =>
  holds(
    what,
    () =>
      page.evaluate(() => ({
        playing: (window as unknown as TweensWindow).pedago.game.scene
          .getScenes(true)
          .reduce((n, s) => n + s.tweens.getTweens().filter((t) => t.isPlaying()).length, 0),
        landing: document.querySelectorAll('[data-landing]').length,
      })),
    (seen) => seen.playing === 0 && seen.landing === 0,
    scaled(1200),
  );

/** The brief of a career's first mission with interviews, opened from the title, with the motion setting given. */
async function openBrief(browser: Browser, reducedMotion: boolean): Promise<Page> {
  const { page } = await openGame(browser);
  const save = JSON.parse(briefSave({ seed: 7, background: 'bac3-multimedia' }));
  save.settings.reducedMotion = reducedMotion;
  await page.evaluate((s) => localStorage.setItem('pedago-studio.save', s), JSON.stringify(save));
  await page.reload();
  await waitForScene(page, 'title');
  await activateByKeyboard(page, /^Continuer/);
  await waitForScene(page, 'brief');
  return page;
}

/** Picks, with the pointer, the first available choice whose key starts with `prefix`; returns its key. */
async function pick(page: Page, prefix: string): Promise<string> {
  const key = await until(
    `a choice ${prefix}… to pick`,
    () =>
      page.evaluate(
        (p) =>
          document.querySelector<HTMLElement>(`#ui-layer [data-key^="${p}"][aria-disabled="false"]`)?.dataset
            .key ?? '',
        prefix,
      ),
    (k) => k !== '',
  );
  await clickByPointer(page, { key: new RegExp(`^${key}$`) });
  return key;
}

/** Waits until the control of `key` says it is pressed (the choice is taken, the screen shows it). */
const shownPressed = (page: Page, key: string) =>
  until(
    `${key} shown pressed`,
    () =>
      page.evaluate(
        (k) => document.querySelector(`#ui-layer [data-key="${k}"]`)?.getAttribute('aria-pressed') ?? '',
        key,
      ),
    (v) => v === 'true',
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
    await staysStill(page, 'the results still: nothing moves by itself');
    await page.context().close();
  });
});

describe.skipIf(!browserAvailable())('a choice answered', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('with motion: the card picked lifts and its check lands, on a redrawn screen and in place', async () => {
    const page = await openBrief(browser, false);
    // A question asked: the brief is drawn again with the answer, and the card answers there.
    const question = await pick(page, 'question-');
    await until(
      'a tween on the question picked',
      () => movingControls(page),
      (keys) => keys.includes(question),
      scaled(3_000),
    );
    await shownPressed(page, question);
    // An objective picked: the card toggles where it stands.
    await activateByKeyboard(page, /^Choisir les objectifs/);
    const objective = await pick(page, 'objective-');
    await until(
      'a tween on the objective picked',
      () => movingControls(page),
      (keys) => keys.includes(objective),
      scaled(3_000),
    );
    await until(
      'the objective picked standing still again',
      () => movingControls(page),
      (keys) => !keys.includes(objective),
    );
    await shownPressed(page, objective);
    await page.context().close();
  });

  it('with reduced motion: the choice simply shows, nothing moves', async () => {
    const page = await openBrief(browser, true);
    const question = await pick(page, 'question-');
    await shownPressed(page, question);
    await staysStill(page, 'the brief still after the question, no landing');
    await activateByKeyboard(page, /^Choisir les objectifs/);
    const objective = await pick(page, 'objective-');
    await shownPressed(page, objective);
    await staysStill(page, 'the objectives still after the pick, no landing, not even a stepped one');
    await page.context().close();
  });
});
