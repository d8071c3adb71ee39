import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readLevelFiles } from '../../scripts/readLevels.ts';
import { loadLevels } from '../../src/content/validate.ts';
import { browserAvailable, launch, newPage } from './browser.ts';
import { until } from './timing.ts';
import { axeProblemsIn } from './workshopAxe.ts';

const LEVELS = resolve(import.meta.dirname, '../../levels');

async function textOf(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The problems `npm run levels:check` finds with `text` dropped into levels/missions/ as `name`. */
function levelsCheckWith(name: string, text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pedago-levels-'));
  try {
    cpSync(LEVELS, dir, { recursive: true });
    writeFileSync(join(dir, 'missions', name), text);
    return loadLevels(readLevelFiles(dir)).problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const problemCount = (page: Page) => page.locator('#workshop').getAttribute('data-workshop-problems');

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

    await page.getByLabel('Mission à copier').selectOption('module-securite-entrepot');
    await page.getByRole('button', { name: 'Copier cette mission' }).click();
    await until(
      'the copy checked',
      () => problemCount(page),
      (n) => n === '0',
    );
    await until(
      'the way in to have left',
      () => page.locator('.ws-summary').textContent(),
      (s) => !!s?.includes('Aucun problème'),
    );
    expect(await axeProblemsIn(page, '#workshop')).toEqual([]);

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
    const text = await textOf(download);
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
    expect(await title.inputValue()).toBe('Sécurité en entrepôt à Lyon');
    expect(seen).toEqual([]);
    expect(away).toEqual([]);
    await page.context().close();
  });
});
