import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateByKeyboard, browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { careerSave } from './careerSave.ts';
import { captureScene } from './screens.ts';
import { scaled, until } from './timing.ts';

interface EndWindow {
  pedago: {
    store: { getState(): { review: { page: string; quiz: { answers: number[]; current: number } } | null } };
    audio: { lastPlayed: string | null };
  };
}

const review = (page: Page) =>
  page.evaluate(() => (window as unknown as EndWindow).pedago.store.getState().review);
const pressed = (page: Page, key: string) =>
  page.locator(`#ui-layer button[data-key="${key}"]`).getAttribute('aria-pressed');
const texts = (page: Page) => page.locator('#ui-layer p, #ui-layer li, #ui-layer h2').allTextContents();

describe.skipIf(!browserAvailable())('the end of a career', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches the review from the last mission, pages through it and takes the quiz by keyboard', async () => {
    const { page, problems } = await openGame(browser);
    // A real career, played by the bot to the results of its last mission.
    const save = careerSave({ seed: 7, background: 'bac3-multimedia', missionsLeft: 1 });
    await page.evaluate((s) => localStorage.setItem('pedago-studio.save', s), save);
    await page.reload();
    await waitForScene(page, 'title');
    await activateByKeyboard(page, /^Continuer/);
    await waitForScene(page, 'results');
    await activateByKeyboard(page, /^Terminer la carrière/);
    // The last mission may earn a promotion: it is shown first, then the review.
    await page.waitForFunction(
      () => ['end', 'rankup'].includes(document.body.dataset.scene ?? ''),
      undefined,
      {
        timeout: scaled(20_000),
      },
    );
    if ((await page.evaluate(() => document.body.dataset.scene)) === 'rankup')
      await activateByKeyboard(page, /^Voir le bilan de carrière/);
    await waitForScene(page, 'end');
    await until(
      "the review's title",
      () => page.locator('#ui-layer h1').textContent(),
      (t) => t === 'Bilan de carrière',
    );
    const found = await captureScene(page, 'end-path');
    await until(
      'the path page shown as current',
      () => pressed(page, 'end-page-path'),
      (p) => p === 'true',
    );
    // The timeline's text twin: one line per mission, in order.
    const missions = page.locator('#ui-layer ol li');
    await until(
      'one timeline line per mission',
      () => missions.count(),
      (n) => n === 8,
    );
    await until(
      'the timeline starting at mission 1',
      () => missions.first().textContent(),
      (t) => expect(t).toMatch(/^Mission 1\u00a0: /),
    );

    await activateByKeyboard(page, { key: /^end-next$/ });
    await page.waitForFunction(
      () => document.querySelector('[data-key="end-page-skills"]')?.getAttribute('aria-pressed') === 'true',
    );
    await until(
      'one line for the growth in pedagogy',
      () => texts(page),
      (all) => expect(all.filter((x) => /^Pédagogie\u00a0: \d → \d$/.test(x))).toHaveLength(1),
    );
    found.push(...(await captureScene(page, 'end-skills')));

    await activateByKeyboard(page, { key: /^end-next$/ });
    await page.waitForFunction(
      () => document.querySelector('[data-key="end-page-real"]')?.getAttribute('aria-pressed') === 'true',
    );
    await activateByKeyboard(page, { key: /^route-trouver-offres$/ });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-key="route-trouver-offres"]')?.getAttribute('aria-pressed') === 'true',
    );
    await until(
      'the Apec named on the route to find offers',
      () => texts(page),
      (all) => all.some((x) => x.includes('Apec')),
    );
    found.push(...(await captureScene(page, 'end-real')));

    await activateByKeyboard(page, { key: /^end-next$/ });
    await page.waitForFunction(
      () => document.querySelector('[data-key="end-page-quiz"]')?.getAttribute('aria-pressed') === 'true',
    );
    for (let i = 0; i < 5; i++) {
      // The page may still be redrawing (a restart removes its twins for a moment): wait for it.
      await page.getByText(`Question ${i + 1} sur 5`).waitFor({ state: 'attached' });
      await until(
        `question ${i + 1} shown once`,
        () => page.getByText(`Question ${i + 1} sur 5`).count(),
        (n) => expect(n).toBe(1),
      );
      await activateByKeyboard(page, { key: new RegExp(`^quiz-option-${i % 4}$`) });
      await page.waitForFunction((n) => {
        const r = (window as unknown as EndWindow).pedago.store.getState().review;
        return r?.quiz.answers.length === n;
      }, i + 1);
      // The store answers at once; the page shows it once redrawn, at the next game step.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#ui-layer p, #ui-layer li, #ui-layer h2')].some((el) =>
          /^(Bonne réponse\u00a0!|Pas tout à fait\.)/.test(el.textContent ?? ''),
        ),
      );
      const all = await until(
        `the feedback and lesson for question ${i + 1}`,
        () => texts(page),
        (all) =>
          all.some((x) => x.startsWith('À retenir\u00a0: ')) &&
          all.some((x) => /^(Bonne réponse\u00a0!|Pas tout à fait\.)/.test(x)),
      );
      const said = all.find((x) => /^(Bonne réponse\u00a0!|Pas tout à fait\.)/.test(x));
      expect(said, `feedback for question ${i + 1}`).toBeDefined();
      await until(
        `the sound of the feedback for question ${i + 1}`,
        () => page.evaluate(() => (window as unknown as EndWindow).pedago.audio.lastPlayed),
        (sound) => expect(sound).toBe(said?.startsWith('Bonne') ? 'right' : 'wrong'),
      );
      if (i === 0) found.push(...(await captureScene(page, 'end-quiz')));
      await activateByKeyboard(page, { key: /^end-next$/ });
      await page.waitForFunction((n) => {
        const r = (window as unknown as EndWindow).pedago.store.getState().review;
        return r?.quiz.current === n;
      }, i + 1);
    }
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#ui-layer h2')].some((el) => / sur 5$/.test(el.textContent ?? '')),
    );
    await until(
      'the quiz score',
      () => page.locator('#ui-layer h2').allTextContents(),
      (score) => score.some((x) => /^\d bonnes? réponses? sur 5$/.test(x)),
    );
    found.push(...(await captureScene(page, 'end-score')));
    expect(found).toEqual([]);
    await until(
      'five quiz answers kept',
      () => review(page),
      (r) => expect(r?.quiz.answers).toHaveLength(5),
    );

    // Back to the title, which offers the review again, even after a reload.
    await activateByKeyboard(page, { key: /^end-home$/ });
    await waitForScene(page, 'title');
    await page.reload();
    await waitForScene(page, 'title');
    await activateByKeyboard(page, /^Bilan de carrière/);
    await waitForScene(page, 'end');
    await until(
      'a fresh quiz after the reload',
      () => review(page),
      (r) => expect(r?.quiz.answers).toEqual([]),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('asks before a new career erases the review, and Escape keeps it', async () => {
    const { page, problems } = await openGame(browser);
    const save = careerSave({ seed: 11, background: 'enseignant-reconversion', missionsLeft: 0 });
    await page.evaluate((s) => localStorage.setItem('pedago-studio.save', s), save);
    await page.reload();
    await waitForScene(page, 'title');
    await page.getByRole('button', { name: 'Bilan de carrière' }).click();
    await waitForScene(page, 'end');
    await page.getByRole('button', { name: 'Nouvelle carrière' }).click();
    const dialog = page.getByRole('dialog', { name: /^Nouvelle carrière\s\?$/ });
    await until(
      'the “Nouvelle carrière ?” dialog open',
      () => dialog.count(),
      (n) => n === 1,
    );
    await page.keyboard.press('Escape');
    await until(
      'the dialog closed by Escape',
      () => dialog.count(),
      (n) => n === 0,
    );
    await page.getByRole('button', { name: 'Nouvelle carrière' }).click();
    await page.getByRole('button', { name: 'Oui, nouvelle carrière' }).click();
    await waitForScene(page, 'background');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
