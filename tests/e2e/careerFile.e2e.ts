import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { careerSave } from './careerSave.ts';
import { holds, until } from './timing.ts';

interface SaveWindow {
  pedago: { store: { getState(): { career: { history: { missionId: string }[] } | null } } };
}

const history = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as SaveWindow).pedago.store.getState().career?.history.map((h) => h.missionId) ??
      null,
  );

/** From the title to the settings' save menu. */
async function openSaveMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Paramètres/ }).click();
  await waitForScene(page, 'settings');
  await page.getByRole('button', { name: /^Sauvegarde et crédits/ }).click();
  await page.getByRole('dialog', { name: 'Votre carrière dans un fichier' }).waitFor();
}

/** Chooses `text` as the file to import, through the system's picker the game opens. */
async function importFile(page: Page, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer une carrière' }).click();
  await (await chooser).setFiles({
    name: 'carriere.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

describe.skipIf(!browserAvailable())('a career in a file', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes to a file from the settings and comes back in another browser; a broken file changes nothing', async () => {
    const home = await openGame(browser);
    const save = careerSave({ seed: 7, background: 'bac3-multimedia', missionsLeft: 1 });
    await home.page.evaluate((s) => localStorage.setItem('pedago-studio.save', s), save);
    await home.page.reload();
    await waitForScene(home.page, 'title');
    const played = await until(
      'the career loaded',
      () => history(home.page),
      (h) => (h?.length ?? 0) > 1,
    );
    await openSaveMenu(home.page);
    const download = home.page.waitForEvent('download');
    await home.page.getByRole('button', { name: 'Exporter ma carrière' }).click();
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of file) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ kind: 'pedago-studio.career', version: 1 });
    expect((await download).suggestedFilename()).toMatch(/^carriere-pedago-studio-\d{4}-\d{2}-\d{2}\.json$/);
    expect(home.problems).toEqual([]);
    await home.page.context().close();

    // Another browser, with no career: a broken file is refused with its reason, then the real one comes in.
    const other = await openGame(browser);
    await openSaveMenu(other.page);
    await importFile(other.page, text.slice(0, 200));
    const refusal = other.page.getByRole('dialog', { name: 'Fichier refusé' });
    await until(
      'the refusal and its reason',
      () => refusal.textContent(),
      (t) => !!t?.includes('illisible'),
    );
    await holds(
      'no career taken from the broken file',
      () => history(other.page),
      (h) => h === null,
    );
    await other.page.getByRole('button', { name: 'Fermer' }).click();
    await other.page.getByRole('button', { name: /^Sauvegarde et crédits/ }).click();
    await importFile(other.page, text);
    // The game starts again from the imported career, on the title, with it to continue.
    await waitForScene(other.page, 'title');
    await until(
      'the imported career',
      () => history(other.page),
      (h) => expect(h).toEqual(played),
    );
    await until(
      '"Continuer" on the title',
      () => other.page.getByRole('button', { name: /^Continuer/ }).count(),
      (n) => n === 1,
    );
    await other.page.context().close();
  });
});
