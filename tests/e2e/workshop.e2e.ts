import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launch, newPage } from './browser.ts';
import { holds, scaled, until } from './timing.ts';
import { axeProblemsIn } from './workshopAxe.ts';
import { downloadedText, levelsCheckWith } from './workshopFiles.ts';

const problemCount = (page: Page) => page.locator('#workshop').getAttribute('data-workshop-problems');

/** Starts from a copy of the warehouse mission, once the check has passed over it. */
async function copyWarehouse(page: Page): Promise<void> {
  await page.getByLabel('Mission à copier').selectOption('module-securite-entrepot');
  await page.getByRole('button', { name: 'Copier cette mission' }).click();
  await until(
    'the copy checked',
    () => problemCount(page),
    (n) => n === '0',
  );
}

describe.skipIf(!browserAvailable())('the mission workshop', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('copies a mission, names a broken field, exports a file levels:check takes, keeps the draft and refuses a broken file', async () => {
    const page = await newPage(browser);
    const base = inject('baseUrl');
    const seen: string[] = [];
    const away: string[] = [];
    page.on('console', (m) => m.type() === 'error' && seen.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
    page.on(
      'request',
      (r) => !r.url().startsWith(base) && !r.url().startsWith('blob:') && away.push(r.url()),
    );
    await page.goto(`${base}?mode=workshop`);

    await copyWarehouse(page);
    await until(
      'the way in to have left',
      () => page.locator('.ws-summary').textContent(),
      (s) => !!s?.includes('Aucun problème'),
    );
    await until(
      'the page clean for axe',
      () => axeProblemsIn(page, '#workshop'),
      (p) => expect(p).toEqual([]),
    );

    const title = page.getByRole('group', { name: 'Titre', exact: true }).getByLabel('Français');
    await title.fill('');
    await until(
      'the broken title counted',
      () => problemCount(page),
      (n) => n === '1',
    );
    const problem = page.locator('.ws-problems li').first();
    await until(
      'the problem naming the field and what to do',
      () => problem.textContent(),
      (s) => !!s?.includes('Titre › Français') && s.includes('Ce texte est vide') && s.includes('$.title.fr'),
    );
    await problem.getByRole('button', { name: 'Titre › Français' }).click();
    await until(
      'the focus on the title',
      () => title.evaluate((e) => e === document.activeElement),
      (f) => f,
    );
    await title.fill('Sécurité en entrepôt à Lyon');
    await until(
      'the fixed title',
      () => problemCount(page),
      (n) => n === '0',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter le fichier .json' }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toBe('module-securite-entrepot.json');
    const text = await downloadedText(download);
    expect(text.startsWith('{\n  "$schema": "../../docs/schema/mission.schema.json",\n')).toBe(true);
    expect(levelsCheckWith(name, text)).toEqual([]);

    await page.reload();
    await page
      .getByRole('button', { name: 'Reprendre le brouillon « Sécurité en entrepôt à Lyon »' })
      .click();
    await until(
      'the draft back',
      () => title.inputValue(),
      (v) => v === 'Sécurité en entrepôt à Lyon',
    );

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer un fichier .json' }).click();
    await (await chooser).setFiles({
      name: 'casse.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"id": "x",\n'),
    });
    await until(
      'the refusal and its reason',
      () => page.locator('.ws-status').textContent(),
      (s) => !!s?.includes('Fichier refusé') && s.includes('JSON valide (ligne 2'),
    );
    await holds(
      'the draft as it was, the file refused',
      () => title.inputValue(),
      (v) => v === 'Sécurité en entrepôt à Lyon',
    );
    expect(seen).toEqual([]);
    expect(away).toEqual([]);
    await page.context().close();
  });
  it('tests the balance of a copy, then edits its raw JSON in the code editor: a break named by line and column, fixed', async () => {
    const page = await newPage(browser);
    const seen: string[] = [];
    page.on('console', (m) => m.type() === 'error' && seen.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
    await page.goto(`${inject('baseUrl')}?mode=workshop`);
    await copyWarehouse(page);

    const panel = page.locator('.ws-balance');
    const test = page.getByRole('button', { name: 'Tester l’équilibre' });
    await until(
      'the balance test open to a valid copy',
      () => test.getAttribute('aria-disabled'),
      (d) => d === 'false',
    );
    await test.click();
    const verdict = await until(
      'the balance verdict',
      () =>
        panel.evaluate((e) => ({
          state: e.getAttribute('data-balance-verdict'),
          threeStars: e.getAttribute('data-balance-three-stars'),
          recipeWins: e.getAttribute('data-balance-recipe-wins'),
          randomMean: Number(e.getAttribute('data-balance-random-mean')),
          ms: Number(e.getAttribute('data-balance-ms')),
          said: e.querySelector('[role="status"]')?.textContent ?? '',
        })),
      (v) => v.state === 'fresh',
      scaled(60_000),
    );
    console.info(`balance test of module-securite-entrepot in the page: ${verdict.ms} ms`);
    expect(verdict).toMatchObject({ threeStars: 'yes', recipeWins: 'none' });
    expect(verdict.randomMean).toBeLessThan(1);
    expect(verdict.said).toContain('Trois étoiles sont atteignables');
    expect(verdict.said).toContain('Aucune recette toute faite ne gagne');

    await page.getByRole('button', { name: 'JSON brut' }).click();
    await until(
      'the code editor in place of the text box',
      () => page.locator('.ws-raw-view .cm-editor').count(),
      (n) => n === 1,
    );
    const editor = page.getByRole('textbox', { name: 'La mission en JSON' });
    const status = page.locator('.ws-raw-status');
    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('x');
    await until(
      'the break named by line and column',
      () => status.textContent(),
      (s) => !!s?.includes('JSON invalide, ligne 1, colonne 1'),
    );
    await until(
      'the break counted and the verdict out of date',
      async () => [await problemCount(page), await panel.getAttribute('data-balance-verdict')],
      ([n, state]) => n === '1' && state === 'stale',
    );
    await until(
      'the test waiting for a fixed draft',
      () => test.getAttribute('aria-disabled'),
      (v) => v === 'true',
    );
    await until(
      'the editor’s linter marking the break',
      () => page.locator('.cm-lintRange-error, .cm-lintPoint-error').count(),
      (n) => n > 0,
    );
    await until(
      'the page clean for axe',
      () => axeProblemsIn(page, '#workshop'),
      (p) => expect(p).toEqual([]),
    );

    await page.keyboard.press('Backspace');
    await until(
      'the fixed JSON',
      async () => [await status.textContent(), await problemCount(page)],
      ([s, n]) => s === 'JSON valide.' && n === '0',
    );
    // Tab is not the editor's: it leaves it, as from any text box.
    await page.keyboard.press('Tab');
    await until(
      'the focus out of the editor',
      () => page.evaluate(() => !!document.activeElement && !document.activeElement.closest('.cm-editor')),
      (out) => out,
    );
    expect(seen).toEqual([]);
    await page.context().close();
  });
});
