import type { Page } from 'playwright-core';
import type { Act } from './flow.ts';
import { scaled } from './timing.ts';

/** The screens a pupil meets between two missions, and at the end of the session. */
const BETWEEN = ['brief', 'rankup', 'classroom-welcome', 'end', 'classroom-end'] as const;
type Between = (typeof BETWEEN)[number];

/** Presses a button by its name with the mouse (the shortest way, where the test is about something else). */
export const clickButton: Act = (page, target) =>
  page
    .getByRole('button', { name: target instanceof RegExp ? target : target.name })
    .first()
    .click();

/** Waits for the game to show one of these scenes, and says which. */
export async function sceneAmong(page: Page, scenes: readonly string[]): Promise<string> {
  const found = await page.waitForFunction(
    (wanted) => {
      const s = document.body.dataset.scene ?? '';
      return wanted.includes(s) ? s : false;
    },
    scenes,
    { timeout: scaled(20_000) },
  );
  return (await found.jsonValue()) as string;
}

/**
 * From a results screen just left (`leaving`, or the welcome screen's start), the pupil's way to the next brief or
 * to the result code: through the first post's or a promotion's screen, the welcome between missions, and
 * at the end the review. `look(scene)` sees each screen on the way (once each). Returns where it stopped.
 */
export async function pupilOnward(
  page: Page,
  act: Act,
  leaving: string,
  look: (scene: Between) => Promise<void> = async () => {},
): Promise<'brief' | 'classroom-end'> {
  // The press that brought us here may not have changed the scene yet.
  await page.waitForFunction((s) => document.body.dataset.scene !== s, leaving, { timeout: scaled(20_000) });
  for (let guard = 0; guard < 8; guard++) {
    const scene = (await sceneAmong(page, BETWEEN)) as Between;
    if (scene === 'brief' || scene === 'classroom-end') return scene;
    await look(scene);
    if (scene === 'rankup') await act(page, /^(Commencer|Mission suivante|Voir le bilan)/);
    else if (scene === 'classroom-welcome') await act(page, /^Mission suivante/);
    else await act(page, /^Voir mon code résultat/);
    await page.waitForFunction((s) => document.body.dataset.scene !== s, scene, { timeout: scaled(20_000) });
  }
  throw new Error('the pupil never reached the next brief or the result code');
}
