import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playMission } from './autoplay.ts';
import { browserAvailable, launch, waitForScene } from './browser.ts';
import { classCountOf, pupilJoins, resultCodeOf, teacherSession } from './classSession.ts';
import { clickButton, pupilOnward } from './pupilPath.ts';
import { until } from './timing.ts';

interface ClassWindow {
  pedago: {
    store: {
      getState(): {
        run: { missionId: string; seed: number; outcome: { stars: number } | null } | null;
        career: { history: { stars: number }[] } | null;
        choose(c: { t: string; id?: string; on?: boolean }): boolean;
      };
    };
    catalogue: { missions: Record<string, { objectives: { id: string; observable: boolean }[] }> };
  };
}

const game = (page: Page) => page.evaluate(() => (window as unknown as ClassWindow).pedago.store.getState());

/** A pupil's whole session: join, play every mission, and read the result code on the end screen. */
async function pupilPlays(
  browser: Browser,
  session: string,
  variant: number,
): Promise<{ code: string; stars: number[] }> {
  // The first post's screen, with its facts, opens the session.
  const { page, problems } = await pupilJoins(browser, session, variant === 0 ? 'Renard bleu' : undefined);
  const stars: number[] = [];
  for (;;) {
    await waitForScene(page, 'brief');
    await playMission(page, variant);
    await waitForScene(page, 'results');
    const { run } = await until(
      "the mission's outcome",
      () => game(page),
      (g) => g.run?.outcome != null,
    );
    const s = run?.outcome?.stars ?? -1;
    stars.push(s);
    // The stars the pupil sees on the results screen.
    await until(
      `the ${s} stars shown on the results`,
      () => page.getByText(`${s} étoile${s > 1 ? 's' : ''} sur 3`, { exact: true }).count(),
      (n) => n > 0,
    );
    const leave = page.getByRole('button', { name: /^(Voir le bilan et le quiz|Mission suivante)$/ });
    await leave.waitFor();
    await leave.click();
    if ((await pupilOnward(page, clickButton, 'results')) === 'classroom-end') break;
  }
  await waitForScene(page, 'classroom-end');
  const code = await resultCodeOf(page);
  if (variant === 0)
    await until(
      "the pupil's name on the end screen",
      () => page.getByText(/Renard bleu/).count(),
      (n) => n > 0,
    );
  expect(problems).toEqual([]);
  await page.context().close();
  return { code, stars };
}

describe.skipIf(!browserAvailable())('a class session', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives three pupils the same missions, and the teacher their results, refusing a mistyped code', async () => {
    const teacher = await teacherSession(browser);
    const { session } = teacher;
    expect(session).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);

    // Three pupils at once, as in a classroom.
    const pupils = await Promise.all([0, 1, 2].map((variant) => pupilPlays(browser, session, variant)));
    for (const p of pupils) {
      expect(p.code.length).toBeLessThanOrEqual(16);
      expect(p.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}$/);
    }
    expect(new Set(pupils.map((p) => p.code)).size).toBe(3);

    const first = pupils[0]?.code ?? '';
    const at = 6;
    const typo = `${first.slice(0, at)}${first[at] === 'X' ? 'Y' : 'X'}${first.slice(at + 1)}`;
    const box = teacher.page.getByRole('textbox');
    await box.fill([...pupils.map((p) => p.code), typo].join('\n'));
    await teacher.page.getByRole('button', { name: 'Ajouter les codes' }).click();
    // The screen redraws with the new count on the next frame.
    await until(
      'the three codes counted',
      () => classCountOf(teacher.page),
      (n) => n === '3',
    );
    await until(
      'the mistyped code refused with its reason',
      () =>
        teacher.page.getByText(`«\u00a0${typo}\u00a0» refusé\u00a0: un caractère est mal recopié.`).count(),
      (n) => n === 1,
    );
    // The refused code stays in the box, to be corrected.
    await until(
      'only the refused code left in the box',
      () => box.inputValue(),
      (v) => v === typo,
    );

    await teacher.page.getByRole('button', { name: 'Bilan de la classe' }).click();
    await waitForScene(teacher.page, 'class-debrief');
    const seen = pupils.map((p) => p.stars[0] ?? -1);
    await until(
      'the spread of stars over the class',
      () => teacher.page.locator('ul[aria-label="Répartition des étoiles"] li').allTextContents(),
      (spread) => {
        for (const n of [0, 1, 2, 3]) {
          const count = seen.filter((s) => s === n).length;
          expect(spread).toContain(
            `${n} étoile${n > 1 ? 's' : ''}\u00a0: ${count} élève${count > 1 ? 's' : ''}`,
          );
        }
      },
    );
    expect(teacher.problems).toEqual([]);
    await teacher.page.context().close();
  });

  it('resumes a pupil where they were after a reload, in the same session', async () => {
    const teacher = await teacherSession(browser);
    await teacher.page.context().close();

    const { page, problems } = await pupilJoins(browser, teacher.session);
    const seed = (
      await until(
        "the pupil's first run",
        () => game(page),
        (g) => g.run != null,
      )
    ).run?.seed;
    // Two objectives picked, then on to the design.
    await page.evaluate(() => {
      const { store, catalogue } = (window as unknown as ClassWindow).pedago;
      const run = store.getState().run;
      const mission = run ? catalogue.missions[run.missionId] : undefined;
      for (const o of (mission?.objectives ?? []).filter((x) => x.observable).slice(0, 2))
        store.getState().choose({ t: 'objective', id: o.id, on: true });
      store.getState().choose({ t: 'next' });
    });
    await waitForScene(page, 'design');
    await page.reload();
    await waitForScene(page, 'classroom-welcome');
    await page.getByRole('button', { name: 'Reprendre la mission' }).click();
    await waitForScene(page, 'design');
    await until(
      'the same mission resumed',
      () => game(page),
      (g) => expect(g.run?.seed).toBe(seed),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps the teacher screen working with no network once loaded', async () => {
    const { page, problems, session } = await teacherSession(browser);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.context().setOffline(true);
    await page.reload();
    await waitForScene(page, 'teacher-session');
    await until(
      'the session code shown offline',
      () => page.locator('[data-session-code]').getAttribute('data-session-code'),
      (code) => code === session,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
