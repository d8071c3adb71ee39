import type { Browser, Page } from 'playwright-core';
import { type GamePage, openGame, waitForScene } from './browser.ts';
import { clickButton, pupilOnward } from './pupilPath.ts';
import { until } from './timing.ts';

/** A code the screen shows in a data attribute once it is drawn: waited for, then read. */
const codeOn = (page: Page, attribute: string, what: string) =>
  until(
    what,
    () => page.locator(`[${attribute}]`).first().getAttribute(attribute),
    (code) => !!code,
  ).then((code) => code ?? '');

/** The session's code on the teacher's screen. */
export const sessionCodeOf = (page: Page) => codeOn(page, 'data-session-code', 'the session code on screen');

/** The pupil's result code on the end screen. */
export const resultCodeOf = (page: Page) =>
  codeOn(page, 'data-result-code', 'the result code on the end screen');

/** How many results the teacher's screen counts, as it says it (null before it is drawn). */
export const classCountOf = (page: Page) =>
  page.locator('[data-class-count]').getAttribute('data-class-count');

/**
 * The teacher's screen with a session made (of the first playlist; `length` missions where given, else the
 * length offered first), and its code as the screen shows it.
 */
export async function teacherSession(
  browser: Browser,
  length?: number,
): Promise<GamePage & { session: string }> {
  const teacher = await openGame(browser, {}, '?mode=teacher', 'teacher-setup');
  const { page } = teacher;
  if (length !== undefined) {
    const missions = `${length} ${length === 1 ? 'mission' : 'missions'}`;
    const choice = page.locator(`[data-key="${missions}"]`);
    await choice.click();
    await until(
      `${missions} chosen`,
      () => choice.getAttribute('aria-pressed'),
      (pressed) => pressed === 'true',
    );
  }
  await page.getByRole('button', { name: /^Créer la séance/ }).click();
  await waitForScene(page, 'teacher-session');
  return { ...teacher, session: await sessionCodeOf(page) };
}

/**
 * A pupil joins `session` in a fresh browser (the pseudonym `name` typed where given) and starts: through the
 * first post's screen to the first mission's brief.
 */
export async function pupilJoins(browser: Browser, session: string, name?: string): Promise<GamePage> {
  const pupil = await openGame(browser, {}, `?mode=classroom&session=${session}`, 'classroom-welcome');
  if (name !== undefined) await pupil.page.getByRole('textbox').fill(name);
  await pupil.page.getByRole('button', { name: 'Commencer' }).click();
  await pupilOnward(pupil.page, clickButton, 'classroom-welcome');
  await waitForScene(pupil.page, 'brief');
  return pupil;
}
