import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLevelFiles } from '../../scripts/readLevels.ts';
import { loadLevels } from '../../src/content/validate.ts';
import { encodeResult } from '../../src/sim/classroom/resultCode.ts';
import { decodeSession } from '../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, shapeOf } from '../../src/sim/classroom/sessionPlan.ts';
import { playMission } from './autoplay.ts';
import { activateByKeyboard, browserAvailable, launch, waitForScene } from './browser.ts';
import { classCountOf, pupilJoins, resultCodeOf, teacherSession } from './classSession.ts';
import { clickButton, pupilOnward } from './pupilPath.ts';
import { scaled, until } from './timing.ts';

interface PupilWindow {
  pedago: {
    store: { getState(): { finishMission(): void; career: { history: { stars: number }[] } | null } };
  };
}

const NB = '\u00a0';

/** A pupil plays the whole session and reads their result code, and what it holds, on the end screen. */
async function pupilPlays(browser: Browser, session: string): Promise<{ code: string; stars: number[] }> {
  const { page, problems } = await pupilJoins(browser, session);
  for (;;) {
    await waitForScene(page, 'brief');
    await playMission(page);
    await waitForScene(page, 'results');
    await page.evaluate(() => (window as unknown as PupilWindow).pedago.store.getState().finishMission());
    if ((await pupilOnward(page, clickButton, 'results')) === 'classroom-end') break;
  }
  const code = await resultCodeOf(page);
  await until(
    'the line saying what the code holds',
    () =>
      page
        .getByText(`Ce code contient vos étoiles, formats et thèmes, mission par mission${NB}; aucun nom.`)
        .count(),
    (n) => n === 1,
  );
  const history = await until(
    'the missions played in the career',
    () =>
      page.evaluate(() => (window as unknown as PupilWindow).pedago.store.getState().career?.history ?? []),
    (h) => h.length > 0,
  );
  expect(problems).toEqual([]);
  await page.context().close();
  return { code, stars: history.map((h) => h.stars) };
}

/** Opens the teacher's menu of results to keep and presses one of its items. */
async function fromMenu(page: Page, item: string): Promise<void> {
  await page.locator('[data-key="class-files"]').click();
  const button = page.locator(`[role="dialog"] [data-key="${item}"]`);
  await button.waitFor();
  await button.click();
}

describe.skipIf(!browserAvailable())('class results to keep', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'downloads the table, opens the one-page summary, and moves the codes to another browser',
    async () => {
      const teacher = await teacherSession(browser, 2);
      const { page, session } = teacher;

      // One pupil plays; two more codes are written as a pupil's game writes them, with known stars.
      const played = await pupilPlays(browser, session);
      const read = decodeSession(session);
      const cat = loadLevels(readLevelFiles('levels')).catalogue;
      if (!read.ok || !cat) throw new Error('no session or no catalogue');
      const shapes = (sessionMissions(read.session, cat) ?? []).map(shapeOf);
      const written = [
        { stars: [3, 2], format: 1 },
        { stars: [0, 1], format: 0 },
      ].map((p, i) => ({
        stars: p.stars,
        code: encodeResult(session, shapes, {
          ticket: 900 + i,
          missions: p.stars.map((stars) => ({ stars, format: p.format, topic: 0 })),
        }),
      }));
      const pupils = [played, ...written];
      await page.getByRole('textbox').fill(pupils.map((p) => p.code).join('\n'));
      await page.getByRole('button', { name: 'Ajouter les codes' }).click();
      await until(
        'the three codes counted',
        () => classCountOf(page),
        (n) => n === '3',
      );

      // The table, from the class debrief: one row per code, the stars of each mission where they belong.
      await page.getByRole('button', { name: 'Bilan de la classe' }).click();
      await waitForScene(page, 'class-debrief');
      // By keyboard: Tab to the button, Enter; the menu takes focus on its first item.
      await activateByKeyboard(page, { key: /^class-files$/ });
      await until(
        'the menu open, its first item focused',
        () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key),
        (key) => key === 'class-csv',
      );
      const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(csv.suggestedFilename()).toBe(`resultats-seance-${session}.csv`);
      const bytes = readFileSync((await csv.path()) ?? '');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
      expect(lines).toHaveLength(4);
      expect(lines[0]?.split(';')[0]).toBe('Code résultat');
      expect(lines[0]).toContain(`: étoiles`);
      for (const p of pupils) {
        const row = lines.find((l) => l.startsWith(`${p.code};`))?.split(';') ?? [];
        expect([row[1], row[4]]).toEqual(p.stars.map(String));
        expect(row.at(-1)).toBe(String(p.stars.reduce((a, b) => a + b, 0)));
      }

      // The summary opens in a tab of its own, made here (no server), and fits on one A4 sheet.
      const [summary] = await Promise.all([
        page.context().waitForEvent('page'),
        fromMenu(page, 'class-summary'),
      ]);
      await summary.waitForLoadState();
      await until(
        'the summary naming the session and its results',
        () =>
          summary
            .locator('body')
            .textContent()
            .then((t) => t ?? ''),
        (text) => text.includes(`Séance ${session}`) && text.includes('3 résultats'),
      );
      await until(
        'the summary in two sections',
        () => summary.locator('section').count(),
        (n) => n === 2,
      );
      const pdf = (await summary.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      await summary.close();

      // The codes as a file, into a browser that never saw this session.
      const [exported] = await Promise.all([page.waitForEvent('download'), fromMenu(page, 'class-export')]);
      expect(exported.suggestedFilename()).toBe(`codes-seance-${session}.json`);
      const filePath = (await exported.path()) ?? '';
      expect(JSON.parse(readFileSync(filePath, 'utf8'))).toMatchObject({
        session,
        codes: pupils.map((p) => p.code),
      });
      expect(teacher.problems).toEqual([]);

      const other = await teacherSession(browser);
      const { page: there, session: own } = other;
      const pick = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
        const [chooser] = await Promise.all([
          there.waitForEvent('filechooser'),
          fromMenu(there, 'class-import'),
        ]);
        await chooser.setFiles(file);
      };

      // A file that is not one of ours is refused, with the reason, and nothing changes.
      await pick({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"notes":[1,2]}'),
      });
      await until(
        'the foreign file refused with its reason',
        () =>
          there
            .locator('[role="dialog"]')
            .textContent()
            .then((t) => t ?? ''),
        (text) => text.includes('Fichier refusé') && text.includes('ne vient pas de Pédago Studio'),
      );
      await there.locator('[role="dialog"] [data-key="menu-close"]').click();
      await until(
        'the dialog closed',
        () => there.locator('[role="dialog"]').count(),
        (n) => n === 0,
      );

      // The file of another session: the screen asks before opening it.
      await pick(filePath);
      await until(
        'the question about the other session',
        () =>
          there
            .locator('[role="dialog"]')
            .textContent()
            .then((t) => t ?? ''),
        (text) => text.includes(`séance ${session}, pas de la séance ${own}`),
      );
      await there.getByRole('button', { name: `Ouvrir la séance ${session}` }).click();
      await until(
        'the imported session open',
        () => there.locator('[data-session-code]').getAttribute('data-session-code'),
        (c) => c === session,
      );
      await until(
        'its three codes counted',
        () => classCountOf(there),
        (n) => n === '3',
      );

      // The same file again: every code is already counted, and said so.
      await pick(filePath);
      await until(
        'the codes of the file refused as already counted',
        () => there.getByText(/refusé\u00a0: déjà compté\.$/).count(),
        (n) => n === 3,
      );
      await until(
        'the count unchanged',
        () => classCountOf(there),
        (n) => n === '3',
      );

      // Its debrief shows the class as the first browser did.
      await there.getByRole('button', { name: 'Bilan de la classe' }).click();
      await waitForScene(there, 'class-debrief');
      await until(
        'the spread of stars of the first mission',
        () => there.locator('ul[aria-label="Répartition des étoiles"] li').allTextContents(),
        (spread) => {
          for (const n of [0, 1, 2, 3]) {
            const count = pupils.filter((p) => p.stars[0] === n).length;
            expect(spread).toContain(
              `${n} étoile${n > 1 ? 's' : ''}${NB}: ${count} élève${count > 1 ? 's' : ''}`,
            );
          }
        },
      );
      expect(other.problems).toEqual([]);
      await other.page.context().close();
      await page.context().close();
    },
    scaled(180_000),
  );
});
