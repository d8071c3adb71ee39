import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activateByKeyboard, browserAvailable, launch, newPage, openGame, waitForScene } from './browser.ts';
import { playMissionByKeyboard, WAREHOUSE_PLAN } from './flow.ts';
import { until } from './timing.ts';

interface PedagoWindow {
  pedago: {
    game: { renderer: { type: number } };
    store: {
      getState(): {
        run: {
          format: string | null;
          tools: string[];
          team: string[];
          phase: string;
          order: string[] | null;
          pilot: { finding: string; revise: boolean | null } | null;
        } | null;
      };
    };
    audio: { lastPlayed: string | null; subscribe(listener: (id: string) => void): () => void };
  };
}

const state = (page: Page) =>
  page.evaluate(() => (window as unknown as PedagoWindow).pedago.store.getState().run);

/** From the title to the brief of the warehouse mission, with the keyboard only. */
async function startCareerByKeyboard(page: Page): Promise<void> {
  await activateByKeyboard(page, /^Nouvelle carrière/);
  await waitForScene(page, 'background');
  await activateByKeyboard(page, /^Master en ingénierie/);
  await waitForScene(page, 'rankup');
  await activateByKeyboard(page, /^Voir les offres/);
  await waitForScene(page, 'offers');
  await activateByKeyboard(page, /^Sécurité en entrepôt/);
  await waitForScene(page, 'brief');
}

/** The same by pointer clicks. */
async function startCareerByClicks(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nouvelle carrière' }).click();
  await page.getByRole('button', { name: /^Master en ingénierie/ }).click();
  await page.getByRole('button', { name: /^Voir les offres/ }).click();
  await page.getByRole('button', { name: /^Sécurité en entrepôt/ }).click();
  await waitForScene(page, 'brief');
}

describe.skipIf(!browserAvailable())('the game in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('boots to the title with Canvas 2D, no console error and no Continue without a save', async () => {
    const { page, problems } = await openGame(browser);
    await until(
      'the Canvas 2D renderer',
      () => page.evaluate(() => (window as unknown as PedagoWindow).pedago.game.renderer.type),
      (type) => type === 1, // Phaser.CANVAS
    );
    const buttons = (name: string) => page.getByRole('button', { name }).count();
    await until(
      'the title\'s "Nouvelle carrière"',
      () => buttons('Nouvelle carrière'),
      (n) => n === 1,
    );
    await until(
      'the title\'s "Paramètres"',
      () => buttons('Paramètres'),
      (n) => n === 1,
    );
    await until(
      'no "Continuer" on the title without a save',
      () => buttons('Continuer'),
      (n) => n === 0,
    );
    await until(
      'the title announced',
      () => page.locator('#announcer').textContent(),
      (t) => t === 'Pédago Studio',
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fills its loading bar step by step as the files arrive on a slow network, then shows the title', async () => {
    const page = await newPage(browser);
    const context = page.context();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: 200 * 1024,
      uploadThroughput: 100 * 1024,
    });
    // Every value the bar takes, sampled each frame until the title is on screen.
    await page.addInitScript(() => {
      const seen: number[] = [];
      Object.assign(window, { barValues: seen });
      const poll = () => {
        const bar = document.getElementById('boot-progress') as HTMLProgressElement | null;
        if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
        if (!document.body?.dataset.scene) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'title');
    // Complete: the sampling stopped when the title set the scene.
    const values = await page.evaluate(() => (window as unknown as { barValues: number[] }).barValues);
    expect(values.length).toBeGreaterThanOrEqual(5);
    expect(values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0))).toBe(true);
    expect(values[1]).toBeLessThan(0.7);
    expect(values.at(-1)).toBe(1);
    await until(
      'the loading screen gone',
      () => page.locator('#boot').count(),
      (n) => n === 0,
    );
    await context.close();
  });

  it('plays the mission to the results with the keyboard alone, and the results come from the choices', async () => {
    const { page, problems } = await openGame(browser);
    // Every sound played, in order (the results play a jingle, then a chime per star).
    await page.evaluate(() => {
      const w = window as unknown as PedagoWindow & { played: string[] };
      w.played = [];
      w.pedago.audio.subscribe((id) => w.played.push(id));
    });
    await startCareerByKeyboard(page);
    await playMissionByKeyboard(page, WAREHOUSE_PLAN);
    await until(
      'the run evaluated with the choices made',
      () => state(page),
      (run) =>
        expect(run).toMatchObject({
          format: 'interactive-module',
          tools: ['outil-auteur', 'lms'],
          team: ['expert-metier'],
          phase: 'evaluate',
          objectives: ['o-regles', 'o-risques'],
          order: WAREHOUSE_PLAN.cards,
          evaluation: ['observation'],
          // The storyboard has no exchange: the pilot says so, and the plan revises.
          pilot: { finding: 'pilot-recits', revise: true },
        }),
    );
    const stars = page.getByText(/étoiles? sur 3/);
    await until(
      'the stars on the results',
      () => stars.count(),
      (n) => n > 0,
    );
    // The debrief names the player's own decisions: its lines come from what was chosen.
    await until(
      'a debrief line about a decision of the player',
      () => page.locator('#ui-layer p').allTextContents(),
      (debrief) =>
        debrief.some((t) =>
          /^(Module interactif|Outil auteur|Plateforme LMS|Expert·e métier|Répartition des heures|Principes du scénario|Alignement|Objectifs choisis|Durée du parcours|Méthode d’évaluation|Plateforme en double).*\u00a0: [+−]/.test(
            t,
          ),
        ),
    );
    await until(
      'a results jingle',
      () => page.evaluate(() => (window as unknown as { played: string[] }).played),
      (played) => expect(played.some((id) => id.startsWith('jingle-'))).toBe(true),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('continues where the player was after a reload', async () => {
    const { page, problems } = await openGame(browser);
    await startCareerByClicks(page);
    await page.getByRole('button', { name: /^Choisir les objectifs/ }).click();
    for (const id of ['o-regles', 'o-risques']) {
      await page.locator(`[data-key="objective-${id}"]`).click();
      await page.locator(`[data-key="objective-${id}"][aria-pressed="true"]`).waitFor();
    }
    await page.getByRole('button', { name: /^Valider les objectifs/ }).click();
    await page.getByRole('button', { name: /^Serious game/ }).click();
    await page.getByRole('button', { name: /^Continuer/ }).click();
    for (const id of ['accueil', 'allee-a-risques']) {
      await page.locator(`[data-key="card-${id}"]`).click();
      await page.locator(`[data-key="card-${id}"]`).waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: /^Continuer/ }).click();
    await page.locator('[data-key="evaluation-quiz"]').click();
    await page.getByRole('button', { name: /^Passer à la production/ }).click();
    await page.getByRole('button', { name: /^Graphiste/ }).click();
    await waitForScene(page, 'develop');
    await page.reload();
    await waitForScene(page, 'title');
    await activateByKeyboard(page, /^Continuer/);
    await waitForScene(page, 'develop');
    await until(
      'the run restored',
      () => state(page),
      (run) =>
        expect(run).toMatchObject({
          format: 'serious-game',
          order: ['accueil', 'allee-a-risques'],
          team: ['graphiste'],
          phase: 'develop',
        }),
    );
    await until(
      '"Graphiste" shown as hired',
      () => page.getByRole('button', { name: /^Graphiste/ }).getAttribute('aria-pressed'),
      (p) => p === 'true',
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('asks before a new career overwrites a save, and Escape keeps it', async () => {
    const { page } = await openGame(browser);
    await startCareerByClicks(page);
    await page.reload();
    await waitForScene(page, 'title');
    await page.getByRole('button', { name: 'Nouvelle carrière' }).click();
    const dialog = page.getByRole('dialog', { name: /^Recommencer\s\?$/ });
    await until(
      'the "Recommencer ?" dialog open',
      () => dialog.count(),
      (n) => n === 1,
    );
    await page.keyboard.press('Escape');
    await until(
      'the dialog closed by Escape',
      () => dialog.count(),
      (n) => n === 0,
    );
    await until(
      '"Continuer" still offered',
      () => page.getByRole('button', { name: 'Continuer' }).count(),
      (n) => n === 1,
    );
    await page.getByRole('button', { name: 'Nouvelle carrière' }).click();
    await page.getByRole('button', { name: 'Oui, nouvelle carrière' }).click();
    await waitForScene(page, 'background');
    await page.context().close();
  });

  it('keeps the language and the mute setting across a reload', async () => {
    const { page } = await openGame(browser);
    await page.getByRole('button', { name: 'Paramètres' }).click();
    await waitForScene(page, 'settings');
    await page.getByRole('button', { name: 'Son' }).click();
    await page.getByRole('button', { name: /English/ }).click();
    await until(
      'the settings redrawn in English',
      () => page.getByRole('button', { name: 'Back' }).count(),
      (n) => n === 1,
    );
    await page.reload();
    await waitForScene(page, 'title');
    await until(
      'the title in English after the reload',
      () => page.getByRole('button', { name: 'New career' }).count(),
      (n) => n === 1,
    );
    await until(
      'the page language "en"',
      () => page.evaluate(() => document.documentElement.lang),
      (l) => l === 'en',
    );
    await page.getByRole('button', { name: 'Settings' }).click();
    await waitForScene(page, 'settings');
    await until(
      'the sound still off',
      () => page.getByRole('button', { name: 'Sound' }).getAttribute('aria-pressed'),
      (p) => p === 'false',
    );
    await page.context().close();
  });

  it('answers touch as well as the mouse', async () => {
    const { page } = await openGame(browser, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 900, height: 600 },
    });
    await page.getByRole('button', { name: 'Nouvelle carrière' }).tap();
    await waitForScene(page, 'background');
    await page.getByRole('button', { name: /^Master en ingénierie/ }).tap();
    await waitForScene(page, 'rankup');
    await page.getByRole('button', { name: /^Voir les offres/ }).tap();
    await waitForScene(page, 'offers');
    await page.context().close();
  });

  it('asks for nothing outside its own origin and breaks no content-security rule', async () => {
    const { page, problems, requests } = await openGame(browser);
    await startCareerByClicks(page);
    const origin = new URL(inject('baseUrl')).origin;
    const foreign = requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    expect(problems.filter((p) => p.includes('CSP'))).toEqual([]);
    await page.context().close();
  });

  it('is served with no sniffing, no referrer, and the camera allowed to the teacher’s page alone', async () => {
    const page = await newPage(browser);
    const headersOf = async (query: string) =>
      (await page.request.get(`${inject('baseUrl')}${query}`)).headers();
    const game = await headersOf('');
    expect(game['x-content-type-options']).toBe('nosniff');
    expect(game['referrer-policy']).toBe('no-referrer');
    expect(game['permissions-policy']).toContain('camera=()');
    expect((await headersOf('?mode=teacher'))['permissions-policy']).toContain('camera=(self)');
    await page.context().close();
  });
});
