import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, openGame, tapByTouch, waitForScene } from './browser.ts';
import { resultCodeOf, teacherSession } from './classSession.ts';
import { type MissionPlan, playMission, WAREHOUSE_PLAN, WEBINAR_PLAN } from './flow.ts';
import { pupilOnward } from './pupilPath.ts';
import { checkHere, SCREENS_DIR } from './screens.ts';
import { scaled, until } from './timing.ts';

/** A pupil's phone held upright, as the teacher's guide has every pupil scan the session's QR code. */
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};
/** The game's test handle: the storyboard of the run in play. */
interface PedagoWindow {
  pedago: { store: { getState(): { run: { order: string[] | null } | null } } };
}

/** What is left of the window above a phone's on-screen keyboard. */
const ABOVE_KEYBOARD = { width: 390, height: 480 };

/** The phishing-alert game of the class playlist: a browser game a phone can run, made cheaply. */
const PHISHING_PLAN: MissionPlan = {
  format: /^Serious game/,
  objectives: ['o-reperer', 'o-signaler'],
  cards: ['lundi', 'cafe', 'enquete', 'boite', 'reflexes', 'attaque'],
  evaluation: ['observation'],
  picks: [/^Éditeur web adaptatif/, /^Expert·e métier/],
};
/** The class playlist in order (levels/playlists.json). */
const CLASS_PLANS = [WEBINAR_PLAN, WAREHOUSE_PLAN, PHISHING_PLAN];

interface FieldState {
  focused: boolean;
  bottom: number;
  gameHeight: number;
}
const pseudonymField = (page: Page): Promise<FieldState> =>
  page.evaluate(() => {
    const field = document.querySelector<HTMLInputElement>('#ui-layer input');
    const game = (window as unknown as { pedago: { game: { scale: { height: number } } } }).pedago.game;
    return {
      focused: !!field && document.activeElement === field,
      bottom: field?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY,
      gameHeight: game.scale.height,
    };
  });

describe.skipIf(!browserAvailable())('a class session on a phone held upright', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'is played to the result code with a finger alone; every screen passes the shape checks',
    async () => {
      // The teacher's screen is a PC's, with a mouse; the session is the class playlist's three missions.
      const teacher = await teacherSession(browser, 3);
      const { session } = teacher;
      await teacher.page.context().close();

      const { page, problems } = await openGame(
        browser,
        PHONE,
        `?mode=classroom&session=${session}`,
        'classroom-welcome',
      );
      const found: string[] = [];
      const look = async (name: string) => {
        found.push(...(await checkHere(page, `phone-${name}`)));
      };
      await look('welcome');
      // No bounce or pull-to-refresh, no double-tap zoom; the game clear of a notch (insets are 0 here).
      await until(
        'no bounce, no double-tap zoom, the game clear of a notch',
        () =>
          page.evaluate(() => ({
            bounce: getComputedStyle(document.body).overscrollBehaviorY,
            tap: getComputedStyle(document.getElementById('game') as HTMLElement).touchAction,
            viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content'),
          })),
        (seen) =>
          expect(seen).toEqual({
            bounce: 'none',
            tap: 'manipulation',
            viewport: expect.stringContaining('viewport-fit=cover'),
          }),
      );

      // The on-screen keyboard comes up under the pseudonym: the field stays in view, focused, and typed in.
      await page.locator('#ui-layer input').tap();
      const before = await until(
        'the pseudonym field focused by the tap',
        () => pseudonymField(page),
        (f) => f.focused,
      );
      await page.setViewportSize(ABOVE_KEYBOARD);
      await until(
        'the pseudonym field above the keyboard, still focused, the screen not laid out again',
        () => pseudonymField(page),
        (f) => f.focused && f.bottom <= ABOVE_KEYBOARD.height && f.gameHeight === before.gameHeight,
      );
      await page.keyboard.type('Renard bleu');
      await page.setViewportSize(PHONE.viewport);
      await until(
        'the game back in place once the keyboard is gone',
        () => page.evaluate(() => getComputedStyle(document.getElementById('game') as HTMLElement).transform),
        (transform) => transform === 'none',
      );
      await tapByTouch(page, /^Commencer/);
      // The first post's screen, its facts and the way on, by touch.
      await pupilOnward(page, tapByTouch, 'classroom-welcome', (scene) => look(`post-${scene}`));

      for (const [i, plan] of CLASS_PLANS.entries()) {
        await playMission(page, plan, tapByTouch, i === 0 ? look : async () => {});
        const last = i === CLASS_PLANS.length - 1;
        await tapByTouch(page, last ? /^Voir le bilan et le quiz/ : /^Mission suivante/);
        // The review's pages are seen on the way to the result code.
        const reached = await pupilOnward(
          page,
          tapByTouch,
          'results',
          last ? (scene) => look(`class-${scene}`) : undefined,
        );
        if (reached === 'classroom-end') break;
      }
      await waitForScene(page, 'classroom-end');
      await look('end');
      const code = await resultCodeOf(page);
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}$/);
      await until(
        "the pupil's name on the end screen",
        () => page.getByText(/Renard bleu/).count(),
        (n) => n > 0,
      );
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    scaled(300_000),
  );

  it('turned sideways and back mid-mission, keeps the screen, the storyboard built so far and the focus', async () => {
    const { page, problems } = await openGame(browser, PHONE);
    await tapByTouch(page, /^Nouvelle carrière/);
    await waitForScene(page, 'background');
    await tapByTouch(page, /^Bac\+3/);
    await waitForScene(page, 'rankup');
    await tapByTouch(page, /^Voir les offres/);
    await waitForScene(page, 'offers');
    await tapByTouch(page, /^Sécurité en entrepôt/);
    await waitForScene(page, 'brief');
    await tapByTouch(page, /^Choisir les objectifs/);
    for (const id of ['o-regles', 'o-risques']) {
      await tapByTouch(page, { key: new RegExp(`^objective-${id}$`) });
      await until(
        `the objective ${id} picked`,
        () =>
          page.evaluate(
            (k) => document.querySelector(`[data-key="objective-${k}"]`)?.getAttribute('aria-pressed'),
            id,
          ),
        (pressed) => pressed === 'true',
      );
    }
    await tapByTouch(page, { name: /^Valider les objectifs/, enabled: true });
    await waitForScene(page, 'design');
    await tapByTouch(page, /^Module interactif/);
    await tapByTouch(page, { name: /^Continuer/, enabled: true });
    for (const id of ['accueil', 'regles-pictos']) {
      await tapByTouch(page, { key: new RegExp(`^card-${id}$`) });
      await until(
        `the card ${id} in the storyboard`,
        () =>
          page.evaluate(() => (window as unknown as PedagoWindow).pedago.store.getState().run?.order ?? []),
        (order) => order.includes(id),
      );
    }
    await tapByTouch(page, { key: /^deck-tab-story$/ });
    await tapByTouch(page, { key: /^down-accueil$/ });
    const screen = () =>
      page.evaluate(() => ({
        scene: document.body.dataset.scene,
        // The screen's heading is made anew when the screen is laid out again.
        fresh: !(document.querySelector('#ui-layer h1') as HTMLElement | null)?.dataset.old,
        focus: (document.activeElement as HTMLElement | null)?.dataset.key ?? '',
        order: ((window as unknown as PedagoWindow).pedago.store.getState().run?.order ?? []).join(','),
      }));
    await until(
      'the welcome card moved down, its arrow focused',
      screen,
      (s) => s.scene === 'design' && s.focus === 'down-accueil' && s.order === 'regles-pictos,accueil',
    );
    for (const size of [{ width: 844, height: 390 }, PHONE.viewport]) {
      await page.evaluate(() => {
        (document.querySelector('#ui-layer h1') as HTMLElement).dataset.old = 'yes';
      });
      await page.setViewportSize(size);
      await until(
        `the design screen laid out again at ${size.width}×${size.height}, storyboard and focus kept`,
        () => page.evaluate(() => innerWidth).then(async (w) => ({ w, ...(await screen()) })),
        (s) =>
          s.w === size.width &&
          s.fresh &&
          s.scene === 'design' &&
          s.focus === 'down-accueil' &&
          s.order === 'regles-pictos,accueil',
      );
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps a question open when the phone turns, and Escape still answers no', async () => {
    const { page, problems } = await openGame(browser, PHONE);
    await tapByTouch(page, /^Nouvelle carrière/);
    await waitForScene(page, 'background');
    await tapByTouch(page, /^Bac\+3/);
    await waitForScene(page, 'rankup');
    await tapByTouch(page, /^Voir les offres/);
    await waitForScene(page, 'offers');
    await page.reload();
    await waitForScene(page, 'title');
    await tapByTouch(page, /^Nouvelle carrière/);
    const dialog = page.getByRole('dialog', { name: /^Recommencer\s\?$/ });
    await until(
      'the "Recommencer ?" dialog open',
      () => dialog.count(),
      (n) => n === 1,
    );
    for (const size of [{ width: 844, height: 390 }, PHONE.viewport]) {
      await page.evaluate(() => {
        (document.querySelector('#ui-layer h1') as HTMLElement).dataset.old = 'yes';
      });
      await page.setViewportSize(size);
      await until(
        `the title laid out again at ${size.width}×${size.height}, the question still open and focused`,
        () =>
          page.evaluate(() => ({
            fresh: !(document.querySelector('#ui-layer h1') as HTMLElement | null)?.dataset.old,
            dialogs: document.querySelectorAll('#ui-layer [role="dialog"]').length,
            focusInDialog: !!document.activeElement?.closest('[role="dialog"]'),
          })),
        (s) => s.fresh && s.dialogs === 1 && s.focusInDialog,
      );
      await page.screenshot({ path: `${SCREENS_DIR}/phone-confirm-${size.width}x${size.height}.png` });
    }
    await page.keyboard.press('Escape');
    await until(
      'the dialog closed by Escape, the career kept',
      async () => ({
        resume: await page.getByRole('button', { name: 'Continuer' }).count(),
        dialogs: await dialog.count(),
      }),
      (s) => s.resume === 1 && s.dialogs === 0,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
