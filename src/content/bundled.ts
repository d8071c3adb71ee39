import type { Catalogue } from '../sim/types.ts';

declare const __CATALOGUE_FILE__: string;

/**
 * Fetches the catalogue the build validated and wrote beside the game (see scripts/levelsPlugin.ts);
 * index.html already asked for it, so this usually finds it arrived.
 */
export async function loadCatalogue(): Promise<Catalogue> {
  const response = await fetch(`./${__CATALOGUE_FILE__}`);
  if (!response.ok) throw new Error(`The game's content could not be loaded (${response.status}).`);
  return (await response.json()) as Catalogue;
}
