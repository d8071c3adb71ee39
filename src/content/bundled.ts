import catalogue from 'virtual:pedago-catalogue';
import type { Catalogue } from '../sim/types.ts';

/** The catalogue, validated by the build (vite.config.ts) and inlined as data. */
export function bundledCatalogue(): Catalogue {
  return catalogue;
}
