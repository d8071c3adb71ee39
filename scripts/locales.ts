import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Locale, type LocaleTable, REFERENCE_LANGUAGE } from '../src/i18n/locale.ts';
import { localeProblems } from './checkLocales.ts';

export const LOCALES_DIR = resolve(import.meta.dirname, '../src/i18n/locales');

/** The languages in a locales folder: one sub-folder each, named by its id; French first, then by id. */
export function localeIds(dir = LOCALES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(resolve(dir, name)).isDirectory())
    .sort(
      (a, b) => Number(b === REFERENCE_LANGUAGE) - Number(a === REFERENCE_LANGUAGE) || a.localeCompare(b),
    );
}

/**
 * Every language of the folder, read from each sub-folder's index.ts with the importer given (Vite's
 * runnerImport in the build, a plain import() in the tests). Throws, naming each problem, when one is
 * incomplete.
 */
export async function readLocales(
  load: (file: string) => Promise<{ default: Locale }>,
  dir = LOCALES_DIR,
): Promise<LocaleTable[]> {
  const locales = await Promise.all(
    localeIds(dir).map(async (id) => ({ id, ...(await load(resolve(dir, id, 'index.ts'))).default })),
  );
  const problems = localeProblems(locales);
  if (problems.length > 0)
    throw new Error(`src/i18n/locales/ has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return locales;
}
