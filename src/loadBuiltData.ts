import type { Catalogue } from './content/types.ts';
import type { LocaleTable } from './i18n/locale.ts';

declare const __CATALOGUE_FILE__: string;
declare const __STRINGS_FILE__: string;

/**
 * Fetches the catalogue the build validated and wrote beside the game (see scripts/levelsPlugin.ts);
 * index.html already asked for it, so this usually finds it arrived.
 */
export async function loadCatalogue(): Promise<Catalogue> {
  const response = await fetch(`./${__CATALOGUE_FILE__}`);
  if (!response.ok) throw new Error(`The game's content could not be loaded (${response.status}).`);
  // Validated when the build wrote it: read as it is.
  const catalogue: Catalogue = await response.json();
  return catalogue;
}

/** Fetches the interface strings of every language the game ships, French first, shipped the same way. */
export async function loadStrings(): Promise<LocaleTable[]> {
  const response = await fetch(`./${__STRINGS_FILE__}`);
  if (!response.ok) throw new Error(`The game's text could not be loaded (${response.status}).`);
  return (await response.json()) as LocaleTable[];
}
