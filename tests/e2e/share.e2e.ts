import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { customSeed, encodeSession } from '../../src/sim/classroom/sessionCode.ts';
import { missionsPrint } from '../../src/workshop/missionsLink.ts';
import { playMission } from './autoplay.ts';
import { browserAvailable, launch, newPage, waitForScene } from './browser.ts';
import { resultCodeOf, sessionCodeOf } from './classSession.ts';
import { clickButton, pupilOnward } from './pupilPath.ts';
import { until } from './timing.ts';
import { downloadedText, levelsCheckWith } from './workshopFiles.ts';

const TITLE = 'Sécurité au quai de Vénissieux';
const SOURCE = resolve(import.meta.dirname, '../../levels/missions/module-securite-entrepot.json');

/**
 * A teacher's own mission file: a shipped one retitled, as the workshop exports a copy (kept under its id,
 * it takes that mission's place, so levels:check takes the file dropped into levels/missions/).
 */
function missionFile(): string {
  const m = JSON.parse(readFileSync(SOURCE, 'utf8')) as Record<string, unknown>;
  return JSON.stringify({ ...m, title: { fr: TITLE, en: 'Dock safety' } }, null, 2);
}

const problemCount = (page: Page) => page.locator('#workshop').getAttribute('data-workshop-problems');
const waitProblems = (page: Page, what: string, ok: (n: number) => boolean) =>
  until(
    what,
    () => problemCount(page),
    (n) => n !== null && ok(Number(n)),
  );

describe.skipIf(!browserAvailable())('a mission from the workshop to a class', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("imports a file, names a broken field, plays it to the results and back, exports it, and opens the teacher's screen with it", async () => {
    const base = inject('baseUrl');
    const page = await newPage(browser);
    const seen: string[] = [];
    page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
    await page.goto(`${base}?mode=workshop`);

    // Import a file.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Ouvrir un fichier .json' }).click();
    await (await chooser).setFiles({
      name: 'quai.json',
      mimeType: 'application/json',
      buffer: Buffer.from(missionFile()),
    });
    await waitProblems(page, 'the imported mission checked without problems', (n) => n === 0);

    // Break a field, see it named, fix it.
    const title = page.getByRole('group', { name: 'Titre', exact: true }).getByLabel('Français');
    await title.fill('');
    await waitProblems(page, 'the emptied title named as a problem', (n) => n === 1);
    await until(
      'the problem naming the title',
      () => page.locator('.ws-problems li').first().textContent(),
      (s) => /Titre/i.test(s ?? ''),
    );
    const preview = page.locator('[data-workshop-preview]');
    await until(
      'the preview waiting while the draft has a problem',
      () => preview.getAttribute('aria-disabled'),
      (v) => v === 'true',
    );
    await title.fill(TITLE);
    await waitProblems(page, 'the fixed title checked', (n) => n === 0);

    // Export, and check the file as levels:check would.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter le fichier .json' }).click();
    const exported = await downloadedText(await download);
    expect(levelsCheckWith('module-securite-entrepot.json', exported)).toEqual([]);

    // Preview: the real game plays the draft, and its results lead back to the workshop.
    await until(
      'the preview ready',
      () => preview.getAttribute('aria-disabled'),
      (v) => v === 'false',
    );
    await preview.click();
    await waitForScene(page, 'brief');
    await until(
      "the draft's title in the game",
      () => page.getByText(TITLE).count(),
      (n) => n > 0,
    );
    await playMission(page);
    await waitForScene(page, 'results');
    await page.getByRole('button', { name: 'Retour à l’atelier' }).click();
    await until(
      'back in the workshop on the draft',
      () => page.locator('#workshop input').first().count(),
      (n) => n > 0,
    );
    await waitProblems(page, 'the draft back, still valid', (n) => n === 0);

    // Share: the teacher's screen offers the mission; a session of it gives the pupils' full link.
    const teacherTab = page.context().waitForEvent('page');
    await page.locator('[data-workshop-share]').click();
    // The teacher's screen opens in a tab of its own, with the draft in its address's fragment.
    const popup = await teacherTab;
    const opened = popup.url();
    await popup.close();
    expect(opened).toContain('?mode=teacher#missions=');
    expect(seen).toEqual([]);
  });

  it("imports the mission on the teacher's screen; its session's full link lets a pupil play it; the results name it", async () => {
    const base = inject('baseUrl');
    const seen: string[] = [];
    const { $schema: _, ...mission } = JSON.parse(missionFile()) as Record<string, unknown>;
    const teacher = await newPage(browser);
    await teacher
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    teacher.on('pageerror', (e) => seen.push(`teacher page error: ${e.message}`));
    await teacher.goto(`${base}?mode=teacher`);
    await waitForScene(teacher, 'teacher-setup');
    // A file refused says why and changes nothing; a good one is offered as a path of its own.
    const importFile = async (text: string) => {
      await teacher.locator('[data-key="custom-missions"]').click();
      const chooser = teacher.waitForEvent('filechooser');
      await teacher.getByRole('button', { name: 'Ajouter des fichiers de missions' }).click();
      await (await chooser).setFiles({
        name: 'mission.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
    };
    await importFile(JSON.stringify({ ...mission, brief: { fr: '' } }));
    await until(
      'the broken file refused with its reason',
      () => teacher.getByText(/ne passe pas la vérification du jeu/).count(),
      (n) => n > 0,
    );
    await teacher.getByRole('button', { name: 'Fermer' }).click();
    await importFile(missionFile());
    await until(
      'the page reopened with the mission',
      () => teacher.evaluate(() => location.hash),
      (h) => h.startsWith('#missions='),
    );
    // The path of the workshop's missions (not the button of the same name that opens their menu).
    const path = teacher.locator('[data-key="Missions de l’atelier"]');
    await path.click();
    await until(
      'the workshop path chosen',
      () => path.getAttribute('aria-pressed'),
      (v) => v === 'true',
    );
    await teacher.getByRole('button', { name: 'Créer la séance' }).click();
    await waitForScene(teacher, 'teacher-session');
    const code = await sessionCodeOf(teacher);
    expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    await teacher.getByRole('button', { name: 'Garder les résultats' }).click();
    await teacher.getByRole('button', { name: 'Partager les missions avec les élèves' }).click();
    await teacher.getByRole('button', { name: 'Copier le lien complet des élèves' }).click();
    const link = await until(
      'the full link in the clipboard',
      () => teacher.evaluate(() => navigator.clipboard.readText()),
      (text) => text.includes('#missions='),
    );

    // A pupil opens the link in a fresh browser and plays the teacher's mission.
    const pupil = await newPage(browser);
    pupil.on('pageerror', (e) => seen.push(`pupil page error: ${e.message}`));
    await pupil.goto(link);
    await waitForScene(pupil, 'classroom-welcome');
    await until(
      'the mission named on the welcome',
      () => pupil.getByText(new RegExp(TITLE)).count(),
      (n) => n > 0,
    );
    await pupil.getByRole('button', { name: 'Commencer' }).click();
    await pupilOnward(pupil, clickButton, 'classroom-welcome');
    await waitForScene(pupil, 'brief');
    await playMission(pupil);
    await waitForScene(pupil, 'results');
    await pupil.getByRole('button', { name: 'Voir le bilan et le quiz' }).click();
    await pupilOnward(pupil, clickButton, 'results');
    await waitForScene(pupil, 'classroom-end');
    const result = await resultCodeOf(pupil);

    // The teacher's debrief decodes it and names the mission by its title.
    await teacher.keyboard.press('Escape');
    await teacher.getByRole('textbox').first().fill(result);
    await teacher.getByRole('button', { name: 'Ajouter les codes' }).click();
    await until(
      'the result counted',
      () => teacher.locator('[data-class-count]').getAttribute('data-class-count'),
      (n) => n === '1',
    );
    // Its results as the teacher keeps them name the mission by its title.
    await teacher.getByRole('button', { name: 'Garder les résultats' }).click();
    const csv = teacher.waitForEvent('download');
    await teacher.getByRole('button', { name: 'Télécharger le tableau (CSV)' }).click();
    const table = await downloadedText(await csv);
    expect(table).toContain(TITLE);
    expect(table).toContain(result);
    expect(seen).toEqual([]);
  });

  it("asks a pupil without the missions for their file, refuses another session's, then plays them", async () => {
    const base = inject('baseUrl');
    const { $schema: _, ...mission } = JSON.parse(missionFile()) as Record<string, unknown>;
    const session = encodeSession({
      playlist: 'custom',
      length: 1,
      seed: customSeed(missionsPrint([mission]), () => 0.5),
    });
    const page = await newPage(browser);
    await page.goto(`${base}?mode=classroom&session=${session}`);
    await waitForScene(page, 'classroom-welcome');
    await until(
      'the pupil told the missions did not come',
      () => page.getByText(/Les missions ne sont pas arrivées/).count(),
      (n) => n > 0,
    );

    const pick = async (missions: unknown[]) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Ouvrir le fichier des missions' }).click();
      await (await chooser).setFiles({
        name: 'missions.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(missions)),
      });
    };
    await pick([{ ...mission, title: { fr: 'Une autre mission', en: 'Another mission' } }]);
    await until(
      "another session's missions refused",
      () => page.getByText(/ne sont pas celles de cette séance/).count(),
      (n) => n > 0,
    );
    await pick([mission]);
    await until(
      'the mission named on the welcome',
      () => page.getByText(new RegExp(TITLE)).count(),
      (n) => n > 0,
    );
    await until(
      'the session ready to start',
      () => page.getByRole('button', { name: 'Commencer' }).count(),
      (n) => n === 1,
    );
  });
});
