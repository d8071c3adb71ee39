import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../scripts/locales.ts';
import type { LocaleTable } from '../../src/i18n/locale.ts';
import french from '../../src/i18n/locales/fr/index.ts';
import {
  activateByKeyboard,
  browserAvailable,
  launch,
  nextFrames,
  openGame,
  waitForScene,
} from './browser.ts';
import { playCareer, type Visit } from './flow.ts';
import { PSEUDO, sayPseudo, writePseudoLocale } from './pseudoLocale.ts';
import { catalogueWords, textProblems } from './textChecks.ts';
import { scaled, until } from './timing.ts';
import { playing } from './tweens.ts';

/** The pseudo-locale's own build, beside the real one (dist/), which never sees the folder. */
const OUT = 'dist-pseudo';
/** Where a screen with a problem is captured (test output, not committed). */
const SHOTS = 'test-results/pseudo-locale';

const words = (text: string) => text.match(/\p{L}[\p{L}'’·-]*/gu) ?? [];

/** The languages a build ships, from the strings file it wrote. */
function shippedIn(dir: string): LocaleTable[] {
  const file = readdirSync(dir).find((f) => /^strings-.*\.json$/.test(f));
  return file ? (JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as LocaleTable[]) : [];
}

const KEY_PREFIXES = [...new Set(Object.keys(french.strings).map((k) => k.split('.')[0] ?? ''))];

/** The names and licences the credits show as they are, in every language (src/scenes/CreditsScene.ts). */
const CREDIT_WORDS = [
  ...readFileSync('src/scenes/CreditsScene.ts', 'utf8').matchAll(/(?:name|by): '([^']+)'/g),
].flatMap((m) => words(m[1] ?? ''));

interface FitWindow {
  pedago: { textFit: { cut: number; overflowing: number; texts: string[] } };
}

const textFit = (page: Page) => page.evaluate(() => ({ ...(window as unknown as FitWindow).pedago.textFit }));

describe.skipIf(!browserAvailable())('a language is one folder: the pseudo-locale', () => {
  let browser: Browser;
  let server: PreviewServer;
  let baseUrl = '';

  beforeAll(async () => {
    const t0 = Date.now();
    const remove = writePseudoLocale(LOCALES_DIR, french);
    try {
      await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
    } finally {
      remove();
    }
    server = await preview({
      logLevel: 'silent',
      build: { outDir: OUT },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    baseUrl = server.resolvedUrls?.local[0] ?? '';
    if (!baseUrl) throw new Error('The preview server of the pseudo-locale build gave no address.');
    browser = await launch();
    console.log(`pseudo-locale built and served in ${Date.now() - t0} ms`);
  }, scaled(120_000));

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(OUT, { recursive: true, force: true });
  });

  it('ships in the build made with its folder, and only there', () => {
    const shipped = (dir: string) => shippedIn(dir).map((l) => l.id);
    expect(shipped(OUT)).toEqual(['fr', 'en', PSEUDO]);
    expect(existsSync(resolve(LOCALES_DIR, PSEUDO))).toBe(false);
    if (existsSync('dist')) expect(shipped('dist')).not.toContain(PSEUDO);
  });

  it(
    'plays the keyboard career in it: every screen translated, no key shown, no text past its box',
    async () => {
      const { page, problems } = await openGame(browser, {}, `?lang=${PSEUDO}`, 'title', baseUrl);
      // What may show untranslated: levels/ (French in the pseudo-locale), the credits' names, and each
      // language's own name and "Play in …", written in that language on the language switches.
      const ownNames = shippedIn(OUT).flatMap((l) => words(`${l.meta.name} ${l.meta.playIn}`));
      const untranslated = [...(await catalogueWords(page)), ...CREDIT_WORDS, ...ownNames];
      const check = { keyPrefixes: KEY_PREFIXES, untranslated };
      const found: string[] = [];
      // The counts of cut texts since the page loaded: from none, so the title's own are counted on the title
      // whenever it fits them (a count read now could come before or after).
      let fit: Awaited<ReturnType<typeof textFit>> = { cut: 0, overflowing: 0, texts: [] };
      let looked = 0;
      let lookingMs = 0;
      const look: Visit = async (name) => {
        const t0 = Date.now();
        looked += 1;
        await nextFrames(page);
        // A card landing (a lift, a stamp) grows for a moment past its box: read the texts once it is still.
        await until(
          'nothing moving on the screen',
          () => playing(page),
          (n) => n === 0,
          scaled(3000),
        ).catch(() => undefined);
        const seen = await textProblems(page, name, check);
        const now = await textFit(page);
        if (now.cut > fit.cut || now.overflowing > fit.overflowing)
          seen.push(`${name}: cut or past its box at the smallest size: ${now.texts.at(-1)}`);
        fit = now;
        // The screen as it was, for whoever reads the failure.
        if (seen.length) await page.screenshot({ path: `${SHOTS}/${name.replace(/\W+/g, '-')}.png` });
        found.push(...seen);
        lookingMs += Date.now() - t0;
      };
      const go = async (target: RegExp, scene: string) => {
        await activateByKeyboard(page, sayPseudo(target));
        await waitForScene(page, scene);
        await look(scene);
      };
      await until(
        'the page in the pseudo-locale',
        () => page.evaluate(() => document.documentElement.lang),
        (lang) => lang === PSEUDO,
      );
      await look('title');
      await go(/^Paramètres/, 'settings');
      await activateByKeyboard(page, sayPseudo(/^Sauvegarde et crédits/));
      await page.getByRole('dialog').waitFor();
      await go(/^Crédits/, 'credits');
      await go(/^Retour/, 'settings');
      await go(/^Retour/, 'title');
      await go(/^Nouvelle carrière/, 'background');
      await go(/^Bac\+3/, 'rankup');
      await go(/^Voir les offres/, 'offers');
      await go(/^Carnet du métier/, 'codex');
      await go(/^Retour/, 'offers');

      const missionLook =
        (i: number): Visit =>
        (name) =>
          look(`mission ${i + 1}, ${name}`);
      const after = await playCareer(page, activateByKeyboard, missionLook, look, sayPseudo);

      expect(after).toContain('rankup');
      await waitForScene(page, 'offers');
      await look('offers after the career');
      console.log(`checked ${looked} screens in ${lookingMs} ms`);
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    scaled(360_000),
  );
});
